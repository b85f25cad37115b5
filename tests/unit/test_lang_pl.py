"""Polish language data (pl) on a short held-out news article and on single rules.

The article was written for these tests and not used to tune ``data/lang/pl.toml`` (a first article
was): its clean translation must raise nothing, and each planted machine-translation artefact must be
found where it was planted, except the known misses listed below.
"""

from __future__ import annotations

import pytest

from mtqa.checks.numbers import number_words
from mtqa.lang import Language
from mtqa.segment import split_sentences
from tests.checks_helpers import assert_planted_artefacts_found, default_encoder, findings_for

SOURCE = """Warsaw opens its third metro line after years of delays

The first section of Warsaw's third metro line opened to passengers on Saturday, four years later than planned.

The 4.5-kilometre section has five stations and connects the Praga district with the city centre. Trains will \
run every six minutes at peak times.

The city paid 3.1 billion zlotys for the section, about 40 percent more than the original estimate, because of \
rising prices of steel and concrete.

"Passengers will save up to 20 minutes a day," said Mayor Rafał Trzaskowski at the opening ceremony, which was \
attended by about 2,000 residents.

According to the consultancy Oxford Economics, the line could raise property prices in the area by 15 percent. \
Some residents fear that they will no longer be able to afford rents.

The metro operator expects the line to carry 100,000 passengers a day. The next section is scheduled to open in \
2028.
"""

TRANSLATION = """Warszawa otwiera trzecią linię metra po latach opóźnień

Pierwszy odcinek trzeciej linii warszawskiego metra został w sobotę otwarty dla pasażerów, cztery lata później, \
niż planowano.

Liczący 4,5 kilometra odcinek ma pięć stacji i łączy dzielnicę Praga z centrum miasta. W godzinach szczytu \
pociągi będą kursować co sześć minut.

Miasto zapłaciło za odcinek 3,1 mld zł, czyli ok. 40 proc. więcej, niż pierwotnie szacowano, z powodu rosnących \
cen stali i betonu.

„Pasażerowie zaoszczędzą do 20 minut dziennie” – powiedział prezydent miasta Rafał Trzaskowski podczas \
uroczystości otwarcia, w której wzięło udział ok. 2 tys. mieszkańców.

Według firmy doradczej Oxford Economics linia może podnieść ceny nieruchomości w okolicy o 15 proc. Część \
mieszkańców obawia się, że nie będzie ich już stać na czynsze.

Operator metra spodziewa się, że linią będzie podróżować 100 tys. pasażerów dziennie. Otwarcie kolejnego \
odcinka zaplanowano na 2028 r.
"""

# (edit, the finding it must raise: check and excerpt)
PLANTED = [
    (
        ("firmy doradczej Oxford Economics", "firmy doradczej Ekonomia Oksfordzka"),
        ("names.literal_translation", "Ekonomia Oksfordzka"),
    ),
    (("za odcinek 3,1 mld zł", "za odcinek 3,7 mld zł"), ("numbers.mismatch", "3,7 mld")),
    (("odcinek trzeciej linii", "odcinek czwartej linii"), ("numbers.mismatch", "czwartej")),
    (("cen stali", "cen cen stali"), ("repetition.word", "cen cen")),
    (("w okolicy o 15 proc.", "w okolicy o 15 proc.."), ("punctuation.stray", "..")),
    (("dzielnicę Praga z centrum", "dzielnicę Praga. z centrum"), ("sentence_boundary.mid_sentence_stop", ". z")),
    (
        (
            "Operator metra spodziewa się, że linią będzie podróżować 100 tys. pasażerów dziennie.",
            "The metro operator expects the line to carry 100,000 passengers a day.",
        ),
        ("untranslated.copied_sentence", "The metro operator expects the line to carry 100,000 passengers a day."),
    ),
    # a spelled count changed into another where the source spells it too ("five stations")
    (("ma pięć stacji", "ma sześć stacji"), ("numbers.mismatch", "sześć")),
]
KNOWN_MISSES: list[tuple[tuple[str, str], tuple[str, str]]] = []


def test_the_clean_translation_raises_nothing() -> None:
    assert findings_for(SOURCE, TRANSLATION, "en", "pl", encoder=default_encoder()) == ()


def test_each_planted_artefact_is_found_where_it_was_planted() -> None:
    assert_planted_artefacts_found(SOURCE, TRANSLATION, "pl", PLANTED, KNOWN_MISSES)


@pytest.mark.parametrize(
    "text",
    [
        "Inwestują m.in. Orlen i PGE.",
        "Firmy, np. Orlen, inwestują.",
        "Powiedział prof. Jan Nowak z Uniwersytetu im. Adama Mickiewicza.",
        "Zdaniem ks. Adama Bonieckiego to błąd.",
        "Siedziba mieści się przy ul. Marszałkowskiej w Warszawie.",
    ],
)
def test_titles_and_abbreviations_before_a_name_cut_no_sentence(text: str) -> None:
    assert len(split_sentences(text, "pl")) == 1


def test_an_abbreviation_that_ends_a_sentence_still_ends_it() -> None:
    text = "Wzrost wyniósł ok. 3 proc. w 2023 r. Firma zapowiada dalsze inwestycje."
    assert len(split_sentences(text, "pl")) == 2


def test_a_full_stop_after_an_abbreviation_before_a_lower_case_word_cuts_nothing() -> None:
    source = "The state will cover 30 percent of it, and the rest will come from loans."
    target = "Państwo pokryje 30 proc. tej kwoty, a reszta będzie pochodzić z kredytów."
    assert findings_for(source, target, "en", "pl") == ()


def test_inflected_number_words_and_ordinals() -> None:
    words = number_words(Language("pl"))
    assert words.words["sześcioma"] == 6 and words.words["dwóch"] == 2 and words.words["drugiego"] == 2
    assert {"trzeciej", "czwartej"} <= words.ordinals
    assert words.scales["miliardów"] == 10**9 and words.scales["tys"] == 1000


def test_a_polish_name_whose_head_follows_an_adjective_is_translated_into_english() -> None:
    source = "Raport opublikowała w środę Najwyższa Izba Kontroli, a skomentowała go Naczelna Rada Pielęgniarek."
    target = (
        "The report was published on Wednesday by the Supreme Audit Office and commented on by the Supreme Council "
        "of Nurses."
    )
    assert findings_for(source, target, "pl", "en", checks=["names"], encoder=default_encoder()) == ()
