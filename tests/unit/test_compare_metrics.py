"""The metric registry and mtqa's reference-free metrics as sums of per-segment statistics."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from mtqa.compare.checking import run_engines
from mtqa.compare.inputs import EngineSpec, read_inputs
from mtqa.compare.metrics import (
    METRIC_NAMES,
    REGISTRY,
    MetricContext,
    MetricOptions,
    _merged,
    create_metrics,
    default_primary,
)
from mtqa.config import Config
from mtqa.errors import UsageError
from mtqa.model import Span
from tests.fakes import BagOfWords


def test_registry_declares_every_metric() -> None:
    assert METRIC_NAMES[:4] == ("chrf", "bleu", "chrf++", "ter")
    for name, metric in REGISTRY.items():
        assert metric.info.name == name and metric.info.description
        assert metric().requires_reference() is (name in ("chrf", "bleu", "chrf++", "ter"))
    assert REGISTRY["length_ratio"].info.higher_is_better is None
    assert [m.info.name for m in create_metrics(["quality", "chrf"])] == ["chrf", "quality"]
    with pytest.raises(UsageError, match="unknown metric 'x'"):
        create_metrics(["x"])
    assert default_primary(True) == "chrf" and default_primary(False) == "quality"


def test_merged_spans_count_overlaps_once() -> None:
    assert _merged([Span(5, 9), Span(0, 3), Span(2, 4), Span(9, 10)]) == [Span(0, 4), Span(5, 10)]


@pytest.fixture(scope="module")
def context(tmp_path_factory: pytest.TempPathFactory) -> MetricContext:
    folder = tmp_path_factory.mktemp("metrics")
    source = folder / "src.txt"
    source.write_text("Alpine glacier summit ridge.\nValley river forest meadow.\nVillage chapel bridge tunnel.\n")
    good = folder / "good.txt"
    good.write_text("Glacier alpin, sommet et crête.\nVallée, rivière, forêt et prairie.\nVillage, chapelle et pont.\n")
    copied = folder / "copied.txt"
    copied.write_text("Glacier alpin, sommet et crête.\nValley river forest meadow.\n\n")  # untranslated, omitted
    inputs = read_inputs(source, [EngineSpec("good", good), EngineSpec("copied", copied)])
    corpus = run_engines(inputs, Config(), BagOfWords(), source_lang="en", target_lang="fr")
    return MetricContext(corpus, MetricOptions())


def _score(context: MetricContext, name: str, engine: str) -> float:
    metric = REGISTRY[name]()
    run = next(run for run in context.corpus.runs if run.name == engine)
    return metric.score(metric.segment_statistics(context, run).sum(axis=0))


def test_quality_and_penalty_agree_with_the_article_summary(context: MetricContext) -> None:
    for run in context.corpus.runs:
        (report,) = run.reports
        penalty = _score(context, "mqm_penalty", run.name)
        assert penalty == pytest.approx(report.summary.mqm_penalty_per_1000_words)
        # the same smooth score of hypot(findings, estimate) as the summary (which rounds to 2 decimals)
        assert _score(context, "quality", run.name) == pytest.approx(report.summary.quality_score, abs=0.005)
        assert report.summary.estimate is not None
        assert _score(context, "estimate", run.name) == pytest.approx(report.summary.estimate.score, abs=0.005)
        assert _score(context, "findings", run.name) == pytest.approx(
            1000 * len(report.findings) / report.target.word_count
        )


def test_accuracy_penalty_counts_only_accuracy_findings(context: MetricContext) -> None:
    from mtqa.score import finding_weight

    for run in context.corpus.runs:
        (report,) = run.reports
        points = sum(finding_weight(f) for f in report.findings if f.mqm.startswith("Accuracy/"))
        assert _score(context, "accuracy_penalty", run.name) == pytest.approx(1000 * points / report.target.word_count)
    assert _score(context, "accuracy_penalty", "copied") > 0


def test_shares_see_untranslated_and_omitted_text(context: MetricContext) -> None:
    assert _score(context, "untranslated", "copied") > 0 and _score(context, "untranslated", "good") == 0
    assert _score(context, "omission", "copied") == pytest.approx(100 * 4 / 12)  # the 4 words of line 3
    assert 0 < _score(context, "length_ratio", "copied") < _score(context, "length_ratio", "good")


def test_similarity_is_the_mean_over_sentence_beads(context: MetricContext) -> None:
    run = next(run for run in context.corpus.runs if run.name == "good")
    (report,) = run.reports
    expected = np.mean([b.similarity for b in report.alignment.sentence_beads if b.similarity is not None])
    assert _score(context, "similarity", "good") == pytest.approx(expected)


def test_metrics_that_cannot_run_say_why(context: MetricContext) -> None:
    assert REGISTRY["bleu"]().unavailable(context) == "needs a reference translation (--reference)"
    assert REGISTRY["quality"]().unavailable(context) is None
    assert REGISTRY["estimate"]().unavailable(context) is None


def test_the_estimate_ranks_the_copied_output_lower_and_needs_estimated_reports(context: MetricContext) -> None:
    assert _score(context, "estimate", "good") > _score(context, "estimate", "copied")
    runs = tuple(
        replace(run, reports=tuple(replace(r, summary=replace(r.summary, estimate=None)) for r in run.reports))
        for run in context.corpus.runs
    )
    bare = MetricContext(replace(context.corpus, runs=runs), MetricOptions())
    assert REGISTRY["estimate"]().unavailable(bare) == "the reports carry no quality estimate"


def test_vectorised_scores_match_single_scores(context: MetricContext) -> None:
    for name in ("quality", "estimate", "mqm_penalty", "similarity", "omission", "length_ratio"):
        metric = REGISTRY[name]()
        rows = np.vstack([metric.segment_statistics(context, run) for run in context.corpus.runs])
        singles = [metric.score(row) for row in rows]
        np.testing.assert_allclose(metric.scores(rows), singles)


def test_segment_statistics_have_one_row_per_segment(context: MetricContext, tmp_path: Path) -> None:
    del tmp_path
    for name in ("quality", "similarity", "untranslated"):
        metric = REGISTRY[name]()
        for run in context.corpus.runs:
            assert metric.segment_statistics(context, run).shape[0] == len(context.corpus.segments)
