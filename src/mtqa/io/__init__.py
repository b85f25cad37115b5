"""Readers: files in, Documents out.

Monolingual articles (plain text, Markdown, HTML) give one :class:`~mtqa.model.Document` each
(:func:`read_document`); bilingual files (XLIFF, TMX, PO, CSV/TSV/JSONL) and pairs of resource
files (JSON, YAML) give a :class:`BilingualDocument`: both Documents and the alignment the file
carries (:func:`read_bilingual`, :func:`read_resource_pair`). The format is chosen by file suffix.
Every reader enforces the input size limit and the encoding rules of :mod:`mtqa.io.decoding`, and
parses XML with defusedxml (:mod:`mtqa.io.xmlsafe`).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from mtqa.errors import InputError
from mtqa.io.decoding import DEFAULT_MAX_BYTES
from mtqa.io.tabular import Columns
from mtqa.io.text import decode, document_from_sentences, document_from_text, read_text, split_paragraphs
from mtqa.io.units import BilingualDocument, UnitPair
from mtqa.model import Document, InputIssue

XLIFF_SUFFIXES = (".xlf", ".xliff", ".sdlxliff", ".mqxliff")
TABLE_SUFFIXES = (".csv", ".tsv", ".tab", ".jsonl", ".ndjson")
BILINGUAL_SUFFIXES = (*XLIFF_SUFFIXES, ".tmx", ".po", *TABLE_SUFFIXES)
RESOURCE_SUFFIXES = (".json", ".yml", ".yaml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUBTITLE_SUFFIXES = (".srt", ".vtt")


@dataclass(frozen=True)
class ReadOptions:
    """What the readers need beyond the path; every field has a working default."""

    max_bytes: int | None = DEFAULT_MAX_BYTES
    source_lang: str | None = None
    target_lang: str | None = None
    columns: Columns = field(default_factory=Columns)
    fuzzy: str = "exclude"  # PO: "exclude" or "include"


def is_bilingual(path: Path | str) -> bool:
    """True for a file that holds both the source and the translation (XLIFF, TMX, PO, CSV ...)."""
    return Path(path).suffix.lower() in BILINGUAL_SUFFIXES


def is_resource(path: Path | str) -> bool:
    return Path(path).suffix.lower() in RESOURCE_SUFFIXES


@contextmanager
def _nesting_guard(path: Path | str) -> Iterator[None]:
    """A file nested deeper than the readers' recursion (XML inline codes inside each other thousands
    of times) is bad input, not a crash."""
    try:
        yield
    except RecursionError:
        raise InputError(f"{path}: nested too deeply to read") from None


def read_document(path: Path | str, lang: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Document:
    """A monolingual article: Markdown, HTML and subtitles (SRT, WebVTT) structure-aware, anything else as
    plain text."""
    with _nesting_guard(path):
        return _readable_path(_read_document(path, lang, max_bytes))


def _read_document(path: Path | str, lang: str | None, max_bytes: int | None) -> Document:
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        from mtqa.io.markdown import read_markdown

        return read_markdown(path, lang, max_bytes=max_bytes)
    if suffix in HTML_SUFFIXES:
        from mtqa.io.html import read_html

        return read_html(path, lang, max_bytes=max_bytes)
    if suffix in SUBTITLE_SUFFIXES:
        from mtqa.io.subtitles import read_subtitles

        return read_subtitles(path, lang, max_bytes=max_bytes)
    if suffix in RESOURCE_SUFFIXES:
        raise InputError(
            f"{path}: a {suffix} resource file pairs with the same resource file in the other language "
            "(mtqa check en.json fr.json), not with an article"
        )
    if suffix in BILINGUAL_SUFFIXES:
        raise InputError(f"{path}: a {suffix} file holds source and translation; check it alone: mtqa check {path}")
    return read_text(path, lang, max_bytes)


def read_bilingual(path: Path | str, options: ReadOptions | None = None) -> BilingualDocument:
    """Both sides of a bilingual file and the alignment it carries."""
    with _nesting_guard(path):
        return _readable_paths(_read_bilingual(path, options or ReadOptions()))


def _read_bilingual(path: Path | str, options: ReadOptions) -> BilingualDocument:
    suffix = Path(path).suffix.lower()
    if suffix in XLIFF_SUFFIXES:
        from mtqa.io.xliff import read_xliff

        document = read_xliff(path, options.max_bytes)
    elif suffix == ".tmx":
        from mtqa.io.tmx import read_tmx

        document = read_tmx(path, options.source_lang, options.target_lang, options.max_bytes)
    elif suffix == ".po":
        from mtqa.io.po import read_po

        document = read_po(path, "include" if options.fuzzy == "include" else "exclude", options.max_bytes)
    elif suffix in TABLE_SUFFIXES:
        from mtqa.io.tabular import read_table

        columns = options.columns
        if columns.source_lang is None and columns.target_lang is None:
            columns = Columns(columns.source, columns.target, columns.id, options.source_lang, options.target_lang)
        document = read_table(path, columns, options.max_bytes)
    else:
        raise InputError(f"{path}: not a bilingual file ({', '.join(BILINGUAL_SUFFIXES)})")
    return document


def read_resource_pair(source: Path | str, target: Path | str, options: ReadOptions | None = None) -> BilingualDocument:
    """Two key-value resource files (``en.json``/``fr.json``) as one bilingual document."""
    from mtqa.io.resource import read_resource_pair as read_pair

    with _nesting_guard(source):
        reading = options or ReadOptions()
        return _readable_paths(read_pair(source, target, reading.max_bytes, reading.target_lang))


def display_path(path: str) -> str:
    """A file name as reports show it: bytes that are not UTF-8 (a Latin-1 name from a zip archive,
    which Python holds as lone surrogates) written as ``\\xe9`` escapes, so the name can be printed
    and written in UTF-8 reports."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def _readable_path(document: Document) -> Document:
    shown = display_path(document.path)
    return document if shown == document.path else dataclasses.replace(document, path=shown, file_path=document.path)


def _readable_paths(document: BilingualDocument) -> BilingualDocument:
    source, target = _readable_path(document.source), _readable_path(document.target)
    if source is document.source and target is document.target:
        return document
    return dataclasses.replace(document, source=source, target=target)


__all__ = [
    "BilingualDocument",
    "Columns",
    "InputIssue",
    "ReadOptions",
    "UnitPair",
    "decode",
    "document_from_sentences",
    "document_from_text",
    "is_bilingual",
    "is_resource",
    "read_bilingual",
    "read_document",
    "read_resource_pair",
    "read_text",
    "split_paragraphs",
]
