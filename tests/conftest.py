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


# --- Every registered check must be seen failing and passing somewhere in the suite -----------------
# Each check's ``run`` is wrapped for the session to record whether it produced findings; when the
# whole suite runs, a check that never fired, or never stayed silent, fails the session.
_OBSERVED: dict[str, set[bool]] = {}


def pytest_sessionstart(session: pytest.Session) -> None:
    from mtqa.checks.registry import REGISTRY

    originals = {check: check.run for check in REGISTRY.values()}
    for check, original in originals.items():
        _OBSERVED[check.info.id] = set()

        def recording(self, context, _original=original, _id=check.info.id):  # type: ignore[no-untyped-def]
            findings = list(_original(self, context))
            _OBSERVED[_id].add(bool(findings))
            return findings

        check.run = recording  # type: ignore[method-assign]


def _whole_suite_ran(session: pytest.Session) -> bool:
    args = [a for a in session.config.args if not a.startswith("-")]
    option = session.config.option
    return (
        (not args or [Path(a).resolve() for a in args] == [ROOT / "tests"])
        and not option.keyword
        and not (option.markexpr)
    )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not _whole_suite_ran(session) or session.testsfailed or exitstatus != 0:
        return
    never_failing = sorted(i for i, seen in _OBSERVED.items() if True not in seen)
    never_passing = sorted(i for i, seen in _OBSERVED.items() if False not in seen)
    if never_failing or never_passing:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"checks never seen failing in any test: {never_failing}", red=True)
            reporter.write_line(f"checks never seen passing in any test: {never_passing}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
