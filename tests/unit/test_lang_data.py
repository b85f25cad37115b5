"""Per-language data files and their regional overrides."""

from __future__ import annotations

from importlib import resources

import pytest

from mtqa.lang import Language
from mtqa.lang.data import language_data
from mtqa.tables import package_table


def test_french_data_and_regional_typography() -> None:
    french, canadian, swiss = (Language.parse(t).data for t in ("fr", "fr-CA", "fr-CH"))
    assert french.words("typography", "space_optional_before") == frozenset()
    assert canadian.words("typography", "space_optional_before") == {";", "!", "?"}
    assert swiss.words("typography", "space_optional_before") == {";", "!", "?", ":"}
    # the rest of the language is shared by its variants
    assert canadian.table_of("typography", "quotes") == french.table_of("typography", "quotes")
    assert "ministre" in french.words("names", "portfolio_titles")


def test_traits_replace_language_branches() -> None:
    german = Language("de").data
    assert german.flag("traits", "capitalises_nouns") and german.flag("traits", "compounds")
    assert german.flag("traits", "head_last") and german.flag("traits", "ordinal_period")
    assert not Language("fr").data.flag("traits", "capitalises_nouns")
    assert Language("fi").data.flag("traits", "ordinal_period")
    assert Language("pt").data.flag("punctuation", "space_before_high_is_error")
    assert not Language("fr").data.flag("punctuation", "space_before_high_is_error")


def test_a_language_without_data_has_empty_sections() -> None:
    klingon = language_data("tlh")
    assert klingon.section("names") == {} and klingon.words("names", "heads") == frozenset()
    assert klingon.value("names", "and") is None and not klingon.flag("traits", "head_last")


@pytest.mark.parametrize("path", sorted(p.name for p in resources.files("mtqa.data").joinpath("lang").iterdir()))
def test_every_language_file_is_named_by_a_valid_tag_and_uses_known_sections(path: str) -> None:
    code = path.removesuffix(".toml")
    assert Language.parse(code).code == code
    known = {
        "traits",
        "segment",
        "names",
        "numbers",
        "punctuation",
        "repetition",
        "sentence_boundary",
        "spelling",
        "terminology",
        "typography",
        "polarity",
        "region",
        "script",
    }
    assert set(package_table(f"lang/{path}")) <= known
