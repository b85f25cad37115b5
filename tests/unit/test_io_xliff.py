"""XLIFF 1.2 and 2.x reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.errors import InputError
from mtqa.io.xliff import parse_xliff, read_xliff

DATA = Path(__file__).resolve().parents[1] / "data" / "real-world"

V12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a.html" source-language="en" target-language="fr" datatype="html">
  <body>
   <trans-unit id="t1" resname="greeting">
    <source>Hello <g id="1">bold</g> world &amp; <x id="2"/>!</source>
    <target state="translated">Bonjour <g id="1">gras</g> monde &amp; <x id="2"/> !</target>
    <note>Shown on the home page</note>
    <alt-trans><target>Salut (memory proposal)</target></alt-trans>
   </trans-unit>
   <trans-unit id="t2" translate="no"><source>Kubernetes</source><target>Kubernetes</target></trans-unit>
   <group id="g">
    <trans-unit id="t3"><source>Only a source.</source><target state="new"></target></trans-unit>
    <trans-unit id="t4"><source>Press <bpt id="1">&lt;b&gt;</bpt>OK<ept id="1">&lt;/b&gt;</ept>.</source>
     <seg-source><mrk mtype="seg" mid="1">Press <bpt id="1">&lt;b&gt;</bpt>OK<ept id="1">&lt;/b&gt;</ept>.</mrk></seg-source>
     <target state="needs-translation"><mrk mtype="seg" mid="1">Appuyez sur <bpt id="1">&lt;b&gt;</bpt>OK<ept id="1">&lt;/b&gt;</ept>.</mrk></target>
    </trans-unit>
   </group>
  </body>
 </file>
</xliff>
"""

V20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="fr-FR">
 <file id="f1">
  <unit id="u1" name="intro">
   <notes><note>Title of the page</note></notes>
   <segment state="final"><source>First <pc id="1">sentence</pc>.</source><target>Première <pc id="1">phrase</pc>.</target></segment>
   <ignorable><source> </source><target> </target></ignorable>
   <segment><source>Second <ph id="2"/> one <sc id="3"/>x<ec startRef="3"/>.</source><target>Seconde <ph id="2"/> x.</target></segment>
   <originalData><data id="d1">&lt;b&gt;</data></originalData>
  </unit>
  <unit id="u2"><segment state="initial"><source>Keep <mrk id="m1" translate="no">ACME Cloud</mrk> here.</source></segment></unit>
  <group id="g1" translate="no"><unit id="u3"><segment><source>Skipped</source><target>Ignoré</target></segment></unit></group>
 </file>
</xliff>
"""


def test_xliff12_units_text_inline_codes_and_metadata() -> None:
    document = parse_xliff(V12.encode(), "a.xlf")
    assert document.format == "xliff-1.2"
    assert (document.source.lang, document.target.lang) == ("en", "fr")
    assert [p.text for p in document.source.paragraphs] == [
        "Hello <g1>bold</g1> world & <x2/>!",
        "Only a source.",
        "Press <bpt1/>OK<ept1/>.",
    ]
    assert [p.text for p in document.target.paragraphs] == [
        "Bonjour <g1>gras</g1> monde & <x2/> !",
        "Appuyez sur <bpt1/>OK<ept1/>.",
    ]
    assert [(p.unit, p.source, p.target) for p in document.pairs] == [
        ("t1", (0,), (0,)),
        ("t3", (1,), ()),
        ("t4", (2,), (1,)),
    ]
    meta = dict(document.source.units[0].meta)
    assert meta == {"resname": "greeting", "state": "translated", "note": "Shown on the home page"}
    assert len(document.source.units[2].segments) == 1 and len(document.target.units[1].segments) == 1
    kinds = {(issue.kind, issue.unit) for issue in document.issues}
    assert kinds == {("empty_target", "t3"), ("not_translated", "t4")}


def test_xliff12_placeholders_are_protected_and_located_at_their_element() -> None:
    document = parse_xliff(V12.encode(), "a.xlf")
    target = document.target
    protected = [target.text[s.start : s.end] for s in target.source_map.protected]  # type: ignore[union-attr]
    assert protected[:3] == ["<g1>", "</g1>", "<x2/>"]
    where = target.locate(target.text.index("gras"))
    line = V12.splitlines()[where.line - 1]
    assert line[where.column - 1 :].startswith("gras</g>") and where.unit == "t1"


def test_xliff20_segments_ignorables_codes_and_translate_no() -> None:
    document = parse_xliff(V20.encode(), "b.xlf")
    assert document.format == "xliff-2"
    assert (document.source.lang, document.target.lang) == ("en-US", "fr-FR")
    assert [p.text for p in document.source.paragraphs] == [
        "First <pc1>sentence</pc1>. Second <ph2/> one <sc3/>x<ec3/>.",
        "Keep ACME Cloud here.",
    ]
    assert [p.text for p in document.target.paragraphs] == ["Première <pc1>phrase</pc1>. Seconde <ph2/> x."]
    unit = document.source.units[0]
    assert [document.source.text[s.start : s.end] for s in unit.segments] == [
        "First <pc1>sentence</pc1>.",
        "Second <ph2/> one <sc3/>x<ec3/>.",
    ]
    assert dict(unit.meta)["note"] == "Title of the page"
    source = document.source
    protected = {source.text[s.start : s.end] for s in source.source_map.protected}  # type: ignore[union-attr]
    assert "ACME Cloud" in protected
    assert {i.kind for i in document.issues} == {"empty_target"}


def test_several_files_prefix_unit_ids() -> None:
    data = (
        b'<xliff version="2.0" srcLang="en" trgLang="de">'
        b'<file id="a"><unit id="1"><segment><source>One</source><target>Eins</target></segment></unit></file>'
        b'<file id="b"><unit id="1"><segment><source>Two</source><target>Zwei</target></segment></unit></file>'
        b"</xliff>"
    )
    document = parse_xliff(data, "c.xlf")
    assert [p.unit for p in document.pairs] == ["a/1", "b/1"]
    assert not document.issues


def _file12(source: str, target: str, original: str, texts: tuple[str, str]) -> bytes:
    unit = f'<trans-unit id="1"><source>{texts[0]}</source><target>{texts[1]}</target></trans-unit>'
    attrs = f'source-language="{source}" target-language="{target}" original="{original}"'
    return f"<file {attrs}><body>{unit}</body></file>".encode()


def test_files_for_several_languages_are_refused_and_one_language_in_two_forms_is_not() -> None:
    # One <file> per language in one export (Spanish and Italian here; another source language too).
    spanish = _file12("en", "es", "a", ("Good morning.", "Buenos días."))
    for other, side, listed in (
        (_file12("en", "it", "b", ("Good night.", "Buona notte.")), "target", "es, it"),
        (_file12("de", "es", "b", ("Gute Nacht.", "Buenas noches.")), "source", "en, de"),
    ):
        with pytest.raises(InputError, match=rf"^m\.xlf: <file> elements for several {side} languages \({listed}\)"):
            parse_xliff(b'<xliff version="1.2">' + spanish + other + b"</xliff>", "m.xlf")
    same = _file12("en", "ES", "b", ("Good night.", "Buenas noches."))  # one language, written otherwise
    document = parse_xliff(b'<xliff version="1.2">' + spanish + same + b"</xliff>", "m.xlf")
    assert len(document.pairs) == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<tmx version='1.4'/>", "not an XLIFF document"),
        (b"<xliff version='3.0'/>", "unsupported XLIFF version '3.0'"),
        (b"<xliff version='1.2'><file><body/></file></xliff>", "no translation units with text"),
        (b"<xliff version='1.2'>", "not well-formed XML"),
    ],
)
def test_bad_xliff_is_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_xliff(data, "bad.xlf")


def test_a_real_okapi_xliff_reads_with_its_codes_and_locations() -> None:
    document = read_xliff(DATA / "okapi-potest.po.xlf")
    assert len(document.pairs) == 14 and not document.issues
    target = document.target
    assert target.paragraphs[1].text == "Texte avec une traducion approuvée <x1/>"
    assert document.source.paragraphs[1].text == "Text with an approved translation <x1/>"
    assert dict(document.source.units[1].meta) == {"resname": "N93745AA6", "approved": "yes"}
    text = (DATA / "okapi-potest.po.xlf").read_text(encoding="utf-8").splitlines()
    for paragraph in target.paragraphs:
        where = target.locate(paragraph.span.start)
        first_word = paragraph.text.split("<")[0].split(" ")[0]
        if first_word:
            assert text[where.line - 1][where.column - 1 :].startswith(first_word)
    special = next(p for p in target.paragraphs if p.text.startswith("Characters"))
    assert '\\"=quot, &=amp, <=lt, >=gt' in special.text


def test_xliff20_code_points_are_the_characters_they_encode() -> None:
    data = (
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr">'
        '<file id="f"><unit id="u"><segment><source>Tab<cp hex="0009"/>here<cp hex="D800"/>'
        '<cp hex="zz"/></source><target>Tab<cp hex="0009"/>ici<cp hex="0000"/></target></segment></unit></file></xliff>'
    )
    document = parse_xliff(data.encode(), "a.xlf")
    assert document.source.paragraphs[0].text == "Tab\there\ufffd\ufffd"
    assert document.target.paragraphs[0].text == "Tab\tici\ufffd"


def test_utf8_text_declared_latin1_reads_as_utf8() -> None:
    text = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<xliff version="1.2"><file source-language="en" '
        'target-language="fr"><body><trans-unit id="1"><source>Coffee</source><target>Café crème</target>'
        "</trans-unit></body></file></xliff>"
    )
    document = parse_xliff(text.encode("utf-8"), "a.xlf")
    assert document.target.paragraphs[0].text == "Café crème"  # not "CafÃ© crÃ¨me"
    assert document.target.locate(5).column == text.split("\n")[1].index("crème") + 1
    latin1 = parse_xliff(text.encode("latin-1"), "a.xlf")  # really ISO-8859-1: read as declared
    assert latin1.target.paragraphs[0].text == "Café crème"


def test_xliff20_segment_without_a_target_is_an_input_issue() -> None:
    data = (
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">'
        '<file id="f"><unit id="u2"><segment id="s1"><source>First sentence.</source></segment>'
        "<segment><source>Second one.</source><target>La seconde.</target></segment></unit>"
        '<unit id="u3"><segment><source>Alone.</source><target>Seule.</target></segment>'
        "<ignorable><source> </source></ignorable></unit></file></xliff>"
    )
    document = parse_xliff(data.encode(), "a.xlf")
    assert [(i.kind, i.unit, i.message) for i in document.issues] == [
        ("empty_target", "u2", "unit 'u2': segment 's1' has no translation")
    ]


def test_decomposed_unit_text_is_composed_and_still_located_in_the_file() -> None:
    xliff = (
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" '
        'target-language="fr" datatype="plaintext" original="a"><body><trans-unit id="t1">'
        "<source>The decision was made.</source><target>La de\u0301cision a e\u0301te\u0301 prise.</target>"
        "</trans-unit></body></file></xliff>"
    )
    document = parse_xliff(xliff.encode(), "a.xlf")
    assert document.target.paragraphs[0].text == "La décision a été prise."
    location = document.target.locate(document.target.text.index("prise"))
    assert location.line == 1 and xliff.splitlines()[0][location.column - 1 :].startswith("prise")


def test_a_unit_of_thousands_of_segments_is_read_in_linear_time() -> None:
    import time

    # Before, the unit's whole text was joined again after each segment: 25,000 segments took 54 s.
    segments = "".join(
        f'<segment id="s{i}"><source>Line {i}.</source>'
        + (f"<target>Ligne {i}.</target>" if i != 7 else "")
        + "</segment>"
        for i in range(25_000)
    )
    data = (
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">'
        f'<file id="f"><unit id="u1">{segments}</unit></file></xliff>'
    ).encode()
    started = time.process_time()
    document = parse_xliff(data, "big.xlf")
    assert time.process_time() - started < 10
    assert document.target.paragraphs[0].text.startswith("Ligne 0.Ligne 1.")
    # The one segment without a target is still found by its own text.
    assert [i.message for i in document.issues if i.kind == "empty_target"] == [
        "unit 'u1': segment 's7' has no translation"
    ]
