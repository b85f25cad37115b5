"""``--resume``: reuse an article's JSON report instead of checking the article again.

A report is reused only when a fresh check would have written the same bytes: it is newer than both
inputs and the config file, its HTML report is at least as new (JSON is written first, so an interrupted
article is checked again), it names the same files with the same SHA-256, and it was made by the same
encoder, checks and mtqa version. The gate is applied again with the current options; a report whose
verdict would change is not reused (its ``passed`` would differ). Anything unreadable or unexpected
means "check again", never an error.

Checking settings that the report's signature does not name (a check's settings, the glossary, the
profile, the languages given) are recorded per article in ``--out``'s run record, ``.mtqa-run.json``
(:func:`record_run`), written before the first article of every run. Resuming with other settings is
refused before anything is written: the reports would mix two configurations, and a resumed run must
not silently check every article again over the earlier run's reports.

The aggregate outputs need more than the JSON holds: the findings' lines and columns, for JUnit and
SARIF. The input files are read again for that (reading is cheap; aligning and checking are not), and
the report is rebuilt without its alignment, which no aggregate output uses, then digested like a fresh
one.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from mtqa.batch import RUN_RECORD as RUN_RECORD
from mtqa.errors import MtqaError, UsageError
from mtqa.io.decoding import is_special, open_regular, read_regular
from mtqa.model import (
    Alignment,
    ArticleEstimate,
    ArticleReport,
    CheckError,
    Document,
    Finding,
    InputIssue,
    Location,
    Signature,
    Span,
    Summary,
)
from mtqa.report.digest import ArticleDigest, digest
from mtqa.report.json_report import SCHEMA_VERSION

if TYPE_CHECKING:
    from mtqa.parallel.tasks import ArticleTask
    from mtqa.pipeline import Checker


_RECORD_FORMAT = "mtqa-run-record-1"


@dataclass(frozen=True)
class RunRecord:
    """What ``--out``'s run record says of the earlier run: each article's settings fingerprint (with
    ``--resume``; empty otherwise) and the size and SHA-256 of each report file it wrote (always: they say
    which files are mtqa's own). ``damaged`` says why a record could not be read (then nothing is known)."""

    articles: dict[str, str] = field(default_factory=dict)
    files: dict[str, tuple[int, str]] = field(default_factory=dict)
    damaged: str | None = None

    def changed(self, out_dir: Path, name: str) -> bool:
        """True when an article's reports are not the bytes the earlier run wrote (edited, damaged,
        missing): ``--resume`` checks it again. False when the record names no file of it (a record of
        an older mtqa, or a run stopped before the end): the reports' dates decide then."""
        recorded = [(report, self.files[report]) for report in _report_files(name) if report in self.files]
        return any(file_stamp(out_dir / report) != stamp for report, stamp in recorded)


LOCK_FILE = ".mtqa-lock"


@contextmanager
def out_dir_lock(out_dir: Path) -> Iterator[None]:
    """Hold ``out_dir``'s lock for a run; :class:`~mtqa.errors.UsageError` at once when another run holds
    it. Two runs into one ``--out`` (two CI jobs, a rerun while one is going) would otherwise both write
    reports, the index and the run record, and the folder would mix them, one run's summary lost.

    An advisory lock of the operating system (``flock``; ``msvcrt.locking`` on Windows) on a hidden file
    in the folder: it ends with the process, so a run that was killed leaves no stale lock to delete.
    The file is opened without following a link and never truncated: a link planted there is refused.
    It is removed at the end, while still held, so the folder holds only the run's reports."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / LOCK_FILE
    fd = _locked(path, out_dir)
    try:
        yield
    finally:
        with suppress(OSError):  # Windows keeps an open file; one left there is taken by the next run as is
            path.unlink()
        os.close(fd)  # closing the file releases the lock


def _locked(path: Path, out_dir: Path) -> int:
    """A descriptor of ``path`` holding its lock. A run that ends removes the file: a run that opened it
    just before is left holding the lock of a file no longer in the folder, so it opens the new one."""
    for _ in range(_LOCK_ATTEMPTS):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
        except OSError as error:
            raise UsageError(
                f"{path}: cannot open the run's lock file ({error.strerror or error}); give another --out"
            ) from None
        if not _try_lock(fd):
            os.close(fd)
            break
        if _same_file(fd, path):
            return fd
        os.close(fd)
    raise UsageError(
        f"{out_dir}: another mtqa run is writing its reports here (it holds {LOCK_FILE}); "
        "wait for it to end, or give another --out"
    )


_LOCK_ATTEMPTS = 5


def _same_file(fd: int, path: Path) -> bool:
    try:
        named = path.lstat()
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def read_run_record(out_dir: Path, *, resume: bool) -> RunRecord:
    """The earlier run's record in ``out_dir``. A damaged record is reported in ``damaged``, not raised;
    with ``resume``, a record of another format, not ours, is refused (:class:`~mtqa.errors.UsageError`)."""
    path = out_dir / RUN_RECORD
    if not path.exists():
        return RunRecord()
    if is_special(path):  # a FIFO planted there would block the read for ever
        raise UsageError(
            f"{path}: not a regular file (a named pipe, device or socket); remove it or give another --out"
        )
    try:
        articles, files = _read_record(path)
    except _Damaged as error:
        return RunRecord(damaged=str(error))
    except UsageError:
        if resume:
            raise
        return RunRecord()
    return RunRecord(articles if resume else {}, files)


def record_run(
    out_dir: Path, tasks: Sequence[ArticleTask], *, resume: bool, earlier: RunRecord | None = None
) -> RunRecord:
    """Write ``out_dir``'s run record: each article's report name and the fingerprint of the settings it is
    checked with, and the files the earlier run wrote (still mtqa's until :func:`record_reports` says
    otherwise). With ``resume``, first refuse (:class:`~mtqa.errors.UsageError`, nothing written) a
    record that is not ours or that holds an article of this run with other settings."""
    if earlier is None:
        earlier = read_run_record(out_dir, resume=resume)
        if resume and earlier.damaged:
            raise UsageError(f"{out_dir / RUN_RECORD}: {earlier.damaged}; run without --resume")
    current = {_report_name(out_dir, task): settings_fingerprint(task) for task in tasks if task.json_path}
    for name, fingerprint in current.items():
        if earlier.articles.get(name, fingerprint) != fingerprint:
            raise UsageError(
                f"--resume: {name} was checked with other settings (encoder, checks, their options, languages) "
                "than this run's; run without --resume to check every article again, or give another --out"
            )
    record = RunRecord(dict(sorted({**earlier.articles, **current}.items())), earlier.files)
    _write_record(out_dir, record)
    return record


def record_reports(
    out_dir: Path, record: RunRecord, written: Iterable[str], names: Sequence[str], *, complete: bool
) -> None:
    """After a run: record the size and SHA-256 of the reports of the articles in ``written``. When the run
    is ``complete``, the reports an earlier run wrote for articles not in ``names`` (an earlier input set)
    are removed, so that the folder holds this run's reports only; a file changed since mtqa wrote it is
    the user's now and is kept."""
    files = dict(record.files)
    for name in written:
        for report in _report_files(name):
            stamp = file_stamp(out_dir / report)
            if stamp is None:
                files.pop(report, None)
            else:
                files[report] = stamp
    if complete:
        current = {report for name in names for report in _report_files(name)}
        for report in [report for report in files if report not in current]:
            if file_stamp(out_dir / report) == files.pop(report):
                _remove(out_dir, report)
    _write_record(out_dir, RunRecord(record.articles, dict(sorted(files.items()))))


def guard_foreign_files(out_dir: Path, record: RunRecord, names: Iterable[str]) -> None:
    """Refuse (:class:`~mtqa.errors.UsageError`, before anything is written) a run that would write an
    article's report over a file mtqa did not write: a file at a report's path that the run record does
    not list and that is not an mtqa report (a report of a run stopped before its record was updated, or
    of an older mtqa, starts like one). ``--out`` is mtqa's folder, but a file the user put there is the
    user's: writing over it would lose it without a word."""
    for name in names:
        for report in _report_files(name):
            path = out_dir / report
            if is_special(path):
                raise UsageError(
                    f"{path}: not a regular file (a named pipe, device or socket) where this run writes "
                    f"{name}'s report; remove it or give another --out"
                )
            if report in record.files or not os.path.lexists(path) or _looks_like_report(path):
                continue
            raise UsageError(
                f"{path}: a file mtqa did not write is where this run writes {name}'s report; "
                "move it or give another --out"
            )


_REPORT_HEADS = (b'"tool": {\n    "name": "mtqa"', b'<meta name="generator" content="mtqa ')


def _looks_like_report(path: Path) -> bool:
    """True when ``path`` is a regular file that starts like an mtqa JSON or HTML report."""
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return False
        with path.open("rb") as stream:
            head = stream.read(1024)
    except OSError:
        return False
    return any(marker in head for marker in _REPORT_HEADS)


def file_stamp(path: Path) -> tuple[int, str] | None:
    """A file's size and SHA-256, or None when it cannot be read."""
    try:
        with open_regular(path) as stream:  # a FIFO in --out: not a report of ours, and never waited on
            return os.fstat(stream.fileno()).st_size, hashlib.file_digest(stream, "sha256").hexdigest()
    except OSError:
        return None


def _report_files(name: str) -> tuple[str, str]:
    return f"{name}.json", f"{name}.html"


def _remove(out_dir: Path, report: str) -> None:
    """Remove an earlier run's report, then the folders it leaves empty (up to ``out_dir``). Only a
    regular file reached through no symbolic link is removed: a link there is not mtqa's to follow."""
    from mtqa.report.json_report import owned_path

    path = out_dir / report
    try:
        owned_path(out_dir, path)
        if not stat.S_ISREG(path.lstat().st_mode):
            return
        path.unlink()
        for parent in path.parents:
            if parent == out_dir or any(parent.iterdir()):
                break
            parent.rmdir()
    except (OSError, MtqaError):
        pass  # a stale report that cannot be removed does no harm: the index does not list it


def _own_report_name(report: str) -> bool:
    """A name a run record may hold: a report file (.json, .html) as a relative, normalised POSIX path
    inside ``--out``. A record is a file in the user's folder (in CI, one a pull request can add):
    anything else it lists, an absolute path or one through ``..``, was never written by mtqa."""
    path = PurePosixPath(report)
    return (
        bool(report)
        and "\\" not in report
        and "\0" not in report
        and not path.is_absolute()
        and path.as_posix() == report
        and all(part not in (".", "..") for part in path.parts)
        and path.suffix in (".json", ".html")
        and report not in ("index.html", RUN_RECORD)
    )


def _write_record(out_dir: Path, record: RunRecord) -> None:
    from mtqa.report import write_atomic

    data = {
        "format": _RECORD_FORMAT,
        "articles": record.articles,
        "files": {report: {"size": size, "sha256": digest} for report, (size, digest) in record.files.items()},
    }
    write_atomic(out_dir / RUN_RECORD, json.dumps(data, indent=1, ensure_ascii=False) + "\n", within=out_dir)


def settings_fingerprint(task: ArticleTask) -> str:
    """What shapes an article's findings besides its files: the encoder, every check setting and the
    languages given. The gate is left out: a resumed report is judged again with the current gate."""
    settings = {
        "encoder": task.config.encoder,
        "checks": _plain(task.config.checks),
        "source_lang": task.source_lang,
        "target_lang": task.target_lang,
    }
    text = json.dumps(settings, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {item.name: _plain(getattr(value, item.name)) for item in fields(value)}
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)


def _report_name(out_dir: Path, task: ArticleTask) -> str:
    assert task.json_path is not None
    return task.json_path.relative_to(out_dir).with_suffix("").as_posix()


class _Damaged(Exception):
    """A run record that cannot be read (cut short, edited by hand, not JSON)."""


def _read_record(path: Path) -> tuple[dict[str, str], dict[str, tuple[int, str]]]:
    try:
        data = json.loads(read_regular(path).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise _Damaged(f"unreadable run record ({error})") from None
    except RecursionError:  # arrays nested thousands deep: the JSON parser recurses on them
        raise _Damaged("unreadable run record (JSON nested too deeply)") from None
    if isinstance(data, dict) and "format" in data and data["format"] != _RECORD_FORMAT:
        raise UsageError(f"{path}: not an mtqa run record of this version; run without --resume, or give another --out")
    articles = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(articles, dict) or not all(isinstance(v, str) for v in articles.values()):
        raise _Damaged("damaged run record (no list of articles)")
    files: dict[str, tuple[int, str]] = {}
    recorded = data.get("files") or {}
    if not isinstance(recorded, dict):
        raise _Damaged("damaged run record (the list of files)")
    for report, stamp in recorded.items():
        size, digest = (stamp.get("size"), stamp.get("sha256")) if isinstance(stamp, dict) else (None, None)
        if not isinstance(size, int) or not isinstance(digest, str):
            raise _Damaged(f"damaged run record (entry {report!r})")
        if _own_report_name(str(report)):
            files[str(report)] = (size, digest)
    return {str(name): fingerprint for name, fingerprint in articles.items()}, files


def resumed_digest(task: ArticleTask, checker: Checker) -> ArticleDigest | None:
    """The digest of the article's report on disk, if it can stand for a fresh check; else None."""
    if task.json_path is None or not isinstance(task.source, Path) or not isinstance(task.target, Path):
        return None
    if task.bilingual is not None:
        return None  # a report rebuilt needs the file's units and locations: a bilingual file is checked again
    try:
        if not _fresh(task):
            return None
        data = json.loads(read_regular(task.json_path).decode("utf-8"))
        report = _rebuild(data, task, checker, task.source, task.target)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError, MtqaError):
        return None  # RecursionError: JSON nested thousands deep, a damaged report like any other
    return None if report is None else digest(report, parts=task.parts)


def _fresh(task: ArticleTask) -> bool:
    assert task.json_path is not None and isinstance(task.source, Path) and isinstance(task.target, Path)
    inputs = [task.source, task.target, *([task.config.source_path] if task.config.source_path else [])]
    written = task.json_path.stat().st_mtime_ns
    if written <= max(path.stat().st_mtime_ns for path in inputs):
        return False
    return task.html_path is None or task.html_path.stat().st_mtime_ns >= written


def _rebuild(
    data: dict[str, Any], task: ArticleTask, checker: Checker, source_path: Path, target_path: Path
) -> ArticleReport | None:
    from mtqa.score import evaluate_gate

    languages = (data["source"]["lang"], data["target"]["lang"])
    if data["schema_version"] != SCHEMA_VERSION or data["signature"] != str(
        _expected_signature(task, checker, languages)
    ):
        return None
    source = _document(source_path, data["source"], task.config.input.max_size)
    target = _document(target_path, data["target"], task.config.input.max_size)
    if source is None or target is None:
        return None
    findings = tuple(_finding(item) for item in data["findings"])
    stored = data["summary"]
    summary = Summary(
        quality_score=float(stored["quality_score"]),
        mqm_penalty_per_1000_words=float(stored["mqm_penalty_per_1000_words"]),
        mean_similarity=None if stored["mean_similarity"] is None else float(stored["mean_similarity"]),
        findings={severity: int(count) for severity, count in stored["findings"].items()},
        passed=bool(stored["passed"]),
        estimate=_estimate(stored.get("estimate")),
    )
    issues = tuple(_issue(item) for item in data.get("input_issues", []))
    passed, reasons = evaluate_gate(findings, summary.quality_score, task.config.gate, input_issues=len(issues))
    if passed != summary.passed:
        return None
    return ArticleReport(
        source=source,
        target=target,
        alignment=Alignment(()),
        findings=findings,
        summary=summary,
        signature=_expected_signature(task, checker, languages),
        tool_version=str(data["tool"]["version"]),
        gate_reasons=reasons,
        check_errors=tuple(
            CheckError(e["check"], e["message"], bool(e["crashed"])) for e in data.get("checks_not_run", [])
        ),
        input_issues=issues,
        **_profile(data.get("profile")),
    )


def _profile(data: Any) -> dict[str, Any]:
    """The genre fields of a report from its JSON (absent for news)."""
    if not isinstance(data, dict):
        return {}
    return {"profile": str(data["name"]), "profile_inferred": bool(data["inferred"])}


def _expected_signature(task: ArticleTask, checker: Checker, languages: tuple[str, str]) -> Signature:
    """The signature a fresh check of a pair of files in these languages would give (the encoder is
    named, not loaded)."""
    from mtqa import __version__
    from mtqa.align import ALIGNER_NAME
    from mtqa.checks.registry import select_checks
    from mtqa.embed.auto import for_languages
    from mtqa.pipeline import checks_signature

    checks = select_checks(task.config.checks.enable, task.config.checks.disable)
    return Signature(
        encoder=for_languages(checker.encoder_for(task.config), *languages).signature,
        aligner=ALIGNER_NAME,
        checks=checks_signature([check.info.id for check in checks]),
        version=__version__,
    )


def _document(path: Path, stored: dict[str, Any], limit: int | None) -> Document | None:
    from mtqa.io import read_document

    document = read_document(path, max_bytes=limit)
    if document.sha256 != stored["sha256"] or document.path != stored["path"]:
        return None
    return replace(document, lang=stored["lang"])


def _estimate(item: dict[str, Any] | None) -> ArticleEstimate | None:
    # Rounded as the JSON keeps it; no aggregate output shows it more precisely.
    return None if item is None else ArticleEstimate(float(item["mqm_per_1000_words"]), float(item["score"]))


def _finding(item: dict[str, Any]) -> Finding:
    return Finding(
        check=item["check"],
        category=item["category"],
        severity=item["severity"],
        message=item["message"],
        excerpt=item["excerpt"],
        target_span=_span(item["target_span"]),
        source_span=_span(item["source_span"]),
        target_paragraph=item["target_paragraph"],
        source_paragraph=item["source_paragraph"],
        suggestion=item["suggestion"],
    )


def _span(item: dict[str, int] | None) -> Span | None:
    return None if item is None else Span(int(item["start"]), int(item["end"]))


def _issue(item: dict[str, Any]) -> InputIssue:
    where = item["location"]
    location = None if where is None else Location(int(where["line"]), int(where["column"]), item["unit"])
    return InputIssue(item["kind"], item["message"], item["unit"], item["side"], location)
