"""Digests and the run-wide outputs written from them piece by piece: the pieces join into exactly the
text that rendering the whole document at once gives, and digests render like the reports they come from."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mtqa.config import GateConfig
from mtqa.model import InputIssue, Location
from mtqa.report import render_junit, render_markdown, render_sarif
from mtqa.report import table as table_module
from mtqa.report.digest import as_digests, digest
from mtqa.report.junit import junit_chunks
from mtqa.report.sarif import sarif_chunks
from mtqa.report.table import findings_frame, write_findings_table
from tests.factories import TARGET_TEXT, finding, make_document, make_report

DESCRIPTIONS = {"names.literal_translation": "A proper name is translated word by word."}


def reports() -> list:  # type: ignore[type-arg]
    """Articles with no finding, ordinary findings, a failed gate, and text XML or CSV must escape."""
    hostile = make_document('Bad "quote", comma\x01 and <tag> here.\n', 'out/fr/a "b".txt', "fr")
    source = make_document("Source text here.\n", "src/en/a.txt", "en")
    return [
        make_report(),
        make_report(findings=[]),
        make_report(gate=GateConfig(fail_on="major")),
        make_report(
            source, hostile, [finding(hostile, '"quote", comma', message="m\x00<x>")], gate=GateConfig(fail_on="minor")
        ),
    ]


def test_junit_pieces_are_the_indented_whole_tree() -> None:
    text = render_junit(reports(), unmatched=["lonely.txt"])
    root = ET.fromstring(text)
    ET.indent(root)
    assert text == ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
    assert [case.get("name") for case in root.iter("testcase")][-1] == "lonely.txt"
    assert "".join(junit_chunks(as_digests(reports(), parts=("junit",)))) == render_junit(reports())


def test_sarif_pieces_are_the_dumped_whole_log() -> None:
    report = make_report()
    issue = InputIssue("empty_target", "unit 'u1' has no translation", "u1", "target", Location(2, 1))
    with_issue = type(report)(**{**report.__dict__, "input_issues": (issue,)})
    text = render_sarif([*reports(), with_issue], DESCRIPTIONS)
    log = json.loads(text)
    assert text == json.dumps(log, ensure_ascii=False, indent=2) + "\n"
    results = log["runs"][0]["results"]
    rules = [rule["id"] for rule in log["runs"][0]["tool"]["driver"]["rules"]]
    assert results[-1]["ruleId"] == "input.empty_target" and rules[-1] == "input.empty_target"
    assert all(rules[result["ruleIndex"]] == result["ruleId"] for result in results)
    empty = "".join(sarif_chunks([], {}))
    assert json.loads(empty)["runs"][0]["results"] == []


def test_csv_in_chunks_is_the_whole_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whole, chunked = tmp_path / "whole.csv", tmp_path / "chunked.csv"
    write_findings_table(reports(), whole)
    monkeypatch.setattr(table_module, "_CSV_ROWS_PER_CHUNK", 1)
    write_findings_table(reports(), chunked)
    assert chunked.read_bytes() == whole.read_bytes()
    assert whole.read_text(encoding="utf-8") == findings_frame(reports()).to_csv(index=False, lineterminator="\n")


def test_digests_render_like_their_reports() -> None:
    items = reports()
    digests = as_digests(items)
    assert render_markdown(digests) == render_markdown(items)
    assert render_markdown(digests[:1]) == render_markdown(items[:1])
    assert render_junit(digests) == render_junit(items)
    assert render_sarif(digests, DESCRIPTIONS) == render_sarif(items, DESCRIPTIONS)
    assert findings_frame(digests).equals(findings_frame(items))


def test_the_top_findings_are_the_worst_of_all_articles_earlier_articles_first() -> None:
    items = [make_report(target=make_document(TARGET_TEXT, f"out/{n}.txt", "fr")) for n in (2, 0, 1)]
    text = render_markdown(items, top=4)
    top = text.split("### Top findings")[1].splitlines()[4:]
    # Every article has the same findings: the critical ones of the three articles, in run order, then
    # the first article's worst major one.
    assert [line.split("|")[1:3] for line in top] == [
        [" `out/2.txt` ", " critical "],
        [" `out/0.txt` ", " critical "],
        [" `out/1.txt` ", " critical "],
        [" `out/2.txt` ", " major "],
    ]
    assert "### Top findings (4 of 12)" in text


def test_a_digest_keeps_what_was_asked_for() -> None:
    item = digest(make_report(), parts=("junit",), top=2)
    assert item.junit is not None and item.sarif is None and item.table is None
    assert len(item.worst) == 2 and item.findings == 4
    with pytest.raises(ValueError, match="without its sarif part"):
        render_sarif([item], {})
    with pytest.raises(ValueError, match="keeps 2 findings"):
        render_markdown([item, item], top=3)
