"""mtqa check on many articles: options, guards, and errors of the run as one line with exit 2."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mtqa.cli.app import main
from mtqa.cli.many import LazyTasks, _refined, parse_jobs
from mtqa.errors import UsageError
from mtqa.parallel import ArticleTask
from mtqa.parallel import local as local_module
from tests.parallel_helpers import ARTICLES, article_tasks


def test_a_marker_refines_the_language_given_only_when_it_is_the_same_language() -> None:
    # -t fr with a.fr-CA.md: checked as fr-CA; -t es with a pair marked es-MX likewise; a marker of
    # another language never replaces the language given, nor does a less precise one.
    assert _refined("fr", "fr-CA") == "fr-CA"
    assert _refined("es", "es-MX") == "es-MX"
    assert _refined("fr", "de") == "fr"
    assert _refined("fr-CH", "fr") == "fr-CH"
    assert _refined(None, "it") == "it" and _refined("nl", None) == "nl"


def test_jobs_are_a_number_or_auto() -> None:
    assert [parse_jobs(value) for value in (None, "1", "4", "auto", " AUTO ", "0")] == [None, 1, 4, 0, 0, 0]
    for bad in ("-1", "two", "²", "1.5", ""):
        with pytest.raises(UsageError, match="give a number of worker processes"):
            parse_jobs(bad)


def run(arguments: list[str | Path], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as caught:
        main(["check", *(str(argument) for argument in arguments)])
    code = caught.value.code
    return (code if isinstance(code, int) else 0), capsys.readouterr().err


def test_a_worker_that_dies_is_one_line_exit_2_and_earlier_reports_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article_tasks(tmp_path, tmp_path / "unused")  # the articles, as en/ and fr/ folders
    out = tmp_path / "out"
    common: list[str | Path] = [tmp_path / "en", tmp_path / "fr", "--out", out, "-s", "en", "-t", "fr", "--quiet"]
    code, _ = run([*common, "--encoder", "fast", "--no-cache"], capsys)
    assert code in (0, 1)
    earlier = {path.name: path.read_bytes() for path in out.iterdir()}
    assert f"{ARTICLES[0]}.json" in earlier
    monkeypatch.setattr(local_module, "_start_worker", _die)  # spawned workers import it from this module
    code, error = run([*common, "--encoder", "fast", "--no-cache", "--jobs", "2"], capsys)
    assert code == 2
    assert error.splitlines() == [
        "mtqa: error: a worker process died (out of memory?); the reports written so far stay: rerun with --resume"
    ]
    assert {path.name: path.read_bytes() for path in out.iterdir()} == earlier


def _die(keep_going: bool, cores: int, parent: int) -> None:
    os._exit(9)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--resume"], "--resume reuses the reports of an earlier run: give its --out folder"),
        (["--json", "r.json"], "--json/--html are for one article; for many articles use --out DIR"),
        (["--reference", "ref.txt"], "--reference is for one article"),
    ],
)
def test_options_for_one_article_or_an_earlier_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    article_tasks(tmp_path, tmp_path / "unused")
    code, error = run([tmp_path / "en", tmp_path / "fr", "-s", "en", "-t", "fr", *extra], capsys)
    assert code == 2 and len(error.splitlines()) == 1 and message in error


def test_lazy_tasks_are_the_list_of_tasks_made_as_they_are_read(tmp_path: Path) -> None:
    tasks = article_tasks(tmp_path / "in", tmp_path / "out")
    made: list[int] = []

    def make(position: int) -> ArticleTask:
        made.append(position)
        return tasks[position]

    lazy = LazyTasks(make, len(tasks))
    assert len(lazy) == 3 and made == []
    assert lazy[1] is tasks[1] and lazy[-1] is tasks[2] and made == [1, 2]
    assert lazy[1:] == tasks[1:]
    with pytest.raises(IndexError):
        lazy[3]
    made.clear()
    walk = iter(lazy)
    assert next(walk) is tasks[0] and made == [0]  # one at a time, not all up front
    assert [*walk] == tasks[1:] and list(lazy) == tasks


def test_an_unreachable_scheduler_stops_the_run_before_anything_is_printed_or_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    article_tasks(tmp_path, tmp_path / "unused")
    (tmp_path / "en" / "lonely.txt").write_text("A file without a counterpart.\n", encoding="utf-8")
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens on it
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = tmp_path / "out"
    arguments: list[str | Path] = [tmp_path / "en", tmp_path / "fr", "--out", out, "-s", "en", "-t", "fr", "-q"]
    code, error = run([*arguments, "--encoder", "fast", "--dask", f"tcp://127.0.0.1:{port}"], capsys)
    assert code == 2
    assert error.splitlines() == [
        f"mtqa: error: --dask tcp://127.0.0.1:{port}: cannot reach the scheduler (Connection refused)"
    ]
    assert not out.exists()


def test_a_file_of_the_users_where_a_report_goes_is_refused_and_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article_tasks(tmp_path, tmp_path / "unused")
    out = tmp_path / "out"
    arguments: list[str | Path] = [tmp_path / "en", tmp_path / "fr", "--out", out, "-s", "en", "-t", "fr", "-q"]
    code, _ = run([*arguments, "--encoder", "fast", "--no-cache", "--jobs", "1"], capsys)
    assert code in (0, 1)
    notes = out / f"{ARTICLES[1]}.html"
    notes.write_text("<p>my notes</p>\n", encoding="utf-8")  # not a report: no mtqa generator line
    record = json.loads((out / ".mtqa-run.json").read_text(encoding="utf-8"))
    del record["files"][notes.name]  # as when the article was not in the earlier run: the file is new
    (out / ".mtqa-run.json").write_text(json.dumps(record), encoding="utf-8")
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    code, error = run([*arguments, "--encoder", "fast", "--no-cache", "--jobs", "1"], capsys)
    assert code == 2
    assert error.splitlines() == [
        f"mtqa: error: {notes}: a file mtqa did not write is where this run writes {ARTICLES[1]}'s report; "
        "move it or give another --out"
    ]
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before
    notes.unlink()  # without it, the reports of the first run (recognised as mtqa's) are written again
    code, _ = run([*arguments, "--encoder", "fast", "--no-cache", "--jobs", "1"], capsys)
    assert code in (0, 1) and notes.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_second_run_into_the_same_out_is_refused_while_the_first_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mtqa.parallel.resume import LOCK_FILE, out_dir_lock

    article_tasks(tmp_path, tmp_path / "unused")
    out = tmp_path / "out"
    arguments: list[str | Path] = [tmp_path / "en", tmp_path / "fr", "--out", out, "-s", "en", "-t", "fr", "-q"]
    with out_dir_lock(out):  # the first run, still writing
        code, error = run([*arguments, "--encoder", "fast", "--no-cache", "--jobs", "1"], capsys)
    assert code == 2
    assert error.splitlines() == [
        f"mtqa: error: {out}: another mtqa run is writing its reports here (it holds {LOCK_FILE}); "
        "wait for it to end, or give another --out"
    ]
    assert list(out.iterdir()) == []  # nothing of the second run written, and the first's lock gone with it


@pytest.mark.parametrize("name", ["index.html", ".mtqa-run.json", ".mtqa-lock", "a.json"])
def test_a_run_wide_report_in_place_of_a_file_of_the_run_is_refused(tmp_path: Path, name: str) -> None:
    # --junit OUT/.mtqa-lock was accepted: the run removed its lock file at the end, and the JUnit with it.
    from mtqa.cli.check_cmd import Outputs
    from mtqa.cli.many import _guard_run_files

    out = tmp_path / "out"
    outputs = Outputs(json=None, html=None, markdown=None, junit=out / name, sarif=None, table=None)
    with pytest.raises(UsageError, match=rf"the run writes its own {name} in --out; give another path"):
        _guard_run_files(out, ["a", "b"], outputs)
    _guard_run_files(out, ["a", "b"], Outputs(None, None, None, out / "junit.xml", None, None))
