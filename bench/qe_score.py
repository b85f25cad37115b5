"""Which article score ranks translated articles as professionals do: the linear score or the smooth one?

Every (system, document) of the six human-MQM datasets of ``bench/qe_data.py`` is one translated
article. Its human score is minus the MQM penalty per 1,000 target words over the rated segments; the
candidate article scores are computed over the same segments:

- ``linear (findings)``: the score mtqa shipped before the estimate, ``max(0, 100 - p)``, p the MQM
  penalty of mtqa's findings per 1,000 words (checks run as ``bench/checks_mqm.py`` runs them);
- ``smooth (findings)``: ``100 / (1 + p / midpoint)``, the score without an encoder;
- ``estimate``: the reference-free estimate alone, **held out** (fitted on the other five datasets);
- ``smooth (findings, estimate)``: the score with an encoder, ``p = hypot(findings, estimate)``
  (``docs/scoring.md``).

Statistics (``bench/qe_stats.py``, as mt-metrics-eval computes them, with documents in the place of
segments): Kendall tau_b over all articles, acc_eq grouped by document (which translation of the same
document is better), system-level pairwise accuracy (a system's score: the mean of its article scores).
``at 0`` is the share of MT articles the score puts at exactly 0, where it stops telling them apart.

    .venv/bin/python bench/qe_score.py [--external DIR]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import qe_data
import qe_fit
import qe_stats
from qe_data import Dataset

from mtqa.score import mqm_penalty, smooth_score


def article_matrices(
    dataset: Dataset, rows: Sequence[qe_fit.Cell], estimate: qe_stats.Matrix, midpoint: float
) -> tuple[qe_stats.Matrix, dict[str, qe_stats.Matrix]]:
    """``MT systems x documents`` matrices: the human score, and each candidate article score."""
    cell = {(c.system, c.item): c for c in rows}
    docs = sorted(set(dataset.docs))
    column = {doc: k for k, doc in enumerate(docs)}
    systems = dataset.mt_systems
    shape = (len(systems), len(docs))
    gold, found, estimated, words = np.zeros(shape), np.zeros(shape), np.zeros(shape), np.zeros(shape)
    rated = np.zeros(shape, dtype=bool)
    for row, system in enumerate(systems):
        index = dataset.systems.index(system)
        for item, doc in enumerate(dataset.docs):
            score, here = dataset.gold[system][item], cell.get((system, item))
            if score is None or here is None or math.isnan(estimate[index, item]):
                continue
            k = column[doc]
            rated[row, k] = True
            gold[row, k] += -score
            found[row, k] += mqm_penalty(here.findings)
            estimated[row, k] += -estimate[index, item]
            words[row, k] += len(here.target.split())
    per_1000 = 1000.0 / np.maximum(words, 1.0)
    p_found, p_estimated = found * per_1000, estimated * per_1000
    smooth = np.vectorize(lambda p: smooth_score(p, midpoint))
    human = np.where(rated, -gold * per_1000, np.nan)
    candidates = {
        "linear (findings)": np.maximum(0.0, 100.0 - p_found),
        "smooth (findings)": smooth(p_found),
        "estimate (held out)": smooth(p_estimated),
        "smooth (findings, estimate)": smooth(np.hypot(p_found, p_estimated)),
    }
    return human, {name: np.where(rated, m, np.nan) for name, m in candidates.items()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--external", type=Path, default=qe_data.DEFAULT_EXTERNAL)
    args = parser.parse_args(argv)
    external = qe_data.external_dir(args.external)
    if not external.is_dir():
        print(f"{external}: no such directory (pass --external)", file=sys.stderr)
        return 2
    datasets, rows = qe_fit.load_all(external, list(qe_data.LOADERS))
    held_out = qe_fit.leave_one_dataset_out(datasets, rows, list(datasets))
    midpoint = qe_fit.midpoint(datasets.values())
    print(f"midpoint {midpoint}; articles = (system, document); MT systems only")
    print(f"{'dataset':<14} {'score':<30} {'tau_b':>6} {'acc_eq':>6} {'sysacc':>6} {'at 0':>6}")
    for name, dataset in datasets.items():
        estimate = held_out[name][f"estimate, {qe_fit.FIT_ENCODER} (held out)"]
        human, candidates = article_matrices(dataset, rows[name], estimate, midpoint)
        for label, matrix in candidates.items():
            a = qe_stats.agreement(human, matrix)
            scored = ~np.isnan(matrix)
            at_zero = float((matrix[scored] == 0).mean()) if scored.any() else math.nan
            print(f"{name:<14} {label:<30} {a.tau_b:6.3f} {a.acc_eq:6.3f} {a.sys_accuracy:6.2f} {at_zero:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
