"""Sentence alignment of two sentence lists (one article, or the sentences inside one paragraph bead)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from mtqa.align.dp import AlignParams, LocalBead, Units, align_units, character_ratio, close_groups, pieces, table_band
from mtqa.embed.base import Encoder, Matrix
from mtqa.model import Bead

ALIGNER_NAME = "mtqa-dp-1"
SENTENCE_PARAMS = AlignParams()
# Score margin of the alignments whose groups ``align_sentences(refine=...)`` embeds. Chosen on the
# Text+Berg dev file (strict F1 0.861 at 0.02, 0.868 at 0.05, 0.869 at 0.1, 0.867 at 0.2; 0.867 with every
# group embedded), where 0.1 embeds 9 % of the characters that embedding every group does.
REFINE_MARGIN = 0.1


def align_sentences(
    source: Sequence[str],
    target: Sequence[str],
    encoder: Encoder,
    *,
    params: AlignParams = SENTENCE_PARAMS,
    embed_groups: int = 1,
    refine: float | None = None,
) -> list[Bead]:
    """Align two lists of sentences; bead indices are 0-based positions in the lists.

    One encoder call per side. With ``embed_groups`` = k > 1 the concatenations of 2..k consecutive
    sentences are embedded too, instead of being derived from the sentence vectors (larger groups
    are always derived). With ``refine`` (a score margin), only the groups that some alignment within
    ``refine`` of the best one would use are embedded (:func:`~mtqa.align.dp.close_groups`), in a
    second encoder call, and the sentences aligned again: nearly the quality of embedding every group
    at a fraction of the cost (bench/align_textberg.py, bench/align_book.py).
    """
    source_texts = [text.strip() for text in source]
    target_texts = [text.strip() for text in target]
    largest = 1 if refine is not None else min(params.max_group, max(1, embed_groups))
    if max(len(source_texts), len(target_texts)) <= params.long_table:
        return _align_texts(source_texts, target_texts, encoder, params, largest, refine)
    # A book: cut at anchors (:func:`~mtqa.align.dp.pieces`) and align each piece as a text of its own,
    # so the group vectors, cost tables and anchor windows are those of a piece, not of the book.
    source_units, target_units = _units(source_texts, encoder, 1), _units(target_texts, encoder, 1)
    ratio = character_ratio(source_units.lengths, target_units.lengths)
    beads: list[Bead] = []
    cuts = pieces(source_units, target_units, params)
    for (first_i, first_j), (last_i, last_j) in pairwise(cuts):
        part = _align_texts(
            source_texts[first_i:last_i],
            target_texts[first_j:last_j],
            encoder,
            params,
            largest,
            refine,
            ratio,
            (source_units.part(first_i, last_i), target_units.part(first_j, last_j)) if largest == 1 else None,
        )
        beads += [
            Bead(tuple(i + first_i for i in b.source), tuple(j + first_j for j in b.target), b.similarity) for b in part
        ]
    return beads


def _align_texts(
    source_texts: list[str],
    target_texts: list[str],
    encoder: Encoder,
    params: AlignParams,
    largest: int,
    refine: float | None,
    length_ratio: float | None = None,
    units: tuple[Units, Units] | None = None,
) -> list[Bead]:
    """:func:`align_sentences` of one table (a text, or a piece of a book); ``units``: the sentence
    vectors when already embedded (no group embedded)."""
    if units is None:
        units = _units(source_texts, encoder, largest), _units(target_texts, encoder, largest)
    source_units, target_units = units
    if length_ratio is None:
        length_ratio = character_ratio(source_units.lengths, target_units.lengths)
    band = table_band(source_units, target_units, params) if len(source_units) and len(target_units) else None
    if refine is not None:
        source_groups, target_groups = close_groups(
            source_units, target_units, params, refine, length_ratio=length_ratio, band=band
        )
        _embed_some_groups(
            encoder, (source_units, source_texts, source_groups), (target_units, target_texts, target_groups)
        )
    local = align_units(source_units, target_units, params, length_ratio=length_ratio, band=band)
    return beads_with_similarity(local, source_units, target_units)


def _embed_some_groups(encoder: Encoder, *sides: tuple[Units, list[str], set[tuple[int, int]]]) -> None:
    """Replace the derived vectors of the given groups by embeddings of their joined texts (one call)."""
    wanted = [(units, start, size, texts) for units, texts, groups in sides for start, size in sorted(groups)]
    if not wanted:
        return
    vectors = encoder.encode([" ".join(texts[start : start + size]) for _, start, size, texts in wanted])
    for row, (units, start, size, _) in enumerate(wanted):
        units.group(size)[start] = vectors[row]


def align_sentence_vectors(
    source_vectors: Matrix,
    target_vectors: Matrix,
    source_lengths: Sequence[int],
    target_lengths: Sequence[int],
    *,
    params: AlignParams = SENTENCE_PARAMS,
    length_ratio: float | None = None,
) -> list[Bead]:
    """Align precomputed sentence embeddings (rows L2-normalised) with their lengths in characters."""
    source_units = Units.of(source_vectors, source_lengths)
    target_units = Units.of(target_vectors, target_lengths)
    local = align_units(source_units, target_units, params, length_ratio=length_ratio)
    return beads_with_similarity(local, source_units, target_units)


def beads_with_similarity(local: Sequence[LocalBead], source: Units, target: Units) -> list[Bead]:
    """Attach to each bead the cosine of its two sides (sums of unit vectors); None for skips."""
    return [
        Bead(source_ids, target_ids, group_similarity(source, source_ids, target, target_ids))
        for source_ids, target_ids in local
    ]


def group_similarity(
    source: Units, source_ids: Sequence[int], target: Units, target_ids: Sequence[int]
) -> float | None:
    if not source_ids or not target_ids:
        return None
    source_vector = source.vectors[list(source_ids)].sum(axis=0)
    target_vector = target.vectors[list(target_ids)].sum(axis=0)
    # np.linalg.norm of a vector is sqrt(x.dot(x)); written out, it skips the checks of its arguments
    # (a few microseconds, on every bead of every article).
    norms = float(np.sqrt(source_vector.dot(source_vector)) * np.sqrt(target_vector.dot(target_vector)))
    if norms == 0.0:
        return 0.0
    cosine = float(source_vector @ target_vector) / norms
    return round(min(1.0, max(-1.0, cosine)), 4)


def _units(texts: list[str], encoder: Encoder, max_group: int) -> Units:
    joined = [" ".join(texts[s : s + size]) for size in range(2, max_group + 1) for s in range(len(texts) - size + 1)]
    vectors = encoder.encode(texts + joined) if texts else encoder.encode([])
    units = Units.of(vectors[: len(texts)], [len(text) for text in texts])
    offset = len(texts)
    for size in range(2, max_group + 1):
        count = max(0, len(texts) - size + 1)
        units.groups[size] = vectors[offset : offset + count]
        offset += count
    return units
