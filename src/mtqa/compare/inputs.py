"""What ``mtqa compare`` reads: a source, two or more engines' translations of it, optional references.

Three layouts, the same for the source, every engine and every reference:

- **segment files** (the WMT format): one segment per line, line *i* of every file translating line
  *i* of the source. Nothing is aligned: segment *i* of every engine is judged against source segment *i*.
- **one article** (text or Markdown, paragraphs separated by blank lines), aligned as ``mtqa check`` does;
- **a folder of articles**, paired by relative path as ``mtqa check SRC_DIR TGT_DIR`` pairs them.

``auto`` (the default) takes a folder as a folder of articles, and a file as segment lines when it has
more than one line and no blank line (an article separates its paragraphs with blank lines), else as
one article. Every mismatch is an :class:`~mtqa.errors.InputError` naming the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from mtqa.errors import InputError, UsageError

if TYPE_CHECKING:
    from mtqa.model import Document

Layout = Literal["auto", "segments", "articles"]
LAYOUTS: tuple[str, ...] = ("auto", "segments", "articles")
_NAME_CHARACTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-")


@dataclass(frozen=True)
class EngineSpec:
    """One engine: a name for the reports and the path of its translation(s)."""

    name: str
    path: Path


def parse_engine(option: str) -> EngineSpec:
    """``NAME=PATH`` as given to ``--engine``."""
    name, separator, path = option.partition("=")
    name = name.strip()
    if not separator or not name or not path.strip():
        raise UsageError(f"--engine {option!r}: give NAME=PATH, e.g. --engine deepl=out/deepl.fr")
    if not set(name) <= _NAME_CHARACTERS:
        raise UsageError(f"--engine {option!r}: an engine name uses letters, digits and . _ + - only")
    return EngineSpec(name, Path(path.strip()))


def validate_engines(engines: Sequence[EngineSpec]) -> tuple[EngineSpec, ...]:
    """At least two engines, names unique; returned sorted by name (the order never matters)."""
    if len(engines) < 2:
        raise UsageError(f"compare needs at least two engines (--engine NAME=PATH), got {len(engines)}")
    seen: set[str] = set()
    for engine in engines:
        if engine.name in seen:
            raise UsageError(f"engine name {engine.name!r} is given twice; engine names must be unique")
        seen.add(engine.name)
    return tuple(sorted(engines, key=lambda engine: engine.name))


@dataclass(frozen=True)
class SegmentInputs:
    """Line-aligned segment files: every tuple of lines has the source's length."""

    source_path: Path
    source: tuple[str, ...]
    engines: tuple[tuple[EngineSpec, tuple[str, ...]], ...]
    references: tuple[tuple[Path, tuple[str, ...]], ...]
    doc_ids: tuple[str, ...] | None


@dataclass(frozen=True)
class ArticleEntry:
    key: str  # the pairing key (relative path without language code), or the file name
    source: Path | Document  # a Document when read already (a pipe can be read once only)
    engines: tuple[Path, ...]  # in the order of ``ArticleInputs.engines``
    references: tuple[Path, ...]


@dataclass(frozen=True)
class ArticleInputs:
    source_path: Path
    engines: tuple[EngineSpec, ...]
    reference_paths: tuple[Path, ...]
    articles: tuple[ArticleEntry, ...]  # by key


Inputs = SegmentInputs | ArticleInputs


def read_inputs(
    source: Path,
    engines: Sequence[EngineSpec],
    references: Sequence[Path] = (),
    *,
    layout: Layout = "auto",
    doc_ids: Path | None = None,
) -> Inputs:
    """Read and validate the inputs of a comparison (engines sorted by name)."""
    if layout not in LAYOUTS:
        raise UsageError(f"unknown input layout {layout!r}; one of {', '.join(LAYOUTS)}")
    specs = validate_engines(engines)
    for path in (source, *(spec.path for spec in specs), *references):
        _refuse_structured(path)
    piped = _piped(source)
    chosen = _layout(source, layout, piped)
    if chosen == "folder":
        if doc_ids is not None:
            raise UsageError("--doc-ids is for segment files; articles in a folder are documents already")
        return _read_folders(source, specs, references)
    if chosen == "article":
        if doc_ids is not None:
            raise UsageError("--doc-ids is for segment files, not for one article")
        return _read_article(source, specs, references, piped)
    return _read_segments(source, specs, references, doc_ids, piped)


def _piped(source: Path) -> bytes | None:
    """The bytes of a source that is a pipe (``<(cat en.txt)``), read once here: choosing the layout
    reads it, and each engine's pair would read it again, and find it empty. None for a file or folder."""
    from mtqa.io.text import read_bytes

    if not source.exists() or source.is_dir() or source.is_file():
        return None
    return read_bytes(source)


def _refuse_structured(path: Path) -> None:
    """A bilingual or resource file read as lines of text would be compared tag by tag."""
    from mtqa.io import is_bilingual, is_resource

    if not path.is_dir() and (is_bilingual(path) or is_resource(path)):
        raise InputError(
            f"{path}: compare reads segment files (one segment a line) and articles (text, Markdown, HTML), "
            f"not {path.suffix} files; check a bilingual file with 'mtqa check'"
        )


def _layout(source: Path, layout: Layout, piped: bytes | None = None) -> str:
    if source.is_dir():
        if layout == "segments":
            raise UsageError(f"{source}: is a folder; segment input is one file per engine")
        return "folder"
    if layout == "articles":
        return "article"
    if layout == "segments":
        return "segments"
    lines = read_lines(source, piped)
    return "segments" if len(lines) > 1 and all(line.strip() for line in lines) else "article"


_INLINE_BREAKS = str.maketrans(dict.fromkeys(map(ord, "\x85\u2028\u2029"), " "))


def read_lines(path: Path, data: bytes | None = None) -> tuple[str, ...]:
    """The lines of a text file (UTF-8/UTF-16 with BOM, \\n, \\r\\n or \\r line endings), without the
    final newline. U+2028, U+2029 and NEL inside a line are spaces, not line breaks: segment files are
    split on line endings only (as sacrebleu reads them), and these occur inside segments of web-crawled
    data, where ``wc -l`` does not count them."""
    from mtqa.io.decoding import decode_bytes, normalise_newlines
    from mtqa.io.text import read_bytes

    raw = read_bytes(path) if data is None else data
    text = normalise_newlines(decode_bytes(raw, str(path))).translate(_INLINE_BREAKS)
    if not text:
        return ()
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return tuple(lines)


def _read_segments(
    source: Path,
    engines: tuple[EngineSpec, ...],
    references: Sequence[Path],
    doc_ids: Path | None,
    piped: bytes | None = None,
) -> SegmentInputs:
    source_lines = read_lines(source, piped)
    if not any(line.strip() for line in source_lines):
        raise InputError(f"{source}: the source has no text")

    def same_length(path: Path, what: str) -> tuple[str, ...]:
        if path.is_dir():
            raise InputError(f"{path}: is a folder, but the source {source} is a segment file")
        lines = read_lines(path)
        if len(lines) != len(source_lines):
            raise InputError(
                f"{path}: {len(lines)} lines but the source {source} has {len(source_lines)}; "
                f"{what} must have one line per source segment"
            )
        return lines

    engine_lines = tuple((engine, same_length(engine.path, f"engine {engine.name!r}")) for engine in engines)
    reference_lines = tuple((path, same_length(path, "a reference")) for path in references)
    ids = None
    if doc_ids is not None:
        ids = tuple(line.strip() for line in same_length(doc_ids, "the document-id file"))
        if not all(ids):
            raise InputError(f"{doc_ids}: line {ids.index('') + 1} has no document id")
    return SegmentInputs(source, source_lines, engine_lines, reference_lines, ids)


def _read_article(
    source: Path, engines: tuple[EngineSpec, ...], references: Sequence[Path], piped: bytes | None = None
) -> ArticleInputs:
    for path in (*[engine.path for engine in engines], *references):
        if path.is_dir():
            raise InputError(f"{path}: is a folder, but the source {source} is one article")
        if not path.is_file():
            raise InputError(f"{path}: no such file")
    read: Path | Document = source
    if piped is not None:  # a pipe: its text, read once, serves every engine's pair
        from mtqa.io.text import decode, document_from_text

        read = document_from_text(decode(piped, str(source)), str(source), data=piped)
    elif not source.is_file():
        raise InputError(f"{source}: no such file")
    entry = ArticleEntry(source.name, read, tuple(engine.path for engine in engines), tuple(references))
    return ArticleInputs(source, engines, tuple(references), (entry,))


def _read_folders(source: Path, engines: tuple[EngineSpec, ...], references: Sequence[Path]) -> ArticleInputs:
    from mtqa.batch import pair_articles

    keyed: dict[str, Path] | None = None
    per_target: list[dict[str, Path]] = []
    for target, what in [*((e.path, f"engine {e.name!r}") for e in engines), *((r, "reference") for r in references)]:
        if not target.is_dir():
            raise InputError(f"{target}: not a folder, but the source {source} is a folder of articles")
        if target.resolve() == source.resolve():
            raise InputError(f"{target}: is the source folder itself; give the {what}'s own folder")
        pairing = pair_articles(source, target)
        if pairing.unmatched:
            shown = ", ".join(str(path) for path in pairing.unmatched[:3])
            more = f" and {len(pairing.unmatched) - 3} more" if len(pairing.unmatched) > 3 else ""
            raise InputError(
                f"{target}: {len(pairing.unmatched)} article(s) of the {what} or the source have no counterpart: "
                f"{shown}{more}"
            )
        if not pairing.pairs:
            raise InputError(f"{source}: no articles (.txt, .md) found")
        if keyed is None:
            keyed = {pair.name: pair.source for pair in pairing.pairs}
        per_target.append({pair.name: pair.target for pair in pairing.pairs})
    if keyed is None:  # unreachable: validate_engines demands two engines
        raise UsageError("compare needs at least two engines")
    articles = []
    for key in sorted(keyed):
        targets = [mapping[key] for mapping in per_target]
        articles.append(ArticleEntry(key, keyed[key], tuple(targets[: len(engines)]), tuple(targets[len(engines) :])))
    return ArticleInputs(source, engines, tuple(references), tuple(articles))
