"""Small grammatical facts computed from a language's data, used by several check families.

Without a part-of-speech tagger, "has a verb" means: a word from the language's list of common verb
forms, or a lower-case word of five letters or more with a typical finite-verb ending
(``[sentence_boundary]`` in ``data/lang/<code>.toml``; the limits are in ``data/sentence_boundary.toml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from mtqa.lang.tag import Language
from mtqa.tables import package_table

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# Keys of ``[sentence_boundary]`` that say nothing about verbs or sentence ends.
_NOT_VERB_DATA = frozenset({"relative_openers", "joining_words"})


@dataclass(frozen=True)
class VerbLexicon:
    verbs: frozenset[str]
    endings: tuple[str, ...]
    date_words: frozenset[str]
    max_words: int
    clause_openers: frozenset[str]
    clause_words: tuple[int, int]  # (min, max) words of a verbless adverbial phrase
    clause_verb_endings: tuple[str, ...]
    # Languages that mark a sentence's end in its last word (Korean "-다", Japanese: never a case
    # particle): a sentence must end in one of ``final_endings`` and may not end in ``open_endings``.
    final_endings: tuple[str, ...] = ()
    open_endings: tuple[str, ...] = ()
    open_words: frozenset[str] = frozenset()  # whole words that never end a sentence (Arabic "على")
    # Chinese "据 … 报道" ("according to ... reports"): a frame that needs a clause after it
    frame_openers: tuple[str, ...] = ()
    frame_closers: tuple[str, ...] = ()
    # Chinese attributive "的": a last clause may end in it only with one of ``assertion_words``
    # ("是…的"); ``ending_words`` end in it as whole words ("目的").
    attributive_endings: tuple[str, ...] = ()
    assertion_words: tuple[str, ...] = ()
    ending_words: tuple[str, ...] = ()


@cache
def verb_lexicon(language: Language) -> VerbLexicon | None:
    """The verb lexicon of a language; None when its data has none."""
    data = language.data
    if not set(data.section("sentence_boundary")) - _NOT_VERB_DATA:
        return None  # no verb data (maybe relative openers only: Spanish, Czech)
    limits = package_table("sentence_boundary.toml")
    return VerbLexicon(
        verbs=data.words("sentence_boundary", "verbs"),
        endings=data.strings("sentence_boundary", "finite_endings"),
        # the data files list only what CLDR lacks ("hoje", the short "terça")
        date_words=data.words("sentence_boundary", "date_words") | {n.lower() for n in calendar_names(language.code)},
        max_words=int(limits["max_fragment_words"]),
        clause_openers=data.words("sentence_boundary", "clause_openers"),
        clause_words=(int(limits["min_clause_fragment_words"]), int(limits["max_clause_fragment_words"])),
        clause_verb_endings=data.strings("sentence_boundary", "clause_verb_endings"),
        final_endings=data.strings("sentence_boundary", "final_endings"),
        open_endings=data.strings("sentence_boundary", "open_endings"),
        open_words=data.words("sentence_boundary", "open_words"),
        frame_openers=data.strings("sentence_boundary", "frame_openers"),
        frame_closers=data.strings("sentence_boundary", "frame_closers"),
        attributive_endings=data.strings("sentence_boundary", "attributive_endings"),
        assertion_words=data.strings("sentence_boundary", "assertion_words"),
        ending_words=data.strings("sentence_boundary", "ending_words"),
    )


@cache
def calendar_names(code: str) -> frozenset[str]:
    """Wide month and weekday names as CLDR (Babel) writes them, both in running text ("stycznia",
    Dutch "april") and standing alone ("styczeń")."""
    try:
        from babel.dates import get_day_names, get_month_names

        return frozenset(
            name
            for context in ("format", "stand-alone")
            for names in (get_month_names("wide", context, code), get_day_names("wide", context, code))
            for name in names.values()
        )
    except Exception:  # unknown locale: Babel raises its own UnknownLocaleError or ValueError
        return frozenset()


def has_verb(text: str, language: Language) -> bool | None:
    """Whether ``text`` holds a likely finite verb; None when the language has no lexicon."""
    lexicon = verb_lexicon(language)
    if lexicon is None:
        return None
    words = _WORD.findall(text)
    if any(w.lower() in lexicon.verbs for w in words):
        return True
    return any(w.islower() and len(w) >= 5 and w.endswith(lexicon.endings) for w in words)
