"""Country names, and the nationality and language words formed on them, written in lower case in a
language that capitalises them all (English: ``canadians``, ``switzerland``, ``the syrian border``,
``pan-canadian``): ``spelling.lower_case_proper``.

The words come from CLDR through Babel, in the target language, not from a list of our own: its one-word
country names (``Canada``), its one-word language names (``French``, ``Hindi``) that are common words of
the language (wordfreq Zipf ``LANGUAGE_ZIPF``: a rare language name may be an ordinary word), the
``[[demonym]]`` groups of ``names.toml`` (``Swiss``, ``Dutch``), and the demonyms formed on each country
name by the language's suffix rules (``[spelling] demonym_suffixes``: ``Canada`` -> ``Canadian``,
``India`` -> ``Indian``, ``Japan`` -> ``Japanese``), kept when the formed word is a common word
(``DEMONYM_ZIPF``), with their plurals. Words that are also ordinary words in lower case (``china``,
``turkey``, ``polish``, ``jersey``: ``[spelling] lower_case_homographs``) are left alone, and so is a word
the source writes in lower case too (a code, a file name, a quoted spelling).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from mtqa.checks._textutil import mask_protected
from mtqa.lang import Language
from mtqa.lang.lexicon import lexicon
from mtqa.tables import package_table

DEMONYM_ZIPF = 3.0
PLURAL_ZIPF = 2.5
LANGUAGE_ZIPF = 3.5
_MIN_LETTERS = 4

# A lower-case word, alone or the part of a hyphenated word ("pan-canadian"), perhaps with a
# possessive ("canada's").
_LOWER = re.compile(r"(?<![\w'’.@/])[a-z]+(?=['’]s\b|[^\w'’@]|$)")


def _names(locale: Any, data: str) -> list[str]:
    return [name for code, name in getattr(locale, data).items() if code.isalpha() and name.isalpha()]


@cache
def proper_words(language: Language) -> dict[str, str]:
    """Lower-case form -> written form of the names the target language capitalises (see the module)."""
    if not language.data.flag("spelling", "capitalised_proper_adjectives"):
        return {}
    words = lexicon(language)
    try:
        from babel import Locale

        locale = Locale.parse(language.code)
    except Exception:  # babel missing or no such locale: nothing to say
        return {}
    found: dict[str, str] = {}
    suffixes = [(str(p[0]), str(p[1])) for p in language.data.value("spelling", "demonym_suffixes", []) if len(p) == 2]
    for country in _names(locale, "territories"):
        found[country.lower()] = country
        if words is None:
            continue
        for drop, add in suffixes:
            if drop and not country.endswith(drop):
                continue
            demonym = country[: len(country) - len(drop)] + add
            if demonym != country and words.zipf(demonym.lower()) >= DEMONYM_ZIPF:
                found[demonym.lower()] = demonym
                if words.zipf(demonym.lower() + "s") >= PLURAL_ZIPF:
                    found[demonym.lower() + "s"] = demonym + "s"
    if words is not None:
        for name in _names(locale, "languages"):
            if words.zipf(name.lower()) >= LANGUAGE_ZIPF:
                found[name.lower()] = name
    for group in package_table("names.toml").get("demonym", []):
        for demonym in group.get(language.code, []):
            if demonym[:1].isupper():
                found[demonym.lower()] = demonym
    homographs = language.data.words("spelling", "lower_case_homographs")
    return {word: form for word, form in found.items() if len(word) >= _MIN_LETTERS and word not in homographs}


def lower_case_proper(
    text: str, source: str, language: Language, source_language: Language
) -> Iterator[tuple[int, int, str]]:
    """(start, end, capitalised form) of each proper word of ``text`` written in lower case, unless the
    source writes it so too where that means something: in a code or file name (``canada.csv``), or in a
    source language that capitalises such words as well (English to English variants)."""
    known = proper_words(language)
    if not known:
        return
    deliberate = source_language.data.flag("spelling", "capitalised_proper_adjectives")
    for match in _LOWER.finditer(mask_protected(text)):
        word = match.group()
        form = known.get(word)
        if form is not None and not _written_so_in(source, word, deliberate):
            yield match.start(), match.end(), form


_CODE_MARKS = "._/\\=@:#-"


def _written_so_in(source: str, word: str, deliberate: bool) -> bool:
    for match in re.finditer(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", source):
        before, after = source[match.start() - 1 : match.start()], source[match.end() : match.end() + 1]
        if deliberate or (before and before in _CODE_MARKS) or (after and after in _CODE_MARKS and after != "-"):
            return True
    return False
