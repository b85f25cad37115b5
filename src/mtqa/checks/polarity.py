"""Meanings turned into their opposite: a source word of one concept whose translation says the opposite one.

A closed set of concepts has a clear opposite: rising and falling, more and less (above and below),
double and half, yesterday and tomorrow, last and next week (month, year), morning and evening
(night), the frequencies (daily, weekly, monthly, yearly, once a decade, once a century), highest and
lowest, longer and shorter, two adjectives with a privative prefix (sufficient, possible), including
and excluding, a limit and a floor ("up to 25 km/h", "at least 25 km/h", "from 25 km/h"), a profit
and a loss, rules tightened and loosened, hot and cold, the next and the last of a series, east and west
(north and south), buying and selling, gaining and losing, and what one may do and what one must ("can
be mounted", "must be mounted"; the modal verbs, strong where they say nothing else: "can", "kann",
"peut", "muss", "doit"; English "may be" too). A machine translation that renders "rose" as "fell",
"well below" as "well above" or "a day" as "a week" keeps the sentence fluent and close to its source in
an encoder's eyes, so nothing else in mtqa sees it.

The words come from two places. CLDR (through Babel) names the relative dates ("last month", "le mois
prochain", "w przyszłym roku") and the day periods of every locale; the other concepts are listed per
language in ``[polarity]`` of ``data/lang/<code>.toml``, in two strengths: ``strong`` words name their
concept and nothing else, ``weak`` words may say it too. A phrase strong in two concepts (German
"morgen": tomorrow, and "Morgen": morning) is weak in both.

The rule is strict, for precision. Within one sentence bead, a finding needs

- a strong word of concept A in the source, and a strong word of its opposite B in the translation;
- no word of A, strong or weak, in the translation (it says A somewhere after all: a synonym);
- no word of B, strong or weak, in the source (the sentence speaks of both: "rose, then fell"), unless
  the translation says B more often than the source (prices "rose" after harvests were "cut", both
  rendered as rising);
- a negation on both sides or on neither ("did not rise" may well be "fell"); French "ne … que" says
  "only" and is no negation;
- the two words at about the same place in their sentences (``MAX_DRIFT``); sentences of a bead that
  pair up one to one are read apart.

Idioms whose words say something else ("fell short", "declined to", "above all", "au moins") are read
as a whole and count for nothing. A sentence pair without a strong word on both sides costs two
regular-expression searches: the check's gate.

With and without are no pair here: on WMT22 German-French news (references and six systems each way)
all 21 findings were false, "without" being rendered by privative compounds ("fahrerlos", "sans fil"
for "Akku-"), by "à l'exception" for "mit Ausnahme", or the sentence recast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from mtqa.checks.base import Check, CheckContext, CheckInfo, Scope, SentencePair, fails, paired_sentences, passes
from mtqa.checks.polarity_negation import NegationFlipped  # a negation lost or added: its own module
from mtqa.lang import Language
from mtqa.model import Finding, Sentence, Span
from mtqa.runcache import article_cached

# Pairs of concepts that are each other's opposite. Morning and afternoon are no pair: events of the
# late morning run past noon, and CLDR's German "Mittag" (noon) is an afternoon period.
_FREQUENCIES = ("daily", "weekly", "monthly", "yearly", "decadal", "centennial")  # "once a century"
OPPOSITES: tuple[tuple[str, str], ...] = (
    ("rise", "fall"),
    ("more", "less"),
    ("double", "half"),
    ("yesterday", "tomorrow"),
    ("last_week", "next_week"),
    ("last_month", "next_month"),
    ("last_year", "next_year"),
    ("morning", "evening"),
    ("morning", "night"),
    # Superlatives, comparatives of length, and adjectives whose opposite adds a privative prefix: an
    # engine drops or adds the prefix ("insuficiente" -> "sufficient") or takes the other end of a scale.
    ("highest", "lowest"),
    ("longer", "shorter"),
    ("sufficient", "insufficient"),
    ("possible", "impossible"),
    # What one may do turned into what one must ("can be mounted outside" as "must be mounted outside",
    # "you cannot reply" as "you need not reply"): the modal verbs of instructions and product pages.
    ("may", "must"),
    # A price or a box that includes something or leaves it out, and a limit turned into a floor ("up to
    # 25 km/h" as "from 25 km/h", "höchstens" as "mindestens"): product pages and reports state both.
    ("including", "excluding"),
    ("at_most", "at_least"),
    # A company's result: "an operating loss" reported as "a profit" (Finnish "liikevoitto" for
    # "liiketappio") reverses the news; business reports state the one or the other.
    ("profit", "loss"),
    # Rules, controls or a policy made stricter or looser ("tighten emission rules" as "relax them").
    ("tighten", "loosen"),
    # Temperatures of instructions and product pages ("froth cold milk", "a hot surface") and weather news.
    ("hot", "cold"),
    # The next and the last of a series (a race, a model, an update): "the next race" as "the last race".
    ("next", "last"),
    # A direction turned round ("90 km to the east" as "to the west"), and a purchase made a sale ("buys
    # milk from 22 farms" as "sells its milk to 22 farms"): the news says which, and a translation keeps it.
    ("east", "west"),
    ("north", "south"),
    ("buy", "sell"),
    # Something won or lost: market share, seats, customers ("gaining share" as "losing" it).
    ("gain", "lose"),
    # Instructions: a side or a turn ("turn the dial to the left" as "to the right"), and the versions a
    # device works with ("iOS 15 or later" as "or earlier"): a product page states which.
    ("left", "right"),
    ("or_later", "or_earlier"),
    *((a, b) for i, a in enumerate(_FREQUENCIES) for b in _FREQUENCIES[i + 1 :]),
)
_OPPOSITE: dict[str, tuple[str, ...]] = {}
for _a, _b in OPPOSITES:
    _OPPOSITE[_a] = (*_OPPOSITE.get(_a, ()), _b)
    _OPPOSITE[_b] = (*_OPPOSITE.get(_b, ()), _a)

# CLDR's relative date fields: (field, offset) -> concept.
_RELATIVE = {
    ("day", -1): "yesterday",
    ("day", 1): "tomorrow",
    ("week", -1): "last_week",
    ("week", 1): "next_week",
    ("month", -1): "last_month",
    ("month", 1): "next_month",
    ("year", -1): "last_year",
    ("year", 1): "next_year",
}
# CLDR's day periods, in the order they claim a name: French names the small hours "matin" (night1),
# which stays the morning's.
_PERIODS = (
    ("morning1", "morning"),
    ("morning2", "morning"),
    ("evening1", "evening"),
    ("evening2", "evening"),
    ("night1", "night"),
    ("night2", "night"),
)
# How far apart (share of the sentence's length) a word and its opposite may stand: word order differs
# between languages, but a word rendered at the other end of the sentence renders something else.
MAX_DRIFT = 0.5
_NUMBER = "#"  # a phrase word that stands for a number: in digits, or spelled from two up ("at least five")
_TOKEN = re.compile(r"[^\W_]+")
_SMALLEST_COUNT = 2  # spelled numbers "#" stands for

Sense = tuple[str, bool]  # (concept, strong)


@dataclass(frozen=True)
class _Entry:
    """A phrase of the lexicon: its words ("augment*" a stem, "#" a number) and what it says."""

    words: tuple[str, ...]
    senses: tuple[Sense, ...]  # empty: an idiom, read as a whole and meaning nothing here


@dataclass(frozen=True)
class Lexicon:
    """One language's polarity words, indexed by their first word."""

    exact: Mapping[str, tuple[_Entry, ...]]  # first word -> entries, longest first
    # The first word's two first letters -> (stem, entries) of the entries whose first word is a stem (a
    # stem of one letter under that letter): a word is compared with a few stems, not all.
    stems: Mapping[str, tuple[tuple[str, tuple[_Entry, ...]], ...]]
    negations: frozenset[str]
    gate: re.Pattern[str] | None  # finds a strong phrase in lower-case text (None: the language has none)
    # Negation words that say "only" with a restrictive word shortly after them (French "ne … que"), and
    # those restrictive words: ``[polarity] restrictive_particles`` and ``restrictive_words``.
    particles: frozenset[str] = frozenset()
    restrictives: frozenset[str] = frozenset()
    # The language's spelled numbers of two and more (``[numbers] words``), which "#" stands for too: "one"
    # is an article or a pronoun as often ("from one region to another").
    numbers: frozenset[str] = frozenset()


@dataclass
class _Reading:
    """What one side of a bead says: concept -> spans of its strong words, concepts said at all."""

    strong: dict[str, list[tuple[Span, float]]] = field(default_factory=dict)  # with its relative position
    said: set[str] = field(default_factory=set)
    negated: bool = False
    times: dict[str, int] = field(default_factory=dict)  # concept -> phrases saying it, strong or weak
    sentences: int = 1


@cache
def lexicon(language: Language) -> Lexicon:
    """The polarity words of ``language``: CLDR's dates and day periods and its ``[polarity]`` data."""
    phrases: dict[tuple[str, ...], dict[str, bool]] = {}  # words -> concept -> strong
    idioms: set[tuple[str, ...]] = set()
    data = language.data
    for concept, phrase in _cldr_phrases(language.code):
        phrases.setdefault(_words(phrase), {})[concept] = True
    for strong, key in ((True, "strong"), (False, "weak")):
        for concept, listed in data.table_of("polarity", key).items():
            for phrase in listed if isinstance(listed, list) else ():
                senses = phrases.setdefault(_words(str(phrase)), {})
                senses[concept] = senses.get(concept, False) or strong
    for phrase in data.strings("polarity", "idioms"):
        idioms.add(_words(phrase))
    entries: list[_Entry] = []
    for words, senses in phrases.items():
        if not words or words in idioms:
            continue
        # A phrase strong in two concepts names neither for sure: it stays weak in both.
        ambiguous = sum(senses.values()) > 1
        entries.append(_Entry(words, tuple((c, s and not ambiguous) for c, s in sorted(senses.items()))))
    entries.extend(_Entry(words, ()) for words in idioms if words)
    numbers = frozenset(
        word.lower()
        for word, value in data.table_of("numbers", "words").items()
        if _TOKEN.fullmatch(word) and float(value) >= _SMALLEST_COUNT
    )
    index = _index(entries, frozenset(w.lower() for w in data.strings("polarity", "negations")), numbers)
    return replace(
        index,
        particles=frozenset(w.lower() for w in data.strings("polarity", "restrictive_particles")),
        restrictives=frozenset(w.lower() for w in data.strings("polarity", "restrictive_words")),
    )


def _index(entries: Sequence[_Entry], negations: frozenset[str], numbers: frozenset[str] = frozenset()) -> Lexicon:
    exact: dict[str, list[_Entry]] = {}
    stems: dict[str, list[_Entry]] = {}
    strong: list[list[str]] = []
    for entry in sorted(entries, key=lambda e: -len(e.words)):
        first = entry.words[0]
        if first.endswith("*"):
            stems.setdefault(first[:-1], []).append(entry)
        else:
            exact.setdefault(first, []).append(entry)
        if any(strong for _, strong in entry.senses):
            strong.append(_atoms(entry.words, numbers))
    # Every strong phrase as written: a sentence pair without one on both sides is not read further.
    # Searched in lower-case text: IGNORECASE makes ``re`` four times slower on German's phrases.
    gate = re.compile(r"(?<!\w)" + _trie(strong)) if strong else None
    return Lexicon(
        {k: tuple(v) for k, v in exact.items()},
        _by_opening(stems),
        negations,
        gate,
        numbers=numbers,
    )


def _by_opening(stems: Mapping[str, Sequence[_Entry]]) -> dict[str, tuple[tuple[str, tuple[_Entry, ...]], ...]]:
    grouped: dict[str, list[tuple[str, tuple[_Entry, ...]]]] = {}
    for stem, entries in sorted(stems.items()):
        grouped.setdefault(stem[:2], []).append((stem, tuple(entries)))
    return {opening: tuple(group) for opening, group in grouped.items()}


def _atoms(words: Sequence[str], numbers: Iterable[str] = ()) -> list[str]:
    """A phrase as the pieces of a regular expression finding it in text: its letters one by one, anything
    but letters and digits between its words, digits for "#", more letters after a stem."""
    atoms: list[str] = []
    for k, word in enumerate(words):
        if k:
            atoms.append(r"[\W_]+")
        if word == _NUMBER:
            spelled = "".join(f"|{re.escape(n)}" for n in sorted(numbers, key=len, reverse=True))
            atoms.append(rf"(?:\d+{spelled})")
            continue
        atoms.extend(re.escape(c) for c in word.removesuffix("*"))
        if word.endswith("*"):
            atoms.append(r"\w*")
    atoms.append(r"(?!\w)")
    return atoms


def _trie(phrases: Iterable[Sequence[str]]) -> str:
    """One regular expression for all the phrases, their common beginnings written once: Python's ``re``
    tries the branches of an alternation one after the other, so 200 phrases side by side cost ten times
    more than the same phrases as a tree (50 against 4 µs on a sentence)."""
    root: dict[str, dict[str, Any]] = {}
    for atoms in phrases:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}  # a phrase ends here

    def pattern(node: dict[str, dict[str, Any]]) -> str:
        branches = [atom + pattern(child) if atom else "" for atom, child in node.items()]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(root)


def _words(phrase: str) -> tuple[str, ...]:
    """A phrase as the words the text is read in: lower case, split at anything but letters and digits
    ("au-dessus" is "au dessus", "l’année" is "l année"), "#" and a final "*" kept."""
    words: list[str] = []
    for chunk in phrase.lower().split():
        if chunk == _NUMBER:
            words.append(chunk)
            continue
        parts = _TOKEN.findall(chunk)
        if parts and chunk.endswith("*"):
            parts[-1] += "*"
        words.extend(parts)
    return tuple(words)


def _cldr_phrases(code: str) -> Iterator[tuple[str, str]]:
    """(concept, phrase) of CLDR's relative dates and day periods for a language (none if Babel has no locale)."""
    try:
        from babel import Locale

        locale = Locale.parse(code)
        fields = locale._data["date_fields"]  # no public accessor for the relative phrases
        periods = locale.day_periods.get("stand-alone", {}).get("wide", {})
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return
    for (name, offset), concept in _RELATIVE.items():
        phrase = fields.get(name, {}).get("relative", {}).get(offset)
        if phrase:
            yield concept, str(phrase)
    claimed: set[str] = set()
    for period, concept in _PERIODS:
        name = str(periods.get(period, "")).lower()
        if name and name not in claimed:
            claimed.add(name)
            yield concept, name


def _matches(pattern: str, token: str, numbers: frozenset[str] = frozenset()) -> bool:
    if pattern == _NUMBER:
        return token.isdecimal() or token in numbers
    if pattern.endswith("*"):
        return token.startswith(pattern[:-1])
    return token == pattern


def _strongly_said(lexicon: Lexicon, text: str) -> set[str]:
    """The concepts of the strong phrases the gate finds in ``text`` (a superset of those read in context:
    a phrase inside an idiom counts here)."""
    if lexicon.gate is None:
        return set()
    concepts: set[str] = set()
    for match in lexicon.gate.finditer(text.lower()):
        entry = _longest(lexicon, _TOKEN.findall(match.group()), 0)
        if entry is not None:
            concepts.update(concept for concept, strong in entry.senses if strong)
    return concepts


@article_cached
def _said_in_source(text: str, language: Language) -> frozenset[str]:
    """:func:`_strongly_said` of a source text in its language's lexicon, kept for the run: the translations
    of one source ask for it again."""
    return frozenset(_strongly_said(lexicon(language), text))


def _read(lexicon: Lexicon, sentences: Sequence[Sentence]) -> _Reading:
    """The concepts the sentences say, each phrase read at its longest from left to right."""
    reading = _Reading(sentences=len(sentences))
    start, end = sentences[0].span.start, sentences[-1].span.end
    length = max(1, end - start)
    for sentence in sentences:
        tokens = [(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(sentence.text)]
        words = [t[0] for t in tokens]
        negations = _negations(lexicon, words)
        # A negation inside a phrase of a concept is part of its meaning ("no more than 25" is a limit)
        covered: set[int] = set()
        exact, stems = lexicon.exact, lexicon.stems
        i = 0
        while i < len(words):
            word = words[i]
            # Most words open no entry: told without building the candidates.
            if (
                word not in exact
                and word[:2] not in stems
                and word[:1] not in stems
                and not word.isdecimal()
                and word not in lexicon.numbers
            ):
                i += 1
                continue
            entry = _longest(lexicon, words, i)
            if entry is None:
                i += 1
                continue
            stop = i + len(entry.words)
            # The span is the phrase's words, not the number it holds ("over" of "over 3 years").
            kept = [i + k for k, word in enumerate(entry.words) if word != _NUMBER] or [i]
            offset = sentence.span.start
            span = Span(offset + tokens[kept[0]][1], offset + tokens[kept[-1]][2])
            for concept, strong in entry.senses:
                reading.said.add(concept)
                reading.times[concept] = reading.times.get(concept, 0) + 1
                if strong:
                    reading.strong.setdefault(concept, []).append((span, (span.start - start) / length))
            if negations and any(i - NEGATION_REACH <= n < i for n in negations):
                _say_opposites(reading, entry)
            if entry.senses:
                covered.update(range(i, stop))
            i = stop
        if any(n not in covered for n in negations):
            reading.negated = True
    return reading


# How many words after "ne" its "que" may stand ("ne prescrire l'amoxicilline qu'en cas de nécessité").
RESTRICTIVE_REACH = 6
# How many words before a phrase a negation turns it into its opposite too ("pas suffisamment", "not
# possible", "nicht ausreichend" say "insufficient" and "impossible").
NEGATION_REACH = 3


def _say_opposites(reading: _Reading, entry: _Entry) -> None:
    """A negated phrase says its opposite too (weakly: it silences, it is never reported)."""
    for concept, _ in entry.senses:
        for opposite in _OPPOSITE.get(concept, ()):
            reading.said.add(opposite)
            reading.times[opposite] = reading.times.get(opposite, 0) + 1


def _negations(lexicon: Lexicon, words: Sequence[str]) -> list[int]:
    """Where a sentence's words say "not": not a particle that says "only" with the restrictive word
    shortly after it ("ne … que", "n'… qu'")."""
    if lexicon.negations.isdisjoint(words):
        return []  # most sentences
    return [
        i
        for i, word in enumerate(words)
        if word in lexicon.negations
        and not (
            word in lexicon.particles and lexicon.restrictives.intersection(words[i + 1 : i + 1 + RESTRICTIVE_REACH])
        )
    ]


def _longest(lexicon: Lexicon, words: Sequence[str], i: int) -> _Entry | None:
    """The longest entry of the lexicon whose words start at ``words[i]`` (an idiom first on a tie), or
    the senses of all those of that length."""
    word = words[i]
    candidates: list[_Entry] = list(lexicon.exact.get(word, ()))
    for opening in (word[:1], word[:2]) if len(word) > 1 else (word,):
        for stem, entries in lexicon.stems.get(opening, ()):
            if word.startswith(stem):
                candidates.extend(entries)
    if word.isdecimal() or word in lexicon.numbers:
        candidates.extend(lexicon.exact.get(_NUMBER, ()))
    matched = [
        entry
        for entry in candidates
        if i + len(entry.words) <= len(words)
        and all(
            _matches(p, w, lexicon.numbers) for p, w in zip(entry.words, words[i : i + len(entry.words)], strict=True)
        )
    ]
    if not matched:
        return None
    longest = max(len(entry.words) for entry in matched)
    best = [entry for entry in matched if len(entry.words) == longest]
    if len(best) == 1 or any(not entry.senses for entry in best):
        return next((entry for entry in best if not entry.senses), best[0])
    # A word and a stem of the same length ("calato", "calat*", "cala*"): what they say together.
    strong: dict[str, bool] = {}
    for entry in best:
        for concept, is_strong in entry.senses:
            strong[concept] = strong.get(concept, False) or is_strong
    return _Entry(best[0].words, tuple(sorted(strong.items())))


def opposites(
    source: _Reading, target: _Reading, verb_final: tuple[bool, bool] = (False, False)
) -> Iterator[tuple[str, Span, str, Span]]:
    """(concept, source span, opposite, target span) where the translation says the opposite of the source.
    ``verb_final`` (source, target): a language that ends its clauses with the verb (``[traits]
    verb_final``: Turkish, Japanese, Korean) says "lifts" or "rose" at the end of its sentence wherever the
    other language says it, so a word of its last ``VERB_FINAL_END`` stands anywhere."""
    if source.negated != target.negated:
        return  # "did not rise" may be "fell"; "rose" is not "did not fall"
    for concept, source_spans in source.strong.items():
        if concept in target.said:
            continue
        for opposite in _OPPOSITE.get(concept, ()):
            if not _says_more(target, source, concept, opposite):
                continue
            # The two words stand about where each other's translation would: the closest pair, if close.
            rendered = _unexplained(target.strong.get(opposite, []), source.strong.get(opposite, []))
            pairs = [
                (_drift(s_at, t_at, verb_final), s_span, t_span)
                for s_span, s_at in source_spans
                for t_span, t_at in rendered
            ]
            if pairs:
                drift, source_span, target_span = min(pairs, key=lambda p: (p[0], p[2].start))
                if drift <= MAX_DRIFT:
                    yield concept, source_span, opposite, target_span


# A verb-final language's verb stands in this last share of its sentence.
VERB_FINAL_END = 0.2


def _drift(source_at: float, target_at: float, verb_final: tuple[bool, bool]) -> float:
    """How far apart two words stand, nothing for a verb at the end of a verb-final language's sentence."""
    if (verb_final[0] and source_at >= 1 - VERB_FINAL_END) or (verb_final[1] and target_at >= 1 - VERB_FINAL_END):
        return 0.0
    return abs(source_at - target_at)


def _unexplained(
    target: Sequence[tuple[Span, float]], source: Sequence[tuple[Span, float]]
) -> list[tuple[Span, float]]:
    """The translation's words of a concept left once each of the source's own words of it has taken the
    nearest one (by place in the sentence): those render something else."""
    left = list(target)
    for _, at in sorted(source, key=lambda s: s[1]):
        if not left:
            break
        left.remove(min(left, key=lambda t: abs(t[1] - at)))
    return left


def _says_more(target: _Reading, source: _Reading, concept: str, opposite: str) -> bool:
    """Whether the translation says the opposite more often than the source: always when the source never
    says it; when it does ("rose, then fell"), only if the translation says it more often than the source
    but no more often than the source says both (prices "rose" after harvests were "cut", both rendered
    as rising: one word turned, none added; a passage repeated three times adds them). Counted in one
    sentence and its translation only: across sentences a compound or a paraphrase ("Produktionsrückgang")
    too easily drops a word from the count."""
    said, rendered = source.times.get(opposite, 0), target.times.get(opposite, 0)
    if not said:
        return rendered > 0
    single = source.sentences == 1 and target.sentences == 1
    return single and said < rendered <= said + source.times.get(concept, 0)


class OppositeMeaning(Check):
    info = CheckInfo(
        id="polarity.opposite",
        category="mistranslation",
        severity="major",
        description="A word of the source (rose, below, daily, last month) is rendered by its opposite "
        "(fell, above, weekly, next month) in the aligned translation.",
        scope=Scope.SENTENCE,
        failing=(
            fails("Exports rose by 4% in March.", "Les exportations ont baissé de 4 % en mars.", finds="baissé"),
            fails(
                "Die Preise lagen deutlich unter dem Vorjahr.",
                "Prices were well above the previous year.",
                finds="above",
                source_lang="de",
                target_lang="en",
            ),
            fails("The ferry sails every morning.", "Le ferry part chaque soir.", finds="soir"),
        ),
        passing=(
            passes("Exports rose by 4% in March.", "Les exportations ont progressé de 4 % en mars."),
            passes("Exports did not rise in March.", "Les exportations ont baissé en mars."),
            passes(
                "Le bruit a augmenté après qu'il s'est endormi.",
                "The noise got louder after he fell asleep.",
                source_lang="fr",
                target_lang="en",
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        if not (pair.source and pair.target):
            return
        source_lexicon, target_lexicon = context.analysis(_lexicons)
        # The gates: most sentence pairs hold no strong word of a concept in the source and of its opposite
        # in the translation.
        said = _said_in_source(pair.source_text, context.source_language)
        if not said:
            return
        wanted = {opposite for concept in said for opposite in _OPPOSITE.get(concept, ())}
        if wanted.isdisjoint(_strongly_said(target_lexicon, pair.target_text)):
            return
        # Sentences that pair up one to one are read apart: a word's opposite in the next sentence is no rendering.
        units: list[tuple[tuple[Sentence, ...], tuple[Sentence, ...]]] = [
            ((s,), (t,)) for s, t in paired_sentences(pair)
        ] or [(pair.source, pair.target)]
        seen: set[Span] = set()
        verb_final = (
            context.source_language.data.flag("traits", "verb_final"),
            context.target_language.data.flag("traits", "verb_final"),
        )
        for source_unit, target_unit in units:
            for concept, source_span, opposite, target_span in opposites(
                _read(source_lexicon, source_unit), _read(target_lexicon, target_unit), verb_final
            ):
                if target_span not in seen:
                    seen.add(target_span)
                    yield self._report(context, concept, source_span, opposite, target_span)

    def _report(
        self, context: CheckContext, concept: str, source_span: Span, opposite: str, target_span: Span
    ) -> Finding:
        said = context.source.excerpt(source_span)
        rendered = context.target.excerpt(target_span)
        return self.finding(
            context,
            f"the source says {said!r} ({_label(concept)}) but the translation {rendered!r} "
            f"({_label(opposite)}), its opposite",
            target_span=target_span,
            source_span=source_span,
        )


def _lexicons(context: CheckContext) -> tuple[Lexicon, Lexicon]:
    """The source's and the translation's lexicons: an analysis, looked up once per article."""
    return lexicon(context.source_language), lexicon(context.target_language)


def _label(concept: str) -> str:
    return concept.replace("_", " ")


CHECKS = (OppositeMeaning, NegationFlipped)
