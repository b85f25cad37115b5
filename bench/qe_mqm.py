"""Human agreement of mtqa's quality estimate and of its baselines, computed as WMT's mt-metrics-eval does.

Datasets: see ``bench/qe_data.py`` (bio-mqm en->fr and fr->en, WMT23 en-de paragraphs, Google MQM TED
en-de and zh-en, newstest2021 en-de). Statistics: see ``bench/qe_stats.py`` (segment-level Kendall tau_b
flattened and by item, tie-calibrated pairwise accuracy acc_eq grouped by item as in WMT23, Pearson;
system-level pairwise accuracy and Pearson).

Metrics, all computed in the same run:

- ``estimate``: mtqa's combined estimate (``mtqa.score.estimate``), **held out**: for each dataset the
  model is fitted on the other five (leave-one-dataset-out, ``bench/qe_fit.py``);
- ``cosine use-m3`` / ``cosine e5-small``: the raw cosine of the source and the translation;
- ``length ratio``: ``-|log(target chars / source chars)|``; ``length ratio (norm)``: the same
  after subtracting the median log ratio of the dataset (the language pair's norm, taken from the test
  data itself, which favours the baseline);
- ``checks penalty``: minus the MQM penalty of mtqa's findings on the segment pair, the checks run as
  ``bench/checks_mqm.py`` runs them (no encoder);
- ``source length``: minus the log of the source's length, a difficulty prior that cannot tell two
  translations of one source apart (its acc_eq is the all-ties floor), shown because the estimate uses it;
- ``score penalty``: the penalty the smooth article score is computed from, ``hypot(findings,
  estimate)`` per segment (``docs/scoring.md``);
- ``chrF (with reference)``: sacrebleu sentence chrF against the standard human reference. It is an
  upper reference, not a quality estimate: it needs a reference translation.

Segment-level figures are over the machine-translation systems (the human translations are excluded, as
in mt-metrics-eval's default); ``sys acc+H`` adds the human translations rated like systems (bio:
8 MT systems + 2 references; the chrF row cannot score its own reference and shows ``-`` there).
Embeddings come from the shared on-disk cache; the first run embeds about 40,000 texts per encoder.

    .venv/bin/python bench/qe_mqm.py [--external DIR] [--dataset NAME ...] [--encoder use-m3 ...]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import qe_data
import qe_fit
import qe_stats
from qe_data import Dataset


def cells(dataset: Dataset, systems: Sequence[str], score: Callable[[str, int], float | None]) -> qe_stats.Matrix:
    """A ``systems x items`` matrix of ``score(system, item)``; NaN for empty outputs."""
    matrix = np.full((len(systems), dataset.items), np.nan)
    for row, system in enumerate(systems):
        for item in range(dataset.items):
            if dataset.outputs[system][item].strip() and dataset.sources[item].strip():
                value = score(system, item)
                matrix[row, item] = np.nan if value is None else value
    return matrix


def gold(dataset: Dataset, systems: Sequence[str]) -> qe_stats.Matrix:
    return qe_stats.as_matrix([dataset.gold[s] for s in systems])


def cell_scores(
    rows: Sequence[qe_fit.Cell], value: Callable[[qe_fit.Cell], float | None]
) -> Callable[[str, int], float | None]:
    table = {(c.system, c.item): value(c) for c in rows}
    return lambda system, item: table.get((system, item))


def log_length_ratio(source: str, target: str) -> float:
    return math.log((len(target.strip()) + 1) / (len(source.strip()) + 1))


def length_scores(dataset: Dataset, normed: bool) -> Callable[[str, int], float]:
    norm = 0.0
    if normed:
        norm = float(
            np.median(
                [
                    log_length_ratio(dataset.sources[i], dataset.outputs[s][i])
                    for s in dataset.mt_systems
                    for i in range(dataset.items)
                    if dataset.outputs[s][i].strip()
                ]
            )
        )
    return lambda system, item: -abs(log_length_ratio(dataset.sources[item], dataset.outputs[system][item]) - norm)


def chrf_scores(dataset: Dataset) -> Callable[[str, int], float | None]:
    from sacrebleu.metrics import CHRF

    chrf = CHRF()
    reference = dataset.outputs[dataset.reference] if dataset.reference else None

    def score(system: str, item: int) -> float | None:
        if reference is None or system == dataset.reference or not reference[item].strip():
            return None
        return float(chrf.sentence_score(dataset.outputs[system][item], [reference[item]]).score)

    return score


def baselines(dataset: Dataset, rows: Sequence[qe_fit.Cell]) -> dict[str, Callable[[str, int], float | None]]:
    from mtqa.score import mqm_penalty

    metrics: dict[str, Callable[[str, int], float | None]] = {}
    for encoder in qe_fit.ENCODERS:
        if any(encoder in c.cosine for c in rows):
            metrics[f"cosine {encoder}"] = cell_scores(rows, lambda c, e=encoder: c.cosine.get(e))
    metrics["length ratio"] = length_scores(dataset, normed=False)
    metrics["length ratio (norm)"] = length_scores(dataset, normed=True)
    metrics["source length (-log chars)"] = lambda system, item: -math.log(len(dataset.sources[item].strip()) + 1)
    metrics["checks penalty"] = cell_scores(rows, lambda c: -mqm_penalty(c.findings))
    metrics["chrF (with reference)"] = chrf_scores(dataset)
    return metrics


HEADER = (
    f"{'metric':<34} {'tau_b':>6} {'tau_it':>6} {'acc_eq':>6} {'eps':>7} {'pearson':>7} "
    f"{'sysacc':>6} {'sysr':>6} {'acc+H':>6}"
)


def _cell(value: float, width: int = 6, digits: int = 3) -> str:
    return f"{'-':>{width}}" if math.isnan(value) else f"{value:>{width}.{digits}f}"


def row(name: str, dataset: Dataset, metric: Callable[[str, int], float | None] | qe_stats.Matrix) -> str:
    everyone = dataset.systems
    full = metric if isinstance(metric, np.ndarray) else cells(dataset, everyone, lambda s, i: metric(s, i))
    mt = [everyone.index(s) for s in dataset.mt_systems]
    human = gold(dataset, everyone)
    seg = qe_stats.agreement(human[mt], full[mt])
    with_humans = math.nan
    if not np.isnan(full).all(axis=1).any():
        h_sys, m_sys = qe_stats.system_scores(human, full)
        with_humans = qe_stats.pairwise_accuracy(h_sys, m_sys)
    return (
        f"{name:<34} {_cell(seg.tau_b)} {_cell(seg.tau_b_item)} {_cell(seg.acc_eq)} {_cell(seg.epsilon, 7, 3)} "
        f"{_cell(seg.pearson, 7)} {_cell(seg.sys_accuracy, 6, 2)} {_cell(seg.sys_pearson, 6, 2)} "
        f"{_cell(with_humans, 6, 2)}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    from mtqa.score import mqm_penalty

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--external", type=Path, default=qe_data.DEFAULT_EXTERNAL)
    parser.add_argument("--dataset", action="append", choices=sorted(qe_data.LOADERS), help="default: all")
    parser.add_argument(
        "--e5-dataset", action="append", default=[], choices=sorted(qe_data.LOADERS),
        help="also score these datasets with e5-small (slow on a cold embedding cache)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    external = qe_data.external_dir(args.external)
    if not external.is_dir():
        print(f"{external}: no such directory (pass --external)", file=sys.stderr)
        return 2
    names = args.dataset or list(qe_data.LOADERS)
    started = time.perf_counter()
    # every dataset is loaded: the held-out estimate of one is fitted on all the others
    datasets, rows = qe_fit.load_all(external, list(qe_data.LOADERS), {n: ["e5-small"] for n in args.e5_dataset})
    held_out = qe_fit.leave_one_dataset_out(datasets, rows, names)
    by_cell = {n: {(c.system, c.item): c for c in rows[n]} for n in names}
    print(f"inputs and fits: {time.perf_counter() - started:.0f} s")
    for name in names:
        dataset = datasets[name]
        print(
            f"\n== {name} ({dataset.source_lang}->{dataset.target_lang}): {dataset.items} items, "
            f"{len(dataset.mt_systems)} MT systems + {len(dataset.humans)} human, "
            f"{int((~np.isnan(gold(dataset, dataset.mt_systems))).sum())} rated MT cells"
        )
        print(HEADER)
        for label, matrix in held_out[name].items():
            print(row(label, dataset, matrix))
        own = by_cell[name]
        findings = cells(dataset, dataset.systems, lambda s, i, own=own: -mqm_penalty(own[(s, i)].findings))
        estimate = held_out[name]["estimate, use-m3 (held out)"]
        # the article score's penalty at segment level: hypot(findings, estimate), docs/scoring.md
        print(row("score penalty hypot(findings, est.)", dataset, -np.hypot(findings, estimate)))
        for label, metric in baselines(dataset, rows[name]).items():
            print(row(label, dataset, metric))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
