"""One SQLite file of mtqa's cache folder, opened once per thread and process (stdlib ``sqlite3``).

The embedding cache (:mod:`mtqa.embed.cache`) and the document-language store
(:mod:`mtqa.lang.store`) keep their rows this way: WAL journal, so concurrent runs on the same folder
only wait for each other's short write transactions; ``synchronous=NORMAL``, which in WAL mode never
corrupts the file and only skips the fsync per transaction (a crash may lose the last writes, which are
then computed again).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mtqa.errors import MtqaError

_BUSY_TIMEOUT_SECONDS = 60.0


def damaged(path: Path) -> str | None:
    """Why the SQLite file ``path`` cannot be read (cut short, not a database), or None: it reads, or does
    not exist yet. Opened read-only and only its schema read, so a sound cache of any size costs one page."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=_BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as error:
        return str(error)
    try:
        connection.execute("SELECT name FROM sqlite_master").fetchall()
    except sqlite3.Error as error:
        return str(error)
    finally:
        connection.close()
    return None


def default_cache_dir() -> Path:
    """The user's cache folder for mtqa (``~/.cache/mtqa`` on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("mtqa"))


class CacheFile:
    """``path``, created with ``schema`` (one ``CREATE TABLE IF NOT EXISTS`` statement) on first use;
    errors become ``error``, named ``"{label} {path}"``, with a hint to delete the file or run without
    the cache."""

    def __init__(self, path: Path, schema: str, error: type[MtqaError], label: str) -> None:
        self.path = path
        self._schema = schema
        self._error = error
        self._label = label
        self._local = threading.local()

    def connection(self) -> sqlite3.Connection:
        # Per thread (sqlite3 connections are not shared across threads) and per process (a
        # connection inherited through fork must not be used by the child).
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is not None and self._local.pid == os.getpid():
            return connection
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_SECONDS)
        except (OSError, sqlite3.Error) as error:
            raise self._error(f"{self._label} {self.path}: cannot open: {error}") from error
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            # Skipping the fsync per transaction: 3,000 small writes took 14 s wall with FULL, 2.5 s with
            # NORMAL, more than embedding them with the fast encoder.
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(self._schema)
        except sqlite3.DatabaseError:
            connection.close()
            raise
        self._local.connection, self._local.pid = connection, os.getpid()
        return connection

    def close(self) -> None:
        """Close this thread's connection (it reopens on the next use)."""
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None

    @contextmanager
    def errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as error:
            raise self._error(f"{self._label} {self.path}: {error} (delete the file or use --no-cache)") from error
