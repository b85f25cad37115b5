"""Golden table and properties of the names family, on invented names in several language pairs."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.checks.base import CheckContext
from mtqa.checks.names.extract import Token
from mtqa.config import CheckConfig
from mtqa.lang import Language
from mtqa.model import Alignment, Finding, Paragraph, ParagraphBead, Span
from tests.checks_helpers import STRESS_ALPHABET, assert_robust, context_for, default_encoder, findings_of

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpora" / "china-us-ai-talks"


def with_similarity(context: CheckContext, similarity: float) -> CheckContext:
    """The context with every matched bead given ``similarity`` (the helper aligns without an encoder)."""
    beads = tuple(
        replace(
            bead,
            similarity=similarity if bead.source and bead.target else None,
            sentences=tuple(
                replace(s, similarity=similarity if s.source and s.target else None) for s in bead.sentences
            ),
        )
        for bead in context.alignment.beads
    )
    return replace(context, alignment=Alignment(tuple(ParagraphBead(**vars(b)) for b in beads), "test"))


def names_findings(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    use_encoder: bool = False,
    config: CheckConfig | None = None,
) -> tuple[Finding, ...]:
    context = with_similarity(context_for(source, target, source_lang, target_lang, config=config), 0.8)
    if use_encoder:
        context = replace(context, encoder=default_encoder())
    return findings_of(context, ("names",))


# (source, target, source language, target language, expected failing check ids, expected excerpt)
# Without an encoder: a literal rendering is recognised by a shared word stem.
CASES = [
    # names.literal_translation
    (
        "Shares of Nordic Steel rose after the deal.",
        "Les actions d'Acier Nordique ont augmenté après l'accord.",
        "en",
        "fr",
        {"names.literal_translation"},
        "Acier Nordique",
    ),
    (
        "Shares of Nordic Steel rose after the deal.",
        "Die Aktien von Nordischer Stahl stiegen nach dem Geschäft.",
        "en",
        "de",
        {"names.literal_translation"},
        "Nordischer Stahl",
    ),
    (
        "According to the Silver Lake Tribune, the mayor resigned.",
        "Selon la Tribune du Lac d'Argent, le maire a démissionné.",
        "en",
        "fr",
        {"names.literal_translation"},
        "Tribune du Lac d'Argent",
    ),
    (
        "The report was published by the Brightwater Gazette on Monday.",
        "Le rapport a été publié par la Gazette de Brightwater lundi.",
        "en",
        "fr",
        {"names.literal_translation"},
        "Gazette de Brightwater",
    ),
    (
        "Analysts at Bank of Tessaly expect growth.",
        "Les analystes de la Banque de Tessalie prévoient une croissance.",
        "en",
        "fr",
        {"names.literal_translation"},
        "Banque de Tessalie",
    ),
    (
        # a name word kept, another translated, the order changed; "Air" of "Air Canada" explains nothing
        "Ridge Air cancelled its flights to Kelso, while Air Canada added two.",
        "Air Crête a annulé ses vols vers Kelso, tandis qu'Air Canada en a ajouté deux.",
        "en",
        "fr",
        {"names.literal_translation"},
        "Air Crête",
    ),
    # a nationality adjective and a name with an established rendering: the adjective translated and
    # moved, the rest rendered as established ...
    (
        "The Indonesian Red Cross sent aid to the island.",
        "Das Indonesische Rote Kreuz schickte Hilfe auf die Insel.",
        "en",
        "de",
        set(),
        None,
    ),
    ("The Swiss Red Cross sent aid.", "La Croix-Rouge suisse a envoyé de l'aide.", "en", "fr", set(), None),
    # a common word opening the sentence before an acronym is no name's word ...
    ("Wireless USB adapter with two ports.", "Adaptateur USB sans fil à deux ports.", "en", "fr", set(), None),
    ("Durable PVC cover for outdoor use.", "Funda de PVC resistente para exteriores.", "en", "es", set(), None),
    # ... but the rest rendered word by word, the adjective in the middle, is still a literal rendering
    (
        "The Indonesian Red Cross sent aid to the island.",
        "La Croix Indonésienne Rouge a envoyé de l'aide sur l'île.",
        "en",
        "fr",
        {"names.literal_translation"},
        "Croix Indonésienne Rouge",
    ),
    # a word of the name (a city) also used elsewhere in the sentence: the occurrences pair up in order,
    # the last one is the name's own and the rest of the name is translated around it
    (
        "Fans from Lyon filled Lyon Silver Dome on Sunday.",
        "Des supporters de Lyon ont rempli le Dôme d'Argent de Lyon dimanche.",
        "en",
        "fr",
        {"names.literal_translation"},
        "Dôme d'Argent de Lyon",
    ),
    # names.missing
    (
        "Marta Kowalczyk, an engineer at Pinewood Robotics, presented the prototype.",
        "Ingénieure chez Pinewood Robotics, elle a présenté le prototype.",
        "en",
        "fr",
        {"names.missing"},
        "Ingénieure chez Pinewood Robotics, elle a présenté le prototype.",
    ),
    (
        "Die Ausstellung wurde von Jonas Feldkamp kuratiert und eröffnet.",
        "L'exposition a été organisée et inaugurée par le conservateur.",
        "de",
        "fr",
        {"names.missing"},
        "L'exposition a été organisée et inaugurée par le conservateur.",
    ),
    # passing: names kept, established exonyms, descriptive institutions, titles, respellings
    (
        "Fans from Lyon filled Lyon Silver Dome on Sunday.",
        "Des supporters de Lyon ont rempli le Lyon Silver Dome dimanche.",
        "en",
        "fr",
        set(),
        None,
    ),
    # a missing full stop glues a pronoun to a name: "CellScan We" is "CellScan", kept
    (
        "The hospital introduced CellScan We compared cases before and after the deployment of CellScan.",
        "L'hôpital a introduit CellScan Nous avons comparé les cas avant et après le déploiement de CellScan.",
        "en",
        "fr",
        set(),
        None,
    ),
    (
        "Shares of Nordic Steel rose sharply in London.",
        "Die Aktien von Nordic Steel stiegen in London deutlich.",
        "en",
        "de",
        set(),
        None,
    ),
    (
        "The report was published by the Brightwater Gazette on Monday.",
        "Le rapport a été publié par le Brightwater Gazette lundi.",
        "en",
        "fr",
        set(),
        None,
    ),
    (
        "Marta Kowalczyk, an engineer at Pinewood Robotics, presented the prototype.",
        "Marta Kowalczyk, ingénieure chez Pinewood Robotics, a présenté le prototype.",
        "en",
        "fr",
        set(),
        None,
    ),
    (
        "The Red Cross sent aid to Geneva and Moscow, said the Foreign Ministry.",
        "La Croix-Rouge a envoyé de l'aide à Genève et à Moscou, a indiqué le ministère des Affaires étrangères.",
        "en",
        "fr",
        set(),
        None,
    ),
    (
        "The European Central Bank met in Frankfurt before the World Cup.",
        "La Banque centrale européenne s'est réunie à Francfort avant la Coupe du monde.",
        "en",
        "fr",
        set(),
        None,
    ),
    (
        "Officials from the United States and the National Planning Commission met in Beijing.",
        "Des responsables des États-Unis et de la Commission nationale de planification se sont réunis à Pékin.",
        "en",
        "fr",
        set(),
        None,
    ),
    (
        "Chancellor Olaf Brenner met President Amara Diallo in Vienna in March.",
        "Le chancelier Olaf Brenner a rencontré le président Amara Diallo à Vienne en mars.",
        "en",
        "fr",
        set(),
        None,
    ),
    (
        "Die Europäische Zentralbank und das Rote Kreuz in Genf.",
        "La Banque centrale européenne et la Croix-Rouge à Genève.",
        "de",
        "fr",
        set(),
        None,
    ),
    (
        "Die Ausstellung zeigt Werke von Wassily Kandinsky aus München.",
        "L'exposition montre des œuvres de Vassily Kandinsky venues de Munich.",
        "de",
        "fr",
        set(),
        None,
    ),
    ("Fans of Inter Milan travelled to Turin.", "Fans von Inter Mailand reisten nach Turin.", "en", "de", set(), None),
    ("Tessa Varga works at Quillon Labs.", "Tessa Varga arbeitet bei Quillon Labs.", "en", "de", set(), None),
    # passing: real-text false alarms (WMT21 references), invented text of the same shape. A German
    # title or descriptor before a one-word name; a German genitive; an adjective built on a name;
    # established renderings (inflected, Babel city names, French metonyms); a French portfolio.
    (
        "Der Vorstoß von Finanzminister Kessler scheiterte. Kessler schwieg.",
        "L'initiative du ministre des Finances, Kessler, a échoué. Kessler s'est tu.",
        "de",
        "fr",
        set(),
        None,
    ),
    (
        "Die Prüfer der Finanzaufsicht Quorix wurden verstärkt.",
        "Les contrôleurs de l'Autorité de supervision financière Quorix ont été renforcés.",
        "de",
        "fr",
        set(),
        None,
    ),
    (
        "Die Börse ist verstimmt über Brandts Wunschkandidatin. Brandt schweigt.",
        "La Bourse est mécontente de la candidate souhaitée par Brandt. Brandt se tait.",
        "de",
        "fr",
        set(),
        None,
    ),
    (
        "Der Stabschef des Weißen Hauses, Tom Reed, sprach im Sender.",
        "Le chef de cabinet de la Maison-Blanche, Tom Reed, a parlé à la chaîne.",
        "de",
        "fr",
        set(),
        None,
    ),
    (
        "Melbourne-based Quillon Lending is taking part.",
        "Der in Melbourne ansässige Finanzierer Quillon Lending nimmt teil.",
        "en",
        "de",
        set(),
        None,
    ),
    (
        "The bank backed the new security law for Hong Kong.",
        "Die Bank unterstützte das neue Sicherheitsgesetz für Hongkong.",
        "en",
        "de",
        set(),
        None,
    ),
    (
        "Tunisia was praised after the Arab Spring uprisings.",
        "Tunesien wurde nach den Aufständen des Arabischen Frühlings gelobt.",
        "en",
        "de",
        set(),
        None,
    ),
    (
        "Le fonds sera doté de 600 millions, a annoncé Bercy, et Bercy le gérera.",
        "Der Fonds wird mit 600 Millionen ausgestattet, teilte das Finanzministerium mit, das ihn verwalten wird.",
        "fr",
        "de",
        set(),
        None,
    ),
    (
        "Le ministre de l'Économie Paul Marin a salué le budget.",
        "Wirtschaftsminister Paul Marin begrüßte den Haushalt.",
        "fr",
        "de",
        set(),
        None,
    ),
    # passing: invented text of the shapes of blind-written articles. Provinces and regions (Babel has
    # none), in a headline too; a country-named agency; a festival with a leading article; the portfolio
    # before "Minister"; an English head in a German source; a name's own words reordered.
    (
        "Wildfires spread across British Columbia and Nova Scotia.",
        "Des feux de forêt se propagent en Colombie-Britannique et en Nouvelle-Écosse.",
        "en",
        "fr",
        set(),
        None,
    ),
    (
        "Wildfires force 900 people from their homes in British Columbia",
        "Feux de forêt en Colombie-Britannique : 900 personnes évacuées",
        "en",
        "fr",
        set(),
        None,
    ),
    (
        "Environment and Climate Change Canada issued heat warnings.",
        "Environnement et Changement climatique Canada a émis des avertissements de chaleur.",
        "en",
        "fr",
        set(),
        None,
    ),
    (
        "LUNEL — Le Festival de Lunel a annoncé dimanche avoir vendu 5 000 billets.",
        "LUNEL — The Lunel Festival announced on Sunday that it had sold 5,000 tickets.",
        "fr",
        "en",
        set(),
        None,
    ),
    (
        "The federal government agreed. Federal Emergency Preparedness Minister Claire Dubois spoke on Sunday.",
        "Le gouvernement fédéral a accepté. La ministre fédérale de la Protection civile, Claire Dubois, "
        "s'est exprimée dimanche.",
        "en",
        "fr",
        set(),
        None,
    ),
    (
        "In ihrer Rede auf dem vom US-Chile Business Council organisierten Gipfel sprach sie.",
        "Dans son discours lors du sommet organisé par le Conseil des affaires américano-chilien, elle a parlé.",
        "de",
        "fr",
        set(),
        None,
    ),
    (
        "Il a travaillé sur les Pianos Verlaine et la Salle Verlaine.",
        "Er arbeitete an Verlaine Pianos und der Salle Verlaine.",
        "fr",
        "de",
        set(),
        None,
    ),
    # a company's common-noun head translated by a cognate is no respelling
    (
        "Shares of Kelvra Electronics rose after the deal.",
        "Les actions de Kelvra Électronique ont augmenté après l'accord.",
        "en",
        "fr",
        {"names.literal_translation"},
        "Kelvra Électronique",
    ),
    # passing: a central or development bank named by places and public words is translated
    # ... but a bank named after no known place is a company's name ("Bank of Veloria")
    (
        "The Bank of Veloria kept its rate, the Veloria Daily said.",
        "La Banque de Veloria a maintenu son taux, a indiqué le Veloria Daily.",
        "en",
        "fr",
        {"names.literal_translation"},
        "Banque de Veloria",
    ),
    (
        "The Bank of Korea kept its benchmark rate at 3.5% on Thursday.",
        "La Banque de Corée a maintenu son taux directeur à 3,5 % jeudi.",
        "en",
        "fr",
        set(),
        None,
    ),
    (
        "The African Development Bank says the region needs more money.",
        "La Banque africaine de développement estime que la région a besoin de plus d'argent.",
        "en",
        "fr",
        set(),
        None,
    ),
    # passing: a state whose name opens with a stopword keeps it and its exonym
    (
        "Rail workers across New South Wales walked off the job on Tuesday.",
        "Les cheminots de toute la Nouvelle-Galles du Sud ont cessé le travail mardi.",
        "en",
        "fr",
        set(),
        None,
    ),
]


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang", "expected", "excerpt"), CASES)
def test_golden(
    source: str, target: str, source_lang: str, target_lang: str, expected: set[str], excerpt: str | None
) -> None:
    findings = names_findings(source, target, source_lang, target_lang)
    assert {f.check for f in findings} == expected, [(f.check, f.excerpt) for f in findings]
    if excerpt is not None:
        assert [f.excerpt for f in findings] == [excerpt]
        assert all(f.severity == "major" and f.suggestion and f.source_span for f in findings)


# With the encoder: literal renderings that share no stem with the name.
ENCODER_CASES = [
    # a body named by its type, then common words, and the complement after its connector: translated
    (
        "De Stichting Oude Molens van het Groene Hart vraagt subsidie voor de restauratie.",
        "The Foundation for Old Mills of the Green Heart is asking for a grant for the restoration.",
        "nl",
        "en",
        [],
    ),
    # ... a brand after the type is a name
    (
        "De Stichting Zonnevonk opent een nieuwe werkplaats in Utrecht.",
        "The Foundation Sun Spark opens a new workshop in Utrecht.",
        "nl",
        "en",
        ["Foundation Sun"],
    ),
    # a portfolio in brackets after a person named with a title is translated; a company is not
    (
        "Volgens minister Karin de Vries (Binnenlandse Zaken) komt er geen uitstel.",
        "According to minister Karin de Vries (Home Affairs), there will be no delay.",
        "nl",
        "en",
        [],
    ),
    (
        "Volgens Karin de Vries van Blauwe Haven Logistiek komt er geen uitstel.",
        "According to Karin de Vries of Blue Harbour Logistics, there will be no delay.",
        "nl",
        "en",
        ["Karin de Vries of Blue Harbour Logistics"],
    ),
    # a body named by its town, which the target writes as an adjective: translated with it
    (
        "Members of Krakow Walkers marched on Sunday.",
        "Członkowie stowarzyszenia Krakowscy Piechurzy maszerowali w niedzielę.",
        "en",
        "pl",
        [],
    ),
    # a state company named by a public word and its field is translated; a brand is not
    (
        "A Companhia Nacional de Transportes informou o plano.",
        "The National Transport Company announced the plan.",
        "pt",
        "en",
        [],
    ),
    (
        "A Cooperativa Rio Azul informou o plano.",
        "The Blue River Cooperative announced the plan.",
        "pt",
        "en",
        ["Blue River Cooperative"],
    ),
    # a head before an adjective in the genitive governs it: the body's name, translated
    (
        "Der Verband Norddeutscher Molkereien teilte am Dienstag in Kiel mit, der Absatz sei gesunken.",
        "The Association of North German Dairies said in Kiel on Tuesday that sales had fallen.",
        "de",
        "en",
        [],
    ),
    # an Italian head behind an elided article, and regions, provinces and professional orders
    (
        "L’Accademia di Valdorsa ha aperto un nuovo laboratorio, finanziato dalla Regione Valdorsa.",
        "The Valdorsa Academy has opened a new laboratory, funded by the Valdorsa Region.",
        "it",
        "en",
        [],
    ),
    (
        "Ieri l’Ordine dei farmacisti ha protestato. Secondo l’Ordine, le chiusure sono troppe.",
        "Yesterday the pharmacists' association protested. According to the association, there are too many closures.",
        "it",
        "en",
        [],
    ),
    # a surname respelt as a common word, where the translation keeps it as written elsewhere
    (
        "Die Bürgermeisterin Greta Fischer sagte, die Brücke sei sicher. Fischer kündigte neue Prüfungen an.",
        "Mayor Greta Fisher said the bridge was safe. Fischer announced new inspections.",
        "de",
        "en",
        ["Greta Fisher"],
    ),
    # ... not an inflected form of it (a German genitive of an English name)
    (
        "Bush gave a speech in Ohio. The speech by Bush was short.",
        "Bush hielt eine Rede in Ohio. Bushs Rede war kurz.",
        "en",
        "de",
        [],
    ),
    # common words in capitals are emphasis, not a name
    (
        "Le produit sent très mauvais. MAUVAISE SURPRISE pour les clients, qui se plaignent.",
        "Das Produkt riecht sehr schlecht. BÖSE ÜBERRASCHUNG für die Kunden, die sich beschweren.",
        "fr",
        "de",
        [],
    ),
    # only the classifier translated, in the name's order: how the target names the river, not a
    # literal rendering; a reordered name with its head translated is one
    (
        "Police searched the River Wyre again on Monday, a spokesman said.",
        "Die Polizei durchsuchte am Montag erneut den Fluss Wyre, sagte ein Sprecher.",
        "en",
        "de",
        [],
    ),
    # an observatory's name is translated with its head, which moves where the target puts heads
    (
        "Astronomers at the Pico Blanco Observatory photographed the comet on Tuesday.",
        "Los astrónomos del Observatorio Pico Blanco fotografiaron el cometa el martes.",
        "en",
        "es",
        [],
    ),
    (
        "Gli astronomi dell'Osservatorio Monte Sereno hanno fotografato la cometa martedì.",
        "Astronomers at the Monte Sereno Observatory photographed the comet on Tuesday.",
        "it",
        "en",
        [],
    ),
    # a metropolitan area: a target prefix and the place ("Grand X", "Großraum X"); a reordering is not
    (
        "Rents in Greater Dunmore rose again last year, the board said.",
        "Les loyers du Grand Dunmore ont encore augmenté l'an dernier, selon la chambre.",
        "en",
        "fr",
        [],
    ),
    (
        "Rents in Metro Dunmore rose again last year, the board said.",
        "Les loyers du Grand Dunmore ont encore augmenté l'an dernier, selon la chambre.",
        "en",
        "fr",
        [],
    ),
    (
        "Rents in Greater London rose again last year, the board said.",
        "Die Mieten im Großraum London stiegen im vergangenen Jahr erneut, teilte die Kammer mit.",
        "en",
        "de",
        [],
    ),
    (
        "Rents in Greater Dunmore rose again last year, the board said.",
        "Les loyers de Dunmore Plus Grand ont encore augmenté l'an dernier, selon la chambre.",
        "en",
        "fr",
        ["Dunmore Plus"],
    ),
    # a royal bank named by its country is translated; a company's bank is not
    (
        "Olav Berge, an economist at the Royal Bank of Norway, was cautious.",
        "Olav Berge, économiste à la Banque royale de Norvège, s'est montré prudent.",
        "en",
        "fr",
        [],
    ),
    (
        "Olav Berge, an economist at Golden Harbour Bank, was cautious.",
        "Olav Berge, économiste à la Banque du Port Doré, s'est montré prudent.",
        "en",
        "fr",
        ["Banque du Port Doré"],
    ),
    # a descriptive name split at "and": the portfolio after "Ministry of", the words before "Council"
    (
        "The deal was signed, the Federal Ministry of Fisheries and Green Economy said on Monday.",
        "L'accord a été signé, a indiqué lundi le ministère fédéral de la Pêche et de l'Économie verte.",
        "en",
        "fr",
        [],
    ),
    (
        "More than 9,000 people fled, the National Coastal Flood Prevention and Response Council said.",
        "Plus de 9 000 personnes ont fui, a indiqué le Conseil national de prévention et de réponse aux "
        "inondations côtières.",
        "en",
        "fr",
        [],
    ),
    # real-text false alarms: a German noun phrase (every noun capitalised) translated, not a dropped
    # name; a run spanning two phrases; a title glued to a person name kept verbatim
    (
        "Scharfe Regeln gelten künftig für alle Schlachthöfe im Land.",
        "Des règles strictes s'appliqueront désormais à tous les abattoirs du pays.",
        "de",
        "fr",
        [],
    ),
    (
        "Dort wurde sein Vertrag nach nur acht Monaten Ende 2018 wieder aufgehoben.",
        "Son contrat y a été résilié fin 2018, après seulement huit mois.",
        "de",
        "fr",
        [],
    ),
    (
        "Senator Ada Quill met House Speaker Nora Vance on Friday.",
        "Senatorin Ada Quill traf am Freitag die Sprecherin des Repräsentantenhauses Nora Vance.",
        "en",
        "de",
        [],
    ),
    (
        "The Morning Herald and the Financial Times disagreed.",
        "Le Héraut du Matin et le Temps financiers n'étaient pas d'accord.",
        "en",
        "fr",
        ["Héraut du Matin", "Temps financiers"],
    ),
    (
        "Die Süddeutsche Rundschau berichtete am Dienstag über den Streit.",
        "La Revue du Sud-Allemand a rapporté mardi le différend.",
        "de",
        "fr",
        ["Revue du Sud-Allemand"],
    ),
    (
        "The Wall Street Journal and Halvorsen Capital reported the merger.",
        "Le Journal de Wall Street et Halvorsen Capital ont rapporté la fusion.",
        "en",
        "fr",
        ["Journal de Wall Street"],
    ),
    (
        "The Wall Street Journal and Halvorsen Capital reported the merger.",
        "Le Wall Street Journal et Halvorsen Capital ont rapporté la fusion.",
        "en",
        "fr",
        [],
    ),
    # French MT writes translated names in sentence case: a capitalised word, then lower-case words
    (
        "A spokesperson told the Pacific Press news agency on Monday.",
        "Un porte-parole l'a dit lundi à l'agence Presse pacifique.",
        "en",
        "fr",
        ["Presse pacifique"],
    ),
    (
        "Its chairman told the Morning Ledger on Tuesday.",
        "Son président l’a déclaré mardi au Registre du matin.",
        "en",
        "fr",
        ["Registre du matin"],
    ),
    (
        "The mayor told the Valley Herald that arenas were open.",
        "Le maire a déclaré au Héraut de la vallée que les arénas étaient ouvertes.",
        "en",
        "fr",
        ["Héraut de la vallée"],
    ),
    (
        "Ridge Air cancelled its flights to Kelso, while Air Canada added two.",
        "Air Crête a annulé ses vols vers Kelso, tandis qu'Air Canada en a ajouté deux.",
        "en",
        "fr",
        ["Air Crête"],
    ),
    # ... but not a phrase: one starting with an article, a name and a verb, an inflected place, a
    # phrase running into a rendered place, a country-named agency, a festival
    (
        "König Halvard: Finanzielle Einbußen wegen der Krise?",
        "Le roi Halvard : Des pertes financières à cause de la crise ?",
        "de",
        "fr",
        [],
    ),
    (
        "So wurde am Dienstag eine Untersuchung Varians bekannt.",
        "Une enquête de Varian avait ainsi été annoncée mardi.",
        "de",
        "fr",
        [],
    ),
    (
        "Die Ermittlungen laufen auch in den Vereinigten Arabischen Emiraten.",
        "L'enquête est aussi menée aux Émirats arabes unis.",
        "de",
        "fr",
        [],
    ),
    (
        "Wildfires force 900 people from their homes in British Columbia",
        "Feux de forêt en Colombie-Britannique : 900 personnes évacuées",
        "en",
        "fr",
        [],
    ),
    (
        "Environment and Climate Change Canada issued heat warnings.",
        "Environnement et Changement climatique Canada a émis des avertissements de chaleur.",
        "en",
        "fr",
        [],
    ),
    (
        "LUNEL — Le Festival de Lunel a annoncé dimanche avoir vendu 5 000 billets.",
        "LUNEL — The Lunel Festival announced on Sunday that it had sold 5,000 tickets.",
        "fr",
        "en",
        [],
    ),
    # a nationality or place adjective (Babel's language and country names, names.toml's demonyms) and
    # a name with an established rendering: the adjective is translated and moved, even into the rendering
    (
        "The Indonesian Red Cross sent aid to the island.",
        "La Croix-Rouge indonésienne a envoyé de l'aide sur l'île.",
        "en",
        "fr",
        [],
    ),
    (
        "The Japanese Foreign Ministry summoned the envoy.",
        "Le ministère japonais des Affaires étrangères a convoqué l'envoyé.",
        "en",
        "fr",
        [],
    ),
    ("The German Red Cross opened a centre.", "Das Deutsche Rote Kreuz eröffnete ein Zentrum.", "en", "de", []),
    # the organisation's own name, in the adjective's language
    ("The German Red Cross opened a centre.", "Le Deutsches Rotes Kreuz a ouvert un centre.", "en", "fr", []),
    ("Das Deutsche Rote Kreuz eröffnete ein Zentrum.", "La Croix-Rouge allemande a ouvert un centre.", "de", "fr", []),
    ("The Mexican Red Cross sent aid.", "La Croix-Rouge mexicaine a envoyé de l'aide.", "en", "fr", []),
    ("The Swiss Red Cross sent aid.", "La Croix-Rouge suisse a envoyé de l'aide.", "en", "fr", []),
    # ... and a mountain range with an established rendering (names.toml)
    (
        "Snow closed three passes in the French Alps on Sunday.",
        "Schnee sperrte am Sonntag drei Pässe in den Französischen Alpen.",
        "en",
        "de",
        [],
    ),
    (
        "Hikers crowded the Spanish Pyrenees this summer.",
        "Les randonneurs se sont pressés dans les Pyrénées espagnoles cet été.",
        "en",
        "fr",
        [],
    ),
    # a descriptive fund or programme of a Spanish source is translated
    (
        "El Fondo Verde Municipal financiará 40 huertos urbanos.",
        "The Municipal Green Fund will finance 40 urban gardens.",
        "es",
        "en",
        [],
    ),
    # a person of a body ("Anna Berg of Northfield University") is two names: the person's is kept, the
    # body's translated
    (
        "Dr. Lena Marsh of Northfield Technical University led the study.",
        "Çalışmayı Northfield Teknik Üniversitesinden Dr. Lena Marsh yönetti.",
        "en",
        "tr",
        [],
    ),
    (
        "Dr. Lena Marsh of Northfield Technical University led the study.",
        "L'étude a été dirigée par Lena Swamp de l'Université technique de Northfield.",
        "en",
        "fr",
        ["Lena Swamp"],
    ),
    # ... but a bank stays with the person: a company's name may be made of public words, and it is kept
    (
        "Tom Reyes of Royal Bank of Ireland cut his forecast.",
        "Tom Reyes von der Königlichen Bank von Irland senkte seine Prognose.",
        "en",
        "de",
        ["Königlichen Bank"],
    ),
    (
        "The Italian Coast Guard rescued 40 people.",
        "La garde côtière italienne a secouru 40 personnes.",
        "en",
        "fr",
        [],
    ),
    # ... but a rest rendered word by word, or with no established rendering, is still literal
    (
        "The Indonesian Red Cross sent aid to the island.",
        "Le Rouge Croix indonésien a envoyé de l'aide sur l'île.",
        "en",
        "fr",
        ["Rouge Croix indonésien"],
    ),
    (
        "The Japanese Steel Works said profits fell.",
        "Les Travaux d'Acier Japonais ont dit que les profits ont baissé.",
        "en",
        "fr",
        ["Travaux d'Acier Japonais"],
    ),
    # sentence case: the capitalised word is the name's own, the lower-case words translate the rest
    (
        "The pledges fall short, the Daily Nation reported on Friday.",
        "Ces promesses restent insuffisantes, a rapporté vendredi la Nation quotidienne.",
        "en",
        "fr",
        ["Nation quotidienne"],
    ),
    (
        "The Sydney Morning Herald reported on Wednesday that talks resumed.",
        "Le Herald du matin de Sydney a rapporté mercredi que les discussions avaient repris.",
        "en",
        "fr",
        ["Herald du matin"],
    ),
    # a newspaper named by an article and a cognate: the ending that makes "Succès" read "Success" is no
    # inflection, and the name with its article translated is literal
    (
        "« C'est un échec », a déclaré le maire au quotidien Le Succès de Vaudrey.",
        "“It is a failure,” the mayor told the daily newspaper The Success of Vaudrey.",
        "fr",
        "en",
        ["The Success of Vaudrey"],
    ),
    # a local authority is named by what it is, which is translated
    (
        "VAUDREY — La Métropole de Vaudrey a voté mardi un nouveau plan de transport.",
        "VAUDREY — The Vaudrey Metropolis on Tuesday voted for a new transport plan.",
        "fr",
        "en",
        [],
    ),
    # Spanish capitalises every word of a minister's portfolio: translated, with the minister's name kept
    (
        "«Es un buen día», afirmó el ministro de Pesca Artesanal de Tandil, Ramiro Vidal, en la feria.",
        "“It is a good day,” said Tandil's Artisanal Fishing Minister Ramiro Vidal at the fair.",
        "es",
        "en",
        [],
    ),
    (
        "«Es un buen día», afirmó el presidente de Pesca Artesanal de Tandil, Ramiro Vidal, en la feria.",
        "“It is a good day,” said Ramiro Vidal, chairman of Tandil Artisanal Fishing, at the fair.",
        "es",
        "en",
        ["Tandil Artisanal Fishing"],
    ),
    # a company name of words glued together: each glued word is a word its translation renders
    (
        "The contract went to the Dutch group SilverPine Foods, which beat two rivals.",
        "El contrato fue para el grupo neerlandés Alimentos Pino Plateado, que superó a dos rivales.",
        "en",
        "es",
        ["Alimentos Pino Plateado"],
    ),
    (
        "The contract went to the Dutch group SilverPine Foods, which beat two rivals.",
        "El contrato fue para el grupo neerlandés SilverPine Foods, que superó a dos rivales.",
        "en",
        "es",
        [],
    ),
    # a public body's head, then a connector and an article: the complement is its remit, translated;
    # a venue's complement is a name of its own
    (
        "The dam will be rebuilt, the Ministry for the Coastal Restoration said on Monday.",
        "La presa será reconstruida, según informó el lunes el Ministerio para la Restauración Costera.",
        "en",
        "es",
        [],
    ),
    (
        "Tickets sold out, the Department of the Northern Fisheries said.",
        "Les billets sont épuisés, a indiqué le ministère des Pêches du Nord.",
        "en",
        "fr",
        [],
    ),
    (
        "Tickets sold out, the Theatre of the Floating Lantern said.",
        "Les billets sont épuisés, a indiqué le Théâtre de la Lanterne flottante.",
        "en",
        "fr",
        ["Lanterne flottante"],
    ),
]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # every noun is capitalised: a run of two phrases' nouns, one of them rendered, is no name
        (
            "Als die Krise begann, beantragten in der Region viele Firmen Kurzarbeit.",
            "Au début de la crise, de nombreuses sociétés de la région ont demandé le chômage partiel.",
            [],
        ),
        (
            "Der Konzern kaufte im großen Stil Anleihen der Stadt Graz.",
            "Le groupe a acheté massivement des obligations de la ville de Graz.",
            [],
        ),
        # a person's name left out of an otherwise translated sentence is still reported
        (
            "Am Montag eröffnete Hanna Lindqvist die neue Brücke über den Fluss.",
            "Lundi, la nouvelle passerelle sur le fleuve a été inaugurée par la maire.",
            ["names.missing"],
        ),
    ],
    ids=["two-phrases", "adverbial-and-object", "person-dropped"],
)
def test_german_noun_runs_with_a_rendered_word_are_no_missing_name(
    source: str, target: str, expected: list[str]
) -> None:
    findings = names_findings(source, target, "de", "fr", use_encoder=True)
    assert [f.check for f in findings] == expected, [(f.check, f.excerpt) for f in findings]


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang", "excerpts"), ENCODER_CASES)
def test_literal_translation_with_encoder(
    source: str, target: str, source_lang: str, target_lang: str, excerpts: list[str]
) -> None:
    findings = names_findings(source, target, source_lang, target_lang, use_encoder=True)
    assert [(f.check, f.excerpt) for f in findings] == [("names.literal_translation", e) for e in excerpts]


def test_one_word_without_a_shared_stem_is_no_literal_rendering() -> None:
    # Real-text false alarm ("Gottes Segen" -> "Dieu"): one word for a name of several, sharing no stem
    # with it, is a description or a reference; the name may be missing, but it is not rendered literally.
    source, target = (
        "Brenholt prayed to Almighty Vorn for his family.",
        "Brenholt betete zum Schöpfer für seine Familie.",
    )
    findings = names_findings(source, target, "en", "de", use_encoder=True)
    assert [f for f in findings if f.check == "names.literal_translation"] == []


def test_configured_rendering_is_accepted() -> None:
    config = CheckConfig(names={"Nordic Steel": ("Acier Nordique",)})
    source, target = "Shares of Nordic Steel rose.", "Les actions d'Acier Nordique ont augmenté."
    assert names_findings(source, target, "en", "fr", config=config) == ()


@pytest.mark.parametrize(("profile", "found"), [("news", 1), ("product", 0), ("ui", 0), ("docs", 0)])
def test_capitalised_common_words_are_no_name_outside_news(profile: str, found: int) -> None:
    # Product copy capitalises for emphasis: "Premium Garden Hose" is a description, not a brand.
    source, target = "Buy the Premium Garden Hose today.", "Achetez le Tuyau Garden Premium aujourd'hui."
    assert len(names_findings(source, target, "en", "fr", config=CheckConfig(profile=profile))) == found


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # the name's Latin hard "c" spelt "k": a cognate of the name, not a dropped name
        ("Die Stadt entfernte am Montag ein Denkmal der Konföderierten. Andere Konföderiertendenkmäler bleiben.", []),
        ("Die Stadt entfernte am Montag ein Denkmal. Andere Denkmäler der Südstaaten bleiben.", ["names.missing"] * 2),
    ],
    ids=["cognate", "dropped"],
)
def test_a_name_spelt_with_k_for_c_is_partly_present(target: str, expected: list[str]) -> None:
    source = "The city removed a Confederate statue on Monday. Other Confederate monuments stay."
    findings = names_findings(source, target, "en", "de")
    assert [f.check for f in findings] == expected, [(f.check, f.excerpt) for f in findings]


def test_missing_name_needs_a_decent_similarity() -> None:
    # A low similarity means the sentence is omitted or mistranslated: the omission checks report it.
    source = "Marta Kowalczyk, an engineer at Pinewood Robotics, presented the prototype."
    target = "Ingénieure chez Pinewood Robotics, elle a présenté le prototype."
    context = with_similarity(context_for(source, target, "en", "fr"), 0.3)
    assert findings_of(context, ("names.missing",)) == ()


_BRIDGE_SOURCE = (
    "The mayor opened the new bridge on Monday. It cost 40 million euros to build. Traffic is expected to "
    "ease in the city centre. The project was led by the engineer Marta Kowalczyk, who had worked on it for "
    "more than ten years with a small team."
)
_BRIDGE_TARGET = (
    "Le maire a inauguré le nouveau pont lundi. Sa construction a coûté 40 millions d'euros. La circulation "
    "devrait s'alléger dans le centre-ville. Le projet a été dirigé par une ingénieure{}."
)


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        (" qui y avait travaillé plus de dix ans avec une petite équipe", ["names.missing"]),
        # the name went with the rest of its clause: the translation is cut short, an omission that
        # omission.short_translation reports, not a name dropped from a translated sentence
        ("", []),
    ],
    ids=["name-dropped", "clause-dropped"],
)
def test_name_dropped_with_its_clause_is_an_omission(rest: str, expected: list[str]) -> None:
    findings = names_findings(_BRIDGE_SOURCE, _BRIDGE_TARGET.format(rest), "en", "fr")
    assert [f.check for f in findings] == expected


@pytest.mark.parametrize("use_encoder", [False, True], ids=["stems", "encoder"])
def test_seed_chine_direct_at_its_spans(use_encoder: bool) -> None:
    source, target = (SEED / "en.txt").read_text(), (SEED / "fr.txt").read_text()
    findings = names_findings(source, target, "en", "fr", use_encoder=use_encoder)
    literal = [f for f in findings if f.check == "names.literal_translation"]
    first = target.index("Chine Direct")
    second = target.index("Chine Direct", first + 1)
    source_first = source.index("China Daily")
    source_second = source.index("China Daily", source_first + 1)
    assert [(f.target_span, f.source_span, f.suggestion) for f in literal] == [
        ((first, first + 12), (source_first, source_first + 11), "China Daily"),
        ((second, second + 12), (source_second, source_second + 11), "China Daily"),
    ] or [
        ((f.target_span.start, f.target_span.end), (f.source_span.start, f.source_span.end), f.suggestion)
        for f in literal
        if f.target_span and f.source_span
    ] == [
        ((first, first + 12), (source_first, source_first + 11), "China Daily"),
        ((second, second + 12), (source_second, source_second + 11), "China Daily"),
    ]
    assert [f for f in findings if f.check == "names.missing"] == []


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.text(alphabet=STRESS_ALPHABET, min_size=1, max_size=80) | st.text(min_size=1, max_size=60),
    st.sampled_from(["fr", "de", "en", "und"]),
)
def test_never_crashes(source: str, target: str, lang: str) -> None:
    assert_robust("names", source, target, "en", lang)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Nordic", "Steel", "of", "the", "Ça", "d'Or", "Üb", "A.", "’s", " ", "\n\n"]),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from(["fr", "de", "en"]),
)
def test_never_crashes_on_name_like_text(words: list[str], lang: str) -> None:
    text = " ".join(words)
    assert_robust("names", text, text[::-1], "en", lang)


def test_tokens_carry_their_folded_form_and_case_but_compare_by_text_and_place() -> None:
    from mtqa.checks._textutil import fold
    from mtqa.checks.names.extract import Name, tokens_of
    from mtqa.model import Span

    tokens = tokens_of("l’Élysée and d'Argent Étienne x", 10)
    assert [(t.text, t.folded, t.capitalised) for t in tokens] == [
        ("l", "l", False),
        ("Élysée", "elysee", True),
        ("and", "and", False),
        ("d", "d", False),
        ("Argent", "argent", True),
        ("Étienne", "etienne", True),
        ("x", "x", False),
    ]
    assert all(t.folded == fold(t.text) for t in tokens)
    assert tokens[1] == type(tokens[1])("Élysée", Span(12, 18)) and hash(tokens[1]) == hash(
        tokens[1].__class__("Élysée", Span(12, 18))
    )
    name = Name(tuple(tokens[1:6]), frozenset({"and", "d"}))
    assert [t.text for t in name.content] == ["Élysée", "Argent", "Étienne"] and name.capitalised == 3


@given(
    st.text(
        st.sampled_from(["A", "b", "É", "d", "l", "Q", "u", "'", "’", "s", " ", "-", ".", "&", "1", "_"]), max_size=30
    )
)
def test_token_texts_are_the_texts_of_the_tokens(text: str) -> None:
    from mtqa.checks.names.extract import token_texts, tokens_of

    assert token_texts(text) == {t.text for t in tokens_of(text, 0)}


def test_token_texts_split_elisions_and_drop_possessives_as_tokens_do() -> None:
    from mtqa.checks.names.extract import token_texts

    assert token_texts("Qu’il parle d'Orléans, Merkel's plan, l'État-Major") == {
        "Qu", "il", "parle", "d", "Orléans", "Merkel", "plan", "l", "État-Major"
    }  # fmt: skip


@given(
    st.text(st.sampled_from(["A", "b", "É", "'", "’", "s", " ", "-", ".", "&", "1", "_"]), max_size=20),
    st.integers(1, 50),
)
def test_tokens_at_an_offset_point_into_the_text_at_that_offset(text: str, offset: int) -> None:
    from mtqa.checks._textutil import fold
    from mtqa.checks.names.extract import tokens_of
    from mtqa.runcache import RunMemo, memo_scope

    with memo_scope(RunMemo()):  # the tokens read from the start are memoised, then shifted
        from_start = tokens_of(text, 0)
        shifted = tokens_of(text, offset)
    padded = " " * offset + text
    assert [padded[t.span.start : t.span.end] for t in shifted] == [t.text for t in from_start]
    assert all(t.folded == fold(t.text) and t.capitalised == t.text[:1].isupper() for t in shifted)


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=6),
    st.lists(st.sampled_from(["Ab", "cd", "Ef", "gh"]), min_size=1, max_size=12),
)
def test_explained_starts_answer_as_the_spans_would(raw_spans: list[tuple[int, int]], words: list[str]) -> None:
    from mtqa.checks.names.extract import tokens_of
    from mtqa.checks.names.literal import _explained_starts
    from mtqa.model import Span

    tokens = tokens_of(" ".join(words), 0)
    explained = [Span(start, start + width) for start, width in raw_spans]
    starts = _explained_starts(tokens, explained)
    for token in tokens:
        covered = any(s.start <= token.span.start and token.span.end <= s.end for s in explained)
        assert (token.span.start in starts) == (token.capitalised and covered)


def _form_pattern(folded: str) -> str:
    # The pattern the renderings were found with before (one compiled per form).
    # An ending that starts with the form's last letter is not one ("Progrès" is not "Progress").
    endings = [e for e in ("'s", "s", "es", "e", "n", "en", "er", "ns") if e[0] != folded[-1:]]
    tail = r"(?!\w)" if len(folded) <= 3 else r"(?:" + "|".join(endings) + r")?(?!\w)"
    return r"(?<!\w)" + re.escape(folded) + tail


FORM_ALPHABET = st.sampled_from(["a", "s", "e", "n", "r", "'", " ", "_", "é", "1", "²", "-", "ß", "\u0301", "x"])


@given(st.text(FORM_ALPHABET, min_size=1, max_size=5), st.text(FORM_ALPHABET, max_size=14))
@settings(max_examples=400)
def test_a_rendering_is_found_where_its_pattern_matches(form: str, text: str) -> None:
    from mtqa.checks.names.renderings import _form_end

    pattern = re.compile(_form_pattern(form))
    position = text.find(form)
    while position >= 0:
        match = pattern.match(text, position)
        assert _form_end(text, position, form) == (match.end() if match else None)
        position = text.find(form, position + 1)


def test_a_rendering_ends_at_a_word_boundary_or_an_inflection() -> None:
    from mtqa.checks.names.renderings import occurrences

    assert [(s.start, s.end) for s in occurrences("the usa and the us.", "US")] == [(16, 18)]
    assert [(s.start, s.end) for s in occurrences("des bundestages, lancette", "Bundestag")] == [(4, 15)]
    assert occurrences("la lancette", "Lancet") == []
    assert occurrences("the progress", "Progrès") == []  # an ending doubling the last letter is none
    assert [(s.start, s.end) for s in occurrences("the journal's view", "Journal")] == [(4, 13)]


@given(st.text(st.sampled_from("aÉ1²_-'’.& x"), max_size=20))
@settings(max_examples=300)
def test_tokens_are_read_as_the_per_character_pattern_read_them(text: str) -> None:
    from mtqa.checks.names.extract import _TOKEN

    old = r"[^\W_](?:[\w&]|[-'’.](?=[^\W_]))*"
    assert [m.span() for m in _TOKEN.finditer(text)] == [m.span() for m in re.finditer(old, text)]


# A target language the exonym table has no entry for (Portuguese, Dutch): a name the table translates
# elsewhere may be rendered the established way there, so it is not called literal; a name the table
# keeps everywhere, and a name the table does not hold, still are.
@pytest.mark.parametrize(
    ("target_lang", "translation"),
    [
        ("ro", "Banca Centrală Europeană (BCE) a majorat dobânzile joi."),
        ("cs", "Evropská centrální banka (ECB) ve čtvrtek zvýšila úrokové sazby."),
    ],
)
def test_a_name_translated_elsewhere_is_not_literal_where_the_table_lacks_the_language(
    target_lang: str, translation: str
) -> None:
    source = "The European Central Bank (ECB) raised interest rates on Thursday."
    found = findings_of(context_for(source, translation, "en", target_lang), ["names.literal_translation"])
    assert found == ()


def test_a_kept_name_is_still_checked_in_a_language_the_table_lacks() -> None:
    from mtqa.checks.names.lexicon import rendering_unknown
    from mtqa.lang import Language

    english, romanian = Language.parse("en"), Language.parse("ro")
    assert rendering_unknown("European Central Bank", english, romanian)
    assert not rendering_unknown("Bank of America", english, romanian)
    assert not rendering_unknown("China Daily", english, romanian)
    assert not rendering_unknown("European Central Bank", english, Language.parse("pt"))
    source = "China Daily reported it on Tuesday."
    found = findings_of(context_for(source, "China Zilnic a relatat marți.", "en", "ro"), ["names"])
    assert [f.check for f in found] == ["names.literal_translation"]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # the country owning a ministry is left implied, or folded into the ministry's name
        (
            "On Monday, Velmora's health ministry banned the syrup.",
            "Am Montag verbot das Bundesgesundheitsministerium den Sirup.",
            [],
        ),
        (
            "On Monday, Velmora's new foreign minister met the envoy.",
            "Am Montag traf die neue Außenministerin den Gesandten.",
            [],
        ),
        # ... but not a country owning anything else
        (
            "On Monday, Velmora's exports of the syrup fell sharply.",
            "Am Montag fielen die Exporte des Sirups deutlich.",
            ["names.missing"],
        ),
    ],
    ids=["ministry", "minister", "exports"],
)
def test_a_possessive_country_before_a_public_body_is_no_missing_name(
    source: str, target: str, expected: list[str]
) -> None:
    source += "\n\nPharmacies in Velmora ran out, and Velmora imports most of it."
    target += "\n\nDie Apotheken in Velmora waren leer, und Velmora importiert das meiste davon."
    findings = names_findings(source, target, "en", "de")
    assert [f.check for f in findings] == expected, [(f.check, f.excerpt) for f in findings]


def test_turkish_case_suffix_after_an_apostrophe_is_no_part_of_the_name() -> None:
    # tr -> en: "China Daily'nin" (of China Daily) kept as "China Daily" was a literal translation.
    source = "China Daily'nin haberine göre görüşmeler altı saat sürdü."
    target = "According to China Daily, the talks lasted six hours."
    assert names_findings(source, target, "tr", "en", use_encoder=True) == ()


@pytest.mark.parametrize(
    ("target", "target_lang", "expected"),
    [
        ("Le quotidien Matin Lanterne a publié la lettre.", "fr", ["names.literal_translation"]),
        ("Газета «Утренний фонарь» опубликовала письмо.", "ru", ["names.translated_across_scripts"]),
    ],
)
def test_one_names_check_per_script_pairing(target: str, target_lang: str, expected: list[str]) -> None:
    # Same script: names.literal_translation; another script: names.translated_across_scripts.
    source = "The newspaper Morning Lantern published the letter."
    findings = names_findings(source, target, "en", target_lang, use_encoder=True)
    assert [f.check for f in findings] == expected


def test_a_japanese_translation_gets_one_names_finding_for_a_katakana_name() -> None:
    # Unspaced Japanese: names.translated_across_scripts does not read it; names.japanese_in_katakana does.
    source = "Kenji Morikawa, the mayor, met Haruka Tanabe on Friday."
    target = "金曜日、森川健二市長はハルカ・タナベと会談した。"
    findings = names_findings(source, target, "en", "ja", use_encoder=True)
    assert [(f.check, f.excerpt) for f in findings] == [("names.japanese_in_katakana", "ハルカ・タナベ")]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("A court fined Harbor Crest Shipping, saying the company had ignored warnings.", ["Hafenkamm-Schifffahrt"]),
        # No word says it is a company: one hyphenated word may be a description of it.
        ("A court fined Harbor Crest Shipping, saying it had ignored warnings.", []),
    ],
)
def test_a_company_name_translated_into_one_hyphenated_compound(source: str, expected: list[str]) -> None:
    target = "Ein Gericht verhängte eine Strafe gegen Hafenkamm-Schifffahrt, da {} Warnungen ignoriert habe.".format(
        "das Unternehmen" if "company" in source else "sie"
    )
    findings = names_findings(source, target, "en", "de", use_encoder=True)
    assert [f.excerpt for f in findings if f.check == "names.literal_translation"] == expected


@pytest.mark.parametrize(
    ("source", "target", "missing"),
    [
        # The article gave the name and said it is a company: "das Unternehmen" refers to it.
        (
            "On Monday regulators fined Bluewater Ferries, saying the company had skipped inspections.\n\n"
            "Bluewater Ferries, which is based in Kiel, said it would appeal the decision.",
            "Die Aufsicht verhängte am Montag eine Strafe gegen Bluewater Ferries, da das Unternehmen Inspektionen"
            " ausgelassen habe.\n\nDas Unternehmen mit Sitz in Kiel kündigte an, gegen die Entscheidung vorzugehen.",
            [],
        ),
        # The name is new to the reader: dropping it loses it.
        (
            "Regulators fined a ferry operator on Monday for skipped inspections.\n\n"
            "Bluewater Ferries, which is based in Kiel, said it would appeal the decision.",
            "Die Aufsicht verhängte am Montag eine Strafe gegen einen Fährbetreiber wegen ausgelassener"
            " Inspektionen.\n\nDas Unternehmen mit Sitz in Kiel kündigte an, gegen die Entscheidung vorzugehen.",
            ["Bluewater Ferries"],
        ),
    ],
    ids=["given before", "new name"],
)
def test_a_name_the_translation_refers_to_by_its_kind(source: str, target: str, missing: list[str]) -> None:
    findings = names_findings(source, target, "en", "de", use_encoder=True)
    assert [f.suggestion for f in findings if f.check == "names.missing"] == missing


def test_a_name_referred_to_by_its_kind_is_no_dropped_phrase() -> None:
    # The same artefact seen from the omission side: the name's words have no counterpart, but the
    # translation refers to the company the article has given by what it is.
    source = (
        "On Monday regulators fined Bluewater Ferries, saying the company had skipped inspections.\n\n"
        "Bluewater Ferries, which is based in Kiel and employs about 200 people, said it would appeal the decision."
    )
    target = (
        "Die Aufsicht verhängte am Montag eine Strafe gegen Bluewater Ferries, da das Unternehmen Inspektionen"
        " ausgelassen habe.\n\nDas Unternehmen mit Sitz in Kiel und rund 200 Beschäftigten kündigte an, gegen die"
        " Entscheidung vorzugehen."
    )
    context = replace(with_similarity(context_for(source, target, "en", "de"), 0.8), encoder=default_encoder())
    assert [f.excerpt for f in findings_of(context, ("omission.dropped_phrase", "names.missing"))] == []


def test_a_translated_surname_is_reported_once_by_the_family() -> None:
    # names.literal_translation and names.person_by_meaning both see "Marco Pierre" for "Marco Pietra":
    # one artefact, one finding (the person check leaves the literal check's renderings alone).
    source = "Lo ha spiegato il sindaco del paese, Marco Pietra, durante la conferenza."
    target = "C’est ce qu’a expliqué le maire de la commune, Marco Pierre, pendant la conférence."
    findings = names_findings(source, target, "it", "fr", use_encoder=True)
    assert [(f.check, f.excerpt) for f in findings] == [("names.literal_translation", "Marco Pierre")]
    # The person analysis sees it too: the dedup, not a miss, keeps its check silent.
    from mtqa.checks.names.persons import person_words

    context = replace(context_for(source, target, "it", "fr"), encoder=default_encoder())
    assert [r.text for r in person_words(context)] == ["Marco Pierre"]


@pytest.mark.parametrize(
    ("target", "target_lang"),
    [
        ("Trenér po zápase ocenil norské obránce a dva norské kluby.", "cs"),
        ("Po meczu trener pochwalił norweskich obrońców i dwa norweskie kluby.", "pl"),
        ("Nach dem Spiel lobte der Trainer die norwegischen Verteidiger und zwei norwegische Klubs.", "de"),
    ],
    ids=["cs", "pl", "de"],
)
def test_a_nationality_adjective_with_any_ending_is_present(target: str, target_lang: str) -> None:
    # "Norwegian" named twice mid-sentence is a name to look for; an adjective formed on the target's
    # name of the country ("Norsko", "Norwegia", "Norwegen") renders it, whatever its case ending.
    source = "After the match the coach praised the Norwegian defenders and two Norwegian clubs."
    assert names_findings(source, target, "en", target_lang) == ()


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # The readers' own country may be left implied: a dateline, a company's nationality.
        (
            "HALDEN, Germany — The Germany office of Velmora closed. Germany and Poland agreed on it.",
            "HALDEN — Das Büro von Velmora schloss. Polen stimmte zu.",
            "de",
            [],
        ),
        (
            "The Spanish retailer Velmora grew. Its Spanish shops and Spanish banks agreed.",
            "El minorista Velmora creció. Sus tiendas y bancos lo aceptaron.",
            "es",
            [],
        ),
        # Another country is still missing.
        (
            "HALDEN, Norway — The Norway office of Velmora closed. Norway and Poland agreed on it.",
            "HALDEN — Das Büro von Velmora schloss. Polen stimmte zu.",
            "de",
            ["names.missing"],
        ),
    ],
    ids=["de-dateline", "es-adjective", "other-country"],
)
def test_the_target_s_home_country_may_be_left_implied(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    findings = names_findings(source, target, "en", target_lang)
    assert sorted({f.check for f in findings}) == expected, [(f.check, f.excerpt) for f in findings]


@pytest.mark.parametrize(
    ("source", "target", "target_lang"),
    [
        ("The match was shown live by Czech Radio on Sunday.", "Zápas v neděli přenášel živě Český rozhlas.", "cs"),
        (
            "The concert was broadcast by Polish Television on Sunday.",
            "Koncert w niedzielę transmitowała Telewizja Polska.",
            "pl",
        ),
    ],
    ids=["cs", "pl"],
)
def test_a_body_named_after_the_target_s_language_gets_its_own_name_back(
    source: str, target: str, target_lang: str
) -> None:
    findings = names_findings(source, target, "en", target_lang, use_encoder=True)
    assert [f.check for f in findings if f.check == "names.literal_translation"] == []


def test_a_company_named_after_the_target_s_language_is_still_checked() -> None:
    # "Motors" heads company names, which are kept: "Polskie Silniki" translates one.
    source = "Shares of Polish Motors rose on Monday after the deal."
    target = "Akcje spółki Polskie Silniki wzrosły w poniedziałek po transakcji."
    findings = names_findings(source, target, "en", "pl", use_encoder=True)
    assert [(f.check, f.excerpt) for f in findings] == [("names.literal_translation", "Polskie Silniki")]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        (
            "Defender Radek Dvořák scored in the final.",
            "Obránce Radek Dvorak skóroval ve finále.",
            "en",
            "cs",
            ["Dvorak"],
        ),
        ("Striker José Núñez scored twice.", "El delantero Jose Nunez marcó dos goles.", "en", "es", ["Jose", "Nunez"]),
        ("La ministre Hélène Garçon a parlé.", "A ministra Helene Garcon falou.", "fr", "pt", ["Helene", "Garcon"]),
        # Written with its marks: nothing to say.
        ("Defender Radek Dvořák scored in the final.", "Obránce Radek Dvořák skóroval ve finále.", "en", "cs", []),
        # German has no ř of its own, English no accents: a plain spelling there is a house style.
        ("Defender Radek Dvořák scored in the final.", "Verteidiger Radek Dvorak traf im Finale.", "en", "de", []),
        ("El delantero José Núñez marcó dos goles.", "Striker Jose Nunez scored twice.", "es", "en", []),
        # ... unless the translation keeps more names' marks than it strips: its own style keeps them
        (
            "El delantero José Núñez marcó en Cádiz.",
            "Striker José Nunez scored in Cádiz.",
            "es",
            "en",
            ["Nunez"],
        ),
        (
            "Verteidiger Radek Dvořák traf nach Vorlage von Tomáš Řepka in Plzeň.",
            "Defender Radek Dvorak scored from Tomáš Řepka’s pass in Plzeň.",
            "de",
            "en",
            ["Dvorak"],
        ),
        # as many kept as stripped: usage, name by name
        ("El delantero José Núñez marcó dos goles.", "Striker José Nunez scored twice.", "es", "en", []),
    ],
    ids=["cs", "es", "pt", "kept", "de", "en", "es-en-style-kept", "de-en-style-kept", "es-en-tie"],
)
def test_a_name_stripped_of_the_target_s_own_letters(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = names_findings(source, target, source_lang, target_lang)
    assert [f.excerpt for f in findings if f.check == "names.lost_diacritics"] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # One part of a double-barrelled name translated, even where the word heads bodies ("Prix Goncourt").
        (
            "Opposition members were angry, said health spokesperson Alun Davies-Price on Monday.",
            "Les élus étaient en colère, a déclaré lundi le porte-parole santé Alun Davies-Prix.",
            "en",
            "fr",
            {("names.person_by_meaning", "Alun Davies-Prix")},
        ),
        (
            "La giornalista Chiara Rossi-Fontana ha vinto il premio.",
            "La journaliste Chiara Rossi-Fontaine a remporté le prix.",
            "it",
            "fr",
            {("names.person_by_meaning", "Chiara Rossi-Fontaine")},
        ),
        # The name kept, and a hall named after an award, are no findings.
        (
            "The coach Maria Fernández-Blanco resigned on Friday.",
            "El entrenador Maria Fernández-Blanco dimitió el viernes.",
            "en",
            "es",
            set(),
        ),
        (
            "The event at the Prix-Lumière hall was run by Anne Dubois.",
            "L’événement de la salle Prix-Lumière a été organisé par Anne Dubois.",
            "en",
            "fr",
            set(),
        ),
    ],
    ids=["en-fr-price", "it-fr-fontana", "en-es-kept", "en-fr-hall"],
)
def test_a_part_of_a_hyphenated_name_rendered_by_meaning(
    source: str, target: str, source_lang: str, target_lang: str, expected: set[tuple[str, str]]
) -> None:
    findings = names_findings(source, target, source_lang, target_lang, use_encoder=True)
    assert {(f.check, f.excerpt) for f in findings} == expected


PRODUCT = CheckConfig(profile="product")


def test_a_marketing_phrase_the_translation_keeps_elsewhere_is_a_name() -> None:
    # "Silver Birch" is kept as written in the title: rendered by meaning in the description, it is a
    # brand translated, even in product copy, where capitalised common words alone are no evidence.
    source = "Silver Birch Ceramic Teapot, 1.2 L\n\nSilver Birch teapots are glazed by hand in small batches."
    target = (
        "Théière en céramique Silver Birch, 1,2 l\n\n"
        "Les théières Bouleau Argenté sont émaillées à la main en petites séries."
    )
    found = names_findings(source, target, "en", "fr", use_encoder=True, config=PRODUCT)
    assert [f.check for f in found] and all("Bouleau Argenté" in f.excerpt for f in found)
    kept = target.replace("Bouleau Argenté", "Silver Birch")
    assert names_findings(source, kept, "en", "fr", use_encoder=True, config=PRODUCT) == ()


def test_a_glued_brand_kept_in_the_title_and_rendered_by_meaning_is_literal() -> None:
    source = "AquaPeak Bottle 750 ml\n\nThe AquaPeak keeps drinks cold for 24 hours."
    target = "Bouteille AquaPeak 750 ml\n\nLa SommetAqua garde les boissons au frais pendant 24 heures."
    found = names_findings(source, target, "en", "fr", use_encoder=True, config=PRODUCT)
    assert [(f.check, f.excerpt) for f in found] == [("names.literal_translation", "SommetAqua")]


def test_a_name_of_the_description_is_checked_in_the_title_line() -> None:
    source = "Harbor Light Series LED Desk Lamp with USB Port\n\nThe Harbor Light Series lamp dims in five steps."
    target = (
        "Lampe de bureau LED Série Lumière du Port avec port USB\n\n"
        "La lampe Harbor Light Series se règle sur cinq niveaux."
    )
    found = names_findings(source, target, "en", "fr", use_encoder=True, config=PRODUCT)
    assert any("Lumière" in f.excerpt for f in found)
    # A news headline abbreviates and plays on names: its names are not read from the article.
    assert not any("Lumière" in f.excerpt for f in names_findings(source, target, "en", "fr", use_encoder=True))


def test_a_run_of_codes_and_units_is_no_name() -> None:
    source = "It has 32 GB LPDDR5 RAM and a 1 TB PCIe SSD for fast loading."
    target = "Il dispose de 32 Go de RAM LPDDR5 et d’un SSD PCIe de 1 To pour un chargement rapide."
    assert names_findings(source, target, "en", "fr", use_encoder=True, config=PRODUCT) == ()


@pytest.mark.parametrize(
    ("last_target", "expected"),
    [
        # the name's rendering opens a compound, and the article writes that rendering alone elsewhere
        ("Die Behörde gibt im Frühjahr einen Ratgeber für Mailandreisen heraus.", []),
        # a compound that opens with another word of the article renders no name
        ("Die Behörde gibt im Frühjahr einen Ratgeber für Touristenreisen heraus.", ["names.missing"]),
    ],
    ids=["in-compound", "other-compound"],
)
def test_a_name_rendered_inside_a_compound_is_not_missing(last_target: str, expected: list[str]) -> None:
    source = (
        "Tourists love Milan. Hotels in Milan are full this spring.\n\n"
        "The agency will publish a guide to trips to Milan in the spring."
    )
    target = f"Touristen lieben Mailand. Die Hotels in Mailand sind diesen Frühling ausgebucht.\n\n{last_target}"
    findings = names_findings(source, target, "en", "de", use_encoder=True)
    assert [f.check for f in findings] == expected, [(f.check, f.excerpt) for f in findings]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "excerpts"),
    [
        # a town the translation transliterates elsewhere, rendered by its meaning in one sentence
        (
            "Завод в Соколе закрылся в марте. Рабочие из Сокола ищут новую работу в Вологде.",
            "The plant in Sokol closed in March. Workers from Falcon are looking for new jobs in Vologda.",
            "ru",
            "en",
            ["Falcon"],
        ),
        (
            "The mill in Riverside closed in March. Workers from Riverside are looking for jobs in Leeds.",
            "Фабрика в Риверсайде закрылась в марте. Рабочие из Речного Берега ищут работу в Лидсе.",
            "en",
            "ru",
            ["Речного Берега"],
        ),
        # transliterated in both sentences; referred to by a common noun; only a title beside it
        (
            "Завод в Соколе закрылся в марте. Рабочие из Сокола ищут новую работу в Вологде.",
            "The plant in Sokol closed in March. Workers from Sokol are looking for new jobs in Vologda.",
            "ru",
            "en",
            [],
        ),
        (
            "Завод в Соколе закрылся в марте. Рабочие из Сокола ищут новую работу в Вологде.",
            "The plant in Sokol closed in March. Workers from the town are looking for new jobs in Vologda.",
            "ru",
            "en",
            [],
        ),
        (
            "Завод в Соколе закрылся в марте. Мэр Сокола Иван Петров ищет инвестора.",
            "The plant in Sokol closed in March. Mayor Ivan Petrov is looking for an investor.",
            "ru",
            "en",
            [],
        ),
    ],
    ids=["ru-en", "en-ru", "ru-en-kept", "ru-en-common-noun", "ru-en-title"],
)
def test_a_name_rendered_by_meaning_where_the_article_transliterates_it(
    source: str, target: str, source_lang: str, target_lang: str, excerpts: list[str]
) -> None:
    findings = names_findings(source, target, source_lang, target_lang, use_encoder=True)
    found = [f.excerpt for f in findings if f.check == "names.translated_across_scripts"]
    assert found == excerpts, [(f.check, f.excerpt) for f in findings]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "excerpts"),
    [
        # a one-word name rebuilt from its own parts in another order
        (
            "The depot in Marchandville will close in June, the company said.",
            "Le dépôt de Ville-Marchand fermera en juin, a indiqué l'entreprise.",
            "en",
            "fr",
            ["Ville-Marchand"],
        ),
        (
            "Het depot in Hamelburg sluit in juni, meldde het bedrijf.",
            "The depot in Burg-Hamel will close in June, the company said.",
            "nl",
            "en",
            ["Burg-Hamel"],
        ),
        # kept, hyphenated in its own order, or another hyphenated name
        (
            "The depot in Marchandville will close in June, the company said.",
            "Le dépôt de Marchandville fermera en juin, a indiqué l'entreprise.",
            "en",
            "fr",
            [],
        ),
        (
            "The depot in Marchandville will close in June, the company said.",
            "Le dépôt de Marchand-Ville fermera en juin, a indiqué l'entreprise.",
            "en",
            "fr",
            [],
        ),
        (
            "The depot in Marchandville will close in June, the company said.",
            "Le dépôt de Saint-Marchand fermera en juin, a indiqué l'entreprise.",
            "en",
            "fr",
            [],
        ),
    ],
    ids=["en-fr", "nl-en", "kept", "same-order", "other-name"],
)
def test_a_name_rebuilt_from_its_parts_in_another_order(
    source: str, target: str, source_lang: str, target_lang: str, excerpts: list[str]
) -> None:
    findings = names_findings(source, target, source_lang, target_lang, use_encoder=True)
    found = [f.excerpt for f in findings if f.check == "names.literal_translation"]
    assert found == excerpts, [(f.check, f.excerpt) for f in findings]


def test_the_target_words_are_read_at_the_first_question_and_answer_as_the_set_does() -> None:
    from mtqa.checks.names.literal import _target_words, _TargetWords
    from mtqa.runcache import RunMemo, memo_scope

    text = "Der Bäcker Baker traf d'Argent und Bushs Team."
    memo = RunMemo()
    with memo_scope(memo):
        words = _TargetWords(text)
        assert len(memo) == 0  # nothing tokenised yet
        asked = ["backer", "bäcker", "baker", "argent", "d", "bushs", "bush", "team", ""]
        assert [word in words for word in asked] == [word in _target_words(text) for word in asked]
        assert [word in words for word in asked] == [True, False, True, True, True, True, False, True, False]


@given(st.text(st.sampled_from("aZé ÉŁ“”’—-_1²ß\u00a0.")))
def test_a_sentence_the_diacritics_gate_passes_over_has_only_ascii_words(text: str) -> None:
    from mtqa.checks.names.diacritics import _BEYOND_ASCII_LETTER, _WORD

    if _BEYOND_ASCII_LETTER.search(text) is None:
        assert all(word.isascii() for word in _WORD.findall(text))
    else:
        assert not all(word.isascii() for word in _WORD.findall(text))


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "excerpt"),
    [
        # a glued feature name opening a bullet, rendered by meaning (other words and pairs than set 15's)
        (
            "FrostLock lids keep ice solid for two days.",
            "Le coperchi Blocco Gelo mantengono il ghiaccio solido per due giorni.",
            "it",
            "Blocco Gelo",
        ),
        # a glued mode name inside a sentence
        (
            "Switch to the QuietBreeze mode at night.",
            "Cambia al modo Brisa Silenciosa por la noche.",
            "es",
            "Brisa Silenciosa",
        ),
    ],
)
def test_a_glued_brand_of_product_copy_rendered_by_meaning_is_literal(
    source: str, target: str, target_lang: str, excerpt: str
) -> None:
    found = names_findings(source, target, "en", target_lang, use_encoder=True, config=PRODUCT)
    assert [(f.check, f.excerpt) for f in found] == [("names.literal_translation", excerpt)]
    # News holds a glued word for a name to keep only where the translation keeps it somewhere.
    assert names_findings(source, target, "en", target_lang, use_encoder=True) == ()
    brand = next(word for word in source.split() if word[1:] != word[1:].lower())
    kept = target.replace(excerpt, brand)
    assert names_findings(source, kept, "en", target_lang, use_encoder=True, config=PRODUCT) == ()


def test_a_glued_word_holding_a_character_reference_is_not_judged_unless_kept() -> None:
    source = "The soft DuPont&trade; bristles reach between teeth."
    target = "Miękkie włókna DuPont™ docierają między zęby."
    assert names_findings(source, target, "en", "pl", use_encoder=True, config=PRODUCT) == ()


@pytest.mark.parametrize(
    ("source", "target", "target_lang"),
    [
        (
            "Nationwide, about 60,000 people in the Czech Republic donate plasma, according to the Czech Red Cross.",
            "Podle Českého červeného kříže daruje v celé České republice plazmu asi 60 000 lidí.",
            "cs",
        ),
        (
            "Nationwide, about 60,000 people in the Czech Republic donate plasma, according to the Czech Red Cross.",
            "Według Czeskiego Czerwonego Krzyża w całej Republice Czeskiej osocze oddaje około 60 000 osób.",
            "pl",
        ),
    ],
    ids=["cs", "pl"],
)
def test_the_czech_republic_declined_is_no_literal_rendering_of_another_name(
    source: str, target: str, target_lang: str
) -> None:
    # CLDR names the country "Czechia": its older name, declined, renders the source's own country
    # ("České republice" is no literal "Czech Red Cross").
    findings = names_findings(source, target, "en", target_lang, use_encoder=True)
    assert [f.excerpt for f in findings if f.check == "names.literal_translation"] == []


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (
            "The findings are published in the Journal of Urban Water Studies.",
            "Die Ergebnisse erscheinen im Journal für städtische Wasserstudien.",
            ["Journal für städtische Wasserstudien"],
        ),
        (
            "The paper appeared in the Review of Alpine Soil Science.",
            "Der Aufsatz erschien in der Review für alpine Bodenkunde.",
            ["Review für alpine Bodenkunde"],
        ),
        # the title kept; an institute's name, which is translated so
        (
            "The findings are published in the Journal of Urban Water Studies.",
            "Die Ergebnisse erscheinen im Journal of Urban Water Studies.",
            [],
        ),
        (
            "Researchers from the Institute for Applied Acoustics in Berlin measured it.",
            "Forscher des Instituts für angewandte Akustik in Berlin haben es gemessen.",
            [],
        ),
    ],
)
def test_a_journal_title_rendered_with_lower_case_adjectives(source: str, target: str, expected: list[str]) -> None:
    findings = names_findings(source, target, "en", "de", use_encoder=True)
    assert [f.excerpt for f in findings if f.check == "names.literal_translation"] == expected


@pytest.mark.parametrize("mark", ["™", "&trade;", "&#8482;"])
def test_a_name_with_a_reference_glued_to_it_is_the_name(mark: str) -> None:
    # Shop exports write marks as HTML references: "ClearPlate&trade;" is the name ClearPlate.
    findings = names_findings(
        f"ClearPlate{mark} Night Vision keeps plates readable.",
        f"La vision nocturne Plaque Nette{mark} garde les plaques lisibles.",
        "en",
        "fr",
        use_encoder=True,
        config=CheckConfig(profile="product"),
    )
    assert [(f.check, f.excerpt) for f in findings] == [("names.literal_translation", "Plaque Nette")]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "expected"),
    [
        # German capitalises a fixed noun phrase; English writes its nouns in lower case after the place
        (
            "Forscher haben Europäische Aale bis in die Sargassosee verfolgt.",
            "Researchers followed European eels all the way to the Sargasso Sea.",
            "de",
            [],
        ),
        (
            "Die Zahl der Japanischen Makaken im Park ist gestiegen.",
            "The number of Japanese macaques in the park has risen.",
            "de",
            [],
        ),
        # a company's name rendered word for word, the place adjective with its noun, is still reported
        (
            "Die Deutsche Bahn erhöht im Dezember die Preise.",
            "German Rail is raising its prices in December.",
            "de",
            ["names.literal_translation"],
        ),
    ],
    ids=["eels", "macaques", "deutsche-bahn"],
)
def test_a_lone_place_adjective_is_no_literal_rendering(
    source: str, target: str, source_lang: str, expected: list[str]
) -> None:
    findings = names_findings(source, target, source_lang, "en", use_encoder=True)
    assert [f.check for f in findings if f.check == "names.literal_translation"] == expected, [
        (f.check, f.excerpt) for f in findings
    ]


@pytest.mark.parametrize(
    ("source", "target", "source_lang"),
    [
        (
            "El club recibirá un premio de la Real Federación Española de Balonmano.",
            "The club will receive a prize from the Royal Spanish Handball Federation.",
            "es",
        ),
        (
            "O estudo foi apresentado na Real Academia das Ciências de Lisboa.",
            "The study was presented at the Royal Academy of Sciences of Lisbon.",
            "pt",
        ),
        (
            "Das Projekt wurde von der Deutschen Forschungsgemeinschaft gefördert.",
            "The project was funded by the German Research Foundation.",
            "de",
        ),
    ],
    ids=["es-real-federacion", "pt-real-academia", "de-forschungsgemeinschaft"],
)
def test_royal_and_community_bodies_are_descriptive(source: str, target: str, source_lang: str) -> None:
    findings = names_findings(source, target, source_lang, "en", use_encoder=True)
    assert [f for f in findings if f.check == "names.literal_translation"] == [], [
        (f.check, f.excerpt) for f in findings
    ]


def test_a_royal_club_keeps_its_name() -> None:
    # "Real" before a place is a club's name, not a body's honorific: rendered word for word, it is reported.
    source, target = "El Real Zaragoza ganó el domingo.", "Royal Saragossa won on Sunday."
    findings = names_findings(source, target, "es", "en", use_encoder=True)
    assert [f.check for f in findings if f.check == "names.literal_translation"] == ["names.literal_translation"]


def test_a_place_name_is_told_from_an_adjective_formed_on_it() -> None:
    from mtqa.checks.names.lexicon import is_place_name, place_word
    from mtqa.lang import Language

    french, english = Language.parse("fr"), Language.parse("en")
    assert is_place_name("chine", french) and place_word("chine", french)
    assert place_word("européen", french) and not is_place_name("européen", french)
    assert place_word("european", english) and not is_place_name("european", english)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # After a dateline the article opens the sentence: no particle of a name, even where the article
        # writes it capitalised inside a name ("Ilse De Wilde", "Anne Le Roux").
        (
            "BRUGGE, 3 mei (Belga) – De Brugse havenraad stemde in, zei schepen Ilse De Wilde.",
            "nl",
            ["Belga", "Brugse", "Ilse De Wilde"],
        ),
        (
            "NANTES, 9 juin (AFP) – Le Nantais Paul Le Goff a remporté la course, a dit Anne Le Roux.",
            "fr",
            ["AFP", "Nantais Paul Le Goff", "Anne Le Roux"],
        ),
        # Without a dateline: the same as at a sentence's start.
        ("De Brugse havenraad stemde in, zei schepen Ilse De Wilde.", "nl", ["Brugse", "Ilse De Wilde"]),
    ],
    ids=["nl-dateline", "fr-dateline", "nl-no-dateline"],
)
def test_the_first_word_after_a_dateline_opens_the_sentence(text: str, lang: str, expected: list[str]) -> None:
    from mtqa.checks.names.extract import document_words_of, extract_names
    from mtqa.lang import Language
    from mtqa.model import Sentence, Span

    sentence = Sentence(0, 0, Span(7, 7 + len(text)), text)
    names = extract_names(sentence, Language(lang), document_words_of((text,)))
    assert [" ".join(token.text for token in name.tokens) for name in names] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # the surname changed by a letter or two, the given name kept
        (
            "The squad was picked by coach Jonas Lindqvist on Friday.",
            "Der Kader wurde am Freitag von Trainer Jonas Lindkvust ausgewählt.",
            "en",
            "de",
            ["Lindkvust"],
        ),
        (
            "La alcaldesa Carmen Arrabal inauguró el puente.",
            "Mayor Carmen Arrabel opened the bridge.",
            "es",
            "en",
            ["Arrabel"],
        ),
        (
            "Il sindaco Paolo Benedetti ha parlato.",
            "Le maire Paolo Bendetti a pris la parole.",
            "it",
            "fr",
            ["Bendetti"],
        ),
        # kept, declined, accents only, a transcription habit or a place: no misspelling
        ("Il sindaco Paolo Benedetti ha parlato.", "Le maire Paolo Benedetti a pris la parole.", "it", "fr", []),
        ("Le maire Marc Dupuis a parlé.", "Rozmawialiśmy z burmistrzem Marc Dupuisem.", "fr", "pl", []),
        ("Die Ärztin Anna Müller sprach.", "Doctor Anna Muller spoke.", "de", "en", []),
        ("Talks with Vladimir Putin resumed.", "Les pourparlers avec Vladimir Poutine ont repris.", "en", "fr", []),
        ("Minister Ali Salman arrived.", "Le ministre Ali Salmane est arrivé.", "en", "fr", []),
        ("First Lady Olena Zelenska travelled.", "First Lady Olena Selenska reiste.", "en", "de", []),
        ("Flights to Sierra Leone resumed.", "Se reanudaron los vuelos a Sierra Leona.", "en", "es", []),
        # a dotless i for a dotted one is a mark, and a head translated by its cognate no surname
        ("Diplomat Volkan Bozkir was elected.", "Der Diplomat Volkan Bozkır wurde gewählt.", "en", "de", []),
        ("It sits in the Commonwealth Parliament now.", "Es sitzt jetzt im Commonwealth Parlament.", "en", "de", []),
    ],
    ids=[
        "en-de",
        "es-en",
        "it-fr",
        "it-fr-kept",
        "fr-pl-declined",
        "de-en-accents",
        "en-fr-habit",
        "en-fr-final-e",
        "en-de-z-s",
        "en-es-place",
        "en-de-dotless",
        "en-de-cognate",
    ],
)
def test_a_misspelt_surname(source: str, target: str, source_lang: str, target_lang: str, expected: list[str]) -> None:
    findings = names_findings(source, target, source_lang, target_lang)
    assert [f.excerpt for f in findings if f.check == "names.misspelt"] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "profile", "expected"),
    [
        # documentation: a bold label is what the reader clicks, and a localised interface translates it
        ("2. Click **Enable SSO** to finish.", "2. Fai clic su **Abilita SSO** per finire.", "it", "docs", []),
        ("2. Click **Enable SSO** to finish.", "2. Haga clic en **Habilitar SSO** para terminar.", "es", "ui", []),
        # news: bold says nothing of what the phrase is
        (
            "2. Click **Enable SSO** to finish.",
            "2. Haga clic en **Habilitar SSO** para terminar.",
            "es",
            "news",
            ["Habilitar SSO"],
        ),
        # a bold name the translation keeps as written elsewhere is a name (a product), judged
        (
            "1. Open **Nordic Vault** to see your keys.\n\n2. Nordic Vault keeps every key you create.",
            "1. Apri **Cassaforte Nordica** per vedere le chiavi.\n\n2. Nordic Vault conserva ogni chiave che crei.",
            "it",
            "docs",
            ["Cassaforte Nordica"],
        ),
    ],
    ids=["it-docs", "es-ui", "es-news", "it-kept-product"],
)
def test_a_bold_label_of_documentation_is_no_name(
    source: str, target: str, target_lang: str, profile: str, expected: list[str]
) -> None:
    findings = names_findings(source, target, "en", target_lang, config=CheckConfig(profile=profile))
    assert [f.excerpt for f in findings if f.check == "names.literal_translation"] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # the official name in the other national language is no literal rendering nor misspelling
        (
            "Der Verband Pro Natura Wallis hat Beschwerde eingereicht, sagte Regula Imboden.",
            "L’association Pro Natura Valais a fait recours, a déclaré Regula Imboden.",
            "de",
            "fr",
            [],
        ),
        (
            "La giunta provinciale di Bolzano ha approvato il piano, ha detto Anna Moser.",
            "Die Landesregierung in Bozen hat den Plan gebilligt, sagte Anna Moser.",
            "it",
            "de",
            [],
        ),
        (
            "De gemeenteraad van Luik heeft de begroting goedgekeurd.",
            "Le conseil communal de Liège a approuvé le budget.",
            "nl",
            "fr",
            [],
        ),
        # a misspelt person's name is still reported beside a rendered place name
        (
            "Die Kantonsregierung in Sitten hat Regula Imboden beauftragt.",
            "Le gouvernement cantonal à Sion a mandaté Regula Imbodem.",
            "de",
            "fr",
            ["names.misspelt"],
        ),
    ],
    ids=["de-fr-valais", "it-de-bozen", "nl-fr-liege", "misspelt-person"],
)
def test_a_place_of_a_multilingual_country_takes_its_form_in_the_target_language(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = names_findings(source, target, source_lang, target_lang)
    assert [f.check for f in findings] == expected, [(f.check, f.excerpt) for f in findings]


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        (
            "Die Kantonsregierung in Sitten prüft das Urteil.",
            "Le gouvernement cantonal à Sitten examine l’arrêt.",
            "de",
            "fr",
            ["Sitten"],
        ),
        (
            "Die Messe in Mailand beginnt morgen mit zweihundert Ausstellern.",
            "The fair in Mailand opens tomorrow with two hundred exhibitors.",
            "de",
            "en",
            ["Mailand"],
        ),
        (
            "Het congres vindt plaats in Luik en duurt drie dagen.",
            "Le congrès a lieu à Luik et dure trois jours.",
            "nl",
            "fr",
            ["Luik"],
        ),
        # rendered; written alike in both languages; part of a name kept whole
        (
            "Die Kantonsregierung in Sitten prüft das Urteil.",
            "Le gouvernement cantonal à Sion examine l’arrêt.",
            "de",
            "fr",
            [],
        ),
        (
            "Officials in Beijing confirmed the visit.",
            "Les responsables à Beijing ont confirmé la visite.",
            "en",
            "fr",
            [],
        ),
        (
            "Sie sprach mit Pro Natura Wallis über den Gletscher.",
            "Elle a parlé avec Pro Natura Wallis du glacier.",
            "de",
            "fr",
            [],
        ),
        (
            "El consejero de Cultura de la Junta de Andalucía visitó la obra.",
            "Le conseiller à la culture de la Junta de Andalucía a visité le chantier.",
            "es",
            "fr",
            [],
        ),
        # a form the target language uses for another place: the French department of the Vienne
        (
            "L’usine se trouve dans la Vienne, près de Châtellerault.",
            "The factory is in the Vienne department, near Châtellerault.",
            "fr",
            "en",
            [],
        ),
    ],
    ids=["de-fr", "de-en", "nl-fr", "de-fr-clean", "en-fr-alike", "de-fr-in-name", "es-fr-connector", "fr-en-homonym"],
)
def test_a_place_kept_in_the_source_languages_form(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = names_findings(source, target, source_lang, target_lang)
    assert [f.excerpt for f in findings if f.check == "names.kept_exonym"] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a model name the title keeps, translated beside its code in the description
        (
            "Velora Hightrail 40 Sleeping Bag\n\nThe Hightrail 40 packs down to 2 litres.",
            "Velora Hightrail 40 Schlafsack\n\nDer Hochpfad 40 lässt sich auf 2 Liter packen.",
            "en",
            "de",
            ["Hochpfad"],
        ),
        # respelt beside its code
        (
            "Notre cafetière Bergamo 6 est en acier.\n\nLa Bergamo 6 chauffe en trois minutes.",
            "Our Bergamo 6 coffee maker is steel.\n\nThe Bergama 6 heats in three minutes.",
            "fr",
            "en",
            ["Bergama"],
        ),
        # accents lost where the other lines keep them
        (
            "La gamme Évasion de Norda.\n\nChaque sac Évasion est garanti.",
            "La gama Évasion de Norda.\n\nCada bolsa Evasion está garantizada.",
            "fr",
            "es",
            ["Evasion"],
        ),
        # correct: kept everywhere, declined, replaced by a pronoun, or never kept
        (
            "Velora Hightrail 40 Sleeping Bag\n\nThe Hightrail 40 packs down to 2 litres.",
            "Velora Hightrail 40 Schlafsack\n\nDer Hightrail 40 lässt sich auf 2 Liter packen.",
            "en",
            "de",
            [],
        ),
        (
            "The Torvik DD18 drill.\n\nThe Torvik DD18 weighs 1.4 kg.",
            "Wiertarka Torvik DD18.\n\nWaga wiertarki Torvika DD18 to 1,4 kg.",
            "en",
            "pl",
            [],
        ),
        (
            "Velora Hightrail 40 Sleeping Bag\n\nThe Hightrail 40 packs down to 2 litres.",
            "Velora Hightrail 40 Schlafsack\n\nEr lässt sich auf 2 Liter packen.",
            "en",
            "de",
            [],
        ),
        (
            "Made in Bourgogne since 1952.\n\nOur Bourgogne foundry casts every pot.",
            "Fabriqué en Bourgogne depuis 1952.\n\nNotre fonderie bourguignonne coule chaque cocotte.",
            "en",
            "fr",
            [],
        ),
    ],
    ids=[
        "en-de-translated",
        "fr-en-respelt",
        "fr-es-accents",
        "en-de-kept",
        "en-pl-declined",
        "en-de-pronoun",
        "adjective",
    ],
)
def test_a_name_kept_elsewhere_and_replaced_in_one_paragraph(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    context = context_for(source, target, source_lang, target_lang, config=CheckConfig(profile="product"))
    findings = findings_of(context, ("names.replaced_kept_name",))
    assert [f.excerpt for f in findings] == expected


def test_accents_dropped_from_a_kept_name_are_left_alone_in_news() -> None:
    source = "La gamme Évasion de Norda.\n\nChaque sac Évasion est garanti."
    target = "La gama Évasion de Norda.\n\nCada bolsa Evasion está garantizada."
    context = context_for(source, target, "fr", "es")
    assert findings_of(context, ("names.replaced_kept_name",)) == ()


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # one word of a name of several, kept whole elsewhere, rendered by its meaning beside the kept word
        (
            "Beställningen kom från Nordic Ferry Group, meddelade företaget.\n\n"
            "Nordic Färje Group driver tolv fartyg i Östersjön.",
            ["Färje"],
        ),
        # kept, declined, or the name whole replaced by a description
        (
            "Beställningen kom från Nordic Ferry Group, meddelade företaget.\n\n"
            "Nordic Ferry Group driver tolv fartyg i Östersjön.",
            [],
        ),
        (
            "Beställningen kom från Nordic Ferry Group, meddelade företaget.\n\n"
            "Nordic Ferry Groups flotta har tolv fartyg i Östersjön.",
            [],
        ),
        (
            "Beställningen kom från Nordic Ferry Group, meddelade företaget.\n\n"
            "Rederiet driver tolv fartyg i Östersjön.",
            [],
        ),
    ],
    ids=["half-translated", "kept", "declined", "described"],
)
def test_a_word_of_a_kept_name_replaced_beside_its_other_words_in_news(target: str, expected: list[str]) -> None:
    source = (
        "The order came from Nordic Ferry Group, the company said.\n\n"
        "Nordic Ferry Group operates twelve ships in the Baltic."
    )
    context = context_for(source, target, "en", "sv")
    assert [f.excerpt for f in findings_of(context, ("names.replaced_kept_name",))] == expected


def test_a_hungarian_name_turned_round_is_no_finding_of_the_family() -> None:
    # names.name_order wants "Tóth Gergely"; the other checks accept the order turned round
    source = "Mayor Gergely Tóth and the engineer Zsófia Kertész opened the bridge on Monday."
    turned = "Tóth Gergely polgármester és Kertész Zsófia mérnök hétfőn átadta a hidat."
    kept = "Gergely Tóth polgármester és Kertész Zsófia mérnök hétfőn átadta a hidat."
    assert names_findings(source, turned, "en", "hu") == ()
    assert [f.check for f in names_findings(source, kept, "en", "hu")] == ["names.name_order"]


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # a Latin-script name kept in the title, transliterated in another paragraph
        (
            "Velora Brandvik 40 Sleeping Bag\n\nThe Brandvik 40 packs down to 2 litres.",
            "Спальный мешок Velora Brandvik 40\n\nБрандвик 40 сжимается до 2 литров.",
            "ru",
            ["Брандвик"],
        ),
        (
            "Brisko Mixa 600 blender\n\nThe Mixa 600 crushes ice in seconds.",
            "Μπλέντερ Brisko Mixa 600\n\nΤο Μίξα 600 θρυμματίζει πάγο σε δευτερόλεπτα.",
            "el",
            ["Μίξα"],
        ),
        (
            "Lumora Pavix desk lamp\n\nPair the lamp with the Pavix app.",
            "Lumora Pavix 책상 램프\n\n램프를 파빅스 앱과 연결하세요.",
            "ko",
            ["파빅스"],
        ),
        # kept in Latin letters everywhere, or rendered by another word: nothing to point at
        (
            "Brisko Mixa 600 blender\n\nThe Mixa 600 crushes ice in seconds.",
            "Μπλέντερ Brisko Mixa 600\n\nΤο Mixa 600 θρυμματίζει πάγο σε δευτερόλεπτα.",
            "el",
            [],
        ),
        (
            "Brisko Mixa 600 blender\n\nThe Mixa 600 crushes ice in seconds.",
            "Μπλέντερ Brisko Mixa 600\n\nΤο μπλέντερ θρυμματίζει πάγο σε δευτερόλεπτα.",
            "el",
            [],
        ),
    ],
    ids=["en-ru", "en-el", "en-ko", "en-el-kept", "en-el-described"],
)
def test_a_kept_latin_name_transliterated_in_one_paragraph(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    context = context_for(source, target, "en", target_lang, config=CheckConfig(profile="product"))
    findings = findings_of(context, ("names.replaced_kept_name",))
    assert [f.excerpt for f in findings] == expected


def test_a_transliterated_name_is_left_alone_in_news() -> None:
    # News transliterates names by convention, even where a headline keeps the Latin letters.
    source = "Orvane Mixa launch\n\nThe Mixa sold out in a day."
    target = "Κυκλοφορία Orvane Mixa\n\nΤο Μίξα εξαντλήθηκε σε μία ημέρα."
    context = context_for(source, target, "en", "el")
    assert findings_of(context, ("names.replaced_kept_name",)) == ()


@pytest.mark.parametrize(
    ("word", "name", "expected"),
    [
        ("Τόρβικ", "Torvik", True),
        ("토르빅", "Torvik", True),  # Korean writes the r of a coda too, or drops it
        ("코빅스", "Corvix", True),  # ... and has no v: ㅂ
        ("Хексман", "Hexman", True),  # Cyrillic and Greek write the h as a consonant
        ("Χέξμαν", "Hexman", True),
        ("Ντάλβεκ", "Dalvek", True),  # Greek writes a d as ντ
        ("Ηχείο", "Hexman", False),
        ("Torvik", "Torvik", False),  # Latin letters: the name itself, not a transliteration
        ("Τόνι", "Toni", False),  # a key of fewer than three consonant classes is not compared
    ],
)
def test_a_word_of_another_script_sounds_like_a_latin_name(word: str, name: str, expected: bool) -> None:
    from mtqa.checks.names.replaced import sounds_like

    assert sounds_like(word, name) is expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["d'Argent", "l’État", "Trump's", "Caf&eacute;s", "ClearPlate&trade;", "AT&T", "U.S.", "Łęcki", "qu'Il"]
        )
        | st.text(alphabet="aZé-'’.&; 1_", min_size=1, max_size=8),
        max_size=10,
    ).map(" ".join),
    st.integers(min_value=1, max_value=500),
)
def test_tokens_made_at_an_offset_are_the_tokens_at_zero_shifted(text: str, offset: int) -> None:
    # Tokens are made at their offset directly (not shifted from those at 0): the same words, spans,
    # capitalisation and folded forms (the last two are no part of a token's equality).
    from mtqa.checks.names.extract import tokens_of
    from mtqa.runcache import RunMemo, memo_scope

    with memo_scope(RunMemo()):
        at_zero, at_offset = tokens_of(text, 0), tokens_of(text, offset)
    assert [(t.text, t.span.start + offset, t.span.end + offset, t.capitalised, t.folded) for t in at_zero] == [
        (t.text, t.span.start, t.span.end, t.capitalised, t.folded) for t in at_offset
    ]


def test_misspelt_surnames_of_articles_sharing_a_run_memo() -> None:
    # The source's words are kept in the run's memo (the translations of one source read them once) and
    # the translation's are read only at a run that needs them: each article finds what it finds alone.
    from mtqa.runcache import RunMemo

    memo = RunMemo()
    articles = [
        ("Il sindaco Paolo Benedetti ha parlato.", "Le maire Paolo Benedetti a pris la parole.", "it", []),
        ("Il sindaco Paolo Benedetti ha parlato.", "Le maire Paolo Bendetti a pris la parole.", "it", ["Bendetti"]),
        ("The mayor Paolo Bendetti spoke.", "Le maire Paolo Benedetti a parlé.", "en", ["Benedetti"]),
        ("The mayor Paolo Bendetti spoke.", "Le maire Paolo Bendetti a parlé.", "en", []),
    ]
    for source, target, source_lang, expected in articles:
        context = with_similarity(context_for(source, target, source_lang, "fr"), 0.8)
        alone = [f.excerpt for f in findings_of(context, ("names.misspelt",))]
        shared = [f.excerpt for f in findings_of(replace(context, memo=memo), ("names.misspelt",))]
        assert alone == shared == expected


def test_kept_exonyms_of_articles_sharing_a_run_memo() -> None:
    # The source's places are kept in the run's memo per pair of languages (the translations of one
    # source read them once): each article finds what it finds alone, in its own language's forms.
    from mtqa.runcache import RunMemo

    memo = RunMemo()
    articles = [
        ("Die Regierung in Genf entschied.", "Le gouvernement à Genf a décidé.", "fr", ["Genf"]),
        ("Die Regierung in Genf entschied.", "The government in Genf decided.", "en", ["Genf"]),
        ("Die Regierung in Genf entschied.", "Le gouvernement à Genève a décidé.", "fr", []),
        ("Die Regierung in Sitten entschied.", "Le gouvernement à Sitten a décidé.", "fr", ["Sitten"]),
    ]
    messages = set()
    for source, target, target_lang, expected in articles:
        context = with_similarity(context_for(source, target, "de", target_lang), 0.8)
        alone = [(f.excerpt, f.message) for f in findings_of(context, ("names.kept_exonym",))]
        shared = [(f.excerpt, f.message) for f in findings_of(replace(context, memo=memo), ("names.kept_exonym",))]
        assert alone == shared
        assert [excerpt for excerpt, _ in alone] == expected
        messages.update(message for _, message in alone)
    assert len(messages) == 3  # Genève, Geneva and Sion


def _beside_anchors_in_full(names: set[str], paragraphs: list[Paragraph]) -> set[str]:
    # The definition, read over every word of every paragraph (what the check did before it looked
    # only at the names' own paragraphs and neighbours).
    from mtqa.checks.names import replaced

    beside: set[str] = set()
    for paragraph in paragraphs:
        tokens = replaced._tokens(paragraph)
        for position, token in enumerate(tokens):
            if replaced._code_or_name_of_several(paragraph, tokens, position):
                beside.update(t.text for t in tokens[max(position - 1, 0) : position + 2] if t is not token)
    return beside & names


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(["Solace", "Cruises", "Nordvik", "3L", "the", "ship", "Tour", "45+10", "a"]), max_size=8
        ),
        min_size=1,
        max_size=4,
    ),
    st.sets(st.sampled_from(["Solace", "Cruises", "Nordvik", "Tour"])),
    st.sampled_from([" ", "  ", ", "]),
)
def test_names_beside_an_anchor_are_read_from_the_names_own_paragraphs_only(
    paragraph_words: list[list[str]], names: set[str], separator: str
) -> None:
    from mtqa.checks.names import replaced

    paragraphs, start = [], 0
    for index, words in enumerate(paragraph_words):
        text = separator.join(words)
        paragraphs.append(Paragraph(index, Span(start, start + len(text)), text))
        start += len(text) + 2
    tokens_of = replaced._SourceTokens(paragraphs)
    assert replaced._beside_anchors(names, tokens_of) == _beside_anchors_in_full(names, paragraphs)


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # a common word of the target language before a model code, kept in the title, translated later
        (
            "Aldova Storm 4 Rain Jacket\n\nThe Storm 4 keeps you dry in heavy rain.",
            "Aldova Storm 4 regnjacka\n\nOväder 4 håller dig torr i kraftigt regn.",
            ["Oväder"],
        ),
        # kept in both places
        (
            "Aldova Storm 4 Rain Jacket\n\nThe Storm 4 keeps you dry in heavy rain.",
            "Aldova Storm 4 regnjacka\n\nStorm 4 håller dig torr i kraftigt regn.",
            [],
        ),
        # without a code the common word is not read as a name
        (
            "Aldova Storm Rain Jacket\n\nThe Storm keeps you dry in heavy rain.",
            "Aldova Storm regnjacka\n\nOvädret håller dig torr i kraftigt regn.",
            [],
        ),
        # a code in brackets glosses the word: no model name
        (
            "Aldova and the Storm (S4) range\n\nThe Storm (S4) range keeps you dry in heavy rain.",
            "Aldova och Storm (S4)-serien\n\nOväder-serien (S4) håller dig torr i kraftigt regn.",
            [],
        ),
    ],
    ids=["en-sv-translated", "en-sv-kept", "no-code", "bracketed-code"],
)
def test_a_common_word_named_with_a_code_is_a_kept_name(source: str, target: str, expected: list[str]) -> None:
    context = context_for(source, target, "en", "sv", config=CheckConfig(profile="product"))
    assert [f.excerpt for f in findings_of(context, ("names.replaced_kept_name",))] == expected


@pytest.mark.parametrize(
    ("target", "profile", "expected"),
    [
        # the second word of a two-word name rendered by its meaning beside the first one kept
        ("Часы Lumora 3\n\nПосле тренировки приложение Lumora Наставник предлагает отдых.", "product", ["Наставник"]),
        # kept whole, transliterated, or in news
        ("Часы Lumora 3\n\nПосле тренировки приложение Lumora Mentor предлагает отдых.", "product", []),
        ("Часы Lumora 3\n\nПосле тренировки приложение Lumora Ментор предлагает отдых.", "product", []),
        ("Часы Lumora 3\n\nПосле тренировки приложение Lumora Наставник предлагает отдых.", "news", []),
    ],
    ids=["en-ru-half-translated", "kept", "transliterated", "news"],
)
def test_half_a_name_translated_across_scripts(target: str, profile: str, expected: list[str]) -> None:
    source = "Lumora 3 Watch\n\nAfter a workout, the Lumora Mentor app suggests a rest."
    context = context_for(source, target, "en", "ru", config=CheckConfig(profile=profile))
    assert [f.excerpt for f in findings_of(context, ("names.replaced_kept_name",))] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # the name without its final vowel: respelt as a word of the language
        (
            "Arietta Electric Kettle\n\nThe Arietta boils a litre in three minutes.",
            "Czajnik elektryczny Arietta\n\nTen Ariett zagotuje litr wody w trzy minuty.",
            "pl",
            ["Ariett"],
        ),
        # kept, or declined (an ending changed or added)
        (
            "Arietta Electric Kettle\n\nThe Arietta boils a litre in three minutes.",
            "Czajnik elektryczny Arietta\n\nArietta zagotuje litr wody w trzy minuty.",
            "pl",
            [],
        ),
        (
            "Arietta Electric Kettle\n\nThe base of the Arietta turns freely.",
            "Czajnik elektryczny Arietta\n\nPodstawa Arietty obraca się swobodnie.",
            "pl",
            [],
        ),
        # where nouns are capitalised, a common noun that looks like it is the language's own
        (
            "Forma Vase\n\nThe Forma holds its shape in any light.",
            "Vase Forma\n\nDie Form bleibt in jedem Licht erhalten.",
            "de",
            [],
        ),
    ],
    ids=["en-pl-vowel-dropped", "en-pl-kept", "en-pl-declined", "en-de-noun"],
)
def test_a_kept_name_without_its_final_vowel(source: str, target: str, target_lang: str, expected: list[str]) -> None:
    context = context_for(source, target, "en", target_lang, config=CheckConfig(profile="product"))
    assert [f.excerpt for f in findings_of(context, ("names.replaced_kept_name",))] == expected


def test_a_common_word_before_a_number_is_no_kept_name_in_news() -> None:
    # News numbers common words ("Block 2", "block" common in Swedish too): kept in one place and
    # translated in another is a translator's choice there.
    source = "The council approved Block 2 in May.\n\nThe council said Block 2 will hold 300 flats."
    target = "Fullmäktige godkände Block 2 i maj.\n\nFullmäktige sade att Kvarter 2 får 300 lägenheter."
    context = context_for(source, target, "en", "sv")
    assert findings_of(context, ("names.replaced_kept_name",)) == ()
    product = context_for(source, target, "en", "sv", config=CheckConfig(profile="product"))
    assert [f.excerpt for f in findings_of(product, ("names.replaced_kept_name",))] == ["Kvarter"]


def test_established_rendering_with_a_glued_ending_is_no_literal_translation() -> None:
    # Turkish derives "of New Zealand" with -lı on the country's rendering: nothing was translated anew.
    source = "A venture between Turkish group Demsa Holding and New Zealand’s Kiwa Power on Monday opened a plant."
    target = "Türk grubu Demsa Holding ile Yeni Zelandalı Kiwa Power'ın ortak girişimi pazartesi günü bir tesis açtı."
    assert not names_findings(source, target, "en", "tr", use_encoder=True)
    source = "Turkish group Demsa Holding and Saudi Arabia’s Nakheel Energy opened a plant."
    target = "Türk grubu Demsa Holding ve Suudi Arabistanlı Nakheel Energy bir tesis açtı."
    assert not names_findings(source, target, "en", "tr", use_encoder=True)


def test_the_name_the_source_gives_elsewhere_is_no_literal_translation() -> None:
    # The headline says "Croatian Post", the story "Hrvatska pošta": the translation uses the latter.
    source = "Croatian Post to shut offices\n\nHrvatska pošta, the state operator, said it would shut 300 offices."
    target = "Hrvatska Pošta zatvara urede\n\nHrvatska pošta, državni operater, objavila je da će zatvoriti 300 ureda."
    assert not names_findings(source, target, "en", "hr", use_encoder=True)
    # Without the source's own name the literal rendering is still reported.
    alone = "Croatian Post to shut offices\n\nThe state postal operator said it would shut 300 offices."
    found = names_findings(alone, target, "en", "hr", use_encoder=True)
    assert "names.literal_translation" in {f.check for f in found}


def test_own_compound_name_of_a_body_of_the_target_country() -> None:
    # A Swedish union called by its own one-word name in Swedish; a rendering of several words is judged.
    source = "The Swedish Transport Workers’ Union criticised the plan on Monday."
    target = "Transportarbetareförbundet kritiserade planen på måndagen."
    assert not names_findings(source, target, "en", "sv", use_encoder=True)
    source = "Shares of Nordic Steel rose after the deal."
    target = "Les actions d'Acier Nordique ont augmenté après l'accord."
    assert {f.check for f in names_findings(source, target, "en", "fr")} == {"names.literal_translation"}


def test_a_misspelt_surname_after_a_title_is_no_literal_translation() -> None:
    source = "Governor Helena Kowalczyk said the bridge would reopen in May."
    target = "Gouverneurin Helena Kowalcyk sagte, die Brücke werde im Mai wieder geöffnet."
    checks = [f.check for f in names_findings(source, target, "en", "de", use_encoder=True)]
    assert checks == ["names.misspelt"]


def test_a_bracketed_gloss_of_a_term_in_the_target_language_may_be_dropped() -> None:
    source = "The club, nicknamed Il Diavolo (“the Red Devil”), won in Milan on Sunday."
    target = "Il club, soprannominato Il Diavolo, ha vinto domenica a Milano."
    assert not names_findings(source, target, "en", "it", use_encoder=True)
    source = "Buyers of the draw, known as El Niño (“the Child Jesus”), queued in Madrid on Friday."
    target = "Los compradores del sorteo, conocido como El Niño, hicieron cola en Madrid el viernes."
    assert not names_findings(source, target, "en", "es", use_encoder=True)
    # In German the Spanish term needs its gloss: dropping it loses the name's meaning.
    target = "Die Käufer der Ziehung, bekannt als El Niño, standen am Freitag in Madrid Schlange."
    assert "names.missing" in {f.check for f in names_findings(source, target, "en", "de", use_encoder=True)}


def _respelt_in_full(run: tuple, sentence, source_words: frozenset[str]):  # type: ignore[no-untyped-def]
    # The definition, read over every word of the sentence (before the sentence gate on the run's first word).
    from mtqa.checks.names import misspelt
    from mtqa.checks.names.extract import tokens_of

    tokens = tokens_of(sentence.text, sentence.span.start)
    size = len(run) - 1
    for index in range(len(tokens) - size):
        if any(tokens[index + k].text != run[k].text for k in range(size)):
            continue
        if not all(misspelt._spaced(sentence, tokens[index + k], tokens[index + k + 1]) for k in range(size)):
            continue
        word = tokens[index + size]
        if word.capitalised and word.folded not in source_words and misspelt._misspelling(run[-1].text, word.text):
            return word
    return None


_MISSPELT_WORDS = [
    "Thierry",
    "Thierr&#121;",
    "Vallon",
    "Valon",
    "Vallons",
    "d'Thierry",
    "Thierry&eacute;",
    "Jean-Thierry",
    "le",
    "a",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_MISSPELT_WORDS), min_size=2, max_size=3),
    st.lists(st.sampled_from(_MISSPELT_WORDS), max_size=8),
    st.sampled_from([" ", ", ", "\u2060 "]),
)
def test_misspelt_respelling_gate_finds_what_every_word_finds(
    run_words: list[str], words: list[str], separator: str
) -> None:
    from mtqa.checks.names import misspelt
    from mtqa.checks.names.extract import tokens_of
    from mtqa.model import Sentence

    run = tuple(tokens_of(" ".join(run_words), 0))[:3]
    text = separator.join(words)
    sentence = Sentence(0, 0, Span(5, 5 + len(text)), text)
    if len(run) >= 2:
        assert misspelt._respelt(run, sentence, frozenset()) == _respelt_in_full(run, sentence, frozenset())


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=STRESS_ALPHABET, max_size=60))
def test_every_word_is_part_of_its_text_without_references(text: str) -> None:
    from mtqa.checks._textutil import REFERENCE_FILLER
    from mtqa.checks.names.extract import tokens_of

    if "&" not in text and REFERENCE_FILLER not in text:
        assert all(token.text in text for token in tokens_of(text, 0))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet=STRESS_ALPHABET + "+-Ridgeline", max_size=40), min_size=1, max_size=3))
def test_replaced_names_target_parts_are_those_of_the_tokens(texts: list[str]) -> None:
    # replaced_names splits the target's words read by findall; the tokens (with places) are made only for
    # a name the translation does not write. Both must give the same parts.
    from mtqa.checks.names import replaced

    paragraphs = [Paragraph(i, Span(10 * i, 10 * i + len(t)), t) for i, t in enumerate(texts)]
    by_tokens = [part for t in replaced._tokens_of(paragraphs) for part in t.text.split("-")]
    by_findall = [part for p in paragraphs for word in replaced._TOKEN.findall(p.text) for part in word.split("-")]
    assert by_findall == by_tokens


def _stripped_candidates_in_full(text: str, language: str) -> list[tuple[str, str, frozenset[str], int, int]]:
    # The definition: every capitalised word that loses letters in ASCII, but a common word opening the sentence.
    from mtqa.checks.names import diacritics
    from mtqa.lang import Language
    from mtqa.lang.lexicon import lexicon

    words = lexicon(Language(language))
    found = []
    for match in diacritics._WORD.finditer(text):
        word = match.group()
        if word.isascii() or len(word) < 3 or not word[0].isupper():
            continue
        plain = diacritics._plain(word)
        if plain == word or not plain.isascii():
            continue
        if not text[: match.start()].strip(" \"'«“„‘(") and words is not None and words.zipf(word) >= 3.0:
            continue
        found.append((word, plain, frozenset(c.lower() for c in word if not c.isascii()), match.start(), match.end()))
    return found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["État", "Žák", "Łódź", "Über", "über", "Hélène", "Zak", "«", "le", "Ελλάδα", "Ab"]), max_size=8
    ),
    st.sampled_from([" ", "  ", ", "]),
)
def test_stripped_names_read_the_source_words_once_per_language(words: list[str], separator: str) -> None:
    # Memoised per (text, language) for the run: the same text read as French, then German, gets each
    # language's common words (a capitalised "État" opening a French sentence is a word, not a name).
    from mtqa.checks.names import diacritics
    from mtqa.lang import Language
    from mtqa.runcache import RunMemo, memo_scope

    text = separator.join(words)
    with memo_scope(RunMemo()):
        for language in ("fr", "de", "fr"):
            assert list(diacritics._source_words(text, Language(language))) == _stripped_candidates_in_full(
                text, language
            )


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        ("Talks with " + "Ab " * 12_000 + "ended.", "Les pourparlers ont pris fin.", "en", "fr"),
        ("Gespräche mit " + "Nord Süd " * 6_000 + "endeten.", "Talks ended.", "de", "en"),
    ],
)
def test_a_name_of_thousands_of_capitalised_words_is_checked_in_linear_time(
    source: str, target: str, source_lang: str, target_lang: str
) -> None:
    import time

    # Before, the capitalised words of every suffix of the "name" were counted again: 10,000 took 27 s.
    started = time.process_time()
    names_findings(source, target, source_lang, target_lang)
    assert time.process_time() - started < 5


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # a name of few consonants (n, v, l) transliterated where the page keeps it in Latin letters
        (
            "Nuvola Desk Lamp\n\nThe Nuvola dims itself at night.",
            "Επιτραπέζια λάμπα Nuvola\n\nΗ Νουβόλα χαμηλώνει μόνη της τη νύχτα.",
            "el",
            ["Νουβόλα"],
        ),
        (
            "Nuvola Desk Lamp\n\nThe Nuvola dims itself at night.",
            "Επιτραπέζια λάμπα Nuvola\n\nΗ Nuvola χαμηλώνει μόνη της τη νύχτα.",
            "el",
            [],
        ),
        (
            "Nuvola Desk Lamp\n\nThe Nuvola dims itself at night.",
            "Επιτραπέζια λάμπα Nuvola\n\nΗ λάμπα χαμηλώνει μόνη της τη νύχτα.",
            "el",
            [],
        ),
        # Japanese runs the transliterated name on into the next word
        (
            "Tamsin Air Purifier\n\nControl it from the Tamsin Home app.",
            "Tamsin 空気清浄機\n\nタムシンホームアプリで操作できます。",
            "ja",
            ["タムシン"],
        ),
        (
            "Tamsin Air Purifier\n\nControl it from the Tamsin Home app.",
            "Tamsin 空気清浄機\n\nTamsin ホームアプリで操作できます。",
            "ja",
            [],
        ),
    ],
)
def test_a_kept_name_transliterated_in_one_paragraph(
    source: str, target: str, target_lang: str, expected: list[str]
) -> None:
    context = context_for(source, target, "en", target_lang, config=CheckConfig(profile="product"))
    assert [f.excerpt for f in findings_of(context, ("names.replaced_kept_name",))] == expected


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # the brand altered beside a short word of the name that the translation keeps ("Air")
        ("Oczyszczacz Nimbra Air 3\n\nSteruj nim w aplikacji Nimbus Air.", ["Nimbus"]),
        ("Oczyszczacz Nimbra Air 3\n\nSteruj nim w aplikacji Nimbra Air.", []),
        # a word beside it that the source does not write there anchors nothing
        ("Oczyszczacz Nimbra Air 3\n\nSteruj nim w aplikacji producenta.", []),
    ],
)
def test_a_kept_name_altered_beside_a_short_word_of_the_name(target: str, expected: list[str]) -> None:
    source = "Nimbra Air 3 Purifier\n\nControl it from the Nimbra Air app."
    context = context_for(source, target, "en", "pl", config=CheckConfig(profile="product"))
    assert [f.excerpt for f in findings_of(context, ("names.replaced_kept_name",))] == expected


@pytest.mark.parametrize(
    ("source", "target", "target_lang", "expected"),
    [
        # the second word of a two-word name translated beside the first kept as written
        (
            "Corvina S2 Kettle\n\nTrack your tea in the Corvina Kitchen app.",
            "Hervidor Corvina S2\n\nControla tu té en la app Corvina Cocina desde el móvil.",
            "es",
            ["Cocina"],
        ),
        (
            "Corvina S2 Kettle\n\nTrack your tea in the Corvina Kitchen app.",
            "Corvina S2 -vedenkeitin\n\nSeuraa teetäsi Corvina Keittiö -sovelluksessa.",
            "fi",
            ["Keittiö"],
        ),
        # kept whole, or a name word that is no common word of the source (nothing to translate)
        (
            "Corvina S2 Kettle\n\nTrack your tea in the Corvina Kitchen app.",
            "Hervidor Corvina S2\n\nControla tu té en la app Corvina Kitchen desde el móvil.",
            "es",
            [],
        ),
        (
            "Corvina S2 Kettle\n\nTrack your tea in the Corvina Zelmo app.",
            "Hervidor Corvina S2\n\nControla tu té en la app Corvina Zelma desde el móvil.",
            "es",
            [],
        ),
    ],
)
def test_half_a_name_translated_in_one_script(source: str, target: str, target_lang: str, expected: list[str]) -> None:
    context = context_for(source, target, "en", target_lang, config=CheckConfig(profile="product"))
    assert [f.excerpt for f in findings_of(context, ("names.replaced_kept_name",))] == expected
    news = context_for(source, target, "en", target_lang)
    assert findings_of(news, ("names.replaced_kept_name",)) == ()  # news translates such names by convention


def test_misspelt_surname_after_a_capitalised_title_noun_of_a_german_source() -> None:
    # German capitalises the title before the name ("Bürgermeisterin Lena Aichberger"); the translation
    # renders the title, keeps the given name and misspells the surname.
    source = "Die Brücke wird im Mai eröffnet, sagte Bürgermeisterin Lena Aichberger am Montag."
    wrong = "The bridge will open in May, Mayor Lena Aichberger said on Monday.".replace("Aichberger", "Aichbergner")
    found = findings_of(context_for(source, wrong, "de", "en"), ["names.misspelt"])
    assert [f.excerpt for f in found] == ["Aichbergner"]
    right = "The bridge will open in May, Mayor Lena Aichberger said on Monday."
    assert not findings_of(context_for(source, right, "de", "en"), ["names.misspelt"])
    # Another person altogether (the given name differs too) is no misspelling.
    other = "The bridge will open in May, Mayor Lea Aichbergner said on Monday."
    assert not findings_of(context_for(source, other, "de", "en"), ["names.misspelt"])


def _literal_checks(source: str, target: str, source_lang: str, target_lang: str) -> set[str]:
    return {f.check for f in names_findings(source, target, source_lang, target_lang, use_encoder=True)}


def test_a_place_qualified_by_a_nationality_adjective_is_translated_with_it() -> None:
    # The adjective qualifies a one-word place; the target writes its own adjective of the same country.
    source = "Peru said deforestation in the Peruvian Amazon fell last year."
    target = "Perú dijo que la deforestación en la Amazonía peruana cayó el año pasado."
    assert "names.literal_translation" not in _literal_checks(source, target, "en", "es")
    # A company keeps its name: the nationality adjective is part of it.
    source = "Shares of Turkish Airlines rose after the deal."
    target = "Les actions de Compagnies turques ont augmenté après l'accord."
    assert "names.literal_translation" in _literal_checks(source, target, "en", "fr")


def test_the_field_of_a_descriptive_body_after_its_connector_is_translated_with_it() -> None:
    source = "The Swedish Association of the Forest Industries welcomed the new law on Tuesday."
    target = "La Asociación Sueca de las Industrias Forestales celebró el martes la nueva ley."
    assert "names.literal_translation" not in _literal_checks(source, target, "en", "es")


def test_a_ministry_named_by_two_fields_joined_with_an_article_is_translated_whole() -> None:
    source = "El Ministerio de Trabajo y la Economía Social publicó el decreto."
    target = "The Ministry of Labour and the Social Economy published the decree."
    assert "names.literal_translation" not in _literal_checks(source, target, "es", "en")


def test_the_word_after_a_dateline_is_capitalised_by_position() -> None:
    # "Investigadores" opens the sentence after the dateline: no word of the institute's name.
    source = "MADRID, 3 de mayo (Efe) – Investigadores del Instituto Geográfico Nacional registraron un temblor."
    target = "MADRID, May 3 (Efe) – Researchers from the National Geographic Institute recorded a tremor."
    assert "names.literal_translation" not in _literal_checks(source, target, "es", "en")


def test_a_name_respelt_by_a_transcription_habit_is_kept_not_translated() -> None:
    # "y" written "i": the name is there, respelt; the nationality before it translates nothing of it.
    source = "The record was set in 2019 by Swiss skier Marc Meyer."
    target = "Le record avait été établi en 2019 par le Suisse Marc Meier."
    assert "names.literal_translation" not in _literal_checks(source, target, "en", "fr")


def _demonym_in_eagerly(
    folded_target: str, adjective: str, rest: tuple[Token, ...], context: CheckContext, target: Language
) -> bool:
    # The plain definition of renderings._demonym_in: the rest's renderings read before any adjective.
    from mtqa.checks._textutil import fold
    from mtqa.checks.names import renderings as r
    from mtqa.checks.names.lexicon import adjective_of, demonym_forms

    forms = demonym_forms(adjective, context.source_language, target)
    if not forms:
        return False
    rest_text = context.source.text[rest[0].span.start : rest[-1].span.end]
    found = {
        fold(form).strip()
        for text in {rest_text, " ".join(t.text for t in rest)}
        for form in r.accepted_renderings(text, context.source_language, target, {})
    } - {""}
    for word in r._words_starting_with(folded_target, {form[:4] for form in forms if len(form) >= 4}):
        if not any(adjective_of(word.group(), form) for form in forms):
            continue
        start, end = word.span()
        if end < len(folded_target) and folded_target[end] == " ":
            end += 1
        elif start and folded_target[start - 1] == " ":
            start -= 1
        if r._rendering_at_cut(folded_target, start, end, found):
            return True
    return False


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "found"),
    [
        ("The Indonesian Red Cross sent aid.", "La Croix-Rouge indonésienne a envoyé de l'aide.", "en", "fr", True),
        (
            "The Japanese Foreign Ministry met.",
            "Le ministère japonais des Affaires étrangères s'est réuni.",
            "en",
            "fr",
            True,
        ),
        ("The German Red Cross opened a centre.", "Das Deutsche Rote Kreuz eröffnete ein Zentrum.", "en", "de", True),
        ("The German Red Cross opened a centre.", "Le Deutsches Rotes Kreuz a ouvert un centre.", "en", "fr", True),
        (
            "Das Deutsche Rote Kreuz eröffnete ein Zentrum.",
            "La Croix-Rouge allemande a ouvert un centre.",
            "de",
            "fr",
            True,
        ),
        ("The Mexican Red Cross sent aid.", "La Croix mexicaine Rouge a envoyé de l'aide.", "en", "fr", False),
        ("The Mexican Red Cross sent aid.", "L'aide mexicaine est arrivée par la Croix du Sud.", "en", "fr", False),
        ("The Swiss Red Cross sent aid.", "Die Hilfe kam vom Roten Kreuz.", "en", "de", False),
    ],
)
def test_a_demonym_and_a_rendering_found_alike_with_the_renderings_read_late(
    source: str, target: str, source_lang: str, target_lang: str, found: bool
) -> None:
    # _demonym_in reads the rest of the name's renderings only once a form of the adjective is found
    # (_rest_renderings): each answer is the plain definition's, for the target's and the adjective's
    # own languages, with the adjective first or last.
    from mtqa.checks._textutil import fold
    from mtqa.checks.names import renderings
    from mtqa.checks.names.analysis import source_names
    from mtqa.checks.names.lexicon import own_languages

    context = context_for(source, target, source_lang, target_lang)
    folded_target = fold(context.target.text)
    names = [
        n
        for found, _ in source_names(tuple(context.source.sentences), context.source_language).names.values()
        for n in found
        if len(n.content) >= 2
    ]
    assert names
    answers = []
    for name in names:
        content = name.content
        for adjective, rest in ((content[0], content[1:]), (content[-1], content[:-1])):
            for language in (context.target_language, *own_languages(adjective.text, context.source_language)):
                late = renderings._demonym_in(folded_target, adjective.text, rest, context, language, {})
                assert late == _demonym_in_eagerly(folded_target, adjective.text, rest, context, language)
                answers.append(late)
    assert any(answers) == found


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a unit symbol after a number closes the number: "GHz Wi-Fi" is no name to find or render
        (
            "Connect the doorbell to your 5 GHz Wi-Fi network in the app.",
            "Verbinden Sie die Türklingel in der App mit Ihrem WLAN.",
            "en",
            "de",
            set(),
        ),
        (
            "Connect the hub to your 2.4 GHz Wi-Fi network.",
            "Connectez le hub à votre réseau sans fil.",
            "en",
            "fr",
            set(),
        ),
        # the capitalised words after the unit are still a name of their own
        (
            "The charger delivers 65 W Power Delivery to any laptop.",
            "Le chargeur fournit une alimentation rapide à tout ordinateur portable.",
            "en",
            "fr",
            {"Power Delivery"},
        ),
        (
            "Shares of Nordic Steel rose 5 percent after the deal.",
            "Les actions ont augmenté de 5 pour cent après l'accord.",
            "en",
            "fr",
            {"Nordic Steel"},
        ),
    ],
)
def test_a_unit_symbol_after_a_number_opens_no_name(
    source: str, target: str, source_lang: str, target_lang: str, expected: set[str]
) -> None:
    found = names_findings(source, target, source_lang, target_lang)
    assert {m for f in found for m in re.findall(r"'([^']+)'", f.message)[:1]} == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # one mark of the name lost, another kept: a slip, not a house style
        ("Coach Jiří Němeček praised the team.", "Trenér Jiří Nemeček tým pochválil.", "en", "cs", ["Nemeček"]),
        (
            "Le maire Józef Wiśniewski a inauguré le pont.",
            "Burmistrz Józef Wisniewski otworzył most.",
            "fr",
            "pl",
            ["Wisniewski"],
        ),
        (
            "Minister Conceição Brandão spoke on Monday.",
            "A ministra Conceicão Brandão falou na segunda-feira.",
            "en",
            "pt",
            ["Conceicão"],
        ),
        # Spanish writes no ç: as with a name stripped whole, its loss is a style there
        ("A ministra Conceição Brandão falou ontem.", "La ministra Conceicão Brandão habló ayer.", "pt", "es", []),
        # all marks kept, or a letter the target does not write (German has no ě): silent
        ("Coach Jiří Němeček praised the team.", "Trenér Jiří Němeček tým pochválil.", "en", "cs", []),
        ("Coach Jiří Němeček praised the team.", "Trainer Jiří Nemeček lobte das Team.", "en", "de", []),
        # a mark changed for another is another spelling, not a lost mark
        ("L'actrice Hélène Dupré a parlé.", "Aktorka Hèlène Dupré przemówiła.", "fr", "pl", []),
    ],
    ids=["cs", "pl", "pt", "es-foreign", "cs-kept", "de-foreign", "changed"],
)
def test_a_name_partly_stripped_of_the_target_s_own_letters(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = names_findings(source, target, source_lang, target_lang)
    assert [f.excerpt for f in findings if f.check == "names.lost_diacritics"] == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # a name after an elided article is read alone: its translation beside the kept title is found
        (
            "Lampe Orvane Étoile 3\n\nPosée sur le bureau, l’Étoile 3 éclaire toute la pièce.",
            "Orvane Étoile 3 lamp\n\nPlaced on the desk, the Star 3 lights the whole room.",
            "fr",
            "en",
            {"Étoile"},
        ),
        (
            "Zaino Verdi Orsa 20\n\nLa tasca dell’Orsa 20 contiene un portatile.",
            "Verdi Orsa 20 backpack\n\nThe pocket of the Bear 20 holds a laptop.",
            "it",
            "en",
            {"Orsa"},
        ),
        # kept after an elided article in the translation: nothing to report
        (
            "Orvane Star 3 lamp\n\nPlaced on the desk, the Star 3 lights the whole room.",
            "Lampe Orvane Star 3\n\nPosée sur le bureau, l’Star 3 éclaire toute la pièce.",
            "en",
            "fr",
            set(),
        ),
    ],
)
def test_a_name_after_an_elided_article_is_read_alone(
    source: str, target: str, source_lang: str, target_lang: str, expected: set[str]
) -> None:
    found = names_findings(source, target, source_lang, target_lang)
    replaced = [f for f in found if f.check == "names.replaced_kept_name"]
    assert {re.findall(r"'([^']+)'", f.message)[0] for f in replaced} == expected


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang", "expected"),
    [
        # between languages that decline no names, a surname cut short is misspelt
        (
            "Mayor Carla Fontes opened the bridge.",
            "La alcaldesa Carla Fonte inauguró el puente.",
            "en",
            "es",
            ["Fonte"],
        ),
        (
            "Le ministre Paolo Ferraris a démissionné.",
            "Il ministro Paolo Ferrari si è dimesso.",
            "fr",
            "it",
            ["Ferrari"],
        ),
        # a name written in full stays silent
        ("Mayor Carla Fontes opened the bridge.", "La alcaldesa Carla Fontes inauguró el puente.", "en", "es", []),
        # where names take case endings, a shorter form may be the name's own case: left alone
        ("Bürgermeister Jonas Aichners Rede war kurz.", "Mayor Jonas Aichner's speech was short.", "de", "en", []),
        ("Mayor Carla Fontes opened the bridge.", "Starostka Carla Fonte otevřela most.", "en", "cs", []),
    ],
    ids=["en-es", "fr-it", "kept", "de-genitive", "cs"],
)
def test_a_surname_cut_short_between_languages_that_decline_no_names(
    source: str, target: str, source_lang: str, target_lang: str, expected: list[str]
) -> None:
    findings = names_findings(source, target, source_lang, target_lang)
    assert [f.excerpt for f in findings if f.check == "names.misspelt"] == expected
