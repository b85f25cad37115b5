"""The encoder protocol every embedding backend implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any, ClassVar, Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

from mtqa.errors import EncoderError

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


class LazyModelEncoder(ABC):
    """An encoder whose model loads on the first ``encode`` (so ``--help`` and error paths stay fast).

    Subclasses name the model and its distribution, create the backend model and embed with it; this
    class turns backend failures into :class:`~mtqa.errors.EncoderError` and normalises the rows.
    """

    name: ClassVar[str]
    distribution: ClassVar[str]
    dimension: ClassVar[int]

    def __init__(self) -> None:
        self._model: Any = None

    @property
    def signature(self) -> str:
        from mtqa.embed._version import package_version

        return f"{self.name}@{self.distribution}-{package_version(self.distribution)}"

    def encode(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = self._load()
        try:
            vectors = self._embed(model, list(texts))
        except Exception as error:  # the backends have no error hierarchy of their own
            raise EncoderError(f"{self.name}: encoding failed: {error}") from error
        return normalise_rows(np.asarray(vectors).reshape(len(texts), -1))

    def _load(self) -> Any:
        if self._model is None:
            self._model = self._create()
        return self._model

    @abstractmethod
    def _create(self) -> Any:
        """Import the backend and build its model; raise EncoderError when that is impossible."""

    @abstractmethod
    def _embed(self, model: Any, texts: list[str]) -> Any:
        """The backend's embeddings of ``texts``, one row each."""

    def _missing(self, error: ImportError) -> EncoderError:
        return EncoderError(f"{self.name}: the package {self.distribution} is not installed ({error})")
