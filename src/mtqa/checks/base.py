"""What every check is made of: declared metadata, a context to read, and a helper to build findings.

A check is a small class with a class-level :class:`CheckInfo` and one method for the unit its
``scope`` names: ``check_sentence`` (one sentence bead), ``check_paragraph`` (one paragraph bead) or
``check_document`` (the whole article). The runner (:mod:`mtqa.checks.runner`) does the iterating,
checks the declared requirements before running, isolates a check that crashes, and applies the
declared ``defers_to`` preconditions. Checks never raise on odd text: a check that cannot judge a unit
says nothing about it. Work that several checks need (names, numbers, lengths) is computed once per
article through :meth:`CheckContext.analysis` and dropped with the context.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from mtqa.config import CheckConfig
from mtqa.lang import UND, Language
from mtqa.model import (
    Alignment,
    Bead,
    Category,
    Document,
    Finding,
    Paragraph,
    ParagraphBead,
    Sentence,
    Severity,
    Span,
)
from mtqa.runcache import RunMemo

if TYPE_CHECKING:
    from mtqa.embed.base import Encoder
    from mtqa.lang.detect import LanguageIdentifier

T = TypeVar("T")


class Scope(str, enum.Enum):
    """The unit a check looks at; the runner calls the check once per unit."""

    SENTENCE = "sentence"  # one sentence bead (with its paragraph bead)
    PARAGRAPH = "paragraph"  # one paragraph bead
    DOCUMENT = "document"  # the whole article pair


Requirement = Literal["encoder", "source_language", "reference", "same_script"]
REQUIREMENTS: tuple[Requirement, ...] = ("encoder", "source_language", "reference", "same_script")
SentenceMode = Literal["auto", "paragraph", "one-to-one"]


@dataclass(frozen=True)
class Example:
    """A source and a translation that a check must flag (``finds`` set) or leave alone.

    The example is checked on its own, paragraphs paired in order and sentences paired 1-1 when both
    sides have as many (``sentences`` says otherwise); ``config`` sets :class:`CheckConfig` fields
    (``{"glossary": {...}}``). ``finds`` is the excerpt of one finding the check must report.
    """

    source: str
    target: str
    source_lang: str = "en"
    target_lang: str = "fr"
    finds: str | None = None
    config: Mapping[str, Any] = field(default_factory=dict)
    sentences: SentenceMode = "auto"


def fails(source: str, target: str, finds: str, **options: Any) -> Example:
    """A failing example: the check reports a finding whose excerpt is ``finds``."""
    return Example(source, target, finds=finds, **options)


def passes(source: str, target: str, **options: Any) -> Example:
    """A passing example: the check reports nothing."""
    return Example(source, target, **options)


@dataclass(frozen=True)
class CheckInfo:
    id: str  # "family.name"
    category: Category
    severity: Severity
    description: str
    # Target languages (primary language subtags: "fr") the check applies to; empty means every language.
    languages: tuple[str, ...] = ()
    scope: Scope = Scope.DOCUMENT
    # What the run must provide; without it the check is skipped and the report says why.
    requires: tuple[Requirement, ...] = ()
    # The check compares markup (tags, placeholders, links): it reads the documents with their protected
    # spans (:mod:`mtqa.checks.protect`) as written, where every other check sees them masked.
    sees_protected: bool = False
    # Preconditions: this check's findings are dropped where one of these checks reports the same
    # place (overlapping spans on the same side). Those checks run first, reported or not.
    defers_to: tuple[str, ...] = ()
    # A necessary condition of every finding: the translation holds one of these characters, as written
    # or with its character references decoded (:mod:`mtqa.checks.prescan`). On an article whose
    # translation holds none, the runner does not call the check at all (most articles lack the marks
    # most such checks look for). Empty: no such condition.
    target_needs: str = ""
    # The same of the source and the translation together: either holds one of these characters.
    article_needs: str = ""
    failing: tuple[Example, ...] = ()
    passing: tuple[Example, ...] = ()

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    def applies_to(self, language: Language) -> bool:
        return not self.languages or language.code in self.languages


@dataclass(frozen=True)
class SentencePair:
    bead: Bead
    source: tuple[Sentence, ...]
    target: tuple[Sentence, ...]
    paragraph_bead: ParagraphBead

    @property
    def source_text(self) -> str:
        return " ".join(s.text for s in self.source)

    @property
    def target_text(self) -> str:
        return " ".join(s.text for s in self.target)


@dataclass(frozen=True)
class ParagraphPair:
    bead: ParagraphBead
    source: tuple[Paragraph, ...]
    target: tuple[Paragraph, ...]

    @property
    def source_text(self) -> str:
        return "\n".join(p.text for p in self.source)

    @property
    def target_text(self) -> str:
        return "\n".join(p.text for p in self.target)


@dataclass(frozen=True)
class CheckContext:
    """Everything a check may read about one article pair, and the analyses shared by its checks."""

    source: Document
    target: Document
    alignment: Alignment
    config: CheckConfig = field(default_factory=CheckConfig)
    encoder: Encoder | None = None
    identifier: LanguageIdentifier = field(default_factory=lambda: _identifier())
    reference: Document | None = None
    # The documents as read, when ``source``/``target`` are their masked copies (mtqa.checks.protect).
    original_source: Document | None = None
    original_target: Document | None = None
    # Memoised text helpers of the run: a Checker gives all its articles the same one.
    memo: RunMemo = field(default_factory=RunMemo, compare=False, repr=False)
    _analyses: dict[Callable[[CheckContext], Any], Any] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def source_language(self) -> Language:
        return Language.parse(self.source.lang) if self.source.lang else UND

    @cached_property
    def target_language(self) -> Language:
        return Language.parse(self.target.lang) if self.target.lang else UND

    def unmasked(self) -> CheckContext:
        """The same article with the documents as read, for checks that compare markup."""
        if self.original_source is None and self.original_target is None:
            return self
        # Built once per article: the markup checks share it, and the analyses made on it.
        return self.analysis(_unmasked)

    def analysis(self, compute: Callable[[CheckContext], T]) -> T:
        """``compute(self)``, computed once for this article and shared by every check that asks."""
        # One look-up when it is there (the checks ask some 90 times per article).
        analyses = self._analyses
        result: T = analyses.get(compute, _NOT_COMPUTED)
        if result is _NOT_COMPUTED:
            result = analyses[compute] = compute(self)
        return result

    def paragraph_pairs(self) -> Iterator[ParagraphPair]:
        return iter(self.analysis(paragraph_pairs_of))

    def sentence_pairs(self) -> Iterator[SentencePair]:
        return iter(self.analysis(sentence_pairs_of))


_NOT_COMPUTED: Any = object()  # not an analysis: None can be one


def _unmasked(context: CheckContext) -> CheckContext:
    return replace(
        context,
        source=context.original_source or context.source,
        target=context.original_target or context.target,
        original_source=None,
        original_target=None,
        _analyses={},
    )


def _identifier() -> LanguageIdentifier:
    from mtqa.lang.detect import LanguageIdentifier

    return LanguageIdentifier()


def paragraph_pairs_of(context: CheckContext) -> tuple[ParagraphPair, ...]:
    """The article's paragraph pairs (an analysis: ``context.analysis(paragraph_pairs_of)``)."""
    paragraphs = (context.source.paragraphs, context.target.paragraphs)
    return tuple(
        ParagraphPair(bead, tuple(paragraphs[0][i] for i in bead.source), tuple(paragraphs[1][i] for i in bead.target))
        for bead in context.alignment.beads
    )


def paired_sentences(pair: SentencePair) -> Iterator[tuple[Sentence, Sentence]]:
    """(source, target) sentences that correspond one to one in a bead: a 1-1 bead, or an n-n bead
    whose sentences pair up in order."""
    if len(pair.source) == len(pair.target):
        yield from zip(pair.source, pair.target, strict=True)


def sentence_pairs_of(context: CheckContext) -> tuple[SentencePair, ...]:
    """The article's sentence pairs (an analysis: ``context.analysis(sentence_pairs_of)``)."""
    source_sentences = context.source.sentences
    target_sentences = context.target.sentences
    return tuple(
        SentencePair(
            bead,
            tuple(source_sentences[i] for i in bead.source),
            tuple(target_sentences[i] for i in bead.target),
            paragraph_bead,
        )
        for paragraph_bead in context.alignment.beads
        for bead in paragraph_bead.sentences
    )


class Check:
    """Base of every check: set ``info`` and implement the method of its scope."""

    info: ClassVar[CheckInfo]

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        """Findings for one sentence bead (``Scope.SENTENCE``)."""
        raise NotImplementedError

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterable[Finding]:
        """Findings for one paragraph bead (``Scope.PARAGRAPH``)."""
        raise NotImplementedError

    def check_document(self, context: CheckContext) -> Iterable[Finding]:
        """Findings for the whole article (``Scope.DOCUMENT``)."""
        raise NotImplementedError

    def finding(
        self,
        context: CheckContext,
        message: str,
        *,
        target_span: Span | None = None,
        source_span: Span | None = None,
        suggestion: str | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """A Finding with this check's metadata, its excerpt and paragraph indices filled in."""
        # Excerpts come from the documents as read, never from their masked copies.
        if target_span is not None:
            excerpt = (context.original_target or context.target).excerpt(target_span)
        elif source_span is not None:
            excerpt = (context.original_source or context.source).excerpt(source_span)
        else:
            excerpt = ""
        return Finding(
            check=self.info.id,
            category=self.info.category,
            severity=severity or self.info.severity,
            message=message,
            excerpt=excerpt,
            target_span=target_span,
            source_span=source_span,
            target_paragraph=context.target.paragraph_at(target_span.start) if target_span else None,
            source_paragraph=context.source.paragraph_at(source_span.start) if source_span else None,
            suggestion=suggestion,
        )


SCOPE_METHODS: dict[Scope, str] = {
    Scope.SENTENCE: "check_sentence",
    Scope.PARAGRAPH: "check_paragraph",
    Scope.DOCUMENT: "check_document",
}
