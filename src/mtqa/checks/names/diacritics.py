"""Names whose diacritics the translation strips: ``Filip Žák`` written ``Filip Zak`` in Czech.

A capitalised source word with letters beyond ASCII (``Žák``, ``Łódź``, ``Hélène``) is looked for in its
aligned target sentences written without them (anyascii: ``Zak``, ``Lodz``, ``Helene``). It is reported
only when the target language writes one of the lost letters itself (:func:`mtqa.lang.letters.native_letters`,
from CLDR): a Czech, Polish or Spanish reader expects ``Žák``, ``Łódź``, ``Hélène``, while English news
often writes foreign names without their marks, and German ones have no ``ž`` of their own; or when the
translation keeps more names of the source with a letter its language does not write (English ``Cais do
Sodré``) than it strips: its own style keeps names' marks. A word that opens its sentence and is a common word of the
source language (a capitalised ``État``) is no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mtqa.checks.base import CheckContext, SentencePair
from mtqa.lang import Language
from mtqa.lang.letters import native_letters
from mtqa.lang.lexicon import lexicon
from mtqa.model import Span
from mtqa.runcache import article_cached

_WORD = re.compile(r"[^\W\d_]+")
# A letter of _WORD beyond ASCII: a sentence without one has no word to look for (curly quotes and
# dashes, beyond ASCII too, are no letters).
_BEYOND_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
# A sentence-initial word this common in the source language (Zipf) is a common word, not a name.
COMMON_ZIPF = 3.0
MIN_LETTERS = 3


@dataclass(frozen=True)
class StrippedName:
    word: str  # as the source writes it
    span: Span  # of the stripped form in the target
    source_span: Span


def stripped_names(context: CheckContext, pair: SentencePair) -> Iterator[StrippedName]:
    """The source name words that the pair's target sentences write without their diacritics."""
    if not pair.target:
        return
    native = native_letters(context.target_language)
    wanted: dict[str, tuple[str, Span]] = {}
    for sentence in pair.source:
        if _BEYOND_ASCII_LETTER.search(sentence.text) is None:
            continue  # most sentences: no word of it has a letter beyond ASCII to lose (one scan)
        for word, plain, lost, start, end in _source_words(sentence.text, context.source_language):
            # The article-wide style is read only for a letter the target language does not write itself.
            if not lost & native and not lost & context.analysis(kept_foreign_letters):
                continue
            wanted.setdefault(plain, (word, Span(sentence.span.start + start, sentence.span.start + end)))
    if not wanted:
        return
    for sentence in pair.target:
        words = _WORD.findall(sentence.text)
        for match in _WORD.finditer(sentence.text):
            found = wanted.get(match.group())
            if found is None:
                found = _partly_stripped(match.group(), wanted, native)
            if found is None or found[0] in words:
                continue  # written with its marks too: the plain form is another word
            start = sentence.span.start + match.start()
            yield StrippedName(found[0], Span(start, start + len(match.group())), found[1])


def _partly_stripped(word: str, wanted: dict[str, tuple[str, Span]], native: frozenset[str]) -> tuple[str, Span] | None:
    """The source name that ``word`` writes with some of its marks and without others, the lost ones of
    letters the target language writes (``Kubíčková`` as ``Kubičková`` in Czech): no style keeps half of a
    name's marks. A word that changes a mark for another (``è`` for ``é``) is another spelling, not this."""
    if word.isascii() or len(word) < MIN_LETTERS:
        return None
    found = wanted.get(_plain(word))
    if found is None or len(found[0]) != len(word) or found[0] == word:
        return None
    lost = {a.lower() for a, b in zip(found[0], word, strict=True) if a != b and b.isascii()}
    changed = any(a != b and not b.isascii() for a, b in zip(found[0], word, strict=True))
    return found if lost and lost <= native and not changed else None


@article_cached
def _source_words(text: str, language: Language) -> tuple[tuple[str, str, frozenset[str], int, int], ...]:
    """The capitalised words of a source sentence that lose letters in ASCII: the word, its plain form,
    the letters it loses and its place in the sentence; a word that opens the sentence and is a common
    word of the language left out. Kept for the run: the translations of one source read them once."""
    source_words = lexicon(language)
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii() or len(word) < MIN_LETTERS or not word[0].isupper():
            continue
        plain = _plain(word)
        if plain == word or not plain.isascii():
            continue
        opening = not text[: match.start()].strip(" \"'«“„‘(")
        if opening and source_words is not None and source_words.zipf(word) >= COMMON_ZIPF:
            continue
        found.append((word, plain, frozenset(c.lower() for c in word if not c.isascii()), match.start(), match.end()))
    return tuple(found)


def kept_foreign_letters(context: CheckContext) -> frozenset[str]:
    """Every letter beyond ASCII of the source's names, when the translation keeps more names of the
    source with a letter its language does not write itself than it strips of theirs (English ``Cais do
    Sodré``, ``São Tomé``, ``Conceição`` and one ``Magalhaes``): its style keeps names' marks, so a name
    stripped of its own is a slip. Empty otherwise: a translation that strips as many as it keeps
    (German ``Témouchent`` beside ``Ain`` and ``Beni Saf``) follows usage, name by name."""
    native = native_letters(context.target_language)
    source_names = {
        word
        for word in set(_WORD.findall(context.source.text))
        if not word.isascii() and word[:1].isupper() and any(not c.isascii() and c.lower() not in native for c in word)
    }
    if not source_names:
        return frozenset()
    target_words = set(_WORD.findall(context.target.text))
    # A name written both ways counts as stripped: the translation does not hold to its marks.
    plain = {word: _plain(word) for word in source_names}
    stripped = sum(1 for word, bare in plain.items() if bare != word and bare in target_words)
    kept = sum(1 for word, bare in plain.items() if word in target_words and bare not in target_words)
    if kept <= stripped:
        return frozenset()
    return frozenset(c.lower() for word in source_names for c in word if not c.isascii())


def _plain(word: str) -> str:
    """The word in ASCII letters (``Žák`` -> ``Zak``, ``Łódź`` -> ``Lodz``); other scripts come out
    longer or with marks and are not compared."""
    from anyascii import anyascii

    plain: str = anyascii(word)
    return plain if len(plain) == len(word) else word
