"""Reference-based metrics from sacrebleu: BLEU, chrF, chrF++ and TER, with sacrebleu's own signatures.

sacrebleu does the work: its metric objects tokenise, extract each segment's sufficient statistics
(``_extract_corpus_statistics``) and turn summed statistics into a score (``_compute_score_from_stats``).
mtqa never re-implements a metric's statistics. What it adds is :func:`vector_scores`, the corpus-score
formula of each metric written over a *matrix* of summed statistics (one row per bootstrap resample or
randomisation trial), so that 1,000 resamples and 10,000 trials over every pair of engines cost a few
numpy operations instead of tens of thousands of Python calls. ``tests/unit/test_score_reference.py``
checks that it equals ``_compute_score_from_stats`` to 1e-9 on thousands of random statistic vectors
for BLEU, chrF, chrF++ and TER, including the edge cases (no match, empty hypothesis, empty reference).

Tokenisation follows the target language as sacrebleu's own defaults do: ``13a`` for BLEU, ``zh`` for
Chinese, ``ja-mecab``/``ko-mecab`` for Japanese/Korean when their packages are installed (else the
metric is reported as not computable, with the command that installs them).

How segments are paired for an article (``mtqa check --reference`` and article folders in
``mtqa compare``): paragraph by paragraph when the translation and every reference have the same number
of paragraphs (what ``sacrebleu REF < HYP`` does on one-paragraph-a-line files), else the whole article
is one segment; :func:`pair_paragraphs` says which it chose.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from mtqa.errors import UsageError
from mtqa.model import ReferenceScore

if TYPE_CHECKING:
    from sacrebleu.metrics.base import Metric

    from mtqa.model import Document

Floats = NDArray[np.float64]

REFERENCE_METRICS: tuple[str, ...] = ("bleu", "chrf", "chrf++", "ter")
# sacrebleu's tokenizer per target language (its ``BLEU._TOKENIZER_MAP``), and the extra that installs it.
_LANGUAGE_TOKENIZERS = {"zh": "zh", "ja": "ja-mecab", "ko": "ko-mecab"}
_TOKENIZER_EXTRAS = {"ja-mecab": "sacrebleu[ja]", "ko-mecab": "sacrebleu[ko]"}
# sacrebleu's floor for log(0) in BLEU (``sacrebleu.utils.my_log``).
_LOG_ZERO = -9999999999.0


class MetricUnavailable(Exception):
    """A metric cannot be computed here (a tokenizer's package is missing); ``str`` says why and how."""


def bleu_tokenizer(target_lang: str | None) -> str:
    """The BLEU tokenizer sacrebleu would choose for this target language."""
    base = (target_lang or "").replace("_", "-").split("-")[0].lower()
    return _LANGUAGE_TOKENIZERS.get(base, "13a")


def make_metric(name: str, target_lang: str | None, *, tokenize: str | None = None) -> Metric:
    """A sacrebleu metric object with sacrebleu's default settings for ``name``.

    Raises :class:`MetricUnavailable` when the tokenizer the language needs is not installed, and
    :class:`~mtqa.errors.UsageError` for an unknown metric or tokenizer name.
    """
    from sacrebleu.metrics.bleu import BLEU
    from sacrebleu.metrics.chrf import CHRF
    from sacrebleu.metrics.ter import TER

    if name == "bleu":
        choice = tokenize or bleu_tokenizer(target_lang)
        if choice not in BLEU.TOKENIZERS:
            raise UsageError(f"unknown BLEU tokenizer {choice!r}; sacrebleu has: {', '.join(BLEU.TOKENIZERS)}")
        try:
            return BLEU(tokenize=choice, trg_lang=_base(target_lang))
        except (ImportError, RuntimeError, OSError) as error:
            extra = _TOKENIZER_EXTRAS.get(choice, "sacrebleu")
            raise MetricUnavailable(
                f"BLEU needs sacrebleu's {choice} tokenizer for target language {target_lang!r}, which cannot "
                f"load ({_first_line(error)}); install it with: pip install '{extra}'"
            ) from None
    if name == "chrf":
        return CHRF()
    if name == "chrf++":
        return CHRF(word_order=2)
    if name == "ter":
        return TER()
    raise UsageError(f"unknown reference metric {name!r}; one of {', '.join(REFERENCE_METRICS)}")


def _base(lang: str | None) -> str:
    return (lang or "").replace("_", "-").split("-")[0].lower()


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def segment_statistics(metric: Metric, hypotheses: Sequence[str], references: Sequence[Sequence[str]] | None) -> Floats:
    """Each segment's sufficient statistics, as sacrebleu extracts them: one row per hypothesis.

    ``references`` is a list of reference streams (each as long as ``hypotheses``), or None to use
    the references cached in ``metric``.
    """
    if not hypotheses:
        return np.zeros((0, statistics_width(metric)), dtype=np.float64)
    rows = metric._extract_corpus_statistics(list(hypotheses), references)
    return np.asarray(rows, dtype=np.float64).reshape(len(hypotheses), -1)


def distinct_statistics(metric: Metric, hypotheses: Sequence[str], references: Sequence[Sequence[str]]) -> Floats:
    """As :func:`segment_statistics`, extracting each distinct (hypothesis, references) pair once
    (engines often agree on a segment, and TER costs milliseconds a segment)."""
    keys = [(hypothesis, *(stream[i] for stream in references)) for i, hypothesis in enumerate(hypotheses)]
    distinct = list(dict.fromkeys(keys))
    if len(distinct) == len(keys):
        return segment_statistics(metric, hypotheses, references)
    rows = segment_statistics(
        metric, [key[0] for key in distinct], [[key[1 + r] for key in distinct] for r in range(len(references))]
    )
    position = {key: row for row, key in enumerate(distinct)}
    return rows[[position[key] for key in keys]]


def statistics_job(
    name: str, target_lang: str | None, tokenize: str | None, hypotheses: list[str], references: list[list[str]]
) -> Floats:
    """One metric's statistics of one engine, in a worker process (arguments and result pickle)."""
    return distinct_statistics(make_metric(name, target_lang, tokenize=tokenize), hypotheses, references)


def statistics_width(metric: Metric) -> int:
    """How many sufficient statistics one segment has for this metric."""
    from sacrebleu.metrics.bleu import BLEU
    from sacrebleu.metrics.chrf import CHRF

    if isinstance(metric, BLEU):
        return 2 + 2 * int(metric.max_ngram_order)
    if isinstance(metric, CHRF):
        return 3 * int(metric.order)
    return 2  # TER: edits, average reference length


def corpus_score(metric: Metric, summed: Sequence[float] | Floats) -> float:
    """sacrebleu's own score for summed statistics (the number every report shows)."""
    values = [float(value) for value in summed]
    return float(metric._compute_score_from_stats(_as_sacrebleu_stats(metric, values)).score)


def _as_sacrebleu_stats(metric: Metric, values: list[float]) -> list[Any]:
    from sacrebleu.metrics.ter import TER

    # sacrebleu sums Python ints for BLEU and chrF (and an int edit count for TER); give it the same
    # types so its arithmetic is the one it does on its own corpus scores.
    if isinstance(metric, TER):
        return [int(values[0]), values[1]]
    return [int(value) for value in values]


def signature(metric: Metric, **extra: object) -> str:
    """sacrebleu's signature of the metric (after its references are known), plus e.g. bs/ar/seed."""
    sig = metric.get_signature()
    for key, value in extra.items():
        sig.update(key, value)
    return str(sig.format())


def label(metric: Metric) -> str:
    """sacrebleu's display name of the metric: BLEU, chrF2, chrF2++, TER."""
    from sacrebleu.metrics.bleu import BLEU
    from sacrebleu.metrics.chrf import CHRF

    if isinstance(metric, BLEU):
        return "BLEU"
    if isinstance(metric, CHRF):
        return f"chrF{metric.beta}" + "+" * int(metric.word_order)
    return "TER"


# --- The corpus-score formulas over a matrix of summed statistics ----------------------------------


def vector_scores(metric: Metric, summed: Floats) -> Floats:
    """The metric's corpus score for every row of ``summed`` (rows: summed sufficient statistics)."""
    from sacrebleu.metrics.bleu import BLEU
    from sacrebleu.metrics.chrf import CHRF
    from sacrebleu.metrics.ter import TER

    matrix = np.atleast_2d(np.asarray(summed, dtype=np.float64))
    if isinstance(metric, BLEU):
        return _bleu(matrix, metric)
    if isinstance(metric, CHRF):
        return _chrf(matrix, metric)
    if isinstance(metric, TER):
        return _ter(matrix)
    raise TypeError(f"no vectorised score for {type(metric).__name__}")


def _bleu(stats: Floats, metric: Any) -> Floats:
    """``BLEU.compute_bleu`` row by row, in the same order of operations."""
    order = int(metric.max_ngram_order)
    method = str(metric.smooth_method)
    value = metric.smooth_value if metric.smooth_value is not None else metric.SMOOTH_DEFAULTS[method]
    # sacrebleu truncates the lengths with int() before using them.
    sys_len = np.trunc(stats[:, 0])
    ref_len = np.trunc(stats[:, 1])
    correct = stats[:, 2 : 2 + order].copy()
    total = stats[:, 2 + order : 2 + 2 * order].copy()
    rows = stats.shape[0]
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        brevity = np.where(
            sys_len < ref_len,
            np.where(sys_len > 0, np.exp(1 - ref_len / np.where(sys_len > 0, sys_len, 1.0)), 0.0),
            1.0,
        )
        no_match = ~np.any(correct != 0, axis=1)
        precisions = np.zeros((rows, order))
        active = np.ones(rows, dtype=bool)
        effective = np.full(rows, order)
        smooth = np.ones(rows)
        for n in range(order):
            if method == "add-k" and n > 0:
                correct[:, n] += value
                total[:, n] += value
            active &= total[:, n] != 0  # sacrebleu breaks out of its loop at the first empty order
            if metric.effective_order:
                effective = np.where(active, n + 1, effective)
            safe_total = np.where(active, total[:, n], 1.0)
            zero = active & (correct[:, n] == 0)
            if method == "exp":
                smooth = np.where(zero, smooth * 2, smooth)
                precisions[:, n] = np.where(zero, 100.0 / (smooth * safe_total), precisions[:, n])
            elif method == "floor":
                precisions[:, n] = np.where(zero, 100.0 * value / safe_total, precisions[:, n])
            hit = active & ~zero
            precisions[:, n] = np.where(hit, 100.0 * correct[:, n] / safe_total, precisions[:, n])
        logs = np.where(precisions == 0.0, _LOG_ZERO, np.log(np.where(precisions == 0.0, 1.0, precisions)))
        summed = np.zeros(rows)
        for n in range(order):  # left to right, as Python's sum() over the list
            summed = summed + np.where(n < effective, logs[:, n], 0.0)
        score = brevity * np.exp(summed / effective)
    return np.where(no_match, 0.0, score)


def _chrf(stats: Floats, metric: Any) -> Floats:
    """``CHRF._compute_f_score`` row by row, in the same order of operations."""
    eps = 1e-16
    factor = metric.beta**2
    rows = stats.shape[0]
    score = np.zeros(rows)
    precision_sum = np.zeros(rows)
    recall_sum = np.zeros(rows)
    effective = np.zeros(rows)
    with np.errstate(divide="ignore", invalid="ignore"):
        for i in range(int(metric.order)):
            n_hyp, n_ref, n_match = stats[:, 3 * i], stats[:, 3 * i + 1], stats[:, 3 * i + 2]
            precision = np.where(n_hyp > 0, n_match / np.where(n_hyp > 0, n_hyp, 1.0), eps)
            recall = np.where(n_ref > 0, n_match / np.where(n_ref > 0, n_ref, 1.0), eps)
            denominator = factor * precision + recall
            safe = np.where(denominator > 0, denominator, 1.0)
            score = score + np.where(denominator > 0, (1 + factor) * precision * recall / safe, eps)
            both = (n_hyp > 0) & (n_ref > 0)
            precision_sum = np.where(both, precision_sum + precision, precision_sum)
            recall_sum = np.where(both, recall_sum + recall, recall_sum)
            effective = effective + both
        if metric.eps_smoothing:
            return 100 * score / int(metric.order)
        safe_effective = np.where(effective > 0, effective, 1.0)
        average_precision = np.where(effective > 0, precision_sum / safe_effective, 0.0)
        average_recall = np.where(effective > 0, recall_sum / safe_effective, 0.0)
        numerator = (1 + factor) * average_precision * average_recall
        denominator = (factor * average_precision) + average_recall
        positive = (average_precision + average_recall) != 0
        f_score = numerator / np.where(positive, denominator, 1.0)
    return np.where(positive, 100 * f_score, 0.0)


def _ter(stats: Floats) -> Floats:
    """``TER._compute_score_from_stats`` row by row."""
    edits, reference_length = stats[:, 0], stats[:, 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = np.where(
            reference_length > 0,
            edits / np.where(reference_length > 0, reference_length, 1.0),
            np.where(edits > 0, 1.0, 0.0),
        )
    return 100 * rate


# --- One article against its reference(s): ``mtqa check --reference`` --------------------------------


def pair_paragraphs(
    hypothesis: Sequence[str], references: Sequence[Sequence[str]]
) -> tuple[list[str], list[list[str]], str]:
    """Segments of one article and its references: paragraph by paragraph when every reference has
    as many paragraphs as the translation, else the whole article as one segment.

    Returns ``(hypothesis segments, reference streams, "paragraph" | "document")``.
    """
    if hypothesis and all(len(reference) == len(hypothesis) for reference in references):
        return list(hypothesis), [list(reference) for reference in references], "paragraph"
    return [_joined(hypothesis)], [[_joined(reference)] for reference in references], "document"


def _joined(paragraphs: Sequence[str]) -> str:
    return " ".join(" ".join(paragraph.split()) for paragraph in paragraphs)


def paragraph_texts(document: Document) -> list[str]:
    """An article's paragraphs as one-line segments (line breaks inside a paragraph become spaces)."""
    return [" ".join(paragraph.text.split()) for paragraph in document.paragraphs]


def reference_scores(
    hypothesis: Document,
    references: Sequence[Document],
    target_lang: str | None,
    metrics: Sequence[str] = REFERENCE_METRICS,
) -> tuple[tuple[ReferenceScore, ...], tuple[str, ...]]:
    """sacrebleu's scores of one translated article against one or more references.

    Returns the scores and, for each metric that cannot be computed here, the reason.
    """
    hypotheses, streams, unit = pair_paragraphs(paragraph_texts(hypothesis), [paragraph_texts(r) for r in references])
    scores, unavailable = [], []
    for name in metrics:
        try:
            metric = make_metric(name, target_lang)
        except MetricUnavailable as error:
            unavailable.append(f"{name}: {error}")
            continue
        stats = segment_statistics(metric, hypotheses, streams)
        score = corpus_score(metric, stats.sum(axis=0))
        scores.append(ReferenceScore(name, label(metric), _finite(score), signature(metric), len(hypotheses), unit))
    return tuple(scores), tuple(unavailable)


def _finite(value: float) -> float:
    return value if math.isfinite(value) else 0.0
