"""Accepted renderings of source names, and whether the translation holds one."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping

from mtqa.checks._textutil import fold
from mtqa.checks.base import CheckContext
from mtqa.checks.names.extract import Name, Token, token_texts
from mtqa.checks.names.lexicon import (
    adjective_of,
    babel_renderings,
    demonym_forms,
    exonyms,
    own_languages,
    uninflected,
    uninflected_renderings,
    word_list,
)
from mtqa.lang import Language
from mtqa.model import Span
from mtqa.runcache import article_cached

Configured = Mapping[str, tuple[str, ...]]


def name_text(context: CheckContext, name: Name) -> str:
    return context.source.excerpt(name.span)


_STEM = 4


def accepted_renderings(name: str, source: Language, target: Language, configured: Configured) -> set[str]:
    """Every accepted target form of a source name, the name itself included."""
    if not configured:
        return set(_renderings(name, source, target))
    return _accepted_renderings(name, source, target, configured)


_APOSTROPHE_SUFFIX = re.compile(r"['’][^\W\d_]+$")


@article_cached
def _renderings(name: str, source: Language, target: Language) -> frozenset[str]:
    # Cached for the run: every name is looked up for each name of its bead, in every translation.
    return frozenset(_accepted_renderings(name, source, target, {}))


def _accepted_renderings(name: str, source: Language, target: Language, configured: Configured) -> set[str]:
    key = fold(name)
    forms = {name}
    keys = [key]
    suffix = _APOSTROPHE_SUFFIX.search(name)
    if suffix and source.data.flag("traits", "apostrophe_suffixes"):
        # Turkish "China Daily'nin", "Pekin'de": the name is what stands before the case suffix.
        name = name[: suffix.start()]
        forms.add(name)
        key = fold(name)
        keys.append(key)
    # Genitive ending ("des Weißen Hauses", "Chinas"): the established rendering is the base form's.
    endings = source.data.strings("names", "genitive_endings")
    keys += [key[: -len(end)] for end in endings if key.endswith(end) and len(key) > len(end) + 2]
    for variant in keys:
        forms.update(exonyms(source, target).get(variant, ()))
        forms.update(babel_renderings(source, target).get(variant, ()))
    inflections = source.data.strings("traits", "inflection_endings")
    if inflections and " " in key:
        # Inflected adjectives and nouns of a several-word name ("den Vereinigten Arabischen Emiraten").
        forms.update(uninflected_renderings(source, target).get(uninflected(key, inflections), ()))
    for configured_name, targets in configured.items():
        if fold(configured_name) == key:
            forms.update(targets)
    forms.update(_metro_renderings(name, source, target, configured))
    return forms


def _metro_renderings(name: str, source: Language, target: Language, configured: Configured) -> set[str]:
    """A metropolitan area ("Greater London", "Metro Vancouver"): a target prefix and the place's
    renderings ("Grand Londres", "Grande Vancouver", "Großraum London")."""
    prefix, _, place = name.partition(" ")
    if not place or fold(prefix) not in word_list("metro_prefixes", source):
        return set()
    places = accepted_renderings(place, source, target, configured)
    return {f"{head} {form}" for head in target.data.strings("names", "metro_prefixes") for form in places}


def occurrences(folded_text: str, form: str) -> list[Span]:
    return list(_cached_occurrences(folded_text, form))


def occurs(folded_text: str, form: str) -> bool:
    """Whether ``form`` is in the text as a whole word: stops at the first occurrence. Not memoised:
    the first occurrence is found at once, where a name repeated through a long paragraph has hundreds
    of occurrences to list (and a long paragraph is a key the run memo soon drops)."""
    return next(_spans(folded_text, form), None) is not None


def first_occurrences(folded_text: str, form: str, count: int) -> list[Span]:
    """The first ``count`` occurrences of ``form`` as a whole word."""
    return list(itertools.islice(_spans(folded_text, form), count))


@article_cached
def _cached_occurrences(folded_text: str, form: str) -> tuple[Span, ...]:
    # Cached: each name of a bead looks for the renderings of all the bead's other names again.
    return tuple(_spans(folded_text, form))


def _spans(folded_text: str, form: str) -> Iterator[Span]:
    folded = fold(form).strip()
    if not folded or folded not in folded_text:
        return
    # The form's own occurrences are found by a plain substring search, and only there is it checked
    # as a whole word (:func:`_form_end`).
    position = folded_text.find(folded)
    while position >= 0:
        end = _form_end(folded_text, position, folded)
        if end is None:
            position = folded_text.find(folded, position + 1)
            continue
        yield Span(position, end)
        position = folded_text.find(folded, end)


# Endings a form longer than three characters may take, in the order the pattern
# ``(?:'?s|es|e|n|en|er|ns)?(?!\w)`` tries them (the empty one last).
_ENDINGS = ("'s", "s", "es", "e", "n", "en", "er", "ns", "")


def _form_end(text: str, position: int, folded: str) -> int | None:
    """Where the form ``folded``, found at ``position`` of ``text``, ends as a whole word; None when it is
    part of a longer word. Short forms must end at a word boundary ("US" is not "USA"); longer ones may
    take an inflection ending ("Wall Street Journals", "Bundestages") but not more ("Lancet" is not
    "Lancette"), nor one that starts with the form's last letter: no language inflects a name that way,
    while a cognate often reads so ("Progrès" is not "Progress"). The same as matching ``(?<!\\w)`` + the
    form + ``(?!\\w)`` or those endings there, without compiling a pattern per form (thousands of names
    per run: ``re``'s cache holds 512)."""
    if position > 0 and _word_character(text[position - 1]):
        return None
    end = position + len(folded)
    for ending in _ENDINGS if len(folded) > 3 else ("",):
        if ending[:1] == folded[-1]:
            continue
        if text.startswith(ending, end):
            after = end + len(ending)
            if after >= len(text) or not _word_character(text[after]):
                return after
    return None


def _word_character(character: str) -> bool:
    """What ``re``'s ``\\w`` matches in a text."""
    return character.isalnum() or character == "_"


def words_and_stems(folded_text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The text's folded words, and the stems of those long enough to have one: what
    :func:`shares_stem` compares, looked up rather than compared word by word (with a hard ``c`` written
    ``k``, as :func:`partly_present` compares them)."""
    words = frozenset(_hard_c(fold(fold(text))) for text in token_texts(folded_text))
    return words, frozenset(word[:_STEM] for word in words if len(word) >= _STEM)


def shares_stem(left: str, right: str) -> bool:
    a, b = fold(left), fold(right)
    if a == b:
        return True
    return len(a) >= _STEM and len(b) >= _STEM and a[:_STEM] == b[:_STEM]


def rendered(context: CheckContext, name: Name, folded_target: str, configured: Configured) -> bool:
    """The name, an accepted rendering of it, or each of its words (verbatim or an accepted rendering:
    "Inter Milan" = "Inter Mailand") is in the target text."""
    source, target = context.source_language, context.target_language
    texts = {name_text(context, name), " ".join(t.text for t in name.content)}
    for text in texts:
        forms = accepted_renderings(text, source, target, configured)
        if any(occurs(folded_target, form) for form in forms):
            return True
    if _sub_run_kept(context, name, folded_target) or _with_demonym(context, name, folded_target, configured):
        return True
    # Word by word: every word or its rendering, in order, within a stretch about as long as the name.
    places: list[list[Span]] = []
    for t in name.content:
        found = [
            span
            for form in accepted_renderings(t.text, source, target, configured)
            for span in first_occurrences(folded_target, form, _PLACES_PER_WORD)
        ]
        if not found:
            return False  # a word found nowhere: the later words need not be looked for
        places.append(found)
    limit = len(name_text(context, name)) + 5
    return any(
        all(a.end <= b.start for a, b in itertools.pairwise(choice)) and choice[-1].end - choice[0].start <= limit
        for choice in _choices(places)
    )


def _with_demonym(context: CheckContext, name: Name, folded_target: str, configured: Configured) -> bool:
    """True for a nationality or place adjective and a name with an established rendering ("Indonesian
    Red Cross", "Japanese Foreign Ministry") rendered as that rendering with the adjective translated
    and moved before, after or into it: "Croix-Rouge indonésienne", "ministère japonais des Affaires
    étrangères", "Deutsches Rotes Kreuz"."""
    content = name.content
    if len(content) < 2:
        return False
    for adjective, rest in ((content[0], content[1:]), (content[-1], content[:-1])):
        # The target language's forms, or the organisation's own name in the adjective's language.
        for target in (context.target_language, *own_languages(adjective.text, context.source_language)):
            if _demonym_in(folded_target, adjective.text, rest, context, target, configured):
                return True
    return False


def _demonym_in(
    folded_target: str,
    adjective: str,
    rest: tuple[Token, ...],
    context: CheckContext,
    target: Language,
    configured: Configured,
) -> bool:
    """True when ``folded_target`` has a ``target`` form of ``adjective`` with an accepted rendering
    of the rest of the name covering or touching its place once the adjective is taken out."""
    source = context.source_language
    forms = demonym_forms(adjective, source, target)
    if not forms:
        return False
    # The rest's renderings are read at the first adjective found: most targets hold none.
    renderings: set[str] | None = None
    # ``adjective_of`` holds only for a word sharing a form's first four letters.
    prefixes = {form[:4] for form in forms if len(form) >= 4}
    for word in _words_starting_with(folded_target, prefixes):
        if not any(adjective_of(word.group(), form) for form in forms):
            continue
        start, end = word.span()
        if end < len(folded_target) and folded_target[end] == " ":
            end += 1
        elif start and folded_target[start - 1] == " ":
            start -= 1
        if renderings is None:
            renderings = _rest_renderings(context, rest, source, target, configured)
        if _rendering_at_cut(folded_target, start, end, renderings):
            return True
    return False


def _rest_renderings(
    context: CheckContext, rest: tuple[Token, ...], source: Language, target: Language, configured: Configured
) -> set[str]:
    """The folded accepted renderings of the rest of a name (as written, and its words joined by spaces)."""
    rest_text = context.source.text[rest[0].span.start : rest[-1].span.end]
    return {
        fold(form).strip()
        for text in {rest_text, " ".join(t.text for t in rest)}
        for form in accepted_renderings(text, source, target, configured)
    } - {""}


# Beyond the longest rendering, what a rendering touching the cut may reach: an inflection ending
# (:data:`_ENDINGS`) and a character on either side.
_CUT_SLACK = 8


def _rendering_at_cut(folded_target: str, start: int, end: int, renderings: set[str]) -> bool:
    """True when, with ``[start, end)`` cut out of the text, a rendering covers or touches the cut.

    Only the stretch around the cut is rebuilt and searched, bounded by spaces so that a rendering is a
    whole word there exactly when it is in the whole text: the paragraph is not copied once per
    adjective (a text without paragraph breaks holds thousands of words)."""
    reach = max((len(form) for form in renderings), default=0) + _CUT_SLACK
    left = folded_target.rfind(" ", 0, max(0, start - reach)) + 1
    right = folded_target.find(" ", min(len(folded_target), end + reach))
    window = folded_target[left:start] + folded_target[end : right if right >= 0 else len(folded_target)]
    cut = start - left
    return any(span.start - 1 <= cut <= span.end + 1 for form in renderings for span in occurrences(window, form))


_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _words_starting_with(text: str, prefixes: set[str]) -> list[re.Match[str]]:
    """The words of ``text`` (the matches of ``_WORD``, in order) that start with one of ``prefixes``.

    Found by searching the prefixes, not by reading every word: a name's adjective is looked for in
    its paragraph once per name, and a text without paragraph breaks is one paragraph of thousands of
    words."""
    found: dict[int, re.Match[str]] = {}
    for prefix in prefixes:
        position = text.find(prefix)
        while position >= 0:
            if position not in found and (word := _word_at(text, position)) is not None:
                found[position] = word
            position = text.find(prefix, position + 1)
    return [found[position] for position in sorted(found)]


def _word_at(text: str, position: int) -> re.Match[str] | None:
    """The match of ``_WORD`` that starts at ``position`` when the text is read from its start, if any."""
    run = position
    while run and (text[run - 1] in "'-" or _word_character(text[run - 1])):
        run -= 1  # back to the start of the run of word characters: matches never cross into it
    for word in _WORD.finditer(text, run, len(text)):
        if word.start() >= position:
            return word if word.start() == position else None
    return None


def _sub_run_kept(context: CheckContext, name: Name, folded_target: str) -> bool:
    """True when the name ends with two or more capitalised words kept verbatim in the target: the
    words before them are a title or descriptor glued to the name by capitalisation ("House Speaker
    Nancy Pelosi", "US-Finanzminister Steven Mnuchin"), which the translator may translate."""
    tokens = name.tokens
    # Capitalised tokens from each position on, counted once: summing each suffix again was quadratic
    # in a "name" of 10,000 capitalised words ("Ab Ab Ab ...": 27 s).
    capitalised_from = list(itertools.accumulate((t.capitalised for t in reversed(tokens)), initial=0))[::-1]
    starts = [s for s in range(1, len(tokens) - 1) if capitalised_from[s] >= 2 and tokens[s].capitalised]
    # Each start folds and searches its sub-run: thousands of capitalised words read as one "name" made
    # that quadratic too. A sub-run kept in the target holds every shorter one ending with it, so past
    # the first few starts (more than any real name has) only the shortest sub-run is looked for.
    if len(starts) > _SUB_RUN_STARTS:
        starts = starts[:_SUB_RUN_STARTS] + starts[-1:]
    end = tokens[-1].span.end if tokens else 0
    return any(occurs(folded_target, context.source.text[tokens[s].span.start : end]) for s in starts)


_SUB_RUN_STARTS = 32


# The occurrences of each word tried when a name is looked for word by word: the first ones of each
# form, so the first of all the forms together are the same.
_PLACES_PER_WORD = 8


def _choices(places: list[list[Span]]) -> Iterable[tuple[Span, ...]]:
    """Every way of picking one occurrence per word (capped: names are short, texts are not)."""
    capped = [spans[:_PLACES_PER_WORD] for spans in places[:6]]
    return itertools.islice(itertools.product(*capped), 4096)


def partly_present(
    context: CheckContext, name: Name, folded_target: str, words_and_stems: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """True when a word of the name, by stem or by an accepted rendering, is in the target text
    (``words_and_stems``: :func:`words_and_stems` of that text). Stems are compared with a Latin hard
    ``c`` written ``k`` as German, Dutch or Polish spell it ("Confederate" in "Konföderierten")."""
    words, stems = words_and_stems
    for token in name.content:
        word = token.folded
        stem = _hard_c(fold(word))
        if len(word) >= 3 and (stem in words or (len(stem) >= _STEM and stem[:_STEM] in stems)):
            return True
        forms = accepted_renderings(token.text, context.source_language, context.target_language, {})
        if any(occurs(folded_target, form) for form in forms if fold(form) != word):
            return True
        if _adjective_present(folded_target, token.text, context.source_language, context.target_language):
            return True
    return False


def _adjective_present(folded_target: str, word: str, source: Language, target: Language) -> bool:
    """True when ``word`` is a nationality or place adjective (or a country) and the text has an adjective
    formed on one of its target forms, whatever its ending: Czech "švédského" for "Swedish" (on
    "Švédsko"), Polish "szwedzkiego", German "schwedischen" (on "Schweden")."""
    forms = demonym_forms(word, source, target)
    prefixes = {form[:4] for form in forms if len(form) >= 4}
    return any(
        adjective_of(match.group(), form) for match in _words_starting_with(folded_target, prefixes) for form in forms
    )


_HARD_C = re.compile(r"c(?![ehiy])")


def _hard_c(word: str) -> str:
    """The word with each ``c`` that is not before ``e``, ``i``, ``y`` or ``h`` written ``k``."""
    return _HARD_C.sub("k", word) if "c" in word else word
