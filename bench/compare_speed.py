"""Speed of ``mtqa compare`` on WMT21 newstest de-fr: 9 systems x 1,000 segments, every pair, with the
reference, 1,000 bootstrap resamples and 10,000 approximate-randomization trials.

Data: ``wmt21-news-systems/txt`` under ``--external`` (default ``../shared/external`` from the repository
root). The first (warm-up) run fills the embedding cache; the timed runs then read every vector from it.
Reported per run: wall and CPU time, the encoder's share (time inside ``encode``, cache look-ups
included), and the phases of ``compare_engines`` (checks, metric statistics, significance, breakdown).

Yardstick in the same run: sacrebleu's own ``PairedTest`` (what ``sacrebleu REF -i SYS... --paired-bs``
and ``--paired-ar`` do) on the same data, BLEU and chrF against one baseline only (8 pairs instead of
36), with the same numbers of resamples and trials; and the agreement of its p-values with mtqa's
(sacrebleu's strict ">" counting, see ``mtqa.compare.significance``)::

    .venv/bin/python bench/compare_speed.py [--external DIR] [--runs 1] [--jobs 1 2] [--no-warm-up]
        [--no-yardstick] [--metrics ...]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from mtqa.compare import compare_engines, significance_settings
from mtqa.embed import get_encoder
from mtqa.embed.base import Encoder, Matrix

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXTERNAL = Path("..") / "shared" / "external"
SYSTEMS = ("LISN", "Manifold", "Online-A", "Online-B", "Online-G", "Online-W", "Online-Y", "P3AI", "talp_upc")


class TimedEncoder:
    """Counts the seconds spent inside the wrapped encoder."""

    def __init__(self, inner: Encoder) -> None:
        self._inner = inner
        self.seconds = 0.0

    @property
    def signature(self) -> str:
        return self._inner.signature

    def encode(self, texts: Sequence[str]) -> Matrix:
        start = time.perf_counter()
        try:
            return self._inner.encode(texts)
        finally:
            self.seconds += time.perf_counter() - start


def _cpu() -> float:
    """CPU seconds of this process and of its finished worker processes."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _paths(external: Path) -> tuple[Path, Path, dict[str, Path]]:
    txt = (ROOT / external if not external.is_absolute() else external) / "wmt21-news-systems" / "txt"
    source = txt / "sources" / "newstest2021.de-fr.src.de"
    reference = txt / "references" / "newstest2021.de-fr.ref.A.fr"
    systems = {name: txt / "system-outputs" / f"newstest2021.de-fr.hyp.{name}.fr" for name in SYSTEMS}
    return source, reference, systems


def run_mtqa(external: Path, metrics: list[str] | None, label: str, jobs: int = 1) -> object:
    source, reference, systems = _paths(external)
    encoder = TimedEncoder(get_encoder("use-m3"))
    timings: dict[str, float] = {}
    wall, cpu = time.perf_counter(), _cpu()
    report = compare_engines(
        source,
        systems,
        [reference],
        source_lang="de",
        target_lang="fr",
        metrics=metrics,
        significance=significance_settings(1000, 10000),
        encoder=encoder,
        timings=timings,
        jobs=jobs,
    )
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    label = f"{label} (--jobs {jobs})"
    phases = ", ".join(f"{phase} {seconds:.1f} s" for phase, seconds in timings.items())
    print(
        f"{label}: {wall:.1f} s wall, {cpu:.1f} s CPU; encoder {encoder.seconds:.1f} s; "
        f"without the encoder {wall - encoder.seconds:.1f} s ({phases})"
    )
    return report


def run_sacrebleu(external: Path, report: object) -> None:
    """sacrebleu's PairedTest on the same data, timed, and its p-values against mtqa's strict ones."""
    from sacrebleu.metrics.bleu import BLEU
    from sacrebleu.metrics.chrf import CHRF
    from sacrebleu.significance import PairedTest

    from mtqa.compare.significance import Draws, analyse
    from mtqa.score.reference import corpus_score, segment_statistics, vector_scores

    source, reference, systems = _paths(external)
    del source
    references = [reference.read_text(encoding="utf-8").splitlines()]
    hypotheses = {name: path.read_text(encoding="utf-8").splitlines() for name, path in systems.items()}
    names = sorted(hypotheses)
    for test, samples in (("bs", 1000), ("ar", 10000)):
        wall, cpu = time.perf_counter(), _cpu()
        metrics = {"BLEU": BLEU(references=references), "chrF2": CHRF(references=references)}
        _, results = PairedTest(
            [(name, hypotheses[name]) for name in names], metrics, None, test_type=test, n_samples=samples
        )()
        wall, cpu = time.perf_counter() - wall, _cpu() - cpu
        print(
            f"yardstick: sacrebleu PairedTest --paired-{test} ({samples}), BLEU + chrF, 8 pairs: "
            f"{wall:.1f} s wall, {cpu:.1f} s CPU"
        )
        settings = significance_settings(1000, 10000)
        draws = Draws.make(len(references[0]), settings)
        worst = 0.0
        differing = 0
        for label, factory in (("BLEU", BLEU), ("chrF2", CHRF)):
            metric = factory()
            stats = [segment_statistics(metric, hypotheses[name], references) for name in names]
            strict = analyse(
                names,
                stats,
                lambda r, m=metric: vector_scores(m, r),
                lambda s, m=metric: corpus_score(m, s),
                draws,
                settings,
                True,
                strict=True,
            )
            for position, name in enumerate(names[1:], 1):
                ours = next(p for p in strict.pairs if {p.a, p.b} == {names[0], name})
                mine = ours.p_bootstrap if test == "bs" else ours.p_ar
                theirs = results[label][position].p_value
                worst = max(worst, abs(mine - theirs))
                differing += mine != theirs
        print(
            f"  p-values of the 16 pairs (BLEU, chrF) against sacrebleu's: {differing} differ, "
            f"largest difference {worst:.6f}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--runs", type=int, default=1, help="timed runs per --jobs value after the warm-up run")
    parser.add_argument("--metrics", nargs="*", help="only these metrics (default: all)")
    parser.add_argument("--no-yardstick", action="store_true")
    parser.add_argument("--no-warm-up", action="store_true", help="the embedding cache is warm already")
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2], help="worker processes, one timed run each")
    args = parser.parse_args(argv)
    os.environ.pop("SACREBLEU_SEED", None)
    print(f"cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")
    report = None if args.no_warm_up else run_mtqa(args.external, args.metrics, "warm-up (fills the embedding cache)")
    for jobs in args.jobs:
        for run in range(args.runs):
            report = run_mtqa(args.external, args.metrics, f"warm run {run + 1}", jobs)
    if report is not None:
        print("ranking:", ", ".join(report.ranking))  # type: ignore[attr-defined]
    if not args.no_yardstick:
        run_sacrebleu(args.external, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
