"""mtqa: quality checks for machine-translated articles.

The public API::

    import mtqa

    report = mtqa.check_article("en.txt", "fr.txt", mtqa.Config(), target_lang="fr-CA")
    checker = mtqa.Checker(mtqa.Config())          # models loaded once, for many articles
    for source, target in pairs:
        report = checker.check(source, target)

Importing mtqa loads no model and no heavy library (numpy, torch, lingua): they load on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"

from mtqa.config import CheckConfig, Config, GateConfig
from mtqa.errors import (
    CheckCrashed,
    ConfigError,
    EncoderError,
    InputError,
    LanguageError,
    MtqaError,
    UsageError,
)
from mtqa.lang import Language
from mtqa.model import (
    Alignment,
    ArticleReport,
    Bead,
    CheckError,
    Document,
    Finding,
    ParagraphBead,
    Signature,
    Span,
    Summary,
)
from mtqa.pipeline import Checker, check_article

__all__ = [
    "Alignment",
    "ArticleReport",
    "Bead",
    "CheckConfig",
    "CheckCrashed",
    "CheckError",
    "Checker",
    "Config",
    "ConfigError",
    "Document",
    "EncoderError",
    "Finding",
    "GateConfig",
    "InputError",
    "Language",
    "LanguageError",
    "MtqaError",
    "ParagraphBead",
    "Signature",
    "Span",
    "Summary",
    "UsageError",
    "__version__",
    "check_article",
]
