"""compare_engines end to end on synthetic engines (fake encoder): known answers, invariance, determinism."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.compare import compare_engines, significance_settings
from mtqa.compare.model import ComparisonReport
from mtqa.errors import InputError, UsageError
from mtqa.report.compare_html import render_comparison_html
from mtqa.report.compare_json import comparison_to_json
from tests.compare_helpers import SEGMENTS, write_engines
from tests.fakes import BagOfWords

FAST = significance_settings(bootstrap=300, trials=1000)


def _compare(paths: dict[str, Path], names: list[str], **options: object) -> ComparisonReport:
    engines = {name: paths[name] for name in names}
    return compare_engines(
        paths["source"],
        engines,
        options.pop("references", [paths["ref"]]),  # type: ignore[arg-type]
        source_lang="en",
        target_lang="fr",
        significance=FAST,
        encoder=BagOfWords(),
        **options,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_engines(tmp_path_factory.mktemp("engines"))


@pytest.fixture(scope="module")
def report(paths: dict[str, Path]) -> ComparisonReport:
    return _compare(paths, ["good", "bad", "twin"])


def test_a_known_difference_is_detected_on_reference_metrics(report: ComparisonReport) -> None:
    assert report.primary_metric == "chrf"
    assert report.ranking[-1] == "bad"
    for name in ("chrf", "bleu", "chrf++", "ter"):
        result = report.metric(name)
        for good in ("good", "twin"):
            pair = result.pair(good, "bad")
            assert pair.better == good, name
            assert pair.p_ar < 0.01 and pair.p_bootstrap < 0.01


def test_identical_outputs_share_every_score_and_a_cluster(report: ComparisonReport) -> None:
    for result in report.metrics:
        pair = result.pair("good", "twin")
        assert pair.delta == 0 and pair.p_ar == 1.0 and pair.p_bootstrap == 1.0 and pair.better is None
        good, twin = result.score_of("good"), result.score_of("twin")
        assert (good.score, good.ci_low, good.ci_high) == (twin.score, twin.ci_low, twin.ci_high)
        if result.info.rankable:
            cluster = {rank.engine: rank.cluster for rank in result.ranks}
            assert cluster["good"] == cluster["twin"]
    assert report.primary.clusters == (("good", "twin"), ("bad",))


def test_two_identical_engines_make_one_cluster(paths: dict[str, Path]) -> None:
    report = _compare(paths, ["good", "twin"])
    for result in report.metrics:
        if result.info.rankable:
            assert len(result.clusters) == 1
            assert all(rank.rank_low == 1 and rank.rank_high == 2 for rank in result.ranks)


def test_ranking_does_not_depend_on_the_order_of_engines(paths: dict[str, Path]) -> None:
    first = comparison_to_json(_compare(paths, ["good", "bad", "twin"]))
    second = comparison_to_json(_compare(paths, ["twin", "bad", "good"]))
    assert first == second


def test_json_and_html_are_byte_identical_twice(paths: dict[str, Path], report: ComparisonReport) -> None:
    again = _compare(paths, ["good", "bad", "twin"])
    assert comparison_to_json(again) == comparison_to_json(report)
    assert render_comparison_html(again) == render_comparison_html(report)


def test_without_reference_mtqa_metrics_rank_and_reference_metrics_are_skipped(paths: dict[str, Path]) -> None:
    report = _compare(paths, ["good", "bad"], references=[])
    assert report.primary_metric == "quality"
    skipped = {s.metric: s.reason for s in report.skipped}
    assert set(skipped) >= {"bleu", "chrf", "chrf++", "ter"}
    assert "reference" in skipped["bleu"]
    assert {m.info.name for m in report.metrics} >= {"quality", "mqm_penalty", "similarity", "length_ratio"}
    assert report.metric("length_ratio").ranks == ()  # descriptive


def test_the_gate_fails_when_an_engine_is_significantly_worse(paths: dict[str, Path]) -> None:
    failed = _compare(paths, ["good", "bad"], baseline="good", fail_if_worse=["chrf"])
    assert failed.gate is not None and not failed.gate.passed
    assert "bad is significantly worse than good on chrF2" in failed.gate.reasons[0]
    passed = _compare(paths, ["good", "bad"], baseline="bad", fail_if_worse=["chrf"])
    assert passed.gate is not None and passed.gate.passed and passed.gate.reasons == ()


def test_units_and_breakdowns(report: ComparisonReport) -> None:
    assert report.input.mode == "segments" and report.input.unit == "segment" and report.input.units == SEGMENTS
    assert report.breakdown.value_metric == "chrf"
    length, bands = report.breakdown.buckets
    assert sum(bucket.segments for bucket in length.buckets) == SEGMENTS
    for engine in ("bad", "good", "twin"):
        shares = [dict(bucket.values)[engine] or 0.0 for bucket in bands.buckets]
        assert sum(shares) == pytest.approx(100.0)
    assert report.breakdown.differences and report.breakdown.differences[0].spread > 0
    assert [o.engine for o in report.breakdown.differences[0].outputs] == ["bad", "good", "twin"]
    signature = report.metric("bleu").signature
    assert signature.startswith("nrefs:1|bs:300|ar:1000|seed:12345|") and "tok:13a" in signature


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"metrics": ["nope"]}, UsageError, "unknown metric"),
        ({"primary": "length_ratio"}, UsageError, "descriptive"),
        ({"baseline": "zzz", "fail_if_worse": ["chrf"]}, UsageError, "not one of the engines"),
        ({"fail_if_worse": ["chrf"]}, UsageError, "needs --baseline"),
        ({"baseline": "good"}, UsageError, "needs --fail-if-worse"),
        ({"doc_ids": "missing.txt"}, InputError, "no such file"),
    ],
)
def test_bad_options(paths: dict[str, Path], options: dict[str, object], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        _compare(paths, ["good", "bad"], **options)


def test_document_ids_group_segments_into_articles(paths: dict[str, Path], tmp_path: Path) -> None:
    ids = tmp_path / "docids"
    ids.write_text("".join(f"doc{i // 20}\n" for i in range(SEGMENTS)), encoding="utf-8")
    report = _compare(paths, ["good", "bad"], doc_ids=ids)
    assert [row.name for row in report.breakdown.articles] == ["doc0", "doc1", "doc2"]
    assert report.notes == ()
    assert report.input.unit == "segment"


def test_worker_processes_give_the_same_report(paths: dict[str, Path], report: ComparisonReport) -> None:
    parallel = _compare(paths, ["good", "bad", "twin"], jobs=2)
    assert comparison_to_json(parallel) == comparison_to_json(report)


def test_asking_for_some_metrics_keeps_the_ranking_one(paths: dict[str, Path]) -> None:
    report = _compare(paths, ["good", "bad"], references=[], metrics=["similarity"])
    assert [m.info.name for m in report.metrics] == ["quality", "similarity"]
    assert report.primary_metric == "quality"


def test_a_reference_metric_without_reference_fails_before_any_check(paths: dict[str, Path]) -> None:
    class Exploding(BagOfWords):
        def encode(self, texts):  # type: ignore[no-untyped-def]
            raise AssertionError("the encoder must not run")

    with pytest.raises(UsageError, match="needs a reference"):
        compare_engines(paths["source"], {"a": paths["good"], "b": paths["bad"]}, primary="bleu", encoder=Exploding())


def test_auto_scores_segments_in_a_language_use_m3_lacks_with_e5_small(tmp_path: Path) -> None:
    source = tmp_path / "news.en"
    source.write_text("The bank raised its rates on Thursday.\nMarkets fell sharply after the decision.\n")
    engines = {}
    for name, lines in (
        ("a", "Banka ve čtvrtek zvýšila úrokové sazby.\nTrhy po rozhodnutí prudce klesly.\n"),
        ("b", "Banka ve čtvrtek zvedla sazby.\nTrhy po tom rozhodnutí výrazně klesly.\n"),
    ):
        engines[name] = tmp_path / f"{name}.cs"
        engines[name].write_text(lines)
    report = compare_engines(source, engines, [], significance=FAST, metrics=["findings"])
    assert "encoder:e5-small" in report.mtqa_signature


def test_draws_too_large_for_memory_are_refused_before_any_check(paths: dict[str, Path]) -> None:
    class Exploding(BagOfWords):
        def encode(self, texts):  # type: ignore[no-untyped-def]
            raise AssertionError("the encoder must not run")

    # Before, every engine was checked and scored (16 s for 2,000 segments) before the refusal.
    with pytest.raises(UsageError, match="GiB of memory"):
        compare_engines(
            paths["source"],
            {"a": paths["good"], "b": paths["bad"]},
            significance=significance_settings(bootstrap=1_000_000, trials=10_000_000),
            encoder=Exploding(),
        )
