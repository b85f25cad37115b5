"""Place names kept in the source language's form where the target language has its own:
``Sitten`` (German) in a French sentence, which writes ``Sion``; ``Mailand`` in English for ``Milan``.

Only the ``[[exonym]]`` groups of ``data/names.toml`` are read (Babel's city names are too many to
trust both ways), and only one-word names written with a capital and lower-case letters (acronyms such as
``US`` go into compounds, ``US-Regierung``). A source word is judged when the group gives the target
language forms of its own, none spelt like it (``Beijing`` is French too), the target sentence keeps it
as written and holds none of those forms, and neither in the source nor in the translation does it
stand next to another capitalised word, alone or across a connector: there it is part of a name kept
whole (``Pro Natura Wallis``, ``Creative Scotland``, ``Junta de Andalucía``), which the names' owners
choose. A form the target language's own text uses (Zipf ``MAX_TARGET_ZIPF`` or more in wordfreq's list:
``Torino`` in English, a football club; ``Vienne`` in English, a French department that shares its name
with Vienna's French name) is left alone: it may name something else there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mtqa.checks._textutil import fold
from mtqa.checks.base import CheckContext, SentencePair
from mtqa.checks.names.lexicon import exonyms, word_list
from mtqa.lang import Language
from mtqa.lang.lexicon import lexicon
from mtqa.model import Span
from mtqa.runcache import article_cached

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A kept form this common in the target language (Zipf) is in use there, perhaps for another place.
MAX_TARGET_ZIPF = 2.0


@dataclass(frozen=True)
class KeptExonym:
    word: str  # as the target keeps it
    forms: tuple[str, ...]  # the target language's own forms
    span: Span


def kept_exonyms(context: CheckContext, pair: SentencePair) -> Iterator[KeptExonym]:
    candidates = source_exonyms(
        tuple(sentence.text for sentence in pair.source), context.source_language, context.target_language
    )
    if not candidates:
        return  # most sentences: no place of the exonym table in the source sentence
    target_lexicon = lexicon(context.target_language)
    if target_lexicon is None:
        return
    target_connectors = word_list("connectors", context.target_language)
    for sentence in pair.target:
        folded = fold(sentence.text)
        matches = list(_WORD.finditer(sentence.text))
        words = [m.group() for m in matches]
        for index, match in enumerate(matches):
            forms = candidates.get(fold(match.group()))
            if forms is None or _beside_capital(words, index, target_connectors):
                continue
            if target_lexicon.zipf(match.group().casefold()) >= MAX_TARGET_ZIPF:
                continue
            if any(fold(form) in folded for form in forms):
                continue  # the sentence names the place in its own language too
            span = Span(sentence.span.start + match.start(), sentence.span.start + match.end())
            yield KeptExonym(match.group(), forms, span)


@article_cached
def source_exonyms(texts: tuple[str, ...], source: Language, target: Language) -> dict[str, tuple[str, ...]]:
    """The places of the source sentences ``texts`` (folded) that the target language writes in forms of
    its own, with those forms (sorted). Kept for the run: the translations of one source ask for its
    sentences again. Read, never changed."""
    table = exonyms(source, target)
    candidates: dict[str, tuple[str, ...]] = {}
    source_connectors = word_list("connectors", source)
    for text in texts:
        words = _WORD.findall(text)
        for index, word in enumerate(words):
            own = table.get(fold(word))
            if not own or not _plain_capitalised(word) or _beside_capital(words, index, source_connectors):
                continue
            if fold(word) in {fold(form) for form in own}:
                continue  # the target language writes the name alike too
            candidates[fold(word)] = tuple(sorted(own))
    return candidates


def _plain_capitalised(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].replace("-", "").isalpha() and word[1:].islower()


def _beside_capital(words: list[str], index: int, connectors: frozenset[str]) -> bool:
    """True when a neighbouring word is capitalised, or a connector joins one (``Junta de Andalucía``):
    the place is part of a longer name. A sentence's first word counts too (``Creative Scotland``)."""
    before = words[index - 1] if index else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    if index >= 2 and fold(before) in connectors:
        before = words[index - 2]
    if index + 2 < len(words) and fold(after) in connectors:
        after = words[index + 2]
    return before[:1].isupper() or after[:1].isupper()
