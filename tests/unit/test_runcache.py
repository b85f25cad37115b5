"""Article-scoped memoisation."""

from __future__ import annotations

from mtqa.runcache import article_cached, article_scope

CALLS: list[str] = []


@article_cached
def shout(text: str) -> str:
    CALLS.append(text)
    return text.upper()


def test_results_are_kept_for_the_article_only() -> None:
    CALLS.clear()
    with article_scope():
        assert shout("a") == shout("a") == "A"
        assert CALLS == ["a"]
    with article_scope():
        shout("a")
    assert CALLS == ["a", "a"]  # a new article starts with an empty cache


def test_outside_a_scope_nothing_is_kept() -> None:
    CALLS.clear()
    shout("b")
    shout("b")
    assert CALLS == ["b", "b"]


def test_scopes_nest_and_restore() -> None:
    CALLS.clear()
    with article_scope():
        shout("c")
        with article_scope():
            shout("c")
        shout("c")
    assert CALLS == ["c", "c"]
