"""Compare sentence segmenters on tricky cases and on the corpora (speed), to justify mtqa's choice.

    python bench/segmenters.py

Candidates: pysbd, sentencex and blingfire as they come, and mtqa's segmenter (sentencex plus the
abbreviation repair of ``mtqa.segment``). A case counts as right when the segmenter returns exactly
the expected sentences. Prints a table; asserts nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (language, text, expected sentences): abbreviations, initials, decimals, ordinals, and an MT-broken
# boundary that must stay split.
CASES: list[tuple[str, str, list[str]]] = [
    ("fr", "M. Wang a parlé. Il est parti.", ["M. Wang a parlé.", "Il est parti."]),
    ("fr", "Mr. Smith est venu. Fin.", ["Mr. Smith est venu.", "Fin."]),
    ("fr", "Il cite p. ex. le Japon. Fin.", ["Il cite p. ex. le Japon.", "Fin."]),
    ("fr", "Le taux est de 4,7 % etc. et rien. Fin.", ["Le taux est de 4,7 % etc. et rien.", "Fin."]),
    ("fr", "En 44 av. J.-C. la ville tomba. Fin.", ["En 44 av. J.-C. la ville tomba.", "Fin."]),
    ("fr", "Les U.S. sont là. Fin.", ["Les U.S. sont là.", "Fin."]),
    ("fr", "Le prix est 3.5 euros. Fin.", ["Le prix est 3.5 euros.", "Fin."]),
    ("fr", "George W. Bush est venu. Fin.", ["George W. Bush est venu.", "Fin."]),
    ("fr", "Mme Dupont et MM. Martin sont là. Fin.", ["Mme Dupont et MM. Martin sont là.", "Fin."]),
    ("fr", "Ils cherchent la coopération. potentiel ici.", ["Ils cherchent la coopération.", "potentiel ici."]),
    (
        "en",
        "Mr. Smith went to the U.S. on Monday. It rose 3.5 percent.",
        ["Mr. Smith went to the U.S. on Monday.", "It rose 3.5 percent."],
    ),
    ("en", "Dr. Jones said e.g. hello. Done.", ["Dr. Jones said e.g. hello.", "Done."]),
    ("en", "George W. Bush spoke, etc. Then he left.", ["George W. Bush spoke, etc.", "Then he left."]),
    ("en", "It was 4.7% in Jan. 2024. Done.", ["It was 4.7% in Jan. 2024.", "Done."]),
    ("de", "Herr Dr. Müller kam am 3. Mai. Ende.", ["Herr Dr. Müller kam am 3. Mai.", "Ende."]),
    ("de", "Er sagte z. B. Nein. Ende.", ["Er sagte z. B. Nein.", "Ende."]),
    ("de", "Es sind ca. 5 km bzw. 3 Meilen. Ende.", ["Es sind ca. 5 km bzw. 3 Meilen.", "Ende."]),
    ("de", "Prof. Weber kommt. Ende.", ["Prof. Weber kommt.", "Ende."]),
]


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
    print(f"{'segmenter':28} {'tricky cases right':>19} {'corpora ms':>11}")
    for name, segment in segmenters().items():
        right = sum(segment(text, lang) == expected for lang, text, expected in CASES)
        start = time.perf_counter()
        for lang, text in corpora:
            for paragraph in text.split("\n\n"):
                if paragraph.strip():
                    segment(paragraph, lang)
        elapsed = (time.perf_counter() - start) * 1000
        print(f"{name:28} {right:>12}/{len(CASES):<6} {elapsed:11.1f}")


if __name__ == "__main__":
    main()
