"""Bytes in, text out: size limits, encodings detected or refused explicitly, NUL bytes refused.

Every reader goes through :func:`read_limited` and :func:`decode_bytes`, so every format refuses the
same inputs with the same one-line messages:

- more than ``max_bytes`` bytes (default :data:`DEFAULT_MAX_BYTES`): refused before the rest is read, so
  ``/dev/zero`` or a 20 MB file costs nothing;
- a byte-order mark selects UTF-8, UTF-16 or UTF-32 (little or big endian);
- without one, a regular pattern of NUL bytes (one in two, three in four) identifies UTF-16 or UTF-32;
- otherwise UTF-8, or the encoding the file declares (an XML declaration, a PO header) when the caller
  passes it; any other NUL byte means a binary file and is refused;
- a device or socket is refused, a FIFO with no writer reads as empty (:func:`read_limited`);
- the text is normalised to NFC (:func:`composed`): decomposed text (macOS file systems, some editors
  write "e" + U+0301 for "é") reads as the same words as composed text, and every offset in a report
  counts the characters of that composed text.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import re
import stat
import sys
import unicodedata
from pathlib import Path
from typing import BinaryIO

from mtqa.errors import InputError

DEFAULT_MAX_BYTES = 2_000_000
# The most paragraphs (a bilingual file's units, a table's cells, a list's items) one side of an article
# may have (mtqa.pipeline refuses more): time and memory grow with them, about 3 ms and 12-25 KB each
# (a CSV of 40,000 rows took 115 s and 1.1 GB; a Markdown table of 3,000 columns x 200 rows, 600,000
# cells in 1.2 MB, ran for minutes towards gigabytes). The limit keeps a translation memory export of
# tens of thousands of units checkable (a few minutes, about 1.3 GB at the limit) and refuses what would
# run for many minutes.
MAX_PARAGRAPHS = 50_000
# The most sentences one side of an article may have (mtqa.pipeline refuses more, after segmenting):
# each costs about 5 KB (its vector and its objects) and 0.15 ms, whatever the paragraphs, so a 2 MB file
# of very short sentences ("Oui. " 400,000 times) took 2 GB. Ordinary prose has some 17,000 sentences in
# the 2 MB size limit; at the limit a run takes about 0.6 GB.
MAX_SENTENCES = 100_000
"""Default input size limit. An article of 2 MB is a book of some 300,000 words, several times what
mtqa checks in a minute on two cores (``bench/pathological.py``); raise it for larger files."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 4096
_LINE_END = re.compile(r"\r\n|\r|\n")


def read_limited(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, refusing it at once when it is larger than ``max_bytes``.

    Reads at most ``max_bytes + 1`` bytes, so pipes that never end are refused too. Regular files and
    pipes (``<(cat fr.txt)``, a named FIFO) are read; a device (``/dev/zero``, a terminal) or a socket is
    refused whatever the limit, since lifting the limit (``--max-input-size 0``) must not mean reading an
    endless device until memory runs out. A named FIFO is opened without waiting for a writer: one that
    nobody writes to reads as empty (then "no text to check") instead of blocking for ever.
    OS errors become one-line :class:`InputError` messages naming the file.
    """
    try:
        with _open_input(path) as stream:
            # A limit past what one read can ask for (--max-input-size 10**20) is no limit in practice;
            # read() would raise OverflowError on it.
            data = stream.read() if max_bytes is None or max_bytes >= sys.maxsize else stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected a file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(f"{path}: larger than the input size limit of {_size(max_bytes)}")
    return data


def _open_input(path: Path) -> BinaryIO:
    """``path`` opened for reading, once it is known to be a regular file or a pipe."""
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
    # O_NONBLOCK: opening a FIFO for reading otherwise waits until some process opens it for writing.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            raise InputError(f"{path}: not a regular file (a device or socket); save the text to a file")
        if stat.S_ISFIFO(mode) and hasattr(os, "set_blocking"):
            # Blocking again: a pipe with a writer (process substitution) is read to its end; one without
            # any writer reads as empty.
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


class NotRegularFileError(OSError):
    """A path that is a FIFO, a device or a socket where mtqa reads a file of its own kind (a config, a
    run record, a report in ``--out``): refused, as reading it could block for ever or never end."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EINVAL, "not a regular file (a named pipe, device or socket)", str(path))


def open_regular(path: Path) -> io.BufferedReader:
    """``path`` opened for reading when it is a regular file; :class:`NotRegularFileError` otherwise,
    decided without blocking (O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer) and on
    the file opened, not on a name that may change in between. Other OS errors are raised as they come;
    the caller names the file."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(path)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular(path: Path) -> bytes:
    """The bytes of ``path`` when it is a regular file (:func:`open_regular`)."""
    with open_regular(path) as stream:
        return stream.read()


def is_special(path: Path) -> bool:
    """An existing path that is neither a regular file nor a folder: a FIFO, device or socket (follows
    symbolic links; a dangling link is not special)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def check_size(data: bytes | str, name: str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> None:
    """Refuse in-memory input over the limit (for callers that pass text instead of a path)."""
    size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
    if max_bytes is not None and size > max_bytes:
        raise InputError(f"{name}: larger than the input size limit of {_size(max_bytes)}")


def _size(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB" if count >= 100_000 else f"{count:,} bytes"


def detect_encoding(data: bytes) -> tuple[str | None, int]:
    """(encoding, BOM length) from a byte-order mark or a NUL pattern; (None, 0) when neither decides."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    if b"\x00" not in data[:_SAMPLE]:
        return None, 0
    return _nul_pattern(data[:_SAMPLE] if len(data) >= 4 else data), 0


def _nul_pattern(sample: bytes) -> str | None:
    """UTF-16/32 without a BOM: ASCII-range text leaves NULs at fixed positions of each code unit."""
    n = len(sample) - len(sample) % 4
    if n < 4:
        return None
    lanes = [sum(1 for i in range(k, n, 4) if sample[i] == 0) / (n // 4) for k in range(4)]
    if lanes[1] > 0.9 and lanes[2] > 0.9 and lanes[3] > 0.9 and lanes[0] < 0.5:
        return "utf-32-le"
    if lanes[0] > 0.9 and lanes[1] > 0.9 and lanes[2] > 0.9 and lanes[3] < 0.5:
        return "utf-32-be"
    odd, even = (lanes[1] + lanes[3]) / 2, (lanes[0] + lanes[2]) / 2
    if odd > 0.6 and even < 0.2:
        return "utf-16-le"
    if even > 0.6 and odd < 0.2:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode a file's bytes as described in the module docstring (newlines left as they are)."""
    encoding, skip = detect_encoding(data)
    if encoding is None:
        if b"\x00" in data:
            offset = data.index(b"\x00")
            raise InputError(
                f"{name}: NUL byte at byte offset {offset}: a binary file, or text in an encoding mtqa "
                "cannot identify; save it as UTF-8"
            )
        encoding = _known_codec(declared, name) if declared else "utf-8"
    try:
        text = data[skip:].decode(encoding)
    except UnicodeDecodeError as error:
        label = encoding.upper().replace("-LE", " LE").replace("-BE", " BE")
        raise InputError(
            f"{name}: cannot decode as {label} at byte offset {error.start + skip}; save the file as UTF-8"
        ) from None
    if "\x00" in text:
        raise InputError(f"{name}: NUL character at offset {text.index(chr(0))} of the decoded text")
    return composed(text)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def lone_surrogate(text: str) -> str | None:
    """Why ``text`` cannot be a report's text, if it holds a lone surrogate (JSON's and YAML's ``"\\ud800"``
    escape alone: half of a UTF-16 pair, no character, and no UTF-8 report could hold it); else None."""
    found = _SURROGATE.search(text)
    if found is None:
        return None
    code = ord(found.group())
    return f"holds \\u{code:04x}, half of a UTF-16 surrogate pair and no character (a text cut inside an emoji?)"


def composed(text: str) -> str:
    """``text`` in Unicode normalisation form C. Decomposed input would split words at each combining
    accent ("de\u0301cision" read as "de" + "cision") and cut excerpts before it. Already composed text,
    nearly all text, is returned as is after a quick check."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


_SINGLE_BYTE = frozenset(
    {"iso8859-1", "iso8859-15", "cp1252", "cp1250", "iso8859-2", "iso8859-9", "cp1254", "mac-roman"}
)


def utf8_labelled_single_byte(data: bytes, declared: str) -> bool:
    """True when a file declares a single-byte encoding (ISO-8859-1, CP1252 ...) over bytes that are UTF-8:
    an editor saved it as UTF-8 and the declaration stayed. Decoded as declared, every accented letter
    would become two ("cafÃ©"); text in a single-byte encoding whose non-ASCII bytes all form valid UTF-8
    sequences is all but unheard of."""
    try:
        single_byte = charset_codec(declared) in _SINGLE_BYTE
    except LookupError:
        return False
    if not single_byte or data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# Python codecs that are text encodings to Python but the charset of no standard (WHATWG, IANA): a file
# declaring one is mislabelled, and decoding by it mangles the text silently (unicode_escape reads
# "C:\new" as a line break and UTF-8 bytes as Latin-1; "undefined" refuses every byte).
_NOT_A_CHARSET = frozenset({"undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode"})


def charset_codec(label: str) -> str:
    """The Python codec of the charset ``label`` names; LookupError when it names none, or names a codec
    that is no charset: a bytes-to-bytes one (base64, bz2, zlib, hex, quopri, uu) or str-to-str (rot13),
    which Python's ``codecs.lookup`` finds but ``bytes.decode`` refuses, or a Python-internal one."""
    info = codecs.lookup(label)
    # _is_text_encoding is how Python itself marks the codecs str.encode/bytes.decode accept (CPython's
    # codecs module; its absence means a text codec registered by a third party).
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_A_CHARSET:
        raise LookupError(label)
    return info.name


def wide_charset(label: str) -> bool:
    """True when ``label`` names UTF-16 or UTF-32: two or four bytes per ASCII letter."""
    try:
        return charset_codec(label).startswith(("utf-16", "utf-32"))
    except LookupError:
        return False


def _known_codec(label: str, name: str) -> str:
    try:
        return charset_codec(label)
    except LookupError:
        raise InputError(f"{name}: declares the unknown encoding {label!r}") from None


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets where lines start; ``\\r\\n``, ``\\r`` and ``\\n`` each end one line."""
    return (0, *(match.end() for match in _LINE_END.finditer(text)))
