"""Units to Documents: text mapping, input issues, and properties of every reader on any Unicode."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import xml.etree.ElementTree as ET

import polib
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mtqa.errors import InputError
from mtqa.io.decoding import composed
from mtqa.io.html import parse_html
from mtqa.io.markdown import parse_markdown
from mtqa.io.po import parse_po
from mtqa.io.tabular import parse_csv, parse_jsonl
from mtqa.io.text import document_from_text, is_blank
from mtqa.io.tmx import parse_tmx
from mtqa.io.units import Extract, RawUnit, assemble_bilingual
from mtqa.io.xliff import parse_xliff
from mtqa.model import Document

# Characters XML 1.0 can carry (the writers below could not write the others).
XML_CHARS = st.characters(
    blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff", min_codepoint=0x20
) | st.sampled_from("\t\n")
UNIT_TEXT = st.text(XML_CHARS, max_size=40)
PAIRS = st.lists(st.tuples(UNIT_TEXT, UNIT_TEXT), min_size=1, max_size=6)


def _extract(value: str, raw: str, at: int) -> Extract:
    out = Extract()
    out.add_mapped(value, raw, at)
    return out


@given(st.text(max_size=60), st.text(max_size=80), st.integers(0, 1000))
@example("\ufa70", "", 0)  # a CJK compatibility ideograph: NFC maps it to U+4E26
@example("de\u0301cision", "de\u0301cision", 3)
def test_add_mapped_keeps_the_value_and_stays_inside_the_raw_text(value: str, raw: str, at: int) -> None:
    out = _extract(value, raw, at)
    # Text is kept composed (NFC): a decomposed letter, or a CJK compatibility ideograph, comes out as its
    # canonical equivalent.
    assert out.text == composed(value) and out.length == len(composed(value))
    for text, start, exact in out.pieces:
        assert at <= start <= at + max(len(raw), 1)
        if exact:
            assert raw[start - at : start - at + len(text)] == text


def test_add_mapped_maps_escapes_to_where_they_start() -> None:
    raw = 'Caf\\u00e9 \\"x\\" &amp; y'
    out = _extract('Café "x" & y', raw, 10)
    offsets = {text: start for text, start, _ in out.pieces}
    assert offsets["é"] == 10 + raw.index("\\u00e9")
    assert raw[out.pieces[-1][1] - 10 :] == " y" or raw.endswith(out.pieces[-1][0])


def test_empty_and_misaligned_units_are_reported() -> None:
    long = "word " * 40

    def unit(uid: str, s: str, t: str | None) -> RawUnit:
        return RawUnit(uid, _extract(s, s, 0), None if t is None else _extract(t, t, 0))

    units = [
        unit("a", "Hello", "Bonjour"),
        unit("b", "Text", None),
        unit("c", "", "Orphan"),
        unit("d", long, "Court."),
        unit("a", "Dup", "Dup"),
    ]
    document = assemble_bilingual(units, "x", "", b"", "test")
    kinds = [(i.kind, i.unit) for i in document.issues]
    assert kinds == [("empty_target", "b"), ("empty_source", "c"), ("misaligned", "d"), ("duplicate_id", "a")]
    assert [(p.source, p.target) for p in document.pairs] == [
        ((0,), (0,)),
        ((1,), ()),
        ((), (1,)),
        ((2,), (2,)),
        ((3,), (3,)),
    ]


# --- Any Unicode in any format ------------------------------------------------------------------


def _xliff12(pairs: list[tuple[str, str]]) -> bytes:
    root = ET.Element("xliff", version="1.2")
    body = ET.SubElement(ET.SubElement(root, "file", {"source-language": "en", "target-language": "fr"}), "body")
    for n, (s, t) in enumerate(pairs):
        unit = ET.SubElement(body, "trans-unit", id=str(n))
        ET.SubElement(unit, "source").text = s
        ET.SubElement(unit, "target").text = t
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _xliff20(pairs: list[tuple[str, str]]) -> bytes:
    root = ET.Element("xliff", version="2.0", srcLang="en", trgLang="fr")
    file = ET.SubElement(root, "file", id="f")
    for n, (s, t) in enumerate(pairs):
        segment = ET.SubElement(ET.SubElement(file, "unit", id=str(n)), "segment")
        ET.SubElement(segment, "source").text = s
        ET.SubElement(segment, "target").text = t
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _tmx(pairs: list[tuple[str, str]]) -> bytes:
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(root, "header", srclang="en")
    body = ET.SubElement(root, "body")
    for s, t in pairs:
        tu = ET.SubElement(body, "tu")
        for lang, text in (("en", s), ("fr", t)):
            ET.SubElement(ET.SubElement(tu, "tuv", {"xml:lang": lang}), "seg").text = text
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _po(pairs: list[tuple[str, str]]) -> bytes:
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for n, (s, t) in enumerate(pairs):
        catalog.append(polib.POEntry(msgctxt=str(n), msgid=s, msgstr=t))
    return str(catalog).encode("utf-8")


def _csv(pairs: list[tuple[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["source", "target"])
    writer.writerows(pairs)
    return out.getvalue().encode("utf-8")


def _jsonl(pairs: list[tuple[str, str]]) -> bytes:
    return "".join(json.dumps({"source": s, "target": t}) + "\n" for s, t in pairs).encode("utf-8")


WRITERS = {
    "xliff12": (_xliff12, lambda d: parse_xliff(d, "a.xlf")),
    "xliff20": (_xliff20, lambda d: parse_xliff(d, "a.xlf")),
    "tmx": (_tmx, lambda d: parse_tmx(d, "a.tmx", target_lang="fr")),
    "po": (_po, lambda d: parse_po(d, "a.po")),
    "csv": (_csv, lambda d: parse_csv(d, "a.csv")),
    "jsonl": (_jsonl, lambda d: parse_jsonl(d, "a.jsonl")),
}


def _check_document(document: Document) -> None:
    text = document.text
    for paragraph in document.paragraphs:
        assert 0 <= paragraph.span.start <= paragraph.span.end <= len(text)
        assert text[paragraph.span.start : paragraph.span.end] == paragraph.text
        assert paragraph.text and paragraph.text == paragraph.text.strip()
    for unit in document.units:
        assert 0 <= unit.span.start <= unit.span.end <= len(text)
    for offset in range(0, len(text) + 1, max(1, len(text) // 50)):
        where = document.locate(offset)
        assert where.line >= 1 and where.column >= 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAIRS, st.sampled_from(sorted(WRITERS)))
def test_any_unicode_in_any_bilingual_format_reads_back_unit_for_unit(pairs: list[tuple[str, str]], fmt: str) -> None:
    write, read = WRITERS[fmt]
    data = write(pairs)
    try:
        document = read(data)
    except InputError as error:
        # Refused: nothing shows, or only what Markdown links leave ("no text, only markup").
        link_syntax = str.maketrans(dict.fromkeys(map(ord, "[]()!"), " "))
        only_markup = "only markup" in str(error) and all(is_blank((s + t).translate(link_syntax)) for s, t in pairs)
        assert only_markup or all(is_blank(s) and is_blank(t) for s, t in pairs)
        return
    for side in (document.source, document.target):
        _check_document(side)
    # Every non-blank unit side is exactly one paragraph, and each paragraph is in exactly one pair.
    for position, side in ((0, document.source), (1, document.target)):
        indices = [i for pair in document.pairs for i in (pair.source, pair.target)[position]]
        assert indices == list(range(len(side.paragraphs)))
    # Text is read composed (NFC); a side of spaces and invisible characters is blank.
    expected = [(s, t) for s, t in pairs if not (is_blank(s) and is_blank(t))]
    if fmt in ("xliff12", "xliff20", "tmx", "csv", "jsonl"):  # PO and CSV line ends: \r is data
        got = [
            (
                document.source.paragraphs[p.source[0]].text if p.source else "",
                document.target.paragraphs[p.target[0]].text if p.target else "",
            )
            for p in document.pairs
        ]
        normalise = (lambda x: x.replace("\r\n", "\n").replace("\r", "\n")) if fmt.startswith(("xliff", "tmx")) else str

        def read_as(side: str) -> str:
            return "" if is_blank(side) else composed(normalise(side)).strip()

        assert got == [(read_as(s), read_as(t)) for s, t in expected]


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_as_markdown_html_or_text_reads_without_crashing(text: str) -> None:
    data = text.encode("utf-8", errors="surrogatepass")
    for parse in (lambda d: parse_markdown(d, "a.md"), lambda d: parse_html(d, "a.html")):
        with contextlib.suppress(InputError):
            _check_document(parse(data))
    if "\x00" not in text and any(not is_blank(line) for line in text.split("\n")):  # else: no text
        _check_document(document_from_text(text, "a.txt"))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["xliff", "tmx", "po", "csv", "jsonl", "md", "html"]))
def test_any_bytes_give_a_document_or_a_one_line_input_error(data: bytes, fmt: str) -> None:
    parsers = {
        "xliff": lambda d: parse_xliff(d, "a"),
        "tmx": lambda d: parse_tmx(d, "a"),
        "po": lambda d: parse_po(d, "a"),
        "csv": lambda d: parse_csv(d, "a"),
        "jsonl": lambda d: parse_jsonl(d, "a"),
        "md": lambda d: parse_markdown(d, "a"),
        "html": lambda d: parse_html(d, "a"),
    }
    try:
        parsers[fmt](data)
    except InputError as error:
        assert "\n" not in str(error)


def test_a_file_of_markup_alone_is_no_text_to_check() -> None:
    # Scored before: an XLIFF of two <x/> was "1 word, quality 20, passed".
    xliff = (
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="de" '
        'target-language="it" datatype="plaintext" original="a"><body><trans-unit id="1">'
        '<source><x id="1"/> <x id="2"/></source><target><x id="1"/><x id="2"/></target></trans-unit></body></file></xliff>'
    )
    with pytest.raises(InputError, match="no translation units with text, only markup"):
        parse_xliff(xliff.encode(), "a.xlf")
    with pytest.raises(InputError, match="no text to check, only markup"):
        parse_html(b'<div><br/><img src="bild.png"><hr></div>', "a.html")
    with pytest.raises(InputError, match="no text to check, only markup"):
        parse_markdown(b"[](https://example.org/a) [](https://example.org/b)\n\n![](bild.png)\n", "a.md")
    assert parse_markdown(b"[Mehr](https://example.org)\n", "a.md").paragraphs  # a link's text is text
    assert parse_xliff(xliff.replace("</source>", " Seite</source>").encode(), "a.xlf").pairs
