"""End-to-end tests of ``mtqa compare``: typer's runner and a real subprocess, with the real encoder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mtqa.cli import app
from tests.compare_helpers import write_engines

runner = CliRunner()
FAST = ["--bootstrap", "200", "--ar-trials", "500", "-s", "en", "-t", "fr", "--no-cache"]


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_engines(tmp_path_factory.mktemp("engines"), segments=24)


def _args(paths: dict[str, Path], *engines: str) -> list[str]:
    args = ["compare", "--source", str(paths["source"])]
    for name in engines:
        args += ["--engine", f"{name}={paths[name]}"]
    return args


def test_compare_writes_every_report_and_passes_without_a_gate(paths: dict[str, Path], tmp_path: Path) -> None:
    outputs = {suffix: tmp_path / f"cmp.{suffix}" for suffix in ("json", "html", "md")}
    result = runner.invoke(
        app,
        [
            *_args(paths, "good", "bad"),
            "-r",
            str(paths["ref"]),
            *FAST,
            "--json",
            str(outputs["json"]),
            "--html",
            str(outputs["html"]),
            "--markdown",
            str(outputs["md"]),
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(outputs["json"].read_text(encoding="utf-8"))
    assert data["schema_version"] == 1 and data["kind"] == "comparison"
    assert data["ranking"] == ["good", "bad"] and data["primary_metric"] == "chrf"
    assert data["signatures"]["significance"] == "bs:200|ar:500|seed:12345|test:ar|alpha:0.05"
    assert data["signatures"]["bleu"].startswith("nrefs:1|bs:200|ar:500|seed:12345|")
    assert "<svg" in outputs["html"].read_text(encoding="utf-8")
    assert outputs["md"].read_text(encoding="utf-8").startswith("## mtqa compare:")
    assert "chrF2" in result.output  # the console table


def test_the_gate_exits_1_when_an_engine_is_significantly_worse(paths: dict[str, Path]) -> None:
    base = [*_args(paths, "good", "bad"), "-r", str(paths["ref"]), *FAST, "-q"]
    failed = runner.invoke(app, [*base, "--baseline", "good", "--fail-if-worse", "chrf"])
    assert failed.exit_code == 1, failed.output
    passed = runner.invoke(app, [*base, "--baseline", "bad", "--fail-if-worse", "chrf"])
    assert passed.exit_code == 0, passed.output


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--engine", "solo=x"], "at least two engines"),
        (["--engine", "a=x", "--engine", "a=y"], "given twice"),
        (["--engine", "a", "--engine", "b=y"], "give NAME=PATH"),
        (["--metric", "meteor"], "unknown metric"),
        (["--metric", "bleu"], "needs a reference"),
        (["--test", "t"], "--test must be ar or bs"),
        (["--input-format", "xml"], "--input-format must be one of"),
        (["--baseline", "good"], "needs --fail-if-worse"),
    ],
)
def test_bad_usage_exits_2_with_one_line(paths: dict[str, Path], extra: list[str], message: str) -> None:
    engines = (
        []
        if any(a == "--engine" for a in extra)
        else ["--engine", f"good={paths['good']}", "--engine", f"bad={paths['bad']}"]
    )
    result = runner.invoke(app, ["compare", "--source", str(paths["source"]), *engines, *extra, *FAST, "-q"])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("mtqa: error:") and message in lines[0], result.output


def test_bad_input_exits_2_with_one_line(paths: dict[str, Path], tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text("one line\ntwo lines\n", encoding="utf-8")
    undecodable = tmp_path / "latin1.txt"
    undecodable.write_bytes(b"caf\xe9\n" * 24)
    cases = [
        (short, "2 lines but the source"),
        (tmp_path / "missing.txt", "no such file"),
        (undecodable, "cannot decode as UTF-8 at byte offset 3"),
    ]
    for path, message in cases:
        result = runner.invoke(app, [*_args(paths, "good"), "--engine", f"other={path}", *FAST, "-q"])
        assert result.exit_code == 2, result.output
        assert message in result.output and "Traceback" not in result.output


def test_unmatched_articles_exit_2(tmp_path: Path) -> None:
    for folder, names in (("src", ["a.txt", "b.txt"]), ("one", ["a.txt", "b.txt"]), ("two", ["a.txt"])):
        (tmp_path / folder).mkdir()
        for name in names:
            (tmp_path / folder / name).write_text("Title\n\nA sentence here.\n", encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "compare",
            "--source",
            str(tmp_path / "src"),
            "--engine",
            f"one={tmp_path / 'one'}",
            "--engine",
            f"two={tmp_path / 'two'}",
            *FAST,
            "-q",
        ],
    )
    assert result.exit_code == 2
    assert "no counterpart" in result.output and "b.txt" in result.output


def test_refuses_to_overwrite_an_input(paths: dict[str, Path]) -> None:
    result = runner.invoke(app, [*_args(paths, "good", "bad"), *FAST, "-q", "--json", str(paths["good"])])
    assert result.exit_code == 2 and "refusing to overwrite" in result.output


def test_compare_in_a_subprocess(paths: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "cmp.json"
    command = [sys.executable, "-m", "mtqa", *_args(paths, "good", "twin"), *FAST, "-q", "--json", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["primary_metric"] == "quality"  # no reference
    assert data["clusters"] == [["good", "twin"]]
    assert {item["metric"] for item in data["skipped"]} >= {"bleu", "chrf", "chrf++", "ter"}


def test_help_lists_compare() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mtqa", "compare", "--help"], capture_output=True, text=True, check=True
    )
    assert "--engine" in result.stdout and "--fail-if-worse" in result.stdout


def test_refuses_reports_over_folder_files_and_the_config(tmp_path: Path) -> None:
    """Articles read from folders, other files kept there, and the auto-found or ``-c`` config are the
    user's: no report may replace them (as ``mtqa check`` refuses)."""
    for folder in ("en", "a", "b"):
        (tmp_path / folder).mkdir()
        for name in ("p.txt", "q.txt"):
            (tmp_path / folder / name).write_text("Titre\n\nUne phrase ici, assez longue.\n", encoding="utf-8")
    (tmp_path / "b" / "notes.dat").write_text("my notes\n", encoding="utf-8")
    (tmp_path / "mtqa.toml").write_text('encoder = "fast"\n', encoding="utf-8")
    (tmp_path / "team.toml").write_text('encoder = "fast"\n', encoding="utf-8")
    base = ["compare", "--source", str(tmp_path / "en"), "--engine", f"a={tmp_path / 'a'}"]
    base += ["--engine", f"b={tmp_path / 'b'}", *FAST, "-q"]
    for option, target, extra in (
        ("--markdown", tmp_path / "a" / "p.txt", []),
        ("--json", tmp_path / "en" / "q.txt", []),
        ("--html", tmp_path / "b" / "notes.dat", []),
        ("--json", tmp_path / "mtqa.toml", []),
        ("--markdown", tmp_path / "team.toml", ["-c", str(tmp_path / "team.toml")]),
    ):
        before = target.read_bytes()
        result = runner.invoke(app, [*base, *extra, option, str(target)])
        assert result.exit_code == 2 and "refusing to overwrite" in result.output, (target, result.output)
        assert target.read_bytes() == before
