from __future__ import annotations

import pytest

from mtqa.lang.wordcount import count_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Hello world, 4.5%!", 3),
        ("  spaced \n out\ttext ", 3),
        ("", 0),
        ("欧洲央行第十次加息", 9),
        # ideographs one by one, "26" a word, the full-width comma none
        ("管理委员会，26名成员", 9),
        ("ラガルド総裁は、8月に5.2%に低下した。", 16),
        ("EU和NATO", 3),
        ("한국어 문장입니다", 2),  # Korean is written with spaces: counted by them
    ],
)
def test_words_counted_as_translation_tools_count_them(text: str, words: int) -> None:
    assert count_words(text) == words


def test_a_chinese_article_is_not_counted_as_a_handful_of_words() -> None:
    from tests.factories import make_document

    document = make_document("拉加德在法兰克福对记者表示，这一决定得到了支持。\n\n一些成员更希望等到12月。", lang="zh")
    assert document.word_count == 33


def test_spaced_length_weighs_ideographs_and_hangul() -> None:
    from mtqa.lang.wordcount import spaced_length

    assert spaced_length("Will the talks succeed?") == 23
    assert spaced_length("会谈会成功吗。") == 6 * 3 + 1
    assert spaced_length("회담은 성공할까.") == 7 * 2 + 2
    assert spaced_length("Переговоры") == 10


@pytest.mark.parametrize(
    "text",
    [
        "ラガルド総裁は、8月に5.2%に低下した。",
        "Café « crème » sans idéogramme",
        "EU和NATO达成协议，𠀋𠀍 新成员",  # supplementary-plane ideographs count one each too
        "ｶﾀｶﾅ半角とひらがな",
        "한국어 문장과 漢字",
    ],
)
def test_spaced_length_counts_each_ideograph_and_kana_once(text: str) -> None:
    from mtqa.lang.wordcount import spaced_length

    unspaced = sum(1 for character in text if _is_unspaced(character))
    hangul = sum(1 for character in text if "\uac00" <= character <= "\ud7a3")
    assert spaced_length(text) == len(text) + 2 * unspaced + hangul


def _is_unspaced(character: str) -> bool:
    code = ord(character)
    ranges = ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
    return any(low <= code <= high for low, high in (*ranges, (0xFF66, 0xFF9F), (0x20000, 0x3134F)))
