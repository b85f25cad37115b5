"""Memoisation that lives as long as one run (a :class:`mtqa.Checker` and its articles), never longer.

The checks call small pure functions on the same words, sentences and paragraphs many times: a name is
folded once per name it is compared with, and in a folder of ten translations of one source every
translation's checks read the same source paragraphs. Their results are kept in a :class:`RunMemo`
that the Checker owns and hands to each article's context; the runner makes it the active memo while
the article's checks run (:func:`memo_scope`). Nothing survives the Checker, and two threads running
two Checkers share nothing. Outside a scope the functions simply compute.

A memo is bounded by size, not by a count of results: the results of a paragraph's helpers are larger
than a word's, and a count-bound memo of whole sentences and paragraphs grew with the articles of a
run until its count was reached (about 1,400 news articles, 80 MiB). Each result is weighed by the
characters of the texts it was computed from (its key's strings, and the ``text`` of objects such as
sentences), which its size follows. Results live in two generations of at most ``budget`` characters
each: when the young one is full it becomes the old one and the old one is dropped; a result found in
the old generation moves back to the young one (a generation with a result of a text of ``LARGE_TEXT`` characters
holds at least ``HEAVY_RESULTS`` results as heavy, so a sentence of a good share of the budget is not
computed again for each call). So what every article asks for (a word's look-up, the
source paragraphs that ten translations share) stays, what one article asked for goes, and memory is
flat after the first few dozen articles.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

# Characters of key text per generation. A WMT news article's checks memoise about 60,000 characters
# (bench/memory_profile.py: some 6,000 results in the two generations after 100 articles, 190 per
# article), so two generations hold the last 15-30 articles: the translations of one source are
# neighbours in a folder run.
DEFAULT_BUDGET = 1 << 20
# What a result costs beyond its texts (dict slot, key tuple, result object), in the same unit.
_ENTRY_WEIGHT = 64
# A generation's floor, in results as heavy as its heaviest, when that one was computed from a text of
# LARGE_TEXT characters or more (see keep_weighed): the memo of an article of one huge sentence holds
# that sentence's results, which the checks of the article hold anyway while they run. A news sentence
# is under 1,000 characters, a long paragraph under 5,000.
HEAVY_RESULTS = 16
LARGE_TEXT = 50_000
# How deep into the key to look for texts: the arguments, a tuple of sentences, their texts.
_KEY_DEPTH = 3


class RunMemo:
    """The memoised results of one run, bounded by the size of the texts they were computed from."""

    def __init__(self, budget: int = DEFAULT_BUDGET) -> None:
        self._young: dict[Hashable, Any] = {}
        self._old: dict[Hashable, Any] = {}
        self._weight = 0
        self._heaviest = 0  # the weight of the young generation's heaviest result
        self._budget = budget

    def __len__(self) -> int:
        return len(self._young) + len(self._old)

    @property
    def weight(self) -> int:
        """The characters weighed into the young generation (at most ``budget``)."""
        return self._weight

    def lookup(self, key: Hashable) -> Any:
        """The result kept for ``key`` (moved back to the young generation if it was old), or None."""
        value = self._young.get(key, _MISSING)
        if value is _MISSING:
            value = self.revive(key)
        return None if value is _MISSING else value

    def revive(self, key: Hashable) -> Any:
        """The result of ``key`` from the old generation, moved back to the young one; ``_MISSING`` if
        there is none (the caller has looked in the young generation already)."""
        value = self._old.pop(key, _MISSING)
        if value is not _MISSING:
            self.keep(key, value)
        return value

    def keep(self, key: Hashable, value: Any) -> None:
        self.keep_weighed(key, value, _ENTRY_WEIGHT + _text_weight(key, _KEY_DEPTH))

    def keep_weighed(self, key: Hashable, value: Any, weight: int) -> None:
        """:meth:`keep` with the weight worked out by the caller (:func:`article_cached` knows its keys)."""
        # A generation holding a result of a LARGE_TEXT holds at least HEAVY_RESULTS results as heavy,
        # whatever the budget: a sentence of a good share of the budget (one paragraph of 40,000 repeated
        # words) else ended the young generation with each result keyed by it or kept after it, and the
        # names checks tokenised it again on most of their hundred calls: a cost per call growing with
        # the text, and the more calls missing the longer it was. News results are far lighter: for them
        # nothing changes.
        heaviest = max(self._heaviest, weight)
        limit = max(self._budget, HEAVY_RESULTS * heaviest) if heaviest >= LARGE_TEXT else self._budget
        if self._weight + weight > limit and self._young:
            self._old, self._young, self._weight, heaviest = self._young, {}, 0, weight
        self._young[key] = value
        self._weight += weight
        self._heaviest = heaviest


def _text_weight(value: object, depth: int) -> int:
    """The characters of text in ``value``: strings, the ``text`` of objects, inside tuples and sets."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, tuple | frozenset | list):
        return _items_weight(value, depth - 1) if depth > 0 else 0
    if type(value) is int:
        return 0  # no text; the test saves a failed attribute look-up, the dearest step here
    text = getattr(value, "text", None)
    return len(text) if isinstance(text, str) else 0


def _items_weight(items: tuple[object, ...] | frozenset[object] | list[object], depth: int) -> int:
    # A loop, strings first: this weighs every result kept (some 70 per news segment), where a generator
    # and a call per string cost more than the memo saves on a short text.
    total = 0
    for item in items:
        if isinstance(item, str):
            total += len(item)
        elif (kind := type(item)) is not int and kind is not bool and item is not None:  # flags, offsets: no text
            total += _text_weight(item, depth)
    return total


_MISSING: Any = object()  # not a result: None can be one
_ACTIVE: ContextVar[RunMemo | None] = ContextVar("mtqa_run_memo", default=None)


def article_cached(function: Callable[P, R]) -> Callable[P, R]:
    """Memoise ``function`` (hashable positional arguments only) in the active :class:`RunMemo`."""

    # The key is (function, args): the function's part of its weight is the same for every key.
    function_weight = _ENTRY_WEIGHT + _text_weight(function, _KEY_DEPTH - 1)

    @functools.wraps(function)
    def cached(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _ACTIVE.get()
        if memo is None or kwargs:
            return function(*args, **kwargs)
        key = (function, args)
        # The memo's dictionary is read directly: this wrapper runs on every call of the checks' hottest
        # helpers, where a method call and a (found, value) pair per hit cost as much as the lookup.
        result: R = memo._young.get(key, _MISSING)
        if result is _MISSING:
            # Most misses are of a translation's own texts, in neither generation: the old one is read
            # here rather than through revive(), which costs a method call and a pop per miss.
            if key in memo._old:
                return memo.revive(key)  # type: ignore[no-any-return]
            result = function(*args, **kwargs)
            memo.keep_weighed(key, result, function_weight + _items_weight(args, _KEY_DEPTH - 2))
        return result

    return cached


@contextmanager
def memo_scope(memo: RunMemo) -> Iterator[None]:
    """Make ``memo`` the active one while the block runs (the runner does, around an article's checks)."""
    token = _ACTIVE.set(memo)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
