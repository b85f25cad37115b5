"""Verb detection from the language data."""

from __future__ import annotations

import pytest

from mtqa.lang import Language
from mtqa.lang.grammar import has_verb, verb_lexicon


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le ministre a parlé.", "fr", True),
        ("Chine Direct mardi.", "fr", False),
        ("Das Stadion bebte.", "de", True),
        ("The minister resigned.", "en", True),
        ("Reuters on Friday.", "en", False),
        ("Anything at all.", "tlh", None),
    ],
)
def test_has_verb(text: str, lang: str, expected: bool | None) -> None:
    assert has_verb(text, Language.parse(lang)) is expected


def test_lexicon_limits_come_from_the_family_file() -> None:
    lexicon = verb_lexicon(Language("fr"))
    assert lexicon is not None and lexicon.max_words == 5 and lexicon.clause_words == (4, 10)
