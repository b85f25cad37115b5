"""The one TOML loader: package data and user files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mtqa.errors import ConfigError
from mtqa.tables import package_table, user_table


def test_package_tables() -> None:
    assert "exonym" in package_table("names.toml")
    assert package_table("lang/no-such-language.toml") == {}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[gate\n", "invalid TOML"),
        (b"\xff\xfe", "not UTF-8"),
        (None, "config file not found"),
        # tomllib recurses once per level: 2,000 nested arrays or inline tables were a RecursionError
        (b"a = " + b"[" * 2000 + b"]" * 2000 + b"\n", "invalid TOML: nested too deeply"),
        (b"a = " + b"{b = " * 2000 + b"}" * 2000 + b"\n", "invalid TOML: nested too deeply"),
    ],
)
def test_user_tables_fail_with_one_line_naming_the_file(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "mtqa.toml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ConfigError, match=message) as caught:
        user_table(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_a_folder_is_not_a_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is a directory"):
        user_table(tmp_path)


def test_a_user_file_saved_with_a_utf8_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mtqa.toml"
    path.write_bytes(b'\xef\xbb\xbfencoder = "fast"\n[gate]\nfail_under = 50\n')
    assert user_table(path) == {"encoder": "fast", "gate": {"fail_under": 50}}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_given_as_a_config_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "mtqa.toml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match=r"mtqa\.toml: not a regular file"):
        user_table(fifo)


@pytest.mark.parametrize("key", ["[input]\nmax_size", "[gate]\nfail_under", "[gate.max_findings]\nname"])
def test_a_number_too_long_for_python_is_a_config_error_not_a_crash(tmp_path: Path, key: str) -> None:
    # tomllib lets int()'s refusal of more than 4,300 digits through as a bare ValueError: "internal error".
    path = tmp_path / "mtqa.toml"
    path.write_text(f"{key} = {'7' * 5000}\n", encoding="utf-8")
    with pytest.raises(
        ConfigError, match=r"mtqa\.toml: invalid TOML: a number of 5,000 digits \(at most 4,300 are read\)"
    ):
        user_table(path)
