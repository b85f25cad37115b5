"""The comparison as one self-contained HTML page: ranking, inline SVG charts, win matrix, differences.

Like the article report: no network, CSS/JS inline, every input text through Jinja2 autoescaping,
chart geometry computed here (SVG user units) so the template only places shapes, and no timestamp.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mtqa.compare.model import ComparisonReport, MetricResult, SegmentDifference
from mtqa.model import Finding
from mtqa.report._templates import asset, render
from mtqa.report.compare_common import (
    direction,
    fmt,
    fmt_p,
    headline,
    rank_range,
    ranking_columns,
    ranking_rows,
    skipped_lines,
)
from mtqa.report.highlight import Highlighter, Mark, Segment

# Eight colours distinguishable in print and by most colour-blind readers (Okabe-Ito, then greys).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
_WIDTH = 600.0
_LABEL = 150.0
_ROW = 18.0
_MATRIX_TOP = 90.0  # room for the column names, written at an angle


@dataclass(frozen=True)
class Interval:
    """One engine's score and interval on a scores chart."""

    y: float
    label: str
    x_low: float
    x_high: float
    x_score: float
    text: str
    title: str


@dataclass(frozen=True)
class ScoresChart:
    metric: str
    label: str
    height: float
    rows: tuple[Interval, ...]
    ticks: tuple[tuple[float, str], ...]


@dataclass(frozen=True)
class CategoryBar:
    x: float
    y: float
    width: float
    colour: str
    title: str


@dataclass(frozen=True)
class CategoryChart:
    height: float
    labels: tuple[tuple[float, str], ...]
    bars: tuple[CategoryBar, ...]
    legend: tuple[tuple[float, str, str], ...]


@dataclass(frozen=True)
class Cell:
    x: float
    y: float
    css: str
    opacity: float
    text: str
    title: str


@dataclass(frozen=True)
class Matrix:
    metric: str
    label: str
    size: float
    names: tuple[tuple[float, str], ...]
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class OutputView:
    engine: str
    value: str
    segments: tuple[Segment, ...]
    findings: tuple[tuple[int, Finding], ...]


@dataclass(frozen=True)
class DifferenceView:
    label: str
    source: str
    references: tuple[str, ...]
    spread: str
    outputs: tuple[OutputView, ...]


def render_comparison_html(report: ComparisonReport) -> str:
    """The whole HTML page, as text (write it with ``write_atomic``)."""
    rankable = [metric for metric in report.metrics if metric.info.rankable]
    return render(
        "compare.html.j2",
        css=asset("report.css"),
        compare_css=asset("compare.css"),
        js=asset("index.js"),
        report=report,
        headline=headline(report),
        primary=report.primary,
        rows=ranking_rows(report),
        columns=ranking_columns(report),
        direction=direction,
        rank_range=rank_range,
        fmt=fmt,
        fmt_p=fmt_p,
        score_charts=[_scores_chart(metric) for metric in rankable],
        category_chart=_category_chart(report),
        matrices=[_matrix(metric, report.significance.test) for metric in rankable],
        differences=_differences(report.breakdown.differences),
        engines=[engine.name for engine in report.engines],
        skipped=skipped_lines(report),
    )


def _scale(values: Sequence[float]) -> tuple[float, float]:
    low, high = min(values), max(values)
    if high - low < 1e-12:
        low, high = low - 1.0, high + 1.0
    pad = 0.05 * (high - low)
    return low - pad, high + pad


def _scores_chart(metric: MetricResult) -> ScoresChart:
    digits = metric.info.digits
    low, high = _scale([v for s in metric.scores for v in (s.ci_low, s.ci_high, s.score)])
    span = _WIDTH - _LABEL - 70.0

    def x(value: float) -> float:
        return round(_LABEL + span * (value - low) / (high - low), 2)

    rows = []
    for row, rank in enumerate(metric.ranks):
        score = metric.score_of(rank.engine)
        rows.append(
            Interval(
                y=row * _ROW + 9,
                label=rank.engine,
                x_low=x(score.ci_low),
                x_high=x(score.ci_high),
                x_score=x(score.score),
                text=f"{score.score:.{digits}f}",
                title=f"{rank.engine}: {score.score:.{digits}f}, 95% CI [{score.ci_low:.{digits}f}, "
                f"{score.ci_high:.{digits}f}], cluster {rank.cluster}",
            )
        )
    ticks = tuple((x(low + (high - low) * i / 4), f"{low + (high - low) * i / 4:.{digits}f}") for i in range(5))
    return ScoresChart(metric.info.name, metric.info.label, len(rows) * _ROW + 22, tuple(rows), ticks)


def _category_chart(report: ComparisonReport) -> CategoryChart | None:
    rows = report.breakdown.categories
    if not rows:
        return None
    engines = [engine.name for engine in report.engines]
    most = max((value for row in rows for _, value in row.per_1000_words), default=0.0) or 1.0
    bar = 10.0
    group = bar * len(engines) + 8.0
    bars, labels = [], []
    for position, row in enumerate(rows):
        top = position * group
        labels.append((top + group / 2, row.category))
        values = dict(row.per_1000_words)
        counts = dict(row.counts)
        for number, engine in enumerate(engines):
            value = values.get(engine, 0.0)
            bars.append(
                CategoryBar(
                    x=_LABEL,
                    y=round(top + number * bar, 2),
                    width=round((_WIDTH - _LABEL - 20.0) * value / most, 2),
                    colour=PALETTE[number % len(PALETTE)],
                    title=f"{engine}: {row.category}, {counts.get(engine, 0)} findings, {value:.2f} per 1,000 words",
                )
            )
    height = len(rows) * group
    legend = tuple((height + 14 + 14 * n, PALETTE[n % len(PALETTE)], engine) for n, engine in enumerate(engines))
    return CategoryChart(height + 14 + 14 * len(engines), tuple(labels), tuple(bars), legend)


def _matrix(metric: MetricResult, test: str) -> Matrix:
    """Row engine against column engine: green where the row is significantly better, red worse."""
    names = [rank.engine for rank in metric.ranks]
    cell = 44.0
    digits = metric.info.digits
    biggest = max((abs(pair.delta) for pair in metric.pairs), default=0.0) or 1.0
    cells = []
    for row, first in enumerate(names):
        for column, second in enumerate(names):
            x, y = _LABEL + column * cell, _MATRIX_TOP + row * cell
            if first == second:
                cells.append(Cell(x, y, "self", 1.0, "", first))
                continue
            pair = metric.pair(first, second)
            sign = 1.0 if pair.a == first else -1.0
            delta = sign * pair.delta
            oriented = delta if metric.info.higher_is_better else -delta
            p = pair.p_ar if test == "ar" else pair.p_bootstrap
            low, high = sorted((sign * pair.delta_ci_low, sign * pair.delta_ci_high))
            css = "tie" if pair.better is None else ("win" if pair.better == first else "loss")
            title = (
                f"{first} vs {second}: Δ {delta:+.{digits}f} [{low:+.{digits}f}, {high:+.{digits}f}], "
                f"p(AR) {fmt_p(pair.p_ar)}, p(bootstrap) {fmt_p(pair.p_bootstrap)}"
                + ("" if pair.better is None else f", {pair.better} significantly better")
            )
            opacity = 0.25 + 0.75 * min(1.0, abs(oriented) / biggest) if css != "tie" else 1.0
            cells.append(Cell(x, y, css, round(opacity, 3), fmt_p(p), title))
    labels = tuple((_MATRIX_TOP + row * cell + cell / 2, name) for row, name in enumerate(names))
    return Matrix(metric.info.name, metric.info.label, _MATRIX_TOP + len(names) * cell, labels, tuple(cells))


def _differences(differences: Sequence[SegmentDifference]) -> list[DifferenceView]:
    views = []
    number = 0
    for difference in differences:
        outputs = []
        for output in difference.outputs:
            numbered = []
            marks = []
            for finding in output.findings:
                number += 1
                numbered.append((number, finding))
                if finding.target_span is not None:
                    title = f"{finding.check} · {finding.severity} · {finding.message}"
                    marks.append(
                        Mark(number, finding.target_span, finding.severity, finding.category, finding.check, title)
                    )
            segments = Highlighter(output.text, marks).segments(0, len(output.text))
            outputs.append(OutputView(output.engine, fmt(output.value, 2), segments, tuple(numbered)))
        views.append(
            DifferenceView(
                difference.label, difference.source, difference.references, f"{difference.spread:.2f}", tuple(outputs)
            )
        )
    return views
