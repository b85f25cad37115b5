"""A person's name left in the source's order where the target language puts the family name first.

Hungarian writes its own people's names family name first ("Lengyel Gábor", "Váradi Eszter"); an English
or German source writes them given name first ("Gábor Lengyel"), and a translation must turn them round.
Foreign people keep their order ("Anna Smith", "John Brown"), so only a name whose first word is one of
the target language's own given names in its own spelling (``[names] given_names``: "Gábor", "Eszter",
"Zsófia"; names shared with other languages, "Anna", "Andrea", left out) is read, or a shared one
(``[names] shared_given_names``) before one of the language's own family names in its own spelling
(``[names] family_names``: "Andrea Kovács", not "Andrea Kovacs" nor "Andrea Smith"), and only where the
language says it writes names so (``[names] family_name_first``). A finding needs the two words in that
order in the source sentence too (the translation copied the order) and the target's second word no given
name itself (two given names, "Gábor Péter", may be a family name that is also a given name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mtqa.checks._textutil import fold
from mtqa.checks.base import CheckContext, SentencePair
from mtqa.checks.names.lexicon import word_list
from mtqa.model import Span

# Two capitalised words side by side (a hyphenated family name is one word: "Kovács-Nagy").
# The second word is read ahead, so that every word is tried as a given name ("a Zsófia Kertész").
_PAIR = re.compile(r"(?<![\w-])([^\W\d_][^\W\d_]+)(?=([ \u00a0]+)([^\W\d_][^\W\d_'’-]*[^\W\d_])(?![\w-]))")


@dataclass(frozen=True)
class SourceOrder:
    given: str
    family: str
    span: Span  # in the target document


def source_order_names(context: CheckContext, pair: SentencePair) -> Iterator[SourceOrder]:
    """The names of the bead's target written given name first, as the source writes them, where the
    target language writes its people's family name first."""
    language = context.target_language
    if not language.data.flag("names", "family_name_first") or not pair.source or not pair.target:
        return
    given = word_list("given_names", language)
    if not given:
        return
    shared = word_list("shared_given_names", language)
    family = frozenset(language.data.strings("names", "family_names"))  # as spelt: accents tell them
    source_text = " ".join(s.text for s in pair.source)
    for sentence in pair.target:
        text = sentence.text
        for match in _PAIR.finditer(text):
            first, second = match.group(1), match.group(3)
            if not (first[0].isupper() and second[0].isupper()):
                continue
            if fold(first) not in given and not (second in family and fold(first) in shared):
                continue
            if fold(second) in given or not _in_order(source_text, first, second):
                continue
            start = sentence.span.start + match.start()
            end = match.end() + len(match.group(2)) + len(second)
            yield SourceOrder(first, second, Span(start, sentence.span.start + end))


def _in_order(text: str, first: str, second: str) -> bool:
    """True when the source writes the two words side by side in this order."""
    return re.search(rf"(?<!\w){re.escape(first)}[ \u00a0]+{re.escape(second)}(?![\w])", text) is not None
