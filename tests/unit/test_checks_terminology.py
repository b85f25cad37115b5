"""Golden table and properties of the terminology family."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.config import CheckConfig
from tests.checks_helpers import STRESS_ALPHABET, assert_robust, failing_ids, findings_for

CONFIG = CheckConfig(
    glossary={
        "deposit rate": "taux de rémunération des dépôts",
        "core inflation": "inflation sous-jacente",
        "template editor": "éditeur de modèles",
        "Leitzins": "taux directeur",
    },
    do_not_translate=("Quantum Leap", "Kubernetes"),
)

# (source, target, source language, target language, expected failing check ids of the family)
CASES = [
    # terminology.glossary
    (
        "The deposit rate now stands at 2.75%.",
        "Le taux de dépôt s'établit à 2,75 %.",
        "en",
        "fr",
        {"terminology.glossary"},
    ),
    ("Core inflation eased.", "L'inflation de base a ralenti.", "en", "fr", {"terminology.glossary"}),
    (
        "Both template editors were rewritten.",
        "Les deux éditeurs de gabarits ont été réécrits.",
        "en",
        "fr",
        {"terminology.glossary"},
    ),
    ("Die Bank senkte den Leitzins.", "La banque a baissé son taux de base.", "de", "fr", {"terminology.glossary"}),
    # terminology.do_not_translate
    (
        "Korvel ships Quantum Leap today.",
        "Korvel livre Saut Quantique aujourd'hui.",
        "en",
        "fr",
        {"terminology.do_not_translate"},
    ),
    ("It runs on Kubernetes.", "Il fonctionne sur kubernetes.", "en", "fr", {"terminology.do_not_translate"}),
    # passing
    (
        "The deposit rate now stands at 2.75%.",
        "Le taux de rémunération des dépôts s'établit à 2,75 %.",
        "en",
        "fr",
        set(),
    ),
    ("Core inflation eased.", "L'Inflation sous-jacente a ralenti.", "en", "fr", set()),
    ("Both template editors were rewritten.", "Les deux éditeurs de modèles ont été réécrits.", "en", "fr", set()),
    ("Die Bank senkte den Leitzins.", "La banque a baissé son taux directeur.", "de", "fr", set()),
    ("Korvel ships Quantum Leap today.", "Korvel livre Quantum Leap aujourd'hui.", "en", "fr", set()),
    ("It runs on Kubernetes.", "Il fonctionne sur Kubernetes.", "en", "fr", set()),
    ("Deposits rose.", "Les dépôts ont augmenté.", "en", "fr", set()),
]


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang", "expected"), CASES)
def test_golden(source: str, target: str, source_lang: str, target_lang: str, expected: set[str]) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("terminology",), config=CONFIG)
    assert failing_ids(findings) == expected, [(f.check, f.excerpt, f.message) for f in findings]


def test_glossary_finding_has_suggestion_and_source_span() -> None:
    source = "The deposit rate now stands at 2.75%."
    findings = findings_for(
        source, "Le taux de dépôt s'établit à 2,75 %.", "en", "fr", checks=("terminology",), config=CONFIG
    )
    assert [(f.suggestion, f.severity, f.category) for f in findings] == [
        ("taux de rémunération des dépôts", "major", "terminology")
    ]
    span = findings[0].source_span
    assert span is not None and source[span.start : span.end] == "deposit rate"


def test_no_configuration_no_findings() -> None:
    assert findings_for("The deposit rate rose.", "Le taux a augmenté.", "en", "fr", checks=("terminology",)) == ()


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.sampled_from(["fr", "de", "en", "und"]),
)
def test_never_crashes(source: str, target: str, lang: str) -> None:
    assert_robust("terminology", source, target, "en", lang)


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=20), st.text(min_size=0, max_size=20), st.text(min_size=1, max_size=60))
def test_never_crashes_on_any_configured_term(term: str, required: str, text: str) -> None:
    config = CheckConfig(glossary={term: required}, do_not_translate=(term,))
    findings_for(text + " " + term, text, "en", "fr", checks=("terminology",), config=config)


def test_do_not_translate_kept_once_and_translated_once_in_one_paragraph() -> None:
    source = "Korvel ships Quantum Leap today. Korvel said Quantum Leap is fast."
    target = "Korvel livre Quantum Leap aujourd'hui. Korvel a déclaré que Saut Quantique est rapide."
    findings = findings_for(source, target, "en", "fr", checks=("terminology",), config=CONFIG)
    assert [(f.check, f.excerpt) for f in findings] == [
        ("terminology.do_not_translate", "Korvel a déclaré que Saut Quantique est rapide.")
    ]
