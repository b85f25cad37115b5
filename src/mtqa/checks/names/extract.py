"""Names of the source, found by capitalisation (see :mod:`mtqa.checks.names` for the method)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from functools import cache

from mtqa.checks._textutil import REFERENCE_FILLER, decode_references, fold
from mtqa.checks.names.lexicon import (
    babel_renderings,
    calendar_words,
    established_names,
    has_exonym,
    place_word,
    territory_names,
    word_list,
)
from mtqa.lang import Language
from mtqa.lang.lexicon import lexicon
from mtqa.model import Sentence, Span
from mtqa.runcache import article_cached

ENGLISH = Language("en")


# A word: letters and digits ("&" too: "AT&T"), with hyphens, apostrophes and dots inside. Written as
# runs of word characters between inner marks, which re scans faster than one alternation per character
# ("[^\W_](?:[\w&]|[-'’.](?=[^\W_]))*", the same matches).
# Fillers (U+2060) stand after a character decoded from an HTML reference (``decode_references``): inside
# a word, they belong to it ("Caf&eacute;s"), and a token's text leaves them out.
_TOKEN = re.compile(r"[^\W_][\w&\u2060]*(?:[-'’.](?=[^\W_])[\w&\u2060]*)*")


_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)


_ELIDED = re.compile(r"([dlDL]|[Qq]u)['’](?=\w)")


@dataclass(frozen=True, init=False)
class Token:
    text: str
    span: Span  # absolute
    # Worked out once: the names analysis asks for them of the same tokens many times per bead.
    capitalised: bool = field(compare=False, repr=False)
    folded: str = field(compare=False, repr=False)  # fold(text)

    def __init__(self, text: str, span: Span) -> None:
        # Written out rather than generated with a __post_init__: a news article makes thousands of
        # tokens, and the generated pair of methods cost twice as much.
        # Into the instance's dict, as the frozen dataclass's own setter would put them (cheaper than a
        # call of object.__setattr__ per field).
        first = text[:1]
        fields = self.__dict__
        fields["text"] = text
        fields["span"] = span
        fields["capitalised"] = first.isupper() or first.istitle()
        fields["folded"] = fold(text)

    def shifted(self, offset: int) -> Token:
        """The same word ``offset`` characters further on (its folded form is not worked out again)."""
        token = object.__new__(Token)
        fields, mine = token.__dict__, self.__dict__
        span = mine["span"]
        fields["text"] = mine["text"]
        fields["span"] = Span(span.start + offset, span.end + offset)
        fields["capitalised"] = mine["capitalised"]
        fields["folded"] = mine["folded"]
        return token


@dataclass(frozen=True)
class Name:
    tokens: tuple[Token, ...]
    connectors: frozenset[str]
    # The words that are not connectors, and how many words are capitalised: worked out once.
    content: tuple[Token, ...] = field(init=False, compare=False, repr=False)
    capitalised: int = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "content", tuple(t for t in self.tokens if t.folded not in self.connectors))
        object.__setattr__(self, "capitalised", sum(_capitalised_words(t) for t in self.tokens))

    @property
    def span(self) -> Span:
        return Span(self.tokens[0].span.start, self.tokens[-1].span.end)

    @property
    def is_acronym(self) -> bool:
        return len(self.tokens) == 1 and self.tokens[0].text.replace(".", "").isupper()


def _capitalised_words(token: Token) -> int:
    """How many capitalised words a token holds: one, plus one per word glued on with a capital
    ("BlueHarbor", "NorthPeak"), which a translation renders as words of their own ("Puerto Azul")."""
    if not token.capitalised:
        return 0
    text = token.text
    return 1 + sum(1 for a, b in itertools.pairwise(text) if a.islower() and b.isupper())


def tokens_of(text: str, offset: int) -> list[Token]:
    """Words with their absolute spans; elided articles split off ("d'Argent" -> "d", "Argent")."""
    return list(_tokens(text, offset))


@article_cached
def _tokens(text: str, offset: int) -> tuple[Token, ...]:
    # Cached: every name of a sentence bead tokenises the same sentences again. The tokens are made at
    # their offset directly: a translation's sentences are read from the document's start only, and
    # tokens made at 0 to be shifted cost twice as much (a source sentence read both ways, the document's
    # words and its names, is shared by the translations of its source).
    tokens = []
    # Shop exports write "ClearPlate&trade;" and "Caf&eacute;": read as the characters they stand for.
    for match in _TOKEN.finditer(_decoded(text)):
        word, start = match.group(), match.start() + offset
        if REFERENCE_FILLER in word:
            tokens.append(Token(word.replace(REFERENCE_FILLER, ""), Span(start, match.end() + offset)))
            continue
        if "'" not in word and "’" not in word:  # most words: neither possessive nor elided
            tokens.append(Token(word, Span(start, match.end() + offset)))
            continue
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


def _decoded(text: str) -> str:
    return decode_references(text) if "&" in text else text


def token_texts(text: str) -> set[str]:
    """The distinct texts of the tokens of ``text`` (:func:`tokens_of`'s, split the same way), without a
    token, span and folded form made for each: what the word-set look-ups need of a whole paragraph."""
    texts: set[str] = set()
    for word in set(_TOKEN.findall(_decoded(text))):
        if REFERENCE_FILLER in word:
            texts.add(word.replace(REFERENCE_FILLER, ""))
            continue
        if "'" not in word and "’" not in word:
            texts.add(word)
            continue
        possessive = _POSSESSIVE.search(word)
        if possessive:
            word = word[: possessive.start()]
        elided = _ELIDED.match(word)
        if elided:
            texts.add(elided.group(1))
            word = word[elided.end() :]
        if word:
            texts.add(word)
    return texts


@dataclass
class DocumentWords:
    lowercase: set[str] = field(default_factory=set)
    capitalised_inside: Counter[str] = field(default_factory=Counter)


@article_cached
def document_words_of(sentences: tuple[str, ...]) -> DocumentWords:
    """The lower-case words of the sentences, and how often each word is capitalised inside a sentence.
    Cached for the run (the translations of one source share it): read, never changed."""
    found = DocumentWords()
    for sentence in sentences:
        tokens = tokens_of(sentence, 0)
        # the first word after a dateline is capitalised by position too ("LYON (AFP) – Scientists ...")
        openers = _sentence_openers(sentence, 0, tokens)
        for token in tokens:
            if not token.capitalised:
                found.lowercase.add(token.folded)
            elif all(token is not opener for opener in openers):
                found.capitalised_inside[token.folded] += 1
    return found


def is_headline(sentence: Sentence) -> bool:
    """A title-case line without final punctuation ("Central Bank Cuts Rates Again")."""
    if sentence.text.rstrip("\"'»”’) ").endswith((".", "!", "?", "…")):
        return False
    words = [t for t in tokens_of(sentence.text, 0) if len(t.text) > 3]
    return bool(words) and len(words) < 15 and sum(t.capitalised for t in words) / len(words) >= 0.7


def extract_names(sentence: Sentence, language: Language, seen: DocumentWords) -> list[Name]:
    """Candidate proper names of one source sentence, by capitalisation."""
    if is_headline(sentence):
        return []
    tokens = tokens_of(sentence.text, sentence.span.start)
    connectors = word_list("connectors", language)
    breaks = word_list("titles", language) | calendar_words(language)
    portfolio_titles = word_list("portfolio_titles", language)
    titles_after_portfolio = word_list("titles_after_portfolio", language)
    conjunction = language.data.value("names", "and")
    runs: list[list[Token]] = []
    current: list[Token] = []
    portfolio, last_portfolio = False, -9  # after "ministre de la", a capitalised word is a portfolio
    # Where every word of a portfolio is capitalised ("ministro de Desarrollo Económico de Jujuy"), the
    # portfolio runs on over the capitalised words and connectors that follow its first word.
    whole_portfolio = language.data.flag("names", "portfolio_capitalised")
    skipped: Token | None = None  # the last word of such a portfolio
    for index, token in enumerate(tokens):
        folded = token.folded
        joined = bool(current) and only_space(sentence, current[-1], token)
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if skipped is not None and _continues_portfolio(sentence, skipped, token, following, connectors):
            skipped, last_portfolio = token, index
            continue
        skipped = None
        if folded in portfolio_titles or (folded == conjunction and index - last_portfolio <= 3):
            portfolio, last_portfolio = True, index  # "de la Transition énergétique et des Énergies"
        elif portfolio and token.capitalised:
            runs.append(current)
            current = []
            portfolio, last_portfolio = False, index
            skipped = token if whole_portfolio else None
            continue
        elif index - last_portfolio > 4:
            portfolio = False  # "ministre français de l'Économie", but not far beyond
        if token.capitalised and _unit_after_number(sentence, token):
            runs.append(current)  # "2.4 GHz Wi-Fi": the unit closes the number, it opens no name
            current = []
        elif token.capitalised and folded not in breaks and not _adjectival(token):
            if not joined or _genitive(current[-1], language, seen):
                runs.append(current)
                current = []
            current.append(token)
        elif (
            folded in connectors
            and joined
            and following is not None
            and (
                (following.capitalised and only_space(sentence, token, following))
                or _head_before_article(sentence, current[-1], token, tokens[index + 1 : index + 3], language)
            )
        ):
            current.append(token)
        elif folded in titles_after_portfolio and joined:
            current = []  # the portfolio before "Minister" is dropped, not a name
        else:
            runs.append(current)
            current = []
    runs.append(current)
    runs = [run for run in runs if run and not _bracketed_portfolio(sentence, run, tokens, breaks, connectors)]
    firsts = _sentence_openers(sentence.text, sentence.span.start, tokens)
    names = [_clean(run, firsts, language, seen, connectors) for run in runs if run]
    return [part for name in names if name is not None for part in _split_at_body(name, language)]


# A news dateline and the spaced dash after it ("GENT, 24 maart (Lakeline) – ", "LYON (AFP) - "): a place
# in capitals first, then at most a date and an agency.
_DATELINE_DASH = re.compile(r"\s*([^\W\d_][\w'.-]+)[^–—\n]{0,60}?\s(?:[–—]|--?)\s+")


def _sentence_openers(text: str, offset: int, tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The sentence's first word, and the first word after a dateline: capitalised by position too (the
    Dutch article "De" after "GENT, 24 maart (Lakeline) – " is no particle of a name, as in "Ilse De Wilde")."""
    if not tokens:
        return ()
    dateline = _DATELINE_DASH.match(text)
    if dateline is None or not dateline.group(1).isupper() or len(dateline.group(1)) < 2:
        return (tokens[0],)
    after = next((token for token in tokens if token.span.start >= offset + dateline.end()), None)
    return (tokens[0],) if after is None else (tokens[0], after)


def _split_at_body(name: Name, language: Language) -> tuple[Name, ...]:
    """A person's name joined by a connector to the body they belong to ("Anna Berg of Northfield
    University", "Jan Novak of the National Museum") is two names: the person's is kept, the body's is
    descriptive and translated. The part before the connector must be two or more capitalised words, no
    head among them, and the part after a descriptive name: "Bank of England", "University of Tokyo"
    and "Museum of Modern Art" stay whole. A bank is left with the person: a bank named by public words
    may still be a company's ("Royal Bank of Canada"), whose name is kept, and the whole run is then
    still checked."""
    heads = word_list("heads", language)
    banks = word_list("public_heads", language)
    tokens = name.tokens
    for index, token in enumerate(tokens):
        if token.folded not in name.connectors:
            continue
        before = tokens[:index]
        after = tokens[index + 1 :]
        while after and after[0].folded in name.connectors:
            after = after[1:]  # "of the National Museum"
        if (
            len(before) >= 2
            and all(t.capitalised and t.folded not in heads for t in before)
            and after
            and not any(t.folded in banks for t in after)
            and is_descriptive(Name(after, name.connectors), language)
        ):
            return (Name(before, name.connectors), Name(after, name.connectors))
        break
    return (name,)


# A person after a title, then a bracket: "wethouder Ruud Verhoeven (Openbare Ruimte)".
_BRACKETED_AFTER_PERSON = 5  # words of the title and the name before the bracket, at most


def _bracketed_portfolio(
    sentence: Sentence, run: list[Token], tokens: Sequence[Token], titles: Container[str], particles: Container[str]
) -> bool:
    """True when the run fills a bracket right after a person named with a title ("wethouder Ruud
    Verhoeven (Openbare Ruimte)", "Staatssekretärin Anna Berg (Finanzen)"): the bracket names the
    person's portfolio, which is translated ("(Public Space)"), not a name kept as written."""
    text, offset = sentence.text, sentence.span.start
    start, end = run[0].span.start - offset, run[-1].span.end - offset
    if text[:start].rstrip()[-1:] != "(" or text[end:].lstrip()[:1] != ")":
        return False
    first = next(index for index, token in enumerate(tokens) if token is run[0])
    before = tokens[max(0, first - _BRACKETED_AFTER_PERSON) : first]
    # The words before the bracket: a title, then the person's capitalised name up to the bracket.
    for index, token in enumerate(before):
        if token.folded in titles:
            person = before[index + 1 :]
            capitalised = sum(t.capitalised for t in person)
            return capitalised >= 2 and all(t.capitalised or t.folded in particles for t in person)
    return False


def _continues_portfolio(
    sentence: Sentence, last: Token, token: Token, following: Token | None, connectors: frozenset[str]
) -> bool:
    """True when ``token`` continues a capitalised portfolio ending with ``last``: a capitalised word, or a
    connector before one, with only a space between."""
    if not only_space(sentence, last, token):
        return False
    if token.capitalised:
        return True
    return (
        token.folded in connectors
        and following is not None
        and following.capitalised
        and only_space(sentence, token, following)
    )


def _head_before_article(
    sentence: Sentence, head: Token, connector: Token, following: list[Token], language: Language
) -> bool:
    """True when the head of a public body (``remit_heads``) is followed by two connectors, then a
    capitalised word ("Ministry for the Ecological Transition", "Department of the Interior", "Ministerio
    para la Transición"): the complement is the body's remit, part of its name and translated with it.
    Other heads keep their complement a name of its own: "Théâtre de la Lune Rousse" -> "Red Moon
    Theatre" renders "Lune Rousse" word by word."""
    connectors = word_list("connectors", language)
    if len(following) < 2 or following[0].folded not in connectors or not following[1].capitalised:
        return False
    if not (only_space(sentence, connector, following[0]) and only_space(sentence, following[0], following[1])):
        return False
    heads = word_list("remit_heads", language)
    word = head.folded
    return any(form in heads for form in (word, word.removesuffix("s"), word.removesuffix("ies") + "y"))


def _adjectival(token: Token) -> bool:
    """A hyphenated word whose last part is lower-case is an adjective built on a name
    ("Trump-freundlichen", "Melbourne-based", "Kamal Nath-led"), not a word of the name."""
    head, _, tail = token.text.rpartition("-")
    return bool(head) and tail[:1].islower() and len(tail) > 1


def _genitive(token: Token, language: Language, seen: DocumentWords) -> bool:
    """A genitive that precedes its noun (German "Trumps Wunschkandidatin", "Chinas Handelspraktiken"):
    the word less its ending is a name the article uses, or a place with an established rendering."""
    ending = language.data.value("names", "prenominal_genitive")
    if not ending or not token.text.endswith(ending) or len(token.text) < 4:
        return False
    stem = token.text[: -len(ending)]
    return seen.capitalised_inside[fold(stem)] > 0 or bool(babel_renderings(language, ENGLISH).get(fold(stem)))


def _descriptor(token: Token, language: Language) -> bool:
    """A compound common noun naming what the following name is (German "Finanzminister Scholz",
    "Nordseeinsel Juist", "Finanzaufsicht Bafin"): it is or ends with a title or a descriptive head word."""
    if not language.data.flag("traits", "compounds"):
        return False
    word = fold(token.text.rpartition("-")[2])
    endings = language.data.strings("names", "descriptor_endings")
    forms = {word} | {word[: -len(end)] for end in endings if word.endswith(end)}
    suffixes = word_list("titles", language) | (
        word_list("heads", language) - word_list("heads_not_in_compounds", language)
    )
    return any(
        form in suffixes or any(form.endswith(s) and len(s) >= 4 and len(form) - len(s) >= 3 for s in suffixes)
        for form in forms
    )


def _genitive_adjective(word: str, language: Language) -> bool:
    """``word`` (folded) is an adjective in the genitive after a head ("Verband Bayerischer Braustätten",
    "Bund Deutscher Architekten"): the head governs it, so the whole is the body's (descriptive) name, not
    a descriptor before a name. ``[names] genitive_adjective_endings``; the stem keeps four letters
    ("Fischer" is none)."""
    return any(
        word.endswith(ending) and len(word) - len(ending) >= _ADJECTIVE_STEM
        for ending in language.data.strings("names", "genitive_adjective_endings")
    )


_ADJECTIVE_STEM = 4


# A unit symbol with a capital (SI prefix and unit: "GHz", "kWh", "MPa", "mAh", "W", "V") written after a
# number; it measures the number, and the capitalised word after it starts a run of its own.
_CAPITAL_UNIT = re.compile(r"[kMGTmµμ]?(?:Hz|Wh|W|V|Ah|A|Pa|N|J|B|bps|L)|mAh|dB|Nm|°[CF]")
_NUMBER_END = re.compile(r"[0-9][ \u00a0\u202f]?$")


def _unit_after_number(sentence: Sentence, token: Token) -> bool:
    if _CAPITAL_UNIT.fullmatch(token.text) is None:
        return False
    start = token.span.start - sentence.span.start
    return _NUMBER_END.search(sentence.text[max(0, start - 2) : start]) is not None


def only_space(sentence: Sentence, left: Token, right: Token) -> bool:
    start = left.span.end - sentence.span.start
    end = right.span.start - sentence.span.start
    gap = sentence.text[start:end]
    return (gap.isspace() and "\n" not in gap) or (gap in {"'", "’"} and fold(left.text) in {"d", "l", "qu"})


def _clean(
    run: list[Token], firsts: tuple[Token, ...], language: Language, seen: DocumentWords, connectors: frozenset[str]
) -> Name | None:
    stopwords = word_list("stopwords", language)
    established = established_names(language)
    # A capitalised article inside a sentence belongs to a title ("according to The Lancet").
    while (
        run
        # a place whose name opens with a stopword keeps it ("New South Wales", "New Zealand")
        and not any(
            fold(" ".join(t.text for t in run[:size])) in established for size in range(2, min(len(run), 5) + 1)
        )
        and (fold(run[0].text) in stopwords or fold(run[0].text) in connectors)
        and not (
            all(run[0] is not first for first in firsts)
            and run[0].capitalised
            and len(run) > 1
            and fold(run[0].text) in connectors
        )
    ):
        run = run[1:]
    trailing = connectors | word_list("trailing", language)
    while run and fold(run[-1].text) in trailing:
        run = run[:-1]
    descriptors = [
        i
        for i, token in enumerate(run[:-1])
        if _descriptor(token, language) and not _genitive_adjective(run[i + 1].folded, language)
    ]
    if descriptors:
        run = run[descriptors[-1] + 1 :]  # German apposition: the descriptor is translated, the name follows
    if run and any(run[0] is first for first in firsts):
        # Capitalised by position only, unless the article also writes it capitalised mid-sentence,
        # or a capitalised word follows it directly ("Financial Times", but not "Shares of Nordic"), or
        # it is words glued with capitals ("ThermaJet heats..."), which no common word is.
        opener = fold(run[0].text)
        if (
            seen.capitalised_inside[opener] == 0
            and _capitalised_words(run[0]) < 2
            and (
                len(run) == 1
                or opener in seen.lowercase
                or fold(run[1].text) in connectors
                or _common_before_acronym(run, language)
            )
        ):
            run = run[1:]
        while run and fold(run[0].text) in connectors:
            run = run[1:]
    if not run or (len(run) == 1 and language.data.flag("traits", "capitalises_nouns")):
        return None
    return Name(tuple(run), connectors)


# A sentence's first word this common (Zipf) before an acronym is a word of the phrase, not of a name.
_COMMON_OPENER_ZIPF = 2.5


def _common_before_acronym(run: list[Token], language: Language) -> bool:
    """True when the run is a common word, capitalised by position, then an acronym ("Backlit LCD
    display", "Wireless USB adapter"): an acronym follows adjectives of every kind, where a capitalised
    word after a sentence's first ("Financial Times") shows a name."""
    second = run[1].text.replace(".", "")
    if len(run) != 2 or len(second) < 2 or not second.isupper():
        return False
    words = lexicon(language)
    return words is not None and words.zipf(run[0].folded) >= _COMMON_OPENER_ZIPF


@cache
def _heads(language: Language) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words that head a descriptive name, and where the language writes compounds, those of three
    letters or more that end one ("Landesbank"), as one tuple for ``str.endswith`` (asked of every name,
    it read the language's flag once per head word)."""
    heads = word_list("heads", language)
    if language.data.flag("traits", "head_last"):
        heads |= word_list("heads", ENGLISH)  # English names in German news ("US-India Business Council")
    endings = tuple(h for h in heads if len(h) >= 3) if language.data.flag("traits", "compounds") else ()
    return heads, endings


def is_descriptive(name: Name, language: Language) -> bool:
    """True when the name's head is a word that is normally translated ("Ministry", "Universität")."""
    heads, endings = _heads(language)
    head_last = language.data.flag("traits", "head_last")
    content = [t.folded for t in name.tokens]
    while content and content[0] in name.connectors:
        content = content[1:]  # a leading article ("Le Festival d'Avignon", "The Hague")
    for index, word in enumerate(content):
        if word in name.connectors and index > 0:
            content = content[:index]
            break
    if not content:
        return False
    if len(content) >= 2 and len(content) == len(name.content) and content[-1] in territory_names(language):
        # An agency named by its field and its country ("Statistics Canada", "Environment and Climate
        # Change Canada"): its field is translated ("Statistique Canada").
        return True
    head = content[-1] if head_last else content[0]
    if head_last and len(content) >= 2 and _genitive_adjective(content[1], language):
        head = content[0]  # "Verband Bayerischer Braustätten": the head comes first, before its genitive
    if _public_institution(name, head, language):
        return True
    if _type_then_description(content, heads, language):
        return True
    # Polish puts an adjective before the head of many names ("Najwyższa Izba Kontroli", "Narodowy Bank").
    # So do Spanish and Portuguese royal bodies ("Real Federación Española de Balonmano").
    before_head = language.data.flag("traits", "head_after_adjective") or head in word_list("head_modifiers", language)
    second = content[1:2] if not head_last and before_head else []
    parts = [
        p
        for word in (head, *second)
        for part in word.split("-")
        for p in (part, part.removesuffix("s"), part.removesuffix("ies") + "y")
    ]
    return any(part in heads for part in parts) or head.endswith(endings)


# A word this common (Zipf frequency, once in 300,000 words) is a common word of the language.
COMMON_ZIPF = 3.5


def _type_then_description(content: Sequence[str], heads: Container[str], language: Language) -> bool:
    """True when a name opens with the type of a body that languages putting their heads last write first
    (``[names] opening_types``) and goes on in common words of the language: "Vereniging Vrienden (van
    de ...)", "Stichting Natuur en Milieu", "Verein Freunde (der ...)". The type heads the name, and the
    rest describes the body: the whole is translated ("Association of Friends of ..."). A brand after the
    type is no common word and keeps the name ("Stiftung Warentest")."""
    if len(content) < 2 or content[0] not in word_list("opening_types", language):
        return False
    if any(word in heads for word in content[1:]):
        return False  # a head further on heads the name
    words = lexicon(language)
    return words is not None and all(
        place_word(word, language) or words.zipf(word) >= COMMON_ZIPF for word in content[1:]
    )


def _public_institution(name: Name, head: str, language: Language) -> bool:
    """A bank (``public_heads``) named by places and public words only: a central or development bank
    ("Bank of Korea", "African Development Bank"), whose name is translated; a company's is not
    ("Shinhan Bank")."""
    if head not in word_list("public_heads", language) or has_exonym(" ".join(t.text for t in name.tokens), language):
        return False  # a company's established name ("Bank of America") is kept
    others = [t.folded for t in name.content if t.folded != head]
    public = word_list("public_words", language)
    if not others:
        return False
    if all(word in public or place_word(word, language) for word in others):
        return True
    # A state company named by a public word and its field ("Companhia Nacional de Abastecimento", the
    # national supply company): the field is a common word of the language, not a brand.
    words = lexicon(language)
    return (
        words is not None
        and any(word in public for word in others)
        and all(word in public or place_word(word, language) or words.zipf(word) >= COMMON_ZIPF for word in others)
    )


def coordinated_descriptive(sentence: Sentence, names: list[Name], language: Language) -> list[Name]:
    """Names of a sentence that are part of a descriptive name split at a conjunction, translated with
    it: the complement after a head's connector ("Ministry of Marine and Blue Economy") or, where the
    head comes last, the words before a head ("National Disaster Risk Reduction and Management
    Council")."""
    conjunction = language.data.value("names", "and")
    found: list[Name] = []
    for left, right in itertools.pairwise(names):
        gap = sentence.text[left.span.end - sentence.span.start : right.span.start - sentence.span.start]
        if _complement(left, gap, language):
            found.append(right)
            continue
        # the conjunction may take an article ("Ministry for the Ecological Transition and the
        # Demographic Challenge", Spanish "y el", French "et des")
        words = [fold(word) for word in gap.split()]
        if conjunction is None or not words or words[0] != conjunction or "\n" in gap:
            continue
        if len(words) > _MOST_GAP_WORDS or any(word not in left.connectors for word in words[1:]):
            continue
        if is_descriptive(left, language) and any(t.folded in left.connectors for t in left.tokens[1:]):
            found.append(right)
        elif language.data.flag("traits", "head_last") and is_descriptive(right, language):
            found.append(left)
    return found


# A conjunction and the articles after it between the two parts of a descriptive name.
_MOST_GAP_WORDS = 3


def _complement(left: Name, gap: str, language: Language) -> bool:
    """True when the gap after a name of a type and a description (:func:`_type_then_description`) is only
    connectors ("Vereniging Vrienden van de Amsterdamse Binnenstad"): the name after the gap is its
    complement, translated with it. After a lone head, the complement is a name of its own ("Theatre of
    the Floating Lantern")."""
    words = gap.split()
    if not words or len(words) > 3 or any(fold(word) not in left.connectors for word in words):
        return False
    content = [t.folded for t in left.content]
    if _type_then_description(content, _heads(language)[0], language):
        return True
    # A descriptive name of two words or more is no lone head: what follows its connector is its field
    # ("German Association of the Automotive Industry", "National Council for the Performing Arts").
    return len(content) >= 2 and is_descriptive(left, language)


# How near a word saying what kind of organisation a name is stands to it ("a Grasse-based fragrance
# company": four words after the name).
KIND_WINDOW = 4


def kind_near(text: str, tokens: tuple[Token, ...], inner: tuple[Token, ...], language: Language) -> bool:
    starts = {t.span.start for t in inner}
    at = [i for i, t in enumerate(tokens) if t.span.start in starts]
    if not at:
        return False
    before = tokens[max(0, at[0] - KIND_WINDOW) : at[0]]
    after = tokens[at[-1] + 1 : at[-1] + 1 + KIND_WINDOW]
    end = tokens[at[-1]].span.end
    if after and not text[end : after[0].span.start].lstrip(" »”\"'").startswith(","):
        after = ()
    return any(is_kind(token, language) for token in before + after)


def is_kind(token: Token, language: Language) -> bool:
    """Whether the word is one of the language's ``kept_kinds`` (after a proclitic: "لشركة")."""
    kinds = word_list("kept_kinds", language)
    if not kinds:
        return False
    word = token.folded
    clitics = word_list("clitics", language)
    forms = [word] + [word[len(c) :] for c in clitics if word.startswith(c) and len(word) > len(c) + 1]
    return any(form.startswith(kind) for form in forms for kind in kinds)
