"""Scores: the MQM-style quality score and the quality gate (:mod:`mtqa.score.quality`); the
reference-free quality estimate is :mod:`mtqa.score.estimate`."""

from __future__ import annotations

from mtqa.score.quality import (
    MINOR_PUNCTUATION_WEIGHT,
    SEVERITY_WEIGHTS,
    combined_penalty,
    evaluate_gate,
    finding_weight,
    mqm_penalty,
    penalty_per_1000_words,
    quality_score,
    smooth_score,
    summarise,
)

__all__ = [
    "MINOR_PUNCTUATION_WEIGHT",
    "SEVERITY_WEIGHTS",
    "combined_penalty",
    "evaluate_gate",
    "finding_weight",
    "mqm_penalty",
    "penalty_per_1000_words",
    "quality_score",
    "smooth_score",
    "summarise",
]
