"""Meta-tests of the check registry: metadata, declared examples, selection and validation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import ClassVar

import pytest

from mtqa.checks.base import Check, CheckInfo, Scope, fails, passes
from mtqa.checks.examples import verify_examples
from mtqa.checks.registry import (
    BUILTIN_FAMILIES,
    InvalidCheck,
    all_checks,
    execution_order,
    registry,
    select_checks,
    validate,
)
from mtqa.embed.base import Encoder
from mtqa.errors import ConfigError
from mtqa.model import CATEGORIES, SEVERITIES
from tests.checks_helpers import identifier

UNIT = Path(__file__).parent


@cache
def encoder() -> Encoder:
    from mtqa.embed import get_encoder

    return get_encoder("use-m3", cache=False)


@pytest.mark.parametrize("info", all_checks(), ids=lambda i: i.id)
def test_every_check_declares_its_metadata(info: CheckInfo) -> None:
    assert info.description.strip() and info.description[0].isupper()
    assert info.severity in SEVERITIES
    assert info.category in CATEGORIES
    assert info.id.startswith(f"{info.family}.") and info.family in registry().families
    assert info.failing and info.passing


@pytest.mark.parametrize("check", list(registry().checks.values()), ids=lambda c: c.info.id)
def test_every_check_behaves_as_its_examples_say(check: type[Check]) -> None:
    # The examples run as mtqa runs them: with the default encoder, beads scored by it.
    assert verify_examples([check], encoder=encoder(), identifier=identifier()) == []


@pytest.mark.parametrize("info", all_checks(), ids=lambda i: i.id)
def test_every_check_is_named_in_its_family_test_file(info: CheckInfo) -> None:
    test_file = UNIT / f"test_checks_{info.family}.py"
    assert test_file.is_file(), f"{test_file.name} is missing"
    assert info.id in test_file.read_text(encoding="utf-8")


def test_every_family_has_checks() -> None:
    assert {info.family for info in all_checks()} == set(BUILTIN_FAMILIES)


def test_selection_by_family_and_id() -> None:
    first = next(iter(registry().checks.values())).info
    only_family = select_checks(enable=[first.family])
    assert only_family and all(c.info.family == first.family for c in only_family)
    assert first.id not in [c.info.id for c in select_checks(disable=[first.id])]
    assert len(select_checks()) == len(registry().checks)


def test_unknown_names_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="unknown check or family"):
        select_checks(enable=["no_such_family"])


def test_preconditions_run_first_even_when_not_selected() -> None:
    names_missing = registry().checks["names.missing"]
    order = [check.info.id for check in execution_order([names_missing])]
    assert order == ["omission.short_translation", "names.missing"]


class _Declared(Check):
    info: ClassVar[CheckInfo] = CheckInfo(
        id="acme.shouting",
        category="custom",
        severity="minor",
        description="Text in capitals.",
        scope=Scope.SENTENCE,
        failing=(fails("Hello.", "BONJOUR.", finds="BONJOUR."),),
        passing=(passes("Hello.", "Bonjour."),),
    )

    def check_sentence(self, context, pair):  # type: ignore[no-untyped-def]
        return []


def _with(**changes: object) -> type[Check]:
    from dataclasses import replace

    return type("Changed", (_Declared,), {"info": replace(_Declared.info, **changes)})


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"id": "NoFamily"}, "'family.name'"),
        ({"category": "style"}, "unknown category"),
        ({"severity": "blocker"}, "unknown severity"),
        ({"description": ""}, "sentence"),
        ({"scope": Scope.DOCUMENT}, "needs the method check_document"),
        ({"requires": ("gpu",)}, "unknown requirement"),
        ({"languages": ("French",)}, "primary language subtag"),
        ({"failing": ()}, "failing examples"),
        ({"passing": (fails("a", "b", finds="b"),)}, "passing examples"),
    ],
)
def test_validation_names_what_is_wrong(changes: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidCheck, match=message):
        validate(_with(**changes))


def test_a_valid_declaration_passes_validation() -> None:
    validate(_Declared)


PLUGINS = Path(__file__).parents[1] / "data" / "plugins"


@pytest.fixture
def plugin_path(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], None]]:
    """Make a plugin distribution importable and visible to entry-point discovery, then forget it."""

    def add(folder: Path) -> None:
        monkeypatch.syspath_prepend(str(folder))
        registry.cache_clear()

    yield add
    registry.cache_clear()


def test_a_plugin_registers_through_its_entry_point(plugin_path: Callable[[Path], None]) -> None:
    plugin_path(PLUGINS / "ok")
    current = registry()
    assert "example.trademark" in current.checks and current.families[-1] == "example"
    assert current.origins["example.trademark"] == "'example' (mtqa_example_plugin:CHECKS)"
    assert verify_examples([current.checks["example.trademark"]]) == []


def _write_plugin(folder: Path, module: str, body: str) -> None:
    (folder / f"{module}.py").write_text(body, encoding="utf-8")
    dist = folder / f"{module}-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(f"[mtqa.checks]\n{module} = {module}:CHECKS\n", encoding="utf-8")


def test_a_plugin_may_not_use_a_builtin_family(tmp_path: Path, plugin_path: Callable[[Path], None]) -> None:
    body = (
        "from dataclasses import replace\n"
        "from mtqa.checks.punctuation import StrayPunctuation as stray\n"
        "CHECKS = [type('Copy', (stray,), {'info': replace(stray.info, id='punctuation.copy')})]\n"
    )
    _write_plugin(tmp_path, "sneaky", body)
    plugin_path(tmp_path)
    with pytest.raises(InvalidCheck, match=r"check plugin 'sneaky'.*built-in family 'punctuation'"):
        registry()


def test_a_plugin_that_cannot_load_is_named(tmp_path: Path, plugin_path: Callable[[Path], None]) -> None:
    _write_plugin(tmp_path, "broken", "import no_such_module\nCHECKS = []\n")
    plugin_path(tmp_path)
    with pytest.raises(ConfigError, match=r"check plugin 'broken' .* cannot be loaded: ModuleNotFoundError"):
        registry()


def test_a_selection_that_leaves_no_check_is_refused() -> None:
    # Before, disabling every family ran no check and passed --fail-on minor without a word.
    from mtqa.checks.registry import registry, select_checks
    from mtqa.errors import ConfigError

    families = tuple(registry().families)
    with pytest.raises(ConfigError, match=r"^every check is disabled .* pass any gate") as caught:
        select_checks(disable=families)
    assert "\n" not in str(caught.value)
    with pytest.raises(ConfigError, match="every check is disabled"):
        select_checks(enable=("numbers",), disable=("numbers",))
    assert select_checks(disable=families[1:])  # one family left: a run
