from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from mtqa.model import Finding, Span
from mtqa.report import render_sarif, sarif_log
from mtqa.report.sarif import artifact_uri, region
from tests.factories import make_document, make_report

SCHEMA_PATH = Path(__file__).parent.parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def validate(validator: jsonschema.Draft7Validator, log: dict[str, Any]) -> None:
    errors = sorted(validator.iter_errors(log), key=str)
    assert errors == [], errors[0].message if errors else ""


DESCRIPTIONS = {"names.literal_translation": "A proper name is translated word by word."}


def test_output_validates_against_the_sarif_schema(validator: jsonschema.Draft7Validator) -> None:
    log = json.loads(render_sarif([make_report(), make_report()], DESCRIPTIONS))
    validate(validator, log)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "mtqa"
    assert run["tool"]["driver"]["version"] == "0.1.0"
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(run["results"]) == 8


def test_empty_log_is_valid(validator: jsonschema.Draft7Validator) -> None:
    log = sarif_log([], {})
    validate(validator, log)
    assert log["runs"][0]["results"] == []


def test_rules_and_levels() -> None:
    log = sarif_log([make_report()], DESCRIPTIONS)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [
        "names.literal_translation",
        "numbers.mismatch",
        "omission.paragraph",
        "typography.percent_space",
    ]
    assert rules[0]["shortDescription"] == {"text": "A proper name is translated word by word."}
    assert rules[1]["shortDescription"] == {"text": "mtqa check numbers.mismatch"}
    results = {r["ruleId"]: r for r in log["runs"][0]["results"]}
    assert results["numbers.mismatch"]["level"] == "error"  # critical
    assert results["names.literal_translation"]["level"] == "error"  # major
    assert results["typography.percent_space"]["level"] == "warning"  # minor
    assert results["names.literal_translation"]["message"]["text"].endswith("Suggestion: China Daily")
    for result in results.values():
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_default_descriptions_come_from_the_check_registry() -> None:
    pytest.importorskip("mtqa.checks.registry")
    from mtqa.checks.registry import all_checks

    info = all_checks()[0]
    target = make_document("Some text.\n", "t.txt", "fr")
    report = make_report(
        findings=[Finding(info.id, info.category, info.severity, "m", "Some", target_span=Span(0, 4))], target=target
    )
    rule = sarif_log([report])["runs"][0]["tool"]["driver"]["rules"][0]
    assert rule["shortDescription"]["text"] == info.description


def test_locations_point_into_the_right_file() -> None:
    results = {r["ruleId"]: r for r in sarif_log([make_report()], {})["runs"][0]["results"]}
    target_location = results["numbers.mismatch"]["locations"][0]["physicalLocation"]
    assert target_location["artifactLocation"]["uri"] == "out/fr/article.txt"
    assert target_location["region"] == {
        "startLine": 3,
        "startColumn": 27,
        "endLine": 3,
        "endColumn": 30,
        "snippet": {"text": "5,3"},
    }
    source_location = results["omission.paragraph"]["locations"][0]["physicalLocation"]
    assert source_location["artifactLocation"]["uri"] == "src/en/article.txt"
    assert source_location["region"]["startLine"] == 5


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("abc", Span(0, 3), (1, 1, 1, 4)),
        ("ab\ncd\nef", Span(3, 5), (2, 1, 2, 3)),
        ("ab\ncd\nef", Span(1, 7), (1, 2, 3, 2)),
        ("ab\ncd", Span(2, 3), (1, 3, 2, 1)),  # a span ending with the newline
        ("x😀 é y", Span(2, 5), (1, 3, 1, 6)),  # columns count code points, not UTF-16 units
        ("abc", Span(1, 1), (1, 2, 1, 2)),  # zero-length: an insertion point
    ],
)
def test_region_columns(text: str, span: Span, expected: tuple[int, int, int, int]) -> None:
    got = region(make_document(text, "t.txt"), span)
    assert (got["startLine"], got["startColumn"], got["endLine"], got["endColumn"]) == expected


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("out/fr/a.txt", "out/fr/a.txt"),
        ("out/my article.txt", "out/my%20article.txt"),
        ("/abs/a b.txt", "file:///abs/a%20b.txt"),
        ("c'est#1.txt", "c%27est%231.txt"),
    ],
)
def test_artifact_uri(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri


def test_finding_without_span_has_a_file_location_only(validator: jsonschema.Draft7Validator) -> None:
    report = make_report(findings=[Finding("custom.doc", "custom", "minor", "whole document", "")])
    log = sarif_log([report], {})
    validate(validator, log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location == {"artifactLocation": {"uri": "out/fr/article.txt"}}


def test_deterministic() -> None:
    assert render_sarif([make_report()], {}) == render_sarif([make_report()], {})


def test_the_uri_of_a_name_that_is_not_utf8_percent_encodes_the_file_s_bytes(tmp_path: Path) -> None:
    # Before, the uri encoded the display form "tłum\xb3.txt" (as %5Cxb3): a file that does not exist.
    import os
    from urllib.parse import unquote_to_bytes

    from mtqa.io import read_document

    name = b"t\xc5\x82um\xb3.txt"  # UTF-8 "tł", then a Latin-2 "ł" byte
    path = tmp_path / os.fsdecode(name)
    path.write_text("Zdanie pierwsze.\n", encoding="utf-8")
    document = read_document(path, "pl")
    assert "\\xb3" in document.path  # reports show the escape
    log = sarif_log([make_report(target=document, findings=[Finding("custom.doc", "custom", "minor", "x", "")])], {})
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.endswith("/t%C5%82um%B3.txt")
    assert Path(os.fsdecode(unquote_to_bytes(uri.removeprefix("file://")))).exists()
    assert artifact_uri(os.fsdecode(b"sub/\xe9 a.txt")) == "sub/%E9%20a.txt"
