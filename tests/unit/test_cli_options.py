"""Options shared by the commands: where reports may be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.cli.options import FALLBACK_WIDTH, check_writable, guard_outputs, stderr_console, usable_cache
from mtqa.config import Config
from mtqa.errors import UsageError


def test_a_report_under_a_file_is_refused_before_the_run(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(UsageError, match=r"cannot write the report: .*notes\.txt is a file, not a folder"):
        guard_outputs([], [tmp_path / "notes.txt" / "deeper" / "r.json"])


def test_a_report_in_a_new_folder_or_an_existing_file_is_accepted_and_nothing_is_left(tmp_path: Path) -> None:
    check_writable(tmp_path / "new" / "folder" / "r.json")
    (tmp_path / "old.json").write_text("{}", encoding="utf-8")
    check_writable(tmp_path / "old.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.json"]  # no folder made, no test file left


def test_a_report_where_no_file_can_be_made_is_refused() -> None:
    if not Path("/proc/self").is_dir():
        pytest.skip("no /proc on this system")
    with pytest.raises(UsageError, match=r"/proc/mtqa\.json: cannot write the report in /proc"):
        check_writable(Path("/proc/mtqa.json"))


def test_a_cache_folder_that_cannot_be_made_turns_the_cache_off_with_one_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    probed: dict[Path, str | None] = {}
    config = Config(cache_dir=tmp_path / "notes.txt" / "cache")
    assert usable_cache(config, probed).cache is False
    assert usable_cache(config, probed).cache is False  # a second folder of the same run: no second warning
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    assert "notes.txt/cache: cannot be made or written (Not a directory); checking without the disk cache" in lines[0]


def test_a_usable_cache_folder_is_made_and_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = Config(cache_dir=tmp_path / "new" / "cache")
    assert usable_cache(config, {}).cache is True
    assert sorted(p.name for p in (tmp_path / "new" / "cache").iterdir()) == []  # the probe file is gone
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("damage", ["cut", "noise"])
def test_a_damaged_embedding_cache_file_turns_the_cache_off_with_one_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    import sqlite3

    from mtqa.embed.cache import DATABASE_NAME

    path = tmp_path / DATABASE_NAME
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE embedding (key TEXT PRIMARY KEY, vector BLOB NOT NULL)")
        connection.executemany("INSERT INTO embedding VALUES (?, ?)", [(f"k{i}", b"\0" * 2048) for i in range(300)])
    connection.close()
    path.write_bytes(path.read_bytes()[:20_000] if damage == "cut" else bytes(range(256)) * 200)
    config, probed = Config(cache_dir=tmp_path), {}
    assert usable_cache(config, probed).cache is False
    assert usable_cache(config, probed).cache is False  # once per folder
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and f"embedding cache {path}: " in lines[0] and "without the disk cache" in lines[0]


def test_absurd_jobs_are_capped_at_four_per_core_with_a_note(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mtqa.cli.options import cap_jobs

    monkeypatch.setenv("MTQA_CORES", "2")
    assert (cap_jobs(0), cap_jobs(1), cap_jobs(8)) == (0, 1, 8)  # auto and reasonable values stay, silently
    assert capsys.readouterr().err == ""
    assert cap_jobs(1000) == 8
    note = capsys.readouterr().err.strip()
    assert note.startswith("mtqa: note: --jobs 1000: this machine has 2 usable core(s); running 8 worker processes")


@pytest.mark.parametrize(("columns", "width"), [("0", FALLBACK_WIDTH), ("5", 5), ("132", 132)])
def test_the_console_has_a_width_it_can_print_in(monkeypatch: pytest.MonkeyPatch, columns: str, width: int) -> None:
    # COLUMNS=0 gave rich a width of 0: the summary and the findings table printed nothing at all.
    monkeypatch.setenv("COLUMNS", columns)
    assert stderr_console().width == width


@pytest.mark.parametrize("name", ["bericht.md", "junit.xml", "sub/neu.json"])
def test_a_new_report_inside_an_input_folder_is_refused(tmp_path: Path, name: str) -> None:
    # Before, only an existing file there was refused: a new summary.md became an input of the next run,
    # which then refused to overwrite it, or failed --fail-on-unmatched on it.
    from mtqa.cli.options import guard_input_folders

    source, target, out = tmp_path / "de", tmp_path / "pl", tmp_path / "de" / "raporty"
    for folder in (source, target, source / "sub"):
        folder.mkdir()
    with pytest.raises(UsageError, match=r"inside the input folder .*de \(the next run would read it") as caught:
        guard_input_folders([source, target], [None, source / name])
    assert "\n" not in str(caught.value) and not (source / name).exists()
    guard_input_folders([source, target], [tmp_path / name.replace("/", "-"), out / "bericht.md"], own=out)


def _paths_through_alias_unresolved(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``Path.resolve`` see a path through the folder ``alias`` as a path of its own, as it sees a
    bind mount of a folder (or a name in other case on a case-insensitive file system)."""
    real = Path.resolve

    def resolve(self: Path, strict: bool = False) -> Path:
        absolute = self.absolute()
        return absolute if "alias" in absolute.parts else real(self, strict)

    monkeypatch.setattr(Path, "resolve", resolve)


def test_a_report_over_an_input_reached_by_another_path_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `mount --bind in alias; mtqa check in/en.txt in/fr.txt --json alias/fr.txt` replaced fr.txt by the
    # report: the refusal compared resolved paths, which differ, and not the files, which are one.
    from mtqa.cli.options import guard_input_folders

    (tmp_path / "in").mkdir()
    for name in ("en.txt", "fr.txt"):
        (tmp_path / "in" / name).write_text("Texte.\n", encoding="utf-8")
    (tmp_path / "alias").symlink_to(tmp_path / "in", target_is_directory=True)
    _paths_through_alias_unresolved(monkeypatch)
    inputs = [tmp_path / "in" / "en.txt", tmp_path / "in" / "fr.txt"]
    with pytest.raises(UsageError, match=r"alias/fr\.txt: refusing to overwrite an input file"):
        guard_outputs(inputs, [tmp_path / "alias" / "fr.txt"])
    with pytest.raises(UsageError, match=r"alias/summary\.md: refusing to write a report inside the input folder"):
        guard_input_folders([tmp_path / "in"], [tmp_path / "alias" / "summary.md"])
    guard_outputs(inputs, [tmp_path / "elsewhere.json"])  # other paths are still accepted
    guard_input_folders([tmp_path / "in"], [tmp_path / "elsewhere.json"])


def test_outputs_are_guarded_against_inputs_only_when_a_report_path_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder run with only --out gives no report path here: its thousands of inputs are not resolved
    # (0.05 s before its workers could start); with a path, an input it would overwrite is refused.
    from mtqa.cli.options import guard_outputs

    article = tmp_path / "artikel.de.txt"
    article.write_text("Hallo.", encoding="utf-8")
    resolved: list[Path] = []
    real_resolve = Path.resolve

    def counting_resolve(self: Path, strict: bool = False) -> Path:
        resolved.append(self)
        return real_resolve(self, strict=strict)

    monkeypatch.setattr(Path, "resolve", counting_resolve)
    guard_outputs([article, tmp_path / "artykul.pl.txt"], [None, None])
    assert resolved == []
    with pytest.raises(UsageError, match="refusing to overwrite an input file"):
        guard_outputs([article], [None, tmp_path / "." / "artikel.de.txt"])
    assert article in resolved
