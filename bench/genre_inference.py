"""Which profile ``auto`` infers (mtqa.genre) for news articles and for product pages.

    python bench/genre_inference.py [--external DIR] [--sets DIR ...]

Reads every source document of the WMT21/22 de-fr and fr-de news test sets (as ``bench/throughput.py``
rebuilds them from ``--external``: one per source document and translation, so each source counts once
per translation, as a folder run sees it), the articles of ``corpora/`` and of every blind set under
``bench/blind/`` (and of any ``--sets`` folder in the corpora format), and prints how many of each are
inferred ``news`` and ``product``, with the lines' layout of every one inferred against its set's genre.
A set's genre is ``product`` when its articles declare ``profile = "product"`` in their ``mtqa.toml``.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from throughput import DEFAULT_EXTERNAL, ROOT, pool

from mtqa.genre import inferred_profile
from mtqa.io import document_from_text, read_document


def _declared(folder: Path) -> str:
    config = folder / "mtqa.toml"
    text = config.read_text(encoding="utf-8") if config.is_file() else ""
    return next((genre for genre in ("product", "docs") if f'profile = "{genre}"' in text), "news")


def _gold_sets(roots: list[Path]) -> dict[str, list[Path]]:
    sets: dict[str, list[Path]] = {}
    for root in roots:
        for gold in sorted(root.rglob("gold.json")):
            sets.setdefault(str(gold.parent.parent.relative_to(root.parent)), []).append(gold.parent)
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--external", type=Path, default=ROOT / DEFAULT_EXTERNAL)
    parser.add_argument("--sets", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    print(f"{'documents':40} {'genre':8} {'news':>6} {'product':>8} {'docs':>6}")
    counts: Counter[str] = Counter()
    for article in pool(args.external):
        counts[inferred_profile(document_from_text(article.source, f"{article.doc_id}.txt"))] += 1
    print(
        f"{'WMT21/22 de-fr, fr-de sources':40} {'news':8} {counts['news']:6} {counts['product']:8} {counts['docs']:6}"
    )
    for name, folders in _gold_sets([ROOT / "corpora", ROOT / "bench" / "blind", *args.sets]).items():
        genre, counts = "news", Counter()
        for folder in folders:
            gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
            genre = _declared(folder)
            inferred = inferred_profile(read_document(folder / gold["source"]))
            counts[inferred] += 1
            if inferred != genre:
                print(f"  {folder.name}: inferred {inferred}, declared {genre}")
        print(f"{name:40} {genre:8} {counts['news']:6} {counts['product']:8} {counts['docs']:6}")


if __name__ == "__main__":
    main()
