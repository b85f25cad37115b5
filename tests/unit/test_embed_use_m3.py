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
