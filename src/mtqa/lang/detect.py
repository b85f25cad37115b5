"""Language identification with lingua, whose models ship inside its wheel (nothing is downloaded).

A :class:`LanguageIdentifier` builds lingua's detectors on first use and keeps them for as long as it
lives: a :class:`mtqa.Checker` holds one for all the articles it checks, so the models load once per
run, and nothing stays loaded after the run.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from mtqa.errors import InputError, LanguageError
from mtqa.lang.tag import Language

if TYPE_CHECKING:
    from lingua import Language as LinguaLanguage
    from lingua import LanguageDetector

    from mtqa.lang.store import LanguageStore
    from mtqa.model import Document

# Enough of an article for its language; lingua's time grows with the text.
DOCUMENT_SAMPLE = 20_000
# A sample longer than WINDOWS * WINDOW * 2 characters is first identified from WINDOWS windows of about
# WINDOW characters spread over it (its start and its end): when lingua gives every window the same
# language, that is the document's. lingua's time is about 5 us per character, and a news article is
# some 2,000 characters. Windows that disagree (a document partly in another language: quotes, place
# names, a bilingual notice) send the whole sample to lingua. Checked against lingua on every whole
# sample of 8,238 documents (WMT21/22 de-fr and fr-de articles, references and system outputs, WMT23
# en-de, the corpora and blind sets 8-30): the same language for every one. Three windows (start,
# middle, end) found the same too, at 1.7 times the CPU of two on WMT articles (2.97 against 1.75 ms,
# with more of them read whole); what two windows cannot see is a document whose first and last lines
# are in one language and the rest in another: it is taken for the language of its ends.
WINDOWS = 2
WINDOW = 100
# Documents whose language an identifier remembers (by a digest of the sample): a folder of one
# source's translations names the same source file once per system, and lingua took ~11 ms a document.
DOCUMENTS_REMEMBERED = 64
# Sentence batches this large are identified on lingua's threads; smaller ones in the calling thread.
PARALLEL_TEXTS = 64


def has_speakers(language: Language) -> bool:
    """True when CLDR's territory data (Babel) count speakers of ``language`` somewhere: a living
    language, not a constructed one (Klingon, Lojban) or one only of old texts."""
    return _speaker_shares().get(language.code, 0.0) > 0.0


@cache
def _speaker_shares() -> dict[str, float]:
    from babel.core import get_global

    shares: dict[str, float] = {}
    for languages in get_global("territory_languages").values():
        for name, info in languages.items():
            code = name.split("_")[0]
            shares[code] = max(shares.get(code, 0.0), float(info.get("population_percent") or 0.0))
    return shares


@cache
def is_detectable(language: Language) -> bool:
    """True when lingua can tell this language apart (it knows 75 languages by ISO 639-1 code)."""
    # Cached: the source-language check asks twice per article; the import and look-up cost more than the answer.
    from lingua import IsoCode639_1

    return language.known and len(language.code) == 2 and hasattr(IsoCode639_1, language.code.upper())


@cache
def lingua_codes(language: Language) -> frozenset[str]:
    """The codes under which lingua reads ``language``: its own when lingua knows it; else, from the IANA
    and CLDR data langcodes ships, the code CLDR replaced by it (Filipino ``fil`` is lingua's Tagalog
    ``tl``), its macrolanguage (Cantonese ``yue`` and Min Nan ``nan`` are written as Chinese, ``zh``;
    Standard Malay ``zsm`` as ``ms``), or the members of a macrolanguage (Norwegian ``no`` is Bokmål
    ``nb`` or Nynorsk ``nn``). Empty when lingua knows none of these (Galician, Klingon)."""
    if is_detectable(language):
        return frozenset({language.code})
    from langcodes.data_dicts import LANGUAGE_REPLACEMENTS, MACROLANGUAGES

    related = {old for old, new in LANGUAGE_REPLACEMENTS.items() if new == language.code}
    related |= {member for member, macrolanguage in MACROLANGUAGES.items() if macrolanguage == language.code}
    related.add(MACROLANGUAGES.get(language.code, ""))
    return frozenset(code for code in related if code and is_detectable(Language(code)))


def document_detector_name() -> str:
    """How documents are identified, as the language store keys its rows: lingua's version and settings."""
    from importlib.metadata import version

    name = f"lingua-language-detector-{version('lingua-language-detector')}/all-languages/low-accuracy"
    return f"{name}/windows-{WINDOWS}x{WINDOW}"


@cache
def sentence_detector_name(codes: tuple[str, ...], min_confidence: float) -> str:
    """How :meth:`LanguageIdentifier.sentence_languages` decides between ``codes``, as the language store
    keys its answers: lingua's version, the languages and the confidence asked for."""
    from importlib.metadata import version

    name = f"lingua-language-detector-{version('lingua-language-detector')}/{'+'.join(codes)}/high-accuracy"
    return f"{name}/sentences/confidence-{min_confidence!r}"


def windows(sample: str) -> list[str]:
    """:data:`WINDOWS` windows of about :data:`WINDOW` characters, from the start to the end of
    ``sample`` at even steps, widened to whole words; none for a sample of at most twice their size
    (there, reading the windows saves too little)."""
    size = len(sample)
    if size <= 2 * WINDOWS * WINDOW:
        return []
    found = []
    for index in range(WINDOWS):
        start = (size - WINDOW) * index // (WINDOWS - 1)
        # The window begins after the space before ``start`` and ends at the first space after
        # ``start + WINDOW``: lingua reads words, and a cut word is a word no language has.
        begin = sample.rfind(" ", 0, start) + 1 if start else 0
        end = sample.find(" ", start + WINDOW)
        found.append(sample[begin : end if end >= 0 else size])
    return found


def _sample(document: Document) -> str:
    """What of a document its language is identified from."""
    return "\n".join(p.text for p in document.paragraphs)[:DOCUMENT_SAMPLE]


def _parsed(code: str | None) -> Language | None:
    """A stored ISO 639-1 code as the detector's answer would be parsed (None: not stored, or unreadable)."""
    if code is None:
        return None
    try:
        return Language.parse(code)
    except LanguageError:
        return None


class LanguageIdentifier:
    """Document and sentence language identification, models loaded once per identifier."""

    def __init__(self) -> None:
        self._document: LanguageDetector | None = None
        self._sentences: dict[tuple[str, ...], LanguageDetector] = {}
        self._documents: OrderedDict[bytes, Language] = OrderedDict()
        # With a store, sentence answers are read from and kept in it (storing_sentences).
        self._sentence_store: LanguageStore | None = None
        self._models = self  # whose detectors this identifier uses: its own, or those it was made from
        self._storing: dict[int, tuple[LanguageStore, LanguageIdentifier]] = {}

    def storing_sentences(self, store: LanguageStore | None) -> LanguageIdentifier:
        """This identifier (its models, the documents it remembers) keeping its sentence answers in
        ``store`` (the cache folder's): a later run reads them back instead of loading lingua's sentence
        models, 0.4 s of CPU in each process for the few clauses the checks ask about. The same object for
        the same store, so that a run's kept check results (keyed by the identifier) still match."""
        if store is None:
            return self._models
        found = self._models._storing.get(id(store))
        if found is None:
            view = LanguageIdentifier()
            view._documents = self._models._documents
            view._models = self._models
            view._sentence_store = store
            found = self._models._storing[id(store)] = (store, view)  # the store kept alive with its id
        return found[1]

    def document_language(self, document: Document, store: LanguageStore | None = None) -> Language:
        """The language of a whole document; :class:`InputError` when lingua cannot tell. With a ``store``
        (the cache folder's), a document identified in an earlier run is read back, not identified again."""
        sample = _sample(document)
        if not any(character.isalnum() for character in sample):
            # An empty side (a resource file whose keys all differ, a file of spaces): nothing to identify.
            raise InputError(
                f"{document.path}: no words to identify the language from (an empty side?); "
                "pass --source-lang/--target-lang"
            )
        found = self._known_language(sample, store)
        if found is None:
            raise InputError(f"{document.path}: cannot identify the language; pass --source-lang/--target-lang")
        return found

    def _known_language(self, sample: str, store: LanguageStore | None) -> Language | None:
        """The language of ``sample`` as remembered for the run, stored in ``store`` or identified (and
        then remembered and stored); None when lingua cannot tell."""
        key = hashlib.blake2b(sample.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        known = self._documents.get(key)
        if known is not None:
            self._documents.move_to_end(key)
            return known
        stored = store.key(sample) if store is not None else ""
        found = _parsed(store.get(stored)) if store is not None else None
        if found is None:
            language = self._identify(sample)
            if language is None:
                return None
            code = language.iso_code_639_1.name.lower()
            found = Language.parse(code)
            if store is not None:
                store.put(stored, code)
        self._documents[key] = found
        if len(self._documents) > DOCUMENTS_REMEMBERED:
            self._documents.popitem(last=False)
        return found

    def _identify(self, sample: str) -> LinguaLanguage | None:
        """lingua's language of ``sample``: of its windows when they agree, else of the whole sample."""
        detector = self._document_detector()
        parts = windows(sample)
        if parts:
            found = {detector.detect_language_of(part) for part in parts}
            if len(found) == 1 and None not in found:
                return found.pop()
        return detector.detect_language_of(sample)

    def contradiction(
        self, document: Document, declared: Language, store: LanguageStore | None = None
    ) -> Language | None:
        """The language ``document`` is written in when lingua is sure it is not ``declared`` (a German
        file given as the French translation, languages swapped), else None. Sure: the other language
        has 0.9 of lingua's confidence and the declared one under 0.05, on 200 letters at least (0.99 and
        0.001 on 50 to 200 letters: two sentences), so close languages (Serbian and Croatian, Malay and
        Indonesian) and shorter texts never contradict.

        A document identified as the declared language (as :meth:`document_language` identifies it: from
        windows, remembered for the run and in ``store``) is not contradicted. Languages are given for
        nearly every article of a CI run and are nearly always right, and lingua's confidence over the
        whole sample cost 17 ms an article side, a third of a warm folder run's time."""
        readings = lingua_codes(declared)
        if not readings and has_speakers(declared):
            # A language lingua does not know, under any related code, reads as its closest neighbour it
            # knows (Galician as Portuguese, Luxembourgish as German, both at 1.0): no contradiction can be
            # told. A language no territory has speakers of (Klingon, Lojban) has no such neighbour: sure
            # is sure.
            return None
        sample = _sample(document)
        letters = sum(character.isalpha() for character in sample)
        if letters < 50:
            return None
        identified = self._known_language(sample, store)
        if identified is not None and (identified.code == declared.code or identified.code in readings):
            return None
        values = self._document_detector().compute_language_confidence_values(sample)
        confidence = {value.language.iso_code_639_1.name.lower(): value.value for value in values}
        best = max(confidence, key=confidence.__getitem__, default=None)
        # Two sentences (50 to 200 letters) contradict only when lingua leaves no doubt at all.
        sure, unlikely = (0.9, 0.05) if letters >= 200 else (0.99, 0.001)
        if best is None or best == declared.code or best in readings or confidence[best] < sure:
            return None
        if any(confidence.get(code, 0) >= unlikely for code in readings | {declared.code}):
            return None
        return Language.parse(best)

    def sentence_languages(
        self, texts: Sequence[str], languages: Sequence[Language], min_confidence: float = 0.0
    ) -> list[Language | None]:
        """Most likely language of each text among ``languages`` (all detectable); None when undecided.

        With ``min_confidence``, a language is only returned when lingua's confidence in it reaches that
        value: between two close languages, a short English sentence full of Latin words
        ("attendance", "admissions") can come out French at 0.57.
        """
        by_code = {language.code: language for language in languages}
        codes = tuple(sorted(by_code))
        store = self._sentence_store
        if store is None or not texts:
            return self._sentences_of(texts, codes, by_code, min_confidence)
        from mtqa.lang.store import UNDECIDED

        detector = sentence_detector_name(codes, min_confidence)
        keys = [store.key(text, detector) for text in texts]
        stored = [store.get(key) for key in keys]
        missing = [text for text, code in zip(texts, stored, strict=True) if code is None]
        answers = iter(self._sentences_of(missing, codes, by_code, min_confidence) if missing else ())
        decided: list[Language | None] = []
        for key, code in zip(keys, stored, strict=True):
            if code is None:
                language = next(answers)
                store.put(key, language.code if language is not None else UNDECIDED)
                decided.append(language)
            else:
                decided.append(by_code.get(code))
        return decided

    def _sentences_of(
        self, texts: Sequence[str], codes: tuple[str, ...], by_code: dict[str, Language], min_confidence: float
    ) -> list[Language | None]:
        """lingua's answers for :meth:`sentence_languages`."""
        detector = self._sentence_detector(codes)
        # lingua's parallel calls give the same answers on threads of their own; on the few clauses of
        # one article (the checks' usual batch) the threads cost more CPU than they save time, and the
        # first call, which loads the pair's models, took 0.69 s of CPU in parallel against 0.53 s.
        parallel = len(texts) >= PARALLEL_TEXTS
        if min_confidence <= 0.0:
            if parallel:
                results = detector.detect_languages_in_parallel_of(list(texts))
            else:
                results = [detector.detect_language_of(text) for text in texts]
            return [by_code.get(r.iso_code_639_1.name.lower()) if r is not None else None for r in results]
        decided: list[Language | None] = []
        if parallel:
            confidences = detector.compute_language_confidence_values_in_parallel(list(texts))
        else:
            confidences = [detector.compute_language_confidence_values(text) for text in texts]
        for values in confidences:
            best = values[0] if values else None
            confident = best is not None and best.value >= min_confidence
            decided.append(by_code.get(best.language.iso_code_639_1.name.lower()) if confident and best else None)
        return decided

    def _document_detector(self) -> LanguageDetector:
        if self._models is not self:
            return self._models._document_detector()
        if self._document is None:
            from lingua import LanguageDetectorBuilder

            # As document_detector_name() says. Low-accuracy mode loads only the small models: a whole
            # article is long enough for it, and the full models of all 75 languages take about ten
            # seconds to load.
            self._document = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
        return self._document

    def _sentence_detector(self, codes: tuple[str, ...]) -> LanguageDetector:
        # Restricted to the pair's languages: fast and accurate on single sentences.
        if self._models is not self:
            return self._models._sentence_detector(codes)
        if codes not in self._sentences:
            from lingua import IsoCode639_1, LanguageDetectorBuilder

            isos = [getattr(IsoCode639_1, code.upper()) for code in codes]
            self._sentences[codes] = LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()
        return self._sentences[codes]
