"""--resume: a report is reused exactly when a fresh check would write the same bytes."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from mtqa.config import CheckConfig, Config, GateConfig
from mtqa.errors import UsageError
from mtqa.parallel import ArticleTask
from mtqa.parallel.resume import (
    LOCK_FILE,
    RUN_RECORD,
    RunRecord,
    guard_foreign_files,
    out_dir_lock,
    read_run_record,
    record_reports,
    record_run,
    resumed_digest,
    settings_fingerprint,
)
from mtqa.parallel.tasks import run_task
from mtqa.pipeline import Checker
from mtqa.report import render_junit, render_markdown, render_sarif
from tests.fakes import BagOfWords

SOURCE = "China Daily reports record growth.\n\nThe economy grew by 5.2 percent in 2023.\n"
TARGET = "China Daily rapporte une croissance record.\n\nL'économie a progressé de 5,3 % en 2023.\n"


@pytest.fixture
def task(tmp_path: Path) -> ArticleTask:
    source, target = tmp_path / "en.txt", tmp_path / "fr.txt"
    source.write_text(SOURCE, encoding="utf-8")
    target.write_text(TARGET, encoding="utf-8")
    return ArticleTask(
        0, source, target, Config(), "en", "fr", tmp_path / "out" / "a.json", tmp_path / "out" / "a.html",
        frozenset({"junit", "sarif", "table"}), resume=True,
    )  # fmt: skip


def older(path: Path, seconds: int = 100) -> None:
    stamp = path.stat().st_mtime_ns - seconds * 10**9
    os.utime(path, ns=(stamp, stamp))


def test_a_fresh_report_is_reused_and_digests_like_the_check_that_wrote_it(task: ArticleTask) -> None:
    checker = Checker(encoder=BagOfWords())
    fresh = run_task(checker, task)
    assert not fresh.resumed and task.json_path is not None and task.json_path.is_file()
    reused = run_task(checker, task)
    assert reused.resumed
    for render in (render_junit, render_markdown, lambda items: render_sarif(items, {})):
        assert render([reused.digest]) == render([fresh.digest])
    assert reused.digest.table == fresh.digest.table


def test_anything_newer_or_different_means_check_again(task: ArticleTask, tmp_path: Path) -> None:
    checker = Checker(encoder=BagOfWords())
    run_task(checker, task)
    assert task.json_path is not None and task.html_path is not None
    assert resumed_digest(task, checker) is not None
    # The gate now fails the article: the stored verdict would change.
    assert resumed_digest(replace(task, config=Config(gate=GateConfig(fail_on="minor"))), checker) is None
    # Another encoder, or other checks: another signature.
    assert resumed_digest(task, Checker(encoder=_Renamed())) is None
    assert resumed_digest(replace(task, config=Config(checks=CheckConfig(disable=("typography",)))), checker) is None
    # An input newer than the report.
    assert isinstance(task.source, Path)
    older(task.json_path, -100)
    older(task.html_path, -100)
    assert resumed_digest(task, checker) is not None
    os.utime(task.source, ns=(task.json_path.stat().st_mtime_ns + 1,) * 2)
    assert resumed_digest(task, checker) is None
    run_task(checker, task)
    # An HTML report older than its JSON (interrupted between the two writes), or missing.
    older(task.html_path)
    assert resumed_digest(task, checker) is None
    task.html_path.unlink()
    assert resumed_digest(task, checker) is None
    run_task(checker, task)
    # A report that does not parse, or names another file.
    data = json.loads(task.json_path.read_text(encoding="utf-8"))
    task.json_path.write_text(json.dumps({**data, "target": {**data["target"], "path": "elsewhere.txt"}}))
    assert resumed_digest(task, checker) is None
    task.json_path.write_text("{not json")
    assert resumed_digest(task, checker) is None


def test_a_report_nested_past_the_json_parsers_recursion_is_damaged_and_checked_again(task: ArticleTask) -> None:
    checker = Checker(encoder=BagOfWords())
    run_task(checker, task)
    assert task.json_path is not None and task.html_path is not None
    assert resumed_digest(task, checker) is not None
    text = task.json_path.read_text(encoding="utf-8")
    deep = "[" * 200_000 + "]" * 200_000
    task.json_path.write_text(text.replace('"signature": ', f'"signature": {deep}, "was": ', 1), encoding="utf-8")
    older(task.html_path, -100)  # the HTML is not older than the JSON: fresh, so the JSON is read
    assert resumed_digest(task, checker) is None


class _Renamed(BagOfWords):
    signature = "bag-of-words@other"


def test_resuming_with_other_settings_is_refused_before_anything_is_written(task: ArticleTask, tmp_path: Path) -> None:
    out = tmp_path / "out"
    record_run(out, [task], resume=False)
    record = (out / RUN_RECORD).read_bytes()
    assert json.loads(record)["articles"] == {"a": settings_fingerprint(task)}
    record_run(out, [task], resume=True)  # the same settings
    # The gate is judged again on resume, so another gate is not other settings; another article is new.
    other_gate = replace(task, config=Config(gate=GateConfig(fail_under=99)))
    new_article = replace(task, json_path=out / "b.json", html_path=out / "b.html")
    record_run(out, [other_gate, new_article], resume=True)
    assert sorted(json.loads((out / RUN_RECORD).read_text())["articles"]) == ["a", "b"]
    record = (out / RUN_RECORD).read_bytes()
    changed = [
        replace(task, config=Config(checks=CheckConfig(profile="ui"))),
        replace(task, config=Config(checks=CheckConfig(glossary={"growth": "croissance"}))),
        replace(task, config=Config(encoder="fast")),
        replace(task, target_lang="fr-CA"),
    ]
    for other in changed:
        assert settings_fingerprint(other) != settings_fingerprint(task)
        with pytest.raises(UsageError, match="--resume: a was checked with other settings") as caught:
            record_run(out, [new_article, other], resume=True)
        assert "\n" not in str(caught.value)
        assert (out / RUN_RECORD).read_bytes() == record
    record_run(out, changed[:1], resume=False)  # a fresh run starts a new record
    assert json.loads((out / RUN_RECORD).read_text())["articles"] == {"a": settings_fingerprint(changed[0])}


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe", b'{"format": "other", "articles": {}}', b"[]"])
def test_a_run_record_that_is_not_ours_is_refused_and_kept(task: ArticleTask, tmp_path: Path, content: bytes) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / RUN_RECORD).write_bytes(content)
    with pytest.raises(UsageError, match=r"\.mtqa-run\.json: (unreadable|damaged|not an mtqa) run record"):
        record_run(out, [task], resume=True)
    assert (out / RUN_RECORD).read_bytes() == content


def test_a_damaged_record_is_reported_not_raised_and_another_versions_is_refused_on_resume(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    deep = b"[" * 200_000 + b"]" * 200_000  # nested past the JSON parser's recursion
    for content in (b"{half", b"[]", b'{"format": "mtqa-run-record-1", "articles": {}, "files": {"a.json": 3}}', deep):
        (out / RUN_RECORD).write_bytes(content)
        assert read_run_record(out, resume=True).damaged
    (out / RUN_RECORD).write_bytes(b'{"format": "mtqa-run-record-9", "articles": {}}')
    with pytest.raises(UsageError, match="not an mtqa run record of this version"):
        read_run_record(out, resume=True)
    assert read_run_record(out, resume=False) == RunRecord()  # a fresh run just starts a new record


def test_the_record_knows_each_report_written_and_resume_sees_a_damaged_one(task: ArticleTask, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_task(Checker(Config(), encoder=BagOfWords()), task)
    record = record_run(out, [task], resume=False)
    record_reports(out, record, ["a"], ["a"], complete=True)
    earlier = read_run_record(out, resume=True)
    assert sorted(earlier.files) == ["a.html", "a.json"] and not earlier.changed(out, "a")
    html = (out / "a.html").read_bytes()
    (out / "a.html").write_bytes(b"\0\xff")  # its JSON is intact, its HTML is not
    assert earlier.changed(out, "a")
    (out / "a.html").write_bytes(html)
    (out / "a.json").unlink()
    assert earlier.changed(out, "a")
    assert not RunRecord().changed(out, "a")  # no file recorded (an older record): the dates decide


def test_a_complete_run_removes_the_earlier_runs_reports_it_does_not_write_again(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for name in ("a", "news/b", "c"):
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        for suffix in (".json", ".html"):
            (out / f"{name}{suffix}").write_text(name, encoding="utf-8")
    earlier = RunRecord()
    record_reports(out, earlier, ["a", "news/b", "c"], ["a", "news/b", "c"], complete=True)
    earlier = read_run_record(out, resume=False)
    (out / "c.html").write_text("edited by the user", encoding="utf-8")
    (out / "mine.txt").write_text("the user's", encoding="utf-8")
    record_reports(out, earlier, ["a"], ["a"], complete=False)  # a run that stopped removes nothing
    assert (out / "news" / "b.json").exists()
    record_reports(out, earlier, ["a"], ["a"], complete=True)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == [
        ".mtqa-run.json", "a.html", "a.json", "c.html", "mine.txt"
    ]  # fmt: skip
    assert sorted(read_run_record(out, resume=False).files) == ["a.html", "a.json"]


@pytest.mark.parametrize(
    "listed", ["../victim.json", "/ABS/victim.json", "./a/../../victim.json", "a//b.json", "x.txt"]
)
def test_a_record_naming_a_file_outside_out_is_ignored_and_the_file_kept(tmp_path: Path, listed: str) -> None:
    import hashlib

    victim = tmp_path / ("victim.json" if listed != "x.txt" else "out/x.txt")
    victim.parent.mkdir(parents=True, exist_ok=True)
    victim.write_text("precious\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    stamp = {"size": victim.stat().st_size, "sha256": hashlib.sha256(victim.read_bytes()).hexdigest()}
    forged = {"format": "mtqa-run-record-1", "articles": {}, "files": {listed.replace("/ABS", str(tmp_path)): stamp}}
    (out / RUN_RECORD).write_text(json.dumps(forged), encoding="utf-8")
    earlier = read_run_record(out, resume=False)
    assert earlier.files == {}
    record_reports(out, earlier, [], [], complete=True)
    assert victim.read_text(encoding="utf-8") == "precious\n"


def test_a_stale_report_reached_through_a_link_is_not_removed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.json").write_text("theirs", encoding="utf-8")
    (elsewhere / "c.json").write_text("theirs", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "news").symlink_to(elsewhere, target_is_directory=True)
    (out / "c.json").symlink_to(elsewhere / "c.json")
    stamp = (6, __import__("hashlib").sha256(b"theirs").hexdigest())
    record_reports(out, RunRecord(files={"news/b.json": stamp, "c.json": stamp}), [], [], complete=True)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["b.json", "c.json"]
    assert (out / "news").is_symlink() and (out / "c.json").is_symlink()


def test_only_files_mtqa_wrote_may_be_written_over(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('{"my": "notes"}\n', encoding="utf-8")
    (tmp_path / "b.json").write_text('{\n  "schema_version": 1,\n  "tool": {\n    "name": "mtqa",\n', encoding="utf-8")
    (tmp_path / "c.html").write_text('<!DOCTYPE html>\n<meta name="generator" content="mtqa 9">\n', encoding="utf-8")
    (tmp_path / "d.html").write_text("<p>edited by hand after the run</p>\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"a\.json: a file mtqa did not write is where this run writes a's report"):
        guard_foreign_files(tmp_path, RunRecord(), ["b", "a"])
    guard_foreign_files(tmp_path, RunRecord(), ["b", "c", "nothing-there"])  # reports of a run stopped early
    guard_foreign_files(tmp_path, RunRecord(files={"d.html": (1, "0" * 64)}), ["d"])  # the record lists it
    with pytest.raises(UsageError, match=r"d\.html"):
        guard_foreign_files(tmp_path, RunRecord(), ["d"])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_in_out_is_refused_or_skipped_never_waited_on(tmp_path: Path) -> None:
    # A pull request can plant a FIFO where the run record or a report goes: opening it for reading
    # waited for a writer for ever.
    os.mkfifo(tmp_path / RUN_RECORD)
    with pytest.raises(UsageError, match="not a regular file"):
        read_run_record(tmp_path, resume=False)
    os.mkfifo(tmp_path / "a.json")
    with pytest.raises(UsageError, match=r"a\.json: not a regular file .* a's report"):
        guard_foreign_files(tmp_path, RunRecord(files={"a.json": (1, "0" * 64)}), ["a"])
    assert RunRecord(files={"a.json": (1, "0" * 64)}).changed(tmp_path, "a")  # unreadable: checked again


def test_a_second_run_into_a_locked_out_folder_is_refused_and_the_lock_ends_with_the_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with out_dir_lock(out):
        assert (out / LOCK_FILE).is_file()
        with pytest.raises(UsageError, match=r"out: another mtqa run is writing its reports here"), out_dir_lock(out):
            pass
    assert not (out / LOCK_FILE).exists()  # removed at the end: the folder holds only the reports
    with out_dir_lock(out):  # released: the next run goes ahead
        pass


def test_a_link_planted_as_the_lock_file_is_refused_and_its_target_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    notes = tmp_path / "notes.txt"
    notes.write_text("mine", encoding="utf-8")
    (out / LOCK_FILE).symlink_to(notes)
    with pytest.raises(UsageError, match="cannot open the run's lock file"), out_dir_lock(out):
        pass
    assert notes.read_text(encoding="utf-8") == "mine"
