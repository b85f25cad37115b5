from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import mtqa.embed
from mtqa.cli import app
from mtqa.embed.base import Encoder
from tests.fakes import BagOfWords

runner = CliRunner()


@pytest.fixture
def fake_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    def get_encoder(name: str, *, cache: bool = True, cache_dir: Path | None = None) -> Encoder:
        return BagOfWords()

    monkeypatch.setattr(mtqa.embed, "get_encoder", get_encoder)


@pytest.fixture
def presplit(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "a.de"
    target = tmp_path / "a.fr"
    source.write_text("alpine glacier summit\nriver forest meadow\nvillage chapel bridge\n", encoding="utf-8")
    target.write_text("alpine glacier summit\nriver forest\nmeadow\nstorm snow rope guide\nvillage chapel bridge\n")
    return source, target


def test_presplit_vecalign_format(fake_encoder: None, presplit: tuple[Path, Path]) -> None:
    result = runner.invoke(app, ["align", "--presplit", "--format", "vecalign", *map(str, presplit)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["[0]:[0]", "[1]:[1, 2]", "[]:[3]", "[2]:[4]"]


def test_presplit_json_and_text(fake_encoder: None, presplit: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "out" / "alignment.json"
    result = runner.invoke(app, ["align", "--presplit", "--json", str(out), *map(str, presplit)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1].startswith("1-2") and "river forest meadow | river forest meadow" in lines[1]
    assert lines[2].startswith("0-1") and "∅ | storm snow rope guide" in lines[2]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["signature"] == "align:mtqa-dp-1|encoder:bag-of-words@test|groups:refined"
    assert data["alignment"][2] == {"source": [], "target": [3], "similarity": None}
    printed = runner.invoke(app, ["align", "--presplit", "--format", "json", *map(str, presplit)])
    assert json.loads(printed.stdout) == data


@pytest.mark.parametrize(("option", "groups"), [("--embed-all-groups", "embedded"), ("--derive-groups", "derived")])
def test_presplit_group_vectors(fake_encoder: None, presplit: tuple[Path, Path], option: str, groups: str) -> None:
    result = runner.invoke(app, ["align", "--presplit", "--format", "json", option, *map(str, presplit)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["signature"].endswith(f"|groups:{groups}")
    both = runner.invoke(app, ["align", "--presplit", "--derive-groups", "--embed-all-groups", *map(str, presplit)])
    assert both.exit_code == 2 and "not both" in both.output


def test_articles_are_segmented_and_aligned_by_paragraph(fake_encoder: None, tmp_path: Path) -> None:
    source = tmp_path / "source.txt"
    target = tmp_path / "target.txt"
    source.write_text("Alpine glacier summit.\n\nRiver forest meadow. Village chapel bridge.\n", encoding="utf-8")
    target.write_text("Alpine glacier summit.\n\nRiver forest meadow.\n\nVillage chapel bridge.\n", encoding="utf-8")
    arguments = ["align", "-s", "en", "-t", "en", str(source), str(target)]
    result = runner.invoke(app, [*arguments, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(b["source"], b["target"]) for b in data["alignment"]] == [([0], [0]), ([1], [1, 2])]
    assert data["alignment"][1]["sentences"] == [
        {"source": [1], "target": [1], "similarity": 1.0},
        {"source": [2], "target": [2], "similarity": 1.0},
    ]
    vecalign = runner.invoke(app, [*arguments, "--format", "vecalign"])
    assert vecalign.stdout.splitlines() == ["[0]:[0]", "[1]:[1]", "[2]:[2]"]
    text = runner.invoke(app, arguments)
    assert text.stdout.splitlines()[0].startswith("¶ 1-1")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["missing.txt", "{target}"], "no such file"),
        (["--encoder", "labse", "{source}", "{target}"], "unknown encoder"),
        (["--json", "{source}", "{source}", "{target}"], "refusing to overwrite"),
    ],
)
def test_errors_exit_2_with_one_line(
    presplit: tuple[Path, Path], arguments: list[str], message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(presplit[0].parent)
    filled = [a.format(source=presplit[0], target=presplit[1]) for a in arguments]
    result = runner.invoke(app, ["align", "--presplit", "--no-cache", *filled])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1


def test_real_subprocess_with_the_default_encoder(tmp_path: Path) -> None:
    source = tmp_path / "s.txt"
    target = tmp_path / "t.txt"
    source.write_text("The storm hit the Alps.\nSeveral huts lost their roofs.\nRescuers arrived.\n", encoding="utf-8")
    target.write_text(
        "La tempête a frappé les Alpes.\nPlusieurs cabanes ont perdu leur toit.\nLes secours sont arrivés.\n",
        encoding="utf-8",
    )
    completed = subprocess.run(
        [sys.executable, "-m", "mtqa", "align", "--presplit", "--no-cache", "-f", "vecalign", str(source), str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines() == ["[0]:[0]", "[1]:[1]", "[2]:[2]"]


@pytest.mark.parametrize(("side", "content", "what"), [(1, "", "empty"), (0, "\n  \n\n", "only blank lines")])
def test_presplit_refuses_a_side_without_text(
    fake_encoder: None, presplit: tuple[Path, Path], side: int, content: str, what: str
) -> None:
    # An empty translation (or a source of blank lines) would align as every line unmatched, exit 0.
    presplit[side].write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["align", "--presplit", *map(str, presplit)])
    assert result.exit_code == 2
    assert f"{presplit[side]}: the file is {what} (no text)" in result.output


def test_align_with_stdout_closed_is_refused_not_silently_passed(tmp_path: Path) -> None:
    source, target = tmp_path / "en.txt", tmp_path / "sv.txt"
    source.write_text("The storm hit the coast.\n\nRescuers arrived.\n", encoding="utf-8")
    target.write_text("Stormen drabbade kusten.\n\nRäddarna kom fram.\n", encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "mtqa", "align", "-e", "fast", "--no-cache", "-s", "en", "-t", "sv", source, target],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=lambda: os.close(1),  # as the shell's >&-
    )
    assert completed.returncode == 2
    assert completed.stderr.splitlines() == [
        "mtqa: error: stdout is closed: the beads would be lost; run with stdout open or redirected to a file"
    ]
