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


# What a terminal has room for beside the primary metric, by preference (the files show every metric).
COMPACT_COLUMNS = ("chrf", "bleu", "ter", "quality", "estimate", "mqm_penalty", "similarity")
COMPACT_COUNT = 4


def ranking_columns(report: ComparisonReport, *, compact: bool = False) -> list[MetricResult]:
    """The metrics shown beside the primary one, in registry order (reference metrics first)."""
    others = [metric for metric in report.metrics if metric.info.name != report.primary_metric]
    if not compact:
        return others
    chosen = [name for name in COMPACT_COLUMNS if any(m.info.name == name for m in others)][:COMPACT_COUNT]
    return [metric for metric in others if metric.info.name in chosen]


def skipped_lines(report: ComparisonReport) -> list[str]:
    """What could not be computed, one line per reason: "chrf, bleu: needs a reference translation"."""
    reasons: dict[str, list[str]] = {}
    for skipped in report.skipped:
        reasons.setdefault(skipped.reason, []).append(skipped.metric)
    return [f"{', '.join(metrics)}: {reason}" for reason, metrics in reasons.items()]


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
