"""Paired bootstrap and approximate randomization: agreement with sacrebleu, known answers."""

from __future__ import annotations

import numpy as np
import pytest
from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.ter import TER
from sacrebleu.significance import PairedTest

from mtqa.compare.significance import Draws, analyse, draws_bytes, interval, p_value, settings
from mtqa.errors import UsageError
from mtqa.score.reference import corpus_score, segment_statistics, vector_scores
from tests.fakes import WORDS


def _system(rng: np.random.Generator, references: list[str], noise: float) -> list[str]:
    """Each reference word is kept, or replaced by a random word with probability ``noise``."""
    return [
        " ".join(word if rng.random() > noise else str(rng.choice(WORDS)) for word in line.split())
        for line in references
    ]


@pytest.fixture(scope="module")
def corpus() -> tuple[list[str], dict[str, list[str]]]:
    rng = np.random.default_rng(7)
    references = [" ".join(rng.choice(WORDS, size=int(rng.integers(4, 14)))) + " ." for _ in range(80)]
    systems = {
        "base": _system(rng, references, 0.35),
        "close": _system(rng, references, 0.37),
        "good": _system(rng, references, 0.10),
    }
    return references, systems


@pytest.mark.parametrize(
    "factory", [BLEU, CHRF, lambda: CHRF(word_order=2), TER], ids=["BLEU", "chrF", "chrF++", "TER"]
)
@pytest.mark.parametrize("test", ["bs", "ar"])
def test_p_values_agree_with_sacrebleus_paired_tests(
    monkeypatch: pytest.MonkeyPatch, corpus: tuple[list[str], dict[str, list[str]]], factory: object, test: str
) -> None:
    monkeypatch.delenv("SACREBLEU_SEED", raising=False)
    references, systems = corpus
    names = ["base", "close", "good"]
    samples = 300 if test == "bs" else 2000
    metric = factory()  # type: ignore[operator]
    signatures, results = PairedTest(
        [(name, systems[name]) for name in names], {"m": metric}, [references], test_type=test, n_samples=samples
    )()
    del signatures
    (score_name,) = [key for key in results if key != "System"]
    sacrebleu_p = {name: results[score_name][i].p_value for i, name in enumerate(names) if i}

    ours_metric = factory()  # type: ignore[operator]
    stats = [segment_statistics(ours_metric, systems[name], [references]) for name in names]
    tests = settings(bootstrap=samples if test == "bs" else 2, trials=samples if test == "ar" else 2, test=test)
    draws = Draws.make(len(references), tests)

    def p_values(strict: bool) -> dict[str, float]:
        result = analyse(
            names,
            stats,
            lambda rows: vector_scores(ours_metric, rows),
            lambda summed: corpus_score(ours_metric, summed),
            draws,
            tests,
            higher_is_better=not isinstance(ours_metric, TER),
            strict=strict,
        )
        pairs = {p.b if p.a == "base" else p.a: p for p in result.pairs if "base" in (p.a, p.b)}
        return {name: pair.p_bootstrap if test == "bs" else pair.p_ar for name, pair in pairs.items()}

    strict, counted = p_values(strict=True), p_values(strict=False)
    for other in ("close", "good"):
        # Equal up to one draw: sacrebleu sums bootstrap statistics in float32 (mtqa in float64).
        assert strict[other] == pytest.approx(sacrebleu_p[other], abs=1.01 / (samples + 1))
        # Counting ties too can only raise a p-value (TER's discrete differences tie often).
        assert counted[other] >= strict[other]


def _analyse(first: np.ndarray, second: np.ndarray, **options: object) -> object:
    tests = settings(bootstrap=500, trials=2000, **options)  # type: ignore[arg-type]
    mean = lambda rows: rows[:, 0] / np.maximum(rows[:, 1], 1)  # noqa: E731
    return analyse(
        ["a", "b"],
        [first, second],
        mean,
        lambda summed: float(mean(summed[None, :])[0]),
        Draws.make(len(first), tests),
        tests,
        higher_is_better=True,
    )


def test_a_known_difference_is_detected_by_both_tests() -> None:
    rng = np.random.default_rng(0)
    ones = np.ones(200)
    a = np.column_stack([rng.normal(0.70, 0.1, 200), ones])
    b = np.column_stack([rng.normal(0.60, 0.1, 200), ones])
    (pair,) = _analyse(a, b).pairs  # type: ignore[attr-defined]
    assert pair.delta == pytest.approx(a[:, 0].mean() - b[:, 0].mean())
    assert pair.p_ar < 0.001 and pair.p_bootstrap < 0.01
    assert pair.better == "a"
    assert pair.delta_ci_low > 0 and pair.delta_ci_high > pair.delta_ci_low


def test_identical_outputs_are_never_significant() -> None:
    values = np.column_stack([np.random.default_rng(1).normal(0.7, 0.1, 150), np.ones(150)])
    result = _analyse(values, values.copy())
    (pair,) = result.pairs  # type: ignore[attr-defined]
    assert pair.p_ar == 1.0 and pair.p_bootstrap == 1.0
    assert pair.better is None and pair.delta == 0
    first, second = result.scores  # type: ignore[attr-defined]
    assert (first.ci_low, first.ci_high) == (second.ci_low, second.ci_high)


def test_one_differing_unit_is_no_evidence() -> None:
    # sacrebleu's strict ">" would give p = 1/(T+1) here: every trial reproduces the observed difference.
    values = np.column_stack([np.full(100, 0.5), np.ones(100)])
    other = values.copy()
    other[3, 0] = 0.9
    (pair,) = _analyse(values, other).pairs  # type: ignore[attr-defined]
    assert pair.p_ar == 1.0 and pair.better is None


def test_draws_are_sacrebleus_and_reproducible() -> None:
    tests = settings(bootstrap=50, trials=40, seed=12345)
    draws = Draws.make(30, tests)
    assert draws.counts.shape == (50, 30) and np.all(draws.counts.sum(axis=1) == 30)
    indices = np.random.default_rng(12345).choice(30, size=(50, 30), replace=True)
    assert np.array_equal(draws.counts[7], np.bincount(indices[7], minlength=30))
    flips = np.random.default_rng(12345).integers(2, size=(40, 30), dtype=bool)
    assert np.array_equal(draws.flips, flips)
    again = Draws.make(30, tests)
    assert np.array_equal(again.counts, draws.counts) and np.array_equal(again.flips, draws.flips)
    assert not np.array_equal(Draws.make(30, settings(bootstrap=50, trials=40, seed=1)).counts, draws.counts)
    statistics = np.arange(60, dtype=np.float64).reshape(30, 2)
    assert np.array_equal(draws.flipped(statistics, chunk=7), draws.flips.astype(np.float64) @ statistics)


def test_interval_uses_sacrebleus_cut_offs() -> None:
    values = np.arange(1000, dtype=np.float64)[::-1]
    assert interval(values) == (25.0, 974.0)


def test_p_value_counts_draws_at_least_as_large() -> None:
    assert p_value(np.array([0.0, 1.0, 2.0, 3.0]), 2.0) == 3 / 5
    assert p_value(np.zeros(9), 0.0) == 1.0


@pytest.mark.parametrize(
    "options",
    [
        {"bootstrap": 1},
        {"trials": 0},
        {"test": "t"},
        {"alpha": 0.0},
        {"alpha": 1.5},
        {"seed": -1},
        {"bootstrap": 20_000_000},  # was accepted, then ran out of memory on a 4-line input
        {"trials": 200_000_000},
    ],
)
def test_bad_settings_are_usage_errors(options: dict[str, object]) -> None:
    with pytest.raises(UsageError):
        settings(**options)  # type: ignore[arg-type]


def test_draws_too_large_to_hold_are_refused_naming_the_options() -> None:
    assert settings(bootstrap=1_000_000, trials=10_000_000)  # the upper bounds themselves are accepted
    small = settings(bootstrap=1000, trials=10_000)
    assert Draws.make(5000, small).counts.shape == (1000, 5000)
    with pytest.raises(
        UsageError, match=r"--bootstrap 1,000,000 and --ar-trials 10,000 over 100 units need about 3\.0 GiB"
    ):
        Draws.make(100, settings(bootstrap=1_000_000, trials=10_000))
    with pytest.raises(UsageError, match="give fewer resamples or trials"):
        Draws.make(1000, settings(bootstrap=2, trials=10_000_000))


def test_the_memory_estimate_bounds_what_the_draws_and_the_analysis_hold() -> None:
    # Few units, many trials and resamples, three engines, a wide statistic (chrF's): the per-trial
    # float products were held whole (8 bytes x engines x width a trial, 10-40x the estimate).
    import tracemalloc

    rng = np.random.default_rng(3)
    engines = [np.column_stack([rng.random((5, 19)), np.ones(5)]) for _ in range(3)]
    tests = settings(bootstrap=20_000, trials=200_000)
    mean = lambda rows: rows[:, 0] / np.maximum(rows[:, -1], 1)  # noqa: E731
    tracemalloc.start()
    try:
        draws = Draws.make(5, tests, engines=3)
        analyse(["a", "b", "c"], engines, mean, lambda row: float(mean(row[None, :])[0]), draws, tests, True)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak <= draws_bytes(5, tests, engines=3) + 4_000_000  # + a block's products, whatever the draws


def test_signature_is_sacrebleu_style() -> None:
    assert settings().signature == "bs:1000|ar:10000|seed:12345|test:ar|alpha:0.05"
