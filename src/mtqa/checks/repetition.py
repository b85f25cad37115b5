"""Words and phrases written twice in a row, a typical decoding artefact of machine translation.

- ``repetition.word``: one word repeated with only white space between (``the the``, ``a annoncé
  annoncé``). Case-insensitive only at a sentence start (``The the``): elsewhere a change of case
  marks two different words (German ``Spiele spiele``, noun then verb). Numbers are ignored (``20 20`` is
  usually a score or two figures); two capitalised words are ignored (``Bora Bora``, ``Walla Walla``
  are names) unless the word is a common word of the language of five letters or more (``the Jordan
  Valley Valley``: a name's word written twice; short doubled names such as ``Sing Sing`` or Chinese
  ``Yang Yang`` are left alone, and a source that doubles the word excuses it); grammatical or
  idiomatic repetitions (``nous nous``, ``had had``, German ``die die``) are listed per language
  (``[repetition] allowed`` in ``data/lang/<code>.toml``), and so are those made by a phrase that ends
  with a preposition and a fixed phrase that opens with it (``put at at least``, ``lived in in
  fact``: ``allowed_before``, with the word after the pair).
- ``repetition.phrase``: a sequence of two to six words repeated immediately (``le gouvernement le
  gouvernement``), or any unit repeated three times or more (a decoding loop).

Both are skipped for a paragraph whose source repeats something itself (``Bye bye``, ``no, no, no``):
the translation then mirrors the author. Severity: a doubled word is minor (a typo-like slip, the
meaning survives); a doubled phrase is major (it reads as broken text and often comes with lost or
garbled content around it).

The span covers both occurrences; the suggestion is the first one alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from mtqa.checks.base import Check, CheckContext, CheckInfo, ParagraphPair, Scope, fails, passes
from mtqa.lang import Language
from mtqa.lang.casing import casefold, casefold_all
from mtqa.lang.lexicon import lexicon
from mtqa.model import Finding, Span
from mtqa.runcache import article_cached

_TOKEN = re.compile(r"\w+(?:['’-]\w+)*")
_MAX_PHRASE = 6
_GAP = re.compile(r"[^\S\n]+")


@dataclass(frozen=True)
class Repeat:
    """A unit of ``size`` tokens starting at token ``index``, repeated ``times`` in a row."""

    start: int  # character offsets relative to the paragraph: both occurrences
    end: int
    first_end: int
    size: int
    times: int
    unspaced: bool = False  # a doubled run of ideographs or katakana (Chinese, Japanese)


@cache
def _allowed(language: Language) -> frozenset[str]:
    return language.data.words("repetition", "allowed")


@cache
def _allowed_before(language: Language) -> frozenset[str]:
    return language.data.words("repetition", "allowed_before")


# Chinese and Japanese write words without spaces: a doubled word is a run of ideographs (two to six)
# or katakana (three or more: doubled two-kana units are onomatopoeia, "ドキドキ") written twice with
# nothing between ("会谈会谈", "チャイナチャイナ"). A unit made of one character twice is left alone
# ("哈哈哈哈"), and so is one starting with "one" ("一个一个", "一人一人": one by one) or holding the
# particles that join two words across the unit's edges ("支持他的人的人数": "的人" twice, no error).
_UNSPACED_REPEAT = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,6}|[\u30a1-\u30fa\u30fc]{3,12})\1+")
_UNSPACED = re.compile(r"[\u3040-\u9fff\uf900-\ufaff]")
_JOINING = frozenset("的了之")


@article_cached
def find_repeats(text: str, language: Language) -> tuple[Repeat, ...]:
    """Immediate repetitions in ``text``, longest unit first, not overlapping."""
    repeats = _word_repeats(text, language)
    if particles := _particles(language):
        repeats += tuple(r for r in _particle_repeats(text, particles) if not _overlaps(r, repeats))
        repeats = tuple(sorted(repeats, key=lambda repeat: repeat.start))
    if _UNSPACED.search(text) is None:
        return repeats
    unspaced = [repeat for repeat in _unspaced_repeats(text, language) if not _overlaps(repeat, repeats)]
    if single := _never_doubled(language):
        unspaced += [r for r in _single_repeats(text, single) if not _overlaps(r, repeats + tuple(unspaced))]
    return tuple(sorted(repeats + tuple(unspaced), key=lambda repeat: repeat.start))


@cache
def _particles(language: Language) -> re.Pattern[str] | None:
    """A word written again with a case particle attached (Korean "노선 노선은"): the pattern, or None for
    languages whose data lists no ``[repetition] attached_particles``."""
    particles = sorted(language.data.strings("repetition", "attached_particles"), key=len, reverse=True)
    if not particles:
        return None
    return re.compile(r"(?<!\w)(\w{2,})[^\S\n]+\1(?:" + "|".join(map(re.escape, particles)) + r")(?!\w)")


def _particle_repeats(text: str, pattern: re.Pattern[str]) -> Iterator[Repeat]:
    for match in pattern.finditer(text):
        if not any(c.isdigit() for c in match.group(1)):
            yield Repeat(match.start(), match.end(), match.end(1), 1, 2)


def _unspaced_repeats(text: str, language: Language) -> Iterator[Repeat]:
    for match in _UNSPACED_REPEAT.finditer(text):
        unit = match.group(1)
        if len(set(unit)) == 1 or unit.startswith("一") or _JOINING & set(unit) or unit * 2 in _allowed(language):
            continue
        times = (match.end() - match.start()) // len(unit)
        yield Repeat(match.start(), match.end(), match.start() + len(unit), 1, times, unspaced=True)


@cache
def _never_doubled(language: Language) -> re.Pattern[str] | None:
    """A character written twice in a row that the language never doubles (Chinese prepositions and
    conjunctions: "由由", "被被"), or None for languages whose data lists no ``[repetition]
    never_doubled``. Runs of two ideographs or more are judged by _unspaced_repeats; a single ideograph
    doubled is mostly reduplication ("天天", "人人"), so only the listed ones are judged."""
    characters = "".join(sorted(language.data.words("repetition", "never_doubled")))
    if not characters:
        return None
    return re.compile("([" + re.escape(characters) + r"])\1+")


def _single_repeats(text: str, pattern: re.Pattern[str]) -> Iterator[Repeat]:
    for match in pattern.finditer(text):
        yield Repeat(match.start(), match.end(), match.start() + 1, 1, match.end() - match.start(), unspaced=True)


def _overlaps(repeat: Repeat, others: Sequence[Repeat]) -> bool:
    return any(repeat.start < other.end and other.start < repeat.end for other in others)


def _word_repeats(text: str, language: Language) -> tuple[Repeat, ...]:
    keys = casefold_all(_TOKEN.findall(text), language)
    if len(set(keys)) == len(keys):
        return ()  # no word comes back, so no repetition starts anywhere (_possible_starts)
    # Only where the words themselves repeat (a test of the words alone, which _same_unit makes first) are
    # the tokens' places needed: most texts have no such place, and are spared a match object per word.
    starts = [start for start in _possible_starts(keys) if _words_repeat_at(keys, start)]
    if not starts:
        return ()
    tokens = list(_TOKEN.finditer(text))
    repeats: list[Repeat] = []
    index = 0
    numeric: dict[int, int] = {}  # shared by the starts: see _repeat_at
    for start in starts:
        if start < index:
            continue  # inside the last repetition
        repeat = _repeat_at(text, tokens, keys, start, language, numeric)
        if repeat is not None:
            repeats.append(repeat)
            index = start + repeat.size * repeat.times
    return tuple(repeats)


def _possible_starts(keys: Sequence[str]) -> list[int]:
    """The token indices where a repetition may start, in order: those whose word comes back within the
    longest unit's reach (most words do not, and are passed over without a closer look)."""
    starts: list[int] = []
    following: dict[str, int] = {}
    for index in range(len(keys) - 1, -1, -1):
        key = keys[index]
        again = following.get(key)
        following[key] = index
        if again is not None and again - index <= min(_MAX_PHRASE, (len(keys) - index) // 2):
            starts.append(index)
    return starts[::-1]


def _words_repeat_at(keys: Sequence[str], index: int) -> bool:
    """Whether the words from ``index`` repeat right after themselves, for some unit size: without it no
    repetition starts there (``_same_unit`` compares the same words first)."""
    return any(
        keys[index : index + size] == keys[index + size : index + 2 * size]
        for size in range(1, min(_MAX_PHRASE, (len(keys) - index) // 2) + 1)
    )


def _repeat_at(
    text: str,
    tokens: Sequence[re.Match[str]],
    keys: Sequence[str],
    index: int,
    language: Language,
    numeric: dict[int, int] | None = None,
) -> Repeat | None:
    """The repetition starting at token ``index``, if any. ``numeric`` (unit size -> token index) carries
    from one start to the next where a unit written again holds a number, which is never reported
    (:func:`_reportable`): every start up to there, with that size, is a rotation of the same words, so
    it holds the number too and is passed over. Without it, a run of N numbers ("2020 2020 ...", a
    table pasted as text) was counted again from each of its N starts: quadratic, minutes for 20,000."""
    numeric = {} if numeric is None else numeric
    for size in range(min(_MAX_PHRASE, (len(tokens) - index) // 2), 0, -1):
        if keys[index] != keys[index + size] or index < numeric.get(size, -1):
            continue  # cheap test first: most positions start no repetition
        times = 1
        while _same_unit(text, tokens, keys, index, index + size * times, size):
            times += 1
        if times > 1 and any(c.isdigit() for i in range(index, index + size) for c in tokens[i].group()):
            numeric[size] = index + size * (times - 1)
        if times > 1 and _reportable(text, tokens, index, size, times, language):
            last = tokens[index + size * times - 1]
            return Repeat(tokens[index].start(), last.end(), tokens[index + size - 1].end(), size, times)
    return None


def _same_unit(
    text: str, tokens: Sequence[re.Match[str]], keys: Sequence[str], first: int, second: int, size: int
) -> bool:
    if second + size > len(tokens) or keys[first : first + size] != keys[second : second + size]:
        return False
    # Only white space between the occurrences ("die, die" is fine), and the same punctuation inside.
    gap = text[tokens[second - 1].end() : tokens[second].start()]
    if not _GAP.fullmatch(gap):
        return False
    inner = [text[tokens[i].end() : tokens[i + 1].start()] for i in range(first, first + size - 1)]
    inner_again = [text[tokens[i].end() : tokens[i + 1].start()] for i in range(second, second + size - 1)]
    return [s.strip() for s in inner] == [s.strip() for s in inner_again]


def _reportable(
    text: str, tokens: Sequence[re.Match[str]], index: int, size: int, times: int, language: Language
) -> bool:
    words = [tokens[i].group() for i in range(index, index + size)]
    if any(c.isdigit() for w in words for c in w):
        return False
    if times >= 3:
        return True  # a decoding loop, whatever the words
    first, second = tokens[index].group(), tokens[index + size].group()
    if first[:1].isupper() != second[:1].isupper() and not _sentence_initial(text, tokens[index].start()):
        return False  # German "Spiele spiele" (noun, verb): only a sentence start excuses a capital
    if size == 1:
        if first[:1].isupper() and second[:1].isupper():
            return _common_word(first, language)  # "Bora Bora" is a name, "Valley Valley" a slip
        pair = f"{casefold(first, language)} {casefold(second, language)}"
        if pair in _allowed(language) and not _after_preposition(text, tokens, index, language):
            return False
        if _ideophone(first, language):
            return False
        return not _opens_fixed_phrase(text, tokens, index + 1, pair, language)
    return True


# An ideophone is no word of its own: its frequency is that of its doubled use, below a common word's
# (Turkish "pırıl" 4.1, "çıtır" 4.1; "gelir" income 5.4, "okul" school 5.4).
_IDEOPHONE_MAX_ZIPF = 4.5


@cache
def _ideophone_shape(language: Language) -> re.Pattern[str] | None:
    shape = language.data.value("repetition", "ideophone")
    return re.compile(shape) if isinstance(shape, str) else None


def _ideophone(word: str, language: Language) -> bool:
    """True for a sound-symbolic word that the language writes doubled (``[repetition] ideophone``)."""
    shape = _ideophone_shape(language)
    key = casefold(word, language)
    if shape is None or not shape.fullmatch(key):
        return False
    words = lexicon(language)
    return words is None or words.zipf(key) < _IDEOPHONE_MAX_ZIPF


def _after_preposition(text: str, tokens: Sequence[re.Match[str]], index: int, language: Language) -> bool:
    """True when the doubled word follows a preposition that opens no clause (``[repetition]
    not_after``): German "an den den Griffen" is an article written twice, where "Frauen, die die
    Kinder" (a relative pronoun, then the article) and "der Tisch, an den den …" or "…, und bei der der
    Verdacht" (a comma or a conjunction before the preposition: ``clause_joiners``) are grammatical."""
    if index == 0:
        return False
    before = tokens[index - 1]
    if casefold(before.group(), language) not in language.data.words("repetition", "not_after"):
        return False
    if not _GAP.fullmatch(text[before.end() : tokens[index].start()]):
        return False
    if index < 2:
        return True
    opening = tokens[index - 2]
    joins_clauses = casefold(opening.group(), language) in language.data.words("repetition", "clause_joiners")
    return "," not in text[opening.end() : before.start()] and not joins_clauses


def _opens_fixed_phrase(text: str, tokens: Sequence[re.Match[str]], second: int, pair: str, language: Language) -> bool:
    """True when the doubled word's second occurrence opens a phrase of its own (``allowed_before``):
    "put at at least", where "at" ends the verb's phrase and "at least" starts the next."""
    if second + 1 >= len(tokens) or not _GAP.fullmatch(text[tokens[second].end() : tokens[second + 1].start()]):
        return False
    return f"{pair} {casefold(tokens[second + 1].group(), language)}" in _allowed_before(language)


# A capitalised word doubled is reported only when it is a common word this long at least (Zipf).
_COMMON_NAME_WORD = (5, 4.0)


def _common_word(word: str, language: Language) -> bool:
    words = lexicon(language)
    length, zipf = _COMMON_NAME_WORD
    return words is not None and len(word) >= length and words.zipf(casefold(word, language)) >= zipf


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \u00a0\"'«“„‘([-–—")
    return not before or before[-1] in ".!?…:\n"


def _source_repeats(context: CheckContext, texts: Sequence[str]) -> bool:
    return any(find_repeats(text, context.source_language) for text in texts)


# A word said again for emphasis, with a comma or a short word between ("very, very", "lots and lots",
# "more and more"): Chinese renders it as a doubled word ("非常非常", "许多许多").
_EMPHATIC = re.compile(r"\b(\w{2,})\b(?:\W+\w{1,3})?\W+\1\b", re.IGNORECASE)


def _source_emphasises(texts: Sequence[str]) -> bool:
    return any(_EMPHATIC.search(text) for text in texts)


class _RepetitionCheck(Check):
    phrase: bool = False

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        sources = [p.text for p in pair.source]
        if _source_repeats(context, sources):
            return
        for paragraph in pair.target:
            for repeat in find_repeats(paragraph.text, context.target_language):
                if repeat.unspaced and repeat.times == 2 and _source_emphasises(sources):
                    continue
                if (repeat.size > 1 or repeat.times > 2) == self.phrase:
                    yield self._finding(context, paragraph.text, paragraph.span.start, repeat)

    def _finding(self, context: CheckContext, text: str, offset: int, repeat: Repeat) -> Finding:
        unit = text[repeat.start : repeat.first_end]
        times = "twice" if repeat.times == 2 else f"{repeat.times} times"
        return self.finding(
            context,
            f"{unit!r} is written {times} in a row",
            target_span=Span(offset + repeat.start, offset + repeat.end),
            suggestion=unit,
        )


class RepeatedWord(_RepetitionCheck):
    info = CheckInfo(
        id="repetition.word",
        category="repetition",
        severity="minor",
        description="A word written twice in a row (`the the`), except grammatical pairs (`nous nous`).",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "The minister announced the plan.", "Le ministre a annoncé annoncé le plan.", finds="annoncé annoncé"
            ),
        ),
        passing=(
            passes("We met on Monday.", "Nous nous sommes rencontrés lundi."),
            passes("He said: bye bye.", "Il a dit : bye bye."),
        ),
    )


class RepeatedPhrase(_RepetitionCheck):
    info = CheckInfo(
        id="repetition.phrase",
        category="repetition",
        severity="major",
        description="A phrase written twice in a row, or any word or phrase looping three times or more.",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "The government approved the budget.",
                "Le gouvernement le gouvernement a approuvé le budget.",
                finds="Le gouvernement le gouvernement",
            ),
        ),
        passing=(passes("No, no, no, he said.", "Non, non, non, a-t-il dit."),),
    )
    phrase = True


CHECKS: tuple[type[Check], ...] = (RepeatedWord, RepeatedPhrase)
