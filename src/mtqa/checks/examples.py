"""Articles made from two short texts, to run a check on its declared examples (and in tests).

Paragraphs are paired 1-1 in order (a surplus on either side gets a 1-0 or 0-1 bead). Inside a
paragraph bead, sentences are paired 1-1 when both sides have the same number of sentences; otherwise
the whole paragraph is one sentence bead (``sentences="paragraph"`` forces that, and
``sentences="one-to-one"`` pairs greedily 1-1 with the surplus in 1-0/0-1 beads). With an encoder,
every bead gets the similarity the aligner would give it.

:func:`verify_examples` runs a check on each of its examples and says which ones it gets wrong: the
meta-test runs it on every registered check, built-in or third-party, and ``mtqa checks --verify``
lets a plugin author do the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import zip_longest
from typing import TYPE_CHECKING

from mtqa.align.document import score_alignment
from mtqa.checks.base import Check, CheckContext, Example, SentenceMode
from mtqa.config import CheckConfig
from mtqa.io.text import document_from_text
from mtqa.model import Alignment, Bead, Document, Paragraph, ParagraphBead
from mtqa.segment import segment_document

if TYPE_CHECKING:
    from mtqa.embed.base import Encoder
    from mtqa.lang.detect import LanguageIdentifier


def context_for(
    source_text: str,
    target_text: str,
    source_lang: str = "en",
    target_lang: str = "fr",
    *,
    config: CheckConfig | None = None,
    sentences: SentenceMode = "auto",
    encoder: Encoder | None = None,
    identifier: LanguageIdentifier | None = None,
) -> CheckContext:
    """A context for ``source_text`` and ``target_text`` (plain text, paragraphs split on blank lines)."""
    source = segment_document(document_from_text(source_text, "source.txt", source_lang), source_lang)
    target = segment_document(document_from_text(target_text, "target.txt", target_lang), target_lang)
    return context_from_documents(
        source, target, config=config, sentences=sentences, encoder=encoder, identifier=identifier
    )


def context_from_documents(
    source: Document,
    target: Document,
    *,
    config: CheckConfig | None = None,
    sentences: SentenceMode = "auto",
    encoder: Encoder | None = None,
    identifier: LanguageIdentifier | None = None,
) -> CheckContext:
    """A context for two segmented documents, aligned 1-1 by paragraph (see the module docstring)."""
    beads = tuple(
        _paragraph_bead(source_paragraph, target_paragraph, sentences)
        for source_paragraph, target_paragraph in zip_longest(source.paragraphs, target.paragraphs)
    )
    alignment = (
        score_alignment(source, target, beads, encoder) if encoder is not None else Alignment(beads, aligner="given")
    )
    context = CheckContext(source, target, alignment, config or CheckConfig(), encoder)
    return replace(context, identifier=identifier) if identifier is not None else context


def _paragraph_bead(source: Paragraph | None, target: Paragraph | None, mode: SentenceMode) -> ParagraphBead:
    source_ids = tuple(s.index for s in source.sentences) if source else ()
    target_ids = tuple(s.index for s in target.sentences) if target else ()
    return ParagraphBead(
        source=(source.index,) if source else (),
        target=(target.index,) if target else (),
        similarity=None,
        sentences=_sentence_beads(source_ids, target_ids, mode),
    )


def _sentence_beads(source: tuple[int, ...], target: tuple[int, ...], mode: SentenceMode) -> tuple[Bead, ...]:
    if not source and not target:
        return ()
    if mode == "one-to-one" or (mode == "auto" and len(source) == len(target)):
        return tuple(
            Bead((s,) if s is not None else (), (t,) if t is not None else (), None)
            for s, t in zip_longest(source, target)
        )
    return (Bead(source, target, None),)


@dataclass(frozen=True)
class ExampleFailure:
    check: str
    example: Example
    problem: str


def run_example(
    check: type[Check],
    example: Example,
    *,
    encoder: Encoder | None = None,
    identifier: LanguageIdentifier | None = None,
) -> ExampleFailure | None:
    """Run ``check`` on one example; None when it behaves as declared."""
    from mtqa.checks.runner import run_checks

    config = replace(CheckConfig(), **dict(example.config))
    context = context_for(
        example.source,
        example.target,
        example.source_lang,
        example.target_lang,
        config=config,
        sentences=example.sentences,
        encoder=encoder,
        identifier=identifier,
    )
    run = run_checks(context, [check])
    if run.problems:
        return ExampleFailure(check.info.id, example, "; ".join(p.message for p in run.problems))
    excerpts = [finding.excerpt for finding in run.findings]
    if example.finds is None and excerpts:
        return ExampleFailure(check.info.id, example, f"expected no finding, got {excerpts}")
    if example.finds is not None and example.finds not in excerpts:
        return ExampleFailure(check.info.id, example, f"expected a finding of {example.finds!r}, got {excerpts}")
    return None


def verify_examples(
    checks: Iterable[type[Check]],
    *,
    encoder: Encoder | None = None,
    identifier: LanguageIdentifier | None = None,
) -> list[ExampleFailure]:
    """Every declared example of ``checks`` that the check gets wrong (empty: all behave as declared)."""
    failures = []
    for check in checks:
        for example in (*check.info.failing, *check.info.passing):
            failure = run_example(check, example, encoder=encoder, identifier=identifier)
            if failure is not None:
                failures.append(failure)
    return failures
