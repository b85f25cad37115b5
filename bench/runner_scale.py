"""How folder runs scale: peak memory from 100 to 10,000 articles, and wall time with --jobs 1 and 2.

Articles are rebuilt from the WMT XML files under ``--external`` (default ``../shared/external``) with
``bench/false_alarms.py``'s reader: every document of newstest2021 de-fr and fr-de, then generaltest2022
de-fr and fr-de, each with its reference and every system output as targets (5,527 distinct pairs; a
size beyond that repeats them under new names). The first N are written as ``src/NAME.txt`` and
``tgt/NAME.txt`` once, and the mtqa command line is run on the two folders with every run-wide output
(``--out``, ``--junit``, ``--sarif``, ``--markdown``, ``--findings-table``).

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
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from false_alarms import REF, Article, xml_articles

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXTERNAL = ROOT / ".." / "shared" / "external"
XML_FILES = (
    ("wmt21-news-systems", "newstest2021.de-fr.all.xml", "de-fr"),
    ("wmt21-news-systems", "newstest2021.fr-de.all.xml", "fr-de"),
    ("wmt22-general-defr", "wmttest2022.de-fr.all.xml", "de-fr"),
    ("wmt22-general-defr", "wmttest2022.fr-de.all.xml", "fr-de"),
)


def pool(external: Path) -> Iterator[Article]:
    for folder, name, pair in XML_FILES:
        path = external / folder / "xml" / name
        if path.is_file():
            systems = sorted({hyp.get("system", "") for hyp in ET.parse(path).getroot().iter("hyp")})
            yield from xml_articles(path, pair, [REF, *systems], per_paragraph=3)


def write_corpus(external: Path, count: int, folder: Path) -> int:
    """The first ``count`` articles (cycled under new names past the pool's end); returns source words."""
    articles = list(islice(pool(external), count))
    if not articles:
        sys.exit(f"{external}: no WMT XML files found (use --external DIR)")
    words = 0
    for side in ("src", "tgt"):
        (folder / side).mkdir(parents=True, exist_ok=True)
    for index in range(count):
        article = articles[index % len(articles)]
        name = f"{index:05d}-{article.pair}"  # no dots: "x.de" would read as a language marker
        (folder / "src" / f"{name}.txt").write_text(article.source, encoding="utf-8")
        (folder / "tgt" / f"{name}.txt").write_text(article.target, encoding="utf-8")
        words += len(article.source.split())
    return words


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_rss_mb: float
    returncode: int


def _tree(pid: int) -> list[int]:
    parents: dict[int, list[int]] = defaultdict(list)
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path("/proc", entry.name, "stat").read_bytes()
                parents[int(stat.rsplit(b")", 1)[1].split()[1])].append(int(entry.name))
            except (OSError, ValueError, IndexError):
                continue
    members, todo = [], [pid]
    while todo:
        current = todo.pop()
        members.append(current)
        todo.extend(parents.get(current, ()))
    return members


def _tree_rss_kb(pid: int) -> int:
    total = 0
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    for member in _tree(pid):
        try:
            total += int(Path("/proc", str(member), "statm").read_bytes().split()[1]) * page_kb
        except (OSError, ValueError, IndexError):
            continue
    return total


def run(command: Sequence[str], env: dict[str, str]) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.1):
            peak[0] = max(peak[0], _tree_rss_kb(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    stop.set()
    sampler.join()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode not in (0, 1):
        print(f"command failed ({process.returncode}): {stderr.strip()[-500:]}", file=sys.stderr)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, cpu, peak[0] / 1024, process.returncode)


def mtqa_command(corpus: Path, out: Path, jobs: int, extra: Sequence[str]) -> list[str]:
    return [
        sys.executable, "-m", "mtqa", "check", str(corpus / "src"), str(corpus / "tgt"), "--quiet",
        "--out", str(out / "reports"), "--junit", str(out / "junit.xml"), "--sarif", str(out / "mtqa.sarif"),
        "--markdown", str(out / "summary.md"), "--findings-table", str(out / "findings.csv"),
        *(["--jobs", str(jobs)] if jobs != 1 else []), *extra,
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
            write_corpus(arguments.external, size, corpus)
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
