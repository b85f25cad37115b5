"""Memoisation that lives as long as one article's checks, never longer.

The checks call small pure functions on the same words and sentences many times (a name is folded once
per name it is compared with). Their results are kept in a dictionary that the runner opens for one
article (:func:`article_scope`) and drops when the article is done, so no text of an article outlives
its run, and two threads checking two articles never share one. Outside a scope the functions simply
compute.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_STORE: ContextVar[dict[Hashable, Any] | None] = ContextVar("mtqa_article_cache", default=None)


def article_cached(function: Callable[P, R]) -> Callable[P, R]:
    """Memoise ``function`` (hashable positional arguments only) for the current article scope."""

    @functools.wraps(function)
    def cached(*args: P.args, **kwargs: P.kwargs) -> R:
        store = _STORE.get()
        if store is None or kwargs:
            return function(*args, **kwargs)
        key = (function, args)
        try:
            result: R = store[key]
        except KeyError:
            result = store[key] = function(*args, **kwargs)
        return result

    return cached


@contextmanager
def article_scope() -> Iterator[None]:
    """Open a fresh cache for one article; it is dropped on exit, whatever happens."""
    token = _STORE.set({})
    try:
        yield
    finally:
        _STORE.reset(token)
