"""Numbers that differ between a source paragraph and its translation.

Every number is parsed into the set of values it may denote, whatever the locale writes: ``45,000`` =
``45 000`` (NBSP, NNBSP) = ``45.000``; ``2.4`` = ``2,4``; ``12.7 billion`` = ``12,7 milliards``; ``38%``
= ``38 %``; ``1st`` = ``1er``. A separator followed by exactly three digits is ambiguous (``1,500`` is
1500 in English, 1.5 in French) and keeps both readings in the translation, so a number is only reported
when no reading matches; in the source, written by people who follow their locale, it keeps the reading
of the source language's locale (CLDR: "1.200 millones" is 1.2 billion in Spanish, not 1.2 million). A
translation that keeps the source's separators ("6.200 people" for German "6.200") is left to
``typography.number_separators``. Spelled-out numbers (``three``/``trois``/``drei``, data file
``[numbers] words`` in
``data/lang/<code>.toml``) and month names (Babel, so ``March 3, 2025`` = ``3 mars 2025`` =
``03/03/2025``) only *absorb* a digit number of the other side: a spelled number alone is never
reported, because many are articles or pronouns too.

Two kinds of words are compared after all, in pairs only: a spelled **ordinal** (``fourth``,
``troisième``, ``dritten``; ``[numbers] ordinals``, which also absorbs a digit, "4th" = "fourth") and a
**weekday** name (Babel). When a sentence bead holds exactly one source ordinal (weekday) and one target
ordinal (weekday) that nothing of the other side accounts for, they are reported as a mismatch
("fourth quarter" -> "troisième trimestre", "on Thursday" -> "am Dienstag"). A weekday next to a night
word (``[numbers] night_words``) names a night, which languages name by its first or its second day ("in
der Nacht zum Samstag" = "on Friday night"): it matches a weekday one day off, not two. They are never reported
alone as missing or added: "first" is often rendered "d'abord", and weekdays are often dropped. The
month names of **dates** (next to a day or year in digits: "July 11" -> "11 juin") and of **ranges of
months** (one word or a dash away from another month name, capitalised where the language capitalises
them: "from November to February" -> "من نوفمبر إلى أبريل") and of month names by themselves, of four
letters or more and written in the case the language writes them ("before the end of September" ->
"przed końcem sierpnia"; CLDR's format and stand-alone forms) are compared the same way; a month name
anywhere on the other side, or a date in digits, accounts for one. So are
**fractions** (``[numbers] fractions``, words that name one and nothing else: "tiers", "quarter",
"Drittel"), against the other side's fractions, spelled halves and ordinals ("un tiers" = "a third";
"un tiers" -> "a quarter" is reported). So are
spelled **counts** of two or more ("sur trois ans" -> "over two years"): one against one in a sentence
bead, when no number of the other side, spelled or in digits, has the value ("one", articles and
pronouns, and fractions stay out).

Numbers are compared per paragraph bead (not per sentence bead), so a number that the sentence
aligner put in a neighbouring sentence is not reported; the finding still points at the exact number.
An unmatched source number and an unmatched target number in the same sentence bead are reported
once, as a mismatch; otherwise as missing (source span) or added (target span). Unmatched numbers of a
sentence bead written alike but with another scale word ("9.8 billion" -> "9,8 Millionen") are paired
as mismatches first. The first end of a range without a scale word takes the second's as an extra
reading ("between 9.4 and 9.8 billion", "9,4 bis 9,8 Milliarden"; ``[numbers] range_words``),
and is not reported again when the second end's scale is wrong.

**Digit grouping** (``numbers.grouping``): a count in digits written without the grouping the target
language requires ("3953 protéines", "245989 cases"; ``[numbers] group_from`` digits or more, 4 in French
and English, 5 in German, where four-digit numbers may stand ungrouped). Only a count followed by a
lower-case word is judged; years (1000-2099), decimals, codes after a capitalised word ("ISO 9001"),
numbers glued to letters or marks ("n°12345", "+33", "v2.1") and addresses are left alone. The biomedical
MQM annotators mark these as number-format errors; professional news references group such counts.

**Units and currencies** (``numbers.unit``): a number may carry a currency or unit, a symbol or code
before or after it ("€25", "US$5", "38 %", "41C") or a word after its scale word ("25 millions de
dollars", "64 500 acres"; ``[numbers] units`` in the language data, ``unit_symbols`` in
``data/numbers.toml``). Equal numbers are paired
with a partner of the same unit first; a pair whose units are of the same dimension and differ ("€25
million" -> "25 millions de dollars", "three days" -> "trois semaines") is reported at the target unit.
A spelled count with a unit (also hyphenated to it: "a three-week course") is paired with the only number
of its value in its sentence bead. A correct
conversion changes the number too and is matched by the imperial conversion rule; currencies are
compared by family ("$", "C$", "dollars canadiens" are all dollars).

**Conversions and rescaling**: an imperial quantity ("15-foot", "8 ft.", "a foot", ``[numbers]
imperial_units`` and ``unit_articles``) matches its metric conversion, in digits or spelled with a unit
("30 cm", "fünf Meter"); a quantity in a prefixed metric unit matches the same quantity in another
prefix ("10000 nanoseconds" = "zehn Mikrosekunden", ``[numbers] metric_units``); an imperial quantity
that its own side restates in metric units ("115 Fahrenheit, 43 or 44 degrees Centigrade") is not
reported when the translation keeps only the metric one, nor when the translation adds it: a product
page localised for another market adds ``23.6" x 11.8" (60 x 30 cm)``. A number without a unit of its
own (a list of dimensions) is restated only by an imperial number that is its exact conversion, rounded
as written. An inch mark glued to a number (``5.9"``) is an imperial unit in every language. A
conversion matches within 10 % plus half a unit of its last digit: 0.5 for "25 Meter", 0.05 for "3.6
kg" (6.6 lb is 3.0 kg, so 3.6 is reported). Spelled numbers glued to a suffix ("zehnmal", "dreidimensional",
"zweieinhalb"; ``[numbers] compound_suffixes``) and spelled ranges ("eine halbe bis eine Million")
absorb digits like other spelled numbers. A decade written with a suffix
("1990s", "1990er", "1990-х", "90년대") also reads as its two-digit or four-digit form, which other
languages write without one (Polish "lata 80.", Spanish "los años 70"). A Roman numeral next to a word
for a century (``[numbers] century_words``: "siglo XIX", "XIXe siècle", "XIX w.") counts it ("19th
century"); elsewhere Roman numerals are no numbers. A clock time with a full stop is hours and minutes
after a word of ``clock_after`` ("19.30 uur") or ``clock_before`` ("godz. 19.30", Italian "alle 20.30"
when no unit follows).
"""

from __future__ import annotations

import html.entities
import itertools
import re
import unicodedata
from abc import abstractmethod
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import cache, cached_property, lru_cache
from typing import ClassVar

from mtqa.checks._textutil import REFERENCE_FILLER, SpanSet, decode_references, inside, protected_spans
from mtqa.checks.base import Check, CheckContext, CheckInfo, ParagraphPair, Scope, fails, passes
from mtqa.lang import Language
from mtqa.lang.numerals import NumberSymbols, number_symbols, read_number
from mtqa.model import Document, Finding, Span
from mtqa.runcache import article_cached
from mtqa.tables import package_table

_SPACES = " \u00a0\u202f\u2009'’"
# Numbers start at a digit not preceded by a digit. Each pattern starts with the digit and looks behind
# it ("(?<![0-9][0-9])": the character before it is no digit) rather than looking behind first: re then
# tries it at digits only, not at every character, for the same matches.
# Groups of three digits separated by a (narrow) no-break or thin space or an apostrophe (Swiss).
_SPACED = re.compile(r"[0-9](?<![0-9][0-9])[0-9]{0,2}(?:[\u00a0\u202f\u2009'’][0-9]{3})+(?:[.,][0-9]+)?(?![0-9])")
# The same with a plain space, only for locales that group digits with a space (French, Russian...).
_PLAIN_SPACED = re.compile(r"[0-9](?<![0-9][0-9])[0-9]{0,2}(?: [0-9]{3})+(?:[.,][0-9]+)?(?![0-9])")
_PLAIN = re.compile(r"[0-9](?<![0-9][0-9])[0-9]*(?:[.,][0-9]+)*")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# CLDR pattern syntax around a compact format's word: digits, quotes around literal text.
_CLDR_LITERAL = re.compile(r"[0#'.,]+(?=\s|$)|[0#]+|'")
_CLDR_WORD = re.compile(r"[^\W\d_]+")
# An inflected scale word starts with a listed form this long or longer ("miljardi" -> "miljardiin").
_STEM_LENGTH = 5
_FOLLOWING_WORD = re.compile(r"[\s\u00a0\u202f]?([^\W\d_]+)\.?")
# A scale word joined to its number by a hyphen, itself followed by a hyphen or a space ("95-million-euro").
_HYPHENATED_SCALE = re.compile(r"-([^\W\d_]+)(?=[-\s\u00a0\u202f])")
# The patterns ending in ``$`` are searched in a window before a number, as long as their longest match
# (``_LONGEST_BEFORE``): searched from the paragraph's start, each would cost the length of the text
# before the number, so a paragraph of thousands of numbers would take quadratic time.
_COMPOUND_BEFORE = re.compile(r"[0-9]\s?[-–:/]\s?$")
_COMPOUND_AFTER = re.compile(r"\s?[-–:/]\s?[0-9]")
# "8 p.m.", "7pm", "11:30 p.m.": a 12-hour clock time, also written 20, 19, 23 in 24-hour locales.
_PM_AFTER = re.compile(r"(?::[0-9]{2})?\s?(?:p\.\s?m\b\.?|pm\b)", re.IGNORECASE)
# Zero minutes of a clock time ("19h00", "05:00"): implicit in "19 Uhr" or "7 pm", so never reported.
# "am" or "pm" right after a number ("7.30am", "7.30 a.m."), the letter a or p as group 1.
_MERIDIAN_AFTER = re.compile(r"\s?([ap])\.?\s?m\b\.?", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"[0-9]{1,2}\s?[h:]\s?$")
# Currency signs: a scale abbreviation before one counts even when spaced ("25 M€").
_DAY_BEFORE = re.compile(r"(?<![0-9.,])[0-9]{1,2}(?:er|st|nd|rd|th|º|°)?\.?[\s\u00a0\u202f]$")
_LONGEST_BEFORE = 6  # _DAY_BEFORE: two digits, two letters, a full stop and a space
# What may stand between the start of a line and list numbering ("  - 1.", "(2)").
_LIST_MARKER_LEAD = frozenset("*•·-–—(")
_DAY_AFTER = re.compile(r"\.?[\s\u00a0\u202f][0-9]{1,4}(?![0-9.,]?[0-9])")
_CURRENCY_SIGNS = frozenset("€$£¥₹₽")
# A conversion of an imperial quantity ("80 feet" -> "25 Meter") matches within this tolerance.
CONVERSION_TOLERANCE = Decimal("0.1")
# An inch mark glued to a number (23.6", 5,9″) is a unit in every language: to cm, mm and m.
_INCH_MARKS = frozenset('"″')
_INCH_CONVERSIONS = ((Decimal("2.54"), Decimal(0)), (Decimal("25.4"), Decimal(0)), (Decimal("0.0254"), Decimal(0)))


@dataclass(frozen=True)
class NumberMention:
    """A number in a text: where it is and the values it may denote."""

    span: Span
    values: frozenset[Decimal]
    # Spelled-out numbers and month names only absorb digits of the other side; never reported.
    soft: bool
    # Part of a score, range, date or time ("2:1", "3-1", "10/12"): only a digit number may match it,
    # never a spelled word ("first leg ... 2:1" must not pair "first" with the "1").
    compound: bool = False
    # A month name: it may stand for the month number of a date written in digits ("03/03/2025").
    month: bool = False
    # "ordinal" and "weekday" mentions are also compared among themselves (see the module docstring).
    kind: str = "number"
    # An imperial unit follows ("80 feet"): translators convert it, so (factor, offset) pairs give the
    # converted values that match approximately ("25 Meter").
    conversions: tuple[tuple[Decimal, Decimal], ...] = ()
    # A metric unit with a prefix follows ("10000 nanoseconds"): its dimension and factor, so that the
    # same quantity in another prefix matches ("zehn Mikrosekunden").
    metric: tuple[str, Decimal] | None = None
    # The values before the scale word ("9.4" of "9.4 billion"): a number whose scale changed.
    mantissa: frozenset[Decimal] = frozenset()
    scale: Decimal = Decimal(1)
    # The currency or unit of the quantity ("$", "euros", "hectares"): ids "dimension:unit" and where.
    units: frozenset[str] = frozenset()
    unit_span: Span | None = None
    # The first end of a range took the scale of the second ("9,4 bis 9,8 Milliarden"): where that
    # second number starts.
    range_with: int | None = None
    # The value the locale's separators give a digit number that reads two ways ("1,000" is 1000 in
    # English, not 1): preferred when partners are matched. Empty when it reads one way or none.
    likely: frozenset[Decimal] = frozenset()
    # A day of the month written with a day counter ("5일", "10日"): Korean, Japanese and Chinese news
    # date an event so where other languages name its weekday ("on Thursday" -> "5일").
    day_of_month: bool = False
    # A spelled count of two or more ("trois ans"), compared one against one with the other side's.
    count: bool = False


@dataclass(frozen=True)
class NumberWords:
    words: dict[str, Decimal]  # ordinals included
    scales: dict[str, Decimal]
    months: dict[str, Decimal]
    ordinals: frozenset[str] = frozenset()
    weekdays: dict[str, Decimal] = field(default_factory=dict)
    units: dict[str, tuple[tuple[Decimal, Decimal], ...]] = field(default_factory=dict)
    metric_units: dict[str, tuple[str, Decimal]] = field(default_factory=dict)
    metric_symbols: dict[str, tuple[str, Decimal]] = field(default_factory=dict)  # case-sensitive: mW, MW
    unit_words: dict[str, frozenset[str]] = field(default_factory=dict)
    unit_symbols: tuple[tuple[str, frozenset[str]], ...] = ()  # longest first
    unit_links: tuple[str, ...] = ()
    # Endings written onto a unit word (Korean particles and copula: "90시간이", "20미터입니다"), longest first.
    unit_endings: tuple[str, ...] = ()
    range_words: frozenset[str] = frozenset()
    night_words: frozenset[str] = frozenset()
    # Words after ("10.30 Uhr", "19.30 uur") or before ("godz. 19.30", "kl. 19.30") a clock time written
    # with a full stop or comma: with them, the number is hours and minutes, never 19.3 or 1930.
    clock_after: frozenset[str] = frozenset()
    clock_before: frozenset[str] = frozenset()
    day_counters: frozenset[str] = frozenset()
    # Words for a century next to which a Roman numeral counts it ("siglo XIX", "XIXe siècle", "XIX wieku").
    century_words: frozenset[str] = frozenset()
    # Words that may stand between a number and its scale ("142 de miliarde"), and scale words that
    # inflected forms start with ("miljardiin", "miliardach"): from CLDR, for languages without a table.
    scale_links: frozenset[str] = frozenset()
    scale_stems: tuple[tuple[str, Decimal], ...] = ()
    # Every word above that a number word can be: a word not here, and not hyphenated, is none.
    known: frozenset[str] = frozenset()
    # Chinese, Japanese and Korean numbers of several groups ("1万2000", "1億2000万", "1억5천만"): None
    # for languages whose scales are words of their own.
    compound: re.Pattern[str] | None = None
    # Numbers written in characters ("两万", "三十亿"; ``[numbers] character_numerals``).
    characters: bool = False
    # A number word written together with a suffix ("zehnmal", "dreidimensional", "zweieinhalb"):
    # suffix -> what it adds to the number (``[numbers] compound_suffixes``), and a pattern that
    # finds such words (None when the language has no suffixes).
    compound_suffixes: dict[str, Decimal] = field(default_factory=dict)
    word_compound: re.Pattern[str] | None = None
    word_compound_heads: frozenset[str] = frozenset()  # how such words start: their first three letters
    # An article and an imperial unit: a quantity of one ("a foot", "a mile"; ``[numbers] unit_articles``).
    unit_article: re.Pattern[str] | None = None
    # CLDR writes the language's month names with a capital ("March"; not "mars", "марта").
    months_capitalised: bool = False
    # Words between a day and its month name ("18 de noviembre"; :func:`date_links`).
    date_links: frozenset[str] = frozenset()
    # Words that name a fraction and nothing else ("tiers", "quarter", "Drittel"): word -> value.
    fractions: dict[str, Decimal] = field(default_factory=dict)
    # A fraction written denominator first in digits around a link ("3분의 2", "3分の2", "3分之2": two
    # thirds; ``[numbers] fraction_links``): None for languages that write none so.
    digit_fraction: re.Pattern[str] | None = None

    @cached_property
    def symbols_starting(self) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
        """``unit_symbols`` by their first character, in their order: a number is followed by the few
        that start with the character after it (a symbol asked about at every number of a paragraph)."""
        return _symbols_by(self.unit_symbols, lambda symbol: symbol[:1])

    @cached_property
    def symbols_ending(self) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
        """``unit_symbols`` by their last character, in their order (the symbols written before a number)."""
        return _symbols_by(self.unit_symbols, lambda symbol: symbol[-1:])


def _symbols_by(
    symbols: tuple[tuple[str, frozenset[str]], ...], character: Callable[[str], str]
) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    # An empty symbol (none is listed) would match anywhere: it is kept in every group, under "" too.
    keys = {character(symbol) for symbol, _ in symbols} | {""}
    return {key: tuple(item for item in symbols if character(item[0]) in (key, "")) for key in keys}


@cache
def number_words(language: Language) -> NumberWords:
    """Spelled numbers, scale words and month names of a language (empty for unknown languages)."""
    data = language.data
    ordinals = {k: Decimal(str(v)) for k, v in data.table_of("numbers", "ordinals").items()}
    words = {k: Decimal(str(v)) for k, v in data.table_of("numbers", "words").items()} | ordinals
    scales = {k: Decimal(str(v)) for k, v in data.table_of("numbers", "scales").items()}
    links: frozenset[str] = frozenset()
    stems: tuple[tuple[str, Decimal], ...] = ()
    if not scales:
        scales, links = _cldr_scales(language.tag)
        stems = tuple(sorted(((w, v) for w, v in scales.items() if len(w) >= _STEM_LENGTH), key=lambda i: -len(i[0])))
    # Multipliers CLDR's compact formats do not have: Japanese "割" (tenths, "4割" is 40%).
    scales = scales | {k: Decimal(str(v)) for k, v in data.table_of("numbers", "extra_scales").items()}
    units = {
        unit: tuple((Decimal(str(factor)), Decimal(str(offset))) for factor, offset in pairs)
        for unit, pairs in data.table_of("numbers", "imperial_units").items()
    }
    symbols = package_table("numbers.toml")["unit_symbols"]
    metric_symbols = {
        k: (str(v[0]), Decimal(str(v[1]))) for k, v in package_table("numbers.toml")["metric_symbols"].items()
    }
    # Abbreviations CLDR does not list but house styles use (AP's "Sept. 30" beside CLDR's "Sep").
    extra_months = {k: Decimal(str(v)) for k, v in data.table_of("numbers", "extra_months").items()}
    months, weekdays = _month_names(language.code) | extra_months, _weekday_names(language.code)
    suffixes = {k: Decimal(str(v)) for k, v in data.table_of("numbers", "compound_suffixes").items()}
    metric = {k: (str(v[0]), Decimal(str(v[1]))) for k, v in data.table_of("numbers", "metric_units").items()}
    fractions = {k: _fraction_value(int(v)) for k, v in data.table_of("numbers", "fractions").items()}
    return NumberWords(
        words,
        scales,
        months,
        frozenset(ordinals),
        weekdays,
        units,
        metric_units=metric,
        metric_symbols=metric_symbols,
        unit_words={k: frozenset(v) for k, v in data.table_of("numbers", "units").items()},
        unit_symbols=tuple(sorted(((k, frozenset(v)) for k, v in symbols.items()), key=lambda i: -len(i[0]))),
        unit_links=data.strings("numbers", "unit_links"),
        unit_endings=tuple(sorted(data.strings("numbers", "unit_endings"), key=len, reverse=True)),
        range_words=data.words("numbers", "range_words"),
        night_words=frozenset(word.lower() for word in data.words("numbers", "night_words")),
        clock_after=frozenset(word.lower() for word in data.words("numbers", "clock_after")),
        clock_before=frozenset(word.lower() for word in data.words("numbers", "clock_before")),
        day_counters=data.words("numbers", "day_counters"),
        century_words=frozenset(word.lower() for word in data.words("numbers", "century_words")),
        scale_links=links,
        scale_stems=stems,
        known=frozenset(words) | frozenset(months) | frozenset(weekdays) | frozenset(fractions),
        compound=_compound_pattern(scales),
        characters=data.flag("numbers", "character_numerals"),
        compound_suffixes=suffixes,
        word_compound=_word_compound_pattern(data.table_of("numbers", "words"), suffixes),
        word_compound_heads=frozenset((w + s)[:3] for w in data.table_of("numbers", "words") for s in suffixes),
        unit_article=_unit_article_pattern(data.strings("numbers", "unit_articles"), units),
        months_capitalised=_months_capitalised(language.code),
        date_links=date_links(language.code),
        fractions=fractions,
        digit_fraction=_digit_fraction_pattern(data.strings("numbers", "fraction_links")),
    )


def _digit_fraction_pattern(links: Iterable[str]) -> re.Pattern[str] | None:
    if not links:
        return None
    joined = "|".join(re.escape(link) for link in sorted(links, key=len, reverse=True))
    return re.compile(rf"(?<![0-9.,])([0-9]{{1,3}})[ \u00a0]?(?:{joined})[ \u00a0]?([0-9]{{1,3}})(?![0-9]|[.,][0-9])")


def _fraction_value(denominator: int) -> Decimal:
    """One part of ``denominator`` (``[numbers] fractions``: "tiers" = 3), to four places: a fraction is
    only compared with fractions, and "half" (0.5) is one."""
    return (Decimal(1) / Decimal(denominator)).quantize(Decimal("0.0001"))


def _unit_article_pattern(articles: Iterable[str], units: Iterable[str]) -> re.Pattern[str] | None:
    # Units of three letters or more: "an F" is a grade, not a temperature.
    words = sorted((u for u in units if len(u) > 2 and u.isalpha()), key=len, reverse=True)
    if not articles or not words:
        return None
    return re.compile(
        rf"\b(?:{'|'.join(map(re.escape, articles))})\s+({'|'.join(map(re.escape, words))})\b", re.IGNORECASE
    )


def _word_compound_pattern(words: Iterable[str], suffixes: Iterable[str]) -> re.Pattern[str] | None:
    """Number words glued to a suffix, the longest number first ("dreizehnmal" is 13, not 3)."""
    if not suffixes:
        return None
    numbers = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    endings = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return re.compile(f"({numbers})({endings})")


def _compound_pattern(scales: dict[str, Decimal]) -> re.Pattern[str] | None:
    """Digits and one-character scales in turn, two groups or more: "1万2000" (12,000), "1億2000万"
    (120 million), "1억5천만" (150 million; "5천만" is five thousand ten-thousands)."""
    characters = "".join(sorted(word for word in scales if len(word) == 1 and _unspaced(word)))
    if not characters:
        return None
    # Korean writes a space between the groups and groups the digits of each ("1조 4,900억": 1.49
    # trillion); a spaced group needs its scale, so "5억 2023년" stays two numbers.
    digits = r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+"
    group = rf"(?:{digits})(?:\.[0-9]+)?[{characters}]{{1,2}}"
    first = rf"[0-9](?<![0-9.,][0-9])(?:[0-9]{{0,2}}(?:,[0-9]{{3}})+|[0-9]*)(?:\.[0-9]+)?[{characters}]{{1,2}}"
    # The last group, below the smallest scale, is spaced without one ("14만 7,000": 147,000): written
    # with its thousands comma, which no year, day or count of its own ("5억 2023년") has.
    tail = r"[ \u00a0][1-9],[0-9]{3}(?![0-9]|[.,][0-9])"
    return re.compile(rf"{first}(?:(?:[ \u00a0]?{group})+(?:[0-9]+|{tail})?|[0-9]+[{characters}]{{0,2}}|{tail})")


def _compound_mentions(text: str, vocabulary: NumberWords, taken: _DisjointSpans) -> Iterator[NumberMention]:
    if vocabulary.compound is None:
        return
    for match in vocabulary.compound.finditer(text):
        value = Decimal(0)
        for digits, scale in re.findall(r"([0-9.]+)([^0-9.]*)", re.sub(r"[, \u00a0]", "", match.group())):
            value += Decimal(digits) * _product(scale, vocabulary)
        span = Span(match.start(), match.end())
        if taken.add(span):
            yield NumberMention(span, frozenset({value}), soft=False, mantissa=frozenset({value}))


_SMALLEST_DENOMINATOR = 2  # a half


def _digit_fractions(text: str, pattern: re.Pattern[str], taken: _DisjointSpans) -> Iterator[NumberMention]:
    """A fraction in digits, denominator first ("3분의 2", two thirds): read as other languages spell it
    ("two-thirds", "deux tiers"), a fraction word (one part of the denominator) and a spelled count, both
    soft. Its two digits are no numbers of their own: an English "two-thirds" has no 3 to partner them."""
    for match in pattern.finditer(text):
        denominator = int(match.group(1))
        if denominator < _SMALLEST_DENOMINATOR or not taken.add(Span(match.start(), match.end())):
            continue
        numerator = Decimal(match.group(2))
        fraction = frozenset({_fraction_value(denominator)})
        link_end = match.start() + len(text[match.start() : match.start(2)].rstrip())
        yield NumberMention(Span(match.start(), link_end), fraction, soft=True, kind="fraction")
        yield NumberMention(Span(match.start(2), match.end(2)), frozenset({numerator}), soft=True)


def _character_mentions(text: str, taken: _DisjointSpans) -> Iterator[NumberMention]:
    """Numbers written in characters, spelled-out numbers to the checks: the same characters also make
    ordinary words ("十分", "万一"), so they only absorb a digit number of the other side."""
    from mtqa.lang.cjk_numerals import character_numbers

    for start, end, value in character_numbers(text):
        span = Span(start, end)
        if taken.add(span):
            yield NumberMention(span, frozenset({value}), soft=True)


def _product(characters: str, vocabulary: NumberWords) -> Decimal:
    product = Decimal(1)
    for character in characters:
        product *= vocabulary.scales[character]
    return product


def _months_capitalised(lang: str) -> bool:
    try:
        from babel.dates import get_month_names

        return any(name[:1].isupper() for name in get_month_names("wide", locale=lang).values())
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return False


def _month_names(lang: str) -> dict[str, Decimal]:
    try:
        from babel.dates import get_month_names

        months: dict[str, Decimal] = {}
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=lang).items():
                months[name.lower().rstrip(".")] = Decimal(number)
        # The nominative of languages that decline month names ("sierpień", "srpen", "август"); the
        # format forms above are their genitive ("sierpnia", "srpna", "августа").
        for number, name in get_month_names("wide", context="stand-alone", locale=lang).items():
            months.setdefault(name.lower(), Decimal(number))
        return months
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return {}


def _cldr_scales(lang: str) -> tuple[dict[str, Decimal], frozenset[str]]:
    """Scale words of a language without its own table, from CLDR's compact number formats (Babel):
    "mld", "miliardów" (pl), "milhões" (pt), "млрд" (ru), "万" (ja); and the words a format puts before
    one ("de" of "0 de miliarde"). A phrase of scales ("mil milhões") adds nothing: its words are scales
    of their own, multiplied where they follow each other."""
    try:
        from babel import Locale

        formats = Locale.parse(lang, sep="-").compact_decimal_formats
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return {}, frozenset()
    scales: dict[str, Decimal] = {}
    phrases: list[list[str]] = []
    for width in ("short", "long"):
        for table in formats.get(width, {}).values():
            for magnitude, pattern in table.items():
                text = str(getattr(pattern, "pattern", pattern)).split(";")[0]
                zeros = text.count("0")
                words = _CLDR_LITERAL.sub("", text).replace("¤", "").strip(_SPACES + ".").lower().split()
                if zeros and words and all(_CLDR_WORD.fullmatch(word) for word in words):
                    if len(words) == 1:
                        scales.setdefault(words[0], Decimal(magnitude) / Decimal(10) ** (zeros - 1))
                    else:
                        phrases.append(words)
    links = {word for words in phrases for word in words[:-1] if word not in scales}
    return scales, frozenset(links)


# How many words a night word may stand before a weekday ("in der Nacht zum Samstag", "la nuit de
# vendredi à samedi") or after it ("Friday night", "Saturday overnight"), within one clause.
_NIGHT_BEFORE, _NIGHT_AFTER = 3, 2
_CLAUSE_END = re.compile(r"[.,;:!?()\[\]{}«»“”„\"—–]")


def _at_night(text: str, start: int, end: int, night_words: frozenset[str]) -> bool:
    """True when a weekday at ``start:end`` names a night (``[numbers] night_words`` nearby)."""
    if not night_words:
        return False
    before = _CLAUSE_END.split(text[max(0, start - 60) : start])[-1]
    after = _CLAUSE_END.split(text[end : end + 40])[0]
    words = [w.lower() for w in _WORD.findall(before)][-_NIGHT_BEFORE:]
    words += [w.lower() for w in _WORD.findall(after)][:_NIGHT_AFTER]
    return any(word in night_words for word in words)


def _weekday_names(lang: str) -> dict[str, Decimal]:
    # Wide names only: abbreviations are ordinary words too ("Sun", "Wed", "Di", "mar").
    try:
        from babel.dates import get_day_names

        return {name.lower(): Decimal(day) for day, name in get_day_names("wide", locale=lang).items()}
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return {}


@lru_cache(maxsize=1 << 14)
def _readings(token: str) -> frozenset[Decimal]:
    # A pure function of one number as written (bounded: numbers, never articles).
    """All values a digit string may denote, whatever its locale's separators."""
    compact = "".join(ch for ch in token if ch not in _SPACES)
    grouped_by_space = len(compact) != len(token)
    separators = [ch for ch in compact if ch in ".,"]
    try:
        if not separators:
            return frozenset({Decimal(compact)})
        if grouped_by_space or len(set(separators)) == 2:
            # The last separator is the decimal one; the others group digits.
            head, _, tail = _split_last(compact)
            return frozenset({Decimal(_digits(head) + "." + tail)})
        if len(separators) > 1:
            return frozenset({Decimal(_digits(compact))})
        head, _, tail = _split_last(compact)
        decimal = Decimal(head + "." + tail)
        if len(tail) == 3 and 1 <= len(head) <= 3 and head != "0":
            return frozenset({decimal, Decimal(head + tail)})
        return frozenset({decimal})
    except InvalidOperation:
        return frozenset()


def _split_last(text: str) -> tuple[str, str, str]:
    index = max(text.rfind("."), text.rfind(","))
    return text[:index], text[index], text[index + 1 :]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


# A decimal digit of another script (Arabic-Indic "٢٥", Persian "۲۵", Devanagari "२५"...).
# One character class (a digit that is no ASCII digit), not a look-ahead before every character:
# re scans a long paragraph for it three times faster.
_OTHER_DIGIT = re.compile(r"[^\D0-9]")
# Arabic decimal and group separators and per cent sign: "١٢٫٥" is 12.5, "١٬٤٢٠" 1,420, "٢٥٪" 25%.
_ARABIC_MARKS = str.maketrans("\u066b\u066c\u066a", ".,%")


def ascii_digits(text: str) -> str:
    """``text`` with the digits of every script written as ASCII digits, character for character (offsets
    hold): Arabic news write "٢٠٢٣" and "٢٥٪" for the source's "2023" and "25%"."""
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return text
    converted = _OTHER_DIGIT.sub(lambda match: str(unicodedata.digit(match.group())), text)
    return converted.translate(_ARABIC_MARKS)


def find_numbers(text: str, language: Language, offset: int = 0, *, by_locale: bool = False) -> list[NumberMention]:
    """Every number in ``text`` (spans shifted by ``offset``), digits first, then spelled ones.

    HTML character references are read as their characters (``&#x2019;`` is no 2019), also those whose
    digits slipped past the semicolon (``&sup;2``); ``14k gold`` is 14 carats, not 14,000. With
    ``by_locale``, a number that keeps two readings (``1.200``) keeps only the one its locale gives it
    (1200 in Spanish, 1.2 in English): the source side, written by people who follow their locale."""
    return list(_numbers_in(text, language, offset, by_locale))


class _DisjointSpans:
    """Spans that overlap none of each other, sorted: one look-up per new span, so a paragraph of
    thousands of numbers (a table, a price list) is read in near-linear time."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add(self, span: Span) -> bool:
        """Keep ``span`` if it overlaps no kept span; False (and nothing kept) otherwise."""
        index = bisect_left(self._starts, span.end)  # the kept spans starting before span ends
        if index and self._ends[index - 1] > span.start:
            return False
        self._starts.insert(index, span.start)
        self._ends.insert(index, span.end)
        return True


# A reference whose digits slipped past its semicolon ("&sup;2" for "&sup2;", "&frac;12" for "&frac12;"):
# the digits belong to the reference (markup.entity reports it), they are no number of the text.
_MOVED_DIGITS = re.compile(r"&([A-Za-z]{2,31});([0-9]{1,2})")


def _rejoin_moved_digits(text: str) -> str:
    """``text`` with each reference whose digits follow its semicolon written whole again (same length)."""
    if "&" not in text:
        return text

    def rejoined(match: re.Match[str]) -> str:
        name, digits = match.groups()
        return f"&{name}{digits};" if f"{name}{digits};" in html.entities.html5 else match.group()

    return _MOVED_DIGITS.sub(rejoined, text)


_HEXADECIMAL = re.compile(r"(?<![\w.])0[xX][0-9A-Fa-f]+(?![\w.])")


@article_cached
def _numbers_in(text: str, language: Language, offset: int, by_locale: bool) -> tuple[NumberMention, ...]:
    # Cached for the run: the translations of one source read its paragraphs' numbers once.
    text = ascii_digits(decode_references(_rejoin_moved_digits(text)))
    vocabulary = number_words(language)
    symbols = number_symbols(language)
    mentions: list[NumberMention] = []
    taken = _DisjointSpans()
    if "0x" in text or "0X" in text:
        # A hexadecimal code ("error 0x0000011b") is one number, read in base 16: its letters are no
        # scale word ("11b"), and a code changed ("0x31" -> "0x13") is still a number changed.
        for match in _HEXADECIMAL.finditer(text):
            span = Span(match.start(), match.end())
            taken.add(span)
            mentions.append(NumberMention(span, frozenset({Decimal(int(match.group()[2:], 16))}), soft=False))
    # Digits grouped by a plain space ("17 000") occur in every language's news, not only where the
    # locale's group symbol is a space; exactly three digits per group keeps "2019 300" apart.
    mentions.extend(_compound_mentions(text, vocabulary, taken))
    if vocabulary.digit_fraction is not None:
        mentions.extend(_digit_fractions(text, vocabulary.digit_fraction, taken))
    patterns = [_SPACED, _PLAIN_SPACED, _PLAIN]
    for pattern in patterns:
        for match in pattern.finditer(text):
            span = Span(match.start(), match.end())
            if not taken.add(span):
                continue
            if _is_list_marker(text, match.start(), match.end()):
                continue
            mentions.extend(_digit_mentions(text, match.group(), span, vocabulary, symbols, by_locale=by_locale))
    known = vocabulary.known
    heads, compound = vocabulary.word_compound_heads, vocabulary.word_compound
    # Most words are no number, month or weekday (the tests below would all fail): the distinct words that
    # may be are picked first, so a paragraph's other words cost no match object and no test each.
    candidates = {
        word
        for word in set(_WORD.findall(text))
        if (lower := word.lower()) in known
        or "-" in lower
        or (lower[:3] in heads and compound and compound.match(lower))
    }
    for match in _word_matches(text, candidates):
        word = match.group().lower()
        if word in vocabulary.weekdays:
            day = vocabulary.weekdays[word]
            weekday = frozenset({day})
            if _at_night(text, match.start(), match.end(), vocabulary.night_words):
                # A night spans two days, and languages name it by either: "in der Nacht zum Samstag" is
                # "on Friday night". Named by day d, it is the night before d or the one after: the pair
                # of nights, each known by its first day (d - 1, d), is compared, so a night one day off
                # is accepted, two days off is not ("Nacht zum Montag" -> "Wednesday night").
                weekday = frozenset({day, (day + 6) % 7})  # Decimal: (-1) % 7 is -1
            mentions.append(NumberMention(Span(match.start(), match.end()), weekday, soft=True, kind="weekday"))
            continue
        if word in vocabulary.fractions:
            fraction = frozenset({vocabulary.fractions[word]})
            mentions.append(NumberMention(Span(match.start(), match.end()), fraction, soft=True, kind="fraction"))
            continue
        value = _word_value(word, vocabulary)
        if value is not None and word in vocabulary.ordinals:
            ordinal = frozenset({value})
            mentions.append(NumberMention(Span(match.start(), match.end()), ordinal, soft=True, kind="ordinal"))
        elif value is not None:
            mentions.append(_spelled(text, match, word, value, vocabulary))
        else:
            head, _, unit = word.partition("-")
            if head in vocabulary.words and unit in vocabulary.units:  # "an eight-foot robot"
                span = Span(match.start(), match.end())
                value = vocabulary.words[head]
                mentions.append(NumberMention(span, frozenset({value}), soft=True, conversions=vocabulary.units[unit]))
            elif _counted_compound(head, unit, vocabulary):  # "a four-year term", "a five-day course"
                span = Span(match.start(), match.end())
                # Its unit, when the language data knows the word ("a six-month examination" is in months:
                # rendered "de seis semanas", the unit changed).
                unit_ids = vocabulary.unit_words.get(unit.split("-")[0], frozenset())
                unit_span = Span(match.start() + len(head) + 1, match.start() + len(head) + 1 + len(unit.split("-")[0]))
                mentions.append(
                    NumberMention(
                        span,
                        frozenset({vocabulary.words[head]}),
                        soft=True,
                        units=unit_ids,
                        unit_span=unit_span if unit_ids else None,
                        # A count with a unit is compared like "six months"; "a three-goal deficit" is
                        # rendered every which way ("drei Tore Rückstand", "trailing by three").
                        count=bool(unit_ids),
                    )
                )
    if vocabulary.characters:
        mentions.extend(_character_mentions(text, taken))
    if vocabulary.century_words:
        mentions.extend(_century_mentions(text, vocabulary.century_words))
    mentions.extend(_article_quantities(text, vocabulary))
    mentions = _dimension_units(text, _ranges(text, mentions, vocabulary))
    return tuple(
        sorted(
            (
                replace(
                    m,
                    span=m.span.shift(offset),
                    unit_span=m.unit_span.shift(offset) if m.unit_span else None,
                    range_with=None if m.range_with is None else m.range_with + offset,
                )
                if offset
                else m
                for m in mentions
            ),
            key=lambda m: (m.span.start, m.span.end),
        )
    )


# A Roman numeral of the centuries and regnal numbers (I to XXXIX), with the French ordinal ending
# ("XIXe", "XIXᵉ", "Ier"), and the words before and after it (an abbreviation keeps its full stop).
_ROMAN = re.compile(r"(?<![^\W\d_])(?=[IVX])(X{0,3})(IX|IV|V?I{0,3})(?:e|ᵉ|er|ème)?(?![^\W\d_])")
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "": 0}
_CENTURY_BEFORE = re.compile(r"([^\W\d_]+)[\s\u00a0\u202f]+$")
_CENTURY_AFTER = re.compile(r"[\s\u00a0\u202f]+([^\W\d_]+\.?)")


def _century_mentions(text: str, century_words: frozenset[str]) -> Iterator[NumberMention]:
    """Roman numerals right before or after a word for a century ("siglo XIX", "XIXe siècle", "nel XV
    secolo", "XIX w."): the languages that write them so count centuries in digits elsewhere ("19th
    century", "19. Jahrhundert"). Elsewhere a Roman numeral is left alone: a regnal number or a title's
    numeral ("Louis XIV", "Vaticano II") may be rendered by a spelled ordinal or not at all, and Polish
    writes quarters so ("w I kwartale")."""
    if not any(numeral in text for numeral in "IVX"):
        return
    for match in _ROMAN.finditer(text):
        tens, units = match.group(1), match.group(2)
        if not tens and not units:
            continue
        before = _CENTURY_BEFORE.search(text, max(0, match.start() - 24), match.start())
        after = _CENTURY_AFTER.match(text, match.end())
        # A word after the numeral counts with its full stop ("XIX w."), or without it ("XIX wieku.").
        near = {before.group(1).lower()} if before else set()
        if after:
            near |= {after.group(1).lower(), after.group(1).lower().rstrip(".")}
        if near & century_words:
            value = Decimal(10 * len(tens) + _ROMAN_VALUES[units])
            yield NumberMention(Span(match.start(), match.end()), frozenset({value}), soft=False)


# A letter as ``_WORD`` reads one.
_LETTER = re.compile(r"[^\W\d_]")


def _word_matches(text: str, words: Iterable[str]) -> list[re.Match[str]]:
    """The matches of ``_WORD`` in ``text`` that are one of ``words`` (each a ``_WORD`` match), in text
    order: the same as those of ``_WORD.finditer(text)``, found by a substring search for each word
    rather than by a match object for every word of a paragraph (most are none of ``words``)."""
    found = []
    for word in words:
        position = text.find(word)
        while position >= 0:
            if not _continues_word(text, position):
                match = _WORD.match(text, position)
                if match is not None and match.end() == position + len(word):
                    found.append(match)
            position = text.find(word, position + 1)
    found.sort(key=lambda match: match.start())
    return found


def _continues_word(text: str, position: int) -> bool:
    """True when a ``_WORD`` match reaching ``position - 1`` would run on over the letter at
    ``position``: a letter before it, or a hyphen after a letter ("vier-" of "vier-ein")."""
    if not position:
        return False
    if _LETTER.match(text, position - 1):
        return True
    return text[position - 1] == "-" and position >= 2 and _LETTER.match(text, position - 2) is not None


def _spelled(text: str, match: re.Match[str], word: str, value: Decimal, vocabulary: NumberWords) -> NumberMention:
    """A spelled number or month name, with the scale words after it ("zweieinhalb Millionen")."""
    scale, end = _scale_after(text, match.end(), vocabulary, attached_only=False)
    month = word not in vocabulary.words and word in vocabulary.months
    dated = month and (
        in_date(text, match.start(), match.end(), vocabulary.date_links)
        or _in_month_range(text, match.start(), match.end(), vocabulary)
        or _month_by_itself(match.group(), vocabulary)
    )
    kind = "month" if dated else "number"
    if month:
        return NumberMention(Span(match.start(), end), frozenset({value * scale}), soft=True, month=month, kind=kind)
    # The unit word of a spelled quantity ("fünf Meter", "eight feet") lets it match a converted or
    # rescaled one, and is compared with the unit of its partner (:func:`_spelled_unit_pairs`). Only the
    # next word is looked at (not symbols or phrases, as for digits): spelled numbers are frequent
    # ("ein", "one") and seldom carry a unit.
    unit = _FOLLOWING_WORD.match(text, end)
    unit_word = unit.group(1).lower() if unit else ""
    units = vocabulary.unit_words.get(unit_word, frozenset())
    conversions = vocabulary.units.get(unit_word, ())
    metric = vocabulary.metric_units.get(unit_word)
    return NumberMention(
        Span(match.start(), end),
        frozenset({value * scale}),
        soft=True,
        kind=kind,
        conversions=conversions,
        scale=scale,
        units=units,
        unit_span=Span(unit.start(1), unit.end(1)) if unit and units else None,
        metric=metric,
        count=_is_count(text, match, value, unit_word, vocabulary) and not conversions and metric is None,
    )


# The word or dash after a month name and the word after it ("November to February", "ноября по
# февраль", "نوفمبر إلى أبريل"), and the same before one.
_LINKED_AFTER = re.compile(r"[\s\u00a0]*(?:[-–—]|[^\W\d_]+)[\s\u00a0]*([^\W\d_]+)")
_LINKED_BEFORE = re.compile(r"([^\W\d_]+)[\s\u00a0]*(?:[-–—]|[^\W\d_]+)[\s\u00a0]*$")


def _in_month_range(text: str, start: int, end: int, vocabulary: NumberWords) -> bool:
    """A month name one word or a dash away from another ("from November to February"): a range of
    months, whose ends are compared like the months of dates. In languages that capitalise month names,
    both must be capitalised ("march and may" are verbs)."""
    if not _written_as_month(text[start:end], vocabulary):
        return False
    after = _LINKED_AFTER.match(text, end)
    if after and _written_as_month(after.group(1), vocabulary):
        return True
    before = _LINKED_BEFORE.search(text, max(0, start - 40), start)
    return bool(before and _written_as_month(before.group(1), vocabulary))


# A month name out of a date is compared when it is this long or longer: shorter ones are other words
# too (Romanian "mai" is "more", Spanish "mar" the sea, abbreviations are initials and names).
_LONE_MONTH_LENGTH = 4


def _month_by_itself(word: str, vocabulary: NumberWords) -> bool:
    """A month name outside a date ("before the end of September", "do końca sierpnia"), written as the
    language writes month names: capitalised where it capitalises them ("May" or "March", not the verbs),
    in lower case where it does not ("Maja" and "Mars" are names). It is compared like a date's month,
    one against one in a sentence bead."""
    if len(word) < _LONE_MONTH_LENGTH or not _written_as_month(word, vocabulary):
        return False
    return vocabulary.months_capitalised or word.islower()


def _written_as_month(word: str, vocabulary: NumberWords) -> bool:
    folded = word.lower()
    if len(word) < 3 or folded not in vocabulary.months or folded in vocabulary.words:
        return False
    return not (vocabulary.months_capitalised and word[0].islower())


# Words around a spelled number, the nearest first: a number word there (maybe after a short link,
# "trente et un", "hundred and twenty") makes a compound number read in pieces.
_WORDS_BEFORE = re.compile(r"([^\W\d_]+)[\s\u00a0\u202f-]+(?:([^\W\d_]+)[\s\u00a0\u202f-]+)?$")
_WORDS_AFTER = re.compile(r"[\s\u00a0\u202f-]+([^\W\d_]+)(?:[\s\u00a0\u202f-]+([^\W\d_]+))?")
_LINK_LENGTH = 3
_LARGEST_COUNT = 99


def _is_count(text: str, match: re.Match[str], value: Decimal, following: str, vocabulary: NumberWords) -> bool:
    """A number word from two to ninety-nine (with its scale word: "trois millions"), standing alone:
    "one" and its kin are articles and pronouns too, halves and fractions are often rephrased, "cent",
    "hundred", "mille" head phrases ("pour cent", "hundreds of"), a number word multiplying another
    ("two decades", "drei Dutzend") or next to another ("trente et un", "hundred and twenty") is a
    compound read in pieces."""
    if not 2 <= value <= _LARGEST_COUNT or value != value.to_integral_value() or "-" in match.group():
        return False  # hyphenated compounds ("quatre-vingt-treize") are not all read whole
    if any(following[: len(following) - cut] in vocabulary.words for cut in range(3) if len(following) > cut):
        return False
    before = _WORDS_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
    after = _WORDS_AFTER.match(text, match.end())
    return not (_number_near(before, vocabulary, reverse=True) or _number_near(after, vocabulary, reverse=False))


def _number_near(found: re.Match[str] | None, vocabulary: NumberWords, *, reverse: bool) -> bool:
    if found is None:
        return False
    words = [w.lower() for w in found.groups() if w]
    if reverse:
        words.reverse()
    if words and words[0] in vocabulary.words:
        return True
    return len(words) > 1 and len(words[0]) <= _LINK_LENGTH and words[1] in vocabulary.words


def in_date(text: str, start: int, end: int, links: frozenset[str] = frozenset()) -> bool:
    """A month name next to a day or year in digits ("July 11", "11 juin", "11. Juli", "1er mai",
    "May 2024"), or after a day and one of ``links`` (``date_links``: "18 de noviembre"): a date, whose
    month is compared (a lone "May" may be the verb)."""
    if _ends_at(_DAY_BEFORE, text, start) or _DAY_AFTER.match(text, end):
        return True
    if not links:
        return False
    linked = _LINKED_DAY.search(text, max(0, start - 16), start)
    return linked is not None and linked.group(1).lower() in links


# A day, a link word and the space before a month name ("18 de ", "1 del "): see ``date_links``.
_LINKED_DAY = re.compile(r"(?<![0-9.,])[0-9]{1,2}[\s\u00a0]+([^\W\d_]+)[\s\u00a0]+$")


@cache
def date_links(lang: str) -> frozenset[str]:
    """The words CLDR's long date format writes between the day and the month name (Spanish,
    Portuguese, Galician "d 'de' MMMM": "18 de noviembre"); empty for most languages."""
    try:
        from babel.dates import get_date_format

        pattern = get_date_format("long", locale=lang).pattern
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return frozenset()
    found = re.search(r"\bd\s+'([^']+)'\s+MMMM", pattern)
    return frozenset({found.group(1).lower()}) if found else frozenset()


def _digit_mentions(
    text: str,
    token: str,
    span: Span,
    vocabulary: NumberWords,
    symbols: NumberSymbols | None = None,
    *,
    by_locale: bool = False,
) -> Iterator[NumberMention]:
    clock = re.fullmatch(r"[0-9]{1,2}[.,][0-9]{2}", token)
    meridian = _MERIDIAN_AFTER.match(text, span.end)
    if clock and (meridian or _clock_marked(text, span.start, span.end, vocabulary)):
        # Clock times with a dot ("10.30 Uhr", "19.30 uur", "7.30am", "7.30 p.m.") are hours and minutes,
        # like "10 h 30" and "10:30"; after "pm" the hour also reads on the 24-hour clock ("19 h 30").
        hours = _readings(token[:-3])
        if meridian and meridian.group(1).lower() == "p" and 1 <= int(token[:-3]) <= 11:
            hours |= {Decimal(token[:-3]) + 12}
        yield NumberMention(Span(span.start, span.end - 3), hours, False)
        # Zero minutes ("15.00 horas" for "15 heures") are implicit in a whole hour: never reported.
        yield NumberMention(Span(span.end - 2, span.end), _readings(token[-2:]), soft=token.endswith("00"))
        return
    scale, end = _scale_after(text, span.end, vocabulary, attached_only=True)
    readings = _readings(token)
    likely: frozenset[Decimal] = frozenset()
    if symbols is not None and len(readings) > 1 and (local := read_number(token, symbols)) in readings:
        if by_locale:
            readings = frozenset({local})
        else:
            likely = frozenset({local * scale})
    values = frozenset(value * scale for value in readings)
    compound = bool(_ends_at(_COMPOUND_BEFORE, text, span.start) or _COMPOUND_AFTER.match(text, span.end))
    if token == "00" and _ends_at(_CLOCK_BEFORE, text, span.start):
        yield NumberMention(span, values, soft=True, compound=True)
        return
    if re.fullmatch(r"[0-9]{1,2}", token) and 1 <= int(token) <= 11 and _PM_AFTER.match(text, span.end):
        values |= {Decimal(token) + 12}
    if scale == 1 and token[-1:] == "0" and _DECADE_AFTER.match(text, span.end):
        values |= _decade_readings(token)
    if scale == 1 and _ATTACHED_THOUSAND.match(text, span.end) and not _KARAT_GOLD.match(text, span.end + 1):
        # "2K", "10k" are thousands in product and tech text of every language, also where its scale
        # words lack "k" ("vídeo 2K" for "2K video"); the token may be a label too ("2K-Lack"): both.
        values |= {value * _THOUSAND for value in readings}
    if scale == 1 and re.fullmatch(r"[1-9][0-9]?00", token) and _HUNDREDS_AFTER.match(text, span.end):
        values |= {Decimal(token) // 100 + 1}  # Swedish "1300-talet" is the 14th century
    if values:
        # The unit may be hyphenated to the number ("a 550-acre park").
        unit = _FOLLOWING_WORD.match(text, end + 1 if text[end : end + 1] == "-" else end)
        conversions = vocabulary.units.get(unit.group(1).lower(), ()) if unit else ()
        if not conversions and text[end : end + 1] in _INCH_MARKS:
            conversions = _INCH_CONVERSIONS  # 23.6" in any language
        metric = (
            (vocabulary.metric_units.get(unit.group(1).lower()) or vocabulary.metric_symbols.get(unit.group(1)))
            if unit
            else None
        )
        units, unit_span = _unit_after(text, span.end, end, vocabulary) or _unit_before(text, span.start, vocabulary)
        yield NumberMention(
            Span(span.start, end),
            values,
            soft=False,
            compound=compound,
            conversions=conversions,
            metric=metric,
            mantissa=readings,
            scale=scale,
            units=units,
            unit_span=unit_span,
            likely=likely,
            day_of_month=_dates_a_day(text, token, span.end, vocabulary.day_counters),
        )


# A decade written with a suffix: "1990s", "’90s", German "1990er", Russian "1990-х", "90-е", Korean
# "1990년대", Japanese and Chinese "90年代". Languages name it by four digits or by two ("the 1990s",
# Polish "lata 80.", French "les années 80"), so each form also reads as the other.
_DECADE_AFTER = re.compile(r"(?:['’]?s|er|-(?:х|е|ые|ых|ми))(?![^\W\d_])|년대|年代")


# The Nordic languages and Finnish name a century by its first year's hundreds ("1300-talet", Danish
# "1300-tallet", Finnish "1300-luvulla"), where others count it ("the 14th century", "XIVe siècle").
_HUNDREDS_AFTER = re.compile(r"-(?:tal(?:et|lets?|ets|let)?|luvu[a-zäö]*|luku[a-zäö]*)(?![^\W\d_])", re.IGNORECASE)


def _decade_readings(token: str) -> frozenset[Decimal]:
    if len(token) == 4 and token.isdigit() and token[2:] != "00":
        return frozenset({Decimal(token[2:])})  # "1990s": also "90"
    if len(token) == 2 and token.isdigit():
        return frozenset({Decimal(1900) + Decimal(token), Decimal(2000) + Decimal(token)})  # "90s": 1990, 2090
    return frozenset()


_GAP = re.compile(r"[\s\u00a0\u202f\u2009]*")
_UNIT_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}")


def _dates_a_day(text: str, token: str, end: int, counters: frozenset[str]) -> bool:
    return bool(counters) and text[end : end + 1] in counters and token.isdigit() and 1 <= int(token) <= 31


_PRECEDING_WORD = re.compile(r"([^\W\d_]+)\.?[\s\u00a0\u202f]?$")


def clock_words_around(text: str, start: int, end: int, language: Language) -> bool:
    """True when a word of the language's data marks the number at ``start:end`` as a clock time
    ("19.30 uur", "15.00 horas", "godz. 19.30")."""
    return _clock_marked(text, start, end, number_words(language))


def _clock_marked(text: str, start: int, end: int, vocabulary: NumberWords) -> bool:
    following = _FOLLOWING_WORD.match(text, end)
    if following and following.group(1).lower() in vocabulary.clock_after:
        return True
    if not vocabulary.clock_before:
        return False
    before = _PRECEDING_WORD.search(text[max(0, start - 16) : start])
    if not (before and before.group(1).lower() in vocabulary.clock_before):
        return False
    # Some words before a clock time are prepositions or articles that come before amounts too (Italian
    # "alle 20.30" but "salito alle 9.20 euro"): the number must read as hours and minutes, and no unit
    # or currency may follow it.
    return _HOURS_MINUTES.fullmatch(text, start, end) is not None and _unit_after(text, end, end, vocabulary) is None


# Hours and minutes of a 24-hour clock with a full stop or a comma ("20.30", "9,15").
_HOURS_MINUTES = re.compile(r"(?:[01]?[0-9]|2[0-4])[.,][0-5][0-9]")


def _unit_after(
    text: str, number_end: int, position: int, vocabulary: NumberWords
) -> tuple[frozenset[str], Span | None] | None:
    """The currency or unit written after a number and its scale word ("25 millions de dollars", "41 °C",
    "38%", "5 Mio. Euro", "a 550-acre park"), or None."""
    if position > number_end and text[position : position + 1] == ".":
        position += 1  # an abbreviated scale word ("Mio.", "Mrd.")
    attached = position == number_end
    if text[position : position + 1] == "-":
        position += 1
    else:
        gap = _GAP.match(text, position)
        if gap is not None and gap.end() - position <= 1:
            attached = attached and gap.end() == position
            position = gap.end()
    symbol = _symbol_at(text, position, vocabulary, attached=attached)
    if symbol is not None:
        return symbol
    for link in vocabulary.unit_links:
        if text.startswith(link, position):
            position += len(link)
            break
    match = _UNIT_WORDS.match(text, position)
    if match is None:
        return None
    words = match.group().split(" ")
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[:size])
        units = vocabulary.unit_words.get(phrase.lower())
        if units:
            return units, Span(position, position + len(phrase))
    for ending in vocabulary.unit_endings:
        if words[0].endswith(ending):
            units = vocabulary.unit_words.get(words[0][: -len(ending)].lower())
            if units:
                return units, Span(position, position + len(words[0]) - len(ending))
    if _UNSPACED_LETTER.match(words[0]):
        # Chinese writes a unit glued to the number and to the words after it ("10厘米真空轮胎"): the
        # longest listed unit that opens the run.
        for size in range(min(len(words[0]), _LONGEST_UNSPACED_UNIT), 0, -1):
            units = vocabulary.unit_words.get(words[0][:size])
            if units:
                return units, Span(position, position + size)
    return None


# Ideographs (the scripts that write no space between words) and the longest unit written in them.
_UNSPACED_LETTER = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_LONGEST_UNSPACED_UNIT = 3


# One-letter symbols that SI writes after a space and that follow no number otherwise ("18 W", "12 V").
_SPACED_LETTER_SYMBOLS = frozenset({"W", "V"})


def _symbol_at(
    text: str, position: int, vocabulary: NumberWords, *, attached: bool
) -> tuple[frozenset[str], Span] | None:
    position = _past_fillers(text, position)
    # Only the symbols starting with the character at ``position`` can start there.
    for symbol, units in vocabulary.symbols_starting.get(
        text[position : position + 1], vocabulary.symbols_starting[""]
    ):
        end = _symbol_end(text, position, symbol)
        if end is None or (end < len(text) and text[end].isalnum()):
            continue
        if len(symbol) == 1 and symbol.isalpha() and not attached and symbol not in _SPACED_LETTER_SYMBOLS:
            continue  # "41C" is a temperature, "Group C" is not
        return units, Span(position, end)
    return None


def _past_fillers(text: str, position: int) -> int:
    while text[position : position + 1] == REFERENCE_FILLER:
        position += 1
    return position


def _symbol_end(text: str, position: int, symbol: str) -> int | None:
    """Where ``symbol`` written at ``position`` ends, or None. A character of the symbol written as an
    HTML reference ("70 &deg;F") is decoded with fillers after it (:func:`decode_references`), which
    the symbol's characters step over."""
    if text.startswith(symbol, position):
        return _past_fillers(text, position + len(symbol))
    if REFERENCE_FILLER not in text[position : position + len(symbol) + 1]:
        return None  # most numbers: no reference after them
    for character in symbol:
        if text[position : position + 1] != character:
            return None
        position = _past_fillers(text, position + 1)
    return position


def _unit_before(text: str, start: int, vocabulary: NumberWords) -> tuple[frozenset[str], Span | None]:
    """A currency symbol or code written before a number ("€25", "US$ 5", "CHF 40")."""
    gap = start - 1 if start > 0 and text[start - 1] in " \u00a0\u202f\u2009" else start
    # Only the symbols ending with the character before ``gap`` can end there.
    for symbol, units in vocabulary.symbols_ending.get(text[gap - 1 : gap], vocabulary.symbols_ending[""]):
        begin = gap - len(symbol)
        if begin < 0 or text[begin:gap] != symbol or (symbol.isalpha() and len(symbol) == 1):
            continue
        if begin > 0 and text[begin - 1].isalnum():
            continue
        if all(unit.startswith("currency:") for unit in units):
            return units, Span(begin, gap)
    return frozenset(), None


def _ranges(text: str, mentions: list[NumberMention], vocabulary: NumberWords) -> list[NumberMention]:
    """The first end of a range without a scale word or unit takes those of the second as an extra
    reading ("between 9.4 and 9.8 billion", "9,4 bis 9,8 Milliarden Dollar", "5-7 million")."""
    result = list(mentions)
    # Spelled ends too ("zweieinhalb bis vier Meter", "eine halbe bis eine Million").
    digits = sorted(
        (i for i, m in enumerate(result) if not m.soft or (m.kind == "number" and not m.month)),
        key=lambda i: result[i].span.start,
    )
    for first, second in itertools.pairwise(digits):
        a, b = result[first], result[second]
        if a.scale != 1 or (b.scale == 1 and not b.units) or (a.units and b.scale == 1):
            continue
        if not _joins_range(text[a.span.end : b.span.start], vocabulary):
            continue
        values = a.values | frozenset(v * b.scale for v in a.values)
        result[first] = replace(a, values=values, units=a.units or b.units, range_with=b.span.start)
    return result


# What stands between the numbers of a list of dimensions ("16.5 × 16.5 inch", "60 x 30 x 85 cm").
_DIMENSION_SIGN = re.compile(r"[\s\u00a0\u202f]*[×xX*][\s\u00a0\u202f]*")


def _dimension_units(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """The numbers of a list of dimensions without a unit of their own take the conversions and metric
    unit of the last one ("16.5 × 16.5 inch" is two quantities in inches, converted "42 × 42 cm")."""
    if not any(m.conversions or m.metric for m in mentions):
        return mentions
    result = list(mentions)
    digits = sorted((i for i, m in enumerate(result) if not m.soft), key=lambda i: result[i].span.start)
    for first, second in reversed(list(itertools.pairwise(digits))):
        a, b = result[first], result[second]
        if a.conversions or a.metric or a.units or not (b.conversions or b.metric):
            continue
        if _DIMENSION_SIGN.fullmatch(text, a.span.end, b.span.start):
            result[first] = replace(a, conversions=b.conversions, metric=b.metric)
    return result


def _joins_range(gap: str, vocabulary: NumberWords) -> bool:
    gap = gap.strip(_SPACES)
    for symbol, _ in vocabulary.symbols_ending.get(gap[-1:], vocabulary.symbols_ending[""]):
        if gap.endswith(symbol) and not symbol.isalpha():
            gap = gap[: -len(symbol)].strip(_SPACES)
            break
    return gap in {"-", "–", "—"} or gap.lower() in vocabulary.range_words


# Gold after a number glued to "k": the fineness in carats ("14k gold", "18K white-gold", "9k rose gold").
# A "k" or "K" glued to a number and to nothing after it ("2K video", "10k steps").
_ATTACHED_THOUSAND = re.compile(r"[kK](?![^\W_])")
_THOUSAND = Decimal(1000)
_KARAT_GOLD = re.compile(r"[\s\u00a0-]*(?:(?:solid|white|yellow|rose|red|green)[\s\u00a0-]*)?gold", re.IGNORECASE)


def _scale_after(text: str, position: int, vocabulary: NumberWords, *, attached_only: bool) -> tuple[Decimal, int]:
    """The product of the scale words right after a number ("12.7 billion", "2,5 mil millones"),
    and where the last of them ends (``position`` when there is none)."""
    scale = Decimal(1)
    for _ in range(2):
        match = _FOLLOWING_WORD.match(text, position)
        if match is None and text[position : position + 1] == "-":
            # A quantity made an adjective keeps its scale word after a hyphen ("a 95-million-euro
            # plan", "a $2-billion deal", "ein 5-Millionen-Euro-Projekt"): 95 million, not 95.
            match = _HYPHENATED_SCALE.match(text, position)
            if match is None or _scale_of(match.group(1).lower(), vocabulary) is None:
                break
            position += 1
        if match is None:
            break
        word = match.group(1).lower()
        if word in vocabulary.scale_links:
            linked = _FOLLOWING_WORD.match(text, match.end())
            if linked is not None and _scale_of(linked.group(1).lower(), vocabulary) is not None:
                match, word = linked, linked.group(1).lower()
        attached = match.start(1) == position
        # One- and two-letter abbreviations ("5m", "3bn") count only when attached: "5 m" is metres,
        # or when a currency symbol follows them ("25 M€").
        before_symbol = text[match.end(1) : match.end(1) + 1] in _CURRENCY_SIGNS
        value = _scale_of(word, vocabulary)
        end = match.end(1)
        if value is None and _unspaced(word):
            word = _leading_scale(word, vocabulary)
            value, end = _scale_of(word, vocabulary), match.start(1) + len(word)
        if value is None or (len(word) <= 2 and attached_only and not attached and not before_symbol):
            break
        if word == "k" and attached and _KARAT_GOLD.match(text, end):
            break  # "14k gold" is 14 carats (German "14 Karat", French "14 carats"), not 14,000
        scale *= value
        position = end
    return scale, position


# Kana and ideographs, Hangul syllables, compatibility ideographs.
_UNSPACED_LETTER = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]")


def _unspaced(word: str) -> bool:
    # Chinese and Japanese write a scale and the word after it as one run of letters ("1420亿美元",
    # "1420億ドル"), Korean often too ("3만명", "5천만"): the scale is the start of that run.
    return _UNSPACED_LETTER.match(word) is not None


def _leading_scale(word: str, vocabulary: NumberWords) -> str:
    """The longest scale word that starts ``word`` ("万亿" of "万亿元"), or ``word`` itself."""
    for length in range(min(len(word) - 1, 3), 0, -1):
        if word[:length] in vocabulary.scales:
            return word[:length]
    return word


def _scale_of(word: str, vocabulary: NumberWords) -> Decimal | None:
    value = vocabulary.scales.get(word)
    if value is None and vocabulary.scale_stems and len(word) >= _STEM_LENGTH:  # most languages have no stems
        value = next((v for stem, v in vocabulary.scale_stems if word.startswith(stem)), None)
    return value


def _counted_compound(head: str, rest: str, vocabulary: NumberWords) -> bool:
    """A spelled count of two or more joined by a hyphen to a plain word ("four-year", "three-day"): the
    count the source writes in digits ("4年間", "3-day"), also "four-year-old". "one-off", "one-sided" are
    idioms, not counts, and a tail holding number words belongs to a spelled number ("quatre-vingt-dix")."""
    value = vocabulary.words.get(head)
    if value is None or value < 2 or value != value.to_integral_value():
        return False
    parts = rest.split("-")
    if not all(part.isalpha() for part in parts) or parts[0].removesuffix("s") in vocabulary.ordinals:
        return False  # "two-thirds" is a fraction
    return not any(part in vocabulary.words for part in parts)


def _word_value(word: str, vocabulary: NumberWords) -> Decimal | None:
    if word in vocabulary.words:
        return vocabulary.words[word]
    if word in vocabulary.months:
        return vocabulary.months[word]
    parts = word.split("-")
    if len(parts) > 1 and all(part in vocabulary.words for part in parts):
        return sum((vocabulary.words[part] for part in parts), Decimal(0))  # "vingt-cinq", "twenty-five"
    if vocabulary.word_compound is not None:
        compound = vocabulary.word_compound.match(word)
        if compound is not None and len(word) - compound.end() <= _INFLECTION:
            return vocabulary.words[compound.group(1)] + vocabulary.compound_suffixes[compound.group(2)]
    return None


# At most this many letters of inflection after a compound number's suffix ("dreidimensionalen").
_INFLECTION = 3


def _article_quantities(text: str, vocabulary: NumberWords) -> Iterator[NumberMention]:
    """One of an imperial unit written with an article ("a foot long", "about a mile"): a quantity
    that a translator converts ("30 cm"), so it may account for the converted number."""
    if vocabulary.unit_article is None:
        return
    for match in vocabulary.unit_article.finditer(text):
        conversions = vocabulary.units[match.group(1).lower()]
        span = Span(match.start(), match.end())
        yield NumberMention(span, frozenset({Decimal(1)}), soft=True, conversions=conversions)


def _is_list_marker(text: str, start: int, end: int) -> bool:
    """``1.`` or ``2)`` opening a line: list numbering, which translations renumber or drop freely."""
    after = text[end : end + 2]
    return after[:1] in {".", ")"} and (len(after) < 2 or after[1].isspace()) and _opens_line(text, start)


def _opens_line(text: str, start: int) -> bool:
    """Only spaces, bullets, dashes or an opening bracket between the start of a line and ``start``;
    read backwards from ``start``, so the cost is that run's length, not the line's."""
    lead = start
    while lead and (text[lead - 1].isspace() or text[lead - 1] in _LIST_MARKER_LEAD):
        lead -= 1
    return lead == 0 or "\n" in text[lead:start]


def _ends_at(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """A match of ``pattern`` (anchored with ``$``) ending at ``end``; lookbehinds still see the text
    before the window."""
    return pattern.search(text, max(0, end - _LONGEST_BEFORE), end)


@dataclass(frozen=True)
class NumberDifference:
    kind: str  # "mismatch", "missing" or "added"
    source: NumberMention | None
    target: NumberMention | None


def number_differences(context: CheckContext) -> list[NumberDifference]:
    """Unmatched numbers of every aligned paragraph pair of the article: an analysis, computed once per
    article for the four checks of the family (``context.analysis(number_differences)``)."""
    differences = []
    for pair in context.paragraph_pairs():
        if pair.source and pair.target:
            differences.extend(_paragraph_differences(context, pair))
    return differences


def _mentions(
    document: Document, paragraphs: Iterable[int], language: Language, unmatched: set[int], *, by_locale: bool = False
) -> list[NumberMention]:
    """Numbers of the paragraphs, except those in sentences the aligner matched with nothing (the
    omission checks report those sentences whole)."""
    found: list[NumberMention] = []
    for index in paragraphs:
        paragraph = document.paragraphs[index]
        # The memoised tuple itself (find_numbers copies it into a list): only read here.
        mentions = _numbers_in(paragraph.text, language, paragraph.span.start, by_locale)
        if not mentions:
            continue  # most paragraphs of most segments: no number, nothing to look up
        links = language.data.words("numbers", "repeat_links")
        conjunctions = language.data.words("numbers", "range_words")
        skipped = [s.span for s in paragraph.sentences if s.index in unmatched] if unmatched else []  # in order
        # Looked up by bisection: every mention against every unmatched sentence took 20 s for a paragraph
        # of 10,000 '(1)', each its own sentence.
        starts = [span.start for span in skipped]
        for previous, mention in zip([None, *mentions], mentions, strict=False):
            if previous is not None and _repeats(document.text, previous, mention, links, conjunctions):
                continue
            if not skipped or not _within_one(mention.span.start, skipped, starts):
                found.append(mention if previous is None else _year_range_end(document.text, previous, mention))
    return found


def _within_one(offset: int, spans: Sequence[Span], starts: Sequence[int]) -> bool:
    """Whether ``offset`` lies in one of ``spans`` (sorted, not overlapping; ``starts`` their starts)."""
    index = bisect_right(starts, offset) - 1
    return index >= 0 and offset < spans[index].end


def _judged_against_words(mention: NumberMention) -> bool:
    """False for a source number that no soft mention of the translation (a spelled number, a month, a
    weekday) can make a difference with: a spelled number that is no count, carries no unit and names no
    half ("one", "hundred"). Such a number is never reported alone, and only pairs of counts, ordinals,
    weekdays, months, fractions and units are compared word against word."""
    return (
        not mention.soft or mention.kind != "number" or mention.count or bool(mention.units) or mention.values == _HALF
    )


# Any decimal digit, of any script (``ascii_digits`` reads them all).
_ANY_DIGIT = re.compile(r"\d")


def _may_hold_hard_numbers(document: Document, paragraphs: Iterable[int], language: Language) -> bool:
    """False when none of the paragraphs can hold a number that is not soft (spelled, a month, a weekday):
    no digit of any script, no character reference (which may decode to one), no Roman numeral where the
    language counts centuries so. Without a source number to partner, only those are ever reported (soft
    mentions only absorb the other side's numbers), so most paragraph pairs of a text without numbers
    need not have their translation's words read at all."""
    century = bool(number_words(language).century_words)
    for index in paragraphs:
        text = document.paragraphs[index].text
        if "&" in text or _ANY_DIGIT.search(text) is not None:
            return True
        if century and any(numeral in text for numeral in "IVX"):
            return True
    return False


_DAYS_IN_MONTH = 31


def _could_be_day(mention: NumberMention) -> bool:
    return any(1 <= value <= _DAYS_IN_MONTH and value == value.to_integral_value() for value in mention.values)


# "2027-28", "1999/2000": the second year of a season or financial year, written short.
_YEAR_RANGE = re.compile(r"[-–/]")
_SHORT_YEAR_SPAN = 10


def _year_range_end(text: str, previous: NumberMention, mention: NumberMention) -> NumberMention:
    """The short end of a range of years ("2027-28") also reads as the whole year (2028), as the other
    language may write it."""
    year = next(iter(previous.values)) if len(previous.values) == 1 else None
    if year is None or not 1000 <= year <= 2999 or year != year.to_integral_value():
        return mention
    short = text[mention.span.start : mention.span.end]
    if not (len(short) == 2 and short.isdigit()) or not _YEAR_RANGE.fullmatch(
        text[previous.span.end : mention.span.start]
    ):
        return mention
    whole = year - year % 100 + int(short)
    if whole <= year:
        whole += 100
    if whole - year > _SHORT_YEAR_SPAN:
        return mention
    return replace(mention, values=mention.values | {whole})


def _repeats(
    text: str, previous: NumberMention, mention: NumberMention, links: frozenset[str], conjunctions: frozenset[str]
) -> bool:
    """True when ``mention`` repeats ``previous`` after a unit and a link word, and ends the phrase ("24
    ore su 24", "7 jours sur 7": around the clock, said once in most languages, "24 hours a day"); a
    noun after it makes it a count of its own ("3 volte su 3 binari")."""
    if not links or previous.values != mention.values:
        return False
    between = text[previous.span.end : mention.span.start].split()
    if len(between) != 2 or between[1].lower() not in links:
        return False
    after = _FOLLOWING_WORD.match(text, mention.span.end)
    return after is None or after.group(1).lower() in conjunctions


def _paragraph_differences(context: CheckContext, pair: ParagraphPair) -> list[NumberDifference]:
    lonely_source = {i for b in pair.bead.sentences if not b.target for i in b.source}
    lonely_target = {i for b in pair.bead.sentences if not b.source for i in b.target}
    # The source is read by its locale's rules ("1.200 millones" is 1.2 billion, never 1.2 million); the
    # translation both ways, since a number copied with the source's separators ("6.200 people") is a
    # typographic error (typography.number_separators), not another number.
    source = _mentions(context.source, pair.bead.source, context.source_language, lonely_source, by_locale=True)
    if not any(map(_judged_against_words, source)) and not _may_hold_hard_numbers(
        context.target, pair.bead.target, context.target_language
    ):
        # Most paragraph pairs: the translation's words could only absorb or pair with source numbers that
        # need no partner of theirs, and only digits (and the like) of the translation can be reported.
        return []
    target = _mentions(context.target, pair.bead.target, context.target_language, lonely_target)
    if not source and not target:
        return []  # most paragraphs: no number on either side, so no difference (and no bead lookups)
    lost_source, pairs = _match(source, target)
    lost_target, _ = _match(target, source)
    lost_source, lost_target = _named_fractions(lost_source, target), _named_fractions(lost_target, source)
    if lost_target:
        lost_target = _without_implied(lost_target, context, pair)
    # A weekday on one side may be the day of the month on the other ("on Thursday" -> "5일"), when
    # no number of that other side that could be a day is left for it to be a wrong rendering of.
    if any(m.kind == "weekday" for m in target) and not any(map(_could_be_day, lost_target)):
        lost_source = [m for m in lost_source if not m.day_of_month]
    elif any(m.kind == "weekday" for m in source) and not any(map(_could_be_day, lost_source)):
        lost_target = [m for m in lost_target if not m.day_of_month]
    source_bead = _sentence_bead_of(context.source, pair, side="source")
    target_bead = _sentence_bead_of(context.target, pair, side="target")
    if lost_source and lost_target:
        lost_target = _rebalanced(lost_target, target, source, lost_source, target_bead, source_bead)
        lost_source = _rebalanced(lost_source, source, target, lost_target, source_bead, target_bead)
    differences: list[NumberDifference] = []
    for kind in ("ordinal", "weekday", "month", "fraction", "cardinal"):
        differences.extend(_word_mismatches(source, target, kind, source_bead, target_bead))
    differences.extend(NumberDifference("unit", s, t) for s, t in pairs if _units_conflict(s, t))
    differences.extend(_spelled_unit_pairs(source, target, source_bead, target_bead))
    for bead in {*(source_bead(m) for m in lost_source), *(target_bead(m) for m in lost_target)}:
        here_source = [m for m in lost_source if source_bead(m) == bead]
        here_target = [m for m in lost_target if target_bead(m) == bead]
        if bead is not None:
            differences.extend(_scale_mismatches(here_source, here_target))
        if len(here_source) == 1 and len(here_target) == 1 and bead is not None:
            wrong = _in_order(here_source[0], here_target[0], [p for p in pairs if target_bead(p[1]) == bead])
            differences.append(NumberDifference("mismatch", here_source[0], wrong))
            continue
        if not here_target:
            here_source = [m for m in here_source if not _one_of_a_unit(context.source.text, m)]
        differences.extend(NumberDifference("missing", m, None) for m in here_source)
        differences.extend(NumberDifference("added", None, m) for m in here_target)
    return sorted(differences, key=_difference_key)


def _rebalanced(
    lost: list[NumberMention],
    mentions: list[NumberMention],
    others: list[NumberMention],
    others_lost: list[NumberMention],
    bead_of: _BeadLookup,
    other_bead_of: _BeadLookup,
) -> list[NumberMention]:
    """``lost`` (numbers of one side that no equal number of the other accounts for) with each one taken
    from the sentence where it is really alone. The matching reads numbers, not sentences: in "2-year
    warranty. Delivered in 1–3 days." rendered "3-year warranty. Delivered in 1–3 days." the first 3
    may take the source's 3, leaving the range's 3 lost in a sentence whose source has a 3 and where no
    source number is lost (an added 3 and a missing 2, each reported alone). The warranty's 3, whose
    sentence has no 3 in the source but a lost 2, is the lost one: one mismatch, where it stands."""
    beads_missing = {other_bead_of(m) for m in others_lost} - {None}
    if not beads_missing:
        return lost

    def said_in(values: frozenset[Decimal], bead: int | None) -> bool:
        return any(other.values == values and other_bead_of(other) == bead for other in others)

    lost = list(lost)
    for index, mention in enumerate(lost):
        bead = bead_of(mention)
        if bead is None or bead in beads_missing or not said_in(mention.values, bead):
            continue
        for alike in mentions:
            there = bead_of(alike)
            if (
                alike.values == mention.values
                and alike not in lost
                and there in beads_missing
                and not said_in(alike.values, there)
            ):
                lost[index] = alike
                break
    return sorted(lost, key=lambda m: m.span.start)


def _without_implied(mentions: list[NumberMention], context: CheckContext, pair: ParagraphPair) -> list[NumberMention]:
    """``mentions`` of the translation but those a phrase of the source says without a digit
    (``[numbers] implied``: "around the clock" is 24 hours, rendered "24시간", "24 Stunden am Tag")."""
    implied = context.source_language.data.table_of("numbers", "implied")
    if not implied:
        return mentions
    source = " ".join(p.text for p in pair.source).casefold()
    said = {Decimal(str(v)) for phrase, v in implied.items() if str(phrase).casefold() in source}
    return [m for m in mentions if said.isdisjoint(m.values)] if said else mentions


def _in_order(
    source: NumberMention, target: NumberMention, pairs: list[tuple[NumberMention, NumberMention]]
) -> NumberMention:
    """The number of the translation that renders ``source`` wrongly: ``target``, or a number written
    alike that the matching paired with another source number, when the order of the text says the
    other way round ("25 years on the chassis, 2 on electronics" -> "2 roky na šasi, 2 roky na …": the
    first 2 is the wrong one)."""
    for paired_source, paired_target in pairs:
        if paired_target.values != target.values or paired_target is target:
            continue
        if (source.span.start < paired_source.span.start) != (target.span.start < paired_target.span.start):
            return paired_target
    return target


# A unit symbol or word right after a number: letters, or a currency or degree sign.
_UNIT_NEXT = re.compile(r"[ \u00a0\u202f]?(?:[^\W\d_]|[€$£¥°%])")


def _one_of_a_unit(text: str, mention: NumberMention) -> bool:
    """One of a unit ("1 g", "1 kg", "€1"), which a translation may render by the unit alone ("au gramme
    près", "le kilo à", "par euro"). Reported only when the bead also has a number the source lacks,
    where it is a wrong number, not a rendering."""
    if mention.values != {Decimal(1)} or mention.compound or mention.soft:
        return False
    return bool(mention.units) or _UNIT_NEXT.match(text, mention.span.end) is not None


def _scale_mismatches(source: list[NumberMention], target: list[NumberMention]) -> list[NumberDifference]:
    """Pairs of a sentence bead's unmatched numbers written alike but with another scale word ("9.8
    billion" -> "9,8 Millionen"), taken out of ``source`` and ``target``. The first end of a range whose
    scale came from the second ("9,4 und 9,8 Millionen") is not reported again when the second is."""
    found: list[NumberDifference] = []
    for mention in list(source):
        partner = next((t for t in target if t.mantissa & mention.mantissa), None)
        if partner is not None:
            source.remove(mention)
            target.remove(partner)
            found.append(NumberDifference("mismatch", mention, partner))
    sources = {d.source.span.start for d in found if d.source}
    targets = {d.target.span.start for d in found if d.target}
    return [
        d
        for d in found
        if not (d.target and d.target.range_with in targets) and not (d.source and d.source.range_with in sources)
    ]


def _spelled_unit_pairs(
    source: list[NumberMention], target: list[NumberMention], source_bead: _BeadLookup, target_bead: _BeadLookup
) -> Iterator[NumberDifference]:
    """A quantity spelled on one side at least ("otto mesi" -> "eight weeks", "three days" -> "3 týdny")
    whose only number of that value in its sentence bead, on each side, carries another unit of the same
    dimension. Digit pairs are compared in :func:`_match`'s pairs; spelled ones pair here."""
    if not any(m.soft and m.units for m in (*source, *target)):
        return  # most paragraphs: no spelled number carries a unit
    for mention in source:
        if not mention.units or (bead := source_bead(mention)) is None:
            continue
        same_source = [m for m in source if m.values & mention.values and source_bead(m) == bead]
        same_target = [m for m in target if m.values & mention.values and target_bead(m) == bead]
        if len(same_source) != 1 or len(same_target) != 1:
            continue
        partner = same_target[0]
        # Spelled ones only as counts of two or more: "a month", "un an" are articles as often as numbers.
        if not (mention.soft or partner.soft) or not all(m.count or not m.soft for m in (mention, partner)):
            continue
        if mention.kind == partner.kind == "number" and _units_conflict(mention, partner):
            yield NumberDifference("unit", mention, partner)


# Electrical quantities a specification sheet gives side by side ("24 V", "18 W", "2 Ah"): one of them
# for another at the same value ("24 V" rendered "24 W") is a changed unit, not two different numbers.
_ELECTRICAL = frozenset({"voltage", "power", "energy", "charge"})


def _units_conflict(first: NumberMention, second: NumberMention) -> bool:
    """True when both numbers carry a unit of the same dimension (or two electrical ones) and the units
    differ ("euros"/"dollars", "V"/"W")."""
    if not first.units or not second.units or first.units & second.units:
        return False
    dimensions = {u.split(":")[0] for u in first.units}, {u.split(":")[0] for u in second.units}
    return bool(dimensions[0] & dimensions[1]) or (dimensions[0] | dimensions[1]) <= _ELECTRICAL


def _word_mismatches(
    source: list[NumberMention],
    target: list[NumberMention],
    kind: str,
    source_bead: _BeadLookup,
    target_bead: _BeadLookup,
) -> Iterator[NumberDifference]:
    """Ordinals, weekdays, months of dates or spelled counts that differ, one against one in a sentence
    bead; see the module docstring."""
    lost_source = _unmatched_words(source, target, kind)
    if not lost_source:
        return  # nothing to pair (most paragraphs and kinds): the target side need not be read
    lost_target = _unmatched_words(target, source, kind)
    for mention in lost_source:
        bead = source_bead(mention)
        here_source = [m for m in lost_source if source_bead(m) == bead]
        here_target = [m for m in lost_target if target_bead(m) == bead]
        if bead is not None and len(here_source) == 1 and len(here_target) == 1:
            if kind == "cardinal" and _rescaled_count(mention, here_target[0]):
                continue
            yield NumberDifference("mismatch", mention, here_target[0])


def _rescaled_count(first: NumberMention, second: NumberMention) -> bool:
    """True when one count is the other times a thousand or more: a scale word read on one side only
    ("zehn Millionen", "une dizaine de millions"), not another count."""
    low, high = sorted((min(first.values), min(second.values)))
    return high >= low * 1000 and high % low == 0


def _unmatched_words(side: list[NumberMention], other: list[NumberMention], kind: str) -> list[NumberMention]:
    """Mentions of ``kind`` in ``side`` that no word of the same kind (nor, for an ordinal, a digit
    number: "4th", "4e", "T4"; for a spelled count, any number) of ``other`` accounts for."""
    if kind == "fraction":
        return _unmatched_fractions(side, other)
    wanted = [m for m in side if (m.count if kind == "cardinal" else m.kind == kind)]
    if not wanted:
        return []  # most paragraphs have no mention of the kind: no partners to list
    available = [
        m
        for m in other
        if m.kind == kind
        or (kind == "ordinal" and not m.soft)
        # a month name anywhere, or a date in digits ("11/07/2024"), accounts for a month of a date
        or (kind == "month" and (m.month or (m.compound and not m.soft)))
    ]
    if kind == "cardinal":  # any number of the other side may account for a spelled one ("three" = "3")
        available = [m for m in other if m.kind != "weekday"]
    # Each mention takes the first available partner sharing a value: the first unused one in each of
    # its values' lists, the earliest of those (a list scanned and shortened per mention was quadratic in
    # a paragraph of thousands of numbers).
    by_value: dict[Decimal, list[int]] = {}
    for index, candidate in enumerate(available):
        for value in candidate.values:
            by_value.setdefault(value, []).append(index)
    first_unused = dict.fromkeys(by_value, 0)
    used: set[int] = set()
    lost: list[NumberMention] = []
    for mention in wanted:
        partners = [
            p for value in mention.values if (p := _first_unused(by_value, first_unused, used, value)) is not None
        ]
        if partners:
            used.add(min(partners))
        else:
            lost.append(mention)
    return lost


def _first_unused(
    by_value: dict[Decimal, list[int]], first_unused: dict[Decimal, int], used: set[int], value: Decimal
) -> int | None:
    indices = by_value.get(value)
    if indices is None:
        return None
    position = first_unused[value]
    while position < len(indices) and indices[position] in used:
        position += 1
    first_unused[value] = position
    return indices[position] if position < len(indices) else None


_HALF = frozenset({Decimal("0.5")})
# The decimals a fraction word or an ordinal names ("a tenth", "un quart"); Decimal("0.1") equals 0.1000.
_DECIMAL_FRACTIONS = frozenset(_fraction_value(d) for d in range(2, 11))
# Ordinals that also name a fraction ("a third" is "un tiers"), up to tenths.
_LARGEST_DENOMINATOR = 10


def _as_fraction(mention: NumberMention) -> frozenset[Decimal]:
    """The fractions a mention may name: a fraction word's, a spelled half's ("half", "moitié"), an
    ordinal's of two to ten ("third", "quinto")."""
    if mention.kind == "fraction":
        return mention.values
    if mention.kind == "number" and mention.soft and mention.values == _HALF:
        return _HALF
    if mention.kind == "ordinal":
        return frozenset(
            _fraction_value(int(v))
            for v in mention.values
            if v == v.to_integral_value() and 2 <= v <= _LARGEST_DENOMINATOR
        )
    return frozenset()


def _named_fractions(lost: list[NumberMention], other: list[NumberMention]) -> list[NumberMention]:
    """``lost`` without the decimals that a fraction word or ordinal of ``other`` names ("accurate to 0.1
    seconds" -> "al decimo di secondo", "0.25 l" -> "un quart de litre"), one each."""
    if not any(m.values & _DECIMAL_FRACTIONS for m in lost):
        return lost  # most paragraphs: no lost decimal that one part of two to ten could be
    available = [fractions for m in other if m.soft and (fractions := _as_fraction(m))]
    kept: list[NumberMention] = []
    for mention in lost:
        found = next((i for i, fractions in enumerate(available) if fractions & mention.values), None)
        if found is None:
            kept.append(mention)
        else:
            del available[found]
    return kept


def _unmatched_fractions(side: list[NumberMention], other: list[NumberMention]) -> list[NumberMention]:
    """Fraction words and spelled halves of ``side`` ("un tiers", "half") that no fraction, half or
    ordinal of ``other`` accounts for ("a third")."""
    wanted = [m for m in side if m.kind == "fraction" or (m.kind == "number" and _as_fraction(m))]
    if not wanted:
        return []
    available = [(m, fractions) for m in other if (fractions := _as_fraction(m))]
    lost: list[NumberMention] = []
    for mention in wanted:
        found = next((i for i, (_, fractions) in enumerate(available) if fractions & _as_fraction(mention)), None)
        if found is None:
            lost.append(mention)
        else:
            del available[found]
    return lost


def _difference_key(difference: NumberDifference) -> tuple[int, int]:
    target = difference.target.span.start if difference.target else -1
    source = difference.source.span.start if difference.source else -1
    return (target, source)


def _match(
    side: list[NumberMention], other: list[NumberMention]
) -> tuple[list[NumberMention], list[tuple[NumberMention, NumberMention]]]:
    """Digit numbers of ``side`` that no number of ``other`` accounts for (multiset matching), and the
    pairs of equal numbers found."""
    available = _Candidates(other)
    lost: list[NumberMention] = []
    pairs: list[tuple[NumberMention, NumberMention]] = []
    # Unambiguous numbers first, so an ambiguous one cannot take a partner another number needs.
    for mention in sorted((m for m in side if not m.soft), key=lambda m: len(m.values)):
        partner = _partner(mention, available)
        if partner is None:
            lost.append(mention)
        else:
            available.remove(partner)
            pairs.append((mention, other[partner]))
    # Then conversions of imperial quantities, once every number had the chance of an equal partner
    # ("161 feet (49 meters)" keeps its 49 for the 49).
    converted: list[NumberMention] = []
    for mention in lost:
        found = next((i for i in available.converting(mention) if _converts(mention, other[i])), None)
        if found is not None:
            available.remove(found)
            converted.append(mention)
    # An imperial quantity that its own side restates in metric units ("115 Fahrenheit, 43 or 44 degrees
    # Centigrade", "80 feet (25 meters)"): a translator may keep the metric one only.
    restated = [m for m in lost if m.conversions and any(_restates(m, s) for s in side if s is not m)]
    return sorted((m for m in lost if m not in converted and m not in restated), key=lambda m: m.span.start), pairs


def _restates(imperial: NumberMention, other: NumberMention) -> bool:
    if other.units or other.conversions:
        return _converted(imperial, other)
    # A number without a unit of its own, as in a list of dimensions ("23.6\" x 11.8\" (60 x 30 x 85
    # cm)"), only when the imperial number is its exact conversion, rounded as written: by chance one
    # such number in a hundred or more would be.
    return not other.soft and _rounded_conversion(imperial, other)


def _rounded_conversion(imperial: NumberMention, other: NumberMention) -> bool:
    """True when a value of ``imperial`` is a value of ``other`` converted back to imperial units and
    rounded to the digits ``imperial`` is written with (60 cm / 2.54 = 23.62 -> "23.6")."""
    for factor, offset in imperial.conversions:
        for value in imperial.values:
            half = _half_last_digit(value)
            if any(abs((candidate - offset) / factor - value) <= half for candidate in other.values):
                return True
    return False


class _Candidates:
    """The numbers of the other side not yet taken, by position, indexed by value and by whether they
    can be converted: finding a partner looks at the numbers that share a value, not at all of them."""

    def __init__(self, mentions: list[NumberMention]) -> None:
        self.mentions = mentions
        self.free = [True] * len(mentions)
        self.by_value: dict[Decimal, list[int]] = {}
        for index, mention in enumerate(mentions):
            for value in mention.values:
                self.by_value.setdefault(value, []).append(index)
        self._convertible = [i for i, mention in enumerate(mentions) if mention.conversions or mention.metric]

    def remove(self, index: int) -> None:
        self.free[index] = False

    def sharing_a_value(self, mention: NumberMention) -> list[int]:
        """Free candidates sharing a value with ``mention``, in their order."""
        found = {i for value in mention.values for i in self.by_value.get(value, ()) if self.free[i]}
        return sorted(found)

    def converting(self, mention: NumberMention) -> list[int]:
        """Free candidates that may be ``mention`` converted, or that ``mention`` may convert, in order:
        every candidate when ``mention`` has a unit to convert, else those that have one."""
        indices = range(len(self.mentions)) if mention.conversions or mention.metric else self._convertible
        return [i for i in indices if self.free[i]]


def _converts(mention: NumberMention, candidate: NumberMention) -> bool:
    return _converted(mention, candidate) or _converted(candidate, mention) or _rescaled(mention, candidate)


def _rescaled(first: NumberMention, second: NumberMention) -> bool:
    """True when both are one quantity in metric units of other prefixes ("10000 ns" = "10 µs")."""
    if first.metric is None or second.metric is None:
        return False
    (dimension, factor), (other_dimension, other_factor) = first.metric, second.metric
    if dimension != other_dimension or factor == other_factor:
        return False
    return bool({v * factor for v in first.values} & {v * other_factor for v in second.values})


def _partner(mention: NumberMention, candidates: _Candidates) -> int | None:
    """The position of the partner among the candidates. A digit partner is preferred; a spelled one
    ("two") is the fallback."""
    matching = [
        i
        for i in candidates.sharing_a_value(mention)
        if (c := candidates.mentions[i]).kind != "weekday" and not (c.soft and not c.month and mention.compound)
    ]
    # A partner read by its locale's separators first ("1" is not the "1,000" of an English text when
    # a "per" or "a" is there for it), then a digit one, then one with the same unit ("5% ... €5" ->
    # "5 % ... 5 €"); ties in the order of the text.
    matching.sort(key=lambda i: _partner_rank(mention, candidates.mentions[i]))
    return matching[0] if matching else None


def _partner_rank(mention: NumberMention, candidate: NumberMention) -> tuple[bool, bool, bool, int]:
    unlikely = bool(candidate.likely) and not mention.values & candidate.likely
    return (unlikely, candidate.soft, _units_conflict(mention, candidate), len(candidate.values))


def _converted(imperial: NumberMention, other: NumberMention) -> bool:
    """True when ``other`` is ``imperial`` converted to metric units, rounded ("80 feet" ~ "25 m"). A spelled
    number counts when it carries a unit ("fünf Meter"), or an imperial one when it is one of a unit ("a
    foot"): other spelled numbers are articles and pronouns too."""
    if (other.soft and not other.units) or (imperial.soft and not imperial.conversions):
        return False
    for factor, offset in imperial.conversions:
        for value in imperial.values:
            expected = value * factor + offset
            margin = abs(expected) * CONVERSION_TOLERANCE
            # Rounding adds half a unit of the last digit written: 0.5 for "25 Meter", only 0.05 for
            # "3.6 kg" (6.6 lb is 3.0 kg, not 3.6).
            if any(abs(candidate - expected) <= margin + _half_last_digit(candidate) for candidate in other.values):
                return True
    return False


def _half_last_digit(value: Decimal) -> Decimal:
    exponent = value.as_tuple().exponent
    return Decimal(5).scaleb(min(exponent, 0) - 1) if isinstance(exponent, int) else Decimal("0.5")


def _sentence_bead_of(document: Document, pair: ParagraphPair, *, side: str) -> _BeadLookup:
    sentences = document.sentences
    owner: dict[int, int] = {}
    for number, bead in enumerate(pair.bead.sentences):
        for index in bead.source if side == "source" else bead.target:
            owner[index] = number
    spans = [(sentences[i].span, number) for i, number in owner.items() if i < len(sentences)]
    return _BeadLookup(spans)


class _BeadLookup:
    """Which sentence bead (by position in the paragraph bead) holds a number."""

    def __init__(self, spans: list[tuple[Span, int]]) -> None:
        # Sentences do not overlap: the one starting last at or before a number is the only candidate, found
        # by bisection (a paragraph of thousands of sentences has thousands of numbers).
        self._spans = sorted(spans, key=lambda item: item[0].start)
        self._starts = [span.start for span, _ in self._spans]

    def __call__(self, mention: NumberMention) -> int | None:
        index = bisect_right(self._starts, mention.span.start) - 1
        if index < 0:
            return None
        span, number = self._spans[index]
        return number if span.start <= mention.span.start < span.end else None


def _describe(document: Document, mention: NumberMention) -> str:
    return document.excerpt(mention.span)


class _DifferenceCheck(Check):
    """One kind of number difference (the article's differences are computed once for all four checks)."""

    kind: ClassVar[str]

    def check_document(self, context: CheckContext) -> Iterable[Finding]:
        for difference in context.analysis(number_differences):
            if difference.kind == self.kind:
                finding = self.report(context, difference)
                if finding is not None:
                    yield finding

    @abstractmethod
    def report(self, context: CheckContext, difference: NumberDifference) -> Finding | None:
        """The finding for one difference of this kind, or None when it cannot be anchored."""


class NumberMismatch(_DifferenceCheck):
    """A number of the source appears with another value in the translation."""

    info = CheckInfo(
        id="numbers.mismatch",
        category="number",
        severity="major",
        description="A number in the translation differs from the number in the aligned source sentence.",
        failing=(
            fails("Exports rose 5.2 percent in 2023.", "Les exportations ont augmenté de 5,3 % en 2023.", finds="5,3"),
            fails("It happened in the fourth quarter.", "C'est arrivé au troisième trimestre.", finds="troisième"),
        ),
        passing=(
            passes(
                "Exports rose 5.2 percent to 45,000 units.", "Les exportations ont augmenté de 5,2 % à 45 000 unités."
            ),
            passes("The first three days.", "Les trois premiers jours."),
        ),
    )
    kind = "mismatch"

    def report(self, context: CheckContext, difference: NumberDifference) -> Finding | None:
        if not (difference.source and difference.target):
            return None
        source = _describe(context.source, difference.source)
        target = _describe(context.target, difference.target)
        return self.finding(
            context,
            f"the source has {source!r} where the translation has {target!r}",
            target_span=difference.target.span,
            source_span=difference.source.span,
            suggestion=source,
        )


class NumberMissing(_DifferenceCheck):
    """A number of the source is absent from the translation."""

    info = CheckInfo(
        id="numbers.missing",
        category="number",
        severity="major",
        description="A number in the source is absent from the aligned translation.",
        failing=(
            fails(
                "The plan costs 40 million euros and creates 300 jobs.",
                "Le plan coûte 40 millions d'euros et crée des emplois.",
                finds="300",
            ),
        ),
        passing=(passes("The plan creates 300 jobs.", "Le plan crée trois cents emplois, soit 300 postes."),),
    )
    kind = "missing"

    def report(self, context: CheckContext, difference: NumberDifference) -> Finding | None:
        if not difference.source:
            return None
        source = _describe(context.source, difference.source)
        message = f"the number {source!r} of the source is missing from the translation"
        return self.finding(context, message, source_span=difference.source.span)


class NumberAdded(_DifferenceCheck):
    """The translation has a number the source does not have."""

    info = CheckInfo(
        id="numbers.added",
        category="number",
        severity="major",
        description="A number in the translation does not appear in the aligned source.",
        failing=(fails("The plan creates jobs.", "Le plan crée 300 emplois.", finds="300"),),
        passing=(passes("The plan creates two jobs.", "Le plan crée 2 emplois."),),
    )
    kind = "added"

    def report(self, context: CheckContext, difference: NumberDifference) -> Finding | None:
        if not difference.target:
            return None
        target = _describe(context.target, difference.target)
        return self.finding(context, f"the number {target!r} is not in the source", target_span=difference.target.span)


class UnitMismatch(_DifferenceCheck):
    """A quantity of the source keeps its number in the translation but changes currency or unit."""

    info = CheckInfo(
        id="numbers.unit",
        category="number",
        severity="major",
        description="A number keeps its value in the translation but its currency or unit changed (euros to dollars).",
        failing=(fails("The plan costs €25 million.", "Le plan coûte 25 millions de dollars.", finds="dollars"),),
        passing=(passes("The plan costs €25 million.", "Le plan coûte 25 millions d'euros."),),
    )
    kind = "unit"

    def report(self, context: CheckContext, difference: NumberDifference) -> Finding | None:
        source, target = difference.source, difference.target
        if not (source and target and target.unit_span and source.unit_span):
            return None
        source_unit = context.source.excerpt(source.unit_span)
        target_unit = context.target.excerpt(target.unit_span)
        number = _describe(context.source, source)
        return self.finding(
            context,
            f"{number!r} is in {source_unit!r} in the source but in {target_unit!r} in the translation",
            target_span=target.unit_span,
            source_span=source.unit_span,
            suggestion=source_unit,
        )


# A count in digits, written without grouping and followed by a lower-case word ("3953 protéines",
# "245989 cas"): not glued to letters, to another number's separators or to a code's marks ("n°", "+33",
# "12:30", "v2.1"), nor after a capitalised word ("ISO 9001", "Boeing 7478").
_UNGROUPED = re.compile(r"(?<![\w.,/:°#№+\-−–])([1-9]\d{3,})(?![\w%]|[.,:/]\d)(?=[ \u00a0]+[a-zà-ÿ])")
_FOUR_DIGITS = re.compile(r"[1-9]\d{3}")
_WORD_BEFORE = re.compile(r"(?:^|\s)([^\W\d_][\w.-]*)\s+$")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;]\s*[\"'«»“”„()\[\]]*)\s*$")


class DigitGrouping(Check):
    """A count of four or more digits written without the digit grouping the target language requires."""

    info = CheckInfo(
        id="numbers.grouping",
        category="number",
        severity="minor",
        description="A number of four or more digits is written without the target language's digit grouping "
        "(`3953 protéines` for `3 953 protéines`).",
        scope=Scope.PARAGRAPH,
        target_needs="123456789",  # every finding holds a match of _FOUR_DIGITS
        failing=(
            fails("In total, 3,953 proteins were found.", "Au total, 3953 protéines ont été trouvées.", finds="3953"),
            fails("Of 245,989 cases, 10% were positive.", "Sur 245989 cas, 10 % étaient positifs.", finds="245989"),
        ),
        passing=(
            passes("In total, 3,953 proteins were found.", "Au total, 3 953 protéines ont été trouvées."),
            passes("In 2018 the plant opened.", "En 2018 l'usine a ouvert."),
            passes("The ISO 9001 standard applies.", "La norme ISO 9001 s'applique."),
            passes(
                "In total, 3,953 proteins were found.", "Insgesamt wurden 3953 Proteine gefunden.", target_lang="de"
            ),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        data = context.target_language.data
        smallest = data.value("numbers", "group_from")
        if not isinstance(smallest, int):
            return
        separator = data.value("numbers", "group_separator", ",")
        for paragraph in pair.target:
            text = paragraph.text
            if _FOUR_DIGITS.search(text) is None:
                continue  # every match of _UNGROUPED holds one: most paragraphs
            skip = SpanSet(protected_spans(text))
            for match in _UNGROUPED.finditer(text):
                digits = match.group(1)
                if len(digits) < smallest or (len(digits) == 4 and 1000 <= int(digits) <= 2099):
                    continue  # short enough to stand ungrouped, or a year
                if len(digits) > _LONGEST_COUNT:
                    continue  # a code, a hash or pasted digits, not a count anyone groups
                start = match.start()
                if inside(start, skip) or names_a_code(text, start):
                    continue  # an address, or a code or model number ("ISO 9001", "Boeing 7478")
                # Grouped as text: int() refuses more than 4,300 digits, and crashed the check.
                head = len(digits) % 3 or 3
                grouped = separator.join([digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))])
                yield self.finding(
                    context,
                    f"{digits!r} is written without digit grouping ({grouped!r})",
                    target_span=Span(paragraph.span.start + match.start(), paragraph.span.start + match.end()),
                    suggestion=grouped,
                )


# Digits in one run beyond which numbers.grouping stays silent: 10**21 is past any count that prose
# writes in digits.
_LONGEST_COUNT = 21


def names_a_code(text: str, start: int) -> bool:
    """True when the word right before the number is capitalised and not merely the first word of its
    sentence ("Sur 245989 cas" is a count), or is an acronym anywhere ("ISO 9001")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[0].isupper():
        return False
    word = before.group(1)
    return sum(ch.isupper() for ch in word) > 1 or not _SENTENCE_OPENING.search(text, 0, before.start(1))


CHECKS: tuple[type[Check], ...] = (NumberMismatch, NumberMissing, NumberAdded, UnitMismatch, DigitGrouping)
