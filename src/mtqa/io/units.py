"""From the units a file delimits to Documents: extracted text, source maps, the alignment the file carries.

Every structured reader (XLIFF, TMX, PO, CSV/TSV/JSONL, resource files, Markdown, HTML) parses its
format with a library and hands over, per unit, an :class:`Extract`: the unit's text as pieces, each
with the offset in the decoded file it came from. :func:`assemble_bilingual` and
:func:`assemble_document` then build the Documents the pipeline reads:

- ``Document.text`` is the units' texts joined by blank lines; each non-empty unit is one paragraph
  (its span stripped of surrounding white space) and one :class:`~mtqa.model.TextUnit`;
- ``Document.source_map`` turns any offset back into the file's line and column;
- for bilingual files, :class:`UnitPair` records that unit *i* of the source is unit *i* of the target
  (an empty side has no paragraph), and :class:`InputIssue` lists empty and obviously misaligned units.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from mtqa.errors import InputError
from mtqa.io.decoding import composed, line_starts
from mtqa.io.text import is_blank
from mtqa.model import Bead, Document, InputIssue, Location, Paragraph, SourceMap, Span, TextUnit

UNIT_SEPARATOR = "\n\n"
# A unit whose two sides differ in length by more than this factor (both sides at least MIN_CHARS long)
# is reported as misaligned: English to Chinese shrinks text about threefold, German grows it by a
# third, so five times is far outside what a translation does.
MISALIGNED_RATIO = 5.0
MISALIGNED_MIN_CHARS = 40
# How far past an escape sequence (``\\u00e9``, ``&amp;``, a quoted line break) the mapping looks for
# the next character of the value.
_LOOKAHEAD = 16


@dataclass(frozen=True)
class UnitPair:
    """Unit ``unit`` of the file: its paragraph indices on each side (empty when that side is empty)."""

    unit: str
    source: tuple[int, ...]
    target: tuple[int, ...]


@dataclass(frozen=True)
class BilingualDocument:
    """A source and a target Document read from one bilingual file, with the alignment it carries."""

    source: Document
    target: Document
    pairs: tuple[UnitPair, ...]
    issues: tuple[InputIssue, ...]
    format: str

    def beads(self) -> tuple[Bead, ...]:
        """The file's alignment as paragraph beads (similarity unknown until the aligner verifies them)."""
        return tuple(Bead(pair.source, pair.target, None) for pair in self.pairs if pair.source or pair.target)


@dataclass
class Extract:
    """The text of one unit side, built piece by piece with the file offset of every piece."""

    pieces: list[tuple[str, int, bool]] = field(default_factory=list)
    protected: list[tuple[int, int]] = field(default_factory=list)  # relative to this unit's text
    segments: list[tuple[int, int]] = field(default_factory=list)
    length: int = 0

    @property
    def text(self) -> str:
        return "".join(piece for piece, _, _ in self.pieces)

    def text_from(self, piece: int) -> str:
        """The text of the pieces from index ``piece`` on (``len(pieces)`` taken before adding some):
        what was just added, without joining the whole unit again."""
        return "".join(text for text, _, _ in self.pieces[piece:])

    def add(self, text: str, file_start: int, exact: bool = True) -> None:
        """Append ``text`` read from the file at ``file_start`` (``exact``: a verbatim copy), composed (NFC,
        as :func:`~mtqa.io.decoding.composed`): in a verbatim piece that changes, the characters left as
        they were keep their exact place in the file."""
        normal = composed(text)
        if normal != text and exact:
            self._map(normal, text, file_start)
        else:
            self._piece(normal, file_start, exact)

    def _piece(self, text: str, file_start: int, exact: bool = True) -> None:
        if text:
            self.pieces.append((text, file_start, exact))
            self.length += len(text)

    def add_protected(self, text: str, file_start: int, exact: bool = True) -> None:
        start = self.length
        self.add(text, file_start, exact)
        self.protected.append((start, self.length))

    def add_mapped(self, value: str, raw: str, raw_start: int) -> None:
        """Append ``value``, which was decoded from ``raw`` (found at ``raw_start`` in the file).

        Characters equal in both are mapped exactly; an escape (``\\"``, ``\\n``, ``&amp;``, a quoted
        line break) maps the characters it produced to where it starts. Linear: the raw text is
        scanned once, looking at most ``_LOOKAHEAD`` characters ahead.
        """
        self._map(composed(value), raw, raw_start)  # escapes may spell a decomposed letter: map it composed

    def _map(self, value: str, raw: str, raw_start: int) -> None:
        i = j = 0
        run = 0  # start of the current exact run in value
        run_raw = 0
        while i < len(value):
            if j < len(raw) and value[i] == raw[j]:
                i += 1
                j += 1
                continue
            self._piece(value[run:i], raw_start + run_raw)
            ahead = raw.find(value[i], j, j + _LOOKAHEAD)
            if ahead >= 0 and (ahead == j + 1 or raw[j] not in "\\&"):
                j = ahead  # skipped quoting or an escape's first character
            else:
                self._piece(value[i], raw_start + min(j, max(len(raw) - 1, 0)), exact=False)
                i += 1
                nxt = raw.find(value[i], j + 1, j + 1 + _LOOKAHEAD) if i < len(value) else -1
                j = nxt if nxt >= 0 else j + 1
            run, run_raw = i, j
        self._piece(value[run:i], raw_start + run_raw)

    def mark_segment(self, start: int) -> None:
        """Close a segment (sentence-level unit marked by the file) that began at ``start``."""
        self.segments.append((start, self.length))


@dataclass(frozen=True)
class RawUnit:
    """One unit as a reader found it: id, source and target extracts, metadata, file location."""

    id: str
    source: Extract
    target: Extract | None
    meta: tuple[tuple[str, str], ...] = ()
    file_offset: int = 0
    untranslated_segments: tuple[str, ...] = ()  # ids of segments with source text and no translation


# What is left of a Markdown link or image once its URL is protected: syntax, not text.
_LINK_SYNTAX = str.maketrans(dict.fromkeys(map(ord, "[]()!"), " "))


def _any_word(text: str, start: int, end: int) -> bool:
    return start < end and not is_blank(text[start:end].translate(_LINK_SYNTAX))


class _Builder:
    """Accumulates one Document's text, paragraphs, units and source map."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.pieces: list[tuple[int, int, int, bool]] = []
        self.protected: list[Span] = []
        self.paragraphs: list[Paragraph] = []
        self.units: list[TextUnit] = []
        self.last_file_offset = 0

    def add_unit(self, unit_id: str, extract: Extract, meta: tuple[tuple[str, str], ...], at: int) -> int | None:
        """Append a unit; the index of its paragraph, or None when its text is blank."""
        text = extract.text
        if is_blank(text):
            return None
        if self.parts:
            self._append(UNIT_SEPARATOR, self.last_file_offset, exact=False)
        start = self.length
        if not extract.pieces:
            self._append(text, at, exact=False)
        for piece, file_start, exact in extract.pieces:
            self._append(piece, file_start, exact)
        self.protected += [Span(start + a, start + b) for a, b in extract.protected]
        lead = len(text) - len(text.lstrip())
        span = Span(start + lead, start + len(text.rstrip()))
        index = len(self.paragraphs)
        self.paragraphs.append(Paragraph(index=index, span=span, text=text.strip()))
        segments = tuple(Span(start + a, start + b) for a, b in extract.segments)
        self.units.append(TextUnit(unit_id, Span(start, start + len(text)), segments, meta))
        return index

    def has_words(self) -> bool:
        """True when anything shows outside the protected spans (tags, placeholders, URLs) but for what
        is left of a Markdown link or image (``[](`` and ``)``):
        a file of markup alone has nothing to translate, and a score for it would mean nothing."""
        position = 0
        text = "".join(self.parts)
        for span in sorted(self.protected):
            if _any_word(text, position, span.start):
                return True
            position = max(position, span.end)
        return _any_word(text, position, len(text))

    def _append(self, text: str, file_start: int, exact: bool) -> None:
        self.parts.append(text)
        self.pieces.append((self.length, file_start, len(text), exact))
        self.length += len(text)
        self.last_file_offset = file_start + (len(text) if exact else 0)

    def document(self, path: str, lang: str | None, sha256: str, starts: tuple[int, ...]) -> Document:
        source_map = SourceMap(line_starts=starts, pieces=tuple(self.pieces), protected=tuple(self.protected))
        return Document(
            path=path,
            text="".join(self.parts),
            lang=lang,
            paragraphs=tuple(self.paragraphs),
            sha256=sha256,
            units=tuple(self.units),
            source_map=source_map,
        )


def assemble_document(
    units: Iterable[RawUnit], path: str, file_text: str, data: bytes, lang: str | None = None
) -> Document:
    """A monolingual Document from the source sides of ``units`` (Markdown, HTML, one resource file)."""
    builder = _Builder()
    for unit in units:
        builder.add_unit(unit.id, unit.source, unit.meta, unit.file_offset)
    if not builder.paragraphs:
        raise InputError(f"{path}: no text to check")
    if not builder.has_words():
        raise InputError(f"{path}: no text to check, only markup (tags, placeholders, links, images)")
    return builder.document(path, lang, hashlib.sha256(data).hexdigest(), line_starts(file_text))


def assemble_bilingual(
    units: Sequence[RawUnit],
    path: str,
    file_text: str,
    data: bytes,
    fmt: str,
    langs: tuple[str | None, str | None] = (None, None),
    issues: Sequence[InputIssue] = (),
    target_file: tuple[str, str, bytes] | None = None,
) -> BilingualDocument:
    """Source and target Documents, unit pairs and input issues from the units of a bilingual file.

    ``target_file`` (path, decoded text, bytes) is given when the target comes from a file of its own
    (resource pairs); the target's offsets then point into it.
    """
    starts = line_starts(file_text)
    source, target = _Builder(), _Builder()
    pairs: list[UnitPair] = []
    found = list(issues)
    seen: set[str] = set()
    for unit in units:
        if unit.id in seen:
            found.append(InputIssue("duplicate_id", f"unit id {unit.id!r} appears more than once", unit.id))
        seen.add(unit.id)
        s_index = source.add_unit(unit.id, unit.source, unit.meta, unit.file_offset)
        t_extract = unit.target if unit.target is not None else Extract()
        t_index = target.add_unit(unit.id, t_extract, unit.meta, unit.file_offset)
        pair = UnitPair(unit.id, () if s_index is None else (s_index,), () if t_index is None else (t_index,))
        if not pair.source and not pair.target:
            continue
        pairs.append(pair)
        where = _location(starts, file_text, unit.file_offset, unit.id)
        found += _unit_issues(unit, t_extract, where)
    if not pairs:
        raise InputError(f"{path}: no translation units with text")
    if not source.has_words() and not target.has_words():
        raise InputError(f"{path}: no translation units with text, only markup (tags, placeholders)")
    offsets = {unit.id: unit.file_offset for unit in units}
    found = [
        replace(issue, location=_location(starts, file_text, offsets[issue.unit], issue.unit))
        if issue.location is None and issue.unit in offsets
        else issue
        for issue in found
    ]
    digest = hashlib.sha256(data).hexdigest()
    t_path, t_digest, t_starts = path, digest, starts
    if target_file is not None:
        t_path, t_digest, t_starts = (
            target_file[0],
            hashlib.sha256(target_file[2]).hexdigest(),
            line_starts(target_file[1]),
        )
    return BilingualDocument(
        source=source.document(path, langs[0], digest, starts),
        target=target.document(t_path, langs[1], t_digest, t_starts),
        pairs=tuple(pairs),
        issues=tuple(found),
        format=fmt,
    )


def _location(starts: tuple[int, ...], file_text: str, offset: int, unit: str) -> Location:
    line, column = SourceMap(starts, ()).line_column(min(offset, len(file_text)))
    return Location(line, column, unit)


def _unit_issues(unit: RawUnit, target: Extract, where: Location) -> list[InputIssue]:
    source_text, target_text = unit.source.text.strip(), target.text.strip()
    if not source_text:
        return [
            InputIssue(
                "empty_source", f"unit {unit.id!r} has a translation but no source text", unit.id, "source", where
            )
        ]
    if not target_text:
        return [InputIssue("empty_target", f"unit {unit.id!r} has no translation", unit.id, "target", where)]
    issues = []
    short, long = sorted((len(source_text), len(target_text)))
    if long >= MISALIGNED_MIN_CHARS and long > MISALIGNED_RATIO * short:
        issues.append(
            InputIssue(
                "misaligned",
                f"unit {unit.id!r}: source and translation differ in length {len(source_text)} to "
                f"{len(target_text)} characters; one of them may belong to another unit",
                unit.id,
                "target",
                where,
            )
        )
    if unit.source.segments and target.segments and len(unit.source.segments) != len(target.segments):
        issues.append(
            InputIssue(
                "segments_differ",
                f"unit {unit.id!r}: {len(unit.source.segments)} source segments, "
                f"{len(target.segments)} target segments",
                unit.id,
                "target",
                where,
            )
        )
    return issues
