"""Any sentence-transformers model, by Hugging Face name or local path (optional extra ``mtqa[st]``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from mtqa.embed._version import package_version
from mtqa.embed.base import Matrix, normalise_rows
from mtqa.errors import EncoderError

DISTRIBUTION = "sentence-transformers"
BATCH_SIZE = 32


class SentenceTransformerEncoder:
    """Loads ``SentenceTransformer(name_or_path, device="cpu")`` eagerly, so a bad name fails at once."""

    def __init__(self, name_or_path: str) -> None:
        if not name_or_path.strip():
            raise EncoderError("st: give a model name or path after 'st:'")
        self._name = name_or_path
        self._model = _load(name_or_path)

    @property
    def signature(self) -> str:
        return f"st:{self._name}@{DISTRIBUTION}-{package_version(DISTRIBUTION)}"

    def encode(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            dimension = self._model.get_sentence_embedding_dimension() or 0
            return np.zeros((0, int(dimension)), dtype=np.float32)
        try:
            vectors = self._model.encode(
                list(texts),
                batch_size=BATCH_SIZE,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        except Exception as error:  # torch and transformers raise many unrelated types
            raise EncoderError(f"st:{self._name}: encoding failed: {error}") from error
        return normalise_rows(np.asarray(vectors).reshape(len(texts), -1))


def _load(name_or_path: str) -> Any:
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as error:
        raise EncoderError(
            f"st:{name_or_path}: sentence-transformers is not installed; install mtqa[st] ({error})"
        ) from error
    try:
        return SentenceTransformer(name_or_path, device="cpu")
    except Exception as error:  # OSError offline, ValueError/KeyError for broken model folders
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise EncoderError(
            f"st:{name_or_path}: cannot load the model (offline, misspelt or not a "
            f"sentence-transformers model): {first_line}"
        ) from error
