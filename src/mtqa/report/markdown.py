"""A Markdown summary for a pull-request comment or ``$GITHUB_STEP_SUMMARY``.

Short on purpose: the verdict, the counts and the worst findings, capped in number and in total
length (GitHub rejects comments over 65,536 characters). Every piece of article text is escaped,
so an excerpt cannot break the table, open a link or inject HTML into the comment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mtqa.model import ArticleEstimate, ArticleReport, Finding
from mtqa.report.common import (
    SEVERITIES_WORST_FIRST,
    anchored_in_source,
    category_counts,
    severity_counts,
    total_counts,
    truncate,
    verdict,
    worst_first,
)

DEFAULT_TOP = 10
DEFAULT_MAX_CHARS = 60_000
# Backslash-escaped wherever they appear: emphasis, code, links, table cells, strike-through, and
# "@" so that an excerpt can never mention (and notify) a GitHub user.
_SPECIAL = re.compile(r"([\\`*_\[\]|~@#])")
_ICON = {"passed": "✅", "failed": "❌"}


def render_markdown(
    reports: Sequence[ArticleReport],
    *,
    top: int = DEFAULT_TOP,
    max_chars: int = DEFAULT_MAX_CHARS,
    unmatched: Sequence[str] = (),
) -> str:
    """One article in detail, or many as an aggregate table; ends with a newline."""
    lines = _single(reports[0], top) if len(reports) == 1 and not unmatched else _aggregate(reports, top)
    if unmatched:
        lines += ["", f"**{len(unmatched)} file(s) without a counterpart, not checked:**", ""]
        lines += [f"- `{_code(path)}`" for path in unmatched[:top]]
        if len(unmatched) > top:
            lines.append(f"- … and {len(unmatched) - top} more")
    return _cap("\n".join(lines) + "\n", max_chars)


def escape(text: str, limit: int = 160) -> str:
    """Text safe inside a Markdown table cell: one line, no markup, no HTML."""
    flat = truncate(text, limit)
    flat = _SPECIAL.sub(r"\\\1", flat)
    return flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _estimate_line(estimate: ArticleEstimate | None) -> list[str]:
    if estimate is None:
        return []
    return [
        f"Reference-free estimate {estimate.score:.2f} / 100 · expected MQM penalty "
        f"{estimate.penalty_per_1000_words:.2f} per 1,000 words",
        "",
    ]


def _single(report: ArticleReport, top: int) -> list[str]:
    summary = report.summary
    state = verdict(report)
    lines = [
        f"## mtqa: {_ICON[state]} {state} — `{_code(report.target.path)}`",
        "",
        f"**Quality score {summary.quality_score:.2f}** / 100 · MQM penalty "
        f"{summary.mqm_penalty_per_1000_words:.2f} per 1,000 words · mean similarity "
        + (f"{summary.mean_similarity:.4f}" if summary.mean_similarity is not None else "n/a"),
        "",
        *_estimate_line(summary.estimate),
        f"Source `{_code(report.source.path)}` ({report.source.lang or '?'}) → "
        f"translation `{_code(report.target.path)}` ({report.target.lang or '?'})",
        "",
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
    counts = severity_counts(report.findings)
    lines += ["| severity | findings |", "| --- | ---: |"]
    lines += [f"| {severity} | {counts[severity]} |" for severity in SEVERITIES_WORST_FIRST]
    categories = category_counts(report.findings)
    if categories:
        lines += ["", "| category | findings |", "| --- | ---: |"]
        lines += [f"| {category} | {count} |" for category, count in categories.items()]
    lines += ["", *_top_findings([(report, f) for f in report.findings], top, with_article=False)]
    return lines


def _aggregate(reports: Sequence[ArticleReport], top: int) -> list[str]:
    failed = sum(1 for report in reports if not report.summary.passed)
    state = "failed" if failed else "passed"
    totals = total_counts(reports)
    lines = [
        f"## mtqa: {_ICON[state]} {len(reports)} article(s), {failed} failed",
        "",
        "Findings: " + ", ".join(f"{totals[s]} {s}" for s in SEVERITIES_WORST_FIRST),
        "",
        "| article | score | verdict | critical | major | minor |",
        "| --- | ---: | --- | ---: | ---: | ---: |",
    ]
    for report in reports:
        counts = severity_counts(report.findings)
        state = verdict(report)
        lines.append(
            f"| `{_code(report.target.path)}` | {report.summary.quality_score:.2f} | {_ICON[state]} {state} | "
            f"{counts['critical']} | {counts['major']} | {counts['minor']} |"
        )
    pairs = [(report, finding) for report in reports for finding in report.findings]
    return [*lines, "", *_top_findings(pairs, top, with_article=True)]


def _top_findings(pairs: list[tuple[ArticleReport, Finding]], top: int, *, with_article: bool) -> list[str]:
    if not pairs:
        return ["No findings."]
    order = {id(f): n for n, f in enumerate(worst_first(f for _, f in pairs))}
    ranked = sorted(pairs, key=lambda pair: (order[id(pair[1])], pair[0].target.path))[:top]
    header = "| severity | check | excerpt | message |"
    rule = "| --- | --- | --- | --- |"
    if with_article:
        header, rule = "| article " + header, "| --- " + rule
    lines = [f"### Top findings ({len(ranked)} of {len(pairs)})", "", header, rule]
    for report, finding in ranked:
        where = " (source)" if anchored_in_source(finding) else ""
        message = escape(finding.message) + (f" → {escape(finding.suggestion, 80)}" if finding.suggestion else "")
        cells = [finding.severity, f"`{_code(finding.check)}`", escape(finding.excerpt, 80) + where, message]
        if with_article:
            cells.insert(0, f"`{_code(report.target.path)}`")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _code(text: str) -> str:
    """Text for inside backticks: no backtick or pipe can end the span or the table cell."""
    return truncate(text, 120).replace("`", "'").replace("|", "/")


def _cap(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    note = "\n\n… summary truncated; see the full report.\n"
    cut = text.rfind("\n", 0, max(max_chars - len(note), 0))
    return text[: max(cut, 0)] + note
