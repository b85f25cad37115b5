"""Dutch language data (nl) on a short held-out news article and on single rules.

The article was written for these tests and not used to tune ``data/lang/nl.toml`` (a first article
was): its clean translation must raise nothing, and each planted machine-translation artefact must be
found where it was planted, except the known misses listed below.
"""

from __future__ import annotations

import pytest

from mtqa.checks.numbers import number_words
from mtqa.lang import Language
from mtqa.segment import split_sentences
from tests.checks_helpers import assert_planted_artefacts_found, default_encoder, findings_for

SOURCE = """Schiphol to cut night flights from next year

Amsterdam Airport Schiphol will reduce the number of night flights by a third from next April, the airport \
announced on Monday.

The decision affects 15 airlines, including KLM and easyJet, which together operate about 10,000 night \
flights a year.

Residents have complained about noise for years. A survey by the municipality of Haarlemmermeer found that \
62 percent of people living near the runways sleep badly.

"Our neighbours have waited long enough," said Ms. Ruud Sondag, the chief executive of Royal Schiphol Group, \
in an interview with The Guardian.

KLM said the measure would cost it around 120 million euros a year and could lead to job losses. The airline \
employs about 17,000 people in the Netherlands.

The Ministry of Infrastructure welcomed the plan. The cabinet wants to lower the airport's annual cap from \
500,000 to 460,000 flights.

Airlines have until the end of June to submit their new schedules to the regulator.
"""

TRANSLATION = """Schiphol schrapt vanaf volgend jaar nachtvluchten

Amsterdam Airport Schiphol vermindert vanaf april volgend jaar het aantal nachtvluchten met een derde, \
maakte de luchthaven maandag bekend.

Het besluit treft vijftien luchtvaartmaatschappijen, waaronder KLM en easyJet, die samen ongeveer 10.000 \
nachtvluchten per jaar uitvoeren.

Omwonenden klagen al jaren over geluidsoverlast. Uit een enquête van de gemeente Haarlemmermeer blijkt dat \
62 procent van de mensen die bij de start- en landingsbanen wonen slecht slaapt.

"Onze buren hebben lang genoeg gewacht," zei mevr. Ruud Sondag, topvrouw van Royal Schiphol Group, in een \
interview met The Guardian.

KLM zei dat de maatregel het bedrijf ongeveer 120 miljoen euro per jaar kost en tot banenverlies kan leiden. \
De luchtvaartmaatschappij heeft in Nederland zo'n 17.000 mensen in dienst.

Het ministerie van Infrastructuur is blij met het plan. Het kabinet wil het jaarlijkse plafond van de \
luchthaven verlagen van 500.000 naar 460.000 vluchten.

Luchtvaartmaatschappijen hebben tot eind juni de tijd om hun nieuwe dienstregelingen bij de toezichthouder \
in te dienen.
"""

# (edit, the finding it must raise: check and excerpt)
PLANTED = [
    (("ongeveer 120 miljoen euro", "ongeveer 150 miljoen euro"), ("numbers.mismatch", "150 miljoen")),
    (("treft vijftien", "treft zestien"), ("numbers.missing", "15")),
    (("per jaar uitvoeren.", "per jaar uitvoeren. ."), ("punctuation.stray", ". .")),
    (("nachtvluchten met een derde", "nachtvluchten. met een derde"), ("sentence_boundary.mid_sentence_stop", ". met")),
    (
        (
            "Het kabinet wil het jaarlijkse plafond van de luchthaven verlagen van 500.000 naar 460.000 vluchten.",
            "The cabinet wants to lower the airport's annual cap from 500,000 to 460,000 flights.",
        ),
        (
            "untranslated.copied_sentence",
            "The cabinet wants to lower the airport's annual cap from 500,000 to 460,000 flights.",
        ),
    ),
]
# Planted as well, and not found: a one-word name rendered by one word sharing no stem ("The Guardian" ->
# "De Bewaker") is beyond the names checks; "die die" is grammatical Dutch ("de mensen die die auto
# kochten"), so a doubled relative pronoun is allowed by the language data.
KNOWN_MISSES = [
    (("met The Guardian", "met De Bewaker"), ("names.literal_translation", "De Bewaker")),
    (("van de mensen die", "van de mensen die die"), ("repetition.word", "die die")),
]


def test_the_clean_translation_raises_nothing() -> None:
    assert findings_for(SOURCE, TRANSLATION, "en", "nl", encoder=default_encoder()) == ()


def test_each_planted_artefact_is_found_where_it_was_planted() -> None:
    assert_planted_artefacts_found(SOURCE, TRANSLATION, "nl", PLANTED, KNOWN_MISSES)


@pytest.mark.parametrize(
    "text",
    [
        "Dat zei mevr. Ruud Sondag, topvrouw van Royal Schiphol Group.",
        "Bedrijven zoals o.a. Shell en bijv. Philips doen mee.",
        "Het gaat om ca. 300 boten, d.w.z. bijna alle.",
        "Volgens dhr. Van den Oever en ir. Bakker klopt dat niet.",
    ],
)
def test_titles_and_abbreviations_before_a_name_cut_no_sentence(text: str) -> None:
    assert len(split_sentences(text, "nl")) == 1


def test_a_month_written_in_lower_case_as_dutch_does_has_not_lost_its_capitals() -> None:
    source = "The airport will cut night flights from next April."
    assert (
        findings_for(source, "De luchthaven schrapt vanaf april nachtvluchten.", "en", "nl", checks=["spelling"]) == ()
    )


def test_a_newspaper_name_rendered_word_for_word_with_dutch_connectors_is_found() -> None:
    source = "The minister told the China Daily that talks would resume."
    target = "De minister zei tegen het Dagblad van China dat de gesprekken worden hervat."
    assert "names.literal_translation" in {f.check for f in findings_for(source, target, "en", "nl")}


def test_dutch_number_words_and_cldr_scales() -> None:
    words = number_words(Language("nl"))
    assert words.words["twaalf"] == 12 and words.words["tweede"] == 2
    assert words.scales["miljard"] == 10**9 and words.scales["biljoen"] == 10**12
