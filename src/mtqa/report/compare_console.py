"""The comparison on a terminal (rich): the ranking with clusters, the other metrics, the gate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtqa.compare.model import ComparisonReport
from mtqa.report.compare_common import direction, headline, rank_range, ranking_columns, ranking_rows, skipped_lines

if TYPE_CHECKING:
    from rich.console import Console


def print_comparison(report: ComparisonReport, console: Console) -> None:
    from rich.table import Table
    from rich.text import Text

    primary = report.primary
    table = Table(title=headline(report), title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("range", justify="right")
    table.add_column("cl.", justify="right")
    table.add_column("engine", no_wrap=True)
    table.add_column(f"{primary.info.label} {direction(primary)} (95% CI)", justify="right", no_wrap=True)
    for metric in ranking_columns(report, compact=True):
        table.add_column(f"{metric.info.label} {direction(metric)}".strip(), justify="right")
    for row in ranking_rows(report, compact=True):
        if row.new_cluster:
            table.add_section()
        table.add_row(
            str(row.rank.rank),
            rank_range(row.rank),
            str(row.rank.cluster),
            Text(row.rank.engine, style="bold" if row.rank.cluster == 1 else ""),
            row.primary,
            *row.others,
        )
    console.print(table)
    console.print(
        Text(
            f"clusters: engines between lines are not significantly different ({report.significance.signature})",
            style="dim",
        )
    )
    for line in skipped_lines(report):
        console.print(Text(f"not computed: {line}", style="yellow"))
    for note in report.notes:
        console.print(Text(f"note: {note}", style="dim"))
    if report.gate is not None:
        verdict = "passed" if report.gate.passed else "failed"
        console.print(
            Text(
                f"gate ({report.gate.baseline} baseline, {', '.join(report.gate.metrics)}): {verdict}",
                style="bold green" if report.gate.passed else "bold red",
            )
        )
        for reason in report.gate.reasons:
            console.print(Text(f"  {reason}", style="red"))
