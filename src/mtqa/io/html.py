"""HTML articles: block structure, text with offsets back into the file.

Parsed with the standard library's ``html.parser`` (tolerant of real-world HTML, no network, no
entity expansion beyond HTML's named and numeric references). Each block element (``p``, ``h1``-``h6``,
``li``, ``td``, ``th``, ``dt``, ``dd``, ``caption``, ``figcaption``, ``blockquote``, ``div`` text ...) is one
unit. Inline tags stay in the text verbatim (``<b>``, ``<a href="...">``), as protected spans, so the
markup checks compare tags and link targets between source and translation; ``<br>`` is a line
break. Runs of white space become one space (as a browser shows them). ``<head>``, ``<script>``,
``<style>``, ``<pre>``, ``<template>``, ``<svg>`` and ``<math>`` are left out; ``<code>`` inside a
paragraph is kept and protected.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from mtqa.errors import InputError
from mtqa.io.decoding import DEFAULT_MAX_BYTES, decode_bytes, line_starts, normalise_newlines, read_limited
from mtqa.io.units import Extract, RawUnit, assemble_document
from mtqa.model import Document

BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
SKIPPED = frozenset(
    ["head", "script", "style", "pre", "template", "svg", "math", "noscript", "iframe", "object", "textarea", "select"]
)
VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"])
_SPACE = re.compile(r"[ \t\n\f\r]+")  # HTML white space: not the no-break spaces


class _Reader(HTMLParser):
    def __init__(self, text: str, file_starts: tuple[int, ...]) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.starts = line_starts(text)
        self.file_starts = file_starts
        self.units: list[RawUnit] = []
        self.current = Extract()
        self.kind = "text"
        self.skipping: list[str] = []
        self.code_depth = 0
        self.open_comment_line: int | None = None  # where a "<!--" never closed starts

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.file_starts[min(line - 1, len(self.file_starts) - 1)] + column

    def flush(self) -> None:
        if self.current.text.strip():
            at = self.current.pieces[0][1] if self.current.pieces else 0
            self.units.append(RawUnit("", self.current, None, (("kind", self.kind),), at))
        self.current = Extract()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag in SKIPPED:
                self.skipping.append(tag)
            return
        if tag in SKIPPED:
            self.flush()
            self.skipping.append(tag)
        elif tag in BLOCKS:
            self.flush()
            self.kind = tag
        elif tag == "br":
            self.current.add("\n", self._offset(), exact=False)
        else:
            self._tag()
            if tag == "code" and tag not in VOID:
                self.code_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            return
        if tag in BLOCKS:
            self.flush()
        elif tag == "br":
            self.current.add("\n", self._offset(), exact=False)
        else:
            self._tag()

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag in BLOCKS:
            self.flush()
        elif tag not in VOID:
            self._tag()
            if tag == "code" and self.code_depth:
                self.code_depth -= 1

    def _tag(self) -> None:
        """The tag as written in the file, kept in the text as a protected span."""
        line, column = self.getpos()
        start = self.starts[min(line - 1, len(self.starts) - 1)] + column
        end = self.text.find(">", start)
        self.current.add_protected(self.text[start : end + 1 if end >= 0 else len(self.text)], self._offset())

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        base = self._offset()
        start = self.current.length
        position = 0
        for match in _SPACE.finditer(data):
            self.current.add(data[position : match.start()], base + position)
            self.current.add(" ", base + match.start(), exact=match.group() == " ")
            position = match.end()
        self.current.add(data[position:], base + position)
        if self.code_depth:
            self.current.protected.append((start, self.current.length))

    def close(self) -> None:
        # An unterminated "<!--" runs to the end of the input (the HTML standard's comment states: a
        # browser shows nothing after it). html.parser before Python 3.13.4 hands that tail back as text
        # on close(), where "<h1>" and its digits were then checked as words. The parser left the tail
        # unread in its buffer: end it as the comment it is.
        if getattr(self, "cdata_elem", None) is None and self.rawdata.startswith("<!--"):
            self.open_comment_line = self.getpos()[0]
            self.handle_comment(self.rawdata[4:])
            self.rawdata = ""
        super().close()

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, raw: str) -> None:
        if not self.skipping:
            value = unescape(raw)
            collapsed = " " if value and value in " \t\n\f\r" else value  # &nbsp; stays a no-break space
            self.current.add(collapsed, self._offset(), exact=value == raw)


def read_html(path: Path | str, lang: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Document:
    return parse_html(read_limited(Path(path), max_bytes), str(path), lang)


_HUGE_REFERENCE = re.compile(r"&#[xX]?([0-9a-fA-F]{1000,})")


# The charset an XHTML file's XML declaration, or an HTML file's <meta charset> / <meta http-equiv
# content="...; charset=..."> names, looked for in the first 1,024 bytes as browsers do (a BOM wins).
_XML_CHARSET = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._-]+)""", re.IGNORECASE)
_PRESCAN = 1024


def _declared_charset(data: bytes) -> str | None:
    """The encoding the file declares, unless it names a single-byte one over bytes that are UTF-8 (an
    editor saved the file as UTF-8 and the declaration stayed), or UTF-16/UTF-32 in a ``<meta>``: a tag
    that could be read as ASCII bytes cannot be UTF-16, so HTML's encoding sniffing (WHATWG, "prescan")
    takes that label as UTF-8, as browsers do. Real UTF-16 is found by its BOM or NUL bytes before this."""
    from mtqa.io.decoding import utf8_labelled_single_byte, wide_charset

    head = data[:_PRESCAN]
    found = _XML_CHARSET.match(head) or _META_CHARSET.search(head)
    if found is None:
        return None
    label = found.group(1).decode("ascii")
    return None if utf8_labelled_single_byte(data, label) or wide_charset(label) else label


def parse_html(data: bytes, name: str, lang: str | None = None) -> Document:
    original = decode_bytes(data, name, _declared_charset(data))
    text = normalise_newlines(original)
    # html.parser counts lines by "\n": it reads the normalised text, and offsets move to the file by line.
    reader = _Reader(text, line_starts(original))
    try:
        reader.feed(text)
        reader.close()
    except ValueError as error:
        # html.unescape reads a numeric reference with int(): past 4,300 digits Python refuses it and
        # advises raising its own limit, which a user cannot act on. Name the reference instead.
        huge = _HUGE_REFERENCE.search(text)
        if huge is None:  # pragma: no cover - html.parser is tolerant otherwise
            raise InputError(f"{name}: cannot parse HTML: {error}") from None
        line = text.count("\n", 0, huge.start()) + 1
        raise InputError(
            f"{name}: line {line}: a character reference of {len(huge.group(1)):,} digits (no character has "
            "one); remove it or write the character"
        ) from None
    except AssertionError as error:  # pragma: no cover - html.parser is tolerant
        raise InputError(f"{name}: cannot parse HTML: {error}") from None
    reader.flush()
    if reader.open_comment_line is not None and not reader.units:
        raise InputError(
            f"{name}: line {reader.open_comment_line}: no text to check: a comment ('<!--') opened there is never "
            "closed, so the rest of the file is a comment, as in a browser; close it with '-->'"
        )
    return assemble_document(reader.units, name, original, data, lang)
