"""What the comparison renderers share: the ranking table's rows and the wording of numbers."""

from __future__ import annotations

from dataclasses import dataclass

from mtqa.compare.model import ComparisonReport, EngineRank, MetricResult


@dataclass(frozen=True)
class RankingRow:
    rank: EngineRank
    primary: str  # "59.25 [57.84, 60.83]"
    others: tuple[str, ...]  # the other rankable metrics' scores, in ``ranking_columns`` order
    new_cluster: bool  # first engine of a cluster after the first one


def fmt(value: float | None, digits: int) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def fmt_p(value: float) -> str:
    return f"{value:.4f}" if value >= 0.0001 else "<0.0001"


# The columns a terminal has room for beside the primary metric (the files show every metric).
COMPACT_COLUMNS = ("chrf", "bleu", "ter", "quality", "estimate")


def ranking_columns(report: ComparisonReport, *, compact: bool = False) -> list[MetricResult]:
    """The metrics shown beside the primary one, in registry order (reference metrics first)."""
    return [
        metric
        for metric in report.metrics
        if metric.info.name != report.primary_metric and (not compact or metric.info.name in COMPACT_COLUMNS)
    ]


def ranking_rows(report: ComparisonReport, *, compact: bool = False) -> list[RankingRow]:
    primary = report.primary
    digits = primary.info.digits
    columns = ranking_columns(report, compact=compact)
    rows = []
    previous = None
    for rank in primary.ranks:
        score = primary.score_of(rank.engine)
        rows.append(
            RankingRow(
                rank,
                f"{score.score:.{digits}f} [{score.ci_low:.{digits}f}, {score.ci_high:.{digits}f}]",
                tuple(fmt(metric.score_of(rank.engine).score, metric.info.digits) for metric in columns),
                previous is not None and rank.cluster != previous,
            )
        )
        previous = rank.cluster
    return rows


def rank_range(rank: EngineRank) -> str:
    return str(rank.rank_low) if rank.rank_low == rank.rank_high else f"{rank.rank_low}–{rank.rank_high}"


def direction(metric: MetricResult) -> str:
    if metric.info.higher_is_better is None:
        return ""
    return "↑" if metric.info.higher_is_better else "↓"


def headline(report: ComparisonReport) -> str:
    info = report.input
    return (
        f"{len(report.engines)} engines, {info.units} {info.unit}s ({info.mode}), "
        f"{info.source_lang}→{info.target_lang}, ranked by {report.primary.info.label}"
    )
