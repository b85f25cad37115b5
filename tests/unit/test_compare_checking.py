"""Running mtqa on every engine: pseudo-articles, given 1-1 alignment, segment mapping, shared embeddings."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from mtqa.compare.checking import (
    SEGMENTS_PER_DOCUMENT,
    MemoEncoder,
    _segments_document,
    document_groups,
    given_beads,
    run_engines,
)
from mtqa.compare.inputs import EngineSpec, read_inputs
from mtqa.config import Config
from tests.fakes import BagOfWords


def test_document_groups() -> None:
    chunks = document_groups(SEGMENTS_PER_DOCUMENT + 3, None)
    assert [len(members) for _, members in chunks] == [SEGMENTS_PER_DOCUMENT, 3]
    assert chunks[1][0] == f"{SEGMENTS_PER_DOCUMENT + 1}-{SEGMENTS_PER_DOCUMENT + 3}"
    assert document_groups(4, ["b", "a", "b", "a"]) == [("b", [0, 2]), ("a", [1, 3])]


def test_memo_encoder_embeds_each_text_once_in_one_sorted_batch() -> None:
    inner = BagOfWords()
    memo = MemoEncoder(inner)
    memo.prime(["b c", "a", "b c"])
    assert inner.calls == [2]
    vectors = memo.encode(["a", "b c", "a"])
    assert inner.calls == [2] and vectors.shape == (3, 256)
    assert np.array_equal(vectors[0], vectors[2])
    memo.encode(["new text"])
    assert inner.calls == [2, 1]
    assert memo.signature == inner.signature


def test_given_alignment_pairs_sentences_one_to_one_or_as_one_bead() -> None:
    source, _ = _segments_document(["One two. Three four.", "Five six."], "src", "en")
    target, _ = _segments_document(["Un deux. Trois quatre.", "Cinq. Six."], "tgt", "fr")
    first, second = given_beads(source, target, [(0, 0), (1, 1)])
    assert [(b.source, b.target) for b in first.sentences] == [((0,), (0,)), ((1,), (1,))]
    assert [(b.source, b.target) for b in second.sentences] == [((2,), (2, 3))]
    gap = given_beads(source, target, [(0, None), (None, 1)])
    assert [bead.kind for bead in gap] == ["1-0", "0-1"]
    assert [(b.source, b.target) for b in gap[1].sentences] == [((), (2,)), ((), (3,))]


def _files(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    source = tmp_path / "src.txt"
    source.write_text("Alpine glacier summit ridge.\nValley river forest meadow.\nVillage chapel bridge tunnel.\n")
    a = tmp_path / "a.txt"
    a.write_text("Glacier alpin sommet crête.\n\nVillage chapelle pont tunnel.\n")  # segment 2 left empty
    b = tmp_path / "b.txt"
    b.write_text("Glacier alpin sommet crête.\nVallée rivière forêt prairie.\nVillage chapelle pont tunnel.\n")
    return source, {"a": a, "b": b}


def test_segment_files_keep_every_line_in_its_place(tmp_path: Path) -> None:
    source, engines = _files(tmp_path)
    inputs = read_inputs(source, [EngineSpec(n, p) for n, p in engines.items()], [engines["b"]])
    corpus = run_engines(inputs, Config(), BagOfWords(), source_lang="en", target_lang="fr")
    assert corpus.mode == "segments" and corpus.unit == "segment" and corpus.units == 3
    assert [s.label for s in corpus.segments] == ["segment 1", "segment 2", "segment 3"]
    run_a = corpus.runs[0]
    (report,) = run_a.reports
    assert [bead.kind for bead in report.alignment.beads] == ["1-1", "1-0", "1-1"]
    assert report.alignment.aligner == "given" and report.alignment.beads[0].similarity is not None
    assert run_a.target_segment == ((0, 2),) and run_a.source_segment == ((0, 1, 2),)
    assert run_a.hypotheses == (("Glacier alpin sommet crête.", "", "Village chapelle pont tunnel."),)
    assert run_a.hypothesis_segment == ((0, 1, 2),)
    omitted = [f for f in report.findings if f.category == "omission"]
    assert omitted and run_a.segment_of_finding(0, omitted[0]) == 1
    assert corpus.references == (
        (("Glacier alpin sommet crête.", "Vallée rivière forêt prairie.", "Village chapelle pont tunnel."),),
    )


def test_articles_map_target_paragraphs_to_source_paragraphs(tmp_path: Path) -> None:
    source = tmp_path / "en.txt"
    source.write_text("Alpine glacier summit.\n\nValley river forest meadow.\n\nVillage chapel bridge.\n")
    merged = tmp_path / "merged.txt"
    merged.write_text("Alpine glacier summit.\n\nValley river forest meadow. Village chapel bridge.\n")
    same = tmp_path / "same.txt"
    same.write_bytes(source.read_bytes())
    inputs = read_inputs(source, [EngineSpec("merged", merged), EngineSpec("same", same)])
    corpus = run_engines(inputs, Config(), BagOfWords(), source_lang="en", target_lang="en")
    assert corpus.mode == "articles" and corpus.unit == "segment"  # one article: paragraphs are resampled
    assert "fewer than" in corpus.unit_reason
    assert len(corpus.segments) == 3
    merged_run, same_run = corpus.runs
    assert same_run.target_segment == ((0, 1, 2),)
    assert merged_run.target_segment[0][0] == 0 and merged_run.target_segment[0][1] in (1, 2)


@pytest.mark.parametrize("code", ["xx-Nope", "english"])
def test_unknown_language_options_are_errors(tmp_path: Path, code: str) -> None:
    from mtqa.errors import LanguageError

    source, engines = _files(tmp_path)
    inputs = read_inputs(source, [EngineSpec(n, p) for n, p in engines.items()])
    with pytest.raises(LanguageError):
        run_engines(inputs, Config(), BagOfWords(), source_lang=code, target_lang="fr")
