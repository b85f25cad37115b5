"""English spelt the other region's way: ``behaviours``, ``analysed``, ``paediatric`` in American English,
``color``, ``center``, ``analyze`` in British English (``spelling.regional_variant``).

Which variety a text is in: its language tag's region (``en-GB``, ``en-AU``... are British-like:
``[spelling.regional] british_regions``); a tag without a region (``en``, which CLDR's likely subtags
also make of ``en-US``) is American unless the text spells British at least ``BRITISH_EVIDENCE`` more
times than American, as a house style (the rule ``typography.quote_punctuation`` reads the region by), or
is an article of ``LONG_TEXT_WORDS`` words or more whose regional spellings are all British.

A word's other spelling is made by rules, not looked up in a list of pairs, so that words nobody listed
are judged too: an ending (``our`` -> ``or``, ``ise`` -> ``ize``, ``tre`` -> ``ter``, ``mme`` -> ``m``,
``elled`` -> ``eled``..., ``[spelling.regional] endings``) or, for American English, a digraph (``ae``,
``oe`` -> ``e``: ``oesophagus``, ``haemoglobin``). The rewritten word must be a word of the language
(wordfreq's English list, :mod:`mtqa.lang.lexicon`) at least ``MIN_ZIPF`` common; in American English it
must also be at least as common as the word itself, since English usage at large is mostly American: that
keeps ``promise``, ``timbre``-like pairs of two words (``glamour``, ``theatre``, ``cancelled``, which
American writers also use) and ``four``/``for`` out. British English accepts ``-ize`` (Oxford spelling),
``program`` (software) and the verb ``license``: only ``british_reported`` endings are reported there.
Only words in lower case are read: a capital marks a name (``Labour``, ``World Health Organization``,
``Pearl Harbor``), kept as its owner spells it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from mtqa.checks._textutil import mask_protected
from mtqa.lang import Language
from mtqa.lang.lexicon import Lexicon, lexicon

# Net British spellings that make a text tagged without a region British (two make a house style; one
# is a slip or a quotation).
BRITISH_EVIDENCE = 2
# A text this long whose only regional spellings are British is British even with one of them: a whole
# article keeps its writer's variety, and one word is then a house style, not a slip. A shorter text (a
# segment, a title) gives too little evidence against its tag.
LONG_TEXT_WORDS = 100
# The other spelling must be at least this common (Zipf: 2 is once in 100 million words).
MIN_ZIPF = 2.0
# In British English, the British spelling may be this much rarer than the American one in wordfreq.
BRITISH_MARGIN = 1.0
# Words shorter than this are left alone ("four"/"for", "amour"/"amor", "shoes"/"shes").
MIN_LETTERS = 6
_DIGRAPH_LETTERS = 7

_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


@dataclass(frozen=True)
class Variant:
    start: int
    end: int
    word: str
    other: str  # the word spelt the text's way
    british: bool  # the word is the British spelling


@dataclass(frozen=True)
class _Rules:
    endings: tuple[tuple[str, str], ...]  # (British ending, American ending), longest first
    british_reported: frozenset[str]  # British endings whose American spelling British English rejects
    digraphs: tuple[str, ...]
    exceptions: frozenset[str]
    british_regions: frozenset[str]
    # Every ending a judged word may have, either way: one C-level ``endswith`` skips most words.
    suffixes: tuple[str, ...] = ()


@cache
def _rules(language: Language) -> _Rules | None:
    table = language.data.table_of("spelling", "regional")
    endings = tuple(
        sorted(
            ((str(pair[0]), str(pair[1])) for pair in table.get("endings", ()) if len(pair) == 2),
            key=lambda pair: -len(pair[0]),
        )
    )
    if not endings:
        return None
    return _Rules(
        endings,
        frozenset(table.get("british_reported", ())),
        tuple(table.get("digraphs", ())),
        frozenset(table.get("exceptions", ())),
        frozenset(table.get("british_regions", ())),
        tuple(sorted({ending for pair in endings for ending in pair})),
    )


def _american_of(word: str, rules: _Rules, words: Lexicon) -> str | None:
    """The American spelling of ``word`` when ``word`` is a British one, else None."""
    if len(word) < MIN_LETTERS or word in rules.exceptions:
        return None
    own = words.zipf(word)
    for british, american in rules.endings:
        if word.endswith(british) and len(word) - len(british) >= 2:
            other = word[: len(word) - len(british)] + american
            if words.zipf(other) >= max(MIN_ZIPF, own):
                return other
    if len(word) >= _DIGRAPH_LETTERS:
        for digraph in rules.digraphs:
            if word.count(digraph) == 1:
                other = word.replace(digraph, digraph[1:])
                if words.zipf(other) >= max(MIN_ZIPF, own):
                    return other
    return None


def _british_of(word: str, rules: _Rules, words: Lexicon) -> str | None:
    """The British spelling of ``word`` when ``word`` is an American one British English rejects (one
    letter shorter allowed: ``color``, ``labor``)."""
    if len(word) < MIN_LETTERS - 1 or word in rules.exceptions:
        return None
    own = words.zipf(word)
    for british, american in rules.endings:
        if british in rules.british_reported and word.endswith(american) and len(word) - len(american) >= 2:
            other = word[: len(word) - len(american)] + british
            if words.zipf(other) >= max(MIN_ZIPF, own - BRITISH_MARGIN):
                return other
    return None


def regional_variants(text: str, language: Language) -> Iterator[Variant]:
    """The words of ``text`` spelt the other English variety's way (see the module's docstring)."""
    rules, words = _rules(language), lexicon(language)
    if rules is None or words is None:
        return
    british: list[Variant] = []
    american: list[Variant] = []
    suffixes = rules.suffixes
    for match in _LOWER_WORD.finditer(mask_protected(text)):
        word = match.group()
        if len(word) < MIN_LETTERS - 1 or not (word.endswith(suffixes) or any(d in word for d in rules.digraphs)):
            continue  # no rule can rewrite it: most words, told without a look-up
        other = _american_of(word, rules, words)
        if other is not None:
            british.append(Variant(match.start(), match.end(), word, other, True))
            continue
        other = _british_of(word, rules, words)
        if other is not None:
            american.append(Variant(match.start(), match.end(), word, other, False))
    if language.region is None:
        british_text = len(british) - len(american) >= BRITISH_EVIDENCE or (
            british and not american and len(text.split()) >= LONG_TEXT_WORDS
        )
    elif language.region in rules.british_regions:
        british_text = True
    else:
        return  # a region that mixes the two (Canada) or one we know nothing of: say nothing
    yield from american if british_text else british
