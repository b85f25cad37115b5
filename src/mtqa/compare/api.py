"""``compare_engines``: several engines' translations of the same source in, one ComparisonReport out."""

from __future__ import annotations

import os
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from mtqa import __version__
from mtqa.compare.inputs import ArticleInputs, EngineSpec, Inputs, Layout, SegmentInputs, read_inputs
from mtqa.compare.metrics import Metric, MetricContext, MetricOptions, Pending, create_metrics, default_primary
from mtqa.compare.model import (
    ComparisonReport,
    EngineInfo,
    InputInfo,
    MetricResult,
    Significance,
    Skipped,
)
from mtqa.errors import UsageError

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from mtqa.compare.checking import Corpus, Progress
    from mtqa.config import Config
    from mtqa.embed.base import Encoder


def compare_engines(
    source: Path | str,
    engines: Sequence[EngineSpec] | Mapping[str, Path | str],
    references: Sequence[Path | str] = (),
    config: Config | None = None,
    *,
    layout: Layout = "auto",
    doc_ids: Path | str | None = None,
    source_lang: str | None = None,
    target_lang: str | None = None,
    metrics: Sequence[str] | None = None,
    primary: str | None = None,
    significance: Significance | None = None,
    baseline: str | None = None,
    fail_if_worse: Sequence[str] = (),
    tokenize: str | None = None,
    top_segments: int = 10,
    encoder: Encoder | None = None,
    progress: Progress | None = None,
    timings: dict[str, float] | None = None,
    jobs: int = 1,
) -> ComparisonReport:
    """Compare engines on the same source: metrics, paired significance for every pair, ranking.

    ``engines`` maps names to paths (or is a list of :class:`EngineSpec`). ``metrics`` restricts the
    metrics computed (default: all that the inputs allow); ``primary`` ranks the engines (default
    chrF with references, mtqa's quality score without). ``baseline`` with ``fail_if_worse`` fills
    ``report.gate``. ``timings``, when given, receives the seconds spent in each phase (``checks``,
    ``statistics``, ``significance``, ``breakdown``). ``jobs`` > 1 (0: one per CPU) extracts
    sacrebleu's statistics in that many worker processes, for segment files while the checks run.
    Raises :class:`~mtqa.errors.MtqaError` subclasses for bad input or options.
    """
    from mtqa.compare import significance as tests
    from mtqa.compare.checking import run_engines, segment_languages
    from mtqa.config import Config
    from mtqa.embed import get_encoder

    config = config or Config()
    settings = significance or tests.settings()
    specs = _specs(engines)
    primary = primary or default_primary(bool(references))
    chosen = create_metrics(_with_required(metrics, primary, fail_if_worse))
    _check_gate_options(specs, baseline, fail_if_worse, chosen)
    if jobs < 0:
        raise UsageError(f"--jobs must be 0 (one per CPU) or more, not {jobs}")
    for metric in chosen:  # fail before the checks run, not after
        if metric.info.name in (primary, *fail_if_worse) and metric.requires_reference() and not references:
            raise UsageError(
                f"metric {metric.info.name} cannot be computed: needs a reference translation (--reference)"
            )
    inputs = read_inputs(
        Path(source), specs, [Path(r) for r in references], layout=layout, doc_ids=Path(doc_ids) if doc_ids else None
    )
    known = _units_before_checks(inputs)
    if known is not None:  # draws too large for memory are refused before the checks, not after them
        tests.check_memory(known, settings, len(specs))
    if encoder is None:
        from mtqa.embed.auto import AutoEncoder, for_languages

        encoder = get_encoder(config.encoder, cache=config.cache, cache_dir=config.cache_dir)
        if isinstance(encoder, AutoEncoder) and isinstance(inputs, SegmentInputs):
            source_lang, target_lang = segment_languages(inputs, source_lang, target_lang)
        # Every engine is scored by one encoder: ``auto`` chooses by the languages given or, for segment
        # files, identified; articles are identified one by one, so without -s/-t it embeds with use-m3.
        encoder = for_languages(encoder, source_lang, target_lang)
    clock = _Clock(timings)
    with _Workers(jobs, [m.info.name for m in chosen if m.requires_reference()] if references else []) as workers:
        if isinstance(inputs, SegmentInputs) and workers.active:
            source_lang, target_lang = segment_languages(inputs, source_lang, target_lang)
            workers.submit_segments(inputs, target_lang, tokenize)
        corpus = run_engines(
            inputs, config, encoder, source_lang=source_lang, target_lang=target_lang, progress=progress
        )
        clock.lap("checks")
        if isinstance(inputs, ArticleInputs) and workers.active:
            workers.submit_runs(corpus, tokenize)
        context = MetricContext(corpus, MetricOptions(tokenize=tokenize), workers.pending)
        return _finish(corpus, context, chosen, primary, fail_if_worse, settings, baseline, top_segments, clock)


def _units_before_checks(inputs: Inputs) -> int | None:
    """The units the significance tests will draw, when the inputs already tell (segment files: their
    segments; several articles: the articles); one article's unit is its segments, known once aligned."""
    if isinstance(inputs, SegmentInputs):
        return len(inputs.source)
    return len(inputs.articles) if len(inputs.articles) > 1 else None


def _finish(
    corpus: Corpus,
    context: MetricContext,
    chosen: Sequence[Metric],
    primary: str,
    fail_if_worse: Sequence[str],
    settings: Significance,
    baseline: str | None,
    top_segments: int,
    clock: _Clock,
) -> ComparisonReport:
    """Statistics, significance, ranking and breakdowns once every engine has been checked."""
    from mtqa.compare import significance as tests
    from mtqa.compare.breakdown import breakdown
    from mtqa.compare.ranking import gate, ranks

    available, skipped = _available(chosen, context, [primary, *fail_if_worse])
    statistics = {m.info.name: {run.name: m.segment_statistics(context, run) for run in corpus.runs} for m in available}
    clock.lap("statistics")
    draws = tests.Draws.make(corpus.units, settings, len(corpus.runs))
    unit_of = corpus.unit_of_segment
    names = [run.name for run in corpus.runs]
    results = []
    for metric in available:
        per_unit = [_per_unit(statistics[metric.info.name][name], unit_of, corpus.units) for name in names]
        analysis = tests.analyse(
            names, per_unit, metric.scores, metric.score, draws, settings, metric.info.higher_is_better
        )
        results.append(
            MetricResult(
                info=metric.info,
                signature=metric.signature(context, settings),
                scores=analysis.scores,
                pairs=analysis.pairs,
                ranks=ranks(analysis.scores, analysis.pairs, metric.info),
            )
        )
    clock.lap("significance")
    by_name = {metric.info.name: metric for metric in available}
    difference = by_name.get("chrf") or by_name.get("quality") or by_name[primary]
    details = breakdown(context, statistics, by_name[primary], difference, top_segments)
    clock.lap("breakdown")
    return ComparisonReport(
        tool_version=__version__,
        input=_input_info(corpus),
        engines=tuple(
            EngineInfo(run.name, run.path, run.words, sum(len(r.target.paragraphs) for r in run.reports))
            for run in corpus.runs
        ),
        significance=settings,
        mtqa_signature=corpus.signature,
        primary_metric=primary,
        metrics=tuple(results),
        skipped=tuple(skipped),
        breakdown=details,
        notes=_notes(corpus),
        gate=gate(baseline, [r for r in results if r.info.name in fail_if_worse], settings.test)
        if baseline is not None
        else None,
        reports=tuple((run.name, run.reports) for run in corpus.runs),
    )


class _Workers:
    """Worker processes extracting sacrebleu's statistics (none when ``jobs`` is 1 or nothing needs them).

    Processes are spawned, not forked (a fork of a process with threads can deadlock), and each
    task rebuilds its metric, so only strings and the resulting arrays cross process boundaries.
    """

    def __init__(self, jobs: int, metrics: Sequence[str]) -> None:
        self._metrics = sorted(metrics, key=lambda name: (name != "ter", name))  # the slowest first
        self._count = jobs if jobs > 0 else (os.cpu_count() or 1)
        self._executor: ProcessPoolExecutor | None = None
        self.pending: dict[tuple[str, str], Pending] = {}

    @property
    def active(self) -> bool:
        return self._count > 1 and bool(self._metrics)

    def __enter__(self) -> _Workers:
        if self.active:
            import multiprocessing

            self._executor = ProcessPoolExecutor(self._count, mp_context=multiprocessing.get_context("spawn"))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)

    def _submit(
        self,
        engine: str,
        target_lang: str | None,
        tokenize: str | None,
        hypotheses: list[str],
        streams: list[list[str]],
    ) -> None:
        from mtqa.score.reference import statistics_job

        if self._executor is None:
            return
        for name in self._metrics:
            future = self._executor.submit(statistics_job, name, target_lang, tokenize, hypotheses, streams)
            self.pending[(name, engine)] = Pending(hypotheses, streams, future)

    def submit_segments(self, inputs: SegmentInputs, target_lang: str | None, tokenize: str | None) -> None:
        """Segment files: the lines in the order the metrics will ask for them (document groups)."""
        from mtqa.compare.checking import document_groups

        order = [i for _, members in document_groups(len(inputs.source), inputs.doc_ids) for i in members]
        streams = [[lines[i] for i in order] for _, lines in inputs.references]
        for engine, lines in inputs.engines:
            self._submit(engine.name, target_lang, tokenize, [lines[i] for i in order], streams)

    def submit_runs(self, corpus: Corpus, tokenize: str | None) -> None:
        from mtqa.compare.metrics import sacrebleu_pieces

        for run in corpus.runs:
            hypotheses, streams, _ = sacrebleu_pieces(corpus, run)
            self._submit(run.name, corpus.target_lang, tokenize, hypotheses, streams)


class _Clock:
    """Seconds per phase, into the caller's dict (nothing is kept when there is none)."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self._timings = timings
        self._start = time.perf_counter()

    def lap(self, phase: str) -> None:
        if self._timings is not None:
            now = time.perf_counter()
            self._timings[phase] = self._timings.get(phase, 0.0) + now - self._start
            self._start = now


def _specs(engines: Sequence[EngineSpec] | Mapping[str, Path | str]) -> list[EngineSpec]:
    if isinstance(engines, Mapping):
        return [EngineSpec(name, Path(path)) for name, path in engines.items()]
    return list(engines)


def _with_required(metrics: Sequence[str] | None, primary: str, gated: Sequence[str]) -> list[str] | None:
    """The metrics asked for plus those the ranking and the gate need."""
    if metrics is None:
        create_metrics([primary, *gated])  # validates the names
        return None
    return list(dict.fromkeys([*metrics, primary, *gated]))


def _check_gate_options(
    specs: Sequence[EngineSpec], baseline: str | None, gated: Sequence[str], chosen: Sequence[Metric]
) -> None:
    if baseline is None:
        if gated:
            raise UsageError("--fail-if-worse needs --baseline NAME: the engine the others must not fall below")
        return
    if baseline not in {spec.name for spec in specs}:
        raise UsageError(
            f"--baseline {baseline!r} is not one of the engines ({', '.join(sorted(s.name for s in specs))})"
        )
    if not gated:
        raise UsageError("--baseline needs --fail-if-worse METRIC: the metric the gate watches")
    for metric in chosen:
        if metric.info.name in gated and not metric.info.rankable:
            raise UsageError(f"--fail-if-worse {metric.info.name}: a descriptive metric has no better or worse")


def _available(
    metrics: Sequence[Metric], context: MetricContext, required: Sequence[str]
) -> tuple[list[Metric], list[Skipped]]:
    available, skipped = [], []
    for metric in metrics:
        reason = metric.unavailable(context)
        if reason is None:
            available.append(metric)
            continue
        if metric.info.name in required:
            raise UsageError(f"metric {metric.info.name} cannot be computed: {reason}")
        skipped.append(Skipped(metric.info.name, reason))
    named = {metric.info.name: metric for metric in available}
    for name in required:
        if name in named and not named[name].info.rankable:
            raise UsageError(f"--metric {name}: a descriptive metric cannot rank engines")
    return available, skipped


def _per_unit(rows: NDArray[np.float64], unit_of: NDArray[np.intp], units: int) -> NDArray[np.float64]:
    if len(unit_of) == units and np.array_equal(unit_of, np.arange(units)):
        return rows
    summed = np.zeros((units, rows.shape[1]))
    np.add.at(summed, unit_of, rows)
    return summed


def _input_info(corpus: Corpus) -> InputInfo:
    return InputInfo(
        mode=corpus.mode,
        unit=corpus.unit,
        units=corpus.units,
        unit_reason=corpus.unit_reason,
        source_path=corpus.source_path,
        source_lang=corpus.source_lang,
        target_lang=corpus.target_lang,
        source_words=corpus.source_words,
        references=corpus.reference_paths,
    )


def _notes(corpus: Corpus) -> tuple[str, ...]:
    from mtqa.score.reference import pair_paragraphs

    notes = list(corpus.notes)
    if corpus.mode == "articles" and corpus.reference_paths:
        for run in corpus.runs:
            whole = [
                corpus.articles[article]
                for article, pieces in enumerate(run.hypotheses)
                if pair_paragraphs(pieces, corpus.references[article])[2] == "document"
            ]
            if whole:
                notes.append(
                    f"{run.name}: {len(whole)} article(s) have another paragraph count than their reference and "
                    f"were scored as one segment by the reference metrics: {', '.join(whole[:5])}"
                )
    return tuple(notes)
