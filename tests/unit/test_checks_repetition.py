"""Golden table and properties of the repetition family."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.checks.repetition import _TOKEN, Repeat, _possible_starts, _repeat_at, find_repeats
from mtqa.lang import Language
from tests.checks_helpers import STRESS_ALPHABET, assert_robust, failing_ids, findings_for

WORD = "repetition.word"
PHRASE = "repetition.phrase"

# (source, target, source language, target language, expected failing check ids of the family)
CASES = [
    # repetition.word
    ("The minister announced a reform.", "Le ministre a annoncé annoncé une réforme.", "en", "fr", {WORD}),
    ("Er sagte, die Gespräche seien gescheitert.", "He said the the talks failed.", "de", "en", {WORD}),
    ("He said that.", "Er hat hat das gesagt.", "en", "de", {WORD}),
    ("We met.", "Nous nous sommes rencontrés.", "en", "fr", set()),
    ("You are wrong.", "Vous vous trompez.", "en", "fr", set()),
    ("Il en avait assez.", "He had had enough.", "fr", "en", set()),
    ("Je sais que c'est vrai.", "I know that that is true.", "fr", "en", set()),
    (
        "The women who look after the children are tired.",
        "Die Frauen, die die Kinder betreuen, sind müde.",
        "en",
        "de",
        set(),
    ),
    # an article written twice after a preposition; a relative clause after a comma is grammatical
    ("Put the lid on the jar.", "Setzen Sie den Deckel auf das das Glas.", "en", "de", {WORD}),
    ("She spoke with the staff.", "Sie sprach mit den den Mitarbeitern.", "en", "de", {WORD}),
    ("The table on which the chair stands.", "Der Tisch, auf dem dem Gast der Stuhl gehört.", "en", "de", set()),
    ("The children, whom the team trained.", "Die Kinder, die die Mannschaft trainierte.", "en", "de", set()),
    (
        "A man who fled, and who is suspected.",
        "Ein Mann, der floh, und bei dem dem Arzt Zweifel kamen.",
        "en",
        "de",
        set(),
    ),
    ("The score was 20 to 20.", "Le score était de 20 20.", "en", "fr", set()),
    ("They flew to Bora Bora.", "Ils sont partis à Bora Bora.", "en", "fr", set()),
    # a common word of a name written twice is a slip; a short doubled name and a source's double are not
    ("Il habite à Silver Creek.", "He lives in Silver Creek Creek.", "fr", "en", {WORD}),
    ("Sie wohnt am Grünen Platz.", "Elle habite sur la Place Place Verte.", "de", "fr", {WORD}),
    ("Il a visité Sing Sing.", "He visited Sing Sing.", "fr", "en", set()),
    ("The band Sugar Sugar played.", "Le groupe Sugar Sugar a joué.", "en", "fr", set()),
    ("Il a visité Walla Walla.", "He visited Walla Walla.", "fr", "en", set()),
    # Turkish doubles words to make adverbs; a doubled verb is still a stutter
    ("Prices rose slowly.", "Fiyatlar yavaş yavaş yükseldi.", "en", "tr", set()),
    ("Prices rose.", "Fiyatlar yükseldi yükseldi.", "en", "tr", {WORD}),
    ("He said: yes, yes.", "Il a dit : oui, oui.", "en", "fr", set()),
    ("Bye bye, he said.", "Tschüss tschüss, sagte er.", "en", "de", set()),
    (
        "The council, which has backed the plan, agreed.",
        "El consejo, que que ha apoyado el plan, aceptó.",
        "en",
        "es",
        {WORD},
    ),
    ("She asked him what he wanted.", "Le preguntó que qué quería.", "en", "es", set()),
    # a preposition that ends a phrase, then a fixed phrase opening with it; not the same words elsewhere
    ("Les dégâts sont évalués à au moins 3 millions.", "Damage is put at at least 3 million.", "fr", "en", set()),
    ("Sie wusste nicht, wo er damals wohnte.", "She did not know where he lived in in fact.", "de", "en", set()),
    ("Wir treffen uns am Bahnhof.", "We meet at at the station.", "de", "en", {WORD}),
    ("Damage was put at 3 million.", "Les dégâts ont été estimés à à 3 millions.", "en", "fr", {WORD}),
    # repetition.phrase
    ("The government decided.", "Le gouvernement le gouvernement a décidé.", "en", "fr", {PHRASE}),
    ("The new policy was adopted.", "The new policy the new policy was adopted.", "fr", "en", {PHRASE}),
    ("It is very very good.", "C'est très très très très bien.", "en", "fr", {PHRASE}),
    ("In the city.", "In der Stadt in der Stadt wurde gefeiert.", "en", "de", {PHRASE}),
    (
        "The government decided, the government said.",
        "Le gouvernement a décidé, le gouvernement l'a dit.",
        "en",
        "fr",
        set(),
    ),
    ("New York, New York", "New York, New York", "en", "fr", set()),
    # Chinese and Japanese: a doubled word is a doubled run of ideographs or katakana, no space between
    ("The next round is expected in Beijing.", "下一轮会谈会谈预计将于春季在北京举行。", "en", "zh", {WORD}),
    ("The next talks will be held in Beijing.", "次回の会談会談は北京で開かれる。", "en", "ja", {WORD}),
    ("According to China Daily.", "チャイナチャイナ・デイリーによると。", "en", "ja", {WORD}),
    ("The talks.", "会谈会谈会谈持续了六个小时。", "en", "zh", {PHRASE}),
    ("They checked one by one.", "他们一个一个地检查。", "en", "zh", set()),
    ("Everyone, one by one.", "一人一人が確認した。", "en", "ja", set()),
    ("He laughed.", "他哈哈哈哈地笑了。", "en", "zh", set()),
    ("I was excited.", "ドキドキした。", "en", "ja", set()),
    ("Let us discuss it.", "我们讨论讨论吧。", "en", "zh", set()),
    ("The number of his supporters rose.", "支持他的人的人数增加了。", "en", "zh", set()),
    # the source says it twice for emphasis ("lots and lots"), the translation doubles the word (TED zh)
    ("It bonks it lots and lots of times.", "它会撞击它数次数次。", "en", "zh", set()),
    ("They are very, very different.", "它们非常非常不同。", "en", "zh", set()),
    ("They are extremely different.", "它们极其极其不同。", "en", "zh", {WORD}),
    # Turkish pairs dotted and dotless i by case: "İki iki" is one word twice, "Irak ırak" too
    ("The two delegations agreed.", "İki iki heyet anlaştı.", "en", "tr", {WORD}),
    ("Iraq said so.", "Irak ırak bunu söyledi.", "en", "tr", {WORD}),
    # Korean writes particles onto nouns: the noun doubled, particle and all
    ("The second line opened in May.", "두 번째 노선 노선은 5월에 개통했다.", "en", "ko", {WORD}),
    ("I trust myself.", "나는 나를 믿는다.", "en", "ko", set()),
]


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang", "expected"), CASES)
def test_golden(source: str, target: str, source_lang: str, target_lang: str, expected: set[str]) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("repetition",))
    assert failing_ids(findings) == expected, [(f.check, f.excerpt, f.message) for f in findings]


def test_span_covers_both_occurrences_and_suggests_one() -> None:
    target = "Selon lui, le gouvernement le gouvernement a décidé."
    (finding,) = findings_for("According to him, the government decided.", target, "en", "fr", checks=("repetition",))
    assert finding.excerpt == "le gouvernement le gouvernement"
    assert finding.target_span is not None
    assert target[finding.target_span.start : finding.target_span.end] == finding.excerpt
    assert finding.suggestion == "le gouvernement"
    assert finding.severity == "major"


def test_doubled_word_is_minor_and_case_insensitive() -> None:
    (finding,) = findings_for("The talks failed.", "The the talks failed.", "fr", "en", checks=("repetition",))
    assert (finding.check, finding.severity, finding.suggestion) == (WORD, "minor", "The")


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.lists(st.sampled_from(["le", "Le", "de", "la", "the", "die", " ", ", ", "."]), max_size=30).map("".join)
    | st.text(min_size=1, max_size=60),
    st.sampled_from(["fr", "de", "en", "und"]),
)
def test_never_crashes(source: str, target: str, lang: str) -> None:
    assert_robust("repetition", source, target, "en", lang)


def _repeats_trying_every_start(text: str, language: Language) -> tuple[Repeat, ...]:
    # find_repeats as it was before it set aside the starts where the words do not repeat.
    keys = [word.casefold() for word in _TOKEN.findall(text)]
    tokens = list(_TOKEN.finditer(text))
    repeats: list[Repeat] = []
    index = 0
    for start in _possible_starts(keys):
        if start < index:
            continue
        repeat = _repeat_at(text, tokens, keys, start, language)
        if repeat is not None:
            repeats.append(repeat)
            index = start + repeat.size * repeat.times
    return tuple(repeats)


@given(st.lists(st.sampled_from(["le", "Le", "chat", "nous", "20", ",", ".", " ", "  ", "\n", "-", "l'"]), max_size=24))
@settings(max_examples=400)
def test_setting_aside_starts_without_repeated_words_changes_no_repeat(pieces: list[str]) -> None:
    text = " ".join(pieces)
    french = Language.parse("fr")
    assert find_repeats.__wrapped__(text, french) == _repeats_trying_every_start(text, french)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("target", "lang", "expected"),
    [
        ("Je to to nejlepší, co jsme kdy postavili.", "cs", []),
        ("Trenérka, která která vedla tým, mluvila.", "cs", ["která která"]),
        ("Det det handlar om är vattnet i hamnen.", "sv", []),
        ("Staden har ett ett nytt bad vid stranden.", "sv", ["ett ett"]),
    ],
)
def test_grammatical_doublings_of_czech_and_swedish(target: str, lang: str, expected: list[str]) -> None:
    findings = findings_for("The source sentence.", target, "en", lang)
    assert [f.excerpt for f in findings if f.check == "repetition.word"] == expected


def test_a_run_of_numbers_is_passed_over_after_its_first_start_and_nothing_changes() -> None:
    english = Language.parse("en")
    text = "1234567890 " * 40 + "and then then it ended."
    keys = [word.casefold() for word in _TOKEN.findall(text)]
    tokens = list(_TOKEN.finditer(text))
    numeric: dict[int, int] = {}
    assert _repeat_at(text, tokens, keys, 0, english, numeric) is None
    # each unit size's run of the same number, seen once from the first start: the starts inside it
    # (rotations of the same numbers) are not counted again, which made 20,000 numbers take minutes
    assert numeric == {size: size * (40 // size - 1) for size in range(1, 7)}
    assert _repeat_at(text, tokens, keys, 1, english, numeric) is None
    assert numeric == {size: size * (40 // size - 1) for size in range(1, 7)}
    found = find_repeats.__wrapped__(text, english)  # type: ignore[attr-defined]
    assert found == _repeats_trying_every_start(text, english)
    assert [text[r.start : r.end] for r in found] == ["then then"]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # sound-symbolic words exist only doubled (ideophones): not a stutter
        ("Kahve makinesi sabah harıl harıl çalışıyor.", []),
        ("Bebek beşikte mışıl mışıl uyuyor.", []),
        ("Kızarmış ekmek çıtır çıtır oldu.", []),
        # a common word of the same shape written twice is still a slip
        ("Şirketin gelir gelir tablosu açıklandı.", ["gelir gelir"]),
        ("Çocuklar okul okul bahçesinde oynadı.", ["okul okul"]),
        # and a word of another shape too
        ("Yeni model model daha hafif.", ["model model"]),
    ],
)
def test_turkish_ideophones_are_written_doubled(target: str, expected: list[str]) -> None:
    findings = findings_for("The source sentence.", target, "en", "tr")
    assert [f.excerpt for f in findings if f.check == WORD] == expected


def test_an_ideophone_shape_is_read_only_where_the_language_lists_one() -> None:
    # Finnish has no [repetition] ideophone: a doubled word of the same shape is reported
    findings = findings_for("The source sentence.", "Se on kukil kukil valmis.", "en", "fi")
    assert [f.excerpt for f in findings if f.check == WORD] == ["kukil kukil"]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # a preposition or conjunction written twice is a slip, though single ideographs are not judged
        ("这项研究于于去年完成。", ["于于"]),
        ("价格上涨了，但但销量没有下降。", ["但但"]),
        # reduplicated words stay silent ("天天", "人人", "实实在在"), and so do unlisted doubles
        ("他天天去公园散步，人人都认识他。", []),
        ("工作要实实在在地做，从从容容地完成。", []),
        # a doubled word of two ideographs is found as before
        ("公司公司宣布了新计划。", ["公司公司"]),
    ],
)
def test_chinese_function_characters_never_doubled(target: str, expected: list[str]) -> None:
    findings = findings_for("The source sentence.", target, "en", "zh")
    assert [f.excerpt for f in findings if f.check == WORD] == expected


def test_characters_never_doubled_only_where_the_language_lists_them() -> None:
    # Japanese lists none: "而而" in a Japanese text is left to the other rules
    findings = findings_for("The source sentence.", "これは而而である。", "en", "ja")
    assert not [f for f in findings if f.check == WORD]
