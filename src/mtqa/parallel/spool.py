"""The digests of a run, kept on disk until the run-wide outputs are written.

Articles finish in any order (several workers); the outputs list them in the run's order. Each digest is
pickled to the end of one anonymous temporary file as it arrives, with its offset and CRC-32 noted by
position, and read back in position order, as many times as a renderer needs: memory holds one digest at
a time, so it stays flat however many articles a run has. The file is the process's own (deleted on close, and by
the OS if the process dies), written and read only by this process. A spool that cannot be written (a
full disk) or read back whole is an :class:`~mtqa.errors.MtqaError`: the article reports are on disk
already, and ``--resume`` makes the run-wide files without checking the articles again.
"""

from __future__ import annotations

import pickle
import tempfile
import zlib
from array import array
from collections.abc import Iterator
from types import TracebackType

from mtqa.errors import MtqaError
from mtqa.report.digest import ArticleDigest

# What unpickling damaged bytes raises (pickle documents no single exception for it).
_UNREADABLE = (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, LookupError, AttributeError)
_AFTER_ERROR = "the article reports written so far stay: rerun with --resume"
_FIELDS = 3  # per position: offset, size, CRC-32
_ABSENT = -1  # the offset of a position not added yet
_SKIPPED = -2  # the offset of a position that has no digest (its input could not be read)


class DigestSpool:
    """``count`` digests, added in any order by position, read in position order once all are in."""

    def __init__(self, count: int) -> None:
        self._file = tempfile.TemporaryFile(prefix="mtqa-digests-")  # noqa: SIM115 (closed by close())
        # Offset, size and CRC-32 of each position's digest, three machine integers each, made up front: a
        # tuple of Python ints per article would be 150 bytes more for every article of the run.
        self._where = array("q", [_ABSENT]) * (_FIELDS * count)
        self._count = count
        self._added = 0
        self._skipped = 0

    def add(self, position: int, digest: ArticleDigest) -> None:
        start = _FIELDS * range(self._count)[position]  # range: the same IndexError as a list
        if self._where[start] != _ABSENT:
            raise ValueError(f"article {position} was digested twice")
        data = pickle.dumps(digest, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            offset = self._file.seek(0, 2)
            self._file.write(data)
        except OSError as error:
            raise MtqaError(f"cannot keep the run's digests in a temporary file ({error}); {_AFTER_ERROR}") from None
        self._where[start : start + _FIELDS] = array("q", (offset, len(data), zlib.crc32(data)))
        self._added += 1

    def skip(self, position: int) -> None:
        """No digest for this position (its input was bad): the spool reads as if it had one article less."""
        start = _FIELDS * range(self._count)[position]
        if self._where[start] != _ABSENT:
            raise ValueError(f"article {position} was digested twice")
        self._where[start] = _SKIPPED
        self._added += 1
        self._skipped += 1

    @property
    def complete(self) -> bool:
        return self._added == self._count

    def __len__(self) -> int:
        return self._count - self._skipped

    def __iter__(self) -> Iterator[ArticleDigest]:
        if not self.complete:
            raise ValueError(f"{self._count - self._added} of {self._count} articles have no digest yet")
        where = self._where
        for start in range(0, _FIELDS * self._count, _FIELDS):
            if where[start] == _SKIPPED:
                continue
            yield self._read(where[start], where[start + 1], where[start + 2])

    def _read(self, offset: int, size: int, checksum: int) -> ArticleDigest:
        try:
            self._file.seek(offset)
            data = self._file.read(size)
            if zlib.crc32(data) != checksum:
                raise ValueError(f"{size} bytes at {offset} changed")
            digest = pickle.loads(data)
        except _UNREADABLE as error:
            raise MtqaError(f"the run's temporary file of digests is damaged ({error}); {_AFTER_ERROR}") from None
        if not isinstance(digest, ArticleDigest):
            raise MtqaError(f"the run's temporary file of digests is damaged (not a digest); {_AFTER_ERROR}")
        return digest

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> DigestSpool:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()
