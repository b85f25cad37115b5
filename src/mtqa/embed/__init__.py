"""Sentence embeddings: the :class:`Encoder` protocol, the embedded backends and an on-disk cache.

Backends are created by name through :func:`get_encoder`; nothing heavy is imported until a model
is actually used.
"""

from __future__ import annotations

from mtqa.embed.base import Encoder, Matrix, normalise_rows
from mtqa.embed.registry import ENCODER_NAMES, get_encoder

__all__ = ["ENCODER_NAMES", "Encoder", "Matrix", "get_encoder", "normalise_rows"]
