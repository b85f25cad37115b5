"""What the quality estimate adds to ``mtqa check`` time, on the corpora articles.

For every article of ``corpora/``: ``mtqa.pipeline.check_article`` (read, segment, align, embed, check,
estimate, score) is timed, then ``mtqa.score.estimate.estimate_report`` again on its result (features
and estimate of every paragraph bead and sentence bead, and the article), which is what the check spent
on the estimate; the ratio printed is that time over the rest of the check (what ``mtqa check`` cost
without the estimate). The estimate embeds nothing: it reuses the
similarities of the alignment, so its cost is the same with a cold or a warm embedding cache; the warm
run (the default, cache filled by a first untimed pass) is the stricter yardstick because the check is
then fastest. Prints both totals and their ratio; ``--cold`` times the check without the cache::

    .venv/bin/python bench/qe_speed.py [--repeat N] [--cold] [--encoder NAME]
    .venv/bin/python bench/qe_speed.py --without omission.dropped_phrase [--repeat N] [--cold]

``--without ID`` instead times ``check_article`` with every check and with check ``ID`` disabled, the two
interleaved article by article, and prints what that check adds.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from mtqa.config import Config
from mtqa.embed import get_encoder
from mtqa.gold import load_gold
from mtqa.pipeline import check_article
from mtqa.score.estimate import default_model, estimate_report

ROOT = Path(__file__).resolve().parents[1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the median is printed")
    parser.add_argument("--cold", action="store_true", help="time the check without the embedding cache")
    parser.add_argument("--encoder", default="use-m3")
    parser.add_argument("--without", metavar="ID", help="time what this check adds instead of the estimate")
    args = parser.parse_args(argv)
    folders = sorted(p.parent for p in (ROOT / "corpora").glob("*/gold.json"))
    golds = [load_gold(folder) for folder in folders]
    encoder = get_encoder(args.encoder, cache=not args.cold)
    default_model()  # the model file is read once per process, like the encoder's weights
    for gold in golds:  # untimed: loads the model, fills the cache
        check_article(gold.source_path, gold.target_path, Config(), encoder=encoder)
    if args.without:
        return _check_cost(golds, encoder, args.without, args.repeat, "cold (no cache)" if args.cold else "warm cache")
    check_times, estimate_times = [], []
    for _ in range(args.repeat):
        check_total = estimate_total = 0.0
        for gold in golds:
            config = Config()
            started = time.perf_counter()
            report = check_article(
                gold.source_path, gold.target_path, config,
                source_lang=gold.source_lang, target_lang=gold.target_lang, encoder=encoder,
            )  # fmt: skip
            check_total += time.perf_counter() - started
            started = time.perf_counter()
            estimate_report(report.source, report.target, report.alignment, report.findings, encoder.signature)
            estimate_total += time.perf_counter() - started
        check_times.append(check_total)
        estimate_times.append(estimate_total)
    check, estimate = statistics.median(check_times), statistics.median(estimate_times)
    cache = "cold (no cache)" if args.cold else "warm cache"
    print(f"{len(golds)} articles, encoder {args.encoder}, {cache}, median of {args.repeat} passes")
    rest = check - estimate
    print(
        f"check_article (estimate included): {check:.3f} s; estimate_report: {estimate:.3f} s; "
        f"estimate / rest of the check = {estimate / rest:.1%}"
    )
    return 0


def _check_cost(golds: Sequence[Any], encoder: Any, check: str, repeat: int, cache: str) -> int:
    configs = {"all": Config(), "without": replace(Config(), checks=replace(Config().checks, disable=(check,)))}
    totals: dict[str, list[float]] = {"all": [], "without": []}
    for _ in range(repeat):
        passes = dict.fromkeys(configs, 0.0)
        for gold in golds:
            for name, config in configs.items():
                started = time.perf_counter()
                check_article(
                    gold.source_path, gold.target_path, config,
                    source_lang=gold.source_lang, target_lang=gold.target_lang, encoder=encoder,
                )  # fmt: skip
                passes[name] += time.perf_counter() - started
        for name, total in passes.items():
            totals[name].append(total)
    full, rest = statistics.median(totals["all"]), statistics.median(totals["without"])
    print(f"{len(golds)} articles, {cache}, median of {repeat} passes")
    print(f"check_article: {full:.3f} s with every check, {rest:.3f} s without {check}: +{full / rest - 1:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
