"""The golden batch: every corpora article, checked end to end, against its gold annotations."""

from __future__ import annotations

import pytest

from mtqa.gold import load_gold, score_report
from mtqa.model import ArticleReport
from tests.conftest import corpora_folders

FOLDERS = corpora_folders()
# Word-level meaning errors ("narrow differences" -> "divergences étroites") stay in the gold because
# they are real, but no check claims them: sentence similarity cannot see a single wrong word
# (segment-level tau of cosine vs MQM is ~0.06). bench/corpora_eval.py reports their recall.
BEYOND_THE_CHECKS = {"mistranslation"}
# A few words dropped inside a sentence that is otherwise translated leave the sentence's length and
# similarity within normal variation; no check sees them yet. Listed so that the test fails as soon as
# one is found (then remove it here) or another artefact starts being missed.
KNOWN_MISSES = {
    ("festival-avignon", "faute de moyens"),
    ("port-strike-rotterdam", "if the dispute drags on"),
    ("tokyo-robotics-fair", "who visited the fair on Thursday"),
    ("austria-ski-pricing", "and children under ten ski free on weekdays"),
    # A trade-union name with commas ("Rail, Tram and Bus Union") is read as several short names.
    ("sydney-transit-strike", "Union des chemins de fer, des tramways et des bus"),
    # A newspaper name rendered as a common phrase ("Le coup de poing" for The Punch): no capitalised
    # candidate is left to compare with the name.
    ("lagos-port-expansion", "Le coup de poing"),
    # Names rendered by meaning between scripts (set 7) that names.translated_across_scripts does not
    # catch: a brand translated into English ("Nourishing Meals" for 颐膳) and an NGO rendered word by
    # word in Chinese ("生活河流网络" for Living River Network).
    ("hangzhou-elderly-canteens", "Nourishing Meals"),
    ("laos-hydropower-financing", "生活河流网络"),
}


def test_there_are_enough_articles() -> None:
    assert len(FOLDERS) >= 5


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_paragraph_alignment_equals_gold(folder, corpora_reports: dict[str, ArticleReport]) -> None:  # type: ignore[no-untyped-def]
    gold = load_gold(folder)
    predicted = [(list(b.source), list(b.target)) for b in corpora_reports[folder.name].alignment.beads]
    assert predicted == [(list(s), list(t)) for s, t in gold.alignment]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_every_gold_artefact_is_found(folder, corpora_reports: dict[str, ArticleReport]) -> None:  # type: ignore[no-untyped-def]
    score = score_report(corpora_reports[folder.name], load_gold(folder))
    missed = {(folder.name, a.excerpt) for a in score.missed if a.category not in BEYOND_THE_CHECKS}
    expected = {miss for miss in KNOWN_MISSES if miss[0] == folder.name}
    assert missed == expected


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_clean_paragraphs_have_no_findings(folder, corpora_reports: dict[str, ArticleReport]) -> None:  # type: ignore[no-untyped-def]
    gold = load_gold(folder)
    clean = set(gold.clean_target_paragraphs)
    noisy = [
        (f.check, f.target_paragraph, f.excerpt)
        for f in corpora_reports[folder.name].findings
        if f.target_paragraph in clean
    ]
    assert noisy == []


def test_precision_over_the_corpora(corpora_reports: dict[str, ArticleReport]) -> None:
    true = false = 0
    wrong = []
    for folder in FOLDERS:
        score = score_report(corpora_reports[folder.name], load_gold(folder))
        true += len(score.true_findings)
        false += len(score.false_findings)
        wrong += [(folder.name, f.check, f.excerpt) for f in score.false_findings]
    assert true / max(1, true + false) >= 0.95, wrong


def test_seed_findings_at_their_spans(corpora_reports: dict[str, ArticleReport]) -> None:
    report = corpora_reports["china-us-ai-talks"]
    text = report.target.text

    def found(category: str, needle: str, nth: int = 1) -> bool:
        start = -1
        for _ in range(nth):
            start = text.index(needle, start + 1)
        end = start + len(needle)
        return any(
            f.category == category and f.target_span and f.target_span.start < end and start < f.target_span.end
            for f in report.findings
        )

    assert found("sentence_boundary", "coopération. potentiel")
    assert found("sentence_boundary", "internationales. coopération")
    assert found("punctuation", "l'IA. .")
    assert found("name", "Chine Direct", 1)
    assert found("name", "Chine Direct", 2)
    assert found("typography", "’")
