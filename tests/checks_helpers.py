"""Build a :class:`~mtqa.checks.base.CheckContext` from two texts without the aligner or an encoder.

Paragraphs are paired 1-1 in order (a surplus on either side gets a 1-0 or 0-1 bead). Inside a
paragraph bead, sentences are paired 1-1 when both sides have the same number of sentences;
otherwise the whole paragraph is one sentence bead (``sentences="paragraph"`` forces that, and
``sentences="one-to-one"`` pairs greedily 1-1 with the surplus in 1-0/0-1 beads). Similarities are
None: checks must not need an encoder.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import zip_longest
from typing import Literal

from mtqa.checks.base import CheckContext
from mtqa.checks.registry import run_checks, select_checks
from mtqa.config import CheckConfig
from mtqa.io.text import document_from_text
from mtqa.model import Alignment, Bead, Document, Finding, Paragraph, ParagraphBead
from mtqa.segment import segment_document

SentenceMode = Literal["auto", "paragraph", "one-to-one"]


def context_for(
    source_text: str,
    target_text: str,
    source_lang: str = "en",
    target_lang: str = "fr",
    *,
    config: CheckConfig | None = None,
    sentences: SentenceMode = "auto",
) -> CheckContext:
    """A context for ``source_text`` and ``target_text`` (plain text, paragraphs split on blank lines)."""
    source = segment_document(document_from_text(source_text, "source.txt", source_lang), source_lang)
    target = segment_document(document_from_text(target_text, "target.txt", target_lang), target_lang)
    return context_from_documents(source, target, config=config, sentences=sentences)


def context_from_documents(
    source: Document,
    target: Document,
    *,
    config: CheckConfig | None = None,
    sentences: SentenceMode = "auto",
) -> CheckContext:
    """A context for two segmented documents, aligned 1-1 by paragraph (see the module docstring)."""
    beads = []
    for source_paragraph, target_paragraph in zip_longest(source.paragraphs, target.paragraphs):
        beads.append(_paragraph_bead(source_paragraph, target_paragraph, sentences))
    alignment = Alignment(tuple(beads), signature="align:test-1-1")
    return CheckContext(source, target, alignment, config or CheckConfig())


def _paragraph_bead(source: Paragraph | None, target: Paragraph | None, mode: SentenceMode) -> ParagraphBead:
    source_ids = tuple(s.index for s in source.sentences) if source else ()
    target_ids = tuple(s.index for s in target.sentences) if target else ()
    return ParagraphBead(
        source=(source.index,) if source else (),
        target=(target.index,) if target else (),
        similarity=None,
        sentences=_sentence_beads(source_ids, target_ids, mode),
    )


def _sentence_beads(source: tuple[int, ...], target: tuple[int, ...], mode: SentenceMode) -> tuple[Bead, ...]:
    if not source and not target:
        return ()
    if mode == "one-to-one" or (mode == "auto" and len(source) == len(target)):
        return tuple(
            Bead((s,) if s is not None else (), (t,) if t is not None else (), None)
            for s, t in zip_longest(source, target)
        )
    return (Bead(source, target, None),)


def findings_for(
    source_text: str,
    target_text: str,
    source_lang: str = "en",
    target_lang: str = "fr",
    *,
    checks: Iterable[str] = (),
    config: CheckConfig | None = None,
    sentences: SentenceMode = "auto",
) -> tuple[Finding, ...]:
    """Findings of the named checks or families (all registered checks when empty)."""
    context = context_for(source_text, target_text, source_lang, target_lang, config=config, sentences=sentences)
    return run_checks(context, select_checks(tuple(checks)))


def failing_ids(findings: Iterable[Finding]) -> set[str]:
    return {finding.check for finding in findings}


# Characters that stress the punctuation-aware checks: marks, quotes, brackets, odd spaces, digits,
# scripts and combining marks. Hypothesis draws from all of Unicode as well.
STRESS_ALPHABET = " \u00a0\u202f\t\n.,;:!?…«»“”„‘’'\"()[]{}<>/#%$@&-–—0123456789aAéÉßçlIwW中ا\u0301"


def assert_robust(family: str, source_text: str, target_text: str, source_lang: str, target_lang: str) -> None:
    """Run a family on arbitrary text: no exception, and every span lies inside its document."""
    if not source_text.strip() or not target_text.strip():
        return
    context = context_for(source_text, target_text, source_lang, target_lang)
    for finding in run_checks(context, select_checks((family,))):
        for span, document in ((finding.target_span, context.target), (finding.source_span, context.source)):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(document.text)
        assert finding.target_span is not None or finding.source_span is not None
