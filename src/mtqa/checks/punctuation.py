"""Punctuation artefacts of machine translation.

- ``punctuation.stray``: doubled or stray marks (``l'IA. .``, ``; ,``, ``,,``, ``..`` that is not an
  ellipsis; Arabic ``،،``, full-width ``。。``, ``，，``). Ellipses (``...``, ``…``) and emphatic runs
  (``?!``, ``!!``) are accepted; a full stop ending an abbreviation may be followed by a comma (``etc.,``),
  and so may one after an ordinal of one to three digits where ordinals take a full stop (German ``am 3.,
  4. und 5. Mai``, Polish ``w latach 80., gdy``; ``[traits] ordinal_period``).
- ``punctuation.space_before``: a space before a comma or a full stop (wrong in every language we
  check), or before ``; : ! ?`` in languages where French-style spacing is wrong. Skipped when the
  source itself is tokenised (spaces before most of its commas). A space between an abbreviation's
  full stop and a comma (``e.g. , equity``) is reported too.
- ``punctuation.bracket_space``: a space just inside a round or square bracket (``( rôles``,
  ``[ PERSON7]``, ``2019 )``), wrong in every language we check, beyond as many as the source paragraph
  has (a tokenised source spaces its brackets, and the translation may mirror it).
- ``punctuation.quote_space``: a space right after an opening quotation mark (``“ trained immunity.”``,
  ``„ Schutz“``), wrong in the languages whose opening marks the language data lists (``[typography.quotes]
  opening``: English ``“ ‘``, German ``„ ‚``; French spaces its guillemets and is not listed), and a
  straight ``"`` or ``'`` where it can only open, at the start of a paragraph or after a colon (``sagte:
  " Ich``). Skipped when the source is tokenised, like ``space_before``.
- ``punctuation.slash_space``: a slash spaced between two words (``Hinzufügen / Entfernen``) where the source
  glues its own (``add/remove``): a slash between single words takes no spaces in the languages we check,
  and the source shows the parts are single words. Slashes the source spaces itself excuse as many in the
  translation; URLs and code are not read.
- ``punctuation.lost_comma``: a comma of the source between two words that the translation keeps
  unchanged (names, varieties, sizes: ``fettuccine, tagliolini``) is lost there (``fettuccine
  tagliolini``). Only copied words show where the comma stood; the target language's function words and
  pairs the source also writes without a comma are left alone. Also the comma closing an introductory
  phrase before a named subject (``From day hikes to long treks, the Pathfinder carries…``) lost before
  the article (``… treks le Pathfinder``): in subject-first languages with data (``[punctuation]
  clause_articles``), after a lower-case content word, the name copied or rendered, its clause going on
  after it; not after a subject that reports (``…, the Commission said``: ``[punctuation]
  reporting_verbs``), which translations invert (``…, a indiqué la Commission``). And a comma lost
  between two items of a list whose items open with one word, where the source lists one item more
  (``hacia arriba, hacia abajo hacia delante y hacia los lados`` for ``up, down, forward and sideways``).
  And, in French (``[punctuation] inversion_pronouns``), the comma between a quotation and the inverted
  reporting verb after it (``« … » a-t-il dit`` for ``« … », a-t-il dit``; none after ``?`` or ``!``).
- ``punctuation.subject_comma``: a comma between a sentence's subject and its verb (``Die Gespräche mit dem
  Personal, sollen im Mai beginnen``) where the source sentence has no comma: the sentence opens with a
  definite article (``[punctuation] subject_articles``), no verb stands before its first comma and a
  finite verb of the language's list follows it.
- ``punctuation.added_brackets``: a translated paragraph wrapped whole in brackets that its source paragraph
  does not have (``[Management of ureteral lithiasis].`` for ``Prise en charge de la lithiase urétérale.``):
  engines trained on bibliographic data bracket translated titles, as databases do.
- ``punctuation.suspended_hyphen``: a suspended hyphen glued to the conjunction after it (``low-and
  middle-income``, ``co-et triples``, ``Ein-und Ausgang``): the conjunction belongs after a space
  (``low- and middle-income``). The conjunctions are language data (``[punctuation]
  suspension_conjunctions``); compounds hyphenated through (``rock-and-roll``) are not touched.
- ``punctuation.clause_comma``: a subordinate clause joined to the word before it without the comma
  that the language's grammar always sets before it (German ``…als Kühlkörper sodass die Leuchte…``,
  ``…weiß er dass…``). The conjunctions are language data (``[punctuation] comma_before``: German
  ``dass``, ``sodass``, ``weil``, ``obwohl``), and so are the words that belong to the conjunction or
  stand before it inside the clause, after which no comma goes (``comma_not_after``: ``ohne dass``,
  ``so dass``, ``nur weil``, ``und obwohl``). A conjunction opening its sentence or after a mark has
  nothing to check; a language without the key is not judged.
- ``punctuation.fronted_clause_comma``: a sentence that opens with a subordinate clause and has no comma
  at all, where the language always closes such a clause with one and the source sentence has a comma
  (Polish ``Gdy akumulator jest rozładowany robot wraca``); openers are ``[punctuation]
  fronted_clause_openers``, conjunctions that are no prepositions or adverbs too.
- ``punctuation.adverbial_comma``: a comma after a short adverbial opening the sentence, before the
  inverted verb and subject of a verb-second language (Swedish ``Med bara 340 g, är den``, German ``Bei
  Fragen, wenden Sie sich``), copied from an English introductory comma; prepositions, subject pronouns
  and the words that may end a clause are ``[punctuation] adverbial_openers``, ``inverted_subjects``,
  ``adverbial_comma_links``.
- ``punctuation.object_comma``: a comma between a verb that reports and the conjunction of its object
  clause (French ``a précisé, que``, Spanish ``aseguró, que``), where the language sets none
  (``[punctuation] object_verbs`` and ``object_conjunctions``; not German, Polish or Czech, which set one).
  A concessive clause (``, que ce soit``) is set off by commas after any word.
- ``punctuation.ellipsis_space``: an ellipsis glued to the words on both sides (``Vorsicht...Geruch``,
  ``limité…ensuite``): it stands for left-out words, so a space follows it in every language we check
  that spaces its words (Chinese and Japanese write ``……`` unspaced and are left alone). An ellipsis
  inside a word or after an initial (``Sch...``, ``A...B``), ranges (``1...10``) and URLs or code are
  not reported. In German (language data ``[punctuation] ellipsis_spaced_before``) a space also goes
  before such an ellipsis (Duden: ``Wenn er sterben würde ... die Konsequenzen``), where English glues it
  to the word: typewriter dots glued to a word and followed by a space and a word are reported
  (``würde... die``). Left alone: the ellipsis character ``…`` (German references set it glued as a
  typesetting choice: 11 times in WMT23's) and ellipses inside a quotation (quoted speech trailing off,
  ``leiht... es gibt``, which news references write glued).
- ``punctuation.inverted_marks``: an inverted ``¿`` or ``¡`` in a language that does not write them
  (``“¿Who is going to pay?”`` in English, left from a Spanish source). The languages that do are listed
  in their data (``[punctuation] inverted_marks``: Spanish, Galician, Catalan); a language without data is
  not judged, and a sentence copied whole from the source is left to the ``untranslated`` checks.
- ``punctuation.missing_inverted_mark``: a question of the translation without its opening ``¿`` in a
  language that always writes it (``[punctuation] inverted_required``: Spanish; Catalan and Galician
  leave it out of short questions), where the source asks a question too (``«… Quién lo sabe?».``). A
  question of one word, a title copied from the source and a doubting ``(?)`` are left alone.
- ``punctuation.suffix_apostrophe``: a case suffix glued to a name of the source without the apostrophe
  that Turkish writes before it (``Garmin Expressten`` for ``Garmin Express'ten``; ``[punctuation]
  name_suffixes`` in a language with ``[traits] apostrophe_suffixes``); see :class:`SuffixApostrophe`.
- ``punctuation.foreign_marks``: a mark of another writing system. In a language that writes its own
  (``[punctuation] native_marks``: Chinese ``，。；？！``, Japanese ``、。``, Arabic ``، ؛ ؟``), the Latin
  mark right after one of its letters or closing brackets (``周四表示, 老挝``, ``によると, 2023年``); in a
  language with data and no full-width marks, a full-width ``，。、；：？！`` right after a letter of
  another script than Chinese or Japanese, or a digit (``door，and``), and a corner bracket ``「」『』``
  facing a word of another script (``the citizens」.``). Digits before a Latin mark
  (``3,850``, ``10:30``), ellipses and URLs are left alone, and so are as many as the source paragraph
  holds by the same test (text copied from a source with the same habit).
- ``punctuation.paragraph_start``: a paragraph that opens with ``. , ; : ! ?`` or a closing bracket.
- ``punctuation.unpaired``: a bracket or quotation mark without its partner in the paragraph, beyond
  those the source paragraph leaves unpaired too (a quote that spans paragraphs, or an unbalanced
  source, is not the translation's fault). A quotation left open at the end of a paragraph and closed,
  or reopened (news style), at the start of the next is paired; ``"`` pairs with any quotation mark
  (``„…"``), and ``"`` glued between letters may be a mistyped apostrophe (``l"économie``).
- ``punctuation.end_mismatch``: a 1-1 sentence bead whose final mark differs from the source's: a
  question rendered as a statement or the reverse (major: the speech act changes), or a missing final
  mark (minor), a clause that the source ends with ``;`` (an item of a list that goes on) closed with
  ``.``, or a colon lost where the translation simply stops (``OBJECTIF :`` as ``OBJECTIVE``). ``!``
  rendered as ``.`` is accepted (translators tone exclamations down; MQM annotators do not count it),
  and so are headlines without final punctuation in the source (a translator may add a full stop). A
  lost full stop is reported only where the translation simply stops after its last word: one that ends
  with a quotation mark or bracket follows its language's quotation conventions. A statement that ends
  with a quoted question (``Sie fragen sich: „Warum?“`` for "Why, you ask.") is not a changed mark.

Severity: minor except the lost or added question, because a stray mark does not change meaning.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from mtqa.checks._textutil import (
    alternation,
    copied_sentences,
    decode_references,
    inside,
    is_abbreviation,
    mask_protected,
    token_before,
)
from mtqa.checks.base import (
    Check,
    CheckContext,
    CheckInfo,
    ParagraphPair,
    Scope,
    SentencePair,
    fails,
    paired_sentences,
    passes,
)
from mtqa.checks.prescan import target_lacks
from mtqa.lang import Language
from mtqa.lang.grammar import has_verb, verb_lexicon
from mtqa.lang.lexicon import lexicon
from mtqa.lang.script import script_of
from mtqa.lang.wordcount import spaced_length
from mtqa.model import Document, Finding, Paragraph, Sentence, Severity, Span
from mtqa.runcache import article_cached
from mtqa.tables import package_table

# A comma, semicolon or colon followed (after optional spaces) by another such mark or by a lone
# full stop: never correct. A full stop followed by one of them, or by another lone full stop, is
# stray unless it ends an abbreviation. ``(?![.\w])`` keeps ellipses and ``.NET``-like tokens out.
# Arabic script writes its comma and semicolon "،" and "؛" ("،،", "، ،").
_AFTER_PAUSE = re.compile(r"[,;:،؛][^\S\n]*(?:[,;:،؛]|\.(?![.\w]))")
_AFTER_STOP = re.compile(r"\.(?<![.…]\.)(?:[^\S\n]*[,;:]|[^\S\n]+\.(?![.\w]))")
_DOUBLE_STOP = re.compile(r"\.(?<![./\\]\.)\.(?![./\\])")
_AFTER_QUESTION = re.compile(r"[?!؟][,;،؛]|[?!؟]\.(?![.\w])")
_SPACED_ELLIPSIS = re.compile(r"\.(?:[^\S\n]\.){2,}")
# Chinese and Japanese full-width marks: a full stop, comma or enumeration comma doubled, or a pause and
# a stop together ("。。", "，。", "。，"). Doubled "！" and "？" are left alone: emphasis, not leftovers.
_FULL_WIDTH_STRAY = re.compile(r"[。，、；：][。，、；：]|[，、；：][！？]|[！？][，、；：。]")
# Every match of the five patterns above opens with two of these marks, with only spaces between them;
# masking (mask_protected) writes letters, never marks or spaces, so a paragraph whose decoded text has
# no such pair has no stray mark.
_STRAY_HINT = re.compile(r"[,;:،؛.?!؟。，、；：！？][^\S\n]*[,;:،؛.?!؟。，、；：！？]")

# After a word, a closing bracket or a closing quotation mark (German closes with “ and ‘).
# The spaces may be written as references (``&nbsp;``), decoded with word joiners after them.
_SPACE_BEFORE_STOP = re.compile(r"[^\S\n](?<=[\w)\]»”“‘’\"%][^\S\n])(?:[^\S\n]|\u2060)*(?:,|\.(?![.\w]))")
_SPACE_BEFORE_HIGH = re.compile(r"[^\S\n](?<=[\w)\]»”“‘’\"%][^\S\n])(?:[^\S\n]|\u2060)*[;:!?](?=\s|$|[\"'”»)])")
_SPACED_COMMA = re.compile(r"\S[^\S\n]+,")
# What every match of _SPACE_BEFORE_STOP and _SPACE_AFTER_ABBREVIATION holds (and, with the high marks,
# _SPACE_BEFORE_HIGH): a space right before the mark. Masking writes letters, never spaces or marks.
_SPACE_BEFORE_STOP_HINT = re.compile(r"[^\S\n]\u2060*[,.]")
_SPACE_BEFORE_HIGH_HINT = re.compile(r"[^\S\n]\u2060*[,.;:!?]")
# A space between an abbreviation's full stop and a comma ("e.g. , equity").
_SPACE_AFTER_ABBREVIATION = re.compile(r"\.(?<=\w\.)([^\S\n]+),")

# An ellipsis with two letters or more glued on each side: "Vorsicht...Geruch".
_GLUED_ELLIPSIS = re.compile(r"(?<=[^\W\d_]{2})(?:\.\.\.|…)(?![.…])(?=[^\W\d_]{2})")
# Typewriter dots glued to a word of two letters or more, then a space and a word: "würde... die".
_GLUED_BEFORE_ELLIPSIS = re.compile(r"(?<=[^\W\d_]{2})\.\.\.(?!\.)(?=[^\S\n]+[^\W\d_])")
_QUOTATION_MARKS = '„“”"«»'
# A word cut short (``Sch...``) has often no vowel left; a whole word has one.
_VOWEL = re.compile(r"[aeiouyäöüAEIOUYÄÖÜ]")
# Scripts that space their words: the letters before U+0590 (Latin, Greek, Cyrillic, Armenian).
_SPACED_SCRIPTS_END = "\u0590"


# A space after an opening or before a closing bracket, next to a word, a number or the end of one
# (``2019 )``, ``50 % )``): empty brackets ``( )`` and bracketed marks ``( ! )`` are left alone.
_BRACKET_SPACE = re.compile(r"[(\[][^\S\n]+(?=[^\W_])|(?<=[^\W_]|[.%])[^\S\n]+[)\]]")
# What every match of _BRACKET_SPACE holds: a bracket with a space on its inner side. It starts with the
# brackets, so re looks at brackets only, where _BRACKET_SPACE (an alternation) is tried at every
# character of a paragraph.
_BRACKET_SPACE_HINT = re.compile(r"[(\[)\]](?:(?<=[(\[])[^\S\n]|(?<=[^\S\n][)\]]))")

# A slash with spaces on both sides between two letters or digits ("Hinzufügen / Entfernen"), and one
# glued to both ("add/remove").
_SPACED_SLASH = re.compile(r"(?<=[^\W_])[^\S\n]+/[^\S\n]+(?=[^\W_])")
_GLUED_SLASH = re.compile(r"(?<=[^\W_])/(?=[^\W_])")

_OPENING_STRAY = re.compile(r"[.,;:!?)\]](?![.?!])")
# A French elided word (l, d, qu, jusqu ...) before a mark and a space, then a vowel: l" évolution.
_ELIDED = re.compile(r"(?<![^\W\d_])(?:[cdjlmnst]|[a-z]*qu)\"\s[aeiouyhàâéèêîôûœ]$")
_ENUMERATOR = re.compile(r"(?:^|\s)(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})$")


def _table() -> dict[str, Any]:
    return package_table("punctuation.toml")


class StrayPunctuation(Check):
    info = CheckInfo(
        id="punctuation.stray",
        category="punctuation",
        severity="minor",
        description="Doubled or stray punctuation (`. .`, `; ,`, `,,`, `..`, `。。`), not ellipses or `?!`.",
        scope=Scope.PARAGRAPH,
        # A reference's semicolon left behind (``DuPont™;,``) is the reference's error, not a doubled mark.
        defers_to=("markup.entity",),
        failing=(
            fails("AI is key.", "L'IA est essentielle. .", finds=". ."),
            fails("The price, set yesterday, is high.", "Le prix,, fixé hier, est élevé.", finds=",,"),
            fails("Tread depth: 8 mm", "Profundidad del dibujo:: 8 mm", finds="::", target_lang="es"),
        ),
        passing=(
            passes("Wait... He is coming.", "Attendez... Il arrive."),
            passes("Call std::sort or ping ::1.", "Appelez std::sort ou pingez ::1."),
            passes("Apples, pears, etc., then he left.", "Des pommes, des poires, etc., puis il est parti."),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        language = context.target_language
        for paragraph in pair.target:
            offset, text = paragraph.span.start, paragraph.text
            if not _STRAY_HINT.search(decode_references(text)):
                continue  # most paragraphs: no two marks in a row
            for start, end in sorted(set(stray_marks(text, language))):
                span = Span(offset + start, offset + end)
                mark = text[end - 1]
                yield self.finding(
                    context,
                    f"stray {mark!r}: punctuation doubled or left over",
                    target_span=span,
                    suggestion=_keep_first(text[start:end]),
                )


def _keep_first(excerpt: str) -> str:
    return excerpt[0] if excerpt else excerpt


def stray_marks(text: str, language: Language) -> Iterator[tuple[int, int]]:
    """Spans (relative to ``text``) from the first mark to the stray one."""
    masked = mask_protected(text)
    ellipses = [m.span() for m in _SPACED_ELLIPSIS.finditer(masked)]
    for match in _AFTER_PAUSE.finditer(masked):
        if not _is_code_colons(masked, match.start(), match.end()):
            yield match.span()
    for match in _AFTER_STOP.finditer(masked):
        if any(s <= match.start() < e for s, e in ellipses):
            continue
        pause = masked[match.end() - 1] != "."
        before = token_before(masked, match.start())
        if pause and (is_abbreviation(before, language) or _ordinal_number(before, language)):
            continue  # "etc., and", "U.S.:", German "am 3., 4. und 5. Mai"
        yield match.span()
    for match in _DOUBLE_STOP.finditer(masked):
        before, after = masked[match.start() - 1 : match.start()], masked[match.end() : match.end() + 1]
        if before.isdigit() and after.isdigit():
            continue  # a range, "1..10"
        yield match.span()
    for match in _AFTER_QUESTION.finditer(masked):
        yield match.span()
    for match in _FULL_WIDTH_STRAY.finditer(masked):
        yield match.span()


# An ordinal in a language that writes ordinals with a full stop: a day, a decade or a rank of one to three
# digits ("am 3., 4. und 5. Mai", Polish "w latach 80., gdy"); a year's four digits end a sentence.
_ORDINAL_DIGITS = re.compile(r"[0-9]{1,3}")


def _ordinal_number(token: str, language: Language) -> bool:
    return _ORDINAL_DIGITS.fullmatch(token) is not None and language.data.flag("traits", "ordinal_period")


def _is_code_colons(text: str, start: int, end: int) -> bool:
    # "std::vector", "fe80::1", "::1": colons glued to the word character after them. A label's colon
    # doubled before a space ("Size:: 3 cm") is no code.
    chunk = text[start:end]
    return chunk == "::" and text[end : end + 1].isalnum()


class SpaceBeforePunctuation(Check):
    info = CheckInfo(
        id="punctuation.space_before",
        category="punctuation",
        severity="minor",
        description="A space before a comma or full stop (or before ; : ! ? outside French).",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "The consequence, over time, was clear.", "La conséquence , au fil du temps, était claire.", finds=" ,"
            ),
            fails("Why? Nobody knows.", "Warum ? Niemand weiß es.", finds=" ?", target_lang="de"),
        ),
        passing=(
            passes("Why? Nobody knows.", "Pourquoi ? Personne ne sait."),
            passes("He left , then came back , late .", "Il est parti , puis revenu , tard ."),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if context.analysis(_source_is_tokenised):
            return
        language = context.target_language
        high = language.data.flag("punctuation", "space_before_high_is_error")
        hint = _SPACE_BEFORE_HIGH_HINT if high else _SPACE_BEFORE_STOP_HINT
        for paragraph in pair.target:
            offset, text = paragraph.span.start, paragraph.text
            if not hint.search(decode_references(text)):
                continue  # most paragraphs: no space right before a mark
            masked = mask_protected(decode_references(text))
            found = [*spaces_before(masked, high), *_spaces_after_abbreviation(masked, language)]
            for start, end in sorted(found):
                yield self.finding(
                    context,
                    f"no space belongs before {text[end - 1]!r}",
                    target_span=Span(offset + start, offset + end),
                    suggestion=text[end - 1],
                )


def spaces_before(text: str, high: bool) -> Iterator[tuple[int, int]]:
    ellipses = [m.span() for m in _SPACED_ELLIPSIS.finditer(text)]
    for match in _SPACE_BEFORE_STOP.finditer(text):
        if not any(s <= match.end() - 1 < e for s, e in ellipses):
            yield match.span()
    if high:
        for match in _SPACE_BEFORE_HIGH.finditer(text):
            yield match.span()


def _spaces_after_abbreviation(text: str, language: Language) -> Iterator[tuple[int, int]]:
    # After any other full stop, ". ," is a stray mark (punctuation.stray); after an abbreviation's, the
    # stop belongs and only the space is wrong.
    if ". " not in text and ".\u00a0" not in text:
        return
    for match in _SPACE_AFTER_ABBREVIATION.finditer(text):
        if is_abbreviation(token_before(text, match.start()), language):
            yield match.start(1), match.end()


def _source_is_tokenised(context: CheckContext) -> bool:
    return _is_tokenised(context.source)


def _is_tokenised(document: Document) -> bool:
    # Tokenised corpora put a space before every comma; then the target's spaces mirror the source.
    commas = sum(p.text.count(",") for p in document.paragraphs)
    spaced = sum(len(_SPACED_COMMA.findall(p.text)) for p in document.paragraphs)
    return commas >= 2 and spaced * 2 >= commas


class QuoteSpace(Check):
    info = CheckInfo(
        id="punctuation.quote_space",
        category="punctuation",
        severity="minor",
        description="A space right after an opening quotation mark (`“ trained immunity”`, `„ Schutz“`).",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "Ce processus a été appelé « immunité entraînée ».",
                "This process was called “ trained immunity.”",
                finds="“ ",
                source_lang="fr",
                target_lang="en",
            ),
            fails('He added: "I know."', 'Er fügte hinzu: " Ich weiß."', finds='" ', target_lang="de"),
        ),
        passing=(
            passes(
                "Ce processus a été appelé « immunité entraînée ».",
                "This process was called “trained immunity.”",
                source_lang="fr",
                target_lang="en",
            ),
            passes("He called it “trained immunity”.", "Il l’a appelée « immunité entraînée »."),
            passes('He added: "I know."', 'Er fügte hinzu: "Ich weiß."', target_lang="de"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        pattern = _quote_space_pattern(context.target_language)
        if pattern is None or context.analysis(_source_is_tokenised):
            return
        for paragraph in pair.target:
            text = mask_protected(paragraph.text)
            for match in pattern.finditer(text):
                if match.group(1) == "“" and text.count("„", 0, match.start()) > text.count("“", 0, match.start()):
                    continue  # it closes a German-style „…“ (kept from a German source): a space follows it
                yield self.finding(
                    context,
                    f"no space belongs after the opening {match.group(1)!r}",
                    target_span=Span(paragraph.span.start + match.start(), paragraph.span.start + match.end()),
                    suggestion=match.group(1),
                )


@cache
def _quote_space_pattern(language: Language) -> re.Pattern[str] | None:
    marks = language.data.table_of("typography", "quotes").get("opening")
    if not marks:
        return None
    # The mark, then spaces and a letter or digit: a mark standing alone between spaces is not opening.
    # A straight mark may open or close; it opens at the start of a paragraph or after a colon.
    # Written to start with the marks themselves, so that re tries the pattern at marks only (the
    # alternative "[marks]|(?:^|(?<=:\s))[\"']", the same matches, was tried at every character).
    listed = re.escape("".join(marks))
    opening = rf"[{listed}\"'](?:(?<=[{listed}])|(?<=^[\"'])|(?<=:[^\S\n][\"']))"
    return re.compile(rf"({opening})[^\S\n]+(?=[^\W_])")


class EllipsisSpace(Check):
    info = CheckInfo(
        id="punctuation.ellipsis_space",
        category="punctuation",
        severity="minor",
        description="An ellipsis glued to the words on both sides (`Vorsicht...Geruch`), in German to the one before.",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "BEWARE... SMELL IS VERY BAD",
                "Vorsicht...Geruch ist sehr schlecht",
                finds="...",
                target_lang="de",
            ),
            fails(
                "If he died... the consequences would be huge.",
                "Wenn er sterben würde... die Konsequenzen wären enorm.",
                finds="...",
                target_lang="de",
            ),
        ),
        passing=(
            passes("BEWARE... SMELL IS VERY BAD", "Vorsicht ... Geruch ist sehr schlecht", target_lang="de"),
            passes("Count 1...10.", "Comptez 1...10."),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        spaced_before = context.target_language.data.flag("punctuation", "ellipsis_spaced_before")
        for paragraph in pair.target:
            for start, end in glued_ellipses(paragraph.text):
                yield self.finding(
                    context,
                    "an ellipsis between two words is followed by a space",
                    target_span=Span(paragraph.span.start + start, paragraph.span.start + end),
                    suggestion=paragraph.text[start:end] + " ",
                )
            if spaced_before:
                for start, end in ellipses_glued_before(paragraph.text):
                    yield self.finding(
                        context,
                        "an ellipsis for left-out words takes a space before it",
                        target_span=Span(paragraph.span.start + start, paragraph.span.start + end),
                        suggestion=" " + paragraph.text[start:end],
                    )


def glued_ellipses(text: str) -> list[tuple[int, int]]:
    """Spans (relative to ``text``) of the ellipses glued to a word on both sides, in spaced scripts."""
    if "..." not in text and "…" not in text:
        return []
    return [
        match.span()
        for match in _GLUED_ELLIPSIS.finditer(mask_protected(text))
        if text[match.start() - 1] < _SPACED_SCRIPTS_END and text[match.end()] < _SPACED_SCRIPTS_END
    ]


def ellipses_glued_before(text: str) -> list[tuple[int, int]]:
    """Spans (relative to ``text``) of typewriter ellipses glued to the word before and spaced from the
    word after, outside quotations."""
    if "... " not in text:
        return []
    masked = mask_protected(text)
    return [
        match.span()
        for match in _GLUED_BEFORE_ELLIPSIS.finditer(masked)
        if not _inside_quotation(masked, match.start()) and _VOWEL.search(token_before(masked, match.start()))
    ]


def _inside_quotation(text: str, index: int) -> bool:
    # Quotation marks pair up within a paragraph: an odd count before ``index`` means one is open.
    return sum(text.count(mark, 0, index) for mark in _QUOTATION_MARKS) % 2 == 1


class BracketSpace(Check):
    info = CheckInfo(
        id="punctuation.bracket_space",
        category="punctuation",
        severity="minor",
        description="A space just inside a bracket (`( rôles`, `[ PERSON7]`, `2019 )`).",
        scope=Scope.PARAGRAPH,
        target_needs="()[]",  # every match of _BRACKET_SPACE holds a bracket
        failing=(
            fails("gender (social roles)", "le genre ( rôles sociaux)", finds="( "),
            fails("in 2019 (after the vote)", "im Jahr 2019 (nach der Wahl )", finds=" )", target_lang="de"),
        ),
        passing=(
            passes("gender (social roles)", "le genre (rôles sociaux)"),
            passes("gender ( social roles )", "le genre ( rôles sociaux )"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        spaced = [(p, span) for p in pair.target for span in bracket_spaces(p.text)]
        # A source that spaces its brackets (tokenised text) excuses as many in the translation.
        excused = sum(len(bracket_spaces(p.text)) for p in pair.source)
        for paragraph, (start, end) in spaced[excused:]:
            yield self.finding(
                context,
                "no space belongs inside a bracket",
                target_span=Span(paragraph.span.start + start, paragraph.span.start + end),
                suggestion=paragraph.text[start:end].strip(),
            )


def bracket_spaces(text: str) -> list[tuple[int, int]]:
    """Spans (relative to ``text``) of a bracket with the space inside it."""
    if "(" not in text and "[" not in text and ")" not in text and "]" not in text:
        return []
    if _BRACKET_SPACE_HINT.search(decode_references(text)) is None:
        return []  # most texts with brackets; masking (after decoding) adds no bracket and no space
    return [match.span() for match in _BRACKET_SPACE.finditer(mask_protected(text))]


class SlashSpace(Check):
    info = CheckInfo(
        id="punctuation.slash_space",
        category="punctuation",
        severity="minor",
        description="A slash spaced between two words (`Hinzufügen / Entfernen`) where the source glues it.",
        scope=Scope.PARAGRAPH,
        target_needs="/",  # every finding is a spaced slash
        failing=(
            fails(
                "Listen to add/remove events.",
                "Auf Hinzufügen / Entfernen-Ereignisse hören.",
                finds=" / ",
                target_lang="de",
            ),
        ),
        passing=(
            passes("Listen to add/remove events.", "Auf Hinzufügen/Entfernen-Ereignisse hören.", target_lang="de"),
            passes(
                "Summer term 2024 / winter term 2025",
                "Sommersemester 2024 / Wintersemester 2025",
                target_lang="de",
            ),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        spaced = [(p, span) for p in pair.target for span in slash_spaces(p.text)]
        if not spaced:
            return
        sources = [mask_protected(p.text) for p in pair.source]
        # The translation may space as many slashes as the source does (parts of several words), and no
        # more than the source glues: a slash the source lacks was the translator's choice.
        excused = sum(len(_SPACED_SLASH.findall(text)) for text in sources)
        glued = sum(len(_GLUED_SLASH.findall(text)) for text in sources)
        for paragraph, (start, end) in spaced[excused : excused + glued]:
            yield self.finding(
                context,
                "no spaces belong around a slash between single words",
                target_span=Span(paragraph.span.start + start, paragraph.span.start + end),
                suggestion="/",
            )


def slash_spaces(text: str) -> list[tuple[int, int]]:
    """Spans (relative to ``text``) of the slashes spaced on both sides between two words."""
    if " /" not in text:
        return []
    return [match.span() for match in _SPACED_SLASH.finditer(mask_protected(text))]


# Full-width and East Asian brackets too: a Chinese source's "（掌声）" is the "(Applause)" of its translation.
_CLOSING = {"(": ")", "[": "]", "（": "）", "［": "］", "【": "】", "〔": "〕"}


class AddedBrackets(Check):
    info = CheckInfo(
        id="punctuation.added_brackets",
        category="punctuation",
        severity="minor",
        description="A translated paragraph wrapped whole in brackets its source does not have (`[Title].`).",
        scope=Scope.PARAGRAPH,
        target_needs="".join(_CLOSING),  # a finding is at an opening bracket of the translation
        failing=(
            fails(
                "Prise en charge de la lithiase urétérale.",
                "[Management of ureteral lithiasis].",
                finds="[",
                source_lang="fr",
                target_lang="en",
            ),
        ),
        passing=(
            passes("(Laughter)", "(Lachen)", target_lang="de"),
            passes("（笑声）", "(Laughter)", source_lang="zh", target_lang="en"),
            passes("Sales rose (see table).", "Les ventes ont augmenté (voir tableau)."),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if len(pair.source) != 1 or len(pair.target) != 1 or _enclosing_bracket(pair.source[0].text) is not None:
            return
        paragraph = pair.target[0]
        start = _enclosing_bracket(paragraph.text)
        if start is None:
            return
        closing = paragraph.text[start]
        yield self.finding(
            context,
            f"the translation is wrapped in {closing}…{_CLOSING[closing]} that the source does not have",
            target_span=Span(paragraph.span.start + start, paragraph.span.start + start + 1),
            suggestion="",
        )


_FINAL_MARKS = ".!?…。！？"


def _enclosing_bracket(text: str) -> int | None:
    """The offset of the bracket that opens ``text`` when its partner closes the text (a final mark may
    follow), else None."""
    body = text.rstrip()
    body = body[:-1] if body and body[-1] in _FINAL_MARKS else body
    start = len(text) - len(text.lstrip())
    opening = text[start : start + 1]
    if opening not in _CLOSING or len(body) - start < 3 or body[-1] != _CLOSING[opening]:
        return None
    closing, depth = _CLOSING[opening], 0
    for index in range(start, len(body)):
        depth += (text[index] == opening) - (text[index] == closing)
        if depth == 0:
            # The opening bracket closes here: it encloses the text only when this is its end.
            return start if index == len(body) - 1 else None
    return None


class SuspendedHyphen(Check):
    info = CheckInfo(
        id="punctuation.suspended_hyphen",
        category="punctuation",
        severity="minor",
        description="A suspended hyphen glued to the conjunction after it (`low-and middle-income`).",
        scope=Scope.PARAGRAPH,
        target_needs="-",  # every finding is at a hyphen
        failing=(
            fails(
                "dans les pays à faible et moyen revenu",
                "in low-and middle-income countries",
                finds="-and",
                source_lang="fr",
                target_lang="en",
            ),
            fails("Single, co- and triple infections", "Des infections simples, co-et triples", finds="-et"),
        ),
        passing=(
            passes("in low- and middle-income countries", "dans les pays à revenu faible et moyen"),
            passes("rock and roll", "le rock-and-roll", source_lang="en", target_lang="fr"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        pattern = _suspension_pattern(context.target_language)
        if pattern is None:
            return
        for paragraph in pair.target:
            if "-" not in paragraph.text:
                continue
            for match in pattern.finditer(mask_protected(paragraph.text)):
                start = paragraph.span.start + match.start(1)
                yield self.finding(
                    context,
                    f"a hyphen glued to {match.group(2)!r}: a suspended hyphen (or a dash) stands apart from it",
                    target_span=Span(start, start + len(match.group(1))),
                    suggestion=f"- {match.group(2)}",
                )


@cache
def _suspension_pattern(language: Language) -> re.Pattern[str] | None:
    conjunctions = language.data.strings("punctuation", "suspension_conjunctions")
    if not conjunctions:
        return None
    words = alternation(conjunctions)
    # A word of two letters or more, a hyphen glued to a conjunction, then a space and a word: the hyphen
    # suspends the first compound's second part. A hyphen after the conjunction (rock-and-roll) makes
    # one compound, and is left alone.
    return re.compile(rf"(?<![\w-])[^\W\d_]{{2,}}(-({words}))[^\S\n]+(?=[^\W\d_])", re.IGNORECASE)


class ClauseComma(Check):
    info = CheckInfo(
        id="punctuation.clause_comma",
        category="punctuation",
        severity="minor",
        description="A subordinate clause without the comma its language always sets before it (`Kühlkörper sodass`).",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "The lid seals tightly, so the coffee stays warm.",
                "Der Deckel schließt dicht sodass der Kaffee warm bleibt.",
                finds="dicht sodass",
                target_lang="de",
            ),
            fails(
                "She knows that the train is late.",
                "Sie weiß dass der Zug Verspätung hat.",
                finds="weiß dass",
                target_lang="de",
            ),
        ),
        passing=(
            passes(
                "The lid seals tightly, so the coffee stays warm.",
                "Der Deckel schließt dicht, sodass der Kaffee warm bleibt.",
                target_lang="de",
            ),
            passes(
                "He left without anyone noticing.",
                "Er ging, ohne dass es jemand bemerkte.",
                target_lang="de",
            ),
            passes("He knows that it works.", "Il sait que ça marche."),  # no data: not judged
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        pattern = _clause_pattern(context.target_language)
        if pattern is None:
            return
        language = context.target_language.data
        # A conjunction doubled ("dass dass") is a repetition, not a clause without its comma.
        exempt = language.words("punctuation", "comma_not_after") | language.words("punctuation", "comma_before")
        for paragraph in pair.target:
            for match in pattern.finditer(mask_protected(paragraph.text)):
                if match.group(1).casefold() in exempt:
                    continue
                start = paragraph.span.start + match.start()
                yield self.finding(
                    context,
                    f"a comma belongs before {match.group(2)!r}: it opens a subordinate clause",
                    target_span=Span(start, paragraph.span.start + match.end()),
                    suggestion=f"{match.group(1)}, {match.group(2)}",
                )


@cache
def _clause_pattern(language: Language) -> re.Pattern[str] | None:
    conjunctions = language.data.strings("punctuation", "comma_before")
    if not conjunctions:
        return None
    words = alternation(conjunctions)
    # A word (not glued to a hyphen, an apostrophe or a dot), spaces, then a lower-case conjunction as a
    # whole word: a capitalised one opens its sentence, and one after a mark has its separation.
    return re.compile(rf"(?<![\w'’.-])([^\W\d_]+)[^\S\n]+({words})(?![\w'’-])")


class FrontedClauseComma(Check):
    """A sentence that opens with a subordinate clause and has no comma at all, in a language whose grammar
    always closes such a clause with one (Polish ``Gdy akumulator jest rozładowany robot wraca``, German
    ``Wenn der Akku leer ist fährt er zurück``), where the source sentence has a comma: the main clause
    follows the subordinate one without its separation. The openers are language data (``[punctuation]
    fronted_clause_openers``), conjunctions only: not words that are also prepositions or adverbs
    (German ``als``, ``während``, ``da``; Czech ``až``). Questions and sentences of fewer than
    ``MIN_FRONTED_WORDS`` words are left alone."""

    info = CheckInfo(
        id="punctuation.fronted_clause_comma",
        category="punctuation",
        severity="minor",
        description="A sentence opening with a subordinate clause, with no comma to close it "
        "(`Gdy akumulator jest rozładowany robot wraca`), where the language always sets one.",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "When the battery runs low, it drives back to its station.",
                "Gdy akumulator jest prawie rozładowany robot sam wraca do stacji.",
                finds="Gdy akumulator jest prawie rozładowany robot sam wraca do stacji",
                target_lang="pl",
            ),
        ),
        passing=(
            passes(
                "When the battery runs low, it drives back to its station.",
                "Gdy akumulator jest prawie rozładowany, robot sam wraca do stacji.",
                target_lang="pl",
            ),
            passes(
                "During the day the pump runs quietly in the background.",
                "Während des Tages läuft die Pumpe leise im Hintergrund.",
                target_lang="de",
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        openers = context.target_language.data.words("punctuation", "fronted_clause_openers")
        if not openers:
            return
        for source, target in paired_sentences(pair):
            first = _FIRST_WORD.match(target.text)
            if first is None or first.group(1).casefold() not in openers:
                continue  # most sentences: told by their first word
            text = target.text.rstrip()
            if _CLAUSE_MARKS.search(text) or text.endswith("?") or "," not in source.text:
                continue
            body = text.rstrip(".!…\"”»“’' ")
            if len(body.split()) < MIN_FRONTED_WORDS:
                continue
            start = target.span.start + first.start(1)
            yield self.finding(
                context,
                f"the clause that {first.group(1)!r} opens takes a comma before the main clause",
                target_span=Span(start, target.span.start + len(body)),
            )


# The first word of a sentence, after opening quotes or brackets.
_FIRST_WORD = re.compile(r"[\s\"“„«(\[]*([^\W\d_]+)")
# A mark that may close the clause already (or a dash, brackets that set it off).
_CLAUSE_MARKS = re.compile(r"[,;:–—()]")
# Sentences shorter than this (words) are left alone: a fragment ("Gdy trzeba.") has no main clause.
MIN_FRONTED_WORDS = 6


class SubjectComma(Check):
    """A comma between a sentence's subject and its verb (German ``Die Gespräche mit dem Personal, sollen
    im Mai beginnen``): the sentence opens with a definite article (``[punctuation] subject_articles``),
    the words before its first comma hold no verb, and the word after it is a finite verb of the
    language's list (``[sentence_boundary] verbs``), where the source sentence has no comma at all. An
    apposition after the subject ("Der Chef, Hans Berg, sagte") opens with no verb, and a sentence whose
    source has a comma may set one rightly."""

    info = CheckInfo(
        id="punctuation.subject_comma",
        category="punctuation",
        severity="minor",
        description="A comma between the subject and its verb (`Die Gespräche mit dem Personal, sollen im Mai "
        "beginnen`).",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "The talks with the staff are due to start in May.",
                "Die Gespräche mit dem Personal, sollen im Mai beginnen.",
                finds="Personal, sollen",
                target_lang="de",
            ),
        ),
        passing=(
            passes(
                "The talks with the staff are due to start in May.",
                "Die Gespräche mit dem Personal sollen im Mai beginnen.",
                target_lang="de",
            ),
            passes(
                "The head of the company Hans Berg said the talks would start in May.",
                "Der Chef des Unternehmens, Hans Berg, sagte, die Gespräche würden im Mai beginnen.",
                target_lang="de",
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        language = context.target_language
        articles = language.data.words("punctuation", "subject_articles")
        if not articles:
            return
        for source, target in paired_sentences(pair):
            first = _FIRST_WORD.match(target.text)
            if first is None or first.group(1).casefold() not in articles or "," in source.text:
                continue  # most sentences: told by their first word
            match = _SUBJECT_COMMA.match(target.text, first.end(1))
            if match is None:
                continue
            lexicon = verb_lexicon(language)
            if lexicon is None or match.group(3).casefold() not in lexicon.verbs:
                continue
            if has_verb(target.text[: match.start(2)], language) is not False:
                continue  # a clause before the comma: no subject alone
            start = target.span.start + match.start(2)
            yield self.finding(
                context,
                f"no comma goes between the subject and its verb {match.group(3)!r}",
                target_span=Span(start, target.span.start + match.end(3)),
                suggestion=f"{match.group(2)} {match.group(3)}",
            )


# The rest of a subject up to its first comma (no other mark), its last word, and the word after it.
_SUBJECT_COMMA = re.compile(r"([^,;:.!?()\[\]«»„“”\"–—]*?)\b([^\W\d_]+), ([^\W\d_]+)")


class AdverbialComma(Check):
    """A comma after a short adverbial that opens the sentence, before the verb and its subject (Swedish
    ``Med bara 340 g, är den …``, German ``Bei Fragen, wenden Sie sich …``): in a verb-second language
    the fronted phrase is the clause's first member and takes no comma; engines copy the one English
    sets after an introductory phrase. Judged only where the comma is the sentence's first, after a
    preposition and at most ``MAX_ADVERBIAL_WORDS`` more words holding no conjunction, relative or
    infinitive marker (``[punctuation] adverbial_comma_links``, less ``[terminology] determiners``: a
    clause may end in a comma), and followed by a word that is none of those and then a subject pronoun
    (``[punctuation] inverted_subjects``): the inverted order of a main clause, unless a comma after the
    subject sets off a clause inserted between two commas (``Im Idealfall, denke ich, würde …``). The
    prepositions are ``[punctuation] adverbial_openers``; a language without them is not judged."""

    info = CheckInfo(
        id="punctuation.adverbial_comma",
        category="punctuation",
        severity="minor",
        description="A comma between a short fronted adverbial and the verb of a verb-second language "
        "(`Med bara 340 g, är den`, `Bei Fragen, wenden Sie sich`).",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "At just 340 g it is one of the lightest harnesses.",
                "Med bara 340 g, är den en av de lättaste selarna.",
                finds="g, är",
                target_lang="sv",
            ),
            fails(
                "With the app, you can set the timer.",
                "Mit der App, können Sie den Timer einstellen.",
                finds="App, können",
                target_lang="de",
            ),
        ),
        passing=(
            passes(
                "At just 340 g it is one of the lightest harnesses.",
                "Med bara 340 g är den en av de lättaste selarna.",
                target_lang="sv",
            ),
            passes(
                "With the app, which is free, you can set the timer.",
                "Med appen, som är gratis, kan du ställa in timern.",
                target_lang="sv",
            ),
            passes(
                "Without hesitating, he took the rope.",
                "Ohne zu zögern, griff er nach dem Seil.",
                target_lang="de",
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        data = context.target_language.data
        openers = data.words("punctuation", "adverbial_openers")
        if not openers:
            return
        subjects = data.words("punctuation", "inverted_subjects")
        links = data.words("punctuation", "adverbial_comma_links")
        # Inside the phrase an article is no relative pronoun ("Mit der App"): a relative clause there
        # would have closed the phrase with its own comma.
        clause_words = links - data.words("terminology", "determiners")
        for sentence in pair.target:
            match = _FRONTED_ADVERBIAL.match(sentence.text)
            if match is None or match.group(1).casefold() not in openers:
                continue  # most sentences: no comma early, or no preposition first
            phrase = [w.casefold() for w in (match.group(2) + " " + match.group(3)).split()]
            verb, subject = match.group(4), match.group(5)
            if any(w in clause_words for w in phrase) or subject.casefold() not in subjects:
                continue
            if not verb.islower() or verb in links or verb in subjects or verb in openers:
                continue
            after = _AFTER_SUBJECT.match(sentence.text, match.end(5))
            if after is not None and after.group(1).casefold() not in links:
                continue  # a clause inserted between commas ("Im Idealfall, denke ich, würde …")
            start = sentence.span.start + match.start(3)
            yield self.finding(
                context,
                f"no comma after the fronted phrase before {verb!r}: the verb comes second in its clause",
                target_span=Span(start, sentence.span.start + match.end(4)),
                suggestion=f"{match.group(3)} {verb}",
            )


# A comma right after the subject, and the word after it.
_AFTER_SUBJECT = re.compile(r",[ \u00a0]+([^\W\d_]+)")
# A sentence's first word, up to MAX_ADVERBIAL_WORDS more words (the last one before a comma), a comma,
# then two words: the verb and its subject when the order is inverted.
MAX_ADVERBIAL_WORDS = 4
_FRONTED_ADVERBIAL = re.compile(
    r"[\s\"“„«(]*([^\W\d_]+)"
    rf"((?:[ \u00a0][^\s,;:!?()]+){{0,{MAX_ADVERBIAL_WORDS - 1}}})"
    r"[ \u00a0]([^\s,;:!?()]+),"
    r"[ \u00a0]+([^\W\d_]+)[ \u00a0]+([^\W\d_]+)"
)


class ObjectComma(Check):
    info = CheckInfo(
        id="punctuation.object_comma",
        category="punctuation",
        severity="minor",
        description="A comma between a verb that reports and the conjunction of its object clause "
        "(`a précisé, que`), where the language sets none.",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "The mayor said the works would start in May.",
                "Le maire a indiqué, que les travaux commenceraient en mai.",
                finds="indiqué, que",
            ),
            fails(
                "The minister said the bridge would reopen.",
                "La ministra aseguró, que el puente volvería a abrir.",
                finds="aseguró, que",
                target_lang="es",
            ),
        ),
        passing=(
            passes(
                "The mayor said the works would start in May.",
                "Le maire a indiqué que les travaux commenceraient en mai.",
            ),
            passes(
                "Whatever he said, be it true or not, it hurt.",
                "Quoi qu'il ait dit, que ce soit vrai ou non, cela a blessé.",
            ),
            passes("She said the plan would work.", "Sie sagte, dass der Plan funktionieren werde.", target_lang="de"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        pattern = _object_comma_pattern(context.target_language)
        if pattern is None:
            return
        for paragraph in pair.target:
            if ", " not in paragraph.text:
                continue  # no comma before a word: most paragraphs
            for match in pattern.finditer(mask_protected(paragraph.text)):
                if _CONCESSIVE.match(paragraph.text, match.end()):
                    continue  # "…, que ce soit vrai ou non, …": a concessive clause, set off by commas
                start = paragraph.span.start + match.start()
                yield self.finding(
                    context,
                    f"no comma goes between {match.group(1)!r} and {match.group(2)!r}, which opens its object",
                    target_span=Span(start, paragraph.span.start + match.end()),
                    suggestion=f"{match.group(1)} {match.group(2)}",
                )


# "que ce soit", "qu'il s'agisse": a concessive clause, which commas set off after any word.
_CONCESSIVE = re.compile(r"['’]?\s*(?:ce\s+soit|ce\s+fût|il\s+s['’]agisse)\b", re.IGNORECASE)


@cache
def _object_comma_pattern(language: Language) -> re.Pattern[str] | None:
    verbs = language.data.strings("punctuation", "object_verbs")
    conjunctions = language.data.strings("punctuation", "object_conjunctions")
    if not verbs or not conjunctions:
        return None
    # The verb as a whole word, a comma, then the conjunction in lower case, whole or elided ("qu'il").
    return re.compile(rf"(?<![\w'’-])({alternation(verbs)}),[^\S\n]+({alternation(conjunctions)})(?=['’]|[^\w'’-]|$)")


class RelativeComma(Check):
    """The source sets off a relative clause that adds to a noun already named (English ", which"), and
    the translation renders it as one that restricts the noun, without the comma (French ``étui rigide
    qui se glisse`` for "hard case, which slips"): the meaning narrows. Judged only where each side has
    one such relative word in the sentence (``[punctuation] additive_relatives`` of the source,
    ``relative_pronouns`` of the target), so that the two are the same clause."""

    info = CheckInfo(
        id="punctuation.relative_comma",
        category="punctuation",
        severity="minor",
        description="A relative clause the source sets off with a comma (`case, which slips`) rendered without "
        "it (`étui rigide qui se glisse`).",
        scope=Scope.SENTENCE,
        target_needs="qQ",  # the only target data so far: French "qui"
        failing=(
            fails(
                "The stove folds into its hard case, which slips into any pocket.",
                "Le réchaud se replie dans son étui rigide qui se glisse dans toute poche.",
                finds="rigide qui",
            ),
        ),
        passing=(
            passes(
                "The stove folds into its hard case, which slips into any pocket.",
                "Le réchaud se replie dans son étui rigide, qui se glisse dans toute poche.",
            ),
            passes(
                "The case that slips into any pocket is sold apart.",
                "L'étui qui se glisse dans toute poche est vendu à part.",
            ),
            passes(
                "Prices rose, which worried investors.",
                "Les prix ont augmenté, ce qui a inquiété les investisseurs.",
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        additive = _additive_pattern(context.source_language)
        relative = _relative_pattern(context.target_language)
        if additive is None or relative is None:
            return
        for source, target in paired_sentences(pair):
            words = list(additive.finditer(source.text))
            if len(words) != 1 or not source.text[: words[0].start()].rstrip().endswith(","):
                continue
            found = list(relative.finditer(target.text))
            if len(found) != 1 or found[0].group("before").endswith(","):
                continue
            match = found[0]
            if match.group("word").casefold() in _DEMONSTRATIVES:
                continue  # "ce qui", "celui qui": the comma, if any, stands before the demonstrative
            yield self.finding(
                context,
                f"the source sets this relative clause off with a comma; without one, {match.group('relative')!r} "
                "restricts the noun before it",
                target_span=Span(target.span.start + match.start("word"), target.span.start + match.end("relative")),
                suggestion=f"{match.group('word')}, {match.group('relative')}",
            )


# French demonstratives a relative pronoun follows without a comma ("ce qui", "celui qui").
_DEMONSTRATIVES = frozenset({"ce", "celui", "celle", "ceux", "celles", "c'", "c’"})


@cache
def _additive_pattern(language: Language) -> re.Pattern[str] | None:
    words = language.data.strings("punctuation", "additive_relatives")
    if not words:
        return None
    # Any occurrence, after a comma or not: a sentence holding two relative clauses is left alone.
    return re.compile(rf"(?<![\w'’-])(?:{alternation(words)})(?![\w'’-])", re.IGNORECASE)


@cache
def _relative_pattern(language: Language) -> re.Pattern[str] | None:
    words = language.data.strings("punctuation", "relative_pronouns")
    if not words:
        return None
    return re.compile(rf"(?P<word>[^\W\d_]+['’]?)(?P<before>,?)[^\S\n]+(?P<relative>{alternation(words)})(?![\w'’-])")


_INVERTED = "¿¡"


class InvertedMarks(Check):
    info = CheckInfo(
        id="punctuation.inverted_marks",
        category="punctuation",
        severity="minor",
        description="An inverted `¿` or `¡` in a language that does not write them (left from a Spanish source).",
        scope=Scope.PARAGRAPH,
        target_needs=_INVERTED,  # every finding is one of these marks
        failing=(
            fails(
                "«¿Quién pagará la factura?», preguntó.",
                "“¿Who will pay the bill?” she asked.",
                finds="¿",
                source_lang="es",
                target_lang="en",
            ),
        ),
        passing=(
            passes("“Who will pay the bill?” she asked.", "«¿Quién pagará la factura?», preguntó.", target_lang="es"),
            passes(
                "«¿Quién pagará la factura?», preguntó.",
                "“Who will pay the bill?” she asked.",
                source_lang="es",
                target_lang="en",
            ),
            passes("The film “¿Quién sabe?” opens today.", "Le film « ¿Quién sabe? » sort aujourd'hui."),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        data = context.target_language.data
        if not data.table or data.words("punctuation", "inverted_marks") >= frozenset(_INVERTED):
            return  # a language we know nothing of, or one that writes them
        if not any(mark in p.text for p in pair.target for mark in _INVERTED):
            return
        # A source whose language does not write them either quotes Spanish ("¿Quién sabe?", a title):
        # the translation keeps as many.
        excused = 0
        if not context.source_language.data.words("punctuation", "inverted_marks"):
            excused = sum(char in _INVERTED for p in pair.source for char in p.text)
        copied = context.analysis(copied_sentences)
        for paragraph in pair.target:
            for index, char in enumerate(paragraph.text):
                position = paragraph.span.start + index
                if char not in _INVERTED or inside(position, copied):
                    continue
                if excused:
                    excused -= 1
                else:
                    yield self.finding(
                        context,
                        f"{char!r} is not written in this language: a mark left from the source",
                        target_span=Span(position, position + 1),
                        suggestion="",
                    )


# A capitalised word (a name's word: "Home" of "Pulivo Home"), hyphens and digits inside allowed.
_CAPITALISED = re.compile(r"(?<![\w'’-])[^\W\d_][\w]*(?:-\w+)*")
# A name's word at least this long: shorter ones ("Al", "İş") too often end a common word.
MIN_SUFFIXED_NAME = 3


class SuffixApostrophe(Check):
    """A case suffix glued to a name of the source without the apostrophe that Turkish writes before it
    (``Pulivo Home'dan``, ``Ankara'da``): ``[punctuation] name_suffixes`` lists the suffixes, in a
    language whose names take them after an apostrophe (``[traits] apostrophe_suffixes``). The name is a
    capitalised word of the source paragraph (not one that only opens a sentence, unless the source
    language does not know it as a word); the glued form must be a word of neither language ("Anne" +
    "nin" is "annenin", a mother's; "Deniz" + "de" is "denizde", at sea)."""

    info = CheckInfo(
        id="punctuation.suffix_apostrophe",
        category="punctuation",
        severity="minor",
        description="A case suffix glued to a name without its apostrophe (Turkish `Garminden` for `Garmin'den`).",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "Download the maps from Garmin Express.",
                "Haritaları Garmin Expressten indirin.",
                finds="Expressten",
                target_lang="tr",
            ),
        ),
        passing=(
            passes(
                "Download the maps from Garmin Express.", "Haritaları Garmin Express'ten indirin.", target_lang="tr"
            ),
            passes("Anne called her mother.", "Anne annesini aradı.", target_lang="tr"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        language = context.target_language
        suffixes = _name_suffixes(language)
        if suffixes is None or not language.data.flag("traits", "apostrophe_suffixes"):
            return
        names = {name for p in pair.source for name in _source_names(p.text, context.source_language)}
        if not names:
            return
        target_words, source_words = lexicon(language), lexicon(context.source_language)
        if target_words is None or source_words is None:
            return
        for paragraph in pair.target:
            for name in names:
                pattern = r"(?<![\w'’-])" + re.escape(name) + suffixes.pattern + r"(?![\w'’])"
                for found in re.finditer(pattern, paragraph.text):
                    glued = found.group()
                    if target_words.zipf(glued.casefold()) > 0 or source_words.zipf(glued.casefold()) > 0:
                        continue  # a word of either language ("annenin", "Homer")
                    suffix = glued[len(name) :]
                    written = f"{name}'{suffix}"
                    yield self.finding(
                        context,
                        f"the suffix {suffix!r} is glued to the name {name!r}: write {written!r}",
                        target_span=Span(paragraph.span.start + found.start(), paragraph.span.start + found.end()),
                        suggestion=written,
                    )


@cache
def _name_suffixes(language: Language) -> re.Pattern[str] | None:
    suffixes = sorted(language.data.strings("punctuation", "name_suffixes"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, suffixes)) + ")") if suffixes else None


def _source_names(text: str, language: Language) -> Iterator[str]:
    """The capitalised words of ``text`` that are names: inside a sentence, or unknown as words."""
    words = lexicon(language)
    for found in _CAPITALISED.finditer(text):
        word = found.group()
        if len(word) < MIN_SUFFIXED_NAME or not word[0].isupper():
            continue
        before = text[: found.start()].rstrip(" \u00a0\"'«“‘„([")
        opens = not before or before[-1] in ".!?:;\n"
        if opens and (words is None or words.zipf(word.casefold()) > 0):
            continue  # a capital that may only open the sentence
        yield word


# What ends the sentence before a question, or opens the paragraph's quotation of it.
_BEFORE_QUESTION = re.compile(r"[.!?…;«“‘„]")
# A question mark in brackets doubts the word before it ("nacido en 1850 (?)"): no question.
_DOUBT = re.compile(r"\(\s*\?\s*\)")


class MissingInvertedMark(Check):
    info = CheckInfo(
        id="punctuation.missing_inverted_mark",
        category="punctuation",
        severity="minor",
        description="A question without its opening `¿` in a language that always writes it (Spanish).",
        scope=Scope.PARAGRAPH,
        target_needs="?",  # every finding ends with one
        failing=(
            fails(
                "“The roof is new. Who would pay for another one?”",
                "«El tejado es nuevo. Quién pagaría otro?».",
                finds="Quién pagaría otro?",
                target_lang="es",
            ),
        ),
        passing=(
            passes(
                "“The roof is new. Who would pay for another one?”",
                "«El tejado es nuevo. ¿Quién pagaría otro?».",
                target_lang="es",
            ),
            passes(
                "“The roof is new. Who would pay for another one?”",
                "«El tejat és nou. Qui en pagaria un altre?».",
                target_lang="ca",
            ),
            passes("The film “Who Knows?” opens today.", "La película “Who Knows?” se estrena hoy.", target_lang="es"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if not context.target_language.data.flag("punctuation", "inverted_required"):
            return
        source = " ".join(p.text for p in pair.source)
        if "?" not in source and "？" not in source:
            return  # the source asks nothing here: a question mark of a title or a code, not judged
        for paragraph in pair.target:
            text = mask_protected(paragraph.text)
            for match in re.finditer(r"\?", text):
                end = match.end()
                if _DOUBT.search(text, max(0, match.start() - 3), end + 2):
                    continue
                start = max((m.end() for m in _BEFORE_QUESTION.finditer(text, 0, match.start())), default=0)
                question = text[start:end]
                if "¿" in question:
                    continue
                begin = start + len(question) - len(question.lstrip(" \u00a0\"'«»“”‘’(—–-"))
                words = question[begin - start :].split()
                if len(words) < 2 or " ".join(words) in " ".join(source.split()):
                    continue  # one word, or a title copied from the source ("Who Knows?")
                yield self.finding(
                    context,
                    "a question without its opening '¿': this language opens every question with it",
                    target_span=Span(paragraph.span.start + begin, paragraph.span.start + end),
                    suggestion="¿",
                )


# Full-width marks of Chinese and Japanese, and the mark a language without them writes instead.
_FULL_WIDTH_MARKS = {"，": ",", "、": ",", "。": ".", "；": ";", "：": ":", "？": "?", "！": "!"}
_FULL_WIDTH_MARK = re.compile("[" + "".join(_FULL_WIDTH_MARKS) + "]")
# Marks of the Arabic script (comma, semicolon, question mark), and the Latin mark they stand for.
_ARABIC_MARKS = {"،": ",", "؛": ";", "؟": "?"}
_ARABIC_MARK = re.compile("[" + "".join(_ARABIC_MARKS) + "]")
# Chinese and Japanese quotation brackets, and the typographic quotation mark of the same direction.
_CORNER_BRACKETS = {"「": "“", "」": "”", "『": "‘", "』": "’"}
_FOREIGN_MARKS = "".join(_FULL_WIDTH_MARKS) + "".join(_ARABIC_MARKS) + "".join(_CORNER_BRACKETS)
# Closing marks after which a language with its own marks still writes them ("」、", "）。", "”，").
_NATIVE_CLOSERS = "」』）》〉】”’»"


def foreign_marks(text: str, language: Language) -> Iterator[tuple[int, int, str]]:
    """Marks of another writing system in ``text``: ``(start, end, suggestion)``.

    A language that writes its own marks (``[punctuation] native_marks``: Chinese ``，``, Japanese
    ``、``, Arabic ``،``) should not have the Latin one right after a letter of its own script ("表示, 老挝",
    "によると, 2023年"); a language without full-width marks should not have one after a letter or digit
    of a script that is not Chinese or Japanese ("door，and"). Only the mark and the spaces after it
    are the span: digits on the left ("3,850", "10:30") never count, nor do URLs."""
    native = _native_marks(language)
    masked = mask_protected(text)
    if native:
        yield from _latin_marks(masked, native)
    if language.data.table and not any(str(mark) in _FULL_WIDTH_MARKS for mark in native.values()):
        for start, end, suggestion in _full_width_marks(masked):
            mark = suggestion.strip()
            yield start, end, str(native.get(mark, mark)) + suggestion[len(mark) :]
        yield from _corner_brackets(masked)
    if language.data.table and not any(str(mark) in _ARABIC_MARKS for mark in native.values()):
        yield from _arabic_marks(masked)


def _native_marks(language: Language) -> Mapping[str, Any]:
    return language.data.table_of("punctuation", "native_marks")


def _latin_marks(text: str, native: Mapping[str, Any]) -> Iterator[tuple[int, int, str]]:
    for found in re.finditer("[" + re.escape("".join(native)) + "]", text):
        index, char = found.start(), found.group()
        if index == 0:
            continue
        before = text[index - 1]
        if not (before in _NATIVE_CLOSERS or (before.isalpha() and script_of(before) != "LATIN")):
            continue
        if char == "." and (text[index - 2 : index - 1] == "." or text[index + 1 : index + 2] == "."):
            continue  # an ellipsis, reported elsewhere if at all
        end = index + 1
        while end < len(text) and text[end] in " \t":
            end += 1
        if char in ",;:" and (end == len(text) or text[end] == "\n"):
            continue  # a pause mark must have more of the sentence after it
        if char == "." and end < len(text) and end == index + 1 and text[end].isalnum():
            continue  # "第3.5" or an abbreviation glued to what follows: not a sentence's stop
        yield index, end, str(native[char])


def _full_width_marks(text: str) -> Iterator[tuple[int, int, str]]:
    for found in _FULL_WIDTH_MARK.finditer(text):
        index, char = found.start(), found.group()
        if index == 0:
            continue
        before = text[index - 1]
        if before.isdigit() or (before.isalpha() and script_of(before) != "CJK"):
            suggestion = _FULL_WIDTH_MARKS[char]
            after = text[index + 1 : index + 2]
            if after.isalnum() and suggestion in ",;:.?!":
                suggestion += " "  # "door，and" -> "door, and"
            yield index, index + 1, suggestion


def _corner_brackets(text: str) -> Iterator[tuple[int, int, str]]:
    # A corner bracket facing a word of another script than Chinese or Japanese ("“… citizens」"), whose
    # quotation another system's mark opens or closes: the bracket of the source's quotation, kept where the
    # sentence around it was translated. Facing a Chinese or Japanese word, it quotes a title or phrase left
    # in its script (untranslated's finding); a quotation in corner brackets both ways is a quotation style
    # (typography.quote_style's finding).
    for index in _lone_corners(text):
        char = text[index]
        opening = char in "「『"
        neighbour = text[index + 1 : index + 2] if opening else text[index - 1 : index]
        if neighbour and (
            neighbour in ".,!?;:" or (neighbour.isalnum() and script_of(neighbour) not in ("CJK", "HANGUL"))
        ):
            yield index, index + 1, _CORNER_BRACKETS[char]


def _lone_corners(text: str) -> list[int]:
    """Offsets of corner brackets without their partner of the same pair."""
    lone: list[int] = []
    for opening, closing in ("「」", "『』"):
        stack: list[int] = []
        for index, char in enumerate(text):
            if char == opening:
                stack.append(index)
            elif char == closing:
                if stack:
                    stack.pop()
                else:
                    lone.append(index)
        lone += stack
    return sorted(lone)


def _arabic_marks(text: str) -> Iterator[tuple[int, int, str]]:
    # Only after a letter of another script ("packaging، as"): after an Arabic word it is a quotation or
    # a name kept in its script, and after a digit it may be a Persian or Urdu text the data do not know.
    for found in _ARABIC_MARK.finditer(text):
        index = found.start()
        before = text[index - 1] if index else ""
        if before.isalpha() and script_of(before) != "ARABIC":
            suggestion = _ARABIC_MARKS[found.group()]
            if text[index + 1 : index + 2].isalnum():
                suggestion += " "
            yield index, index + 1, suggestion


# A ";" inside a sentence: a lower-case word goes on after it.
_SEMICOLON_INSIDE = re.compile(r"(?<=[^\W\d_]);(?=[ \u00a0]+[^\W\d_])")


def _kept_semicolons(text: str, semicolon: str) -> Iterator[tuple[int, int, str]]:
    """A source's semicolon kept in a language that asks with ";" (``[punctuation] semicolon``: Greek, whose
    semicolon is the raised dot "·"): the ";" reads as a question mark, which a sentence going on in
    lower case after it is not ("υγρό αφαλάτωσης; μην τον" for "descaling liquid; do not")."""
    for found in _SEMICOLON_INSIDE.finditer(mask_protected(text)):
        after = text[found.end() :].lstrip(" \u00a0")
        if after[:1].islower():
            yield found.start(), found.end(), semicolon


class ForeignMarks(Check):
    info = CheckInfo(
        id="punctuation.foreign_marks",
        category="punctuation",
        severity="minor",
        description=(
            "A Latin mark after a word of a language that writes its own (`表示, 老挝` for `表示，老挝`, Arabic `,`"
            " for `،`), or a full-width `，` `。` or an Arabic `،` in a language that does not (`door，and`,"
            " `door، and`)."
        ),
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "The ministry said on Monday that the talks had ended.",
                "该部周一表示, 会谈已经结束。",
                finds=", ",
                target_lang="zh",
            ),
            fails(
                "该部周一表示，会谈已经结束。",
                "The ministry said on Monday，the talks had ended.",
                finds="，",
                source_lang="zh",
                target_lang="en",
            ),
            fails(
                "彼は「駅を直したい」と語った。",
                "He said: “I want to repair the station」.",
                finds="」",
                source_lang="ja",
                target_lang="en",
            ),
        ),
        passing=(
            passes("The plant has 3,850 staff.", "该厂有3,850名员工，工期为10:30至12:00。", target_lang="zh"),
            passes("会谈已经结束。", "The talks have ended (“会谈已经结束。”).", source_lang="zh", target_lang="en"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        language = context.target_language
        if not _native_marks(language) and target_lacks(context, _FOREIGN_MARKS):
            return  # without native marks, foreign_marks finds only full-width and Arabic ones
        # A source whose language writes the same marks, holding the same habit, excuses as many: copied
        # text. (A Chinese source's "，" after a digit says nothing about its English translation.)
        excused = 0
        if _native_marks(context.source_language) == _native_marks(language):
            excused = sum(1 for p in pair.source for _ in foreign_marks(p.text, language))
        semicolon = language.data.value("punctuation", "semicolon")
        kept = isinstance(semicolon, str) and any(";" in p.text for p in pair.source)
        for paragraph in pair.target:
            found = list(foreign_marks(paragraph.text, language))
            if kept:
                found = sorted([*found, *_kept_semicolons(paragraph.text, str(semicolon))])
            for start, end, suggestion in found:
                if excused:
                    excused -= 1
                    continue
                mark = paragraph.text[start]
                yield self.finding(
                    context,
                    f"{mark!r} is not this language's mark here: write {suggestion.strip()!r}",
                    target_span=Span(paragraph.span.start + start, paragraph.span.start + end),
                    suggestion=suggestion,
                )


class ParagraphStart(Check):
    info = CheckInfo(
        id="punctuation.paragraph_start",
        category="punctuation",
        severity="minor",
        description="A paragraph that opens with a punctuation mark (`. Le texte`).",
        scope=Scope.PARAGRAPH,
        failing=(fails("The text starts badly.", ". Le texte commence mal.", finds="."),),
        passing=(passes("... and then nothing.", "... et puis rien."),),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        source_starts = context.analysis(_source_paragraph_starts)
        for paragraph in pair.target:
            match = _OPENING_STRAY.match(paragraph.text)
            if match is None or match.group() in source_starts:
                continue
            span = Span(paragraph.span.start, paragraph.span.start + 1)
            yield self.finding(
                context,
                f"the paragraph opens with {match.group()!r}",
                target_span=span,
                suggestion="",
            )


def _source_paragraph_starts(context: CheckContext) -> frozenset[str]:
    return frozenset(p.text[:1] for p in context.source.paragraphs)


class ElisionSpace(Check):
    info = CheckInfo(
        id="punctuation.elision_space",
        category="punctuation",
        severity="minor",
        description="A space after the apostrophe of an elided word (`l' ulcère`, `qu' une`, `dell' anno`).",
        scope=Scope.PARAGRAPH,
        target_needs="'’",  # every finding is at an apostrophe
        failing=(
            fails("the grade of the ulcer", "le grade de l' ulcère", finds="' "),
            fails("such as an antibiotic", "tels qu’ une antibiothérapie", finds="’ "),
            fails("the end of the year", "la fine dell' anno", finds="' ", target_lang="it"),
        ),
        passing=(
            passes("the grade of the ulcer", "le grade de l'ulcère"),
            passes("a bit more", "un po' di più", target_lang="it"),
            passes("the 'quoted' words", "les mots 'cités' ici"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if not any(_APOSTROPHE_SPACE.search(p.text) for p in pair.target):
            return  # most paragraphs: no apostrophe before a space at all
        pattern = _elision_space(context.target_language)
        if pattern is None:
            return
        # A source spaced so (tokenised text) excuses as many in the translation.
        excused = sum(len(pattern.findall(p.text)) for p in pair.source)
        spaced = [(p, match) for p in pair.target for match in pattern.finditer(mask_protected(p.text))]
        for paragraph, match in spaced[excused:]:
            start = paragraph.span.start + match.start("mark")
            yield self.finding(
                context,
                f"no space belongs after the elided {match.group('word')!r}",
                target_span=Span(start, start + len(match.group("mark"))),
                suggestion=match.group("mark").strip(),
            )


_APOSTROPHE_SPACE = re.compile("['’][ \t\u00a0\u202f]")


@cache
def _elision_space(language: Language) -> re.Pattern[str] | None:
    """An elided word of the language (``[punctuation] elided_words``), its apostrophe, then spaces
    before a letter; None for a language that elides nothing."""
    words = language.data.strings("punctuation", "elided_words")
    if not words:
        return None
    alternatives = alternation(words)
    return re.compile(rf"(?<![^\W\d_])(?P<word>(?i:{alternatives}))(?P<mark>['’][ \t\u00a0\u202f]+)(?=[^\W\d_])")


@dataclass(frozen=True)
class _Pair:
    opening: str
    closing: str


@dataclass(frozen=True)
class _Loose:
    """A mark without its partner: its offset, its kind (``"quote"`` or a bracket pair) and direction."""

    index: int
    kind: str
    opening: bool


@cache
def _bracket_pairs() -> tuple[_Pair, ...]:
    return tuple(_Pair(o, c) for o, c in _table()["brackets"])


@cache
def _quote_systems() -> tuple[tuple[_Pair, ...], ...]:
    systems = _table()["quote_systems"]
    return tuple(tuple(_Pair(o, c) for o, c in system) for system in systems)


@cache
def _wildcards() -> str:
    return "".join(_table()["symmetric_quotes"])


def unpaired_marks(text: str) -> list[int]:
    """Offsets of brackets and quotation marks that have no partner in ``text``."""
    return [mark.index for mark in loose_marks(text)]


def loose_marks(text: str) -> list[_Loose]:
    """Brackets and quotation marks of ``text`` that have no partner there, in text order."""
    return list(_loose_in(text))


@article_cached
def _loose_in(text: str) -> tuple[_Loose, ...]:
    # Cached for the run: the translations of one source read its marks once.
    masked = mask_protected(text)
    marks = [(m.start(), m.group()) for m in _marks_pattern().finditer(masked)]
    if not marks:
        return ()
    loose: list[_Loose] = []
    for pair in _bracket_pairs():
        loose += _unmatched(masked, marks, pair)
    # Quotation marks: the system (English, German, guillemets either way) that fits best.
    quotes = [(i, c) for i, c in marks if c in _all_quote_marks()]
    if quotes:
        # A symmetric mark glued between letters is a mistyped apostrophe (l"économie) or a quotation
        # mark that lost its space (du"plan"): both readings are tried.
        per_system = [
            _unmatched_quotes(masked, quotes, system, glued) for system in _quote_systems() for glued in (False, True)
        ]
        # Fewest loose marks; on a tie, the system whose loose marks face the way their neighbours say
        # (“ after a word and before a comma closes: German, not English).
        best: list[_Loose] = min(per_system, key=lambda found: (len(found), _misdirected(masked, found)))
        loose += best
    return tuple(sorted(loose, key=lambda mark: mark.index))


@cache
def _marks_pattern() -> re.Pattern[str]:
    return re.compile("[" + re.escape(_mark_characters()) + "]")


@cache
def _mark_characters() -> str:
    characters = set("".join(p.opening + p.closing for p in _bracket_pairs())) | _all_quote_marks()
    return "".join(sorted(characters))


Marks = list[tuple[int, str]]


def _unmatched_quotes(text: str, marks: Marks, system: tuple[_Pair, ...], glued: bool) -> list[_Loose]:
    """Quotation marks left unpaired by ``system``.

    A mark the system does not use counts as unpaired, so that a system cannot win by ignoring the
    marks the paragraph actually has. A symmetric mark (``"``) pairs with any other quotation mark:
    translators mix ``„…"`` and the keyboard's ``"``, which is a style matter, not a lost partner. A
    mark that both opens and closes takes its direction from its neighbours.
    """
    stack: list[tuple[int, str]] = []  # offset, the marks that close it ("" for a symmetric mark)
    loose: list[_Loose] = []
    for index, char in marks:
        pair = next((p for p in system if char in p.opening or char in p.closing), None)
        if char in _wildcards() or pair is None or (char in pair.opening and char in pair.closing):
            opening = _opens(text, index, bool(stack), glued)
            if opening is None:
                continue  # an inch mark (12"), a stray apostrophe (l"économie)
            if pair is None and char not in _wildcards():
                loose.append(_Loose(index, "quote", opening))
                continue
        else:
            opening = char in pair.opening
        closes = "" if char in _wildcards() or pair is None else pair.closing
        if opening:
            stack.append((index, closes))
            continue
        # A closing mark closes the innermost quotation it fits (its own pair's, or a symmetric mark).
        at = next(
            (k for k in range(len(stack) - 1, -1, -1) if not closes or not stack[k][1] or char in stack[k][1]), None
        )
        if at is None:
            loose.append(_Loose(index, "quote", False))
        else:
            del stack[at]
    loose += [_Loose(index, "quote", True) for index, _ in stack]
    return loose


def _opens(text: str, index: int, inside: bool, glued: bool) -> bool | None:
    """Whether the symmetric quotation mark at ``index`` opens (True) or closes (False) a quotation;
    None when it is no quotation mark at all. ``glued``: a mark glued to letters is a quotation mark."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if before.isdigit() and not inside:
        return None  # 12", 5'30"
    if not glued and before.isalpha() and (after.isalpha() or _ELIDED.search(text[max(0, index - 8) : index + 3])):
        return None  # a mistyped apostrophe: l"économie, jusqu"à, l" évolution
    flank = _flank(before, after)
    return (not inside) if flank is None else flank  # spaced on both sides (" mot "): alternate


def _flank(before: str, after: str) -> bool | None:
    """True for a mark that opens by its neighbours (space before, a word after), False for one that
    closes (a word before, space or punctuation after), None when they do not tell."""
    left = before.isspace() or before in "([{-–—/"
    right = after.isspace() or not after.isalnum()
    return left if left != right else None


def _misdirected(text: str, marks: list[_Loose]) -> int:
    """How many of ``marks`` face against their neighbours (an opening mark between a word and a comma)."""
    count = 0
    for mark in marks:
        before = text[mark.index - 1] if mark.index else " "
        after = text[mark.index + 1] if mark.index + 1 < len(text) else " "
        flank = _flank(before, after)
        count += flank is not None and flank != mark.opening
    return count


@cache
def _all_quote_marks() -> frozenset[str]:
    systems = (c for system in _quote_systems() for pair in system for c in pair.opening + pair.closing)
    return frozenset(systems) | frozenset(_wildcards())


def _unmatched(text: str, marks: Marks, pair: _Pair) -> list[_Loose]:
    stack: list[int] = []
    stray: list[_Loose] = []
    for index, char in marks:
        if char in pair.opening:
            stack.append(index)
        elif char in pair.closing:
            if stack:
                stack.pop()
            elif not _is_enumerator_or_smiley(text, index, char):
                stray.append(_Loose(index, pair.opening, False))
    return stray + [_Loose(index, pair.opening, True) for index in stack]


def _is_enumerator_or_smiley(text: str, index: int, char: str) -> bool:
    if char not in ")]":
        return False
    # The enumerator is at most five characters long: searched there, not in all the text before it.
    return bool(_ENUMERATOR.search(text, max(0, index - 6), index)) or text.endswith((":", ";", ":-", ";-"), 0, index)


def _across_paragraphs(per_paragraph: list[list[_Loose]], texts: Sequence[str]) -> list[list[_Loose]]:
    """Drop the quotation marks that pair across a paragraph break: a quotation left open at the end of
    a paragraph and closed at the start of the next, or continued there (news style reopens a quotation
    at every paragraph it spans and closes it only at the end)."""
    result = [list(marks) for marks in per_paragraph]
    for k in range(len(result) - 1):
        opened = [m for m in result[k] if m.kind == "quote" and m.opening]
        if not opened:
            continue
        following = result[k + 1]
        first = next((m for m in following if m.kind == "quote"), None)
        if first is not None and not first.opening:
            result[k].remove(opened[-1])
            following.remove(first)
        elif texts[k + 1].lstrip()[:1] in _all_quote_marks():
            result[k].remove(opened[-1])
    return result


def _excess(target: list[tuple[Paragraph, _Loose]], source: list[_Loose]) -> list[tuple[Paragraph, _Loose]]:
    """The target's loose marks beyond the source's of the same kind: a source that leaves as many
    unpaired (a quotation spanning paragraphs, a source error) excuses them. A source mark excuses a
    target mark of its direction first; openings are excused from the end of the bead, closings from
    its start, where a quotation spanning paragraphs has them."""
    excess: list[tuple[Paragraph, _Loose]] = []
    for kind in {m.kind for _, m in target}:
        marks = [(p, m) for p, m in target if m.kind == kind]
        budget = {d: sum(m.kind == kind and m.opening == d for m in source) for d in (True, False)}
        left: list[tuple[Paragraph, _Loose]] = []
        for direction in (True, False):
            same = [item for item in marks if item[1].opening == direction]
            ordered = same[::-1] if direction else same
            excused, budget[direction] = ordered[: budget[direction]], max(0, budget[direction] - len(same))
            left += [item for item in same if item not in excused]
        spare = budget[True] + budget[False]
        left.sort(key=lambda item: (item[0].index, item[1].index))
        excess += left[spare:]
    return sorted(excess, key=lambda item: (item[0].index, item[1].index))


def _document_loose(document: Document) -> list[list[_Loose]]:
    texts = [p.text for p in document.paragraphs]
    return _across_paragraphs([loose_marks(text) for text in texts], texts)


def _source_loose(context: CheckContext) -> list[list[_Loose]]:
    return _document_loose(context.source)


def _target_loose(context: CheckContext) -> list[list[_Loose]]:
    return _document_loose(context.target)


class UnpairedMarks(Check):
    info = CheckInfo(
        id="punctuation.unpaired",
        category="punctuation",
        severity="minor",
        description="A bracket or quotation mark without its partner in the paragraph.",
        scope=Scope.PARAGRAPH,
        failing=(
            fails('He said "I am coming tomorrow."', "Il a dit « je viens demain.", finds="«"),
            fails(
                "The report (published yesterday) sees a fall.",
                "Le rapport (publié hier conclut à une baisse.",
                finds="(",
            ),
        ),
        passing=(
            passes('He said "I am coming" and (finally) left.', "Il a dit « je viens » puis (enfin) est parti."),
            passes('A 12" screen.', 'Un écran de 12".'),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if target_lacks(context, _mark_characters()):
            return  # every loose mark is a match of _marks_pattern
        source, target = context.analysis(_source_loose), context.analysis(_target_loose)
        source_loose = [m for p in pair.source for m in source[p.index]]
        target_loose = [(p, m) for p in pair.target for m in target[p.index]]
        for paragraph, mark in _excess(target_loose, source_loose):
            if mark.kind == "quote" and _partner_is_corner(paragraph.text, mark, context.target_language):
                continue  # “…」: the partner is there, in the source's script (foreign_marks reports it)
            start = paragraph.span.start + mark.index
            yield self.finding(
                context,
                f"{paragraph.text[mark.index]!r} has no matching mark in this paragraph",
                target_span=Span(start, start + 1),
            )


def _partner_is_corner(text: str, mark: _Loose, language: Language) -> bool:
    """True when a foreign corner bracket facing the other way, after an opening mark or before a closing
    one, takes the loose quotation mark's partner's place (“the citizens」)."""
    for index, _, _ in foreign_marks(text, language):
        char = text[index]
        if char in _CORNER_BRACKETS and (char in "」』") == mark.opening and (index > mark.index) == mark.opening:
            return True
    return False


def final_mark(text: str) -> tuple[str, int | None]:
    """The class of a sentence's final mark (``?``, ``!``, ``.`` or ``""``) and its offset."""
    closing = str(_table()["closing_marks"])
    end = len(text)
    while end and text[end - 1] in closing:
        end -= 1
    run_start = end
    while run_start and text[run_start - 1] in _ENDING_MARKS:
        run_start -= 1
    run = text[run_start:end]
    if not run:
        return "", None
    if run_start < end and set(run) <= set(_FULL_STOPS):
        # Spanish, Catalan and French close a quoted sentence before its full stop («¿Quién lo sabe?».):
        # the quotation's own mark, inside the closing marks, is the sentence's.
        inner = run_start
        # Quotation marks only: a question in brackets ("(or is it?).") is an aside in a statement.
        while inner and text[inner - 1] in _CLOSING_QUOTES:
            inner -= 1
        if inner < run_start and inner and text[inner - 1] in _QUESTION_MARKS + "!！":
            return ("?" if text[inner - 1] in _QUESTION_MARKS else "!"), inner - 1
    # The run's distinct marks, looked up once: most runs are a lone full stop.
    present = set(run)
    for kind, marks in (("?", _QUESTION_MARKS), ("!", "!！")):
        if not present.isdisjoint(marks):
            return kind, run_start + max(run.rfind(m) for m in marks)
    if run[-1] in _FULL_STOPS:
        return ".", end - 1
    return ":", end - 1


def _ends_alike(source: str, target: str) -> bool:
    """True when a 1-1 bead of these sentences has nothing for ``punctuation.end_mismatch`` to report,
    told without reading their clauses: no question mark on either side (only a clause's question
    mark is compared, and only a source question can be lost) and the same final mark, which is no
    colon or semicolon (most sentences: both end with a full stop)."""
    if "?" in source or "?" in target or "？" in source or "？" in target:
        return False
    kind = final_mark(source)[0]
    return kind != ":" and kind == final_mark(target)[0]


# Closing quotation marks after which Spanish and French set a quoted sentence's full stop («…?».).
_CLOSING_QUOTES = "»”\"’'›“«"


# The question marks and full stops of other scripts: Arabic ؟, Armenian ՞, Ethiopic ፧ and ።, the
# Devanagari danda ।, Urdu ۔, Myanmar ။ (a "?" rendered as "؟" is the same mark).
_QUESTION_MARKS = "?？؟՞፧"
_FULL_STOPS = ".…。।॥።۔။"
_ENDING_MARKS = frozenset(_QUESTION_MARKS + _FULL_STOPS + "!！:;")


class EndMismatch(Check):
    info = CheckInfo(
        id="punctuation.end_mismatch",
        category="punctuation",
        severity="minor",
        description="The final mark of a sentence differs from the source's (`?` rendered as `.`).",
        scope=Scope.SENTENCE,
        failing=(
            fails("Is this the end?", "Est-ce la fin.", finds="."),
            fails(
                '"Will rents rise?" she asked.',
                "« Les loyers vont-ils augmenter », a-t-elle demandé.",
                finds="Les loyers vont-ils augmenter",
            ),
        ),
        passing=(
            passes("What a day!", "Quelle journée."),
            passes("Rates Rise Again", "Les taux remontent."),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        # Only 1-1 beads: in a larger bead the last sentences need not correspond. A bead whose
        # sides differ more than twofold in length is probably misaligned, not mistranslated.
        if len(pair.source) == 1 and len(pair.target) == 1:
            if not _ends_alike(pair.source[0].text, pair.target[0].text) and _comparable(pair):
                yield from self._bead(context, pair)
        elif 1 < len(pair.source) == len(pair.target):
            # An n-n bead (the aligner kept two sentences together) whose sentences pair up in
            # order, each pair of comparable length: each pair is a 1-1 bead of its own.
            singles = [
                replace(pair, source=(source,), target=(target,))
                for source, target in zip(pair.source, pair.target, strict=True)
            ]
            if all(_comparable(single) for single in singles):
                for single in singles:
                    yield from self._bead(context, single)

    def _bead(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        source, target = pair.source[-1], pair.target[-1]
        if _ends_alike(source.text, target.text):
            return
        source_marks = clause_marks(source.text, context.source_language)
        target_marks = clause_marks(target.text, context.target_language)
        # A quoted question inside a sentence ("Is this the last cut? Probably not," she said) is not
        # its final mark: compare every clause-ending mark when both sides have as many clauses.
        if len(source_marks) > 1 and len(source_marks) == len(target_marks):
            for (source_mark, _), (target_mark, offset) in zip(source_marks, target_marks, strict=True):
                if "?" in (source_mark, target_mark) and source_mark != target_mark:
                    yield self._changed(context, target, source_mark, target_mark, offset)
            return
        final = list(self._final_mark(context, source, target))
        yield from final or self._lost_question(context, source, target, source_marks, target_marks)

    def _final_mark(self, context: CheckContext, source: Sentence, target: Sentence) -> Iterator[Finding]:
        source_kind, source_position = final_mark(source.text)
        target_kind, position = final_mark(target.text)
        if source_kind == ":" and source_position is not None:
            yield from self._open_end(context, source.text[source_position], target, target_kind, position)
            return
        if source_kind == target_kind or ":" in (source_kind, target_kind):
            return
        if {source_kind, target_kind} == {"!", "."}:
            return  # translators tone exclamations down (or up); that is style, not an error
        if source_kind == "." and position is not None and _QUOTE_AFTER.fullmatch(target.text, position + 1):
            # A statement that ends with a quoted question ("Sie fragen sich: „Warum?“" for "Why does
            # it do this, I hear you ask."): the quotation's mark stands for the sentence's full stop.
            return
        if not source_kind:
            return  # a headline, title or list item: a translator may add a full stop
        if source_kind == "." and not target_kind and not target.text.rstrip()[-1:].isalnum():
            # A translation ending with a quotation mark or bracket follows its language's quotation
            # conventions (German drops the stop after „…“); one ending with an opening mark was cut
            # before a quotation. Only a sentence that simply stops after its last word lost its stop.
            return
        if not target_kind or position is None:
            message = f"the source sentence ends with {source_kind!r}; the translation has no final mark"
            yield self.finding(context, message, target_span=_last_word(target))
            return
        yield self._changed(context, target, source_kind, target_kind, position)

    def _open_end(
        self, context: CheckContext, mark: str, target: Sentence, target_kind: str, position: int | None
    ) -> Iterator[Finding]:
        """A source sentence that ends with ``;`` or ``:``, leading on to what follows."""
        if mark == ";" and target_kind == "." and position is not None:
            # A clause the source leaves open (a list item before the next one) closed as a sentence.
            yield self._changed(context, target, ";", ".", position)
        elif mark == ":" and not target_kind and target.text.rstrip()[-1:].isalnum():
            # A label or an announcement ("OBJECTIF :") whose colon the translation lost ("OBJECTIVE").
            message = "the source sentence ends with ':'; the translation has no final mark"
            yield self.finding(context, message, target_span=_last_word(target), suggestion=":")

    def _lost_question(
        self,
        context: CheckContext,
        source: Sentence,
        target: Sentence,
        source_marks: Sequence[tuple[str, int]],
        target_marks: Sequence[tuple[str, int]],
    ) -> Iterator[Finding]:
        """A quoted question whose question mark the translation dropped ("... le loyer », a lancé ...")."""
        source_questions = sum(kind == "?" for kind, _ in source_marks)
        if source_questions <= sum(kind == "?" for kind, _ in target_marks):
            return
        # Where a quotation closes right after a word and before a comma, its final mark is missing.
        spots = list(_UNMARKED_QUOTE_END.finditer(target.text))
        if len(spots) != 1:
            return  # nowhere, or several places, to put the missing question mark: say nothing
        end = spots[0].end()
        start = max((m.end() for m in _CLAUSE_START.finditer(target.text, 0, end)), default=0)
        start += len(target.text[start:end]) - len(target.text[start:end].lstrip())
        message = "the source asks a question here; the translation ends the quotation without '?'"
        span = Span(target.span.start + start, target.span.start + end)
        yield self.finding(context, message, target_span=span, suggestion="?", severity="major")

    def _changed(
        self, context: CheckContext, target: Sentence, source_kind: str, target_kind: str, position: int
    ) -> Finding:
        span = Span(target.span.start + position, target.span.start + position + 1)
        severity: Severity | None = "major" if "?" in (source_kind, target_kind) else None
        message = f"the source sentence has {source_kind!r} where the translation has {target_kind!r}"
        return self.finding(context, message, target_span=span, suggestion=source_kind, severity=severity)


# Closing quotation marks (and spaces) after a sentence's final mark, nothing else.
_QUOTE_AFTER = re.compile(r"[\s\u00a0\u202f]*[\"'»«”“’‘›‹]+[\s\u00a0\u202f]*\.?")
# A word followed by a closing quotation mark and a comma (« ... loyer », a-t-il dit), or by a comma and
# a closing quotation mark ("... three weeks," he asks): a quoted clause that ends with no mark.
_UNMARKED_QUOTE_END = re.compile(r"[^\W_](?=[\s\u00a0\u202f]*[»“”\"][\s\u00a0\u202f]*,|,[»“”\"])")
# What may precede the first word of a clause: a full stop, question or exclamation mark, an opening quote.
_CLAUSE_START = re.compile(r"[.?!«„“\"]")
# A full stop, question or exclamation mark that ends a clause: followed by a space, a closing quote
# or bracket, or the end of the text.
_CLAUSE_END = re.compile(r"([.?!？！])(?<![.…][.?!？！])(?![.?!])(?=[\s\"'»”’)\]]|$)")


@article_cached
def clause_marks(text: str, language: Language) -> tuple[tuple[str, int], ...]:
    """The clause-ending marks of a sentence (kind and offset), abbreviations and decimals left out."""
    masked = mask_protected(text)
    marks = []
    for match in _CLAUSE_END.finditer(masked):
        mark = match.group(1)
        if mark == "." and is_abbreviation(token_before(masked, match.start()), language):
            continue
        marks.append(("?" if mark in "?？" else "!" if mark in "!！" else ".", match.start()))
    return tuple(marks)


def _comparable(pair: SentencePair) -> bool:
    # Lengths as a spaced script would have them: "会谈会成功吗。" (7 characters) renders a 23-character
    # English question, and is no misaligned sentence.
    source, target = spaced_length(pair.source_text), spaced_length(pair.target_text)
    return max(source, target) <= 2 * max(1, min(source, target))


def _last_word(sentence: Sentence) -> Span:
    words: Sequence[re.Match[str]] = list(re.finditer(r"\S+", sentence.text))
    if not words:
        return sentence.span
    start, end = words[-1].span()
    return Span(sentence.span.start + start, sentence.span.start + end)


# Two words of three letters or more with a comma between them (the second one looked ahead, so that
# each word of "fettuccine, tagliolini, lasagne" opens a pair).
_COMMA_PAIR = re.compile(r"(?<![\w'’-])([^\W\d_]{3,}),[ \u00a0]+(?=([^\W\d_]{3,})(?![\w'’-]))")


# The longest source paragraph read for a list whose items ran together: a line of product copy or a
# short paragraph. Reading long paragraphs of prose for lists cost more than every other punctuation
# check together on WMT23 (paragraph segments of news and web text), where it found nothing.
MERGED_ITEMS_MAX_LENGTH = 400


class SerialComma(Check):
    info = CheckInfo(
        id="punctuation.serial_comma",
        category="punctuation",
        severity="minor",
        description="A comma before the last item's `and` that the source does not write, in a language that "
        "never writes one (`la farine, le sucre, et le beurre`).",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "It weighs flour, sugar and butter to the gram.",
                "Elle pèse la farine, le sucre, et le beurre au gramme près.",
                finds=",",
            ),
        ),
        passing=(
            passes(
                "It weighs flour, sugar and butter to the gram.",
                "Elle pèse la farine, le sucre et le beurre au gramme près.",
            ),
            passes("Red, green, and blue.", "Rot, grün und blau.", target_lang="de"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        """Only a source list of as many items without that comma counts: the translation added it (an
        engine copying an English serial comma is caught where the source has one only by house style)."""
        from mtqa.checks.omission import final_commas  # omission imports this module

        if len(pair.source) != 1 or len(pair.target) != 1 or pair.target[0].text.count(",") < MIN_SERIAL_ITEMS - 1:
            return  # most paragraphs: a list of three with the comma added holds two commas
        if not context.target_language.data.flag("punctuation", "no_serial_comma") or "," not in pair.source_text:
            return
        # The source's last item is short too: "large, randomised trials and that ends up providing bad
        # medicine" joins a clause, which German and French may set off with a comma.
        source_lists = final_commas(pair.source_text, context.source_language, MAX_LAST_ITEM_WORDS)
        if len(source_lists) != 1 or source_lists[0][1] is not None:
            return
        paragraph = pair.target[0]
        target_lists = final_commas(paragraph.text, context.target_language, MAX_LAST_ITEM_WORDS + 2)
        for count, comma in target_lists:
            if comma is not None and count == source_lists[0][0] >= MIN_SERIAL_ITEMS and len(target_lists) == 1:
                start = paragraph.span.start + comma
                yield self.finding(
                    context,
                    "a comma before the list's last item: the language does not write one, nor does the source",
                    target_span=Span(start, start + 1),
                    suggestion="",
                )


# A list this long at least: "A, et B" is a clause joined, not a list.
MIN_SERIAL_ITEMS = 3
# The source's last item at most this long (to the end of its sentence); the translation's two words more.
MAX_LAST_ITEM_WORDS = 4


class LostListComma(Check):
    info = CheckInfo(
        id="punctuation.lost_comma",
        category="punctuation",
        severity="minor",
        description="A comma of the source between two words the translation keeps as they are is lost "
        "(`fettuccine tagliolini` for `fettuccine, tagliolini`).",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "Cutters for fettuccine, tagliolini and lasagne.",
                "Tagliapasta per fettuccine tagliolini e lasagne.",
                finds="fettuccine tagliolini",
                target_lang="it",
            ),
        ),
        passing=(
            passes(
                "Cutters for fettuccine, tagliolini and lasagne.",
                "Tagliapasta per fettuccine, tagliolini e lasagne.",
                target_lang="it",
            ),
            passes("Colours: red, green and blue.", "Couleurs : rouge vert et bleu."),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        """Only words copied unchanged (names, varieties, sizes) are compared: they show where the
        source's comma stood in the translation; translated words cannot be found again."""
        function_words = context.target_language.data.words("terminology", "function_words")
        for paragraph in pair.target:
            for start, end, first, second in lost_commas(pair.source_text, paragraph.text, function_words):
                yield self.finding(
                    context,
                    f"the comma the source has between {first!r} and {second!r} is lost",
                    target_span=Span(paragraph.span.start + start, paragraph.span.start + end),
                    suggestion=f"{first}, {second}",
                )
        yield from self._before_named_subject(context, pair, function_words)
        yield from self._merged_items(context, pair)
        yield from self._before_incise(context, pair)

    def _before_incise(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        """A quotation closed right before an inverted reporting verb without the comma that sets the
        incise off ("« … » a-t-elle dit" for "« … », a-t-elle dit"). A quotation that ends with its own
        question or exclamation mark takes none ("« Pourquoi ? » demande-t-il")."""
        pronouns = context.target_language.data.words("punctuation", "inversion_pronouns")
        if not pronouns:
            return
        pattern = _incise_pattern(pronouns)
        for paragraph in pair.target:
            if "-" not in paragraph.text:
                continue
            for match in pattern.finditer(paragraph.text):
                before = paragraph.text[: match.start()].rstrip(" \u00a0\u202f")
                if not before or before[-1] in "?!…":
                    continue
                start = paragraph.span.start + match.start()
                yield self.finding(
                    context,
                    f"a comma sets the incise {match.group(2)!r} off from the quotation before it",
                    target_span=Span(start, paragraph.span.start + match.end()),
                    suggestion=f"{match.group(1)}, {match.group(2)}",
                )

    def _merged_items(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        """Two items of a list run together, told by the word that opens its items ("hacia arriba, hacia
        abajo hacia delante y hacia los lados" for "up, down, forward and sideways")."""
        from mtqa.checks.omission import merged_list_items  # omission imports this module

        if context.config.profile == "news":
            return  # lists of short items are product and interface copy, as for omission.list_item
        if len(pair.source) != 1 or len(pair.target) != 1 or pair.source_text.count(",") < 2:
            return  # the source lists one item more than a translated list of three: four items
        if len(pair.source_text) > MERGED_ITEMS_MAX_LENGTH:
            return
        paragraph = pair.target[0]
        for start, end in merged_list_items(
            pair.source_text, paragraph.text, context.source_language, context.target_language
        ):
            first, second = paragraph.text[start:end].split(maxsplit=1)
            yield self.finding(
                context,
                f"the source lists one item more: a comma is lost between {first!r} and {second!r}",
                target_span=Span(paragraph.span.start + start, paragraph.span.start + end),
                suggestion=f"{first}, {second}",
            )

    def _before_named_subject(
        self, context: CheckContext, pair: ParagraphPair, function_words: frozenset[str]
    ) -> Iterator[Finding]:
        """The source ends an introductory phrase with a comma before "the Name" ("From day hikes to long
        treks, the Pathfinder carries..."); the translation runs the phrase into the article ("... treks
        le Pathfinder"). Only subject-first languages list such articles; the word before the article must
        be a content word (after a preposition or conjunction, "the Name" is its complement)."""
        source_articles = context.source_language.data.words("punctuation", "clause_articles")
        target_articles = context.target_language.data.words("punctuation", "clause_articles")
        if not source_articles or not target_articles or "," not in pair.source_text:
            return
        source = mask_protected(pair.source_text)
        reporting = context.source_language.data.words("punctuation", "reporting_verbs")
        anchors = [
            m.group(1)
            for m in _comma_article_name(source_articles).finditer(source)
            if m.group(1)[0].isupper() and not _reports(source[m.end() :], reporting)
        ]
        if not anchors:
            return
        for paragraph in pair.target:
            found = []
            text = paragraph.text
            anchor_copied = any(anchor in text for anchor in anchors)
            for match in _word_article_name(target_articles).finditer(mask_protected(text)):
                before, name = match.group(1), match.group(3)
                if not name[0].isupper() or before.casefold() in function_words or before[0].isupper():
                    continue
                # the source's name, copied, or one the translation renders (then not copied anywhere)
                if not (name in anchors or not anchor_copied):
                    continue
                # a main clause goes on after its subject; a subject after its verb may end its clause
                # ("…, a indiqué la Commission." for "…, the Commission said.") and takes no comma
                if _words_before_mark(text, match.end(3), MIN_PREDICATE_WORDS) >= MIN_PREDICATE_WORDS:
                    found.append(match)
            for match in found[: len(anchors)]:
                start, end = paragraph.span.start + match.start(), paragraph.span.start + match.end(2)
                yield self.finding(
                    context,
                    f"the comma the source sets before {match.group(2)!r} {match.group(3)!r}, after the phrase that "
                    "opens the sentence, is lost",
                    target_span=Span(start, end),
                    suggestion=f"{match.group(1)}, {match.group(2)}",
                )


@cache
def _incise_pattern(pronouns: frozenset[str]) -> re.Pattern[str]:
    """A closing quotation mark, spaces and a verb hyphened to an inverted subject pronoun ("» a-t-elle")."""
    words = alternation(pronouns)
    return re.compile(rf"([»”])[ \u00a0\u202f]+([^\W\d_]+(?:-t)?-(?:{words}))(?![\w-])")


# The words of a name after its first one, read to find a reporting verb after it ("the World Bank said").
MAX_NAME_WORDS = 8
# Lower-case words this short may link the words of a name ("for", "of", "the").
MAX_LINK_LETTERS = 3
# A subject's clause goes on this many words or more after it (a verb and its complement; the French
# verb lexicon is too thin to ask for the verb itself: "imprime", "permet").
MIN_PREDICATE_WORDS = 2
# The end of a clause: a mark that closes it.
_CLAUSE_MARK = re.compile(r"[,;:.!?«»“”\"()]")


def _reports(rest: str, reporting: frozenset[str]) -> bool:
    """True when the name that opens ``rest``'s clause reports what comes before ("…, the Commission
    said", "…, the World Bank told reporters"): then the translation inverts it after its verb ("…, a
    indiqué la Commission") and the comma stands before the verb."""
    for word in rest.split()[:MAX_NAME_WORDS]:
        if word.casefold().strip(".,;:") in reporting:
            return True
        # the acronym a name gives in brackets belongs to it ("the National Institute for Space Research
        # (INPE) said")
        word = word.strip("()[]") if word.startswith(("(", "[")) and word.rstrip(".,;:").endswith((")", "]")) else word
        if not word[:1].isupper() and len(word) > MAX_LINK_LETTERS:
            break  # past the name ("the Ministry for the Ecological Transition said")
    # A subject described in lower-case words ("…, the regional government said.", "…, the city's
    # transport authority told reporters."): a short clause that ends with its reporting verb.
    clause = _CLAUSE_MARK.split(rest, maxsplit=1)[0].split()
    return len(clause) <= MAX_NAME_WORDS and any(word.casefold() in reporting for word in clause)


@cache
def _comma_article_name(articles: frozenset[str]) -> re.Pattern[str]:
    """A comma, a definite article and the name after it (", the Pathfinder")."""
    words = alternation(articles)
    return re.compile(rf",[ \u00a0]+(?:{words})[ \u00a0]+([^\W\d_][\w-]*)", re.IGNORECASE)


@cache
def _word_article_name(articles: frozenset[str]) -> re.Pattern[str]:
    """A word (or number) right before a definite article and the word after it ("jours le Pathfinder")."""
    words = alternation(articles)
    # the article and name looked ahead, so that "tard le soir la Vue" tries "soir la Vue" too
    return re.compile(rf"(?<![\w'’-])([^\W_][\w%]*)(?=[ \u00a0]+({words})[ \u00a0]+([^\W\d_][\w-]*))")


def _words_before_mark(text: str, start: int, enough: int) -> int:
    """How many words ``text`` holds from ``start`` to its next clause mark, counted up to ``enough``:
    only as far as needed, where splitting the rest of the paragraph at each name made a paragraph of
    one long line quadratic."""
    end = _CLAUSE_MARK.search(text, start)
    words = _WORD_RUN.finditer(text, start, end.start() if end else len(text))
    return sum(1 for _ in itertools.islice(words, enough))


_WORD_RUN = re.compile(r"\S+")


@article_cached
def _comma_pairs(source: str) -> tuple[tuple[str, str], ...]:
    """The distinct pairs of words ``source`` writes with a comma between them, sorted. Cached for the run:
    a source's translations read them once."""
    source = mask_protected(source)
    if ", " not in source and ",\u00a0" not in source:
        return ()
    return tuple(sorted({(m.group(1), m.group(2)) for m in _COMMA_PAIR.finditer(source)}))


def lost_commas(source: str, target: str, function_words: frozenset[str]) -> list[tuple[int, int, str, str]]:
    """(start, end, first word, second word) of the pairs of words of ``target`` that ``source`` writes
    with a comma between them and ``target`` without one (the words copied unchanged)."""
    pairs = _comma_pairs(source)
    if not pairs:
        return []
    source = mask_protected(source)
    found: list[tuple[int, int, str, str]] = []
    masked_target = mask_protected(target)
    for first, second in pairs:
        if first not in masked_target or second not in masked_target:
            continue  # most words are translated: nothing to compile a pattern for
        if first.casefold() in function_words or second.casefold() in function_words:
            continue
        joined = re.compile(rf"(?<![\w'’-]){re.escape(first)}[ \u00a0]+{re.escape(second)}(?![\w'’-])")
        if joined.search(source):
            continue  # the source writes them without a comma too
        found.extend((m.start(), m.end(), first, second) for m in joined.finditer(masked_target))
    return found


CHECKS: tuple[type[Check], ...] = (
    StrayPunctuation,
    SpaceBeforePunctuation,
    BracketSpace,
    SlashSpace,
    QuoteSpace,
    EllipsisSpace,
    AddedBrackets,
    SuspendedHyphen,
    ClauseComma,
    FrontedClauseComma,
    AdverbialComma,
    SubjectComma,
    ObjectComma,
    RelativeComma,
    InvertedMarks,
    MissingInvertedMark,
    SuffixApostrophe,
    ForeignMarks,
    ParagraphStart,
    ElisionSpace,
    UnpairedMarks,
    EndMismatch,
    LostListComma,
    SerialComma,
)
