"""What every check is made of: declared metadata, a context to read, and a helper to build findings.

A check is a small class with a class-level :class:`CheckInfo` and a ``run`` method that yields
:class:`~mtqa.model.Finding` objects for one aligned article. Checks never raise on odd text: a
check that cannot judge a bead says nothing about it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from mtqa.config import CheckConfig
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

if TYPE_CHECKING:
    from mtqa.embed.base import Encoder


@dataclass(frozen=True)
class CheckInfo:
    id: str  # "family.name"
    category: Category
    severity: Severity
    description: str
    # Target languages (ISO 639-1) the check applies to; empty means every language.
    languages: tuple[str, ...] = ()

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    def applies_to(self, target_lang: str | None) -> bool:
        return not self.languages or (target_lang or "").split("-")[0] in self.languages


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
    """Everything a check may read about one article pair."""

    source: Document
    target: Document
    alignment: Alignment
    config: CheckConfig = field(default_factory=CheckConfig)
    encoder: Encoder | None = None

    @property
    def source_lang(self) -> str:
        return self.source.lang or "und"

    @property
    def target_lang(self) -> str:
        return self.target.lang or "und"

    def paragraph_pairs(self) -> Iterator[ParagraphPair]:
        for bead in self.alignment.beads:
            yield ParagraphPair(
                bead,
                tuple(self.source.paragraphs[i] for i in bead.source),
                tuple(self.target.paragraphs[i] for i in bead.target),
            )

    def sentence_pairs(self) -> Iterator[SentencePair]:
        source_sentences = self.source.sentences
        target_sentences = self.target.sentences
        for paragraph_bead in self.alignment.beads:
            for bead in paragraph_bead.sentences:
                yield SentencePair(
                    bead,
                    tuple(source_sentences[i] for i in bead.source),
                    tuple(target_sentences[i] for i in bead.target),
                    paragraph_bead,
                )

    def target_paragraph_at(self, offset: int) -> int | None:
        return _paragraph_at(self.target, offset)

    def source_paragraph_at(self, offset: int) -> int | None:
        return _paragraph_at(self.source, offset)


def _paragraph_at(document: Document, offset: int) -> int | None:
    for paragraph in document.paragraphs:
        if paragraph.span.start <= offset <= paragraph.span.end:
            return paragraph.index
    return None


class Check(ABC):
    """Base of every check. Subclasses set ``info`` and implement ``run``."""

    info: ClassVar[CheckInfo]

    @abstractmethod
    def run(self, context: CheckContext) -> Iterable[Finding]:
        """Yield the findings of this check for one article pair."""

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
        if target_span is not None:
            excerpt = context.target.excerpt(target_span)
        elif source_span is not None:
            excerpt = context.source.excerpt(source_span)
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
            target_paragraph=context.target_paragraph_at(target_span.start) if target_span else None,
            source_paragraph=context.source_paragraph_at(source_span.start) if source_span else None,
            suggestion=suggestion,
        )
