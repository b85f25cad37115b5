"""run_tasks: the way of running that --jobs and --dask ask for."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import mtqa.parallel as parallel_module
from mtqa.errors import UsageError
from mtqa.parallel import ArticleTask, run_tasks
from mtqa.parallel import local as local_module
from tests.parallel_helpers import article_tasks


def test_dask_missing_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(UsageError, match=r"--dask needs Dask: pip install 'mtqa\[dask\]'"):
        run_tasks([], dask="local")


@pytest.mark.parametrize(
    ("jobs", "free", "expected"),
    [(None, 2, "serial"), (1, 2, "serial"), (0, 1, "serial"), (0, 2, 2), (2, 1, 2), (8, 1, 3)],
)
def test_workers_are_asked_for_free_or_capped_by_the_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int | None, free: int, expected: object
) -> None:
    chosen: list[object] = []

    def serial(tasks: Sequence[ArticleTask], checker: Any) -> list[object]:
        chosen.append("serial")
        return []

    def processes(tasks: Sequence[ArticleTask], workers: int, *, keep_going: bool) -> list[object]:
        chosen.append(workers)
        return []

    monkeypatch.setattr(parallel_module, "free_cores", lambda: free)
    monkeypatch.setattr(local_module, "run_serial", serial)
    monkeypatch.setattr(local_module, "run_processes", processes)
    run_tasks(article_tasks(tmp_path, tmp_path / "out"), jobs=jobs)
    assert chosen == [expected]


@pytest.mark.parametrize(("count", "free", "expected"), [(7, 2, "serial"), (8, 2, 2), (8, 1, "serial"), (40, 4, 4)])
def test_without_jobs_a_large_run_uses_every_usable_core(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int, free: int, expected: object
) -> None:
    chosen: list[object] = []
    monkeypatch.setattr(parallel_module, "usable_cores", lambda: free)
    monkeypatch.setattr(parallel_module, "free_cores", lambda: 1)  # a busy minute before: not asked
    monkeypatch.setattr(local_module, "run_serial", lambda tasks, checker: chosen.append("serial") or [])
    monkeypatch.setattr(
        local_module, "run_processes", lambda tasks, workers, *, keep_going: chosen.append(workers) or []
    )
    tasks = article_tasks(tmp_path, tmp_path / "out")
    run_tasks((tasks * count)[:count], jobs=None)
    assert chosen == [expected]
