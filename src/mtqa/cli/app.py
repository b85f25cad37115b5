"""The typer application, its commands loaded on demand, and the single place where domain errors become
exit codes."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from mtqa.errors import MtqaError

EXIT_PASSED = 0
EXIT_GATE_FAILED = 1
EXIT_BAD_INPUT = 2

# Each command: the module that defines it, and the first paragraph of its docstring, which `mtqa --help`
# lists (tests/unit/test_cli_app.py keeps them equal). A command's module is imported and its options are
# built only when the command runs: building the options of the other three commands cost each
# `mtqa --help` and `mtqa checks` some 35 ms of CPU on a loaded machine, and importing their modules
# (the readers, the data model) as much again (bench/cli_startup.py).
COMMANDS: dict[str, tuple[str, str]] = {
    "align": ("mtqa.cli.align_cmd", "Align paragraphs, then sentences, and print one bead per line."),
    "check": (
        "mtqa.cli.check_cmd",
        "Check translated articles against their sources; exit 1 when the quality gate fails.",
    ),
    "checks": (
        "mtqa.cli.checks_cmd",
        "List the checks: id, category, default severity, scope, languages, requirements and description.",
    ),
    "compare": (
        "mtqa.cli.compare_cmd",
        "Compare translation engines on the same source: metrics, significance for every pair, ranking.",
    ),
}


class _LazyCommands(MutableMapping[str, Any]):
    """The group's commands by name: every name of :data:`COMMANDS` is listed, and a command is built from
    its module the first time it is looked up."""

    def __init__(self, built: Mapping[str, Any]) -> None:
        self._built = dict(built)
        self._names = list(dict.fromkeys([*COMMANDS, *built]))

    def built(self, name: str) -> Any | None:
        return self._built.get(name)

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            if name not in self._names:
                raise KeyError(name)
            self._built[name] = _build(name)
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command
        if name not in self._names:
            self._names.append(name)

    def __delitem__(self, name: str) -> None:
        self._names.remove(name)
        self._built.pop(name, None)

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._names))

    def __len__(self) -> int:
        return len(self._names)


def _build(name: str) -> Any:
    from typer.main import get_command_from_info

    importlib.import_module(COMMANDS[name][0])  # its @app.command registers it on app
    info = next(info for info in app.registered_commands if info.name == name)
    return get_command_from_info(
        info, pretty_exceptions_short=app.pretty_exceptions_short, rich_markup_mode=app.rich_markup_mode
    )


class _Group(TyperGroup):
    """typer's group over :class:`_LazyCommands`: a command's module is imported when the command runs."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = _LazyCommands(self.commands)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        # The list of commands in `mtqa --help` needs their summaries, not their options: it is drawn
        # from stand-ins that carry the summary, by typer's own code, so it reads exactly as before.
        commands = self.commands
        assert isinstance(commands, _LazyCommands)
        self.commands = {name: commands.built(name) or TyperCommand(name, help=COMMANDS[name][1]) for name in commands}
        try:
            super().format_commands(ctx, formatter)
        finally:
            self.commands = commands


def _no_options() -> None:
    """The group's callback: none of its own options. Having one keeps `mtqa` a group of commands
    even when only one command has been imported."""


app = typer.Typer(
    name="mtqa",
    help="Quality checks for machine-translated articles.",
    cls=_Group,
    callback=_no_options,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help: formatting it with rich imports rich, about 0.1 s of CPU (0.25 s on a loaded
    # machine) on every `mtqa --help`, more than the whole budget (bench/cli_startup.py).
    rich_markup_mode=None,
)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a domain error into a one-line message on stderr and exit code 2."""
    try:
        yield
    except MtqaError as error:
        from mtqa.report.common import one_line

        typer.echo(f"mtqa: error: {one_line(str(error))}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None


def main(argv: list[str] | None = None) -> None:
    """Run the CLI. Usage errors (a bad option value, a missing argument) are one line on stderr and
    exit 2, like every other error, where typer would draw a box over several lines."""
    from mtqa.process import collect_less_often, end_on_termination_signals

    collect_less_often()
    end_on_termination_signals()
    escape_what_stdout_cannot_encode()
    command = typer.main.get_command(app)
    try:
        code = command.main(args=argv, prog_name="mtqa", standalone_mode=False)
    except typer.Abort:
        sys.exit(130)
    except typer.TyperException as error:  # click's UsageError and BadParameter, vendored by typer
        format_message = getattr(error, "format_message", None)
        message = format_message() if callable(format_message) else str(error)
        message += _dash_file_hint(error, sys.argv[1:] if argv is None else argv)
        from mtqa.report.common import one_line

        typer.echo(f"mtqa: error: {one_line(message)}", err=True)
        sys.exit(getattr(error, "exit_code", EXIT_BAD_INPUT))
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # the last line of defence: a one-line message, never a traceback
        _internal_error(error)
    sys.exit(code if isinstance(code, int) else EXIT_PASSED)


def escape_what_stdout_cannot_encode() -> None:
    """Print characters the standard output's encoding lacks as ``\\u2026`` escapes, as Python prints
    them on stderr, instead of failing: a Windows console (cp437, cp1252), ``PYTHONIOENCODING=ascii`` or a
    C locale made ``mtqa checks`` an internal error (UnicodeEncodeError) at its first ``…``."""
    import io

    stdout = sys.stdout
    # "surrogateescape" is what Python takes in a C or POSIX locale: it still fails on "…" in ASCII.
    if isinstance(stdout, io.TextIOWrapper) and stdout.errors in ("strict", "surrogateescape"):
        stdout.reconfigure(errors="backslashreplace")


def _internal_error(error: Exception) -> None:
    """Errors no command turned into a message: the file system's (a folder that cannot be read), the
    machine's (out of memory), or a bug. One line, exit 2; ``MTQA_TRACEBACK=1`` shows the traceback."""
    import os

    if os.environ.get("MTQA_TRACEBACK"):
        raise error
    if isinstance(error, FileNotFoundError) and not error.filename and not _working_folder_exists():
        # Only getcwd() fails so: a relative path cannot be resolved from a deleted working folder.
        message = (
            "the working folder no longer exists (deleted after the shell entered it), so relative paths "
            "cannot be found; cd to an existing folder or give absolute paths"
        )
    elif isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        message = f"{where}{error.strerror or error}"
    elif isinstance(error, MemoryError):
        message = "out of memory; the input is too large"
    else:
        message = f"internal error: {type(error).__name__}: {error} (set MTQA_TRACEBACK=1 for details; please report)"
    from mtqa.report.common import one_line

    typer.echo(f"mtqa: error: {one_line(message)}", err=True)
    sys.exit(EXIT_BAD_INPUT)


def _working_folder_exists() -> bool:
    from pathlib import Path

    try:
        Path.cwd()
    except OSError:
        return False
    return True


def _dash_file_hint(error: Exception, argv: list[str]) -> str:
    """For "No such option: -f" where the word was a file name starting with "-" (``-fr.txt``): how to
    give it."""
    import os

    option = getattr(error, "option_name", None)
    if not isinstance(option, str):
        return ""
    named = [word for word in argv if word.startswith(option) and os.path.lexists(word)]
    if not named:
        return ""
    return f" ({named[0]} is a file: put -- before file names that start with '-': mtqa check a.txt -- {named[0]})"
