#!/usr/bin/env python3
"""Build blind set 28: article texts and gold annotations are data; run from any directory."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def sp(s):
    # '~' = U+00A0 (no-break space), '^' = U+202F (narrow no-break space); applied to every text and excerpt
    return s.replace("~", "\u00a0").replace("^", "\u202f")


def beads(spec):
    """'0:0 4,5:4 6: :8' -> alignment beads (empty side allowed)."""
    out = []
    for tok in spec.split():
        s, t = tok.split(":")
        out.append({"source": [int(x) for x in s.split(",") if x],
                    "target": [int(x) for x in t.split(",") if x]})
    return out


ARTICLES = []

# 1 ------------------------------------------------------------------ en -> fr, all 1-1 (wildlife)
ARTICLES.append(dict(
    name="vosges-lynx-release", sl="en", tl="fr",
    src=[
        "Three lynx released in the Vosges as France tries to save a fragile population",
        "STRASBOURG, Oct 14 (Lakeline) – Three Eurasian lynx captured in the Carpathian mountains were released on Tuesday in the northern Vosges, where fewer than 20 of the big cats are thought to survive, the French Biodiversity Office said.",
        "The two females and one male, aged between two and four years, were fitted with GPS collars that transmit their position every four hours.",
        "“Without new blood, this population would not last another generation,” said biologist Hélène Marchal, who coordinates the project. “Every animal counts.”",
        "The release is part of a five-year programme costing 2.3 million euros, half of which is paid by the European Union’s LIFE fund.",
        "At least 11 lynx have been killed on roads in the region since 2016, and two were found shot, according to the office.",
        "Sheep farmers remain wary. The regional farmers’ union said lynx had killed 37 sheep in the Bas-Rhin department last year, and it called for faster compensation.",
        "The state pays breeders an average of 180 euros per animal lost, but claims can take up to six months to be settled.",
        "Researchers estimate that the Vosges forest, which covers about 6,000 square kilometres, could support a population of 60 to 80 lynx.",
        "A camera-trap survey last winter photographed 17 different individuals, identified by the spots on their coats.",
        "The next releases are planned for spring 2027, when two more animals are expected to arrive from Slovakia.",
    ],
    tgt=[
        "Trois lynx relâchés dans les Vosges pour tenter de sauver une population fragile",
        "STRASBOURG, 14 octobre (Lakeline) – Trois lynx boréaux capturés dans les Carpates ont été relâchés mardi dans le nord des Vosges, où survivraient moins de 20 de ces grands félins, a indiqué l’Office français de la biodiversité.",
        "Les deux femelles et le mâle, âgés de deux à quatre ans, ont été équipés de colliers GPS qui transmettent leur position toutes les quatre heures.",
        "«~Sans sang neuf, cette population ne tiendrait pas une génération de plus~», a déclaré la biologiste Hélène Maréchal, qui coordonne le projet. «~Chaque animal compte.~»",
        "Le lâcher s’inscrit dans un programme de cinq ans d’un coût de 2,3 millions d’euros, dont la moitié est financée par le fonds LIFE de l’Union européenne.",
        "Au moins 11 lynx ont été tués sur les routes de la région depuis 2016. et deux ont été retrouvés abattus, selon l’office.",
        "Les éleveurs de moutons restent méfiants. Le syndicat agricole régional a indiqué que des lynx avaient tué 73 moutons dans le département du Bas-Rhin l’an dernier, et il a réclamé une indemnisation plus rapide.",
        "L’État verse aux éleveurs en moyenne 180 euros par animal perdu, mais le règlement des demandes peut prendre jusqu’à six semaines .",
        "Les chercheurs estiment que la forêt vosgienne, qui couvre environ 6^000 kilomètres carrés, pourrait accueillir une population de 60 à 80 lynx.",
        "Un recensement par camera trap réalisé l'hiver dernier a permis de photographier 17 individus différents, identifiés grâce aux taches de leur pelage.",
        "Les prochains lâchers sont prévus au printemps 2027, lorsque deux autres animaux doivent arriver de Slovaquie. Le lynx est une espèce protégée en France depuis 1981.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("name", 3, "Maréchal", "surname Marchal altered"),
        ("sentence_boundary", 5, "2016. et", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("number", 6, "73", "37 sheep became 73"),
        ("mistranslation", 7, "six semaines", "'six months' rendered as six weeks"),
        ("punctuation", 7, "semaines .", "space before the final full stop"),
        ("untranslated", 9, "camera trap", "English term left untranslated (piège photographique)"),
        ("typography", 9, "l'hiver", "straight apostrophe in an article that otherwise uses ’"),
        ("addition", 10, "Le lynx est une espèce protégée en France depuis 1981.", "sentence not in the source"),
    ],
))

# 2 ------------------------------------------------------------------ en -> de, 1-2 split (tech regulation)
ARTICLES.append(dict(
    name="vienna-courier-tracking-fine", sl="en", tl="de",
    src=[
        "Austrian regulator fines food delivery app 4.2 million euros over rider tracking",
        "VIENNA, March 3 (Lakeline) – Austria’s data protection authority on Monday fined the food delivery platform Lieferfix 4.2 million euros for tracking the location of its couriers even when they were off duty, the largest penalty it has imposed on a company based in the country.",
        "The authority found that the app had recorded riders’ GPS positions every 30 seconds for up to two hours after the end of a shift, and had kept the data for 18 months. It said the company had no legal basis for either practice.",
        "Lieferfix, which has about 3,400 couriers in Vienna, Graz and Linz, said it would appeal to the Federal Administrative Court.",
        "“We have never used this data to monitor or discipline anyone,” a company spokeswoman, Katharina Pölzl, said. “It was a technical error, and it has been fixed.”",
        "The investigation began in 2024 after a complaint by the union vida, which represents transport workers, and a group of 12 couriers.",
        "“A courier who logs off is a private person again,” said Markus Edlinger, who heads the union’s delivery section. He called the fine “long overdue”.",
        "The authority also ordered the company to delete all location data older than 30 days within three months.",
        "Under the European Union’s General Data Protection Regulation, fines can reach 4% of a company’s global annual turnover. Lieferfix reported revenue of 96 million euros last year.",
        "Consumer advocates said the case showed that gig-economy platforms needed closer oversight, and welcomed an EU directive on platform work that member states must apply by December 2026.",
        "The decision is not yet final.",
    ],
    tgt=[
        "Österreichische Datenschutzbehörde verhängt 4,2 Millionen Euro Strafe gegen Essenslieferdienst",
        "WIEN, 3. März (Lakeline) – Die österreichische Datenschutzbehörde hat am Montag gegen die Essenslieferplattform Lieferfix eine Geldstrafe von 4,2 Millionen Euro verhängt, weil sie den Standort ihrer Fahrer auch außerhalb der Dienstzeit verfolgt hatte. Es ist die höchste Strafe, die die Behörde je gegen ein Unternehmen mit Sitz im Inland verhängt hat.",
        "Die Behörde stellte fest, dass die App die GPS-Positionen der Fahrer bis zu zwei Stunden nach Schichtende alle 30 Minuten aufgezeichnet und die Daten 18 Monate lang gespeichert hatte.",
        "Für keine der beiden Praktiken habe das Unternehmen eine Rechtsgrundlage gehabt, hieß es.",
        "Lieferfix, das in Wien, Graz und Linz rund 3.400 Fahrer beschäftigt, kündigte an, Rechtsmittel beim Bundesverwaltungsgericht einzulegen.",
        "„Wir haben diese Daten nie genutzt, um jemanden zu überwachen oder zu disziplinieren“, sagte eine Sprecherin des Unternehmens, Katharina Pelzl. „Es war ein technischer Fehler, und er wurde behoben.“",
        "Die Untersuchung begann 2024 nach einer Beschwerde der Gewerkschaft vida. die Beschäftigte im Verkehrssektor vertritt, sowie einer Gruppe von 12 Fahrern.",
        "„Ein Fahrer, der sich abmeldet, ist wieder eine Privatperson“, sagte Markus Edlinger, der die Zustellsparte der Gewerkschaft leitet. Er nannte die Strafe „längst überfällig“..",
        "Die Behörde ordnete zudem an, dass das Unternehmen alle Standortdaten löschen muss, die älter als 30 Tage sind.",
        "Nach der Datenschutz-Grundverordnung der Europäischen Union können Strafen bis zu 4 % des weltweiten Jahresumsatzes eines Unternehmens erreichen. Lieferfix wies im vergangenen Jahr einen Gewinn von 96 Millionen Euro aus.",
        "Verbraucherschützer sagten, der Fall zeige, dass gig-economy platforms strenger beaufsichtigt werden müssten, und begrüßten eine EU-Richtlinie zur Plattformarbeit, die die Mitgliedstaaten bis Dezember 2026 umsetzen müssen.",
        "Die Entscheidung ist noch nicht rechtskräftig.",
    ],
    align="0:0 1:1 2:2,3 3:4 4:5 5:6 6:7 7:8 8:9 9:10 10:11",
    art=[
        ("number", 2, "30 Minuten", "'every 30 seconds' rendered as every 30 minutes"),
        ("name", 5, "Pelzl", "surname Pölzl altered"),
        ("sentence_boundary", 6, "vida. die", "full stop inserted before the relative clause; the next word starts lower-case"),
        ("punctuation", 7, "überfällig“..", "doubled full stop"),
        ("omission", 7, "within three months", "the three-month deadline is missing"),
        ("mistranslation", 9, "Gewinn", "'revenue' rendered as profit (Umsatz)"),
        ("untranslated", 10, "gig-economy platforms", "English phrase left untranslated"),
    ],
))

# 3 ------------------------------------------------------------------ de -> en, all 1-1 (education)
ARTICLES.append(dict(
    name="saxony-teacher-shortage", sl="de", tl="en",
    src=[
        "Lehrermangel in Sachsen: Jede fünfte Oberschule kürzt den Stundenplan",
        "DRESDEN, 9. September (Lakeline) – Wegen fehlender Lehrkräfte müssen zum neuen Schuljahr 61 der rund 300 Oberschulen in Sachsen den Unterricht in mindestens einem Fach kürzen, wie das Kultusministerium am Dienstag mitteilte.",
        "Landesweit sind nach Angaben des Ministeriums 1.140 Stellen unbesetzt, 180 mehr als vor einem Jahr. Besonders betroffen sind Mathematik, Physik und Informatik.",
        "„Wir können keine Lehrkräfte herbeizaubern, die es auf dem Arbeitsmarkt nicht gibt“, sagte Kultusministerin Dorothee Lindner (CDU) in Dresden.",
        "Gekürzt wird vor allem in den Klassenstufen 7 und 8, wo künftig eine Wochenstunde Kunst oder Musik entfallen kann.",
        "Der Sächsische Lehrerverband kritisierte die Entscheidung scharf. Die Schüler zahlten den Preis für jahrelange Versäumnisse in der Personalplanung, sagte der Vorsitzende Uwe Krätzschmar.",
        "Um die Lücken zu schließen, setzt das Land verstärkt auf Seiteneinsteiger: Im vergangenen Schuljahr kam fast jede zweite neu eingestellte Lehrkraft ohne Lehramtsstudium an die Schulen.",
        "Diese erhalten eine berufsbegleitende Qualifizierung von 18 Monaten und ein Einstiegsgehalt von rund 4.300 Euro brutto im Monat.",
        "Die Lage sei nicht ohne Hoffnung, betonte Lindner: An den Universitäten in Leipzig, Dresden und Chemnitz hätten in diesem Jahr 2.350 Studierende ein Lehramtsstudium begonnen, so viele wie nie zuvor.",
        "Eltern in ländlichen Regionen wie dem Erzgebirge und der Lausitz klagen dennoch über lange Schulwege, seit kleine Standorte zusammengelegt wurden.",
        "Im Landkreis Görlitz fahren manche Kinder bereits um 6.15 Uhr mit dem Bus los.",
        "Der Landtag will im November über ein Gesetz beraten, das Teilzeitlehrkräften Anreize für eine Aufstockung ihrer Stunden bieten soll.",
    ],
    tgt=[
        "Teacher shortage in Saxony: one in five secondary schools cuts its timetable",
        "DRESDEN, September 9 (Lakeline) – Because of a lack of teachers, 61 of Saxony’s roughly 300 secondary schools will have to cut lessons in at least one subject in the new school year, the state Ministry of Education said on Tuesday.",
        "According to the ministry, 1,140 posts are vacant across the state, 180 fewer than a year ago. Mathematics, physics and computer science are particularly affected.",
        "“We cannot conjure up teachers who do not exist on the labour market,” Education Minister Dorothee Lindner (CDU) said in Dresden.",
        "The cuts will mainly affect years 7 and 8, where one weekly lesson of art or music may be dropped in future.",
        "The Saxon Teachers’ Association sharply criticised the decision. Pupils were paying the price for years of failures in staff planning, said its chairman Uwe Kratzschmar.",
        "To fill the gaps, the state is increasingly relying on Seiteneinsteiger: last school year, almost every second newly hired teacher came to the schools without a teaching degree.",
        "They receive 18 months of on-the-job training and a starting salary of around 4.300 euros gross a month.",
        "The situation was not without hope, Lindner stressed: 2,350 students had begun teacher training at the universities in Leipzig, Dresden and Chemnitz this year, more than ever before.",
        "Parents in rural areas such as the Ore Mountains and Lusatia nevertheless complain about long journeys to school since small schools were were merged.",
        "In the district of Görlitz, some children already catch the bus at 6.51am.",
        "The state parliament plans to debate a law in November that would give part-time teachers incentives to increase their hours, a measure the teachers’ association has long demanded.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10 11:11",
    art=[
        ("mistranslation", 2, "fewer", "'mehr' (more) rendered as fewer: the shortage grew"),
        ("name", 5, "Kratzschmar", "surname Krätzschmar lost its umlaut"),
        ("untranslated", 6, "Seiteneinsteiger", "German word left untranslated (career changers)"),
        ("typography", 7, "4.300", "German thousands separator kept in English (4,300)"),
        ("repetition", 9, "were were", "auxiliary doubled"),
        ("number", 10, "6.51am", "departure at 6.15 became 6.51"),
        ("addition", 11, ", a measure the teachers’ association has long demanded", "clause not in the source"),
    ],
))

# 4 ------------------------------------------------------------------ en -> nl, all 1-1 (trade)
ARTICLES.append(dict(
    name="dutch-seed-potato-exports", sl="en", tl="nl",
    src=[
        "Dutch seed potato exports hit record as Egypt and Algeria buy more",
        "THE HAGUE, Feb 18 (Lakeline) – Dutch exports of seed potatoes rose 12% to a record 1.08 million tonnes in the 2025-26 season, driven by strong demand from North Africa, the Dutch Seed Potato Council said on Wednesday.",
        "Egypt remained the largest buyer, taking 184,000 tonnes, followed by Algeria with 151,000 tonnes and Morocco with 97,000 tonnes.",
        "The value of exports climbed to 842 million euros from 705 million euros a season earlier, as prices rose after a wet autumn cut harvests in several European countries.",
        "“North African growers want varieties that cope with heat and little water, and that is exactly where Dutch breeders have invested,” said the council’s chairman, Joost van der Heijden.",
        "Most seed potatoes are shipped from the ports of Rotterdam and Vlissingen in refrigerated containers kept at 4 degrees Celsius.",
        "Exports to the United Kingdom, however, fell by a third after new plant health checks introduced in January caused delays at the border.",
        "Traders said some consignments had waited up to five days in Dover, and that several loads had been rejected because of soil residues.",
        "The council expects demand to stay strong next season but warned that a shortage of certified land could limit production.",
        "Farmers must leave at least three years between two potato crops on the same field to prevent disease, which reduces the area available for seed potatoes.",
        "About 1,900 growers, most of them in the northern provinces of Groningen, Friesland and Drenthe, produce seed potatoes in the Netherlands.",
        "The Netherlands accounts for roughly 60% of global trade in certified seed potatoes.",
    ],
    tgt=[
        "Export van Nederlandse pootaardappelen bereikt record door grotere vraag uit Egypte en Algerije",
        "DEN HAAG, 18 februari (Lakeline) – De Nederlandse export van pootaardappelen is in het seizoen 2025-26 met 12 procent gestegen tot een record van 1,08 miljoen ton, gedreven door een sterke vraag uit Noord-Afrika, meldde de Nederlandse Pootgoedraad woensdag.",
        "Egypte bleef de grootste afnemer met 184.000 ton, gevolgd door Algerije met 115.000 ton en Marokko met 97.000 ton.",
        "De waarde van de export steeg van 705 miljoen euro een seizoen eerder naar 842 miljoen euro, doordat de prijzen stegen nadat een natte herfst de oogsten in verschillende Europese landen had verhoogd.",
        "“Noord-Afrikaanse telers willen rassen die tegen hitte en weinig water kunnen, en dat is precies waar Nederlandse kwekers in hebben geïnvesteerd”, zei voorzitter Joost van der Heijden van de raad.",
        "De meeste pootaardappelen worden vanuit de havens van Rotterdam en Vlissingen verscheept in koelcontainers van 4 graden Fahrenheit.",
        "De export naar het Verenigd Koninkrijk daalde echter met een derde nadat nieuwe fytosanitaire controles, die in januari werden ingevoerd, voor vertraging aan de grens zorgden.",
        "Handelaren zeiden dat sommige zendingen tot vijf dagen in Dover hadden gewacht. en dat meerdere ladingen waren geweigerd vanwege resten van grond.",
        "De raad verwacht dat de vraag volgend seizoen sterk blijft, maar waarschuwde dat een tekort aan gecertificeerde grond de productie zou kunnen beperken.",
        "Boeren moeten ten minste drie jaar laten tussen twee aardappelteelten op hetzelfde perceel om ziekten te voorkomen, wat het areaal dat beschikbaar is voor zaaiaardappelen verkleint.",
        "Ongeveer 1,900 telers, de meesten in de noordelijke provincies Groningen, Friesland en Drenthe, telen pootaardappelen in Nederland.",
        "Nederland is goed voor ongeveer 60 procent van de de wereldwijde handel in gecertificeerde pootaardappelen.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10 11:11",
    art=[
        ("number", 2, "115.000", "Algeria's 151,000 tonnes became 115.000"),
        ("mistranslation", 3, "verhoogd", "'cut harvests' rendered as increased them (meaning reversed)"),
        ("number", 5, "4 graden Fahrenheit", "4 degrees Celsius rendered as Fahrenheit"),
        ("sentence_boundary", 7, "gewacht. en", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("consistency", 9, "zaaiaardappelen", "'seed potatoes' is 'pootaardappelen' everywhere else"),
        ("typography", 10, "1,900", "English thousands separator kept in Dutch (1.900)"),
        ("repetition", 11, "de de", "article doubled"),
    ],
))

# 5 ------------------------------------------------------------------ en -> da, 2-1 merge (weather)
ARTICLES.append(dict(
    name="esbjerg-storm-surge", sl="en", tl="da",
    src=[
        "Storm surge floods streets in western Denmark as water reaches highest level since 1981",
        "ESBJERG, Jan 27 (Lakeline) – Storm Ingrid pushed the North Sea 4.35 metres above normal in the harbour of Esbjerg on Monday night, the highest water level measured there since 1981, the Danish Meteorological Institute said.",
        "Wind gusts reached 38 metres per second on the island of Fanø. More than 60,000 households lost power for several hours.",
        "Police evacuated about 450 residents from low-lying streets in Ribe, where water from the Ribe river entered the old town.",
        "“We have sandbagged the cathedral square twice this winter, but tonight the water came over the barriers,” said Ribe’s emergency coordinator, Mette Kjærgaard.",
        "No deaths were reported. Two people were treated in hospital for hypothermia after their car was caught by rising water near Tønder.",
        "The Great Belt Bridge was closed to all traffic for nine hours, and ferries between Esbjerg and Fanø were suspended until Tuesday noon.",
        "The Danish Storm Council will decide next week whether the flooding qualifies for state compensation.",
        "Insurers estimate the damage at between 300 and 500 million kroner.",
        "Climate researcher Anders Holm of Aarhus University said such surges could occur every ten years by 2070, instead of roughly once a century today.",
        "The municipality of Esbjerg plans to raise its sea wall by 1.2 metres at a cost of 210 million kroner, but the work will not start before 2028.",
        "Forecasters expect the wind to ease on Wednesday.",
    ],
    tgt=[
        "Stormflod oversvømmer gader i det vestlige Danmark, da vandet når det højeste niveau siden 1981",
        "ESBJERG, 27. januar (Lakeline) – Stormen Ingrid pressede mandag aften Nordsøen 4,53 meter over normalen i Esbjerg Havn, den højeste vandstand, der er målt dér siden 1981, oplyser Danmarks Meteorologiske Institut.",
        "Vindstødene nåede op på 38 meter i sekundet på Fanø. Mere end 60.000 husstande mistede strømmen i flere timer.",
        "Politiet evakuerede omkring 450 beboere fra lavtliggende gader i Ribe, hvor vand fra Ribe River trængte ind i den gamle bydel.",
        "»Vi har lagt sandsække omkring Domkirkepladsen to gange i denne vinter, men i nat kom vandet over barriererne,« sagde Ribes beredskabskoordinator, Mette Kjærgaard.",
        "To personer blev behandlet på hospitalet for hedeslag, efter at deres bil blev fanget af det stigende vand nær Tønder.",
        "Storebæltsbroen var lukket for al trafik i ni timer, og færgerne mellem Esbjerg og Fanø var indstillet indtil tirsdag middag.",
        "Stormrådet afgør i næste uge, om oversvømmelsen berettiger til statslig erstatning, mens forsikringsselskaberne anslår skaderne til mellem 300 og 500 millioner kroner.",
        "Klimaforsker Anders Holm fra Aarhus Universitet sagde, at sådanne stormfloder kan forekomme hvert tiende år i 2070 i stedet for omkring én gang om året i dag.",
        "Esbjerg Kommune planlægger at hæve sit havdige med 1.2 meter til en pris af 210 millioner kroner, men arbejdet går ikke i gang før 2028.",
        "Meteorologerne venter, at vinden løjer af onsdag onsdag.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7,8:7 9:8 10:9 11:10",
    art=[
        ("number", 1, "4,53", "4.35 metres became 4,53"),
        ("name", 3, "Ribe River", "the river Ribe Å rendered with the English word 'River'"),
        ("omission", 5, "No deaths were reported.", "sentence missing from the translation"),
        ("mistranslation", 5, "hedeslag", "'hypothermia' rendered as heatstroke (meaning reversed)"),
        ("mistranslation", 8, "om året", "'once a century' rendered as once a year"),
        ("typography", 9, "1.2", "decimal point in Danish (1,2)"),
        ("repetition", 10, "onsdag onsdag", "weekday doubled"),
    ],
))

# 6 ------------------------------------------------------------------ en -> ro, all 1-1 (elections)
ARTICLES.append(dict(
    name="iasi-mayoral-byelection", sl="en", tl="ro",
    src=[
        "Independent candidate wins Iași mayoral by-election on low turnout",
        "IAȘI, May 12 (Lakeline) – Independent candidate Corina Mănescu won Sunday’s mayoral by-election in Iași with 41.6% of the vote, according to preliminary results published on Monday by the Permanent Electoral Authority.",
        "Turnout was 29.8%, the lowest in a local election in the city since 1992. About 92,000 of the 309,000 registered voters cast a ballot.",
        "Mănescu, a 47-year-old architect, defeated the Social Democrat candidate Radu Olteanu, who received 33.2%, and a liberal councillor, Bogdan Ciobanu, with 17.9%.",
        "The by-election was called after the previous mayor resigned in February, following an investigation into the award of public lighting contracts.",
        "“People did not vote for a party tonight, they voted for a city that works,” Mănescu told supporters at a rally in Unirii Square shortly before midnight.",
        "She promised to publish every municipal contract above 50,000 lei online within 30 days of signing, and to finish the tram line to the airport by the end of 2027.",
        "Olteanu conceded defeat on Monday morning and said his party would not challenge the result.",
        "Observers from the local watchdog Observatorul Civic reported minor irregularities at 14 of the city’s 288 polling stations, mostly related to voter lists.",
        "Mănescu will serve until the next regular local elections, scheduled for September 2028.",
        "Her support on the council is limited: independents hold only 6 of the 27 seats.",
    ],
    tgt=[
        "O candidată independentă câștigă alegerile parțiale pentru Primăria Iași, la o prezență scăzută",
        "IAȘI, 12 mai (Lakeline) – Candidata independentă Corina Mănescu a câștigat alegerile parțiale de duminică pentru funcția de primar al Iașiului cu 41,6% din voturi, potrivit rezultatelor preliminare publicate luni de Autoritatea Electorală Permanentă.",
        "Prezența la vot a fost de 29,8%, cea mai ridicată la alegeri locale în oraș din 1992. Aproximativ 92.000 din cei 309.000 de alegători înscriși au votat.",
        "Mănescu, arhitectă în vârstă de 47 de ani, l-a învins pe candidatul social-democrat Radu Olteanu, care a obținut 33,2%, și pe un consilier liberal, Bogdan Ciobanu, cu 17.9%.",
        "Alegerile parțiale au fost convocate după ce fostul primar a demisionat în februarie, în urma unei anchete privind atribuirea contractelor de iluminat public.",
        "„Oamenii nu au votat în seara asta pentru un partid, au votat pentru un oraș care funcționează”, le-a spus Mănescu susținătorilor, la un miting în Piața Unirii, cu puțin înainte de miezul nopții.",
        "Ea a promis că va publica online orice contract municipal de peste 50.000 de lei în termen de 30 de zile de la semnare și că va finaliza linia de tramvai spre aeroport până la sfârşitul anului 2027.",
        "Olteanu și-a recunoscut înfrângerea luni dimineață. și a spus că partidul său nu va contesta rezultatul.",
        "Observatorii organizației locale Observatorul Civic au semnalat nereguli minore la 14 dintre cele 228 de secții de votare din oraș, legate în mare parte de listele electorale.",
        "Manescu va ocupa funcția până la următoarele alegeri locale ordinare, programate pentru septembrie 2028.",
        "Sprijinul ei în consiliu este limitat: independenții dețin doar 6 din cele 27 de seats.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("mistranslation", 2, "cea mai ridicată", "'the lowest' rendered as the highest (meaning reversed)"),
        ("typography", 3, "17.9%", "decimal point in Romanian (17,9%)"),
        ("typography", 6, "sfârşitul", "s with a cedilla (ş) where Romanian writes ș with a comma below"),
        ("sentence_boundary", 7, "dimineață. și", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("number", 8, "228", "288 polling stations became 228"),
        ("name", 9, "Manescu", "surname Mănescu lost its breve"),
        ("untranslated", 10, "seats", "English word left untranslated (locuri / mandate)"),
    ],
))

# 7 ------------------------------------------------------------------ fr -> en, all 1-1 (health)
ARTICLES.append(dict(
    name="lille-amoxicillin-shortage", sl="fr", tl="en",
    src=[
        "Pénurie d’amoxicilline~: les pharmacies des Hauts-de-France rationnent les boîtes pour enfants",
        "LILLE, 4 décembre (Lakeline) – Près d’une pharmacie sur trois des Hauts-de-France ne disposait plus mardi d’amoxicilline en suspension buvable, l’antibiotique le plus prescrit aux enfants, selon un relevé de l’Union régionale des pharmaciens portant sur 1^240 officines.",
        "La situation s’est dégradée depuis la mi-novembre, avec la hausse des angines et des otites liée à l’arrivée du froid. Les commandes ont augmenté de 40^% en trois semaines.",
        "«~Nous passons nos matinées au téléphone pour trouver une boîte dans une autre officine~», raconte Sandrine Vermeulen, pharmacienne à Roubaix. «~Certains parents font trois pharmacies avant de repartir avec le traitement.~»",
        "L’Agence nationale de sécurité du médicament (ANSM) a autorisé les pharmaciens à préparer eux-mêmes des doses à partir de comprimés pour adultes, une dérogation valable jusqu’au 31 janvier.",
        "Le principal fabricant, le laboratoire Dervalis, explique les retards par une panne sur une ligne de production de son usine de Compiègne, qui fournit environ 60^% du marché français.",
        "L’entreprise affirme que la production reprendra normalement à partir du 15 décembre et que 2,5 millions de flacons seront livrés d’ici à la fin de l’année.",
        "Les médecins sont invités à ne prescrire l’amoxicilline qu’en cas de nécessité et à privilégier, lorsque c’est possible, des traitements plus courts, de cinq jours au lieu de dix.",
        "Le ministère de la Santé n’a pas manqué de rappeler que les antibiotiques «~ne sont pas automatiques~» et que la plupart des angines chez l’enfant sont d’origine virale.",
        "En 2023 déjà, une pénurie similaire avait touché toute la France pendant près de quatre mois.",
        "L’Union régionale des pharmaciens demande la constitution de stocks de sécurité de deux mois pour les médicaments pédiatriques essentiels.",
    ],
    tgt=[
        "Amoxicillin shortage: pharmacies in Hauts-de-France ration children’s packs",
        "LILLE, December 4 (Lakeline) – Nearly one in three pharmacies in Hauts-de-France had run out of amoxicillin oral suspension, the antibiotic most often prescribed to children, on Tuesday, according to a survey of 1^240 pharmacies by the Regional Union of Pharmacists.",
        "The situation has worsened since mid-November, with a rise in sore throats and ear infections as the cold weather set in. Orders have increased by 40% in three weeks.",
        "“We spend our mornings on the phone trying to find a box at another pharmacy,” says Sandrine Vermeulen, a pharmacist in Roubaix. “Some parents go to three pharmacies before they leave with the treatment.”",
        "The National Agency for the Safety of Medicines and Health Products (ANSM) has authorised pharmacists to prepare doses themselves from adult tablets, an exemption valid until January 13.",
        "The main manufacturer, drugmaker Dervalis, blames the delays on a breakdown on a production line at its plant in Compiegne, which supplies around 60% of the French market and employs some 800 people.",
        "The company says production will return to normal from December 15 and that 2.5 million flacons will be delivered by the end of the year.",
        "Doctors are asked to prescribe amoxicillin only when necessary and, where possible, to favour longer courses of treatment, five days instead of ten.",
        "The Ministry of Health was quick to point out that antibiotics “are not automatic” and that most sore throats in children are viral.",
        "As early as 2023, a similar shortage affected, the whole of France for nearly four months.",
        "The Regional Pharmacists’ Union is calling for two-month safety stocks of essential paediatric medicines.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("typography", 1, "1^240", "French thousands separator (narrow no-break space) kept in English (1,240)"),
        ("number", 4, "January 13", "valid until 31 January became January 13"),
        ("name", 5, "Compiegne", "town name Compiègne lost its accent"),
        ("addition", 5, " and employs some 800 people", "clause not in the source"),
        ("untranslated", 6, "flacons", "French word left untranslated (bottles)"),
        ("mistranslation", 7, "longer", "'plus courts' (shorter) rendered as longer (meaning reversed)"),
        ("punctuation", 9, "affected,", "comma between the verb and its object"),
        ("consistency", 10, "Regional Pharmacists’ Union", "'Union régionale des pharmaciens' is 'Regional Union of Pharmacists' in paragraph 1"),
    ],
))

# 8 ------------------------------------------------------------------ es -> en, 1-0 omission (housing)
ARTICLES.append(dict(
    name="madrid-tourist-flat-moratorium", sl="es", tl="en",
    src=[
        "Madrid congela durante un año las nuevas licencias de pisos turísticos en el centro",
        "MADRID, 21 de octubre (Lakeline) – El Ayuntamiento de Madrid aprobó este martes una moratoria de doce meses sobre las nuevas licencias de pisos turísticos en los distritos de Centro, Salamanca y Chamberí, donde se concentra el 58 % de la oferta de la ciudad.",
        "Según los datos municipales, la capital cuenta con 15.870 pisos turísticos registrados, un 9 % más que hace un año, aunque las asociaciones vecinales calculan que otros 6.000 operan sin licencia.",
        "«No estamos en contra del turismo, estamos a favor de que los vecinos puedan seguir viviendo en sus barrios», declaró la delegada de Urbanismo, Lucía Carrasco, en rueda de prensa.",
        "El alquiler medio en el distrito Centro alcanzó en septiembre los 21,4 euros por metro cuadrado, casi el doble que en 2015.",
        "La medida no afectará a las licencias ya concedidas ni a las solicitudes presentadas antes del 1 de octubre.",
        "La patronal del sector, Alquila Madrid, calificó la decisión de «populista» y advirtió de que podría destruir hasta 3.500 empleos vinculados al alojamiento turístico.",
        "La Federación Regional de Asociaciones Vecinales de Madrid (FRAVM), en cambio, la consideró insuficiente y pidió que se extienda a los distritos de Arganzuela y Retiro.",
        "El consistorio destinará además 4,2 millones de euros a contratar 25 inspectores más para perseguir los pisos ilegales, que se enfrentan a multas de hasta 600.000 euros.",
        "Durante la moratoria, los técnicos municipales elaborarán un nuevo plan especial que fijará un límite de pisos turísticos por manzana.",
        "Barcelona, que aprobó en 2024 la eliminación de todas las licencias turísticas para 2028, es el precedente más citado.",
        "La oposición no dejó de reprochar al gobierno municipal que haya tardado dos años en actuar.",
    ],
    tgt=[
        "Madrid freezes new tourist flat licences in the city centre for a year",
        "MADRID, October 21 (Lakeline) – Madrid City Council on Tuesday approved a twelve-month moratorium on new tourist flat licences in the districts of Centro, Salamanca and Chamberí, which account for 58% of the city’s supply.",
        "According to municipal data, the capital has 15,780 registered tourist flats, 9% more than a year ago, although residents’ associations estimate that another 6,000 operate without a licence.",
        "“We are not against tourism, we are in favour of residents being able to go on living in their neighbourhoods,” the city’s head of urban planning, Lucía Carrasco, told a press conference.",
        "The average rent in the Centro district reached 21,4 euros per square metre in September, almost double the 2015 level.",
        "The measure will not affect licences already granted or applications submitted before October 1.",
        "The industry association, Rent Madrid, called the decision “populist” and warned that it could destroy up to 3,500 jobs linked to tourist accommodation.",
        "The Regional Federation of Neighbourhood Associations of Madrid (FRAVM), on the other hand, considered it sufficient and asked for it to be extended to the Arganzuela and Retiro districts.",
        "The consistorio will also spend 4.2 million euros on hiring 25 more inspectors to go after illegal flats, which face fines of up to 600,000 euros.",
        "Barcelona, which in 2024 approved the elimination of all tourist licences by 2028. is the most frequently cited precedent.",
        "The opposition lost no time in reproaching the city government for taking two years to act.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9: 10:9 11:10",
    art=[
        ("number", 2, "15,780", "15.870 registered flats became 15,780"),
        ("typography", 4, "21,4", "Spanish decimal comma kept in English (21.4)"),
        ("name", 6, "Rent Madrid", "association name Alquila Madrid translated word by word"),
        ("mistranslation", 7, "sufficient", "'insuficiente' rendered as sufficient (meaning reversed)"),
        ("untranslated", 8, "consistorio", "Spanish word for the city council left untranslated"),
        ("omission", 9, "Durante la moratoria, los técnicos municipales elaborarán un nuevo plan especial que fijará un límite de pisos turísticos por manzana.", "whole paragraph has no counterpart in the translation"),
        ("sentence_boundary", 9, "2028. is", "full stop inserted mid-sentence; the next word starts lower-case"),
    ],
))

def paras_to_text(paras):
    return "\n\n".join(paras) + "\n"


def build():
    for a in ARTICLES:
        d = os.path.join(HERE, a["name"])
        os.makedirs(d, exist_ok=True)
        src = [sp(p) for p in a["src"]]
        tgt = [sp(p) for p in a["tgt"]]
        src_file, tgt_file = a["sl"] + ".txt", a["tl"] + ".txt"
        for fn, paras in ((src_file, src), (tgt_file, tgt)):
            with open(os.path.join(d, fn), "w", encoding="utf-8", newline="\n") as f:
                f.write(paras_to_text(paras))
        alignment = beads(a["align"])
        artefacts = []
        for t in a["art"]:
            cat, para, exc, note = t[:4]
            side = "source" if cat == "omission" else "target"
            item = {"category": cat, "side": side, "paragraph": para, "excerpt": sp(exc)}
            for r in t[4:]:
                if isinstance(r, int):
                    item["occurrence"] = r
            item["note"] = note
            artefacts.append(item)
        dirty = {x["paragraph"] for x in artefacts if x["side"] == "target"}
        omitted = {x["paragraph"] for x in artefacts if x["side"] == "source"}
        for b in alignment:
            if omitted & set(b["source"]):
                dirty |= set(b["target"])
        clean = [i for i in range(len(tgt)) if i not in dirty]
        gold = {"source": src_file, "target": tgt_file, "source_lang": a["sl"], "target_lang": a["tl"],
                "alignment": alignment, "artefacts": artefacts, "clean_target_paragraphs": clean}
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(gold, ensure_ascii=False, indent=2) + "\n")
        print(f"{a['name']}: {len(src)}/{len(tgt)} paragraphs, {len(artefacts)} artefacts, clean {clean}")


if __name__ == "__main__":
    build()
