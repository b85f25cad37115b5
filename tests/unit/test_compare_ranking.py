"""Order, greedy significance clusters, rank ranges, wins and the CI gate."""

from __future__ import annotations

from itertools import combinations

import pytest

from mtqa.compare.model import EngineScore, MetricInfo, MetricResult, PairResult
from mtqa.compare.ranking import gate, order, ranks

HIGHER = MetricInfo("m", "M", "test metric", requires_reference=False, higher_is_better=True)
LOWER = MetricInfo("e", "E", "test error rate", requires_reference=False, higher_is_better=False)
DESCRIPTIVE = MetricInfo("d", "D", "descriptive", requires_reference=False, higher_is_better=None)


def _scores(values: dict[str, float]) -> list[EngineScore]:
    return [EngineScore(name, value, value - 1, value + 1, value) for name, value in sorted(values.items())]


def _pairs(values: dict[str, float], significant: set[frozenset[str]], info: MetricInfo = HIGHER) -> list[PairResult]:
    pairs = []
    for a, b in combinations(sorted(values), 2):
        delta = values[a] - values[b]
        better = None
        if frozenset((a, b)) in significant:
            better = a if (delta > 0) == info.higher_is_better else b
        p = 0.001 if better else 0.5
        pairs.append(PairResult(a, b, delta, delta - 1, delta + 1, p, p, better))
    return pairs


def test_order_follows_the_direction_and_breaks_ties_by_name() -> None:
    values = {"b": 2.0, "a": 2.0, "c": 3.0}
    assert order(_scores(values), HIGHER) == ["c", "a", "b"]
    assert order(_scores(values), LOWER) == ["a", "b", "c"]


def test_greedy_clusters() -> None:
    values = {"A": 4.0, "B": 3.0, "C": 2.0, "D": 1.0}
    # A beats C and D; B beats D: C is not worse than every engine of {A, B}, D is worse than all.
    significant = {frozenset(p) for p in (("A", "C"), ("A", "D"), ("B", "D"), ("C", "D"))}
    result = ranks(_scores(values), _pairs(values, significant), HIGHER)
    assert [(r.engine, r.cluster) for r in result] == [("A", 1), ("B", 1), ("C", 1), ("D", 2)]
    by_name = {r.engine: r for r in result}
    assert (by_name["A"].rank_low, by_name["A"].rank_high) == (1, 2)
    assert (by_name["C"].rank_low, by_name["C"].rank_high) == (2, 3)
    assert (by_name["D"].rank_low, by_name["D"].rank_high) == (4, 4)
    assert [by_name[n].wins for n in "ABCD"] == [2, 1, 1, 0]


def test_every_engine_separated_gives_singleton_clusters() -> None:
    values = {"x": 3.0, "y": 2.0, "z": 1.0}
    significant = {frozenset(p) for p in combinations(values, 2)}
    result = ranks(_scores(values), _pairs(values, significant), HIGHER)
    assert [r.cluster for r in result] == [1, 2, 3]
    assert all(r.rank_low == r.rank_high == r.rank for r in result)


def test_nothing_significant_is_one_cluster_with_full_ranges() -> None:
    values = {"x": 3.0, "y": 2.0, "z": 1.0}
    result = ranks(_scores(values), _pairs(values, set()), HIGHER)
    assert {r.cluster for r in result} == {1}
    assert all((r.rank_low, r.rank_high) == (1, 3) for r in result)


def test_lower_is_better_metrics_rank_ascending() -> None:
    values = {"x": 10.0, "y": 20.0}
    result = ranks(_scores(values), _pairs(values, {frozenset(("x", "y"))}, LOWER), LOWER)
    assert [(r.engine, r.cluster) for r in result] == [("x", 1), ("y", 2)]


def test_descriptive_metrics_are_not_ranked() -> None:
    values = {"x": 1.0, "y": 1.2}
    assert ranks(_scores(values), _pairs(values, set(), DESCRIPTIVE), DESCRIPTIVE) == ()


def _result(values: dict[str, float], significant: set[frozenset[str]]) -> MetricResult:
    scores, pairs = _scores(values), _pairs(values, significant)
    return MetricResult(HIGHER, "sig", tuple(scores), tuple(pairs), ranks(scores, pairs, HIGHER))


@pytest.mark.parametrize(
    ("baseline", "passed"),
    [("old", False), ("new", True), ("same", False)],
)
def test_gate(baseline: str, passed: bool) -> None:
    values = {"old": 5.0, "new": 3.0, "same": 5.0}
    significant = {frozenset(("old", "new")), frozenset(("same", "new"))}
    result = gate(baseline, [_result(values, significant)], "ar")
    assert result.passed is passed
    if not passed:
        assert result.reasons[0].startswith("new is significantly worse than")
