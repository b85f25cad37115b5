"""Key-value resource pairs (JSON, YAML)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.errors import InputError
from mtqa.io.resource import read_resource, read_resource_pair


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_nested_json_keys_missing_and_extra_keys(tmp_path: Path) -> None:
    en = _write(
        tmp_path, "en.json", '{"nav": {"home": "Home", "about": "About \\"us\\""}, "list": ["One", 2], "only": "x"}'
    )
    fr = _write(
        tmp_path,
        "fr.json",
        '{\n  "nav": {\n    "home": "Accueil",\n    "about": "À propos"\n  },\n  "list": ["Un"],\n  "extra": "y"\n}\n',
    )
    document = read_resource_pair(en, fr)
    assert [p.unit for p in document.pairs] == ["nav.home", "nav.about", "list.0", "only"]
    assert document.source.paragraphs[1].text == 'About "us"'
    assert document.target.path == str(fr) and document.source.path == str(en)
    assert {(i.kind, i.unit) for i in document.issues} == {("extra_key", "extra"), ("empty_target", "only")}
    where = document.target.locate(document.target.text.index("propos"))
    assert (where.line, where.column, where.unit) == (4, 17, "nav.about")


@pytest.mark.parametrize(
    ("name", "source", "target"),
    [
        (
            "json",
            '{"nav": {"home": "Home page", "about": "About us", "n": 3}}',
            '{"nav": {"home": 5, "about": true, "n": 3}}',
        ),
        # (a root of one key like "nav" would be read as a Rails language block: two keys here)
        (
            "yml",
            "nav:\n  home: Home page\n  about: About us\n  n: 3\nx: y\n",
            "nav:\n  home: 5\n  about: true\n  n: 3\nx: z\n",
        ),
    ],
)
def test_a_translation_whose_string_became_a_number_or_boolean_says_so(
    tmp_path: Path, name: str, source: str, target: str
) -> None:
    document = read_resource_pair(_write(tmp_path, f"en.{name}", source), _write(tmp_path, f"de.{name}", target))
    said = {(issue.kind, issue.unit): issue.message for issue in document.issues if issue.kind == "not_text"}
    assert said == {  # a number on both sides ("n") is no text and no issue
        ("not_text", "nav.home"): "key 'nav.home' is a number (5) in the translation, not a string",
        ("not_text", "nav.about"): "key 'nav.about' is true/false in the translation, not a string",
    }


def test_message_syntax_is_protected_in_json_and_yaml(tmp_path: Path) -> None:
    en = _write(tmp_path, "en.json", '{"n": "{count, plural, one {# file} other {# files}}", "g": "Hi {{user}}"}')
    fr = _write(tmp_path, "fr.yml", 'n: "{count, plural, one {# fichier} other {# fichiers}}"\ng: Salut {{user}}\n')
    document = read_resource_pair(en, fr)
    for side, words in ((document.source, ("file", "files")), (document.target, ("fichier", "fichiers"))):
        protected = [side.text[s.start : s.end] for s in side.source_map.protected]  # type: ignore[union-attr]
        assert protected == ["{count, plural, one {#", "} other {#", "}}", "{{user}}"]
        assert all(f" {word}" in side.text for word in words)


def test_yaml_with_a_language_root_block_scalars_and_aliases(tmp_path: Path) -> None:
    en = _write(
        tmp_path, "en.yml", 'en:\n  a: &x Hello\n  b: *x\n  c: "Quoted \\u00e9"\n  d: |\n    Line one\n    line two\n'
    )
    fr = _write(tmp_path, "fr.yml", "fr:\n  a: Bonjour\n  b: Salut\n  c: Entre guillemets\n")
    document = read_resource_pair(en, fr)
    assert [p.unit for p in document.pairs] == ["a", "b", "c", "d"]
    assert [p.text for p in document.source.paragraphs] == ["Hello", "Hello", "Quoted é", "Line one\nline two"]
    where = document.source.locate(document.source.text.index("two"))
    assert (where.line, where.column) == (7, 10)


def test_a_yaml_alias_bomb_stays_small(tmp_path: Path) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for n, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[n]
        lines.append(
            f"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]"
        )
    _, _, keys = read_resource(_write(tmp_path, "bomb.yml", "\n".join(lines) + "\n"))
    assert len(keys) == 9


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad.json", '{"a": }', "not valid JSON"),
        ("bad.json", '{"a": "b"} trailing', "extra data"),
        ("bad.yml", "a: [unclosed\n", "not valid YAML"),
        ("deep.json", "[" * 100_000, "nested too deeply"),
        ("fr.json", "[1, 2, 3]", "not a key/value resource file: its top level is an array"),
        ("fr.json", '"hello"', "not a key/value resource file: its top level is a string"),
        ("fr.json", "42", "not a key/value resource file: its top level is a single value"),
        ("fr.yml", "- a\n- b\n", "not a key/value resource file: its top level is a list"),
        ("fr.yml", "just text\n", "not a key/value resource file: its top level is a single value"),
        ("fr.yml", "", "fr.yml: the file is empty; nothing to check"),  # a failed export passed, every key empty
        ("fr.yml", "# nur ein Kommentar\n", "fr.yml: no keys"),
        ("fr.json", " {} \n", "fr.json: no keys"),
        ("fr.json", '{"nav": {}}', "fr.json: no keys"),
    ],
)
def test_bad_resource_files_are_clear_errors(tmp_path: Path, name: str, text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_resource(_write(tmp_path, name, text))


@pytest.mark.parametrize(
    ("name", "content"), [("fr.yml", 'greeting: "Bonjour \\ud800"\n'), ("fr.json", '{"greeting": "Bonjour \\ud800"}')]
)
def test_a_lone_surrogate_escape_in_a_resource_is_bad_input(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=r"\\ud800, half of a UTF-16 surrogate pair"):
        read_resource(path)


@pytest.mark.parametrize(
    ("target", "name", "repeated"),
    [
        ('{"menu": {"start": "Inicio", "start": "Comienzo", "info": "Info"}, "out": "Salir"}', "es.json", "menu.start"),
        (
            '{"menu.start": "Inicio", "menu": {"start": "Comienzo", "info": "Info"}, "out": "Salir"}',
            "es.json",
            "menu.start",
        ),
        ("menu:\n  start: Inicio\n  start: Comienzo\n  info: Info\nout: Salir\n", "es.yml", "menu.start"),
    ],
)
def test_a_key_given_twice_is_reported_not_dropped_silently(
    tmp_path: Path, target: str, name: str, repeated: str
) -> None:
    source = _write(tmp_path, "en.json", '{"menu": {"start": "Start", "info": "Info"}, "out": "Quit"}')
    document = read_resource_pair(source, _write(tmp_path, name, target))
    issues = [(issue.kind, issue.unit, issue.side) for issue in document.issues]
    assert ("duplicate_key", repeated, "target") in issues
    assert document.target.paragraphs[0].text == "Comienzo"  # the last value, as every JSON reader takes it


def test_yaml_merge_keys_are_applied_and_the_mappings_own_keys_win(tmp_path: Path) -> None:
    # Rails-style defaults merged into two pages, one of them overriding a merged key; both sides merge.
    en = _write(
        tmp_path,
        "en.yml",
        "en:\n  base: &base\n    save: Save\n    quit: Quit\n  form:\n    <<: *base\n    title: Form\n"
        "  dialog:\n    <<: [*base]\n    quit: Close\n",
    )
    nl = _write(
        tmp_path,
        "nl.yml",
        "nl:\n  base: &b\n    save: Opslaan\n    quit: Afsluiten\n  form:\n    title: Formulier\n    <<: *b\n"
        "  dialog:\n    quit: Sluiten\n    <<: *b\n",
    )
    document = read_resource_pair(en, nl)
    units = {p.unit: (p.source, p.target) for p in document.pairs}
    assert sorted(units) == [
        "base.quit",
        "base.save",
        "dialog.quit",
        "dialog.save",
        "form.quit",
        "form.save",
        "form.title",
    ]
    texts = dict(zip([p.unit for p in document.pairs], [p.text for p in document.target.paragraphs], strict=True))
    assert texts["form.save"] == "Opslaan" and texts["dialog.quit"] == "Sluiten"
    assert not document.issues


def test_a_yaml_merge_key_of_a_value_is_refused(tmp_path: Path) -> None:
    en = _write(tmp_path, "en.yml", "a: One\nb: Two\n")
    de = _write(tmp_path, "de.yml", "a: Eins\nb:\n  <<: Zwei\n")
    with pytest.raises(InputError, match=r"de\.yml: a YAML merge key \(<<\) must name a mapping"):
        read_resource_pair(en, de)


def test_plural_forms_follow_the_target_languages_categories(tmp_path: Path) -> None:
    # i18next suffixes into Russian (one/few/many/other): its few and many translate the source's other.
    en = _write(tmp_path, "en.json", '{"msg_one": "One message", "msg_other": "{{count}} messages", "t": "Inbox"}')
    ru = _write(
        tmp_path,
        "ru.json",
        '{"msg_one": "{{count}} сообщение", "msg_few": "{{count}} сообщения", "msg_many": "{{count}} сообщений",'
        ' "msg_other": "{{count}} сообщения", "t": "Входящие"}',
    )
    document = read_resource_pair(en, ru, target_lang="ru")
    assert [p.unit for p in document.pairs] == ["msg_one", "msg_other", "msg_few", "msg_many", "t"]
    assert not document.issues
    # A form the language does not have is still an extra key (German has no "few").
    de = _write(tmp_path, "de.json", '{"msg_one": "Eine", "msg_few": "Einige", "msg_other": "{{count}}", "t": "Post"}')
    assert {(i.kind, i.unit) for i in read_resource_pair(en, de, target_lang="de").issues} == {("extra_key", "msg_few")}


def test_rails_plural_keys_of_a_language_without_one_are_not_missing(tmp_path: Path) -> None:
    en = _write(tmp_path, "en.yml", "en:\n  files:\n    one: One file\n    other: '%{count} files'\n  title: Archive\n")
    ja = _write(tmp_path, "ja.yml", "ja:\n  files:\n    other: '%{count} 個のファイル'\n  title: アーカイブ\n")
    document = read_resource_pair(en, ja, target_lang="ja")
    assert [p.unit for p in document.pairs] == ["files.other", "title"] and not document.issues
    # French has "one": a French file without it lacks a translation.
    fr = _write(tmp_path, "fr.yml", "fr:\n  files:\n    other: '%{count} fichiers'\n  title: Archives\n")
    issues = {(i.kind, i.unit) for i in read_resource_pair(en, fr, target_lang="fr").issues}
    assert ("empty_target", "files.one") in issues


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("!!python/object/apply:subprocess.call [[ls]]", "a value tagged !!python/object/apply:subprocess.call"),
        ("2024-03-05 08:15:00", "a date or time (2024-03-05 08:15:00)"),
        ("!!binary SGFsbG8=", "binary data"),
        ("!!set {eins, zwei}", "a value tagged !!set"),
        ("!lokal Text", "a value tagged !lokal"),
    ],
)
def test_a_yaml_value_of_another_type_is_not_text(tmp_path: Path, value: str, kind: str) -> None:
    # Before, a timestamp or binary was no value at all (only empty_target), and a tagged sequence was
    # walked as a list: extra_key 'menu.start.0', with "ls" checked as a translation.
    (tmp_path / "en.yaml").write_text("menu:\n  start: Start now\n  end: Quit\n", encoding="utf-8")
    (tmp_path / "de.yaml").write_text(f"menu:\n  start: {value}\n  end: Beenden\n", encoding="utf-8")
    document = read_resource_pair(tmp_path / "en.yaml", tmp_path / "de.yaml")
    issues = {(issue.kind, issue.unit): issue.message for issue in document.issues}
    assert issues[("not_text", "menu.start")] == f"key 'menu.start' is {kind} in the translation, not a string"
    assert not [unit for kind_, unit in issues if kind_ == "extra_key"]
