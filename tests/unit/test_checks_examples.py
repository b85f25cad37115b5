"""Contexts built from two short texts, and the verification of declared examples."""

from __future__ import annotations

from dataclasses import replace

from mtqa.checks.base import fails
from mtqa.checks.examples import context_for, verify_examples
from mtqa.checks.registry import registry
from tests.fakes import BagOfWords


def test_paragraphs_pair_in_order_and_sentences_one_to_one_when_they_can() -> None:
    context = context_for("One. Two.\n\nThree.", "Un. Deux.\n\nTrois.\n\nQuatre.")
    assert [(b.source, b.target) for b in context.alignment.beads] == [((0,), (0,)), ((1,), (1,)), ((), (2,))]
    assert [(s.source, s.target) for s in context.alignment.beads[0].sentences] == [((0,), (0,)), ((1,), (1,))]
    merged = context_for("One. Two.", "Un, deux et trois. Quatre. Cinq.")
    assert [(s.source, s.target) for s in merged.alignment.beads[0].sentences] == [((0, 1), (0, 1, 2))]


def test_with_an_encoder_every_bead_is_scored() -> None:
    context = context_for("Alpine glacier.", "Alpine glacier.", "en", "en", encoder=BagOfWords())
    bead = context.alignment.beads[0]
    assert bead.similarity == 1.0 and bead.sentences[0].similarity == 1.0


def test_a_wrong_example_is_reported() -> None:
    stray = registry().checks["punctuation.stray"]
    broken = type("Broken", (stray,), {"info": replace(stray.info, failing=(fails("OK.", "Bien.", finds="."),))})
    [failure] = verify_examples([broken])
    assert failure.problem == "expected a finding of '.', got []"
    assert verify_examples([stray]) == []
