"""The cross-system consensus of bench/qe_consensus.py: sacrebleu's chrF numbers, pools, flipped pairs."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sacrebleu import corpus_chrf, sentence_chrf

from bench.qe_consensus import Agreements, chrf, consensus, flips, pair_statistics
from bench.qe_data import Dataset

OUTPUTS = [
    ["Le chat dort sur le tapis.", "Il pleut depuis ce matin."],
    ["Le chat dort sur la natte.", "Il pleut depuis le matin."],
    ["Un chien mange dehors.", "Il fait beau."],
]


def _statistics() -> np.ndarray:
    """systems x systems x items, as ``agreements`` stacks them."""
    return np.stack([pair_statistics([system[item] for system in OUTPUTS]) for item in range(2)], axis=2)


def test_sentence_chrf_equals_sacrebleu() -> None:
    stats = pair_statistics([OUTPUTS[0][0], OUTPUTS[1][0], OUTPUTS[2][0]])
    for a in range(3):
        for b in range(3):
            if a != b:
                expected = sentence_chrf(OUTPUTS[a][0], [OUTPUTS[b][0]]).score
                assert chrf(stats[a, b]) == pytest.approx(expected, abs=1e-9)


def test_corpus_chrf_of_summed_statistics_equals_sacrebleu() -> None:
    summed = np.nansum(_statistics()[0, 2], axis=0)
    assert chrf(summed) == pytest.approx(corpus_chrf(OUTPUTS[0], [OUTPUTS[2]]).score, abs=1e-9)


def test_diagonal_and_empty_outputs_have_no_statistics() -> None:
    stats = pair_statistics(["Bonjour.", "", "Bonsoir."])
    assert np.isnan(stats[0, 0]).all()
    assert np.isnan(stats[0, 1]).all() and np.isnan(stats[1, 2]).all()
    assert not np.isnan(stats[0, 2]).any()
    assert math.isnan(float(chrf(stats[0, 1])))


def test_the_outlier_gets_the_lowest_consensus() -> None:
    agree = Agreements(_statistics(), np.zeros((3, 3, 2)))
    for signal in ("chrF corpus", "chrF segment"):
        scores = consensus(agree, np.ones(3, dtype=bool), signal)
        assert int(np.argmin(scores)) == 2


def test_a_system_outside_the_pool_does_not_vote() -> None:
    cosine = np.array([[[np.nan], [0.9], [0.1]], [[0.9], [np.nan], [0.2]], [[0.1], [0.2], [np.nan]]])
    agree = Agreements(np.full((3, 3, 1, 18), np.nan), cosine)
    voters = np.array([True, True, False])
    scores = consensus(agree, voters, "cosine")
    # system 0 is scored against system 1 only, and system 2 (not a voter) against both others
    assert scores == pytest.approx([0.9, 0.9, 0.15])


def test_flips_lists_the_pairs_ordered_against_the_humans() -> None:
    dataset = Dataset(
        name="toy", source_lang="en", target_lang="fr", sources=("a", "b"), docs=("d", "d"),
        outputs={"ref": ("x", "y"), "mt1": ("x", "y"), "mt2": ("x", "y")},
        gold={"ref": (0.0, 0.0), "mt1": (-1.0, -1.0), "mt2": (-3.0, -3.0)},
        humans=frozenset({"ref"}), reference="ref",
    )  # fmt: skip
    # systems are sorted: mt1, mt2, ref; the metric puts ref last
    lines = flips(dataset, np.array([2.0, 1.0, 0.0]))
    assert lines == [(3.0, "ref (human)", "mt2"), (1.0, "ref (human)", "mt1")]
    assert flips(dataset, np.array([1.0, 0.0, 2.0])) == []
