"""Run checks on two short texts, without the aligner (see :mod:`mtqa.checks.examples`).

The contexts are the ones a check's declared examples run in: paragraphs paired 1-1 in order,
sentences 1-1 when both sides have as many, no encoder unless one is given. One language identifier is
shared by the whole test session, so lingua's models load once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from mtqa.checks.base import CheckContext, SentenceMode
from mtqa.checks.examples import context_for as _context_for
from mtqa.checks.examples import context_from_documents as _context_from_documents
from mtqa.checks.registry import select_checks
from mtqa.checks.runner import run_checks
from mtqa.config import CheckConfig
from mtqa.embed.base import Encoder
from mtqa.lang.detect import LanguageIdentifier
from mtqa.model import Document, Finding


@cache
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier()


@cache
def default_encoder() -> Encoder:
    """The default encoder (use-m3), loaded once for the tests that need sentence similarity."""
    from mtqa.embed import get_encoder

    return get_encoder("use-m3", cache=False)


def context_for(
    source_text: str, target_text: str, source_lang: str = "en", target_lang: str = "fr", **options: Any
) -> CheckContext:
    return _context_for(source_text, target_text, source_lang, target_lang, identifier=identifier(), **options)


def context_from_documents(source: Document, target: Document, **options: Any) -> CheckContext:
    return _context_from_documents(source, target, identifier=identifier(), **options)


def findings_of(context: CheckContext, checks: Iterable[str] = ()) -> tuple[Finding, ...]:
    """Findings of the named checks or families (all registered checks when empty)."""
    return run_checks(context, select_checks(tuple(checks))).findings


def findings_for(
    source_text: str,
    target_text: str,
    source_lang: str = "en",
    target_lang: str = "fr",
    *,
    checks: Iterable[str] = (),
    config: CheckConfig | None = None,
    sentences: SentenceMode = "auto",
    encoder: Encoder | None = None,
) -> tuple[Finding, ...]:
    """Findings of the named checks or families (all registered checks when empty)."""
    context = context_for(
        source_text, target_text, source_lang, target_lang, config=config, sentences=sentences, encoder=encoder
    )
    return findings_of(context, checks)


def failing_ids(findings: Iterable[Finding]) -> set[str]:
    return {finding.check for finding in findings}


# Characters that stress the punctuation-aware checks: marks, quotes, brackets, odd spaces, digits,
# scripts and combining marks. Hypothesis draws from all of Unicode as well.
STRESS_ALPHABET = " \u00a0\u202f\t\n.,;:!?…«»“”„‘’'\"()[]{}<>/#%$@&-–—0123456789aAéÉßçlIwW中ا\u0301"


def assert_robust(family: str, source_text: str, target_text: str, source_lang: str, target_lang: str) -> None:
    """Run a family on arbitrary text: no exception, and every span lies inside its document."""
    if not (has_text(source_text) and has_text(target_text)):
        return
    context = context_for(source_text, target_text, source_lang, target_lang)
    for finding in findings_of(context, (family,)):
        for span, document in ((finding.target_span, context.target), (finding.source_span, context.source)):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(document.text)
        assert finding.target_span is not None or finding.source_span is not None


def has_text(text: str) -> bool:
    """Something a document can be made of: not only spaces and invisible characters (mtqa refuses those)."""
    from mtqa.io.text import is_blank

    return not all(is_blank(line) for line in text.split("\n"))


def assert_matches_as_before(patterns: Mapping[str, re.Pattern[str]], before: Mapping[str, str], text: str) -> None:
    """Each pattern finds in ``text`` what it found as first written (``before``, by the same names):
    the same spans and groups. For patterns rewritten to be scanned faster."""
    for name, pattern in patterns.items():
        found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in re.finditer(before[name], text)], name


Edit = tuple[str, str]  # (old, new) text of a planted artefact
Expected = tuple[str, str]  # (check, excerpt) of the finding it must raise


def planted(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with each ``(old, new)`` edit made once; an edit that does not apply is a broken test."""
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def found_excerpts(findings: Iterable[Finding], source_text: str, target_text: str) -> set[Expected]:
    """(check, excerpt) of each finding: the target excerpt, or the source one for a source-only finding."""
    excerpts = set()
    for f in findings:
        text, span = (target_text, f.target_span) if f.target_span is not None else (source_text, f.source_span)
        excerpts.add((f.check, text[span.start : span.end] if span is not None else ""))
    return excerpts


def assert_planted_artefacts_found(
    source: str,
    translation: str,
    target_lang: str,
    found: Iterable[tuple[Edit, Expected]],
    missed: Iterable[tuple[Edit, Expected]] = (),
) -> None:
    """Plant every artefact of ``found`` and ``missed`` into an English article's translation at once: each
    of ``found`` must be reported at its excerpt (default encoder), none of ``missed`` (a known miss that
    starts being found belongs in ``found``)."""
    found, missed = list(found), list(missed)
    target = planted(translation, [edit for edit, _ in found + missed])
    findings = findings_for(source, target, "en", target_lang, encoder=default_encoder())
    excerpts = found_excerpts(findings, source, target)
    assert {expected for _, expected in found} <= excerpts
    assert not {expected for _, expected in missed} & excerpts
