"""gettext PO reader (polib)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mtqa.errors import InputError
from mtqa.io.po import parse_po, read_po

DATA = Path(__file__).resolve().parents[1] / "data" / "real-world"

PO = r"""msgid ""
msgstr ""
"Language: fr\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"
"Content-Type: text/plain; charset=UTF-8\n"

#: menu.py:3
msgctxt "menu"
msgid "Open"
msgstr "Ouvrir"

#, fuzzy
msgid "Close"
msgstr "Fermer"

msgid "one file"
msgid_plural "%d files"
msgstr[0] "un fichier"
msgstr[1] "%d fichiers"

msgid ""
"A long "
"string with \"quotes\"\n"
"and a line break."
msgstr ""
"Une longue "
"chaîne avec des « guillemets »\n"
"et un saut de ligne."

msgid "Untranslated"
msgstr ""

#~ msgid "Old"
#~ msgstr "Vieux"
"""


def test_entries_plurals_context_and_fuzzy() -> None:
    document = parse_po(PO.encode(), "fr.po")
    assert document.target.lang == "fr"
    assert [p.unit for p in document.pairs] == [
        "menu|Open",
        "one file[0]",
        "one file[1]",
        document.pairs[3].unit,
        "Untranslated",
    ]
    assert [p.text for p in document.source.paragraphs][:3] == ["Open", "one file", "%d files"]
    assert [p.text for p in document.target.paragraphs][:3] == ["Ouvrir", "un fichier", "%d fichiers"]
    assert document.target.paragraphs[3].text == "Une longue chaîne avec des « guillemets »\net un saut de ligne."
    assert {(i.kind, i.unit) for i in document.issues} == {("fuzzy", "Close"), ("empty_target", "Untranslated")}
    included = parse_po(PO.encode(), "fr.po", fuzzy="include")
    assert "Fermer" in [p.text for p in included.target.paragraphs]
    assert any(i.kind == "fuzzy" and "checked anyway" in i.message for i in included.issues)


def test_locations_point_into_the_quoted_strings() -> None:
    document = parse_po(PO.encode(), "fr.po")
    lines = PO.splitlines()
    target = document.target
    for word in ("Ouvrir", "fichiers", "guillemets", "saut"):
        where = target.locate(target.text.index(word))
        assert lines[where.line - 1][where.column - 1 :].startswith(word), word


def test_plural_forms_that_disagree_with_the_header_are_reported() -> None:
    data = PO.replace('msgstr[1] "%d fichiers"\n', "").encode()
    document = parse_po(data, "fr.po")
    assert any(i.kind == "plural_forms" for i in document.issues)


def test_a_declared_latin1_charset_is_honoured() -> None:
    data = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "Coffee"\nmsgstr "Café"\n'
    document = parse_po(data.encode("latin-1"), "fr.po")
    assert document.target.paragraphs[0].text == "Café"


def test_an_invalid_po_file_is_a_clear_error() -> None:
    with pytest.raises(InputError, match=r"fr\.po: not a valid PO file"):
        parse_po(b"garbage here\n", "fr.po")


def test_a_real_docs_po_file_reads_cleanly() -> None:
    document = read_po(DATA / "python-docs-fr-colorsys.po")
    assert len(document.pairs) == 11
    assert [i.kind for i in document.issues] == ["fuzzy"]
    assert document.target.paragraphs[1].text == "**Code source :** :source:`Lib/colorsys.py`"
    where = document.target.locate(document.target.text.index("Exemple"))
    assert (where.line, where.column) == (98, 9)


def _protected_texts(data: str) -> list[str]:
    document = parse_po(data.encode("utf-8"), "fr.po")
    target = document.target
    assert target.source_map is not None
    return [target.text[span.start : span.end] for span in target.source_map.protected]


def test_sphinx_markup_is_protected_from_the_prose_checks() -> None:
    data = (
        'msgid "The :mod:`colorsys` module returns ``None``; see :py:func:`f`:"\n'
        'msgstr "Le module :mod:`colorsys` renvoie ``None`` ; voir :py:func:`f` :"\n\n'
        'msgid "Example::"\nmsgstr "Exemple ::"\n\n'
        'msgid "A ratio 1:2 at 10:30."\nmsgstr "Un rapport 1:2 à 10:30."\n'
    )
    assert _protected_texts(data) == [":mod:`colorsys`", "``None``", ":py:func:`f`", "::"]


def test_format_placeholders_are_protected_only_in_format_entries() -> None:
    entry = 'msgid "%(count)d files in {dir} (100%%)"\nmsgstr "%(count)d fichiers dans {dir} (100 %%)"\n'
    assert _protected_texts("#, python-format\n" + entry) == ["%(count)d", "{dir}"]
    assert _protected_texts(entry) == []


def test_a_template_charset_placeholder_reads_as_utf8() -> None:
    data = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=CHARSET\\n"\n\nmsgid "Coffee"\nmsgstr "Café"\n'
    assert parse_po(data.encode("utf-8"), "fr.po").target.paragraphs[0].text == "Café"


def test_an_unterminated_string_is_refused_with_its_line() -> None:
    # polib alone reads it as msgid "Hell" and swallows the next line
    with pytest.raises(InputError, match=r"fr\.po: line 3: a quoted string that does not end on its line"):
        parse_po(b'msgid "Coffee"\nmsgstr "Cafe"\nmsgid "Hello\nmsgstr "x"\n', "fr.po")
    escaped = parse_po(b'msgid "Say \\"hi\\""\nmsgstr "Dis \\"salut\\" \\\\"\n', "fr.po")
    assert escaped.target.paragraphs[0].text == 'Dis "salut" \\'


def test_a_latin1_header_over_utf8_text_reads_as_utf8() -> None:
    data = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "Coffee"\nmsgstr "Café"\n'
    assert parse_po(data.encode("utf-8"), "fr.po").target.paragraphs[0].text == "Café"  # not "CafÃ©"


def test_a_second_header_entry_is_an_input_issue_not_text() -> None:
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fr\\n"\n\n'
    entry = 'msgid "The talks are scheduled."\nmsgstr "Les discussions sont prévues."\n\n'
    document = parse_po((header + entry + header).encode(), "joined.po")
    assert [p.text for p in document.target.paragraphs] == ["Les discussions sont prévues."]
    assert [(issue.kind, issue.location.line if issue.location else None) for issue in document.issues] == [
        ("duplicate_id", 9)
    ]


def test_a_utf16_charset_over_bytes_of_one_byte_per_letter_reads_as_utf8() -> None:
    # Decoded as labelled, this was "Syntax error in po file (line 1)".
    data = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-16\\n"\n\nmsgid "Street"\nmsgstr "Straße"\n'
    document = parse_po(data.encode("utf-8"), "de.po")
    assert document.target.paragraphs[0].text == "Straße"
    assert parse_po(data.encode("utf-16"), "de.po").target.paragraphs[0].text == "Straße"  # truly UTF-16


@pytest.mark.parametrize("charset", ["base64", "hex", "zlib_codec"])
def test_a_charset_naming_a_bytes_codec_is_an_unknown_encoding(charset: str) -> None:
    data = f'msgid ""\nmsgstr "Content-Type: text/plain; charset={charset}\\n"\n\nmsgid "Street"\nmsgstr "Gata"\n'
    with pytest.raises(InputError, match=f"sv.po: declares the unknown encoding '{charset}'"):
        parse_po(data.encode(), "sv.po")


def test_octal_and_hex_escapes_are_decoded_as_msgfmt_does() -> None:
    # Before, polib left "\101" and "\x41" as text: a false numbers.mismatch ('101' vs '41').
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    entry = 'msgid "Stage \\101 opens"\nmsgstr "Etap \\x41 \\303\\263 \\\\101 \\377 otwarty"\n'
    document = parse_po((header + entry).encode(), "pl.po")
    assert document.source.paragraphs[0].text == "Stage A opens"
    # UTF-8 bytes spell one letter; an escaped backslash stays text; a byte that is no UTF-8 stays as written.
    assert document.target.paragraphs[0].text == "Etap A ó \\101 \\377 otwarty"


@pytest.mark.parametrize(
    ("forms", "said"),
    [
        ('msgstr[0] "plik"\nmsgstr[99999999] "pliki"\n', "has msgstr[99999999], past the last form msgstr[2]"),
        ('msgstr[0] "plik"\nmsgstr[1] "pliki"\nmsgstr[3] "plików"\n', "has msgstr[3], past the last form msgstr[2]"),
        ('msgstr[0] "plik"\nmsgstr[1] "pliki"\n', "has 2 plural forms, the header says 3"),
    ],
)
def test_plural_indexes_past_the_header_s_count_are_reported(forms: str, said: str) -> None:
    # Before, only the count was compared: msgstr[99999999] beside msgstr[0] made "2 forms" and passed.
    header = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2);\\n"\n\n'
    )
    document = parse_po(f'{header}msgid "one file"\nmsgid_plural "%d files"\n{forms}'.encode(), "pl.po")
    messages = [issue.message for issue in document.issues if issue.kind == "plural_forms"]
    assert len(messages) == 1 and said in messages[0]


def _plural_po(plural_forms: str, forms: str, language: str = "de") -> bytes:
    return (
        f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: {language}\\n"\n'
        f'"Plural-Forms: {plural_forms}\\n"\n\nmsgid "one file"\nmsgid_plural "%d files"\n{forms}'
    ).encode()


def test_a_huge_nplurals_is_compared_never_used_to_size_memory() -> None:
    # Before, the check built list(range(nplurals)): nplurals=2000000000 took 23 GB until the OOM
    # killer stopped the run; 10**15 (asked for at once) raised MemoryError.
    document = parse_po(
        _plural_po("nplurals=1000000000000000; plural=n;", 'msgstr[0] "Datei"\nmsgstr[1] "Dateien"\n'), "de.po"
    )
    messages = [issue.message for issue in document.issues if issue.kind == "plural_forms"]
    assert messages == ["entry 'one file' has 2 plural forms, the header says 1000000000000000"]
    assert [p.text for p in document.target.paragraphs] == ["Datei", "Dateien"]


@pytest.mark.parametrize(
    ("plural_forms", "index", "said"),
    [
        ("nplurals=" + "9" * 41 + "; plural=n;", "1", "the header's nplurals 999999999999... (41 digits)"),
        ("nplurals=" + "9" * 5000 + "; plural=n;", "1", "the header's nplurals 999999999999... (5,000 digits)"),
        ("nplurals=2; plural=(n != 1);", "7" * 5000, "line 10: the plural form index 777777777777... (5,000 digits)"),
    ],
)
def test_numbers_too_long_for_a_plural_count_are_one_clear_error(plural_forms: str, index: str, said: str) -> None:
    # Before: "internal error" (OverflowError past 19 digits; ValueError past Python's 4,300).
    data = _plural_po(plural_forms, f'msgstr[0] "Datei"\nmsgstr[{index}] "Dateien"\n')
    with pytest.raises(InputError, match=re.escape(f"de.po: {said} is not a number of plural forms")):
        parse_po(data, "de.po")


@pytest.mark.parametrize(
    ("language", "tag"),
    [
        ("sr@latin", "sr-Latn"),
        ("sr_RS@latin", "sr-Latn-RS"),
        ("uz_UZ.UTF-8@cyrillic", "uz-Cyrl-UZ"),
        ("ca@valencia", "ca-valencia"),
        ("de_DE@euro", "de-DE"),
        ("sr@ijekavianlatin", "sr-Latn-ijekavsk"),
        ("tt_RU@iqtelif", "tt-Latn-RU"),
        ("pt_BR.utf8", "pt-BR"),
        ("fr_CA", "fr_CA"),  # no codeset or modifier: left to the tag check, which reads it
    ],
)
def test_gettext_locale_names_in_the_language_header_are_read_as_bcp47(language: str, tag: str) -> None:
    # gettext's Language is ll_CC[.codeset][@modifier]; sr@latin and ca@valencia were "invalid language tag".
    document = parse_po(_plural_po("nplurals=2; plural=(n != 1);", 'msgstr[0] "a"\nmsgstr[1] "b"\n', language), "x.po")
    assert document.target.lang == tag
