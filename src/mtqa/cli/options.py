"""Options shared by several commands, declared once so their names and help stay consistent."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mtqa.errors import UsageError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import Console

    from mtqa.config import Config


def _language_tag(value: str | None) -> str | None:
    """Refuse at once a tag that names no language to check (``und``, ``x-klingon``, ``mul``, malformed):
    the run would otherwise apply no language's rules, silently."""
    if value is None:
        return None
    from mtqa.errors import LanguageError
    from mtqa.lang import Language

    try:
        Language.given(value)
    except LanguageError as error:
        raise typer.BadParameter(str(error)) from None
    return value


SourceLang = Annotated[
    str | None,
    typer.Option(
        "--source-lang",
        "-s",
        help="Source language (a BCP 47 tag: en, fr-CA, zh-Hant); detected when omitted.",
        callback=_language_tag,
    ),
]
TargetLang = Annotated[
    str | None,
    typer.Option(
        "--target-lang",
        "-t",
        help="Target language (a BCP 47 tag: en, fr-CA, zh-Hant); detected when omitted.",
        callback=_language_tag,
    ),
]
EncoderName = Annotated[
    str | None,
    typer.Option(
        "--encoder",
        "-e",
        help="Embedding model: auto (default: use-m3 for the 16 languages it was trained on, else e5-small), "
        "use-m3, fast (distilled from use-m3; en, de, fr), e5-small (about 100 languages), "
        "or st:<sentence-transformers model name or path>.",
    ),
]
ProfileName = Annotated[
    str | None,
    typer.Option(
        "--profile",
        help="The genre, for the rules that depend on it: auto (default: product where the source is laid out "
        "as a product page, else news), news, product, ui or docs (docs/profiles.md).",
    ),
]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the embedding cache.")]
ConfigPath = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="Config file (mtqa.toml or pyproject.toml with [tool.mtqa]); by default the nearest one above the target.",
        dir_okay=False,
    ),
]


def resolve_config(
    explicit: Path | None,
    near: Path,
    encoder: str | None,
    no_cache: bool,
    profile: str | None = None,
    probed: dict[Path, str | None] | None = None,
) -> Config:
    """defaults < config file < command-line options. ``probed``: cache folders already tried in this run
    (folder -> why it cannot be used, or None), so a folder run warns once."""
    from mtqa.config import find_config_file, load_config, with_profile

    config = load_config(explicit if explicit is not None else find_config_file(near))
    config = config.with_overrides(encoder=encoder, cache=False if no_cache else None)
    if profile is not None:
        config = replace(config, checks=with_profile(config.checks, profile, "--profile"))
    return usable_cache(config, {} if probed is None else probed)


def usable_cache(config: Config, probed: dict[Path, str | None]) -> Config:
    """The config, with the disk cache off (and one warning) when its folder cannot be made or written.

    Why a warning and not an error: the cache only saves time, results are the same without it, and a
    read-only home or a mistyped ``cache_dir`` in CI should not stop a check (pip and the Hugging Face hub
    do the same). Tried before any input is read, so the warning comes first, not after the whole run."""
    if not config.cache:
        return config
    import tempfile

    from mtqa.cachefile import default_cache_dir

    folder = config.cache_dir or default_cache_dir()
    if folder not in probed:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder):
                pass
            probed[folder] = None
        except OSError as error:
            probed[folder] = error.strerror or str(error)
            typer.echo(
                f"mtqa: warning: cache folder {folder}: cannot be made or written ({probed[folder]}); "
                "checking without the disk cache (fix cache_dir, or pass --no-cache to silence this)",
                err=True,
            )
        else:
            probed[folder] = _damaged_embedding_cache(folder)
    return config if probed[folder] is None else replace(config, cache=False)


def _damaged_embedding_cache(folder: Path) -> str | None:
    """Why the embedding cache file in ``folder`` cannot be read, said once as a warning; None if it can.
    A damaged file (cut short by a full disk, overwritten) only costs time, like an unwritable folder: the
    run goes on without the disk cache rather than stop every later run until someone deletes it."""
    from mtqa.cachefile import damaged
    from mtqa.embed.cache import DATABASE_NAME

    path = folder / DATABASE_NAME
    why = damaged(path)
    if why is not None:
        typer.echo(
            f"mtqa: warning: embedding cache {path}: {why}; checking without the disk cache "
            "(delete the file to rebuild it, or pass --no-cache to silence this)",
            err=True,
        )
    return why


def guard_outputs(inputs: list[Path], outputs: list[Path | None]) -> None:
    """Refuse to write a report over an input file or two reports to one path."""
    if all(output is None for output in outputs):
        return  # nothing to guard: a folder run with only --out does not resolve its thousands of inputs
    resolved_inputs = {path.resolve() for path in inputs}
    input_entries = {entry for entry in map(_entry, inputs) if entry is not None}
    seen: set[Path] = set()
    for output in outputs:
        if output is None:
            continue
        if str(output) == "-":
            # Many tools read "-" as stdout; mtqa's report options name files, so say so rather than
            # leave a file called "-" behind. stdout also carries the console summary unless --quiet.
            raise UsageError(
                "-: report options take a file path, not '-' for stdout; give a file name, or /dev/stdout "
                "together with --quiet"
            )
        resolved = output.resolve()
        if resolved in resolved_inputs or _entry(output) in input_entries - {None}:
            raise UsageError(f"{output}: refusing to overwrite an input file with a report")
        if resolved in seen:
            raise UsageError(f"{output}: two reports would be written to the same file")
        if output.is_dir():
            raise UsageError(f"{output}: is a directory; give a file path for the report")
        check_writable(output)
        seen.add(resolved)


def _identity(path: Path) -> tuple[int, int] | None:
    """The file or folder ``path`` names, as the system knows it (device, inode); None if absent."""
    try:
        status = path.stat()
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def _entry(path: Path) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The directory entry a report written at ``path`` replaces: its folder and its file, by identity.
    Paths differ where files do not: a bind mount of the input folder, a case-insensitive file system
    (``FR.txt``), so the refusal compares these, not path strings; a hard link elsewhere is another
    entry, which the report's rename replaces without touching the input."""
    try:
        parent = path.absolute().parent
    except OSError:  # a relative path from a working folder that was deleted: said elsewhere
        return None
    folder, file = _identity(parent), _identity(path)
    return None if folder is None or file is None else (folder, file)


def _within(path: Path, folder: tuple[int, int]) -> bool:
    """Whether ``path`` lies inside the folder of that identity, through whatever path reaches it."""
    try:
        parents = path.absolute().parents
    except OSError:
        return False
    return any(_identity(parent) == folder for parent in parents)


def guard_input_folders(folders: Sequence[Path], outputs: Sequence[Path | None], own: Path | None = None) -> None:
    """Refuse a report path inside an input folder. An existing file there is an article not paired yet,
    a hidden note, a file of another suffix, which a typo in a CI script would otherwise destroy (the
    inputs themselves are guarded one by one, :func:`guard_outputs`); a new file would be read as an
    input by the next run, which then reports it unmatched or refuses to overwrite it.
    ``own``: a folder of the run's own (``--out``) whose files are not read, even inside an input folder."""
    resolved = [folder.resolve() for folder in folders if folder.is_dir()]
    given_folders = [folder for folder in folders if folder.is_dir()]
    mine = own.resolve() if own is not None else None
    for output in outputs:
        if output is None:
            continue
        where = output.resolve()
        if mine is not None and where.is_relative_to(mine):
            continue
        for folder, given in zip(resolved, given_folders, strict=True):
            identity = _identity(folder)
            if not where.is_relative_to(folder) and (identity is None or not _within(output, identity)):
                continue
            if output.is_file():
                raise UsageError(
                    f"{output}: refusing to overwrite a file inside the input folder {given} with a report"
                )
            raise UsageError(
                f"{output}: refusing to write a report inside the input folder {given} (the next run would "
                "read it as an input); give a path outside it"
            )


def require_stdout(what: str) -> None:
    """Refuse, before any work, a command whose output goes to stdout when stdout is closed (``>&-``):
    Python then has no ``sys.stdout`` and every line would be dropped without a word, the run "passing"."""
    import sys

    if sys.stdout is None:
        raise UsageError(f"stdout is closed: {what} would be lost; run with stdout open or redirected to a file")


def check_writable(output: Path) -> None:
    """Refuse, before the run, a report path that cannot be written: under a file, or in a folder where no
    file can be made (read-only, /proc). Otherwise the error would come after the whole check. The test
    makes a temporary file in the nearest existing folder and removes it; folders are not made here."""
    import tempfile

    folder = output.absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise UsageError(f"{output}: cannot write the report: {folder} is a file, not a folder")
    if output.exists() and not output.is_file():
        return  # /dev/stdout, a named pipe: written through as they are
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise UsageError(f"{output}: cannot write the report in {folder} ({error.strerror or error})") from None


WORKERS_PER_CORE = 4


def cap_jobs(jobs: int, option: str = "--jobs") -> int:
    """``jobs`` (0: auto, kept), at most :data:`WORKERS_PER_CORE` per usable core, with a note when cut.

    Why a cap and not a refusal: ``--jobs 1000`` means "as parallel as you can", and the run can honour
    that. Why 4 per core: mtqa's workers are CPU-bound and each holds its own encoder (hundreds of MB), so
    past one per core they only add memory; a few per core are left for whoever wants to overlap file
    reading, and runs of fewer articles than workers start no more workers than articles anyway."""
    from mtqa.embed.threads import usable_cores

    cores = usable_cores()
    limit = WORKERS_PER_CORE * cores
    if jobs <= limit:
        return jobs
    typer.echo(
        f"mtqa: note: {option} {jobs}: this machine has {cores} usable core(s); "
        f"running {limit} worker processes ({WORKERS_PER_CORE} per core), more would only use memory",
        err=True,
    )
    return limit


def stderr_console() -> Console:
    """A rich console on stderr that can print: ``COLUMNS=0`` (some CI runners and ``script`` sessions set
    it) gives rich a width of 0, and then nothing at all was printed, neither summary nor findings. A
    width rich cannot use is taken as no width given: :data:`FALLBACK_WIDTH` columns."""
    from rich.console import Console

    console = Console(stderr=True)
    return console if console.width >= 1 else Console(stderr=True, width=FALLBACK_WIDTH)


FALLBACK_WIDTH = 80  # rich's own width when no standard stream is a terminal and COLUMNS is not set
