"""The human-MQM datasets of the quality-estimation benchmark, in one shape.

Every dataset is a matrix of systems x items: one source text per item, one output per system and
item, a human MQM score per (system, item) when it was rated (``None`` otherwise; higher is better,
0 = no error), and, where the data has them, the human error spans. Read from ``--external``
(default ``../shared/external`` relative to the repository root); each folder's ``SOURCE.md`` documents
the files.

- ``bio-en-fr`` / ``bio-fr-en``: bio-mqm (MEDLINE abstracts), sentences, 384 x 10 / 365 x 13 (items x
  systems); gold from the spans: minor 1, major 5, critical 10, neutral 0, minor punctuation 0.1, the
  mean over the two annotators of a double-annotated segment.
- ``wmt23-en-de``: WMT23 general MT, paragraphs, 557 x 13 (460 rated); ``en-de.mqm.seg.score``.
- ``ted-en-de`` / ``ted-zh-en``: Google MQM of the WMT21 TED talks, sentences, 529 x 14 / 529 x 15;
  ``mqm_ted_*.avg_seg_scores.tsv``, texts and spans from the full TSVs.
- ``news21-en-de``: newstest2021 en-de, sentences, 1,002 x 11 (527 rated);
  ``mqm_newstest2021_ende.avg_seg_scores.tsv`` joined by line with the ``wmt21-news-systems`` outputs.

The standard reference of each dataset (bio ``reference``, WMT23 ``refA``, TED ``ref``, newstest2021
``ref-A``) gives sentence chrF *with* a reference; like mt-metrics-eval, the segment-level figures are
computed over the machine-translation systems only (``Dataset.mt_systems``); system-level figures are
given both without and with the human translations rated as systems.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from mqm_data import DEFAULT_EXTERNAL, ROOT, _locate

# MQM weights of the bio-mqm annotations (the Google MQM convention: minor punctuation costs 0.1).
BIO_WEIGHTS = {"minor": 1.0, "major": 5.0, "critical": 10.0, "neutral": 0.0}
BIO_MINOR_PUNCTUATION = 0.1


@dataclass(frozen=True)
class ErrorSpan:
    """One human error: lower-case ``category/subcategory``, ``minor|major|critical|neutral``, target offsets."""

    category: str
    severity: str
    start: int
    end: int


@dataclass(frozen=True)
class Dataset:
    name: str
    source_lang: str
    target_lang: str
    sources: tuple[str, ...]
    docs: tuple[str, ...]  # document id of each item
    outputs: dict[str, tuple[str, ...]]  # system -> one output per item
    gold: dict[str, tuple[float | None, ...]]  # system -> MQM score per item (higher is better), None = unrated
    humans: frozenset[str]  # systems that are human translations
    reference: str | None  # the system whose outputs serve as the reference for chrF (excluded from seg-level)
    spans: dict[str, tuple[tuple[ErrorSpan, ...] | None, ...]] | None = None  # target-side spans, None = unknown
    # Spans the annotators marked in the source (omissions, source issues), offsets into the source text;
    # None where the segment was not rated, like ``spans``.
    source_spans: dict[str, tuple[tuple[ErrorSpan, ...] | None, ...]] | None = None

    @property
    def systems(self) -> tuple[str, ...]:
        return tuple(sorted(self.outputs))

    @property
    def mt_systems(self) -> tuple[str, ...]:
        return tuple(s for s in self.systems if s not in self.humans)

    @property
    def items(self) -> int:
        return len(self.sources)


def external_dir(path: Path) -> Path:
    return path if path.is_absolute() else ROOT / path


# --- bio-mqm ----------------------------------------------------------------------------------------


def _bio_errors(text: str, errors: Iterable[dict[str, object]]) -> tuple[ErrorSpan, ...]:
    """Errors with offsets into ``text`` (the target for ``target_errors``, the source for ``source_errors``)."""
    spans = []
    for error in errors:
        category = f"{error.get('error_category', '')}/{error.get('error_subcategory', '')}".lower()
        span = _locate(text, str(error.get("term") or ""), int(str(error["startIndex"])), int(str(error["endIndex"])))
        spans.append(ErrorSpan(category, str(error.get("severity", "")).lower(), span.start, span.end))
    return tuple(spans)


def bio_penalty(errors: Iterable[ErrorSpan]) -> float:
    total = 0.0
    for error in errors:
        if error.severity == "minor" and error.category.endswith("/punctuation"):
            total += BIO_MINOR_PUNCTUATION
        else:
            total += BIO_WEIGHTS.get(error.severity, 0.0)
    return total


def load_bio(external: Path, direction: str) -> Dataset:
    folder = external / "bio-mqm-enfr" / direction
    keys: dict[tuple[str, str], int] = {}
    sources: list[str] = []
    docs: list[str] = []
    per_system: dict[str, dict[int, list[dict[str, object]]]] = {}
    for path in sorted(folder.glob("*.json")):
        by_item: dict[int, list[dict[str, object]]] = defaultdict(list)
        for record in json.loads(path.read_text(encoding="utf-8")):
            key = (record["DOC_ID"], record["SEG_ID"])
            if key not in keys:
                keys[key] = len(sources)
                sources.append(record["source"])
                docs.append(record["DOC_ID"])
            by_item[keys[key]].append(record)
        per_system[path.stem] = by_item
    outputs: dict[str, tuple[str, ...]] = {}
    gold: dict[str, tuple[float | None, ...]] = {}
    spans: dict[str, tuple[tuple[ErrorSpan, ...] | None, ...]] = {}
    source_spans: dict[str, tuple[tuple[ErrorSpan, ...] | None, ...]] = {}
    for system, by_item in per_system.items():
        texts, scores, errors = [], [], []
        source_errors: list[tuple[ErrorSpan, ...] | None] = []
        for index in range(len(sources)):
            records = by_item.get(index, [])
            if not records:
                texts.append("")
                scores.append(None)
                errors.append(None)
                source_errors.append(None)
                continue
            target = str(records[0]["target"])
            annotations = [_bio_errors(target, r.get("target_errors", [])) for r in records]  # type: ignore[arg-type]
            texts.append(target)
            scores.append(-sum(bio_penalty(a) for a in annotations) / len(annotations))
            # With two annotators, a span counts when either marked it (the union): detectors are scored
            # for precision, and an error one expert saw is an error.
            errors.append(tuple(e for a in annotations for e in a))
            source_errors.append(
                tuple(e for r in records for e in _bio_errors(sources[index], r.get("source_errors", [])))  # type: ignore[arg-type]
            )
        outputs[system], gold[system], spans[system] = tuple(texts), tuple(scores), tuple(errors)
        source_spans[system] = tuple(source_errors)
    source_lang, target_lang = direction[:2], direction[3:]
    return Dataset(
        f"bio-{source_lang}-{target_lang}",
        source_lang,
        target_lang,
        tuple(sources),
        tuple(docs),
        outputs,
        gold,
        frozenset({"reference", "reference_r1"}),
        "reference",
        spans,
        source_spans,
    )


# --- WMT23 en-de --------------------------------------------------------------------------------------


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def _system_blocks(path: Path) -> dict[str, list[str]]:
    blocks: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        system, _, value = line.partition("\t")
        blocks[system].append(value)
    return blocks


def load_wmt23(external: Path) -> Dataset:
    base = external / "wmt23-mqm-ende"
    sources = _lines(base / "sources" / "en-de.txt")
    docs = [line.split("\t")[-1] for line in _lines(base / "documents" / "en-de.docs")]
    scores = _system_blocks(base / "human-scores" / "en-de.mqm.seg.score")
    ratings = _system_blocks(base / "human-scores" / "en-de.mqm.merged.seg.rating")
    n = len(scores[next(iter(scores))])
    outputs, gold, spans, source_spans = {}, {}, {}, {}
    for system, values in sorted(scores.items()):
        outputs[system] = tuple(_lines(base / "system-outputs" / "en-de" / f"{system}.txt")[:n])
        gold[system] = tuple(None if v.strip() == "None" else float(v) for v in values)
        errors: list[tuple[ErrorSpan, ...] | None] = []
        source_errors: list[tuple[ErrorSpan, ...] | None] = []
        for rating in ratings[system]:
            if rating.strip() == "None":
                errors.append(None)
                source_errors.append(None)
                continue
            marked = [
                (
                    ErrorSpan(str(e["category"]).lower(), str(e["severity"]).lower(), int(e["start"]), int(e["end"])),
                    bool(e["is_source_error"]),
                )
                for e in json.loads(rating)["errors"]
            ]
            errors.append(tuple(e for e, in_source in marked if not in_source))
            source_errors.append(tuple(e for e, in_source in marked if in_source))
        spans[system] = tuple(errors)
        source_spans[system] = tuple(source_errors)
    return Dataset(
        "wmt23-en-de",
        "en",
        "de",
        tuple(sources[:n]),
        tuple(docs[:n]),
        outputs,
        gold,
        frozenset({"refA"}),
        "refA",
        spans,
        source_spans,
    )


# --- Google MQM: TED (texts in the full TSV) and newstest2021 (texts from wmt21-news-systems) ----------

_TAG = re.compile(r"</?v>")
# The full TSVs name the references "ref" and "refB", the score files "ref-A" and "ref-B".
_TED_NAMES = {"ref": "ref-A", "refB": "ref-B"}


def _avg_scores(path: Path) -> dict[str, dict[int, float | None]]:
    scores: dict[str, dict[int, float | None]] = defaultdict(dict)
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        system, score, seg_id = line.split()
        scores[system][int(seg_id)] = None if score == "None" else float(score)
    return scores


def _ted_span(tagged: str) -> tuple[int, int] | None:
    start = tagged.find("<v>")
    end = tagged.find("</v>")
    if start < 0 or end < start:
        return None
    return start, end - 3


def load_ted(external: Path, pair: str) -> Dataset:
    folder = external / "wmt-mqm-google" / "ted" / pair.replace("-", "")
    scores = _avg_scores(folder / f"mqm_ted_{pair.replace('-', '')}.avg_seg_scores.tsv")
    texts: dict[str, dict[int, str]] = defaultdict(dict)
    sources: dict[int, str] = {}
    docs: dict[int, str] = {}
    errors: dict[str, dict[int, list[ErrorSpan]]] = defaultdict(lambda: defaultdict(list))
    source_errors: dict[str, dict[int, list[ErrorSpan]]] = defaultdict(lambda: defaultdict(list))
    with (folder / f"mqm_ted_{pair.replace('-', '')}.tsv").open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        for row in rows:
            system, doc, seg_id, source, target, category, severity = (
                row[0], row[1], int(row[3]), row[5], row[6], row[7], row[8],
            )  # fmt: skip
            system = _TED_NAMES.get(system, system)
            sources.setdefault(seg_id, _TAG.sub("", source))
            docs.setdefault(seg_id, doc)
            texts[system].setdefault(seg_id, _TAG.sub("", target))
            errors[system].setdefault(seg_id, [])
            source_errors[system].setdefault(seg_id, [])
            span = _ted_span(target)
            if span is not None and severity != "No-error":
                errors[system][seg_id].append(ErrorSpan(category.lower(), severity.lower(), *span))
            span = _ted_span(source)
            if span is not None and severity != "No-error":
                source_errors[system][seg_id].append(ErrorSpan(category.lower(), severity.lower(), *span))
    ids = sorted(sources)
    systems = sorted(s for s in texts if s in scores)
    source_lang, target_lang = pair.split("-")
    humans = frozenset(s for s in systems if s.startswith("ref"))
    return Dataset(
        f"ted-{pair}",
        source_lang,
        target_lang,
        tuple(sources[i] for i in ids),
        tuple(docs[i] for i in ids),
        {s: tuple(texts[s].get(i, "") for i in ids) for s in systems},
        {s: tuple(scores[s].get(i) if i in texts[s] else None for i in ids) for s in systems},
        humans,
        "ref-A",
        {s: tuple(tuple(errors[s][i]) if i in errors[s] else None for i in ids) for s in systems},
        {s: tuple(tuple(source_errors[s][i]) if i in source_errors[s] else None for i in ids) for s in systems},
    )


# MQM names -> wmt21-news-systems file names (the MQM files call NVIDIA-NeMo "Nemo"; ref-B is not in txt/).
_NEWS21_FILES = {"Nemo": "hyp.NVIDIA-NeMo", "ref-A": "ref.A", "ref-C": "ref.C", "ref-D": "ref.D"}


def load_news21(external: Path) -> Dataset:
    scores = _avg_scores(
        external / "wmt-mqm-google" / "newstest2021" / "ende" / "mqm_newstest2021_ende.avg_seg_scores.tsv"
    )
    txt = external / "wmt21-news-systems" / "txt"
    sources = _lines(txt / "sources" / "newstest2021.en-de.src.en")
    n = max(max(s) for s in scores.values())
    outputs, gold = {}, {}
    for system, by_id in sorted(scores.items()):
        name = _NEWS21_FILES.get(system, f"hyp.{system}")
        folder = "references" if name.startswith("ref.") else "system-outputs"
        path = txt / folder / f"newstest2021.en-de.{name}.de"
        if not path.is_file():
            continue  # metricsystem1-5 (anonymous) and ref-B have no text here
        outputs[system] = tuple(_lines(path)[:n])
        gold[system] = tuple(by_id.get(i + 1) for i in range(n))
    return Dataset(
        "news21-en-de",
        "en",
        "de",
        tuple(sources[:n]),
        tuple("" for _ in range(n)),  # the txt files carry no document ids
        outputs,
        gold,
        frozenset(s for s in outputs if s.startswith("ref-")),
        "ref-A",
    )


LOADERS: dict[str, Callable[[Path], Dataset]] = {
    "bio-en-fr": lambda e: load_bio(e, "en2fr"),
    "bio-fr-en": lambda e: load_bio(e, "fr2en"),
    "wmt23-en-de": load_wmt23,
    "ted-en-de": lambda e: load_ted(e, "en-de"),
    "ted-zh-en": lambda e: load_ted(e, "zh-en"),
    "news21-en-de": load_news21,
}


def load(name: str, external: Path = DEFAULT_EXTERNAL) -> Dataset:
    return LOADERS[name](external_dir(external))
