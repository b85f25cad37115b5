"""A language, parsed once from a BCP 47 tag (``fr``, ``FR``, ``fr_FR``, ``fr-CA``, ``pt-BR``, ``zh-Hant``).

Tags are validated and canonicalised with ``langcodes`` (the IANA subtag registry ships inside it, so
nothing is downloaded), then minimised the way CLDR removes likely subtags, favouring the script:
``fr-FR`` is ``fr`` (France is the likely region of French), ``zh-Hant-TW`` is ``zh-Hant``, while
``fr-CA``, ``pt-PT`` and ``sr-Latn`` keep what distinguishes them. So ``-t fr``, ``-t FR``, ``-t fr_FR``
and ``-t fr-FR`` are one language and give one report, and French spacing can still differ between
``fr``, ``fr-CH`` and ``fr-CA``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from mtqa.errors import LanguageError

if TYPE_CHECKING:
    from mtqa.lang.data import LanguageData

UNDETERMINED = "und"
_EXAMPLES = "en, fr, fr-CA, pt-BR, zh-Hant"
# RFC 5646 (4.4.1) asks implementations to take tags of at least 35 characters; real ones stay far below
# 100. A longer one is refused before langcodes parses it (its parser recurses once per subtag).
_MAX_TAG = 100
# Registered tags that name no particular language (RFC 5646 4.1 and ISO 639-2's special codes): text in
# one can be checked by no rule of any language.
_NO_LANGUAGE = {"mul": "multiple languages", "zxx": "no linguistic content", "mis": "an uncoded language"}


@dataclass(frozen=True, order=True)
class Language:
    """A language: its primary subtag (``code``), and the script and region that matter for it."""

    code: str
    script: str | None = None
    region: str | None = None
    variants: tuple[str, ...] = ()

    @classmethod
    def parse(cls, tag: str) -> Language:
        """The language of a BCP 47 tag (case and ``_`` are forgiven); :class:`LanguageError` when unknown."""
        return _parse(tag.strip())

    @classmethod
    def given(cls, tag: str) -> Language:
        """The language a user names (an option, a manifest): as :meth:`parse`, but ``und``
        (undetermined) is refused too: leaving the language out is how to have it detected."""
        language = _parse(tag.strip())
        if not language.known:
            raise LanguageError(
                f"language tag {tag.strip()!r} means 'undetermined'; leave the language out to have it detected"
            )
        return language

    @cached_property
    def tag(self) -> str:
        """The minimal BCP 47 tag: ``fr``, ``fr-CA``, ``zh-Hant``."""
        return "-".join(part for part in (self.code, self.script, self.region, *self.variants) if part)

    def __hash__(self) -> int:
        # Languages key the caches of package data, looked up in the checks' inner loops: hash the
        # tag (a string, whose hash Python keeps) rather than a new tuple of fields every time.
        return hash(self.tag)

    @property
    def known(self) -> bool:
        return self.code != UNDETERMINED

    @cached_property
    def data(self) -> LanguageData:
        """What mtqa knows of this language (``data/lang/<code>.toml``, with regional overrides)."""
        from mtqa.lang.data import language_data

        return language_data(self.code, self.script, self.region)

    def same_language(self, other: Language) -> bool:
        """True when both are the same language, whatever their region or script (``fr`` and ``fr-CA``)."""
        return self.code == other.code

    def __str__(self) -> str:
        return self.tag


UND = Language(UNDETERMINED)


def as_language(value: Language | str | None) -> Language:
    """A :class:`Language` from a tag, a Language, or None (undetermined)."""
    if value is None:
        return UND
    return value if isinstance(value, Language) else Language.parse(value)


@cache
def _parse(tag: str) -> Language:
    # Cached per tag string: parsing is pure and the set of tags a process sees is tiny.
    import langcodes

    if tag.lower() == UNDETERMINED:
        return UND
    if len(tag) > _MAX_TAG:
        raise LanguageError(
            f"invalid language tag {tag[:20]!r}… ({len(tag):,} characters); use a BCP 47 tag such as {_EXAMPLES}"
        )
    try:
        parsed = langcodes.Language.get(tag.replace("_", "-"), normalize=True)
    except (langcodes.tag_parser.LanguageTagError, ValueError):
        raise LanguageError(f"invalid language tag {tag!r}; use a BCP 47 tag such as {_EXAMPLES}") from None
    if not tag or not parsed.language or not parsed.is_valid():
        raise LanguageError(f"unknown language tag {tag!r}; use a BCP 47 tag such as {_EXAMPLES}")
    code = str(parsed.language)
    if code.startswith("x-") or (len(code) == 3 and "qaa" <= code <= "qtz"):
        raise LanguageError(
            f"private-use language tag {tag!r}: it names no language mtqa can know the rules of; use a "
            f"BCP 47 tag such as {_EXAMPLES}"
        )
    if code in _NO_LANGUAGE:
        raise LanguageError(f"language tag {tag!r} means {_NO_LANGUAGE[code]}, not one language to check")
    if len(code) == 3 and code in _sign_languages():
        raise LanguageError(
            f"language tag {tag!r} names a sign language, which has no written text to check; give the "
            "language the text is written in"
        )
    return _minimal(parsed)


@cache
def _sign_languages() -> frozenset[str]:
    """``sgn`` and the sign languages of the IANA subtag registry (those it also lists as extended
    subtags of ``sgn``: ``sgn-BE-FR`` is ``sfb``), read from the registry langcodes ships."""
    from langcodes.registry_parser import parse_registry

    return frozenset(
        {"sgn"}
        | {
            entry["Subtag"]
            for entry in parse_registry()  # type: ignore[no-untyped-call]
            if entry.get("Type") == "extlang" and entry.get("Prefix") == ["sgn"]
        }
    )


def _minimal(parsed: object) -> Language:
    """Remove the subtags that CLDR's likely-subtags data would add back (script favoured over region)."""
    import langcodes

    assert isinstance(parsed, langcodes.Language)
    code = str(parsed.language)
    variants = tuple(parsed.variants or ())
    full = parsed.maximize()
    candidates: list[tuple[str | None, str | None]] = [(None, None), (full.script, None), (None, full.territory)]
    for script, region in candidates:
        if langcodes.Language.make(language=code, script=script, territory=region).maximize() == full:
            return Language(code, script, region, variants)
    return Language(code, parsed.script, parsed.territory, variants)
