"""Golden table and properties of the spelling family."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.config import CheckConfig
from tests.checks_helpers import STRESS_ALPHABET, assert_robust, failing_ids, findings_for

CAPITAL_AFTER = "spelling.capital_after_semicolon"

# (source, target, source language, target language, expected failing check ids of the family)
CASES = [
    # spelling.sentence_start
    (
        "Management of early rhabdomyolysis.",
        "la prise en charge précoce de la rhabdomyolyse.",
        "en",
        "fr",
        {"spelling.sentence_start"},
    ),
    ("Die Ergebnisse sind gut.", "the results are good.", "de", "en", {"spelling.sentence_start"}),
    ("« The end », he said.", "« la fin », dit-il.", "en", "fr", {"spelling.sentence_start"}),
    # spelling.lost_capitals
    (
        "Practitioners in Canada play a role.",
        "Les praticiens au canada jouent un rôle.",
        "en",
        "fr",
        {"spelling.lost_capitals"},
    ),
    ("The FOXO and MAPK pathways.", "Les voies FOXO et mapk.", "en", "fr", {"spelling.lost_capitals"}),
    (
        "The relative Constant-Murley score was 72.",
        "Le score relatif de constant-murley était de 72.",
        "en",
        "fr",
        {"spelling.lost_capitals"},
    ),
    # spelling.acronym_case: an acronym written with its first capital only (a house style writing
    # "Nato" disables it); not a word the source also writes so, nor a source in capitals, nor two letters
    (
        "Risk factors of severe COVID-19 in adults.",
        "Facteurs de risque de la Covid-19 sévère chez l'adulte.",
        "en",
        "fr",
        {"spelling.acronym_case"},
    ),
    ("NATO met on Monday.", "Die Nato tagte am Montag.", "en", "de", {"spelling.acronym_case"}),
    ("SEATTLE (AP) - Crowds marched in Seattle.", "Seattle (AP) - In Seattle zogen Menschen.", "en", "de", set()),
    ("CALL NASA NOW FOR INFO", "Appelez la Nasa maintenant", "en", "fr", set()),
    ("The EC ruled.", "La Ec a statué.", "en", "fr", set()),
    ("The COVID-19 wave.", "La vague de COVID-19.", "en", "fr", set()),
    # spelling.run_together
    ("Weight: 8 ounce. Medium size.", "Poids : 8 onces. ounceMedium taille.", "en", "fr", {"spelling.run_together"}),
    ("Apples, pears and plums.", "Des pommes,poires et prunes.", "en", "fr", {"spelling.run_together"}),
    ("It ended. The rest followed.", "Es endete.Der Rest folgte.", "en", "de", {"spelling.run_together"}),
    # spelling.capital_after_semicolon
    ("It's white noise; it's chaotic.", "Es ist weißes Rauschen; Es ist chaotisch.", "en", "de", {CAPITAL_AFTER}),
    ("It is not an end; it goes on.", "Ce n'est pas une fin ; Il continue.", "en", "fr", {CAPITAL_AFTER}),
    ("Il a fini ; il part.", "He is done; He leaves.", "fr", "en", {CAPITAL_AFTER}),
    ("It's white noise; it's chaotic.", "Es ist weißes Rauschen; es ist chaotisch.", "en", "de", set()),
    ("Thanks; you may call back.", "Danke; Sie können zurückrufen.", "en", "de", set()),
    ("He said; Le Monde reported it.", "Il a dit ; Le Monde l'a rapporté.", "en", "fr", set()),
    ("Il a fini ; je pars.", "He is done; I leave.", "fr", "en", set()),
    ("Rules: A; The second; The third one.", "Regeln: A; Die zweite; Die dritte.", "en", "de", set()),
    ("Haus; Garten", "Haus; Garten", "de", "de", set()),
    # a litre symbol after a number may be written with "l" (SI); other units and names keep their capitals
    (
        "Add 2 L of water and 150 mL of the RPMI medium.",
        "Añada 2 l de agua y 150 ml del medio RPMI.",
        "en",
        "es",
        set(),
    ),
    ("A 5 MHz signal.", "Un signal de 5 mhz.", "en", "fr", {"spelling.lost_capitals"}),
    ("The mL scale of the MAPK kit.", "L'échelle ml du kit MAPK.", "en", "fr", {"spelling.lost_capitals"}),
    # passing
    ("Data from the National Surveillance System.", "Données du Système national de surveillance.", "en", "fr", set()),
    ("It happened in Canada.", "C'est arrivé au Canada.", "en", "fr", set()),
    ("The iPhone sold well.", "iPhone s'est bien vendu.", "en", "fr", set()),
    ("mRNA vaccines work.", "les vaccins à ARNm fonctionnent.", "en", "fr", set()),
    ("Buy it on YouTube or PowerPoint.", "Achetez-le sur YouTube ou PowerPoint.", "en", "fr", set()),
    ("Call getValue first.", "Appelez d'abord getValue.", "en", "fr", set()),
    ("See www.example.org/HomePage now.", "Voir www.example.org/HomePage maintenant.", "en", "fr", set()),
    ("In 2020, there were 3 cases (n = 538).", "En 2020, il y avait 3 cas (n = 538).", "en", "fr", set()),
    ("Or so they said.", "Ou alors, disaient-ils.", "en", "fr", set()),
    ("1,2-dichloroethane and N,N-dimethyl.", "1,2-dichloroéthane et N,N-diméthyle.", "en", "fr", set()),
]


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang", "expected"), CASES)
def test_golden(source: str, target: str, source_lang: str, target_lang: str, expected: set[str]) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("spelling",))
    assert failing_ids(findings) == expected, [(f.check, f.excerpt, f.message) for f in findings]


def test_lost_capitals_suggests_the_source_form() -> None:
    findings = findings_for(
        "The FOXO and MAPK pathways.", "Les voies foxo et mapk.", checks=("spelling.lost_capitals",)
    )
    assert [(f.excerpt, f.suggestion) for f in findings] == [("foxo", "FOXO"), ("mapk", "MAPK")]


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # An English plural acronym, written without its "s" and its capitals.
        ("Most NGOs signed the letter.", "La plupart des ngo ont signé la lettre.", "fr", [("ngo", "NGO")]),
        # The name after an elided article or preposition.
        ("The report of the FBI was late.", "Il rapporto dell'fbi era in ritardo.", "it", [("fbi", "FBI")]),
        ("EC is for occasional use.", "L'ec est destinée à un usage occasionnel.", "fr", [("ec", "EC")]),
        # A lower-case acronym whose letters the target language reorders.
        ("The DNA sample was lost.", "La muestra de adn se perdió.", "es", [("adn", "DNA")]),
        (
            "Viral RNA of SARS-CoV-2 was found.",
            "L'arn viral du sras-cov-2 a été trouvé.",
            "fr",
            [("arn", "RNA"), ("sras-cov-2", "SARS-CoV-2")],
        ),
    ],
)
def test_lost_capitals_of_acronyms(source: str, target: str, target_lang: str, expected: list[tuple[str, str]]) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("spelling.lost_capitals",))
    assert [(f.excerpt, f.suggestion) for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "pair", "expected"),
    [
        (
            "La non-compaction du ventricule gauche (NCVG) est rare.",
            "Left ventricular non-compaction (lvnc) is rare.",
            "fr-en",
            [("lvnc", "LVNC")],
        ),
        (
            "The European Central Bank (ECB) held rates.",
            "Die Europäische Zentralbank (ezb) hielt die Zinsen.",
            "en-de",
            [("ezb", "EZB")],
        ),
        # Written in capitals, a word in brackets that is no acronym, or brackets that do not pair.
        (
            "The European Central Bank (ECB) held rates.",
            "Die Europäische Zentralbank (EZB) hielt die Zinsen.",
            "en-de",
            [],
        ),
        ("Rates were held (see below).", "Les taux sont maintenus (voir ci-dessous).", "en-fr", []),
        ("Le ventricule (NCVG) et l'imagerie (IRM).", "The ventricle (lvnc) and imaging.", "fr-en", []),
    ],
)
def test_lost_capitals_of_an_acronym_in_brackets(
    source: str, target: str, pair: str, expected: list[tuple[str, str]]
) -> None:
    source_lang, target_lang = pair.split("-")
    findings = findings_for(source, target, source_lang, target_lang, checks=("spelling.lost_capitals",))
    assert [(f.excerpt, f.suggestion) for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang"),
    [
        ("The SEC fined these firms.", "La SEC a infligé une amende à ces entreprises.", "fr"),
        ("The USA and its allies met.", "Gli USA e i loro alleati, con la sua delegazione.", "it"),
        ("Viral RNA was found.", "L'ARN viral a été trouvé.", "fr"),
        ("The NGOs met.", "Les ONG se sont réunies.", "fr"),
        ("Fish and chips at O'Brien's.", "Fish and chips chez O'Brien.", "fr"),
        # A hyphenated word of a capitalised title, after an elided preposition.
        ("A loan from the Export-Import Bank of China.", "Un prêt de la Banque d'export-import de Chine.", "fr"),
    ],
)
def test_acronyms_written_right_or_common_words_are_not_lost_capitals(
    source: str, target: str, target_lang: str
) -> None:
    assert not findings_for(source, target, "en", target_lang, checks=("spelling.lost_capitals",))


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "excerpt", "suggestion"),
    [
        (
            "Keys go in the side pocket.",
            "Las llaves van en el bolsillolateral.",
            "es",
            "bolsillolateral",
            "bolsillo lateral",
        ),
        ("Put it in the pocket of the jacket.", "Mettilo nella tascadel giubbotto.", "it", "tascadel", "tasca del"),
        # a short determiner glued to the word after it
        ("Clean the taps weekly.", "Nettoyez lesrobinets chaque semaine.", "fr", "lesrobinets", "les robinets"),
        ("Water the plants daily.", "Rieguen diario lasplantas.", "es", "lasplantas", "las plantas"),
        # other words run together are still reported
        (
            "A cover for the side pocket.",
            "Una cubierta para el bolsillolateral.",
            "es",
            "bolsillolateral",
            "bolsillo lateral",
        ),
        ("The thermal bottle.", "A garrafatérmica.", "pt", "garrafatérmica", "garrafa térmica"),
        # a function word of one or two letters glued to a common word, after it or before it
        ("A travel case is included.", "Incluye una funda protectorade viaje.", "es", "protectorade", "protectora de"),
        ("Keep a spare battery.", "Tenete una batteriadi ricambio.", "it", "batteriadi", "batteria di"),
        ("Lift the lid of the jar.", "Soulevez le couvercledu bocal.", "fr", "couvercledu", "couvercle du"),
        ("Check the length first.", "Verifique primeiro ocomprimento.", "pt", "ocomprimento", "o comprimento"),
        (
            "Works with any USB port.",
            "Fonctionne avec tout port compatibleUSB.",
            "fr",
            "compatibleUSB",
            "compatible USB",
        ),
    ],
)
def test_words_run_together_without_a_capital_between(
    source: str, target: str, target_lang: str, excerpt: str, suggestion: str
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("spelling.run_together",))
    assert [(f.excerpt, f.suggestion) for f in findings] == [(excerpt, suggestion)]


@pytest.mark.parametrize(
    ("source", "target", "target_lang"),
    [
        ("A self-cleaning oven.", "Un four autonettoyant.", "fr"),  # a combining form opens a compound
        ("The judges would repeal them.", "Les juges les abrogeraient.", "fr"),  # a verb form wordfreq lacks
        ("Fast charger included.", "Schnellladegerät enthalten.", "de"),  # German writes compounds closed
        ("Ripstop nylon shell.", "Coque en nylon ripstop.", "fr"),  # the source writes the word so
        ("Tested to EN 71.", "Testé selon EN 71.", "fr"),
        # a word that merely opens with a determiner's letters
        ("A unanimous and selfless choice.", "Una decisión unánime y desinteresada.", "es"),
        ("The pitted road.", "Una strada lastricata.", "it"),
        # verb-noun compounds are one word
        ("Includes seat covers.", "Incluye cubreasientos.", "es"),
        ("Keyboard cover in silicone.", "Un copritastiera in silicone.", "it"),
        ("Card holder in leather.", "Un portecartes en cuir.", "fr"),
        # rare words that open or end with the letters of a short function word
        ("A screw-on cap.", "Una tapa desenroscable.", "es"),
        ("A rechargeable torch.", "Una torcia ricaricabile.", "it"),
        ("Support for the fans.", "Um apoiador dos adeptos.", "pt"),
        ("An unwavering commitment.", "Un engagement indéfectible.", "fr"),
        # an agent noun wordfreq lacks: a stem and a derivational ending, not two words
        ("A needle threader.", "Um enfiador de agulha.", "pt"),
        ("A manual sharpener.", "Un affûteur manuel.", "fr"),
        ("A quick peeler.", "Uno sbucciatore rapido.", "it"),
        # Romanian writes its definite article after the noun ("lor" is also "their")
        ("Works with most boilers and pumps.", "Funcționează cu majoritatea centralelor și a pompelor.", "ro"),
        ("The owners of the farms met.", "Proprietarii fermelor s-au întâlnit.", "ro"),
    ],
)
def test_compounds_and_words_of_the_source_are_not_run_together(source: str, target: str, target_lang: str) -> None:
    assert findings_for(source, target, "en", target_lang, checks=("spelling.run_together",)) == ()


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # the language's "and" glued to a common word
        ("Sturdy and light frame.", "Marco resistentey ligero.", "es", ["resistentey"]),
        ("Light and sturdy frame.", "Telaio leggeroe robusto.", "it", ["leggeroe"]),
        # written apart, or a word that merely ends so, is left alone
        ("Sturdy and light frame.", "Marco muy resistente y ligero, hoy y siempre.", "es", []),
        ("Light and sturdy frames.", "Telai leggeri e robusti, anche a settimane.", "it", []),
    ],
)
def test_a_conjunction_glued_to_the_word_before(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("spelling.run_together",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a unit of the source glued to the capitalised word after it
        ("Akku mit 4000 mAh", "Battery with 4000 mAhCapacity", "de", "en", ["mAhCapacity"]),
        ("Couple de serrage de 45 Nm", "Anzugsmoment von 45 NmMaximal", "fr", "de", ["NmMaximal"]),
        # apart, hyphenated, spelled out, or a brand the source writes so: left alone
        ("Torque: 60 Nm", "Drehmoment: 60 Nm Maximal", "en", "de", []),
        ("Power: 5 W", "Leistung: 5 Watt", "en", "de", []),
        ("Speicher mit 10 kWh", "Storage with 10 kWh-Capacity", "de", "en", []),
        ("Serves 4 McFlurry fans", "Pour 4 McFlurry amateurs", "en", "fr", []),
    ],
)
def test_a_unit_glued_to_the_word_after_it(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("spelling.run_together",))
    assert [f.excerpt for f in findings] == expected


def test_a_compound_written_in_several_paragraphs_is_a_word_of_the_engine() -> None:
    # Spanish "soportellaves" (a key holder) is unknown to wordfreq and splits into "soporte" + "llaves";
    # written alike in the title and a bullet, it is a compound the engine knows, not a slip.
    source = "Wall key holder\n\nThe key holder has five hooks."
    twice = "Soportellaves de pared\n\nEl soportellaves tiene cinco ganchos."
    once = "Soporte de pared\n\nEl soportellaves tiene cinco ganchos."
    assert findings_for(source, twice, "en", "es", checks=("spelling.run_together",)) == ()
    assert [f.excerpt for f in findings_for(source, once, "en", "es", checks=("spelling.run_together",))] == [
        "soportellaves"
    ]
    # two words run together once are still reported beside a compound written twice
    slip = "Soportellaves de pared\n\nEl soportellaves tiene cinco ganchos en la parteinferior."
    source_slip = "Wall key holder\n\nThe key holder has five hooks at the bottom."
    found = findings_for(source_slip, slip, "en", "es", checks=("spelling.run_together",))
    assert [f.excerpt for f in found] == ["parteinferior"]


def test_run_together_suggests_the_two_words() -> None:
    findings = findings_for(
        "Place it on the forehead. Fasten the strap.",
        "Placez-le sur le frontFixez la sangle.",
        checks=("spelling.run_together",),
    )
    assert [(f.excerpt, f.suggestion) for f in findings] == [("frontFixez", "front Fixez")]


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.sampled_from(["fr", "de", "en", "und"]),
)
def test_never_crashes(source: str, target: str, lang: str) -> None:
    assert_robust("spelling", source, target, "en", lang)


JOIN_PIECES = ["a", "b", "ß", "é", "A", "Ö", "x1", ".", ",", ";", "!", " ", "_", "-", "iP", "Medium"]


@given(st.lists(st.sampled_from(JOIN_PIECES), max_size=10))
@settings(max_examples=400)
def test_every_run_together_match_holds_the_hint(pieces: list[str]) -> None:
    from mtqa.checks.spelling import _JOINED, _JOINED_HINT, _joined_in

    text = "".join(pieces)
    if _JOINED.search(text):
        assert _JOINED_HINT.search(text)
    assert _joined_in(text) == bool(_JOINED.search(text))


# The hint as first written, from the lower-case letter: the same texts must hold it.
OLD_JOINED_HINT = r"[a-zà-ÿß][.!?;,]?[A-ZÀ-ÖØ-Þ]|[a-zà-ÿß][,;][a-zà-ÿß]"


@given(st.lists(st.sampled_from([*JOIN_PIECES, "?", "À", "þ", "Þ", "ÿ", "×"]), max_size=10))
@settings(max_examples=400)
def test_the_run_together_hint_holds_where_it_held_as_first_written(pieces: list[str]) -> None:
    import re

    from mtqa.checks.spelling import _JOINED_HINT

    text = "".join(pieces)
    assert bool(_JOINED_HINT.search(text)) == bool(re.search(OLD_JOINED_HINT, text))


@given(st.text(st.sampled_from("aÉ1²_-'’. &x"), max_size=20))
@settings(max_examples=300)
def test_words_are_read_as_the_per_character_pattern_read_them(text: str) -> None:
    import re

    from mtqa.checks.spelling import _WORD

    old = r"[^\W_](?:[\w]|[-'’](?=[^\W_]))*"
    assert [m.span() for m in _WORD.finditer(text)] == [m.span() for m in re.finditer(old, text)]
    compiled = re.compile(old)
    for position in range(len(text)):  # first_word() matches at a position
        new_match, old_match = _WORD.match(text, position), compiled.match(text, position)
        assert (new_match and new_match.span()) == (old_match and old_match.span())


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "expected"),
    [
        # German capitalises every part of a compound noun: no evidence of a name.
        (
            "Viele Räder waren E-Bikes, andere Cargo-Bikes.",
            "Many of the bikes were e-bikes, others cargo-bikes.",
            "de",
            set(),
        ),
        ("Sie kaufen Online-Tickets.", "They buy online-tickets.", "de", set()),
        # An acronym or an inner capital inside a German compound still marks a name.
        (
            "Das Team von McLaren-Mercedes gewann.",
            "The mclaren-mercedes team won.",
            "de",
            {"spelling.lost_capitals"},
        ),
        # A source that does not capitalise nouns keeps its reading.
        (
            "Mañana llega el Real-Madrid al estadio.",
            "Tomorrow real-madrid arrives at the stadium.",
            "es",
            {"spelling.lost_capitals"},
        ),
    ],
    ids=["de-compounds", "de-online", "de-inner-capital", "es-name"],
)
def test_capitals_of_compound_parts_in_a_noun_capitalising_source(
    source: str, target: str, source_lang: str, expected: set[str]
) -> None:
    findings = findings_for(source, target, source_lang, "en", checks=("spelling.lost_capitals",))
    assert {f.check for f in findings} == expected


PRODUCT = CheckConfig(profile="product")


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        ("Clip the lid onto the base.", "Fixez le Couvercle sur la base.", "fr", ["Couvercle"]),
        ("The soft strap adjusts easily.", "La correa Suave se ajusta fácilmente.", "es", ["Suave"]),
        ("Rinse the jug with water.", "Sciacquare la Caraffa con acqua.", "it", ["Caraffa"]),
        # a word the source writes too, but in lower case
        ("Five years on the motor, two on the rest.", "Cinco anos no Motor, dois no resto.", "pt", ["Motor"]),
        ("Rinse the filter media monthly.", "Enjuague los Media filtrantes cada mes.", "es", ["Media"]),
        # names kept from the source, institutions, names joined by a connector, title case in the source
        ("Pair it with the Acme Hub app.", "Associez-le à l’application Acme Hub.", "fr", []),
        ("Approved by the regional government.", "Aprobado por el Gobierno regional.", "es", []),
        ("Sold at the Bari market.", "Venduto alla Camera di Commercio di Bari.", "it", []),
        ("Shop Now and Save Big!", "Achetez Maintenant et Économisez Gros !", "fr", []),
        ("Romania reported most cases.", "C’est la Roumanie qui a signalé le plus de cas.", "fr", []),
        # German capitalises its nouns
        ("Clip the lid onto the base.", "Den Deckel auf die Basis klemmen.", "de", []),
        # a glued brand of the source not kept: its rendering may be capitalised (names.* judges it)
        ("The FrostLock lid seals tightly.", "Il coperchio Blocco Gelo chiude ermeticamente.", "it", []),
        ("Use the QuietBreeze fan at night.", "Usa el ventilador Brisa Silenciosa de noche.", "es", []),
        # a glued brand kept as written motivates nothing else
        ("The FrostLock lid seals tightly.", "Il FrostLock chiude bene il Coperchio.", "it", ["Coperchio"]),
    ],
)
def test_unmotivated_capitals_in_product_text(source: str, target: str, target_lang: str, expected: list[str]) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("spelling.unmotivated_capital",), config=PRODUCT)
    assert [f.excerpt for f in findings] == expected


def test_unmotivated_capitals_are_not_judged_in_news() -> None:
    assert findings_for("Clip the lid on.", "Fixez le Couvercle.", checks=("spelling.unmotivated_capital",)) == ()


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # a word of a product name written in lower case after its brand, which the translation keeps
        ("Order the AquaPeak Max bottle today.", "Ordina oggi la borraccia AquaPeak max.", "it", ["max"]),
        ("The iPhone Mini fits in a pocket.", "El iPhone mini cabe en un bolsillo.", "es", ["mini"]),
        # kept as written, or a plain title word after an acronym or a capitalised word (a title)
        ("Order the AquaPeak Max bottle today.", "Ordina oggi la borraccia AquaPeak Max.", "it", []),
        ("Buy the USB Cable here.", "Compra aquí el USB cable.", "es", []),
        ("The Harbor Light lamp dims.", "La lampe Harbor light baisse.", "fr", []),
        # a function word after the brand is no word of the name
        ("Pair the SoundBox With your phone.", "Associez la SoundBox with votre téléphone.", "fr", []),
    ],
)
def test_a_word_of_a_product_name_loses_its_capital_after_the_kept_brand(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("spelling.lost_capitals",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "expected"),
    [
        ("For your safety, wear gloves.", "Tragen Sie zu ihrer sicherheit Handschuhe.", "en", ["sicherheit"]),
        ("L'appartement est lumineux.", "Die wohnung ist hell.", "fr", ["wohnung"]),
        ("The setting is simple.", "Die einstellung ist einfach.", "en", ["einstellung"]),
        ("Les spécialités locales.", "Die lokalen spezialitäten.", "fr", ["spezialitäten"]),
        # capitalised, an adjective, or a word the source writes so too (a tag, a code)
        ("For your safety, wear gloves.", "Tragen Sie zu Ihrer Sicherheit Handschuhe.", "en", []),
        ("A young and fresh team.", "Ein Team, jung und frisch, mit Schwung.", "en", []),
        # participles and verbs that end like plural nouns, an adjective ending in "jung"
        ("They were forced to farm.", "Sie waren gezwungen zu bewirtschaften, blutjung.", "en", []),
        ("Set the flag sicherheit to true.", "Setzen Sie das Flag sicherheit auf true.", "en", []),
    ],
)
def test_a_german_noun_written_in_lower_case(source: str, target: str, source_lang: str, expected: list[str]) -> None:
    findings = findings_for(source, target, source_lang, "de", checks=("spelling.lower_case_noun",))
    assert [f.excerpt for f in findings] == expected


def test_languages_that_write_nouns_in_lower_case_are_not_judged() -> None:
    assert (
        findings_for(
            "With ease.", "Con leggerezza e facilità, la sicherheit.", "en", "it", checks=("spelling.lower_case_noun",)
        )
        == ()
    )


def test_words_longer_than_two_words_run_together_are_not_cut() -> None:
    from mtqa.checks.spelling import _LONG_WORD

    # each cut of a long word is looked up: a blob of 100,000 letters took seconds, one of 1.5 MB hours
    assert [m.group() for m in _LONG_WORD.finditer("la " + "b" * 64 + " et " + "c" * 65 + " fin")] == ["b" * 64]
    assert _LONG_WORD.search("x" * 200_000) is None


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        # The translation opens with a conjunction: the translator joined the segment to the one before.
        ("They took the train and went home.", "und fuhren dann mit dem Zug nach Hause.", "en", "de"),
        ("Ils sont partis tôt.", "and they left early.", "fr", "en"),
        ("Luego cerraron la tienda.", "et ils ont fermé la boutique.", "es", "fr"),
        # The source opens with a connective that the translation moved into the previous segment.
        ("So this is the second model we built.", "le deuxième modèle que nous avons construit.", "en", "fr"),
        ("Und das war der Anfang.", "the beginning of it all.", "de", "en"),
    ],
)
def test_a_segment_that_continues_the_one_before_is_not_a_lower_case_start(
    source: str, target: str, source_lang: str, target_lang: str
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("spelling.sentence_start",))
    assert not findings, [(f.excerpt, f.message) for f in findings]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # Not at the start of the text: the paragraph before ends, so the conjunction starts a sentence.
        ("It rained.\n\nAnd we stayed home.", "Es regnete.\n\nund wir blieben zu Hause.", "en", "de", "und"),
        # At the start, but neither side opens with a conjunction or connective.
        ("The museum opened in May.", "le musée a ouvert en mai.", "en", "fr", "le"),
        ("Los resultados son buenos.", "i risultati sono buoni.", "es", "it", "i"),
    ],
)
def test_a_lower_case_start_without_a_connective_is_reported(
    source: str, target: str, source_lang: str, target_lang: str, expected: str
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=("spelling.sentence_start",))
    assert [f.excerpt for f in findings] == [expected]


REGIONAL = "spelling.regional_variant"


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # A text tagged "en" (CLDR's en-US) is American unless it spells British as a house style.
        ("Les enfants ont un comportement calme.", "The children's behaviour is calm.", "fr", "en", ["behaviour"]),
        ("Die Daten wurden zusammengefasst.", "The data were summarised by age.", "de", "en", ["summarised"]),
        ("El esófago del paciente.", "The patient's oesophagus was narrow.", "es", "en", ["oesophagus"]),
        ("Le programme de vaccination.", "The vaccination programme.", "fr", "en", ["programme"]),
        # Two British spellings more than American ones: a British text; the American word is reported.
        (
            "Ils ont analysé le comportement du programme et la couleur.",
            "They analysed the behaviour of the programme and the color.",
            "fr",
            "en",
            ["color"],
        ),
        # A British region: American spellings British English does not write.
        ("Das Zentrum der Stadt.", "The center of the town.", "de", "en-GB", ["center"]),
        ("Il a analysé l'humour.", "He analyzed the humor.", "fr", "en-AU", ["analyzed", "humor"]),
    ],
)
def test_english_spelt_the_other_regions_way(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=(REGIONAL,))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang"),
    [
        ("Nous avons analysé les données.", "We analyzed the data.", "en"),
        # Oxford spelling (-ize), software "program" and the verb "license" are British English too.
        ("Ils ont organisé le programme.", "They organized the program and licensed it.", "en-GB"),
        # Names keep their owner's spelling; words American writers spell alike are left alone.
        ("Le parti travailliste et le Centre Pompidou.", "The Labour Party and the Centre Pompidou.", "en"),
        ("Je promets quatre héros au théâtre.", "I promise four heroes a glamour show at the theatre.", "en"),
        ("Le timbre de sa voix.", "The timbre of her voice.", "en"),
        # Canadian English mixes the two: nothing is said.
        ("La couleur du centre.", "The colour of the center.", "en-CA"),
        # Not English.
        ("The centre of the town.", "Le centre de la ville.", "fr"),
    ],
)
def test_regional_spellings_that_are_right(source: str, target: str, target_lang: str) -> None:
    source_lang = "en" if target_lang == "fr" else "fr"
    findings = findings_for(source, target, source_lang, target_lang, checks=(REGIONAL,))
    assert not findings, [(f.excerpt, f.message) for f in findings]


def test_a_long_text_whose_only_regional_spelling_is_british_is_british() -> None:
    sentence = "The council met on Tuesday and the members discussed the budget for the coming year at length. "
    source = "Le conseil s'est réuni mardi. " * 8
    target = sentence * 8 + "The new line will run for twelve kilometres along the coast."
    assert not findings_for(source, target, "fr", "en", checks=(REGIONAL,))
    # The same sentence alone: a segment, whose tag (en, en-US) decides.
    short = findings_for("La ligne fera douze kilomètres.", target.rsplit(". ", 1)[-1], "fr", "en", checks=(REGIONAL,))
    assert [f.excerpt for f in short] == ["kilometres"]


PROPER = "spelling.lower_case_proper"


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "expected"),
    [
        ("Les Canadiens et le Canada.", "The canadians and canada's provinces.", "fr", ["canadians", "canada"]),
        ("Die Grenze zu Syrien und Indien.", "The syrian and indian borders.", "de", ["syrian", "indian"]),
        ("Una iniciativa panafricana de Kenia.", "A pan-african initiative from kenya.", "es", ["kenya"]),
        ("Il parle hindi et japonais.", "He speaks hindi and japanese.", "fr", ["hindi", "japanese"]),
        ("Ein Schweizer Unternehmen.", "A swiss company.", "de", ["swiss"]),
    ],
)
def test_country_and_nationality_words_in_lower_case(
    source: str, target: str, source_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, source_lang, "en", checks=(PROPER,))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        ("Les Canadiens ont voté.", "Canadians have voted.", "fr", "en"),
        # Ordinary words in lower case: porcelain, the bird, the verb.
        ("De la porcelaine et une dinde.", "Fine china and a roast turkey; polish the jersey.", "fr", "en"),
        # The source writes the word in lower case too: a code or a file name.
        ("Le fichier canada.csv est prêt.", "The file canada.csv is ready.", "fr", "en"),
        ("Set the locale to japanese.", "Stellen Sie die Sprache auf japanese.", "en", "de"),
        # Languages that write nationality adjectives in lower case are not judged.
        ("The Canadian team won.", "L'équipe canadienne a gagné.", "en", "fr"),
        ("The Syrian border.", "Die syrische Grenze.", "en", "de"),
    ],
)
def test_lower_case_words_that_are_no_names(source: str, target: str, source_lang: str, target_lang: str) -> None:
    findings = findings_for(source, target, source_lang, target_lang, checks=(PROPER,))
    assert not findings, [(f.excerpt, f.message) for f in findings]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (
            "It is easy to change position every hour.",
            "Het is makkelijk om elk uur van houding teveranderen.",
            ["teveranderen"],
        ),
        ("He came back to repair the roof.", "Hij kwam terug om het dak terepareren.", ["terepareren"]),
        # apart, or words the language opens with the same letters
        ("It is easy to change position every hour.", "Het is makkelijk om elk uur van houding te veranderen.", []),
        ("We are satisfied and pleased at the same time.", "We zijn tevreden en tegelijk blij.", []),
        ("Jobs fell, which was disappointing.", "De tewerkstelling daalde, wat teleurstellend was.", []),
    ],
    ids=["te-veranderen", "te-repareren", "apart", "tevreden-tegelijk", "tewerkstelling"],
)
def test_a_dutch_particle_glued_to_its_infinitive(source: str, target: str, expected: list[str]) -> None:
    findings = findings_for(source, target, "en", "nl", checks=("spelling.run_together",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # a nationality or language the source names, capitalised where the target writes it in lower case
        ("Turkish coffee is strong.", "Il caffè Turco è forte.", "it", ["Turco"]),
        ("The film has subtitles in English.", "A película tem legendas em Inglês.", "pt", ["Inglês"]),
        ("We serve Italian food every day.", "Servimos comida Italiana todos los días.", "es", ["Italiana"]),
        ("The manual is in Swedish and Finnish.", "Bruksanvisningen är på Svenska och finska.", "sv", ["Svenska"]),
        ("Turkish coffee is strong.", "Kawa po Turecku jest mocna.", "pl", ["Turecku"]),
        # written in lower case, inside a name, a people in French, a language that capitalises them
        ("We serve Italian food every day.", "Servimos comida italiana todos los días.", "es", []),
        ("The Royal Spanish Academy agreed.", "La Real Academia Española estuvo de acuerdo.", "es", []),
        ("Many French people came.", "Beaucoup de Français sont venus.", "fr", []),
        ("The French cuisine.", "Die Französische Küche.", "de", []),
        # a surname kept from the source
        ("Italian teacher Francesca Greco won.", "L'insegnante di italiano Francesca Greco ha vinto.", "it", []),
    ],
    ids=[
        "it-turco",
        "pt-ingles",
        "es-italiana",
        "sv-svenska",
        "pl-turecku",
        "es-lower",
        "es-name",
        "fr-people",
        "de",
        "it-surname",
    ],
)
def test_a_nationality_or_language_is_written_in_lower_case_where_the_language_does(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("spelling.demonym_capital",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # a preposition and an article run together, which the lexicon knows only as a rare typo
        ("The mount locks with the supplied key", "La fixation se verrouille avecla clé fournie", "fr", ["avecla"]),
        ("Clean it with a soft cloth.", "Límpielo conun paño suave.", "es", ["conun"]),
        ("Clean it with the brush.", "Pulire conla spazzola.", "it", ["conla"]),
        ("A case for a phone.", "Uma capa paraum telefone.", "pt", ["paraum"]),
        # a Swedish "och" glued after a compound the lexicon lacks
        ("Buckles on waist belt and leg loops", "Spännen på höftbältetoch benöglorna", "sv", ["höftbältetoch"]),
        # words written so: a verb, a noun, a word of the source, "och" alone, a name ending so
        ("He talks to the press.", "Il parle à la presse.", "fr", []),
        ("A pearl necklace.", "Una collana di perle.", "it", []),
        ("A common problem.", "Um problema comum.", "pt", []),
        ("Use the conel port.", "Utilice el puerto conel.", "es", []),
        ("The harness and the rope", "Selen och repet", "sv", []),
        ("Murdoch spoke.", "Murdoch talade.", "sv", []),
    ],
    ids=[
        "fr-avecla",
        "es-conun",
        "it-conla",
        "pt-paraum",
        "sv-och",
        "fr-parle",
        "it-perle",
        "pt-comum",
        "es-source",
        "sv-apart",
        "sv-name",
    ],
)
def test_a_preposition_and_an_article_or_a_final_conjunction_run_together(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(source, target, "en", target_lang, checks=("spelling.run_together",))
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # an acronym after a common word opens no name: the capital after it is unmotivated
        ("Night vision with infrared LEDs.", "Visión nocturna con LED Infrarrojos.", "es", ["Infrarrojos"]),
        ("Charge it with the USB cable included.", "Caricalo con il cavo USB Incluso.", "it", ["Incluso"]),
        # in lower case, capitalised in the source, or a name led by an acronym
        ("Night vision with infrared LEDs.", "Visión nocturna con LED infrarrojos.", "es", []),
        ("Plug it into the USB Type-C port.", "Conéctelo al puerto USB Tipo-C.", "es", []),
        ("The BBC Proms start today.", "Los BBC Proms empiezan hoy.", "es", []),
    ],
    ids=["es-led", "it-usb", "es-lower", "es-source-capital", "es-name"],
)
def test_a_capital_after_an_acronym_is_judged(source: str, target: str, target_lang: str, expected: list[str]) -> None:
    config = CheckConfig(profile="product")
    findings = findings_for(source, target, "en", target_lang, checks=("spelling.unmotivated_capital",), config=config)
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # a title-case tagline capitalises every word: it makes no word of the article a name
        ("Caffè fresco, ogni mattina\n\nInfuso mattutino con Filtro in acciaio.", ["Filtro"]),
        ("Caffè fresco, ogni mattina\n\nInfuso mattutino con filtro in acciaio.", []),
    ],
    ids=["it-capital", "it-lower"],
)
def test_a_title_case_tagline_motivates_no_capital(target: str, expected: list[str]) -> None:
    source = "Fresh Coffee, Every Morning\n\nMorning brew with a steel filter."
    config = CheckConfig(profile="product")
    findings = findings_for(source, target, "en", "it", checks=("spelling.unmotivated_capital",), config=config)
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        # pronouns of address capitalised out of courtesy are motivated; another capital is not
        ("Role określają, co każda osoba w Twojej organizacji może zmieniać.", "pl", []),
        ("Role určují, co může každá osoba ve Vaší organizaci měnit.", "cs", []),
        ("Role określają, co każda Osoba w twojej organizacji może zmieniać.", "pl", ["Osoba"]),
    ],
    ids=["pl-twojej", "cs-vasi", "pl-osoba"],
)
def test_a_courtesy_capital_is_motivated(target: str, target_lang: str, expected: list[str]) -> None:
    source = "Roles control what each person in your organisation can change."
    config = CheckConfig(profile="docs")
    findings = findings_for(source, target, "en", target_lang, checks=("spelling.unmotivated_capital",), config=config)
    assert [f.excerpt for f in findings] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "expected"),
    [
        # English capitalises nationality words wherever they stand: no stray capital
        ("Servire con formaggio svizzero grattugiato.", "Serve with grated Swiss cheese.", "it", []),
        ("Cocínalo despacio en una cazuela de hierro.", "Cook it slowly in a Dutch oven.", "es", []),
        ("Servire con formaggio grattugiato.", "Serve with Grated cheese on top.", "it", ["Grated"]),
    ],
    ids=["it-swiss", "es-dutch", "it-grated"],
)
def test_a_nationality_word_is_a_motivated_capital(
    source: str, target: str, source_lang: str, expected: list[str]
) -> None:
    config = CheckConfig(profile="product")
    findings = findings_for(source, target, source_lang, "en", checks=("spelling.unmotivated_capital",), config=config)
    assert [f.excerpt for f in findings] == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(
                [
                    "Turkish",
                    "turkish",
                    "Turco",
                    "Turca",
                    "Deutsche",
                    "Französisch",
                    "French-",
                    "l'Italien",
                    "&amp;",
                    "Dan",
                ]
            )
            | st.text(alphabet="TtuRrkiSshé-'&; 1", min_size=1, max_size=9),
            max_size=10,
        ).map(" ".join),
        min_size=1,
        max_size=3,
    ),
    st.sampled_from(["en", "it", "de", "fr", "sv"]),
)
def test_the_languages_a_source_names_are_those_its_words_name_one_by_one(texts: list[str], lang: str) -> None:
    # Read from the source's distinct words once per run (a shortcut): the codes its words name one by one.
    from mtqa.checks.spelling import MIN_NAME_WORD, _language_index, _named_language, _named_languages, _words
    from mtqa.lang import Language

    language = Language.parse(lang)
    by_prefix = _language_index(language)
    expected = {
        code
        for text in texts
        for word in _words(text)
        if word.text[:1].isupper()
        and (code := _named_language(word.text, by_prefix.get(word.text[:MIN_NAME_WORD].casefold(), ()))) is not None
    }
    assert _named_languages(tuple(texts), language) == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a name joined by a conjunction to a name kept from the source is one of a series of names
        (
            "L'altoparlante si collega tramite AirPlay.",
            "The speaker connects over AirPlay and Ethernet.",
            "it",
            "en",
            [],
        ),
        ("Se connecte en USB-C.", "Se conecta por USB-C o Thunderbolt.", "fr", "es", []),
        # a common word so joined to a mixed-case name the source does not hold stays unmotivated
        ("Il filtro si lava a mano.", "Wash the ZorVex and Filter by hand.", "it", "en", ["Filter"]),
        # and a capital after a conjunction that follows a common word too
        ("Lavare il coperchio e il filtro.", "Wash the lid and Filter.", "it", "en", ["Filter"]),
    ],
)
def test_a_capital_in_a_series_of_names_is_motivated(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = findings_for(
        source, target, source_lang, target_lang, checks=("spelling.unmotivated_capital",), config=PRODUCT
    )
    assert [f.excerpt for f in findings] == expected


def test_an_acronym_read_as_a_word_keeps_its_first_capital_only_in_portuguese() -> None:
    # Portuguese press style: an acronym of four letters or more read as a word takes one capital.
    source = "UNICEF and the FAO will fund the programme, UNICEF said on Friday."
    target = "O Unicef e a FAO vão financiar o programa, disse o Unicef na sexta-feira."
    assert "spelling.acronym_case" not in failing_ids(findings_for(source, target, "en", "pt-BR"))
    assert "spelling.acronym_case" not in failing_ids(findings_for(source, target, "en", "pt-PT"))
    # An acronym spelt letter by letter keeps its capitals there too.
    source = "The BNDES will lend the money, the bank said."
    target = "O Bndes vai emprestar o dinheiro, disse o banco."
    assert "spelling.acronym_case" in failing_ids(findings_for(source, target, "en", "pt-BR"))
    # Languages without the style are still told.
    source = "UNICEF will fund the programme, UNICEF said on Friday."
    target = "Unicef financiará el programa, dijo Unicef el viernes."
    assert "spelling.acronym_case" in failing_ids(findings_for(source, target, "en", "es"))
