"""One article of a run as a unit of work: what to check, what to write, and what comes back.

The same function, :func:`run_task`, checks an article in this process, in a worker process (``--jobs``)
or on a Dask worker (``--dask``), so every way of running writes the same reports. What comes back is an
:class:`ArticleResult`: the article's :class:`~mtqa.report.digest.ArticleDigest`, small, and the JSON and
HTML reports' text only when the worker was asked not to write them itself (a Dask worker may not see the
output folder).
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mtqa.errors import InputError, LanguageError, MtqaError
from mtqa.report.digest import ArticleDigest, Part

if TYPE_CHECKING:
    from mtqa.config import Config
    from mtqa.io import BilingualDocument, ReadOptions
    from mtqa.model import ArticleReport, Document
    from mtqa.pipeline import Checker


@dataclass(frozen=True)
class ArticleTask:
    """One article pair to check. ``source`` and ``target`` are paths, or documents already read (a Dask
    client reads the files, so that the workers need not see them). With ``bilingual`` (how to read it),
    ``source`` is one bilingual file or the document read from it, and ``target`` is not read."""

    position: int  # the article's place in the run's order: reports and outputs follow it, whatever finishes first
    source: Path | Document | BilingualDocument
    target: Path | Document
    config: Config
    source_lang: str | None = None
    target_lang: str | None = None
    json_path: Path | None = None  # where the article's reports go (None: not written)
    html_path: Path | None = None
    parts: frozenset[Part] = field(default_factory=frozenset)  # the aggregate outputs the run writes
    resume: bool = False  # reuse the article's JSON report when it is newer than its inputs and config
    bilingual: ReadOptions | None = None
    out_dir: Path | None = None  # the report folder json_path and html_path lie in: never written through


@dataclass(frozen=True)
class ArticleResult:
    position: int
    digest: ArticleDigest | None  # None when the article's input could not be read (``input_error``)
    resumed: bool = False  # the report on disk was reused, not made anew
    reports: tuple[str | None, str | None] | None = None  # JSON and HTML text left for the caller to write
    input_error: str | None = None  # why the article's files are bad input (InputError, LanguageError)
    warnings: tuple[str, ...] = ()  # a language given that the text plainly is not (pipeline.language_warnings)


def run_task(checker: Checker, task: ArticleTask, *, write: bool = True) -> ArticleResult:
    """Check one article (or reuse its report, with ``resume``), write its reports unless ``write`` is
    False (then they come back as text), and digest it for the run-wide outputs."""
    from mtqa.report.digest import digest

    if task.resume:
        from mtqa.parallel.resume import resumed_digest

        found = resumed_digest(task, checker)
        if found is not None:
            return ArticleResult(task.position, found, resumed=True)
    try:
        report = _check(checker, task)
    except (InputError, LanguageError) as error:
        # One bad file of a batch is that article's problem: the run checks the others and reports it
        # with them (cli.many), as a crashed check is with --keep-going. Crashes are not caught here.
        return ArticleResult(task.position, None, input_error=str(error))
    from mtqa.pipeline import language_warnings

    warnings = tuple(language_warnings(checker, report, task.source_lang, task.target_lang, task.config))
    reports = render_reports(report, task)
    if write:
        write_reports(task, reports)
    return ArticleResult(
        task.position, digest(report, parts=task.parts), reports=None if write else reports, warnings=warnings
    )


def _check(checker: Checker, task: ArticleTask) -> ArticleReport:
    from mtqa.io import BilingualDocument

    if task.bilingual is not None:
        return checker.check_bilingual(
            read_bilingual_task(task), source_lang=task.source_lang, target_lang=task.target_lang, config=task.config
        )
    if isinstance(task.source, BilingualDocument):
        raise TypeError("a bilingual document in a task without reading options")
    if isinstance(task.source, Path) and isinstance(task.target, Path) and _same_file(task.source, task.target):
        # A hard link (or the one file listed twice): the text would be checked against itself.
        raise InputError(f"{task.target}: the source and the translation are the same file")
    return checker.check(
        task.source, task.target, source_lang=task.source_lang, target_lang=task.target_lang, config=task.config
    )


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return False  # one of them is missing or unreadable: reading it says why


def read_bilingual_task(task: ArticleTask) -> BilingualDocument:
    """The bilingual document of a task: as shipped, or read from its file within the config's size limit."""
    from dataclasses import replace

    from mtqa.io import BilingualDocument, read_bilingual

    if isinstance(task.source, BilingualDocument):
        return task.source
    if not isinstance(task.source, Path) or task.bilingual is None:
        raise TypeError("a bilingual task holds a bilingual file or document")
    return read_bilingual(task.source, replace(task.bilingual, max_bytes=task.config.input.max_size))


def render_reports(report: ArticleReport, task: ArticleTask) -> tuple[str | None, str | None]:
    """The article's JSON and HTML reports, those the task asks for."""
    from mtqa.report import render_html, report_to_json

    return (
        report_to_json(report) if task.json_path is not None else None,
        render_html(report) if task.html_path is not None else None,
    )


def write_reports(task: ArticleTask, reports: tuple[str | None, str | None]) -> None:
    """Write the reports atomically, JSON first: a resumed run trusts a JSON report only when its HTML
    report is at least as new. Not flushed to disk one by one (``durable=False``): a run writes
    thousands, and one that a power cut leaves empty is checked again by ``--resume``."""
    from mtqa.report import write_atomic

    for path, text in zip((task.json_path, task.html_path), reports, strict=True):
        if path is not None and text is not None:
            write_atomic(path, text, within=task.out_dir, durable=False)


@contextmanager
def portable_errors() -> Iterator[None]:
    """Errors that reach the parent intact from another process: an :class:`~mtqa.errors.MtqaError` that
    does not survive pickling (:class:`~mtqa.errors.CheckCrashed` holds the check's own exception) travels
    as an ``MtqaError`` with the same one-line message."""
    try:
        yield
    except MtqaError as error:
        try:
            pickle.loads(pickle.dumps(error))
        except Exception:
            raise MtqaError(str(error)) from None
        raise
