"""Many articles run as users run them (a subprocess): with worker processes, resumed, from a manifest and
on a Dask LocalCluster, every run writing the same bytes as a plain run of the same folders."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ("china-us-ai-talks", "ecb-rate-cut", "festival-avignon", "jakarta-floods")


def mtqa(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mtqa", *map(str, arguments)], capture_output=True, text=True)


def outputs(out: Path) -> list[str]:
    return [
        "--out", str(out / "reports"), "--junit", str(out / "junit.xml"), "--sarif", str(out / "mtqa.sarif"),
        "--markdown", str(out / "summary.md"), "--findings-table", str(out / "findings.csv"),
        "-s", "en", "-t", "fr", "--fail-on", "major",
    ]  # fmt: skip


def files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("articles")
    for name in ARTICLES:
        for side, language in (("src", "en"), ("tgt", "fr")):
            (root / side).mkdir(exist_ok=True)
            shutil.copy(ROOT / "corpora" / name / f"{language}.txt", root / side / f"{name}.txt")
    return root / "src", root / "tgt"


@pytest.fixture(scope="module")
def plain(folders: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("plain")
    result = mtqa("check", *folders, *outputs(out))
    assert result.returncode == 1, result.stderr  # the seed article fails the gate
    return out


def test_worker_processes_write_the_same_files(folders: tuple[Path, Path], plain: Path, tmp_path: Path) -> None:
    result = mtqa("check", *folders, *outputs(tmp_path), "--jobs", "2")
    assert result.returncode == 1, result.stderr
    assert files(tmp_path) == files(plain)


def test_resume_reuses_fresh_reports_and_checks_changed_articles(
    folders: tuple[Path, Path], plain: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(plain, out)
    for name in ("junit.xml", "mtqa.sarif", "summary.md", "findings.csv", "reports/index.html"):
        (out / name).unlink()
    result = mtqa("check", *folders, *outputs(out), "--resume")
    assert result.returncode == 1, result.stderr
    assert "4 article(s) not checked again" in result.stderr
    assert files(out) == files(plain)

    changed = folders[0] / f"{ARTICLES[1]}.txt"
    stamp = changed.stat()
    os.utime(changed, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 10**12))  # a newer source: check it again
    try:
        again = mtqa("check", *folders, *outputs(out), "--resume")
    finally:
        os.utime(changed, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert "3 article(s) not checked again" in again.stderr
    assert files(out) == files(plain)


def test_a_manifest_lists_the_same_pairs(folders: tuple[Path, Path], plain: Path, tmp_path: Path) -> None:
    source, target = folders
    rows = [
        {"source": str(source / f"{name}.txt"), "target": str(target / f"{name}.txt"), "name": name}
        for name in ARTICLES
    ]
    manifest = tmp_path / "pairs.jsonl"
    manifest.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "out"
    result = mtqa("check", "--manifest", manifest, *outputs(out))
    assert result.returncode == 1, result.stderr
    assert files(out) == files(plain)


def test_a_dask_cluster_of_two_workers_writes_the_same_files(
    folders: tuple[Path, Path], plain: Path, tmp_path: Path
) -> None:
    distributed = pytest.importorskip("distributed", reason="Dask is an extra: pip install 'mtqa[dask]'")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0", silence_logs=40
    ) as cluster:
        result = mtqa("check", *folders, *outputs(tmp_path), "--dask", cluster.scheduler_address)
    assert result.returncode == 1, result.stderr
    assert files(tmp_path) == files(plain)
