"""TMX 1.4 (and 1.1-1.3): one translation unit per ``<tu>``, for one language pair.

Read with the safe XML layer (defusedxml). The source language is ``source_lang`` or the header's
``srclang``; the target language is ``target_lang``, or the only other language in the file. A file
with several other languages and no ``target_lang`` is an error that lists them, so the user chooses.
Languages match case-insensitively, and a bare language (``fr``) matches a tagged variant
(``fr-FR``) when only one variant is present. The ``xml:lang`` of each ``<tuv>`` is compared the same
way (``EN-us`` and ``en_US`` in one file are ``en-US``): tools write it in every case, and a unit whose
variants differ from the header's only in case is still the same pair. A ``<tuv>`` without a language is
an error naming its unit; a unit with two ``<tuv>`` of one language is read with the first, and the
others are reported (input issue ``duplicate_language``). Inline codes (``<bpt>``, ``<ept>``, ``<ph>``, ``<it>``,
``<ut>``) become placeholders, ``<hi>`` is transparent (see :mod:`mtqa.io.inline`). Unit ids are
``tuid`` when present, else the unit's 1-based position.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from mtqa.errors import InputError
from mtqa.io.decoding import DEFAULT_MAX_BYTES, read_limited
from mtqa.io.inline import read_inline
from mtqa.io.units import BilingualDocument, Extract, RawUnit, assemble_bilingual
from mtqa.io.xmlsafe import Event, iter_children, parse_events, plain_text, skip, xml_encoding
from mtqa.model import InputIssue


@dataclass
class _Tu:
    id: str
    offset: int
    variants: dict[str, Extract] = field(default_factory=dict)
    meta: list[tuple[str, str]] = field(default_factory=list)
    repeated: Counter[str] = field(default_factory=Counter)  # a language's <tuv>s after its first


def read_tmx(
    path: Path | str,
    source_lang: str | None = None,
    target_lang: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> BilingualDocument:
    return parse_tmx(read_limited(Path(path), max_bytes), str(path), source_lang, target_lang)


def parse_tmx(
    data: bytes, name: str, source_lang: str | None = None, target_lang: str | None = None
) -> BilingualDocument:
    events = parse_events(data, name)
    root = next((e for e in events if e.kind == "start"), None)
    if root is None or root.name != "tmx":
        raise InputError(f"{name}: not a TMX document (the root element is not <tmx>)")
    header = next((e for e in events if e.kind == "start" and e.name == "header"), None)
    tus = _units(events, name)
    if not tus:
        raise InputError(f"{name}: no translation units (<tu>) in the file")
    present = sorted({lang for tu in tus for lang in tu.variants}, key=str.lower)
    declared = header.attrs.get("srclang") if header is not None else None
    wanted_source = source_lang or (declared if declared and declared != "*all*" else None)
    if wanted_source is None:
        raise InputError(f"{name}: the TMX header names no source language; pass --source-lang ({', '.join(present)})")
    src = _match(wanted_source, present, name, "source")
    others = [lang for lang in present if lang != src]
    if target_lang is None:
        if not others:  # no language can be chosen: say what is wrong with the file instead
            raise InputError(f"{name}: no translations in the file: its units hold only the source language ({src})")
        if len(others) != 1:
            listed = ", ".join(others) or "none"
            raise InputError(f"{name}: target languages in the file: {listed}; choose one with --target-lang")
        tgt = others[0]
    else:
        tgt = _match(target_lang, others, name, "target")
    # A unit with a translation but no source <tuv> is kept with an empty source: reported as
    # empty_source (as XLIFF and CSV do), not dropped without a word. Units in neither language are not
    # this pair's.
    units = [
        RawUnit(tu.id, tu.variants.get(src, Extract()), tu.variants.get(tgt), tuple(tu.meta), tu.offset)
        for tu in tus
        if src in tu.variants or tgt in tu.variants
    ]
    # A unit with two <tuv>s of one language (alternative translations, or a merge gone wrong): the first
    # is checked, and the others are said, not dropped without a word. Refusing the file would refuse a
    # whole memory for what is a unit's matter, like a duplicate id.
    issues = [
        InputIssue(
            "duplicate_language",
            f"unit {tu.id!r} has {tu.repeated[lang] + 1} <tuv>s in {lang}; the first is checked, not the others",
            tu.id,
            side,
        )
        for tu in tus
        if src in tu.variants
        for lang, side in _sides(src, tgt)
        if tu.repeated[lang]
    ]
    encoding, skip_bytes = xml_encoding(data)
    file_text = data[skip_bytes:].decode(encoding, errors="replace")
    return assemble_bilingual(units, name, file_text, data, "tmx", (src, tgt), issues)


def _sides(src: str, tgt: str) -> tuple[tuple[str, Literal["source", "target"]], ...]:
    return ((src, "source"), (tgt, "target"))


def _match(wanted: str, present: list[str], name: str, side: str) -> str:
    key = _lang_key(wanted)
    exact = [lang for lang in present if _lang_key(lang) == key]
    if exact:
        return exact[0]
    variants = [lang for lang in present if _lang_key(lang).split("-")[0] == key.split("-")[0]]
    if len(variants) == 1:
        return variants[0]
    if variants:
        raise InputError(
            f"{name}: {side} language {wanted!r} matches several in the file ({', '.join(variants)}); "
            f"choose one with --{side}-lang"
        )
    found = ", ".join(present) or "none"
    raise InputError(f"{name}: no {side} language {wanted!r} in the file (languages: {found})")


def _lang_key(tag: str) -> str:
    return tag.strip().lower().replace("_", "-")


def _units(events: list[Event], name: str) -> list[_Tu]:
    units: list[_Tu] = []
    spelling: dict[str, str] = {}  # one spelling per language, the first seen: EN-us and en-US are one
    index = 0
    while index < len(events):
        event = events[index]
        if event.kind == "start" and event.name == "tu":
            end = skip(events, index)
            units.append(_unit(events, index, len(units) + 1, name, spelling))
            index = end
        else:
            index += 1
    return units


def _unit(events: list[Event], start: int, position: int, name: str, spelling: dict[str, str]) -> _Tu:
    head = events[start]
    tu = _Tu(head.attrs.get("tuid") or str(position), head.offset)
    for child in iter_children(events, start):
        event = events[child]
        if event.name == "tuv":
            tag = event.attrs.get("lang", "")  # xml:lang (TMX 1.4) and lang (TMX 1.1) alike
            if not tag.strip():
                raise InputError(f"{name}: unit {tu.id!r} has a <tuv> without xml:lang")
            lang = spelling.setdefault(_lang_key(tag), tag.strip())
            segs = [seg for seg in iter_children(events, child) if events[seg].name == "seg"]
            for seg in segs:
                extract = Extract()
                read_inline(events, seg + 1, extract)
                if lang in tu.variants:
                    tu.repeated[lang] += 1
                tu.variants.setdefault(lang, extract)
            if not segs:  # a <tuv> without <seg> holds no text: an empty side, reported, not a unit dropped
                tu.variants.setdefault(lang, Extract())
        elif event.name in ("note", "prop"):
            label = event.attrs.get("type", "") if event.name == "prop" else "note"
            tu.meta.append((label or event.name, plain_text(events, child)))
    return tu
