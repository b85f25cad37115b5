#!/usr/bin/env python3
"""Build blind set 17: article texts and gold annotations are data; run from any directory."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def fr(s):
    # '~' = U+00A0 (no-break space), '^' = U+202F (narrow no-break space)
    return s.replace("~", "\u00a0").replace("^", "\u202f")


def beads(spec):
    """'0:0 1:1 5:5,6 7: :8' -> alignment beads (empty side allowed)."""
    out = []
    for tok in spec.split():
        s, t = tok.split(":")
        out.append({"source": [int(x) for x in s.split(",") if x],
                    "target": [int(x) for x in t.split(",") if x]})
    return out


def one_to_one(n, start=0):
    return " ".join(f"{i}:{i}" for i in range(start, n))


ARTICLES = []

# 1 ------------------------------------------------------------------ en -> fr, 1-2 split
ARTICLES.append(dict(
    name="quebec-maple-syrup-theft", sl="en", tl="fr",
    src=[
        "Thieves siphon 1,800 barrels of maple syrup from Quebec warehouse",
        "MONTREAL, March 3 (Northwire) – Thieves drained about 1,800 barrels of maple syrup worth C$2.4 million from a warehouse in Saint-Aimé-des-Lacs over the weekend, police said on Monday.",
        "The Sûreté du Québec said the theft was discovered at 6:30 a.m. on Sunday by an employee of Maple Crown Logistics, which stores syrup for some 140 producers.",
        "“They knew exactly which barrels were full and which were empty,” said Sergeant Mélodie Tardif, a police spokeswoman. “This was not an improvised job.”",
        "Each barrel holds roughly 620 pounds (281 kg) of syrup, and the stolen stock represents about 4.5% of the region’s annual output, according to the producers’ federation.",
        "The warehouse had no alarm system. Its owner, Réjean Gauvin, said insurers had asked him to install one in 2023 but the work was delayed by a dispute with the contractor.",
        "Bulk syrup prices rose 3.2% last year to C$3.45 a pound, making the product an attractive target for organised crime, analysts say.",
        "The Montreal daily Le Devoir reported that investigators were examining footage from a truck stop on Highway 20.",
        "Police urged anyone offered syrup in unmarked barrels to call 1-800-659-4264 or write to info@sq-signalement.ca.",
        "A similar heist in 2012 saw nearly C$18.7 million worth of syrup stolen over several months.",
        "Producers will not be compensated until the insurer completes its review, which could take until June 30, Gauvin said.",
    ],
    tgt=[fr(p) for p in [
        "Des voleurs siphonnent 1^800 barils de sirop d’érable dans un entrepôt du Québec",
        "MONTRÉAL, 3 mars (Northwire) – Des voleurs ont vidé environ 1^800 barils de sirop d’érable d’une valeur de 2,4 millions de dollars canadiens d’un entrepôt de Saint-Aimé-des-Lacs au cours du week-end, a indiqué la police lundi.",
        "La Sûreté du Québec a précisé que le vol avait été découvert dimanche à 6~h~30 par un un employé de Couronne d’Érable Logistique, qui entrepose le sirop de quelque 140 producteurs.",
        "«~Ils savaient exactement quels barils étaient pleins et lesquels étaient vides~», a déclaré la sergente Mélodie Tardif, porte-parole de la police. «~C’était un travail improvisé.~»",
        "Chaque baril contient environ 620 livres (281 kg) de sirop, et le stock volé représente environ 4,5^% de la production annuelle de la région, selon la fédération des producteurs.",
        "L’entrepôt n’avait pas de système d’alarme.",
        "Son propriétaire, Réjean Gauvin, a déclaré que les assureurs lui avaient demandé d’en installer un en 2023. mais que les travaux avaient été retardés par un litige avec l’entrepreneur.",
        "Les prix du sirop en vrac ont augmenté de 3,2^% l’an dernier pour atteindre 3.45 dollars canadiens la livre, ce qui fait du produit une cible attrayante pour le crime organisé, selon les analystes.",
        "Le quotidien montréalais Le Devoir a rapporté que les enquêteurs examinaient les images d’un truck stop de l’autoroute 20.",
        "La police a exhorté toute personne à qui l’on proposerait du sirop dans des barils non marqués à appeler le 1-800-659-4264 ou à écrire à info@sq-signalement.ca.",
        "Un vol similaire en 2012 avait vu près de 18,7 milliards de dollars canadiens de sirop dérobés sur plusieurs mois.",
        "Les producteurs ne seront pas indemnisés avant que l’assureur ait terminé son examen, ce qui pourrait prendre jusqu’au 30 juin,, a précisé Gauvin.",
    ]],
    align="0:0 1:1 2:2 3:3 4:4 5:5,6 6:7 7:8 8:9 9:10 10:11",
    art=[
        ("repetition", 2, "un un", "article doubled"),
        ("name", 2, "Couronne d’Érable Logistique", "company 'Maple Crown Logistics' rendered word by word"),
        ("mistranslation", 3, "C’était un travail improvisé", "negation lost: 'This was not an improvised job'"),
        ("sentence_boundary", 6, "2023. mais", "full stop inserted mid-sentence, sentence continues in lower case"),
        ("typography", 7, "3.45", "English decimal point kept in French (3,45)"),
        ("untranslated", 8, "truck stop", "'truck stop' left in English"),
        ("number", 10, "18,7 milliards", "C$18.7 million became 18.7 billion"),
        ("punctuation", 11, "juin,,", "doubled comma"),
    ],
))

# 2 ------------------------------------------------------------------ en -> fr, 1-0 omission
ARTICLES.append(dict(
    name="sfax-desalination-plant", sl="en", tl="fr",
    src=[
        "Tunisia opens North Africa’s largest solar-powered desalination plant in Sfax",
        "SFAX, Tunisia, Oct 14 (Northwire) – A desalination plant that can produce 150,000 cubic metres of drinking water a day began operating in Sfax on Tuesday, the national water utility said.",
        "The 310-million-euro facility, built by the Spanish-Tunisian consortium Aqualis Meridian, draws about 40% of its electricity from a 60-megawatt solar farm next to the site.",
        "Water Minister Hédi Ben Slimane said the plant would supply about 1.2 million people and end summer rationing in the city, Tunisia’s second largest.",
        "“For three summers, families here had water for only a few hours a night,” he told reporters. “That chapter is now closed.”",
        "Tunisia has suffered six consecutive years of drought, and its dams were only 22.8% full at the end of September, according to the agriculture ministry.",
        "The project was financed partly by a loan of 95 million dinars from the Arab Fund for Economic and Social Development and partly by a grant from the European Union.",
        "Environmental groups have warned that the brine discharged into the Gulf of Gabès could harm seagrass meadows and fisheries.",
        "Nadia Chebbi, a marine biologist at the University of Sfax, said monitoring buoys would measure salinity every 15 minutes and publish the data at www.sfax-eau.tn/suivi.",
        "The consortium said the water would cost about 2.1 dinars per cubic metre to produce, roughly double the price charged to households.",
        "A second plant, near Gabès, is due to open in March 2028.",
    ],
    tgt=[fr(p) for p in [
        "La Tunisie inaugure à Sfax la plus grande usine de dessalement solaire d’Afrique du Nord",
        "SFAX, Tunisie, 14 octobre (Northwire) – Une usine de dessalement capable de produire 150^000 mètres cubes d’eau potable par jour est entrée en service mardi à Sfax, a indiqué la compagnie nationale des eaux.",
        "L’installation de 310 millions d’euros, construite par le consortium hispano-tunisien Aqualis Meridian, tire environ 40^% de son électricité d’une centrale solaire de 60 mégawatts voisine du site.",
        "Le ministre de l’Eau, Hédi Fils Slimane, a déclaré que l’usine alimenterait environ 1,2 million de personnes et mettrait fin au rationnement estival dans la ville, la deuxième du pays.",
        "« Pendant trois étés, les familles d’ici n’avaient de l’eau que quelques heures par nuit », a-t-il déclaré aux journalistes. «~Ce chapitre est désormais clos.~»",
        "La Tunisie connaît six années consécutives de sécheresse, et ses barrages n’étaient remplis qu’à 22,8^% à la fin du mois de septembre, selon le ministère de l’Agriculture.",
        "Le projet a été financé en partie par un prêt de 95 millions de dollars du Fonds arabe pour le développement économique et social et en partie par par une subvention de l’Union européenne.",
        "Nadia Chebbi, marine biologist à l’Université de Sfax, a déclaré que des bouées de surveillance mesureraient la salinité toutes les 15 minutes et publieraient les données sur www.sfax-eau.tn/suivi.",
        "Le consortium a indiqué que l’eau coûterait environ 2,1 dinars par mètre cube à produire, soit à peu près la moitié du prix facturé aux ménages.",
        "Une deuxième usine, près de Gabès, doit ouvrir en mars 2028. Elle sera la plus grande du continent.",
    ]],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7: 8:7 9:8 10:9",
    art=[
        ("name", 3, "Fils", "surname 'Ben Slimane': 'Ben' translated as a common word"),
        ("typography", 4, "« Pendant trois étés, les familles d’ici n’avaient de l’eau que quelques heures par nuit »", "plain spaces inside « » instead of no-break spaces"),
        ("number", 6, "95 millions de dollars", "95 million dinars became dollars"),
        ("repetition", 6, "par par", "preposition doubled"),
        ("omission", 7, "Environmental groups have warned that the brine discharged into the Gulf of Gabès could harm seagrass meadows and fisheries.", "whole paragraph has no counterpart in the translation", "source"),
        ("untranslated", 7, "marine biologist", "job title left in English"),
        ("mistranslation", 8, "la moitié", "'double' rendered as 'half'"),
        ("addition", 9, "Elle sera la plus grande du continent.", "sentence with no counterpart in the source"),
    ],
))

# 3 ------------------------------------------------------------------ en -> de, 2-1 merge
ARTICLES.append(dict(
    name="tallinn-data-centre-heat", sl="en", tl="de",
    src=[
        "Estonian data centre to heat 9,000 Tallinn homes with waste heat",
        "TALLINN, Feb 9 (Northwire) – A new data centre in Tallinn’s Ülemiste district will pipe its waste heat into the city’s district heating network from next winter, operator Baltic Frostline said on Monday.",
        "The 42-megawatt facility, which cost €185 million, is expected to supply enough heat for about 9,000 apartments, or roughly 3% of the capital’s demand.",
        "“Servers are basically very expensive radiators,” chief executive Kadri Voolaid said. “Until now we simply blew that heat into the sky.”",
        "The heat will be sold to the utility Tallinna Küte at a price of €31.50 per megawatt hour, well below the cost of gas-fired heat.",
        "Construction began in April 2024 and the first two halls are due to open on October 1.",
        "The project has drawn criticism from residents.",
        "They say the cooling towers are too loud at night.",
        "The company said noise would stay below 45 decibels at the nearest homes, some 300 metres away.",
        "Economic Affairs Minister Tanel Rebane called the project “a model for the whole Baltic region”.",
        "More information is available at www.balticfrostline.ee/heat or by e-mail at press@balticfrostline.ee.",
    ],
    tgt=[
        "Estnisches Rechenzentrum soll 9.000 Wohnungen in Tallinn mit Abwärme heizen",
        "TALLINN, 9. Februar (Northwire) – Ein neues Rechenzentrum im Tallinner Stadtteil Ülemiste wird ab dem kommenden Winter seine Abwärme in das district heating-Netz der Stadt einspeisen, teilte der Betreiber Baltische Frostlinie am Montag mit.",
        "Die 185 Millionen Euro teure Anlage mit 42 Megawatt soll genug Wärme für rund 9.000 Wohnungen liefern, also etwa 3 Prozent des Bedarfs der Hauptstadt.",
        "„Server sind im Grunde sehr teure Heizkörper“, sagte Geschäftsführerin Kadri Voolaid. „Bisher haben wir diese Wärme einfach in den Himmel geblasen.“",
        "Die Wärme wird an den Versorger Tallinna Küte zu einem Preis von 31,50 Euro pro Megawattstunde verkauft, deutlich über den Kosten für Wärme aus Gaskraftwerken.",
        "Der Bau begann im April 2024 , die ersten beiden Hallen sollen am 1. November eröffnet werden.",
        "Das Projekt stößt bei Anwohnern auf Kritik. Sie sagen, die Kühltürme seien nachts zu laut.",
        "Das Unternehmen erklärte, der Lärm werde an den nächstgelegenen Wohnhäusern. die etwa 300 Meter entfernt sind, unter 45 Dezibel bleiben.",
        "Wirtschaftsminister Tanel Rebane nannte das Projekt “ein Vorbild für die gesamte Ostseeregion”.",
        "Weitere Informationen gibt es unter www.balticfrostline.ee/heat oder per&nbsp;E-Mail an press@balticfrostline.ee.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6,7:6 8:7 9:8 10:9",
    art=[
        ("untranslated", 1, "district heating", "'district heating' left in English inside a compound"),
        ("name", 1, "Baltische Frostlinie", "company 'Baltic Frostline' rendered word by word"),
        ("mistranslation", 4, "deutlich über", "'well below' rendered as 'well above'"),
        ("punctuation", 5, "2024 ,", "space before comma"),
        ("number", 5, "1. November", "October 1 became November 1"),
        ("sentence_boundary", 7, "Wohnhäusern. die", "full stop inserted mid-sentence, sentence continues in lower case"),
        ("typography", 8, "“ein Vorbild für die gesamte Ostseeregion”", "English quotation marks instead of „…“"),
        ("markup", 9, "&nbsp;", "HTML entity left in the text"),
    ],
))

# 4 ------------------------------------------------------------------ en -> es, 0-1 added paragraph
ARTICLES.append(dict(
    name="patagonia-glacier-survey", sl="en", tl="es",
    src=[
        "Patagonian glacier lost 1.4 kilometres in a decade, Chilean survey finds",
        "PUNTA ARENAS, Chile, Jan 22 (Northwire) – The Huemul Blanco glacier in southern Patagonia has retreated 1.4 kilometres since 2015, according to a survey published on Wednesday by the Austral Ice Observatory.",
        "Researchers used drones and satellite images to measure the ice front, which is now moving back about 140 metres a year, almost twice the rate recorded in the 1990s.",
        "“We did not expect the collapse to be this fast,” said glaciologist Ignacia Roldán, who led the study. “The lake in front of the glacier is eating it from below.”",
        "The glacier covered 87.3 square kilometres in 2015 and 79.6 square kilometres last year, the report said.",
        "Average summer temperatures at the nearest weather station rose by 0.9 degrees Celsius over the same period.",
        "The survey was funded with 420 million pesos (about $450,000) by Chile’s National Research and Development Agency and a private foundation, Fundación Témpano.",
        "Tour operators in Puerto Natales, such as Blue Fjord Cruises, say visitor numbers to the glacier fell by 18% last season because boats could no longer approach the front safely.",
        "The observatory plans to install two time-lapse cameras in November and will publish the images at www.observatorioaustral.cl/huemul.",
        "Roldán said the next survey, due in 2027, would also measure how much meltwater reaches the fjord.",
    ],
    tgt=[
        "Un glaciar patagónico perdió 1,4 kilómetros en una década, según un estudio chileno",
        "PUNTA ARENAS, Chile, 22 de enero (Northwire) – El glaciar Huemul Blanco, en el sur de la Patagonia, ha retrocedido 1,4 kilómetros desde 2015, según un estudio publicado el miércoles por el Observatorio Austral del Hielo.",
        "Los investigadores utilizaron drones e imágenes satelitales para medir el frente de hielo, que ahora retrocede unos 140 metros al año, casi el doble del ritmo registrado en la década de 1990.",
        "“No esperábamos que el colapso fuera tan rápido”, dijo la glacióloga Ignacia Roldán, que dirigió el estudio. “El lago frente al glaciar lo está devorando desde abajo”.",
        "El glaciar cubría 87,3 kilómetros cuadrados en 2015 y 79.6 kilómetros cuadrados el año pasado, según el informe.",
        "Las temperaturas medias de verano en la estación meteorológica más cercana bajaron 0,9 grados Celsius en el mismo período..",
        "El calentamiento global es la principal causa del retroceso de los glaciares en todo el mundo.",
        "El estudio fue financiado con 420 millones de pesos (unos 450.000 dólares) por la Agencia Nacional de Investigación y Desarrollo de Chile y una fundación privada, Fundación Témpano.",
        "Los operadores turísticos de Puerto Natales, como Cruceros Fiordo Azul, afirman que el número de visitantes al glaciar cayó un 81% la última temporada porque los barcos ya no podían acercarse al frente con seguridad.",
        "El observatorio prevé instalar dos cámaras de captura a intervalos en noviembre y publicará las imágenes en www.observatorioaustral.cl/huemul.",
        "Roldán dijo que el próximo survey, previsto para 2027, también medirá cuánta agua de deshielo llega al al fiordo.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 :6 6:7 7:8 8:9 9:10",
    art=[
        ("typography", 4, "79.6", "English decimal point kept in Spanish (79,6)"),
        ("mistranslation", 5, "bajaron", "'rose' rendered as 'fell'"),
        ("punctuation", 5, "período..", "doubled full stop"),
        ("addition", 6, "El calentamiento global es la principal causa del retroceso de los glaciares en todo el mundo.", "whole paragraph with no counterpart in the source"),
        ("name", 8, "Cruceros Fiordo Azul", "company 'Blue Fjord Cruises' rendered word by word"),
        ("number", 8, "81%", "18% became 81%"),
        ("untranslated", 10, "survey", "'survey' left in English"),
        ("repetition", 10, "al al", "contraction doubled"),
    ],
))

# 5 ------------------------------------------------------------------ de -> fr, all 1-1
ARTICLES.append(dict(
    name="bremen-hydrogen-ferries", sl="de", tl="fr",
    src=[
        "Bremer Werft erhält Auftrag über drei Wasserstofffähren",
        "BREMEN, 18. Mai (Northwire) – Die Weserwerft Hollmann hat einen Auftrag über drei wasserstoffbetriebene Fähren im Wert von 276 Millionen Euro erhalten, wie das Unternehmen am Montag mitteilte.",
        "Auftraggeber ist die norwegische Reederei Fjordlinje Vest, die die Schiffe ab 2029 zwischen Bergen und mehreren Inseln einsetzen will.",
        "Jede Fähre soll 1.250 Passagiere und 180 Autos befördern können und bei einer Geschwindigkeit von 14 Knoten keine Abgase ausstoßen.",
        "„Das ist der größte Auftrag in unserer 112-jährigen Geschichte“, sagte Vorstandschefin Henrike Albers. „Er sichert Arbeit bis mindestens 2031.“",
        "Die Werft will dafür rund 350 neue Beschäftigte einstellen; derzeit arbeiten dort 1.480 Menschen.",
        "Der Bremer Senat hatte im vergangenen Jahr eine Bürgschaft über 60 Millionen Euro bewilligt, um das Unternehmen vor der Insolvenz zu bewahren.",
        "Die Gewerkschaft IG Metall begrüßte den Auftrag, forderte aber einen Tarifvertrag für die neuen Stellen.",
        "Nach einem Bericht der Zeitung Norddeutsche Abendpost soll der Stahlzuschnitt für das erste Schiff im Oktober beginnen.",
        "Die Wasserstofftanks liefert ein Zulieferer aus Dänemark; der Treibstoff soll in einer Elektrolyseanlage in Bergen erzeugt werden.",
        "Weitere Informationen gibt es unter www.weserwerft-hollmann.de/presse.",
    ],
    tgt=[fr(p) for p in [
        "Un chantier naval de Brême décroche une commande de trois ferries à hydrogène",
        "BRÊME, 18 mai (Northwire) – Le chantier naval Weserwerft Hollmann a remporté une commande de trois ferries à hydrogène d’une valeur de 276 millions d’euros, a annoncé l’entreprise lundi.",
        "Le client est la compagnie maritime norvégienne Fjordlinje Vest, qui compte exploiter les navires à partir de 2029 entre Bergen et plusieurs îles.",
        "Chaque ferry pourra transporter 1.250 passagers et 180 voitures et ne rejettera aucun gaz d’échappement à une vitesse de 14 nœuds.",
        "«~C’est la plus grosse commande de nos 112 ans d’histoire~», a déclaré la présidente du directoire, Henrike Albers. «~Elle garantit du travail au moins jusqu’en 2013.~»",
        "Le chantier prévoit de licencier environ 350 nouveaux salariés ; il emploie actuellement 1^480 personnes.",
        "Le Sénat de Brême avait accordé l’an dernier une garantie de 60 millions d’euros afin de sauver l’entreprise de la faillite.",
        "Le syndicat IG Metall a salué la commande, mais a réclamé un Tarifvertrag pour les nouveaux postes.",
        "Selon un article du journal Poste du Soir d’Allemagne du Nord, la découpe de l’acier du premier navire doit commencer en octobre.",
        "Les réservoirs d’hydrogène seront fournis par un sous-traitant danois. le carburant doit être produit dans une usine d’électrolyse à Bergen.",
        "Plus d’informations sur www.weserwerft-hollmann.de/presse.",
    ]],
    align=one_to_one(11),
    art=[
        ("typography", 3, "1.250", "German thousands separator kept in French (1 250)"),
        ("number", 4, "2013", "2031 became 2013"),
        ("mistranslation", 5, "licencier", "'einstellen' (hire) rendered as 'dismiss'"),
        ("typography", 5, "salariés ;", "plain space before ';' instead of a narrow no-break space"),
        ("untranslated", 7, "Tarifvertrag", "'Tarifvertrag' left in German"),
        ("name", 8, "Poste du Soir d’Allemagne du Nord", "newspaper 'Norddeutsche Abendpost' rendered by meaning"),
        ("sentence_boundary", 9, "danois. le", "semicolon became a full stop, sentence continues in lower case"),
    ],
))

# 6 ------------------------------------------------------------------ en -> it, 1-2 split
ARTICLES.append(dict(
    name="palermo-water-rationing", sl="en", tl="it",
    src=[
        "Palermo to ration tap water three days a week as Sicily drought deepens",
        "PALERMO, July 8 (Northwire) – Palermo will cut tap water supplies to most districts three days a week from July 15, the city’s water company said on Tuesday, as reservoirs on the island fell to record lows.",
        "The utility, Acque Conca d’Oro, said its main reservoir held 11.2 million cubic metres, about 28% of capacity, compared with 31.5 million a year earlier.",
        "About 680,000 residents will be affected. Hospitals, schools and fire stations will be exempt.",
        "“We have no other choice,” said the company’s director general, Salvatore Miceli. “If we do nothing, the taps will run dry in September.”",
        "The regional government has declared a state of emergency and set aside €47 million for new wells, tanker trucks and repairs to leaking pipes.",
        "Up to 52% of the water pumped into Palermo’s network is lost through leaks, according to a report by the national statistics office, Istat, published in March.",
        "The farmers’ cooperative Golden Valley Growers said citrus growers near Ribera had lost up to 40% of their crop.",
        "Residents can check the schedule for their street at www.acqueconcadoro.it/turni or by calling 800 915 333 between 8 a.m. and 8 p.m.",
        "Tourism officials said hotels would receive water on all days, a decision criticised by residents’ committees.",
        "The mayor, Giuliana Scarpelli, said rationing would be reviewed on September 30.",
    ],
    tgt=[
        "Palermo razionerà l'acqua del rubinetto tre giorni a settimana mentre la siccità in Sicilia si aggrava",
        "PALERMO, 8 luglio (Northwire) – Dal 15 luglio Palermo interromperà la fornitura d'acqua nella maggior parte dei quartieri tre giorni a settimana,, ha dichiarato martedì la società idrica cittadina, mentre i bacini dell'isola sono scesi ai minimi storici.",
        "La società, Acque Conca d'Oro, ha dichiarato che il suo bacino principale conteneva 11,2 milioni di metri cubi, circa il 28% della capacità, contro i 31,5 milioni di un anno prima.",
        "Saranno interessati circa 680.000 residenti.",
        "Ospedali, scuole e caserme dei vigili del fuoco saranno esentati.",
        "«Abbiamo altra scelta», ha detto il direttore generale della società, Salvatore Miceli. «Se non facciamo nulla, i rubinetti resteranno a secco a settembre».",
        "Il governo regionale ha dichiarato lo stato di emergenza e stanziato 47 milioni di dollari per nuovi pozzi, autobotti e riparazioni delle condutture che perdono.",
        "Fino al 52 % dell'acqua immessa nella rete di Palermo va persa a causa delle perdite, secondo un rapporto dell'istituto nazionale di statistica, l'Istat, pubblicato a marzo.",
        "La cooperativa agricola Coltivatori della Valle d'Oro ha dichiarato che gli agrumicoltori vicino a Ribera hanno perso fino al 40% del raccolto.",
        "I residenti possono consultare il calendario della propria via su www.acqueconcadoro.it/turni oppure chiamando l'800 915 333 tra le 8 e le 20.",
        "Secondo i funzionari del turismo, gli alberghi riceveranno acqua tutti i giorni. una decisione criticata dai residents' committees.",
        "La sindaca, Giuliana Scarpelli, ha detto che il razionamento sarà rivisto il il 30 settembre.",
    ],
    align="0:0 1:1 2:2 3:3,4 4:5 5:6 6:7 7:8 8:9 9:10 10:11",
    art=[
        ("punctuation", 1, "settimana,,", "doubled comma"),
        ("mistranslation", 5, "Abbiamo altra scelta", "negation lost: 'We have no other choice'"),
        ("number", 6, "47 milioni di dollari", "€47 million became dollars"),
        ("typography", 7, "52 %", "space before % where Italian writes none"),
        ("name", 8, "Coltivatori della Valle d'Oro", "cooperative 'Golden Valley Growers' rendered word by word"),
        ("sentence_boundary", 10, "giorni. una", "full stop inserted mid-sentence, sentence continues in lower case"),
        ("untranslated", 10, "residents' committees", "'residents' committees' left in English"),
        ("repetition", 11, "il il", "article doubled"),
    ],
))

# 7 ------------------------------------------------------------------ nl -> en, all 1-1
ARTICLES.append(dict(
    name="groningen-cycle-bridge", sl="nl", tl="en",
    src=[
        "Groningen opent fietsbrug van 24 miljoen euro over het Van Starkenborghkanaal",
        "GRONINGEN, 4 september (Northwire) – Na drie jaar bouwen is woensdag de nieuwe fietsbrug over het Van Starkenborghkanaal bij Groningen geopend, meldt de gemeente.",
        "De brug is 312 meter lang en kostte 24,3 miljoen euro, waarvan de provincie 9,8 miljoen betaalde.",
        "Volgens verkeerswethouder Femke Zijlstra rijden er naar verwachting dagelijks 11.500 fietsers over de brug, vooral studenten en forenzen uit Zuidhorn.",
        "‘We halen hiermee duizenden fietsers weg van een gevaarlijk kruispunt’, zei Zijlstra. ‘Dat is niet alleen prettiger, het scheelt ook ongelukken.’",
        "De brug werd ontworpen door het Rotterdamse bureau Studio Brugwerk en gebouwd door aannemer Van Dalen Infra.",
        "Het brugdek kan 7 meter omhoog draaien, zodat binnenvaartschepen tot 110 meter lengte kunnen passeren. Een brugwachter bedient de brug op afstand vanuit Leeuwarden.",
        "De bouw liep acht maanden vertraging op door problemen met de fundering, schreef de Groninger Bode eerder dit jaar.",
        "De Fietsersbond noemde de opening „een feestdag”, maar wees erop dat de aansluitende fietspaden nog niet klaar zijn.",
        "Op zaterdag 7 september om 14.00 uur is er een openingsfeest met muziek en een fietsparade.",
        "Meer informatie: www.gemeente.groningen.nl/fietsbrug of fietsbrug@groningen.nl.",
    ],
    tgt=[
        "Groningen opens €24 million cycle bridge over the Van Starkenborgh Canal",
        "GRONINGEN, Sept 4 (Northwire) – After three years of construction, the new cycle bridge over the Van Starkenborgh Canal near Groningen opened on Wednesday, the municipality said.",
        "The bridge is 312 metres long and cost €24,3 million, of which the province paid €9.8 million.",
        "According to traffic alderman Femke Zijlstra, some 11,500 cyclists are expected to cross the bridge every week, mainly students and commuters from Zuidhorn.",
        "“This takes thousands of cyclists away from a dangerous junction,” Zijlstra said. “It is not only more pleasant, it also prevents accidents.”",
        "The bridge was designed by the Rotterdam firm Studio Brugwerk and built by the contractor Van Dalen Infra.",
        "The bridge deck can swing up by 7 metres so that inland vessels up to 110 metres long can pass. A brugwachter operates the bridge remotely from from Leeuwarden.",
        "Construction was delayed by eight months because of problems with the foundations, the Groningen Messenger wrote earlier this year.",
        "The Dutch Cyclists’ Union called the opening „a day of celebration”, but pointed out that the connecting cycle paths are not yet finished.",
        "An opening party with music and a bicycle parade will be held on Saturday, September 17, at 2 p.m..",
        "More information: www.gemeente.groningen.nl/fietsbrug or fietsbrug@groningen.nl.",
    ],
    align=one_to_one(11),
    art=[
        ("typography", 2, "€24,3 million", "Dutch decimal comma kept in English (€24.3 million)"),
        ("mistranslation", 3, "every week", "'dagelijks' (daily) rendered as 'every week'"),
        ("untranslated", 6, "brugwachter", "'brugwachter' (bridge keeper) left in Dutch"),
        ("repetition", 6, "from from", "preposition doubled"),
        ("name", 7, "Groningen Messenger", "newspaper 'Groninger Bode' rendered by meaning"),
        ("typography", 8, "„a day of celebration”", "Dutch low-high quotation marks kept in English"),
        ("number", 9, "September 17", "7 September became September 17"),
        ("punctuation", 9, "p.m..", "doubled full stop after the abbreviation"),
    ],
))

# 8 ------------------------------------------------------------------ en -> ru, all 1-1
ARTICLES.append(dict(
    name="almaty-ski-season", sl="en", tl="ru",
    src=[
        "Kazakh ski resort opens season early after record November snowfall",
        "ALMATY, Nov 21 (Northwire) – The Tau Samal ski resort near Almaty opened its slopes on Friday, two weeks ahead of schedule, after 1.3 metres of snow fell in November, its operator said.",
        "The resort, which is 32 km from the city centre, expects about 410,000 visitors this season, up 12% from last winter.",
        "A day pass costs 18,500 tenge ($36), while children under seven ski free.",
        "“We have never had this much snow so early,” said Arman Seitkali, the resort’s general manager. “The lifts were ready, so we decided not to wait.”",
        "Kazhydromet, the national weather service, forecast temperatures of minus 12 to minus 18 degrees Celsius in the mountains over the weekend.",
        "The resort’s new gondola, built by the Austrian company Alpenseil Technik at a cost of €54 million, can carry 2,800 passengers an hour.",
        "The Kazinform news agency reported that hotel prices in the area had risen by as much as 40% for the New Year holidays.",
        "Avalanche risk remains high off-piste, and rescuers urged skiers to stay on marked runs and to register at rescue@tausamal.kz before hiking.",
        "Emergency Situations Ministry spokesman Daniyar Abenov said two skiers were rescued on Thursday after ignoring warning signs.",
        "The season is scheduled to run until April 12. Details are available at www.tausamal.kz.",
    ],
    tgt=[
        "Казахстанский горнолыжный курорт открыл сезон досрочно после рекордного ноябрьского снегопада",
        "АЛМАТЫ, 21 ноября (Northwire) – Горнолыжный курорт Тау Самал под Алматы открыл свои трассы в пятницу, на две недели раньше запланированного, после того как в ноябре выпало 1,3 метра снега, сообщил его оператор.",
        "Курорт, расположенный в 32 км от центра города, рассчитывает принять в этом сезоне около 410\u00a0000 посетителей, что на 12% больше, чем прошлой зимой.",
        "Дневной абонемент стоит 18,500 тенге (36 долларов), а дети до семи лет катаются бесплатно.",
        "«Мы никогда не видели столько снега так рано», — сказал Арман Сейткали, генеральный менеджер курорта. «Подъемники были готовы, поэтому мы решили подождать».",
        "Казгидромет, национальная метеослужба, прогнозирует в горах на выходных температуру от минус 12 до минус 18 градусов Цельсия.",
        "Новая гондольная канатная дорога курорта, построенная австрийской компанией Альпийский Канат Техник за 54 миллиона евро, может перевозить 2800 пассажиров в час.",
        "Информационное агентство «Казинформ» сообщило, что цены на гостиницы в районе выросли на целых 40% на New Year holidays.",
        "Лавинная опасность вне трасс остается высокой. и спасатели призвали лыжников оставаться на размеченных трассах и регистрироваться по адресу rescue@tausamal.kz перед походом.",
        "Официальный представитель Министерства по чрезвычайным ситуациям Данияр Абенов сообщил, что в четверг были спасены двое двое лыжников, проигнорировавших предупреждающие знаки.",
        "Сезон планируется продлить до 12 марта. Подробности на сайте www.tausamal.kz .",
    ],
    align=one_to_one(11),
    art=[
        ("typography", 3, "18,500", "English thousands comma kept in Russian (reads as 18.5)"),
        ("mistranslation", 4, "решили подождать", "negation lost: 'decided not to wait'"),
        ("name", 6, "Альпийский Канат Техник", "company 'Alpenseil Technik' rendered by meaning instead of transliterated"),
        ("untranslated", 7, "New Year holidays", "phrase left in English"),
        ("sentence_boundary", 8, "высокой. и", "full stop inserted mid-sentence, sentence continues in lower case"),
        ("repetition", 9, "двое двое", "numeral doubled"),
        ("number", 10, "12 марта", "April 12 became 12 March"),
        ("punctuation", 10, "tausamal.kz .", "space before the final full stop"),
    ],
))


def paras_to_text(paras):
    return "\n\n".join(paras) + "\n"


def build():
    for a in ARTICLES:
        d = os.path.join(HERE, a["name"])
        os.makedirs(d, exist_ok=True)
        src_file, tgt_file = a["sl"] + ".txt", a["tl"] + ".txt"
        for fn, paras in ((src_file, a["src"]), (tgt_file, a["tgt"])):
            with open(os.path.join(d, fn), "w", encoding="utf-8", newline="\n") as f:
                f.write(paras_to_text(paras))
        alignment = beads(a["align"])
        artefacts = []
        for t in a["art"]:
            cat, para, exc, note = t[:4]
            side = "source" if cat == "omission" else "target"
            item = {"category": cat, "side": side, "paragraph": para, "excerpt": exc}
            rest = t[4:]
            for r in rest:
                if isinstance(r, int):
                    item["occurrence"] = r
            item["note"] = note
            artefacts.append(item)
        dirty = {x["paragraph"] for x in artefacts if x["side"] == "target"}
        omitted = {x["paragraph"] for x in artefacts if x["side"] == "source"}
        for b in alignment:
            if omitted & set(b["source"]):
                dirty |= set(b["target"])
        clean = [i for i in range(len(a["tgt"])) if i not in dirty]
        gold = {"source": src_file, "target": tgt_file, "source_lang": a["sl"], "target_lang": a["tl"],
                "alignment": alignment, "artefacts": artefacts, "clean_target_paragraphs": clean}
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(gold, ensure_ascii=False, indent=2) + "\n")
        print(f"{a['name']}: {len(a['src'])}/{len(a['tgt'])} paragraphs, {len(artefacts)} artefacts, clean {clean}")


if __name__ == "__main__":
    build()
