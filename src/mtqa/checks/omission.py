"""Omissions, additions and gross mistranslations seen in the alignment.

- ``missing_paragraph`` / ``missing_sentence``: a source paragraph or sentence the aligner matched with
  nothing (a 1-0 bead; sentences only inside an aligned paragraph pair).
- ``added_paragraph`` / ``added_sentence``: the reverse, a 0-1 bead (category addition). A sentence
  that is only a piece of its neighbour, cut off by a wrong full stop, is not reported (see
  :func:`_is_fragment`): the sentence_boundary family reports that. An added sentence the aligner
  joined to a translated one (a 1-2 bead) is reported too when, with an encoder, the rest matches the
  source better without it and it matches the source poorly itself (:func:`_added_inside`; on
  ``bench/false_alarms.py`` it flags no human reference).
- ``short_translation``: a sentence bead whose target/source length ratio is below ``SHORT_RATIO``
  times the article's own ratio (the median over its sentence beads, so that language pairs and
  styles need no table), for sources of at least ``MIN_SOURCE_CHARS`` characters and at least
  ``MIN_MISSING_CHARS`` characters fewer than expected.
- ``dropped_phrase``: a run of source words inside a translated sentence none of whose content words
  has a counterpart in the translation (:mod:`mtqa.checks.dropped`), when cutting the run out of the
  source brings it closer to the translation and the translation is short by at least the run's length.
- ``added_phrase``: the mirror of ``dropped_phrase`` (category addition): a run of target words none of
  whose content words has a counterpart in the source, when the translation is longer than expected by the
  run's length and cutting it out brings the translation closer to the source; only a clause appended to
  the sentence (after a comma and the function words that open it, up to the sentence's end): a phrase
  inside a sentence is as often a translator's paraphrase (three such on the WMT21 references, none left).
- ``range_word``: the word or dash joining two numbers of the source (``from 0.5 to 3 mm``, ``10–20``;
  ``[numbers] range_words``) dropped in the translation, which writes the same two numbers side by side
  (``da 0,5 3 mm``); a number grouped by a space (``30 000``) is one number.
- ``low_similarity``: a 1-1 sentence bead whose similarity (already in the alignment) is below
  ``LOW_SIMILARITY`` and more than ``SIMILARITY_MARGIN`` below the article's median (category
  mistranslation); skipped when the alignment carries no similarities, or when they come from use-m3
  (chosen by name) on a language it was not trained on (Swedish, Czech...), where they are noise.

Calibration (``.venv/bin/python bench/calibrate_omission.py --similarity``) on the bio-mqm en<->fr MQM
data, 8,986 segments of >= 40 characters from 8-11 MT systems and 2 human references, 30 of them with
a Major/Critical omission of >= 15 % of the source. The length ratio relative to the system's median
flags, below 0.65: 34 segments, precision 0.41, recall 0.47 for those gross omissions (most other
flags hold smaller annotated omissions), and 0 of 1,574 human-reference segments; at 0.70 references
start to be flagged (4), so 0.65 was chosen; ``MIN_MISSING_CHARS`` (40) then keeps tersely translated
short sentences ("Les pourparlers sont prévus mardi à Genève.") from being flagged.

``dropped_phrase`` (``.venv/bin/python bench/qe_spans.py --omissions``): the parameters were chosen on
the WMT23 en-de MQM data, 5,520 rated MT paragraphs, against the annotators' source-side omission spans
(highest 95 % lower bound of precision among the 360 settings with at least 30 detections): precision
0.62 (29/47) there; held out on bio-mqm en->fr 0.60 (12/20), with no detection on the human references
of either. On bio-mqm fr->en and TED en-de it fires once each (both misses), too rarely to measure.

Similarity (use-m3 cosine, median 0.85 over all segments) is a weak signal of quality (Kendall tau
about 0.06 against MQM, see shared/MEASUREMENTS.md): below 0.4 and 0.3 under the system's median it
flags 67 segments, 0 of 1,574 human references, but precision for Critical errors or gross omissions is
only 0.16 (recall 0.03); at 0.5, references start to be flagged (2). So ``low_similarity`` stays at
0.4 and only catches gross cases (a wrong or garbled sentence), which is what it is meant for.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from mtqa.checks import dropped
from mtqa.checks._textutil import alternation, may_hold_protected, protected_spans
from mtqa.checks.base import Check, CheckContext, CheckInfo, ParagraphPair, Scope, SentencePair, fails, passes
from mtqa.checks.names.analysis import analyse_names
from mtqa.checks.punctuation import lost_commas
from mtqa.embed.auto import trained_on
from mtqa.embed.base import Encoder
from mtqa.lang import Language
from mtqa.lang.grammar import has_verb
from mtqa.model import Finding, Sentence, Span
from mtqa.runcache import article_cached

SHORT_RATIO = 0.65
MIN_SOURCE_CHARS = 40
# A short sentence translated tersely can fall under the ratio; demand a real amount of missing text.
MIN_MISSING_CHARS = 40
# Below both the floor and the article's median minus the margin. Calibrated with use-m3 on bio-mqm
# (see the module docstring): no human reference is flagged at these values.
LOW_SIMILARITY = 0.4
SIMILARITY_MARGIN = 0.3
MIN_SIMILARITY_WORDS = 5
# Joining a sentence piece to its neighbour may cost this much similarity and still be "its piece".
FRAGMENT_TOLERANCE = 0.02
# An added sentence inside a bead of several target sentences (see _added_inside).
INSIDE_GAIN = 0.03
INSIDE_MATCH = 0.45
INSIDE_MIN_WORDS = 4
INSIDE_COVERED = 0.8
# An article needs this many sentence beads for its median to mean anything.
MIN_BEADS_FOR_MEDIAN = 4
# dropped_phrase, chosen on WMT23 en-de (see the module docstring): a content word is unmatched below
# DROPPED_MATCH (use-m3 cosine of the words embedded alone), a run needs DROPPED_MIN_WORDS of them,
# cutting it out of the source must raise the sentence similarity by more than DROPPED_GAIN, and the
# translation must be shorter than the article's ratio predicts by more than DROPPED_DEFICIT times the
# run's expected length.
DROPPED_MATCH = 0.55
DROPPED_MIN_WORDS = 3
DROPPED_GAIN = 0.02
DROPPED_DEFICIT = 1.0
# The word thresholds hold for the encoder they were measured with; other encoders' word cosines differ.
DROPPED_ENCODERS = ("use-m3",)
ADDED_MIN_WORDS = 3
ADDED_GAIN = 0.02
# The static encoder (``--encoder fast``: averaged token vectors) scores a faithful sentence no higher
# than a wrong one often enough that a low similarity says nothing: on the corpora and blind sets 8, 9
# and 17, omission.low_similarity found 1 artefact with it against 32 false findings (none either way
# with use-m3). Its similarities still align; they do not judge a sentence.
STATIC_ENCODERS = ("fast[",)


def _span(items: Iterable[Span]) -> Span:
    spans = list(items)
    return Span(spans[0].start, spans[-1].end)


def _matched_sentence_pairs(context: CheckContext) -> list[SentencePair]:
    return [pair for pair in context.sentence_pairs() if pair.source and pair.target]


# Four sentences of filler, so that an article's median length ratio and similarity mean something.
_FILLER_EN = (
    "The Harlow council met on Monday to discuss the new bus lanes. "
    "Residents had complained about traffic for several months. "
    "The mayor promised a decision before the summer holidays. "
    "Local shops fear that parking spaces will disappear."
)
_FILLER_FR = (
    "Le conseil de Harlow s'est réuni lundi pour discuter des nouvelles voies de bus. "
    "Les habitants se plaignaient de la circulation depuis plusieurs mois. "
    "Le maire a promis une décision avant les vacances d'été. "
    "Les commerçants craignent la disparition des places de stationnement."
)
_LONG_EN = (
    "The regional transport authority said on Tuesday that the new tram line would open in March, "
    "two years late and well over its original budget, after a long dispute with the contractor."
)
_LONG_FR = (
    "L'autorité régionale des transports a annoncé mardi que la nouvelle ligne de tramway ouvrirait en mars, "
    "avec deux ans de retard et un budget largement dépassé, après un long litige avec l'entreprise."
)


class MissingParagraph(Check):
    info = CheckInfo(
        id="omission.missing_paragraph",
        category="omission",
        severity="major",
        description="A source paragraph has no translation.",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "Talks resume today.\n\nThe union wants a raise.",
                "Les discussions reprennent aujourd'hui.",
                finds="The union wants a raise.",
            ),
        ),
        passing=(passes("Talks resume today.", "Les discussions reprennent aujourd'hui."),),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterable[Finding]:
        if pair.source and not pair.target:
            for paragraph in pair.source:
                yield self.finding(context, "this source paragraph is not translated", source_span=paragraph.span)


class AddedParagraph(Check):
    info = CheckInfo(
        id="omission.added_paragraph",
        category="addition",
        severity="major",
        description="A target paragraph has no counterpart in the source.",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "Talks resume today.",
                "Les discussions reprennent aujourd'hui.\n\nLe syndicat veut une hausse.",
                finds="Le syndicat veut une hausse.",
            ),
        ),
        passing=(passes("Talks resume today.", "Les discussions reprennent aujourd'hui."),),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterable[Finding]:
        if pair.target and not pair.source:
            for paragraph in pair.target:
                yield self.finding(
                    context, "this paragraph has no counterpart in the source", target_span=paragraph.span
                )


def _is_fragment(context: CheckContext, pair: SentencePair, side: str) -> bool:
    """True when an unmatched sentence is a piece of a neighbour cut off by a wrong sentence boundary
    ("... de Pékin. Chine Direct mardi."), not a sentence of its own.

    Without an encoder only text-level evidence counts: no letters, a lower-case start, a single word;
    a piece of three words or more with a finite verb is a sentence of its own.
    With one, the piece is joined to the neighbouring matched sentence of its side: if that does not
    lower the neighbour's similarity by more than ``FRAGMENT_TOLERANCE``, the piece belongs to it.
    """
    lonely = pair.target if side == "target" else pair.source
    text = " ".join(s.text for s in lonely)
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or letters[0].islower() or len(text.split()) < 2:
        return True
    language = context.target_language if side == "target" else context.source_language
    if len(text.split()) >= 3 and has_verb(text, language):
        return False  # a clause of its own ("Das Stadion bebte."), however well it would fit its neighbour
    neighbour = _neighbour(context, pair)
    if context.encoder is None or neighbour is None or neighbour.bead.similarity is None:
        return False
    own = neighbour.target_text if side == "target" else neighbour.source_text
    other = neighbour.source_text if side == "target" else neighbour.target_text
    first = neighbour.bead.target[0] if side == "target" else neighbour.bead.source[0]
    lonely_first = lonely[0].index
    joined = f"{own} {text}" if first < lonely_first else f"{text} {own}"
    vectors = context.encoder.encode([other, joined])
    return float(vectors[0] @ vectors[1]) >= neighbour.bead.similarity - FRAGMENT_TOLERANCE


def _neighbour(context: CheckContext, pair: SentencePair) -> SentencePair | None:
    """The matched sentence bead right before ``pair`` in its paragraph bead (else right after)."""
    return context.analysis(_matched_neighbours).get(id(pair.bead))


def _matched_neighbours(context: CheckContext) -> dict[int, SentencePair | None]:
    """For each sentence bead (by identity), the matched bead right before it in its paragraph bead, else
    right after: found in one pass, since looking through the siblings for each unmatched sentence made a
    book of one paragraph (or of 50,000) quadratic."""
    siblings: dict[int, list[SentencePair]] = {}
    for pair in context.sentence_pairs():
        siblings.setdefault(id(pair.paragraph_bead), []).append(pair)
    found: dict[int, SentencePair | None] = {}
    for pairs in siblings.values():
        before: SentencePair | None = None
        for pair in pairs:
            found.setdefault(id(pair.bead), before)
            if pair.source and pair.target:
                before = pair
        after: SentencePair | None = None
        for pair in reversed(pairs):
            if found[id(pair.bead)] is None:
                found[id(pair.bead)] = after
            if pair.source and pair.target:
                after = pair
    return found


class MissingSentence(Check):
    info = CheckInfo(
        id="omission.missing_sentence",
        category="omission",
        severity="major",
        description="A source sentence inside a translated paragraph has no translation.",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "The mayor resigned on Monday. Nobody expected it.",
                "Le maire a démissionné lundi.",
                finds="Nobody expected it.",
                sentences="one-to-one",
            ),
        ),
        passing=(
            passes(
                "The mayor resigned on Monday. Nobody expected it.",
                "Le maire a démissionné lundi. Personne ne s'y attendait.",
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        if pair.source and not pair.target and pair.paragraph_bead.target and not _is_fragment(context, pair, "source"):
            yield self.finding(
                context,
                "this source sentence is not translated",
                source_span=_span(s.span for s in pair.source),
            )


class AddedSentence(Check):
    info = CheckInfo(
        id="omission.added_sentence",
        category="addition",
        severity="major",
        description="A target sentence inside a translated paragraph has no counterpart in the source.",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                "The mayor resigned on Monday.",
                "Le maire a démissionné lundi. Il a dit que la ville était ingouvernable.",
                finds="Il a dit que la ville était ingouvernable.",
                sentences="one-to-one",
            ),
        ),
        passing=(
            passes(
                "The mayor resigned on Monday, the newspaper Le Temps reported.",
                "Le maire a démissionné lundi, a rapporté le journal. Le Temps.",
                sentences="one-to-one",
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        if pair.target and not pair.source and pair.paragraph_bead.source and not _is_fragment(context, pair, "target"):
            yield self.finding(
                context,
                "this sentence has no counterpart in the source",
                target_span=_span(s.span for s in pair.target),
            )
        elif (added := _added_inside(context, pair)) is not None:
            yield self.finding(context, "this sentence has no counterpart in the source", target_span=added.span)


def _added_inside(context: CheckContext, pair: SentencePair) -> Sentence | None:
    """The first or last sentence of a bead of several target sentences that the aligner joined to a
    translated one although it adds to it: without it the rest matches the source better (by
    ``INSIDE_GAIN``), it matches the source poorly itself (below ``INSIDE_MATCH``), and the rest alone is
    as long as the article's length ratio predicts. A source sentence split in two fails the first test:
    each half matches it worse than both together."""
    if context.encoder is None or not pair.source or len(pair.target) < 2:
        return None
    ratio = context.analysis(article_length_ratio)
    if ratio is None:
        return None
    for added in (pair.target[-1], pair.target[0]):
        rest = [s for s in pair.target if s is not added]
        rest_length = sum(len(s.text) for s in rest)
        # A verbless piece is the rest of a cut sentence; a language without verb data (None) is left to
        # the similarity tests below.
        if len(added.text.split()) < INSIDE_MIN_WORDS or has_verb(added.text, context.target_language) is False:
            continue
        if rest_length < _length(pair, "source") * ratio * INSIDE_COVERED:
            continue
        source, whole, alone, kept = context.encoder.encode(
            [pair.source_text, pair.target_text, added.text, " ".join(s.text for s in rest)]
        )
        if float(source @ kept) - float(source @ whole) >= INSIDE_GAIN and float(source @ alone) < INSIDE_MATCH:
            return added
    return None


def _length(pair: SentencePair, side: str) -> int:
    """Characters of the bead's side, without its URLs and e-mail addresses: they are copied as they are,
    so the article's length ratio (2.5 from Japanese to English) does not apply to them."""
    sentences = pair.source if side == "source" else pair.target
    return sum(map(_bare_length, [s.text for s in sentences]))


def _bare_length(text: str) -> int:
    # Most sentences hold no URL or address: their length is told without the run memo's look-up.
    return _length_without_protected(text) if may_hold_protected(text) else len(text)


@article_cached
def _length_without_protected(text: str) -> int:
    # Cached for the run: a bead's lengths are read up to eight times per article (the article's ratio,
    # then each test of the check), and a source's sentences by each of its translations.
    return len(text) - sum(end - start for start, end in protected_spans(text))


def _article_ratio(context: CheckContext, pairs: list[SentencePair]) -> float | None:
    ratios = [_length(p, "target") / source for p in pairs if (source := _length(p, "source"))]
    if len(ratios) >= MIN_BEADS_FOR_MEDIAN:
        return statistics.median(ratios)
    source = sum(len(p.text) for p in context.source.paragraphs)
    target = sum(len(p.text) for p in context.target.paragraphs)
    return target / source if source and target else None


def article_length_ratio(context: CheckContext) -> float | None:
    """Target characters per source character typical of this article (median over its matched beads)."""
    return _article_ratio(context, _matched_sentence_pairs(context))


def _median_similarity(context: CheckContext) -> float | None:
    """The median similarity of the article's 1-1 sentence beads; None with too few of them."""
    values = [
        p.bead.similarity
        for p in _matched_sentence_pairs(context)
        if p.bead.kind == "1-1" and p.bead.similarity is not None
    ]
    return statistics.median(values) if len(values) >= MIN_BEADS_FOR_MEDIAN else None


def _relative_length(pair: SentencePair, ratio: float) -> float:
    return _length(pair, "target") / _length(pair, "source") / ratio


def is_cut_short(pair: SentencePair, ratio: float | None) -> bool:
    """True when the bead's translation is much shorter than the article's length ratio predicts."""
    source_length = _length(pair, "source")
    if ratio is None or not source_length:
        return False
    # Each side's length read once (as _relative_length reads them, in the same order of operations).
    target_length = _length(pair, "target")
    deficit = source_length * ratio - target_length
    return target_length / source_length / ratio < SHORT_RATIO and deficit >= MIN_MISSING_CHARS


class ShortTranslation(Check):
    info = CheckInfo(
        id="omission.short_translation",
        category="omission",
        severity="major",
        description="A translated sentence is much shorter than its source, relative to the article.",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                f"{_FILLER_EN} {_LONG_EN}",
                f"{_FILLER_FR} La ligne de tramway ouvrira en mars.",
                finds="La ligne de tramway ouvrira en mars.",
            ),
        ),
        passing=(passes(f"{_FILLER_EN} {_LONG_EN}", f"{_FILLER_FR} {_LONG_FR}"),),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        ratio = context.analysis(article_length_ratio)
        if ratio is None or not (pair.source and pair.target):
            return
        if _length(pair, "source") >= MIN_SOURCE_CHARS and is_cut_short(pair, ratio):
            yield self.finding(
                context,
                f"the translation is {_relative_length(pair, ratio):.0%} of the length expected from this article; "
                "part of the sentence may be missing",
                target_span=_span(s.span for s in pair.target),
                source_span=_span(s.span for s in pair.source),
            )


class LowSimilarity(Check):
    info = CheckInfo(
        id="omission.low_similarity",
        category="mistranslation",
        severity="major",
        description="A sentence and its translation are far less similar than the rest of the article.",
        scope=Scope.SENTENCE,
        failing=(
            fails(
                f"{_FILLER_EN} The festival will be held in a new venue next year.",
                f"{_FILLER_FR} Les tarifs de l'électricité augmenteront de deux pour cent.",
                finds="Les tarifs de l'électricité augmenteront de deux pour cent.",
            ),
        ),
        passing=(
            passes(
                f"{_FILLER_EN} The festival will be held in a new venue next year.",
                f"{_FILLER_FR} Le festival se tiendra dans un nouveau lieu l'an prochain.",
            ),
        ),
    )

    def check_sentence(self, context: CheckContext, pair: SentencePair) -> Iterable[Finding]:
        # Needs the beads' similarities (the aligner gives them, so does a scored given alignment).
        median = context.analysis(_median_similarity)
        if (
            median is None
            or not (pair.source and pair.target)
            or pair.bead.kind != "1-1"
            or pair.bead.similarity is None
            or not trained_on(context.encoder, context.source.lang, context.target.lang)
            or _static(context.encoder)
        ):
            return
        similarity = pair.bead.similarity
        if _title_case(pair.source_text) and _title_case(pair.target_text):
            return  # a tagline ("Weigh It Right, Every Single Time"): capitals everywhere blur the encoders
        if context.config.profile == "product" and context.analysis(_heading_block) > pair.source[0].paragraph:
            return  # a product's title or tagline: written anew for the market (transcreated), not translated
        if (
            len(pair.source_text.split()) >= MIN_SIMILARITY_WORDS
            and similarity < LOW_SIMILARITY
            and similarity < median - SIMILARITY_MARGIN
        ):
            yield self.finding(
                context,
                f"similarity {similarity:.2f} against {median:.2f} for the article: "
                "the translation may not say what the source says",
                target_span=_span(s.span for s in pair.target),
                source_span=_span(s.span for s in pair.source),
            )


# A product page opens with its name and a tagline: at most this many lines before the body.
MAX_HEADING_LINES = 2
_STOPPED = re.compile(r"[.!?…。！？]\W*$")


def _heading_block(context: CheckContext) -> int:
    """How many paragraphs open the source as a heading block: lines without a final stop (a product's
    name, its tagline) before the first one that has one, ``MAX_HEADING_LINES`` at most. A product's
    tagline is written anew for each market ("Hear every detail" rendered "Only the sounds you want"):
    the encoders rate that free rendering low, and it is no mistranslation."""
    count = 0
    for paragraph in context.source.paragraphs[:MAX_HEADING_LINES]:
        if _STOPPED.search(paragraph.text.strip()) or len(paragraph.sentences) > 1:
            break
        count += 1
    return count


def _static(encoder: Encoder | None) -> bool:
    return encoder is not None and encoder.signature.startswith(STATIC_ENCODERS)


_LETTERS = re.compile(r"[^\W\d_]{4,}")


def _title_case(text: str) -> bool:
    """True when three quarters or more of the words of four letters or more are capitalised, two at least:
    a marketing tagline or a title written in Title Case, whose free rendering the encoders judge poorly."""
    words = _LETTERS.findall(text)
    return len(words) >= 2 and 4 * sum(word[0].isupper() for word in words) >= 3 * len(words)


@dataclass(frozen=True)
class _Dropped:
    source: str  # the bead's source sentences as in the document
    target: str
    offset: int  # where ``source`` starts in the document
    run: dropped.DroppedRun


def _bead_texts(context: CheckContext, pair: SentencePair) -> tuple[str, str, int]:
    """The bead's source and target as in the documents (with the spaces between sentences), and the
    source's offset."""
    source = Span(pair.source[0].span.start, pair.source[-1].span.end)
    target = Span(pair.target[0].span.start, pair.target[-1].span.end)
    return context.source.excerpt(source), context.target.excerpt(target), source.start


def dropped_phrases(context: CheckContext) -> list[_Dropped]:
    """The dropped runs of the article's matched sentence beads, all words and sentences encoded in two calls."""
    encoder = context.encoder
    ratio = context.analysis(article_length_ratio)
    function = dropped.function_words(context.source_language)
    if encoder is None or ratio is None or not function or not encoder.signature.startswith(DROPPED_ENCODERS):
        return []
    # A run of DROPPED_MIN_WORDS content words takes at least this many characters; a translation not
    # that much shorter than expected cannot have dropped one (and its words need no embedding).
    shortest = DROPPED_MIN_WORDS * (dropped.MIN_LETTERS + 1) - 1
    texts = [
        (source, target, offset)
        for source, target, offset in (_bead_texts(context, p) for p in _matched_sentence_pairs(context))
        if len(source) * ratio - len(target) > DROPPED_DEFICIT * shortest * ratio
    ]
    if not texts:
        return []
    vocabulary = dropped.distinct(text for source, target, _ in texts for text in (source, target))
    similarity = dropped.vector_similarity(dict(zip(vocabulary, encoder.encode(vocabulary), strict=True)))
    found: list[_Dropped] = []
    for source, target, offset in texts:
        words = dropped.words(source)
        best = dropped.best_matches(words, dropped.words(target), similarity)
        for run in dropped.dropped_runs(
            source, words, best, function, match=DROPPED_MATCH, min_words=DROPPED_MIN_WORDS
        ):
            # A run that is the whole bead is no phrase inside a sentence (low_similarity's case).
            short = dropped.deficit(len(source), len(target), run, ratio) > DROPPED_DEFICIT
            if short and dropped.without(source, run):
                found.append(_Dropped(source, target, offset, run))
    if not found:
        return []
    sentences = list(dict.fromkeys(t for d in found for t in (d.source, d.target, dropped.without(d.source, d.run))))
    vectors = dict(zip(sentences, encoder.encode(sentences), strict=True))
    return [
        d
        for d in found
        if float(vectors[dropped.without(d.source, d.run)] @ vectors[d.target] - vectors[d.source] @ vectors[d.target])
        > DROPPED_GAIN
    ]


@dataclass(frozen=True)
class _Added:
    target: str  # the bead's target sentences as in the document
    offset: int  # where ``target`` starts in the document
    run: dropped.DroppedRun


def added_phrases(context: CheckContext) -> list[_Added]:
    """The mirror of :func:`dropped_phrases`: runs of target words with no counterpart in the source, in
    matched sentence beads whose translation is longer than the article's ratio predicts by the run's
    length, and whose translation without the run is closer to the source."""
    encoder = context.encoder
    ratio = context.analysis(article_length_ratio)
    function = dropped.function_words(context.target_language)
    if encoder is None or not ratio or not function or not encoder.signature.startswith(DROPPED_ENCODERS):
        return []
    inverse = 1 / ratio
    shortest = DROPPED_MIN_WORDS * (dropped.MIN_LETTERS + 1) - 1
    # A clause appended after a mark (see _trailing_clause): a sentence without one is not encoded.
    texts = [
        (source, target, offset)
        for source, target, offset in (_target_texts(context, p) for p in _matched_sentence_pairs(context))
        if len(target) * inverse - len(source) > DROPPED_DEFICIT * shortest * inverse
        and any(mark in target for mark in _CLAUSE_MARKS)
    ]
    if not texts:
        return []
    vocabulary = dropped.distinct(text for source, target, _ in texts for text in (source, target))
    similarity = dropped.vector_similarity(dict(zip(vocabulary, encoder.encode(vocabulary), strict=True)))
    found: list[tuple[str, _Added]] = []
    for source, target, offset in texts:
        words = dropped.words(target)
        best = dropped.best_matches(words, dropped.words(source), similarity)
        for run in dropped.dropped_runs(target, words, best, function, match=DROPPED_MATCH, min_words=ADDED_MIN_WORDS):
            long = dropped.deficit(len(target), len(source), run, inverse) > DROPPED_DEFICIT
            if long and _trailing_clause(target, run, function):
                found.append((source, _Added(target, offset, run)))
    if not found:
        return []
    sentences = list(
        dict.fromkeys(t for source, a in found for t in (source, a.target, dropped.without(a.target, a.run)))
    )
    vectors = dict(zip(sentences, encoder.encode(sentences), strict=True))
    return [
        a
        for source, a in found
        if float(vectors[dropped.without(a.target, a.run)] @ vectors[source] - vectors[a.target] @ vectors[source])
        > ADDED_GAIN
    ]


_CLAUSE_MARKS = (",", ";", "–", "—")


def _trailing_clause(text: str, run: dropped.DroppedRun, function: frozenset[str]) -> bool:
    """True when the run is a clause appended to a sentence: after a comma (or a semicolon, a dash) and
    the function words that open it (", où l'on vend aussi …", ", and that …"), up to the sentence's
    end. A phrase inside a sentence is as often a translator's paraphrase as an addition."""
    if any(dropped.is_content(word.text, function) for word in dropped.words(text[run.end :])):
        return False
    head = text[: run.start]
    cut = max(head.rfind(mark) for mark in _CLAUSE_MARKS)
    if cut < 0 or not dropped.without(text, run):
        return False
    return all(not dropped.is_content(word.text, function) for word in dropped.words(head[cut + 1 :]))


def _target_texts(context: CheckContext, pair: SentencePair) -> tuple[str, str, int]:
    """The bead's source and target as in the documents, and the target's offset."""
    source, target, _ = _bead_texts(context, pair)
    return source, target, pair.target[0].span.start


class DroppedPhrase(Check):
    info = CheckInfo(
        id="omission.dropped_phrase",
        category="omission",
        severity="major",
        description="A phrase of a translated sentence has no counterpart in the translation.",
        requires=("encoder",),
        # A sentence cut short is reported whole by short_translation; the narrower run adds nothing there.
        defers_to=("omission.short_translation",),
        failing=(
            fails(
                f"{_FILLER_EN} The ferry company said on Friday that crossings between Dover and Calais, suspended "
                "since the weekend, would resume next week with a reduced timetable, once engineers had repaired "
                "the ramp damaged by Tuesday's storm.",
                f"{_FILLER_FR} La compagnie de ferry a annoncé vendredi que les traversées entre Douvres et Calais, "
                "suspendues depuis le week-end, reprendraient la semaine prochaine avec des horaires réduits.",
                finds="engineers had repaired the ramp damaged",
            ),
        ),
        passing=(
            passes(
                f"{_FILLER_EN} The ferry company said on Friday that crossings between Dover and Calais, suspended "
                "since the weekend, would resume next week with a reduced timetable, once engineers had repaired "
                "the ramp damaged by Tuesday's storm.",
                f"{_FILLER_FR} La compagnie de ferry a annoncé vendredi que les traversées entre Douvres et Calais, "
                "suspendues depuis le week-end, reprendraient la semaine prochaine avec des horaires réduits, "
                "une fois que les ingénieurs auront réparé la rampe endommagée par la tempête de mardi.",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterable[Finding]:
        found = context.analysis(dropped_phrases)
        # A name that the translation refers to by what it is ("das Unternehmen"), the article having
        # given it before, is not dropped: see the names family's ``referred_by_kind``.
        referred = [r.name.span for r in context.analysis(analyse_names).referred] if found else []
        for item in found:
            span = Span(item.offset + item.run.start, item.offset + item.run.end)
            if any(name.start <= span.start and span.end <= name.end for name in referred):
                continue
            words = ", ".join(repr(w) for w in item.run.content)
            yield self.finding(
                context,
                f"no word of the translation renders {words}: this part of the sentence may be missing",
                source_span=span,
                target_span=None,
            )


class AddedPhrase(Check):
    info = CheckInfo(
        id="omission.added_phrase",
        category="addition",
        severity="major",
        description="A phrase of a translated sentence renders nothing of the source.",
        requires=("encoder",),
        failing=(
            fails(
                f"{_FILLER_EN} Visitors can book a guided tour on the museum's website.",
                f"{_FILLER_FR} Les visiteurs peuvent réserver une visite guidée sur le site du musée, qui propose "
                "également des abonnements annuels à prix réduit.",
                finds="propose également des abonnements annuels à prix réduit",
            ),
        ),
        passing=(
            passes(
                f"{_FILLER_EN} Visitors can book a guided tour on the museum's website.",
                f"{_FILLER_FR} Les visiteurs peuvent réserver une visite guidée sur le site du musée.",
            ),
        ),
    )

    def check_document(self, context: CheckContext) -> Iterable[Finding]:
        for item in context.analysis(added_phrases):
            words = ", ".join(repr(w) for w in item.run.content)
            yield self.finding(
                context,
                f"no word of the source is rendered by {words}: this part of the sentence may be added",
                target_span=Span(item.offset + item.run.start, item.offset + item.run.end),
            )


# Two numbers and what joins them: a word or a dash ("0.5 to 3", "10–20", "2 bis 4").
_JOINED_NUMBERS = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)"
    r"(?:[ \u00a0]*[-–—][ \u00a0]*|[ \u00a0]+([^\W\d_]+)[ \u00a0]+)"
    r"(\d+(?:[.,]\d+)?)(?![\w.,]?\d)"
)
# Two numbers side by side with a space between them only.
_ADJACENT_NUMBERS = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)[ \u00a0]+(\d+(?:[.,]\d+)?)(?![\w.,]?\d)")


class LostRangeWord(Check):
    info = CheckInfo(
        id="omission.range_word",
        category="omission",
        severity="major",
        description="The word or dash between two numbers of the source (`from 0.5 to 3 mm`) is dropped in "
        "the translation, which leaves the numbers side by side (`da 0,5 3 mm`).",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "Nine settings from 0.5 to 3 mm.",
                "Nove regolazioni da 0,5 3 mm.",
                finds="0,5 3",
                target_lang="it",
            ),
        ),
        passing=(
            passes("Nine settings from 0.5 to 3 mm.", "Nove regolazioni da 0,5 a 3 mm.", target_lang="it"),
            passes("Between 20 and 30 000 people.", "Entre 20 et 30 000 personnes."),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        source = pair.source_text
        if not any(map(str.isdigit, pair.target_text)):
            return  # map: no Python step per character of the paragraph (3 % of all checking on WMT23)
        words = context.source_language.data.words("numbers", "range_words")
        ranges = [
            match
            for match in _JOINED_NUMBERS.finditer(source)
            if match.group(2) is None or match.group(2).casefold() in words
        ]
        if not ranges:
            return
        adjacent = [
            (paragraph, match)
            for paragraph in pair.target
            for match in _ADJACENT_NUMBERS.finditer(paragraph.text)
            if not _digit_group(match.group(1), match.group(2))
        ]
        offset = pair.source[0].span.start
        for paragraph, match in adjacent:
            values = (_value(match.group(1)), _value(match.group(2)))
            joined = next((r for r in ranges if (_value(r.group(1)), _value(r.group(3))) == values), None)
            if joined is None:
                continue
            start, end = joined.end(1), joined.start(3)
            word = joined.span(2) if joined.group(2) else (start, end)
            yield self.finding(
                context,
                f"the source joins {joined.group(1)} and {joined.group(3)} with {source[start:end].strip()!r}: "
                "the translation leaves the numbers side by side",
                target_span=Span(paragraph.span.start + match.start(), paragraph.span.start + match.end()),
                source_span=Span(offset + word[0], offset + word[1]),
            )


def _value(number: str) -> str:
    return number.replace(",", ".")


def _digit_group(first: str, second: str) -> bool:
    """True when the two numbers are one number grouped by a space ("30 000", "1 200,5")."""
    return first.isdigit() and len(first) <= 3 and len(second.replace(",", ".").split(".")[0]) == 3


# An item of a list: no mark that ends a list, but a decimal point or comma ("2.0 Ah", "2,0-Ah-Akkus").
_ITEM = r"(?:[^,;:.!?()\n]|(?<=\d)[.,](?=\d))+?"
MIN_LIST_ITEMS = 3
MAX_ITEM_WORDS = 4
# A source list's last item may run on to the end of its sentence ("and fallen branches before the first
# run"): this many words at most.
MAX_LAST_ITEM_WORDS = 8
MAX_ITEM_WORDS_BEFORE_LONG_LAST = 2


class DroppedListItem(Check):
    info = CheckInfo(
        id="omission.list_item",
        category="omission",
        severity="major",
        description="A list of short items (`fries, chicken, fish and steak`) has one item fewer in the "
        "translation (product, interface and documentation profiles).",
        scope=Scope.PARAGRAPH,
        failing=(
            fails(
                "Presets: fries, chicken, fish, bacon and steak",
                "Programas: papas, pollo, pescado y bistec",
                finds="Programas: papas, pollo, pescado y bistec",
                target_lang="es",
                config={"profile": "product"},
            ),
        ),
        passing=(
            passes(
                "Presets: fries, chicken, fish, bacon and steak",
                "Programas: papas, pollo, pescado, tocino y bistec",
                target_lang="es",
                config={"profile": "product"},
            ),
        ),
    )

    def check_paragraph(self, context: CheckContext, pair: ParagraphPair) -> Iterator[Finding]:
        """News prose rewrites its lists ("A, B sowie C", a clause of its own): only product pages, help
        and interface texts, whose lists are lists, are judged; one list a side, so they are the same."""
        if context.config.profile == "news" or len(pair.source) != 1 or len(pair.target) != 1:
            return
        source_text, target_text = pair.source_text, pair.target_text
        # The source's lists of three items or more, the last of which may run on to its sentence's end
        # ("stones, toys and fallen branches before the first run"): only those can lose an item.
        source = [
            found
            for found in _short_lists(
                source_text, context.source_language, last_item_words=MAX_LAST_ITEM_WORDS, clauses=False
            )
            if found[2] >= MIN_LIST_ITEMS
        ]
        if len(source) != 1:
            return
        (start, end, count) = source[0]
        source_offset, target_offset = pair.source[0].span.start, pair.target[0].span.start
        # The target's lists in the sentences that render the source list's: another sentence's list (a
        # two-item one the source has beside it) is no rendering of it.
        target = [
            found
            for found in _short_lists(
                target_text, context.target_language, last_item_words=MAX_LAST_ITEM_WORDS, clauses=False
            )
            if _in_one_bead(context, pair, source_offset + start, target_offset + found[0])
        ]
        if len(target) != 1:
            return
        found = target[0][2]
        # Two items run into one by a lost comma ("fettuccine tagliolini") are one item fewer too.
        function_words = context.target_language.data.words("terminology", "function_words")
        if (
            count >= MIN_LIST_ITEMS
            and found == count - 1
            and not lost_commas(source_text, target_text, function_words)
            and not merged_list_items(source_text, target_text, context.source_language, context.target_language)
        ):
            yield self.finding(
                context,
                f"the source lists {count} items, the translation {found}: one is missing",
                source_span=Span(source_offset + start, source_offset + end),
                target_span=pair.target[0].span,
            )


def _in_one_bead(context: CheckContext, pair: ParagraphPair, source: int, target: int) -> bool:
    """True when the source offset and the target offset stand in sentences of one sentence bead of the
    paragraph pair (or the pair has no sentence beads)."""
    if not pair.bead.sentences:
        return True
    source_sentences, target_sentences = context.source.sentences, context.target.sentences
    for bead in pair.bead.sentences:
        if any(_holds(source_sentences[i], source) for i in bead.source):
            return any(_holds(target_sentences[i], target) for i in bead.target)
    return False


def _holds(sentence: Sentence, offset: int) -> bool:
    return sentence.span.start <= offset < sentence.span.end


@cache
def _joining_words(language: Language) -> frozenset[str]:
    """The words that join a list's last item: the language's "and" and its range words ("or", "to")."""
    return frozenset(
        w.casefold()
        for w in {str(language.data.value("names", "and", "")), *language.data.words("numbers", "range_words")}
        if w
    )


@cache
def _list_pattern(language: Language) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Items joined by commas, the last one by the language's "and" or "or" ("A, B and C", "A und B"),
    and the pattern's tail alone: the joining word and a last item that runs to where a list may end
    (a stretch of text without it holds no list)."""
    words = {str(language.data.value("names", "and", "")), *language.data.words("numbers", "range_words")} - {""}
    if not words:
        return None
    joining = alternation(words)
    pattern = re.compile(
        # A list starts at a word: the leftmost match always does (its first item may take in the words
        # before), and trying every letter inside words cost a scan ahead from each.
        rf"(?<![^\W\d_])(?P<items>[^\W\d_]{_ITEM}(?:,[ \u00a0]+{_ITEM})*),?[ \u00a0]+(?:{joining})[ \u00a0]+"
        rf"(?P<last>{_ITEM})(?=[.;:!?)\n]|$)",
        re.IGNORECASE,
    )
    # The tail is a necessary condition, found in linear time: the list pattern tried from every word
    # of a stretch whose joining word is followed by a comma or a bracket before the stretch ends, and
    # so failed slowly (the most of this check's time on WMT23 paragraphs).
    tail = re.compile(rf"[ \u00a0](?:{joining})[ \u00a0]+{_ITEM}(?=[.;:!?)\n]|$)", re.IGNORECASE)
    return pattern, tail


# Where a list ends for certain: a mark that may follow its last item and that no item holds (a full
# stop that is no decimal point). The list pattern is matched one such stretch at a time: its lazy items
# made finditer over a long paragraph scan ahead from every start (milliseconds a paragraph of news).
_LIST_BREAK = re.compile(r"[;:!?)\n]|\.(?!(?<=\d\.)\d)")


def _list_matches(patterns: tuple[re.Pattern[str], re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` stretch by stretch between marks that end any list: the same matches,
    with offsets into ``text`` (the pattern's end-of-text stands for the mark that ends a stretch).
    A stretch without the pattern's tail holds no list."""
    pattern, tail = patterns
    start = 0
    for end in [*(m.start() for m in _LIST_BREAK.finditer(text)), len(text)]:
        if end > start and tail.search(text, start, end):
            yield from pattern.finditer(text, start, end)
        start = end + 1


def _short_lists(
    text: str, language: Language, *, last_item_words: int = MAX_ITEM_WORDS, clauses: bool = True
) -> list[tuple[int, int, int]]:
    """(start, end, number of items) of the lists of ``text`` whose items after the first are short (the
    first one may follow words of its sentence), the last one of ``last_item_words`` words at most; without
    ``clauses``, none with an item after the first opened by a joining word (", and the headrest tilts to
    support": a clause joined by "and", then "to" read as a list's joining word)."""
    patterns = _list_pattern(language)
    if patterns is None:
        return []
    joining_words = _joining_words(language)
    found = []
    for match in _list_matches(patterns, text):
        items = [*re.split(r",[ \u00a0]+", match["items"]), match["last"]]
        if _number_range(items):
            continue
        if not clauses and any(item.split()[:1] and item.split()[0].casefold() in joining_words for item in items[1:]):
            continue
        # the first item may be preceded by words of the sentence: keep its last words only
        if any(len(item.split()) > MAX_ITEM_WORDS for item in items[1:-1]):
            continue
        last = len(items[-1].split())
        if last > MAX_ITEM_WORDS:
            # A last item running on to its sentence's end ("stones, toys and fallen branches before the
            # first run"): only after one-word or two-word items, joined by "and" (a range word, "so you
            # get up to 110 km …", joins no list).
            joining = text[match.end("items") : match.start("last")].strip(" ,\u00a0").casefold()
            short = all(len(item.split()) <= MAX_ITEM_WORDS_BEFORE_LONG_LAST for item in items[1:-1])
            if last > last_item_words or not short or joining != language.data.value("names", "and", ""):
                continue
        found.append((match.start("items"), match.end("last"), len(items)))
    return found


def merged_list_items(
    source: str, target: str, source_language: Language, target_language: Language
) -> list[tuple[int, int]]:
    """Spans of ``target`` where two items of a list run together by a lost comma, told by the word that
    opens the list's items: "hacia arriba, hacia abajo hacia delante y hacia los lados" for "up, down,
    forward and sideways" (the source lists one item more; an item holds the opening word twice). The
    span runs from the word before the repeated opening word to its end ("abajo hacia")."""
    source_lists = _short_lists(source, source_language)
    patterns = _list_pattern(target_language)
    if len(source_lists) != 1 or patterns is None:
        return []
    found = []
    for match in _list_matches(patterns, target):
        items = [*re.split(r",[ \u00a0]+", match["items"]), match["last"]]
        if len(items) != source_lists[0][2] - 1:
            continue
        heads = Counter(item.split()[0].casefold() for item in items[1:] if item.split())
        head, count = heads.most_common(1)[0] if heads else ("", 0)
        if count < 2 or not head.isalpha():
            continue
        # the items after the first (which may hold words of its sentence), with where each starts
        starts = [match.start("items") + m.end() for m in re.finditer(r",[ \u00a0]+", match["items"])]
        spans = [(start, target.find(",", start, match.end("items"))) for start in starts]
        spans = [(start, end if end >= 0 else match.end("items")) for start, end in spans]
        for start, end in [*spans, match.span("last")]:
            words = list(re.finditer(r"\S+", target[start:end]))
            for before, word in itertools.pairwise(words):
                if word.group().casefold() == head and before.group().casefold() != head:
                    found.append((start + before.start(), start + word.end()))
    return found


@article_cached
def final_commas(text: str, language: Language, last_item_words: int) -> tuple[tuple[int, int | None], ...]:
    """(number of items, offset of the comma before the joining word or None) of each list of short items
    of ``text`` ("flour, sugar, and butter": 3 and the second comma's offset), the last one of
    ``last_item_words`` words at most (it runs on to the end of its sentence)."""
    # Cached for the run: the translations of one source read its lists once.
    patterns = _list_pattern(language)
    if patterns is None:
        return ()
    found: list[tuple[int, int | None]] = []
    for match in _list_matches(patterns, text):
        items = [*re.split(r",[ \u00a0]+", match["items"]), match["last"]]
        # The middle items must be short; the first may hold words of its sentence, the last run on to its end.
        if _number_range(items) or any(len(item.split()) > MAX_ITEM_WORDS for item in items[1:-1]):
            continue
        if len(items[-1].split()) > last_item_words:
            continue
        comma = text.find(",", match.end("items"), match.start("last"))
        found.append((len(items), comma if comma >= 0 else None))
    return tuple(found)


def _number_range(items: list[str]) -> bool:
    """True when the joining word stands inside an item between two numbers ("A, dimmable from 10 to 100%",
    "B, von 2 bis 4 Personen"), a range, not a list's last item: the item before it holds words as well as
    its number (a list of numbers, "sizes 8, 10, 12 and 14", has bare numbers; the first item may follow
    words of its sentence, so it tells nothing)."""
    before, last = items[-2].strip(), items[-1].strip()
    return (
        len(items) > 2
        and last[:1].isdigit()
        and before[-1:].isdigit()
        and any(character.isalpha() for character in before)
    )


CHECKS: tuple[type[Check], ...] = (
    MissingParagraph,
    MissingSentence,
    AddedParagraph,
    AddedSentence,
    ShortTranslation,
    DroppedPhrase,
    AddedPhrase,
    LowSimilarity,
    LostRangeWord,
    DroppedListItem,
)
