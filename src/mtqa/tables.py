"""TOML tables: mtqa's package data (``mtqa/data``) and the user's config files, read by one loader.

Package data is read once per process and never changed: it is the same for every run, so caching it
outlives no article. User files are read each time they are asked for, and every failure is a
:class:`~mtqa.errors.ConfigError` naming the file.
"""

from __future__ import annotations

import codecs
import re
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

from mtqa.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def too_long_number(error: ValueError) -> str:
    """Python's refusal of an integer of more than 4,300 digits (tomllib, PyYAML and int() let it
    through as a bare ValueError), in words a user can act on instead of the interpreter's advice to
    raise the limit; any other ValueError as it is."""
    found = re.search(r"limit \((\d+) digits\).*value has (\d+) digits", str(error))
    if not found:
        return str(error)
    return f"a number of {int(found.group(2)):,} digits (at most {int(found.group(1)):,} are read)"


def _parse(handle: IO[bytes]) -> dict[str, Any]:
    return tomllib.load(handle)


@cache
def package_table(name: str) -> dict[str, Any]:
    """The TOML file ``name`` (``"names.toml"``, ``"lang/fr.toml"``) of ``mtqa/data``; ``{}`` when absent.

    Callers must not modify the result: it is shared by every caller of the process.
    """
    resource = resources.files("mtqa.data").joinpath(name)
    if not resource.is_file():
        return {}
    with resource.open("rb") as handle:
        return _parse(handle)


def user_table(path: Path) -> dict[str, Any]:
    """A user's TOML file (config), every failure a one-line :class:`ConfigError` naming the file."""
    from mtqa.io.decoding import NotRegularFileError, read_regular

    try:
        data = read_regular(path)  # a FIFO given as the config is refused, not waited on for ever
        # A UTF-8 BOM (Windows Notepad saves one) is accepted, as in every input file: TOML parsers
        # differ on it, and the file means the same without it.
        return tomllib.loads(data.removeprefix(codecs.BOM_UTF8).decode("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, not a config file") from None
    except PermissionError:
        raise ConfigError(f"{path}: permission denied") from None
    except NotRegularFileError as error:
        raise ConfigError(f"{path}: {error.strerror}; give a config file") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 (byte {error.start})") from None
    except ValueError as error:  # tomllib lets int()'s refusal of more than 4,300 digits through
        raise ConfigError(f"{path}: invalid TOML: {too_long_number(error)}") from None
    except RecursionError:  # arrays or inline tables nested a thousand deep: tomllib recurses on them
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read ({error.strerror or error})") from None
