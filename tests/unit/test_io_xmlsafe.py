"""The safe XML layer: no entity expansion, no external entities, exact offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.errors import InputError
from mtqa.io.xmlsafe import parse_events

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<xliff version="1.2"><file><body><trans-unit id="1"><source>&lol9;</source></trans-unit></body></file></xliff>
"""


def test_billion_laughs_is_refused() -> None:
    with pytest.raises(InputError) as error:
        parse_events(BILLION_LAUGHS, "bomb.xlf")
    # one plain sentence naming the entity, not defusedxml's repr (EntitiesForbidden(name='lol', ...))
    assert (
        str(error.value)
        == "bomb.xlf: refused: the XML declares an entity or external reference ('lol'); mtqa reads neither"
    )


def test_an_external_entity_pointing_at_a_local_file_is_refused_and_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        '<xliff version="1.2"><file><body><trans-unit id="1"><source>&xxe;</source></trans-unit></body></file></xliff>'
    ).encode()
    with pytest.raises(InputError) as error:
        parse_events(xxe, "xxe.xlf")
    assert "TOP-SECRET" not in str(error.value)


def test_an_external_dtd_is_not_fetched(tmp_path: Path) -> None:
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY leak "LEAKED">', encoding="utf-8")
    data = f'<?xml version="1.0"?><!DOCTYPE x SYSTEM "{dtd.as_uri()}"><x>a</x>'.encode()
    events = parse_events(data, "dtd.xml")
    assert "".join(e.text for e in events if e.kind == "text") == "a"


def test_malformed_xml_is_a_one_line_error() -> None:
    with pytest.raises(InputError, match=r"^bad\.xlf: not well-formed XML: mismatched tag: line 1") as error:
        parse_events(b"<a><b></a>", "bad.xlf")
    assert "\n" not in str(error.value)


def test_text_events_carry_exact_character_offsets() -> None:
    text = '<a x="é">héllo &amp; <b>wörld</b>\n<![CDATA[<c>]]></a>'
    events = parse_events(text.encode("utf-8"), "a.xml")
    for event in events:
        if event.kind == "text" and event.exact:
            assert text[event.offset : event.offset + len(event.text)] == event.text
    entity = next(e for e in events if e.text == "&")
    assert text[entity.offset : entity.offset + 5] == "&amp;"


def test_utf16_xml_offsets_count_characters() -> None:
    text = '<?xml version="1.0" encoding="UTF-16"?><a>é<b>z</b></a>'
    events = parse_events("\ufeff".encode("utf-16-le") + text.encode("utf-16-le"), "a.xml")
    z = next(e for e in events if e.text == "z")
    assert text[z.offset] == "z"


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("relev\xe9".encode("latin-1"), r"cannot decode as UTF-8 at byte offset 57; save the file as UTF-8"),
        (b"a\x00b", r"NUL byte at byte offset 53"),
    ],
)
def test_bad_bytes_under_a_utf8_declaration_are_named_by_offset(target: bytes, message: str) -> None:
    # expat said only "not well-formed (invalid token): line 2, column 13".
    data = b'<?xml version="1.0" encoding="UTF-8"?>\n<doc><target>' + target + b"</target></doc>"
    with pytest.raises(InputError, match=rf"^x\.xlf: {message}"):
        parse_events(data, "x.xlf")


@pytest.mark.parametrize("label", ["bz2", "zlib_codec", "base64", "raw_unicode_escape"])
def test_a_declaration_naming_a_codec_that_is_no_charset_is_refused(label: str) -> None:
    # bz2 and zlib reached expat and failed with an empty AssertionError; raw_unicode_escape read UTF-8 as
    # Latin-1 ("relevÃ©") without a word.
    data = f'<?xml version="1.0" encoding="{label}"?><doc><t>relevé</t></doc>'.encode()
    with pytest.raises(InputError, match=f"x.xlf: declares the unknown encoding '{label}'"):
        parse_events(data, "x.xlf")


@pytest.mark.parametrize(
    ("label", "codec", "bom"),
    [
        ("Shift_JIS", "shift_jis", b""),
        ("EUC-JP", "euc_jp", b""),
        ("GBK", "gbk", b""),
        ("GB18030", "gb18030", b""),
        ("Big5", "big5", b""),
        ("EUC-KR", "euc_kr", b""),
        ("UTF-32", "utf-32-le", b"\xff\xfe\x00\x00"),
    ],
)
def test_multibyte_charsets_expat_lacks_are_read_with_character_offsets(label: str, codec: str, bom: bytes) -> None:
    # A Japanese, Chinese or Korean TMX/XLIFF export was refused: "not well-formed XML: multi-byte
    # encodings are not supported" (expat decodes UTF-8, UTF-16 and one-byte charsets only).
    words = {
        "shift_jis": "中央銀行",
        "euc_jp": "為替市場",
        "gbk": "中央银行",
        "gb18030": "中央银行",
        "big5": "中央銀行",
    }
    native = words.get(codec, "중앙은행" if codec == "euc_kr" else "銀行 🏦")
    text = f'<?xml version="1.0" encoding="{label}"?>\n<doc><t id="1">{native} 12</t><t>&amp;{native}</t></doc>'
    events = parse_events(bom + text.encode(codec), "x.xlf")
    pieces = [e for e in events if e.kind == "text" and e.text.strip()]
    assert [e.text for e in pieces] == [f"{native} 12", "&", native]
    for event in pieces:
        if event.exact:
            assert text[event.offset : event.offset + len(event.text)] == event.text
    with pytest.raises(InputError, match=r"^x\.xlf: cannot decode as \S+ \(its declared encoding\) at byte offset"):
        parse_events(f'<?xml version="1.0" encoding="{label}"?><doc>'.encode() + b"\xff\xff\xff</doc>", "x.xlf")
