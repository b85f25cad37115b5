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


@pytest.mark.parametrize(
    ("tag", "message"),
    [
        ("x-klingon", "private-use"),
        ("qaa", "private-use"),
        ("mul", "multiple languages"),
        ("zxx", "no linguistic content"),
        ("fr-" + "-".join(["abcdefgh"] * 5000), "invalid language tag 'fr-abcdefgh-abcdef"),
    ],
)
def test_tags_that_name_no_language_to_check_are_one_line_errors(tag: str, message: str) -> None:
    with pytest.raises(LanguageError, match=message) as caught:
        Language.parse(tag)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 300


def test_grandfathered_and_deprecated_tags_are_their_registered_language() -> None:
    assert Language.parse("i-klingon").tag == "tlh" and Language.parse("zh-min-nan").tag == "nan"
    assert Language.parse("fr-x-acme").tag == "fr"  # a private-use extension of a real language is that language


def test_a_language_the_user_gives_is_never_undetermined() -> None:
    assert Language.given("FR").tag == "fr"
    with pytest.raises(LanguageError, match="leave the language out"):
        Language.given("und")


@pytest.mark.parametrize("tag", ["sgn-BE-FR", "sgn-DE", "ase", "bfi", "sgn"])
def test_a_sign_language_is_refused_as_the_language_of_a_text(tag: str) -> None:
    # Before, sgn-BE-FR was accepted as the translation's language: a sign language has no written text.
    with pytest.raises(LanguageError, match=r"names a sign language, which has no written text"):
        Language.parse(tag)


@pytest.mark.parametrize("tag", ["sgs", "sga", "sl", "tlh", "jbo"])
def test_written_languages_whose_codes_look_alike_are_kept(tag: str) -> None:
    assert Language.parse(tag).code == tag
