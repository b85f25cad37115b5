"""Glossary terms and do-not-translate terms (config ``[glossary]`` and ``[do_not_translate]``).

A glossary term found in a source sentence (case-insensitive, whole words, each word allowed a
simple inflection ending: ``central banks`` matches ``central bank``) must be rendered by its required
target term (accents and case ignored, same inflection tolerance) in the aligned target sentence. It
is reported only when the aligned target paragraph also holds fewer renderings than the source
paragraph has occurrences, so that a sentence aligner's regrouping cannot cause a false report. A
do-not-translate term must appear verbatim (case-sensitive) under the same rule.

Consistency of repeated terms across an article (category ``consistency``) is not checked yet: without
a dictionary, telling a different rendering from an inflected or paraphrased one was not precise
enough on the corpora.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from mtqa.checks.base import Check, CheckContext, CheckInfo, SentencePair
from mtqa.checks.names import fold
from mtqa.model import Finding, Span

# Plural and inflection endings of the supported languages (en, fr, de, es, it), kept short on purpose.
_ENDING = r"(?:'s|’s|s|es|x|e|en|n|er|ern|i)?"


@cache
def _term_pattern(term: str, *, ignore_case: bool = True, inflect: bool = True) -> re.Pattern[str]:
    words = term.split()
    ending = _ENDING if inflect else ""
    body = r"[\s\u00a0\u202f-]+".join(re.escape(word) + ending for word in words)
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE if ignore_case else 0)


def _find(term: str, text: str, offset: int) -> list[Span]:
    if not term.strip():
        return []
    return [Span(offset + m.start(), offset + m.end()) for m in _term_pattern(term).finditer(text)]


@dataclass(frozen=True)
class _Occurrence:
    term: str
    source: Span
    pair: SentencePair


def _occurrences(context: CheckContext, terms: Iterable[str]) -> Iterator[_Occurrence]:
    """Every source occurrence of a term in a sentence bead that has a translation."""
    terms = tuple(t for t in terms if t.strip())
    if not terms:
        return
    for pair in context.sentence_pairs():
        if not pair.source or not pair.target:
            continue
        for sentence in pair.source:
            for term in terms:
                for span in _find(term, sentence.text, sentence.span.start):
                    yield _Occurrence(term, span, pair)


def _target_paragraph_text(context: CheckContext, pair: SentencePair) -> str:
    return "\n".join(context.target.paragraphs[i].text for i in pair.paragraph_bead.target)


def _source_paragraph_text(context: CheckContext, pair: SentencePair) -> str:
    return "\n".join(context.source.paragraphs[i].text for i in pair.paragraph_bead.source)


def _lacking(source_count: int, target_count: int, in_bead: bool) -> bool:
    """Missing from the aligned sentence, and the paragraph as a whole has fewer renderings than
    occurrences in the source (so a sentence aligner's regrouping cannot cause a report)."""
    return not in_bead and target_count < source_count


def _target_span(pair: SentencePair) -> Span:
    return Span(pair.target[0].span.start, pair.target[-1].span.end)


class GlossaryTerm(Check):
    """A glossary term of the source is not rendered by its required translation."""

    info = CheckInfo(
        id="terminology.glossary",
        category="terminology",
        severity="major",
        description="A source term from the glossary is not translated with the required target term.",
    )

    def run(self, context: CheckContext) -> Iterable[Finding]:
        glossary = context.config.glossary
        reported: set[tuple[str, int]] = set()
        for occurrence in _occurrences(context, glossary):
            required = glossary[occurrence.term]
            if not required.strip():
                continue
            pattern = _term_pattern(fold(required))
            if not _lacking(
                len(_term_pattern(occurrence.term).findall(_source_paragraph_text(context, occurrence.pair))),
                len(pattern.findall(fold(_target_paragraph_text(context, occurrence.pair)))),
                bool(pattern.search(fold(occurrence.pair.target_text))),
            ):
                continue
            key = (occurrence.term, occurrence.pair.target[0].index)
            if key in reported:
                continue
            reported.add(key)
            yield self.finding(
                context,
                f"the glossary requires {required!r} for {occurrence.term!r}",
                target_span=_target_span(occurrence.pair),
                source_span=occurrence.source,
                suggestion=required,
            )


class DoNotTranslate(Check):
    """A do-not-translate term of the source is missing from the translation."""

    info = CheckInfo(
        id="terminology.do_not_translate",
        category="terminology",
        severity="major",
        description="A do-not-translate term of the source does not appear unchanged in the translation.",
    )

    def run(self, context: CheckContext) -> Iterable[Finding]:
        reported: set[tuple[str, int]] = set()
        for occurrence in _occurrences(context, context.config.do_not_translate):
            pattern = _term_pattern(occurrence.term, ignore_case=False, inflect=False)
            if not _lacking(
                len(_term_pattern(occurrence.term).findall(_source_paragraph_text(context, occurrence.pair))),
                len(pattern.findall(_target_paragraph_text(context, occurrence.pair))),
                bool(pattern.search(occurrence.pair.target_text)),
            ):
                continue
            key = (occurrence.term, occurrence.pair.target[0].index)
            if key in reported:
                continue
            reported.add(key)
            yield self.finding(
                context,
                f"{occurrence.term!r} must not be translated; it is missing from the translation",
                target_span=_target_span(occurrence.pair),
                source_span=occurrence.source,
                suggestion=occurrence.term,
            )


CHECKS: tuple[type[Check], ...] = (GlossaryTerm, DoNotTranslate)
