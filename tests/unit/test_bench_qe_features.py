"""The candidate signals of bench/qe_features.py and the extra columns they add to bench/qe_fit.py's estimate."""

from __future__ import annotations

import math

import numpy as np
import pytest

# bench.qe_features puts bench/ on the path its modules import each other from, so it comes first
from bench.qe_features import Dataset, house_style_findings, rare_words, rarity, shortness, unknown_words
from bench.qe_fit import Cell, _penalty_with_signals, design
from mtqa.model import Finding
from mtqa.score.estimate import FEATURES, QualityModel, bead_features, expected_penalty

SOURCES = ("The cat sleeps on the mat in Paris.", "It has been raining since this morning.")
OUTPUTS = {
    "good": ("Le chat dort sur le tapis à Paris.", "Il pleut depuis ce matin."),
    "garbled": ("Le chat dort sur le regarddog à Paris.", "Il pleut."),
}
DATASET = Dataset(
    name="toy", source_lang="en", target_lang="fr", sources=SOURCES, docs=("d", "d"), outputs=OUTPUTS,
    gold={"good": (0.0, 0.0), "garbled": (-5.0, -5.0)}, humans=frozenset(), reference=None,
)  # fmt: skip


def _cell(system: str, item: int, findings: tuple[Finding, ...] = ()) -> Cell:
    return Cell(system, item, SOURCES[item], OUTPUTS[system][item], {}, findings, DATASET.gold[system][item], False)


def _finding(category: str, severity: str = "minor") -> Finding:
    return Finding("test.check", category, severity, "message", "excerpt")  # type: ignore[arg-type]


def test_a_non_word_counts_as_unknown_and_rare() -> None:
    # "regarddog" is in no French list: 1 of the 5 words of 3+ letters (copied "Paris" counts as known)
    assert unknown_words(DATASET, _cell("good", 0)) == 0.0
    assert unknown_words(DATASET, _cell("garbled", 0)) == pytest.approx(1 / 5)
    assert rare_words(DATASET, _cell("garbled", 0)) >= unknown_words(DATASET, _cell("garbled", 0))
    assert rarity(DATASET, _cell("garbled", 0)) > rarity(DATASET, _cell("good", 0))


def test_a_language_without_a_word_list_gives_no_signal() -> None:
    unlisted = Dataset(**{**DATASET.__dict__, "target_lang": "tlh"})
    assert unknown_words(unlisted, _cell("garbled", 0)) == 0.0
    assert rarity(unlisted, _cell("garbled", 0)) == 0.0


def test_house_style_findings_count_minor_spelling_and_typography_only() -> None:
    findings = (
        _finding("spelling"), _finding("typography"), _finding("typography"), _finding("spelling", "major"),
        _finding("omission"), _finding("punctuation"),
    )  # fmt: skip
    assert house_style_findings(DATASET, _cell("good", 0, findings)) == 3.0
    assert house_style_findings(DATASET, _cell("good", 0, findings * 3)) == 3.0  # capped like the others


def test_shortness_is_measured_from_the_systems_own_median() -> None:
    signal = shortness()
    # "Il pleut." is much shorter than the system's median ratio; the longer output is not short at all
    assert signal(DATASET, _cell("garbled", 1)) > 0.5
    assert signal(DATASET, _cell("garbled", 0)) == 0.0


def _model(names: tuple[str, ...]) -> QualityModel:
    return QualityModel(
        weights={name: 0.1 * (i + 1) for i, name in enumerate(names)}, intercept=-2.0, scale=1.3,
        source_length=0.7, similarity={}, expansion={"en": 1.0, "fr": 1.17}, midpoint=100.0,
        reference=dict.fromkeys(names, 0.0),
    )  # fmt: skip


def test_design_appends_one_column_per_signal() -> None:
    model = _model(FEATURES)
    plain, _ = design(DATASET, [_cell("good", 0), _cell("garbled", 0)], model, "use-m3")
    extended, _ = design(
        DATASET, [_cell("good", 0), _cell("garbled", 0)], model, "use-m3", signals={"unknown": unknown_words}
    )
    assert extended.shape == (2, len(FEATURES) + 1)
    np.testing.assert_array_equal(extended[:, :-1], plain)
    assert extended[:, -1].tolist() == [0.0, pytest.approx(1 / 5)]


def test_the_penalty_with_signals_is_the_runtime_formula() -> None:
    cell = _cell("garbled", 0)
    base = _model(FEATURES)
    features = bead_features(
        cell.source, cell.target, similarity=None, findings=(), encoder="use-m3", norm=math.log(1.17), model=base
    )
    values = np.array([features[name] for name in FEATURES])
    assert _penalty_with_signals(values, cell, base) == pytest.approx(
        expected_penalty(features, len(cell.source), base)
    )
    # a signal's weight multiplies its value like any feature's
    extended = _model((*FEATURES, "extra"))
    with_signal = _penalty_with_signals(np.r_[values, 2.0], cell, extended)
    without = _penalty_with_signals(np.r_[values, 0.0], cell, extended)
    assert with_signal / without == pytest.approx(math.exp(extended.scale * extended.weights["extra"] * 2.0))
