"""``mtqa check``: align, score and check one article pair, or two folders of articles, and report."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from mtqa.cli.app import EXIT_GATE_FAILED, EXIT_PASSED, app, user_errors
from mtqa.cli.options import (
    ConfigPath,
    EncoderName,
    NoCache,
    ProfileName,
    SourceLang,
    TargetLang,
    guard_outputs,
    resolve_config,
)
from mtqa.errors import UsageError
from mtqa.io import BILINGUAL_SUFFIXES, Columns, ReadOptions, is_bilingual, is_resource
from mtqa.io.decoding import DEFAULT_MAX_BYTES
from mtqa.model import Severity
from mtqa.report.common import one_line

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from rich.console import Console

    from mtqa.batch import ArticlePair
    from mtqa.config import Config
    from mtqa.model import ArticleReport


@dataclass(frozen=True)
class Outputs:
    """The report files asked for on the command line (None: not asked for)."""

    json: Path | None
    html: Path | None
    markdown: Path | None
    junit: Path | None
    sarif: Path | None
    table: Path | None

    @property
    def aggregate(self) -> tuple[Path | None, ...]:
        """The outputs that cover every article of a run."""
        return (self.markdown, self.junit, self.sarif, self.table)


Fuzzy = Literal["exclude", "include"]


@app.command("check")
def check(
    source: Annotated[
        Path,
        typer.Argument(
            help="Source article (text, Markdown, HTML), a folder of them, a bilingual file (XLIFF, TMX, PO, "
            "CSV/TSV/JSONL) checked alone, or a source resource file (JSON, YAML)."
        ),
    ],
    target: Annotated[
        Path | None,
        typer.Argument(help="Translated article or resource file, or a folder of them; none for a bilingual file."),
    ] = None,
    source_lang: SourceLang = None,
    target_lang: TargetLang = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Write the JSON report here.")] = None,
    html_path: Annotated[Path | None, typer.Option("--html", help="Write the HTML report here.")] = None,
    markdown_path: Annotated[
        Path | None,
        typer.Option("--markdown", help="Write a Markdown summary here (PR comment, step summary)."),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option("--out", help="Folder mode: write one HTML and JSON report per article and index.html here."),
    ] = None,
    junit_path: Annotated[Path | None, typer.Option("--junit", help="Write JUnit XML (one test per article).")] = None,
    sarif_path: Annotated[
        Path | None, typer.Option("--sarif", help="Write SARIF 2.1.0 (one result per finding).")
    ] = None,
    table_path: Annotated[
        Path | None,
        typer.Option("--findings-table", help="Write every finding as a table (.csv or .parquet)."),
    ] = None,
    references: Annotated[
        list[Path] | None,
        typer.Option(
            "--reference",
            "-r",
            help="One article: a human reference translation; adds sacrebleu BLEU, chrF, chrF++ and TER (repeatable).",
        ),
    ] = None,
    config_path: ConfigPath = None,
    encoder: EncoderName = None,
    profile: ProfileName = None,
    no_cache: NoCache = False,
    enable: Annotated[
        list[str] | None, typer.Option("--enable", help="Run only these checks or families (repeatable).")
    ] = None,
    disable: Annotated[
        list[str] | None, typer.Option("--disable", help="Do not run these checks or families (repeatable).")
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option("--fail-under", min=0, max=100, help="Fail (exit 1) when a quality score is below this."),
    ] = None,
    fail_on: Annotated[
        Severity | None,
        typer.Option("--fail-on", help="Fail (exit 1) on any finding of this severity or worse."),
    ] = None,
    max_findings: Annotated[
        list[str] | None,
        typer.Option(
            "--max-findings",
            metavar="CATEGORY=N",
            help="Fail (exit 1) when an article has more than N findings of CATEGORY (repeatable), e.g. name=0.",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary.")] = False,
    source_column: Annotated[
        str | None, typer.Option("--source-column", help="CSV/TSV/JSONL: the source column (default: source, src ...).")
    ] = None,
    target_column: Annotated[
        str | None, typer.Option("--target-column", help="CSV/TSV/JSONL: the target column (default: target, mt ...).")
    ] = None,
    id_column: Annotated[
        str | None, typer.Option("--id-column", help="CSV/TSV/JSONL: the unit id column (default: id, key).")
    ] = None,
    fuzzy: Annotated[
        Fuzzy, typer.Option("--fuzzy", help="PO: leave fuzzy entries out of the checks, or check them.")
    ] = "exclude",
    max_input_size: Annotated[
        int | None,
        typer.Option(
            "--max-input-size",
            min=0,
            metavar="BYTES",
            help=f"Refuse larger input files (0: no limit; default: [input] max_size, else {DEFAULT_MAX_BYTES:,}).",
        ),
    ] = None,
    keep_going: Annotated[
        bool,
        typer.Option(
            "--keep-going",
            help="When a check crashes, record it in the report and run the others (default: stop, exit 2).",
        ),
    ] = False,
    fail_on_unmatched: Annotated[
        bool,
        typer.Option("--fail-on-unmatched", help="Folder mode: fail (exit 1) when a file has no counterpart."),
    ] = False,
) -> None:
    """Check translated articles against their sources; exit 1 when the quality gate fails."""
    with user_errors():
        category_limits = parse_category_limits(max_findings or [])

        @cache
        def config_in(folder: Path) -> Config:
            config = resolve_config(config_path, folder, encoder, no_cache, profile)
            config = _apply_options(config, enable, disable, fail_under, fail_on, category_limits)
            unmatched = config.gate.fail_on_unmatched or fail_on_unmatched
            config = replace(config, gate=replace(config.gate, fail_on_unmatched=unmatched))
            if max_input_size is not None:
                config = replace(config, input=replace(config.input, max_size=max_input_size or None))
            return config

        def config_for(near: Path) -> Config:
            # The nearest config file depends on the folder only: read once per folder of a run.
            return config_in(near if near.is_dir() else near.parent)

        outputs = Outputs(json_path, html_path, markdown_path, junit_path, sarif_path, table_path)
        reading = ReadOptions(
            source_lang=source_lang,
            target_lang=target_lang,
            columns=Columns(source_column, target_column, id_column),
            fuzzy=fuzzy,
        )
        if target is None:
            if source.is_dir() or not is_bilingual(source):
                raise UsageError(
                    f"{source}: give the translated article too (one file alone must be bilingual: "
                    f"{', '.join(BILINGUAL_SUFFIXES)})"
                )
            if out_dir is not None:
                raise UsageError("--out is for folders of articles; use --json/--html for one file")
            passed = _check_one(source, None, config_for(source), reading, quiet, outputs, keep_going, references or [])
        elif source.is_dir() or target.is_dir():
            if references:
                raise UsageError("--reference is for one article; compare folders with references with 'mtqa compare'")
            passed = _check_folders(
                source, target, out_dir, config_for, source_lang, target_lang, quiet, outputs, keep_going
            )
        else:
            config = config_for(target)
            if out_dir is not None:
                raise UsageError("--out is for folders of articles; use --json/--html for one article")
            passed = _check_one(source, target, config, reading, quiet, outputs, keep_going, references or [])
    raise typer.Exit(EXIT_PASSED if passed else EXIT_GATE_FAILED)


def _apply_options(
    config: Config,
    enable: list[str] | None,
    disable: list[str] | None,
    fail_under: float | None,
    fail_on: Severity | None,
    category_limits: dict[str, int],
) -> Config:
    checks = replace(
        config.checks,
        enable=tuple(enable) if enable else config.checks.enable,
        disable=(*config.checks.disable, *(disable or ())),
    )
    gate = replace(
        config.gate,
        fail_under=fail_under if fail_under is not None else config.gate.fail_under,
        fail_on=fail_on or config.gate.fail_on,
        max_findings={**config.gate.max_findings, **category_limits},
    )
    return replace(config, checks=checks, gate=gate)


def parse_category_limits(values: list[str]) -> dict[str, int]:
    """``["name=0", "number=2"]`` -> ``{"name": 0, "number": 2}``, checked like the config file's table."""
    from mtqa.model import CATEGORIES

    limits: dict[str, int] = {}
    for value in values:
        category, _, number = value.partition("=")
        category = category.strip()
        if category not in CATEGORIES:
            raise UsageError(f"--max-findings {value!r}: unknown category; one of {', '.join(CATEGORIES)}")
        if not re.fullmatch(r"[0-9]+", number.strip()):  # isdigit() accepts "²", which int() refuses
            raise UsageError(f"--max-findings {value!r}: give CATEGORY=N with N a whole number >= 0")
        limits[category] = int(number)
    return limits


def _check_one(
    source: Path,
    target: Path | None,
    config: Config,
    reading: ReadOptions,
    quiet: bool,
    outputs: Outputs,
    keep_going: bool,
    references: list[Path],
) -> bool:
    """One article: a pair of files, a bilingual file (``target`` None) or a pair of resource files."""
    from mtqa.io import read_bilingual, read_document, read_resource_pair
    from mtqa.pipeline import Checker

    inputs = [source] if target is None else [source, target]
    inputs += [config.source_path] if config.source_path else []
    inputs += references
    guard_outputs(inputs, [outputs.json, outputs.html, *outputs.aggregate])
    checker = Checker(config, keep_going=keep_going)
    reading = replace(reading, max_bytes=config.input.max_size)
    source_lang, target_lang = reading.source_lang, reading.target_lang
    if target is None:
        report = checker.check_bilingual(
            read_bilingual(source, reading), source_lang=source_lang, target_lang=target_lang
        )
    elif is_resource(source) and is_resource(target):
        report = checker.check_bilingual(
            read_resource_pair(source, target, reading), source_lang=source_lang, target_lang=target_lang
        )
    else:
        documents = (
            read_document(source, max_bytes=reading.max_bytes),
            read_document(target, max_bytes=reading.max_bytes),
        )
        report = checker.check(*documents, source_lang=source_lang, target_lang=target_lang)
    if references:
        report = _with_reference_scores(report, references)
    write_article_reports(report, json_path=outputs.json, html_path=outputs.html)
    write_aggregate_reports([report], outputs)
    if not quiet:
        from rich.console import Console

        from mtqa.report import print_console_summary

        print_console_summary(report, Console(stderr=True))
    return report.summary.passed


def _with_reference_scores(report: ArticleReport, references: list[Path]) -> ArticleReport:
    """The report with sacrebleu's scores against the reference(s) (see :mod:`mtqa.score.reference`)."""
    from mtqa.io import read_document
    from mtqa.score.reference import reference_scores

    scores, unavailable = reference_scores(
        report.target, [read_document(path) for path in references], report.target.lang
    )
    for reason in unavailable:
        typer.echo(f"mtqa: warning: not computed: {reason}", err=True)
    return replace(report, reference_scores=scores)


def _check_folders(
    source: Path,
    target: Path,
    out_dir: Path | None,
    config_for: Callable[[Path], Config],
    source_lang: str | None,
    target_lang: str | None,
    quiet: bool,
    outputs: Outputs,
    keep_going: bool,
) -> bool:
    from rich.text import Text

    from mtqa.batch import check_pairs, pair_articles, report_names
    from mtqa.pipeline import Checker

    if not (source.is_dir() and target.is_dir()):
        raise UsageError("give two files, or two folders of articles")
    if outputs.json or outputs.html:
        raise UsageError("--json/--html are for one article; in folder mode use --out DIR")
    pairing = pair_articles(source, target, source_lang)
    inputs = [path for pair in pairing.pairs for path in (pair.source, pair.target)]
    configs = [path for path in (config_for(pair.target).source_path for pair in pairing.pairs) if path]
    guard_outputs([*inputs, *configs], list(outputs.aggregate))
    if out_dir is not None:
        _guard_out_dir(out_dir, inputs)
    names = report_names(pairing.pairs)
    console = _stderr_console()
    for path in pairing.unmatched:
        console.print(Text.assemble(("unmatched: ", "yellow"), one_line(str(path))), soft_wrap=True)
    with _ProgressContext(console, len(pairing.pairs)) as advance:

        def done(pair: ArticlePair, report: ArticleReport) -> None:
            if out_dir is not None:
                name = names[pair]
                write_article_reports(report, json_path=out_dir / f"{name}.json", html_path=out_dir / f"{name}.html")
            advance()

        # Each article gets the config file nearest to it (unless --config names one for all).
        results = check_pairs(
            pairing.pairs,
            lambda pair: config_for(pair.target),
            source_lang=source_lang,
            target_lang=target_lang,
            on_done=done,
            checker=Checker(keep_going=keep_going),
        )
    reports = [report for _, report in results]
    if out_dir is not None:
        _write_index(out_dir, [(names[pair], report) for pair, report in results], pairing.unmatched)
    write_aggregate_reports(reports, outputs, unmatched=pairing.unmatched)
    if not quiet:
        _print_folder_summary(console, [(names[pair], report) for pair, report in results], pairing.unmatched)
    unmatched_fail = bool(pairing.unmatched) and any(
        config_for(pair.target).gate.fail_on_unmatched for pair in pairing.pairs
    )
    return all(report.summary.passed for report in reports) and not unmatched_fail


def _guard_out_dir(out_dir: Path, inputs: list[Path]) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir}: exists and is not a folder")
    resolved = out_dir.resolve()
    if any(path.resolve().is_relative_to(resolved) for path in inputs):
        raise UsageError(f"{out_dir}: holds input articles; choose another --out folder")


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


class _ProgressContext:
    """A rich progress bar on a terminal; silent otherwise (CI logs stay clean)."""

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


def _write_index(out_dir: Path, results: list[tuple[str, ArticleReport]], unmatched: Sequence[Path]) -> None:
    from mtqa.report import render_index, write_atomic

    entries = [(f"{name}.html", report) for name, report in results]
    write_atomic(out_dir / "index.html", render_index(entries, unmatched=[str(path) for path in unmatched]))


def _print_folder_summary(
    console: Console, results: list[tuple[str, ArticleReport]], unmatched: Sequence[Path]
) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table("article", "score", "critical", "major", "minor", "verdict")
    for name, report in results:
        counts = report.summary.findings
        table.add_row(
            Text(one_line(name)),
            f"{report.summary.quality_score:.1f}",
            str(counts.get("critical", 0)),
            str(counts.get("major", 0)),
            str(counts.get("minor", 0)),
            Text("passed", style="green") if report.summary.passed else Text("failed", style="red"),
        )
    console.print(table)
    if unmatched:
        console.print(
            Text(f"{len(unmatched)} file(s) without a counterpart (listed above as unmatched)", style="yellow")
        )


def write_article_reports(
    report: ArticleReport, *, json_path: Path | None = None, html_path: Path | None = None
) -> None:
    """Render and atomically write one article's JSON and HTML reports, if asked for."""
    from mtqa.report import render_html, report_to_json, write_atomic

    if json_path is not None:
        write_atomic(json_path, report_to_json(report))
    if html_path is not None:
        write_atomic(html_path, render_html(report))


def write_aggregate_reports(reports: list[ArticleReport], outputs: Outputs, *, unmatched: Sequence[Path] = ()) -> None:
    """The outputs that summarise one or many articles: Markdown, JUnit, SARIF, findings table."""
    from mtqa.report import render_junit, render_markdown, render_sarif, write_atomic, write_findings_table

    missing = [str(path) for path in unmatched]
    if outputs.markdown is not None:
        write_atomic(outputs.markdown, render_markdown(reports, unmatched=missing))
    if outputs.junit is not None:
        write_atomic(outputs.junit, render_junit(reports, unmatched=missing))
    if outputs.sarif is not None:
        write_atomic(outputs.sarif, render_sarif(reports))
    if outputs.table is not None:
        write_findings_table(reports, outputs.table)
