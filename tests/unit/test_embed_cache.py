from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from mtqa.embed.base import Matrix, normalise_rows
from mtqa.embed.cache import DATABASE_NAME, CachedEncoder
from mtqa.errors import EncoderError


class CountingEncoder:
    """Deterministic vectors from the text's bytes; records what it was asked to encode."""

    def __init__(self, signature: str = "counting@1") -> None:
        self.signature = signature
        self.calls: list[list[str]] = []

    def encode(self, texts: Sequence[str]) -> Matrix:
        self.calls.append(list(texts))
        rows = np.zeros((len(texts), 8), dtype=np.float32)
        for row, text in enumerate(texts):
            for position, byte in enumerate(text.encode()):
                rows[row, (byte + position) % 8] += 1.0
            rows[row, 0] += 0.5
        return normalise_rows(rows)


def test_only_missing_texts_reach_the_inner_encoder_once_each(tmp_path: Path) -> None:
    inner = CountingEncoder()
    cached = CachedEncoder(inner, tmp_path)
    first = cached.encode(["a", "b", "a", "c"])
    assert inner.calls == [["a", "b", "c"]]
    second = cached.encode(["c", "d", "a"])
    assert inner.calls[1] == ["d"]
    np.testing.assert_array_equal(first[0], first[2])
    np.testing.assert_array_equal(second[0], first[3])
    np.testing.assert_array_equal(second, CountingEncoder().encode(["c", "d", "a"]))


def test_cache_persists_across_instances_and_is_keyed_by_signature(tmp_path: Path) -> None:
    CachedEncoder(CountingEncoder(), tmp_path).encode(["x", "y"])
    again = CountingEncoder()
    CachedEncoder(again, tmp_path).encode(["y", "x"])
    assert again.calls == []
    other = CountingEncoder("other-model@2")
    CachedEncoder(other, tmp_path).encode(["x"])
    assert other.calls == [["x"]]
    assert (tmp_path / DATABASE_NAME).is_file()


def test_empty_batch_and_signature(tmp_path: Path) -> None:
    inner = CountingEncoder()
    cached = CachedEncoder(inner, tmp_path / "nested" / "dir")
    assert cached.signature == "counting@1"
    assert cached.encode([]).shape == (0, 8)


def test_corrupt_database_is_an_encoder_error(tmp_path: Path) -> None:
    (tmp_path / DATABASE_NAME).write_bytes(b"this is not a sqlite database" * 100)
    with pytest.raises(EncoderError, match="--no-cache"):
        CachedEncoder(CountingEncoder(), tmp_path).encode(["x"])


def test_two_writers_share_one_cache(tmp_path: Path) -> None:
    first, second = CachedEncoder(CountingEncoder(), tmp_path), CachedEncoder(CountingEncoder(), tmp_path)
    first.encode(["p", "q"])
    second.encode(["q", "r"])
    first.encode(["r"])
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        (count,) = connection.execute("SELECT COUNT(*) FROM embedding").fetchone()
    assert count == 3
