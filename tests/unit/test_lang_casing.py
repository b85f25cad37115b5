"""Case folding by language."""

from __future__ import annotations

import pytest

from mtqa.lang import as_language
from mtqa.lang.casing import casefold, casefold_all


@pytest.mark.parametrize(
    ("text", "lang", "folded"),
    [
        ("İki", "tr", "iki"),
        ("IRAK", "tr", "ırak"),
        ("Irak", "az", "ırak"),
        ("Iraq", "en", "iraq"),
        ("Straße", "de", "strasse"),
    ],
)
def test_casefold(text: str, lang: str, folded: str) -> None:
    assert casefold(text, as_language(lang)) == folded


def test_default_folding_keeps_turkish_pairs_apart() -> None:
    # Why the module exists: Python's default folding makes "İki" and "iki" two words.
    assert "İki".casefold() != "iki"
    assert casefold("İki", as_language("tr")) == casefold("iki", as_language("tr"))


@pytest.mark.parametrize("code", ["en", "tr", "az", "de"])
def test_folding_many_texts_folds_each_as_one(code: str) -> None:
    language = as_language(code)
    texts = ["İki", "IRAK", "Straße", "ΣΟΦΟΣ", ""]
    assert casefold_all(texts, language) == [casefold(text, language) for text in texts]
