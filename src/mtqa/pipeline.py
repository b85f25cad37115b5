"""The library entry point: one article pair in, one :class:`~mtqa.model.ArticleReport` out."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mtqa import __version__
from mtqa.config import Config
from mtqa.errors import InputError
from mtqa.model import ArticleReport, Document

if TYPE_CHECKING:
    from mtqa.embed.base import Encoder


@dataclass(frozen=True)
class PreparedPair:
    source: Document
    target: Document


def load_pair(
    source: Path | str | Document,
    target: Path | str | Document,
    source_lang: str | None = None,
    target_lang: str | None = None,
) -> PreparedPair:
    """Read (when given paths), identify languages (when not given) and segment both sides."""
    from mtqa.io import read_document
    from mtqa.segment import detect_language, is_supported_language, segment_document

    documents = []
    for item, lang in ((source, source_lang), (target, target_lang)):
        document = item if isinstance(item, Document) else read_document(item)
        if lang is not None and not is_supported_language(lang):
            raise InputError(f"unknown language code {lang!r}; use an ISO 639-1 code such as en, fr, de")
        language = lang or document.lang or detect_language(document)
        documents.append(segment_document(document, language))
    return PreparedPair(documents[0], documents[1])


def checks_signature(check_ids: list[str]) -> str:
    digest = hashlib.sha256("\n".join(sorted(check_ids)).encode()).hexdigest()[:8]
    return f"{len(check_ids)}-{digest}"


def check_article(
    source: Path | str | Document,
    target: Path | str | Document,
    config: Config | None = None,
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    encoder: Encoder | None = None,
) -> ArticleReport:
    """Align, score and check one translated article.

    ``encoder`` overrides the one named in the config (useful to share one loaded model across many
    articles). Raises :class:`~mtqa.errors.MtqaError` subclasses for bad input or configuration.
    """
    from mtqa.align import align_documents
    from mtqa.checks.base import CheckContext
    from mtqa.checks.registry import run_checks, select_checks
    from mtqa.embed import get_encoder
    from mtqa.score import evaluate_gate, summarise

    config = config or Config()
    checks = select_checks(config.checks.enable, config.checks.disable)
    pair = load_pair(source, target, source_lang, target_lang)
    if encoder is None:
        encoder = get_encoder(config.encoder, cache=config.cache, cache_dir=config.cache_dir)
    alignment = align_documents(pair.source, pair.target, encoder)
    context = CheckContext(pair.source, pair.target, alignment, config.checks, encoder)
    findings = run_checks(context, checks)
    similarities = [bead.similarity for bead in alignment.beads if bead.similarity is not None]
    summary = summarise(
        findings, pair.target.word_count, similarities, config.gate, source_words=pair.source.word_count
    )
    _, gate_reasons = evaluate_gate(findings, summary.quality_score, config.gate)
    signature = (
        f"encoder:{encoder.signature}|align:{alignment.signature.split('|')[0].removeprefix('align:')}"
        f"|checks:{checks_signature([c.info.id for c in checks])}|version:{__version__}"
    )
    return ArticleReport(
        source=pair.source,
        target=pair.target,
        alignment=alignment,
        findings=findings,
        summary=summary,
        signature=signature,
        tool_version=__version__,
        gate_reasons=gate_reasons,
    )
