"""The text helpers shared by the check families."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.checks._textutil import decode_references, fold, mask_protected, protected_spans, reference_spans
from tests.checks_helpers import failing_ids, findings_for


@pytest.mark.parametrize(
    ("text", "decoded"),
    [
        ("l&#x2019;homme", "l’\u2060\u2060\u2060\u2060\u2060\u2060\u2060homme"),
        ("50&#xA0;mm", "50\u00a0\u2060\u2060\u2060\u2060\u2060mm"),
        ("&frac12; inch", "½\u2060\u2060\u2060\u2060\u2060\u2060\u2060 inch"),
        ("R&D and &nosuchname; stay", "R&D and &nosuchname; stay"),
        # broken by one space (markup.entity reports it): still the character for the other checks
        ("2&frac 34; cups", "2¾\u2060\u2060\u2060\u2060\u2060\u2060\u2060\u2060 cups"),
        ("S& ndash;XL", "S–\u2060\u2060\u2060\u2060\u2060\u2060\u2060XL"),
        ("AT& T; and Q & A; stay", "AT& T; and Q & A; stay"),
        ("no reference", "no reference"),
    ],
)
def test_references_are_decoded_in_place(text: str, decoded: str) -> None:
    assert decode_references(text) == decoded
    assert len(decode_references(text)) == len(text)


def test_masking_decodes_references_too() -> None:
    assert ";" not in mask_protected("Taille&#xA0;: 50 mm")


def test_references_are_not_numbers_or_punctuation() -> None:
    source = "It's a ½ inch pipe; buy 2 today."
    target = "C&#x2019;est un tuyau d&#x2019;un &frac12; pouce&#xA0;; achetez-en 2 aujourd&#x2019;hui."
    assert failing_ids(findings_for(source, target, checks=("numbers", "punctuation"))) == set()
    assert failing_ids(findings_for("The 2019 model.", "Le modèle de l&#x2019;année 2018.", checks=("numbers",))) == {
        "numbers.mismatch"
    }


def test_reference_spans_cover_broken_references_that_name_a_character() -> None:
    text = 'Maße 16&frac 12;" x 20&quot; &nosuch; R& D;'
    assert [text[start:end] for start, end in reference_spans(text)] == ["&frac 12;", "&quot;"]


def test_a_broken_reference_is_no_number_or_semicolon() -> None:
    # Italian: the "34" of "&frac 34;" is no added number, its ";" no punctuation mark.
    source = 'Fits 8&frac34;" cups; wash by hand.'
    target = 'Adatto a tazze da 8&frac 34;"; lavare a mano.'
    assert failing_ids(findings_for(source, target, "en", "it", checks=("numbers",))) == set()
    assert failing_ids(findings_for(source, target, "en", "it", checks=("markup",))) == {"markup.entity"}


# The test of what may be protected, as it was written before: tried at every character.
OLD_HINT = re.compile(r"://|www\.|@|\.(?:com|org|net|edu|gov|int|io|fr|de|uk|cn|ch|be|ca|eu|info)\b", re.IGNORECASE)
PIECES = [
    "www",
    "WwW",
    ".",
    "com",
    "CoM",
    ".io",
    "ınfo",
    "u\u212a",
    "\u017f",
    "K",
    ":",
    "//",
    "@",
    "a",
    " ",
    ";",
    "=",
    ")",
    "-",
    "x_1",
    "é",
]


@given(st.lists(st.sampled_from(PIECES), max_size=12))
@settings(max_examples=400)
def test_the_cheap_test_of_protected_text_answers_as_the_old_pattern(pieces: list[str]) -> None:
    from mtqa.checks._textutil import _EMOTICON, _PROTECTED, mask_protected, may_hold_protected

    text = "".join(pieces)
    assert may_hold_protected(text) == bool(OLD_HINT.search(text))
    masked = _PROTECTED.sub(lambda m: "x" * len(m.group()), text) if OLD_HINT.search(text) else text
    assert mask_protected(text) == _EMOTICON.sub(lambda m: "x" * len(m.group()), masked)


def test_words_and_long_texts_are_folded_alike_through_caches_of_their_own() -> None:
    from mtqa.checks import _textutil

    word, sentence = "Élysée", "Le président s’est rendu à l’Élysée pour une réunion avec les ministres de l’Économie."
    before = _textutil._fold_unicode.cache_info().currsize
    assert fold(word) == "elysee" and fold(sentence).startswith("le president s'est rendu a l'elysee")
    assert fold(sentence) == _textutil._folded(sentence) and len(sentence) > _textutil._WORD_LENGTH
    assert _textutil._fold_unicode.cache_info().currsize <= before + 1  # the word only
    assert (_textutil._fold_long.cache_info().maxsize or 0) < (_textutil._fold_unicode.cache_info().maxsize or 0)


def test_alternation_puts_longer_words_first_and_escapes_them() -> None:
    from mtqa.checks._textutil import alternation

    assert alternation(["qu", "quoiqu", "a.b"]) == r"quoiqu|a\.b|qu"
    assert re.fullmatch(rf"(?:{alternation(['qu', 'quoiqu'])})'", "quoiqu'")


def test_inline_code_spans_are_protected() -> None:
    text = "Run `policy set --require` then see https://x.example.org: done."
    masked = mask_protected(text)
    assert len(masked) == len(text)
    assert "policy" not in masked and "require" not in masked and masked.endswith(": done.")
    assert (4, 26) in protected_spans(text)
    # a lone backtick opens no span: the words after it are prose
    assert mask_protected("It's a `quote and more") == "It's a `quote and more"


@given(
    st.lists(
        st.sampled_from(["Tiếng Việt", "Größe", "élysée", "ΆΈ", "שָׁלוֹם", "كَتَبَ", "हिन्दी", "ǅ", "ﬁ", "’", "x", " "]),
        max_size=12,
    ).map("".join)
)
@settings(max_examples=200)
def test_folding_drops_every_combining_mark_as_one_character_at_a_time_would(text: str) -> None:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    expected = "".join(character for character in decomposed if not unicodedata.combining(character)).casefold()
    assert fold(text) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=12),
    st.lists(st.integers(-2, 65), max_size=20),
)
def test_a_span_set_holds_the_positions_the_spans_hold(spans: list[tuple[int, int]], positions: list[int]) -> None:
    from mtqa.checks._textutil import SpanSet, inside

    merged = SpanSet(spans)
    for position in positions:
        assert inside(position, merged) == inside(position, spans) == any(s <= position < e for s, e in spans)


def test_typography_over_thousands_of_protected_spans_in_one_paragraph_is_linear() -> None:
    import time

    # Before, each colon or guillemet asked all of the paragraph's spans whether they held it: "&amp;"
    # 20,000 times in one French paragraph took 36 s in typography.french_spacing alone.
    text = "Il a dit : « oui » " + "&amp; x : " * 20_000 + "fin."
    started = time.process_time()
    found = findings_for("He said: yes.", text, "en", "fr")
    assert time.process_time() - started < 10
    assert found is not None
