"""The command group: every command listed from :data:`COMMANDS`, each loaded only when it runs."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from pathlib import Path

import mtqa.cli
from mtqa.cli.app import COMMANDS, app

CLI = Path(mtqa.cli.__file__).parent


def _load_every_command() -> None:
    for module, _ in COMMANDS.values():
        importlib.import_module(module)


def test_every_command_module_is_listed() -> None:
    modules = {f"mtqa.cli.{path.stem}" for path in CLI.glob("*_cmd.py")}
    assert modules == {module for module, _ in COMMANDS.values()}
    _load_every_command()
    assert sorted(str(info.name) for info in app.registered_commands) == sorted(COMMANDS)


def test_each_summary_is_the_first_paragraph_of_its_commands_docstring() -> None:
    _load_every_command()
    for info in app.registered_commands:
        assert info.name is not None and info.callback is not None
        docstring = inspect.getdoc(info.callback) or ""
        assert COMMANDS[info.name][1] == " ".join(docstring.split("\n\n")[0].split())


def test_the_help_lists_the_commands_as_when_every_command_is_built() -> None:
    def help_text(imports: str) -> str:
        code = f"{imports}\nfrom mtqa.cli import main\nmain(['--help'])"
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout

    # with every command module imported first, typer builds every command and lists what it built
    built = help_text("\n".join(f"import {module}" for module, _ in COMMANDS.values()))
    assert help_text("") == built
    assert "Commands:" in built


def _modules_after(*args: str) -> set[str]:
    code = (
        "import sys\nfrom mtqa.cli.app import main\ntry:\n"
        f"    main({list(args)!r})\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)"
    )
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=True)
    return set(result.stderr.split())


def test_help_loads_no_command() -> None:
    loaded = _modules_after("--help")
    assert not {module for module, _ in COMMANDS.values()} & loaded
    assert not {"mtqa.model", "mtqa.io", "mtqa.config", "rich"} & loaded


def test_a_command_loads_its_own_module_only() -> None:
    loaded = _modules_after("checks", "--json")
    assert {module for module, _ in COMMANDS.values()} & loaded == {"mtqa.cli.checks_cmd"}
    assert not {"mtqa.checks.registry", "mtqa.model", "importlib.metadata", "rich"} & loaded


def test_the_table_of_checks_on_a_pipe_loads_neither_the_checks_nor_rich() -> None:
    loaded = _modules_after("checks")
    assert not {"mtqa.checks.registry", "mtqa.model", "importlib.metadata", "rich"} & loaded


def test_an_unknown_command_is_one_line_with_suggestions() -> None:
    result = subprocess.run([sys.executable, "-m", "mtqa", "chek"], capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stderr == "mtqa: error: No such command 'chek'. Did you mean 'check', 'checks'?\n"


def test_a_standard_output_that_cannot_encode_the_text_gets_escapes_not_an_internal_error() -> None:
    # Windows consoles (cp437, cp1252), PYTHONIOENCODING=ascii: the table of checks holds "…" and more.
    import os

    c_locale = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}  # ASCII, surrogateescape
    for variables in (
        {"PYTHONIOENCODING": "cp437"},
        {"PYTHONIOENCODING": "cp1252"},
        {"PYTHONIOENCODING": "ascii"},
        c_locale,
    ):
        environment = {**{k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"}, **variables}
        result = subprocess.run(
            [sys.executable, "-m", "mtqa", "checks"], capture_output=True, env=environment, check=False
        )
        assert result.returncode == 0, result.stderr  # before: exit 2, "internal error: UnicodeEncodeError"
        assert b" checks" in result.stdout and b"internal error" not in result.stderr
    utf8 = subprocess.run([sys.executable, "-m", "mtqa", "checks"], capture_output=True, check=False)
    assert "…".encode() in utf8.stdout and b"\\u2026" not in utf8.stdout
