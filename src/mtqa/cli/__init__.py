"""The ``mtqa`` command line: parses options, calls the library, renders, maps errors to exit codes.

Each command lives in its own module (listed in :data:`mtqa.cli.app.COMMANDS`), imported only when the
command runs, and registers itself on ``app``; those modules import nothing heavy at import time either,
so that ``mtqa --help`` stays fast.
"""

from __future__ import annotations

from mtqa.cli.app import app, main

__all__ = ["app", "main"]
