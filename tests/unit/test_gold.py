from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa.errors import InputError
from mtqa.gold import Gold, GoldArtefact, artefact_span, category_table, load_gold, score_report
from tests.factories import SOURCE_TEXT, TARGET_TEXT, finding, make_document, make_report

SOURCE = make_document(SOURCE_TEXT, "en.txt", "en")
TARGET = make_document(TARGET_TEXT, "fr.txt", "fr")


def gold(*artefacts: GoldArtefact, alignment: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...] = ()) -> Gold:
    return Gold(Path(), "en.txt", "fr.txt", "en", "fr", alignment, artefacts, ())


def test_load_gold_reads_every_field(tmp_path: Path) -> None:
    data = {
        "source": "en.txt",
        "target": "fr.txt",
        "source_lang": "en",
        "target_lang": "fr",
        "alignment": [{"source": [0], "target": [0]}, {"source": [1], "target": []}],
        "artefacts": [{"category": "name", "side": "target", "paragraph": 0, "excerpt": "Chine", "occurrence": 2}],
        "clean_target_paragraphs": [1],
    }
    (tmp_path / "gold.json").write_text(json.dumps(data), encoding="utf-8")
    loaded = load_gold(tmp_path)
    assert loaded.alignment == (((0,), (0,)), ((1,), ()))
    assert loaded.artefacts == (GoldArtefact("name", "target", 0, "Chine", 2, ""),)
    assert loaded.source_path == tmp_path / "en.txt"


@pytest.mark.parametrize("content", ["{", '{"source": "en.txt"}', "[]"])
def test_broken_gold_files_are_input_errors(tmp_path: Path, content: str) -> None:
    (tmp_path / "gold.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="not a valid gold file"):
        load_gold(tmp_path)


def test_artefact_span_finds_the_nth_occurrence_inside_its_paragraph() -> None:
    document = make_document("Titre\nle le le fin\n", "fr.txt", "fr")
    span = artefact_span(GoldArtefact("repetition", "target", 1, "le", occurrence=2), document)
    assert (span.start, span.end) == (9, 11)
    with pytest.raises(InputError, match="not found"):
        artefact_span(GoldArtefact("repetition", "target", 0, "le"), document)


def test_findings_match_artefacts_of_the_same_category_whose_spans_overlap() -> None:
    name = GoldArtefact("name", "target", 0, "Chine Direct")
    number = GoldArtefact("number", "target", 1, "5,3")
    omission = GoldArtefact("omission", "source", 2, "Officials in Beijing")
    findings = [
        finding(TARGET, "Direct"),  # overlaps the name artefact
        finding(TARGET, "5,3", check="punctuation.stray", category="punctuation"),  # wrong category
        finding(SOURCE, "Beijing", check="numbers.missing", category="number", side="source"),  # inside the omission
    ]
    report = make_report(SOURCE, TARGET, findings)
    score = score_report(report, gold(name, number, omission, alignment=(((0,), (0,)), ((1,), (1,)), ((2,), ()))))
    assert score.found == (name, omission)
    assert score.missed == (number,)
    assert [f.category for f in score.false_findings] == ["punctuation"]
    assert score.alignment_equal
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    assert category_table([score]) == {
        "name": (1, 1, 0),
        "number": (0, 1, 0),
        "omission": (1, 1, 0),
        "punctuation": (0, 0, 1),
    }


def test_alignment_difference_is_reported() -> None:
    report = make_report(SOURCE, TARGET, [])
    assert not score_report(report, gold(alignment=(((0, 1), (0, 1)),))).alignment_equal
