"""The comparison as Markdown for a pull-request comment or ``$GITHUB_STEP_SUMMARY``.

The ranking with clusters and intervals, the significant differences on the primary metric, the
gate verdict, what could not be computed, and the few segments where the engines differ most. All
text from the inputs is escaped (:func:`mtqa.report.markdown.escape`), and the length is capped.
"""

from __future__ import annotations

from mtqa.compare.model import ComparisonReport
from mtqa.report.compare_common import (
    direction,
    fmt,
    fmt_p,
    headline,
    rank_range,
    ranking_columns,
    ranking_rows,
    skipped_lines,
)
from mtqa.report.markdown import DEFAULT_MAX_CHARS, _code, capped, escape

DEFAULT_DIFFERENCES = 3


def render_comparison_markdown(
    report: ComparisonReport, *, differences: int = DEFAULT_DIFFERENCES, max_chars: int = DEFAULT_MAX_CHARS
) -> str:
    lines = _title(report)
    lines += _ranking(report)
    lines += _significant(report)
    lines += _differences(report, differences)
    return capped(lines, max_chars)


def _title(report: ComparisonReport) -> list[str]:
    lines = [f"## mtqa compare: {escape(headline(report), 300)}", ""]
    if report.gate is not None:
        icon = "✅" if report.gate.passed else "❌"
        state = "passed" if report.gate.passed else "failed"
        lines.append(
            f"**Gate {icon} {state}**: no engine may be significantly worse than "
            f"`{_code(report.gate.baseline)}` on {', '.join(report.gate.metrics)}."
        )
        lines += [f"- {escape(reason, 300)}" for reason in report.gate.reasons]
        lines.append("")
    return lines


def _ranking(report: ComparisonReport) -> list[str]:
    primary = report.primary
    columns = ranking_columns(report)
    header = ["rank", "range", "cluster", "engine", f"{primary.info.label} {direction(primary)} (95% CI)"]
    header += [f"{metric.info.label} {direction(metric)}".strip() for metric in columns]
    lines = [
        "| " + " | ".join(escape(cell) for cell in header) + " |",
        "| " + " | ".join(["---:"] * 3 + ["---"] + ["---:"] * (len(header) - 4)) + " |",
    ]
    for row in ranking_rows(report):
        name = f"**{_code(row.rank.engine)}**" if row.rank.cluster == 1 else _code(row.rank.engine)
        cells = [str(row.rank.rank), rank_range(row.rank), str(row.rank.cluster), name, row.primary, *row.others]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        f"Clusters: engines in one cluster are not significantly different on {primary.info.label} "
        f"(`{report.significance.signature}`; unit: {report.input.unit}).",
        "",
    ]
    lines += [f"- not computed: {escape(line, 300)}" for line in skipped_lines(report)]
    lines += [f"- note: {escape(note, 300)}" for note in report.notes]
    if report.skipped or report.notes:
        lines.append("")
    return lines


def _significant(report: ComparisonReport) -> list[str]:
    primary = report.primary
    digits = primary.info.digits
    wins = [pair for pair in primary.pairs if pair.better]
    if not wins:
        return [f"No difference on {primary.info.label} is significant.", ""]
    lines = [
        f"### Significant differences on {primary.info.label}",
        "",
        "| better | worse | Δ (95% CI) | p (AR) | p (bootstrap) |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    order = {engine: position for position, engine in enumerate(report.ranking)}
    for pair in sorted(wins, key=lambda p: (order[p.better or ""], -abs(p.delta), p.a, p.b)):
        worse = pair.b if pair.better == pair.a else pair.a
        sign = 1 if pair.better == pair.a else -1
        low, high = sorted((sign * pair.delta_ci_low, sign * pair.delta_ci_high))
        lines.append(
            f"| `{_code(pair.better or '')}` | `{_code(worse)}` | {sign * pair.delta:+.{digits}f} "
            f"[{low:+.{digits}f}, {high:+.{digits}f}] | {fmt_p(pair.p_ar)} | {fmt_p(pair.p_bootstrap)} |"
        )
    return [*lines, ""]


def _differences(report: ComparisonReport, count: int) -> list[str]:
    shown = report.breakdown.differences[:count]
    if not shown:
        return []
    metric = report.breakdown.difference_metric
    lines = [f"### Where the engines differ most ({metric})", ""]
    for difference in shown:
        lines += [f"**{escape(difference.label)}** — source: {escape(difference.source, 300)}", ""]
        lines += ["| engine | value | findings | output |", "| --- | ---: | ---: | --- |"]
        for output in difference.outputs:
            lines.append(
                f"| `{_code(output.engine)}` | {fmt(output.value, 2)} | {len(output.findings)} | "
                f"{escape(output.text, 300)} |"
            )
        lines.append("")
    return lines
