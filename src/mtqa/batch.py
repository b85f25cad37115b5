"""Folders of articles and manifests: pair source and translated files, name their reports.

Pairing rules (two folders, ``mtqa check SRC_DIR TGT_DIR``), in this order:

1. **Same relative path**: ``en/news/a.txt`` pairs with ``fr/news/a.txt`` (``mtqa check content/en
   content/fr``); then, for the files left, the same path in another format (``en/a.md`` with
   ``fr/a.html``), so ``a.txt`` and ``a.md`` in both folders make two pairs. A file's name is never read
   as a language code here: ``new.txt`` pairs with ``new.txt``.
2. **A language marker the layout shows**, for the files left: ``story.en.md`` with ``story.fr.md``, or
   ``article/en.txt`` with ``article/fr.txt``. A marker counts only when it is a valid language tag and
   every file of that folder that has one has the same one (all sources ``.en``, all translations
   ``.fr``), and a file named after its language only inside an article folder, whose name is then the
   article's. Two files ``new.txt`` and ``fur.txt`` (Newari and Friulian codes) are therefore articles,
   not languages.

One folder (``mtqa check corpora corpora``): each article folder holds one file per language
(``a/en.txt``, ``a/fr.txt``, or ``a.en.md`` and ``a.fr.md`` side by side); the direction comes from the
folder's ``gold.json`` (``source``/``target`` file names, which must stay inside the folder) when there
is one, else from ``--source-lang`` and ``--target-lang``. With ``--target-lang fr`` the translation is
the file marked ``fr`` (or, when there is none, the one file marked ``fr-CA``, ``fr-FR`` ...), never a
file marked with another language: an article with only ``a.en.md`` and ``a.de.md`` has no French
translation, so its source is unmatched. Files marked with a language that is neither the source's nor
the target's (``a.de.md`` in an en→fr run) are not part of the run: they are left out, not listed.
Without ``--target-lang`` an article needs exactly two files, its source and one translation.

A folder of bilingual files (``mtqa check exports/``): every XLIFF, TMX, PO or CSV/TSV/JSONL file in it is
an article; monolingual articles there have no partner.

Hidden files and folders (a name starting with ``.``: ``.git``, an editor's backups) are not articles,
nor is anything under the run's ``--out`` folder when it lies inside an input folder, nor anything in a
report folder of an earlier run (a folder holding a run record, ``.mtqa-run.json``): the reports would
otherwise come back as articles without a partner. A target folder inside the source folder (``mtqa
check en en/fr``) is not part of the source.

Every file that finds no partner is **unmatched**: the CLI counts it in the summary, lists it in the
index and in JUnit, and ``--fail-on-unmatched`` fails the run on it.

Report names (:func:`report_names`) come from the pairing key, made safe and unique: no hidden or
empty names, none that collides with another (case-insensitively) or with ``index.html``.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar, overload

from mtqa.errors import InputError, LanguageError, UsageError

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")
_LANG = r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*"
_LANG_STEM = re.compile(rf"^{_LANG}$")
_LANG_INFIX = re.compile(rf"^(?P<base>.+)\.(?P<lang>{_LANG})$")
_RESERVED = frozenset({"index"})
_MAX_NAME = 120
# File systems count a name's bytes (255 on ext4, APFS, NTFS in UTF-16 units): a report name leaves room
# for "-2", ".html" and the temporary file's ".NAME.xxxxxxxx.tmp" (mtqa.report.json_report.write_atomic).
_MAX_NAME_BYTES = 200

T = TypeVar("T")


@dataclass(frozen=True)
class ArticlePair:
    name: str  # the pairing key (a relative path without suffix), used to name the article's reports
    source: Path
    target: Path
    source_lang: str | None = None
    target_lang: str | None = None
    bilingual: bool = False  # one file holds both sides (XLIFF, TMX, PO, CSV ...): ``source`` is ``target``


class IndexedSequence(Sequence[T]):
    """A sequence whose items are made from their position when read (``__len__`` and ``_item`` given by a
    subclass): what a run holds per article, kept in a compact form, read one item at a time."""

    __slots__ = ()

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._item(position) for position in range(len(self))[index]]
        return self._item(range(len(self))[index])  # range: the same IndexError and negative indices as a list

    def __iter__(self) -> Iterator[T]:
        return (self._item(position) for position in range(len(self)))

    def _item(self, position: int) -> T:
        raise NotImplementedError


class PackedStrings(IndexedSequence[str]):
    """Strings kept end to end in one string, each cut out when read.

    A folder run holds a few strings per article (its pair's name and paths, its report name) from start to
    end. Kept as separate objects, they are made among the many more that reading the folders makes and
    drops (``Path`` objects, their parts, sort keys), and the freed memory around them cannot go back to
    the system: at its 300th article a 10,000-article run held 20 MiB more than a 1,000-article one, 2.5
    MiB once packed (the list of input paths no longer kept either). One string and one array of ends is
    two blocks, whatever the number of articles."""

    __slots__ = ("_ends", "_text")

    def __init__(self, strings: Iterable[str]) -> None:
        ends, parts, end = array("q"), [], 0
        for string in strings:
            parts.append(string)
            end += len(string)
            ends.append(end)
        self._text = "".join(parts)
        self._ends = ends

    def __len__(self) -> int:
        return len(self._ends)

    def _item(self, position: int) -> str:
        return self._text[self._ends[position - 1] if position else 0 : self._ends[position]]


class PairList(IndexedSequence[ArticlePair]):
    """A run's pairs, packed (:class:`PackedStrings`); each :class:`ArticlePair` is made when read."""

    __slots__ = ("_fields", "_flags")
    _FIELDS = 5  # name, source, target, source language, target language
    _SOURCE_LANG, _TARGET_LANG, _BILINGUAL = 1, 2, 4  # flags: a language is given; one bilingual file

    def __init__(self, pairs: Iterable[ArticlePair]) -> None:
        flags = array("B")

        def fields(pair: ArticlePair) -> tuple[str, str, str, str, str]:
            flags.append(
                (self._SOURCE_LANG if pair.source_lang is not None else 0)
                | (self._TARGET_LANG if pair.target_lang is not None else 0)
                | (self._BILINGUAL if pair.bilingual else 0)
            )
            return pair.name, str(pair.source), str(pair.target), pair.source_lang or "", pair.target_lang or ""

        self._fields = PackedStrings(field for pair in pairs for field in fields(pair))
        self._flags = flags

    def __len__(self) -> int:
        return len(self._flags)

    def _item(self, position: int) -> ArticlePair:
        name, source, target, source_lang, target_lang = self._fields[
            position * self._FIELDS : (position + 1) * self._FIELDS
        ]
        flags = self._flags[position]
        return ArticlePair(
            name,
            Path(source),
            Path(target),
            source_lang if flags & self._SOURCE_LANG else None,
            target_lang if flags & self._TARGET_LANG else None,
            bool(flags & self._BILINGUAL),
        )


@dataclass(frozen=True)
class Pairing:
    pairs: PairList
    unmatched: tuple[Path, ...]
    bad_rows: tuple[tuple[str, str], ...] = ()  # (where, message) of manifest rows naming no usable article


@dataclass(frozen=True)
class _Marked:
    """A file, its path relative to its folder, and the language marker its name may carry."""

    path: Path
    relative: PurePosixPath
    key: str  # the relative path without suffix and marker
    lang: str | None


def _articles(folder: Path, exclude: Path | Sequence[Path] | None) -> list[Path]:
    return _files(folder, ARTICLE_SUFFIXES, exclude)


RUN_RECORD = ".mtqa-run.json"
"""The run record a folder run writes in ``--out`` (:mod:`mtqa.parallel.resume`): it marks a report folder."""


def _files(folder: Path, suffixes: Sequence[str], exclude: Path | Sequence[Path] | None) -> list[Path]:
    """The files under ``folder`` with these suffixes, but not hidden ones (``.git``, an editor's
    ``.backup/``), nor those under ``exclude`` (the run's ``--out`` folder, the other input folder when it
    lies inside this one), nor those of a report folder of an earlier run (one holding a run record):
    mtqa's own reports are not articles."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    resolved = folder.resolve()
    excluded = [exclude] if isinstance(exclude, Path) else list(exclude or ())
    # An excluded folder that holds the whole input folder (--out) is refused later, with a reason.
    skipped = [path.resolve() for path in excluded if not resolved.is_relative_to(path.resolve())]
    try:
        entries = list(_walk(folder))
        skipped += [path.parent.resolve() for path in entries if path.name == RUN_RECORD and path.parent != folder]
        return sorted(
            path
            for path in entries
            if path.suffix.lower() in suffixes
            and not _hidden(path.relative_to(folder))
            and not (skipped and _inside_any(path.resolve(), skipped))
            and path.is_file()
        )
    except OSError as error:
        raise InputError(f"{error.filename or folder}: cannot list the folder ({error.strerror or error})") from None


def _walk(folder: Path) -> Iterator[Path]:
    """Every entry under ``folder``, links to folders not entered and hidden folders not entered (their
    files are never articles). A folder that cannot be read is an error: ``Path.rglob`` skipped it without
    a word, and the articles in it were reported as files without a counterpart, the run passing."""

    def fail(error: OSError) -> None:
        raise error

    for top, folders, files in os.walk(folder, onerror=fail):
        folders[:] = [name for name in folders if not name.startswith(".")]
        here = Path(top)
        yield from (here / name for name in (*folders, *files))


def _inside_any(path: Path, places: Sequence[Path]) -> bool:
    # The path is resolved once for all the places (a file system walk per call), not once per place.
    return any(path.is_relative_to(place) for place in places)


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def bilingual_files(folder: Path, *, exclude: Path | None = None) -> Pairing:
    """Every bilingual file under ``folder`` (``mtqa check FOLDER``) as an article of its own, named by its
    relative path without the suffix. Monolingual articles found there need a partner folder, so they are
    unmatched: listed, not silently dropped."""
    from mtqa.io import BILINGUAL_SUFFIXES

    files = _files(folder, BILINGUAL_SUFFIXES, exclude)
    names = [PurePosixPath(path.relative_to(folder).as_posix()).with_suffix("").as_posix() for path in files]
    pairs = PairList(ArticlePair(name, path, path, bilingual=True) for name, path in zip(names, files, strict=True))
    return Pairing(pairs, tuple(_articles(folder, exclude)))


def _marker(relative: PurePosixPath) -> tuple[str, str | None]:
    """The key and the language marker of a relative path (None when the name carries none)."""
    stem = relative.name[: -len(relative.suffix)] if relative.suffix else relative.name
    parent = relative.parent.as_posix()
    if parent != "." and _LANG_STEM.match(stem) and _valid(stem):
        return parent, _normal(stem)
    infix = _LANG_INFIX.match(stem)
    if infix and _valid(infix["lang"]):
        base = infix["base"] if parent == "." else f"{parent}/{infix['base']}"
        return base, _normal(infix["lang"])
    return (stem if parent == "." else f"{parent}/{stem}"), None


def _valid(tag: str) -> bool:
    from mtqa.lang import Language

    try:
        return Language.parse(tag).known
    except LanguageError:
        return False


def _normal(tag: str) -> str:
    from mtqa.lang import Language

    return Language.parse(tag).tag


def _marked(folder: Path, exclude: Path | Sequence[Path] | None) -> list[_Marked]:
    files = []
    for path in _articles(folder, exclude):
        # NFC: macOS writes names decomposed ("cafe\u0301.txt"), other systems and zip tools composed; the
        # two are one name to the user, so they pair.
        relative = PurePosixPath(unicodedata.normalize("NFC", path.relative_to(folder).as_posix()))
        key, lang = _marker(relative)
        files.append(_Marked(path, relative, key, lang))
    return files


def pair_articles(
    source_dir: Path,
    target_dir: Path,
    source_lang: str | None = None,
    *,
    exclude: Path | None = None,
    target_lang: str | None = None,
) -> Pairing:
    """Pair the articles of two folders (or of one folder of article folders); see the module docstring.
    Files under ``exclude`` and hidden files are not articles."""
    if source_dir.resolve() == target_dir.resolve():
        return _pair_within(source_dir, source_lang, exclude, target_lang)
    # A folder inside the other (``mtqa check en en/fr``) is not read as part of it.
    outs = [exclude] if exclude is not None else []
    sources, targets = _marked(source_dir, [*outs, target_dir]), _marked(target_dir, [*outs, source_dir])
    pairs: list[ArticlePair] = []
    left, rest = sources, targets
    # The exact name first (en/a.md with fr/a.md even when fr/a.txt is there too), then the same name in
    # another format (en/a.md with fr/a.html).
    for exact in (True, False):
        by_key: dict[str, _Marked] = {}
        for file in rest:
            by_key.setdefault(_pairing_key(file, exact), file)
        unpaired = []
        for file in left:
            partner = by_key.pop(_pairing_key(file, exact), None)
            if partner is None:
                unpaired.append(file)
            else:
                pairs.append(ArticlePair(file.relative.with_suffix("").as_posix(), file.path, partner.path))
        taken = {pair.target for pair in pairs}
        left, rest = unpaired, [file for file in rest if file.path not in taken]
    source_marker, target_marker = _layout_marker(left, source_lang), _layout_marker(rest, target_lang)
    if source_marker and target_marker:
        # Files marked with a third language (fr/a.de.md next to fr/a.fr.md) are not this run's articles.
        left = [file for file in left if not _other_language(file.lang, source_marker, target_marker)]
        rest = [file for file in rest if not _other_language(file.lang, source_marker, target_marker)]
        by_marker = {file.key: file for file in rest if file.lang == target_marker}
        for file in list(left):
            partner = by_marker.pop(file.key, None) if file.lang == source_marker else None
            if partner is not None:
                left.remove(file)
                rest.remove(partner)
                pairs.append(ArticlePair(file.key, file.path, partner.path, source_marker, target_marker))
    # A counterpart that exists but is no file (a FIFO, a device, a socket, a folder named a.txt) is bad
    # input, reported as such (exit 2), not "unmatched": that would send the user looking for a missing
    # file. It is not opened: a FIFO nobody writes to would block the run.
    bad_rows: list[tuple[str, str]] = []
    for files, other in ((left, target_dir), (rest, source_dir)):
        for file in list(files):
            kind = _special_kind(other / file.relative.as_posix())
            if kind is not None:
                files.remove(file)
                where = other / file.relative.as_posix()
                bad_rows.append((str(where), f"{where}: not a regular file ({kind}); save the text to a file"))
    unmatched = sorted(file.path for file in (*left, *rest))
    return Pairing(PairList(sorted(pairs, key=lambda p: p.name)), tuple(unmatched), tuple(sorted(bad_rows)))


def _special_kind(path: Path) -> str | None:
    """What a path that exists but is no regular file is (None for a file, or nothing there)."""
    import stat

    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
    )
    return next((kind for test, kind in kinds if test(mode)), None)


def _pairing_key(file: _Marked, exact: bool) -> str:
    return (file.relative if exact else file.relative.with_suffix("")).as_posix()


def _layout_marker(files: Sequence[_Marked], wanted: str | None = None) -> str | None:
    """The one language marker the files of a folder share, if the layout shows one; with a language
    given, the one marker of that language among several (fr/a.fr.md next to fr/a.de.md)."""
    markers = {file.lang for file in files if file.lang is not None}
    wanted_tag = _tag_or_none(wanted)
    if wanted_tag is not None and len(markers) > 1:
        return _pick_marker(markers, wanted_tag)
    return markers.pop() if len(markers) == 1 else None


def _tag_or_none(tag: str | None) -> str | None:
    return _normal(tag) if tag and _valid(tag) else None


def _same_language(one: str, other: str) -> bool:
    from mtqa.lang import Language

    return Language.parse(one).same_language(Language.parse(other))


def _pick_marker(markers: Iterable[str], wanted: str) -> str | None:
    """The marker that names ``wanted``: the same tag, else the one marker of the same language (``fr-CA``
    for ``fr``); None when there is none, or several and none exact."""
    markers = list(markers)
    if wanted in markers:
        return wanted
    alike = [marker for marker in markers if _same_language(marker, wanted)]
    return alike[0] if len(alike) == 1 else None


def _other_language(lang: str | None, *languages: str | None) -> bool:
    """True when a file's marker names a language other than all of ``languages`` (all known)."""
    if lang is None or any(language is None for language in languages):
        return False
    return not any(_same_language(lang, language) for language in languages if language is not None)


def _pair_within(folder: Path, source_lang: str | None, exclude: Path | None, target_lang: str | None) -> Pairing:
    groups: dict[str, dict[str, Path]] = defaultdict(dict)
    loose: list[Path] = []
    for file in _marked(folder, exclude):
        if file.lang is None or file.lang in groups[file.key]:
            loose.append(file.path)
        else:
            groups[file.key][file.lang] = file.path
    pairs = []
    wanted = _normal(source_lang) if source_lang and _valid(source_lang) else source_lang
    wanted_target = _tag_or_none(target_lang)
    for key, files in sorted(groups.items()):
        pair = _pair_group(folder, key, files, wanted, wanted_target)
        chosen: tuple[Path, ...] = ()
        languages = (_tag_or_none(source_lang), wanted_target)
        if pair is not None:
            pairs.append(pair)
            chosen, languages = (pair.source, pair.target), (pair.source_lang, pair.target_lang)
        # A file marked with a third language is not this run's (a.de.md in an en→fr run): left out.
        loose.extend(
            path for lang, path in files.items() if path not in chosen and not _other_language(lang, *languages)
        )
    return Pairing(PairList(pairs), tuple(sorted(loose)))


def _pair_group(
    folder: Path, key: str, files: dict[str, Path], source_lang: str | None, target_lang: str | None
) -> ArticlePair | None:
    """The pair of one article's files: its ``gold.json``, else the files marked with the languages given.
    Without ``target_lang`` only a group of two files pairs (the translation is the other one); with it,
    only the file marked with that language is the translation, never one in another language."""
    manifest = folder / key / "gold.json"
    if manifest.is_file():
        return _from_manifest(manifest, key)
    if target_lang is None:
        if len(files) == 2 and source_lang in files:
            ((lang, target),) = ((lang, path) for lang, path in files.items() if lang != source_lang)
            return ArticlePair(key, files[source_lang], target, source_lang, lang)
        return None
    target_marker = _pick_marker(files, target_lang)
    if target_marker is None:
        return None
    others = [lang for lang in files if lang != target_marker]
    if source_lang is not None:
        source_marker = _pick_marker(others, source_lang)
    else:  # the source is the one other file, when there is one
        source_marker = others[0] if len(others) == 1 else None
    if source_marker is None:
        return None
    return ArticlePair(key, files[source_marker], files[target_marker], source_marker, target_marker)


def _from_manifest(manifest: Path, key: str) -> ArticlePair:
    """The pair a ``gold.json`` names; its files must be inside its folder, its languages valid tags."""
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"{manifest}: cannot read the pair's source and target ({error})") from None
    except RecursionError:  # arrays nested thousands deep: the JSON parser recurses on them
        raise InputError(f"{manifest}: cannot read the pair's source and target (JSON nested too deeply)") from None
    if not isinstance(data, dict):
        raise InputError(f"{manifest}: expected a JSON object with 'source' and 'target'")
    folder = manifest.parent.resolve()
    sides = [_manifest_file(manifest, folder, data, side) for side in ("source", "target")]
    langs = [_manifest_lang(manifest, data, f"{side}_lang") for side in ("source", "target")]
    return ArticlePair(key, sides[0], sides[1], langs[0], langs[1])


def _manifest_file(manifest: Path, folder: Path, data: dict[str, Any], side: str) -> Path:
    name = data.get(side)
    if not isinstance(name, str) or not name:
        raise InputError(f"{manifest}: '{side}' must be the name of a file in the article's folder")
    path = (manifest.parent / name).resolve()
    if not path.is_relative_to(folder) or path == folder:
        raise InputError(f"{manifest}: '{side}' points outside the article's folder ({name!r})")
    return manifest.parent / name


def _manifest_lang(manifest: Path, data: dict[str, Any], field: str) -> str | None:
    value = data.get(field)
    if value is None:
        return None
    if not isinstance(value, str) or not _valid(value):
        raise InputError(f"{manifest}: '{field}' must be a language tag such as en, fr, fr-CA ({value!r})")
    return _normal(value)


def report_names(pairs: Iterable[ArticlePair]) -> Iterator[str]:
    """A safe, unique report name (a relative path without suffix) for each pair, in their order. By
    position, not by pair: a manifest may list one pair twice, and each row gets its own report."""
    used: Counter[str] = Counter(_RESERVED)
    for pair in pairs:
        base = _safe(pair.name)
        name, number = base, 1
        while used[name.casefold()]:
            number += 1
            name = f"{base}-{number}"
        used[name.casefold()] += 1
        yield name


def _safe(key: str) -> str:
    """Each path component visible (no leading dot), printable and of a length file systems take."""
    parts = []
    for part in key.split("/"):
        cleaned = "".join(c if c.isprintable() and c not in '\\:*?"<>|' else "_" for c in part).strip(" .")
        cleaned = unicodedata.normalize("NFC", cleaned)[:_MAX_NAME]
        # By bytes too, cut between characters: 120 'é' are 240 bytes, and 'é' x 125 + '.json' did not fit.
        cleaned = cleaned.encode("utf-8")[:_MAX_NAME_BYTES].decode("utf-8", "ignore").rstrip(" .")
        if cleaned:
            parts.append(cleaned)
    return "/".join(parts) or "article"


MANIFEST_COLUMNS = ("source", "target", "source_lang", "target_lang", "name")


def read_manifest(path: Path) -> Pairing:
    """The pairs a manifest lists, in its order: a JSONL file (one JSON object a line) or a Parquet file,
    with columns ``source`` and ``target`` (paths, relative to the manifest's folder unless absolute) and
    optionally ``source_lang``, ``target_lang`` (language tags) and ``name`` (the report's name; by default
    the target's path without its suffix). Every listed file must exist: a row that names no usable
    article (a missing file, a bad language tag) is kept in ``bad_rows`` and the others are checked; a
    line that is not a JSON object, or a manifest that cannot be read, is an error of the whole run."""
    rows = _parquet_rows(path) if path.suffix.lower() == ".parquet" else _jsonl_rows(path)
    bad: list[tuple[str, str]] = []

    def pairs() -> Iterator[ArticlePair]:
        for number, row in rows:
            try:
                yield _manifest_pair(path, number, row)
            except InputError as error:
                bad.append((f"{path}:{number}", str(error)))

    listed = PairList(pairs())
    return Pairing(listed, (), tuple(bad))


def _jsonl_rows(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    from mtqa.io.decoding import detect_encoding

    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read the manifest ({error})") from None
    # UTF-16 with a BOM (Windows PowerShell's default) is read as the article readers read it; a byte
    # that is not UTF-8 is named by its offset. (Not decode_bytes: it composes the text, and a path
    # must stay as written to name its file.)
    encoding, skip = detect_encoding(data)
    try:
        lines = data[skip:].decode(encoding or "utf-8").splitlines()
    except UnicodeDecodeError as error:
        label = (encoding or "utf-8").upper()
        raise InputError(
            f"{path}: cannot decode the manifest as {label} at byte offset {error.start + skip}; save it as UTF-8"
        ) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as error:
            from mtqa.tables import too_long_number

            raise InputError(f"{path}:{number}: not a JSON object ({too_long_number(error)})") from None
        except RecursionError:  # arrays nested thousands deep: the JSON parser recurses on them
            raise InputError(f"{path}:{number}: JSON nested too deeply") from None
        if not isinstance(row, dict):
            raise InputError(f"{path}:{number}: expected a JSON object with 'source' and 'target'")
        yield number, row


def _parquet_rows(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    import importlib.util

    if importlib.util.find_spec("pyarrow") is None:
        raise UsageError("reading a .parquet manifest needs pyarrow (pip install pyarrow); or use JSONL")
    import pandas as pd

    try:
        frame = pd.read_parquet(path)
    except FileNotFoundError:
        raise InputError(f"{path}: cannot read the manifest (no such file)") from None
    except (OSError, ValueError):
        # pyarrow's own text is about footers and buffers ("smaller than the size reported by footer's").
        raise InputError(f"{path}: cannot read the manifest: not a Parquet file, or a damaged one") from None
    # A column is the same in every row: one misspelt or missing is said once, of the file, as what it
    # is, not as a bad value of the first row ("'source' must be the path of an article").
    unknown = [str(column) for column in frame.columns if column not in MANIFEST_COLUMNS]
    if unknown:
        raise InputError(f"{path}: unknown column {unknown[0]!r} (known: {', '.join(MANIFEST_COLUMNS)})")
    for needed in ("source", "target"):
        if needed not in frame.columns:
            found = ", ".join(str(column) for column in frame.columns) or "none"
            raise InputError(f"{path}: no {needed!r} column (the manifest's columns: {found})")
    columns = [column for column in MANIFEST_COLUMNS if column in frame.columns]
    for number, values in enumerate(frame[columns].itertuples(index=False, name=None), 1):
        yield number, {column: None if pd.isna(value) else value for column, value in zip(columns, values, strict=True)}


def _manifest_pair(manifest: Path, number: int, row: dict[str, Any]) -> ArticlePair:
    where = f"{manifest}:{number}"
    unknown = sorted(set(row) - set(MANIFEST_COLUMNS))
    if unknown:
        raise InputError(f"{where}: unknown column {unknown[0]!r} (known: {', '.join(MANIFEST_COLUMNS)})")
    files = []
    for side in ("source", "target"):
        value = row.get(side)
        if not isinstance(value, str) or not value:
            raise InputError(f"{where}: '{side}' must be the path of an article")
        file = Path(value) if Path(value).is_absolute() else manifest.parent / value
        if file.is_dir():
            raise InputError(f"{where}: {file}: a folder, not an article file")
        if not file.exists():
            raise InputError(f"{where}: {file}: no such file")
        if not file.is_file():  # /dev/zero, a FIFO: said as when the file is given on the command line
            raise InputError(f"{where}: {file}: not a regular file (a device or socket); save the text to a file")
        files.append(file)
    if files[0].resolve() == files[1].resolve():
        raise InputError(f"{where}: the source and the translation are the same file ({files[0]})")
    langs = []
    for field in ("source_lang", "target_lang"):
        value = row.get(field)
        if value is not None and (not isinstance(value, str) or not _valid(value)):
            raise InputError(f"{where}: '{field}' must be a language tag such as en, fr, fr-CA ({value!r})")
        langs.append(_normal(value) if value is not None else None)
    name = row.get("name")
    if name is None:
        name = _manifest_name(manifest, Path(row["target"]))
    elif not isinstance(name, str) or not name.strip():
        raise InputError(f"{where}: 'name' must be a non-empty report name")
    return ArticlePair(name, files[0], files[1], langs[0], langs[1])


def _manifest_name(manifest: Path, target: Path) -> str:
    """The report name of a row without ``name``: the target's path without its suffix, relative to the
    manifest's folder (an absolute path inside it too); an absolute path elsewhere gives its file name
    only, not every folder from the root (``work/tmp/inputs/fr``)."""
    if target.is_absolute():
        try:
            target = target.relative_to(manifest.parent.absolute())
        except ValueError:
            target = Path(target.name)
    return PurePosixPath(target.as_posix()).with_suffix("").as_posix()
