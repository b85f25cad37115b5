"""The runner: iteration by scope, requirements, crash isolation, preconditions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any, ClassVar

import pytest

from mtqa.checks.base import Check, CheckContext, CheckInfo, ParagraphPair, Scope, SentencePair, fails, passes
from mtqa.checks.registry import registry, select_checks
from mtqa.checks.runner import run_checks
from mtqa.config import CheckConfig
from mtqa.errors import CheckCrashed
from mtqa.model import Finding, Span
from mtqa.runcache import RunMemo
from tests.checks_helpers import context_for

TEXTS = ("One. Two.\n\nThree.", "Un. Deux.\n\nTrois.")
EXAMPLES = {"failing": (fails("a", "b", finds="b"),), "passing": (passes("a", "a"),)}


class Counting(Check):
    """Reports every unit it is called on, so the test sees how the runner iterates."""

    info: ClassVar[CheckInfo] = CheckInfo(
        id="test.sentences",
        category="custom",
        severity="minor",
        description="Each sentence bead.",
        scope=Scope.SENTENCE,
        **EXAMPLES,  # type: ignore[arg-type]
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        yield self.finding(context, "seen", target_span=pair.target[0].span)


class Paragraphs(Check):
    info: ClassVar[CheckInfo] = CheckInfo(
        id="test.paragraphs",
        category="custom",
        severity="minor",
        description="Each paragraph bead.",
        scope=Scope.PARAGRAPH,
        **EXAMPLES,  # type: ignore[arg-type]
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        yield self.finding(context, "seen", target_span=pair.target[0].span)


class NeedsEncoder(Counting):
    info = replace(Counting.info, id="test.encoder", requires=("encoder",))


class NeedsSameScript(Counting):
    info = replace(Counting.info, id="test.script", requires=("same_script",))


class GermanOnly(Counting):
    info = replace(Counting.info, id="test.german", languages=("de",))


class Crashing(Check):
    info: ClassVar[CheckInfo] = CheckInfo(
        id="test.crash",
        category="custom",
        severity="minor",
        description="Crashes.",
        **EXAMPLES,  # type: ignore[arg-type]
    )

    def check_document(self, context: CheckContext) -> Iterator[Finding]:
        raise KeyError("boom")


class NeedsPercent(Check):
    """Crashes when called: the runner must not call it on a translation without a percent sign."""

    info: ClassVar[CheckInfo] = replace(Crashing.info, id="test.percent", target_needs="%")

    def check_document(self, context: CheckContext) -> Iterator[Finding]:
        raise AssertionError("called")


class NeedsBraceAnywhere(NeedsPercent):
    info: ClassVar[CheckInfo] = replace(Crashing.info, id="test.brace", article_needs="{")


def test_the_runner_calls_a_check_once_per_unit_of_its_scope() -> None:
    context = context_for(*TEXTS)
    assert len(run_checks(context, [Counting]).findings) == 3
    assert len(run_checks(context, [Paragraphs]).findings) == 2


def test_an_unmet_requirement_skips_the_check_and_says_why() -> None:
    run = run_checks(context_for(*TEXTS), [NeedsEncoder])
    assert run.findings == ()
    assert [(p.check, p.message, p.crashed) for p in run.problems] == [
        ("test.encoder", "not run: needs an encoder", False)
    ]


def test_a_check_comparing_letters_is_skipped_across_scripts_and_says_why() -> None:
    latin = run_checks(context_for("Lagarde spoke in Frankfurt.", "Lagarde a parlé à Francfort."), [NeedsSameScript])
    assert len(latin.findings) == 1 and latin.problems == ()
    cyrillic = context_for("Lagarde spoke in Frankfurt.", "Лагард выступила во Франкфурте.", "en", "ru")
    run = run_checks(cyrillic, [NeedsSameScript])
    assert run.findings == ()
    assert [(p.check, p.message) for p in run.problems] == [
        ("test.script", "not run: needs the source and the translation written in the same script")
    ]


def test_the_names_checks_need_one_script() -> None:
    from mtqa.checks.names import LiteralTranslation, MissingName

    assert all("same_script" in check.info.requires for check in (LiteralTranslation, MissingName))


@pytest.mark.parametrize("target", ["de", "DE", "de_AT", "de-CH"])
def test_target_languages_are_matched_whatever_the_tag_says(target: str) -> None:
    context = context_for(*TEXTS, "en", target)
    assert len(run_checks(context, [GermanOnly]).findings) == 3
    assert run_checks(context_for(*TEXTS, "en", "fr"), [GermanOnly]).findings == ()


def test_a_crash_names_the_check_and_the_article() -> None:
    with pytest.raises(CheckCrashed, match=r"check test\.crash crashed on target\.txt \(KeyError: 'boom'\)"):
        run_checks(context_for(*TEXTS), [Counting, Crashing])


def test_keep_going_records_the_crash_and_runs_the_rest() -> None:
    run = run_checks(context_for(*TEXTS), [Counting, Crashing], keep_going=True)
    assert len(run.findings) == 3
    assert [(p.check, p.crashed) for p in run.problems] == [("test.crash", True)]
    assert "KeyError" in run.problems[0].message


def test_the_plan_of_one_article_is_not_carried_to_the_next() -> None:
    # The runner works out which checks to visit once per selection, language and unmet requirements:
    # articles of another language or with other means in the same run get their own plan.
    checks = [Counting, GermanOnly, NeedsEncoder]
    german = run_checks(context_for(*TEXTS, "en", "de"), checks)
    french = run_checks(context_for(*TEXTS, "en", "fr"), checks)
    assert sorted({f.check for f in german.findings}) == ["test.german", "test.sentences"]
    assert {f.check for f in french.findings} == {"test.sentences"}
    assert [p.check for p in german.problems] == [p.check for p in french.problems] == ["test.encoder"]
    with_encoder = run_checks(replace(context_for(*TEXTS), encoder=object()), [NeedsEncoder])  # type: ignore[arg-type]
    assert len(with_encoder.findings) == 3 and with_encoder.problems == ()


def test_the_unmasked_article_is_built_once_and_shared() -> None:
    context = context_for(*TEXTS)
    assert context.unmasked() is context  # nothing was masked
    masked = replace(context, original_target=context.target, _analyses={})
    assert masked.unmasked() is masked.unmasked()
    assert masked.unmasked().original_target is None


SHORT = (
    "The Harlow council met on Monday to discuss the new bus lanes. Residents had complained about "
    "traffic for several months. The mayor promised a decision before the summer holidays. Local shops "
    "fear that parking spaces will disappear. Marta Kowalczyk, the chief engineer of the regional "
    "transport authority, said on Tuesday that the line would open in March.",
    "Le conseil de Harlow s'est réuni lundi pour discuter des nouvelles voies de bus. Les habitants se "
    "plaignaient de la circulation depuis plusieurs mois. Le maire a promis une décision avant les "
    "vacances d'été. Les commerçants craignent la disparition des places de stationnement. La ligne "
    "ouvrira en mars.",
)


def test_a_check_defers_to_its_precondition_even_when_that_one_is_not_selected() -> None:
    from tests.unit.test_checks_names import with_similarity

    context = with_similarity(context_for(*SHORT), 0.8)
    checks = registry().checks
    assert [f.check for f in run_checks(context, [checks["omission.short_translation"]]).findings] == [
        "omission.short_translation"
    ]
    # Without the precondition the name would be reported missing ...
    missing = checks["names.missing"]
    undeferred = type("Undeferred", (missing,), {"info": replace(missing.info, id="test.undeferred", defers_to=())})
    reported = run_checks(context, [undeferred]).findings
    assert [context.source.excerpt(f.source_span) for f in reported if f.source_span] == ["Marta Kowalczyk"]
    # ... but it went with the rest of its clause: reported once, as an omission, not as a missing name.
    assert run_checks(context, [missing]).findings == ()
    both = run_checks(context, [checks["names.missing"], checks["omission.short_translation"]])
    assert [f.check for f in both.findings] == ["omission.short_translation"]


class EveryCharacter(Check):
    """One finding per character of the paragraph, as a check would on 200,000 stray brackets."""

    info: ClassVar[CheckInfo] = CheckInfo(
        id="test.characters",
        category="custom",
        severity="minor",
        description="Each character.",
        scope=Scope.PARAGRAPH,
        **EXAMPLES,  # type: ignore[arg-type]
    )
    asked: ClassVar[list[int]] = []

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        start = pair.target[0].span.start
        for offset in range(len(pair.target[0].text)):
            self.asked.append(offset)
            yield self.finding(context, "seen", target_span=Span(start + offset, start + offset + 1))


def test_findings_of_one_check_in_one_paragraph_are_bounded_and_the_cut_is_said() -> None:
    from mtqa.checks.runner import MAX_FINDINGS_PER_UNIT

    EveryCharacter.asked.clear()
    run = run_checks(context_for("Short.\n\nShort too.", "(" * 1000 + "\n\nCourt aussi."), [EveryCharacter])
    assert len(run.findings) == MAX_FINDINGS_PER_UNIT + len("Court aussi.")
    assert len(EveryCharacter.asked) == MAX_FINDINGS_PER_UNIT + 1 + len("Court aussi.")  # the rest never made
    assert [(p.check, p.crashed) for p in run.problems] == [("test.characters", False)]
    assert "more than 100 problems in one paragraph: only the first 100" in run.problems[0].message


@pytest.mark.parametrize(
    ("target", "called"),
    [
        ("Les prix ont augmenté de 5 % en mai.", True),
        ("Les prix ont augmenté de 5 &#37; en mai.", True),  # a check that decodes references reads a %
        ("Die Preise stiegen im Mai um fünf Prozent.", False),
    ],
)
def test_a_check_is_not_called_on_a_translation_lacking_every_character_it_needs(target: str, called: bool) -> None:
    run = run_checks(context_for("Prices rose 5% in May.", target), [NeedsPercent], keep_going=True)
    assert [p.check for p in run.problems] == (["test.percent"] if called else [])


@pytest.mark.parametrize(
    ("source", "target", "called"),
    [
        ("Hello {name}.", "Bonjour.", True),  # a placeholder the translation lost: the source has it
        ("Hello.", "Bonjour {name}.", True),
        ("Hello name.", "Bonjour name.", False),
    ],
)
def test_a_check_needing_a_character_on_either_side_is_not_called_when_both_lack_it(
    source: str, target: str, called: bool
) -> None:
    run = run_checks(context_for(source, target), [NeedsBraceAnywhere], keep_going=True)
    assert [p.check for p in run.problems] == (["test.brace"] if called else [])


class CountingCalls(Counting):
    """Counts the articles it is called on, to tell a kept run from a run made again."""

    info = replace(Counting.info, id="test.calls")
    calls: ClassVar[list[str]] = []

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        CountingCalls.calls.append(pair.target_text)
        yield from super().check_sentence(context, pair)


def _shared_memo_contexts(*texts: tuple[str, str], **options: Any) -> list[CheckContext]:
    memo = RunMemo()
    return [replace(context_for(source, target, **options), memo=memo) for source, target in texts]


def test_an_article_checked_again_in_a_run_is_not_checked_twice() -> None:
    CountingCalls.calls.clear()
    first, again, other = _shared_memo_contexts(TEXTS, TEXTS, ("One. Two.\n\nThree.", "Un. Deux.\n\nQuatre."))
    assert run_checks(again, [CountingCalls]) is not None
    kept = run_checks(first, [CountingCalls])
    assert kept == run_checks(context_for(*TEXTS), [CountingCalls])
    assert len(CountingCalls.calls) == 3 + 3  # the first two articles once, the fresh context once
    run_checks(other, [CountingCalls])
    assert len(CountingCalls.calls) == 6 + 3


def test_a_kept_run_does_not_answer_another_file_name_differently() -> None:
    first, second = _shared_memo_contexts(TEXTS, TEXTS)
    renamed = replace(second, target=replace(second.target, path="other.txt", sha256="x"))
    assert run_checks(first, [Counting]) == run_checks(renamed, [Counting])


@pytest.mark.parametrize(
    "change",
    [
        {"config": CheckConfig(glossary={"Two": "Deux"})},
        {"config": CheckConfig(profile="ui")},
        {"target_lang": "de"},
        {"source_lang": "es"},
    ],
)
def test_a_run_is_kept_only_for_the_same_config_and_languages(change: dict[str, Any]) -> None:
    CountingCalls.calls.clear()
    config = change.pop("config", None)
    first, second = _shared_memo_contexts(TEXTS, TEXTS, **change)
    if config is not None:
        second = replace(second, config=config)
    else:
        first = replace(first, source=replace(first.source, lang="en"), target=replace(first.target, lang="fr"))
    run_checks(first, [CountingCalls])
    run_checks(second, [CountingCalls])
    assert len(CountingCalls.calls) == 6


def test_a_run_is_kept_per_selection_of_checks() -> None:
    first, second = _shared_memo_contexts(TEXTS, TEXTS)
    assert len(run_checks(first, [Counting]).findings) == 3
    assert len(run_checks(second, [Paragraphs]).findings) == 2


def test_a_run_is_kept_only_for_the_same_sentence_pairing() -> None:
    CountingCalls.calls.clear()
    memo = RunMemo()
    paired = replace(context_for(*TEXTS), memo=memo)
    whole = replace(context_for(*TEXTS, sentences="paragraph"), memo=memo)
    assert len(run_checks(paired, [CountingCalls]).findings) == 3
    assert len(run_checks(whole, [CountingCalls]).findings) == 2


def test_an_enabled_check_for_another_language_is_said_not_run() -> None:
    from mtqa.config import CheckConfig

    source, target = "Rates rose , and inflation stays high .", "Die Zinsen stiegen , und die Inflation bleibt hoch ."

    def problems(enable: tuple[str, ...], lang: str = "de") -> list[tuple[str, str]]:
        context = context_for(source, target, "en", lang, config=CheckConfig(enable=enable))
        selected = select_checks(enable)  # as the pipeline passes them
        return [(p.check, p.message) for p in run_checks(context, selected).problems if "applies to" in p.message]

    # Named for German: it cannot run, and the report says so rather than pass with no check run.
    assert problems(("typography.french_spacing",)) == [
        ("typography.french_spacing", "not run: applies to translations in fr only, not de")
    ]
    assert problems(("typography.french_spacing",), "fr") == []
    # A family: its checks for other languages are left out silently while some of it runs.
    assert problems(("typography",)) == []
    assert problems(()) == []


class EveryDigitInTheDocument(Check):
    """A document check with one finding per digit of the translation, as numbers.added had on '1/2' x N."""

    info: ClassVar[CheckInfo] = CheckInfo(
        id="test.digits",
        category="custom",
        severity="minor",
        description="Each digit.",
        scope=Scope.DOCUMENT,
        **EXAMPLES,  # type: ignore[arg-type]
    )

    def check_document(self, context: CheckContext) -> Iterator[Finding]:
        text = context.target.text
        for offset, character in enumerate(text):
            if character.isdigit():
                yield self.finding(context, "digit", target_span=Span(offset, offset + 1))
        yield self.finding(context, "about the whole article")


def test_a_document_check_is_bounded_per_paragraph_too() -> None:
    # Document checks escaped the cap: 200,000 findings in one paragraph, and a report that never finished.
    from mtqa.checks.runner import MAX_FINDINGS_PER_UNIT

    target = "Titre 1.\n\n" + "1/2 " * 500 + "\n\nTrois 3 et 4.\n\n" + "9 " * 150
    run = run_checks(context_for("Title 1.\n\nHalf.\n\nThree 3 and 4.\n\nNine.", target), [EveryDigitInTheDocument])
    paragraphs = [p.span for p in run_context_paragraphs(target)]
    per_paragraph = [
        sum(1 for f in run.findings if f.target_span and s.start <= f.target_span.start < s.end) for s in paragraphs
    ]
    assert per_paragraph == [1, MAX_FINDINGS_PER_UNIT, 2, MAX_FINDINGS_PER_UNIT]
    assert sum(1 for f in run.findings if f.target_span is None) == 1  # a finding without a place is kept
    assert [(p.check, p.crashed) for p in run.problems] == [("test.digits", False)]
    assert "more than 100 problems in 2 paragraphs: only the first 100" in run.problems[0].message


def run_context_paragraphs(target: str) -> tuple[Any, ...]:
    return context_for("x", target).target.paragraphs
