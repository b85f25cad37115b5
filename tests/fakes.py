"""Test doubles shared by the alignment and CLI tests."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

from mtqa.embed.base import Matrix, normalise_rows


class BagOfWords:
    """A fake, deterministic encoder: hashed bag of lower-cased words (language-blind on purpose).

    ``calls`` records the size of every batch, so tests can assert how often the encoder ran.
    """

    signature = "bag-of-words@test"

    def __init__(self) -> None:
        self.calls: list[int] = []

    def encode(self, texts: Sequence[str]) -> Matrix:
        self.calls.append(len(texts))
        rows = np.zeros((len(texts), 256), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                rows[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % 256] += 1.0
        return normalise_rows(rows)


WORDS = [
    "alpine",
    "glacier",
    "summit",
    "ridge",
    "valley",
    "river",
    "forest",
    "meadow",
    "village",
    "chapel",
    "bridge",
    "tunnel",
    "storm",
    "snow",
    "rope",
    "guide",
    "hut",
    "lake",
    "cliff",
    "path",
    "pass",
    "peak",
    "wind",
    "cloud",
    "stone",
    "ice",
    "rock",
    "trail",
    "camp",
    "dawn",
    "night",
]


def sentence(seed: int, length: int = 6, *, capitalise: bool = False) -> str:
    """A reproducible pseudo-sentence of distinct words from ``WORDS``."""
    rng = np.random.default_rng(seed)
    text = " ".join(rng.choice(WORDS, size=length, replace=False)) + "."
    return text.capitalize() if capitalise else text


def book(seed: int, count: int) -> tuple[list[str], list[str]]:
    """Sentences and a translation (the same words) where some sentences are joined or missing."""
    source = [sentence(seed + n, 5) for n in range(count)]
    target: list[str] = []
    for n, text in enumerate(source):
        if n % 7 == 3 and target:
            target[-1] += " " + text  # joined with the previous one
        elif n % 11 != 5:  # left out
            target.append(text)
    return source, target
