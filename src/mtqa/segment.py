"""Sentence segmentation and language identification.

Sentences come from ``sentencex`` (Wikimedia's segmenter: ~300 languages, maintained, about 100 times
faster than pysbd on news text), whose boundaries are then repaired with mtqa's abbreviation lists
(``data/abbreviations.toml``): neither sentencex nor pysbd keeps ``M. Wang``, ``Mr. Smith`` (in French
text), ``av. J.-C.`` or ``p. ex.`` together. A boundary that machine translation inserted by mistake
(``la coopération. potentiel``) is deliberately kept: the checks need to see it.

Languages come from ``lingua`` (its models ship inside the wheel; nothing is downloaded).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from mtqa.errors import InputError
from mtqa.model import Document, Paragraph, Sentence, Span

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

if TYPE_CHECKING:
    from lingua import LanguageDetector

_UNICODE_SPACE = re.compile(r"[^\S\n\r\t ]")
_FALLBACK_SPLIT = re.compile(r"(?<=[.!?])\s+")
_LAST_TOKEN = re.compile(r"(\S+)\.[\"'»”’)\]]*\s*$")
_INITIAL = re.compile(r"^(?:\w\.)*[A-ZÀ-ÖØ-Þ]$")
_SENTENCE_START = re.compile(r"^[\s\"'«“‘(\[—–-]*[A-ZÀ-ÖØ-Þ0-9]")


@dataclass(frozen=True)
class Abbreviations:
    never_final: frozenset[str]
    ambiguous: frozenset[str]


@cache
def abbreviations(lang: str) -> Abbreviations:
    """The abbreviation lists for a language, merged with the language-independent ones."""
    with resources.files("mtqa.data").joinpath("abbreviations.toml").open("rb") as handle:
        table = tomllib.load(handle)
    common = table["all"]
    specific = table.get(_base_language(lang), {"never_final": [], "ambiguous": []})
    return Abbreviations(
        never_final=frozenset(common["never_final"]) | frozenset(specific["never_final"]),
        ambiguous=frozenset(common["ambiguous"]) | frozenset(specific["ambiguous"]),
    )


def _base_language(lang: str) -> str:
    return lang.lower().replace("_", "-").split("-")[0]


def _keeps_together(before: str, after: str, abbrev: Abbreviations) -> bool:
    """True when the boundary between two raw segments falls after an abbreviation, not a sentence."""
    if after.lstrip().startswith(("-", "‑")):
        return True  # "av. J.-C." split before the hyphen
    match = _LAST_TOKEN.search(before)
    if match is None:
        return False
    token = match.group(1).lstrip("\"'«“‘([")
    key = token.lower()
    if key in abbrev.never_final or _INITIAL.match(token):
        return True
    return key in abbrev.ambiguous and not _SENTENCE_START.match(after)


def split_sentences(text: str, lang: str) -> list[Span]:
    """Sentence spans (relative to ``text``), trimmed of surrounding white space, covering all of it."""
    # sentencex slices bytes around some non-ASCII spaces and panics ("A\u00a0. B"); every Unicode space
    # becomes an ASCII one, character for character, so offsets found in this copy hold for ``text``.
    plain = _UNICODE_SPACE.sub(" ", text)
    pieces = [piece for piece in _sentencex_pieces(plain, lang) if piece.strip()]
    abbrev = abbreviations(lang)
    merged: list[str] = []
    for piece in pieces:
        if merged and _keeps_together(merged[-1], piece, abbrev):
            merged[-1] += piece
        else:
            merged.append(piece)
    return list(_locate(plain, merged))


def _sentencex_pieces(text: str, lang: str) -> list[str]:
    import sentencex

    try:
        return list(sentencex.segment(_base_language(lang), text))
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


def segment_document(document: Document, lang: str) -> Document:
    """Return the document with every paragraph split into sentences (global sentence indices)."""
    paragraphs: list[Paragraph] = []
    next_index = 0
    for paragraph in document.paragraphs:
        sentences = []
        for span in split_sentences(paragraph.text, lang):
            absolute = span.shift(paragraph.span.start)
            sentences.append(Sentence(next_index, paragraph.index, absolute, document.excerpt(absolute)))
            next_index += 1
        paragraphs.append(replace(paragraph, sentences=tuple(sentences)))
    return replace(document, lang=lang, paragraphs=tuple(paragraphs))


@cache
def _document_detector() -> LanguageDetector:
    from lingua import LanguageDetectorBuilder

    # Low-accuracy mode loads only the small models: a whole article is long enough for it, and the
    # full models of all 75 languages take about ten seconds to load.
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def detect_language(document: Document) -> str:
    """ISO 639-1 code of the document's language."""
    sample = "\n".join(p.text for p in document.paragraphs)[:20_000]
    language = _document_detector().detect_language_of(sample)
    if language is None:
        raise InputError(f"{document.path}: cannot identify the language; pass --source-lang/--target-lang")
    return language.iso_code_639_1.name.lower()


@cache
def sentence_detector(languages: tuple[str, ...]) -> LanguageDetector:
    """A detector restricted to a few languages (ISO 639-1), fast and accurate on single sentences."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in sorted(set(languages))]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def sentence_languages(
    texts: Sequence[str], languages: tuple[str, ...], min_confidence: float = 0.0
) -> list[str | None]:
    """Most likely language (ISO 639-1) of each text among ``languages``; None when undecided.

    With ``min_confidence``, a language is only returned when lingua's confidence in it reaches that
    value: between two close languages, a short English sentence full of Latin words
    ("attendance", "admissions") can come out French at 0.57.
    """
    detector = sentence_detector(languages)
    if min_confidence <= 0.0:
        results = detector.detect_languages_in_parallel_of(list(texts))
        return [r.iso_code_639_1.name.lower() if r is not None else None for r in results]
    decided: list[str | None] = []
    for values in detector.compute_language_confidence_values_in_parallel(list(texts)):
        best = values[0] if values else None
        confident = best is not None and best.value >= min_confidence
        decided.append(best.language.iso_code_639_1.name.lower() if confident and best is not None else None)
    return decided


def is_supported_language(code: str) -> bool:
    from lingua import IsoCode639_1

    return hasattr(IsoCode639_1, _base_language(code).upper())
