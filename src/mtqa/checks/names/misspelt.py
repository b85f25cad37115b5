"""A person's surname misspelt while the rest of the name is kept: ``Thierry Valon`` for ``Thierry
Vallon``, ``Rosa Caputo`` for ``Rosa Capurso``.

In the same script, a source run of two to four capitalised words (:func:`.persons.runs`; or its last
two or three, past a German title noun: "Bürgermeister Jonas Aichner") whose words but the last are
written, in an aligned target sentence, exactly as in the source and followed by a
capitalised word that differs from the source's last word by one or two letters (Damerau-Levenshtein,
accents folded; at most a third of the word), where

- neither spelling is in the other text (the source's spelling nowhere in the translation, the
  translation's nowhere in the source): a name spelt right elsewhere is another check's, and a name
  that both texts write is another person;
- the two do not differ by accents alone (``names.lost_diacritics``), nor by an ending (one spelling
  opens the other: a declined name, ``Vallona`` in Polish, ``Bergille`` in Finnish);
- the difference is no transliteration habit (``y``/``i``, ``ou``/``u``, ``w``/``v``, ``sh``/``ch``/``sch``,
  ``z``/``s``, ``j``/``y``, ``k``/``c``, a final ``e``: ``Zelensky``/``Zelenski``, ``Zelenska``/``Selenska``,
  ``Putin``/``Poutine``, ``Salman``/``Salmane``): names of other scripts reach each language by its own
  transcription;
- the source word is no head or title that names translate (``Province``, ``Parliament``), the two
  are not both common words (a word and its cognate), the target word is none of the target language's
  commonest words (``names.person_by_meaning``'s ground), and neither spelling is a place or an
  established rendering (``Sierra Leone``/``Sierra Leona``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mtqa.checks._textutil import REFERENCE_FILLER, fold
from mtqa.checks.base import CheckContext
from mtqa.checks.names.extract import Token, tokens_of
from mtqa.checks.names.lexicon import has_exonym, place_word, word_list
from mtqa.lang.lexicon import lexicon
from mtqa.lang.script import dominant_script
from mtqa.model import Sentence, Span
from mtqa.runcache import article_cached

# Letters of a surname (a shorter word is an initial, a particle or an abbreviation).
MIN_LETTERS = 4
# At most this many edits, and at most a third of the word's letters.
MAX_EDITS = 2
# A target word this common (Zipf) is one of the language's commonest words ("casa" 5.9, "white" 5.5),
# not a misspelt name; surnames reach 4.9 ("smith", "rossi" 4.7, "caputo" 3.3).
COMMON_ZIPF = 5.0
# A source word and its rendering both this common (Zipf) are a word and its cognate ("parliament" 4.5,
# "Parlament"); the surnames misspelt on the blind sets sit at 3.3 or less in the target ("caputo").
COGNATE_ZIPF = 3.5
# How many words a person's name has here.
_RUN = (2, 4)
_CASED = frozenset({"LATIN", "CYRILLIC", "GREEK"})

# Transcription habits that tell spellings of one name apart (applied to lower-case words, accents kept).
_HABITS = (
    (re.compile("tsch|tch|ch|sch|sh|zh"), "sh"),
    (re.compile("ts|tz|z"), "s"),
    (re.compile("ou"), "u"),
    (re.compile("[yjïí]"), "i"),
    (re.compile("w"), "v"),
    (re.compile("k"), "c"),
    (re.compile("x"), "cs"),
    (re.compile("e$"), ""),
)


@dataclass(frozen=True)
class MisspeltName:
    source_word: str
    word: str  # the target's spelling
    span: Span  # of the target word, absolute
    source_span: Span


def misspelt_names(context: CheckContext) -> list[MisspeltName]:
    """Surnames written with a letter or two changed while the rest of the name is kept."""
    script = dominant_script(context.source.text)
    if script is None or script not in _CASED or dominant_script(context.target.text) != script:
        return []
    words = lexicon(context.target_language)
    found: list[MisspeltName] = []
    # The words of both sides, read at the first run that needs them (most articles have none).
    target_words: frozenset[str] | None = None
    source_words: frozenset[str] = frozenset()
    uninflected = all(
        language.data.flag("traits", "names_uninflected")
        for language in (context.source_language, context.target_language)
    )
    for pair in context.sentence_pairs():
        if not pair.source or not pair.target:
            continue
        for sentence in pair.source:
            for run in _runs(sentence):
                last = run[-1]
                if len(last.text) < MIN_LETTERS:
                    continue
                if target_words is None:
                    target_words, source_words = _folded_words(context.target.text), _source_words(context.source.text)
                if last.folded in target_words:
                    continue
                if _translated_word(last, context):
                    continue
                for target_sentence in pair.target:
                    hit = _respelt_tail(run, target_sentence, source_words, uninflected=uninflected)
                    if hit is None or (words is not None and words.zipf(hit.folded) >= COMMON_ZIPF):
                        continue
                    if _cognates(last, hit, context):
                        continue
                    whole = " ".join(token.text for token in run)
                    respelt = " ".join([*(token.text for token in run[:-1]), hit.text])
                    if _established(whole, respelt, context):
                        continue
                    found.append(MisspeltName(last.text, hit.text, hit.span, last.span))
    return found


_WORDS = re.compile(r"[^\W\d_]+")


def _folded_words(text: str) -> frozenset[str]:
    """The folded forms of the words of ``text``."""
    # Each distinct word folded once: a news article repeats most of its words.
    return frozenset(fold(word) for word in set(_WORDS.findall(text)))


@article_cached
def _source_words(text: str) -> frozenset[str]:
    """:func:`_folded_words` of a source, kept for the run: the translations of one source read it once."""
    return _folded_words(text)


def _runs(sentence: Sentence) -> list[tuple[Token, ...]]:
    """Runs of two to four capitalised words joined by single spaces, not opening the sentence."""
    tokens = tokens_of(sentence.text, sentence.span.start)
    runs: list[tuple[Token, ...]] = []
    run: list[Token] = []
    for token in (*tokens, None):
        if token is not None and token.capitalised and (not run or _spaced(sentence, run[-1], token)):
            run.append(token)
            continue
        if run and _opens(sentence, run[0]):
            run = run[1:]
        if _RUN[0] <= len(run) <= _RUN[1]:
            runs.append(tuple(run))
        run = [token] if token is not None and token.capitalised else []
    return runs


def _respelt(
    run: tuple[Token, ...], sentence: Sentence, source_words: frozenset[str], *, uninflected: bool = False
) -> Token | None:
    """The target word after the run's other words, written as in the source, when it is the run's
    last word misspelt (see the module docstring)."""
    text = sentence.text
    if run[0].text not in text and "&" not in text and REFERENCE_FILLER not in text:
        # Every word is part of the text, unless references are decoded: a sentence without the run's
        # first word holds no respelling, and its words (1.5 us each) need not be made.
        return None
    tokens = tokens_of(text, sentence.span.start)
    size = len(run) - 1
    for index in range(len(tokens) - size):
        if any(tokens[index + k].text != run[k].text for k in range(size)):
            continue
        if not all(_spaced(sentence, tokens[index + k], tokens[index + k + 1]) for k in range(size)):
            continue
        word = tokens[index + size]
        if (
            word.capitalised
            and word.folded not in source_words
            and _misspelling(run[-1].text, word.text, uninflected=uninflected)
        ):
            return word
    return None


def _respelt_tail(
    run: tuple[Token, ...], sentence: Sentence, source_words: frozenset[str], *, uninflected: bool = False
) -> Token | None:
    """:func:`_respelt` of the run, or of its last two or three words: a German source capitalises the
    noun of a title before the name ("Geschäftsführerin Katrin Hofmeister"), which the translation
    renders ("managing director Katrin Hoffmeister") while it keeps the given name."""
    for start in range(len(run) - _RUN[0] + 1):
        hit = _respelt(run[start:], sentence, source_words, uninflected=uninflected)
        if hit is not None:
            return hit
    return None


def _misspelling(source: str, target: str, *, uninflected: bool = False) -> bool:
    from anyascii import anyascii

    first, second = fold(source), fold(target)
    if first == second or len(second) < MIN_LETTERS or anyascii(source).lower() == anyascii(target).lower():
        return False  # marks only ("Bozkır" for "Bozkir"): names.lost_diacritics' ground
    lower, other = source.lower(), target.lower()
    if (lower.startswith(other) and not uninflected) or other.startswith(lower):
        # An ending: a declined name (accents kept: "Rouvière" is no ending of "Rouvier"). Between two
        # languages that decline no names, a name cut short ("Barros" as "Barro") is misspelt.
        return False
    if habitual(source.lower()) == habitual(target.lower()):
        return False
    edits = _edits(first, second)
    return edits <= MAX_EDITS and 3 * edits <= max(len(first), len(second))


def habitual(word: str) -> str:
    """The word with the transcription habits of ``_HABITS`` applied (lower case, accents kept)."""
    for pattern, replacement in _HABITS:
        word = pattern.sub(replacement, word)
    return word


def _edits(first: str, second: str) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count one)."""
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i] + [0] * len(second)
        for j, b in enumerate(second, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _established(name: str, rendering: str, context: CheckContext) -> bool:
    """A place or a name with established renderings (Babel's, ``names.toml``): its spellings differ
    by convention ("Sierra Leone", "Sierra Leona"); the name's last word is looked at alone too."""
    source_language, target_language = context.source_language, context.target_language
    forms = (
        (name, source_language),
        (name.rsplit(" ", 1)[-1], source_language),
        (rendering, target_language),
        (rendering.rsplit(" ", 1)[-1], target_language),
    )
    return any(place_word(fold(text), language) or has_exonym(text, language) for text, language in forms)


def _translated_word(token: Token, context: CheckContext) -> bool:
    """A head that names are translated with, or a title ("Province", "Parliament", "River")."""
    sections = ("heads", "kept_heads", "public_heads", "public_words", "titles")
    forms = {token.folded, token.folded.removesuffix("s")}
    return any(form in word_list(section, context.source_language) for section in sections for form in forms)


def _cognates(source: Token, target: Token, context: CheckContext) -> bool:
    """Both words common in their languages (``COGNATE_ZIPF``): a word translated by its cognate
    ("Parliament" -> "Parlament", "Province" -> "Provinz"), not a surname misspelt."""
    source_words, target_words = lexicon(context.source_language), lexicon(context.target_language)
    if source_words is None or target_words is None:
        return False
    return source_words.zipf(source.folded) >= COGNATE_ZIPF and target_words.zipf(target.folded) >= COGNATE_ZIPF


def _spaced(sentence: Sentence, left: Token, right: Token) -> bool:
    return sentence.text[left.span.end - sentence.span.start : right.span.start - sentence.span.start] == " "


def _opens(sentence: Sentence, token: Token) -> bool:
    """Only punctuation stands before the word in its sentence: its capital says nothing."""
    return not any(c.isalnum() for c in sentence.text[: token.span.start - sentence.span.start])
