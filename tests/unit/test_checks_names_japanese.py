"""names.japanese_in_katakana: a Japanese person's name in katakana, given name first, in Japanese.

Every sentence and name here is invented."""

from __future__ import annotations

import pytest

from mtqa.checks.names.japanese import _japanese
from tests.checks_helpers import findings_for

CHECK = "names.japanese_in_katakana"
SOURCE = "Kenji Morikawa, the mayor, met {} on Friday to discuss the new bridge."


def katakana(person: str, target: str) -> list[str]:
    return [f.excerpt for f in findings_for(SOURCE.format(person), target, "en", "ja", checks=(CHECK,))]


def test_a_japanese_name_in_katakana_where_the_article_writes_kanji_is_reported() -> None:
    target = "金曜日、森川健二市長はハルカ・タナベと新しい橋について話し合った。"
    assert katakana("Haruka Tanabe", target) == ["ハルカ・タナベ"]


@pytest.mark.parametrize(
    ("person", "target"),
    [
        # in kanji, family name first
        ("Haruka Tanabe", "金曜日、森川健二市長は田辺遥と新しい橋について話し合った。"),
        # a foreign name in katakana, as it should be
        ("Paolo Bianchi", "金曜日、森川健二市長はパオロ・ビアンキと新しい橋について話し合った。"),
        ("Tina Romano", "金曜日、森川健二市長はティナ・ロマーノと新しい橋について話し合った。"),
        ("Sara Romano", "金曜日、森川健二市長はサラ・ロマーノと新しい橋について話し合った。"),
    ],
    ids=["kanji", "foreign name", "foreign name of Japanese syllables but ti", "family name opening with r"],
)
def test_kanji_and_foreign_names_pass(person: str, target: str) -> None:
    assert katakana(person, target) == []


def test_no_evidence_of_the_kanji_convention_no_finding() -> None:
    # Every Japanese-looking name of the article in katakana: nothing says the article writes them in kanji.
    source = "Haruka Tanabe met the press on Friday."
    target = "金曜日、ハルカ・タナベは記者団と会った。"
    assert [f.excerpt for f in findings_for(source, target, "en", "ja", checks=(CHECK,))] == []


@pytest.mark.parametrize(
    ("word", "japanese"),
    [
        ("Sachiyo", True),
        ("Takamura", True),
        ("Shinobu", True),
        ("Monti", False),  # Hepburn writes "chi"
        ("Rossi", False),  # and "shi"
        ("Mario", False),  # no "io" without a "y" between
        ("Smith", False),
    ],
)
def test_reads_as_japanese(word: str, japanese: bool) -> None:
    assert _japanese(word) is japanese
