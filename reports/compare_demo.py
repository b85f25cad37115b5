"""Build a demo input for ``mtqa compare`` from the English->French articles of ``corpora/``.

Writes ``OUT/en/<article>.txt`` (the sources) and one folder per "engine":

- ``mt``: the machine translations as they are in ``corpora/`` (with their planted artefacts);
- ``plain-typography``: the same text with French typography flattened, as an engine that ignores
  it would write: no-break and narrow no-break spaces become plain spaces, « guillemets » become
  "straight quotes" and ’ becomes ';
- ``truncated``: the same text without its last paragraph, as an engine that cuts long inputs would.

The two variants are **documented transformations**, not real engines: they make a demo whose
expected outcome is known (``mt`` ahead of both on mtqa's quality score), nothing more. Real engine
outputs are measured in ``bench/compare_wmt.py``::

    python reports/compare_demo.py OUT
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def plain_typography(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    return re.sub(r"«\s*(.*?)\s*»", r'"\1"', text, flags=re.S)


def truncated(text: str) -> str:
    paragraphs = text.strip("\n").split("\n\n")
    return "\n\n".join(paragraphs[:-1]) + "\n"


def main(out: Path) -> int:
    variants = {"mt": lambda text: text, "plain-typography": plain_typography, "truncated": truncated}
    count = 0
    for folder in sorted(p for p in (ROOT / "corpora").iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        if (gold.get("source_lang"), gold.get("target_lang")) != ("en", "fr"):
            continue
        source = (folder / gold["source"]).read_text(encoding="utf-8")
        target = (folder / gold["target"]).read_text(encoding="utf-8")
        for name, text in [("en", source), *((name, make(target)) for name, make in variants.items())]:
            path = out / name / f"{folder.name}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        count += 1
    print(f"{count} articles: {out / 'en'} and the engines {', '.join(str(out / name) for name in variants)}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python reports/compare_demo.py OUT")
    sys.exit(main(Path(sys.argv[1])))
