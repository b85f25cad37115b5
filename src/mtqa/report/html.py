"""The self-contained HTML report for one article: aligned text side by side, every finding marked.

One file, no network: CSS, JS and the SVG charts are inline, so the report opens offline, can be
mailed or attached to a CI run, and prints. All article text reaches the page through Jinja2
autoescaping (the view model below holds plain strings; nothing is marked safe except our own
CSS/JS). The output is deterministic: no timestamps, and every list has a fixed order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mtqa.model import ArticleEstimate, ArticleReport, Bead, Document, Finding, ParagraphBead, Quality, Span
from mtqa.report._templates import asset, render
from mtqa.report.common import (
    SEVERITIES_WORST_FIRST,
    anchored_in_source,
    category_counts,
    profile_note,
    severity_counts,
    short_text_note,
    sorted_findings,
    source_paragraph_of,
    target_paragraph_of,
    truncate,
    verdict,
)
from mtqa.report.highlight import Highlighter, Mark, Segment

# Similarity bands for colouring only; they are not used by any check or by the gate.
HIGH_SIMILARITY = 0.8
MID_SIMILARITY = 0.6
# Estimate bands, for colouring only: 50 is a typical WMT system as professionals judge it (the
# quality model's midpoint); human translations of the training data score 63-84.
HIGH_QUALITY = 70.0
MID_QUALITY = 50.0
# What each driver of a low estimate means, for the badge's tooltip (mtqa.score.estimate.FEATURES).
DRIVER_LABELS = {
    "similarity": "low similarity to the source",
    "length_deviation": "length far from the language pair's usual ratio",
    "copy_rate": "words copied from the source",
    "findings_minor": "minor findings",
    "findings_punctuation": "punctuation findings",
    "findings_major": "major or critical findings",
    "findings_accuracy": "accuracy findings",
    "missing_target": "no translation",
    "missing_source": "no source",
}


@dataclass(frozen=True)
class QualityBadge:
    """A bead's estimate as shown: the score, its colour band and a tooltip with the drivers."""

    score: str
    band: str
    title: str


@dataclass(frozen=True)
class FindingView:
    number: int
    check: str
    category: str
    severity: str
    mqm: str
    message: str
    excerpt: str
    suggestion: str | None
    side: str  # "target" or "source": where its span points
    location: str  # "target ¶3", "source ¶2", or "document"
    title: str


@dataclass(frozen=True)
class Row:
    """One sentence bead (or a whole paragraph bead when it has no sentence beads)."""

    kind: str
    similarity: str | None
    band: str
    source: tuple[tuple[Segment, ...], ...]
    target: tuple[tuple[Segment, ...], ...]
    quality: QualityBadge | None = None


@dataclass(frozen=True)
class BeadView:
    number: int
    kind: str
    similarity: str | None
    band: str
    source_paragraphs: str
    target_paragraphs: str
    rows: tuple[Row, ...]
    findings: tuple[FindingView, ...]
    quality: QualityBadge | None = None


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    label: str
    href: str
    text: str = ""
    value: str = ""


def render_html(report: ArticleReport) -> str:
    """The whole HTML page for one article, as text (write it with ``write_atomic``)."""
    findings = sorted_findings(report.findings)
    views = [_finding_view(number, finding, report) for number, finding in enumerate(findings, 1)]
    target_marks = Highlighter(report.target.text, _marks(findings, views, side="target"))
    source_marks = Highlighter(report.source.text, _marks(findings, views, side="source"))
    beads, leftover = _bead_views(report, findings, views, source_marks, target_marks)
    numbers = [view.number for view in views]
    unanchored = target_marks.unanchored(numbers) & source_marks.unanchored(numbers)
    return render(
        "article.html.j2",
        css=asset("report.css"),
        js=asset("article.js"),
        report=report,
        verdict=verdict(report),
        score=f"{report.summary.quality_score:.2f}",
        penalty=f"{report.summary.mqm_penalty_per_1000_words:.2f}",
        short_note=short_text_note(report.target.word_count or report.source.word_count),
        profile=profile_note(report.profile, report.profile_inferred),
        mean_similarity=_format_similarity(report.summary.mean_similarity),
        estimate=_estimate(report.summary.estimate),
        severity_counts=severity_counts(report.findings),
        category_counts=category_counts(report.findings),
        severities=SEVERITIES_WORST_FIRST,
        findings=views,
        unanchored=unanchored,
        beads=beads,
        leftover=leftover,
        similarity_chart=_similarity_chart(report.alignment.beads),
        category_chart=_category_chart(category_counts(report.findings)),
    )


def _finding_view(number: int, finding: Finding, report: ArticleReport) -> FindingView:
    side = "source" if anchored_in_source(finding) else "target"
    if side == "target" and finding.target_span is not None:
        paragraph = target_paragraph_of(finding, report.target)
    else:
        paragraph = source_paragraph_of(finding, report.source)
    location = "document" if paragraph is None else f"{side} ¶{paragraph}"
    parts = [finding.check, finding.severity, finding.message]
    if finding.suggestion:
        parts.append(f"suggestion: {finding.suggestion}")
    return FindingView(
        number=number,
        check=finding.check,
        category=finding.category,
        severity=finding.severity,
        mqm=finding.mqm,
        message=finding.message,
        excerpt=truncate(finding.excerpt, 120),
        suggestion=finding.suggestion,
        side=side,
        location=location,
        title=" · ".join(parts),
    )


def _marks(findings: Sequence[Finding], views: Sequence[FindingView], side: str) -> list[Mark]:
    marks = []
    for finding, view in zip(findings, views, strict=True):
        span = finding.target_span if side == "target" else finding.source_span
        # A target-anchored finding is highlighted in the target only; its source span, if any,
        # is context and would double every highlight.
        if span is None or (side == "source" and view.side == "target"):
            continue
        marks.append(Mark(view.number, span, view.severity, view.category, view.check, view.title))
    return marks


def _bead_views(
    report: ArticleReport,
    findings: Sequence[Finding],
    views: Sequence[FindingView],
    source_marks: Highlighter,
    target_marks: Highlighter,
) -> tuple[list[BeadView], list[FindingView]]:
    # Each finding goes to the first bead that holds its paragraph, found once per finding: testing
    # every finding against every bead took seconds for a long article with thousands of findings.
    first_bead: dict[tuple[str, int], int] = {}
    for index, bead in enumerate(report.alignment.beads):
        for paragraph in bead.target:
            first_bead.setdefault(("target", paragraph), index)
        for paragraph in bead.source:
            first_bead.setdefault(("source", paragraph), index)
    per_bead: list[list[FindingView]] = [[] for _ in report.alignment.beads]
    leftover: list[FindingView] = []
    for finding, view in zip(findings, views, strict=True):
        position = _bead_of(finding, report, first_bead)
        if position is None:
            leftover.append(view)
        else:
            per_bead[position].append(view)
    beads = []
    for number, bead in enumerate(report.alignment.beads, 1):
        rows = _rows(report, bead, source_marks, target_marks)
        beads.append(
            BeadView(
                number=number,
                kind=bead.kind,
                similarity=_format_similarity(bead.similarity),
                band=_band(bead),
                source_paragraphs=", ".join(str(i) for i in bead.source),
                target_paragraphs=", ".join(str(i) for i in bead.target),
                rows=rows,
                findings=tuple(per_bead[number - 1]),
                quality=_badge(bead.quality),
            )
        )
    return beads, leftover


def _bead_of(finding: Finding, report: ArticleReport, first_bead: dict[tuple[str, int], int]) -> int | None:
    """The position of the first bead holding the finding's target paragraph (else its source one)."""
    target = target_paragraph_of(finding, report.target)
    if target is not None:
        return first_bead.get(("target", target))
    source = source_paragraph_of(finding, report.source)
    return None if source is None else first_bead.get(("source", source))


def _rows(
    report: ArticleReport, bead: ParagraphBead, source_marks: Highlighter, target_marks: Highlighter
) -> tuple[Row, ...]:
    if not bead.sentences:
        return (
            Row(
                kind=bead.kind,
                similarity=_format_similarity(bead.similarity),
                band=_band(bead),
                source=_paragraph_blocks(report.source, bead.source, source_marks),
                target=_paragraph_blocks(report.target, bead.target, target_marks),
                quality=_badge(bead.quality),
            ),
        )
    source_sentences = {s.index: s.span for s in report.source.sentences}
    target_sentences = {s.index: s.span for s in report.target.sentences}
    return tuple(
        Row(
            kind=sentence.kind,
            similarity=_format_similarity(sentence.similarity),
            band=_band(sentence),
            source=_blocks([source_sentences[i] for i in sentence.source if i in source_sentences], source_marks),
            target=_blocks([target_sentences[i] for i in sentence.target if i in target_sentences], target_marks),
            quality=_badge(sentence.quality),
        )
        for sentence in bead.sentences
    )


def _paragraph_blocks(
    document: Document, indices: Sequence[int], marks: Highlighter
) -> tuple[tuple[Segment, ...], ...]:
    spans = {p.index: p.span for p in document.paragraphs}
    return _blocks([spans[i] for i in indices if i in spans], marks)


def _blocks(spans: Sequence[Span], marks: Highlighter) -> tuple[tuple[Segment, ...], ...]:
    return tuple(marks.segments(span.start, span.end) for span in spans)


def _format_similarity(value: float | None) -> str | None:
    return None if value is None else f"{value:.4f}"


def _badge(quality: Quality | None) -> QualityBadge | None:
    if quality is None:
        return None
    band = "high" if quality.score >= HIGH_QUALITY else "mid" if quality.score >= MID_QUALITY else "low"
    title = f"estimate {quality.score:.2f}/100, expected MQM penalty {quality.penalty:.2f} points"
    if quality.drivers:
        title += "; lowered by: " + ", ".join(DRIVER_LABELS.get(d, d) for d in quality.drivers)
    return QualityBadge(f"{quality.score:.0f}", band, title)


def _estimate(estimate: ArticleEstimate | None) -> tuple[str, str] | None:
    """The article estimate's score and expected penalty per 1,000 words, formatted."""
    if estimate is None:
        return None
    return f"{estimate.score:.2f}", f"{estimate.penalty_per_1000_words:.2f}"


def _band(bead: Bead) -> str:
    if bead.similarity is None:
        return "gap"
    if bead.similarity >= HIGH_SIMILARITY:
        return "high"
    return "mid" if bead.similarity >= MID_SIMILARITY else "low"


# Chart geometry is computed here, in SVG user units, so the template only places rectangles.
_CHART_WIDTH = 600.0
_CHART_HEIGHT = 100.0


def _similarity_chart(beads: Sequence[ParagraphBead]) -> list[Bar]:
    if not beads:
        return []
    step = _CHART_WIDTH / len(beads)
    width = max(step * 0.8, 0.5)
    bars = []
    for number, bead in enumerate(beads, 1):
        value = bead.similarity
        # A gap (1-0 or 0-1 bead) is drawn as a short full-width-of-step red tick below the axis.
        height = _CHART_HEIGHT * max(0.0, min(1.0, value)) if value is not None else 6.0
        y = _CHART_HEIGHT - height if value is not None else _CHART_HEIGHT
        label = f"bead {number} ({bead.kind}): " + (f"similarity {value:.4f}" if value is not None else "gap")
        bars.append(
            Bar(
                round(step * (number - 1), 2),
                round(y, 2),
                round(width, 2),
                round(height, 2),
                _band(bead),
                label,
                f"#b-{number}",
            )
        )
    return bars


def _category_chart(counts: dict[str, int]) -> list[Bar]:
    if not counts:
        return []
    most = max(counts.values())
    bars = []
    for row, (category, count) in enumerate(counts.items()):
        width = (_CHART_WIDTH - 200.0) * count / most  # room for the count after the bar
        bars.append(
            Bar(
                150.0,
                row * 18.0,
                round(width, 2),
                14.0,
                f"cat-{category}",
                f"{category}: {count}",
                f"#cat-{category}",
                text=category,
                value=str(count),
            )
        )
    return bars
