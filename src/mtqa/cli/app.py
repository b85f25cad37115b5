"""The typer application and the single place where domain errors become exit codes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from mtqa.errors import MtqaError

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
        typer.echo(f"mtqa: error: {error}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover
        sys.exit(130)
