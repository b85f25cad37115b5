"""mtqa check's options: contradictions refused before anything runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.cli.app import main


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--enable", "names", "--disable", "names"], "--enable names and --disable names: the check cannot be both"),
        (
            ["--enable", "numbers.mismatch", "--disable", "numbers"],
            "--enable numbers.mismatch and --disable numbers: the check cannot be both",
        ),
    ],
)
def test_a_check_both_enabled_and_disabled_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    (tmp_path / "en.txt").write_text("The port opened in 2021.\n", encoding="utf-8")
    (tmp_path / "de.txt").write_text("Der Hafen wurde 2021 eröffnet.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as caught:
        main(
            [
                "check",
                str(tmp_path / "en.txt"),
                str(tmp_path / "de.txt"),
                "-s",
                "en",
                "-t",
                "de",
                "-e",
                "fast",
                *options,
            ]
        )
    error = capsys.readouterr().err
    assert caught.value.code == 2 and error.splitlines() == [f"mtqa: error: {message}; give it to one of them"]


def test_a_family_enabled_with_one_of_its_checks_disabled_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "en.txt").write_text("The port opened in 2021.\n", encoding="utf-8")
    (tmp_path / "de.txt").write_text("Der Hafen wurde 2021 eröffnet.\n", encoding="utf-8")
    arguments = [str(tmp_path / "en.txt"), str(tmp_path / "de.txt"), "-s", "en", "-t", "de", "-e", "fast", "-q"]
    with pytest.raises(SystemExit) as caught:
        main(["check", *arguments, "--no-cache", "--enable", "numbers", "--disable", "numbers.mismatch"])
    assert caught.value.code == 0, capsys.readouterr().err


@pytest.mark.parametrize(
    ("config", "options", "message"),
    [
        # The config enables, the command line disables the family: nothing would run.
        ('[checks]\nenable = ["names"]\n', ["--disable", "names"], "[checks] enable names and --disable names"),
        # The command line enables a check of a family the config disables.
        (
            '[checks]\ndisable = ["numbers"]\n',
            ["--enable", "numbers.mismatch"],
            "--enable numbers.mismatch and {config}: [checks] disable numbers",
        ),
    ],
)
def test_a_check_enabled_by_one_of_config_and_options_and_disabled_by_the_other_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str, options: list[str], message: str
) -> None:
    (tmp_path / "en.txt").write_text("The port opened in 2021.\n", encoding="utf-8")
    (tmp_path / "de.txt").write_text("Der Hafen wurde 2021 eröffnet.\n", encoding="utf-8")
    (tmp_path / "mtqa.toml").write_text(config, encoding="utf-8")
    arguments = [str(tmp_path / "en.txt"), str(tmp_path / "de.txt"), "-s", "en", "-t", "de", "-e", "fast", "-q"]
    with pytest.raises(SystemExit) as caught:
        main(["check", *arguments, "-c", str(tmp_path / "mtqa.toml"), *options])
    error = capsys.readouterr().err
    assert caught.value.code == 2
    assert message.format(config=tmp_path / "mtqa.toml") in error and len(error.splitlines()) == 1
