"""``mtqa compare``: several engines' translations of one source, ranked with significance tests."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mtqa.cli.app import EXIT_GATE_FAILED, EXIT_PASSED, app, user_errors
from mtqa.cli.options import (
    ConfigPath,
    EncoderName,
    NoCache,
    SourceLang,
    TargetLang,
    cap_jobs,
    guard_input_folders,
    guard_outputs,
    resolve_config,
)

if TYPE_CHECKING:
    from mtqa.compare.inputs import Layout
    from mtqa.compare.model import ComparisonReport

_LAYOUT_HELP = (
    "How to read the files: 'segments' (one segment per line, WMT format), 'articles' (one article, or "
    "folders of articles paired by relative path), or 'auto' (folders are articles; a file is segments "
    "when it has several lines and no blank line)."
)


@app.command("compare")
def compare(
    source: Annotated[
        Path, typer.Option("--source", help="The source: a segment file, an article, or a folder of articles.")
    ],
    engines: Annotated[
        list[str],
        typer.Option(
            "--engine",
            metavar="NAME=PATH",
            help="An engine's translation of the source, laid out like it (repeatable; two at least).",
        ),
    ],
    references: Annotated[
        list[Path] | None,
        typer.Option("--reference", "-r", help="A human reference translation (repeatable: several references)."),
    ] = None,
    source_lang: SourceLang = None,
    target_lang: TargetLang = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Write the comparison as JSON here.")] = None,
    html_path: Annotated[Path | None, typer.Option("--html", help="Write the HTML report here.")] = None,
    markdown_path: Annotated[
        Path | None, typer.Option("--markdown", help="Write a Markdown summary here (PR comment, step summary).")
    ] = None,
    metric: Annotated[
        str | None,
        typer.Option(
            "--metric", "-m", help="The metric that ranks the engines (default: chrf with a reference, else quality)."
        ),
    ] = None,
    metrics: Annotated[
        list[str] | None,
        typer.Option(
            "--metrics", help="Compute only these metrics (repeatable; default: every metric the inputs allow)."
        ),
    ] = None,
    layout: Annotated[str, typer.Option("--input-format", help=_LAYOUT_HELP)] = "auto",
    doc_ids: Annotated[
        Path | None,
        typer.Option("--doc-ids", help="Segment files: one document id per line, so checks see whole documents."),
    ] = None,
    bootstrap: Annotated[int, typer.Option("--bootstrap", help="Paired bootstrap resamples.")] = 1000,
    trials: Annotated[int, typer.Option("--ar-trials", help="Approximate randomization trials.")] = 10000,
    seed: Annotated[int, typer.Option("--seed", help="Seed of both tests' random draws.")] = 12345,
    test: Annotated[
        str, typer.Option("--test", help="The test behind clusters, ranks and the gate: ar or bs (bootstrap).")
    ] = "ar",
    alpha: Annotated[float, typer.Option("--alpha", help="Significance level.")] = 0.05,
    tokenize: Annotated[
        str | None, typer.Option("--tokenize", help="sacrebleu BLEU tokenizer (default: the target language's).")
    ] = None,
    baseline: Annotated[
        str | None, typer.Option("--baseline", help="CI gate: the engine the others must not fall below.")
    ] = None,
    fail_if_worse: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-if-worse",
            metavar="METRIC",
            help="CI gate: exit 1 when an engine is significantly worse than --baseline on METRIC (repeatable).",
        ),
    ] = None,
    top_segments: Annotated[
        int, typer.Option("--top-segments", min=0, help="How many most-differing segments the reports show.")
    ] = 10,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, help="Worker processes for sacrebleu's statistics (TER is slow); 0: one per CPU."
        ),
    ] = 1,
    config_path: ConfigPath = None,
    encoder: EncoderName = None,
    no_cache: NoCache = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no table.")] = False,
) -> None:
    """Compare translation engines on the same source: metrics, significance for every pair, ranking."""
    with user_errors():
        from mtqa.compare import compare_engines, parse_engine, significance_settings

        specs = [parse_engine(option) for option in engines]
        reference_paths = list(references or [])
        config = resolve_config(config_path, source if source.is_dir() else source.parent, encoder, no_cache)
        # The same guards as ``mtqa check``: no report over an input, the config, or any file kept in an
        # input folder (articles are read from folders, so the folder's other files are the user's too).
        inputs = [source, *[spec.path for spec in specs], *reference_paths, *([doc_ids] if doc_ids else [])]
        reports = [json_path, html_path, markdown_path]
        guard_outputs([*inputs, *([config.source_path] if config.source_path else [])], reports)
        guard_input_folders(inputs, reports)
        settings = significance_settings(bootstrap, trials, seed, test, alpha)
        report = compare_engines(
            source,
            specs,
            reference_paths,
            config,
            layout=_layout(layout),
            doc_ids=doc_ids,
            source_lang=source_lang,
            target_lang=target_lang,
            metrics=metrics,
            primary=metric,
            significance=settings,
            baseline=baseline,
            fail_if_worse=fail_if_worse or [],
            tokenize=tokenize,
            top_segments=top_segments,
            jobs=cap_jobs(jobs),
        )
        _write(report, json_path, html_path, markdown_path)
        if not quiet:
            from mtqa.cli.options import stderr_console
            from mtqa.report.compare_console import print_comparison

            print_comparison(report, stderr_console())
    passed = report.gate is None or report.gate.passed
    raise typer.Exit(EXIT_PASSED if passed else EXIT_GATE_FAILED)


def _layout(value: str) -> Layout:
    from mtqa.compare.inputs import LAYOUTS
    from mtqa.errors import UsageError

    if value not in LAYOUTS:
        raise UsageError(f"--input-format must be one of {', '.join(LAYOUTS)}, not {value!r}")
    return value  # type: ignore[return-value]


def _write(
    report: ComparisonReport, json_path: Path | None, html_path: Path | None, markdown_path: Path | None
) -> None:
    from mtqa.report import write_atomic

    if json_path is not None:
        from mtqa.report.compare_json import comparison_to_json

        write_atomic(json_path, comparison_to_json(report))
    if html_path is not None:
        from mtqa.report.compare_html import render_comparison_html

        write_atomic(html_path, render_comparison_html(report))
    if markdown_path is not None:
        from mtqa.report.compare_markdown import render_comparison_markdown

        write_atomic(markdown_path, render_comparison_markdown(report))
