from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.align import AlignParams, align_sentence_vectors, align_sentences
from mtqa.align.dp import Units, _best_chain, align_units, band_from_anchors
from mtqa.embed.base import normalise_rows
from mtqa.model import Bead
from tests.fakes import BagOfWords, book, sentence


def pairs(beads: Sequence[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(bead.source, bead.target) for bead in beads]


def assert_covers(beads: Sequence[Bead], n: int, m: int) -> None:
    source = [i for bead in beads for i in bead.source]
    target = [j for bead in beads for j in bead.target]
    assert source == list(range(n))
    assert target == list(range(m))
    for bead in beads:
        assert bead.source or bead.target
        assert (bead.similarity is None) == (not bead.source or not bead.target)


def test_identical_lists_align_one_to_one() -> None:
    texts = [sentence(seed) for seed in range(12)]
    beads = align_sentences(texts, texts, BagOfWords())
    assert pairs(beads) == [((i,), (i,)) for i in range(12)]
    assert all(bead.similarity == 1.0 for bead in beads)


def test_merge_split_and_insertion_are_found() -> None:
    source = [sentence(seed) for seed in range(10)]
    target = [
        *source[:3],
        source[3].rstrip(".") + " " + source[4],  # two source sentences merged
        *source[5:7],
        "Completely unrelated words here about finance markets banks.",  # added by the translator
        " ".join(source[7].split()[:3]) + ".",
        " ".join(source[7].split()[3:]),  # one source sentence split in two
        *source[8:],
    ]
    beads = align_sentences(source, target, BagOfWords())
    assert_covers(beads, len(source), len(target))
    kinds = {(bead.source, bead.target): bead.kind for bead in beads}
    assert kinds[(3, 4), (3,)] == "2-1"
    assert kinds[(), (6,)] == "0-1"
    assert kinds[(7,), (7, 8)] == "1-2"


def test_one_encoder_call_per_side_and_empty_sides() -> None:
    encoder = BagOfWords()
    align_sentences(["a b c.", "d e f."], ["a b c.", "d e f."], encoder)
    assert len(encoder.calls) == 2
    assert pairs(align_sentences([], ["x y."], encoder)) == [((), (0,))]
    assert pairs(align_sentences(["x y."], [], encoder)) == [((0,), ())]
    assert align_sentences([], [], encoder) == []


def test_embedded_groups_give_the_same_simple_alignment() -> None:
    texts = [sentence(seed) for seed in range(6)]
    encoder = BagOfWords()
    beads = align_sentences(texts, texts, encoder, embed_groups=3)
    assert pairs(beads) == [((i,), (i,)) for i in range(6)]
    assert sum(encoder.calls) == 2 * (6 + 5 + 4)  # each side: the lines, then runs of 2 and of 3


def test_precomputed_vectors() -> None:
    vectors = normalise_rows(np.eye(5, 16, dtype=np.float32) + 0.01)
    beads = align_sentence_vectors(vectors, vectors, [10] * 5, [10] * 5)
    assert pairs(beads) == [((i,), (i,)) for i in range(5)]


def test_similarity_is_a_rounded_cosine() -> None:
    beads = align_sentences(["alpine glacier summit ridge."], ["alpine glacier summit storm."], BagOfWords())
    assert beads[0].similarity == pytest.approx(0.75, abs=1e-4)
    assert beads[0].similarity == round(beads[0].similarity, 4)


def test_best_chain_is_the_heaviest_increasing_subset() -> None:
    candidates = [(0, 0, 0.9), (1, 0, 0.95), (1, 1, 0.5), (2, 2, 0.9), (3, 1, 0.99), (3, 3, 0.8)]
    assert _best_chain(candidates) == [(0, 0), (1, 1), (2, 2), (3, 3)]
    assert _best_chain([]) == []


def test_band_follows_the_anchors_and_reaches_both_corners() -> None:
    low, high = band_from_anchors([(0, 0), (4, 9), (9, 14)], 10, 15, 2)
    assert low[0] == 0 and high[-1] == 15
    assert list(low) == sorted(low) and list(high) == sorted(high)
    assert high[3] < 15  # far from the end of the target: the band really is a band


def test_cost_is_banded_for_long_inputs() -> None:
    # 3000 sentences a side would need 9 million cells without the band; it must finish quickly.
    rng = np.random.default_rng(0)
    vectors = normalise_rows(rng.normal(size=(3000, 32)).astype(np.float32))
    lengths = rng.integers(20, 200, size=3000)
    params = AlignParams()
    beads = align_units(Units.of(vectors, lengths), Units.of(vectors.copy(), lengths), params)
    assert beads[:3] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    assert len(beads) == 3000


@settings(max_examples=40, deadline=None)
@given(
    source=st.lists(st.integers(0, 40), max_size=12),
    target=st.lists(st.integers(0, 40), max_size=12),
)
def test_every_sentence_lands_in_exactly_one_bead(source: list[int], target: list[int]) -> None:
    beads = align_sentences([sentence(s, 4) for s in source], [sentence(t, 4) for t in target], BagOfWords())
    assert_covers(beads, len(source), len(target))


def test_params_are_validated() -> None:
    with pytest.raises(ValueError, match="skips"):
        AlignParams(bead_types=((1, 0),))
    with pytest.raises(ValueError, match="band"):
        AlignParams(band=0)


def test_refining_with_an_unbounded_margin_is_embedding_every_group() -> None:
    source, target = book(3, 40)
    everything = align_sentences(source, target, BagOfWords(), embed_groups=6)
    assert align_sentences(source, target, BagOfWords(), refine=float("inf")) == everything


def test_refining_embeds_only_the_groups_of_close_alignments() -> None:
    source, target = book(5, 40)
    encoder = BagOfWords()
    beads = align_sentences(source, target, encoder, refine=0.1)
    assert_covers(beads, len(source), len(target))
    *sentences, groups = encoder.calls  # the sentences of each side, then the groups worth embedding
    assert sentences == [len(source), len(target)]
    every_group = sum(len(side) - size + 1 for side in (source, target) for size in range(2, 6))
    assert 0 < groups < every_group / 4
    assert [b for b in pairs(beads) if len(b[1]) == 1 and len(b[0]) == 2]  # the joins were found


@pytest.mark.parametrize("refine", [None, 0.1])
def test_a_book_longer_than_long_table_is_aligned_in_pieces(refine: float | None) -> None:
    source, target = book(6, 300)
    encoder = BagOfWords()
    whole = align_sentences(source, target, encoder, refine=refine)
    cut = align_sentences(source, target, encoder, params=AlignParams(long_table=50), refine=refine)
    assert_covers(cut, len(source), len(target))
    assert pairs(cut) == pairs(whole)
    assert [bead.similarity for bead in cut] == [bead.similarity for bead in whole]


def test_group_similarity_is_the_cosine_of_the_summed_vectors_as_numpy_norms_make_it() -> None:
    from mtqa.align.sentences import group_similarity

    rng = np.random.default_rng(3)
    for _ in range(200):
        source = Units.of(normalise_rows(rng.standard_normal((4, 96))), [10] * 4)
        target = Units.of(normalise_rows(rng.standard_normal((4, 96))), [10] * 4)
        source_ids, target_ids = sorted(rng.choice(4, 2, replace=False)), [int(rng.integers(0, 4))]
        source_vector = source.vectors[source_ids].sum(axis=0)
        target_vector = target.vectors[target_ids].sum(axis=0)
        norms = float(np.linalg.norm(source_vector) * np.linalg.norm(target_vector))
        cosine = float(source_vector @ target_vector) / norms
        expected = round(min(1.0, max(-1.0, cosine)), 4)
        assert group_similarity(source, source_ids, target, target_ids) == expected
    zero = Units.of(np.zeros((1, 96), dtype=np.float32), [3])
    assert group_similarity(zero, [0], source, [0]) == 0.0
