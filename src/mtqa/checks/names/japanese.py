"""Japanese persons' names written in katakana, given name first, in a Japanese translation.

Japanese writes a Japanese person's name in kanji, family name first (``Takeshi Onodera`` -> ``小野寺武``);
katakana in the English order (``サチコ・ヒラノ`` for ``Sachiko Hirano``) is how a foreigner's name is
written, and how an engine renders a romanised name it does not know. A name is reported when:

- it is a two-word name of the source whose words both read as Japanese in Hepburn romanisation
  (syllables of a consonant and a vowel, a moraic ``n``, a doubled consonant: ``sa-chi-ko``, ``hi-ra-no``;
  not ``si``, ``ti``, ``tu``, ``hu``, which Hepburn spells ``shi``, ``chi``, ``tsu``, ``fu``: ``Rossi``,
  ``Monti`` are no Japanese names; nor the vowel pairs ``ia``, ``io``, ``eo``, ``ua``... of ``Maria``,
  ``Mario``, which Japanese names do not have: a ``y`` or ``w`` comes between),
- its family name (the second word) does not open with ``r``: Japanese family names are native words,
  which never do (``Sara Romano`` is Italian, though every syllable of it is Japanese),
- a katakana run of the translation romanises (anyascii) to its words in the source's order, and
- the article itself shows the convention: another such name of the source is written without katakana
  in the translation (in kanji). Without that evidence a Hepburn-shaped foreign name (``Maria Romano``)
  in katakana is left alone.
"""

from __future__ import annotations

import re

from mtqa.checks.base import CheckContext
from mtqa.checks.names.analysis import source_names
from mtqa.checks.names.extract import Name, is_descriptive
from mtqa.checks.names.scripts import RenderedName
from mtqa.model import Span

_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc\u31f0-\u31ff][\u30a1-\u30ff\u31f0-\u31ff=＝]*")
_HEPBURN = re.compile(
    r"(?:(?:ky|gy|sh|ch|j|ny|hy|by|py|my|ry|ts|[kgsztdnhbpmrwyf])?[aeiou]|n(?![aeiouy])|[kstpc](?=[kstpc]))+"
)
_NOT_HEPBURN = re.compile(r"s(?=i)|t(?=[iu])|h(?=u)|z(?=i)|d(?=[iu])|w(?=[iueo])|y(?=[ie])|i[ao]|e[ao]|u[ao]")


def katakana_japanese_names(context: CheckContext) -> list[RenderedName]:
    """Japanese persons' names of the source written in katakana in Western order in a Japanese target."""
    if context.target_language.code != "ja" or context.source_language.code == "ja":
        return []
    target = context.target.text
    runs = [(m, _letters(m.group())) for m in _KATAKANA_RUN.finditer(target)]
    if not runs:
        return []
    names = source_names(tuple(context.source.sentences), context.source_language)
    japanese = [
        n
        for found, _ in names.names.values()
        for n in found
        if len(n.tokens) == 2
        and all(_japanese(t.text) for t in n.tokens)
        and not _letters(n.tokens[1].text).startswith("r")
        and not is_descriptive(n, context.source_language)
    ]
    katakana = "".join(letters for _, letters in runs)
    in_kanji = {_letters_of(n) for n in japanese if _letters_of(n) not in katakana and _reversed(n) not in katakana}
    if not in_kanji:
        return []
    found: list[RenderedName] = []
    reported: set[Span] = set()
    for name in japanese:
        for match, letters in runs:
            span = Span(match.start(), match.end())
            if letters == _letters_of(name) and span not in reported and in_kanji - {letters}:
                reported.add(span)
                found.append(RenderedName(name, span, match.group()))
    return found


def _japanese(word: str) -> bool:
    from anyascii import anyascii

    latin = anyascii(word).lower()
    return latin.isalpha() and len(latin) >= 3 and bool(_HEPBURN.fullmatch(latin)) and not _NOT_HEPBURN.search(latin)


def _letters(text: str) -> str:
    from anyascii import anyascii

    return "".join(c for c in anyascii(text).lower() if c.isalpha())


def _letters_of(name: Name) -> str:
    return "".join(_letters(t.text) for t in name.tokens)


def _reversed(name: Name) -> str:
    return "".join(_letters(t.text) for t in reversed(name.tokens))
