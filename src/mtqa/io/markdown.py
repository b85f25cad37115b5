"""Markdown articles read structure-aware, with markdown-it-py (MIT; CommonMark plus tables).

Each heading, paragraph (in lists and block quotes too) and table cell is one unit: one paragraph of
the Document, whose text is the block's inline source as written (emphasis markers, inline code and
links included), copied line by line so that every character maps back to its line and column.
Code blocks, fenced code and raw HTML blocks are left out of the text. Inline code spans, link
destinations and titles, autolinks, inline HTML tags and comments, and the shortcodes and template tags
of static site generators (``{{< figure >}}``, ``{% include %}``, ``{{ page.title }}``) are *protected*
spans (``Document.source_map.protected``), which the checks are not meant to look into; the markup
checks still compare the links. YAML front matter
(between ``---`` lines at the top) and TOML front matter (between ``+++`` lines, Hugo's) are not text,
except the string values of :data:`FRONT_MATTER_KEYS`, which come first, as units of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtqa.errors import InputError
from mtqa.io.decoding import (
    DEFAULT_MAX_BYTES,
    MAX_PARAGRAPHS,
    decode_bytes,
    line_starts,
    normalise_newlines,
    read_limited,
)
from mtqa.io.units import Extract, RawUnit, assemble_document
from mtqa.model import Document

if TYPE_CHECKING:
    from markdown_it.token import Token

FRONT_MATTER_KEYS = ("title", "description", "summary", "subtitle", "excerpt")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
# A top-level TOML key with a one-line string value: where a front-matter title sits in the file.
_TOML_STRING = re.compile(r"""^[ \t]*"?([A-Za-z0-9_-]+)"?[ \t]*=[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)')""", re.M)
# The comment and template-tag patterns look at most 2,000 characters ahead for their end: unbounded,
# a paragraph of many "{{" or "<!--" without one cost the rest of the paragraph for each (quadratic).
# Inline code is found apart by _code_spans: as a regex (`+)...\1, a run of n backticks cost n^3 steps.
_BACKTICKS = re.compile(r"`+")
_PROTECTED = re.compile(
    r"\]\(([^)\s]+(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?)"  # a link's destination and title
    r"|<[A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*>"  # autolinks
    r"|<!--.{0,2000}?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"  # inline HTML
    r"|\{\{[<%].{0,2000}?[>%]\}\}|\{%.{0,2000}?%\}|\{\{.{0,2000}?\}\}",  # shortcodes, template tags
    re.DOTALL,
)
_UNIT_KIND = {"heading_open": "heading", "paragraph_open": "paragraph", "th_open": "cell", "td_open": "cell"}


def read_markdown(
    path: Path | str,
    lang: str | None = None,
    front_matter_keys: Sequence[str] = FRONT_MATTER_KEYS,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Document:
    data = read_limited(Path(path), max_bytes)
    return parse_markdown(data, str(path), lang, front_matter_keys)


def parse_markdown(
    data: bytes, name: str, lang: str | None = None, front_matter_keys: Sequence[str] = FRONT_MATTER_KEYS
) -> Document:
    original = decode_bytes(data, name)
    text = normalise_newlines(original)
    # Offsets are found in the normalised text, by line and column, then moved to the file as it is.
    starts, file_starts = line_starts(text), line_starts(original)
    units: list[RawUnit] = []
    body = text
    match = _FRONT_MATTER.match(text)
    toml = _TOML_FRONT_MATTER.match(text) if match is None else None
    if toml:
        units += _toml_front_matter(toml, front_matter_keys)
    elif match:
        units += _front_matter(text, match, front_matter_keys, name)
    front = toml or match
    if front:
        # Blank lines in place of the front matter keep the line numbers markdown-it reports.
        body = "\n" * front.group().count("\n") + text[front.end() :]
    units += list(_blocks(body, starts, name))
    if starts != file_starts:  # compared once: per unit, the comparison made a 40,000-cell file quadratic
        units = [_to_file(unit, starts, file_starts) for unit in units]
    return assemble_document(units, name, original, data, lang)


def _front_matter(text: str, match: re.Match[str], keys: Sequence[str], name: str) -> list[RawUnit]:
    from mtqa.errors import InputError

    if not match.group(1) or not keys:
        return []
    import yaml

    start = match.start(1)
    try:
        root = yaml.compose(match.group(1), Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []  # front matter that is not YAML (or TOML-like): not text either way
    except RecursionError:
        raise InputError(f"{name}: front matter nested too deeply") from None
    units: list[RawUnit] = []
    if not isinstance(root, yaml.MappingNode):
        return units
    for key, value in root.value:
        if isinstance(value, yaml.ScalarNode) and str(key.value) in keys and _text_scalar(value):
            out = Extract()
            a, b = value.start_mark.index, value.end_mark.index
            out.add_mapped(value.value, match.group(1)[a:b], start + a)
            units.append(RawUnit(f"front_matter.{key.value}", out, None, (("kind", "front_matter"),), start + a))
    return units


def _text_scalar(node: Any) -> bool:
    """A string, or a plain scalar YAML would type otherwise but a title means as written: ``1984``,
    ``2049``, ``2020-01-01``, ``Yes``. (The node's value is its text as written.) Only null is no text."""
    return bool(node.tag.endswith(":str") or (node.style is None and not node.tag.endswith(":null")))


def _toml_front_matter(match: re.Match[str], keys: Sequence[str]) -> list[RawUnit]:
    import tomllib

    block = match.group(1) or ""
    try:
        values = tomllib.loads(block)
    except ValueError:  # TOMLDecodeError, or int()'s refusal of a number of more than 4,300 digits
        return []  # not TOML after all (or not TOML Python reads): not text either way
    top_level = re.split(r"^[ \t]*\[", block, maxsplit=1, flags=re.M)[0]  # keys before the first [table]
    units: list[RawUnit] = []
    for found in _TOML_STRING.finditer(top_level):
        key = found.group(1)
        value = values.get(key)
        if key in keys and isinstance(value, str) and value.strip():
            group = 2 if found.group(2) is not None else 3
            out = Extract()
            offset = match.start(1) + found.start(group)
            out.add_mapped(value, found.group(group), offset)
            units.append(RawUnit(f"front_matter.{key}", out, None, (("kind", "front_matter"),), offset))
    return units


def _blocks(body: str, starts: tuple[int, ...], name: str = "") -> Iterator[RawUnit]:
    from markdown_it import MarkdownIt

    # Each table cell is a paragraph: refuse a file with far more than mtqa.pipeline accepts before it
    # is parsed, which alone took 28 s and 1.2 GB for 600,000 cells. A row has at least one cell for
    # every four '|' (|a|, |-|: a one-column table), so past this bound the article is surely too large.
    pipes = body.count("|")
    if pipes > 4 * MAX_PARAGRAPHS:
        raise InputError(
            f"{name}: {pipes:,} '|' table separators, more table cells than the {MAX_PARAGRAPHS:,} "
            "paragraphs mtqa checks as one article; split the file"
        )
    least = _least_units(body)
    if least > MAX_PARAGRAPHS:
        raise InputError(
            f"{name}: at least {least:,} paragraphs (list items, table cells, blocks of text), more than the "
            f"{MAX_PARAGRAPHS:,} mtqa checks as one article; split the file"
        )
    parser = MarkdownIt("commonmark").enable("table")
    tokens = parser.parse(body)
    lines = body.split("\n")
    _refuse_lost_text(tokens, lines, parser.options.get("maxNesting", 20), name)
    kind = "paragraph"
    cursor: dict[int, int] = {}  # line -> column searched up to (table cells share a line)
    for token in tokens:
        if token.type in _UNIT_KIND:
            kind = _UNIT_KIND[token.type]
        if token.type != "inline" or token.map is None:
            continue
        out = Extract()
        first = token.map[0]
        for k, content_line in enumerate(token.content.split("\n")):
            number = min(first + k, len(lines) - 1)
            line = lines[number]
            column = line.find(content_line, cursor.get(number, 0)) if content_line else -1
            if k:
                out.add("\n", starts[number] - 1)
            if column < 0:
                out.add(content_line, starts[number], exact=False)
                continue
            cursor[number] = column + len(content_line)
            out.add(content_line, starts[number] + column)
        _protect(out)
        yield RawUnit("", out, None, (("kind", kind),), starts[first])


_READ = ("inline", "fence", "code_block", "html_block")
_WORDS = re.compile(r"\w{2,}")
_REFERENCE = re.compile(r"^[ >]*\[[^\]]+\]:")  # a link reference definition makes no token, and is no text


def _refuse_lost_text(tokens: Sequence[Token], lines: Sequence[str], max_nesting: int, name: str) -> None:
    """Refuse a file whose text the parser would drop or misread, where the check would then silently
    check nothing (or prose as code): block quotes or lists nested past markdown-it's limit (its text is
    not parsed at all), and a code fence never closed that runs to the end of the file (CommonMark reads
    all that follows as code)."""
    if tokens and max(token.level for token in tokens) >= max_nesting - 1:
        covered = {n for t in tokens if t.type in _READ and t.map for n in range(*t.map)}
        for number, line in enumerate(lines):
            if number not in covered and _WORDS.search(line) and not _REFERENCE.match(line):
                raise InputError(
                    f"{name}: line {number + 1}: block quotes or lists nested more than {max_nesting} levels "
                    "deep: the Markdown parser does not read the text inside; flatten the nesting"
                )
    last = max((n for n, line in enumerate(lines) if line.strip()), default=-1)
    for token in tokens:
        if token.type != "fence" or token.map is None or token.map[1] <= last:
            continue
        start, end = token.map
        closing = re.compile(rf"[ >]*{re.escape(token.markup[0])}{{{len(token.markup)},}}[ \t]*")
        if end - 1 > start and not closing.fullmatch(lines[end - 1]):
            raise InputError(
                f"{name}: line {start + 1}: a code fence ({token.markup}) that is never closed: the rest of "
                f"the file ({end - start - 1} lines) would be read as code, not text; close the fence"
            )


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
# HTML blocks of kinds 1-5 (CommonMark 4.6) run past blank lines until their end marker; the others end
# at a blank line. Nothing in them is a paragraph.
_HTML_RAW = re.compile(r" {0,3}<(?:(script|pre|style|textarea)\b|(!--)|(\?)|(![A-Za-z])|(!\[CDATA\[))", re.I)
_HTML_END = ("</(?:script|pre|style|textarea)>", "-->", r"\?>", ">", "]]>")
_ITEM = re.compile(r" {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]{1,4}[^\s<`~]")
_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_DELIMITER_ROW = re.compile(r" {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_REFERENCE = re.compile(r" {0,3}\[[^\]]+\]:")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def _cells(line: str) -> list[str]:
    """A table line's cells, as GFM splits them (outer pipes dropped, ``\\|`` kept in its cell)."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return _UNESCAPED_PIPE.split(inner)


_NOT_TEXT = re.compile(r"!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|<[^>]*>")  # images, link targets, tags


def _texty(text: str) -> bool:
    return any(character.isalnum() for character in _NOT_TEXT.sub("", text))


def _least_units(body: str) -> int:
    """A lower bound on the text units markdown-it finds in ``body``, in one pass over the lines: list
    items, table cells and blocks after a blank line that hold a letter or digit, outside fenced code,
    indented code and HTML blocks. Parsing a file of 60,000 list items or table rows took a minute before
    the paragraph limit refused it; this refuses it at once. Whatever this pass does not recognise
    counts for nothing, so the bound is never above what the parser finds."""
    count = 0
    lines = body.split("\n")
    closing: re.Pattern[str] | str | None = None  # the end of the fenced code or raw HTML we are in
    after_blank = True
    columns = 0  # in a table: its number of columns
    in_html = False  # in an HTML block that ends at a blank line
    for number, line in enumerate(lines):
        if isinstance(closing, str):  # a code fence
            stripped = line.strip()
            closing = None if stripped.startswith(closing) and not stripped.strip(closing[0]) else closing
            continue
        if closing is not None:
            closing = None if closing.search(line) else closing
            continue
        if not line.strip():
            after_blank, columns, in_html = True, 0, False
            continue
        if columns and ("|" not in line or _ITEM.match(line)):
            columns = 0  # the table ends (a line of text, a list): counted below as what it is
        if in_html or line.startswith(("    ", "\t")):
            after_blank = False
            continue
        opened, raw = _FENCE.match(line), _HTML_RAW.match(line)
        if opened:
            closing = opened.group(1)
        elif raw:
            end = re.compile(_HTML_END[next(k for k, group in enumerate(raw.groups()) if group is not None)], re.I)
            closing = None if end.search(line, raw.end()) else end
        elif line.lstrip(" ").startswith("<"):
            in_html = after_blank  # an HTML block starts only where a paragraph could
        elif columns:
            count += sum(1 for cell in _cells(line)[:columns] if _texty(cell))
        elif "|" in line and number + 1 < len(lines) and _DELIMITER_ROW.match(lines[number + 1]):
            header = _cells(line)
            if len(header) == len(_cells(lines[number + 1])):  # else markdown-it sees no table
                count += sum(1 for cell in header if _texty(cell))
                columns = len(header)
                closing = re.compile("")  # the delimiter row: skipped by the branch above
        elif (item := _ITEM.match(line)) and not _BREAK.match(line):
            count += _texty(line[item.end() - 1 :])
        elif after_blank and not _REFERENCE.match(line):
            count += _texty(line)  # a paragraph or a heading
        after_blank = False
    return count


def _protect(out: Extract) -> None:
    """Protect code spans and the other inline markup, leftmost first (a code span wins a tie, and what
    one protected span covers starts no other)."""
    text = out.text
    spans = iter(_code_spans(text))
    code = next(spans, None)
    match = _PROTECTED.search(text)
    pos = 0
    while code is not None or match is not None:
        if match is not None and match.start() < pos:
            match = _PROTECTED.search(text, pos)  # searched again only once passed: linear overall
            continue
        if code is not None and code[0] < pos:
            code = next(spans, None)
            continue
        if code is not None and (match is None or code[0] <= match.start()):
            out.protected.append(code)
            pos = code[1]
        elif match is not None:
            group = 1 if match.group(1) else 0
            out.protected.append((match.start(group), match.end(group)))
            pos = match.end()


def _code_spans(text: str) -> list[tuple[int, int]]:
    """CommonMark code spans in linear time: a run of backticks opens a span closed by the next run of
    exactly the same length; a run with no such closer is literal text."""
    runs = [(run.start(), run.end()) for run in _BACKTICKS.finditer(text)]
    closer = [-1] * len(runs)  # index of the next run of the same length, found from the right
    last: dict[int, int] = {}
    for k in range(len(runs) - 1, -1, -1):
        size = runs[k][1] - runs[k][0]
        closer[k] = last.get(size, -1)
        last[size] = k
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(runs):
        if closer[k] < 0:
            k += 1
            continue
        spans.append((runs[k][0], runs[closer[k]][1]))
        k = closer[k] + 1
    return spans


def _to_file(unit: RawUnit, starts: tuple[int, ...], file_starts: tuple[int, ...]) -> RawUnit:
    """Offsets in the normalised text -> offsets in the decoded file (same lines and columns)."""
    from bisect import bisect_right

    def move(offset: int) -> int:
        line = max(bisect_right(starts, offset) - 1, 0)
        return file_starts[line] + offset - starts[line]

    moved = Extract(
        pieces=[(text, move(at), exact) for text, at, exact in unit.source.pieces],
        protected=unit.source.protected,
        segments=unit.source.segments,
        length=unit.source.length,
    )
    return RawUnit(unit.id, moved, None, unit.meta, move(unit.file_offset))
