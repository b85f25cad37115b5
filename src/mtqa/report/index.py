"""``index.html`` for a folder run: one sortable row per article, linking to its own report."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import quote

from mtqa.model import ArticleReport, Severity
from mtqa.report._templates import asset, generate
from mtqa.report.common import SEVERITIES_WORST_FIRST, verdict
from mtqa.report.digest import ArticleDigest, BadInput, Digests, digest


@dataclass(frozen=True)
class IndexEntry:
    href: str  # URL of the article's HTML report, relative to index.html (already quoted)
    source: str
    target: str
    score: float
    verdict: str
    counts: dict[Severity, int]
    mean_similarity: float | None


def index_entry(href: str, report: ArticleReport | ArticleDigest) -> IndexEntry:
    """One row; ``href`` is a relative file path, quoted here so it can only be a relative URL."""
    if isinstance(report, ArticleReport):
        report = digest(report, parts=(), top=0)
    return IndexEntry(
        href=quote(PurePath(href).as_posix()),
        source=report.source,
        target=report.target,
        score=report.summary.quality_score,
        verdict=verdict(report),
        counts=report.counts,
        mean_similarity=report.summary.mean_similarity,
    )


def render_index(
    entries: Iterable[tuple[str, ArticleReport | ArticleDigest] | IndexEntry],
    title: str = "mtqa report",
    *,
    unmatched: Sequence[str] = (),
) -> str:
    """The index page for ``(href, report)`` pairs (or ready-made :class:`IndexEntry` rows), in order given,
    and the files of the run that found no counterpart."""
    rows = [entry if isinstance(entry, IndexEntry) else index_entry(*entry) for entry in entries]
    return "".join(_chunks(lambda: iter(rows), title, unmatched))


def index_chunks(
    hrefs: Sequence[str],
    digests: Digests,
    title: str = "mtqa report",
    *,
    unmatched: Sequence[str] = (),
    bad_inputs: Sequence[BadInput] = (),
) -> Iterator[str]:
    """:func:`render_index`'s text in pieces for a run's digests (``hrefs[i]`` is the report of the i-th):
    the digests are read twice, for the counts above the table and for its rows, one at a time, so the page
    of a run of any size is written without it or its rows being held in memory."""

    def rows() -> Iterator[IndexEntry]:
        return (index_entry(href, item) for href, item in zip(hrefs, digests, strict=True))

    return _chunks(rows, title, unmatched, bad_inputs)


def _chunks(
    rows: Callable[[], Iterator[IndexEntry]],
    title: str,
    unmatched: Sequence[str],
    bad_inputs: Sequence[BadInput] = (),
) -> Iterator[str]:
    count = failed = 0
    totals = dict.fromkeys(SEVERITIES_WORST_FIRST, 0)
    for row in rows():
        count += 1
        failed += row.verdict == "failed"
        for severity in SEVERITIES_WORST_FIRST:
            totals[severity] += row.counts.get(severity, 0)
    return generate(
        "index.html.j2",
        css=asset("report.css"),
        js=asset("index.js"),
        title=title,
        count=count,
        rows=rows(),
        failed=failed,
        unmatched=list(unmatched),
        bad_inputs=list(bad_inputs),
        severities=SEVERITIES_WORST_FIRST,
        totals=totals,
    )
