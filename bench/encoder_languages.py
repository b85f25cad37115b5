"""Encoders on languages use-m3 was not trained on: does a clean translation stay clean, are planted
artefacts found?

    python bench/encoder_languages.py [--encoder use-m3 --encoder e5-small --encoder auto]

For each translation in bench/languages/ (cs, da, el, fi, hu, ro, sv: none among use-m3's 16 training
languages) it checks the clean article and a copy with five planted artefacts, and prints per encoder:
the paragraph beads aligned 1-1 (the gold is 5/5), the findings on the clean translation (all false),
the planted artefacts found, and the findings on the planted copy beyond them. Asserts nothing.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "languages"
PLANTED = {
    "punctuation.stray",
    "sentence_boundary.mid_sentence_stop",
    "numbers.mismatch",
    "untranslated.copied_sentence",
    "repetition.word",
}


def plant(text: str) -> str:
    """The translation with the five artefacts of ``PLANTED``, one per paragraph."""
    paragraphs = text.strip().split("\n\n")
    paragraphs[0] = paragraphs[0].rstrip() + " ."
    words = paragraphs[1].split(" ")
    words[4] += "."
    paragraphs[1] = " ".join(words)
    paragraphs[2] = paragraphs[2].replace("25", "52", 1)
    paragraphs[3] = re.sub(r"(?<=[.!?]) [^.!?]+[.!?]$", " Others are less optimistic.", paragraphs[3])
    words = paragraphs[4].split(" ")
    words.insert(3, words[2])
    paragraphs[4] = " ".join(words)
    return "\n\n".join(paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--encoder", action="append")
    args = parser.parse_args()
    from mtqa import Checker, Config
    from mtqa.io.text import document_from_text

    source = (DATA / "en.txt").read_text(encoding="utf-8")
    languages = sorted(path.stem for path in DATA.glob("*.txt") if path.stem != "en")
    print(f"{'encoder':<10} {'lang':<5} {'1-1':>4} {'clean: false findings':<40} {'planted':>7}  extra findings")
    for name in args.encoder or ["use-m3", "e5-small", "auto"]:
        checker = Checker(Config(encoder=name))
        totals = [0, 0, 0, 0]
        for lang in languages:
            clean = (DATA / f"{lang}.txt").read_text(encoding="utf-8")
            reports = [
                checker.check(
                    document_from_text(source, "en.txt"),
                    document_from_text(text, f"{lang}.txt"),
                    source_lang="en",
                    target_lang=lang,
                )
                for text in (clean, plant(clean))
            ]
            ones = sum(1 for bead in reports[0].alignment.beads if len(bead.source) == len(bead.target) == 1)
            false = [f.check for f in reports[0].findings]
            found = PLANTED & {f.check for f in reports[1].findings}
            extra = [f.check for f in reports[1].findings if f.check not in PLANTED]
            totals = [totals[0] + ones, totals[1] + len(false), totals[2] + len(found), totals[3] + len(extra)]
            false_text, extra_text = ", ".join(false) or "-", ", ".join(extra) or "-"
            print(f"{name:<10} {lang:<5} {ones:>2}/5 {false_text:<40} {len(found):>5}/5  {extra_text}")
        count = len(languages)
        print(
            f"{name:<10} {'all':<5} {totals[0]:>2}/{5 * count} false findings {totals[1]}, planted found "
            f"{totals[2]}/{5 * count}, extra {totals[3]}\n"
        )


if __name__ == "__main__":
    main()
