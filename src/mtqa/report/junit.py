"""JUnit XML: one test case per article, failed when the article fails the quality gate.

CI systems (GitLab, Jenkins, GitHub test reporters) show JUnit natively, so a failing translation
appears next to failing unit tests, with its major and critical findings as the failure text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence

from mtqa.model import ArticleReport, Finding
from mtqa.report.common import anchored_in_source, truncate, worst_first
from mtqa.report.digest import ArticleDigest, BadInput, Digests, as_digests

# Characters XML 1.0 cannot carry at all, even escaped; article text may contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A test case sits at depth 2 (testsuites > testsuite > testcase), and ``ET.indent`` indents by two spaces.
_CASE_LEVEL = 2
_CASE_SEPARATOR = "\n" + "  " * _CASE_LEVEL
_PLACEHOLDER = "mtqa-testcases"


def render_junit(reports: Sequence[ArticleReport | ArticleDigest], *, unmatched: Sequence[str] = ()) -> str:
    """The JUnit XML document (UTF-8 declaration, trailing newline); deterministic, no timings.

    A file of a folder run that found no counterpart is a failed test case of its own: in CI it must not
    vanish from the results."""
    return "".join(junit_chunks(as_digests(reports, parts=("junit",)), unmatched=unmatched))


def junit_chunks(
    digests: Digests, *, unmatched: Sequence[str] = (), bad_inputs: Sequence[BadInput] = ()
) -> Iterator[str]:
    """:func:`render_junit`'s text in pieces, one test case at a time: the document of a run of any size is
    written without being held in memory. The suite is laid out by ``ET.indent`` around a placeholder, and
    each case was indented for its depth when its article was digested (:func:`testcase_xml`), so the
    pieces join into exactly what indenting the whole tree gives."""
    failures = sum(1 for item in digests if not item.summary.passed) + len(unmatched)
    cases = len(digests) + len(unmatched) + len(bad_inputs)
    tests, errors = str(cases), str(len(bad_inputs))
    root = ET.Element("testsuites", name="mtqa", tests=tests, failures=str(failures), errors=errors)
    suite = ET.SubElement(
        root, "testsuite", name="mtqa", tests=tests, failures=str(failures), errors=errors, skipped="0"
    )
    if cases:
        ET.SubElement(suite, _PLACEHOLDER)
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
    if not cases:
        yield text
        return
    head, tail = text.split(f"<{_PLACEHOLDER} />")
    yield head
    separator = ""
    for item in digests:
        yield separator + item.part("junit")
        separator = _CASE_SEPARATOR
    for path in unmatched:
        yield separator + _unmatched_case(path)
        separator = _CASE_SEPARATOR
    for bad in bad_inputs:
        yield separator + _bad_input_case(bad)
        separator = _CASE_SEPARATOR
    yield tail


def testcase_xml(report: ArticleReport) -> str:
    """The article's <testcase> element, indented for its place in the suite."""
    return _serialise(_testcase(report))


def _bad_input_case(bad: BadInput) -> str:
    case = ET.Element("testcase", classname="mtqa", name=_clean(bad.path))
    ET.SubElement(case, "error", message=_clean(bad.message), type="mtqa.input_error")
    return _serialise(case)


def _unmatched_case(path: str) -> str:
    case = ET.Element("testcase", classname="mtqa", name=_clean(path))
    message = "no counterpart found in the other folder: not checked"
    ET.SubElement(case, "failure", message=message, type="mtqa.unmatched")
    return _serialise(case)


def _serialise(case: ET.Element) -> str:
    ET.indent(case, level=_CASE_LEVEL)
    return ET.tostring(case, encoding="unicode")


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
