"""Package versions for encoder signatures, read from metadata so the package itself is not imported."""

from __future__ import annotations

from importlib import metadata


def package_version(distribution: str) -> str:
    """The installed version of ``distribution``, or ``unknown`` when it is not installed."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"
