"""The ``mtqa`` command line: parses options, calls the library, renders, maps errors to exit codes.

Each command lives in its own module and registers itself on ``app``; those modules import nothing
heavy at import time so that ``mtqa --help`` stays fast.
"""

from __future__ import annotations

from mtqa.cli import align_cmd, check_cmd, checks_cmd, compare_cmd
from mtqa.cli.app import app, main

__all__ = ["align_cmd", "app", "check_cmd", "checks_cmd", "compare_cmd", "main"]
