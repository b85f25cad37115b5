"""One article as a unit of work: written where it runs, or sent back as text (Dask), the same bytes."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from mtqa.errors import CheckCrashed, InputError, MtqaError
from mtqa.parallel.tasks import portable_errors, run_task, write_reports
from mtqa.pipeline import Checker
from tests.parallel_helpers import article_tasks, written


def test_reports_sent_back_as_text_are_the_reports_written_in_place(tmp_path: Path) -> None:
    checker = Checker()
    (task, *_) = article_tasks(tmp_path, tmp_path / "here")
    here = run_task(checker, task)
    assert here.reports is None and task.json_path is not None and task.json_path.is_file()
    (elsewhere_task, *_) = article_tasks(tmp_path, tmp_path / "there")
    elsewhere = run_task(checker, elsewhere_task, write=False)
    assert elsewhere.reports is not None and not (tmp_path / "there").exists()
    write_reports(elsewhere_task, elsewhere.reports)
    assert written(tmp_path / "there") == written(tmp_path / "here")
    assert elsewhere.digest == here.digest and elsewhere.digest.junit is not None


def test_errors_cross_processes_with_their_message() -> None:
    crashed = CheckCrashed("names.x", "a.txt", ValueError("boom"))
    with pytest.raises(MtqaError) as caught, portable_errors():
        raise crashed
    travelled = pickle.loads(pickle.dumps(caught.value))
    assert str(travelled) == str(crashed)
    with pytest.raises(InputError), portable_errors():  # errors that pickle keep their type
        raise InputError("a.txt: not UTF-8")


def test_an_article_with_bad_input_comes_back_as_an_input_error_and_writes_nothing(tmp_path: Path) -> None:
    from dataclasses import replace

    (task, *_) = article_tasks(tmp_path, tmp_path / "out")
    assert isinstance(task.target, Path)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = run_task(Checker(), replace(task, target=bad))
    assert result.digest is None and result.input_error is not None and str(bad) in result.input_error
    assert not (tmp_path / "out").exists()
    assert pickle.loads(pickle.dumps(result)) == result  # it crosses to the parent process as it is
