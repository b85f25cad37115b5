"""Spelling errors that show without a dictionary of the whole language: capitals and word spacing.

- ``spelling.sentence_start``: a target sentence that starts with a lower-case word where its source
  sentence starts with a capital (``la prise en charge …`` for ``Management …``). Only sentences paired
  1-1 (a bead of one sentence a side, or of as many a side, paired in order) are compared; words whose
  capital comes later (``iPhone``, ``mRNA``) start sentences in lower case on purpose, and a sentence
  after text that ends without a final mark (``…, ⏎ „aber …``) continues it. At the very start of the
  text, where nothing tells what came before, a translation opening with a conjunction (``und legen …``)
  or the translation of a source opening with a connective (``So this is …`` -> ``eine Pflanze …``) is
  taken to continue a segment the text does not hold, as translators of transcripts and subtitles join
  segments (``[spelling] continuation_openers``).
- ``spelling.lost_capitals``: a name or acronym of the source copied into the translation without its
  capitals (``canada``, ``mapk``, ``constant-murley`` for ``Canada``, ``MAPK``, ``Constant-Murley``).
  A source word counts when its capitals say it is a name: two capitals or more (``MAPK``, ``EtRON2``),
  or a single initial capital inside a sentence with lower-case neighbours (``in Canada``). Capitalised
  words in a run of capitalised words (a title, ``National Surveillance System``) are left alone, since
  the target language may write such titles in lower case (``Système national de surveillance``); so are
  single letters, the target language's function words, URLs and e-mail addresses. A source language that
  capitalises nouns (German) gives no evidence by an initial capital: there only acronyms and inner
  capitals count (``NATO``, ``iPhone``), and the capital opening each part of a compound (``E-Bikes``) is
  an initial too. A litre symbol after a number written ``l`` for the source's ``L`` (``250 mL`` →
  ``250 ml``) is SI's other spelling, not a lost capital. The name may follow an elided article
  (``l'ec``, ``dell'fbi``); an English plural acronym may lose its ``s`` (``dep`` for ``DEPs``); an
  acronym of three letters or more may come in lower case with its letters reordered, as Romance
  languages reorder English acronyms (``arn``, ``sras-cov-2`` for ``RNA``, ``SARS-CoV-2``), unless the
  word is common in the target language (``ces`` for ``SEC``). A word in brackets written in lower case
  where the source's bracket in the same place holds an acronym is one too, translated or not
  (``(lvnc)`` for ``(NCVG)``). A run is a name, though, where the translation keeps its brand (a word
  with inner capitals, ``NestWatch``, ``iPhone``; not an acronym): a capitalised word after the brand in
  the source written in lower case right after it (``NestWatch duo`` for ``NestWatch Duo``) lost its
  capital.
- ``spelling.acronym_case``: an acronym of the source (three letters or more, all capitals) written with
  its first capital only (``Covid-19`` for ``COVID-19``), which the biomedical MQM annotators mark as a
  spelling error. Left alone: a word the source also writes so (a dateline ``SEATTLE (AP)`` and ``in
  Seattle``), a source that writes more than three words in capitals (emphasis, ``CALL NASA NOW
  FOR INFO``), two-letter acronyms. A house style that writes lexicalised acronyms so (German ``Nato``,
  French ``Otan``) disables the check.
- ``spelling.run_together``: two words written as one: two lower-case letters then a capital and a
  lower-case letter (``ounceMedium``, ``frontFixez``), or a mark glued between two words (``end.The``,
  ``pommes,poires``), where the source has no such form. Brands and code are left alone: a form the
  source has (``camelCase``), more than one capital (``YouTube``, ``PowerPoint``), a short prefix
  (``iPhone``, ``eBay``, ``McDonald``), except a unit the source writes after a number glued after
  that number to a capitalised word (``60 NmDrehmoment``); so are URLs and e-mail addresses. Without
  a capital between them: a code or acronym the source writes apart glued to a lower-case word
  (``compatibleUSB``), and, in languages that write their compounds apart (``[traits] open_compounds``:
  French, Spanish, Italian...), a lower-case word of eight letters or more unknown to wordfreq that the
  source does not write and that splits into two common words (``bolsillolateral``), a word and a
  determiner (``tascadel``), a determiner of three letters or more and a word (``sushierbas``) or a
  common word of six letters or more and the language's "and" (``automatiqueet``, ``resistentey``);
  not after a combining form (``autonettoyant``) nor with a finite-verb ending of the language
  (``abrogeraient``), nor a verb-noun compound (Italian ``copriobiettivi``, Spanish ``abrelatas``),
  nor when the translation writes the word in two paragraphs or more (a compound the engine knows, as
  Italian ``tagliapasta`` in a title, a bullet and the description; a slip is made once).
- ``spelling.lower_case_noun``: in a language that capitalises nouns (German), a lower-case word of six
  letters or more ending in a suffix that makes nouns only (``[spelling] noun_suffixes``: ``-keit``,
  ``-heit``, ``-ung``, ``-schaft``, ``-ität``; not ``-ungen``, which ends participles, ``gezwungen``, nor
  ``not_noun_endings``: ``blutjung``): ``mit leichtigkeit``. Words the source writes so too (code,
  addresses) are left alone.
- ``spelling.capital_after_semicolon``: a function word written with a capital after a semicolon (``…
  eingebettet; Es gibt keine …``, ``… ; Il faut …``): a semicolon does not open a sentence. Only the target
  language's function words are judged (German capitalises nouns), words the language always capitalises
  (German ``Sie``, language data ``[spelling] always_capitalised``) are left alone, and so are titles (a
  capitalised word follows) and sources that capitalise after their own semicolons.
- ``spelling.regional_variant``: English spelt the other region's way (``behaviours``, ``analysed``,
  ``paediatric`` in American English, which a tag without a region is; ``color``, ``center``,
  ``analyze`` in ``en-GB`` and other British regions, or in an untagged text that spells British):
  see :mod:`mtqa.checks.regional`. On bio-mqm fr->en (target locale en-US) it flags 246 MT segments,
  222 of them holding a human error, and no human reference.
- ``spelling.lower_case_proper``: in English, a country name or a nationality or language word in lower
  case (``canadians``, ``switzerland``, ``the syrian border``), from CLDR's names and the demonyms formed
  on them: see :mod:`mtqa.checks.proper_case`. On bio-mqm fr->en: 148 MT segments, 137 with a human
  error, no human reference.

Severity minor: the reader understands, but the text looks unedited.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from mtqa.checks._textutil import alternation, decode_references, fold, mask_protected
from mtqa.checks.base import (
    Check,
    CheckContext,
    CheckInfo,
    ParagraphPair,
    Scope,
    SentencePair,
    fails,
    paired_sentences,
    passes,
)
from mtqa.checks.names.extract import document_words_of
from mtqa.checks.names.renderings import accepted_renderings
from mtqa.checks.proper_case import lower_case_proper, proper_words
from mtqa.checks.regional import regional_variants
from mtqa.lang import Language
from mtqa.lang.grammar import calendar_names, verb_lexicon
from mtqa.lang.lexicon import Lexicon, lexicon
from mtqa.model import Finding, Sentence, Span
from mtqa.runcache import article_cached

# A word: letters, digits, inner hyphens and apostrophes ("Constant-Murley", "EtRON2", "l'OMS").
# Runs of word characters between inner marks: re scans them faster than the same words written
# "[^\W_](?:[\w]|[-'’](?=[^\W_]))*" (one alternation per character).
_WORD = re.compile(r"[^\W_]\w*(?:[-'’](?=[^\W_])\w*)*")
# What may stand before the first word of a sentence: quotes, brackets, dashes, list markers.
_LEAD = re.compile(r"[\s\"'«»“”„‘’()\[\]{}*•·–—-]*")
# A sentence-final mark (with closing quotes or brackets) before a word: the word starts a sentence.
# Quotes, brackets, emphasis marks and list bullets may stand between a sentence's start and its first word.
_OPENING_MARKS = frozenset("\"'«»“”„‘’()[]*_#>•–-")
_STOPS = frozenset(".!?…:")
# Two lower-case letters, then a capital and lower-case letters (ounceMedium), or a mark glued between
# two words (end.The, pommes,poires): two words run together.
_JOINED = re.compile(
    r"(?<![\w.])([^\W\d_]*[a-zà-ÿß]{2})([.!?;,]?)([A-ZÀ-ÖØ-Þ][a-zà-ÿß]+|(?<=[,;])[a-zà-ÿß]{2,})(?![\w])"
)
# What every match of ``_JOINED`` holds: the letter before the join and the letter after it. Few texts
# hold one, and this is several times cheaper than trying ``_JOINED`` at every word. It starts at the
# capital (or the comma) and looks back for the lower-case letter: re then tries it at capitals and
# commas only, not at every lower-case letter of the paragraph (three times faster on WMT23's German).
_JOINED_HINT = re.compile(
    r"[A-ZÀ-ÖØ-Þ,;](?:(?<=[a-zà-ÿß][A-ZÀ-ÖØ-Þ])|(?<=[a-zà-ÿß][.!?;,][A-ZÀ-ÖØ-Þ])|(?<=[a-zà-ÿß][,;])(?=[a-zà-ÿß]))"
)
# A lower-case word with a code or acronym glued after it (sécuritéEN 71, compatibleUSB).
_GLUED_CODE = re.compile(r"(?<![\w.])([^\W\d_]*[a-zà-ÿß]{2})([A-Z][A-Z0-9]+)(?!\w)")
# What every match of ``_GLUED_CODE`` holds: a lower-case letter before a capital. Few texts hold one.
_GLUED_CODE_HINT = re.compile(r"[a-zà-ÿß][A-Z]")
# A number, a space, then a unit symbol (letters, at least one capital or not) or a word.
_NUMBER_THEN_UNIT = re.compile(r"(?<![\w.,])[0-9][0-9.,]*[ \u00a0\u202f]([^\W\d_]{1,4})(?![\w])")
_NUMBER_THEN_WORD = re.compile(r"(?<![\w.,])[0-9][0-9.,]*[ \u00a0\u202f]([^\W\d_]{5,})(?![\w])")
# A long lower-case word: judged against the lexicon in languages that write compounds apart. At most
# 64 letters (no two words run together are longer): each cut of a word is tried, so a "word" of 100,000
# letters (a blob pasted into the text) took seconds, and one of 1.5 MB, hours.
_LONG_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{8,64}(?![\w'’-])")
# Both halves of a long unknown word this common (Zipf) are two words run together (poche + inférieure);
# with a determiner or preposition of three letters or more as its second half (ripone + nel), the first
# half needs only SPLIT_ZIPF_BEFORE_DETERMINER. On bio-MQM en-fr, learned compounds unknown to wordfreq
# split into rarer halves ("endo" + "veineux" 2.7, "nano" + "émulsion" 2.8) or after a combining form.
SPLIT_ZIPF = 3.0
SPLIT_ZIPF_BEFORE_DETERMINER = 2.5
MIN_FIRST_HALF = 4
MIN_SECOND_HALF = 3
# A word glued after a short determiner: this long or longer (shorter ones make chance splits).
MIN_AFTER_DETERMINER = 5
# The language's "and" glued after a common word of at least this many letters (``automatiqueet``);
# shorter heads make chance words.
MIN_AND_HEAD = 6
# A common word with a function word of one or two letters glued to it (``saludablede``): this common.
SHORT_WORD_PARTNER_ZIPF = 3.5
# Greek and Latin combining forms that open learned compounds in the Romance languages ("microtraumatisme",
# "radiopathologique", "autonettoyant"): a word made with one is a compound, not two words.
_COMBINING_FORMS = frozenset({
    "anti", "auto", "endo", "hypo", "hyper", "intra", "inter", "micro", "macro", "mini", "multi", "nano", "poly",
    "radio", "semi", "super", "ultra", "extra", "infra", "contra", "retro", "rétro", "photo", "électro", "electro",
    "thermo", "hydro", "pseudo", "mono", "trans", "proto", "télé", "tele", "video", "vidéo", "cardio", "neuro",
    "immuno", "méga", "mega", "giga", "kilo", "quadri", "omni", "pluri", "sobre", "supra", "entre", "contre",
})  # fmt: skip
# Verb forms that open the verb-noun compounds of Italian, Spanish and French product words ("copriobiettivi"
# lens covers, "portachiavi", "abrelatas", "sacacorchos", "portefeuille"): one word, not two run together.
_VERB_NOUN_HEADS = frozenset({
    "copri", "porta", "lava", "apri", "asciuga", "taglia", "spazza", "salva", "scalda", "spremi", "trita",
    "schiaccia", "poggia", "batti", "cava", "gira", "tira", "passa", "segna", "abre", "saca", "corta", "cubre",
    "guarda", "limpia", "quita", "tapa", "pasa", "rompe", "porte", "garde", "couvre", "presse", "coupe",
})  # fmt: skip


class _Word(NamedTuple):
    text: str
    start: int  # offset into the sentence
    end: int


@article_cached
def _words(text: str) -> tuple[_Word, ...]:
    return tuple(_Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(decode_references(text)))


def _capitals(word: str) -> int:
    return 0 if word.islower() else sum(map(str.isupper, word))


def _inner_capitals(word: str) -> bool:
    """A capital past the first letter of a hyphen-joined part (``NATO``, ``EtRON2``, ``NATO-Gipfel``).

    In a language that capitalises nouns every part of a compound starts with a capital (``E-Bikes``,
    ``Online-Shop``): those initials say nothing of a name.
    """
    return any(_capitals(part[1:]) for part in word.split("-") if part)


def _letters(word: str) -> int:
    return sum(map(str.isalpha, word))


@cache
def _function_words(language: Language) -> frozenset[str]:
    return frozenset(w.casefold() for w in language.data.strings("terminology", "function_words"))


def first_word(text: str) -> _Word | None:
    """The first token of a sentence after quotes, brackets, dashes and bullets; None if it is no word
    (a number, a symbol)."""
    text = decode_references(text)
    lead = _LEAD.match(text)
    first = _WORD.match(text, lead.end() if lead else 0)
    if first is None or not first.group()[0].isalpha():
        return None
    return _Word(first.group(), first.start(), first.end())


class SentenceStart(Check):
    info = CheckInfo(
        id="spelling.sentence_start",
        category="spelling",
        severity="minor",
        description="A sentence starts with a lower-case word where the source sentence starts with a capital.",
        scope=Scope.SENTENCE,
        failing=(
            fails("Management of early rhabdomyolysis.", "la prise en charge précoce de la rhabdomyolyse.", finds="la"),
            fails("It works. The test ends.", "Ça marche. le test se termine.", finds="le"),
        ),
        passing=(
            passes("The iPhone sold well.", "iPhone s'est bien vendu."),
            passes("3 patients died.", "3 patients sont morts."),
            passes("mRNA vaccines work.", "les vaccins à ARNm fonctionnent.", target_lang="fr"),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        for source, target in paired_sentences(pair):
            source_word, target_word = first_word(source.text), first_word(target.text)
            if source_word is None or target_word is None:
                continue
            if not source_word.text[0].isupper() or not _plain_lower(target_word.text):
                continue
            if _continues_previous(context, target):
                continue
            if _opens_with_connective(context, source, target, source_word.text, target_word.text):
                continue
            span = Span(target.span.start + target_word.start, target.span.start + target_word.end)
            yield self.finding(
                context,
                "the sentence starts in lower case; the source sentence starts with a capital",
                target_span=span,
                suggestion=target_word.text[0].upper() + target_word.text[1:],
            )


def _continues_previous(context: CheckContext, sentence: Sentence) -> bool:
    """True when the text before the sentence ends with no sentence-final mark (``… „State of the
    Union“,`` then ``„aber …``): the sentence goes on from there, across a segment or paragraph break."""
    before = context.target.text[: sentence.span.start].rstrip()
    return bool(before) and before.rstrip("\"'»”“’)]")[-1:] not in (".", "!", "?", "…", ":", "")


def _opens_with_connective(
    context: CheckContext, source: Sentence, target: Sentence, source_word: str, target_word: str
) -> bool:
    """True at the very start of the text (nothing before it to tell) when the translation opens with a
    conjunction (``und legen ihre Eier ab``) or the source with a connective (``So this is a plant`` ->
    ``eine Pflanze, die …``): a translator working on running speech (subtitles, transcripts) has joined
    the segment to the one before it, which this text does not hold. ``[spelling] continuation_openers``."""
    if context.target.text[: target.span.start].strip() or context.source.text[: source.span.start].strip():
        return False
    target_openers = context.target_language.data.words("spelling", "continuation_openers")
    source_openers = context.source_language.data.words("spelling", "continuation_openers")
    return target_word.casefold() in target_openers or source_word.casefold() in source_openers


def _plain_lower(word: str) -> bool:
    # "iPhone", "eBay", "mRNA": a capital later in the word is a brand or a symbol written so on purpose.
    return word[0].islower() and not any(c.isupper() for c in word[1:])


@article_cached
def _name_capitals(text: str, capitalises_nouns: bool) -> dict[str, str]:
    """Folded form -> source form of the words of a sentence whose capitals mark a name or an acronym.
    In a language that capitalises nouns, only capitals beyond the first letter count (``NATO``,
    ``EtRON2``). Cached for the run (the translations of one source share it): read, never changed."""
    text = mask_protected(text)
    words = _words(text)
    names: dict[str, str] = {}
    for index, word in enumerate(words):
        capitals = _capitals(word.text)
        if not capitals or _letters(word.text) < 2:
            continue
        if capitalises_nouns:
            if _inner_capitals(word.text):
                names.setdefault(word.text.casefold(), word.text)
            continue
        if (capitals >= 2 and not _initials_only(word.text)) or (capitals == 1 and not word.text[0].isupper()):
            names.setdefault(word.text.casefold(), word.text)
            if _plural_acronym(word.text):  # "DEPs": the translation may write "DEP"
                names.setdefault(word.text[:-1].casefold(), word.text[:-1])
            continue
        if _after_stop(text, word.start):
            continue  # a capital that starts a sentence says nothing
        before = words[index - 1].text if index else ""
        after = words[index + 1].text if index + 1 < len(words) else ""
        if any(_capitals(neighbour) for neighbour in (before, after)):
            continue  # a run of capitalised words: a title the target may write in lower case
        names.setdefault(word.text.casefold(), word.text)
    return names


def _initials_only(word: str) -> bool:
    """Each hyphen-joined part starts with the word's only capitals (``Export-Import``, ``Constant-Murley``):
    judged as a capitalised word, by its neighbours, not as an acronym."""
    return all(part[:1].isupper() and not _capitals(part[1:]) for part in word.split("-") if part)


def _plural_acronym(word: str) -> bool:
    """An acronym with an English plural "s" ("DEPs", "NGOs"): other languages write it without."""
    return len(word) >= 3 and word.endswith("s") and word[:-1].isupper()


def _after_stop(text: str, start: int) -> bool:
    """Only quotes, brackets, emphasis marks, bullets or spaces between a sentence-final mark (or the
    text's start) and ``start``. Read backwards from ``start``: the cost is that run, not the text
    before it (a sentence of thousands of words asks this of each of its capitalised words)."""
    lead = start
    while lead and (text[lead - 1].isspace() or text[lead - 1] in _OPENING_MARKS):
        lead -= 1
    return lead == 0 or text[lead - 1] in _STOPS


class LostCapitals(Check):
    info = CheckInfo(
        id="spelling.lost_capitals",
        category="spelling",
        severity="minor",
        description="A name or acronym of the source is copied without its capitals (`canada`, `mapk`).",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "Public health practitioners in Canada play a larger role.",
                "Les praticiens en santé publique au canada jouent un rôle plus important.",
                finds="canada",
            ),
            fails("The FOXO and MAPK pathways.", "Les voies FOXO et mapk.", finds="mapk"),
            fails("Viral RNA was detected.", "L'arn viral a été détecté.", finds="arn"),
            fails(
                "The AquaPeak Max keeps drinks cold.",
                "La AquaPeak max mantiene fresche le bevande.",
                finds="max",
                target_lang="it",
            ),
        ),
        passing=(
            passes(
                "Data from the National Surveillance System.",
                "Données du Système national de surveillance.",
            ),
            passes("It happened in Canada.", "C'est arrivé au Canada."),
            passes("A 250 mL flask of the MAPK buffer.", "Una fiala da 250 ml di tampone MAPK.", target_lang="it"),
            passes("**Source code:** see below.", "**Code source :** voir plus bas."),
            passes("The US and the UK agree (n = 538).", "Les États-Unis et le Royaume-Uni sont d'accord (n = 538)."),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        reported: set[tuple[int, int]] = set()
        for sentence, match, form in _recased_names(context, pair):
            if _capitals(match.group()) or _litre_symbol(sentence.text, match, form):
                continue
            span = Span(sentence.span.start + match.start(), sentence.span.start + match.end())
            reported.add((span.start, span.end))
            yield self.finding(
                context,
                f"{form!r} is written {match.group()!r}: the capitals of the source are lost",
                target_span=span,
                suggestion=form,
            )
        for span, word, form in _bracketed_acronyms(pair):
            if (span.start, span.end) not in reported:
                yield self.finding(
                    context,
                    f"the acronym in brackets is written in lower case ({word!r} for the source's {form!r})",
                    target_span=span,
                    suggestion=word.upper(),
                )
        yield from self._lowered_after_brand(context, pair)

    def _lowered_after_brand(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        """A word of a product name written in lower case after the name's brand, which the translation
        keeps as written (``NestWatch duo`` for ``NestWatch Duo``): the brand says that the run is a name,
        not a title that the target language may write in lower case."""
        function_words = _pair_function_words(context.target_language, context.source_language)
        for brand, word in _brand_pairs(tuple(s.text for s in pair.source)):
            if word.casefold() in function_words:
                continue
            pattern = re.compile(rf"(?<![\w-]){re.escape(brand)}[ \u00a0]+({re.escape(word.lower())})(?![\w-])")
            for sentence in pair.target:
                for match in pattern.finditer(sentence.text):
                    start = sentence.span.start + match.start(1)
                    yield self.finding(
                        context,
                        f"{word!r} of the name {brand + ' ' + word!r} is written {match.group(1)!r}: its capital"
                        " is lost",
                        target_span=Span(start, start + len(match.group(1))),
                        suggestion=word,
                    )


# One word in brackets, as an acronym follows the words it stands for: "(NCVG)", "(lvnc)".
_BRACKETED_WORD = re.compile(r"\(([^\W_]{2,12})\)")


def _bracketed_acronyms(pair: SentencePair) -> Iterator[tuple[Span, str, str]]:
    """(span, target word, source acronym) for a target word in brackets written in lower case where the
    source's bracket in the same place holds an acronym, translated or not (``(lvnc)`` for ``(NCVG)``,
    ``(ai)`` for ``(IA)``). Brackets are paired in order, only when both sides have as many."""
    source = [m.group(1) for sentence in pair.source for m in _BRACKETED_WORD.finditer(sentence.text)]
    if not source or not any(_capitals(word) >= 2 and word.isupper() for word in source):
        return
    target = [(sentence, m) for sentence in pair.target for m in _BRACKETED_WORD.finditer(sentence.text)]
    if len(target) != len(source):
        return
    for form, (sentence, match) in zip(source, target, strict=True):
        word = match.group(1)
        if form.isupper() and _capitals(form) >= 2 and word.isalpha() and word.islower():
            start = sentence.span.start + match.start(1)
            yield Span(start, start + len(word)), word, form


@article_cached
def _brand_pairs(sentences: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(brand, word): a brand written with inner capitals (``NestWatch``, ``iPhone``; not an acronym)
    followed by a capitalised word of its name (``Duo``, ``Pro``) in a source sentence."""
    # Cached for the run: the source's, read once for all its translations (a quarter of the check's time).
    pairs: list[tuple[str, str]] = []
    for text in sentences:
        if not any(c.isupper() for c in text[1:]):
            continue
        words = _words(mask_protected(text))
        for first, second in itertools.pairwise(words):
            brand, word = first.text, second.text
            gap = text[first.end : second.start]
            if gap.strip() or not _capitalised_only(word) or not word.isalpha() or len(word) < 2:
                continue
            if brand.isupper() or not any(c.isupper() for c in brand[1:]):
                continue  # an acronym, or a plain word: the run may be a title
            if (brand, word) not in pairs:
                pairs.append((brand, word))
    return tuple(pairs)


# A number and the space after it, right before a word: the word is a unit symbol.
_AFTER_NUMBER = re.compile(r"\d[\s\u00a0\u202f]?$")


def _litre_symbol(text: str, match: re.Match[str], form: str) -> bool:
    """True for a unit symbol after a number that differs from the source's only by the litre's ``L``
    written ``l`` (``30 mL`` → ``30 ml``, ``2 L`` → ``2 l``): SI writes the litre either way."""
    return form.replace("L", "l") == match.group() and _AFTER_NUMBER.search(text, 0, match.start()) is not None


def _source_names(context: CheckContext, pair: SentencePair) -> dict[str, str]:
    """Folded form -> source form of the names and acronyms of the bead's source sentences."""
    capitalises_nouns = context.source_language.data.flag("traits", "capitalises_nouns")
    return _names_in(tuple(sentence.text for sentence in pair.source), capitalises_nouns)


@article_cached
def _names_in(texts: tuple[str, ...], capitalises_nouns: bool) -> dict[str, str]:
    """:func:`_source_names` of the source sentences ``texts``. Cached for the run, as the names of each
    sentence are: a source's translations ask for the same bead. Read, never changed."""
    names: dict[str, str] = {}
    for text in texts:
        for folded, source_form in _name_capitals(text, capitalises_nouns).items():
            names.setdefault(folded, source_form)
    return names


@cache
def _pair_function_words(target: Language, source: Language) -> frozenset[str]:
    """The function words of both languages (a name written like one is left alone): once per pair."""
    return _function_words(target) | _function_words(source)


def _recased_names(
    context: CheckContext, pair: SentencePair, names: dict[str, str] | None = None
) -> Iterator[tuple[Sentence, re.Match[str], str]]:
    """(target sentence, word, source form) for each target word that is a name or acronym of the source
    (``names``, by default all of :func:`_source_names`) written with other capitals; function words and
    words of addresses left out."""
    function_words = _pair_function_words(context.target_language, context.source_language)
    if names is None:
        capitalises_nouns = context.source_language.data.flag("traits", "capitalises_nouns")
        texts = tuple(sentence.text for sentence in pair.source)
        if not _names_in(texts, capitalises_nouns):
            return
        forms = _source_forms(texts, capitalises_nouns, context.target_language, context.source_language)
    elif not names:
        return
    else:
        forms = _SourceForms(names, context.target_language, function_words)
    calendar = calendar_names(context.target_language.code)
    for sentence in pair.target:
        text = decode_references(mask_protected(sentence.text))
        # The distinct words first: most sentences hold no name written with other capitals, and are
        # then told without a match object per word.
        recased = {word for word in set(_WORD.findall(text)) if forms.of(_after_elision(word)) is not None}
        if not recased:
            continue
        # The words of _words(), read from their matches: most are no name, and need no _Word.
        for match in _WORD.finditer(text):
            if match.group() not in recased:
                continue
            head = len(match.group()) - len(_after_elision(match.group()))
            if head:  # "l'ec": the word after the elided article is the name
                match = _WORD.match(text, match.start() + head) or match
            word = match.group()
            form = forms.of(word)
            glued = match.start() > 0 and sentence.text[match.start() - 1] in "./@"
            if form is None or word.casefold() in function_words or glued or word in calendar:
                continue  # a function word, a word of an address ("energieagentur.nrw"), a month as
                # the target writes it (Dutch "april", Swedish "september")
            yield sentence, match, form


class _SourceForms:
    """The source form of a target word that writes a name or acronym of the source with other capitals:
    the same letters (``canada``, ``mapk``), or, for an acronym of three letters or more written in
    lower case, the same letters in another order (``sras-cov-2``, ``arn`` for ``SARS-CoV-2``, ``RNA``:
    English acronyms that Romance languages reorder). A word of the target language that common (the
    ``ces`` of French for ``SEC``, Italian ``sua`` for ``USA``) is no acronym."""

    def __init__(self, names: dict[str, str], language: Language, function_words: frozenset[str]) -> None:
        self._names = names
        self._language = language
        self._function_words = function_words
        self._anagrams = {
            _letter_key(form): form for form in names.values() if _capitals(form) >= 2 and _letters(form) >= 3
        }
        # A word spells an acronym's letters only if it is as long (hyphens of both counted alike).
        self._lengths = {len(form) for form in names.values() if _letter_key(form) in self._anagrams}

    def of(self, word: str) -> str | None:
        form = self._names.get(word.casefold())
        if form is not None:
            return form if form != word else None
        if not self._anagrams or len(word) not in self._lengths or not word.islower():
            return None
        if word in self._function_words:
            return None
        form = self._anagrams.get(_letter_key(word))
        if form is None:
            return None
        words = lexicon(self._language)
        return form if words is None or words.zipf(word) < COMMON_WORD_ZIPF else None


@article_cached
def _source_forms(texts: tuple[str, ...], capitalises_nouns: bool, target: Language, source: Language) -> _SourceForms:
    """The :class:`_SourceForms` of all the names of the source sentences ``texts``: cached for the run,
    so a source's translations share them (they only read them)."""
    return _SourceForms(_names_in(texts, capitalises_nouns), target, _pair_function_words(target, source))


# wordfreq folds case, so lower-cased acronyms are "words" too (French "adn" 4.1, "sras" 2.5); the
# words an acronym's letters may spell by chance are common ones ("ces" 6.1, Italian "sua" 6.0).
COMMON_WORD_ZIPF = 4.5


def _letter_key(word: str) -> str:
    return "".join(sorted(character for character in word.casefold() if character.isalnum()))


# An elided article, preposition or pronoun before an apostrophe (French "l'", "d'", "qu'", Italian
# "dell'", "un'"): what follows is a word of its own, a name of the source among them ("l'ec" for EC).
_ELISION = re.compile(r"[^\W\d_]{1,6}['’](?=[^\W_])")


def _after_elision(word: str) -> str:
    if "'" not in word and "’" not in word:
        return word
    elided = _ELISION.match(word)
    return word[elided.end() :] if elided else word


class AcronymCase(Check):
    info = CheckInfo(
        id="spelling.acronym_case",
        category="spelling",
        severity="minor",
        description="An acronym of the source is written with its first capital only (`Covid-19` for `COVID-19`).",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "Risk factors of severe COVID-19 in adults.",
                "Facteurs de risque de la Covid-19 sévère chez l'adulte.",
                finds="Covid-19",
            ),
        ),
        passing=(
            passes("SEATTLE (AP) - Crowds marched in Seattle.", "Seattle (AP) - In Seattle zogen Menschen."),
            passes("CALL NASA NOW FOR INFO", "Appelez la Nasa maintenant"),
            passes("The EC ruled.", "La Ec a statué."),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        shouted: bool | None = None
        # Only a source form in capitals of three letters or more is reported (the test below): the
        # other names are left out first, which leaves none in most beads. A word is told by its
        # source form alone, so those it keeps yield as before.
        acronyms = {folded: form for folded, form in _source_names(context, pair).items() if _acronym(form)}
        word_letters = context.target_language.data.value("spelling", "acronym_word_letters")
        for sentence, match, form in _recased_names(context, pair, acronyms):
            word = match.group()
            if not _acronym(form) or not word[0].isupper() or _capitals(word) != 1:
                continue
            if isinstance(word_letters, int) and _read_as_word(form, word_letters):
                continue  # the target's press writes an acronym read as a word so ("Inpe", "Unesco")
            if _written_in(context.source.text, word):
                continue  # a name the source writes both ways ("SEATTLE (AP) — … in Seattle")
            if shouted is None:
                shouted = _shouted(pair)
            if shouted:
                continue
            yield self.finding(
                context,
                f"the acronym {form!r} is written {word!r}",
                target_span=Span(sentence.span.start + match.start(), sentence.span.start + match.end()),
                suggestion=form,
            )


def _acronym(form: str) -> bool:
    return _letters(form) >= 3 and form.isupper()


_VOWELS = frozenset("AEIOUÁÉÍÓÚÂÊÔÃÕ")
# Consonants in a row that no word of the languages with ``acronym_word_letters`` opens with or holds
# ("BNDES", "INSS" are spelt out letter by letter).
_SPELT_CONSONANTS = 3


def _read_as_word(form: str, letters: int) -> bool:
    """True when the acronym has ``letters`` letters or more and reads as a word: a vowel in its first
    two letters and no run of three consonants ("INPE", "IBAMA", "UNESCO"; not "BNDES", "INSS")."""
    word = "".join(c for c in form if c.isalpha())
    if len(word) < letters or _VOWELS.isdisjoint(word[:2]):
        return False
    run = 0
    for char in word:
        run = 0 if char in _VOWELS else run + 1
        if run >= _SPELT_CONSONANTS:
            return False
    return True


def _shouted(pair: SentencePair) -> bool:
    """True when the source sentences hold more than three words of three letters or more in capitals:
    text written in capitals for emphasis (``ORDER ONLINE TODAY``), whose words are no acronyms."""
    words = (w.text for s in pair.source for w in _words(s.text))
    return sum(w.isupper() and _letters(w) >= 3 for w in words) > 3


def _written_in(text: str, word: str) -> bool:
    """True when ``text`` holds ``word`` as a whole word, in the same case."""
    return re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text) is not None


class RunTogether(Check):
    info = CheckInfo(
        id="spelling.run_together",
        category="spelling",
        severity="minor",
        description="Two words written as one (`ounceMedium`, `compatibleUSB`, Spanish `bolsillolateral`).",
        scope=Scope.PARAGRAPH,
        failing=(
            fails("Weight: 8 ounce. Medium size.", "Poids : 8 onces. ounceMedium taille.", finds="ounceMedium"),
            fails(
                "Place it on the forehead. Fasten the strap.",
                "Placez-le sur le frontFixez la sangle.",
                finds="frontFixez",
            ),
            fails(
                "Keys go in the side pocket.",
                "Las llaves van en el bolsillolateral.",
                finds="bolsillolateral",
                target_lang="es",
            ),
        ),
        passing=(
            passes("Buy the iPhone on YouTube.", "Achetez l'iPhone sur YouTube."),
            passes("A self-cleaning oven.", "Un four autonettoyant."),
            passes("Use the camelCase name.", "Utilisez le nom camelCase."),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        # Paragraphs, not sentences: the segmenter cuts "endete.Der" into two sentences.
        source_text = pair.source_text
        glued_in_source: bool | None = None  # read only where a joined word has a mark: most have none
        for paragraph in pair.target:
            masked = mask_protected(paragraph.text)
            if not _JOINED_HINT.search(masked):
                continue
            for match in _JOINED.finditer(masked):
                head, mark, tail = match.groups()
                joined = match.group()
                if joined in source_text or _capitals(joined) > 1:
                    continue
                if mark and glued_in_source is None:
                    glued_in_source = _joined_in(mask_protected(source_text))
                if mark and glued_in_source:
                    continue
                span = Span(paragraph.span.start + match.start(), paragraph.span.start + match.end())
                yield self.finding(
                    context,
                    f"{joined!r} runs two words together",
                    target_span=span,
                    suggestion=f"{head}{mark} {tail}",
                )
        for paragraph in pair.target:
            for start, head, tail in _glued_unit(paragraph.text, source_text):
                joined = head + tail
                yield self.finding(
                    context,
                    f"{joined!r} runs a unit and a word together",
                    target_span=Span(paragraph.span.start + start, paragraph.span.start + start + len(joined)),
                    suggestion=f"{head} {tail}",
                )
        for paragraph in pair.target:
            for start, head, tail in _glued_words(context, paragraph.text, source_text):
                joined = head + tail
                yield self.finding(
                    context,
                    f"{joined!r} runs two words together",
                    target_span=Span(paragraph.span.start + start, paragraph.span.start + start + len(joined)),
                    suggestion=f"{head} {tail}",
                )


def _glued_unit(text: str, source_text: str) -> Iterator[tuple[int, str, str]]:
    """(start, unit, word) of a unit symbol glued to a capitalised word after a number (German ``60
    NmDrehmoment`` for ``60 Nm of torque``), the unit being one the source writes after a number. A unit
    in lower case (``kgGewicht``) is found by ``_JOINED``; one with a capital (``Nm``, ``mAh``, ``kWh``)
    looks like a brand (``McDonald``) to it."""
    if not _NUMBER_THEN_WORD.search(text):
        return
    units = {match.group(1) for match in _NUMBER_THEN_UNIT.finditer(source_text)}
    for match in _NUMBER_THEN_WORD.finditer(text):
        token = match.group(1)
        if token in source_text:
            continue
        for unit in sorted(units, key=len, reverse=True):
            tail = token[len(unit) :]
            if token.startswith(unit) and len(tail) >= MIN_SECOND_HALF and tail[0].isupper() and tail[1:].islower():
                yield match.start(1), unit, tail
                break


def _glued_words(context: CheckContext, text: str, source_text: str) -> Iterator[tuple[int, str, str]]:
    """(start, first word, second word) of the words run together without a capital between them: a code
    of the source glued to a lower-case word (``sécuritéEN`` for ``… EN 71``), or, in a language that
    writes its compounds apart (``[traits] open_compounds``), a long word unknown to the language that
    splits into two of its words and that the source does not write (``pocheinférieure``, ``riponenel``)."""
    masked = mask_protected(text)
    if _GLUED_CODE_HINT.search(masked):
        for match in _GLUED_CODE.finditer(masked):
            head, tail = match.groups()
            if match.group() not in source_text and _written_in(source_text, tail):
                yield match.start(), head, tail
    language = context.target_language
    glued = list(_glued_articles(text, source_text, language))
    yield from glued
    taken = {start for start, _, _ in glued}
    open_compounds = language.data.flag("traits", "open_compounds")
    particles = language.data.words("spelling", "glued_particles")
    finals = language.data.strings("spelling", "glued_final_words")
    if not open_compounds and not particles and not finals:
        return
    words = lexicon(language)
    if words is None:
        return
    folded_source = source_text.casefold()
    repeated = context.analysis(_words_of_several_paragraphs)
    verbs = verb_lexicon(language)
    # A verb form wordfreq lacks splits into its stem and its ending ("abroger" + "ait").
    verb_endings = (*verbs.endings, *verbs.clause_verb_endings) if verbs else ()
    for match in _LONG_WORD.finditer(masked):
        word = match.group()
        # The substring search of the source last: it reads the whole source paragraph, which is long in a
        # text without paragraph breaks, and most words fail a cheaper test first.
        if (
            not word.islower()
            or match.start() in taken
            or word in repeated
            or (open_compounds and word.endswith(verb_endings))
            or _known(words, word)
            or word in folded_source
        ):
            continue
        if not open_compounds:
            # A language that writes its compounds closed: only a particle glued to the verb after it
            # (a verb form the lexicon lacks ends so too, but does not open with a particle and a word),
            # or a conjunction that ends none of its words glued after one (Swedish "höftbältetoch").
            halves = _glued_particle(word, words, particles) or _glued_final(word, finals)
            if halves is not None:
                yield match.start(), *halves
            continue
        # The short function word first: a cut such as "protector" + "ade" would split it as well, worse.
        halves = (
            _glued_short_word(word, words, language.data.words("terminology", "function_words"))
            or _split(
                word,
                words,
                language.data.words("terminology", "determiners"),
                language.data.words("spelling", "derivational_endings"),
            )
            or _glued_and(word, words, str(language.data.value("names", "and", "")))
        )
        if halves is not None:
            yield match.start(), *halves


def _glued_articles(text: str, source_text: str, language: Language) -> Iterator[tuple[int, str, str]]:
    """(start, preposition, article) of a preposition and an article run together (French ``avecla``,
    Spanish ``conel``, Italian ``perun``; ``[spelling] glued_prepositions`` and ``glued_articles``): too
    short for the long-word cuts, and held by the lexicon only as a typo of the web, rarer than
    ``GLUED_ARTICLE_ZIPF`` (``parle``, ``perla`` are words). Not a form the source writes."""
    pattern = _glued_article_pattern(language)
    if pattern is None:
        return
    words = lexicon(language)
    if words is None:
        return
    for match in pattern.finditer(mask_protected(text)):
        if words.zipf(match.group()) < GLUED_ARTICLE_ZIPF and match.group() not in source_text:
            yield match.start(), match.group(1), match.group(2)


# A preposition and an article run together are a word this common at most (Spanish "porla" 2.3, French
# "surle" 2.1 as typos; "parla" 3.1, Italian "perla" 4.0 are words).
GLUED_ARTICLE_ZIPF = 2.5


@cache
def _glued_article_pattern(language: Language) -> re.Pattern[str] | None:
    prepositions = language.data.strings("spelling", "glued_prepositions")
    articles = language.data.strings("spelling", "glued_articles")
    if not prepositions or not articles:
        return None
    return re.compile(rf"(?<![\w'’-])({alternation(prepositions)})({alternation(articles)})(?![\w'’-])")


def _words_of_several_paragraphs(context: CheckContext) -> frozenset[str]:
    """The long words (folded) the translation writes in two paragraphs or more: a compound the engine
    writes alike in the title, a bullet and the description (Italian ``tagliapasta``, Spanish
    ``portavasos``) is a word it knows, where two words run together by a slip are written once."""
    if len(context.target.paragraphs) < 2:
        return frozenset()  # a segment, a one-paragraph article: no word is in two paragraphs
    counts: Counter[str] = Counter()
    for paragraph in context.target.paragraphs:
        counts.update({match.group().casefold() for match in _LONG_WORD.finditer(paragraph.text)})
    return frozenset(word for word, count in counts.items() if count > 1)


@lru_cache(maxsize=1 << 14)
def _known(words: Lexicon, word: str) -> bool:
    # A pure function of a word, asked of every long word of every translation: a bounded cache keeps
    # words across articles (the lexicon's look-up was most of this rule's cost on bio-MQM en-fr).
    return words.zipf(word) > 0


def _split(
    word: str, words: Lexicon, determiners: frozenset[str], endings: frozenset[str] = frozenset()
) -> tuple[str, str] | None:
    """The first cut of ``word`` into two common words of the language (see ``SPLIT_ZIPF``), if any, or
    into a determiner of three letters or more and a common word of ``MIN_AFTER_DETERMINER`` letters
    (Spanish ``sushierbas``, French ``lesrobinets``: shorter first halves are read as determiners only).
    A cut before a derivational ending (``[spelling] derivational_endings``: Portuguese ``enfia`` +
    ``dor``, French ``affût`` + ``eur``) is no cut: the ending makes a noun of the stem, one wordfreq
    may lack, and is a word of its own only by chance (Portuguese "dor", pain)."""
    for cut in range(3, MIN_FIRST_HALF):
        head, tail = word[:cut], word[cut:]
        if head in determiners and len(tail) >= MIN_AFTER_DETERMINER and words.zipf(tail) >= SPLIT_ZIPF:
            return head, tail
    for cut in range(MIN_FIRST_HALF, len(word) - MIN_SECOND_HALF + 1):
        head, tail = word[:cut], word[cut:]
        if head in _COMBINING_FORMS or head in _VERB_NOUN_HEADS or tail in endings:
            continue
        head_zipf = words.zipf(head)
        if head_zipf < SPLIT_ZIPF_BEFORE_DETERMINER:
            continue
        if head_zipf >= SPLIT_ZIPF and words.zipf(tail) >= SPLIT_ZIPF:
            return head, tail
        if tail in determiners and len(head) > MIN_FIRST_HALF:
            return head, tail
    return None


def _glued_and(word: str, words: Lexicon, conjunction: str) -> tuple[str, str] | None:
    """``word`` cut before the language's "and" glued to its end (French ``automatiqueet``, Spanish
    ``resistentey``), when what is left is a common word of ``MIN_AND_HEAD`` letters or more."""
    head = word[: -len(conjunction)]
    if conjunction and word.endswith(conjunction) and len(head) >= MIN_AND_HEAD and words.zipf(head) >= SPLIT_ZIPF:
        return head, conjunction
    return None


def _glued_short_word(word: str, words: Lexicon, function_words: frozenset[str]) -> tuple[str, str] | None:
    """``word`` cut after a function word of one or two letters glued before a common word (Portuguese
    ``ocomprimento``, Spanish ``elteclado``) or before one of two letters glued after it (Spanish
    ``saludablede``, Italian ``tastierain``): halves too short for :func:`_split`. The long half must be a
    common word of ``MIN_AND_HEAD`` letters or more, a Zipf of ``SHORT_WORD_PARTNER_ZIPF``: a rare one
    makes chance words of an ending (``-de``, ``-in``) or a prefix (``a-``)."""
    short = [w for w in function_words if len(w) <= 2]
    before = _glued_particle(word, words, short)
    if before is not None:
        return before
    for little in sorted(short, key=lambda w: (-len(w), w)):
        rest = word[: -len(little)]
        if (
            len(little) == 2
            and word.endswith(little)
            and len(rest) >= MIN_AND_HEAD
            and words.zipf(rest) >= SHORT_WORD_PARTNER_ZIPF
        ):
            return rest, little
    return None


def _glued_final(word: str, finals: Iterable[str]) -> tuple[str, str] | None:
    """``word`` cut before a word that ends no word of the language (``[spelling] glued_final_words``:
    Swedish ``och``), glued after ``MIN_AND_HEAD`` letters or more: the head may be a compound the
    lexicon lacks (``höftbältet``), so only the ending is evidence."""
    for final in finals:
        if word.endswith(final) and len(word) - len(final) >= MIN_AND_HEAD:
            return word[: -len(final)], final
    return None


def _glued_particle(word: str, words: Lexicon, particles: Iterable[str]) -> tuple[str, str] | None:
    """``word`` cut after a short word glued before a common word of ``MIN_AND_HEAD`` letters or more: a
    particle the language writes apart before a verb (``[spelling] glued_particles``: Dutch ``te`` before
    an infinitive, ``teveranderen``), or a function word (see :func:`_glued_short_word`). Only words the
    language does not know get here: its compounds that open so ("tevreden", "tegelijk") are words of its
    lexicon. The longest particle first, then in alphabetical order: one answer per run."""
    for particle in sorted(particles, key=lambda w: (-len(w), w)):
        rest = word[len(particle) :]
        if word.startswith(particle) and len(rest) >= MIN_AND_HEAD and words.zipf(rest) >= SHORT_WORD_PARTNER_ZIPF:
            return particle, rest
    return None


def _joined_in(text: str) -> bool:
    return _JOINED_HINT.search(text) is not None and _JOINED.search(text) is not None


# A lower-case word of letters only, not glued to a hyphen, apostrophe, slash or another word.
_LOWER_WORD = re.compile(r"(?<![\w'’/@#.-])[a-zäöüß]{6,}(?![\w'’/@-])")


class LowerCaseNoun(Check):
    info = CheckInfo(
        id="spelling.lower_case_noun",
        category="spelling",
        severity="minor",
        description="A noun written in lower case in a language that capitalises nouns (German `mit "
        "leichtigkeit`), told by a suffix that makes nouns only (`-keit`, `-ung`).",
        scope=Scope.PARAGRAPH,
        failing=(fails("Drills with ease.", "Bohrt mit leichtigkeit.", finds="leichtigkeit", target_lang="de"),),
        passing=(
            passes("Drills with ease.", "Bohrt mit Leichtigkeit.", target_lang="de"),
            passes("A young team.", "Ein junges Team, jung und schnell.", target_lang="de"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        """Only words the source does not write in lower case too (a copied code or address) are judged;
        words of six letters or more (``jung`` is an adjective)."""
        language = context.target_language
        suffixes = language.data.strings("spelling", "noun_suffixes")
        if not suffixes or not language.data.flag("traits", "capitalises_nouns"):
            return
        exceptions = language.data.strings("spelling", "not_noun_endings")
        source = pair.source_text
        for paragraph in pair.target:
            for match in _LOWER_WORD.finditer(mask_protected(paragraph.text)):
                word = match.group()
                if not word.endswith(suffixes) or word.endswith(exceptions) or _written_in(source, word):
                    continue
                start = paragraph.span.start + match.start()
                yield self.finding(
                    context,
                    f"{word!r} is a noun: this language writes nouns with a capital",
                    target_span=Span(start, start + len(word)),
                    suggestion=word[0].upper() + word[1:],
                )


# A semicolon, spaces, a capitalised word, then a lower-case word (not a title: "; Die Linke").
_AFTER_SEMICOLON = re.compile(r";[^\S\n]+([^\W\d_]+)[^\S\n]+([^\W\d_]+)")


class CapitalAfterSemicolon(Check):
    info = CheckInfo(
        id="spelling.capital_after_semicolon",
        category="spelling",
        severity="minor",
        description="A function word with a capital after a semicolon (`eingebettet; Es gibt`).",
        scope=Scope.PARAGRAPH,
        target_needs=";",  # every finding follows a semicolon
        failing=(
            fails(
                "It's directly embedded; there's no external instructions.",
                "Es ist direkt eingebettet; Es gibt keine externen Anweisungen.",
                finds="Es",
                target_lang="de",
            ),
        ),
        passing=(
            passes(
                "It's directly embedded; there's no external instructions.",
                "Es ist direkt eingebettet; es gibt keine externen Anweisungen.",
                target_lang="de",
            ),
            passes("Thank you; please call back.", "Danke; Sie können zurückrufen.", target_lang="de"),
            passes("He said; Le Monde reported it.", "Il a dit ; Le Monde l'a rapporté."),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        if not any(";" in p.text for p in pair.target) or context.analysis(_source_capitalises_after_semicolons):
            return
        for paragraph in pair.target:
            for match in capitals_after_semicolons(mask_protected(paragraph.text), context.target_language):
                word = match.group(1)
                start = paragraph.span.start + match.start(1)
                yield self.finding(
                    context,
                    f"{word!r} has a capital after a semicolon, which does not start a sentence",
                    target_span=Span(start, start + len(word)),
                    suggestion=word.lower(),
                )


def capitals_after_semicolons(text: str, language: Language) -> Iterator[re.Match[str]]:
    """Matches of a capitalised function word of ``language`` after a semicolon (group 1), followed by a
    lower-case word, that the language does not always capitalise."""
    if ";" not in text:
        return
    function_words = _function_words(language)
    always = language.data.words("spelling", "always_capitalised")
    for match in _AFTER_SEMICOLON.finditer(text):
        word, following = match.group(1), match.group(2)
        capitalised = word[0].isupper() and word[1:].islower() and following.islower()
        if capitalised and word not in always and word.casefold() in function_words:
            yield match


def _source_capitalises_after_semicolons(context: CheckContext) -> bool:
    # A source that capitalises after its semicolons (a list, a house style) excuses the translation.
    language = context.source_language
    return any(next(capitals_after_semicolons(p.text, language), None) for p in context.source.paragraphs)


# A word whose lower-case form is at least this common (Zipf) is a word of the language, not a rare name.
CAPITAL_WORD_ZIPF = 2.0
# Shorter capitalised words are judged too: a possessive ("Skaffa Din i dag") is three letters long.
MIN_CAPITAL_WORD = 3


class UnmotivatedCapital(Check):
    """A common word capitalised mid-sentence that the source gives no reason to capitalise.

    Product, interface and documentation texts only (``--profile product|ui|docs``): news names places and
    institutions that the target capitalises by convention where the source writes them in lower case or
    as an adjective (Italian ``alla Borsa merci di Bari`` for "the Bari commodity exchange", French ``sapin
    du Trentin`` for ``abete trentino``), and a source in a caseless script (Japanese, Arabic) motivates
    no capital at all: on the news corpora and blind sets, all of its findings were such names. Product
    copy names brands, which the translation keeps as written, and its stray capitals are errors."""

    info = CheckInfo(
        id="spelling.unmotivated_capital",
        category="spelling",
        severity="minor",
        description="A common word capitalised mid-sentence where the source capitalises nothing (`le Filtre`).",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "Remove the filter and rinse it under warm water.",
                "Retirez le Filtre et rincez-le à l’eau tiède.",
                finds="Filtre",
                config={"profile": "product"},
            ),
            fails(
                "The padded straps adjust to any height.",
                "Le cinghie imbottite si adattano a qualsiasi Altezza.",
                finds="Altezza",
                target_lang="it",
                config={"profile": "product"},
            ),
        ),
        passing=(
            passes("Remove the filter.", "Retirez le Filtre."),  # news: not judged
            passes("The Senate voted on the budget.", "Le Sénat a voté le budget.", config={"profile": "product"}),
            passes(
                "The government met the Acme team.",
                "El Gobierno se reunió con el equipo Acme.",
                target_lang="es",
                config={"profile": "product"},
            ),
            passes(
                "Order Yours Today and Save!",
                "Commandez la Vôtre Dès Aujourd’hui et Économisez !",
                config={"profile": "product"},
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        if context.config.profile == "news":
            return  # see the docstring
        source_language, target_language = context.source_language, context.target_language
        if source_language.data.flag("traits", "capitalises_nouns") or target_language.data.flag(
            "traits", "capitalises_nouns"
        ):
            return  # a capital there marks a noun, not a name
        for source, target in paired_sentences(pair):
            for word in _unmotivated_capitals(context, source.text, target.text):
                yield self.finding(
                    context,
                    f"{word.text!r} is capitalised inside the sentence; nothing in the source sentence is",
                    target_span=Span(target.span.start + word.start, target.span.start + word.end),
                    suggestion=word.text.lower(),
                )


def _unmotivated_capitals(context: CheckContext, source: str, target: str) -> Iterator[_Word]:
    """The common words of ``target`` capitalised inside the sentence (between lower-case words, or after
    its first word) when the source sentence capitalises no word that ``target`` does not keep as written,
    apart from a sentence opening that the source article never capitalises inside a sentence: the source
    gives no name or title the capital could render. Left alone: words of the source (names kept), the
    target language's calendar names, the head words of its institutions' names (``[names] heads``:
    Spanish ``el Gobierno``, Italian ``la Regione``), which it capitalises by convention, and the pronouns
    of address it may capitalise out of courtesy (``[spelling] courtesy_capitals``: Polish ``Twojej``)."""
    target_words = _words(target)
    if not any(_capitalised_only(w.text) for w in target_words[1:]):
        return  # most sentences
    kept = {w.text.casefold() for w in target_words}
    source_words = _words(source)
    inside = context.analysis(_capitalised_inside)
    for word in source_words:
        if _glued_name(word.text) and word.text.casefold() not in kept:
            return  # a brand glued from capitalised words (AirWeave), rendered in words the target may capitalise
        if not _capitalised_only(word.text) or word.text.casefold() in kept:
            continue
        if _after_stop(source, word.start) and not inside[fold(word.text)] and not _place(context, word.text):
            continue  # a capital that only opens a sentence
        return  # a name, a title or a capitalised phrase of the source: its rendering may keep capitals
    words = lexicon(context.target_language)
    if words is None:
        return
    # Words the source capitalises too: a name kept as written. One the source writes in lower case
    # ("filter media", "the motor") gives its capital no reason.
    capitalised_in_source = {w.text.casefold() for w in source_words if w.text[:1].isupper()}
    exempt = (
        calendar_names(context.target_language.code)
        | _institution_heads(context.target_language)
        | context.target_language.data.words("spelling", "courtesy_capitals")
    )
    for index, word in enumerate(target_words):
        if index == 0 or not _capitalised_only(word.text) or len(word.text) < MIN_CAPITAL_WORD:
            continue
        if _after_stop(target, word.start) or word.text.casefold() in capitalised_in_source:
            continue
        before = target_words[index - 1].text
        after = target_words[index + 1].text if index + 1 < len(target_words) else ""
        if _letter_acronym(before) and index > 1 and target_words[index - 2].text[0].islower():
            before = before.lower()  # an acronym after a common word ("con LED Infrarrojos") opens no name
        if (index > 1 and not before[0].islower()) or after[:1].isupper():
            continue  # a run of capitalised words: a name or a title
        if index > 2 and _capitalised_only(target_words[index - 2].text) and len(before) <= 3:
            continue  # a name's words joined by a connector ("Cámara de Agricultura")
        if index > 1 and _coordinated_with_name(target_words[index - 2].text, before, source, context):
            continue  # one of a series of names ("Android or iOS", "Wi-Fi and Bluetooth"): a name too
        lower = word.text.lower()
        if lower in exempt or word.text in exempt or words.zipf(lower) < CAPITAL_WORD_ZIPF:
            continue
        if proper_words(context.target_language).get(lower) == word.text:
            continue  # a nationality or language word the language always capitalises ("a Dutch oven")
        yield word


def _coordinated_with_name(name: str, joiner: str, source: str, context: CheckContext) -> bool:
    """True when ``joiner`` is a coordinating conjunction of the target (``[spelling]
    continuation_openers``) after ``name``, a capitalised word the source sentence writes as it stands:
    a word joined so to a name kept from the source is one more name of the series (a technology, a
    platform, a brand), capitalised whether or not the source names it."""
    if not name[:1].isupper() or joiner not in context.target_language.data.words("spelling", "continuation_openers"):
        return False
    return any(w.text == name for w in _words(source))


def _letter_acronym(word: str) -> bool:
    return len(word) >= MIN_ACRONYM_LETTERS and word.isalpha() and word.isupper()


# An acronym has two letters or more ("LED", "USB"); one capital is an initial.
MIN_ACRONYM_LETTERS = 2


def _place(context: CheckContext, word: str) -> bool:
    """True when the target language has a name of its own for ``word`` (``Romania``: ``Roumanie``)."""
    forms = accepted_renderings(word, context.source_language, context.target_language, {})
    return any(fold(form) != fold(word) for form in forms)


def _capitalised_inside(context: CheckContext) -> Counter[str]:
    """How often the source article capitalises each word (folded) inside a sentence, apart from lines
    in title case (a product page's tagline, "Peace of Mind, Day and Night"), which capitalise every
    word: there a capital says nothing of the word."""
    texts = tuple(s.text for s in context.source.sentences if not _title_case(s.text))
    return document_words_of(texts).capitalised_inside


def _title_case(text: str) -> bool:
    """True when every word of four letters or more after the first is capitalised, two at least."""
    long_words = [w.text for w in _words(text)[1:] if len(w.text) >= MIN_TITLE_WORD]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


# Words this long are capitalised in a title-case line; shorter ones may be its lower-case connectors.
MIN_TITLE_WORD = 4


def _capitalised_only(word: str) -> bool:
    return word[0].isupper() and len(word) > 1 and word[1:].islower()


def _glued_name(word: str) -> bool:
    """A name glued from capitalised words (``AirWeave``, ``SoundSleep``): no common word is so written."""
    if not word.isalpha():
        return False
    starts = [0, *(i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()), len(word)]
    parts = [word[a:b] for a, b in itertools.pairwise(starts)]
    return len(parts) >= 2 and all(_capitalised_only(part) for part in parts)


@cache
def _institution_heads(language: Language) -> frozenset[str]:
    return frozenset(w.casefold() for w in language.data.strings("names", "heads"))


class DemonymCapital(Check):
    """A nationality adjective or language name capitalised inside a sentence (Italian ``caffè Turco``,
    Spanish ``subtítulos en Inglés``) where the source names the same nationality or language and the
    target language writes these in lower case (CLDR's language names in the target locale are lower case:
    ``turco``, ``inglés``, ``svenska``; German ``Türkisch`` and Dutch ``Turks`` are not). English
    capitalises them, and engines carry the capital over. Only after a lower-case word and before a word
    that is not capitalised (``Real Academia Española``, ``Liga Española`` are names), never a word the
    source writes (a surname kept), and not in a language that capitalises the nouns naming a people
    (``[traits] demonym_nouns_capitalised``: French ``les Français``)."""

    info = CheckInfo(
        id="spelling.demonym_capital",
        category="spelling",
        severity="minor",
        description="A nationality adjective or language name capitalised mid-sentence where the target "
        "language writes it in lower case (`caffè Turco`).",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "Stepless adjustment from Turkish coffee to French press.",
                "Regolazione continua dal caffè Turco alla caffettiera a pistone.",
                finds="Turco",
                target_lang="it",
            ),
            fails(
                "The film has subtitles in English.",
                "A película tem legendas em Inglês.",
                finds="Inglês",
                target_lang="pt",
            ),
        ),
        passing=(
            passes(
                "Stepless adjustment from Turkish coffee to French press.",
                "Regolazione continua dal caffè turco alla caffettiera a pistone.",
                target_lang="it",
            ),
            passes(
                "The Royal Spanish Academy agreed.", "La Real Academia Española estuvo de acuerdo.", target_lang="es"
            ),
            passes("Many French people came.", "Beaucoup de Français sont venus."),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        target_language = context.target_language
        if target_language.data.flag("traits", "demonym_nouns_capitalised"):
            return
        named = _named_languages(tuple(sentence.text for sentence in pair.source), context.source_language)
        if not named:
            return  # most sentences: no nationality or language named in the source
        names = _language_names(target_language)
        if not all(names.get(code, "").islower() for code in named):
            return  # the target language capitalises them (German, Dutch), or CLDR lacks one
        target_names = [(code, names[code].casefold()) for code in named]
        source_text = " ".join(sentence.text for sentence in pair.source).casefold()
        for sentence in pair.target:
            words = _words(sentence.text)
            for index in range(1, len(words)):
                word = words[index]
                if not _capitalised_only(word.text) or _named_language(word.text, target_names) is None:
                    continue
                after = words[index + 1].text if index + 1 < len(words) else ""
                if not words[index - 1].text[:1].islower() or after[:1].isupper():
                    continue  # a run of capitalised words: a name ("Real Academia Española")
                if _after_stop(sentence.text, word.start) or word.text.casefold() in source_text:
                    continue  # a sentence opening, or a word kept from the source (a surname)
                yield self.finding(
                    context,
                    f"{word.text!r} is capitalised: this language writes nationalities and languages in lower case",
                    target_span=Span(sentence.span.start + word.start, sentence.span.start + word.end),
                    suggestion=word.text.lower(),
                )


@article_cached
def _named_languages(texts: tuple[str, ...], language: Language) -> frozenset[str]:
    """The codes of the languages or nationalities that capitalised words of the source ``texts`` name
    (``_language_names`` of the source ``language``). Kept for the run: the translations of one source
    ask for its sentences again."""
    by_prefix = _language_index(language)
    return frozenset(
        code
        for text in texts
        for word in set(_WORD.findall(decode_references(text)))  # each distinct word once
        if word[:1].isupper()
        and (code := _named_language(word, by_prefix.get(word[:MIN_NAME_WORD].casefold(), ()))) is not None
    )


@cache
def _language_names(language: Language) -> dict[str, str]:
    """CLDR's one-word names of languages (``tr``: Italian ``turco``, English ``Turkish``) in ``language``'s
    locale, which are also its nationality adjectives, as CLDR writes them; empty for an unknown locale."""
    try:
        from babel import Locale

        names = Locale.parse(language.tag.replace("-", "_")).languages
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return {}
    return {code: name for code, name in names.items() if "_" not in code and name.isalpha()}


@cache
def _language_index(language: Language) -> dict[str, tuple[tuple[str, str], ...]]:
    """``_language_names`` by the first four letters of the name, folded: a word is compared with the
    few names it could be, not with hundreds."""
    index: dict[str, list[tuple[str, str]]] = {}
    for code, name in _language_names(language).items():
        index.setdefault(name[:MIN_NAME_WORD].casefold(), []).append((code, name.casefold()))
    return {key: tuple(value) for key, value in index.items()}


def _named_language(word: str, names: Iterable[tuple[str, str]]) -> str | None:
    """The code of the language whose folded name (of ``names``: code, name) ``word`` is, or an
    inflection of it (Italian ``turca``, ``turchi`` for ``turco``; Swedish ``turkiskt`` for ``turkiska``):
    its name less the last letter opens the word, at most two letters longer, for names of five letters
    or more."""
    folded = word.casefold()
    if len(folded) < MIN_NAME_WORD:
        return None
    for code, name in names:
        if folded == name or (
            len(name) >= MIN_INFLECTED_NAME and folded.startswith(name[:-1]) and len(folded) - len(name) <= 2
        ):
            return code
    return None


# Words of fewer letters are no language names here (CLDR's "Ga", "Ewe" are words of other senses too).
MIN_NAME_WORD = 4
# Language names this long or longer are matched in their inflections too ("turco": "turca", "turchi").
MIN_INFLECTED_NAME = 5


class RegionalVariant(Check):
    info = CheckInfo(
        id="spelling.regional_variant",
        category="spelling",
        severity="minor",
        description="English spelt the other region's way: `behaviours` in American English, `color` in British.",
        languages=("en",),
        failing=(
            fails(
                "Nous avons analysé les données des patients.",
                "We analysed the patient data.",
                finds="analysed",
                source_lang="fr",
                target_lang="en",
            ),
            fails(
                "Die Farbe des Zentrums.",
                "The color of the centre.",
                finds="color",
                source_lang="de",
                target_lang="en-GB",
            ),
        ),
        passing=(
            passes(
                "Nous avons analysé les données des patients.",
                "We analyzed the patient data.",
                source_lang="fr",
                target_lang="en",
            ),
            passes(
                "Ils ont analysé le comportement des enfants.",
                "They analysed the behaviour of the children.",
                source_lang="fr",
                target_lang="en",
            ),
            passes("Le parti travailliste a gagné.", "The Labour Party won.", source_lang="fr", target_lang="en"),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterator[Finding]:
        language = context.target_language
        for variant in regional_variants(context.target.text, language):
            if variant.british:
                own, text = "British", "American English (the tag has no British region)"
            else:
                own = "American"
                text = f"British English ({language})" if language.region else "British English, as most of it"
            yield self.finding(
                context,
                f"{variant.word!r} is the {own} spelling; this text is in {text}: {variant.other!r}",
                target_span=Span(variant.start, variant.end),
                suggestion=variant.other,
            )


class LowerCaseProper(Check):
    info = CheckInfo(
        id="spelling.lower_case_proper",
        category="spelling",
        severity="minor",
        description="A country name, or a nationality or language word, in lower case in English (`canadians`).",
        languages=("en",),
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "Les Canadiens ont voté.",
                "The canadians have voted.",
                finds="canadians",
                source_lang="fr",
                target_lang="en",
            ),
            fails(
                "Die Grenze zu Syrien.",
                "The syrian border is closed.",
                finds="syrian",
                source_lang="de",
                target_lang="en",
            ),
        ),
        passing=(
            passes("Les Canadiens ont voté.", "Canadians have voted.", source_lang="fr", target_lang="en"),
            passes("Un service en porcelaine.", "A set of fine china.", source_lang="fr", target_lang="en"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        source = " ".join(p.text for p in pair.source)
        for paragraph in pair.target:
            found = lower_case_proper(paragraph.text, source, context.target_language, context.source_language)
            for start, end, form in found:
                word = paragraph.text[start:end]
                yield self.finding(
                    context,
                    f"{word!r} is written with a capital in this language: {form!r}",
                    target_span=Span(paragraph.span.start + start, paragraph.span.start + end),
                    suggestion=form,
                )


CHECKS: tuple[type[Check], ...] = (
    SentenceStart,
    LostCapitals,
    AcronymCase,
    RunTogether,
    CapitalAfterSemicolon,
    UnmotivatedCapital,
    LowerCaseNoun,
    RegionalVariant,
    DemonymCapital,
    LowerCaseProper,
)
