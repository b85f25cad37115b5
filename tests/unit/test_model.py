"""Properties of the model's values that the rest of mtqa relies on."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from mtqa.model import Span


def test_a_span_is_a_frozen_ordered_value() -> None:
    span = Span(3, 5)
    assert span == Span(start=3, end=5) and hash(span) == hash(Span(3, 5))
    assert sorted([Span(2, 9), Span(1, 4), Span(1, 2)]) == [Span(1, 2), Span(1, 4), Span(2, 9)]
    assert pickle.loads(pickle.dumps(span)) == span
    assert dataclasses.replace(span, end=9) == Span(3, 9)
    assert dataclasses.astuple(span) == (3, 5) and len(span) == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 4  # type: ignore[misc]


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 3)])
def test_an_invalid_span_is_refused(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="invalid span"):
        Span(start, end)


def test_an_empty_span_is_still_a_span() -> None:
    # The place of a missing comma: "target_span or source_span" must keep it.
    empty = Span(7, 7)
    assert len(empty) == 0
    assert (empty or None) is empty


def test_a_documents_word_count_is_kept_and_a_replaced_document_counts_anew() -> None:
    # Document.word_count is worked out once (a cached property): it must equal the count of its own
    # paragraphs, also for a document made from another one by dataclasses.replace, and survive pickling.
    from mtqa.lang.wordcount import count_words
    from tests.factories import make_document

    document = make_document("One two three.\n\nFour five.", lang="en")
    assert document.word_count == 5 == sum(count_words(p.text) for p in document.paragraphs)
    shorter = dataclasses.replace(document, paragraphs=document.paragraphs[:1])
    assert shorter.word_count == 3
    assert document.word_count == 5
    assert pickle.loads(pickle.dumps(document)).word_count == 5
    chinese = make_document("拉加德在法兰克福对记者表示。", lang="zh")
    assert chinese.word_count == sum(count_words(p.text) for p in chinese.paragraphs) == 13
