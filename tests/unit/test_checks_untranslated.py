"""Golden table and properties of the untranslated family."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtqa.config import CheckConfig
from tests.checks_helpers import STRESS_ALPHABET, assert_robust, failing_ids, findings_for

# (source, target, source language, target language, expected failing check ids of the family)
CASES = [
    # a spec line of names, figures, unit symbols and dimension signs has nothing to translate
    ("Format: 24 x 36 in", "Format: 24 x 36 in", "en", "de", set()),
    ('Tank: 5 gal (19 l), 3/4" x 12 mm', 'Tank: 5 gal (19 l), 3/4" x 12 mm', "en", "nl", set()),
    ("Weight: 300 g per unit", "Weight: 300 g per unit", "en", "fr", {"untranslated.copied_sentence"}),
    # untranslated.copied_sentence
    (
        "The Velmora board approved the budget.",
        "The Velmora board approved the budget.",
        "en",
        "fr",
        {"untranslated.copied_sentence"},
    ),
    (
        "Der Vorstand von Brakel hat das Budget gebilligt.",
        "Der Vorstand von Brakel hat das Budget gebilligt.",
        "de",
        "fr",
        {"untranslated.copied_sentence"},
    ),
    (
        "It rained. Ortega said he would stay home tonight.",
        "Il a plu. Ortega said he would stay home tonight.",
        "en",
        "fr",
        {"untranslated.copied_sentence"},
    ),
    # untranslated.source_language
    (
        "The Velmora board approved the budget on Monday.",
        "The board of Velmora approved the budget on Monday.",
        "en",
        "fr",
        {"untranslated.source_language"},
    ),
    (
        '"Markets are calm, but the risks remain high," said Ines Calder.',
        "« Markets are calm, but the risks remain high », a déclaré Ines Calder.",
        "en",
        "fr",
        {"untranslated.source_language"},
    ),
    (
        "Der Vorstand hat das Budget am Montag gebilligt.",
        "Der Vorstand hat am Montag das Budget gebilligt.",
        "de",
        "en",
        {"untranslated.source_language"},
    ),
    # untranslated.words
    ("Choose a powerful model.", "Choisissez un modèle powerful.", "en", "fr", {"untranslated.words"}),
    (
        "It has a powerful, quiet motor.",
        "Il est équipé d’un moteur powerful et silencieux.",
        "en",
        "fr",
        {"untranslated.words"},
    ),
    ("Das Gerät ist leicht und stark.", "The device is leicht and strong.", "de", "en", {"untranslated.words"}),
    # a quotation copied from the source: a phrase left untranslated, though a capital opens it
    (
        "Die Bürgermeisterin sprach von einem „Aufbruch für die ganze Region“.",
        "The mayor spoke of an “Aufbruch für die ganze Region”.",
        "de",
        "en",
        {"untranslated.words"},
    ),
    # passing
    ("We spent the weekend in Paris.", "Nous avons passé le weekend à Paris.", "en", "fr", set()),
    ("The cycle ends.", "Le cycle se termine.", "en", "fr", set()),
    (
        "President Brown met the Golden Gate team.",
        "Le président Brown a rencontré l'équipe Golden Gate.",
        "en",
        "fr",
        set(),
    ),
    ("They <laugh/> at the party.", "Sie <laugh/> auf der Feier.", "en", "de", set()),
    (
        "Friends of the Union Chain Bridge met at energieagentur.nrw today.",
        "Friends of the Union Chain Bridge traf sich heute bei energieagentur.nrw.",
        "en",
        "de",
        set(),
    ),
    ("The Velmora board approved the budget.", "Le conseil de Velmora a approuvé le budget.", "en", "fr", set()),
    ("Katharina Albrecht defended the prices.", "Katharina Albrecht a défendu les tarifs.", "en", "fr", set()),
    ("Marek Olsen, Hamburg.", "Marek Olsen, Hamburg.", "en", "de", set()),
    ("See https://example.org/report-2025.", "Voir https://example.org/report-2025.", "en", "fr", set()),
    ("COVID-19 (2020)", "COVID-19 (2020)", "en", "fr", set()),
    (
        "Information at https://example.org/visit or by mail.",
        "Informations sur https://example.org/visit ou par courriel.",
        "en",
        "fr",
        set(),
    ),
    (
        "The board met on Monday and approved it.",
        "Der Vorstand traf sich am Montag und billigte es.",
        "en",
        "de",
        set(),
    ),
    (
        "Die Bürgermeisterin sprach von einem „Aufbruch für die ganze Region“.",
        "The mayor spoke of a “new start for the whole region”.",
        "de",
        "en",
        set(),
    ),
    # a German compound coined on an English phrase, in quotation marks: one word of the target
    (
        "I call it a do-it-yourself integration.",
        "Ich nenne es eine „Do-it-yourself-Integration“.",
        "en",
        "de",
        set(),
    ),
    # titles kept in quotation marks: capitalised words and function words, or a source that does not
    # capitalise its nouns
    (
        "Er sagte es in der Sendung „Bericht aus Berlin“.",
        "He said it on the programme “Bericht aus Berlin”.",
        "de",
        "en",
        set(),
    ),
    (
        "Son roman « Être du monde » paraît en mars.",
        "Ihr Roman „Être du monde“ erscheint im März.",
        "fr",
        "de",
        set(),
    ),
    # a quoted name kept from the source, capitalised throughout
    (
        "Die Band „Die Blauen Wölfe“ spielte am Montag.",
        "The band “Die Blauen Wölfe” played on Monday.",
        "de",
        "en",
        set(),
    ),
    # a caseless script copied into a sentence of another script; a gloss in brackets is fine
    (
        "町は空き家の対策を強化する。",
        "The town will tighten its rules on 空き家 across the district.",
        "ja",
        "en",
        {"untranslated.words"},
    ),
    ("町は空き家の対策を強化する。", "The town will tighten its rules on vacant houses (空き家).", "ja", "en", set()),
    # a Latin word in a Hangul sentence: the Korean list counts English snippets, so a smaller margin
    (
        "The fleet needs a backup operator.",
        "이 차량에는 backup operator 가 필요하다.",
        "en",
        "ko",
        {"untranslated.words"},
    ),
    # a compound noun copied from German, which capitalises its nouns; names and loanwords are not
    (
        "Der Bundestag beriet über das Lieferkettengesetz.",
        "Le Bundestag a débattu du Lieferkettengesetz.",
        "de",
        "fr",
        {"untranslated.words"},
    ),
    (
        "Die Brenner Fahrzeugtechnik baut Stellen ab.",
        "La société Brenner Fahrzeugtechnik supprime des emplois.",
        "de",
        "fr",
        set(),
    ),
    ("Die Bundesliga beginnt im August.", "La Bundesliga commence en août.", "de", "fr", set()),
    # names end in short common words too ("-mann", "-burg"): a head needs six letters
    ("Der Minister Ortwinkelmann sprach.", "Le ministre Ortwinkelmann a parlé.", "de", "fr", set()),
]


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang", "expected"), CASES)
def test_golden(source: str, target: str, source_lang: str, target_lang: str, expected: set[str]) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("untranslated",))
    assert failing_ids(findings) == expected, [(f.check, f.excerpt, f.message) for f in findings]


def test_copied_sentence_is_reported_once_with_both_spans() -> None:
    source = "Ortega said he would stay home tonight."
    findings = findings_for(source, source, "en", "fr", checks=("untranslated",))
    assert [(f.check, f.excerpt, f.severity) for f in findings] == [("untranslated.copied_sentence", source, "major")]
    assert findings[0].source_span is not None


def test_untranslated_words_join_adjacent_words_into_one_phrase() -> None:
    findings = findings_for(
        "It has a powerful and strong motor.",
        "Il est équipé d’un moteur powerful and strong pour les travaux les plus lourds de la maison.",
        checks=("untranslated.words",),
    )
    assert [(f.excerpt, f.severity) for f in findings] == [("powerful and strong", "major")]


def test_a_copied_quotation_is_reported_whole() -> None:
    findings = findings_for(
        "Die Bürgermeisterin sprach von einem „Aufbruch für die ganze Region“.",
        "The mayor spoke of an “Aufbruch für die ganze Region”.",
        "de",
        "en",
        checks=("untranslated.words",),
    )
    assert [f.excerpt for f in findings] == ["Aufbruch für die ganze Region"]


def test_untranslated_words_are_found_whatever_the_case_of_the_source_word() -> None:
    # The shortcut for sentences sharing no word with their source compares case-folded words, as the
    # judgement does: a capitalised source word left in lower case is still seen.
    findings = findings_for("Powerful motors.", "Un moteur powerful et robuste.", checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == ["powerful"]
    assert findings_for("Powerful motors.", "Un moteur puissant et robuste.", checks=("untranslated.words",)) == ()


def test_same_language_pair_is_not_judged() -> None:
    text = "The Velmora board approved the budget on Monday."
    assert findings_for(text, text, "en", "en", checks=("untranslated",)) == ()


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.sampled_from(["fr", "de", "en", "und"]),
)
def test_never_crashes(source: str, target: str, lang: str) -> None:
    assert_robust("untranslated", source, target, "en", lang)


@given(st.lists(st.sampled_from(["Word", "wörd", "<b>", "</b>", "www.", ".com", "@", "x2", "&amp;", " ", ".", "ŒUF"])))
@settings(max_examples=200)
def test_the_folded_words_of_a_sentence_are_its_words_folded(parts: list[str]) -> None:
    from mtqa.checks.untranslated import _folded_words, _sentence_words

    text = "".join(parts)
    assert _folded_words(text) == {match.group().casefold() for match in _sentence_words(text)}


@given(
    st.lists(st.sampled_from(["a", "1", "_", ".", "/", ":", "//", "www", ".", "@", "`", " ", "é", "-"]), max_size=12)
)
@settings(max_examples=400)
def test_the_cheap_test_of_urls_and_code_answers_as_the_old_pattern(pieces: list[str]) -> None:
    import re

    from mtqa.checks.untranslated import _may_hold_url_or_code

    text = "".join(pieces)
    assert _may_hold_url_or_code(text) == bool(re.search(r"://|www\.|@|`|\w[._/]\w", text))


@given(st.lists(st.sampled_from(["word", "Word", "ab", "ßa", "été", "<b>", "www.", ".com", "x2", " ", "-", "ﬁne"])))
@settings(max_examples=300)
def test_the_judged_words_are_those_the_judgement_looks_up(parts: list[str]) -> None:
    from mtqa.checks.untranslated import _judged, _judged_words, _sentence_words

    text = "".join(parts)
    words = [match.group() for match in _sentence_words(text)]
    for source_words in ({w.casefold() for w in words}, {"word", "ssa", "ete", "fine"}, set()):
        judged = [word for word in words if _judged(word, source_words)]
        assert bool(judged) == (not source_words.isdisjoint(_judged_words(text)))


@given(st.text(st.sampled_from("aZéß1_ -'’.\n\u00a0"), max_size=30), st.integers(0, 30), st.integers(0, 30))
@settings(max_examples=300)
def test_the_letters_pattern_matches_what_it_matched_looking_behind_first(text: str, start: int, end: int) -> None:
    import re

    from mtqa.checks.untranslated import _LETTERS

    # As written before, looking behind first (re tried it at every character).
    old = re.compile(r"(?<![^\W_])[^\W\d_]+(?![^\W_])")
    assert [m.span() for m in _LETTERS.finditer(text)] == [m.span() for m in old.finditer(text)]
    excerpt = text[start:end]
    assert (_LETTERS.fullmatch(excerpt) is None) == (old.fullmatch(excerpt) is None)


@pytest.mark.parametrize(
    ("source", "lang"),
    [
        ("专家表示，两国的分歧仍然不大。另一些人则没有那么乐观。", "zh"),
        ("전문가들은 견해 차이가 크지 않다고 말한다. 다른 이들은 덜 낙관적이다.", "ko"),
        ("ويقول خبراء إن الخلافات محدودة. أما آخرون فهم أقل تفاؤلاً.", "ar"),
    ],
)
def test_a_copied_sentence_of_a_caseless_script_is_untranslated(source: str, lang: str) -> None:
    copied = source.replace("。", "。|").replace(". ", ".|").split("|")[1]
    target = "Experts say the differences remain narrow. " + copied
    findings = findings_for(source, target, lang, "en", checks=("untranslated.copied_sentence",))
    assert [f.excerpt for f in findings] == [copied]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a word of the source's script copied into a translation written in another script
        (
            "市民可以通过公众号或电话预约体检。",
            "Residents can book a check-up through a 公众号 or by telephone.",
            "zh",
            "en",
            ["公众号"],
        ),
        (
            "Жители могут записаться через госуслуги или по телефону.",
            "Residents can sign up through госуслуги or by telephone.",
            "ru",
            "en",
            ["госуслуги"],
        ),
        # glosses and quoted originals are written so on purpose; Latin names in another script are kept
        (
            "市民可以通过公众号或电话预约体检。",
            "Residents can book a check-up through the city's official account (公众号) or by telephone.",
            "zh",
            "en",
            [],
        ),
        (
            "Газета «Вечерний Омск» сообщила об этом.",
            "The newspaper “Вечерний Омск” reported it.",
            "ru",
            "en",
            [],
        ),
        ("Residents can use the CityPass app.", "Жители могут пользоваться приложением CityPass.", "en", "ru", []),
    ],
)
def test_source_script_left_in_the_translation(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected


@given(
    st.lists(
        st.sampled_from(
            [
                *("the", "The", "there", "cat", "cats", "le", "chat", "ab", "été", "Été", "x1", "1the", "the2"),
                *("l'été", "co-op", "<b>", "www.cat.com", " ", ", ", "-", "’"),
            ]
        ),
        max_size=20,
    ).map("".join)
)
@settings(max_examples=300, deadline=None)
def test_the_judged_words_found_where_they_stand_are_those_judged_one_by_one(text: str) -> None:
    from mtqa.checks.untranslated import _judged, _judged_matches, _sentence_words

    source_words = {"the", "cat", "été", "co"}
    found = [(m.start(), m.end(), m.group()) for m in _judged_matches(text, source_words)]
    expected = [(m.start(), m.end(), m.group()) for m in _sentence_words(text) if _judged(m.group(), source_words)]
    assert found == expected


@given(
    st.lists(
        st.sampled_from(["The", "cat", "chat", "ß", "STRASSE", "Straße", "中文", "&#233;t&#233;", "été", "<b>", " "]),
        max_size=12,
    ),
    st.lists(st.sampled_from(["the", "cat", "strasse", "été", "中文", "ab"]), max_size=5),
)
@settings(max_examples=300, deadline=None)
def test_a_translation_that_may_share_no_word_has_no_judged_word(words: list[str], source: list[str]) -> None:
    from mtqa.checks.untranslated import _judged_words, _may_share_words
    from mtqa.model import Sentence, Span

    text = " ".join(words)
    sentence = Sentence(0, 0, Span(0, len(text)), text)
    if not _may_share_words(set(source), [sentence]):
        assert set(source).isdisjoint(_judged_words(text))


WORDS = "untranslated.words"


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # 1.5-2.0 Zipf units rarer in the target, and spelt unmistakably as a source word (lingua >= 0.95)
        (
            "Each stakeholder will be consulted before the vote.",
            "Chaque stakeholder sera consulté avant le vote.",
            "en",
            "fr",
            ["stakeholder"],
        ),
        (
            "The old shipyard will become a museum.",
            "El antiguo shipyard se convertirá en un museo.",
            "en",
            "es",
            ["shipyard"],
        ),
        # A learned word spelt alike in both languages is no evidence ("proximal" 1.1 units rarer)
        (
            "The proximal segment was removed.",
            "Le segment proximal a été retiré.",
            "en",
            "fr",
            [],
        ),
    ],
    ids=["fr-stakeholder", "es-shipyard", "fr-proximal"],
)
def test_a_single_word_spelt_as_the_source_needs_a_smaller_margin(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang)
    assert [f.excerpt for f in findings if f.check == WORDS] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # A comma ends the name before a title left in the source language.
        (
            "« Le vitrail est fragile », explique Claire Morel, maître verrier à Reims.",
            "“The window is fragile,” says Claire Morel, maître verrier in Reims.",
            "fr",
            "en",
            ["maître"],
        ),
        # Without the comma, the words continue the name ("Cour d'honneur" kept as it is).
        (
            "La pièce se joue dans la Cour d'honneur du palais.",
            "The play is staged in the Cour d'honneur of the palace.",
            "fr",
            "en",
            [],
        ),
    ],
    ids=["comma", "name"],
)
def test_a_name_kept_from_the_source_ends_at_a_comma(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang)
    assert [f.excerpt for f in findings if f.check == WORDS] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # a phrase whose words are each a little less clearly English than a word alone must be
        ("The free shipping offer ends soon.", "La oferta de free shipping termina pronto.", "es", ["free shipping"]),
        # a source word the target writes with its accents
        ("It plays a key role in the body.", "Il joue un role clé dans le corps.", "fr", ["role"]),
        ("Each element is tested.", "Chaque element est testé.", "fr", ["element"]),
        # both spellings are the target's
        ("Our media partners.", "Nos partenaires media.", "fr", []),
        ("We spent the weekend in Paris.", "Nous avons passé le weekend à Paris.", "fr", []),
    ],
)
def test_phrases_and_words_without_their_accents(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a rarer source word that the target language does not know, spelt as the source's
        ("Le jardin était plein de hérissons.", "Der Garten war voller hérissons.", "fr", "de", ["hérissons"]),
        (
            "The yard was full of puddles after the storm.",
            "La cour était pleine de puddles après l’orage.",
            "en",
            "fr",
            ["puddles"],
        ),
        ("El obrero empujaba una carretilla.", "L'operaio spingeva una carretilla.", "es", "it", ["carretilla"]),
        # translated; known to the target language; a spelling lingua does not give to the source
        ("Le jardin était plein de hérissons.", "Der Garten war voller Igel.", "fr", "de", []),
        ("Der Garten war voller Schimmel, sagte er.", "The garden was full of schimmel, he said.", "de", "en", []),
        ("She lost her thimble in the garden.", "Elle a perdu son thimble dans le jardin.", "en", "fr", []),
    ],
    ids=["fr-de", "en-fr", "es-it", "fr-de-translated", "de-en-known", "en-fr-unsure"],
)
def test_a_rare_source_word_unknown_to_the_target(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected, [(f.excerpt, f.message) for f in findings]


def test_a_copied_sentence_is_found_from_the_shared_analysis_and_without_it() -> None:
    import dataclasses

    from mtqa.checks.untranslated import CopiedSentence, _copied_targets
    from tests.checks_helpers import context_for

    context = context_for(
        "The talks ended. The museum will reopen in May.",
        "Les pourparlers ont pris fin. The museum will reopen in May.",
        "en",
        "fr",
    )
    check = CopiedSentence()
    pairs = list(context.sentence_pairs())
    shared = [f.excerpt for pair in pairs for f in check.check_sentence(context, pair)]
    # A pair the context did not make (a copy of one) is compared on the spot.
    alone = [f.excerpt for pair in pairs for f in check.check_sentence(context, dataclasses.replace(pair))]
    assert shared == alone == ["The museum will reopen in May."]
    assert [s.text for s in context.target.sentences if s.index in context.analysis(_copied_targets)] == shared


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # two words side by side in the source, copied side by side, each only 1.0-1.5 units rarer
        ("The case has a soft touch coating.", "La coque a un revêtement soft touch.", "fr", ["soft touch"]),
        ("A lock ring holds the lens in place.", "Un lock ring tiene la lente in posizione.", "it", ["lock ring"]),
        # the same words, not a phrase of the source: each alone is no evidence
        ("The coating is soft to the touch.", "Le revêtement est soft au touch.", "fr", []),
        ("Lock the ring onto the lens.", "Blocca il lock sul ring dell'obiettivo.", "it", []),
        # translated
        ("The case has a soft touch coating.", "La coque a un revêtement doux au toucher.", "fr", []),
    ],
)
def test_a_phrase_of_the_source_copied_whole(source: str, target: str, target_lang: str, expected: list[str]) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=(WORDS,))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # the source's "or" / "to" left between names or codes copied with it
        ("Pairs over Wi-Fi or Ethernet.", "Se conecta por Wi-Fi or Ethernet.", "en", "es", ["or"]),
        ("Fits bolts M4 to M8.", "Adatto a bulloni M4 to M8.", "en", "it", ["to"]),
        ("Läuft mit USB-C oder Lightning.", "Fonctionne avec USB-C oder Lightning.", "de", "fr", ["oder"]),
        ("Her album Back to Black sold well.", "Ihr Album Back to Black verkaufte sich gut.", "en", "de", []),
        # translated, a name with "and", or plain words
        ("Pairs over Wi-Fi or Ethernet.", "Se conecta por Wi-Fi o Ethernet.", "en", "es", []),
        ("Sold at Marks and Spencer.", "Vendu chez Marks and Spencer.", "en", "fr", []),
        ("Choose red or blue.", "Choisissez le coloris red or blue.", "en", "fr", []),
    ],
)
def test_a_connective_left_between_copied_names(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        (
            "The group argued that hedgehogs and herons eat many of the insects.",
            "Die Gruppe argumentierte, dass hedgehogs und Reiher viele der Insekten fressen.",
            "en",
            "de",
            ["hedgehogs"],
        ),
        (
            "Les bateaux restent à quai faute de mouillages libres.",
            "Die Boote bleiben im Hafen, weil freie mouillages fehlen.",
            "fr",
            "de",
            ["mouillages"],
        ),
        # lower-case words German writes so ("online", "live"); the same word in a language whose nouns
        # are lower case (judged by the usual margins)
        (
            "The firm offers online courses and live streams.",
            "Die Firma bietet online Kurse und live Streams an.",
            "en",
            "de",
            [],
        ),
        ("The group said hedgehogs eat insects.", "De groep zei dat egels insecten eten.", "en", "nl", []),
        # a part of a compound the engine built: an adjective of the target there
        (
            "Tasks that included social-evaluative threat raised cortisol.",
            "Aufgaben, die eine sozial-evaluative Bedrohung enthielten, erhöhten das Cortisol.",
            "en",
            "de",
            [],
        ),
    ],
    ids=["en-de", "fr-de", "en-de-loanwords", "en-nl-translated", "en-de-compound"],
)
def test_a_lower_case_word_unknown_where_nouns_are_capitalised(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected, [(f.excerpt, f.message) for f in findings]


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        (
            "Exports fell, according to the Federation of the Swiss Chocolate Industry.",
            "Les exportations ont reculé, selon la Federation of the Swiss Chocolate Industry.",
            "fr",
            ["Federation of the Swiss Chocolate Industry"],
        ),
        (
            "The launch was delayed, the Canadian Space Agency said.",
            "Le lancement a été retardé, a indiqué la Canadian Space Agency.",
            "fr",
            ["Canadian Space Agency"],
        ),
        (
            "The figures were filed with the Belgian Audit Office on Monday.",
            "Die Zahlen wurden am Montag beim Belgian Audit Office eingereicht.",
            "de",
            ["Belgian Audit Office"],  # German is official in Belgium too
        ),
        # a country where the target language is not official; a body named by no country; translated
        (
            "The launch was delayed, the Canadian Space Agency said.",
            "El lanzamiento se retrasó, dijo la Canadian Space Agency.",
            "es",
            [],
        ),
        (
            "Rents rose, according to the Residential Tenancies Board.",
            "Les loyers ont augmenté, selon le Residential Tenancies Board.",
            "fr",
            [],
        ),
        (
            "Filings went to the Australian Securities and Investments Commission.",
            "Die Unterlagen gingen an die Australian Securities and Investments Commission.",
            "de",
            [],
        ),
        (
            "The launch was delayed, the Canadian Space Agency said.",
            "Le lancement a été retardé, a indiqué l'Agence spatiale canadienne.",
            "fr",
            [],
        ),
    ],
)
def test_a_body_s_name_kept_where_the_target_language_is_official_in_its_country(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected, [(f.excerpt, f.message) for f in findings]


@pytest.mark.parametrize(("word", "sign"), [("the", 1), ("Le", -1), ("maison", -1), ("xqzvvq", 0)])
def test_a_word_is_weighed_by_how_much_more_common_it_is_in_the_target_language(word: str, sign: int) -> None:
    from mtqa.checks.untranslated import _zipf_difference
    from mtqa.lang import Language
    from mtqa.lang.lexicon import lexicon

    french, english = lexicon(Language("fr")), lexicon(Language("en"))
    assert french is not None and english is not None
    difference = _zipf_difference(word, french, english)  # from French into English
    assert -3.0 <= difference <= 3.0
    assert (difference > 0) - (difference < 0) == sign
    assert difference == max(-3.0, min(3.0, english.zipf(word) - french.zipf(word)))


@pytest.mark.parametrize(
    "text", ["via USB or Bluetooth", "M4\u00a0to\u00a0M8", "Back to Black", "into the cloud", "USB-or-Bluetooth", "or"]
)
def test_every_copied_connective_stands_between_spaces(text: str) -> None:
    from mtqa.checks.untranslated import _between_names, _spaced_connective

    words = frozenset({"or", "to"})
    if _between_names(words).search(text):
        assert _spaced_connective(words).search(text)
    assert bool(_spaced_connective(words).search(text)) == (
        text in ("via USB or Bluetooth", "M4\u00a0to\u00a0M8", "Back to Black")
    )


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # a loan built into a compound with a head of the target language is the target's own word
        ("In-mould polycarbonate shell", "In-mould-skal av polykarbonat", "sv", []),
        ("Get cashback on every order", "Ontvang cashback-korting op elke bestelling", "nl", []),
        # the same loan standing alone, or hyphenated to another source word, is left untranslated
        ("A sleek, low-profile look", "Ett elegant, low-profile utseende", "sv", ["low-profile"]),
        ("A cordless leaf blower", "Un souffleur leaf-blower sans fil", "fr", ["leaf-blower"]),
        # a hyphen standing for a dash before a function word
        (
            "The List Experiment-a technique for measuring behaviours-may help.",
            "La list experiment-une technique pour mesurer des comportements-peut aider.",
            "fr",
            ["list experiment"],
        ),
    ],
    ids=["sv-in-mould-skal", "nl-cashback-korting", "sv-low-profile-alone", "fr-leaf-blower", "fr-dash-as-hyphen"],
)
def test_a_loan_compound_with_a_target_head_is_translated(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a code after the word is no kept name ("EN 417")
        (
            "Fits standard EN 417 screw-on gas cartridges",
            "Compatible avec les cartouches de gaz screw-on standard EN 417",
            "en",
            "fr",
            ["screw"],
        ),
        # linking words of a kept name are still the name's
        (
            "Friends of the Union Chain Bridge met.",
            "Les Friends of the Union Chain Bridge se sont réunis.",
            "en",
            "fr",
            [],
        ),
    ],
    ids=["code-after", "kept-name"],
)
def test_a_code_is_no_kept_name(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "expected"),
    [
        (
            "El equipo será recibido el martes en el Ayuntamiento.",
            "The team will be received at the Ayuntamiento on Tuesday.",
            "es",
            ["Ayuntamiento"],
        ),
        ("Le maire a reçu l'équipe à la Mairie.", "The mayor received the team at the Mairie.", "fr", ["Mairie"]),
        # a name kept whole, sentence case included; a loan the target uses; the head translated
        (
            "El equipo será recibido en el Ayuntamiento de Zaragoza.",
            "The team will be received at the Ayuntamiento de Zaragoza.",
            "es",
            [],
        ),
        (
            "Le groupe doit obtenir une dérogation de l'Autorité des marchés financiers.",
            "The group must obtain a waiver from the Autorité des marchés financiers.",
            "fr",
            [],
        ),
        ("Der Bundestag stimmte am Freitag zu.", "On Friday the Bundestag voted in favour.", "de", []),
        (
            "Billets à la billetterie, rue de la République.",
            "Tickets at the box office, rue de la République.",
            "fr",
            [],
        ),
        ("El equipo será recibido en el Ayuntamiento.", "The team will be received at City Hall.", "es", []),
    ],
    ids=["es-ayuntamiento", "fr-mairie", "es-name-kept", "fr-sentence-case-name", "de-loan", "fr-street", "translated"],
)
def test_a_body_s_head_word_kept_alone(source: str, target: str, source_lang: str, expected: list[str]) -> None:
    findings = findings_for(source, target, source_lang, "en", checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected


def test_words_inside_inline_code_are_not_untranslated() -> None:
    source = "If you see `AUTH-403: invalid token`, run `nimbusctl policy set --require-2fa true`."
    target = "Si l’erreur `AUTH-403: invalid token` s’affiche, exécutez `nimbusctl policy set --require-2fa true`."
    assert findings_for(source, target, "en", "fr") == ()


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        ("Drücken Sie Strg+Alt+R.", "Press Strg+Alt+R.", "de", "en", ["Strg"]),
        ("Appuyez sur Maj + F5 pour actualiser.", "Premere Maj + F5 per aggiornare.", "fr", "it", ["Maj"]),
        ("Pulse Mayús+Supr para borrar.", "Appuyez sur Mayús+Supr pour supprimer.", "es", "fr", ["Mayús", "Supr"]),
        # the target's own names, names both languages use, and a name outside a shortcut
        ("Appuyez sur Maj + F5 pour actualiser.", "Premere Maiusc + F5 per aggiornare.", "fr", "it", []),
        ("Drücken Sie Alt+Tab.", "Press Alt+Tab.", "de", "en", []),
        ("Pulse Fin para ir al final.", "Press End to go to the end.", "es", "en", []),
        ("Die Datei heißt Entf.txt.", "The file is called Entf.txt.", "de", "en", []),
    ],
    ids=["de-en-strg", "fr-it-maj", "es-fr-two", "fr-it-localised", "shared", "es-en-fin", "no-shortcut"],
)
def test_a_source_key_name_left_in_a_shortcut(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("untranslated.key_name",))
    assert [f.excerpt for f in findings] == expected


LABELS_EN = "1. Open **Help > Keyboard Shortcuts**.\n\n2. Click **New profile**.\n\n3. Click **Save**."


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        (
            "1. Abra **Ajuda > Keyboard Shortcuts**.\n\n2. Clique em **Novo perfil**.\n\n3. Clique em **Salvar**.",
            "pt",
            ["Keyboard Shortcuts"],
        ),
        (
            "1. Öffnen Sie **Hilfe > Tastenkombinationen**.\n\n2. Klicken Sie auf **New profile**.\n\n"
            "3. Klicken Sie auf **Speichern**.",
            "de",
            ["New profile"],
        ),
        # every label translated, or every label kept (an interface not localised)
        (
            "1. Abra **Ajuda > Atalhos de teclado**.\n\n2. Clique em **Novo perfil**.\n\n3. Clique em **Salvar**.",
            "pt",
            [],
        ),
        (
            "1. Abra **Help > Keyboard Shortcuts**.\n\n2. Clique em **New profile**.\n\n3. Clique em **Save**.",
            "pt",
            [],
        ),
    ],
    ids=["pt-menu-item", "de-button", "all-translated", "all-kept"],
)
def test_a_label_left_where_the_others_are_translated(target: str, target_lang: str, expected: list[str]) -> None:
    findings = findings_for(LABELS_EN, target, "en", target_lang, checks=("untranslated.ui_label",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # an office left in the source language right before a person's name is no word of the name
        (
            "Lo ha detto l'assessore Marco Rossi durante la seduta.",
            "This was said by assessore Marco Rossi during the session.",
            "it",
            "en",
            ["assessore"],
        ),
        (
            "Lo dijo el concejal Luis Mora durante el pleno.",
            "C’est ce qu’a déclaré le concejal Luis Mora pendant la séance.",
            "es",
            "fr",
            ["concejal"],
        ),
        # translated, or connectors of a name kept whole
        (
            "Lo ha detto l'assessore Marco Rossi durante la seduta.",
            "This was said by councillor Marco Rossi during the session.",
            "it",
            "en",
            [],
        ),
        (
            "Friends of the Union Chain Bridge met.",
            "Les Friends of the Union Chain Bridge se sont réunis.",
            "en",
            "fr",
            [],
        ),
    ],
    ids=["it-en-office", "es-fr-office", "it-en-translated", "en-fr-connectors"],
)
def test_a_source_word_before_a_kept_name(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # a word both languages write ("team" in Dutch) no longer drags the label's average down
        (
            "1. Open **Settings**.\n\n2. Click **New project**.\n\n3. Open **Team reports**.",
            "1. Open **Instellingen**.\n\n2. Klik op **Nieuw project**.\n\n3. Open **Team reports**.",
            "nl",
            ["Team reports"],
        ),
        # a callout the target language writes the same ("Tip" in Dutch) does not make the article one
        # that keeps its labels
        (
            "1. Open **Reports**.\n\n2. Click **Save**.\n\n**Tip:** you can export the report too.",
            "1. Open **Reports**.\n\n2. Klik op **Opslaan**.\n\n**Tip:** je kunt het rapport ook exporteren.",
            "nl",
            ["Reports"],
        ),
        # an article that keeps its interface's labels, beside the shared callout
        (
            "1. Open **Reports**.\n\n2. Click **Save**.\n\n**Tip:** you can export the report too.",
            "1. Open **Reports**.\n\n2. Klik op **Save**.\n\n**Tip:** je kunt het rapport ook exporteren.",
            "nl",
            [],
        ),
        # a label of words shared by both languages alone is no evidence
        (
            "1. Open **Settings**.\n\n2. Click **New project**.\n\n3. Choose **Format**.",
            "1. Ouvrez **Paramètres**.\n\n2. Cliquez sur **Nouveau projet**.\n\n3. Choisissez **Format**.",
            "fr",
            [],
        ),
    ],
    ids=["nl-shared-word", "nl-shared-callout", "nl-all-kept", "fr-shared-label"],
)
def test_words_both_languages_write_are_no_evidence_of_a_kept_label(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("untranslated.ui_label",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        ("La sauvegarde occupe 2,5 Go.", "Il backup occupa 2,5 Go.", "fr", "it", ["Go"]),
        ("Libérez au moins 800 Mo puis 1 To.", "Liberen al menos 800 Mo y luego 1 TB.", "fr", "es", ["Mo"]),
        ("Une pièce jointe de 300 ko maximum.", "An attachment of at most 300ko.", "fr", "en", ["ko"]),
        # the target's own symbols, a month in English, a word that is no unit, and the language's own unit
        ("La sauvegarde occupe 2,5 Go.", "Il backup occupa 2,5 GB.", "fr", "it", []),
        ("Dans 3 mois.", "In 3 mo.", "fr", "en", []),
        ("Chapitre 5 : Aller plus loin.", "Chapter 5 Go further.", "fr", "en", []),
        ("The backup takes 2.5 GB.", "La sauvegarde occupe 2,5 Go.", "en", "fr", []),
    ],
    ids=["fr-it-go", "fr-es-mo", "fr-en-glued", "fr-it-own", "month", "not-after-space-word", "en-fr"],
)
def test_a_unit_symbol_of_the_source_language_left(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("untranslated.unit_symbol",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        (
            "2. Choose **Draft** or **Final**. Draft copies are printed in grey.",
            "2. Wählen Sie **Entwurf** oder **Endgültig**. Draft-Kopien werden grau gedruckt.",
            "de",
            [],  # glued into a compound: a hyphenated word, not the label left alone
        ),
        (
            "2. Choose **Draft** or **Final**. Draft copies are printed in grey.",
            "2. Choisissez **Brouillon** ou **Final**. Les copies Draft sont imprimées en gris.",
            "fr",
            ["Draft"],
        ),
        # translated in the text too
        (
            "2. Choose **Draft** or **Final**. Draft copies are printed in grey.",
            "2. Choisissez **Brouillon** ou **Final**. Les copies brouillon sont imprimées en gris.",
            "fr",
            [],
        ),
        # the source does not name the label in its text there: the target word is the target's own
        (
            "1. Open **Roles**. You can add a new one at any time.",
            "1. Otwórz **Role**. Role możesz dodać w dowolnym momencie.",
            "pl",
            [],
        ),
        # a label the article keeps in bold is no translated label
        (
            "2. Choose **Draft** or **Final**. Draft copies are printed in grey.",
            "2. Choisissez **Draft** ou **Final**. Les copies Draft sont imprimées en gris.",
            "fr",
            [],
        ),
    ],
    ids=["de-compound", "fr-kept-in-text", "fr-translated", "pl-own-word", "fr-kept-label"],
)
def test_a_translated_label_left_in_the_text(source: str, target: str, target_lang: str, expected: list[str]) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("untranslated.label_in_text",))
    assert [f.excerpt for f in findings] == expected


@given(
    st.text(st.sampled_from("aAßSsİiΣσς <>/.:x"), max_size=30),
    st.sets(st.text(st.sampled_from("aßssiσςx"), min_size=1, max_size=3), max_size=4),
)
@settings(max_examples=300, deadline=None)
def test_a_text_said_to_hold_none_of_the_words_holds_none(text: str, folded: set[str]) -> None:
    from mtqa.checks.untranslated import _may_hold_any, _sentence_words

    words = {match.group().casefold() for match in _sentence_words(text)}
    if not _may_hold_any(text, frozenset(folded)):
        assert words.isdisjoint(folded)


@given(
    st.lists(st.text(st.sampled_from("aBß sS.İi’'-中"), max_size=12), min_size=1, max_size=2),
    st.lists(st.text(st.sampled_from("aBß sS.İi’'-中"), max_size=12), min_size=1, max_size=2),
)
@example(["Die Straße ist lang."], ["DIE STRASSE IST LANG"])
@example(["I think so.", "Yes."], ["Je pense.", "I think so!"])
@settings(max_examples=300, deadline=None)
def test_the_copies_told_by_their_longest_word_are_those_told_by_comparing_all(
    sources: list[str], targets: list[str]
) -> None:
    from mtqa.checks.base import SentencePair
    from mtqa.checks.untranslated import _copied_in, _normalise, _translatable
    from mtqa.model import Bead, ParagraphBead, Sentence, Span

    def sentences(texts: list[str]) -> tuple[Sentence, ...]:
        return tuple(Sentence(i, 0, Span(0, len(text)), text) for i, text in enumerate(texts))

    source, target = sentences(sources), sentences(targets)
    bead = Bead(tuple(range(len(source))), tuple(range(len(target))), None)
    pair = SentencePair(bead, source, target, ParagraphBead((0,), (0,), None, (bead,)))
    keys = {_normalise(s.text): s for s in source}
    expected = [(keys[key], t) for t in target if (key := _normalise(t.text)) and key in keys and _translatable(t.text)]
    assert list(_copied_in(pair)) == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        (
            "The subsidies are usually paid in December, the ministry said.",
            "Las ayudas suelen pagarse en December, según el ministerio.",
            "en",
            "es",
            ["December"],
        ),
        (
            "Die Messe findet im Dezember in Leipzig statt.",
            "La foire aura lieu en Dezember à Leipzig.",
            "de",
            "fr",
            ["Dezember"],
        ),
        (
            "The vote is scheduled for Thursday evening.",
            "Il voto è previsto per Thursday sera.",
            "en",
            "it",
            ["Thursday"],
        ),
        # translated, a name, a month the target language writes alike, a word common in the target
        ("The vote is scheduled for Thursday evening.", "Il voto è previsto per giovedì sera.", "en", "it", []),
        ("Theresa May spoke on Monday.", "Theresa May a pris la parole lundi.", "en", "fr", []),
        ("The museum reopens in April.", "Het museum gaat in april weer open.", "en", "nl", []),
        ("La sonde a atteint l’orbite en mars.", "The probe reached the orbit of Mars.", "fr", "en", []),
    ],
    ids=["en-es", "de-fr", "en-it-weekday", "en-it-clean", "en-fr-name", "en-nl-same", "fr-en-planet"],
)
def test_a_month_or_weekday_name_kept_from_the_source(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        (
            "“We will act,” Energy Minister Paulo Rezende said.",
            "“Vamos agir”, disse o Energy Minister Paulo Rezende.",
            "pt",
            ["Energy Minister"],
        ),
        (
            "The deal was signed by President Laura Chinchilla on Monday.",
            "El acuerdo fue firmado el lunes por el President Laura Chinchilla.",
            "es",
            ["President"],
        ),
        (
            "Health Minister Anna Berg opened the clinic.",
            "Gesundheitsminister Anna Berg hat die Klinik eröffnet.",
            "de",
            [],
        ),
        (
            "Health Minister Anna Berg opened the clinic.",
            "La ministre de la Santé Anna Berg a inauguré la clinique.",
            "fr",
            [],
        ),
        ("The report went to Minister Anna Berg.", "Het rapport ging naar minister Anna Berg.", "nl", []),
    ],
    ids=["en-pt", "en-es", "en-de-own", "en-fr-clean", "en-nl-own"],
)
def test_a_title_kept_from_the_source_before_a_name(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # a common word that opens its source sentence, copied into a script without capitals
        (
            "Wireless charging for phones and earbuds",
            "Wireless 충전으로 휴대폰과 이어버드를 충전합니다",
            "ko",
            ["Wireless"],
        ),
        ("Portable design with a carry handle", "Portable 设计，配有提手，方便随身携带", "zh", ["Portable"]),
        (
            "Waterproof case for hiking and cycling",
            "ハイキングやサイクリングに Waterproof ケース",
            "ja",
            ["Waterproof"],
        ),
        # a name: capitalised inside a sentence elsewhere in the source, or a brand no dictionary knows
        (
            "Nest learns your schedule.\n\nThe Nest app shows your heating history.",
            "Nest는 일정을 학습합니다.\n\nNest 앱에서 난방 기록을 확인할 수 있습니다.",
            "ko",
            [],
        ),
        ("Vorlix works with any phone.", "Vorlix는 모든 휴대폰과 호환됩니다.", "ko", []),
        # translated
        ("Wireless charging for phones and earbuds", "무선 충전으로 휴대폰과 이어버드를 충전합니다", "ko", []),
    ],
    ids=["en-ko", "en-zh", "en-ja", "name-inside", "brand", "translated"],
)
def test_a_sentence_opening_word_copied_into_a_script_without_capitals(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # an English word glued to a particle or to kana is still a word of its own
        (
            "Connect the charger to the power bank before the trip.",
            "旅行の前に充電器をpower bankに接続してください。",
            "ja",
            ["power bank"],
        ),
        # kept in the singular where the source has a plural, in a short line mostly of Latin letters
        (
            "The watch warns you when your child leaves a safe area.\n\nAdd safe zones in the Orbix Care app",
            "자녀가 안전 지역을 벗어나면 시계가 알려 줍니다.\n\nOrbix Care 앱에서 safe zone을 추가하세요",
            "ko",
            ["safe zone"],
        ),
        # translated: nothing copied
        ("Add safe zones in the Orbix Care app", "Orbix Care 앱에서 안전 구역을 추가하세요", "ko", []),
        # a brand glued to a particle is a name, not a word
        ("Vorlix works with any phone.", "Vorlix는 모든 휴대폰과 호환됩니다.", "ko", []),
    ],
    ids=["ja-glued", "ko-plural", "ko-translated", "ko-brand"],
)
def test_a_word_glued_to_an_unspaced_script_is_judged_alone(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected


def test_the_plural_ending_is_left_off_only_across_scripts() -> None:
    # In one script, a singular beside the source's plural is the target's own word or a loan declined.
    findings = findings_for(
        "Set the alarms in the app.",
        "Stellen Sie die alarm in der App ein.",
        "en",
        "de",
        checks=("untranslated.words",),
    )
    assert findings == ()


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # a compound copied whole: its first part a source noun the target does not know, its head short
        ("La livraison comprend un Schlafsack et un manuel d’utilisation.", ["Schlafsack"]),
        ("La livraison comprend un sac de couchage et un manuel d’utilisation.", []),
        # a brand beside another capitalised word is a name
        ("La livraison comprend un Schlafsack Pro et un manuel d’utilisation.", []),
    ],
    ids=["de-fr-copied", "de-fr-translated", "de-fr-name"],
)
def test_a_copied_compound_told_by_its_first_part(target: str, expected: list[str]) -> None:
    source = "Im Lieferumfang sind ein Schlafsack und eine Bedienungsanleitung enthalten."
    findings = findings_for(source, target, "de", "fr", checks=("untranslated.words",))
    assert [f.excerpt for f in findings] == expected


def test_a_compound_with_a_loan_for_its_head_is_a_name() -> None:
    # "scout" is a loan in German (Zipf 3.3): a compound ending in it names a service or a brand.
    findings = findings_for(
        "Die Daten stammen von Wohnungsscout und vom Verband.",
        "Les données proviennent de Wohnungsscout et de la fédération.",
        "de",
        "fr",
        checks=("untranslated.words",),
    )
    assert findings == ()


def test_a_source_name_kept_inside_a_translated_clause_is_no_sentence_in_the_source_language() -> None:
    source = "L'enquête a été confiée à l'Office central de lutte contre le crime organisé (OCLCO)."
    target = (
        "The investigation was handed to the police unit, the Office central de lutte contre le crime organisé (OCLCO)."
    )
    assert "untranslated.source_language" not in failing_ids(findings_for(source, target, "fr", "en"))
    # A clause left in French with a name inside it is still judged whole.
    source_left = (
        "L'enquête a été confiée à la police. Le parquet de Paris enquête sur le vol de tableaux commis samedi."
    )
    left = "The investigation was handed over. Le parquet de Paris enquête sur le vol survenu samedi."
    assert "untranslated.source_language" in failing_ids(findings_for(source_left, left, "fr", "en"))


_KEPT_WORDS = ["le", "Minister", "minister", "MINISTER", "President", "Jean", "Dupont", "a", "dit", "Monday", "lundi"]
_KEPT_WORDS += ["December", "décembre", "à", "Paris", "ß", "Straße", "İstanbul", "ministre", "Energy", "en"]


@given(st.lists(st.sampled_from(_KEPT_WORDS), min_size=2, max_size=9))
@example(["a", "dit", "le", "Minister", "Jean", "Dupont"])
@example(["a", "dit", "Monday", "à", "Paris"])
@settings(max_examples=80, deadline=None)
def test_kept_titles_and_calendar_names_found_alike_without_the_sentence_gate(words: list[str]) -> None:
    # _kept_titles and _kept_calendar_names skip a translated sentence holding none of the kept words
    # (_may_hold_any): what they find is what reading every sentence word by word finds.
    from unittest import mock

    from mtqa.checks import untranslated

    source = "The Energy Minister Jean Dupont said on Monday, December 3, in Paris that the President agreed."
    target = " ".join(words) + ". " + " ".join(reversed(words)) + "."
    gated = findings_for(source, target, "en", "fr", checks=("untranslated.words",))
    with mock.patch.object(untranslated, "_may_hold_any", lambda text, folded: True):
        plain = findings_for(source, target, "en", "fr", checks=("untranslated.words",))
    assert gated == plain


def test_a_run_of_addresses_without_spaces_is_read_in_linear_time() -> None:
    import re
    import time

    from mtqa.checks.untranslated import _URL_OR_CODE

    # Before, "\S+@\S+" tried the rest of the run at each "@": 20,000 "<a@b>" in a row, 2 s a pass, and
    # 100,000 (half a megabyte) about a minute.
    run = "<a@b>" * 40_000
    started = time.process_time()
    assert _URL_OR_CODE.sub(" ", run) == run  # no dot after any "@": no address
    assert time.process_time() - started < 1
    # An address is still one, with or without angle brackets and subdomains.
    text = "Write to <ana.ruiz@mail.example.org> or bob@example.com, not a@b@c or @home."
    assert [m.group() for m in _URL_OR_CODE.finditer(text)] == ["<ana.ruiz@mail.example.org", "bob@example.com"]
    assert re.sub(r"\s+", " ", _URL_OR_CODE.sub(" ", "see x@y.fr now")) == "see now"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # a phrase kept in Latin letters after "and" and a loan the check accepts: a series of loans
        ("Ο κατάλογος του καφέ περιλαμβάνει πλέον kombucha και green tea για κάθε εποχή.", []),
        ("Ο κατάλογος του καφέ περιλαμβάνει πλέον mochi και green tea για κάθε εποχή.", []),
        # after "and" and a word of the sentence's own script, or alone, it is judged
        ("Ο κατάλογος του καφέ περιλαμβάνει πλέον γλυκά και green tea για κάθε εποχή.", ["green tea"]),
        ("Ο κατάλογος του καφέ περιλαμβάνει πλέον green tea για κάθε εποχή.", ["green tea"]),
    ],
)
def test_a_kept_phrase_in_a_series_of_loans(target: str, expected: list[str]) -> None:
    source = "The café menu now lists kombucha, mochi and green tea for every season."
    config = CheckConfig(profile="product")
    findings = findings_for(source, target, "en", "el", checks=("untranslated.words",), config=config)
    assert [f.excerpt for f in findings] == expected


def test_a_lower_case_quotation_copied_from_an_english_source_is_a_phrase_left_untranslated() -> None:
    # Reported whole, not only its rarest words ("the wrist").
    source = "The union called the agreement “a slap on the wrist” for the bosses who had cut the pay of their workers."
    target = (
        "De vakbond noemde het akkoord „a slap on the wrist” voor de bazen die de lonen van hun werknemers "
        "hadden verlaagd."
    )
    found = [f for f in findings_for(source, target, "en", "nl") if f.check == "untranslated.words"]
    assert [f.excerpt for f in found] == ["a slap on the wrist"]
    # A title in title case is a name kept from the source; a translated quotation is silent.
    source = "She told “Face the Nation” on Sunday that the agreement was fair to the workers of the plant."
    target = "Zij zei zondag tegen „Face the Nation” dat het akkoord eerlijk was voor de werknemers van de fabriek."
    assert "untranslated.words" not in {f.check for f in findings_for(source, target, "en", "nl")}
    source = "The union called the agreement “a slap on the wrist” for the bosses who had cut the pay of their workers."
    target = (
        "De vakbond noemde het akkoord „een tik op de vingers” voor de bazen die de lonen van hun werknemers "
        "hadden verlaagd."
    )
    assert "untranslated.words" not in {f.check for f in findings_for(source, target, "en", "nl")}


def test_a_title_with_a_possessive_is_no_lower_case_quotation() -> None:
    source = "The shop sells a treat called “Cat's Dinner - Dinner for Cat's!” at the market on Saturdays."
    target = "Der Laden verkauft samstags auf dem Markt einen Leckerbissen namens „Cat's Dinner - Dinner for Cat's!“."
    found = [f.excerpt for f in findings_for(source, target, "en", "de") if f.check == "untranslated.words"]
    assert "Cat's Dinner - Dinner for Cat's!" not in found


_BODY_WORDS = ["the", "Canadian", "CANADIAN", "Space", "Agency", "agency", "AGENCY", "of", "Swiss", "Federation"]
_BODY_WORDS += ["Watch", "Industry", "Straße", "Bundesamt", "Office", "Belgian", "Audit", "la", "selon", "xAgency"]


@given(st.lists(st.sampled_from(_BODY_WORDS), min_size=1, max_size=10), st.sampled_from(["fr", "de", "es"]))
@example(["selon", "la", "Canadian", "Space", "Agency"], "fr")
@example(["beim", "Belgian", "Audit", "Office"], "de")
@settings(max_examples=80, deadline=None)
def test_kept_national_bodies_found_alike_without_the_copied_heads_gate(words: list[str], target_lang: str) -> None:
    # _kept_national_bodies reads only the target sentences holding a head word that the source's text
    # holds (_heads_in): what it finds is what reading every sentence with every head finds.
    from unittest import mock

    from mtqa.checks import untranslated

    source = (
        "The launch was delayed, the Canadian Space Agency said. The Belgian Audit Office and the Federation "
        "of the Swiss Watch Industry agreed, as did the xAgency."
    )
    target = " ".join(words) + ". " + " ".join(reversed(words)) + "."
    gated = findings_for(source, target, "en", target_lang, checks=("untranslated.words",))
    with mock.patch.object(untranslated, "_heads_in", lambda text, heads: heads):
        plain = findings_for(source, target, "en", target_lang, checks=("untranslated.words",))
    assert gated == plain
    assert untranslated._heads_in(source, frozenset({"agency", "office", "union"})) == {"agency", "office"}


def test_rarer_latin_word_left_in_a_cyrillic_or_arabic_sentence() -> None:
    # "sawdust" (Zipf 2.9 in English) is unknown to Ukrainian and Arabic: kept in their sentence, it is
    # untranslated, as a rarer source word is in a Latin-script translation.
    source = "The old workshop floor was still covered in sawdust when the museum bought it."
    target = "Коли музей купив стару майстерню, її підлога ще була вкрита sawdust."
    found = findings_for(source, target, "en", "uk", checks=("untranslated.words",))
    assert [f.excerpt for f in found] == ["sawdust"]
    target = "عندما اشترى المتحف الورشة القديمة كانت أرضيتها لا تزال مغطاة بـ sawdust."
    found = findings_for(source, target, "en", "ar", checks=("untranslated.words",))
    assert [f.excerpt for f in found] == ["sawdust"]
    # Translated, nothing is reported; a capitalised name kept in Latin letters stays a name.
    target = "Коли музей купив стару майстерню, її підлога ще була вкрита тирсою."
    assert not findings_for(source, target, "en", "uk", checks=("untranslated.words",))
    # A plural kept as a singular loan ("baguettes" as Greek "baguette") is the target's grammar at work.
    source = "The bakery on the corner sells fresh baguettes every morning."
    target = "Ο φούρνος στη γωνία πουλάει φρέσκες baguette κάθε πρωί."
    assert not findings_for(source, target, "en", "el", checks=("untranslated.words",))
    target = "Ο φούρνος στη γωνία πουλάει φρέσκες baguettes κάθε πρωί."
    assert [f.excerpt for f in findings_for(source, target, "en", "el", checks=("untranslated.words",))] == [
        "baguettes"
    ]
    source = "The workshop of Sawdust Studio was bought by the museum."
    target = "Майстерню Sawdust Studio купив музей."
    assert not findings_for(source, target, "en", "uk", checks=("untranslated.words",))
