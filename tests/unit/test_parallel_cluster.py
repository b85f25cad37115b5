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
