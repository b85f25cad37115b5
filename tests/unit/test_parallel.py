from __future__ import annotations

import importlib.util
import os
import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from mtqa.cli.many import parse_jobs
from mtqa.config import Config
from mtqa.errors import CheckCrashed, InputError, MtqaError, UsageError
from mtqa.parallel import ArticleTask, run_tasks
from mtqa.parallel.local import worker_cores
from mtqa.parallel.tasks import portable_errors


def test_jobs_are_a_number_or_auto() -> None:
    assert [parse_jobs(value) for value in (None, "1", "4", "auto", " AUTO ", "0")] == [None, 1, 4, 0, 0, 0]
    for bad in ("-1", "two", "²", "1.5"):
        with pytest.raises(UsageError, match="give a number of worker processes"):
            parse_jobs(bad)
    assert worker_cores(1) >= worker_cores(64) == 1


def test_dask_missing_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(UsageError, match=r"--dask needs Dask: pip install 'mtqa\[dask\]'"):
        run_tasks([], dask="local")


def test_errors_cross_processes_with_their_message() -> None:
    crashed = CheckCrashed("names.x", "a.txt", ValueError("boom"))
    with pytest.raises(MtqaError) as caught, portable_errors():
        raise crashed
    travelled = pickle.loads(pickle.dumps(caught.value))
    assert str(travelled) == str(crashed)
    with pytest.raises(InputError), portable_errors():  # errors that pickle keep their type
        raise InputError("a.txt: not UTF-8")


def test_a_worker_that_dies_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mtqa.parallel import local

    (tmp_path / "s.txt").write_text("Source.\n", encoding="utf-8")
    task = ArticleTask(0, tmp_path / "s.txt", tmp_path / "s.txt", Config(), "en", "en")
    monkeypatch.setattr(local, "_start_worker", _die)  # spawned workers import it from this module
    with pytest.raises(MtqaError, match="a worker process died"):
        list(local.run_processes([task, replace(task, position=1)], 2, keep_going=False))


def _die(keep_going: bool, cores: int) -> None:
    os._exit(9)
