"""What an article's translation (and source) holds, told once: its distinct characters, so that a check whose every
finding needs some character returns at once on an article without it.

Most checks look for marks most texts lack (brackets, percent signs, quotation marks, guillemets), and
on a short segment their own scans of a text they will not flag are most of their cost: about 0.5 ms
of check steps per segment (issue 12). The set of a document's characters is computed once per article
(an analysis of its context) and each such check tests it first. Every gate is a necessary condition
of every finding of its check, and says why beside it, so no finding changes.

The characters are those of the text as written and of the text with its HTML character references
decoded (:func:`~mtqa.checks._textutil.decode_references`), since a check that decodes reads ``&#37;``
as a percent sign. Masking URLs and emoticons (:func:`~mtqa.checks._textutil.mask_protected`) only
replaces characters with ``x``, so it brings no mark a gate tests for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtqa.checks._textutil import decode_references
from mtqa.model import Document

if TYPE_CHECKING:
    from mtqa.checks.base import CheckContext


def characters(document: Document) -> frozenset[str]:
    """The distinct characters of ``document``: its text, its paragraphs' and those their references stand for."""
    text = document.text
    present = set(text)
    for paragraph in document.paragraphs:
        if text[paragraph.span.start : paragraph.span.end] != paragraph.text:
            present.update(paragraph.text)  # not a slice of the text: read it too
    if "&" in present:
        present.update(decode_references(document.text))
        for paragraph in document.paragraphs:
            present.update(decode_references(paragraph.text))
    return frozenset(present)


def target_characters(context: CheckContext) -> frozenset[str]:
    """The target's characters: an analysis, computed once per article."""
    return characters(context.target)


def source_characters(context: CheckContext) -> frozenset[str]:
    """The source's characters: an analysis, computed once per article."""
    return characters(context.source)


def target_lacks(context: CheckContext, wanted: str) -> bool:
    """True when the target holds none of the characters of ``wanted``."""
    return context.analysis(target_characters).isdisjoint(wanted)


def target_digits(context: CheckContext) -> frozenset[str]:
    """The target's decimal digits of any script (what ``\\d`` matches): an analysis."""
    return frozenset(character for character in context.analysis(target_characters) if character.isdecimal())
