"""Running checks on one article: the runner does the iterating, so a check only judges one unit.

For each selected check, preconditions first (:func:`~mtqa.checks.registry.execution_order`):

1. a check whose target languages exclude the article's is not run (and the report says so when the
   user enabled it by name, or enabled only such checks);
2. a check whose requirements the run cannot meet (no encoder, no source language, no reference) is
   skipped, and the report says so;
3. a check whose declared ``target_needs`` the translation lacks (none of its characters), or whose
   ``article_needs`` both sides lack, is not called;
4. the check is called once per unit of its scope; if it raises, the run stops with
   :class:`~mtqa.errors.CheckCrashed` naming the check and the article, or, with ``keep_going``, the
   report records the crash and the other checks go on;
5. findings of a check that ``defers_to`` another are dropped where that check reported the same
   place. A precondition the user did not select still runs, silently, so that selecting checks never
   changes what the others report.

Memoised helpers use the context's :class:`~mtqa.runcache.RunMemo`, which a Checker shares between
its articles and which goes with it. The run of a whole article is kept there too: an article whose
texts, alignment and config equal one checked before in the run (two systems that translated a source
alike) gets that run's result without its checks being called again.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import islice
from typing import Any

from mtqa.checks.base import (
    Check,
    CheckContext,
    CheckInfo,
    Requirement,
    Scope,
    paragraph_pairs_of,
    sentence_pairs_of,
)
from mtqa.checks.prescan import source_characters, target_characters
from mtqa.checks.registry import Registry, execution_order, registry, select_checks
from mtqa.errors import CheckCrashed
from mtqa.lang import Language
from mtqa.model import Alignment, CheckError, Document, Finding, Span
from mtqa.runcache import memo_scope

_REQUIREMENT_REASONS: dict[Requirement, str] = {
    "encoder": "needs an encoder",
    "source_language": "needs the source language",
    "reference": "needs a reference translation",
    "same_script": "needs the source and the translation written in the same script",
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
    selected = tuple(select_checks(context.config.enable, context.config.disable) if checks is None else checks)
    key = _article_key(context, selected, keep_going)
    kept = context.memo.lookup(key)
    if kept is not None:
        return kept[0]  # type: ignore[no-any-return]
    run = _run(context, selected, keep_going)
    # The encoder and identifier are in the key by identity: keeping them with the result keeps their ids
    # from being reused by other objects while the result is in the memo.
    weight = len(context.source.text) + len(context.target.text) + _KEPT_RUN_WEIGHT
    context.memo.keep_weighed(key, (run, context.encoder, context.identifier), weight)
    return run


def _run(context: CheckContext, selected: tuple[type[Check], ...], keep_going: bool) -> CheckRun:
    found: dict[str, list[Finding]] = {}
    reported: set[Finding] = set()  # the selected checks' findings, added in the order the checks ran
    problems = _not_for_language(selected, context.config.enable, context.target_language)
    with memo_scope(context.memo):
        for step in _plan(registry(), selected, context.target_language, frozenset(_unmet(context).items())):
            info = step.info
            if step.not_run is not None:
                if step.wanted:
                    problems.append(step.not_run)
                continue
            checked = context.unmasked() if info.sees_protected else context
            if step.needs and checked.analysis(target_characters).isdisjoint(step.needs):
                continue  # the check declares that it finds nothing without one of these characters
            if step.either_needs and _lacks(checked, step.either_needs):
                continue
            try:
                findings, cut = _findings(step.check(), checked)
            except Exception as error:  # any bug of a check, including a third-party one
                if not keep_going:
                    raise CheckCrashed(info.id, context.target.path, error) from error
                problems.append(CheckError(info.id, f"crashed: {type(error).__name__}: {error}"))
                continue
            if not findings:
                continue  # most checks on most articles: nothing to cap, defer or report
            if cut and step.wanted:
                problems.append(CheckError(info.id, _cut_message(cut, info.scope), crashed=False))
            if info.defers_to:
                findings = _after_preconditions(findings, [found.get(other, []) for other in info.defers_to])
            found[info.id] = findings
            if step.wanted:
                reported.update(findings)
    return CheckRun(tuple(sorted(reported, key=Finding.sort_key)), tuple(problems))


# What a kept run costs in the memo beyond its texts (its findings, key and entry), in characters.
_KEPT_RUN_WEIGHT = 512


def _article_key(context: CheckContext, selected: tuple[type[Check], ...], keep_going: bool) -> Hashable:
    """What a run's findings depend on, so that an article checked again in the same run (another system
    that translated a source the same way: a third of the segments of the MQM benches) is not checked
    twice. Checks are pure functions of their context, so equal texts, alignment and config give equal
    findings. The documents are compared by content, not by file name (which no check reads); the
    encoder and language identifier, which have no content to compare, by identity.

    The key is one flat tuple of strings and numbers (with the count of each run of items, so that it
    reads one way only), not the documents' objects: the garbage collector stops tracking such a tuple,
    where keeping an article's paragraphs, sentences and spans alive in the memo, and a tuple for each,
    made collections more frequent and longer (a fifth of the run's time on TED zh-en)."""
    parts: list[Hashable] = [
        _article_key,
        registry(),
        selected,
        keep_going,
        id(context.encoder),
        id(context.identifier),
    ]
    for document in (
        context.source,
        context.target,
        context.reference,
        context.original_source,
        context.original_target,
    ):
        _add_contents(parts, document)
    _add_alignment(parts, context.alignment)
    config = context.config
    parts.extend(
        tuple(value.items()) if isinstance(value, Mapping) else value
        for value in (getattr(config, field.name) for field in fields(config))
    )
    return tuple(parts)


def _add_contents(parts: list[Hashable], document: Document | None) -> None:
    """The parts of a document the checks read: everything but its path and file digest."""
    if document is None:
        parts.append(None)
        return
    parts += (document.text, document.lang, document.units, document.source_map, len(document.paragraphs))
    for paragraph in document.paragraphs:
        span = paragraph.span
        parts += (paragraph.index, span.start, span.end, paragraph.text, len(paragraph.sentences))
        for sentence in paragraph.sentences:
            parts += (sentence.index, sentence.paragraph, sentence.span.start, sentence.span.end, sentence.text)


def _add_alignment(parts: list[Hashable], alignment: Alignment) -> None:
    parts += (alignment.aligner, alignment.encoder, len(alignment.beads))
    for bead in alignment.beads:
        parts += (bead.source, bead.target, bead.similarity, bead.quality, len(bead.sentences))
        for sentence in bead.sentences:
            parts += (sentence.source, sentence.target, sentence.similarity, sentence.quality)


def _not_for_language(selected: Sequence[type[Check]], enable: Sequence[str], language: Language) -> list[CheckError]:
    """Checks the user enabled that do not apply to the translation's language, said as not run: one
    named by id (``--enable typography.french_spacing`` for German), or every one selected when none of
    them applies. Else the run would check nothing and pass its gate without a word. The checks of an
    enabled family that are for other languages are left out silently, as when nothing is enabled."""
    if not enable:
        return []
    other = [check for check in selected if not check.info.applies_to(language)]
    if len(other) < len(selected):
        other = [check for check in other if check.info.id in enable]
    return [
        CheckError(
            check.info.id,
            f"not run: applies to translations in {', '.join(check.info.languages)} only, not {language.code}",
            crashed=False,
        )
        for check in other
    ]


@dataclass(frozen=True)
class _Step:
    check: type[Check]
    info: CheckInfo
    wanted: bool  # selected, rather than run only as a precondition of a selected check
    # Why the run cannot meet its requirements, or None; made once per plan, not once per article.
    not_run: CheckError | None
    needs: frozenset[str]  # the check's target_needs: a set, so that the runner's test is one C call
    either_needs: frozenset[str]  # its article_needs


@lru_cache(maxsize=64)
def _plan(
    current: Registry,
    selected: tuple[type[Check], ...],
    language: Language,
    unmet: frozenset[tuple[Requirement, str]],
) -> tuple[_Step, ...]:
    """The checks to visit for one article, in execution order, with the preconditions settled: a run asks
    for the same selection, language and requirements once per article, so this is worked out once
    (keyed by the registry too, like its execution order)."""
    del current
    wanted = {check.info.id for check in selected}
    missing = dict(unmet)
    return tuple(
        _Step(
            check,
            check.info,
            check.info.id in wanted,
            _not_run(check.info, next((missing[r] for r in check.info.requires if r in missing), None)),
            frozenset(check.info.target_needs),
            frozenset(check.info.article_needs),
        )
        for check in execution_order(selected)
        if check.info.applies_to(language)
    )


def _not_run(info: CheckInfo, lacking: str | None) -> CheckError | None:
    return None if lacking is None else CheckError(info.id, f"not run: {lacking}", crashed=False)


def _unmet(context: CheckContext) -> dict[Requirement, str]:
    """The requirements this run cannot meet, with the reason a skipped check gives."""
    available = {
        "encoder": context.encoder is not None,
        "source_language": context.source_language.known,
        "reference": context.reference is not None,
        "same_script": _same_script(context),
    }
    return {r: reason for r, reason in _REQUIREMENT_REASONS.items() if not available[r]}


def _same_script(context: CheckContext) -> bool:
    """Whether both sides are mostly written in one script (or either has no letters to tell)."""
    from mtqa.lang.script import dominant_script

    source, target = dominant_script(context.source.text), dominant_script(context.target.text)
    return source is None or target is None or source == target


# At most this many findings of one check in one paragraph or sentence. Text never needs more (the most
# on the benches' 37 articles is far below); a paragraph of 200,000 "[" had one finding each, whose
# reports took 1.6 GB. The units cut short are said in the report (a check error that is no crash).
MAX_FINDINGS_PER_UNIT = 100


def _findings(check: Check, context: CheckContext) -> tuple[list[Finding], int]:
    """The check's findings on every unit of its scope, at most :data:`MAX_FINDINGS_PER_UNIT` per
    paragraph or sentence, and the number of units cut short."""
    scope = check.info.scope
    if scope is Scope.DOCUMENT:
        return _capped_per_paragraph(list(check.check_document(context)), context)
    judge: Callable[[CheckContext, Any], Iterable[Finding]]  # a paragraph or sentence pair, as units holds
    units: tuple[Any, ...]
    if scope is Scope.PARAGRAPH:
        judge, units = check.check_paragraph, context.analysis(paragraph_pairs_of)
    else:
        judge, units = check.check_sentence, context.analysis(sentence_pairs_of)
    # At most one finding more than the cap is asked of each unit (a check's findings are a generator,
    # so it stops there too); the extra one says the unit was cut. Inline: this loop runs for every
    # check and unit of a run, and a helper call per unit cost a few per cent of all checking.
    asked = MAX_FINDINGS_PER_UNIT + 1
    if len(units) == 1:  # a one-paragraph article (a segment, a string of a resource file): no loop
        alone = list(islice(judge(context, units[0]), asked))
        if len(alone) == asked:
            alone.pop()
            return alone, 1
        return alone, 0
    found: list[Finding] = []
    cut = 0
    for unit in units:
        before = len(found)
        found.extend(islice(judge(context, unit), asked))
        if len(found) - before == asked:
            found.pop()
            cut += 1
    return found, cut


def _capped_per_paragraph(findings: list[Finding], context: CheckContext) -> tuple[list[Finding], int]:
    """A document check's findings, at most :data:`MAX_FINDINGS_PER_UNIT` in each paragraph they point
    into (target side first), and the number of paragraphs cut short. Document checks escaped the cap:
    '1/2 ' x 100,000 in one paragraph gave 200,000 numbers findings, whose HTML report never finished."""
    if len(findings) <= MAX_FINDINGS_PER_UNIT:
        return findings, 0
    starts = {
        side: [paragraph.span.start for paragraph in document.paragraphs]
        for side, document in (("target", context.target), ("source", context.source))
    }
    kept: list[Finding] = []
    seen: Counter[tuple[str, int]] = Counter()
    for finding in findings:
        side, span = (
            ("target", finding.target_span) if finding.target_span is not None else ("source", finding.source_span)
        )
        if span is None:
            kept.append(finding)  # about the whole article: one of a kind
            continue
        unit = (side, bisect_right(starts[side], span.start))
        seen[unit] += 1
        if seen[unit] <= MAX_FINDINGS_PER_UNIT:
            kept.append(finding)
    return kept, sum(1 for count in seen.values() if count > MAX_FINDINGS_PER_UNIT)


def _lacks(context: CheckContext, needs: frozenset[str]) -> bool:
    """True when neither side of the article holds any of ``needs``."""
    return context.analysis(target_characters).isdisjoint(needs) and context.analysis(source_characters).isdisjoint(
        needs
    )


def _cut_message(cut: int, scope: Scope) -> str:
    unit = "sentence" if scope is Scope.SENTENCE else "paragraph"
    units = f"{cut:,} {unit}s" if cut > 1 else f"one {unit}"
    most = MAX_FINDINGS_PER_UNIT
    return f"found more than {most} problems in {units}: only the first {most} of each are reported"


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
