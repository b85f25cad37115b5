"""A name the translation keeps as written in one paragraph and renders otherwise in another: a product
or range name translated (``Ridgeline 3L`` -> ``Højderyg 3L``), anglicised (``Alpin 45+10`` ->
``Alpine 45+10``) or stripped of its accents (``Héritage`` -> ``Heritage``) where the title keeps it.

The evidence is the translation's own: a capitalised source word (four letters or more, capitalised
inside a sentence somewhere in the source, not a common word of the target language) that the
translation writes exactly as the source does in at least one place is a name it does not translate.
Where an aligned paragraph of the source holds that word and its translation holds neither the word
(case ignored, inside a longer word too: a declined ``Ridgelinea``, a compound ``Ridgeline-jakken``) nor
an established rendering of it (an exonym: ``Munich`` for ``München``), the word that replaced it is
reported, when it can be told:

- a capitalised target word equal to the name once accents are folded (``Heritage``), in product,
  interface and documentation texts (news translators drop a company's accents now and then); or
- the capitalised target word beside a code the source writes next to the name (a word with a digit:
  ``3L``, ``45+10``) and the translation keeps: ``Højderyg`` before ``3L``; or beside another word of
  a name of several that the translation keeps there: ``Risteilyt`` after ``Solace`` for ``Solace
  Cruises``, kept whole in another paragraph. A word that merely extends the name (a declension,
  ``Torvika DD18``) is the name, unless it is a common word of the target language (``Alpine``).

Across scripts (a Greek, Korean or Russian translation that keeps the Latin-script name elsewhere), in
product, interface and documentation texts only, the word that replaced it is one that transliterates
it: a word of the target's script whose consonants, romanised, are the name's (:func:`sounds_like`:
``Ντριφτ`` for ``Drift``, ``코빅스`` for ``Corvix``) where the title keeps ``Drift 2`` or ``Corvix``. A
product page writes its brand one way; news transliterates names by convention and is not judged.

Across scripts too, a name of two capitalised words inside a source sentence ("the Lumora Mentor app")
whose first word the translation keeps in Latin letters and whose second it renders by a capitalised
word of its own cased script right after it (``Lumora Наставник``), keeping the second word nowhere,
is half translated: that word is reported (not a transliteration, nor an established rendering).

A name replaced by a pronoun or a description is left alone: no word can be pointed at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from mtqa.checks._textutil import fold
from mtqa.checks.base import CheckContext
from mtqa.checks.names.renderings import accepted_renderings
from mtqa.checks.names.scripts import sound_key
from mtqa.lang.lexicon import Lexicon, lexicon
from mtqa.lang.script import dominant_script, script_of
from mtqa.model import Paragraph, Span

# Names shorter than this are initials, particles or codes.
MIN_LETTERS = 4
# A word at least this common (Zipf) in the target language is a word of it, not a kept name; a
# replacement that extends the name and is this common is a word of the language, not a declension.
COMMON_ZIPF = 3.0

# Words with the codes products are named by: "3L", "45+10", "DD18", "AP-400".
# An elided article or preposition before a capital is a word of its own (French "l’Urbain", "d’Orsay",
# Italian "dell’Aurora"): the name after it is read alone, as the names extraction reads it.
_TOKEN = re.compile(
    r"(?<![\w'’])(?:[dl]|qu|dell|dall|nell|sull|all)(?=['’][A-ZÀ-ÖØ-Þ])|[^\W_](?:[\w+]|[-'’](?=[\w+]))*"
)


@dataclass(frozen=True)
class ReplacedName:
    name: str
    source_span: Span
    span: Span  # the word that stands for the name in the translation
    word: str
    beside: str = ""  # the name's other word, kept beside it, where the name is nowhere kept whole


class _Tok(NamedTuple):
    text: str
    start: int
    end: int


def _tokens(paragraph: Paragraph) -> list[_Tok]:
    base = paragraph.span.start
    return [_Tok(m.group(), base + m.start(), base + m.end()) for m in _TOKEN.finditer(paragraph.text)]


def _tokens_of(paragraphs: list[Paragraph]) -> list[_Tok]:
    return [t for p in paragraphs for t in _tokens(p)]


def _present(name: str, parts: list[str], words: Lexicon | None) -> bool:
    """True when a word of the translation is the name, declined or in a compound (``Ridgelinea``,
    ``Ridgelinejakke``), and not a common word of the language that merely begins like it (``Alpine``)."""
    folded = name.casefold()
    for part in parts:
        if part == name or (
            part.casefold().startswith(folded) and (words is None or words.zipf(part.lower()) < COMMON_ZIPF)
        ):
            return True
    return False


def _name_shaped(word: str) -> bool:
    return len(word) >= MIN_LETTERS and word.isalpha() and word[0].isupper() and not word.isupper()


def _inside_sentence(paragraph: Paragraph, start: int) -> bool:
    """True when a word or a digit comes before ``start`` in its sentence."""
    for sentence in paragraph.sentences or ():
        if sentence.span.start <= start < sentence.span.end:
            return any(c.isalnum() for c in sentence.text[: start - sentence.span.start])
    return any(c.isalnum() for c in paragraph.text[: start - paragraph.span.start])


def _kept_names(context: CheckContext) -> set[str]:
    """The name-shaped source words capitalised inside a sentence that the translation writes as is."""
    words = lexicon(context.target_language)
    target_words = {word for p in context.target.paragraphs for word in _TOKEN.findall(p.text)}
    target_words |= {part for word in list(target_words) if "-" in word for part in word.split("-")}
    # A model code makes a common word a product's name (``Storm 4``); news numbers common words too
    # ("Phase 2", "Level 4"), which a translator may render one way here and keep there.
    coded = context.config.profile != "news"
    names: set[str] = set()
    for paragraph in context.source.paragraphs:
        matches = list(_TOKEN.finditer(paragraph.text))
        for position, match in enumerate(matches):
            word = match.group()
            if word in names or word not in target_words or not _name_shaped(word):
                continue
            if (
                words is not None
                and words.zipf(word.lower()) >= COMMON_ZIPF
                and not (coded and _before_code(paragraph.text, matches, position))
            ):
                continue
            if _inside_sentence(paragraph, paragraph.span.start + match.start()):
                names.add(word)
    return names


def _before_code(text: str, matches: list[re.Match[str]], position: int) -> bool:
    """True when the word at ``position`` is followed, after one space, by a model code holding a digit
    (``Storm 4``, ``Home 2``): a common word of the target language there, kept as written, is a
    product's name. A code in brackets glosses the word ("Paris (COP21)")."""
    if position + 1 >= len(matches):
        return False
    code = matches[position + 1]
    return text[matches[position].end() : code.start()] == " " and any(c.isdigit() for c in code.group())


def _beside_anchors(names: set[str], tokens_of: _SourceTokens) -> set[str]:
    """Those of ``names`` that stand next to an anchor somewhere in the source: a word holding a digit
    (a code: ``3L``, ``45+10``), or another name-shaped word with a space between (a name of several
    words: ``Solace Cruises``)."""
    beside: set[str] = set()
    for index, paragraph in enumerate(tokens_of.paragraphs):
        if not any(name in paragraph.text for name in names):
            continue  # a name beside an anchor is written in its paragraph
        tokens = tokens_of(index)
        for position, token in enumerate(tokens):
            if token.text in names and token.text not in beside:
                for near in (position - 1, position + 1):
                    if 0 <= near < len(tokens) and _code_or_name_of_several(paragraph, tokens, near):
                        beside.add(token.text)
                        break
    return beside


def _code_or_name_of_several(paragraph: Paragraph, tokens: list[_Tok], position: int) -> bool:
    word = tokens[position].text
    return any(map(str.isdigit, word)) or (_name_shaped(word) and _spaced_name(paragraph, tokens, position))


class _SourceTokens:
    """The source paragraphs' tokens, each paragraph read once for the article."""

    def __init__(self, paragraphs: Sequence[Paragraph]) -> None:
        self.paragraphs = paragraphs
        self._tokens: dict[int, list[_Tok]] = {}

    def __call__(self, index: int) -> list[_Tok]:
        tokens = self._tokens.get(index)
        if tokens is None:
            tokens = self._tokens[index] = _tokens(self.paragraphs[index])
        return tokens


def _spaced_name(paragraph: Paragraph, tokens: list[_Tok], position: int) -> bool:
    """True when the word at ``position`` has a name-shaped neighbour with only a space between them."""
    text, base = paragraph.text, paragraph.span.start
    for near in (position - 1, position + 1):
        if not 0 <= near < len(tokens) or not _name_shaped(tokens[near].text):
            continue
        left, right = sorted((tokens[near], tokens[position]), key=lambda t: t.start)
        if text[left.end - base : right.start - base] == " ":
            return True
    return False


def replaced_names(context: CheckContext) -> list[ReplacedName]:
    """The kept names that an aligned paragraph replaces by another word: see the module."""
    if sum(1 for bead in context.alignment.beads if bead.source and bead.target) < 2:
        return []  # the name must be kept in one bead and replaced in another
    # News translators write a company's accents as their readers' keyboards allow (``Ace Aero
    # Partenaires`` beside ``Aéro``); a product's or a screen's name is written one way. Without the
    # accents, only a code beside a name can show the word that replaced it.
    folding = context.config.profile != "news"
    source_script = dominant_script(context.source.text)
    target_script = dominant_script(context.target.text)
    across = source_script is not None and target_script is not None and source_script != target_script
    if across and (not folding or source_script != "LATIN"):
        return []  # news transliterates names by convention; only a Latin-script name is compared by sound
    names = _kept_names(context)
    tokens_of = _SourceTokens(context.source.paragraphs)
    if names and not folding:
        names = _beside_anchors(names, tokens_of)
    # A word of a name of several rendered by its meaning beside the other words kept (across scripts;
    # in one script, in product, interface and documentation texts).
    found: list[ReplacedName] = _translated_beside_kept(context, tokens_of, across) if folding else []
    if not names:
        return found
    words = lexicon(context.target_language)
    common_allowed = not context.target_language.data.flag("traits", "capitalises_nouns")
    for bead in context.alignment.beads:
        if not bead.source or not bead.target:
            continue
        candidates = [
            (position, token, tokens)
            for index in bead.source
            if any(name in context.source.paragraphs[index].text for name in names)
            for tokens in [tokens_of(index)]
            for position, token in enumerate(tokens)
            if token.text in names and (folding or _anchor_beside(position, tokens))
        ]
        if not candidates:
            continue  # outside news a name can also lose its accents; in news only a code shows the word
        target_paragraphs = [context.target.paragraphs[i] for i in bead.target]
        folded_target = "\n".join(p.text for p in target_paragraphs).casefold()
        target_parts = [part for p in target_paragraphs for word in _TOKEN.findall(p.text) for part in word.split("-")]
        # The words with their places, and the source's, only for a name the translation does not write:
        # most are written, and making them was most of this check's cost.
        target_tokens: list[_Tok] | None = None
        source_words: set[str] = set()
        for position, token, source_tokens in candidates:
            if _present(token.text, target_parts, words):
                continue
            renderings = accepted_renderings(token.text, context.source_language, context.target_language, {})
            if any(
                _present(r, target_parts, words) if " " not in r else r.casefold() in folded_target
                for r in renderings
                if r
            ):
                continue  # an established rendering (an exonym)
            if target_tokens is None:
                target_tokens = _tokens_of(target_paragraphs)
                source_words = {fold(t.text) for i in bead.source for t in tokens_of(i)}
            if across:
                hit = next((t for t in target_tokens if sounds_like(t.text, token.text)), None)
                if hit is None and _KATAKANA.search(folded_target):
                    hit = _katakana_opening(target_tokens, token.text)
            else:
                hit = _replacement(
                    token, position, source_tokens, target_tokens, source_words, words, folding, common_allowed
                )
            if hit is not None:
                found.append(ReplacedName(token.text, Span(token.start, token.end), Span(hit.start, hit.end), hit.text))
    return found


def _translated_beside_kept(context: CheckContext, tokens_of: _SourceTokens, across: bool) -> list[ReplacedName]:
    """Across scripts, in a name of two capitalised words inside a source sentence between lower-case
    words ("the Lumora Mentor app"), the second word rendered by a capitalised word of the target's cased
    script right after the first one kept in Latin letters (``Lumora Наставник``), where the
    translation nowhere keeps the second word: the engine translated half of the name. A word that
    transliterates it (:func:`sounds_like`) or an established rendering (an exonym) is no translation.
    In one script, the same where the second word is a common word of the source language and the
    word after the kept one a common word of the target language that the source does not write
    (``Verdalo Garden`` as Finnish ``Verdalo Puutarha``): its meaning, translated."""
    found: list[ReplacedName] = []
    target_text = context.target.text
    for bead in context.alignment.beads:
        if len(bead.source) != 1 or not bead.target:
            continue
        tokens = tokens_of(bead.source[0])
        paragraph = context.source.paragraphs[bead.source[0]]
        for position in range(1, len(tokens) - 2):
            first, second = tokens[position], tokens[position + 1]
            if not (_name_shaped(first.text) and _name_shaped(second.text)):
                continue
            if not (tokens[position - 1].text.islower() and tokens[position + 2].text.islower()):
                continue  # a title in title case, or a longer name
            if paragraph.text[first.end - paragraph.span.start : second.start - paragraph.span.start] != " ":
                continue
            if second.text.casefold() in target_text.casefold():
                continue  # the translation keeps it somewhere
            if not across and not _translatable_word(context, second.text):
                continue
            hit = _word_after_kept(context, bead.target, first.text, second.text, across)
            if hit is not None:
                found.append(
                    ReplacedName(
                        second.text, Span(second.start, second.end), Span(hit.start, hit.end), hit.text, first.text
                    )
                )
    return found


def _translatable_word(context: CheckContext, word: str) -> bool:
    """True when ``word`` is a common word of the source language (``Garden``), which a name may hold and
    an engine translate."""
    words = lexicon(context.source_language)
    return words is not None and words.zipf(word.lower()) >= COMMON_ZIPF


def _word_after_kept(
    context: CheckContext, targets: Sequence[int], kept: str, name: str, across: bool = True
) -> _Tok | None:
    """The capitalised word of a cased script other than Latin right after ``kept`` (written as is) in the
    target paragraphs, followed by a lower-case word, unless it transliterates ``name`` or renders it as
    established; in one script (not ``across``), a capitalised common word of the target language there
    that the source does not write."""
    renderings = {
        r.casefold() for r in accepted_renderings(name, context.source_language, context.target_language, {}) if r
    }
    for index in targets:
        tokens = _tokens(context.target.paragraphs[index])
        for position in range(len(tokens) - 2):
            if tokens[position].text != kept:
                continue
            word, after = tokens[position + 1], tokens[position + 2]
            if not (word.text[:1].isupper() and word.text.isalpha()):
                continue
            if across and script_of(word.text[0]) in (None, "LATIN"):
                continue
            if not across and not _translated_word(context, word.text, name):
                continue
            if not after.text.islower() or word.text.casefold() in renderings or sounds_like(word.text, name):
                continue
            return word
    return None


def _anchor_beside(position: int, tokens: list[_Tok]) -> bool:
    """True when a word next to ``tokens[position]`` is an anchor (:func:`_anchor`)."""
    return any(0 <= near < len(tokens) and _anchor(tokens[near].text) for near in (position - 1, position + 1))


# A word of a name this long at least anchors the name's other word: product names end in short
# capitalised words ("Pay", "Air", "Pro", "Max") that a translation keeps as written.
MIN_ANCHOR_LETTERS = 3


def _anchor(word: str) -> bool:
    """A code (a digit: ``3L``, ``45+10``) or a name-shaped word (``Solace`` of ``Solace Cruises``, ``Pay``
    of ``Kestra Pay``): the translation's word beside it, where the translation keeps it as written,
    stands for the name."""
    return any(c.isdigit() for c in word) or (
        len(word) >= MIN_ANCHOR_LETTERS and word.isalpha() and word[0].isupper() and not word.isupper()
    )


def _replacement(
    name: _Tok,
    position: int,
    source_tokens: list[_Tok],
    target_tokens: list[_Tok],
    source_words: set[str],
    words: Lexicon | None,
    folding: bool,
    common_allowed: bool = False,
) -> _Tok | None:
    folded = fold(name.text)
    for token in target_tokens:
        if folding and token.text[0].isupper() and token.text != name.text and fold(token.text) == folded:
            return token  # the name without its accents
    for token in target_tokens:
        if folding and _final_vowel_dropped(token.text, name.text, words, common_allowed):
            return token
    for step in (1, -1):
        near = position + step
        if not 0 <= near < len(source_tokens) or not _anchor(source_tokens[near].text):
            continue
        code = source_tokens[near].text
        for index, token in enumerate(target_tokens):
            if token.text != code:
                continue
            other = index - step
            if not 0 <= other < len(target_tokens):
                continue
            candidate = target_tokens[other]
            if _stands_for(candidate.text, name.text, source_words, words):
                return candidate
    return None


_VOWELS = frozenset("aeiouy")


def _final_vowel_dropped(word: str, name: str, words: Lexicon | None, common_allowed: bool) -> bool:
    """True when ``word`` is ``name`` without its final vowel (``Ariett`` for ``Arietta``, ``Alpin`` for
    ``Alpine``), capitalised: the name respelt or translated as a word of the language would be (a
    declension changes or adds an ending; it does not leave the bare stem). A common word of the target
    language counts only with ``common_allowed``: where nouns are capitalised ("Form" beside a "Forma"
    product) such a word is the language's own."""
    folded = fold(name)
    return (
        len(word) >= MIN_LETTERS
        and word[0].isupper()
        and folded[-1:] in _VOWELS
        and fold(word) == folded[:-1]
        and (common_allowed or words is None or words.zipf(word.lower()) < COMMON_ZIPF)
    )


def _stands_for(word: str, name: str, source_words: set[str], words: Lexicon | None) -> bool:
    if not (word.replace("-", "").isalpha() and word[0].isupper()) or fold(word) in source_words:
        return False  # a word of the source: another name or a word kept
    if fold(word).startswith(fold(name)):
        return words is not None and words.zipf(word.lower()) >= COMMON_ZIPF  # a declension, unless a word
    return True


def _translated_word(context: CheckContext, word: str, name: str) -> bool:
    """True when ``word`` of the translation, in place of the name's word ``name``, is a common word of the
    target language that the source does not write: no kept name, a translated one."""
    words = lexicon(context.target_language)
    if words is None or fold(word) == fold(name) or words.zipf(word.lower()) < COMMON_ZIPF:
        return False
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", context.source.text, re.IGNORECASE) is None


# Consonant keys shorter than this (after the liquids are dropped) match too many words by chance.
MIN_SOUND_KEY = 3
# Romanised Greek writes d, b, g as ντ, μπ, γκ ("Ντριφτ" for "Drift"); Korean writes a final t as ㅅ,
# which romanises as s ("핏" for "Fit").
_GREEK_STOPS = (("nt", "d"), ("mp", "b"), ("gk", "g"), ("gg", "g"))
_HANGUL_BASE, _HANGUL_LAST = 0xAC00, 0xD7A3
_FINAL_S = 19  # the jongseong index of ㅅ
_REPEATS = re.compile(r"(.)\1+")


def sounds_like(word: str, name: str) -> bool:
    """True when ``word``, written in another script than Latin, transliterates the Latin-script ``name``:
    their consonant keys (:func:`sound_key`) agree once ``p``/``f`` (Korean and Japanese have no f or v)
    are one class and ``l``/``r`` are dropped (Korean and Japanese drop an English r before a consonant
    and write l and r alike). A name whose key is then shorter than ``MIN_SOUND_KEY`` is not compared."""
    if not word or script_of(word[0]) in (None, "LATIN") or not word.isalpha():
        return False
    expected = _loose(sound_key(name))
    if len(expected) < MIN_SOUND_KEY:
        # Too few consonants to tell ("Duetto": d, t): the whole word, vowels too, must be the name's.
        return len(name) >= MIN_SPELLED and _spelling(_romanisable(word)) == _spelling(name)
    target = _loose(sound_key(_romanisable(word)))
    # An h that Cyrillic and Greek write as a consonant (Х, Χ: "kh"), which the English key leaves out.
    return target == expected or (name[:1] in "Hh" and target == "k" + expected)


# A name of few consonants is compared letter by letter when it is this long at least.
MIN_SPELLED = 5
# Katakana, the script Japanese transliterates foreign names in; its long-vowel mark.
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")
# Vowel spellings that romanisation keeps apart from the Latin name's (Greek "ου", romanised "oy", is u).
_VOWEL_SPELLINGS = (("oy", "u"), ("ou", "u"), ("y", "i"), ("ph", "f"), ("kh", "k"))


def _spelling(word: str) -> str:
    """``word`` romanised, in lower case, with doubled letters single and the vowel spellings of
    transliteration (Greek "ου") made the Latin ones: "Ντουέτο" and "Duetto" are both "dueto"."""
    from anyascii import anyascii

    latin = re.sub(r"[^a-z]", "", anyascii(word).lower())
    for spelling, letter in _VOWEL_SPELLINGS:
        latin = latin.replace(spelling, letter)
    return _REPEATS.sub(r"\1", latin)


def _katakana_opening(tokens: list[_Tok], name: str) -> _Tok | None:
    """The opening of a katakana run that transliterates ``name``: Japanese writes words without spaces,
    so a transliterated name runs on into the next word ("ソナードサウンドアプリ" for "Sonnard Sound app")."""
    for token in tokens:
        for run in _KATAKANA.finditer(token.text):
            text = run.group()
            for end in range(2, len(text) + 1):
                if end < len(text) and text[end] == "ー":
                    continue  # a long vowel belongs to the kana before it
                if sounds_like(text[:end], name):
                    start = token.start + run.start()
                    return _Tok(text[:end], start, start + end)
    return None


def _romanisable(word: str) -> str:
    """``word`` with the spellings of its script that romanise away from the sound put right."""
    script = script_of(word[0])
    if script == "GREEK":
        from anyascii import anyascii

        latin = anyascii(word).lower().replace("ch", "kh")  # χ is a k-like sound, not the English ch
        for spelling, sound in _GREEK_STOPS:
            if latin.startswith(spelling):
                latin = sound + latin[len(spelling) :]
        return latin
    if script == "HANGUL":
        return "".join(_hangul_syllable(c) for c in word)
    return word


def _hangul_syllable(char: str) -> str:
    from anyascii import anyascii

    latin: str = anyascii(char)
    code = ord(char)
    if _HANGUL_BASE <= code <= _HANGUL_LAST and (code - _HANGUL_BASE) % 28 == _FINAL_S and latin.endswith("s"):
        return latin[:-1] + "t"
    return latin


def _loose(key: str) -> str:
    return _REPEATS.sub(r"\1", key.replace("f", "p").replace("l", "").replace("r", ""))
