"""The dynamic programme: its bead scores, and its close groups (the 2-5 unit groups worth embedding for book-length
alignment)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from numpy.typing import NDArray

from mtqa.align import SENTENCE_PARAMS
from mtqa.align.dp import AlignParams, Units, _bead_scores, _best_of, align_units, close_groups
from mtqa.embed.base import normalise_rows
from tests.fakes import BagOfWords, book


def units_of(side: list[str]) -> Units:
    return Units.of(BagOfWords().encode(side), [len(text) for text in side])


def test_close_groups_widen_with_the_margin() -> None:
    source, target = book(7, 30)
    units = [units_of(side) for side in (source, target)]
    narrow = close_groups(*units, SENTENCE_PARAMS, 0.0)
    wide = close_groups(*units, SENTENCE_PARAMS, 0.5)
    assert narrow[0] <= wide[0] and narrow[1] <= wide[1]
    assert len(wide[0]) + len(wide[1]) > len(narrow[0]) + len(narrow[1])
    best = align_units(*units, SENTENCE_PARAMS)
    joined = {(s[0], len(s)) for s, t in best if len(s) > 1}
    assert joined <= narrow[0]  # the best alignment's own groups are always close


def test_reversed_units_keep_their_group_vectors() -> None:
    source, _ = book(9, 12)
    units = units_of(source)
    pair = units.group(2).copy()
    backwards = units.reversed()
    assert np.array_equal(backwards.vectors, units.vectors[::-1])
    assert np.array_equal(backwards.group(2), pair[::-1])  # the group of units k, k+1 read the other way
    assert np.array_equal(backwards.lengths, units.lengths[::-1])


def test_without_units_on_a_side_no_group_is_close() -> None:
    source, _ = book(1, 8)
    assert close_groups(units_of(source), units_of([]), SENTENCE_PARAMS, 1.0) == (set(), set())


def _score_as_first_written(
    source: Units, target: Units, i: int, a: int, b: int, starts: NDArray[np.int64], params: AlignParams, ratio: float
) -> NDArray[np.float64]:
    """The scores of one bead type, as computed before bead types were scored a row at a time."""
    n, m = len(source), len(target)
    source_vector = source.group(a)[i - a]
    target_block = target.group(b)[starts]
    similarity = (target_block @ source_vector).astype(np.float64)
    if params.margin:
        after, before = starts + b, starts - 1
        after_present, before_present = after < m, before >= 0
        target_side = (
            np.where(after_present, target.vectors[np.minimum(after, m - 1)] @ source_vector, 0.0)
            + np.where(before_present, target.vectors[np.maximum(before, 0)] @ source_vector, 0.0)
        ) / np.maximum(after_present.astype(np.float64) + before_present, 1.0)
        source_neighbours = [row for row in (i, i - a - 1) if 0 <= row < n]
        source_side: NDArray[np.float64] | float = 0.0
        if source_neighbours:
            source_side = (target_block @ source.vectors[source_neighbours].T).mean(axis=1)
        similarity = similarity - params.margin * (target_side + source_side) / 2
    if params.length_penalty:
        source_length = source.group_lengths(a)[i - a]
        target_length = target.group_lengths(b)[starts] * ratio
        shorter = np.minimum(source_length, target_length)
        longer = np.maximum(source_length, target_length)
        agreement = np.log2(1 + np.divide(shorter, longer, out=np.ones_like(longer), where=longer > 0))
        similarity = similarity * agreement
    return np.asarray(similarity, dtype=np.float64)


@pytest.mark.parametrize("seed", range(6))
def test_the_rows_of_a_table_score_each_bead_type_as_it_alone_would(seed: int) -> None:
    # Bit for bit: a BLAS product rounds a row differently in blocks of other sizes, so the products
    # are stacked, each in its own shape, and only the arithmetic around them is shared by all the
    # bead types of all the rows.
    rng = np.random.default_rng(seed)
    for _ in range(40):
        n, m, dimension = int(rng.integers(1, 9)), int(rng.integers(1, 9)), int(rng.choice([8, 512]))
        source, target = (
            Units.of(
                normalise_rows(rng.standard_normal((count, dimension)).astype(np.float32)),
                rng.integers(0, 120, count),
            )
            for count in (n, m)
        )
        params = AlignParams(margin=float(rng.choice([0.0, 1.0])), length_penalty=bool(rng.integers(0, 2)))
        ratio = float(rng.uniform(0.5, 2.0))
        columns = np.arange(0, m + 1)
        beads = [(i, a, b, columns - b) for i in range(1, n + 1) for a, b in params.bead_types if a <= i and b <= m]
        rows = _bead_scores(source, target, beads, params, ratio)
        for (i, a, b, starts), row in zip(beads, rows, strict=True):
            clipped = np.minimum(np.maximum(starts, 0), m - b)
            expected = _score_as_first_written(source, target, i, a, b, clipped, params, ratio)
            assert row.tobytes() == expected.tobytes()


@pytest.mark.parametrize("seed", range(4))
def test_the_best_kind_is_the_one_taking_candidates_in_turn_would_keep(seed: int) -> None:
    rng = np.random.default_rng(seed)
    values = np.array([-np.inf, np.nan, -0.5, -0.0, 0.0, 0.25, 1.0])  # few values, so that ties are common
    for _ in range(200):
        width, count = int(rng.integers(1, 6)), int(rng.integers(0, 6))
        start = rng.choice(values[[0, 4]], width)
        candidates = [rng.choice(values, width) for _ in range(count)]
        kinds = sorted(rng.choice(16, count, replace=False).tolist())
        expected_best, expected_pointer = start.copy(), np.full(width, -1, dtype=np.int8)
        for kind, candidate in zip(kinds, candidates, strict=True):
            better = candidate > expected_best
            expected_best[better] = candidate[better]
            expected_pointer[better] = kind
        best, pointer = _best_of(start.copy(), candidates, kinds)
        assert best.tobytes() == expected_best.tobytes()
        assert pointer.tolist() == expected_pointer.tolist()


@pytest.mark.parametrize(("n", "m", "anchors"), [(2000, 1900, [(1000, 990)]), (40, 1500, [(20, 700)])])
def test_a_band_between_far_apart_anchors_narrows_to_a_connected_corridor(
    n: int, m: int, anchors: list[tuple[int, int]]
) -> None:
    from mtqa.align.dp import MAX_BAND_WIDTH, band_from_anchors

    low, high = band_from_anchors(anchors, n, m, 5)
    assert low[0] == 0 and high[n] == m and low[n] <= m
    assert all(low[i] <= low[i + 1] and high[i] <= high[i + 1] for i in range(n))  # monotone
    assert all(high[i] >= low[i + 1] for i in range(n))  # each row reaches the next: a path always exists
    points = [(0, 0), *((i + 1, j + 1) for i, j in anchors), (n, m)]
    steepest = max((b[1] - a[1]) / (b[0] - a[0]) for a, b in itertools.pairwise(points))
    assert max(high[1:] - low[1:]) <= max(MAX_BAND_WIDTH, 2 * (int(np.ceil(steepest)) + 8)) + 2
    line = np.interp(np.arange(n + 1), [p[0] for p in points], [p[1] for p in points])
    assert all(low <= np.floor(line)) and all(np.ceil(line) <= high)  # the line between anchors stays inside


def test_a_table_with_a_corridor_aligns_end_to_end(monkeypatch: pytest.MonkeyPatch) -> None:
    from mtqa.align import dp

    # Anchors far apart (as ties left them in one sentence repeated, before ``_nearest_of_ties``); a
    # narrow cap makes this small table use corridors.
    monkeypatch.setattr(dp, "MAX_BAND_WIDTH", 40)
    monkeypatch.setattr(dp, "find_anchors", lambda *_: [(5, 40), (300, 200), (420, 390), (690, 600)])
    source = Units.of(normalise_rows(np.ones((700, 8))), np.full(700, 30.0))
    target = Units.of(normalise_rows(np.ones((650, 8))), np.full(650, 32.0))
    low, high = dp.table_band(source, target, SENTENCE_PARAMS)
    assert max(high - low) < 100  # narrowed: some rectangles were about 240 wide
    beads = align_units(source, target, SENTENCE_PARAMS)
    assert [i for bead in beads for i in bead[0]] == list(range(700))
    assert [j for bead in beads for j in bead[1]] == list(range(650))


def test_a_short_table_is_one_piece() -> None:
    source, target = book(3, 40)
    assert dp_pieces(source, target, AlignParams()) == [(0, 0), (40, len(target))]


def dp_pieces(source: list[str], target: list[str], params: AlignParams) -> list[tuple[int, int]]:
    from mtqa.align.dp import pieces

    return pieces(units_of(source), units_of(target), params)


def test_a_long_table_is_cut_after_anchors_on_the_path() -> None:
    source, target = book(5, 400)
    params = AlignParams(long_table=60)
    cuts = dp_pieces(source, target, params)
    assert cuts[0] == (0, 0) and cuts[-1] == (400, len(target))
    assert len(cuts) > 5
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in itertools.pairwise(cuts))
    assert all(b[0] - a[0] <= 2 * params.long_table for a, b in itertools.pairwise(cuts))
    # Every cut is a boundary of the alignment of the whole table: no bead crosses it.
    whole = align_units(units_of(source), units_of(target), AlignParams(long_table=10_000))
    boundaries, i, j = {(0, 0)}, 0, 0
    for source_ids, target_ids in whole:
        i, j = i + len(source_ids), j + len(target_ids)
        boundaries.add((i, j))
    assert set(cuts) <= boundaries


def test_a_long_table_aligned_in_pieces_gives_the_whole_tables_beads() -> None:
    source, target = book(8, 400)
    whole = align_units(units_of(source), units_of(target), AlignParams(long_table=10_000))
    cut = align_units(units_of(source), units_of(target), AlignParams(long_table=60))
    assert cut == whole
    assert [i for s, _ in cut for i in s] == list(range(400))
    assert [j for _, t in cut for j in t] == list(range(len(target)))


def test_a_given_band_is_the_one_the_table_gets() -> None:
    from mtqa.align.dp import table_band

    source, target = (units_of(side) for side in book(4, 60))
    band = table_band(source, target, SENTENCE_PARAMS)
    assert align_units(source, target, SENTENCE_PARAMS, band=band) == align_units(source, target, SENTENCE_PARAMS)
    assert close_groups(source, target, SENTENCE_PARAMS, 0.1, band=band) == close_groups(
        source, target, SENTENCE_PARAMS, 0.1
    )


def test_a_part_of_the_units_keeps_the_groups_inside_it() -> None:
    units = units_of(book(2, 20)[0])
    pairs = units.group(2).copy()
    part = units.part(5, 12)
    assert np.array_equal(part.vectors, units.vectors[5:12])
    assert np.array_equal(part.groups[2], pairs[5:11])  # groups 5-6 .. 10-11
    assert np.array_equal(part.group_lengths(2), units.group_lengths(2)[5:11])


def test_tied_anchor_candidates_are_taken_nearest_the_diagonal() -> None:
    from mtqa.align import dp

    # One sentence repeated: every candidate ties; the anchors follow the diagonal, the band stays narrow.
    source, target = normalise_rows(np.ones((700, 8))), normalise_rows(np.ones((650, 8)))
    anchors = dp.find_anchors(source, target, SENTENCE_PARAMS)
    assert len(anchors) > 600
    assert all(abs(j - i * 650 / 700) <= 2 for i, j in anchors)
    low, high = dp.band_from_anchors(anchors, 700, 650, SENTENCE_PARAMS.band)
    assert max(high - low) <= 2 * SENTENCE_PARAMS.band + 2


def test_a_row_without_ties_keeps_its_top_k() -> None:
    from mtqa.align import dp

    rng = np.random.default_rng(3)
    source, target = normalise_rows(rng.normal(size=(40, 16))), normalise_rows(rng.normal(size=(45, 16)))
    scores = source @ target.T
    found = dp._top_k_candidates(source, target, 3, 300)
    for row in range(40):
        chosen = {j for i, j, _ in found if i == row}
        top = {int(j) for j in np.argsort(-scores[row])[:3] if scores[row, j] > 0}
        assert chosen == top


@pytest.mark.parametrize("seed", range(6))
def test_the_scalar_dp_keeps_the_pointers_of_the_numpy_one(seed: int) -> None:
    from mtqa.align.dp import PARAGRAPH_BEAD_TYPES, _forward, _forward_scalar, band_from_anchors

    # Few distinct vectors (and zero rows) make equal scores common, so the tie rules are exercised.
    rng = np.random.default_rng(seed)
    palette = np.vstack([normalise_rows(rng.standard_normal((3, 16))), np.zeros((1, 16))]).astype(np.float32)
    for _ in range(60):
        n, m = int(rng.integers(1, 14)), int(rng.integers(1, 14))
        source, target = (
            Units.of(palette[rng.integers(0, 4, count)], rng.choice([0, 20, 40], count)) for count in (n, m)
        )
        params = AlignParams(
            bead_types=PARAGRAPH_BEAD_TYPES if rng.integers(0, 2) else SENTENCE_PARAMS.bead_types,
            margin=float(rng.choice([0.0, 1.0])),
            length_penalty=bool(rng.integers(0, 2)),
            skip=float(rng.choice([-0.1, 0.0])),
        )
        if rng.integers(0, 2):
            low, high = np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)
        else:
            count = int(rng.integers(0, min(n, m) + 1))
            rows, columns = sorted(rng.choice(n, count, replace=False)), sorted(rng.choice(m, count, replace=False))
            low, high = band_from_anchors(list(zip(rows, columns, strict=True)), n, m, int(rng.integers(1, 4)))
        ratio = float(rng.uniform(0.5, 2.0))
        expected = _forward(source, target, low, high, params, ratio)[1]
        scalar = _forward_scalar(source, target, low.tolist(), high.tolist(), params, ratio)
        assert scalar == [row.tolist() for row in expected]


@pytest.mark.parametrize("seed", range(3))
def test_one_unit_a_side_is_paired_as_the_dp_would_pair_it(seed: int) -> None:
    from mtqa.align.dp import _forward, _kinds, _surely_one_to_one, _trace_back

    rng = np.random.default_rng(seed)
    sure = 0
    for cosine in np.concatenate([np.linspace(-1.0, 1.0, 41), -0.2 + rng.uniform(-0.01, 0.01, 20)]):
        first = normalise_rows(rng.standard_normal((1, 64)))[0]
        other = normalise_rows(rng.standard_normal((1, 64)))[0]
        other = other - (other @ first) * first
        second = cosine * first + np.sqrt(max(0.0, 1 - cosine**2)) * other / np.linalg.norm(other)
        source = Units.of(first[None, :].astype(np.float32), rng.integers(0, 50, 1))
        target = Units.of(normalise_rows(second[None, :]), rng.integers(0, 50, 1))
        params = AlignParams(skip=float(rng.choice([-0.1, -0.3, 0.0])), length_penalty=bool(rng.integers(0, 2)))
        ratio = float(rng.uniform(0.5, 2.0))
        low, high = np.zeros(2, dtype=np.int64), np.ones(2, dtype=np.int64)
        pointers = _forward(source, target, low, high, params, ratio)[1]
        expected = _trace_back(pointers, low, _kinds(params), len(_kinds(params)), 1, 1)
        assert align_units(source, target, params, length_ratio=ratio) == expected
        if _surely_one_to_one(source, target, params, ratio):
            sure += 1
            assert expected == [((0,), (0,))]
    assert sure > 20  # the shortcut is taken for the usual cosines, not only where nothing else can win


def test_groups_derived_together_are_the_groups_derived_one_by_one() -> None:
    rng = np.random.default_rng(5)
    for count in (1, 2, 3, 7):
        vectors = normalise_rows(rng.standard_normal((count, 512)))
        vectors[rng.integers(0, count)] = 0.0  # a zero row stays zero
        together = Units.of(vectors, rng.integers(0, 90, count))
        together.derive_groups(range(1, 7))
        for size in range(1, 7):
            total = np.zeros((max(0, count - size + 1), 512), dtype=np.float32)
            for offset in range(size if total.shape[0] else 0):
                total += vectors[offset : offset + total.shape[0]]
            assert together.group(size).tobytes() == normalise_rows(total).tobytes()
            assert together.group(size).shape == total.shape
            lengths = together.lengths
            expected = np.array([lengths[s : s + size].sum() for s in range(total.shape[0])])
            assert np.array_equal(together.group_lengths(size), expected)


def test_a_long_side_derives_group_windows_equal_to_the_kept_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    import mtqa.align.dp as dp

    rng = np.random.default_rng(11)
    vectors = normalise_rows(rng.standard_normal((40, 512)))
    kept = Units.of(vectors, rng.integers(1, 90, 40))
    kept.derive_groups(range(1, 6))
    monkeypatch.setattr(dp, "_CACHED_GROUPS", 4)
    windowed = Units.of(vectors, kept.lengths)
    for size in range(1, 6):
        for first, last in ((0, 40), (7, 19), (30, 40), (38, 45)):  # the last runs past the end, as a slice
            assert windowed.window(size, first, last).tobytes() == kept.group(size)[first:last].tobytes()
    assert windowed.groups == {}  # nothing kept for a long side


def test_a_few_source_units_against_many_target_units_align_alike_in_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    # Three source units against 300 target units: each row of the table is wider than a batch, so it is
    # scored a slice of columns at a time, with group vectors made per window; the path is the same.
    import mtqa.align.dp as dp

    rng = np.random.default_rng(3)
    source = normalise_rows(rng.standard_normal((3, 64)))
    target = normalise_rows(rng.standard_normal((300, 64)))
    lengths = (rng.integers(5, 90, 3), rng.integers(5, 90, 300))
    params = SENTENCE_PARAMS
    whole = align_units(Units.of(source, lengths[0]), Units.of(target, lengths[1]), params)
    monkeypatch.setattr(dp, "_BATCH_UNITS", 64)
    monkeypatch.setattr(dp, "_CACHED_GROUPS", 16)
    sliced = align_units(Units.of(source, lengths[0]), Units.of(target, lengths[1]), params)
    assert sliced == whole
