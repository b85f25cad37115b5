"""Reading the inputs of a comparison: engine options, layouts, pairing and every mismatch."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.compare.inputs import (
    ArticleInputs,
    EngineSpec,
    SegmentInputs,
    parse_engine,
    read_inputs,
    read_lines,
    validate_engines,
)
from mtqa.errors import InputError, UsageError


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        ("deepl=out/deepl.fr", EngineSpec("deepl", Path("out/deepl.fr"))),
        (" v2.1 = a=b.txt", EngineSpec("v2.1", Path("a=b.txt"))),
    ],
)
def test_parse_engine(option: str, expected: EngineSpec) -> None:
    assert parse_engine(option) == expected


@pytest.mark.parametrize("option", ["deepl", "=x.txt", "a=", "two words=x.txt", "a/b=x.txt"])
def test_parse_engine_rejects(option: str) -> None:
    with pytest.raises(UsageError):
        parse_engine(option)


def test_engines_are_sorted_unique_and_at_least_two() -> None:
    specs = [EngineSpec("b", Path("1")), EngineSpec("a", Path("2"))]
    assert [s.name for s in validate_engines(specs)] == ["a", "b"]
    with pytest.raises(UsageError, match="at least two"):
        validate_engines(specs[:1])
    with pytest.raises(UsageError, match="given twice"):
        validate_engines([*specs, EngineSpec("a", Path("3"))])


def test_read_lines_keeps_empty_segments_and_drops_the_final_newline(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\xef\xbb\xbfone\r\n\r\nthree\r\n")
    assert read_lines(path) == ("one", "", "three")
    path.write_bytes(b"")
    assert read_lines(path) == ()


def test_auto_layout_reads_segment_files(tmp_path: Path) -> None:
    source = _write(tmp_path / "src.txt", "Eins.\nZwei.\nDrei.\n")
    a = _write(tmp_path / "a.txt", "One.\nTwo.\nThree.\n")
    b = _write(tmp_path / "b.txt", "One.\n\nThree.\n")  # an empty segment is a segment
    ids = _write(tmp_path / "ids", "d1\nd1\nd2\n")
    inputs = read_inputs(source, [EngineSpec("b", b), EngineSpec("a", a)], [a], doc_ids=ids)
    assert isinstance(inputs, SegmentInputs)
    assert [engine.name for engine, _ in inputs.engines] == ["a", "b"]
    assert inputs.engines[1][1] == ("One.", "", "Three.")
    assert inputs.doc_ids == ("d1", "d1", "d2")


def test_read_lines_splits_on_line_endings_only(tmp_path: Path) -> None:
    # U+2028 inside a segment made a 5-line file count 6 lines, and the engine was refused.
    path = tmp_path / "b.de"
    path.write_text("eins\u2028zwei\r\ndrei\x85vier\rfünf\u2029\n", encoding="utf-8")
    assert read_lines(path) == ("eins zwei", "drei vier", "fünf ")


def test_auto_layout_reads_an_article_with_blank_lines(tmp_path: Path) -> None:
    source = _write(tmp_path / "en.txt", "Title\n\nA paragraph.\n")
    a = _write(tmp_path / "a.txt", "Titre\n\nUn paragraphe.\n")
    b = _write(tmp_path / "b.txt", "Titre\n\nUn autre.\n")
    inputs = read_inputs(source, [EngineSpec("a", a), EngineSpec("b", b)])
    assert isinstance(inputs, ArticleInputs) and len(inputs.articles) == 1
    assert inputs.articles[0].engines == (a, b)


def test_mismatched_line_counts_name_the_file(tmp_path: Path) -> None:
    source = _write(tmp_path / "src.txt", "a\nb\nc\n")
    good = _write(tmp_path / "good.txt", "A\nB\nC\n")
    short = _write(tmp_path / "short.txt", "A\nB\n")
    with pytest.raises(InputError, match=r"short\.txt: 2 lines but the source .* has 3"):
        read_inputs(source, [EngineSpec("g", good), EngineSpec("s", short)])
    with pytest.raises(InputError, match="reference"):
        read_inputs(source, [EngineSpec("g", good), EngineSpec("h", good)], [short])
    with pytest.raises(InputError, match="document-id"):
        read_inputs(source, [EngineSpec("g", good), EngineSpec("h", good)], doc_ids=short)


def test_folders_pair_by_relative_path(tmp_path: Path) -> None:
    for folder in ("en", "one", "two", "ref"):
        _write(tmp_path / folder / "news" / "a.txt", "Title\n\nText.\n")
        _write(tmp_path / folder / "b.md", "Title\n\nText.\n")
    inputs = read_inputs(
        tmp_path / "en",
        [EngineSpec("two", tmp_path / "two"), EngineSpec("one", tmp_path / "one")],
        [tmp_path / "ref"],
    )
    assert isinstance(inputs, ArticleInputs)
    assert [entry.key for entry in inputs.articles] == ["b", "news/a"]
    entry = inputs.articles[1]
    assert entry.engines == (tmp_path / "one" / "news" / "a.txt", tmp_path / "two" / "news" / "a.txt")
    assert entry.references == (tmp_path / "ref" / "news" / "a.txt",)


def test_unmatched_articles_are_an_error(tmp_path: Path) -> None:
    for folder in ("en", "one", "two"):
        _write(tmp_path / folder / "a.txt", "Title\n\nText.\n")
    _write(tmp_path / "en" / "extra.txt", "Title\n\nText.\n")
    _write(tmp_path / "one" / "extra.txt", "Title\n\nText.\n")
    with pytest.raises(InputError, match=r"two: 1 article\(s\) .* no counterpart: .*extra\.txt"):
        read_inputs(tmp_path / "en", [EngineSpec("one", tmp_path / "one"), EngineSpec("two", tmp_path / "two")])


@pytest.mark.parametrize(
    ("layout", "message"),
    [("segments", "is a folder"), ("xml", "unknown input layout")],
)
def test_bad_layouts(tmp_path: Path, layout: str, message: str) -> None:
    (tmp_path / "src").mkdir()
    with pytest.raises(UsageError, match=message):
        read_inputs(tmp_path / "src", [EngineSpec("a", tmp_path), EngineSpec("b", tmp_path)], layout=layout)  # type: ignore[arg-type]


def test_a_file_engine_for_a_folder_source_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path / "en" / "a.txt", "Title\n\nText.\n")
    file = _write(tmp_path / "one.txt", "x\n")
    with pytest.raises(InputError, match="not a folder"):
        read_inputs(tmp_path / "en", [EngineSpec("a", file), EngineSpec("b", file)])


def test_bilingual_and_resource_files_are_refused_not_read_as_lines(tmp_path: Path) -> None:
    source = _write(tmp_path / "src.txt", "a\nb\n")
    good = _write(tmp_path / "good.txt", "A\nB\n")
    xliff = _write(tmp_path / "a.xlf", '<xliff version="1.2">\n</xliff>\n')
    with pytest.raises(InputError, match=r"a\.xlf: compare reads segment files .* not \.xlf files"):
        read_inputs(xliff, [EngineSpec("g", good), EngineSpec("h", good)])
    with pytest.raises(InputError, match=r"fr\.json: compare reads segment files"):
        read_inputs(source, [EngineSpec("g", good), EngineSpec("h", _write(tmp_path / "fr.json", "{}\n"))])


def _fed_pipe(text: str) -> Path:
    """A pipe holding ``text``, named as ``<(cat file)`` names it (/dev/fd/N); readable once."""
    import os

    read_end, write_end = os.pipe()
    os.write(write_end, text.encode("utf-8"))  # small: fits the pipe's buffer
    os.close(write_end)
    return Path(f"/dev/fd/{read_end}")


@pytest.mark.parametrize("layout", ["auto", "segments"])
def test_a_piped_source_of_segments_is_read_once(tmp_path: Path, layout: str) -> None:
    lines = "Das Werk schließt.\nDie Löhne steigen.\n"
    for name, text in (("a.es", "La fábrica cierra.\nLos salarios suben.\n"), ("b.es", "Cierra.\nSuben.\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    engines = [EngineSpec("a", tmp_path / "a.es"), EngineSpec("b", tmp_path / "b.es")]
    read = read_inputs(_fed_pipe(lines), engines, layout=layout)  # type: ignore[arg-type]
    assert isinstance(read, SegmentInputs) and read.source == ("Das Werk schließt.", "Die Löhne steigen.")


def test_a_piped_source_article_is_read_once_for_every_engine(tmp_path: Path) -> None:
    for name in ("a.es", "b.es"):
        (tmp_path / name).write_text("La fábrica cierra.\n\nLos salarios suben.\n", encoding="utf-8")
    engines = [EngineSpec("a", tmp_path / "a.es"), EngineSpec("b", tmp_path / "b.es")]
    read = read_inputs(_fed_pipe("Das Werk schließt.\n\nDie Löhne steigen.\n"), engines, layout="articles")
    assert isinstance(read, ArticleInputs)
    source = read.articles[0].source
    assert not isinstance(source, Path) and [p.text for p in source.paragraphs] == [
        "Das Werk schließt.",
        "Die Löhne steigen.",
    ]
