from __future__ import annotations

import pytest

from mtqa.config import GateConfig
from mtqa.model import ArticleEstimate, Category, Finding, Severity
from mtqa.score import evaluate_gate, finding_weight, mqm_penalty, penalty_per_1000_words, quality_score, summarise
from mtqa.score.estimate import default_model
from mtqa.score.quality import combined_penalty, smooth_score


def make(severity: Severity = "major", category: Category = "name") -> Finding:
    return Finding("x.y", category, severity, "message", "excerpt")


@pytest.mark.parametrize(
    ("severity", "category", "weight"),
    [
        ("minor", "name", 1.0),
        ("major", "name", 5.0),
        ("critical", "omission", 10.0),
        ("minor", "punctuation", 0.1),
        ("major", "punctuation", 5.0),
        ("critical", "punctuation", 10.0),
    ],
)
def test_weights_follow_wmt_mqm(severity: Severity, category: Category, weight: float) -> None:
    assert finding_weight(make(severity, category)) == weight


def expected(penalty: float) -> float:
    """The documented curve, 100 / (1 + p / midpoint), with the shipped model's midpoint."""
    return round(100.0 / (1.0 + penalty / default_model().midpoint), 2)


@pytest.mark.parametrize(
    ("findings", "words", "penalty"),
    [
        ([], 100, 0.0),
        ([make("major")], 500, 10.0),
        ([make("minor")] * 3, 1000, 3.0),
        ([make("minor", "punctuation")] * 10, 1000, 1.0),
        ([make("critical")] * 20, 1000, 200.0),
        ([make("major")], 0, 5000.0),  # no words at all: counts as one word
    ],
)
def test_penalty_and_score(findings: list[Finding], words: int, penalty: float) -> None:
    assert penalty_per_1000_words(findings, words) == pytest.approx(penalty)
    assert quality_score(penalty_per_1000_words(findings, words)) == expected(penalty)


def test_score_is_100_without_findings_50_at_the_midpoint_and_never_0() -> None:
    midpoint = default_model().midpoint
    assert quality_score(0.0) == 100.0
    assert quality_score(midpoint) == 50.0
    heavy = [quality_score(p) for p in (200.0, 1_000.0, 5_000.0)]
    assert heavy == sorted(heavy, reverse=True) and len(set(heavy)) == 3 and heavy[-1] > 0


def test_total_penalty_is_exact_for_many_small_weights() -> None:
    assert mqm_penalty([make("minor", "punctuation")] * 10) == 1.0


def test_score_is_rounded_to_two_decimals() -> None:
    score = quality_score(100 / 3)
    assert score == round(score, 2) == expected(100 / 3)


def test_no_gate_always_passes() -> None:
    assert evaluate_gate([make("critical")] * 5, 0.0, GateConfig()) == (True, ())


def test_input_issues_fail_only_when_the_gate_asks() -> None:
    gate = GateConfig(fail_on_input_issues=True)
    assert gate.configured
    assert evaluate_gate([], 90.0, gate, input_issues=2) == (
        False,
        ("2 input issue(s) in the file (fail_on_input_issues)",),
    )
    assert evaluate_gate([], 90.0, gate) == (True, ())
    assert evaluate_gate([], 90.0, GateConfig(), input_issues=2) == (True, ())
    assert not summarise([], 100, [], gate, input_issues=1).passed


def test_fail_under() -> None:
    passed, reasons = evaluate_gate([], 79.99, GateConfig(fail_under=80))
    assert not passed
    assert reasons == ("quality score 79.99 is below fail_under 80",)
    assert evaluate_gate([], 80.0, GateConfig(fail_under=80)) == (True, ())


@pytest.mark.parametrize(
    ("fail_on", "severities", "failing"),
    [
        ("major", ["minor", "minor"], 0),
        ("major", ["minor", "major", "critical"], 2),
        ("minor", ["minor"], 1),
        ("critical", ["major", "major"], 0),
        ("critical", ["critical"], 1),
    ],
)
def test_fail_on_counts_that_severity_or_worse(fail_on: Severity, severities: list[Severity], failing: int) -> None:
    passed, reasons = evaluate_gate([make(s) for s in severities], 100.0, GateConfig(fail_on=fail_on))
    assert passed is (failing == 0)
    if failing:
        assert reasons[0].startswith(f"{failing} finding(s) of severity {fail_on}")


def test_max_findings_per_category() -> None:
    findings = [make(category="name"), make(category="name"), make(category="number")]
    gate = GateConfig(max_findings={"name": 1, "number": 1, "omission": 0})
    passed, reasons = evaluate_gate(findings, 100.0, gate)
    assert not passed
    assert reasons == ("2 name finding(s), more than max_findings.name = 1",)


def test_every_failed_rule_gives_a_reason() -> None:
    gate = GateConfig(fail_under=90, fail_on="major", max_findings={"name": 0})
    passed, reasons = evaluate_gate([make("major", "name")], 50.0, gate)
    assert not passed
    assert len(reasons) == 3


def test_summarise_counts_every_severity_and_skips_missing_similarities() -> None:
    summary = summarise([make("major"), make("minor", "punctuation")], 200, [0.8, None, 0.6], GateConfig())
    assert summary.findings == {"critical": 0, "major": 1, "minor": 1}
    assert summary.mqm_penalty_per_1000_words == pytest.approx(25.5)
    assert summary.quality_score == expected(25.5)
    assert summary.estimate is None
    assert summary.mean_similarity == pytest.approx(0.7)
    assert summary.passed is True


def test_summarise_without_similarities_or_findings() -> None:
    summary = summarise([], 10, [], GateConfig(fail_under=99))
    assert summary.mean_similarity is None
    assert summary.quality_score == 100.0
    assert summary.passed


def test_summarise_uses_source_words_for_an_empty_translation() -> None:
    summary = summarise([make("critical")], 0, [None], GateConfig(fail_on="critical"), source_words=1000)
    assert summary.mqm_penalty_per_1000_words == 10.0
    assert summary.quality_score == expected(10.0)
    assert summary.passed is False


def test_summarise_combines_the_findings_with_the_estimate() -> None:
    estimate = ArticleEstimate(penalty_per_1000_words=40.0, score=72.8)
    summary = summarise([make("major")] * 6, 1000, [], GateConfig(), estimate=estimate)
    assert summary.mqm_penalty_per_1000_words == 30.0  # the findings' own penalty is kept as it is
    assert summary.quality_score == expected(50.0)  # hypot(30, 40)
    assert summary.estimate == estimate
    alone = summarise([], 1000, [], GateConfig(), estimate=estimate)
    assert alone.quality_score == expected(40.0) < 100.0


def test_smooth_score_keeps_every_difference_and_never_reaches_0() -> None:
    assert smooth_score(0, 100) == 100
    assert smooth_score(100, 100) == 50
    scores = [smooth_score(p, 100) for p in (10, 100, 1_000, 10_000)]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == 4 and scores[-1] > 0
    assert smooth_score(-5, 100) == 100


@pytest.mark.parametrize(
    ("findings", "estimate", "combined"),
    [(0.0, 40.0, 40.0), (30.0, 0.0, 30.0), (30.0, 40.0, 50.0), (25.0, None, 25.0)],
)
def test_combined_penalty_lies_between_the_larger_term_and_the_sum(
    findings: float, estimate: float | None, combined: float
) -> None:
    assert combined_penalty(findings, estimate) == pytest.approx(combined)
