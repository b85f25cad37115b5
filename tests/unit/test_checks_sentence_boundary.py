"""Golden table and properties of the sentence-boundary family."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.config import CheckConfig
from mtqa.model import Bead
from tests.checks_helpers import STRESS_ALPHABET, assert_robust, failing_ids, findings_for

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpora" / "china-us-ai-talks"

MID = "sentence_boundary.mid_sentence_stop"
FRAGMENT = "sentence_boundary.fragment"

# (source, target, source language, target language, expected failing check ids of the family)
CASES = [
    # sentence_boundary.mid_sentence_stop
    # a decimal before the stop is no abbreviation ("U.S." is one)
    (
        "Les ventes de billets ont augmenté de 2,7 % tandis que les abonnements baissaient.",
        "Ticket sales have increased by 2.7%. while subscriptions fell.",
        "fr",
        "en",
        {MID},
    ),
    (
        "Les ventes ont atteint 4,5 millions, selon les chiffres des États-Unis.",
        "Sales reached 4.5 million in the U.S. according to the figures.",
        "fr",
        "en",
        set(),
    ),
    (
        "The minister announced new measures for public health funding.",
        "Le ministre a annoncé de nouvelles mesures pour la santé. financement public.",
        "en",
        "fr",
        {MID},
    ),
    (
        "The company reported strong growth in the third quarter.",
        "Das Unternehmen meldete ein starkes Wachstum. im dritten Quartal.",
        "en",
        "de",
        {MID},
    ),
    (
        "Le projet vise le développement régional et la coopération.",
        "The project aims at cooperation. regional development.",
        "fr",
        "en",
        {MID},
    ),
    ("Mr Wang said so.", "M. Wang l'a dit, etc. et il est parti.", "en", "fr", set()),
    ("For example the law.", "Par exemple, p. ex. la loi, en 52 av. J.-C. déjà.", "en", "fr", set()),
    ("US officials said so.", "U.S. officials said so, e.g. the envoy.", "fr", "en", set()),
    ("For example the rules.", "Zum Beispiel z. B. die Regeln am 3. und 4. Mai.", "en", "de", set()),
    ("He hesitated, then left.", "Il hésita... puis partit… puis rien.", "en", "fr", set()),
    (
        "Apple unveiled its phone. The iPhone 15 is here.",
        "Apple a dévoilé son téléphone. iPhone 15 est là.",
        "en",
        "fr",
        set(),
    ),
    ("She sold it on eBay.", "Sie hat es verkauft. eBay hat es bestätigt.", "en", "de", set()),
    ("Growth was 3.5 percent.", "La croissance a été de 3.5 pour cent.", "en", "fr", set()),
    ("Options: a. first b. second.", "Options : a. premier b. second.", "en", "fr", set()),
    ("It is the case. see above.", "C'est le cas. voir ci-dessus.", "en", "fr", set()),
    # sentence_boundary.fragment
    (
        "The deal was signed in Paris, the ministry told Reuters on Friday.",
        "L'accord a été signé à Paris, a indiqué le ministère. Reuters vendredi.",
        "en",
        "fr",
        {FRAGMENT},
    ),
    (
        "Das Abkommen wurde in Berlin unterzeichnet, sagte der Minister am Montag der Zeitung Die Welt.",
        "The agreement was signed in Berlin, the minister said. Die Welt on Monday.",
        "de",
        "en",
        {FRAGMENT},
    ),
    (
        "The agreement was signed in Berlin, the minister told Le Monde on Monday.",
        "Das Abkommen wurde in Berlin unterzeichnet, sagte der Minister. Le Monde am Montag.",
        "en",
        "de",
        {FRAGMENT},
    ),
    (
        "The minister spoke in Paris on Friday and the talks failed.",
        "Le ministre a parlé à Paris vendredi. Les pourparlers ont échoué.",
        "en",
        "fr",
        set(),
    ),
    ("No, not at all, he said.", "Non. Pas du tout, a-t-il dit.", "en", "fr", set()),
    ("Paris. Friday.", "Paris. Vendredi.", "en", "fr", set()),
    # a verbless adverbial phrase opening with a preposition, split off the sentence it belongs to
    (
        "The council approved the plan on Monday after a long debate that lasted until dawn.",
        "Le conseil a approuvé le plan lundi. Après un long débat, jusqu'à l'aube.",
        "en",
        "fr",
        {FRAGMENT},
    ),
    (
        "The council approved the plan on Monday after a long debate that lasted until dawn.",
        "Der Rat hat den Plan am Montag gebilligt. Nach einer Debatte bis zum Morgengrauen.",
        "en",
        "de",
        {FRAGMENT},
    ),
    # ... but not a set phrase, nor a phrase with a verb that the verb lists miss
    ("He tried to reach the summit, but in vain.", "Il a tenté d'atteindre le sommet. En vain.", "en", "fr", set()),
    (
        "Most waste is recycled and buses in the centre run on biogas.",
        "La plupart des déchets sont recyclés. Dans le centre, les bus roulent au biogaz.",
        "en",
        "fr",
        set(),
    ),
    (
        "He expects the club to leave, which is a heavy loss for us.",
        "Il s'attend à ce que le club parte. Pour nous, c'est une lourde perte.",
        "en",
        "fr",
        set(),
    ),
    (
        "The talks will go on, he said on Monday.",
        "Die Gespräche gehen weiter. Das sagte er am Montag.",
        "en",
        "de",
        set(),
    ),
]


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang", "expected"), CASES)
def test_golden(source: str, target: str, source_lang: str, target_lang: str, expected: set[str]) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("sentence_boundary",))
    assert failing_ids(findings) == expected, [(f.check, f.excerpt, f.message) for f in findings]


def test_seed_artefacts_have_exact_spans() -> None:
    source, target = (SEED / "en.txt").read_text(), (SEED / "fr.txt").read_text()
    findings = findings_for(source, target, "en", "fr", checks=("sentence_boundary",))
    expected = []
    for check, before, excerpt in (
        (MID, "rechercher la coopération", ". potentiel"),
        (FRAGMENT, "télécommunications de Pékin. ", "Chine Direct mardi."),
        (MID, "les relations internationales", ". coopération"),
    ):
        start = target.index(before + excerpt) + len(before)
        expected.append((check, start, start + len(excerpt), excerpt))
    got = [(f.check, f.target_span.start, f.target_span.end, f.excerpt) for f in findings if f.target_span]
    assert got == expected
    assert {f.severity for f in findings} == {"major"}


def test_fragment_in_a_one_to_two_bead() -> None:
    # The aligner may give a 1-2 bead rather than a whole-paragraph bead; the fragment is found either way.
    findings = findings_for(
        "It works. The deal was signed, the ministry told Reuters on Friday.",
        "Ça marche. L'accord a été signé, a indiqué le ministère. Reuters vendredi.",
        "en",
        "fr",
        checks=(FRAGMENT,),
        sentences="one-to-one",
    )
    # one-to-one pairs the third target sentence with no source: a 0-1 bead
    assert [f.excerpt for f in findings] == ["Reuters vendredi."]


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.sampled_from(["fr", "de", "en", "und"]),
)
def test_never_crashes(source: str, target: str, lang: str) -> None:
    assert_robust("sentence_boundary", source, target, "en", lang)


@given(st.text(st.sampled_from("aZé1_ .…,!?\n\t\u00a0"), max_size=30))
@settings(max_examples=300)
def test_the_stop_pattern_matches_what_it_matched_looking_behind_first(text: str) -> None:
    import re

    from mtqa.checks.sentence_boundary import _STOP_THEN_LOWER

    # As written before, looking behind first (re tried it at every character).
    old = r"(?<![.…])\.[^\S\n]+(?=[^\W\d_])"
    assert [m.span() for m in _STOP_THEN_LOWER.finditer(text)] == [m.span() for m in re.finditer(old, text)]


@pytest.mark.parametrize(
    ("source", "target", "lang", "excerpt"),
    [
        (
            "According to China Daily, the talks lasted six hours.",
            "차이나데일리에 따르면 회담은 6시간 동안. 진행됐다.",
            "ko",
            "차이나데일리에 따르면 회담은 6시간 동안.",
        ),
        (
            "According to China Daily, the talks lasted six hours.",
            "中国紙「チャイナ・デイリー」によると。会談は6時間に及んだ。",
            "ja",
            "中国紙「チャイナ・デイリー」によると。",
        ),
        (
            "According to China Daily, the talks lasted six hours.",
            "据《中国日报》报道。会谈持续了六个小时。",
            "zh",
            "据《中国日报》报道。",
        ),
    ],
)
def test_caseless_scripts_cut_where_the_last_word_cannot_end_a_sentence(
    source: str, target: str, lang: str, excerpt: str
) -> None:
    findings = findings_for(source, target, "en", lang, checks=("sentence_boundary",))
    assert [(f.check, f.excerpt) for f in findings] == [(FRAGMENT, excerpt)]


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        # Two whole sentences for one: each ends as a sentence ends ("-다", a verb form, a noun: 体言止め)
        ("The talks lasted six hours and covered AI.", "회담은 6시간 동안 진행됐다. AI 문제를 다뤘다.", "ko"),
        ("The talks are expected in spring.", "会談は春に開かれる。その見通し。", "ja"),
        ("The talks lasted six hours and covered AI.", "회담은 6시간 동안 진행됐다. 주제는 AI.", "ko"),
        # The last word before the stop is inside brackets: an aside, not the sentence's end
        (
            "Wages fell 1.2% (the first drop since 2020).",
            "物価は上昇した。賃金は1.2％減少した（2020年以来初めて）。",
            "ja",
        ),
        # A Chinese sentence that opens with "according to" and goes on after it is whole
        ("According to reports he has left, and nobody knows why.", "据报道他已离开。至今无人知晓原因。", "zh"),
        ("He spoke of growth, of trade and of reform.", "他谈到了增长。关于贸易和改革，他也发表了看法。", "zh"),
    ],
)
def test_caseless_scripts_whole_sentences_are_no_fragments(source: str, target: str, lang: str) -> None:
    assert findings_for(source, target, "en", lang, checks=("sentence_boundary",)) == ()


def test_cut_clause_only_judges_full_stops() -> None:
    from mtqa.checks.sentence_boundary import cut_clause
    from mtqa.lang import as_language

    korean = as_language("ko")
    assert cut_clause("회담은 6시간 동안.", korean)
    assert not cut_clause("회담은 6시간 동안?", korean)  # a question ends a sentence whatever its form
    assert not cut_clause("회담이 열렸다.", korean)
    assert not cut_clause("합의했다고 밝혔다.”", korean)
    assert not cut_clause("회담은 6시간 동안.", as_language("en"))
    chinese = as_language("zh")
    assert cut_clause("据《中国日报》报道。", chinese)
    assert cut_clause("对于中国来说。", chinese)
    assert not cut_clause("据报道他已离开。", chinese)  # the frame goes on
    assert not cut_clause("据《中国日报》报道？", chinese)
    arabic = as_language("ar")
    assert cut_clause("وافق مجلس المدينة يوم الخميس على.", arabic)
    assert not cut_clause("لم يصل الوفد بعد.", arabic)  # "not yet": an adverb ends it
    assert not cut_clause("وافق المجلس على الميزانية الثقافي.", arabic)  # a word ending like "في" is no "في"


@pytest.mark.parametrize(
    ("target", "lang"),
    [
        ("На заводе работают 12 тыс. человек, на 3,5% больше.", "ru"),
        ("На заводі працюють 12 тис. осіб, на 3,5% більше.", "uk"),
    ],
)
def test_cyrillic_abbreviations_are_no_mid_sentence_stop(target: str, lang: str) -> None:
    source = "The plant employs 12,000 people, 3.5% more."
    assert findings_for(source, target, "en", lang, checks=("sentence_boundary",)) == ()


def test_cut_clause_knows_the_attributive_de_and_the_japanese_de() -> None:
    from mtqa.checks.sentence_boundary import cut_clause
    from mtqa.lang import as_language

    chinese = as_language("zh")
    assert cut_clause("新机场将为年吞吐量达五千万人次的。", chinese)  # "for the ... of": the noun went on
    assert cut_clause("他说，这是一座历史悠久的。", chinese) is False  # 是…的 asserts
    assert not cut_clause("这座桥是去年建成的。", chinese)
    assert not cut_clause("他们一定会回来的。", chinese)
    assert not cut_clause("这正是此次改革的目的。", chinese)  # 目的 "purpose" is a word of its own
    assert not cut_clause("他笑得像个孩子似的。", chinese)
    japanese = as_language("ja")
    assert cut_clause("新しい橋は来年の春で。", japanese)
    assert not cut_clause("新しい橋は来年の春に完成する。", japanese)


@pytest.mark.parametrize(
    ("source", "target", "lang", "excerpt"),
    [
        # the aligner pairs the piece before the cut with the source sentence and leaves the rest alone
        (
            "The bank will lend money for a bridge with a span of 1,200 metres. Construction is due to start in May.",
            "该银行将为跨度达1200米的。大桥提供贷款。工程预计将于5月开工。",
            "zh",
            "该银行将为跨度达1200米的。",
        ),
        (
            "The old ferry service will end in April, the operator said on Tuesday.",
            "古いフェリー航路は4月末で。運航を終える。運航会社が火曜日に明らかにした。",
            "ja",
            "古いフェリー航路は4月末で。",
        ),
    ],
)
def test_caseless_cuts_before_an_attribute_or_particle(source: str, target: str, lang: str, excerpt: str) -> None:
    findings = findings_for(source, target, "en", lang, checks=("sentence_boundary",))
    assert [(f.check, f.excerpt) for f in findings] == [(FRAGMENT, excerpt)]


def test_a_cut_whose_rest_the_aligner_left_unmatched_is_reported() -> None:
    # With an encoder the aligner may pair the piece before the cut with the whole source sentence and
    # leave the piece after it as a 0-1 bead: the 1-1 bead then holds the cut.
    from dataclasses import replace

    from mtqa.checks.base import SentencePair
    from mtqa.checks.sentence_boundary import VerblessFragment
    from tests.checks_helpers import context_for

    source = "The bank will lend money for a bridge with a span of 1,200 metres. Construction starts in May."
    target = "该银行将为跨度达1200米的。大桥提供贷款。工程预计将于5月开工。"
    context = context_for(source, target, "en", "zh")
    whole = next(iter(context.sentence_pairs()))
    first, rest, last = Bead((0,), (0,), 0.8), Bead((), (1,), None), Bead((1,), (2,), 0.8)
    paragraph = replace(whole.paragraph_bead, sentences=(first, rest, last))
    cut = SentencePair(first, whole.source[:1], whole.target[:1], paragraph)
    assert [f.excerpt for f in VerblessFragment().check_sentence(context, cut)] == ["该银行将为跨度达1200米的。"]
    whole_sentence = SentencePair(last, whole.source[1:], whole.target[2:], paragraph)
    assert list(VerblessFragment().check_sentence(context, whole_sentence)) == []


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # A score or a clock time before the stop is no ordinal, in languages that write ordinals with one.
        (
            "The hosts led 3-1 at half-time but the guests equalised.",
            "Domácí vedli 3:1. ale hosté vyrovnali.",
            "cs",
            {MID},
        ),
        ("The market opens at 18:30 and closes late.", "Der Markt öffnet um 18:30. und schließt spät.", "de", {MID}),
        ("They led 2-0 but lost.", "Viedli 2:0. ale prehrali.", "sk", {MID}),
        # An ordinal keeps its stop: "am 3. Mai", "ve 3. minutě".
        ("He scored in the 3rd minute of extra time.", "Skóroval ve 3. minutě prodloužení.", "cs", set()),
    ],
    ids=["cs-score", "de-time", "sk-score", "cs-ordinal"],
)
def test_a_score_or_time_before_a_stop_is_no_ordinal(
    source: str, target: str, target_lang: str, expected: set[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang)
    assert {f.check for f in findings if f.check == MID} == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # A space inside an address the source writes whole: a broken link (markup), no cut sentence.
        (
            "Book online at tickets.opera.org.uk or by phone.",
            "Réservez sur tickets.opera.org. uk ou par téléphone.",
            "fr",
            set(),
        ),
        ("Details are on shop.example.com today.", "Details stehen auf shop.example. com heute.", "de", set()),
        ("Open the file report.final.pdf first.", "Apri il file report.final. pdf prima.", "it", set()),
        # A dotted token the source does not write whole keeps the cut reported.
        ("The site is example.org and the rest follows.", "El sitio es example.org. y el resto sigue.", "es", {MID}),
    ],
    ids=["fr-domain", "de-domain", "it-file", "es-real-cut"],
)
def test_a_space_inside_a_source_token_is_no_cut_sentence(
    source: str, target: str, target_lang: str, expected: set[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang)
    assert {f.check for f in findings if f.check == MID} == expected


def test_a_stop_where_the_source_ends_a_sentence_too_is_a_lost_capital_not_a_cut() -> None:
    # The source has the break: the stop is right, the next sentence lost its capital (spelling's finding).
    source = "The lamp dims on its own. Its sensor reads the room."
    target = "La lampe baisse seule. son capteur lit la pièce."
    findings = findings_for(source, target, "en", "fr", checks=("sentence_boundary", "spelling.sentence_start"))
    assert [(f.check, f.excerpt) for f in findings] == [("spelling.sentence_start", "son")]
    # Without a break in the source, the stop cuts the sentence.
    cut = findings_for(
        "The lamp dims on its own when you leave.", "La lampe baisse seule. quand vous partez.", "en", "fr"
    )
    assert "sentence_boundary.mid_sentence_stop" in failing_ids(cut)


def test_a_verbless_sentence_is_a_fragment_in_news_not_in_product_copy() -> None:
    source, target = "Lightweight and tough for every trail.", "Léger et robuste. Pour tous les sentiers."
    news = findings_for(source, target, checks=("sentence_boundary.fragment",))
    assert [f.excerpt for f in news] == ["Pour tous les sentiers."]
    for profile in ("product", "ui", "docs"):
        config = CheckConfig(profile=profile)
        assert not findings_for(source, target, checks=("sentence_boundary.fragment",), config=config)


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        (
            "The festival hosted some 300 bands, of which only a tenth came from abroad.",
            "El festival acogió a unas 300 bandas. De las cuales solo una décima parte venía del extranjero.",
            "en",
            "es",
            ["De las cuales solo una décima parte venía del extranjero."],
        ),
        (
            "Il festival ha ospitato 300 gruppi, di cui solo un decimo stranieri.",
            "The festival hosted 300 bands. Of which only a tenth came from abroad.",
            "it",
            "en",
            ["Of which only a tenth came from abroad."],
        ),
        (
            "The festival hosted some 300 bands, of which only a tenth came from abroad.",
            "Festival hostil asi 300 kapel. Z nichž jen desetina přijela ze zahraničí.",
            "en",
            "cs",
            ["Z nichž jen desetina přijela ze zahraničí."],
        ),
        # the source has two sentences too: the translation cut nothing
        (
            "The festival hosted some 300 bands. Only a tenth came from abroad.",
            "El festival acogió a unas 300 bandas. De ellas, solo una décima parte venía del extranjero.",
            "en",
            "es",
            [],
        ),
        # "Lo cual" opens sentences in Spanish prose; a question; an idiom too short to be a clause
        (
            "Prices rose, which explains why the council acted.",
            "Los precios subieron. Lo cual explica que el consejo actuara.",
            "en",
            "es",
            [],
        ),
        ("Who funded it, and which firms?", "Qui l'a financé ? Lesquelles des entreprises ?", "en", "fr", []),
        ("So be it, she said firmly.", "Elle l'a dit fermement. Dont acte.", "en", "fr", []),
    ],
)
def test_a_relative_clause_cut_off_as_a_sentence(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=(FRAGMENT,))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        (
            "Die Lampe lässt sich dimmen und kann per App gesteuert werden.",
            "The lamp can be dimmed. And can be controlled from the app.",
            "de",
            "en",
            ["And can be controlled from the app."],
        ),
        (
            "The kettle boils a litre in three minutes and is easy to descale.",
            "Der Wasserkocher kocht einen Liter in drei Minuten. Und ist leicht zu entkalken.",
            "en",
            "de",
            ["Und ist leicht zu entkalken."],
        ),
        (
            "The blender crushes ice and is easy to clean.",
            "Le blender broie la glace. Et est facile à nettoyer.",
            "en",
            "fr",
            ["Et est facile à nettoyer."],
        ),
        # a subject after the conjunction, a question, or two sentences in the source too
        (
            "Die Lampe lässt sich dimmen und kann per App gesteuert werden.",
            "The lamp can be dimmed. And it can be controlled from the app.",
            "de",
            "en",
            [],
        ),
        ("Is it light, and is it strong?", "Is it light? And is it strong?", "en", "en", []),
        # a German adverb after the conjunction: the verb and its subject follow (verb second)
        (
            "The kettle boils a litre in three minutes, and now it switches off by itself.",
            "Der Wasserkocher kocht einen Liter in drei Minuten. Und jetzt schaltet er sich selbst ab.",
            "en",
            "de",
            [],
        ),
        (
            "Die Lampe lässt sich dimmen. Sie kann per App gesteuert werden.",
            "The lamp can be dimmed. And can be controlled from the app.",
            "de",
            "en",
            [],
        ),
    ],
)
def test_a_coordinated_clause_cut_off_without_its_subject(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    for profile in ("news", "product"):
        findings = findings_for(
            source, target, source_lang, target_lang, checks=(FRAGMENT,), config=CheckConfig(profile=profile)
        )
        assert [f.excerpt for f in findings] == expected


SPLICE = "sentence_boundary.comma_splice"


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        (
            "The export is limited to ten minutes. Large reports are split into several files.",
            "L'export est limité à dix minutes, les rapports volumineux sont divisés en plusieurs fichiers.",
            "en",
            "fr",
            [", les"],
        ),
        (
            "Die Synchronisierung ist im Hintergrund aktiv. Neue Termine werden nach wenigen Sekunden angezeigt.",
            "De synchronisatie is actief op de achtergrond, nieuwe afspraken worden na enkele seconden getoond.",
            "de",
            "nl",
            [", nieuwe"],
        ),
        # joined on purpose: a conjunction, a relative word, a semicolon
        (
            "The export is limited to ten minutes. Large reports are split into several files.",
            "L'export est limité à dix minutes, et les rapports volumineux sont divisés en plusieurs fichiers.",
            "en",
            "fr",
            [],
        ),
        (
            "Die Synchronisierung ist im Hintergrund aktiv. Neue Termine werden nach wenigen Sekunden angezeigt.",
            "De synchronisatie is actief op de achtergrond, waarna nieuwe afspraken na enkele seconden worden getoond.",
            "de",
            "nl",
            [],
        ),
        (
            "The export is limited to ten minutes. Large reports are split into several files.",
            "Eksport jest ograniczony do dziesięciu minut; duże raporty są dzielone na kilka plików.",
            "en",
            "pl",
            [],
        ),
        # German and Polish join main clauses by a bare comma: no run-on there
        (
            "The export is limited to ten minutes. Large reports are split into several files.",
            "Der Export ist auf zehn Minuten begrenzt, große Berichte werden in mehrere Dateien aufgeteilt.",
            "en",
            "de",
            [],
        ),
        (
            "The export is limited to ten minutes. Large reports are split into several files.",
            "Eksport jest ograniczony do dziesięciu minut, duże raporty są dzielone na kilka plików.",
            "en",
            "pl",
            [],
        ),
        # a comma after an introductory phrase, not between two clauses
        (
            "Das Update erscheint am Montag. Am 10. und 11. August wird die Anmeldung vor Ort möglich sein.",
            "The update is released on Monday and on 10 and 11 August, registration will be possible on site.",
            "de",
            "en",
            [],
        ),
        # a stop the segmenter did not see (after a closing German quote): more than one sentence in one
        (
            "He said the objects found in the enclosure looked strange. In 2012 the company bought the whole site.",
            "Er sagte, die Objekte, die im Gehege gefunden werden, wirkten „seltsam und aufregend.“ 2012 kaufte "
            "das Unternehmen das ganze Gelände.",
            "en",
            "de",
            [],
        ),
        # a statement and its attribution, two sentences in the source, are one in English news
        (
            "Der Bahnhof wird bis zum Sommer vollständig umgebaut. Das hat die Verkehrssenatorin am Montag mitgeteilt.",
            "The station will be completely rebuilt by the summer, the transport senator announced on Monday.",
            "de",
            "en",
            [],
        ),
        # ... but not a reporting verb that opens a clause of its own
        (
            "Der Bahnhof wird bis zum Sommer vollständig umgebaut. Die Senatorin sagte, die Kosten würden steigen.",
            "The station will be completely rebuilt by the summer, the senator said the costs would rise sharply.",
            "de",
            "en",
            [", the"],
        ),
        # two sentences in two sentences
        (
            "The export is limited to ten minutes. Large reports are split into several files.",
            "L'export est limité à dix minutes. Les rapports volumineux sont divisés en plusieurs fichiers.",
            "en",
            "fr",
            [],
        ),
    ],
    ids=[
        "en-fr",
        "de-nl",
        "fr-et",
        "nl-waarna",
        "pl-semicolon",
        "de-bare-comma",
        "pl-bare-comma",
        "introductory",
        "inner-stop",
        "attribution",
        "attribution-with-clause",
        "not-merged",
    ],
)
def test_two_source_sentences_joined_by_a_bare_comma(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=(SPLICE,))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        (
            "Il museo ha accolto 48.000 visitatori nonostante la chiusura estiva.",
            "The museum welcomed 48,000. visitors despite the summer closure.",
            "it",
            "en",
            [". visitors"],
        ),
        (
            "The fund paid 1,250,000 euros which covered the repairs.",
            "El fondo pagó 1.250.000. euros que cubrieron las reparaciones.",
            "en",
            "es",
            [". euros"],
        ),
        (
            "Inflation fell to 2.5 percent and wages rose.",
            "L'inflazione è scesa al 2,5. e i salari sono aumentati.",
            "en",
            "it",
            [". e"],
        ),
        # an ordinal language writes "1.000." for the thousandth
        (
            "The 1,000th visitor won a ticket.",
            "Der 1.000. Besucher gewann eine Karte.",
            "en",
            "de",
            [],
        ),
        # the right translation: the number ends the sentence, the next one starts with a capital
        (
            "Il museo ha accolto 48.000 visitatori. Il sindaco era presente.",
            "The museum welcomed visitors: 48,000. The mayor was there.",
            "it",
            "en",
            [],
        ),
    ],
    ids=["it-en", "en-es", "en-it-decimal", "de-ordinal", "clean"],
)
def test_a_stop_after_a_grouped_or_decimal_number_cuts_the_sentence(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=(MID,))
    assert [f.excerpt for f in findings] == expected


MISSING_STOP = "sentence_boundary.missing_stop"


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        (
            "Rinse the filter under running water. Leave it to dry before refitting it.",
            "Ξεπλύνετε το φίλτρο κάτω από τρεχούμενο νερό Αφήστε το να στεγνώσει πριν το τοποθετήσετε.",
            "el",
            ["νερό Αφήστε"],
        ),
        (
            "Spülen Sie den Filter unter fließendem Wasser ab. Lassen Sie ihn vor dem Einsetzen trocknen.",
            "Rinse the filter under running water Let it dry before refitting it.",
            "en",
            ["water Let"],
        ),
        (
            "Rinse the filter under running water. Leave it to dry before refitting it.",
            "Промойте фильтр под проточной водой Дайте ему высохнуть перед установкой.",
            "ru",
            ["водой Дайте"],
        ),
        # the stop is there; a name, a month; German capitalises its nouns
        (
            "Rinse the filter under running water. Leave it to dry before refitting it.",
            "Ξεπλύνετε το φίλτρο κάτω από τρεχούμενο νερό. Αφήστε το να στεγνώσει πριν το τοποθετήσετε.",
            "el",
            [],
        ),
        (
            "Spülen Sie den Filter mit Wasser ab. Fragen Sie Ihren Händler in Lyon.",
            "Rinse the filter with water and ask your dealer in Lyon about it.",
            "en",
            [],
        ),
        (
            "Der Filter kommt im Juli. Danach wird er sofort verschickt.",
            "The filter arrives in July and is then shipped right away.",
            "en",
            [],
        ),
        (
            "Rinse the filter under running water. Leave it to dry before refitting it.",
            "Spülen Sie den Filter unter fließendem Wasser Lassen Sie ihn vor dem Einsetzen trocknen.",
            "de",
            [],
        ),
        # a name transliterated from the source, in a case form, or capitalised elsewhere in another form
        (
            "The filter is made in Portugal. It ships the same day.",
            "Фильтр производится на заводе в Португалии отправляется в тот же день.",
            "ru",
            [],
        ),
        (
            "Our filters come from Latvia. Each is tested twice.\n\nThe plant near Riga opened in 1995.",
            "Наши фильтры поставляются из Латвии каждый проверяется дважды.\n\nЗавод под Латвией открылся в 1995 году.",
            "ru",
            [],
        ),
        (
            "Free delivery to mainland Greece. Returns within 30 days.",
            "Entrega gratuita em toda a Grécia continental.",
            "pt",
            [],
        ),
    ],
    ids=["el", "en", "ru", "el-stop", "name", "month", "de", "ru-name", "ru-case-form", "pt-country"],
)
def test_two_sentences_run_together_without_a_mark(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    source_lang = "de" if target_lang == "en" else "en"
    findings = findings_for(source, target, source_lang, target_lang, checks=(MISSING_STOP,))
    assert [f.excerpt for f in findings] == expected


def test_greek_scale_abbreviation_cuts_no_sentence() -> None:
    source = "The airline lost 95 million euros last year, the company said."
    target = "Η αεροπορική εταιρεία έχασε 95 εκατ. ευρώ πέρυσι, ανακοίνωσε η εταιρεία."
    assert not failing_ids(findings_for(source, target, "en", "el", checks=("sentence_boundary",)))
    cut = "Η αεροπορική εταιρεία έχασε 95 ευρώ. πέρυσι, ανακοίνωσε η εταιρεία."
    assert "sentence_boundary.mid_sentence_stop" in failing_ids(
        findings_for(source, cut, "en", "el", checks=("sentence_boundary",))
    )


def test_comma_splice_where_the_second_sentence_kept_its_capital() -> None:
    # Hungarian has no joining-word list: the capital of a common word after the comma tells the splice.
    source = "The museum closed its west wing last year. The council paid for a new roof in the spring."
    spliced = "A múzeum tavaly bezárta a nyugati szárnyát, Az önkormányzat tavasszal új tetőt fizetett."
    found = findings_for(source, spliced, "en", "hu", checks=("sentence_boundary",))
    assert "sentence_boundary.comma_splice" in failing_ids(found)
    joined = "A múzeum tavaly bezárta a nyugati szárnyát, az önkormányzat pedig tavasszal új tetőt fizetett."
    assert not failing_ids(findings_for(source, joined, "en", "hu", checks=("sentence_boundary",)))
    # A name after the comma keeps its capital rightly.
    source = "The museum closed its west wing last year. Anna Kovács paid for a new roof in the spring."
    named = "A múzeum tavaly bezárta a nyugati szárnyát, Anna Kovács pedig tavasszal új tetőt fizetett."
    assert not failing_ids(findings_for(source, named, "en", "hu", checks=("sentence_boundary",)))


def test_missing_stop_before_a_quotation_and_before_an_acronym() -> None:
    source = "The port will add two cranes next year. “The quay is long enough for both,” the manager said."
    target = "Satama lisää ensi vuonna kaksi nosturia ”Laituri on riittävän pitkä molemmille”, johtaja sanoi."
    found = findings_for(source, target, "en", "fi", checks=("sentence_boundary",))
    assert "sentence_boundary.missing_stop" in failing_ids(found)
    source = "The bank will open ten branches. Its chairman, Murat Aydın, said the plan was on track."
    target = "Banka on şube açacak Bankanın YK Başkanı Murat Aydın, planın yolunda olduğunu söyledi."
    found = findings_for(source, target, "en", "tr", checks=("sentence_boundary",))
    assert "sentence_boundary.missing_stop" in failing_ids(found)
    # Two capitalised words make a name: still silent.
    target = "Banka on şube açacak Ziraat Bankası Başkanı Murat Aydın, planın yolunda olduğunu söyledi."
    assert "sentence_boundary.missing_stop" not in failing_ids(
        findings_for(source, target, "en", "tr", checks=("sentence_boundary",))
    )


def test_greek_and_hungarian_relative_clause_cut_off_as_a_sentence() -> None:
    source = "The ministry published new rules for drones, which will apply from the summer."
    target = "Το υπουργείο δημοσίευσε νέους κανόνες για τα drones. Οι οποίοι θα ισχύουν από το καλοκαίρι."
    found = findings_for(source, target, "en", "el", checks=("sentence_boundary",))
    assert "sentence_boundary.fragment" in failing_ids(found)
    whole = "Το υπουργείο δημοσίευσε νέους κανόνες για τα drones, οι οποίοι θα ισχύουν από το καλοκαίρι."
    assert not failing_ids(findings_for(source, whole, "en", "el", checks=("sentence_boundary",)))
    target = "A minisztérium új szabályokat tett közzé a drónokra. Amelyek nyártól lesznek érvényesek."
    found = findings_for(source, target, "en", "hu", checks=("sentence_boundary",))
    assert "sentence_boundary.fragment" in failing_ids(found)


def test_missing_stop_after_a_name_before_a_capitalised_function_word() -> None:
    # The first sentence ends with a name and the second opens with an article: a name nearer the
    # expected boundary ("nel Regno Unito") does not hide the run-on.
    source = "The brand sells most of its shoes in Japan and the United Kingdom. The group employs 800 people in Parma."
    target = (
        "Il marchio vende gran parte delle scarpe in Giappone e nel Regno Unito Il gruppo impiega 800 persone a Parma."
    )
    found = findings_for(source, target, "en", "it", checks=("sentence_boundary",))
    assert [f.excerpt for f in found if f.check == "sentence_boundary.missing_stop"] == ["Unito Il"]
    right = (
        "Il marchio vende gran parte delle scarpe in Giappone e nel Regno Unito. Il gruppo impiega 800 persone a Parma."
    )
    assert not failing_ids(findings_for(source, right, "en", "it", checks=("sentence_boundary",)))
    # A name that opens with an article, written so in the source, continues the sentence.
    source = "The brand sells most of its shoes in Japan. Its rival La Rosa employs 800 people in Parma."
    target = "Il marchio vende gran parte delle scarpe in Giappone mentre La Rosa impiega 800 persone a Parma."
    assert "sentence_boundary.missing_stop" not in failing_ids(
        findings_for(source, target, "en", "it", checks=("sentence_boundary",))
    )


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        # a verb-final language: the second sentence opens with its source's number, no stop before it
        (
            "Su ısıtıcı suyu yalnızca üç dakikada kaynatır 1.800 W gücüyle her zaman hızla ısınır.",
            "tr",
            ["kaynatır 1.800"],
        ),
        # the number far from where the first sentence ends: inside a sentence
        ("Su ısıtıcı 1.800 W gücüyle suyu yalnızca üç dakikada kaynatır ve her zaman hızla ısınır.", "tr", []),
        # a language that does not end its clauses with the verb is not read so
        ("Keitin keittää veden vain kolmessa minuutissa 1 800 W:n teholla se lämpenee aina nopeasti.", "fi", []),
    ],
)
def test_a_verb_final_sentence_run_into_a_number(target: str, target_lang: str, expected: list[str]) -> None:
    source = "The kettle boils water in just three minutes. With 1,800 W of power it always heats up fast."
    findings = findings_for(source, target, "en", target_lang, checks=("sentence_boundary.missing_stop",))
    assert [f.excerpt for f in findings] == expected


def test_a_clause_opened_after_a_comma_with_a_capitalised_article() -> None:
    # One source sentence rendered as two clauses, the second opening with a capitalised article after
    # a comma: the engine began a new sentence and kept a comma for its stop.
    source = "The museum will reopen in May, when the restorers have finished the frescoes of the chapel."
    target = "Il museo riaprirà a maggio, Gli affreschi della cappella saranno stati restaurati."
    found = findings_for(source, target, "en", "it", checks=("sentence_boundary",))
    assert [f.excerpt for f in found if f.check == "sentence_boundary.comma_splice"] == [", Gli"]
    target = "O museu vai reabrir em maio, Os restauradores terão terminado os afrescos da capela."
    found = findings_for(source, target, "en", "pt-BR", checks=("sentence_boundary",))
    assert "sentence_boundary.comma_splice" in failing_ids(found)
    # Lower case after the comma, a name (a capital after the article) or a title: silent.
    right = "Il museo riaprirà a maggio, quando i restauratori avranno finito gli affreschi della cappella."
    assert not failing_ids(findings_for(source, right, "en", "it", checks=("sentence_boundary",)))
    source = "The museum will reopen in May, the newspaper La Nazione reported on Sunday."
    named = "Il museo riaprirà a maggio, La Nazione ha riferito domenica."
    assert not failing_ids(findings_for(source, named, "en", "it", checks=("sentence_boundary",)))
    source = "The plan was presented by Marc Dupont, director of the federation, on Monday."
    titled = "Le plan a été présenté lundi par Marc Dupont, Directeur de la fédération."
    assert not failing_ids(findings_for(source, titled, "en", "fr", checks=("sentence_boundary",)))


def test_german_missing_stop_before_a_capitalised_article() -> None:
    source = "The new hall will open in May. It offers room for 4,000 visitors and a café."
    target = "Die neue Halle wird im Mai eröffnet Das Gebäude bietet Platz für 4.000 Besucher und ein Café."
    found = findings_for(source, target, "en", "de", checks=("sentence_boundary",))
    assert [f.excerpt for f in found if f.check == "sentence_boundary.missing_stop"] == ["eröffnet Das"]
    right = "Die neue Halle wird im Mai eröffnet. Sie bietet Platz für 4.000 Besucher und ein Café."
    assert not failing_ids(findings_for(source, right, "en", "de", checks=("sentence_boundary",)))
    # A noun after a lower-case word is capitalised as any German noun; a title the source writes is a name.
    source = "The new hall will open in May. Its café will serve regional dishes."
    nouns = "Die neue Halle wird im Mai eröffnet und bietet regionale Gerichte im Café."
    assert not failing_ids(findings_for(source, nouns, "en", "de", checks=("sentence_boundary",)))
    source = "The hall was praised by the weekly Die Zeit. It opens in May."
    title = "Die Halle wurde von der Wochenzeitung gelobt Die Zeit eröffnet im Mai."
    assert "sentence_boundary.missing_stop" not in failing_ids(
        findings_for(source, title, "en", "de", checks=("sentence_boundary",))
    )


def test_german_formal_pronoun_opens_no_sentence() -> None:
    source = "We cannot travel if we have to go into quarantine. The company will not refund us, she said."
    target = "Wir können nicht reisen, wenn wir in Quarantäne müssen und die Firma erstattet nichts, sagte Sie."
    assert "sentence_boundary.missing_stop" not in failing_ids(
        findings_for(source, target, "en", "de", checks=("sentence_boundary",))
    )
