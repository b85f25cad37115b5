"""The language layer: a :class:`Language` parsed once from a BCP 47 tag or detected, its data
(``data/lang/<code>.toml``) and language identification. Every check reads languages from here."""

from __future__ import annotations

from mtqa.lang.tag import UND, Language, as_language

__all__ = ["UND", "Language", "as_language"]
