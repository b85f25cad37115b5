from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.lang.script import LETTERS_READ, dominant_script, script_of


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Hello world", "LATIN"),
        ("Tiếng Việt có dấu", "LATIN"),
        ("Zürich, Łódź, Ærø", "LATIN"),
        ("Европейский центральный банк", "CYRILLIC"),
        ("欧洲央行第十次加息", "CJK"),
        ("ラガルド総裁は、8月に述べた", "CJK"),
        ("한국어 문장", "HANGUL"),
        ("مرحبا بالعالم", "ARABIC"),
        ("Ελληνικά", "GREEK"),
        ("สวัสดีครับ", "THAI"),
    ],
)
def test_the_script_of_most_letters(text: str, script: str) -> None:
    assert dominant_script(text) == script


def test_a_few_foreign_words_do_not_change_the_script() -> None:
    assert dominant_script("Die EZB (European Central Bank) hat in Frankfurt entschieden.") == "LATIN"
    assert dominant_script("Аналитики Deutsche Bank и Goldman Sachs ожидали паузы в четверг.") == "CYRILLIC"


def test_no_letters_no_script() -> None:
    assert dominant_script("") is None
    assert dominant_script("4.5 % — 2001!") is None


def test_only_the_first_letters_are_read() -> None:
    assert dominant_script("a" * LETTERS_READ + "я" * (LETTERS_READ * 2)) == "LATIN"


def test_kana_and_ideographs_are_one_system() -> None:
    assert script_of("ラ") == script_of("総") == script_of("は") == "CJK"


def _counted_letter_by_letter(text: str) -> str | None:
    # The definition, as first written: a Counter of the first LETTERS_READ letters' scripts.
    from collections import Counter

    letters = [char for char in text if char.isalpha()][:LETTERS_READ]
    counts = Counter(script_of(char) for char in letters)
    return counts.most_common(1)[0][0] if counts else None


@given(st.text(st.sampled_from("aZé ß1.,’„“«»–ɐʃΩжя中ラ한ا\u0300\u00b2"), max_size=60) | st.text(max_size=40))
@settings(max_examples=400)
def test_the_latin_shortcut_gives_what_counting_every_letter_gives(text: str) -> None:
    assert dominant_script(text) == _counted_letter_by_letter(text)


@pytest.mark.parametrize(
    "text",
    [
        "1 " * 5000 + "я" * 10 + "a" * LETTERS_READ,  # letters only after a long run of digits
        "a" * (LETTERS_READ - 1) + " " * 20000 + "жж",  # the last letter read far away
        "x" * 3 * LETTERS_READ + "я" * 10 * LETTERS_READ,
        "- " * 40000,
    ],
)
def test_a_long_text_is_read_only_as_far_as_its_first_letters(text: str) -> None:
    assert dominant_script(text) == _counted_letter_by_letter(text)


def test_within_a_run_each_text_is_read_once() -> None:
    from mtqa.runcache import RunMemo, memo_scope

    memo = RunMemo()
    with memo_scope(memo):
        answers = [dominant_script(text) for text in ("Привет, мир", "Hello", "Привет, мир", "Hello", "")]
    assert answers == ["CYRILLIC", "LATIN", "CYRILLIC", "LATIN", None]
    assert len(memo) == 3


@pytest.mark.parametrize(
    ("first", "last", "script"),
    [
        ("\u4e00", "\u9fff", "CJK"),
        ("\u3400", "\u4dbf", "CJK"),
        ("\u3041", "\u3096", "CJK"),
        ("\u30a1", "\u30fa", "CJK"),
        ("\uac00", "\ud7a3", "HANGUL"),
    ],
)
def test_the_blocks_told_by_range_are_named_so(first: str, last: str, script: str) -> None:
    # script_of answers these blocks without a name lookup: every character there must be named so.
    import unicodedata

    by_name = {"HIRAGANA": "CJK", "KATAKANA": "CJK"}
    for code in range(ord(first), ord(last) + 1):
        name = unicodedata.name(chr(code)).split(" ", 1)[0]
        assert by_name.get(name, name) == script == script_of(chr(code))


def test_the_characters_next_to_the_kana_blocks_keep_their_names() -> None:
    # Sound marks and the double hyphen sit between hiragana and katakana: they are not letters of either.
    assert script_of("\u309b") == "KATAKANA-HIRAGANA"
    assert script_of("\u3099") == "COMBINING"
