"""Target sentences left in the source language, copied unchanged from the source, or holding words
left untranslated.

Language identification uses lingua restricted to the two languages of the pair
(:meth:`mtqa.lang.detect.LanguageIdentifier.sentence_languages`), which is accurate on single sentences;
a sentence is only judged when it has at least ``MIN_WORDS`` lower-case or caseless (Chinese, Arabic...)
words in one clause (capitalised words are mostly names, which look the same in both languages, and
short texts are noisy). A target sentence identical to a source sentence of its bead (case, spacing and
punctuation ignored) is reported as copied unless it holds no word that could be translated: names,
numbers, URLs, code, unit symbols and dimension signs after a number (``Dimensions: 26" x 13"``).

Language identification is the slow part, so a clause is first judged cheaply: one that holds at least
``CLEAR_WORDS`` function words of the target language that the source language does not have
(``[terminology] function_words`` in ``data/lang/<code>.toml``) and none of the source language's own is
in the target language, and lingua is not asked. A clause left in the source language always holds some
of the source's own function words, so nothing is lost. Nor is lingua asked about a clause whose words
are on average clearly more common in the target language than in the source language (wordfreq's
lists, ``LEXICON_MARGIN``).

``untranslated.words``: words of the source left as they are inside a translated sentence (``vos
braises blaze``, ``un 100 % duty cycle``). A target word counts when the source sentence has it too, it
is common in the source language (Zipf frequency ``MIN_SOURCE_ZIPF`` or more in wordfreq's lists, see
:mod:`mtqa.lang.lexicon`) and much rarer in the target language (``MARGIN`` less): loanwords the target
uses (``weekend``, ``cycle``) are as common there. A rarer source word (Zipf ``RARE_SOURCE_ZIPF`` or
more) counts when the target language's list lacks it and lingua reads it as the source's (``hérissons``
in a German sentence). Capitalised words are names until the evidence says
otherwise (``Golden Gate``, ``Brown``), so only words written in lower case are judged: in German,
which capitalises nouns, a copied English noun (``Setup``, ``Party``) is mostly an established loanword.
Acronyms, words of fewer than three letters, markup (``<laugh/>``), the language data's unit and
number words (``won``) and words that continue a name kept from the source (``l'Autorité des marchés
financiers``, ``Journal du dimanche``) are left alone, except in a quotation copied from a source that
capitalises its nouns, holding function words and a lower-case content word (a “Weckruf für das ganze
Land”: :class:`_QuotedPhrases`), which is a phrase left untranslated and is reported whole. Adjacent
untranslated words are reported as one phrase. On the MQM bench, words between 0.5 and 1.5 Zipf units
rarer were mostly the target's own (``proximal``, ``kinase`` in French): hence ``MARGIN``; a word alone
needs ``MARGIN_SINGLE``, and a word next to one that is judged untranslated only ``MARGIN_IN_PHRASE``
(``guide quick start``; not in a language that capitalises nouns, whose web text holds more English);
so do two neighbouring words that stand side by side in the source sentence too (``uma tide track``:
a phrase copied whole, though neither word is clearly foreign alone). A
source word that the target language writes with one or two accents (``reservoir`` for ``réservoir``,
``element`` for ``élément``: the accented form ``ACCENT_MARGIN`` more common) is reported too, alone or
not: left as the source spells it, it is untranslated or misspelt. So is, in a language that capitalises
its nouns, a source word written in lower case that the target language barely knows (``UNKNOWN_ZIPF``:
``Igel und hedgehogs``). So is a body's name copied whole (three capitalised words or more) whose head
such names translate (``[names] heads``) and whose nationality adjective names a country where the target
language is official (CLDR; ``territory`` of the ``[[demonym]]`` groups): "Canadian Space Agency" in
French. A word in another script than its
sentence's (English in a Korean sentence) needs only ``MARGIN_OTHER_SCRIPT``. Two kinds of words are
judged without the lower-case rule: a run of a caseless script (kanji, Hangul, Arabic) copied from the
source into a sentence of another script (``the same rates to 民泊 facilities``; not in brackets, where it
glosses a translation), and a long compound noun copied from a source that capitalises its nouns (``le
Standortsicherungsvertrag``), unknown to the target language, outside any run of capitalised words, and
ending in a common source noun (``MIN_COMPOUND``, ``HEAD_LETTERS``). So is the source's "or" or "to"
(``[numbers] range_words`` the target language lacks; not "and", which names keep) copied with the two
names around it, one a code or acronym (``via USB or Bluetooth`` in French). So is, in a translation
written in a script without capitals (Korean, Japanese, Chinese, Arabic), a common word of a Latin-script
source that opens its source sentence and is capitalised nowhere else in the source (``Contactless 결제``):
its capital is the sentence's, not a name's.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from mtqa.checks._textutil import alternation, decode_references, mask_protected
from mtqa.checks.base import Check, CheckContext, CheckInfo, ParagraphPair, Scope, SentencePair, fails, passes
from mtqa.lang import Language
from mtqa.lang.detect import is_detectable
from mtqa.lang.grammar import calendar_names
from mtqa.lang.letters import native_letters
from mtqa.lang.lexicon import Lexicon, lexicon, word_key
from mtqa.lang.script import dominant_script, script_of
from mtqa.model import Finding, Sentence, Span
from mtqa.runcache import article_cached

MIN_WORDS = 4
CLEAR_WORDS = 2
# Sentences really left in the source language come out at 0.93-1.0 on the corpora; below 0.8 the two
# languages share too much vocabulary for a verdict (an English target sentence of Latin words scored
# French at 0.57).
MIN_CONFIDENCE = 0.8
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CLAUSE = re.compile(r"[«»“”„\"();:,–—.!?]")
# An address's parts hold no "@": with \S+ on both sides, a run of 20,000 "<a@b>" with no space between
# was tried at each "@" against the rest of the run (quadratic: 2 s per 100 KB sentence, twice).
_URL_OR_CODE = re.compile(r"(?:https?://|www\.)\S+|(?<!\S)[^\s@]+@[^\s@]+\.\w+|`[^`]*`|\b\w+(?:[._/]\w+)+\b")
# What every match of ``_URL_OR_CODE`` holds besides "://", "www.", "@" or "`": a dot, underscore or
# slash between word characters. The pattern starts with the mark, so re tries it at marks only.
_URL_OR_CODE_HINT = re.compile(r"[._/](?<=\w[._/])(?=\w)")


def _without_urls_or_code(text: str) -> str:
    return _URL_OR_CODE.sub(" ", text) if _may_hold_url_or_code(text) else text


def _may_hold_url_or_code(text: str) -> bool:
    """False when ``text`` holds nothing ``_URL_OR_CODE`` matches: most sentences, told by cheap tests."""
    return "://" in text or "www." in text or "@" in text or "`" in text or _URL_OR_CODE_HINT.search(text) is not None


@article_cached
def _normalise(text: str) -> str:
    # Cached for the run: both the copied-sentence check and the source-language check compare them.
    return " ".join(_WORD.findall(text.casefold()))


def _lower_words(text: str) -> list[str]:
    return _plain_lower_words(_without_urls_or_code(text))


def _plain_lower_words(text: str) -> list[str]:
    """:func:`_lower_words` of a text known to hold no URL or code."""
    # islower() first: most words are, and a function call per word cost more than the test.
    return [w for w in _WORD.findall(text) if w[0].islower() or _uncapitalised(w[0])]


def _clause_words(text: str) -> Iterator[list[str]]:
    """The lower-case words (:func:`_lower_words`) of each clause of ``text``, outside URLs and code."""
    if _may_hold_url_or_code(text):
        return (_lower_words(clause) for clause in _CLAUSE.split(_URL_OR_CODE.sub(" ", text)))
    # A clause is a part of the text: what the cheap tests find in none of the text is in none of its
    # clauses, which are then read without testing each again (most sentences).
    return (_plain_lower_words(clause) for clause in _CLAUSE.split(text))


def _outside_kept_names(
    clauses: list[tuple[Sentence, list[str]]], source: str, own: frozenset[str], foreign: frozenset[str]
) -> list[tuple[Sentence, list[str]]]:
    """The clauses still to judge once the lower-case words of names kept from the source are taken out
    (an English sentence naming "the Brigade de répression du banditisme (BRB)") in clauses holding a
    function word of the target language: a kept name is no sentence left untranslated. Asked only of
    the few clauses the cheap tests left."""
    # Elided articles split off as well: "l'Office" gives "office".
    source_words = {
        w for m in _WORD.finditer(source) for w in (m.group().casefold(), *re.split("['’]", m.group().casefold()))
    }
    kept: list[tuple[Sentence, list[str]]] = []
    done: set[int] = set()
    for sentence, _ in clauses:
        if sentence.index in done:
            continue
        done.add(sentence.index)
        text = sentence.text
        masked = list(text)
        bounds = [0, *(m.start() for m in _CLAUSE.finditer(text)), len(text)]
        for start, end in itertools.pairwise(bounds):
            words = list(_WORD.finditer(text, start, end))
            # Only a clause that speaks the target language around the name ("the Brigade de …"): a
            # clause left in the source language with a name inside it is still judged whole.
            if not any(m.group().casefold() in own for m in words):
                continue
            for m in words:
                if m.group()[0].islower() and _inside_kept_name(text, m.start(), m.end(), source_words):
                    masked[m.start() : m.end()] = " " * (m.end() - m.start())
        kept += [
            (sentence, words)
            for words in _clause_words("".join(masked))
            if len(words) >= MIN_WORDS and not _plainly_in(words, own, foreign)
        ]
    return kept


def _uncapitalised(letter: str) -> bool:
    # Chinese, Japanese, Korean and Arabic letters have no case: none of their words is a name by its
    # capital, so all are words to translate (a copied "另一些人则没有那么乐观。" is untranslated).
    return letter.islower() or (not letter.isupper() and letter.upper() == letter.lower())


# A unit symbol or the dimension sign after a number (`300 g`, `26" x 13"`, `5 mm`): written alike in
# every language of a product sheet, nothing to translate. Not after a digit inside a word ("k8s.io").
_UNIT_AFTER_NUMBER = re.compile(r"(?<=\d)(?<![^\W\d_]\d)[\"″'′]?[ \u00a0\u202f]?[a-zµ]{1,3}(?![^\W\d_])")


def _translatable(text: str) -> bool:
    """True when the text holds at least one lower-case (or caseless) word outside URLs and code,
    unit symbols and dimension signs (written as characters or as references: ``&times;``)."""
    text = decode_references(text)
    return bool(_lower_words(_UNIT_AFTER_NUMBER.sub(" ", text) if any(c.isdigit() for c in text) else text))


def _copied_in(pair: SentencePair) -> Iterator[tuple[Sentence, Sentence]]:
    """(source, target) sentence pairs of a bead whose texts are the same after normalisation."""
    sources = {_normalise(s.text): s for s in pair.source}
    # A target normalised to a source's text holds each of its words in its case folding: the longest one
    # tells most translations apart without their own normalisation.
    longest = [max(key.split(" "), key=len) for key in sources if key]
    if not longest:
        return
    for target in pair.target:
        folded = target.text.casefold()
        if not any(word in folded for word in longest):
            continue
        key = _normalise(target.text)
        if key and key in sources and _translatable(target.text):
            yield sources[key], target


def _copies(context: CheckContext) -> dict[int, tuple[tuple[Sentence, Sentence], ...]]:
    """The copied (source, target) sentences of each sentence pair, by the pair's id: an analysis, so the
    copied-sentence check and the source-language check compare each pair once (the pairs are the
    context's own, kept as long as its analyses)."""
    return {id(pair): tuple(_copied_in(pair)) for pair in context.sentence_pairs()}


def _copied_targets(context: CheckContext) -> frozenset[int]:
    """Indices of the target sentences that copy their source sentence."""
    return frozenset(target.index for copies in context.analysis(_copies).values() for _, target in copies)


@cache
def _own_function_words(language: Language, other: Language) -> frozenset[str]:
    """Function words of ``language`` that are not words of ``other`` ("the" for English against French)."""
    return language.data.words("terminology", "function_words") - other.data.words("terminology", "function_words")


def _plainly_in(words: list[str], own: frozenset[str], foreign: frozenset[str]) -> bool:
    """True when the words are plainly in the language whose own function words are ``own`` rather than
    the one whose own are ``foreign`` (:func:`_own_function_words`; see the module docstring)."""
    if not own or not foreign:
        return False
    # map and set methods: no Python call per word (this runs on every clause of every translation).
    folded = list(map(str.casefold, words))
    return sum(map(own.__contains__, folded)) >= CLEAR_WORDS and foreign.isdisjoint(folded)


# A clause whose words are, on average, this much more common (Zipf units) in the target language than
# in the source language is in the target language: lingua is not asked. Clauses left in the source
# language average +1 or more; translated ones with a few source words stay well below this.
LEXICON_MARGIN = 0.5


def _plainly_by_lexicon(words: list[str], source: Lexicon, target: Lexicon) -> bool:
    """True when the words are, on average, clearly more common in the target language (wordfreq)."""
    differences = [_zipf_difference(word, source, target) for word in words]
    return sum(differences) / len(differences) >= LEXICON_MARGIN


@lru_cache(maxsize=1 << 15)
def _zipf_difference(word: str, source: Lexicon, target: Lexicon) -> float:
    """How much more common ``word`` is in the target language, between -3 and 3 Zipf units. A pure
    function of a word and two lexicons: this runs on most clauses of every translation, where the same
    common words come back, and a bounded cache across articles answers them without two look-ups."""
    key = word_key(word)  # folded and hashed once for both lexicons
    return max(-3.0, min(3.0, target.zipf_of_key(key) - source.zipf_of_key(key)))


class CopiedSentence(Check):
    """A target sentence is the source sentence, unchanged."""

    info = CheckInfo(
        id="untranslated.copied_sentence",
        category="untranslated",
        severity="major",
        description="A target sentence is identical to its source sentence although it has words to translate.",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "The museum will reopen in May.",
                "The museum will reopen in May.",
                finds="The museum will reopen in May.",
            ),
        ),
        passing=(
            passes("Kubernetes 1.29 (https://k8s.io)", "Kubernetes 1.29 (https://k8s.io)"),
            passes("Format: 30 x 40 cm", "Format: 30 x 40 cm", target_lang="de"),
            passes(
                "Dimensions : 183 &times; 68 cm", "Dimensions: 183 &times; 68 cm", source_lang="fr", target_lang="en"
            ),
            passes("The museum will reopen in May.", "Le musée rouvrira en mai."),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        if context.source_language.same_language(context.target_language):
            return
        copies = context.analysis(_copies).get(id(pair))
        for source, target in tuple(_copied_in(pair)) if copies is None else copies:
            yield self.finding(
                context,
                "this sentence is the source sentence, untranslated",
                target_span=target.span,
                source_span=source.span,
            )


class SourceLanguage(Check):
    """A target sentence is written in the source language."""

    info = CheckInfo(
        id="untranslated.source_language",
        category="untranslated",
        severity="major",
        description="A target sentence is in the source language rather than the target language.",
        scope=Scope.DOCUMENT,
        requires=("source_language",),
        failing=(
            fails(
                "The talks ended on Monday. The two parties will meet again next month in Geneva.",
                "Les pourparlers ont pris fin lundi. The two sides will meet again next month in Geneva.",
                finds="The two sides will meet again next month in Geneva.",
            ),
        ),
        passing=(
            passes(
                "The talks ended on Monday. The two sides will meet again next month in Geneva.",
                "Les pourparlers ont pris fin lundi. Les deux parties se reverront le mois prochain à Genève.",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterable[Finding]:
        source_language, target_language = context.source_language, context.target_language
        if source_language.same_language(target_language) or not (
            is_detectable(source_language) and is_detectable(target_language)
        ):
            return
        copied = context.analysis(_copied_targets)
        # Looked up once per article, not once per clause.
        own = _own_function_words(target_language, source_language)
        foreign = _own_function_words(source_language, target_language)
        # Each clause is judged on its lower-case words only: names, numbers and URLs look the same in
        # both languages, and an untranslated quotation may sit inside a translated sentence.
        clauses = [
            (sentence, words)
            for sentence in context.target.sentences
            if sentence.index not in copied
            for words in _clause_words(sentence.text)
            if len(words) >= MIN_WORDS and not _plainly_in(words, own, foreign)
        ]
        lexicons = lexicon(source_language), lexicon(target_language)
        if lexicons[0] is not None and lexicons[1] is not None:
            clauses = [(s, words) for s, words in clauses if not _plainly_by_lexicon(words, lexicons[0], lexicons[1])]
        if clauses:
            clauses = _outside_kept_names(clauses, context.source.text, own, foreign)
        if not clauses:
            return
        languages = context.identifier.sentence_languages(
            [" ".join(words) for _, words in clauses], (source_language, target_language), MIN_CONFIDENCE
        )
        flagged = {
            sentence.index: sentence
            for (sentence, _), language in zip(clauses, languages, strict=True)
            if language == source_language
        }
        for sentence in flagged.values():
            yield self.finding(
                context,
                f"this sentence is in the source language ({source_language.code}), not in {target_language.code}",
                target_span=sentence.span,
            )


# A word is judged untranslated when it is common in the source language (one in a million words or
# more) and at least this much rarer, in Zipf units (a factor of 10 each), in the target language.
MIN_SOURCE_ZIPF = 3.0
MARGIN = 1.5
# A word alone (no untranslated neighbour) needs a wider margin: at 1.5-2.0 units, single words were
# right 70 % of the time on bio-MQM en-fr and 40 % on WMT23 en-de, and made most findings on references.
MARGIN_SINGLE = 2.0
# A word in another script than its sentence's (English "driver" in a Korean or Ukrainian sentence):
# the target's frequency list counts such words from the foreign snippets of its web text, so a smaller
# margin tells them apart ("driver" is 1.5 units rarer in Korean, "storage" 1.5 in Ukrainian).
MARGIN_OTHER_SCRIPT = 1.0
# Letters of the scripts written without spaces between words or with particles glued on (kana,
# ideographs, Hangul): a Latin word glued to them ("safe zone을", "power bankに") ends where they begin.
_UNSPACED = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
# Letter runs that are whole tokens: "safe2choose" holds no word "safe". A run of the unspaced scripts
# and a run of any other script are two tokens where they touch.
_LETTERS = re.compile(
    rf"[^\W\d_{_UNSPACED}](?<![^\W_{_UNSPACED}][^\W\d_{_UNSPACED}])[^\W\d_{_UNSPACED}]*(?![^\W_{_UNSPACED}])"
    rf"|[{_UNSPACED}](?<![\d{_UNSPACED}][{_UNSPACED}])[{_UNSPACED}]*(?![\d{_UNSPACED}])"
)
# What may stand between two words of one untranslated phrase.
_PHRASE_GAP = re.compile(r"[ \u00a0-]+")


# A rarer word of the source (about once in ten million words or more) counts too when the target
# language's list does not have it at all and lingua, between the pair's two languages, reads it as the
# source's (``MIN_CONFIDENCE``, as for sentences): French "hérissons" (2.6, 1.0) in a German sentence.
RARE_SOURCE_ZIPF = 2.0
# The last part of a loan compound is a common word of the target (Swedish "skal", Zipf 3.4).
LOAN_HEAD_ZIPF = 3.0


def foreign_word(word: str, source: Lexicon, target: Lexicon, margin: float = MARGIN, *, rare: bool = False) -> bool:
    """True when ``word`` is common in the source language and much rarer in the target language, or with
    ``rare``, a rarer word of the source that the target language does not know (``RARE_SOURCE_ZIPF``)."""
    source_zipf, target_zipf = _zipfs(word, source, target)
    if source_zipf >= MIN_SOURCE_ZIPF:
        return source_zipf - target_zipf >= margin
    return rare and source_zipf >= RARE_SOURCE_ZIPF and target_zipf == 0


@lru_cache(maxsize=1 << 15)
def _zipfs(word: str, source: Lexicon, target: Lexicon) -> tuple[float, float]:
    """The Zipf frequencies of ``word`` in the source and the target language. A pure function of a word
    and two lexicons: a sentence's candidates are asked it by several tests (alone, in a phrase, for
    accents), and every translation of a source by the same words, where a bounded cache across articles
    answers without folding, hashing and two look-ups each time."""
    key = word_key(word)  # folded and hashed once for both lexicons
    return source.zipf_of_key(key), target.zipf_of_key(key)


# A word next to one judged untranslated needs only this margin: a phrase left in the source language
# ("guide quick start": "quick" is 1.4 units rarer in French, "start" 1.6) is judged as a whole.
MARGIN_IN_PHRASE = 1.0


def _with_weak_neighbours(
    foreign: list[tuple[Sentence, re.Match[str]]],
    candidates: list[tuple[Sentence, re.Match[str]]],
    source: Lexicon,
    target: Lexicon,
    own: frozenset[str],
) -> list[tuple[Sentence, re.Match[str]]]:
    """``foreign`` with the candidates next to one of its words (only spaces or hyphens between) that are
    ``MARGIN_IN_PHRASE`` rarer in the target language, in text order, repeatedly: the rest of a phrase."""
    if not foreign:
        return []  # no word to be next to: most sentences, told without judging the candidates again
    kept = {(id(s), m.start()): (s, m) for s, m in foreign}
    weak = [
        (s, m)
        for s, m in candidates
        if (id(s), m.start()) not in kept
        and m.group().casefold() not in own
        and foreign_word(m.group(), source, target, MARGIN_IN_PHRASE)
    ]
    grown = True
    while weak and grown:
        grown = False
        for sentence, match in list(weak):
            if any(
                other is sentence and _adjacent(sentence.text, match, other_match)
                for other, other_match in kept.values()
            ):
                kept[(id(sentence), match.start())] = (sentence, match)
                weak.remove((sentence, match))
                grown = True
    return sorted(kept.values(), key=lambda item: (item[0].span.start, item[1].start()))


def _with_copied_pairs(
    foreign: list[tuple[Sentence, re.Match[str]]],
    candidates: list[tuple[Sentence, re.Match[str]]],
    pair: SentencePair,
    source: Lexicon,
    target: Lexicon,
    own: frozenset[str],
) -> list[tuple[Sentence, re.Match[str]]]:
    """``foreign`` with two neighbouring words that stand side by side in the source sentence too, in its
    order, each ``MARGIN_IN_PHRASE`` rarer in the target language: a phrase copied as a whole ("uma tide
    track", "een front clip" is no such phrase: "front" is Dutch) is as good evidence as one word clearly
    foreign, which such phrases of two common words often lack ("tide" 1.4 units rarer in Portuguese)."""
    if len(candidates) < 2:
        return foreign
    source_pairs = _adjacent_pairs(tuple(sentence.text for sentence in pair.source))
    kept = {(id(s), m.start()): (s, m) for s, m in foreign}
    for (sentence, first), (other, second) in itertools.pairwise(candidates):
        if other is not sentence or not _adjacent(sentence.text, first, second):
            continue
        words = (first.group().casefold(), second.group().casefold())
        if words not in source_pairs or any(word in own for word in words):
            continue
        if all(foreign_word(word, source, target, MARGIN_IN_PHRASE) for word in words):
            kept.setdefault((id(sentence), first.start()), (sentence, first))
            kept.setdefault((id(sentence), second.start()), (sentence, second))
    return sorted(kept.values(), key=lambda item: (item[0].span.start, item[1].start()))


@article_cached
def _adjacent_pairs(texts: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """The folded pairs of neighbouring words of ``texts`` (only spaces or hyphens between): cached for the
    run, as the source sentences' are read again for each of their translations."""
    return frozenset(
        (first.group().casefold(), second.group().casefold())
        for text in texts
        for first, second in itertools.pairwise(_sentence_words(text))
        if _adjacent(text, first, second)
    )


def _adjacent(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    first, second = (a, b) if a.start() < b.start() else (b, a)
    return _PHRASE_GAP.fullmatch(text[first.end() : second.start()]) is not None


# A word copied from the source that the target language writes with accents ("reservoir" for
# "réservoir", "element" for "élément"): the word as written at least ACCENT_MARGIN Zipf units rarer in
# the target language than in the source, and an accented form that much more common than it, and common
# itself. "media" and "média" are both French (4.0 and 4.1).
ACCENT_MARGIN = 1.0
MAX_ACCENTS = 2


def _without_accents(word: str, source: Lexicon, target: Lexicon, language: Language) -> bool:
    """True when ``word``, common in the source language, is a word of the target language written
    without one or two of its accents."""
    source_zipf, written = _zipfs(word, source, target)
    if source_zipf < MIN_SOURCE_ZIPF or not word.isascii():
        return False
    if source_zipf - written < ACCENT_MARGIN:
        return False  # as much the target's word as the source's: most copied words, told by two look-ups
    accents = _accents(language)
    if not accents:
        return False
    return any(
        target.zipf(variant) >= max(MIN_SOURCE_ZIPF, written + ACCENT_MARGIN)
        for variant in _accented_variants(word.lower(), accents, MAX_ACCENTS)
    )


@cache
def _accents(language: Language) -> dict[str, tuple[str, ...]]:
    """ASCII letter -> the accented forms of it the language writes (French "e" -> "è", "é", "ê"): its
    own letters (CLDR) and the Latin-1 ones, which every Latin-script lexicon can be asked about (a form
    the language does not write is no common word of it)."""
    forms: dict[str, list[str]] = {}
    for letter in sorted(native_letters(language) | _LATIN_1_LETTERS):
        base = unicodedata.normalize("NFKD", letter)[0]
        if base.isascii() and base.isalpha() and base != letter:
            forms.setdefault(base, []).append(letter)
    return {base: tuple(letters) for base, letters in forms.items()}


_LATIN_1_LETTERS = frozenset(chr(code) for code in range(0xE0, 0x100) if chr(code).isalpha())


def _accented_variants(word: str, accents: dict[str, tuple[str, ...]], changes: int) -> Iterator[str]:
    """``word`` with one to ``changes`` of its letters replaced by accented forms, leftmost first."""
    if changes == 0:
        return
    for index, letter in enumerate(word):
        for accented in accents.get(letter, ()):
            variant = word[:index] + accented + word[index + 1 :]
            yield variant
            for more in _accented_variants(variant[index + 1 :], accents, changes - 1):
                yield variant[: index + 1] + more


# In a language that capitalises its nouns, a copied source word written in lower case that the target
# language barely knows (under this Zipf frequency: stray foreign words of its web text, "hedgehogs" 1.2
# in German) is none of its nouns, and, unknown, none of its verbs or adjectives either.
UNKNOWN_ZIPF = 1.5


def _lower_case_and_unknown(word: str, source: Lexicon, target: Lexicon) -> bool:
    """True for a lower-case word of the source (``RARE_SOURCE_ZIPF`` or more) that the target language,
    which capitalises nouns, barely knows (under ``UNKNOWN_ZIPF``, ``MARGIN_IN_PHRASE`` rarer)."""
    if not word.islower() or len(word) < 4:
        return False
    source_zipf, target_zipf = _zipfs(word, source, target)
    return (
        source_zipf >= RARE_SOURCE_ZIPF and target_zipf < UNKNOWN_ZIPF and source_zipf - target_zipf >= MARGIN_IN_PHRASE
    )


def _in_compound(text: str, word: re.Match[str]) -> bool:
    """True when ``word`` is joined to another by a hyphen: a part of a compound the engine built
    (German ``sozial-evaluative`` for ``social-evaluative``), an adjective there, not a stray word."""
    return text[word.start() - 1 : word.start()] == "-" or text[word.end() : word.end() + 1] == "-"


# The hyphenated parts after a word, the last one captured ("-mould-skal" after "In").
_COMPOUND_REST = re.compile(r"(?:-[^\W\d_]+)*-([^\W\d_]+)(?![\w-])")


def _loan_compound(
    text: str, word: re.Match[str], source: Lexicon, target: Lexicon, function_words: frozenset[str]
) -> bool:
    """True when ``word`` opens a hyphenated compound whose last part is a word of the target language
    rather than of the source: Swedish ``In-mould-skal`` ("in-mould shell"), Dutch ``cashback-actie``.
    The compound is the target's own word, built on a loan as such languages build them; a source word
    standing alone ("ett low-profile utseende"), or a hyphen standing for a dash before a function word
    ("list experiment-une technique"), is still judged."""
    rest = _COMPOUND_REST.match(text, word.end())
    if rest is None:
        return False
    last = rest.group(1)
    if last.casefold() in function_words:
        return False
    return target.zipf(last) >= LOAN_HEAD_ZIPF and target.zipf(last) > source.zipf(last)


def _margins(word: str, sentence_script: str | None) -> tuple[float, float]:
    """The margins (in a phrase, alone) for ``word`` in a sentence mostly written in ``sentence_script``."""
    if sentence_script is not None and script_of(word[0]) != sentence_script:
        return MARGIN_OTHER_SCRIPT, MARGIN_OTHER_SCRIPT
    return MARGIN, MARGIN_SINGLE


def _sentence_script(text: str, document_script: str | None) -> str | None:
    """The script ``text`` is written in: the document's when it holds a letter of it. A short line of
    names and kept words ("Orbix Care 앱에서 safe zone을 추가하세요") may hold more Latin
    letters than Hangul ones, and is still a Korean sentence."""
    script = dominant_script(text)
    if script == document_script or document_script is None:
        return script
    return document_script if any(script_of(c) == document_script for c in text if c.isalpha()) else script


_MARKUP = re.compile(r"<[^<>]*>")
# A dot glued to a following word: the word before it is part of a host or file name ("www.site.com").
_DOTTED = re.compile(r"\.[^\W\d_]")


def _words(text: str) -> Iterator[re.Match[str]]:
    """The letter runs of ``text`` outside markup tags, URLs and addresses."""
    return _LETTERS.finditer(_masked(text))


def _masked(text: str) -> str:
    """``text`` with markup tags, URLs and addresses masked, offsets unchanged."""
    masked = _MARKUP.sub(lambda match: " " * len(match.group()), text) if "<" in text else text
    return mask_protected(masked)


@article_cached
def _sentence_words(text: str) -> tuple[re.Match[str], ...]:
    # Cached for the run: the translations of one source read its words once.
    return tuple(_words(text))


# Genres that keep foreign terms in Latin letters inside another script's sentences (product copy, UI).
_LOAN_PROFILES = frozenset({"product", "ui"})


@article_cached
def _folded_words(text: str) -> frozenset[str]:
    # The words' texts alone, without a match object each: the source's words are only looked up.
    return frozenset(map(str.casefold, _LETTERS.findall(_masked(text))))


@article_cached
def _judged_words(text: str) -> frozenset[str]:
    """The folded forms of the words of ``text`` that :func:`_judged` looks up in the source's words."""
    # The distinct words first: a sentence repeats its words, and each is tested and folded once.
    words = [word for word in set(_LETTERS.findall(_masked(text))) if len(word) >= 3 and word[0].islower()]
    return frozenset(map(str.casefold, words))


def _may_hold_any(text: str, folded: frozenset[str]) -> bool:
    """False when no word of ``text`` (:func:`_sentence_words`) has its case folding in ``folded``: each
    word is a part of the masked text, and case folding, character by character, keeps it a part."""
    masked = _masked(text).casefold()
    return any(word in masked for word in folded)


def _judged(word: str, source_words: set[str]) -> bool:
    """Whether ``word`` is a lower-case word of three letters or more copied from the source."""
    return len(word) >= 3 and word[0].islower() and word.casefold() in source_words


MIN_SINGULAR = 4  # letters left once a plural's -s is taken off: "bus" is no plural of "bu"


def _singulars(words: set[str]) -> set[str]:
    """The words of ``words`` ending in a plural -s without it ("zones" -> "zone")."""
    return {word[:-1] for word in words if word.endswith("s") and len(word) > MIN_SINGULAR}


def _may_share_words(source_words: set[str], targets: Iterable[Sentence]) -> bool:
    """False when no word of ``targets`` can be judged a copy of one of ``source_words`` (folded words).

    A judged word is a word of the sentence's masked text (:func:`_masked`, as :func:`_judged_words` reads
    it) of three letters or more, so its folded form, at least as long (full case folding maps each
    character to one or more, whatever its neighbours), is in that text folded."""
    folded = [_masked(sentence.text).casefold() for sentence in targets]
    return any(word in text for word in source_words if len(word) >= 3 for text in folded)


def _judged_matches(text: str, source_words: set[str]) -> list[re.Match[str]]:
    """The words of ``text`` (:func:`_words`) that :func:`_judged` keeps, in text order. The distinct words
    are judged first, and only the kept ones are matched, where they stand: most of a sentence's words
    are not kept, and need no match object. A word stands where the letter run at one of its substring
    occurrences is the word itself (a run is a whole token, so it is one of :func:`_words`)."""
    masked = _masked(text)
    found = []
    for word in set(_LETTERS.findall(masked)):
        if not _judged(word, source_words):
            continue
        position = masked.find(word)
        while position >= 0:
            match = _LETTERS.match(masked, position)
            if match is not None and match.end() == position + len(word):
                found.append(match)
            position = masked.find(word, position + 1)
    found.sort(key=lambda match: match.start())
    return found


class UntranslatedWords(Check):
    """Source words left untranslated inside a translated sentence."""

    info = CheckInfo(
        id="untranslated.words",
        category="untranslated",
        severity="major",
        description="Words of the source left untranslated inside a translated sentence (`vos braises blaze`).",
        scope=Scope.SENTENCE,
        requires=("source_language",),
        defers_to=("untranslated.copied_sentence", "untranslated.source_language"),
        failing=(
            fails("Choose a powerful model.", "Choisissez un modèle powerful.", finds="powerful"),
            fails(
                "It has a powerful and strong motor.",
                "Il est équipé d’un moteur powerful and strong pour les travaux les plus lourds de la maison.",
                finds="powerful and strong",
            ),
        ),
        passing=(
            passes("We spent the weekend in Paris.", "Nous avons passé le weekend à Paris."),
            passes("President Brown met the Golden Gate team.", "Le président Brown a rencontré l'équipe Golden Gate."),
            passes("The cycle ends.", "Le cycle se termine."),
            passes(
                "The Autorité des marchés financiers approved it.",
                "Die Autorité des marchés financiers hat es genehmigt.",
                target_lang="de",
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        source_language, target_language = context.source_language, context.target_language
        if source_language.same_language(target_language):
            return
        for sentence, start, end in _copied_script_runs(context, pair):
            excerpt = sentence.text[start:end]
            span = Span(sentence.span.start + start, sentence.span.start + end)
            yield self.finding(context, f"{excerpt!r} is left in the source's script", target_span=span)
        yield from self._copied_compounds(context, pair)
        yield from self._copied_connectives(context, pair)
        yield from self._kept_national_bodies(context, pair)
        yield from self._kept_heads(context, pair)
        yield from self._kept_calendar_names(context, pair)
        yield from self._kept_titles(context, pair)
        yield from self._kept_sentence_openers(context, pair)
        source_words = set().union(*(_folded_words(sentence.text) for sentence in pair.source))
        if not source_words:
            return
        copied = source_words  # as the source writes them, before singulars are added
        latin_rare = context.config.profile not in _LOAN_PROFILES
        other_script = dominant_script(context.source.text) != dominant_script(context.target.text)
        if other_script:
            # A source word kept in another script loses its plural ending: the target's grammar says the
            # number ("safe zones" as Korean "safe zone을", "apps" as Japanese "appを").
            source_words = source_words | _singulars(source_words)
        if other_script and not _may_share_words(source_words, pair.target):
            return  # in a pair of scripts, most sentences: told without reading the translation's words
        # (In one script most sentences share a word with their source: the test costs more than it saves.)
        if all(source_words.isdisjoint(_judged_words(s.text)) for s in pair.target):
            return  # no target word that could be judged is a source word: most sentences, told by a set test
        candidates = [
            (sentence, match) for sentence in pair.target for match in _judged_matches(sentence.text, source_words)
        ]
        if not candidates:
            return
        source_lexicon, target_lexicon = lexicon(source_language), lexicon(target_language)
        if source_lexicon is None or target_lexicon is None:
            return
        own = _own_words(target_language)
        target_script = context.analysis(_scripts)[1]
        scripts = {id(s): _sentence_script(s.text, target_script) for s, _ in candidates}
        foreign = [
            (s, m)
            for s, m in candidates
            if m.group().casefold() not in own
            and foreign_word(
                m.group(),
                source_lexicon,
                target_lexicon,
                _margins(m.group(), scripts[id(s)])[0],
                # a word of another script is judged by _copied_script_runs, except a Latin one, which
                # that leaves alone: in prose, a rarer English word copied as it is into a Cyrillic or
                # Arabic sentence ("мхом и moss") is as foreign as in a Latin one. Not one the target's
                # grammar made singular ("cappuccinos" as Greek "cappuccino"), nor in product copy, which
                # keeps its loans in Latin letters ("kombucha", "mochi"): loans the language uses so.
                rare=script_of(m.group()[0]) == scripts[id(s)]
                or (latin_rare and script_of(m.group()[0]) == "LATIN" and m.group().casefold() in copied),
            )
        ]
        # Words judged by their own evidence, alone or not: written without the target's accents, or in
        # lower case and unknown where nouns are capitalised.
        evident = {
            (id(s), m.start())
            for s, m in candidates
            if m.group().casefold() not in own
            and _without_accents(m.group(), source_lexicon, target_lexicon, target_language)
        }
        unknown_lower = (
            {
                (id(s), m.start())
                for s, m in candidates
                if m.group().casefold() not in own
                and not _in_compound(s.text, m)
                and _lower_case_and_unknown(m.group(), source_lexicon, target_lexicon)
            }
            if target_language.data.flag("traits", "capitalises_nouns")
            else set()
        )
        evident |= unknown_lower
        if not target_language.data.flag("traits", "capitalises_nouns"):
            # German's web text holds many English words ("aus der friends group" on a WMT23 reference):
            # there a neighbour needs the full margin.
            foreign = _with_weak_neighbours(foreign, candidates, source_lexicon, target_lexicon, own)
            foreign = _with_copied_pairs(foreign, candidates, pair, source_lexicon, target_lexicon, own)
        foreign += [(s, m) for s, m in candidates if (id(s), m.start()) in evident and (s, m) not in foreign]
        foreign.sort(key=lambda item: (item[0].span.start, item[1].start()))
        quoted = _QuotedPhrases(source_words, source_language, target_language)
        # In news, a content word right before a kept name is a title or an office left untranslated
        # ("Economy schepen Pieter Vandamme"); product copy writes loaned product types there ("Cuffie
        # wireless over-ear Sonora", "trail running Stridex"), so there any copied word may lead a name.
        connectors = (
            _connectors(source_language) | _connectors(target_language)
            if context.config.profile == "news"
            else frozenset()
        )
        foreign = [
            (s, m)
            for s, m in foreign
            if (
                quoted.around(s.text, m.start()) is not None
                or not _inside_kept_name(s.text, m.start(), m.end(), source_words, connectors)
            )
            and not _loan_compound(
                s.text, m, source_lexicon, target_lexicon, target_language.data.words("terminology", "function_words")
            )
        ]
        reported = {(id(s), m.start()) for s, m in foreign}
        for sentence, start, end in _phrases(foreign):
            quotation = quoted.around(sentence.text, start)
            if quotation is not None:
                start, end = min(start, quotation[0]), max(end, quotation[1])
            excerpt = sentence.text[start:end]
            if scripts[id(sentence)] != script_of(excerpt[0]) and _in_series_of_loans(
                sentence, start, candidates, reported, target_language
            ):
                continue
            single = _LETTERS.fullmatch(excerpt) is not None
            margin = _margins(excerpt, scripts[id(sentence)])[1]
            difference = source_lexicon.zipf(excerpt) - target_lexicon.zipf(excerpt)
            judged_alone = single and (id(sentence), start) not in evident
            if judged_alone and source_lexicon.zipf(excerpt) < MIN_SOURCE_ZIPF:
                if not _spelled_as_source(context, excerpt, difference, MIN_CONFIDENCE):
                    continue  # a rare word unknown to the target language: its spelling must say so
            elif judged_alone and difference < margin and not _spelled_as_source(context, excerpt, difference):
                continue
            span = Span(sentence.span.start + start, sentence.span.start + end)
            yield self.finding(context, f"{excerpt!r} is left in the source language", target_span=span)

    def _copied_connectives(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        """The source's "or" or "to" left between a code and a name copied with it ("via USB or
        Bluetooth" in French; titles hold such words, "Back to Black", so one side must be a code): the
        language's range words (``[numbers] range_words``) the target language does not share, except its
        "and", which names keep ("Marks and Spencer"), and one-letter words."""
        connectives = _connectives(context.source_language, context.target_language)
        if not connectives:
            return
        source_text = " ".join(sentence.text for sentence in pair.source)
        pattern, spaced = _between_names(connectives), _spaced_connective(connectives)
        for sentence in pair.target:
            if spaced.search(sentence.text) is None:
                continue  # most translations: no such word between spaces, told by one scan
            for match in pattern.finditer(sentence.text):
                if match.group() not in source_text or not (_code(match.group(1)) or _code(match.group(3))):
                    continue  # not copied, or no code: a title may hold the words ("Back to Black")
                start, end = sentence.span.start + match.start(2), sentence.span.start + match.end(2)
                yield self.finding(
                    context,
                    f"{match.group(2)!r} is left in the source language between {match.group(1)!r} and "
                    f"{match.group(3)!r}",
                    target_span=Span(start, end),
                )

    def _kept_national_bodies(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        """A body's name copied whole from the source, headed by a word such names translate (``[names]
        heads``: "Federation", "Agency") and naming a country where the target language is official
        ("Federation of the Swiss Watch Industry" in French; CLDR's official languages of the country of
        its nationality adjective): such a body has a name of its own in the target language."""
        from mtqa.checks.names.lexicon import national_territory, official_languages, word_list

        source, target = context.source_language, context.target_language
        if source.same_language(target):
            return
        source_text = " ".join(sentence.text for sentence in pair.source)
        heads = word_list("heads", source)
        # A run is copied from the source, so its head word is a part of the source's text, and case
        # folding, character by character, keeps it a part: the heads the source's text holds, few or none.
        copied = _heads_in(source_text, heads)
        if not copied:
            return  # most sentence pairs (and every source language without heads): no target word read
        links = word_list("connectors", source) | _NAME_LINKS
        for sentence in pair.target:
            folded = sentence.text.casefold()
            if not any(head in folded for head in copied):
                continue  # no copied head in the sentence's text: most sentences, told by a few substring tests
            # A run's words are words of the sentence as _RUN_WORD reads them: a sentence without a head
            # among its words holds no run to judge, told without a match object per word.
            if heads.isdisjoint(map(str.casefold, _RUN_WORD.findall(sentence.text))):
                continue
            for start, end in _capitalised_runs(sentence.text, links):
                run = sentence.text[start:end]
                words = run.split()
                if sum(w[0].isupper() for w in words) < MIN_BODY_WORDS or run not in source_text:
                    continue
                if not any(w.casefold() in heads for w in words):
                    continue
                countries = {t for w in words if w[0].isupper() and (t := national_territory(w, source))}
                if not any(target.code in official_languages(country) for country in countries):
                    continue
                span = Span(sentence.span.start + start, sentence.span.start + end)
                yield self.finding(
                    context,
                    f"{run!r} is left in the source language: this body has a name in the translation's language",
                    target_span=span,
                )

    def _copied_compounds(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        """A compound noun copied from a source that capitalises its nouns into a language that does not
        ("le Standortsicherungsvertrag"): its capital makes it look like a name, but a name stands
        next to other capitalised words or is known to the target language ("Volkswagen", "Bundesliga"),
        and this one is unknown there while it ends in a common noun of the source ("-vertrag")."""
        source_language, target_language = context.source_language, context.target_language
        if not source_language.data.flag("traits", "capitalises_nouns") or target_language.data.flag(
            "traits", "capitalises_nouns"
        ):
            return
        source_words = set().union(*(_folded_words(sentence.text) for sentence in pair.source))
        source_lexicon, target_lexicon = lexicon(source_language), lexicon(target_language)
        if source_lexicon is None or target_lexicon is None:
            return
        for sentence in pair.target:
            words = _sentence_words(sentence.text)
            for index, match in enumerate(words):
                word = match.group()
                if len(word) < MIN_COMPOUND or not word[0].isupper() or not word[1:].islower():
                    continue  # short, lower case, or a brand with inner capitals ("BildZeitung")
                if word.casefold() not in source_words:
                    continue
                before = words[index - 1].group() if index else ""
                after = words[index + 1].group() if index + 1 < len(words) else ""
                if not before[:1].islower() or after[:1].isupper() or target_lexicon.zipf(word) > 0:
                    continue  # a sentence start, a word of a name, or a loanword of the target
                folded = word.casefold()
                if not (
                    _ends_in_common_noun(folded, source_lexicon, target_lexicon)
                    or _opens_with_source_noun(folded, source_lexicon, target_lexicon)
                ):
                    continue
                span = Span(sentence.span.start + match.start(), sentence.span.start + match.end())
                yield self.finding(context, f"{word!r} is left in the source language", target_span=span)

    def _kept_heads(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        """A body's head word kept alone, capitalised, from the source ("received at the Ayuntamiento" for
        "en el Ayuntamiento", city hall): no name follows it or precedes it, and it is a word of the source
        language, far rarer in the target (``HEAD_MARGIN`` Zipf units). A loan the target uses
        ("Bundestag" in English) is common enough there; "Ayuntamiento de Zaragoza" is a name kept whole."""
        heads = context.source_language.data.words("names", "heads")
        if not heads:
            return
        source_words = set().union(*(_folded_words(sentence.text) for sentence in pair.source))
        kept = heads & source_words
        if not kept:
            return  # most sentences: no head word of the source language in the source sentence
        source_lexicon, target_lexicon = lexicon(context.source_language), lexicon(context.target_language)
        if source_lexicon is None or target_lexicon is None:
            return
        connectors = context.source_language.data.words("names", "connectors")
        for sentence in pair.target:
            if not _may_hold_any(sentence.text, kept):
                continue  # most translations: no kept head, told without reading the words one by one
            words = _sentence_words(sentence.text)
            for index, match in enumerate(words):
                word = match.group()
                if word.casefold() not in kept or not word[:1].isupper() or not word[1:].islower():
                    continue
                before = words[index - 1].group() if index else ""
                following = [w.group() for w in words[index + 1 : index + 3]]
                if not before[:1].islower() or before.casefold() in connectors or _name_follows(following, connectors):
                    continue  # a sentence start, or a word of a name kept whole ("rue de la République")
                if source_lexicon.zipf(word) - target_lexicon.zipf(word) < HEAD_MARGIN:
                    continue
                span = Span(sentence.span.start + match.start(), sentence.span.start + match.end())
                yield self.finding(context, f"{word!r} is left in the source language", target_span=span)

    def _kept_calendar_names(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        """A month or weekday name of the source language kept as written ("se abonan en December",
        "le Monday 3 mars"): capitalised, it passes for a name, but CLDR names the months and days of
        both languages, and this one is not the target language's (Dutch "april" is). Left alone: a word
        next to a capitalised word (a person: "Theresa May", "June Carter"), and one the target language
        uses about as often (``CALENDAR_MARGIN``: French "mars" is the planet Mars in English)."""
        source_names = _folded_calendar_names(context.source_language.code)
        source_words = set().union(*(_folded_words(sentence.text) for sentence in pair.source))
        kept = source_names & source_words
        if not kept:
            return  # most sentences: no month or weekday named in the source sentence
        kept -= {name.casefold() for name in calendar_names(context.target_language.code)}
        source_lexicon, target_lexicon = lexicon(context.source_language), lexicon(context.target_language)
        if not kept or source_lexicon is None or target_lexicon is None:
            return
        for sentence in pair.target:
            if not _may_hold_any(sentence.text, kept):
                continue  # most translations: no kept month or weekday, told without reading each word
            words = _sentence_words(sentence.text)
            for index, match in enumerate(words):
                word = match.group()
                if word.casefold() not in kept:
                    continue
                before = words[index - 1].group() if index else ""
                after = words[index + 1].group() if index + 1 < len(words) else ""
                if before[:1].isupper() or after[:1].isupper():
                    continue  # a word of a name ("Theresa May"), or a title kept whole
                if _inside_kept_name(sentence.text, match.start(), match.end(), source_words):
                    continue  # "Bild am Sonntag", "Journal du dimanche": a newspaper's name kept whole
                if source_lexicon.zipf(word) - target_lexicon.zipf(word) < CALENDAR_MARGIN:
                    continue
                span = Span(sentence.span.start + match.start(), sentence.span.start + match.end())
                yield self.finding(context, f"{word!r} is left in the source language", target_span=span)

    def _kept_titles(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        """A person's title kept as the source writes it before the name ("disse o Energy Minister Paulo
        Rezende", "le President Joe Biden"): a title word of the source language (``[names] titles``),
        capitalised, followed by a capitalised word, and much rarer in the target language (``MARGIN``:
        German "Minister" or Dutch "minister" is the target's own word). The capitalised source words
        right before it (its portfolio, "Energy") are reported with it; the word before them must be in
        lower case, or the title is part of a longer name kept whole."""
        titles = context.source_language.data.words("names", "titles")
        if not titles:
            return
        heads = context.source_language.data.words("names", "heads")
        source_text = " ".join(sentence.text for sentence in pair.source)
        source_words = _folded_words(source_text)
        kept = titles & source_words
        source_lexicon, target_lexicon = lexicon(context.source_language), lexicon(context.target_language)
        if not kept or source_lexicon is None or target_lexicon is None:
            return
        for sentence in pair.target:
            if not _may_hold_any(sentence.text, kept):
                continue  # most translations: no kept title, told without reading the words one by one
            words = _sentence_words(sentence.text)
            for index, match in enumerate(words):
                word = match.group()
                if word.casefold() not in kept or not word[:1].isupper() or index + 1 >= len(words):
                    continue
                if not words[index + 1].group()[:1].isupper() or "-" in sentence.text[match.end() : match.end() + 1]:
                    continue  # no name follows (a title used as a noun), or a place's word ("Saint-Etienne")
                if source_lexicon.zipf(word) - target_lexicon.zipf(word) < MARGIN:
                    continue
                first = index
                while first > 1 and words[first - 1].group()[:1].isupper() and words[first - 1].group() in source_text:
                    first -= 1
                if first == 0 or not words[first - 1].group()[:1].islower():
                    continue  # a sentence start, or part of a longer name
                if heads & {w.group().casefold() for w in words[first:index]}:
                    continue  # a body's name ("Fondation Roi Baudouin"), not a person's title
                start, end = sentence.span.start + words[first].start(), sentence.span.start + match.end()
                excerpt = context.target.text[start:end]
                if excerpt not in source_text:
                    continue
                yield self.finding(context, f"{excerpt!r} is left in the source language", target_span=Span(start, end))

    def _kept_sentence_openers(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        """A common word of a Latin-script source copied into a translation in a script without capitals
        (Korean, Japanese, Chinese, Arabic...) where it opens its source sentence ("Contactless 결제" for
        "Contactless payments"): its capital is the sentence's, not a name's, so it is judged as a word,
        unless the source capitalises it anywhere else (a name: "Stride" of "The Stride 5 tracks")."""
        if not pair.source or not pair.target or dominant_script(context.source.text) != "LATIN":
            return
        if dominant_script(context.target.text) in _CASED_SCRIPTS:
            return
        openers = {
            match.group()
            for sentence in pair.source
            for match in [_LETTERS.search(sentence.text)]
            if match is not None and len(match.group()) >= MIN_OPENER_LETTERS and match.group()[1:].islower()
        }
        if not openers or not any(word in sentence.text for word in openers for sentence in pair.target):
            return
        names = context.analysis(_capitalised_inside_sentences)
        source_lexicon, target_lexicon = lexicon(context.source_language), lexicon(context.target_language)
        if source_lexicon is None or target_lexicon is None:
            return
        for sentence in pair.target:
            for match in _sentence_words(sentence.text):
                word = match.group()
                if word not in openers or word in names:
                    continue
                source_zipf = source_lexicon.zipf(word.lower())
                if source_zipf < RARE_SOURCE_ZIPF or source_zipf - target_lexicon.zipf(word.lower()) < MARGIN:
                    continue  # a rare word (a brand) or one the target language knows (a loanword)
                start = sentence.span.start + match.start()
                yield self.finding(
                    context, f"{word!r} is left in the source language", target_span=Span(start, start + len(word))
                )


# Scripts whose letters have capitals: there a capitalised word copied from the source may be a name.
_CASED_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN", None})
# A sentence-opening word shorter than this is a function word or a code.
MIN_OPENER_LETTERS = 4


def _capitalised_inside_sentences(context: CheckContext) -> frozenset[str]:
    """The source's capitalised words that stand inside a sentence (after a word or a digit): names."""
    found: set[str] = set()
    for sentence in context.source.sentences:
        words = _sentence_words(sentence.text)
        found.update(m.group() for m in words[1:] if m.group()[:1].isupper())
    return frozenset(found)


# A kept month or weekday name must be this many Zipf units rarer in the target language than in the
# source's: "December" in Spanish 2.0 units, French "mars" in English (the planet) one.
CALENDAR_MARGIN = 1.5


@cache
def _folded_calendar_names(code: str) -> frozenset[str]:
    return frozenset(name.casefold() for name in calendar_names(code))


def _name_follows(following: list[str], connectors: frozenset[str]) -> bool:
    """True when the words after a head continue a name: a capitalised word, or a connector of the source
    language and any word (Romance names are written in sentence case: "Autorité des marchés
    financiers")."""
    if not following:
        return False
    return following[0][:1].isupper() or (following[0].casefold() in connectors and len(following) > 1)


# A kept head word is this much more common (Zipf) in the source language than in the target.
HEAD_MARGIN = 2.5


# A compound left untranslated is long ("Kurzarbeit" 10 letters); its head is a common word of the source
# language of at least HEAD_LETTERS letters ("Vertrag", "Arbeit"), after at least PREFIX_LETTERS letters,
# and rare in the target language (English "systems" of a brand "Cardsystems" is not). Shorter heads end
# names too often ("Mattersburg", "Willingmann", "Commerzialbank" on the WMT21 de-fr references).
MIN_COMPOUND = 10
# A body's name copied whole holds this many capitalised words at least ("Swiss Watch Federation").
MIN_BODY_WORDS = 3
# Lower-case words inside the names of bodies besides the language's connectors.
_NAME_LINKS = frozenset({"of", "the", "for", "and", "on"})
_RUN_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@article_cached
def _heads_in(text: str, heads: frozenset[str]) -> frozenset[str]:
    """The words of ``heads`` (folded) that are parts of ``text`` case-folded (within words too): those a
    run copied from ``text`` may hold. Kept for the run: the translations of one source share it."""
    folded = text.casefold()
    return frozenset(head for head in heads if head in folded)


def _capitalised_runs(text: str, links: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Spans of runs of capitalised words, joined by single spaces and lower-case ``links``, that start and
    end with a capitalised word."""
    words = list(_RUN_WORD.finditer(text))
    index = 0
    while index < len(words):
        if not words[index].group()[0].isupper():
            index += 1
            continue
        last = index
        probe = index + 1
        while probe < len(words) and text[words[probe - 1].end() : words[probe].start()] == " ":
            word = words[probe].group()
            if word[0].isupper():
                last = probe
            elif word.casefold() not in links:
                break
            probe += 1
        yield words[index].start(), words[last].end()
        index = last + 1


@cache
def _connectives(source: Language, target: Language) -> frozenset[str]:
    """The source language's range words that :meth:`UntranslatedWords._copied_connectives` looks for:
    worked out once per pair of languages, not once per sentence."""
    source_data, target_data = source.data, target.data
    connectives = (
        source_data.words("numbers", "range_words")
        - target_data.words("numbers", "range_words")
        - {str(source_data.value("names", "and", ""))}
    )
    return frozenset(word for word in connectives if len(word) > 1)


def _code(word: str) -> bool:
    """True for a code or acronym: a digit or two capitals ("USB", "iOS", "Wi-Fi", "M4")."""
    return any(c.isdigit() for c in word) or sum(c.isupper() for c in word) >= 2


@cache
def _between_names(words: frozenset[str]) -> re.Pattern[str]:
    """One of ``words`` between two names or codes ("USB or Bluetooth", "iOS or Android", "M4 to M8")."""
    joining = alternation(words)
    name = r"[^\W_](?:[\w.+-]*\w)?"
    return re.compile(rf"(?<![\w-])({name})[ \u00a0]+({joining})[ \u00a0]+({name})(?![\w-])")


@cache
def _spaced_connective(words: frozenset[str]) -> re.Pattern[str]:
    """One of ``words`` between spaces: what every match of :func:`_between_names` holds, found without
    trying a name at each word of the sentence."""
    return re.compile(rf"[ \u00a0](?:{alternation(words)})[ \u00a0]")


PREFIX_LETTERS = 4
HEAD_LETTERS = 6
HEAD_ZIPF = 4.0
HEAD_TARGET_ZIPF = 2.5


def _ends_in_common_noun(word: str, source: Lexicon, target: Lexicon) -> bool:
    heads = (word[cut:] for cut in range(PREFIX_LETTERS, len(word) - HEAD_LETTERS + 1))
    return any(source.zipf(head) >= HEAD_ZIPF and target.zipf(head) < HEAD_TARGET_ZIPF for head in heads)


# A compound's first part: a word of the source (Zipf 3.0 or more, about once in a million words) of at
# least FIRST_PART_LETTERS letters that the target language does not know (under UNKNOWN_ZIPF), then an
# optional linking "s" and a common word of the source (HEAD_ZIPF) of PREFIX_LETTERS letters or more
# ("Schlaf|sack", whose head "Sack" is too short and an English word as well for
# _ends_in_common_noun). A loan for a head ("Wohnungs|scout", "scout" Zipf 3.3 in German) makes a brand.
FIRST_PART_LETTERS = 6
FIRST_PART_ZIPF = 3.0


def _opens_with_source_noun(word: str, source: Lexicon, target: Lexicon) -> bool:
    for cut in range(FIRST_PART_LETTERS, len(word) - PREFIX_LETTERS + 1):
        first = word[:cut]
        if source.zipf(first) < FIRST_PART_ZIPF or target.zipf(first) >= UNKNOWN_ZIPF:
            continue
        rest = word[cut:]
        heads = (rest, rest[1:]) if rest.startswith("s") else (rest,)
        if any(len(head) >= PREFIX_LETTERS and source.zipf(head) >= HEAD_ZIPF for head in heads):
            return True
    return False


def _scripts(context: CheckContext) -> tuple[str | None, str | None]:
    """The scripts the source and the target are mostly written in."""
    return dominant_script(context.source.text), dominant_script(context.target.text)


# A letter beyond the Latin blocks: the only place a run of another script can start.
_BEYOND_LATIN = re.compile("[\u0250-\U0010ffff]" + r"(?<=[^\W\d_])")
# Opening and closing marks around a gloss or a quoted original ("the Yishan (颐膳) brand").
_ENCLOSING = (("(", ")"), ("（", "）"), ("[", "]"), ("«", "»"), ("「", "」"), ("《", "》"), ("“", "”"))
MIN_SCRIPT_RUN = 2


def _copied_script_runs(context: CheckContext, pair: SentencePair) -> Iterator[tuple[Sentence, int, int]]:
    """Runs of two letters or more of the source's script inside a target written in another script,
    copied from the source sentence ("order through a 小程序 on their phones"): a word the engine did
    not translate, which the lexicon test cannot see in caseless scripts. A run inside brackets or
    quotation marks is a gloss or a quoted original, as translators write them."""
    source_script, target_script = context.analysis(_scripts)
    if source_script is None or target_script is None or source_script in (target_script, "LATIN"):
        return
    source_text = pair.source_text
    for sentence in pair.target:
        text = sentence.text
        if text.isascii() or not _BEYOND_LATIN.search(text):
            continue  # Latin letters only: most target sentences, told without a step per character
        index = 0
        while index < len(text):
            if not (text[index].isalpha() and script_of(text[index]) == source_script):
                index += 1
                continue
            end = index + 1
            while end < len(text) and (text[end].isalpha() or unicodedata.category(text[end]) == "Mn"):
                if text[end].isalpha() and script_of(text[end]) != source_script:
                    break
                end += 1
            run = text[index:end]
            if sum(c.isalpha() for c in run) >= MIN_SCRIPT_RUN and run in source_text and not _enclosed(text, index):
                yield sentence, index, end
            index = end


def _enclosed(text: str, index: int) -> bool:
    before = text[:index]
    if before.count('"') % 2:
        return True
    return any(before.count(opening) > before.count(closing) for opening, closing in _ENCLOSING)


# A single word between MARGIN and MARGIN_SINGLE is reported when its spelling alone says it is of the
# source language: lingua, between the pair's two languages, this sure of it ("whistleblower" 0.97 in
# French; shared learned words are spelt alike: "proximal" 0.49, "kinase" 0.56, "dividend" 0.68).
SPELLING_CONFIDENCE = 0.95


def _spelled_as_source(
    context: CheckContext, word: str, difference: float, confidence: float = SPELLING_CONFIDENCE
) -> bool:
    source, target = context.source_language, context.target_language
    if difference < MARGIN or not (is_detectable(source) and is_detectable(target)):
        return False
    found = context.identifier.sentence_languages([word], (source, target), confidence)
    return found[0] == source


@cache
def _own_words(language: Language) -> frozenset[str]:
    """Words the language data lists as the language's own: unit and currency names (``won``), numbers."""
    return frozenset(
        word.casefold()
        for key in ("units", "words", "scales")
        for word in language.data.table_of("numbers", key)
        if " " not in word
    )


@cache
def _connectors(language: Language) -> frozenset[str]:
    """The words that link a name's words (``[names] connectors``: "of", "the", "van", "de")."""
    return frozenset(word.casefold() for word in language.data.strings("names", "connectors"))


def _inside_kept_name(
    text: str, start: int, end: int, source_words: set[str], connectors: frozenset[str] = frozenset()
) -> bool:
    """True when the word at ``start:end`` belongs to a name kept from the source: walking back over
    words copied from the source, a capitalised one is reached that starts no sentence ("Autorité des
    marchés financiers", "Journal du dimanche", "Cour d'honneur"), or walking forward over connectors
    (``[names] connectors``), a capitalised one ("Friends of the Union Chain Bridge"). A content word
    before a name is no part of it: a title or an office left untranslated ("Economy schepen Pieter
    Vandamme"). A word glued to a dot or a slash is part of an address."""
    if text[start - 1 : start] in (".", "/", "@") or text[end : end + 1] in ("/", "@") or _DOTTED.match(text, end):
        return True
    after = start
    for match in reversed(list(_words(text[:start]))):
        word = match.group()
        if word.casefold() not in source_words or _NAME_BREAK.search(text, match.end(), after):
            break  # a comma or a bracket ends a name: "Martine Haeffelé, technicienne-conseil"
        if word[0].isupper():
            opening = text[: match.start()].rstrip()
            if opening and not opening.endswith((".", "!", "?")):
                return True
            break
        after = match.start()
    if connectors and text[start:end].casefold() not in connectors:
        return False
    before = end
    for match in _words(text[end:]):
        word = match.group()
        if word.casefold() not in source_words or _NAME_BREAK.search(text, before, end + match.start()):
            return False
        if word[0].isupper():
            # A standard's or model's code ("EN 417", "ISO 9001") is no name's word: "screw-on standard
            # EN 417" keeps a code, not an English name.
            return not (word.isupper() and _CODE_NUMBER.match(text, end + match.end()))
        if connectors and word.casefold() not in connectors:
            return False
        before = end + match.end()
    return False


# The number of a code after its letters ("EN 417", "ISO 9001").
_CODE_NUMBER = re.compile(r"[ \u00a0-]?\d")


# Punctuation that no name runs across.
_NAME_BREAK = re.compile(r"[,;:()\[\]«»“”\"–—]")


# A quotation: an opening double mark (or a single guillemet), up to a few hundred characters without
# another, a closing mark. Single quotation marks are left out: "’" is also the apostrophe.
_QUOTATION = re.compile(r"(?:[“„«\"]\s*([^“”„«»\"]{1,300}?)\s*[”“»\"]|‹\s*([^‹›]{1,300}?)\s*›)")
_QUOTATION_MARK = re.compile(r"[“„«\"‹]")
# A quotation of fewer words is a title or a name as often as a phrase left untranslated.
MIN_QUOTED_WORDS = 3
MIN_QUOTED_LETTERS = 3


class _QuotedPhrases:
    """Quotations of a translated sentence copied from a source in a language that capitalises its nouns
    (``[traits] capitalises_nouns``), where the capital that opens a quotation is no evidence of a name.

    Such a quotation is a phrase left untranslated, not a name kept from the source ("a “Weckruf für das
    ganze Land”"), when it has ``MIN_QUOTED_WORDS`` words or more (apart by spaces: a hyphenated
    compound is one word, "„Do-it-yourself-Integration“"), all of them source words, one a function word
    of the source language that the target language lacks and one a lower-case word that is no
    function word: German names capitalise their adjectives ("Deutsches Rotes Kreuz"), and titles
    kept in quotation marks are mostly capitalised words and function words ("„Bericht aus Berlin“",
    "“Face the Nation”"). In other source languages a quoted title keeps lower-case words ("« Être du
    monde »"): those quotations are left to the rule for kept names, but in a source language whose titles
    are in title case (``[traits] title_case``: English "“Face the Nation”"), where a lower-case content
    word shows the quotation is a phrase ("“a slap on the wrist”")."""

    def __init__(self, source_words: set[str], source: Language, target: Language) -> None:
        self._source_words = source_words
        # Also a source whose titles are in title case (English): its lower-case quotation is a phrase.
        self._active = source.data.flag("traits", "capitalises_nouns") or source.data.flag("traits", "title_case")
        self._own = _own_function_words(source, target)
        self._function = source.data.words("terminology", "function_words")

    def around(self, text: str, start: int) -> tuple[int, int] | None:
        """The span of the copied quotation holding ``start``, if any."""
        if not self._active or not _QUOTATION_MARK.search(text):
            return None
        for quotation in _QUOTATION.finditer(text):
            group = 1 if quotation.group(1) is not None else 2
            if quotation.start(group) <= start < quotation.end(group):
                return (quotation.start(group), quotation.end(group)) if self._copied(quotation[group]) else None
        return None

    def _copied(self, quoted: str) -> bool:
        words = _LETTERS.findall(_masked(quoted))
        folded = [word.casefold() for word in words]
        return (
            len(quoted.split()) >= MIN_QUOTED_WORDS
            and all(word in self._source_words for word in folded)
            and any(word in self._own for word in folded)
            # a content word of three letters or more ("'s" of "Dog's Breakfast" is no word)
            and any(
                word[0].islower() and len(word) >= MIN_QUOTED_LETTERS and word.casefold() not in self._function
                for word in words
            )
        )


def _in_series_of_loans(
    sentence: Sentence,
    start: int,
    candidates: list[tuple[Sentence, re.Match[str]]],
    reported: set[tuple[int, int]],
    language: Language,
) -> bool:
    """True when the phrase at ``start``, in another script than its sentence's, follows the language's
    "and" (``[names] and``, ``[spelling] continuation_openers``) after a word of the source in that script
    that is not judged untranslated: one of a series of terms kept as loans ("cappuccino και flat white",
    "Wi-Fi и Bluetooth"), which the language writes as the source does."""
    joiners = {str(language.data.value("names", "and", "")), *language.data.words("spelling", "continuation_openers")}
    before = sentence.text[:start].rstrip()
    joiner = re.search(r"(\w+)$", before)
    if joiner is None or joiner.group(1).casefold() not in joiners - {""}:
        return False
    head = before[: joiner.start()].rstrip()
    script = script_of(sentence.text[start])
    return any(
        s is sentence
        and m.end() == len(head)
        and script_of(m.group()[0]) == script
        and (id(s), m.start()) not in reported
        for s, m in candidates
    )


def _phrases(words: list[tuple[Sentence, re.Match[str]]]) -> Iterator[tuple[Sentence, int, int]]:
    """Adjacent words (only spaces or hyphens between them) joined into phrases: (sentence, start, end)."""
    current: tuple[Sentence, int, int] | None = None
    for sentence, match in words:
        if (
            current is not None
            and current[0] is sentence
            and _PHRASE_GAP.fullmatch(sentence.text[current[2] : match.start()])
        ):
            current = (sentence, current[1], match.end())
            continue
        if current is not None:
            yield current
        current = (sentence, match.start(), match.end())
    if current is not None:
        yield current


class KeyName(Check):
    """A key of the source language's keyboards left in a shortcut of the translation (``Strg+Alt+R`` in
    English): the reader's keyboard has no such key. Only names proper to the source language are
    judged (``[terminology] key_names``); a name both languages use (``Alt``, ``Esc``) is no evidence,
    and English names (``Ctrl``, ``Shift``) are read on keyboards and in manuals everywhere: English
    lists none."""

    info = CheckInfo(
        id="untranslated.key_name",
        category="untranslated",
        severity="major",
        description="A keyboard key named in the source language inside a shortcut of the translation "
        "(`Strg+Alt+R` in English for `Ctrl+Alt+R`).",
        scope=Scope.PARAGRAPH,
        target_needs="+",  # every finding is a key next to a "+"
        failing=(
            fails(
                "Drücken Sie Strg+Alt+R, um den Dienst neu zu starten.",
                "Press Strg+Alt+R to restart the service.",
                finds="Strg",
                source_lang="de",
                target_lang="en",
            ),
        ),
        passing=(
            passes(
                "Drücken Sie Strg+Alt+R, um den Dienst neu zu starten.",
                "Press Ctrl+Alt+R to restart the service.",
                source_lang="de",
                target_lang="en",
            ),
            passes("Press Ctrl+Shift+S to save.", "Drücken Sie Strg+Umschalt+S zum Speichern.", target_lang="de"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        source_keys = {k.casefold() for k in context.source_language.data.strings("terminology", "key_names")}
        target_keys = {k.casefold() for k in context.target_language.data.strings("terminology", "key_names")}
        foreign = source_keys - target_keys
        if not foreign or context.source_language.same_language(context.target_language):
            return
        for paragraph in pair.target:
            for match in _SHORTCUT_KEY.finditer(paragraph.text):
                if match.group().casefold() in foreign:
                    start = paragraph.span.start + match.start()
                    yield self.finding(
                        context,
                        f"{match.group()!r} names a key of the source language's keyboards",
                        target_span=Span(start, paragraph.span.start + match.end()),
                    )


class UnitSymbol(Check):
    """A unit symbol proper to the source language left after a number of the translation (French
    ``500 Mo``, octets, in English, which writes ``500 MB``): the reader of the target language does
    not know it. Only symbols listed for the source language and not for the target are judged
    (``[terminology] unit_symbols``), case-sensitive (``mo`` is an English month), and only one the
    source paragraph has after a number too: the symbol is copied."""

    info = CheckInfo(
        id="untranslated.unit_symbol",
        category="untranslated",
        severity="minor",
        description="A unit symbol of the source language only (`Mo` for megabytes in French) left after a "
        "number of the translation.",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "Le fichier pèse 12 Mo au maximum.",
                "Il file pesa al massimo 12 Mo.",
                finds="Mo",
                source_lang="fr",
                target_lang="it",
            ),
        ),
        passing=(
            passes(
                "Le fichier pèse 12 Mo au maximum.",
                "Il file pesa al massimo 12 MB.",
                source_lang="fr",
                target_lang="it",
            ),
            passes("The file is at most 12 MB.", "Le fichier pèse 12 Mo au maximum."),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        source_units = set(context.source_language.data.strings("terminology", "unit_symbols"))
        foreign = source_units - set(context.target_language.data.strings("terminology", "unit_symbols"))
        if not foreign or context.source_language.same_language(context.target_language):
            return
        pattern = _unit_after_number(frozenset(foreign))
        # Copied from the source, where the symbol follows a number too: "Chapter 5 Go further" is no unit.
        copied = {match.group(1) for paragraph in pair.source for match in pattern.finditer(paragraph.text)}
        if not copied:
            return
        pattern = _unit_after_number(frozenset(copied))
        for paragraph in pair.target:
            for match in pattern.finditer(paragraph.text):
                start = paragraph.span.start + match.start(1)
                yield self.finding(
                    context,
                    f"{match.group(1)!r} is a unit symbol of the source language",
                    target_span=Span(start, paragraph.span.start + match.end(1)),
                )


@cache
def _unit_after_number(symbols: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<=\d)[ \u00a0\u202f]?({alternation(sorted(symbols))})(?![^\W\d_])")


class UiLabel(Check):
    """A button or menu label (``**Save changes**``, ``**Help > Keyboard Shortcuts**``) copied from the
    source into an article that translates its other labels: the reader looks for a label the
    localised interface does not show. An article that keeps its labels (an interface left in English,
    said so in the text) keeps most of them, and is left alone; so are brands and codes, whose words
    are no common words of the source language."""

    info = CheckInfo(
        id="untranslated.ui_label",
        category="untranslated",
        severity="major",
        description="A bold interface label (`**Save changes**`) left in the source language where the article "
        "translates the others.",
        scope=Scope.DOCUMENT,
        article_needs="*",  # labels are bold Markdown
        failing=(
            fails(
                "1. Open **Settings**.\n\n2. Click **New role**.\n\n3. Click **Save changes**.",
                "1. Otwórz **Ustawienia**.\n\n2. Kliknij **Nowa rola**.\n\n3. Kliknij **Save changes**.",
                finds="Save changes",
                target_lang="pl",
            ),
        ),
        passing=(
            passes(
                "1. Open **Settings**.\n\n2. Click **New role**.\n\n3. Click **Save changes**.",
                "1. Otwórz **Ustawienia**.\n\n2. Kliknij **Nowa rola**.\n\n3. Kliknij **Zapisz zmiany**.",
                target_lang="pl",
            ),
            passes(
                "1. Open **Settings**.\n\n2. Click **New role**.\n\n3. Click **Save changes**.",
                "1. Otwórz **Settings**.\n\n2. Kliknij **New role**.\n\n3. Kliknij **Save changes**.",
                target_lang="pl",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterator[Finding]:
        source_labels = {label for label, _ in _labels(context.source.text)}
        target_labels = _labels(context.target.text)
        if len(source_labels) < MIN_LABELS or context.source_language.same_language(context.target_language):
            return
        source_lexicon, target_lexicon = lexicon(context.source_language), lexicon(context.target_language)
        if source_lexicon is None or target_lexicon is None:
            return
        kept = [(label, start) for label, start in target_labels if label in source_labels]
        foreign = {label for label, _ in kept if source_language_label(label, source_lexicon, target_lexicon)}
        translated = len(source_labels) - len({label for label, _ in kept})
        # Only labels in the source language's words tell the article's habit: one the target language
        # writes the same ("Tip" in Danish, "Format" in French) is kept by both kinds of article.
        if translated < TRANSLATED_SHARE * (translated + len(foreign)):
            return  # the article keeps most of its labels as the source writes them: an interface not localised
        for label, start in kept:
            if label in foreign:
                yield self.finding(
                    context,
                    f"the label {label!r} is left in the source language, where the article translates the others",
                    target_span=Span(start, start + len(label)),
                )


class LabelInText(Check):
    """A label the article translates in bold (``**Draft**`` -> ``**Borrador**``) left in the source
    language where the running text names it too (``Draft mode saves toner`` -> ``El modo Draft``):
    the reader meets a word the localised interface does not show. Only where the source paragraph
    names the label outside bold as well, and the translation keeps it there as the source writes it
    (case included), in an article that renders the label otherwise."""

    info = CheckInfo(
        id="untranslated.label_in_text",
        category="untranslated",
        severity="minor",
        description="A bold label the article translates, left in the source language where the text names it.",
        scope=Scope.DOCUMENT,
        article_needs="*",  # labels are bold Markdown
        failing=(
            fails(
                "1. Open **Reports** and click **Overview**. The Overview page lists every report.",
                "1. Apri **Report** e fai clic su **Panoramica**. La pagina Overview elenca ogni report.",
                finds="Overview",
                target_lang="it",
            ),
        ),
        passing=(
            passes(
                "1. Open **Reports** and click **Overview**. The Overview page lists every report.",
                "1. Apri **Report** e fai clic su **Panoramica**. La pagina Panoramica elenca ogni report.",
                target_lang="it",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterator[Finding]:
        from mtqa.checks.terminology import label_pairs

        if context.source_language.same_language(context.target_language):
            return
        source_lexicon, target_lexicon = lexicon(context.source_language), lexicon(context.target_language)
        if source_lexicon is None or target_lexicon is None:
            return
        translated = {
            pair.source
            for pair in context.analysis(label_pairs)
            if pair.source != pair.target
            and pair.source[:1].isupper()
            and source_language_label(pair.source, source_lexicon, target_lexicon)
        }
        if not translated:
            return
        for pair in context.paragraph_pairs():
            source_text = "\n".join(_outside_bold(p.text) for p in pair.source)
            for label in sorted(translated):
                pattern = _whole(label)
                if not pattern.search(source_text):
                    continue
                for paragraph in pair.target:
                    for match in pattern.finditer(_outside_bold(paragraph.text)):
                        start = paragraph.span.start + match.start()
                        yield self.finding(
                            context,
                            f"{label!r} is left in the source language here, where the article translates the label",
                            target_span=Span(start, start + len(label)),
                        )


def _outside_bold(text: str) -> str:
    """``text`` with its bold spans and code spans blanked (same length)."""
    return _BOLD_OR_CODE.sub(lambda match: " " * len(match.group()), mask_protected(text))


@cache
def _whole(label: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(label)}(?![\w-])")


_BOLD_OR_CODE = re.compile(r"\*\*[^*\n]{1,80}\*\*|`[^`\n]+`")


def source_language_label(label: str, source: Lexicon, target: Lexicon) -> bool:
    """Whether a label's words are the source language's: at least one common word of it (not a brand's
    name alone), and its words, on average, much more common there than in the target language. Words
    the target language knows about as well (French "format", Dutch "team") are no evidence either way
    and stay out of the average, which they would otherwise drag down ("Name ID format" in French)."""
    words = [w for w in _LETTERS.findall(label) if not w.isupper()]
    if not any(source.zipf(w) >= COMMON_LABEL_ZIPF for w in words):
        return False
    margins = [margin for margin in (source.zipf(w) - target.zipf(w) for w in words) if margin >= SHARED_WORD_MARGIN]
    return bool(margins) and sum(margins) / len(margins) >= LABEL_MARGIN


def _labels(text: str) -> list[tuple[str, int]]:
    """The bold labels of ``text`` with their offsets, a menu path cut at its ``>``: ``**Help > Keyboard
    Shortcuts**`` holds "Help" and "Keyboard Shortcuts"."""
    labels = []
    for match in _BOLD.finditer(text):
        offset = match.start(1)
        for part in re.finditer(r"[^>]+", match.group(1)):
            label = part.group().strip().rstrip(":")
            if label:
                labels.append((label, offset + part.start() + part.group().index(label[0])))
    return labels


_BOLD = re.compile(r"\*\*([^*\n]{1,80})\*\*")
# Labels needed to tell an article's habit; the share of them translated for a kept one to stand out.
MIN_LABELS = 3
TRANSLATED_SHARE = 0.5
# A kept label's words are, on average, this much more common (Zipf) in the source language than in the
# target: German web text knows English "new" (5.1 against 6.25), not a brand's name in either.
LABEL_MARGIN = 1.0
# A word more common in the source language by less than this is shared by both ("Tip" in Dutch 4.55
# against 4.49, "format" in French -0.04): no evidence of which language a label is in.
SHARED_WORD_MARGIN = 0.5
# A label holds at least one common word of the source language ("Halvard P400" holds none).
COMMON_LABEL_ZIPF = 3.0


# A key's name joined to another by "+" in a shortcut ("Strg+Alt+R", "Maj + F5").
_SHORTCUT_KEY = re.compile(r"[^\W\d_][\w-]*(?=[^\S\n]?\+[^\S\n]?\w)|(?<=\w\+)[^\W\d_][\w-]*|(?<=\w \+ )[^\W\d_][\w-]*")


CHECKS: tuple[type[Check], ...] = (
    CopiedSentence,
    SourceLanguage,
    UntranslatedWords,
    KeyName,
    UnitSymbol,
    UiLabel,
    LabelInText,
)
