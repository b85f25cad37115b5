"""Split a stretch of document text into segments, each carrying the findings that cover it.

Findings may overlap (a name check and a typography check on the same word), so a highlight is
not one ``<mark>`` per finding: the text is cut at every span boundary, and each piece nests the
marks of every finding covering it, outermost (earliest, longest) first. A finding split over
several pieces gets its ``id`` anchor on the first piece only. A zero-length span (say, a missing
full stop) becomes an empty "point" segment at its offset.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from heapq import heappop, heappush
from itertools import accumulate

from mtqa.model import Span


@dataclass(frozen=True)
class Mark:
    """What a highlight needs to know about its finding."""

    number: int  # 1-based; the HTML anchor is f-<number>
    span: Span
    severity: str
    category: str
    check: str
    title: str


@dataclass(frozen=True)
class PlacedMark:
    mark: Mark
    anchor: bool  # this piece carries the finding's id


@dataclass(frozen=True)
class Segment:
    text: str
    marks: tuple[PlacedMark, ...] = ()
    point: bool = False


class Highlighter:
    """Cuts ranges of one document's text; remembers which findings already have their anchor."""

    def __init__(self, text: str, marks: Iterable[Mark]) -> None:
        self._text = text
        self._marks = sorted(marks, key=lambda m: (m.span.start, -m.span.end, m.number))
        # Indexes that keep each call to the marks near its range: a paragraph of 20,000
        # findings (a number repeated) made every call scan every mark, and every piece every mark.
        self._starts = [m.span.start for m in self._marks]
        self._reach = list(accumulate((m.span.end for m in self._marks), max, initial=-1))[1:]
        self._anchored: set[int] = set()

    def segments(self, start: int, end: int) -> tuple[Segment, ...]:
        """Segments covering ``text[start:end]`` exactly, in order."""
        # Marks from ``low`` on may reach ``start`` (no earlier one ends at or after it);
        # marks before ``high`` start at or before ``end``.
        low = bisect_left(self._reach, start)
        high = bisect_right(self._starts, end)
        near = self._marks[low:high]
        ranged = [m for m in near if m.span.start < end and m.span.end > start and len(m.span)]
        points = [m for m in near if not len(m.span) and start <= m.span.start <= end]
        if not ranged and not points and start < end:
            return (Segment(self._text[start:end]),)  # most sentences: no finding in them
        edges = {max(start, min(end, offset)) for m in ranged for offset in (m.span.start, m.span.end)}
        cuts = sorted({start, end} | edges | {m.span.start for m in points})
        points_at: dict[int, list[Mark]] = {}
        for mark in points:
            points_at.setdefault(mark.span.start, []).append(mark)
        pieces: list[Segment] = []
        # A sweep over the cuts: ``active`` holds the marks begun and not ended, in the order of
        # ``ranged`` (insertion order), so each piece nests them outermost first as before.
        active: dict[int, Mark] = {}
        ends: list[tuple[int, int]] = []
        following = 0
        for position, left in enumerate(cuts):
            pieces.extend(self._points_at(left, points_at.get(left, [])))
            if position + 1 == len(cuts):
                break
            while following < len(ranged) and ranged[following].span.start <= left:
                active[following] = ranged[following]
                heappush(ends, (ranged[following].span.end, following))
                following += 1
            while ends and ends[0][0] <= left:
                del active[heappop(ends)[1]]
            right = cuts[position + 1]
            pieces.append(Segment(self._text[left:right], self._place(list(active.values()))))
        return tuple(pieces)

    def unanchored(self, numbers: Sequence[int]) -> set[int]:
        """Which of these findings have not been shown in any rendered text."""
        return {number for number in numbers if number not in self._anchored}

    def _points_at(self, offset: int, points: list[Mark]) -> list[Segment]:
        here = [m for m in points if m.span.start == offset and m.number not in self._anchored]
        return [Segment("", self._place([m]), point=True) for m in here]

    def _place(self, marks: list[Mark]) -> tuple[PlacedMark, ...]:
        placed = []
        for mark in marks:
            placed.append(PlacedMark(mark, anchor=mark.number not in self._anchored))
            self._anchored.add(mark.number)
        return tuple(placed)
