"""The names family's lexicon: the language data and Babel (CLDR) names it looks names up in.

Everything here is derived from package data (``data/names.toml``, ``[names]`` in ``data/lang/<code>.toml``)
or Babel, keyed by language, so it is computed once per process. The lookups of one word (is it a place,
which demonyms does it take) are pure functions of the word and that data: a bounded LRU cache keeps
them across articles, as it keeps no article, only words.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

from mtqa.checks._textutil import fold
from mtqa.lang import Language
from mtqa.tables import package_table


def _table() -> Mapping[str, Any]:
    return package_table("names.toml")


@cache
def word_list(section: str, language: Language) -> frozenset[str]:
    """The folded words of the language's ``[names] <section>`` list."""
    return frozenset(fold(word) for word in language.data.strings("names", section))


@cache
def calendar_words(language: Language) -> frozenset[str]:
    """Day and month names (wide and abbreviated): capitalised in English, never names."""
    try:
        from babel.dates import get_day_names, get_month_names

        names: set[str] = set()
        for width in ("wide", "abbreviated"):
            names.update(fold(n).rstrip(".") for n in get_month_names(width, locale=language.code).values())
            names.update(fold(n).rstrip(".") for n in get_day_names(width, locale=language.code).values())
        return frozenset(names)
    except Exception:  # unknown locale (Babel raises UnknownLocaleError or ValueError)
        return frozenset()


@cache
def babel_renderings(source_language: Language, target_language: Language) -> dict[str, frozenset[str]]:
    """Folded source-language country, language and city names -> their target-language forms."""
    renderings: dict[str, set[str]] = {}
    try:
        from babel import Locale

        source, target = Locale.parse(source_language.code), Locale.parse(target_language.code)
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
def territory_names(language: Language) -> frozenset[str]:
    """Folded country and territory names of a language (Babel)."""
    try:
        from babel import Locale

        return frozenset(fold(name) for name in Locale.parse(language.code).territories.values())
    except Exception:  # unknown locale
        return frozenset()


@cache
def exonyms(source_language: Language, target_language: Language) -> dict[str, frozenset[str]]:
    """Folded source names of the ``[[exonym]]`` groups -> their target-language forms."""
    exonyms: dict[str, set[str]] = {}
    for group in _table()["exonym"]:
        targets = group.get(target_language.code, [])
        for name in group.get(source_language.code, []):
            exonyms.setdefault(fold(name), set()).update(targets)
    return {name: frozenset(forms) for name, forms in exonyms.items()}


def rendering_unknown(name: str, source_language: Language, target_language: Language) -> bool:
    """True when ``name`` has established renderings that differ from it in other languages but none
    is listed for the target language ("European Central Bank" into a language the table lacks): its
    translation there may well be the established one, so it cannot be told from a literal one."""
    return fold(name) in _translated_elsewhere(source_language, target_language)


@cache
def _translated_elsewhere(source_language: Language, target_language: Language) -> frozenset[str]:
    names: set[str] = set()
    for group in _table()["exonym"]:
        own = {fold(form) for form in group.get(source_language.code, [])}
        if not own or target_language.code in group:
            continue
        others = (form for code, forms in group.items() if code != source_language.code for form in forms)
        if any(fold(form) not in own for form in others):  # a kept name ("Bank of America") stays checked
            names.update(own)
    return frozenset(names)


@cache
def _demonym_table(
    source_language: Language, target_language: Language
) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(folded source forms, folded target forms) of nationality and place adjectives: the
    ``[[demonym]]`` groups of ``names.toml``, Babel's language names ("Indonesian" -> "indonésien") and
    its country names, which the adjectives are formed on ("Indonesia" -> "Indonésie")."""
    table: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for group in _table()["demonym"]:
        source, target = group.get(source_language.code, []), group.get(target_language.code, [])
        if source and target:
            table.append((tuple(fold(w) for w in source), tuple(fold(w) for w in target)))
    try:
        from babel import Locale

        source_locale, target_locale = Locale.parse(source_language.code), Locale.parse(target_language.code)
        for data in ("languages", "territories"):
            source_names, target_names = getattr(source_locale, data), getattr(target_locale, data)
            for code, name in source_names.items():
                if code in target_names and " " not in name and " " not in target_names[code]:
                    table.append(((fold(name),), (fold(target_names[code]),)))
    except Exception:  # unknown locale: the data list only
        pass
    return tuple(table)


def adjective_of(word: str, form: str) -> bool:
    """True when the folded ``word`` is ``form`` or an adjective formed on it: "indonesienne" on
    "indonesie" or "indonesien", "deutsches" on "deutsch", "japanese" on "japan". The word keeps all of
    the form but its last three letters (at least four letters: "navy" is not formed on "navajo") and
    adds at most five."""
    if not word[:1].isalpha() or len(word) > len(form) + 5:
        return False
    shared = next((i for i, (a, b) in enumerate(zip(word, form, strict=False)) if a != b), min(len(word), len(form)))
    return shared >= max(4, len(form) - 3)


# ``adjective_of`` needs the word and the form to share their first four letters (or to be equal):
# the tables below are indexed by that prefix, so a lookup compares a handful of forms, not thousands.
_PREFIX = 4


@cache
def _demonym_index(
    source_language: Language, target_language: Language
) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Source form prefix -> (folded source form, its folded target forms) of ``_demonym_table``."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for source, target in _demonym_table(source_language, target_language):
        for form in source:
            index.setdefault(form[:_PREFIX], []).append((form, target))
    return {prefix: tuple(entries) for prefix, entries in index.items()}


@lru_cache(maxsize=1 << 14)
def demonym_forms(adjective: str, source_language: Language, target_language: Language) -> tuple[str, ...]:
    """The folded target forms a source adjective may take, empty when it is no nationality adjective."""
    word = fold(adjective)
    forms: set[str] = set()
    for form, target in _demonym_index(source_language, target_language).get(word[:_PREFIX], ()):
        if word == form or adjective_of(word, form):
            forms.update(target)
    return tuple(sorted(forms))


@cache
def home_forms(source_language: Language, target_language: Language) -> frozenset[str]:
    """Folded source-language names of the target language and of its home country (the target's region,
    else CLDR's likely one: "de" -> DE, "es" -> ES): "German", "Germany", "Spanish", "Spain". A
    translation for readers of that country may leave it implied ("LÜBECK, Germany" -> "LÜBECK")."""
    try:
        from babel import Locale
        from babel.core import get_global

        source = Locale.parse(source_language.code)
        region = (
            target_language.region or str(get_global("likely_subtags").get(target_language.code, "")).split("_")[-1]
        )
        names = (source.languages.get(target_language.code), source.territories.get(region))
    except Exception:  # unknown locale
        return frozenset()
    return frozenset(fold(name) for name in names if name)


def is_home(word: str, source_language: Language, target_language: Language) -> bool:
    """True when the folded ``word`` names the target language or its home country, or is an adjective
    formed on one ("germans")."""
    return any(word == form or adjective_of(word, form) for form in home_forms(source_language, target_language))


def has_exonym(name: str, language: Language) -> bool:
    return fold(name) in established_names(language)


@lru_cache(maxsize=1 << 14)
def place_word(word: str, language: Language) -> bool:
    """A folded word that is a one-word country, region or city name of the language, or an adjective
    formed on one ("african" on "africa")."""
    places = _place_names(language)
    return word in places or any(adjective_of(word, place) for place in places if place[:2] == word[:2])


def is_place_name(word: str, language: Language) -> bool:
    """A folded word that is a one-word country, region or city name of the language itself ("chine"),
    not an adjective formed on one ("européen")."""
    return word in _place_names(language)


@cache
def _place_names(language: Language) -> frozenset[str]:
    """Folded one-word place names of a language: Babel's countries and territories, the exonym groups."""
    names = set(territory_names(language))
    for group in _table()["exonym"]:
        names.update(fold(name) for name in group.get(language.code, []))
    return frozenset(name for name in names if " " not in name)


@cache
def established_names(language: Language) -> frozenset[str]:
    """Folded several-word names with established renderings (exonym groups, Babel's countries)."""
    names = set(territory_names(language))
    for group in _table()["exonym"]:
        names.update(fold(name) for name in group.get(language.code, []))
    return frozenset(name for name in names if " " in name)


def uninflected(folded: str, endings: tuple[str, ...]) -> str:
    """Each word less a case or adjective ending (``[traits] inflection_endings``): German
    "vereinigten arabischen emiraten" and "vereinigte arabische emirate" are both "vereinigt arabisch emirat"."""
    stems = []
    for word in folded.split(" "):
        end = next((e for e in endings if word.endswith(e) and len(word) > len(e) + 3), "")
        stems.append(word[: len(word) - len(end)])
    return " ".join(stems)


@cache
def uninflected_renderings(source_language: Language, target_language: Language) -> dict[str, frozenset[str]]:
    """The several-word names of the exonym groups and of Babel, by their uninflected form."""
    endings = source_language.data.strings("traits", "inflection_endings")
    renderings: dict[str, set[str]] = {}
    for table in (exonyms(source_language, target_language), babel_renderings(source_language, target_language)):
        for name, forms in table.items():
            if " " in name:
                renderings.setdefault(uninflected(name, endings), set()).update(forms)
    return {name: frozenset(forms) for name, forms in renderings.items()}


@cache
def _language_names(source_language: Language) -> dict[str, tuple[tuple[str, str], ...]]:
    """Prefix -> (folded language name in ``source_language``, language code), from Babel."""
    try:
        from babel import Locale

        names = Locale.parse(source_language.code).languages
    except Exception:  # unknown locale
        return {}
    index: dict[str, list[tuple[str, str]]] = {}
    for code, name in names.items():
        if "_" not in code:
            folded = fold(name)
            index.setdefault(folded[:_PREFIX], []).append((folded, code))
    return {prefix: tuple(entries) for prefix, entries in index.items()}


@lru_cache(maxsize=1 << 14)
def own_languages(adjective: str, source_language: Language) -> tuple[Language, ...]:
    """The languages an adjective names ("German" -> "de"): an organisation may keep its own name."""
    word = fold(adjective)
    return tuple(
        Language(code)
        for name, code in _language_names(source_language).get(word[:_PREFIX], ())
        if adjective_of(word, name)
    )


@cache
def _territories_by_adjective(source_language: Language) -> dict[str, str]:
    """Folded nationality adjectives of the source language -> the country's CLDR code: the
    ``territory`` of the ``[[demonym]]`` groups ("Swiss" -> CH)."""
    found: dict[str, str] = {}
    for group in _table()["demonym"]:
        code = group.get("territory")
        for form in group.get(source_language.code, []) if code else []:
            found[fold(form)] = str(code)
    return found


@lru_cache(maxsize=1 << 12)
def national_territory(adjective: str, source_language: Language) -> str | None:
    """The CLDR code of the country a nationality adjective names ("Swiss" -> CH, "Canadian" -> CA, on
    CLDR's country names), or None."""
    word = fold(adjective)
    listed = _territories_by_adjective(source_language).get(word)
    if listed is not None:
        return listed
    # The country whose name the adjective keeps most of: "Australian" is formed on "Australia", not on
    # "Austria", which it also passes for.
    formed = [
        (code, name)
        for code, name in _territory_table(source_language).get(word[:_PREFIX], ())
        if adjective_of(word, name)
    ]
    if not formed:
        return None
    return max(formed, key=lambda item: (_shared_prefix(word, item[1]), -len(item[1])))[0]


def _shared_prefix(word: str, other: str) -> int:
    return next((i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b), min(len(word), len(other)))


@cache
def _territory_table(source_language: Language) -> dict[str, tuple[tuple[str, str], ...]]:
    """Prefix -> (CLDR code, folded country name in ``source_language``), countries only (two letters)."""
    try:
        from babel import Locale

        names = Locale.parse(source_language.code).territories
    except Exception:  # unknown locale
        return {}
    index: dict[str, list[tuple[str, str]]] = {}
    for code, name in names.items():
        if len(code) == 2 and code.isalpha():
            index.setdefault(fold(name)[:_PREFIX], []).append((code, fold(name)))
    return {prefix: tuple(entries) for prefix, entries in index.items()}


@cache
def official_languages(territory: str) -> frozenset[str]:
    """The languages official in a country, by CLDR (Switzerland: de, fr, it, rm)."""
    try:
        from babel.languages import get_territory_language_info

        info = get_territory_language_info(territory)
    except Exception:  # unknown territory
        return frozenset()
    official = ("official", "de_facto_official")
    return frozenset(code for code, data in info.items() if data.get("official_status") in official)
