"""names.person_by_meaning: a word of a person's name translated as a common word.

Every sentence here is invented (people, places and bodies included)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.checks_helpers import context_for, default_encoder, findings_of

CHECK = "names.person_by_meaning"
NAMES = (CHECK, "names.literal_translation", "names.translated_across_scripts")


def reported(
    source: str, target: str, source_lang: str, target_lang: str, checks: tuple[str, ...] = NAMES
) -> list[str]:
    """The excerpts the names checks report, with the default encoder (the check leaves to
    ``names.literal_translation`` the renderings that one finds: one artefact, one finding)."""
    context = replace(context_for(source, target, source_lang, target_lang), encoder=default_encoder())
    return [f.excerpt for f in findings_of(context, checks)]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        (
            "«Abriremos el centro en marzo», dijo la directora del hospital, Paz Elena Quiroga.",
            "“We will open the center in March,” said the hospital director, Peace Elena Quiroga.",
            "es",
            "en",
            "Peace Elena Quiroga",
        ),
        (
            "Lo ha spiegato il sindaco del paese, Marco Pietra, durante la conferenza.",
            "C’est ce qu’a expliqué le maire de la commune, Marco Pierre, pendant la conférence.",
            "it",
            "fr",
            "Marco Pierre",
        ),
        (
            "Die Ärztin Sabine Vogel leitet die neue Station seit Januar.",
            "La médecin Sabine Oiseau dirige le nouveau service depuis janvier.",
            "de",
            "fr",
            "Sabine Oiseau",
        ),
        (
            "이날 최구름 부산시 환경국장은 새 정책을 발표했다.",
            "On the same day, Choi Cloud, head of Busan’s environment bureau, announced the new policy.",
            "ko",
            "en",
            "Choi Cloud",
        ),
        (
            "وقال مدير المشروع، سعيد الخطيب، إن العمل سيبدأ في الربيع.",
            "Project director Happy al-Khatib said work would begin in the spring.",
            "ar",
            "en",
            "Happy al-Khatib",
        ),
    ],
    ids=["es-en given name", "it-fr surname", "de-fr surname", "ko-en given name", "ar-en given name"],
)
def test_a_name_word_translated_as_a_common_word_is_reported(
    source: str, target: str, source_lang: str, target_lang: str, expected: str
) -> None:
    assert reported(source, target, source_lang, target_lang) == [expected]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        # The same names kept or transliterated.
        (
            "«Abriremos el centro en marzo», dijo la directora del hospital, Paz Elena Quiroga.",
            "“We will open the center in March,” said the hospital director, Paz Elena Quiroga.",
            "es",
            "en",
        ),
        (
            "이날 최구름 부산시 환경국장은 새 정책을 발표했다.",
            "On the same day, Choi Gureum, head of Busan’s environment bureau, announced the new policy.",
            "ko",
            "en",
        ),
        (
            "وقال مدير المشروع، سعيد الخطيب، إن العمل سيبدأ في الربيع.",
            "Project director Saeed al-Khatib said work would begin in the spring.",
            "ar",
            "en",
        ),
        # Places with an established form, a monarch, a translated head.
        (
            "El gobernador de Nuevo México visitó la frontera.",
            "The governor of New Mexico visited the border.",
            "es",
            "en",
        ),
        (
            "Le roi Charles III a reçu le président jeudi.",
            "El rey Carlos III recibió al presidente el jueves.",
            "fr",
            "es",
        ),
        (
            "La Universidad Santa Clara abrió la matrícula.",
            "Santa Clara University opened enrolment.",
            "es",
            "en",
        ),
        # A name kept as it is.
        (
            "Der Trainer Franz Weber lobte die Mannschaft.",
            "L’entraîneur Franz Weber a félicité l’équipe.",
            "de",
            "fr",
        ),
        # A company whose English name translates a word: the sentence says it is a company.
        (
            "현대 자동차 회사는 새 공장을 열었다.",
            "The company Hyundai Motor opened a new plant.",
            "ko",
            "en",
        ),
    ],
    ids=[
        "es-en kept",
        "ko-en transliterated",
        "ar-en transliterated",
        "exonym",
        "regnal number",
        "translated head",
        "kept name",
        "company",
    ],
)
def test_kept_names_and_established_renderings_are_not_reported(
    source: str, target: str, source_lang: str, target_lang: str
) -> None:
    assert reported(source, target, source_lang, target_lang) == []


def test_a_respelt_looking_surname_that_translates_is_reported_by_this_check() -> None:
    # "Fer" looks like a spelling of "Ferro" (which the literal check accepts), but it is the French
    # word for what the Italian word means; the given name is kept.
    source = "La presidente della cooperativa, Giulia Ferro, ha firmato l'accordo."
    target = "La présidente de la coopérative, Giulia Fer, a signé l’accord."
    assert reported(source, target, "it", "fr", (CHECK,)) == ["Giulia Fer"]


def test_no_encoder_no_finding() -> None:
    context = context_for(
        "Lo ha spiegato il sindaco, Marco Pietra.", "C’est ce qu’a expliqué le maire, Marco Pierre.", "it", "fr"
    )
    assert [f for f in findings_of(context, (CHECK,))] == []


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        # A portfolio after a title and a connector, translated; the minister's name kept.
        (
            "Selon la ministre déléguée aux Transports Claire Vautrin, le plan sera prêt en mai.",
            "Laut der Ministerin für Verkehr Claire Vautrin wird der Plan im Mai fertig sein.",
            "fr",
            "de",
        ),
        # A capitalised word that opens the sentence is no part of the name.
        (
            "Bei Holzmann Logistik wurden im Sommer 40 Stellen gestrichen.",
            "Chez Holzmann Logistik, 40 postes ont été supprimés cet été.",
            "de",
            "fr",
        ),
        # A body's name whose head (Group) is kept and another word respelt: not a person.
        (
            "The Harbour Industry Advisory Group met on Monday.",
            "Die Harbour Industrie Advisory Group traf sich am Montag.",
            "en",
            "de",
        ),
    ],
    ids=["portfolio", "sentence start", "body"],
)
def test_portfolios_sentence_starts_and_bodies_are_not_persons(
    source: str, target: str, source_lang: str, target_lang: str
) -> None:
    assert reported(source, target, source_lang, target_lang, (CHECK,)) == []


# --- The sentence gate of person_words (speed): a sentence it skips yields no run to judge. ---

_GATE_ALPHABET = "ab cdeÉéÖöLlIiMJ'’-.,;&()«» \u2060\u01c5\u24b6\U0001f130\u00a05"


def _kept_runs(text: str, language: str) -> list[tuple[str, ...]]:
    """The runs person_words judges in one sentence, read the plain way (every word made)."""
    from mtqa.checks.names.extract import tokens_of
    from mtqa.checks.names.persons import _opens_sentence, _person_part, _runs
    from mtqa.lang import Language
    from mtqa.model import Sentence, Span

    sentence = Sentence(0, 0, Span(7, 7 + len(text)), text)
    kept = []
    for whole in _runs(sentence, tuple(tokens_of(text, 7))):
        run = _person_part(whole, Language(language))
        if run and _opens_sentence(sentence, run[0]):
            run = run[1:]
        if len(run) >= 2:
            kept.append(tuple(t.text for t in run))
    return kept


@pytest.mark.parametrize(
    "text",
    [
        "Hier, Emmanuel Macron a dit.",
        "« Selon Jean Dupont, c'est fini. »",
        "Il a vu le président Ana Ruiz-Ortega et al-Hadidi Omar.",
        "Laut der Ministerin für Verkehr Claire Vautrin wird der Plan fertig.",
        "Il s'agit d'Émile Zola Junior.",
        "Hier, Omar al-Hadidi a parlé.",
    ],
)
def test_the_gate_lets_through_sentences_with_runs(text: str) -> None:
    from mtqa.checks.names.persons import _may_hold_run

    assert _kept_runs(text, "fr") and _may_hold_run(text)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_GATE_ALPHABET, max_size=40), st.sampled_from(["fr", "de", "en"]))
def test_a_sentence_the_gate_skips_has_no_run(text: str, language: str) -> None:
    from mtqa.checks.names.persons import _may_hold_run

    if not _may_hold_run(text):
        assert _kept_runs(text, language) == []


def test_the_gate_knows_every_capital() -> None:
    import sys

    from mtqa.checks.names.persons import _may_hold_run, _name_pair

    capitals = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isupper() or chr(c).istitle()]
    pattern = _name_pair()
    assert all(pattern.fullmatch(f"{c} {c}") for c in capitals if c <= "\uffff")
    assert all(_may_hold_run(f"x {c} {c}") for c in capitals)
    assert not pattern.search("le monde entier a vu")
    assert not _may_hold_run("Le monde entier a vu Omar.")


@pytest.mark.parametrize("tag", ["fr", "de", "en", "es", "it", "pt", "nl"])
def test_translated_head_reads_the_lists_as_one_set(tag: str) -> None:
    # The plain definition: each list, each form; asked of every listed word, its plural and singular.
    from mtqa.checks.names.lexicon import place_word, word_list
    from mtqa.checks.names.persons import _translated_head
    from mtqa.lang import Language

    language = Language(tag)
    sections = ("heads", "kept_heads", "public_heads", "public_words", "titles")
    listed = {w for section in sections for w in word_list(section, language)}
    words = {form for w in listed for form in (w, w + "s", w.removesuffix("s"), w[:-1])} | {"ruiz", "vogel", ""}
    assert len(listed) > 10
    for word in words:
        forms = {word, word + "s", word.removesuffix("s")}
        plain = any(form in word_list(section, language) for section in sections for form in forms)
        assert _translated_head(word, language) == (plain or place_word(word, language)), word
