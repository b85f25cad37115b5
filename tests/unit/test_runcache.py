"""Run-scoped memoisation."""

from __future__ import annotations

from mtqa.model import Sentence, Span
from mtqa.runcache import _ENTRY_WEIGHT, RunMemo, _text_weight, article_cached, memo_scope

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


def test_a_memo_is_bounded_by_the_size_of_its_texts() -> None:
    CALLS.clear()
    memo = RunMemo(budget=3 * (_ENTRY_WEIGHT + 10))  # three results of ten-character texts
    texts = [f"{letter * 10}" for letter in "abcdefg"]
    with memo_scope(memo):
        for text in texts:
            shout(text)
            assert memo.weight <= 3 * (_ENTRY_WEIGHT + 10)
        assert len(memo) <= 6  # two generations
        shout("a" * 1000)  # one long text alone is kept, and weighs more than the budget
        assert memo.weight > 3 * (_ENTRY_WEIGHT + 10)
        shout("b" * 10)
        assert memo.weight == _ENTRY_WEIGHT + 10  # a full young generation was retired first
    computed = [*texts, "a" * 1000, "b" * 10]  # "b" * 10 was retired long before
    assert computed == CALLS


def test_a_long_text_weighs_more_than_a_word() -> None:
    memo = RunMemo(budget=2 * (_ENTRY_WEIGHT + 1000))
    with memo_scope(memo):
        shout("a" * 1000)
        shout("b" * 1000)
        shout("c" * 1000)  # the first generation is full: retired, still found
        before = len(CALLS)
        shout("a" * 1000)
    assert len(CALLS) == before  # found in the old generation


def test_what_is_used_again_survives_two_generations() -> None:
    CALLS.clear()
    memo = RunMemo(budget=2 * (_ENTRY_WEIGHT + 1))
    with memo_scope(memo):
        for letter in "abcdefgh":
            shout("w")  # a word every article asks for
            shout(letter)  # what one article asks for
    assert CALLS.count("w") == 1
    assert CALLS.count("a") == 1
    with memo_scope(memo):
        shout("a")  # long gone: computed again
    assert CALLS.count("a") == 2


def test_sentences_weigh_their_text() -> None:
    sentence = Sentence(0, 0, Span(0, 5), "Hallo")
    assert _text_weight(((sentence, sentence), "ab", 3), 3) == 12
    assert _text_weight(frozenset({"abc"}), 1) == 3
    assert _text_weight(object(), 3) == 0


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


@article_cached
def mixed(text: str, sentences: tuple[Sentence, ...], offset: int, words: frozenset[str]) -> int:
    return len(text) + len(sentences) + offset + len(words)


def test_a_cached_result_weighs_what_keep_would_give_its_key() -> None:
    sentence = Sentence(0, 0, Span(0, 5), "Hallo")
    args = ("abc", (sentence, sentence, ("nested", "deeper")), 7, frozenset({"xy", "z"}))
    memo = RunMemo()
    with memo_scope(memo):
        mixed(*args)
    reference = RunMemo()
    reference.keep((mixed.__wrapped__, args), None)  # type: ignore[attr-defined]
    assert memo.weight == reference.weight == _ENTRY_WEIGHT + 3 + 10 + 0 + 3


def test_lookup_finds_a_kept_result_in_either_generation() -> None:
    memo = RunMemo(budget=10)
    memo.keep_weighed("a", 1, 10)
    memo.keep_weighed("b", 2, 10)  # "a" goes to the old generation
    assert memo.lookup("a") == 1  # and comes back to the young one
    assert memo.lookup("missing") is None
    memo.keep_weighed("c", 3, 10)
    assert memo.lookup("a") == 1 and memo.lookup("b") is None


def test_the_results_of_a_huge_text_survive_each_other() -> None:
    # One paragraph of 40,000 repeated words weighed 440,000 of the default budget of about a million:
    # the checks keep a dozen results keyed by it, each ended a young generation of two or three, and the
    # names checks tokenised the paragraph again on most of their calls (99 of 104 at 40,000 words, 24 at
    # 10,000). Here: eight results of a 200,000-character text, asked for in turn.
    CALLS.clear()
    memo = RunMemo()
    huge = [letter * 200_000 for letter in "ABCDEFGH"]
    with memo_scope(memo):
        for _ in range(5):
            for text in huge:
                shout(text)
    assert len(CALLS) == len(huge)
    # Texts below LARGE_TEXT still share the budget as before: two generations of about a million.
    CALLS.clear()
    texts = [f"{index:02d}" * 24_500 for index in range(50)]  # 49,000 characters each, 2.45 million in all
    with memo_scope(RunMemo()):
        for _ in range(2):
            for text in texts:
                shout(text)
    assert len(CALLS) == 2 * len(texts)
