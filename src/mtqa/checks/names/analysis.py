"""The names analysis of one article: literal renderings and missing names, computed once per article
(``context.analysis(analyse_names)``) and read by both checks of the family."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from mtqa.checks._textutil import fold
from mtqa.checks.base import CheckContext, SentencePair
from mtqa.checks.names.extract import (
    DocumentWords,
    Name,
    coordinated_descriptive,
    document_words_of,
    extract_names,
    is_headline,
    tokens_of,
)
from mtqa.checks.names.literal import (
    LiteralRendering,
    Pending,
    candidates,
    decide,
    explained_spans,
    literal_eligible,
    reordered_parts,
)
from mtqa.checks.names.missing import DroppedName, missing_eligible, not_translated, referred_by_kind
from mtqa.checks.names.renderings import name_text, partly_present, rendered, words_and_stems
from mtqa.lang import Language
from mtqa.lang.lexicon import lexicon
from mtqa.model import Sentence, Span
from mtqa.runcache import article_cached

# A word at least this common (about once in a million words) is a common word of its language.
COMMON_ZIPF = 3.0


@dataclass
class NameAnalysis:
    literal: list[LiteralRendering] = field(default_factory=list)
    missing: list[DroppedName] = field(default_factory=list)
    # Names the translation refers to by what they are ("das Unternehmen"), the article having given them.
    referred: list[DroppedName] = field(default_factory=list)


class _TargetParagraphs:
    """The folded text of each group of target paragraphs, and its words, made once per group: every
    sentence bead of a paragraph reads the whole paragraph, so a text without paragraph breaks would
    otherwise be folded and split once per sentence."""

    def __init__(self, context: CheckContext) -> None:
        self._paragraphs = context.target.paragraphs
        self._texts: dict[tuple[int, ...], str] = {}
        self._words: dict[tuple[int, ...], tuple[frozenset[str], frozenset[str]]] = {}

    def text(self, indices: tuple[int, ...]) -> str:
        text = self._texts.get(indices)
        if text is None:
            text = self._texts[indices] = fold("\n".join(self._paragraphs[i].text for i in indices))
        return text

    def words_and_stems(self, indices: tuple[int, ...]) -> tuple[frozenset[str], frozenset[str]]:
        found = self._words.get(indices)
        if found is None:
            found = self._words[indices] = words_and_stems(self.text(indices))
        return found


def analyse_names(context: CheckContext) -> NameAnalysis:
    """Literal renderings and missing names of the article (a shared analysis: see the module docstring).

    A name lost with the rest of its clause is left to ``omission.short_translation``, to which
    ``names.missing`` defers.
    """
    source, target = context.source_language, context.target_language
    found_names = source_names(tuple(context.source.sentences), source)
    seen = found_names.seen
    configured = {k: tuple(v) for k, v in context.config.names.items()}
    # Product, interface and documentation texts capitalise for emphasis and in titles ("Order ONLINE
    # Today", "God of Power"): there, a capitalised phrase of common words is no evidence of a name.
    # Common words written all in capitals ("LIRE AUSSI", "MASSIVE DISAPPOINTMENT") are emphasis anywhere.
    # Unless the translation keeps the phrase as written somewhere: then it is a name to keep.
    marketing = context.config.profile != "news"
    # In documentation and interface text, bold marks what the reader clicks or sees: a capitalised phrase
    # inside it is a label, which a localised interface translates ("**Enforce SSO**"), not a name.
    labels = _bold_spans(context.source.text) if context.config.profile in _LABELLED_PROFILES else ()
    kept = _KeptNames(context)
    pending: list[Pending] = []
    missing: list[DroppedName] = []
    reordered: list[LiteralRendering] = []
    targets = _TargetParagraphs(context)
    # Whether a name is rendered depends on its words and the target paragraph only: a name written again
    # in the same paragraph is looked for once (a text without paragraph breaks repeats its names).
    is_rendered: dict[tuple[str, str], bool] = {}
    titles = _names_in_titles(tuple(context.source.sentences), found_names) if marketing else {}
    for pair in _with_orphans(context):
        by_sentence = [titles.get(s.index) or found_names.names[s.index] for s in pair.source]
        names = [
            n
            for found, _ in by_sentence
            for n in found
            if not ((marketing or _in_capitals(n)) and _common_words_only(n, source) and not kept(n))
            and not _codes_only(n)
            and not (_in_spans(n.span, labels) and not kept(n))
        ]
        if not names:
            continue
        shared = {id(n) for _, coordinated in by_sentence for n in coordinated}
        where = pair.paragraph_bead.target
        paragraph_text = targets.text(where)
        for name in names:
            if id(name) in shared:
                continue
            key = (context.source.excerpt(name.span), paragraph_text)
            if key not in is_rendered:
                is_rendered[key] = rendered(context, name, paragraph_text, configured)
            if is_rendered[key]:
                continue
            dropped = missing_eligible(name, pair, source, seen, target) and not partly_present(
                context, name, paragraph_text, targets.words_and_stems(where)
            )
            found = (
                candidates(pair, name, explained_spans(pair, name, names, source, target, configured), target, source)
                if literal_eligible(name, source, target) or _glued_brand(name, kept, marketing=marketing)
                else []
            )
            if found:
                source_tokens = tuple(t.folded for s in pair.source for t in tokens_of(s.text, 0))
                pending.append(Pending(name, found, source_tokens, dropped, _target_span(pair)))
            elif (rebuilt := reordered_parts(pair, name)) is not None:
                reordered.append(rebuilt)
            elif dropped:
                missing.append(DroppedName(name, _target_span(pair)))
    literal = decide(context, pending) + reordered
    reported = {id(result.name) for result in literal}
    missing.extend(
        DroppedName(item.name, item.where) for item in pending if item.dropped and id(item.name) not in reported
    )
    word_by_word = source.data.flag("traits", "capitalises_nouns")
    missing = not_translated(context, missing, word_by_word=word_by_word)
    missing, referred = referred_by_kind(context, missing)
    missing.sort(key=lambda dropped: dropped.name.span)
    return NameAnalysis(literal, missing, referred)


@dataclass(frozen=True)
class SourceNames:
    """The names of each source sentence (by sentence index), with those that are part of a descriptive
    name split at a conjunction, and the words of the source document they were judged by."""

    seen: DocumentWords
    names: dict[int, tuple[tuple[Name, ...], tuple[Name, ...]]]


@article_cached
def source_names(sentences: tuple[Sentence, ...], language: Language) -> SourceNames:
    # Cached for the run: the translations of one source read its names once. Read, never changed.
    seen = document_words_of(tuple(s.text for s in sentences))
    names: dict[int, tuple[tuple[Name, ...], tuple[Name, ...]]] = {}
    for sentence in sentences:
        found = extract_names(sentence, language, seen)
        names[sentence.index] = (tuple(found), tuple(coordinated_descriptive(sentence, found, language)))
    return SourceNames(seen, names)


def _names_in_titles(
    sentences: tuple[Sentence, ...], found: SourceNames
) -> dict[int, tuple[tuple[Name, ...], tuple[Name, ...]]]:
    """The names of title-case lines, which say nothing by their capitals: the names found in the article's
    sentences that such a line holds. A product title names the product line its description names
    ("Forgewell Heritage Series 12-Inch Skillet"); a news headline abbreviates and plays on names ("Man
    Utd"), which its translation may render freely: read in marketing text only."""
    known = {
        tuple(t.folded for t in n.tokens): n for names, _ in found.names.values() for n in names if len(n.tokens) >= 2
    }
    if not known:
        return {}
    return {s.index: (tuple(_known_names_in(s, known)), ()) for s in sentences if is_headline(s)}


def _known_names_in(sentence: Sentence, known: dict[tuple[str, ...], Name]) -> Iterable[Name]:
    """The names of ``known`` (by their folded words) that ``sentence`` holds, longest first, not overlapping."""
    tokens = tokens_of(sentence.text, sentence.span.start)
    folded = [t.folded for t in tokens]
    taken: set[int] = set()
    for key in sorted(known, key=len, reverse=True):
        for start in range(len(tokens) - len(key) + 1):
            positions = range(start, start + len(key))
            if tuple(folded[start : start + len(key)]) == key and taken.isdisjoint(positions):
                taken.update(positions)
                yield Name(tuple(tokens[start : start + len(key)]), known[key].connectors)


class _KeptNames:
    """Whether the translation writes a name of the source as the source does somewhere in the article
    (case and accents ignored): evidence that it is a name, to be kept everywhere. A brand glued from
    words (``PowerCore``, ``BlueHarbor``) kept in the title and rendered by meaning in a sentence
    (``KraftKern``) is then a literal rendering like a name of two words; a capitalised phrase of common
    words kept so (``Little Maple``) is a name in marketing text too."""

    def __init__(self, context: CheckContext) -> None:
        self._context = context
        self._target: str | None = None

    def __call__(self, name: Name) -> bool:
        if self._target is None:
            self._target = fold(self._context.target.text)
        text = fold(name_text(self._context, name))
        return len(text) >= 4 and re.search(rf"(?<!\w){re.escape(text)}(?!\w)", self._target) is not None


def _glued_brand(name: Name, kept: _KeptNames, *, marketing: bool) -> bool:
    """True for one word glued from capitalised words (``PowerCore``) that the translation keeps somewhere,
    or, in marketing text, anywhere: there such a word is a brand, a product line or a feature's name
    (``ThermaJet``, ``SoundSleep``), coined to be printed as it is."""
    if len(name.tokens) != 1 or name.capitalised < 2:
        return False
    # A word that holds a character reference (``DuPont&trade``) is read as written, which no translation
    # that writes the character keeps: only judged when kept.
    return kept(name) or (marketing and name.tokens[0].text.isalpha())


_LABELLED_PROFILES = frozenset({"docs", "ui"})
_BOLD = re.compile(r"\*\*[^*\n]{1,80}\*\*")


def _bold_spans(text: str) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end()) for m in _BOLD.finditer(text))


def _in_spans(span: Span, spans: tuple[Span, ...]) -> bool:
    return any(outer.start <= span.start and span.end <= outer.end for outer in spans)


def _codes_only(name: Name) -> bool:
    """True for a run of acronyms, codes and units (``GB DDR4 RAM``, ``NVMe SSD``): a specification, whose
    parts a translation may reorder or localise (``Go de RAM DDR4``), not a name rendered word by word."""
    return len(name.content) >= 2 and all(
        any(c.isdigit() for c in t.text) or t.text[:2].isupper() for t in name.content
    )


def _in_capitals(name: Name) -> bool:
    """True when every word of a name of several words is written in capitals."""
    return len(name.content) > 1 and all(t.text.isupper() and len(t.text) > 1 for t in name.content)


def _common_words_only(name: Name, language: Language) -> bool:
    """True when every word of the name is a common word of the language (wordfreq, Zipf 3 or more)."""
    words = lexicon(language)
    return words is not None and all(words.zipf(token.text) >= COMMON_ZIPF for token in name.content)


def _with_orphans(context: CheckContext) -> Iterable[SentencePair]:
    """Matched sentence pairs, each with the unmatched target sentences that follow it in its paragraph
    bead: a wrong full stop often leaves the end of a translation in a 0-1 bead ("... de Pékin. Chine
    Direct mardi."), and the name to check is there."""
    pairs = list(context.sentence_pairs())
    for position, pair in enumerate(pairs):
        if not pair.source or not pair.target:
            continue
        orphans: list[Sentence] = []
        for following in pairs[position + 1 :]:
            if following.paragraph_bead is not pair.paragraph_bead or following.source:
                break
            orphans.extend(following.target)
        yield replace(pair, target=pair.target + tuple(orphans)) if orphans else pair


def _target_span(pair: SentencePair) -> Span:
    return Span(pair.target[0].span.start, pair.target[-1].span.end)
