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


def _plain(width: int = TABLE_WIDTH, **options: Any) -> Console:
    return Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False, **options)


def test_the_stored_table_only_where_rich_would_print_the_same() -> None:
    rows = indexed_checks()
    stored = listing._rendered(_plain(), rows)
    assert stored is not None and stored == render(rows)
    assert listing._rendered(_plain(TABLE_WIDTH + 20), rows) is None  # another width
    assert listing._rendered(_plain(force_jupyter=True), rows) is None
    terminal = Console(file=io.StringIO(), width=TABLE_WIDTH, force_terminal=True, color_system="truecolor")
    assert listing._rendered(terminal, rows) is None  # styles
    assert listing._rendered(_plain(), rows[:-1]) is None  # other rows (a plugin's)


def test_another_version_of_rich_lays_the_table_out_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listing, "_rich_version", lambda: "0.0.1")
    assert listing._rendered(_plain(), indexed_checks()) is None


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
    assert listing._rendered(_plain(), rows) is None


def test_without_a_plugin_the_rows_come_from_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listing, "registered_checks", lambda: pytest.fail("the registry was built"))
    monkeypatch.setattr(listing, "may_declare", lambda group: False)
    assert listed_checks() == indexed_checks()
