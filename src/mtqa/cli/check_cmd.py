"""``mtqa check``: align, score and check one article pair and write its reports."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mtqa.cli.app import EXIT_GATE_FAILED, EXIT_PASSED, app, user_errors
from mtqa.cli.options import (
    ConfigPath,
    EncoderName,
    NoCache,
    SourceLang,
    TargetLang,
    guard_outputs,
    resolve_config,
)
from mtqa.model import ArticleReport, Severity


@app.command("check")
def check(
    source: Annotated[Path, typer.Argument(help="Source article (plain text or Markdown).")],
    target: Annotated[Path, typer.Argument(help="Translated article.")],
    source_lang: SourceLang = None,
    target_lang: TargetLang = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Write the JSON report here.")] = None,
    html_path: Annotated[Path | None, typer.Option("--html", help="Write the HTML report here.")] = None,
    markdown_path: Annotated[
        Path | None, typer.Option("--markdown", help="Write a Markdown summary here.")
    ] = None,
    config_path: ConfigPath = None,
    encoder: EncoderName = None,
    no_cache: NoCache = False,
    enable: Annotated[
        list[str] | None, typer.Option("--enable", help="Run only these checks or families (repeatable).")
    ] = None,
    disable: Annotated[
        list[str] | None, typer.Option("--disable", help="Do not run these checks or families (repeatable).")
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option("--fail-under", min=0, max=100, help="Fail (exit 1) when the quality score is below this."),
    ] = None,
    fail_on: Annotated[
        Severity | None,
        typer.Option("--fail-on", help="Fail (exit 1) on any finding of this severity or worse."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on success.")] = False,
) -> None:
    """Check one translated article against its source."""
    with user_errors():
        from dataclasses import replace

        from mtqa.pipeline import check_article

        guard_outputs([source, target], [json_path, html_path, markdown_path])
        config = resolve_config(config_path, target, encoder, no_cache)
        config = replace(
            config,
            checks=replace(
                config.checks,
                enable=tuple(enable) if enable else config.checks.enable,
                disable=(*config.checks.disable, *(disable or ())),
            ),
            gate=replace(
                config.gate,
                fail_under=fail_under if fail_under is not None else config.gate.fail_under,
                fail_on=fail_on or config.gate.fail_on,
            ),
        )
        report = check_article(source, target, config, source_lang=source_lang, target_lang=target_lang)
        write_article_reports(report, json_path=json_path, html_path=html_path, markdown_path=markdown_path)
        if not quiet:
            from rich.console import Console

            from mtqa.report import print_console_summary

            print_console_summary(report, Console(stderr=True))
    raise typer.Exit(EXIT_PASSED if report.summary.passed else EXIT_GATE_FAILED)


def write_article_reports(
    report: ArticleReport,
    *,
    json_path: Path | None = None,
    html_path: Path | None = None,
    markdown_path: Path | None = None,
) -> None:
    """Render and atomically write whichever reports were asked for."""
    import json

    from mtqa.report import render_html, render_markdown, report_to_dict, write_atomic

    if json_path is not None:
        write_atomic(json_path, json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n")
    if html_path is not None:
        write_atomic(html_path, render_html(report))
    if markdown_path is not None:
        write_atomic(markdown_path, render_markdown([report]))
