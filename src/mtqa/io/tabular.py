"""CSV, TSV and JSONL files with a source and a target column: one unit per row.

Columns are found by name: ``source_column``/``target_column`` when given, else the first header
among ``source``, ``src``, ``source_text``, ``original`` (and the source language code) for the source,
and ``target``, ``tgt``, ``target_text``, ``translation``, ``mt`` (and the target language code) for
the target; names compare case-insensitively. ``id_column`` (default: ``id``, ``key``, ``segment_id``
when present) names the unit ids, else the row number is the id. Parsed with the standard
library's ``csv`` (RFC 4180 quoting; ``.tsv`` files use a tab) and ``json`` (one object per line).

A ``.csv`` file's delimiter is read from the file: spreadsheets in French, German and most European
locales save CSV with semicolons (the comma is their decimal mark), and Excel honours a first line
``sep=;``. The delimiter is the one that splits the header into the source and target columns, else
the one that splits it into the most columns (a comma when none does).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mtqa.errors import InputError
from mtqa.io.decoding import DEFAULT_MAX_BYTES, decode_bytes, read_limited
from mtqa.io.jsonpos import JNumber, JObject, JString, loads
from mtqa.io.units import BilingualDocument, Extract, RawUnit, assemble_bilingual
from mtqa.model import InputIssue

SOURCE_NAMES = ("source", "src", "source_text", "original")
TARGET_NAMES = ("target", "tgt", "target_text", "translation", "mt")
ID_NAMES = ("id", "key", "segment_id")
DELIMITERS = (",", ";", "\t", "|")
_SEP_LINE = re.compile(r"sep=(.)\r?\n?$", re.IGNORECASE)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


@dataclass(frozen=True)
class Columns:
    source: str | None = None
    target: str | None = None
    id: str | None = None
    source_lang: str | None = None
    target_lang: str | None = None


def read_table(
    path: Path | str, columns: Columns = Columns(), max_bytes: int | None = DEFAULT_MAX_BYTES
) -> BilingualDocument:
    file_path = Path(path)
    data = read_limited(file_path, max_bytes)
    suffix = file_path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return parse_jsonl(data, str(path), columns)
    return parse_csv(data, str(path), columns, "\t" if suffix in (".tsv", ".tab") else None)


def _pick(
    header: Sequence[str], wanted: str | None, defaults: Sequence[str], role: str, name: str, lang: str | None = None
) -> int | None:
    folded = [column.strip().casefold() for column in header]
    candidates = [wanted] if wanted else [d for d in defaults if d]
    for candidate in candidates:
        if candidate.casefold() in folded:
            return folded.index(candidate.casefold())
    by_language = _language_column(header, lang) if not wanted and lang else None
    if by_language is not None:
        return by_language
    if wanted or role != "id":
        listed = ", ".join(header) or "none"
        option = f"--{role}-column"
        missing = f"no {role} column {wanted!r}" if wanted else f"no {role} column"
        raise InputError(f"{name}: {missing} (columns: {listed}); name it with {option}")
    return None


def _language_column(header: Sequence[str], lang: str) -> int | None:
    """The one column named by a tag of the same language as ``lang``: ``fr-FR`` for ``-t fr``, ``en``
    for ``-s en-US`` (spreadsheets and TMS exports name columns by regional tags). The same tag wins over
    another region; two columns of the language and none exact is no answer."""
    from mtqa.errors import LanguageError
    from mtqa.lang import Language

    try:
        given = Language.parse(lang)
    except LanguageError:
        return None
    same: list[int] = []
    for position, column in enumerate(header):
        try:
            language = Language.parse(column.strip()) if column.strip() else None
        except LanguageError:
            continue
        if language is not None and language == given:
            return position
        if language is not None and language.known and language.same_language(given):
            same.append(position)
    return same[0] if len(same) == 1 else None


def _distinct(header: Sequence[str], source: int | None, target: int | None, name: str) -> None:
    """Refuse one column read as both sides: the text would be checked against itself."""
    if source is not None and source == target:
        raise InputError(
            f"{name}: the source and the translation are the same column {header[source]!r}; "
            "name two different ones with --source-column/--target-column"
        )


def _records(text: str, delimiter: str, *, quoting: bool = True) -> Iterator[tuple[list[str], int, str]]:
    """(fields, file offset, raw text) of each record; quoted fields may span lines (with ``quoting``)."""
    lines = [(m.group(), m.start()) for m in _LINE.finditer(text)]
    consumed: list[int] = []

    def feed() -> Iterator[str]:
        for number, (line, _) in enumerate(lines):
            consumed.append(number)
            yield line

    reader = csv.reader(
        feed(), delimiter=delimiter, strict=True, quoting=csv.QUOTE_MINIMAL if quoting else csv.QUOTE_NONE
    )
    first = 0
    with _fields_up_to(len(text)):
        try:
            for row in reader:
                last = consumed[-1]
                start = lines[first][1]
                raw = "".join(line for line, _ in lines[first : last + 1])
                first = last + 1
                yield row, start, raw
        except csv.Error as error:
            raise InputError(f"line {reader.line_num}: {error}") from None


@contextmanager
def _fields_up_to(length: int) -> Iterator[None]:
    """Python's csv refuses a field over 131,072 characters, far below the input size limit; a cell can
    be as long as the text (which the size limit bounds), and so can a header line split by a delimiter
    it does not use (the delimiter guess). The limit is process-wide, so it is put back."""
    earlier_limit = csv.field_size_limit(max(csv.field_size_limit(), length + 1))
    try:
        yield
    finally:
        csv.field_size_limit(earlier_limit)


def _field_starts(raw: str, delimiter: str, *, quoting: bool = True) -> list[tuple[int, int]]:
    """(start, end) of each field's text in a raw record (inside the quotes of a quoted field)."""
    spans: list[tuple[int, int]] = []
    position = 0
    length = len(raw.rstrip("\r\n"))
    while position <= length:
        if quoting and raw[position : position + 1] == '"':
            close = position + 1
            while True:
                close = raw.find('"', close)
                if close < 0 or raw[close + 1 : close + 2] != '"':
                    break
                close += 2
            close = length if close < 0 else close
            spans.append((position + 1, close))
            position = raw.find(delimiter, close)
        else:
            end = raw.find(delimiter, position, length)
            end = length if end < 0 else end
            spans.append((position, end))
            position = end
        if position < 0 or position >= length:
            break
        position += 1
    return spans


def sniff_delimiter(text: str, columns: Columns = Columns()) -> tuple[str, bool]:
    """The delimiter of a CSV text, and whether its first line is Excel's ``sep=X`` hint."""
    first_line = next(_LINE.finditer(text), None)
    header = first_line.group() if first_line else ""
    hint = _SEP_LINE.match(header)
    if hint:
        return hint.group(1), True
    source_names = _wanted(columns.source, (*SOURCE_NAMES, columns.source_lang or ""))
    target_names = _wanted(columns.target, (*TARGET_NAMES, columns.target_lang or ""))
    with _fields_up_to(len(header)):
        splits = {d: [f.strip().casefold() for f in next(csv.reader([header], delimiter=d), [])] for d in DELIMITERS}
    for delimiter, fields in splits.items():
        if source_names & set(fields) and target_names & set(fields):
            return delimiter, False
    widest = max(DELIMITERS, key=lambda d: len(splits[d]))
    return (widest if len(splits[widest]) > 1 else ","), False


def _wanted(given: str | None, defaults: Sequence[str]) -> set[str]:
    return {given.casefold()} if given else {name.casefold() for name in defaults if name}


def parse_csv(data: bytes, name: str, columns: Columns = Columns(), delimiter: str | None = None) -> BilingualDocument:
    """``delimiter`` None: read from the file (:func:`sniff_delimiter`)."""
    text = decode_bytes(data, name)
    hinted = False
    if delimiter is None:
        delimiter, hinted = sniff_delimiter(text, columns)
    quoting = True
    try:
        records = list(_records(text, delimiter))[1 if hinted else 0 :]
    except InputError as error:
        if delimiter != "\t":
            raise InputError(f"{name}: {error}") from None
        # TSV (IANA text/tab-separated-values) has no quoting; exporters that quote a cell holding a tab
        # quote the whole cell, which the first reading takes. A cell that only starts with a quotation
        # mark ("Stop," she said.) is dialogue, not quoting: then the file is read with no quoting.
        quoting = False
        records = list(_records(text, delimiter, quoting=False))
    if not records:
        raise InputError(f"{name}: the file is empty")
    header = records[0][0]
    s_col = _pick(
        header, columns.source, (*SOURCE_NAMES, columns.source_lang or ""), "source", name, columns.source_lang
    )
    t_col = _pick(
        header, columns.target, (*TARGET_NAMES, columns.target_lang or ""), "target", name, columns.target_lang
    )
    _distinct(header, s_col, t_col, name)
    i_col = _pick(header, columns.id, ID_NAMES, "id", name)
    _unique(header, (s_col, t_col, i_col), name, records[0][1], text)
    units: list[RawUnit] = []
    for number, (row, start, raw) in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        _fits(row, len(header), delimiter, name, _line_of(text, start))
        spans = _field_starts(raw, delimiter, quoting=quoting)
        unit_id = row[i_col] if i_col is not None and i_col < len(row) and row[i_col] else f"row {number}"
        source = _cell(row, s_col, spans, raw, start)
        target = _cell(row, t_col, spans, raw, start) if t_col is not None else None
        units.append(RawUnit(unit_id, source, target, (), start))
    return assemble_bilingual(
        units, name, text, data, "tsv" if delimiter == "\t" else "csv", (columns.source_lang, columns.target_lang)
    )


def _line_of(text: str, offset: int) -> int:
    """The 1-based line of an offset (a quoted field may span lines, so the record count is not it)."""
    return text.count("\n", 0, offset) + 1 if "\n" in text else text.count("\r", 0, offset) + 1


def _unique(header: Sequence[str], picked: Sequence[int | None], name: str, start: int, text: str) -> None:
    """Refuse a header naming a column it reads twice: which of the two holds the text is a guess."""
    folded = [column.strip().casefold() for column in header]
    for column in picked:
        if column is not None and folded.count(folded[column]) > 1:
            twice = [str(i + 1) for i, f in enumerate(folded) if f == folded[column]]
            raise InputError(
                f"{name}: line {_line_of(text, start)}: columns {' and '.join(twice)} are both named "
                f"{header[column]!r}; rename one of them"
            )


def _fits(row: Sequence[str], width: int, delimiter: str, name: str, line: int) -> None:
    """Refuse a row with more non-empty fields than the header: an unquoted delimiter shifted its cells,
    so the target column would hold part of the source. Trailing empty fields (``a,b,``) are harmless."""
    if len(row) > width and any(cell.strip() for cell in row[width:]):
        shown = "a tab" if delimiter == "\t" else repr(delimiter)
        raise InputError(
            f"{name}: line {line}: {len(row)} fields, the header has {width}; "
            f'quote a field that holds {shown} ("like{delimiter} this")'
        )


def _cell(row: list[str], column: int | None, spans: list[tuple[int, int]], raw: str, start: int) -> Extract:
    out = Extract()
    if column is None or column >= len(row):
        return out
    value = row[column]
    if column < len(spans):
        a, b = spans[column]
        out.add_mapped(value, raw[a:b], start + a)
    else:
        out.add(value, start, exact=False)
    return out


def parse_jsonl(data: bytes, name: str, columns: Columns = Columns()) -> BilingualDocument:
    text = decode_bytes(data, name)
    units: list[RawUnit] = []
    issues: list[InputIssue] = []
    for number, match in enumerate(_LINE.finditer(text), start=1):
        line = match.group()
        if not line.strip():
            continue
        value, end = loads(line, f"{name}: line {number}")
        if line[end:].strip():
            raise InputError(f"{name}: line {number}: not valid JSON: extra data after the object")
        if not isinstance(value, dict):
            raise InputError(f"{name}: line {number}: expected a JSON object")
        keys = list(value)
        source_names = (*SOURCE_NAMES, columns.source_lang or "")
        target_names = (*TARGET_NAMES, columns.target_lang or "")
        s_key = keys[_pick(keys, columns.source, source_names, "source", name, columns.source_lang) or 0]
        t_key = keys[_pick(keys, columns.target, target_names, "target", name, columns.target_lang) or 0]
        _distinct(keys, keys.index(s_key), keys.index(t_key), name)
        i_index = _pick(keys, columns.id, ID_NAMES, "id", name)
        raw_id = value[keys[i_index]] if i_index is not None else None
        where = f"{name}: line {number}: {keys[i_index]!r}" if i_index is not None else ""
        unit_id = _string(raw_id, line, match.start(), where).text or f"line {number}"
        issues += [
            InputIssue(
                "duplicate_key", f"line {number}: field {key!r} is given more than once; only the last is read", unit_id
            )
            for key in dict.fromkeys(value.duplicates if isinstance(value, JObject) else ())
        ]
        units.append(
            RawUnit(
                unit_id,
                _string(value[s_key], line, match.start(), f"{name}: line {number}: {s_key!r}"),
                _string(value[t_key], line, match.start(), f"{name}: line {number}: {t_key!r}"),
                (),
                match.start(),
            )
        )
    if not units:
        raise InputError(f"{name}: the file is empty")
    return assemble_bilingual(
        units, name, text, data, "jsonl", (columns.source_lang, columns.target_lang), issues=issues
    )


def _string(node: object, line: str, offset: int, where: str) -> Extract:
    """A cell's text: a string, a number (a spreadsheet's "2024" exported as 2024), or
    nothing for null. An array, an object or true/false is no text: the row is refused, naming the
    cell, rather than read as its Python spelling ("[1, 2]", "True")."""
    out = Extract()
    if isinstance(node, JString):
        out.add_mapped(node.value, line[node.start + 1 : node.end - 1], offset + node.start + 1)
    elif isinstance(node, bool | dict | list):
        kind = "true/false" if isinstance(node, bool) else "an object" if isinstance(node, dict) else "an array"
        raise InputError(f"{where} is {kind}, not text: write it as a string")
    elif isinstance(node, JNumber):
        out.add(node.text, offset + node.start)  # as written: 1.50 stays 1.50
    elif node is not None:  # pragma: no cover - every other JSON value is handled above
        out.add(str(node), offset, exact=False)
    return out
