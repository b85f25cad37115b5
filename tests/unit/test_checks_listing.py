"""The shipped index of the built-in checks, and the table ``mtqa checks`` prints from it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from mtqa.checks import listing
from mtqa.checks.listing import (
    INDEX,
    TABLE_WIDTH,
    index_text,
    indexed_checks,
    listed_checks,
    print_table,
    registered_checks,
    render,
)
from mtqa.checks.registry import registry

PLUGINS = Path(__file__).parents[1] / "data" / "plugins"
SHIPPED = Path(listing.__file__).parents[1] / "data" / INDEX


def test_the_shipped_index_is_what_the_checks_declare_and_rich_renders() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == index_text(), (
        f"{SHIPPED} is stale (a check's declaration or rich changed): run `python -m mtqa.checks.listing`"
    )


def test_the_index_rows_are_the_registered_builtin_checks() -> None:
    assert indexed_checks() == [row for row in registered_checks() if row["origin"] == "mtqa"]


def _console(width: int = TABLE_WIDTH, **options: Any) -> Console:
    return Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False, **options)


def test_the_stored_table_is_rich_on_a_plain_output_80_columns_wide() -> None:
    assert listing._plain(_console())
    assert not listing._plain(_console(TABLE_WIDTH + 20))
    assert not listing._plain(_console(force_jupyter=True))
    assert not listing._plain(Console(file=io.StringIO(), width=TABLE_WIDTH, force_terminal=True))
    rows = indexed_checks()
    assert listing._stored_table(rows) == render(rows)
    assert listing._stored_table(rows[:-1]) is None  # other rows (a plugin's)


def test_another_version_of_rich_lays_the_table_out_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listing, "_rich_version", lambda: "0.0.1")
    assert listing._stored_table(indexed_checks()) is None


class _Stdout(io.StringIO):
    def __init__(self, terminal: bool, encoding: str) -> None:
        super().__init__()
        self._terminal, self._encoding = terminal, encoding

    def isatty(self) -> bool:
        return self._terminal

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding


ENVIRONMENTS: list[dict[str, str]] = [
    {},
    {"COLUMNS": "80"},
    {"COLUMNS": "100"},
    {"COLUMNS": "wide"},
    {"FORCE_COLOR": "1"},
    {"FORCE_COLOR": ""},
    {"TTY_COMPATIBLE": "1"},
    {"TTY_COMPATIBLE": "0"},
    {"NO_COLOR": "1", "TERM": "dumb", "LINES": "10"},
    {"JUPYTER_COLUMNS": "100"},
    {"TTY_INTERACTIVE": "1", "TERM": "xterm-256color", "COLORTERM": "truecolor"},
]


@pytest.mark.skipif(listing._rich_version() not in listing.RICH_RULES_READ, reason="rules read for another rich")
@pytest.mark.parametrize("environment", ENVIRONMENTS, ids=lambda e: ",".join(e) or "none")
@pytest.mark.parametrize("terminals", [(), (0,), (1,), (2,), (0, 1, 2)], ids=str)
@pytest.mark.parametrize("encoding", ["utf-8", "UTF-8", "ascii"])
def test_plain_without_rich_only_where_rich_says_plain(
    environment: dict[str, str], terminals: tuple[int, ...], encoding: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("COLUMNS", "LINES", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "NO_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    def terminal_size(fd: int) -> os.terminal_size:
        if fd not in terminals:
            raise OSError("not a terminal")
        return os.terminal_size((120, 40))

    monkeypatch.setattr(os, "isatty", lambda fd: fd in terminals)
    monkeypatch.setattr(os, "get_terminal_size", terminal_size)
    monkeypatch.setattr(sys, "stdout", _Stdout(1 in terminals, encoding))
    rich_says = listing._plain(Console())
    assert rich_says or not listing._plain_without_rich()
    if not environment and not terminals and encoding != "ascii":
        assert listing._plain_without_rich()  # the case of a pipe, a file, CI


def test_printed_as_rich_prints_it(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    rows = indexed_checks()
    for width in (TABLE_WIDTH, 120):
        monkeypatch.setenv("COLUMNS", str(width))
        print_table(rows)
        assert capsys.readouterr().out == render(rows, width)


def test_mtqa_checks_prints_the_table_on_a_pipe() -> None:
    environment = {key: value for key, value in os.environ.items() if key not in {"COLUMNS", "FORCE_COLOR"}}
    result = subprocess.run(
        [sys.executable, "-m", "mtqa", "checks"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=environment,
        check=True,
    )
    assert result.stdout.decode("utf-8") == render(indexed_checks())


@pytest.fixture
def example_plugin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.syspath_prepend(str(PLUGINS / "ok"))
    registry.cache_clear()
    yield
    registry.cache_clear()


@pytest.mark.usefixtures("example_plugin")
def test_with_a_plugin_installed_the_rows_come_from_the_registry() -> None:
    rows = listed_checks()
    assert rows[: len(indexed_checks())] == indexed_checks()
    assert [row["origin"] for row in rows[len(indexed_checks()) :]] == ["'example' (mtqa_example_plugin:CHECKS)"]
    assert listing._stored_table(rows) is None


def test_without_a_plugin_the_rows_come_from_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listing, "registered_checks", lambda: pytest.fail("the registry was built"))
    monkeypatch.setattr(listing, "may_declare", lambda group: False)
    assert listed_checks() == indexed_checks()
