"""mtqa: quality checks for machine-translated articles.

The library entry points are imported lazily so that ``import mtqa`` (and ``mtqa --help``) stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from mtqa.pipeline import check_article

__all__ = ["__version__", "check_article"]


def __getattr__(name: str) -> Any:
    if name == "check_article":
        from mtqa.pipeline import check_article

        return check_article
    raise AttributeError(f"module 'mtqa' has no attribute {name!r}")
