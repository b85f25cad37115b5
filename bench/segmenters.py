"""Compare sentence segmenters on tricky cases and on the corpora (speed), to justify mtqa's choice.

    python bench/segmenters.py

Candidates: pysbd, sentencex and blingfire as they come, and mtqa's segmenter (sentencex plus the
abbreviation repair of ``mtqa.segment``). A case counts as right when the segmenter returns exactly
the expected sentences. Prints a table; asserts nothing.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CASES_FILE = ROOT / "tests" / "data" / "segmentation_cases.json"


def load_cases() -> list[tuple[str, str, list[str]]]:
    """(language, text, expected sentences): abbreviations, initials, decimals, ordinals, and an
    MT-broken boundary that must stay split. The unit tests of mtqa.segment use the same file."""
    return [(c["lang"], c["text"], c["sentences"]) for c in json.loads(CASES_FILE.read_text(encoding="utf-8"))]


def segmenters() -> dict[str, Callable[[str, str], list[str]]]:
    import blingfire
    import pysbd
    import sentencex

    from mtqa.segment import split_sentences

    return {
        "pysbd": lambda text, lang: [s.strip() for s in pysbd.Segmenter(language=lang, clean=False).segment(text)],
        "sentencex": lambda text, lang: [s.strip() for s in sentencex.segment(lang, text) if s.strip()],
        "blingfire": lambda text, lang: [s.strip() for s in blingfire.text_to_sentences(text).split("\n") if s],
        "mtqa (sentencex + repair)": lambda text, lang: [text[s.start : s.end] for s in split_sentences(text, lang)],
    }


def main() -> None:
    corpora = [
        (path.stem, path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "corpora").glob("*/*.txt"))
        if path.stem in {"en", "fr", "de"}
    ]
    cases = load_cases()
    print(f"{'segmenter':28} {'tricky cases right':>19} {'corpora ms':>11}")
    for name, segment in segmenters().items():
        right = sum(segment(text, lang) == expected for lang, text, expected in cases)
        start = time.perf_counter()
        for lang, text in corpora:
            for paragraph in text.split("\n\n"):
                if paragraph.strip():
                    segment(paragraph, lang)
        elapsed = (time.perf_counter() - start) * 1000
        print(f"{name:28} {right:>12}/{len(cases):<6} {elapsed:11.1f}")


if __name__ == "__main__":
    main()
