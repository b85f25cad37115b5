"""A short terminal summary of one article (rich), for humans running ``mtqa check``."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from mtqa.model import ArticleReport
from mtqa.report.common import (
    category_counts,
    one_line,
    profile_note,
    severity_counts,
    short_text_note,
    truncate,
    verdict,
    worst_first,
)

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
        (one_line(report.target.path), "cyan"),
        f": quality {summary.quality_score:.2f}/100, ",
        (state, "bold green" if summary.passed else "bold red"),
        f" (MQM penalty {summary.mqm_penalty_per_1000_words:.2f} per 1,000 words)",
    )
    console.print(headline)
    short = short_text_note(report.target.word_count or report.source.word_count)
    if short is not None:
        console.print(Text(f"  note: {short}", style="yellow"))
    profile = profile_note(report.profile, report.profile_inferred)
    if profile is not None:
        console.print(Text(f"  profile: {profile}", style="dim"))
    if summary.estimate is not None:
        estimate = summary.estimate
        console.print(
            Text(
                f"  reference-free estimate {estimate.score:.2f}/100 "
                f"(expected MQM penalty {estimate.penalty_per_1000_words:.2f} per 1,000 words)",
                style="dim",
            )
        )
    for score in report.reference_scores:
        console.print(Text(f"  {score.label} {score.score:.2f} against the reference ({score.signature})"))
    for reason in report.gate_reasons:
        console.print(Text(f"  gate: {one_line(reason)}", style="red"))
    for problem in report.check_errors:
        style = "red" if problem.crashed else "dim"
        console.print(Text(f"  check {problem.check} {one_line(problem.message)}", style=style))
    if report.input_issues:
        kinds = Counter(issue.kind for issue in report.input_issues)
        listed = ", ".join(f"{count} {kind.replace('_', ' ')}" for kind, count in sorted(kinds.items()))
        console.print(Text(f"  input file: {listed} (see the JSON report's input_issues)", style="yellow"))
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
            Text(one_line(truncate(finding.excerpt, 40))),
            Text(one_line(truncate(finding.message, 80))),
        )
    console.print(table)
