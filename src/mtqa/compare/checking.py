"""mtqa's checks run on every engine's output, and the segments every metric is counted on.

A **segment** is the finest piece all engines share: a line of a segment file, or a source paragraph
of an article (an engine's target paragraphs belong to the source paragraph their alignment bead
starts from; a target paragraph with no source counterpart belongs to the source paragraph before it).
Every metric is a sum of per-segment statistics, so articles, resampling units and buckets are only
groupings of segments.

The **resampling unit** of the significance tests is the segment for segment files (as in sacrebleu
and WMT: segments are the independent draws of a test set). For articles it is the article when there
are at least ``MIN_ARTICLES_AS_UNITS`` of them (sentences of one article share topic, names and engine
behaviour, so treating them as independent draws makes intervals too narrow), else the source
paragraph, since a handful of articles gives a bootstrap nothing to resample.

Segment files are not aligned: each line is a paragraph, and the 1-1 alignment of line *i* with
source line *i* is given to :meth:`mtqa.Checker.check`, which only scores it.

Embeddings: every distinct sentence of the source and of all engines is embedded once, in one batch
sorted by text (so the batch does not depend on the order of ``--engine`` options), before any
check runs; the checks then read the vectors from memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from mtqa.compare.inputs import ArticleInputs, Inputs, SegmentInputs
from mtqa.errors import InputError
from mtqa.lang import Language
from mtqa.lang.wordcount import count_words
from mtqa.model import ArticleReport, Bead, Document, Finding, ParagraphBead

if TYPE_CHECKING:
    from mtqa.config import Config
    from mtqa.embed.base import Encoder, Matrix
    from mtqa.lang.detect import LanguageIdentifier
    from mtqa.pipeline import Checker

MIN_ARTICLES_AS_UNITS = 10
# Segment files without document ids are checked in pseudo-articles of this many consecutive
# segments, so that checks comparing a sentence with its article (median similarity, length ratio,
# name consistency) have an article-sized context.
SEGMENTS_PER_DOCUMENT = 50

Progress = Callable[[int, int], None]


class MemoEncoder:
    """Keeps every vector of a run in memory: each distinct text reaches ``inner`` once.

    ``prime`` embeds a whole run's texts in one call (sorted, so the batch is the same whatever the
    order of engines); later ``encode`` calls are served from memory, misses go to ``inner``.
    """

    def __init__(self, inner: Encoder) -> None:
        self._inner = inner
        self._vectors: dict[str, np.ndarray] = {}

    @property
    def signature(self) -> str:
        return self._inner.signature

    def prime(self, texts: Iterable[str]) -> None:
        missing = sorted(set(texts) - self._vectors.keys())
        if missing:
            self._vectors.update(zip(missing, self._inner.encode(missing), strict=True))

    def encode(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return self._inner.encode([])
        self.prime(texts)
        return np.stack([self._vectors[text] for text in texts]).astype(np.float32, copy=False)


@dataclass(frozen=True)
class Segment:
    index: int
    article: int  # index into ``Corpus.articles``
    label: str
    source: str
    source_words: int
    references: tuple[str, ...]  # segment files: the reference lines; articles: none (paragraphs differ)


@dataclass(frozen=True)
class EngineRun:
    """One engine's mtqa reports and where each of their pieces belongs among the segments."""

    name: str
    path: str
    reports: tuple[ArticleReport, ...]  # one per article, in ``Corpus.articles`` order
    source_segment: tuple[tuple[int, ...], ...]  # per report, per source paragraph
    target_segment: tuple[tuple[int, ...], ...]  # per report, per target paragraph
    # The translation cut into pieces for the reference metrics, and the segment of each piece.
    hypotheses: tuple[tuple[str, ...], ...]
    hypothesis_segment: tuple[tuple[int, ...], ...]

    def segment_of_finding(self, article: int, finding: Finding) -> int:
        from mtqa.report.common import source_paragraph_of, target_paragraph_of

        report = self.reports[article]
        if finding.target_span is not None:
            paragraph = target_paragraph_of(finding, report.target)
            if paragraph is not None:
                return self.target_segment[article][paragraph]
        paragraph = source_paragraph_of(finding, report.source)
        if paragraph is not None:
            return self.source_segment[article][paragraph]
        return self._first_segment(article)

    def segment_of_bead(self, article: int, bead: Bead) -> int:
        source_paragraph, target_paragraph = self._sentence_paragraphs[article]
        if bead.source:
            return self.source_segment[article][source_paragraph[bead.source[0]]]
        return self.target_segment[article][target_paragraph[bead.target[0]]]

    @cached_property
    def _sentence_paragraphs(self) -> list[tuple[list[int], list[int]]]:
        """Per report, the paragraph of every source and target sentence (``Document.sentences``
        builds a new tuple on each access, so it is read once here)."""
        return [
            ([s.paragraph for s in report.source.sentences], [s.paragraph for s in report.target.sentences])
            for report in self.reports
        ]

    def _first_segment(self, article: int) -> int:
        return min(self.source_segment[article], default=min(self.target_segment[article], default=0))

    @property
    def words(self) -> int:
        return sum(report.target.word_count for report in self.reports)


@dataclass(frozen=True)
class Corpus:
    """Everything the metrics need: segments, articles, references and every engine's run."""

    mode: str  # "segments" or "articles"
    source_path: str
    source_lang: str
    target_lang: str
    articles: tuple[str, ...]
    segments: tuple[Segment, ...]
    # Per article, per reference: the reference cut into pieces like the hypotheses.
    references: tuple[tuple[tuple[str, ...], ...], ...]
    reference_paths: tuple[str, ...]
    runs: tuple[EngineRun, ...]  # by engine name
    unit: str  # "segment" or "article"
    unit_reason: str
    signature: str  # encoder, aligner, checks and version behind mtqa's metrics
    notes: tuple[str, ...] = ()

    @property
    def unit_of_segment(self) -> np.ndarray:
        if self.unit == "article":
            return np.array([segment.article for segment in self.segments], dtype=np.intp)
        return np.arange(len(self.segments), dtype=np.intp)

    @property
    def units(self) -> int:
        return len(self.articles) if self.unit == "article" else len(self.segments)

    @property
    def source_words(self) -> int:
        return sum(segment.source_words for segment in self.segments)


def run_engines(
    inputs: Inputs,
    config: Config,
    encoder: Encoder,
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    progress: Progress | None = None,
) -> Corpus:
    """Check every engine's output with one :class:`~mtqa.Checker` (one encoder, one language identifier)."""
    from mtqa.pipeline import Checker

    _check_language_option(source_lang)
    _check_language_option(target_lang)
    memo = MemoEncoder(encoder)
    checker = Checker(config, memo)
    if isinstance(inputs, SegmentInputs):
        return _run_segments(inputs, checker, memo, source_lang, target_lang, progress)
    return _run_articles(inputs, checker, memo, source_lang, target_lang, progress)


def _check_language_option(lang: str | None) -> None:
    """A language option that is not a language fails before any work (LanguageError, exit 2)."""
    if lang is not None:
        Language.parse(lang)


# --- Segment files -------------------------------------------------------------------------------


def document_groups(count: int, doc_ids: Sequence[str] | None) -> list[tuple[str, list[int]]]:
    """Pseudo-articles: segments grouped by document id (first appearance order), else in runs of
    ``SEGMENTS_PER_DOCUMENT``."""
    if doc_ids is None:
        return [
            (
                f"{start + 1}-{min(start + SEGMENTS_PER_DOCUMENT, count)}",
                list(range(start, min(start + SEGMENTS_PER_DOCUMENT, count))),
            )
            for start in range(0, count, SEGMENTS_PER_DOCUMENT)
        ]
    groups: dict[str, list[int]] = {}
    for index, doc in enumerate(doc_ids):
        groups.setdefault(doc, []).append(index)
    return list(groups.items())


def _segments_document(lines: Sequence[str], path: str, lang: Language | str) -> tuple[Document, list[int]]:
    """A segmented Document with one paragraph per non-empty line, and the line of each paragraph."""
    from mtqa.io.text import document_from_sentences
    from mtqa.segment import segment_document

    kept = [position for position, line in enumerate(lines) if line.strip()]
    document = document_from_sentences([[" ".join(lines[p].split())] for p in kept], path)
    return segment_document(document, lang), kept


def _detect(identifier: LanguageIdentifier, texts: Iterable[str], path: str) -> str:
    from mtqa.io.text import document_from_text

    sample = "\n\n".join(text for text in texts if text.strip())
    if not sample:
        raise InputError(f"{path}: no text to identify the language of; pass --source-lang/--target-lang")
    return identifier.document_language(document_from_text(sample, path)).tag


def segment_languages(
    inputs: SegmentInputs,
    source_lang: str | None,
    target_lang: str | None,
    identifier: LanguageIdentifier | None = None,
) -> tuple[str, str]:
    """The source and target languages of segment files: as given (as minimal BCP 47 tags), else
    identified (lingua) on the first lines."""
    from mtqa.lang.detect import LanguageIdentifier

    _check_language_option(source_lang)
    _check_language_option(target_lang)
    identifier = identifier or LanguageIdentifier()
    source = (
        Language.parse(source_lang).tag
        if source_lang
        else _detect(identifier, inputs.source[:200], _shown(inputs.source_path))
    )
    target = Language.parse(target_lang).tag if target_lang else _target_language(inputs, identifier)
    return source, target


def _target_language(inputs: SegmentInputs, identifier: LanguageIdentifier) -> str:
    """The language most engines are in (an engine that left text untranslated must not decide it)."""
    from collections import Counter

    votes = Counter(_detect(identifier, lines[:200], _shown(engine.path)) for engine, lines in inputs.engines)
    return sorted(votes.items(), key=lambda item: (-item[1], item[0]))[0][0]


def _run_segments(
    inputs: SegmentInputs,
    checker: Checker,
    memo: MemoEncoder,
    source_lang: str | None,
    target_lang: str | None,
    progress: Progress | None,
) -> Corpus:
    from mtqa.model import Alignment

    source_path = _shown(inputs.source_path)
    src, tgt = segment_languages(inputs, source_lang, target_lang, checker.identifier)
    groups = document_groups(len(inputs.source), inputs.doc_ids)
    sources = []
    for name, members in groups:
        document, kept = _segments_document([inputs.source[i] for i in members], _label(source_path, name), src)
        sources.append((document, [members[p] for p in kept]))
    targets: list[list[tuple[Document, list[int]]]] = []
    for engine, lines in inputs.engines:
        per_group = []
        for name, members in groups:
            document, kept = _segments_document([lines[i] for i in members], _label(_shown(engine.path), name), tgt)
            per_group.append((document, [members[p] for p in kept]))
        targets.append(per_group)
    memo.prime(_sentence_texts([doc for doc, _ in sources] + [doc for run in targets for doc, _ in run]))
    total = len(groups) * len(inputs.engines)
    reports: list[list[ArticleReport]] = [[] for _ in inputs.engines]
    target_maps: list[list[tuple[int, ...]]] = [[] for _ in inputs.engines]
    # Source by source, every engine's translation of it in turn: the run memo keeps what the checks
    # worked out on a source while its translations are neighbours, however long the test set.
    for position, (source, source_lines) in enumerate(sources):
        for number, per_group in enumerate(targets):
            target, target_lines = per_group[position]
            beads = given_beads(source, target, _line_pairs(groups[position][1], source_lines, target_lines))
            # The alignment is given (segment i against source segment i); the Checker only scores it.
            report = checker.check(source, target, source_lang=src, target_lang=tgt, alignment=Alignment(beads))
            reports[number].append(report)
            target_maps[number].append(tuple(target_lines))
            if progress is not None:
                progress(position * len(inputs.engines) + number + 1, total)
    source_maps = tuple(tuple(source_lines) for _, source_lines in sources)
    runs = []
    for number, (engine, lines) in enumerate(inputs.engines):
        runs.append(
            EngineRun(
                name=engine.name,
                path=_shown(engine.path),
                reports=tuple(reports[number]),
                source_segment=source_maps,
                target_segment=tuple(target_maps[number]),
                hypotheses=tuple(tuple(lines[i] for i in members) for _, members in groups),
                hypothesis_segment=tuple(tuple(members) for _, members in groups),
            )
        )
    segments = tuple(
        Segment(
            index=i,
            article=article,
            label=f"segment {i + 1}",
            source=inputs.source[i],
            source_words=count_words(inputs.source[i]),
            references=tuple(lines[i] for _, lines in inputs.references),
        )
        for article, (_, members) in enumerate(groups)
        for i in members
    )
    ordered = tuple(sorted(segments, key=lambda segment: segment.index))
    references = tuple(
        tuple(tuple(lines[i] for i in members) for _, lines in inputs.references) for _, members in groups
    )
    return Corpus(
        mode="segments",
        source_path=source_path,
        source_lang=src,
        target_lang=tgt,
        articles=tuple(name for name, _ in groups),
        segments=ordered,
        references=references,
        reference_paths=tuple(str(path) for path, _ in inputs.references),
        runs=tuple(runs),
        unit="segment",
        unit_reason="segment files: each line is one draw of the test set, as in sacrebleu and WMT",
        signature=str(runs[0].reports[0].signature) if runs and runs[0].reports else "",
        notes=()
        if inputs.doc_ids is not None
        else (
            f"no document ids (--doc-ids): the checks saw runs of {SEGMENTS_PER_DOCUMENT} consecutive segments "
            "as their article context",
        ),
    )


def _label(path: str, group: str) -> str:
    return f"{path} [{group}]"


def _line_pairs(
    members: Sequence[int], source_lines: Sequence[int], target_lines: Sequence[int]
) -> list[tuple[int | None, int | None]]:
    """(source paragraph, target paragraph) per line of a group, in line order; empty lines are None."""
    source_paragraph = {line: paragraph for paragraph, line in enumerate(source_lines)}
    target_paragraph = {line: paragraph for paragraph, line in enumerate(target_lines)}
    pairs = []
    for line in members:
        pair = (source_paragraph.get(line), target_paragraph.get(line))
        if pair != (None, None):
            pairs.append(pair)
    return pairs


def given_beads(
    source: Document, target: Document, pairs: Sequence[tuple[int | None, int | None]]
) -> tuple[ParagraphBead, ...]:
    """Paragraph beads for ``pairs`` of (source paragraph, target paragraph), None for a missing side.

    Inside a 1-1 bead (one segment), sentences pair one to one when both sides have as many, else
    the segment is one n-m sentence bead: nothing is aligned, so segment i is always judged against
    source segment i. Similarities are left to the Checker (``score_alignment``).
    """
    beads = []
    for source_index, target_index in pairs:
        source_ids = _sentence_ids(source, source_index)
        target_ids = _sentence_ids(target, target_index)
        sentences: tuple[Bead, ...]
        if source_ids and target_ids and len(source_ids) == len(target_ids):
            sentences = tuple(Bead((s,), (t,), None) for s, t in zip(source_ids, target_ids, strict=True))
        elif source_ids and target_ids:
            sentences = (Bead(source_ids, target_ids, None),)
        else:
            sentences = tuple(Bead((s,), (), None) for s in source_ids) + tuple(
                Bead((), (t,), None) for t in target_ids
            )
        beads.append(
            ParagraphBead(
                source=() if source_index is None else (source_index,),
                target=() if target_index is None else (target_index,),
                similarity=None,
                sentences=sentences,
            )
        )
    return tuple(beads)


def _sentence_ids(document: Document, paragraph: int | None) -> tuple[int, ...]:
    if paragraph is None:
        return ()
    return tuple(sentence.index for sentence in document.paragraphs[paragraph].sentences)


def _sentence_texts(documents: Iterable[Document]) -> list[str]:
    return [sentence.text.strip() for document in documents for sentence in document.sentences]


# --- Articles --------------------------------------------------------------------------------------


def _run_articles(
    inputs: ArticleInputs,
    checker: Checker,
    memo: MemoEncoder,
    source_lang: str | None,
    target_lang: str | None,
    progress: Progress | None,
) -> Corpus:
    from mtqa.io import read_document
    from mtqa.score.reference import paragraph_texts

    prepared = [
        [checker.prepare(entry.source, path, source_lang, target_lang) for path in entry.engines]
        for entry in inputs.articles
    ]
    memo.prime(_sentence_texts(doc for row in prepared for pair in row for doc in (pair.source, pair.target)))
    total = len(inputs.articles) * len(inputs.engines)
    reports: list[list[ArticleReport]] = [[] for _ in inputs.engines]
    for position, row in enumerate(prepared):
        for number, pair in enumerate(row):
            report = checker.check(pair.source, pair.target)
            reports[number].append(report)
            if progress is not None:
                progress(position * len(inputs.engines) + number + 1, total)
    offsets = np.cumsum([0] + [len(row[0].source.paragraphs) for row in prepared])
    segments = tuple(
        Segment(
            index=int(offsets[article]) + paragraph.index,
            article=article,
            label=f"{entry.key} ¶{paragraph.index}",
            source=paragraph.text,
            source_words=count_words(paragraph.text),
            references=(),
        )
        for article, (entry, row) in enumerate(zip(inputs.articles, prepared, strict=True))
        for paragraph in row[0].source.paragraphs
    )
    runs = []
    for engine, engine_reports in zip(inputs.engines, reports, strict=True):
        source_maps, target_maps = [], []
        for article, report in enumerate(engine_reports):
            offset = int(offsets[article])
            source_maps.append(tuple(offset + p.index for p in report.source.paragraphs))
            target_maps.append(_target_paragraph_segments(report, offset))
        runs.append(
            EngineRun(
                name=engine.name,
                path=_shown(engine.path),
                reports=tuple(engine_reports),
                source_segment=tuple(source_maps),
                target_segment=tuple(target_maps),
                hypotheses=tuple(tuple(paragraph_texts(report.target)) for report in engine_reports),
                hypothesis_segment=tuple(target_maps),
            )
        )
    references = tuple(
        tuple(tuple(paragraph_texts(read_document(path))) for path in entry.references) for entry in inputs.articles
    )
    many = len(inputs.articles) >= MIN_ARTICLES_AS_UNITS
    first = reports[0][0]
    return Corpus(
        mode="articles",
        source_path=_shown(inputs.source_path),
        source_lang=first.source.lang or "und",
        target_lang=first.target.lang or "und",
        articles=tuple(entry.key for entry in inputs.articles),
        segments=segments,
        references=references,
        reference_paths=tuple(str(path) for path in inputs.reference_paths),
        runs=tuple(runs),
        unit="article" if many else "segment",
        unit_reason=(
            f"{len(inputs.articles)} articles: an article is one draw (its sentences share topic and engine behaviour)"
            if many
            else f"only {len(inputs.articles)} article(s) (fewer than {MIN_ARTICLES_AS_UNITS}): resampling source "
            "paragraphs instead; intervals are narrower than article-level ones would be"
        ),
        signature=str(first.signature),
    )


def _target_paragraph_segments(report: ArticleReport, offset: int) -> tuple[int, ...]:
    """The segment (source paragraph) each target paragraph belongs to, through the alignment."""
    owner: dict[int, int] = {}
    current = 0
    for bead in report.alignment.beads:
        if bead.source:
            current = min(bead.source)
        for target in bead.target:
            owner[target] = offset + current
    return tuple(owner.get(paragraph.index, offset + current) for paragraph in report.target.paragraphs)


def _shown(path: object) -> str:
    """A path as the comparison shows it: a name that is not UTF-8 with ``\\xe9`` escapes, as the readers do."""
    from mtqa.io import display_path

    return display_path(str(path))
