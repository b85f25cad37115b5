"""The alignment engine shared by the paragraph and sentence aligners (bertalign-style, two passes).

1. Anchors: every source unit's top-k most similar target units (cosine, searched in a wide window
   around the diagonal) are candidate 1-1 pairs; the anchors are the chain of candidates, strictly
   increasing on both sides, with the largest total similarity. With a zero score for skipping a unit
   this is what bertalign's first dynamic programme computes; here it is a maximum-weight increasing
   chain over a Fenwick tree, O(n k log m) instead of a DP over a 500-wide window.
2. Beads: a monotonic dynamic programme restricted to a band of ``band`` units around the anchor path,
   with bead types such as 1-1, 1-2, 2-1, 2-2, 1-3, 3-1 and the skips 1-0 / 0-1. A bead scores its
   cosine minus the mean cosine with the units next to it (the margin used by vecalign and bertalign,
   which discounts hub sentences that resemble everything), times a length agreement factor; a skip
   scores the constant ``skip``. Rows of the band are computed with numpy, so the cost is linear in the
   number of units times the band width.

Units are sentences or paragraphs: anything with a unit-length vector and a length in characters.
A group of consecutive units is represented by the normalised sum of their vectors unless the caller
supplies embeddings of the concatenated texts (bench/align_textberg.py measures the difference).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray

from mtqa.embed.base import Matrix, normalise_rows

BeadTypes = tuple[tuple[int, int], ...]
LocalBead = tuple[tuple[int, ...], tuple[int, ...]]

# Every m-n bead with m + n <= 6 (bertalign uses m + n <= 5): on the Text+Berg dev file the larger
# beads raised strict F1 from 0.819 (m + n <= 4) to 0.861 (<= 5) and 0.870 (<= 6); <= 7 gave nothing.
SENTENCE_BEAD_TYPES: BeadTypes = tuple((a, b) for total in range(2, 7) for a in range(1, total) for b in (total - a,))
# Translators split and merge paragraphs, but rarely more than two at a time; allowing 2-2 let a
# title and its first paragraph merge into one bead on real articles (tests/unit/test_align_document).
PARAGRAPH_BEAD_TYPES: BeadTypes = ((1, 1), (1, 2), (2, 1))

_NEG_INF = -np.inf


@dataclass(frozen=True)
class AlignParams:
    """Knobs of the engine; the defaults were tuned on the Text+Berg ``dev`` file only."""

    bead_types: BeadTypes = SENTENCE_BEAD_TYPES
    top_k: int = 3
    band: int = 5
    anchor_window_min: int = 250
    anchor_window_fraction: float = 0.06
    skip: float = -0.1
    margin: float = 1.0
    length_penalty: bool = True
    # A table with more units than this a side is aligned in pieces cut at anchors (:func:`pieces`).
    long_table: int = 10_000

    def __post_init__(self) -> None:
        if any(a < 1 or b < 1 for a, b in self.bead_types):
            raise ValueError("bead_types lists only m-n beads with m, n >= 1; skips are always allowed")
        if self.top_k < 1 or self.band < 1:
            raise ValueError("top_k and band must be >= 1")
        if self.long_table < 2:
            raise ValueError("long_table must be >= 2")

    @property
    def max_group(self) -> int:
        return max(max(a, b) for a, b in self.bead_types)


_NORMALISE_ROWS = 4096  # rows normalised at once by Units.derive_groups
_CACHED_GROUPS = 8192  # up to this many units, a side keeps its group vectors (Units.window)


@dataclass
class Units:
    """One side: unit vectors (rows L2-normalised), lengths in characters, optional group embeddings.

    ``groups[k]`` row ``s`` is the embedding of units ``s .. s+k-1`` joined; when absent it is derived
    as the normalised sum of the unit vectors.
    """

    vectors: Matrix
    lengths: NDArray[np.float64]
    groups: dict[int, Matrix] = field(default_factory=dict)
    _group_lengths: dict[int, NDArray[np.float64]] = field(default_factory=dict, repr=False)
    _cumulative: NDArray[np.float64] | None = field(default=None, repr=False)

    @classmethod
    def of(
        cls,
        vectors: Matrix,
        lengths: Sequence[int] | NDArray[np.integer] | NDArray[np.floating],
        groups: Mapping[int, Matrix] | None = None,
    ) -> Units:
        lengths_array = np.asarray(lengths, dtype=np.float64)
        if vectors.ndim != 2 or vectors.shape[0] != lengths_array.shape[0]:
            raise ValueError(f"{vectors.shape[0]} vectors but {lengths_array.shape[0]} lengths")
        return cls(vectors=vectors, lengths=lengths_array, groups=dict(groups or {}))

    def __len__(self) -> int:
        return int(self.vectors.shape[0])

    def group(self, size: int) -> Matrix:
        if size not in self.groups:
            self.derive_groups([size])
        return self.groups[size]

    def part(self, start: int, stop: int) -> Units:
        """Units ``start .. stop - 1``, with the group vectors already known for groups inside them."""
        groups = {size: vectors[start : max(start, stop - size + 1)] for size, vectors in self.groups.items()}
        return Units.of(self.vectors[start:stop], self.lengths[start:stop], groups)

    def derive_groups(self, sizes: Sequence[int]) -> None:
        """Derive the vectors of the groups of these sizes that are not known yet, all in one array.

        A paragraph's table asks for every size from 1 to 5 at once, and normalising each apart cost
        more in numpy calls than in arithmetic. The sums are the same additions, and a row's norm is
        the same whatever the other rows of the array (``test_align_dp``)."""
        missing = sorted({size for size in sizes if size not in self.groups})
        if not missing:
            return
        length, dimension = len(self), self.vectors.shape[1]
        counts = [max(0, length - size + 1) for size in missing]
        totals = np.zeros((sum(counts), dimension), dtype=np.float32)
        start = 0
        for size, count in zip(missing, counts, strict=True):
            total = totals[start : start + count]
            for offset in range(size if count else 0):
                total += self.vectors[offset : offset + count]
            start += count
        # Normalised in place, a block of rows at a time: normalising the whole array at once made two
        # more arrays of its size (the squares for the norms, the quotients), 20 KB a unit for the five
        # group sizes. Each row's values are the same either way (its norm is its own).
        for first in range(0, totals.shape[0], _NORMALISE_ROWS):
            block = totals[first : first + _NORMALISE_ROWS]
            block[...] = normalise_rows(block)
        start = 0
        for size, count in zip(missing, counts, strict=True):
            self.groups[size] = totals[start : start + count]
            start += count

    def window(self, size: int, first: int, last: int) -> Matrix:
        """Rows ``first .. last - 1`` of ``group(size)``, cut at its end as a slice is. Units longer than
        ``_CACHED_GROUPS`` get the rows derived for the window alone, not kept: the five group sizes of a
        whole side cost 10 KB a unit (1.2 GB for one paragraph of 120,000 short sentences). The rows
        are the same additions and norms as :meth:`derive_groups` makes."""
        if size in self.groups or len(self) <= _CACHED_GROUPS:
            return self.group(size)[first:last]
        stop = min(last, max(0, len(self) - size + 1))
        start = min(first, stop)
        total = np.zeros((stop - start, self.vectors.shape[1]), dtype=np.float32)
        for offset in range(size):
            total += self.vectors[start + offset : stop + offset]
        return normalise_rows(total)

    def reversed(self) -> Units:
        """The units in reverse order; a group keeps its vector (it stands for the same units)."""
        groups = {size: vectors[::-1] for size, vectors in self.groups.items()}
        return Units.of(self.vectors[::-1], self.lengths[::-1], groups)

    def group_lengths(self, size: int) -> NDArray[np.float64]:
        if size not in self._group_lengths:
            if self._cumulative is None:
                self._cumulative = np.concatenate(([0.0], np.cumsum(self.lengths)))
            cumulative = self._cumulative
            self._group_lengths[size] = cumulative[size:] - cumulative[:-size]
        return self._group_lengths[size]


def align_units(
    source: Units,
    target: Units,
    params: AlignParams,
    *,
    length_ratio: float | None = None,
    band: tuple[NDArray[np.int64], NDArray[np.int64]] | None = None,
) -> list[LocalBead]:
    """Monotonic beads covering every unit of both sides exactly once, in order (0-based indices).

    ``length_ratio`` is source characters per target character; by default taken from the inputs.
    ``band``: the table's band (:func:`table_band`) when the caller has it; the table is then not cut
    into :func:`pieces`. A table longer than ``params.long_table`` is otherwise aligned piece by piece.
    """
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    if length_ratio is None:
        length_ratio = character_ratio(source.lengths, target.lengths)
    cuts = pieces(source, target, params) if band is None else [(0, 0), (n, m)]
    if len(cuts) > 2:
        beads: list[LocalBead] = []
        for (first_i, first_j), (last_i, last_j) in pairwise(cuts):
            part = _align_table(source.part(first_i, last_i), target.part(first_j, last_j), params, length_ratio)
            beads += [
                (tuple(i + first_i for i in source_ids), tuple(j + first_j for j in target_ids))
                for source_ids, target_ids in part
            ]
        return beads
    return _align_table(source, target, params, length_ratio, band)


def _align_table(
    source: Units,
    target: Units,
    params: AlignParams,
    length_ratio: float,
    band: tuple[NDArray[np.int64], NDArray[np.int64]] | None = None,
) -> list[LocalBead]:
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    if n == m == 1 and _surely_one_to_one(source, target, params, length_ratio):
        return [((0,), (0,))]
    low, high = table_band(source, target, params) if band is None else band
    pointers: Sequence[Sequence[int]] | list[NDArray[np.int8]]
    widest = int((high - low).max()) + 1
    if widest <= _SCALAR_WIDTH and (n + 1) * widest * len(params.bead_types) <= _BATCH_UNITS:
        pointers = _forward_scalar(source, target, low.tolist(), high.tolist(), params, length_ratio)
    else:
        pointers = _forward(source, target, low, high, params, length_ratio)[1]
    return _trace_back(pointers, low, _kinds(params), len(_kinds(params)), n, m)


def pieces(source: Units, target: Units, params: AlignParams) -> list[tuple[int, int]]:
    """Where a table longer than ``params.long_table`` units a side is cut, as DP points from (0, 0) to
    (n, m); just those two for a shorter one.

    The cost of the DP is linear in the length, but its anchor window (a fraction of the table), its
    group vectors and its cost tables grow with the whole table: a book of 50,000 lines took minutes
    and 3 GB. The pieces are about half ``long_table`` long, each aligned on its own; a cut follows an
    anchor whose neighbours on both sides are anchors too (three consecutive 1-1 pairs), a point the
    whole table's path is all but sure to pass through. The anchors are searched in the window a
    table of ``long_table`` units gets. No evaluation text comes near the threshold; bench/pathological.py
    and bench/align_textberg.py ``--long-table`` measure the shortcut.
    """
    n, m = len(source), len(target)
    if max(n, m) <= params.long_table or min(n, m) < 2:
        return [(0, 0), (n, m)]
    window = max(params.anchor_window_min, int(params.long_table * params.anchor_window_fraction))
    anchors = _best_chain(_top_k_candidates(source.vectors, target.vectors, params.top_k, window))
    known = set(anchors)
    length = max(1, params.long_table // 2)
    cuts = [(0, 0)]
    for i, j in anchors:
        start_i, start_j = cuts[-1]
        if max(i + 1 - start_i, j + 1 - start_j) < length:
            continue
        if n - (i + 1) < length // 2 or m - (j + 1) < length // 2:
            break
        if (i - 1, j - 1) in known and (i + 1, j + 1) in known:
            cuts.append((i + 1, j + 1))
    cuts.append((n, m))
    return cuts


def close_groups(
    source: Units,
    target: Units,
    params: AlignParams,
    threshold: float,
    *,
    length_ratio: float | None = None,
    band: tuple[NDArray[np.int64], NDArray[np.int64]] | None = None,
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """The groups of two or more units, ``(start, size)`` on each side, used by a bead on some alignment
    path that scores within ``threshold`` of the best one (its max-marginal).

    Their vectors are worth embedding from the joined text before aligning again: a group whose every
    bead is far from the best path would not change it. The marginals come from the forward costs of the
    DP on the units and on the units reversed (a bead scores the same read backwards), so this costs two
    passes of the DP and no encoder call. ``band``: the table's band (:func:`table_band`) if known.
    """
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        return set(), set()
    if length_ratio is None:
        length_ratio = character_ratio(source.lengths, target.lengths)
    low, high = table_band(source, target, params) if band is None else band
    reversed_low, reversed_high = (m - high)[::-1].copy(), (m - low)[::-1].copy()
    behind, _ = _forward(source.reversed(), target.reversed(), reversed_low, reversed_high, params, length_ratio)
    best = float(behind[n][m - reversed_low[n]])
    source_groups: set[tuple[int, int]] = set()
    target_groups: set[tuple[int, int]] = set()

    def visit(i: int, a: int, b: int, starts: NDArray[np.int64], ending_here: NDArray[np.float64]) -> None:
        if (a, b) == (1, 1) or b == 0:
            return
        rest = behind[n - i][(m - (starts + b)) - reversed_low[n - i]]
        close = np.flatnonzero(ending_here + rest >= best - threshold)
        if close.size and a > 1:
            source_groups.add((i - a, a))
        if close.size and b > 1:
            target_groups.update((int(start), b) for start in starts[close])

    _forward(source, target, low, high, params, length_ratio, visit)
    return source_groups, target_groups


# How far (times the squared norms) a float64 dot product may be from the float32 BLAS one of the
# same two vectors: BLAS's error is below 1e-4 of |u| |v| for 1,024 dimensions, 1e-3 leaves room.
_DOT_SLACK = 1e-3


def _surely_one_to_one(source: Units, target: Units, params: AlignParams, length_ratio: float) -> bool:
    """True when the DP on one unit a side is sure to pair them, decided without scoring the bead.

    A quarter of the paragraph beads of news articles hold one sentence a side. With no neighbours the
    margin is zero, so the 1-1 bead scores its cosine times a length agreement in [0, 1]: at least
    min(cosine, 0). The skips cost 2 ``skip``; when that lower bound beats them by a clear margin,
    the DP's 1-1 bead wins whatever rounding the exact score gets (otherwise the DP decides)."""
    if (1, 1) not in params.bead_types or not math.isfinite(params.margin):
        return False
    if params.length_penalty and not (0.0 < length_ratio < math.inf and source.lengths[0] >= 0 <= target.lengths[0]):
        return False
    u, v = source.group(1)[0].astype(np.float64), target.group(1)[0].astype(np.float64)
    slack = _DOT_SLACK * float(u @ u + v @ v)
    cosine = float(u @ v)
    return min(cosine - slack, 0.0) >= 2 * params.skip + slack


def table_band(source: Units, target: Units, params: AlignParams) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The band of the whole table: the rows' ranges of target positions the DP searches (pass 1)."""
    n, m = len(source), len(target)
    if max(n, m) <= params.band:
        # The band would cover the whole table anyway (typical inside one paragraph): skip pass 1.
        return np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)
    anchors = find_anchors(source.vectors, target.vectors, params)
    return band_from_anchors(anchors, n, m, params.band)


def character_ratio(source_lengths: NDArray[np.float64], target_lengths: NDArray[np.float64]) -> float:
    """Source characters per target character (1 when a side has none)."""
    source_total, target_total = float(source_lengths.sum()), float(target_lengths.sum())
    if source_total <= 0 or target_total <= 0:
        return 1.0
    return source_total / target_total


# --- pass 1: anchors ----------------------------------------------------------------------------


def find_anchors(source: Matrix, target: Matrix, params: AlignParams) -> list[tuple[int, int]]:
    """1-1 anchor pairs (0-based, strictly increasing on both sides) from top-k nearest neighbours."""
    n, m = source.shape[0], target.shape[0]
    window = max(params.anchor_window_min, int(max(n, m) * params.anchor_window_fraction))
    candidates = _top_k_candidates(source, target, params.top_k, window)
    return _best_chain(candidates)


def _top_k_candidates(source: Matrix, target: Matrix, k: int, window: int) -> list[tuple[int, int, float]]:
    n, m = source.shape[0], target.shape[0]
    slope = m / n
    candidates: list[tuple[int, int, float]] = []
    # Rows are processed in blocks and only the columns inside the window are scored, so memory and
    # time stay linear in the length for long inputs.
    block = 256
    for start in range(0, n, block):
        stop = min(n, start + block)
        rows = np.arange(start, stop)
        centres = (rows * slope).astype(np.int64)
        first = max(0, int(centres[0]) - window)
        last = min(m, int(centres[-1]) + window + 1)
        scores = source[start:stop] @ target[first:last].T
        columns = np.arange(first, last)
        distances = np.abs(columns[None, :] - centres[:, None])
        scores[distances > window] = _NEG_INF
        top = min(k, last - first)
        best = np.argpartition(-scores, top - 1, axis=1)[:, :top]
        _nearest_of_ties(scores, distances, best)
        for offset, row in enumerate(rows):
            for column in best[offset]:
                value = float(scores[offset, column])
                if value > 0.0:  # a non-positive pair never improves the chain
                    candidates.append((int(row), int(first + column), value))
    return candidates


def _nearest_of_ties(scores: Matrix, distances: NDArray[np.int64], best: NDArray[np.intp]) -> None:
    """Where the k-th best score of a row ties with columns left out, take the tied columns nearest
    the diagonal (in place), instead of those argpartition happens to leave first.

    Only one sentence repeated (or other exact duplicates) ties: the anchors then followed wherever
    the ties fell, far from each other, and the band between them grew wide and the DP slow (a page of
    one sentence repeated took minutes). A row without such a tie keeps its top k as they were.
    """
    top = best.shape[1]
    kth = np.take_along_axis(scores, best, axis=1).min(axis=1)
    tied = np.flatnonzero((scores >= kth[:, None]).sum(axis=1) > top)
    for row in tied:
        above = np.flatnonzero(scores[row] > kth[row])
        level = np.flatnonzero(scores[row] == kth[row])
        nearest = level[np.argsort(distances[row, level], kind="stable")[: top - above.size]]
        best[row] = np.concatenate([above, nearest])


def _best_chain(candidates: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """Maximum-weight subset of (i, j, w) strictly increasing in i and j (Fenwick tree of prefix maxima)."""
    if not candidates:
        return []
    size = max(j for _, j, _ in candidates) + 2
    tree_value = [0.0] * (size + 1)
    tree_index = [-1] * (size + 1)
    totals = [0.0] * len(candidates)
    previous = [-1] * len(candidates)

    def query(position: int) -> tuple[float, int]:  # best chain ending at a column < position
        best, index = 0.0, -1
        while position > 0:
            if tree_value[position] > best:
                best, index = tree_value[position], tree_index[position]
            position -= position & -position
        return best, index

    def update(position: int, value: float, index: int) -> None:
        position += 1
        while position <= size:
            if value > tree_value[position]:
                tree_value[position], tree_index[position] = value, index
            position += position & -position

    ordered = sorted(range(len(candidates)), key=lambda c: (candidates[c][0], candidates[c][1]))
    position = 0
    while position < len(ordered):
        # Candidates of one source row must not chain to each other: query all, then update.
        row = candidates[ordered[position]][0]
        end = position
        while end < len(ordered) and candidates[ordered[end]][0] == row:
            end += 1
        for c in ordered[position:end]:
            best, index = query(candidates[c][1])
            totals[c], previous[c] = best + candidates[c][2], index
        for c in ordered[position:end]:
            update(candidates[c][1], totals[c], c)
        position = end
    chain: list[tuple[int, int]] = []
    current = max(range(len(candidates)), key=totals.__getitem__)
    while current != -1:
        chain.append((candidates[current][0], candidates[current][1]))
        current = previous[current]
    chain.reverse()
    return chain


# --- pass 2: banded DP --------------------------------------------------------------------------


def band_from_anchors(
    anchors: Sequence[tuple[int, int]], n: int, m: int, width: int
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Per DP row i (0..n), the inclusive range of target positions j searched.

    Between two anchor points the band is the rectangle spanning them, widened by ``width``; an anchor
    pair (i, j) is the DP point (i + 1, j + 1). Points on the last row or column are dropped so that
    the final point (n, m) closes the path, as bertalign does.
    """
    points = [(i + 1, j + 1) for i, j in anchors if i + 1 < n and j + 1 < m]
    points.append((n, m))
    low = np.zeros(n + 1, dtype=np.int64)
    high = np.zeros(n + 1, dtype=np.int64)
    previous_i, previous_j = 0, 0
    for i, j in points:
        low[previous_i + 1 : i + 1] = max(0, previous_j - width)
        high[previous_i + 1 : i + 1] = min(m, j + width)
        if high[i] - low[i] > MAX_BAND_WIDTH:
            _corridor(low, high, (previous_i, previous_j), (i, j))
        previous_i, previous_j = i, j
    low[0] = 0
    high[0] = high[1] if n >= 1 else m
    return low, high


MAX_BAND_WIDTH = 250
"""The widest a rectangle between two anchors may be (target positions per row) before the band there
narrows to a corridor along the diagonal joining them (:func:`_corridor`). No article of the
evaluation sets comes near it (their alignment is the same with or without); text whose anchors are
far apart, such as one paragraph of a book repeating one sentence, made rectangles that grew with the
text, and the DP quadratic: two 1.9 MB one-line files did not finish in 8 minutes."""


def _corridor(low: NDArray[np.int64], high: NDArray[np.int64], start: tuple[int, int], end: tuple[int, int]) -> None:
    """Narrow rows ``start[0] + 1 .. end[0]`` of the band to about ``MAX_BAND_WIDTH`` around the straight
    line from ``start`` to ``end`` (inside the rectangle already set), so the DP costs the same per row.
    A row's range reaches past the next row's start by the line's slope, so a path always connects."""
    (first_i, first_j), (last_i, last_j) = start, end
    rows = np.arange(first_i + 1, last_i + 1)
    slope = (last_j - first_j) / max(last_i - first_i, 1)
    centre = first_j + (rows - first_i) * slope
    half = max(MAX_BAND_WIDTH // 2, int(np.ceil(slope)) + 8)
    low[rows] = np.maximum(low[rows], np.floor(centre).astype(np.int64) - half)
    high[rows] = np.minimum(high[rows], np.ceil(centre).astype(np.int64) + half)


def _kinds(params: AlignParams) -> list[tuple[int, int]]:
    return [*params.bead_types, (1, 0)]


def _forward(
    source: Units,
    target: Units,
    low: NDArray[np.int64],
    high: NDArray[np.int64],
    params: AlignParams,
    length_ratio: float,
    visit: Callable[[int, int, int, NDArray[np.int64], NDArray[np.float64]], None] | None = None,
) -> tuple[list[NDArray[np.float64]], list[NDArray[np.int8]]]:
    """Best score of a path from (0, 0) to every point of the band, row by row, and the bead that ends it.

    ``visit(i, a, b, starts, scores)`` sees, for every row i and bead type a-b, the best score of a path
    ending with that bead at each target start (-inf where none reaches it)."""
    kinds = _kinds(params)
    band = (low.tolist(), high.tolist())
    rows = _Rows(source, target, band, kinds, params, length_ratio)
    costs: list[NDArray[np.float64]] = []
    pointers: list[NDArray[np.int8]] = []
    skip_right = len(kinds)  # pointer value of a 0-1 bead
    for i in range(len(source) + 1):
        row, row_scores = rows.take(i)
        best = np.full(row.columns.shape[0], _NEG_INF)
        if i == 0:
            best[row.columns == 0] = 0.0
        reached = row.reached(costs)
        scores = iter(row_scores)
        candidates = [previous_cost + (next(scores) if b else params.skip) for _, _, b, _, previous_cost in reached]
        if visit is not None:
            for (_, a, b, starts, _), candidate in zip(reached, candidates, strict=True):
                visit(i, a, b, starts, candidate)
        best, pointer = _best_of(best, candidates, [kind for kind, *_ in reached])
        row_cost, from_skip = _skip_scan(best, row.columns, params.skip)
        pointer[from_skip] = skip_right
        costs.append(row_cost)
        pointers.append(pointer)
    return costs, pointers


# Tables whose rows are at most this wide (target positions) take the scalar DP when all their bead
# scores fit in one batch (``_BATCH_UNITS``): inside a paragraph bead a row is a few cells, and numpy's
# cost per call, some 20 calls a row, was most of the alignment's time.
_SCALAR_WIDTH = 16


def _forward_scalar(
    source: Units,
    target: Units,
    low: list[int],
    high: list[int],
    params: AlignParams,
    length_ratio: float,
) -> list[list[int]]:
    """The pointers of :func:`_forward`, computed cell by cell on Python floats.

    The same floats in the same order: the bead scores come from the same :func:`_scores` calls
    (one bead type of one row is a vector of the row's width, as there); a candidate is the previous
    cost plus the score or the skip, kept only where strictly better than the ones before it in
    ``kinds`` order (the first of equal maxima wins, NaN never does); the 0-1 skips are the same running
    maximum on ``cost - j * skip``. Float64 arithmetic on Python floats rounds as numpy's does."""
    kinds = _kinds(params)
    m = len(target)
    skip = params.skip
    skip_right = len(kinds)
    plans: list[list[tuple[int, int, int, int]]] = []  # per row: (kind, a, b, position in its score batch)
    # Per row width, the beads to score: their i, a, b and first start (lo - b), as four lists.
    by_width: dict[int, tuple[list[int], list[int], list[int], list[int]]] = {}
    for i in range(len(source) + 1):
        lo, hi = low[i], high[i]
        width = hi - lo + 1
        batch = by_width.setdefault(width, ([], [], [], []))
        plan = []
        for kind, (a, b) in enumerate(kinds):
            # As _Row.plan: the starts lo - b .. hi - b meet the band of row i - a.
            if a <= i and b <= m and max(lo - b, low[i - a]) <= min(hi - b, high[i - a]):
                plan.append((kind, a, b, len(batch[0])))
                if b:
                    for values, value in zip(batch, (i, a, b, lo - b), strict=True):
                        values.append(value)
        plans.append(plan)
    # The starts of every bead in one array (first start + 0 .. width - 1), not an array per bead.
    scores = {
        width: _scores(
            source, target, (rows, sizes, widths), np.add.outer(firsts, np.arange(width)), params, length_ratio
        ).tolist()
        for width, (rows, sizes, widths, firsts) in by_width.items()
        if rows
    }
    costs: list[list[float]] = []
    pointers: list[list[int]] = []
    for i, plan in enumerate(plans):
        lo, hi = low[i], high[i]
        width = hi - lo + 1
        best = [_NEG_INF] * width
        pointer = [-1] * width
        if i == 0 and lo == 0:
            best[0] = 0.0
        for kind, a, b, position in plan:
            previous, first, last = costs[i - a], low[i - a], high[i - a]
            row_scores = scores[width][position] if b else None
            for x in range(max(0, first + b - lo), min(width, last + b - lo + 1)):
                candidate = previous[lo + x - b - first] + (row_scores[x] if row_scores is not None else skip)
                if candidate > best[x]:
                    best[x], pointer[x] = candidate, kind
        running = _NEG_INF
        for x in range(width):
            j = lo + x
            shifted = best[x] - j * skip
            if x == 0 or shifted > running:
                running = shifted
            elif running > shifted:
                best[x], pointer[x] = running + j * skip, skip_right
        costs.append(best)
        pointers.append(pointer)
    return pointers


@dataclass(frozen=True)
class _Row:
    """What row i of the band needs from the rows before it: the bead types that can end on it, in
    ``kinds`` order, with their target starts. None of it depends on the scores, so the bead scores of
    many rows can be computed together before the DP reaches them (:class:`_Rows`)."""

    i: int
    columns: NDArray[np.int64]
    # Per source size a: a, the (kind, b) of its types, their starts, where a start is inside the band
    # of row i - a, and its position in that row's costs.
    sizes: list[tuple[int, list[tuple[int, int]], NDArray[np.int64], NDArray[np.bool_], NDArray[np.int64]]]
    order: list[int]  # kinds order of the (size, type) pairs taken in ``sizes`` order

    @classmethod
    def plan(cls, i: int, band: tuple[list[int], list[int]], kinds: list[tuple[int, int]], m: int) -> _Row:
        low, high = band
        columns = np.arange(low[i], high[i] + 1)
        by_size: dict[int, list[tuple[int, int]]] = {}
        for kind, (a, b) in enumerate(kinds):
            # The starts are low[i] - b .. high[i] - b: do they meet the band of row i - a at all?
            if a <= i and b <= m and max(low[i] - b, low[i - a]) <= min(high[i] - b, high[i - a]):
                by_size.setdefault(a, []).append((kind, b))
        sizes = []
        for a, group in by_size.items():
            first, last = low[i - a], high[i - a]
            starts = columns - np.array([b for _, b in group])[:, None]
            valid = (starts >= first) & (starts <= last)
            offsets = np.minimum(np.maximum(starts - first, 0), last - first)
            sizes.append((a, group, starts, valid, offsets))
        flat = [kind for _, group, *_ in sizes for kind, _ in group]
        return cls(i, columns, sizes, sorted(range(len(flat)), key=flat.__getitem__))

    def beads(self) -> list[tuple[int, int, int, NDArray[np.int64]]]:
        """(i, a, b, starts) of the m-n bead types ending on this row (skips excluded), in kinds order."""
        types = [(a, b, starts[row]) for a, group, starts, *_ in self.sizes for row, (_, b) in enumerate(group)]
        return [(self.i, a, b, starts) for a, b, starts in (types[k] for k in self.order) if b]

    def reached(
        self, costs: list[NDArray[np.float64]]
    ) -> list[tuple[int, int, int, NDArray[np.int64], NDArray[np.float64]]]:
        """(kind, a, b, target starts, best score of a path to each start, -inf where the start is
        outside the band of row i - a) in ``kinds`` order; the types of one source size are looked up
        together."""
        reached = []
        for a, group, starts, valid, offsets in self.sizes:
            previous_costs = np.where(valid, costs[self.i - a][offsets], _NEG_INF)
            reached += [(kind, a, b, starts[row], previous_costs[row]) for row, (kind, b) in enumerate(group)]
        return [reached[k] for k in self.order]


# Target units gathered for one call of _bead_scores (times the dimension, per gathered array): bounds
# the memory of book-length inputs, while a paragraph's whole table is scored in one call.
_BATCH_UNITS = 2048


class _Rows:
    """The rows of the band with their bead scores, planned and scored in batches of consecutive rows
    as the DP reaches them. A batch scores the rows of one width (the number of target starts) in one
    :func:`_bead_scores` call: inside a paragraph every row of the table has the same width."""

    def __init__(
        self,
        source: Units,
        target: Units,
        band: tuple[list[int], list[int]],
        kinds: list[tuple[int, int]],
        params: AlignParams,
        ratio: float,
    ) -> None:
        self._arguments = (source, target, params, ratio)
        self._band, self._kinds = band, kinds
        self._planned: dict[int, _Row] = {}
        self._scores: dict[int, NDArray[np.float64]] = {}

    def take(self, i: int) -> tuple[_Row, NDArray[np.float64]]:
        """Row i and the scores of its m-n bead types (in ``kinds`` order); each row is taken once."""
        if i not in self._scores:
            self._batch(i)
        return self._planned.pop(i), self._scores.pop(i)

    def _plan(self, i: int) -> _Row:
        if i not in self._planned:
            self._planned[i] = _Row.plan(i, self._band, self._kinds, len(self._arguments[1]))
        return self._planned[i]

    def _batch(self, first: int) -> None:
        source, target, params, ratio = self._arguments
        by_width: dict[int, list[tuple[int, list[tuple[int, int, int, NDArray[np.int64]]]]]] = {}
        units = 0
        for i in range(first, len(source) + 1):
            row = self._plan(i)
            if units and units + len(row.order) * len(row.columns) > _BATCH_UNITS:
                break
            units += len(row.order) * len(row.columns)
            by_width.setdefault(len(row.columns), []).append((i, row.beads()))
        for group in by_width.values():
            beads = [bead for _, row_beads in group for bead in row_beads]
            scores = _bead_scores(source, target, beads, params, ratio)
            position = 0
            for i, row_beads in group:
                self._scores[i] = scores[position : position + len(row_beads)]
                position += len(row_beads)


def _best_of(
    best: NDArray[np.float64], candidates: list[NDArray[np.float64]], kinds: list[int]
) -> tuple[NDArray[np.float64], NDArray[np.int8]]:
    """The best score at each start and the kind that gives it (-1: none beats ``best``), as taking the
    candidates in turn and keeping one only where it is strictly better: the first of equal maxima wins,
    and a NaN never does."""
    if not candidates:
        return best, np.full(best.shape[0], -1, dtype=np.int8)
    table = np.stack([best, *candidates])
    table[np.isnan(table)] = _NEG_INF
    winner = table.argmax(axis=0)
    pointer = np.array([-1, *kinds], dtype=np.int8)[winner]
    return table[winner, np.arange(best.shape[0])], pointer


def _skip_scan(
    best: NDArray[np.float64], columns: NDArray[np.int64], skip: float
) -> tuple[NDArray[np.float64], NDArray[np.bool_]]:
    """cost[j] = max(best[j], cost[j-1] + skip) for a whole row at once, as a running maximum.

    Returns the costs and where the 0-1 bead won. The comparison is made on the shifted values so
    that rounding in ``+ columns * skip`` cannot turn a tie into a spurious skip.
    """
    shifted = best - columns * skip
    running = np.maximum.accumulate(shifted)
    from_skip = running > shifted
    return np.where(from_skip, running + columns * skip, best), from_skip


def _bead_scores(
    source: Units,
    target: Units,
    beads: Sequence[tuple[int, int, int, NDArray[np.int64]]],
    params: AlignParams,
    length_ratio: float,
) -> NDArray[np.float64]:
    """Scores of the beads (source i-a..i-1, target s..s+b-1) for every target start s, one row per
    ``(i, a, b, starts)`` of ``beads`` (all with as many starts).

    Every dot product is the one a bead type alone would make: the same vectors in blocks of the same
    shape, multiplied as a stack (``np.matmul`` makes one BLAS call per block; BLAS rounds a row
    differently in blocks of other sizes). The arithmetic after it, exact per element, runs on all the
    beads at once: a row of a paragraph is a few columns, so the time went to numpy's per-call cost.
    """
    if not beads:
        return np.zeros((0, 0), dtype=np.float64)
    columns = ([i for i, _, _, _ in beads], [a for _, a, _, _ in beads], [b for _, _, b, _ in beads])
    starts = np.stack([starts for *_, starts in beads])
    # A row wider than a batch (a paragraph of a few source sentences against one of thousands of short
    # target sentences) is scored a slice of its columns at a time: each column's score depends on its
    # column only, and gathering the vectors of a whole row of 12,000 columns for every bead type took
    # 27 KB a sentence (3.3 GB for 120,000 sentences). No paragraph of ordinary text comes near.
    step = max(1, _BATCH_UNITS // len(beads))
    if starts.shape[1] <= step:
        return _scores(source, target, columns, starts, params, length_ratio)
    return np.concatenate(
        [
            _scores(source, target, columns, starts[:, first : first + step], params, length_ratio)
            for first in range(0, starts.shape[1], step)
        ],
        axis=1,
    )


def _scores(
    source: Units,
    target: Units,
    beads: tuple[list[int], list[int], list[int]],
    starts: NDArray[np.int64],
    params: AlignParams,
    length_ratio: float,
) -> NDArray[np.float64]:
    """:func:`_bead_scores` of the beads given as their rows i, sizes a and b (lists), and their starts
    (one row of ``starts`` per bead)."""
    m = len(target)
    rows, sizes = np.array(beads[0]), np.array(beads[1])
    widths = np.array(beads[2])[:, None]
    clipped = np.minimum(np.maximum(starts, 0), m - widths)
    source_table = _Table(source, beads[1], rows - sizes)
    target_table = _Table(target, beads[2], clipped)
    source_vectors = source_table.vectors[source_table.positions]
    blocks = target_table.vectors[target_table.positions]
    similarity = _products(blocks, source_vectors[:, :, None])[:, :, 0].astype(np.float64)
    if params.margin:
        # Neighbours: the unit right after and right before each group, on the other side.
        after, before = clipped + widths, clipped - 1
        after_present, before_present = after < m, before >= 0
        after_similarity = _products(target.vectors[np.minimum(after, m - 1)], source_vectors[:, :, None])[:, :, 0]
        before_similarity = _products(target.vectors[np.maximum(before, 0)], source_vectors[:, :, None])[:, :, 0]
        target_side = (
            np.where(after_present, after_similarity, 0.0) + np.where(before_present, before_similarity, 0.0)
        ) / np.maximum(after_present.astype(np.float64) + before_present, 1.0)
        similarity = similarity - params.margin * (target_side + _source_side(source, rows, sizes, blocks)) / 2
    if params.length_penalty:
        source_length = source_table.lengths[source_table.positions][:, None]
        target_length = target_table.lengths[target_table.positions] * length_ratio
        shorter = np.minimum(source_length, target_length)
        longer = np.maximum(source_length, target_length)
        agreement = np.log2(1 + np.divide(shorter, longer, out=np.ones_like(longer), where=longer > 0))
        similarity = similarity * agreement
    return np.asarray(similarity, dtype=np.float64)


class _Table:
    """The group vectors and lengths that some beads use, of every group size they name, in one array
    each (copies of the rows between the first and the last start used), so that one gather takes them
    all: ``vectors[positions]`` is the group of size ``sizes[k]`` starting at ``starts[k]``."""

    def __init__(self, units: Units, sizes: list[int], starts: NDArray[np.int64]) -> None:
        first, last = int(starts.min()), int(starts.max()) + 1
        if len(units) <= _CACHED_GROUPS:
            units.derive_groups(sizes)  # every size in one array (Units.derive_groups)
        offsets: dict[int, int] = {}
        vectors, lengths = [], []
        end = 0
        for size in sorted(set(sizes)):
            offsets[size] = end - first
            vectors.append(units.window(size, first, last))
            lengths.append(units.group_lengths(size)[first:last])
            end += vectors[-1].shape[0]
        self.vectors = vectors[0] if len(vectors) == 1 else np.concatenate(vectors)
        self.lengths = lengths[0] if len(lengths) == 1 else np.concatenate(lengths)
        shift = np.array([offsets[size] for size in sizes])
        self.positions = starts + (shift if starts.ndim == 1 else shift[:, None])


def _products(blocks: Matrix, vectors: Matrix) -> Matrix:
    """``blocks[k] @ vectors[k]`` for each k: one BLAS call per block, each as a single product makes it."""
    return np.asarray(np.matmul(blocks, vectors))


def _source_side(
    source: Units, rows: NDArray[np.int64], sizes: NDArray[np.int64], blocks: Matrix
) -> NDArray[np.float32]:
    """Mean cosine of each target group in ``blocks`` with the source units next to source i-a..i-1
    (zero without any). The mean of one or two float32 values, as ``mean(axis=1)`` makes it."""
    n = len(source)
    after, before = rows, rows - sizes - 1
    has_after, has_before = after < n, before >= 0
    side = np.zeros(blocks.shape[:2], dtype=np.float32)
    both = np.flatnonzero(has_after & has_before)
    if both.size:
        neighbours = source.vectors[np.stack([after[both], before[both]], axis=1)].transpose(0, 2, 1)
        products = _products(blocks[both], neighbours)
        side[both] = np.asarray((products[:, :, 0] + products[:, :, 1]) / 2, dtype=np.float32)
    for present, row in ((has_after & ~has_before, after), (has_before & ~has_after, before)):
        alone = np.flatnonzero(present)
        if alone.size:
            neighbour = source.vectors[row[alone][:, None]].transpose(0, 2, 1)
            side[alone] = _products(blocks[alone], neighbour)[:, :, 0]
    return side


def _trace_back(
    pointers: Sequence[Sequence[int]] | list[NDArray[np.int8]],
    low: NDArray[np.int64],
    kinds: list[tuple[int, int]],
    skip_right: int,
    n: int,
    m: int,
) -> list[LocalBead]:
    beads: list[LocalBead] = []
    i, j = n, m
    while i > 0 or j > 0:
        kind = int(pointers[i][j - low[i]])
        if kind < 0:  # pragma: no cover - the band always connects (0, 0) to (n, m)
            raise RuntimeError(f"alignment band is disconnected at ({i}, {j})")
        a, b = (0, 1) if kind == skip_right else kinds[kind]
        beads.append((tuple(range(i - a, i)), tuple(range(j - b, j))))
        i, j = i - a, j - b
    beads.reverse()
    return beads
