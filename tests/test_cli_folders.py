"""End-to-end folder runs: the corpora as a batch, with every aggregate output and the quality gate."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def corpora_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    out = tmp_path_factory.mktemp("reports")
    command = [
        sys.executable, "-m", "mtqa", "check", str(ROOT / "corpora"), str(ROOT / "corpora"),
        "--out", str(out), "--fail-on", "major",
        "--junit", str(out / "junit.xml"), "--sarif", str(out / "mtqa.sarif"),
        "--markdown", str(out / "summary.md"), "--findings-table", str(out / "findings.csv"),
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, check=False), out


def test_gate_fails_with_exit_1_and_the_seed_is_a_failed_test_case(corpora_run) -> None:  # type: ignore[no-untyped-def]
    result, out = corpora_run
    assert result.returncode == 1, result.stderr
    cases = {case.get("name"): case for case in ET.parse(out / "junit.xml").getroot().iter("testcase")}
    seed = cases[str(ROOT / "corpora" / "china-us-ai-talks" / "fr.txt")]
    failure = seed.find("failure")
    assert failure is not None and "Chine Direct" in (failure.text or "")
    # one case per article, and one failed case for the file that has no counterpart (the README)
    assert len(cases) == len(list((ROOT / "corpora").glob("*/gold.json"))) + 1
    readme = cases[str(ROOT / "corpora" / "README.md")].find("failure")
    assert readme is not None and readme.get("type") == "mtqa.unmatched"


def test_sarif_validates_against_the_schema(corpora_run) -> None:  # type: ignore[no-untyped-def]
    _, out = corpora_run
    log = json.loads((out / "mtqa.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)
    results = log["runs"][0]["results"]
    assert any(r["ruleId"] == "names.literal_translation" for r in results)


def test_one_report_per_article_and_an_index(corpora_run) -> None:  # type: ignore[no-untyped-def]
    result, out = corpora_run
    index = (out / "index.html").read_text(encoding="utf-8")
    for gold in (ROOT / "corpora").glob("*/gold.json"):
        name = gold.parent.name
        assert (out / f"{name}.html").is_file() and (out / f"{name}.json").is_file()
        assert f"{name}.html" in index
    assert "unmatched: " in result.stderr and "README.md" in result.stderr
    assert (out / "findings.csv").read_text(encoding="utf-8").startswith("article,")
    assert "china-us-ai-talks" in (out / "summary.md").read_text(encoding="utf-8")


def test_the_same_run_twice_gives_identical_files(corpora_run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, out = corpora_run
    again = tmp_path / "again"
    command = [
        sys.executable, "-m", "mtqa", "check", str(ROOT / "corpora"), str(ROOT / "corpora"),
        "--out", str(again), "--markdown", str(again / "summary.md"), "--quiet", "--fail-on", "major",
    ]  # fmt: skip
    subprocess.run(command, capture_output=True, text=True, check=False)
    for name in ("china-us-ai-talks.json", "china-us-ai-talks.html", "index.html", "summary.md"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name


def test_out_folder_holding_the_inputs_is_refused(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mtqa", "check", str(ROOT / "corpora"), str(ROOT / "corpora"), "--out", str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2 and "holds input articles" in result.stderr
