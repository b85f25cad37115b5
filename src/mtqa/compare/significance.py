"""Paired significance tests for every metric and every pair of engines, on resampled statistics.

Both tests follow sacrebleu's ``--paired-bs`` and ``--paired-ar`` (``sacrebleu/significance.py``),
with the same random draws for the same seed, so their p-values can be checked against sacrebleu's:

- **paired bootstrap resampling** (Koehn 2004): ``numpy.random.default_rng(seed).choice(n, (B, n))``
  draws B resamples of the n units; every engine is scored on the *same* resamples (paired). The
  p-value of a pair is the share of resamples whose centred absolute difference
  ``|d_b| - mean(|d|)`` reaches the observed ``|d|``.
- **paired approximate randomization** (Riezler & Maxwell 2005): ``default_rng(seed).integers(2, (T, n))``
  decides, per trial and unit, whether the two engines swap that unit's output; the p-value is the
  share of trials whose absolute score difference reaches the observed one.

Both p-values are ``(count + 1) / (draws + 1)``. Where sacrebleu counts only differences strictly
*greater* than the observed one, mtqa counts those *at least as large*, which is what a p-value is:
with ``>`` two identical outputs get p = 1/(T+1) and would be declared significantly different.

Corpus scores of resamples come from summed sufficient statistics: a resample's sums are one matrix
product (resample counts x unit statistics), a trial's are ``flips @ a + (total_b - flips @ b)``;
the metric's vectorised formula then scores all rows at once.

Intervals are percentile intervals with sacrebleu's cut-offs (the ``B // 40``-th smallest and largest
of B resamples, a 95 % interval): for each engine's score and for each pair's difference.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np
from numpy.typing import NDArray

from mtqa.compare.model import EngineScore, PairResult, Significance
from mtqa.errors import UsageError

Floats = NDArray[np.float64]
DEFAULT_BOOTSTRAP = 1000
DEFAULT_TRIALS = 10000
DEFAULT_SEED = 12345
DEFAULT_ALPHA = 0.05
TESTS = ("ar", "bs")
# Upper bounds, checked before anything is read: far beyond what a p-value or a 95 % interval needs
# (10,000 draws give p to 1e-4), and below what one unit already makes too large to hold.
MAX_BOOTSTRAP = 1_000_000
MAX_TRIALS = 10_000_000
# The draws of one comparison are held in memory: about 32 bytes per bootstrap resample and unit (the
# indices, their counts and a float copy), 1 byte per trial and unit, and each engine's score in every
# resample (8 bytes, plus three float arrays of a pair's differences while it is analysed). Trials and
# resamples are scored a block at a time (:data:`_BLOCK`), so nothing else grows with their number.
# Over this, the run is refused with the figure, not left to exhaust a shared machine's memory.
MAX_DRAWS_BYTES = 2 * 1024**3
_BYTES_PER_RESAMPLED_UNIT = 32
_BYTES_PER_RESAMPLE_AND_ENGINE = 8
_BYTES_PER_RESAMPLE = 3 * 8


def settings(
    bootstrap: int = DEFAULT_BOOTSTRAP,
    trials: int = DEFAULT_TRIALS,
    seed: int = DEFAULT_SEED,
    test: str = "ar",
    alpha: float = DEFAULT_ALPHA,
) -> Significance:
    """Validated significance settings."""
    if bootstrap < 2:
        raise UsageError(f"--bootstrap must be at least 2 resamples, not {bootstrap}")
    if bootstrap > MAX_BOOTSTRAP:
        raise UsageError(f"--bootstrap must be at most {MAX_BOOTSTRAP:,} resamples, not {bootstrap:,}")
    if trials < 2:
        raise UsageError(f"--ar-trials must be at least 2 trials, not {trials}")
    if trials > MAX_TRIALS:
        raise UsageError(f"--ar-trials must be at most {MAX_TRIALS:,} trials, not {trials:,}")
    if test not in TESTS:
        raise UsageError(f"--test must be ar or bs, not {test!r}")
    if not 0 < alpha < 1:
        raise UsageError(f"--alpha must be between 0 and 1, not {alpha:g}")
    if seed < 0:
        raise UsageError(f"--seed must be >= 0, not {seed}")
    return Significance(bootstrap, trials, seed, test, alpha)


@dataclass(frozen=True)
class Draws:
    """The random draws shared by every metric and engine of one comparison."""

    counts: Floats  # (B, n): how often each unit appears in each bootstrap resample
    flips: NDArray[np.bool_]  # (T, n): True where the trial gives the first engine's unit to the first pseudo-system

    @classmethod
    def make(cls, units: int, significance: Significance, engines: int = 2) -> Draws:
        check_memory(units, significance, engines)
        rng = np.random.default_rng(significance.seed)
        indices = rng.choice(units, size=(significance.bootstrap, units), replace=True)
        rows = np.repeat(np.arange(significance.bootstrap), units)
        counts = np.bincount(rows * units + indices.ravel(), minlength=significance.bootstrap * units)
        flips = np.random.default_rng(significance.seed).integers(2, size=(significance.trials, units), dtype=bool)
        return cls(counts.reshape(significance.bootstrap, units).astype(np.float64), flips)

    def flipped(self, statistics: Floats, chunk: int = 2000) -> Floats:
        """``flips @ statistics``, a block of trials at a time (a float copy of all flips can be large)."""
        return np.concatenate(
            [
                self.flips[start : start + chunk].astype(np.float64) @ statistics
                for start in range(0, len(self.flips), chunk)
            ]
        )


def draws_bytes(units: int, significance: Significance, engines: int = 2) -> int:
    """About how many bytes the draws of ``units`` units take (:meth:`Draws.make`), with what
    :func:`analyse` holds for ``engines`` engines."""
    per_resample = units * _BYTES_PER_RESAMPLED_UNIT + engines * _BYTES_PER_RESAMPLE_AND_ENGINE + _BYTES_PER_RESAMPLE
    return significance.bootstrap * per_resample + units * significance.trials


def check_memory(units: int, significance: Significance, engines: int = 2) -> None:
    """Refuse (:class:`~mtqa.errors.UsageError`) draws over :data:`MAX_DRAWS_BYTES`, naming the options
    that make them so large: the input is not the cause, and a smaller number of draws is the fix."""
    need = draws_bytes(units, significance, engines)
    if need <= MAX_DRAWS_BYTES:
        return
    raise UsageError(
        f"--bootstrap {significance.bootstrap:,} and --ar-trials {significance.trials:,} over {units:,} units "
        f"need about {need / 1024**3:.1f} GiB of memory (at most {MAX_DRAWS_BYTES // 1024**3} GiB): "
        "give fewer resamples or trials"
    )


def interval(values: Floats) -> tuple[float, float]:
    """sacrebleu's 95 % percentile interval: the (n // 40)-th smallest and largest values."""
    ordered = np.sort(values)
    cut = len(ordered) // 40
    return float(ordered[cut]), float(ordered[len(ordered) - cut - 1])


def p_value(draws: Floats, observed: float, *, strict: bool = False) -> float:
    """(count of draws >= observed, + 1) / (draws + 1), with a relative tolerance for float noise.

    ``strict`` counts only draws > observed, as sacrebleu does (kept to compare with sacrebleu).
    """
    return (_count_reaching(draws, observed, strict) + 1) / (len(draws) + 1)


@dataclass(frozen=True)
class MetricSignificance:
    scores: tuple[EngineScore, ...]
    pairs: tuple[PairResult, ...]


def analyse(
    engines: Sequence[str],
    unit_statistics: Sequence[Floats],
    score_rows: Callable[[Floats], Floats],
    score_one: Callable[[Floats], float],
    draws: Draws,
    significance: Significance,
    higher_is_better: bool | None,
    *,
    strict: bool = False,
) -> MetricSignificance:
    """Scores with intervals, and every pair's difference, interval and p-values, for one metric.

    ``engines`` are sorted by name; ``unit_statistics[i]`` is engine i's (units x d) statistics.
    ``strict`` uses sacrebleu's ">" when counting draws (for comparisons with sacrebleu only).
    """
    width = unit_statistics[0].shape[1]
    stacked = np.concatenate(unit_statistics, axis=1)  # (n, E*d): one product for all engines
    totals = stacked.sum(axis=0)
    observed = [score_one(totals[i * width : (i + 1) * width]) for i in range(len(engines))]
    boot = _bootstrap_scores(draws, stacked, score_rows, len(engines), width)
    pair_indices = list(combinations(range(len(engines)), 2))
    deltas = [observed[i] - observed[j] for i, j in pair_indices]
    reached = _ar_reached(draws, stacked, score_rows, totals, width, pair_indices, deltas, strict=strict)
    scores = []
    for name, value, samples in zip(engines, observed, boot, strict=True):
        low, high = interval(samples)
        scores.append(EngineScore(name, value, low, high, float(samples.mean())))
    pairs = []
    for (i, j), delta, count in zip(pair_indices, deltas, reached, strict=True):
        differences = boot[i] - boot[j]
        magnitudes = np.abs(differences)
        p_bs = p_value(magnitudes - magnitudes.mean(), abs(delta), strict=strict)
        p_ar = (count + 1) / (len(draws.flips) + 1)
        low, high = interval(differences)
        p = p_ar if significance.test == "ar" else p_bs
        pairs.append(
            PairResult(
                engines[i],
                engines[j],
                delta,
                low,
                high,
                p_bs,
                p_ar,
                _better(engines[i], engines[j], delta, p, significance.alpha, higher_is_better),
            )
        )
    return MetricSignificance(tuple(scores), tuple(pairs))


# Trials and resamples are scored this many at a time: the float products of a block, not of every draw,
# are held, so their memory does not grow with --ar-trials or --bootstrap.
_BLOCK = 2000


def _bootstrap_scores(
    draws: Draws, stacked: Floats, score_rows: Callable[[Floats], Floats], engines: int, width: int
) -> list[Floats]:
    """Each engine's score in every bootstrap resample, a block of resamples at a time."""
    parts: list[list[Floats]] = [[] for _ in range(engines)]
    for start in range(0, len(draws.counts), _BLOCK):
        resampled = draws.counts[start : start + _BLOCK] @ stacked
        for i in range(engines):
            parts[i].append(score_rows(resampled[:, i * width : (i + 1) * width]))
    return [np.concatenate(engine) for engine in parts]


def _ar_reached(
    draws: Draws,
    stacked: Floats,
    score_rows: Callable[[Floats], Floats],
    totals: Floats,
    width: int,
    pair_indices: Sequence[tuple[int, int]],
    deltas: Sequence[float],
    *,
    strict: bool,
) -> list[int]:
    """For each pair of engines, how many approximate-randomisation trials reach its observed difference
    (the count :func:`p_value` makes), a block of trials at a time: only the count of each block is kept."""
    reached = [0] * len(pair_indices)
    for start in range(0, len(draws.flips), _BLOCK):
        flipped = draws.flips[start : start + _BLOCK].astype(np.float64) @ stacked
        for k, ((i, j), delta) in enumerate(zip(pair_indices, deltas, strict=True)):
            block_i, block_j = slice(i * width, (i + 1) * width), slice(j * width, (j + 1) * width)
            first = flipped[:, block_i] + (totals[block_j] - flipped[:, block_j])
            second = (totals[block_i] - flipped[:, block_i]) + flipped[:, block_j]
            reached[k] += _count_reaching(np.abs(score_rows(first) - score_rows(second)), abs(delta), strict)
    return reached


def _count_reaching(draws: Floats, observed: float, strict: bool) -> int:
    tolerance = 1e-12 * max(1.0, abs(observed))
    return int(np.sum(draws > observed + tolerance)) if strict else int(np.sum(draws >= observed - tolerance))


def _better(a: str, b: str, delta: float, p: float, alpha: float, higher_is_better: bool | None) -> str | None:
    if higher_is_better is None or p >= alpha or delta == 0:
        return None
    return a if (delta > 0) == higher_is_better else b
