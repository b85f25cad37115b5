"""Dask: a LocalCluster started here checks articles into the same reports and digests as one process;
workers that die are one error."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed", reason="Dask is an extra: pip install 'mtqa[dask]'")

from mtqa.errors import MtqaError, UsageError
from mtqa.parallel import cluster as cluster_module
from mtqa.parallel.local import run_serial
from mtqa.pipeline import Checker
from tests.parallel_helpers import article_tasks, in_run_order, written


def test_a_local_cluster_of_two_workers_writes_and_digests_what_one_process_does(tmp_path: Path) -> None:
    serial = list(run_serial(article_tasks(tmp_path, tmp_path / "one"), Checker()))
    tasks = article_tasks(tmp_path, tmp_path / "dask")
    results = list(cluster_module.run_dask(tasks, "local", keep_going=False, workers=2))
    assert [result.position for result in in_run_order(results)] == [0, 1, 2]
    assert [result.digest for result in in_run_order(results)] == [result.digest for result in serial]
    assert all(result.reports is None for result in results)  # written by the client as they came
    assert written(tmp_path / "dask") == written(tmp_path / "one")


def test_resumed_articles_are_decided_on_the_client_and_not_sent(tmp_path: Path) -> None:
    tasks = article_tasks(tmp_path, tmp_path / "out", resume=True)
    list(run_serial(tasks[:2], Checker()))  # two reports already there, fresh
    results = in_run_order(list(cluster_module.run_dask(tasks, "local", keep_going=False, workers=1)))
    assert [result.resumed for result in results] == [True, True, False]


def test_workers_that_die_with_an_article_are_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dask

    monkeypatch.setattr(cluster_module, "CheckerPlugin", _DyingPlugin)  # pickled by reference to this module
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), pytest.raises(MtqaError) as caught:
        tasks = article_tasks(tmp_path, tmp_path / "out")[:1]
        list(cluster_module.run_dask(tasks, "local", keep_going=False, workers=1))
    message = str(caught.value)
    assert "the Dask workers that took this article died" in message and "--resume" in message
    assert "\n" not in message and not (tmp_path / "out").exists()


def test_an_unreachable_scheduler_is_one_usage_error_within_dasks_connect_timeout(tmp_path: Path) -> None:
    import socket

    import dask

    with socket.socket() as probe:  # a port nobody listens on once the probe is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    tasks = article_tasks(tmp_path, tmp_path / "out")[:1]
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), pytest.raises(UsageError) as caught:
        list(cluster_module.run_dask(tasks, address, keep_going=False))
    message = str(caught.value)
    assert message.startswith(f"--dask {address}: cannot reach the scheduler") and "\n" not in message
    assert not (tmp_path / "out").exists()


class _Dying:
    def check(self, *args: Any, **kwargs: Any) -> None:
        os._exit(9)


class _DyingPlugin(cluster_module.CheckerPlugin):
    def setup(self, worker: Any) -> None:
        self.checker = _Dying()  # type: ignore[assignment]


def test_a_scheduler_address_nobody_listens_on_is_refused_at_once() -> None:
    import socket
    import time

    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens on it
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(UsageError, match=rf"--dask tcp://127\.0\.0\.1:{port}: cannot reach the scheduler"):
        cluster_module._client(f"tcp://127.0.0.1:{port}", None)
    assert time.monotonic() - started < 10  # Dask's own retries took 30 s
    assert cluster_module.refused("inproc://x") is None


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:99999", "tcp://host:port", "127.0.0.1:-1"])
def test_a_scheduler_address_that_cannot_be_one_is_refused_at_once(address: str) -> None:
    with pytest.raises(UsageError, match="cannot reach the scheduler \\(not a valid address: port"):
        cluster_module._client(address, None)


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("tcp://[::1", "invalid ipv6"),  # before: internal error, ValueError from urlsplit
        ("http://127.0.0.1:1", "unknown address scheme 'http'"),  # before: said only after --out was written
        ("tcp://", "missing port number"),
        (" ", "missing port number"),
    ],
)
def test_an_address_dask_cannot_read_is_refused_at_once(address: str, why: str) -> None:
    assert why in (cluster_module.refused(address) or "")


def _serve(reply: bytes) -> tuple[str, Any]:
    """A TCP server on a free local port that answers every connection with ``reply`` (nothing when
    empty) and keeps it open: not a Dask scheduler. Returns its address and its socket (close it)."""
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    kept: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            kept.append(connection)
            if reply:
                connection.sendall(reply)

    threading.Thread(target=accept, daemon=True).start()
    return f"tcp://127.0.0.1:{server.getsockname()[1]}", server


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        # Dask read "HTTP/1.1" as a frame length of 3 EiB: "out of memory; the input is too large"
        (b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n" * 4, "not a Dask scheduler"),
        (b"SSH-2.0-OpenSSH_9.6\r\n" * 8, "not a Dask scheduler"),
        # Dask's handshake read has no timeout: a server that says nothing made the run wait for ever
        (b"", "no Dask scheduler answered in 1 s"),
    ],
)
def test_a_server_that_is_not_a_dask_scheduler_is_one_line_within_the_connect_timeout(reply: bytes, why: str) -> None:
    import time

    import dask

    address, server = _serve(reply)
    started = time.monotonic()
    try:
        with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
            assert why in (cluster_module.unusable(address) or "")
    finally:
        server.close()
    assert time.monotonic() - started < 10


def test_a_scheduler_without_workers_is_waited_for_then_refused_and_a_worker_is_not_a_scheduler() -> None:
    import distributed

    waits: list[int] = []
    with distributed.LocalCluster(n_workers=0, processes=False, protocol="tcp", dashboard_address=None) as empty:
        why = cluster_module.unusable(empty.scheduler_address, wait=1.0, waiting=lambda: waits.append(1))
    assert why is not None and "no Dask worker joined the scheduler in 1 s" in why and waits == [1]
    with distributed.LocalCluster(n_workers=1, processes=False, protocol="tcp", dashboard_address=None) as ready:
        assert cluster_module.unusable(ready.scheduler_address, wait=1.0) is None
        worker = next(iter(ready.scheduler_info["workers"]))
        assert "a Dask Worker, not the scheduler" in (cluster_module.unusable(worker, wait=1.0) or "")


class _NoMtqaPlugin(cluster_module.CheckerPlugin):
    def setup(self, worker: Any) -> None:
        raise ModuleNotFoundError("No module named 'mtqa'")  # a worker image without mtqa


def test_workers_that_cannot_import_mtqa_are_one_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster_module, "CheckerPlugin", _NoMtqaPlugin)  # pickled by reference to this module
    tasks = article_tasks(tmp_path, tmp_path / "out")[:1]
    with pytest.raises(UsageError) as caught:  # before: "internal error: Exception: ModuleNotFoundError(...)"
        list(cluster_module.run_dask(tasks, "local", keep_going=False, workers=1))
    message = str(caught.value)
    assert "the Dask workers cannot start mtqa (" in message and "No module named 'mtqa'" in message
    assert "pip install 'mtqa[dask]==" in message and "\n" not in message


def test_a_scheduler_lost_mid_run_is_one_error_that_says_resume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from distributed.client import FutureCancelledError

    class Lost:  # what a future becomes when the client loses its scheduler
        def result(self) -> None:
            raise FutureCancelledError("mtqa-article-0", "scheduler-connection-lost", "Client lost the connection")

    cancelled: list[Any] = []

    class Client:
        def scheduler_info(self) -> dict[str, Any]:
            return {"workers": {"tcp://w:1": {}}}

        def submit(self, *args: Any, **kwargs: Any) -> Lost:
            return Lost()

        def cancel(self, futures: list[Any]) -> None:
            cancelled.extend(futures)

    class Completed(list[Any]):
        add = list.append

    monkeypatch.setattr(cluster_module, "_as_completed", Completed)
    tasks = article_tasks(tmp_path, tmp_path / "out")
    with pytest.raises(MtqaError) as caught:  # before: "internal error: FutureCancelledError ..."
        list(cluster_module._run(Client(), tasks))
    message = str(caught.value)
    assert "Dask cancelled this article (scheduler-connection-lost" in message and "--resume" in message
    assert "\n" not in message and len(cancelled) == 2  # the articles still in flight
