"""gettext PO files: one unit per entry (per plural form), read with polib (MIT).

- The source is ``msgid``; plural entries give one unit per ``msgstr[n]``, whose source is ``msgid``
  for form 0 and ``msgid_plural`` for the others (as pofilter compares them). Unit ids are
  ``msgctxt|msgid`` (``msgid`` alone without context), with ``[n]`` for plural forms.
- Fuzzy entries are excluded by default (``fuzzy="exclude"``: their translation is a guess awaiting
  review) and listed as ``fuzzy`` input issues; ``fuzzy="include"`` checks them and still lists them.
- Obsolete entries (``#~``) and the header are skipped (a second header, left by joining two files, too,
  as a ``duplicate_id`` input issue); the header's ``Language`` gives the target
  language. An entry whose number of plural forms differs from the header's ``nplurals`` is reported.
- The file is UTF-8 (or UTF-16/32 with a BOM), or the charset its header declares; a single-byte
  charset (ISO-8859-1, CP1252 ...) declared over bytes that are valid UTF-8 is taken for UTF-8.
- Markup that is code, not prose, is *protected* (``Document.source_map.protected``: only the markup
  checks read it): reStructuredText roles, inline literals and literal-block markers, which Sphinx
  projects' PO files are full of (``:mod:`colorsys```, ````None````, ``Example::``), and in entries
  flagged ``*-format`` the format placeholders (``%s``, ``%(name)d``, ``{0}``, ``{name}``).
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import Literal

from mtqa.errors import InputError
from mtqa.io.decoding import (
    DEFAULT_MAX_BYTES,
    decode_bytes,
    line_starts,
    read_limited,
    utf8_labelled_single_byte,
    wide_charset,
)
from mtqa.io.units import BilingualDocument, Extract, RawUnit, assemble_bilingual
from mtqa.model import InputIssue, Location

Fuzzy = Literal["exclude", "include"]
_CHARSET = re.compile(rb"charset=([A-Za-z0-9._-]+)")
_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")
# A role is ``:name:`` or ``:domain:name:`` right before a backquoted target; not after a word or a
# backquote, so "ratio 1:2" or a literal's content is never taken for one.
# A paragraph ending in "::" introduces a literal block; the marker is syntax, not punctuation.
_RST_CODE = re.compile(r"(?<![\w`]):[A-Za-z][\w.+-]*(?::[A-Za-z][\w.+-]*)?:`[^`\n]+`|``[^`\n]+``|(?<!:)::(?=\s*\Z)")
_FORMAT_PLACEHOLDER = re.compile(
    r"%(?:\([^)\n]+\))?[-#0 +]*(?:\d+|\*)?(?:\.\d+)?[hlLqjzt]*[diouxXeEfFgGcrsa%]"  # printf
    r"|\{[\w.\[\]]*(?:![rsa])?(?::[^{}\n]*)?\}"  # str.format
)
_KEYWORD = re.compile(r"\s*(?:#~\s*)?(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s*\"")
# A line holding a quoted string (after an optional keyword) must close it: polib reads `msgid "Hello`
# as "Hell", dropping a character and taking the next line's keyword as text; msgfmt refuses it.
_STRING_LINE = re.compile(r"\s*(?:#~\s*)?(?:(?:msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s*)?\"")
_CLOSED_STRING = re.compile(r'"(?:[^"\\]|\\.)*"\s*')
# gettext's templates say charset=CHARSET until a translator fills it in: no charset, so UTF-8.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_NO_CHARSET = frozenset({b"CHARSET"})


def read_po(path: Path | str, fuzzy: Fuzzy = "exclude", max_bytes: int | None = DEFAULT_MAX_BYTES) -> BilingualDocument:
    return parse_po(read_limited(Path(path), max_bytes), str(path), fuzzy)


def _wide_label_on_narrow(data: bytes, charset: bytes) -> bool:
    """True when the header says UTF-16 or UTF-32 but no byte is NUL: the header itself, being read,
    is in a one-byte-per-ASCII-letter encoding, so the label is stale (a file converted, its header
    kept). Decoded as labelled, every line became CJK-looking garbage and a "syntax error in line 1"."""
    return wide_charset(charset.decode("ascii")) and b"\x00" not in data


def parse_po(data: bytes, name: str, fuzzy: Fuzzy = "exclude") -> BilingualDocument:
    import polib

    declared = _CHARSET.search(data[:4096])
    charset = declared.group(1) if declared and declared.group(1).upper() not in _NO_CHARSET else None
    if charset and (utf8_labelled_single_byte(data, charset.decode("ascii")) or _wide_label_on_narrow(data, charset)):
        charset = None
    text = decode_bytes(data, name, charset.decode("ascii") if charset else None)
    _check_strings_closed(text, name)
    try:
        # polib takes a string holding a newline as content, never as a file name.
        parsed = _numeric_escapes_decoded(text, charset.decode("ascii") if charset else "utf-8")
        catalog = polib.pofile(parsed if "\n" in parsed else parsed + "\n", wrapwidth=0)
    except (OSError, ValueError, UnicodeError) as error:
        raise InputError(
            f"{name}: not a valid PO file: {str(error).splitlines()[0] if str(error) else error}"
        ) from None
    lines = _Lines(text)
    units: list[RawUnit] = []
    issues: list[InputIssue] = []
    nplurals = _nplurals(catalog.metadata.get("Plural-Forms", ""), name)
    for entry in catalog:
        if entry.obsolete:
            continue
        if entry.msgid == "" and entry.msgctxt is None:
            # A second header (two PO files joined with cat; msgfmt: "duplicate message definition"):
            # metadata, not text to check. polib reads the first one as the header.
            issues.append(
                InputIssue(
                    "duplicate_id",
                    f'line {entry.linenum}: a second header entry (msgid ""); left out of the checks',
                    "",
                    "target",
                    Location(entry.linenum or 1, 1, ""),
                )
            )
            continue
        key = f"{entry.msgctxt}|{entry.msgid}" if entry.msgctxt is not None else entry.msgid
        fields = lines.fields(entry.linenum)
        meta = _meta(entry)
        is_fuzzy = "fuzzy" in entry.flags
        if is_fuzzy:
            issues.append(
                InputIssue(
                    "fuzzy",
                    f"entry {key!r} is fuzzy: {'checked anyway' if fuzzy == 'include' else 'left out of the checks'}",
                    key,
                    "target",
                    Location(entry.linenum or 1, 1, key),
                )
            )
            if fuzzy == "exclude":
                continue
        offset = lines.offset(entry.linenum)
        if entry.msgid_plural:
            forms = dict(sorted(entry.msgstr_plural.items()))
            # polib reads one digit of an index (msgstr[12] is its msgstr[1]): the file's own are checked.
            indexed = [(field, at) for field, (at, _) in fields.items() if field.startswith("msgstr[")]
            written = sorted({_index(field, lines.line_of(at), name) for field, at in indexed})
            problem = _plural_problem(written or list(forms), nplurals)
            if problem:
                issues.append(InputIssue("plural_forms", f"entry {key!r} {problem}", key, "target"))
            for n, translated in forms.items():
                source_field = "msgid" if n == 0 else "msgid_plural"
                source = lines.extract(fields, source_field, entry.msgid if n == 0 else entry.msgid_plural)
                target = lines.extract(fields, f"msgstr[{n}]", translated)
                units.append(RawUnit(f"{key}[{n}]", _protect(source, entry), _protect(target, entry), meta, offset))
        else:
            source = _protect(lines.extract(fields, "msgid", entry.msgid), entry)
            target = _protect(lines.extract(fields, "msgstr", entry.msgstr), entry)
            units.append(RawUnit(key, source, target, meta, offset))
    target_lang = _language_tag(catalog.metadata.get("Language") or None)
    return assemble_bilingual(units, name, text, data, "po", (None, target_lang), issues)


# A C escape in a quoted string: msgfmt reads octal (\101) and hex (\x41) escapes as bytes of the file's
# charset; polib reads only \n, \t, \" and the like, and left "\101" as text (a false number).
_ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|.)")
_COMMENT_LINE = re.compile(r"[ \t]*#(?!~)")


def _numeric_escapes_decoded(text: str, charset: str) -> str:
    """``text`` with every run of octal or hex escapes in its quoted strings replaced by the characters
    its bytes spell in ``charset``, written as polib reads them (same lines; offsets are mapped back to
    the file by :meth:`Extract.add_mapped`). A run that is not valid in the charset stays as it was."""
    if "\\" not in text:
        return text
    return "".join(
        line if _COMMENT_LINE.match(line) or "\\" not in line else _decode_line(line, charset)
        for line in text.splitlines(keepends=True)
    )


def _decode_line(line: str, charset: str) -> str:
    out: list[str] = []
    run = bytearray()  # the bytes of consecutive numeric escapes, line[run_start:position]
    run_start = position = 0  # position: the end of what is in ``out`` or in ``run``
    for match in _ESCAPE.finditer(line):
        octal, hexadecimal = match.group(1), match.group(2)
        if octal is None and hexadecimal is None:
            continue  # \\, \", \n ...: polib's own
        if run and match.start() != position:
            out.append(_spelled(run, line[run_start:position], charset))
            run = bytearray()
        if not run:
            out.append(line[position : match.start()])
            run_start = match.start()
        run.append(int(octal, 8) & 0xFF if octal is not None else int(hexadecimal, 16))
        position = match.end()
    if run:
        out.append(_spelled(run, line[run_start:position], charset))
    out.append(line[position:])
    return "".join(out)


def _spelled(run: bytearray, raw: str, charset: str) -> str:
    try:
        decoded = bytes(run).decode(charset)
    except (UnicodeDecodeError, LookupError):
        return raw
    return decoded.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def _check_strings_closed(text: str, name: str) -> None:
    for number, line in enumerate(_LINE_BREAK.split(text), 1):  # not splitlines(): U+2028 is text here
        opening = _STRING_LINE.match(line)
        if opening and not _CLOSED_STRING.fullmatch(line, opening.end() - 1):
            raise InputError(f"{name}: line {number}: a quoted string that does not end on its line")


def _protect(extract: Extract, entry: object) -> Extract:
    text = extract.text
    patterns = [_RST_CODE]
    if any(flag.endswith("-format") and not flag.startswith("no-") for flag in getattr(entry, "flags", [])):
        patterns.append(_FORMAT_PLACEHOLDER)
    for pattern in patterns:
        extract.protected += [match.span() for match in pattern.finditer(text) if match.group() != "%%"]
    extract.protected.sort()
    return extract


def _plural_problem(indexes: list[int], nplurals: int | None) -> str | None:
    """What is wrong with an entry's msgstr[n] indexes (sorted), as msgfmt sees it: they must be 0 to
    nplurals - 1 (0 to their count - 1 without a header), each once."""
    count = nplurals if nplurals is not None else len(indexes)
    # The count is compared, never used to build anything: nplurals=2000000000 made a list of two
    # billion numbers here (23 GB before the OOM killer stopped the run).
    if count < 1 or (len(indexes) == count and indexes == list(range(len(indexes)))):
        return None
    odd = [index for index in indexes if index >= count]
    if odd:
        shown = ", ".join(f"msgstr[{index}]" for index in odd[:3]) + (" ..." if len(odd) > 3 else "")
        return f"has {shown}, past the last form msgstr[{count - 1}]" + (
            f" (the header says nplurals={nplurals})" if nplurals is not None else ""
        )
    return f"has {len(indexes)} plural forms, the header says {nplurals}"


# More digits than any count of plural forms or index can need (no language has more than six forms),
# and few enough for int() (Python refuses more than 4,300 digits: "internal error" before).
_MAX_DIGITS = 18


def _number(digits: str, what: str, name: str) -> int:
    if len(digits) > _MAX_DIGITS:
        raise InputError(f"{name}: {what} {digits[:12]}... ({len(digits):,} digits) is not a number of plural forms")
    return int(digits)


def _nplurals(header: str, name: str) -> int | None:
    match = _NPLURALS.search(header)
    return _number(match.group(1), "the header's nplurals", name) if match else None


def _index(field: str, line: int, name: str) -> int:
    return _number(field[7:-1], f"line {line}: the plural form index", name)


# gettext's @modifiers that name a script or a BCP 47 variant (GNOME's sr@latin, KDE's sr@ijekavianlatin,
# tt@iqtelif: Tatar in Latin script), as (script, variant); the others (@euro, a collation) say nothing
# about the language and are dropped.
_MODIFIERS = {
    "latin": ("Latn", ""),
    "cyrillic": ("Cyrl", ""),
    "devanagari": ("Deva", ""),
    "arabic": ("Arab", ""),
    "iqtelif": ("Latn", ""),
    "valencia": ("", "valencia"),
    "ijekavian": ("", "ijekavsk"),
    "ijekavianlatin": ("Latn", "ijekavsk"),
}


def _language_tag(value: str | None) -> str | None:
    """The header's ``Language`` as a BCP 47 tag. gettext writes ``ll_CC`` with an optional
    ``.codeset`` and ``@modifier`` (GNOME's and Debian's ``sr@latin``, ``ca@valencia``, ``fr_FR.UTF-8``),
    which were refused as invalid tags; a value that is not such a locale is left for the tag check."""
    if value is None or not ("@" in value or "." in value):
        return value
    from babel.core import parse_locale

    try:
        parts = parse_locale(value.strip())
    except ValueError:
        return value
    script, variant = _MODIFIERS.get(parts[4].lower(), ("", "")) if len(parts) > 4 and parts[4] else ("", "")
    return "-".join(part for part in (parts[0], parts[2] or script, parts[1], parts[3], variant) if part)


def _meta(entry: object) -> tuple[tuple[str, str], ...]:
    meta: list[tuple[str, str]] = []
    flags = getattr(entry, "flags", [])
    if flags:
        meta.append(("flags", ", ".join(flags)))
    for label, attribute in (("context", "msgctxt"), ("note", "comment"), ("translator_note", "tcomment")):
        value = getattr(entry, attribute, None)
        if value:
            meta.append((label, value))
    occurrences = getattr(entry, "occurrences", [])
    if occurrences:
        meta.append(("occurrences", " ".join(f"{path}:{line}" if line else path for path, line in occurrences)))
    return tuple(meta)


class _Lines:
    """The file's lines, to find where each field's quoted strings are."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = line_starts(text)

    def line_of(self, offset: int) -> int:
        """The 1-based line holding ``offset``."""
        return bisect.bisect_right(self.starts, offset)

    def offset(self, linenum: int | None) -> int:
        index = min(max((linenum or 1) - 1, 0), len(self.starts) - 1)
        return self.starts[index]

    def _line(self, index: int) -> str:
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[index] : end].rstrip("\r\n")

    def fields(self, linenum: int | None) -> dict[str, tuple[int, str]]:
        """Field name -> (file offset, raw quoted text) for the entry starting at ``linenum``."""
        found: dict[str, tuple[int, str]] = {}
        index = max((linenum or 1) - 1, 0)
        current: str | None = None
        raw_start = 0
        raw = ""
        seen_msgstr = False
        while index < len(self.starts):
            line = self._line(index)
            stripped = line.lstrip()
            match = _KEYWORD.match(line)
            if match:
                keyword = match.group(1)
                if seen_msgstr and not keyword.startswith("msgstr"):
                    break  # the next entry starts without a blank line
                if current is not None:
                    found[current] = (raw_start, raw)
                current = keyword
                seen_msgstr = seen_msgstr or keyword.startswith("msgstr")
                raw_start = self.starts[index] + match.end() - 1
                raw = line[match.end() - 1 :]
            elif stripped.startswith('"') and current is not None:
                raw += "\n" + line
            elif current is not None or (stripped and not stripped.startswith("#")):
                break  # a blank line or a comment after the fields ends the entry
            index += 1
        if current is not None:
            found[current] = (raw_start, raw)
        return found

    def extract(self, fields: dict[str, tuple[int, str]], name: str, value: str) -> Extract:
        out = Extract()
        if name in fields:
            raw_start, raw = fields[name]
            out.add_mapped(value, raw, raw_start)
        elif value:
            out.add(value, 0, exact=False)
        return out
