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


class LanguageError(MtqaError):
    """A language tag that is not a valid BCP 47 tag, or a language mtqa cannot work with."""


class CheckCrashed(MtqaError):
    """A check raised an exception on an article: a bug in that check, reported with its name."""

    def __init__(self, check: str, article: str, error: BaseException) -> None:
        self.check = check
        self.article = article
        self.error = error
        detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        super().__init__(
            f"internal error: check {check} crashed on {article} ({detail}); "
            "rerun with --keep-going to skip it, and please report this"
        )
