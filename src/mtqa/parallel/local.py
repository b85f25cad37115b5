"""Articles checked on this machine: in this process (one job), or in worker processes (``--jobs N``).

Each worker process holds one :class:`~mtqa.pipeline.Checker`, so each loads the encoder once; the
workers write the article reports themselves and send back digests. Workers are started with ``spawn``
(a fresh interpreter, on every platform): forking a process that may already hold BLAS threads or an
SQLite connection is unsafe. At most two tasks per worker are handed out ahead, so a run of any size
keeps few tasks and results in flight.

Interrupting the run (Ctrl-C, SIGTERM, SIGHUP) stops the workers: unstarted articles are cancelled and
running ones are ended. A worker whose parent is gone without stopping it (SIGKILL, the OOM killer) ends
itself: it watches its parent's process id. No report is ever half-written (reports are written atomically, see
:func:`mtqa.report.write_atomic`); a worker ended in a write removes its temporary file.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from mtqa.errors import MtqaError

if TYPE_CHECKING:
    from types import FrameType

    from mtqa.parallel.tasks import ArticleResult, ArticleTask
    from mtqa.pipeline import Checker

_AHEAD = 2  # tasks handed out per worker beyond the one it runs
_STOP_WAIT_SECONDS = 5.0
_PARENT_POLL_SECONDS = 1.0

# The worker process's Checker. A worker process lives for one run, so this lives exactly as long as
# the run's Checker would (the initializer sets it; ProcessPoolExecutor offers no other place).
_WORKER_CHECKER: Checker | None = None


def run_serial(tasks: Sequence[ArticleTask], checker: Checker) -> Iterator[ArticleResult]:
    """Every task in this process, in order."""
    from mtqa.parallel.tasks import run_task

    for task in tasks:
        yield run_task(checker, task)


def run_processes(tasks: Sequence[ArticleTask], jobs: int, *, keep_going: bool) -> Iterator[ArticleResult]:
    """Every task on ``jobs`` worker processes; results in the order the articles finish."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    share = worker_cores(jobs)
    executor = ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_start_worker, initargs=(keep_going, share, os.getpid())
    )
    pending: set[Future[ArticleResult]] = set()
    queue = iter(tasks)
    try:
        while True:
            for task in queue:
                pending.add(executor.submit(_run_in_worker, task))
                if len(pending) >= jobs * (1 + _AHEAD):
                    break
            if not pending:
                break
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=_position):
                yield future.result()
    except BrokenProcessPool:
        _stop(executor, pending)
        raise MtqaError(
            "a worker process died (out of memory?); the reports written so far stay: rerun with --resume"
        ) from None
    except BaseException:
        _stop(executor, pending)
        raise
    executor.shutdown(wait=True)


def _position(future: Future[ArticleResult]) -> int:
    # Errors first (no position), then finished articles in run order: the first error a run meets is
    # the same whatever order the workers finished in, within one wait.
    return -1 if future.exception() is not None else future.result().position


def _stop(executor: ProcessPoolExecutor, pending: set[Future[ArticleResult]]) -> None:
    """Cancel what has not started and end the workers (a worker ends its article's write cleanly)."""
    for future in pending:
        future.cancel()
    processes = list(getattr(executor, "_processes", {}).values())  # no public handle before Python 3.14
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(_STOP_WAIT_SECONDS)
        if process.is_alive():
            process.kill()


def worker_cores(workers: int) -> int:
    """Each worker's share of the free cores (its encoder's BLAS threads), at least 1."""
    from mtqa.embed.threads import free_cores

    return max(1, free_cores() // workers)


def _start_worker(keep_going: bool, cores: int, parent: int) -> None:
    global _WORKER_CHECKER
    import threading

    from mtqa.embed.threads import CORES_VARIABLE
    from mtqa.pipeline import Checker

    os.environ[CORES_VARIABLE] = str(cores)  # read when the encoder loads, on the first article
    # Every other BLAS call of the worker (the fast and e5 encoders, the aligner's products) would start
    # a thread per core of the machine: N workers would then spin N times as many threads as cores.
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=cores, user_api="blas")
    # The parent handles Ctrl-C (a terminal sends it to every process of the group) and ends the workers
    # with SIGTERM, which must unwind the stack so that an atomic write removes its temporary file.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_terminate)
    threading.Thread(target=watch_parent, args=(parent,), name="mtqa-parent-watch", daemon=True).start()
    from mtqa.process import collect_less_often

    collect_less_often()
    _WORKER_CHECKER = Checker(keep_going=keep_going)


def _exit_on_terminate(signum: int, frame: FrameType | None) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends the process at once
    raise SystemExit(128 + signum)


def watch_parent(parent: int, poll: float = _PARENT_POLL_SECONDS) -> None:
    """End this process once ``parent`` is no longer its parent (it died, even by SIGKILL, and the
    process was re-parented). An orphaned worker would otherwise wait for tasks for ever, holding its
    encoder; the pool's pipes stay open between the workers, so no read notices. SIGTERM unwinds the
    worker like the parent's own stop; a worker stuck in a long computation is ended regardless."""
    import time

    while os.getppid() == parent:
        time.sleep(poll)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(_STOP_WAIT_SECONDS)
    os._exit(128 + signal.SIGTERM)


def _run_in_worker(task: ArticleTask) -> ArticleResult:
    from mtqa.parallel.tasks import portable_errors, run_task

    assert _WORKER_CHECKER is not None, "worker started without its Checker"
    with portable_errors():
        return run_task(_WORKER_CHECKER, task)
