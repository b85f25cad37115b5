from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from mtqa.model import Alignment, ArticleEstimate, Bead, Finding, ParagraphBead, Quality, Span
from mtqa.report import render_html
from mtqa.report.highlight import Highlighter, Mark
from tests.factories import finding, make_document, make_report

VOID = {"meta", "input", "br", "img", "link", "hr", "line", "rect", "path"}


class _Structure(HTMLParser):
    """Checks that elements nest properly and collects ids and marks."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.marks: list[dict[str, str | None]] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.append(str(attributes["id"]))
        if tag == "mark":
            self.marks.append(attributes)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if dict(attrs).get("id"):
            self.ids.append(str(dict(attrs)["id"]))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()


def parse(html: str) -> _Structure:
    parser = _Structure()
    parser.feed(html)
    parser.close()
    assert parser.errors == []
    assert parser.stack == []
    return parser


def test_every_finding_is_highlighted_once_with_an_anchor() -> None:
    report = make_report()
    html = render_html(report)
    structure = parse(html)
    assert sorted(i for i in structure.ids if i.startswith("f-")) == ["f-1", "f-2", "f-3", "f-4"]
    assert len(set(structure.ids)) == len(structure.ids)
    first = structure.marks[0]
    assert first["class"] == "finding sev-major cat-name"
    assert first["data-check"] == "names.literal_translation"
    assert first["title"] == (
        "names.literal_translation · major · 'China Daily' is a proper name · suggestion: China Daily"
    )
    assert '<mark class="finding sev-critical cat-number"' in html
    for number in range(1, 5):
        assert f'href="#f-{number}"' in html


def test_highlight_sits_exactly_on_the_span() -> None:
    html = render_html(make_report())
    assert re.search(r'id="f-2">5,3</mark>', html)
    assert re.search(r'id="f-4">Officials in Beijing welcomed the figures\.</mark>', html)


def test_overlapping_findings_nest_and_split() -> None:
    target = make_document("Alpha beta gamma delta.\n", "t.txt", "fr")
    source = make_document("Source text here.\n", "s.txt", "en")
    findings = [
        Finding("a.one", "name", "major", "outer", "beta gamma", target_span=Span(6, 16), target_paragraph=0),
        Finding("a.two", "typography", "minor", "inner", "gamma delta", target_span=Span(11, 22), target_paragraph=0),
    ]
    html = render_html(make_report(source, target, findings))
    structure = parse(html)
    assert [m["data-finding"] for m in structure.marks] == ["1", "1", "2", "2"]
    assert [m.get("id") for m in structure.marks] == ["f-1", None, "f-2", None]
    assert ">beta </mark>" in html
    assert 'id="f-2">gamma</mark></mark>' in html
    assert "> delta</mark>." in html


def test_zero_length_finding_is_a_visible_point() -> None:
    target = make_document("Bonjour le monde\n", "t.txt", "fr")
    source = make_document("Hello world.\n", "s.txt", "en")
    missing = Finding("punctuation.final", "punctuation", "minor", "no full stop", "", target_span=Span(16, 16))
    html = render_html(make_report(source, target, [missing]))
    assert 'point" data-finding="1"' in html
    assert re.search(r'id="f-1"></mark></span>', html)


def test_finding_outside_any_text_is_anchored_in_its_list_item() -> None:
    report = make_report(findings=[Finding("custom.doc", "custom", "minor", "whole document", "")])
    html = render_html(report)
    assert '<li class="finding sev-minor cat-custom" data-severity="minor" data-category="custom" id="f-1">' in html
    assert "Findings about the whole document" in html


def test_omissions_and_additions_are_visible_gaps() -> None:
    report = make_report()
    beads = (
        ParagraphBead((0,), (0,), 0.9, ()),
        ParagraphBead((1,), (1,), 0.8, (Bead((1,), (1,), 0.7), Bead((2,), (), None), Bead((), (2,), None))),
        ParagraphBead((2,), (), None, ()),
    )
    html = render_html(replace(report, alignment=Alignment(beads, "align:test")))
    assert html.count("missing in the translation (omitted)") == 2
    assert html.count("not in the source (added)") == 1
    assert 'class="row kind-1-0"' in html and 'class="row kind-0-1"' in html
    assert ">0.7000<" in html


def test_beads_show_their_estimate_with_the_drivers_as_tooltip() -> None:
    report = make_report()
    low = Quality(31.4, 2.5, (), ("copy_rate", "findings_major"))
    high = Quality(88.2, 0.2, (), ())
    beads = (
        ParagraphBead((0,), (0,), 0.9, (), quality=high),
        ParagraphBead((1,), (1,), 0.8, (Bead((1,), (1,), 0.7, quality=low),), quality=low),
    )
    estimate = ArticleEstimate(penalty_per_1000_words=61.25, score=63.66)
    summary = replace(report.summary, estimate=estimate)
    html = render_html(replace(report, alignment=Alignment(beads, "align:test"), summary=summary))
    parse(html)
    tooltip = (
        "estimate 31.40/100, expected MQM penalty 2.50 points; "
        "lowered by: words copied from the source, major or critical findings"
    )
    assert html.count(f'<span class="qe qe-low" title="{tooltip}">') == 2  # the paragraph bead and its sentence
    high_badge = '<span class="qe qe-high" title="estimate 88.20/100, expected MQM penalty 0.20 points">'
    high_badge += "estimate 88</span>"
    assert high_badge in html
    assert "estimate <strong>63.66</strong> · 61.25 MQM / 1,000 words" in html  # next to the score


def test_no_estimate_no_badge() -> None:
    html = render_html(make_report())
    assert 'class="qe ' not in html and "estimate <strong>" not in html


def test_header_summary_and_chart() -> None:
    html = render_html(make_report())
    assert "src/en/article.txt" in html and "out/fr/article.txt" in html
    assert "encoder:test|align:test|checks:all|version:0.1.0" in html
    assert "per 1,000 words" in html
    assert '<svg class="chart similarity-chart"' in html
    assert '<svg class="chart category-chart"' in html
    assert html.count("<rect ") == 3 + 4  # three beads, four categories
    assert 'data-filter="severity" value="critical"' in html
    assert 'data-filter="category" value="omission"' in html


def test_failed_gate_shows_the_reasons() -> None:
    from mtqa.config import GateConfig

    html = render_html(make_report(gate=GateConfig(fail_on="critical")))
    assert '<span class="verdict failed">failed</span>' in html
    assert "1 finding(s) of severity critical (fail_on = critical)" in html


HOSTILE = '<script>alert(1)</script> " onmouseover="alert(2) {{ 7*7 }} {% raw %}'


@pytest.mark.parametrize("where", ["text", "message", "suggestion", "check", "path"])
def test_article_text_and_messages_are_escaped(where: str) -> None:
    source_text = f"Source {HOSTILE if where == 'text' else 'plain'} end.\n"
    target_text = f"Cible {HOSTILE if where == 'text' else 'plain'} fin.\n"
    path = f"out/{HOSTILE}.txt" if where == "path" else "out/t.txt"
    source = make_document(source_text, "s.txt", "en")
    target = make_document(target_text, path, "fr")
    needle = HOSTILE if where == "text" else "plain"
    hostile_finding = finding(
        target,
        needle,
        check=HOSTILE if where == "check" else "names.x",
        message=HOSTILE if where == "message" else "m",
        suggestion=HOSTILE if where == "suggestion" else None,
    )
    html = render_html(make_report(source, target, [hostile_finding]))
    assert "<script>alert" not in html
    assert '" onmouseover=' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34; onmouseover=&#34;alert(2)" in html
    assert "{{ 7*7 }}" in html and ">49<" not in html  # data is never evaluated as a template
    assert html.count("<script>") == 1  # only our own filter script
    parse(html)


def test_output_is_self_contained() -> None:
    html = render_html(make_report())
    assert "<link" not in html and "@import" not in html and " src=" not in html
    urls = set(re.findall(r"https?://[^\s\"'<>]+", html))
    assert urls <= {"http://www.w3.org/2000/svg"}


def test_output_is_deterministic() -> None:
    assert render_html(make_report()) == render_html(make_report())
    report = make_report()
    shuffled = replace(report, findings=tuple(reversed(report.findings)))
    assert render_html(report) == render_html(shuffled)


def test_highlighter_segments_cover_the_text_exactly() -> None:
    text = "0123456789"
    marks = [
        Mark(1, Span(2, 6), "major", "name", "c", "t"),
        Mark(2, Span(4, 8), "minor", "name", "c", "t"),
        Mark(3, Span(5, 5), "minor", "punctuation", "c", "t"),
    ]
    highlighter = Highlighter(text, marks)
    segments = highlighter.segments(0, 10)
    assert "".join(s.text for s in segments) == text
    assert [(s.text, [p.mark.number for p in s.marks], s.point) for s in segments] == [
        ("01", [], False),
        ("23", [1], False),
        ("4", [1, 2], False),
        ("", [3], True),
        ("5", [1, 2], False),
        ("67", [2], False),
        ("89", [], False),
    ]
    anchors = [(p.mark.number, p.anchor) for s in segments for p in s.marks]
    assert anchors == [(1, True), (1, False), (2, True), (3, True), (1, False), (2, False), (2, False)]
    assert highlighter.unanchored([1, 2, 3, 4]) == {4}


def test_highlighter_clips_spans_to_the_range() -> None:
    highlighter = Highlighter("abcdefgh", [Mark(1, Span(0, 8), "major", "name", "c", "t")])
    first = highlighter.segments(2, 4)
    second = highlighter.segments(5, 7)
    assert [(s.text, s.marks[0].anchor) for s in (*first, *second)] == [("cd", True), ("fg", False)]


def test_a_range_without_findings_is_one_plain_segment() -> None:
    from mtqa.report.highlight import Segment

    highlighter = Highlighter("abcdefgh", [Mark(1, Span(2, 3), "major", "name", "c", "t")])
    assert highlighter.segments(4, 8) == (Segment("efgh"),)
    assert highlighter.segments(4, 4) == ()  # an empty range: nothing, as before
    assert highlighter.unanchored([1]) == {1}  # the finding elsewhere still waits for its anchor
    assert [s.text for s in highlighter.segments(0, 8)] == ["ab", "c", "defgh"]


def test_right_to_left_text_keeps_its_direction() -> None:
    # Arabic or Hebrew sides are laid out by the browser from their own letters, and an excerpt quoted
    # inside an English message is isolated, so the marks around it do not jump to the wrong side.
    html = render_html(make_report())
    assert html.count('class="side source"') == html.count('class="side source" lang="en" dir="auto"')
    assert 'class="side target"' in html and 'class="side target" lang="fr" dir="auto"' in html
    assert "“<bdi>" in html


def test_control_and_bidi_characters_are_shown_visibly() -> None:
    hidden = "Bell\x07 escape\x1b[2J override\u202eevil\u202c next\x85 end"
    source = make_document("Source plain text.\n", "s.txt", "en")
    target = make_document(f"Cible {hidden} fin.\n", "out/t\x1b.txt", "fr")
    html = render_html(make_report(source, target, [finding(target, "override", message="m\x07")]))
    for raw in ("\x07", "\x1b", "\u202e", "\u202c", "\x85"):
        assert raw not in html
    for shown in ("Bell\u2407", "escape\u241b[2J", "\\u202eevil\\u202c", "next\\x85 end", "out/t\u241b.txt", "m\u2407"):
        assert shown in html, shown
    parse(html)


def test_a_short_text_carries_a_note_next_to_its_per_1000_word_figures() -> None:
    from mtqa.report.common import SHORT_TEXT_WORDS, short_text_note

    assert short_text_note(SHORT_TEXT_WORDS) is None
    assert short_text_note(10) == (
        "a 10-word text: too short for per-1,000-word figures, so the penalty and the score are extrapolated; "
        "read the findings themselves"
    )
    short = make_report(
        make_document("One two three.\n", "s.txt", "en"), make_document("Un deux trois.\n", "t.txt", "fr"), []
    )
    assert "(note: a 3-word text: too short for per-1,000-word figures" in render_html(short)
    long_text = "Mot " * SHORT_TEXT_WORDS + "fin.\n"
    long = make_report(make_document(long_text, "s.txt", "en"), make_document(long_text, "t.txt", "fr"), [])
    assert "too short for per-1,000-word figures" not in render_html(long)


def test_a_genre_other_than_news_is_shown_beside_the_signature() -> None:
    page = render_html(replace(make_report(), profile="product", profile_inferred=True))
    assert '<tr><th>profile</th><td colspan="3">product, read from the source&#39;s layout' in page
    assert "<th>profile</th>" not in render_html(make_report())


def _naive_segments(text: str, marks: list[Mark], start: int, end: int) -> list[tuple[str, list[int], bool]]:
    """The highlighter's rules written the slow, obvious way (anchors left out)."""
    ordered = sorted(marks, key=lambda m: (m.span.start, -m.span.end, m.number))
    ranged = [m for m in ordered if m.span.start < end and m.span.end > start and len(m.span)]
    points = [m for m in ordered if not len(m.span) and start <= m.span.start <= end]
    if not ranged and not points and start < end:
        return [(text[start:end], [], False)]
    edges = {max(start, min(end, o)) for m in ranged for o in (m.span.start, m.span.end)}
    cuts = sorted({start, end} | edges | {m.span.start for m in points})
    out: list[tuple[str, list[int], bool]] = []
    for position, left in enumerate(cuts):
        out.extend(("", [m.number], True) for m in points if m.span.start == left)
        if position + 1 < len(cuts):
            right = cuts[position + 1]
            covering = [m.number for m in ranged if m.span.start <= left and m.span.end >= right]
            out.append((text[left:right], covering, False))
    return out


def test_highlighter_matches_the_obvious_rules_on_random_overlaps() -> None:
    import random

    rng = random.Random(7)
    text = "abcdefghijklmnopqrstuvwxyz" * 4
    for _ in range(200):
        marks = []
        for number in range(1, rng.randint(1, 12)):
            a = rng.randint(0, len(text))
            b = min(len(text), a + rng.choice([0, 1, 3, 20, 60]))
            marks.append(Mark(number, Span(a, b), "minor", "name", "c", "t"))
        start = rng.randint(0, len(text) - 1)
        end = rng.randint(start, len(text))
        got = Highlighter(text, marks).segments(start, end)
        assert [(s.text, [p.mark.number for p in s.marks], s.point) for s in got] == _naive_segments(
            text, marks, start, end
        )


def test_highlighting_a_paragraph_of_thousands_of_findings_takes_linear_time() -> None:
    # '1/2 ' repeated 10,000 times gave 20,000 numbers findings in one paragraph: every piece of it
    # scanned every mark, and the HTML report took minutes (a 46 KB translation).
    import time

    text = "1/2 " * 10_000
    marks = [
        Mark(n, Span(offset, offset + 1), "major", "number", "numbers.added", "t")
        for n, offset in enumerate((i for i in range(len(text)) if text[i].isdigit()), 1)
    ]
    highlighter = Highlighter(text, marks)
    began = time.perf_counter()
    segments = highlighter.segments(0, len(text))
    assert time.perf_counter() - began < 3.0
    assert "".join(s.text for s in segments) == text
    assert sum(1 for s in segments if s.marks) == 20_000
    assert highlighter.unanchored(list(range(1, 20_001))) == set()
