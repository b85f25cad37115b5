"""Check a source/translation pair whose paragraph alignment is given (line-aligned segment files).

TEMPORARY, for the lead to replace: when ``mtqa.Checker(config, encoder).check(..., alignment=...)``
lands on main, :func:`check_given` becomes a call to it with the Alignment built by
:func:`given_alignment`. Until then this runs what the pipeline runs after aligning (checks, summary,
gate) on an alignment built from 1-1 paragraph beads, with similarities from the encoder.

Inside a 1-1 paragraph bead (one segment), sentences are paired one to one when both sides have the
same number of sentences, else the segment is one n-m sentence bead: nothing is aligned, so segment
*i* is always judged against source segment *i* (``bench/checks_mqm.py`` builds its contexts the same way).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from mtqa import __version__
from mtqa.model import Alignment, ArticleReport, Bead, Document, ParagraphBead

if TYPE_CHECKING:
    from mtqa.align.dp import Units
    from mtqa.checks.base import Check
    from mtqa.config import Config
    from mtqa.embed.base import Encoder

GIVEN_ALIGNER = "given-1-1"


def given_alignment(
    source: Document, target: Document, pairs: Sequence[tuple[int | None, int | None]], encoder: Encoder
) -> Alignment:
    """Paragraph beads for ``pairs`` of (source paragraph, target paragraph), None for a missing side."""
    from mtqa.align.sentences import group_similarity

    source_units = _units(source, encoder)
    target_units = _units(target, encoder)
    beads = []
    for source_index, target_index in pairs:
        source_ids = _sentence_ids(source, source_index)
        target_ids = _sentence_ids(target, target_index)
        if source_ids and target_ids:
            sentence_pairs: list[tuple[tuple[int, ...], tuple[int, ...]]]
            if len(source_ids) == len(target_ids):
                sentence_pairs = [((s,), (t,)) for s, t in zip(source_ids, target_ids, strict=True)]
            else:
                sentence_pairs = [(source_ids, target_ids)]
            sentences = tuple(Bead(s, t, group_similarity(source_units, s, target_units, t)) for s, t in sentence_pairs)
            similarity = group_similarity(source_units, source_ids, target_units, target_ids)
        else:
            sentences = tuple(Bead((s,), (), None) for s in source_ids) + tuple(
                Bead((), (t,), None) for t in target_ids
            )
            similarity = None
        beads.append(
            ParagraphBead(
                source=() if source_index is None else (source_index,),
                target=() if target_index is None else (target_index,),
                similarity=similarity,
                sentences=sentences,
            )
        )
    return Alignment(tuple(beads), f"align:{GIVEN_ALIGNER}|encoder:{encoder.signature}")


def _units(document: Document, encoder: Encoder) -> Units:
    from mtqa.align.dp import Units

    sentences = document.sentences
    vectors = encoder.encode([sentence.text.strip() for sentence in sentences])
    return Units.of(vectors, [len(sentence.text.strip()) for sentence in sentences])


def _sentence_ids(document: Document, paragraph: int | None) -> tuple[int, ...]:
    if paragraph is None:
        return ()
    return tuple(sentence.index for sentence in document.paragraphs[paragraph].sentences)


def check_given(
    source: Document,
    target: Document,
    alignment: Alignment,
    config: Config,
    encoder: Encoder,
    checks: Sequence[type[Check]],
) -> ArticleReport:
    """The pipeline after alignment: checks, summary, gate, signature (as ``pipeline.check_article``)."""
    from mtqa.checks.base import CheckContext
    from mtqa.checks.registry import run_checks
    from mtqa.pipeline import checks_signature
    from mtqa.score import evaluate_gate, summarise

    context = CheckContext(source, target, alignment, config.checks, encoder)
    findings = run_checks(context, checks)
    similarities = [bead.similarity for bead in alignment.beads if bead.similarity is not None]
    summary = summarise(findings, target.word_count, similarities, config.gate, source_words=source.word_count)
    _, gate_reasons = evaluate_gate(findings, summary.quality_score, config.gate)
    signature = (
        f"encoder:{encoder.signature}|align:{GIVEN_ALIGNER}"
        f"|checks:{checks_signature([c.info.id for c in checks])}|version:{__version__}"
    )
    return ArticleReport(
        source=source,
        target=target,
        alignment=alignment,
        findings=findings,
        summary=summary,
        signature=signature,
        tool_version=__version__,
        gate_reasons=gate_reasons,
    )
