"""What every renderer shares: the order of findings, counts, verdict wording, paragraph lookup."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from mtqa.model import SEVERITIES, Document, Finding, Severity, Span, Summary
from mtqa.score.quality import severity_counts as severity_counts

# How many of the worst findings a summary lists (Markdown) and an article's digest keeps.
DEFAULT_TOP = 10
# Worst first: the order of counts tables and of "top findings" lists.
SEVERITIES_WORST_FIRST: tuple[Severity, ...] = tuple(reversed(SEVERITIES))
_SEVERITY_RANK: dict[str, int] = {severity: rank for rank, severity in enumerate(SEVERITIES)}


def finding_key(finding: Finding) -> tuple[object, ...]:
    """A total order: document position first (target, then source-only), then every other field.

    ``Finding.sort_key`` leaves ties between two findings on the same span and check; the extra
    fields make the order, and so every rendered report, independent of the order checks ran in.
    """
    return (
        *finding.sort_key(),
        _span_key(finding.target_span),
        _span_key(finding.source_span),
        -_SEVERITY_RANK[finding.severity],
        finding.category,
        finding.excerpt,
        finding.suggestion or "",
    )


def _span_key(span: Span | None) -> tuple[int, int]:
    return (span.start, span.end) if span is not None else (-1, -1)


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in report order (see :func:`finding_key`)."""
    return sorted(findings, key=finding_key)


def worst_key(finding: Finding) -> tuple[object, ...]:
    """Severity (critical first), then report order: the order of "top findings" lists."""
    return (-_SEVERITY_RANK[finding.severity], *finding_key(finding))


def worst_first(findings: Iterable[Finding]) -> list[Finding]:
    """Findings by severity (critical first), then in report order: for "top findings" lists."""
    return sorted(findings, key=worst_key)


def category_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Findings per category, categories in alphabetical order, only those that occur."""
    counts: Counter[str] = Counter(finding.category for finding in findings)
    return {category: counts[category] for category in sorted(counts)}


class Summarised(Protocol):
    """A report or its digest: anything with a summary."""

    @property
    def summary(self) -> Summary: ...


SHORT_TEXT_WORDS = 100


def profile_note(profile: str, inferred: bool) -> str | None:
    """How the genre the checks were run for is shown, or None for news (the default register, so news
    reports look as they always did). An inferred genre says so: it changed what was reported."""
    if profile == "news":
        return None
    if inferred:
        return f"{profile}, read from the source's layout (choose with --profile or profile = in mtqa.toml)"
    return profile


def short_text_note(words: int) -> str | None:
    """A note for a text too short for per-1,000-word figures, or None. Below 100 words one major finding
    is already 50 per 1,000 words and the score swings by tens of points per finding: the figures are
    what the scoring rule gives (the gate and the benches use them unchanged), but the reader should
    weigh the findings themselves, so the reports say so next to the figures."""
    if words >= SHORT_TEXT_WORDS:
        return None
    return (
        f"a {words}-word text: too short for per-1,000-word figures, so the penalty and the score are "
        "extrapolated; read the findings themselves"
    )


def verdict(report: Summarised) -> str:
    """``passed`` or ``failed`` (an article with no gate configured passes)."""
    return "passed" if report.summary.passed else "failed"


def anchored_in_source(finding: Finding) -> bool:
    """True for findings that point into the source only (an omission has no target span)."""
    return finding.target_span is None and finding.source_span is not None


def target_paragraph_of(finding: Finding, document: Document) -> int | None:
    if finding.target_paragraph is not None:
        return finding.target_paragraph
    return document.paragraph_at(finding.target_span.start) if finding.target_span else None


def source_paragraph_of(finding: Finding, document: Document) -> int | None:
    if finding.source_paragraph is not None:
        return finding.source_paragraph
    return document.paragraph_at(finding.source_span.start) if finding.source_span else None


def truncate(text: str, limit: int) -> str:
    """At most ``limit`` characters, with an ellipsis when cut; newlines become spaces."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: max(limit - 1, 0)].rstrip() + "…"


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of a character offset into ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def one_line(text: str) -> str:
    """``text`` with every control character escaped (``\\n``, ``\\x1b``): printed to a terminal it stays
    one line, and a file name or an article cannot move the cursor, recolour the screen or forge a line."""
    return "".join(_escaped(character) for character in text)


def _escaped(character: str) -> str:
    if character.isprintable() or character == " ":
        return character
    escaped = repr(character)[1:-1]
    return escaped if escaped != character else f"\\u{ord(character):04x}"
