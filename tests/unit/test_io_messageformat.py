"""The syntax of UI message strings (ICU MessageFormat, {{name}}, printf)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.io.messageformat import syntax_spans


def _syntax(text: str) -> list[str]:
    return [text[start:end] for start, end in syntax_spans(text)]


@pytest.mark.parametrize(
    ("text", "syntax"),
    [
        ("Hello, {name}!", ["{name}"]),
        ("Updated {when, date, short}", ["{when, date, short}"]),
        ("{count, plural, one {# file} other {# files}} selected", ["{count, plural, one {#", "} other {#", "}}"]),
        (
            "{g, select, female {Elle a {n, number} fichiers} other {Il a # fichiers}}",
            ["{g, select, female {", "{n, number}", "} other {", "}}"],  # "#" is prose outside a plural
        ),
        ("{n, plural, offset:1 =0 {aucun} other {# autres}}", ["{n, plural, offset:1 =0 {", "} other {#", "}}"]),
        ("{{name}} a %s et %(count)d", ["{{name}}", "%s", "%(count)d"]),  # i18next and printf
        ("Taux de %1$s : 5 %%", ["%1$s"]),
        ("l'IA de {name} n'est pas '{quoted}'", ["{name}"]),  # ICU quoting: only before a brace
        ("Plain prose.", []),
        ("{a, select, male {He} other {They}", ["{He}", "{They}"]),  # unbalanced: simple placeholders only
    ],
)
def test_syntax_spans(text: str, syntax: list[str]) -> None:
    assert _syntax(text) == syntax


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="{}#', abcone=%s", max_size=40))
def test_spans_are_ordered_disjoint_and_inside_the_text(text: str) -> None:
    spans = syntax_spans(text)
    assert all(0 <= start < end <= len(text) for start, end in spans)
    assert all(left[1] <= right[0] for left, right in pairwise(spans))


def test_arguments_nested_beyond_any_message_keep_only_simple_placeholders() -> None:
    text = "a {b, plural, one {" * 5_000
    assert syntax_spans(text) == []
