"""Case folding by language: Turkish and Azerbaijani pair dotted and dotless i by case.

``str.casefold`` follows Unicode's default mapping, where "I" folds to "i" and "İ" to "i" plus a
combining dot: a Turkish "İki iki" or "Irak ırak" would read as two different words. Unicode's
SpecialCasing gives the Turkic mapping (I -> ı, İ -> i), which Python leaves to the caller.
"""

from __future__ import annotations

from mtqa.lang.tag import Language

_TURKIC = frozenset({"tr", "az"})
_TURKIC_CAPITALS = str.maketrans({"I": "ı", "İ": "i"})


def casefold(text: str, language: Language) -> str:
    """``text`` folded for caseless comparison the way ``language`` pairs its letters."""
    if language.code in _TURKIC:
        return text.translate(_TURKIC_CAPITALS).casefold()
    return text.casefold()
