"""Cross-lingual similarity sanity set for the encoders: do translations look alike, and others not?

    python bench/encoder_sanity.py [--encoder use-m3 --encoder e5-small --encoder st:<model>]

On the distinct source/reference pairs of bio-MQM en->fr (human translations of MEDLINE sentences,
../shared/external/bio-mqm-enfr/en2fr/reference.json) it prints, per encoder: the mean cosine of true
pairs and of shuffled (random) pairs, the gap between them, bitext retrieval precision at 1 (does each
source find its own translation among all references?), and embedding speed. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def load_pairs(external: Path) -> list[tuple[str, str]]:
    records = json.loads((external / "bio-mqm-enfr" / "en2fr" / "reference.json").read_text(encoding="utf-8"))
    pairs = {(r["DOC_ID"], r["SEG_ID"]): (r["source"].strip(), r["target"].strip()) for r in records}
    return [pair for _, pair in sorted(pairs.items()) if pair[0] and pair[1]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--external", type=Path, default=ROOT.parent / "shared" / "external")
    parser.add_argument("--encoder", action="append")
    args = parser.parse_args()
    from mtqa.embed import get_encoder

    pairs = load_pairs(args.external)
    sources, targets = [s for s, _ in pairs], [t for _, t in pairs]
    rng = np.random.default_rng(0)
    shuffled = rng.permutation(len(pairs))
    print(f"{len(pairs)} en-fr pairs")
    print(f"{'encoder':44} {'true cos':>8} {'random':>7} {'gap':>6} {'P@1':>6} {'texts/s':>8}")
    for name in args.encoder or ["use-m3", "e5-small"]:
        encoder = get_encoder(name, cache=False)
        started = time.perf_counter()
        source_vectors = encoder.encode(sources)
        target_vectors = encoder.encode(targets)
        speed = 2 * len(pairs) / (time.perf_counter() - started)
        similarity = source_vectors @ target_vectors.T
        true = float(np.mean(np.diag(similarity)))
        random = float(np.mean(similarity[np.arange(len(pairs)), shuffled]))
        retrieval = float(np.mean(similarity.argmax(axis=1) == np.arange(len(pairs))))
        print(f"{encoder.signature:44} {true:8.3f} {random:7.3f} {true - random:6.3f} {retrieval:6.3f} {speed:8.1f}")


if __name__ == "__main__":
    main()
