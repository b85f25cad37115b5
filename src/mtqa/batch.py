"""Folders of articles: pair source and translated files, check every pair with one loaded encoder.

Pairing. Files (``.txt``, ``.md``, ``.markdown``) are paired by their path relative to each folder,
after a language code in the path is set aside, so all of these pair up:

- ``en/news/a.txt`` with ``fr/news/a.txt`` (``mtqa check content/en content/fr``): the same relative path;
- ``news/a.en.md`` with ``news/a.fr.md``: a language code before the extension;
- ``article/en.txt`` with ``article/fr.txt``: a file named after its language.

When both folders are the same folder, each pair comes from one article folder holding two files in two
languages; the direction is read from the folder's ``gold.json`` (``source``/``target`` fields, the
format of ``corpora/``) when there is one, else the source is the file in ``--source-lang``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mtqa.errors import InputError, UsageError

if TYPE_CHECKING:
    from mtqa.config import Config
    from mtqa.model import ArticleReport
    from mtqa.pipeline import Checker

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
_LANG = r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?"
_LANG_STEM = re.compile(rf"^{_LANG}$")
_LANG_INFIX = re.compile(rf"^(?P<base>.+)\.(?P<lang>{_LANG})$")


@dataclass(frozen=True)
class ArticlePair:
    name: str  # the pairing key, used to name the article's reports
    source: Path
    target: Path
    source_lang: str | None = None
    target_lang: str | None = None


@dataclass(frozen=True)
class Pairing:
    pairs: tuple[ArticlePair, ...]
    unmatched: tuple[Path, ...]


def _articles(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)


def _key_and_lang(relative: Path) -> tuple[str, str | None]:
    """The pairing key of a relative path and the language code found in it, if any."""
    stem = relative.stem
    parent = relative.parent.as_posix()
    if _LANG_STEM.match(stem):
        return parent, stem.lower()
    infix = _LANG_INFIX.match(stem)
    if infix:
        return (Path(parent) / infix["base"]).as_posix(), infix["lang"].lower()
    return (Path(parent) / stem).as_posix(), None


def pair_articles(source_dir: Path, target_dir: Path, source_lang: str | None = None) -> Pairing:
    """Pair the articles of two folders (or of one folder of article folders)."""
    if source_dir.resolve() == target_dir.resolve():
        return _pair_within(source_dir, source_lang)
    targets: dict[str, Path] = {}
    for path in _articles(target_dir):
        targets.setdefault(_key_and_lang(path.relative_to(target_dir))[0], path)
    pairs, unmatched = [], []
    for path in _articles(source_dir):
        key = _key_and_lang(path.relative_to(source_dir))[0]
        target = targets.pop(key, None)
        if target is None:
            unmatched.append(path)
        else:
            pairs.append(ArticlePair(key or path.stem, path, target))
    unmatched.extend(targets.values())
    return Pairing(tuple(pairs), tuple(sorted(unmatched)))


def _pair_within(folder: Path, source_lang: str | None) -> Pairing:
    groups: dict[str, dict[str, Path]] = defaultdict(dict)
    loose: list[Path] = []
    for path in _articles(folder):
        key, lang = _key_and_lang(path.relative_to(folder))
        if lang is None:
            loose.append(path)
        else:
            groups[key][lang] = path
    pairs = []
    for key, files in sorted(groups.items()):
        pair = _pair_group(folder / key, key, files, source_lang)
        if pair is None:
            loose.extend(files.values())
        else:
            pairs.append(pair)
    return Pairing(tuple(pairs), tuple(sorted(loose)))


def _pair_group(article_dir: Path, key: str, files: dict[str, Path], source_lang: str | None) -> ArticlePair | None:
    manifest = article_dir / "gold.json"
    if manifest.is_file():
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            source, target = article_dir / data["source"], article_dir / data["target"]
            return ArticlePair(key, source, target, data.get("source_lang"), data.get("target_lang"))
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise InputError(f"{manifest}: cannot read the pair's source and target ({error})") from None
    if len(files) == 2 and source_lang in files:
        ((target_lang, target),) = ((lang, path) for lang, path in files.items() if lang != source_lang)
        return ArticlePair(key, files[source_lang], target, source_lang, target_lang)
    return None


def check_pairs(
    pairs: Iterable[ArticlePair],
    config: Config | Callable[[ArticlePair], Config],
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    on_done: Callable[[ArticlePair, ArticleReport], None] | None = None,
    checker: Checker | None = None,
) -> list[tuple[ArticlePair, ArticleReport]]:
    """Check every pair with one :class:`~mtqa.pipeline.Checker` (each encoder loaded once).

    ``config`` is one configuration for all pairs, or a function giving each pair its own (the CLI
    uses the config file nearest to each translated article, so an article folder can carry its own
    glossary).
    """
    from mtqa.pipeline import Checker

    pairs = list(pairs)
    if not pairs:
        raise UsageError("no article pairs found: nothing to check")
    checker = checker or Checker()
    results = []
    for pair in pairs:
        report = checker.check(
            pair.source,
            pair.target,
            source_lang=source_lang or pair.source_lang,
            target_lang=target_lang or pair.target_lang,
            config=config(pair) if callable(config) else config,
        )
        results.append((pair, report))
        if on_done is not None:
            on_done(pair, report)
    return results
