"""Numbers read by a locale's rules (mtqa.lang.numerals)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mtqa.lang import Language
from mtqa.lang.numerals import (
    NumberSymbols,
    currency_after_space,
    number_symbols,
    percent_first,
    percent_glued,
    read_number,
    regional_symbols,
    write_number,
)

GERMAN = NumberSymbols(decimal=",", group=".")
ENGLISH = NumberSymbols(decimal=".", group=",")
FRENCH = NumberSymbols(decimal=",", group="\u202f")


def test_symbols_come_from_cldr_and_follow_the_region() -> None:
    assert number_symbols(Language.parse("de")) == GERMAN
    assert number_symbols(Language.parse("en-GB")) == ENGLISH
    assert number_symbols(Language.parse("es-MX")) == ENGLISH
    swiss = number_symbols(Language.parse("de-CH"))
    assert swiss is not None and swiss.decimal == "."


@pytest.mark.parametrize(
    ("token", "symbols", "value"),
    [
        ("7.300", GERMAN, Decimal(7300)),
        ("7.300", ENGLISH, Decimal("7.3")),
        ("2,75", GERMAN, Decimal("2.75")),
        ("12.480.000", GERMAN, Decimal(12480000)),
        ("12,480,000.5", ENGLISH, Decimal("12480000.5")),
        ("17 000", ENGLISH, Decimal(17000)),  # a space groups digits in every locale
        ("17\u202f000,25", FRENCH, Decimal("17000.25")),
        ("2.7", GERMAN, None),  # a group of one digit
        ("2,75", ENGLISH, None),
        ("1234,567", ENGLISH, None),  # four digits before a group
        ("4.50", FRENCH, None),  # a separator French does not use
        ("1.2.3", ENGLISH, None),
        ("31.12.2024", GERMAN, None),  # a date
    ],
)
def test_read_number(token: str, symbols: NumberSymbols, value: Decimal | None) -> None:
    assert read_number(token, symbols) == value


def test_write_number_swaps_the_symbols_and_keeps_the_digits() -> None:
    assert write_number("7.300", GERMAN, ENGLISH) == "7,300"
    assert write_number("4.50", ENGLISH, GERMAN) == "4,50"
    assert write_number("12,5", FRENCH, ENGLISH) == "12.5"
    assert write_number("1,250.75", ENGLISH, FRENCH) == "1\u202f250,75"


@pytest.mark.parametrize(("tag", "first"), [("tr", True), ("eu", True), ("en", False), ("fr", False), ("ar", False)])
def test_percent_first_follows_cldr(tag: str, first: bool) -> None:
    assert percent_first(Language.parse(tag)) is first


@pytest.mark.parametrize(
    ("tag", "glued"), [("en", True), ("it", True), ("zh", True), ("fr", False), ("de", False), ("tr", False)]
)
def test_percent_glued_follows_cldr(tag: str, glued: bool) -> None:
    assert percent_glued(Language.parse(tag)) is glued


def test_regional_symbols_are_those_of_a_language_split_between_conventions() -> None:
    # Spanish: Mexico, the United States and Central America write 5.5 and 1,700 (CLDR).
    assert regional_symbols("es") == (ENGLISH,)
    # A region's own convention (Swiss German 1'700, Rwandan French 5.5) is not the language's.
    assert regional_symbols("de") == ()
    assert regional_symbols("fr") == ()
    assert regional_symbols("xx") == ()


@pytest.mark.parametrize(("tag", "after"), [("fr", True), ("de", True), ("sv", True), ("en", False), ("nl", False)])
def test_currency_after_space_follows_cldr(tag: str, after: bool) -> None:
    assert currency_after_space(Language.parse(tag)) is after
