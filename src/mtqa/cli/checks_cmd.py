"""``mtqa checks``: list every registered check (built-in and plugins), or verify their examples."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from mtqa.cli.app import EXIT_GATE_FAILED, app, user_errors
from mtqa.report.common import one_line


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
        from mtqa.checks.registry import registry

        current = registry()
        if verify:
            _verify(current.checks.values())
            return
        rows = [_row(check.info, current.origins[check.info.id]) for check in current.checks.values()]
    if as_json:
        import json

        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "category", "severity", "scope", "languages", "description", title=f"{len(rows)} checks")
    for row in rows:
        languages = ", ".join(row["languages"]) if row["languages"] != ["*"] else "all"
        needs = f" (needs {', '.join(row['requires'])})" if row["requires"] else ""
        table.add_row(row["id"], row["category"], row["severity"], row["scope"], languages, row["description"] + needs)
    Console().print(table)


def _row(info: Any, origin: str) -> dict[str, Any]:
    return {
        "id": info.id,
        "category": info.category,
        "severity": info.severity,
        "scope": info.scope.value,
        "languages": list(info.languages) or ["*"],
        "requires": list(info.requires),
        "defers_to": list(info.defers_to),
        "description": info.description,
        "origin": origin,
    }


def _verify(checks: Any) -> None:
    from mtqa.checks.examples import verify_examples
    from mtqa.embed import get_encoder

    checks = list(checks)
    failures = verify_examples(checks, encoder=get_encoder("use-m3"))
    for failure in failures:
        typer.echo(f"{failure.check}: {one_line(failure.problem)} (example: {one_line(failure.example.target)!r})")
    examples = sum(len(c.info.failing) + len(c.info.passing) for c in checks)
    typer.echo(f"{len(checks)} checks, {examples} examples: {len(failures)} misbehaved", err=True)
    if failures:
        raise typer.Exit(EXIT_GATE_FAILED)
