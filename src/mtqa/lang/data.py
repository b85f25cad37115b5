"""What mtqa knows of each language: ``mtqa/data/lang/<code>.toml``, one file per language.

Every table and key is optional; a check that finds no data for a language falls back to
language-independent behaviour (or, for a check that only makes sense with the data, says nothing).
Regional and script variants override keys: ``[region.CA.typography]`` in ``fr.toml`` applies to
``fr-CA`` only, ``[script.Latn.<section>]`` to that script only. The sections, by family:

``[traits]`` facts several families use
    ``capitalises_nouns`` (German: capitalisation alone marks no name, terms are nouns),
    ``compounds`` (heads and descriptors are written inside compounds: "Finanzminister"),
    ``open_compounds`` (compounds are written apart or hyphenated, "pomme de terre": a long word unknown
    to the language that splits into two of its words is two words run together),
    ``demonym_nouns_capitalised`` (the nouns naming a people take a capital where the adjectives do not:
    French "les Français", "la cuisine française"),
    ``head_last`` (the head word of a name comes last: "Harvard University"),
    ``title_case`` (quoted titles capitalise their words, "“Face the Nation”": a quotation of the
    language with a lower-case content word is a phrase, "“a step too far”", not a title),
    ``head_after_adjective`` (the head may also follow one adjective: "Najwyższa Izba Kontroli"),
    ``ordinal_period`` (ordinals take a full stop: "am 3. Mai"),
    ``apostrophe_suffixes`` (case suffixes of names follow an apostrophe: Turkish "Pekin'de"),
    ``verb_final`` (the verb ends the clause: Turkish; polarity.opposite lets it stand anywhere),
    ``inflection_endings`` (case and adjective endings removed to compare inflected names).
``[segment]`` abbreviations after which a full stop does not end a sentence (lower case, no final
    stop): ``never_final`` always precede more of the sentence ("M. Wang", "p. ex."); ``ambiguous``
    may end one ("etc."), so the boundary stays when the next piece starts like a sentence.
``[names]`` the names family's word lists
    ``heads`` (words that make a name descriptive and normally translated: "Ministry"),
    ``public_heads`` and ``public_words`` (a bank named by places and public words only is a public
    institution, translated: "Bank of Korea"), ``metro_prefixes`` ("Greater", "Grand"),
    ``kept_heads`` (common nouns that head company and newspaper names and stay as written:
    "Electronics", "Herald"), ``publication_heads`` (words that open journal titles: "Journal of ..."),
    ``heads_not_in_compounds`` (heads that also end given names: "Roland"),
    ``titles`` (words before person names; they split a name), ``stopwords`` (capitalised words that
    are no names), ``trailing`` (capitalised words that end no name), ``connectors`` (lower-case words
    allowed inside a name: "of", "de"), ``and`` (the conjunction joining two parts of one name),
    ``portfolio_titles`` / ``titles_after_portfolio`` (a minister's capitalised portfolio is
    translated; ``portfolio_capitalised``: all its words are, "Desarrollo Económico"), ``remit_heads``
    (a public body's head whose complement after an article is its remit: "Ministry for the ..."),
    ``prenominal_genitive`` ("Trumps Wunschkandidatin"), ``genitive_endings`` (removed before
    established renderings are looked up), ``descriptor_endings`` (of compound descriptors),
    ``genitive_adjective_endings`` (an adjective after a head that governs it: "Verband Bayerischer ..."),
    ``place_adjective_endings`` (of adjectives formed on a place: Polish "Wrocławscy" on "Wrocław");
    across scripts (``names.translated_across_scripts``): ``kept_kinds`` (starts of the words saying a
    name is a company's, a brand's or a publication's: "consultancy", "газет"), ``clitics`` (proclitics
    joined to the next word: Arabic "و", "ال"), ``quoted_names`` (organisations are quoted in sentence
    case: «Северная правда»).
``[numbers]`` ``words`` (spelled numbers -> value; they absorb a number of the other side, and a count
    of two or more that differs from the aligned sentence's is a mismatch), ``repeat_links`` (a number
    repeated after a unit and this word means "all of them": "24 ore su 24"),
    ``character_numerals`` (numbers are also written in characters, read like spelled ones: "两万"),
    ``scales`` (words that multiply: "billion"; mind false friends; without it CLDR's are used, and
    ``extra_scales`` adds to those: Japanese "割", tenths), ``ordinals`` (spelled ordinals;
    they also absorb, and one that differs from the aligned sentence's is a mismatch),
    ``imperial_units`` (unit -> [factor, offset] pairs of metric conversions), ``fractions`` (words that
    name a fraction and nothing else -> denominator: "tiers" = 3), ``fraction_links`` (what stands
    between a fraction's denominator and numerator in digits: "3분의 2" is two thirds), ``units`` (unit words
    -> "dimension:unit" ids, durations too: "weeks" = ["duration:week"]), ``unit_links`` (what may
    stand between a scale word and a unit: "de "),
    ``range_words`` (words that join the two ends of a range: "and", "bis"), ``night_words`` (next to a
    weekday they name a night, which spans two days: "Nacht zum Samstag" = "Friday night"),
    ``clock_after`` / ``clock_before`` (words after or before a clock time written with a full stop,
    which make it hours and minutes: "19.30 uur", "godz. 19.30"; a word before it only where no unit
    follows: "alle 20.30"), ``century_words`` (a Roman numeral next to one counts a century: "siglo
    XIX"; an abbreviation listed with its full stop, "w.", only after the numeral),
    ``day_counters`` (what follows
    a day of the month in digits, "5일", "10日": such a day may render a weekday of the other side),
    ``group_from`` (counts of this many digits or more are grouped: 4 in French and English, 5 in
    German; no key, no check), ``group_separator`` (what groups them: "\u202f", ",", "."),
    ``compound_suffixes`` (suffix -> what it adds, for number words written with it: "mal" 0,
    "einhalb" 0.5), ``unit_articles`` (words that make one of the imperial unit after them: "a foot")
    and ``metric_units`` (prefixed metric unit words -> [dimension, factor]: "nanoseconds" = ["time",
    1e-9]).
``[punctuation]`` ``space_before_high_is_error`` (a space before ; : ! ? is wrong here),
    ``subject_articles`` (definite articles that open a sentence's subject: no comma before its verb),
    ``inversion_pronouns`` (subject pronouns hyphened after an inverted reporting verb, French "a-t-elle":
    a comma sets the incise off from the quotation before it),
    ``inverted_marks`` (the language writes ``¿ ¡``; in a language with data but not this key they are errors),
    ``inverted_required`` (and opens every question with ``¿``: Spanish, not Catalan or Galician),
    ``suspension_conjunctions`` (after which a suspended hyphen stands apart: "low- and middle-income"),
    ``ellipsis_spaced_before`` (an ellipsis for left-out words takes a space before it: German),
    ``comma_before`` (conjunctions of a subordinate clause, always set off with a comma: German "dass")
    and ``comma_not_after`` (words after which they take none: "ohne dass", "nur weil"),
    ``fronted_clause_openers`` (conjunctions opening a sentence whose clause always ends in a comma:
    Polish "gdy", German "wenn"; none that is a preposition or adverb too), ``adverbial_openers``,
    ``inverted_subjects`` and ``adverbial_comma_links`` (a verb-second language: prepositions opening a
    fronted adverbial, subject pronouns after the inverted verb, words that end or open a clause),
    ``native_marks`` (Latin mark -> the language's own, which a Latin one after its letters should be:
    Chinese ``，``, Japanese ``、``, Arabic ``،``; a language with data but no full-width marks should
    not have ``，`` or ``。`` after its letters), ``semicolon`` (the language's own semicolon where ";" asks
    a question: Greek "·"; a Latin ";" with the sentence going on after it is the source's, kept).
``[repetition]`` ``allowed``: immediate repetitions that are grammatical or idiomatic ("nous nous");
    ``allowed_before``: the same with the word that follows them, where the second word opens a fixed
    phrase ("put at at least");
    ``attached_particles`` (particles written onto a noun: Korean "노선 노선은" is a doubled noun);
    ``ideophone`` (a regular expression: the shape of the sound-symbolic words the language only
    ever writes doubled, Turkish "pırıl pırıl", "harıl harıl"; matched when the word is no common word).
``[spelling]`` ``always_capitalised`` (words written with a capital wherever they stand: German "Sie"),
    ``noun_suffixes`` (suffixes that make nouns only, in a language that capitalises nouns: "-keit"),
    ``not_noun_endings`` (endings of other words that end so: "blutjung"), ``continuation_openers``
    (conjunctions that may open a segment continuing the one before it: "und", "and"),
    ``acronym_word_letters`` (the press writes an acronym of this many letters or more read as a word
    with its first capital only: Portuguese "Inpe", "Unesco"),
    ``capitalised_proper_adjectives`` (true: country, nationality and language words take a capital,
    English), ``demonym_suffixes`` ([dropped, added] endings forming a demonym on a country name) and
    ``lower_case_homographs`` (such names that are ordinary words in lower case: "china"),
    ``glued_prepositions`` and ``glued_articles`` (a preposition and an article run together: "avecla"),
    ``glued_final_words`` (words that end no word of the language, glued after one: Swedish "och"),
    ``courtesy_capitals`` (pronouns of address capitalised out of courtesy: Polish "Twój", Czech "Váš");
    ``[spelling.regional]`` (English): ``endings`` ([British, American] endings), ``british_reported``,
    ``digraphs``, ``exceptions`` and ``british_regions`` (see :mod:`mtqa.checks.regional`).
``[sentence_boundary]`` ``verbs`` and ``finite_endings`` (a sentence holds a verb when a word is listed
    or, lower case and five letters or more, ends so), ``date_words``, ``clause_openers`` (prepositions
    that open a verbless adverbial phrase), ``clause_verb_endings`` (endings too often verbal to trust),
    ``relative_openers`` (relative pronouns, with their preposition, that cannot open a statement: "de
    los cuales", "of whom"; a language with only this key has no verb lexicon);
    for languages whose sentences end in a verb form and whose letters have no case, ``final_endings``
    (a sentence's last word ends so: Korean "다", "요"), ``open_endings`` (it never ends so:
    Japanese case particles "は", "を"), ``open_words`` (whole words that never end one: Arabic
    prepositions "على", "في"), ``frame_openers`` and ``frame_closers`` (the two ends of a
    frame that needs a clause after it, Chinese "据…报道": such a frame alone is a cut sentence),
    ``attributive_endings`` with ``assertion_words`` and ``ending_words`` (a last clause ending in
    Chinese "的" without "是", "会"... lost the noun it qualifies; "目的" is a word).
``[polarity]`` words of concepts with an opposite (rise/fall, more/less, with/without, double/half, the
    frequencies, morning/evening/night, highest/lowest, longer/shorter, sufficient/insufficient,
    possible/impossible), for ``polarity.opposite``: ``[polarity.strong]`` (concept ->
    phrases naming it and nothing else), ``[polarity.weak]`` (phrases that may say it: they only silence
    a finding), ``idioms`` (phrases whose words say something else: "fell short"), ``negations``,
    ``restrictive_particles`` with ``restrictive_words`` (a negation that says "only" with a restrictive
    word shortly after it: French "ne … que"); "word*" is a stem, "#" a number in digits. The relative
    dates and day periods come from CLDR (Babel).
    ``[polarity.negation]``, for ``polarity.negation``: ``words`` that negate, ``after`` (a word that
    negates after one of the listed words: French "plus" after "ne"), ``idioms`` (a negation word that
    negates nothing: "not only"), ``lexical`` (words that negate without a negation word: "fail",
    "without"), ``hints`` (a negation said elsewhere, judged on the side without one: "ever") and
    ``prefixes`` with ``prefix_exceptions`` (negative prefixes: "un" in "unclear", not "under").
``[terminology]`` ``function_words`` (never terms; also tell plainly-target-language clauses apart),
    ``determiners`` (stand before a noun), ``generic`` (content words translators vary on purpose),
    ``plural_endings`` (removed before terms are compared; default ``["s", "x"]``); ``false_friends.<target
    code>`` (source word -> its look-alikes in that language that mean something else: French
    "éventuellement" -> "eventually"; ``terminology.false_friend``) and ``false_friend_senses.<target
    code>`` (a look-alike -> the words of this language it renders rightly: "actuellement" -> "currently").
``[typography]`` ``quotes`` (``preferred`` primary quotation style, CLDR's: "curly" “”, "guillemets",
    "german" „“, "swedish" ”” (Swedish, Finnish), "corner" 「」; ``foreign`` styles, and
    ``stops_inside``: a comma or full stop goes inside the closing quotation mark; ``opening``: the marks
    that only open a quotation, after which no space goes), and
    ``space_optional_before`` (marks before which French typography of a region accepts no space),
    ``typewriter_dash`` (a double hyphen is an accepted dash: English),
    ``percent_space_required`` (the norm spaces the percent sign: Swedish, Czech ``85 %``),
    ``percent_space_never`` (no style guide spaces it: English, Portuguese ``85%``),
    ``weekdays_capitalised_in_dates_only`` (a weekday alone is written in lower case: Turkish "salı günü"),
    and ``clock_hours_mark`` (times of day are written with "h": French "3 h 40", "15h30").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from mtqa.tables import package_table

_MISSING = object()


@dataclass(frozen=True)
class LanguageData:
    """The data of one language variant: read-only lookups by section and key."""

    code: str
    table: Mapping[str, Any]
    # Lookups already answered: the checks ask for the same few keys in their inner loops, and the
    # data never changes once read.
    _answers: dict[tuple[str, str, str], Any] = field(default_factory=dict, compare=False, repr=False)

    def section(self, name: str) -> Mapping[str, Any]:
        value = self.table.get(name, {})
        return value if isinstance(value, Mapping) else {}

    def value(self, section: str, key: str, default: Any = None) -> Any:
        found = self._answer("value", section, key)
        return default if found is _MISSING else found

    def strings(self, section: str, key: str) -> tuple[str, ...]:
        answer: tuple[str, ...] = self._answer("strings", section, key)
        return answer

    def words(self, section: str, key: str) -> frozenset[str]:
        answer: frozenset[str] = self._answer("words", section, key)
        return answer

    def flag(self, section: str, key: str) -> bool:
        return self._answer("value", section, key) is True

    def table_of(self, section: str, key: str) -> Mapping[str, Any]:
        value = self.value(section, key, {})
        return value if isinstance(value, Mapping) else {}

    def _answer(self, kind: str, section: str, key: str) -> Any:
        try:
            return self._answers[kind, section, key]
        except KeyError:
            pass
        value = self.section(section).get(key, _MISSING)
        if kind == "strings":
            value = tuple(value) if isinstance(value, list | tuple) else (value,) if isinstance(value, str) else ()
        elif kind == "words":
            value = frozenset(self.strings(section, key))
        self._answers[kind, section, key] = value
        return value


@cache
def language_data(code: str, script: str | None = None, region: str | None = None) -> LanguageData:
    """The data of ``code`` with the overrides of its script and region (package data, read once)."""
    base = package_table(f"lang/{code}.toml") if code.isalpha() else {}
    merged = {key: value for key, value in base.items() if key not in ("region", "script")}
    for kind, name in (("script", script), ("region", region)):
        if name:
            merged = _merge(merged, base.get(kind, {}).get(name, {}))
    return LanguageData(code, merged)


def _merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        current = merged.get(key)
        merged[key] = _merge(current, value) if isinstance(current, Mapping) and isinstance(value, Mapping) else value
    return merged
