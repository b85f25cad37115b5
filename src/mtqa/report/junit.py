"""JUnit XML: one test case per article, failed when the article fails the quality gate.

CI systems (GitLab, Jenkins, GitHub test reporters) show JUnit natively, so a failing translation
appears next to failing unit tests, with its major and critical findings as the failure text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from mtqa.model import ArticleReport, Finding
from mtqa.report.common import anchored_in_source, truncate, worst_first

# Characters XML 1.0 cannot carry at all, even escaped; article text may contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render_junit(reports: Sequence[ArticleReport], *, unmatched: Sequence[str] = ()) -> str:
    """The JUnit XML document (UTF-8 declaration, trailing newline); deterministic, no timings.

    A file of a folder run that found no counterpart is a failed test case of its own: in CI it must not
    vanish from the results."""
    failures = sum(1 for report in reports if not report.summary.passed) + len(unmatched)
    tests = str(len(reports) + len(unmatched))
    root = ET.Element("testsuites", name="mtqa", tests=tests, failures=str(failures), errors="0")
    suite = ET.SubElement(root, "testsuite", name="mtqa", tests=tests, failures=str(failures), errors="0", skipped="0")
    for report in reports:
        suite.append(_testcase(report))
    for path in unmatched:
        case = ET.SubElement(suite, "testcase", classname="mtqa", name=_clean(path))
        message = "no counterpart found in the other folder: not checked"
        ET.SubElement(case, "failure", message=message, type="mtqa.unmatched")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _testcase(report: ArticleReport) -> ET.Element:
    case = ET.Element("testcase", classname="mtqa", name=_clean(report.target.path))
    summary = report.summary
    score = f"quality score {summary.quality_score:.2f}"
    if not summary.passed:
        reasons = "; ".join(report.gate_reasons) or "quality gate failed"
        failure = ET.SubElement(case, "failure", message=_clean(f"{score}: {reasons}"), type="mtqa.quality_gate")
        failure.text = _clean(_failure_text(report))
    out = ET.SubElement(case, "system-out")
    counts = ", ".join(f"{count} {severity}" for severity, count in summary.findings.items())
    out.text = _clean(f"{score}; MQM penalty {summary.mqm_penalty_per_1000_words:.2f}/1000 words; {counts}")
    return case


def _failure_text(report: ArticleReport) -> str:
    serious = [f for f in worst_first(report.findings) if f.severity in ("major", "critical")]
    lines = [*report.gate_reasons]
    if serious:
        lines.append(f"{len(serious)} major or critical finding(s):")
    lines += [_finding_line(report, finding) for finding in serious]
    return "\n".join(lines)


def _finding_line(report: ArticleReport, finding: Finding) -> str:
    source_side = anchored_in_source(finding)
    document = report.source if source_side else report.target
    span = finding.source_span if source_side else finding.target_span
    where = document.path
    if span is not None:
        location = document.locate(span.start)
        where = f"{where}:{location.line}:{location.column}"
        if location.unit is not None:
            where += f" (unit {location.unit})"
    suggestion = f" (suggestion: {finding.suggestion})" if finding.suggestion else ""
    excerpt = truncate(finding.excerpt, 80)
    return f"- [{finding.severity}] {finding.check} at {where}: {finding.message} «{excerpt}»{suggestion}"


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
