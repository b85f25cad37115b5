"""The typer application and the single place where domain errors become exit codes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from mtqa.errors import MtqaError
from mtqa.report.common import one_line

EXIT_PASSED = 0
EXIT_GATE_FAILED = 1
EXIT_BAD_INPUT = 2

app = typer.Typer(
    name="mtqa",
    help="Quality checks for machine-translated articles.",
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
        typer.echo(f"mtqa: error: {one_line(str(error))}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None


def main(argv: list[str] | None = None) -> None:
    """Run the CLI. Usage errors (a bad option value, a missing argument) are one line on stderr and
    exit 2, like every other error, where typer would draw a box over several lines."""
    command = typer.main.get_command(app)
    try:
        code = command.main(args=argv, prog_name="mtqa", standalone_mode=False)
    except typer.Abort:
        sys.exit(130)
    except typer.TyperException as error:  # click's UsageError and BadParameter, vendored by typer
        format_message = getattr(error, "format_message", None)
        message = format_message() if callable(format_message) else str(error)
        typer.echo(f"mtqa: error: {one_line(message)}", err=True)
        sys.exit(getattr(error, "exit_code", EXIT_BAD_INPUT))
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # the last line of defence: a one-line message, never a traceback
        _internal_error(error)
    sys.exit(code if isinstance(code, int) else EXIT_PASSED)


def _internal_error(error: Exception) -> None:
    """Errors no command turned into a message: the file system's (a folder that cannot be read), the
    machine's (out of memory), or a bug. One line, exit 2; ``MTQA_TRACEBACK=1`` shows the traceback."""
    import os

    if os.environ.get("MTQA_TRACEBACK"):
        raise error
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        message = f"{where}{error.strerror or error}"
    elif isinstance(error, MemoryError):
        message = "out of memory; the input is too large"
    else:
        message = f"internal error: {type(error).__name__}: {error} (set MTQA_TRACEBACK=1 for details; please report)"
    typer.echo(f"mtqa: error: {one_line(message)}", err=True)
    sys.exit(EXIT_BAD_INPUT)
