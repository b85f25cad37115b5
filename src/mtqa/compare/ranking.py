"""Ranking engines on one metric: order, WMT-style significance clusters, rank ranges, the CI gate.

- **Order**: by the corpus score in the metric's direction; equal scores by engine name, so the
  ranking never depends on the order of ``--engine`` options.
- **Clusters** (the greedy rule of the WMT findings papers' tables): walk the engines best first; an
  engine opens a new cluster when it is significantly worse than *every* engine of the current
  cluster, else it joins it. So every engine of a later cluster is significantly worse than some
  engine before it, and engines that are not significantly different from the current cluster share it.
- **Rank range** of an engine: from 1 + the number of engines significantly better than it, to the
  number of engines minus those significantly worse than it (the ranks the tests cannot rule out).
- **Wins**: how many engines it is significantly better than (the "Wins" column of WMT's clusters).

"Significantly" is the chosen test (``--test``, AR by default) at ``--alpha``.
"""

from __future__ import annotations

from collections.abc import Sequence

from mtqa.compare.model import EngineRank, EngineScore, GateResult, MetricInfo, MetricResult, PairResult


def order(scores: Sequence[EngineScore], info: MetricInfo) -> list[str]:
    """Engine names best first (``info.higher_is_better`` must not be None)."""
    sign = -1.0 if info.higher_is_better else 1.0
    return [score.engine for score in sorted(scores, key=lambda s: (sign * s.score, s.engine))]


def ranks(scores: Sequence[EngineScore], pairs: Sequence[PairResult], info: MetricInfo) -> tuple[EngineRank, ...]:
    """Rank, rank range, cluster and wins of every engine, best first; empty for a descriptive metric."""
    if not info.rankable:
        return ()
    names = order(scores, info)
    beats = {(pair.better, pair.b if pair.better == pair.a else pair.a) for pair in pairs if pair.better}

    def better(first: str, second: str) -> bool:
        return (first, second) in beats

    clusters: list[list[str]] = []
    for name in names:
        if clusters and not all(better(member, name) for member in clusters[-1]):
            clusters[-1].append(name)
        else:
            clusters.append([name])
    cluster_of = {name: number for number, members in enumerate(clusters, 1) for name in members}
    total = len(names)
    return tuple(
        EngineRank(
            engine=name,
            rank=position,
            rank_low=1 + sum(better(other, name) for other in names),
            rank_high=total - sum(better(name, other) for other in names),
            cluster=cluster_of[name],
            wins=sum(better(name, other) for other in names),
        )
        for position, name in enumerate(names, 1)
    )


def gate(baseline: str, metrics: Sequence[MetricResult], test: str) -> GateResult:
    """Fail when another engine is significantly worse than ``baseline`` on any of ``metrics``."""
    reasons = []
    for result in metrics:
        base = result.score_of(baseline)
        for score in result.scores:
            if score.engine == baseline:
                continue
            pair = result.pair(baseline, score.engine)
            if pair.better == baseline:
                p = pair.p_ar if test == "ar" else pair.p_bootstrap
                digits = result.info.digits
                reasons.append(
                    f"{score.engine} is significantly worse than {baseline} on {result.info.label}: "
                    f"{score.score:.{digits}f} against {base.score:.{digits}f} (p = {p:.4f}, {test})"
                )
    return GateResult(baseline, tuple(m.info.name for m in metrics), not reasons, tuple(reasons))
