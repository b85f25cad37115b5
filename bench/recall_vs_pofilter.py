"""mtqa's rule checks against translate-toolkit's pofilter on real MT output with human MQM error spans.

Both tools see the same (source, translation) segments in the same run: mtqa through one-paragraph
contexts (``mqm_data.build_context``: no encoder, sentences paired 1-1 when both sides split alike),
pofilter through one PO file per dataset (one unit per segment, ``msgctxt`` = the segment's number, so
its failures map back to segments). Datasets: ``bio-en-fr``, ``bio-fr-en``, ``wmt23-en-de``,
``ted-en-de``, ``ted-zh-en`` (see ``mqm_data.py`` and each ``SOURCE.md`` under ``../shared/external``).

pofilter runs in its own environment (translate-toolkit conflicts with nothing of mtqa's, but it is a
bench tool, not a dependency)::

    python -m venv /path/to/venvs/pofilter
    /path/to/venvs/pofilter/bin/pip install translate-toolkit==3.20.4
    python bench/recall_vs_pofilter.py --pofilter /path/to/venvs/pofilter/bin/pofilter

It runs with its default checks and ``--language`` set to the target language.

What is measured, on the MT systems' segments (the human references are kept apart):

- segment precision: the share of flagged segments holding at least one human error span (any category);
- segment recall: the share of segments holding a human error that the tool flags;
- per human category a rule can see (below): ``claim`` segments flagged by a check that claims the
  category (``MTQA_CLAIMS`` / ``POFILTER_CLAIMS``), ``prec`` the share of those holding an error of the
  category (for whitespace and capitalisation: of their parent category, spelling or punctuation),
  ``recall`` the share of segments with an error of the category flagged by a claiming check, ``any``
  the share flagged by any check;
- span precision of mtqa's findings: the share whose span overlaps a human error span (same side);
- false alarms on the human references: findings (pofilter: failed checks) per 1,000 target words, how
  many of mtqa's sit on a span the annotators marked as an error of the reference itself (references
  have errors too: a doubled word, a sentence left in English), and the share of reference segments
  without any human error that are flagged;
- speed: pofilter's wall and CPU time including its start-up, against mtqa's check time (contexts built
  apart); the ratio is mtqa's segments/s over pofilter's, by wall time and by CPU time. On a loaded machine
  the CPU ratio is the steadier one: the two tools run one after the other, so the load each meets differs.
  mtqa runs with the garbage collector's thresholds that ``mtqa check`` sets for its run
  (``mtqa.process.collect_less_often``), each tool as its command runs: with CPython's defaults, the
  collections also traverse the bench's own data (every dataset and context held at once), which the CLI
  never holds, and took about a tenth of mtqa's check CPU on WMT23.

Human categories (MQM labels differ by dataset; ``capitalisation`` and ``whitespace`` are not MQM
categories and are derived from the spans, with the segment's source and human reference):

- punctuation: ``linguistic_conventions/punctuation``, ``fluency/punctuation``;
- spelling: ``linguistic_conventions/spelling``, ``fluency/spelling``;
- whitespace: a spelling or punctuation span whose text, or the character on each side, shows a spacing
  fault (two spaces, a space before ``, . )`` or after ``( '``, no space after ``, ;`` before a letter,
  words run together ``ounceMedium``), or whose characters the reference or source spaces otherwise;
- capitalisation: a spelling span holding a word that the source or the reference writes with other
  capitals only (``canada`` / ``Canada``), or a lower-case sentence start;
- untranslated: ``accuracy/untranslated``, ``accuracy/source language fragment``, ``non-translation``;
- number: a mistranslation span holding a digit, number or currency format;
- named entity: a mistranslation, terminology or spelling span holding a capitalised word that is not the
  first of the segment (German capitalises nouns: there this also counts nouns);
- omission: ``accuracy/omission`` on either side.

Prints figures and never asserts on them::

    python bench/recall_vs_pofilter.py [--dataset NAME ...] [--limit N] [--examples N] [--profile P]
        [--order source|system] [--unique-sources] [--encoder fast]

By default mtqa runs its rule checks only (no encoder), so that figures stay comparable from one run to
the next. ``--encoder fast`` adds a column ``mtqa+fast``: mtqa's rule findings plus those of the checks
that need an encoder or compare a sentence with the rest of its article (the ``omission`` family:
``short_translation``, ``low_similarity``, ``dropped_phrase``...), which a one-segment article cannot
give. For these the segments are checked as articles, as a file of them would be: a system's consecutive
segments of one document (bio-mqm), else runs of ``ARTICLE_SEGMENTS`` consecutive segments, one paragraph
each, paired in order and scored with mtqa's packaged fast encoder (nothing is downloaded); each finding
goes to the segment holding it. Its time is the article contexts' (encoding included) and checks'.

mtqa checks each source's translations one after another (``--order source``), as ``mtqa compare`` does:
its run memo then computes a source's analyses once, not once per system. ``--order system`` checks
system by system, where the memo's bound drops a source's work before its next translation comes.
``--unique-sources`` keeps one translation per source (both tools), where nothing of a source is
reused, as in a product catalogue translated once.
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from mqm_data import (
    DATASETS,
    DEFAULT_EXTERNAL,
    REFERENCES,
    Error,
    Segment,
    build_context,
    build_document_context,
    external_folder,
)

from mtqa.checks.base import Check, CheckContext
from mtqa.checks.registry import select_checks
from mtqa.checks.runner import run_checks
from mtqa.config import CheckConfig
from mtqa.model import Document, Finding, Span

if TYPE_CHECKING:
    from mtqa.embed.base import Encoder

DEFAULT_POFILTER = Path("..") / "venvs" / "pofilter" / "bin" / "pofilter"
CATEGORIES = (
    "punctuation",
    "spelling",
    "whitespace",
    "capitalisation",
    "untranslated",
    "number",
    "named entity",
    "omission",
)
# A claim of a derived category is right when the segment holds an error of the category or its parents.
PARENTS: dict[str, tuple[str, ...]] = {"whitespace": ("spelling", "punctuation"), "capitalisation": ("spelling",)}

POFILTER_CLAIMS: dict[str, tuple[str, ...]] = {
    "endpunc": ("punctuation",),
    "startpunc": ("punctuation",),
    "brackets": ("punctuation",),
    "doublequoting": ("punctuation",),
    "singlequoting": ("punctuation",),
    "purepunc": ("punctuation",),
    "escapes": ("punctuation",),
    "sentencecount": ("punctuation",),
    "puncspacing": ("punctuation", "whitespace", "spelling"),
    "doublespacing": ("whitespace", "spelling"),
    "endwhitespace": ("whitespace", "spelling"),
    "startwhitespace": ("whitespace", "spelling"),
    "newlines": ("whitespace",),
    "tabs": ("whitespace",),
    "startcaps": ("capitalisation", "spelling"),
    "simplecaps": ("capitalisation", "spelling"),
    "spellcheck": ("spelling",),
    "unchanged": ("untranslated",),
    "untranslated": ("untranslated", "omission"),
    "blank": ("untranslated", "omission"),
    "numbers": ("number",),
    "acronyms": ("named entity",),
    "emails": ("named entity",),
    "urls": ("named entity",),
    "filepaths": ("named entity",),
    "functions": ("named entity",),
    "short": ("omission",),
}
# mtqa: by finding category, then by check id (more specific claims).
MTQA_CATEGORY_CLAIMS: dict[str, tuple[str, ...]] = {
    "punctuation": ("punctuation",),
    "sentence_boundary": ("punctuation",),
    "typography": ("punctuation",),
    "spelling": ("spelling",),
    "untranslated": ("untranslated",),
    "number": ("number",),
    "name": ("named entity",),
    "omission": ("omission",),
    "length": ("omission",),
}
MTQA_CHECK_CLAIMS: dict[str, tuple[str, ...]] = {
    "punctuation.space_before": ("whitespace", "spelling"),
    "punctuation.bracket_space": ("whitespace", "spelling"),
    "punctuation.suspended_hyphen": ("whitespace",),
    "punctuation.ellipsis_space": ("whitespace",),
    "punctuation.quote_space": ("whitespace", "spelling"),
    "punctuation.slash_space": ("whitespace", "spelling"),
    "typography.sign_space": ("whitespace", "spelling"),
    "typography.double_space": ("whitespace", "spelling"),
    "typography.french_spacing": ("whitespace",),
    "typography.percent_space": ("whitespace", "number"),
    "spelling.run_together": ("whitespace",),
    "spelling.sentence_start": ("capitalisation",),
    "spelling.lost_capitals": ("capitalisation",),
    "spelling.lower_case_proper": ("capitalisation",),
    "spelling.acronym_case": ("capitalisation", "named entity"),
    # MQM annotators file "; Und" under punctuation: the semicolon or the capital is wrong.
    "spelling.capital_after_semicolon": ("capitalisation", "punctuation"),
    "names.literal_translation": ("untranslated",),
}


def mtqa_claims(finding: Finding) -> set[str]:
    return {*MTQA_CATEGORY_CLAIMS.get(finding.category, ()), *MTQA_CHECK_CLAIMS.get(finding.check, ())}


# --- Human categories ---------------------------------------------------------------------------------

_PUNCTUATION = ("linguistic_conventions/punctuation", "fluency/punctuation")
_SPELLING = ("linguistic_conventions/spelling", "fluency/spelling")
_UNTRANSLATED = ("accuracy/untranslated", "accuracy/source language fragment", "non-translation")
_NUMBER_FORMAT = ("locale_conventions/number_format", "locale convention/currency format")
_ENTITY = ("accuracy/mistranslation", "terminology/", *_SPELLING)
_SPACING = re.compile(
    r"\S {2,}\S|\s[,.)\]](?!\.)|[(\[]\s|\w['’]\s\w|[,;][^\W\d_]|[^\W\d_]{2}[A-Z][^\W\d_]|[.?!][^\W\d_]{2}", re.UNICODE
)
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_START = re.compile(r"(?:^|[.?!]\s+)[\"'«“„(]?\s*$")


def _widened(text: str, span: Span) -> str:
    return text[max(0, span.start - 1) : span.end + 1]


def _spaced_elsewhere(error: Error, others: Iterable[str]) -> bool:
    letters = [re.escape(c) for c in error.text if not c.isspace()]
    if len(letters) < 3:
        return False
    pattern = re.compile(r"\s*".join(letters))
    for other in others:
        match = pattern.search(other)
        if match and match.group() != error.text:
            return True
    return False


def _case_only(error: Error, target: str, others: Iterable[str]) -> bool:
    words = _WORD.findall(error.text)
    if not words:
        return False
    if words[0][:1].islower() and _SENTENCE_START.search(target[: error.span.start]):
        return True
    known: dict[str, set[str]] = defaultdict(set)
    for other in others:
        for word in _WORD.findall(other):
            known[word.casefold()].add(word)
    return any(len(word) > 1 and known[word.casefold()] and word not in known[word.casefold()] for word in words)


def error_categories(error: Error, segment: Segment, reference: str | None, source_side: bool) -> set[str]:
    """The human categories (``CATEGORIES``) of one MQM span."""
    category = error.category
    found: set[str] = set()
    if category.startswith("accuracy/omission"):
        found.add("omission")
    if source_side:
        return found
    others = [segment.source, *([reference] if reference else [])]
    if category.startswith(_PUNCTUATION):
        found.add("punctuation")
    if category.startswith(_SPELLING):
        found.add("spelling")
        if _case_only(error, segment.target, others):
            found.add("capitalisation")
    if category.startswith((*_PUNCTUATION, *_SPELLING)) and (
        _SPACING.search(_widened(segment.target, error.span)) or _spaced_elsewhere(error, others)
    ):
        found.add("whitespace")
    if category.startswith(_UNTRANSLATED):
        found.add("untranslated")
    if (category.startswith("accuracy/mistranslation") and any(c.isdigit() for c in error.text)) or (
        category.startswith(_NUMBER_FORMAT)
    ):
        found.add("number")
    if category.startswith(_ENTITY) and any(w[:1].isupper() for w in _WORD.findall(error.text) if error.span.start):
        found.add("named entity")
    return found


def segment_categories(segment: Segment, reference: str | None) -> set[str]:
    found: set[str] = set()
    for error in segment.target_errors:
        found |= error_categories(error, segment, reference, False)
    for error in segment.source_errors:
        found |= error_categories(error, segment, reference, True)
    return found


# --- pofilter ---------------------------------------------------------------------------------------


def _po_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\r", "\\r")
    return '"' + escaped.replace("\n", "\\n") + '"'


def write_po(path: Path, segments: Sequence[Segment]) -> None:
    lines = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for index, segment in enumerate(segments):
        lines += [
            f'msgctxt "seg-{index}"',
            f"msgid {_po_string(segment.source)}",
            f"msgstr {_po_string(segment.target)}",
            "",
        ]
    path.write_text("\n".join(lines), encoding="utf-8")


_POFILTER_NOTE = re.compile(r"^# \(pofilter\) ([\w-]+):")
_CONTEXT = re.compile(r'^msgctxt "seg-(\d+)"')


def read_pofilter(path: Path) -> dict[int, list[str]]:
    """Segment number -> the checks pofilter failed on it."""
    failed: dict[int, list[str]] = {}
    pending: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        note = _POFILTER_NOTE.match(line)
        if note:
            pending.append(note.group(1))
            continue
        context = _CONTEXT.match(line)
        if context:
            failed[int(context.group(1))] = pending
            pending = []
        elif not line.startswith("#"):
            pending = [] if not line.strip() else pending
    return failed


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_pofilter(
    pofilter: Path, segments: Sequence[Segment], language: str
) -> tuple[dict[int, list[str]], float, float]:
    """pofilter's failures per segment, its wall time and its CPU time (both with its start-up)."""
    with tempfile.TemporaryDirectory() as folder:
        source, output = Path(folder) / "in.po", Path(folder) / "out.po"
        write_po(source, segments)
        started, cpu_started = time.perf_counter(), _children_cpu()
        subprocess.run(
            [str(pofilter), f"--language={language}", "--progress=none", "--errorlevel=none", str(source), str(output)],
            check=True,
            capture_output=True,
        )
        elapsed, cpu = time.perf_counter() - started, _children_cpu() - cpu_started
        return read_pofilter(output), elapsed, cpu


# --- Scoring ----------------------------------------------------------------------------------------


@dataclass
class Counts:
    flagged: int = 0
    flagged_right: int = 0  # flagged segments holding a human error (of the category)
    relevant: int = 0  # segments holding a human error (of the category)
    found: int = 0  # of those, flagged (by a claiming check)
    found_any: int = 0  # of those, flagged by any check

    def precision(self) -> float | None:
        return self.flagged_right / self.flagged if self.flagged else None

    def recall(self) -> float | None:
        return self.found / self.relevant if self.relevant else None

    def recall_any(self) -> float | None:
        return self.found_any / self.relevant if self.relevant else None


@dataclass
class ToolResult:
    overall: Counts = field(default_factory=Counts)
    categories: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_check: Counter[str] = field(default_factory=Counter)
    by_check_right: Counter[str] = field(default_factory=Counter)
    reference_findings: int = 0
    reference_on_errors: int = 0  # of those, overlapping a human error span of the reference (mtqa only)
    reference_clean_segments: int = 0
    reference_clean_flagged: int = 0
    reference_checks: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


@dataclass
class SpanCounts:
    findings: int = 0
    overlapping: int = 0


def _overlaps(a: Span, b: Span) -> bool:
    # Zero-width spans (a missing comma) are widened to one character so that they can be matched.
    a_end, b_end = max(a.end, a.start + 1), max(b.end, b.start + 1)
    return a.start < b_end and b.start < a_end


def _span_hit(finding: Finding, segment: Segment) -> bool:
    if finding.target_span is not None and any(_overlaps(finding.target_span, e.span) for e in segment.target_errors):
        return True
    return finding.source_span is not None and any(
        _overlaps(finding.source_span, e.span) for e in segment.source_errors
    )


def score(
    result: ToolResult,
    segment: Segment,
    human: set[str],
    checks: Sequence[str],
    claims: Callable[[str], set[str]],
    describe: Callable[[], str],
    example_limit: int,
) -> None:
    erroneous = bool(segment.target_errors or segment.source_errors)
    claimed = set().union(*(claims(c) for c in checks)) if checks else set()
    overall = result.overall
    overall.flagged += bool(checks)
    overall.flagged_right += bool(checks) and erroneous
    overall.relevant += erroneous
    overall.found += erroneous and bool(checks)
    overall.found_any += erroneous and bool(checks)
    for check in sorted(set(checks)):  # sorted: ties print in the same order whatever the hash seed
        result.by_check[check] += 1
        result.by_check_right[check] += erroneous
    for category in CATEGORIES:
        counts = result.categories[category]
        right = bool(human & {category, *PARENTS.get(category, ())})
        if category in claimed:
            counts.flagged += 1
            counts.flagged_right += right
            if not right and len(result.examples[f"false {category}"]) < example_limit:
                result.examples[f"false {category}"].append(describe())
        if category in human:
            counts.relevant += 1
            counts.found += category in claimed
            counts.found_any += bool(checks)
            if category not in claimed and len(result.examples[f"missed {category}"]) < example_limit:
                result.examples[f"missed {category}"].append(describe())


def _describe(segment: Segment, label: str, checks: Sequence[str]) -> Callable[[], str]:
    def text() -> str:
        errors = "; ".join(f"{e.category} {e.text!r}" for e in segment.target_errors[:4])
        return (
            f"[{label}] {sorted(set(checks))}\n      src: {segment.source[:160]!r}\n"
            f"      tgt: {segment.target[:160]!r}\n      mqm: {errors}"
        )

    return text


# --- The run ----------------------------------------------------------------------------------------


@dataclass
class Dataset:
    name: str
    systems: list[tuple[str, Segment]]  # (system, segment), MT systems and references
    references: dict[str, str]  # segment key -> the first human reference's text


def load(external: Path, name: str, limit: int | None, unique_sources: bool = False) -> Dataset:
    systems: list[tuple[str, Segment]] = []
    references: dict[str, str] = {}
    for system, segments in DATASETS[name](external):
        kept = [s for s in segments if s.source.strip() and s.target.strip()]
        systems += [(system, s) for s in (kept[:limit] if limit else kept)]
        if system == REFERENCES[name][0]:
            references = {s.key: s.target for s in kept}
    if unique_sources:
        # One translation per source, as in a product catalogue: nothing of a source is reused.
        first: dict[str, tuple[str, Segment]] = {}
        for system, segment in systems:
            first.setdefault(segment.source, (system, segment))
        systems = list(first.values())
    return Dataset(name, systems, references)


def check_order(dataset: Dataset, order: str) -> list[int]:
    """The order in which mtqa checks the segments (indices into ``dataset.systems``). ``system``: system
    by system, as the data is stored; ``source``: each source's translations one after another, as
    ``mtqa compare`` and a folder of translations of one article check them, so that the run memo
    keeps the source-side work between them. Findings do not depend on the order."""
    indices = list(range(len(dataset.systems)))
    if order == "system":
        return indices
    rank: dict[str, int] = {}
    for _, segment in dataset.systems:
        rank.setdefault(segment.source, len(rank))
    return sorted(indices, key=lambda i: rank[dataset.systems[i][1].source])


def _words(text: str) -> int:
    return len(text.split())


@dataclass
class Run:
    mtqa: ToolResult
    pofilter: ToolResult
    spans: SpanCounts
    segments: int
    mt_segments: int
    reference_words: int
    context_seconds: float
    pofilter_ran: bool
    encoded: ToolResult | None = None  # mtqa with the encoder's contexts (--encoder)
    encoded_spans: SpanCounts | None = None
    encoder_name: str = ""


# Consecutive segments checked as one article in --encoder mode, where the data names no document.
ARTICLE_SEGMENTS = 20


def articles(dataset: Dataset) -> list[list[int]]:
    """Indices into ``dataset.systems`` grouped as articles: a system's consecutive segments of one
    document (bio-mqm's keys ``DOC/SEG``), else runs of ``ARTICLE_SEGMENTS`` consecutive segments (WMT23
    and TED keep their segments in document order but name no document)."""
    groups: list[list[int]] = []
    previous: tuple[str, str] | None = None
    for index, (system, segment) in enumerate(dataset.systems):
        if not (segment.source.strip() and segment.target.strip()):
            continue
        document = segment.key.partition("/")[0] if "/" in segment.key else ""
        if previous != (system, document) or (not document and len(groups[-1]) >= ARTICLE_SEGMENTS):
            groups.append([])
        groups[-1].append(index)
        previous = (system, document)
    return groups


def _encoder_check(check: type[Check]) -> bool:
    """A check whose findings need an encoder or compare a sentence with the rest of its article."""
    return "encoder" in check.info.requires or check.info.family == "omission"


def encoder_findings(
    dataset: Dataset, config: CheckConfig, encoder: Encoder, enable: Sequence[str] = ()
) -> dict[int, list[Finding]]:
    """Segment index -> the findings of the encoder's checks (``_encoder_check``) when the segments are
    checked as articles (``articles``) with the encoder, each finding given to the segment whose
    paragraph holds its target span (else its source span)."""
    checks = [check for check in select_checks(enable) if _encoder_check(check)]
    found: dict[int, list[Finding]] = defaultdict(list)
    for group in articles(dataset):
        segments = [dataset.systems[index][1] for index in group]
        context = build_document_context(segments, config, encoder)
        for finding in run_checks(context, checks).findings:
            for side, span in ((context.target, finding.target_span), (context.source, finding.source_span)):
                if span is None:
                    continue
                paragraph = next((p for p in side.paragraphs if p.span.start <= span.start <= p.span.end), None)
                if paragraph is not None:
                    number = paragraph.index
                    found[group[number]].append(_segment_finding(finding, context, number, segments[number]))
                    break
    return found


def _segment_finding(finding: Finding, context: CheckContext, number: int, segment: Segment) -> Finding:
    """``finding`` with its spans moved from the article's joined texts to its segment's own text."""

    def moved(span: Span | None, side: Document, text: str) -> Span | None:
        if span is None:
            return None
        shift = text.find(text.strip()) - side.paragraphs[number].span.start
        return Span(max(0, span.start + shift), max(0, span.end + shift))

    return replace(
        finding,
        target_span=moved(finding.target_span, context.target, segment.target),
        source_span=moved(finding.source_span, context.source, segment.source),
    )


def run_dataset(
    dataset: Dataset,
    pofilter: Path | None,
    config: CheckConfig,
    example_limit: int,
    enable: Sequence[str] = (),
    order: str = "source",
    encoder: Encoder | None = None,
    encoder_name: str = "",
) -> Run:
    segments = [segment for _, segment in dataset.systems]
    target_lang = segments[0].target_lang
    pofilter_failures: dict[int, list[str]] = {}
    pofilter_result = ToolResult()
    if pofilter is not None:
        pofilter_failures, pofilter_result.seconds, pofilter_result.cpu_seconds = run_pofilter(
            pofilter, segments, target_lang
        )
    mtqa_result, spans = ToolResult(), SpanCounts()
    encoded_result, encoded_spans = ToolResult(), SpanCounts()
    article_findings: dict[int, list[Finding]] = {}
    if encoder is not None:
        started, cpu_started = time.perf_counter(), time.process_time()
        article_findings = encoder_findings(dataset, config, encoder, enable)
        encoded_result.seconds = time.perf_counter() - started
        encoded_result.cpu_seconds = time.process_time() - cpu_started
    checks = select_checks(enable)
    context_seconds = 0.0
    reference_words = mt_segments = 0
    references = set(REFERENCES[dataset.name])
    for index in check_order(dataset, order):
        system, segment = dataset.systems[index]
        started = time.perf_counter()
        context = build_context(segment, config)
        context_seconds += time.perf_counter() - started
        findings: tuple[Finding, ...] = ()
        if context is not None:
            started, cpu_started = time.perf_counter(), time.process_time()
            findings = run_checks(context, checks).findings
            mtqa_result.seconds += time.perf_counter() - started
            mtqa_result.cpu_seconds += time.process_time() - cpu_started
        encoded_findings = (*findings, *article_findings.get(index, ()))
        mtqa_runs = [(mtqa_result, spans, findings)]
        if encoder is not None:
            mtqa_runs.append((encoded_result, encoded_spans, encoded_findings))
        failed = pofilter_failures.get(index, [])
        if system in references:
            reference_words += _words(segment.target)
            clean = not (segment.target_errors or segment.source_errors)
            flagged = [(result, [f.check for f in found]) for result, _, found in mtqa_runs]
            for result, flags in (*flagged, (pofilter_result, failed)):
                result.reference_findings += len(flags)
                result.reference_checks.update(flags)
                result.reference_clean_segments += clean
                result.reference_clean_flagged += clean and bool(flags)
            for result, _, found in mtqa_runs:
                result.reference_on_errors += sum(_span_hit(finding, segment) for finding in found)
            continue
        mt_segments += 1
        human = segment_categories(segment, dataset.references.get(segment.key))
        for result, span_counts, found in mtqa_runs:
            claims_of: dict[str, set[str]] = {f.check: mtqa_claims(f) for f in found}
            score(
                result,
                segment,
                human,
                [f.check for f in found],
                claims_of.__getitem__,
                _describe(segment, f"{system} mtqa", [f"{f.check}:{f.excerpt!r}" for f in found]),
                example_limit,
            )
            for finding in found:
                span_counts.findings += 1
                span_counts.overlapping += _span_hit(finding, segment)
        score(
            pofilter_result,
            segment,
            human,
            failed,
            lambda check: set(POFILTER_CLAIMS.get(check, ())),
            _describe(segment, f"{system} pofilter", failed),
            example_limit,
        )
    return Run(
        mtqa_result,
        pofilter_result,
        spans,
        len(dataset.systems),
        mt_segments,
        reference_words,
        context_seconds,
        pofilter is not None,
        encoded_result if encoder is not None else None,
        encoded_spans if encoder is not None else None,
        encoder_name,
    )


# --- Output -----------------------------------------------------------------------------------------


def _f(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.2f}"


def _ratio(numerator: float, denominator: float) -> str:
    return f"{numerator / denominator:.2f}" if denominator else "-"


def _tools(run: Run) -> list[tuple[str, ToolResult]]:
    tools = [("mtqa", run.mtqa)]
    if run.encoded is not None:
        tools.append((f"mtqa+{run.encoder_name}", run.encoded))
    return tools + ([("pofilter", run.pofilter)] if run.pofilter_ran else [])


def print_run(name: str, run: Run, by_check: bool) -> None:
    tools = _tools(run)
    print(f"\n== {name}: {run.mt_segments} MT segments, {run.segments - run.mt_segments} reference segments")
    header = f"{'':16}" + "".join(f"{tool:>40}" for tool, _ in tools)
    print(header)
    sub = f"{'category':16}" + f"{'claim':>8}{'prec':>7}{'relev':>7}{'recall':>8}{'any':>7}{'':3}" * len(tools)
    print(sub)
    rows = [("overall", {t: r.overall for t, r in tools})]
    rows += [(c, {t: r.categories[c] for t, r in tools}) for c in CATEGORIES]
    for label, counts in rows:
        cells = "".join(
            f"{c.flagged:>8}{_f(c.precision()):>7}{c.relevant:>7}{_f(c.recall()):>8}{_f(c.recall_any()):>7}{'':3}"
            for c in counts.values()
        )
        print(f"{label:16}{cells}")
    spans = [("mtqa", run.spans), *([(f"mtqa+{run.encoder_name}", run.encoded_spans)] if run.encoded_spans else [])]
    for tool, span in spans:
        print(
            f"{tool} span precision: {span.overlapping}/{span.findings} = "
            f"{_f(span.overlapping / span.findings if span.findings else None).strip()}"
        )
    words = max(1, run.reference_words)
    for tool, result in tools:
        clean = result.reference_clean_segments
        # A finding on a span the annotators marked as an error of the reference is no false alarm.
        on_errors = ""
        if tool.startswith("mtqa"):
            false_alarms = result.reference_findings - result.reference_on_errors
            on_errors = (
                f", {result.reference_on_errors} on a human error span: "
                f"{1000 * false_alarms / words:.2f} false alarms per 1,000 words"
            )
        print(
            f"{tool} on the human references: {1000 * result.reference_findings / words:.2f} findings per 1,000 words "
            f"({result.reference_findings} in {run.reference_words} words{on_errors}); "
            f"{result.reference_clean_flagged}/{clean} error-free reference segments flagged"
        )
    mtqa_rate = run.segments / run.mtqa.seconds if run.mtqa.seconds else float("inf")
    print(
        f"speed: mtqa checks {run.mtqa.seconds:.2f} s wall, {run.mtqa.cpu_seconds:.2f} s CPU "
        f"({mtqa_rate:.0f} segments/s; contexts {run.context_seconds:.2f} s more)",
        end="",
    )
    if run.pofilter_ran:
        pofilter_rate = run.segments / run.pofilter.seconds
        print(
            f", pofilter {run.pofilter.seconds:.2f} s wall, {run.pofilter.cpu_seconds:.2f} s CPU, with start-up "
            f"({pofilter_rate:.0f} segments/s); mtqa/pofilter speed {mtqa_rate / pofilter_rate:.2f} (wall), "
            f"{_ratio(run.pofilter.cpu_seconds, run.mtqa.cpu_seconds)} (CPU)"
        )
    else:
        print()
    if run.encoded is not None:
        print(
            f"{'':7}mtqa+{run.encoder_name}: contexts with the encoder and checks {run.encoded.seconds:.2f} s wall, "
            f"{run.encoded.cpu_seconds:.2f} s CPU"
        )
    if by_check:
        for tool, result in tools:
            print(f"  {tool} flags per check (segments, of which holding a human error; on references):")
            on_references_only = [(check, 0) for check in result.reference_checks if check not in result.by_check]
            for check, count in [*result.by_check.most_common(), *on_references_only]:
                print(
                    f"    {check:38} {count:6} {result.by_check_right[check]:6}   ref {result.reference_checks[check]}"
                )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL, help="relative to the repository root")
    parser.add_argument("--pofilter", type=Path, default=DEFAULT_POFILTER, help="the pofilter executable")
    parser.add_argument("--no-pofilter", action="store_true", help="run mtqa only")
    parser.add_argument("--dataset", action="append", choices=sorted(DATASETS), help="default: all")
    parser.add_argument("--limit", type=int, help="first N segments of each system (quick runs)")
    parser.add_argument(
        "--order",
        choices=("source", "system"),
        default="source",
        help="mtqa's order: each source's translations in turn (default), or system by system",
    )
    parser.add_argument(
        "--unique-sources", action="store_true", help="only the first translation of each source (both tools)"
    )
    parser.add_argument("--by-check", action="store_true", help="flags per check")
    parser.add_argument("--enable", action="append", default=[], help="only these mtqa checks or families")
    parser.add_argument("--examples", type=int, default=0, metavar="N", help="print N misses and false alarms")
    parser.add_argument("--profile", help="mtqa's check profile (news, product, ui, docs)")
    parser.add_argument("--nbsp-required", action="store_true", help="French: report plain spaces before ; : ! ?")
    parser.add_argument(
        "--encoder",
        choices=("fast",),
        help="also run mtqa with this packaged encoder (checks that need one run too), in a column of its own",
    )
    args = parser.parse_args(argv)
    from mtqa.process import collect_less_often

    collect_less_often()  # as the CLI's run does (see the module docstring: speed)
    external = external_folder(args.external)
    if not external.is_dir():
        print(f"{external}: no such directory (pass --external)", file=sys.stderr)
        return 2
    pofilter = None if args.no_pofilter else external_folder(args.pofilter)
    if pofilter is not None and not pofilter.is_file():
        print(f"{pofilter}: no pofilter here (pass --pofilter, or --no-pofilter)", file=sys.stderr)
        return 2
    options: dict[str, object] = {"french_plain_space": not args.nbsp_required}
    if args.profile:
        options["profile"] = args.profile
    config = CheckConfig(**options)  # type: ignore[arg-type]
    unique = ", one translation per source" if args.unique_sources else ""
    print(f"mtqa: {len(select_checks(args.enable))} checks, {config}; checked in {args.order} order{unique}")
    encoder = None
    if args.encoder:
        from mtqa.embed import get_encoder

        encoder = get_encoder(args.encoder, cache=False)
    runs: list[Run] = []
    for name in args.dataset or list(DATASETS):
        dataset = load(external, name, args.limit, args.unique_sources)
        run = run_dataset(
            dataset, pofilter, config, args.examples, args.enable, args.order, encoder, args.encoder or ""
        )
        runs.append(run)
        print_run(name, run, args.by_check)
        for tool, result in _tools(run):
            for kind, examples in sorted(result.examples.items()):
                for example in examples[: args.examples]:
                    print(f"  {tool} {kind}: {example}")
    print_reference_totals(runs)
    return 0


def print_reference_totals(runs: Sequence[Run]) -> None:
    """mtqa's findings on the human references of every dataset run, together: the figure the false-alarm
    target (at most 2.18 per 1,000 words) is read against, with and without the findings that sit on
    errors the annotators marked in the references themselves."""
    words = sum(run.reference_words for run in runs)
    if len(runs) < 2 or not words:
        return
    findings = sum(run.mtqa.reference_findings for run in runs)
    false_alarms = findings - sum(run.mtqa.reference_on_errors for run in runs)
    print(
        f"\nmtqa on the human references of all {len(runs)} datasets: {1000 * findings / words:.2f} findings "
        f"per 1,000 words ({findings} in {words} words); {1000 * false_alarms / words:.2f} false alarms per "
        f"1,000 words ({false_alarms} off every human error span)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
