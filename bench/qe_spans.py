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
    .venv/bin/python bench/qe_spans.py --omissions [--tune bio-fr-en]

``--omissions`` measures the dropped-phrase detector of ``mtqa.checks.dropped`` (source words with no
counterpart among the target's words, by the same word lexicon) against the human spans of dropped
source content. Every dataset marks omissions in the **source**: bio-mqm's ``source_errors``, WMT23's
``is_source_error`` spans, TED's ``<v>`` tags in the source column. The match rule:

- **hit** (the figure that counts): the detected source run overlaps, by one character or more, a
  source-side ``accuracy/omission`` span of severity minor, major or critical marked by any annotator
  of that segment (``neutral`` = the annotator judged it no error, so it is not counted);
- **hit, lenient** (context only): a hit, or the segment has a major/critical target-side
  ``accuracy/mistranslation`` (a phrase rendered as something else leaves its source words unmatched,
  but the target span cannot be tied to the source run without an alignment).

Only rated segments count; MT systems and human translations are reported apart (detections on human
translations per 1,000 source words are the false-alarm side). The parameters (``MATCH`` x
``MIN_WORDS``) are swept on ``--tune`` only; the setting with the highest precision among those with at
least ``MIN_TUNE_DETECTIONS`` detections there is then reported on every other dataset, held out.
TED zh-en is left out: its source is Chinese, which the word pattern cannot split into words.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import qe_data
import qe_fit
from qe_data import Dataset, ErrorSpan

from mtqa.checks import dropped

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
QUANTILES = (0.01, 0.02, 0.05, 0.10)
MATCHES = (0.45, 0.50, 0.55, 0.60, 0.65)
MIN_WORDS = (2, 3, 4)
MIN_TUNE_DETECTIONS = 30
OMISSION_DATASETS = ("bio-en-fr", "bio-fr-en", "wmt23-en-de", "ted-en-de")
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
            source, target = (near, own) if artefact.category == "mistranslation" else (own, near)
            print(f"      dropped_phrase, source runs in the paragraph pair: {_runs(encoder, source, target, gold)}")


def _runs(encoder: Any, source: str, target: str, gold: Any) -> str:
    """The source runs of >= 1 unmatched content word at the check's word threshold, with the check's other
    two tests (length deficit at the article's paragraph ratio, similarity gain of the cut)."""
    import statistics

    from mtqa.checks import omission
    from mtqa.lang import Language

    pairs = [(b[0], b[1]) for b in gold.alignment if b[0] and b[1]]
    sources = [p for p in gold.source_path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    targets = [p for p in gold.target_path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    ratio = statistics.median(sum(len(targets[i]) for i in t) / sum(len(sources[i]) for i in s) for s, t in pairs)
    words = dropped.words(source)
    vocabulary = dropped.distinct([source, target])
    similarity = dropped.vector_similarity(dict(zip(vocabulary, encoder.encode(vocabulary), strict=True)))
    best = dropped.best_matches(words, dropped.words(target), similarity)
    function = dropped.function_words(Language.parse(gold.source_lang))
    found = []
    for run in dropped.dropped_runs(source, words, best, function, match=omission.DROPPED_MATCH, min_words=1):
        cut = dropped.without(source, run)
        vectors = encoder.encode([source, target, cut or "."])
        gain = float(vectors[2] @ vectors[1] - vectors[0] @ vectors[1])
        deficit = dropped.deficit(len(source), len(target), run, ratio)
        found.append(
            f"{source[run.start : run.end]!r} ({len(run.content)} words, deficit {deficit:.2f}, gain {gain:.3f})"
        )
    return "; ".join(found) or "none"


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


@dataclass(frozen=True)
class _Candidate:
    """A source run with no counterpart in the target (at the loosest setting), and what tests it."""

    dataset: str
    human: bool
    best: float  # the closest any of its content words comes to a target word
    content: int  # unmatched content words
    gain: float  # cosine(source without the run, target) - cosine(source, target)
    deficit: float  # target shortfall in units of the run's expected length (mtqa.checks.dropped.deficit)
    hit: bool  # overlaps a source-side omission span
    lenient: bool  # a hit, or the segment has a major target-side mistranslation
    excerpt: str


@dataclass(frozen=True)
class _Setting:
    match: float
    min_words: int
    gain: float
    deficit: float

    def accepts(self, c: _Candidate) -> bool:
        return c.best < self.match and c.content >= self.min_words and c.gain > self.gain and c.deficit > self.deficit

    def __str__(self) -> str:
        return (
            f"match < {self.match:.2f}, >= {self.min_words} words, gain > {self.gain:.2f}, deficit > {self.deficit:.1f}"
        )


LOOSEST = (max(MATCHES), min(MIN_WORDS))
GAINS = (-1.0, 0.0, 0.02, 0.03, 0.05, 0.07)
DEFICITS = (-99.0, 0.0, 0.5, 1.0)


def _overlaps(start: int, end: int, span: ErrorSpan) -> bool:
    return start < max(span.end, span.start + 1) and span.start < end


def omission_candidates(dataset: Dataset, encoder: Any) -> tuple[list[_Candidate], dict[bool, int]]:
    """Candidate runs of the rated segments of ``dataset``, and the source words rated (MT, human)."""
    import statistics

    from mtqa.lang import Language

    assert dataset.source_spans is not None and dataset.spans is not None
    rated = [
        (system, item)
        for system in dataset.systems
        for item in range(dataset.items)
        if dataset.source_spans[system][item] is not None and dataset.spans[system][item] is not None
    ]
    texts = [dataset.sources[i] for _, i in rated] + [dataset.outputs[s][i] for s, i in rated]
    vocabulary = dropped.distinct(texts)
    vectors: dict[str, Any] = {}
    for start in range(0, len(vocabulary), 2000):
        batch = vocabulary[start : start + 2000]
        vectors.update(zip(batch, encoder.encode(batch), strict=True))
    similarity = dropped.vector_similarity(vectors)
    function = dropped.function_words(Language.parse(dataset.source_lang))
    # The system's median length ratio stands for the article's (mtqa.checks.omission.article_length_ratio).
    ratio = {
        system: statistics.median(
            len(dataset.outputs[system][i]) / len(dataset.sources[i])
            for s, i in rated
            if s == system and dataset.sources[i]
        )
        for system in {s for s, _ in rated}
    }
    found = []
    words = {False: 0, True: 0}
    for system, item in rated:
        source, target = dataset.sources[item], dataset.outputs[system][item]
        source_words = dropped.words(source)
        human = system in dataset.humans
        words[human] += len(source_words)
        best = dropped.best_matches(source_words, dropped.words(target), similarity)
        marked = [
            e
            for e in dataset.source_spans[system][item] or ()
            if e.category == "accuracy/omission" and e.severity != "neutral"
        ]
        mistranslated = any(major_mistranslation(e) for e in dataset.spans[system][item] or ())
        for run in dropped.dropped_runs(source, source_words, best, function, match=LOOSEST[0], min_words=LOOSEST[1]):
            if not dropped.without(source, run):
                continue  # the whole segment: not a phrase inside it (the check skips it too)
            hit = any(_overlaps(run.start, run.end, e) for e in marked)
            found.append((human, run, source, target, hit, hit or mistranslated, ratio[system]))
    sentences = list(dict.fromkeys(t for _, run, s, tg, *_ in found for t in (s, tg, dropped.without(s, run))))
    embedded = dict(zip(sentences, encoder.encode(sentences), strict=True)) if sentences else {}
    candidates = [
        _Candidate(
            dataset.name,
            human,
            run.best,
            len(run.content),
            float(embedded[dropped.without(s, run)] @ embedded[tg] - embedded[s] @ embedded[tg]),
            dropped.deficit(len(s), len(tg), run, r),
            hit,
            lenient,
            s[run.start : run.end],
        )
        for human, run, s, tg, hit, lenient, r in found
    ]
    return candidates, words


def _wilson_lower(hits: int, n: int, z: float = 1.96) -> float:
    """The lower end of the Wilson score interval of a proportion: precision that a few lucky hits cannot buy."""
    if not n:
        return 0.0
    p = hits / n
    return (p + z * z / (2 * n) - z * ((p * (1 - p) + z * z / (4 * n)) / n) ** 0.5) / (1 + z * z / n)


def _row(chosen: Sequence[_Candidate], words: int) -> str:
    if not chosen:
        return "no detection"
    hits = sum(c.hit for c in chosen)
    low = _wilson_lower(hits, len(chosen))
    return (
        f"precision {hits / len(chosen):.2f} ({hits}/{len(chosen)}, 95% lower bound {low:.2f}), lenient "
        f"{np.mean([c.lenient for c in chosen]):.2f}, {1000 * len(chosen) / words:.2f} per 1,000 source words"
    )


def omissions(external: Path, tune: str, show: int) -> None:
    from mtqa.embed import get_encoder

    encoder = get_encoder("use-m3")
    print("== dropped phrases (mtqa.checks.dropped) against source-side MQM omission spans; use-m3")
    data: dict[str, tuple[list[_Candidate], dict[bool, int]]] = {}
    for name in OMISSION_DATASETS:
        dataset = qe_data.LOADERS[name](external)
        data[name] = omission_candidates(dataset, encoder)
        assert dataset.source_spans is not None
        rated = [
            any(e.category == "accuracy/omission" and e.severity != "neutral" for e in spans)
            for system in dataset.mt_systems
            for spans in dataset.source_spans[system]
            if spans is not None
        ]
        print(f"  {name}: {len(rated)} rated MT segments, {np.mean(rated):.3f} with an omission span")
    settings = [_Setting(m, n, g, d) for m in MATCHES for n in MIN_WORDS for g in GAINS for d in DEFICITS]
    tuning = [c for c in data[tune][0] if not c.human]
    print(
        f"== chosen on {tune} (MT systems): the highest 95% lower bound of precision over {len(settings)} settings, "
        f"among those with at least {MIN_TUNE_DETECTIONS} detections"
    )
    scored = []
    for setting in settings:
        chosen = [c for c in tuning if setting.accepts(c)]
        if len(chosen) >= MIN_TUNE_DETECTIONS:
            scored.append((_wilson_lower(sum(c.hit for c in chosen), len(chosen)), len(chosen), setting))
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    for low, count, setting in scored[:5]:
        print(f"    {setting}: lower bound {low:.2f} of {count}")
    setting = scored[0][2]
    print(f"== {setting}; every dataset (held out unless marked)")
    for name, (candidates, words) in data.items():
        held = " (tuning set)" if name == tune else ""
        for label, human in (("MT", False), ("human", True)):
            chosen = [c for c in candidates if c.human == human and setting.accepts(c)]
            print(f"  {name}{held} {label}: {_row(chosen, words[human])}")
            for c in chosen[:show]:
                print(f"      {'HIT ' if c.hit else 'miss'} {c.excerpt!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--external", type=Path, default=qe_data.DEFAULT_EXTERNAL)
    parser.add_argument("--words", action="append", default=[], choices=sorted(qe_data.LOADERS))
    parser.add_argument("--corpora", action="store_true", help="only the word signal on the corpora's cases")
    parser.add_argument("--omissions", action="store_true", help="the dropped-phrase detector against omission spans")
    parser.add_argument("--tune", default="wmt23-en-de", choices=OMISSION_DATASETS, help="dataset to choose on")
    parser.add_argument("--show", type=int, default=0, help="print this many detections per dataset")
    args = parser.parse_args(argv)
    if args.corpora:
        corpora_cases()
        return 0
    external = qe_data.external_dir(args.external)
    if args.omissions:
        omissions(external, args.tune, args.show)
        return 0
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
