"""Numbers written in Chinese and Japanese characters."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mtqa.lang.cjk_numerals import character_numbers, character_value


@pytest.mark.parametrize(
    ("run", "value"),
    [
        ("三", 3),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("一百零五", 105),
        ("两千五百", 2500),
        ("十万", 100_000),
        ("两万", 20_000),
        ("两百五十万", 2_500_000),
        ("三十亿", 3_000_000_000),
        ("一亿两千万", 120_000_000),
        ("三万亿", 3_000_000_000_000),
        ("五千萬", 50_000_000),
        ("一九四九", 1949),
        ("二〇二三", 2023),
    ],
)
def test_values(run: str, value: int) -> None:
    assert character_value(run) == Decimal(value)


def test_numbers_are_found_with_their_spans() -> None:
    text = "兰花：至少有两万种兰花，能在一万纳秒内折叠起来。"
    found = list(character_numbers(text))
    assert [(text[start:end], value) for start, end, value in found] == [
        ("两万", Decimal(20_000)),
        ("一万", Decimal(10_000)),
    ]


def test_units_without_a_digit_are_no_number() -> None:
    # "数千人" (several thousand people), "百姓" (the common people), "万" after digits ("25万": read
    # with the digits elsewhere).
    assert list(character_numbers("数千人和百姓，共25万")) == []


def test_a_run_that_starts_with_ten_is_a_number() -> None:
    assert [value for _, _, value in character_numbers("超过十万年")] == [Decimal(100_000)]
