"""The comparison as JSON (``mtqa compare --json``), schema_version 1.

Keys in a documented order, numbers rounded (scores, differences and intervals to 4 decimals,
p-values to 6), engines by name except in ``ranking`` (best first), pairs by the two names: the same
comparison always gives the same bytes.
"""

from __future__ import annotations

from typing import Any

from mtqa.compare.model import (
    Breakdown,
    BucketTable,
    ComparisonReport,
    MetricResult,
    SegmentDifference,
)
from mtqa.report.json_report import _round, dumps, finding_to_dict

SCHEMA_VERSION = 1


def comparison_to_dict(report: ComparisonReport) -> dict[str, Any]:
    info = report.input
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": "comparison",
        "tool": {"name": "mtqa", "version": report.tool_version},
        "signatures": {
            "significance": report.significance.signature,
            "mtqa": report.mtqa_signature,
            **{metric.info.name: metric.signature for metric in report.metrics},
        },
        "input": {
            "mode": info.mode,
            "source": info.source_path,
            "source_lang": info.source_lang,
            "target_lang": info.target_lang,
            "source_words": info.source_words,
            "references": list(info.references),
            "unit": info.unit,
            "units": info.units,
            "unit_reason": info.unit_reason,
        },
        "engines": [{"name": e.name, "path": e.path, "words": e.words, "segments": e.segments} for e in report.engines],
        "significance": {
            "bootstrap_resamples": report.significance.bootstrap,
            "ar_trials": report.significance.trials,
            "seed": report.significance.seed,
            "test": report.significance.test,
            "alpha": report.significance.alpha,
        },
        "primary_metric": report.primary_metric,
        "ranking": list(report.ranking),
        "clusters": [list(cluster) for cluster in report.primary.clusters],
        "metrics": [_metric(metric) for metric in report.metrics],
        "skipped": [{"metric": s.metric, "reason": s.reason} for s in report.skipped],
        "gate": None
        if report.gate is None
        else {
            "baseline": report.gate.baseline,
            "metrics": list(report.gate.metrics),
            "passed": report.gate.passed,
            "reasons": list(report.gate.reasons),
        },
        "notes": list(report.notes),
        "breakdown": _breakdown(report.breakdown),
    }


def comparison_to_json(report: ComparisonReport) -> str:
    return dumps(comparison_to_dict(report))


def _metric(metric: MetricResult) -> dict[str, Any]:
    info = metric.info
    ranks = {rank.engine: rank for rank in metric.ranks}
    return {
        "name": info.name,
        "label": info.label,
        "description": info.description,
        "requires_reference": info.requires_reference,
        "higher_is_better": info.higher_is_better,
        "signature": metric.signature,
        "scores": [
            {
                "engine": score.engine,
                "score": _round(score.score, 4),
                "ci": [_round(score.ci_low, 4), _round(score.ci_high, 4)],
                "bootstrap_mean": _round(score.bootstrap_mean, 4),
                **(
                    {
                        "rank": ranks[score.engine].rank,
                        "rank_range": [ranks[score.engine].rank_low, ranks[score.engine].rank_high],
                        "cluster": ranks[score.engine].cluster,
                        "wins": ranks[score.engine].wins,
                    }
                    if score.engine in ranks
                    else {}
                ),
            }
            for score in metric.scores
        ],
        "ranking": [rank.engine for rank in metric.ranks],
        "pairs": [
            {
                "a": pair.a,
                "b": pair.b,
                "delta": _round(pair.delta, 4),
                "delta_ci": [_round(pair.delta_ci_low, 4), _round(pair.delta_ci_high, 4)],
                "p_bootstrap": _round(pair.p_bootstrap, 6),
                "p_ar": _round(pair.p_ar, 6),
                "better": pair.better,
            }
            for pair in metric.pairs
        ],
    }


def _breakdown(breakdown: Breakdown) -> dict[str, Any]:
    return {
        "value_metric": breakdown.value_metric,
        "articles": [
            {"name": row.name, "values": {engine: _round(value, 4) for engine, value in row.values}}
            for row in breakdown.articles
        ],
        "categories": [
            {
                "category": row.category,
                "per_1000_words": {engine: _round(value, 4) for engine, value in row.per_1000_words},
                "counts": dict(row.counts),
            }
            for row in breakdown.categories
        ],
        "buckets": [_bucket_table(table) for table in breakdown.buckets],
        "difference_metric": breakdown.difference_metric,
        "differences": [_difference(difference) for difference in breakdown.differences],
    }


def _bucket_table(table: BucketTable) -> dict[str, Any]:
    return {
        "title": table.title,
        "metric": table.metric,
        "buckets": [
            {
                "label": bucket.label,
                "segments": bucket.segments if bucket.segments >= 0 else None,
                "values": {engine: _round(value, 4) for engine, value in bucket.values},
            }
            for bucket in table.buckets
        ],
    }


def _difference(difference: SegmentDifference) -> dict[str, Any]:
    return {
        "segment": difference.label,
        "source": difference.source,
        "references": list(difference.references),
        "spread": _round(difference.spread, 4),
        "outputs": [
            {
                "engine": output.engine,
                "text": output.text,
                "value": _round(output.value, 4),
                "findings": [finding_to_dict(finding) for finding in output.findings],
            }
            for output in difference.outputs
        ],
    }
