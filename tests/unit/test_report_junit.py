from __future__ import annotations

import xml.etree.ElementTree as ET

from mtqa.config import GateConfig
from mtqa.report import render_junit
from tests.factories import finding, make_document, make_report


def test_one_testcase_per_article_and_failures_for_failed_gates() -> None:
    passed = make_report()
    failed = make_report(gate=GateConfig(fail_on="major"))
    text = render_junit([passed, failed])
    assert text.startswith("<?xml version='1.0' encoding='utf-8'?>\n")
    root = ET.fromstring(text)
    assert root.tag == "testsuites"
    assert root.get("tests") == "2" and root.get("failures") == "1"
    cases = root.findall("./testsuite/testcase")
    assert [(c.get("classname"), c.get("name")) for c in cases] == [("mtqa", "out/fr/article.txt")] * 2
    assert cases[0].find("failure") is None
    failure = cases[1].find("failure")
    assert failure is not None
    score = f"{failed.summary.quality_score:.2f}"
    assert failure.get("message", "").startswith(f"quality score {score}: 3 finding(s) of severity major or worse")
    body = failure.text or ""
    assert "[critical] numbers.mismatch at out/fr/article.txt:3:27" in body
    assert "[major] names.literal_translation at out/fr/article.txt:1:1" in body
    assert "suggestion: China Daily" in body
    assert "[major] omission.paragraph at src/en/article.txt:5:1" in body  # source-anchored
    assert "typography" not in body  # minor findings are not listed


def test_control_characters_never_make_invalid_xml() -> None:
    target = make_document("Bad \x0b char \x01 here.\n", "t\x02.txt", "fr")
    source = make_document("Source.\n", "s.txt", "en")
    report = make_report(
        source, target, [finding(target, "\x0b char", message="m\x00")], gate=GateConfig(fail_on="minor")
    )
    root = ET.fromstring(render_junit([report]))
    assert root.find("./testsuite/testcase").get("name") == "t\ufffd.txt"  # type: ignore[union-attr]


def test_deterministic_and_empty() -> None:
    assert render_junit([make_report()]) == render_junit([make_report()])
    root = ET.fromstring(render_junit([]))
    assert root.get("tests") == "0"


def test_bad_inputs_are_errors_of_the_suite() -> None:
    from mtqa.report.digest import BadInput
    from mtqa.report.junit import junit_chunks

    text = "".join(junit_chunks([], bad_inputs=[BadInput("fr/b.txt", "fr/b.txt: cannot decode as UTF-8")]))
    root = ET.fromstring(text.encode("utf-8"))
    assert root.get("tests") == "1" and root.get("errors") == "1" and root.get("failures") == "0"
    error = root.find("./testsuite/testcase/error")
    assert error is not None and error.get("type") == "mtqa.input_error"
    assert error.get("message") == "fr/b.txt: cannot decode as UTF-8"
