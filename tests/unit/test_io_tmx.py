"""TMX reader: language pair, inline codes, ids."""

from __future__ import annotations

import pytest

from mtqa.errors import InputError
from mtqa.io.tmx import parse_tmx

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
 <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en-US" datatype="plaintext"/>
 <body>
  <tu tuid="a1">
   <note>checked</note>
   <tuv xml:lang="en-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
   <tuv xml:lang="fr-FR"><seg>Cliquez sur <bpt i="1">&lt;b&gt;</bpt>Enregistrer<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
   <tuv xml:lang="de-DE"><seg>Klicken Sie auf <ph x="1"/>Speichern.</seg></tuv>
  </tu>
  <tu>
   <tuv xml:lang="en-US"><seg>Only English and <hi>German</hi>.</seg></tuv>
   <tuv xml:lang="de-DE"><seg>Nur Englisch und Deutsch.</seg></tuv>
  </tu>
 </body>
</tmx>
"""


def test_several_target_languages_need_a_choice() -> None:
    with pytest.raises(InputError, match="target languages in the file: de-DE, fr-FR; choose one with --target-lang"):
        parse_tmx(TMX.encode(), "m.tmx")


def test_the_chosen_pair_gives_aligned_units_with_codes() -> None:
    document = parse_tmx(TMX.encode(), "m.tmx", target_lang="fr")
    assert (document.source.lang, document.target.lang) == ("en-US", "fr-FR")
    assert [p.text for p in document.source.paragraphs] == ["Click <bpt1/>Save<ept1/>.", "Only English and German."]
    assert [p.text for p in document.target.paragraphs] == ["Cliquez sur <bpt1/>Enregistrer<ept1/>."]
    assert [(p.unit, p.source, p.target) for p in document.pairs] == [("a1", (0,), (0,)), ("2", (1,), ())]
    assert dict(document.source.units[0].meta) == {"note": "checked"}
    assert [i.kind for i in document.issues] == ["empty_target"]


def test_languages_match_case_insensitively_and_by_language() -> None:
    document = parse_tmx(TMX.encode(), "m.tmx", source_lang="EN_us", target_lang="de")
    assert document.target.paragraphs[1].text == "Nur Englisch und Deutsch."
    with pytest.raises(InputError, match=r"no target language 'it' in the file \(languages: de-DE, fr-FR\)"):
        parse_tmx(TMX.encode(), "m.tmx", target_lang="it")


def test_a_header_without_source_language_asks_for_one() -> None:
    data = TMX.replace('srclang="en-US"', 'srclang="*all*"').encode()
    with pytest.raises(InputError, match="names no source language; pass --source-lang"):
        parse_tmx(data, "m.tmx", target_lang="fr")
    assert parse_tmx(data, "m.tmx", source_lang="en", target_lang="fr").pairs


def test_a_file_that_is_not_tmx_is_refused() -> None:
    with pytest.raises(InputError, match="not a TMX document"):
        parse_tmx(b"<xliff/>", "m.tmx")


MIXED_CASE = """<tmx version="1.4"><header srclang="en-US"/><body>
<tu tuid="1"><tuv xml:lang="en-US"><seg>Press OK now.</seg></tuv><tuv xml:lang="fr-FR"><seg>Appuyez sur OK.</seg></tuv>
<tuv xml:lang="fr-CA"><seg>Pesez sur OK.</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="EN-us"><seg>Line two.</seg></tuv><tuv xml:lang="fr_fr"><seg>Ligne deux.</seg></tuv></tu>
</body></tmx>"""


def test_one_language_written_in_several_cases_keeps_every_unit() -> None:
    document = parse_tmx(MIXED_CASE.encode(), "m.tmx", target_lang="fr-FR")
    assert (document.source.lang, document.target.lang) == ("en-US", "fr-FR")
    assert [p.text for p in document.target.paragraphs] == ["Appuyez sur OK.", "Ligne deux."]
    assert parse_tmx(MIXED_CASE.encode(), "m.tmx", source_lang="en", target_lang="fr-ca").target.lang == "fr-CA"


def test_a_bare_language_matching_several_variants_names_them() -> None:
    with pytest.raises(InputError, match=r"target language 'fr' matches several in the file \(fr-CA, fr-FR\)"):
        parse_tmx(MIXED_CASE.encode(), "m.tmx", target_lang="fr")


def test_a_variant_without_language_and_a_file_without_units_are_named() -> None:
    no_lang = '<tmx version="1.4"><header srclang="en"/><body><tu tuid="7"><tuv><seg>Hi.</seg></tuv></tu></body></tmx>'
    with pytest.raises(InputError, match="unit '7' has a <tuv> without xml:lang"):
        parse_tmx(no_lang.encode(), "m.tmx")
    with pytest.raises(InputError, match=r"no translation units \(<tu>\)"):
        parse_tmx(b'<tmx version="1.4"><header srclang="en"/><body/></tmx>', "m.tmx", target_lang="fr")


def test_a_file_with_no_translation_at_all_says_so_rather_than_ask_for_a_language() -> None:
    only_source = '<tmx version="1.4"><header srclang="de"/><body><tu><tuv xml:lang="de"><seg>Hallo.</seg></tuv></tu></body></tmx>'
    with pytest.raises(
        InputError, match=r"^m\.tmx: no translations in the file: its units hold only the source language \(de\)$"
    ):
        parse_tmx(only_source.encode(), "m.tmx")


def test_a_second_tuv_of_one_language_is_reported_not_dropped_silently() -> None:
    doubled = """<tmx version="1.4"><header srclang="es"/><body>
<tu tuid="a"><tuv xml:lang="es"><seg>Hola.</seg></tuv><tuv xml:lang="it"><seg>Ciao.</seg></tuv><tuv xml:lang="IT"><seg>Salve.</seg></tuv></tu>
<tu tuid="b"><tuv xml:lang="es"><seg>Adiós.</seg></tuv><tuv xml:lang="es"><seg>Chao.</seg></tuv><tuv xml:lang="it"><seg>Addio.</seg></tuv></tu>
<tu tuid="c"><tuv xml:lang="es"><seg>Sí.</seg></tuv><tuv xml:lang="it"><seg>Sì.</seg></tuv></tu>
</body></tmx>"""
    document = parse_tmx(doubled.encode(), "m.tmx")
    assert [p.text for p in document.target.paragraphs] == ["Ciao.", "Addio.", "Sì."]
    assert [(i.kind, i.unit, i.side, i.message) for i in document.issues] == [
        ("duplicate_language", "a", "target", "unit 'a' has 2 <tuv>s in it; the first is checked, not the others"),
        ("duplicate_language", "b", "source", "unit 'b' has 2 <tuv>s in es; the first is checked, not the others"),
    ]


@pytest.mark.parametrize("source_tuv", ['<tuv xml:lang="en"></tuv>', '<tuv xml:lang="en"><note>x</note></tuv>', ""])
def test_a_translation_without_a_source_seg_is_reported_as_empty_source(source_tuv: str) -> None:
    tmx = (
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" '
        'segtype="sentence" adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/><body>'
        '<tu><tuv xml:lang="en"><seg>The council met.</seg></tuv><tuv xml:lang="sv"><seg>Rådet möttes.</seg></tuv></tu>'
        f'<tu tuid="orphan">{source_tuv}<tuv xml:lang="sv"><seg>En översättning utan källa.</seg></tuv></tu>'
        "</body></tmx>"
    )
    document = parse_tmx(tmx.encode(), "m.tmx", target_lang="sv")
    assert [(issue.kind, issue.unit) for issue in document.issues] == [("empty_source", "orphan")]
    assert "utan källa" in document.target.text
