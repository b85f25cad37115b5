"""Language tags: parsed once, canonical, minimal."""

from __future__ import annotations

import pytest

from mtqa.errors import LanguageError
from mtqa.lang import UND, Language, as_language


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("fr", "fr"),
        ("FR", "fr"),
        ("fr_FR", "fr"),
        ("fr-FR", "fr"),
        ("fr-CA", "fr-CA"),
        ("fr_ch", "fr-CH"),
        ("pt-BR", "pt"),
        ("pt-PT", "pt-PT"),
        ("zh-Hant", "zh-Hant"),
        ("zh-hant-tw", "zh-Hant"),
        ("zh-TW", "zh-Hant"),
        ("sr-Latn", "sr-Latn"),
        ("en-US", "en"),
        ("en-GB", "en-GB"),
        ("iw", "he"),
        ("de-CH-1996", "de-CH-1996"),
        (" de ", "de"),
        ("und", "und"),
    ],
)
def test_tags_are_canonical_and_minimal(tag: str, expected: str) -> None:
    assert Language.parse(tag).tag == expected


def test_region_and_script_are_kept() -> None:
    canadian = Language.parse("fr-CA")
    assert (canadian.code, canadian.region, canadian.script) == ("fr", "CA", None)
    assert Language.parse("zh-Hant").script == "Hant"
    assert canadian.same_language(Language.parse("fr")) and canadian != Language.parse("fr")


@pytest.mark.parametrize("tag", ["xx-Nope", "xx", "", "french", "fr--CA", "12", "en-ZZZZZ"])
def test_unknown_tags_are_one_line_errors(tag: str) -> None:
    with pytest.raises(LanguageError) as caught:
        Language.parse(tag)
    assert "\n" not in str(caught.value) and "BCP 47" in str(caught.value)


def test_as_language() -> None:
    assert as_language(None) is UND and not UND.known
    assert as_language("FR") == Language("fr")
    assert as_language(Language("de")) == Language("de")
