"""Sentence segmentation.

Sentences come from ``sentencex`` (Wikimedia's segmenter: ~300 languages, maintained, about 100 times
faster than pysbd on news text), whose boundaries are then repaired with the language's abbreviation
lists (``[segment]`` in ``data/lang/<code>.toml``, plus ``data/abbreviations.toml`` for every
language): neither sentencex nor pysbd keeps ``M. Wang``, ``Mr. Smith`` (in French text), ``av. J.-C.``
or ``p. ex.`` together. A boundary that machine translation inserted by mistake (``la coopération.
potentiel``) is deliberately kept: the checks need to see it. Language identification is in
:mod:`mtqa.lang.detect`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from mtqa.lang import Language, as_language
from mtqa.model import Document, Paragraph, Sentence, Span
from mtqa.tables import package_table

_UNICODE_SPACE = re.compile(r"[^\S\n\r\t ]")
_FALLBACK_SPLIT = re.compile(r"(?<=[.!?])\s+")
# Only whole tokens are tried (a lookbehind): searching from every character of a long word was quadratic.
_LAST_TOKEN = re.compile(r"(?<!\S)(\S+)\.[\"'»”’)\]]*\s*$")
# An initial ("J", "J.-P" less its stop, "А", "Ł") and the first character a sentence starts with: capital
# letters of every script (Cyrillic "А. С. Пушкин", Polish "r. Łódź"), told by str.isupper.
_INITIAL = re.compile(r"^(?:\w\.)*[^\W\d_]$")
_SENTENCE_START = re.compile(r"^[\s\"'«“‘(\[—–-]*(\w)")


@dataclass(frozen=True)
class Abbreviations:
    never_final: frozenset[str]
    ambiguous: frozenset[str]
    # The language writes ordinal numbers with a full stop (Czech "6. října", Danish "3. maj").
    ordinal_period: bool = False


@cache
def abbreviations(language: Language) -> Abbreviations:
    """The abbreviation lists of a language, merged with the language-independent ones."""
    common = package_table("abbreviations.toml")["all"]
    data = language.data
    return Abbreviations(
        never_final=frozenset(common["never_final"]) | data.words("segment", "never_final"),
        ambiguous=frozenset(common["ambiguous"]) | data.words("segment", "ambiguous"),
        ordinal_period=data.flag("traits", "ordinal_period"),
    )


def _keeps_together(before: str, after: str, abbrev: Abbreviations) -> bool:
    """True when the boundary between two raw segments falls after an abbreviation, not a sentence."""
    if after.lstrip().startswith(("-", "‑")):
        return True  # "av. J.-C." split before the hyphen
    match = _LAST_TOKEN.search(before)
    if match is None:
        return False
    token = match.group(1).lstrip("\"'«“‘([")
    key = token.lower()
    if key in abbrev.never_final or (_INITIAL.match(token) and token[-1].isupper()):
        return True
    if abbrev.ordinal_period and token.isdigit() and _starts_lower(after):
        return True  # an ordinal before a lower-case word ("PRAHA, 6. října"): sentencex cuts Czech dates
    return key in abbrev.ambiguous and not _starts_sentence(after)


def _starts_lower(text: str) -> bool:
    start = _SENTENCE_START.match(text)
    return start is not None and start.group(1).islower()


def _starts_sentence(text: str) -> bool:
    start = _SENTENCE_START.match(text)
    return start is not None and (start.group(1).isupper() or start.group(1) in "0123456789")


def split_sentences(text: str, lang: Language | str) -> list[Span]:
    """Sentence spans (relative to ``text``), trimmed of surrounding white space, covering all of it."""
    # sentencex slices bytes around some non-ASCII spaces and panics ("A\u00a0. B"); every Unicode space
    # becomes an ASCII one, character for character, so offsets found in this copy hold for ``text``.
    plain = _UNICODE_SPACE.sub(" ", text)
    pieces = [piece for piece in _sentencex_pieces(plain, as_language(lang)) if piece.strip()]
    language = as_language(lang)
    abbrev = abbreviations(language)
    # Pieces kept together are collected, then joined once, and only the end of a group is searched for
    # its last token: growing one string and searching it all at each piece was quadratic ("e.g. " 20,000
    # times in one paragraph took 70 s).
    groups: list[list[str]] = []
    for piece in pieces:
        if groups and _keeps_together(_tail(groups[-1]), piece, abbrev):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return list(_locate(plain, ["".join(group) for group in groups]))


# How much of a group's end is searched for its last token: far more than any abbreviation or chain of
# initials; a token running past it is read from the part inside it.
_TAIL = 256


def _tail(group: list[str]) -> str:
    """The end of a group of pieces: its last piece, with the pieces before it up to ``_TAIL`` characters."""
    tail = group[-1]
    index = len(group) - 1
    while len(tail) < _TAIL and index > 0:
        index -= 1
        tail = group[index] + tail
    return tail


def _sentencex_pieces(text: str, language: Language) -> list[str]:
    import sentencex

    try:
        return list(sentencex.segment(language.code, text))
    except BaseException as error:  # a Rust panic arrives as pyo3's PanicException, a BaseException
        if isinstance(error, KeyboardInterrupt | SystemExit):
            raise
        # Never lose a document to a segmenter bug: fall back to splitting after . ! ? and a space.
        return _FALLBACK_SPLIT.split(text)


def _locate(text: str, pieces: Iterable[str]) -> Iterable[Span]:
    # sentencex may drop or alter white space between pieces, so find each piece's words in order.
    position = 0
    for piece in pieces:
        core = piece.strip()
        start = text.find(core, position)
        if start < 0:  # pragma: no cover - sentencex returns substrings; guard against future changes
            start = position
            core = text[position:].strip()
        end = start + len(core)
        yield Span(start, end)
        position = end


def segment_document(document: Document, lang: Language | str) -> Document:
    """Return the document with every paragraph split into sentences (global sentence indices);
    its ``lang`` becomes the language's minimal tag."""
    language = as_language(lang)
    paragraphs: list[Paragraph] = []
    next_index = 0
    for paragraph in document.paragraphs:
        sentences = []
        for span in split_sentences(paragraph.text, language):
            absolute = span.shift(paragraph.span.start)
            sentences.append(Sentence(next_index, paragraph.index, absolute, document.excerpt(absolute)))
            next_index += 1
        paragraphs.append(replace(paragraph, sentences=tuple(sentences)))
    return replace(document, lang=language.tag, paragraphs=tuple(paragraphs))
