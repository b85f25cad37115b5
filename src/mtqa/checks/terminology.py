"""Glossary terms and do-not-translate terms (config ``[glossary]`` and ``[do_not_translate]``).

A glossary term found in a source sentence (case kept but for a sentence's first capital, whole words,
each word allowed a simple inflection ending: ``Central banks`` matches ``central bank``, ``China`` does
not match ``china``) must be rendered by its required
target term (accents and case ignored, same inflection tolerance) in the aligned target sentence. It
is reported only when the aligned target paragraph also holds fewer renderings than the source
paragraph has occurrences, so that a sentence aligner's regrouping cannot cause a false report. A
do-not-translate term must appear verbatim (case-sensitive) under the same rule.

A term repeated in the source but translated two ways (``terminology.consistency``, category
``consistency``) is found without a dictionary, by cross-bead evidence:

1. **Terms** of the source: capitalised nouns in German (``Sammlung``), two-word lower-case phrases in
   the other languages (``supply chain``); never function words or generic words
   (``[terminology]`` in ``data/lang/<code>.toml``). Words are compared folded, with a simple plural ending removed
   (``s``, ``x``, ``en``). A term must occur in at least two sentence beads that have a translation;
   outside German, its words capitalised inside a name (``Federación de Cooperativas Agrícolas``) are
   the name's, not the term's.
2. **Lexical evidence** picks the suspicious terms. A one-word term needs three beads or more, no
   target word present in all of them, and a target word ``R`` in most of them, specific to the term
   (at least half the beads holding ``R`` hold the term): ``R`` is the established rendering, and the
   beads without it are suspect. A two-word term needs a target word in all its beads (the head,
   ``chaîne``) but fewer such words than the term has: its other word may be rendered two ways.
3. **The encoder decides** (no encoder, no finding). In each suspect bead the source and target
   content words are paired greedily, most similar first, one to one, so that the words which
   translate the rest of the sentence are taken by their own source words; the target word left for
   the term is its rendering there. It is reported when it is new (in no other bead of the term, and
   no form of the established rendering or of the term: same first ``STEM`` letters), the established
   rendering is absent from the bead and is itself a clear translation of the term (``ESTABLISHED``),
   the new word is similar enough to that rendering or to the term (``SIMILAR``), and it stands where
   a noun stands (a determiner one or two words before it, ``[terminology] determiners``). A two-word
   phrase must follow a determiner in the source too ("the supply chain", not "will benefit"), and
   its rendering must be at most four words long. All the words of an article are encoded in one call;
   phrases are compared through the sum of their words' vectors.

Measured on WMT21 newstest de-fr and fr-de, source against the human reference (consistent by
construction, so findings are mostly false): 5 and 2 findings per 1,000 sentences, about half of
them real lexical variation of the translator ("district"/"canton", "ökologischen Wandel"/"Übergang").

The first rendering is the established one when only two beads disagree; the later is reported.

Interface labels (``**Settings > Billing**`` in help articles) are read apart, paired by their order
inside each paragraph bead (where both sides bold as many): ``terminology.label_consistency`` reports a
source label repeated in the article but rendered as two different labels (``Offline data`` in one
step, ``Offline maps`` in a note), and ``terminology.kept_labels`` a label translated in an article
that keeps its interface's labels as the source writes them (an English-only application).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

from mtqa.checks._textutil import fold
from mtqa.checks.base import Check, CheckContext, CheckInfo, Scope, SentencePair, fails, passes
from mtqa.checks.terminology_false_friends import FalseFriend  # look-alike words: their own module
from mtqa.lang import Language
from mtqa.model import Finding, Sentence, Span
from mtqa.runcache import article_cached

if TYPE_CHECKING:
    from mtqa.embed.base import Encoder

# Plural and inflection endings of the supported languages (en, fr, de, es, it), kept short on purpose.
_ENDINGS = ("'s", "’s", "s", "es", "x", "e", "en", "n", "er", "ern", "i")
_ENDING = "(?:" + "|".join(re.escape(ending) for ending in _ENDINGS) + ")?"
# The endings made of word characters: a text word "banks" may be the term word "bank" + "s".
_WORD_ENDINGS = tuple(ending for ending in _ENDINGS if ending.isalnum())
_WORD_RUN = re.compile(r"\w+")
# What may stand between the start of a sentence and its first word: spaces (not a line break, which
# ends a paragraph), opening quotes, brackets, dashes, list marks. A term's first letter is capitalised
# there by orthography, not because it is a name.
_OPENING = " \t\u00a0\u202f\"'“”„‘’«»‹›([{¿¡*•–—-"
_SENTENCE_END = frozenset(".!?…:;\n")


@article_cached
def _term_pattern(term: str, ignore_case: bool = True, inflect: bool = True) -> re.Pattern[str]:
    words = term.split()
    ending = _ENDING if inflect else ""
    body = r"[\s\u00a0\u202f-]+".join(re.escape(word) + ending for word in words)
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE if ignore_case else 0)


@article_cached
def _source_pattern(term: str) -> re.Pattern[str]:
    """A term as it must be written in the source: its case kept, each word allowed an ending, and its
    first letter, when lower-case, also capitalised (:func:`_source_matches` keeps that form only at the
    start of a sentence). So "china" (porcelain) is not "China", "polish" not "Polish", "turkey" not
    "Turkey", while "central bank" still matches "Central banks cut rates." — what Xbench's and
    CheckMate's "match case" options do, with the capital a sentence's first word takes allowed."""
    words = term.split()
    body = r"[\s\u00a0\u202f-]+".join(re.escape(word) + _ENDING for word in words)
    first = term.lstrip()[:1]
    if first.islower() and first.upper() != first and len(first.upper()) == 1:
        escaped = re.escape(first)
        body = f"[{escaped}{re.escape(first.upper())}]" + body[len(escaped) :]
    return re.compile(r"(?<!\w)" + body + r"(?!\w)")


def _source_matches(term: str, text: str, document: str) -> Iterator[re.Match[str]]:
    """The occurrences of ``term`` in ``text`` (a sentence or a paragraph of the source ``document``), case
    as :func:`_source_pattern`. A capitalised form at a sentence's start is the lower-case term unless the
    document also writes it so inside a sentence: there it is a name ("China", "Polish"), and so it is at
    the start of a sentence too."""
    first = term.lstrip()[:1]
    for match in _source_pattern(term).finditer(text):
        if match.group()[:1] == first or (_sentence_initial(text, match.start()) and not _named(term, document)):
            yield match


@article_cached
def _named(term: str, document: str) -> bool:
    """True when ``document`` writes ``term`` capitalised inside a sentence, not only at a sentence's start."""
    first = term.lstrip()[:1]
    return any(
        match.group()[:1] != first and not _sentence_initial(document, match.start())
        for match in _source_pattern(term).finditer(document)
    )


def _sentence_initial(text: str, index: int) -> bool:
    """True when ``index`` starts a sentence of ``text``: only opening marks and spaces before it since the
    start of the text, a line break, or the end of the previous sentence."""
    before = text[:index].rstrip(_OPENING)
    return not before or before[-1] in _SENTENCE_END


def _find(term: str, text: str, offset: int, document: str) -> list[Span]:
    if not term.strip():
        return []
    return [Span(offset + m.start(), offset + m.end()) for m in _source_matches(term, text, document)]


@dataclass(frozen=True)
class _Occurrence:
    term: str
    source: Span
    pair: SentencePair


@dataclass(frozen=True)
class _TermIndex:
    """Terms indexed by the first run of word characters of their first word, folded, each with its other
    words' runs: a sentence is asked only about the terms whose every word it may hold (a set look-up
    per word), so a termbase of 100,000 entries costs its size once per article, not a test per term
    and sentence. Terms whose first word has no word character (rare: "&") are asked everywhere."""

    by_first: dict[str, list[tuple[int, str, tuple[str, ...]]]]
    unkeyed: tuple[tuple[int, str], ...]

    def __bool__(self) -> bool:
        return bool(self.by_first or self.unkeyed)

    def candidates(self, text: str) -> list[str]:
        """The terms that may occur in ``text``, in the order they were given."""
        keys = _word_keys(text)
        found = list(self.unkeyed)
        for key in keys:
            for position, term, others in self.by_first.get(key, ()):
                if all(other in keys for other in others):
                    found.append((position, term))
        return [term for _, term in sorted(found)]


def _word_key(word: str) -> str | None:
    run = _WORD_RUN.search(word)
    return run.group().casefold() if run else None


def _word_keys(text: str) -> set[str]:
    """Every folded run of word characters of ``text``, and each with an ending removed: what a term word
    matched there (case kept or not, an ending added) has as its own first run."""
    keys = {run.casefold() for run in _WORD_RUN.findall(text)}
    keys.update(key[: -len(ending)] for key in list(keys) for ending in _WORD_ENDINGS if key.endswith(ending))
    return keys


def _keyed(terms: Iterable[str]) -> _TermIndex:
    by_first: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
    unkeyed: list[tuple[int, str]] = []
    for position, term in enumerate(terms):
        words = term.split()
        if not words:
            continue
        keys = [_word_key(word) for word in words]
        first = keys[0]
        if first is None:
            unkeyed.append((position, term))
        else:
            by_first.setdefault(first, []).append((position, term, tuple(k for k in keys[1:] if k is not None)))
    return _TermIndex(by_first, tuple(unkeyed))


def _glossary_terms(context: CheckContext) -> _TermIndex:
    return _keyed(context.config.glossary)


def _kept_terms(context: CheckContext) -> _TermIndex:
    return _keyed(context.config.do_not_translate)


def _occurrences(pair: SentencePair, terms: _TermIndex, document: str) -> Iterator[_Occurrence]:
    """Every source occurrence of a term of ``terms`` in a sentence bead that has a translation."""
    if not terms or not pair.source or not pair.target:
        return
    for sentence in pair.source:
        for term in terms.candidates(sentence.text):
            for span in _find(term, sentence.text, sentence.span.start, document):
                yield _Occurrence(term, span, pair)


def _target_paragraph_text(context: CheckContext, pair: SentencePair) -> str:
    return "\n".join(context.target.paragraphs[i].text for i in pair.paragraph_bead.target)


def _source_paragraph_text(context: CheckContext, pair: SentencePair) -> str:
    return "\n".join(context.source.paragraphs[i].text for i in pair.paragraph_bead.source)


def _lacking(source_count: int, target_count: int, in_bead: bool) -> bool:
    """Missing from the aligned sentence, and the paragraph as a whole has fewer renderings than
    occurrences in the source (so a sentence aligner's regrouping cannot cause a report)."""
    return not in_bead and target_count < source_count


def _unrendered(
    context: CheckContext,
    pair: SentencePair,
    terms: _TermIndex,
    rendering: Callable[[str], tuple[re.Pattern[str], bool] | None],
) -> Iterator[_Occurrence]:
    """Source occurrences of ``terms`` in the bead whose required rendering is missing from the translation.

    ``rendering(term)`` gives the pattern the target must contain and whether it is matched against
    case- and accent-folded text (None: nothing is required). One report per term and bead.
    """
    reported: set[tuple[str, int]] = set()
    document = context.source.text
    for occurrence in _occurrences(pair, terms, document):
        required = rendering(occurrence.term)
        if required is None:
            continue
        pattern, folded = required

        def prepare(text: str, folded: bool = folded) -> str:
            return fold(text) if folded else text

        if not _lacking(
            sum(
                1 for _ in _source_matches(occurrence.term, _source_paragraph_text(context, occurrence.pair), document)
            ),
            len(pattern.findall(prepare(_target_paragraph_text(context, occurrence.pair)))),
            bool(pattern.search(prepare(occurrence.pair.target_text))),
        ):
            continue
        key = (occurrence.term, occurrence.pair.target[0].index)
        if key not in reported:
            reported.add(key)
            yield occurrence


def _target_span(pair: SentencePair) -> Span:
    return Span(pair.target[0].span.start, pair.target[-1].span.end)


class GlossaryTerm(Check):
    """A glossary term of the source is not rendered by its required translation."""

    info = CheckInfo(
        id="terminology.glossary",
        category="terminology",
        severity="major",
        description="A source term from the glossary is not translated with the required target term.",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "The central bank cut rates.",
                "L'institut d'émission a baissé ses taux.",
                finds="L'institut d'émission a baissé ses taux.",
                config={"glossary": {"central bank": "banque centrale"}},
            ),
        ),
        passing=(
            passes(
                "The central banks cut rates.",
                "Les banques centrales ont baissé leurs taux.",
                config={"glossary": {"central bank": "banque centrale"}},
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        glossary = context.config.glossary
        if not glossary:
            return  # most runs have none: no generators for every sentence bead

        def rendering(term: str) -> tuple[re.Pattern[str], bool] | None:
            required = glossary[term]
            return (_term_pattern(fold(required)), True) if required.strip() else None

        for occurrence in _unrendered(context, pair, context.analysis(_glossary_terms), rendering):
            required = glossary[occurrence.term]
            yield self.finding(
                context,
                f"the glossary requires {required!r} for {occurrence.term!r}",
                target_span=_target_span(occurrence.pair),
                source_span=occurrence.source,
                suggestion=required,
            )


class DoNotTranslate(Check):
    """A do-not-translate term of the source is missing from the translation."""

    info = CheckInfo(
        id="terminology.do_not_translate",
        category="terminology",
        severity="major",
        description="A do-not-translate term of the source does not appear unchanged in the translation.",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "Deploy it with Kubernetes.",
                "Déployez-le avec Kubernètes.",
                finds="Déployez-le avec Kubernètes.",
                config={"do_not_translate": ("Kubernetes",)},
            ),
        ),
        passing=(
            passes(
                "Deploy it with Kubernetes.",
                "Déployez-le avec Kubernetes.",
                config={"do_not_translate": ("Kubernetes",)},
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        if not context.config.do_not_translate:
            return  # most runs have none: no generators for every sentence bead

        def rendering(term: str) -> tuple[re.Pattern[str], bool]:
            return _term_pattern(term, False, False), False

        for occurrence in _unrendered(context, pair, context.analysis(_kept_terms), rendering):
            yield self.finding(
                context,
                f"{occurrence.term!r} must not be translated; it is missing from the translation",
                target_span=_target_span(occurrence.pair),
                source_span=occurrence.source,
                suggestion=occurrence.term,
            )


# --- Consistency of repeated terms ---------------------------------------------------------------

# Calibrated on the corpora and on invented pairs with use-m3: a synonym used for a term scores
# 0.35-0.75 against the established rendering or the term ("fonds"/"collection" 0.41,
# "logistiques"/"approvisionnement"), words of the same sentence that translate something else mostly
# below 0.3; the greedy pairing has already given those to their own source words.
SIMILAR = 0.35
# Below this similarity a source and a target word are not paired at all.
PAIR_MIN = 0.2
# The established rendering must be a clear translation of the term ("collection"/"Sammlung" 0.85,
# "chaînes d'approvisionnement"/"supply chain" 0.75): a word that only stands next to the term in most
# beads ("Allemagne" next to "Aufsicht") scores 0.2-0.5.
ESTABLISHED = 0.6
# Words sharing their first letters are forms of one word, not two renderings.
STEM = 4
MIN_LENGTH = 3
_CONTENT = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_ANY_WORD = re.compile(r"[^\W\d_]+")
_JOINING_GAP = re.compile(r"[\s\u00a0\u202f-]+")


@cache
def _ignored(language: Language) -> frozenset[str]:
    data = language.data
    return frozenset(fold(w) for key in ("function_words", "generic") for w in data.strings("terminology", key))


@cache
def _plural_endings(language: Language) -> tuple[str, ...]:
    return language.data.strings("terminology", "plural_endings") or ("s", "x")


def _key(word: str, language: Language) -> str:
    """Folded, without a simple plural ending ("chaînes" -> "chaine", "Sammlungen" -> "sammlung")."""
    return _singular(fold(word), _plural_endings(language))


def _singular(folded: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if folded.endswith(ending) and len(folded) - len(ending) >= 4:
            return folded[: -len(ending)]
    return folded


@dataclass(frozen=True)
class _Word:
    text: str
    key: str
    span: Span  # absolute
    position: int  # among all the words of its side of the bead, content or not
    initial: bool  # first word of its sentence


@dataclass(frozen=True)
class _BeadWords:
    pair: SentencePair
    source: tuple[_Word, ...]  # content words only
    target_language: Language

    # The target side is worked out when asked: most articles have no term to check (nothing reads it),
    # and most that have one read only the keys of most beads. A translation's sentences are its own,
    # so a word object with a span for each of its words was the dearest part of the check.
    @cached_property
    def target(self) -> tuple[_Word, ...]:
        """The target's content words."""
        return _content_words(self.pair.target, self.target_language)

    @cached_property
    def target_keys(self) -> frozenset[str]:
        """The keys of :attr:`target`, read without making its words."""
        return _content_keys(self.pair.target, self.target_language)


@article_cached
def _content_words(sentences: tuple[Sentence, ...], language: Language) -> tuple[_Word, ...]:
    # Kept for the run: the translations of one source read the same source sentences (a third of this
    # check's time went to reading them again).
    ignored, endings = _ignored(language), _plural_endings(language)
    words: list[_Word] = []
    position = 0
    for sentence in sentences:
        for number, match in enumerate(_CONTENT.finditer(sentence.text)):
            text = match.group()
            position += 1
            if len(text) < MIN_LENGTH:
                continue
            folded = fold(text)  # once: for the ignored words and for the key (``_key``)
            if folded in ignored:
                continue
            span = Span(sentence.span.start + match.start(), sentence.span.start + match.end())
            words.append(_Word(text, _singular(folded, endings), span, position, number == 0))
    return tuple(words)


def _content_keys(sentences: tuple[Sentence, ...], language: Language) -> frozenset[str]:
    """``frozenset(w.key for w in _content_words(sentences, language))``, from each distinct word once and
    without a word object or span for each."""
    ignored, endings = _ignored(language), _plural_endings(language)
    keys: set[str] = set()
    for sentence in sentences:
        for text in set(_CONTENT.findall(sentence.text)):
            if len(text) >= MIN_LENGTH and (folded := fold(text)) not in ignored:
                keys.add(_singular(folded, endings))
    return frozenset(keys)


def _bead_words(context: CheckContext) -> list[_BeadWords]:
    beads = []
    for pair in context.sentence_pairs():
        if pair.source and pair.target:
            source = _content_words(pair.source, context.source_language)
            beads.append(_BeadWords(pair, source, context.target_language))
    return beads


@dataclass(frozen=True)
class _Term:
    keys: tuple[str, ...]
    # Per bead (index into the article's beads), the source words of the term's first occurrence there.
    occurrences: dict[int, tuple[_Word, ...]]

    def text(self) -> str:
        first = next(iter(self.occurrences.values()))
        return " ".join(w.text for w in first)


def _terms(beads: list[_BeadWords], context: CheckContext) -> list[_Term]:
    """Source terms in at least two beads: German nouns, or two-word lower-case phrases elsewhere."""
    german = context.source_language.data.flag("traits", "capitalises_nouns")
    # Keyed by the words and, outside German, whether they are capitalised: the words of a name
    # ("Federación de Asociaciones Vecinales") are the name's, rendered as its usage goes, not the term's.
    found: dict[tuple[tuple[str, ...], bool], dict[int, tuple[_Word, ...]]] = {}
    lower: set[tuple[tuple[str, ...], bool]] = set()
    for index, bead in enumerate(beads):
        candidates: list[tuple[_Word, ...]]
        if german:
            candidates = [(w,) for w in bead.source if w.text[:1].isupper() and not w.initial]
        else:
            candidates = [
                (a, b)
                for a, b in zip(bead.source, bead.source[1:], strict=False)
                if b.position == a.position + 1 and _joined(context, a, b)
            ]
        for words in candidates:
            keys = (tuple(w.key for w in words), not german and all(w.text[:1].isupper() for w in words))
            found.setdefault(keys, {}).setdefault(index, words)
            # A lower-case phrase after a determiner is a noun phrase ("the supply chain"), not a verb
            # phrase ("households will benefit").
            if all(w.text[:1].islower() for w in words) and _after_determiner(context, words[0]):
                lower.add(keys)
    return [
        _Term(keys[0], occurrences)
        for keys, occurrences in found.items()
        if len(occurrences) >= 2 and (german or keys in lower)
    ]


def _after_determiner(context: CheckContext, word: _Word) -> bool:
    before = _ANY_WORD.findall(context.source.text[max(0, word.span.start - 40) : word.span.start])
    return bool(before) and before[-1].casefold() in _determiners(context.source_language)


def _joined(context: CheckContext, left: _Word, right: _Word) -> bool:
    """Only a space or a hyphen between two words: no punctuation splits the phrase."""
    gap = context.source.text[left.span.end : right.span.start]
    return bool(_JOINING_GAP.fullmatch(gap))


@dataclass(frozen=True)
class _Suspect:
    term: _Term
    beads: tuple[int, ...]  # the beads whose rendering must be found with the encoder
    # One-word terms: the keys of the target words in most of its beads; the encoder tells which one
    # renders the term ("collection", not "quelque" next to "rund 120").
    renderings: tuple[str, ...] = ()


def _suspects(terms: list[_Term], beads: list[_BeadWords]) -> list[_Suspect]:
    if not terms:
        return []  # the translation's words are not read
    frequency = Counter(key for bead in beads for key in bead.target_keys)
    suspects = []
    for term in terms:
        indices = tuple(sorted(term.occurrences))
        support = Counter(key for i in indices for key in beads[i].target_keys)
        full = sum(count == len(indices) for count in support.values())
        if len(term.keys) == 1:
            # A word in all the beads is no proof of consistency: it may translate a neighbour
            # ("Werke" -> "œuvres" next to "Sammlung"); the pairing tells.
            renderings = tuple(
                sorted(
                    key
                    for key, count in support.items()
                    if len(indices) > count > len(indices) / 2 and frequency[key] <= 2 * count
                )
            )
            if len(indices) >= 3 and renderings:
                suspects.append(_Suspect(term, indices, renderings))
        elif 1 <= full < len(term.keys):
            suspects.append(_Suspect(term, indices))
    return suspects


class _Similarity:
    """Encoder similarities of words, all encoded in one call."""

    def __init__(self, encoder: Encoder, texts: Iterable[str]) -> None:
        self._texts = list(dict.fromkeys(texts))
        vectors = encoder.encode(self._texts) if self._texts else None
        self._rows = {text: vectors[i] for i, text in enumerate(self._texts)} if vectors is not None else {}

    def of_words(self, left: Iterable[str], right: Iterable[str]) -> float:
        """Similarity of two phrases from their words' vectors (summed), which are encoded already."""
        import numpy as np

        a, b = self._sum(left), self._sum(right)
        norm = float(np.linalg.norm(a) * np.linalg.norm(b)) if a is not None and b is not None else 0.0
        return float(a @ b) / norm if a is not None and b is not None and norm > 0 else 0.0

    def _sum(self, texts: Iterable[str]) -> Any:
        import numpy as np

        rows = [self._rows[text] for text in texts if text in self._rows]
        return np.sum(rows, axis=0) if rows else None

    def __call__(self, left: str, right: str) -> float:
        if fold(left) == fold(right):
            return 1.0
        a, b = self._rows.get(left), self._rows.get(right)
        return float(a @ b) if a is not None and b is not None else 0.0


def _pairing(bead: _BeadWords, similarity: _Similarity) -> dict[_Word, tuple[_Word, float]]:
    """Source word -> (target word, similarity): most similar pairs first, each word used once."""
    scored = sorted(
        ((similarity(s.text, t.text), si, ti) for si, s in enumerate(bead.source) for ti, t in enumerate(bead.target)),
        reverse=True,
    )
    used_source: set[int] = set()
    used_target: set[int] = set()
    paired: dict[_Word, tuple[_Word, float]] = {}
    for score, si, ti in scored:
        if score < PAIR_MIN:
            break
        if si in used_source or ti in used_target:
            continue
        used_source.add(si)
        used_target.add(ti)
        paired[bead.source[si]] = (bead.target[ti], score)
    return paired


@dataclass(frozen=True)
class _Inconsistency:
    term: _Term
    bead: int
    rendering: tuple[_Word, ...]  # in the reported bead
    established: str  # the established rendering, as written in the article


def _inconsistencies(context: CheckContext, encoder: Encoder) -> list[_Inconsistency]:
    beads = _bead_words(context)
    suspects = _suspects(_terms(beads, context), beads)
    if not suspects:
        return []
    texts = [w.text for s in suspects for i in s.beads for w in (*beads[i].source, *beads[i].target)]
    texts += [s.term.text() for s in suspects]
    texts += [_written(key, s.term, beads) for s in suspects for key in s.renderings]
    similarity = _Similarity(encoder, texts)
    found: list[_Inconsistency] = []
    for suspect in suspects:
        if suspect.renderings:
            found.extend(_one_word(suspect, beads, similarity, context.target_language))
        else:
            found.extend(_two_words(suspect, beads, similarity, context.target_language))
    return found


def _written(key: str, term: _Term, beads: list[_BeadWords]) -> str:
    """How the article writes the target word ``key`` in the first bead of the term that holds it."""
    for index in sorted(term.occurrences):
        for word in beads[index].target:
            if word.key == key:
                return word.text
    return key


def _rendering_in(bead: _BeadWords, words: tuple[_Word, ...], similarity: _Similarity) -> list[tuple[_Word, float]]:
    paired = _pairing(bead, similarity)
    return [paired[w] for w in words if w in paired]


def _one_word(
    suspect: _Suspect, beads: list[_BeadWords], similarity: _Similarity, language: Language
) -> Iterator[_Inconsistency]:
    term = suspect.term
    key = max(suspect.renderings, key=lambda k: similarity(_written(k, term, beads), term.text()))
    established = _written(key, term, beads)
    if key in term.keys or similarity(established, term.text()) < ESTABLISHED:
        return  # a name kept as it is, or a word that merely stands next to the term
    for index in suspect.beads:
        if key in beads[index].target_keys:
            continue
        others = [beads[i].target_keys for i in term.occurrences if i != index]
        for word, _ in _rendering_in(beads[index], term.occurrences[index], similarity):
            new = all(word.key not in keys for keys in others) and not _related(word.key, (key, *term.keys))
            close = max(similarity(word.text, established), similarity(word.text, term.text()))
            if new and close >= SIMILAR and _noun_slot(beads[index], word, language):
                yield _Inconsistency(term, index, (word,), established)


def _related(key: str, others: Iterable[str]) -> bool:
    """Same stem: an inflection or a derivation ("Allemagne"/"allemand", "construction"/"construire")."""
    return any(key[:STEM] == other[:STEM] for other in others)


def _noun_slot(bead: _BeadWords, word: _Word, language: Language) -> bool:
    """True when a determiner or preposition stands one or two words before ``word``: terms are nouns,
    and the word the pairing leaves for a term the sentence paraphrased is often a verb."""
    determiners = _determiners(language)
    if not determiners:
        return True
    before = [w.casefold() for w in _words_before(bead, word)]
    return bool(before) and (before[-1] in determiners or (len(before) > 1 and before[-2] in determiners))


def _words_before(bead: _BeadWords, word: _Word) -> list[str]:
    for sentence in bead.pair.target:
        if sentence.span.start <= word.span.start < sentence.span.end:
            return _ANY_WORD.findall(sentence.text[: word.span.start - sentence.span.start])[-2:]
    return []


@cache
def _determiners(language: Language) -> frozenset[str]:
    return language.data.words("terminology", "determiners")


def _two_words(
    suspect: _Suspect, beads: list[_BeadWords], similarity: _Similarity, language: Language
) -> Iterator[_Inconsistency]:
    term = suspect.term
    indices = sorted(term.occurrences)
    full = set.intersection(*(set(beads[i].target_keys) for i in indices))
    renderings: dict[int, tuple[_Word, ...]] = {}
    for index in indices:
        paired = [w for w, _ in _rendering_in(beads[index], term.occurrences[index], similarity)]
        anchors = [w for w in beads[index].target if w.key in full and w not in paired]
        renderings[index] = tuple(sorted({*paired, *anchors[:1]}, key=lambda w: w.span.start))
    # Words paired with the term far apart in the sentence are no rendering of it: a pairing error.
    indices = [i for i in indices if renderings[i] and renderings[i][-1].position - renderings[i][0].position <= 3]
    if len(indices) < 2:
        return
    keys = {i: frozenset(w.key for w in renderings[i]) for i in indices}
    common = Counter(keys.values()).most_common(1)[0]
    reference = common[0] if common[1] >= 2 else keys[indices[0]]
    if len(reference) < 2:
        return
    example = next(i for i in indices if keys[i] == reference)
    established = _phrase(beads[example], renderings[example])
    if (
        similarity.of_words([w.text for w in renderings[example]], [w.text for w in term.occurrences[example]])
        < ESTABLISHED
    ):
        return
    for index in indices:
        if keys[index] == reference or index == example:
            continue
        others = [beads[i].target_keys for i in indices if i != index]
        new = [w for w in renderings[index] if all(w.key not in k for k in others) and not _related(w.key, reference)]
        missing = [k for k in reference if k not in beads[index].target_keys]
        if not new or not missing or not _noun_slot(beads[index], renderings[index][0], language):
            continue
        lost = [w.text for w in renderings[example] if w.key in missing]
        close = max(similarity(w.text, other) for w in new for other in [*lost, term.text()])
        if close >= SIMILAR:
            yield _Inconsistency(term, index, renderings[index], established)


def _phrase(bead: _BeadWords, words: tuple[_Word, ...]) -> str:
    """The target text from the first to the last word of a rendering."""
    start, end = words[0].span.start, words[-1].span.end
    sentence = next(s for s in bead.pair.target if s.span.start <= start < s.span.end)
    return sentence.text[start - sentence.span.start : end - sentence.span.start]


class TermConsistency(Check):
    """A term repeated in the source is translated in two ways within the article."""

    info = CheckInfo(
        id="terminology.consistency",
        category="consistency",
        severity="minor",
        description="A term repeated in the source is rendered differently in one place of the translation.",
        # Without similarities, a new word cannot be told from a paraphrase.
        requires=("encoder",),
        failing=(
            fails(
                "Brenholt said the supply chain problems had eased.\n\n"
                "The supply chain is now more robust, the company added.",
                "Brenholt a indiqué que les problèmes de la chaîne d'approvisionnement s'étaient atténués.\n\n"
                "La chaîne logistique est désormais plus robuste, a ajouté l'entreprise.",
                finds="chaîne logistique",
            ),
        ),
        passing=(
            passes(
                "Brenholt said the supply chain problems had eased.\n\n"
                "The supply chain is now more robust, the company added.",
                "Brenholt a indiqué que les problèmes de la chaîne d'approvisionnement s'étaient atténués.\n\n"
                "Les chaînes d'approvisionnement sont désormais plus robustes, a ajouté l'entreprise.",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterable[Finding]:
        assert context.encoder is not None  # declared in ``requires``
        for item in _inconsistencies(context, context.encoder):
            words = item.rendering
            if words[-1].position - words[0].position > 4:
                words = words[-1:]
            target_span = Span(words[0].span.start, words[-1].span.end)
            source_words = item.term.occurrences[item.bead]
            rendered = context.target.excerpt(target_span)
            yield self.finding(
                context,
                f"{item.term.text()!r} is rendered {item.established!r} elsewhere in the article, "
                f"but {rendered!r} here",
                target_span=target_span,
                source_span=Span(source_words[0].span.start, source_words[-1].span.end),
                suggestion=item.established,
            )


@dataclass(frozen=True)
class LabelPair:
    source: str
    source_span: Span
    target: str
    target_span: Span


def _interface_labels(text: str, offset: int) -> list[tuple[str, Span]]:
    """The bold labels of a paragraph, a menu path cut at its ``>``; not a callout (``**Note:**``,
    ``**Remarque :**``), which is article text, not the interface's."""
    labels = []
    for match in _BOLD_LABEL.finditer(text):
        if match.group(1).rstrip().endswith(":") or text.startswith(":", match.end()):
            continue
        for part in re.finditer(r"[^>]+", match.group(1)):
            label = part.group().strip()
            if label:
                start = offset + match.start(1) + part.start() + part.group().index(label[0])
                labels.append((label, Span(start, start + len(label))))
    return labels


def label_pairs(context: CheckContext) -> tuple[LabelPair, ...]:
    """Source and target labels paired in order, in the paragraph beads whose sides hold as many."""
    pairs: list[LabelPair] = []
    for pair in context.paragraph_pairs():
        source = [label for p in pair.source for label in _interface_labels(p.text, p.span.start)]
        target = [label for p in pair.target for label in _interface_labels(p.text, p.span.start)]
        if source and len(source) == len(target):
            pairs.extend(
                LabelPair(s, s_span, t, t_span) for (s, s_span), (t, t_span) in zip(source, target, strict=True)
            )
    return tuple(pairs)


def _label_key(label: str) -> tuple[str, ...]:
    return tuple(_ANY_WORD.findall(fold(label)))


def _same_label(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two renderings are one label when their words differ only in endings (a label inflected where
    its language inflects it: Czech ``Nastavení``/``Nastavením``)."""
    return len(a) == len(b) and all(
        x == y or len(_common_prefix(x, y)) >= max(len(x), len(y)) - LABEL_ENDING for x, y in zip(a, b, strict=True)
    )


def _common_prefix(a: str, b: str) -> str:
    end = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[:end]


def _is_label(text: str) -> bool:
    # Interface labels are capitalised ("Save changes"); bold inside a sentence in lower case is emphasis.
    return text[:1].isupper()


class LabelConsistency(Check):
    """A label of the interface that the source names twice, rendered as two different labels: the
    reader looks for one of them in vain."""

    info = CheckInfo(
        id="terminology.label_consistency",
        category="consistency",
        severity="minor",
        description="A bold interface label repeated in the source is rendered as two different labels.",
        scope=Scope.DOCUMENT,
        article_needs="*",  # labels are bold Markdown
        failing=(
            fails(
                "1. Open **Reports > Exports**.\n\n2. Click **New export**.\n\n3. Return to **Exports**.",
                "1. Öffnen Sie **Berichte > Exporte**.\n\n2. Klicken Sie auf **Neuer Export**.\n\n"
                "3. Kehren Sie zu **Ausfuhren** zurück.",
                finds="Ausfuhren",
                target_lang="de",
            ),
        ),
        passing=(
            passes(
                "1. Open **Reports > Exports**.\n\n2. Click **New export**.\n\n3. Return to **Exports**.",
                "1. Öffnen Sie **Berichte > Exporte**.\n\n2. Klicken Sie auf **Neuer Export**.\n\n"
                "3. Kehren Sie zu **Exporte** zurück.",
                target_lang="de",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterator[Finding]:
        by_label: dict[str, list[LabelPair]] = {}
        for pair in context.analysis(label_pairs):
            # A label kept as the source writes it is left to untranslated.ui_label and kept_labels.
            if _is_label(pair.source) and fold(pair.target) != fold(pair.source):
                by_label.setdefault(pair.source, []).append(pair)
        for label, pairs in by_label.items():
            keys = [_label_key(p.target) for p in pairs]
            counts = Counter(keys)
            # The most frequent rendering is the article's; of two, the first (the later is reported).
            reference = max(keys, key=lambda key: (counts[key], -keys.index(key)))
            for pair, key in zip(pairs, keys, strict=True):
                if not _same_label(key, reference):
                    established = next(p.target for p, k in zip(pairs, keys, strict=True) if k == reference)
                    yield self.finding(
                        context,
                        f"the label {label!r} is {established!r} elsewhere in the article, but {pair.target!r} here",
                        target_span=pair.target_span,
                        source_span=pair.source_span,
                        suggestion=established,
                    )


class KeptLabels(Check):
    """A label translated in an article that keeps its interface's labels as the source writes them
    (an application not localised, whose screens the reader sees in the source language): the reader
    looks for a label the screen does not show. Only labels in the source language's words count for
    the article's habit, and are judged (see :func:`mtqa.checks.untranslated.source_language_label`)."""

    info = CheckInfo(
        id="terminology.kept_labels",
        category="terminology",
        severity="major",
        description="A bold interface label translated where the article keeps the others as the source writes them.",
        scope=Scope.DOCUMENT,
        article_needs="*",  # labels are bold Markdown
        failing=(
            fails(
                "1. Open **Settings > Members**.\n\n2. Click **New project**.\n\n3. Open **Billing**.\n\n"
                "4. Click **Save changes**.",
                "1. Apri **Settings > Members**.\n\n2. Fai clic su **New project**.\n\n3. Apri **Billing**.\n\n"
                "4. Fai clic su **Salva modifiche**.",
                finds="Salva modifiche",
                target_lang="it",
            ),
        ),
        passing=(
            passes(
                "1. Open **Settings > Members**.\n\n2. Click **New project**.\n\n3. Open **Billing**.\n\n"
                "4. Click **Save changes**.",
                "1. Apri **Settings > Members**.\n\n2. Fai clic su **New project**.\n\n3. Apri **Billing**.\n\n"
                "4. Fai clic su **Save changes**.",
                target_lang="it",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterator[Finding]:
        from mtqa.checks.untranslated import source_language_label
        from mtqa.lang.lexicon import lexicon

        source_lexicon, target_lexicon = lexicon(context.source_language), lexicon(context.target_language)
        if source_lexicon is None or target_lexicon is None:
            return
        if context.source_language.same_language(context.target_language):
            return
        judged = [
            p
            for p in context.analysis(label_pairs)
            if _is_label(p.source) and source_language_label(p.source, source_lexicon, target_lexicon)
        ]
        translated = [p for p in judged if fold(p.target) != fold(p.source)]
        kept = len(judged) - len(translated)
        if kept < MIN_KEPT_LABELS or len(translated) * KEPT_RATIO > kept:
            return
        for pair in translated:
            yield self.finding(
                context,
                f"the label {pair.source!r} is translated ({pair.target!r}), where the article keeps the "
                "interface's other labels as the source writes them",
                target_span=pair.target_span,
                source_span=pair.source_span,
                suggestion=pair.source,
            )


_BOLD_LABEL = re.compile(r"\*\*([^*\n]{1,80})\*\*")
# Letters that may differ at the end of a label's word that is the same word inflected.
LABEL_ENDING = 3
# An article keeps its labels when it keeps at least this many in the source language's words, and this
# many times as many as it translates (then a translated one is the odd one out).
MIN_KEPT_LABELS = 4
KEPT_RATIO = 3


CHECKS: tuple[type[Check], ...] = (
    GlossaryTerm,
    DoNotTranslate,
    TermConsistency,
    LabelConsistency,
    KeptLabels,
    FalseFriend,
)
