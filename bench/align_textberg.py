"""Sentence alignment quality on the Text+Berg de-fr gold standard (Bleualign dev/test files).

Scores strict and lax precision / recall / F1 the way vecalign's ``score.py`` does (Thompson & Koehn
2019, after Sennrich & Volk 2011), accumulated over all files:

- precision counts every predicted bead that is not empty on both sides, deletions included: strict if
  the bead is in the gold set, lax if not but some of its target sentences are gold partners of one of
  its source sentences (a deletion can never be a lax match);
- recall is the same computation with gold and prediction swapped after dropping 1-0 / 0-1 beads on
  both sides.

Usage (from the repository root)::

    for i in 0 1 2 3 4 5 6; do
        mtqa align --presplit --format vecalign DATA/test$i.de DATA/test$i.fr > out/test$i.defr
    done
    .venv/bin/python bench/align_textberg.py --predictions out        # scores the CLI's output

    .venv/bin/python bench/align_textberg.py --encoder use-m3 --encoder e5-small [--no-cache]
    .venv/bin/python bench/align_textberg.py --files dev --skip -0.05 --band 8   # tuning: dev only
    .venv/bin/python bench/align_textberg.py --long-table 100   # cost of cutting long texts into pieces

Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import ast
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT / ".." / "shared" / "external" / "textberg-bleualign-defr" / "bleualign_data"
TEST_FILES = tuple(f"test{number}" for number in range(7))

Bead = tuple[tuple[int, ...], tuple[int, ...]]


# --- scoring (vecalign score.py semantics) ------------------------------------------------------


def _precision_counts(gold: Sequence[Bead], test: Sequence[Bead]) -> tuple[int, int, int, int]:
    """(tp strict, fp strict, tp lax, fp lax) of ``test`` against ``gold``."""
    test_set = {(tuple(s), tuple(t)) for s, t in test if s or t}
    gold_set = {(tuple(s), tuple(t)) for s, t in gold if s or t}
    gold_partners: dict[int, set[int]] = defaultdict(set)
    for source, target in gold_set:
        for source_id in source:
            gold_partners[source_id].update(target)
    tp_strict = fp_strict = tp_lax = fp_lax = 0
    for source, target in test_set:
        if (source, target) in gold_set:
            tp_strict += 1
            tp_lax += 1
            continue
        fp_strict += 1
        partners = set().union(*(gold_partners[source_id] for source_id in source)) if source else set()
        if partners.intersection(target):
            tp_lax += 1
        else:
            fp_lax += 1
    return tp_strict, fp_strict, tp_lax, fp_lax


@dataclass(frozen=True)
class Scores:
    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float


def score_multiple(gold_list: Sequence[Sequence[Bead]], test_list: Sequence[Sequence[Bead]]) -> Scores:
    precision = [0, 0, 0, 0]
    recall = [0, 0, 0, 0]
    for gold, test in zip(gold_list, test_list, strict=True):
        counts = _precision_counts(gold, test)
        precision = [p + c for p, c in zip(precision, counts, strict=True)]
        test_no_skip = [(s, t) for s, t in test if s and t]
        gold_no_skip = [(s, t) for s, t in gold if s and t]
        counts = _precision_counts(gold=test_no_skip, test=gold_no_skip)
        recall = [r + c for r, c in zip(recall, counts, strict=True)]

    def ratio(good: int, bad: int) -> float:
        return good / (good + bad) if good + bad else 0.0

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    p_strict, r_strict = ratio(precision[0], precision[1]), ratio(recall[0], recall[1])
    p_lax, r_lax = ratio(precision[2], precision[3]), ratio(recall[2], recall[3])
    return Scores(p_strict, r_strict, f1(p_strict, r_strict), p_lax, r_lax, f1(p_lax, r_lax))


def read_alignments(path: Path) -> list[Bead]:
    beads: list[Bead] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = [field.strip() for field in line.split(":") if field.strip()]
        if len(fields) < 2:
            raise SystemExit(f"{path}: bad alignment line {line!r}")
        beads.append((tuple(ast.literal_eval(fields[0])), tuple(ast.literal_eval(fields[1]))))
    return beads


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1] if path.exists() else []


# --- running the aligner ------------------------------------------------------------------------


def make_encoder(name: str, cache: bool, cache_dir: Path | None) -> object:
    from mtqa.embed import get_encoder

    if name == "e5-small-passage":  # the other e5 prefix, to compare prefixes
        from mtqa.embed.cache import CachedEncoder
        from mtqa.embed.e5 import E5SmallEncoder

        inner = E5SmallEncoder(prefix="passage")
        return CachedEncoder(inner, cache_dir) if cache else inner
    return get_encoder(name, cache=cache, cache_dir=cache_dir)


class CountingEncoder:
    """Counts the texts and characters sent to the encoder: with the cache on, the cost a cold run pays
    (the encoder's time is linear in the tokens it reads)."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.texts = 0
        self.characters = 0

    @property
    def signature(self) -> str:
        return str(self.inner.signature)  # type: ignore[attr-defined]

    def encode(self, texts: Sequence[str]) -> object:
        self.texts += len(texts)
        self.characters += sum(len(text) for text in texts)
        return self.inner.encode(texts)  # type: ignore[attr-defined]


def run(arguments: argparse.Namespace) -> int:
    from mtqa.align.dp import AlignParams
    from mtqa.align.sentences import SENTENCE_PARAMS, align_sentences

    data: Path = arguments.data
    if not (data / f"{arguments.files[0]}.defr").exists():
        print(f"no Text+Berg data under {data}; give --data", file=sys.stderr)
        return 2
    params: AlignParams = replace(
        SENTENCE_PARAMS,
        skip=arguments.skip if arguments.skip is not None else SENTENCE_PARAMS.skip,
        band=arguments.band or SENTENCE_PARAMS.band,
        top_k=arguments.top_k or SENTENCE_PARAMS.top_k,
        margin=not arguments.no_margin,
        length_penalty=not arguments.no_length_penalty,
        long_table=arguments.long_table or SENTENCE_PARAMS.long_table,
    )
    gold = [read_alignments(data / f"{name}.defr") for name in arguments.files]
    sources = [read_lines(data / f"{name}.de") for name in arguments.files]
    targets = [read_lines(data / f"{name}.fr") for name in arguments.files]
    print(f"files: {' '.join(arguments.files)} ({sum(map(len, sources))} de / {sum(map(len, targets))} fr lines)")
    if arguments.refine is not None:
        print(f"params: {params}  groups embedded where an alignment within {arguments.refine} of the best uses them")
    else:
        print(f"params: {params}  groups embedded up to {arguments.embed_groups} sentences, larger derived")
    header = (
        f"| {'encoder':<22} | P strict | R strict | F1 strict | P lax | R lax | F1 lax | time s "
        "| texts encoded | characters encoded |"
    )
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    for name in arguments.encoder:
        encoder = CountingEncoder(make_encoder(name, not arguments.no_cache, arguments.cache_dir))
        started = time.perf_counter()
        predictions = [
            [
                (bead.source, bead.target)
                for bead in align_sentences(
                    source,
                    target,
                    encoder,
                    params=params,
                    embed_groups=arguments.embed_groups,
                    refine=arguments.refine,
                )
            ]
            for source, target in zip(sources, targets, strict=True)
        ]
        elapsed = time.perf_counter() - started
        result = score_multiple(gold, predictions)
        print(
            f"| {name:<22} | {result.precision_strict:8.3f} | {result.recall_strict:8.3f} | "
            f"{result.f1_strict:9.3f} | {result.precision_lax:5.3f} | {result.recall_lax:5.3f} | "
            f"{result.f1_lax:6.3f} | {elapsed:6.1f} | {encoder.texts:13d} | {encoder.characters:18d} |"
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with test0..6 and dev .de/.fr/.defr")
    parser.add_argument("--encoder", action="append", help="use-m3, e5-small, e5-small-passage, st:<model> (repeat)")
    parser.add_argument("--files", nargs="+", default=list(TEST_FILES), help="file stems (default test0..test6)")
    parser.add_argument("--no-cache", action="store_true", help="embed everything afresh (honest timings)")
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument(
        "--embed-groups", type=int, default=1, metavar="K", help="embed concatenations of 2..K sentences"
    )
    parser.add_argument(
        "--refine",
        type=float,
        default=None,
        metavar="MARGIN",
        help="embed only the groups used by an alignment within MARGIN of the best (mtqa align --presplit)",
    )
    parser.add_argument("--skip", type=float, default=None, help="score of a 1-0 / 0-1 bead")
    parser.add_argument("--band", type=int, default=None, help="band half-width around the anchors")
    parser.add_argument("--top-k", type=int, default=None, help="neighbours per sentence for the anchors")
    parser.add_argument(
        "--long-table",
        type=int,
        default=None,
        help="align files longer than this in pieces cut at anchors (the book shortcut; default 10,000 lines)",
    )
    parser.add_argument("--no-margin", action="store_true")
    parser.add_argument("--no-length-penalty", action="store_true")
    parser.add_argument(
        "--predictions",
        type=Path,
        default=None,
        help="score <name>.defr files in this folder (e.g. written by mtqa align --presplit --format vecalign) "
        "instead of running the aligner",
    )
    arguments = parser.parse_args(argv)
    arguments.encoder = arguments.encoder or ["use-m3"]
    if arguments.predictions is not None:
        return score_files(arguments)
    return run(arguments)


def score_files(arguments: argparse.Namespace) -> int:
    gold = [read_alignments(arguments.data / f"{name}.defr") for name in arguments.files]
    predicted = [read_alignments(arguments.predictions / f"{name}.defr") for name in arguments.files]
    result = score_multiple(gold, predicted)
    print(
        f"{arguments.predictions}: strict P {result.precision_strict:.3f} R {result.recall_strict:.3f} "
        f"F1 {result.f1_strict:.3f} | lax P {result.precision_lax:.3f} R {result.recall_lax:.3f} F1 {result.f1_lax:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
