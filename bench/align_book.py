"""Book-length sentence alignment (``mtqa align --presplit``): time and quality of the three ways of
making the vectors of 2-5 line groups, on one synthetic book.

The book is built from real parallel sentences: the German and French sides of newstest2021 de-fr and
fr-de and generaltest2022 de-fr and fr-de (``../shared/external``, line-aligned sources and references), in
document order, 6,016 pairs in all, the first ``--size`` of them. Translators' changes are simulated the
way the Text+Berg gold shows them: two or three lines joined on one side (2-1, 1-2, 3-1, 1-3 beads),
lines missing on one side (1-0, 0-1); the rates are ``--rates``. The gold alignment follows.

For each method the command ``mtqa align --presplit --format vecalign --no-cache`` runs on the two files
(cold: every text embedded anew), and the bench prints its CPU and wall seconds, the ratio to the
embed-every-group method measured in the same invocation, and strict / lax F1 against the gold:

- ``embedded``: every group embedded from its joined lines (bertalign's method; the default until now,
  now ``--embed-all-groups``);
- ``refined``: groups derived from line vectors, then embedded only for the groups an alignment within
  ``REFINE_MARGIN`` of the best one uses (the default);
- ``derived``: no group embedded (``--derive-groups``).

    .venv/bin/python bench/align_book.py                       # 5,800 lines a side, all three methods
    .venv/bin/python bench/align_book.py --size 1000 --repeat 3

Run it with ``nice``; on a shared machine compare the ratios. Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_textberg import read_alignments, score_multiple

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXTERNAL = ROOT / ".." / "shared" / "external"
# (folder, German file, French file) under <folder>/txt/, line-aligned.
SOURCES = (
    ("wmt21-news-systems", "sources/newstest2021.de-fr.src.de", "references/newstest2021.de-fr.ref.A.fr"),
    ("wmt21-news-systems", "references/newstest2021.fr-de.ref.A.de", "sources/newstest2021.fr-de.src.fr"),
    ("wmt22-general-defr", "sources/generaltest2022.de-fr.src.de", "references/generaltest2022.de-fr.ref.A.fr"),
    ("wmt22-general-defr", "references/generaltest2022.fr-de.ref.A.de", "sources/generaltest2022.fr-de.src.fr"),
)
METHODS = {"embedded": ["--embed-all-groups"], "refined": [], "derived": ["--derive-groups"]}
Bead = tuple[tuple[int, ...], tuple[int, ...]]


def sentence_pairs(external: Path) -> list[tuple[str, str]]:
    pairs = []
    for folder, german, french in SOURCES:
        de = (external / folder / "txt" / german).read_text(encoding="utf-8").splitlines()
        fr = (external / folder / "txt" / french).read_text(encoding="utf-8").splitlines()
        pairs += [(d.strip(), f.strip()) for d, f in zip(de, fr, strict=True) if d.strip() and f.strip()]
    return pairs


def build_book(
    pairs: Sequence[tuple[str, str]], rates: dict[str, float], seed: int
) -> tuple[list[str], list[str], list[Bead]]:
    """German lines, French lines and the gold beads (line indices)."""
    rng = random.Random(seed)
    source: list[str] = []
    target: list[str] = []
    gold: list[Bead] = []
    index = 0
    while index < len(pairs):
        roll, kind = rng.random(), "1-1"
        for name, rate in rates.items():
            if roll < rate:
                kind = name
                break
            roll -= rate
        a, b = (int(side) for side in kind.split("-"))
        taken = max(a, b, 1)
        if index + taken > len(pairs):
            kind, a, b, taken = "1-1", 1, 1, 1
        group = pairs[index : index + taken]
        index += taken
        source_ids = tuple(range(len(source), len(source) + (1 if a else 0)))
        target_ids = tuple(range(len(target), len(target) + (1 if b else 0)))
        if a == 0:
            target.append(group[0][1])
            gold.append(((), target_ids))
            continue
        if b == 0:
            source.append(group[0][0])
            gold.append((source_ids, ()))
            continue
        # m-n with one side joined: the joined side is one line, the other keeps its lines.
        if a >= b:
            source += [de for de, _ in group]
            target.append(" ".join(fr for _, fr in group))
            gold.append((tuple(range(len(source) - len(group), len(source))), (len(target) - 1,)))
        else:
            source.append(" ".join(de for de, _ in group))
            target += [fr for _, fr in group]
            gold.append(((len(source) - 1,), tuple(range(len(target) - len(group), len(target)))))
    return source, target, gold


def run_method(
    source: Path, target: Path, options: Sequence[str], env: dict[str, str]
) -> tuple[float, float, list[Bead], str]:
    command = [sys.executable, "-m", "mtqa", "align", "--presplit", "--format", "vecalign", "--no-cache"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [*command, *options, str(source), str(target)], capture_output=True, text=True, env=env, check=False
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"mtqa align failed: {result.stderr.strip()}")
    with tempfile.NamedTemporaryFile("w", suffix=".defr", delete=False, encoding="utf-8") as handle:
        handle.write(result.stdout)
    beads = read_alignments(Path(handle.name))
    Path(handle.name).unlink()
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, beads, result.stdout


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--size", type=int, default=5800, help="sentence pairs drawn (before joins)")
    parser.add_argument("--methods", nargs="+", default=list(METHODS), choices=list(METHODS))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--src-root", type=Path, default=ROOT, help="checkout whose src/ is run")
    arguments = parser.parse_args(argv)
    rates = {"2-1": 0.06, "1-2": 0.05, "3-1": 0.01, "1-3": 0.01, "0-1": 0.03, "1-0": 0.01}
    source_lines, target_lines, gold = build_book(
        sentence_pairs(arguments.external)[: arguments.size], rates, arguments.seed
    )
    work = Path(tempfile.mkdtemp(prefix="mtqa-align-book-"))
    source, target = work / "book.de", work / "book.fr"
    source.write_text("\n".join(source_lines) + "\n", encoding="utf-8")
    target.write_text("\n".join(target_lines) + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(arguments.src_root.resolve() / "src")}
    print(
        f"book: {len(source_lines)} German / {len(target_lines)} French lines, {len(gold)} gold beads "
        f"({sum(1 for s, t in gold if len(s) == len(t) == 1)} 1-1); load average {os.getloadavg()[0]:.1f}"
    )
    cpus: dict[str, list[float]] = {method: [] for method in arguments.methods}
    walls: dict[str, list[float]] = {method: [] for method in arguments.methods}
    scores = {}
    for _ in range(arguments.repeat):
        for method in arguments.methods:  # interleaved, so that a change of load hits every method
            cpu, wall, beads, _ = run_method(source, target, METHODS[method], env)
            cpus[method].append(cpu)
            walls[method].append(wall)
            scores[method] = score_multiple([gold], [beads])
            print(f"  {method}: {cpu:.1f} s CPU, {wall:.1f} s wall (load {os.getloadavg()[0]:.1f})", flush=True)
    reference = statistics.median(cpus["embedded"]) if "embedded" in cpus else None
    print("| method | CPU s (median) | wall s (median) | CPU vs embedded | strict F1 | lax F1 |")
    print("|---|---:|---:|---:|---:|---:|")
    for method in arguments.methods:
        cpu = statistics.median(cpus[method])
        ratio = f"{cpu / reference:.3f}" if reference else "-"
        print(
            f"| {method} | {cpu:.1f} | {statistics.median(walls[method]):.1f} | {ratio} | "
            f"{scores[method].f1_strict:.3f} | {scores[method].f1_lax:.3f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
