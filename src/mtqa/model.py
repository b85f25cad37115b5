"""Immutable data passed between the stages: read -> segment -> align -> check -> report.

Offsets are Python string indices (Unicode code points) into ``Document.text``, the decoded text
after BOM removal and newline normalisation (see :mod:`mtqa.io.text`). Paragraph and sentence
indices are 0-based over the whole document; sentence indices are global, not per paragraph,
so a bead can be read without knowing which paragraph it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

Severity = Literal["minor", "major", "critical"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)  # mildest first

Category = Literal[
    "punctuation",
    "sentence_boundary",
    "name",
    "number",
    "omission",
    "addition",
    "untranslated",
    "repetition",
    "typography",
    "terminology",
    "markup",
    "mistranslation",
    "length",
    "consistency",
    "custom",
]
CATEGORIES: tuple[Category, ...] = get_args(Category)

# Each category maps to one MQM (MQM-core / WMT) category so scores stay comparable with human MQM.
MQM_CATEGORY: dict[Category, str] = {
    "punctuation": "Fluency/Punctuation",
    "sentence_boundary": "Fluency/Grammar",
    "name": "Accuracy/Mistranslation",
    "number": "Accuracy/Mistranslation",
    "omission": "Accuracy/Omission",
    "addition": "Accuracy/Addition",
    "untranslated": "Accuracy/Untranslated",
    "repetition": "Fluency/Grammar",
    "typography": "Locale convention/Typography",
    "terminology": "Terminology/Inappropriate for context",
    "markup": "Fluency/Inconsistency",
    "mistranslation": "Accuracy/Mistranslation",
    "length": "Accuracy/Omission",
    "consistency": "Terminology/Inconsistent use of terminology",
    "custom": "Other",
}


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def shift(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)


@dataclass(frozen=True)
class Sentence:
    index: int
    paragraph: int
    span: Span
    text: str


@dataclass(frozen=True)
class Paragraph:
    index: int
    span: Span
    text: str
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True)
class Document:
    """A decoded article split into paragraphs (and, once segmented, sentences)."""

    path: str
    text: str
    lang: str | None
    paragraphs: tuple[Paragraph, ...]
    sha256: str

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)

    def excerpt(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def paragraph_at(self, offset: int) -> int | None:
        """Index of the paragraph holding ``offset`` (its end included), None between paragraphs."""
        from bisect import bisect_right

        starts = [paragraph.span.start for paragraph in self.paragraphs]
        position = bisect_right(starts, offset) - 1
        if position >= 0 and offset <= self.paragraphs[position].span.end:
            return self.paragraphs[position].index
        return None


@dataclass(frozen=True)
class Bead:
    """One alignment unit: source indices matched to target indices (either may be empty).

    For a paragraph bead the indices are paragraph indices; for a sentence bead, sentence indices.
    ``similarity`` is None for 1-0 and 0-1 beads.
    """

    source: tuple[int, ...]
    target: tuple[int, ...]
    similarity: float | None

    @property
    def kind(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"


@dataclass(frozen=True)
class ParagraphBead(Bead):
    sentences: tuple[Bead, ...] = ()


@dataclass(frozen=True)
class Alignment:
    """Paragraph beads (with their sentence beads), and how they were made."""

    beads: tuple[ParagraphBead, ...]
    aligner: str = "given"  # the aligner's name and version, or "given" when the input carried it
    encoder: str | None = None  # the signature of the encoder that scored the beads

    @property
    def signature(self) -> str:
        return f"align:{self.aligner}|encoder:{self.encoder or 'none'}"

    @property
    def sentence_beads(self) -> tuple[Bead, ...]:
        return tuple(s for p in self.beads for s in p.sentences)


@dataclass(frozen=True)
class Finding:
    check: str
    category: Category
    severity: Severity
    message: str
    excerpt: str
    target_span: Span | None = None
    source_span: Span | None = None
    target_paragraph: int | None = None
    source_paragraph: int | None = None
    suggestion: str | None = None

    @property
    def mqm(self) -> str:
        return MQM_CATEGORY[self.category]

    def sort_key(self) -> tuple[int, int, str, str]:
        anchor = self.target_span or self.source_span
        start = anchor.start if anchor else -1
        side = 0 if self.target_span else 1
        return (side, start, self.check, self.message)


@dataclass(frozen=True)
class Signature:
    """How a report was made: two reports are only comparable when their signatures are equal.

    Shown as ``encoder:<name@package-version>|align:<aligner>|checks:<count-digest>|version:<mtqa>``.
    """

    encoder: str
    aligner: str
    checks: str
    version: str

    def __str__(self) -> str:
        return f"encoder:{self.encoder}|align:{self.aligner}|checks:{self.checks}|version:{self.version}"


@dataclass(frozen=True)
class CheckError:
    """A check that crashed on this article (with ``--keep-going``) or could not run, and why."""

    check: str
    message: str
    crashed: bool = True


@dataclass(frozen=True)
class Summary:
    quality_score: float
    mqm_penalty_per_1000_words: float
    mean_similarity: float | None
    findings: dict[Severity, int] = field(default_factory=dict)
    passed: bool = True


@dataclass(frozen=True)
class ReferenceScore:
    """A sacrebleu corpus score of the translation against human reference(s) (``--reference``)."""

    name: str  # "bleu", "chrf", "chrf++", "ter"
    label: str  # sacrebleu's own name: "BLEU", "chrF2", "chrF2++", "TER"
    score: float
    signature: str  # sacrebleu's signature, e.g. "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0"
    segments: int
    unit: str  # "paragraph" or "document": how the article was cut into segments


@dataclass(frozen=True)
class ArticleReport:
    source: Document
    target: Document
    alignment: Alignment
    findings: tuple[Finding, ...]
    summary: Summary
    signature: Signature
    tool_version: str
    gate_reasons: tuple[str, ...] = ()
    check_errors: tuple[CheckError, ...] = ()
    reference_scores: tuple[ReferenceScore, ...] = ()
