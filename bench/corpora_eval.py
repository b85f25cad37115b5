"""Precision and recall of mtqa's findings against the gold annotations of corpora/, per category.

    python bench/corpora_eval.py [--encoder use-m3]

Also says whether each article's paragraph alignment equals its gold.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from mtqa.embed import get_encoder
from mtqa.gold import category_table, check_gold_article, load_gold, score_report

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--encoder", default="use-m3")
    parser.add_argument("--corpora", type=Path, default=ROOT / "corpora")
    parser.add_argument("--verbose", "-v", action="store_true", help="list missed artefacts and false findings")
    args = parser.parse_args()
    encoder = get_encoder(args.encoder)
    scores = []
    for folder in sorted(p for p in args.corpora.iterdir() if (p / "gold.json").is_file()):
        gold = load_gold(folder)
        start = time.perf_counter()
        report = check_gold_article(gold, encoder)
        score = score_report(report, gold)
        scores.append(score)
        print(
            f"{folder.name:28} alignment {'=' if score.alignment_equal else '≠'} gold  "
            f"recall {score.recall:.2f}  precision {score.precision:.2f}  {time.perf_counter() - start:.1f} s"
        )
        if args.verbose:
            for artefact in score.missed:
                print(f"    missed  {artefact.category:18} p{artefact.paragraph} {artefact.excerpt!r}")
            for finding in score.false_findings:
                print(f"    false   {finding.check:32} p{finding.target_paragraph} {finding.excerpt!r}")
    print(f"\n{'category':20} {'found':>6} {'gold':>6} {'recall':>7} {'false':>6}")
    for category, (found, total, false) in category_table(scores).items():
        recall = f"{found / total:.2f}" if total else "-"
        print(f"{category:20} {found:6} {total:6} {recall:>7} {false:6}")
    true = sum(len(s.true_findings) for s in scores)
    false = sum(len(s.false_findings) for s in scores)
    found = sum(len(s.found) for s in scores)
    total = found + sum(len(s.missed) for s in scores)
    print(
        f"\nall: recall {found}/{total} = {found / max(1, total):.3f}, "
        f"precision {true}/{true + false} = {true / max(1, true + false):.3f}"
    )


if __name__ == "__main__":
    main()
