"""The explicit list of checks, validated once when this module is imported, and the runner.

Adding a check: write the class in its family's module, list it in that module's ``CHECKS`` tuple,
and add the module to ``_FAMILIES`` below. Nothing is discovered implicitly.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType

from mtqa.checks import (
    markup,
    names,
    numbers,
    omission,
    punctuation,
    repetition,
    sentence_boundary,
    terminology,
    typography,
    untranslated,
)
from mtqa.checks.base import Check, CheckContext, CheckInfo
from mtqa.errors import ConfigError
from mtqa.model import CATEGORIES, SEVERITIES, Finding

_FAMILIES: tuple[ModuleType, ...] = (
    punctuation,
    sentence_boundary,
    names,
    numbers,
    untranslated,
    omission,
    repetition,
    typography,
    terminology,
    markup,
)


def _collect() -> dict[str, type[Check]]:
    registry: dict[str, type[Check]] = {}
    for module in _FAMILIES:
        family = module.__name__.rsplit(".", 1)[-1]
        for check in module.CHECKS:
            info = check.info
            if info.family != family:
                raise RuntimeError(f"check {info.id} is declared in family module {family}")
            if info.id in registry:
                raise RuntimeError(f"check id {info.id} is registered twice")
            if info.category not in CATEGORIES or info.severity not in SEVERITIES:
                raise RuntimeError(f"check {info.id} has an unknown category or severity")
            if not info.description.strip():
                raise RuntimeError(f"check {info.id} has no description")
            registry[info.id] = check
    return registry


REGISTRY: dict[str, type[Check]] = _collect()
FAMILIES: tuple[str, ...] = tuple(module.__name__.rsplit(".", 1)[-1] for module in _FAMILIES)


def all_checks() -> list[CheckInfo]:
    return [check.info for check in REGISTRY.values()]


def select_checks(enable: Iterable[str] = (), disable: Iterable[str] = ()) -> list[type[Check]]:
    """Checks named by family or id in ``enable`` (all when empty), minus those in ``disable``."""
    enable, disable = tuple(enable), tuple(disable)
    for name in (*enable, *disable):
        if name not in REGISTRY and name not in FAMILIES:
            raise ConfigError(
                f"unknown check or family {name!r}; run 'mtqa checks' to list them (families: {', '.join(FAMILIES)})"
            )

    def named(check: type[Check], names: tuple[str, ...]) -> bool:
        return check.info.id in names or check.info.family in names

    return [check for check in REGISTRY.values() if (not enable or named(check, enable)) and not named(check, disable)]


def run_checks(context: CheckContext, checks: Iterable[type[Check]] | None = None) -> tuple[Finding, ...]:
    """Run the checks (by default those selected by the context's config) and sort their findings."""
    if checks is None:
        checks = select_checks(context.config.enable, context.config.disable)
    findings: set[Finding] = set()
    for check in checks:
        if check.info.applies_to(context.target.lang):
            findings.update(check().run(context))
    return tuple(sorted(findings, key=Finding.sort_key))
