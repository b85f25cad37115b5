"""The encoder protocol every embedding backend implements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float32]


@runtime_checkable
class Encoder(Protocol):
    """Turns a batch of texts into L2-normalised float32 rows (one per text, same order).

    ``signature`` names the model and its version; it goes into every report and cache key so that
    similarities are only compared when they were made the same way.
    """

    @property
    def signature(self) -> str: ...

    def encode(self, texts: Sequence[str]) -> Matrix: ...


def normalise_rows(matrix: NDArray[np.floating]) -> Matrix:
    """L2-normalise each row; zero rows stay zero instead of becoming NaN."""
    rows = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    normalised: Matrix = (rows / norms).astype(np.float32, copy=False)
    return normalised
