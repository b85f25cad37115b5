"""The syntax of UI message strings: ICU MessageFormat (FormatJS, i18next-icu, Java, Android), i18next's
``{{name}}``, printf's ``%s``/``%(name)s`` and ``%1$s``.

Resource files (JSON, YAML) hold such strings; their syntax is not prose. :func:`syntax_spans` finds it
so that readers mark it *protected* (only the markup checks read it): an argument's braces, name, type
and style (``{when, date, short}``), a plural or select argument's keywords (``{count, plural, one {``
... ``} other {`` ... ``}}``) and its ``#``, while the sub-messages between them stay text to check.
A string that is not well-formed MessageFormat (an unbalanced brace) keeps only its simple
placeholders protected.

The scanner follows ICU's quoting rule (an apostrophe quotes only before ``{``, ``}``, ``#`` or ``|``,
and ``''`` is one apostrophe), so "l'IA" stays prose.
"""

from __future__ import annotations

import re

_COMPLEX_TYPES = frozenset({"plural", "select", "selectordinal"})
_SIMPLE_PLACEHOLDER = re.compile(
    r"\{\{[^{}\n]*\}\}"  # i18next, Handlebars: {{name}}
    r"|\{[\w.]*\}"  # {name}, {0}, {}
    r"|%(?:\d+\$)?(?:\([\w.]+\))?[-#0 +]*(?:\d+|\*)?(?:\.\d+)?[hlLqjzt]*[diouxXeEfFgGcrs@]"  # printf, %1$s, %@
)
_NAME = re.compile(r"\s*[\w.-]*\s*")
_SELECTOR = re.compile(r"\s*(?:offset:\s*\d+\s*)?(=?[\w.-]+)\s*")
_BLANK = re.compile(r"\s*")
_QUOTABLE = "{}#|"


class _Malformed(Exception):
    """The string is not MessageFormat."""


def syntax_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are message syntax, in order and disjoint."""
    if "{" not in text:
        return _simple(text)
    try:
        spans: list[tuple[int, int]] = []
        end = _message(text, 0, spans, in_plural=False)
        if end != len(text):
            raise _Malformed
    except (_Malformed, RecursionError):  # arguments nested a thousand deep are no message either
        return _simple(text)
    return _merged([*spans, *_simple_outside(text, spans)])


def _simple(text: str) -> list[tuple[int, int]]:
    if not any(mark in text for mark in "{%"):
        return []
    return [match.span() for match in _SIMPLE_PLACEHOLDER.finditer(text) if match.group() != "%%"]


def _simple_outside(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """printf placeholders in the prose parts (MessageFormat has its own braces)."""
    if "%" not in text:
        return []
    return [
        match.span()
        for match in _SIMPLE_PLACEHOLDER.finditer(text)
        if match.group().startswith("%") and not any(a <= match.start() < b for a, b in spans)
    ]


def _message(text: str, position: int, spans: list[tuple[int, int]], *, in_plural: bool) -> int:
    """Scan prose and arguments from ``position`` up to an unmatched ``}`` (or the end); its index."""
    length = len(text)
    while position < length:
        character = text[position]
        if character == "'":
            position = _after_quote(text, position, in_plural)
        elif character == "{":
            position = _argument(text, position, spans)
        elif character == "}":
            return position
        elif character == "#" and in_plural:
            spans.append((position, position + 1))
            position += 1
        else:
            position += 1
    return position


def _after_quote(text: str, position: int, in_plural: bool) -> int:
    following = text[position + 1 : position + 2]
    if following == "'":
        return position + 2
    if not following or following not in _QUOTABLE or (following == "#" and not in_plural):
        return position + 1  # an apostrophe in prose ("l'IA")
    closing = text.find("'", position + 1)
    return len(text) if closing < 0 else closing + 1


def _argument(text: str, start: int, spans: list[tuple[int, int]]) -> int:
    """Scan the argument opening at ``start``; the index after its closing brace."""
    name = _NAME.match(text, start + 1)
    position = name.end() if name else start + 1
    if text.startswith("}", position):
        spans.append((start, position + 1))
        return position + 1
    if not text.startswith(",", position):
        raise _Malformed
    kind = _NAME.match(text, position + 1)
    if kind is None or not kind.group().strip():
        raise _Malformed
    position = kind.end()
    if kind.group().strip() in _COMPLEX_TYPES:
        if not text.startswith(",", position):
            raise _Malformed
        return _branches(text, start, position + 1, spans, counts=kind.group().strip() != "select")
    closing = text.find("}", position)
    if closing < 0 or "{" in text[position:closing]:
        raise _Malformed
    spans.append((start, closing + 1))
    return closing + 1


def _branches(text: str, start: int, position: int, spans: list[tuple[int, int]], *, counts: bool) -> int:
    """A plural/select argument's ``selector {message}`` pairs; the syntax up to each ``{`` and each
    closing brace is protected, the messages are scanned as prose (``counts``: a plural's, where ``#``
    is the number)."""
    syntax_start = start
    while True:
        if text.startswith("}", position):
            spans.append((syntax_start, position + 1))
            return position + 1
        selector = _SELECTOR.match(text, position)
        if selector is None or not text.startswith("{", selector.end()):
            raise _Malformed
        spans.append((syntax_start, selector.end() + 1))
        end = _message(text, selector.end() + 1, spans, in_plural=counts)
        if end >= len(text):
            raise _Malformed
        syntax_start, position = end, _BLANK.match(text, end + 1).end()  # type: ignore[union-attr]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
