"""Build ArticleReports directly from the model dataclasses, without reading files or encoders.

Paragraphs are the non-empty lines of the text; sentences are cut after ``.``, ``!`` or ``?``.
Offsets are real offsets into the text, so spans made with :func:`span_of` point at real words.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from mtqa.config import GateConfig
from mtqa.model import (
    Alignment,
    ArticleReport,
    Bead,
    Category,
    Document,
    Finding,
    Paragraph,
    ParagraphBead,
    Sentence,
    Severity,
    Span,
)
from mtqa.score import evaluate_gate, summarise

SOURCE_TEXT = (
    "China Daily reports record growth.\n"
    "\n"
    "The economy grew by 5.2 percent in 2023. Exports rose sharply.\n"
    "\n"
    "Officials in Beijing welcomed the figures.\n"
)
TARGET_TEXT = (
    "Chine Direct rapporte une croissance record.\n"
    "\n"
    "L'économie a progressé de 5,3 % en 2023. Les exportations ont fortement augmenté.\n"
)

_SENTENCE = re.compile(r".+?(?:[.!?]+(?=\s|$)|$)")


def make_document(text: str, path: str = "article.txt", lang: str | None = "en") -> Document:
    paragraphs: list[Paragraph] = []
    sentence_index = 0
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        index = len(paragraphs)
        sentences = []
        for match in _SENTENCE.finditer(line):
            stripped = match.group().strip()
            if not stripped:
                continue
            begin = start + match.start() + (len(match.group()) - len(match.group().lstrip()))
            sentences.append(Sentence(sentence_index, index, Span(begin, begin + len(stripped)), stripped))
            sentence_index += 1
        paragraphs.append(Paragraph(index, Span(start, start + len(line)), line, tuple(sentences)))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(path=path, text=text, lang=lang, paragraphs=tuple(paragraphs), sha256=digest)


def span_of(document: Document, needle: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(needle, start + 1)
    return Span(start, start + len(needle))


def finding(
    document: Document,
    needle: str,
    *,
    check: str = "names.literal_translation",
    category: Category = "name",
    severity: Severity = "major",
    message: str = "a message",
    suggestion: str | None = None,
    side: str = "target",
    paragraph: int | None = None,
) -> Finding:
    span = span_of(document, needle)
    if paragraph is None:
        paragraph = next(p.index for p in document.paragraphs if p.span.start <= span.start <= p.span.end)
    if side == "source":
        return Finding(
            check,
            category,
            severity,
            message,
            needle,
            source_span=span,
            source_paragraph=paragraph,
            suggestion=suggestion,
        )
    return Finding(
        check, category, severity, message, needle, target_span=span, target_paragraph=paragraph, suggestion=suggestion
    )


def default_alignment(source: Document, target: Document) -> Alignment:
    """1-1 paragraph beads (sentences 1-1 inside), then leftover paragraphs as 1-0 / 0-1 beads."""
    beads = []
    for s_par, t_par in zip(source.paragraphs, target.paragraphs, strict=False):
        sentences = [
            Bead((s.index,), (t.index,), 0.9 - 0.1 * n)
            for n, (s, t) in enumerate(zip(s_par.sentences, t_par.sentences, strict=False))
        ]
        beads.append(ParagraphBead((s_par.index,), (t_par.index,), 0.85, tuple(sentences)))
    for s_par in source.paragraphs[len(target.paragraphs) :]:
        beads.append(ParagraphBead((s_par.index,), (), None, ()))
    for t_par in target.paragraphs[len(source.paragraphs) :]:
        beads.append(ParagraphBead((), (t_par.index,), None, ()))
    return Alignment(tuple(beads), "align:test|v1")


def make_report(
    source: Document | None = None,
    target: Document | None = None,
    findings: Sequence[Finding] | None = None,
    *,
    alignment: Alignment | None = None,
    gate: GateConfig | None = None,
) -> ArticleReport:
    source = source or make_document(SOURCE_TEXT, "src/en/article.txt", "en")
    target = target or make_document(TARGET_TEXT, "out/fr/article.txt", "fr")
    if findings is None:
        findings = sample_findings(source, target)
    alignment = alignment or default_alignment(source, target)
    gate = gate or GateConfig()
    similarities = [bead.similarity for bead in alignment.beads]
    summary = summarise(findings, target.word_count, similarities, gate, source_words=source.word_count)
    _, reasons = evaluate_gate(findings, summary.quality_score, gate)
    return ArticleReport(
        source=source,
        target=target,
        alignment=alignment,
        findings=tuple(findings),
        summary=summary,
        signature="encoder:test|align:test|checks:all|version:0.1.0",
        tool_version="0.1.0",
        gate_reasons=reasons,
    )


def sample_findings(source: Document, target: Document) -> list[Finding]:
    """Findings for the default texts: a name, a number, a punctuation slip and an omission."""
    return [
        finding(target, "Chine Direct", message="'China Daily' is a proper name", suggestion="China Daily"),
        finding(
            target, "5,3", check="numbers.mismatch", category="number", severity="critical", message="5.2 became 5,3"
        ),
        finding(
            target,
            "%",
            check="typography.percent_space",
            category="typography",
            severity="minor",
            message="use a narrow no-break space before %",
        ),
        finding(
            source,
            "Officials in Beijing welcomed the figures.",
            check="omission.paragraph",
            category="omission",
            severity="major",
            message="paragraph not translated",
            side="source",
        ),
    ]
