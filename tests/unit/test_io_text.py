from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mtqa.errors import InputError
from mtqa.io import decode, read_document, split_paragraphs


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Titre\n\nCorps.\n", "Titre\n\nCorps.\n"),
        (codecs.BOM_UTF8 + b"Titre\r\n\r\nCorps.\r\n", "Titre\n\nCorps.\n"),
        (b"a\rb\r\rc", "a\nb\n\nc"),
        (codecs.BOM_UTF16_LE + "Été\r\n\r\nfin".encode("utf-16-le"), "Été\n\nfin"),
        (codecs.BOM_UTF16_BE + "Été\n\nfin".encode("utf-16-be"), "Été\n\nfin"),
    ],
)
def test_decode_handles_boms_and_line_endings(data: bytes, expected: str) -> None:
    assert decode(data, "x.txt") == expected


def test_decode_error_names_file_and_byte_offset() -> None:
    with pytest.raises(InputError, match=r"bad\.txt: cannot decode as UTF-8 at byte offset 3"):
        decode(b"abc\xff\xfe", "bad.txt")


def test_paragraphs_are_blocks_between_blank_lines() -> None:
    text = "Title\n\n  First line\nsecond line  \n \t\n\n\nLast."
    paragraphs = split_paragraphs(text)
    assert [p.text for p in paragraphs] == ["Title", "First line\nsecond line", "Last."]
    assert [p.index for p in paragraphs] == [0, 1, 2]
    for paragraph in paragraphs:
        assert text[paragraph.span.start : paragraph.span.end] == paragraph.text


@given(st.text())
def test_paragraph_spans_always_point_into_text(text: str) -> None:
    text = text.replace("\r", "\n")
    for paragraph in split_paragraphs(text):
        assert text[paragraph.span.start : paragraph.span.end] == paragraph.text
        assert paragraph.text.strip() == paragraph.text != ""


def test_offsets_count_code_points_after_bom_removal(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Éa\r\n\r\nb".encode())
    document = read_document(path)
    assert document.paragraphs[1].span.start == 4
    assert document.excerpt(document.paragraphs[1].span) == "b"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "empty.txt", b""), "empty"),
        (lambda d: _write(d / "blank.txt", b" \n\n\t\n"), "empty"),
        (lambda d: _write(d / "latin1.txt", "café".encode("latin-1")), "byte offset 3"),
    ],
)
def test_bad_files_give_one_line_errors_naming_the_file(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    with pytest.raises(InputError) as error:
        read_document(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_document_from_sentences_keeps_given_sentences_and_exact_offsets() -> None:
    from mtqa.io import document_from_sentences

    document = document_from_sentences([["Title"], ["One.", "Two three."]], "pre.txt", "en")
    assert document.text == "Title\n\nOne. Two three."
    assert [(s.index, s.paragraph, s.text) for s in document.sentences] == [
        (0, 0, "Title"),
        (1, 1, "One."),
        (2, 1, "Two three."),
    ]
    for sentence in document.sentences:
        assert document.excerpt(sentence.span) == sentence.text
    assert [p.text for p in document.paragraphs] == ["Title", "One. Two three."]


def test_decomposed_text_reads_as_composed_and_offsets_count_its_characters(tmp_path: Path) -> None:
    composed = "La décision a été prise.\n"
    path = tmp_path / "nfd.txt"
    path.write_bytes(__import__("unicodedata").normalize("NFD", composed).encode("utf-8"))
    document = read_document(path)
    assert document.text == composed
    assert document.text[document.paragraphs[0].span.start : document.paragraphs[0].span.end] == composed.strip()


@pytest.mark.parametrize("separator", ["\u2029", "\x85\x85", "\u2028\u2028"])
def test_unicode_paragraph_and_line_separators_break_paragraphs(separator: str) -> None:
    text = decode(f"First paragraph.{separator}Second paragraph.\n".encode(), "a.txt")
    assert [p.text for p in split_paragraphs(text)] == ["First paragraph.", "Second paragraph."]


@pytest.mark.parametrize("content", ["\u00a0\u2003\u3000\n\u200b\n", "\u200b\u2060\ufeff", " \u00ad "])
def test_a_file_of_spaces_and_invisible_characters_is_empty(tmp_path: Path, content: str) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="only spaces and invisible characters"):
        read_document(path)
    assert [p.text for p in split_paragraphs("One.\n\u200b\nTwo.")] == ["One.", "Two."]
