"""An on-disk embedding cache that wraps any encoder and is itself an :class:`Encoder`.

Storage is one SQLite database per cache directory (stdlib ``sqlite3``, WAL journal): a row per
``sha256(signature + NUL + text)`` holding the float32 vector. SQLite makes each batch of inserts one
transaction, so a run that is killed mid-write leaves no half-written vector, and concurrent runs on
the same cache only wait for each other's short write transactions instead of corrupting files.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path

import numpy as np

from mtqa.embed.base import Encoder, Matrix
from mtqa.errors import EncoderError

DATABASE_NAME = "embeddings-v1.sqlite3"
# SQLite limits the number of bound parameters per statement (999 in old builds).
_LOOKUP_CHUNK = 500
_BUSY_TIMEOUT_SECONDS = 60.0


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("mtqa"))


class CachedEncoder:
    """Sends only texts it has not seen (deduplicated) to ``inner``; the signature is the inner one."""

    def __init__(self, inner: Encoder, cache_dir: Path | None = None) -> None:
        self._inner = inner
        self._directory = cache_dir if cache_dir is not None else default_cache_dir()
        self._path = self._directory / DATABASE_NAME
        self._initialised = False

    @property
    def signature(self) -> str:
        return self._inner.signature

    @property
    def inner(self) -> Encoder:
        return self._inner

    @property
    def path(self) -> Path:
        return self._path

    def encode(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return self._inner.encode([])
        unique = list(dict.fromkeys(texts))
        signature = self._inner.signature
        keys = {text: _key(signature, text) for text in unique}
        with self._connect() as connection:
            found = _lookup(connection, list(keys.values()))
        missing = [text for text in unique if keys[text] not in found]
        if missing:
            fresh = self._inner.encode(missing)
            rows = {keys[text]: vector for text, vector in zip(missing, fresh, strict=True)}
            with self._connect() as connection:
                _store(connection, rows)
            found.update(rows)
        return np.stack([found[keys[text]] for text in texts]).astype(np.float32, copy=False)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            self._directory.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self._path, timeout=_BUSY_TIMEOUT_SECONDS)
        except (OSError, sqlite3.Error) as error:
            raise EncoderError(f"embedding cache {self._path}: cannot open: {error}") from error
        with closing(connection):
            try:
                if not self._initialised:
                    connection.execute("PRAGMA journal_mode=WAL")
                    connection.execute(
                        "CREATE TABLE IF NOT EXISTS embedding (key TEXT PRIMARY KEY, vector BLOB NOT NULL)"
                    )
                    self._initialised = True
                yield connection
            except sqlite3.DatabaseError as error:
                raise EncoderError(
                    f"embedding cache {self._path}: {error} (delete the file or use --no-cache)"
                ) from error


def _key(signature: str, text: str) -> str:
    return hashlib.sha256(f"{signature}\0{text}".encode()).hexdigest()


def _lookup(connection: sqlite3.Connection, keys: list[str]) -> dict[str, np.ndarray]:
    found: dict[str, np.ndarray] = {}
    for start in range(0, len(keys), _LOOKUP_CHUNK):
        chunk = keys[start : start + _LOOKUP_CHUNK]
        marks = ",".join("?" * len(chunk))
        query = f"SELECT key, vector FROM embedding WHERE key IN ({marks})"
        for key, blob in connection.execute(query, chunk):
            found[key] = np.frombuffer(blob, dtype=np.float32)
    return found


def _store(connection: sqlite3.Connection, rows: dict[str, np.ndarray]) -> None:
    # One transaction: either every vector of the batch is stored or none is.
    with connection:
        connection.executemany(
            "INSERT OR IGNORE INTO embedding (key, vector) VALUES (?, ?)",
            [(key, np.asarray(vector, dtype=np.float32).tobytes()) for key, vector in rows.items()],
        )
