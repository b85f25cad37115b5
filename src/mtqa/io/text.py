"""Plain-text and Markdown articles.

How the text is decoded, and therefore how every character offset in a report is counted:

1. The bytes are decoded as UTF-8 (a UTF-8 BOM is removed), or as UTF-16 when the file starts with a
   UTF-16 BOM (little or big endian; the BOM is removed). Any other encoding is an error.
2. Line endings are normalised: CRLF and lone CR become LF.
3. Offsets are Python string indices, i.e. Unicode code points, into that decoded, normalised text.

Paragraphs are blocks of non-blank lines separated by one or more blank lines (lines holding only
white space count as blank). A paragraph's span covers its text without the surrounding blank lines
and without leading/trailing white space; lines inside a paragraph keep their newline.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

from mtqa.errors import InputError
from mtqa.model import Document, Paragraph, Sentence, Span

# A paragraph is a maximal run of lines that each hold a non-space character.
_PARAGRAPH = re.compile(r"[^\S\n]*\S[^\n]*(?:\n[^\S\n]*\S[^\n]*)*")


def decode(data: bytes, name: str) -> str:
    """Decode the bytes of an article and normalise its line endings."""
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    encoding = "utf-16" if utf16 else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: cannot decode as {'UTF-16' if encoding == 'utf-16' else 'UTF-8'} "
            f"at byte offset {error.start}; save the file as UTF-8"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Paragraphs of a decoded text, with their spans."""
    paragraphs: list[Paragraph] = []
    for match in _PARAGRAPH.finditer(text):
        block = match.group()
        start = match.start() + len(block) - len(block.lstrip())
        stripped = block.strip()
        paragraphs.append(Paragraph(index=len(paragraphs), span=Span(start, start + len(stripped)), text=stripped))
    return tuple(paragraphs)


def read_bytes(path: Path) -> bytes:
    """Read a file, turning OS errors into one-line input errors that name the file."""
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a directory, expected a text file")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None


def document_from_text(text: str, path: str, lang: str | None = None, data: bytes | None = None) -> Document:
    """Build an unsegmented Document from already-decoded text."""
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise InputError(f"{path}: the file is empty (no text)")
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


def read_document(path: Path | str, lang: str | None = None) -> Document:
    """Read a plain-text or Markdown article into an unsegmented Document."""
    file_path = Path(path)
    data = read_bytes(file_path)
    return document_from_text(decode(data, str(path)), str(path), lang, data)
