#!/usr/bin/env python3
"""Build blind set 23: article texts and gold annotations are data; run from any directory."""
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

# 1 ------------------------------------------------------------------ en -> fr, 1-2 split
ARTICLES.append(dict(
    name="toulouse-composites-jobs", sl="en", tl="fr",
    src=[
        "Toulouse parts maker to cut 240 jobs as aircraft orders slow",
        "TOULOUSE, March 4 (Lakeline) – Aerostral Composites, a supplier of carbon-fibre wing parts, will cut 240 of its 1,150 jobs in the Toulouse area over the next 18 months, the company said on Wednesday.",
        "The firm blamed delays in two regional aircraft programmes and a 14% drop in orders for its flap assemblies in 2025.",
        "“We have waited as long as we could,” chief executive Hélène Dastugue told reporters. “Without these measures, the whole site would be at risk by 2028.”",
        "The company’s revenue fell to 312 million euros last year from 356 million in 2024, while its operating loss widened to 19.4 million euros.",
        "The CGT and Force Ouvrière unions called a two-hour stoppage for Thursday morning. They said management had rejected a proposal to cut working hours instead of jobs.",
        "The Occitanie regional council, which lent Aerostral 8 million euros in 2021, said it would ask the company to repay part of the loan if the cuts went ahead.",
        "Analyst Julien Marcadier of the Paris brokerage Ferrand Lys said smaller suppliers were paying the price for the big manufacturers’ cautious production plans.",
        "Its largest customer, the planemaker Altavia, which accounts for about 40% of Aerostral’s sales, declined to comment.",
        "The job cuts will mainly affect the Colomiers plant, where production of flap assemblies will be moved to a site near Casablanca, Morocco.",
        "Aerostral said voluntary departures would be offered first and that talks with staff representatives would begin on March 17.",
    ],
    tgt=[
        "Un sous-traitant toulousain va supprimer 240 emplois face au ralentissement des commandes d’avions",
        "TOULOUSE, 4 mars (Lakeline) – Aerostral Composites, fournisseur de pièces d’ailes en fibre de carbone, va supprimer 240 de ses 1^150 emplois dans la région toulousaine au cours des 18 prochains mois, a annoncé l’entreprise mercredi.",
        "L’entreprise invoque des retards dans deux programmes d’avions régionaux et une baisse de 41^% des commandes de ses ensembles de volets en 2025.",
        "«~Nous avons attendu aussi longtemps que nous le pouvions~», a déclaré aux journalistes la directrice générale, Hélène Dastugue. «~Sans ces mesures, c’est tout le site qui serait menacé d’ici 2028.~»",
        "Le chiffre d’affaires de l’entreprise est tombé à 312 millions d’euros l’an dernier, contre 356 millions en 2024, tandis que sa perte d’exploitation s’est creusée à 19.4 millions d’euros.",
        "Les syndicats CGT et Force ouvrière ont appelé à un débrayage de deux heures jeudi matin.",
        "Selon eux, la direction a rejeté une proposition visant à réduire le temps de travail plutôt que les les emplois.",
        "Le conseil régional d’Occitanie, qui a prêté 8 millions d’euros à Aerostral en 2021, a indiqué qu’il demanderait à l’entreprise de rembourser une partie du prêt si les suppressions de postes étaient maintenues.",
        "L’analyste Julien Marcadier, de la société de bourse parisienne Ferrand Lys,, a estimé que les petits fournisseurs payaient le prix des plans de production prudents des grands constructeurs.",
        "Son principal client, l’avionneur Altavia, n’a pas souhaité faire de commentaire.",
        "Les suppressions de postes concerneront principalement l’usine de Colomiers, dont la production d’ensembles de volets sera transférée sur un site près de Casablanca, au Maroc.",
        "Aerostral a précisé que des départs volontaires seraient d’abord proposés. et que les discussions avec les représentants du personnel débuteraient le 27 mars.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5,6 6:7 7:8 8:9 9:10 10:11",
    art=[
        ("number", 2, "41^%", "a 14% drop became 41 %"),
        ("typography", 4, "19.4", "decimal point in French (19,4)"),
        ("repetition", 6, "les les", "article doubled"),
        ("punctuation", 8, "Lys,,", "doubled comma"),
        ("omission", 8, "which accounts for about 40% of Aerostral’s sales", "relative clause with the customer's share of sales missing"),
        ("sentence_boundary", 11, "proposés. et", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("number", 11, "27 mars", "March 17 became 27 March"),
    ],
))

# 2 ------------------------------------------------------------------ en -> fr, all 1-1
ARTICLES.append(dict(
    name="brittany-green-algae", sl="en", tl="fr",
    src=[
        "Brittany closes 11 beaches as green algae return early",
        "SAINT-BRIEUC, June 2 (Lakeline) – Authorities in Brittany closed 11 beaches on Monday after large mats of green algae washed up on the coast three weeks earlier than usual, releasing potentially toxic gas as they rot.",
        "The prefecture of Côtes-d’Armor said hydrogen sulphide levels above 1 part per million had been measured at four sites around the Bay of Saint-Brieuc.",
        "“The season is starting very early and very strongly,” said Yannick Le Goff, who coordinates algae collection for the local authorities. “We are already collecting 300 tonnes a day.”",
        "Scientists link the blooms to nitrates from intensive farming, which run off into rivers and feed the algae in shallow, warm bays.",
        "A report published in April by the regional environment observatory found that nitrate concentrations in local rivers had fallen by 30% since 2000 but remained too high.",
        "Farmers’ union representative Gaël Morvan said the sector had already made “enormous efforts” and should not be blamed for a warm spring.",
        "The environmental association Vigilance Côtes Bretonnes, which has taken the state to court several times, called for stricter limits on fertiliser use.",
        "The state will spend 2.6 million euros this year on collecting and treating the algae, up from 1.9 million in 2025.",
        "Swimming remains allowed on all other beaches in the department, but the prefecture advised walkers to keep dogs on a lead near the closed sites.",
    ],
    tgt=[
        "La Bretagne ferme 11 plages face au retour précoce des algues vertes",
        "SAINT-BRIEUC, 2 juin (Lakeline) – Les autorités bretonnes ont fermé lundi 11 plages après que d’importants amas d’algues vertes se sont échoués sur la côte trois semaines plus tôt que d’habitude, libérant en pourrissant un gaz potentiellement toxique.",
        "La préfecture des Côtes-d’Armor a indiqué que des concentrations d’hydrogen sulphide supérieures à 1 partie par million avaient été mesurées sur quatre sites autour de la baie de Saint-Brieuc.",
        "«~La saison commence très tôt et très fort~», a déclaré Yannick Le Gof, qui coordonne le ramassage des algues pour les collectivités locales. «~Nous ramassons déjà 300 tonnes par semaine.~»",
        "Les scientifiques attribuent ces proliférations aux nitrates issus de l’agriculture intensive, qui ruissellent dans les rivières et nourrissent les algues dans les baies chaudes et peu profondes.",
        "Un rapport publié en avril par l’observatoire régional de l’environnement a montré que les concentrations de nitrates dans les rivières locales avaient baissé de 30 % depuis 2000, mais restaient trop élevées.",
        "Le représentant syndical des agriculteurs, Gaël Morvan, a déclaré que le secteur avait déjà fait des «~efforts énormes~» et ne devait pas être tenu pour responsable d’un printemps chaud.",
        "L’association environnementale Vigilance Côtes Bretonnes, qui a plusieurs fois attaqué l’État en justice, a réclamé des limites plus strictes à l’utilisation des engrais. Elle dénonce aussi l’inaction des pouvoirs publics depuis vingt ans.",
        "L’État consacrera cette année 2,6 millions de dollars au ramassage et au traitement des algues, contre 1,9 million en 2025.",
        "La baignade reste autorisée sur toutes les autres plages du département, mais la préfecture conseille aux promeneurs de tenir leurs chiens en en laisse près des sites fermés.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9",
    art=[
        ("untranslated", 2, "hydrogen sulphide", "English term left untranslated (sulfure d’hydrogène)"),
        ("name", 3, "Le Gof", "surname Le Goff misspelt"),
        ("mistranslation", 3, "par semaine", "'a day' rendered as 'a week'"),
        ("typography", 5, "30 %", "plain space before % where French wants U+202F"),
        ("addition", 7, "Elle dénonce aussi l’inaction des pouvoirs publics depuis vingt ans.", "sentence not in the source"),
        ("number", 8, "millions de dollars", "euros became dollars"),
        ("repetition", 9, "en en", "preposition doubled"),
    ],
))

# 3 ------------------------------------------------------------------ en -> nl, 2-1 merge
ARTICLES.append(dict(
    name="utrecht-oudegracht-cars", sl="en", tl="nl",
    src=[
        "Utrecht bans cars from historic canal street",
        "UTRECHT, Oct 8 (Lakeline) – Utrecht city council voted on Thursday to ban private cars from the Oudegracht canal street from next spring, ending years of debate over traffic in the medieval city centre.",
        "The motion passed by 27 votes to 18, with support from the governing coalition and one opposition party.",
        "Alderman for mobility Sanne Verbeek said the measure would make the canal “a place to stay rather than a place to drive through”.",
        "Delivery vans will still be allowed between 6 and 11 in the morning. Residents with a permit can continue to park in three garages nearby.",
        "The shopkeepers’ association Binnenstad Utrecht warned that turnover could fall by up to 15%, particularly for restaurants that depend on visitors arriving by car.",
        "The city will spend 4.2 million euros on new paving, benches and 600 bicycle racks along the 2-kilometre route.",
        "About 3,800 vehicles use the street on an average weekday, according to municipal counts.",
        "The opposition party Stadsbelang Utrecht said the decision had been rushed and called for a referendum.",
        "Utrecht follows Amsterdam and The Hague, which have restricted car traffic in parts of their centres in recent years.",
        "The ban will take effect on April 1, 2027, after a trial period of three months.",
    ],
    tgt=[
        "Utrecht weert auto’s van de Oudegracht",
        "UTRECHT, 8 oktober (Lakeline) – De Utrechtse gemeenteraad heeft donderdag besloten particuliere auto’s vanaf volgend voorjaar te weren van de Oudegracht. Daarmee komt een einde aan een jarenlange discussie over het verkeer in de middeleeuwse binnenstad.",
        "De motie werd aangenomen met 27 tegen 17 stemmen, met steun van de coalitie en één oppositiepartij.",
        "Wethouder mobiliteit Sanne Verbeeck zei dat de maatregel van de gracht «een plek om te verblijven in plaats van een plek om doorheen te rijden» zal maken.",
        "Bestelbusjes mogen tussen 6 en 11 uur ’s ochtends nog steeds de gracht op bewoners met een vergunning kunnen blijven parkeren in drie garages in de buurt.",
        "Winkeliersvereniging Binnenstad Utrecht waarschuwde dat de omzet met maximaal 15 procent kan dalen, vooral bij restaurants die afhankelijk zijn van bezoekers die met de auto komen.",
        "De gemeente trekt 4,2 miljoen euro uit voor nieuwe verlichting, bankjes en 600 fietsenrekken langs het 2 kilometer lange traject. Volgens tellingen van de gemeente rijden er op een gemiddelde werkdag ongeveer 3.800 voertuigen over de gracht.",
        "De oppositiepartij Stadsbelang Utrecht noemde het besluit overhaast en eiste een referendum, dat volgens de partij al in maart kan worden gehouden.",
        "Utrecht volgt daarmee Amsterdam en Den Haag, die de afgelopen jaren het autoverkeer in delen van hun centrum hebben beperkt.",
        "Het verbod gaat in op 1 april 2027, na een proefperiode van drie maanden maanden.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6,7:6 8:7 9:8 10:9",
    art=[
        ("number", 2, "17", "27 votes to 18 became 27 to 17"),
        ("name", 3, "Verbeeck", "alderman's surname Verbeek altered"),
        ("typography", 3, "«een plek om te verblijven in plaats van een plek om doorheen te rijden»", "French guillemets in a Dutch text that otherwise uses “ ”"),
        ("sentence_boundary", 4, "gracht op bewoners", "two sentences run together without a full stop"),
        ("mistranslation", 6, "verlichting", "'paving' rendered as 'lighting'"),
        ("addition", 7, "dat volgens de partij al in maart kan worden gehouden", "clause about a March date not in the source"),
        ("repetition", 9, "maanden maanden", "word doubled"),
    ],
))

# 4 ------------------------------------------------------------------ en -> pt-BR, all 1-1
ARTICLES.append(dict(
    name="recife-dengue-vaccination", sl="en", tl="pt-BR",
    src=[
        "Recife extends dengue vaccination to teenagers as cases surge",
        "RECIFE, Feb 19 (Lakeline) – The city of Recife will extend its dengue vaccination campaign to all teenagers aged 10 to 14 from next Monday, after confirmed cases rose 62% in the first six weeks of the year, health officials said on Thursday.",
        "The city recorded 4,870 confirmed cases between January 1 and February 14, compared with 3,005 in the same period last year. Two deaths are under investigation.",
        "“We are ahead of the peak, not at it,” municipal health secretary Marcos Albuquerque Filho told a news conference. “March and April are still to come.”",
        "About 41,000 doses have been set aside for the expanded campaign, which will run in 35 health centres and six shopping malls.",
        "Parents must bring the child’s vaccination card and an identity document. The vaccine is given in two doses three months apart.",
        "Researchers at the Várzea Institute of Tropical Medicine, a local research centre, said heavy rain in January and temperatures above 32C had created ideal breeding conditions for the Aedes aegypti mosquito.",
        "City workers have visited 120,000 homes since December to remove standing water, the secretary said.",
        "The state government of Pernambuco declared an epidemic emergency in 14 municipalities last week, allowing faster purchases of insecticide and hospital supplies.",
        "The university hospital of the Federal University of Pernambuco has opened a dedicated ward with 40 beds.",
        "Health officials urged residents with fever, joint pain or red spots on the skin to seek care immediately and to avoid self-medication.",
    ],
    tgt=[
        "Recife amplia vacinação contra a dengue para adolescentes diante da alta de casos",
        "RECIFE, 19 de fevereiro (Lakeline) – A prefeitura do Recife vai ampliar a campanha de vacinação contra a dengue para todos os adolescentes de 10 a 14 anos a partir da próxima segunda-feira, depois que os casos confirmados subiram 62% nas seis primeiras semanas do ano, informaram autoridades de saúde nesta quinta-feira.",
        "A cidade registrou 4.870 casos confirmados entre 1º de janeiro e 14 de fevereiro, contra 3.005 no mesmo período do ano passado.",
        "“Estamos antes do pico, não nele”, disse o secretário municipal de Saúde, Marcos Albuquerque Filho, em entrevista coletiva. “Março e abril ainda estão por vir.”",
        "Cerca de 41.000 doses foram reservadas para a campanha ampliada, que será realizada em 35 postos de saúde e seis shopping centers.",
        "Os pais devem levar a caderneta de vacinação da criança e um documento de identidade. A vacina é aplicada em duas doses, com intervalo de três semanas.",
        "Pesquisadores do Instituto Várzea de Medicina Tropical, um centro de pesquisa local, afirmaram que as chuvas fortes de janeiro e as temperaturas acima de 23~°C criaram condições ideais para a reprodução do mosquito Aedes aegypti.",
        "Agentes municipais visitaram 120,000 imóveis desde dezembro para eliminar água parada, disse o secretário.",
        "O governo de Pernambuco decretou: emergência epidemiológica em 14 municípios na semana passada, o que permite compras mais rápidas de inseticida e insumos hospitalares.",
        "O hospital universitário da Universidade Federal de Pernambuco abriu uma ala exclusiva com com 40 leitos.",
        "As autoridades de saúde pediram aos moradores com febre, dor nas articulações ou manchas vermelhas na pele que procurem atendimento imediatamente e evitem a self-medication.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("omission", 2, "Two deaths are under investigation.", "sentence on two deaths under investigation missing"),
        ("mistranslation", 5, "três semanas", "'three months apart' rendered as three weeks"),
        ("number", 6, "23~°C", "32C became 23 °C"),
        ("typography", 7, "120,000", "English thousands separator in Portuguese (120.000)"),
        ("punctuation", 8, "decretou:", "stray colon between verb and object"),
        ("repetition", 9, "com com", "preposition doubled"),
        ("untranslated", 10, "self-medication", "English word left untranslated (automedicação)"),
    ],
))
# 5 ------------------------------------------------------------------ es -> en, 1-0 omission
ARTICLES.append(dict(
    name="zaragoza-handball-cup", sl="es", tl="en",
    src=[
        "El Balonmano Ebro conquista su primera Copa de la Reina ante 6.200 aficionados",
        "ZARAGOZA, 23 de febrero (Lakeline) – El Balonmano Ebro Zaragoza ganó el domingo su primera Copa de la Reina al derrotar por 29-27 al Club Atlántico Vigo en una final que se decidió en los dos últimos minutos.",
        "La extremo derecho Lucía Gárate, elegida mejor jugadora del torneo, marcó nueve goles, entre ellos el que dio la ventaja definitiva a su equipo a falta de 48 segundos.",
        "«Llevamos diez años soñando con esto. Hoy el pabellón entero ha jugado con nosotras», declaró la entrenadora, Marta Lasheras, tras recibir el trofeo.",
        "El Atlántico, que había eliminado al vigente campeón en semifinales, llegó a mandar por cuatro goles al descanso (13-17).",
        "La portera zaragozana Ainhoa Rubio detuvo 14 lanzamientos, seis de ellos en la segunda parte.",
        "El pabellón Príncipe Felipe registró una asistencia de 6.200 espectadores, la mayor en una final femenina de la competición desde 2011.",
        "El club recibirá un premio de 30.000 euros de la Real Federación Española de Balonmano, que reparte 90.000 euros entre los ocho equipos participantes.",
        "El triunfo llega en un momento delicado para la entidad, que cerró la temporada pasada con un déficit de 180.000 euros y busca un nuevo patrocinador principal.",
        "El alcalde de Zaragoza anunció que el equipo será recibido el martes en el Ayuntamiento.",
        "El Balonmano Ebro es actualmente tercero en la liga, a cinco puntos del líder.",
    ],
    tgt=[
        "Balonmano Ebro win first Copa de la Reina in front of 6,200 fans",
        "ZARAGOZA, February 23 (Lakeline) – Balonmano Ebro Zaragoza won their first Copa de la Reina on Sunday, beating Club Atlántico Vigo 29-27 in a final that was decided in the last two minutes.",
        "Right winger Lucía Gárate, named the tournament's best player, scored nine goals, including the one that gave her team the decisive lead with 84 seconds remaining.",
        "“We have been dreaming of this for ten years. Today the whole arena played with us,” said coach Marta Lasheras after receiving the trophy.",
        "Atlantic, who had knocked out the defending champions in the semi-finals, led by four goals at half-time (13-17).",
        "The Príncipe Felipe arena recorded an attendance of 6,200 spectators, the highest for a women’s final of the competition since 2011.",
        "The club will receive a prize of 30,000 euros from the Royal Spanish Handball Federation, which shares out 90,000 euros among the eight participating teams.",
        "The victory comes at a difficult time for the entity, which ended last season with a deficit of 180,000 euros and is looking for a new main sponsor.",
        "The mayor of Zaragoza announced that the team would be received at the Ayuntamiento on Tuesday, where the players will show the trophy to fans from the balcony.",
        "Balonmano Ebro are currently third in the league. five points behind the leaders.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5: 6:5 7:6 8:7 9:8 10:9",
    art=[
        ("typography", 2, "tournament's", "straight apostrophe in an article that otherwise uses ’"),
        ("number", 2, "84 seconds", "48 seconds became 84"),
        ("name", 4, "Atlantic", "club name Atlántico translated"),
        ("omission", 5, "La portera zaragozana Ainhoa Rubio detuvo 14 lanzamientos, seis de ellos en la segunda parte.", "whole paragraph has no counterpart in the translation"),
        ("mistranslation", 7, "entity", "'entidad' (here: the club) rendered literally as 'entity'"),
        ("untranslated", 8, "Ayuntamiento", "Spanish word left untranslated (city hall)"),
        ("addition", 8, "where the players will show the trophy to fans from the balcony", "clause not in the source"),
        ("sentence_boundary", 9, "league. five", "full stop inserted mid-sentence; the next word starts lower-case"),
    ],
))

# 6 ------------------------------------------------------------------ de -> en, all 1-1
ARTICLES.append(dict(
    name="kiel-eel-tracking", sl="de", tl="en",
    src=[
        "Kieler Forscher verfolgen Aale mit Minisendern bis in die Sargassosee",
        "KIEL, 14. Mai (Lakeline) – Meeresbiologen aus Kiel haben erstmals Europäische Aale mit winzigen Sendern fast 5.000 Kilometer weit auf ihrer Wanderung zu den Laichgründen in der Sargassosee verfolgt.",
        "Das Team der Universität Kiel stattete im Herbst 2024 insgesamt 86 Aale mit Sendern aus, die jeweils nur 3,5 Gramm wiegen.",
        "Nur 23 der Tiere erreichten nach Auswertung der Daten das offene Meer westlich der Azoren. Die übrigen wurden vermutlich von Haien oder Walen gefressen.",
        "„Wir hatten nicht erwartet, dass die Aale tagsüber in bis zu 1.000 Meter Tiefe abtauchen und nachts fast an die Oberfläche kommen“, sagte die Projektleiterin Dr. Katrin Oldenburg.",
        "Die Tiere legten im Schnitt 12 Kilometer pro Tag zurück, deutlich weniger als bisher angenommen. Einige Aale pausierten mehrere Wochen vor der Küste Irlands.",
        "Der Bestand des Europäischen Aals ist seit den 1980er-Jahren um mehr als 90 Prozent zurückgegangen, die Art gilt als vom Aussterben bedroht.",
        "Die Ergebnisse könnten helfen, Schutzgebiete entlang der Wanderroute auszuweisen, schreiben die Autoren in der Fachzeitschrift „Meeresbiologische Mitteilungen“.",
        "Das Projekt kostete rund 1,2 Millionen Euro und wurde von der Deutschen Forschungsgemeinschaft gefördert.",
        "Im Herbst sollen weitere 120 Aale aus Elbe und Weser markiert werden. Mit den Daten wollen die Forscher auch den Einfluss von Schiffslärm untersuchen.",
    ],
    tgt=[
        "Kiel researchers track eels with tiny transmitters all the way to the Sargasso Sea",
        "KIEL, May 14 (Lakeline) – Marine biologists from Kiel have for the first time used tiny transmitters to follow European eels for almost 5,000 kilometres on their migration to the spawning grounds in the Sargasso Sea.",
        "In autumn 2024 the team from Kiel University fitted a total of 86 eels with transmitters weighing only 3,5 grams each.",
        "According to the data, only 32 of the animals reached the open sea west of the Azores. The rest were probably eaten by by sharks or whales.",
        "“We had not expected the eels to dive to depths of up to 1,000 metres during the day and come almost to the surface at night,” said project leader Dr Katrin Oldenburg.",
        "The animals covered an average of 12 kilometres a day, much more than previously assumed.",
        "The population of the European eel has fallen by more than 90 per cent since the 1980s, and the species is threatened with extinction.",
        "The results could help to designate protected areas along the migration route, the authors write in the journal Marine Biological Communications.",
        "The project cost around 1.2 million euros and was funded by the German Research Foundation.",
        "In the autumn, another 120 eels from the Elbe and the Weser are to be tagged. Mit den Daten wollen die Forscher auch den Einfluss von Schiffslärm untersuchen.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9",
    art=[
        ("typography", 2, "3,5", "German decimal comma kept in English (3.5)"),
        ("number", 3, "32", "23 animals became 32"),
        ("repetition", 3, "by by", "word doubled"),
        ("mistranslation", 5, "much more", "'deutlich weniger' (much less) rendered as 'much more'"),
        ("omission", 5, "Einige Aale pausierten mehrere Wochen vor der Küste Irlands.", "sentence missing from the translated paragraph"),
        ("name", 7, "Marine Biological Communications", "journal title „Meeresbiologische Mitteilungen“ translated"),
        ("untranslated", 9, "Mit den Daten wollen die Forscher auch den Einfluss von Schiffslärm untersuchen.", "sentence left in German"),
    ],
))

# 7 ------------------------------------------------------------------ en -> hu, 1-2 split
ARTICLES.append(dict(
    name="budapest-suburban-trains", sl="en", tl="hu",
    src=[
        "Budapest suburban railway orders 24 new trains to replace Soviet-era fleet",
        "BUDAPEST, April 9 (Lakeline) – Budapest’s suburban railway operator has ordered 24 low-floor trains to replace carriages built in the 1970s, the city’s transport authority said on Wednesday.",
        "The contract with the Czech manufacturer Moravia Rail is worth 68 billion forints, about 170 million euros, and includes maintenance for 15 years.",
        "The first trains are due to enter service on the line to Szentendre in autumn 2027. The remaining lines will follow by 2030.",
        "“Passengers have waited far too long for air conditioning and step-free access,” said the authority’s chief executive, Anna Kovács.",
        "The new trains will carry up to 700 passengers each, about 40% more than the current ones, and run at speeds of up to 80 km/h.",
        "Around 110,000 people use the four suburban lines on an average weekday.",
        "The project is financed largely by the European Union’s cohesion funds. The government will contribute 12 billion forints.",
        "Opposition councillor Péter Halmi criticised the timetable, saying the old trains broke down on average every 2,500 kilometres.",
        "The authority said it would close the Szentendre line for six weeks in summer 2027 to upgrade platforms, with replacement buses running every 10 minutes.",
    ],
    tgt=[
        "24 új vonatot rendel a budapesti elővárosi vasút a szovjet korszakbeli szerelvények helyett",
        "BUDAPEST, április 9. (Lakeline) – A budapesti elővárosi vasút üzemeltetője 24 alacsony padlós vonatot rendelt az 1970-es években gyártott kocsik pótlására – közölte szerdán a főváros közlekedési hatósága.",
        "A cseh Moravia Rail gyártóval kötött szerződés értéke 86 milliárd forint, mintegy 170 millió euró, és 15 évre szóló karbantartást is tartalmaz.",
        "Az első vonatok 2027 őszén állnak forgalomba a szentendrei vonalon. The remaining lines will follow by 2030.",
        "„Az utasok túlságosan sokáig vártak a légkondicionálásra és az akadálymentes beszállásra” – mondta Kovács Anna, a hatóság vezérigazgatója.",
        "Az új vonatok egyenként legfeljebb 700 utast szállíthatnak, mintegy 40 százalékkal többet a jelenlegieknél, és legfeljebb 80 km/órás sebességgel közlekedhetnek.",
        "Egy átlagos hétköznapon mintegy 110.000 ember utazik a négy elővárosi vonalon.",
        "A projektet nagyrészt az Európai Unió kohéziós alapjaiból finanszírozzák.",
        "A kormány 12 milliárd forinttal járul hozzá a a projekthez.",
        "Halmi Peter ellenzéki fővárosi képviselő bírálta az ütemtervet, mondván, hogy a régi vonatok átlagosan 2500 kilométerenként meghibásodnak.",
        "A hatóság közölte, hogy a peronok felújítása miatt 2027 nyarán hat hónapra lezárja a szentendrei vonalat, a pótlóbuszok 10 percenként közlekednek majd..",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7,8 8:9 9:10",
    art=[
        ("number", 2, "86 milliárd", "68 billion forints became 86 billion"),
        ("untranslated", 3, "The remaining lines will follow by 2030.", "sentence left in English"),
        ("typography", 6, "110.000", "full stop as thousands separator in Hungarian (110 000)"),
        ("repetition", 8, "a a", "article doubled"),
        ("name", 9, "Halmi Peter", "first name Péter lost its accent"),
        ("mistranslation", 10, "hat hónapra", "'six weeks' rendered as six months"),
        ("punctuation", 10, "majd..", "doubled full stop"),
    ],
))

# 8 ------------------------------------------------------------------ en -> sv, 0-1 added paragraph
ARTICLES.append(dict(
    name="uppsala-psalter-exhibition", sl="en", tl="sv",
    src=[
        "Uppsala library puts rediscovered medieval psalter on display",
        "UPPSALA, Nov 12 (Lakeline) – A 14th-century psalter that was thought lost for more than 200 years will go on display at Uppsala University Library on Saturday, after it was found in a private collection in Lübeck.",
        "The manuscript, which contains 148 parchment leaves decorated with gold leaf, was bought at auction last spring for 4.6 million kronor with help from a private foundation.",
        "“It is like getting a lost family member back,” said head librarian Birgitta Ahlgren. “We knew it existed from an inventory of 1786, but not where it had gone.”",
        "The psalter is believed to have been made for a Dominican convent in Skänninge and taken to Germany during the Thirty Years’ War.",
        "Researchers used multispectral imaging to recover a prayer written in Old Swedish on one of its erased pages.",
        "The exhibition, entitled “Voices from the Cloister”, will run until March 1 and admission will be free.",
        "Visitors can see only two pages at a time; the book will be turned to a new page every Monday to limit exposure to light.",
        "The library expects about 25,000 visitors, roughly twice as many as for its previous exhibition.",
        "A digital copy of the entire manuscript will be published online in January.",
    ],
    tgt=[
        "Uppsala universitetsbibliotek ställer ut återfunnen medeltida psaltare",
        "UPPSALA, 12 november (Lakeline) – En psaltare från 1300-talet som ansetts förlorad i mer än 200 år visas från och med lördag på Uppsala universitetsbibliotek, efter att den hittats i en privat samling i Lübeck.",
        "Handskriften, som består av 148 pergamentblad dekorerade med bladguld, köptes på auktion i våras för 4,6 miljarder kronor med hjälp av en privat stiftelse.",
        "”Det är som att få tillbaka en förlorad familjemedlem”, säger överbibliotekarien Birgitta Ahlgren. ”Vi visste att den fanns tack vare en inventarieförteckning från 1786, men inte vart den hade tagit vägen.”",
        "Psaltaren tros ha tillverkats för ett dominikankloster i Skänninge och förts till Tyskland under hundraåriga kriget.",
        "Forskarna använde multispektral avbildning för att återskapa en bön skriven på fornsvenska på en av de raderade sidorna.",
        "Utställningen, som har titeln ”Voices from the Cloister”, pågår till den 1 mars och inträdet är gratis.",
        "Besökarna kan bara se två sidor åt gången; boken. vänds till ett nytt uppslag varje måndag för att begränsa ljusexponeringen.",
        "Biblioteket räknar med omkring 25,000 besökare, ungefär dubbelt så många som till den förra utställningen.",
        "Psaltaren anses vara en av de viktigaste svenska handskrifterna från medeltiden.",
        "En digital kopia av hela handskriften publiceras på nätet i juni.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 :9 9:10",
    art=[
        ("number", 2, "miljarder", "4.6 million kronor became billion (miljarder)"),
        ("mistranslation", 4, "hundraåriga kriget", "'Thirty Years' War' rendered as the Hundred Years' War"),
        ("untranslated", 6, "Voices from the Cloister", "exhibition title left in English (Röster från klostret)"),
        ("sentence_boundary", 7, "boken. vänds", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("typography", 8, "25,000", "English thousands separator in Swedish (25 000)"),
        ("addition", 9, "Psaltaren anses vara en av de viktigaste svenska handskrifterna från medeltiden.", "whole paragraph not in the source"),
        ("number", 10, "juni", "'January' became June"),
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
