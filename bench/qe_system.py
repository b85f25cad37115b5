"""Ranking MT systems without a reference: which aggregation of the held-out estimate, chosen on other data?

The estimate (``bench/qe_fit.py``) is fitted leave-one-dataset-out, as there, in two variants:

- **all findings**: the shipped feature set;
- **without typography**: the findings of the ``typography`` and ``punctuation`` categories left out of
  the features (fitting and predicting), since MQM annotators weigh house-style spacing and quotes at
  0.1 or not at all, while the checks report them at full count.

and each system's score is aggregated from its per-segment expected penalties in one of these ways:

- ``segment mean``: the mean over segments (``qe_fit.py``'s system figure);
- ``per 1,000 words``: the summed penalty per 1,000 target words (how MQM system scores are often read);
- ``median``: the median over segments (robust to a few garbled segments);
- ``log mean``: the mean of log(1 + penalty) (a geometric mean: relative differences count);
- ``article mean``: the mean over documents of the mean over their segments (``qe_score.py``);
- ``win rate``: the share of same-source comparisons with the other systems that the system wins.

The (variant, aggregation) with the highest mean system-level pairwise accuracy over the **other**
datasets (every one but bio-mqm en->fr and WMT23 en-de, the two the acceptance criterion names) is
then read on those two. Accuracy counts the human translations as systems (bio en->fr: 8 MT systems +
2 references); the MT-only figure is printed beside it::

    .venv/bin/python bench/qe_system.py [--external DIR]

The findings come from ``qe_fit``'s cache (keyed by the check ids: a new check means recomputing them,
about 25 minutes).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import qe_data
import qe_fit
import qe_stats
from qe_data import Dataset

TARGETS = ("bio-en-fr", "wmt23-en-de")
HOUSE_STYLE = frozenset({"typography", "punctuation"})

# systems x items matrix of expected penalties (NaN = no output) -> one score per system, higher is better
Aggregation = Callable[[Dataset, np.ndarray], np.ndarray]


def _segment_mean(dataset: Dataset, penalty: np.ndarray) -> np.ndarray:
    return -np.nanmean(penalty, axis=1)


def _per_words(dataset: Dataset, penalty: np.ndarray) -> np.ndarray:
    scores = []
    for system, row in zip(dataset.systems, penalty, strict=True):
        words = sum(len(t.split()) for t, p in zip(dataset.outputs[system], row, strict=True) if not np.isnan(p))
        scores.append(-np.nansum(row) * 1000 / max(words, 1))
    return np.array(scores)


def _median(dataset: Dataset, penalty: np.ndarray) -> np.ndarray:
    return -np.nanmedian(penalty, axis=1)


def _log_mean(dataset: Dataset, penalty: np.ndarray) -> np.ndarray:
    return -np.nanmean(np.log1p(penalty), axis=1)


def _article_mean(dataset: Dataset, penalty: np.ndarray) -> np.ndarray:
    docs = np.array(dataset.docs)
    scores = []
    for row in penalty:
        means = [np.nanmean(row[docs == d]) for d in dict.fromkeys(dataset.docs) if not np.isnan(row[docs == d]).all()]
        scores.append(-float(np.mean(means)))
    return np.array(scores)


def _win_rate(dataset: Dataset, penalty: np.ndarray) -> np.ndarray:
    """Share of (item, other system) comparisons the system wins on the same source (ties count half):
    only differences between translations of one source count, as in acc_eq, and one garbled segment
    weighs one comparison, not its penalty."""
    wins = np.zeros(len(penalty))
    games = np.zeros(len(penalty))
    for column in penalty.T:
        present = ~np.isnan(column)
        values = column[present]
        if len(values) < 2:
            continue
        better = (values[:, None] < values[None, :]).sum(axis=1) + 0.5 * (
            (values[:, None] == values[None, :]).sum(axis=1) - 1
        )
        wins[present] += better
        games[present] += len(values) - 1
    return wins / np.maximum(games, 1)


AGGREGATIONS: dict[str, Aggregation] = {
    "segment mean": _segment_mean,
    "per 1,000 words": _per_words,
    "median": _median,
    "log mean": _log_mean,
    "article mean": _article_mean,
    "win rate": _win_rate,
}


def without_house_style(rows: dict[str, list[qe_fit.Cell]]) -> dict[str, list[qe_fit.Cell]]:
    return {
        name: [replace(c, findings=tuple(f for f in c.findings if f.category not in HOUSE_STYLE)) for c in cells]
        for name, cells in rows.items()
    }


def held_out_estimates(
    datasets: dict[str, Dataset], rows: dict[str, list[qe_fit.Cell]]
) -> dict[tuple[str, str], np.ndarray]:
    """Per (feature variant, dataset): the ``systems x items`` matrix of minus the expected penalty of
    the estimate fitted on the other datasets (``qe_fit.leave_one_dataset_out``)."""
    names = list(datasets)
    result: dict[tuple[str, str], np.ndarray] = {}
    for variant, cells in (("all findings", rows), ("without typography", without_house_style(rows))):
        held_out = qe_fit.leave_one_dataset_out(datasets, cells, names)
        for name in names:
            result[(variant, name)] = held_out[name][f"estimate, {qe_fit.FIT_ENCODER} (held out)"]
    return result


def accuracies(dataset: Dataset, matrix: np.ndarray, aggregate: Aggregation) -> tuple[float, float]:
    """System-level pairwise accuracy (all systems, MT systems only); ``matrix`` holds minus the penalty."""
    human = qe_stats.as_matrix([dataset.gold[s] for s in dataset.systems])
    human_scores = np.nanmean(human, axis=1)
    metric = aggregate(dataset, -matrix)
    mt = np.array([s not in dataset.humans for s in dataset.systems])
    return (
        qe_stats.pairwise_accuracy(human_scores, metric),
        qe_stats.pairwise_accuracy(human_scores[mt], metric[mt]),
    )


def load_inputs(
    argv: Sequence[str] | None, description: str
) -> tuple[dict[str, Dataset], dict[str, list[qe_fit.Cell]]]:
    """Parse ``--external`` and load every dataset with its findings and similarities."""
    parser = argparse.ArgumentParser(description=description.split("\n\n", 1)[0])
    parser.add_argument("--external", type=Path, default=qe_data.DEFAULT_EXTERNAL)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    datasets, rows = qe_fit.load_all(qe_data.external_dir(args.external), list(qe_data.LOADERS))
    print(f"inputs ready in {time.perf_counter() - started:.0f} s")
    return datasets, rows


def main(argv: Sequence[str] | None = None) -> int:
    datasets, rows = load_inputs(argv, __doc__)
    names = list(datasets)
    table: dict[tuple[str, str], dict[str, tuple[float, float]]] = {}
    for (variant, name), matrix in held_out_estimates(datasets, rows).items():
        for label, aggregate in AGGREGATIONS.items():
            table.setdefault((variant, label), {})[name] = accuracies(datasets[name], matrix, aggregate)
    others = [n for n in names if n not in TARGETS]
    print("system-level pairwise accuracy, all systems incl. human translations (MT systems only)")
    print(f"{'variant':<19} {'aggregation':<16} " + " ".join(f"{n:>14}" for n in names) + "   mean of the others")
    for (variant, label), by_name in table.items():
        cells_text = " ".join(f"{by_name[n][0]:5.2f} ({by_name[n][1]:4.2f})" for n in names)
        print(f"{variant:<19} {label:<16} {cells_text}   {np.mean([by_name[n][0] for n in others]):.3f}")
    best = max(table, key=lambda key: np.mean([table[key][n][0] for n in others]))
    print(f"chosen on {', '.join(others)}: {best[0]}, {best[1]}")
    for name in TARGETS:
        print(f"  {name}: {table[best][name][0]:.2f} (MT only {table[best][name][1]:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
