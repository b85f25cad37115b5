"""Markdown reader (markdown-it-py)."""

from __future__ import annotations

import pytest

from mtqa.errors import InputError
from mtqa.io.markdown import parse_markdown

MARKDOWN = (
    '---\ntitle: "A title"\nlayout: post\ndate: 2024-01-01\n---\n'
    "# Heading *one*\r\n\r\n"
    "Text with `pip install x` and [a link](https://example.org/a) and <https://b.org>.\r\n"
    "  Second line.\n\n"
    "- item one\n- item two\n\n"
    "> quoted\n\n"
    "| col a | col b |\n|---|---|\n| cell c | cell d |\n\n"
    "```python\nprint('not text')\n```\n\n"
    "    indented code\n\n"
    "<div>raw html block</div>\n"
)


def test_blocks_are_units_and_code_is_left_out() -> None:
    document = parse_markdown(MARKDOWN.encode(), "a.md")
    texts = [p.text for p in document.paragraphs]
    assert texts == [
        "A title",
        "Heading *one*",
        "Text with `pip install x` and [a link](https://example.org/a) and <https://b.org>.\n  Second line.",
        "item one",
        "item two",
        "quoted",
        "col a",
        "col b",
        "cell c",
        "cell d",
    ]
    assert "not text" not in document.text and "indented code" not in document.text and "2024" not in document.text
    assert dict(document.units[1].meta) == {"kind": "heading"}


def test_link_titles_inline_html_and_shortcodes_are_protected() -> None:
    text = (
        'A [chart](/img/a.png "Rates since 2019") <span class="x">here</span><!-- note -->.\n\n'
        '{{< tweet user="ecb" id="1" >}} and {% include "a.html" %} for {{ page.title }}.\n'
    )
    document = parse_markdown(text.encode(), "t.md")
    protected = [document.text[s.start : s.end] for s in document.source_map.protected]  # type: ignore[union-attr]
    assert protected == [
        '/img/a.png "Rates since 2019"',
        '<span class="x">',
        "</span>",
        "<!-- note -->",
        '{{< tweet user="ecb" id="1" >}}',
        '{% include "a.html" %}',
        "{{ page.title }}",
    ]
    assert "chart" in document.text and "here" in document.text


def test_inline_code_and_link_targets_are_protected() -> None:
    document = parse_markdown(MARKDOWN.encode(), "a.md")
    protected = [document.text[s.start : s.end] for s in document.source_map.protected]  # type: ignore[union-attr]
    assert protected == ["`pip install x`", "https://example.org/a", "<https://b.org>"]


def test_every_character_maps_to_its_line_and_column() -> None:
    document = parse_markdown(MARKDOWN.encode(), "a.md")
    lines = MARKDOWN.replace("\r\n", "\n").split("\n")
    for paragraph in document.paragraphs:
        for offset in range(paragraph.span.start, paragraph.span.end):
            char = document.text[offset]
            if char == "\n":
                continue
            where = document.locate(offset)
            assert lines[where.line - 1][where.column - 1] == char, (paragraph.text, offset)


def test_a_plain_article_reads_as_the_text_reader_does() -> None:
    from mtqa.io import document_from_text

    text = "Title\n\nFirst paragraph,\nstill first.\n\nSecond."
    assert [p.text for p in parse_markdown(text.encode(), "a.md").paragraphs] == [
        p.text for p in document_from_text(text, "a.txt").paragraphs
    ]


def test_toml_front_matter_is_left_out_but_its_title_is_read() -> None:
    text = '+++\r\ntitle = "Le \\"chat\\""\r\ndate = 2024-01-01\r\n[params]\r\ndescription = "not top level"\r\n+++\r\n\r\nLe chat dort.\r\n'
    document = parse_markdown(text.encode(), "fr.md")
    assert [p.text for p in document.paragraphs] == ['Le "chat"', "Le chat dort."]
    assert [(document.locate(u.span.start).line, document.locate(u.span.start).column) for u in document.units] == [
        (2, 10),
        (8, 1),
    ]
    broken = parse_markdown(b"+++\ntitle = [\n+++\n\nLe chat dort.\n", "fr.md")
    assert [p.text for p in broken.paragraphs] == ["Le chat dort."]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("> " * 30 + "Deep quoted text.\n\nAfter.\n", "line 1: block quotes or lists nested more than 20 levels deep"),
        ("Intro.\n\n" + "".join("  " * n + "- item\n" for n in range(40)), "nested more than 20 levels deep"),
        ("# Title\n\nIntro.\n\n```\ncode\n\nProse swallowed.\n", r"line 5: a code fence \(```\) that is never closed: "
         r"the rest of the file \(3 lines\) would be read as code"),
        ("Intro.\n\n> ~~~~\n> quoted code\n> More prose.\n", "a code fence"),
    ],
)  # fmt: skip
def test_text_the_parser_would_drop_is_refused(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_markdown(text.encode("utf-8"), "a.md")


@pytest.mark.parametrize(
    "text",
    [
        "> " * 18 + "Deep but read.\n",
        "Intro.\n\n```\ncode\n```\n",
        "Intro.\n\n````md\n```\ninner\n```\n````\n\nAfter.\n",
        "Intro.\n\n```\n",  # an empty unclosed fence swallows nothing
        "> ```\n> code\n> ```\n\nAfter.\n",
    ],
)
def test_deep_but_read_nesting_and_closed_fences_are_accepted(text: str) -> None:
    assert parse_markdown(text.encode("utf-8"), "a.md").paragraphs


def test_a_table_of_far_more_cells_than_an_article_checks_is_refused_before_it_is_parsed() -> None:
    from mtqa.errors import InputError
    from mtqa.io.decoding import MAX_PARAGRAPHS
    from mtqa.io.markdown import parse_markdown

    columns = 4 * MAX_PARAGRAPHS // 100  # 100 rows of this many cells: past the bound by the rows' first '|'
    table = "|" + "a|" * columns + "\n|" + "-|" * columns + "\n" + ("|" + "x|" * columns + "\n") * 98
    with pytest.raises(
        InputError, match=rf"^t\.md: [\d,]+ '\|' table separators, more table cells than the {MAX_PARAGRAPHS:,}"
    ):
        parse_markdown(table.encode(), "t.md")
    small = "|" + "a|" * 3 + "\n|" + "-|" * 3 + "\n" + ("|" + "x|" * 3 + "\n") * 2
    assert len(parse_markdown(small.encode(), "t.md").paragraphs) == 9


@pytest.mark.parametrize(
    "body",
    [
        "Hola.\n\n" + "* punto\n" * 60_000,  # list items: a minute of parsing before the refusal
        "Título\n\n| nombre | valor |\n|:--|--:|\n" + "| uno | dos |\n" * 30_000,  # 90,000 '|': under the '|' bound
        "Absatz.\n\n" * 50_001,
    ],
)
def test_far_more_paragraphs_than_an_article_checks_are_refused_before_parsing(
    body: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from markdown_it import MarkdownIt

    def parse(*_: object) -> None:
        raise AssertionError("parsed")

    monkeypatch.setattr(MarkdownIt, "parse", parse)
    with pytest.raises(InputError, match=r"^es\.md: at least [\d,]+ paragraphs .* split the file"):
        parse_markdown(body.encode(), "es.md")


@pytest.mark.parametrize(
    "body",
    [
        "```\n" + "- x\n" * 50 + "```\n\nText.\n",  # code
        "~~~~\n```\n- x\n~~~~\n- y\n",
        "<!--\n\n- x\n\n- y\n-->\nAfter.\n",  # raw HTML runs past blank lines
        "<div>\n- x\n- y\n</div>\n",
        "| a | b | c |\n|---|---|\n| x | y | z |\n",  # not a table: columns differ
        "| a | b |\n|---|---|\n| x | y |\n- item\n  wrapped line\n  another one\n",  # the list ends the table
        "Title\n---\n\n[ref]: https://example.org\n\n    indented code\n    - x\n",
        "1. \n2. ![](x.png)\n- - -\n* * *\n- [](https://example.org/1)\n- <br>\n",
        "# Heading\n\nOne\ntwo lines\n\n> quoted\n> text\n",
        "| a \\| b | c |\n|---|---|\n| x \\| y | z |\n",  # escaped pipes stay in their cell
    ],
)
def test_the_quick_count_never_exceeds_the_paragraphs_read(body: str) -> None:
    from mtqa.io.markdown import _least_units

    body += "\nLast words.\n"  # a file with no text at all is refused as such
    assert _least_units(body) <= len(parse_markdown(body.encode(), "a.md").paragraphs)


@pytest.mark.parametrize("value", ["1984", "2049.5", "2020-01-01", "Yes", "'1984'"])
def test_a_front_matter_title_yaml_would_type_as_a_number_or_a_date_is_read_as_written(value: str) -> None:
    # Dropped before: the source's quoted title was read, the translation's plain 1984 was not, and the
    # paragraph was reported missing.
    text = f"---\ntitle: {value}\ndraft: ~\n---\n\nDer Roman erschien im Juni.\n"
    document = parse_markdown(text.encode(), "de.md", "de")
    assert [p.text for p in document.paragraphs] == [value.strip("'"), "Der Roman erschien im Juni."]
    empty = parse_markdown(b"---\ntitle: ~\n---\n\nText.\n", "de.md", "de")
    assert [p.text for p in empty.paragraphs] == ["Text."]


def test_a_long_run_of_backticks_is_read_in_linear_time() -> None:
    # The code-span regex (`+)(?:(?!\1).)+?\1 took n^3 steps on a run of n backticks: 2,000 took minutes.
    # At 20,000 a cubic (or quadratic) scan never finishes; the alarm turns that into a failure.
    import signal

    def too_slow(*_: object) -> None:
        raise AssertionError("reading the backticks did not finish in 60 s")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(60)
    try:
        runs = "`" * 20_000 + " " + " ".join("`" * k for k in range(1, 200))
        document = parse_markdown(f"# Titel\n\nDie Zentralbank hob die Zinsen an. {runs}\n".encode(), "de.md")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert document.paragraphs[1].text.startswith("Die Zentralbank hob die Zinsen an.")
    assert not document.source_map.protected  # type: ignore[union-attr]  # no run has a closer


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Voir ``a ` b`` et `c`.", ["``a ` b``", "`c`"]),  # a shorter run inside a span is content
        ("Non ```x`` puis `y`.", ["`y`"]),  # ``` has no closer of its length: literal
        ("Ouvert ` puis `<b>` fermé.", ["` puis `"]),  # the first span wins over the tag it covers
    ],
)
def test_code_spans_close_on_a_run_of_the_same_length(line: str, code: list[str]) -> None:
    document = parse_markdown(f"{line}\n".encode(), "fr.md")
    protected = [document.text[s.start : s.end] for s in document.source_map.protected]  # type: ignore[union-attr]
    assert [p for p in protected if p.startswith("`")] == code


def test_toml_front_matter_with_a_number_too_long_for_python_is_left_out() -> None:
    # Before: "internal error: ValueError: Exceeds the limit (4300 digits)" from tomllib.
    document = parse_markdown(
        f"+++\nweight = {'9' * 5000}\ntitle = 'Le chat'\n+++\n\nLe chat dort.\n".encode(), "fr.md"
    )
    assert [p.text for p in document.paragraphs] == ["Le chat dort."]
