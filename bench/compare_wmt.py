"""System-level agreement of ``mtqa compare``'s rankings with human judgments.

1. WMT21 newstest de-fr, fr-de (9 systems each) and en-de (20 systems), ``wmt21-news-systems`` under
   ``--external``: gold is the official human DA ranking (mean z-score in
   ``humaneval/.../wmt21clusters.filtered.20210930.txt``). Documents come from the XML files (de-fr,
   fr-de); en-de has none, so its segments are checked in runs of 50.
2. bio-MQM en->fr (``bio-mqm-enfr/en2fr``, WMT21 biomedical): gold is each system's expert MQM penalty
   (minor 1, major 5, critical 10, neutral 0, summed over its rows and divided by them), reference-free
   only, with the 8 MT systems and with the two human references added as engines.

Pairwise accuracy is computed as mt-metrics-eval's ``stats.Agreement`` does: over every pair of
systems, the metric agrees when ``sign(metric_a - metric_b) == sign(gold_a - gold_b)`` (scores
oriented so that higher is better; a tie on one side only is a disagreement). Human translations are
left out of the WMT21 rankings, as mt-metrics-eval does by default (``include_human=False``).

Combinations, never fitted: the mean of the z-scores over the systems of a language pair of
- fixed before any result was seen: ``mtqa`` (quality score and mean similarity), ``chrF+quality``,
  ``chrF+mtqa`` (chrF, quality score and mean similarity);
- added after the de-fr figures showed typography and punctuation findings to disagree with the
  human ranking (so de-fr is not a fair test of them; fr-de, en-de and bio-MQM are):
  ``chrF+accuracy`` (chrF and the penalty of MQM Accuracy findings, ``accuracy_penalty``).
When ``mtqa.score.estimate`` exists (issue 10), its ``estimate`` metric is measured too, and added to
the combinations as ``...+estimate``. ``--scores DIR`` writes each pair's system scores as JSON.

    .venv/bin/python bench/compare_wmt.py [--external DIR] [--pair de-fr ...] [--no-bio | --no-wmt] [--jobs N]
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import itertools
import json
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from mtqa.compare import compare_engines, significance_settings
from mtqa.compare.model import ComparisonReport

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXTERNAL = Path("..") / "shared" / "external"
PAIRS = ("de-fr", "fr-de", "en-de")
HUMAN_LABELS = {"de-fr": "deu-->fra", "fr-de": "fra-->deu", "en-de": "eng-->deu"}
# Only system-level scores are needed here: few resamples keep the bench short.
QUICK = significance_settings(bootstrap=100, trials=100)
REFERENCE_METRICS = ("bleu", "chrf", "chrf++", "ter")
FREE_METRICS = (
    "quality",
    "mqm_penalty",
    "accuracy_penalty",
    "findings",
    "similarity",
    "omission",
    "addition",
    "untranslated",
)
ESTIMATE = importlib.util.find_spec("mtqa.score.estimate") is not None


def agreement(gold: dict[str, float], metric: dict[str, float]) -> tuple[int, int]:
    """mt-metrics-eval's stats.Agreement over the systems both have."""
    names = sorted(set(gold) & set(metric))
    agree = pairs = 0
    for a, b in itertools.combinations(names, 2):
        agree += int(np.sign(gold[a] - gold[b]) == np.sign(metric[a] - metric[b]))
        pairs += 1
    return agree, pairs


def zscores(values: dict[str, float]) -> dict[str, float]:
    array = np.array(list(values.values()))
    spread = array.std() or 1.0
    return {name: (value - array.mean()) / spread for name, value in values.items()}


def combine(*columns: dict[str, float]) -> dict[str, float]:
    normalised = [zscores(column) for column in columns]
    return {name: float(np.mean([column[name] for column in normalised])) for name in columns[0]}


def oriented(report: ComparisonReport, name: str) -> dict[str, float]:
    """A metric's system scores, negated when lower is better (mt-metrics-eval's convention)."""
    result = report.metric(name)
    sign = -1.0 if result.info.higher_is_better is False else 1.0
    return {score.engine: sign * score.score for score in result.scores}


def human_z(external: Path, pair: str) -> dict[str, float]:
    path = (
        external / "wmt21-news-systems" / "humaneval" / "newstest2021-EX_and_XY" / "wmt21clusters.filtered.20210930.txt"
    )
    text = path.read_text(encoding="utf-8")
    block = text.split(f"[{HUMAN_LABELS[pair]}]", 1)[1].split("\n[", 1)[0]
    scores = {}
    for line in block.splitlines():
        match = re.match(r"^-?\d+\.\d+ (\(.*\))$", line.strip())
        if match:
            name, _, z, *_ = ast.literal_eval(match.group(1))
            scores[name] = float(z)
    return scores


def doc_ids(external: Path, pair: str, count: int) -> list[str] | None:
    path = external / "wmt21-news-systems" / "xml" / f"newstest2021.{pair}.all.xml"
    if not path.is_file():
        return None
    # Segment ids restart in every document; the line of a segment is its position over all documents.
    ids = [
        doc.get("id", "")
        for doc in ET.parse(path).getroot().iter("doc")
        for _ in doc.find("src").iter("seg")  # type: ignore[union-attr]
    ]
    if len(ids) != count:
        raise SystemExit(f"{path}: {len(ids)} segments, but the text files have {count} lines")
    return ids


def wmt21(
    external: Path, pair: str, work: Path, jobs: int = 1, scores: Path | None = None
) -> list[tuple[str, int, int]]:
    source_lang, target_lang = pair.split("-")
    txt = external / "wmt21-news-systems" / "txt"
    source = txt / "sources" / f"newstest2021.{pair}.src.{source_lang}"
    reference = txt / "references" / f"newstest2021.{pair}.ref.A.{target_lang}"
    systems = {
        path.name.split(".")[3]: path for path in sorted((txt / "system-outputs").glob(f"newstest2021.{pair}.hyp.*"))
    }
    gold = human_z(external, pair)
    systems = {name: path for name, path in systems.items() if name in gold}
    count = len(source.read_text(encoding="utf-8").splitlines())
    ids = doc_ids(external, pair, count)
    ids_path = None
    if ids is not None:
        ids_path = work / f"{pair}.docids"
        ids_path.write_text("\n".join(ids) + "\n", encoding="utf-8")
    start = time.perf_counter()
    report = compare_engines(
        source,
        systems,
        [reference],
        source_lang=source_lang,
        target_lang=target_lang,
        doc_ids=ids_path,
        significance=QUICK,
        top_segments=0,
        jobs=jobs,
    )
    print(f"\n{pair}: {len(systems)} systems x {count} segments, {time.perf_counter() - start:.0f} s")
    metrics = {name: oriented(report, name) for name in (*REFERENCE_METRICS, *FREE_METRICS)}
    if ESTIMATE and "estimate" in {m.info.name for m in report.metrics}:
        metrics["estimate"] = oriented(report, "estimate")
    metrics["mtqa (quality+similarity)"] = combine(metrics["quality"], metrics["similarity"])
    metrics["chrF+quality"] = combine(metrics["chrf"], metrics["quality"])
    metrics["chrF+mtqa (chrF+quality+similarity)"] = combine(metrics["chrf"], metrics["quality"], metrics["similarity"])
    metrics["chrF+accuracy (post hoc)"] = combine(metrics["chrf"], metrics["accuracy_penalty"])
    if "estimate" in metrics:
        metrics["mtqa+estimate"] = combine(metrics["quality"], metrics["similarity"], metrics["estimate"])
        metrics["chrF+estimate"] = combine(metrics["chrf"], metrics["estimate"])
    if scores is not None:
        scores.mkdir(parents=True, exist_ok=True)
        (scores / f"{pair}.json").write_text(json.dumps({"gold": gold, "metrics": metrics}, indent=1), encoding="utf-8")
    rows = []
    for name, values in metrics.items():
        agree, pairs = agreement(gold, values)
        rows.append((name, agree, pairs))
    category_diagnostics(report, gold)
    return rows


def category_diagnostics(report: ComparisonReport, gold: dict[str, float]) -> None:
    """Exploratory, not a ranking mtqa proposes: how each finding category alone orders the systems."""
    print("  diagnostic: fewer findings of one category per 1,000 words (exploratory)")
    for row in report.breakdown.categories:
        values = {engine: -value for engine, value in row.per_1000_words}
        agree, pairs = agreement(gold, values)
        print(f"    {row.category:<36} {agree:>5}/{pairs:<6} {agree / pairs:9.3f}")


def _bio_rows(folder: Path) -> dict[str, list[dict[str, object]]]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))}


def bio_mqm(external: Path, work: Path, scores: Path | None = None) -> None:
    systems = _bio_rows(external / "bio-mqm-enfr" / "en2fr")
    weights = {"minor": 1.0, "major": 5.0, "critical": 10.0}
    gold = {
        name: -sum(weights.get(str(e["severity"]).lower(), 0.0) for r in rows for e in r["target_errors"]) / len(rows)  # type: ignore[union-attr]
        for name, rows in systems.items()
    }
    first = next(iter(systems.values()))
    keys = sorted(
        {(str(r["DOC_ID"]), int(str(r["SEG_ID"]))) for r in first}, key=lambda k: (int(k[0].removeprefix("doc")), k[1])
    )
    by_key = {name: {(str(r["DOC_ID"]), int(str(r["SEG_ID"]))): r for r in rows} for name, rows in systems.items()}
    source = work / "bio.en"
    source.write_text(
        "\n".join(" ".join(str(by_key[next(iter(by_key))][k]["source"]).split()) for k in keys) + "\n", encoding="utf-8"
    )
    ids = work / "bio.docids"
    ids.write_text("\n".join(k[0] for k in keys) + "\n", encoding="utf-8")
    paths = {}
    for name, rows in by_key.items():
        paths[name] = work / f"bio.{name}.fr"
        paths[name].write_text(
            "\n".join(" ".join(str(rows[k]["target"]).split()) for k in keys) + "\n", encoding="utf-8"
        )
    start = time.perf_counter()
    report = compare_engines(
        source, paths, [], source_lang="en", target_lang="fr", doc_ids=ids, significance=QUICK, top_segments=0
    )
    print(f"\nbio-MQM en->fr: {len(paths)} engines x {len(keys)} segments, {time.perf_counter() - start:.0f} s")
    names = [*FREE_METRICS, *(["estimate"] if ESTIMATE and "estimate" in {m.info.name for m in report.metrics} else [])]
    metrics = {name: oriented(report, name) for name in names}
    metrics["mtqa (quality+similarity)"] = combine(metrics["quality"], metrics["similarity"])
    if scores is not None:
        scores.mkdir(parents=True, exist_ok=True)
        (scores / "bio-en-fr.json").write_text(
            json.dumps({"gold": gold, "metrics": metrics}, indent=1), encoding="utf-8"
        )
    mt_only = {name for name in gold if not name.startswith("reference")}
    print(f"{'ranking':<40} {'8 MT systems':>14} {'+ 2 references':>16}")
    for name, values in metrics.items():
        a, p = agreement({k: v for k, v in gold.items() if k in mt_only}, values)
        b, q = agreement(gold, values)
        print(f"{name:<40} {a:>3}/{p:<3} {a / p:5.3f} {b:>4}/{q:<3} {b / q:5.3f}")
    category_diagnostics(report, {k: v for k, v in gold.items() if k in mt_only})


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--pair", action="append", choices=PAIRS)
    parser.add_argument("--no-bio", action="store_true")
    parser.add_argument("--no-wmt", action="store_true", help="bio-MQM only")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for sacrebleu's statistics")
    parser.add_argument("--scores", type=Path, help="write each pair's system scores here (JSON)")
    args = parser.parse_args(argv)
    external = args.external if args.external.is_absolute() else ROOT / args.external
    totals: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for pair in [] if args.no_wmt else args.pair or PAIRS:
            rows = wmt21(external, pair, work, args.jobs, args.scores)
            print(f"{'ranking':<40} {'agree/pairs':>12} {'accuracy':>9}")
            for name, agree, pairs in rows:
                print(f"{name:<40} {agree:>5}/{pairs:<6} {agree / pairs:9.3f}")
                totals.setdefault(name, [0, 0])
                totals[name][0] += agree
                totals[name][1] += pairs
        if not args.no_wmt and len(args.pair or PAIRS) > 1:
            print("\nall pairs together (global accuracy, as mt-metrics-eval's CompareMetricsWithGlobalAccuracy)")
            for name, (agree, pairs) in totals.items():
                print(f"{name:<40} {agree:>5}/{pairs:<6} {agree / pairs:9.3f}")
        if not args.no_bio:
            bio_mqm(external, work, args.scores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
