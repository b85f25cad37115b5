"""The digests of a run, kept on disk until the run-wide outputs are written.

Articles finish in any order (several workers); the outputs list them in the run's order. Each digest is
pickled to the end of one anonymous temporary file as it arrives, with its offset noted by position, and
read back in position order, as many times as a renderer needs: memory holds one digest at a time, so
it stays flat however many articles a run has. The file is the process's own (deleted on close, and by
the OS if the process dies), written and read only by this process.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator
from types import TracebackType

from mtqa.report.digest import ArticleDigest


class DigestSpool:
    """``count`` digests, added in any order by position, read in position order once all are in."""

    def __init__(self, count: int) -> None:
        self._file = tempfile.TemporaryFile(prefix="mtqa-digests-")  # noqa: SIM115 (closed by close())
        self._where: list[tuple[int, int] | None] = [None] * count
        self._added = 0

    def add(self, position: int, digest: ArticleDigest) -> None:
        if self._where[position] is not None:
            raise ValueError(f"article {position} was digested twice")
        data = pickle.dumps(digest, protocol=pickle.HIGHEST_PROTOCOL)
        offset = self._file.seek(0, 2)
        self._file.write(data)
        self._where[position] = (offset, len(data))
        self._added += 1

    @property
    def complete(self) -> bool:
        return self._added == len(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def __iter__(self) -> Iterator[ArticleDigest]:
        if not self.complete:
            raise ValueError(f"{len(self._where) - self._added} of {len(self._where)} articles have no digest yet")
        for where in self._where:
            assert where is not None
            offset, size = where
            self._file.seek(offset)
            digest: ArticleDigest = pickle.loads(self._file.read(size))
            yield digest

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> DigestSpool:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()
