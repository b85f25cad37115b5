"""Checking many article pairs: in this process, in worker processes (``--jobs N``), or on a Dask cluster
(``--dask``), with the same reports whichever way.

A run is a list of :class:`~mtqa.parallel.tasks.ArticleTask` in the run's order. :func:`run_tasks` checks
them and yields an :class:`~mtqa.parallel.tasks.ArticleResult` as each article finishes, its reports
already written; the caller keeps the results' digests in a :class:`~mtqa.parallel.spool.DigestSpool` and
writes the run-wide outputs from it in the run's order, so the files are the same whatever the number of
workers and whichever finished first.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator, Sequence

from mtqa.embed.threads import free_cores, usable_cores
from mtqa.errors import UsageError
from mtqa.parallel.spool import DigestSpool
from mtqa.parallel.tasks import ArticleResult, ArticleTask

__all__ = ["ArticleResult", "ArticleTask", "DigestSpool", "check_dask", "run_tasks"]

# Without --jobs, a run of at least this many articles uses one worker per core it may run on. Below it,
# starting a worker (a fresh interpreter that loads its own encoder) costs about what it saves, and one
# process is simpler to read in a traceback or a profile.
PARALLEL_FROM_ARTICLES = 8


def check_dask(address: str, waiting: Callable[[], None] | None = None) -> None:
    """Refuse (:class:`~mtqa.errors.UsageError`) a ``--dask`` run that cannot start: Dask not installed,
    a scheduler address that refuses connections, a server there that is not a Dask scheduler, or a
    scheduler no worker joins in :data:`~mtqa.parallel.cluster.WORKER_WAIT` seconds (``waiting`` is
    called once when the wait starts). Called before the run prints or writes anything, so that a
    run-wide error stops it at once and leaves ``--out`` as it was."""
    if importlib.util.find_spec("distributed") is None:
        raise UsageError("--dask needs Dask: pip install 'mtqa[dask]'")
    if address == "local":
        return
    from mtqa.parallel.cluster import refused, unusable

    why = refused(address)
    if why is not None:
        raise UsageError(f"--dask {address}: cannot reach the scheduler ({why})")
    why = unusable(address, waiting=waiting)
    if why is not None:
        raise UsageError(f"--dask {address}: {why}")


def run_tasks(
    tasks: Sequence[ArticleTask], *, jobs: int | None = None, dask: str | None = None, keep_going: bool = False
) -> Iterator[ArticleResult]:
    """Check every task; results come in the order articles finish.

    ``jobs`` worker processes (1: this process; 0: one per free core; None: one per usable core for a
    run of at least :data:`PARALLEL_FROM_ARTICLES` articles, else this process); with ``dask``, the
    scheduler's address, or ``local`` for a LocalCluster of ``jobs`` workers started for the run (None or
    0: one per free core)."""
    if dask is not None:
        if importlib.util.find_spec("distributed") is None:
            raise UsageError("--dask needs Dask: pip install 'mtqa[dask]'")
        from mtqa.parallel.cluster import run_dask

        return run_dask(tasks, dask, keep_going=keep_going, workers=jobs or None)
    if jobs is None:
        # Not the load average (--jobs auto): it still counts whatever ran in the minute before the run
        # (an install, the tests), and a busy machine is shared fairly anyway. Each worker's BLAS threads
        # are what the load average sizes (parallel.local.worker_cores), so none of them spins.
        workers = usable_cores() if len(tasks) >= PARALLEL_FROM_ARTICLES else 1
    else:
        workers = free_cores() if jobs == 0 else jobs
    workers = min(workers, len(tasks))
    if workers <= 1:
        from mtqa.parallel.local import run_serial
        from mtqa.pipeline import Checker

        return run_serial(tasks, Checker(keep_going=keep_going))
    from mtqa.parallel.local import run_processes

    return run_processes(tasks, workers, keep_going=keep_going)
