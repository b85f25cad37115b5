"""XLIFF 1.2 and 2.x: translation units with inline codes, notes, states and ``translate="no"``.

Read with the safe XML layer (:mod:`mtqa.io.xmlsafe`, defusedxml). The version is taken from the root
element (``version="1.2"`` or ``"2.0"``/``"2.1"``/``"2.2"``). One unit (1.2 ``<trans-unit>``, 2.x
``<unit>``) is one paragraph on each side; XLIFF 2 ``<segment>`` elements and XLIFF 1.2
``<mrk mtype="seg">`` marks are kept as the unit's segments. In 1.2, ``<seg-source>`` is read
instead of ``<source>`` when present (same text, with segment marks); ``<alt-trans>`` (translation
memory proposals) is ignored. Units with ``translate="no"`` are left out. Notes, states, ``resname``
and ``approved`` are kept in the unit's metadata; a target in state ``new``/``needs-translation``
(1.2) or ``initial`` (2.x) is reported as not translated yet. Unit ids are prefixed with the file id
(``file-id/unit-id``) when the document holds several ``<file>`` elements.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mtqa.errors import InputError
from mtqa.io.decoding import DEFAULT_MAX_BYTES, read_limited
from mtqa.io.inline import read_inline
from mtqa.io.units import BilingualDocument, Extract, RawUnit, assemble_bilingual
from mtqa.io.xmlsafe import Event, iter_children, parse_events, plain_text, skip, xml_encoding
from mtqa.model import InputIssue

_NOT_TRANSLATED = frozenset({"new", "needs-translation", "initial"})


def read_xliff(path: Path | str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> BilingualDocument:
    file_path = Path(path)
    return parse_xliff(read_limited(file_path, max_bytes), str(path))


def parse_xliff(data: bytes, name: str) -> BilingualDocument:
    events = parse_events(data, name)
    root = next((e for e in events if e.kind == "start"), None)
    if root is None or root.name != "xliff":
        raise InputError(f"{name}: not an XLIFF document (the root element is not <xliff>)")
    version = root.attrs.get("version", "")
    encoding, skip_bytes = xml_encoding(data)
    file_text = data[skip_bytes:].decode(encoding, errors="replace")
    if version.startswith("1."):
        _one_language_pair(events, name)
        units, langs, issues = _read_v1(events)
        fmt = "xliff-1.2"
    elif version.startswith("2."):
        units, langs, issues = _read_v2(events, root)
        fmt = "xliff-2"
    else:
        raise InputError(f"{name}: unsupported XLIFF version {version!r} (1.2 and 2.x are read)")
    return assemble_bilingual(units, name, file_text, data, fmt, langs, issues)


def _one_language_pair(events: list[Event], name: str) -> None:
    """Refuse an XLIFF 1.2 export with one ``<file>`` per target (or source) language: checking every
    unit by the first file's language would check German text as French without a word."""
    files = [e for e in events if e.kind == "start" and e.name == "file"]
    for key in ("source-language", "target-language"):
        declared = dict.fromkeys(lang.strip() for e in files if (lang := e.attrs.get(key)) and lang.strip())
        if len({lang.casefold().replace("_", "-") for lang in declared}) > 1:
            raise InputError(
                f"{name}: <file> elements for several {key.split('-', 1)[0]} languages ({', '.join(declared)}); "
                "mtqa checks one language pair at a time: split the file, one language each"
            )


def _files(events: list[Event]) -> int:
    return sum(1 for e in events if e.kind == "start" and e.name == "file")


def _read_v1(events: list[Event]) -> tuple[list[RawUnit], tuple[str | None, str | None], list[InputIssue]]:
    files = [e for e in events if e.kind == "start" and e.name == "file"]
    langs = (files[0].attrs.get("source-language"), files[0].attrs.get("target-language")) if files else (None, None)
    units, issues = _collect(events, "trans-unit", "original", _unit_v1)
    return units, langs, issues


def _collect(
    events: list[Event], unit_name: str, file_id_key: str, read_unit: Callable[[list[Event], int, int, str], RawUnit]
) -> tuple[list[RawUnit], list[InputIssue]]:
    """Every unit outside ``translate="no"`` files, groups and units, in document order."""
    units: list[RawUnit] = []
    issues: list[InputIssue] = []
    prefix_ids = _files(events) > 1
    file_id = ""
    index = 0
    while index < len(events):
        event = events[index]
        if event.kind != "start":
            index += 1
            continue
        if event.name == "file":
            file_id = event.attrs.get(file_id_key, "")
        if event.name in ("file", "group", unit_name, "bin-unit") and (
            event.attrs.get("translate") == "no" or event.name == "bin-unit"
        ):
            index = skip(events, index)  # translate="no" is inherited by every unit inside
            continue
        if event.name == unit_name:
            end = skip(events, index)
            unit = read_unit(events, index, end, f"{file_id}/" if prefix_ids else "")
            units.append(unit)
            issues += _state_issue(unit)
            index = end
            continue
        index += 1
    return units, issues


def _unit_v1(events: list[Event], start: int, end: int, prefix: str) -> RawUnit:
    head = events[start]
    sides: dict[str, Extract] = {}
    meta: list[tuple[str, str]] = [(key, head.attrs[key]) for key in ("resname", "approved") if key in head.attrs]
    for child in iter_children(events, start):  # alt-trans, context-group, count-group ... are skipped
        event = events[child]
        if event.name in ("source", "seg-source", "target"):
            sides[event.name] = Extract()
            read_inline(events, child + 1, sides[event.name])
            if event.name == "target" and "state" in event.attrs:
                meta.append(("state", event.attrs["state"]))
        elif event.name == "note":
            meta.append(("note", plain_text(events, child)))
    seg_source = sides.get("seg-source")
    chosen = seg_source if seg_source is not None and seg_source.segments else sides.get("source")
    unit_id = prefix + head.attrs.get("id", str(start))
    return RawUnit(unit_id, chosen or Extract(), sides.get("target"), tuple(meta), head.offset)


def _read_v2(events: list[Event], root: Event) -> tuple[list[RawUnit], tuple[str | None, str | None], list[InputIssue]]:
    units, issues = _collect(events, "unit", "id", _unit_v2)
    return units, (root.attrs.get("srcLang"), root.attrs.get("trgLang")), issues


def _unit_v2(events: list[Event], start: int, end: int, prefix: str) -> RawUnit:
    head = events[start]
    source, target = Extract(), Extract()
    has_target = False
    segments, untranslated = 0, []
    meta: list[tuple[str, str]] = [("resname", head.attrs["name"])] if "name" in head.attrs else []
    for child in iter_children(events, start):  # originalData, mda:metadata, other namespaces are skipped
        event = events[child]
        if event.name in ("segment", "ignorable"):
            if event.name == "segment" and "state" in event.attrs:
                meta.append(("state", event.attrs["state"]))
            # The segment's own text, not the unit's joined again at each segment: one unit of 25,000
            # segments took 54 s to read (quadratic).
            s_piece, t_piece = len(source.pieces), len(target.pieces)
            has_target = _segment_v2(events, child, source, target, event.name == "segment") or has_target
            if event.name == "segment":
                segments += 1
                if source.text_from(s_piece).strip() and not target.text_from(t_piece).strip():
                    untranslated.append(event.attrs.get("id", str(segments)))
        elif event.name == "notes":
            meta += [("note", plain_text(events, note)) for note in iter_children(events, child)]
    unit_id = prefix + head.attrs.get("id", str(start))
    return RawUnit(unit_id, source, target if has_target else None, tuple(meta), head.offset, tuple(untranslated))


def _segment_v2(events: list[Event], start: int, source: Extract, target: Extract, is_segment: bool) -> bool:
    """Append a segment's (or an ignorable's) source and target; True when it has a target."""
    s_start, t_start = source.length, target.length
    found = False
    for child in iter_children(events, start):
        name = events[child].name
        if name in ("source", "target"):
            found = found or name == "target"
            read_inline(events, child + 1, source if name == "source" else target)
    if is_segment:
        source.mark_segment(s_start)
        target.mark_segment(t_start)
    return found


def _state_issue(unit: RawUnit) -> list[InputIssue]:
    states = [value for key, value in unit.meta if key == "state"]
    if unit.target is not None and unit.target.text.strip() and any(s in _NOT_TRANSLATED for s in states):
        return [InputIssue("not_translated", f"unit {unit.id!r} is in state {states[0]!r}", unit.id, "target")]
    if unit.target is not None and unit.target.text.strip():
        # An XLIFF 2 segment with no <target> in a unit whose other segments have one: without a word its
        # source would be checked as if the unit's translation covered it.
        return [
            InputIssue("empty_target", f"unit {unit.id!r}: segment {segment!r} has no translation", unit.id, "target")
            for segment in unit.untranslated_segments
        ]
    return []
