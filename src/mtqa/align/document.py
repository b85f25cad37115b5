"""Document alignment: paragraphs first, then sentences inside each paragraph bead.

Every sentence is embedded once, in one encoder call per side. A paragraph's vector is the normalised
sum of its sentence vectors (no second encoder pass over long paragraph texts), and a group of
paragraphs is the normalised sum of its paragraphs' sums, so the same engine aligns both levels.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

import numpy as np

from mtqa.align.dp import PARAGRAPH_BEAD_TYPES, AlignParams, LocalBead, Units, align_units
from mtqa.align.sentences import ALIGNER_NAME, SENTENCE_PARAMS, beads_with_similarity, group_similarity
from mtqa.batch import IndexedSequence
from mtqa.embed.base import Encoder, Matrix, normalise_rows
from mtqa.errors import InputError
from mtqa.model import Alignment, Bead, Document, ParagraphBead

PARAGRAPH_PARAMS = AlignParams(bead_types=PARAGRAPH_BEAD_TYPES)


def alignment_signature(encoder: Encoder) -> str:
    return f"align:{ALIGNER_NAME}|encoder:{encoder.signature}"


def align_documents(
    source: Document,
    target: Document,
    encoder: Encoder,
    *,
    paragraph_params: AlignParams = PARAGRAPH_PARAMS,
    sentence_params: AlignParams = SENTENCE_PARAMS,
) -> Alignment:
    """Paragraph beads (paragraph indices) each holding sentence beads (global sentence indices)."""
    source_vectors, target_vectors = _sentence_vectors(source, encoder), _sentence_vectors(target, encoder)
    return align_document_vectors(
        source,
        target,
        source_vectors,
        target_vectors,
        encoder.signature,
        paragraph_params=paragraph_params,
        sentence_params=sentence_params,
    )


def score_alignment(source: Document, target: Document, beads: Sequence[ParagraphBead], encoder: Encoder) -> Alignment:
    """A given alignment (from a bilingual file, or segments aligned by their line numbers) with the
    similarities the aligner would give its beads: sentence vectors, summed over groups."""
    source_units = _sentence_units(source, _sentence_vectors(source, encoder))
    target_units = _sentence_units(target, _sentence_vectors(target, encoder))
    source_positions, target_positions = _sentence_positions(source), _sentence_positions(target)

    def members(paragraphs: Sequence[int], positions: list[list[int]]) -> list[int]:
        return [position for paragraph in paragraphs for position in positions[paragraph]]

    scored = tuple(
        ParagraphBead(
            bead.source,
            bead.target,
            group_similarity(
                source_units,
                members(bead.source, source_positions),
                target_units,
                members(bead.target, target_positions),
            ),
            tuple(
                Bead(s.source, s.target, group_similarity(source_units, s.source, target_units, s.target))
                for s in bead.sentences
            ),
        )
        for bead in beads
    )
    return Alignment(scored, aligner="given", encoder=encoder.signature)


def align_document_vectors(
    source: Document,
    target: Document,
    source_vectors: Matrix,
    target_vectors: Matrix,
    encoder_signature: str,
    *,
    paragraph_params: AlignParams = PARAGRAPH_PARAMS,
    sentence_params: AlignParams = SENTENCE_PARAMS,
    units: Sequence[tuple[Sequence[int], Sequence[int]]] | None = None,
) -> Alignment:
    """As :func:`align_documents`, with the sentence embeddings (in ``Document.sentences`` order) given.

    ``units``: paragraph beads the input carries (a bilingual file's units, as paragraph indices);
    they are kept as they are, and only the sentences inside each are aligned.
    """
    source_sentences = _sentence_units(source, source_vectors)
    target_sentences = _sentence_units(target, target_vectors)
    # Sentence lengths differ by language; one ratio for the whole article is steadier than one per
    # paragraph bead, where a short paragraph gives a noisy estimate.
    ratio = _ratio(source_sentences.lengths.sum(), target_sentences.lengths.sum())
    source_paragraphs = _paragraph_units(source, source_sentences, paragraph_params.max_group)
    target_paragraphs = _paragraph_units(target, target_sentences, paragraph_params.max_group)
    if units is None:
        local = align_units(source_paragraphs, target_paragraphs, paragraph_params, length_ratio=ratio)
    else:
        local = [(tuple(s), tuple(t)) for s, t in units]
    source_spans = _sentence_positions(source)
    target_spans = _sentence_positions(target)
    # ``Document.sentences`` builds a new tuple on every access: take it once, not once per bead.
    source_index = [sentence.index for sentence in source.sentences]
    target_index = [sentence.index for sentence in target.sentences]

    def bead(source_ids: Sequence[int], target_ids: Sequence[int]) -> ParagraphBead:
        source_positions = [p for i in source_ids for p in source_spans[i]]
        target_positions = [p for j in target_ids for p in target_spans[j]]
        sentences = _align_inside(
            source_sentences,
            target_sentences,
            source_positions,
            target_positions,
            source_index,
            target_index,
            sentence_params,
            ratio,
            source_continues,
            target_continues,
            source_texts,
            target_texts,
        )
        return ParagraphBead(
            source=tuple(source.paragraphs[i].index for i in source_ids),
            target=tuple(target.paragraphs[j].index for j in target_ids),
            similarity=group_similarity(source_sentences, source_positions, target_sentences, target_positions)
            if source_ids and target_ids
            else None,
            sentences=tuple(sentences),
        )

    source_continues = [_continues(sentence.text) for sentence in source.sentences]
    target_continues = [_continues(sentence.text) for sentence in target.sentences]
    source_texts = [sentence.text for sentence in source.sentences]
    target_texts = [sentence.text for sentence in target.sentences]
    source_members = [[sentence.index for sentence in p.sentences] for p in source.paragraphs]
    target_members = [[sentence.index for sentence in p.sentences] for p in target.paragraphs]
    local = attach_repeats(
        local, _Keys([p.text for p in source.paragraphs]), _Keys([p.text for p in target.paragraphs])
    )

    def similarity(source_ids: Sequence[int], target_ids: Sequence[int]) -> float:
        source_positions = [p for i in source_ids for p in source_spans[i]]
        target_positions = [p for j in target_ids for p in target_spans[j]]
        return group_similarity(source_sentences, source_positions, target_sentences, target_positions) or 0.0

    beads: list[ParagraphBead] = []
    for source_ids, target_ids in local:
        merged = bead(source_ids, target_ids)
        if units is None and len(source_ids) + len(target_ids) > 2:
            pieces = _split_orphans(merged, bead, source_members, target_members)
            if len(pieces) > 1:
                beads.extend(pieces)
            elif _pieces_own_their_sentences(merged, source_members, target_members):
                beads.append(merged)
            else:
                beads.extend(_split_added(merged, bead, similarity))
        else:
            beads.append(merged)
    aligner = ALIGNER_NAME if units is None else f"units+{ALIGNER_NAME}"
    return Alignment(tuple(beads), aligner=aligner, encoder=encoder_signature)


def align_units_given(
    source: Document,
    target: Document,
    units: Sequence[Bead],
    encoder: Encoder,
) -> tuple[Alignment, tuple[int, ...]]:
    """Keep the paragraph beads a bilingual file carries, align the sentences inside each, and verify them.

    Returns the alignment and the positions (in ``units``) of the 1-1 units that the aligner, left
    to itself, would not have paired: a unit whose translation belongs to another unit, or that is no
    translation of its source. Each sentence is embedded once for both alignments.
    """
    source_vectors, target_vectors = _sentence_vectors(source, encoder), _sentence_vectors(target, encoder)
    kept = align_document_vectors(
        source, target, source_vectors, target_vectors, encoder.signature, units=[(u.source, u.target) for u in units]
    )
    guessed = align_document_vectors(source, target, source_vectors, target_vectors, encoder.signature)
    links = {(i, j) for bead in guessed.beads for i in bead.source for j in bead.target}
    doubtful = tuple(
        position
        for position, unit in enumerate(units)
        if len(unit.source) == 1 and len(unit.target) == 1 and (unit.source[0], unit.target[0]) not in links
    )
    return kept, doubtful


def _split_orphans(
    merged: ParagraphBead,
    bead: Callable[[Sequence[int], Sequence[int]], ParagraphBead],
    source_sentences: Sequence[Sequence[int]],
    target_sentences: Sequence[Sequence[int]],
) -> list[ParagraphBead]:
    """Undo a merge whose extra paragraph has no sentence aligned inside it.

    Paragraph vectors are sums of sentence vectors, so adding an unrelated paragraph to a bead lowers
    its cosine only a little, and the paragraph DP may prefer a 1-2 bead to a 1-1 bead plus a 0-1 skip.
    The sentence alignment inside the bead tells them apart: in a real split or merge every paragraph
    shares sentences with the other side; an added or omitted paragraph has only skipped sentences.
    """
    aligned = [b for b in merged.sentences if b.source and b.target]
    if len(merged.target) > 1:
        matched = {j for b in aligned for j in b.target}
        orphans = [p for p in merged.target if not matched & set(target_sentences[p])]
        if not orphans or len(orphans) == len(merged.target):
            return [merged]
        kept = [p for p in merged.target if p not in orphans]
        pieces = [bead([], [p]) for p in orphans] + [bead(merged.source, kept)]
        return sorted(pieces, key=lambda piece: piece.target[0])
    matched = {i for b in aligned for i in b.source}
    orphans = [p for p in merged.source if not matched & set(source_sentences[p])]
    if not orphans or len(orphans) == len(merged.source):
        return [merged]
    kept = [p for p in merged.source if p not in orphans]
    pieces = [bead([p], []) for p in orphans] + [bead(kept, merged.target)]
    return sorted(pieces, key=lambda piece: piece.source[0])


def _pieces_own_their_sentences(
    merged: ParagraphBead, source_sentences: Sequence[Sequence[int]], target_sentences: Sequence[Sequence[int]]
) -> bool:
    """Whether the sentence alignment inside a 1-2 or 2-1 bead shows a real split (or merge).

    It does when every sentence is aligned (no skip) and no sentence bead reaches into two of the
    paragraphs of the split side: each piece translates sentences of its own. The similarity tests
    of :func:`_split_added` cannot see this where the encoder knows one of the languages poorly (a
    Danish tip cut in two scored 0.44 for its first piece alone, 0.33 for both), while an added
    paragraph leaves a sentence unaligned or shares a source sentence with its neighbour.
    """
    if not merged.sentences or any(not b.source or not b.target for b in merged.sentences):
        return False
    split, members = (merged.target, target_sentences) if len(merged.target) > 1 else (merged.source, source_sentences)
    owner = {sentence: paragraph for paragraph in split for sentence in members[paragraph]}
    side = [b.target if len(merged.target) > 1 else b.source for b in merged.sentences]
    return all(len({owner[sentence] for sentence in ids}) == 1 for ids in side)


# A paragraph joined to a 1-2 or 2-1 bead is added (or omitted) rather than a piece of a split when the
# rest matches the other side better without it by this much, and it matches it poorly alone: the tests
# of ``omission.added_sentence`` inside a bead, with the summed sentence vectors the aligner uses.
ADDED_GAIN = 0.03
ADDED_MATCH = 0.45


def _split_added(
    merged: ParagraphBead,
    bead: Callable[[Sequence[int], Sequence[int]], ParagraphBead],
    similarity: Callable[[Sequence[int], Sequence[int]], float],
) -> list[ParagraphBead]:
    """Undo a merge whose first or last paragraph adds to the rest (or is omitted from it).

    Paragraph vectors are sums of sentence vectors, so a paragraph added beside a translated one, on
    the same subject, lowers the pair's cosine less than the skip costs (0.39 -> 0.34 for a sentence
    added after a one-sentence paragraph), and the sentence aligner inside then joins both to the one
    source sentence, leaving no orphan for :func:`_split_orphans`. A real split fails the first test:
    each part matches the source worse than both together."""
    whole = merged.similarity or 0.0
    if len(merged.target) == 2 and len(merged.source) == 1:
        for extra in (merged.target[-1], merged.target[0]):
            kept = [p for p in merged.target if p != extra]
            if (
                similarity(merged.source, kept) - whole >= ADDED_GAIN
                and similarity(merged.source, [extra]) < ADDED_MATCH
            ):
                return sorted([bead([], [extra]), bead(merged.source, kept)], key=lambda piece: piece.target[0])
    if len(merged.source) == 2 and len(merged.target) == 1:
        for extra in (merged.source[-1], merged.source[0]):
            kept = [p for p in merged.source if p != extra]
            if (
                similarity(kept, merged.target) - whole >= ADDED_GAIN
                and similarity([extra], merged.target) < ADDED_MATCH
            ):
                return sorted([bead([extra], []), bead(kept, merged.target)], key=lambda piece: piece.source[0])
    return [merged]


def _align_inside(
    source_sentences: Units,
    target_sentences: Units,
    source_positions: Sequence[int],
    target_positions: Sequence[int],
    source_index: Sequence[int],
    target_index: Sequence[int],
    params: AlignParams,
    ratio: float,
    source_continues: Sequence[bool],
    target_continues: Sequence[bool],
    source_texts: Sequence[str],
    target_texts: Sequence[str],
) -> list[Bead]:
    """Sentence beads of one paragraph bead, with the documents' global sentence indices."""
    source_units = _subset(source_sentences, source_positions)
    target_units = _subset(target_sentences, target_positions)
    local = align_units(source_units, target_units, params, length_ratio=ratio)
    local = _attach_continuations(
        local, [source_continues[p] for p in source_positions], [target_continues[p] for p in target_positions]
    )
    local = attach_repeats(
        local, _Keys([source_texts[p] for p in source_positions]), _Keys([target_texts[p] for p in target_positions])
    )
    return [
        Bead(
            tuple(source_index[source_positions[i]] for i in bead.source),
            tuple(target_index[target_positions[j]] for j in bead.target),
            bead.similarity,
        )
        for bead in beads_with_similarity(local, source_units, target_units)
    ]


def _attach_continuations(
    beads: Sequence[LocalBead], source_continues: Sequence[bool], target_continues: Sequence[bool]
) -> list[LocalBead]:
    """Join a lone sentence that starts in lower case to the bead before it.

    Such a "sentence" is the rest of the previous one, cut by a full stop that machine translation
    inserted ("... la coopération. potentiel dans ce domaine."): it has no counterpart of its own, and
    calling it added (0-1) or omitted (1-0) would misinform. The checks still see the broken boundary.
    """
    # Lists, extended in place: a paragraph of thousands of lower-case "sentences" ("(a) (b) (c)") joins
    # them all to one bead, and rebuilding its tuples at each join was quadratic (40,000: 8 s).
    joined: list[tuple[list[int], list[int]]] = []
    for source_ids, target_ids in beads:
        lone_target = not source_ids and target_ids and target_continues[target_ids[0]]
        lone_source = not target_ids and source_ids and source_continues[source_ids[0]]
        if joined and joined[-1][0] and joined[-1][1] and (lone_target or lone_source):
            joined[-1][0].extend(source_ids)
            joined[-1][1].extend(target_ids)
        else:
            joined.append((list(source_ids), list(target_ids)))
    return [(tuple(source_ids), tuple(target_ids)) for source_ids, target_ids in joined]


def attach_repeats(
    beads: Sequence[LocalBead], source_keys: Sequence[str], target_keys: Sequence[str]
) -> list[LocalBead]:
    """Join a lone unit that repeats its neighbour on the same side to that neighbour's bead.

    Product pages and subtitled documents repeat a title as the next segment ("God of Power", "God of
    Power"); when only one side repeats it, or the aligner pairs the two copies unevenly, the spare copy
    has no counterpart but is no addition or omission: it is the same text, aligned once with its twin.
    ``*_keys`` are the units' normalised texts (``_key``), in bead order.
    """
    # Sorted lists, grown in place and searched by bisection: a paragraph of thousands of repeats joins
    # them to one bead, and rebuilding and scanning its tuple at each join was quadratic.
    joined = [(list(source_ids), list(target_ids)) for source_ids, target_ids in beads]
    for position, (source_ids, target_ids) in enumerate(beads):
        lone, keys, side = (target_ids, target_keys, 1) if not source_ids else (source_ids, source_keys, 0)
        if (source_ids and target_ids) or len(lone) != 1 or not keys[lone[0]]:
            continue
        for neighbour in (position - 1, position + 1):
            if not 0 <= neighbour < len(joined) or not (joined[neighbour][0] and joined[neighbour][1]):
                continue
            twin = joined[neighbour][side]
            adjacent = _holds(twin, lone[0] - 1) or _holds(twin, lone[0] + 1)
            if adjacent and keys[lone[0]] in (keys[twin[0]], keys[twin[-1]]):
                if not _holds(twin, lone[0]):
                    bisect.insort(twin, lone[0])
                joined[position] = ([], [])
                break
    return [(tuple(source_ids), tuple(target_ids)) for source_ids, target_ids in joined if source_ids or target_ids]


def _holds(ids: list[int], unit: int) -> bool:
    """Whether the sorted ``ids`` hold ``unit``."""
    at = bisect.bisect_left(ids, unit)
    return at < len(ids) and ids[at] == unit


def _key(text: str) -> str:
    """A unit's text for comparing repeats: case, spacing and punctuation ignored."""
    return " ".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())


class _Keys(IndexedSequence[str]):
    """The units' ``_key``s, each made when first read: :func:`attach_repeats` compares only a lone unit
    with the ends of its neighbours, and keying every sentence and paragraph up front cost about 2 % of
    a warm folder run."""

    __slots__ = ("_known", "_texts")

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._known: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._texts)

    def _item(self, position: int) -> str:
        key = self._known.get(position)
        if key is None:
            key = self._known[position] = _key(self._texts[position])
        return key


def _continues(text: str) -> bool:
    """True when a sentence starts with a lower-case letter (after any quotes, brackets or dashes)."""
    first = next((character for character in text if character.isalpha()), "")
    return first.islower()


def _require_sentences(document: Document) -> None:
    for paragraph in document.paragraphs:
        if paragraph.text.strip() and not paragraph.sentences:
            raise InputError(
                f"{document.path}: paragraph {paragraph.index} has no sentences; segment the document "
                "before aligning it"
            )


def _sentence_vectors(document: Document, encoder: Encoder) -> Matrix:
    """Every sentence of the document embedded, in one encoder call."""
    _require_sentences(document)
    return encoder.encode([sentence.text.strip() for sentence in document.sentences])


def _sentence_units(document: Document, vectors: Matrix) -> Units:
    sentences = document.sentences
    if vectors.shape[0] != len(sentences):
        raise ValueError(f"{document.path}: {vectors.shape[0]} vectors for {len(sentences)} sentences")
    return Units.of(vectors, [len(sentence.text.strip()) for sentence in sentences])


def _paragraph_units(document: Document, sentences: Units, max_group: int) -> Units:
    dimension = sentences.vectors.shape[1]
    sums = np.zeros((len(document.paragraphs), dimension), dtype=np.float32)
    for row, positions in enumerate(_sentence_positions(document)):
        if positions:
            # A view of the paragraph's consecutive sentences, not a copy (0.8 GB for one paragraph of
            # 400,000 short sentences); the same rows in the same layout, so the same sum.
            sums[row] = sentences.vectors[positions[0] : positions[-1] + 1].sum(axis=0)
    lengths = [len(paragraph.text.strip()) for paragraph in document.paragraphs]
    units = Units.of(normalise_rows(sums), lengths)
    # Groups of paragraphs: the normalised sum of all their sentence vectors, so that a paragraph of
    # ten sentences weighs more than a one-line paragraph next to it.
    for size in range(2, max_group + 1):
        count = max(0, len(document.paragraphs) - size + 1)
        grouped = np.zeros((count, dimension), dtype=np.float32)
        for offset in range(size):
            grouped += sums[offset : offset + count]
        units.groups[size] = normalise_rows(grouped)
    return units


def _sentence_positions(document: Document) -> list[list[int]]:
    """For each paragraph (in order), the positions of its sentences in ``document.sentences``."""
    positions: list[list[int]] = []
    cursor = 0
    for paragraph in document.paragraphs:
        positions.append(list(range(cursor, cursor + len(paragraph.sentences))))
        cursor += len(paragraph.sentences)
    return positions


def _subset(units: Units, positions: Sequence[int]) -> Units:
    if positions and positions[-1] - positions[0] + 1 == len(positions):
        # Consecutive sentences (always, for paragraphs aligned in order): a view, not a copy of their
        # vectors, which for one paragraph of 400,000 short sentences was 0.8 GB more.
        window = slice(positions[0], positions[-1] + 1)
        return Units.of(units.vectors[window], units.lengths[window])
    return Units.of(units.vectors[list(positions)], units.lengths[list(positions)])


def _ratio(source_total: float, target_total: float) -> float:
    return float(source_total / target_total) if source_total > 0 and target_total > 0 else 1.0
