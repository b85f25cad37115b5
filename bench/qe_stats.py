"""Agreement of a metric with human judgments, computed as WMT's mt-metrics-eval does.

Reimplemented with numpy/scipy from google-research/mt-metrics-eval (``stats.py``, ``tau_optimization.py``,
``tasks.py``; Apache-2.0), which is not installed (the PyPI name ``mt-metrics-eval`` is an unrelated
package). Scores come as a matrix ``systems x items`` with ``None`` (or NaN) where the human gave no score;
higher is better for both the human and the metric.

- **Segment level**, as the WMT23 metrics task (``tasks.WMT23``): Pearson over all rated (system, item)
  cells flattened ("no grouping", ``average_by='none'``), and tie-calibrated pairwise accuracy
  ``acc_eq`` (``KendallWithTiesOpt``, variant ``acc23``, ``average_by='item'``, ``sample_rate=1``;
  Deutsch et al. 2023): for each item, every pair of systems is concordant, discordant or tied; a pair
  counts as correct when the metric orders it like the human or when both tie; the metric's ties are
  introduced by one global threshold epsilon on the absolute metric difference, chosen to maximise the
  mean per-item accuracy. Kendall tau_b is given twice: flattened (``average_by='none'``, the WMT21/22
  convention) and averaged over items (``average_by='item'``).
- **System level**: the human score of a system is its mean over its rated items; the metric's is its
  mean over all items (as a metric scores a whole test set). Pairwise accuracy (``stats.Agreement``:
  the signs of the two differences agree) and Pearson.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

Matrix = NDArray[np.float64]


def as_matrix(rows: Sequence[Sequence[float | None]] | ArrayLike) -> Matrix:
    """A float matrix with NaN for ``None``."""
    return np.array([[np.nan if v is None else float(v) for v in row] for row in rows], dtype=np.float64)  # type: ignore[union-attr]


# --- Kendall sufficient statistics ---------------------------------------------------------------------


@dataclass(frozen=True)
class TauStats:
    """Pair counts: concordant, discordant, tied only in human, only in metric, in both."""

    con: int
    dis: int
    ties_human: int
    ties_metric: int
    ties_both: int

    @property
    def pairs(self) -> int:
        return self.con + self.dis + self.ties_human + self.ties_metric + self.ties_both

    def tau_b(self) -> float:
        human_ties = self.ties_human + self.ties_both
        metric_ties = self.ties_metric + self.ties_both
        if human_ties == self.pairs or metric_ties == self.pairs:
            return math.nan
        return (self.con - self.dis) / math.sqrt(self.pairs - human_ties) / math.sqrt(self.pairs - metric_ties)

    def tau_23(self) -> float:
        return (self.con + self.ties_both - self.dis - self.ties_human - self.ties_metric) / self.pairs

    def acc_23(self) -> float:
        return (self.con + self.ties_both) / self.pairs


def tau_stats(human: ArrayLike, metric: ArrayLike, epsilon: float = 0.0, chunk: int = 2048) -> TauStats:
    """Pair counts over two vectors; metric differences ``<= epsilon`` in absolute value are ties.

    O(n^2) in pairs but chunked, so a few thousand cells stay cheap in memory.
    """
    h = np.asarray(human, dtype=np.float64)
    m = np.asarray(metric, dtype=np.float64)
    if h.shape != m.shape or h.ndim != 1:
        raise ValueError("human and metric must be vectors of the same length")
    con = dis = t_h = t_m = t_hm = 0
    n = len(h)
    for start in range(0, n, chunk):
        rows = slice(start, min(n, start + chunk))
        dh = h[rows, None] - h[None, :]
        dm = m[rows, None] - m[None, :]
        # only pairs i < j: column index greater than the row's own index
        upper = np.arange(n)[None, :] > np.arange(start, rows.stop)[:, None]
        h_tie = dh == 0
        m_tie = np.abs(dm) <= epsilon
        con += int((upper & ~h_tie & ~m_tie & (np.sign(dh) == np.sign(dm))).sum())
        dis += int((upper & ~h_tie & ~m_tie & (np.sign(dh) != np.sign(dm))).sum())
        t_h += int((upper & h_tie & ~m_tie).sum())
        t_m += int((upper & ~h_tie & m_tie).sum())
        t_hm += int((upper & h_tie & m_tie).sum())
    return TauStats(con, dis, t_h, t_m, t_hm)


def _rated(human: Matrix, metric: Matrix) -> tuple[Matrix, Matrix]:
    keep = ~np.isnan(human) & ~np.isnan(metric)
    return human[keep], metric[keep]


def kendall_tau_b(human: Matrix, metric: Matrix, average_by: str = "none") -> float:
    """Kendall tau_b (scipy's, as mt-metrics-eval's ``Correlation.Kendall``) flattened or averaged over items."""
    from scipy.stats import kendalltau

    if average_by == "none":
        h, m = _rated(human, metric)
        return float(kendalltau(h, m, variant="b").statistic)
    if average_by != "item":
        raise ValueError(f"average_by must be 'none' or 'item', not {average_by!r}")
    values = []
    for column in range(human.shape[1]):
        h, m = _rated(human[:, column], metric[:, column])
        if len(h) < 2:
            continue
        value = float(kendalltau(h, m, variant="b").statistic)
        if not math.isnan(value):
            values.append(value)
    return float(np.mean(values)) if values else math.nan


def pearson(human: Matrix, metric: Matrix) -> float:
    """Pearson over all rated cells (``average_by='none'``); NaN when either side is constant."""
    from scipy.stats import pearsonr

    h, m = _rated(human, metric)
    if len(h) < 2 or np.all(h == h[0]) or np.all(m == m[0]):
        return math.nan
    return float(pearsonr(h, m).statistic)


@dataclass(frozen=True)
class TieCalibrated:
    accuracy: float
    epsilon: float


def acc_eq(human: Matrix, metric: Matrix, average_by: str = "item") -> TieCalibrated:
    """Tie-calibrated pairwise accuracy (``acc23`` with the optimal epsilon), averaged over items.

    Same search as mt-metrics-eval's ``tau_optimization``: thresholds are 0 and every absolute metric
    difference of a pair; at threshold t every pair with difference <= t becomes a metric tie; the score
    at t is the mean over items (rows with at least one pair) of the per-item acc23. Because acc23 is
    linear in the pair counts of its item, the sweep is a cumulative sum over pairs sorted by difference.
    """
    groups = [human[:, c] for c in range(human.shape[1])], [metric[:, c] for c in range(metric.shape[1])]
    if average_by == "none":
        groups = [human.ravel()], [metric.ravel()]
    elif average_by != "item":
        raise ValueError(f"average_by must be 'item' or 'none', not {average_by!r}")
    diffs, deltas, weights_base = [], [], []
    base = 0.0
    rows = 0
    for h_all, m_all in zip(*groups, strict=True):
        h, m = _rated(h_all, m_all)
        n = len(h)
        if n < 2:
            continue
        i, j = np.triu_indices(n, 1)
        dh, dm = h[i] - h[j], m[i] - m[j]
        h_tie = dh == 0
        normal = np.where(dm == 0, h_tie, ~h_tie & (np.sign(dh) == np.sign(dm))).astype(np.float64)
        as_tie = h_tie.astype(np.float64)
        weight = 1.0 / len(dh)
        base += normal.sum() * weight
        diffs.append(np.abs(dm))
        deltas.append((as_tie - normal) * weight)
        weights_base.append(weight)
        rows += 1
    if not rows:
        return TieCalibrated(math.nan, 0.0)
    diff = np.concatenate(diffs)
    delta = np.concatenate(deltas)
    order = np.argsort(diff, kind="stable")
    diff, delta = diff[order], delta[order]
    totals = (base + np.cumsum(delta)) / rows
    # the value at a threshold counts every pair whose difference equals it: keep the last of each run
    last = np.r_[diff[1:] != diff[:-1], True]
    thresholds = np.r_[0.0, diff[last]]
    scores = np.r_[base / rows, totals[last]]
    # mt-metrics-eval keeps the first maximum (np.nanargmax); a threshold of 0 that equals the first
    # difference is overwritten there, which changes nothing because both count the same pairs.
    best = int(np.nanargmax(scores))
    return TieCalibrated(float(scores[best]), float(thresholds[best]))


# --- System level ------------------------------------------------------------------------------------


def system_scores(human: Matrix, metric: Matrix) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Per system: mean human score over rated items, mean metric score over all scored items."""
    return np.nanmean(human, axis=1), np.nanmean(metric, axis=1)


def pairwise_accuracy(human: ArrayLike, metric: ArrayLike) -> float:
    """mt-metrics-eval's ``Agreement``: share of system pairs whose differences have the same sign."""
    h = np.asarray(human, dtype=np.float64)
    m = np.asarray(metric, dtype=np.float64)
    i, j = np.triu_indices(len(h), 1)
    if not len(i):
        return math.nan
    return float(np.mean(np.sign(h[i] - h[j]) == np.sign(m[i] - m[j])))


@dataclass(frozen=True)
class Agreement:
    tau_b: float  # flattened
    tau_b_item: float  # averaged over items
    acc_eq: float  # item-grouped, tie-calibrated (WMT23)
    epsilon: float
    pearson: float
    sys_accuracy: float
    sys_pearson: float
    systems: int
    cells: int


def agreement(human: Matrix, metric: Matrix) -> Agreement:
    """Every figure of the benchmark for one metric over one ``systems x items`` matrix."""
    tie = acc_eq(human, metric)
    h_sys, m_sys = system_scores(human, metric)
    return Agreement(
        tau_b=kendall_tau_b(human, metric),
        tau_b_item=kendall_tau_b(human, metric, "item"),
        acc_eq=tie.accuracy,
        epsilon=tie.epsilon,
        pearson=pearson(human, metric),
        sys_accuracy=pairwise_accuracy(h_sys, m_sys),
        sys_pearson=pearson(h_sys[None, :], m_sys[None, :]),
        systems=human.shape[0],
        cells=int((~np.isnan(human) & ~np.isnan(metric)).sum()),
    )
