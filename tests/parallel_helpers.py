"""Small runs of real articles for the tests of the ways of running many articles (mtqa.parallel)."""

from __future__ import annotations

import shutil
from pathlib import Path

from mtqa.config import Config
from mtqa.parallel import ArticleTask
from mtqa.parallel.tasks import ArticleResult

ROOT = Path(__file__).resolve().parents[1]
# Three of the shortest corpora articles (about 350 words each).
ARTICLES = ("lagos-port-expansion", "manila-typhoon-relief", "sydney-transit-strike")
# The fast static encoder loads in well under a second: worker processes start quickly. No disk cache.
CONFIG = Config(encoder="fast", cache=False)


def article_tasks(root: Path, out: Path, *, config: Config = CONFIG, resume: bool = False) -> list[ArticleTask]:
    """One task per article of ``ARTICLES`` (copied under ``root`` once), reports into ``out``."""
    tasks = []
    for position, name in enumerate(ARTICLES):
        files = []
        for language in ("en", "fr"):
            path = root / language / f"{name}.txt"
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(ROOT / "corpora" / name / f"{language}.txt", path)
            files.append(path)
        reports = (out / f"{name}.json", out / f"{name}.html")
        parts = frozenset({"junit", "sarif", "table"})
        tasks.append(ArticleTask(position, files[0], files[1], config, "en", "fr", *reports, parts, resume=resume))
    return tasks


def in_run_order(results: list[ArticleResult]) -> list[ArticleResult]:
    return sorted(results, key=lambda result: result.position)


def written(out: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(out.iterdir())}
