"""Document (and sentence) languages identified in earlier runs, kept in the cache folder next to the
embeddings.

lingua takes a few milliseconds of CPU for a document (up to 11 ms for a whole news article), every time a run
meets a text: a run that checks the same folder again (CI on an unchanged article, a rerun with another
config) identified every document anew. The answer depends only on the sample and on the detector, so a
row per ``sha256(detector + NUL + sample)`` keeps it: the same answer, read back in a query. The detector
is named with lingua's version and its settings, so an upgrade of lingua never reads an older answer.
Only decided languages are kept; a document lingua cannot tell is asked again (and fails again).

The sentence answers of the checks (:meth:`mtqa.lang.detect.LanguageIdentifier.sentence_languages`) are
rows of the same table under their own detector's name, an undecided one included (:data:`UNDECIDED`): a
warm run then never loads lingua's sentence models, which cost 0.4 s of CPU in every worker process for
the few clauses a news article asks about.

The store only saves time, so it never fails a run: a cache folder that cannot be opened or written (a
read-only home, a damaged file) turns it off for the rest of the run, and lingua answers as without it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from mtqa.cachefile import CacheFile
from mtqa.errors import InputError

DATABASE_NAME = "languages-v1.sqlite3"
_SCHEMA = "CREATE TABLE IF NOT EXISTS document_language (key TEXT PRIMARY KEY, code TEXT NOT NULL)"
# What a sentence lingua could not decide is stored as (no language tag reads so).
UNDECIDED = "-"


class LanguageStore:
    """The document languages of one cache folder; ``detector`` names how they were identified."""

    def __init__(self, cache_dir: Path, detector: str) -> None:
        self._file = CacheFile(cache_dir / DATABASE_NAME, _SCHEMA, InputError, "language cache")
        self._detector = detector
        self._working = True

    @property
    def path(self) -> Path:
        return self._file.path

    def key(self, sample: str, detector: str | None = None) -> str:
        """The row of ``sample`` as identified by the store's detector, or by ``detector``."""
        encoded = f"{detector or self._detector}\0{sample}".encode("utf-8", "surrogatepass")
        return hashlib.sha256(encoded).hexdigest()

    def get(self, key: str) -> str | None:
        """The ISO 639-1 code stored under ``key``, or None."""
        if not self._working:
            return None
        try:
            with self._file.errors():
                query = "SELECT code FROM document_language WHERE key = ?"
                row = self._file.connection().execute(query, (key,)).fetchone()
        except InputError:
            self._working = False
            return None
        code = row[0] if row is not None else None
        return code if isinstance(code, str) and code else None

    def put(self, key: str, code: str) -> None:
        if not self._working:
            return
        try:
            with self._file.errors():
                connection = self._file.connection()
                with connection:
                    query = "INSERT OR REPLACE INTO document_language (key, code) VALUES (?, ?)"
                    connection.execute(query, (key, code))
        except InputError:
            self._working = False

    def close(self) -> None:
        self._file.close()
