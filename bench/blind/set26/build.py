#!/usr/bin/env python3
"""Build blind set 26: article texts and gold annotations are data; run from any directory."""
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

# 1 ------------------------------------------------------------------ en -> fr, all 1-1 (science)
ARTICLES.append(dict(
    name="argentiere-glacier-record", sl="en", tl="fr",
    src=[
        "Mont Blanc glacier shrank by a record 4.1 metres last summer, researchers say",
        "GRENOBLE, Sept 30 (Lakeline) – The Argentière glacier in the Mont Blanc massif lost an average of 4.1 metres of ice thickness over the summer, the largest loss since measurements began in 1975, researchers at the Grenoble-based Institute of Alpine Glaciology said on Tuesday.",
        "The previous record, 3.6 metres, was set in 2022. On average, the glacier lost 1.3 metres a year in the 2000s.",
        "“What we measured this year would have been unthinkable twenty years ago,” said glaciologist Margaux Tissier, who leads the monitoring programme. “The ice is simply not getting the snow it needs in winter.”",
        "Snowfall at 2,800 metres was 35% below the 30-year average last winter, while June and August were among the warmest months on record in the northern Alps.",
        "The team drilled 42 stakes into the ice in October and returned to read them every two weeks from May to September.",
        "They also found that the glacier’s front had retreated by 58 metres since 2024, uncovering a rock step that the researchers expect to split the tongue in two within a decade.",
        "The data will be sent to the World Glacier Monitoring Service in Zurich, which compiles measurements from about 40 reference glaciers worldwide.",
        "Local guides said some routes on the glacier had become too dangerous in August because of falling rocks and open crevasses.",
        "“We used to cross here in fifteen minutes. Now it takes an hour and ropes,” said mountain guide Bastien Rouvier, 54.",
        "The programme, funded by the French National Research Agency, costs about 380,000 euros a year. Its funding runs until 2028.",
    ],
    tgt=[
        "Un glacier du massif du Mont-Blanc a perdu un record de 4,1 mètres l’été dernier, selon des chercheurs",
        "GRENOBLE, 30 septembre (Lakeline) – Le glacier d’Argentière, dans le massif du Mont-Blanc, a perdu en moyenne 4,1 mètres d’épaisseur de glace au cours de l’été, la plus forte perte depuis le début des mesures en 1957, ont annoncé mardi les chercheurs de l’Institut de glaciologie alpine de Grenoble.",
        "Le précédent record, 3,6 mètres, datait de 2022. En moyenne, le glacier perdait 1,3 mètre par an dans les années 2000.",
        "«~Ce que nous avons mesuré cette année aurait été impensable il y a vingt ans~», a déclaré la glaciologue Margaux Tissier, qui dirige le programme de suivi. «~La glace ne reçoit tout simplement pas la neige dont elle a besoin en hiver.~»",
        "L’hiver dernier, les chutes de neige à 2^800 mètres d’altitude ont été inférieures de 35 % à la moyenne sur trente ans, tandis que juin et août ont figuré parmi les mois les plus chauds jamais enregistrés dans le nord des Alpes.",
        "L’équipe a planté 42 balises dans la glace en octobre et est revenue les relever tous les deux mois, de mai à septembre.",
        "Les chercheurs ont également constaté que le front du glacier avait reculé de 58 mètres depuis 2024. mettant au jour un verrou rocheux qui, selon eux, devrait diviser la langue glaciaire en deux d’ici une décennie.",
        "Les données seront transmises au Service mondial de surveillance des glaciers, à Zurich, qui compile les mesures d’une quarantaine de glaciers de référence dans le monde.",
        "Des guides locaux ont indiqué que certains itinéraires sur le glacier étaient devenus trop dangereux en août en raison des chutes de pierres et et des crevasses ouvertes.",
        "«~Avant, on traversait ici en un quart d’heure. Maintenant, il faut une heure et des cordes~», a déclaré Bastien Rouvière, guide de haute montagne, 54 ans.",
        "Le programme, financé par l’Agence nationale de la recherche, coûte environ 380^000 euros par an..",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("number", 1, "1957", "measurements began in 1975, not 1957"),
        ("typography", 4, "35 %", "plain space before % where French wants U+202F"),
        ("mistranslation", 5, "tous les deux mois", "'every two weeks' rendered as every two months"),
        ("sentence_boundary", 6, "2024. mettant", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("repetition", 8, "et et", "conjunction doubled"),
        ("name", 9, "Rouvière", "surname Rouvier altered"),
        ("punctuation", 10, "an..", "doubled full stop"),
        ("omission", 10, "Its funding runs until 2028.", "sentence on the funding period missing"),
    ],
))

# 2 ------------------------------------------------------------------ en -> fr, 1-2 split (courts)
ARTICLES.append(dict(
    name="lyon-rhone-spill-trial", sl="en", tl="fr",
    src=[
        "Court fines chemicals firm 1.2 million euros over Rhône fish kill",
        "LYON, Jan 22 (Lakeline) – A Lyon criminal court on Thursday fined the chemicals maker Solvarex 1.2 million euros over a 2023 spill that killed an estimated eight tonnes of fish in the Rhône, and ordered it to pay 640,000 euros in damages to fishing associations.",
        "The court found that a faulty valve at the company’s plant in Saint-Fons had released about 3,000 litres of a solvent mixture into the river over a weekend in July 2023. The leak was detected only on the Monday morning.",
        "The plant’s former director, Thierry Vallon, received a suspended prison sentence of eight months and a fine of 15,000 euros.",
        "“This ruling sends a clear message: pollution is not a cost of doing business,” said Anne-Laure Besson, a lawyer for the federation of angling associations of the Rhône department.",
        "Prosecutors had sought a fine of 2 million euros, arguing that the company had ignored two internal warnings about the valve in the months before the spill.",
        "Solvarex said it would study the ruling before deciding whether to appeal. It has 10 days to do so.",
        "In a statement, the company said it had spent 4.5 million euros since the spill on new sensors and a second containment basin, and that no leak had occurred since.",
        "The spill forced the authorities to ban fishing on a 12-kilometre stretch of the river for five weeks and to close two drinking-water intakes as a precaution.",
        "The environmental group Fleuve Vivant, a civil party in the case, welcomed the verdict but said fines remained too low compared with the profits of large industrial groups.",
        "The court also ordered the ruling to be published in two regional newspapers at the company’s expense.",
    ],
    tgt=[
        "Un tribunal inflige 1,2 million d’euros d’amende à un groupe chimique pour une pollution du Rhône",
        "LYON, 22 janvier (Lakeline) – Le tribunal correctionnel de Lyon a condamné jeudi le fabricant de produits chimiques Solvarex à une amende de 1,2 million d’euros pour un déversement survenu en 2023 qui a tué environ huit tonnes de poissons dans le Rhône, et l’a condamné à verser 460^000 euros de dommages et intérêts à des associations de pêche.",
        "Le tribunal a établi qu’une vanne défectueuse de l’usine de l’entreprise à Saint-Fons avait rejeté environ 3^000 litres d’un mélange de solvants dans le fleuve au cours d’un week-end de juillet 2023.",
        "La fuite n’avait été détectée que le lundi matin.",
        "L’ancien directeur du site, Thierry Valon, a été condamné à huit mois de prison avec sursis et à une amende de 15^000 euros.",
        "«~Ce jugement envoie un message clair : la pollution n’est pas un coût d’exploitation~», a déclaré Anne-Laure Besson, avocate de la fédération des associations de pêche du département du Rhône.",
        "Le parquet avait requis une amende de 2 millions d’euros, estimant que l’entreprise avait ignoré deux alertes internes concernant la vanne dans les mois précédant le déversement.",
        "Solvarex a indiqué qu’elle étudierait le jugement avant de décider de faire appel ou non. Elle dispose de 10 jours pour le faire.",
        "Dans un communiqué, l’entreprise a affirmé avoir dépensé 4,5 millions d’euros depuis le déversement pour de nouveaux capteurs et un second bassin de rétention, et qu’aucune fuite ne s’était produite depuis, ce qui prouve selon elle le sérieux de sa démarche.",
        "Le rejet a contraint les autorités à interdire la pêche sur un tronçon de 12 kilomètres du fleuve pendant cinq semaines et à fermer deux captages d’eau potable par précaution.",
        "L’association environnementale Fleuve Vivant, partie civile dans l’affaire, a salué le verdict. mais a estimé que les amendes restaient trop faibles au regard des bénéfices des grands groupes industriels.",
        "Le tribunal a également ordonné la publication du jugement dans deux journaux régionaux aux frais de de l’entreprise.",
    ],
    align="0:0 1:1 2:2,3 3:4 4:5 5:6 6:7 7:8 8:9 9:10 10:11",
    art=[
        ("number", 1, "460^000", "640,000 euros in damages became 460 000"),
        ("name", 4, "Valon", "surname Vallon misspelt"),
        ("typography", 5, "clair :", "plain space before the colon where French wants U+00A0"),
        ("addition", 8, ", ce qui prouve selon elle le sérieux de sa démarche", "clause not in the source"),
        ("consistency", 9, "Le rejet", "'spill' is 'déversement' everywhere else in the article"),
        ("sentence_boundary", 10, "verdict. mais", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("repetition", 11, "de de", "preposition doubled"),
    ],
))

# 3 ------------------------------------------------------------------ en -> it, all 1-1 (agriculture)
ARTICLES.append(dict(
    name="puglia-olive-drought", sl="en", tl="it",
    src=[
        "Drought cuts Puglia olive oil output by a third, growers say",
        "BARI, Nov 18 (Lakeline) – Olive oil production in Puglia, Italy’s largest producing region, is expected to fall by about 33% this season after a summer with almost no rain, the regional growers’ association Olivicoltori di Puglia said on Tuesday.",
        "The association forecasts output of 128,000 tonnes, down from 192,000 tonnes last season. Some inland areas of the province of Foggia reported losses of more than 60%.",
        "“Many trees simply dropped their fruit in August to survive,” said the association’s president, Donato Lisi. “We have not seen anything like it since 2012.”",
        "Rainfall in Bari between May and September totalled 41 millimetres, compared with a long-term average of 160 millimetres, according to the regional weather service.",
        "Wholesale prices for extra virgin olive oil have risen to 9.20 euros a litre at the Bari commodity exchange, up 18% since September.",
        "Growers also face a labour shortage. The association estimates that 7,500 seasonal workers are missing this year, mainly because of competition from the tourism sector.",
        "Puglia is still recovering from Xylella fastidiosa, a bacterium that has killed millions of olive trees in the south of the region since 2013.",
        "The regional government has approved 22 million euros in emergency aid for irrigation systems and replanting, which farmers can apply for until January 31.",
        "Agriculture councillor Rosa Capurso said the region would also ask the European Commission for access to the EU’s agricultural reserve.",
        "Consumers should not expect shortages, the association said, but supermarket prices could rise by 10 to 15% by spring.",
    ],
    tgt=[
        "La siccità taglia di un terzo la produzione di olio in Puglia, secondo i coltivatori",
        "BARI, 18 novembre (Lakeline) – La produzione di olio d’oliva in Puglia, la principale regione produttrice italiana, dovrebbe calare di circa il 33% in questa campagna dopo un’estate quasi senza pioggia, ha dichiarato martedì l’associazione regionale dei produttori Olivicoltori di Puglia.",
        "L’associazione prevede una produzione di 128.000 tonnellate, contro le 192.000 tonnellate della scorsa campagna. Alcune zone interne della provincia di Foggia hanno registrato perdite superiori al 60 %.",
        "«Molti alberi hanno semplicemente lasciato cadere i frutti ad agosto per sopravvivere», ha detto il presidente dell’associazione, Donato Lisi. «Non vedevamo niente di simile dal 2021».",
        "Tra maggio e settembre a Bari sono caduti in totale 41 millimetri di pioggia, contro una media di lungo periodo di 160 millimetri, secondo il servizio meteorologico regionale.",
        "I prezzi all’ingrosso dell’olio extravergine di oliva sono saliti a 9.20 euro al litro alla borsa merci di Bari, in aumento del 18% da settembre.",
        "I coltivatori devono affrontare anche una carenza di manodopera. L’associazione stima che quest’anno manchino 7.500 lavoratori stagionali, soprattutto a causa della concorrenza del settore turistico.",
        "La Puglia si sta ancora riprendendo dalla Xylella fastidiosa, un batterio che dal 2013 ha ucciso milioni di ulivi nel sud della regione e per il quale non esiste ancora una cura.",
        "La giunta regionale ha approvato 22 milioni di euro di aiuti d’emergenza per impianti di irrigazione e replanting, che gli agricoltori possono richiedere fino al 31 gennaio.",
        "L’assessora all’agricoltura Rosa Caputo ha detto che la regione chiederà anche alla Commissione europea l’accesso alla riserva agricola dell’UE.",
        "I consumatori non devono aspettarsi carenze, ha affermato l’associazione, ma entro la primavera i prezzi nei supermercati potrebbero diminuire dal 10 al 15%.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("typography", 2, "60 %", "space before % in Italian, which writes 60% (as the rest of the article does)"),
        ("number", 3, "2021", "'since 2012' became 2021"),
        ("typography", 5, "9.20", "decimal point in Italian (9,20)"),
        ("addition", 7, "e per il quale non esiste ancora una cura", "clause not in the source"),
        ("untranslated", 8, "replanting", "English word left untranslated (reimpianto)"),
        ("name", 9, "Caputo", "councillor's surname Capurso altered"),
        ("mistranslation", 10, "diminuire", "'rise' rendered as 'fall'"),
    ],
))

# 4 ------------------------------------------------------------------ en -> pl, 2-1 merge (energy)
ARTICLES.append(dict(
    name="baltic-offshore-wind-power", sl="en", tl="pl",
    src=[
        "Poland’s first offshore wind farm sends power to the grid",
        "GDAŃSK, June 3 (Lakeline) – The first turbines of the Bałtyk Północny offshore wind farm began supplying electricity to the Polish grid on Tuesday, the project’s operator, Morska Energia, said.",
        "The farm, located about 23 kilometres off the coast near Łeba, will have 76 turbines with a combined capacity of 1.14 gigawatts when completed at the end of next year.",
        "So far 14 turbines are operating. Each is 260 metres tall, measured to the tip of the blade.",
        "“Today is the day offshore wind in Poland stops being a promise,” chief executive Marta Zielińska told reporters in Gdańsk.",
        "The project cost about 18.5 billion zlotys, or 4.3 billion euros, and is partly financed by the European Investment Bank.",
        "Once complete, the farm is expected to supply electricity for about 1.5 million households, or roughly 3% of Poland’s annual consumption.",
        "Poland still generates about 57% of its electricity from coal, the highest share in the European Union.",
        "The government aims to have 5.9 gigawatts of offshore wind capacity in operation by 2030 and 18 gigawatts by 2040.",
        "Fishermen’s organisations in Władysławowo have complained that the farm closes traditional fishing grounds. The operator has agreed to pay compensation of 12 million zlotys over five years.",
        "Construction was delayed by almost a year after a specialised installation vessel was damaged in a storm in the North Sea in October 2024.",
        "The remaining turbines will be installed from a new terminal at the port of Gdynia, which employs 350 people.",
    ],
    tgt=[
        "Pierwsza polska morska farma wiatrowa dostarcza prąd do sieci",
        "GDAŃSK, 3 czerwca (Lakeline) – Pierwsze turbiny morskiej farmy wiatrowej Bałtyk Północny zaczęły we wtorek dostarczać energię elektryczną do polskiej sieci – poinformował operator projektu, spółka Morska Energia.",
        "Farma, położona około 23 kilometrów od wybrzeża w pobliżu Łeby, po ukończeniu pod koniec przyszłego roku będzie liczyła 76 turbin o łącznej mocy 1,14 megawata. Obecnie działa 14 turbin, każda o wysokości 260 metrów, licząc do końca łopaty.",
        "“Dziś jest dzień, w którym morska energetyka wiatrowa w Polsce przestaje być obietnicą” – powiedziała dziennikarzom w Gdańsku prezes Marta Zielinska.",
        "Projekt kosztował około 18,5 mld złotych, czyli 4,3 mld euro, i jest częściowo finansowany przez Europejski Bank Inwestycyjny.",
        "Po ukończeniu farma ma zaspokajać zapotrzebowanie na energię około 1.5 miliona gospodarstw domowych, czyli mniej więcej 3% rocznego zużycia w Polsce.",
        "Polska wciąż wytwarza około 57% energii elektrycznej z węgla, najwięcej w Unii Europejskiej.",
        "Rząd chce, aby do 2030 roku działały morskie farmy wiatrowe o mocy 5,9 gigawata, a do 2040 roku – 18 gigawatów.",
        "Organizacje rybackie z Władysławowa skarżą się, że farma zamyka tradycyjne łowiska operator zgodził się wypłacić w ciągu pięciu lat odszkodowania w wysokości 12 mln złotych.",
        "Budowa opóźniła się o prawie rok po tym, jak specjalistyczny statek instalacyjny został zatopiony podczas sztormu na Morzu Północnym w październiku 2024 roku.",
        "Pozostałe turbiny zostaną zainstalowane z nowego terminalu w porcie Gdynia, który zatrudnia 350 osób i jest największym tego typu obiektem nad Bałtykiem.",
    ],
    align="0:0 1:1 2,3:2 4:3 5:4 6:5 7:6 8:7 9:8 10:9 11:10",
    art=[
        ("number", 2, "1,14 megawata", "1.14 gigawatts became megawatts"),
        ("typography", 3, "“Dziś jest dzień, w którym morska energetyka wiatrowa w Polsce przestaje być obietnicą”", "English opening quotation mark in Polish (wants „…”)"),
        ("name", 3, "Zielinska", "surname Zielińska lost its diacritic"),
        ("typography", 5, "1.5", "decimal point in Polish (1,5)"),
        ("sentence_boundary", 8, "łowiska operator", "two sentences run together without a full stop"),
        ("mistranslation", 9, "zatopiony", "'damaged' rendered as 'sunk'"),
        ("addition", 10, "i jest największym tego typu obiektem nad Bałtykiem", "clause not in the source"),
    ],
))

# 5 ------------------------------------------------------------------ it -> en, all 1-1 (sport)
ARTICLES.append(dict(
    name="treviso-volleyball-title", sl="it", tl="en",
    src=[
        "Pallavolo femminile, il Sile Volley Treviso vince il suo primo scudetto",
        "TREVISO, 11 maggio (Lakeline) – Il Sile Volley Treviso ha vinto domenica il primo scudetto della sua storia battendo per 3-1 l’Adriatica Pesaro in gara 4 della finale, davanti a 5.400 spettatori al PalaVerde.",
        "Le trevigiane, che avevano chiuso la stagione regolare al terzo posto, si sono imposte con i parziali di 25-21, 23-25, 25-19, 27-25.",
        "Decisiva la schiacciatrice olandese Femke de Groot, autrice di 24 punti e premiata come miglior giocatrice della serie.",
        "«Abbiamo sofferto fino all’ultimo pallone, ma questa squadra non ha mai smesso di crederci», ha detto l’allenatore Massimo Bortolin, al primo anno sulla panchina veneta.",
        "Nel quarto set Pesaro ha annullato tre palle scudetto prima di cedere su un muro della centrale Giulia Serafin.",
        "Il club, fondato nel 1987, aveva perso le finali del 2019 e del 2022.",
        "Il presidente Renzo Ballarin ha annunciato che la squadra sarà festeggiata martedì sera in piazza dei Signori, a partire dalle 20.30.",
        "La vittoria vale anche la qualificazione alla prossima Champions League, il cui montepremi complessivo supera i 2,5 milioni di euro.",
        "Pesaro, che nel 2024 aveva vinto la Coppa Italia, resta a secco di trofei per il secondo anno consecutivo.",
        "La Federazione Italiana Pallavolo ha reso noto che la finale è stata seguita in televisione da una media di 1,1 milioni di spettatori, con uno share del 6,8%.",
    ],
    tgt=[
        "Women’s volleyball: Sile Volley Treviso win their first league title",
        "TREVISO, May 11 (Lakeline) – Sile Volley Treviso won the first league title in their history on Sunday, beating Adriatica Pesaro 3-1 in game 4 of the final in front of 5.400 spectators at the PalaVerde.",
        "The Treviso side, who had finished third in the regular season, won by set scores of 25-21, 23-25, 25-19, 27-25.",
        "The decisive player was the Dutch outside hitter Femke de Groot, who scored 42 points and was named most valuable player of the series.",
        "“We suffered until the last ball, but this team never stopped believing,” said coach Massimo Bortolin, in his first season in charge of the Veneto side.",
        "In the fourth set Pesaro saved three championship points before giving way to a block by middle blocker Giulia Serafin..",
        "The club, founded in 1987, had lost the finals of 2019 and 2022.",
        "Club president Renzo Ballarin announced that the team would be celebrated on Tuesday evening in the Square of the Lords, starting at 8.30pm.",
        "The victory also brings qualification for next season’s Champions League, whose total montepremi exceeds 2.5 million euros.",
        "Pesaro, who won the Coppa Italia in 2024. remain without a trophy for the second consecutive year.",
        "The Italian Volleyball Federation said the final was watched on television by an average of 1.1 million viewers, a 6.8% audience share share.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("typography", 1, "5.400", "Italian thousands separator kept in English (5,400)"),
        ("number", 3, "42 points", "24 points became 42"),
        ("punctuation", 5, "Serafin..", "doubled full stop"),
        ("name", 7, "Square of the Lords", "place name Piazza dei Signori translated word by word"),
        ("untranslated", 8, "montepremi", "Italian word left untranslated (prize money)"),
        ("sentence_boundary", 9, "2024. remain", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("repetition", 10, "share share", "word doubled"),
    ],
))

# 6 ------------------------------------------------------------------ pt (PT) -> en, 1-0 omitted paragraph (transport)
ARTICLES.append(dict(
    name="tagus-electric-ferries", sl="pt", tl="en",
    src=[
        "Travessias do Tejo vão ser feitas por navios elétricos a partir de março",
        "LISBOA, 14 de janeiro (Lakeline) – A empresa pública Fluvitejo vai começar a operar em março os primeiros quatro navios elétricos na ligação entre o Cais do Sodré e Cacilhas, anunciou esta terça-feira o Ministério das Infraestruturas.",
        "Os novos navios, construídos num estaleiro de Viana do Castelo, transportam até 540 passageiros cada um e fazem a travessia em cerca de 12 minutos.",
        "A frota atual, com uma idade média de 38 anos, sofreu 214 avarias no ano passado, o que levou à supressão de mais de 1.900 viagens.",
        "«Os utentes do Tejo esperaram demasiado tempo por um serviço fiável», afirmou a presidente da Fluvitejo, Teresa Magalhães, numa conferência de imprensa no Seixal.",
        "O investimento total, de 96 milhões de euros, inclui dez navios e estações de carregamento nos terminais, e é financiado em 70% pelo Plano de Recuperação e Resiliência.",
        "Cada navio é carregado durante as paragens nos terminais, em cerca de oito minutos, e tem autonomia para três travessias completas.",
        "Segundo a empresa, a mudança vai evitar a emissão de cerca de 11 mil toneladas de CO2 por ano.",
        "A Comissão de Utentes dos Transportes da Margem Sul saudou os novos navios, mas lembrou que a frequência de 20 minutos nas horas de ponta continua a ser insuficiente.",
        "O sindicato dos mestres e marinheiros convocou uma greve para 2 e 3 de fevereiro, por causa da formação dos tripulantes para os novos navios.",
        "Os restantes seis navios devem chegar até ao final de 2027, para as ligações ao Seixal e ao Montijo.",
        "O preço do bilhete, de 1,45 euros, mantém-se inalterado.",
    ],
    tgt=[
        "Tagus crossings to be served by electric ferries from March",
        "LISBON, January 14 (Lakeline) – The state-owned company Fluvitejo will start operating its first four electric vessels on the route between Cais do Sodré and Cacilhas in March, the Ministry of Infrastructure announced on Tuesday.",
        "The new vessels, built at a shipyard in Viana do Castelo, carry up to 450 passengers each and make the crossing in about 12 minutes.",
        "The current fleet, with an average age of 38 years, suffered 214 breakdowns last year. which led to the cancellation of more than 1,900 trips.",
        "“Tagus passengers have waited too long for a reliable service,” said Fluvitejo’s chairwoman, Teresa Magalhaes, at a press conference in Seixal.",
        "The total investment of 96 million euros covers ten vessels and charging stations at the terminals, and is 70% financed by the Recovery and Resilience Plan.",
        "Each vessel is charged during stops at the terminals, in about eight minutes, and has enough autonomy for three complete crossings.",
        "The South Bank Transport Users’ Commission welcomed the new vessels, but pointed out that the 20-minute frequency at rush hour was still insufficient.",
        "The boatmasters and sailors' union has called a strike for February 2 and 3 over the training of crew members for the new vessels.",
        "The remaining six vessels are due to arrive by the end of 2027 for the routes to Seixal and Montijo, which carry about 25,000 passengers a day.",
        "The ticket price of 1,45 euros remains unchanged.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7: 8:7 9:8 10:9 11:10",
    art=[
        ("number", 2, "450", "540 passengers became 450"),
        ("sentence_boundary", 3, "year. which", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("name", 4, "Magalhaes", "surname Magalhães lost its tilde"),
        ("mistranslation", 6, "autonomy", "'autonomia' (a battery's range) rendered literally as 'autonomy'"),
        ("omission", 7, "Segundo a empresa, a mudança vai evitar a emissão de cerca de 11 mil toneladas de CO2 por ano.", "whole paragraph has no counterpart in the translation"),
        ("typography", 8, "sailors'", "straight apostrophe in an article that otherwise uses ’"),
        ("addition", 9, ", which carry about 25,000 passengers a day", "clause not in the source"),
        ("typography", 10, "1,45", "Portuguese decimal comma kept in English (1.45)"),
    ],
))

# 7 ------------------------------------------------------------------ en -> es, all 1-1 (culture)
ARTICLES.append(dict(
    name="seville-murillo-sketch", sl="en", tl="es",
    src=[
        "Rediscovered Murillo sketch goes on show in Seville after 70 years in private hands",
        "SEVILLE, Feb 5 (Lakeline) – An oil sketch by the Baroque painter Bartolomé Esteban Murillo that had not been seen in public since 1956 will go on display at the Museum of Fine Arts of Seville on Friday, the Andalusian regional government said.",
        "The sketch, measuring 42 by 31 centimetres, is a study for the Virgin in one of Murillo’s large altarpieces and was bought by the regional government at an auction in Madrid in October for 1.35 million euros.",
        "Experts at the museum confirmed its authenticity after a six-month examination that included infrared reflectography and pigment analysis.",
        "“You can see him thinking with the brush, changing the position of the hands twice,” said curator Inmaculada Torres. “It is a very intimate work.”",
        "The painting belonged to a family in Cádiz for three generations and had been catalogued as the work of a follower of Murillo until 2019.",
        "Restoration took 14 weeks and removed layers of yellowed varnish applied in the 19th century.",
        "The museum, which received 286,000 visitors last year, expects the sketch to attract many more during the Easter holidays.",
        "It will hang next to the finished altarpiece, which has been in the museum’s collection since 1840.",
        "Entry is free for citizens of the European Union; other visitors pay 1.50 euros.",
        "The work will remain in Seville until at least June 2027, when it may be lent to an exhibition in London.",
    ],
    tgt=[
        "Un boceto redescubierto de Murillo se expone en Sevilla tras 70 años en manos privadas",
        "SEVILLA, 5 de febrero (Lakeline) – Un boceto al óleo del pintor barroco Bartolomé Esteban Murillo que no se veía en público desde 1956 se expondrá a partir del viernes en el Museo de Bellas Artes de Sevilla, informó la Junta de Andalucía.",
        "El boceto, de 42 por 31 centímetros, es un estudio para la Virgen de uno de los grandes retablos de Murillo y fue adquirido por la Junta en una subasta celebrada en Madrid en octubre por 1.35 millones de euros.",
        "Los expertos del museo confirmaron su autenticidad tras un examen de seis semanas que incluyó reflectografía infrarroja y análisis de pigmentos.",
        "«Se le ve pensar con el pincel, cambiando dos veces la posición de las manos», explicó la conservadora Inmaculada Torres. «Es una obra muy íntima».",
        "La pintura perteneció durante tres generaciones a una familia de Cádiz y había sido catalogada como obra de un follower de Murillo hasta 2019.",
        "La restauración duró 14 semanas y eliminó capas de barniz amarillento aplicadas en el siglo XIX, lo que devolvió al cuadro sus colores originales.",
        "El museo, que recibió 286.000 visitantes el año pasado, espera que el boceto atraiga a muchos más durante las vacaciones de Semana Santa.",
        "Se colgará junto al retablo terminado, que forma parte de la colección del museo desde 1804.",
        "La entrada es gratuita para los ciudadanos de la Unión Europea,, los demás visitantes pagan 1,50 euros.",
        "La obra permanecerá en Sevilla al menos hasta junio de 2027, cuando podría ser prestada a una una exposición en Londres.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("typography", 2, "1.35", "decimal point in Spanish (1,35)"),
        ("mistranslation", 3, "seis semanas", "'six-month' examination rendered as six weeks"),
        ("untranslated", 5, "follower", "English word left untranslated (seguidor)"),
        ("addition", 6, ", lo que devolvió al cuadro sus colores originales", "clause not in the source"),
        ("number", 8, "1804", "'since 1840' became 1804"),
        ("punctuation", 9, "Europea,,", "doubled comma where the source has a semicolon"),
        ("repetition", 10, "una una", "article doubled"),
    ],
))

# 8 ------------------------------------------------------------------ nl -> en, all 1-1 (local politics)
ARTICLES.append(dict(
    name="ghent-vacant-shops-levy", sl="nl", tl="en",
    src=[
        "Gent verdubbelt heffing op leegstaande winkelpanden",
        "GENT, 24 maart (Lakeline) – De Gentse gemeenteraad heeft maandagavond beslist om de heffing op leegstaande handelspanden vanaf 1 januari 2027 te verdubbelen tot 2.400 euro per jaar voor een pand met een gevel van tien meter.",
        "De maatregel werd goedgekeurd met 29 stemmen tegen 16, bij 4 onthoudingen.",
        "Volgens het stadsbestuur staan in de binnenstad momenteel 187 winkelpanden langer dan een jaar leeg, een stijging van 23 procent in vergelijking met 2023.",
        "“Een lege etalage is een verloren kans voor de hele straat”, zei schepen van Economie Pieter Vandamme. “Eigenaars die hun pand bewust leeg laten staan, moeten daarvoor betalen.”",
        "De heffing stijgt elk jaar dat een pand leeg blijft, tot een maximum van 9.600 euro na vier jaar.",
        "Eigenaars die kunnen aantonen dat ze hun pand renoveren of actief te huur aanbieden, krijgen een vrijstelling van maximaal twee jaar.",
        "De oppositie stemde tegen. Gemeenteraadslid Ilse De Wilde noemde de heffing een “symbolische maatregel” die het echte probleem, de hoge huurprijzen, niet aanpakt.",
        "Vlaams Handelsplatform, de organisatie van zelfstandige ondernemers, vreest dat kleine eigenaars harder getroffen zullen worden dan grote vastgoedfondsen.",
        "De stad verwacht met de heffing jaarlijks ongeveer 450.000 euro op te halen. Dat geld gaat naar een fonds dat starters helpt met de huur van een winkelpand.",
        "Antwerpen en Leuven voerden de voorbije jaren al gelijkaardige heffingen in.",
    ],
    tgt=[
        "Ghent doubles levy on empty shop premises",
        "GHENT, March 24 (Lakeline) – Ghent city council decided on Monday evening to double the levy on vacant commercial premises from January 1, 2027, to 2,400 euros a year for a building with a ten-metre frontage.",
        "The measure was approved by 29 votes to 16.",
        "According to the city administration, 187 shop premises in the city centre have currently been empty for more than a year, an increase of 32 per cent compared with 2023.",
        "“An empty shop window is a lost opportunity for the whole street,” said Economy schepen Pieter Vandamme. “Owners who deliberately leave their premises empty should pay for it.”",
        "The levy rises each year that a property stays empty, up to a maximum of 9.600 euros after four years.",
        "Owners who can show that they are renovating their property or actively offering it for rent receive an exemption of up to to two years.",
        "The opposition voted against. Councillor Ilse The Wilde called the levy a \"symbolic measure\" that does not tackle the real problem, high rents.",
        "Vlaams Handelsplatform, the organisation of self-employed entrepreneurs, fears that small owners will be hit harder than large property funds.",
        "The city expects to raise about 450,000 euros a year from the levy. The money will go to a fund that helps starters with the rent of a shop.",
        "Antwerp and Leuven have already introduced similar levies in recent years.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("omission", 2, "bij 4 onthoudingen", "the four abstentions are missing"),
        ("number", 3, "32 per cent", "an increase of 23 per cent became 32"),
        ("untranslated", 4, "schepen", "Flemish title left untranslated (alderman)"),
        ("typography", 5, "9.600", "Dutch thousands separator kept in English (9,600)"),
        ("repetition", 6, "to to", "preposition doubled"),
        ("name", 7, "Ilse The Wilde", "the particle of the surname De Wilde translated as 'The'"),
        ("typography", 7, "\"symbolic measure\"", "straight quotation marks in an article that otherwise uses “ ”"),
        ("mistranslation", 9, "starters", "Dutch 'starters' (new businesses) rendered as the English false friend 'starters'"),
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
