"""A Markdown summary for a pull-request comment or ``$GITHUB_STEP_SUMMARY``.

Short on purpose: the verdict, the counts and the worst findings, capped in number and in total
length (GitHub rejects comments over 65,536 characters). Every piece of article text is escaped,
so an excerpt cannot break the table, open a link or inject HTML into the comment.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain

from mtqa.model import ArticleEstimate, ArticleReport, Finding
from mtqa.report.common import (
    DEFAULT_TOP,
    SEVERITIES_WORST_FIRST,
    anchored_in_source,
    one_line,
    truncate,
    verdict,
    worst_key,
)
from mtqa.report.digest import ArticleDigest, BadInput, Digests, as_digests

DEFAULT_MAX_CHARS = 60_000
# Backslash-escaped wherever they appear: emphasis, code, links, table cells, strike-through, and
# "@" so that an excerpt can never mention (and notify) a GitHub user.
_SPECIAL = re.compile(r"([\\`*_\[\]|~@#])")
_ICON = {"passed": "✅", "failed": "❌"}


def render_markdown(
    reports: Sequence[ArticleReport | ArticleDigest] | Digests,
    *,
    top: int = DEFAULT_TOP,
    max_chars: int = DEFAULT_MAX_CHARS,
    unmatched: Sequence[str] = (),
    bad_inputs: Sequence[BadInput] = (),
) -> str:
    """One article in detail, or many as an aggregate table; ends with a newline.

    Digests (or reports) are read one at a time, and the text is made a line at a time up to ``max_chars``:
    the aggregate keeps the counts and the ``top`` worst findings seen so far, never a line per article."""
    digests = as_digests(reports, parts=(), top=top) if isinstance(reports, Sequence) else reports
    single = len(digests) == 1 and not unmatched and not bad_inputs
    lines = _single(next(iter(digests)), top) if single else _aggregate(digests, top)
    return capped(chain(lines, _bad_inputs(bad_inputs, top), _unmatched(unmatched, top)), max_chars)


def escape(text: str, limit: int = 160) -> str:
    """Text safe inside a Markdown table cell: one line, no markup, no HTML, and no control or bidi
    character (ESC, BEL, U+202E), which would reach a terminal that ``cat``s the summary or reorder the
    table for its reader: they are written as escapes (``\\x1b``), as in the console and HTML reports."""
    flat = truncate(text, limit)
    flat = one_line(_SPECIAL.sub(r"\\\1", flat))  # after: the escapes' backslashes are not doubled
    return flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _estimate_line(estimate: ArticleEstimate | None) -> list[str]:
    if estimate is None:
        return []
    return [
        f"Reference-free estimate {estimate.score:.2f} / 100 · expected MQM penalty "
        f"{estimate.penalty_per_1000_words:.2f} per 1,000 words",
        "",
    ]


def _single(report: ArticleDigest, top: int) -> list[str]:
    summary = report.summary
    state = verdict(report)
    lines = [
        f"## mtqa: {_ICON[state]} {state} — `{_code(report.target)}`",
        "",
        f"**Quality score {summary.quality_score:.2f}** / 100 · MQM penalty "
        f"{summary.mqm_penalty_per_1000_words:.2f} per 1,000 words · mean similarity "
        + (f"{summary.mean_similarity:.4f}" if summary.mean_similarity is not None else "n/a"),
        "",
        *_estimate_line(summary.estimate),
        f"Source `{_code(report.source)}` ({report.source_lang or '?'}) → "
        f"translation `{_code(report.target)}` ({report.target_lang or '?'})",
        "",
        *([f"Profile: {escape(report.profile, 300)}", ""] if report.profile else []),
    ]
    if report.reference_scores:
        lines += [
            "Against the reference: "
            + " · ".join(
                f"{score.label} {score.score:.2f} (`{_code(score.signature)}`)" for score in report.reference_scores
            ),
            "",
        ]
    lines += [f"- {escape(reason, 300)}" for reason in report.gate_reasons]
    lines += [f"- check `{_code(p.check)}` {escape(p.message, 300)}" for p in report.check_errors]
    if report.gate_reasons or report.check_errors:
        lines.append("")
    lines += ["| severity | findings |", "| --- | ---: |"]
    lines += [f"| {severity} | {report.counts[severity]} |" for severity in SEVERITIES_WORST_FIRST]
    if report.categories:
        lines += ["", "| category | findings |", "| --- | ---: |"]
        lines += [f"| {category} | {count} |" for category, count in report.categories.items()]
    ranked, total = _worst([report], top)
    lines += ["", *_top_findings(ranked, total, with_article=False)]
    return lines


def _aggregate(digests: Digests, top: int) -> Iterator[str]:
    """The lines of the aggregate: the digests are read once for the counts and the worst findings, and
    again for the table, a row at a time (as far as the text is wanted: see :func:`capped`)."""
    failed = 0
    totals = dict.fromkeys(SEVERITIES_WORST_FIRST, 0)
    for item in digests:
        failed += not item.summary.passed
        for severity in SEVERITIES_WORST_FIRST:
            totals[severity] += item.counts[severity]
    ranked, total = _worst(digests, top)
    state = "failed" if failed else "passed"
    yield from (
        f"## mtqa: {_ICON[state]} {len(digests)} article(s), {failed} failed",
        "",
        "Findings: " + ", ".join(f"{totals[s]} {s}" for s in SEVERITIES_WORST_FIRST),
        "",
        "| article | score | verdict | critical | major | minor |",
        "| --- | ---: | --- | ---: | ---: | ---: |",
    )
    for item in digests:
        state_of = verdict(item)
        yield (
            f"| `{_code(item.target)}` | {item.summary.quality_score:.2f} | {_ICON[state_of]} {state_of} | "
            f"{item.counts['critical']} | {item.counts['major']} | {item.counts['minor']} |"
        )
    yield ""
    yield from _top_findings(ranked, total, with_article=True)


def _bad_inputs(bad_inputs: Sequence[BadInput], top: int) -> list[str]:
    items = [escape(bad.line, 300) for bad in bad_inputs]
    return _listed(items, f"{len(items)} article(s) with bad input, not checked", top)


def _unmatched(unmatched: Sequence[str], top: int) -> list[str]:
    return _listed(
        [f"`{_code(path)}`" for path in unmatched], f"{len(unmatched)} file(s) without a counterpart, not checked", top
    )


def _listed(items: Sequence[str], title: str, top: int) -> list[str]:
    """A bold title and the first ``top`` items as a bulleted list (nothing when there are none)."""
    if not items:
        return []
    lines = ["", f"**{title}:**", "", *(f"- {item}" for item in items[:top])]
    if len(items) > top:
        lines.append(f"- … and {len(items) - top} more")
    return lines


def _worst(digests: Iterable[ArticleDigest], top: int) -> tuple[list[tuple[str, Finding]], int]:
    """The ``top`` worst findings of all articles with their article's path (ties: the earlier article
    first, as when all the findings are sorted together), and how many findings there are in all."""
    best: list[tuple[tuple[object, ...], int, int, str, Finding]] = []
    total = 0
    for position, item in enumerate(digests):
        if item.findings > item.kept < top:
            raise ValueError(f"{item.target}: its digest keeps {item.kept} findings, not the {top} asked for")
        total += item.findings
        candidates = [(worst_key(f), position, rank, item.target, f) for rank, f in enumerate(item.worst[:top])]
        best = heapq.nsmallest(top, [*best, *candidates], key=lambda candidate: candidate[:3])
    return [(path, finding) for *_, path, finding in best], total


def _top_findings(ranked: list[tuple[str, Finding]], total: int, *, with_article: bool) -> list[str]:
    if not total:
        return ["No findings."]
    header = "| severity | check | excerpt | message |"
    rule = "| --- | --- | --- | --- |"
    if with_article:
        header, rule = "| article " + header, "| --- " + rule
    lines = [f"### Top findings ({len(ranked)} of {total})", "", header, rule]
    for path, finding in ranked:
        where = " (source)" if anchored_in_source(finding) else ""
        message = escape(finding.message) + (f" → {escape(finding.suggestion, 80)}" if finding.suggestion else "")
        cells = [finding.severity, f"`{_code(finding.check)}`", escape(finding.excerpt, 80) + where, message]
        if with_article:
            cells.insert(0, f"`{_code(path)}`")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _code(text: str) -> str:
    """Text for inside backticks: no backtick or pipe can end the span or the table cell."""
    return one_line(truncate(text, 120).replace("`", "'").replace("|", "/"))


def capped(lines: Iterable[str], max_chars: int) -> str:
    """The lines, each ended by a newline, cut after the last whole line that leaves room for a note
    when the text is longer than ``max_chars``. Lines are read only until the cap is passed, so the
    text of a run of any size is never made whole."""
    kept: list[str] = []
    size = 0
    for line in lines:
        kept.append(line)
        size += len(line) + 1
        if size > max_chars:
            break
    else:
        return "\n".join(kept) + "\n"
    # The text is longer than the cap; the cut falls within the first ``max_chars`` characters, all kept.
    note = "\n\n… summary truncated; see the full report.\n"
    text = "\n".join(kept)
    cut = text.rfind("\n", 0, max(max_chars - len(note), 0))
    return text[: max(cut, 0)] + note
