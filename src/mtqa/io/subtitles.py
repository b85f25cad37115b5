"""Subtitles: SubRip (``.srt``) and WebVTT (``.vtt``), one unit per cue.

A cue's text is its lines after the timing line, joined by spaces (a subtitle breaks its lines for the
screen, not for the sentence); cue numbers, timings and cue settings are left out, and so are WebVTT's
header, ``NOTE``, ``STYLE`` and ``REGION`` blocks. Styling tags (``<i>``, ``<font color=…>``, ``<v Speaker>``,
``<00:00:01.000>``, ``{\\an8}``) stay in the text as protected spans, as HTML's inline tags
do, so the markup checks see a lost ``<i>``. Timings are not checked: overlapping or unordered cues are
read like any others; but a cue whose timing line cannot be read (``00:00:01,000 -> …``) is refused with
its line, rather than its numbers read as text, and cues not separated by blank lines are split at each
timing line (with the cue number before it). Read by hand: the format is a few lines of grammar, and
the libraries that parse it (pysubs2) drop the file offsets every finding's location needs.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from mtqa.errors import InputError
from mtqa.io.decoding import DEFAULT_MAX_BYTES, decode_bytes, read_limited
from mtqa.io.units import Extract, RawUnit, assemble_document
from mtqa.model import Document

_TIME = r"(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}"
_TIMING = re.compile(rf"\s*{_TIME}\s*-->\s*{_TIME}")
# A line meant as a timing line that does not parse ("00:00:01,000 -> 00:00:02,000", "-1:-1:-1,-1 --> …"):
# read as text, its numbers would be checked as translated text.
_BROKEN_TIMING = re.compile(r"-->|^\s*-?\d[\d:,.-]*\s*-{1,2}>")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>|<\d+:\d{2}:\d{2}\.\d{3}>|<\d{2}:\d{2}\.\d{3}>|\{\\[^{}\n]*\}")
_VTT_BLOCKS = ("WEBVTT", "NOTE", "STYLE", "REGION")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def read_subtitles(path: Path | str, lang: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Document:
    return parse_subtitles(read_limited(Path(path), max_bytes), str(path), lang)


def parse_subtitles(data: bytes, name: str, lang: str | None = None) -> Document:
    text = decode_bytes(data, name)
    webvtt = name.lower().endswith(".vtt")
    units: list[RawUnit] = []
    for block in _blocks(text):
        timing = next((i for i, (line, _) in enumerate(block) if _TIMING.match(line)), None)
        if timing is None:
            if webvtt and block[0][0].lstrip().startswith(_VTT_BLOCKS):
                continue
            _refuse_broken_timing(block, text, name)
            if len(block) == 1 and block[0][0].strip().isdigit():
                continue  # a cue number whose cue lost its timing line
            lines = block  # text after a blank line inside a cue: still text, kept as its own unit
        else:
            lines = block[timing + 1 :]
        extract = Extract()
        for line, offset in lines:
            if extract.length:
                extract.add(" ", offset, exact=False)
            _add_line(extract, line.strip(), offset + len(line) - len(line.lstrip()), webvtt)
        if extract.text.strip():
            units.append(RawUnit(f"cue {len(units) + 1}", extract, None, (), lines[0][1]))
    return assemble_document(units, name, text, data, lang)


def _refuse_broken_timing(block: list[tuple[str, int]], text: str, name: str) -> None:
    """A cue whose timing line (first, or after the cue number) cannot be read is malformed input."""
    head = block[1:2] if block[0][0].strip().isdigit() else block[:1]
    for line, offset in head:
        if _BROKEN_TIMING.search(line):
            number = text.count("\n", 0, offset) + text.count("\r", 0, offset) - text.count("\r\n", 0, offset) + 1
            raise InputError(
                f"{name}: line {number}: a cue's timing line cannot be read ({line.strip()[:60]!r}); "
                f"write it as {_EXAMPLE_VTT if name.lower().endswith('.vtt') else _EXAMPLE_SRT}"
            )


# Each format's own timing line as the fix: WebVTT writes a full stop before the milliseconds, SRT a comma.
_EXAMPLE_SRT = "00:00:01,000 --> 00:00:02,500"
_EXAMPLE_VTT = "00:00:01.000 --> 00:00:02.500"


def _blocks(text: str) -> list[list[tuple[str, int]]]:
    """Blocks of non-blank lines, each line with its offset in the file."""
    blocks: list[list[tuple[str, int]]] = [[]]
    for match in _LINE.finditer(text):
        line = match.group().rstrip("\r\n")
        if line.strip():
            blocks[-1].append((line, match.start()))
        elif blocks[-1]:
            blocks.append([])
        if match.end() == len(text):
            break
    return [cue for block in blocks if block for cue in _cues(block)]


def _cues(block: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """A block split before every timing line past its second line (and before that line's cue number):
    a file whose cues are not separated by blank lines is read cue by cue, as players read it, rather
    than its numbers and timings read as the first cue's text. (A timing line second is the cue's own,
    after its number or WebVTT identifier.)"""
    starts = [0]
    for index in range(2, len(block)):
        if not _TIMING.match(block[index][0]):
            continue
        start = index - 1 if block[index - 1][0].strip().isdigit() else index
        if start > starts[-1]:
            starts.append(start)
    return [block[start:end] for start, end in zip(starts, [*starts[1:], len(block)], strict=True)]


def _add_line(extract: Extract, line: str, offset: int, webvtt: bool) -> None:
    position = 0
    for tag in _TAG.finditer(line):
        _add_text(extract, line[position : tag.start()], offset + position, webvtt)
        extract.add_protected(tag.group(), offset + tag.start())
        position = tag.end()
    _add_text(extract, line[position:], offset + position, webvtt)


def _add_text(extract: Extract, text: str, offset: int, webvtt: bool) -> None:
    # WebVTT escapes & < > as HTML does; SubRip has no escapes.
    decoded = unescape(text) if webvtt and "&" in text else text
    extract.add(decoded, offset, exact=decoded == text)
