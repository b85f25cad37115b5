#!/usr/bin/env python3
"""Build blind set 21: article texts and gold annotations are data; run from any directory."""
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
    name="jura-hairspring-shortage", sl="en", tl="fr",
    src=[
        "Swiss watchmakers warn of spring shortage as Jura supplier halts output",
        "GENEVA, May 6 (Northwire) – Several Swiss watch brands may delay deliveries this autumn after a key supplier of balance springs suspended production at its plant in the Jura, industry officials said on Tuesday.",
        "Helvetic Spring Works, which makes around 2.3 million hairsprings a year, said a fault in its alloy furnace had contaminated two months of stock.",
        "“We are talking weeks, not days,” chief executive Corinne Aebischer told reporters. “Our priority is to protect the smaller workshops that depend on us.”",
        "The company supplies about 60 independent brands, most of which produce fewer than 5,000 watches a year.",
        "Larger groups make their own springs and should not be affected. Independent makers, however, have few alternatives, said analyst Marc Oberholzer of the Geneva consultancy Tempora Research.",
        "Swiss watch exports fell 2.8% in the first quarter to 6.1 billion francs, according to the Federation of the Swiss Watch Industry.",
        "The supplier expects to restart the furnace on June 16 and to return to full capacity by the end of August.",
        "The Jura cantonal government said it would examine short-time working requests from the plant’s 180 employees.",
        "Aebischer said customers would be informed individually by e-mail before the end of the week.",
    ],
    tgt=[
        "Les horlogers suisses craignent une pénurie de spiraux après l’arrêt d’un fournisseur jurassien",
        "GENÈVE, 6 mai (Northwire) – Plusieurs marques horlogères suisses pourraient retarder leurs livraisons cet automne après qu’un fournisseur clé de spiraux a suspendu la production de son usine du Jura, ont indiqué mardi des responsables du secteur.",
        "Travaux du Ressort Helvétique, qui fabrique environ 2,3 millions de spiraux par an, a expliqué qu’une panne de son four d’alliage avait contaminé deux mois de stock.",
        "«~Nous parlons de semaines, pas de jours~», a déclaré aux journalistes la directrice générale, Corinne Aebischer. «~Notre priorité est de protéger les petits ateliers qui dépendent de nous.~»",
        "L’entreprise fournit une soixantaine de marques indépendantes, dont la plupart produisent moins de 50^000 montres par an.",
        "Les grands groupes fabriquent leurs propres spiraux et ne devraient pas être touchés.",
        "Les fabricants indépendants n’ont toutefois que peu d’alternatives, a déclaré l'analyste Marc Oberholzer, du cabinet de conseil genevois Tempora Research.",
        "Les exportations horlogères suisses ont reculé de 2,8^% au premier trimestre, à 6,1 milliards de francs, selon la Federation of the Swiss Watch Industry.",
        "Le fournisseur prévoit de redémarrer le four le 16 juillet et de retrouver sa pleine capacité d’ici à la fin du mois d’août.",
        "Le gouvernement cantonal jurassien a indiqué qu’il examinerait les demandes de réduction de l’horaire de travail déposées pour les 180 employés employés de l’usine.",
        "Corinne Aebischer a précisé, que les clients seraient informés individuellement par courriel avant la fin de la semaine et que des compensations financières leur seraient proposées.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5,6 6:7 7:8 8:9 9:10",
    art=[
        ("name", 2, "Travaux du Ressort Helvétique", "company 'Helvetic Spring Works' rendered word by word"),
        ("number", 4, "50^000", "'fewer than 5,000 watches' became 50 000"),
        ("typography", 6, "l'analyste", "straight apostrophe in an article that otherwise uses ’"),
        ("untranslated", 7, "Federation of the Swiss Watch Industry", "organisation's name left in English (Fédération de l’industrie horlogère suisse)"),
        ("number", 8, "16 juillet", "June 16 became 16 July"),
        ("repetition", 9, "employés employés", "word doubled"),
        ("punctuation", 10, "précisé, que", "stray comma between verb and its 'que' clause"),
        ("addition", 10, "et que des compensations financières leur seraient proposées", "clause about financial compensation not in the source"),
    ],
))

# 2 ------------------------------------------------------------------ en -> fr, 2-1 merge
ARTICLES.append(dict(
    name="marseille-heatwave-schools", sl="en", tl="fr",
    src=[
        "Marseille shuts 40 schools early as heatwave pushes temperatures past 41C",
        "MARSEILLE, June 24 (Northwire) – The city of Marseille will close 40 primary schools from Thursday, two days before the end of the school year, as a heatwave sends temperatures above 41 degrees Celsius.",
        "Deputy mayor for education Nadia Ferracci said classrooms in older buildings had reached 34C by mid-morning on Monday.",
        "“No child can learn in those conditions,” she said. “We would rather lose two days than expose pupils to heat stroke.”",
        "Parents who cannot keep their children at home will be able to use 12 air-conditioned reception centres, open from 8 a.m. to 6 p.m.",
        "The measure affects about 9,400 pupils.",
        "The teachers’ union SNUipp welcomed the decision but said it came too late, noting that it had asked the city to insulate the schools as early as 2019.",
        "The city council approved a 95-million-euro plan last year to shade playgrounds and replace roofs, but only 11 schools have been renovated so far.",
        "Météo-France placed the Bouches-du-Rhône department on red alert on Tuesday, the highest level, and warned that nights would stay above 25C.",
        "Opposition councillor Bernard Lucchesi accused the mayor of “managing the climate with a calendar”.",
    ],
    tgt=[
        "Marseille ferme 40 écoles en avance, la canicule fait grimper le thermomètre au-delà de 41~°C",
        "MARSEILLE, 24 juin (Northwire) – La ville de Marseille fermera 40 écoles primaires à partir de jeudi, deux jours avant la fin de l’année scolaire, alors qu’une vague de chaleur fait grimper les températures au-delà de 41 degrés Celsius.",
        "L’adjointe au maire chargée de l'éducation, Nadia Ferracci, a indiqué que les salles de classe des bâtiments anciens avaient atteint 34~°C dès le milieu de la matinée mardi.",
        "«~Aucun enfant ne peut apprendre dans ces conditions~», a-t-elle déclaré. «~Nous préférons perdre deux jours plutôt que d’exposer les élèves à un coup de chaleur.~»",
        "Les parents qui ne peuvent pas garder leurs enfants à la maison pourront se rendre dans 12 centres d’accueil climatisés, ouverts de 8~h à 18~h. La mesure concerne environ 9^400 élèves.",
        "Le syndicat d’enseignants SNUipp a salué la décision mais a estimé qu’elle arrivait trop tard il avait demandé à la ville d’isoler les écoles dès 2019.",
        "Le conseil municipal a approuvé l’an dernier un plan de 95 millions d’euros pour ombrager les cours de récréation, mais seules 11 écoles ont été construites jusqu’à présent.",
        "Météo-France a placé mardi le département des Bouches-du-Rhône en vigilance rouge, le niveau le plus élevé, et a averti que les nuits resteraient au-dessus de 25~°F.",
        "Le conseiller d’opposition Bernard Lucchesi a accusé le maire de «~managing the climate with a calendar~».",
    ],
    align="0:0 1:1 2:2 3:3 4,5:4 6:5 7:6 8:7 9:8",
    art=[
        ("typography", 2, "l'éducation", "straight apostrophe in an article that otherwise uses ’"),
        ("number", 2, "mardi", "'on Monday' became Tuesday"),
        ("sentence_boundary", 5, "trop tard il avait", "two sentences run together without a full stop"),
        ("mistranslation", 6, "construites", "'renovated' rendered as 'built'"),
        ("omission", 7, "and replace roofs", "second purpose of the plan missing from the translation"),
        ("number", 7, "25~°F", "25C became degrees Fahrenheit"),
        ("untranslated", 8, "managing the climate with a calendar", "quotation left in English inside French guillemets"),
    ],
))

# 3 ------------------------------------------------------------------ en -> de, 1-0 omission
ARTICLES.append(dict(
    name="blackforest-bat-turbines", sl="en", tl="de",
    src=[
        "Wind turbines in Black Forest kill fewer bats than feared, study finds",
        "FREIBURG, Sept 9 (Northwire) – Wind turbines in the southern Black Forest kill far fewer bats than conservationists had feared, according to a three-year study published on Monday.",
        "Researchers from the Institute for Wildlife Ecology in Freiburg searched the ground beneath 24 turbines every morning between April and October and found 312 dead bats in total.",
        "That corresponds to about 4.3 bats per turbine per year, well below the 10 that regional authorities consider acceptable.",
        "“The shutdown rules are working,” said lead author Dr. Johanna Weißkopf. Since 2021, turbines in the region must stop on warm, low-wind nights in late summer, when bats are most active.",
        "The shutdowns cost operators about 1.5% of their annual output, the study estimated.",
        "The common noctule, a migratory species that flies at high altitude, accounted for almost half of the victims.",
        "The environmental group Naturbund Baden questioned the methods, arguing that foxes and buzzards remove many carcasses before researchers arrive.",
        "The authors said they had corrected for that by placing 600 dead mice under the turbines as a test, of which 38% disappeared within 24 hours.",
        "The state government plans to approve about 100 new turbines by 2027.",
        "The study appears in the Journal of Applied Ecology Research.",
    ],
    tgt=[
        "Windräder im Schwarzwald töten weniger Fledermäuse als befürchtet",
        "FREIBURG, 9. September (Northwire) – Windräder im Südschwarzwald töten weit weniger Fledermäuse, als Naturschützer befürchtet hatten. Das geht aus einer dreijährigen Studie hervor, die am Montag veröffentlicht wurde.",
        "Forscher des Instituts für Wildtierökologie in Freiburg suchten zwischen April und Oktober jeden Abend den Boden unter 24 Windrädern ab und fanden insgesamt 321 tote Fledermäuse.",
        "Das entspricht etwa 4,3 Fledermäusen pro Anlage und Jahr – deutlich weniger als die 10, die die Landesbehörden für vertretbar halten.",
        "„Die Abschaltregeln wirken“, sagte Hauptautorin Dr. Johanna Weißkopf. Seit 2021 müssen Anlagen in der Region in warmen, windarmen Nächten im Spätsommer stillstehen, wenn Fledermäuse am aktivsten sind.",
        "Die Abschaltungen kosten die Betreiber nach Schätzung der Studie etwa 15 Prozent ihrer Jahresproduktion.",
        "Die Umweltorganisation Naturbund Baden stellte die Methoden infrage und argumentierte, Füchse und buzzards würden viele Kadaver entfernen, bevor die Forscher einträfen.",
        "Die Autoren erklärten, sie hätten dies berücksichtigt, indem sie testweise 600 tote Mäuse unter den Anlagen ausgelegt hätten, von denen 38 Prozent innerhalb von 24 Stunden verschwanden verschwanden.",
        "Die Landesregierung will bis 2027 rund 100 neue Windräder genehmigen..",
        "Die Studie erscheint im Journal für angewandte Ökologieforschung.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6: 7:6 8:7 9:8 10:9",
    art=[
        ("mistranslation", 2, "jeden Abend", "'every morning' rendered as 'every evening'"),
        ("number", 2, "321", "312 dead bats became 321"),
        ("number", 5, "15 Prozent", "1.5% became 15 percent"),
        ("omission", 6, "The common noctule, a migratory species that flies at high altitude, accounted for almost half of the victims.", "whole paragraph has no counterpart in the translation"),
        ("untranslated", 6, "buzzards", "English word left untranslated (Bussarde)"),
        ("repetition", 7, "verschwanden verschwanden", "verb doubled"),
        ("punctuation", 8, "genehmigen..", "doubled full stop"),
        ("name", 9, "Journal für angewandte Ökologieforschung", "journal title 'Journal of Applied Ecology Research' translated"),
    ],
))

# 4 ------------------------------------------------------------------ fr -> en, all 1-1
ARTICLES.append(dict(
    name="annecy-rowing-regatta", sl="fr", tl="en",
    src=[
        "Aviron~: l’Europe des clubs se retrouve à Annecy pour la Régate des Marmottes",
        "ANNECY, 12 avril (Northwire) – Plus de 1^100 rameurs venus de 14 pays sont attendus samedi et dimanche sur le lac d’Annecy pour la 38e Régate des Marmottes, la plus grande compétition d’aviron de club en France.",
        "Les organisateurs ont dû raccourcir le parcours de 2^000 à 1^500 mètres en raison de travaux sur la rive sud, près de Sévrier.",
        "«~Nous aurions préféré garder la distance olympique, mais la sécurité passe avant tout~», a expliqué la présidente du comité d’organisation, Élise Montbarbon.",
        "Le club local, l’Aviron Club du Lac Bleu, défendra son titre en huit de pointe masculin face aux Allemands du Ruderverein Konstanz, vainqueurs en 2023.",
        "Le budget de l’épreuve s’élève à 420^000 euros, dont un tiers est financé par la communauté d’agglomération du Grand Annecy.",
        "Les départs seront donnés toutes les quatre minutes à partir de 8~h~30. L’entrée est gratuite pour le public.",
        "Météo-France prévoit un vent du nord de 15 à 20~km/h samedi matin, ce qui pourrait perturber les premières courses.",
        "Pour la première fois, une catégorie para-aviron réunira 46 athlètes, dont la championne du monde néerlandaise Femke Ooster.",
        "Les résultats seront publiés en direct sur le site regate-marmottes.fr.",
    ],
    tgt=[
        "Rowing: European clubs gather in Annecy for the Régate des Marmottes",
        "ANNECY, April 12 (Northwire) – More than 1,100 rowers from 14 countries are expected on Lake Annecy on Saturday and Sunday for the 38th Régate des Marmottes, the largest club rowing competition in France.",
        "Organisers had to shorten the course from 2,000 to 1.500 metres because of construction work on the south shore, near Sévrier.",
        "“We would have preferred to keep the Olympic distance, but safety comes first,” said the president of the organising committee, Élise Montbarbon.",
        "The local club, Rowing Club of the Blue Lake, will defend its title in the men’s eight against Germany’s Ruderverein Konstanz, the 2023 winners.",
        "The event’s budget amounts to 420,000 euros, a quarter of which is funded by the Greater Annecy conurbation authority.",
        "Races will start every four minutes à partir de 8~h~30.",
        "Météo-France forecasts a northerly wind of 15 to 20 km/h on Saturday morning, which could disrupt the first races, as it did in 2019 when the regatta was cancelled.",
        "For the first time, a para-rowing category will bring together 46 athletes, including the Dutch world champion Femke Ooster.",
        "Results will be published live on the website regate-marmottes.fr .",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9",
    art=[
        ("typography", 2, "1.500", "French-style thousands separator left as a full stop in English (1,500)"),
        ("name", 4, "Rowing Club of the Blue Lake", "club 'Aviron Club du Lac Bleu' rendered by meaning"),
        ("number", 5, "a quarter", "'un tiers' (a third) became a quarter"),
        ("untranslated", 6, "à partir de 8~h~30", "end of the sentence left in French"),
        ("omission", 6, "L’entrée est gratuite pour le public.", "sentence on free admission missing"),
        ("addition", 7, "as it did in 2019 when the regatta was cancelled", "claim about 2019 not in the source"),
        ("punctuation", 9, "regate-marmottes.fr .", "space before the final full stop"),
    ],
))

# 5 ------------------------------------------------------------------ en -> es, all 1-1
ARTICLES.append(dict(
    name="seville-flamenco-archive", sl="en", tl="es",
    src=[
        "Seville archive digitises 9,000 hours of forgotten flamenco recordings",
        "SEVILLE, Nov 18 (Northwire) – A public archive in Seville has finished digitising more than 9,000 hours of flamenco recordings, many of them made on reel-to-reel tape in the 1960s and 1970s, its director said on Tuesday.",
        "The project, which took four years and cost 2.7 million euros, was funded by the regional government of Andalusia and a private foundation, Fundación Compás Vivo.",
        "“Some of these tapes were literally falling apart in our hands,” said the director, Rocío Valderrama. “In five more years, half of them would have been lost.”",
        "The collection includes about 1,400 singers, guitarists and dancers, of whom only a third had ever been recorded commercially.",
        "Researchers found a previously unknown 1968 session by the guitarist Manuel “El Zurdo” Carmona, who died in 1991.",
        "From January, the public will be able to listen to the recordings free of charge in the archive’s reading room and, for about 30% of them, online.",
        "The rest cannot be published until the rights holders have been identified, a process Valderrama said could take a decade.",
        "The archive also plans to lend equipment to 25 small peñas, the private clubs where flamenco is traditionally performed, so they can record their own evenings.",
        "Visitors can book a slot on the website archivoflamenco.es.",
    ],
    tgt=[
        "Un archivo de Sevilla digitaliza 9000 horas de grabaciones de flamenco olvidadas",
        "SEVILLA, 18 de Noviembre (Northwire) – Un archivo público de Sevilla ha terminado de digitalizar más de 9000 horas de grabaciones de flamenco, muchas de ellas realizadas en cinta de carrete abierto en las décadas de 1960 y 1970, según informó el martes su directora.",
        "El proyecto, que duró cuatro años y costó 2,7 millones de dólares, fue financiado por la Junta de Andalucía y una fundación privada, la Fundación Compás Vivo.",
        "«Algunas de estas cintas se nos deshacían literalmente en las manos», dijo la directora, Rocío Valderrama. «Dentro de cinco años, la mitad se habría perdido».",
        "La colección reúne a unos 1400 cantantes, guitarristas y bailaores. De los cuales solo un tercio había grabado alguna vez de forma comercial.",
        "Los investigadores hallaron una sesión de 1968 hasta ahora desconocida del guitarrista Manuel «El Zurdo» Carmona, fallecido en 1961.",
        "A partir de enero, el público podrá escuchar las grabaciones gratuitamente en la sala de lectura del archivo y, en el caso de alrededor del 30~% de ellas, en línea.",
        "El resto no podrá publicarse hasta que se identifique a los rights holders, un proceso que, según Valderrama, podría llevar una década.",
        "El archivo también prevé vender equipos a 25 pequeñas peñas, los clubes privados donde tradicionalmente se interpreta el flamenco, para que puedan grabar sus propias veladas.",
        "Los visitantes pueden reservar cita en la web archivoflamenco.es, donde también se venden entradas para conciertos.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9",
    art=[
        ("typography", 1, "Noviembre", "month capitalised; Spanish writes month names in lower case"),
        ("number", 2, "millones de dólares", "euros became dollars"),
        ("sentence_boundary", 4, "bailaores. De los cuales", "relative clause cut off as a separate sentence"),
        ("number", 5, "1961", "year of death 1991 became 1961"),
        ("untranslated", 7, "rights holders", "English term left untranslated (titulares de los derechos)"),
        ("mistranslation", 8, "vender", "'lend' rendered as 'sell'"),
        ("addition", 9, "donde también se venden entradas para conciertos", "clause about concert tickets not in the source"),
    ],
))

# 6 ------------------------------------------------------------------ it -> en, 1-2 split
ARTICLES.append(dict(
    name="bologna-tram-overrun", sl="it", tl="en",
    src=[
        "Bologna, il tram costerà 48 milioni in più: scontro in consiglio comunale",
        "BOLOGNA, 3 marzo (Northwire) – Il costo della prima linea del tram di Bologna salirà da 509 a 557 milioni di euro, ha annunciato lunedì l'assessora alla mobilità Chiara Benassi.",
        "L'aumento è dovuto soprattutto al rincaro dell'acciaio e ai ritardi nei cantieri di via Marconi, dove sono emersi i resti di una strada romana.",
        "«Non è una buona notizia, ma non fermeremo i lavori a metà», ha detto Benassi davanti alla commissione trasporti.",
        "L'opposizione di centrodestra ha chiesto le dimissioni dell'assessora e un audit indipendente. Il capogruppo Stefano Ferri ha parlato di «una voragine nei conti pubblici».",
        "Secondo il Comune, 31 milioni saranno coperti da fondi statali già stanziati, mentre il resto arriverà da un prestito della Cassa depositi e prestiti.",
        "La linea rossa, lunga 16,5 chilometri, collegherà Borgo Panigale al quartiere fieristico con 34 fermate.",
        "L'entrata in servizio, prevista per l'estate 2026, slitta di almeno otto mesi.",
        "Le associazioni dei commercianti di via Marconi chiedono indennizzi: secondo Confesercenti, il fatturato dei negozi è calato del 22% dall'inizio dei lavori.",
        "Il consiglio comunale voterà la variazione di bilancio il 17 marzo.",
    ],
    tgt=[
        "Bologna tram to cost 48 million euros more, sparking row in city council",
        "BOLOGNA, March 3 (Northwire) – The cost of Bologna’s first tram line will rise from 509 to 557 million euros, the city’s transport councillor, Chiara Benassi, announced on Monday.",
        "The increase is mainly due to higher steel prices and to delays at the building sites on Via Marconi, where the remains of a Roman road were uncovered.",
        "«This is not good news, but we will not stop the works halfway», Benassi told the transport committee.",
        "The centre-right opposition called for the assessora’s resignation and an independent audit.",
        "Group leader Stefano Ferri spoke of “a whirlpool in the public accounts”.",
        "According to the city, 31 million will be covered by state funds already allocated, while the rest will come from a loan from the Deposits and Loans Fund.",
        "The red line, 16,5 kilometres long, will link Borgo Panigale to the trade fair district, with 34 stops.",
        "Entry into service, planned for summer 2026, will be delayed by at least eight weeks.",
        "Shopkeepers’ associations on Via Marconi are demanding compensation: according to Confesercenti, turnover at the shops has fallen by 22% since work began.",
        "The city council will vote on the budget change.",
    ],
    align="0:0 1:1 2:2 3:3 4:4,5 5:6 6:7 7:8 8:9 9:10",
    art=[
        ("typography", 3, "«This is not good news, but we will not stop the works halfway»", "Italian guillemets kept in an English text that otherwise uses “ ”"),
        ("untranslated", 4, "assessora", "Italian title left untranslated (councillor)"),
        ("mistranslation", 5, "whirlpool", "'voragine' (chasm, black hole) rendered as 'whirlpool'"),
        ("name", 6, "Deposits and Loans Fund", "the state lender Cassa depositi e prestiti rendered by meaning"),
        ("typography", 7, "16,5", "Italian decimal comma kept in English (16.5)"),
        ("mistranslation", 8, "eight weeks", "'otto mesi' (eight months) became eight weeks"),
        ("omission", 9, "il 17 marzo", "date of the vote missing from the translation"),
    ],
))

# 7 ------------------------------------------------------------------ en -> pl, all 1-1
ARTICLES.append(dict(
    name="grojec-apple-glut", sl="en", tl="pl",
    src=[
        "Polish apple growers face record harvest and falling prices",
        "WARSAW, Sept 2 (Northwire) – Polish orchards are expected to produce a record 4.9 million tonnes of apples this year, but growers warn that prices paid by processors have fallen to their lowest level in a decade.",
        "Processors are offering as little as 0.25 zlotys per kilogram for industrial apples used in juice concentrate, compared with 0.60 zlotys a year ago, the growers’ association Sad Polski said.",
        "“At these prices, we do not even cover the cost of picking,” said Tomasz Wiśniewski, who farms 40 hectares near Grójec, south of Warsaw.",
        "Poland is the European Union’s largest apple producer, and about a third of its crop is exported, mainly to Egypt, India and Scandinavia.",
        "Exports to Egypt alone rose 18% in the first half of the year, to 212,000 tonnes, according to data from the agriculture ministry.",
        "The association has asked the government to buy 300,000 tonnes for food banks and school programmes.",
        "A ministry spokeswoman said the request was being analysed but that no decision would be taken before the end of September.",
        "Some growers have started leaving fruit on the trees, while others are investing in cold stores to sell later in the season, when prices usually recover.",
        "Cold storage costs about 1,200 zlotys per tonne for six months, according to the Institute of Horticulture in Skierniewice.",
    ],
    tgt=[
        "Polscy sadownicy zmagają się z rekordowymi zbiorami i spadającymi cenami",
        "WARSZAWA, 2 września (Northwire) – Polskie sady mają w tym roku dać rekordowe 4,9 mln ton jabłek, ale sadownicy ostrzegają, że ceny płacone przez przetwórców spadły do najniższego poziomu od dekady.",
        "Przetwórcy oferują zaledwie 0,25 zł za kilogram jabłek przemysłowych przeznaczonych na koncentrat soku, wobec 0,06 zł przed rokiem – poinformowało stowarzyszenie sadowników Sad Polski.",
        "„Przy takich cenach nie pokrywamy nawet kosztów zbioru” – powiedział Tomasz Wiśniewski, który gospodaruje na 40 hektarach pod Grójcem, na południe od Warszawy.",
        "Polska jest największym producentem jabłek w Unii Europejskiej, a około jedna trzecia zbiorów trafia na eksport, głównie do Egiptu, Indii i Scandinavia.",
        "Sam eksport do Egiptu spadł w pierwszym półroczu o 18%, do 212,000 ton – wynika z danych ministerstwa rolnictwa.",
        "Stowarzyszenie zwróciło się do rządu o skup 300~000 ton dla banków banków żywności i na potrzeby programów szkolnych.",
        "Rzeczniczka resortu rolnictwa poinformowała, że wniosek jest analizowany, ale decyzja nie zapadnie przed końcem sierpnia.",
        "Część sadowników zaczęła zostawiać owoce na drzewach, a inni inwestują w chłodnie, aby sprzedawać jabłka później w sezonie.",
        "Według Instytutu Ogrodnictwa w Skierniewicach przechowywanie w chłodni przez sześć miesięcy kosztuje około 1200 zł za tonę.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9",
    art=[
        ("number", 2, "0,06 zł", "0.60 zlotys became 0.06"),
        ("untranslated", 4, "Scandinavia", "country name left in English (Skandynawii)"),
        ("mistranslation", 5, "spadł", "'rose' rendered as 'fell'"),
        ("typography", 5, "212,000", "English thousands separator in Polish (212 000)"),
        ("repetition", 6, "banków banków", "word doubled"),
        ("number", 7, "sierpnia", "'end of September' became end of August"),
        ("omission", 8, "when prices usually recover", "clause missing from the translation"),
    ],
))

# 8 ------------------------------------------------------------------ en -> cs, all 1-1
ARTICLES.append(dict(
    name="brno-blood-donors", sl="en", tl="cs",
    src=[
        "Brno hospital appeals for blood donors as summer reserves run low",
        "BRNO, July 15 (Northwire) – The transfusion department of Brno’s largest hospital has appealed for new donors after its blood reserves fell to about 60% of the usual level.",
        "Stocks of the rare blood group 0 negative will last only three days, head of department Dr. Lenka Horáková said on Monday.",
        "“Every summer is difficult, but this year the holidays coincided with a wave of injuries from cycling and water sports,” she said.",
        "The hospital needs about 120 donors a day to cover operations and cancer treatment, but only 70 have come on average since the start of July.",
        "First-time donors must be between 18 and 60 years old, weigh at least 50 kilograms and bring an identity card.",
        "Donors receive a meal voucher and a day off work, which employers are required by law to grant.",
        "The hospital has extended opening hours on Tuesdays and Thursdays until 6 p.m. and launched an online booking system.",
        "The health insurer VZP said it would send text messages to 40,000 registered donors in the South Moravian Region.",
        "Nationwide, about 250,000 people in the Czech Republic give blood regularly, according to the Czech Red Cross.",
    ],
    tgt=[
        "Brněnská nemocnice vyzývá dárce krve, letní zásoby docházejí",
        "BRNO 15. července (Northwire) – Transfuzní oddělení největší brněnské nemocnice vyzvalo nové dárce poté, co zásoby krve klesly zhruba na 60~% obvyklé úrovně.",
        "Zásoby vzácné krevní skupiny 0 negativní vystačí jen na tři týdny, uvedla v pondělí primářka oddělení MUDr. Lenka Horakova.",
        "„Každé léto je náročné, ale letos se prázdniny sešly s vlnou úrazů při jízdě na kole a při vodních sportech,“ řekla.",
        "Nemocnice potřebuje denně asi 120 dárců, aby pokryla operace a onkologickou léčbu, od začátku července jich však v průměru přicházelo jen 70..",
        "Prvodárci musí být ve věku 18 až 60 let, vážit nejméně 50 liber a mít s sebou občanský průkaz.",
        "Dárci dostanou stravenku a den volna, který jsou zaměstnavatelé ze zákona povinni poskytnout poskytnout.",
        "Nemocnice prodloužila v úterý a ve čtvrtek otevírací dobu do 18.00 a spustila online booking systém.",
        "Zdravotní pojišťovna VZP uvedla, že rozešle textové zprávy 40~000 registrovaným dárcům v Jihomoravském kraji a v Kraji Vysočina.",
        "Podle Českého červeného kříže daruje v celé České republice pravidelně krev zhruba 250~000 lidí.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9",
    art=[
        ("mistranslation", 2, "tři týdny", "'three days' became three weeks"),
        ("name", 2, "Horakova", "surname Horáková lost its diacritics"),
        ("punctuation", 4, "70..", "doubled full stop"),
        ("number", 5, "50 liber", "50 kilograms became 50 pounds"),
        ("repetition", 6, "poskytnout poskytnout", "verb doubled"),
        ("untranslated", 7, "booking", "English word left (rezervační systém)"),
        ("addition", 8, "a v Kraji Vysočina", "second region not in the source"),
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
