"""``mtqa check`` on bilingual files, resource pairs, Markdown and HTML, and on inputs it must refuse."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from mtqa.cli import app

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
runner = CliRunner()
FAST = ["--encoder", "use-m3", "--no-cache", "-q"]

SWAPPED = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>
  <trans-unit id="rain"><source>Heavy rain flooded the northern districts of the city on Monday night.</source>
   <target>Le ministre des finances a présenté mardi un budget qui réduit les dépenses publiques.</target></trans-unit>
  <trans-unit id="budget"><source>The finance minister presented on Tuesday a budget that cuts public spending.</source>
   <target>De fortes pluies ont inondé lundi soir les quartiers nord de la ville.</target></trans-unit>
  <trans-unit id="school"><source>Schools will reopen next week after the holidays, the ministry said.</source>
   <target>Les écoles rouvriront la semaine prochaine après les vacances, a indiqué le ministère.</target></trans-unit>
  <trans-unit id="empty"><source>The mayor thanked the volunteers.</source><target/></trans-unit>
 </body></file>
</xliff>
"""


def test_a_bilingual_file_alone_reports_its_units_issues_and_locations(tmp_path: Path) -> None:
    path = tmp_path / "swapped.xlf"
    path.write_text(SWAPPED, encoding="utf-8")
    json_path, sarif_path = tmp_path / "r.json", tmp_path / "r.sarif"
    result = runner.invoke(app, ["check", str(path), "--json", str(json_path), "--sarif", str(sarif_path), *FAST])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(json_path.read_text(encoding="utf-8"))
    issues = {(i["kind"], i["unit"]) for i in report["input_issues"]}
    # The aligner checks the file's pairing: the two swapped translations are reported, not "school".
    assert issues == {("misaligned", "rain"), ("misaligned", "budget"), ("empty_target", "empty")}
    assert report["source"]["lang"] == "en" and report["target"]["lang"] == "fr"
    empty = next(i for i in report["input_issues"] if i["kind"] == "empty_target")
    assert (
        empty["location"]["line"]
        == SWAPPED.splitlines().index(next(line for line in SWAPPED.splitlines() if 'id="empty"' in line)) + 1
    )
    sarif = json.loads(sarif_path.read_text(encoding="utf-8"))
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(sarif, schema)
    rules = {r["ruleId"] for r in sarif["runs"][0]["results"]}
    assert {"input.misaligned", "input.empty_target"} <= rules


def test_input_issues_fail_the_gate_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "swapped.xlf"
    path.write_text(SWAPPED, encoding="utf-8")
    assert runner.invoke(app, ["check", str(path), *FAST]).exit_code == 0
    gated = runner.invoke(app, ["check", str(path), "--fail-on-input-issues", *FAST])
    assert gated.exit_code == 1, gated.output
    (tmp_path / "mtqa.toml").write_text("[gate]\nfail_on_input_issues = true\n", encoding="utf-8")
    junit = tmp_path / "junit.xml"
    from_config = runner.invoke(app, ["check", str(path), "--junit", str(junit), *FAST])
    assert from_config.exit_code == 1
    assert "3 input issue(s) in the file" in junit.read_text(encoding="utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_of_bilingual_files_checks_each_file_as_it_would_alone(tmp_path: Path, jobs: str) -> None:
    folder = tmp_path / "exports"
    (folder / "docs").mkdir(parents=True)
    (folder / "swapped.xlf").write_text(SWAPPED, encoding="utf-8")
    (folder / "docs" / "seed.po").write_bytes((DATA / "seed-formats" / "seed.po").read_bytes())
    (folder / "notes.md").write_text("# Notes\n\nNo partner here.\n", encoding="utf-8")
    out, junit = tmp_path / "out", tmp_path / "junit.xml"
    result = runner.invoke(app, ["check", str(folder), "--out", str(out), "--junit", str(junit), "--jobs", jobs, *FAST])
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("[!.]*.json")) == ["docs/seed.json", "swapped.json"]
    assert 'tests="3" failures="1"' in junit.read_text(encoding="utf-8")  # notes.md: unmatched
    alone = tmp_path / "alone.json"
    runner.invoke(app, ["check", str(folder / "swapped.xlf"), "--json", str(alone), *FAST])
    in_folder = json.loads((out / "swapped.json").read_text(encoding="utf-8"))
    assert in_folder["findings"] == json.loads(alone.read_text(encoding="utf-8"))["findings"]
    assert {i["kind"] for i in in_folder["input_issues"]} == {"misaligned", "empty_target"}


def test_a_folder_without_bilingual_files_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path), *FAST])
    assert result.exit_code == 2
    assert "no bilingual file in this folder" in result.output


def test_a_resource_pair_is_checked_key_by_key(tmp_path: Path) -> None:
    (tmp_path / "en.json").write_text('{"home": {"title": "Welcome to {site}", "cta": "Sign in"}}', encoding="utf-8")
    (tmp_path / "fr.json").write_text('{"home": {"title": "Bienvenue sur {website}"}}', encoding="utf-8")
    out = tmp_path / "r.json"
    result = runner.invoke(
        app,
        [
            "check",
            str(tmp_path / "en.json"),
            str(tmp_path / "fr.json"),
            "--json",
            str(out),
            "-s",
            "en",
            "-t",
            "fr",
            *FAST,
        ],
    )
    assert result.exit_code in (0, 1), result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    placeholder = next(f for f in report["findings"] if f["check"] == "markup.placeholder")
    assert placeholder["target_location"]["unit"] == "home.title"
    assert placeholder["target_location"]["line"] == 1
    assert [(i["kind"], i["unit"]) for i in report["input_issues"]] == [("empty_target", "home.cta")]


def test_markdown_findings_point_at_the_markdown_file(tmp_path: Path) -> None:
    source = "# Prices\n\nThe ticket costs 12 euros, see `pricing.md` for details.\n"
    target = "# Prix\n\nLe billet coûte 15 euros, voir `pricing.md` pour les détails.\n"
    (tmp_path / "en.md").write_text(source, encoding="utf-8")
    (tmp_path / "fr.md").write_text(target, encoding="utf-8")
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["check", str(tmp_path / "en.md"), str(tmp_path / "fr.md"), "--json", str(out), *FAST])
    assert result.exit_code in (0, 1), result.output
    findings = json.loads(out.read_text(encoding="utf-8"))["findings"]
    number = next(f for f in findings if f["category"] == "number")
    where = number["target_location"]
    assert target.splitlines()[where["line"] - 1][where["column"] - 1 :].startswith("15")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{seed}/en.txt"], "give the translated article too"),
        (
            ["{data}/seed-formats/seed.tmx", "--max-input-size", "1000"],
            "larger than the input size limit of 1,000 bytes",
        ),
        (["{data}/seed-formats/seed.csv", "--source-column", "original_text"], "no source column 'original_text'"),
        (["{data}/seed-formats/seed.tmx", "--target-lang", "de"], "no target language 'de'"),
    ],
)
def test_bad_bilingual_input_is_one_line_and_exit_2(args: list[str], message: str) -> None:
    values = {"seed": str(ROOT / "corpora" / "china-us-ai-talks"), "data": str(DATA)}
    result = runner.invoke(app, ["check", *[a.format(**values) for a in args], *FAST])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
