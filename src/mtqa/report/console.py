"""A short terminal summary of one article (rich), for humans running ``mtqa check``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtqa.model import ArticleReport
from mtqa.report.common import category_counts, severity_counts, truncate, verdict, worst_first

if TYPE_CHECKING:
    from rich.console import Console

_STYLE = {"critical": "bold red", "major": "dark_orange", "minor": "yellow"}


def print_console_summary(report: ArticleReport, console: Console, *, top: int = 5) -> None:
    """Score and verdict, counts by severity and category, and the ``top`` worst findings."""
    from rich.table import Table
    from rich.text import Text

    summary = report.summary
    state = verdict(report)
    headline = Text.assemble(
        ("mtqa ", "bold"),
        (report.target.path, "cyan"),
        f": quality {summary.quality_score:.2f}/100, ",
        (state, "bold green" if summary.passed else "bold red"),
        f" (MQM penalty {summary.mqm_penalty_per_1000_words:.2f} per 1,000 words)",
    )
    console.print(headline)
    for score in report.reference_scores:
        console.print(Text(f"  {score.label} {score.score:.2f} against the reference ({score.signature})"))
    for reason in report.gate_reasons:
        console.print(Text(f"  gate: {reason}", style="red"))
    for problem in report.check_errors:
        console.print(Text(f"  check {problem.check} {problem.message}", style="red" if problem.crashed else "dim"))
    counts = Table("severity", "findings", box=None, padding=(0, 2))
    for severity, count in severity_counts(report.findings).items():
        counts.add_row(Text(severity, style=_STYLE[severity]), str(count))
    for category, count in category_counts(report.findings).items():
        counts.add_row(Text(category, style="dim"), str(count))
    console.print(counts)
    worst = worst_first(report.findings)[:top]
    if not worst:
        return
    table = Table("severity", "check", "excerpt", "message", title=f"top {len(worst)} of {len(report.findings)}")
    for finding in worst:
        table.add_row(
            Text(finding.severity, style=_STYLE[finding.severity]),
            Text(finding.check),
            Text(truncate(finding.excerpt, 40)),
            Text(truncate(finding.message, 80)),
        )
    console.print(table)
