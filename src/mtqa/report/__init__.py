"""One report model, several renderers: JSON, HTML, Markdown, console, JUnit, SARIF, findings table.

The renderers are imported on first use (``from mtqa.report import render_html``), so importing
this package pulls in neither Jinja2 nor pandas.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mtqa.report.console import print_console_summary
    from mtqa.report.html import render_html
    from mtqa.report.index import IndexEntry, render_index
    from mtqa.report.json_report import dumps, report_to_dict, report_to_json, write_atomic
    from mtqa.report.junit import render_junit
    from mtqa.report.markdown import render_markdown
    from mtqa.report.sarif import render_sarif, sarif_log
    from mtqa.report.table import findings_frame, write_findings_table

_EXPORTS: dict[str, str] = {
    "report_to_dict": "json_report",
    "report_to_json": "json_report",
    "dumps": "json_report",
    "write_atomic": "json_report",
    "render_html": "html",
    "render_index": "index",
    "IndexEntry": "index",
    "render_markdown": "markdown",
    "print_console_summary": "console",
    "render_junit": "junit",
    "render_sarif": "sarif",
    "sarif_log": "sarif",
    "findings_frame": "table",
    "write_findings_table": "table",
}

__all__ = [
    "IndexEntry",
    "dumps",
    "findings_frame",
    "print_console_summary",
    "render_html",
    "render_index",
    "render_junit",
    "render_markdown",
    "render_sarif",
    "report_to_dict",
    "report_to_json",
    "sarif_log",
    "write_atomic",
    "write_findings_table",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'mtqa.report' has no attribute {name!r}")
    return getattr(importlib.import_module(f"mtqa.report.{module}"), name)
