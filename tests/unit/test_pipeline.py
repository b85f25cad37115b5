from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.config import CheckConfig, Config, GateConfig
from mtqa.errors import LanguageError
from mtqa.io import document_from_text
from mtqa.pipeline import check_article, checks_signature, load_pair
from tests.fakes import BagOfWords

EN = "Storm hits the Alps\n\nA storm hit the Alps on Monday. Several huts lost their roofs.\n"
FR = "Une tempête frappe les Alpes\n\nUne tempête a frappé les Alpes lundi.. Plusieurs cabanes ont perdu leur toit.\n"


def test_load_pair_detects_languages_and_segments() -> None:
    pair = load_pair(document_from_text(EN, "en.txt"), document_from_text(FR, "fr.txt"))
    assert (pair.source.lang, pair.target.lang) == ("en", "fr")
    assert len(pair.source.sentences) == 3 and len(pair.target.sentences) == 3


def test_unknown_language_tag_is_a_language_error() -> None:
    with pytest.raises(LanguageError, match="unknown language tag 'xx'"):
        load_pair(document_from_text(EN, "en.txt"), document_from_text(FR, "fr.txt"), target_lang="xx")


@pytest.mark.parametrize(("side", "option"), [("source", "--source-lang"), ("target", "--target-lang")])
def test_a_bad_language_a_file_declares_is_refused_naming_the_file_and_the_side(side: str, option: str) -> None:
    from dataclasses import replace

    source, target = document_from_text(EN, "de/story.xlf"), document_from_text(FR, "de/story.xlf")
    if side == "source":
        source = replace(source, lang="qq-Zzzz-123456789")
    else:
        target = replace(target, lang="de-1")
    with pytest.raises(
        LanguageError, match=rf"^de/story\.xlf: the {side} language the file declares: invalid .*{option}$"
    ):
        load_pair(source, target)
    pair = load_pair(source, target, source_lang="en", target_lang="fr")  # the option overrides the file
    assert (pair.source.lang, pair.target.lang) == ("en", "fr")


@pytest.mark.parametrize("declared", ["und", "UND"])
def test_a_file_declaring_an_undetermined_language_has_its_language_detected(declared: str) -> None:
    # XLIFF/PO/TMX "und": no language to check by; the text's own is detected, on either side.
    from dataclasses import replace

    source = replace(document_from_text(EN, "story.po"), lang=declared)
    target = replace(document_from_text(FR, "story.po"), lang=declared)
    pair = load_pair(source, target)
    assert (pair.source.lang, pair.target.lang) == ("en", "fr")
    pair = load_pair(replace(source, lang="en"), target)
    assert pair.target.lang == "fr"


def test_check_article_runs_every_stage(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    encoder = BagOfWords()
    config = Config(checks=CheckConfig(enable=("punctuation",)), gate=GateConfig(fail_on="minor"))
    report = check_article(tmp_path / "en.txt", tmp_path / "fr.txt", config, encoder=encoder)
    assert [f.check for f in report.findings] == ["punctuation.stray"]
    assert report.target.excerpt(report.findings[0].target_span) == ".."  # type: ignore[arg-type]
    assert not report.summary.passed and report.gate_reasons
    assert [(b.source, b.target) for b in report.alignment.beads] == [((0,), (0,)), ((1,), (1,))]
    assert str(report.signature).startswith("encoder:bag-of-words@test|align:mtqa-dp-1|checks:")
    assert len(encoder.calls) == 2  # one batch per side


PRODUCT_EN = """Trail bottle 750 ml

Capacity: 750 ml

Weight: 180 g

Material: stainless steel

Keeps drinks cold for 24 hours."""

PRODUCT_FR = """Gourde de randonnée 750 ml

Contenance: 750 ml

Poids: 180 g

Matériau: acier inoxydable

Garde les boissons au frais pendant 24 heures."""


def test_a_product_page_is_checked_as_one_unless_a_profile_is_chosen() -> None:
    source, target = document_from_text(PRODUCT_EN, "en.txt", "en"), document_from_text(PRODUCT_FR, "fr.txt", "fr")
    config = Config(checks=CheckConfig(enable=("typography.french_spacing",)))
    report = check_article(source, target, config, encoder=BagOfWords())
    assert (report.profile, report.profile_inferred, report.findings) == ("product", True, ())
    chosen = Config(checks=CheckConfig(enable=("typography.french_spacing",), infer_profile=False))
    report = check_article(source, target, chosen, encoder=BagOfWords())
    assert (report.profile, report.profile_inferred) == ("news", False)
    assert len(report.findings) == 3  # a no-break space belongs before each colon in news


def test_every_bead_and_the_summary_carry_the_estimate() -> None:
    config = Config(checks=CheckConfig(enable=("punctuation",)))
    source, target = document_from_text(EN, "en.txt"), document_from_text(FR, "fr.txt")
    report = check_article(source, target, config, encoder=BagOfWords())
    beads = [*report.alignment.beads, *report.alignment.sentence_beads]
    assert beads and all(b.quality is not None and 0 < b.quality.score <= 100 for b in beads)
    flagged = next(b for b in report.alignment.sentence_beads if b.source == (1,))  # "lundi.."
    assert flagged.quality is not None and "findings_punctuation" in flagged.quality.drivers
    estimate = report.summary.estimate
    assert estimate is not None and 0 < estimate.score < 100
    # the estimate adds no finding, and the score combines it with the findings' penalty
    assert [f.check for f in report.findings] == ["punctuation.stray"]
    assert report.summary.quality_score < estimate.score


def test_checks_signature_depends_on_the_set_not_the_order() -> None:
    assert checks_signature(["b.x", "a.y"]) == checks_signature(["a.y", "b.x"])
    assert checks_signature(["a.y"]) != checks_signature(["a.y", "b.x"])


def test_a_checker_loads_its_encoder_once_and_takes_a_config_per_article(tmp_path: Path) -> None:
    from mtqa.pipeline import Checker

    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    checker = Checker(Config(checks=CheckConfig(enable=("punctuation",))), BagOfWords())
    first = checker.check(tmp_path / "en.txt", tmp_path / "fr.txt")
    second = checker.check(
        tmp_path / "en.txt", tmp_path / "fr.txt", config=Config(checks=CheckConfig(enable=("numbers",)))
    )
    assert {f.check for f in first.findings} == {"punctuation.stray"}
    assert {f.check for f in second.findings} <= {"numbers.mismatch", "numbers.missing", "numbers.added"}
    assert first.signature.checks != second.signature.checks
    assert first.signature.encoder == second.signature.encoder == "bag-of-words@test"


def test_a_given_alignment_is_kept_and_scored(tmp_path: Path) -> None:
    from mtqa.model import Alignment, Bead, ParagraphBead
    from mtqa.pipeline import Checker

    source = document_from_text("Alpine glacier.\n\nRiver forest.", "en.txt", "en")
    target = document_from_text("River forest.\n\nAlpine glacier.", "fr.txt", "en")
    # Crossed on purpose: a bilingual file says which unit translates which, not the aligner.
    given = Alignment(
        (
            ParagraphBead((0,), (1,), None, (Bead((0,), (1,), None),)),
            ParagraphBead((1,), (0,), None, (Bead((1,), (0,), None),)),
        )
    )
    report = Checker(encoder=BagOfWords()).check(source, target, alignment=given)
    assert [(b.source, b.target, b.similarity) for b in report.alignment.beads] == [
        ((0,), (1,), 1.0),
        ((1,), (0,), 1.0),
    ]
    assert report.signature.aligner == "given"


@pytest.mark.parametrize("tag", ["fr", "FR", "fr_FR", "fr-FR"])
def test_one_language_whatever_the_tag(tag: str) -> None:
    pair = load_pair(document_from_text(EN, "en.txt"), document_from_text(FR, "fr.txt"), "en", tag)
    assert pair.target.lang == "fr"


def test_the_public_api_is_listed() -> None:
    import mtqa

    assert {
        "check_article",
        "Checker",
        "Config",
        "ArticleReport",
        "Finding",
        "Signature",
        "MtqaError",
        "compare_engines",
    } <= set(dir(mtqa))
    assert all(getattr(mtqa, name) is not None for name in mtqa.__all__)


def test_a_checker_keeps_document_languages_in_the_cache_folder_unless_the_cache_is_off(tmp_path: Path) -> None:
    from mtqa.lang.store import DATABASE_NAME
    from mtqa.pipeline import Checker

    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    off = Config(cache=False, cache_dir=tmp_path / "off", checks=CheckConfig(enable=("punctuation",)))
    Checker(off, BagOfWords()).check(tmp_path / "en.txt", tmp_path / "fr.txt")
    assert not (tmp_path / "off").exists()
    on = Config(cache_dir=tmp_path / "on", checks=CheckConfig(enable=("punctuation",)))
    first = Checker(on, BagOfWords()).check(tmp_path / "en.txt", tmp_path / "fr.txt")
    again = Checker(on, BagOfWords()).check(tmp_path / "en.txt", tmp_path / "fr.txt")
    assert (tmp_path / "on" / DATABASE_NAME).is_file()
    assert (first.source.lang, first.target.lang) == (again.source.lang, again.target.lang) == ("en", "fr")


def test_a_side_of_more_paragraphs_than_an_article_has_is_refused_before_it_is_segmented() -> None:
    from mtqa.errors import InputError
    from mtqa.pipeline import Checker

    many = "\n\n".join(f"Zeile {i}." for i in range(60))
    checker = Checker(encoder=BagOfWords())
    with pytest.raises(InputError, match=r"^de\.txt: 60 paragraphs \(table cells.*more than the 59 mtqa checks"):
        checker.prepare(
            document_from_text(EN, "en.txt"), document_from_text(many, "de.txt"), "en", "de", max_paragraphs=59
        )
    assert (
        len(
            checker.prepare(
                document_from_text(EN, "en.txt"), document_from_text(many, "de.txt"), "en", "de", max_paragraphs=60
            ).target.paragraphs
        )
        == 60
    )


def test_a_side_of_more_sentences_than_an_article_has_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # One paragraph of many short sentences (the paragraph limit does not see them), in another wording
    # and language than the paragraphs' test; the limit is lowered so that the test stays small.
    import mtqa.pipeline as pipeline
    from mtqa.errors import InputError
    from mtqa.pipeline import Checker

    monkeypatch.setattr(pipeline, "MAX_SENTENCES", 30)
    short = "Titolo\n\n" + " ".join(["Sì. Va bene."] * 20)
    checker = Checker(encoder=BagOfWords())
    with pytest.raises(InputError, match=r"^it\.txt: 41 sentences, more than the 30 mtqa checks as one article"):
        checker.prepare(
            document_from_text(EN, "en.txt"), document_from_text(short, "it.txt"), "en", "it", max_paragraphs=100
        )
    fewer = "Titolo\n\n" + " ".join(["Sì. Va bene."] * 14)
    pair = checker.prepare(
        document_from_text(EN, "en.txt"), document_from_text(fewer, "it.txt"), "en", "it", max_paragraphs=100
    )
    assert len(pair.target.sentences) == 29


def test_an_identified_language_is_not_asked_again_but_a_given_one_is(tmp_path: Path) -> None:
    from mtqa.lang import Language
    from mtqa.lang.store import LanguageStore
    from mtqa.model import Document
    from mtqa.pipeline import Checker, language_warnings

    source, target = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    source.write_text("The museum will reopen in May after two years of building work in the old town.\n")
    target.write_text("Le musée rouvrira en mai après deux ans de travaux dans la vieille ville.\n")
    checker = Checker(encoder=BagOfWords())
    asked: list[str] = []
    real = checker.identifier.contradiction

    def counted(document: Document, declared: Language, store: LanguageStore | None = None) -> Language | None:
        asked.append(declared.code)
        return real(document, declared, store)

    checker.identifier.contradiction = counted  # type: ignore[method-assign]
    identified = checker.check(source, target)
    assert language_warnings(checker, identified, None, None) == [] and asked == []
    given = checker.check(source, target, source_lang="fr", target_lang="fr")
    warnings = language_warnings(checker, given, "fr", "fr")
    assert asked == ["fr", "fr"] and any("reads as en" in w for w in warnings)
