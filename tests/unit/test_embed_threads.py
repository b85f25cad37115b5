from __future__ import annotations

import os

import pytest

from mtqa.embed import threads


@pytest.mark.parametrize(
    ("cores", "load", "expected"), [(2, 0.0, 2), (2, 1.0, 1), (2, 0.4, 2), (2, 7.0, 1), (8, 3.2, 5)]
)
def test_free_cores_subtracts_the_load(monkeypatch: pytest.MonkeyPatch, cores: int, load: float, expected: int) -> None:
    monkeypatch.setattr(threads, "usable_cores", lambda: cores)
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    assert threads.free_cores() == expected


def test_no_load_average_means_every_core(monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable() -> tuple[float, float, float]:
        raise OSError("no load average")

    monkeypatch.setattr(threads, "usable_cores", lambda: 4)
    monkeypatch.setattr(os, "getloadavg", unavailable)
    assert threads.free_cores() == 4


def test_usable_cores_is_at_least_one() -> None:
    assert threads.usable_cores() >= 1


@pytest.mark.parametrize(("share", "expected"), [("1", 1), ("64", None), ("0", None), ("x", None), ("", None)])
def test_a_parent_gives_its_workers_a_share_of_the_cores(
    monkeypatch: pytest.MonkeyPatch, share: str, expected: int | None
) -> None:
    monkeypatch.delenv(threads.CORES_VARIABLE, raising=False)
    every = threads.usable_cores()
    monkeypatch.setenv(threads.CORES_VARIABLE, share)
    assert threads.usable_cores() == (expected if expected is not None else every)
