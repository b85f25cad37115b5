"""Gold annotations of an article pair (``gold.json``) and the scoring of a report against them.

The format is documented in ``corpora/README.md``. A finding matches a gold artefact when both have
the same category and the finding's span overlaps the artefact's excerpt in the same paragraph, on the
target side (on the source side for omissions). Categories that measure the same defect from two
angles are treated as one (see ``_EQUIVALENT``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mtqa.errors import InputError
from mtqa.model import ArticleReport, Document, Finding, Span

if TYPE_CHECKING:
    from mtqa.embed.base import Encoder

# A gold "omission" may be reported as a length problem (a much shorter bead), or as a number of the
# omitted source text that the translation lacks (a source-anchored number finding inside the omitted
# passage points an editor at exactly what is missing); both are right answers.
_EQUIVALENT: dict[str, frozenset[str]] = {
    "omission": frozenset({"omission", "length", "number"}),
    "length": frozenset({"omission", "length"}),
    "terminology": frozenset({"terminology", "consistency"}),
    "consistency": frozenset({"terminology", "consistency"}),
}


@dataclass(frozen=True)
class GoldArtefact:
    category: str
    side: str
    paragraph: int
    excerpt: str
    occurrence: int = 1
    note: str = ""


@dataclass(frozen=True)
class Gold:
    folder: Path
    source: str
    target: str
    source_lang: str
    target_lang: str
    alignment: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]
    artefacts: tuple[GoldArtefact, ...]
    clean_target_paragraphs: tuple[int, ...]

    @property
    def source_path(self) -> Path:
        return self.folder / self.source

    @property
    def target_path(self) -> Path:
        return self.folder / self.target


def load_gold(folder: Path) -> Gold:
    path = folder / "gold.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Gold(
            folder=folder,
            source=data["source"],
            target=data["target"],
            source_lang=data["source_lang"],
            target_lang=data["target_lang"],
            alignment=tuple((tuple(b["source"]), tuple(b["target"])) for b in data["alignment"]),
            artefacts=tuple(
                GoldArtefact(
                    category=a["category"],
                    side=a.get("side", "target"),
                    paragraph=a["paragraph"],
                    excerpt=a["excerpt"],
                    occurrence=a.get("occurrence", 1),
                    note=a.get("note", ""),
                )
                for a in data["artefacts"]
            ),
            clean_target_paragraphs=tuple(data.get("clean_target_paragraphs", ())),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(f"{path}: not a valid gold file ({error})") from None


def check_gold_article(gold: Gold, encoder: Encoder | None = None) -> ArticleReport:
    """Check a gold article pair the way a user would: with the ``mtqa.toml`` of its folder, if any."""
    from mtqa.config import load_config
    from mtqa.pipeline import check_article

    config_file = gold.folder / "mtqa.toml"
    return check_article(
        gold.source_path,
        gold.target_path,
        load_config(config_file if config_file.is_file() else None),
        source_lang=gold.source_lang,
        target_lang=gold.target_lang,
        encoder=encoder,
    )


def artefact_span(artefact: GoldArtefact, document: Document) -> Span:
    """Where the artefact's excerpt stands in the document (its k-th occurrence in the paragraph)."""
    paragraph = document.paragraphs[artefact.paragraph]
    position = -1
    for _ in range(artefact.occurrence):
        position = paragraph.text.find(artefact.excerpt, position + 1)
        if position < 0:
            where = f"paragraph {artefact.paragraph}"
            raise InputError(f"{document.path}: gold excerpt {artefact.excerpt!r} not found in {where}")
    start = paragraph.span.start + position
    return Span(start, start + len(artefact.excerpt))


def _finding_span(finding: Finding, side: str) -> Span | None:
    return finding.source_span if side == "source" else finding.target_span


def _matches(finding: Finding, artefact: GoldArtefact, span: Span) -> bool:
    categories = _EQUIVALENT.get(artefact.category, frozenset({artefact.category}))
    found = _finding_span(finding, artefact.side)
    return finding.category in categories and found is not None and found.overlaps(span)


@dataclass(frozen=True)
class GoldScore:
    found: tuple[GoldArtefact, ...]
    missed: tuple[GoldArtefact, ...]
    true_findings: tuple[Finding, ...]
    false_findings: tuple[Finding, ...]
    alignment_equal: bool

    @property
    def precision(self) -> float:
        total = len(self.true_findings) + len(self.false_findings)
        return len(self.true_findings) / total if total else 1.0

    @property
    def recall(self) -> float:
        total = len(self.found) + len(self.missed)
        return len(self.found) / total if total else 1.0


def score_report(report: ArticleReport, gold: Gold) -> GoldScore:
    """Compare a report's findings and paragraph alignment with the gold annotations."""
    spans = [artefact_span(a, report.source if a.side == "source" else report.target) for a in gold.artefacts]
    found: list[GoldArtefact] = []
    missed: list[GoldArtefact] = []
    for artefact, span in zip(gold.artefacts, spans, strict=True):
        (found if any(_matches(f, artefact, span) for f in report.findings) else missed).append(artefact)
    true_findings: list[Finding] = []
    false_findings: list[Finding] = []
    for finding in report.findings:
        hit = any(_matches(finding, a, s) for a, s in zip(gold.artefacts, spans, strict=True))
        (true_findings if hit else false_findings).append(finding)
    predicted = tuple((bead.source, bead.target) for bead in report.alignment.beads)
    return GoldScore(
        tuple(found), tuple(missed), tuple(true_findings), tuple(false_findings), predicted == gold.alignment
    )


def category_table(scores: Iterable[GoldScore]) -> dict[str, tuple[int, int, int]]:
    """Per category: (gold artefacts found, gold artefacts, false findings)."""
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    false: Counter[str] = Counter()
    for score in scores:
        found.update(a.category for a in score.found)
        total.update(a.category for a in (*score.found, *score.missed))
        false.update(f.category for f in score.false_findings)
    return {c: (found[c], total[c], false[c]) for c in sorted(set(total) | set(false))}
