"""Target sentences left in the source language, or copied unchanged from the source.

Language identification uses lingua restricted to the two languages of the pair
(:func:`mtqa.segment.sentence_languages`), which is accurate on single sentences; a sentence is only
judged when it has at least ``MIN_WORDS`` lower-case words in one clause (capitalised words are mostly names, which
look the same in both languages, and short texts are noisy). A target sentence identical to a source
sentence of its bead (case, spacing and punctuation ignored) is reported as copied unless it holds
no word that could be translated: names, numbers, URLs, code.

Language identification is the slow part, so a clause is first judged cheaply: one that holds at
least ``CLEAR_WORDS`` function words of the target language that the source language does not have
(``data/terminology.toml``) and none of the source language's own is in the target language, and
lingua is not asked. A clause left in the source language always holds some of the source's own
function words, so nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from mtqa.checks._textutil import load_table
from mtqa.checks.base import Check, CheckContext, CheckInfo
from mtqa.model import Finding, Sentence

MIN_WORDS = 4
CLEAR_WORDS = 2
# Sentences really left in the source language come out at 0.93-1.0 on the corpora; below 0.8 the two
# languages share too much vocabulary for a verdict (an English target sentence of Latin words scored
# French at 0.57).
MIN_CONFIDENCE = 0.8
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CLAUSE = re.compile(r"[«»“”„\"();:,–—.!?]")
_URL_OR_CODE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|`[^`]*`|\b\w+(?:[._/]\w+)+\b")


def _normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _lower_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(_URL_OR_CODE.sub(" ", text)) if w[:1].islower()]


def _translatable(text: str) -> bool:
    """True when the text holds at least one lower-case word outside URLs and code."""
    return bool(_lower_words(text))


def _copied_pairs(context: CheckContext) -> Iterator[tuple[Sentence, Sentence]]:
    """(source, target) sentence pairs of a bead whose texts are the same after normalisation."""
    for pair in context.sentence_pairs():
        sources = {_normalise(s.text): s for s in pair.source}
        for target in pair.target:
            key = _normalise(target.text)
            if key and key in sources and _translatable(target.text):
                yield sources[key], target


@cache
def _own_function_words(lang: str, other: str) -> frozenset[str]:
    """Function words of ``lang`` that are not words of ``other`` ("the" for English against French)."""
    table = load_table("terminology.toml")["function_words"]
    return frozenset(table.get(lang, ())) - frozenset(table.get(other, ()))


def _plainly_in(words: list[str], lang: str, other: str) -> bool:
    """True when the words are plainly in ``lang`` rather than ``other`` (see the module docstring)."""
    own, foreign = _own_function_words(lang, other), _own_function_words(other, lang)
    if not own or not foreign:
        return False
    folded = [w.casefold() for w in words]
    return sum(w in own for w in folded) >= CLEAR_WORDS and not any(w in foreign for w in folded)


def _base(lang: str) -> str:
    return lang.lower().split("-")[0]


def _supported(lang: str) -> bool:
    from mtqa.segment import is_supported_language

    return lang != "und" and is_supported_language(lang)


class CopiedSentence(Check):
    """A target sentence is the source sentence, unchanged."""

    info = CheckInfo(
        id="untranslated.copied_sentence",
        category="untranslated",
        severity="major",
        description="A target sentence is identical to its source sentence although it has words to translate.",
    )

    def run(self, context: CheckContext) -> Iterable[Finding]:
        if _base(context.source_lang) == _base(context.target_lang):
            return
        for source, target in _copied_pairs(context):
            yield self.finding(
                context,
                "this sentence is the source sentence, untranslated",
                target_span=target.span,
                source_span=source.span,
            )


class SourceLanguage(Check):
    """A target sentence is written in the source language."""

    info = CheckInfo(
        id="untranslated.source_language",
        category="untranslated",
        severity="major",
        description="A target sentence is in the source language rather than the target language.",
    )

    def run(self, context: CheckContext) -> Iterable[Finding]:
        source_lang, target_lang = _base(context.source_lang), _base(context.target_lang)
        if source_lang == target_lang or not (_supported(source_lang) and _supported(target_lang)):
            return
        copied = {target.index for _, target in _copied_pairs(context)}
        # Each clause is judged on its lower-case words only: names, numbers and URLs look the same in
        # both languages, and an untranslated quotation may sit inside a translated sentence.
        clauses = [
            (sentence, words)
            for sentence in context.target.sentences
            if sentence.index not in copied
            for words in (_lower_words(clause) for clause in _CLAUSE.split(_URL_OR_CODE.sub(" ", sentence.text)))
            if len(words) >= MIN_WORDS and not _plainly_in(words, target_lang, source_lang)
        ]
        if not clauses:
            return
        from mtqa.segment import sentence_languages

        languages = sentence_languages(
            [" ".join(words) for _, words in clauses], (source_lang, target_lang), MIN_CONFIDENCE
        )
        flagged = {
            sentence.index: sentence
            for (sentence, _), lang in zip(clauses, languages, strict=True)
            if lang == source_lang
        }
        for sentence in flagged.values():
            if sentence.index in flagged:
                yield self.finding(
                    context,
                    f"this sentence is in the source language ({source_lang}), not in {target_lang}",
                    target_span=sentence.span,
                )


CHECKS: tuple[type[Check], ...] = (CopiedSentence, SourceLanguage)
