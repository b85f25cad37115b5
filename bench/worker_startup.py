"""What a worker process pays once before its articles: imports, models, word lists, compiled patterns.

    python bench/worker_startup.py [--runs 5] [--encoder fast] [--baseline OTHER/src]

A folder run with ``--jobs N`` (the default from 8 articles on) starts N fresh interpreters (``spawn``),
and each pays this again; on 1,000 warm articles and 2 cores it is a few per cent of the run. Each run
here is a fresh process that checks the same 12 WMT articles (rebuilt from ``--external`` as
``bench/throughput.py`` does) with a warm embedding cache and document-language store (a temporary cache
folder, filled by a first run that is not counted), rendering JSON and HTML as a folder run does. Printed
per source tree (medians of ``--runs``, interleaved with ``--baseline`` when given, so that load hits both
alike): CPU of the imports, of the first article, the median of the 11 later ones, and the first minus
the later one: the warm-up. CPU seconds (``time.process_time`` in the child); wall times on a shared
machine say little. Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from throughput import DEFAULT_EXTERNAL, ROOT, take, write_corpus

ARTICLES = 12
CHILD = """
import json, sys, time
started = time.process_time()
from pathlib import Path
from mtqa.config import Config
from mtqa.pipeline import Checker
from mtqa.report import render_html, report_to_json
imported = time.process_time()
folder, encoder = Path(sys.argv[1]), sys.argv[2]
pairs = list(zip(sorted((folder / "src").iterdir()), sorted((folder / "tgt").iterdir())))
checker = Checker(Config(encoder=encoder))
times = []
for source, target in pairs:
    before = time.process_time()
    report = checker.check(source, target)
    report_to_json(report)
    render_html(report)
    times.append(time.process_time() - before)
print(json.dumps({"imports": imported - started, "first": times[0], "later": sorted(times[1:])[len(times) // 2 - 1]}))
"""


def child(folder: Path, encoder: str, src: str | None, cache: str) -> dict[str, float]:
    env = {**os.environ, "XDG_CACHE_HOME": cache}
    if src:
        env["PYTHONPATH"] = src
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), encoder], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        sys.exit(f"the child failed:\n{done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--encoder", default="auto")
    parser.add_argument("--baseline", metavar="SRC", help="also measure the mtqa of this source folder")
    args = parser.parse_args()
    external = args.external if args.external.is_absolute() else ROOT / args.external
    trees = {"this tree": os.environ.get("PYTHONPATH") or None}
    if args.baseline:
        trees["baseline"] = str(Path(args.baseline).resolve())
    results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory(prefix="mtqa-startup-") as scratch:
        corpus = write_corpus(take(external, ARTICLES), Path(scratch) / "corpus")
        cache = str(Path(scratch) / "cache")
        for src in trees.values():
            child(corpus.folder, args.encoder, src, cache)  # fills the cache; not counted
        for _ in range(args.runs):
            for name, src in trees.items():
                results[name].append(child(corpus.folder, args.encoder, src, cache))
    print(f"{ARTICLES} articles per process, encoder {args.encoder}, warm cache; medians of {args.runs} (CPU s)")
    print(f"  {'':10} {'imports':>8} {'1st article':>12} {'later ones':>11} {'warm-up':>8}")
    for name, runs in results.items():
        imports, first, later = (statistics.median(run[key] for run in runs) for key in ("imports", "first", "later"))
        warm_up = statistics.median(run["first"] - run["later"] for run in runs)
        print(f"  {name:10} {imports:8.3f} {first:12.3f} {later:11.3f} {warm_up:8.3f}")


if __name__ == "__main__":
    main()
