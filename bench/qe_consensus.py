"""Ranking MT systems by cross-system consensus: signals that exist only when several engines translate
the same sources (``mtqa compare``'s use case), alone and combined with the held-out estimate.

Each output is scored by its agreement with the other engines' outputs of the same source, a
pseudo-reference vote (as in MBR decoding):

- ``chrF corpus``: the mean over the other engines of corpus chrF2 with the output as hypothesis and
  the other engine's outputs as reference (sacrebleu's n-gram statistics and formula);
- ``chrF segment``: the mean over segments of the mean over the other engines of sentence chrF2;
- ``cosine``: the mean over segments and other engines of the use-m3 cosine of the two outputs.

The *pool* of other engines is either every system of the dataset (``all``: human translations vote
too, as when a user compares a human translation with engines) or the MT systems only (``MT``: a
human translation is scored against the engines but never votes, so an MT system's score owes
nothing to a human translation). Consensus is also combined with the estimate held out
(``bench/qe_system.py``: per 1,000 words, both feature variants): the mean of the two z-scores over
the systems, the consensus weighing ``w`` and the estimate ``1 - w``.

As in ``bench/qe_system.py``, the (signal, pool, w) with the highest mean system-level pairwise
accuracy over the datasets the acceptance criterion does not name is read on bio-mqm en->fr and WMT23
en-de; human translations count as systems, MT-only figures beside them. The pairs the chosen variant
orders against the human scores are listed::

    .venv/bin/python bench/qe_consensus.py [--external DIR]

The findings come from ``qe_fit``'s cache (about 4 minutes to rebuild after the check set changed).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import qe_fit
import qe_stats
import qe_system
from qe_data import Dataset

CHAR_ORDER = 6
BETA = 2.0
WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0)  # of the consensus against the estimate (0: the estimate alone)
SIGNALS = ("chrF corpus", "chrF segment", "cosine")
POOLS = ("all", "MT")


def pair_statistics(outputs: Sequence[str]) -> np.ndarray:
    """chrF statistics of every ordered pair of one source's outputs: ``[a, b]`` holds sacrebleu's
    (hypothesis, reference, match) counts per character order with ``a`` as hypothesis and ``b`` as
    reference; NaN on the diagonal and where either output is empty."""
    from sacrebleu.metrics.chrf import CHRF
    from sacrebleu.metrics.helpers import extract_all_char_ngrams

    grams = [extract_all_char_ngrams(t, CHAR_ORDER) if t.strip() else None for t in outputs]
    size = len(outputs)
    result = np.full((size, size, 3 * CHAR_ORDER), np.nan)
    for a, hyp in enumerate(grams):
        for b, ref in enumerate(grams):
            if a != b and hyp is not None and ref is not None:
                result[a, b] = [v for h, r in zip(hyp, ref, strict=True) for v in CHRF._get_match_statistics(h, r)]
    return result


def chrf(statistics: np.ndarray) -> np.ndarray:
    """sacrebleu's chrF2 (``CHRF._compute_f_score``, effective-order averaging) of every row of summed
    statistics (last axis), vectorised; NaN rows stay NaN."""
    hyp, ref, match = statistics[..., 0::3], statistics[..., 1::3], statistics[..., 2::3]
    valid = (hyp > 0) & (ref > 0)
    orders = np.maximum(valid.sum(axis=-1), 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(valid, match / np.where(valid, hyp, 1), 0.0).sum(axis=-1) / orders
        recall = np.where(valid, match / np.where(valid, ref, 1), 0.0).sum(axis=-1) / orders
        factor = BETA**2
        denominator = factor * precision + recall
        score = np.where(
            denominator > 0, (1 + factor) * precision * recall / np.where(denominator > 0, denominator, 1), 0.0
        )
    return np.where(np.isnan(statistics[..., 0]), np.nan, 100 * score)


@dataclass(frozen=True)
class Agreements:
    """One dataset's ``systems x systems x items`` chrF statistics (``3 * CHAR_ORDER`` counts each) and cosines."""

    statistics: np.ndarray
    cosine: np.ndarray


def agreements(dataset: Dataset) -> Agreements:
    systems = dataset.systems
    statistics = np.stack(
        [pair_statistics([dataset.outputs[s][i] for s in systems]) for i in range(dataset.items)], axis=2
    )
    vectors = qe_fit.cosines(dataset, qe_fit.FIT_ENCODER)
    size = len(systems)
    cosine = np.full((size, size, dataset.items), np.nan)
    for item in range(dataset.items):
        texts = [dataset.outputs[s][item] for s in systems]
        for a in range(size):
            for b in range(size):
                if a != b and texts[a].strip() and texts[b].strip():
                    cosine[a, b, item] = float(vectors[texts[a]] @ vectors[texts[b]])
    return Agreements(statistics, cosine)


def consensus(agree: Agreements, voters: np.ndarray, signal: str) -> np.ndarray:
    """One score per system (higher: closer to the other engines); ``voters`` marks the pool."""
    size = len(voters)
    peers = [[b for b in range(size) if voters[b] and b != a] for a in range(size)]
    if signal == "chrF corpus":
        return np.array(
            [np.mean([chrf(np.nansum(agree.statistics[a, b], axis=0)) for b in peers[a]]) for a in range(size)]
        )
    values = chrf(agree.statistics) if signal == "chrF segment" else agree.cosine
    return np.array([np.nanmean(values[a][peers[a]]) for a in range(size)])


def zscore(values: np.ndarray) -> np.ndarray:
    spread = float(values.std())
    return (values - values.mean()) / (spread or 1.0)


Key = tuple[str, str, str, float]  # estimate variant, signal, pool, weight of the consensus


def score_table(
    datasets: dict[str, Dataset], estimates: dict[tuple[str, str], np.ndarray], agree: dict[str, Agreements]
) -> tuple[dict[Key, dict[str, tuple[float, float]]], dict[Key, dict[str, np.ndarray]]]:
    """Pairwise accuracy (all systems, MT only) and the system scores of every variant on every dataset.

    The MT-only figure z-scores and ranks the MT systems alone, so it is the ranking a comparison of the
    engines without the human translations would give."""
    table: dict[Key, dict[str, tuple[float, float]]] = {}
    scores: dict[Key, dict[str, np.ndarray]] = {}
    for name, dataset in datasets.items():
        human = np.nanmean(qe_stats.as_matrix([dataset.gold[s] for s in dataset.systems]), axis=1)
        mt = np.array([s not in dataset.humans for s in dataset.systems])
        for variant in ("all findings", "without typography"):
            estimate = qe_system.AGGREGATIONS["per 1,000 words"](dataset, -estimates[(variant, name)])
            for signal in SIGNALS:
                for pool in POOLS:
                    voters = mt if pool == "MT" else np.ones(len(mt), dtype=bool)
                    vote = consensus(agree[name], voters, signal)
                    for weight in WEIGHTS:
                        combined = (1 - weight) * zscore(estimate) + weight * zscore(vote)
                        combined_mt = (1 - weight) * zscore(estimate[mt]) + weight * zscore(vote[mt])
                        key = (variant, signal, pool, weight)
                        table.setdefault(key, {})[name] = (
                            qe_stats.pairwise_accuracy(human, combined),
                            qe_stats.pairwise_accuracy(human[mt], combined_mt),
                        )
                        scores.setdefault(key, {})[name] = combined
    return table, scores


def flips(dataset: Dataset, metric: np.ndarray) -> list[tuple[float, str, str]]:
    """The system pairs ``metric`` orders against the human scores, as (MQM difference, the system the
    annotators preferred, the other), largest difference first."""
    human = np.nanmean(qe_stats.as_matrix([dataset.gold[s] for s in dataset.systems]), axis=1)
    names = [f"{s}{' (human)' if s in dataset.humans else ''}" for s in dataset.systems]
    wrong = []
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            if np.sign(human[a] - human[b]) != np.sign(metric[a] - metric[b]):
                first, second = (a, b) if human[a] >= human[b] else (b, a)
                wrong.append((round(float(human[first] - human[second]), 2), names[first], names[second]))
    return sorted(wrong, reverse=True)


def print_flips(dataset: Dataset, variant: np.ndarray, baseline: np.ndarray) -> None:
    """The pairs the variant orders against the annotators, split by whether the estimate alone does too."""
    mine, theirs = flips(dataset, variant), flips(dataset, baseline)
    for label, pairs in (
        ("wrong with both", [p for p in mine if p in theirs]),
        ("wrong only with this variant", [p for p in mine if p not in theirs]),
        ("wrong only with the estimate alone", [p for p in theirs if p not in mine]),
    ):
        text = "; ".join(f"{better} > {worse} ({gap:.2f})" for gap, better, worse in pairs) or "none"
        print(f"    {label} ({len(pairs)}): {text}")


def main(argv: Sequence[str] | None = None) -> int:
    datasets, rows = qe_system.load_inputs(argv, __doc__)
    started = time.perf_counter()
    names = list(datasets)
    estimates = qe_system.held_out_estimates(datasets, rows)
    agree = {name: agreements(dataset) for name, dataset in datasets.items()}
    print(f"estimates and agreements ready in {time.perf_counter() - started:.0f} s")
    table, scores = score_table(datasets, estimates, agree)
    others = [n for n in names if n not in qe_system.TARGETS]

    def mean_of_others(key: Key, column: int) -> float:
        return float(np.mean([table[key][n][column] for n in others]))

    print("system-level pairwise accuracy, all systems incl. human translations (MT systems only);")
    print("w = weight of the consensus (0: the held-out estimate per 1,000 words alone, 1: consensus alone)")
    print(
        f"{'estimate variant':<19} {'signal':<13} {'pool':<4} {'w':>4} "
        + " ".join(f"{n:>14}" for n in names)
        + "   others: all (MT)"
    )
    for key in sorted(table, key=lambda k: -mean_of_others(k, 0)):
        if key[3] == 0.0 and (key[1], key[2]) != (SIGNALS[0], POOLS[0]):
            continue  # the estimate alone does not depend on the signal or the pool: printed once
        by_name = table[key]
        text = " ".join(f"{by_name[n][0]:5.2f} ({by_name[n][1]:4.2f})" for n in names)
        means = f"{mean_of_others(key, 0):.3f} ({mean_of_others(key, 1):.3f})"
        print(f"{key[0]:<19} {key[1]:<13} {key[2]:<4} {key[3]:4.2f} {text}   {means}")
    baseline: Key = ("all findings", SIGNALS[0], POOLS[0], 0.0)
    print("pairs ordered against the annotators (annotators' order, MQM points per segment apart)")
    chosen: list[Key] = []
    for column, label in ((0, "all systems"), (1, "MT systems only")):
        best = max(table, key=lambda k: (mean_of_others(k, column), -k[3]))
        print(f"chosen on {', '.join(others)} ({label}): {best[0]}, {best[1]}, pool {best[2]}, w {best[3]:.2f}")
        if best in chosen:
            print("  (the same variant as above)")
            continue
        chosen.append(best)
        for name in qe_system.TARGETS:
            print(f"  {name}: {table[best][name][0]:.2f} (MT only {table[best][name][1]:.2f})")
            print_flips(datasets[name], scores[best][name], scores[baseline][name])
    # Not a held-out figure: the ceiling of these signals if the variant were chosen on the targets.
    ceiling = max(table, key=lambda k: (min(table[k][n][0] for n in qe_system.TARGETS), -k[3]))
    figures = ", ".join(f"{n} {table[ceiling][n][0]:.2f} ({table[ceiling][n][1]:.2f})" for n in qe_system.TARGETS)
    print(f"best variant on the weaker of the two targets (chosen on them, not held out): {ceiling}: {figures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
