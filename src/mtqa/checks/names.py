"""Proper names that the translation renders word by word, or drops.

How it works, without a named-entity model (third-party uploads of spaCy models are a supply-chain
risk, and a dictionary-free method also works on names nobody has seen):

1. **Names of the source** come from capitalisation: runs of capitalised tokens, with connectors
   inside (``Bank of America``), split at titles (``President``) and day or month names (Babel), a
   sentence-initial word kept only when the article also capitalises it mid-sentence. Headlines in
   title case are skipped. In German every noun is capitalised, so only multi-word runs count there.
2. A name is **rendered correctly** when the aligned target paragraph holds it verbatim (case and
   accents ignored), one of its established renderings (``data/names.toml`` exonym groups in several
   languages, Babel's country, language and city names, the config's ``[names]``), or for a
   descriptive name (its head word is ``Ministry``, ``University``, ``Commission``... which are
   normally translated, after a leading article: ``Le Festival d'Avignon``; or an agency named by its
   field and its country: ``Environment and Climate Change Canada``) anything at all. Provinces,
   states and regions, which Babel lacks, are exonym groups of ``names.toml``. In English, the
   capitalised words right before ``Minister`` or ``Secretary`` are a portfolio, not a name.
3. Otherwise a **literal rendering** is looked for in the aligned target sentences: a capitalised
   target n-gram that is neither in the source nor explained by another name's rendering, whose words
   are not the name's words in the name's order (nor the name's words merely reordered). The n-gram is
   capitalised words joined by connectors (``Tribune du Lac d'Argent``) or, in French, Spanish and
   Italian, sentence case: a capitalised word and lower-case words (``Presse atlantique``, ``Registre
   du matin``), no more words than the name, not opening with an article; a lower-case word that is no
   connector ends the capitalised part (``Feux de forêt en Colombie-Britannique`` is a phrase).
   With an encoder, the best such n-gram is reported
   when its similarity to the name reaches ``LITERAL_SIMILARITY`` (0.5), or ``STEM_SIMILARITY`` (0.4)
   when it also shares a word stem with the name (``Chine``/``China``). The thresholds were set on
   invented and real examples: literal renderings score 0.52-0.98 (``Chine Direct`` 0.60, ``Temps
   financiers`` 0.84, ``Acier Nordique`` 0.64, ``Miroir Quotidien`` 0.52), unrelated capitalised
   words 0.15-0.39 (``Pékin``, ``Washington Post`` for ``China Daily``). Without an encoder only the
   stem rule applies (as many capitalised words as the name, one stem shared, one word new).
4. A **missing name** is a multi-word name, or a one-word name the article capitalises at least
   twice mid-sentence, absent from the target paragraph with none of its words (by stem) there
   either, in a 1-1 sentence bead whose similarity is at least ``MISSING_MIN_SIMILARITY``: a low
   similarity means the sentence is omitted or mistranslated, which other checks report; so does a
   bead whose translation is much shorter than the article's length ratio predicts (the name went with
   the rest of its clause: ``omission.short_translation``). With an
   encoder, a name that a target n-gram renders by meaning (similarity ``TRANSLATED_SIMILARITY``,
   0.5: ``Scharfe Regeln``/``règles strictes`` 0.67, ``Capitol Hill``... a dropped ``Hanna
   Lindqvist`` scores 0.27) is translated, not missing. A German run (every noun is capitalised, so
   runs such as ``Wahlperiode Ende`` span two phrases) is also translated when each of its words is
   rendered by meaning by some target n-gram.
5. A run that ends with two or more capitalised words kept verbatim in the target is rendered: the
   words before them are a title or a descriptor, which is translated (``House Speaker Nancy
   Pelosi``, ``Landesparteiobmann Norbert Hofer``); a name that keeps its first words and translates
   its head (``Journal de Wall Street``) is still a literal rendering.
"""

from __future__ import annotations

import itertools
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from mtqa.checks.base import Check, CheckContext, CheckInfo, SentencePair
from mtqa.checks.omission import article_length_ratio, is_cut_short
from mtqa.model import Document, Finding, Sentence, Span

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LITERAL_SIMILARITY = 0.5
STEM_SIMILARITY = 0.4
MISSING_MIN_SIMILARITY = 0.5
TRANSLATED_SIMILARITY = 0.5
# Two spellings of one word ("Wassily"/"Vassily" 0.86) are this similar, a word and its translation
# rarely ("Franz"/"François" 0.62, "Price"/"Preis" 0.6, "Daily"/"Direct" 0.18).
SPELLING_VARIANT = 0.75
# Lower-case words after a candidate's capitalised part translate part of the name when they raise its
# similarity to the name by this much ("Nation quotidienne" +0.14, "Herald du matin" +0.16).
TAIL_GAIN = 0.1
_STEM = 4

_TOKEN = re.compile(r"[^\W_](?:[\w&]|[-'’.](?=[^\W_]))*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_ELIDED = re.compile(r"([dlDL]|[Qq]u)['’](?=\w)")
_GERMANIC_HEAD_LAST = frozenset({"en", "de", "nl", "sv", "da", "no", "nb"})
# French ministers' portfolios are capitalised ("ministre de l'Économie", "de la Transition
# énergétique"): they are translated, not names.
_PORTFOLIO_TITLES = {"fr": frozenset({"ministre", "ministres", "ministere", "ministeres", "secretaire"})}
# English puts the portfolio before the title ("Emergency Preparedness Minister", "Home Secretary"): the
# capitalised words right before these titles are translated too ("ministre de la Protection civile").
_PORTFOLIO_BEFORE_TITLES = {"en": frozenset({"minister", "ministers", "secretary", "secretaries"})}


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, accents removed, typographic apostrophes made plain: the form names are compared in."""
    # Cached: the same words are folded many times per article (once per name they are compared with).
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _base(lang: str) -> str:
    return lang.lower().replace("_", "-").split("-")[0]


@cache
def _table() -> dict[str, Any]:
    with resources.files("mtqa.data").joinpath("names.toml").open("rb") as handle:
        return tomllib.load(handle)


@cache
def _words(section: str, lang: str) -> frozenset[str]:
    return frozenset(fold(word) for word in _table()[section].get(_base(lang), ()))


@cache
def _calendar_words(lang: str) -> frozenset[str]:
    """Day and month names (wide and abbreviated): capitalised in English, never names."""
    try:
        from babel.dates import get_day_names, get_month_names

        names: set[str] = set()
        for width in ("wide", "abbreviated"):
            names.update(fold(n).rstrip(".") for n in get_month_names(width, locale=_base(lang)).values())
            names.update(fold(n).rstrip(".") for n in get_day_names(width, locale=_base(lang)).values())
        return frozenset(names)
    except Exception:  # unknown locale (Babel raises UnknownLocaleError or ValueError)
        return frozenset()


@cache
def _babel_renderings(source_lang: str, target_lang: str) -> dict[str, frozenset[str]]:
    """Folded source-language country, language and city names -> their target-language forms."""
    renderings: dict[str, set[str]] = {}
    try:
        from babel import Locale

        source, target = Locale.parse(_base(source_lang)), Locale.parse(_base(target_lang))
        for table in ("territories", "languages"):
            source_names, target_names = getattr(source, table), getattr(target, table)
            for code, name in source_names.items():
                if code in target_names:
                    renderings.setdefault(fold(name), set()).add(target_names[code])
        from babel.core import get_global

        # A locale lists a city only where its name differs from the zone id's ("Asia/Hong_Kong"),
        # which CLDR uses otherwise: English lists hardly any ("Hong Kong" -> "Hongkong").
        for zone in get_global("zone_territories"):
            default = zone.rsplit("/", 1)[-1].replace("_", " ")
            city = source.time_zones.get(zone, {}).get("city") or default
            target_city = target.time_zones.get(zone, {}).get("city") or default
            renderings.setdefault(fold(city), set()).add(target_city)
    except Exception:  # unknown locale: no Babel renderings
        return {}
    return {name: frozenset(forms) for name, forms in renderings.items()}


@cache
def _territory_names(lang: str) -> frozenset[str]:
    """Folded country and territory names of a language (Babel)."""
    try:
        from babel import Locale

        return frozenset(fold(name) for name in Locale.parse(_base(lang)).territories.values())
    except Exception:  # unknown locale
        return frozenset()


@cache
def _exonyms(source_lang: str, target_lang: str) -> dict[str, frozenset[str]]:
    exonyms: dict[str, set[str]] = {}
    for group in _table()["exonym"]:
        targets = group.get(_base(target_lang), [])
        for name in group.get(_base(source_lang), []):
            exonyms.setdefault(fold(name), set()).update(targets)
    return {name: frozenset(forms) for name, forms in exonyms.items()}


@cache
def _demonym_table(source_lang: str, target_lang: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(folded source forms, folded target forms) of nationality and place adjectives: the
    ``[[demonym]]`` groups of ``names.toml``, Babel's language names ("Indonesian" -> "indonésien") and
    its country names, which the adjectives are formed on ("Indonesia" -> "Indonésie")."""
    table: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for group in _table()["demonym"]:
        source, target = group.get(_base(source_lang), []), group.get(_base(target_lang), [])
        if source and target:
            table.append((tuple(fold(w) for w in source), tuple(fold(w) for w in target)))
    try:
        from babel import Locale

        source_locale, target_locale = Locale.parse(_base(source_lang)), Locale.parse(_base(target_lang))
        for data in ("languages", "territories"):
            source_names, target_names = getattr(source_locale, data), getattr(target_locale, data)
            for code, name in source_names.items():
                if code in target_names and " " not in name and " " not in target_names[code]:
                    table.append(((fold(name),), (fold(target_names[code]),)))
    except Exception:  # unknown locale: the data list only
        pass
    return tuple(table)


def _adjective_of(word: str, form: str) -> bool:
    """True when the folded ``word`` is ``form`` or an adjective formed on it: "indonesienne" on
    "indonesie" or "indonesien", "deutsches" on "deutsch", "japanese" on "japan". The word keeps all of
    the form but its last three letters (at least four letters: "navy" is not formed on "navajo") and
    adds at most five."""
    if not word[:1].isalpha() or len(word) > len(form) + 5:
        return False
    shared = next((i for i, (a, b) in enumerate(zip(word, form, strict=False)) if a != b), min(len(word), len(form)))
    return shared >= max(4, len(form) - 3)


@cache
def _demonym_forms(adjective: str, source_lang: str, target_lang: str) -> tuple[str, ...]:
    """The folded target forms a source adjective may take, empty when it is no nationality adjective."""
    word = fold(adjective)
    forms: set[str] = set()
    for source, target in _demonym_table(source_lang, target_lang):
        if any(word == form or _adjective_of(word, form) for form in source):
            forms.update(target)
    return tuple(sorted(forms))


@dataclass(frozen=True)
class Token:
    text: str
    span: Span  # absolute

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].istitle()


@dataclass(frozen=True)
class Name:
    tokens: tuple[Token, ...]
    connectors: frozenset[str]

    @property
    def span(self) -> Span:
        return Span(self.tokens[0].span.start, self.tokens[-1].span.end)

    @property
    def content(self) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if fold(t.text) not in self.connectors)

    @property
    def capitalised(self) -> int:
        return sum(t.capitalised for t in self.tokens)

    @property
    def is_acronym(self) -> bool:
        return len(self.tokens) == 1 and self.tokens[0].text.replace(".", "").isupper()


def tokens_of(text: str, offset: int) -> list[Token]:
    """Words with their absolute spans; elided articles split off ("d'Argent" -> "d", "Argent")."""
    return list(_tokens(text, offset))


@lru_cache(maxsize=4096)
def _tokens(text: str, offset: int) -> tuple[Token, ...]:
    # Cached: every name of a sentence bead tokenises the same sentences again.
    tokens = []
    for match in _TOKEN.finditer(text):
        word, start = match.group(), offset + match.start()
        possessive = _POSSESSIVE.search(word)
        if possessive:
            word = word[: possessive.start()]
        elided = _ELIDED.match(word)
        if elided:
            tokens.append(Token(elided.group(1), Span(start, start + len(elided.group(1)))))
            start += elided.end()
            word = word[elided.end() :]
        if word:
            tokens.append(Token(word, Span(start, start + len(word))))
    return tuple(tokens)


@dataclass
class _DocumentWords:
    lowercase: set[str] = field(default_factory=set)
    capitalised_inside: Counter[str] = field(default_factory=Counter)


def _document_words(document: Document) -> _DocumentWords:
    words = _DocumentWords()
    for sentence in document.sentences:
        for position, token in enumerate(tokens_of(sentence.text, 0)):
            if not token.capitalised:
                words.lowercase.add(fold(token.text))
            elif position > 0:
                words.capitalised_inside[fold(token.text)] += 1
    return words


def _is_headline(sentence: Sentence) -> bool:
    """A title-case line without final punctuation ("Central Bank Cuts Rates Again")."""
    if sentence.text.rstrip("\"'»”’) ").endswith((".", "!", "?", "…")):
        return False
    words = [t for t in tokens_of(sentence.text, 0) if len(t.text) > 3]
    return bool(words) and len(words) < 15 and sum(t.capitalised for t in words) / len(words) >= 0.7


def extract_names(sentence: Sentence, lang: str, words: _DocumentWords) -> list[Name]:
    """Candidate proper names of one source sentence, by capitalisation."""
    if _is_headline(sentence):
        return []
    tokens = tokens_of(sentence.text, sentence.span.start)
    connectors = _words("connectors", lang)
    breaks = _words("titles", lang) | _calendar_words(lang)
    portfolio_titles = _PORTFOLIO_TITLES.get(_base(lang), frozenset())
    titles_after_portfolio = _PORTFOLIO_BEFORE_TITLES.get(_base(lang), frozenset())
    runs: list[list[Token]] = []
    current: list[Token] = []
    portfolio, last_portfolio = False, -9  # after "ministre de la", a capitalised word is a portfolio
    for index, token in enumerate(tokens):
        folded = fold(token.text)
        joined = bool(current) and _only_space(sentence, current[-1], token)
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if folded in portfolio_titles or (folded == "et" and index - last_portfolio <= 3):
            portfolio, last_portfolio = True, index  # "de la Transition énergétique et des Énergies"
        elif portfolio and token.capitalised:
            runs.append(current)
            current = []
            portfolio, last_portfolio = False, index
            continue
        elif index - last_portfolio > 4:
            portfolio = False  # "ministre français de l'Économie", but not far beyond
        if token.capitalised and folded not in breaks and not _adjectival(token):
            if not joined or _genitive(current[-1], lang, words):
                runs.append(current)
                current = []
            current.append(token)
        elif (
            folded in connectors
            and joined
            and following is not None
            and following.capitalised
            and _only_space(sentence, token, following)
        ):
            current.append(token)
        elif folded in titles_after_portfolio and joined:
            current = []  # the portfolio before "Minister" is dropped, not a name
        else:
            runs.append(current)
            current = []
    runs.append(current)
    first = tokens[0] if tokens else None
    names = [_clean(run, first, lang, words, connectors) for run in runs if run]
    return [name for name in names if name is not None]


def _adjectival(token: Token) -> bool:
    """A hyphenated word whose last part is lower-case is an adjective built on a name
    ("Trump-freundlichen", "Melbourne-based", "Kamal Nath-led"), not a word of the name."""
    head, _, tail = token.text.rpartition("-")
    return bool(head) and tail[:1].islower() and len(tail) > 1


def _genitive(token: Token, lang: str, words: _DocumentWords) -> bool:
    """A German genitive that precedes its noun ("Trumps Wunschkandidatin", "Chinas Handelspraktiken"):
    the word less its -s is a name the article uses, or a place with an established rendering."""
    if _base(lang) != "de" or not token.text.endswith("s") or len(token.text) < 4:
        return False
    stem = token.text[:-1]
    return words.capitalised_inside[fold(stem)] > 0 or bool(_babel_renderings(lang, "en").get(fold(stem)))


def _descriptor(token: Token, lang: str) -> bool:
    """A German common noun naming what the following name is ("Finanzminister Scholz", "Nordseeinsel
    Juist", "Finanzaufsicht Bafin"): it is or ends with a title or a descriptive head word."""
    if _base(lang) != "de":
        return False
    word = fold(token.text.rpartition("-")[2])
    forms = {word} | {word[: -len(end)] for end in ("s", "es", "e", "n", "en") if word.endswith(end)}
    suffixes = _words("titles", lang) | (_words("heads", lang) - _words("heads_not_in_compounds", lang))
    return any(
        form in suffixes or any(form.endswith(s) and len(s) >= 4 and len(form) - len(s) >= 3 for s in suffixes)
        for form in forms
    )


def _only_space(sentence: Sentence, left: Token, right: Token) -> bool:
    start = left.span.end - sentence.span.start
    end = right.span.start - sentence.span.start
    gap = sentence.text[start:end]
    return (gap.isspace() and "\n" not in gap) or (gap in {"'", "’"} and fold(left.text) in {"d", "l", "qu"})


def _clean(
    run: list[Token], first: Token | None, lang: str, words: _DocumentWords, connectors: frozenset[str]
) -> Name | None:
    stopwords = _words("stopwords", lang)
    established = _established_names(lang)
    # A capitalised article inside a sentence belongs to a title ("according to The Lancet").
    while (
        run
        # a place whose name opens with a stopword keeps it ("New South Wales", "New Zealand")
        and not any(
            fold(" ".join(t.text for t in run[:size])) in established for size in range(2, min(len(run), 5) + 1)
        )
        and (fold(run[0].text) in stopwords or fold(run[0].text) in connectors)
        and not (run[0] is not first and run[0].capitalised and len(run) > 1 and fold(run[0].text) in connectors)
    ):
        run = run[1:]
    trailing = connectors | _words("trailing", lang)
    while run and fold(run[-1].text) in trailing:
        run = run[:-1]
    descriptors = [i for i, token in enumerate(run[:-1]) if _descriptor(token, lang)]
    if descriptors:
        run = run[descriptors[-1] + 1 :]  # German apposition: the descriptor is translated, the name follows
    if run and first is not None and run[0] is first:
        # Capitalised by position only, unless the article also writes it capitalised mid-sentence,
        # or a capitalised word follows it directly ("Financial Times", but not "Shares of Nordic").
        opener = fold(run[0].text)
        if words.capitalised_inside[opener] == 0 and (
            len(run) == 1 or opener in words.lowercase or fold(run[1].text) in connectors
        ):
            run = run[1:]
        while run and fold(run[0].text) in connectors:
            run = run[1:]
    if not run or (len(run) == 1 and _base(lang) == "de"):
        return None
    return Name(tuple(run), connectors)


def is_descriptive(name: Name, lang: str) -> bool:
    """True when the name's head is a word that is normally translated ("Ministry", "Universität")."""
    heads = _words("heads", lang)
    if _base(lang) in _GERMANIC_HEAD_LAST:
        heads |= _words("heads", "en")  # English names in German news ("US-India Business Council")
    content = [fold(t.text) for t in name.tokens]
    while content and content[0] in name.connectors:
        content = content[1:]  # a leading article ("Le Festival d'Avignon", "The Hague")
    for index, word in enumerate(content):
        if word in name.connectors and index > 0:
            content = content[:index]
            break
    if not content:
        return False
    if len(content) >= 2 and len(content) == len(name.content) and content[-1] in _territory_names(lang):
        # An agency named by its field and its country ("Statistics Canada", "Environment and Climate
        # Change Canada"): its field is translated ("Statistique Canada").
        return True
    head = content[-1] if _base(lang) in _GERMANIC_HEAD_LAST else content[0]
    if _public_institution(name, head, lang):
        return True
    parts = [p for part in head.split("-") for p in (part, part.removesuffix("s"), part.removesuffix("ies") + "y")]
    return any(part in heads for part in parts) or any(
        head.endswith(h) for h in heads if _base(lang) == "de" and len(h) >= 3
    )


def _public_institution(name: Name, head: str, lang: str) -> bool:
    """A bank (``public_heads``) named by places and public words only: a central or development bank
    ("Bank of Korea", "African Development Bank"), whose name is translated; a company's is not
    ("Shinhan Bank")."""
    if head not in _words("public_heads", lang) or _has_exonym(" ".join(t.text for t in name.tokens), lang):
        return False  # a company's established name ("Bank of America") is kept
    others = [fold(t.text) for t in name.content if fold(t.text) != head]
    public = _words("public_words", lang)
    return bool(others) and all(word in public or _place_word(word, lang) for word in others)


def _has_exonym(name: str, lang: str) -> bool:
    return fold(name) in _established_names(lang)


@lru_cache(maxsize=4096)
def _place_word(word: str, lang: str) -> bool:
    """A folded word that is a one-word country, region or city name of the language, or an adjective
    formed on one ("african" on "africa")."""
    places = _place_names(lang)
    return word in places or any(_adjective_of(word, place) for place in places if place[:2] == word[:2])


@cache
def _place_names(lang: str) -> frozenset[str]:
    """Folded one-word place names of a language: Babel's countries and territories, the exonym groups."""
    names = set(_territory_names(lang))
    for group in _table()["exonym"]:
        names.update(fold(name) for name in group.get(_base(lang), []))
    return frozenset(name for name in names if " " not in name)


@cache
def _established_names(lang: str) -> frozenset[str]:
    """Folded several-word names with established renderings (exonym groups, Babel's countries)."""
    names = set(_territory_names(lang))
    for group in _table()["exonym"]:
        names.update(fold(name) for name in group.get(_base(lang), []))
    return frozenset(name for name in names if " " in name)


def accepted_renderings(
    name: str, source_lang: str, target_lang: str, configured: dict[str, tuple[str, ...]]
) -> set[str]:
    """Every accepted target form of a source name, the name itself included."""
    key = fold(name)
    forms = {name}
    keys = [key]
    if _base(source_lang) == "de":
        # Genitive ending ("des Weißen Hauses", "Chinas"): the established rendering is the base form's.
        keys += [key[: -len(end)] for end in ("es", "s") if key.endswith(end) and len(key) > len(end) + 2]
    for variant in keys:
        forms.update(_exonyms(source_lang, target_lang).get(variant, ()))
        forms.update(_babel_renderings(source_lang, target_lang).get(variant, ()))
    if _base(source_lang) == "de" and " " in key:
        # Inflected adjectives and nouns of a several-word name ("den Vereinigten Arabischen Emiraten").
        forms.update(_uninflected_renderings(source_lang, target_lang).get(_uninflected(key), ()))
    for configured_name, targets in configured.items():
        if fold(configured_name) == key:
            forms.update(targets)
    forms.update(_metro_renderings(name, source_lang, target_lang, configured))
    return forms


def _metro_renderings(
    name: str, source_lang: str, target_lang: str, configured: dict[str, tuple[str, ...]]
) -> set[str]:
    """A metropolitan area ("Greater London", "Metro Vancouver"): a target prefix and the place's
    renderings ("Grand Londres", "Grande Vancouver", "Großraum London")."""
    prefix, _, place = name.partition(" ")
    if not place or fold(prefix) not in _words("metro_prefixes", source_lang):
        return set()
    places = accepted_renderings(place, source_lang, target_lang, configured)
    return {f"{head} {form}" for head in _table()["metro_prefixes"].get(_base(target_lang), ()) for form in places}


_GERMAN_ENDINGS = ("en", "em", "er", "es", "e", "n", "s")


def _uninflected(folded: str) -> str:
    """Each word less a German case or adjective ending: "vereinigten arabischen emiraten" and
    "vereinigte arabische emirate" are both "vereinigt arabisch emirat"."""
    words = []
    for word in folded.split(" "):
        end = next((e for e in _GERMAN_ENDINGS if word.endswith(e) and len(word) > len(e) + 3), "")
        words.append(word[: len(word) - len(end)])
    return " ".join(words)


@cache
def _uninflected_renderings(source_lang: str, target_lang: str) -> dict[str, frozenset[str]]:
    """The several-word names of the exonym groups and of Babel, by their uninflected form."""
    renderings: dict[str, set[str]] = {}
    for table in (_exonyms(source_lang, target_lang), _babel_renderings(source_lang, target_lang)):
        for name, forms in table.items():
            if " " in name:
                renderings.setdefault(_uninflected(name), set()).update(forms)
    return {name: frozenset(forms) for name, forms in renderings.items()}


def _occurrences(folded_text: str, form: str) -> list[Span]:
    return list(_cached_occurrences(folded_text, form))


@lru_cache(maxsize=1 << 15)
def _cached_occurrences(folded_text: str, form: str) -> tuple[Span, ...]:
    # Cached: each name of a bead looks for the renderings of all the bead's other names again.
    folded = fold(form).strip()
    if not folded or folded not in folded_text:
        return ()
    return tuple(Span(m.start(), m.end()) for m in _form_pattern(folded).finditer(folded_text))


@lru_cache(maxsize=1 << 14)
def _form_pattern(folded: str) -> re.Pattern[str]:
    # Short forms must end at a word boundary ("US" is not "USA"); longer ones may take an inflection
    # ending ("Wall Street Journals", "Bundestages") but not more ("Lancet" is not "Lancette").
    tail = r"(?!\w)" if len(folded) <= 3 else r"(?:'?s|es|e|n|en|er|ns)?(?!\w)"
    return re.compile(r"(?<!\w)" + re.escape(folded) + tail)


def _shares_stem(left: str, right: str) -> bool:
    a, b = fold(left), fold(right)
    if a == b:
        return True
    return len(a) >= _STEM and len(b) >= _STEM and a[:_STEM] == b[:_STEM]


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


@dataclass(frozen=True)
class DroppedName:
    name: Name
    where: Span  # the target sentences where the name should be


@dataclass
class NameAnalysis:
    literal: list[LiteralRendering] = field(default_factory=list)
    missing: list[DroppedName] = field(default_factory=list)


@dataclass
class _Pending:
    name: Name
    candidates: list[Candidate]
    source_tokens: tuple[str, ...]
    dropped: bool  # reported as missing when no literal rendering is found
    where: Span


_memo: list[tuple[CheckContext, NameAnalysis]] = []


def analyse_names(context: CheckContext) -> NameAnalysis:
    """Literal renderings and missing names of the article (memoised for the last context seen)."""
    for seen, analysis in _memo:
        if seen is context:
            return analysis
    analysis = _analyse(context)
    _memo[:] = [(context, analysis)]
    return analysis


def _analyse(context: CheckContext) -> NameAnalysis:
    source_lang, target_lang = context.source_lang, context.target_lang
    words = _document_words(context.source)
    configured = {k: tuple(v) for k, v in context.config.names.items()}
    pending: list[_Pending] = []
    missing: list[DroppedName] = []
    ratio = article_length_ratio(context)
    for pair in _with_orphans(context):
        by_sentence = [(s, extract_names(s, source_lang, words)) for s in pair.source]
        names = [n for _, found in by_sentence for n in found]
        if not names:
            continue
        shared = {id(n) for s, found in by_sentence for n in _coordinated_descriptive(s, found, source_lang)}
        paragraph_text = fold("\n".join(context.target.paragraphs[i].text for i in pair.paragraph_bead.target))
        for name in names:
            if id(name) in shared or _rendered(context, name, paragraph_text, configured):
                continue
            dropped = (
                _missing_eligible(name, pair, source_lang, words)
                and not _partly_present(context, name, paragraph_text)
                and not is_cut_short(pair, ratio)
            )
            candidates = (
                _candidates(
                    pair, name, _explained_spans(pair, name, names, source_lang, target_lang, configured), target_lang
                )
                if _literal_eligible(name, source_lang, target_lang)
                else []
            )
            if candidates:
                source_tokens = tuple(fold(t.text) for s in pair.source for t in tokens_of(s.text, 0))
                pending.append(_Pending(name, candidates, source_tokens, dropped, _target_span(pair)))
            elif dropped:
                missing.append(DroppedName(name, _target_span(pair)))
    literal = _decide(context, pending)
    reported = {id(result.name) for result in literal}
    missing.extend(
        DroppedName(item.name, item.where) for item in pending if item.dropped and id(item.name) not in reported
    )
    missing = _not_translated(context, missing, word_by_word=_base(source_lang) == "de")
    missing.sort(key=lambda dropped: dropped.name.span)
    return NameAnalysis(literal, missing)


# The conjunction that joins two parts of one name ("Disaster Risk Reduction and Management Council").
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "nl": "en"}


def _coordinated_descriptive(sentence: Sentence, names: list[Name], lang: str) -> list[Name]:
    """Names of a sentence that are part of a descriptive name split at a conjunction, translated with
    it: the complement after a head's connector ("Ministry of Marine and Blue Economy") or, where the
    head comes last, the words before a head ("National Disaster Risk Reduction and Management
    Council")."""
    conjunction = _AND.get(_base(lang))
    found: list[Name] = []
    for left, right in itertools.pairwise(names):
        gap = sentence.text[left.span.end - sentence.span.start : right.span.start - sentence.span.start]
        if conjunction is None or gap.split() != [conjunction] or "\n" in gap:
            continue
        if is_descriptive(left, lang) and any(fold(t.text) in left.connectors for t in left.tokens[1:]):
            found.append(right)
        elif _base(lang) in _GERMANIC_HEAD_LAST and is_descriptive(right, lang):
            found.append(left)
    return found


def _not_translated(context: CheckContext, missing: list[DroppedName], *, word_by_word: bool) -> list[DroppedName]:
    """The dropped names that no n-gram of their target sentences renders by meaning (needs an encoder):
    "Scharfe Regeln" rendered "règles strictes" or "Capitol Hill" rendered "Kapitol" is translated, not
    dropped. With ``word_by_word`` (German sources) a name whose every word is rendered is translated too."""
    if context.encoder is None or not missing:
        return missing
    grams: list[list[str]] = []
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
    names = [_name_text(context, item.name) for item in missing]
    words = [[t.text for t in item.name.content] if word_by_word else [] for item in missing]
    texts = list(dict.fromkeys([*names, *(w for ws in words for w in ws), *(g for group in grams for g in group)]))
    vectors = context.encoder.encode(texts)
    row = {text: vectors[i] for i, text in enumerate(texts)}

    def rendered(text: str, group: list[str]) -> bool:
        return any(float(row[text] @ row[g]) >= TRANSLATED_SIMILARITY for g in group)

    return [
        item
        for item, name, name_words, group in zip(missing, names, words, grams, strict=True)
        if not rendered(name, group) and not (name_words and all(rendered(w, group) for w in name_words))
    ]


def _with_orphans(context: CheckContext) -> Iterable[SentencePair]:
    """Matched sentence pairs, each with the unmatched target sentences that follow it in its paragraph
    bead: a wrong full stop often leaves the end of a translation in a 0-1 bead ("... de Pékin. Chine
    Direct mardi."), and the name to check is there."""
    pairs = list(context.sentence_pairs())
    for position, pair in enumerate(pairs):
        if not pair.source or not pair.target:
            continue
        orphans: list[Sentence] = []
        for following in pairs[position + 1 :]:
            if following.paragraph_bead is not pair.paragraph_bead or following.source:
                break
            orphans.extend(following.target)
        yield replace(pair, target=pair.target + tuple(orphans)) if orphans else pair


def _target_span(pair: SentencePair) -> Span:
    return Span(pair.target[0].span.start, pair.target[-1].span.end)


def _name_text(context: CheckContext, name: Name) -> str:
    return context.source.excerpt(name.span)


def _literal_eligible(name: Name, lang: str, target_lang: str) -> bool:
    titled = name.tokens[0].capitalised and fold(name.tokens[0].text) in name.connectors
    if _base(lang) == "de" and any(
        fold(form) != fold(t.text) for t in name.content for form in accepted_renderings(t.text, lang, target_lang, {})
    ):
        # German capitalises nouns, so "Stadt München" or "Freistaat Bayern" look like names; a run
        # holding a place with an established rendering is a noun phrase to translate.
        return False
    return (len(name.content) >= 2 or titled) and not is_descriptive(name, lang)


def _rendered(context: CheckContext, name: Name, folded_target: str, configured: dict[str, tuple[str, ...]]) -> bool:
    """The name, an accepted rendering of it, or each of its words (verbatim or an accepted rendering:
    "Inter Milan" = "Inter Mailand") is in the target text."""
    source_lang, target_lang = context.source_lang, context.target_lang
    texts = {_name_text(context, name), " ".join(t.text for t in name.content)}
    for text in texts:
        forms = accepted_renderings(text, source_lang, target_lang, configured)
        if any(_occurrences(folded_target, form) for form in forms):
            return True
    if _sub_run_kept(context, name, folded_target) or _with_demonym(context, name, folded_target, configured):
        return True
    # Word by word: every word or its rendering, in order, within a stretch about as long as the name.
    places = [
        [
            span
            for form in accepted_renderings(t.text, source_lang, target_lang, configured)
            for span in _occurrences(folded_target, form)
        ]
        for t in name.content
    ]
    if not all(places):
        return False
    limit = len(_name_text(context, name)) + 5
    return any(
        all(a.end <= b.start for a, b in itertools.pairwise(choice)) and choice[-1].end - choice[0].start <= limit
        for choice in _choices(places)
    )


def _with_demonym(
    context: CheckContext, name: Name, folded_target: str, configured: dict[str, tuple[str, ...]]
) -> bool:
    """True for a nationality or place adjective and a name with an established rendering ("Indonesian
    Red Cross", "Japanese Foreign Ministry") rendered as that rendering with the adjective translated
    and moved before, after or into it: "Croix-Rouge indonésienne", "ministère japonais des Affaires
    étrangères", "Deutsches Rotes Kreuz"."""
    source_lang = context.source_lang
    content = name.content
    if len(content) < 2:
        return False
    for adjective, rest in ((content[0], content[1:]), (content[-1], content[:-1])):
        # The target language's forms, or the organisation's own name in the adjective's language.
        for target_lang in (context.target_lang, *_own_languages(adjective.text, source_lang)):
            if _demonym_in(folded_target, adjective.text, rest, context, target_lang, configured):
                return True
    return False


@cache
def _own_languages(adjective: str, source_lang: str) -> tuple[str, ...]:
    """The languages an adjective names ("German" -> "de"): an organisation may keep its own name."""
    try:
        from babel import Locale

        names = Locale.parse(_base(source_lang)).languages
    except Exception:  # unknown locale
        return ()
    word = fold(adjective)
    return tuple(code for code, name in names.items() if "_" not in code and _adjective_of(word, fold(name)))


def _demonym_in(
    folded_target: str,
    adjective: str,
    rest: tuple[Token, ...],
    context: CheckContext,
    target_lang: str,
    configured: dict[str, tuple[str, ...]],
) -> bool:
    """True when ``folded_target`` has a ``target_lang`` form of ``adjective`` with an accepted rendering
    of the rest of the name covering or touching its place once the adjective is taken out."""
    source_lang = context.source_lang
    forms = _demonym_forms(adjective, source_lang, target_lang)
    if not forms:
        return False
    rest_text = context.source.text[rest[0].span.start : rest[-1].span.end]
    renderings = {
        fold(form).strip()
        for text in {rest_text, " ".join(t.text for t in rest)}
        for form in accepted_renderings(text, source_lang, target_lang, configured)
    } - {""}
    for word in _WORD.finditer(folded_target):
        if not any(_adjective_of(word.group(), form) for form in forms):
            continue
        start, end = word.span()
        if end < len(folded_target) and folded_target[end] == " ":
            end += 1
        elif start and folded_target[start - 1] == " ":
            start -= 1
        reduced = folded_target[:start] + folded_target[end:]
        if any(span.start - 1 <= start <= span.end + 1 for form in renderings for span in _occurrences(reduced, form)):
            return True
    return False


_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _sub_run_kept(context: CheckContext, name: Name, folded_target: str) -> bool:
    """True when the name ends with two or more capitalised words kept verbatim in the target: the
    words before them are a title or descriptor glued to the name by capitalisation ("House Speaker
    Nancy Pelosi", "US-Finanzminister Steven Mnuchin"), which the translator may translate."""
    tokens = name.tokens
    for start in range(1, len(tokens) - 1):
        part = tokens[start:]
        if sum(t.capitalised for t in part) < 2 or not part[0].capitalised:
            continue
        if _occurrences(folded_target, context.source.text[part[0].span.start : part[-1].span.end]):
            return True
    return False


def _choices(places: list[list[Span]]) -> Iterable[tuple[Span, ...]]:
    """Every way of picking one occurrence per word (capped: names are short, texts are not)."""
    capped = [spans[:8] for spans in places[:6]]
    return itertools.islice(itertools.product(*capped), 4096)


def _missing_eligible(name: Name, pair: SentencePair, lang: str, words: _DocumentWords) -> bool:
    if pair.bead.kind != "1-1" or (pair.bead.similarity or 0.0) < MISSING_MIN_SIMILARITY:
        return False
    if is_descriptive(name, lang) or name.is_acronym:
        return False
    if len(name.content) >= 2:
        return True
    word = fold(name.tokens[0].text)
    skip = _words("heads", lang) | _words("titles", lang) | _words("stopwords", lang)
    return words.capitalised_inside[word] >= 2 and word not in skip and word not in words.lowercase


def _partly_present(context: CheckContext, name: Name, folded_target: str) -> bool:
    """True when a word of the name, by stem or by an accepted rendering, is in the target text."""
    target_words = [fold(t.text) for t in tokens_of(folded_target, 0)]
    for token in name.content:
        word = fold(token.text)
        if len(word) >= 3 and any(_shares_stem(word, other) for other in target_words):
            return True
        forms = accepted_renderings(token.text, context.source_lang, context.target_lang, {})
        if any(_occurrences(folded_target, form) for form in forms if fold(form) != word):
            return True
    return False


def _explained_spans(
    pair: SentencePair,
    name: Name,
    names: list[Name],
    source_lang: str,
    target_lang: str,
    configured: dict[str, tuple[str, ...]],
) -> list[Span]:
    """Target spans (absolute) accounted for by the renderings of the bead's other names, or by
    source words outside ``name`` (a word of the name itself may be part of its literal rendering)."""
    own = {fold(t.text) for t in name.tokens}
    starts = {tok.span.start for tok in name.tokens}
    outside = Counter(
        fold(t.text) for s in pair.source for t in _tokens(s.text, 0) if t.span.start + s.span.start not in starts
    )
    source_words = set(outside) - own
    forms: set[str] = set()
    for other in names:
        if other is name or {fold(t.text) for t in other.tokens} <= own:
            continue
        forms.update(accepted_renderings(" ".join(t.text for t in other.tokens), source_lang, target_lang, configured))
        for token in other.content:
            if fold(token.text) not in own:
                forms.update(accepted_renderings(token.text, source_lang, target_lang, configured))
    for sentence in pair.source:
        for token in tokens_of(sentence.text, sentence.span.start):
            # Single capitalised words too ("München" -> "Munich"): names or not, their renderings
            # account for target words.
            if token.capitalised and fold(token.text) not in own:
                forms.update(accepted_renderings(token.text, source_lang, target_lang, configured))
    spans: list[Span] = []
    target_tokens: list[Token] = []
    for sentence in pair.target:
        folded = fold(sentence.text)
        for form in forms:
            spans.extend(span.shift(sentence.span.start) for span in _occurrences(folded, form))
        target_tokens.extend(tokens_of(sentence.text, sentence.span.start))
    rendered = list(spans)
    spans.extend(t.span for t in target_tokens if fold(t.text) in source_words)
    # A word of the name that the source also uses elsewhere explains its target occurrences, unless
    # the other names' renderings already account for every other use: "Air" of "Air Canada" (rendered
    # "Air Canada") does not explain the "Air" of "Air Sommet" (for "Summit Air").
    # When the word occurs as often in the target as in the source, the occurrences pair up in order
    # and the one of the name's rank is the name's own ("TOKYO — ... RoboNext Tokyo ... Tokyo Big
    # Sight" -> "TOKYO — ... RoboNext Tokyo ... Grande Vue de Tokyo"): it explains nothing.
    source_tokens = [
        (fold(t.text), t.span.start + s.span.start in starts) for s in pair.source for t in _tokens(s.text, 0)
    ]
    for word in own & set(outside):
        occurrences = [t for t in target_tokens if fold(t.text) == word]
        free = [t for t in occurrences if not any(r.start <= t.span.start and t.span.end <= r.end for r in rendered)]
        if outside[word] > len(occurrences) - len(free):
            in_name = [inside for folded, inside in source_tokens if folded == word]
            if len(in_name) == len(occurrences):
                free = [t for t, inside in zip(occurrences, in_name, strict=True) if t in free and not inside]
            spans.extend(t.span for t in free)
    return spans


def _candidates(pair: SentencePair, name: Name, explained: list[Span], lang: str) -> list[Candidate]:
    """Capitalised target n-grams that might render ``name`` word by word."""
    stopwords = _words("stopwords", lang)
    connectors = _words("connectors", lang)
    limit = 2 * len(name.content) + 1
    found: list[Candidate] = []
    for sentence in pair.target:
        tokens = tokens_of(sentence.text, sentence.span.start)
        for start, first in enumerate(tokens):
            if not first.capitalised or (
                fold(first.text) in stopwords and (start == 0 or fold(first.text) not in connectors)
            ):
                continue
            for end in range(start + 1, min(len(tokens), start + limit) + 1):
                piece = tokens[start:end]
                if end - 1 > start and not _only_space(sentence, piece[-2], piece[-1]):
                    break
                candidate = _candidate(sentence, piece, name, connectors, stopwords, _base(lang))
                if candidate is not None and not _explained(candidate, explained):
                    found.append(candidate)
    return found


def _candidate(
    sentence: Sentence,
    piece: list[Token],
    name: Name,
    connectors: frozenset[str],
    stopwords: frozenset[str],
    lang: str,
) -> Candidate | None:
    """A target n-gram shaped like a name: capitalised words joined by connectors ("Tribune du Lac
    d'Argent"), or in sentence case, a capitalised word and then lower-case words ("Presse atlantique",
    "Registre du matin", "Temps financiers"), with no more words than the name. A lower-case word that is
    no connector ends the capitalised part: "Feux de forêt en Colombie-Britannique" is a phrase."""
    last = piece[-1]
    capitalised = sum(t.capitalised for t in piece)
    if capitalised > name.capitalised:
        return None
    lower = [i for i, t in enumerate(piece) if not t.capitalised and fold(t.text) not in connectors]
    if lower and any(t.capitalised for t in piece[lower[0] :]):
        return None
    if lower and (fold(piece[0].text) in stopwords or fold(piece[0].text) in connectors):
        return None  # "Des pertes financières" is a noun phrase, not a name
    if any(fold(piece[i].text) in stopwords for i in lower):
        return None
    if not last.capitalised:
        if fold(last.text) in connectors or capitalised >= name.capitalised or lang in _GERMANIC_HEAD_LAST:
            return None  # German and English names end with a capitalised noun
        if len(piece) - sum(fold(t.text) in connectors for t in piece) > len(name.content):
            return None
    start = piece[0].span.start - sentence.span.start
    end = last.span.end - sentence.span.start
    return Candidate(tuple(piece), sentence.text[start:end])


def _explained(candidate: Candidate, explained: list[Span]) -> bool:
    """True when the candidate starts or ends with a word accounted for by the source (it then
    belongs to another name or to the sentence), or all its capitalised words are."""

    def known(token: Token) -> bool:
        return any(other.start <= token.span.start and token.span.end <= other.end for other in explained)

    edges = [t for t in (candidate.tokens[0], candidate.tokens[-1]) if t.capitalised]
    return any(known(t) for t in edges) or all(known(t) for t in candidate.tokens if t.capitalised)


def _is_reordering_or_new(candidate: Candidate, name: Name, source_tokens: tuple[str, ...]) -> bool:
    """False when the candidate's words are a contiguous, same-order part of the source text."""
    words = [fold(t.text) for t in candidate.tokens if t.capitalised]
    size = len(words)
    return not any(list(source_tokens[i : i + size]) == words for i in range(len(source_tokens) - size + 1))


def _decide(context: CheckContext, pending: list[_Pending]) -> list[LiteralRendering]:
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
            or _translated_tail(c, _name_text(context, item.name), similarities)
        ]
    connectors = _words("connectors", context.target_lang)
    results: list[LiteralRendering] = []
    taken: list[Span] = []
    for item in pending:
        name_text = _name_text(context, item.name)
        best: tuple[tuple[int, float, int, int], Candidate, float | None] | None = None
        for candidate in item.candidates:
            stem = any(_shares_stem(t.text, n.text) for t in candidate.tokens for n in item.name.content)
            similarity = similarities.get((name_text, candidate.text)) if similarities else None
            tail = _translated_tail(candidate, name_text, similarities)
            if not _is_literal(candidate, item.name, stem, similarity, connectors, context.source_lang, tail=tail):
                continue
            stems = sum(any(_shares_stem(t.text, n.text) for n in item.name.content) for t in candidate.tokens)
            key = (candidate.capitalised, similarity if similarity is not None else 0.0, stems, -len(candidate.tokens))
            if best is None or key > best[0]:
                best = (key, candidate, similarity)
        if best is not None and not any(best[1].span.overlaps(span) for span in taken):
            taken.append(best[1].span)
            results.append(LiteralRendering(item.name, best[1], best[2]))
    return results


def _translated_tail(candidate: Candidate, name_text: str, similarities: dict[tuple[str, str], float]) -> bool:
    """True when the lower-case words after the candidate's capitalised part bring it much closer to the
    name ("Nation" 0.71, "Nation quotidienne" 0.85 for "Daily Nation"): they translate words of the name.
    A verb or an article after a name brings nothing ("Sud" 0.62, "Sud ont" 0.55)."""
    part = candidate.capitalised_part
    if part is None:
        return False
    whole, head = similarities.get((name_text, candidate.text)), similarities.get((name_text, part))
    return whole is not None and head is not None and whole >= head + TAIL_GAIN


def _is_literal(
    candidate: Candidate,
    name: Name,
    stem: bool,
    similarity: float | None,
    connectors: frozenset[str],
    source_lang: str,
    *,
    tail: bool = False,
) -> bool:
    if _spelling_variant(candidate, name, connectors, source_lang, tail=tail):
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
    candidate: Candidate, name: Name, connectors: frozenset[str], source_lang: str, *, tail: bool = False
) -> bool:
    """True when each word is a name word respelt ("Vassily" for "Wassily"), not translated. The
    lower-case words of a sentence-case candidate that respell a name word count too ("Presse
    atlantique" reorders "Atlantic Press": translated); others are not part of the name ("Cevian avait"),
    unless ``tail`` says they translate some of it ("Nation quotidienne"). A common noun that heads
    company and newspaper names (``kept_heads``: "Electronics", "Herald") is kept as written: a cognate
    ("Électronique") translates it."""
    from difflib import SequenceMatcher

    originals = [fold(t.text) for t in name.content]
    kept = _words("kept_heads", source_lang)

    def similar(word: str, original: str) -> bool:
        if original in kept and word != original:
            return False
        return SequenceMatcher(None, word, original).ratio() >= SPELLING_VARIANT

    def respells(word: str) -> bool:
        return any(similar(word, original) for original in originals)

    words = [
        fold(t.text)
        for t in candidate.tokens
        if t.capitalised or (fold(t.text) not in connectors and (tail or respells(fold(t.text))))
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


def _similarities(context: CheckContext, pending: list[_Pending]) -> dict[tuple[str, str], float]:
    if context.encoder is None:
        return {}
    pairs = [(_name_text(context, item.name), c.text) for item in pending for c in item.candidates]
    pairs += [
        (_name_text(context, item.name), part)
        for item in pending
        for c in item.candidates
        if (part := c.capitalised_part) is not None
    ]
    texts = list(dict.fromkeys(text for pair in pairs for text in pair))
    vectors = context.encoder.encode(texts)
    row = {text: vectors[i] for i, text in enumerate(texts)}
    return {(a, b): float(row[a] @ row[b]) for a, b in pairs}


class LiteralTranslation(Check):
    """A proper name rendered word by word (``China Daily`` -> ``Chine Direct``)."""

    info = CheckInfo(
        id="names.literal_translation",
        category="name",
        severity="major",
        description="A proper name of the source (newspaper, company, person...) is translated word by word.",
    )

    def run(self, context: CheckContext) -> Iterable[Finding]:
        for result in analyse_names(context).literal:
            name = _name_text(context, result.name)
            yield self.finding(
                context,
                f"{name!r} is a proper name; the translation renders it as {result.candidate.text!r}",
                target_span=result.candidate.span,
                source_span=result.name.span,
                suggestion=name,
            )


class MissingName(Check):
    """A person or organisation name of the source is absent from an otherwise aligned translation."""

    info = CheckInfo(
        id="names.missing",
        category="name",
        severity="major",
        description="A proper name of the source sentence does not appear in its translation.",
    )

    def run(self, context: CheckContext) -> Iterable[Finding]:
        for result in analyse_names(context).missing:
            name = _name_text(context, result.name)
            yield self.finding(
                context,
                f"the name {name!r} of the source does not appear in the translation of its sentence",
                source_span=result.name.span,
                target_span=result.where,
                suggestion=name,
            )


CHECKS: tuple[type[Check], ...] = (LiteralTranslation, MissingName)
