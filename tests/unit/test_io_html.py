"""HTML reader (html.parser)."""

from __future__ import annotations

import pytest

from mtqa.errors import InputError
from mtqa.io.html import parse_html

HTML = (
    "<html><head><title>T</title><style>p { color: red }</style></head>\n"
    "<body><h1>Hello &amp; <em>world</em></h1>\n"
    '<p>Para   with\n   <a href="https://x.org/a">a link</a> and <code>x.y()</code>&nbsp;: ok<br>next &#233;t&eacute;</p>\n'
    '<script>var a = "<p>not text</p>";</script>'
    '<ul><li>One</li><li>Two <img src="a.png" alt="pic"/></li></ul>\n'
    "<pre>kept out</pre></body></html>"
)


def test_blocks_inline_tags_and_white_space() -> None:
    document = parse_html(HTML.encode(), "a.html")
    assert [p.text for p in document.paragraphs] == [
        "Hello & <em>world</em>",
        'Para with <a href="https://x.org/a">a link</a> and <code>x.y()</code>\u00a0: ok\nnext été',
        "One",
        'Two <img src="a.png" alt="pic"/>',
    ]
    assert "not text" not in document.text and "kept out" not in document.text and "color" not in document.text


def test_tags_and_code_are_protected() -> None:
    document = parse_html(HTML.encode(), "a.html")
    protected = [document.text[s.start : s.end] for s in document.source_map.protected]  # type: ignore[union-attr]
    assert '<a href="https://x.org/a">' in protected and "x.y()" in protected and "<em>" in protected


def test_offsets_map_back_to_the_file() -> None:
    text = HTML.replace("\n", "\r\n")
    document = parse_html(text.encode(), "a.html")
    lines = HTML.split("\n")
    for word in ("world", "link", "ok", "Two"):
        where = document.locate(document.text.index(word))
        assert lines[where.line - 1][where.column - 1 :].startswith(word), word
    where = document.locate(document.text.index("é"))
    assert lines[where.line - 1][where.column - 1 :].startswith("&#233;")


def test_a_character_reference_of_a_hundred_thousand_digits_is_named_in_words() -> None:
    # Python's advice ("use sys.set_int_max_str_digits()") was the message before.
    data = ("<p>Die Zentralbank</p>\n<p>&#" + "9" * 100_000 + "; hob den Zins</p>").encode()
    with pytest.raises(InputError, match=r"^z\.html: line 2: a character reference of 100,000 digits"):
        parse_html(data, "z.html")


def test_the_charset_an_xml_declaration_or_a_meta_names_is_honoured() -> None:
    xhtml = '<?xml version="1.0" encoding="ISO-8859-1"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Señal débil.</p></body></html>'
    assert parse_html(xhtml.encode("latin-1"), "a.xhtml").paragraphs[0].text == "Señal débil."
    meta = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Großer „Erfolg“ – ja.</p></body></html>'
    assert parse_html(meta.encode("cp1252"), "b.html").paragraphs[0].text == "Großer „Erfolg“ – ja."
    short = '<html><head><meta charset="iso-8859-15"></head><body><p>Coût : 5 €.</p></body></html>'
    assert parse_html(short.encode("iso-8859-15"), "c.html").paragraphs[0].text == "Coût : 5 €."
    # A single-byte label over bytes that are UTF-8: the editor saved UTF-8, the declaration stayed.
    stale = '<html><head><meta charset="iso-8859-1"></head><body><p>Señal débil.</p></body></html>'
    assert parse_html(stale.encode("utf-8"), "d.html").paragraphs[0].text == "Señal débil."


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-32"])
def test_a_meta_declaring_utf16_over_ascii_compatible_bytes_reads_as_utf8(label: str) -> None:
    # WHATWG's prescan: a <meta> that was read as ASCII cannot be UTF-16, so the label means UTF-8. The
    # byte count is made even, where decoding as UTF-16 "succeeded" and gave CJK-looking garbage.
    page = f'<html><head><meta charset="{label}"></head><body><p>La banque a relevé ses taux mardi.</p></body></html>'
    data = page.encode()
    data += b" " * (len(data) % 2)
    assert [p.text for p in parse_html(data, "fr.html").paragraphs] == ["La banque a relevé ses taux mardi."]


def test_real_utf16_with_a_bom_is_still_read_whatever_the_meta_says() -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Été à Genève.</p></body></html>'
    assert [p.text for p in parse_html(page.encode("utf-16"), "fr.html").paragraphs] == ["Été à Genève."]


@pytest.mark.parametrize(
    "tail",
    ["<!--nie zamknięty<h2>Rozdział 2</h2><p>Ukryty tekst.</p></body></html>\n", "<!--", "<!-- -\n<p>Nie.</p>\n"],
)
def test_an_unterminated_comment_hides_the_rest_of_the_file_as_in_a_browser(tail: str) -> None:
    # Before, html.parser gave the unterminated comment back as text: "<!--...<h2>Rozdział 2</h2>" was a
    # paragraph, with a false markup.tag and a false number 2 in it.
    document = parse_html(f"<html><body><h1>Tytuł</h1><p>Pierwszy akapit.</p>{tail}".encode(), "pl.html")
    assert [p.text for p in document.paragraphs] == ["Tytuł", "Pierwszy akapit."]


def test_a_file_whose_text_is_all_in_an_unterminated_comment_names_the_comment() -> None:
    with pytest.raises(InputError, match=r"^cs\.html: line 2: no text to check: a comment .* never closed") as caught:
        parse_html(b"<html><body>\n<!-- koncept <h1>Nadpis</h1><p>Text.</p></body></html>\n", "cs.html")
    assert "\n" not in str(caught.value)
