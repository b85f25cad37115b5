"""``mtqa check``: align, score and check one article pair, or two folders of articles, and report."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from mtqa.cli.app import EXIT_GATE_FAILED, EXIT_PASSED, app, user_errors
from mtqa.cli.many import RunOptions, aggregate_parts, check_many, parse_jobs, write_aggregate_reports
from mtqa.cli.options import (
    ConfigPath,
    EncoderName,
    NoCache,
    ProfileName,
    SourceLang,
    TargetLang,
    cap_jobs,
    guard_outputs,
    resolve_config,
)
from mtqa.errors import InputError, UsageError
from mtqa.io import BILINGUAL_SUFFIXES, Columns, ReadOptions, is_bilingual, is_resource
from mtqa.io.decoding import DEFAULT_MAX_BYTES
from mtqa.model import Severity

if TYPE_CHECKING:
    from mtqa.config import Config
    from mtqa.model import ArticleReport
    from mtqa.pipeline import Checker


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

REFERENCE_ONE_ARTICLE = "--reference is for one article; compare folders with references with 'mtqa compare'"


@app.command("check")
def check(
    source: Annotated[
        Path | None,
        typer.Argument(
            help="Source article (text, Markdown, HTML), a folder of them, a bilingual file (XLIFF, TMX, PO, "
            "CSV/TSV/JSONL) or a folder of them checked alone, or a source resource file (JSON, YAML); none with "
            "--manifest."
        ),
    ] = None,
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
    fail_on_input_issues: Annotated[
        bool,
        typer.Option(
            "--fail-on-input-issues",
            help="Fail (exit 1) when a bilingual file has empty, misaligned or untranslated units.",
        ),
    ] = False,
    manifest: Annotated[
        Path | None,
        typer.Option(
            "--manifest",
            help="Check the pairs listed in a JSONL or Parquet file (columns source, target; optional "
            "source_lang, target_lang, name), instead of SOURCE and TARGET.",
            dir_okay=False,
        ),
    ] = None,
    jobs: Annotated[
        str | None,
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            help="Many articles: check them in N worker processes (auto or 0: one per free core; without "
            "--jobs, one per core from 8 articles on, else this process).",
        ),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Many articles: check them on the Dask scheduler at ADDRESS, or on a LocalCluster (local) "
            "of --jobs workers (needs mtqa[dask]).",
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Many articles: reuse each report in --out that is newer than its inputs and config.",
        ),
    ] = False,
) -> None:
    """Check translated articles against their sources; exit 1 when the quality gate fails."""
    with user_errors():
        category_limits = parse_category_limits(max_findings or [])
        if fail_under is not None and math.isnan(fail_under):  # click's range lets NaN through; it never fails
            raise UsageError("--fail-under: give a number from 0 to 100, not nan")
        for given in (source, target):
            if given is not None and not given.exists():
                raise InputError(f"{given}: no such file or folder")

        probed: dict[Path, str | None] = {}

        @cache
        def config_in(folder: Path) -> Config:
            config = resolve_config(config_path, folder, encoder, no_cache, profile, probed)
            config = _apply_options(config, enable, disable, fail_under, fail_on, category_limits)
            gate = replace(
                config.gate,
                fail_on_unmatched=config.gate.fail_on_unmatched or fail_on_unmatched,
                fail_on_input_issues=config.gate.fail_on_input_issues or fail_on_input_issues,
            )
            config = replace(config, gate=gate)
            if max_input_size is not None:
                config = replace(config, input=replace(config.input, max_size=max_input_size or None))
            return config

        def config_for(near: Path) -> Config:
            # The nearest config file depends on the folder only: read once per folder of a run.
            return config_in(near if near.is_dir() else near.parent)

        if table_path is not None:
            from mtqa.report.table import check_table_path

            check_table_path(table_path)
        outputs = Outputs(json_path, html_path, markdown_path, junit_path, sarif_path, table_path)
        reading = ReadOptions(
            source_lang=source_lang,
            target_lang=target_lang,
            columns=Columns(source_column, target_column, id_column),
            fuzzy=fuzzy,
        )
        job_count = parse_jobs(jobs)
        run = RunOptions(
            cap_jobs(job_count) if job_count is not None and dask is None else job_count, dask, resume, keep_going
        )
        if manifest is not None:
            if source is not None or target is not None:
                raise UsageError("--manifest lists the pairs: give no SOURCE or TARGET with it")
            if references:
                raise UsageError(REFERENCE_ONE_ARTICLE)
            from mtqa.batch import read_manifest

            passed = check_many(
                read_manifest(manifest), out_dir, config_for, source_lang, target_lang, quiet, outputs, run,
                extra_inputs=[manifest],
            )  # fmt: skip
        elif source is None:
            raise UsageError("give SOURCE and TARGET (files or folders of articles), or --manifest FILE")
        elif target is None and source.is_dir():
            if references:
                raise UsageError(REFERENCE_ONE_ARTICLE)
            from mtqa.batch import bilingual_files

            pairing = bilingual_files(source, exclude=out_dir)
            if not pairing.pairs:
                raise UsageError(
                    f"{source}: no bilingual file in this folder ({', '.join(BILINGUAL_SUFFIXES)}); "
                    "give a second folder to pair articles"
                )
            passed = check_many(
                pairing, out_dir, config_for, source_lang, target_lang, quiet, outputs, run,
                input_folders=[source], reading=reading,
            )  # fmt: skip
        elif target is None:
            _single_article_only(run)
            if source.suffix.lower() == ".pot":
                raise UsageError(
                    f"{source}: a .pot file is a template and holds no translations; check a .po file made from it"
                )
            if not is_bilingual(source):
                raise UsageError(
                    f"{source}: give the translated article too (one file alone must be bilingual: "
                    f"{', '.join(BILINGUAL_SUFFIXES)})"
                )
            if out_dir is not None:
                raise UsageError("--out is for folders of articles; use --json/--html for one file")
            passed = _check_one(source, None, config_for(source), reading, quiet, outputs, keep_going, references or [])
        elif source.is_dir() or target.is_dir():
            if references:
                raise UsageError(REFERENCE_ONE_ARTICLE)
            if not (source.is_dir() and target.is_dir()):
                folder, file = (source, target) if source.is_dir() else (target, source)
                raise UsageError(f"{folder} is a folder and {file} a file: give two files, or two folders of articles")
            from mtqa.batch import pair_articles

            pairing = pair_articles(source, target, source_lang, exclude=out_dir, target_lang=target_lang)
            passed = check_many(
                pairing, out_dir, config_for, source_lang, target_lang, quiet, outputs, run,
                input_folders=[source, target],
            )  # fmt: skip
        else:
            _single_article_only(run)
            if source.resolve() == target.resolve() or _hard_linked(source, target):
                raise UsageError(f"{target}: the source and the translation are the same file")
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
    from mtqa.config import enable_disable_clash

    _refuse_contradiction(enable or (), disable or ())
    checks = replace(
        config.checks,
        enable=tuple(enable) if enable else config.checks.enable,
        disable=(*config.checks.disable, *(disable or ())),
    )
    # The config and the command line together may take away what the other enables (the config's
    # enable = ["typography"] with --disable typography): the run would check nothing and pass.
    clash = enable_disable_clash(checks.enable, checks.disable)
    if clash is not None:
        where = config.source_path or "the config"
        first = "--enable" if enable else f"{where}: [checks] enable"
        second = "--disable" if clash[1] in {name.strip() for name in disable or ()} else f"{where}: [checks] disable"
        raise UsageError(
            f"{first} {clash[0]} and {second} {clash[1]}: the check cannot be both; give it to one of them"
        )
    gate = replace(
        config.gate,
        fail_under=fail_under if fail_under is not None else config.gate.fail_under,
        fail_on=fail_on or config.gate.fail_on,
        max_findings={**config.gate.max_findings, **category_limits},
    )
    return replace(config, checks=checks, gate=gate)


def _refuse_contradiction(enable: Sequence[str], disable: Sequence[str]) -> None:
    """Refuse a check (or its family) given to both --enable and --disable: no option can be said to
    win, and running it, or not, without a word would hide the mistake. (Enabling a family and disabling
    one of its checks is no contradiction: the rest of the family runs.)"""
    from mtqa.config import enable_disable_clash

    clash = enable_disable_clash(enable, disable)
    if clash is not None:
        raise UsageError(
            f"--enable {clash[0]} and --disable {clash[1]}: the check cannot be both; give it to one of them"
        )


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
    from mtqa.report.digest import digest

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
    _warn_contradicted_languages(checker, report, source_lang, target_lang)
    if references:
        report = _with_reference_scores(report, references)
    write_article_reports(report, json_path=outputs.json, html_path=outputs.html)
    write_aggregate_reports([digest(report, parts=aggregate_parts(outputs))], outputs)
    if not quiet:
        from mtqa.cli.options import stderr_console
        from mtqa.report import print_console_summary

        print_console_summary(report, stderr_console())
    return report.summary.passed


def _warn_contradicted_languages(
    checker: Checker, report: ArticleReport, source_lang: str | None, target_lang: str | None
) -> None:
    from mtqa.pipeline import language_warnings

    for warning in language_warnings(checker, report, source_lang, target_lang):
        typer.echo(f"mtqa: warning: {warning}", err=True)


def _hard_linked(source: Path, target: Path) -> bool:
    """Two names of one file (a hard link): the text would be checked against itself."""
    try:
        return source.is_file() and source.samefile(target)
    except OSError:
        return False  # unreadable or missing: reading it says why


def _single_article_only(run: RunOptions) -> None:
    if run.dask is not None or run.resume or run.jobs is not None:
        raise UsageError("--jobs, --dask and --resume are for folders of articles or a --manifest")


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


def write_article_reports(
    report: ArticleReport, *, json_path: Path | None = None, html_path: Path | None = None
) -> None:
    """Render and atomically write one article's JSON and HTML reports, if asked for."""
    from mtqa.report import render_html, report_to_json, write_atomic

    if json_path is not None:
        write_atomic(json_path, report_to_json(report))
    if html_path is not None:
        write_atomic(html_path, render_html(report))
