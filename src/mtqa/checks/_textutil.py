"""Small text helpers shared by the check families: the folded form words are compared in, spans that
punctuation rules must not look into (URLs, e-mail addresses, domain names), HTML character references
read as the characters they stand for, and abbreviation tests reusing :func:`mtqa.segment.abbreviations`.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from mtqa.lang import Language
from mtqa.runcache import article_cached
from mtqa.segment import abbreviations

if TYPE_CHECKING:
    from mtqa.checks.base import CheckContext

# URLs, www. addresses, e-mail addresses and bare domain names ("example.com"): their dots, colons
# and slashes are not punctuation.
# The lookbehinds skip start positions whose previous character could start the same match (the match
# from there would be longer and found first): the result is unchanged, and a 40,000-letter word is
# scanned once instead of once per letter.
# The rest of a URL after its scheme or "www.": parentheses only in pairs ("/wiki/Mercury_(planet)"),
# so "(www.example.org/news)에" or "(www.example.jp）で" ends at the bracket that closes the parenthesis
# the sentence opened, and no full-width bracket or CJK full stop belongs to it.
URL_REST = (
    r"(?:[^\s<>\"«»“”()（）「」。、]|\([^\s<>\"«»“”()（）「」。、]*\))*"
    r"(?:[^\s<>\"«»“”.,;:!?()\]}'’（）「」。、]|\([^\s<>\"«»“”()（）「」。、]*\))"
)
_PROTECTED = re.compile(
    r"(?:(?<![a-z])[a-z][a-z0-9+.-]*://|www\.)" + URL_REST + r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|int|io|fr|de|uk|cn|ch|be|ca|eu|info)\b",
    re.IGNORECASE,
)
# What every match of ``_PROTECTED`` holds besides "://" or "@": "www." or a domain ending. A text
# without any of these has nothing to protect. The pattern starts with its full stop, so ``re`` only
# tries it at full stops: several times cheaper than ``www\.|\.(?:com|...)`` tried at every character
# (only "w" and "W" match "w" case-insensitively, so the lookbehind is the same test).
_PROTECTED_HINT = re.compile(r"\.(?:(?<=[wW]{3}\.)|(?i:com|org|net|edu|gov|int|io|fr|de|uk|cn|ch|be|ca|eu|info)\b)")
# Emoji shortcodes (":partyparrot:") and emoticons (":(", ";-)") are not punctuation either.
_EMOTICON = re.compile(r":[a-z0-9_+-]{2,}:|(?<![^\s(])[:;=]-?[()\[\]DPp/\\|](?=\s|$)")
_VOWELS = frozenset("aeiouyàâäáãåæéèêëíìîïóòôöõøœúùûüýÿ")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]+")


# An HTML character reference: named (&frac12;), decimal (&#8217;) or hexadecimal (&#x2019;), possibly
# escaped more than once (&amp;reg;, which ``markup.entity`` reports): it still stands for one character,
# and its inner ";" is no semicolon.
# A reference broken by one space (``& ndash;``, ``&frac 12;``, ``&reg ;``, which ``markup.entity``
# reports) is read as its character too: the other checks must not see a number 12 or a semicolon there.
_CHARACTER_REFERENCE = re.compile(
    r"&(?:amp;)*(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});"
    r"|& ?(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31} ?[A-Za-z0-9]{1,31}) ?;"
)
_ESCAPED_AMPERSANDS = re.compile(r"^&(?:amp;)+")
# Fills the rest of a decoded reference: neither a word character nor white space nor punctuation.
REFERENCE_FILLER = "\u2060"


def alternation(words: Iterable[str]) -> str:
    """``words`` as a regular-expression alternation, escaped, longest first: an alternation takes the
    first alternative that matches, so ``quoiqu`` must come before ``qu``."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def decode_references(text: str) -> str:
    """``text`` with each HTML character reference replaced by the character it stands for, followed by
    word joiners (U+2060) to keep its length, so offsets still point into the text as written.

    Product feeds and CMS exports carry ``&#x2019;``, ``&#xA0;`` and ``&frac12;``: read raw, they are
    numbers (2019, 0, 12), semicolons and words. A reference that names no character is left as it is.
    """
    # Most texts hold no "&": told before the run memo, whose look-up (and, on a miss, the weighing and
    # keeping of the whole text) cost more than the test; some 20,000 calls on WMT23's 5,980 segments.
    return _decoded_references(text) if "&" in text else text


@article_cached
def _decoded_references(text: str) -> str:
    def decoded(match: re.Match[str]) -> str:
        reference = match.group()
        character = html.unescape(_ESCAPED_AMPERSANDS.sub("&", reference).replace(" ", ""))
        if character == reference or not character:
            return reference
        return character[: len(reference)].ljust(len(reference), REFERENCE_FILLER)

    return _CHARACTER_REFERENCE.sub(decoded, text)


def reference_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the character references of ``text`` that stand for a character, broken ones included."""
    if "&" not in text:
        return []
    return [
        match.span()
        for match in _CHARACTER_REFERENCE.finditer(text)
        if decode_references(match.group()) != match.group()
    ]


# Texts up to this length (words, names) are folded through a cache that keeps them across articles;
# longer ones (sentences, paragraphs: rarely met again once their article is done) through a small one.
# One cache of 65,536 texts of any length filled over thousands of articles of a folder run (after 200
# WMT articles: 3,801 texts, 1,150 of them longer, holding 94 % of the characters). Bounded like this, a
# 10,000-article run's memory grew by 16 MiB after its 2,000th article instead of 20 (issue 12).
_WORD_LENGTH = 64


def fold(text: str) -> str:
    """Lower-case, accents removed, typographic apostrophes made plain: the form names are compared in."""
    if text.isascii():
        return text.casefold()
    return _fold_unicode(text) if len(text) <= _WORD_LENGTH else _fold_long(text)


@lru_cache(maxsize=1 << 14)
def _fold_unicode(text: str) -> str:
    # A pure function of a word, called once per name the word is compared with: a bounded LRU cache
    # keeps words across articles (no article, no context).
    return _folded(text)


@lru_cache(maxsize=1 << 10)
def _fold_long(text: str) -> str:
    # A sentence or paragraph is folded once per name looked for in it, within its article.
    return _folded(text)


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    # The marks are found among the text's distinct characters beyond ASCII (which has none), then removed
    # in one pass: whole paragraphs are folded too, and a Python test per character was most of their
    # cost. A class of the marks removes them some 30 times faster than str.translate's table.
    marks = "".join(sorted(ch for ch in set(decomposed) - _ASCII if unicodedata.combining(ch)))
    return (_marks_pattern(marks).sub("", decomposed) if marks else decomposed).casefold()


_ASCII = frozenset(map(chr, range(128)))


@lru_cache(maxsize=256)
def _marks_pattern(marks: str) -> re.Pattern[str]:
    """Any one of the combining ``marks``: the few sets of marks a run's texts hold, compiled once each."""
    return re.compile(f"[{re.escape(marks)}]")


def may_hold_protected(text: str) -> bool:
    """False when ``text`` holds nothing that ``_PROTECTED`` matches (a cheap test of what it needs;
    code spans are told by their backtick)."""
    return "://" in text or "@" in text or _PROTECTED_HINT.search(text) is not None


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses, domain names and inline code spans in ``text``."""
    spans = [match.span() for match in _PROTECTED.finditer(text)] if may_hold_protected(text) else []
    if "`" in text:
        spans += [match.span() for match in _CODE_SPAN.finditer(text)]
    return spans


class SpanSet:
    """Spans ``(start, end)``, in any order and overlapping or not, merged once so that whether one holds
    a position is a binary search: a check asking it of every match scanned all of a paragraph's spans
    each time, which was quadratic (``&amp;`` 20,000 times in one paragraph: 36 s in French typography)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if start >= end:
                continue  # an empty span holds no position
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, position: object) -> bool:
        if not isinstance(position, int):
            return False
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._ends[index]


def inside(position: int, spans: Sequence[tuple[int, int]] | SpanSet) -> bool:
    if isinstance(spans, SpanSet):
        return position in spans
    return any(start <= position < end for start, end in spans)


# An inline code span (Markdown, reStructuredText, help centres): what it holds is typed or shown as is,
# never prose: its words are no untranslated words, its colon no French colon. ``markup.code_span``
# compares the spans themselves.
_CODE_SPAN = re.compile(r"`[^`\n]{1,200}`")


def _masked_code(match: re.Match[str]) -> str:
    return "`" + "x" * (len(match.group()) - 2) + "`"


def mask_code(text: str) -> str:
    """``text`` with its inline code spans (between backticks) replaced by letters of the same length."""
    return _CODE_SPAN.sub(_masked_code, text) if "`" in text else text


@article_cached
def mask_protected(text: str) -> str:
    """``text`` with URLs, addresses, inline code spans and emoticons replaced by letters of the same
    length, and HTML character references decoded (:func:`decode_references`): offsets unchanged."""
    # Several checks mask the same paragraph: the cache and the cheap test keep this off the profile.
    text = decode_references(text)
    if "`" in text:
        text = _CODE_SPAN.sub(_masked_code, text)
    if not any(c in text for c in ".:;=@"):
        return text
    masked = _PROTECTED.sub(lambda match: "x" * len(match.group()), text) if may_hold_protected(text) else text
    if ":" not in masked and ";" not in masked and "=" not in masked:
        return masked  # every emoticon holds one of these: most texts are spared the scan
    return _EMOTICON.sub(lambda match: "x" * len(match.group()), masked)


def token_before(text: str, end: int) -> str:
    """The non-space token ending at ``end`` (exclusive), without leading quotes or brackets."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip("\"'«“‘„([{")


def is_abbreviation(token: str, language: Language) -> bool:
    """True when ``token`` (the word before a full stop, without the stop) looks like an abbreviation.

    Listed abbreviations, single letters and initials ("U.S", "z.B") always count; a number with a
    decimal point ("3.4%") does not. A short Latin word
    without a vowel ("cf", "vs", "bzw", "mg") counts too: such words are abbreviations in every
    language we check, and the rule saves listing every unit and every journal abbreviation.
    """
    if not token:
        return False
    lists = abbreviations(language)
    key = token.lower()
    if key in lists.never_final or key in lists.ambiguous:
        return True
    if len(token) == 1 and token.isalpha():
        return True
    if "." in token and not any(c.isdigit() for c in token):
        return True  # initials ("U.S", "z.B"); a decimal ("3.4%") is no abbreviation
    return bool(_LATIN_LETTER.fullmatch(token)) and len(token) <= 5 and not (set(key) & _VOWELS)


def copied_sentences(context: CheckContext) -> list[tuple[int, int]]:
    """Target sentences (absolute spans) that copy a source sentence of several words: the sentence
    was left untranslated (``untranslated`` reports it), and its ``30%`` keeps the source's typography."""
    source = " ".join(context.source.text.split())
    return [
        (sentence.span.start, sentence.span.end)
        for sentence in context.target.sentences
        if len(sentence.text.split()) >= 4 and " ".join(sentence.text.split()) in source
    ]
