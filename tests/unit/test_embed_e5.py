from __future__ import annotations

import numpy as np
import pytest

from mtqa.embed.e5 import E5SmallEncoder
from mtqa.errors import EncoderError

DIMENSION = E5SmallEncoder.dimension


def test_empty_batch_does_not_load_the_model() -> None:
    encoder = E5SmallEncoder()
    assert encoder.encode([]).shape == (0, DIMENSION)
    assert encoder._model is None


def test_prefix_is_part_of_the_signature_and_validated() -> None:
    assert "[query]" in E5SmallEncoder().signature
    assert "[passage]" in E5SmallEncoder(prefix="passage").signature
    with pytest.raises(EncoderError, match="prefix"):
        E5SmallEncoder(prefix="document")


def test_rows_are_normalised_and_translations_are_closest() -> None:
    vectors = E5SmallEncoder().encode(
        ["The weather is nice today.", "Il fait beau aujourd'hui.", "Der Zug hat Verspätung."]
    )
    assert vectors.shape == (3, DIMENSION)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
