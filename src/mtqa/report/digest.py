"""What the run-wide outputs need of one article, without its text or its alignment.

A folder run writes each article's JSON and HTML reports as soon as the article is checked, and keeps
of it only an :class:`ArticleDigest`: the figures of its index and Markdown rows, its worst findings,
and its share of the JUnit, SARIF and findings-table files, already rendered against the article's
text (line and column numbers, snippets). The run-wide files are then written from the digests in one
pass at the end, so a run holds no :class:`~mtqa.model.ArticleReport` longer than one article, and the
digests themselves can wait on disk (:mod:`mtqa.parallel.spool`). Every aggregate renderer takes
digests; given reports, it digests them first, so there is one way to render each file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from mtqa.model import ArticleReport, CheckError, Finding, ReferenceScore, Severity, Summary
from mtqa.report.common import DEFAULT_TOP, category_counts, profile_note, severity_counts, worst_first

Part = Literal["junit", "sarif", "table"]
ALL_PARTS: frozenset[Part] = frozenset({"junit", "sarif", "table"})

if TYPE_CHECKING:
    from mtqa.report.sarif import SarifPart
    from mtqa.report.table import Row


@dataclass(frozen=True)
class ArticleDigest:
    """One article as the aggregate outputs see it. Parts not asked for are None."""

    source: str  # the documents' paths, as the user gave them
    target: str
    source_lang: str | None
    target_lang: str | None
    summary: Summary
    tool_version: str
    gate_reasons: tuple[str, ...]
    check_errors: tuple[CheckError, ...]
    counts: dict[Severity, int]  # findings per severity, worst first, counted from the findings
    categories: dict[str, int]
    findings: int  # how many findings the article has
    worst: tuple[Finding, ...]  # its worst findings, worst first: ``kept`` of them at most
    kept: int
    junit: str | None = None  # its <testcase> element
    sarif: SarifPart | None = None  # its SARIF results: findings in report order, then input issues
    table: tuple[Row, ...] | None = None  # its findings-table rows, in report order
    reference_scores: tuple[ReferenceScore, ...] = ()  # one article's --reference scores (Markdown)
    profile: str | None = None  # the genre, when not news (:func:`~mtqa.report.common.profile_note`)

    def part(self, name: Part) -> Any:
        value = getattr(self, name)
        if value is None:
            raise ValueError(f"{self.target}: the digest was made without its {name} part")
        return value


@dataclass(frozen=True)
class BadInput:
    """An article of a run that was not checked because its input is bad: its file and the one-line reason."""

    path: str
    message: str

    @property
    def line(self) -> str:
        """The reason, led by the file unless the message already names it (input errors mostly do)."""
        return self.message if self.message.startswith(self.path) else f"{self.path}: {self.message}"


class Digests(Protocol):
    """Digests in article order that can be read more than once (a list, or a run's spool on disk)."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[ArticleDigest]: ...


def digest(report: ArticleReport, *, parts: Iterable[Part] = ALL_PARTS, top: int = DEFAULT_TOP) -> ArticleDigest:
    """The digest of one report, with the parts of the outputs that will be written."""
    wanted = frozenset(parts)
    junit = sarif = table = None
    if "junit" in wanted:
        from mtqa.report.junit import testcase_xml

        junit = testcase_xml(report)
    if "sarif" in wanted:
        from mtqa.report.sarif import sarif_results

        sarif = sarif_results(report)
    if "table" in wanted:
        from mtqa.report.table import table_rows

        table = table_rows(report)
    return ArticleDigest(
        source=report.source.path,
        target=report.target.path,
        source_lang=report.source.lang,
        target_lang=report.target.lang,
        summary=report.summary,
        tool_version=report.tool_version,
        gate_reasons=report.gate_reasons,
        check_errors=report.check_errors,
        counts=severity_counts(report.findings),
        categories=category_counts(report.findings),
        findings=len(report.findings),
        worst=tuple(worst_first(report.findings)[:top]),
        kept=top,
        profile=profile_note(report.profile, report.profile_inferred),
        junit=junit,
        sarif=sarif,
        table=table,
        reference_scores=report.reference_scores,
    )


def as_digests(
    items: Sequence[ArticleReport | ArticleDigest], *, parts: Iterable[Part] = ALL_PARTS, top: int = DEFAULT_TOP
) -> list[ArticleDigest]:
    """Digests of reports (digests given are kept as they are)."""
    wanted = frozenset(parts)
    return [item if isinstance(item, ArticleDigest) else digest(item, parts=wanted, top=top) for item in items]
