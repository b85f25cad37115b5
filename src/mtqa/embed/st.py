"""Any sentence-transformers model, by Hugging Face name or local path (optional extra ``mtqa[st]``)."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
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
    if name_or_path.startswith(("/", ".", "~")) and not Path(name_or_path).expanduser().is_dir():
        raise EncoderError(f"st:{name_or_path}: no such model folder")
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as error:
        raise EncoderError(
            f"st:{name_or_path}: sentence-transformers is not installed; install mtqa[st] ({error})"
        ) from error
    _hide_progress_bars()
    try:
        with _quiet_loggers("sentence_transformers", "transformers", "huggingface_hub"), _hub_offline():
            # Files on disk only (a path, or a model already in the Hugging Face cache): mtqa runs offline,
            # and a name not found there made the hub retry the network for a minute and more, or download.
            return SentenceTransformer(name_or_path, device="cpu", local_files_only=True)
    except Exception as error:  # OSError offline, ValueError/KeyError for broken model folders
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise EncoderError(
            f"st:{name_or_path}: cannot load the model (offline, misspelt or not a "
            f"sentence-transformers model): {first_line}"
        ) from error


@contextmanager
def _hub_offline() -> Iterator[None]:
    """The Hugging Face hub offline while a model loads: with files on disk only, the hub still fetched a
    registry from huggingface.co to build its user agent. Restored after, for the caller's own use."""
    try:
        from huggingface_hub import constants
    except ImportError:  # pragma: no cover - sentence-transformers always brings huggingface_hub
        yield
        return
    before = constants.HF_HUB_OFFLINE
    constants.HF_HUB_OFFLINE = True
    try:
        yield
    finally:
        constants.HF_HUB_OFFLINE = before


@contextmanager
def _quiet_loggers(*names: str) -> Iterator[None]:
    """Silence the libraries' warnings while loading: a failure becomes mtqa's own one-line error."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _hide_progress_bars() -> None:
    """transformers draws a "Loading weights" bar on stderr; it would break mtqa's CI logs and summaries."""
    try:
        from transformers.utils import logging as transformers_logging
    except ImportError:  # pragma: no cover - sentence-transformers always brings transformers
        return
    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
