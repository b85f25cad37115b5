"""The writing system a text is mostly written in, from its letters (Unicode character names).

Names are written the same way on both sides only when both sides share a script: across scripts they
are transliterated ("Lagarde" -> "Лагард", "ラガルド", "拉加德"), which a comparison of the letters cannot
follow. The language tag does not settle it (Serbian is written in Latin and Cyrillic letters, a
Japanese text mixes kana and kanji), so the text itself is read.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter

from mtqa.runcache import article_cached

# Kana and ideographs alternate within one Japanese sentence: one writing system for this purpose.
_SAME_SYSTEM = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK", "BOPOMOFO": "CJK"}
# Letters below U+0250 (ASCII, Latin-1, Latin Extended-A and -B) are Latin: no name lookup for them.
_LATIN_END = "\u0250"
LETTERS_READ = 2000
_BEYOND_LATIN = re.compile("[\u0250-\U0010ffff]")


def _with_letters_read(text: str) -> str:
    """A start of ``text`` holding its first :data:`LETTERS_READ` letters (or the whole text): all the
    answer depends on, where a book on one line took a scan of megabytes per question."""
    end = 4 * LETTERS_READ
    while end < len(text) and sum(map(str.isalpha, text[:end])) < LETTERS_READ:
        end *= 4
    return text[:end]


@article_cached
def dominant_script(text: str) -> str | None:
    """The script of most of the first :data:`LETTERS_READ` letters of ``text`` (``"LATIN"``,
    ``"CYRILLIC"``, ``"CJK"`` for Chinese and Japanese, ``"ARABIC"``...), None without letters."""
    # Cached for the run: five checks and the runner ask it of each whole side of every article, and a
    # source's translations share its answer.
    # The runner asks of both sides of every article. Most texts have no letter from U+0250 on (their
    # characters there are quotes and dashes): every letter is Latin, told without a Python step per letter.
    text = _with_letters_read(text)
    if not any(map(str.isalpha, _BEYOND_LATIN.findall(text))):
        return "LATIN" if any(map(str.isalpha, text)) else None
    # Counted in first-seen order, as most_common breaks ties by it.
    counts = Counter(map(script_of, itertools.islice(filter(str.isalpha, text), LETTERS_READ)))
    return counts.most_common(1)[0][0] if counts else None


def script_of(letter: str) -> str:
    """The script of one letter, as the first word of its Unicode name (kana and ideographs: ``CJK``)."""
    if letter < _LATIN_END:
        return "LATIN"
    # The blocks of Chinese, Japanese and Korean text, told by range rather than by a name lookup per
    # character (every character of these ranges is named so: tests/unit/test_lang_script.py).
    if (
        "\u4e00" <= letter <= "\u9fff"  # CJK unified ideographs
        or "\u3400" <= letter <= "\u4dbf"  # extension A
        or "\u3041" <= letter <= "\u3096"  # hiragana
        or "\u30a1" <= letter <= "\u30fa"  # katakana
    ):
        return "CJK"
    if "\uac00" <= letter <= "\ud7a3":
        return "HANGUL"
    first = unicodedata.name(letter, "UNKNOWN").split(" ", 1)[0]
    return _SAME_SYSTEM.get(first, first)
