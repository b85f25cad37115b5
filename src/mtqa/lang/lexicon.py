"""How common a word is in a language: word frequencies from wordfreq, read once per process.

wordfreq (code Apache-2.0; its data CC-BY-SA 4.0, used as installed, not copied into mtqa) ships
frequency lists of about 40 languages built from subtitles, Wikipedia, news, books and the web, so a
word's frequency says whether it is a word of the language at all and how common it is there. mtqa uses
the lists as they are installed: the large list where wordfreq has one (``fr``, ``de``, ``en`` …), the
small one (words down to about one in a million) elsewhere; for a language wordfreq does not know, or
without wordfreq, :func:`lexicon` is None and the checks that need one say nothing.

The values are Zipf frequencies: ``log10`` of a word's frequency per billion words (``le`` 7.4,
``maison`` 5.2, a word seen once in a million words 3.0); 0 for a word the list does not have. Keys are
lower case, with typographic apostrophes made plain.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from mtqa.lang.tag import Language

# Zipf frequency of a word once in a billion words: the lists' floor.
_FLOOR = 0.0


@dataclass(frozen=True)
class Lexicon:
    """The word frequencies of one language."""

    code: str
    zipf_of: Mapping[str, float]

    def zipf(self, word: str) -> float:
        """The Zipf frequency of ``word`` (any case); 0 when the language's list does not have it."""
        return self.zipf_of.get(word.casefold().replace("’", "'"), _FLOOR)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word.casefold().replace("’", "'") in self.zipf_of


@cache
def lexicon(language: Language) -> Lexicon | None:
    """The lexicon of ``language``; None when wordfreq is not installed or does not know the language."""
    try:
        from wordfreq import available_languages, get_frequency_list
    except ImportError:
        return None
    if language.code not in available_languages("best"):
        return None
    # The list is bucketed by centibels: bucket i holds the words of Zipf frequency 9 - i/100.
    buckets = get_frequency_list(language.code, "best")
    zipf_of: dict[str, float] = {}
    for index, words in enumerate(buckets):
        value = round(9 - index / 100, 2)
        for word in words:
            zipf_of.setdefault(word, value)
    return Lexicon(language.code, zipf_of)
