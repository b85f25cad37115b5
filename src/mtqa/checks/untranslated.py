"""Target sentences left in the source language, or copied unchanged from the source.

Language identification uses lingua restricted to the two languages of the pair
(:meth:`mtqa.lang.detect.LanguageIdentifier.sentence_languages`), which is accurate on single sentences;
a sentence is only judged when it has at least ``MIN_WORDS`` lower-case words in one clause (capitalised
words are mostly names, which look the same in both languages, and short texts are noisy). A target
sentence identical to a source sentence of its bead (case, spacing and punctuation ignored) is reported
as copied unless it holds no word that could be translated: names, numbers, URLs, code.

Language identification is the slow part, so a clause is first judged cheaply: one that holds at least
``CLEAR_WORDS`` function words of the target language that the source language does not have
(``[terminology] function_words`` in ``data/lang/<code>.toml``) and none of the source language's own is
in the target language, and lingua is not asked. A clause left in the source language always holds some
of the source's own function words, so nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from mtqa.checks.base import Check, CheckContext, CheckInfo, Scope, SentencePair, fails, passes
from mtqa.lang import Language
from mtqa.lang.detect import is_detectable
from mtqa.model import Finding, Sentence

MIN_WORDS = 4
CLEAR_WORDS = 2
# Sentences really left in the source language come out at 0.93-1.0 on the corpora; below 0.8 the two
# languages share too much vocabulary for a verdict (an English target sentence of Latin words scored
# French at 0.57).
MIN_CONFIDENCE = 0.8
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CLAUSE = re.compile(r"[«»“”„\"();:,–—.!?]")
_URL_OR_CODE = re.compile(r"(?:https?://|www\.)\S+|(?<!\S)\S+@\S+\.\w+|`[^`]*`|\b\w+(?:[._/]\w+)+\b")


def _normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _lower_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(_URL_OR_CODE.sub(" ", text)) if w[:1].islower()]


def _translatable(text: str) -> bool:
    """True when the text holds at least one lower-case word outside URLs and code."""
    return bool(_lower_words(text))


def _copied_in(pair: SentencePair) -> Iterator[tuple[Sentence, Sentence]]:
    """(source, target) sentence pairs of a bead whose texts are the same after normalisation."""
    sources = {_normalise(s.text): s for s in pair.source}
    for target in pair.target:
        key = _normalise(target.text)
        if key and key in sources and _translatable(target.text):
            yield sources[key], target


def _copied_targets(context: CheckContext) -> frozenset[int]:
    """Indices of the target sentences that copy their source sentence."""
    return frozenset(target.index for pair in context.sentence_pairs() for _, target in _copied_in(pair))


@cache
def _own_function_words(language: Language, other: Language) -> frozenset[str]:
    """Function words of ``language`` that are not words of ``other`` ("the" for English against French)."""
    return language.data.words("terminology", "function_words") - other.data.words("terminology", "function_words")


def _plainly_in(words: list[str], lang: Language, other: Language) -> bool:
    """True when the words are plainly in ``lang`` rather than ``other`` (see the module docstring)."""
    own, foreign = _own_function_words(lang, other), _own_function_words(other, lang)
    if not own or not foreign:
        return False
    folded = [w.casefold() for w in words]
    return sum(w in own for w in folded) >= CLEAR_WORDS and not any(w in foreign for w in folded)


class CopiedSentence(Check):
    """A target sentence is the source sentence, unchanged."""

    info = CheckInfo(
        id="untranslated.copied_sentence",
        category="untranslated",
        severity="major",
        description="A target sentence is identical to its source sentence although it has words to translate.",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "The museum will reopen in May.",
                "The museum will reopen in May.",
                finds="The museum will reopen in May.",
            ),
        ),
        passing=(
            passes("Kubernetes 1.29 (https://k8s.io)", "Kubernetes 1.29 (https://k8s.io)"),
            passes("The museum will reopen in May.", "Le musée rouvrira en mai."),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        if context.source_language.same_language(context.target_language):
            return
        for source, target in _copied_in(pair):
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
        scope=Scope.DOCUMENT,
        requires=("source_language",),
        failing=(
            fails(
                "The talks ended on Monday. The two parties will meet again next month in Geneva.",
                "Les pourparlers ont pris fin lundi. The two sides will meet again next month in Geneva.",
                finds="The two sides will meet again next month in Geneva.",
            ),
        ),
        passing=(
            passes(
                "The talks ended on Monday. The two sides will meet again next month in Geneva.",
                "Les pourparlers ont pris fin lundi. Les deux parties se reverront le mois prochain à Genève.",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterable[Finding]:
        source_language, target_language = context.source_language, context.target_language
        if source_language.same_language(target_language) or not (
            is_detectable(source_language) and is_detectable(target_language)
        ):
            return
        copied = context.analysis(_copied_targets)
        # Each clause is judged on its lower-case words only: names, numbers and URLs look the same in
        # both languages, and an untranslated quotation may sit inside a translated sentence.
        clauses = [
            (sentence, words)
            for sentence in context.target.sentences
            if sentence.index not in copied
            for words in (_lower_words(clause) for clause in _CLAUSE.split(_URL_OR_CODE.sub(" ", sentence.text)))
            if len(words) >= MIN_WORDS and not _plainly_in(words, target_language, source_language)
        ]
        if not clauses:
            return
        languages = context.identifier.sentence_languages(
            [" ".join(words) for _, words in clauses], (source_language, target_language), MIN_CONFIDENCE
        )
        flagged = {
            sentence.index: sentence
            for (sentence, _), language in zip(clauses, languages, strict=True)
            if language == source_language
        }
        for sentence in flagged.values():
            yield self.finding(
                context,
                f"this sentence is in the source language ({source_language.code}), not in {target_language.code}",
                target_span=sentence.span,
            )


CHECKS: tuple[type[Check], ...] = (CopiedSentence, SourceLanguage)
