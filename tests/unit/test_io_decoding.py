"""Decoding and size limits shared by every reader."""

from __future__ import annotations

import codecs
import os
import threading
from pathlib import Path

import pytest

from mtqa.errors import InputError
from mtqa.io.decoding import (
    NotRegularFileError,
    check_size,
    decode_bytes,
    detect_encoding,
    is_special,
    line_starts,
    read_limited,
    read_regular,
)

TEXT = "Le café « ouvert » à 9 h.\nSecond line."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"),
        TEXT.encode("utf-16-le"),  # no BOM: recognised from its NUL bytes
        TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32-le"),
        TEXT.encode("utf-32-be"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf32le-bom",
        "utf32be-bom",
        "utf16le",
        "utf16be",
        "utf32le",
        "utf32be",
    ],
)
def test_every_unicode_encoding_decodes_to_the_same_text(data: bytes) -> None:
    assert decode_bytes(data, "a.txt") == TEXT


def test_bom_less_utf16_is_told_from_utf32() -> None:
    assert detect_encoding("abcdefgh".encode("utf-32-le")) == ("utf-32-le", 0)
    assert detect_encoding("abcdefgh".encode("utf-16-le")) == ("utf-16-le", 0)
    assert detect_encoding(b"plain ascii") == (None, 0)


def test_a_nul_byte_in_other_text_is_refused_with_its_offset() -> None:
    with pytest.raises(InputError, match=r"a\.bin: NUL byte at byte offset 5"):
        decode_bytes(b"hello\x00world and more text here", "a.bin")


def test_invalid_utf8_names_the_byte_offset() -> None:
    with pytest.raises(InputError, match=r"cannot decode as UTF-8 at byte offset 3"):
        decode_bytes(b"caf\xe9 au lait", "a.txt")


def test_a_declared_encoding_is_used_when_there_is_no_bom() -> None:
    assert decode_bytes("café".encode("latin-1"), "a.po", declared="ISO-8859-1") == "café"
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        decode_bytes(b"abc", "a.po", declared="klingon")


@pytest.mark.parametrize(
    "label",
    [
        "base64",
        "rot13",
        "hex",
        "quopri",
        "uu",
        "bz2",
        "zlib_codec",
        "undefined",
        "unicode_escape",
        "raw_unicode_escape",
        "punycode",
    ],
)
def test_a_python_codec_that_is_no_charset_is_an_unknown_encoding(label: str) -> None:
    # Python's codecs.lookup finds these, but they are no text charset: bytes.decode refuses base64 with
    # a LookupError, and unicode_escape would read "C:\new" as a line break and UTF-8 as Latin-1.
    with pytest.raises(InputError, match=f"unknown encoding '{label}'"):
        decode_bytes("C:\\new relevé".encode(), "a.html", declared=label)


def test_standard_charsets_are_still_used_as_declared() -> None:
    assert decode_bytes("Zürich".encode("cp1250"), "a.po", declared="windows-1250") == "Zürich"
    assert decode_bytes(b"+AOk-t+AOk-", "a.po", declared="utf-7") == "été"


def test_files_over_the_limit_are_refused_before_they_are_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 101)
    assert read_limited(path, 101) == b"a" * 101
    with pytest.raises(InputError, match=r"big\.txt: larger than the input size limit of 100 bytes"):
        read_limited(path, 100)
    assert len(read_limited(path, None)) == 101


@pytest.mark.parametrize("limit", [1000, None])
def test_a_device_is_refused_whatever_the_limit(limit: int | None) -> None:
    # --max-input-size 0 (no limit) used to read /dev/zero until the system ran out of memory.
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero on this system")
    with pytest.raises(InputError, match=r"/dev/zero: not a regular file"):
        read_limited(zero, limit)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_without_a_writer_reads_as_empty_instead_of_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert read_limited(fifo) == b""  # before: open() waited for a writer for ever


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_with_a_writer_is_read_to_its_end(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    data = TEXT.encode("utf-8") * 5000  # more than a pipe's buffer: the reader must wait for the rest

    keeper = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so that the writer's open returns
    writer = os.open(fifo, os.O_WRONLY)

    def write() -> None:
        with os.fdopen(writer, "wb") as stream:
            stream.write(data)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        read = read_limited(fifo, None)
    finally:
        thread.join(10)
        os.close(keeper)
    assert read == data


@pytest.mark.parametrize(
    ("path", "message"),
    [("missing.txt", "no such file"), (".", "is a directory")],
)
def test_os_errors_are_one_line_input_errors(tmp_path: Path, path: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_limited(tmp_path / path)


def test_check_size_counts_utf8_bytes_of_text() -> None:
    check_size("é" * 50, "text", 100)
    with pytest.raises(InputError, match="text: larger"):
        check_size("é" * 51, "text", 100)


def test_line_starts_count_every_kind_of_line_end() -> None:
    assert line_starts("a\nb\r\nc\rd") == (0, 2, 5, 7)
    assert line_starts("") == (0,)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_read_regular_refuses_a_fifo_a_device_and_a_folder_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    (tmp_path / "file").write_bytes(b"ok")
    assert read_regular(tmp_path / "file") == b"ok"
    for path in (fifo, Path(os.devnull)):
        with pytest.raises(NotRegularFileError):
            read_regular(path)
    with pytest.raises(IsADirectoryError):
        read_regular(tmp_path)
    assert is_special(fifo) and not is_special(tmp_path) and not is_special(tmp_path / "missing")


def test_a_size_limit_past_any_read_is_no_limit_not_an_overflow(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"text")
    assert read_limited(tmp_path / "a.txt", 10**20) == b"text"  # before: OverflowError from read()
