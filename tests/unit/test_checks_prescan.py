"""The per-article pre-scan of a document's characters that lets checks return at once."""

from __future__ import annotations

from mtqa.checks.prescan import characters, source_characters, target_characters, target_digits, target_lacks
from mtqa.model import Document, Paragraph, Span
from tests.checks_helpers import context_for


def _document(text: str, paragraphs: tuple[str, ...]) -> Document:
    return Document(
        path="t.txt",
        text=text,
        lang="fr",
        paragraphs=tuple(Paragraph(i, Span(0, len(p)), p) for i, p in enumerate(paragraphs)),
        sha256="",
    )


def test_the_characters_are_those_of_the_text_and_of_its_paragraphs() -> None:
    found = characters(_document("ab", ("ab", "c;")))
    assert found == frozenset("abc;")


def test_a_character_reference_counts_as_the_character_it_stands_for() -> None:
    found = characters(_document("50&#37; de plus", ("50&#37; de plus",)))
    assert "%" in found and "&" in found and "\u2060" in found
    assert "%" not in characters(_document("50&#xZZ; de plus", ("50&#xZZ; de plus",)))


def test_a_check_context_tells_which_side_lacks_a_mark() -> None:
    context = context_for("He paid 12% (in cash).", "Il a payé 12 %.")
    assert not target_lacks(context, "%") and target_lacks(context, "()[]")
    assert context.analysis(target_digits) == frozenset("12")


def test_the_digits_of_every_script_are_digits() -> None:
    context = context_for("He paid 300.", "دفع ٣٠٠ و 25.", target_lang="ar")
    assert context.analysis(target_digits) == frozenset("٣٠25")


def test_each_side_has_its_own_characters() -> None:
    context = context_for("Tom &amp; Jerry {name}", "Tom et Jerry")
    assert {"&", "{"} <= context.analysis(source_characters)
    assert context.analysis(target_characters).isdisjoint("&{")
