"""Plain-text and Markdown articles.

How the text is decoded, and therefore how every character offset in a report is counted:

1. The bytes are decoded as described in :mod:`mtqa.io.decoding`: UTF-8, or UTF-16/UTF-32 identified
   by a BOM (removed) or, without one, by the pattern of their NUL bytes; any other NUL byte, and any
   other encoding, is an error. Files over the input size limit are refused before they are read.
2. Line endings are normalised: CRLF and lone CR become LF, and so do NEL (U+0085, from EBCDIC
   conversions) and LINE SEPARATOR (U+2028); PARAGRAPH SEPARATOR (U+2029, from Word or InDesign
   exports) becomes a blank line, a paragraph break.
3. Offsets are Python string indices, i.e. Unicode code points, into that decoded (NFC), normalised text.

Paragraphs are blocks of non-blank lines separated by one or more blank lines (lines holding only
white space and invisible format characters, such as a zero-width space, count as blank). A
paragraph's span covers its text without the surrounding blank lines and without leading/trailing
white space; lines inside a paragraph keep their newline.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from mtqa.errors import InputError
from mtqa.io.decoding import DEFAULT_MAX_BYTES, decode_bytes, normalise_newlines, read_limited
from mtqa.model import Document, Paragraph, Sentence, Span

_BREAKS = str.maketrans({"\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"})
# Characters that show nothing: a line of them (with spaces) is blank, a file of them empty.
_INVISIBLE_CHARACTERS = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
_INVISIBLE = str.maketrans(dict.fromkeys(map(ord, _INVISIBLE_CHARACTERS), " "))


def decode(data: bytes, name: str) -> str:
    """Decode the bytes of an article and normalise its line and paragraph breaks."""
    return normalise_newlines(decode_bytes(data, name)).translate(_BREAKS)


def is_blank(text: str) -> bool:
    """True when ``text`` shows nothing: white space (NBSP, ideographic space) and invisible format
    characters (zero-width space, word joiner, BOM, soft hyphen) only."""
    stripped = text.strip()
    # A line whose first character past the spaces shows is not blank: the translation runs only otherwise.
    return not stripped or (stripped[0] in _INVISIBLE_CHARACTERS and not stripped.translate(_INVISIBLE).strip())


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Paragraphs of a decoded text, with their spans.

    One pass over the lines (a regular expression over the whole text was quadratic on a long line
    of spaces).
    """
    paragraphs: list[Paragraph] = []
    start: int | None = None  # offset of the first non-space character of the open paragraph
    end = 0  # offset just after its last non-space character
    position = 0
    for line in text.split("\n"):
        if not is_blank(line):
            if start is None:
                start = position + len(line) - len(line.lstrip())
            end = position + len(line.rstrip())
        elif start is not None:
            paragraphs.append(Paragraph(index=len(paragraphs), span=Span(start, end), text=text[start:end]))
            start = None
        position += len(line) + 1
    if start is not None:
        paragraphs.append(Paragraph(index=len(paragraphs), span=Span(start, end), text=text[start:end]))
    return tuple(paragraphs)


def read_bytes(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file, turning OS errors into one-line input errors that name the file."""
    return read_limited(path, max_bytes)


def document_from_text(text: str, path: str, lang: str | None = None, data: bytes | None = None) -> Document:
    """Build an unsegmented Document from already-decoded text."""
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        what = "holds only spaces and invisible characters" if text.strip() else "is empty"
        raise InputError(f"{path}: the file {what} (no text)")
    digest = hashlib.sha256(data if data is not None else text.encode("utf-8")).hexdigest()
    return Document(path=path, text=text, lang=lang, paragraphs=paragraphs, sha256=digest)


def document_from_sentences(paragraphs: Sequence[Sequence[str]], path: str, lang: str | None = None) -> Document:
    """A segmented Document from sentences already split (one list per paragraph).

    The text is the sentences joined by single spaces, paragraphs by blank lines; offsets point into it.
    For content that arrives segmented (translation memories, one-sentence-a-line test sets).
    """
    text = ""
    built: list[Paragraph] = []
    index = 0
    for number, sentences in enumerate(paragraphs):
        if number:
            text += "\n\n"
        start = len(text)
        items = []
        for position, sentence in enumerate(sentences):
            if position:
                text += " "
            items.append(Sentence(index, number, Span(len(text), len(text) + len(sentence)), sentence))
            text += sentence
            index += 1
        built.append(Paragraph(number, Span(start, len(text)), text[start:], tuple(items)))
    return Document(path, text, lang, tuple(built), hashlib.sha256(text.encode("utf-8")).hexdigest())


def read_text(path: Path | str, lang: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Document:
    """Read a plain-text article into an unsegmented Document."""
    file_path = Path(path)
    data = read_bytes(file_path, max_bytes)
    return document_from_text(decode(data, str(path)), str(path), lang, data)
