#!/usr/bin/env python3
"""Build blind set 30: article texts and gold annotations are data; run from any directory."""
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

# 1 ------------------------------------------------------------------ en -> fr, one 1-2 split (archaeology)
ARTICLES.append(dict(
    name="corsica-roman-shipwreck", sl="en", tl="fr",
    src=[
        "Divers find Roman cargo ship with hundreds of intact amphorae off Corsica",
        "AJACCIO, France, May 12 (Corvane) – Archaeologists have found the wreck of a Roman merchant ship carrying more than 400 intact amphorae at a depth of 62 metres off the western coast of Corsica, France’s Culture Ministry said on Monday.",
        "The vessel, about 25 metres long, is believed to have sunk in the first century BC while carrying wine from the Italian region of Campania to southern Gaul.",
        "“It is the best-preserved wreck of its kind found in French waters in the past 30 years,” said Claire Vannier, who led the dives for the Department of Underwater and Undersea Archaeological Research (DRASSM).",
        "The site was spotted in March by an underwater drone during a routine survey of the seabed. Divers then spent six weeks mapping it, working in shifts of no more than 20 minutes because of the depth.",
        "Most of the amphorae are still sealed with their original stoppers, and some may still contain traces of wine, the researchers said. Samples will be analysed at a laboratory in Aix-en-Provence.",
        "The team also recovered a bronze oil lamp, a set of lead fishing weights and about 30 coins, the most recent of which dates from 49 BC.",
        "The exact location is being kept secret to protect the wreck from looters. Unauthorised diving within a 500-metre radius has been banned, and the site is monitored by cameras.",
        "Looting remains a serious problem along the Mediterranean coast. In 2023, French customs seized 1,250 archaeological objects taken from the sea, nearly twice as many as the year before.",
        "The ministry has earmarked 1.8 million euros for the next phase of the excavation, which is due to begin in September and last two years.",
        "Some of the amphorae could go on display at the Museum of Corsica in Corte as early as 2028.",
    ],
    tgt=[
        "Des plongeurs découvrent au large de la Corse un navire de commerce romain chargé de centaines d’amphores intactes",
        "AJACCIO, 12 mai (Corvane) – Des archéologues ont découvert l'épave d’un navire marchand romain transportant plus de 400 amphores intactes, par 26 mètres de fond au large de la côte ouest de la Corse, a annoncé lundi le ministère français de la Culture.",
        "Le navire, long d’environ 25 mètres, aurait sombré au Ier siècle avant notre ère alors qu’il transportait du vin de Campanie, en Italie, vers le sud de la Gaule.",
        "«~C’est l’épave de ce type la mieux conservée découverte dans les eaux françaises depuis 30 ans~», a déclaré Claire Vanier, qui a dirigé les plongées pour le Département des recherches archéologiques subaquatiques et sous-marines (DRASSM).",
        "Le site a été repéré en mars par un drone sous-marin lors d’un survey de routine des fonds marins. Les plongeurs ont ensuite passé six semaines à le cartographier, par rotations de 20 minutes au maximum en raison de la profondeur.",
        "La plupart des amphores sont encore scellées par leurs bouchons d’origine. et certaines pourraient encore contenir des traces de vin, selon les chercheurs. Des échantillons seront analysés dans un laboratoire d’Aix-en-Provence.",
        "L’équipe a également remonté une lampe à huile en bronze, un lot de plombs de pêche et une trentaine de pièces de monnaie, dont la plus récente date de 49 avant notre ère. .",
        "L’emplacement exact est tenu secret afin de protéger l’épave des pilleurs.",
        "Toute plongée non autorisée est interdite dans un rayon de 500 mètres, et le site est surveillé par des caméras.",
        "Le pillage reste un problème majeur sur le littoral méditerranéen. En 2023, les douanes françaises ont saisi 1^250 objets archéologiques prélevés en mer, près de deux fois moins que l’année précédente.",
        "Le ministère a réservé 1,8 million d’euros pour la prochaine phase des fouilles, qui pourrait commencer en septembre et durer deux ans.",
        "Une partie des amphores pourrait être exposée au musée de la Corse, à Corte, dès 2028.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7,8 8:9 9:10 10:11",
    art=[
        ("typography", 1, "l'épave", "straight apostrophe in an article that otherwise uses ’"),
        ("number", 1, "26 mètres", "a depth of 62 metres became 26 metres"),
        ("name", 3, "Vanier", "surname Vannier misspelt"),
        ("untranslated", 4, "survey", "English word left untranslated (relevé, prospection)"),
        ("sentence_boundary", 5, "d’origine. et", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("punctuation", 6, "ère. .", "stray second full stop"),
        ("mistranslation", 9, "deux fois moins", "'nearly twice as many' rendered as 'half as many' (meaning reversed)"),
        ("mistranslation", 10, "pourrait commencer", "'is due to begin' (scheduled) rendered as 'could begin'"),
    ],
))

# 2 ------------------------------------------------------------------ en -> es, all 1-1 (agriculture)
ARTICLES.append(dict(
    name="jaen-olive-harvest-drought", sl="en", tl="es",
    src=[
        "Andalusia’s olive harvest set to fall by a third as drought returns",
        "JAÉN, Spain, Nov 4 (Corvane) – Olive oil production in Andalusia is expected to fall by about a third this season to 760,000 tonnes after a second dry summer, the regional government said on Tuesday.",
        "The province of Jaén, which produces nearly half of the region’s oil, will be the worst affected, with a forecast harvest of 310,000 tonnes, down from 455,000 last year.",
        "“The trees have survived, but many of them have barely flowered,” said Antonio Ruiz Castillo, who farms 40 hectares near Úbeda. “We will pick what there is and hope for rain in spring.”",
        "Rainfall in the province between March and September was 38% below the 30-year average, according to the State Meteorological Agency (AEMET).",
        "Prices at origin for extra virgin olive oil have already risen to 4.90 euros per kilo, up from 3.60 euros in June, according to the Poolred price information system.",
        "Supermarkets have not yet passed the increase on to consumers, but analysts expect shelf prices to climb before Christmas.",
        "The farmers’ association Asaja called on the Ministry of Agriculture to bring forward direct aid payments worth 120 million euros, which are normally made in December.",
        "Cooperatives warned that some smaller mills might not open at all this season. In the Sierra de Cazorla area, at least six of the 22 mills are expected to stay closed.",
        "The sector employs around 120,000 seasonal workers in Andalusia during the harvest, which usually runs from November to February.",
        "Producers say irrigation would not solve the problem, because reservoirs in the Guadalquivir basin are only 24% full.",
    ],
    tgt=[
        "La cosecha de aceituna en Andalucía caerá un tercio por la vuelta de la sequía",
        "JAÉN, 4 nov (Corvane) – La producción de aceite de oliva en Andalucía caerá alrededor de un tercio esta campaña, hasta 760.000 toneladas, tras un segundo verano seco, según informó el martes la Junta de Andalucía.",
        "La provincia de Jaén, que produce casi la mitad del aceite de la comunidad, será la más afectada, con una previsión de 310.000 toneladas, frente a las 445.000 del año pasado.",
        "«Los árboles han sobrevivido, pero muchos apenas han florecido», explicó Antonio Ruiz Castilla, que cultiva 40 hectáreas cerca de Úbeda. “Recogeremos lo que haya y esperaremos a que llueva en primavera”.",
        "Entre marzo y septiembre, las lluvias en la provincia fueron un 38% inferiores a la la media de los últimos 30 años, según la Agencia Estatal de Meteorología (AEMET).",
        "Los precios en origen del aceite de oliva virgen extra ya han subido a 4,90 euros el kilo, según el sistema de información de precios Poolred.",
        "Los supermercados ya han trasladado la subida a los consumidores, pero los analistas prevén que los precios en los lineales suban antes de Navidad.",
        "La organización agraria Asaja pidió al Ministerio de Agricultura, Pesca y Alimentación que adelante el pago de las ayudas directas, por valor de 120 millones de euros, que normalmente se abonan en December.",
        "Las cooperativas advirtieron de que algunas almazaras pequeñas podrían no llegar a abrir esta campaña. En la comarca de la Sierra de Cazorla, se prevé que al menos seis de las 22 almazaras permanezcan cerradas.",
        "El sector emplea a unos 120.000 temporeros en Andalucía durante la campaña. que suele prolongarse de noviembre a febrero.",
        "Los productores afirman que el regadío no resolvería el problema, porque los embalses de la cuenca del Guadalquivir solo están al 24% de su capacidad.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("number", 2, "445.000", "455,000 tonnes became 445.000"),
        ("name", 3, "Castilla", "surname Castillo altered"),
        ("typography", 3, "“Recogeremos", "English quotation marks where the article uses « »"),
        ("repetition", 4, "a la la", "doubled article"),
        ("omission", 5, "up from 3.60 euros in June", "the June comparison price is missing from the translation"),
        ("mistranslation", 6, "ya han trasladado", "'have not yet passed on' rendered as 'have already passed on' (negation lost)"),
        ("untranslated", 7, "December", "English month name left untranslated (diciembre)"),
        ("sentence_boundary", 9, "campaña. que", "full stop inserted before the relative clause; the next word starts lower-case"),
    ],
))

# 3 ------------------------------------------------------------------ en -> it, all 1-1 (science funding)
ARTICLES.append(dict(
    name="gran-sasso-lab-expansion", sl="en", tl="it",
    src=[
        "Italy pledges 95 million euros to expand underground physics lab under Gran Sasso",
        "L’AQUILA, Italy, Feb 18 (Corvane) – The Italian government will spend 95 million euros over five years to expand the Gran Sasso National Laboratory, the world’s largest underground physics facility, the research ministry said on Wednesday.",
        "The laboratory, run by the National Institute for Nuclear Physics (INFN), lies beneath 1,400 metres of rock in the Apennines, which shields its experiments from cosmic rays.",
        "The money will pay for a new experimental hall, better ventilation and a second emergency exit, which safety inspectors have demanded since 2019.",
        "“This is the place where Italy can lead the world in the search for dark matter,” the laboratory’s director, Marta Delfino, told reporters. “We cannot afford to fall behind.”",
        "Around 1,100 scientists from 29 countries work on experiments at the site, which can be reached only through the tunnel of the A24 motorway.",
        "Local residents have long feared that chemicals could leak into the aquifer that supplies drinking water to some 700,000 people in the Abruzzo region.",
        "In 2017, traces of a solvent were found in tap water in the province of Teramo, prompting a temporary ban on its use for cooking.",
        "The ministry said none of the new work would involve hazardous substances, and that a permanent monitoring station would be installed by the end of next year.",
        "Environmental groups welcomed the monitoring plan but said it had come too late.",
        "Construction is expected to start in the autumn of 2027 and take about four years, during which most experiments will continue to run.",
    ],
    tgt=[
        "L’Italia stanzia 95 milioni di euro per ampliare il laboratorio sotterraneo del Gran Sasso",
        "L’AQUILA, 18 febbraio (Corvane) – Il governo italiano spenderà 95 milioni di euro in cinque anni per ampliare i Laboratori Nazionali del Gran Sasso, il più grande centro sotterraneo di ricerca in fisica al mondo, ha reso noto mercoledì il ministero dell’Università e della Ricerca.",
        "I laboratori, gestiti dall’Istituto Nazionale di Fisica Nucleare (INFN), si trovano sotto 1.400 metri di roccia nell’Appennino, che espone i loro esperimenti ai raggi cosmici.",
        "I fondi serviranno per una nuova sala sperimentale, un sistema di ventilazione migliore e una seconda uscita di emergenza, richiesta dagli ispettori della sicurezza dal 2019.",
        "«Questo è il luogo in cui l’Italia può guidare il mondo nella ricerca della materia oscura», ha detto ai giornalisti la direttrice dei laboratori, Marta Delfini. «Non possiamo permetterci di restare indietro.»",
        "Circa 1.100 scienziati provenienti da 92 paesi lavorano agli esperimenti del sito, raggiungibile soltanto attraverso la galleria dell’autostrada A24.",
        "Da tempo gli abitanti della zona temono che sostanze chimiche possano finire nell’aquifer che fornisce acqua potabile a circa 700.000 persone in Abruzzo.",
        "Nel 2017 sono state trovate tracce di un solvente nell’acqua del rubinetto in provincia di Teramo , e ne è stato temporaneamente vietato l'uso per cucinare.",
        "Il ministero ha assicurato che i nuovi lavori comporteranno l’uso di sostanze pericolose e che entro la fine del prossimo anno sarà installata una stazione di monitoraggio permanente.",
        "Le associazioni ambientaliste hanno accolto con favore il piano di monitoraggio, ma sostengono che sia arrivato troppo tardi.",
        "L’apertura del cantiere è prevista per l’autunno del 2027. e i lavori dureranno circa quattro anni, durante i quali gran parte degli esperimenti continuerà a funzionare.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("mistranslation", 2, "espone", "'shields from' rendered as 'exposes to' (meaning reversed)"),
        ("name", 4, "Delfini", "surname Delfino altered"),
        ("number", 5, "92", "29 countries became 92"),
        ("untranslated", 6, "aquifer", "English word left untranslated (falda acquifera)"),
        ("punctuation", 7, "Teramo ,", "space before a comma"),
        ("typography", 7, "l'uso", "straight apostrophe in an article that otherwise uses ’"),
        ("mistranslation", 8, "comporteranno l’uso di sostanze pericolose", "'none of the new work would involve hazardous substances': negation lost"),
        ("sentence_boundary", 10, "2027. e", "full stop inserted mid-sentence; the next word starts lower-case"),
    ],
))

# 4 ------------------------------------------------------------------ en -> pt-BR, one 0-1 added paragraph (energy)
ARTICLES.append(dict(
    name="ceara-offshore-wind-auction", sl="en", tl="pt-BR",
    src=[
        "Brazil picks first offshore wind projects off Ceará coast",
        "BRASÍLIA, Aug 27 (Corvane) – Brazil on Wednesday awarded its first offshore wind licences in an auction, granting three consortia the right to build turbines with a combined capacity of 3.2 gigawatts off the coast of Ceará state, the Ministry of Mines and Energy said.",
        "The projects are expected to require investment of about 42 billion reais ($7.6 billion) and to start supplying power in 2032.",
        "The largest licence, for 1.5 gigawatts, went to a consortium led by the Norwegian company Nordvind Offshore and the Brazilian utility Energética do Nordeste.",
        "“This is the beginning of a new industry for the Northeast,” Energy Minister Paulo Rezende said at the ceremony. “Ceará has some of the strongest and most constant winds in the world.”",
        "The turbines will stand between 15 and 40 kilometres from the shore, in waters up to 50 metres deep.",
        "Fishing communities in the municipalities of Caucaia and Amontada have protested against the plans, saying they were not consulted.",
        "The federal environmental agency Ibama still has to issue environmental licences for each project, a process that could take up to three years.",
        "Part of the electricity is expected to power a green hydrogen hub planned at the port of Pecém, near Fortaleza.",
        "Wind already accounts for about 14% of Brazil’s electricity generation, almost all of it from onshore farms in the Northeast.",
        "The government plans to hold a second auction, for areas off Rio Grande do Norte and Rio Grande do Sul, in 2027.",
    ],
    tgt=[
        "Brasil escolhe primeiros projetos de eólica offshore na costa do Ceará",
        "BRASÍLIA, 27 de agosto (Corvane) – O Brasil concedeu na quarta-feira, em leilão, suas primeiras licenças para parques eólicos offshore, dando a três consórcios o direito de instalar turbinas com capacidade total de 3,2 gigawatts na costa do Ceará, informou o Ministério de Minas e Energia.",
        "Os projetos devem exigir investimentos de cerca de R$ 42 bilhões (US$ 6,7 bilhões) e começar a fornecer energia em 2032.",
        "A maior licença, de 1,5 gigawatt, ficou com um consórcio liderado pela empresa norueguesa Nordvind Offshore. e pela concessionária brasileira Energética do Nordeste.",
        "“Este é o começo de uma nova indústria para o Nordeste”, disse o Energy Minister Paulo Resende durante a cerimônia. “O Ceará tem alguns dos ventos mais fortes e constantes do mundo.”",
        "As turbinas ficarão entre 15 e 40 quilômetros da costa, em águas com até 50 metros de profundidade.",
        "Comunidades pesqueiras dos municípios de Caucaia e Amontada protestaram contra os planos, afirmando que foram consultadas.",
        "O Ibama, órgão ambiental federal, já emitiu as licenças ambientais de cada projeto, um processo que pode levar até três anos.",
        "Parte da eletricidade deve abastecer um hub de hidrogênio verde previsto para o Porto do Pecém, perto de Fortaleza.",
        "A energia eólica já responde por cerca de 14 % da geração de eletricidade do Brasil, quase toda proveniente de parques em terra no Nordeste.",
        "O marco legal da eólica offshore foi sancionado em janeiro de 2025, após anos de tramitação no Congresso.",
        "O governo pretende realizar um segundo leilão, para áreas na costa do Rio Grande do Norte e do Rio Grande do Sul, em 2027.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 :10 10:11",
    art=[
        ("number", 2, "6,7", "$7.6 billion became US$ 6,7 bilhões"),
        ("sentence_boundary", 3, "Offshore. e", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("untranslated", 4, "Energy Minister", "English title left untranslated before the name (ministro de Minas e Energia)"),
        ("name", 4, "Resende", "surname Rezende misspelt"),
        ("mistranslation", 6, "afirmando que foram consultadas", "'saying they were not consulted': negation lost"),
        ("mistranslation", 7, "já emitiu", "'still has to issue' rendered as 'has already issued'"),
        ("typography", 9, "14 %", "space before % (Brazilian usage writes 14%)"),
        ("addition", 10, "O marco legal da eólica offshore foi sancionado em janeiro de 2025, após anos de tramitação no Congresso.", "whole paragraph not in the source"),
    ],
))

# 5 ------------------------------------------------------------------ en -> sv, one 2-1 merge (sport)
ARTICLES.append(dict(
    name="vasaloppet-shortened-mild-winter", sl="en", tl="sv",
    src=[
        "Vasaloppet cut to 45 kilometres as mild weather leaves course short of snow",
        "MORA, Sweden, Feb 27 (Corvane) – Organisers of Vasaloppet, the world’s oldest and largest cross-country ski race, said on Thursday that Sunday’s race would be shortened from 90 to 45 kilometres because of a lack of snow.",
        "It is only the third time since the first race in 1922 that the course has been cut, and the first time that the start will be in Oxberg instead of Sälen.",
        "About 15,800 skiers have registered for the race. Those who no longer wish to take part can have their entry fee of 1,995 kronor refunded until Friday.",
        "“We have produced as much artificial snow as we could, but the last two weeks of rain have destroyed the work,” race director Ulrika Sandström told reporters in Mora.",
        "Temperatures in Dalarna have stayed above freezing for 11 consecutive days, according to the Swedish Meteorological and Hydrological Institute (SMHI).",
        "The shortened course will follow the original track from Oxberg to the finish in Mora.",
        "Ski-waxing teams were busy on Thursday adapting their products to the wet conditions.",
        "Hotels and restaurants in the area expect to lose revenue, because many participants had planned to spend several nights in the region.",
        "The municipality of Mora estimates that the race week normally brings in about 250 million kronor.",
        "Climate researchers warn that such winters will become more common. In the past 30 years, the average snow season in southern Dalarna has become 24 days shorter.",
        "The elite race will be broadcast live on SVT from 8 in the morning.",
    ],
    tgt=[
        "Vasaloppet kortas till 45 kilometer när milt väder lämnar kursen utan snö",
        "MORA, 27 februari (Corvane) – Arrangörerna av Vasaloppet, världens äldsta och största längdskidlopp, meddelade på torsdagen att söndagens lopp kortas från 90 till 45 kilometer på grund av snöbrist.",
        "Det är bara tredje gången sedan det första loppet 1922 som banan kortas, och första gången som starten går i Oxberg i stället för i Sälen.",
        "Omkring 15~800 åkare har anmält sig till loppet. Den som inte längre vill delta kan få tillbaka anmälningsavgiften på 1~959 kronor fram till fredag.",
        "“Vi har producerat så mycket konstsnö vi har kunnat, men de senaste två veckornas regn har förstört arbetet”, sade tävlingschefen Ulrika Sandstrom till journalister i Mora.",
        "Temperaturen i Dalarna har legat över nollstrecket i 11 dagar i följd, enligt Sveriges meteorologiska och hydrologiska institut (SMHI).",
        "Den kortade banan följer det ursprungliga spåret från Oxberg till målet i Mora. Vallateamen hade fullt upp på torsdagen med att anpassa sina produkter till det blöta föret.",
        "Hotell och restauranger i området räknar med att öka sina intäkter, eftersom många deltagare hade planerat att stanna flera nätter i regionen.",
        "Mora kommun uppskattar att tävlingsveckan normalt. drar in omkring 250 miljoner kronor.",
        "Klimatforskare varnar för att sådana vintrar kommer att bli vanligare. Under de senaste 30 åren har den genomsnittliga snow season i södra Dalarna blivit 24 dagar kortare.",
        "Elitklassens lopp sänds sänds direkt i SVT från klockan 8 på morgonen.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6,7:6 8:7 9:8 10:9 11:10",
    art=[
        ("mistranslation", 0, "kursen", "'course' (the ski track, banan) rendered in the sense of a class or a heading"),
        ("number", 3, "1~959", "entry fee of 1,995 kronor became 1 959"),
        ("typography", 4, "“Vi", "English opening quotation mark; Swedish uses ” on both sides"),
        ("name", 4, "Sandstrom", "surname Sandström stripped of its diaeresis"),
        ("mistranslation", 7, "öka sina intäkter", "'expect to lose revenue' rendered as 'expect to increase their revenue' (meaning reversed)"),
        ("sentence_boundary", 8, "normalt. drar", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("untranslated", 9, "snow season", "English phrase left untranslated (snösäsongen)"),
        ("repetition", 10, "sänds sänds", "doubled verb"),
    ],
))

# 6 ------------------------------------------------------------------ en -> cs, all 1-1 (transport)
ARTICLES.append(dict(
    name="prague-airport-rail-link", sl="en", tl="cs",
    src=[
        "Work begins on Prague airport rail link after decades of delays",
        "PRAGUE, Oct 6 (Corvane) – Construction of a railway line linking Prague’s Václav Havel Airport with the city centre began on Monday, more than 30 years after the project was first proposed, the state infrastructure manager said.",
        "The 7.4-kilometre line from Praha-Ruzyně station to the airport will include a 2.1-kilometre tunnel under the runway approach zone and is due to open in December 2030.",
        "It will cost 14.6 billion crowns ($630 million), of which about 40% will be covered by European Union funds.",
        "“For years, the Czech capital was one of the few in Europe without a rail connection to its main airport,” Transport Minister Tomáš Vrba said at the ceremony.",
        "Trains will run every 15 minutes and take 25 minutes from Masaryk station to the terminal, compared with about 40 minutes by bus today.",
        "The airport handled 13.8 million passengers last year and expects more than 20 million by the mid-2030s.",
        "Residents of Dolní Liboc, through which the line will pass, long opposed the plans because of noise, and some houses will have to be demolished.",
        "The Railway Administration said it had reached agreement with all but two of the 46 property owners affected.",
        "Environmental groups said they supported the project, which they argued would take thousands of cars off the roads every day.",
        "Critics, however, point out that the line will be single-track for most of its length, which could limit its capacity.",
        "Buses between the airport and Nádraží Veleslavín metro station will continue to run during construction.",
    ],
    tgt=[
        "Po desetiletích odkladů začala stavba železnice na pražské letiště",
        "PRAHA, 6. října (Corvane) – Stavba železniční trati, která spojí pražské Letiště Václava Havla s centrem města, začala v pondělí, více než 30 let poté, co byl projekt poprvé navržen, oznámil státní správce infrastruktury.",
        "Trať dlouhá 7,4 kilometru ze stanice Praha-Ruzyně na letiště bude zahrnovat 2,1kilometrový tunel pod přibližovacím prostorem dráhy a otevřena má být v prosinci 2030.",
        "Stavba vyjde na 14,6 miliardy korun (630 milionů dolarů), z nichž zhruba 40% pokryjí fondy Evropské unie.",
        "„Česká metropole byla léta jedním z mála evropských hlavních měst bez železničního spojení s hlavním letištěm,“ řekl na slavnostním zahájení ministr dopravy Tomáš Vrba.",
        "Vlaky budou jezdit každých 15 minut a cesta ze stanice Masaryk na terminál potrvá 25 minut, zatímco autobusem dnes trvá asi 40 minut.",
        "Letiště loni odbavilo 18,3 milionu cestujících a do poloviny 30. let očekává více než 20 milionů.",
        "Obyvatelé Dolní Liboce, kudy linka povede, se plánům kvůli hluku dlouho bránili a některé domy nebudou muset být zbourány.",
        "Správa železnic uvedla, že se dohodla se všemi kromě dvou ze 46 dotčených vlastníků nemovitostí..",
        "Ekologické organizace uvedly, že projekt podporují. protože podle nich každý den ubere ze silnic tisíce aut.",
        "Kritici však upozorňují, že trať bude po většinu své délky úzkorozchodná, což může omezit její kapacitu.",
        "Autobusy mezi letištěm a stanicí metra Nádraží Veleslavín budou během výstavby dál jezdit.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10 11:11",
    art=[
        ("typography", 3, "40%", "no space before % (Czech writes 40~% for the noun)"),
        ("name", 5, "stanice Masaryk", "Masaryk station is Masarykovo nádraží"),
        ("number", 6, "18,3", "13.8 million passengers became 18,3"),
        ("consistency", 7, "linka", "'line' is rendered trať in paragraphs 2 and 10 (linka is a bus or metro line)"),
        ("mistranslation", 7, "nebudou muset být zbourány", "'will have to be demolished' rendered as 'will not have to be' (negation added)"),
        ("punctuation", 8, "nemovitostí..", "doubled full stop"),
        ("sentence_boundary", 9, "podporují. protože", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("mistranslation", 10, "úzkorozchodná", "'single-track' rendered as narrow-gauge (jednokolejná)"),
    ],
))

# 7 ------------------------------------------------------------------ it -> en, one 1-0 omitted paragraph (tourism)
ARTICLES.append(dict(
    name="venice-day-tripper-fee", sl="it", tl="en",
    src=[
        "Venezia, il ticket d’accesso incassa 5,4 milioni ma i turisti non calano",
        "VENEZIA, 2 dicembre (Corvane) – Il contributo d’accesso per i visitatori giornalieri ha fruttato quest’anno 5,4 milioni di euro al Comune di Venezia, ma non ha ridotto in modo significativo il numero dei turisti, secondo un rapporto dell’Università Ca’ Foscari presentato martedì.",
        "Nei 54 giorni in cui era in vigore, tra aprile e luglio, sono stati venduti circa 720.000 biglietti da 5 o 10 euro, a seconda della data di prenotazione.",
        "Secondo i ricercatori, nei giorni a pagamento le presenze nel centro storico sono diminuite solo del 3% rispetto agli stessi giorni dell’anno scorso.",
        "«Il ticket non è uno strumento per fare cassa, ma per conoscere e governare i flussi», ha dichiarato l’assessore al Turismo Paolo Trevisan.",
        "L’opposizione in consiglio comunale sostiene invece che l’amministrazione abbia avuto due anni per preparare alternative, come un sistema di prenotazione obbligatoria, e chiede di abolire il ticket.",
        "I costi di gestione del sistema, tra personale, controlli e piattaforma digitale, hanno superato i 2,8 milioni di euro.",
        "Sono esentati i residenti del Veneto, gli studenti e i lavoratori pendolari, oltre ai turisti che pernottano in città e pagano già la tassa di soggiorno.",
        "Per il 2027 la giunta propone di estendere il contributo a 90 giorni e di portare la tariffa massima a 12 euro.",
        "Le associazioni dei commercianti temono però che un prezzo più alto possa scoraggiare anche i visitatori che spendono di più.",
        "Intanto il numero dei residenti nel centro storico è sceso sotto quota 48.000, il livello più basso dal dopoguerra.",
        "Il rapporto completo sarà discusso in consiglio comunale entro la fine di gennaio.",
    ],
    tgt=[
        "Venice access fee raises 5.4 million euros but the tourists keep coming",
        "VENICE, December 2 (Corvane) – The access fee for day visitors earned Venice City Council 5.4 million euros this year but did not significantly reduce the number of tourists, according to a report by Ca’ Foscari University presented on Tuesday.",
        "During the 54 days on which it applied, between April and July, about 702,000 tickets were sold at 5 or 10 euros, depending on when they were booked.",
        "According to the researchers, attendance in the historic centre on fee days fell by only 3% compared with the same days last year.",
        "“The ticket is not a tool for raising money, but for understanding and managing visitor flows,” said the tourism assessor, Paul Trevisan.",
        "The opposition on the city council argues, however, that the administration had had two years to prepare alternatives, such as a compulsory booking system, and is calling for the ticket to be scrapped.",
        "The cost of running the system, including staff, checks and the digital platform, exceeded 2,8 million euros.",
        "For 2027, the giunta proposes extending the fee to 90 days and raising the maximum charge to 12 euros.",
        "Shopkeepers’ associations, however, fear that a higher price has discouraged even the visitors who spend the most.",
        "Meanwhile, the number of residents in the historic centre has fallen below 48,000. the lowest level since the Second World War.",
        "The full report will be discussed by the city council by the end of January.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7: 8:7 9:8 10:9 11:10",
    art=[
        ("number", 2, "702,000", "720.000 tickets became 702,000"),
        ("mistranslation", 4, "tourism assessor", "'assessore al Turismo' is a tourism councillor, not an assessor"),
        ("name", 4, "Paul", "given name Paolo translated"),
        ("typography", 6, "2,8", "Italian decimal comma kept in English (2.8)"),
        ("omission", 7, "Sono esentati i residenti del Veneto, gli studenti e i lavoratori pendolari, oltre ai turisti che pernottano in città e pagano già la tassa di soggiorno.", "whole paragraph has no counterpart in the translation"),
        ("untranslated", 7, "giunta", "Italian word for the city executive left untranslated"),
        ("mistranslation", 8, "has discouraged", "'possa scoraggiare' (could discourage, a future risk) rendered as a past fact"),
        ("sentence_boundary", 9, "48,000. the", "full stop inserted mid-sentence; the next word starts lower-case"),
    ],
))

# 8 ------------------------------------------------------------------ de -> fr, all 1-1 (courts, Switzerland)
ARTICLES.append(dict(
    name="valais-glacier-gondola-ruling", sl="de", tl="fr",
    src=[
        "Bundesgericht stoppt Gletscherbahn im Wallis",
        "LAUSANNE, 11. März (Corvane) – Das Bundesgericht hat den Bau einer neuen Gondelbahn auf den Hohbalmgletscher im Kanton Wallis gestoppt. Die Richter in Lausanne hiessen am Mittwoch eine Beschwerde von zwei Umweltverbänden gut.",
        "Die Bergbahnen Saas-Hohbalm AG wollten für 38 Millionen Franken eine 3,2 Kilometer lange Bahn bauen, um das Skigebiet auch im Sommer betreiben zu können.",
        "Nach Ansicht des Gerichts hätte der Kanton prüfen müssen, ob das Projekt mit dem Schutz der Moorlandschaft am Fuss des Gletschers vereinbar ist. Dies sei nicht geschehen.",
        "«Wir sind erleichtert, aber wir hatten damit gerechnet», sagte Andrea Rüegg von Pro Natura Wallis. «Dieser Gletscher hat schon genug gelitten.»",
        "Der Hohbalmgletscher hat seit 1973 mehr als die Hälfte seiner Fläche verloren. Nach Messungen des Glaziologen Martin Zurbriggen schmolzen allein im vergangenen Sommer 2,4 Meter Eis.",
        "Die Bergbahnen zeigten sich enttäuscht. Ohne neue Anlage sei der Betrieb langfristig nicht gesichert, teilte Verwaltungsratspräsident Beat Imboden mit.",
        "Die Gemeinde Saas-Balen zählt rund 380 Einwohner; etwa 120 Arbeitsplätze hängen direkt vom Tourismus ab.",
        "Das Unternehmen kann das Projekt überarbeiten und neu einreichen. Ein Entscheid darüber dürfte aber nicht vor 2028 fallen.",
        "Die Kantonsregierung in Sitten will das Urteil zunächst genau analysieren, wie sie in einer Mitteilung schrieb.",
        "Das Bundesgericht hatte bereits 2021 den Ausbau eines Skigebiets in Graubünden aus ähnlichen Gründen verhindert.",
    ],
    tgt=[
        "Le Tribunal fédéral bloque une télécabine sur un glacier valaisan",
        "LAUSANNE, 11 mars (Corvane) – Le Tribunal fédéral a stoppé la construction d’une nouvelle télécabine vers le glacier de Hohbalm, dans le canton du Valais. Les juges de Lausanne ont admis mercredi le recours de deux organisations de protection de l’environnement.",
        "La société Bergbahnen Saas-Hohbalm AG voulait construire pour 38 millions de francs une installation de 3,2 kilomètres afin de pouvoir exploiter le domaine skiable également en été.",
        "Selon le tribunal, le canton aurait pu examiner si le projet était compatible avec la protection de la Moorlandschaft située au pied du glacier. Cela n’a pas été fait.",
        "«~Nous sommes soulagés, mais nous nous y attendions~», a déclaré Andrea Rüegg, de Pro Natura Valais. «~Ce glacier a déjà assez souffert.~»",
        "Le glacier de Hohbalm a perdu plus de la moitié de sa surface depuis 1937. Selon les mesures du glaciologue Martin Zurbriggen, 2,4 mètres de glace ont fondu au cours du seul été dernier.",
        "Les remontées mécaniques se sont dites déçues. Sans nouvelle installation, l'exploitation n’est pas assurée à long terme, a indiqué le président du conseil d’administration, Beat Imboden.",
        "La commune de Saas-Balen compte quelque 380 habitants^; environ 120 emplois dépendent directement du tourisme.",
        "L’entreprise peut remanier le projet et le soumettre à nouveau. Une décision devrait toutefois intervenir avant 2028.",
        "Le gouvernement cantonal, à Sitten, entend d’abord analyser en détail l’arrêt avant de décider d’éventuelles mesures, a-t-il indiqué dans un communiqué.",
        "Le Tribunal fédéral avait déjà empêché en 2021. l’agrandissement d’un domaine skiable aux Grisons pour des raisons similaires.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("mistranslation", 3, "aurait pu examiner", "'hätte prüfen müssen' (should have examined) rendered as 'could have examined'"),
        ("untranslated", 3, "Moorlandschaft", "German word left untranslated (site marécageux, paysage de marais)"),
        ("number", 5, "1937", "since 1973 became since 1937"),
        ("typography", 6, "l'exploitation", "straight apostrophe in an article that otherwise uses ’"),
        ("mistranslation", 8, "devrait toutefois intervenir avant 2028", "'nicht vor 2028' (not before 2028) rendered as 'before 2028': negation lost"),
        ("name", 9, "Sitten", "German name of Sion kept in French"),
        ("addition", 9, "avant de décider d’éventuelles mesures", "clause not in the source (before deciding on any measures)"),
        ("sentence_boundary", 10, "2021. l’agrandissement", "full stop inserted mid-sentence; the next word starts lower-case"),
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
