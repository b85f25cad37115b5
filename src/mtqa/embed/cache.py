"""Embedding caches that wrap any encoder and are themselves an :class:`Encoder`.

Two layers, so that each distinct text is embedded once per run and, across runs, once per model:

- in memory, the most recently used distinct texts of this run (up to :data:`MEMORY_BYTES`, vectors and
  texts counted): the ten translations of one source, or a term a check asks about in every paragraph,
  cost one look-up;
- on disk, one SQLite database per cache directory (stdlib ``sqlite3``, WAL journal): a row per
  ``sha256(signature + NUL + text)`` holding the float32 vector. SQLite makes each batch of inserts one
  transaction, so a run that is killed mid-write leaves no half-written vector, and concurrent runs on
  the same cache only wait for each other's short write transactions instead of corrupting files.
  One connection per thread and process serves the whole run (opening one per call cost ~4 % of a run),
  and transactions are not synced to disk one by one (``synchronous=NORMAL``).

A stored row is used only if it is a finite vector of the encoder's dimension; any other row (a model
that changed size under an unchanged signature, a damaged file) counts as missing and is re-embedded
and overwritten.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import numpy as np

from mtqa.cachefile import CacheFile, default_cache_dir
from mtqa.embed.base import Encoder, Matrix
from mtqa.errors import EncoderError

DATABASE_NAME = "embeddings-v1.sqlite3"
# The in-memory layer of a run: 16 MiB, vectors and their texts, about 7,000 sentences of 512
# dimensions, what a few dozen news articles ask for. Bounded so that memory stays flat however many
# articles a run checks, and small enough to be full early: at 64 MiB of vectors alone it filled only
# after about 1,100 articles, so a run's peak memory still grew between 1,000 and 3,000 articles.
# Texts not in it come from the disk layer, which costs a query, not an embedding.
MEMORY_BYTES = 16 * 1024 * 1024
# What an entry costs beyond its vector's data and its text's characters: the array object and the
# ordered dict's slot (178 bytes, CPython 3.11, measured with tracemalloc), the string's header (49).
_ENTRY_BYTES = 250
# SQLite limits the number of bound parameters per statement (999 in old builds).
_LOOKUP_CHUNK = 500
_In = TypeVar("_In")
_Out = TypeVar("_Out")
_SCHEMA = "CREATE TABLE IF NOT EXISTS embedding (key TEXT PRIMARY KEY, vector BLOB NOT NULL)"


class CachedEncoder:
    """Sends only texts it has not seen (deduplicated) to ``inner``; the signature is the inner one.

    ``persist=False`` keeps the in-memory layer only (``--no-cache``: nothing read or written on disk).
    """

    def __init__(self, inner: Encoder, cache_dir: Path | None = None, *, persist: bool = True) -> None:
        self._inner = inner
        self._directory = cache_dir if cache_dir is not None else default_cache_dir()
        self._path = self._directory / DATABASE_NAME
        self._persist = persist
        self._dimension: int | None = getattr(inner, "dimension", None)
        self._memory: OrderedDict[str, np.ndarray] = OrderedDict()
        self._memory_bytes = 0
        self._file = CacheFile(self._path, _SCHEMA, EncoderError, "embedding cache")
        self._lock = threading.Lock()
        self._signature: str | None = None

    @property
    def signature(self) -> str:
        # Read once: the encoders build it from package metadata (and the fast one from a digest of its
        # model file), which cost 0.3-3 ms a call, and a run asks for it several times per article.
        if self._signature is None:
            self._signature = self._inner.signature
        return self._signature

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
        with self._lock:
            found = {text: vector for text in unique if (vector := self._memory.get(text)) is not None}
            for text in found:  # least recently used goes first
                self._memory.move_to_end(text)
        rest = [text for text in unique if text not in found]
        if rest:
            found.update(self._fill(rest))
        return np.stack([found[text] for text in texts]).astype(np.float32, copy=False)

    def close(self) -> None:
        """Close this thread's database connection (it reopens on the next ``encode``)."""
        self._file.close()

    def _fill(self, texts: list[str]) -> dict[str, np.ndarray]:
        signature = self.signature
        keys = {text: _key(signature, text) for text in texts} if self._persist else {}
        nothing: dict[str, np.ndarray] = {}
        stored = self._on_disk(self._read, list(keys.values()), nothing) if self._persist else nothing
        found = {text: stored[keys[text]] for text in texts if keys.get(text) in stored}
        missing = [text for text in texts if text not in found]
        if missing:
            fresh = np.asarray(self._inner.encode(missing), dtype=np.float32)
            if fresh.ndim != 2 or fresh.shape[0] != len(missing):
                raise EncoderError(f"{signature}: returned {fresh.shape} vectors for {len(missing)} texts")
            self._dimension = self._dimension or fresh.shape[1]
            # Copies: a row view would keep its whole batch alive in the memory layer.
            rows = [row.copy() for row in fresh]
            if self._persist:
                self._on_disk(
                    self._write, {keys[text]: vector for text, vector in zip(missing, rows, strict=True)}, None
                )
            found.update(zip(missing, rows, strict=True))
        self._remember(texts, found)
        return found

    def _on_disk(self, action: Callable[[_In], _Out], argument: _In, otherwise: _Out) -> _Out:
        """``action(argument)``, or ``otherwise`` once the file fails (damaged mid-run, disk full): the disk
        layer is turned off for the rest of the run with one warning, since it only saves time. (The CLI
        checks the file before the run; this covers damage found deeper in it, or made during the run.)"""
        try:
            return action(argument)
        except EncoderError as error:
            if self._persist:
                self._persist = False
                logging.getLogger("mtqa").warning("mtqa: warning: %s; the run goes on without the disk cache", error)
            return otherwise

    @property
    def memory_bytes(self) -> int:
        """What the in-memory layer holds, as counted against :data:`MEMORY_BYTES`."""
        return self._memory_bytes

    def _remember(self, texts: list[str], found: dict[str, np.ndarray]) -> None:
        with self._lock:
            for text in texts:
                if text not in self._memory:
                    self._memory_bytes += _entry_bytes(text, found[text])
                self._memory[text] = found[text]
            while self._memory_bytes > MEMORY_BYTES and self._memory:
                text, vector = self._memory.popitem(last=False)
                self._memory_bytes -= _entry_bytes(text, vector)

    def _read(self, keys: list[str]) -> dict[str, np.ndarray]:
        rows: dict[str, bytes] = {}
        with self._file.errors():
            connection = self._file.connection()
            for start in range(0, len(keys), _LOOKUP_CHUNK):
                chunk = keys[start : start + _LOOKUP_CHUNK]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT key, vector FROM embedding WHERE key IN ({marks})"
                rows.update(connection.execute(query, chunk))
        return self._valid(rows)

    def _valid(self, rows: dict[str, bytes]) -> dict[str, np.ndarray]:
        """The rows that are finite vectors of the encoder's dimension (when it is not known yet: of
        the length most rows share)."""
        if not rows:
            return {}
        vectors = {
            key: np.frombuffer(blob, dtype=np.float32)
            for key, blob in rows.items()
            if isinstance(blob, bytes) and blob and len(blob) % 4 == 0
        }
        dimension = self._dimension
        if dimension is None and vectors:
            sizes = [vector.size for vector in vectors.values()]
            dimension = max(set(sizes), key=sizes.count)
        sized = [(key, vector) for key, vector in vectors.items() if vector.size == dimension]
        if not sized:
            return {}
        # One test for the batch (a warm run reads ~70 rows an article); the rows kept are the read
        # vectors themselves, not views of the stacked copy.
        matrix = np.stack([vector for _, vector in sized])
        finite = np.logical_and.reduce(np.isfinite(matrix), axis=1)
        return {key: vector for (key, vector), ok in zip(sized, finite.tolist(), strict=True) if ok}

    def _write(self, rows: dict[str, np.ndarray]) -> None:
        # One transaction: either every vector of the batch is stored or none is. REPLACE, because a
        # row re-embedded here was missing or invalid.
        with self._file.errors():
            connection = self._file.connection()
            with connection:
                connection.executemany(
                    "INSERT OR REPLACE INTO embedding (key, vector) VALUES (?, ?)",
                    [(key, np.asarray(vector, dtype=np.float32).tobytes()) for key, vector in rows.items()],
                )


def _entry_bytes(text: str, vector: np.ndarray) -> int:
    # len(text) for its characters: most are one byte in CPython's compact strings, and this is a bound
    # on the order of magnitude, not an account.
    return _ENTRY_BYTES + len(text) + vector.nbytes


def _key(signature: str, text: str) -> str:
    return hashlib.sha256(f"{signature}\0{text}".encode()).hexdigest()
