"""MQM-style quality score and the quality gate.

Every finding costs penalty points by severity, as in the MQM scoring used by the WMT human
evaluations (Freitag et al., 2021): **minor 1, major 5, critical 10**, except a *minor punctuation*
finding, which costs **0.1** (punctuation slips barely affect meaning and would otherwise swamp the
score). The penalty is normalised by length::

    penalty_per_1000_words = 1000 * sum(weights) / words

where ``words`` is the target word count, or the source word count when the target is empty (an
empty translation is then judged against what it should have said). When both are empty, ``words``
counts as 1, so any finding drives the score to 0.

That penalty is reported as it is (``mqm_penalty_per_1000_words``). The quality score combines it
with the reference-free estimate (:mod:`mtqa.score.estimate`, its expected MQM penalty per 1,000
words) and maps the result onto 0-100 with a smooth curve that never reaches 0::

    penalty       = hypot(findings_per_1000_words, estimate_per_1000_words)
    quality_score = 100 / (1 + penalty / midpoint)

``midpoint`` (107.3, in the quality model's package data) is the median human MQM penalty per 1,000
words of the WMT machine-translation systems in the estimate's training data, so 50 means "as good as
a typical WMT system, as professionals judge it", and every difference in penalty stays a difference
in score. Without an estimate the penalty is the findings' alone. The score is rounded to 2 decimals
*before* the gate compares it, so the number shown is the number gated. See docs/scoring.md.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from mtqa.model import SEVERITIES, ArticleEstimate, Finding, Severity, Summary

if TYPE_CHECKING:
    from mtqa.config import GateConfig

SEVERITY_WEIGHTS: dict[Severity, float] = {"minor": 1.0, "major": 5.0, "critical": 10.0}
MINOR_PUNCTUATION_WEIGHT = 0.1
_RANK: dict[Severity, int] = {severity: rank for rank, severity in enumerate(SEVERITIES)}


def finding_weight(finding: Finding) -> float:
    """MQM penalty points of one finding."""
    if finding.severity == "minor" and finding.category == "punctuation":
        return MINOR_PUNCTUATION_WEIGHT
    return SEVERITY_WEIGHTS[finding.severity]


def mqm_penalty(findings: Iterable[Finding]) -> float:
    """Total MQM penalty points (not normalised by length)."""
    return math.fsum(finding_weight(finding) for finding in findings)


def penalty_per_1000_words(findings: Iterable[Finding], words: int) -> float:
    """MQM penalty per 1,000 words; ``words`` below 1 counts as 1."""
    return 1000.0 * mqm_penalty(findings) / max(words, 1)


def quality_score(penalty_per_1000: float) -> float:
    """Map a penalty per 1,000 words onto 0-100 with the smooth curve (see the module docstring),
    rounded to 2 decimals."""
    from mtqa.score.estimate import default_model  # it imports this module

    return smooth_score(penalty_per_1000, default_model().midpoint)


def smooth_score(penalty_per_1000: float, midpoint: float) -> float:
    """The smooth 0-100 curve ``100 / (1 + p / midpoint)``: 100 at 0, 50 at ``midpoint``, never 0.

    Every difference in penalty stays a difference in score (nothing is clipped), so articles keep
    their order however many errors they have; rounded to 2 decimals (docs/scoring.md).
    """
    return round(100.0 / (1.0 + max(penalty_per_1000, 0.0) / midpoint), 2)


def combined_penalty(findings_per_1000: float, estimate_per_1000: float | None) -> float:
    """The penalty the smooth article score is computed from: ``hypot(findings, estimate)``.

    It equals either term when the other is 0, lies between the larger of the two and their sum, and
    grows with both, smoothly. The estimate already counts findings among its features, so a plain sum
    would count them twice; the larger of the two alone would ignore the smaller. Without an estimate
    (no encoder), the findings' penalty alone.
    """
    if estimate_per_1000 is None:
        return findings_per_1000
    return math.hypot(findings_per_1000, estimate_per_1000)


def severity_counts(findings: Iterable[Finding]) -> dict[Severity, int]:
    """Findings per severity, every severity present, worst first (the JSON report's order)."""
    counts = Counter(finding.severity for finding in findings)
    return {severity: counts.get(severity, 0) for severity in reversed(SEVERITIES)}


def evaluate_gate(
    findings: Sequence[Finding], score: float, gate: GateConfig, *, input_issues: int = 0
) -> tuple[bool, tuple[str, ...]]:
    """Apply the quality gate: ``(passed, reasons it failed)``; always passes when none is configured.
    ``input_issues``: how many problems the input file itself has (empty or misaligned units ...)."""
    reasons: list[str] = []
    if gate.fail_on_input_issues and input_issues:
        reasons.append(f"{input_issues} input issue(s) in the file (fail_on_input_issues)")
    if gate.fail_under is not None and score < gate.fail_under:
        reasons.append(f"quality score {score:.2f} is below fail_under {gate.fail_under:g}")
    if gate.fail_on is not None:
        threshold = _RANK[gate.fail_on]
        failing = sum(1 for finding in findings if _RANK[finding.severity] >= threshold)
        if failing:
            worse = "" if gate.fail_on == "critical" else " or worse"
            reasons.append(f"{failing} finding(s) of severity {gate.fail_on}{worse} (fail_on = {gate.fail_on})")
    per_category: Counter[str] = Counter(finding.category for finding in findings)
    for category in sorted(gate.max_findings):
        limit = gate.max_findings[category]
        found = per_category[category]
        if found > limit:
            reasons.append(f"{found} {category} finding(s), more than max_findings.{category} = {limit}")
    return not reasons, tuple(reasons)


def summarise(
    findings: Sequence[Finding],
    target_words: int,
    similarities: Iterable[float | None],
    gate: GateConfig,
    *,
    source_words: int = 0,
    estimate: ArticleEstimate | None = None,
    input_issues: int = 0,
) -> Summary:
    """The article summary: quality score, penalty, mean similarity, counts, estimate and gate verdict.

    ``target_words`` should be the target word count; pass ``source_words`` too and it is used when
    the target is empty. ``similarities`` may hold None (1-0 and 0-1 beads), which are skipped. The
    score combines the findings' penalty with ``estimate`` when there is one (module docstring).
    """
    words = target_words if target_words > 0 else source_words
    penalty = penalty_per_1000_words(findings, words)
    estimated = None if estimate is None else estimate.penalty_per_1000_words
    score = quality_score(combined_penalty(penalty, estimated))
    passed, _ = evaluate_gate(findings, score, gate, input_issues=input_issues)
    return Summary(
        quality_score=score,
        mqm_penalty_per_1000_words=penalty,
        mean_similarity=_mean(similarities),
        findings=severity_counts(findings),
        passed=passed,
        estimate=estimate,
    )


def _mean(values: Iterable[float | None]) -> float | None:
    finite = [value for value in values if value is not None and math.isfinite(value)]
    return math.fsum(finite) / len(finite) if finite else None
