"""Acceptance: the seed article in every format gives the same Documents and the same findings.

The fixtures are written by ``tests/data/seed-formats/make_fixtures.py`` from
``corpora/china-us-ai-talks`` (one unit per paragraph). Reading is compared here for every format;
findings are compared through the library (Documents in, report out) and, for the bilingual files,
through ``mtqa check FILE``, which keeps the alignment the file carries.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mtqa.io import read_bilingual, read_document, read_text
from mtqa.model import ArticleReport, Document

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpora" / "china-us-ai-talks"
FIXTURES = ROOT / "tests" / "data" / "seed-formats"
BILINGUAL = ["seed.xliff12.xlf", "seed.xliff20.xlf", "seed.tmx", "seed.po", "seed.csv", "seed.tsv", "seed.jsonl"]
MONOLINGUAL = ["md", "html"]


def _pairs() -> dict[str, tuple[Document, Document]]:
    pairs = {"txt": (read_text(SEED / "en.txt"), read_text(SEED / "fr.txt"))}
    for name in BILINGUAL:
        document = read_bilingual(FIXTURES / name)
        pairs[name] = (document.source, document.target)
    for suffix in MONOLINGUAL:
        pairs[suffix] = (read_document(FIXTURES / f"en.{suffix}"), read_document(FIXTURES / f"fr.{suffix}"))
    return pairs


def _shape(document: Document) -> list[tuple[int, int, str]]:
    return [(p.span.start, p.span.end, p.text) for p in document.paragraphs]


@pytest.mark.parametrize("name", BILINGUAL + MONOLINGUAL)
def test_every_format_reads_the_same_paragraphs_at_the_same_offsets(name: str) -> None:
    pairs = _pairs()
    for side in (0, 1):
        assert _shape(pairs[name][side]) == _shape(pairs["txt"][side])


@pytest.mark.parametrize("name", BILINGUAL)
def test_bilingual_files_carry_the_one_to_one_alignment_without_issues(name: str) -> None:
    document = read_bilingual(FIXTURES / name)
    assert [(p.source, p.target) for p in document.pairs] == [((i,), (i,)) for i in range(18)]
    assert [p.unit for p in document.pairs][:2] in (
        ["p1", "p2"],
        ["p1|China US", "p2|" + document.source.paragraphs[1].text],
    )
    assert document.issues == ()


def _findings(report: ArticleReport) -> list[tuple[object, ...]]:
    return sorted(
        (f.check, f.target_span, f.source_span, f.target_paragraph, f.source_paragraph, f.message)
        for f in report.findings
    )


def test_every_format_gives_the_findings_of_the_text_pair() -> None:
    from mtqa.pipeline import check_article
    from tests.fakes import BagOfWords

    # A fake encoder keeps this fast: the texts are equal, so any deterministic encoder must agree.
    encoder = BagOfWords()
    pairs = _pairs()
    expected = _findings(check_article(*pairs["txt"], source_lang="en", target_lang="fr", encoder=encoder))
    assert expected, "the seed article has findings to compare"
    for name, (source, target) in pairs.items():
        report = check_article(source, target, source_lang="en", target_lang="fr", encoder=encoder)
        assert _findings(report) == expected, name


CLI_ARGS = ["--source-lang", "en", "--target-lang", "fr", "--encoder", "use-m3", "--no-cache"]
KEYS = ("check", "target_span", "source_span", "target_paragraph", "source_paragraph", "message")


@pytest.fixture(scope="module")
def text_pair_findings(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    from mtqa.cli import app

    out = tmp_path_factory.mktemp("txt") / "txt.json"
    result = CliRunner().invoke(
        app, ["check", str(SEED / "en.txt"), str(SEED / "fr.txt"), "--json", str(out), *CLI_ARGS]
    )
    assert result.exit_code in (0, 1), result.output
    findings = json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert findings
    return [{k: f[k] for k in KEYS} for f in findings]


@pytest.mark.parametrize("name", BILINGUAL)
def test_mtqa_check_of_a_bilingual_file_gives_the_findings_of_the_text_pair(
    name: str, tmp_path: Path, text_pair_findings: list[dict[str, object]]
) -> None:
    from mtqa.cli import app

    file_json = tmp_path / "file.json"
    result = CliRunner().invoke(app, ["check", str(FIXTURES / name), "--json", str(file_json), *CLI_ARGS])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(file_json.read_text(encoding="utf-8"))
    assert [{k: f[k] for k in KEYS} for f in report["findings"]] == text_pair_findings
    assert "input_issues" not in report
    # Every finding points into its unit of the file.
    for finding in report["findings"]:
        location = finding["target_location"] or finding["source_location"]
        assert location["unit"] and location["line"] > 1


@pytest.mark.parametrize("name", ["okapi-potest.po.xlf", "python-docs-fr-colorsys.po"])
def test_real_world_files_check_cleanly(name: str) -> None:
    from mtqa.pipeline import check_article
    from tests.fakes import BagOfWords

    document = read_bilingual(ROOT / "tests" / "data" / "real-world" / name)
    report = check_article(document.source, document.target, source_lang="en", target_lang="fr", encoder=BagOfWords())
    assert len(report.target.paragraphs) == len([p for p in document.pairs if p.target])
    for finding in report.findings:
        span = finding.target_span or finding.source_span
        side = report.target if finding.target_span else report.source
        assert span is not None and side.locate(span.start).unit is not None
