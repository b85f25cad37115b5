"""Sentence boundaries that machine translation inserted where the source has none.

- ``sentence_boundary.mid_sentence_stop``: a full stop followed by a lower-case word
  (``la coopération. potentiel dans ce domaine``). Not reported after abbreviations (``M.``, ``etc.``,
  ``p. ex.``, ``z. B.``, initials, short vowel-less tokens), ellipses, ordinal numbers in languages
  that write them with a full stop (``am 3. und 4. Mai``), nor before lower-case brands (``iPhone``,
  ``eBay``), nor when the source paragraph has as many such stops itself, nor where the source has
  a sentence break at that place too (``… every use. Its finish`` → ``… utilisation. son revêtement``):
  there the stop is right and the sentence lost its capital, which ``spelling.sentence_start`` reports.
- ``sentence_boundary.fragment``: a short verbless target sentence made of a name or a date
  (``Chine Direct mardi.``), or a verbless adverbial phrase opening with a preposition (``Après un
  débat houleux, au-delà de minuit.``), or, in languages whose letters have no case, a sentence whose
  last word cannot end one (Korean ``회담은 6시간 동안.``, Japanese ``によると。``, Arabic ``… على.``) or
  that is only a frame (Chinese ``据《中国日报》报道。``) or ends in an attributive ``的`` that asserts
  nothing (Chinese ``…达3850兆瓦的。``, cut from its noun), or a statement that opens with a relative
  pronoun (``De los cuales solo …``, ``Of whom only …``; ``[sentence_boundary] relative_openers``), or
  with a coordinating conjunction and a finite verb, the subject left in the sentence before (``And can
  be removed …``; ``subjectless_openers``, in languages that need a subject: not Spanish or Italian,
  where ``Y puede quitarse`` is a sentence), in a bead whose source has fewer sentences,
  i.e. the piece belongs to a source sentence. Without a part-of-speech tagger, "verbless" means: no
  word from the language's list of common verb forms and no word with a typical finite-verb ending
  (``data/sentence_boundary.toml``). With the ``product``, ``ui`` and ``docs`` profiles, whose copy is
  written in verbless sentences (``Léger. Robuste.``), only the clause cut where no sentence can end is
  reported.

- ``sentence_boundary.comma_splice``: two source sentences translated as one sentence whose two halves
  are joined by a bare comma (``… does not work, saved routes … remain available.``): a run-on sentence.
  Read in sentence beads of two source sentences and one target sentence; the comma is the mark of the
  target sentence nearest to where the first source sentence's share of the length ends, if it is a
  comma (a semicolon, colon or dash there joins the halves rightly), and the word after it is no
  conjunction or relative word that joins clauses (``[sentence_boundary] joining_words``, languages
  without the list are not read), and both sides of it are clauses (a verb of the language's list
  between the mark before and the comma, and in the four words or more after it, which hold no other
  sentence end). A merge the translator made on purpose joins the halves with such a word (``…, and
  saved routes``, ``…, which``).

- ``sentence_boundary.missing_stop``: two source sentences rendered as one target sentence without any
  mark between them: where the first source sentence's share of the length ends, a word opening with a
  capital follows the lower-case last word of the first half after a bare space (Greek ``…είναι
  βρεγμένη Αφήστε την …``). In languages that capitalise their nouns (German) only a capitalised
  function word after a lower-case word (``eröffnet Das Gebäude``) is read; nowhere where the
  capitalised word may be a name: the source writes it or a word it transliterates, the translation
  capitalises it inside a sentence elsewhere (in any case form), a capitalised word follows it, or it
  is a month, a day or a word of a country's name (CLDR). In a verb-final language (``[traits]
  verb_final``: Turkish), the second may open with the number its source says in its first words
  instead (``… temizlik yapar 5.000 Pa …`` for "… room by room. With 5,000 Pa …").

Severity major for the first two: a sentence cut in two reads as broken and often loses its meaning
("la coopération. potentiel" no longer says "potential cooperation").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache

from mtqa.checks._textutil import fold, is_abbreviation, mask_protected, token_before
from mtqa.checks.base import Check, CheckContext, CheckInfo, ParagraphPair, Scope, SentencePair, fails, passes
from mtqa.lang import Language
from mtqa.lang.grammar import VerbLexicon, calendar_names, has_verb, verb_lexicon
from mtqa.lang.lexicon import lexicon
from mtqa.lang.script import dominant_script, script_of
from mtqa.model import Bead, Finding, Sentence, Span

# A full stop, spaces, then a word that starts with a lower-case letter.
_STOP_THEN_LOWER = re.compile(r"\.(?<![.…]\.)[^\S\n]+(?=[^\W\d_])")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NEXT_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def mid_sentence_stops(text: str, language: Language) -> list[tuple[int, int]]:
    """Spans ``[stop, end of next word)`` of full stops followed by a lower-case word."""
    masked = mask_protected(text)
    ordinal = language.data.flag("traits", "ordinal_period")
    spans = []
    for match in _STOP_THEN_LOWER.finditer(masked):
        word = _NEXT_WORD.match(masked, match.end())
        if word is None or not _starts_lower(word.group()):
            continue
        before = token_before(masked, match.start()).rstrip(")]»”\"'’")
        if _excused(before, language, ordinal):
            continue
        spans.append((match.start(), word.end()))
    return spans


def _starts_lower(word: str) -> bool:
    # "iPhone", "eBay", "mRNA": a capital later in the word marks a brand or a symbol, not a sentence.
    return word[0].islower() and not any(c.isupper() for c in word[1:]) and "." not in word


# Numbers joined by a colon: a clock time, a score or a ratio.
_CLOCK_OR_SCORE = re.compile(r"\d+(?::\d+)+")


# A number with thousands groups or a decimal comma ("48,000", "1.250.000", "2,5").
_GROUPED_OR_DECIMAL = re.compile(r"\d{1,3}(?:([,.])\d{3})(?:\1\d{3})*|\d+,\d+")


def _excused(before: str, language: Language, ordinal: bool) -> bool:
    if not before or before.endswith(("..", "…")):
        return True
    if ordinal and before.isdigit():
        return True
    if _CLOCK_OR_SCORE.fullmatch(before):
        return False  # "vedl 4:2. ale", "um 17:00. und": a time, score or ratio is no ordinal or abbreviation
    if not ordinal and _GROUPED_OR_DECIMAL.fullmatch(before):
        return False  # "48,000. the", "2,5. e": a quantity, no label; only ordinal languages write "1.000."
    if before[-1].isdigit() and not before.isdigit():
        return True  # "Fig.2. and", "n°5."
    return is_abbreviation(before, language)


def _splits_source_token(text: str, stop: int, end: int, source_text: str) -> bool:
    """True when the stop and the next word, joined without the space, are one token of the source.

    A space inserted into a web address or a file name ("www.nhs. uk" for "www.nhs.uk") puts a stop
    before a lower-case word, but the source shows the whole token: no sentence was cut.
    """
    before = token_before(text, stop)
    if "." not in before:
        return False  # a plain word before the stop: the sentence reading stands
    joined = before + "." + text[stop + 1 : end].lstrip()
    return joined in source_text


class MidSentenceStop(Check):
    info = CheckInfo(
        id="sentence_boundary.mid_sentence_stop",
        category="sentence_boundary",
        severity="major",
        description="A full stop inside a sentence: `. ` followed by a lower-case word.",
        scope=Scope.PARAGRAPH,
        # Where the source has a sentence break there too (its sentences pair up one to one), the stop is
        # right and the next sentence lost its capital: a spelling error, which that check reports.
        defers_to=("spelling.sentence_start",),
        failing=(
            fails(
                "The minister announced new measures for public health funding.",
                "Le ministre a annoncé de nouvelles mesures pour la santé. financement public.",
                finds=". financement",
            ),
            fails(
                "The company reported strong growth in the third quarter.",
                "Das Unternehmen meldete ein starkes Wachstum. im dritten Quartal.",
                finds=". im",
                target_lang="de",
            ),
        ),
        passing=(
            passes("Mr Wang said so.", "M. Wang l'a dit, etc. et il est parti."),
            passes("For example the rules.", "Zum Beispiel z. B. die Regeln am 3. und 4. Mai.", target_lang="de"),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        found = [(paragraph, mid_sentence_stops(paragraph.text, context.target_language)) for paragraph in pair.target]
        if not any(spans for _, spans in found):
            return  # most paragraphs: the source's stops would excuse nothing
        source_count = sum(len(mid_sentence_stops(p.text, context.source_language)) for p in pair.source)
        source_text = " ".join(p.text for p in pair.source)
        for paragraph, spans in found:
            if len(spans) <= source_count:
                continue  # the source has the same oddity (a list "a. b.", a quoted fragment)
            for start, end in spans:
                if _splits_source_token(paragraph.text, start, end, source_text):
                    continue  # "www.nhs. uk": a space inside an address or file name (markup's finding)
                span = Span(paragraph.span.start + start, paragraph.span.start + end)
                word = paragraph.text[start:end].lstrip(". \u00a0")
                yield self.finding(
                    context,
                    f"a full stop cuts the sentence before {word!r}",
                    target_span=span,
                    suggestion=" " + word,
                )


def _is_short(text: str, language: Language) -> bool:
    lexicon = verb_lexicon(language)
    limit = lexicon.max_words if lexicon else 5
    return len(_WORD.findall(text)) <= limit


def is_fragment(text: str, language: Language) -> bool:
    """True for a short verbless sentence made of a name or a date (``Chine Direct mardi.``), or a
    verbless adverbial phrase opening with a preposition (``Après un débat houleux, au-delà de minuit.``)."""
    lexicon = verb_lexicon(language)
    stripped = text.strip()
    if lexicon is None or not stripped.endswith(".") or stripped.endswith(".."):
        return False
    if not lexicon.verbs and not lexicon.endings:
        return False  # a language known only by its sentence ends (see cut_clause)
    if stripped[-2:-1].isdigit() and language.data.flag("traits", "ordinal_period"):
        return False  # "der 10." is an ordinal the segmenter mistook for a sentence end
    words = _WORD.findall(stripped)
    if not words or not words[0][0].isupper() or has_verb(stripped, language):
        return False
    if _is_adverbial_phrase(words, lexicon):
        return True  # its verb is in another sentence: "Après un débat houleux, au-delà de minuit."
    if len(words) > lexicon.max_words:
        return False
    names_or_dates = [w for i, w in enumerate(words) if (i and w[0].isupper()) or w.lower() in lexicon.date_words]
    return bool(names_or_dates) or any(c.isdigit() for c in stripped)


# A relative clause cut off as a sentence has its pronoun and a few words more ("Dont acte." is an idiom).
_MIN_RELATIVE_WORDS = 4


def cut_relative(text: str, language: Language) -> bool:
    """True for a statement that opens with a relative pronoun needing an antecedent in the same sentence
    ("De los cuales solo un tercio …", "Of whom only a third …"; ``[sentence_boundary] relative_openers``):
    a relative clause cut off the sentence before it."""
    openers = _relative_openers(language)
    stripped = text.strip()
    if not openers or not stripped.endswith(".") or stripped.endswith(".."):
        return False
    words = _WORD.findall(stripped)
    if len(words) < _MIN_RELATIVE_WORDS or not words[0][0].isupper():
        return False
    opening = " ".join(word.lower() for word in words[:_LONGEST_OPENER])
    return any(opening == opener or opening.startswith(opener + " ") for opener in openers)


_LONGEST_OPENER = 3  # words
_OPENING_CHARACTERS = 60  # enough for a conjunction and the word after it


def cut_coordination(text: str, language: Language) -> bool:
    """True for a statement that opens with a coordinating conjunction followed at once by a finite verb
    ("And can be removed and charged indoors.", "Und kann im Haus geladen werden."; ``[sentence_boundary]
    subjectless_openers``, in languages whose clauses need a subject): the second half of a coordinated
    predicate, cut off the sentence that holds its subject."""
    openers = language.data.words("sentence_boundary", "subjectless_openers")
    stripped = text.strip()
    if not openers or not stripped.endswith(".") or stripped.endswith(".."):
        return False
    words = _WORD.findall(stripped[:_OPENING_CHARACTERS])
    if len(words) < 2 or not words[0][0].isupper() or words[0].lower() not in openers:
        return False
    lexicon = verb_lexicon(language)
    return lexicon is not None and words[1].lower() in lexicon.verbs


@cache
def _relative_openers(language: Language) -> tuple[str, ...]:
    return tuple(o.lower() for o in language.data.strings("sentence_boundary", "relative_openers"))


# Closing quotes and brackets after or before a sentence's final stop.
_CLOSING = "\"'”’」』）)]》»"


# A Chinese frame ("据…报道", "according to ... reports") standing alone is at most this many characters.
_MAX_FRAME = 20
_CLAUSE_MARKS = frozenset("，、：；,:;")


def cut_clause(text: str, language: Language) -> bool:
    """True for a sentence cut off its clause, in languages whose letters have no case to show it:
    Korean "회담은 6시간 동안." (no final ending "-다", "-요"...: ``final_endings``), Japanese "…によると。"
    (a particle: ``open_endings``), Arabic "… على." (a preposition: ``open_words``), Chinese
    "据《中国日报》报道。" (a short frame, "according to ... reports", that needs a clause after it:
    ``frame_openers`` ... ``frame_closers``; ``[sentence_boundary]`` data). A question or exclamation
    is left alone, and so is a sentence ending in a digit, a symbol, a word of another script ("AI.")
    or a bracket or quotation mark before its stop."""
    lexicon = verb_lexicon(language)
    if lexicon is None or not (
        lexicon.final_endings
        or lexicon.open_endings
        or lexicon.open_words
        or lexicon.frame_openers
        or lexicon.attributive_endings
    ):
        return False
    stripped = text.strip().rstrip(_CLOSING)
    if not stripped.endswith((".", "。")) or stripped.endswith(("..", "。。")):
        return False
    body = stripped[:-1].rstrip()
    if _frame_alone(body, lexicon) or _attribute_alone(body, lexicon):
        return True
    # The last word must be the sentence's own: not one inside brackets or quotes ("（2020年以来初めて）。").
    if not body or not body[-1].isalpha() or body[-1].isascii():
        return False
    if body.endswith(lexicon.open_endings) or body.rsplit(None, 1)[-1] in lexicon.open_words:
        return True
    return bool(lexicon.final_endings) and not body.endswith(lexicon.final_endings)


def _frame_alone(body: str, lexicon: VerbLexicon) -> bool:
    return (
        bool(lexicon.frame_openers)
        and body.startswith(lexicon.frame_openers)
        and body.endswith(lexicon.frame_closers)
        and len(body) <= _MAX_FRAME
        and not _CLAUSE_MARKS & set(body)
    )


def _rest_unaligned(context: CheckContext, pair: SentencePair) -> bool:
    """A bead with source and target sentences followed, in its paragraph, by a target sentence the
    aligner matched to nothing."""
    beads = pair.paragraph_bead.sentences
    if not (pair.source and pair.target):
        return False
    # Each paragraph's beads indexed once: beads.index() per sentence made a one-paragraph book quadratic.
    indexed = context.analysis(_bead_positions)
    if id(beads) not in indexed:
        positions: dict[Bead, int] = {}
        for position, bead in enumerate(beads):
            positions.setdefault(bead, position)
        indexed[id(beads)] = positions
    following = indexed[id(beads)].get(pair.bead, len(beads)) + 1
    return following < len(beads) and not beads[following].source and bool(beads[following].target)


def _bead_positions(context: CheckContext) -> dict[int, dict[Bead, int]]:
    """Filled by :func:`_rest_unaligned`: a paragraph bead's sentence beads (by identity of their tuple,
    which the article's alignment keeps alive) and the position of each."""
    return {}


def _attribute_alone(body: str, lexicon: VerbLexicon) -> bool:
    """A last clause ending in an attributive particle (Chinese "的") with no word that makes it an
    assertion ("是…的", "会…的"): the noun it qualifies went into the next sentence."""
    if not body.endswith(lexicon.attributive_endings) or body.endswith(lexicon.ending_words):
        return False
    clause = re.split(r"[，、：；,:;]", body)[-1]
    return not any(word in clause for word in lexicon.assertion_words)


_ELISION = re.compile(r"^[^\W\d_]{1,2}['’]")


def _is_adverbial_phrase(words: list[str], lexicon: VerbLexicon) -> bool:
    """A preposition and a few words, none of which may be a verb even by a looser test than
    :func:`has_verb` (``c'est``, ``roulent``)."""
    low, high = lexicon.clause_words
    if not low <= len(words) <= high or words[0].lower() not in lexicon.clause_openers:
        return False
    for word in words:
        bare = _ELISION.sub("", word.lower())
        if bare in lexicon.verbs or (word.islower() and len(bare) >= 5 and bare.endswith(lexicon.clause_verb_endings)):
            return False
    return True


class VerblessFragment(Check):
    info = CheckInfo(
        id="sentence_boundary.fragment",
        category="sentence_boundary",
        severity="major",
        description=(
            "A short verbless name, date or adverbial phrase split off as its own sentence (`Chine Direct mardi.`)."
        ),
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "The deal was signed in Paris, the ministry told Reuters on Friday.",
                "L'accord a été signé à Paris, a indiqué le ministère. Reuters vendredi.",
                finds="Reuters vendredi.",
            ),
            fails(
                "The council approved the plan on Monday after a long debate that lasted until dawn.",
                "Le conseil a approuvé le plan lundi. Après un long débat, jusqu'à l'aube.",
                finds="Après un long débat, jusqu'à l'aube.",
            ),
        ),
        passing=(
            passes("No, not at all, he said.", "Non. Pas du tout, a-t-il dit."),
            passes(
                "Lightweight and tough for every trail.",
                "Léger et robuste. Pour tous les sentiers.",
                config={"profile": "product"},
            ),
            passes("He tried to reach the summit, but in vain.", "Il a tenté d'atteindre le sommet. En vain."),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        language = context.target_language
        if _rest_unaligned(context, pair) and cut_clause(pair.target[-1].text, language):
            # The aligner left the rest of the cut sentence as a target sentence of its own: the piece
            # before the cut is alone in a 1-1 bead ("…达3850兆瓦的。" | "电站提供资金。").
            yield self._finding(context, pair.target[-1])
            return
        if not (len(pair.target) > len(pair.source) and (len(pair.target) > 1 or not pair.source)):
            return
        # Product, interface and documentation copy is written in verbless sentences ("Léger. Robuste.
        # Le vôtre."): there only a clause cut where no sentence can end is a fragment.
        prose = context.config.profile == "news"
        fragments = [
            s
            for s in pair.target
            if (prose and is_fragment(s.text, language))
            or cut_clause(s.text, language)
            or cut_relative(s.text, language)
            or cut_coordination(s.text, language)
        ]
        # A short source sentence ("Shame on Audubon.") may be translated by a short target sentence:
        # only target fragments beyond the source's short sentences were split off something longer.
        if len(fragments) > sum(_is_short(s.text, context.source_language) for s in pair.source):
            for sentence in fragments:
                yield self._finding(context, sentence)

    def _finding(self, context: CheckContext, sentence: Sentence) -> Finding:
        language = context.target_language
        what = (
            "a relative clause"
            if cut_relative(sentence.text, language)
            else "a clause without its subject"
            if cut_coordination(sentence.text, language)
            else "a verbless fragment"
        )
        return self.finding(
            context,
            f"{sentence.text!r} is {what} split off a source sentence",
            target_span=sentence.span,
        )


# Marks that may join the two halves of a merged sentence: the one nearest the expected boundary decides.
_JOINING_MARK = re.compile(r"[,;:]\s|\s[–—-]\s")
# The nearest mark must lie within this share of the target sentence's length of the expected boundary.
SPLICE_TOLERANCE = 0.2
# The clause after the comma has at least this many words.
SPLICE_MIN_WORDS = 4
# A comma, a capitalised word and a lower-case word after it ("…, De partijen").
_COMMA_CAPITAL = re.compile(r"(?<=\w), ([^\W\d_]+) (?=([^\W\d_]))")
_INNER_END = re.compile(r"[.!?…][\"'“”‘’«»‹›)\]]*\s+\S")
_SENTENCE_END = re.compile(r"[.!?…][\"'“”‘’«»‹›)\]*]*$")


class CommaSplice(Check):
    """Two source sentences joined into one by a bare comma: a run-on sentence."""

    info = CheckInfo(
        id="sentence_boundary.comma_splice",
        category="sentence_boundary",
        severity="minor",
        description="Two source sentences merged into one target sentence with a bare comma (a comma splice).",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "Die Suche funktioniert offline nicht. Gespeicherte Listen bleiben jedoch verfügbar.",
                "Search does not work offline, saved lists remain available, however.",
                finds=", saved",
                source_lang="de",
                target_lang="en",
            ),
        ),
        passing=(
            passes(
                "Die Suche funktioniert offline nicht. Gespeicherte Listen bleiben jedoch verfügbar.",
                "Search does not work offline, but saved lists remain available.",
                source_lang="de",
                target_lang="en",
            ),
            passes(
                "Die Suche funktioniert offline nicht. Gespeicherte Listen bleiben jedoch verfügbar.",
                "Search does not work offline; saved lists remain available, however.",
                source_lang="de",
                target_lang="en",
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        if len(pair.source) == 1 and len(pair.target) == 1:
            yield from self._capital_after_comma(context, pair.target[0])
            return
        if len(pair.source) != 2 or len(pair.target) != 1:
            return
        joining = _joining_words(context.target_language)
        if not all(_SENTENCE_END.search(s.text.rstrip()) for s in pair.source):
            return
        first, second = (len(s.text) for s in pair.source)
        target = pair.target[0]
        text = mask_protected(target.text)
        expected = len(text) * first / (first + second)
        marks = [m for m in _JOINING_MARK.finditer(text) if 0 < m.start() < len(text) - 2]
        if not marks:
            return
        nearest = min(marks, key=lambda m: abs(m.start() - expected))
        if not nearest.group().startswith(",") or abs(nearest.start() - expected) > SPLICE_TOLERANCE * len(text):
            return
        word = _WORD.match(text, nearest.end())
        if word is not None and _capital_kept(context, word.group()):
            # The second sentence kept its capital after the comma ("… könyvelt el, Az egyetemes …"):
            # its full stop became a comma, told without reading clauses or verbs.
            yield self._splice(context, target, nearest.start(), word.end())
            return
        if not joining:
            return
        if word is None or word.group().casefold() in joining or text[nearest.start() - 1].isdigit():
            return
        # Two clauses: a verb between the mark before the comma and the comma ("Lundi 10 août, il sera"
        # is an introductory phrase), and a clause of a few words with a verb after it ("…, sagte sie.").
        before = text[max((m.end() for m in marks if m.end() <= nearest.start()), default=0) : nearest.start()]
        after = text[nearest.end() :]
        if not (has_verb(before, context.target_language) and has_verb(after, context.target_language)):
            return
        tail = _WORD.findall(after)
        if len(tail) < SPLICE_MIN_WORDS or _INNER_END.search(after):
            return  # a short tail, or more than one sentence left in one (a stop the segmenter missed)
        if _attribution(tail, context.target_language):
            return  # "…, the mayor announced on Tuesday": the first clause is what the tail reports
        yield self._splice(context, target, nearest.start(), word.end())

    def _capital_after_comma(self, context: CheckContext, target: Sentence) -> Iterator[Finding]:
        """A sentence rendered as two clauses whose second opens after a comma with a capitalised function
        word and a lower-case word (Dutch "…, De partijen hebben …", Italian "…, Il governo ha …"): the
        engine began a new sentence there and set a comma for its full stop. A name or a title keeps a
        capital on its next word too ("…, De Vries said", "…, La Repubblica wrote")."""
        if ", " not in target.text or context.target_language.data.flag("traits", "capitalises_nouns"):
            return
        # Function words only (articles, pronouns): a title after a name keeps its capital in some
        # house styles ("…, Directeur de la Fédération").
        function_words = context.target_language.data.words("terminology", "function_words")
        masked: str | None = None  # masked only for a sentence with a candidate (most have none)
        for match in _COMMA_CAPITAL.finditer(target.text):
            word = match.group(1)
            if not word[0].isupper() or word.casefold() not in function_words or not match.group(2).islower():
                continue
            if masked is None:
                masked = mask_protected(target.text)
            if masked[match.start() : match.end()] != match.group():
                continue  # inside a URL, code or other protected text
            if _capital_kept(context, word):
                yield self._splice(context, target, match.start(), match.end(1))
                return

    def _splice(self, context: CheckContext, target: Sentence, start: int, end: int) -> Finding:
        return self.finding(
            context,
            "two source sentences are joined here by a bare comma: end the first sentence, or join them with a "
            "conjunction",
            target_span=Span(target.span.start + start, target.span.start + end),
            suggestion=".",
        )


# A word this common in lower case is a word of the language, not a name ("Az", "Der", "Les").
_COMMON_OPENER_ZIPF = 5.0


def _capital_kept(context: CheckContext, word: str) -> bool:
    """True when ``word``, after a comma, is a very common word of the target language written with a
    capital (an article or pronoun opening a sentence: Hungarian "Az", Finnish "Se", Italian "Il") in a
    language that does not capitalise its nouns, and the source does not write it so (no name)."""
    language = context.target_language
    if not _capitalised(word) or language.data.flag("traits", "capitalises_nouns"):
        return False
    words = lexicon(language)
    if words is None or words.zipf(word.lower()) < _COMMON_OPENER_ZIPF:
        return False
    return re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", context.source.text) is None


class MissingStop(Check):
    """Two source sentences run together in one target sentence, with no mark between them."""

    info = CheckInfo(
        id="sentence_boundary.missing_stop",
        category="sentence_boundary",
        severity="major",
        description="Two source sentences run together in one target sentence without a mark: the second "
        "opens with a capital right after the first one's last word (`mouillé Laissez`).",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "Do not charge the lamp while the port is wet. Let it dry for an hour first.",
                "Ne chargez pas la lampe lorsque le port est mouillé Laissez-le sécher une heure.",
                finds="mouillé Laissez-le",
                target_lang="fr",
            ),
        ),
        passing=(
            passes(
                "Do not charge the lamp while the port is wet. Let it dry for an hour first.",
                "Ne chargez pas la lampe lorsque le port est mouillé. Laissez-le sécher une heure.",
                target_lang="fr",
            ),
            passes(
                "Do not charge the lamp while the port is wet. Ask Anna Berg first.",
                "Ne chargez pas la lampe lorsque le port est mouillé et demandez à Anna Berg.",
                target_lang="fr",
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterator[Finding]:
        if len(pair.source) != 2 or len(pair.target) != 1:
            return
        language = context.target_language
        # German capitalises every noun: a capital inside a sentence says something only on a function
        # word after a lower-case word ("… wird im Mai eröffnet Das Gebäude bietet …"), the noun after it
        # capitalised as any noun.
        nouns = language.data.flag("traits", "capitalises_nouns")
        # Words capitalised wherever they stand (German "Sie") open nothing.
        always = language.data.words("spelling", "always_capitalised")
        if not all(_SENTENCE_END.search(s.text.rstrip()) for s in pair.source):
            return
        target = pair.target[0]
        text = mask_protected(target.text)
        words = list(_WORD.finditer(text))
        joins = [
            (left, right)
            for left, right in itertools.pairwise(words)
            if _JOIN_GAP.fullmatch(text, left.end(), right.start())
            and (
                (left.group().islower() and _function_opener(right.group(), language))
                if nouns
                else (left.group().islower() or _function_opener(right.group(), language))
            )
            and _capitalised(right.group())
            and right.group() not in always
        ]
        first, second = (len(s.text) for s in pair.source)
        expected = len(text) * first / (first + second)
        if language.data.flag("traits", "verb_final"):
            number = _number_opening(text, words, pair.source[1].text, expected)
            if number is not None:
                left, start, end = number
                yield self.finding(
                    context,
                    "two source sentences run together here without a mark: end the first sentence",
                    target_span=Span(target.span.start + left.start(), target.span.start + end),
                    suggestion=f"{left.group()}. {text[start:end]}",
                )
                return
        if not joins:
            return
        # The join nearest the expected boundary that is no name: a name inside the first sentence ("negli
        # Stati Uniti") may stand nearer than the capital that opens the second ("L’azienda").
        near = sorted(
            (join for join in joins if abs(join[1].start() - expected) <= SPLICE_TOLERANCE * len(text)),
            key=lambda join: abs(join[1].start() - expected),
        )
        found = next((join for join in near if not _a_name(context, text, words, join[1], nouns=nouns)), None)
        if found is None:
            return
        left, right = found
        yield self.finding(
            context,
            "two source sentences run together here without a mark: end the first sentence",
            target_span=Span(target.span.start + left.start(), target.span.start + right.end()),
            suggestion=f"{left.group()}. {right.group()}",
        )


# A number as written: digits with the separators of any locale between them.
_DIGITS = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
# The second source sentence's number opens it within this many words ("With 5,000 Pa of suction").
OPENING_WORDS = 3


def _number_opening(
    text: str, words: list[re.Match[str]], second: str, expected: float
) -> tuple[re.Match[str], int, int] | None:
    """In a verb-final language (Turkish), where the first sentence ends with its verb, the second one
    often opens with the number that its source says in its first words (a preposition's object comes
    first: "With 5,000 Pa of suction it …" is "5.000 Pa emiş gücüyle …"): a lower-case word, a bare
    space and that number, near where the first source sentence's share of the length ends, are two
    sentences run together ("… temizlik yapar 5.000 Pa …"). The word before, its span and the number's."""
    opening = [m.group() for m in re.finditer(r"\S+", second)][:OPENING_WORDS]
    wanted = {re.sub(r"\D", "", d.group()) for word in opening for d in _DIGITS.finditer(word)} - {""}
    if not wanted:
        return None
    for number in _DIGITS.finditer(text):
        if re.sub(r"\D", "", number.group()) not in wanted:
            continue
        if abs(number.start() - expected) > SPLICE_TOLERANCE * len(text):
            continue
        left = next((w for w in reversed(words) if w.end() <= number.start()), None)
        if left is not None and left.group().islower() and text[left.end() : number.start()] == " ":
            return left, number.start(), number.end()
    return None


# Between the two sentences run together: a bare space, or a space and an opening quotation mark
# (Finnish "… toimijan ”Alueella on …", English "… the site “The area has …").
_JOIN_GAP = re.compile('[ ][”“„«‘"]?')


def _function_opener(word: str, language: Language) -> bool:
    """True for a function word of the language written with a capital, maybe elided ("Il", "L’azienda",
    "The"): after a name ("… negli Stati Uniti L’azienda …") it opens a sentence, since a name the
    translation continues with such a word is written so in the source too (``_a_name``)."""
    head = re.split("['’]", word)[0]
    return head[:1].isupper() and head.lower() in language.data.words("terminology", "function_words")


def _acronym(word: str) -> bool:
    """An acronym, maybe with a case ending after an apostrophe ("CEO", "CEO'su", "AB'nin")."""
    letters = re.split("['’]", word)[0]
    return len(letters) >= 2 and letters.isupper()


def _capitalised(word: str) -> bool:
    """A word with a capital first and lower-case letters after it ("Laissez", "Αφήστε"), two letters or more."""
    letters = word.split("-")[0]
    return len(letters) >= 2 and letters[0].isupper() and letters[1:].islower()


def _a_name(
    context: CheckContext, text: str, words: list[re.Match[str]], word: re.Match[str], *, nouns: bool = False
) -> bool:
    """True when the capitalised ``word`` may be a name: the source writes it too (names are copied) or
    a word it transliterates (``Казахстана`` for ``Kazakhstan``), the translation capitalises it inside
    a sentence elsewhere (in any case form: the same first letters), a capitalised word follows it (a
    name of two words), or it names a month or a day (CLDR)."""
    name = word.group()
    if re.search(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", context.source.text):
        return True
    following = next((w for w in words if w.start() > word.end()), None)
    # (In a language that capitalises its nouns, the noun after an article is capitalised anyway.)
    if not nouns and following is not None and following.group()[:1].isupper() and not _acronym(following.group()):
        # A name of two words; an acronym after it is another word ("Şirketin CEO'su": the company's CEO).
        return True
    if name.lower() in {n.lower() for n in calendar_names(context.target_language.code)}:
        return True
    if fold(name) in _territory_words(context.target_language):
        return True  # a country's name ("a la España peninsular")
    stem = name[: max(_NAME_STEM, len(name) - _NAME_ENDING)]
    inside = re.compile(rf"[^\W\d_] {re.escape(stem)}")
    if sum(1 for _ in inside.finditer(context.target.text)) > 1:
        return True
    return _transliterates_a_source_name(name, context)


@cache
def _territory_words(language: Language) -> frozenset[str]:
    """The folded words of the language's country and territory names (CLDR, through Babel)."""
    from mtqa.checks.names.lexicon import territory_names

    return frozenset(word for name in territory_names(language) for word in name.split())


# A name's case forms share all their letters but the last few ("Казахстан", "Казахстана", "Казахстане").
_NAME_STEM = 4
_NAME_ENDING = 3


def _transliterates_a_source_name(word: str, context: CheckContext) -> bool:
    """True when ``word`` (of another script than the source's) sounds like a capitalised word of the source,
    a case ending allowed (``Казахстана``: ``Kazakhstan``)."""
    if script_of(word[0]) == dominant_script(context.source.text):
        return False  # one script: a name would be copied as it is
    from mtqa.checks.names.scripts import sound_key

    key = sound_key(word)
    if len(key) < _NAME_STEM - 1:
        return False
    capitalised = {m.group() for m in _WORD.finditer(context.source.text) if m.group()[:1].isupper()}
    return any(len(k) >= _NAME_STEM - 1 and key.startswith(k) for k in map(sound_key, capitalised))


# A reporting verb this close to the end of the tail closes it ("…, the mayor said on Tuesday"); one
# followed by more words opens a clause of its own ("…, she said the cost would rise").
ATTRIBUTION_TRAILING_WORDS = 4


def _attribution(tail: list[str], language: Language) -> bool:
    """True when the clause after the comma is a news attribution: a subject and a reporting verb
    (``[punctuation] reporting_verbs``) with at most a few words after it. A source statement and its
    attribution, two sentences there ("Das kostet Geld. Das sagte der Bürgermeister."), are one English
    sentence ("It costs money, the mayor said.")."""
    verbs = language.data.words("punctuation", "reporting_verbs")
    if not verbs:
        return False
    folded = [word.casefold() for word in tail]
    last = max((k for k, word in enumerate(folded) if word in verbs), default=None)
    return last is not None and len(folded) - 1 - last <= ATTRIBUTION_TRAILING_WORDS


@cache
def _joining_words(language: Language) -> frozenset[str]:
    return frozenset(w.casefold() for w in language.data.strings("sentence_boundary", "joining_words"))


CHECKS: tuple[type[Check], ...] = (MidSentenceStop, VerblessFragment, CommaSplice, MissingStop)
