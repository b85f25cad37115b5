"""The registry of checks: the built-in families, listed explicitly, and third-party checks registered
through the ``mtqa.checks`` entry-point group, validated alike when the registry is first built.

Adding a built-in check: write the class in its family's module (or package), list it in that
module's ``CHECKS`` tuple, and add a new family to ``BUILTIN_FAMILIES``. Nothing is discovered through
``dir()``. A third-party package exposes a check class, or a sequence of them, as an entry point::

    [project.entry-points."mtqa.checks"]
    acme = "acme_mtqa.checks:CHECKS"

Its check ids must use a family of their own (``acme.trademark``), never a built-in one. A plugin that
cannot be loaded or whose metadata is invalid is a :class:`~mtqa.errors.ConfigError` naming it: a CI
gate must not silently lose a check.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from mtqa.checks.base import REQUIREMENTS, SCOPE_METHODS, Check, CheckInfo, Scope
from mtqa.errors import ConfigError
from mtqa.model import CATEGORIES, SEVERITIES

BUILTIN_FAMILIES: tuple[str, ...] = (
    "punctuation",
    "sentence_boundary",
    "names",
    "numbers",
    "untranslated",
    "omission",
    "repetition",
    "typography",
    "terminology",
    "markup",
    "spelling",
    "polarity",
)
ENTRY_POINT_GROUP = "mtqa.checks"
_ID = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


class InvalidCheck(ConfigError):
    """A check whose declaration breaks the rules every check follows."""


@dataclass(frozen=True, eq=False)
class Registry:
    checks: Mapping[str, type[Check]]  # id -> check, built-in families first, in declaration order
    families: tuple[str, ...]
    origins: Mapping[str, str]  # id -> "mtqa" or the entry point that registered it

    def infos(self) -> list[CheckInfo]:
        return [check.info for check in self.checks.values()]


@cache
def registry() -> Registry:
    """The checks of this installation, built and validated once per process."""
    checks: dict[str, type[Check]] = {}
    origins: dict[str, str] = {}
    for family in BUILTIN_FAMILIES:
        module = importlib.import_module(f"mtqa.checks.{family}")
        for check in module.CHECKS:
            validate(check, family=family)
            _add(checks, origins, check, "mtqa")
    for origin, check in _plugin_checks():
        try:
            validate(check)
            if check.info.family in BUILTIN_FAMILIES:
                raise InvalidCheck(f"check {check.info.id} uses the built-in family {check.info.family!r}")
            _add(checks, origins, check, origin)
        except InvalidCheck as error:
            raise InvalidCheck(f"check plugin {origin}: {error}") from None
    _validate_preconditions(checks)
    families = tuple(dict.fromkeys(check.info.family for check in checks.values()))
    return Registry(checks, families, origins)


def _add(checks: dict[str, type[Check]], origins: dict[str, str], check: type[Check], origin: str) -> None:
    if check.info.id in checks:
        raise InvalidCheck(f"check id {check.info.id} is registered twice ({origins[check.info.id]} and {origin})")
    checks[check.info.id] = check
    origins[check.info.id] = origin


def _plugin_checks() -> Iterable[tuple[str, type[Check]]]:
    from importlib.metadata import entry_points

    for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        origin = f"{entry.name!r} ({entry.value})"
        try:
            loaded = entry.load()
        except Exception as error:  # a plugin's import can fail in any way; report it by name
            raise ConfigError(f"check plugin {origin} cannot be loaded: {type(error).__name__}: {error}") from None
        items = [loaded] if isinstance(loaded, type) else list(loaded) if isinstance(loaded, Iterable) else [loaded]
        for item in items:
            if not (isinstance(item, type) and issubclass(item, Check)):
                raise InvalidCheck(f"check plugin {origin}: {item!r} is not a subclass of mtqa.checks.base.Check")
            yield origin, item


def validate(check: type[Check], *, family: str | None = None) -> None:
    """Raise :class:`InvalidCheck` unless ``check`` declares complete, consistent metadata."""
    info = getattr(check, "info", None)
    if not isinstance(info, CheckInfo):
        raise InvalidCheck(f"{check.__name__} has no CheckInfo in its 'info' attribute")
    problems = _problems(check, info, family)
    if problems:
        raise InvalidCheck(f"check {info.id}: {'; '.join(problems)}")


def _problems(check: type[Check], info: CheckInfo, family: str | None) -> list[str]:
    problems = []
    if not _ID.match(info.id):
        problems.append("the id must be 'family.name' in lower case")
    if family is not None and info.family != family:
        problems.append(f"it is declared in the family module {family}")
    if info.category not in CATEGORIES:
        problems.append(f"unknown category {info.category!r}")
    if info.severity not in SEVERITIES:
        problems.append(f"unknown severity {info.severity!r}")
    if not info.description.strip() or not info.description[:1].isupper():
        problems.append("the description must be a sentence")
    if not isinstance(info.scope, Scope):
        problems.append(f"unknown scope {info.scope!r}")
    elif getattr(check, SCOPE_METHODS[info.scope]) is getattr(Check, SCOPE_METHODS[info.scope]):
        problems.append(f"scope {info.scope.value} needs the method {SCOPE_METHODS[info.scope]}")
    problems += [f"unknown requirement {r!r}" for r in info.requires if r not in REQUIREMENTS]
    problems += [
        f"language {code!r} is not a primary language subtag" for code in info.languages if not _LANGUAGE.match(code)
    ]
    if not info.failing or any(example.finds is None for example in info.failing):
        problems.append("it needs failing examples, each saying what it finds")
    if not info.passing or any(example.finds is not None for example in info.passing):
        problems.append("it needs passing examples, which find nothing")
    return problems


def _validate_preconditions(checks: Mapping[str, type[Check]]) -> None:
    for check in checks.values():
        for other in check.info.defers_to:
            if other not in checks:
                raise InvalidCheck(f"check {check.info.id} defers to the unknown check {other}")
    for check in checks.values():
        _ordered(checks, [check.info.id])  # raises on a cycle


def _ordered(checks: Mapping[str, type[Check]], ids: Iterable[str]) -> list[str]:
    """``ids`` and their preconditions, every precondition before the checks that defer to it."""
    order: list[str] = []
    visiting: set[str] = set()

    def visit(check_id: str) -> None:
        if check_id in order:
            return
        if check_id in visiting:
            raise InvalidCheck(f"checks defer to each other in a cycle through {check_id}")
        visiting.add(check_id)
        for other in checks[check_id].info.defers_to:
            visit(other)
        visiting.discard(check_id)
        order.append(check_id)

    for check_id in ids:
        visit(check_id)
    return order


def execution_order(selected: Iterable[type[Check]]) -> tuple[type[Check], ...]:
    """The selected checks and their preconditions, preconditions first (registry order otherwise).

    Checks that are not registered (a library user's own, run directly) are welcome too."""
    return _execution_order(registry(), tuple(selected))


@lru_cache(maxsize=64)
def _execution_order(current: Registry, selected: tuple[type[Check], ...]) -> tuple[type[Check], ...]:
    # Keyed by the registry too: a run asks for the same few selections once per article.
    checks = {**current.checks, **{check.info.id: check for check in selected}}
    return tuple(checks[check_id] for check_id in _ordered(checks, [check.info.id for check in selected]))


def all_checks() -> list[CheckInfo]:
    return registry().infos()


def select_checks(enable: Iterable[str] = (), disable: Iterable[str] = ()) -> list[type[Check]]:
    """Checks named by family or id in ``enable`` (all when empty), minus those in ``disable``."""
    current = registry()
    enable, disable = tuple(enable), tuple(disable)
    for name in (*enable, *disable):
        if name not in current.checks and name not in current.families:
            raise ConfigError(
                f"unknown check or family {name!r}; run 'mtqa checks' to list them "
                f"(families: {', '.join(current.families)})"
            )

    def named(check: type[Check], names: tuple[str, ...]) -> bool:
        return check.info.id in names or check.info.family in names

    selected = [
        check for check in current.checks.values() if (not enable or named(check, enable)) and not named(check, disable)
    ]
    if not selected:
        # A run of no check finds nothing and passes any gate (--fail-on minor included): refused, so that a
        # disable list (a config file in a pull request) cannot silence the gate without a word.
        raise ConfigError(
            f"every check is disabled (disabled: {', '.join(disable)}); a run would check nothing and pass any "
            "gate: enable at least one check or family"
        )
    return selected
