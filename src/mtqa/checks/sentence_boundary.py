"""Sentence boundaries that machine translation inserted where the source has none.

- ``sentence_boundary.mid_sentence_stop``: a full stop followed by a lower-case word
  (``la coopération. potentiel dans ce domaine``). Not reported after abbreviations (``M.``, ``etc.``,
  ``p. ex.``, ``z. B.``, initials, short vowel-less tokens), ellipses, ordinal numbers in languages
  that write them with a full stop (``am 3. und 4. Mai``), nor before lower-case brands (``iPhone``,
  ``eBay``), nor when the source paragraph has as many such stops itself.
- ``sentence_boundary.fragment``: a short verbless target sentence made of a name or a date
  (``Chine Direct mardi.``), or a verbless adverbial phrase opening with a preposition (``Après un
  débat houleux, au-delà de minuit.``), in a bead whose source has fewer sentences, i.e. the piece
  belongs to a source sentence. Without a part-of-speech tagger, "verbless" means: no word from the language's
  list of common verb forms and no word with a typical finite-verb ending
  (``data/sentence_boundary.toml``).

Severity major for both: a sentence cut in two reads as broken and often loses its meaning
("la coopération. potentiel" no longer says "potential cooperation").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from mtqa.checks._textutil import base_language, is_abbreviation, load_table, mask_protected, token_before
from mtqa.checks.base import Check, CheckContext, CheckInfo, SentencePair
from mtqa.model import Finding, Sentence, Span

# A full stop, spaces, then a word that starts with a lower-case letter.
_STOP_THEN_LOWER = re.compile(r"(?<![.…])\.[^\S\n]+(?=[^\W\d_])")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NEXT_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass(frozen=True)
class _Lexicon:
    verbs: frozenset[str]
    endings: tuple[str, ...]
    date_words: frozenset[str]
    max_words: int
    clause_openers: frozenset[str]
    clause_words: tuple[int, int]  # (min, max) words of a verbless adverbial phrase
    clause_verb_endings: tuple[str, ...]


@cache
def _lexicon(lang: str) -> _Lexicon | None:
    table = load_table("sentence_boundary.toml")
    entry = table.get(base_language(lang))
    if not isinstance(entry, dict):
        return None
    return _Lexicon(
        verbs=frozenset(entry.get("verbs", [])),
        endings=tuple(entry.get("finite_endings", [])),
        date_words=frozenset(entry.get("date_words", [])),
        max_words=int(table["max_fragment_words"]),
        clause_openers=frozenset(entry.get("clause_openers", [])),
        clause_words=(int(table["min_clause_fragment_words"]), int(table["max_clause_fragment_words"])),
        clause_verb_endings=tuple(entry.get("clause_verb_endings", [])),
    )


@cache
def _ordinal_languages() -> frozenset[str]:
    return frozenset(load_table("punctuation.toml")["ordinal_period_languages"])


def mid_sentence_stops(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans ``[stop, end of next word)`` of full stops followed by a lower-case word."""
    masked = mask_protected(text)
    ordinal = base_language(lang) in _ordinal_languages()
    spans = []
    for match in _STOP_THEN_LOWER.finditer(masked):
        word = _NEXT_WORD.match(masked, match.end())
        if word is None or not _starts_lower(word.group()):
            continue
        before = token_before(masked, match.start()).rstrip(")]»”\"'’")
        if _excused(before, lang, ordinal):
            continue
        spans.append((match.start(), word.end()))
    return spans


def _starts_lower(word: str) -> bool:
    # "iPhone", "eBay", "mRNA": a capital later in the word marks a brand or a symbol, not a sentence.
    return word[0].islower() and not any(c.isupper() for c in word[1:]) and "." not in word


def _excused(before: str, lang: str, ordinal: bool) -> bool:
    if not before or before.endswith(("..", "…")):
        return True
    if ordinal and before.isdigit():
        return True
    if before[-1].isdigit() and not before.isdigit():
        return True  # "Fig.2. and", "n°5."
    return is_abbreviation(before, lang)


class MidSentenceStop(Check):
    info = CheckInfo(
        id="sentence_boundary.mid_sentence_stop",
        category="sentence_boundary",
        severity="major",
        description="A full stop inside a sentence: `. ` followed by a lower-case word.",
    )

    def run(self, context: CheckContext) -> Iterator[Finding]:
        for pair in context.paragraph_pairs():
            source_count = sum(len(mid_sentence_stops(p.text, context.source_lang)) for p in pair.source)
            for paragraph in pair.target:
                spans = mid_sentence_stops(paragraph.text, context.target_lang)
                if len(spans) <= source_count:
                    continue  # the source has the same oddity (a list "a. b.", a quoted fragment)
                for start, end in spans:
                    span = Span(paragraph.span.start + start, paragraph.span.start + end)
                    word = paragraph.text[start:end].lstrip(". \u00a0")
                    yield self.finding(
                        context,
                        f"a full stop cuts the sentence before {word!r}",
                        target_span=span,
                        suggestion=" " + word,
                    )


def _is_short(text: str, lang: str) -> bool:
    lexicon = _lexicon(lang)
    limit = lexicon.max_words if lexicon else 5
    return len(_WORD.findall(text)) <= limit


def has_verb(text: str, lang: str) -> bool | None:
    """Whether ``text`` holds a likely finite verb (a listed verb form or a typical ending); None when
    the language has no lexicon."""
    lexicon = _lexicon(lang)
    if lexicon is None:
        return None
    words = _WORD.findall(text)
    if any(w.lower() in lexicon.verbs for w in words):
        return True
    return any(w.islower() and len(w) >= 5 and w.endswith(lexicon.endings) for w in words)


def is_fragment(text: str, lang: str) -> bool:
    """True for a short verbless sentence made of a name or a date (``Chine Direct mardi.``), or a
    verbless adverbial phrase opening with a preposition (``Après un débat houleux, au-delà de minuit.``)."""
    lexicon = _lexicon(lang)
    stripped = text.strip()
    if lexicon is None or not stripped.endswith(".") or stripped.endswith(".."):
        return False
    if stripped[-2:-1].isdigit() and base_language(lang) in _ordinal_languages():
        return False  # "der 10." is an ordinal the segmenter mistook for a sentence end
    words = _WORD.findall(stripped)
    if not words or not words[0][0].isupper() or has_verb(stripped, lang):
        return False
    if _is_adverbial_phrase(words, lexicon):
        return True  # its verb is in another sentence: "Après un débat houleux, au-delà de minuit."
    if len(words) > lexicon.max_words:
        return False
    names_or_dates = [w for i, w in enumerate(words) if (i and w[0].isupper()) or w.lower() in lexicon.date_words]
    return bool(names_or_dates) or any(c.isdigit() for c in stripped)


_ELISION = re.compile(r"^[^\W\d_]{1,2}['’]")


def _is_adverbial_phrase(words: list[str], lexicon: _Lexicon) -> bool:
    """A preposition and a few words, none of which may be a verb even by a looser test than
    :func:`has_verb` (``c'est``, ``roulent``)."""
    low, high = lexicon.clause_words
    if not low <= len(words) <= high or words[0].lower() not in lexicon.clause_openers:
        return False
    for word in words:
        bare = _ELISION.sub("", word.lower())
        if bare in lexicon.verbs or (word.islower() and len(bare) >= 5 and bare.endswith(lexicon.clause_verb_endings)):
            return False
    return True


class VerblessFragment(Check):
    info = CheckInfo(
        id="sentence_boundary.fragment",
        category="sentence_boundary",
        severity="major",
        description=(
            "A short verbless name, date or adverbial phrase split off as its own sentence (`Chine Direct mardi.`)."
        ),
    )

    def run(self, context: CheckContext) -> Iterator[Finding]:
        for pair in context.sentence_pairs():
            if len(pair.target) > len(pair.source) and (len(pair.target) > 1 or not pair.source):
                yield from self._bead(context, pair)

    def _bead(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        fragments = [s for s in pair.target if is_fragment(s.text, context.target_lang)]
        # A short source sentence ("Shame on Audubon.") may be translated by a short target sentence:
        # only target fragments beyond the source's short sentences were split off something longer.
        if len(fragments) > sum(_is_short(s.text, context.source_lang) for s in pair.source):
            for sentence in fragments:
                yield self._finding(context, sentence)

    def _finding(self, context: CheckContext, sentence: Sentence) -> Finding:
        return self.finding(
            context,
            f"{sentence.text!r} is a verbless fragment split off a source sentence",
            target_span=sentence.span,
        )


CHECKS: tuple[type[Check], ...] = (MidSentenceStop, VerblessFragment)
