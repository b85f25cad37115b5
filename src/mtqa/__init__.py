"""mtqa: quality checks for machine-translated articles.

The public API::

    import mtqa

    report = mtqa.check_article("en.txt", "fr.txt", mtqa.Config(), target_lang="fr-CA")
    checker = mtqa.Checker(mtqa.Config())          # models loaded once, for many articles
    for source, target in pairs:
        report = checker.check(source, target)
    comparison = mtqa.compare_engines("en.txt", {"a": "a.fr.txt", "b": "b.fr.txt"}, ["ref.fr.txt"])

Importing mtqa loads no model and no heavy library (numpy, torch, lingua): they load on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mtqa.compare.api import compare_engines
    from mtqa.compare.model import ComparisonReport
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
        ArticleEstimate,
        ArticleReport,
        Bead,
        CheckError,
        Document,
        Finding,
        ParagraphBead,
        Quality,
        Signature,
        Span,
        Summary,
    )
    from mtqa.pipeline import Checker, check_article

# The names load on first use (PEP 562): importing the config, the model and the pipeline here cost
# every `mtqa` command ~0.1 s of CPU before it parsed an option (bench/cli_startup.py).
_HOMES = {
    **dict.fromkeys(("CheckConfig", "Config", "GateConfig"), "mtqa.config"),
    **dict.fromkeys(
        ("CheckCrashed", "ConfigError", "EncoderError", "InputError", "LanguageError", "MtqaError", "UsageError"),
        "mtqa.errors",
    ),
    "Language": "mtqa.lang",
    **dict.fromkeys(
        (
            *("Alignment", "ArticleReport", "Bead", "CheckError", "Document", "Finding", "ParagraphBead"),
            *("ArticleEstimate", "Quality", "Signature", "Span", "Summary"),
        ),
        "mtqa.model",
    ),
    **dict.fromkeys(("Checker", "check_article"), "mtqa.pipeline"),
    "compare_engines": "mtqa.compare.api",
    "ComparisonReport": "mtqa.compare.model",
}


__all__ = [
    "Alignment",
    "ArticleEstimate",
    "ArticleReport",
    "Bead",
    "CheckConfig",
    "CheckCrashed",
    "CheckError",
    "Checker",
    "ComparisonReport",
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
    "Quality",
    "Signature",
    "Span",
    "Summary",
    "UsageError",
    "__version__",
    "check_article",
    "compare_engines",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'mtqa' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    # The lazily loaded names are the public API: dir(mtqa) lists them (and tab completion finds them).
    return sorted({*globals(), *__all__})
