"""Every finding of many articles as one pandas table, and its CSV or Parquet file."""

from __future__ import annotations

import importlib.util
import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtqa.errors import UsageError
from mtqa.model import ArticleReport, Finding
from mtqa.report.common import sorted_findings
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
_INTEGER_COLUMNS = ("target_start", "target_end", "source_start", "source_end", "target_paragraph", "source_paragraph")


def findings_frame(reports: Sequence[ArticleReport]) -> pd.DataFrame:
    """One row per finding, articles in the order given, findings in report order.

    ``article`` is the translation's path as given by the user. Offsets and paragraph indices are
    nullable integers (``Int64``): a source-only finding has no target span.
    """
    import pandas as pd

    rows = [_row(report, finding) for report in reports for finding in sorted_findings(report.findings)]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in _INTEGER_COLUMNS:
        frame[column] = frame[column].astype("Int64")
    return frame


def write_findings_table(reports: Sequence[ArticleReport], path: str | os.PathLike[str]) -> None:
    """Write the findings table; ``.parquet`` needs pyarrow, anything else is written as CSV."""
    target = Path(path)
    frame = findings_frame(reports)
    if target.suffix.lower() == ".parquet":
        write_atomic(target, _parquet_bytes(frame))
    else:
        write_atomic(target, frame.to_csv(index=False, lineterminator="\n"))


def _parquet_bytes(frame: pd.DataFrame) -> bytes:
    if importlib.util.find_spec("pyarrow") is None:
        raise UsageError("writing .parquet needs pyarrow (pip install pyarrow); or write .csv")
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def _row(report: ArticleReport, finding: Finding) -> dict[str, Any]:
    target, source = finding.target_span, finding.source_span
    return {
        "article": report.target.path,
        "source": report.source.path,
        "check": finding.check,
        "category": finding.category,
        "mqm": finding.mqm,
        "severity": finding.severity,
        "target_start": target.start if target else None,
        "target_end": target.end if target else None,
        "source_start": source.start if source else None,
        "source_end": source.end if source else None,
        "target_paragraph": finding.target_paragraph,
        "source_paragraph": finding.source_paragraph,
        "excerpt": finding.excerpt,
        "message": finding.message,
        "suggestion": finding.suggestion,
    }
