"""The letters a language writes beyond ASCII, from CLDR (Babel).

CLDR's exemplar characters are not in Babel's data, but its names in each language are: the language's
names of languages, scripts, months and weekdays are words of that language, and a letter in three of
them or more is one of its own (Czech ``á č ě ř š ž…``, German ``ä ö ü``, English none). A letter of a
borrowed name (``å`` of "Åland", ``ç`` of "Curaçao" in German) turns up in one or two at most, and the
territory names, which hold most borrowed spellings, are left out.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from mtqa.lang.tag import Language

# A letter in this many of the language's own words (distinct) is one of its letters.
MIN_WORDS = 3


@cache
def native_letters(language: Language) -> frozenset[str]:
    """The lower-case non-ASCII letters of ``language``; empty for a locale Babel does not know."""
    try:
        from babel import Locale

        locale = Locale.parse(language.code)
        tables = (
            locale.languages,
            locale.scripts,
            locale.months["format"]["wide"],
            locale.days["format"]["wide"],
        )
    except Exception:  # unknown locale (Babel raises UnknownLocaleError or ValueError)
        return frozenset()
    words = {word for table in tables for name in table.values() for word in name.lower().split()}
    counts = Counter(letter for word in words for letter in set(word) if letter.isalpha() and not letter.isascii())
    return frozenset(letter for letter, count in counts.items() if count >= MIN_WORDS)
