from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.model import ArticleReport

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"


def corpora_folders() -> list[Path]:
    return sorted(p for p in CORPORA.iterdir() if (p / "gold.json").is_file())


@pytest.fixture(scope="session")
def corpora_reports() -> dict[str, ArticleReport]:
    """Every corpora article checked once with the default encoder, shared by the tests that need it."""
    from mtqa.embed import get_encoder
    from mtqa.gold import check_gold_article, load_gold

    encoder = get_encoder("use-m3", cache=False)
    return {folder.name: check_gold_article(load_gold(folder), encoder) for folder in corpora_folders()}
