"""CSV, TSV and JSONL reader."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from mtqa.errors import InputError
from mtqa.io.tabular import Columns, parse_csv, parse_jsonl, read_table

CSV = 'id,Source,translation,comment\nk1,"Hello, ""world""",Bonjour,x\nk2,"Two\nlines","Deux\nlignes",\nk3,Only source,,\n'


def test_csv_columns_by_default_names_with_quoted_fields() -> None:
    document = parse_csv(CSV.encode(), "t.csv")
    assert [p.text for p in document.source.paragraphs] == ['Hello, "world"', "Two\nlines", "Only source"]
    assert [p.text for p in document.target.paragraphs] == ["Bonjour", "Deux\nlignes"]
    assert [(p.unit, p.target) for p in document.pairs] == [("k1", (0,)), ("k2", (1,)), ("k3", ())]
    assert [i.kind for i in document.issues] == ["empty_target"]


def test_csv_locations_point_into_the_fields() -> None:
    document = parse_csv(CSV.encode(), "t.csv")
    lines = CSV.splitlines()
    for side, word in ((document.source, "world"), (document.target, "lignes"), (document.source, "Only")):
        where = side.locate(side.text.index(word))
        assert lines[where.line - 1][where.column - 1 :].startswith(word), word


def test_columns_can_be_named_and_languages_serve_as_names() -> None:
    data = b"key\ten\tfr\na\tCat\tChat\n"
    document = parse_csv(data, "t.tsv", Columns(source_lang="en", target_lang="fr"), "\t")
    assert document.target.paragraphs[0].text == "Chat" and document.pairs[0].unit == "a"
    named = parse_csv(b"x,y\nCat,Chat\n", "t.csv", Columns(source="x", target="y"))
    assert named.pairs[0].unit == "row 2"


def test_a_missing_column_lists_the_header() -> None:
    with pytest.raises(InputError, match=r"t\.csv: no source column \(columns: a, b\); name it with --source-column"):
        parse_csv(b"a,b\n1,2\n", "t.csv")
    with pytest.raises(InputError, match="no target column 'tgt2'"):
        parse_csv(b"source,b\n1,2\n", "t.csv", Columns(target="tgt2"))


def test_jsonl_rows_with_escapes_and_locations() -> None:
    text = '{"id": "a", "source": "Caf\\u00e9 \\"x\\"", "target": "Café « x »"}\n\n{"source": "b", "target": null}\n'
    document = parse_jsonl(text.encode(), "t.jsonl")
    assert [p.text for p in document.source.paragraphs] == ['Café "x"', "b"]
    assert [p.unit for p in document.pairs] == ["a", "line 3"]
    where = document.target.locate(document.target.text.index("«"))
    assert text.splitlines()[where.line - 1][where.column - 1] == "«"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[1, 2]\n", "line 1: expected a JSON object"),
        ('{"source": "a"\n', "line 1: not valid JSON"),
        ('{"source": "a", "target": "b"} x\n', "extra data"),
        ("\n\n", "the file is empty"),
        # Python's own messages and extensions: its advice to raise a limit, NaN that JSON has not
        (
            '{"source": ' + "9" * 5000 + ', "target": "x"}\n',
            r"line 1: not valid JSON: a number of 5,000 digits \(at most 4,300",
        ),
        ('{"source": NaN, "target": "x"}\n', "line 1: not valid JSON: NaN is not a JSON value"),
        ('{"target": -Infinity, "source": "x"}\n', "line 1: not valid JSON: -Infinity is not a JSON value"),
        # cells that are no text are refused, naming the line and the column, not read as "[1, 2]"
        ('{"source": "a", "target": "b"}\n{"source": 1, "target": [1, 2]}\n', "line 2: 'target' is an array, not text"),
        ('{"src": {"a": "b"}, "tgt": "x"}\n', "line 1: 'src' is an object, not text"),
        ('{"source": "Ja", "target": true}\n', "line 1: 'target' is true/false, not text"),
    ],
)
def test_bad_jsonl_is_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_jsonl(text.encode(), "t.jsonl")


def test_jsonl_numbers_are_kept_as_written_not_as_floats() -> None:
    # Read as floats, 12345678901234567890.1 became "1.2345678901234567e+19" (two false "missing number"
    # findings), 1e400 "inf", 0.1000 "0.1".
    data = '{"source": 1.50, "target": 12345678901234567890.1}\n{"source": "Le prix: 0,10.", "target": 1e400}\n'
    data += '{"id": 7.0, "source": -0.1000, "target": 0E-3}\n'
    document = parse_jsonl(data.encode(), "n.jsonl")
    assert [p.text for p in document.source.paragraphs] == ["1.50", "Le prix: 0,10.", "-0.1000"]
    assert [p.text for p in document.target.paragraphs] == ["12345678901234567890.1", "1e400", "0E-3"]
    where = document.target.locate(document.target.paragraphs[1].span.start)
    assert (where.line, where.column) == (2, data.splitlines()[1].index("1e400") + 1)


def test_jsonl_numbers_and_nulls_are_cells_of_text_or_none() -> None:
    document = parse_jsonl(b'{"source": 2024, "target": 2024}\n{"source": "Hi.", "target": null}\n', "t.jsonl")
    assert "2024" in document.source.text and "Hi." in document.source.text
    assert document.target.text.strip() == "2024"


def test_read_table_picks_the_dialect_by_suffix(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text("source\ttarget\nA, b\tC, d\n", encoding="utf-8")
    assert read_table(path).target.paragraphs[0].text == "C, d"


@pytest.mark.parametrize(
    "text",
    [
        'id;source;target\nk1;"Prix ; taxes";"Price; taxes"\nk2;1,5 kg;1.5 kg\n',  # a French spreadsheet's CSV
        'sep=;\nid;source;target\nk1;"Prix ; taxes";"Price; taxes"\nk2;1,5 kg;1.5 kg\n',  # Excel's hint line
        'id|source|target\nk1|"Prix ; taxes"|"Price; taxes"\nk2|1,5 kg|1.5 kg\n',
    ],
)
def test_csv_delimiter_is_read_from_the_file(text: str) -> None:
    document = parse_csv(text.encode(), "t.csv")
    assert [p.unit for p in document.pairs] == ["k1", "k2"]
    assert [p.text for p in document.source.paragraphs] == ["Prix ; taxes", "1,5 kg"]
    where = document.target.locate(document.target.text.index("1.5"))
    assert text.splitlines()[where.line - 1][where.column - 1 :].startswith("1.5 kg")


def test_a_comma_header_wins_over_semicolons_inside_fields() -> None:
    document = parse_csv(b"source,target\nA; b,C; d\n", "t.csv")
    assert document.target.paragraphs[0].text == "C; d"
    named = parse_csv(b"en;fr\nCat, dog;Chat, chien\n", "t.csv", Columns(source_lang="en", target_lang="fr"))
    assert named.target.paragraphs[0].text == "Chat, chien"


def test_an_unknown_header_is_split_by_its_widest_delimiter() -> None:
    with pytest.raises(InputError, match=r"no source column \(columns: a, b, c\)"):
        parse_csv(b"a;b;c\n1;2;3\n", "t.csv")
    with pytest.raises(InputError, match=r"no source column \(columns: Hello world\.\)"):
        parse_csv(b"Hello world.\n", "t.csv")


def test_a_cell_longer_than_pythons_csv_field_limit_is_read() -> None:
    # Python's csv refuses fields over 131,072 characters by default; the input size limit is 2 MB.
    long = "word " * 40_000
    document = parse_csv(f'source,target\n"{long}",Bonjour\n'.encode(), "t.csv")
    assert document.source.paragraphs[0].text == long.strip()
    assert csv.field_size_limit() == 131_072  # the process-wide limit is put back


@pytest.mark.parametrize(
    ("data", "columns"),
    [
        (b"source,target\nHello,Bonjour\n", Columns("source", "SOURCE")),
        (b"en\nHello\n", Columns(None, None, None, "en", "en")),
    ],
)
def test_one_column_read_as_both_sides_is_refused(data: bytes, columns: Columns) -> None:
    with pytest.raises(InputError, match="the source and the translation are the same column"):
        parse_csv(data, "t.csv", columns)
    rows = b'{"source": "Hello", "target": "Bonjour"}\n'
    with pytest.raises(InputError, match="same column 'source'"):
        parse_jsonl(rows, "t.jsonl", Columns("source", "source"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"source,target\nA only\nB,b,extra\n", r"t.csv: line 3: 3 fields, the header has 2; quote a field"),
        (b'source,target\n"Two\nlines",x\nB,b,c\n', r"line 4: 3 fields"),  # a quoted field spans lines
        (b"source,source,target\na,b,c\n", r"t.csv: line 1: columns 1 and 2 are both named 'source'"),
        (b"id,source,target,ID\n1,a,b,2\n", r"columns 1 and 4 are both named 'id'"),
    ],
)
def test_ragged_rows_and_duplicate_columns_name_the_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_csv(data, "t.csv")


def test_trailing_empty_fields_and_unread_duplicate_columns_are_accepted() -> None:
    document = parse_csv(b"source,target,note,note\nHello,Bonjour,,\nBye,Salut,x,y,\n", "t.csv")
    assert [p.text for p in document.target.paragraphs] == ["Bonjour", "Salut"]


def test_a_lone_surrogate_escape_in_jsonl_is_bad_input_not_a_crash() -> None:
    data = b'{"source": "Hello world.", "target": "Bonjour \\ud800 le monde."}\n'
    with pytest.raises(InputError, match=r"line 1: .*\\ud800, half of a UTF-16 surrogate pair"):
        parse_jsonl(data, "fr.jsonl")
    pair = b'{"source": "Hello.", "target": "Bonjour \\ud83d\\ude00."}\n'  # a whole pair is one character
    assert "\U0001f600" in parse_jsonl(pair, "fr.jsonl").target.text


def test_a_jsonl_field_given_twice_is_reported() -> None:
    document = parse_jsonl(b'{"source": "Hello.", "target": "Hallo.", "target": "Servus."}\n', "d.jsonl")
    assert [(issue.kind, "'target'" in issue.message) for issue in document.issues] == [("duplicate_key", True)]


@pytest.mark.parametrize(
    ("header", "source_lang", "target_lang"),
    [
        ("de-DE,es-ES", "de", "es"),  # regional columns, plain tags given
        ("de,es", "de-AT", "es-MX"),  # plain columns, regional tags given
        ("pt-PT,pt-BR,nl", "nl", "pt-BR"),  # the same tag wins over another region of the language
    ],
)
def test_columns_named_by_a_tag_of_the_same_language_are_found(header: str, source_lang: str, target_lang: str) -> None:
    first, second = header.split(",")[:2]
    # Three columns: the first is another region's translation, the source is the last.
    rows = "Bom dia.,Buenos días.,Guten Morgen." if header.count(",") == 2 else "Guten Morgen.,Buenos días."
    columns = Columns(source_lang=source_lang, target_lang=target_lang)
    document = parse_csv(f"{header}\n{rows}\n".encode(), "t.csv", columns)
    assert (document.source.paragraphs[0].text, document.target.paragraphs[0].text) == ("Guten Morgen.", "Buenos días.")
    line = '{"' + first + '": "Guten Morgen.", "' + second + '": "Buenos días."}\n'
    if header.count(",") == 1:
        read = parse_jsonl(line.encode(), "t.jsonl", columns)
        assert (read.source.paragraphs[0].text, read.target.paragraphs[0].text) == ("Guten Morgen.", "Buenos días.")


def test_two_columns_of_the_language_and_none_exact_are_no_answer() -> None:
    with pytest.raises(InputError, match=r"no target column \(columns: en, fr-CA, fr-CH\)"):
        parse_csv(b"en,fr-CA,fr-CH\nHello.,Bonjour.,Salut.\n", "t.csv", Columns(source_lang="en", target_lang="fr"))


def test_a_header_line_longer_than_pythons_csv_field_limit_is_read() -> None:
    # The delimiter guess splits the header by each candidate: by a tab, this 690 KB header is one field.
    header = "source,target," + ",".join(f"c{i}" for i in range(100_000))
    data = f'{header}\n"The bank raised its rates.","Banken höjde räntan."\n'.encode()
    document = parse_csv(data, "wide.csv")
    assert [p.text for p in document.target.paragraphs] == ["Banken höjde räntan."]
    assert csv.field_size_limit() == 131_072


def test_a_tsv_cell_that_starts_with_a_quotation_mark_is_text() -> None:
    data = (
        'source\ttarget\n"Stop," she said to the minister.\t« Arrêtez », dit-elle au ministre.\n'
        'Er sagte "nein".\t"Nej", sa han.\n'
    )
    document = parse_csv(data.encode(), "dialogue.tsv", delimiter="\t")
    assert [p.text for p in document.source.paragraphs] == ['"Stop," she said to the minister.', 'Er sagte "nein".']
    assert [p.text for p in document.target.paragraphs] == ["« Arrêtez », dit-elle au ministre.", '"Nej", sa han.']
    where = document.target.locate(document.target.text.index("sa han"))
    assert data.splitlines()[where.line - 1][where.column - 1 :].startswith("sa han")


def test_a_tsv_whose_quoted_cells_hold_tabs_is_still_read_with_quotes() -> None:
    data = 'source\ttarget\n"a\tb ok"\t"x\ty bien"\n'
    document = parse_csv(data.encode(), "q.tsv", delimiter="\t")
    assert [p.text for p in document.target.paragraphs] == ["x\ty bien"]


@pytest.mark.parametrize("raw_id", ['{"a": 1}', "[1]", "true"])
def test_a_jsonl_id_that_is_no_text_is_refused(raw_id: str) -> None:
    data = f'{{"id": {raw_id}, "source": "Hello there.", "target": "Hej där."}}\n'
    with pytest.raises(InputError, match=r"ids\.jsonl: line 1: 'id' is (an object|an array|true/false), not text"):
        parse_jsonl(data.encode(), "ids.jsonl")


def test_a_jsonl_id_that_is_a_number_is_kept_as_written() -> None:
    data = '{"id": 1.50, "source": "Hello there.", "target": "Hej där."}\n'
    assert [p.unit for p in parse_jsonl(data.encode(), "ids.jsonl").pairs] == ["1.50"]
