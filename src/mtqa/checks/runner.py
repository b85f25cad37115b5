"""Running checks on one article: the runner does the iterating, so a check only judges one unit.

For each selected check, preconditions first (:func:`~mtqa.checks.registry.execution_order`):

1. a check whose target languages exclude the article's is not run;
2. a check whose requirements the run cannot meet (no encoder, no source language, no reference) is
   skipped, and the report says so;
3. the check is called once per unit of its scope; if it raises, the run stops with
   :class:`~mtqa.errors.CheckCrashed` naming the check and the article, or, with ``keep_going``, the
   report records the crash and the other checks go on;
4. findings of a check that ``defers_to`` another are dropped where that check reported the same
   place. A precondition the user did not select still runs, silently, so that selecting checks never
   changes what the others report.

Memoised helpers use the context's :class:`~mtqa.runcache.RunMemo`, which a Checker shares between
its articles and which goes with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from mtqa.checks.base import Check, CheckContext, Requirement, Scope
from mtqa.checks.registry import execution_order, select_checks
from mtqa.errors import CheckCrashed
from mtqa.model import CheckError, Finding, Span
from mtqa.runcache import memo_scope

_REQUIREMENT_REASONS: dict[Requirement, str] = {
    "encoder": "needs an encoder",
    "source_language": "needs the source language",
    "reference": "needs a reference translation",
}


@dataclass(frozen=True)
class CheckRun:
    findings: tuple[Finding, ...]  # sorted, without duplicates
    problems: tuple[CheckError, ...] = ()  # checks that crashed (keep_going) or could not run


def run_checks(
    context: CheckContext,
    checks: Sequence[type[Check]] | None = None,
    *,
    keep_going: bool = False,
) -> CheckRun:
    """Run ``checks`` (default: those the context's config selects) on one article."""
    selected = select_checks(context.config.enable, context.config.disable) if checks is None else list(checks)
    wanted = {check.info.id for check in selected}
    language = context.target_language
    missing = _unmet(context)
    found: dict[str, list[Finding]] = {}
    problems: list[CheckError] = []
    with memo_scope(context.memo):
        for check in execution_order(selected):
            info = check.info
            if not info.applies_to(language):
                continue
            lacking = next((missing[r] for r in info.requires if r in missing), None)
            if lacking is not None:
                if info.id in wanted:
                    problems.append(CheckError(info.id, f"not run: {lacking}", crashed=False))
                continue
            try:
                findings = list(_findings(check(), context.unmasked() if info.sees_protected else context))
            except Exception as error:  # any bug of a check, including a third-party one
                if not keep_going:
                    raise CheckCrashed(info.id, context.target.path, error) from error
                problems.append(CheckError(info.id, f"crashed: {type(error).__name__}: {error}"))
                continue
            if info.defers_to:
                findings = _after_preconditions(findings, [found.get(other, []) for other in info.defers_to])
            found[info.id] = findings
    reported = {finding for check_id, findings in found.items() if check_id in wanted for finding in findings}
    return CheckRun(tuple(sorted(reported, key=Finding.sort_key)), tuple(problems))


def _unmet(context: CheckContext) -> dict[Requirement, str]:
    """The requirements this run cannot meet, with the reason a skipped check gives."""
    available = {
        "encoder": context.encoder is not None,
        "source_language": context.source_language.known,
        "reference": context.reference is not None,
    }
    return {r: reason for r, reason in _REQUIREMENT_REASONS.items() if not available[r]}


def _findings(check: Check, context: CheckContext) -> Iterator[Finding]:
    scope = check.info.scope
    if scope is Scope.DOCUMENT:
        yield from check.check_document(context)
    elif scope is Scope.PARAGRAPH:
        for paragraph_pair in context.paragraph_pairs():
            yield from check.check_paragraph(context, paragraph_pair)
    else:
        for sentence_pair in context.sentence_pairs():
            yield from check.check_sentence(context, sentence_pair)


def _after_preconditions(findings: list[Finding], reported: Iterable[list[Finding]]) -> list[Finding]:
    """``findings`` without those at a place a precondition check reported (same side, overlapping)."""
    earlier = [finding for group in reported for finding in group]
    if not earlier:
        return findings
    return [finding for finding in findings if not any(_same_place(finding, other) for other in earlier)]


def _same_place(finding: Finding, other: Finding) -> bool:
    return _overlap(finding.target_span, other.target_span) or _overlap(finding.source_span, other.source_span)


def _overlap(first: Span | None, second: Span | None) -> bool:
    return first is not None and second is not None and first.overlaps(second)
