"""``mtqa check`` on many articles: two folders, or a manifest of pairs; in this process, in worker
processes (``--jobs``) or on a Dask cluster (``--dask``); resumable (``--resume``).

Each article's JSON and HTML reports are written as soon as it is checked; the run keeps only its
digest (:mod:`mtqa.report.digest`), spooled to disk, and writes index.html, Markdown, JUnit, SARIF and
the findings table from the digests at the end, in the run's order. No report is kept in memory, and the
files are the same whatever the number of workers.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from mtqa.batch import IndexedSequence
from mtqa.cli.options import guard_outputs
from mtqa.errors import InputError, LanguageError, UsageError
from mtqa.report.common import one_line

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console
    from rich.text import Text

    from mtqa.batch import ArticlePair, Pairing
    from mtqa.cli.check_cmd import Outputs
    from mtqa.config import Config
    from mtqa.io import ReadOptions
    from mtqa.parallel import ArticleTask
    from mtqa.report.digest import ArticleDigest, BadInput, Digests, Part


@dataclass(frozen=True)
class RunOptions:
    """How to run many articles: ``jobs`` worker processes (None: one; 0: one per free core), ``dask`` a
    scheduler address or ``local``, ``resume`` to reuse the reports in ``--out``."""

    jobs: int | None = None
    dask: str | None = None
    resume: bool = False
    keep_going: bool = False


def parse_jobs(value: str | None) -> int | None:
    """``--jobs``: a whole number >= 0, or ``auto`` (0: as many workers as there are free cores)."""
    if value is None:
        return None
    text = value.strip().lower()
    if text == "auto":
        return 0
    if not text.isascii() or not text.isdigit():
        raise UsageError(f"--jobs {value!r}: give a number of worker processes, or auto (0 is auto too)")
    return int(text)


def check_many(
    pairing: Pairing,
    out_dir: Path | None,
    config_for: Callable[[Path], Config],
    source_lang: str | None,
    target_lang: str | None,
    quiet: bool,
    outputs: Outputs,
    run: RunOptions,
    *,
    extra_inputs: Sequence[Path] = (),
    input_folders: Sequence[Path] = (),
    reading: ReadOptions | None = None,
) -> bool:
    """Check every pair, write the reports, print the summary; True when the run passes its gate.
    ``reading`` says how to read the pairs that are one bilingual file; ``input_folders`` are the folders
    the pairs were found in (no report may replace a file there)."""
    if outputs.json or outputs.html:
        raise UsageError("--json/--html are for one article; for many articles use --out DIR")
    if run.resume and out_dir is None:
        raise UsageError("--resume reuses the reports of an earlier run: give its --out folder")
    if not pairing.pairs and pairing.bad_rows:  # nothing to check: the first bad row alone, as before
        raise InputError(pairing.bad_rows[0][1])
    if not pairing.pairs:
        unmatched = pairing.unmatched
        detail = f" ({len(unmatched)} files without a counterpart, e.g. {unmatched[0]})" if unmatched else ""
        raise UsageError(f"no article pairs found: nothing to check{detail}")
    _guard_inputs(pairing, out_dir, config_for, outputs, extra_inputs)
    _guard_input_folders(input_folders, out_dir, outputs)
    ordered_names = _ordered_names(pairing.pairs)
    if out_dir is not None:
        _guard_run_files(out_dir, ordered_names, outputs)
    if run.dask is not None:  # a run-wide error: said before anything is printed or written
        from mtqa.parallel import check_dask

        address = run.dask
        check_dask(address, waiting=lambda: _dask_note(address))
    if out_dir is None:
        return _check_pairs(
            pairing, None, config_for, (source_lang, target_lang), quiet, outputs, run, reading, ordered_names
        )
    from mtqa.parallel.resume import out_dir_lock

    with out_dir_lock(out_dir):  # a second run into this --out is refused, not mixed with this one
        return _check_pairs(
            pairing, out_dir, config_for, (source_lang, target_lang), quiet, outputs, run, reading, ordered_names
        )


def _check_pairs(
    pairing: Pairing,
    out_dir: Path | None,
    config_for: Callable[[Path], Config],
    langs: tuple[str | None, str | None],
    quiet: bool,
    outputs: Outputs,
    run: RunOptions,
    reading: ReadOptions | None,
    ordered_names: Sequence[str],
) -> bool:
    """:func:`check_many` once its inputs and outputs are guarded (and ``--out`` locked)."""
    from mtqa.parallel import DigestSpool, run_tasks

    source_lang, target_lang = langs
    console = _stderr_console()
    _print_unmatched(console, pairing.unmatched)
    parts = aggregate_parts(outputs)

    recheck: set[str] = set()
    record = None
    if out_dir is not None:
        from mtqa.parallel.resume import guard_foreign_files, read_run_record

        record = read_run_record(out_dir, resume=run.resume)
        guard_foreign_files(out_dir, record, ordered_names)
        if run.resume and record.damaged:
            from rich.text import Text

            console.print(Text(f"warning: {out_dir}: {record.damaged}; checking every article again", style="yellow"))
            run = replace(run, resume=False)
        elif run.resume:
            recheck = {name for name in ordered_names if record.changed(out_dir, name)}

    def task(position: int) -> ArticleTask:
        pair, name = pairing.pairs[position], ordered_names[position]
        options = replace(run, resume=False) if name in recheck else run
        return _task(
            position, pair, config_for(pair.target), source_lang, target_lang, out_dir, name, parts, options, reading
        )

    tasks = LazyTasks(task, len(pairing.pairs))
    if out_dir is not None and record is not None:
        from mtqa.parallel.resume import record_run

        record = record_run(out_dir, tasks, resume=run.resume, earlier=record)
    resumed = 0
    done = array("q")  # positions of the articles whose reports are written
    bad: dict[int, str] = {}  # position -> why its input is bad: the article is reported, not checked
    from rich.text import Text

    with DigestSpool(len(tasks)) as spool:
        try:
            with _ProgressContext(console, len(tasks)) as advance:
                for result in run_tasks(tasks, jobs=run.jobs, dask=run.dask, keep_going=run.keep_going):
                    for warning in result.warnings:  # as for one article: the checks follow what was given
                        console.print(Text(f"mtqa: warning: {one_line(warning)}", style="yellow"), soft_wrap=True)
                    if result.digest is None:
                        spool.skip(result.position)
                        bad[result.position] = result.input_error or "bad input"
                    else:
                        spool.add(result.position, result.digest)
                        done.append(result.position)
                    resumed += result.resumed
                    advance()
        finally:  # also when the run stops: --resume then knows which reports are mtqa's, as written
            if out_dir is not None and record is not None:
                from mtqa.parallel.resume import record_reports

                complete = len(done) + len(bad) == len(tasks)
                record_reports(out_dir, record, (ordered_names[i] for i in done), ordered_names, complete=complete)
        if bad and not done and not pairing.bad_rows:  # nothing was checked: the error alone, as for one article
            raise InputError(bad[min(bad)])
        from mtqa.io import display_path
        from mtqa.report.digest import BadInput

        checked = [name for position, name in enumerate(ordered_names) if position not in bad]
        # Names and messages go into UTF-8 reports: a file name that is not UTF-8 is shown with escapes.
        bad_inputs = [BadInput(display_path(where), display_path(message)) for where, message in pairing.bad_rows]
        bad_inputs += [
            BadInput(display_path(str(pairing.pairs[position].target)), display_path(bad[position]))
            for position in sorted(bad)
        ]
        missing = [display_path(str(path)) for path in pairing.unmatched]
        if out_dir is not None:
            _write_index(out_dir, checked, spool, missing, bad_inputs)
        write_aggregate_reports(spool, outputs, unmatched=missing, bad_inputs=bad_inputs)
        if not quiet:
            _print_summary(console, checked, spool, len(pairing.unmatched), resumed)
        passed = all(item.summary.passed for item in spool)
    if bad_inputs:
        _report_bad_inputs(bad_inputs, len(tasks) + len(pairing.bad_rows))
    unmatched_fail = bool(pairing.unmatched) and any(
        config_for(pair.target).gate.fail_on_unmatched for pair in pairing.pairs
    )
    return passed and not unmatched_fail


def _dask_note(address: str) -> None:
    from mtqa.parallel.cluster import WORKER_WAIT

    typer.echo(
        f"mtqa: note: --dask {address}: the scheduler has no worker yet; waiting up to {WORKER_WAIT:g} s for one",
        err=True,
    )


def _report_bad_inputs(bad_inputs: Sequence[BadInput], total: int) -> None:
    """One line per bad article on stderr, then the run ends with exit 2 (bad input), after every other
    article was checked and reported: in CI one unreadable file must not hide the others' results, and
    must not pass unnoticed either."""
    for item in bad_inputs:
        typer.echo(f"mtqa: error: {one_line(item.message)}", err=True)
    raise InputError(
        f"{len(bad_inputs)} of {total} article(s) not checked: bad input (above); the others were checked and reported"
    )


def _guard_inputs(
    pairing: Pairing,
    out_dir: Path | None,
    config_for: Callable[[Path], Config],
    outputs: Outputs,
    extra_inputs: Sequence[Path],
) -> None:
    """Refuse outputs that would overwrite an input or a config file, and an ``--out`` folder holding
    inputs. (A function of its own: the list of every input path is dropped once checked, not held for
    the run.)"""
    inputs: list[Path] = list(pairing.unmatched)  # read and listed by the run: inputs too
    configs: list[Path] = []
    for pair in pairing.pairs:  # one pass: each pair read is made anew (batch.PairList)
        inputs += (pair.source, pair.target)
        config = config_for(pair.target).source_path
        if config:
            configs.append(config)
    guard_outputs([*inputs, *configs, *extra_inputs], list(outputs.aggregate))
    if out_dir is not None:
        _guard_out_dir(out_dir, [*inputs, *extra_inputs])


def _guard_input_folders(folders: Sequence[Path], out_dir: Path | None, outputs: Outputs) -> None:
    """The run's own ``--out`` folder is left out: its files are not read, even inside an input folder."""
    from mtqa.cli.options import guard_input_folders

    guard_input_folders(folders, list(outputs.aggregate), own=out_dir)


def _guard_run_files(out_dir: Path, names: Sequence[str], outputs: Outputs) -> None:
    """Refuse a --junit/--sarif/--markdown/--findings-table path that is one of the files the run writes
    in ``--out`` (index.html, the run record, its lock, an article's report): one of the two would be lost."""
    from mtqa.batch import RUN_RECORD
    from mtqa.parallel.resume import LOCK_FILE

    folder = out_dir.resolve()
    clashes: dict[str, Path] = {}  # a report name -> the output that would take its place
    for output in outputs.aggregate:
        if output is None or not output.resolve().is_relative_to(folder):
            continue
        inside = output.resolve().relative_to(folder)
        # The lock file too: a report written there was removed with the lock when the run ended.
        if inside.as_posix() in ("index.html", RUN_RECORD, LOCK_FILE):
            raise UsageError(f"{output}: the run writes its own {inside.as_posix()} in --out; give another path")
        if inside.suffix in (".html", ".json"):
            clashes[inside.with_suffix("").as_posix()] = output
    for name in names if clashes else ():  # one pass over the names, only when an output is in --out
        if name in clashes:
            output = clashes[name]
            raise UsageError(f"{output}: the run writes its own {output.name} in --out; give another path")


class LazyTasks(IndexedSequence["ArticleTask"]):
    """A run's tasks, each made when it is read: a run of any size holds its pairs and report names, not
    also a task (two more paths) per article for the whole run."""

    __slots__ = ("_count", "_make")

    def __init__(self, make: Callable[[int], ArticleTask], count: int) -> None:
        self._make = make
        self._count = count

    def __len__(self) -> int:
        return self._count

    def _item(self, position: int) -> ArticleTask:
        return self._make(position)


def _ordered_names(pairs: Sequence[ArticlePair]) -> Sequence[str]:
    """The pairs' report names in the run's order, packed."""
    from mtqa.batch import PackedStrings, report_names

    return PackedStrings(report_names(pairs))


def aggregate_parts(outputs: Outputs) -> frozenset[Part]:
    wanted: list[Part] = []
    if outputs.junit is not None:
        wanted.append("junit")
    if outputs.sarif is not None:
        wanted.append("sarif")
    if outputs.table is not None:
        wanted.append("table")
    return frozenset(wanted)


def _task(
    position: int,
    pair: ArticlePair,
    config: Config,
    source_lang: str | None,
    target_lang: str | None,
    out_dir: Path | None,
    name: str,
    parts: frozenset[Part],
    run: RunOptions,
    reading: ReadOptions | None,
) -> ArticleTask:
    from mtqa.io import ReadOptions
    from mtqa.parallel import ArticleTask

    return ArticleTask(
        position=position,
        source=pair.source,
        target=pair.target,
        config=config,
        source_lang=_refined(source_lang, pair.source_lang),
        target_lang=_refined(target_lang, pair.target_lang),
        json_path=out_dir / f"{name}.json" if out_dir is not None else None,
        html_path=out_dir / f"{name}.html" if out_dir is not None else None,
        parts=parts,
        resume=run.resume,
        bilingual=(reading or ReadOptions()) if pair.bilingual else None,
        out_dir=out_dir,
    )


def _refined(given: str | None, marked: str | None) -> str | None:
    """The language given, or the one a file's marker names when it is the same language, more precisely
    (``-t fr`` and ``a.fr-CA.md``: checked as ``fr-CA``, with Canadian French rules)."""
    if given is None or marked is None:
        return given or marked
    from mtqa.lang import Language

    try:
        given_language, marked_language = Language.parse(given), Language.parse(marked)
    except LanguageError:
        return given
    precise = given_language.tag == given_language.code and marked_language.tag != marked_language.code
    return marked if precise and given_language.same_language(marked_language) else given


def write_aggregate_reports(
    digests: Digests, outputs: Outputs, *, unmatched: Sequence[str] = (), bad_inputs: Sequence[BadInput] = ()
) -> None:
    """The outputs that summarise one or many articles: Markdown, JUnit, SARIF, findings table; each
    written from the digests in one pass (the large ones piece by piece)."""
    from mtqa.report import render_markdown, write_atomic, write_findings_table
    from mtqa.report.junit import junit_chunks
    from mtqa.report.sarif import sarif_chunks

    if outputs.markdown is not None:
        write_atomic(outputs.markdown, render_markdown(digests, unmatched=unmatched, bad_inputs=bad_inputs))
    if outputs.junit is not None:
        write_atomic(outputs.junit, junit_chunks(digests, unmatched=unmatched, bad_inputs=bad_inputs))
    if outputs.sarif is not None:
        write_atomic(outputs.sarif, sarif_chunks(digests))
    if outputs.table is not None:
        write_findings_table(digests, outputs.table)


def _guard_out_dir(out_dir: Path, inputs: list[Path]) -> None:
    """Refuse an ``--out`` that is a file, holds inputs, or is a folder of the user's: one that is not empty
    and has no run record (so is no report folder of an earlier run), whose index.html or a.html the
    reports would overwrite. Hidden entries (``.git``) do not count."""
    from mtqa.batch import RUN_RECORD

    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir}: exists and is not a folder")
    resolved = out_dir.resolve()
    if any(path.resolve().is_relative_to(resolved) for path in inputs):
        raise UsageError(f"{out_dir}: holds input articles; choose another --out folder")
    if out_dir.is_dir() and not (out_dir / RUN_RECORD).exists():
        try:
            theirs = any(not entry.name.startswith(".") for entry in out_dir.iterdir())
        except OSError as error:
            raise UsageError(f"{out_dir}: cannot list the folder ({error.strerror or error})") from None
        if theirs:
            raise UsageError(
                f"{out_dir}: not empty and not a report folder of mtqa (no {RUN_RECORD}); the reports "
                "would overwrite its files: give a new or empty folder"
            )


def _stderr_console() -> Console:
    from mtqa.cli.options import stderr_console

    return stderr_console()


def _print_unmatched(console: Console, unmatched: Sequence[Path]) -> None:
    from rich.text import Text

    from mtqa.io import display_path

    for path in unmatched:
        console.print(Text.assemble(("unmatched: ", "yellow"), one_line(display_path(str(path)))), soft_wrap=True)


class _ProgressContext:
    """A rich progress bar with the time left, on a terminal; silent otherwise (CI logs stay clean)."""

    def __init__(self, console: Console, total: int) -> None:
        self._console = console
        self._total = total

    def __enter__(self) -> Callable[[], None]:
        if not self._console.is_terminal:
            self._progress = None
            return lambda: None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=self._console,
        )
        self._progress.start()
        task = self._progress.add_task("articles", total=self._total)
        progress = self._progress
        return lambda: progress.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def _write_index(
    out_dir: Path, names: Sequence[str], digests: Digests, unmatched: Sequence[str], bad_inputs: Sequence[BadInput]
) -> None:
    from mtqa.report import write_atomic
    from mtqa.report.index import index_chunks

    hrefs = [f"{name}.html" for name in names]
    write_atomic(
        out_dir / "index.html",
        index_chunks(hrefs, digests, unmatched=unmatched, bad_inputs=bad_inputs),
        within=out_dir,
    )


def _print_summary(console: Console, names: Sequence[str], digests: Digests, unmatched: int, resumed: int) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table("article", "score", "critical", "major", "minor", "verdict")
    for name, item in zip(names, digests, strict=True):
        table.add_row(*_summary_row(name, item))
    console.print(table)
    if resumed:
        console.print(Text(f"{resumed} article(s) not checked again: their reports were up to date (--resume)"))
    if unmatched:
        console.print(Text(f"{unmatched} file(s) without a counterpart (listed above as unmatched)", style="yellow"))


def _summary_row(name: str, item: ArticleDigest) -> tuple[Text | str, ...]:
    from rich.text import Text

    counts = item.summary.findings
    return (
        Text(one_line(name)),
        f"{item.summary.quality_score:.1f}",
        str(counts.get("critical", 0)),
        str(counts.get("major", 0)),
        str(counts.get("minor", 0)),
        Text("passed", style="green") if item.summary.passed else Text("failed", style="red"),
    )
