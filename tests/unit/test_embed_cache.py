from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from mtqa.embed.base import Matrix, normalise_rows
from mtqa.embed.cache import DATABASE_NAME, CachedEncoder


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


def test_the_inner_signature_is_read_once(tmp_path: Path) -> None:
    # the encoders build it from package metadata or a model file's digest, which costs milliseconds
    class Reads(CountingEncoder):
        reads = 0

        @property  # type: ignore[override]
        def signature(self) -> str:
            self.reads += 1
            return "reads@1"

        @signature.setter
        def signature(self, value: str) -> None:
            pass

    inner = Reads()
    cached = CachedEncoder(inner, tmp_path)
    cached.encode(["a"])
    cached.encode(["b"])
    assert cached.signature == "reads@1"
    assert inner.reads == 1


def test_a_corrupt_database_turns_the_disk_layer_off_with_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # The cache only saves time: the run goes on with the same vectors, as without the cache.
    (tmp_path / DATABASE_NAME).write_bytes(b"this is not a sqlite database" * 100)
    inner = CountingEncoder()
    cached = CachedEncoder(inner, tmp_path)
    first = cached.encode(["x", "y"])
    second = cached.encode(["z"])
    assert np.allclose(first, CountingEncoder().encode(["x", "y"])) and second.shape == (1, 8)
    warnings = [record.getMessage() for record in caplog.records]
    assert len(warnings) == 1 and "embedding cache" in warnings[0] and "without the disk cache" in warnings[0]
    assert (tmp_path / DATABASE_NAME).read_bytes() == b"this is not a sqlite database" * 100


def test_two_writers_share_one_cache(tmp_path: Path) -> None:
    first, second = CachedEncoder(CountingEncoder(), tmp_path), CachedEncoder(CountingEncoder(), tmp_path)
    first.encode(["p", "q"])
    second.encode(["q", "r"])
    first.encode(["r"])
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        (count,) = connection.execute("SELECT COUNT(*) FROM embedding").fetchone()
    assert count == 3


def _rows(path: Path) -> dict[str, bytes]:
    with sqlite3.connect(path / DATABASE_NAME) as connection:
        return dict(connection.execute("SELECT key, vector FROM embedding"))


@pytest.mark.parametrize(
    "bad", [np.zeros(3, dtype=np.float32).tobytes(), np.full(8, np.nan, dtype=np.float32).tobytes(), b"abc"]
)
def test_a_stored_row_that_is_not_a_valid_vector_is_re_embedded_and_replaced(tmp_path: Path, bad: bytes) -> None:
    CachedEncoder(CountingEncoder(), tmp_path).encode(["x", "y"])
    key_x = sorted(_rows(tmp_path))[0]
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        connection.execute("UPDATE embedding SET vector = ? WHERE key = ?", (bad, key_x))
    inner = CountingEncoder()
    inner.dimension = 8  # type: ignore[attr-defined]
    vectors = CachedEncoder(inner, tmp_path).encode(["x", "y"])
    wanted = CountingEncoder().encode(["x", "y"])
    np.testing.assert_array_equal(vectors, wanted)
    assert len(inner.calls) == 1 and len(inner.calls[0]) == 1  # only the damaged row was embedded again
    assert {len(blob) for blob in _rows(tmp_path).values()} == {8 * 4}


def test_rows_of_another_size_are_ignored_when_the_dimension_is_not_declared(tmp_path: Path) -> None:
    CachedEncoder(CountingEncoder(), tmp_path).encode(["a", "b", "c"])
    key = sorted(_rows(tmp_path))[0]
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        connection.execute("UPDATE embedding SET vector = ? WHERE key = ?", (np.ones(16, np.float32).tobytes(), key))
    inner = CountingEncoder()
    vectors = CachedEncoder(inner, tmp_path).encode(["a", "b", "c"])
    assert vectors.shape == (3, 8)
    assert sum(len(call) for call in inner.calls) == 1


def test_the_run_memory_answers_repeats_without_the_disk(tmp_path: Path) -> None:
    inner = CountingEncoder()
    cached = CachedEncoder(inner, tmp_path)
    first = cached.encode(["a", "b"])
    (tmp_path / DATABASE_NAME).unlink()  # a repeat must not even look at the database
    np.testing.assert_array_equal(cached.encode(["b", "a"]), first[::-1])
    assert inner.calls == [["a", "b"]]


def test_memory_only_cache_writes_nothing_and_embeds_each_text_once(tmp_path: Path) -> None:
    inner = CountingEncoder()
    cached = CachedEncoder(inner, tmp_path / "never", persist=False)
    cached.encode(["a", "b", "a"])
    cached.encode(["b", "c"])
    assert inner.calls == [["a", "b"], ["c"]]
    assert not (tmp_path / "never").exists()


def _three_entries(texts: str) -> int:
    import mtqa.embed.cache as cache_module

    return 3 * (cache_module._ENTRY_BYTES + 8 * 4) + len(texts)


def test_the_run_memory_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import mtqa.embed.cache as cache_module

    monkeypatch.setattr(cache_module, "MEMORY_BYTES", _three_entries("abc"))  # three vectors of 8 dimensions
    inner = CountingEncoder()
    cached = CachedEncoder(inner, tmp_path, persist=False)
    cached.encode(["a", "b", "c", "d"])
    cached.encode(["d", "a"])  # "a" was the oldest: forgotten, embedded again
    assert inner.calls == [["a", "b", "c", "d"], ["a"]]
    assert cached.memory_bytes <= cache_module.MEMORY_BYTES


def test_the_run_memory_counts_texts_not_only_vectors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import mtqa.embed.cache as cache_module

    monkeypatch.setattr(cache_module, "MEMORY_BYTES", _three_entries("abc"))
    inner = CountingEncoder()
    cached = CachedEncoder(inner, tmp_path, persist=False)
    long = "x" * 1000  # a paragraph weighs more than three one-letter words: it alone fills the layer
    cached.encode(["a", "b", long])
    assert cached.memory_bytes <= cache_module.MEMORY_BYTES
    cached.encode(["a", "b"])
    assert inner.calls[-1] == ["a", "b"]  # pushed out by the long text


def test_the_run_memory_forgets_the_least_recently_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import mtqa.embed.cache as cache_module

    monkeypatch.setattr(cache_module, "MEMORY_BYTES", _three_entries("abc"))
    inner = CountingEncoder()
    cached = CachedEncoder(inner, tmp_path, persist=False)
    cached.encode(["a", "b", "c"])
    cached.encode(["a"])  # "a" is used again: "b" is now the least recently used
    cached.encode(["d"])
    cached.encode(["a", "c"])
    assert inner.calls == [["a", "b", "c"], ["d"]]


def test_one_connection_serves_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = []
    connect = sqlite3.connect

    def counting_connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        opened.append(args)
        return connect(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", counting_connect)
    cached = CachedEncoder(CountingEncoder(), tmp_path)
    for text in ("a", "b", "c", "a"):
        cached.encode([text, f"{text}!"])
    assert len(opened) == 1
    cached.close()
    cached.encode(["z"])
    assert len(opened) == 2
