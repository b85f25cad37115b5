"""Literal renderings: a name of the source translated word by word in its target sentence."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache

from mtqa.checks._textutil import fold
from mtqa.checks.base import CheckContext, SentencePair
from mtqa.checks.names.extract import Name, Token, is_descriptive, kind_near, only_space, token_texts, tokens_of
from mtqa.checks.names.lexicon import (
    is_place_name,
    national_territory,
    own_languages,
    place_word,
    rendering_unknown,
    word_list,
)
from mtqa.checks.names.renderings import Configured, accepted_renderings, name_text, occurrences, shares_stem
from mtqa.lang import Language
from mtqa.lang.lexicon import lexicon
from mtqa.model import Sentence, Span
from mtqa.runcache import article_cached

LITERAL_SIMILARITY = 0.5


STEM_SIMILARITY = 0.4


# Two spellings of one word ("Wassily"/"Vassily" 0.86) are this similar, a word and its translation
# rarely ("Franz"/"François" 0.62, "Price"/"Preis" 0.6, "Daily"/"Direct" 0.18).
SPELLING_VARIANT = 0.75


# Lower-case words after a candidate's capitalised part translate part of the name when they raise its
# similarity to the name by this much ("Nation quotidienne" +0.14, "Herald du matin" +0.16).
TAIL_GAIN = 0.1


@dataclass(frozen=True)
class Candidate:
    tokens: tuple[Token, ...]
    text: str

    @property
    def span(self) -> Span:
        return Span(self.tokens[0].span.start, self.tokens[-1].span.end)

    @property
    def capitalised(self) -> int:
        return sum(t.capitalised for t in self.tokens)

    @property
    def capitalised_part(self) -> str | None:
        """The text up to the last capitalised word, when lower-case words follow it ("Nation" of
        "Nation quotidienne"); None otherwise."""
        last = max((i for i, t in enumerate(self.tokens) if t.capitalised), default=len(self.tokens) - 1)
        if last == len(self.tokens) - 1:
            return None
        return self.text[: self.tokens[last].span.end - self.tokens[0].span.start]


@dataclass(frozen=True)
class LiteralRendering:
    name: Name
    candidate: Candidate
    similarity: float | None


@dataclass
class Pending:
    name: Name
    candidates: list[Candidate]
    source_tokens: tuple[str, ...]
    dropped: bool  # reported as missing when no literal rendering is found
    where: Span


def literal_eligible(name: Name, source: Language, target: Language) -> bool:
    titled = name.tokens[0].capitalised and fold(name.tokens[0].text) in name.connectors
    if source.data.flag("traits", "capitalises_nouns") and any(
        fold(form) != t.folded for t in name.content for form in accepted_renderings(t.text, source, target, {})
    ):
        # German capitalises nouns, so "Stadt München" or "Freistaat Bayern" look like names; a run
        # holding a place with an established rendering is a noun phrase to translate.
        return False
    if rendering_unknown(" ".join(t.text for t in name.tokens), source, target):
        return False
    if _national_medium(name, source, target):
        return False
    return (len(name.content) >= 2 or titled) and not is_descriptive(name, source)


def _national_medium(name: Name, source: Language, target: Language) -> bool:
    """True for a name of two words, the target language's own adjective and a common noun that is no
    company's head (``kept_heads``): "Czech Television" or "Czech Radio" in Czech, "Polish Television" in
    Polish. Such a name describes the country's public body, and the target gives back its own name,
    word for word ("Česká televize"). A longer name is specific ("Turkish Red Crescent" is "Türk
    Kızılay", not "Türk Kırmızı Hilali"), and a kept head is a company's ("Turkish Airlines")."""
    if len(name.content) != 2:
        return False
    adjective, noun = name.content
    return noun.folded not in word_list("kept_heads", source) and any(
        language.code == target.code for language in own_languages(adjective.text, source)
    )


def explained_spans(
    pair: SentencePair, name: Name, names: list[Name], source: Language, target: Language, configured: Configured
) -> list[Span]:
    """Target spans (absolute) accounted for by the renderings of the bead's other names, or by
    source words outside ``name`` (a word of the name itself may be part of its literal rendering)."""
    own = {t.folded for t in name.tokens}
    starts = {tok.span.start for tok in name.tokens}
    outside = Counter(
        t.folded for s in pair.source for t in tokens_of(s.text, 0) if t.span.start + s.span.start not in starts
    )
    source_words = set(outside) - own
    forms: set[str] = set()
    for other in names:
        if other is name or {t.folded for t in other.tokens} <= own:
            continue
        forms.update(accepted_renderings(" ".join(t.text for t in other.tokens), source, target, configured))
        for token in other.content:
            if token.folded not in own:
                forms.update(accepted_renderings(token.text, source, target, configured))
    for sentence in pair.source:
        for token in tokens_of(sentence.text, sentence.span.start):
            # Single capitalised words too ("München" -> "Munich"): names or not, their renderings
            # account for target words.
            if token.capitalised and token.folded not in own:
                forms.update(accepted_renderings(token.text, source, target, configured))
    spans: list[Span] = []
    target_tokens: list[Token] = []
    for sentence in pair.target:
        folded = fold(sentence.text)
        for form in forms:
            # Most renderings are not in the sentence: told by the substring test occurrences() starts with,
            # without a memo look-up each.
            if fold(form).strip() in folded:
                spans.extend(span.shift(sentence.span.start) for span in occurrences(folded, form))
        target_tokens.extend(tokens_of(sentence.text, sentence.span.start))
    by_renderings = list(spans)
    spans.extend(t.span for t in target_tokens if t.folded in source_words)
    # A word of the name that the source also uses elsewhere explains its target occurrences, unless
    # the other names' renderings already account for every other use: "Air" of "Air Canada" (rendered
    # "Air Canada") does not explain the "Air" of "Air Sommet" (for "Summit Air").
    # When the word occurs as often in the target as in the source, the occurrences pair up in order
    # and the one of the name's rank is the name's own ("TOKYO — ... RoboNext Tokyo ... Tokyo Big
    # Sight" -> "TOKYO — ... RoboNext Tokyo ... Grande Vue de Tokyo"): it explains nothing.
    source_tokens = [
        (t.folded, t.span.start + s.span.start in starts) for s in pair.source for t in tokens_of(s.text, 0)
    ]
    for word in own & set(outside):
        uses = [t for t in target_tokens if t.folded == word]
        free = [t for t in uses if not any(r.start <= t.span.start and t.span.end <= r.end for r in by_renderings)]
        if outside[word] > len(uses) - len(free):
            in_name = [inside for folded, inside in source_tokens if folded == word]
            if len(in_name) == len(uses):
                free = [t for t, inside in zip(uses, in_name, strict=True) if t in free and not inside]
            spans.extend(t.span for t in free)
    return spans


def candidates(
    pair: SentencePair, name: Name, explained: list[Span], language: Language, source: Language | None = None
) -> list[Candidate]:
    """Capitalised target n-grams that might render ``name`` word by word. With the ``source`` language,
    a name headed by a publication's word (``kept_heads``: "Journal", "Review") may be rendered with the
    lower-case adjectives of a language that capitalises nouns ("Journal für städtische Wasserstudien")."""
    stopwords = word_list("stopwords", language)
    connectors = word_list("connectors", language)
    publication = source is not None and _names_a_publication(name, source)
    limit = 2 * len(name.content) + 1
    found: list[Candidate] = []
    for sentence in pair.target:
        tokens = tokens_of(sentence.text, sentence.span.start)
        explained_starts = _explained_starts(tokens, explained)
        for start, first in enumerate(tokens):
            if not first.capitalised or (first.folded in stopwords and (start == 0 or first.folded not in connectors)):
                continue
            for end in range(start + 1, min(len(tokens), start + limit) + 1):
                piece = tokens[start:end]
                if end - 1 > start and not only_space(sentence, piece[-2], piece[-1]):
                    break
                candidate = _candidate(sentence, piece, name, connectors, stopwords, language, publication=publication)
                if candidate is not None and not _explained(candidate, explained_starts):
                    found.append(candidate)
    return found


def _candidate(
    sentence: Sentence,
    piece: list[Token],
    name: Name,
    connectors: frozenset[str],
    stopwords: frozenset[str],
    language: Language,
    *,
    publication: bool = False,
) -> Candidate | None:
    """A target n-gram shaped like a name: capitalised words joined by connectors ("Tribune du Lac
    d'Argent"), or in sentence case, a capitalised word and then lower-case words ("Presse atlantique",
    "Registre du matin", "Temps financiers"), with no more words than the name. A lower-case word that is
    no connector ends the capitalised part: "Feux de forêt en Colombie-Britannique" is a phrase."""
    last = piece[-1]
    capitalised = sum(t.capitalised for t in piece)
    if capitalised > name.capitalised:
        return None
    lower = [i for i, t in enumerate(piece) if not t.capitalised and t.folded not in connectors]
    if lower and any(t.capitalised for t in piece[lower[0] :]):
        if not (publication and _publication_title(piece, lower, stopwords, language)):
            return None
        start = piece[0].span.start - sentence.span.start
        return Candidate(tuple(piece), sentence.text[start : last.span.end - sentence.span.start])
    if lower and (piece[0].folded in stopwords or piece[0].folded in connectors):
        return None  # "Des pertes financières" is a noun phrase, not a name
    if any(piece[i].folded in stopwords for i in lower):
        return None
    if not last.capitalised:
        head_last = language.data.flag("traits", "head_last")
        if last.folded in connectors or capitalised >= name.capitalised or head_last:
            return None  # German and English names end with a capitalised noun
        if len(piece) - sum(t.folded in connectors for t in piece) > len(name.content):
            return None
    start = piece[0].span.start - sentence.span.start
    end = last.span.end - sentence.span.start
    return Candidate(tuple(piece), sentence.text[start:end])


def _publication_title(piece: list[Token], lower: list[int], stopwords: frozenset[str], language: Language) -> bool:
    """True when, in a language that capitalises its nouns, the piece is a publication's title rendered
    word for word: a capitalised head, a preposition, lower-case adjectives and the capitalised noun they
    qualify ("Journal für städtische Wasserstudien" for "Journal of Urban Water Studies"). Titles are kept
    as written; an institute's name is translated so ("Institut für angewandte Akustik") and stays out."""
    if not language.data.flag("traits", "capitalises_nouns") or not piece[-1].capitalised or lower[0] != 1:
        return False
    if piece[1].folded not in stopwords or len(lower) < 2:
        return False
    adjectives = lower[1:]
    return all(
        piece[index].folded not in stopwords and (piece[index + 1].capitalised or index + 1 in adjectives)
        for index in adjectives
    )


def _names_a_publication(name: Name, source: Language) -> bool:
    """True when the name opens with a word that heads the titles of journals (``[names]
    publication_heads``: "Journal of ...", "Revue de ..."), followed by more than that word."""
    first = name.content[0].folded if name.content else ""
    return len(name.content) > 1 and first in word_list("publication_heads", source)


def _explained_starts(tokens: list[Token], explained: list[Span]) -> set[int]:
    """Where the capitalised tokens inside an explained span start (only those are asked about):
    worked out once per sentence, not once per candidate n-gram; a sentence's tokens start at distinct
    offsets."""
    return {
        token.span.start
        for token in tokens
        if token.capitalised
        and any(other.start <= token.span.start and token.span.end <= other.end for other in explained)
    }


def _explained(candidate: Candidate, explained_starts: set[int]) -> bool:
    """True when the candidate starts or ends with a word accounted for by the source (it then
    belongs to another name or to the sentence), or all its capitalised words are."""

    def known(token: Token) -> bool:
        return token.span.start in explained_starts

    edges = [t for t in (candidate.tokens[0], candidate.tokens[-1]) if t.capitalised]
    return any(known(t) for t in edges) or all(known(t) for t in candidate.tokens if t.capitalised)


def _is_reordering_or_new(candidate: Candidate, name: Name, source_tokens: tuple[str, ...]) -> bool:
    """False when the candidate's words are a contiguous, same-order part of the source text."""
    words = tuple(t.folded for t in candidate.tokens if t.capitalised)
    return words not in _ngrams(source_tokens, len(words))


@article_cached
def _ngrams(tokens: tuple[str, ...], size: int) -> frozenset[tuple[str, ...]]:
    """Every run of ``size`` consecutive tokens."""
    return frozenset(tokens[i : i + size] for i in range(len(tokens) - size + 1))


def decide(context: CheckContext, pending: list[Pending]) -> list[LiteralRendering]:
    # A sentence-case candidate whose capitalised words are the name's own may still translate the
    # rest of the name ("Nation quotidienne" for "Daily Nation"): kept until its similarity is known.
    tailed = context.encoder is not None
    for item in pending:
        item.candidates = [
            c
            for c in item.candidates
            if (tailed and c.capitalised_part is not None) or _is_reordering_or_new(c, item.name, item.source_tokens)
        ]
    pending = [item for item in pending if item.candidates]
    if not pending:
        return []
    similarities = _similarities(context, pending)
    for item in pending:
        item.candidates = [
            c
            for c in item.candidates
            if _is_reordering_or_new(c, item.name, item.source_tokens)
            or _translated_tail(c, name_text(context, item.name), similarities)
        ]
    connectors = word_list("connectors", context.target_language)
    kept = _TargetWords(context.target.text)
    source_document = _SourceDocument(context.source.text)
    results: list[LiteralRendering] = []
    taken: list[Span] = []
    for item in pending:
        text = name_text(context, item.name)
        if _respelt_in(
            context.target.text[item.where.start : item.where.end],
            item.name,
            context.source_language,
            context.target_language,
        ):
            continue  # the name is there, a letter changed: names.misspelt's, no translation
        renderings = accepted_renderings(text, context.source_language, context.target_language, {})
        if any(
            _rendering_with_ending(c, renderings) or _source_gives(c, item.name, source_document)
            for c in item.candidates
        ):
            continue  # an established rendering with an ending, or the name the source gives elsewhere
        best: tuple[tuple[int, float, int, int], Candidate, float | None] | None = None
        for candidate in item.candidates:
            if _classifier_translated(candidate, item.name, connectors, context.source_language):
                continue
            if _own_body_compound(candidate, item.name, context, tail=_translated_tail(candidate, text, similarities)):
                continue
            if _place_adjective(candidate, item.name, context.source_language, context.target_language):
                continue
            if _lone_place_word(candidate, item.name, context.target_language):
                continue
            if _nation_qualified(candidate, item.name, context.source_language, context.target_language):
                continue
            stem = any(shares_stem(t.text, n.text) for t in candidate.tokens for n in item.name.content)
            similarity = similarities.get((text, candidate.text)) if similarities else None
            tail = _translated_tail(candidate, text, similarities)
            compound = _compound_of_a_company(context, candidate, item.name)
            if not _is_literal(
                candidate,
                item.name,
                stem or compound,
                similarity,
                connectors,
                context.source_language,
                tail=tail,
                kept=kept,
            ):
                continue
            stems = sum(any(shares_stem(t.text, n.text) for n in item.name.content) for t in candidate.tokens)
            key = (candidate.capitalised, similarity if similarity is not None else 0.0, stems, -len(candidate.tokens))
            if best is None or key > best[0]:
                best = (key, candidate, similarity)
        if best is not None and not any(best[1].span.overlaps(span) for span in taken):
            taken.append(best[1].span)
            results.append(LiteralRendering(item.name, best[1], best[2]))
    return results


# A case or derivational ending glued to an established rendering ("Güney Koreli", "Etelä-Korean") has
# at most this many letters.
_ENDING_LETTERS = 5


def _rendering_with_ending(candidate: Candidate, renderings: set[str]) -> bool:
    """True when the candidate is an established rendering of the name with an ending glued to its last
    word: Turkish "Güney Koreli" (South Korean) for "South Korea's", Finnish "Etelä-Korean". Agglutinative
    languages inflect a country's name; the words are the rendering's, nothing was translated anew."""
    folded = fold(candidate.text)
    for form in renderings:
        key = fold(form).strip()
        if " " not in key and "-" not in key:
            continue  # a one-word rendering is the name itself or a translation of one word: not judged here
        rest = folded.removeprefix(key)
        if rest != folded and 0 < len(rest) <= _ENDING_LETTERS and rest.isalpha():
            return True
    return False


class _SourceDocument:
    """The folded words of the source document, read at the first question."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: str | None = None

    def names(self, candidate: Candidate) -> bool:
        """True when the candidate, two words or more, is written so in the source document: the
        source gives that name itself elsewhere ("Magyar Posta, Hungary's postal operator" beside
        "Hungarian Post" in its headline), so the translation uses the name the source uses."""
        if len(candidate.tokens) < 2:
            return False
        if self._words is None:
            self._words = _folded_words(self._text)
        return f" {' '.join(fold(t.text) for t in candidate.tokens)} " in self._words


def _source_gives(candidate: Candidate, name: Name, source_document: _SourceDocument) -> bool:
    """True when the candidate, as long as the name at least, is a name the source writes elsewhere: the
    whole name's rendering ("Hrvatska pošta" for "Croatian Post"), not a part of a longer one ("Karin de
    Vries" of "Karin de Vries of Blue Harbour Logistics")."""
    return len(candidate.tokens) >= len(name.content) and source_document.names(candidate)


@article_cached
def _folded_words(text: str) -> str:
    # The document's folded words joined by single spaces, spaced at both ends: a run of words is in
    # the document when its spaced string is in this one.
    return " " + " ".join(t.folded for t in tokens_of(text, 0)) + " "


# A misspelt name word is this close to the name's ("Kärkkänen"/"Kärkkäinen" 0.95); a cognate that
# translates one is further ("Électronique"/"Electronics" 0.78).
_MISSPELT = 0.85
# A respelling this common in the target language is a word of it ("Fisher"), not a misspelt name.
_COMMON_ZIPF = 3.0


def _respelt_in(target: str, name: Name, source: Language, target_language: Language) -> bool:
    """True when the target stretch writes the name's words in order, each as written or with a letter or
    two changed ("Anne Kärkkänen" for "Anne Kärkkäinen"), at least one as written: the name is kept,
    misspelt (``names.misspelt``'s), not translated. A word heading company names (``kept_heads``) is
    translated by its cognate, so it must be written as in the source, and a respelling that is a common
    word of the target ("Fisher" for "Fischer") translates the name."""
    from difflib import SequenceMatcher

    words = [t.folded for t in name.content]
    if len(words) < 2 or not any(t.text in target for t in name.content):
        return False  # no word of the name as written: told without tokenising the stretch
    heads = word_list("kept_heads", source)
    common = lexicon(target_language)

    from mtqa.checks.names.misspelt import habitual

    def same(word: str, original: str) -> bool:
        if word == original:
            return True
        if original in heads or (common is not None and common.zipf(word) >= _COMMON_ZIPF):
            return False
        # a spelling habit ("Aeby"/"Aebi", "Zelensky"/"Zelenski") writes the same name
        return SequenceMatcher(None, word, original).ratio() >= _MISSPELT or habitual(word) == habitual(original)

    found = [t.folded for t in tokens_of(target, 0)]
    for start in range(len(found) - len(words) + 1):
        run = found[start : start + len(words)]
        if any(a == b for a, b in zip(run, words, strict=True)) and all(
            same(a, b) for a, b in zip(run, words, strict=True)
        ):
            return True
    return False


def _own_body_compound(candidate: Candidate, name: Name, context: CheckContext, *, tail: bool) -> bool:
    """True when a name of several words that opens with the target language's own adjective ("Finnish
    Paper Workers' Union" in Finnish) is rendered as one capitalised word ("Paperiliitto"): a body of the
    target's country called by its own compound name. A word-for-word rendering keeps several words
    ("Türk Kırmızı Hilali"); lower-case words after the compound count only where they translate the
    name (``tail``)."""
    if len(name.content) < 3 or (candidate.capitalised_part is not None and tail):
        return False
    if sum(t.capitalised for t in candidate.tokens) != 1 or not candidate.tokens[0].capitalised:
        return False
    target = context.target_language
    return any(
        language.code == target.code for language in own_languages(name.content[0].text, context.source_language)
    )


# A name written as its parts reordered has at most this many parts, each this long at least.
_MOST_PARTS = 4
_PART_LETTERS = 3


def reordered_parts(pair: SentencePair, name: Name) -> LiteralRendering | None:
    """A one-word name written as its own parts in another order, joined by hyphens ("Ville-Marchand"
    for a town "Marchandville", "Burg-Hamel" for "Hamelburg"): the engine took the name for a compound and
    rebuilt it the way the target language orders a head and its complement. No correct rendering moves
    the letters of a name around."""
    if len(name.content) != 1:
        return None
    word = name.content[0].folded
    for sentence in pair.target:
        if "-" not in sentence.text:
            # No hyphenated word: most sentences, told without tokenising them (no word character folds
            # to a hyphen, so a token's folded form has one only where its text has).
            continue
        # Read from the sentence's own start (most tokens are no such word): only the one returned is
        # moved to its place in the document, where shifting every token cost most of this function.
        for token in tokens_of(sentence.text, 0):
            if "-" not in token.text:
                continue
            parts = token.folded.split("-")
            if not token.capitalised or not 2 <= len(parts) <= _MOST_PARTS or "".join(parts) == word:
                continue
            if any(len(part) < _PART_LETTERS for part in parts) or len(token.folded) != len(word) + len(parts) - 1:
                continue
            if any("".join(order) == word for order in itertools.permutations(parts)):
                return LiteralRendering(name, Candidate((token.shifted(sentence.span.start),), token.text), None)
    return None


def _compound_of_a_company(context: CheckContext, candidate: Candidate, name: Name) -> bool:
    """True when one hyphenated word of capitalised parts renders a company's or a publication's name
    of several words ("Gipfel-Schienengüterverkehr" for "Summit Rail Freight, ... the company"): the
    parts are the name's words translated and joined the way the target joins words, not a one-word
    reference to the company. Said by a ``kept_kinds`` word near the name in the source (see
    :func:`.extract.kind_near`)."""
    if len(candidate.tokens) != 1 or len(name.content) < 2:
        return False
    parts = candidate.tokens[0].text.split("-")
    if len(parts) < 2 or not all(part[:1].isupper() for part in parts):
        return False
    for sentence in context.source.sentences:
        if sentence.span.start <= name.span.start < sentence.span.end:
            tokens = tuple(tokens_of(sentence.text, sentence.span.start))
            return kind_near(context.source.text, tokens, name.tokens, context.source_language)
    return False


def _classifier_translated(candidate: Candidate, name: Name, connectors: frozenset[str], source: Language) -> bool:
    """True when the candidate is the name word for word, in the name's order, with only its head words
    (``heads``: "River", "Lake") translated: "Fluss Wyre" for "River Wyre" is how the target names it
    ("Air Sommet" for "Summit Air" reorders the name: a translation)."""
    heads = word_list("heads", source)
    words = [t.folded for t in candidate.tokens if t.folded not in connectors]
    originals = [t.folded for t in name.content]
    if len(words) != len(originals) or words == originals:
        return False
    pairs = list(zip(words, originals, strict=True))
    return all(word == original or original in heads for word, original in pairs) and any(
        word == original for word, original in pairs
    )


def _place_adjective(candidate: Candidate, name: Name, source: Language, target: Language) -> bool:
    """True when a word of the name is a place that one side writes as an adjective formed on it
    (``[names] place_adjective_endings``): "Wrocławscy Pasażerowie" for "Wroclaw Passengers", "Wroclaw
    Passengers" for "Wrocławscy Pasażerowie". Such a name describes a body by its town and is translated
    with it; a person's name keeps its given name as it is ("Jonathan Lis" for "Jonathan Fox")."""
    pairs = [(t.folded, n.folded, target) for t in candidate.tokens for n in name.content]
    pairs += [(n.folded, t.folded, source) for t in candidate.tokens for n in name.content]
    return any(_formed_on(word, place, language) for word, place, language in pairs)


def _lone_place_word(candidate: Candidate, name: Name, target: Language) -> bool:
    """True when the candidate is one place adjective for a name of several words: German capitalises
    fixed noun phrases ("Europäische Aale"), which the target writes as common nouns after the place
    adjective ("European eels"). A literal rendering of a name translates its other words too ("German
    Rail" for "Deutsche Bahn"), and a place's own name may close one ("… du port de Chine")."""
    if len(candidate.tokens) != 1 or len(name.content) < 2:
        return False
    word = candidate.tokens[0].folded
    return place_word(word, target) and not is_place_name(word, target)


def _nation_qualified(candidate: Candidate, name: Name, source: Language, target: Language) -> bool:
    """True when a name of two words, a nationality adjective and a word that heads no company's name
    (``kept_heads``), is rendered with the target's adjective of the same country: "Amazônia brasileira"
    for "Brazilian Amazon", "Alpes suisses" for "Swiss Alps". The adjective qualifies a place or body
    named by one word, and every language translates it; a company keeps its name ("Swiss Re")."""
    if len(name.content) != 2 or len(candidate.tokens) < 2:
        return False
    adjective, noun = name.content
    if noun.folded in word_list("kept_heads", source):
        return False
    country = national_territory(adjective.text, source)
    return country is not None and any(
        not token.capitalised and national_territory(token.text, target) == country for token in candidate.tokens
    )


def _formed_on(word: str, place: str, language: Language) -> bool:
    if word == place or len(place) < 4:
        return False
    for ending in word_list("place_adjective_endings", language):
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= 4 and (stem == place or _similar_spelling(stem, place)):
            return True
    return False


def _translated_tail(candidate: Candidate, text: str, similarities: dict[tuple[str, str], float]) -> bool:
    """True when the lower-case words after the candidate's capitalised part bring it much closer to the
    name ("Nation" 0.71, "Nation quotidienne" 0.85 for "Daily Nation"): they translate words of the name.
    A verb or an article after a name brings nothing ("Sud" 0.62, "Sud ont" 0.55)."""
    part = candidate.capitalised_part
    if part is None:
        return False
    whole, head = similarities.get((text, candidate.text)), similarities.get((text, part))
    return whole is not None and head is not None and whole >= head + TAIL_GAIN


def _is_literal(
    candidate: Candidate,
    name: Name,
    stem: bool,
    similarity: float | None,
    connectors: frozenset[str],
    source: Language,
    *,
    tail: bool = False,
    kept: Container[str] = frozenset(),
) -> bool:
    if _spelling_variant(candidate, name, connectors, source, tail=tail, kept=kept):
        return False
    if len(candidate.tokens) == 1 and len(name.content) > 1 and not stem:
        # One word for a name of several is a description or a pronoun-like reference far more often
        # than a literal rendering ("Dieu" for "Gottes Segen", "Banque" for "Deutsche Bundesbank"):
        # it must share a stem with the name as well.
        return False
    if similarity is not None:
        return similarity >= LITERAL_SIMILARITY or (stem and similarity >= STEM_SIMILARITY)
    # No encoder: as many capitalised words as the name, and one stem shared.
    return stem and candidate.capitalised == name.capitalised


def _spelling_variant(
    candidate: Candidate,
    name: Name,
    connectors: frozenset[str],
    source: Language,
    *,
    tail: bool = False,
    kept: Container[str] = frozenset(),
) -> bool:
    """True when each word is a name word respelt ("Vassily" for "Wassily"), not translated. The
    lower-case words of a sentence-case candidate that respell a name word count too ("Presse
    atlantique" reorders "Atlantic Press": translated); others are not part of the name ("Cevian avait"),
    unless ``tail`` says they translate some of it ("Nation quotidienne"). A common noun that heads
    company and newspaper names (``kept_heads``: "Electronics", "Herald") is kept as written: a cognate
    ("Électronique") translates it. Nor is a word respelt where the translation writes the name word as
    the source does elsewhere (``kept``, the target's folded words: "Baker" here, "Bäcker" there): one
    spelling is then wrong, unless the word is the name with an ending ("Bushs")."""
    originals = [t.folded for t in name.content]
    kept_heads = word_list("kept_heads", source)

    def similar(word: str, original: str) -> bool:
        if word != original and (
            original in kept_heads or (original in kept and not word.startswith(original[: len(word)]))
        ):
            return False
        return _similar_spelling(word, original)

    def respells(word: str) -> bool:
        return any(similar(word, original) for original in originals)

    words = [
        t.folded
        for t in candidate.tokens
        if t.capitalised or (t.folded not in connectors and (tail or respells(t.folded)))
    ]
    if len(words) == len(candidate.tokens) == len(originals) > 1 and sorted(words) == sorted(originals):
        return True  # the name's own words in another order, nothing added ("Pleyel Pianos")
    position = 0
    for word in words:
        # Each word must respell a later word of the name: a reordering is a translation.
        matches = [i for i in range(position, len(originals)) if similar(word, originals[i])]
        if not matches:
            return False
        position = matches[0] + 1
    return bool(words)


@article_cached
def _target_words(text: str) -> frozenset[str]:
    return frozenset(map(fold, token_texts(text)))


class _TargetWords:
    """The folded words of the translation (:func:`_target_words`), read at the first question: about
    half the articles with a literal candidate never ask (only a respelt name word does), and reading
    them tokenises the whole translation."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = _target_words(self._text)
        return word in self._words


@lru_cache(maxsize=1 << 14)
def _similar_spelling(word: str, original: str) -> bool:
    """Whether two words are spellings of one (difflib ratio ``SPELLING_VARIANT`` or more). A pure test of
    two words (bounded cache): the cheap upper bounds of the ratio settle most pairs first."""
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, word, original)
    return (
        matcher.real_quick_ratio() >= SPELLING_VARIANT
        and matcher.quick_ratio() >= SPELLING_VARIANT
        and matcher.ratio() >= SPELLING_VARIANT
    )


def _similarities(context: CheckContext, pending: list[Pending]) -> dict[tuple[str, str], float]:
    if context.encoder is None:
        return {}
    pairs = [(name_text(context, item.name), c.text) for item in pending for c in item.candidates]
    pairs += [
        (name_text(context, item.name), part)
        for item in pending
        for c in item.candidates
        if (part := c.capitalised_part) is not None
    ]
    texts = list(dict.fromkeys(text for pair in pairs for text in pair))
    vectors = context.encoder.encode(texts)
    row = {text: vectors[i] for i, text in enumerate(texts)}
    return {(a, b): float(row[a] @ row[b]) for a, b in pairs}
