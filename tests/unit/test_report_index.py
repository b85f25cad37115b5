from __future__ import annotations

from mtqa.config import GateConfig
from mtqa.report import IndexEntry, render_index
from mtqa.report.index import index_entry
from tests.factories import make_document, make_report


def test_one_sortable_row_per_article() -> None:
    html = render_index([("a.html", make_report()), ("b.html", make_report(gate=GateConfig(fail_on="major")))])
    assert html.count("<tr class=") == 2
    assert '<a href="a.html">out/fr/article.txt</a>' in html
    assert '<tr class="failed">' in html and '<tr class="passed">' in html
    assert "2 article(s), 1 failed the quality gate." in html
    assert '<table class="sortable index">' in html
    assert 'data-type="number"' in html and "aria-sort" in html  # the sorting script is inline
    score = f"{make_report().summary.quality_score:.2f}"
    assert f'<td data-sort="{score}" class="num">{score}</td>' in html


def test_links_are_quoted_relative_urls() -> None:
    entry = index_entry("my dir/j'ai #1.html", make_report())
    assert entry.href == "my%20dir/j%27ai%20%231.html"
    assert index_entry("javascript:alert(1)", make_report()).href == "javascript%3Aalert%281%29"


def test_text_is_escaped() -> None:
    target = make_document("x\n", '<script>alert(1)</script>".txt', "fr")
    html = render_index([("a.html", make_report(target=target, findings=[]))], title="<b>t</b>")
    assert "<script>alert" not in html and "<b>t</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&#34;.txt" in html


def test_accepts_ready_entries_and_is_deterministic() -> None:
    entry = index_entry("a.html", make_report())
    assert isinstance(entry, IndexEntry)
    assert render_index([entry]) == render_index([("a.html", make_report())])
    assert "0 article(s), 0 failed" in render_index([])
