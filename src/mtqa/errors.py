"""Domain errors. ``str(error)`` is the one-line message shown to the user; the CLI maps them to exit 2."""

from __future__ import annotations


class MtqaError(Exception):
    """Base of every error mtqa raises on purpose."""


class InputError(MtqaError):
    """A file the user gave cannot be read or is not what mtqa expects."""


class ConfigError(MtqaError):
    """The configuration (file or options) is invalid."""


class EncoderError(MtqaError):
    """An embedding model cannot be loaded or run."""


class UsageError(MtqaError):
    """Options that do not make sense together."""
