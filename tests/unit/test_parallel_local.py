"""Worker processes (--jobs): the same reports and digests as one process; a dead worker or a bad
article is one error that names what to do."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from mtqa.config import Config
from mtqa.errors import MtqaError
from mtqa.parallel import ArticleTask
from mtqa.parallel import local as local_module
from mtqa.parallel.local import run_processes, run_serial, worker_cores
from mtqa.pipeline import Checker
from tests.parallel_helpers import article_tasks, in_run_order, written


def test_two_worker_processes_write_and_digest_what_one_process_does(tmp_path: Path) -> None:
    serial = list(run_serial(article_tasks(tmp_path, tmp_path / "one"), Checker()))
    parallel = in_run_order(list(run_processes(article_tasks(tmp_path, tmp_path / "two"), 2, keep_going=False)))
    assert [result.position for result in parallel] == [0, 1, 2]
    assert [result.digest for result in parallel] == [result.digest for result in serial]
    assert written(tmp_path / "two") == written(tmp_path / "one")
    assert len(written(tmp_path / "one")) == 6  # JSON and HTML of each article
    assert not any(result.resumed for result in parallel)


def test_an_article_that_cannot_be_read_comes_back_with_its_message_and_the_others_are_checked(
    tmp_path: Path,
) -> None:
    tasks = article_tasks(tmp_path, tmp_path / "out")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\x00 not text \x00\x00")
    tasks[1] = replace(tasks[1], target=broken)
    results = in_run_order(list(run_processes(tasks, 2, keep_going=False)))
    assert [result.digest is None for result in results] == [False, True, False]
    assert results[1].input_error is not None and "broken.txt" in results[1].input_error
    assert len(written(tmp_path / "out")) == 4  # JSON and HTML of the two good articles


def test_a_worker_that_dies_is_one_error_and_the_run_stops(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "s.txt").write_text("Source.\n", encoding="utf-8")
    task = ArticleTask(0, tmp_path / "s.txt", tmp_path / "s.txt", Config(), "en", "en")
    monkeypatch.setattr(local_module, "_start_worker", _die)  # spawned workers import it from this module
    with pytest.raises(MtqaError, match="a worker process died") as caught:
        list(run_processes([task, replace(task, position=1)], 2, keep_going=False))
    assert "\n" not in str(caught.value) and "--resume" in str(caught.value)


def _die(keep_going: bool, cores: int, parent: int) -> None:
    os._exit(9)


def test_each_worker_gets_a_share_of_the_free_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    import mtqa.embed.threads as threads

    monkeypatch.setattr(threads, "free_cores", lambda: 8)
    assert [worker_cores(n) for n in (1, 2, 3, 8, 64)] == [8, 4, 2, 1, 1]


# A parent run in its own process: it starts two workers, prints their process ids after the first
# article, then waits (the workers finish the others and wait for more) until the test signals it.
_PARENT = """
import sys, time, multiprocessing
from pathlib import Path
from mtqa.parallel.local import run_processes
from mtqa.process import end_on_termination_signals
from tests.parallel_helpers import article_tasks

end_on_termination_signals()
root = Path(sys.argv[1])
for result in run_processes(article_tasks(root, root / "out"), 2, keep_going=False):
    print(" ".join(str(child.pid) for child in multiprocessing.active_children()), flush=True)
    time.sleep(600)
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states in /proc")
@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGKILL"])
def test_workers_end_when_their_parent_is_terminated_or_killed(tmp_path: Path, name: str) -> None:
    # Before, SIGTERM, SIGHUP or SIGKILL to a --jobs run left its workers (each with an encoder) running.
    import signal
    import subprocess
    import sys
    import time

    root = Path(__file__).resolve().parents[2]
    with subprocess.Popen(
        [sys.executable, "-c", _PARENT, str(tmp_path)],
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)])},
    ) as parent:
        try:
            assert parent.stdout is not None
            workers = [int(pid) for pid in parent.stdout.readline().split()]
            assert len(workers) == 2
            parent.send_signal(getattr(signal, name))
            code = parent.wait(180)  # a loaded machine can take a minute to end two workers mid-article
            deadline = time.monotonic() + 60  # generous: a worker checks on its parent every second
            while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not [pid for pid in workers if _alive(pid)]
            assert code == (-9 if name == "SIGKILL" else 128 + getattr(signal, name))
        finally:
            parent.kill()  # a parent that did not end would keep the test waiting


def _alive(pid: int) -> bool:
    # A worker ended but not yet reaped by init is a zombie: as good as gone.
    try:
        return Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
