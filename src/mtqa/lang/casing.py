"""Case folding by language: Turkish and Azerbaijani pair dotted and dotless i by case.

``str.casefold`` follows Unicode's default mapping, where "I" folds to "i" and "İ" to "i" plus a
combining dot: a Turkish "İki iki" or "Irak ırak" would read as two different words. Unicode's
SpecialCasing gives the Turkic mapping (I -> ı, İ -> i), which Python leaves to the caller.
"""

from __future__ import annotations

from collections.abc import Iterable

from mtqa.lang.tag import Language

_TURKIC = frozenset({"tr", "az"})
_TURKIC_CAPITALS = str.maketrans({"I": "ı", "İ": "i"})


def casefold(text: str, language: Language) -> str:
    """``text`` folded for caseless comparison the way ``language`` pairs its letters."""
    if language.code in _TURKIC:
        return text.translate(_TURKIC_CAPITALS).casefold()
    return text.casefold()


def casefold_all(texts: Iterable[str], language: Language) -> list[str]:
    """:func:`casefold` of each of ``texts``, without a Python call per text where the language needs none."""
    if language.code in _TURKIC:
        return [text.translate(_TURKIC_CAPITALS).casefold() for text in texts]
    return list(map(str.casefold, texts))
