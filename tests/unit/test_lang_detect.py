"""Language identification (lingua), held by a LanguageIdentifier."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.errors import InputError
from mtqa.io import document_from_text
from mtqa.lang import Language, detect
from mtqa.lang.detect import WINDOWS, LanguageIdentifier, is_detectable
from tests.checks_helpers import identifier


def test_document_language() -> None:
    french = document_from_text("Les pourparlers sont prévus mardi à Genève, a indiqué le ministère.", "fr.txt")
    english = document_from_text("The talks are scheduled for Tuesday in Geneva, the ministry said.", "en.txt")
    assert identifier().document_language(french) == Language("fr")
    assert identifier().document_language(english) == Language("en")


def test_an_undecidable_document_is_an_input_error() -> None:
    with pytest.raises(InputError, match="cannot identify the language"):
        identifier().document_language(document_from_text("12345 67890", "numbers.txt"))


def test_sentence_languages_restricted_to_the_pair() -> None:
    texts = ["The government announced new measures on Monday.", "Le gouvernement a annoncé des mesures lundi."]
    english, french = Language("en"), Language("fr")
    assert identifier().sentence_languages(texts, (english, french)) == [english, french]
    # a demanding confidence leaves a mixed sentence undecided
    mixed = ["Attendance and admissions."]
    assert identifier().sentence_languages(mixed, (english, french), min_confidence=0.99) == [None]


@pytest.mark.parametrize("min_confidence", [0.0, 0.8])
def test_a_large_batch_on_lingua_threads_gets_the_answers_of_a_small_one(
    monkeypatch: pytest.MonkeyPatch, min_confidence: float
) -> None:
    texts = [
        "Die Regierung kündigte am Montag neue Maßnahmen an.",
        "The committee will meet again next spring in Vienna.",
        "Sie sagte, der Bericht sei noch nicht fertig.",
        "Ja.",
    ]
    pair = (Language("de"), Language("en"))
    one_by_one = identifier().sentence_languages(texts, pair, min_confidence)
    monkeypatch.setattr(detect, "PARALLEL_TEXTS", 1)
    assert identifier().sentence_languages(texts, pair, min_confidence) == one_by_one
    assert one_by_one[:3] == [Language("de"), Language("en"), Language("de")]


@pytest.mark.parametrize(("tag", "detectable"), [("fr", True), ("fr-CA", True), ("tlh", False), ("und", False)])
def test_detectable_languages(tag: str, detectable: bool) -> None:
    assert is_detectable(Language.parse(tag)) is detectable


class _CountingDetector:
    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.texts: list[str] = []

    def detect_language_of(self, text: str) -> object:
        self.texts.append(text)
        return self.inner.detect_language_of(text)  # type: ignore[attr-defined]


def test_a_document_seen_again_is_not_identified_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detect, "DOCUMENTS_REMEMBERED", 2)
    counting = _CountingDetector(identifier()._document_detector())
    fresh = LanguageIdentifier()
    fresh._document = counting  # type: ignore[assignment]
    texts = [
        "Les pourparlers sont prévus mardi à Genève, a indiqué le ministère.",
        "The talks are scheduled for Tuesday in Geneva, the ministry said.",
        "Die Gespräche sind für Dienstag in Genf geplant, teilte das Ministerium mit.",
    ]
    languages = [fresh.document_language(document_from_text(text, f"{n}.txt")) for n, text in enumerate(texts)]
    assert languages == [Language("fr"), Language("en"), Language("de")]
    # the same text under another name: remembered; the first one, pushed out by the bound: asked again
    assert fresh.document_language(document_from_text(texts[2], "again.txt")) == Language("de")
    assert fresh.document_language(document_from_text(texts[0], "again.txt")) == Language("fr")
    assert counting.texts == [texts[0], texts[1], texts[2], texts[0]]


# (A side of invisible characters alone is no document any more: "the file holds only spaces and
# invisible characters", test_io_text.)
@pytest.mark.parametrize("text", ["--- …", "\u200b \u2060 ---"])
def test_a_side_without_words_says_so(text: str) -> None:
    document = document_from_text(text, "fr.json")
    with pytest.raises(InputError, match=r"fr\.json: no words to identify the language from"):
        identifier().document_language(document)


def test_a_declared_language_is_contradicted_only_when_lingua_is_sure() -> None:
    german = document_from_text(
        "Der Ausschuss hat den Haushalt am Montag genehmigt. Er tritt im Januar in Kraft. "
        "Experten sagten, die Entscheidung sei erwartet worden, nachdem die Regierung lange verhandelt hatte "
        "und die Opposition ihre Zustimmung zu den wichtigsten Punkten des Plans gegeben hatte.",
        "fr.txt",
    )
    assert identifier().contradiction(german, Language("fr")) == Language("de")
    assert identifier().contradiction(german, Language("de", region="AT")) is None
    short = document_from_text("Der Ausschuss hat den Haushalt genehmigt.", "fr.txt")
    assert identifier().contradiction(short, Language("fr")) is None
    two_sentences = document_from_text(  # 115 letters: contradicted only because lingua has no doubt
        "Der Präsident sagte, dass die Gespräche mit China fruchtbar waren.\n\n"
        "Er fügte hinzu, dass künstliche Intelligenz gemeinsame Regeln braucht.",
        "fr.txt",
    )
    assert identifier().contradiction(two_sentences, Language("fr")) == Language("de")
    spanish_like = document_from_text("El comité aprobó el presupuesto el lunes en la capital del país.", "pt.txt")
    assert identifier().contradiction(spanish_like, Language("pt")) is None  # a close language is never sure


class _ConfidenceRefused(_CountingDetector):
    """Identifies as lingua does but fails the test if asked for the whole sample's confidence values."""

    def compute_language_confidence_values(self, text: str) -> object:
        raise AssertionError(f"confidence values asked for {text[:40]!r}")


def test_a_declared_language_the_text_is_identified_as_costs_no_confidence_values(tmp_path: Path) -> None:
    from mtqa.lang.detect import document_detector_name
    from mtqa.lang.store import LanguageStore

    text = (
        "Il consiglio regionale ha votato ieri il bilancio, che entrerà in vigore a gennaio. "
        "Secondo l'opposizione, i fondi per i trasporti locali restano troppo scarsi per le valli."
    )
    store = LanguageStore(tmp_path, document_detector_name())
    first = LanguageIdentifier()
    first._document = _ConfidenceRefused(identifier()._document_detector())  # type: ignore[assignment]
    assert first.contradiction(document_from_text(text, "it.txt"), Language("it", region="CH"), store) is None
    later = LanguageIdentifier()  # another run: the store answers, lingua is not asked at all
    unused = _ConfidenceRefused(None)
    later._document = unused  # type: ignore[assignment]
    assert later.contradiction(document_from_text(text, "it.txt"), Language("it"), store) is None
    assert unused.texts == []
    # Identified as another language, the text is still judged on the whole sample's confidence values.
    assert identifier().contradiction(document_from_text(text, "es.txt"), Language("es"), store) == Language("it")


def test_a_document_in_the_store_is_read_back_without_lingua(tmp_path: Path) -> None:
    from mtqa.lang.detect import document_detector_name
    from mtqa.lang.store import LanguageStore

    text = "Die Gespräche sind für Dienstag in Genf geplant, teilte das Ministerium mit."
    first = LanguageIdentifier()
    counting = _CountingDetector(identifier()._document_detector())
    first._document = counting  # type: ignore[assignment]
    store = LanguageStore(tmp_path, document_detector_name())
    assert first.document_language(document_from_text(text, "a.txt"), store) == Language("de")
    assert counting.texts == [text]
    later = LanguageIdentifier()  # another run: nothing remembered in memory
    unused = _CountingDetector(None)  # would fail if asked
    later._document = unused  # type: ignore[assignment]
    assert later.document_language(document_from_text(text, "b.txt"), store) == Language("de")
    assert unused.texts == []


def test_an_unreadable_stored_language_is_identified_again(tmp_path: Path) -> None:
    from mtqa.lang.store import LanguageStore

    text = "Les pourparlers sont prévus mardi à Genève, a indiqué le ministère."
    store = LanguageStore(tmp_path, "detector")
    store.put(store.key(text), "not a language tag!")
    counting = _CountingDetector(identifier()._document_detector())
    fresh = LanguageIdentifier()
    fresh._document = counting  # type: ignore[assignment]
    assert fresh.document_language(document_from_text(text, "a.txt"), store) == Language("fr")
    assert counting.texts == [text]
    assert store.get(store.key(text)) == "fr"


def test_windows_spread_over_a_long_sample_in_whole_words() -> None:
    from mtqa.lang.detect import WINDOW, WINDOWS, windows

    words = " ".join(f"mot{n}" for n in range(400))
    found = windows(words)
    assert len(found) == WINDOWS
    assert words.startswith(found[0]) and words.endswith(found[-1])
    for part in found:
        assert WINDOW <= len(part) <= WINDOW + 2 * len("mot400 ")
        assert all(word in words.split() for word in part.split())
    assert windows(words[: 2 * WINDOWS * WINDOW]) == []  # short: read whole


_ITALIAN = (
    "Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico del centro storico. "
    "Secondo il sindaco, le strade chiuse alle auto saranno riaperte ai pedoni entro la fine dell'estate, "
    "mentre i commercianti chiedono più parcheggi vicino alle mura. "
)
_SPANISH = (
    "El ayuntamiento aprobó anoche el nuevo plan de tráfico para el casco antiguo de la ciudad. "
    "Según la alcaldesa, las calles cerradas a los coches se abrirán a los peatones antes del verano, "
    "mientras los comerciantes piden más aparcamientos cerca de la muralla. "
)


def _counted(text: str) -> tuple[Language, list[str]]:
    counting = _CountingDetector(identifier()._document_detector())
    fresh = LanguageIdentifier()
    fresh._document = counting  # type: ignore[assignment]
    return fresh.document_language(document_from_text(text, "doc.txt")), counting.texts


def test_a_long_document_is_identified_from_its_windows() -> None:
    language, asked = _counted(_ITALIAN * 4)
    assert language == Language("it")
    assert len(asked) == WINDOWS and sum(map(len, asked)) < len(_ITALIAN * 4) / 2


def test_windows_that_disagree_send_the_whole_document_to_lingua() -> None:
    # A Spanish article that opens with an Italian paragraph: the window at its start says Italian, the
    # one at its end Spanish, and the whole text, mostly Spanish, decides.
    text = f"{_ITALIAN.strip()}\n\n{(_SPANISH * 4).strip()}"
    language, asked = _counted(text)
    assert language == Language("es")
    assert len(asked) == WINDOWS + 1 and asked[-1] == text.replace("\n\n", "\n")  # the paragraphs, one a line


def test_a_language_without_speakers_is_contradicted_and_a_living_one_lingua_lacks_is_not() -> None:
    # Before, no language lingua lacks was ever contradicted: Polish text given as Klingon or Lojban
    # passed silently, where sr-Latn (a language lingua knows) got "reads as pl".
    polish = document_from_text(
        "Komisja zatwierdziła budżet w poniedziałek. Wejdzie on w życie w styczniu. Eksperci powiedzieli, "
        "że decyzja była oczekiwana, ponieważ rząd długo negocjował, a opozycja zgodziła się na najważniejsze "
        "punkty planu przedstawionego przez ministra finansów.",
        "x.txt",
    )
    for constructed in ("tlh", "jbo", "sr-Latn"):
        assert identifier().contradiction(polish, Language.parse(constructed)) == Language("pl")
    galician = document_from_text(  # lingua reads it as Portuguese at 1.0: a neighbour, not a contradiction
        "O goberno galego anunciou onte unha nova lei sobre a vivenda, que entrará en vigor o próximo ano. "
        "Segundo fontes oficiais, a medida busca facilitar o acceso dos mozos a un fogar digno e reducir os "
        "prezos do aluguer nas cidades máis grandes do país.",
        "x.txt",
    )
    assert identifier().contradiction(galician, Language("gl")) is None
    assert identifier().contradiction(galician, Language("lb")) is None  # lb too has speakers


class _RefusingSentences:
    """A sentence detector that fails the test if lingua is asked anything."""

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"lingua asked ({name}) for sentences the store holds")


@pytest.mark.parametrize("min_confidence", [0.0, 0.99])
def test_sentence_answers_in_the_store_are_read_back_without_lingua(tmp_path: Path, min_confidence: float) -> None:
    from mtqa.lang.detect import document_detector_name
    from mtqa.lang.store import LanguageStore

    texts = [
        "Die Regierung kündigte am Montag neue Maßnahmen an.",
        "Les pourparlers sont prévus mardi à Genève.",
        "Attendance and admissions.",  # undecided at 0.99: kept as undecided, not asked again
        "Die Regierung kündigte am Montag neue Maßnahmen an.",
    ]
    pair = (Language("fr"), Language("de"))
    expected = identifier().sentence_languages(texts, pair, min_confidence)
    store = LanguageStore(tmp_path, document_detector_name())
    first = LanguageIdentifier().storing_sentences(store)
    assert first.sentence_languages(texts, pair, min_confidence) == expected
    later = LanguageIdentifier()  # another run, the same cache folder
    later._sentences[("de", "fr")] = _RefusingSentences()  # type: ignore[assignment]
    stored = later.storing_sentences(LanguageStore(tmp_path, document_detector_name()))
    assert stored.sentence_languages(list(reversed(texts)), tuple(reversed(pair)), min_confidence) == list(
        reversed(expected)
    )
    # Another confidence or other languages are other questions: lingua is asked.
    with pytest.raises(AssertionError, match="lingua asked"):
        stored.sentence_languages(texts[:1], pair, min_confidence + 0.005)
    assert stored.sentence_languages(texts[:1], (Language("de"), Language("en")), min_confidence) == [Language("de")]
    assert expected[:2] == [Language("de"), Language("fr")]
    assert (expected[2] is None) is (min_confidence > 0.9)


def test_an_identifier_keeping_sentences_shares_its_models_and_is_one_per_store(tmp_path: Path) -> None:
    from mtqa.lang.store import LanguageStore

    base = LanguageIdentifier()
    store = LanguageStore(tmp_path, "detector")
    view = base.storing_sentences(store)
    assert view is base.storing_sentences(store) and view is not base
    assert view.storing_sentences(None) is base and base.storing_sentences(None) is base
    assert view._document_detector() is base._document_detector()
    text = "Les pourparlers sont prévus mardi à Genève, a indiqué le ministère."
    assert view.document_language(document_from_text(text, "a.txt")) == Language("fr")
    assert len(base._documents) == 1  # remembered by both


def test_two_windows_are_read_the_start_and_the_end_of_a_long_sample() -> None:
    from mtqa.lang.detect import WINDOW, windows

    # German news text with a Dutch closing paragraph: the end window is Dutch, so the two disagree
    # and the whole sample decides (German, most of it).
    german = (
        "Der Stadtrat hat am Dienstagabend den neuen Verkehrsplan für die Altstadt beschlossen. Nach "
        "Angaben der Bürgermeisterin sollen die gesperrten Straßen bis zum Sommer für Fußgänger geöffnet "
        "werden, während die Händler mehr Parkplätze in der Nähe der Stadtmauer fordern. "
    )
    dutch = (
        "De gemeenteraad keurde dinsdagavond het nieuwe verkeersplan voor de binnenstad goed, en de "
        "winkeliers vragen om meer parkeerplaatsen dicht bij de stadsmuren."
    )
    text = f"{(german * 3).strip()}\n\n{dutch}"
    sample = text.replace("\n\n", "\n")
    found = windows(sample)
    assert len(found) == 2
    assert sample.startswith(found[0]) and sample.endswith(found[1])
    assert all(WINDOW <= len(part) < 2 * WINDOW for part in found)
    language, asked = _counted(text)
    assert language == Language("de")
    assert asked == [*found, sample]


def test_a_language_lingua_knows_under_a_related_code_is_contradicted_like_the_others() -> None:
    from mtqa.lang.detect import lingua_codes

    # Tagalog (CLDR's tl -> fil), Norwegian (the macrolanguage of nb and nn), Cantonese and Min Nan
    # (extlang tags, members of zh): before, none of these was ever contradicted, as lingua has no
    # code of their own, while any language it knows was.
    assert lingua_codes(Language.parse("tl")) == {"tl"}
    assert lingua_codes(Language.parse("no")) == {"nb", "nn"}
    assert lingua_codes(Language.parse("zh-yue")) == lingua_codes(Language.parse("zh-min-nan")) == {"zh"}
    assert lingua_codes(Language.parse("gl")) == set()
    polish = document_from_text(
        "Komisja zatwierdziła budżet w poniedziałek. Wejdzie on w życie w styczniu. Eksperci powiedzieli, "
        "że decyzja była oczekiwana, ponieważ rząd długo negocjował, a opozycja zgodziła się na najważniejsze "
        "punkty planu przedstawionego przez ministra finansów.",
        "x.txt",
    )
    for tag in ("tl", "fil", "no", "zh-yue", "zh-min-nan", "cmn", "zsm", "arb"):
        assert identifier().contradiction(polish, Language.parse(tag)) == Language("pl"), tag
    # Text in the language given is still never contradicted.
    texts = {
        "no": "Regjeringen la fram et nytt forslag om skatt på tirsdag. Ifølge finansministeren skal endringene "
        "gjelde fra neste år, og opposisjonen sier at de vil stemme imot fordi forslaget rammer familier med "
        "lave inntekter hardest.",
        "tl": "Inihayag ng pamahalaan noong Martes ang isang bagong batas tungkol sa pabahay. Ayon sa mga "
        "opisyal, layunin ng panukala na matulungan ang mga pamilyang may mababang kita na magkaroon ng sariling "
        "tahanan sa loob ng susunod na limang taon.",
        "zh-yue": "政府星期二宣佈咗一項新嘅房屋政策，話會喺未來五年內興建更多公營房屋。有官員表示，呢個計劃"
        "係為咗幫助低收入家庭盡快搬入新屋，但係反對派就批評政府嘅計劃唔夠清楚，亦都冇講明資金從何而來。"
        "市民對於新政策嘅反應不一，有人話係好消息，亦有人擔心輪候時間仍然太長。政府發言人表示，"
        "當局會喺下個月公佈更多細節，並會諮詢地區團體同專業人士嘅意見，確保計劃能夠順利推行。",
    }
    for tag, text in texts.items():
        assert identifier().contradiction(document_from_text(text, "x.txt"), Language.parse(tag)) is None, tag
