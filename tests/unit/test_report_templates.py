from __future__ import annotations

from collections.abc import Iterator

from mtqa.report._templates import asset, generate, render
from mtqa.report.common import SEVERITIES_WORST_FIRST
from mtqa.report.index import index_entry
from tests.factories import make_report


def _context(rows: object) -> dict[str, object]:
    totals = dict.fromkeys(SEVERITIES_WORST_FIRST, 0)
    return dict(css=asset("report.css"), js=asset("index.js"), title="t", count=2, rows=rows, failed=0,
                unmatched=[], bad_inputs=[], severities=SEVERITIES_WORST_FIRST, totals=totals)  # fmt: skip


def test_generate_is_render_in_pieces_and_reads_an_iterator_as_it_goes() -> None:
    entries = [index_entry("a.html", make_report()), index_entry("b.html", make_report())]
    taken: list[str] = []

    def rows() -> Iterator[object]:
        for entry in entries:
            taken.append(entry.href)
            yield entry

    pieces = generate("index.html.j2", **_context(rows()))
    first = next(pieces)
    assert taken == []  # nothing read before the table
    text = "".join([first, *pieces])
    assert taken == ["a.html", "b.html"]
    assert text == render("index.html.j2", **_context(entries))
