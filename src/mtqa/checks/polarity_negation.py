"""A negation lost or added: the source says "did not approve" and the translation "approved", or the reverse.

Machine translation drops a "not" ("kein Risiko" as "a risk") or adds one, and the sentence stays fluent
and close to its source in an encoder's eyes. Within a sentence pair that corresponds one to one, the
check reports a side that holds a negation when the other holds none.

The words come from ``[polarity.negation]`` of ``data/lang/<code>.toml``:

- ``words``: words that negate on their own (not, never, kein, nunca, żaden); one written after an
  apostrophe negates only there (English "'t" of "don't": "T cells" negate nothing);
- ``after``: words that negate only after another word of the sentence (French "pas", "jamais",
  "plus", "personne" after "ne": alone they are a step, "ever", "more", a person);
- ``idioms``: phrases whose negation word negates nothing, or a limit rather than the clause ("not
  only", "no doubt", "nicht nur", "no later than");
- ``lexical``: words that say a negation without a negation word ("fail", "refuse", "lack",
  "without", "unless", "hardly", "rather than", "erst", "sauf"), and words of a negative ``prefix``
  ("unclear", "nichtstaatlich"; ``prefix_exceptions``: "under", "unter"). A correct translation moves
  a negation into such a word ("did not attend" as "a manqué"; "not until Monday" as "erst am
  Montag"), and one said twice cancels out ("not unusual"): a side holding one is not judged;
- ``hints``: words that show a negation said elsewhere in a side without a negation word ("ever",
  "yet", French "ne" alone, "ne … que" being "only"; Czech words opening with "ne", its verbs'
  negative prefix): such a side is not judged;
- ``patterns``, ``idiom_patterns``, ``lexical_patterns``: regular expressions for languages that
  write a negation as part of a word or without spaces (Japanese ``入らない``, ``入らず``, ``ません``;
  Korean ``않``, ``하지 마세요``): a match of ``patterns`` is a negation unless it lies inside a match of
  ``idiom_patterns`` (Japanese ``なければならない``, "must"); a match of ``lexical_patterns`` makes the
  side unjudged as a lexical negative does (Japanese ``不要``, Korean ``없이``).

Measured on professional translations (WMT news references), what a translator recasts is mostly a
long sentence or a litotes ("hard to escape" as "kann sich nicht erwehren"), so only sentences of
``MAX_WORDS`` words or fewer, of about the same length, are judged; questions are not ("Isn't it…?").
Languages without the data get no finding. A sentence pair without a negation word on either side
costs two regular-expression searches: the gate.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from mtqa.checks.base import Check, CheckContext, CheckInfo, Scope, SentencePair, fails, paired_sentences, passes
from mtqa.lang import Language
from mtqa.lang.wordcount import spaced_length
from mtqa.model import Finding, Sentence, Span

_TOKEN = re.compile(r"[^\W_]+")
# Kana and ideographs: words written without spaces between them.
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_HYPHENS = frozenset("-\u2010\u2011")
_APOSTROPHES = ("'", "\u2019")
# An apostrophe just before, as written or as a character reference ("Don&#x2019;t" on web pages).
_ELIDED = re.compile(r"(?:['\u2019]|&(?:#x2019|#8217|rsquo|apos|#39|#x27);)\Z", re.IGNORECASE)
_ASIDE = re.compile(r"\([^()]*\)")
# Only sentences of at most this many words are judged (both sides): professional translators recast
# longer sentences freely ("hard to escape" as "kann sich nicht erwehren"). On WMT21/22 references
# (185,000 words) the limits on words and length take the findings left by the lists from 40 to 4.
MAX_WORDS = 15
# A sentence and its translation differ this much in length at most (characters, either way): a
# translation that only lost or gained a negation keeps the sentence's length; pairs outside are
# sentences paired by position that render something else.
MAX_LENGTH_RATIO = 1.8
# A negation of a verb lost (``verbal``; no negation word left in the translation) is judged in
# sentences of up to this many words.
LOST_MAX_WORDS = 40
MIN_LENGTH = 20  # below, a word more or less changes the ratio too much to tell


@dataclass(frozen=True)
class NegationLexicon:
    """One language's negation words and the words that negate without one."""

    words: frozenset[str]
    clitics: frozenset[str]  # words that negate only right after an apostrophe: English "t" of "don't"
    after: Mapping[str, frozenset[str]]  # word -> the words one of which must stand before it
    idioms: Mapping[str, tuple[tuple[str, ...], ...]]  # first word -> idioms opening with it
    lexical: re.Pattern[str] | None  # finds a lexical negative in lower-case text
    hints: re.Pattern[str] | None  # finds a word hinting at a negation said elsewhere ("ever", French "ne")
    gate: re.Pattern[str] | None  # finds a negation word in lower-case text (None: no data)
    bound: re.Pattern[str] | None = None  # finds a negation written inside a word (Japanese ない)
    bound_idioms: re.Pattern[str] | None = None  # phrases whose bound negation negates nothing
    verbal: frozenset[str] = frozenset()  # words that negate a verb, judged in longer sentences too


def _words(phrase: str) -> tuple[str, ...]:
    words = _TOKEN.findall(phrase.lower())
    if phrase.endswith("*") and words:
        words[-1] += "*"
    return tuple(words)


def _branches(phrases: Iterable[str]) -> list[str]:
    """Regular expressions of phrases ("word*": a stem, "*word": an ending), longest first."""
    branches: list[str] = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        words = _words(phrase)
        if not words:
            continue
        parts = [re.escape(w.removesuffix("*")) + (r"\w*" if w.endswith("*") else "") for w in words]
        if phrase.startswith("*"):
            parts[0] = r"\w+" + parts[0]
        branches.append(r"[\W_]+".join(parts))
    return branches


def _alternation(
    phrases: Iterable[str], prefixes: Iterable[str] = (), exceptions: Iterable[str] = ()
) -> re.Pattern[str] | None:
    """One expression finding any of the phrases as whole words in lower-case text, or a word of at
    least four more letters after one of the prefixes, unless it opens with one of the exceptions
    (German "un…": "unklar", not "unter")."""
    branches = _branches(phrases)
    prefixed = [re.escape(p.lower()) for p in prefixes if p.strip()]
    if prefixed:
        excluded = _branches(exceptions)
        guard = r"(?!(?:" + "|".join(excluded) + r")(?!\w))" if excluded else ""
        branches.append(guard + "(?:" + "|".join(prefixed) + r")\w{4,}")
    if not branches:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(branches) + r")(?!\w)")


def _gate(words: Iterable[str]) -> re.Pattern[str]:
    """One expression finding any of the words as a whole word in lower-case text, their common
    beginnings written once: ``re`` tries the branches of an alternation one after the other, so a
    tree of 30 words costs a sentence without any of them about 1 µs, the flat list 15 µs."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(letter) + pattern(child) if letter else "" for letter, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(r"(?<!\w)" + pattern(root) + r"(?!\w)")


@cache
def negation_lexicon(language: Language) -> NegationLexicon:
    """The negation data of ``language`` (read once per language)."""
    section = language.data.section("polarity").get("negation", {})
    if not isinstance(section, Mapping):
        section = {}

    def strings(key: str) -> list[str]:
        value = section.get(key, [])
        return [str(v) for v in value] if isinstance(value, list) else []

    listed = [w.lower() for w in strings("words")]
    words = frozenset(w for w in listed if not w.startswith(_APOSTROPHES))
    clitics = frozenset(w.lstrip("".join(_APOSTROPHES)) for w in listed if w.startswith(_APOSTROPHES))
    after_table = section.get("after", {})
    after = {
        str(word).lower(): frozenset(str(w).lower() for w in before)
        for word, before in (after_table.items() if isinstance(after_table, Mapping) else ())
        if isinstance(before, list)
    }
    idioms: dict[str, tuple[tuple[str, ...], ...]] = {}
    for idiom in sorted({_words(p) for p in strings("idioms") if _words(p)}):
        idioms[idiom[0]] = (*idioms.get(idiom[0], ()), idiom)
    gate = _gate([*words, *clitics, *after]) if words or clitics or after else None
    lexical = _alternation(strings("lexical"), strings("prefixes"), strings("prefix_exceptions"))
    bound = _patterns(strings("patterns"))
    if bound is not None:
        gate = bound if gate is None else re.compile(f"{gate.pattern}|{bound.pattern}")
    lexical = _either(lexical, _patterns(strings("lexical_patterns")))
    hints = _alternation(strings("hints"))
    verbal = frozenset(w.lower().lstrip("".join(_APOSTROPHES)) for w in strings("verbal"))
    return NegationLexicon(
        words, clitics, after, idioms, lexical, hints, gate, bound, _patterns(strings("idiom_patterns")), verbal
    )


def _patterns(expressions: Sequence[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{e})" for e in expressions)) if expressions else None


def _either(first: re.Pattern[str] | None, second: re.Pattern[str] | None) -> re.Pattern[str] | None:
    if first is None or second is None:
        return first or second
    return re.compile(f"{first.pattern}|{second.pattern}")


@dataclass(frozen=True)
class Negation:
    """What one sentence says about negation: the spans of its negation words, and whether it holds a
    lexical negative or is a question (then it is not judged)."""

    spans: tuple[Span, ...]
    unjudged: bool


def read_negation(lexicon: NegationLexicon, sentence: Sentence, *, recast_asides: bool = True) -> Negation:
    """The negation words of a sentence, idioms left out; unjudged when it is a question or holds a
    lexical negative, or, without a negation word, a hint of one, or with ``recast_asides`` a negation
    inside brackets."""
    text = sentence.text.lower()
    if "?" in text or "¿" in text or (lexicon.lexical is not None and lexicon.lexical.search(text)):
        return Negation((), True)
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    words = [t[0] for t in tokens]
    skipped = _idiom_words(lexicon.idioms, words)
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text)] if recast_asides and "(" in text else []
    spans: list[Span] = []
    offset = sentence.span.start
    for i, word in enumerate(words):
        number_sign = text[tokens[i][2] : tokens[i][2] + 1] == "." and i + 1 < len(words) and words[i + 1].isdecimal()
        if i in skipped or number_sign:
            continue  # inside an idiom, or "No. 3", a number's abbreviation
        needed = lexicon.after.get(word)
        negates = (
            word in lexicon.words
            or (needed is not None and not needed.isdisjoint(words[:i]))
            or (word in lexicon.clitics and _ELIDED.search(text, 0, tokens[i][1]) is not None)
        )
        if negates and (
            text[tokens[i][2] : tokens[i][2] + 1] in _HYPHENS
            or any(start < tokens[i][1] < end for start, end in asides)
        ):
            # A compound ("no-pull harness", "non-binding", "Nicht-Mitglied"): a negative prefix,
            # rendered by "anti-", "sans" or a suffix as often as by a negation. Or an aside in
            # brackets, which translators recast freely ("(prénom d'emprunt)", "(nicht ihr richtiger Name)").
            return Negation((), True)
        if negates:
            spans.append(Span(offset + tokens[i][1], offset + tokens[i][2]))
    if lexicon.bound is not None:
        spans += _bound_negations(lexicon, text, asides, offset)
    if not spans and lexicon.hints is not None and lexicon.hints.search(text):
        return Negation((), True)
    return Negation(tuple(spans), False)


def _bound_negations(lexicon: NegationLexicon, text: str, asides: Sequence[tuple[int, int]], offset: int) -> list[Span]:
    """The negations written inside words (``patterns``), those inside an idiom or an aside left out."""
    assert lexicon.bound is not None
    idioms = [(m.start(), m.end()) for m in lexicon.bound_idioms.finditer(text)] if lexicon.bound_idioms else []
    return [
        Span(offset + m.start(), offset + m.end())
        for m in lexicon.bound.finditer(text)
        if not any(start <= m.start() < end for start, end in (*idioms, *asides))
    ]


def _too_long(text: str, most: int = MAX_WORDS) -> bool:
    """More than ``most`` words; a text with words written without spaces (Chinese, Japanese) is
    measured by its length in a spaced script instead, at about seven characters a word."""
    if _UNSPACED.search(text):
        return spaced_length(text) > 7 * most
    return len(_TOKEN.findall(text)) > most


def _idiom_words(idioms: Mapping[str, Sequence[tuple[str, ...]]], words: Sequence[str]) -> set[int]:
    """Positions of the words inside an idiom (looked up by its first word: most words open none)."""
    skipped: set[int] = set()
    for i, word in enumerate(words):
        for idiom in idioms.get(word, ()):
            size = len(idiom)
            if i + size <= len(words) and all(_matches(p, w) for p, w in zip(idiom, words[i : i + size], strict=True)):
                skipped.update(range(i, i + size))
    return skipped


def _matches(pattern: str, word: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def mismatches(
    source_lexicon: NegationLexicon,
    target_lexicon: NegationLexicon,
    source: Sentence,
    target: Sentence,
    *,
    recast_asides: bool = True,
    judge_long: bool = True,
    length_ratio: float | None = None,
) -> Iterator[tuple[Span | None, Span]]:
    """(source span, target span) where one side of a sentence pair negates and the other does not: the
    negation word and, where the translation lost it, the translation's sentence. Without
    ``recast_asides``, a negation in brackets is judged like any other (:func:`read_negation`)."""
    if source_lexicon.gate is None or target_lexicon.gate is None:
        return  # a language without data: nothing is known about its negations
    source_cue = source_lexicon.gate.search(source.text.lower()) is not None
    target_cue = target_lexicon.gate.search(target.text.lower()) is not None
    if not (source_cue or target_cue):
        return
    # A longer sentence is judged only for a negation lost (the source negates, the translation holds
    # no negation at all): a translator recasts a long sentence into a negated one ("hard to escape" as
    # "kann sich nicht erwehren"), an engine keeps its clauses and drops the "not" of one of them.
    long_pair = _too_long(source.text) or _too_long(target.text)
    if long_pair and (
        not judge_long
        or _shortened(source, target, length_ratio, _negation_length(source_lexicon, source.text))
        or not source_lexicon.verbal
        or not source_cue
        or target_cue
        or _too_long(source.text, LOST_MAX_WORDS)
        or _too_long(target.text, LOST_MAX_WORDS)
    ):
        return
    shorter, longer = sorted((spaced_length(source.text.strip()), spaced_length(target.text.strip())))
    if longer > MAX_LENGTH_RATIO * max(MIN_LENGTH, shorter):
        return
    source_reading = read_negation(source_lexicon, source, recast_asides=recast_asides)
    if source_reading.unjudged:
        return
    target_reading = read_negation(target_lexicon, target, recast_asides=recast_asides)
    if target_reading.unjudged or bool(source_reading.spans) == bool(target_reading.spans):
        return
    if long_pair and not all(_word_at(source, span) in source_lexicon.verbal for span in source_reading.spans):
        return  # "no deal" is recast freely ("blieb aus"); a verb's "not" is kept or lost
    if source_reading.spans:
        # The source's negation word copied into the translation: an untranslated fragment ("No man is
        # an island" quoted in English), another check's business.
        said = {
            source.text[s.start - source.span.start : s.end - source.span.start].lower() for s in source_reading.spans
        }
        if not said.isdisjoint(w.lower() for w in _TOKEN.findall(target.text)):
            return
        yield source_reading.spans[0], target.span
    else:
        yield None, target_reading.spans[0]


# A long translation that lost a negation and is shorter than this share of what the article's length
# ratio predicts lost a clause with it ("…, who was not involved in the study" left out): an omission.
LONG_KEPT_SHARE = 0.8


# How many words open a sentence whose verb negation makes it a prohibition ("Do not", "Ne touchez jamais").
PROHIBITION_OPENING = 3


def _prohibition(lexicon: NegationLexicon, sentence: Sentence) -> bool:
    """True when one of the sentence's first words negates a verb: a warning or a prohibition."""
    opening = [m.group().lower() for m in itertools.islice(_TOKEN.finditer(sentence.text), PROHIBITION_OPENING)]
    return not lexicon.verbal.isdisjoint(opening)


def _shortened(source: Sentence, target: Sentence, ratio: float | None, negation: int = 0) -> bool:
    """True when the translation is shorter than the source without its negation words (``negation``
    characters: a translation that lost only them is that much shorter) predicts."""
    if ratio is None:
        return False
    kept = spaced_length(source.text.strip()) - negation
    return spaced_length(target.text.strip()) < LONG_KEPT_SHARE * ratio * kept


def _negation_length(lexicon: NegationLexicon, text: str) -> int:
    """The characters of the text's negation words and their particles ("ne … jamais"), a space each."""
    particles = {w for before in lexicon.after.values() for w in before}
    return sum(
        len(word) + 1
        for word in _TOKEN.findall(text.lower())
        if word in lexicon.verbal or word in lexicon.words or word in lexicon.after or word in particles
    )


def _word_at(sentence: Sentence, span: Span) -> str:
    """The lower-case word of ``sentence`` at the absolute ``span``, without a leading apostrophe."""
    word = sentence.text[span.start - sentence.span.start : span.end - sentence.span.start]
    return word.lower().lstrip("".join(_APOSTROPHES))


class NegationFlipped(Check):
    info = CheckInfo(
        id="polarity.negation",
        category="mistranslation",
        severity="major",
        description="A sentence negates (not, never, no, kein, jamais) and its translation does not, or the "
        "reverse; negations moved into a word of their own (fail, refuse, without, hardly) are not judged.",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "The council did not approve the budget.",
                "Le conseil a approuvé le budget.",
                finds="Le conseil a approuvé le budget.",
            ),
            fails(
                "Es besteht kein Risiko für die Anwohner.",
                "There is a risk for residents.",
                finds="There is a risk for residents.",
                source_lang="de",
                target_lang="en",
            ),
            fails("The ferry always sails on time.", "Le ferry ne part jamais à l'heure.", finds="jamais"),
            fails(
                "Maximum load: 15 kg (for backpacks, not for suitcases)",
                "Charge maximale : 15 kg (pour sacs à dos et valises)",
                finds="Charge maximale : 15 kg (pour sacs à dos et valises)",
                config={"profile": "product"},
            ),
        ),
        passing=(
            passes("The council did not approve the budget.", "Le conseil n'a pas approuvé le budget."),
            passes("The minister failed to attend.", "Le ministre n'a pas assisté à la réunion."),
            passes(
                "Il n'y a que trois bus par jour.",
                "There are only three buses a day.",
                source_lang="fr",
                target_lang="en",
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        if not (pair.source and pair.target):
            return
        source_lexicon, target_lexicon = context.analysis(_lexicons)
        if source_lexicon.gate is None or target_lexicon.gate is None:
            return
        # News and prose recast their asides freely ("(not her real name)" as "(prénom d'emprunt)"); a
        # product page's brackets hold its specifications ("(suitable for backpacks, not for suitcases)").
        recast_asides = context.config.profile not in _SPECIFYING_PROFILES
        # Long sentences are judged in running prose; marketing copy is recast ("so your shoulders don't
        # take the strain" as "to ease your shoulders").
        judge_long = context.config.profile not in _RECAST_PROFILES
        ratio = None
        for source, target in (*paired_sentences(pair), *_merged(context, pair)):
            long_pair = _too_long(source.text) or _too_long(target.text)
            # A warning that opens with its prohibition ("Never clean…", "Do not place…") is an instruction,
            # not copy: it is kept, not recast, on any page.
            judged = judge_long or (long_pair and _prohibition(source_lexicon, source))
            if judged and ratio is None and long_pair:
                from mtqa.checks.omission import article_length_ratio  # omission reads many modules

                ratio = context.analysis(article_length_ratio)
            for source_span, target_span in mismatches(
                source_lexicon,
                target_lexicon,
                source,
                target,
                recast_asides=recast_asides,
                judge_long=judged,
                length_ratio=ratio,
            ):
                yield self._report(context, source_span, target_span)

    def _report(self, context: CheckContext, source_span: Span | None, target_span: Span) -> Finding:
        if source_span is not None:
            said = context.source.excerpt(source_span)
            message = f"the source negates ({said!r}) but the translation does not"
        else:
            said = context.target.excerpt(target_span)
            message = f"the translation negates ({said!r}) but the source does not"
        return self.finding(context, message, target_span=target_span, source_span=source_span)


# A sentence split in two or three by the translation, as engines do for Japanese and Chinese: the
# translated sentences are read as one, so a "not" lost in the split is seen. Not the reverse: several
# source sentences in one translated sentence are mostly a sentence left out, the omission checks' case.
MAX_MERGED = 3


def _merged(context: CheckContext, pair: SentencePair) -> Iterator[tuple[Sentence, Sentence]]:
    """The bead's single source sentence and its translated sentences read as one, for a 1-n bead (n up
    to ``MAX_MERGED``); nothing for other beads."""
    if len(pair.source) != 1 or not 1 < len(pair.target) <= MAX_MERGED:
        return
    first, last = pair.target[0], pair.target[-1]
    span = Span(first.span.start, last.span.end)
    yield pair.source[0], Sentence(first.index, first.paragraph, span, context.target.text[span.start : span.end])


_SPECIFYING_PROFILES = frozenset({"product"})
_RECAST_PROFILES = frozenset({"product", "ui"})


def _lexicons(context: CheckContext) -> tuple[NegationLexicon, NegationLexicon]:
    return negation_lexicon(context.source_language), negation_lexicon(context.target_language)
