"""The ``auto`` encoder: use-m3 where it was trained, e5-small elsewhere."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from mtqa.embed import get_encoder
from mtqa.embed.auto import AutoEncoder, for_languages, trained_on
from mtqa.embed.base import Matrix


class _Named:
    def __init__(self, name: str) -> None:
        self.signature = f"{name}@test"

    def encode(self, texts: Sequence[str]) -> Matrix:
        return np.ones((len(texts), 2), dtype=np.float32)


def _auto(created: list[str]) -> AutoEncoder:
    def create(name: str) -> _Named:
        created.append(name)
        return _Named(name)

    return AutoEncoder(create)


@pytest.mark.parametrize(
    ("languages", "chosen"),
    [
        (("en", "fr"), "use-m3"),
        (("de", "zh-Hant"), "use-m3"),
        (("pt-BR", "en"), "use-m3"),
        (("en", "cs"), "e5-small"),  # Czech: not among use-m3's 16 languages
        (("sv", "en"), "e5-small"),
        (("en", "und"), "use-m3"),  # an undetermined language changes nothing
        ((), "use-m3"),
    ],
)
def test_auto_chooses_by_the_languages(languages: tuple[str, ...], chosen: str) -> None:
    assert for_languages(_auto([]), *languages).signature == f"{chosen}@test"


def test_each_encoder_is_made_once_and_unresolved_auto_embeds_with_use_m3() -> None:
    created: list[str] = []
    auto = _auto(created)
    for_languages(auto, "en", "cs")
    for_languages(auto, "fi", "en")
    assert auto.encode(["a"]).shape == (1, 2) and auto.signature == "use-m3@test"
    assert created == ["e5-small", "use-m3"]


def test_other_encoders_are_kept_and_auto_is_the_registry_default() -> None:
    fixed = _Named("fast")
    assert for_languages(fixed, "en", "cs") is fixed  # type: ignore[arg-type]
    assert isinstance(get_encoder("auto", cache=False), AutoEncoder)


@pytest.mark.parametrize(
    ("encoder", "languages", "trusted"),
    [
        ("use-m3", ("en", "sv"), False),  # Swedish: not among use-m3's languages
        ("use-m3", ("cs", "de"), False),
        ("use-m3", ("de", "en"), True),
        ("use-m3", ("es-419", "pt-BR"), True),
        ("use-m3", ("en", "und"), True),
        ("e5-small", ("en", "sv"), True),
    ],
)
def test_similarities_are_trusted_where_the_encoder_was_trained(
    encoder: str, languages: tuple[str, ...], trusted: bool
) -> None:
    assert trained_on(_Named(encoder), *languages) is trusted


def test_auto_and_no_encoder_are_trusted() -> None:
    assert trained_on(_auto([]), "en", "sv")
    assert trained_on(None, "en", "sv")
