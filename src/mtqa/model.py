"""Immutable data passed between the stages: read -> segment -> align -> check -> report.

Offsets are Python string indices (Unicode code points) into ``Document.text``, the decoded text
after BOM removal and newline normalisation (see :mod:`mtqa.io.text`). Paragraph and sentence
indices are 0-based over the whole document; sentence indices are global, not per paragraph,
so a bead can be read without knowing which paragraph it came from.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
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
    "spelling",
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
    "spelling": "Fluency/Spelling",
    "custom": "Other",
}


@dataclass(frozen=True, order=True, init=False)
class Span:
    """Half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Written out rather than generated with a __post_init__: the checks make a span for every word
        # and number they read, and the generated pair of methods costs twice as much.
        if start < 0 or end < start:
            raise ValueError(f"invalid span [{start}, {end})")
        # Into the instance's dict, as the frozen dataclass's own setter would put them: a quarter
        # cheaper than two object.__setattr__ calls (a warm run of 1,000 news articles makes some 1.3
        # million spans).
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end

    def __len__(self) -> int:
        return self.end - self.start

    def __bool__(self) -> bool:
        # A span is there even when empty (the place of a missing comma): without this, __len__ made
        # "finding.target_span or finding.source_span" skip an empty target span.
        return True

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
class Location:
    """Where a character of a document came from: 1-based line and column (code points) in the file
    as it is on disk, and the id of the unit the file itself delimits (XLIFF unit, PO entry, TMX tu,
    resource key, CSV row), if any."""

    line: int
    column: int
    unit: str | None = None


@dataclass(frozen=True)
class InputIssue:
    """Something wrong in the input file itself (a bilingual file's unit), reported beside the findings.

    ``kind``: ``empty_source``, ``empty_target``, ``misaligned`` (lengths far apart, or the aligner
    would pair the unit's text otherwise), ``segments_differ``, ``not_translated`` (a state saying the
    target is not a translation yet), ``fuzzy`` (PO), ``plural_forms`` (PO), ``duplicate_id``,
    ``extra_key`` and ``not_text`` (resource files), ``duplicate_key`` (resource files, JSONL),
    ``duplicate_language`` (TMX). See ``docs/formats.md``.
    """

    kind: str
    message: str
    unit: str | None = None
    side: Literal["source", "target"] | None = None
    location: Location | None = None


@dataclass(frozen=True)
class TextUnit:
    """A unit of the original file (XLIFF unit, PO entry, TMX tu, resource key, Markdown block).

    ``span`` covers the unit's text in ``Document.text``; ``segments`` are the sentence-level
    segments the file marks inside it (XLIFF segments), empty when it marks none; ``meta`` holds what
    the file says about the unit (``state``, ``note``, ``context``, ``flags``) as ``(name, value)`` pairs.
    """

    id: str
    span: Span
    segments: tuple[Span, ...] = ()
    meta: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SourceMap:
    """Maps offsets of ``Document.text`` (extracted text) back to the original file.

    ``pieces`` are ``(text_start, file_start, length, exact)`` runs sorted by ``text_start``: with
    ``exact`` the run is a verbatim copy of the file (offset ``text_start + k`` is file offset
    ``file_start + k``); otherwise the whole run came from one construct (an escape, an entity, a
    quoted field) starting at ``file_start``. ``line_starts`` are the offsets, in the decoded file,
    where its lines start (``\r\n``, ``\r`` and ``\n`` each end a line). ``protected`` spans of
    the text are code or link targets that the checks should not look into.
    """

    line_starts: tuple[int, ...]
    pieces: tuple[tuple[int, int, int, bool], ...]
    protected: tuple[Span, ...] = ()

    def file_offset(self, offset: int) -> int:
        index = bisect_right(self.pieces, (offset, 1 << 62)) - 1
        if index < 0:
            return self.pieces[0][1] if self.pieces else 0
        text_start, file_start, length, exact = self.pieces[index]
        if exact:
            return file_start + min(offset - text_start, length)
        return file_start

    def file_end(self, offset: int) -> int:
        """File offset just after the character before ``offset`` (the end of a span ending there)."""
        if offset <= 0 or not self.pieces:
            return self.file_offset(offset)
        index = bisect_right(self.pieces, (offset - 1, 1 << 62)) - 1
        text_start, file_start, length, exact = self.pieces[max(index, 0)]
        return file_start + min(offset - text_start, length) if exact else file_start + 1

    def line_column(self, file_offset: int) -> tuple[int, int]:
        line = bisect_right(self.line_starts, file_offset)
        start = self.line_starts[line - 1] if line else 0
        return max(line, 1), file_offset - start + 1


@dataclass(frozen=True)
class Document:
    """A decoded article split into paragraphs (and, once segmented, sentences).

    Documents read from structured files (XLIFF, PO, Markdown ...) also carry the ``units`` the file
    delimits and a ``source_map`` from offsets of ``text`` back to the file; without a map, ``text``
    is the file itself (after newline normalisation, which keeps lines and columns).
    """

    path: str
    text: str
    lang: str | None
    paragraphs: tuple[Paragraph, ...]
    sha256: str
    units: tuple[TextUnit, ...] = ()
    source_map: SourceMap | None = None
    # The path as the file system holds it, where ``path`` is its display form (a name that is not UTF-8,
    # with \xe9 escapes: mtqa.io.display_path); None when the two are the same.
    file_path: str | None = None

    def locate(self, offset: int) -> Location:
        """Line, column (in the original file) and unit id of a character offset into ``text``."""
        if self.source_map is None:
            line = self.text.count("\n", 0, offset) + 1
            column = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        else:
            line, column = self.source_map.line_column(self.source_map.file_offset(offset))
        return Location(line, column, self.unit_at(offset))

    def locate_span(self, span: Span) -> tuple[Location, Location]:
        """Start and end (just after the last character) of a span in the original file."""
        start = self.locate(span.start)
        if self.source_map is None or span.end <= span.start:
            end = self.locate(span.end) if self.source_map is None else start
        else:
            line, column = self.source_map.line_column(self.source_map.file_end(span.end))
            end = Location(line, column, start.unit)
        if (end.line, end.column) < (start.line, start.column):
            end = Location(start.line, start.column, start.unit)
        return start, end

    @cached_property
    def _unit_starts(self) -> tuple[int, ...]:
        return tuple(unit.span.start for unit in self.units)

    def unit_at(self, offset: int) -> str | None:
        """Id of the unit holding the offset (the last unit starting at or before it), if any."""
        if not self.units:
            return None
        index = bisect_right(self._unit_starts, offset) - 1
        unit = self.units[max(index, 0)]
        return (unit.id or None) if unit.span.start <= offset <= unit.span.end else None

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        # Cached: checks ask for it once per paragraph bead, and a resource file of 20,000 strings has
        # 20,000 of them (rebuilding the tuple each time made such a file quadratic).
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @cached_property
    def word_count(self) -> int:
        # Cached: the pipeline, the estimate and each report ask for it (five passes over the text an
        # article); a document is never changed (dataclasses.replace makes a new one).
        from mtqa.lang.wordcount import count_words

        return sum(count_words(p.text) for p in self.paragraphs)

    def excerpt(self, span: Span) -> str:
        return self.text[span.start : span.end]

    @cached_property
    def _paragraph_starts(self) -> tuple[int, ...]:
        # Cached like _unit_starts: made anew per finding, it made an article of 50,000 paragraphs quadratic.
        return tuple(paragraph.span.start for paragraph in self.paragraphs)

    def paragraph_at(self, offset: int) -> int | None:
        """Index of the paragraph holding ``offset`` (its end included), None between paragraphs."""
        position = bisect_right(self._paragraph_starts, offset) - 1
        if position >= 0 and offset <= self.paragraphs[position].span.end:
            return self.paragraphs[position].index
        return None


@dataclass(frozen=True)
class Quality:
    """The reference-free quality estimate of one bead (:mod:`mtqa.score.estimate`).

    ``score`` 0-100, ``penalty`` the expected MQM points a professional reviewer would give the bead,
    ``features`` the model's inputs, and ``drivers`` the features that lowered the score most, worst
    first (empty when none did; ``missing_target``/``missing_source`` for 1-0 and 0-1 beads).
    """

    score: float
    penalty: float
    features: tuple[tuple[str, float], ...]
    drivers: tuple[str, ...]


@dataclass(frozen=True)
class ArticleEstimate:
    """The article's estimate: expected MQM penalty per 1,000 target words and its 0-100 score."""

    penalty_per_1000_words: float
    score: float


@dataclass(frozen=True)
class Bead:
    """One alignment unit: source indices matched to target indices (either may be empty).

    For a paragraph bead the indices are paragraph indices; for a sentence bead, sentence indices.
    ``similarity`` is None for 1-0 and 0-1 beads. ``quality`` is the estimate of a checked report's
    beads (None in an alignment that was not checked).
    """

    source: tuple[int, ...]
    target: tuple[int, ...]
    similarity: float | None
    quality: Quality | None = field(default=None, kw_only=True)  # keyword only: ParagraphBead adds fields

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
    estimate: ArticleEstimate | None = None  # the reference-free estimate (None when it was not made)


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
    input_issues: tuple[InputIssue, ...] = ()
    reference_scores: tuple[ReferenceScore, ...] = ()
    # The genre the checks were run for (docs/profiles.md), and whether it was read from the source's
    # layout rather than chosen.
    profile: str = "news"
    profile_inferred: bool = False
