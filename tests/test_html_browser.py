"""Open a rendered HTML report in headless Chromium and check what its scripts leave in the DOM.

Needs ``/usr/bin/chromium`` (Debian: ``apt-get install -y chromium``); skipped when it is absent.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from mtqa.report import render_html, render_index
from tests.factories import make_report

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium not installed (/usr/bin/chromium)"),
]


def chromium(tmp_path: Path, page: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        *extra,
        page.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def test_article_report_in_a_browser(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(make_report()), encoding="utf-8")
    dom = chromium(tmp_path, page, "--dump-dom").stdout
    # The filter script ran: it marks the root element and applies the (all-checked) filters.
    assert 'class="js"' in dom and 'data-filters-ready="1"' in dom
    assert dom.count('<mark class="finding') == 4
    assert 'id="f-1"' in dom and 'id="f-4"' in dom
    assert 'data-filter="severity" value="critical"' in dom
    assert 'data-filter="category" value="number"' in dom
    assert '<svg class="chart similarity-chart"' in dom and "<rect" in dom
    assert "filtered" not in dom.split("</style>", 1)[1].split("<script>", 1)[0]  # nothing hidden yet


def test_article_report_screenshot(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(make_report()), encoding="utf-8")
    shot = tmp_path / "report.png"
    chromium(tmp_path, page, f"--screenshot={shot}", "--window-size=1200,1600")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000


def test_index_in_a_browser(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text(render_index([("a.html", make_report())]), encoding="utf-8")
    dom = chromium(tmp_path, page, "--dump-dom").stdout
    assert 'class="js"' in dom
    assert 'tabindex="0"' in dom  # the sorting script made the headers focusable


def test_comparison_report_in_a_browser(tmp_path: Path) -> None:
    from mtqa.compare import compare_engines, significance_settings
    from mtqa.report.compare_html import render_comparison_html
    from tests.compare_helpers import write_engines
    from tests.fakes import BagOfWords

    paths = write_engines(tmp_path / "engines", segments=30)
    report = compare_engines(
        paths["source"],
        {name: paths[name] for name in ("good", "bad", "twin")},
        [paths["ref"]],
        source_lang="en",
        target_lang="fr",
        significance=significance_settings(200, 500),
        encoder=BagOfWords(),
    )
    page = tmp_path / "compare.html"
    page.write_text(render_comparison_html(report), encoding="utf-8")
    dom = chromium(tmp_path, page, "--dump-dom").stdout
    assert 'class="js"' in dom and 'tabindex="0"' in dom  # the sorting script ran on the tables
    assert dom.count('<svg class="chart scores-chart"') == sum(1 for m in report.metrics if m.info.rankable)
    assert '<svg class="chart win-matrix" data-metric="chrf"' in dom
    assert dom.count('class="cell win"') >= 2 and dom.count('class="cell loss"') >= 2
    assert 'class="cluster-1 new-cluster"' not in dom and "new-cluster" in dom
    assert dom.count('class="difference"') == len(report.breakdown.differences)
    shot = tmp_path / "compare.png"
    chromium(tmp_path, page, f"--screenshot={shot}", "--window-size=1200,2400")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
