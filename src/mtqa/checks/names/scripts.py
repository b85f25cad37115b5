"""Names rendered by meaning between scripts: sound or sense.

Between two scripts a name is transliterated (``Smith`` -> ``Смит``, ``Verlaine`` -> ``فيرلين``,
``Колесников`` -> ``Kolesnikov``) or has an established form; a company's, a brand's or a newspaper's
name rendered by what its words mean (``Steppe Analytics`` -> ``Степная аналитика``, ``Maison`` ->
``بيت`` "house", ``«Северная правда»`` -> ``Northern Truth``) is the artefact. Capitals and shared
spelling, which the same-script checks read, say nothing here, so each word of a name is judged by
**sound** and by **sense**:

- *sound*: both words romanised (anyascii, ISC: Cyrillic, Arabic, Greek, Hebrew... to Latin letters)
  and reduced to a consonant key (``Smith``/``Смитом``: ``smt``/``smtm``); the word is transliterated
  when the key of its Latin-script side is all there at the start of the other side's (which may add a
  case ending: Russian and Arabic inflect names). A translation keeps the sense and loses letters
  (``Analytics``/``аналитика``: ``nltks``/``nltk``).
- *sense*: a target word that is a common word of its language (wordfreq), is no sound-alike of the
  name's word, and is the sentence's word nearest in meaning to it by the encoder (``WORD_SIMILARITY``).

A name is reported when one of its words is rendered by sense, the words of its rendering (those by
sense and those by sound) lie together in the target sentence, open with a capital where the target
script has capitals, and the whole stretch means the name (``NAME_SIMILARITY``). Only names that can be
rendered by sense are asked: of two words or more (or quoted, see below), not descriptive (a ministry,
a university, a union are translated: ``heads``), not places with an established form, with a word
that is a common word of the source language (``Verlaine`` is no word to translate), and marked as a
company's, a brand's or a publication's by a word before it or in apposition after it, in the source
or the translation (``[names] kept_kinds``: "the consultancy ...", "газета «...»", "شركة ...") or by
its own head (``kept_heads``: "Times"). Those are transliterated or kept; an NGO's, a programme's or a
movement's name is often translated by convention (``Save the Children``: ``«Спасём детей»``), and a
word saying so would be needed to tell it from a company's. The encoder must tell one word's translation
from the sentence's other words (``WORD_MARGIN``): one whose similarities all lie close together
(e5-small, which ``auto`` picks for Ukrainian) makes the check say nothing.

A one-word name of any kind that the translation writes by sound elsewhere in the article, and replaces
in one sentence by a run of capitalised common words that is no transliteration, no established rendering
of a source word, title, day, month or place (:func:`renderings_beside_transliterations`), is reported
too: the article's own transliteration says the name is kept ("Sokol" twice, "Falcon" once).

Sources whose organisations are quoted in sentence case (Russian ``газета «Северная правда»``:
``[names] quoted_names``) also give their quoted names of up to four words that open with a capital.

Scripts without spaces (Chinese, Japanese) are left out on either side: there is no word to compare
without a segmenter, and Chinese renders foreign companies by meaning by convention (``苹果``, ``通用电气``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from mtqa.checks._textutil import fold
from mtqa.checks.base import CheckContext, SentencePair
from mtqa.checks.names.analysis import SourceNames, source_names
from mtqa.checks.names.extract import Name, Token, is_descriptive, is_kind, kind_near, tokens_of
from mtqa.checks.names.lexicon import calendar_words, has_exonym, place_word, word_list
from mtqa.checks.names.missing import MISSING_MIN_SIMILARITY
from mtqa.checks.names.renderings import accepted_renderings, name_text, rendered
from mtqa.embed.base import Matrix
from mtqa.lang import Language
from mtqa.lang.lexicon import Lexicon, lexicon
from mtqa.lang.script import dominant_script
from mtqa.model import Sentence, Span

# A word of the name and its translation (use-m3: "Analytics"/"аналитика" 0.75, "Maison"/"بيت" 0.8,
# "правда"/"Truth" 0.67, "Lantern"/"ліхтар" 0.42) against a word and an unrelated word of the sentence
# (0.2-0.4)...
WORD_SIMILARITY = 0.4

# ... and stands out from the sentence's other words by this much (use-m3: 0.3-0.5). An encoder whose
# similarities all lie close together (e5-small: a word and any word 0.78-0.86) tells no translation
# of a single word, and the check then says nothing.
WORD_MARGIN = 0.15

# The whole rendering and the name ("Steppe Analytics"/"Степная аналитика" 0.62).
NAME_SIMILARITY = 0.5

# A word this common (about once in three million words) is a word of its language, not a name.
WORD_ZIPF = 2.5

# Function words (more common than about once in 3,000 words) translate no word of a name.
FUNCTION_ZIPF = 6.0

# Case endings the inflecting side may add to a transliterated name's key ("Смитом": "smt" + "m").
ENDING_LETTERS = 2

# Scripts written without spaces between words.
_UNSPACED = frozenset({"CJK", "HAN", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN"})

_QUOTED = re.compile(r"«([^«»\n]{2,80})»")
# Spellings of one sound in the romanisations and in English ("Bright"/"برايت", "Research"/"ريسيرش",
# "John"/"Джон"), then letter classes that transliteration does not keep apart: a transliteration
# judged a translation is a false finding, so the classes err on the wide side.
_DIGRAPHS = (
    ("ght", "t"),
    ("dzh", "s"),
    ("zh", "s"),
    ("sh", "s"),
    ("ch", "s"),
    ("kh", "k"),
    ("ph", "f"),
    ("ck", "k"),
    ("ts", "s"),
    ("x", "ks"),
)
_KEY_CLASSES = str.maketrans("bvfcqgdzj", "pffkkktss")
_VOWELS = re.compile(r"[aeiouyhw]")
_REPEATS = re.compile(r"(.)\1+")


@dataclass(frozen=True)
class RenderedName:
    """A source name and the target text that renders it (wrongly), with the encoder's similarity of
    the two when one was asked."""

    name: Name
    span: Span  # absolute, in the target
    text: str
    similarity: float | None = None


@dataclass(frozen=True)
class _Asked:
    name: Name
    words: tuple[Token, ...]  # the name's words that a translation could render by sense
    pair: SentencePair
    tokens: tuple[Token, ...]  # the words of the target sentences, absolute spans


def meaning_renderings(context: CheckContext) -> list[RenderedName]:
    """Names of the source that the translation renders by meaning, in a pair of different scripts."""
    if context.encoder is None:
        return []
    scripts = dominant_script(context.source.text), dominant_script(context.target.text)
    if None in scripts or scripts[0] == scripts[1] or any(s in _UNSPACED for s in scripts):
        return []
    source, target = context.source_language, context.target_language
    configured = {k: tuple(v) for k, v in context.config.names.items()}
    names = source_names(tuple(context.source.sentences), source)
    found: list[tuple[Name, SentencePair, tuple[Token, ...]]] = []
    for pair in context.sentence_pairs():
        if not pair.source or not pair.target:
            continue
        tokens = tuple(t for s in pair.target for t in tokens_of(s.text, s.span.start))
        # Only a name that a word may say is a company's or a publication's is asked (see _kept_kind);
        # the word lists (wordfreq's, read once per process and language) are read only then.
        kind_in_target = any(is_kind(t, target) for t in tokens)
        folded_target = fold(pair.target_text)
        for name in _names(pair.source, names, source):
            if (kind_in_target or _kept_kind_in_source(context, name, pair)) and not rendered(
                context, name, folded_target, configured
            ):
                found.append((name, pair, tokens))
    if not found:
        return []
    source_words, target_words = lexicon(source), lexicon(target)
    if source_words is None or target_words is None:
        return []
    asked = [
        _Asked(name, words, pair, tokens)
        for name, pair, tokens in found
        if (words := tuple(t for t in name.content if not t.text.isupper() and source_words.zipf(t.text) >= WORD_ZIPF))
    ]
    if not asked:
        return []
    return _decide(context, asked, target_words, latin_source=scripts[0] == "LATIN", cased=_cased(scripts[1]))


def renderings_beside_transliterations(context: CheckContext) -> list[RenderedName]:
    """One-word names of the source that the translation transliterates elsewhere in the article and, in
    one sentence, replaces by capitalised common words that render nothing else of the source: the town
    of "Сокол" is "Sokol" in two sentences and "Falcon" (its meaning) in the third. The article's own
    transliteration says the name is kept by sound; the encoder cannot say what a name's word means (it
    reads "Сокол" as a name), so the replacement is judged by what it is not: a transliteration, an
    established rendering of a source word, a title, a day or month, a place, or a sentence's first word."""
    scripts = dominant_script(context.source.text), dominant_script(context.target.text)
    if None in scripts or scripts[0] == scripts[1] or any(s in _UNSPACED for s in scripts) or not _cased(scripts[1]):
        return []
    source, target = context.source_language, context.target_language
    target_words = lexicon(target)
    if target_words is None:
        return []
    latin_source = scripts[0] == "LATIN"
    names = source_names(tuple(context.source.sentences), source)
    everywhere = [t for t in tokens_of(context.target.text, 0) if t.capitalised]
    found: list[RenderedName] = []
    for pair in context.sentence_pairs():
        if pair.bead.kind != "1-1" or (pair.bead.similarity or 0.0) < MISSING_MIN_SIMILARITY:
            continue
        here = [t for s in pair.target for t in tokens_of(s.text, s.span.start)]
        inside = Span(here[0].span.start, here[-1].span.end) if here else None
        for name in (n for s in pair.source for n in names.names[s.index][0]):
            if len(name.content) != 1 or name.is_acronym or not _translatable(name, source):
                continue
            word = name.content[0].text

            def alike(token: Token, word: str = word) -> bool:
                return len(sound_key(token.text)) >= _KEY_LETTERS and sound_alike(
                    word, token.text, latin_source=latin_source
                )

            if inside is None or any(alike(t) for t in here):
                continue  # rendered here
            if not any(alike(t) for t in everywhere if not inside.start <= t.span.start < inside.end):
                continue  # the article never writes it by sound
            stretch = _unexplained_capitals(context, pair, here, target_words, latin_source)
            if stretch:
                span = Span(stretch[0].span.start, stretch[-1].span.end)
                found.append(RenderedName(name, span, context.target.text[span.start : span.end]))
    return _first_per_span(found)


# A transliteration's consonant key is this long at least: shorter keys ("p" of "By") match too many words.
_KEY_LETTERS = 2


def _unexplained_capitals(
    context: CheckContext, pair: SentencePair, tokens: list[Token], words: Lexicon, latin_source: bool
) -> list[Token]:
    """The one run of capitalised common words of the target sentences that nothing of the source
    explains (see :func:`renderings_beside_transliterations`); empty when there is none or more than one."""
    source, target = context.source_language, context.target_language
    source_tokens = [t for s in pair.source for t in tokens_of(s.text, 0)]
    renderings = {
        fold(form) for t in source_tokens if t.capitalised for form in accepted_renderings(t.text, source, target, {})
    }
    skip = word_list("titles", target) | word_list("stopwords", target) | calendar_words(target)
    starts = {s.span.start for s in pair.target}
    runs: list[list[Token]] = []
    for index, token in enumerate(tokens):
        opens = token.span.start in starts or (index and _after_stop(context.target.text, token.span.start))
        plain = (
            token.capitalised
            and not opens
            and words.zipf(token.text) >= WORD_ZIPF
            and token.folded not in skip
            and token.folded not in renderings
            and not place_word(token.folded, target)
            and not is_kind(token, target)
            and not any(sound_alike(s.text, token.text, latin_source=latin_source) for s in source_tokens)
        )
        if not plain:
            continue
        if runs and tokens[index - 1] is runs[-1][-1]:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs[0] if len(runs) == 1 else []


def _after_stop(text: str, start: int) -> bool:
    """True when a sentence's first word: after a full stop, a colon or an opening quotation mark."""
    before = text[:start].rstrip()
    return not before or before[-1] in '.!?:«“„"('


def _names(sentences: tuple[Sentence, ...], names: SourceNames, language: Language) -> list[Name]:
    """The source names that a translation could render by sense (see the module docstring)."""
    found: list[Name] = []
    for sentence in sentences:
        own, coordinated = names.names[sentence.index]
        shared = {id(n) for n in coordinated} | _listed_remit(sentence, own, language)
        found.extend(n for n in own if len(n.content) >= 2 and id(n) not in shared and _translatable(n, language))
        if language.data.flag("names", "quoted_names"):
            found.extend(_quoted_names(sentence, language))
    return found


def _listed_remit(sentence: Sentence, names: tuple[Name, ...], language: Language) -> set[int]:
    """The names listed after a descriptive name's connector, with commas and a conjunction: the rest of
    its remit, translated with it ("Ministry of Agriculture, Fisheries and Water Resources")."""
    conjunction = language.data.value("names", "and")
    listed: set[int] = set()
    chained = False
    for left, right in itertools.pairwise(names):
        gap = sentence.text[left.span.end - sentence.span.start : right.span.start - sentence.span.start]
        words = gap.split()
        joined = "\n" not in gap and (
            words == [","] or (conjunction is not None and words in ([conjunction], [",", conjunction]))
        )
        opens = is_descriptive(left, language) and any(t.folded in left.connectors for t in left.tokens[1:])
        chained = joined and (chained or opens)
        if chained:
            listed.add(id(right))
    return listed


def _translatable(name: Name, language: Language) -> bool:
    text = " ".join(t.text for t in name.tokens)
    return not (
        is_descriptive(name, language)
        or has_exonym(text, language)
        or all(place_word(t.folded, language) for t in name.content)
    )


def _quoted_names(sentence: Sentence, language: Language) -> list[Name]:
    """«Name» of one to four words opening with a capital, none a descriptive head."""
    connectors = word_list("connectors", language)
    heads = word_list("heads", language)
    names = []
    for match in _QUOTED.finditer(sentence.text):
        tokens = tuple(tokens_of(match.group(1), sentence.span.start + match.start(1)))
        if not 1 <= len(tokens) <= 4 or not tokens[0].capitalised or any(t.folded in heads for t in tokens):
            continue
        name = Name(tokens, connectors)
        if name.content and _translatable(name, language):
            names.append(name)
    return names


def _decide(
    context: CheckContext, asked: list[_Asked], target_words: Lexicon, *, latin_source: bool, cased: bool
) -> list[RenderedName]:
    candidates = {
        id(item): [t for t in item.tokens if WORD_ZIPF <= target_words.zipf(t.text) < FUNCTION_ZIPF] for item in asked
    }
    similarity = _Similarities(context)
    similarity.add((w.text, t.text) for item in asked for w in item.words for t in candidates[id(item)])
    found: list[RenderedName] = []
    for item in asked:
        by_sound = [
            t
            for t in item.tokens
            if any(sound_alike(w.text, t.text, latin_source=latin_source) for w in item.name.content)
        ]
        # A transliteration of any word of the name renders none by sense ("غرين" for "Green" is no
        # translation of "Valley").
        # Nor does the word saying what the organisation is ("газете «Вечерний курьер»").
        sense_candidates = [
            t for t in candidates[id(item)] if t not in by_sound and not is_kind(t, context.target_language)
        ]
        by_sense: list[Token] = []
        for word in item.words:
            scored = [(similarity.get(word.text, t.text), t) for t in sense_candidates]
            best = max(scored, key=lambda pair: pair[0], default=None)
            if best is None or best[0] < WORD_SIMILARITY:
                continue
            others = [value for value, token in scored if token is not best[1]]
            if not others or best[0] - sum(others) / len(others) >= WORD_MARGIN:
                by_sense.append(best[1])
        if not by_sense:
            continue
        stretch = _stretch(item.tokens, by_sense, by_sound, len(item.name.tokens), cased=cased)
        if cased and stretch:
            # A rendering opens with a capital where the script has capitals.
            stretch = stretch[next((i for i, t in enumerate(stretch) if t.capitalised), len(stretch)) :]
        if not stretch or not _kept_kind(context, item, stretch):
            continue
        span = Span(stretch[0].span.start, stretch[-1].span.end)
        text = context.target.text[span.start : span.end]
        found.append(RenderedName(item.name, span, text))
    if not found:
        return []
    similarity.add((name_text(context, f.name), f.text) for f in found)
    kept = [
        RenderedName(f.name, f.span, f.text, value)
        for f in found
        if (value := similarity.get(name_text(context, f.name), f.text)) >= NAME_SIMILARITY
    ]
    return _first_per_span(kept)


def _stretch(
    tokens: tuple[Token, ...], by_sense: list[Token], by_sound: list[Token], size: int, *, cased: bool
) -> tuple[Token, ...] | None:
    """The target words from the first to the last word of the rendering, sound-alikes taken in only
    next to the words by sense, and in a cased script the capitalised words around them (the rest of
    the name's rendering: "East Siberian Truth"), up to one word more than the name; None when the
    words by sense lie apart (they translate other words)."""
    position = {id(t): i for i, t in enumerate(tokens)}
    sense = sorted(position[id(t)] for t in by_sense)
    if sense[-1] - sense[0] + 1 > size + 1:
        return None
    first, last = sense[0], sense[-1]
    joined = {position[id(t)] for t in by_sound}
    if cased:
        joined |= {i for i, t in enumerate(tokens) if t.capitalised}
    while first - 1 in joined and last - first + 1 <= size:
        first -= 1
    while last + 1 in joined and last - first + 1 <= size:
        last += 1
    return tokens[first : last + 1]


def _kept_kind(context: CheckContext, item: _Asked, stretch: tuple[Token, ...]) -> bool:
    """Whether the name is a company's, a brand's or a publication's: a ``kept_heads`` word in it
    ("Times"), or a ``kept_kinds`` word saying so in the source or around its rendering: in the
    ``KIND_WINDOW`` words (:mod:`.extract`) before it ("the consultancy ...", "компании «...»", "شركة ...") or after it
    past a comma, in apposition ("..., a Grasse-based fragrance company"). Such names are
    transliterated or kept; those of NGOs, programmes or movements are often translated by convention
    ("Doctors Without Borders": "Врачи без границ")."""
    return _kept_kind_in_source(context, item.name, item.pair) or kind_near(
        context.target.text, item.tokens, stretch, context.target_language
    )


def _kept_kind_in_source(context: CheckContext, name: Name, pair: SentencePair) -> bool:
    source = context.source_language
    if any(t.folded in word_list("kept_heads", source) for t in name.content):
        return True
    source_tokens = tuple(t for s in pair.source for t in tokens_of(s.text, s.span.start))
    return kind_near(context.source.text, source_tokens, name.tokens, source)


def _first_per_span(found: list[RenderedName]) -> list[RenderedName]:
    """One finding per target stretch: a name quoted twice in a sentence renders once."""
    seen: set[Span] = set()
    unique = []
    for rendering in sorted(found, key=lambda f: (f.span, -(f.similarity or 0.0))):
        if rendering.span not in seen:
            seen.add(rendering.span)
            unique.append(rendering)
    return unique


class _Similarities:
    """Encoder similarities of text pairs, each text encoded once per batch."""

    def __init__(self, context: CheckContext) -> None:
        assert context.encoder is not None
        self._encoder = context.encoder
        self._vectors: dict[str, Matrix] = {}
        self._values: dict[tuple[str, str], float] = {}

    def add(self, pairs: Iterable[tuple[str, str]]) -> None:
        wanted = list(pairs)
        texts = [t for t in dict.fromkeys(x for p in wanted for x in p) if t not in self._vectors]
        if texts:
            matrix = self._encoder.encode(texts)
            self._vectors.update((text, matrix[i]) for i, text in enumerate(texts))
        for a, b in wanted:
            self._values[(a, b)] = float(self._vectors[a] @ self._vectors[b])

    def get(self, a: str, b: str) -> float:
        return self._values[(a, b)]


def _cased(script: str | None) -> bool:
    return script in {"LATIN", "CYRILLIC", "GREEK", "ARMENIAN"}


def sound_alike(source_word: str, target_word: str, *, latin_source: bool) -> bool:
    """Whether one word transliterates the other: the Latin-script side's consonant key all there at the
    start of the other side's, which may add a case ending of up to ``ENDING_LETTERS`` letters."""
    latin_word, other_word = (source_word, target_word) if latin_source else (target_word, source_word)
    latin = sound_key(latin_word)
    if not latin:
        return False
    return any(
        other.startswith(latin) and len(other) - len(latin) <= ENDING_LETTERS
        for other in _other_keys(other_word, h="h" in latin_word.lower())
    )


# Cyrillic letters that Ukrainian and Belarusian romanise as "h" (Russian as "g"): "Гриценко" is
# "Hrytsenko", "Ольга" "Olha". The key drops "h" as it drops vowels.
_CYRILLIC_H = str.maketrans("", "", "Гг")


def _other_keys(word: str, *, h: bool) -> tuple[str, ...]:
    """The keys a word of the non-Latin side may romanise to: its key, and where the Latin word has an
    "h" for it, a Cyrillic ``г`` read as the Ukrainian "h": the key without it."""
    key = sound_key(word)
    if not h or ("г" not in word and "Г" not in word):
        return (key,) if key else ()
    return tuple(k for k in (key, sound_key(word.translate(_CYRILLIC_H))) if k)


@lru_cache(maxsize=1 << 14)
def sound_key(word: str) -> str:
    """The consonants of a word romanised, in classes that transliteration does not keep apart (``b``/
    ``p``: Arabic has no ``p``; ``v``/``f``; ``c``/``k``/``g``/``q``; ``d``/``t``; ``s``/``z``)."""
    from anyascii import anyascii

    latin = re.sub(r"[^a-z]", "", anyascii(word).lower())
    for digraph, letter in _DIGRAPHS:
        latin = latin.replace(digraph, letter)
    latin = _VOWELS.sub("", latin.translate(_KEY_CLASSES))
    return _REPEATS.sub(r"\1", latin)
