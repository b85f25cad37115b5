"""``mtqa checks``: list every registered check (built-in and plugins), or verify their examples."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from mtqa.cli.app import EXIT_GATE_FAILED, app, user_errors


@app.command("checks")
def list_checks(
    as_json: Annotated[bool, typer.Option("--json", help="Print the list as JSON.")] = False,
    verify: Annotated[
        bool,
        typer.Option(
            "--verify",
            help="Run every check on its declared failing and passing examples (with the default encoder); "
            "exit 1 if one misbehaves. For authors of check plugins.",
        ),
    ] = False,
) -> None:
    """List the checks: id, category, default severity, scope, languages, requirements and description."""
    with user_errors():
        if verify:
            from mtqa.checks.registry import registry

            _verify(registry().checks.values())
            return
        from mtqa.checks.listing import listed_checks

        rows = listed_checks()
    if as_json:
        import json

        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from mtqa.checks.listing import print_table

    print_table(rows)


def _verify(checks: Any) -> None:
    from mtqa.checks.examples import verify_examples
    from mtqa.embed import get_encoder
    from mtqa.report.common import one_line

    checks = list(checks)
    failures = verify_examples(checks, encoder=get_encoder("use-m3"))
    for failure in failures:
        typer.echo(f"{failure.check}: {one_line(failure.problem)} (example: {one_line(failure.example.target)!r})")
    examples = sum(len(c.info.failing) + len(c.info.passing) for c in checks)
    typer.echo(f"{len(checks)} checks, {examples} examples: {len(failures)} misbehaved", err=True)
    if failures:
        raise typer.Exit(EXIT_GATE_FAILED)
