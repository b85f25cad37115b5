"""Word frequencies of a language (wordfreq)."""

from __future__ import annotations

from mtqa.lang import Language
from mtqa.lang.lexicon import lexicon


def test_common_words_are_common_and_foreign_words_rare() -> None:
    english, french = lexicon(Language.parse("en")), lexicon(Language.parse("fr"))
    assert english is not None and french is not None
    assert french.zipf("maison") > 4.5 > english.zipf("maison")
    assert english.zipf("powerful") - french.zipf("powerful") > 1.5
    assert french.zipf("Maison") == french.zipf("maison")
    assert french.zipf("aujourd’hui") == french.zipf("aujourd'hui") > 4
    assert "maison" in french and "xqzvwrt" not in french and french.zipf("xqzvwrt") == 0.0


def test_a_language_wordfreq_does_not_know_has_no_lexicon() -> None:
    assert lexicon(Language.parse("eu")) is None
    assert lexicon(Language.parse("und")) is None
