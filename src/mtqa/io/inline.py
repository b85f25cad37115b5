"""Inline content of XLIFF and TMX segments: text, and inline codes rendered as placeholders.

An inline code becomes a tag-like placeholder named by element and id, so the markup checks, which
compare tags by name between source and translation, find a code that is lost, added or renumbered:
``<g id="1">`` ... ``</g>`` becomes ``<g1>`` ... ``</g1>``, ``<pc id="b">`` ``<pcb>`` ... ``</pcb>``, and
the standalone codes ``<x id="2"/>``, ``<ph>``, ``<bx>``, ``<ex>``, ``<bpt>``, ``<ept>``, ``<it>``,
``<ut>``, ``<sc>``, ``<ec>`` become ``<x2/>``, ``<ph3/>`` ... (the native code inside ``<ph>``,
``<bpt>`` and the like is not text to check and is left out). Placeholders are protected spans:
checks other than markup should not look into them. XLIFF 2's ``<cp hex="…"/>`` is the character it
encodes (a control character XML cannot hold). ``<mrk>`` and ``<hi>`` are transparent; a
``<mrk mtype="seg">`` (XLIFF 1.2) closes a segment; ``<mrk translate="no">`` and
``<mrk mtype="protected">`` make their content protected.
"""

from __future__ import annotations

import re

from mtqa.io.units import Extract
from mtqa.io.xmlsafe import Event, skip

PAIRED = frozenset({"g", "pc"})
CODES = frozenset({"x", "bx", "ex", "ph", "bpt", "ept", "it", "ut", "sc", "ec"})
TRANSPARENT = frozenset({"mrk", "hi"})
_ID_ATTRIBUTES = ("id", "i", "x", "rid", "startRef")
_NOT_NAME = re.compile(r"[^A-Za-z0-9-]")


def placeholder_id(event: Event) -> str:
    for key in _ID_ATTRIBUTES:
        if key in event.attrs:
            return _NOT_NAME.sub("-", event.attrs[key])
    return ""


def read_inline(events: list[Event], index: int, out: Extract) -> int:
    """Append the content of the element whose start event is ``index - 1``; index after its end."""
    while index < len(events):
        event = events[index]
        if event.kind == "text":
            out.add(event.text, event.offset, event.exact)
            index += 1
        elif event.kind == "end":
            return index + 1
        elif event.name in PAIRED:
            name = f"{event.name}{placeholder_id(event)}"
            out.add_protected(f"<{name}>", event.offset, exact=False)
            index = read_inline(events, index + 1, out)
            out.add_protected(f"</{name}>", events[index - 1].offset, exact=False)
        elif event.name in CODES:
            out.add_protected(f"<{event.name}{placeholder_id(event)}/>", event.offset, exact=False)
            index = skip(events, index)
        elif event.name in TRANSPARENT:
            index = _marker(events, index, out)
        elif event.name == "cp":
            out.add(_code_point(event.attrs.get("hex", "")), event.offset, exact=False)
            index = skip(events, index)
        else:  # an unknown element (another namespace, <sub>, <cp>): its content is not this segment's text
            index = skip(events, index)
    return index


def _code_point(hex_value: str) -> str:
    """XLIFF 2 ``<cp hex="0003"/>``: a character XML cannot hold, part of the text; U+FFFD for NUL, a
    surrogate or no character."""
    try:
        value = int(hex_value, 16)
    except ValueError:
        return "\ufffd"
    # NUL and lone surrogates cannot be written to a report or the cache: the replacement character.
    return chr(value) if 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else "\ufffd"


def _marker(events: list[Event], index: int, out: Extract) -> int:
    attrs = events[index].attrs
    start = out.length
    index = read_inline(events, index + 1, out)
    if attrs.get("mtype") == "seg":
        out.mark_segment(start)
    elif attrs.get("translate") == "no" or attrs.get("mtype") == "protected":
        out.protected.append((start, out.length))
    return index
