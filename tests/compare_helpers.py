"""Synthetic engines with a known difference, written as WMT-style segment files."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tests.fakes import WORDS, sentence

SEGMENTS = 60


def _noisy(line: str, rng: np.random.Generator, noise: float) -> str:
    words = line.rstrip(".").split()
    kept = [word if rng.random() > noise else str(rng.choice(WORDS)).upper() for word in words]
    return " ".join(kept).capitalize() + "."


def write_engines(folder: Path, segments: int = SEGMENTS) -> dict[str, Path]:
    """source.txt, ref.txt and three engines: ``good`` (5 % of words replaced), ``bad`` (45 %) and
    ``twin``, a byte-identical copy of ``good``."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(5)
    source = [sentence(seed, 8, capitalise=True) for seed in range(segments)]
    reference = [sentence(seed + 1000, 8, capitalise=True) for seed in range(segments)]
    files = {
        "source": ("source.txt", source),
        "ref": ("ref.txt", reference),
        "good": ("good.txt", [_noisy(line, rng, 0.05) for line in reference]),
        "bad": ("bad.txt", [_noisy(line, rng, 0.45) for line in reference]),
    }
    paths = {}
    for key, (name, lines) in files.items():
        paths[key] = folder / name
        paths[key].write_text("\n".join(lines) + "\n", encoding="utf-8")
    paths["twin"] = folder / "twin.txt"
    paths["twin"].write_bytes(paths["good"].read_bytes())
    return paths
