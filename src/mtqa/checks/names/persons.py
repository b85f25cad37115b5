"""A word of a person's name rendered by what it means: ``Light Marina Cárdenas`` for ``Luz Marina
Cárdenas``, ``Stefano Fontaine`` for ``Stefano Fontana``, ``Kim Sky`` for ``김하늘``, ``Hope al-Hadidi``
for ``أمل الحديدي``.

Many given names and surnames are also common words (``Luz`` "light", ``Fontana`` "fountain",
``하늘`` "sky", ``أمل`` "hope"), and an MT engine sometimes translates them. The other words of the name
then stay as they are, which is what this check reads: in the target, a run of two to four capitalised
words of which

- at least one word is **kept**: written as in the source (same script), or transliterated (between
  scripts: the consonant key of :func:`.scripts.sound_key`, as ``names.translated_across_scripts`` uses);
- another word is **rendered by sense**: a common word of the target language (wordfreq Zipf 3 to 6),
  that is no sound-alike and no established rendering (exonym) of its source word, and that the encoder
  puts close to that source word (``SENSE_SIMILARITY``) and well above the sentence's other words
  (``WORD_MARGIN``, so an encoder whose similarities all lie close together says nothing);
- the source word sits where the run says it should: at the same place of a source run of as many
  capitalised words (same script), or next to the kept word's source, or in the same written word
  after it (Korean writes ``김하늘``, family name and given name, as one word).

In the same script, where a name and a word can be spelt alike (``Fontana``/``Fontaine``), two more
tests tell a translated word from a name shared by both languages (``Carlos``, ``Marina``): the target
word is at least ``FREQUENCY_GAP`` more common (Zipf) in the target language than in the source
language, and the source word at least as much more common in the source language. Names with an
established rendering are left alone: a run holding a place (Babel's, ``names.toml``), an exonym group's
name (``Nuevo México``), a head that is translated (``heads``, ``kept_heads``, ``public_heads``:
``Universidad``, ``Banco``) or a title (``titles``: ``Rey``), a regnal number (``Carlos III``: kings'
and popes' names are translated by convention), or a word saying it is a company or a publication
(``kept_kinds``: companies between scripts are often named by meaning in their own English name,
``Hyundai Motor``). A source run is taken whole, without the titles and nationalities that open it, its
sentence's first word and a portfolio after a title ("ministre délégué aux Transports Jean Dupont"); in
a German source, where the noun before a name is capitalised too ("die Ärztin Sabine Vogel"), the run
then holds that noun and matches no target run (the literal check may still see such a name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from mtqa.checks._textutil import REFERENCE_FILLER, fold
from mtqa.checks.base import CheckContext
from mtqa.checks.names.extract import Token, kind_near, tokens_of
from mtqa.checks.names.lexicon import has_exonym, place_word, word_list
from mtqa.checks.names.renderings import accepted_renderings
from mtqa.checks.names.scripts import sound_alike, sound_key
from mtqa.lang import Language
from mtqa.lang.lexicon import Lexicon, lexicon
from mtqa.lang.script import dominant_script
from mtqa.model import Sentence, Span

# A name word and the common word that translates it (use-m3, lower case: "luz"/"light" 0.93,
# "fontana"/"fontaine" 0.69, "하늘"/"sky" 0.83, "أمل"/"hope" 0.87) against a name and a spelling of it
# ("wassily"/"vassily" 0.52) or another name ("giovanni"/"jean" 0.48).
SENSE_SIMILARITY = 0.6

# ... and against the sentence's other words: see :data:`.scripts.WORD_MARGIN`.
WORD_MARGIN = 0.15

# A common word of the target language (about once in a million words), no function word.
COMMON_ZIPF = 3.0
FUNCTION_ZIPF = 6.0

# In one script, how much more common a word is in its own language than in the other (Zipf): "light"
# 5.3 in English, 3.9 in Spanish; "fontaine" 4.2 in French, 2.9 in Italian. Names shared by both
# languages are about as common in each ("carlos" 5.1 in Spanish, 4.1 in English; "charles" 4.8 and 4.3).
FREQUENCY_GAP = 1.0

# How many words a person's name has here, title and particles aside.
_RUN = (2, 4)

# Scripts written without spaces between words (no word to compare without a segmenter).
_UNSPACED = frozenset({"CJK", "HAN", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN"})
_CASED = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN"})
_ROMAN = re.compile(r"^[IVXLC]+$")
# A particle before a capital inside a word ("al-Hadidi", "d'Amico", "O'Brien").
_INNER_CAPITAL = re.compile(r"^[^\W\d_]{1,3}[-'’][^\W\d_]")


@dataclass(frozen=True)
class PersonWord:
    """A person's name of the source and its rendering in the target, where ``word`` (target, absolute)
    renders the source word ``source_word`` by what it means."""

    source: Span  # the source word
    target: Span  # the target run, absolute
    text: str  # the target run
    source_word: str
    word: str
    similarity: float


@dataclass(frozen=True)
class _Candidate:
    run: tuple[Token, ...]
    word: Token  # the target word rendered by sense
    sources: tuple[tuple[str, Span], ...]  # the source words it may render, with their spans
    others: tuple[str, ...]  # the sentence's other target words (for the margin)


def person_words(context: CheckContext) -> list[PersonWord]:
    """Words of persons' names that the translation renders by meaning (see the module docstring)."""
    if context.encoder is None:
        return []
    scripts = dominant_script(context.source.text), dominant_script(context.target.text)
    if None in scripts or scripts[1] not in _CASED or any(s in _UNSPACED for s in scripts):
        return []
    source, target = context.source_language, context.target_language
    target_words = lexicon(target)
    source_words = lexicon(source)
    same = scripts[0] == scripts[1]
    if target_words is None or (same and source_words is None):
        return []
    found: list[_Candidate] = []
    for pair in context.sentence_pairs():
        if not pair.source or not pair.target:
            continue
        gated = [sentence for sentence in pair.target if _may_hold_run(sentence.text)]
        if not gated:
            continue
        source_tokens = [(s, tuple(tokens_of(s.text, s.span.start))) for s in pair.source]
        every_source_token = tuple(t for _, tokens in source_tokens for t in tokens)
        here: list[_Candidate] = []
        for sentence in gated:
            tokens = tuple(tokens_of(sentence.text, sentence.span.start))
            others = tuple(t.folded for t in tokens if t.folded.isalpha())
            for whole in _runs(sentence, tokens):
                run = _person_part(whole, target)
                if run and _opens_sentence(sentence, run[0]):
                    run = run[1:]  # a capital there says nothing of a name
                if (
                    len(run) < _RUN[0]
                    or _descriptive(run, target)
                    or kind_near(context.target.text, tokens, run, target)
                ):
                    continue
                if same:
                    assert source_words is not None
                    here.extend(_same_script(run, source_tokens, others, source, target, source_words, target_words))
                else:
                    here.extend(_across_scripts(run, source_tokens, others, target, target_words, scripts[0]))
        for candidate in here:
            sources = tuple(
                s for s in candidate.sources if not _kind_near_span(context, every_source_token, s[1], source)
            )
            if sources:
                found.append(replace(candidate, sources=sources))
    return _decide(context, found)


def _runs(sentence: Sentence, tokens: tuple[Token, ...]) -> Iterable[tuple[Token, ...]]:
    """Maximal runs of name-like words joined by single spaces, two words or more (a regnal number
    after the run, "Carlos III", makes it a ruler's name: none)."""
    run: list[Token] = []
    for token in (*tokens, None):
        if token is not None and _name_like(token) and (not run or _spaced(sentence, run[-1], token)):
            run.append(token)
            continue
        if len(run) >= _RUN[0] and not any(_ROMAN.match(t.text) for t in run):
            yield tuple(run)
        run = [token] if token is not None and _name_like(token) else []


def _name_like(token: Token) -> bool:
    return token.capitalised or bool(_INNER_CAPITAL.match(token.text))


def _may_hold_run(text: str) -> bool:
    """False only when the sentence can yield no run to judge, read without making its words (about
    1.5 us a word, most of this check's cost; most translated sentences name no person): a run kept by
    :func:`person_words` holds two name-like words one space apart (:func:`_name_like`, :func:`_spaced`)
    of which the first does not open the sentence (a run of two that opens it loses its first word).
    Such a pair is a first word holding a capital or an inner mark (``-'’``), a space, and a second word
    starting with a capital or with a particle (:data:`_INNER_CAPITAL`), after the sentence's first
    letter or digit. Character references are decoded before words are read, and the capitals beyond
    the Basic Multilingual Plane make the pattern ten times slower: such rare text is read whole."""
    if "&" in text or REFERENCE_FILLER in text or _ASTRAL.search(text):
        return True
    first = _ALNUM.search(text)
    return first is not None and _name_pair().search(text, first.start() + 1) is not None


_ALNUM = re.compile(r"[^\W_]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@cache
def _name_pair() -> re.Pattern[str]:
    # Built at first use, not at import: reading the characters' case costs about 10 ms. The capitals
    # as ranges: a class of single characters is read one by one.
    capitals = [c for c in range(0x10000) if chr(c).isupper() or chr(c).istitle()]
    ranges: list[list[int]] = []
    for code in capitals:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    upper = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
    return re.compile(rf"[{upper}'’-]\S*+ (?:[{upper}]|[^\W\d_]{{1,3}}[-'’][^\W\d_])")


def _opens_sentence(sentence: Sentence, token: Token) -> bool:
    """Whether only punctuation (an opening quotation mark, a dash) stands before the word in its sentence."""
    before = sentence.text[: token.span.start - sentence.span.start]
    return not any(character.isalnum() for character in before)


def _spaced(sentence: Sentence, left: Token, right: Token) -> bool:
    gap = sentence.text[left.span.end - sentence.span.start : right.span.start - sentence.span.start]
    return gap == " "


def _kind_near_span(context: CheckContext, tokens: tuple[Token, ...], span: Span, language: Language) -> bool:
    """Whether a word saying a company or a publication is named (``kept_kinds``) stands near the
    source word at ``span`` (see :func:`.extract.kind_near`): such names are often rendered by meaning
    in their own official form."""
    inner = tuple(t for t in tokens if t.span.overlaps(span))
    return bool(inner) and kind_near(context.source.text, tokens, inner, language)


def _common(word: str, words: Lexicon) -> bool:
    return COMMON_ZIPF <= words.zipf(word) < FUNCTION_ZIPF


def _translated_head(word: str, language: Language) -> bool:
    """A word that names what a body is or a person's office, or a place or a nationality: translated
    by convention."""
    heads = _head_words(language)
    return word in heads or word + "s" in heads or word.removesuffix("s") in heads or place_word(word, language)


_HEAD_SECTIONS = ("heads", "kept_heads", "public_heads", "public_words", "titles")


@cache
def _head_words(language: Language) -> frozenset[str]:
    # The lists :func:`_translated_head` reads, as one set: it is asked of every capitalised word of every
    # run, where a look-up per list and form cost more than the test.
    return frozenset().union(*(word_list(section, language) for section in _HEAD_SECTIONS))


def _person_part(run: tuple[Token, ...], language: Language) -> tuple[Token, ...]:
    """The run without the titles and nationalities that open it ("Belgian Wouter Claes",
    "President Ana Ruiz")."""
    start = 0
    while start < len(run) and _translated_head(run[start].folded, language):
        start += 1
    return run[start:]


def _descriptive(run: Iterable[Token], language: Language) -> bool:
    """A run holding such a word names a body, a place or an office, not a person ("Baikal Tourism
    Union", "Pribaikalsky National Park", "the Belgian Wouter Claes")."""
    return any(_translated_head(token.folded, language) for token in run)


def _same_script(
    run: tuple[Token, ...],
    source_tokens: list[tuple[Sentence, tuple[Token, ...]]],
    others: tuple[str, ...],
    source: Language,
    target: Language,
    source_words: Lexicon,
    target_words: Lexicon,
) -> Iterable[_Candidate]:
    """A source person's name (a run of as many capitalised words, its titles, nationality and
    portfolio aside: see :func:`_source_people`) equal to the target run but for one word, which is
    translated."""
    for sentence, tokens in source_tokens:
        for window in _source_people(sentence, tokens, source):
            if len(window) != len(run):
                continue
            changed = [(s, t) for s, t in zip(window, run, strict=True) if s.folded != t.folded]
            if len(changed) != 1:
                continue
            ((word, rendering),) = _changed_part(*changed[0])
            part = rendering is not changed[0][1]
            if _sensible_same_script(word, rendering, window, source, target, source_words, target_words, part=part):
                yield _Candidate(run, rendering, ((word.text.lower(), word.span),), others)


def _changed_part(word: Token, rendering: Token) -> tuple[tuple[Token, Token]]:
    """The one part that differs of two names hyphenated alike ("Davies-Price" / "Davies-Prix"): a
    double-barrelled surname or given name has one part translated; else the two words whole."""
    parts, rendered = word.text.split("-"), rendering.text.split("-")
    if len(parts) < 2 or len(parts) != len(rendered):
        return ((word, rendering),)
    differ = [i for i, (a, b) in enumerate(zip(parts, rendered, strict=True)) if fold(a) != fold(b)]
    if len(differ) != 1:
        return ((word, rendering),)
    (index,) = differ
    return ((_part(word, parts, index), _part(rendering, rendered, index)),)


def _part(token: Token, parts: list[str], index: int) -> Token:
    start = token.span.start + sum(len(part) + 1 for part in parts[:index])
    return Token(parts[index], Span(start, start + len(parts[index])))


def _source_people(sentence: Sentence, tokens: tuple[Token, ...], language: Language) -> list[tuple[Token, ...]]:
    """The source sentence's runs of capitalised words without the titles and nationalities that open
    them, the sentence's first word (capitalised anyway) and a portfolio after a title ("le ministre
    délégué aux Transports Jean-Baptiste Djebbari")."""
    people = []
    for whole in _runs(sentence, tokens):
        run = _person_part(whole, language)
        if run and _opens_sentence(sentence, run[0]):
            run = run[1:]
        if run and _after_title(sentence, tokens, run[0], language):
            run = run[1:]
        if len(run) >= _RUN[0]:
            people.append(run)
    return people


# How many words a portfolio's title may stand before it ("ministre délégué aux Transports").
_TITLE_REACH = 3


def _after_title(sentence: Sentence, tokens: tuple[Token, ...], first: Token, language: Language) -> bool:
    """Whether a title (``titles``, ``portfolio_titles``) stands a few words before ``first``, with
    lower-case words and no punctuation between ("ministre délégué aux Transports"): ``first`` names
    its portfolio. Right after the title ("la jueza Paloma Quintero"), it opens the name."""
    titles = word_list("titles", language) | word_list("portfolio_titles", language)
    index = tokens.index(first)
    for position in range(index - 1, max(-1, index - 1 - _TITLE_REACH), -1):
        before = tokens[position]
        gap = sentence.text[before.span.end - sentence.span.start : first.span.start - sentence.span.start]
        if any(not (c.isalnum() or c.isspace() or c in "'’-") for c in gap):
            return False
        if before.folded in titles:
            return position < index - 1
        if before.capitalised:
            return False
    return False


def _sensible_same_script(
    word: Token,
    rendering: Token,
    window: tuple[Token, ...],
    source: Language,
    target: Language,
    source_words: Lexicon,
    target_words: Lexicon,
    *,
    part: bool = False,
) -> bool:
    """The cheap tests of a same-script pair (the encoder's comes later). A ``part`` of a hyphenated name
    ("Davies-Prix") heads no body, whatever the word heads elsewhere ("Prix Goncourt")."""
    s, t = word.folded, rendering.folded
    if not (_common(t, target_words) and source_words.zipf(s) >= COMMON_ZIPF):
        return False
    if target_words.zipf(t) - source_words.zipf(t) < FREQUENCY_GAP:
        return False
    if source_words.zipf(s) - target_words.zipf(s) < FREQUENCY_GAP:
        return False
    if has_exonym(" ".join(w.text for w in window), source):
        return False
    if _descriptive(window, source) or (_translated_head(t, target) and not part):
        return False
    return all(fold(form) != t for form in accepted_renderings(word.text, source, target, {}))


def _across_scripts(
    run: tuple[Token, ...],
    source_tokens: list[tuple[Sentence, tuple[Token, ...]]],
    others: tuple[str, ...],
    target: Language,
    target_words: Lexicon,
    source_script: str | None,
) -> Iterable[_Candidate]:
    """A target word kept by sound next to one rendered by sense (see the module docstring)."""
    if len(run) > _RUN[1]:
        return
    tokens = [t for _, sentence_tokens in source_tokens for t in sentence_tokens]
    latin_source = source_script == "LATIN"
    for position, rendering in enumerate(run):
        if not rendering.capitalised or not _common(rendering.folded, target_words):
            continue

        sources: list[tuple[str, Span]] = []
        for neighbour in (
            run[position - 1] if position else None,
            run[position + 1] if position + 1 < len(run) else None,
        ):
            if neighbour is None:
                continue
            for index, token in enumerate(tokens):
                sources.extend(_beside(tokens, index, token, neighbour.text, latin_source))
        # A sound-alike of the word is kept, not translated.
        sources = [
            (text, span) for text, span in sources if not sound_alike(text, rendering.text, latin_source=latin_source)
        ]
        if sources:
            yield _Candidate(run, rendering, tuple(dict.fromkeys(sources)), others)


def _beside(tokens: list[Token], index: int, token: Token, kept: str, latin_source: bool) -> list[tuple[str, Span]]:
    """The source words a translated word next to ``kept`` may render, when ``token`` is the kept
    word's source: the words before and after it, or the rest of the same written word after a prefix
    that transliterates the kept word (Korean ``김하늘``: ``김`` Kim, ``하늘`` sky)."""
    found: list[tuple[str, Span]] = []
    key = sound_key(kept)
    # A key of one consonant ("Choi": s) matches too many words to place a neighbour by.
    if len(key) >= 2 and sound_alike(token.text, kept, latin_source=latin_source):
        near = [tokens[i] for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
        found = [(t.text, t.span) for t in near if t.text.isalpha()]
    for cut in range(1, len(token.text)):
        if key and sound_key(token.text[:cut]) == key:
            rest = token.text[cut:]
            if rest.isalpha():
                found.append((rest, Span(token.span.start + cut, token.span.end)))
            break
    return found


def _decide(context: CheckContext, found: list[_Candidate]) -> list[PersonWord]:
    if not found:
        return []
    assert context.encoder is not None
    texts = sorted(
        {c.word.folded for c in found}
        | {text for c in found for text, _ in c.sources}
        | {other for c in found for other in c.others}
    )
    vectors = context.encoder.encode(texts)
    row = {text: vectors[i] for i, text in enumerate(texts)}
    results: dict[Span, PersonWord] = {}
    for candidate in found:
        word = candidate.word.folded
        for text, span in candidate.sources:
            value = float(row[text] @ row[word])
            if value < SENSE_SIMILARITY:
                continue
            rest = [float(row[text] @ row[o]) for o in candidate.others if o != word]
            if rest and value - sum(rest) / len(rest) < WORD_MARGIN:
                continue
            target = Span(candidate.run[0].span.start, candidate.run[-1].span.end)
            best = results.get(candidate.word.span)
            if best is None or value > best.similarity:
                results[candidate.word.span] = PersonWord(
                    span, target, context.target.text[target.start : target.end], text, candidate.word.text, value
                )
    return sorted(results.values(), key=lambda r: r.target)
