"""SARIF 2.1.0: one result per finding, for code-scanning UIs (GitHub, GitLab, VS Code viewers).

Regions are 1-based lines and columns counted in Unicode code points (``columnKind``
``unicodeCodePoints``) in the file on disk: for plain text, computed from the finding's character
span in the decoded text (newline normalisation changes no line or column; a CR before LF is not a
column); for structured files (XLIFF, PO, Markdown ...), through the document's source map. The
unit id of a bilingual or resource file (XLIFF unit, PO entry, TMX tu, resource key) is a logical
location of kind ``resource``. ``endColumn`` is the column just after
the last character, as SARIF defines it; a zero-length span gives ``startColumn == endColumn``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from mtqa.model import ArticleReport, Document, Finding, InputIssue, Span
from mtqa.report.common import anchored_in_source, sorted_findings
from mtqa.report.digest import ArticleDigest, Digests, as_digests

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"critical": "error", "major": "error", "minor": "warning"}
_MARKER = "\u0000mtqa-results\u0000"

SarifPart = tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]]  # findings' results, input issues'


def render_sarif(
    reports: Sequence[ArticleReport | ArticleDigest], descriptions: Mapping[str, str] | None = None
) -> str:
    """The SARIF log as JSON text (2-space indent, trailing newline)."""
    return "".join(sarif_chunks(as_digests(reports, parts=("sarif",)), descriptions))


def sarif_log(
    reports: Sequence[ArticleReport | ArticleDigest], descriptions: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The SARIF log as data. ``descriptions`` maps check ids to one-line rule descriptions;
    by default they come from the check registry."""
    data: dict[str, Any] = json.loads(render_sarif(reports, descriptions))
    return data


def sarif_chunks(digests: Digests, descriptions: Mapping[str, str] | None = None) -> Iterator[str]:
    """:func:`render_sarif`'s text in pieces, one result at a time, for runs of any size: every finding
    of every article, then every input issue.

    The log around the results is dumped with a marker in place of the results; each result is dumped
    at the marker's indentation, so the pieces join into exactly what dumping the whole log gives."""
    check_ids = sorted({result["ruleId"] for item in digests for result in item.part("sarif")[0]})
    issue_ids = sorted({result["ruleId"] for item in digests for result in item.part("sarif")[1]})
    if descriptions is None:
        descriptions = _registry_descriptions()
    rules = [*check_ids, *issue_ids]
    rule_index = {check: index for index, check in enumerate(rules)}
    first = next(iter(digests), None)
    version = first.tool_version if first is not None else _version()
    log = _log(version, [_rule(check, descriptions) for check in rules], [_MARKER] if rules else [])
    text = json.dumps(log, ensure_ascii=False, indent=2) + "\n"
    if not rules:
        yield text
        return
    marker = json.dumps(_MARKER)
    position = text.rindex(marker)  # the results come last: a rule description cannot follow them
    line_start = text.rindex("\n", 0, position) + 1
    indent = text[line_start:position]
    yield text[:line_start]
    separator = ""
    for side in (0, 1):
        for item in digests:
            for result in item.part("sarif")[side]:
                result = {**result, "ruleIndex": rule_index[result["ruleId"]]}  # an existing key keeps its place
                dumped = json.dumps(result, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
                yield separator + indent + dumped
                separator = ",\n"
    yield text[position + len(marker) :]


def sarif_results(report: ArticleReport) -> SarifPart:
    """The article's results (findings in report order, then input issues); ``ruleIndex`` is set when the
    whole log is written."""
    return (
        tuple(_result(report, finding, 0) for finding in sorted_findings(report.findings)),
        tuple(_issue_result(report, issue, 0) for issue in report.input_issues),
    )


def _log(version: str, rules: list[dict[str, Any]], results: list[Any]) -> dict[str, Any]:
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "mtqa", "version": version, "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _rule(check: str, descriptions: Mapping[str, str]) -> dict[str, Any]:
    default = f"input file: {check.removeprefix('input.')}" if check.startswith("input.") else f"mtqa check {check}"
    text = descriptions.get(check) or default
    return {"id": check, "name": check, "shortDescription": {"text": text}}


def _result(report: ArticleReport, finding: Finding, rule_index: int) -> dict[str, Any]:
    message = finding.message + (f" Suggestion: {finding.suggestion}" if finding.suggestion else "")
    source_side = anchored_in_source(finding)
    document = report.source if source_side else report.target
    span = finding.source_span if source_side else finding.target_span
    location: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(document.file_path or document.path)}}
    unit = None
    if span is not None:
        location["region"] = region(document, span)
        unit = document.unit_at(span.start)
    where: dict[str, Any] = {"physicalLocation": location}
    if unit is not None:
        where["logicalLocations"] = [{"name": unit, "kind": "resource"}]
    return {
        "ruleId": finding.check,
        "ruleIndex": rule_index,
        "level": _LEVEL[finding.severity],
        "message": {"text": message},
        "locations": [where],
        "properties": {
            "category": finding.category,
            "severity": finding.severity,
            "mqm": finding.mqm,
            "anchor": "source" if source_side else "target",
        },
    }


def _issue_result(report: ArticleReport, issue: InputIssue, rule_index: int) -> dict[str, Any]:
    """A problem of the input file itself (an empty or misaligned unit): a warning at the unit."""
    document = report.source if issue.side == "source" else report.target
    location: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(document.file_path or document.path)}}
    if issue.location is not None:
        location["region"] = {"startLine": issue.location.line, "startColumn": issue.location.column}
    where: dict[str, Any] = {"physicalLocation": location}
    if issue.unit is not None:
        where["logicalLocations"] = [{"name": issue.unit, "kind": "resource"}]
    return {
        "ruleId": f"input.{issue.kind}",
        "ruleIndex": rule_index,
        "level": "warning",
        "message": {"text": issue.message},
        "locations": [where],
        "properties": {"category": "input", "anchor": issue.side or "target"},
    }


def region(document: Document, span: Span) -> dict[str, Any]:
    """The SARIF region of a character span (1-based lines and code-point columns in the file)."""
    start, end = document.locate_span(span)
    return {
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
        "snippet": {"text": document.text[span.start : span.end]},
    }


def artifact_uri(path: str) -> str:
    """A URI reference for a path as the user gave it: relative stays relative (forward slashes). The
    file system's bytes are percent-encoded (RFC 3986): a name that is not UTF-8 stays the file's name."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()  # percent-encodes os.fsencode(path)
    return quote(os.fsencode(pure.as_posix()))


def _registry_descriptions() -> dict[str, str]:
    from mtqa.checks.registry import all_checks

    return {info.id: info.description for info in all_checks()}


def _version() -> str:
    from mtqa import __version__

    return __version__
