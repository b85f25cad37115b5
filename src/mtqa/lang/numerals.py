"""How a locale writes numbers in digits: its decimal and grouping symbols (CLDR, through Babel), and
the one value a number written in digits has when read by that locale's rules.

The numbers checks read every number both ways (``1,500`` is 1500 in English, 1.5 in French) because
documents do not always follow their locale. Reading by the locale's rules is what tells that a
translation kept the source's separators: ``3.5 Millionen`` cannot be read in German, ``6.200 people``
is 6.2 in English while the German source meant 6200.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from mtqa.lang.tag import Language

# Spaces that group digits in some locale (French U+202F, Swedish U+00A0...): "17 000" with a plain
# space occurs in every language's news, so a space followed by three digits groups them everywhere.
_SPACE_GROUPS = frozenset(" \u00a0\u202f\u2009")
# A number in digits: groups of three after spaces, or digits with inner full stops and commas.
DIGITS = re.compile(
    r"[0-9](?<![0-9][0-9])[0-9]{0,2}(?:[ \u00a0\u202f\u2009][0-9]{3})+(?:[.,][0-9]+)?(?![0-9])"
    r"|[0-9](?<![0-9][0-9])[0-9]*(?:[.,][0-9]+)*"
)


@dataclass(frozen=True)
class NumberSymbols:
    """The decimal and grouping symbols of a locale (``,`` and ``.`` in German)."""

    decimal: str
    group: str


@cache
def number_symbols(language: Language) -> NumberSymbols | None:
    """The locale's symbols from CLDR, or None when Babel does not know the locale."""
    try:
        from babel.numbers import get_decimal_symbol, get_group_symbol

        locale = language.tag.replace("-", "_")
        return NumberSymbols(get_decimal_symbol(locale), get_group_symbol(locale))
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return None


# A regional convention counts as the language's own when at least this share of its CLDR locales
# use it: Spanish writes "5.5" in Mexico, the United States and Central America (14 of 29 locales) and
# "5,5" in Spain, Argentina and Colombia; German "1'700" (Switzerland, 2 of 8) or French "5.5" (Rwanda,
# 1 of 47) are a region's, not the language's.
REGIONAL_SHARE = 1 / 3


@cache
def regional_symbols(code: str) -> tuple[NumberSymbols, ...]:
    """The symbols of a language's regional locales (CLDR) other than its default ones, when at least
    ``REGIONAL_SHARE`` of its locales use them: ``.`` and ``,`` for Spanish. Empty for most languages."""
    try:
        from babel.localedata import locale_identifiers
        from babel.numbers import get_decimal_symbol, get_group_symbol

        default = NumberSymbols(get_decimal_symbol(code), get_group_symbol(code))
        locales = [name for name in locale_identifiers() if name.split("_")[0] == code]
        symbols = [NumberSymbols(get_decimal_symbol(name), get_group_symbol(name)) for name in locales]
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return ()
    return tuple(
        sorted(
            {s for s in symbols if s != default and symbols.count(s) >= REGIONAL_SHARE * len(symbols)},
            key=lambda s: (s.decimal, s.group),
        )
    )


@cache
def percent_first(language: Language) -> bool:
    """True when the locale writes the percent sign before the number (CLDR: Turkish ``%8``, Basque ``% 8``)."""
    return _percent_pattern(language).lstrip().startswith("%")


@cache
def percent_glued(language: Language) -> bool:
    """True when the locale writes the percent sign right after the number, with no space (CLDR: English,
    Italian, Polish, Chinese ``8%``; not French or German ``8 %``)."""
    return _percent_pattern(language).rstrip().endswith(("0%", "#%"))


@cache
def currency_after_space(language: Language) -> bool:
    """True when the locale writes the currency sign after the amount, with a space between them (CLDR:
    French, German, Italian, Swedish ``40 €``; not English ``€40`` nor Dutch ``€ 40``)."""
    try:
        from babel import Locale

        pattern = str(Locale.parse(language.tag.replace("-", "_")).currency_formats["standard"].pattern)
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return False
    positive = pattern.split(";")[0]
    return positive.endswith("¤") and positive[-2:-1].isspace()


def currency_first(language: Language) -> bool:
    """True when the locale writes the currency sign before the amount (CLDR: English ``€40``, Dutch
    ``€ 40``, Japanese ``￥40``)."""
    try:
        from babel import Locale

        pattern = str(Locale.parse(language.tag.replace("-", "_")).currency_formats["standard"].pattern)
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return False
    return pattern.split(";")[0].startswith("¤")


def _percent_pattern(language: Language) -> str:
    try:
        from babel import Locale

        return str(Locale.parse(language.tag.replace("-", "_")).percent_formats[None].pattern)
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return ""


def read_number(token: str, symbols: NumberSymbols) -> Decimal | None:
    """The value of ``token`` (digits with separators) read by the locale's rules, or None when the
    locale cannot read it: a grouping symbol not followed by exactly three digits (``3.5`` in German),
    a second decimal symbol, a separator the locale does not use (``6.40`` in French)."""
    decimal = symbols.decimal
    groups = {symbols.group} | _SPACE_GROUPS
    whole, _, fraction = token.partition(decimal) if decimal in token else (token, "", "")
    if not fraction and decimal in token:
        return None
    if not fraction.isdigit() and fraction:
        return None
    parts = re.split("|".join(re.escape(g) for g in sorted(groups)), whole)
    if not all(p.isdigit() for p in parts):
        return None  # a separator the locale does not use, or a second decimal symbol
    if len(parts) > 1 and (not 1 <= len(parts[0]) <= 3 or any(len(p) != 3 for p in parts[1:])):
        return None
    try:
        return Decimal("".join(parts) + ("." + fraction if fraction else ""))
    except InvalidOperation:
        return None


def write_number(token: str, source: NumberSymbols, target: NumberSymbols) -> str:
    """``token``, read by the ``source`` locale's rules, written with the ``target`` locale's symbols
    ("6.200" from German to English: "6,200"); the digits and the grouping stay as they are."""
    swapped = {source.decimal: target.decimal, source.group: target.group}
    return "".join(swapped.get(ch, ch) for ch in token)
