"""Typographic conventions of the target language, and consistency across the document.

- ``typography.french_spacing`` (French): a no-break space (U+00A0 or U+202F) belongs before
  ``; : ! ?`` and inside ``« »``. A missing space is reported; a plain space only when the document
  mostly uses no-break spaces there (many publishers consistently type plain spaces: that is their
  convention, not an artefact) and the configuration does not set ``french_plain_space``. URLs, times
  (``10:30``), ratios (``3:1``), ``::`` and runs such as ``?!`` (one space before the run) are not reported.
  Regional typography comes from the language data: in ``fr-CA`` and ``fr-CH`` no space before ``; ! ?``
  (and in ``fr-CH`` before ``:``) is correct too (``space_optional_before``). In the ``product``, ``ui``
  and ``docs`` profiles (docs/profiles.md) a colon after a specification label (``Diamètre: 50 mm``, a
  label of at most four words opening the paragraph, a line or an item after ``;`` or ``|``) is
  accepted without a space: product sheets and interfaces are written so, unless the document spaces
  most of its labels (two at least, twice as many as it glues): then a glued one is a slip.
- ``typography.percent_space``: in French, a no-break space before ``%`` (``38 %``); plain spaces are
  judged as for ``french_spacing``. In a language that writes the sign right after the number (CLDR:
  English, Italian, Polish, Chinese ``38%``), a space before it where the aligned source paragraph
  spaces its percentages too (``38 %`` in English for French or Russian ``38 %``): the engine copied the
  source's typography. A translation that spaces percentages its source does not space follows a house
  style and is left alone, unless it glues most of its percentages (two or more), as the language does:
  then a spaced one is a slip (``33%`` … ``60 %``).
- ``typography.percent_side``: in a language that writes the percent sign before the number (CLDR:
  Turkish ``%35``, Basque ``% 35``), a sign after it (``35%``), the source's order kept. Not reported
  when the document writes more percentages with the sign after than before (a house style), nor in a
  sentence copied from the source.
- ``typography.apostrophe_style``: the document mixes ``'`` and ``’`` inside words (``l'IA`` and
  ``l’IA``) or after a plural's or a name's final s, x or z (``sailors' union``, where no single quotation
  opens before it in the paragraph); every occurrence of the minority style is reported (the typewriter
  ``'`` on a tie).
- ``typography.digit_style``: the document writes its numbers in one digit system (ASCII ``0-9``, Arabic-Indic
  ``٠-٩``, Persian ``۰-۹``, Devanagari...) and a few in another (``412`` and ``٤١٢``): each number of a minority
  system is reported, with the digits of the majority as the suggestion. Full-width digits count as ASCII
  ones (Japanese typesetting mixes them on purpose); on a tie nothing is reported. A number of two
  full-width digits or more (``３２０``) in a document that writes most such numbers in half-width digits
  is reported too (a single digit full-width is a typesetting choice, ``第１章``).
- ``typography.quote_style``: the document mixes primary quotation styles (``« »``, ``“ ”``,
  ``„ “``, ``" "`` or ``' '``); every quotation of the minority style is reported. A paragraph is one
  vote (an engine picks its marks segment by segment); ties go to the style with more quotations, then
  to the language's preferred one (``[typography.quotes] preferred``: « » in Spanish and Italian).
  When a single style is used and the language data lists it as foreign (``[typography] quotes``:
  straight quotes in French or German), it is reported too. A paragraph whose only double quotation mark is a
  lone straight ``"`` (a quotation that opens or closes in another paragraph) counts as straight style; inch
  marks (``12"``) do not.
- ``typography.quote_punctuation``: a comma or full stop after a closing quotation mark (``so-called
  “tip lines”.``) in a language whose typography puts them inside (``[typography.quotes] stops_inside``:
  American English; British, Irish, Australian, New Zealand, South African and Indian English put them
  where the sense says, so their regions turn it off; a text tagged ``en``, which is also ``en-US``, is
  judged only when its lower-case spellings are not mostly British: ``programme``, ``paralysed``,
  ``[typography.quotes] logical_spellings``). Only a quotation opened in the same paragraph is
  considered, so inch marks and ditto marks are left alone; the ``docs`` and ``ui`` profiles keep
  logical punctuation, as technical writing does (``type "ls".``).
- ``typography.number_separators``: a number that keeps the source's decimal or thousands separator
  where the target locale (CLDR, through Babel) reads it otherwise or cannot read it: ``3.5 Millionen``
  and ``6.40 euro`` (German and Italian decimal commas), ``9,4 million`` for French ``9,4 millions``,
  ``6.200 people`` for German ``6.200``. Reported only when the number read by the source's locale is a
  number of the aligned source paragraph and the target's own reading is not, so conversions (``7 300``
  -> ``7,300``) pass; versions after a capitalised word, codes glued to marks or letters and clock times
  (``10.30 Uhr``) are left alone. A number that neither language reads, also between two languages that
  write numbers alike, is read by the other convention: ``1,1 billion`` in English for Chinese ``11亿``
  (its value with the scale word after it is the source's), ``2,5%`` in Korean for ``2.5%``. A language
  tagged without a region that CLDR writes two ways (Spanish ``5,5`` in Spain, ``5.5`` and ``1,700`` in
  Mexico and the United States) is read by its regional convention when every number of the
  translation reads by it, some cannot be read by the default one and some hold the region's grouping
  symbol; a region named (``es-AR``) is followed. ``es-ES`` is ``es`` (CLDR's likely region).
- ``typography.calendar_case``: a weekday name, or a month name in a date (next to a day or year in
  digits: ``may``, ``march`` are ordinary words too), written in lower case where CLDR's running-text
  form has a capital (English, German, Greek, Indonesian...; Turkish capitalises weekdays only in dates,
  ``[typography] weekdays_capitalised_in_dates_only``). A word the source writes in lower case too, and
  paragraphs without any capital, are left alone. The other way round, a weekday (a month in a date)
  with a capital inside a sentence where CLDR writes it in lower case (``el Lunes``, ``le Mardi``): not
  at a sentence or quotation start, not next to another capitalised word (``Viernes Santo``, ``Plaza Dos
  de Mayo``), not a word the source writes with the same capital (``Domingo``), not in headlines.
- ``typography.double_hyphen``: a typewriter double hyphen standing for a dash (``meiner Gruppe -- eine``,
  often copied from a transcript's source), which no language we check writes in edited text: the dash
  is ``–`` or ``—``. A news dateline (``AUGUSTA, Ga. -- Behörden …``, a wire convention), options
  (``--verbose``), arrows and HTML comments are left alone.
- ``typography.unknown_character``: the engine's unknown-token mark ``⁇`` (U+2047, what SentencePiece
  systems print for a character outside their vocabulary: ``Steinert ⁇ s disease``, ``⁇ rzte``) or the
  replacement character ``�`` (U+FFFD, a decoding failure), beyond as many as the source paragraph holds:
  a character the engine could not produce, often a quotation mark, an apostrophe or an accented letter.
- ``typography.sign_space``: a sign split from what it belongs to, where the source keeps them together: a
  hashtag's ``#`` left on the word before its tag (``ein wenig# MECFS`` for ``#MECFS``), a currency sign
  after an amount glued to the next word (``2,25 $für``), a foot or inch mark spaced from its number
  (``10 '`` for ``10'``). Tokenisers that split signs from words leave these; no language we check
  writes them so.
- ``typography.unit_square``: a CJK compatibility unit character (``㎞ ㎏ ㎡ ㎝ ㏄``, one square holding a
  unit symbol, U+3371–U+33DF without the Japanese era names) left in a language that does not typeset
  them (all but Chinese, Japanese and Korean): ``24.2㎞`` for ``24.2 km``. The suggestion is the plain
  symbol (Unicode's compatibility decomposition), after a space when the square is glued to a number. The
  full-width forms of ASCII signs and letters (``％ ＄ ＆ ＋ Ａ``, U+FF02–U+FF5E without digits and the sentence
  marks other checks read) too: ``36.42％`` for ``36.42%``, unless beside a Chinese or Japanese word kept in
  its script. A source in such a language holding them too excuses as many (a copied text).
- ``typography.unit_space``: a number glued to its unit symbol (``Ladezeit: 5h``) where the source
  spaces them (``5 h``) and the translation spaces most of its numbers and units (``2 h``, ``30 mm``):
  SI and every national standard of the languages we check put a space there, and the translation's
  own habit shows it is no house style. Only unit symbols of the SI and of device sheets (``mm``,
  ``kg``, ``h``, ``mAh``, ``GHz``, ``lm``...) are read; a time of day written ``1h30`` is no unit.
- ``typography.currency_space``: a currency sign glued after an amount (``40€``) in a language whose
  CLDR currency format spaces the sign after the amount (French, German, Italian, Swedish, Polish:
  ``40 €``), unless the source glues its own signs after amounts (a house style).
- ``typography.double_space``: two or more spaces inside a line (indentation is not reported), unless
  the source has them too.
- ``typography.space_grouping``: a number grouped with a space (``1 240``, plain, no-break or narrow)
  in a language whose CLDR grouping symbol is the comma (English, Chinese, Japanese, Korean), where the
  aligned source paragraph writes the same digits grouped with a space: the source's convention kept
  (French, Polish, Swedish ``1 240`` for English ``1,240``). The space is ambiguous there (two numbers
  side by side) and never the language's own.

Severity minor: none of these changes the meaning; they mark the text as unedited.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from mtqa.checks._textutil import (
    REFERENCE_FILLER,
    SpanSet,
    alternation,
    copied_sentences,
    decode_references,
    inside,
    mask_code,
    protected_spans,
    reference_spans,
)
from mtqa.checks.base import Check, CheckContext, CheckInfo, ParagraphPair, Scope, fails, passes
from mtqa.checks.numbers import clock_words_around, date_links, find_numbers, in_date, names_a_code
from mtqa.checks.prescan import target_digits, target_lacks
from mtqa.lang import Language
from mtqa.lang.numerals import (
    DIGITS,
    NumberSymbols,
    currency_after_space,
    currency_first,
    number_symbols,
    percent_first,
    percent_glued,
    read_number,
    regional_symbols,
    write_number,
)
from mtqa.lang.script import script_of
from mtqa.model import Finding, Paragraph, Span
from mtqa.runcache import article_cached
from mtqa.tables import package_table

_HIGH = re.compile(r"(?P<space>[^\S\n]?)(?P<mark>[;:!?]+)")
_PERCENT = re.compile(r"(?<=\d)(?P<space>[^\S\n]?)%")
_OPEN_GUILLEMET = re.compile(r"«(?P<space>[^\S\n]?)")
_CLOSE_GUILLEMET = re.compile(r"(?P<space>[^\S\n]?)»")
# A character reference, escaped more than once too (&amp;amp;, which markup.entity reports): no semicolon.
_ENTITY = re.compile(r"&(?:amp;)*#?\w+;")
_APOSTROPHE = re.compile(r"['’](?<=\w['’])(?=\w)")
_DOUBLE_SPACE = re.compile(r" (?<=\S ) +(?=\S)")
# A specification label right before a colon: one to four words opening the text, a line or an item.
_SPEC_LABEL = re.compile(r"(?:^|[\n;|•·]\s*)[^\W\d_][\w'’()./-]*(?:[ \u00a0][\w'’()./-]+){0,3}[ \u00a0]?$")
# A space where French typography wants a no-break one: before ; : ! ? % », after «.
_SPACED_MARK = re.compile(r"(?<=\S)([^\S\n])[;:!?%»]|«([^\S\n])(?=\S)")

# The marks a quotation of _QUOTE_PAIRS (or _lone_straight_quote) opens with, but the typewriter single
# quote, which is mostly an apostrophe: a quotation opens with it only where _SINGLE_OPENING finds it.
_OPENING_MARKS = '«»„“”「"'
_SINGLE_OPENING = re.compile(r"(?<![\w'])'(?=\w)")
_QUOTE_PAIRS = (
    ("guillemets", re.compile(r"«[^«»\n]*»|»[^«»\n]*«")),
    ("german", re.compile(r"„[^„“”\n]*[“”]")),
    ("curly", re.compile(r"“[^“”„\n]*”")),
    # Swedish and Finnish close on both sides: ”…” (CLDR's quotationStart and quotationEnd are both ”).
    ("swedish", re.compile(r"”[^“”„\n]*”")),
    # Japanese and Traditional Chinese corner brackets 「…」 (『…』 nest inside them, or mark titles).
    ("corner", re.compile(r"「[^「」\n]*」")),
    ("straight", re.compile(r"\"(?<![\w\d]\")[^\"\n]*\"")),
    # Typewriter single quotes used as quotation marks ('dummen Fehler'): not apostrophes, which touch a
    # letter on both sides (geht's) or stand alone (rock 'n' roll).
    ("straight", re.compile(r"'(?<![\w']')(?=\w)[^'\n]{2,60}(?<=[\w.!?])'(?![\w'])")),
)


def _table() -> dict[str, Any]:
    return package_table("typography.toml")


def _accepted_spaces(context: CheckContext) -> frozenset[str]:
    spaces = frozenset(_table()["french_spaces"])
    if context.config.french_plain_space or _plain_space_convention(context.target.text, spaces):
        return spaces | {" "}
    return spaces


def _plain_space_convention(text: str, spaces: frozenset[str]) -> bool:
    """True when the document puts plain spaces before ; : ! ? % » and after « more often than no-break ones."""
    found = Counter(m.group(1) or m.group(2) for m in _SPACED_MARK.finditer(text))
    no_break = sum(n for space, n in found.items() if space in spaces)
    return found[" "] > no_break


def _space_problem(space: str, accepted: frozenset[str]) -> str | None:
    if not space:
        return "missing"
    if space not in accepted:
        return "plain" if space == " " else "other"
    return None


_MESSAGES = {
    "missing": "French puts a no-break space {where} {mark!r}",
    "plain": "use a no-break space (U+00A0 or U+202F), not a plain space, {where} {mark!r}",
    "other": "use a no-break space (U+00A0 or U+202F) {where} {mark!r}",
}


class FrenchSpacing(Check):
    info = CheckInfo(
        id="typography.french_spacing",
        category="typography",
        severity="minor",
        description="French needs a no-break space before ; : ! ? and inside « ».",
        languages=("fr",),
        scope=Scope.PARAGRAPH,
        target_needs=";:!?«»",  # every finding is at one of these marks (_HIGH, _OPEN_GUILLEMET, _CLOSE_GUILLEMET)
        # A space before a reference's semicolon (``&amp ;``) breaks the reference: markup.entity says so.
        defers_to=("markup.entity",),
        failing=(
            fails("Why? He said: “yes”.", "Pourquoi\u202f? Il a dit\u00a0: «\u00a0oui».", finds="»"),
            fails("Really?", "Vraiment?", finds="?"),
        ),
        passing=(
            passes("Why? He said: “yes”.", "Pourquoi\u202f? Il a dit\u00a0: «\u00a0oui\u00a0»."),
            passes("Really? At 10:30.", "Vraiment? À 10:30.", target_lang="fr-CA"),
            passes("Diameter: 50 mm", "Diamètre: 50 mm", config={"profile": "product"}),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        accepted = context.analysis(_accepted_spaces)
        optional = context.target_language.data.words("typography", "space_optional_before")
        for paragraph in pair.target:
            text, offset = paragraph.text, paragraph.span.start
            skip = SpanSet(protected_spans(text) + [m.span() for m in _ENTITY.finditer(text)] + reference_spans(text))
            for start, end, problem, mark, where in _problems(text, accepted, skip, optional):
                if (
                    mark == ":"
                    and context.config.profile != "news"
                    and _SPEC_LABEL.search(text, 0, end - 1)
                    and (problem != "missing" or not context.analysis(_labels_spaced))
                ):
                    continue
                yield self.finding(
                    context,
                    _MESSAGES[problem].format(where=where, mark=mark),
                    target_span=Span(offset + start, offset + end),
                    suggestion=_suggest(mark, where),
                )


# Label colons a document must space, and how many times more often than it glues them, for a glued one
# to be a slip rather than the sheet's style.
MIN_SPACED_LABELS = 2
SPACED_LABEL_RATIO = 2


def _labels_spaced(context: CheckContext) -> bool:
    """True when the document's specification labels mostly take the space before their colon
    (``Poids\u00a0: 5 kg`` on most lines): a sheet that glues them (``Poids: 5 kg``) follows a house
    style, but one glued label among spaced ones is a slip."""
    spaced = glued = 0
    for paragraph in context.target.paragraphs:
        for match in re.finditer(r"(\s?):", paragraph.text):
            before = match.start(1) if match.group(1) else match.start()
            if not _SPEC_LABEL.search(paragraph.text, 0, before):
                continue
            if match.group(1) in ("\u00a0", "\u202f"):
                spaced += 1
            elif not match.group(1):
                glued += 1
    return spaced >= MIN_SPACED_LABELS and spaced >= SPACED_LABEL_RATIO * glued


def _suggest(mark: str, where: str) -> str:
    return f"{mark}\u00a0" if where == "after" else f"\u202f{mark}" if mark in ";!?" else f"\u00a0{mark}"


def _problems(
    text: str, accepted: frozenset[str], skip: SpanSet, optional: frozenset[str] = frozenset()
) -> Iterator[tuple[int, int, str, str, str]]:
    for match in _HIGH.finditer(text):
        mark_start = match.start("mark")
        if inside(mark_start, skip) or not _is_french_high(text, match):
            continue
        if not match.group("space") and match.group("mark")[0] in optional:
            continue  # the region's typography puts no space there
        problem = _space_problem(match.group("space"), accepted)
        if problem:
            yield match.start(), match.end(), problem, match.group("mark"), "before"
    for match in _OPEN_GUILLEMET.finditer(text):
        problem = _space_problem(match.group("space"), accepted)
        if problem and match.end() < len(text) and not text[match.end()].isspace():
            yield match.start(), match.end(), problem, "«", "after"
    for match in _CLOSE_GUILLEMET.finditer(text):
        problem = _space_problem(match.group("space"), accepted)
        if problem and match.start() > 0 and not text[match.start() - 1].isspace():
            yield match.start(), match.end(), problem, "»", "before"


def _is_french_high(text: str, match: re.Match[str]) -> bool:
    """False for marks that are not sentence punctuation: times, ratios, ``::``, smileys, line starts."""
    end = match.end("mark")
    mark = match.group("mark")
    previous = text[match.start() - 1] if match.start() else ""
    after = text[end] if end < len(text) else ""
    if not match.group("space") and (not previous or previous == "\n"):
        return False  # a line that starts with the mark: a list or a dialogue convention
    if mark == ":" and previous.isdigit() and after.isdigit():
        return False  # 10:30, 3:1
    if mark.startswith("::"):
        return False  # code, IPv6
    if mark[-1] in ":;" and after and after in ")(DPp-/":
        return False  # ":)", ";-)"
    return previous not in "([{<.…" or previous == ""


class PercentSpace(Check):
    info = CheckInfo(
        id="typography.percent_space",
        category="typography",
        severity="minor",
        description="French needs a no-break space between a number and %; a language that writes none (`38%`) "
        "gets none where the translation copies the source's space (`38 %` in English for French `38 %`), and "
        "one whose norm spaces it (Danish, Swedish, Norwegian, Finnish `85 %`) gets one where the translation "
        "copies the source's `85%`.",
        scope=Scope.PARAGRAPH,
        target_needs="%",  # every finding is a match of _PERCENT, which ends with the sign
        failing=(
            fails("Prices rose 38% in May.", "Les prix ont augmenté de 38% en mai.", finds="%"),
            fails(
                "Die Preise stiegen im Mai um 38\u00a0%.",
                "I prezzi sono saliti del 38 % a maggio.",
                finds=" %",
                source_lang="de",
                target_lang="it",
            ),
        ),
        passing=(
            passes("Prices rose 38% in May.", "Les prix ont augmenté de 38\u00a0% en mai."),
            passes(
                "Die Preise stiegen im Mai um 38\u00a0%.",
                "I prezzi sono saliti del 38% a maggio.",
                source_lang="de",
                target_lang="it",
            ),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if context.target_language.code == "fr":
            yield from self._french(context, pair)
        elif percent_glued(context.target_language):
            if any(_SPACED_PERCENT.search(p.text) for p in pair.source) and not context.analysis(
                _spaces_percentages_itself
            ):
                yield from self._copied_spaces(context, pair)
            elif context.analysis(_glues_percentages_mostly):
                yield from self._copied_spaces(
                    context,
                    pair,
                    message="this language writes no space between a number and %, as the rest of the translation does",
                )
            elif (
                context.target_language.data.flag("typography", "percent_space_never")
                and context.analysis(_spaces_one_percentage_alone)
                and any(_GLUED_PERCENT.search(p.text) for p in pair.source)
            ):
                yield from self._copied_spaces(context, pair)
        elif (
            context.target_language.data.flag("typography", "percent_space_required")
            and any(_GLUED_PERCENT.search(p.text) for p in pair.source)
            and not _SPACED_PERCENT.search(context.target.text)
        ):
            yield from self._copied_glue(context, pair)

    def _french(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        accepted = context.analysis(_accepted_spaces)
        copied = context.analysis(copied_sentences)
        for paragraph in pair.target:
            for match in _PERCENT.finditer(paragraph.text):
                problem = _space_problem(match.group("space"), accepted)
                if problem and not inside(paragraph.span.start + match.start(), copied):
                    span = Span(paragraph.span.start + match.start(), paragraph.span.start + match.end())
                    yield self.finding(
                        context,
                        _MESSAGES[problem].format(where="before", mark="%"),
                        target_span=span,
                        suggestion="\u00a0%",
                    )

    def _copied_spaces(
        self,
        context: CheckContext,
        pair: ParagraphPair,
        message: str = "this language writes no space between a number and %",
    ) -> Iterator[Finding]:
        """A space before % in a language that writes none (CLDR), where the source paragraph spaces its
        percentages: the engine copied the source's typography. A translation that spaces them on its own
        (from a source that does not) follows a house style and is left alone, unless it glues most of its
        percentages, as the language does, or spaces only one where the source glues it in a language that never
        spaces it: then a spaced one is a slip (``33%`` … ``60 %``)."""
        copied = context.analysis(copied_sentences)
        for paragraph in pair.target:
            for match in _SPACED_PERCENT.finditer(paragraph.text):
                start = paragraph.span.start + match.start()
                if not inside(start, copied):
                    yield self.finding(
                        context,
                        message,
                        target_span=Span(start, paragraph.span.start + match.end()),
                        suggestion="%",
                    )

    def _copied_glue(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        """A percent sign glued to its number in a language whose norm spaces it (``[typography]
        percent_space_required``: Danish, Swedish, Norwegian, Finnish ``85 %``), copied from a source that
        glues it. A translation that spaces any of its percentages keeps its own style and is left alone."""
        copied = context.analysis(copied_sentences)
        for paragraph in pair.target:
            for match in _GLUED_PERCENT.finditer(paragraph.text):
                start = paragraph.span.start + match.start()
                if not inside(start, copied):
                    yield self.finding(
                        context,
                        "this language writes a space between a number and %",
                        target_span=Span(start, paragraph.span.start + match.end()),
                        suggestion="\u00a0%",
                    )


# A currency sign glued after an amount ("40€"), not before a letter or digit ("40€uros" is no amount).
_AMOUNT_THEN_SIGN = re.compile(r"(?<=\d)[€£¥₹₽$](?![\w])")


class CurrencySpace(Check):
    info = CheckInfo(
        id="typography.currency_space",
        category="typography",
        severity="minor",
        description="A currency sign glued after an amount (`40€`) in a language that writes a space "
        "between them (CLDR: French, German, Italian, Swedish `40 €`).",
        scope=Scope.PARAGRAPH,
        target_needs="€£¥₹₽$",  # every finding is a match of _AMOUNT_THEN_SIGN
        failing=(
            fails("Free shipping over &euro;40.", "Livraison offerte dès 40€.", finds="€"),
            fails(
                "Gratis frakt över 500 €.",
                "Spedizione gratuita oltre 500€.",
                finds="€",
                source_lang="sv",
                target_lang="it",
            ),
        ),
        passing=(
            passes("Free shipping over &euro;40.", "Livraison offerte dès 40\u00a0€."),
            passes("Kostenloser Versand ab 40 €.", "Free shipping over €40.", source_lang="de", target_lang="en"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        """A source that glues its own signs after amounts (``40€``) sets a house style the translation
        may follow: only signs the source places otherwise are judged."""
        if not currency_after_space(context.target_language):
            return
        if not any(_AMOUNT_THEN_SIGN.search(p.text) for p in pair.target):
            return
        if any(_AMOUNT_THEN_SIGN.search(_as_characters(p.text)) for p in pair.source):
            return
        for paragraph in pair.target:
            for match in _AMOUNT_THEN_SIGN.finditer(paragraph.text):
                start = paragraph.span.start + match.start()
                yield self.finding(
                    context,
                    "this language writes a space between an amount and the currency sign after it",
                    target_span=Span(start, start + 1),
                    suggestion=f"\u00a0{match.group()}",
                )


def _as_characters(text: str) -> str:
    """``text`` with its character references written as the characters (``&euro;40`` is ``€40``); the
    offsets no longer point into ``text``, so only for tests of what a source holds."""
    return decode_references(text).replace(REFERENCE_FILLER, "")


# A currency sign right before an amount ("€40", "£ 12"), not glued to a word before it ("US$40").
_SIGN_THEN_AMOUNT = re.compile(r"(?<![\w€£¥₹₽$])[€£¥₹₽$][^\S\n]?\d")


class CurrencySide(Check):
    info = CheckInfo(
        id="typography.currency_side",
        category="typography",
        severity="minor",
        description="A currency sign before the amount (`€40`) in a language that writes it after (CLDR: French, "
        "German, Italian, Swedish `40 €`), copied from a source that writes it before, or after the amount "
        "(`40 €`) in a language that writes it first (English `€40`).",
        scope=Scope.PARAGRAPH,
        target_needs="€£¥₹₽$",  # every finding is a match of _SIGN_THEN_AMOUNT
        failing=(
            fails("Free shipping on orders over &euro;40.", "Livraison gratuite dès €40 d’achat.", finds="€4"),
            fails(
                "Tickets cost £12 each.",
                "I biglietti costano £12 ciascuno.",
                finds="£1",
                target_lang="it",
            ),
            fails(
                "Preis: 129 € – Versand ab 40 € frei.",
                "Price: 129 € – free shipping over €40.",
                finds="129 €",
                source_lang="de",
                target_lang="en",
            ),
        ),
        passing=(
            passes("Free shipping on orders over &euro;40.", "Livraison gratuite dès 40 € d’achat."),
            passes("Kostenloser Versand ab 40 €.", "Free shipping over €40.", source_lang="de", target_lang="en"),
            passes(
                "Preis: 129 € – Versand ab 40 € frei.",
                "Price: €129 – free shipping over €40.",
                source_lang="de",
                target_lang="en",
            ),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        """Only a sign the source writes before its amount is judged (the engine kept the source's order),
        and only in a translation that writes more amounts the language's way than not (its own style)."""
        if currency_first(context.target_language):
            yield from self._sign_after(context, pair)
            return
        if not currency_after_space(context.target_language):
            return
        if not any(_SIGN_THEN_AMOUNT.search(p.text) for p in pair.target):
            return
        if not any(_SIGN_THEN_AMOUNT.search(_as_characters(p.text)) for p in pair.source):
            return
        if context.analysis(_signs_first_mostly):
            return
        copied = context.analysis(copied_sentences)
        for paragraph in pair.target:
            for match in _SIGN_THEN_AMOUNT.finditer(paragraph.text):
                start = paragraph.span.start + match.start()
                if not inside(start, copied):
                    yield self.finding(
                        context,
                        "this language writes the currency sign after the amount, with a space",
                        target_span=Span(start, paragraph.span.start + match.end()),
                    )

    def _sign_after(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        """The other way round: an amount with its sign after it (``289 €``) in a language that writes
        the sign first (English ``€289``), the amount and its sign as the aligned source paragraph writes
        them, in a translation that writes no more amounts so than with the sign first (its own style)."""
        if not any(_AMOUNT_SIGN.search(p.text) for p in pair.target):
            return
        copied = {_digits_and_sign(m) for p in pair.source for m in _AMOUNT_SIGN.finditer(_as_characters(p.text))}
        if not copied or context.analysis(_signs_after_mostly):
            return
        for paragraph in pair.target:
            for match in _AMOUNT_SIGN.finditer(paragraph.text):
                if _digits_and_sign(match) in copied:
                    yield self.finding(
                        context,
                        "this language writes the currency sign before the amount",
                        target_span=Span(paragraph.span.start + match.start(), paragraph.span.start + match.end()),
                        suggestion=f"{match.group('sign')}{match.group('amount')}",
                    )


# An amount with the currency sign after it ("289 €", "1 290,50 €", "40€").
_AMOUNT_SIGN = re.compile(
    r"(?<![\w.,])(?P<amount>\d{1,3}(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"[^\S\n]?(?P<sign>[€£¥₹₽$])(?!\w)"
)


def _digits_and_sign(match: re.Match[str]) -> tuple[str, str]:
    return re.sub(r"\D", "", match.group("amount")), match.group("sign")


def _signs_after_mostly(context: CheckContext) -> bool:
    """True when the translation writes more amounts with the sign after than with the sign first: a
    house style (a price list for a euro market), not the source's order copied."""
    return len(_AMOUNT_SIGN.findall(context.target.text)) > len(_SIGN_THEN_AMOUNT.findall(context.target.text))


def _signs_first_mostly(context: CheckContext) -> bool:
    """True when the translation writes the sign first more often than its source does: a house style (a
    price list for an English-style market), not the source's order copied."""
    source = _as_characters(context.source.text)
    return len(_SIGN_THEN_AMOUNT.findall(context.target.text)) > len(_SIGN_THEN_AMOUNT.findall(source))


# A space (plain, no-break, narrow or thin) between a number and the percent sign.
_SPACED_PERCENT = re.compile(r"(?<=\d)[^\S\n]%")
_GLUED_PERCENT = re.compile(r"(?<=\d)%")


def _spaces_percentages_itself(context: CheckContext) -> bool:
    """True when the translation spaces more percentages than its source: a house style, not a copy."""
    return len(_SPACED_PERCENT.findall(context.target.text)) > len(_SPACED_PERCENT.findall(context.source.text))


# A translation glues at least this many of its percentages, and more than it spaces, to set its style.
MIN_GLUED_PERCENTAGES = 2


def _glues_percentages_mostly(context: CheckContext) -> bool:
    """True when the translation glues more of its percentages than it spaces, at least two: its own
    style, the language's (CLDR), so a spaced one is a slip, whatever the source writes."""
    glued = len(_GLUED_PERCENT.findall(context.target.text))
    return glued >= MIN_GLUED_PERCENTAGES and glued > len(_SPACED_PERCENT.findall(context.target.text))


def _spaces_one_percentage_alone(context: CheckContext) -> bool:
    """True when the translation spaces one percentage only and its source spaces none: one spaced sign
    sets no house style, so in a language that never spaces it (``[typography] percent_space_never``)
    where the source paragraph glues it, the space is a slip (Brazilian ``14 %`` for ``14%``). Italian or
    Polish editors may space it: there one is left alone."""
    return len(_SPACED_PERCENT.findall(context.target.text)) == 1 and not _SPACED_PERCENT.search(context.source.text)


# A percentage with the sign after the number, and one with the sign before it.
_PERCENT_AFTER = re.compile(r"(?<![\w.,%])\d+(?:[.,]\d+)*[^\S\n]?%")
_PERCENT_BEFORE = re.compile(r"(?<![\w%])%[^\S\n]?\d")


class PercentSide(Check):
    info = CheckInfo(
        id="typography.percent_side",
        category="typography",
        severity="minor",
        description="A percent sign after the number in a language that writes it before (Turkish `%35`, not `35%`).",
        scope=Scope.PARAGRAPH,
        target_needs="%",  # every finding is a match of _PERCENT_AFTER
        failing=(
            fails(
                "Sales rose 12% in May, after 5% in April.",
                "Satışlar nisanda %5, mayısta 12% arttı.",
                finds="12%",
                target_lang="tr",
            ),
        ),
        passing=(
            passes("Sales rose 12% in May.", "Satışlar mayısta %12 arttı.", target_lang="tr"),
            passes("Sales rose 12% in May.", "Les ventes ont augmenté de 12\u00a0% en mai.", target_lang="fr"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if not any("%" in p.text for p in pair.target) or not percent_first(context.target_language):
            return
        if context.analysis(_percents_after_mostly):
            return
        copied = context.analysis(copied_sentences)
        for paragraph in pair.target:
            for match in _PERCENT_AFTER.finditer(paragraph.text):
                start = paragraph.span.start + match.start()
                if inside(start, copied):
                    continue
                number = match.group()[:-1].rstrip()
                yield self.finding(
                    context,
                    f"this language writes the percent sign before the number: %{number}",
                    target_span=Span(start, paragraph.span.start + match.end()),
                    suggestion=f"%{number}",
                )


# A style of its own takes this many percentages written the same way: one is no style.
STYLE_MIN_PERCENTS = 2


def _percents_after_mostly(context: CheckContext) -> bool:
    """True when the document writes more percentages as ``35%`` than as ``%35``, and more than one: its
    own style."""
    text = context.target.text
    after = len(_PERCENT_AFTER.findall(text))
    return after >= STYLE_MIN_PERCENTS and after > len(_PERCENT_BEFORE.findall(text))


class ApostropheStyle(Check):
    info = CheckInfo(
        id="typography.apostrophe_style",
        category="typography",
        severity="minor",
        description="The document mixes ' and ’ as apostrophes; the minority style is reported.",
        target_needs="'",  # a finding needs both apostrophes in the document (the other is tested below)
        failing=(
            fails(
                "The AI talks. The AI deal.",
                "Les discussions sur l’IA. L’accord sur l’IA. Aujourd'hui.",
                finds="'",
            ),
        ),
        passing=(passes("The AI talks. The AI deal.", "Les discussions sur l’IA. L’accord sur l’IA."),),
    )

    def check_document(self, context: CheckContext) -> Iterator[Finding]:
        if target_lacks(context, "’"):
            return  # a finding needs both apostrophes in the document
        found = sorted(
            (paragraph.span.start + position, mark)
            for paragraph in context.target.paragraphs
            for position, mark in _apostrophes(paragraph.text)
        )
        counts = Counter(mark for _, mark in found)
        if len(counts) < 2:
            return
        # The minority style is reported; on a tie the typewriter ' gives way to the typographic ’.
        minority = "'" if counts["'"] <= counts["’"] else "’"
        majority = "’" if minority == "'" else "'"
        style = {"'": "straight", "’": "typographic"}
        message = (
            f"{style[minority]} apostrophe {minority} where the rest of the document uses {style[majority]} "
            f"ones {majority} ({counts[majority]} against {counts[minority]})"
        )
        for position, mark in found:
            if mark == minority:
                yield self.finding(context, message, target_span=Span(position, position + 1), suggestion=majority)


# An apostrophe that ends a word after its s, x or z, before the next word: a plural or a name's possessive
# ("sailors' union", "Hans' Auto"), where a word-final mark is also how a single quotation closes.
_POSSESSIVE_APOSTROPHE = re.compile(r"['’](?<=[^\W\d_][sxzSXZ]['’])(?=[ \u00a0][^\W\d_])")
# A single quotation mark that opens a quotation: at a word's start.
_SINGLE_OPENING_MARK = re.compile(r"(?<![\w'’])['‘](?=\w)")


def _apostrophes(text: str) -> Iterator[tuple[int, str]]:
    """(offset, mark) of the apostrophes of a paragraph: inside words ("l'IA", "don’t"), and after a final
    s, x or z where no single quotation opens before it in the paragraph (then it may close one)."""
    for match in _APOSTROPHE.finditer(text):
        yield match.start(), match.group()
    if "s'" in text or "s’" in text or "x'" in text or "x’" in text or "z'" in text or "z’" in text:
        for match in _POSSESSIVE_APOSTROPHE.finditer(text):
            if _SINGLE_OPENING_MARK.search(text, 0, match.start()) is None:
                yield match.start(), match.group()


def _quotes(text: str) -> list[tuple[int, str]]:
    """(offset, style) of each top-level quotation: quotes nested inside another pair are not counted."""
    text = _numeric_references_as_digits(text)
    pairs = [(m.start(), m.end(), style) for style, regex in _QUOTE_PAIRS for m in regex.finditer(text)]
    if not pairs:
        lone = _lone_straight_quote(text)
        return [] if lone is None else [(lone, "straight")]
    # A pair is nested when one that opens earlier closes at or after it: a sweep by opening offset with
    # the farthest close seen so far (comparing every pair with every other took a minute for a
    # paragraph of 50,000 quotation marks).
    pairs.sort(key=lambda pair: pair[0])
    top: list[tuple[int, str]] = []
    farthest = -1  # the farthest close of the pairs opening before the current offset
    index = 0
    while index < len(pairs):
        opening = pairs[index][0]
        following = index
        while following < len(pairs) and pairs[following][0] == opening:
            following += 1
        group = pairs[index:following]
        top.extend((start, style) for start, end, style in group if farthest < end)
        farthest = max(farthest, *(end for _, end, _ in group))
        index = following
    return sorted(top)


def _numeric_references_as_digits(text: str) -> str:
    """``text`` with each character reference to a number (``&frac12;``, ``&frac 12;``, ``&sup2;``) written
    as digits of the same length: the ``"`` after ``16&frac12;`` is an inch mark, no quotation."""
    if "&" not in text:
        return text
    pieces, done = [], 0
    for start, end in reference_spans(text):
        if decode_references(text[start:end])[:1].isnumeric():
            pieces += [text[done:start], "0" * (end - start)]  # pieces, not one copy of the text each
            done = end
    return "".join([*pieces, text[done:]])


def _lone_straight_quote(text: str) -> int | None:
    """The offset of the paragraph's only double quotation mark when it is a straight ``"`` (a quotation that
    opens or closes in another paragraph, or whose partner was lost), else None."""
    if text.count('"') != 1 or any(mark in text for mark in "„“”«»"):
        return None
    index = text.index('"')
    before, after = text[index - 1 : index], text[index + 1 : index + 2]
    if before.isdigit() or (before.isalpha() and after.isalpha()):
        return None  # an inch mark (12"), a mistyped apostrophe (l"économie)
    return index


# A run of decimal digits of one system (Unicode \d: ASCII, Arabic-Indic, Persian, Devanagari...).
_DIGIT_RUN = re.compile(r"\d+")


def _digit_system(digit: str) -> str:
    """The name of the digit system a decimal digit belongs to: its zero's code point; full-width digits
    (Japanese typesetting) count as ASCII ones."""
    zero = chr(ord(digit) - int(digit))
    return "0" if zero == "\uff10" else zero


class DigitStyle(Check):
    info = CheckInfo(
        id="typography.digit_style",
        category="typography",
        severity="minor",
        description="The document mixes digit systems (`412` and `٤١٢`); numbers of the minority system are reported.",
        failing=(
            fails(
                "The fund paid 250 dollars to 300 farmers in 2024.",
                "دفع الصندوق 250 دولارًا إلى ٣٠٠ مزارع في عام 2024.",
                finds="٣٠٠",
                target_lang="ar",
            ),
        ),
        passing=(
            passes(
                "The fund paid 250 dollars to 300 farmers.", "دفع الصندوق ٢٥٠ دولارًا إلى ٣٠٠ مزارع.", target_lang="ar"
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterator[Finding]:
        if context.target.text.isascii():
            return  # one system only: most documents, told at once
        digits = context.analysis(target_digits)
        if not digits.isdisjoint(_FULL_WIDTH_DIGITS):
            yield from self._full_width_numbers(context)
        if len({_digit_system(digit) for digit in digits}) < 2:
            return  # a finding needs digits of two systems, and the runs' first digits are among these
        found = [
            (paragraph.span.start + m.start(), paragraph.span.start + m.end(), _digit_system(m.group()[0]))
            for paragraph in context.target.paragraphs
            for m in _DIGIT_RUN.finditer(paragraph.text)
        ]
        counts = Counter(system for _, _, system in found)
        if len(counts) < 2:
            return
        (majority, most), (_, second) = counts.most_common(2)
        if most == second:
            return  # no majority to hold the others to
        example = "0123456789".translate({ord(str(d)): ord(majority) + d for d in range(10)})[:3]
        for start, end, system in found:
            if system != majority:
                yield self.finding(
                    context,
                    f"digits of another system than the document's ({example}…, {counts[majority]} numbers"
                    f" against {counts[system]})",
                    target_span=Span(start, end),
                    suggestion="".join(chr(ord(majority) + int(d)) for d in context.target.text[start:end]),
                )

    def _full_width_numbers(self, context: CheckContext) -> Iterator[Finding]:
        """Full-width numbers of two digits or more (``３２０``) in a document that writes most such
        numbers in half-width digits: Japanese and Chinese typesetting write a single digit full-width
        on purpose (``第１章``), a longer number so only when the whole document does. A single digit
        full-width is reported too where the document writes its single digits half-width, at least
        ``MIN_HALF_SINGLES`` of them and ``SINGLES_RATIO`` times as many (``3時間`` … ``保証期間２年``):
        then the full-width one is no house style but a slip (JTF's style guide: half-width digits)."""
        full: list[tuple[int, int]] = []
        half = 0
        for paragraph in context.target.paragraphs:
            runs = list(_WIDTH_RUN.finditer(paragraph.text))
            half += sum(1 for m in runs if m.group()[0] not in _FULL_WIDTH_DIGITS)
            full += [
                (paragraph.span.start + m.start(), paragraph.span.start + m.end())
                for m in runs
                if m.group()[0] in _FULL_WIDTH_DIGITS
            ]
        if half > len(full):
            yield from self._full_width(context, full, half)
        singles = [
            (paragraph.span.start + m.start(), paragraph.span.start + m.end(), m.group() in _FULL_WIDTH_DIGITS)
            for paragraph in context.target.paragraphs
            for m in _SINGLE_DIGIT.finditer(paragraph.text)
        ]
        full_singles = [(start, end) for start, end, is_full in singles if is_full]
        half_singles = len(singles) - len(full_singles)
        if full_singles and half_singles >= max(MIN_HALF_SINGLES, SINGLES_RATIO * len(full_singles)):
            yield from self._full_width(context, full_singles, half_singles)

    def _full_width(self, context: CheckContext, full: list[tuple[int, int]], half: int) -> Iterator[Finding]:
        for start, end in full:
            text = context.target.text[start:end]
            yield self.finding(
                context,
                f"full-width digits where the document writes its numbers in half-width ones ({half} numbers"
                f" against {len(full)})",
                target_span=Span(start, end),
                suggestion=text.translate(_HALF_WIDTH),
            )


_FULL_WIDTH_DIGITS = frozenset("０１２３４５６７８９")
# A single digit, half-width or full-width, not part of a longer number (nor of a decimal: "3.5").
_SINGLE_DIGIT = re.compile(r"(?<![0-9０-９.,．，])[0-9０-９](?![0-9０-９]|[.,．，][0-9０-９])")
MIN_HALF_SINGLES = 3
SINGLES_RATIO = 3
_HALF_WIDTH = {0xFF10 + d: 0x30 + d for d in range(10)}
# A number of two digits or more written wholly in half-width or wholly in full-width digits.
_WIDTH_RUN = re.compile(r"(?<![0-9０-９])(?:[0-9]{2,}|[０-９]{2,})(?![0-9０-９])")


class QuoteStyle(Check):
    info = CheckInfo(
        id="typography.quote_style",
        category="typography",
        severity="minor",
        description="Mixed primary quotation mark styles, or straight quotes where the language has its own.",
        failing=(fails('He said "no".', 'Il a dit "non".', finds='"'),),
        passing=(passes('He said "no".', "Il a dit «\u00a0non\u00a0»."),),
    )

    def check_document(self, context: CheckContext) -> Iterator[Finding]:
        if target_lacks(context, _OPENING_MARKS) and not any(
            _SINGLE_OPENING.search(paragraph.text) for paragraph in context.target.paragraphs
        ):
            return  # every quotation _quotes finds opens with one of these marks or so
        found = [
            (number, paragraph.span.start + start, style)
            for number, paragraph in enumerate(context.target.paragraphs)
            # Quotes inside code are what the reader types (`{"role": "editor"}`), not the language's.
            for start, style in _quotes(mask_code(paragraph.text))
        ]
        # An engine picks its quotation marks segment by segment: a paragraph is one vote.
        paragraphs = Counter(style for _, style in sorted({(number, style) for number, _, style in found}))
        quotations = Counter(style for _, _, style in found)
        rules = context.target_language.data.table_of("typography", "quotes")
        flagged = self._flagged_styles(paragraphs, quotations, rules)
        for _, position, style in found:
            if style in flagged:
                yield self.finding(context, flagged[style], target_span=Span(position, position + 1))

    @staticmethod
    def _flagged_styles(paragraphs: Counter[str], quotations: Counter[str], rules: Mapping[str, Any]) -> dict[str, str]:
        preferred = str(rules.get("preferred", ""))
        foreign = set(rules.get("foreign", []))
        if len(paragraphs) >= 2:
            # Keep the style of most paragraphs (then of most quotations, then the language's
            # preferred one, then typographic marks over typewriter ones); report the others.
            keep = max(paragraphs, key=lambda s: (paragraphs[s], quotations[s], s == preferred, s != "straight"))
            return {s: f"{s} quotation marks in a document that mostly uses {keep}" for s in paragraphs if s != keep}
        return {s: f"{s} quotation marks; this language uses {preferred}" for s in paragraphs if s in foreign}


# A closing quotation mark right after a letter and before a comma or full stop: “tip lines”. / "lines",
_STOP_AFTER_QUOTE = re.compile(r"([”\"])(?<=[^\W\d_][”\"])([.,])(?![.\w])")
# An opening quotation mark: “ anywhere, " after a space, a bracket or the start of the text.
_OPENING_QUOTE = re.compile(r"“|(?:^|(?<=[\s(\[]))\"(?=\w)")
_LOGICAL_PROFILES = ("docs", "ui")


class QuotePunctuation(Check):
    info = CheckInfo(
        id="typography.quote_punctuation",
        category="typography",
        severity="minor",
        description="A comma or full stop outside a closing quotation mark, where the language puts it inside.",
        languages=("en",),
        scope=Scope.PARAGRAPH,
        target_needs='"”',  # every match of _STOP_AFTER_QUOTE holds one of these marks
        failing=(
            fails(
                "les « lignes de dénonciation ».",
                "the so-called “whistleblowing lines”.",
                finds="”.",
                source_lang="fr",
                target_lang="en",
            ),
        ),
        passing=(
            passes(
                "les « lignes de dénonciation ».",
                "the so-called “whistleblowing lines.”",
                source_lang="fr",
                target_lang="en",
            ),
            passes(
                "les « lignes de dénonciation ».",
                "the so-called “whistleblowing lines”.",
                source_lang="fr",
                target_lang="en-GB",
            ),
            passes('A 12" screen, a 15" one.', 'A 12" screen, a 15" one.', source_lang="de", target_lang="en"),
            passes("Tapez « ls ».", "Type “ls”.", source_lang="fr", target_lang="en", config={"profile": "docs"}),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        rules = context.target_language.data.table_of("typography", "quotes")
        if rules.get("stops_inside") is not True or context.config.profile in _LOGICAL_PROFILES:
            return
        if context.target_language.region is None and context.analysis(_spelled_logically):
            return  # a text tagged without a region ("en-US" is "en") that spells as British English does
        for paragraph in pair.target:
            text = paragraph.text
            if '"' not in text and "”" not in text:
                continue
            skip = SpanSet(protected_spans(text))
            for match in _STOP_AFTER_QUOTE.finditer(text):
                if inside(match.start(), skip) or not _OPENING_QUOTE.search(text, 0, match.start()):
                    continue
                quote, mark = match.group(1), match.group(2)
                yield self.finding(
                    context,
                    f"{mark!r} belongs inside the closing quotation mark in this language",
                    target_span=Span(paragraph.span.start + match.start(), paragraph.span.start + match.end()),
                    suggestion=mark + quote,
                )


def _spelled_logically(context: CheckContext) -> bool:
    """True when the translation's lower-case spellings are more often those of the regions that put a
    stop where the sense says ("programme", "paralysed") than American ones ("program", "paralyzed")."""
    rules = context.target_language.data.table_of("typography", "quotes")
    logical, inside = frozenset(rules.get("logical_spellings", ())), frozenset(rules.get("inside_spellings", ()))
    logical_endings = tuple(rules.get("logical_endings", ()))
    inside_endings = tuple(rules.get("inside_endings", ()))
    votes = 0
    for word in _WORD_CHARS.findall(context.target.text):
        if not word.islower():
            continue
        if word in logical or word.endswith(logical_endings):
            votes += 1
        elif word in inside or word.endswith(inside_endings):
            votes -= 1
    return votes >= _SPELLING_EVIDENCE


# Spellings needed, net, to call a text British: one word is thin evidence (a quotation, a slip, a
# technical term); two make a house style.
_SPELLING_EVIDENCE = 2
_WORD_CHARS = re.compile(r"[^\W\d_]+")


# A double hyphen between words, spaced or glued before a space: "Gruppe -- eine", "wichtig-- es".
# Options (--verbose), arrows (-->), comments (<!--) and table rules (|--|) are not dashes.
_DOUBLE_HYPHEN = re.compile(r"-(?<![-\w<!|]-)-(?![-\w>|])|-(?<=\w-)-(?=[^\S\n])")
# A news dateline before the hyphens: a place in capitals, perhaps a state or agency ("AUGUSTA, Ga. --").
_DATELINE = re.compile(r"^\s*[A-ZÀ-Þ][A-ZÀ-Þ .'-]+(?:, [A-Z][\w.]*)?(?: \([\w ]+\))?\s*$")


class DoubleHyphen(Check):
    info = CheckInfo(
        id="typography.double_hyphen",
        category="typography",
        severity="minor",
        description="A typewriter double hyphen standing for a dash (`Gruppe -- eine`), in a language "
        "that does not write it so (English does).",
        scope=Scope.PARAGRAPH,
        target_needs="-",  # every finding is a match of _DOUBLE_HYPHEN
        failing=(
            fails(
                "This is from my group -- a less glamorous one.",
                "Das ist von meiner Gruppe -- eine weniger glamouröse.",
                finds="--",
                target_lang="de",
            ),
        ),
        passing=(
            passes(
                "This is from my group -- a less glamorous one.",
                "Das ist von meiner Gruppe – eine weniger glamouröse.",
                target_lang="de",
            ),
            passes(
                "AUGUSTA, Ga. -- Officials recovered a car.",
                "AUGUSTA, Ga. -- Behörden haben ein Auto geborgen.",
                target_lang="de",
            ),
            passes("Run it with --verbose.", "Lancez-le avec --verbose."),
            passes(
                "Einstein erkannte -- und das ist der Kern -- dass Energie den Raum krümmt.",
                "Einstein realized -- and this is the heart of it -- that energy curves space.",
                source_lang="de",
                target_lang="en",
            ),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if context.target_language.data.flag("typography", "typewriter_dash"):
            return
        for paragraph in pair.target:
            text = paragraph.text
            if "--" not in text:
                continue
            skip = SpanSet(protected_spans(text))
            for match in _DOUBLE_HYPHEN.finditer(text):
                if inside(match.start(), skip) or _DATELINE.match(text, 0, match.start()):
                    continue
                yield self.finding(
                    context,
                    "a double hyphen stands for a dash here: write – (or —)",
                    target_span=Span(paragraph.span.start + match.start(), paragraph.span.start + match.end()),
                    suggestion="–",
                )


# A number glued to letters or to a code's marks ("v2.1", "n°3.5", "+33", "A4.2"): no quantity.
_CODE_BEFORE = re.compile(r"[\w°#№+\-−–/:.,]$")
_CODE_AFTER = re.compile(r"[^\W\d_]|[-/:][0-9]")
# The upper end of a range after an en dash ("0–1,800 rpm", "5–1.500 m"): a quantity, not a code.
_RANGE_BEFORE = re.compile(r"(?<![\w.,])[0-9]+\s?–\s?$")
# A clock time with a full stop ("10.30 Uhr", "7.30 pm", "19.45 h"): hours and minutes in any locale.
_CLOCK = re.compile(r"(?:[01]?[0-9]|2[0-3])\.[0-5][0-9]")
_CLOCK_AFTER = re.compile(r"[\s\u00a0]?(?:uhr\b|h\b|[ap]\.?\s?m\b)", re.IGNORECASE)
_SEPARATED_DIGITS = re.compile(r"[0-9][.,][0-9]")
# An SI unit after a number makes it a quantity, also after a name ("Wi-Fi 2.4 GHz", "Core i7 3.2 GHz",
# "Li-Ion 3.6 V"), where a number without one is a version ("Bluetooth 5.3", "Python 3.12").
_SI_UNIT_AFTER = re.compile(
    r"[ \u00a0\u202f]?(?:[kMGTmµμn]?(?:Hz|Wh|W|V|Ah|A|g|m|l|L|Pa|N)|mAh|dB|mm|cm|km|kg|bar|°C|°F|%)(?![^\W_])"
)


class NumberSeparators(Check):
    info = CheckInfo(
        id="typography.number_separators",
        category="typography",
        severity="minor",
        description="A number keeps the source's decimal or thousands separator, which the target language "
        "reads otherwise or not at all (`3.5 Millionen` for `3,5 Millionen`, `6.200 people` for `6,200`).",
        scope=Scope.PARAGRAPH,
        target_needs="0123456789",  # every finding holds a match of _SEPARATED_DIGITS
        failing=(
            fails(
                "Sales reached 2.7 million units.",
                "Der Absatz erreichte 2.7 Millionen Stück.",
                finds="2.7",
                target_lang="de",
            ),
            fails(
                "Die Firma hat 4.300 Mitarbeiter.",
                "The firm has 4.300 employees.",
                finds="4.300",
                source_lang="de",
                target_lang="en",
            ),
        ),
        passing=(
            passes("Sales reached 2.7 million units.", "Der Absatz erreichte 2,7 Millionen Stück.", target_lang="de"),
            passes(
                "Die Firma hat 4.300 Mitarbeiter.",
                "The firm has 4,300 employees.",
                source_lang="de",
                target_lang="en",
            ),
            passes("The shop opens at 10.30 am.", "Der Laden öffnet um 10.30 Uhr.", target_lang="de"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        source_symbols = number_symbols(context.source_language)
        target_symbols = context.analysis(_document_symbols)
        if source_symbols is None or target_symbols is None:
            return
        # Languages that write numbers alike (Korean and English) still meet a third convention: a number
        # neither reads ("2,5 billion" in English), which the checks below read by the other convention.
        if not any(_SEPARATED_DIGITS.search(p.text) for p in pair.target):
            return  # every number _separated_numbers yields is a DIGITS match with a . or , between digits
        values = {
            value
            for paragraph in pair.source
            for match in DIGITS.finditer(paragraph.text)
            if (value := read_number(match.group(), source_symbols)) is not None
        }
        quantities: set[Decimal] | None = None
        for paragraph in pair.target:
            scaled: dict[int, Decimal] | None = None
            for start, end, token in _separated_numbers(paragraph, context.target_language):
                meant = read_number(token, source_symbols)
                read = read_number(token, target_symbols)
                whose, symbols, wanted, scale = "the source's", source_symbols, values, Decimal(1)
                if meant is None and read is None:
                    # Neither language reads it: the other convention's separators ("7.5" for French "7,5"
                    # in Spanish, which writes "7,5" too) when that reading is a number of the source, by
                    # itself or with the scale word after it ("1,1 billion" for Chinese "11亿").
                    if scaled is None:
                        scaled = _scales(paragraph.text, context.target_language)
                    scale = scaled.get(start, scale)
                    if scale != 1:
                        wanted = _quantities(pair, context.source_language, scaled_only=False)
                    symbols = next(
                        (s for s in _CONVENTIONS if (n := read_number(token, s)) is not None and n * scale in wanted),
                        source_symbols,
                    )
                    meant, whose = read_number(token, symbols), "another language's"
                elif meant not in values:
                    # The source groups with a space ("1 500" in French, Polish, Czech) and the translation
                    # took a third convention's full stop or comma, which it reads otherwise ("1.500
                    # metres" is 1.5 in English, "12,300" is 12.3 in Italian): that convention's reading
                    # is the source's number.
                    symbols = next((s for s in _CONVENTIONS if read_number(token, s) in values), source_symbols)
                    meant, whose = read_number(token, symbols), "another language's"
                if meant is None or meant == read or meant * scale not in wanted or read in values:
                    continue
                if quantities is None:
                    quantities = _quantities(pair, context.source_language)
                if read in quantities:
                    continue  # a conversion of a scale word: "340 тыс." -> "340,000"
                written = write_number(token, symbols, target_symbols)
                how = "cannot be read" if read is None else f"reads as {read}"
                yield self.finding(
                    context,
                    f"{token!r} keeps {whose} separators: in this language it {how}; write {written!r}",
                    target_span=Span(paragraph.span.start + start, paragraph.span.start + end),
                    suggestion=written,
                )


def _document_symbols(context: CheckContext) -> NumberSymbols | None:
    """The symbols the translation's numbers are read by: its locale's (CLDR), or, when the language
    was named without a region and is written by two conventions (Spanish: ``5,5`` in Spain, ``5.5`` in
    Mexico, see :func:`regional_symbols`), the other one if every number of the translation reads by it,
    some cannot be read by the default and some hold the region's grouping symbol (``1,700``): the
    translation was localised for that region."""
    language = context.target_language
    symbols = number_symbols(language)
    if symbols is None or language.region or not (regions := regional_symbols(language.code)):
        return symbols
    tokens = [
        token for paragraph in context.target.paragraphs for _, _, token in _separated_numbers(paragraph, language)
    ]
    if not any(read_number(token, symbols) is None for token in tokens):
        return symbols
    # Both of the region's symbols must show: a decimal "4.5" alone is also the slip of an engine that
    # kept a French "4,5"'s value but not its form; "1,700 W" beside it is how Mexico writes.
    regional = [
        r
        for r in regions
        if all(read_number(token, r) is not None for token in tokens) and any(r.group in token for token in tokens)
    ]
    return regional[0] if len(regional) == 1 else symbols


# The two conventions of digits in news: a decimal point and grouping comma (English, Chinese,
# Japanese), a decimal comma and grouping full stop (German, Spanish, Italian...).
_CONVENTIONS = (NumberSymbols(".", ","), NumberSymbols(",", "."))


def _scales(text: str, language: Language) -> dict[int, Decimal]:
    """The scale word after each number of ``text`` that has one ("1,1 billion": 10**9), by start."""
    return {m.span.start: m.scale for m in find_numbers(text, language) if m.scale != 1 and not m.soft}


def _quantities(pair: ParagraphPair, language: Language, *, scaled_only: bool = True) -> set[Decimal]:
    """The source's numbers in digits with a scale word ("340 тыс." is 340,000), or with ``scaled_only``
    False all its numbers in digits (compound numerals too: Korean "1조 1,000억"); not spelled numbers
    ("third" is no 3 that "3,000" read as German 3,000 could match)."""
    return {
        value
        for paragraph in pair.source
        for mention in find_numbers(paragraph.text, language, by_locale=True)
        if (mention.scale != 1 or not scaled_only) and not mention.soft
        for value in mention.values
    }


def _separated_numbers(paragraph: Paragraph, language: Language) -> Iterator[tuple[int, int, str]]:
    """Numbers of the paragraph written with a full stop or a comma, that are quantities: not codes,
    versions after a capitalised word ("ISO 9001.2", "Python 3.12"), addresses or clock times."""
    text = paragraph.text
    skip: SpanSet | None = None
    for match in DIGITS.finditer(text):
        token = match.group()
        if "." not in token and "," not in token:
            continue
        start, end = match.span()
        if (
            _CODE_BEFORE.search(text, max(0, start - 1), start) and not _RANGE_BEFORE.search(text, 0, start)
        ) or _CODE_AFTER.match(text, end):
            continue
        if _CLOCK.fullmatch(token) and (
            _CLOCK_AFTER.match(text, end) or clock_words_around(text, start, end, language)
        ):
            continue
        skip = SpanSet(protected_spans(text)) if skip is None else skip
        if inside(start, skip) or (names_a_code(text, start) and not _SI_UNIT_AFTER.match(text, end)):
            continue
        yield start, end, token


# A word not glued to a handle, a hashtag, a path or a compound ("@monday", "#monday", "/monday").
_LOWER_WORD = re.compile(r"(?<![\w@#/.-])[^\W\d_]+(?![\w@/-])")


@cache
def _calendar_names(language: Language) -> tuple[tuple[str, str, str], ...]:
    """(kind, format form, stand-alone form) of every weekday and month name, from CLDR (empty for an
    unknown locale)."""
    try:
        from babel.dates import get_day_names, get_month_names

        locale = language.tag.replace("-", "_")
        return tuple(
            (kind, formatted, table(width="wide", context="stand-alone", locale=locale)[key])
            for kind, table in (("day", get_day_names), ("month", get_month_names))
            for key, formatted in table(width="wide", context="format", locale=locale).items()
        )
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return ()


@cache
def _capitalised_calendar(language: Language) -> tuple[frozenset[str], frozenset[str]]:
    """Weekday and month names (lower case) that CLDR writes with a capital in running text (its format
    forms; Latvian capitalises only the stand-alone ones): all of them in English and German, none in
    French, Spanish or Italian."""
    capitalised = [
        (kind, name.lower()) for kind, name, _ in _calendar_names(language) if name[:1].isupper() and name[1:].islower()
    ]
    return (
        frozenset(name for kind, name in capitalised if kind == "day"),
        frozenset(name for kind, name in capitalised if kind == "month"),
    )


# A single word, or words joined by hyphens ("segunda-feira").
_CALENDAR_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def _lower_case_calendar(language: Language) -> tuple[frozenset[str], frozenset[str]]:
    """Weekday and month names that CLDR writes in lower case in running text and stand-alone alike
    (French, Spanish, Italian, Portuguese, Dutch...): single words only (Catalan "de gener" is not)."""
    lower = [
        (kind, name)
        for kind, name, alone in _calendar_names(language)
        if name.islower() and alone.islower() and _CALENDAR_WORD.fullmatch(name)
    ]
    return (
        frozenset(name for kind, name in lower if kind == "day"),
        frozenset(name for kind, name in lower if kind == "month"),
    )


# What opens a sentence or a quotation before a word: after it, a capital is ordinary.
_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;…«“„\"'‘‚(\[¿¡—–-])[\s\u00a0\u202f]*$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w]*$")
_WORDS_AFTER = re.compile(r"[\s\u00a0\u202f]+([^\W\d_]+)(?:[\s\u00a0\u202f]+([^\W\d_]+))?")
# A word this short between two capitals links a name ("Lunes de Pascua", "Dos de Mayo").
_LINK_LENGTH = 3


def _in_a_name(text: str, start: int, end: int, *, link_after: bool = True) -> bool:
    """True when a capitalised word stands next to the one at ``text[start:end]``, or one short link word
    away: a holiday, a street or a person ("Viernes Santo", "Plaza Dos de Mayo", "Plácido Domingo").
    Without ``link_after``, a capitalised word one link word after does not count ("in Maart in Utrecht"
    where the source has the month: a place follows)."""
    before = text[max(0, start - 40) : start]
    previous = _WORD_BEFORE.search(before)
    if previous and previous.group(1)[0].isupper():
        return True
    if previous and len(previous.group(1)) <= _LINK_LENGTH:
        earlier = _WORD_BEFORE.search(before[: previous.start(1)])
        if earlier and earlier.group(1)[0].isupper() and not _OPENS_BEFORE.search(before[: earlier.start(1)]):
            return True
    after = _WORDS_AFTER.match(text, end)
    if after is None:
        return False
    first, second = after.group(1), after.group(2)
    return first[0].isupper() or (link_after and len(first) <= _LINK_LENGTH and bool(second) and second[0].isupper())


def _mostly_capitalised(text: str) -> bool:
    # A headline or title written in title case: every word has its capital, weekdays too.
    words = _WORD_CHARS.findall(text)
    return len(words) > 1 and sum(word[0].isupper() for word in words) * 2 > len(words)


class CalendarCase(Check):
    info = CheckInfo(
        id="typography.calendar_case",
        category="typography",
        severity="minor",
        description="A weekday or month name in lower case where the language capitalises it (`on monday`, "
        "`3 march 2025` in English), or with a capital inside a sentence where it writes it in lower case "
        "(`el Lunes` in Spanish).",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "Le vote a eu lieu mardi.",
                "The vote took place on tuesday.",
                finds="tuesday",
                source_lang="fr",
                target_lang="en",
            ),
            fails(
                "Le vote a eu lieu le 3 mars.",
                "The vote took place on 3 march.",
                finds="march",
                source_lang="fr",
                target_lang="en",
            ),
            fails(
                "The vote took place on Tuesday in the capital.",
                "La votación tuvo lugar el Martes en la capital.",
                finds="Martes",
                target_lang="es",
            ),
        ),
        passing=(
            passes("Le vote a eu lieu mardi.", "The vote took place on Tuesday.", source_lang="fr", target_lang="en"),
            passes("Les troupes avancent.", "The troops march on and may win.", source_lang="fr", target_lang="en"),
            passes("The vote took place on Tuesday.", "Le vote a eu lieu mardi."),
            passes("The parade is on Good Friday.", "El desfile sale el Viernes Santo.", target_lang="es"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        yield from self._lower_case(context, pair)
        yield from self._capitalised(context, pair)

    def _lower_case(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        weekdays, months = _capitalised_calendar(context.target_language)
        if not weekdays and not months:
            return
        if context.target_language.data.flag("typography", "weekdays_capitalised_in_dates_only"):
            months |= weekdays  # Turkish: "29 Mayıs 1453 Salı", but "salı günü"
            weekdays = frozenset()
        calendar = weekdays | months
        for paragraph in pair.target:
            text = paragraph.text
            if text == text.lower():
                continue  # a paragraph written all in lower case: a style, not a slip
            if not any(name in text for name in calendar):
                continue  # a word that is a name is in the text as written: a search per name, no scan per word
            if not calendar.intersection(_LOWER_WORD.findall(text)):
                continue  # no weekday or month at all: most paragraphs, told without a test per word
            source = context.analysis(_source_words)
            skip: SpanSet | None = None
            for match in _LOWER_WORD.finditer(text):
                word = match.group()
                if (
                    not word.islower()
                    or word in source
                    or not (
                        word in weekdays
                        or (word in months and in_date(text, *match.span(), date_links(context.target_language.code)))
                    )
                ):
                    continue
                skip = SpanSet(protected_spans(text)) if skip is None else skip
                if inside(match.start(), skip):
                    continue
                name = word[0].upper() + word[1:]
                yield self.finding(
                    context,
                    f"{word!r} is written with a capital in this language: {name!r}",
                    target_span=Span(paragraph.span.start + match.start(), paragraph.span.start + match.end()),
                    suggestion=name,
                )

    def _capitalised(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        """A weekday (a month in a date) with a capital inside a sentence, in a language that writes them
        in lower case. Left alone: sentence and quotation starts, names next to a capitalised word, a
        word the source writes with the same capital (a name: "Domingo", "Mars 2020"), headlines."""
        weekdays, months = _lower_case_calendar(context.target_language)
        if not weekdays and not months:
            return
        calendar = weekdays | months
        for paragraph in pair.target:
            text = paragraph.text
            if calendar.isdisjoint(map(str.lower, set(_CALENDAR_WORD.findall(text)))):
                continue  # no word is a weekday or month in any case (every finding's is): most paragraphs
            if text == text.upper() or _mostly_capitalised(text):
                continue
            source = context.analysis(_source_capitalised)
            skip: SpanSet | None = None
            for match in _CALENDAR_WORD.finditer(text):
                word = match.group()
                lower = word.lower()
                if word == lower or word[1:] != lower[1:] or word in source:
                    continue
                start, end = match.span()
                named = lower in months and _named_in_source(context, pair, lower)
                dated = lower in months and in_date(text, start, end, date_links(context.target_language.code))
                if not (lower in weekdays or named or dated):
                    continue
                if _OPENS_BEFORE.search(text[max(0, start - 8) : start]) or _in_a_name(
                    text, start, end, link_after=not named
                ):
                    continue
                skip = SpanSet(protected_spans(text)) if skip is None else skip
                if inside(start, skip):
                    continue
                yield self.finding(
                    context,
                    f"{word!r} is written in lower case inside a sentence in this language: {lower!r}",
                    target_span=Span(paragraph.span.start + start, paragraph.span.start + end),
                    suggestion=lower,
                )


def _named_in_source(context: CheckContext, pair: ParagraphPair, lower: str) -> bool:
    """True when the source paragraph names the month ``lower`` (a target month name) as its language writes
    a month ("in March" -> "in Maart"): alone, "Mars" or "Mayo" may be a planet or a name, not where the
    source has the month (CLDR's names of both languages)."""
    number = _month_numbers(context.target_language).get(lower)
    source_months = _month_numbers(context.source_language)
    names = {name for name, value in source_months.items() if value == number}
    return bool(names) and any(
        word.lower() in names and word == _source_month_form(context.source_language, word.lower())
        for paragraph in pair.source
        for word in _CALENDAR_WORD.findall(paragraph.text)
    )


@cache
def _month_numbers(language: Language) -> dict[str, int]:
    """Lower-case wide month name -> month number, from CLDR (empty for an unknown locale)."""
    return {name.lower(): number for number, name in _month_forms(language).items()}


def _source_month_form(language: Language, lower: str) -> str:
    """The month name as the language writes it in running text ("March", "maart")."""
    return next((name for name in _month_forms(language).values() if name.lower() == lower), "")


@cache
def _month_forms(language: Language) -> dict[int, str]:
    try:
        from babel.dates import get_month_names

        names = get_month_names(width="wide", context="format", locale=language.tag.replace("-", "_"))
        return {int(number): str(name) for number, name in names.items() if _CALENDAR_WORD.fullmatch(str(name))}
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return {}


def _source_capitalised(context: CheckContext) -> frozenset[str]:
    """The source's capitalised words: a name the translation keeps ("Domingo", "Mars") is no weekday."""
    return frozenset(word for word in _CALENDAR_WORD.findall(context.source.text) if word[:1].isupper())


def _source_words(context: CheckContext) -> frozenset[str]:
    """The source's lower-case words: a name the source writes in lower case too (a brand, a handle, a
    source in the same language) is copied, not miswritten."""
    return _lower_words_of(context.source.text)


@article_cached
def _lower_words_of(text: str) -> frozenset[str]:
    # Cached for the run: the translations of one source read its words once.
    return frozenset(word for word in _LOWER_WORD.findall(text) if word.islower())


# U+2047 DOUBLE QUESTION MARK (SentencePiece's rendering of its unknown token) and U+FFFD REPLACEMENT CHARACTER.
_UNKNOWN_CHARACTERS = "\u2047\ufffd"


class UnknownCharacter(Check):
    info = CheckInfo(
        id="typography.unknown_character",
        category="typography",
        severity="minor",
        description="The engine's unknown-character mark `⁇` or the replacement character `�` in the translation.",
        scope=Scope.PARAGRAPH,
        target_needs=_UNKNOWN_CHARACTERS,  # every finding is one of them
        failing=(
            fails(
                "Ce processus a été appelé « immunité entraînée ».",
                "This process has been called \u2047 trained immunity \u2047.",
                finds="\u2047",
                source_lang="fr",
                target_lang="en",
            ),
        ),
        passing=(
            passes(
                "Ce processus a été appelé « immunité entraînée ».",
                "This process has been called “trained immunity”.",
                source_lang="fr",
                target_lang="en",
            ),
            passes(
                "The file shows \ufffd where a byte was lost.", "Le fichier affiche \ufffd là où un octet a été perdu."
            ),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if not any(mark in p.text for p in pair.target for mark in _UNKNOWN_CHARACTERS):
            return  # nearly every paragraph: no scan character by character
        found = [(p, i) for p in pair.target for i, char in enumerate(p.text) if char in _UNKNOWN_CHARACTERS]
        # A source that holds the marks itself (a text about encodings, a corrupted source) excuses as many.
        excused = sum(char in _UNKNOWN_CHARACTERS for p in pair.source for char in p.text)
        for paragraph, index in found[excused:]:
            start = paragraph.span.start + index
            yield self.finding(
                context,
                f"{paragraph.text[index]!r} stands for a character the engine could not produce",
                target_span=Span(start, start + 1),
            )


_WORD = re.compile(r"[^\W\d_]+")


class LetterForm(Check):
    info = CheckInfo(
        id="typography.letter_form",
        category="typography",
        severity="minor",
        description="A letter written in a form the language does not use (``[typography] letter_forms``): "
        "Romanian `ş` `ţ` with a cedilla, from legacy encodings, for `ș` `ț` with a comma below.",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "Open the window while you air the room.",
                "Deschide fereastra cât timp aeriseşti camera.",
                finds="aeriseşti",
                target_lang="ro",
            ),
        ),
        passing=(
            passes(
                "Open the window while you air the room.",
                "Deschide fereastra cât timp aerisești camera.",
                target_lang="ro",
            ),
            # a Turkish name keeps its cedilla
            passes("Beşiktaş won on Sunday.", "Beşiktaş a câștigat duminică.", target_lang="ro"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        forms = context.target_language.data.table_of("typography", "letter_forms")
        if not forms or not any(letter in p.text for p in pair.target for letter in forms):
            return
        source_words = {word.group() for p in pair.source for word in _WORD.finditer(p.text)}
        for paragraph in pair.target:
            for word in _WORD.finditer(paragraph.text):
                wrong = [letter for letter in word.group() if letter in forms]
                if not wrong or word.group() in source_words:
                    continue  # a name copied from the source keeps its letters (Turkish "Beşiktaş")
                right = "".join(str(forms.get(letter, letter)) for letter in word.group())
                yield self.finding(
                    context,
                    f"{word.group()!r}: this language writes {', '.join(sorted(set(wrong)))} as "
                    f"{', '.join(sorted({str(forms[letter]) for letter in wrong}))}",
                    target_span=Span(paragraph.span.start + word.start(), paragraph.span.start + word.end()),
                    suggestion=right,
                )


# Squares holding a unit symbol (㎞ ㎏ ㎡ ㏄, hPa...); U+337B–U+337F are Japanese era names, not units. Then
# the full-width forms of ASCII symbols and letters (％ ＄ ＆ ＋ Ａ), without the digits (digit_style's) and the
# sentence marks ，：；？！ (punctuation.foreign_marks').
_UNIT_SQUARE = re.compile("[\u3371-\u337a\u3380-\u33df\uff02-\uff0b\uff0d-\uff0f\uff1c-\uff5e]")
# Languages whose typesetting uses the squares (full-width text).
_UNIT_SQUARE_LANGUAGES = frozenset({"zh", "ja", "ko"})


class UnitSquare(Check):
    info = CheckInfo(
        id="typography.unit_square",
        category="typography",
        severity="minor",
        description=(
            "A CJK unit square (`㎞` `㎏` `㎡`) or a full-width sign (`％` `＄`) left in a language that does not"
            " typeset them: `12㎞` for `12 km`, `36％` for `36%`."
        ),
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "노선은 12.5㎞ 길이다.",
                "The line is 12.5㎞ long.",
                finds="㎞",
                source_lang="ko",
                target_lang="en",
            ),
            fails(
                "投票率は36.4％だった。",
                "Turnout was 36.4％.",
                finds="％",
                source_lang="ja",
                target_lang="en",
            ),
        ),
        passing=(
            passes("The line is 12.5 km long.", "노선은 12.5㎞ 길이다.", source_lang="en", target_lang="ko"),
            passes("노선은 12.5㎞ 길이다.", "The line is 12.5 km long.", source_lang="ko", target_lang="en"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if context.target_language.code in _UNIT_SQUARE_LANGUAGES:
            return
        found = [(p, m) for p in pair.target for m in _UNIT_SQUARE.finditer(p.text)]
        if not found:
            return
        excused = 0
        if context.source_language.code not in _UNIT_SQUARE_LANGUAGES:
            excused = sum(1 for p in pair.source for _ in _UNIT_SQUARE.finditer(p.text))
        for paragraph, match in found[excused:]:
            # One level of Unicode's decomposition: NFKC would also flatten "m²" to "m2".
            tag, *codes = unicodedata.decomposition(match.group()).split()
            symbol = "".join(chr(int(code, 16)) for code in codes)
            start = paragraph.span.start + match.start()
            if tag == "<wide>":
                if _beside_cjk(paragraph.text, match.start()):
                    continue  # inside words kept in their script ("「１００％」"): untranslated's finding
                message, suggestion = f"{match.group()!r} is a full-width form: write {symbol!r}", symbol
            else:
                glued = match.start() > 0 and paragraph.text[match.start() - 1].isdigit()
                message = f"{match.group()!r} is a CJK unit square: write {symbol!r}"
                suggestion = (" " if glued else "") + symbol
            yield self.finding(context, message, target_span=Span(start, start + 1), suggestion=suggestion)


def _beside_cjk(text: str, index: int) -> bool:
    neighbours = text[max(0, index - 1) : index] + text[index + 1 : index + 2]
    return any(char.isalpha() and script_of(char) == "CJK" for char in neighbours)


# A hashtag sign glued to the word before it and spaced from its tag; a source hashtag.
_SPLIT_HASHTAG = re.compile(r"(?<=[^\W_])#[^\S\n]+(?=[^\W_])")
_HASHTAG = re.compile(r"(?<![\w#])#[^\W_]")
# A currency sign after an amount, glued to a word in lower case (a currency code such as "$US" is upper case).
_GLUED_CURRENCY = re.compile(r"(?<=\d)[^\S\n]?[$€£¥](?=[^\W\d_])")
# A number, spaces, then a foot, inch or prime mark ("10 'von" as well as "10 ' von"); the source glues the same
# number to its mark. It starts with the digit (the look-behind after it), so re tries it at digits only.
_SPACED_PRIME = re.compile(r"(\d(?<![\d.,]\d)\d*)[^\S\n]+(['’\"″′])")
_PRIMES = "'’\"″′"


class SignSpace(Check):
    info = CheckInfo(
        id="typography.sign_space",
        category="typography",
        severity="minor",
        description="A sign split from what it belongs to (`wenig# MECFS`, `2,25 $für`, `10 '`).",
        scope=Scope.PARAGRAPH,
        target_needs="#$€£¥" + _PRIMES,  # every finding holds one (the rest is tested below)
        failing=(
            fails(
                "I slept well and got a little #MECFS relief.",
                "Ich habe gut geschlafen und ein wenig# MECFS Linderung bekommen.",
                finds="# ",
                target_lang="de",
            ),
            fails(
                "They charged me $2.25 for it.", "Sie haben mir 2,25 $für das berechnet.", finds=" $", target_lang="de"
            ),
        ),
        passing=(
            passes(
                "I slept well and got a little #MECFS relief.",
                "Ich habe gut geschlafen und ein wenig #MECFS Linderung bekommen.",
                target_lang="de",
            ),
            passes("It costs 25 $US.", "Ça coûte 25 $US."),
            passes('The screen is 12" wide.', 'Der Bildschirm ist 12" breit.', target_lang="de"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if target_lacks(context, "#$€£¥") and (target_lacks(context, _PRIMES) or not context.analysis(target_digits)):
            return  # every finding holds a hashtag or currency sign, or a number and a prime (_split_signs)
        source = " ".join(p.text for p in pair.source)
        for paragraph in pair.target:
            for start, end, message, suggestion in _split_signs(paragraph.text, source):
                yield self.finding(
                    context,
                    message,
                    target_span=Span(paragraph.span.start + start, paragraph.span.start + end),
                    suggestion=suggestion,
                )


def _split_signs(text: str, source: str) -> Iterator[tuple[int, int, str, str]]:
    if "#" in text and _HASHTAG.search(source):
        for match in _SPLIT_HASHTAG.finditer(text):
            word = text[text.rfind(" ", 0, match.start()) + 1 : match.start()]
            if "#" in word or word.isupper():
                continue  # the closing mark of a placeholder ("#PRS_ORG# shop", "# PRS_ORG# shop")
            yield match.start(), match.end(), "a hashtag's # belongs on its tag, not on the word before", " #"
    if any(sign in text for sign in "$€£¥"):
        for match in _GLUED_CURRENCY.finditer(text):
            if text[match.end()].islower():
                sign = match.group()
                yield match.start(), match.end(), f"a space belongs after {sign.strip()!r}", sign + " "
    if any(mark in text for mark in _PRIMES):
        for match in _SPACED_PRIME.finditer(text):
            number = match.group(1)
            if re.search(rf"(?<![\d.,]){number}[{_PRIMES}]", source):
                yield match.end(1), match.end(), f"no space belongs between {number} and its mark", match.group(2)


class DoubleSpace(Check):
    info = CheckInfo(
        id="typography.double_space",
        category="typography",
        severity="minor",
        description="Two or more spaces in a row inside a line.",
        scope=Scope.PARAGRAPH,
        failing=(fails("The vote was close.", "Le vote  était serré.", finds="  "),),
        passing=(passes("The vote  was close.", "Le vote  était serré."),),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if not any("  " in paragraph.text for paragraph in pair.target):
            return  # every match of _DOUBLE_SPACE holds two spaces in a row
        if context.analysis(_source_double_spaced):
            return  # the source is spaced that way too (transcripts, layout): not a translation artefact
        for paragraph in pair.target:
            for match in _DOUBLE_SPACE.finditer(paragraph.text):
                span = Span(paragraph.span.start + match.start(), paragraph.span.start + match.end())
                yield self.finding(context, "two or more spaces in a row", target_span=span, suggestion=" ")


def _source_double_spaced(context: CheckContext) -> bool:
    return any(_DOUBLE_SPACE.search(p.text) for p in context.source.paragraphs)


# Unit symbols of the SI and of device sheets, as written after a number.
_UNIT_SYMBOLS = (
    "h", "min", "s", "ms", "mm", "cm", "m", "km", "mg", "g", "kg", "ml", "mL", "cl", "l", "L", "W", "kW", "V",
    "mAh", "Ah", "Wh", "kWh", "Hz", "kHz", "MHz", "GHz", "lm", "lx", "dB", "Pa", "kPa", "hPa", "bar", "N", "Nm",
)  # fmt: skip
_UNITS = alternation(_UNIT_SYMBOLS)
_NUMBER_UNIT = re.compile(rf"(?<![\w.,])(\d+(?:[.,]\d+)?)([ \u00a0\u202f]?)({_UNITS})(?![\w])")


@dataclass(frozen=True)
class _UnitSpacing:
    spaced: int
    glued: int


def _unit_spacing(context: CheckContext) -> _UnitSpacing:
    """How many numbers of the translation are spaced from their unit symbol, and how many glued to it."""
    found = Counter(bool(m.group(2)) for p in context.target.paragraphs for m in _NUMBER_UNIT.finditer(p.text))
    return _UnitSpacing(found[True], found[False])


class UnitSpace(Check):
    info = CheckInfo(
        id="typography.unit_space",
        category="typography",
        severity="minor",
        description="A number glued to its unit symbol (`5h`) where the source and most of the translation space them.",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "Runtime: 8 h\n\nCharging time: 3 h\n\nWeight: 2 kg",
                "Autonomía: 8 h\n\nTiempo de carga: 3h\n\nPeso: 2 kg",
                finds="3h",
                target_lang="es",
            ),
        ),
        passing=(
            passes("Runtime: 8 h\n\nCharging time: 3 h", "Autonomía: 8 h\n\nTiempo de carga: 3 h", target_lang="es"),
            # the translation glues its units throughout: a house style, not a slip
            passes("Runtime: 8 h\n\nCharging time: 3 h", "Autonomía: 8h\n\nTiempo de carga: 3h", target_lang="es"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if not context.analysis(target_digits):
            return
        spacing = context.analysis(_unit_spacing)
        if not spacing.glued or spacing.spaced <= spacing.glued:
            return  # nothing glued, or glued as a rule
        spaced_in_source = {
            (_digits(m.group(1)), m.group(3).casefold())
            for p in pair.source
            for m in _NUMBER_UNIT.finditer(p.text)
            if m.group(2)
        }
        for paragraph in pair.target:
            for match in _NUMBER_UNIT.finditer(paragraph.text):
                if match.group(2) or (_digits(match.group(1)), match.group(3).casefold()) not in spaced_in_source:
                    continue
                start = paragraph.span.start + match.start()
                yield self.finding(
                    context,
                    f"a space belongs between {match.group(1)!r} and its unit {match.group(3)!r}, as in the source",
                    target_span=Span(start, paragraph.span.start + match.end()),
                    suggestion=f"{match.group(1)}\u00a0{match.group(3)}",
                )


def _digits(number: str) -> str:
    return "".join(c for c in number if c.isdigit())


# A number whose groups of three digits are split by a space of any kind ("1 240", "12 500 000"), not
# glued to another number's separators or letters.
_SPACE_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\w]|[.,]\d)")


class SpaceGrouping(Check):
    info = CheckInfo(
        id="typography.space_grouping",
        category="typography",
        severity="minor",
        description="A number keeps the source's space between groups of digits where the target language "
        "groups with a comma (`1 240 pharmacies` for French `1 240 officines`).",
        scope=Scope.PARAGRAPH,
        target_needs="0123456789",
        failing=(
            fails(
                "Le relevé porte sur 1\u202f240 officines.",
                "The survey covers 1\u202f240 pharmacies.",
                finds="1\u202f240",
                source_lang="fr",
                target_lang="en",
            ),
        ),
        passing=(
            passes(
                "Le relevé porte sur 1\u202f240 officines.",
                "The survey covers 1,240 pharmacies.",
                source_lang="fr",
                target_lang="en",
            ),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        symbols = number_symbols(context.target_language)
        if symbols is None or symbols.group != ",":
            return
        spaced = {_digits(m.group()) for p in pair.source for m in _SPACE_GROUPED.finditer(p.text)}
        if not spaced:
            return  # most paragraphs: the source groups no number with a space
        for paragraph in pair.target:
            for match in _SPACE_GROUPED.finditer(paragraph.text):
                token = match.group()
                if _digits(token) not in spaced:
                    continue
                written = re.sub(r"[ \u00a0\u202f\u2009]", symbols.group, token)
                yield self.finding(
                    context,
                    f"{token!r} keeps the source's space between groups of digits: this language writes {written!r}",
                    target_span=Span(paragraph.span.start + match.start(), paragraph.span.start + match.end()),
                    suggestion=written,
                )


# A time of day written with "h" ("3 h 40", "15h30"), not a duration ("2 h 30 min").
_HOURS_MARK_TIME = re.compile(
    r"(?<![\w.,:])([01]?\d|2[0-3])[ \u00a0\u202f]?h[ \u00a0\u202f]?([0-5]\d)(?![\w]|[.,:]\d)"
    r"(?![ \u00a0\u202f]?(?:min|mn|m)\b)"
)


@cache
def _time_separator(code: str) -> str:
    """The mark between hours and minutes in the language's short time format (CLDR: "3:40", "3.40")."""
    try:
        from babel.dates import get_time_format

        pattern = str(get_time_format("short", locale=code).pattern)
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return ":"
    found = re.search(r"[Hh]+([^Hhm]+)m", pattern)
    return found.group(1).strip("'") if found and found.group(1).strip("'") else ":"


class ClockFormat(Check):
    info = CheckInfo(
        id="typography.clock_format",
        category="typography",
        severity="minor",
        description="A time of day kept in the source's French format (`3 h 40`, `15h30`) in a language that "
        "writes it otherwise (`3:40`).",
        scope=Scope.PARAGRAPH,
        target_needs="h",  # every finding is a match of _HOURS_MARK_TIME
        failing=(
            fails(
                "Le train est arrivé à 17 h 25, avec une heure de retard.",
                "The train arrived at 17 h 25, an hour late.",
                finds="17 h 25",
                source_lang="fr",
                target_lang="en",
            ),
        ),
        passing=(
            passes(
                "Le train est arrivé à 17 h 25, avec une heure de retard.",
                "The train arrived at 5.25pm, an hour late.",
                source_lang="fr",
                target_lang="en",
            ),
            passes(
                "Le marathon a été couru en 2 h 05 min.",
                "The marathon was run in 2 h 05 min.",
                source_lang="fr",
                target_lang="en",
            ),
            passes(
                "Le bureau ouvre à partir de 9 h 15 chaque jour.",
                "The office opens à partir de 9 h 15 every day.",
                source_lang="fr",
                target_lang="en",
            ),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        target = context.target_language.data
        if not context.source_language.data.flag("typography", "clock_hours_mark"):
            return
        if not target.table or target.flag("typography", "clock_hours_mark"):
            return  # a language we know nothing of, or one that writes times so too
        source_times = {(int(m.group(1)), m.group(2)) for p in pair.source for m in _HOURS_MARK_TIME.finditer(p.text)}
        if not source_times:
            return
        separator = _time_separator(context.target_language.code)
        source_text = " ".join(" ".join(p.text.split()) for p in pair.source)
        for paragraph in pair.target:
            for match in _HOURS_MARK_TIME.finditer(paragraph.text):
                if (int(match.group(1)), match.group(2)) not in source_times:
                    continue
                before = paragraph.text[: match.start()].split()[-2:]
                if before and " ".join([*before, *match.group().split()]) in source_text:
                    continue  # inside a passage copied from the source ("à partir de 8 h 30"): untranslated's
                start = paragraph.span.start + match.start()
                yield self.finding(
                    context,
                    f"{match.group()!r} keeps the source's time format: this language writes "
                    f"{int(match.group(1))}{separator}{match.group(2)}",
                    target_span=Span(start, start + len(match.group())),
                    suggestion=f"{int(match.group(1))}{separator}{match.group(2)}",
                )


CHECKS: tuple[type[Check], ...] = (
    FrenchSpacing,
    PercentSpace,
    PercentSide,
    ApostropheStyle,
    DigitStyle,
    QuoteStyle,
    QuotePunctuation,
    NumberSeparators,
    CalendarCase,
    DoubleHyphen,
    UnknownCharacter,
    LetterForm,
    UnitSquare,
    SignSpace,
    UnitSpace,
    DoubleSpace,
    CurrencySpace,
    CurrencySide,
    SpaceGrouping,
    ClockFormat,
)
