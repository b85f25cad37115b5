"""The letters a language writes beyond ASCII, read from CLDR's names in that language."""

from __future__ import annotations

import pytest

from mtqa.lang import Language
from mtqa.lang.letters import native_letters


@pytest.mark.parametrize(
    ("code", "has", "lacks"),
    [
        ("cs", "áčěřšžý", "äåø"),
        ("pl", "ąęłńśźż", "čř"),
        ("de", "äöü", "žéå"),
        ("sv", "åäö", "ž"),
        ("es", "áéíñóú", "ç"),
        ("en", "", "éüçñ"),
    ],
)
def test_a_language_s_own_letters(code: str, has: str, lacks: str) -> None:
    letters = native_letters(Language.parse(code))
    assert set(has) <= letters
    assert not set(lacks) & letters


def test_an_unknown_language_has_none() -> None:
    assert native_letters(Language.parse("tlh")) == frozenset()  # Klingon: registered, no data
