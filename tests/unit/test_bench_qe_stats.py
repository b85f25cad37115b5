"""The agreement statistics of bench/qe_mqm.py against hand-computed cases, scipy and a brute-force search."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.stats import kendalltau, pearsonr

from bench.qe_stats import (
    acc_eq,
    agreement,
    as_matrix,
    kendall_tau_b,
    pairwise_accuracy,
    tau_stats,
)


def test_tau_stats_of_a_hand_computed_case() -> None:
    # pairs (0,1) and (0,2) concordant, (1,2) discordant
    stats = tau_stats([1, 2, 3], [1, 3, 2])
    assert (stats.con, stats.dis, stats.ties_human, stats.ties_metric, stats.ties_both) == (2, 1, 0, 0, 0)
    assert stats.tau_b() == pytest.approx(1 / 3)
    assert stats.acc_23() == pytest.approx(2 / 3)
    assert stats.tau_23() == pytest.approx(1 / 3)


def test_tau_stats_counts_ties_by_side() -> None:
    stats = tau_stats([1, 1, 2, 2], [5, 5, 5, 6])
    # (0,1) tie both; (0,2) metric tie; (0,3) con; (1,2) metric tie; (1,3) con; (2,3) human tie
    assert (stats.con, stats.dis, stats.ties_human, stats.ties_metric, stats.ties_both) == (2, 0, 1, 2, 1)


def test_epsilon_turns_small_metric_differences_into_ties() -> None:
    stats = tau_stats([1, 1, 2], [0.5, 0.6, 2.0], epsilon=0.1)
    assert stats.ties_both == 1 and stats.con == 2


@pytest.mark.parametrize("seed", range(5))
def test_tau_b_equals_scipy_with_ties(seed: int) -> None:
    rng = np.random.default_rng(seed)
    human = rng.integers(0, 4, 60).astype(float)  # many ties, as MQM scores have
    metric = np.round(rng.normal(size=60) + 0.3 * human, 1)
    expected = kendalltau(human, metric, variant="b").statistic
    assert tau_stats(human, metric, chunk=7).tau_b() == pytest.approx(expected)
    assert kendall_tau_b(human[None, :], metric[None, :]) == pytest.approx(expected)


def test_tau_b_by_item_averages_the_columns_and_skips_unrated_cells() -> None:
    human = as_matrix([[1, 0, None], [2, 1, 3], [3, 2, 1]])
    metric = as_matrix([[0.1, 0.9, 0.5], [0.2, 0.5, 0.4], [0.3, 0.1, 0.6]])
    # column 0: perfect (1.0); column 1: reversed (-1.0); column 2: 2 rated cells, discordant (-1.0)
    assert kendall_tau_b(human, metric, "item") == pytest.approx(-1 / 3)


def test_acc_eq_of_hand_computed_cases() -> None:
    # no ties in the human scores: introducing ties only loses pairs, so epsilon stays 0
    result = acc_eq(as_matrix([[1], [2], [3]]), as_matrix([[1], [3], [2]]))
    assert result.accuracy == pytest.approx(2 / 3) and result.epsilon == 0
    # a human tie that the metric nearly reproduces: epsilon 0.1 makes it a correct tie
    result = acc_eq(as_matrix([[1], [1], [2]]), as_matrix([[0.5], [0.6], [2.0]]))
    assert result.accuracy == pytest.approx(1.0) and result.epsilon == pytest.approx(0.1)


def _brute_force_acc_eq(human: np.ndarray, metric: np.ndarray) -> float:
    """The definition: try threshold 0 and every pair difference, average acc23 over items, keep the best."""
    columns = []
    for c in range(human.shape[1]):
        keep = ~np.isnan(human[:, c])
        if keep.sum() >= 2:
            columns.append((human[keep, c], metric[keep, c]))
    candidates = {0.0}
    for h, m in columns:
        i, j = np.triu_indices(len(h), 1)
        candidates.update(np.abs(m[i] - m[j]).tolist())
    return max(np.mean([tau_stats(h, m, eps).acc_23() for h, m in columns]) for eps in candidates)


@pytest.mark.parametrize("seed", range(4))
def test_acc_eq_equals_the_brute_force_search(seed: int) -> None:
    rng = np.random.default_rng(seed)
    human = rng.integers(-3, 1, (6, 9)).astype(float)
    human[rng.random(human.shape) < 0.15] = np.nan
    metric = np.round(rng.normal(size=(6, 9)) + 0.5 * np.nan_to_num(human), 1)
    assert acc_eq(human, metric).accuracy == pytest.approx(_brute_force_acc_eq(human, metric))


def test_acc_eq_without_grouping_is_one_item() -> None:
    human = as_matrix([[1, 2], [1, 3]])
    metric = as_matrix([[0.1, 0.4], [0.2, 0.3]])
    flat = acc_eq(human, metric, "none")
    assert flat.accuracy == pytest.approx(_brute_force_acc_eq(human.reshape(-1, 1), metric.reshape(-1, 1)))


def test_pairwise_accuracy_of_a_hand_computed_case() -> None:
    assert pairwise_accuracy([3, 2, 1], [0.9, 0.1, 0.5]) == pytest.approx(2 / 3)
    assert math.isnan(pairwise_accuracy([1], [1]))


def test_agreement_system_level_uses_rated_means_for_humans() -> None:
    human = as_matrix([[0, None, -1], [-5, -5, None], [-1, -2, -2]])
    metric = as_matrix([[0.9, 0.8, 0.7], [0.1, 0.2, 0.3], [0.5, 0.6, 0.4]])
    result = agreement(human, metric)
    # human system means -0.5, -5, -1.67; metric means 0.8, 0.2, 0.5: same order
    assert result.sys_accuracy == 1.0
    assert result.sys_pearson == pytest.approx(pearsonr([-0.5, -5, -5 / 3], [0.8, 0.2, 0.5]).statistic)
    assert result.cells == 7 and result.systems == 3
