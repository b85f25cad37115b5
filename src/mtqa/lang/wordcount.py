"""Word counts that mean the same in every language, for figures per 1,000 words.

Chinese and Japanese put no spaces between words, so a whitespace count sees a whole sentence as one
word and any figure per 1,000 words explodes. As Trados Studio and memoQ do, each ideograph and each
kana counts as one word there; every other run of non-space characters counts as one word (in a text
with such characters, only a run holding a letter or a digit: "，" and "。" stand alone there).
"""

from __future__ import annotations

import re

# Han ideographs (with extension A, the compatibility block and the supplementary planes), hiragana,
# katakana and their phonetic extensions, half-width katakana.
_UNSPACED = re.compile(
    "[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]"
)


def count_words(text: str) -> int:
    """Runs of non-space characters, with each Chinese or Japanese character a word of its own."""
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(text.split())
    rest = _UNSPACED.sub(" ", text).split()
    return unspaced + sum(1 for run in rest if any(char.isalnum() for char in run))


_HANGUL = re.compile("[\uac00-\ud7a3]")
# A sentence in English takes about three characters for each ideograph or kana of its Chinese or
# Japanese translation, and two for each Hangul syllable of its Korean one.
_IDEOGRAPH_WIDTH = 3
_HANGUL_WIDTH = 2


def spaced_length(text: str) -> int:
    """The length of ``text`` in characters, an ideograph or kana counting as three and a Hangul syllable
    as two: comparable with the length of the same sentence in a spaced alphabetic script."""
    if text.isascii():
        return len(text)
    unspaced, hangul = _unspaced_characters(text), len(_HANGUL.findall(text))
    return len(text) + (_IDEOGRAPH_WIDTH - 1) * unspaced + (_HANGUL_WIDTH - 1) * hangul


_UNSPACED_RUN = re.compile(f"{_UNSPACED.pattern}+")


def _unspaced_characters(text: str) -> int:
    """How many ideographs and kana ``text`` holds: the lengths of their runs from the first one, not a
    string per character (a Chinese sentence is mostly such characters)."""
    first = _UNSPACED.search(text)
    return 0 if first is None else sum(map(len, _UNSPACED_RUN.findall(text, first.start())))
