"""Run-scoped memoisation."""

from __future__ import annotations

from mtqa.runcache import RunMemo, article_cached, memo_scope

CALLS: list[str] = []


@article_cached
def shout(text: str) -> str:
    CALLS.append(text)
    return text.upper()


def test_results_are_kept_for_the_run_only() -> None:
    CALLS.clear()
    run = RunMemo()
    with memo_scope(run):
        assert shout("a") == shout("a") == "A"
    with memo_scope(run):
        shout("a")  # the next article of the same run
    assert CALLS == ["a"]
    with memo_scope(RunMemo()):
        shout("a")  # another run starts afresh
    assert CALLS == ["a", "a"]


def test_outside_a_scope_nothing_is_kept() -> None:
    CALLS.clear()
    shout("b")
    shout("b")
    assert CALLS == ["b", "b"]


def test_a_memo_is_bounded() -> None:
    CALLS.clear()
    memo = RunMemo(limit=3)
    with memo_scope(memo):
        for word in "abcd":
            shout(word)
        assert len(memo) <= 3
        shout("d")
    assert CALLS == ["a", "b", "c", "d"]


NONE_CALLS: list[str] = []


@article_cached
def nothing(text: str) -> None:
    NONE_CALLS.append(text)


def test_a_result_of_none_is_kept_too() -> None:
    NONE_CALLS.clear()
    with memo_scope(RunMemo()):
        nothing("a")
        nothing("a")
    assert NONE_CALLS == ["a"]
