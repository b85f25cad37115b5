"""The genre of an article read from the layout of its source, for the profile-dependent rules.

When no profile is chosen (``--profile``, ``profile =`` in ``mtqa.toml``), a folder of product pages
should not be held to the rules of newspaper prose: ``Diamètre: 50 mm`` and a tagline in capitals are
how product sheets are written (docs/profiles.md). A product page is written in lines rather than
paragraphs of prose: specification lines (``Weight: 2.5 kg``) and short fragments without a closing
full stop (a title, a tagline, feature bullets). News, reports and documentation are prose: a title, a
dateline or a ``Photo: Reuters`` line are all the fragments they have. The thresholds were set on
articles of 14 language pairs (none of them product pages, none past one specification-like line in
any of the 11,054 WMT21/22 documents of ``bench/false_alarms.py``'s data, two at most) and on one
set of product pages; the source is read, not the translation, so that every engine's translation of
one source is checked with the same rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mtqa.config import Profile
    from mtqa.model import Document

# A label of at most six words and at least two letters (``Q:`` and ``A:`` of an interview are no
# labels), a colon, then a value: ``Weight: 2.5 kg``, ``Écran : 15,6"``, ``重量：1.2 kg``.
_SPECIFICATION = re.compile(r"^\s*(?P<label>[^\W\d_][^\W_]*(?:[ \t/&+.,()'-]+[^\W_]+){0,5}\)?)\s?[:：]\s*\S")
_BULLET = re.compile(r"^\s*[•·‣◦●○■□▪▫►▶➤✓✔☑*–—-]\s*\S")
# A sentence ends with a stop, possibly inside closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]」』]*\s*$")
# Words a line may hold and still be a specification or a fragment rather than a sentence.
SPECIFICATION_WORDS = 14
FRAGMENT_WORDS = 12
# A product page: at least this many lines and this many specification lines, and either this share
# of specification lines and this share of lines that are specifications, bullets or fragments (a page
# of short lines), or more specification lines and a larger share of them (feature lines written as
# sentences between them).
MIN_PARAGRAPHS = 5
MIN_SPECIFICATIONS = 3
MIN_SPECIFICATION_SHARE = 0.15
MIN_LINE_SHARE = 0.4
MANY_SPECIFICATIONS = 4
LARGE_SPECIFICATION_SHARE = 0.25
# Or fewer specification lines on a page made mostly of short lines (feature lines without stops, a
# title, a tagline): no news document of the WMT21/22 sets, corpora/ or the blind news sets has two
# specification lines, while short documents of headlines reach 0.8 of short lines with one or none.
FEW_SPECIFICATIONS = 2
MOSTLY_SHORT_LINES = 0.55
MOSTLY_SHORT_MIN_PARAGRAPHS = 8


@dataclass(frozen=True)
class Layout:
    """How many lines of a document are specification lines, bullets and short fragments (each line
    counted once, in that order); ``paragraphs`` counts the lines."""

    paragraphs: int
    specifications: int
    bullets: int
    fragments: int

    @property
    def is_product_page(self) -> bool:
        if self.paragraphs < MIN_PARAGRAPHS or self.specifications < FEW_SPECIFICATIONS:
            return False
        lines = self.specifications + self.bullets + self.fragments
        short_lines = (
            self.specifications >= MIN_SPECIFICATIONS
            and self.specifications >= MIN_SPECIFICATION_SHARE * self.paragraphs
            and lines >= MIN_LINE_SHARE * self.paragraphs
        )
        many_specifications = (
            self.specifications >= MANY_SPECIFICATIONS
            and self.specifications >= LARGE_SPECIFICATION_SHARE * self.paragraphs
        )
        mostly_short = self.paragraphs >= MOSTLY_SHORT_MIN_PARAGRAPHS and lines >= MOSTLY_SHORT_LINES * self.paragraphs
        return short_lines or many_specifications or mostly_short


def layout_of(texts: list[str]) -> Layout:
    """The layout of a document given as its lines."""
    specifications = bullets = fragments = 0
    for text in texts:
        words = len(text.split())
        if _is_specification(text, words):
            specifications += 1
        elif _BULLET.match(text):
            bullets += 1
        elif words <= FRAGMENT_WORDS and not _SENTENCE_END.search(text):
            fragments += 1
    return Layout(len(texts), specifications, bullets, fragments)


def _is_specification(text: str, words: int) -> bool:
    match = _SPECIFICATION.match(text)
    if match is None or words > SPECIFICATION_WORDS:
        return False
    letters = sum(character.isalpha() for character in match["label"])
    # A question or an exclamation after the colon is speech, not a value.
    return letters >= 2 and not text.rstrip().endswith(("?", "!", "？", "！"))


def inferred_profile(source: Document) -> Profile:
    """``product`` when the source is laid out as a product page, ``docs`` when it reads as a help or
    documentation page, else ``news``. Lines are read, not paragraphs: a shop's export often puts one
    field per line with no blank line between them."""
    lines = [line for paragraph in source.paragraphs for line in paragraph.text.splitlines() if line.strip()]
    if layout_of(lines).is_product_page:
        return "product"
    return "docs" if is_help_page(lines) else "news"


# A numbered step ("1. Open", "2) Click"); what the reader types or clicks: inline code, a bold label,
# a keyboard shortcut.
_STEP = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
_INTERFACE = re.compile(r"`[^`\n]+`|\*\*[^*\n]+\*\*|\b[A-Z][a-z]{1,4}\+(?:[A-Z][a-z]*\+)*[A-Z0-9]\w*")
# A help page: this many numbered steps and this many interface marks, or many interface marks alone.
MIN_STEPS = 3
MIN_INTERFACE_MARKS = 2
MANY_INTERFACE_MARKS = 6


def is_help_page(lines: list[str]) -> bool:
    """True for documentation written as steps that name what to click or type: news numbers a list now
    and then, but writes no inline code, bold button labels or shortcuts (none of the WMT21/22
    documents, corpora/ or the blind news sets does)."""
    steps = sum(1 for line in lines if _STEP.match(line))
    marks = sum(len(_INTERFACE.findall(line)) for line in lines)
    return (steps >= MIN_STEPS and marks >= MIN_INTERFACE_MARKS) or marks >= MANY_INTERFACE_MARKS
