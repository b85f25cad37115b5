"""Language identification (lingua), held by a LanguageIdentifier."""

from __future__ import annotations

import pytest

from mtqa.errors import InputError
from mtqa.io import document_from_text
from mtqa.lang import Language
from mtqa.lang.detect import is_detectable
from tests.checks_helpers import identifier


def test_document_language() -> None:
    french = document_from_text("Les pourparlers sont prévus mardi à Genève, a indiqué le ministère.", "fr.txt")
    english = document_from_text("The talks are scheduled for Tuesday in Geneva, the ministry said.", "en.txt")
    assert identifier().document_language(french) == Language("fr")
    assert identifier().document_language(english) == Language("en")


def test_an_undecidable_document_is_an_input_error() -> None:
    with pytest.raises(InputError, match="cannot identify the language"):
        identifier().document_language(document_from_text("12345 67890", "numbers.txt"))


def test_sentence_languages_restricted_to_the_pair() -> None:
    texts = ["The government announced new measures on Monday.", "Le gouvernement a annoncé des mesures lundi."]
    english, french = Language("en"), Language("fr")
    assert identifier().sentence_languages(texts, (english, french)) == [english, french]
    # a demanding confidence leaves a mixed sentence undecided
    mixed = ["Attendance and admissions."]
    assert identifier().sentence_languages(mixed, (english, french), min_confidence=0.99) == [None]


@pytest.mark.parametrize(("tag", "detectable"), [("fr", True), ("fr-CA", True), ("tlh", False), ("und", False)])
def test_detectable_languages(tag: str, detectable: bool) -> None:
    assert is_detectable(Language.parse(tag)) is detectable
