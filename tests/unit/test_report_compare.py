"""The comparison renderers: JSON contract, escaping in HTML and Markdown, the console table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from mtqa.compare import compare_engines, significance_settings
from mtqa.compare.model import ComparisonReport
from mtqa.report.compare_console import print_comparison
from mtqa.report.compare_html import render_comparison_html
from mtqa.report.compare_json import SCHEMA_VERSION, comparison_to_dict, comparison_to_json
from mtqa.report.compare_markdown import render_comparison_markdown
from tests.compare_helpers import write_engines
from tests.fakes import BagOfWords

HOSTILE = "<script>alert('x')</script> | **bold** @someone [link](http://example.com)"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ComparisonReport:
    paths = write_engines(tmp_path_factory.mktemp("render"), segments=30)
    lines = paths["bad"].read_text(encoding="utf-8").splitlines()
    lines[0] = HOSTILE
    paths["bad"].write_text("\n".join(lines) + "\n", encoding="utf-8")
    return compare_engines(
        paths["source"],
        {"good": paths["good"], "bad": paths["bad"]},
        [paths["ref"]],
        source_lang="en",
        target_lang="fr",
        significance=significance_settings(200, 400),
        encoder=BagOfWords(),
        baseline="good",
        fail_if_worse=["chrf"],
        top_segments=40,
    )


def test_json_contract(report: ComparisonReport) -> None:
    data = json.loads(comparison_to_json(report))
    assert list(data)[:4] == ["schema_version", "kind", "tool", "signatures"]
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["ranking"] == ["good", "bad"] == data["metrics"][0]["ranking"]
    assert data["gate"] == {
        "baseline": "good",
        "metrics": ["chrf"],
        "passed": False,
        "reasons": data["gate"]["reasons"],
    }
    chrf = next(m for m in data["metrics"] if m["name"] == "chrf")
    assert chrf["requires_reference"] is True and chrf["higher_is_better"] is True
    (pair,) = chrf["pairs"]
    assert (pair["a"], pair["b"], pair["better"]) == ("bad", "good", "good")
    assert pair["delta"] < 0 and pair["delta_ci"][0] <= pair["delta"] <= pair["delta_ci"][1]
    assert 0 < pair["p_ar"] <= 1 and 0 < pair["p_bootstrap"] <= 1
    good = next(s for s in chrf["scores"] if s["engine"] == "good")
    assert good["rank"] == 1 and good["rank_range"] == [1, 1] and good["cluster"] == 1 and good["wins"] == 1
    assert data["input"]["unit"] == "segment" and data["input"]["units"] == 30
    assert data["breakdown"]["differences"][0]["outputs"][0]["engine"] == "bad"
    assert comparison_to_dict(report) == json.loads(comparison_to_json(report))


def test_html_escapes_every_input_text(report: ComparisonReport) -> None:
    page = render_comparison_html(report)
    assert "<script>alert" not in page and "&lt;script&gt;" in page and "alert(&#39;x&#39;)" in page
    assert page.count("<script>") == 1  # our own sorting script only
    assert 'href="http' not in page  # a Markdown-looking link stays text


def test_markdown_escapes_and_caps(report: ComparisonReport) -> None:
    text = render_comparison_markdown(report, differences=40)
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "\\*\\*bold\\*\\*" in text and "\\@someone" in text and "\\[link\\]" in text
    assert text.startswith("## mtqa compare:") and "**Gate ❌ failed**" in text
    assert "| `good` | `bad` |" in text
    short = render_comparison_markdown(report, differences=40, max_chars=2000)
    assert len(short) <= 2000 and short.endswith("see the full report.\n")


def test_console_table(report: ComparisonReport) -> None:
    console = Console(record=True, width=160)
    print_comparison(report, console)
    text = console.export_text()
    assert "chrF2" in text and "good" in text and "gate (good baseline, chrf): failed" in text
    assert "not computed" not in text or "estimate" in text


def test_reports_of_two_identical_runs_are_identical(report: ComparisonReport, tmp_path: Path) -> None:
    del tmp_path
    assert render_comparison_html(report) == render_comparison_html(report)
    assert comparison_to_json(report) == comparison_to_json(report)
