"""The cheap answer to "may an installed distribution declare check plugins?": never a false no."""

from __future__ import annotations

import importlib.metadata
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.checks.plugin_scan import ENTRY_POINT_GROUP, may_declare

PLUGINS = Path(__file__).parents[1] / "data" / "plugins"


def _distribution(folder: Path, entry_points: str | None) -> None:
    folder.mkdir(parents=True)
    name = folder.name.split("-")[0].split(".")[0]
    (folder / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
    if entry_points is not None:
        (folder / "entry_points.txt").write_text(entry_points, encoding="utf-8")


OnlyPath = Callable[..., None]


@pytest.fixture
def only_path(monkeypatch: pytest.MonkeyPatch) -> OnlyPath:
    """Search only these sys.path entries, for the test."""

    def use(*entries: str) -> None:
        monkeypatch.setattr(sys, "path", list(entries))

    return use


def test_no_distribution_declares_the_group(tmp_path: Path, only_path: OnlyPath) -> None:
    _distribution(tmp_path / "tool-1.0.dist-info", "[console_scripts]\ntool = tool:main\n")
    _distribution(tmp_path / "bare-2.0.dist-info", None)
    only_path(str(tmp_path), str(tmp_path / "missing"))
    assert not may_declare()


@pytest.mark.parametrize("folder", ["acme-1.0.dist-info", "Acme-1.0.DIST-INFO", "acme.egg-info"])
def test_a_distribution_that_declares_the_group(folder: str, tmp_path: Path, only_path: OnlyPath) -> None:
    _distribution(tmp_path / folder, "[console_scripts]\nx = y:z\n\n[mtqa.checks]\nacme = acme:CHECKS\n")
    only_path(str(tmp_path))
    assert may_declare()
    assert not may_declare("other.group")


def test_an_egg_on_the_path(tmp_path: Path, only_path: OnlyPath) -> None:
    _distribution(tmp_path / "acme-1.0.egg" / "EGG-INFO", "[mtqa.checks]\nacme = acme:CHECKS\n")
    only_path(str(tmp_path / "acme-1.0.egg"))
    assert may_declare()


def test_the_current_directory_for_an_empty_entry(
    tmp_path: Path, only_path: OnlyPath, monkeypatch: pytest.MonkeyPatch
) -> None:
    _distribution(tmp_path / "acme-1.0.dist-info", "[mtqa.checks]\nacme = acme:CHECKS\n")
    monkeypatch.chdir(tmp_path)
    only_path("")
    assert may_declare()


def test_a_file_on_the_path_may_hold_distributions(tmp_path: Path, only_path: OnlyPath) -> None:
    archive = tmp_path / "bundle.zip"
    archive.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip: read by importlib.metadata, not here
    only_path(str(archive))
    assert may_declare()


def test_another_finder_of_distributions(monkeypatch: pytest.MonkeyPatch) -> None:
    class Finder:
        def find_distributions(self, context: object = None) -> list[object]:
            return []

    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder()])
    assert may_declare()


def test_the_backports_finder_searches_the_path_alike(
    tmp_path: Path, only_path: OnlyPath, monkeypatch: pytest.MonkeyPatch
) -> None:
    finder = type("MetadataPathFinder", (), {"__module__": "importlib_metadata", "find_distributions": _no_dists})
    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, finder()])
    only_path(str(tmp_path))
    assert not may_declare()


def _no_dists(self: object, context: object = None) -> list[object]:
    return []


def test_the_example_plugin(only_path: OnlyPath) -> None:
    only_path(str(PLUGINS / "ok"))
    assert may_declare()


def test_every_group_installed_here() -> None:
    groups = {entry.group for dist in importlib.metadata.distributions() for entry in dist.entry_points}
    assert groups  # console_scripts at least
    assert all(may_declare(group) for group in groups)
    assert may_declare(ENTRY_POINT_GROUP) == bool(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP))


LINES = st.sampled_from(
    [
        "[mtqa.checks]",
        "[[mtqa.checks]]",
        "  [mtqa.checks]  ",
        "[ mtqa.checks ]",
        "[MTQA.checks]",
        "[mtqa.checks.extra]",
        "[console_scripts]",
        "acme = acme:CHECKS",
        "other = other.module:main [extra]",
        "# mtqa.checks",
        "",
    ]
)
FOLDERS = st.sampled_from(["acme-1.0.dist-info", "ACME-1.0.Dist-Info", "acme.egg-info", "acme-1.0.egg/EGG-INFO"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(FOLDERS, st.lists(LINES, max_size=6)), min_size=1, max_size=3))
def test_never_no_where_importlib_metadata_finds_entry_points(
    distributions: list[tuple[str, list[str]]],
) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        path = [str(root)]
        for number, (folder, lines) in enumerate(distributions):
            where = root / f"d{number}" / folder
            _distribution(where, "\n".join(lines) + "\n")
            path.append(str(where.parent))  # the folder that holds the .dist-info, or the .egg
        saved = sys.path
        sys.path = path
        try:
            found = bool(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP))
            assert may_declare() or not found
        finally:
            sys.path = saved
