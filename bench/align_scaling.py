"""How document alignment scales with article length, and where the time goes.

Builds synthetic article pairs of 250, 500, 1000 and 2000 paragraphs from real parallel sentences
(newstest2021 de-fr and fr-de sources with their references, ../shared/external/wmt21-news-systems):
each paragraph holds 1-3 sentence pairs; a few target paragraphs are merged with the next one or
dropped, so the paragraph aligner has 2-1 and 1-0 beads to find. For each size it prints wall time,
the time spent inside the encoder, the share outside it, the process's peak memory (ru_maxrss,
sizes run in increasing order) and paragraph / sentence strict F1 against the known alignment.

Usage (from the repository root)::

    .venv/bin/python bench/align_scaling.py [--encoder use-m3] [--sizes 250 500 1000 2000]

Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT / ".." / "shared" / "external" / "wmt21-news-systems" / "txt"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_textberg import score_multiple  # noqa: E402  (bench scripts share the vecalign scorer)

Bead = tuple[tuple[int, ...], tuple[int, ...]]


class TimedEncoder:
    """Wraps an encoder and adds up the time spent inside ``encode``."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.seconds = 0.0
        self.texts = 0

    @property
    def signature(self) -> str:
        return str(self.inner.signature)

    def encode(self, texts: Sequence[str]) -> Any:
        started = time.perf_counter()
        try:
            return self.inner.encode(texts)
        finally:
            self.seconds += time.perf_counter() - started
            self.texts += len(texts)


def load_pairs(data: Path) -> list[tuple[str, str]]:
    """(German, French) sentence pairs from both newstest2021 directions."""

    def lines(path: Path) -> list[str]:
        return path.read_text(encoding="utf-8").splitlines()

    de_fr = zip(
        lines(data / "sources" / "newstest2021.de-fr.src.de"),
        lines(data / "references" / "newstest2021.de-fr.ref.A.fr"),
        strict=True,
    )
    fr_de = zip(
        lines(data / "references" / "newstest2021.fr-de.ref.A.de"),
        lines(data / "sources" / "newstest2021.fr-de.src.fr"),
        strict=True,
    )
    return [(de.strip(), fr.strip()) for de, fr in (*de_fr, *fr_de) if de.strip() and fr.strip()]


def build_article(
    pairs: Sequence[tuple[str, str]], paragraphs: int, seed: int
) -> tuple[list[list[str]], list[list[str]], list[Bead], list[Bead]]:
    """Source and target paragraphs (lists of sentences) and the gold paragraph and sentence beads."""
    rng = random.Random(seed)
    source: list[list[str]] = []
    target: list[list[str]] = []
    paragraph_gold: list[Bead] = []
    sentence_gold: list[Bead] = []
    source_sentences = target_sentences = 0
    index = 0
    while index < paragraphs:
        chosen = [rng.choice(pairs) for _ in range(rng.randint(1, 3))]
        roll = rng.random()
        if roll < 0.03 and index + 1 < paragraphs:  # the translator merged two paragraphs
            second = [rng.choice(pairs) for _ in range(rng.randint(1, 2))]
            source += [[de for de, _ in chosen], [de for de, _ in second]]
            target.append([fr for _, fr in chosen + second])
            paragraph_gold.append(((index, index + 1), (len(target) - 1,)))
            index += 2
            chosen = chosen + second
        elif roll < 0.05:  # the translator left a paragraph out
            source.append([de for de, _ in chosen])
            paragraph_gold.append(((index,), ()))
            sentence_gold += [((source_sentences + k,), ()) for k in range(len(chosen))]
            source_sentences += len(chosen)
            index += 1
            continue
        else:
            source.append([de for de, _ in chosen])
            target.append([fr for _, fr in chosen])
            paragraph_gold.append(((index,), (len(target) - 1,)))
            index += 1
        sentence_gold += [((source_sentences + k,), (target_sentences + k,)) for k in range(len(chosen))]
        source_sentences += len(chosen)
        target_sentences += len(chosen)
    return source, target, paragraph_gold, sentence_gold


def make_document(paragraphs: Sequence[Sequence[str]], path: str) -> Any:
    from mtqa.io import document_from_sentences

    return document_from_sentences(paragraphs, path)


def peak_memory_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="wmt21-news-systems/txt folder")
    parser.add_argument("--encoder", default="use-m3")
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000])
    parser.add_argument("--seed", type=int, default=13)
    arguments = parser.parse_args(argv)

    from mtqa.align import align_documents
    from mtqa.embed import get_encoder

    if not (arguments.data / "sources").is_dir():
        print(f"no newstest2021 data under {arguments.data}; give --data", file=sys.stderr)
        return 2
    pairs = load_pairs(arguments.data)
    encoder = TimedEncoder(get_encoder(arguments.encoder, cache=False))
    encoder.encode(["warm-up"])  # model loading is not alignment time
    print(f"encoder {encoder.signature}; {len(pairs)} sentence pairs to sample from")
    header = (
        "| paragraphs | sentences src/tgt | wall s | encoder s | outside s | outside % | s per 100 par. "
        "| peak MiB | par. F1 | sent. F1 |"
    )
    print(header)
    print("|" + "|".join("-" * len(cell) for cell in header.split("|")[1:-1]) + "|")
    for size in sorted(arguments.sizes):
        source_paragraphs, target_paragraphs, paragraph_gold, sentence_gold = build_article(
            pairs, size, arguments.seed + size
        )
        source = make_document(source_paragraphs, "source.txt")
        target = make_document(target_paragraphs, "target.txt")
        encoder.seconds = 0.0
        started = time.perf_counter()
        alignment = align_documents(source, target, encoder)
        wall = time.perf_counter() - started
        outside = wall - encoder.seconds
        paragraph_f1 = score_multiple([paragraph_gold], [[(b.source, b.target) for b in alignment.beads]]).f1_strict
        sentence_f1 = score_multiple(
            [sentence_gold], [[(b.source, b.target) for b in alignment.sentence_beads]]
        ).f1_strict
        print(
            f"| {size:10d} | {len(source.sentences):>8d}/{len(target.sentences):<8d} | {wall:6.1f} | "
            f"{encoder.seconds:9.1f} | {outside:9.2f} | {100 * outside / wall:8.1f}% | "
            f"{100 * wall / size:14.2f} | {peak_memory_mib():8.0f} | {paragraph_f1:7.3f} | {sentence_f1:8.3f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
