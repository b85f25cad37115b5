"""Precision and recall of mtqa's check families against human MQM error spans.

Datasets (under ``--external``, default ``../shared/external`` relative to the repository root):

- ``bio-mqm-enfr``: WMT21 biomedical MQM, English->French and French->English (10 and 13 JSON files of
  423 / 405 segments); target spans in ``target_errors``, omissions in ``source_errors``.
- ``wmt23-mqm-ende``: WMT23 general MT English->German, paragraph-level segments, 12 systems plus the
  human reference; spans in ``human-scores/en-de.mqm.merged.seg.rating``.
- ``wmt-mqm-google``: WMT21 TED talks English->German, 13 systems plus the human reference.

The loaders and the contexts are in ``mqm_data.py`` (shared with ``recall_vs_pofilter.py``).

Every (source, MT output) segment becomes a one-paragraph article with one paragraph bead; sentences are
paired 1-1 when both sides split into the same number of sentences, otherwise the whole segment is one
sentence bead. No encoder (bead similarities are None). All registered checks run.

A finding is a true positive when its span overlaps an MQM span of a category matching its family
(``FAMILY_MATCHES`` below) in the same segment: target spans against target-side MQM spans, source spans
(omissions, lost markup) against source-side ones. Precision = true positives / findings; recall = share
of the matching MQM spans overlapped by at least one finding of the family. "precision (annotated)"
only counts findings in segments where the annotator marked at least one target error: in unannotated
segments a finding may be a true error the annotator skipped, or a segment the annotator never read.

The benchmark prints figures and never asserts on them; run it with::

    .venv/bin/python bench/checks_mqm.py [--external DIR] [--dataset NAME ...] [--by-check]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mqm_data import DATASETS, DEFAULT_EXTERNAL, Error, Segment, build_context, external_folder

from mtqa.checks.base import Check
from mtqa.checks.registry import select_checks
from mtqa.checks.runner import run_checks
from mtqa.config import CheckConfig
from mtqa.model import Finding, Span

# --- Matching ---------------------------------------------------------------------------------------

Matcher = Callable[[Error], bool]


def _categories(*prefixes: str) -> Matcher:
    return lambda error: error.category.startswith(prefixes)


_PUNCTUATION = ("linguistic_conventions/punctuation", "fluency/punctuation")
_GRAMMAR = ("linguistic_conventions/grammar", "fluency/grammar")
_AWKWARD = ("style/non_fluent", "style/unnatural or awkward", "style/bad sentence structure")
_LOCALE = ("locale_conventions/", "locale convention/")
_MISTRANSLATION = ("accuracy/mistranslation",)

FAMILY_MATCHES: dict[str, tuple[str, Matcher]] = {
    "punctuation": ("Punctuation", _categories(*_PUNCTUATION)),
    "sentence_boundary": ("Punctuation, Grammar, Non-fluent/awkward", _categories(*_PUNCTUATION, *_GRAMMAR, *_AWKWARD)),
    "typography": ("Punctuation, Locale conventions", _categories(*_PUNCTUATION, *_LOCALE)),
    "repetition": (
        "Grammar, Non-fluent/awkward, Addition",
        _categories(*_GRAMMAR, *_AWKWARD, "accuracy/addition"),
    ),
    "markup": ("Markup/Tags, Fluency/Display", _categories("markup", "fluency/display")),
    "untranslated": (
        "Untranslated, Source language fragment, Non-translation",
        _categories("accuracy/untranslated", "accuracy/source language fragment", "non-translation"),
    ),
    "omission": ("Omission (source-side spans)", _categories("accuracy/omission")),
    "numbers": (
        "Mistranslation with a digit, Number/currency format",
        lambda e: (
            (e.category.startswith(_MISTRANSLATION) and any(c.isdigit() for c in e.text))
            or e.category.startswith(("locale_conventions/number_format", "locale convention/currency format"))
        ),
    ),
    "names": (
        "Mistranslation/Terminology/Spelling with a capital",
        lambda e: (
            e.category.startswith((*_MISTRANSLATION, "terminology/", "linguistic_conventions/spelling"))
            and any(c.isupper() for c in e.text)
        ),
    ),
    # polarity.negation also matches Omission and Addition (CHECK_MATCHES), and so does the family's row.
    "polarity": ("Mistranslation (negation: + Omission, Addition)", _categories(*_MISTRANSLATION)),
    "terminology": ("Terminology", _categories("terminology/")),
    "spelling": ("Spelling", _categories("linguistic_conventions/spelling", "fluency/spelling")),
}
# Checks matched against other categories than their family's. A negation lost or added is a
# mistranslation, an omission (the source's "not", a source-side span) or an addition; its target span
# is the whole sentence when the translation lost the negation.
CHECK_MATCHES: dict[str, tuple[str, Matcher]] = {
    "polarity.negation": (
        "Mistranslation, Omission, Addition",
        _categories(*_MISTRANSLATION, "accuracy/omission", "accuracy/addition"),
    ),
}


def _matcher(family: str, check: str | None = None) -> Matcher:
    if check in CHECK_MATCHES:
        return CHECK_MATCHES[check][1]
    return FAMILY_MATCHES.get(family, ("any", lambda e: True))[1]


def _overlaps(a: Span, b: Span) -> bool:
    # Zero-width spans (a missing comma) are widened to one character so that they can be matched.
    a_end, b_end = max(a.end, a.start + 1), max(b.end, b.start + 1)
    return a.start < b_end and b.start < a_end


@dataclass
class Tally:
    findings: int = 0
    true_positives: int = 0
    annotated_findings: int = 0
    annotated_true_positives: int = 0
    any_category_hits: int = 0
    gold: int = 0
    gold_found: int = 0

    def precision(self) -> float | None:
        return self.true_positives / self.findings if self.findings else None

    def annotated_precision(self) -> float | None:
        return self.annotated_true_positives / self.annotated_findings if self.annotated_findings else None

    def recall(self) -> float | None:
        return self.gold_found / self.gold if self.gold else None


@dataclass
class Result:
    families: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    checks: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    segments: int = 0
    skipped: int = 0
    build_seconds: float = 0.0
    check_seconds: float = 0.0
    family_seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))


def _score(result: Result, segment: Segment, findings: Sequence[Finding], checks_of: dict[str, list[str]]) -> None:
    annotated = bool(segment.target_errors)
    for family in checks_of:
        matchers = {check: _matcher(family, check) for check in checks_of[family]}
        family_matcher = _matcher(family)

        def in_family(error: Error, own_matchers: Sequence[Matcher] = (family_matcher, *matchers.values())) -> bool:
            return any(matcher(error) for matcher in own_matchers)

        own = [f for f in findings if f.check.split(".", 1)[0] == family]
        groups = [(result.families[family], own, in_family)]
        groups += [(result.checks[c], [f for f in own if f.check == c], matchers[c]) for c in checks_of[family]]
        for bucket, found, matcher in groups:
            gold_target = [e for e in segment.target_errors if matcher(e)]
            gold_source = [e for e in segment.source_errors if matcher(e)]
            bucket.gold += len(gold_target) + len(gold_source)
            bucket.gold_found += sum(any(_hits(f, e, False) for f in found) for e in gold_target)
            bucket.gold_found += sum(any(_hits(f, e, True) for f in found) for e in gold_source)
        tally = result.families[family]
        for finding in own:
            matcher = matchers.get(finding.check, family_matcher)
            hit = any(_hits(finding, e, False) for e in segment.target_errors if matcher(e)) or any(
                _hits(finding, e, True) for e in segment.source_errors if matcher(e)
            )
            anywhere = any(_hits(finding, e, False) for e in segment.target_errors) or any(
                _hits(finding, e, True) for e in segment.source_errors
            )
            for bucket in (tally, result.checks[finding.check]):
                bucket.findings += 1
                bucket.true_positives += hit
                bucket.any_category_hits += anywhere
                bucket.annotated_findings += annotated
                bucket.annotated_true_positives += hit and annotated
            if not hit and len(result.examples[finding.check]) < 400:
                result.examples[finding.check].append(f"{finding.excerpt!r} in {_context(segment, finding)!r}")


def _hits(finding: Finding, error: Error, source_side: bool) -> bool:
    span = finding.source_span if source_side else finding.target_span
    return span is not None and _overlaps(span, error.span)


def _context(segment: Segment, finding: Finding) -> str:
    text, span = (segment.target, finding.target_span) if finding.target_span else (segment.source, finding.source_span)
    if span is None:
        return ""
    return text[max(0, span.start - 40) : span.end + 40]


def evaluate(
    corpora: Iterable[tuple[str, list[Segment]]], checks: Sequence[type[Check]], config: CheckConfig
) -> Result:
    result = Result()
    checks_of: dict[str, list[str]] = defaultdict(list)
    for check in checks:
        checks_of[check.info.family].append(check.info.id)
    by_family = {f: [c for c in checks if c.info.family == f] for f in checks_of}
    for _, segments in corpora:
        for segment in segments:
            started = time.perf_counter()
            context = build_context(segment, config)
            result.build_seconds += time.perf_counter() - started
            if context is None:
                result.skipped += 1
                continue
            findings: list[Finding] = []
            for family, family_checks in by_family.items():
                started = time.perf_counter()
                findings += run_checks(context, family_checks).findings
                elapsed = time.perf_counter() - started
                result.family_seconds[family] += elapsed
                result.check_seconds += elapsed
            result.segments += 1
            _score(result, segment, findings, checks_of)
    return result


# --- Output -----------------------------------------------------------------------------------------


def _percent(value: float | None) -> str:
    return "   -" if value is None else f"{value:5.2f}"


def print_table(name: str, rows: dict[str, Tally], label: str, describe: Callable[[str], str]) -> None:
    print(f"\n{name}")
    header = f"{label:<38} {'find':>6} {'TP':>5} {'prec':>5} {'prec@ann':>8} {'any':>5} {'gold':>6} {'recall':>6}"
    print(header + "  matching MQM categories")
    print("-" * (len(header) + 26))
    for key in sorted(rows):
        tally = rows[key]
        any_precision = tally.any_category_hits / tally.findings if tally.findings else None
        print(
            f"{key:<38} {tally.findings:>6} {tally.true_positives:>5} {_percent(tally.precision()):>5} "
            f"{_percent(tally.annotated_precision()):>8} {_percent(any_precision):>5} {tally.gold:>6} "
            f"{_percent(tally.recall()):>6}  {describe(key)}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL, help="relative to the repository root")
    parser.add_argument("--dataset", action="append", choices=sorted(DATASETS), help="default: all")
    parser.add_argument("--by-check", action="store_true", help="also print one row per check")
    parser.add_argument("--examples", type=int, default=0, metavar="N", help="print N false positives per check")
    parser.add_argument(
        "--nbsp-required",
        action="store_true",
        help="report plain spaces where French wants a no-break space (off: annotators cannot see them)",
    )
    args = parser.parse_args(argv)
    external = external_folder(args.external)
    if not external.is_dir():
        print(f"{external}: no such directory (pass --external)", file=sys.stderr)
        return 2
    config = CheckConfig(french_plain_space=not args.nbsp_required)
    checks = select_checks()
    print(f"checks: {len(checks)} registered ({', '.join(sorted({c.info.family for c in checks}))})")
    print(f"config: french_plain_space={config.french_plain_space}; encoder: none")
    for name in args.dataset or sorted(DATASETS):
        corpora = list(DATASETS[name](external))  # read everything first: reading is not timed
        result = evaluate(corpora, checks, config)
        print(
            f"\n== {name}: {len(corpora)} files, {result.segments} segments ({result.skipped} empty skipped); "
            f"segmentation + contexts {result.build_seconds:.2f} s, checks {result.check_seconds:.2f} s, "
            f"total {result.build_seconds + result.check_seconds:.2f} s"
        )
        print("time per family: " + ", ".join(f"{f} {s:.2f} s" for f, s in sorted(result.family_seconds.items())))
        print_table("per family", result.families, "family", lambda f: FAMILY_MATCHES.get(f, ("any",))[0])
        if args.by_check:
            print_table("per check", result.checks, "check", lambda c: CHECK_MATCHES.get(c, ("",))[0])
        for check, examples in sorted(result.examples.items()):
            for example in examples[: args.examples]:
                print(f"  FP {check}: {example}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
