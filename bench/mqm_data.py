"""Human MQM error spans on real MT output, read for the benches, and one-paragraph contexts per segment.

Shared by ``checks_mqm.py`` (precision and recall per check family) and ``recall_vs_pofilter.py``
(mtqa against pofilter). Datasets, under ``../shared/external`` (each folder has a SOURCE.md):

- ``bio-en-fr`` / ``bio-fr-en``: ``bio-mqm-enfr``, WMT21 biomedical MQM (Apache-2.0); one JSON file per
  system (``reference`` and ``reference_r1`` are human translations, annotated like systems); target
  spans in ``target_errors``, omissions in ``source_errors``.
- ``wmt23-en-de``: ``wmt23-mqm-ende``, WMT23 general MT English->German, paragraph-level segments, 12
  systems plus the human reference ``refA``; spans in ``human-scores/en-de.mqm.merged.seg.rating``.
- ``ted-en-de`` / ``ted-zh-en``: ``wmt-mqm-google/ted/{ende,zhen}/mqm_ted_*.tsv``, WMT21 TED talks,
  Google's expert MQM (Apache-2.0): one row per (system, segment, error), the span wrapped in
  ``<v>…</v>``; ``ref`` (and for zh-en ``refB``) are human references.

Every segment carries ``key``, its identity inside the dataset, so that a system's segment can be
compared with the human reference of the same source segment.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from mtqa.checks.base import CheckContext
from mtqa.config import CheckConfig
from mtqa.lang.detect import LanguageIdentifier
from mtqa.model import Alignment, Bead, Document, Paragraph, ParagraphBead, Span
from mtqa.runcache import RunMemo
from mtqa.segment import segment_document

if TYPE_CHECKING:
    from mtqa.embed.base import Encoder

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXTERNAL = Path("..") / "shared" / "external"
# The human translations of each dataset, annotated like the systems.
REFERENCES: dict[str, tuple[str, ...]] = {
    "bio-en-fr": ("reference", "reference_r1"),
    "bio-fr-en": ("reference", "reference_r1"),
    "wmt23-en-de": ("refA",),
    "ted-en-de": ("ref",),
    "ted-zh-en": ("ref", "refB"),
}


@dataclass(frozen=True)
class Error:
    category: str  # lower-case "category/subcategory"
    span: Span
    text: str


@dataclass(frozen=True)
class Segment:
    source: str
    target: str
    source_lang: str
    target_lang: str
    target_errors: tuple[Error, ...]
    source_errors: tuple[Error, ...]
    key: str = ""  # the source segment's identity in its dataset (same key, same source)


def _locate(text: str, term: str, start: int, end_inclusive: int) -> Span:
    """The span of ``term`` near ``start`` (bio-mqm offsets are sometimes off by one or two)."""
    if term and text[start : start + len(term)] == term:
        return Span(start, start + len(term))
    if term:
        window = text.find(term, max(0, start - 5))
        if window >= 0 and abs(window - start) <= 10:
            return Span(window, window + len(term))
    start = min(max(start, 0), len(text))
    return Span(start, min(max(end_inclusive + 1, start), len(text)))


def _bio_errors(text: str, errors: Iterable[dict[str, object]]) -> tuple[Error, ...]:
    result = []
    for error in errors:
        term = str(error.get("term") or "")
        category = f"{error.get('error_category', '')}/{error.get('error_subcategory', '')}".lower()
        start, end = int(str(error["startIndex"])), int(str(error["endIndex"]))
        span = _locate(text, term, start, end)
        result.append(Error(category, span, text[span.start : span.end]))
    return tuple(result)


def load_bio(external: Path, direction: str) -> Iterator[tuple[str, list[Segment]]]:
    source_lang, target_lang = direction[:2], direction[3:]
    for path in sorted((external / "bio-mqm-enfr" / direction).glob("*.json")):
        records = json.loads(path.read_text(encoding="utf-8"))
        segments = [
            Segment(
                r["source"],
                r["target"],
                source_lang,
                target_lang,
                _bio_errors(r["target"], r.get("target_errors", [])),
                _bio_errors(r["source"], r.get("source_errors", [])),
                f"{r['DOC_ID']}/{r['SEG_ID']}",
            )
            for r in records
        ]
        yield path.stem, segments


def load_wmt23(external: Path) -> Iterator[tuple[str, list[Segment]]]:
    base = external / "wmt23-mqm-ende"
    sources = (base / "sources" / "en-de.txt").read_text(encoding="utf-8").split("\n")
    ratings: dict[str, list[str]] = defaultdict(list)
    for line in (base / "human-scores" / "en-de.mqm.merged.seg.rating").read_text(encoding="utf-8").splitlines():
        system, _, rating = line.partition("\t")
        ratings[system].append(rating)
    for system in sorted(ratings):
        output_file = base / "system-outputs" / "en-de" / f"{system}.txt"
        if not output_file.is_file():
            continue
        outputs = output_file.read_text(encoding="utf-8").split("\n")
        segments = []
        for index, rating in enumerate(ratings[system]):
            if rating.strip() == "None":
                continue  # not rated: neither a finding nor a miss can be judged
            source, target = sources[index], outputs[index]
            target_errors: list[Error] = []
            source_errors: list[Error] = []
            for error in json.loads(rating)["errors"]:
                on_source = bool(error["is_source_error"])
                text = source if on_source else target
                span = Span(min(error["start"], len(text)), min(max(error["end"], error["start"]), len(text)))
                item = Error(str(error["category"]).lower(), span, text[span.start : span.end])
                (source_errors if on_source else target_errors).append(item)
            segments.append(Segment(source, target, "en", "de", tuple(target_errors), tuple(source_errors), str(index)))
        yield system, segments


_MARKED = re.compile(r"<v>(.*?)</v>", re.DOTALL)


def _unmark(text: str) -> tuple[str, list[Span]]:
    """``text`` without its ``<v>…</v>`` marks, and the spans they enclosed."""
    plain: list[str] = []
    spans: list[Span] = []
    position = 0
    for match in _MARKED.finditer(text):
        plain.append(text[position : match.start()])
        start = sum(len(part) for part in plain)
        plain.append(match.group(1))
        spans.append(Span(start, start + len(match.group(1))))
        position = match.end()
    plain.append(text[position:])
    return "".join(plain), spans


def load_ted(external: Path, source_lang: str, target_lang: str) -> Iterator[tuple[str, list[Segment]]]:
    pair = source_lang + target_lang
    path = external / "wmt-mqm-google" / "ted" / pair / f"mqm_ted_{pair}.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    grouped: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        grouped[row["system"]][row["seg_id"]].append(row)
    for system in sorted(grouped):
        segments = []
        for seg_id, errors in sorted(grouped[system].items(), key=lambda item: int(item[0])):
            source, _ = _unmark(errors[0]["source"])
            target, _ = _unmark(errors[0]["target"])
            target_errors: list[Error] = []
            source_errors: list[Error] = []
            for row in errors:
                category = row["category"].lower()
                if category == "no-error":
                    continue
                for on_source, column in ((False, "target"), (True, "source")):
                    text, spans = _unmark(row[column])
                    for span in spans:
                        (source_errors if on_source else target_errors).append(
                            Error(category, span, text[span.start : span.end])
                        )
            segments.append(
                Segment(source, target, source_lang, target_lang, tuple(target_errors), tuple(source_errors), seg_id)
            )
        yield system, segments


DATASETS: dict[str, Callable[[Path], Iterator[tuple[str, list[Segment]]]]] = {
    "bio-en-fr": lambda external: load_bio(external, "en2fr"),
    "bio-fr-en": lambda external: load_bio(external, "fr2en"),
    "wmt23-en-de": load_wmt23,
    "ted-en-de": lambda external: load_ted(external, "en", "de"),
    "ted-zh-en": lambda external: load_ted(external, "zh", "en"),
}


def external_folder(path: Path) -> Path:
    """``--external`` as given, relative to the repository root when not absolute."""
    return path if path.is_absolute() else ROOT / path


# --- Contexts ---------------------------------------------------------------------------------------


def _document(text: str, lang: str, name: str) -> Document:
    stripped = text.strip()
    start = text.find(stripped) if stripped else 0
    paragraph = Paragraph(0, Span(start, start + len(stripped)), stripped)
    return segment_document(Document(name, text, lang, (paragraph,), ""), lang)


@cache
def _identifier() -> LanguageIdentifier:
    # One identifier for the whole bench: lingua's models load once.
    return LanguageIdentifier()


@cache
def _memo() -> RunMemo:
    # The bench is one run, as a Checker's folder run is: memoised helpers are shared by its segments.
    return RunMemo()


def _joined_document(texts: Sequence[str], lang: str, name: str) -> Document:
    """One paragraph per text, joined by blank lines."""
    paragraphs: list[Paragraph] = []
    offset = 0
    for index, text in enumerate(texts):
        stripped = text.strip()
        paragraphs.append(Paragraph(index, Span(offset, offset + len(stripped)), stripped))
        offset += len(stripped) + 2
    return segment_document(Document(name, "\n\n".join(t.strip() for t in texts), lang, tuple(paragraphs), ""), lang)


def build_document_context(segments: Sequence[Segment], config: CheckConfig, encoder: Encoder) -> CheckContext:
    """An article of several segments (non-empty on both sides), one paragraph each, paired in order and
    scored by ``encoder``: what a file of consecutive segments gives mtqa, with the article-wide
    figures (median length ratio, median similarity) that the omission checks compare each sentence to.
    Sentences inside each paragraph are paired as in :func:`build_context`."""
    first = segments[0]
    source = _joined_document([s.source for s in segments], first.source_lang, "source")
    target = _joined_document([s.target for s in segments], first.target_lang, "target")
    beads: list[ParagraphBead] = []
    for source_paragraph, target_paragraph in zip(source.paragraphs, target.paragraphs, strict=True):
        source_ids = tuple(s.index for s in source_paragraph.sentences)
        target_ids = tuple(s.index for s in target_paragraph.sentences)
        if len(source_ids) == len(target_ids):
            sentences = tuple(Bead((s,), (t,), None) for s, t in zip(source_ids, target_ids, strict=True))
        else:
            sentences = (Bead(source_ids, target_ids, None),)
        beads.append(ParagraphBead((source_paragraph.index,), (target_paragraph.index,), None, sentences))
    from mtqa.align.document import score_alignment

    alignment = score_alignment(source, target, beads, encoder)
    return CheckContext(source, target, alignment, config, encoder, identifier=_identifier(), memo=_memo())


def build_context(segment: Segment, config: CheckConfig, encoder: Encoder | None = None) -> CheckContext | None:
    """A one-paragraph article for the segment, sentences paired 1-1 when both sides have as many
    (otherwise the segment is one sentence bead). None for an empty side. Without ``encoder`` the beads
    have no similarity and the checks that need an encoder do not run; with one, the beads are scored as
    the pipeline scores a given alignment (``score_alignment``) and the context carries the encoder."""
    if not segment.source.strip() or not segment.target.strip():
        return None
    source = _document(segment.source, segment.source_lang, "source")
    target = _document(segment.target, segment.target_lang, "target")
    source_ids = tuple(s.index for s in source.sentences)
    target_ids = tuple(s.index for s in target.sentences)
    if len(source_ids) == len(target_ids):
        sentences = tuple(Bead((s,), (t,), None) for s, t in zip(source_ids, target_ids, strict=True))
    else:
        sentences = (Bead(source_ids, target_ids, None),)
    bead = ParagraphBead((0,), (0,), None, sentences)
    alignment = Alignment((bead,), "bench-1-1")
    if encoder is not None:
        from mtqa.align.document import score_alignment

        alignment = score_alignment(source, target, alignment.beads, encoder)
    return CheckContext(source, target, alignment, config, encoder, identifier=_identifier(), memo=_memo())
