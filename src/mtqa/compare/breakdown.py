"""Where engines differ: per article, per finding category, per bucket, and the segments that differ most.

Every value is a metric's corpus score over a group of segments (the sum of their statistics), so a
bucket's chrF is the chrF of the segments in it, not a mean of sentence scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from numpy.typing import NDArray

from mtqa.compare.checking import Corpus, EngineRun
from mtqa.compare.metrics import Metric, MetricContext
from mtqa.compare.model import (
    ArticleRow,
    Breakdown,
    Bucket,
    BucketTable,
    CategoryRow,
    SegmentDifference,
    SegmentOutput,
)
from mtqa.model import Finding, Paragraph, Span

Floats = NDArray[np.float64]

# Source length buckets in words: lines of a segment file are sentences, an article's segments paragraphs.
SENTENCE_BUCKETS = ((1, 10), (11, 20), (21, 30), (31, 50), (51, None))
PARAGRAPH_BUCKETS = ((1, 20), (21, 50), (51, 100), (101, None))
# Similarity bands of the HTML article report (report/html.py), for reading only.
SIMILARITY_BANDS = (("≥ 0.80", 0.8, None), ("0.60–0.80", 0.6, 0.8), ("< 0.60", None, 0.6))
DEFAULT_TOP_SEGMENTS = 10


def breakdown(
    context: MetricContext,
    statistics: dict[str, dict[str, Floats]],
    value_metric: Metric,
    difference_metric: Metric,
    top: int = DEFAULT_TOP_SEGMENTS,
) -> Breakdown:
    """``statistics[metric][engine]`` are per-segment statistics of every computed metric."""
    corpus = context.corpus
    values = statistics[value_metric.info.name]
    return Breakdown(
        value_metric=value_metric.info.name,
        articles=_articles(corpus, value_metric, values),
        categories=_categories(context),
        buckets=(_length_buckets(corpus, value_metric, values), _similarity_bands(context)),
        differences=_differences(context, difference_metric, statistics[difference_metric.info.name], top),
        difference_metric=difference_metric.info.name,
    )


def _group_score(metric: Metric, rows: Floats, members: NDArray[np.bool_]) -> float | None:
    if not members.any():
        return None
    return metric.score(rows[members].sum(axis=0))


def _articles(corpus: Corpus, metric: Metric, values: dict[str, Floats]) -> tuple[ArticleRow, ...]:
    article_of = np.array([segment.article for segment in corpus.segments])
    return tuple(
        ArticleRow(
            name, tuple((run.name, _group_score(metric, values[run.name], article_of == number)) for run in corpus.runs)
        )
        for number, name in enumerate(corpus.articles)
    )


def _categories(context: MetricContext) -> tuple[CategoryRow, ...]:
    counts = {run.name: context.tallies(run).category_counts() for run in context.corpus.runs}
    words = {run.name: float(context.tallies(run).target_words.sum()) for run in context.corpus.runs}
    categories = sorted({category for per_engine in counts.values() for category in per_engine})
    rows = []
    for category in categories:
        totals = {
            name: int(per_engine[category].sum()) if category in per_engine else 0
            for name, per_engine in counts.items()
        }
        rows.append(
            CategoryRow(
                category,
                tuple((name, 1000.0 * totals[name] / max(words[name], 1.0)) for name in sorted(totals)),
                tuple(sorted(totals.items())),
            )
        )
    return tuple(rows)


def _length_buckets(corpus: Corpus, metric: Metric, values: dict[str, Floats]) -> BucketTable:
    lengths = np.array([segment.source_words for segment in corpus.segments])
    sentences = corpus.mode == "segments"
    edges = SENTENCE_BUCKETS if sentences else PARAGRAPH_BUCKETS
    buckets = []
    for low, high in edges:
        members = (lengths >= low) & (lengths <= (high if high is not None else np.inf))
        label = f"{low}–{high} words" if high is not None else f"> {low - 1} words"
        buckets.append(
            Bucket(
                label,
                int(members.sum()),
                tuple((run.name, _group_score(metric, values[run.name], members)) for run in corpus.runs),
            )
        )
    unit = "source segment" if sentences else "source paragraph"
    return BucketTable(f"{metric.info.label} by {unit} length", metric.info.name, tuple(buckets))


def _similarity_bands(context: MetricContext) -> BucketTable:
    """Share (%) of each engine's aligned sentence beads in each similarity band, and of unmatched beads."""
    shares: dict[str, list[float | None]] = {}
    totals = []
    for run in context.corpus.runs:
        similarities = [bead.similarity for report in run.reports for bead in report.alignment.sentence_beads]
        count = max(len(similarities), 1)
        measured = np.array([s for s in similarities if s is not None], dtype=np.float64)
        row: list[float | None] = []
        for _, low, high in SIMILARITY_BANDS:
            inside = np.ones(len(measured), dtype=bool)
            if low is not None:
                inside &= measured >= low
            if high is not None:
                inside &= measured < high
            row.append(100.0 * float(inside.sum()) / count)
        row.append(100.0 * (len(similarities) - len(measured)) / count)
        shares[run.name] = row
        totals.append(len(similarities))
    labels = [label for label, _, _ in SIMILARITY_BANDS] + ["no counterpart (1-0, 0-1)"]
    buckets = tuple(
        Bucket(label, -1, tuple((name, shares[name][position]) for name in sorted(shares)))
        for position, label in enumerate(labels)
    )
    return BucketTable("sentence beads by similarity band (% of each engine's beads)", "share", buckets)


def _differences(
    context: MetricContext, metric: Metric, values: dict[str, Floats], top: int
) -> tuple[SegmentDifference, ...]:
    corpus = context.corpus
    if top <= 0 or not corpus.segments:
        return ()
    per_engine = {name: metric.scores(rows) for name, rows in values.items()}
    matrix = np.column_stack([per_engine[run.name] for run in corpus.runs])
    spread = matrix.max(axis=1) - matrix.min(axis=1)
    candidates = [index for index in np.argsort(-spread, kind="stable") if spread[index] > 0][:top]
    return tuple(
        SegmentDifference(
            label=corpus.segments[index].label,
            source=corpus.segments[index].source,
            references=corpus.segments[index].references,
            spread=float(spread[index]),
            outputs=tuple(_output(context, run, int(index), float(per_engine[run.name][index])) for run in corpus.runs),
        )
        for index in candidates
    )


def _output(context: MetricContext, run: EngineRun, segment: int, value: float) -> SegmentOutput:
    """The engine's text for one segment, with its findings' spans moved into that text."""
    article = context.corpus.segments[segment].article
    report = run.reports[article]
    paragraphs = [p for p in report.target.paragraphs if run.target_segment[article][p.index] == segment]
    pieces, shifts = [], {}
    offset = 0
    for paragraph in paragraphs:
        shifts[paragraph.index] = offset - paragraph.span.start
        pieces.append(paragraph.text)
        offset += len(paragraph.text) + 2
    text = "\n\n".join(pieces)
    findings = [_moved(finding, paragraphs, shifts) for _, finding in context.tallies(run).findings_in(segment)]
    return SegmentOutput(run.name, text, value, tuple(findings))


def _moved(finding: Finding, paragraphs: Sequence[Paragraph], shifts: dict[int, int]) -> Finding:
    """The finding with its target span in the segment's text; source-anchored ones keep no span."""
    span = finding.target_span
    for paragraph in paragraphs:
        if span is not None and paragraph.span.start <= span.start <= paragraph.span.end:
            end = min(span.end, paragraph.span.end)
            shift = shifts[paragraph.index]
            return replace(finding, target_span=Span(span.start + shift, end + shift), source_span=None)
    return replace(finding, target_span=None, source_span=None)
