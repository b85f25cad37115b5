"""Meta-tests of the check registry (the failing/passing example rule is enforced in conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.checks.registry import FAMILIES, REGISTRY, all_checks, select_checks
from mtqa.errors import ConfigError
from mtqa.model import CATEGORIES, SEVERITIES

UNIT = Path(__file__).parent


@pytest.mark.parametrize("info", all_checks(), ids=lambda i: i.id)
def test_every_check_declares_its_metadata(info) -> None:  # type: ignore[no-untyped-def]
    assert info.description.strip() and info.description[0].isupper()
    assert info.severity in SEVERITIES
    assert info.category in CATEGORIES
    assert info.id.startswith(f"{info.family}.") and info.family in FAMILIES


@pytest.mark.parametrize("info", all_checks(), ids=lambda i: i.id)
def test_every_check_is_named_in_its_family_test_file(info) -> None:  # type: ignore[no-untyped-def]
    test_file = UNIT / f"test_checks_{info.family}.py"
    assert test_file.is_file(), f"{test_file.name} is missing"
    assert info.id in test_file.read_text(encoding="utf-8")


def test_every_family_has_checks() -> None:
    assert {info.family for info in all_checks()} == set(FAMILIES)


def test_selection_by_family_and_id() -> None:
    first = next(iter(REGISTRY.values())).info
    only_family = select_checks(enable=[first.family])
    assert only_family and all(c.info.family == first.family for c in only_family)
    assert first.id not in [c.info.id for c in select_checks(disable=[first.id])]
    assert len(select_checks()) == len(REGISTRY)


def test_unknown_names_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="unknown check or family"):
        select_checks(enable=["no_such_family"])
