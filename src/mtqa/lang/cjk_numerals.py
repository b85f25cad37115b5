"""Numbers that Chinese and Japanese write in characters: "两万" (20,000), "三十亿" (three billion),
"两百五十万" (2.5 million), "一九四九" (1949, digit by digit).

A Chinese source says "两万种兰花" where the English translation says "20,000 species of orchids"; read
as words, the source has no number and the translation one too many. These are read the way the
characters combine: a digit times the small unit after it (十 百 千), sums of those in a section, and a
section times the large unit that closes it (万 10^4, 亿 10^8). The same characters also occur inside
ordinary words ("十分" very, "万一" in case, "一些" some), so the numbers family treats these mentions
like spelled-out numbers: they absorb a digit number of the other side and are never reported alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_LARGE_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_RUN = re.compile("[" + "".join([*_DIGITS, *_SMALL_UNITS, *_LARGE_UNITS]) + "]+")


def character_numbers(text: str) -> Iterator[tuple[int, int, Decimal]]:
    """(start, end, value) of each number written in characters in ``text``. A run of units alone
    ("千" of "数千", "百" of "百姓") is no number: it needs a digit, or to start with 十 ("十万")."""
    for match in _RUN.finditer(text):
        run = match.group()
        if run[0] != "十" and not any(character in _DIGITS for character in run):
            continue
        yield match.start(), match.end(), character_value(run)


def character_value(run: str) -> Decimal:
    """The value of a run of numeral characters (every character of ``run`` is one)."""
    if all(character in _DIGITS for character in run):
        # Digit by digit, as years are written ("二〇二三"); one digit is itself.
        return Decimal("".join(str(_DIGITS[character]) for character in run))
    total = section = digit = 0
    for character in run:
        if character in _DIGITS:
            digit = _DIGITS[character]
        elif character in _SMALL_UNITS:
            section += (digit or 1) * _SMALL_UNITS[character]  # "十万": ten without a digit before it
            digit = 0
        else:
            unit = _LARGE_UNITS[character]
            # 亿 closes everything before it ("三万亿" is 3 * 10^12); 万 closes its own section only
            # ("一亿两千万": one 亿, then two thousand 万).
            total = (total + section + digit) * unit if unit > 10**4 else total + (section + digit) * unit
            section = digit = 0
    return Decimal(total + section + digit)
