"""Every finding of many articles as one pandas table, and its CSV or Parquet file."""

from __future__ import annotations

import importlib.util
import io
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtqa.errors import UsageError
from mtqa.model import ArticleReport, Finding
from mtqa.report.common import sorted_findings
from mtqa.report.digest import ArticleDigest, Digests, as_digests
from mtqa.report.json_report import write_atomic

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = (
    "article",
    "source",
    "check",
    "category",
    "mqm",
    "severity",
    "target_start",
    "target_end",
    "source_start",
    "source_end",
    "target_paragraph",
    "source_paragraph",
    "excerpt",
    "message",
    "suggestion",
)
TABLE_SUFFIXES = (".csv", ".parquet")
_INTEGER_COLUMNS = ("target_start", "target_end", "source_start", "source_end", "target_paragraph", "source_paragraph")


Row = tuple[Any, ...]  # one finding, the values in the order of COLUMNS
_CSV_ROWS_PER_CHUNK = 5000


def findings_frame(reports: Sequence[ArticleReport | ArticleDigest]) -> pd.DataFrame:
    """One row per finding, articles in the order given, findings in report order.

    ``article`` is the translation's path as given by the user. Offsets and paragraph indices are
    nullable integers (``Int64``): a source-only finding has no target span.
    """
    return _frame([row for item in as_digests(reports, parts=("table",)) for row in item.part("table")])


def write_findings_table(
    reports: Sequence[ArticleReport | ArticleDigest] | Digests, path: str | os.PathLike[str]
) -> None:
    """Write the findings table as ``.csv`` or ``.parquet`` (which needs pyarrow).

    CSV is written a few thousand rows at a time, so a run of any size holds one chunk of the table in
    memory; a Parquet file is one table, built whole (its memory grows with the number of findings)."""
    target = check_table_path(Path(path))
    digests = reports if not isinstance(reports, Sequence) else as_digests(reports, parts=("table",))
    if target.suffix.lower() == ".parquet":
        frame = _frame([row for item in digests for row in item.part("table")])
        write_atomic(target, _parquet_bytes(frame))
    else:
        write_atomic(target, _csv_chunks(digests))


def check_table_path(path: Path) -> Path:
    """``path`` if its suffix names a format the table is written in; a name such as ``.xlsx`` or
    ``.txt`` would otherwise get a file whose content its name belies."""
    if path.suffix.lower() not in TABLE_SUFFIXES:
        raise UsageError(f"{path}: the findings table is written as .csv or .parquet; give one of those")
    return path


def table_rows(report: ArticleReport) -> tuple[Row, ...]:
    """The article's rows, in report order."""
    return tuple(_row(report, finding) for finding in sorted_findings(report.findings))


def _frame(rows: list[Row]) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in _INTEGER_COLUMNS:
        frame[column] = frame[column].astype("Int64")
    return frame


def _csv_chunks(digests: Digests) -> Iterator[str]:
    rows: list[Row] = []
    header = True
    for item in digests:
        rows.extend(item.part("table"))
        if len(rows) >= _CSV_ROWS_PER_CHUNK:
            yield _csv(rows, header)
            rows, header = [], False
    if rows or header:
        yield _csv(rows, header)


def _csv(rows: list[Row], header: bool) -> str:
    text: str = _frame([_inert(row) for row in rows]).to_csv(index=False, header=header, lineterminator="\n")
    return text


# The characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) read a CSV cell as a
# formula: a translation holding "=HYPERLINK(...)" would become a live link or a command (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(row: Row) -> Row:
    """The row with each text cell that starts like a formula prefixed with a quote, as OWASP's CSV
    injection guidance advises: the spreadsheet shows the text, the quote hidden, and runs nothing.
    Only the CSV file: the pandas table and Parquet keep the text as it is."""
    return tuple("'" + cell if isinstance(cell, str) and cell.startswith(_FORMULA_START) else cell for cell in row)


def _parquet_bytes(frame: pd.DataFrame) -> bytes:
    if importlib.util.find_spec("pyarrow") is None:
        raise UsageError("writing .parquet needs pyarrow (pip install pyarrow); or write .csv")
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def _row(report: ArticleReport, finding: Finding) -> Row:
    target, source = finding.target_span, finding.source_span
    return (
        report.target.path,
        report.source.path,
        finding.check,
        finding.category,
        finding.mqm,
        finding.severity,
        target.start if target else None,
        target.end if target else None,
        source.start if source else None,
        source.end if source else None,
        finding.target_paragraph,
        finding.source_paragraph,
        finding.excerpt,
        finding.message,
        finding.suggestion,
    )
