from __future__ import annotations

from dataclasses import replace
from itertools import count

from mtqa.config import GateConfig
from mtqa.model import ArticleEstimate
from mtqa.report import render_markdown
from mtqa.report.markdown import capped, escape
from tests.factories import finding, make_document, make_report


def test_single_article_summary() -> None:
    report = make_report()
    text = render_markdown([report])
    assert text.startswith("## mtqa: ✅ passed — `out/fr/article.txt`\n")
    assert f"**Quality score {report.summary.quality_score:.2f}** / 100" in text
    assert "estimate" not in text  # made without an estimate
    assert "| critical | 1 |" in text and "| major | 2 |" in text and "| minor | 1 |" in text
    assert "| name | 1 |" in text
    assert "### Top findings (4 of 4)" in text
    # Worst first: the critical number mismatch leads.
    rows = [line for line in text.splitlines() if line.startswith("| critical |") or "`numbers" in line]
    assert "5,3" in rows[-1]
    assert text.endswith("\n")


def test_failed_gate_lists_reasons() -> None:
    report = make_report(gate=GateConfig(fail_under=90))
    text = render_markdown([report])
    assert "❌ failed" in text
    assert f"- quality score {report.summary.quality_score:.2f} is below fail\\_under 90" in text


def test_many_articles_aggregate() -> None:
    passed = make_report()
    failed = make_report(gate=GateConfig(fail_on="major"))
    text = render_markdown([passed, failed], top=3)
    assert "## mtqa: ❌ 2 article(s), 1 failed" in text
    assert "Findings: 2 critical, 4 major, 2 minor" in text
    assert text.count(f"| `out/fr/article.txt` | {passed.summary.quality_score:.2f} |") == 2
    assert "### Top findings (3 of 8)" in text


def test_the_article_estimate_is_one_line() -> None:
    report = make_report()
    estimate = ArticleEstimate(penalty_per_1000_words=42.456, score=71.654)
    text = render_markdown([replace(report, summary=replace(report.summary, estimate=estimate))])
    assert "Reference-free estimate 71.65 / 100 · expected MQM penalty 42.46 per 1,000 words\n" in text


def test_no_findings() -> None:
    report = make_report(findings=[])
    text = render_markdown([report])
    assert "No findings." in text
    assert "**Quality score 100.00**" in text


def test_article_text_cannot_break_the_table_or_inject_html() -> None:
    target = make_document("Texte | <script>x</script> @octocat `code`\n", "t.txt", "fr")
    source = make_document("Text.\n", "s.txt", "en")
    hostile = finding(target, "| <script>x</script> @octocat `code`", message="a | b <img src=x>")
    text = render_markdown([make_report(source, target, [hostile])])
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;" in text
    assert "\\@octocat" in text
    row = next(line for line in text.splitlines() if "names.literal" in line)
    assert row.count(" | ") == 3  # still four cells


def test_escape_flattens_newlines_and_truncates() -> None:
    assert escape("a\nb") == "a b"
    assert escape("x" * 500, 10) == "x" * 9 + "…"
    assert escape("*bold* [link](u)") == "\\*bold\\* \\[link\\](u)"


def test_control_and_bidi_characters_of_the_text_are_written_as_escapes() -> None:
    # Raw ESC/BEL reach the terminal that cats the summary; U+202E reorders the table for its reader.
    assert escape("Le\x1b[31m rouge\x07 \u202eevil\u202c ok") == "Le\\x1b\\[31m rouge\\x07 \\u202eevil\\u202c ok"
    target = make_document("Il a dit\x1b[2J \u2066bonjour\u2069.\n", "t.txt", "fr")
    source = make_document("He said hello.\n", "s.txt", "en")
    hostile = finding(target, "dit\x1b[2J \u2066bonjour\u2069")
    text = render_markdown([make_report(source, target, [hostile])])
    assert not any(character in text for character in "\x1b\x07\u202e\u2066\u2069")
    assert "dit\\x1b" in text


def test_length_is_capped() -> None:
    many = [make_report() for _ in range(300)]
    text = render_markdown(many, max_chars=5000)
    assert len(text) <= 5000
    assert text.endswith("… summary truncated; see the full report.\n")


def _cut_whole(text: str, max_chars: int) -> str:
    """The cap applied to the whole text: what capped() must give without making it."""
    if len(text) <= max_chars:
        return text
    note = "\n\n… summary truncated; see the full report.\n"
    cut = text.rfind("\n", 0, max(max_chars - len(note), 0))
    return text[: max(cut, 0)] + note


def test_capped_is_the_whole_text_cut_at_the_same_line() -> None:
    lines = ["## title", "", *(f"| row {index} | {'x' * (index % 7)} |" for index in range(40)), "", "end"]
    whole = "\n".join(lines) + "\n"
    for max_chars in [*range(0, 120), *range(len(whole) - 60, len(whole) + 3)]:
        assert capped(iter(lines), max_chars) == _cut_whole(whole, max_chars), max_chars
    assert capped([], 10) == "\n"


def test_capped_stops_reading_past_the_cap() -> None:
    endless = (f"line {index}" for index in count())
    text = capped(endless, 1000)
    assert len(text) <= 1000 and text.endswith("see the full report.\n")
    # Lines 0-9 take 7 characters with their newline, 10-99 take 8, then 9: the text passes 1,000 characters
    # with line 123 (70 + 720 + 24 * 9 = 1,006), and not one line more is read.
    assert next(endless) == "line 124"


def test_many_articles_under_the_cap_keep_every_row_and_the_unmatched() -> None:
    reports = [make_report() for _ in range(30)]
    text = render_markdown(reports, unmatched=["a.txt", "b.txt"], top=1)
    assert text.count("| ✅ passed |") == 30
    assert "**2 file(s) without a counterpart, not checked:**" in text
    assert "- … and 1 more" in text


def test_an_inferred_genre_is_named_and_news_is_not() -> None:
    inferred = render_markdown([replace(make_report(), profile="product", profile_inferred=True)])
    assert "Profile: product, read from the source's layout (choose with --profile" in inferred
    assert "Profile:" not in render_markdown([make_report()])
    assert "Profile: docs\n" in render_markdown([replace(make_report(), profile="docs")])
