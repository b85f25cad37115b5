"""Encoders by name: ``auto`` (default: use-m3, or e5-small for languages use-m3 was not trained on),
``use-m3``, ``fast``, ``e5-small``, ``st:<model name or local path>``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mtqa.embed.base import Encoder
from mtqa.errors import EncoderError

ST_PREFIX = "st:"


def _use_m3() -> Encoder:
    from mtqa.embed.use_m3 import UseM3Encoder

    return UseM3Encoder()


def _fast() -> Encoder:
    from mtqa.embed.fast import FastEncoder

    return FastEncoder()


def _e5_small() -> Encoder:
    from mtqa.embed.e5 import E5SmallEncoder

    return E5SmallEncoder()


_FACTORIES: dict[str, Callable[[], Encoder]] = {"use-m3": _use_m3, "fast": _fast, "e5-small": _e5_small}
ENCODER_NAMES: tuple[str, ...] = ("auto", *_FACTORIES, f"{ST_PREFIX}<model name or path>")


def is_encoder_name(name: str) -> bool:
    """True for a name :func:`get_encoder` accepts (an ``st:`` model is only looked for when it loads)."""
    from mtqa.embed.auto import AUTO

    name = name.strip()
    return name == AUTO or name in _FACTORIES or (name.startswith(ST_PREFIX) and bool(name[len(ST_PREFIX) :].strip()))


def get_encoder(name: str, *, cache: bool = True, cache_dir: Path | None = None) -> Encoder:
    """Create the encoder called ``name``, wrapped in the run's in-memory cache and, unless ``cache`` is
    False, the on-disk one. ``auto`` chooses per article (:mod:`mtqa.embed.auto`)."""
    from mtqa.embed.auto import AUTO, AutoEncoder
    from mtqa.embed.cache import CachedEncoder

    if name.strip() == AUTO:
        return AutoEncoder(lambda chosen: get_encoder(chosen, cache=cache, cache_dir=cache_dir))
    return CachedEncoder(_create(name.strip()), cache_dir, persist=cache)


def _create(name: str) -> Encoder:
    if name.startswith(ST_PREFIX):
        from mtqa.embed.st import SentenceTransformerEncoder

        return SentenceTransformerEncoder(name[len(ST_PREFIX) :])
    factory = _FACTORIES.get(name)
    if factory is None:
        raise EncoderError(f"unknown encoder {name!r}; choose one of: {', '.join(ENCODER_NAMES)}")
    return factory()
