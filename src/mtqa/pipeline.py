"""The library entry points: a :class:`Checker` that holds loaded models across articles, and
:func:`check_article` for one article pair. Both return :class:`~mtqa.model.ArticleReport`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from mtqa import __version__
from mtqa.config import CheckConfig, Config
from mtqa.errors import InputError, LanguageError
from mtqa.io.decoding import MAX_PARAGRAPHS, MAX_SENTENCES
from mtqa.lang import Language
from mtqa.model import Alignment, ArticleReport, Document, InputIssue, Signature
from mtqa.runcache import RunMemo

if TYPE_CHECKING:
    from mtqa.checks.base import Check
    from mtqa.embed.base import Encoder
    from mtqa.io.units import BilingualDocument, UnitPair
    from mtqa.lang.detect import LanguageIdentifier
    from mtqa.lang.store import LanguageStore

Input = Path | str | Document


@dataclass(frozen=True)
class PreparedPair:
    source: Document
    target: Document


def checks_signature(check_ids: list[str]) -> str:
    """``<count>-<digest>`` of the check ids: two reports made with other checks differ here."""
    digest = hashlib.sha256("\n".join(sorted(check_ids)).encode()).hexdigest()[:8]
    return f"{len(check_ids)}-{digest}"


class Checker:
    """Checks translated articles with its models loaded once: the encoder (one per encoder setting
    of the configs it is given), language identification, and the memo of the checks' text helpers
    (:mod:`mtqa.runcache`). Folder runs, ``compare`` and Dask workers keep one Checker for all their
    articles; nothing it holds outlives it.
    """

    def __init__(self, config: Config | None = None, encoder: Encoder | None = None, *, keep_going: bool = False):
        self.config = config or Config()
        self.keep_going = keep_going
        self._encoder = encoder
        self._encoders: dict[tuple[str, bool, Path | None], Encoder] = {}
        self._identifier: LanguageIdentifier | None = None
        self._language_stores: dict[Path | None, LanguageStore] = {}
        self._memo = RunMemo()
        # Documents (by path) whose language was identified, not given: nothing contradicts it, and
        # asking lingua again cost 17 ms an article side (language_warnings).
        self.identified: set[str] = set()

    def encoder_for(self, config: Config, pair: PreparedPair | None = None) -> Encoder:
        """The encoder given to the Checker, or the one ``config`` names (loaded once per setting); for
        ``auto``, the one it chooses for the pair's languages."""
        from mtqa.embed.auto import for_languages

        if self._encoder is not None:
            encoder = self._encoder
        else:
            key = (config.encoder, config.cache, config.cache_dir)
            if key not in self._encoders:
                from mtqa.embed import get_encoder

                self._encoders[key] = get_encoder(config.encoder, cache=config.cache, cache_dir=config.cache_dir)
            encoder = self._encoders[key]
        return encoder if pair is None else for_languages(encoder, pair.source.lang, pair.target.lang)

    @property
    def identifier(self) -> LanguageIdentifier:
        if self._identifier is None:
            from mtqa.lang.detect import LanguageIdentifier

            self._identifier = LanguageIdentifier()
        return self._identifier

    def prepare(
        self,
        source: Input,
        target: Input,
        source_lang: Language | str | None = None,
        target_lang: Language | str | None = None,
        *,
        config: Config | None = None,
        max_paragraphs: int | None = None,
    ) -> PreparedPair:
        """Read (when given paths, within the input size limit of ``config``, default the Checker's),
        identify languages (when not given) and segment both sides. A side of more than
        ``max_paragraphs`` paragraphs is refused (:class:`~mtqa.errors.InputError`) before it is
        segmented, and with that limit given, one of more than ``MAX_SENTENCES`` sentences after."""
        from mtqa.io import read_document
        from mtqa.segment import segment_document

        limit = (config or self.config).input.max_size
        documents = []
        for side, item, lang in (("source", source, source_lang), ("target", target, target_lang)):
            document = item if isinstance(item, Document) else read_document(item, max_bytes=limit)
            if max_paragraphs is not None and len(document.paragraphs) > max_paragraphs:
                raise InputError(
                    f"{document.path}: {len(document.paragraphs):,} paragraphs (table cells, list items, units "
                    f"count as paragraphs), more than the {max_paragraphs:,} mtqa checks as one article; "
                    "split the file"
                )
            language = self._language(document, lang, config or self.config, side)
            segmented = segment_document(document, language)
            if max_paragraphs is not None and len(segmented.sentences) > MAX_SENTENCES:
                raise InputError(
                    f"{document.path}: {len(segmented.sentences):,} sentences, more than the {MAX_SENTENCES:,} mtqa "
                    "checks as one article; split the file"
                )
            documents.append(segmented)
        return PreparedPair(documents[0], documents[1])

    def _language(self, document: Document, lang: Language | str | None, config: Config, side: str) -> Language:
        if isinstance(lang, Language):
            return lang
        if lang is not None:
            return Language.parse(lang)
        if document.lang:
            try:
                declared = Language.parse(document.lang)
            except LanguageError as error:  # a tag the file declares (XLIFF, TMX, PO): say which file
                raise LanguageError(
                    f"{document.path}: the {side} language the file declares: {error}; or give --{side}-lang"
                ) from None
            # "und" (undetermined) declares no language: the text's is detected, as with no tag at all,
            # rather than checked by the rules of none.
            if declared.known:
                return declared
        self.identified.add(str(document.path))
        return self.identifier.document_language(document, self.language_store(config))

    def language_store(self, config: Config) -> LanguageStore | None:
        """The document languages of the config's cache folder (None with the cache off), one per folder."""
        if not config.cache:
            return None
        if config.cache_dir not in self._language_stores:
            from mtqa.cachefile import default_cache_dir
            from mtqa.lang.detect import document_detector_name
            from mtqa.lang.store import LanguageStore

            folder = config.cache_dir or default_cache_dir()
            self._language_stores[config.cache_dir] = LanguageStore(folder, document_detector_name())
        return self._language_stores[config.cache_dir]

    def check(
        self,
        source: Input,
        target: Input,
        *,
        source_lang: Language | str | None = None,
        target_lang: Language | str | None = None,
        config: Config | None = None,
        alignment: Alignment | None = None,
    ) -> ArticleReport:
        """Align (unless ``alignment`` is given), score and check one translated article.

        ``config`` overrides the Checker's for this article (a folder's own glossary). A given
        ``alignment`` (bilingual files, pre-aligned segments) is used as it is; the encoder only scores
        its beads. Raises :class:`~mtqa.errors.MtqaError` subclasses for bad input or configuration,
        and :class:`~mtqa.errors.CheckCrashed` when a check fails (unless ``keep_going``).
        """
        from mtqa.align import align_documents, score_alignment
        from mtqa.checks.registry import select_checks

        config = config or self.config
        checks = select_checks(config.checks.enable, config.checks.disable)  # bad options fail before reading
        pair = self.prepare(source, target, source_lang, target_lang, config=config, max_paragraphs=MAX_PARAGRAPHS)
        encoder = self.encoder_for(config, pair)
        if alignment is None:
            alignment = align_documents(pair.source, pair.target, encoder)
        else:
            alignment = score_alignment(pair.source, pair.target, alignment.beads, encoder)
        return self._check_aligned(pair, alignment, config, encoder, checks)

    def check_bilingual(
        self,
        document: BilingualDocument,
        *,
        source_lang: Language | str | None = None,
        target_lang: Language | str | None = None,
        config: Config | None = None,
    ) -> ArticleReport:
        """Check a bilingual file (XLIFF, TMX, PO, CSV ..., or a pair of resource files) read by
        :func:`mtqa.io.read_bilingual`: its units are the paragraph beads, the aligner only aligns
        sentences inside them and reports the units it would have paired otherwise; the file's own
        problems (empty units, states, fuzzy entries) come with the report as ``input_issues``."""
        from mtqa.align import align_units_given
        from mtqa.checks.registry import select_checks

        config = config or self.config
        checks = select_checks(config.checks.enable, config.checks.disable)
        pair = self.prepare(document.source, document.target, source_lang, target_lang, max_paragraphs=MAX_PARAGRAPHS)
        encoder = self.encoder_for(config, pair)
        alignment, doubtful = align_units_given(pair.source, pair.target, document.beads(), encoder)
        units = [p for p in document.pairs if p.source or p.target]
        issues = (*document.issues, *(_doubtful_issue(pair, units[position]) for position in doubtful))
        return self._check_aligned(pair, alignment, config, encoder, checks, issues)

    def _check_aligned(
        self,
        pair: PreparedPair,
        alignment: Alignment,
        config: Config,
        encoder: Encoder,
        checks: list[type[Check]],
        input_issues: tuple[InputIssue, ...] = (),
    ) -> ArticleReport:
        from mtqa.checks.base import CheckContext
        from mtqa.checks.protect import masked
        from mtqa.checks.runner import run_checks
        from mtqa.score import evaluate_gate, summarise
        from mtqa.score.estimate import estimate_report, with_quality

        source, target = masked(pair.source), masked(pair.target)
        checks_config = _article_profile(config.checks, pair.source)
        context = CheckContext(
            source,
            target,
            alignment,
            checks_config,
            encoder,
            # Sentence answers kept in the cache folder: a warm run does not load lingua's sentence models.
            self.identifier.storing_sentences(self.language_store(config)),
            original_source=pair.source if source is not pair.source else None,
            original_target=pair.target if target is not pair.target else None,
            memo=self._memo,
        )
        run = run_checks(context, checks, keep_going=self.keep_going)
        similarities = [bead.similarity for bead in alignment.beads if bead.similarity is not None]
        # The estimate reads the findings and the similarities; it adds no finding (docs/scoring.md).
        estimate = estimate_report(pair.source, pair.target, alignment, run.findings, encoder.signature)
        alignment = with_quality(alignment, estimate)
        summary = summarise(
            run.findings,
            pair.target.word_count,
            similarities,
            config.gate,
            source_words=pair.source.word_count,
            estimate=estimate.article,
            input_issues=len(input_issues),
        )
        _, gate_reasons = evaluate_gate(
            run.findings, summary.quality_score, config.gate, input_issues=len(input_issues)
        )
        return ArticleReport(
            source=pair.source,
            target=pair.target,
            alignment=alignment,
            findings=run.findings,
            summary=summary,
            signature=_signature(encoder, alignment, checks),
            tool_version=__version__,
            gate_reasons=gate_reasons,
            check_errors=run.problems,
            input_issues=input_issues,
            profile=checks_config.profile,
            profile_inferred=checks_config.infer_profile,
        )


def _article_profile(checks: CheckConfig, source: Document) -> CheckConfig:
    """The checks' config with the article's genre, read from the source unless the user chose one."""
    if not checks.infer_profile:
        return checks
    from mtqa.genre import inferred_profile

    profile = inferred_profile(source)
    return checks if profile == checks.profile else replace(checks, profile=profile)


def _doubtful_issue(pair: PreparedPair, unit: UnitPair) -> InputIssue:
    paragraph = pair.target.paragraphs[unit.target[0]]
    return InputIssue(
        "misaligned",
        f"unit {unit.unit!r}: the aligner would not pair this translation with its source "
        "(it may belong to another unit, or not translate it)",
        unit.unit,
        "target",
        pair.target.locate(paragraph.span.start),
    )


def _signature(encoder: Encoder, alignment: Alignment, checks: list[type[Check]]) -> Signature:
    return Signature(
        encoder=encoder.signature,
        aligner=alignment.aligner,
        checks=checks_signature([check.info.id for check in checks]),
        version=__version__,
    )


def check_article(
    source: Input,
    target: Input,
    config: Config | None = None,
    *,
    source_lang: Language | str | None = None,
    target_lang: Language | str | None = None,
    encoder: Encoder | None = None,
    keep_going: bool = False,
) -> ArticleReport:
    """Align, score and check one translated article (a :class:`Checker` used once).

    ``encoder`` overrides the one named in the config. Raises :class:`~mtqa.errors.MtqaError`
    subclasses for bad input or configuration.
    """
    checker = Checker(config, encoder, keep_going=keep_going)
    return checker.check(source, target, source_lang=source_lang, target_lang=target_lang)


def load_pair(
    source: Input,
    target: Input,
    source_lang: Language | str | None = None,
    target_lang: Language | str | None = None,
) -> PreparedPair:
    """Read, identify languages and segment a pair without checking it (``mtqa align``)."""
    return Checker().prepare(source, target, source_lang, target_lang)


__all__ = ["Checker", "PreparedPair", "check_article", "checks_signature", "load_pair"]


def language_warnings(
    checker: Checker,
    report: ArticleReport,
    source_lang: str | None,
    target_lang: str | None,
    config: Config | None = None,
) -> list[str]:
    """A language given (option, file or folder marker) that the text plainly is not (a German file given
    as the French translation, the two languages swapped), and one language on both sides: warnings, as
    the checks follow what was given. The same for one article and for each article of a run. The
    languages identified on the way are kept in the cache folder of ``config`` (default the Checker's)."""
    store = checker.language_store(config or checker.config)
    warnings = []
    for side, document, given in (("source", report.source, source_lang), ("translation", report.target, target_lang)):
        declared = given or document.lang
        if not declared or (not given and str(document.path) in checker.identified):
            continue  # identified, not declared: nothing to contradict
        found = checker.identifier.contradiction(document, Language.parse(declared), store)
        if found is not None:
            warnings.append(
                f"{document.path}: the {side} reads as {found.tag}, not {declared} as given; "
                "the checks follow the language given"
            )
    if report.source.lang and report.source.lang == report.target.lang:
        warnings.append(
            f"the source and the translation are both in {report.source.lang}; give the "
            "languages with --source-lang/--target-lang if one of them is wrong"
        )
    return warnings
