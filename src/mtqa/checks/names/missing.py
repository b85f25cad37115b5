"""Missing names: a name of the source absent from an otherwise aligned translation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mtqa.checks._textutil import fold
from mtqa.checks.base import CheckContext, SentencePair
from mtqa.checks.names.extract import (
    KIND_WINDOW,
    DocumentWords,
    Name,
    Token,
    is_descriptive,
    is_kind,
    token_texts,
    tokens_of,
)
from mtqa.checks.names.lexicon import is_home, word_list
from mtqa.checks.names.renderings import name_text
from mtqa.lang import Language
from mtqa.lang.lexicon import lexicon
from mtqa.model import Span
from mtqa.runcache import article_cached

MISSING_MIN_SIMILARITY = 0.5
TRANSLATED_SIMILARITY = 0.5

# A word saying what a named body is and its translation (use-m3: "company"/"Unternehmen" 0.94,
# "entreprise" 0.9, "newspaper"/"Zeitung" 0.85; against other words of such a sentence: "Sitz" 0.19,
# "Beschäftigten" 0.36, "Bahnunternehmen" 0.43).
KIND_SIMILARITY = 0.7


@dataclass(frozen=True)
class DroppedName:
    name: Name
    where: Span  # the target sentences where the name should be


def missing_eligible(name: Name, pair: SentencePair, language: Language, seen: DocumentWords, target: Language) -> bool:
    if pair.bead.kind != "1-1" or (pair.bead.similarity or 0.0) < MISSING_MIN_SIMILARITY:
        return False
    if all(is_home(t.folded, language, target) for t in name.content):
        return False  # the readers' own country, left implied ("Spanish tile maker" in a Spanish headline)
    if is_descriptive(name, language) or name.is_acronym:
        return False
    if _gloss_of_target_words(name, pair, target):
        return False
    if len(name.content) >= 2:
        return True
    word = fold(name.tokens[0].text)
    skip = word_list("heads", language) | word_list("titles", language) | word_list("stopwords", language)
    return (
        seen.capitalised_inside[word] >= 2
        and word not in skip
        and word not in seen.lowercase
        and not _owner_of_body(name, pair, language)
    )


# A name in brackets right after a term: "El Gordo (“the Fat One”)", "Hygge (‘cosiness’)".
_GLOSS_BEFORE = re.compile(r"((?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*\(\s*[\"“‘«„']?\s*(?:[^\W\d_]+\s+)?$")
# The term glossed is a word of the target language when each of its words is this common there.
_GLOSSED_ZIPF = 3.0


def _gloss_of_target_words(name: Name, pair: SentencePair, target: Language) -> bool:
    """True when the name is the source's bracketed gloss of a term it quotes in the target language
    ("known as El Gordo (“the Fat One”)" in Spanish): the translation keeps the term, which its readers
    understand, and drops the gloss written for the source's readers."""
    sentence = next((s for s in pair.source if s.span.start <= name.span.start < s.span.end), None)
    if sentence is None:
        return False
    match = _GLOSS_BEFORE.search(sentence.text[: name.span.start - sentence.span.start])
    if match is None:
        return False
    words = lexicon(target)
    term = match.group(1).split()
    target_text = fold(" ".join(s.text for s in pair.target))
    for size in range(len(term), 0, -1):
        piece = term[-size:]
        if (
            words is not None
            and all(words.zipf(w) >= _GLOSSED_ZIPF for w in piece)
            and re.search(rf"(?<!\w){re.escape(fold(' '.join(piece)))}(?!\w)", target_text)
        ):
            return True
    return False


# How many words may stand between a possessive and the body or title it qualifies ("Germany's
# federal health ministry").
_OWNED_REACH = 3


def _owner_of_body(name: Name, pair: SentencePair, language: Language) -> bool:
    """True when the one-word name is a possessive ("Germany's", ``[names] possessive``) qualifying a
    public body or a title within a few words ("Germany's health ministry", "France's foreign
    minister"): translations name the body and leave its country implied, or fold it into the body's name
    ("Bundesgesundheitsministerium") or an adjective ("le ministère allemand de la Santé")."""
    markers = language.data.strings("names", "possessive")
    sentence = next((s for s in pair.source if s.span.start <= name.span.end <= s.span.end), None)
    if not markers or sentence is None:
        return False
    rest = sentence.text[name.span.end - sentence.span.start :]
    marker = next((m for m in markers if rest.startswith(m)), None)
    if marker is None:
        return False
    owned = rest[len(marker) :]
    bodies = word_list("heads", language) | word_list("public_heads", language) | word_list("titles", language)
    end = 0
    for token in tokens_of(owned, 0)[:_OWNED_REACH]:
        if owned[end : token.span.start].strip():
            return False  # a comma or a dash ends the phrase the possessive qualifies
        if token.folded in bodies or token.folded.removesuffix("s") in bodies:
            return True
        end = token.span.end
    return False


def not_translated(context: CheckContext, missing: list[DroppedName], *, word_by_word: bool) -> list[DroppedName]:
    """The dropped names that no n-gram of their target sentences renders by meaning (needs an encoder):
    "Scharfe Regeln" rendered "règles strictes" or "Capitol Hill" rendered "Kapitol" is translated, not
    dropped. With ``word_by_word`` (sources that capitalise nouns) a run is translated too when at most
    one of its words is left unrendered: such a run is common nouns of two phrases ("ihr Mann
    Bestechungsgelder" -> "son mari ... des pots-de-vin", "im großen Stil Aktien" -> "des actions"), and
    what is left is one capitalised word, which these languages' names are never checked on."""
    if context.encoder is None or not missing:
        return missing
    grams: list[list[str]] = []
    compounds = context.target_language.data.flag("traits", "compounds")
    for item in missing:
        text = context.target.text[item.where.start : item.where.end]
        tokens = tokens_of(text, 0)
        size = len(item.name.tokens) + 2
        grams.append(
            [
                text[tokens[i].span.start : tokens[j - 1].span.end]
                for i in range(len(tokens))
                for j in range(i + 1, min(len(tokens), i + size) + 1)
            ]
        )
        if compounds:
            grams[-1].extend(_leading_words(tokens, _document_words(context.target.text)))
    names = [name_text(context, item.name) for item in missing]
    name_words = [[t.text for t in item.name.content] if word_by_word else [] for item in missing]
    texts = list(dict.fromkeys([*names, *(w for ws in name_words for w in ws), *(g for group in grams for g in group)]))
    vectors = context.encoder.encode(texts)
    row = {text: vectors[i] for i, text in enumerate(texts)}

    def rendered(text: str, group: list[str]) -> bool:
        return any(float(row[text] @ row[g]) >= TRANSLATED_SIMILARITY for g in group)

    return [
        item
        for item, name, its_words, group in zip(missing, names, name_words, grams, strict=True)
        if not rendered(name, group) and not (its_words and sum(not rendered(w, group) for w in its_words) <= 1)
    ]


# The shortest word a compound may open with, and the shortest rest after it.
_LEADING_LETTERS = 4


@article_cached
def _document_words(text: str) -> frozenset[str]:
    return frozenset(map(fold, token_texts(text)))


def _leading_words(tokens: list[Token], words: frozenset[str]) -> list[str]:
    """The words of the document that open a longer word of the sentence: a language that writes
    compounds puts a name's rendering inside one ("Mailandreisen", "Rheinbrücke"), and the article
    writes that rendering alone elsewhere ("Mailand")."""
    found: list[str] = []
    for token in tokens:
        text = token.text
        for end in range(_LEADING_LETTERS, len(text) - _LEADING_LETTERS + 1):
            if fold(text[:end]) in words:
                found.append(text[:end])
    return found


def referred_by_kind(context: CheckContext, missing: list[DroppedName]) -> tuple[list[DroppedName], list[DroppedName]]:
    """The dropped names split into those still missing and those the translation refers to by what
    they are: a name the article has already given, whose kind the source says next to it
    (``kept_kinds``: "Summit Rail Freight, ruling that the company ..."), and whose target sentence
    holds a translation of that kind word ("Das Unternehmen mit Sitz in Olten ..." for "Summit Rail
    Freight, which is based in Olten, ..."). Repeating a long name is what a translator avoids; the
    reader has it from before. Needs an encoder."""
    if context.encoder is None or not missing:
        return missing, []
    source = context.source_language
    asked: list[tuple[DroppedName, list[str], list[str]]] = []
    for item in missing:
        kinds = _kind_words(context, item.name, source)
        if kinds:
            words = [t.text for t in tokens_of(context.target.text[item.where.start : item.where.end], 0)]
            asked.append((item, kinds, words))
    if not asked:
        return missing, []
    texts = list(dict.fromkeys(x for _, kinds, words in asked for x in (*kinds, *words)))
    vectors = context.encoder.encode(texts)
    row = {text: vectors[i] for i, text in enumerate(texts)}
    referred = [
        item
        for item, kinds, words in asked
        if any(float(row[k] @ row[w]) >= KIND_SIMILARITY for k in kinds for w in words)
    ]
    return [item for item in missing if item not in referred], referred


def _kind_words(context: CheckContext, name: Name, language: Language) -> list[str]:
    """The ``kept_kinds`` words standing within ``KIND_WINDOW`` words of the name's occurrences in the
    source, when an occurrence comes before this one (the article has given the name); none otherwise."""
    text = name_text(context, name)
    folded = fold(text)
    earlier = [s for s in context.source.sentences if s.span.end <= name.span.start and folded in fold(s.text)]
    if not earlier:
        return []
    kinds: list[str] = []
    for sentence in (*earlier, *(s for s in context.source.sentences if s.span.start <= name.span.start < s.span.end)):
        tokens = tokens_of(sentence.text, 0)
        for i, token in enumerate(tokens):
            if token.folded != name.content[0].folded:
                continue
            near = (
                tokens[max(0, i - KIND_WINDOW) : i] + tokens[i + len(name.tokens) : i + len(name.tokens) + KIND_WINDOW]
            )
            kinds.extend(t.text for t in near if is_kind(t, language))
    return list(dict.fromkeys(kinds))
