"""What ``mtqa checks`` lists: one row per check, its declaration as the command prints it, and the table.

The rows of the built-in checks come from an index shipped as package data (``data/checks.json``), unless
an installed distribution may declare check plugins (:mod:`mtqa.checks.plugin_scan`): then they come from
the registry, which imports every check and loads and validates the plugins as a run does. Building the
registry imports every check module and what they need (the config, the language layer, Babel ...) and
importlib.metadata: about a quarter of a second of CPU before the list could be printed
(bench/cli_startup.py). The index also holds the table as rich renders it on a plain output 80 columns
wide (a pipe, a file, CI: what rich prints there after some 60 ms of CPU laying it out, on a loaded
machine). A terminal, another width or another version of rich gets the table laid out by rich.

The index is generated from the check classes (``python -m mtqa.checks.listing`` rewrites it) and
tests/unit/test_checks_listing.py fails when it differs from what the registry declares and rich renders,
so it cannot go stale silently.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtqa.checks.plugin_scan import ENTRY_POINT_GROUP, may_declare

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from mtqa.checks.base import CheckInfo

INDEX = "checks.json"  # in mtqa/data
BUILTIN = "mtqa"  # the origin of the built-in checks
TABLE_WIDTH = 80  # rich's width when no standard stream is a terminal and COLUMNS is not set


def listed_checks() -> list[dict[str, Any]]:
    """Every registered check, built-in checks first, as ``mtqa checks --json`` prints them."""
    if may_declare(ENTRY_POINT_GROUP):
        return registered_checks()
    return indexed_checks()


def declaration(info: CheckInfo, origin: str) -> dict[str, Any]:
    """One check's row: what ``mtqa checks`` shows of its declaration, and where it comes from."""
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


def registered_checks() -> list[dict[str, Any]]:
    """The rows from the registry: every check imported, the plugins loaded and validated."""
    from mtqa.checks.registry import registry

    current = registry()
    return [declaration(check.info, current.origins[check_id]) for check_id, check in current.checks.items()]


def indexed_checks() -> list[dict[str, Any]]:
    """The rows of the built-in checks, read from the shipped index."""
    return [{**row, "origin": BUILTIN} for row in _index()["checks"]]


@cache
def _index() -> dict[str, Any]:
    # pkgutil rather than importlib.resources (the project's usual way): importing the latter costs
    # `mtqa checks` some 5 ms of CPU; both read from a wheel, a zip or a source tree alike.
    import pkgutil

    data = pkgutil.get_data("mtqa", f"data/{INDEX}")
    if data is None:  # pragma: no cover - a loader that cannot read package data
        raise FileNotFoundError(f"mtqa/data/{INDEX}")
    index: dict[str, Any] = json.loads(data)
    return index


def table(rows: list[dict[str, Any]]) -> Table:
    """The rows as the table ``mtqa checks`` prints."""
    from rich.table import Table

    table = Table("id", "category", "severity", "scope", "languages", "description", title=f"{len(rows)} checks")
    for row in rows:
        languages = ", ".join(row["languages"]) if row["languages"] != ["*"] else "all"
        needs = f" (needs {', '.join(row['requires'])})" if row["requires"] else ""
        table.add_row(row["id"], row["category"], row["severity"], row["scope"], languages, row["description"] + needs)
    return table


def print_table(rows: list[dict[str, Any]]) -> None:
    """Print the rows as a table on standard output, as rich lays it out there."""
    stored = _stored_table(rows)
    if stored is not None and _rich_version() in RICH_RULES_READ and _plain_without_rich():
        sys.stdout.write(stored)
        sys.stdout.flush()
        return
    from rich.console import Console

    console = Console()
    if stored is not None and _plain(console):
        console.file.write(stored)
        console.file.flush()
    else:
        console.print(table(rows))


def _stored_table(rows: list[dict[str, Any]]) -> str | None:
    """The table the index holds, if it shows these rows and was rendered by the installed rich."""
    stored: dict[str, str] = _index()["table"]
    version = _rich_version()
    if rows != indexed_checks() or version is None or version != stored["rich"]:
        return None
    return stored["text"]


def _plain(console: Console) -> bool:
    """Whether ``console`` prints plain text (no terminal, no styles) :data:`TABLE_WIDTH` columns wide."""
    plain = not console.is_terminal and console.color_system is None and not console.is_jupyter
    return plain and not console.legacy_windows and console.width == TABLE_WIDTH and console.encoding == "utf-8"


# The versions of rich whose Console was read for _plain_without_rich (tests/unit/test_checks_listing.py
# compares the two answers); with another version, rich's own Console answers.
RICH_RULES_READ = frozenset({"15.0.0"})


def _plain_without_rich() -> bool:
    """What :func:`_plain` says of ``rich.console.Console()``, without importing rich (some 25 ms of CPU);
    False wherever rich might decide otherwise: a terminal on any standard stream (rich takes its width
    from the first), the variables that force a terminal, colours or a width, Windows, Jupyter."""
    import builtins
    import os

    if sys.platform == "win32" or hasattr(builtins, "get_ipython"):
        return False
    forcing = ("FORCE_COLOR", "TTY_COMPATIBLE", "JUPYTER_COLUMNS", "DATABRICKS_RUNTIME_VERSION")
    if any(name in os.environ for name in forcing) or os.environ.get("COLUMNS", str(TABLE_WIDTH)) != str(TABLE_WIDTH):
        return False
    stdout = sys.stdout
    if stdout is None or hasattr(stdout, "rich_proxied_file"):
        return False
    if (getattr(stdout, "encoding", "utf-8") or "utf-8").lower() != "utf-8":
        return False
    try:
        return not stdout.isatty() and not any(os.isatty(fd) for fd in (0, 1, 2))
    except (AttributeError, ValueError, OSError):
        return False


@cache
def _rich_version() -> str | None:
    """rich's version, from its ``.dist-info`` folder beside it, without importing it (rich has no
    ``__version__``, and importlib.metadata costs more than laying the table out)."""
    from importlib.util import find_spec

    spec = find_spec("rich")
    if spec is None or spec.origin is None:
        return None
    try:
        found = list(Path(spec.origin).parents[1].glob("rich-*.dist-info"))
    except OSError:
        return None
    return found[0].name[len("rich-") : -len(".dist-info")] if len(found) == 1 else None


def render(rows: list[dict[str, Any]], width: int = TABLE_WIDTH) -> str:
    """The table as rich prints it on a plain output (no terminal) ``width`` columns wide."""
    import io

    from rich.console import Console

    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False, legacy_windows=False)
    console.print(table(rows))
    text: str = console.file.getvalue()  # type: ignore[attr-defined]
    return text


def index_text() -> str:
    """What ``data/checks.json`` must hold: the rows of the built-in checks, from the check classes, and
    their table as this version of rich renders it on a plain output."""
    rows = [row for row in registered_checks() if row["origin"] == BUILTIN]
    about = "The built-in checks as `mtqa checks` lists them; generated by `python -m mtqa.checks.listing`."
    rendered = {"rich": _rich_version(), "text": render(rows)}
    stored = [{key: value for key, value in row.items() if key != "origin"} for row in rows]
    return json.dumps({"about": about, "checks": stored, "table": rendered}, ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":
    path = Path(__file__).parents[1] / "data" / INDEX
    path.write_text(index_text(), encoding="utf-8")
    print(f"wrote {path}")
