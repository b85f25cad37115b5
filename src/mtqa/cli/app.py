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
)


def one_line(text: str) -> str:
    """``text`` with every control character escaped (``\\n``, ``\\x1b``): a message printed to a terminal
    stays one line, and text from a file name or an article cannot move the cursor or recolour it."""
    return "".join(_escape(character) for character in text)


def _escape(character: str) -> str:
    if character.isprintable() or character == " ":
        return character
    escaped = repr(character)[1:-1]
    return escaped if escaped != character else f"\\u{ord(character):04x}"


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a domain error into a one-line message on stderr and exit code 2."""
    try:
        yield
    except MtqaError as error:
        typer.echo(f"mtqa: error: {one_line(str(error))}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover
        sys.exit(130)
