"""Articles checked on a Dask cluster (``--dask SCHEDULER_ADDRESS``, or ``--dask local``).

Each Dask worker loads one :class:`~mtqa.pipeline.Checker`, hence one encoder, when it joins (a worker
plugin), and checks the articles the scheduler gives it with :func:`~mtqa.parallel.tasks.run_task`, the
function every other way of running uses. The workers need mtqa installed, the same version, and
nothing else of the client's machine: the client reads the input files and sends the documents, and
the workers send back the reports' text, which the client writes into ``--out`` as each article
finishes. ``--resume`` is decided on the client, which sees the reports. ``docs/scale-out.md`` shows a
real cluster.

Dask (``pip install mtqa[dask]``) is imported only by this module, which :func:`mtqa.parallel.run_dask`
imports only when Dask is asked for and installed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import distributed

from mtqa.errors import InputError, LanguageError, MtqaError, UsageError

if TYPE_CHECKING:
    from mtqa.parallel.tasks import ArticleResult, ArticleTask
    from mtqa.pipeline import Checker

# distributed's functions are not annotated; typed here as what they are to this module.
_Client: Any = distributed.Client
_LocalCluster: Any = distributed.LocalCluster
_as_completed: Any = distributed.as_completed
# The scheduler gives up on a task after its workers died with it ``allowed-failures`` times.
_KilledWorker: type[Exception] = distributed.KilledWorker
# A future cancelled for a reason: "scheduler-connection-lost" when the scheduler stopped mid-run.
_Cancelled = distributed.client.FutureCancelledError

LOCAL = "local"
PLUGIN_NAME = "mtqa-checker"
_AHEAD = 2  # tasks in flight per worker beyond the one it runs


def run_dask(
    tasks: Sequence[ArticleTask], address: str, *, keep_going: bool, workers: int | None = None
) -> Iterator[ArticleResult]:
    """Every task on the cluster at ``address`` (``local``: a LocalCluster of ``workers`` processes, started
    and stopped here); reports written as each article finishes, results in the order they finish."""
    with _quiet_client_log(), _client(address, workers) as client:
        _register(client, address, keep_going)
        yield from _run(client, tasks)


@contextmanager
def _quiet_client_log() -> Iterator[None]:
    """Dask's client logs a lost scheduler as an ERROR with a traceback on stderr; the run says it in one
    line of its own (:func:`_run`), so the client's log is kept to critical messages meanwhile."""
    logger = logging.getLogger("distributed.client")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _register(client: Any, address: str, keep_going: bool) -> None:
    """Give every worker its Checker; a worker that cannot (no mtqa there, or another one) stops the run."""
    from mtqa import __version__

    try:
        client.register_plugin(CheckerPlugin(keep_going), name=PLUGIN_NAME)
    except Exception as error:  # Dask re-raises the worker's error as a plain Exception
        raise UsageError(
            f"--dask {address}: the Dask workers cannot start mtqa ({_first_line(error)}); install mtqa "
            f"{__version__} in the workers' environment: pip install 'mtqa[dask]=={__version__}'"
        ) from None


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def _client(address: str, workers: int | None) -> Any:
    if address != LOCAL:
        # No timeout of our own: Dask's ``distributed.comm.timeouts.connect`` (30 s unless the user's Dask
        # config or DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT says otherwise) is what its users tune. But a
        # refused connection (nothing listens on that port) is said at once, not after Dask's retries.
        why = refused(address)
        if why is not None:
            raise UsageError(f"--dask {address}: cannot reach the scheduler ({why})")
        try:
            return _Client(address)
        except (OSError, TimeoutError, ValueError) as error:
            raise UsageError(f"--dask {address}: cannot reach the scheduler ({error})") from None
    from mtqa.embed.threads import CORES_VARIABLE, free_cores
    from mtqa.parallel.local import worker_cores

    count = workers or free_cores()
    cluster = _LocalCluster(
        n_workers=count,
        threads_per_worker=1,  # one Checker per worker, used by one article at a time
        processes=True,
        # The scheduler serves HTTP even without a dashboard, on port 8787 unless told: a port of its own
        # on this host only, so that a second run, or anything else on 8787, is no clash.
        dashboard_address="127.0.0.1:0",
        silence_logs=logging.ERROR,
        env={CORES_VARIABLE: str(worker_cores(count))},
    )
    return _Closing(_Client(cluster), cluster)


def refused(address: str) -> str | None:
    """Why a TCP scheduler address refuses connections, or cannot be one (port 99999), if so; None when
    it accepts one, or for anything else (a timeout, another protocol), which Dask decides."""
    import socket
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(address if "://" in address else f"tcp://{address}")
        host, port = parts.hostname, parts.port
    except ValueError as error:  # a port out of range or not a number, a broken IPv6 bracket
        return f"not a valid address: {str(error).lower()}"
    why = _malformed(address)
    if why is not None:
        return f"not a valid address: {why}"
    if parts.scheme not in ("tcp", "tls") or host is None or port is None:
        return None
    try:
        with socket.create_connection((host, port), timeout=5):
            return None
    except ConnectionRefusedError as error:
        return error.strerror or "connection refused"
    except OSError:
        return None


# How long a run waits for a first worker to join a scheduler that has none yet (a cluster scaling up).
WORKER_WAIT = 60.0
# How often the scheduler is asked meanwhile.
_WORKER_POLL = 0.5


def unusable(address: str, *, wait: float = WORKER_WAIT, waiting: Callable[[], None] | None = None) -> str | None:
    """Why the scheduler at ``address``, which accepts TCP connections, cannot take the run, or None.

    Dask's own ``connect`` bounds only the TCP connection, not its handshake: a server that accepts and
    says nothing (an HTTP server) made the run wait for ever, and one that answers in another protocol
    made Dask read "HTTP/1.1" as a frame length (3 EiB: "out of memory"). So the scheduler is asked for
    its identity, Dask's own RPC, within Dask's connect timeout (``distributed.comm.timeouts.connect``).
    A scheduler with no worker is asked again for ``wait`` seconds (``waiting`` is called once, before
    the first wait): with none, the run would wait for ever, saying nothing."""
    import asyncio

    return asyncio.run(_unusable(address, wait, waiting))


async def _unusable(address: str, wait: float, waiting: Callable[[], None] | None) -> str | None:
    import asyncio
    import time

    import dask
    from dask.utils import parse_timedelta
    from distributed.core import rpc
    from distributed.security import Security

    make_rpc: Any = rpc  # Dask's classes are not annotated: typed as what they are to this module
    security: Any = Security
    timeout = float(parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"), default="seconds"))
    deadline = time.monotonic() + wait
    arguments = security().get_connection_args("client")
    async with make_rpc(address, timeout=timeout, connection_args=arguments) as scheduler:
        while True:
            try:
                info = await asyncio.wait_for(scheduler.identity(), timeout)  # a worker has one too
            except TimeoutError:
                return f"no Dask scheduler answered in {timeout:g} s"
            except Exception as error:  # whatever a foreign server's reply makes Dask raise
                return f"not a Dask scheduler: it does not answer in Dask's protocol ({type(error).__name__})"
            kind = info.get("type") if isinstance(info, dict) else None
            if kind != "Scheduler":
                return f"a Dask {kind}, not the scheduler" if isinstance(kind, str) else "not a Dask scheduler"
            if info.get("n_workers"):
                return None
            if time.monotonic() >= deadline:
                return f"no Dask worker joined the scheduler in {wait:g} s; start workers: dask worker {address}"
            if waiting is not None:
                waiting()
                waiting = None
            await asyncio.sleep(_WORKER_POLL)


def _malformed(address: str) -> str | None:
    """Why Dask itself could not read ``address`` (an unknown scheme, no port, a broken IPv6 bracket), in
    its own words; None when it can. Dask's parsers decide, so mtqa accepts what Dask accepts; asked
    before the run writes anything, not when the client first connects."""
    from distributed.comm.addressing import parse_address, parse_host_port
    from distributed.comm.registry import get_backend

    try:
        scheme, location = parse_address(address)
        get_backend(scheme)
        if scheme in ("tcp", "tls"):  # Dask's TCP connector wants host:port, with no default port
            parse_host_port(location)
    except ValueError as error:
        return str(error)
    return None


class _Closing:
    """A client that closes its LocalCluster too when it closes."""

    def __init__(self, client: Any, cluster: Any) -> None:
        self._client = client
        self._cluster = cluster

    def __enter__(self) -> Any:
        return self._client

    def __exit__(self, *exc: object) -> None:
        self._client.close()
        self._cluster.close()


def _run(client: Any, tasks: Sequence[ArticleTask]) -> Iterator[ArticleResult]:
    from mtqa import __version__
    from mtqa.parallel.resume import resumed_digest
    from mtqa.parallel.tasks import ArticleResult, write_reports
    from mtqa.pipeline import Checker

    local = Checker()  # names encoders for --resume; never loads one
    queue = iter(tasks)
    waiting: dict[Any, ArticleTask] = {}
    completed = _as_completed()
    ahead = max(1, len(client.scheduler_info().get("workers", {}))) * (1 + _AHEAD)

    def fill() -> Iterator[ArticleResult]:
        for task in queue:
            found = resumed_digest(task, local) if task.resume else None
            if found is not None:
                yield ArticleResult(task.position, found, resumed=True)
                continue
            try:
                shipped = _shipped(task)
            except (InputError, LanguageError) as error:  # read here: a bad file is that article's input error
                yield ArticleResult(task.position, None, input_error=str(error))
                continue
            future = client.submit(_check_on_worker, shipped, pure=False, key=f"mtqa-article-{task.position}")
            waiting[future] = task
            completed.add(future)
            if len(waiting) >= ahead:
                return

    try:
        yield from fill()
        for future in completed:
            task = waiting.pop(future)
            try:
                result: ArticleResult = future.result()
            except _KilledWorker:
                raise MtqaError(
                    f"{task.target}: the Dask workers that took this article died (out of memory?); "
                    "the reports written so far stay: rerun with --resume"
                ) from None
            except _Cancelled as error:  # the scheduler went away (or someone cancelled the run's tasks)
                raise MtqaError(
                    f"{task.target}: Dask cancelled this article ({error.reason}: the scheduler stopped or "
                    "cannot be reached); the reports written so far stay: rerun with --resume"
                ) from None
            future.release()
            if result.digest is not None and result.digest.tool_version != __version__:
                raise UsageError(
                    f"a Dask worker runs mtqa {result.digest.tool_version}, this client {__version__}: "
                    "install the same version on both"
                )
            if result.reports is not None:
                write_reports(task, result.reports)
            yield replace(result, reports=None)
            yield from fill()
    except BaseException:
        client.cancel(list(waiting))
        raise


def _shipped(task: ArticleTask) -> ArticleTask:
    """The task with its files read here: the workers need not see the client's files."""
    from pathlib import Path

    from mtqa.io import read_document

    if task.bilingual is not None:
        from mtqa.parallel.tasks import read_bilingual_task

        return replace(task, source=read_bilingual_task(task), resume=False)
    limit = task.config.input.max_size
    source = read_document(task.source, max_bytes=limit) if isinstance(task.source, Path) else task.source
    target = read_document(task.target, max_bytes=limit) if isinstance(task.target, Path) else task.target
    return replace(task, source=source, target=target, resume=False)


def _check_on_worker(task: ArticleTask) -> ArticleResult:
    from distributed import get_worker

    from mtqa.parallel.tasks import portable_errors, run_task

    plugin = get_worker().plugins[PLUGIN_NAME]
    assert isinstance(plugin, CheckerPlugin) and plugin.checker is not None, "worker without mtqa's plugin"
    with portable_errors():
        return run_task(plugin.checker, task, write=False)


class CheckerPlugin(distributed.WorkerPlugin):
    """Gives each Dask worker one Checker (one encoder, loaded on its first article) for its lifetime."""

    idempotent = True

    def __init__(self, keep_going: bool) -> None:
        self.keep_going = keep_going
        self.checker: Checker | None = None

    def setup(self, worker: Any) -> None:
        from mtqa.pipeline import Checker

        self.checker = Checker(keep_going=self.keep_going)

    def teardown(self, worker: Any) -> None:
        self.checker = None
