"""Engine comparison: several translations of the same source, metrics, significance, ranking.

``mtqa.compare.compare_engines(...) -> ComparisonReport``; imported lazily so that ``import mtqa``
and ``mtqa --help`` stay fast (numpy and sacrebleu load only when a comparison runs).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mtqa.compare.api import compare_engines
    from mtqa.compare.inputs import EngineSpec, parse_engine
    from mtqa.compare.model import ComparisonReport
    from mtqa.compare.significance import settings as significance_settings

_EXPORTS = {
    "compare_engines": ("api", "compare_engines"),
    "EngineSpec": ("inputs", "EngineSpec"),
    "parse_engine": ("inputs", "parse_engine"),
    "ComparisonReport": ("model", "ComparisonReport"),
    "significance_settings": ("significance", "settings"),
}

__all__ = ["ComparisonReport", "EngineSpec", "compare_engines", "parse_engine", "significance_settings"]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'mtqa.compare' has no attribute {name!r}")
    module, attribute = _EXPORTS[name]
    return getattr(importlib.import_module(f"mtqa.compare.{module}"), attribute)
