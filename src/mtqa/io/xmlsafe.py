"""A safe XML event stream with the file offset of every event, for the XLIFF and TMX readers.

Parsing goes through defusedxml (PSF licence), which refuses entity declarations (billion laughs,
quadratic blow-up), external entities and DTD retrieval (XXE), and never touches the network. Its
parser is Python's expat, so each event also has its byte offset in the file; the stream turns
those into character offsets of the decoded file, which is how findings in XLIFF and TMX files get
exact lines and columns. Namespaces are resolved (names come as ``{uri}local``); the readers
compare local names only, since XLIFF and TMX files in the wild use several namespace URIs.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from mtqa.errors import InputError

EventKind = Literal["start", "end", "text"]
_XML_NS = "{http://www.w3.org/XML/1998/namespace}"
_DECLARED = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


@dataclass(frozen=True)
class Event:
    kind: EventKind
    name: str  # local name for start/end; "" for text
    attrs: dict[str, str]  # attributes by name; xml:lang as "lang"; other namespaces as "{uri}name"
    text: str  # character data for text events
    offset: int  # character offset in the decoded file
    exact: bool  # text events: the data is a verbatim copy of the file at ``offset``


def local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _attribute(name: str) -> str:
    """Attributes without a namespace and ``xml:`` ones by local name (``lang``); others keep their
    namespace, so ``its:version`` does not hide ``version``."""
    return local(name) if name.startswith(_XML_NS) or "}" not in name else name


class _Offsets:
    """Byte offsets (increasing) to character offsets of the decoded file."""

    def __init__(self, data: bytes, encoding: str) -> None:
        self.raw = data
        self.decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self.byte = 0
        self.char = 0

    def __call__(self, byte: int) -> int:
        if byte > self.byte:
            self.char += len(self.decoder.decode(self.raw[self.byte : byte]))
            self.byte = byte
        return self.char


class _Collector:
    """The parser target: records events with their offsets."""

    def __init__(self, data: bytes, encoding: str, skip: int) -> None:
        self.events: list[Event] = []
        self.expat: Any = None
        self.raw = data
        self.encoding = encoding
        self.skip = skip  # BOM bytes: expat counts them, the decoded text does not
        self.offsets = _Offsets(data[skip:], encoding)

    def _where(self) -> tuple[int, int]:
        byte = max(int(self.expat.CurrentByteIndex) - self.skip, 0)
        return byte, self.offsets(byte)

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        attrs = {_attribute(key): value for key, value in attrib.items()}
        self.events.append(Event("start", local(tag), attrs, "", self._where()[1], True))

    def end(self, tag: str) -> None:
        self.events.append(Event("end", local(tag), {}, "", self._where()[1], True))

    def data(self, text: str) -> None:
        byte, char = self._where()
        raw = self.raw[self.skip + byte : self.skip + byte + len(text.encode(self.encoding))]
        exact = raw.decode(self.encoding, errors="replace") == text
        self.events.append(Event("text", "", {}, text, char, exact))

    def close(self) -> None:
        return None


def xml_encoding(data: bytes) -> tuple[str, int]:
    """(Python codec, BOM length) of an XML document: its BOM, else its declaration, else UTF-8."""
    from mtqa.io.decoding import charset_codec, detect_encoding, utf8_labelled_single_byte

    encoding, skip = detect_encoding(data)
    if encoding is not None:
        return encoding, skip
    match = _DECLARED.match(data)
    if match is None or utf8_labelled_single_byte(data, match.group(1).decode("ascii")):
        return "utf-8", 0
    try:
        return charset_codec(match.group(1).decode("ascii")), 0
    except LookupError:
        raise InputError(f"declares the unknown encoding {match.group(1).decode('ascii')!r}") from None


def parse_events(data: bytes, name: str) -> list[Event]:
    """Every start, end and text event of an XML document, safely; errors become InputError."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import XMLParser

    try:
        encoding, skip = xml_encoding(data)
    except InputError as error:
        raise InputError(f"{name}: {error}") from None
    data = _relabelled(data, encoding)
    if not _expat_reads(encoding):
        data, encoding, skip = _as_utf8(data, encoding, skip, name)
    collector = _Collector(data, encoding, skip)
    parser = XMLParser(target=collector, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    collector.expat = parser.parser
    # Unbuffered, so each piece of character data arrives with its own offset (an entity is a piece).
    parser.parser.buffer_text = False
    try:
        parser.feed(data)
        parser.close()
    except DefusedXmlException as error:
        # The exception's text is its repr (EntitiesForbidden(name='lol', system_id=None, ...)): name the
        # entity instead.
        entity = getattr(error, "name", None)
        what = f" ({entity!r})" if isinstance(entity, str) and entity else ""
        raise InputError(
            f"{name}: refused: the XML declares an entity or external reference{what}; mtqa reads neither"
        ) from None
    except Exception as error:  # expat's ParseError and ValueError for bad bytes
        why = _bad_bytes(data, encoding, skip) or f"not well-formed XML: {_first_line(error)}"
        raise InputError(f"{name}: {why}") from None
    return collector.events


def _bad_bytes(data: bytes, encoding: str, skip: int) -> str | None:
    """Why a UTF-8 document's bytes cannot be its text, said as the other readers say it (expat only
    says "invalid token" at a line and column): a NUL byte, or a byte that is not UTF-8 (Latin-1 saved
    under a UTF-8 declaration). Looked for once parsing has failed, so a good file pays nothing."""
    if encoding != "utf-8":
        return None
    nul = data.find(b"\x00", skip)
    if nul >= 0:
        return (
            f"NUL byte at byte offset {nul}: a binary file, or text in an encoding mtqa cannot identify; "
            "save it as UTF-8"
        )
    try:
        data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        return f"cannot decode as UTF-8 at byte offset {error.start + skip}; save the file as UTF-8"
    return None


def _relabelled(data: bytes, encoding: str) -> bytes:
    """The document declaring ``encoding`` where :func:`xml_encoding` overrode its declaration (UTF-8
    labelled ISO-8859-1), for expat, which decodes by the declaration; same length, so offsets hold."""
    match = _DECLARED.match(data)
    if encoding != "utf-8" or match is None or codecs.lookup(match.group(1).decode("ascii")).name == "utf-8":
        return data
    start, end = match.span(1)
    if end - start < len("utf-8"):  # a label shorter than its replacement ("l1"): left as declared
        return data
    quote = data[end : end + 1]
    return data[:start] + b"utf-8" + quote + b" " * (end - start - 5) + data[end + 1 :]


_ENCODING_DECLARATION = re.compile(r"""^<\?xml[^>]*?\s(encoding\s*=\s*["'][A-Za-z0-9._-]+["'])""")


def _expat_reads(encoding: str) -> bool:
    """Whether expat decodes ``encoding`` itself: UTF-8, UTF-16 and the one-byte charsets (Python's codec
    fills its table). Multi-byte ones (Shift_JIS, EUC-JP, GBK, GB18030, Big5, EUC-KR) and UTF-32 it
    refuses ("multi-byte encodings are not supported"), which turned away Japanese and Chinese exports."""
    name = codecs.lookup(encoding).name
    if name.startswith(("utf-8", "utf-16")):
        return True
    return len(bytes(range(256)).decode(encoding, errors="replace")) == 256 and not name.startswith("utf-32")


def _as_utf8(data: bytes, encoding: str, skip: int, name: str) -> tuple[bytes, str, int]:
    """The document decoded here and handed to expat as UTF-8, its encoding declaration blanked with as
    many spaces (no declaration: UTF-8); the characters are the same, so character offsets hold."""
    try:
        text = data[skip:].decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: cannot decode as {encoding} (its declared encoding) at byte offset {error.start + skip}"
        ) from None
    declaration = _ENCODING_DECLARATION.match(text)
    if declaration is not None:
        start, end = declaration.span(1)
        text = text[:start] + " " * (end - start) + text[end:]
    return text.encode("utf-8"), "utf-8", 0


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def iter_children(events: list[Event], start: int) -> Iterator[int]:
    """Indices of the start events of the direct children of the element starting at ``start``."""
    depth = 0
    for index in range(start + 1, len(events)):
        event = events[index]
        if event.kind == "start":
            if depth == 0:
                yield index
            depth += 1
        elif event.kind == "end":
            if depth == 0:
                return
            depth -= 1


def plain_text(events: list[Event], start: int) -> str:
    """All the character data inside an element (a note), stripped."""
    end = skip(events, start)
    return "".join(e.text for e in events[start:end] if e.kind == "text").strip()


def skip(events: list[Event], index: int) -> int:
    """Index just after the element whose start event is at ``index``."""
    depth = 0
    for position in range(index, len(events)):
        kind = events[position].kind
        if kind == "start":
            depth += 1
        elif kind == "end":
            depth -= 1
            if depth == 0:
                return position + 1
    return len(events)
