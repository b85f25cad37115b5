"""Portuguese language data (pt, pt-BR, pt-PT) on a short held-out news article and on single rules.

The article was written for these tests and not used to tune ``data/lang/pt.toml`` (a first article
was): its clean translation must raise nothing, and each planted machine-translation artefact must be
found where it was planted, except the known misses listed below.
"""

from __future__ import annotations

import pytest

from mtqa.checks.numbers import number_words
from mtqa.lang import Language
from mtqa.segment import split_sentences
from tests.checks_helpers import assert_planted_artefacts_found, default_encoder, findings_for

SOURCE = """Portugal approves its largest offshore wind farm

The Portuguese government on Thursday approved the construction of a floating wind farm off the coast of \
Viana do Castelo, an investment of 1.2 billion euros.

The project, led by the company Ocean Winds, will have 25 turbines and a capacity of 500 megawatts, enough \
to supply about 400,000 homes.

Construction will start in 2026 and should take five years, the Minister of Environment, Maria da Graça \
Carvalho, told reporters in Lisbon.

"This is the third floating project in the country and by far the largest," said Dr. Helena Marques, an \
engineer at the University of Porto who advised the government.

Fishermen in the region fear that the turbines will reduce their catch. Their association says that 120 \
boats work in the area and has asked for compensation.

The Environment Agency received more than 300 comments during the public consultation, which ended on \
15 March.

Portugal wants renewable sources to produce 85 percent of its electricity by 2030.
"""

TRANSLATION = """Portugal aprova o seu maior parque eólico marítimo

O Governo português aprovou na quinta-feira a construção de um parque eólico flutuante ao largo da costa \
de Viana do Castelo, um investimento de 1,2 mil milhões de euros.

O projeto, liderado pela empresa Ocean Winds, terá 25 turbinas e uma capacidade de 500 megawatts, o \
suficiente para abastecer cerca de 400 mil casas.

A construção começará em 2026 e deverá demorar cinco anos, disse aos jornalistas em Lisboa a ministra do \
Ambiente, Maria da Graça Carvalho.

"Este é o terceiro projeto flutuante no país e de longe o maior", afirmou a Dra. Helena Marques, \
engenheira da Universidade do Porto que aconselhou o Governo.

Os pescadores da região receiam que as turbinas reduzam as suas capturas. A sua associação afirma que \
120 embarcações trabalham na zona e pediu uma compensação.

A Agência Portuguesa do Ambiente recebeu mais de 300 comentários durante a consulta pública, que \
terminou a 15 de março.

Portugal quer que as fontes renováveis produzam 85 por cento da sua eletricidade até 2030.
"""

# (edit, the finding it must raise: check and excerpt)
PLANTED = [
    (("empresa Ocean Winds", "empresa Ventos Oceânicos"), ("names.literal_translation", "Ventos Oceânicos")),
    (("1,2 mil milhões", "1,4 mil milhões"), ("numbers.mismatch", "1,4 mil milhões")),
    (("que 120 embarcações", "que que 120 embarcações"), ("repetition.word", "que que")),
    (("terminou a 15 de março.", "terminou a 15 de março. ."), ("punctuation.stray", ". .")),
    (("flutuante ao largo", "flutuante. ao largo"), ("sentence_boundary.mid_sentence_stop", ". ao")),
    (
        (
            "Portugal quer que as fontes renováveis produzam 85 por cento da sua eletricidade até 2030.",
            "Portugal wants renewable sources to produce 85 percent of its electricity by 2030.",
        ),
        (
            "untranslated.copied_sentence",
            "Portugal wants renewable sources to produce 85 percent of its electricity by 2030.",
        ),
    ),
    # a spelled count changed into another where the source spells it too ("five years")
    (("demorar cinco anos", "demorar seis anos"), ("numbers.mismatch", "seis")),
]

# Planted as well, and not found: a one-word piece cut off by a full stop before a capital ("Maria da
# Graça. Carvalho."), too short for a fragment (the lower-case cut above is found).
KNOWN_MISSES = [
    (("Maria da Graça Carvalho.", "Maria da Graça. Carvalho."), ("sentence_boundary.fragment", "Carvalho.")),
]


@pytest.mark.parametrize("tag", ["pt", "pt-PT"])
def test_the_clean_translation_raises_nothing(tag: str) -> None:
    assert findings_for(SOURCE, TRANSLATION, "en", tag, encoder=default_encoder()) == ()


def test_each_planted_artefact_is_found_where_it_was_planted() -> None:
    assert_planted_artefacts_found(SOURCE, TRANSLATION, "pt-PT", PLANTED, KNOWN_MISSES)


@pytest.mark.parametrize(
    "text",
    [
        "Afirmou a Dra. Helena Marques, engenheira da Universidade do Porto.",
        "O Sr. Anderson Pomini falou ao jornal e o Prof. Almeida concordou.",
        "A sede fica na av. Paulista, n.º 1000, em São Paulo.",
    ],
)
def test_titles_and_abbreviations_before_a_name_cut_no_sentence(text: str) -> None:
    assert len(split_sentences(text, "pt")) == 1


def test_a_spelled_number_absorbs_the_digits_and_another_one_does_not() -> None:
    source = "Exports rose by 12 percent compared with last year."
    assert (
        findings_for(source, "As exportações cresceram doze por cento em relação ao ano passado.", "en", "pt-BR") == ()
    )
    changed = findings_for(source, "As exportações cresceram treze por cento em relação ao ano passado.", "en", "pt-BR")
    assert [f.check for f in changed] == ["numbers.missing"]


def test_a_newspaper_name_rendered_word_for_word_with_portuguese_connectors_is_found() -> None:
    source = "The minister told the China Daily that talks would resume."
    target = "O ministro disse ao Diário da China que as negociações seriam retomadas."
    assert "names.literal_translation" in {f.check for f in findings_for(source, target, "en", "pt-BR")}


def test_brazil_and_portugal_read_billion_differently() -> None:
    brazil, portugal = number_words(Language.parse("pt-BR")), number_words(Language.parse("pt-PT"))
    assert brazil.scales["bilhões"] == 10**9 and portugal.scales["biliões"] == 10**12
    assert brazil.words["dezesseis"] == portugal.words["dezasseis"] == 16
