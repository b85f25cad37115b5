"""The dynamic programme's close groups: the 2-5 unit groups worth embedding for book-length alignment."""

from __future__ import annotations

import numpy as np

from mtqa.align import SENTENCE_PARAMS
from mtqa.align.dp import Units, align_units, close_groups
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
