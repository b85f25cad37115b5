"""Golden table of the polarity family: meanings turned into their opposite on a closed set of words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.checks.polarity import lexicon
from mtqa.lang import Language
from tests.checks_helpers import STRESS_ALPHABET, assert_robust, findings_for

OPPOSITE = "polarity.opposite"

# (source, target, source language, target language, excerpt found or None). Other wordings and other
# language pairs than the blind articles' that motivated the check.
CASES = [
    # rising and falling
    (
        "Sales increased by 3% last quarter.",
        "Les ventes ont diminué de 3 % au dernier trimestre.",
        "en",
        "fr",
        "diminué",
    ),
    ("Las ventas cayeron un 5 % en mayo.", "Sales rose 5% in May.", "es", "en", "rose"),
    ("Die Mieten sind 2023 gestiegen.", "Rents fell in 2023.", "de", "en", "fell"),
    ("The price of coal rose sharply.", "Cena węgla gwałtownie spadła.", "en", "pl", "spadła"),
    (
        "Visitor numbers increased last summer.",
        "Il numero di visitatori è calato la scorsa estate.",
        "en",
        "it",
        "calato",
    ),
    ("O desemprego caiu em abril.", "Unemployment rose in April.", "pt", "en", "rose"),
    ("Exports rose by 4% in March.", "Les exportations ont progressé de 4 % en mars.", "en", "fr", None),
    ("Unemployment decreased again.", "Le chômage a encore reculé.", "en", "fr", None),
    # more and less, above and below
    ("Es wurden deutlich weniger Fische gezählt.", "Significantly more fish were counted.", "de", "en", "more"),
    (
        "Turnout was well below the national average.",
        "Die Beteiligung lag weit über dem Landesschnitt.",
        "en",
        "de",
        "weit über",
    ),
    ("Children under 3 years travel free.", "Kinderen boven 3 jaar reizen gratis.", "en", "nl", "boven"),
    (
        "Children under 3 years travel free.",
        "Les enfants de plus de 3 ans voyagent gratuitement.",
        "en",
        "fr",
        "plus de",
    ),
    ("Over 3 years, the plan will cost less.", "Sur 3 ans, le plan coûtera moins cher.", "en", "fr", None),
    # "over" and "über" before a number may mean "about" or "during": never reported
    (
        "The row over 2 seats left the party weaker.",
        "La querelle autour de 2 sièges a rendu le parti moins fort.",
        "en",
        "fr",
        None,
    ),
    (
        "Der Bericht über 12 Länder zeigt einen Rückgang der Armut.",
        "The report on 12 countries shows less poverty.",
        "de",
        "en",
        None,
    ),
    ("Il y a moins de touristes cette année.", "There are fewer tourists this year.", "fr", "en", None),
    ("Ahora llegan menos turistas que antes.", "Now more tourists arrive than before.", "es", "en", "more"),
    ("Il treno è in ritardo ogni mattina.", "The train is late every evening.", "it", "en", "evening"),
    # double and half
    ("Le trafic a doublé en dix ans.", "Traffic halved in ten years.", "fr", "en", "halved"),
    ("Output will double by 2030.", "Die Produktion wird sich bis 2030 halbieren.", "en", "de", "halbieren"),
    # relative dates and day periods (CLDR)
    ("The law took effect last month.", "A lei entrou em vigor no próximo mês.", "en", "pt", "próximo mês"),
    ("The law took effect last month.", "Lagen trädde i kraft nästa månad.", "en", "sv", "nästa månad"),
    ("The minister spoke yesterday.", "El ministro habló mañana.", "en", "es", "mañana"),
    (
        "Last year prices rose; next year they will fall.",
        "L'année dernière, les prix ont augmenté ; l'année prochaine, ils baisseront.",
        "en",
        "fr",
        None,
    ),
    ("The ferry sails every morning.", "Die Fähre fährt jeden Abend.", "en", "de", "jeden Abend"),
    ("Les gardiens ferment le parc le soir.", "The wardens close the park in the morning.", "fr", "en", "morning"),
    # frequencies
    ("Take the tablets twice a day.", "Nehmen Sie die Tabletten zweimal pro Woche.", "en", "de", "pro Woche"),
    ("Het water wordt dagelijks gecontroleerd.", "The water is checked every week.", "nl", "en", "every week"),
    ("Le médicament se prend trois fois par jour.", "The drug is taken three times a week.", "fr", "en", "a week"),
    ("The report is published every month.", "Il rapporto viene pubblicato ogni mese.", "en", "it", None),
    (
        "A year later, sales were up 5% a month.",
        "Un an plus tard, les ventes progressaient de 5 % par mois.",
        "en",
        "fr",
        None,
    ),
    # negation on one side only: not judged; idioms are read as a whole
    ("Prices did not rise in May.", "Les prix ont baissé en mai.", "en", "fr", None),
    ("Les prix n'ont pas baissé en mai.", "Prices rose in May.", "fr", "en", None),
    ("Le bruit a augmenté après qu'il s'est endormi.", "The noise got louder after he fell asleep.", "fr", "en", None),
    # the idiom alone keeps this one silent: with "fell below" it is reported
    (
        "Le tourisme a augmenté cette année, sans atteindre l'objectif.",
        "Tourism did well this year but fell short of the target.",
        "fr",
        "en",
        None,
    ),
    (
        "Le tourisme a augmenté cette année, sans atteindre l'objectif.",
        "Tourism did well this year but fell below the target.",
        "fr",
        "en",
        "fell",
    ),
    (
        "The bill must be paid no later than Friday.",
        "La facture doit être payée au plus tard vendredi.",
        "en",
        "fr",
        None,
    ),
]


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang", "excerpt"), CASES)
def test_golden(source: str, target: str, source_lang: str, target_lang: str, excerpt: str | None) -> None:
    found = [f.excerpt for f in findings_for(source, target, source_lang, target_lang, checks=(OPPOSITE,))]
    assert found == ([excerpt] if excerpt else [])


def test_the_finding_names_both_words_and_the_source_span() -> None:
    (finding,) = findings_for("Exports rose by 4%.", "Les exportations ont baissé de 4 %.", checks=(OPPOSITE,))
    assert finding.category == "mistranslation" and finding.source_span is not None
    assert "'rose'" in finding.message and "'baissé'" in finding.message


def test_a_phrase_strong_in_two_concepts_is_weak_in_both() -> None:
    # German "morgen" is tomorrow (CLDR's relative day) and "Morgen" morning (its day period).
    german = lexicon(Language("de"))
    entry = next(e for e in german.exact["morgen"] if e.words == ("morgen",))
    assert {concept for concept, _ in entry.senses} >= {"morning", "tomorrow"}
    assert not any(strong for _, strong in entry.senses)


def test_languages_without_curated_words_still_have_cldr_dates() -> None:
    czech = lexicon(Language("cs"))
    assert czech.gate is not None and czech.gate.search("příští měsíc")
    assert lexicon(Language.parse("tlh")).gate is None


def test_the_gate_skips_sentences_without_listed_words() -> None:
    english = lexicon(Language("en"))
    assert english.gate is not None
    assert not english.gate.search("The committee met in Brussels to discuss the report.")
    assert english.gate.search("Turnout ROSE.".lower())


@settings(max_examples=40, deadline=None)
@given(st.text(STRESS_ALPHABET + "rose fell más menos", max_size=60), st.text(STRESS_ALPHABET + "baissé", max_size=60))
def test_robust_on_arbitrary_text(source: str, target: str) -> None:
    assert_robust("polarity", source, target, "en", "fr")


def test_with_and_without_are_not_judged() -> None:
    # "Without" is rendered by privative compounds and recast sentences too often (see the module).
    found = findings_for("The lamp is sold with a battery.", "La lampada è venduta senza batteria.", "en", "it")
    assert not [f for f in found if f.check == OPPOSITE]
