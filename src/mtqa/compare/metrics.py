"""The metrics ``mtqa compare`` computes, declared in one explicit registry.

A metric turns each segment of an engine's output into a row of **sufficient statistics** and says
how a corpus score follows from their sum (vectorised over many sums at once). That one shape serves
the corpus score, bootstrap resampling and approximate randomization alike, for sacrebleu's metrics
(n-gram counts, edits) and mtqa's own (penalty points and words, similarity sums, flagged words).
Like COMET's ``requires_references()``, each metric declares whether it needs a reference, and may
say why it cannot be computed here (``unavailable``); ``compare`` reports the reason instead of failing.

Adding a metric (the reference-free ``estimate`` was added so): subclass
:class:`Metric`, set ``info``, implement ``segment_statistics`` and ``scores``, and list the class in
``_BUILTIN``. Nothing else changes: significance, ranking and every report iterate over the registry.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
from numpy.typing import NDArray

from mtqa.compare.model import MetricInfo, Significance
from mtqa.errors import UsageError
from mtqa.lang.wordcount import count_words
from mtqa.model import Finding, Span

if TYPE_CHECKING:
    from mtqa.compare.checking import Corpus, EngineRun

Floats = NDArray[np.float64]


@dataclass(frozen=True)
class Pending:
    """Statistics computed elsewhere (a worker process) for these hypotheses and references."""

    hypotheses: list[str]
    references: list[list[str]]
    result: Future[Floats]


@dataclass(frozen=True)
class MetricOptions:
    tokenize: str | None = None  # a sacrebleu BLEU tokenizer overriding the language's default


class MetricContext:
    """What metrics read during one comparison: the corpus, per-engine tallies computed once, and
    statistics already being computed in worker processes (``pending``, by metric and engine)."""

    def __init__(
        self, corpus: Corpus, options: MetricOptions, pending: Mapping[tuple[str, str], Pending] | None = None
    ) -> None:
        self.corpus = corpus
        self.options = options
        self.pending = dict(pending or {})
        self._tallies: dict[str, Tallies] = {}

    def tallies(self, run: EngineRun) -> Tallies:
        if run.name not in self._tallies:
            self._tallies[run.name] = Tallies(self.corpus, run)
        return self._tallies[run.name]


class Metric(ABC):
    """A corpus metric made of per-segment sufficient statistics."""

    info: ClassVar[MetricInfo]

    def requires_reference(self) -> bool:
        return self.info.requires_reference

    def unavailable(self, context: MetricContext) -> str | None:
        """Why this metric cannot be computed on this comparison, or None when it can."""
        if self.requires_reference() and not context.corpus.reference_paths:
            return "needs a reference translation (--reference)"
        return None

    @abstractmethod
    def segment_statistics(self, context: MetricContext, run: EngineRun) -> Floats:
        """One row of sufficient statistics per segment of the corpus."""

    @abstractmethod
    def scores(self, summed: Floats) -> Floats:
        """The corpus score of every row of summed statistics."""

    def score(self, summed: Floats) -> float:
        """The corpus score of one sum of statistics (what reports show)."""
        return float(self.scores(np.asarray(summed, dtype=np.float64)[None, :])[0])

    def signature(self, context: MetricContext, significance: Significance) -> str:
        """What the scores were made with: mtqa's signature, then the tests' (sacrebleu's keys)."""
        tests = f"bs:{significance.bootstrap}|ar:{significance.trials}|seed:{significance.seed}"
        return f"{self.info.name}|{context.corpus.signature}|{tests}"


# --- mtqa's own metrics ----------------------------------------------------------------------------


class Tallies:
    """Per-segment counts of one engine's mtqa reports (every array has one entry per segment)."""

    def __init__(self, corpus: Corpus, run: EngineRun) -> None:
        self._corpus = corpus
        self._run = run

    def _zeros(self) -> Floats:
        return np.zeros(len(self._corpus.segments), dtype=np.float64)

    @cached_property
    def source_words(self) -> Floats:
        return np.array([segment.source_words for segment in self._corpus.segments], dtype=np.float64)

    @cached_property
    def target_words(self) -> Floats:
        return self._per_target_paragraph(count_words)

    @cached_property
    def source_chars(self) -> Floats:
        return np.array([len(segment.source.strip()) for segment in self._corpus.segments], dtype=np.float64)

    @cached_property
    def target_chars(self) -> Floats:
        return self._per_target_paragraph(lambda text: len(text.strip()))

    def _per_target_paragraph(self, measure: Callable[[str], int]) -> Floats:
        values = self._zeros()
        for article, report in enumerate(self._run.reports):
            for paragraph in report.target.paragraphs:
                values[self._run.target_segment[article][paragraph.index]] += measure(paragraph.text)
        return values

    @cached_property
    def _findings(self) -> list[tuple[int, int, Finding]]:
        """(article, segment, finding) for every finding of the engine."""
        return [
            (article, self._run.segment_of_finding(article, finding), finding)
            for article, report in enumerate(self._run.reports)
            for finding in report.findings
        ]

    @cached_property
    def penalty(self) -> Floats:
        return self._penalty(lambda finding: True)

    @cached_property
    def accuracy_penalty(self) -> Floats:
        """Penalty points of findings whose MQM category is an Accuracy one (what was said, not how)."""
        return self._penalty(lambda finding: finding.mqm.startswith("Accuracy/"))

    def _penalty(self, counted: Callable[[Finding], bool]) -> Floats:
        from mtqa.score import finding_weight

        values = self._zeros()
        for _, segment, finding in self._findings:
            if counted(finding):
                values[segment] += finding_weight(finding)
        return values

    @cached_property
    def estimated_penalty(self) -> Floats:
        """The reference-free estimate's expected MQM points (``quality.penalty``), summed as the article
        estimate sums them: sentence beads, or a paragraph bead that has none (:mod:`mtqa.score.estimate`)."""
        values = self._zeros()
        for article, report in enumerate(self._run.reports):
            for bead in report.alignment.beads:
                for sentence in bead.sentences:
                    if sentence.quality is not None:
                        values[self._run.segment_of_bead(article, sentence)] += sentence.quality.penalty
                if not bead.sentences and bead.quality is not None:
                    segments = self._run.source_segment[article] if bead.source else self._run.target_segment[article]
                    values[segments[(bead.source or bead.target)[0]]] += bead.quality.penalty
        return values

    @cached_property
    def estimated(self) -> bool:
        """Whether the engine's reports carry the estimate (reports made by this mtqa version do)."""
        return any(report.summary.estimate is not None for report in self._run.reports)

    @cached_property
    def findings(self) -> Floats:
        values = self._zeros()
        for _, segment, _ in self._findings:
            values[segment] += 1
        return values

    def category_counts(self) -> dict[str, Floats]:
        counts: dict[str, Floats] = {}
        for _, segment, finding in self._findings:
            counts.setdefault(finding.category, self._zeros())[segment] += 1
        return counts

    def findings_in(self, segment: int) -> list[tuple[int, Finding]]:
        return [(article, finding) for article, at, finding in self._findings if at == segment]

    @cached_property
    def similarity(self) -> tuple[Floats, Floats]:
        """Sum and count of sentence-bead similarities (beads with both sides) per segment."""
        sums, counts = self._zeros(), self._zeros()
        for article, report in enumerate(self._run.reports):
            for bead in report.alignment.sentence_beads:
                if bead.similarity is not None:
                    segment = self._run.segment_of_bead(article, bead)
                    sums[segment] += bead.similarity
                    counts[segment] += 1
        return sums, counts

    def flagged_words(self, categories: Iterable[str], side: str) -> Floats:
        """Words inside the spans of findings of ``categories`` (overlaps counted once), per segment."""
        wanted = set(categories)
        spans: dict[tuple[int, int], list[Span]] = {}
        for article, segment, finding in self._findings:
            span = finding.source_span if side == "source" else finding.target_span
            if finding.category in wanted and span is not None:
                spans.setdefault((article, segment), []).append(span)
        values = self._zeros()
        for (article, segment), found in spans.items():
            report = self._run.reports[article]
            text = (report.source if side == "source" else report.target).text
            values[segment] += sum(count_words(text[span.start : span.end]) for span in _merged(found))
        return values


def _merged(spans: Sequence[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def _ratio(numerator: Floats, denominator: Floats, scale: float = 1.0) -> Floats:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denominator > 0, scale * numerator / np.where(denominator > 0, denominator, 1.0), 0.0)


class _PerThousandWords(Metric):
    """A count per 1,000 target words (source words when there is no target text at all), as in
    the article summary (:func:`mtqa.score.summarise`)."""

    @abstractmethod
    def counts(self, tallies: Tallies) -> Floats:
        """What is counted, per segment."""

    def segment_statistics(self, context: MetricContext, run: EngineRun) -> Floats:
        tallies = context.tallies(run)
        return np.column_stack([self.counts(tallies), tallies.target_words, tallies.source_words])

    def scores(self, summed: Floats) -> Floats:
        return _per_thousand(summed[:, 0], summed)


class MqmPenalty(_PerThousandWords):
    info = MetricInfo(
        "mqm_penalty",
        "MQM penalty / 1,000 words",
        "penalty points of mtqa's findings (minor 1, major 5, critical 10) per 1,000 target words",
        requires_reference=False,
        higher_is_better=False,
    )

    def counts(self, tallies: Tallies) -> Floats:
        return tallies.penalty


def _smooth(penalty_per_1000: Floats) -> Floats:
    """:func:`mtqa.score.smooth_score` with the article score's midpoint, vectorised (not rounded)."""
    from mtqa.score.estimate import default_model

    return 100.0 / (1.0 + np.maximum(penalty_per_1000, 0.0) / default_model().midpoint)


def _per_thousand(points: Floats, summed: Floats) -> Floats:
    """Points per 1,000 target words (source words when there is no target text at all)."""
    words = np.where(summed[:, -2] > 0, summed[:, -2], summed[:, -1])
    return _ratio(points, np.maximum(words, 1.0), 1000.0)


class QualityScore(Metric):
    info = MetricInfo(
        "quality",
        "quality score",
        "mtqa's quality score over the whole output: 100 / (1 + p / midpoint), p = hypot(findings' MQM "
        "penalty, estimated penalty) per 1,000 words, as in the article summary (docs/scoring.md)",
        requires_reference=False,
        higher_is_better=True,
    )

    def segment_statistics(self, context: MetricContext, run: EngineRun) -> Floats:
        tallies = context.tallies(run)
        return np.column_stack([tallies.penalty, tallies.estimated_penalty, tallies.target_words, tallies.source_words])

    def scores(self, summed: Floats) -> Floats:
        return _smooth(np.hypot(_per_thousand(summed[:, 0], summed), _per_thousand(summed[:, 1], summed)))


class AccuracyPenalty(_PerThousandWords):
    info = MetricInfo(
        "accuracy_penalty",
        "accuracy penalty / 1,000 words",
        "MQM penalty per 1,000 words of the findings in MQM Accuracy categories only (omission, addition, "
        "untranslated, mistranslation, names, numbers): meaning errors, not fluency or locale conventions",
        requires_reference=False,
        higher_is_better=False,
    )

    def counts(self, tallies: Tallies) -> Floats:
        return tallies.accuracy_penalty


class FindingRate(_PerThousandWords):
    info = MetricInfo(
        "findings",
        "findings / 1,000 words",
        "mtqa findings of any category and severity per 1,000 target words",
        requires_reference=False,
        higher_is_better=False,
    )

    def counts(self, tallies: Tallies) -> Floats:
        return tallies.findings


class MeanSimilarity(Metric):
    info = MetricInfo(
        "similarity",
        "mean similarity",
        "mean cross-lingual cosine of the aligned sentence beads (the encoder in the signature)",
        requires_reference=False,
        higher_is_better=True,
        digits=4,
    )

    def segment_statistics(self, context: MetricContext, run: EngineRun) -> Floats:
        sums, counts = context.tallies(run).similarity
        return np.column_stack([sums, counts])

    def scores(self, summed: Floats) -> Floats:
        return _ratio(summed[:, 0], summed[:, 1])


class _FlaggedShare(Metric):
    categories: ClassVar[tuple[str, ...]]
    side: ClassVar[str]

    def segment_statistics(self, context: MetricContext, run: EngineRun) -> Floats:
        tallies = context.tallies(run)
        words = tallies.source_words if self.side == "source" else tallies.target_words
        return np.column_stack([tallies.flagged_words(self.categories, self.side), words])

    def scores(self, summed: Floats) -> Floats:
        return _ratio(summed[:, 0], summed[:, 1], 100.0)


class OmissionShare(_FlaggedShare):
    info = MetricInfo(
        "omission",
        "omitted %",
        "share of source words (percent) inside spans that mtqa's omission findings flag",
        requires_reference=False,
        higher_is_better=False,
    )
    categories = ("omission",)
    side = "source"


class AdditionShare(_FlaggedShare):
    info = MetricInfo(
        "addition",
        "added %",
        "share of target words (percent) inside spans that mtqa's addition findings flag",
        requires_reference=False,
        higher_is_better=False,
    )
    categories = ("addition",)
    side = "target"


class UntranslatedShare(_FlaggedShare):
    info = MetricInfo(
        "untranslated",
        "untranslated %",
        "share of target words (percent) inside spans that mtqa's untranslated findings flag",
        requires_reference=False,
        higher_is_better=False,
    )
    categories = ("untranslated",)
    side = "target"


class LengthRatio(Metric):
    info = MetricInfo(
        "length_ratio",
        "length ratio",
        "target characters per source character (descriptive: neither higher nor lower is better)",
        requires_reference=False,
        higher_is_better=None,
        digits=3,
    )

    def segment_statistics(self, context: MetricContext, run: EngineRun) -> Floats:
        tallies = context.tallies(run)
        return np.column_stack([tallies.target_chars, tallies.source_chars])

    def scores(self, summed: Floats) -> Floats:
        return _ratio(summed[:, 0], summed[:, 1])


class QualityEstimate(Metric):
    """The reference-free estimate alone (:mod:`mtqa.score.estimate`): the beads' expected MQM points
    per 1,000 target words on the article score's smooth 0-100 curve, as the article estimate is."""

    info = MetricInfo(
        "estimate",
        "quality estimate",
        "mtqa's reference-free quality estimate (0-100): expected MQM penalty per 1,000 words, fitted to "
        "human MQM, from similarity, length, copied words and findings (docs/scoring.md)",
        requires_reference=False,
        higher_is_better=True,
    )

    def unavailable(self, context: MetricContext) -> str | None:
        if not all(context.tallies(run).estimated for run in context.corpus.runs):
            return "the reports carry no quality estimate"
        return None

    def segment_statistics(self, context: MetricContext, run: EngineRun) -> Floats:
        tallies = context.tallies(run)
        return np.column_stack([tallies.estimated_penalty, tallies.target_words, tallies.source_words])

    def scores(self, summed: Floats) -> Floats:
        return _smooth(_per_thousand(summed[:, 0], summed))


# --- sacrebleu's metrics ------------------------------------------------------------------------------


class _Sacrebleu(Metric):
    """A sacrebleu metric: statistics and scores are sacrebleu's (see :mod:`mtqa.score.reference`)."""

    sacrebleu_name: ClassVar[str]

    def __init__(self) -> None:
        self._metric: Any = None
        self._problem: str | None = None

    def _sacrebleu(self, context: MetricContext) -> Any:
        from mtqa.score.reference import MetricUnavailable, make_metric

        if self._metric is None and self._problem is None:
            try:
                self._metric = make_metric(
                    self.sacrebleu_name, context.corpus.target_lang, tokenize=context.options.tokenize
                )
            except MetricUnavailable as error:
                self._problem = str(error)
        return self._metric

    def unavailable(self, context: MetricContext) -> str | None:
        reason = super().unavailable(context)
        if reason is None and self._sacrebleu(context) is None:
            return self._problem
        return reason

    def segment_statistics(self, context: MetricContext, run: EngineRun) -> Floats:
        from mtqa.score.reference import distinct_statistics, statistics_width

        metric = self._sacrebleu(context)
        hypotheses, streams, owners = sacrebleu_pieces(context.corpus, run)
        pending = context.pending.get((self.info.name, run.name))
        if pending is not None and (pending.hypotheses, pending.references) == (hypotheses, streams):
            statistics = pending.result.result()
            # sacrebleu learns the number of references (for its signature) from what it has read.
            metric._cache_references([stream[:1] for stream in streams])
        else:
            statistics = distinct_statistics(metric, hypotheses, streams)
        rows = np.zeros((len(context.corpus.segments), statistics_width(metric)))
        np.add.at(rows, np.asarray(owners, dtype=np.intp), statistics)
        return rows

    def scores(self, summed: Floats) -> Floats:
        from mtqa.score.reference import vector_scores

        return vector_scores(self._metric, summed)

    def score(self, summed: Floats) -> float:
        from mtqa.score.reference import corpus_score

        return corpus_score(self._metric, summed)

    def signature(self, context: MetricContext, significance: Significance) -> str:
        """sacrebleu's own signature, with its keys for the tests: nrefs|bs|ar|seed|...|version."""
        from mtqa.score.reference import signature

        return signature(
            self._sacrebleu(context), bs=significance.bootstrap, ar=significance.trials, seed=significance.seed
        )


def sacrebleu_pieces(corpus: Corpus, run: EngineRun) -> tuple[list[str], list[list[str]], list[int]]:
    """An engine's hypothesis segments, the reference streams beside them, and the segment each
    hypothesis segment belongs to (articles are paired by paragraph, or whole: see score.reference)."""
    from mtqa.score.reference import pair_paragraphs

    hypotheses: list[str] = []
    streams: list[list[str]] = [[] for _ in corpus.reference_paths]
    owners: list[int] = []
    for article, pieces in enumerate(run.hypotheses):
        segments, references, unit = pair_paragraphs(pieces, corpus.references[article])
        hypotheses.extend(segments)
        for stream, reference in zip(streams, references, strict=True):
            stream.extend(reference)
        owned = run.hypothesis_segment[article]
        first = min(owned, default=_first_segment_of(corpus, article))
        owners.extend(owned if unit == "paragraph" else [first])
    return hypotheses, streams, owners


def _first_segment_of(corpus: Corpus, article: int) -> int:
    return next(segment.index for segment in corpus.segments if segment.article == article)


class Bleu(_Sacrebleu):
    info = MetricInfo(
        "bleu",
        "BLEU",
        "sacrebleu BLEU (13a, or the target language's tokenizer)",
        requires_reference=True,
        higher_is_better=True,
    )
    sacrebleu_name = "bleu"


class Chrf(_Sacrebleu):
    info = MetricInfo(
        "chrf", "chrF2", "sacrebleu chrF (character 6-grams, beta 2)", requires_reference=True, higher_is_better=True
    )
    sacrebleu_name = "chrf"


class ChrfPlusPlus(_Sacrebleu):
    info = MetricInfo(
        "chrf++",
        "chrF2++",
        "sacrebleu chrF++ (character 6-grams and word bigrams)",
        requires_reference=True,
        higher_is_better=True,
    )
    sacrebleu_name = "chrf++"


class Ter(_Sacrebleu):
    info = MetricInfo(
        "ter",
        "TER",
        "sacrebleu TER (translation edit rate, lower is better)",
        requires_reference=True,
        higher_is_better=False,
    )
    sacrebleu_name = "ter"


# --- The registry -------------------------------------------------------------------------------------

_BUILTIN: tuple[type[Metric], ...] = (
    Chrf,
    Bleu,
    ChrfPlusPlus,
    Ter,
    QualityScore,
    QualityEstimate,
    MqmPenalty,
    AccuracyPenalty,
    FindingRate,
    MeanSimilarity,
    OmissionShare,
    AdditionShare,
    UntranslatedShare,
    LengthRatio,
)


def _collect() -> dict[str, type[Metric]]:
    registry: dict[str, type[Metric]] = {}
    for metric in _BUILTIN:
        info = metric.info
        if info.name in registry:
            raise RuntimeError(f"metric {info.name} is registered twice")
        if not info.description.strip() or not info.label.strip():
            raise RuntimeError(f"metric {info.name} has no label or description")
        registry[info.name] = metric
    return registry


REGISTRY: dict[str, type[Metric]] = _collect()
METRIC_NAMES: tuple[str, ...] = tuple(REGISTRY)


def create_metrics(names: Sequence[str] | None = None) -> list[Metric]:
    """Fresh metric objects (no state survives a comparison), in registry order."""
    wanted = list(names) if names is not None else list(REGISTRY)
    for name in wanted:
        if name not in REGISTRY:
            raise UsageError(f"unknown metric {name!r}; one of {', '.join(METRIC_NAMES)}")
    return [REGISTRY[name]() for name in REGISTRY if name in wanted]


def default_primary(has_reference: bool) -> str:
    return "chrf" if has_reference else "quality"
