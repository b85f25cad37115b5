"""The bad-input suite: what a real team's inputs do to ``mtqa check``, run as users run it (a subprocess).

Every case asserts the exit code, a single line on stderr without a traceback, and that no input was
changed. Readers' own cases (encodings, sizes, XML) are in the io tests.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpora" / "china-us-ai-talks"
EN = (SEED / "en.txt").read_text(encoding="utf-8")
FR = (SEED / "fr.txt").read_text(encoding="utf-8")


def mtqa(*arguments: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mtqa", *map(str, arguments)], capture_output=True, text=True, check=False, cwd=cwd
    )


def one_error(result: subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def pair(folder: Path, name: str = "article") -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    source, target = folder / f"{name}.en.txt", folder / f"{name}.fr.txt"
    source.write_text(EN, encoding="utf-8")
    target.write_text(FR, encoding="utf-8")
    return source, target


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- Options and config ----------------------------------------------------------------------------

OPTION_CASES: list[tuple[list[str], str]] = [
    (["--fail-under", "abc"], "Invalid value for '--fail-under'"),
    (["--fail-under", "120"], "Invalid value for '--fail-under'"),
    (["--fail-under", "nan"], "--fail-under: give a number from 0 to 100, not nan"),
    (["--fail-on", "huge"], "Invalid value for '--fail-on'"),
    (["--max-findings", "name=²"], "whole number"),
    (["--max-findings", "nom=1"], "unknown category"),
    (["--bogus"], "No such option"),
    (["-t", "xx-Nope"], "unknown language tag 'xx-Nope'"),
    (["--source-lang", "en_US\nmtqa: forged line"], "en_US\\nmtqa: forged line"),
    (["--enable", "nonsense"], "unknown check or family"),
    (["--findings-table", "findings.xlsx"], "written as .csv or .parquet"),
]


@pytest.mark.parametrize(("options", "message"), OPTION_CASES)
def test_bad_options_are_one_line(tmp_path: Path, options: list[str], message: str) -> None:
    source, target = pair(tmp_path)
    before = snapshot(tmp_path)
    assert message in one_error(mtqa("check", source, target, *options))
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[gate]\nfail_undr = 80\n", "unknown key 'fail_undr' in [gate]; did you mean 'fail_under'?"),
        ('[checks]\ndisabel = ["typography"]\n', "did you mean 'disable'?"),
        ('[do_not_translate]\nterm = ["Kubernetes"]\n', "did you mean 'terms'?"),
        ('encodr = "use-m3"\n', "did you mean 'encoder'?"),
        ("[gate]\nfail_under = true\n", "gate.fail_under must be a number"),
        ('[glossary]\n"central bank" = 5\n', "glossary.central bank must be a string"),
        ("[gate\n", "invalid TOML"),
    ],
)
def test_config_errors_name_the_key_and_the_file(tmp_path: Path, content: str, message: str) -> None:
    source, target = pair(tmp_path)
    (tmp_path / "mtqa.toml").write_text(content, encoding="utf-8")
    line = one_error(mtqa("check", source, target))
    assert message in line and "mtqa.toml" in line


def test_a_pyproject_whose_tool_mtqa_is_not_a_table(tmp_path: Path) -> None:
    source, target = pair(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool]\nmtqa = 5\n", encoding="utf-8")
    assert "tool.mtqa must be a table" in one_error(mtqa("check", source, target))


def test_a_report_never_overwrites_the_config_in_use(tmp_path: Path) -> None:
    source, target = pair(tmp_path)
    config = tmp_path / "mtqa.toml"
    config.write_text('[gate]\nfail_on = "critical"\n', encoding="utf-8")
    assert "refusing to overwrite an input" in one_error(mtqa("check", source, target, "--markdown", config))
    assert config.read_text(encoding="utf-8") == '[gate]\nfail_on = "critical"\n'


# --- Files ---------------------------------------------------------------------------------------


def test_file_names_too_long_and_missing_files(tmp_path: Path) -> None:
    source, target = pair(tmp_path)
    long_name = tmp_path / ("x" * 300 + ".txt")
    assert "File name too long" in one_error(mtqa("check", source, long_name))
    assert "File name too long" in one_error(mtqa("check", source, target, "--json", tmp_path / ("y" * 300)))
    assert "no such file" in one_error(mtqa("check", source, tmp_path / "missing.txt"))


def test_control_characters_in_a_file_name_cannot_forge_lines_or_escape_the_terminal(tmp_path: Path) -> None:
    source, _ = pair(tmp_path)
    line = one_error(mtqa("check", source, tmp_path / "evil\n\x1b[31mred.txt"))
    assert "evil\\n\\x1b[31mred.txt" in line and "\x1b" not in line


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder; the case needs an ordinary user")
def test_an_unreadable_folder(tmp_path: Path) -> None:
    source, target = pair(tmp_path / "locked")
    (tmp_path / "locked").chmod(0)
    try:
        assert "Permission denied" in one_error(mtqa("check", source, target))
    finally:
        (tmp_path / "locked").chmod(stat.S_IRWXU)


def test_a_file_system_error_anywhere_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # What an unreadable folder does for an ordinary user, wherever the CLI first touches it.
    from mtqa.cli import main

    source, target = pair(tmp_path)

    def denied(self: Path) -> bool:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "is_dir", denied)
    with pytest.raises(SystemExit) as exited:
        main(["check", str(source), str(target)])
    assert exited.value.code == 2
    assert capsys.readouterr().err == f"mtqa: error: {source}: Permission denied\n"


def test_reports_follow_the_umask_and_keep_an_existing_mode(tmp_path: Path) -> None:
    source, target = pair(tmp_path)
    fresh, kept = tmp_path / "fresh.json", tmp_path / "kept.json"
    kept.write_text("{}", encoding="utf-8")
    kept.chmod(0o600)
    code = (
        "import os, sys; os.umask(0o027); from mtqa.cli import main; "
        f"main(['check', {str(source)!r}, {str(target)!r}, '--json', {str(fresh)!r}, '-q'])"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o640
    assert mtqa("check", source, target, "--json", kept, "-q").returncode == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and json.loads(kept.read_text(encoding="utf-8"))


# --- Folder runs -----------------------------------------------------------------------------------


def folders(tmp_path: Path, names: list[str], extra_source: list[str] = ()) -> tuple[Path, Path]:  # type: ignore[assignment]
    source, target = tmp_path / "en", tmp_path / "fr"
    for name in names:
        for folder, text in ((source, EN), (target, FR)):
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text, encoding="utf-8")
    for name in extra_source:
        (source / name).write_text(EN, encoding="utf-8")
    return source, target


@pytest.mark.parametrize(
    ("option", "victim"),
    [("--markdown", "en/b.txt"), ("--junit", "fr/notes.txt"), ("--sarif", "en/.notes/keep.txt")],
)
def test_a_report_never_overwrites_a_file_of_the_input_folders(tmp_path: Path, option: str, victim: str) -> None:
    # An article without its translation yet, a note of another suffix, a hidden file: none is a pair, all
    # are the user's (a typo in a CI script must not replace them).
    source, target = folders(tmp_path, ["a.txt"], extra_source=["b.txt"])
    (target / "notes.txt").write_text("to do", encoding="utf-8")
    (source / ".notes").mkdir()
    (source / ".notes" / "keep.txt").write_text("my notes", encoding="utf-8")
    before = snapshot(tmp_path)
    line = one_error(
        mtqa(
            "check", source, target, "-s", "en", "-e", "fast", "-q", "--out", tmp_path / "o", option, tmp_path / victim
        )
    )
    assert "refusing to overwrite" in line and victim.split("/")[-1] in line
    assert snapshot(tmp_path) == before


def test_three_letter_names_are_articles_not_language_codes(tmp_path: Path) -> None:
    source, target = folders(tmp_path, ["new.txt", "fur.txt", "index.txt"])
    out = tmp_path / "out"
    result = mtqa("check", source, target, "--out", out, "-s", "en", "-t", "fr", "-q")
    assert result.returncode == 0, result.stderr
    reports = sorted(p.name for p in out.iterdir())
    assert reports == [
        ".mtqa-run.json",  # the run record (--resume); a report name is never hidden, so never this one
        *("fur.html", "fur.json", "index-2.html", "index-2.json", "index.html", "new.html", "new.json"),
    ]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{name}.html"' in index for name in ("fur", "new", "index-2"))


def test_every_article_given_is_reported(tmp_path: Path) -> None:
    source, target = folders(tmp_path, ["a.txt", "b.txt"], extra_source=["lonely.txt"])
    out = tmp_path / "out"
    junit = tmp_path / "junit.xml"
    markdown = tmp_path / "summary.md"
    result = mtqa(
        "check", source, target, "--out", out, "--junit", junit, "--markdown", markdown, "-s", "en", "-t", "fr"
    )
    assert result.returncode == 0, result.stderr
    assert "lonely.txt" in result.stderr and "1 file(s) without a counterpart" in result.stderr
    assert "lonely.txt" in (out / "index.html").read_text(encoding="utf-8")
    xml = junit.read_text(encoding="utf-8")
    assert 'tests="3" failures="1"' in xml and 'type="mtqa.unmatched"' in xml
    assert "lonely.txt" in markdown.read_text(encoding="utf-8")
    gated = mtqa(
        "check", source, target, "--out", tmp_path / "out2", "--fail-on-unmatched", "-q", "-s", "en", "-t", "fr"
    )
    assert gated.returncode == 1


def test_the_input_size_limit_holds_in_folder_runs_and_comes_from_the_config(tmp_path: Path) -> None:
    source, target = folders(tmp_path, ["a.txt"])
    out = tmp_path / "out"
    limited = mtqa("check", source, target, "--out", out, "-s", "en", "-t", "fr", "--max-input-size", "1000")
    assert "larger than the input size limit of 1,000 bytes" in one_error(limited)
    (tmp_path / "mtqa.toml").write_text("[input]\nmax_size = 1000\n", encoding="utf-8")
    from_config = mtqa("check", source, target, "--out", out, "-s", "en", "-t", "fr")
    assert "larger than the input size limit of 1,000 bytes" in one_error(from_config)
    lifted = mtqa("check", source, target, "--out", out, "-s", "en", "-t", "fr", "--max-input-size", "0", "-q")
    assert lifted.returncode == 0, lifted.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_bad_article_of_a_folder_is_reported_and_the_others_are_checked(tmp_path: Path, jobs: str) -> None:
    source, target = folders(tmp_path, ["a.txt", "b.txt", "c.txt"])
    (target / "b.txt").write_bytes(b"caf\xe9 \xff\xfe")  # not UTF-8, not UTF-16
    out, junit, markdown = tmp_path / "out", tmp_path / "j.xml", tmp_path / "m.md"
    command = ["check", source, target, "--out", out, "-s", "en", "-t", "fr", "-q", "--jobs", jobs]
    result = mtqa(*command, "--junit", junit, "--markdown", markdown)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, lines
    assert (
        lines[0].startswith(f"mtqa: error: {target / 'b.txt'}: ")
        and "cannot decode as UTF-8 at byte offset 3" in lines[0]
    )
    assert (
        lines[1]
        == "mtqa: error: 1 of 3 article(s) not checked: bad input (above); the others were checked and reported"
    )
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "a.html",
        "a.json",
        "c.html",
        "c.json",
        "index.html",
    ]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "2 article(s)" in index and "1 not checked (bad input)" in index and "b.txt" in index
    assert 'errors="1"' in junit.read_text(encoding="utf-8") and 'type="mtqa.input_error"' in junit.read_text("utf-8")
    assert "1 article(s) with bad input, not checked" in markdown.read_text(encoding="utf-8")


def test_a_manifest_row_with_a_binary_file_is_reported_and_the_others_are_checked(tmp_path: Path) -> None:
    folders(tmp_path, ["a.txt", "b.txt"])
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 4)
    rows = [{"source": f"en/{n}.txt", "target": f"fr/{n}.txt"} for n in "ab"]
    rows.insert(1, {"source": "en/a.txt", "target": "blob.bin", "name": "blob"})
    rows.append({"source": "en/a.txt", "target": "gone.txt"})
    manifest = tmp_path / "pairs.jsonl"
    manifest.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    result = mtqa("check", "--manifest", manifest, "--out", tmp_path / "out", "-s", "en", "-t", "fr", "-q")
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3 and "Traceback" not in result.stderr
    assert lines[0] == f"mtqa: error: {manifest}:4: {tmp_path / 'gone.txt'}: no such file"
    assert "blob.bin" in lines[1] and "2 of 4 article(s) not checked" in lines[2]
    assert f"{manifest}:4: " in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert (tmp_path / "out" / "fr" / "a.json").is_file() and (tmp_path / "out" / "fr" / "b.json").is_file()


def test_rich_markup_and_escapes_in_file_names_are_printed_as_text(tmp_path: Path) -> None:
    source, target = folders(tmp_path, ["[bold]x.txt"], extra_source=["[red]odd\x1b[2J.txt"])
    result = mtqa("check", source, target, "--out", tmp_path / "out", "-s", "en", "-t", "fr")
    assert result.returncode == 0, result.stderr
    assert "[red]odd\\x1b[2J.txt" in result.stderr and "\x1b[2J" not in result.stderr
    assert "[bold]x" in result.stderr


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ({"source": "en.txt", "target": "fr.txt", "source_lang": 5}, "'source_lang' must be a language tag"),
        ({"source": "en.txt", "target": "fr.txt", "target_lang": "<b>fr</b>"}, "'target_lang' must be a language tag"),
        ({"source": "../secret.txt", "target": "fr.txt"}, "'source' points outside the article's folder"),
        ({"source": "en.txt"}, "'target' must be the name of a file"),
        (["en.txt", "fr.txt"], "expected a JSON object"),
    ],
)
def test_gold_manifests_are_validated_and_confined(tmp_path: Path, manifest: object, message: str) -> None:
    article = tmp_path / "corpus" / "a"
    article.mkdir(parents=True)
    (article / "en.txt").write_text(EN, encoding="utf-8")
    (article / "fr.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "corpus" / "secret.txt").write_text("not an article", encoding="utf-8")
    (article / "gold.json").write_text(json.dumps(manifest), encoding="utf-8")
    corpus = tmp_path / "corpus"
    assert message in one_error(mtqa("check", corpus, corpus, "--out", tmp_path / "out"))


# --- The check command's own guards stay (kept here so the suite lists every case) ----------------

GUARDS: list[tuple[Callable[[Path, Path, Path], list[str | Path]], str]] = [
    (lambda d, s, t: [s, t, "--json", t], "refusing to overwrite an input"),
    (lambda d, s, t: [s, t, "--json", d / "r.json", "--html", d / "r.json"], "same file"),
    (lambda d, s, t: [s, d], "give two files, or two folders"),
    (lambda d, s, t: [d, s], "is a folder and "),
    (lambda d, s, t: [s, d / "." / s.name], "the source and the translation are the same file"),
    (lambda d, s, t: [d / "missing", t, "--out", d / "out"], "missing: no such file or folder"),
    (lambda d, s, t: [d / "missing"], "missing: no such file or folder"),
    (lambda d, s, t: [], "give SOURCE and TARGET (files or folders of articles), or --manifest FILE"),
    (lambda d, s, t: [s, t, "--jobs", "2"], "--jobs, --dask and --resume are for folders of articles or a --manifest"),
    (lambda d, s, t: [d, d, "-s", "en", "--jobs", "lots"], "--jobs 'lots': give a number of worker processes"),
    (lambda d, s, t: [d, d, "-s", "en", "--resume"], "--resume reuses the reports of an earlier run: give its --out"),
    (lambda d, s, t: [d, d, "-s", "en", "--out", d / "o", "--junit", d / "o" / "index.html"], "its own index.html"),
    (lambda d, s, t: [d, d, "-s", "en", "--out", d / "o", "--markdown", d / "o" / "article.json"], "own article.json"),
    (lambda d, s, t: ["--manifest", s, s], "--manifest lists the pairs: give no SOURCE or TARGET"),
    (lambda d, s, t: ["--manifest", s], "not a JSON object"),
]


@pytest.mark.parametrize(("arguments", "message"), GUARDS)
def test_guards(tmp_path: Path, arguments: Callable[[Path, Path, Path], list[str | Path]], message: str) -> None:
    source, target = pair(tmp_path)
    before = snapshot(tmp_path)
    assert message in one_error(mtqa("check", *arguments(tmp_path, source, target)))
    assert snapshot(tmp_path) == before


def test_a_po_template_alone_is_named_as_one(tmp_path: Path) -> None:
    template = tmp_path / "messages.pot"
    template.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=CHARSET\\n"\n\nmsgid "Open"\n')
    assert "a .pot file is a template and holds no translations" in one_error(mtqa("check", template))


# --- Many articles: --resume, run records, manifests -------------------------------------------------


def test_resuming_with_other_settings_or_a_damaged_record_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    source, target = tmp_path / "en", tmp_path / "fr"
    for folder, text in ((source, EN), (target, FR)):
        folder.mkdir()
        (folder / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    common = [source, target, "--out", out, "-s", "en", "-t", "fr", "--encoder", "fast", "--no-cache", "--quiet"]
    first = mtqa("check", *common)
    assert first.returncode in (0, 1), first.stderr
    before = snapshot(tmp_path)
    again = mtqa("check", *common, "--resume")
    assert again.returncode == first.returncode, again.stderr
    assert snapshot(tmp_path) == before  # reused: the report stands
    other_gate = mtqa("check", *common, "--resume", "--fail-under", "99")  # the gate is judged again: fine
    assert other_gate.returncode == 1 and "Traceback" not in other_gate.stderr
    before = snapshot(tmp_path)
    for other in (["--disable", "typography"], ["--profile", "ui"], ["-t", "fr-CA"]):
        message = one_error(mtqa("check", *common, "--resume", *other))
        assert "--resume: a was checked with other settings" in message
    assert "other settings" in one_error(mtqa("check", *common[:-4], "--encoder", "use-m3", "--resume"))
    assert snapshot(tmp_path) == before
    (out / ".mtqa-run.json").write_text("{half", encoding="utf-8")
    damaged = mtqa("check", *common, "--resume")  # a damaged record: every article is checked again
    assert damaged.returncode == first.returncode and "Traceback" not in damaged.stderr
    assert "unreadable run record" in damaged.stderr and "checking every article again" in damaged.stderr
    assert json.loads((out / ".mtqa-run.json").read_text(encoding="utf-8"))["articles"]


def _folders(tmp_path: Path, names: tuple[str, ...] = ("a",)) -> list[str | Path]:
    source, target = tmp_path / "en", tmp_path / "fr"
    for folder, text in ((source, EN), (target, FR)):
        folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return [source, target, "-s", "en", "-t", "fr", "--encoder", "fast", "--no-cache", "--quiet"]


def test_an_out_folder_of_the_users_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    common = _folders(tmp_path)
    out = tmp_path / "site"
    out.mkdir()
    for name in ("index.html", "a.json", "a.html"):
        (out / name).write_text("the user's own page", encoding="utf-8")
    before = snapshot(tmp_path)
    message = one_error(mtqa("check", *common, "--out", out))
    assert "not empty and not a report folder of mtqa" in message and "give a new or empty folder" in message
    assert snapshot(tmp_path) == before
    empty = tmp_path / "empty"
    (empty / ".git").mkdir(parents=True)  # hidden entries do not count
    assert mtqa("check", *common, "--out", empty).returncode in (0, 1)
    again = mtqa("check", *common, "--out", empty)  # a report folder of an earlier run: written again
    assert again.returncode in (0, 1) and (empty / "a.html").exists()


def test_resume_checks_again_an_article_whose_html_report_was_damaged(tmp_path: Path) -> None:
    common = [*_folders(tmp_path, ("a", "b")), "--out", tmp_path / "out"]
    assert mtqa("check", *common).returncode in (0, 1)
    html = tmp_path / "out" / "a.html"
    good = html.read_bytes()
    html.write_bytes(b"\0\xff")
    resumed = mtqa("check", *common, "--resume")
    assert resumed.returncode in (0, 1), resumed.stderr
    assert html.read_bytes() == good
    b_written = (tmp_path / "out" / "b.html").stat().st_mtime_ns
    assert mtqa("check", *common, "--resume").returncode in (0, 1)
    assert (tmp_path / "out" / "b.html").stat().st_mtime_ns == b_written  # an intact article is reused


def test_reports_of_an_earlier_input_set_are_removed_unless_the_user_changed_them(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _folders(tmp_path / "one", ("a", "b", "c"))
    assert mtqa("check", *first, "--out", out).returncode in (0, 1)
    (out / "c.html").write_text("notes the user wrote over the report", encoding="utf-8")
    second = _folders(tmp_path / "two", ("a",))
    assert mtqa("check", *second, "--out", out).returncode in (0, 1)
    assert sorted(p.name for p in out.iterdir()) == [".mtqa-run.json", "a.html", "a.json", "c.html", "index.html"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("pairs.jsonl", b"\xff\xfe\x00garbage", "pairs.jsonl:1: not a JSON object"),  # UTF-16 (BOM): read, not JSON
        ("pairs.jsonl", b'{"name": "caf\xe9"}', "cannot decode the manifest as UTF-8 at byte offset 13"),
        ("pairs.jsonl", b'{"source": "a.txt"', "not a JSON object"),
        ("pairs.parquet", b"PAR1 this is not parquet", "cannot read the manifest: not a Parquet file"),
        ("pairs.parquet", b"PAR1" + b"\0" * 64 + b"\xff\xff\xff\x1fPAR1", "not a Parquet file, or a damaged one"),
    ],
)
def test_a_damaged_manifest_is_one_line(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    manifest = tmp_path / name
    manifest.write_bytes(content)
    before = snapshot(tmp_path)
    assert message in one_error(mtqa("check", "--manifest", manifest, "--out", tmp_path / "out"))
    assert snapshot(tmp_path) == before


def test_a_forged_run_record_cannot_make_mtqa_delete_files_outside_out(tmp_path: Path) -> None:
    import hashlib

    common = _folders(tmp_path / "in", ("a", "b"))
    victim = tmp_path / "victim" / "sub" / "v.txt"
    victim.parent.mkdir(parents=True)
    victim.write_text("precious\n", encoding="utf-8")
    an_input = tmp_path / "in" / "fr" / "b.txt"
    out = tmp_path / "out"
    out.mkdir()
    files = {}
    for listed, path in (("../victim/sub/v.txt", victim), (str(an_input), an_input)):
        files[listed] = {"size": path.stat().st_size, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
    record = {"format": "mtqa-run-record-1", "articles": {"zz": "0"}, "files": files}
    (out / ".mtqa-run.json").write_text(json.dumps(record), encoding="utf-8")
    before = snapshot(tmp_path / "in")
    assert mtqa("check", *common, "--out", out).returncode in (0, 1)
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert snapshot(tmp_path / "in") == before


@pytest.mark.parametrize("name", ["a.html", "index.html", ".mtqa-run.json"])
def test_a_link_in_the_report_folder_is_replaced_not_written_through(tmp_path: Path, name: str) -> None:
    common = _folders(tmp_path / "in")
    out = tmp_path / "out"
    assert mtqa("check", *common, "--out", out).returncode in (0, 1)
    victim = tmp_path / "victim"
    victim.write_text('{"precious": 1}\n', encoding="utf-8")
    (out / name).unlink()
    (out / name).symlink_to(victim)
    assert mtqa("check", *common, "--out", out).returncode in (0, 1)
    assert victim.read_text(encoding="utf-8") == '{"precious": 1}\n'
    assert not (out / name).is_symlink()


def test_file_names_that_are_not_utf8_are_checked_and_reported(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9-\xff.txt")
    for side, text in (("en", EN), ("fr", FR)):
        (tmp_path / side).mkdir()
        (tmp_path / side / name).write_text(text, encoding="utf-8")
    common = ["-s", "en", "-t", "fr", "--encoder", "fast", "--no-cache", "--quiet"]
    single = mtqa("check", tmp_path / "en" / name, tmp_path / "fr" / name, *common, "--json", tmp_path / "r.json")
    assert single.returncode in (0, 1), single.stderr
    assert "caf\\\\xe9-\\\\xff.txt" in (tmp_path / "r.json").read_text(encoding="utf-8")
    folders = mtqa("check", tmp_path / "en", tmp_path / "fr", *common, "--out", tmp_path / "out")
    assert folders.returncode in (0, 1), folders.stderr
    assert (tmp_path / "out" / "index.html").exists()


@pytest.mark.parametrize("tag", ["und", "x-klingon", "qaa", "fr-" + "-".join(["abcdefgh"] * 5000)])
def test_a_language_tag_naming_no_language_is_refused(tmp_path: Path, tag: str) -> None:
    source, target = pair(tmp_path)
    assert "--target-lang" in one_error(mtqa("check", source, target, "-s", "en", "-t", tag, "-e", "fast"))


def test_a_decomposed_translation_gets_the_findings_of_the_composed_one(tmp_path: Path) -> None:
    import unicodedata

    source, target = pair(tmp_path)
    decomposed = tmp_path / "article.nfd.fr.txt"
    decomposed.write_text(unicodedata.normalize("NFD", FR), encoding="utf-8")
    findings = []
    for translation, report in ((target, "nfc.json"), (decomposed, "nfd.json")):
        args = ("-s", "en", "-t", "fr", "-e", "fast", "--no-cache", "-q", "--json", tmp_path / report)
        assert mtqa("check", source, translation, *args).returncode in (0, 1)
        data = json.loads((tmp_path / report).read_text(encoding="utf-8"))
        findings.append([(f["check"], f["excerpt"], f["target_span"]) for f in data["findings"]])
    assert findings[0] == findings[1]


def test_a_relative_report_path_from_a_deleted_working_folder_says_so(tmp_path: Path) -> None:
    source, target = pair(tmp_path)
    script = (
        f'mkdir gone && cd gone && rmdir ../gone && exec "{sys.executable}" -m mtqa check "{source}" "{target}" '
        "-s en -t fr -e fast -q --json r.json"
    )
    result = subprocess.run(["sh", "-c", script], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "mtqa: error: the working folder no longer exists" in result.stderr.splitlines()[-1]


def test_a_report_path_of_dash_is_refused_not_written_as_a_file(tmp_path: Path) -> None:
    source, target = pair(tmp_path)
    message = one_error(
        mtqa("check", source, target, "-s", "en", "-t", "fr", "-e", "fast", "--json", "-", cwd=tmp_path)
    )
    assert "not '-' for stdout" in message and not (tmp_path / "-").exists()


def test_a_file_name_starting_with_a_dash_gets_a_hint(tmp_path: Path) -> None:
    source, target = pair(tmp_path)
    target.rename(tmp_path / "-fr.txt")
    message = one_error(mtqa("check", source, "-fr.txt", "-s", "en", "-t", "fr", cwd=tmp_path))
    assert "No such option: -f" in message and "put -- before" in message


def test_compare_with_an_engine_file_whose_name_is_not_utf8(tmp_path: Path) -> None:
    source = tmp_path / "en.txt"
    source.write_text(EN, encoding="utf-8")
    engine = tmp_path / os.fsdecode(b"caf\xe9.txt")
    engine.write_text(FR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FR, encoding="utf-8")
    result = mtqa(
        "compare", "--source", source, "--engine", f"a={engine}", "--engine", f"b={tmp_path / 'b.txt'}",
        "-s", "en", "-t", "fr", "-e", "fast", "--no-cache",
        "--json", tmp_path / "c.json", "--html", tmp_path / "c.html",
    )  # fmt: skip
    assert result.returncode in (0, 1) and "internal error" not in result.stderr, result.stderr
    assert "caf\\\\xe9.txt" in (tmp_path / "c.json").read_text(encoding="utf-8")


def test_unmatched_and_bad_files_whose_names_are_not_utf8_are_listed(tmp_path: Path) -> None:
    common = _folders(tmp_path, ("a",))
    (tmp_path / "en" / os.fsdecode(b"x\xe9.txt")).write_text(EN, encoding="utf-8")  # unmatched
    for side in ("en", "fr"):
        (tmp_path / side / os.fsdecode(b"y\xff.txt")).write_text("\u200b\n", encoding="utf-8")  # bad: no text
    out = tmp_path / "out"
    result = mtqa("check", *common, "--out", out, "--junit", tmp_path / "j.xml", "--markdown", tmp_path / "m.md")
    assert result.returncode == 2 and "internal error" not in result.stderr, result.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "x\\xe9.txt" in index and "y\\xff.txt" in index


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_folder_runs_warn_of_a_translation_in_another_language_and_refuse_a_hard_link(
    tmp_path: Path, jobs: str
) -> None:
    # The English text filed as the German translation (a misplaced file), and the source hard-linked as
    # its own translation: a warning for the first, bad input for the second, as for one pair.
    source, target = tmp_path / "en", tmp_path / "de"
    source.mkdir()
    target.mkdir()
    (source / "wrong.txt").write_text(EN, encoding="utf-8")
    (target / "wrong.txt").write_text(EN, encoding="utf-8")
    (source / "linked.txt").write_text(EN, encoding="utf-8")
    os.link(source / "linked.txt", target / "linked.txt")
    result = mtqa("check", source, target, "--out", tmp_path / "out", "-s", "en", "-t", "de", "-q", "--jobs", jobs)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert f"mtqa: warning: {target / 'wrong.txt'}: the translation reads as en, not de as given" in lines[0]
    assert f"mtqa: error: {target / 'linked.txt'}: the source and the translation are the same file" in lines
    single = mtqa("check", source / "linked.txt", target / "linked.txt", "-s", "en", "-t", "de", "-e", "fast")
    assert one_error(single).endswith("the source and the translation are the same file")
