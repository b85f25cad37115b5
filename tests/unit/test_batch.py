from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mtqa.batch import bilingual_files, pair_articles
from mtqa.errors import InputError


def _touch(path: Path, text: str = "Titre\n\nTexte.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_same_relative_paths_pair_and_unmatched_files_are_listed(tmp_path: Path) -> None:
    _touch(tmp_path / "en" / "news" / "a.txt")
    _touch(tmp_path / "en" / "b.md")
    _touch(tmp_path / "fr" / "news" / "a.txt")
    _touch(tmp_path / "fr" / "c.md")
    _touch(tmp_path / "fr" / "notes.pdf")  # not an article
    pairing = pair_articles(tmp_path / "en", tmp_path / "fr")
    assert [(p.name, p.source.relative_to(tmp_path), p.target.relative_to(tmp_path)) for p in pairing.pairs] == [
        ("news/a", Path("en/news/a.txt"), Path("fr/news/a.txt"))
    ]
    assert [p.relative_to(tmp_path) for p in pairing.unmatched] == [Path("en/b.md"), Path("fr/c.md")]


@pytest.mark.parametrize("suffixes", [(".txt", ".md"), (".txt", ".md", ".html")])
def test_an_exact_name_wins_over_the_same_name_in_another_format(tmp_path: Path, suffixes: tuple[str, ...]) -> None:
    for suffix in suffixes:
        _touch(tmp_path / "en" / f"a{suffix}")
        _touch(tmp_path / "fr" / f"a{suffix}")
    _touch(tmp_path / "en" / "b.md")
    _touch(tmp_path / "fr" / "b.html")
    pairing = pair_articles(tmp_path / "en", tmp_path / "fr")
    assert sorted((p.source.name, p.target.name) for p in pairing.pairs) == sorted(
        [(f"a{suffix}", f"a{suffix}") for suffix in suffixes] + [("b.md", "b.html")]
    )
    assert pairing.unmatched == ()


def test_report_folders_of_earlier_runs_and_a_nested_target_folder_are_not_articles(tmp_path: Path) -> None:
    _touch(tmp_path / "en" / "a.txt")
    _touch(tmp_path / "en" / "fr" / "a.txt")  # the target folder, inside the source folder
    _touch(tmp_path / "en" / "fr" / "reports" / "a.html")  # an earlier run's --out
    _touch(tmp_path / "en" / "fr" / "reports" / "index.html")
    _touch(tmp_path / "en" / "fr" / "reports" / ".mtqa-run.json", "{}")
    _touch(tmp_path / "en" / "fr" / "own" / "b.html")  # a folder of the user's, no run record: articles
    pairing = pair_articles(tmp_path / "en", tmp_path / "en" / "fr")
    assert [(p.source.relative_to(tmp_path), p.target.relative_to(tmp_path)) for p in pairing.pairs] == [
        (Path("en/a.txt"), Path("en/fr/a.txt"))
    ]
    assert [p.relative_to(tmp_path) for p in pairing.unmatched] == [Path("en/fr/own/b.html")]


def test_names_composed_and_decomposed_pair(tmp_path: Path) -> None:
    _touch(tmp_path / "en" / "caf\u00e9" / "r\u00e9sum\u00e9.txt")  # composed, as Linux and Windows write it
    _touch(tmp_path / "fr" / "cafe\u0301" / "re\u0301sume\u0301.txt")  # decomposed, as macOS writes it
    pairing = pair_articles(tmp_path / "en", tmp_path / "fr")
    assert [p.name for p in pairing.pairs] == ["caf\u00e9/r\u00e9sum\u00e9"] and pairing.unmatched == ()
    assert pairing.pairs[0].target.exists()


def test_hidden_files_and_the_out_folder_are_not_articles(tmp_path: Path) -> None:
    for side in ("en", "fr"):
        _touch(tmp_path / side / "a.txt")
        _touch(tmp_path / side / ".git" / "notes.txt")
        _touch(tmp_path / side / ".draft.md")
    _touch(tmp_path / "en" / "reports" / "a.html")  # an earlier run's report, --out inside the sources
    pairing = pair_articles(tmp_path / "en", tmp_path / "fr", exclude=tmp_path / "en" / "reports")
    assert [p.name for p in pairing.pairs] == ["a"] and pairing.unmatched == ()
    assert [p.name for p in pair_articles(tmp_path / "en", tmp_path / "fr").unmatched] == ["a.html"]
    _touch(tmp_path / "en" / "reports" / "b.xlf")
    assert not bilingual_files(tmp_path / "en", exclude=tmp_path / "en" / "reports").pairs
    # an --out folder holding the whole input is not a reason to see no input (the CLI refuses it)
    assert [p.name for p in pair_articles(tmp_path / "en", tmp_path / "fr", exclude=tmp_path).pairs] == ["a"]


def test_html_articles_pair_like_text_articles(tmp_path: Path) -> None:
    _touch(tmp_path / "en" / "page.html", "<h1>Title</h1><p>Text.</p>")
    _touch(tmp_path / "fr" / "page.html", "<h1>Titre</h1><p>Texte.</p>")
    _touch(tmp_path / "fr" / "other.htm", "<p>Seul.</p>")
    pairing = pair_articles(tmp_path / "en", tmp_path / "fr")
    assert [p.name for p in pairing.pairs] == ["page"]
    assert [p.relative_to(tmp_path) for p in pairing.unmatched] == [Path("fr/other.htm")]


def test_a_folder_of_bilingual_files_gives_one_article_per_file(tmp_path: Path) -> None:
    _touch(tmp_path / "exports" / "app.xlf")
    _touch(tmp_path / "exports" / "docs" / "guide.po")
    _touch(tmp_path / "exports" / "app.tmx")
    _touch(tmp_path / "exports" / "readme.md")  # a monolingual article has no partner here
    _touch(tmp_path / "exports" / "logo.png")
    pairing = bilingual_files(tmp_path / "exports")
    assert [(p.name, p.source.name, p.bilingual, p.source == p.target) for p in pairing.pairs] == [
        ("app", "app.tmx", True, True),
        ("app", "app.xlf", True, True),
        ("docs/guide", "guide.po", True, True),
    ]
    assert [p.name for p in pairing.unmatched] == ["readme.md"]


def test_language_infix_and_language_named_files_pair(tmp_path: Path) -> None:
    _touch(tmp_path / "src" / "story.en.md")
    _touch(tmp_path / "tgt" / "story.fr.md")
    _touch(tmp_path / "src" / "article" / "en.txt")
    _touch(tmp_path / "tgt" / "article" / "fr.txt")
    pairing = pair_articles(tmp_path / "src", tmp_path / "tgt")
    assert sorted(p.name for p in pairing.pairs) == ["article", "story"]
    assert pairing.unmatched == ()


def test_one_folder_of_article_folders_uses_gold_manifest_for_direction(tmp_path: Path) -> None:
    _touch(tmp_path / "a" / "de.txt")
    _touch(tmp_path / "a" / "fr.txt")
    (tmp_path / "a" / "gold.json").write_text(
        json.dumps({"source": "de.txt", "target": "fr.txt", "source_lang": "de", "target_lang": "fr"}),
        encoding="utf-8",
    )
    _touch(tmp_path / "b" / "en.txt")
    _touch(tmp_path / "b" / "fr.txt")
    pairing = pair_articles(tmp_path, tmp_path, source_lang="en")
    by_name = {p.name: p for p in pairing.pairs}
    assert by_name["a"].source.name == "de.txt" and by_name["a"].target_lang == "fr"
    assert by_name["b"].source.name == "en.txt" and by_name["b"].target.name == "fr.txt"


def test_a_gold_manifest_nested_past_the_json_parsers_recursion_is_bad_input(tmp_path: Path) -> None:
    _touch(tmp_path / "a" / "de.txt")
    _touch(tmp_path / "a" / "fr.txt")
    (tmp_path / "a" / "gold.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    with pytest.raises(
        InputError, match=r"gold\.json: cannot read the pair.s source and target \(JSON nested too deeply\)"
    ):
        pair_articles(tmp_path, tmp_path, source_lang="de")


def test_target_lang_picks_the_marked_translation_never_another_language(tmp_path: Path) -> None:
    # Side by side: x has es, it and de; y only es and de. With -t it, x.it.md is x's translation, the
    # German files are no part of an es→it run, and y (no Italian) leaves its source unmatched.
    for name in ("x.es.md", "x.it.md", "x.de.md", "y.es.md", "y.de.md"):
        _touch(tmp_path / name)
    pairing = pair_articles(tmp_path, tmp_path, source_lang="es", target_lang="it")
    assert [(p.name, p.source.name, p.target.name, p.target_lang) for p in pairing.pairs] == [
        ("x", "x.es.md", "x.it.md", "it")
    ]
    assert [p.name for p in pairing.unmatched] == ["y.es.md"]


def test_target_lang_in_article_folders_and_a_regional_marker(tmp_path: Path) -> None:
    # One folder per article; the only Portuguese file is marked pt-PT: it is the translation, and the
    # pair keeps the precise tag. A folder holding a Japanese file only is no Portuguese translation.
    _touch(tmp_path / "a" / "en.txt")
    _touch(tmp_path / "a" / "pt-PT.txt")
    _touch(tmp_path / "a" / "nl.txt")
    _touch(tmp_path / "b" / "en.txt")
    _touch(tmp_path / "b" / "ja.txt")
    pairing = pair_articles(tmp_path, tmp_path, source_lang="en", target_lang="pt")
    assert [(p.name, p.target.name, p.target_lang) for p in pairing.pairs] == [("a", "pt-PT.txt", "pt-PT")]
    assert [p.relative_to(tmp_path) for p in pairing.unmatched] == [Path("b/en.txt")]
    # Without the target language a group of three stays ambiguous (listed, never guessed); a group of
    # two is its source and its one translation.
    assert [p.name for p in pair_articles(tmp_path, tmp_path, source_lang="en").pairs] == ["b"]


def test_target_lang_picks_the_marker_in_two_folders(tmp_path: Path) -> None:
    _touch(tmp_path / "src" / "a.en.md")
    _touch(tmp_path / "tgt" / "a.fr.md")
    _touch(tmp_path / "tgt" / "a.de.md")
    pairing = pair_articles(tmp_path / "src", tmp_path / "tgt", "en", target_lang="fr")
    assert [(p.source.name, p.target.name) for p in pairing.pairs] == [("a.en.md", "a.fr.md")]
    assert pairing.unmatched == ()


def test_one_folder_without_direction_leaves_files_unmatched(tmp_path: Path) -> None:
    _touch(tmp_path / "b" / "en.txt")
    _touch(tmp_path / "b" / "fr.txt")
    pairing = pair_articles(tmp_path, tmp_path)
    assert list(pairing.pairs) == []
    assert len(pairing.unmatched) == 2


def test_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a folder"):
        pair_articles(tmp_path / "nope", tmp_path)


def test_a_language_code_counts_only_where_the_layout_shows_one(tmp_path: Path) -> None:
    # "new" and "fur" are language codes (Newari, Friulian) and ordinary words: names here.
    for name in ("new.txt", "fur.txt"):
        _touch(tmp_path / "en" / name)
        _touch(tmp_path / "fr" / name)
    pairing = pair_articles(tmp_path / "en", tmp_path / "fr")
    assert sorted(p.name for p in pairing.pairs) == ["fur", "new"] and pairing.unmatched == ()
    # Different markers within one folder are no layout: nothing is paired by them.
    _touch(tmp_path / "s" / "a.de.md")
    _touch(tmp_path / "s" / "b.it.md")
    _touch(tmp_path / "t" / "a.fr.md")
    assert list(pair_articles(tmp_path / "s", tmp_path / "t").pairs) == []
    # A file named after a language only counts inside an article folder.
    _touch(tmp_path / "x" / "en.txt")
    _touch(tmp_path / "y" / "fr.txt")
    assert list(pair_articles(tmp_path / "x", tmp_path / "y").pairs) == []


def test_report_names_are_safe_and_unique() -> None:
    from mtqa.batch import ArticlePair, report_names

    pairs = [ArticlePair(name, Path("s"), Path("t")) for name in ("index", "A", "a", ".hidden", "", "news/../x\x1b")]
    assert list(report_names(pairs)) == ["index-2", "A", "a-2", "hidden", "article", "news/x_"]
    same = ArticlePair("fr", Path("en.txt"), Path("fr.txt"))  # a manifest row given twice: two reports
    assert list(report_names([same, same, same])) == ["fr", "fr-2", "fr-3"]


@pytest.mark.parametrize("name", ["é" * 125 + "b", "经济" * 60, "🙂" * 70, "a" * 251])
def test_a_report_name_fits_the_file_system_in_bytes(tmp_path: Path, name: str) -> None:
    # A valid 251-byte file name of two-byte characters gave a 256-byte report name: "File name too long".
    from mtqa.batch import ArticlePair, report_names
    from mtqa.report.json_report import write_atomic

    pairs = [ArticlePair(name, Path("s"), Path("t")), ArticlePair(name, Path("s2"), Path("t2"))]
    for report in report_names(pairs):
        assert report and name.startswith(report.removesuffix("-2"))
        write_atomic(tmp_path / f"{report}.html", "<p>report</p>")
    assert len(list(tmp_path.iterdir())) == 2


def test_a_jsonl_manifest_lists_pairs_in_its_order_relative_to_its_folder(tmp_path: Path) -> None:
    from mtqa.batch import read_manifest, report_names

    _touch(tmp_path / "en" / "b.txt")
    _touch(tmp_path / "fr" / "b.txt")
    _touch(tmp_path / "en" / "a.txt")
    absolute = _touch(tmp_path / "fr" / "a.md")
    rows = [
        {"source": "en/b.txt", "target": "fr/b.txt", "source_lang": "EN", "target_lang": "fr_CA"},
        {"source": "en/a.txt", "target": str(absolute), "name": "first"},
    ]
    manifest = tmp_path / "pairs.jsonl"
    manifest.write_text("\n".join(json.dumps(row) for row in rows) + "\n\n", encoding="utf-8")
    pairing = read_manifest(manifest)
    assert [(p.name, p.source, p.target, p.source_lang, p.target_lang) for p in pairing.pairs] == [
        ("fr/b", tmp_path / "en" / "b.txt", tmp_path / "fr" / "b.txt", "en", "fr-CA"),
        ("first", tmp_path / "en" / "a.txt", absolute, None, None),
    ]
    assert pairing.unmatched == ()
    assert list(report_names(pairing.pairs)) == ["fr/b", "first"]
    elsewhere = _touch(tmp_path.parent / f"{tmp_path.name}-other" / "c.txt")
    manifest.write_text(json.dumps({"source": "en/a.txt", "target": str(elsewhere)}) + "\n", encoding="utf-8")
    manifest.write_text(
        manifest.read_text() + json.dumps({"source": "en/a.txt", "target": str(absolute)}) + "\n", encoding="utf-8"
    )
    assert [p.name for p in read_manifest(manifest).pairs] == ["c", "fr/a"]  # not the folders from the root


def test_a_parquet_manifest(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from mtqa.batch import read_manifest

    _touch(tmp_path / "s.txt")
    _touch(tmp_path / "t.txt")
    manifest = tmp_path / "pairs.parquet"
    pd.DataFrame({"source": ["s.txt"], "target": ["t.txt"], "target_lang": [None]}).to_parquet(manifest)
    (pair,) = read_manifest(manifest).pairs
    assert (pair.name, pair.source, pair.target, pair.target_lang) == (
        "t",
        tmp_path / "s.txt",
        tmp_path / "t.txt",
        None,
    )


@pytest.mark.parametrize(
    ("columns", "message"),
    [
        ({"src": ["s.txt"], "target": ["t.txt"]}, r"pairs\.parquet: unknown column 'src' \(known: source, target"),
        ({"target": ["t.txt"]}, r"pairs\.parquet: no 'source' column \(the manifest's columns: target\)"),
        ({"source": ["s.txt"], "tgt_lang": ["fr"]}, "unknown column 'tgt_lang'"),
    ],
)
def test_a_parquet_manifest_with_a_misspelt_or_missing_column_says_so(
    tmp_path: Path, columns: dict[str, list[str]], message: str
) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from mtqa.batch import read_manifest

    manifest = tmp_path / "pairs.parquet"
    pd.DataFrame(columns).to_parquet(manifest)
    with pytest.raises(InputError, match=message):
        read_manifest(manifest)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[1, 2]", "pairs.jsonl:1: expected a JSON object"),
        ("{nope", "pairs.jsonl:1: not a JSON object"),
    ],
)
def test_a_manifest_line_that_is_no_json_object_stops_the_run(tmp_path: Path, line: str, message: str) -> None:
    from mtqa.batch import read_manifest

    manifest = tmp_path / "pairs.jsonl"
    manifest.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("[", r"\[")):
        read_manifest(manifest)


def test_a_manifest_in_utf16_is_read_and_a_bad_byte_or_deep_nesting_is_named(tmp_path: Path) -> None:
    from mtqa.batch import read_manifest

    (tmp_path / "s.txt").write_text("Source.\n", encoding="utf-8")
    (tmp_path / "t.txt").write_text("Cible.\n", encoding="utf-8")
    manifest = tmp_path / "pairs.jsonl"
    row = '{"source": "s.txt", "target": "t.txt", "name": "café"}\n'
    for encoding in ("utf-16", "utf-16-le"):  # with a BOM (PowerShell 5), and without one
        manifest.write_bytes(row.encode(encoding))
        assert [pair.name for pair in read_manifest(manifest).pairs] == ["café"]
    manifest.write_bytes(row.encode("latin-1"))
    with pytest.raises(InputError, match=r"pairs\.jsonl: cannot decode the manifest as UTF-8 at byte offset 51"):
        read_manifest(manifest)
    manifest.write_text('{"source": "s.txt", "target": "t.txt", "x": ' + "[" * 5000 + "]" * 5000 + "}\n")
    with pytest.raises(InputError, match=r"pairs\.jsonl:1: JSON nested too deeply"):
        read_manifest(manifest)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"source": "s.txt"}', "'target' must be the path of an article"),
        ('{"source": "s.txt", "target": "missing.txt"}', "missing.txt: no such file"),
        ('{"source": "s.txt", "target": "t.txt", "lang": "fr"}', "unknown column 'lang'"),
        ('{"source": "s.txt", "target": "t.txt", "target_lang": "xx-Nope"}', "'target_lang' must be a language tag"),
        ('{"source": "s.txt", "target": "t.txt", "name": " "}', "'name' must be a non-empty report name"),
        ('{"source": "s.txt", "target": "./s.txt"}', "the source and the translation are the same file"),
        ('{"source": "s.txt", "target": "."}', "a folder, not an article file"),
        ('{"source": "s.txt", "target": "/dev/null"}', "/dev/null: not a regular file (a device or socket)"),
    ],
)
def test_a_bad_manifest_row_is_kept_with_its_line_and_the_others_are_read(
    tmp_path: Path, line: str, message: str
) -> None:
    from mtqa.batch import read_manifest

    _touch(tmp_path / "s.txt")
    _touch(tmp_path / "t.txt")
    manifest = tmp_path / "pairs.jsonl"
    manifest.write_text('{"source": "s.txt", "target": "t.txt"}\n' + line + "\n", encoding="utf-8")
    pairing = read_manifest(manifest)
    assert [pair.target for pair in pairing.pairs] == [tmp_path / "t.txt"]
    ((where, text),) = pairing.bad_rows
    assert where == f"{manifest}:2" and text.startswith(f"{manifest}:2: ") and message in text


def test_packed_strings_read_back_as_given() -> None:
    from mtqa.batch import PackedStrings

    strings = ["a", "", "städte/été", "x" * 300, "", "漢字"]
    packed = PackedStrings(strings)
    assert len(packed) == 6 and list(packed) == strings
    assert packed[2] == "städte/été" and packed[-1] == "漢字" and packed[-2] == ""
    assert packed[1:4] == strings[1:4] and packed[::-2] == strings[::-2]
    with pytest.raises(IndexError):
        packed[6]
    assert list(PackedStrings([])) == []


def test_a_pair_list_gives_back_the_pairs_it_was_made_of() -> None:
    from mtqa.batch import ArticlePair, PairList

    pairs = [
        ArticlePair("a", Path("src/a.txt"), Path("tgt/a.txt")),
        ArticlePair("fr/b", Path("/abs/b.en.md"), Path("/abs/b.fr.md"), "en", "fr"),
        ArticlePair("c", Path("c.xlf"), Path("c.xlf"), bilingual=True),
        ArticlePair("d", Path("d.txt"), Path("e.txt"), None, "de"),
    ]
    packed = PairList(pairs)
    assert len(packed) == 4 and list(packed) == pairs and packed[-1] == pairs[-1] and packed[1:3] == pairs[1:3]
    assert packed[1].source_lang == "en" and packed[3].source_lang is None and packed[2].bilingual


def test_a_pair_list_holds_a_fraction_of_its_pairs_memory() -> None:
    import tracemalloc

    from mtqa.batch import ArticlePair, PairList

    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        pairs = tuple(
            ArticlePair(f"{n:05d}-de-fr-article", Path(f"corpus/src/{n:05d}-de-fr-article.txt"),
                        Path(f"corpus/tgt/{n:05d}-de-fr-article.txt"))
            for n in range(2_000)
        )  # fmt: skip
        assert all(str(pair.source) and str(pair.target) for pair in pairs)  # as paths a folder listing made
        as_objects = tracemalloc.get_traced_memory()[0] - before
        before = tracemalloc.get_traced_memory()[0]
        packed = PairList(pairs)
        as_packed = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert list(packed) == list(pairs)
    assert as_packed < as_objects / 4


def test_a_counterpart_that_is_no_file_is_bad_input_not_unmatched(tmp_path: Path) -> None:
    import os

    for name in ("ok.md", "pipe.md", "folder.md", "gone.md"):
        _touch(tmp_path / "src" / name)
    _touch(tmp_path / "dst" / "ok.md")
    (tmp_path / "dst").joinpath("folder.md").mkdir()
    os.mkfifo(tmp_path / "dst" / "pipe.md")
    _touch(tmp_path / "dst" / "back.md")
    os.mkfifo(tmp_path / "src" / "back.md")  # the other way round: the source is the pipe
    pairing = pair_articles(tmp_path / "src", tmp_path / "dst")
    assert [p.name for p in pairing.pairs] == ["ok"]
    assert [p.relative_to(tmp_path) for p in pairing.unmatched] == [Path("src/gone.md")]
    assert [message.removeprefix(str(tmp_path) + "/") for _, message in pairing.bad_rows] == [
        "dst/folder.md: not a regular file (a folder); save the text to a file",
        "dst/pipe.md: not a regular file (a named pipe); save the text to a file",
        "src/back.md: not a regular file (a named pipe); save the text to a file",
    ]


def test_a_sub_folder_that_cannot_be_read_stops_the_run_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An unreadable fr/sub was skipped without a word: en/sub/b.txt was "unmatched" and the run passed.
    import os

    for side, text in (("en", "Text."), ("fr", "Texte.")):
        (tmp_path / side / "sub").mkdir(parents=True)
        (tmp_path / side / "a.txt").write_text(text, encoding="utf-8")
        (tmp_path / side / "sub" / "b.txt").write_text(text, encoding="utf-8")
    (tmp_path / "fr" / ".cache").mkdir()  # a hidden folder is not entered, readable or not
    real = os.scandir
    unreadable = {tmp_path / "fr" / "sub", tmp_path / "fr" / ".cache"}

    def scandir(path: Any = ".") -> Any:
        if Path(path) in unreadable:  # what chmod 000 does to anyone but root
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(InputError, match=r"fr/sub: cannot list the folder \(Permission denied\)"):
        pair_articles(tmp_path / "en", tmp_path / "fr")
    unreadable.discard(tmp_path / "fr" / "sub")
    assert [pair.name for pair in pair_articles(tmp_path / "en", tmp_path / "fr").pairs] == ["a", "sub/b"]


def test_a_manifest_number_too_long_for_python_is_named_in_words(tmp_path: Path) -> None:
    from mtqa.batch import read_manifest

    manifest = tmp_path / "pairs.jsonl"
    manifest.write_text('{"source": "en.txt", "target": "fr.txt", "name": ' + "9" * 5000 + "}\n", encoding="utf-8")
    # Before, the message ended with the interpreter's advice to call sys.set_int_max_str_digits().
    with pytest.raises(InputError, match=r"pairs\.jsonl:1: .*a number of 5,000 digits \(at most 4,300 are read\)\)$"):
        read_manifest(manifest)
