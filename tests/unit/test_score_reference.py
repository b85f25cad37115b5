"""sacrebleu's metrics as mtqa uses them: the vectorised corpus formulas equal sacrebleu's own."""

from __future__ import annotations

import numpy as np
import pytest
from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.ter import TER

from mtqa.errors import UsageError
from mtqa.io.text import document_from_text
from mtqa.score.reference import (
    MetricUnavailable,
    bleu_tokenizer,
    corpus_score,
    label,
    make_metric,
    pair_paragraphs,
    reference_scores,
    segment_statistics,
    statistics_width,
    vector_scores,
)

HYPOTHESES = [
    "The cat sat on the mat.",
    "A quick brown fox jumps over the lazy dog!",
    "",
    "Prices rose by 5.2 percent in 2023, officials said.",
    "Nothing matches here at all",
]
REFERENCES = [
    "The cat was sitting on the mat.",
    "The quick brown fox jumped over the lazy dog.",
    "An empty hypothesis.",
    "Officials said prices rose 5.2 percent in 2023.",
    "",
]


def _bleu_stats(rng: np.random.Generator, rows: int, order: int = 4) -> np.ndarray:
    total = rng.integers(0, 60, size=(rows, order))
    total[rng.random((rows, order)) < 0.1] = 0  # empty orders (short hypotheses)
    correct = np.minimum(total, rng.integers(0, 40, size=(rows, order)))
    correct[rng.random((rows, order)) < 0.2] = 0  # no match at some order
    sys_len = total[:, 0]
    ref_len = np.maximum(0, sys_len + rng.integers(-20, 20, size=rows))
    return np.column_stack([sys_len, ref_len, correct, total]).astype(np.float64)


def _chrf_stats(rng: np.random.Generator, rows: int, order: int) -> np.ndarray:
    hyp = rng.integers(0, 300, size=(rows, order))
    ref = rng.integers(0, 300, size=(rows, order))
    hyp[rng.random((rows, order)) < 0.1] = 0
    ref[rng.random((rows, order)) < 0.1] = 0
    match = np.minimum(np.minimum(hyp, ref), rng.integers(0, 250, size=(rows, order)))
    return np.stack([hyp, ref, match], axis=2).reshape(rows, 3 * order).astype(np.float64)


def _ter_stats(rng: np.random.Generator, rows: int) -> np.ndarray:
    edits = rng.integers(0, 50, size=rows).astype(np.float64)
    lengths = rng.integers(0, 60, size=rows) / rng.integers(1, 4, size=rows)  # averages of 1-3 references
    edits[rng.random(rows) < 0.05] = 0
    return np.column_stack([edits, lengths])


def _sacrebleu(metric: object, row: np.ndarray) -> float:
    values = [int(v) for v in row] if not isinstance(metric, TER) else [int(row[0]), float(row[1])]
    return float(metric._compute_score_from_stats(values).score)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "metric",
    [
        BLEU(),
        BLEU(smooth_method="floor"),
        BLEU(smooth_method="add-k"),
        BLEU(smooth_method="none"),
        BLEU(effective_order=True),
        BLEU(max_ngram_order=2),
    ],
    ids=["exp", "floor", "add-k", "none", "effective-order", "order-2"],
)
def test_vectorised_bleu_equals_sacrebleu(metric: BLEU) -> None:
    rng = np.random.default_rng(1)
    stats = _bleu_stats(rng, 3000, metric.max_ngram_order)
    expected = np.array([_sacrebleu(metric, row.copy()) for row in stats])
    np.testing.assert_allclose(vector_scores(metric, stats), expected, rtol=0, atol=1e-9)


@pytest.mark.parametrize(
    "metric",
    [CHRF(), CHRF(word_order=2), CHRF(eps_smoothing=True), CHRF(word_order=2, beta=1)],
    ids=["chrF", "chrF++", "eps", "chrF1++"],
)
def test_vectorised_chrf_equals_sacrebleu(metric: CHRF) -> None:
    rng = np.random.default_rng(2)
    stats = _chrf_stats(rng, 3000, metric.order)
    expected = np.array([_sacrebleu(metric, row) for row in stats])
    np.testing.assert_allclose(vector_scores(metric, stats), expected, rtol=0, atol=1e-9)


def test_vectorised_ter_equals_sacrebleu() -> None:
    metric = TER()
    stats = _ter_stats(np.random.default_rng(3), 3000)
    stats[:5] = [[0, 0], [3, 0], [0, 5], [2, 4], [7, 2.5]]  # empty reference, empty both, ...
    expected = np.array([_sacrebleu(metric, row) for row in stats])
    np.testing.assert_allclose(vector_scores(metric, stats), expected, rtol=0, atol=1e-9)


@pytest.mark.parametrize("name", ["bleu", "chrf", "chrf++", "ter"])
def test_corpus_score_from_segment_statistics_is_sacrebleus_corpus_score(name: str) -> None:
    metric = make_metric(name, "en")
    stats = segment_statistics(metric, HYPOTHESES, [REFERENCES])
    assert stats.shape == (len(HYPOTHESES), statistics_width(metric))
    expected = make_metric(name, "en").corpus_score(HYPOTHESES, [REFERENCES]).score
    assert corpus_score(metric, stats.sum(axis=0)) == pytest.approx(expected, abs=1e-12)
    assert vector_scores(metric, stats.sum(axis=0))[0] == pytest.approx(expected, abs=1e-9)


def test_labels_are_sacrebleus_names() -> None:
    assert [label(make_metric(n, "fr")) for n in ("bleu", "chrf", "chrf++", "ter")] == [
        "BLEU",
        "chrF2",
        "chrF2++",
        "TER",
    ]


@pytest.mark.parametrize(
    ("lang", "tokenizer"),
    [
        ("fr", "13a"),
        ("de-CH", "13a"),
        ("zh", "zh"),
        ("zh-Hant", "zh"),
        ("ja", "ja-mecab"),
        ("ko_KR", "ko-mecab"),
        (None, "13a"),
    ],
)
def test_bleu_tokenizer_follows_the_target_language(lang: str | None, tokenizer: str) -> None:
    assert bleu_tokenizer(lang) == tokenizer


def test_chinese_bleu_uses_the_zh_tokenizer_in_its_signature() -> None:
    metric = make_metric("bleu", "zh")
    metric.corpus_score(["猫坐在垫子上。"], [["猫坐在垫子上。"]])
    assert "tok:zh" in metric.get_signature().format()


def test_a_missing_japanese_tokenizer_is_a_clear_message() -> None:
    try:
        import MeCab  # noqa: F401
    except ImportError:
        with pytest.raises(MetricUnavailable, match=r"ja-mecab.*pip install 'sacrebleu\[ja\]'"):
            make_metric("bleu", "ja")
    else:  # pragma: no cover - only where MeCab is installed
        assert make_metric("bleu", "ja") is not None


def test_unknown_names_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="unknown reference metric"):
        make_metric("meteor", "en")
    with pytest.raises(UsageError, match="unknown BLEU tokenizer"):
        make_metric("bleu", "en", tokenize="nope")


def test_paragraphs_pair_when_the_counts_agree_else_the_article_is_one_segment() -> None:
    assert pair_paragraphs(["a b", "c"], [["A B", "C"]]) == (["a b", "c"], [["A B", "C"]], "paragraph")
    assert pair_paragraphs(["a b", "c"], [["A B C"]]) == (["a b c"], [["A B C"]], "document")
    assert pair_paragraphs(["a", "b"], [["A", "B"], ["A B"]])[2] == "document"


def test_reference_scores_of_one_article() -> None:
    hypothesis = document_from_text("Le chat.\n\nIl dort sur le tapis.\n", "fr.txt", "fr")
    reference = document_from_text("Le chat.\n\nIl dort sur le tapis rouge.\n", "ref.txt", "fr")
    scores, unavailable = reference_scores(hypothesis, [reference], "fr")
    assert unavailable == ()
    by_name = {score.name: score for score in scores}
    assert set(by_name) == {"bleu", "chrf", "chrf++", "ter"}
    expected = CHRF().corpus_score(["Le chat.", "Il dort sur le tapis."], [["Le chat.", "Il dort sur le tapis rouge."]])
    assert by_name["chrf"].score == pytest.approx(expected.score)
    assert by_name["chrf"].unit == "paragraph" and by_name["chrf"].segments == 2
    assert by_name["bleu"].signature.startswith("nrefs:1|") and "tok:13a" in by_name["bleu"].signature
    assert 0 < by_name["ter"].score < 100
