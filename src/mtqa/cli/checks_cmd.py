"""``mtqa checks``: list every registered check."""

from __future__ import annotations

from typing import Annotated

import typer

from mtqa.cli.app import app


@app.command("checks")
def list_checks(
    as_json: Annotated[bool, typer.Option("--json", help="Print the list as JSON.")] = False,
) -> None:
    """List the checks: id, category, default severity, languages and description."""
    from mtqa.checks.registry import all_checks

    infos = all_checks()
    if as_json:
        import json

        rows = [
            {
                "id": info.id,
                "category": info.category,
                "severity": info.severity,
                "languages": list(info.languages) or ["*"],
                "description": info.description,
            }
            for info in infos
        ]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "category", "severity", "languages", "description", title=f"{len(infos)} checks")
    for info in infos:
        table.add_row(info.id, info.category, info.severity, ", ".join(info.languages) or "all", info.description)
    Console().print(table)
