"""What the checks must not look into: code, placeholders, inline tags and link targets.

Readers of structured files mark such spans as protected (``Document.source_map.protected``: inline code
and link targets of Markdown, tags kept in HTML text, XLIFF placeholders). The checks read a *masked*
copy of the document, with the same offsets, in which every character of a protected span (white space
aside, so lines and paragraphs keep their shape) is U+2060 WORD JOINER: not a letter, digit, space or
punctuation mark, so no rule sees a word, a number or a colon there (``:mod:`colorsys```). Checks that
compare the markup itself declare ``sees_protected`` and get the original.
"""

from __future__ import annotations

from dataclasses import replace

from mtqa.model import Document, Span

MASK = "\u2060"


def masked(document: Document) -> Document:
    """``document`` with its protected spans masked (the same object when it has none)."""
    spans = document.source_map.protected if document.source_map else ()
    if not spans:
        return document
    text = _mask(document.text, spans, 0)
    paragraphs = tuple(
        replace(
            paragraph,
            text=_mask(paragraph.text, spans, paragraph.span.start),
            sentences=tuple(replace(s, text=_mask(s.text, spans, s.span.start)) for s in paragraph.sentences),
        )
        for paragraph in document.paragraphs
    )
    return replace(document, text=text, paragraphs=paragraphs)


def _mask(text: str, spans: tuple[Span, ...], offset: int) -> str:
    """``text`` (which starts at ``offset`` of the document) with the protected spans masked."""
    end = offset + len(text)
    inside = [
        (max(s.start, offset) - offset, min(s.end, end) - offset) for s in spans if s.start < end and s.end > offset
    ]
    if not inside:
        return text
    characters = list(text)
    for start, stop in inside:
        for position in range(start, stop):
            if not characters[position].isspace():
                characters[position] = MASK
    return "".join(characters)
