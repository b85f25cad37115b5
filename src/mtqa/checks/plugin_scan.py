"""Whether an installed distribution may declare check plugins, answered without :mod:`importlib.metadata`.

``mtqa checks`` lists the built-in checks from a shipped index (:mod:`mtqa.checks.listing`) unless a plugin
may be installed. Asking importlib.metadata costs 30 to 50 ms of CPU on a loaded machine, most of it
importing the module (email, zipfile, csv); reading the entry-point files of the distributions on
``sys.path`` costs 2 to 3 ms. The answer errs one way only: it is True whenever importlib.metadata could
find a distribution that declares the group, so the caller then asks importlib.metadata and no plugin is
missed. It mirrors how importlib.metadata looks for distributions: the ``*.dist-info`` and ``*.egg-info``
folders (and an egg's ``EGG-INFO``) directly in each ``sys.path`` entry. Anything it does not read (a zip
file on the path, a finder of distributions other than those that search ``sys.path`` so) answers True.
"""

from __future__ import annotations

import sys
from importlib.machinery import PathFinder
from pathlib import Path

ENTRY_POINT_GROUP = "mtqa.checks"
# The finders of distributions that search sys.path as described above: the standard library's, and the
# importlib_metadata backport's, which takes the place of the former when imported (Dask imports it).
_PATH_FINDERS = {("importlib.metadata", "MetadataPathFinder"), ("importlib_metadata", "MetadataPathFinder")}


def may_declare(group: str = ENTRY_POINT_GROUP) -> bool:
    """False only when no distribution importlib.metadata can see declares entry points in ``group``."""
    if not all(_searches_the_path(finder) for finder in sys.meta_path if hasattr(finder, "find_distributions")):
        return True
    # importlib.metadata reads a section "[group]" (the line stripped of spaces, then of brackets), so any
    # file that declares the group holds these bytes.
    header = f"[{group}]".encode()
    return any(_declares(entry, header) for entry in sys.path)


def _searches_the_path(finder: object) -> bool:
    kind = finder if isinstance(finder, type) else type(finder)
    return finder is PathFinder or (kind.__module__, kind.__qualname__) in _PATH_FINDERS


def _declares(entry: str, header: bytes) -> bool:
    root = Path(entry or ".")
    try:
        children = list(root.iterdir())
    except OSError:
        return root.is_file()  # a zip or egg file: importlib.metadata looks inside it, this does not
    base_is_egg = root.name.lower().endswith(".egg")
    for child in children:
        low = child.name.lower()
        if low.endswith((".dist-info", ".egg-info")) or (base_is_egg and low == "egg-info"):
            try:
                if header in (child / "entry_points.txt").read_bytes():
                    return True
            except OSError:
                continue  # no entry points (importlib.metadata ignores the same errors)
    return False
