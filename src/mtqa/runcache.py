"""Memoisation that lives as long as one run (a :class:`mtqa.Checker` and its articles), never longer.

The checks call small pure functions on the same words, sentences and paragraphs many times: a name is
folded once per name it is compared with, and in a folder of ten translations of one source every
translation's checks read the same source paragraphs. Their results are kept in a :class:`RunMemo`
that the Checker owns and hands to each article's context; the runner makes it the active memo while
the article's checks run (:func:`memo_scope`). A memo is bounded: past ``limit`` results it starts
afresh, so memory stays flat over ten thousand articles. Nothing survives the Checker, and two threads
running two Checkers share nothing. Outside a scope the functions simply compute.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

DEFAULT_LIMIT = 1 << 17


class RunMemo:
    """The memoised results of one run, at most ``limit`` of them."""

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self._results: dict[Hashable, Any] = {}
        self._limit = limit

    def __len__(self) -> int:
        return len(self._results)

    def keep(self, key: Hashable, value: Any) -> None:
        if len(self._results) >= self._limit:
            self._results.clear()  # cheaper than an LRU's bookkeeping on every hit, and as flat
        self._results[key] = value


_MISSING: Any = object()  # not a result: None can be one
_ACTIVE: ContextVar[RunMemo | None] = ContextVar("mtqa_run_memo", default=None)


def article_cached(function: Callable[P, R]) -> Callable[P, R]:
    """Memoise ``function`` (hashable positional arguments only) in the active :class:`RunMemo`."""

    @functools.wraps(function)
    def cached(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _ACTIVE.get()
        if memo is None or kwargs:
            return function(*args, **kwargs)
        key = (function, args)
        # The memo's dictionary is read directly: this wrapper runs on every call of the checks' hottest
        # helpers, where a method call and a (found, value) pair per hit cost as much as the lookup.
        result: R = memo._results.get(key, _MISSING)
        if result is _MISSING:
            result = function(*args, **kwargs)
            memo.keep(key, result)
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
