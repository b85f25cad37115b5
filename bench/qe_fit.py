"""Fit mtqa's quality estimate (``src/mtqa/data/quality_model.json``) on human MQM, and evaluate it held out.

The features are computed by the runtime module (``mtqa.score.estimate.bead_features``) on every
(source, MT output) segment of the six datasets of ``bench/qe_data.py``; each segment is one bead.
Findings come from mtqa's checks run as ``bench/checks_mqm.py`` runs them (no encoder); similarities
from the on-disk embedding cache.

Fitting, on the machine-translation systems of the training datasets (each dataset weighs the same):

1. **Weights** (the translation's part): ridge regression (alpha 1 on standardised features) of
   ``log(1 + MQM penalty)`` on the features, both centred per source segment, so that only differences
   between translations of the same source count.
2. **Scale, intercept and length prior**: Poisson regression (IRLS) of the penalty on the weighted sum
   and ``log(source chars + 1)``.
3. **Calibrations**: per encoder, the mean and standard deviation of the cosine over MT outputs; per
   language, the length of human translations relative to English (medians of the log length ratio of
   the human references to their sources, ``en`` = 1; only the four languages of the data);
   ``reference`` feature values: the mean over segments the annotators found no error in; ``midpoint``:
   the median over the MT systems of their human MQM penalty per 1,000 target words.

Held out: for each dataset the model is fitted on the other five (leave-one-dataset-out) and scores the
held-out one; ``bench/qe_mqm.py`` prints those figures beside the baselines. ``--write`` fits on all six
and writes the package data::

    .venv/bin/python bench/qe_fit.py [--external DIR] [--write]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import pickle
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import qe_data
import qe_stats
from qe_data import Dataset

from mtqa.model import Finding
from mtqa.score.estimate import (
    FEATURES,
    QualityModel,
    bead_features,
    expected_penalty,
    length_norm,
    log_length_ratio,
)

MODEL_PATH = qe_data.ROOT / "src" / "mtqa" / "data" / "quality_model.json"
ENCODERS = ("use-m3", "fast", "e5-small")
FIT_ENCODER = "use-m3"
# Encoders scored on every dataset: ``fast`` embeds tens of thousands of texts a second, so its
# calibration costs nothing; e5-small (about 12 texts/s) only where ``--e5-dataset`` asks.
ALWAYS = (FIT_ENCODER, "fast")
RIDGE_ALPHA = 1.0
# A candidate signal measured beside the shipped features (``bench/qe_features.py``): its value for one
# cell of a dataset. The shipped model has none.
Signal = Callable[[Dataset, "Cell"], float]
NO_SIGNALS: Mapping[str, Signal] = {}


@dataclass(frozen=True)
class Cell:
    system: str
    item: int
    source: str
    target: str
    cosine: dict[str, float]
    findings: tuple[Finding, ...]
    gold: float | None
    human: bool


# --- Inputs: findings and similarities ------------------------------------------------------------------


def _findings_cache(external: Path) -> Path:
    from mtqa import __version__
    from mtqa.checks.registry import all_checks

    ids = sorted(info.id for info in all_checks())
    digest = hashlib.sha256(("\n".join(ids) + __version__).encode()).hexdigest()[:10]
    from mtqa.cachefile import default_cache_dir

    return default_cache_dir() / "bench" / f"qe-findings-{digest}.pickle"


def findings_by_pair(dataset: Dataset, cache_path: Path | None) -> dict[tuple[str, str], tuple[Finding, ...]]:
    """mtqa's findings for every (source, output) pair of the dataset, computed once and kept on disk.

    Checks that need an encoder or a language identifier do not run (as in ``bench/checks_mqm.py``).

    The cache is keyed by the mtqa version and the set of check ids; pass ``--no-cache`` after changing
    a check without changing either.
    """
    from mqm_data import Segment, build_context

    from mtqa.checks.registry import select_checks
    from mtqa.checks.runner import run_checks
    from mtqa.config import CheckConfig

    store: dict[tuple[str, str, str, str], tuple[Finding, ...]] = {}
    if cache_path is not None and cache_path.is_file():
        store = pickle.loads(cache_path.read_bytes())
    checks = select_checks()
    config = CheckConfig(french_plain_space=True)  # as bench/checks_mqm.py
    result: dict[tuple[str, str], tuple[Finding, ...]] = {}
    fresh = 0
    for system in dataset.systems:
        for item in range(dataset.items):
            source, target = dataset.sources[item], dataset.outputs[system][item]
            key = (dataset.source_lang, dataset.target_lang, source, target)
            if (source, target) in result:
                continue
            if key not in store:
                context = build_context(Segment(source, target, *key[:2], (), ()), config)
                store[key] = tuple(run_checks(context, checks).findings) if context is not None else ()
                fresh += 1
            result[(source, target)] = store[key]
    if fresh and cache_path is not None:
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        cache_path.write_bytes(pickle.dumps(store))
    return result


def cosines(dataset: Dataset, encoder_name: str) -> dict[str, np.ndarray]:
    from mtqa.embed import get_encoder

    encoder = get_encoder(encoder_name)
    texts = [
        t
        for t in dict.fromkeys([*dataset.sources, *(t for s in dataset.systems for t in dataset.outputs[s])])
        if t.strip()
    ]
    vectors: dict[str, np.ndarray] = {}
    for start in range(0, len(texts), 1000):
        batch = texts[start : start + 1000]
        vectors.update(zip(batch, encoder.encode(batch), strict=True))
    return vectors


def cells(dataset: Dataset, encoders: Sequence[str], cache_path: Path | None) -> list[Cell]:
    found = findings_by_pair(dataset, cache_path)
    vectors = {name: cosines(dataset, name) for name in encoders}
    result = []
    for system in dataset.systems:
        for item in range(dataset.items):
            source, target = dataset.sources[item], dataset.outputs[system][item]
            if not source.strip() or not target.strip():
                continue
            cosine = {name: float(v[source] @ v[target]) for name, v in vectors.items()}
            result.append(
                Cell(
                    system, item, source, target, cosine, found[(source, target)], dataset.gold[system][item],
                    system in dataset.humans,
                )
            )  # fmt: skip
    return result


# --- Calibrations ------------------------------------------------------------------------------------


def expansion_table(datasets: Iterable[Dataset]) -> dict[str, float]:
    """Characters per English character of a human translation, per language (``en`` = 1).

    Each dataset gives the median log ratio of its reference to its source; a language's value is the
    mean over the datasets that pair it with English (both directions).
    """
    logs: dict[str, list[float]] = defaultdict(list)
    for dataset in datasets:
        if dataset.reference is None:
            continue
        reference = dataset.outputs[dataset.reference]
        ratio = float(
            np.median(
                [
                    log_length_ratio(s, t)
                    for s, t in zip(dataset.sources, reference, strict=True)
                    if s.strip() and t.strip()
                ]
            )
        )
        if dataset.source_lang == "en":
            logs[dataset.target_lang].append(ratio)
        elif dataset.target_lang == "en":
            logs[dataset.source_lang].append(-ratio)
    return {"en": 1.0, **{lang: round(math.exp(float(np.mean(v))), 4) for lang, v in sorted(logs.items())}}


def similarity_calibration(rows: Iterable[Cell], encoders: Sequence[str]) -> dict[str, tuple[float, float]]:
    values: dict[str, list[float]] = defaultdict(list)
    for cell in rows:
        if not cell.human:
            for name in encoders:
                if name in cell.cosine:
                    values[name].append(cell.cosine[name])
    return {name: (round(float(np.mean(v)), 5), round(float(np.std(v)), 5)) for name, v in values.items() if v}


def midpoint(datasets: Iterable[Dataset]) -> float:
    """Median over MT systems of their human MQM penalty per 1,000 target words (rated segments)."""
    rates = []
    for dataset in datasets:
        for system in dataset.mt_systems:
            rated = [
                (g, t) for g, t in zip(dataset.gold[system], dataset.outputs[system], strict=True) if g is not None
            ]
            words = sum(len(t.split()) for _, t in rated)
            rates.append(1000.0 * -sum(g for g, _ in rated) / max(words, 1))
    return round(float(np.median(rates)), 1)


# --- Fitting -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Design:
    """One dataset's rated MT cells: features, log source length, penalty, source item."""

    X: np.ndarray
    length: np.ndarray
    penalty: np.ndarray
    item: np.ndarray
    encoder_rows: dict[str, np.ndarray]


def design(
    dataset: Dataset,
    rows: Sequence[Cell],
    model: QualityModel,
    encoder: str,
    mt_only: bool = True,
    signals: Mapping[str, Signal] = NO_SIGNALS,
) -> tuple[np.ndarray, list[Cell]]:
    """The feature matrix (``FEATURES``, then one column per signal) of the chosen cells."""
    chosen = [c for c in rows if not (mt_only and c.human)]
    pair_norm = length_norm(model, dataset.source_lang, dataset.target_lang)
    # A pair missing from the table (zh-en held out) takes each system's own median, as an article
    # without a table entry takes its own (mtqa.score.estimate.article_length_norm).
    system_norm = {
        system: float(np.median([log_length_ratio(c.source, c.target) for c in chosen if c.system == system]))
        for system in {c.system for c in chosen}
    }
    X = np.array(
        [
            [
                bead_features(
                    c.source, c.target, similarity=c.cosine.get(encoder), findings=c.findings, encoder=encoder,
                    norm=system_norm[c.system] if pair_norm is None else pair_norm, model=model,
                )[name]
                for name in FEATURES
            ]
            for c in chosen
        ]
    )  # fmt: skip
    if signals:
        extra = np.array([[signal(dataset, c) for signal in signals.values()] for c in chosen])
        X = np.column_stack([X, extra.reshape(len(chosen), len(signals))])
    return X, chosen


def _within_item(X: np.ndarray, y: np.ndarray, items: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    Xc, yc = X.copy(), y.copy()
    for item in np.unique(items):
        rows = items == item
        Xc[rows] -= X[rows].mean(axis=0)
        yc[rows] -= y[rows].mean()
    return Xc, yc


def ridge(X: np.ndarray, y: np.ndarray, weights: np.ndarray, alpha: float) -> np.ndarray:
    spread = X.std(axis=0)
    spread[spread == 0] = 1.0
    Z = X / spread
    gram = Z.T @ (Z * weights[:, None]) + alpha * np.eye(Z.shape[1]) * weights.mean()
    return np.linalg.solve(gram, Z.T @ (weights * y)) / spread


def poisson(X: np.ndarray, y: np.ndarray, weights: np.ndarray, iterations: int = 50) -> np.ndarray:
    """Poisson regression with a log link by iteratively reweighted least squares (X has no intercept)."""
    A = np.column_stack([np.ones(len(X)), X])
    beta = np.zeros(A.shape[1])
    beta[0] = math.log(max(np.average(y, weights=weights), 1e-6))
    for _ in range(iterations):
        mu = np.exp(np.clip(A @ beta, -30, 30))
        z = A @ beta + (y - mu) / mu
        w = weights * mu
        step = np.linalg.solve(A.T @ (A * w[:, None]) + 1e-9 * np.eye(A.shape[1]), A.T @ (w * z))
        if np.max(np.abs(step - beta)) < 1e-8:
            beta = step
            break
        beta = step
    return beta


def fit(
    train: Sequence[Dataset], rows: dict[str, list[Cell]], signals: Mapping[str, Signal] = NO_SIGNALS
) -> QualityModel:
    """The model fitted on ``train`` (see the module docstring); ``signals`` add weights of their own."""
    names = (*FEATURES, *signals)
    all_rows = [c for d in train for c in rows[d.name]]
    provisional = QualityModel(
        weights=dict.fromkeys(FEATURES, 0.0), intercept=0.0, scale=1.0, source_length=0.0,
        similarity=similarity_calibration(all_rows, ENCODERS), expansion=expansion_table(train),
        midpoint=midpoint(train), reference=dict.fromkeys(FEATURES, 0.0),
    )  # fmt: skip
    blocks = []
    for dataset in train:
        X, chosen = design(dataset, rows[dataset.name], provisional, FIT_ENCODER, signals=signals)
        rated = np.array([c.gold is not None for c in chosen])
        penalty = np.array([-(c.gold or 0.0) for c in chosen])[rated]
        items = np.array([c.item for c in chosen])[rated]
        length = np.array([math.log(len(c.source.strip()) + 1) for c in chosen])[rated]
        weight = np.full(int(rated.sum()), 1.0 / max(int(rated.sum()), 1))
        blocks.append((X[rated], penalty, items + 1_000_000 * len(blocks), length, weight))
    X = np.vstack([b[0] for b in blocks])
    penalty = np.concatenate([b[1] for b in blocks])
    items = np.concatenate([b[2] for b in blocks])
    length = np.concatenate([b[3] for b in blocks])
    weight = np.concatenate([b[4] for b in blocks]) * len(penalty)
    Xc, yc = _within_item(X, np.log1p(penalty), items)
    weights = ridge(Xc, yc, weight, RIDGE_ALPHA)
    score = X @ weights
    intercept, scale, source_length = poisson(np.column_stack([score, length]), penalty, weight)
    clean = penalty == 0
    reference = dict(zip(names, (X[clean].mean(axis=0) if clean.any() else X.mean(axis=0)).tolist(), strict=True))
    return QualityModel(
        weights={k: round(float(v), 6) for k, v in zip(names, weights, strict=True)},
        intercept=round(float(intercept), 6),
        scale=round(float(scale), 6),
        source_length=round(float(source_length), 6),
        similarity=provisional.similarity,
        expansion=provisional.expansion,
        midpoint=provisional.midpoint,
        reference={k: round(v, 4) for k, v in reference.items()},
    )


def predict(
    dataset: Dataset,
    rows: Sequence[Cell],
    model: QualityModel,
    encoder: str,
    signals: Mapping[str, Signal] = NO_SIGNALS,
) -> qe_stats.Matrix:
    """``systems x items`` matrix of minus the expected penalty (higher is better), every system."""
    X, chosen = design(dataset, rows, model, encoder, mt_only=False, signals=signals)
    matrix = np.full((len(dataset.systems), dataset.items), np.nan)
    index = {s: i for i, s in enumerate(dataset.systems)}
    for features, cell in zip(X, chosen, strict=True):
        if signals:
            matrix[index[cell.system], cell.item] = -_penalty_with_signals(features, cell, model)
        else:
            values = dict(zip(FEATURES, features, strict=True))
            matrix[index[cell.system], cell.item] = -expected_penalty(values, len(cell.source.strip()), model)
    return matrix


def _penalty_with_signals(features: np.ndarray, cell: Cell, model: QualityModel) -> float:
    """``expected_penalty``'s formula over every weight of the model, the signals' included."""
    linear = float(features @ np.array(list(model.weights.values())))
    exponent = model.intercept + model.scale * linear + model.source_length * math.log(len(cell.source.strip()) + 1)
    return math.exp(min(exponent, 50.0))


def load_all(
    external: Path, names: Sequence[str], extra: dict[str, Sequence[str]] | None = None, use_cache: bool = True
) -> tuple[dict[str, Dataset], dict[str, list[Cell]]]:
    """Every dataset with use-m3 similarities (the model is fitted on them) and the ``fast`` encoder's,
    plus the encoders ``extra`` names for some datasets (e5-small embeds slowly: about 12 texts/s)."""
    cache_path = _findings_cache(external) if use_cache else None
    datasets = {name: qe_data.load(name, external) for name in names}
    extra = extra or {}
    rows = {name: cells(d, [*ALWAYS, *extra.get(name, ())], cache_path) for name, d in datasets.items()}
    return datasets, rows


def leave_one_dataset_out(
    datasets: dict[str, Dataset],
    rows: dict[str, list[Cell]],
    names: Sequence[str],
    signals: Mapping[str, Signal] = NO_SIGNALS,
    encoders: Sequence[str] = ENCODERS,
) -> dict[str, dict[str, qe_stats.Matrix]]:
    """For each dataset in ``names``: the estimate fitted on all the other datasets, per encoder it has
    (among ``encoders``)."""
    result: dict[str, dict[str, qe_stats.Matrix]] = {}
    for name in names:
        model = fit([d for n, d in datasets.items() if n != name], rows, signals)
        present = sorted({e for c in rows[name] for e in c.cosine if e in encoders}, key=ENCODERS.index)
        result[name] = {
            f"estimate, {e} (held out)": predict(datasets[name], rows[name], model, e, signals) for e in present
        }
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--external", type=Path, default=qe_data.DEFAULT_EXTERNAL)
    parser.add_argument(
        "--e5-dataset", action="append", default=[], choices=sorted(qe_data.LOADERS),
        help="also score these datasets with e5-small (calibrates its similarity; slow on a cold cache)",
    )  # fmt: skip
    parser.add_argument("--write", action="store_true", help=f"fit on every dataset and write {MODEL_PATH.name}")
    parser.add_argument("--no-cache", action="store_true", help="recompute the findings instead of reading them")
    args = parser.parse_args(argv)
    external = qe_data.external_dir(args.external)
    started = time.perf_counter()
    extra = {name: ["e5-small"] for name in args.e5_dataset}
    datasets, rows = load_all(external, list(qe_data.LOADERS), extra, not args.no_cache)
    print(f"inputs ready in {time.perf_counter() - started:.0f} s")
    print(f"{'held out':<14} {'encoder':<9} {'tau_b':>6} {'acc_eq':>6} {'pearson':>7} {'sysacc':>6}  weights")
    for name, matrices in leave_one_dataset_out(datasets, rows, list(datasets)).items():
        dataset = datasets[name]
        mt = [dataset.systems.index(s) for s in dataset.mt_systems]
        human = qe_stats.as_matrix([dataset.gold[s] for s in dataset.mt_systems])
        for label, matrix in matrices.items():
            a = qe_stats.agreement(human, matrix[mt])
            print(f"{name:<14} {label:<30} {a.tau_b:6.3f} {a.acc_eq:6.3f} {a.pearson:7.3f} {a.sys_accuracy:6.2f}")
    if args.write:
        model = fit(list(datasets.values()), rows)
        data = {
            "description": "mtqa quality estimate, fitted by bench/qe_fit.py on human MQM (see docs/scoring.md)",
            "trained_on": sorted(datasets),
            **model.to_dict(),
        }
        MODEL_PATH.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH.relative_to(qe_data.ROOT)}: {json.dumps(model.to_dict())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
