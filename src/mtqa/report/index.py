"""``index.html`` for a folder run: one sortable row per article, linking to its own report."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import quote

from mtqa.model import ArticleReport, Severity
from mtqa.report._templates import asset, render
from mtqa.report.common import SEVERITIES_WORST_FIRST, verdict
from mtqa.report.digest import ArticleDigest, digest


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
    failed = sum(1 for row in rows if row.verdict == "failed")
    return render(
        "index.html.j2",
        css=asset("report.css"),
        js=asset("index.js"),
        title=title,
        rows=rows,
        failed=failed,
        unmatched=list(unmatched),
        severities=SEVERITIES_WORST_FIRST,
        totals={s: sum(row.counts.get(s, 0) for row in rows) for s in SEVERITIES_WORST_FIRST},
    )
