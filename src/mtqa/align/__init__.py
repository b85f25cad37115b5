"""Paragraph and sentence alignment of a source article and its translation."""

from __future__ import annotations

from mtqa.align.document import (
    align_document_vectors,
    align_documents,
    align_units_given,
    alignment_signature,
    score_alignment,
)
from mtqa.align.dp import AlignParams
from mtqa.align.sentences import (
    ALIGNER_NAME,
    REFINE_MARGIN,
    SENTENCE_PARAMS,
    align_sentence_vectors,
    align_sentences,
)

__all__ = [
    "ALIGNER_NAME",
    "REFINE_MARGIN",
    "SENTENCE_PARAMS",
    "AlignParams",
    "align_document_vectors",
    "align_documents",
    "align_sentence_vectors",
    "align_sentences",
    "align_units_given",
    "alignment_signature",
    "score_alignment",
]
