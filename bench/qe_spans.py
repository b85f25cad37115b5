"""Can a reference-free signal point at a mistranslation? Precision against human MQM spans.

Target: a finding is right when it overlaps a human **Accuracy/Mistranslation** span of severity major
or critical in the same segment (bio-mqm en<->fr, WMT23 en-de, TED en-de and zh-en: the datasets of
``bench/qe_data.py`` that have spans), MT systems only. Two candidate detectors, from the two signals an
embedded encoder gives without a reference:

- **segment**: the whole segment is flagged when its use-m3 cosine is among the lowest q of the
  dataset (thresholds as quantiles, so that datasets are comparable);
- **word** (``--words``, slower: embeds every distinct word): a target word of 4+ letters that is not
  copied from the source is flagged when its best cosine with any source word, each word embedded
  alone by use-m3 (a bilingual lexicon induced from the encoder), is below a threshold.

Printed per dataset: the base rate (share of segments, or of such words, inside a major mistranslation),
precision and count at each threshold, and for the segment detector the share of human translations
that would be flagged (false alarms on professional work). ``--corpora`` instead ranks the target words
of each word-level mistranslation of ``corpora/`` by the word signal::

    .venv/bin/python bench/qe_spans.py [--external DIR] [--words bio-en-fr ...]
    .venv/bin/python bench/qe_spans.py --corpora
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import qe_data
import qe_fit
from qe_data import Dataset, ErrorSpan

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
QUANTILES = (0.01, 0.02, 0.05, 0.10)
WORD_THRESHOLDS = (0.25, 0.30, 0.35, 0.40)


def major_mistranslation(error: ErrorSpan) -> bool:
    return error.category.startswith("accuracy/mistranslation") and error.severity in ("major", "critical")


def segment_detector(dataset: Dataset, rows: Sequence[qe_fit.Cell]) -> None:
    assert dataset.spans is not None
    labelled = [
        (c.cosine["use-m3"], any(major_mistranslation(e) for e in spans))
        for c in rows
        if not c.human and (spans := dataset.spans[c.system][c.item]) is not None
    ]
    cosine = np.array([x for x, _ in labelled])
    label = np.array([y for _, y in labelled])
    human = np.array([c.cosine["use-m3"] for c in rows if c.human])
    print(f"  segment: {len(label)} MT segments, base rate {label.mean():.3f}")
    for q in QUANTILES:
        threshold = float(np.quantile(cosine, q))
        flagged = cosine <= threshold
        false_alarms = f", human translations flagged {np.mean(human <= threshold):.3f}" if len(human) else ""
        print(
            f"    lowest {q:4.0%} (cosine <= {threshold:.3f}): precision {label[flagged].mean():.2f} "
            f"of {int(flagged.sum())}{false_alarms}"
        )


def word_detector(dataset: Dataset, rows: Sequence[qe_fit.Cell]) -> None:
    from mtqa.embed import get_encoder

    assert dataset.spans is not None
    chosen = [c for c in rows if not c.human and dataset.spans[c.system][c.item] is not None]
    words = sorted({w for c in chosen for text in (c.source, c.target) for w in _WORD.findall(text)})
    encoder = get_encoder("use-m3")
    vectors = {}
    for start in range(0, len(words), 2000):
        batch = words[start : start + 2000]
        vectors.update(zip(batch, encoder.encode(batch), strict=True))
    best, inside = [], []
    for cell in chosen:
        source_words = _WORD.findall(cell.source)
        if not source_words:
            continue
        matrix = np.stack([vectors[w] for w in source_words])
        copied = {w.lower() for w in source_words}
        spans = dataset.spans[cell.system][cell.item] or ()
        for match in _WORD.finditer(cell.target):
            word = match.group()
            if len(word) < 4 or word.lower() in copied:
                continue
            best.append(float((matrix @ vectors[word]).max()))
            inside.append(
                any(
                    major_mistranslation(e) and e.start < match.end() and match.start() < max(e.end, e.start + 1)
                    for e in spans
                )
            )
    score, label = np.array(best), np.array(inside)
    print(f"  word: {len(label)} target words, base rate {label.mean():.3f}")
    for threshold in WORD_THRESHOLDS:
        flagged = score < threshold
        precision = f"{label[flagged].mean():.2f}" if flagged.any() else "   -"
        print(f"    best source match < {threshold:.2f}: precision {precision} of {int(flagged.sum())}")


def corpora_cases() -> None:
    """Where the word signal puts the corpora's word-level mistranslations among the paragraph's words."""
    from mtqa.embed import get_encoder
    from mtqa.gold import load_gold

    encoder = get_encoder("use-m3")
    print("== corpora: words of 4+ letters not copied, ranked by their best match on the other side, lowest first")
    for path in sorted((qe_data.ROOT / "corpora").glob("*/gold.json")):
        gold = load_gold(path.parent)
        source_paragraphs = [p for p in gold.source_path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        target_paragraphs = [p for p in gold.target_path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        for artefact in gold.artefacts:
            # mistranslations: the target's words; omissions inside a translated paragraph: the source's
            if artefact.category == "mistranslation":
                bead = next(b for b in gold.alignment if artefact.paragraph in b[1])
                near = " ".join(source_paragraphs[i] for i in bead[0])
                own = target_paragraphs[artefact.paragraph]
            elif artefact.category == "omission":
                bead = next(b for b in gold.alignment if artefact.paragraph in b[0])
                if not bead[1] or artefact.excerpt.strip() == source_paragraphs[artefact.paragraph].strip():
                    continue  # a whole paragraph missing: the alignment shows it
                near = " ".join(target_paragraphs[i] for i in bead[1])
                own = source_paragraphs[artefact.paragraph]
            else:
                continue
            print(f"  {path.parent.name} ({artefact.category}): {_ranks(encoder, near, own, artefact.excerpt)}")


def _ranks(encoder: Any, near: str, own: str, excerpt: str) -> str:
    """The excerpt's words among ``own``'s words (4+ letters, not in ``near``), lowest best match first."""
    near_words, own_words = _WORD.findall(near), _WORD.findall(own)
    vectors = dict(zip(near_words + own_words, encoder.encode(near_words + own_words), strict=True))
    matrix = np.stack([vectors[w] for w in near_words])
    copied = {w.lower() for w in near_words}
    ranked = sorted(
        (float((matrix @ vectors[w]).max()), w)
        for w in dict.fromkeys(own_words)
        if len(w) >= 4 and w.lower() not in copied
    )
    marks = [f"{w} {x:.2f} (#{rank + 1})" for rank, (x, w) in enumerate(ranked) if w in excerpt]
    return f"{excerpt!r}: {', '.join(marks) or 'no content word'} of {len(ranked)}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--external", type=Path, default=qe_data.DEFAULT_EXTERNAL)
    parser.add_argument("--words", action="append", default=[], choices=sorted(qe_data.LOADERS))
    parser.add_argument("--corpora", action="store_true", help="only the word signal on the corpora's cases")
    args = parser.parse_args(argv)
    if args.corpora:
        corpora_cases()
        return 0
    external = qe_data.external_dir(args.external)
    names = [n for n in qe_data.LOADERS if n != "news21-en-de"]  # newstest2021: no spans in the data
    datasets, rows = qe_fit.load_all(external, names)
    for name in names:
        print(f"== {name}")
        segment_detector(datasets[name], rows[name])
        if name in args.words:
            word_detector(datasets[name], rows[name])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
