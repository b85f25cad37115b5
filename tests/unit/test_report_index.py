from __future__ import annotations

from collections.abc import Iterator

from mtqa.config import GateConfig
from mtqa.report import IndexEntry, render_index
from mtqa.report.digest import ArticleDigest, as_digests
from mtqa.report.index import index_chunks, index_entry
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


class _Counted:
    """Digests that count how many have been read (over every pass)."""

    def __init__(self, digests: list[ArticleDigest]) -> None:
        self.digests = digests
        self.read = 0

    def __len__(self) -> int:
        return len(self.digests)

    def __iter__(self) -> Iterator[ArticleDigest]:
        for item in self.digests:
            self.read += 1
            yield item


def test_chunks_of_digests_are_the_page_and_read_them_as_rows_are_written() -> None:
    digests = as_digests([make_report(), make_report(gate=GateConfig(fail_on="major")), make_report(findings=[])])
    hrefs = ["a.html", "b c.html", "d.html"]
    counted = _Counted(digests)
    pieces = index_chunks(hrefs, counted, "run", unmatched=["lonely.txt"])
    assert counted.read == 3  # the counts above the table: one pass
    head: list[str] = []  # joined, not added: a piece may be Markup, which escapes a str added to it
    while "<tr class=" not in "".join(head):
        head.append(next(pieces))
    assert counted.read == 4  # the first row is written having read one digest more
    text = "".join([*head, *pieces])
    assert counted.read == 6
    assert text == render_index(list(zip(hrefs, digests, strict=True)), "run", unmatched=["lonely.txt"])
    assert "3 article(s), 1 failed the quality gate, 1 file(s) without a counterpart." in text


def test_chunks_of_no_digests_are_the_empty_page() -> None:
    assert "".join(index_chunks([], [])) == render_index([])
