"""Where a folder run's memory goes: tracemalloc snapshots while one Checker checks a corpus's articles.

The corpus is a folder with ``src/`` and ``tgt/`` as ``bench/throughput.py`` and ``bench/runner_scale.py``
write them (``--work DIR`` keeps them: ``DIR/corpus-1000``). The articles go through the folder runner's
serial path (``mtqa.parallel.local.run_serial``, reports rendered and written, digests made) in this
process, so what is measured is what a ``mtqa check SRC TGT --out DIR`` run keeps.

Printed at each ``--at`` count of articles (after a garbage collection): the traced Python memory, the
process's peak RSS, the size of the Checker's run memo and of the encoder's in-memory layer; then the
growth between the first and the last snapshot grouped by source file, the largest first. A flat run
shows little growth past the first snapshot.

    .venv/bin/python bench/memory_profile.py WORK/corpus-1000 --at 100 300 600 --encoder fast

tracemalloc slows the run several times: use it for where memory goes, ``bench/runner_scale.py`` for
how much. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import tempfile
import tracemalloc
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a folder with src/ and tgt/")
    parser.add_argument("--at", type=int, nargs="+", default=[100, 300], help="snapshot after these many articles")
    parser.add_argument("--encoder", default=None, help="encoder name (default: the configured one)")
    parser.add_argument("--top", type=int, default=15, help="source files shown")
    arguments = parser.parse_args(argv)

    from mtqa.config import Config
    from mtqa.parallel import ArticleTask
    from mtqa.parallel.local import run_serial
    from mtqa.pipeline import Checker

    at = sorted(set(arguments.at))
    names = sorted(path.name for path in (arguments.corpus / "src").iterdir())[: at[-1]]
    config = Config(encoder=arguments.encoder) if arguments.encoder else Config()
    out = Path(tempfile.mkdtemp(prefix="mtqa-memory-profile-"))
    tasks = [
        ArticleTask(
            position, arguments.corpus / "src" / name, arguments.corpus / "tgt" / name, config,
            json_path=out / f"{position}.json", html_path=out / f"{position}.html",
            parts=frozenset({"junit", "sarif", "table"}),
        )
        for position, name in enumerate(names)
    ]  # fmt: skip
    tracemalloc.start(1)
    checker = Checker()
    snapshots: dict[int, tracemalloc.Snapshot] = {}
    print("| articles | traced MiB | peak RSS MiB | memo results | memo weight | encoder memory MiB |")
    print("|---:|---:|---:|---:|---:|---:|")
    for done, _ in enumerate(run_serial(tasks, checker), start=1):
        if done in at:
            gc.collect()
            snapshots[done] = tracemalloc.take_snapshot()
            memo = getattr(checker, "_memo", None)
            layer = _encoder_layer(checker)
            print(
                f"| {done} | {tracemalloc.get_traced_memory()[0] / 2**20:.1f} | "
                f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} | "
                f"{len(memo) if memo is not None else '?'} | {getattr(memo, 'weight', '?')} | {layer} |",
                flush=True,
            )
    first, last = snapshots[at[0]], snapshots[at[-1]]
    print(f"\nGrowth from {at[0]} to {at[-1]} articles, by source file:")
    for stat in last.compare_to(first, "filename")[: arguments.top]:
        print(f"  {stat.size_diff / 2**20:+8.2f} MiB  {stat.count_diff:+9d} blocks  {stat.traceback[0].filename}")
    return 0


def _encoder_layer(checker: object) -> str:
    """The MiB the encoder's in-memory layer holds, as it counts them (older versions: its vectors)."""
    for encoder in getattr(checker, "_encoders", {}).values():
        held = getattr(encoder, "memory_bytes", None)
        if held is None and hasattr(encoder, "_memory"):
            held = sum(vector.nbytes for vector in encoder._memory.values())
        if held is not None:
            return f"{held / 2**20:.1f}"
    return "?"


if __name__ == "__main__":
    sys.exit(main())
