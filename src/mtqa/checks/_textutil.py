"""Small text helpers shared by the punctuation, sentence-boundary, repetition, typography and markup
families: package-data tables, spans that punctuation rules must not look into (URLs, e-mail
addresses, domain names), and abbreviation tests reusing :func:`mtqa.segment.abbreviations`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from mtqa.segment import abbreviations

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# URLs, www. addresses, e-mail addresses and bare domain names ("example.com"): their dots, colons
# and slashes are not punctuation.
_PROTECTED = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>\"«»“”]*[^\s<>\"«»“”.,;:!?)\]}'’]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|int|io|fr|de|uk|cn|ch|be|ca|eu|info)\b",
    re.IGNORECASE,
)
# Emoji shortcodes (":partyparrot:") and emoticons (":(", ";-)") are not punctuation either.
_EMOTICON = re.compile(r":[a-z0-9_+-]{2,}:|(?<![^\s(])[:;=]-?[()\[\]DPp/\\|](?=\s|$)")
_VOWELS = frozenset("aeiouyàâäáãåæéèêëíìîïóòôöõøœúùûüýÿ")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]+")


@cache
def load_table(name: str) -> dict[str, Any]:
    """A TOML table from ``mtqa/data`` (read once, on first use)."""
    with resources.files("mtqa.data").joinpath(name).open("rb") as handle:
        return tomllib.load(handle)


def base_language(lang: str | None) -> str:
    return (lang or "und").lower().replace("_", "-").split("-")[0]


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses and domain names in ``text``."""
    return [match.span() for match in _PROTECTED.finditer(text)]


def inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


@lru_cache(maxsize=4096)
def mask_protected(text: str) -> str:
    """``text`` with URLs, addresses and emoticons replaced by letters of the same length (offsets unchanged)."""
    # Several checks mask the same paragraph: the cache and the cheap test keep this off the profile.
    if not any(c in text for c in ".:;=@"):
        return text
    masked = _PROTECTED.sub(lambda match: "x" * len(match.group()), text)
    return _EMOTICON.sub(lambda match: "x" * len(match.group()), masked)


def token_before(text: str, end: int) -> str:
    """The non-space token ending at ``end`` (exclusive), without leading quotes or brackets."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip("\"'«“‘„([{")


def is_abbreviation(token: str, lang: str) -> bool:
    """True when ``token`` (the word before a full stop, without the stop) looks like an abbreviation.

    Listed abbreviations, single letters and initials ("U.S", "z.B") always count. A short Latin word
    without a vowel ("cf", "vs", "bzw", "mg") counts too: such words are abbreviations in every
    language we check, and the rule saves listing every unit and every journal abbreviation.
    """
    if not token:
        return False
    lists = abbreviations(lang)
    key = token.lower()
    if key in lists.never_final or key in lists.ambiguous:
        return True
    if len(token) == 1 and token.isalpha():
        return True
    if "." in token:
        return True
    return bool(_LATIN_LETTER.fullmatch(token)) and len(token) <= 5 and not (set(key) & _VOWELS)
