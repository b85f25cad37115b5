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
from collections.abc import Mapping, Sequence
from dataclasses import fields, is_dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtqa.batch import RUN_RECORD
from mtqa.errors import MtqaError, UsageError
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


def record_run(out_dir: Path, tasks: Sequence[ArticleTask], *, resume: bool) -> None:
    """Write ``out_dir``'s run record: each article's report name and the fingerprint of the settings it is
    checked with. With ``resume``, first refuse (:class:`~mtqa.errors.UsageError`, nothing written) a
    record that cannot be read or that holds an article of this run with other settings."""
    path = out_dir / RUN_RECORD
    earlier = _read_record(path) if resume and path.exists() else {}
    current = {_report_name(out_dir, task): settings_fingerprint(task) for task in tasks if task.json_path}
    for name, fingerprint in current.items():
        if earlier.get(name, fingerprint) != fingerprint:
            raise UsageError(
                f"--resume: {name} was checked with other settings (encoder, checks, their options, languages) "
                "than this run's; run without --resume to check every article again, or give another --out"
            )
    from mtqa.report import write_atomic

    record = {"format": _RECORD_FORMAT, "articles": dict(sorted({**earlier, **current}.items()))}
    write_atomic(path, json.dumps(record, indent=1, ensure_ascii=False) + "\n")


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


def _read_record(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise UsageError(f"{path}: unreadable run record ({error}); run without --resume") from None
    articles = data.get("articles") if isinstance(data, dict) and data.get("format") == _RECORD_FORMAT else None
    if not isinstance(articles, dict) or not all(isinstance(v, str) for v in articles.values()):
        raise UsageError(f"{path}: not an mtqa run record; run without --resume, or give another --out")
    return {str(name): fingerprint for name, fingerprint in articles.items()}


def resumed_digest(task: ArticleTask, checker: Checker) -> ArticleDigest | None:
    """The digest of the article's report on disk, if it can stand for a fresh check; else None."""
    if task.json_path is None or not isinstance(task.source, Path) or not isinstance(task.target, Path):
        return None
    if task.bilingual is not None:
        return None  # a report rebuilt needs the file's units and locations: a bilingual file is checked again
    try:
        if not _fresh(task):
            return None
        data = json.loads(task.json_path.read_text(encoding="utf-8"))
        report = _rebuild(data, task, checker, task.source, task.target)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, MtqaError):
        return None
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
    )


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
