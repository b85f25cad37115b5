"""The dropped-phrase detector: words, runs of unmatched content words, the deficit and the cut."""

from __future__ import annotations

import pytest

from mtqa.checks import dropped
from mtqa.lang import Language

FUNCTION = frozenset({"the", "if", "on", "and", "of", "a"})


def runs(text: str, unmatched: set[str], match: float = 0.5, min_words: int = 2) -> list[str]:
    """The runs of ``text`` when exactly the words in ``unmatched`` have no counterpart."""
    words = dropped.words(text)
    best = [0.1 if w.text in unmatched else 0.9 for w in words]
    return [
        text[r.start : r.end]
        for r in dropped.dropped_runs(text, words, best, FUNCTION, match=match, min_words=min_words)
    ]


def test_a_clause_of_unmatched_content_words_is_one_run_with_its_inner_function_words() -> None:
    text = "The union warned that shipping could stop if the dispute drags on."
    assert runs(text, {"dispute", "drags"}) == ["dispute drags"]
    assert runs(text, {"dispute", "drags", "shipping", "could", "stop"}) == ["shipping could stop if the dispute drags"]


def test_a_matched_content_word_or_a_full_stop_ends_a_run() -> None:
    assert runs("Police closed roads and schools stayed shut.", {"Police", "schools", "stayed"}) == ["schools stayed"]
    assert runs("Fans cheered loudly. Crowds left early.", {"cheered", "loudly", "Crowds", "left"}) == [
        "cheered loudly",
        "Crowds left",
    ]


def test_a_spaced_dash_ends_a_run() -> None:
    # A dateline is set off by a dash: its words and the sentence's are two units.
    text = "OSTRAVA, Czechia – The northern Czech town has opened a new bridge."
    assert runs(text, {"Czechia", "northern", "Czech"}, min_words=1) == ["Czechia", "northern Czech"]


def test_runs_need_min_words_content_words_below_the_threshold() -> None:
    text = "The dispute drags on."
    assert runs(text, {"dispute", "drags"}, min_words=3) == []
    words = dropped.words(text)
    best = [0.9, 0.54, 0.56, 0.9]
    assert dropped.dropped_runs(text, words, best, FUNCTION, match=0.55, min_words=1)[0].content == ("dispute",)
    assert dropped.dropped_runs(text, words, best, FUNCTION, match=0.55, min_words=1)[0].best == pytest.approx(0.54)


def test_short_words_and_function_words_are_no_content() -> None:
    assert not dropped.is_content("on", FUNCTION)
    assert not dropped.is_content("The", FUNCTION)
    assert dropped.is_content("dispute", FUNCTION)
    assert "les" in dropped.function_words(Language.parse("fr"))


def test_best_matches_counts_a_copied_word_as_matched() -> None:
    vectors = {"Felixstowe": [1.0, 0.0], "port": [0.0, 1.0], "Hafen": [0.6, 0.8]}
    best = dropped.best_matches(
        dropped.words("Felixstowe port"), dropped.words("Hafen Felixstowe"), dropped.vector_similarity(vectors)
    )
    assert best == [1.0, pytest.approx(0.8)]
    assert dropped.best_matches(dropped.words("port"), [], dropped.vector_similarity(vectors)) == [0.0]


def test_deficit_is_in_units_of_the_runs_expected_length() -> None:
    run = dropped.DroppedRun(10, 30, ("a", "b"), 0.3)
    assert dropped.deficit(100, 80, run, 1.0) == pytest.approx(1.0)
    assert dropped.deficit(100, 120, run, 1.2) == pytest.approx(0.0)
    assert dropped.without("Shipping stops if the dispute drags on.", dropped.DroppedRun(15, 38, (), 0.0)) == (
        "Shipping stops ."
    )


def test_distinct_words_keep_first_seen_order() -> None:
    assert dropped.distinct(["a b a", "c b"]) == ["a", "b", "c"]
