"""How folder runs scale: peak memory from 100 to 10,000 articles, and wall time with --jobs 1 and 2.

Articles are the WMT news articles of ``bench/throughput.py`` (5,527 distinct pairs; a size beyond that
repeats them under new names), written once as ``src/`` and ``tgt/`` folders; the mtqa command line runs on
the two folders with every run-wide output (``--out``, ``--junit``, ``--sarif``, ``--markdown``,
``--findings-table``), measured with throughput.py's runner.

Printed per run: wall and CPU seconds (children included), articles/s and the peak resident memory of the
whole process tree (workers included), sampled every 0.1 s. Runs are warm unless ``--cold``: the
embedding cache is filled by a first run that is not reported (or, with ``--cold``, each run gets an
empty cache in a fresh ``XDG_CACHE_HOME``). ``--repeat`` runs each configuration several times,
interleaved, and prints the median and the spread: on a shared machine compare ratios within one
invocation, not seconds across invocations.

    .venv/bin/python bench/runner_scale.py --sizes 100 1000 10000 --jobs 1           # memory
    .venv/bin/python bench/runner_scale.py --sizes 1000 --jobs 1 2 --repeat 3        # parallel speed-up
    .venv/bin/python bench/runner_scale.py --sizes 1000 --src-root ../baseline        # another checkout

``--src-root`` runs the mtqa of another checkout (its ``src`` goes first on PYTHONPATH), e.g. main's,
for a before/after in the same invocation. Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import Run, run, take, write_corpus

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXTERNAL = ROOT / ".." / "shared" / "external"


def mtqa_command(corpus: Path, out: Path, jobs: int, extra: Sequence[str]) -> list[str]:
    return [
        sys.executable, "-m", "mtqa", "check", str(corpus / "src"), str(corpus / "tgt"), "--quiet",
        "--out", str(out / "reports"), "--junit", str(out / "junit.xml"), "--sarif", str(out / "mtqa.sarif"),
        "--markdown", str(out / "summary.md"), "--findings-table", str(out / "findings.csv"),
        "--jobs", str(jobs), *extra,
    ]  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--cold", action="store_true", help="an empty embedding cache for every run")
    parser.add_argument("--no-warm-up", action="store_true", help="no cache-filling run first (the cache is as it is)")
    parser.add_argument("--src-root", type=Path, default=ROOT, help="checkout whose src/ is run (default: this one)")
    parser.add_argument("--work", type=Path, default=None, help="keep the corpora here (default: a temporary folder)")
    parser.add_argument("extra", nargs="*", help="more mtqa options, after --")
    arguments = parser.parse_args(argv)

    work = arguments.work or Path(tempfile.mkdtemp(prefix="mtqa-runner-scale-"))
    env = {**os.environ, "PYTHONPATH": str(arguments.src_root.resolve() / "src")}
    print(f"mtqa from {arguments.src_root.resolve()}; load average {os.getloadavg()[0]:.1f} at start")
    print("| articles | jobs | wall s (median) | spread | CPU s | articles/s | peak RSS MiB | load |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sorted(arguments.sizes):
        corpus = work / f"corpus-{size}"
        if not (corpus / "tgt").is_dir():
            write_corpus(take(arguments.external, size), corpus)
        if not (arguments.cold or arguments.no_warm_up):  # fill the cache; not reported
            run(mtqa_command(corpus, work / "warm-up", max(arguments.jobs), arguments.extra), env)
        runs: dict[int, list[Run]] = defaultdict(list)
        for _ in range(arguments.repeat):
            for jobs in arguments.jobs:  # interleaved, so that a change of load hits every configuration
                run_env = env
                if arguments.cold:
                    run_env = {**env, "XDG_CACHE_HOME": tempfile.mkdtemp(prefix="mtqa-cold-", dir=work)}
                runs[jobs].append(
                    run(mtqa_command(corpus, work / f"out-{size}-{jobs}", jobs, arguments.extra), run_env)
                )
        for jobs in arguments.jobs:
            walls = [r.wall for r in runs[jobs]]
            median = statistics.median(walls)
            spread = f"{min(walls):.1f}-{max(walls):.1f}" if len(walls) > 1 else "-"
            print(
                f"| {size} | {jobs} | {median:.1f} | {spread} | {statistics.median(r.cpu for r in runs[jobs]):.1f} | "
                f"{size / median:.1f} | {max(r.peak_rss_mb for r in runs[jobs]):.0f} | {os.getloadavg()[0]:.1f} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
