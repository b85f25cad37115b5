"""Writes the article folders of blind set 11 from the data below (run from this folder).

French targets are written with ordinary spaces and converted here: U+00A0 inside « » and before ':',
U+202F before '; ! ? %' and between digit groups. Text inside ⟦…⟧ is kept as written (the markers are
dropped), which is how the typography artefacts are planted.
"""
import json, os, re

NBSP, NNBSP = "\u00a0", "\u202f"


def french(text):
    parts = re.split(r"(⟦.*?⟧)", text)
    out = []
    for p in parts:
        if p.startswith("⟦"):
            out.append(p[1:-1])
            continue
        p = p.replace("« ", "«" + NBSP).replace(" »", NBSP + "»").replace(" :", NBSP + ":")
        for m in ";!?%":
            p = p.replace(" " + m, NNBSP + m)
        p = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NNBSP, p)
        out.append(p)
    return "".join(out)


def plain(text):
    return re.sub(r"⟦(.*?)⟧", r"\1", text)


def paras(block):
    return [p.strip() for p in block.strip().split("\n\n")]


ARTICLES = []


def article(folder, sl, tl, src, tgt, artefacts, alignment=None):
    ARTICLES.append(dict(folder=folder, sl=sl, tl=tl, src=src, tgt=tgt, artefacts=artefacts, alignment=alignment))

# 1 ---------------------------------------------------------------- en -> fr
article("cardiff-ambulance-waits", "en", "fr", """
Welsh ambulance waits hit record as hospitals struggle to free beds

CARDIFF — Patients in Wales waited an average of 58 minutes for an ambulance to reach them in November, the longest on record, according to figures published on Thursday by the Welsh Ambulance Services NHS Trust.

The trust said crews had lost 31,400 hours outside emergency departments last month while waiting to hand over patients, up 18% from the same month a year earlier.

"Every hour a crew spends in a car park is an hour it cannot spend reaching someone who has collapsed at home," said chief executive Owain Prydderch.

The worst delays were recorded at the University Hospital of Wales in Cardiff and at Glangwili General Hospital in Carmarthen, where some crews waited more than nine hours.

Health Secretary Bethan Rees-Morgan told the Senedd that the government would spend £12.5 million on 140 additional "step-down" beds in care homes so that medically fit patients could leave hospital sooner.

Opposition members said the money was far too little. "This is a sticking plaster on a broken leg," said Conservative health spokesperson Alun Davies-Price.

The Royal College of Emergency Medicine warned that patients who waited more than 12 hours in emergency departments were more likely to die within 30 days.

Ambulance unions have called a meeting for December 15 to discuss possible industrial action over staffing levels.

The trust urged people with minor injuries to use the NHS 111 Wales website, www.111.wales.nhs.uk, or visit a pharmacy before calling 999.

Figures for December, usually the busiest month, are due to be published on January 22.
""", """
Les délais d’attente des ambulances au pays de Galles atteignent un record, les hôpitaux peinant à libérer des lits

CARDIFF — Au pays de Galles, les patients ont attendu en moyenne 58 minutes l’arrivée d’une ambulance en novembre, le délai le plus long jamais enregistré, selon les chiffres publiés jeudi par le Welsh Ambulance Services NHS Trust.

Le service a indiqué que les équipes avaient perdu 34 100 heures devant les services d’urgences le mois dernier en attendant de transférer des patients, soit une hausse de 18 % par rapport au même mois de l’année précédente.

⟦« Chaque⟧ heure qu’une équipe passe sur un parking est une heure qu’elle ne peut pas consacrer à secourir quelqu’un qui s’est effondré chez lui », a déclaré le directeur général, Owain Prydderch.

Les retards les plus importants ont été enregistrés à l’Hôpital universitaire du pays de Galles, à Cardiff, et à l’hôpital général Glangwili de Carmarthen, où certaines équipes ont attendu plus de neuf heures.

La ministre de la Santé, Bethan Rees-Morgan, a déclaré devant le Senedd que le gouvernement consacrerait 12,5 millions de livres à 140 lits de transition supplémentaires dans des maisons de retraite, afin que les patients medically fit puissent quitter l’hôpital plus tôt.

Les élus de l’opposition ont jugé la somme bien trop faible. « C’est un pansement sur une jambe cassée », a déclaré le porte-parole conservateur pour la santé, Alun Davies-Prix.

Le Collège royal de médecine d’urgence a averti que les patients ayant attendu plus de 12 heures aux urgences étaient plus susceptibles de mourir dans les 30 jours.

Les syndicats d’ambulanciers ont convoqué une réunion le 15 décembre pour discuter d’une éventuelle action industrielle concernant les effectifs.

Le service a exhorté les personnes souffrant de blessures légères à consulter le site NHS 111 Wales, www.111.wales.nhs. uk, ou à se rendre en pharmacie avant d’appeler le 999.

Les chiffres de décembre, habituellement le mois le plus chargé, doivent être publiés le 22 janvier..
""", [
    ("number", 2, "34 100", "'31,400 hours' became 34 100 (digits transposed)"),
    ("typography", 3, "⟦« Chaque⟧", "ordinary space instead of U+00A0 after the opening guillemet"),
    ("untranslated", 5, "medically fit", "English phrase left in the French sentence"),
    ("name", 6, "Davies-Prix", "surname 'Davies-Price' partly translated as a common word"),
    ("mistranslation", 8, "action industrielle", "'industrial action' is a strike (grève / mouvement social), not an industrial action"),
    ("markup", 9, "www.111.wales.nhs. uk", "space inserted inside the URL"),
    ("punctuation", 10, "..", "doubled full stop at the end of the paragraph"),
])

# 2 ---------------------------------------------------------------- en -> fr
article("edinburgh-orchestra-funding", "en", "fr", """
Scottish orchestra cancels autumn tour after arts funding cut

EDINBURGH — The Caledonian Chamber Orchestra has cancelled an eight-city autumn tour and will cut its season from 42 concerts to 27 after losing a third of its public funding, the ensemble said on Tuesday.

Creative Scotland, the national arts agency, confirmed that the orchestra's annual grant would fall from £1.2 million to £800,000 from April. The agency said it had received applications worth more than twice its budget.

"We are not closing, but we are shrinking, and shrinking hurts the people who can least afford a ticket," said artistic director Morven Lockhart. She said school workshops in the Highlands and Islands would be the first to go.

The orchestra, founded in 1987, employs 34 full-time musicians. Ten posts will be left vacant when players retire.

The cancelled tour was due to include a new work by composer Iain Fairbairn, "The Salt Road", commissioned for the orchestra's 40th anniversary.

The Musicians' Union said it was "deeply alarmed" and called on the Scottish Government to restore the £6.6 million cut from the culture budget in February.

Culture Secretary Fiona Kerr-Lindsay said ministers had protected arts spending better than elsewhere in the UK and that Creative Scotland would move to a multi-year funding model in 2026.

Ticket prices for the remaining concerts will rise by £3, to £28 for the best seats at the Queen's Hall.

Other ensembles are also under pressure. The Dundee Folk Collective said last month it would stop paying session musicians.

The orchestra will announce its revised season on March 3.
""", """
Un orchestre écossais annule sa tournée d’automne après une baisse des subventions culturelles

ÉDIMBOURG — Le Caledonian Chamber Orchestra a annulé une tournée d’automne dans huit villes et réduira sa saison de 42 à 27 concerts après avoir perdu un tiers de ses financements publics, a annoncé l’ensemble mardi.

Creative Scotland, l’agence nationale des arts, a confirmé que la subvention annuelle de l’orchestre passerait de 1,2 million de livres à 800 000 livres à partir d’avril.

L’agence a indiqué avoir reçu des demandes d’un montant supérieur au double de son budget.

« Nous ne fermons pas, mais nous rétrécissons, et rétrécir pénalise ceux qui peuvent le moins ⟦s'offrir⟧ un billet », a déclaré la directrice artistique Morven Lockhart. Elle a précisé que les ateliers scolaires des Highlands et des îles seraient les premiers à disparaître.

L’orchestre, fondé en 1987, emploie 34 musiciens à temps plein.

La tournée annulée devait inclure une nouvelle œuvre du compositeur Iain Fairbairn, « The Salt Road », commandée pour le 40e anniversaire de l’orchestre.

Le Musicians’ Union s’est dit « profondément alarmé » et a appelé le gouvernement écossais à rétablir les 6,6 millions de livres retirés. du budget de la culture en février.

La ministre de la Culture, Fiona Kerr-Lindsay, a affirmé que le gouvernement avait mieux protégé les dépenses culturelles qu’ailleurs au Royaume-Uni et qu’Écosse créative passerait à un modèle de financement pluriannuel en 2026.

Le prix des billets pour les concerts restants augmentera de 3 livres, pour atteindre 28 livres pour les meilleures places du Queen’s Hall.

D’autres ensembles sont également sous pression. Le Dundee Folk Collective a annoncé le mois dernier qu’il cesserait de rémunérer les les musiciens de studio.

L’orchestre annoncera sa saison révisée le 3 mai.
""", [
    ("typography", 4, "⟦s'offrir⟧", "straight apostrophe in an article that otherwise uses ’ (minority style)"),
    ("omission", 4, "Ten posts will be left vacant when players retire.", "sentence has no counterpart in the translation"),
    ("sentence_boundary", 7, "retirés. du", "full stop inserted mid-sentence; the sentence continues in lower case"),
    ("name", 8, "Écosse créative", "'Creative Scotland' rendered word by word (kept as Creative Scotland in paragraph 2)"),
    ("repetition", 10, "les les", "doubled article"),
    ("number", 11, "3 mai", "'March 3' became 3 May"),
], alignment=[([0], [0]), ([1], [1]), ([2], [2, 3])] + [([i], [i + 1]) for i in range(3, 11)])

# 3 ---------------------------------------------------------------- de -> en
article("leipzig-bicycle-gang", "de", "en", """
Polizei zerschlägt Fahrraddiebesbande in Leipzig

LEIPZIG – Die Polizei hat in Leipzig eine Bande zerschlagen, die über zwei Jahre hinweg mehr als 1.300 hochwertige Fahrräder gestohlen haben soll. Bei Durchsuchungen in sieben Wohnungen und zwei Lagerhallen wurden am Dienstagmorgen fünf Männer festgenommen.

Der Schaden wird auf rund 2,4 Millionen Euro geschätzt. Viele der Räder waren E-Bikes, die einzeln bis zu 9.000 Euro kosten.

Nach Angaben der Staatsanwaltschaft Leipzig wurden die Fahrräder in Kleintransportern nach Polen und Litauen gebracht und dort über Online-Plattformen weiterverkauft.

„Die Täter gingen äußerst professionell vor und hatten es gezielt auf Fahrradkeller in Neubauten abgesehen“, sagte Oberstaatsanwalt Dirk Wendelin.

Die Ermittler stellten rund 260 Fahrräder sicher. Die Besitzer können ihre Räder ab dem 12. Januar im Polizeirevier Leipzig-Südost anhand von Rahmennummern oder Kaufbelegen identifizieren.

Der Fahrradclub ADFC forderte die Stadt auf, an Bahnhöfen mehr abschließbare Fahrradboxen aufzustellen.

In Sachsen wurden im vergangenen Jahr 21.850 Fahrraddiebstähle angezeigt, die Aufklärungsquote lag bei nur 9,8 Prozent.

Die Festgenommenen im Alter zwischen 24 und 41 Jahren sitzen in Untersuchungshaft. Ihnen drohen bis zu zehn Jahre Haft wegen gewerbsmäßigen Bandendiebstahls.

Die Polizei rät, Fahrräder registrieren zu lassen und mit zwei Schlössern zu sichern. Hinweise nimmt die Kriminalpolizei unter der Telefonnummer 0341 966-46666 entgegen.

Weitere Festnahmen schließt die Staatsanwaltschaft nicht aus.
""", """
Police break up bicycle theft gang in Leipzig

LEIPZIG — Police in Leipzig have broken up a gang suspected of stealing more than 1,300 high-end bicycles over two years. Five men were arrested on Tuesday morning during searches of seven flats and two warehouses.

The damage is estimated at around 2.4 million euros. Many of the bikes were e-bikes costing up to 9,000 euros each. According to the Leipzig public prosecutor’s office, the bicycles were taken to Poland and Latvia in vans and resold there on online platforms.

“The perpetrators acted extremely professionally and deliberately targeted bicycle cellars in new buildings,” said senior public prosecutor Dirk Wendelin.

Investigators seized around 260 bicycles. From 12 January, owners can identify their bikes at the Leipzig-Südost police station using frame numbers or proof of purchase.

The cycling club ADFC called on the city , to install more lockable bike boxes at railway stations.

In Saxony, 12,850 bicycle thefts were reported last year, and the clear-up rate was just 9,8 per cent.

The arrested men, aged between 24 and 41, are in custody awaiting trial. They face up to ten years in prison for gewerbsmäßigen Bandendiebstahls.

Police advise having bicycles registered and securing them with two locks. Registration is free and takes about ten minutes. Tips can be given to the criminal police on 0341 966-46666.

The state prosecution service does not rule out further arrests.
""", [
    ("mistranslation", 2, "Latvia", "'Litauen' is Lithuania, not Latvia"),
    ("punctuation", 5, "city , to", "stray comma with a space before it"),
    ("number", 6, "12,850", "'21.850' became 12,850 (digits transposed)"),
    ("typography", 6, "9,8", "German decimal comma kept in the English text"),
    ("untranslated", 7, "gewerbsmäßigen Bandendiebstahls", "German legal term left untranslated"),
    ("addition", 8, "Registration is free and takes about ten minutes.", "sentence not in the source"),
    ("consistency", 9, "state prosecution service", "'Staatsanwaltschaft' is rendered 'public prosecutor’s office' in paragraph 2"),
], alignment=[([0], [0]), ([1], [1]), ([2, 3], [2])] + [([i], [i - 1]) for i in range(4, 11)])

# 4 ---------------------------------------------------------------- en -> it
article("turin-driverless-shuttle", "en", "it", """
Turin begins driverless bus trial on hospital route

TURIN — A driverless electric bus began carrying passengers in Turin on Monday, in what city officials called Italy's first trial of an autonomous vehicle on an ordinary public transport route.

The 12-seat shuttle runs a 3.8-kilometre loop between Porta Nuova station and the Molinette hospital every 20 minutes from 7 a.m. to 8 p.m., at a maximum speed of 25 km/h.

A safety operator will remain on board throughout the six-month trial, which costs €2.1 million and is funded by the Piedmont Region and the European Union.

"We want to know whether these vehicles can cope with real traffic, with cyclists, double-parked vans and pedestrians who cross wherever they like," said transport councillor Chiara Bellandi.

The bus was built by Lindqvist Mobility, a Swedish start-up, and uses lidar sensors and cameras to map its surroundings.

Rides are free during the trial, but passengers must book a seat through the GTT app.

The Polytechnic University of Turin will analyse data from the trial, including how often the operator has to take control.

Taxi drivers' associations protested outside the town hall, saying the project was the first step towards replacing workers with software.

Similar trials in Oslo and Hamburg were suspended last year after minor collisions, though no one was injured.

If the results are positive, the city plans to add two more routes in 2027.
""", """
Torino avvia la sperimentazione di un autobus senza conducente sulla linea dell’ospedale

TORINO — Un autobus elettrico senza conducente ha iniziato lunedì a trasportare passeggeri a Torino, in quella che l’amministrazione comunale ha definito la prima sperimentazione in Italia di un veicolo autonomo su una normale linea di trasporto pubblico.

La navetta da 12 posti percorre un anello di 3.8 chilometri tra la stazione di Porta Nuova e l’ospedale Molinette ogni 20 minuti dalle 7 alle 20, a una velocità massima di 25 km/h.

Un operatore di sicurezza resterà a bordo per tutti i sei mesi della sperimentazione, che costa 2,1 milioni di euro ed è finanziata dalla Regione Piemonte e dall’Unione europea.

«Vogliamo capire se questi veicoli sono in grado di gestire il traffico reale, con ciclisti, furgoni double-parked e pedoni che attraversano dove vogliono», ha dichiarato l’assessora ai trasporti Chiara Bellandi.

L’autobus è stato costruito da Lindqvist Mobilità, una start-up svedese, e utilizza sensori lidar e telecamere per mappare l’ambiente circostante.

Le corse sono gratuite durante la sperimentazione , ma i passeggeri devono prenotare un posto tramite l’app di GTT.

Il Politecnico di Torino analizzerà i dati della sperimentazione, tra cui la frequenza con cui l’operatore deve prendere il controllo.

Le associazioni dei tassisti hanno protestato davanti al municipio. sostenendo che il progetto è il primo passo verso la sostituzione dei lavoratori con il software.

Sperimentazioni simili a Oslo e Amburgo sono state sospese l’anno scorso dopo collisioni minorenni, anche se nessuno è rimasto ferito.

Se i risultati saranno positivi, la città prevede di aggiungere altre tre linee nel 2027.
""", [
    ("typography", 2, "3.8", "decimal point instead of the Italian decimal comma"),
    ("untranslated", 4, "double-parked", "English word left in the Italian sentence"),
    ("name", 5, "Lindqvist Mobilità", "company name 'Lindqvist Mobility' translated"),
    ("punctuation", 6, "sperimentazione , ma", "space before the comma"),
    ("sentence_boundary", 8, "municipio. sostenendo", "full stop inserted mid-sentence; the sentence continues in lower case"),
    ("mistranslation", 9, "minorenni", "'minor collisions' rendered as 'under-age collisions' (minor = lievi)"),
    ("number", 10, "tre linee", "'two more routes' became three"),
])

# 5 ---------------------------------------------------------------- en -> pt (European)
article("azores-milk-blockade", "en", "pt", """
Azores dairy farmers block port over milk prices

PONTA DELGADA — Dairy farmers on the Azorean island of São Miguel blocked the entrance to the port of Ponta Delgada with around 80 tractors on Wednesday, demanding a higher price for their milk.

Producers say they are paid 38 cents a litre, while feed, fuel and fertiliser costs have risen by almost 30% in two years.

"We are selling milk below what it costs us to produce it. Every month another farm closes," said Rui Medeiros, who milks 120 cows near Ribeira Grande.

The Azores produce around 650 million litres of milk a year, about a third of Portugal's total, and dairy products are the archipelago's largest export.

The regional secretary for agriculture, Helena Furtado, met a delegation of farmers in the afternoon and promised an emergency support package of €4.5 million.

The farmers' association said the offer was insufficient and that it wanted a guaranteed minimum price of 45 cents.

Two ferries to Terceira were delayed by more than three hours, and a container ship carrying animal feed had to wait offshore.

The dairy cooperative Unileite, which buys most of the island's milk, said it could not raise prices because butter and cheese prices were falling on the mainland.

The farmers said they would continue the blockade until Friday at 6 p.m.

Similar protests took place in Galicia and Brittany last month.
""", """
Produtores de leite dos Açores bloqueiam porto em protesto contra o preço do leite

PONTA DELGADA — Produtores de leite da ilha açoriana de São Miguel bloquearam na quarta-feira a entrada do porto de Ponta Delgada com cerca de 80 tratores, exigindo um preço mais alto pelo seu leite.

Os produtores dizem que recebem 38 cêntimos por litro, enquanto os custos com rações, combustível e fertilizantes subiram quase 30% em dois anos.

«Estamos a vender leite abaixo do que nos custa produzi-lo. Todos os meses fecha mais uma exploração», afirmou Rui Medeiros, que ordenha 120 vacas perto da Ribeira Grande.

Os Açores produzem cerca de 560 milhões de litros de leite por ano, cerca de um terço do total de Portugal, e os lacticínios são a maior exportação do arquipélago.

A secretária regional da Agricultura, Helena Furtado, reuniu-se à tarde com uma delegação de agricultores e prometeu um pacote de apoio de emergência de 4.5 milhões de euros.

A associação de agricultores considerou a oferta insuficiente e afirmou que pretende um preço mínimo garantido de 45 cents.

A cooperativa de lacticínios Unileite, que compra a maior parte do leite da ilha, afirmou que não pode subir os preços porque os preços preços da manteiga e do queijo estão a cair no continente.

Os agricultores disseram que vão manter o bloqueio até sexta-feira às 18h00.

Protestos semelhantes decorreram na Galiza e na Bretanha no próximo mês.
""", [
    ("number", 4, "560 milhões", "'650 million litres' became 560 million"),
    ("typography", 5, "4.5", "decimal point instead of the Portuguese decimal comma"),
    ("untranslated", 6, "cents", "English word left instead of 'cêntimos'"),
    ("omission", 7, "Two ferries to Terceira were delayed by more than three hours, and a container ship carrying animal feed had to wait offshore.", "whole paragraph has no counterpart in the translation"),
    ("repetition", 7, "preços preços", "doubled word", ),
    ("mistranslation", 9, "no próximo mês", "'last month' rendered as 'next month'"),
], alignment=[([i], [i]) for i in range(7)] + [([7], [])] + [([i], [i - 1]) for i in range(8, 11)])

# 6 ---------------------------------------------------------------- ja -> en
article("sendai-mayoral-vote", "ja", "en", """
仙台市長選、新人の佐々木美帆氏が初当選　投票率は過去最低

【仙台】任期満了に伴う仙台市長選挙は11月30日投開票され、無所属新人で元市教育長の佐々木美帆氏（52）が、現職の大江俊介氏（67）ら3人を破り初当選した。

佐々木氏は18万4215票を獲得し、大江氏に約3万票の差をつけた。女性の仙台市長は2人目となる。

投票率は36.42％で、前回を5.1ポイント下回り、過去最低を更新した。市選挙管理委員会は、悪天候も影響したとみている。

佐々木氏は選挙戦で、市立小中学校の給食費の無償化と、地下鉄東西線の終電時刻の延長を訴えた。

当選が確実となった午後9時過ぎ、佐々木氏は青葉区の事務所で「市民の皆さんの声を一つひとつ形にしていきたい」と支持者に語った。

4期目を目指した大江氏は、駅前再開発の遅れや、総額420億円に膨らんだ新市民ホールの建設費を批判されていた。

大江氏は「結果を重く受け止める。新市長には震災の教訓を引き継いでほしい」と述べた。

東北大学の村井健太教授（政治学）は「若い子育て世代の支持が勝敗を分けた」と分析している。

佐々木氏の任期は12月10日から4年間。
""", """
Newcomer Miho Sasaki wins Sendai mayoral race as turnout hits record low

SENDAI — Miho Sasaki, 52, an independent newcomer and former superintendent of the city’s schools, won the Sendai mayoral election on Nov. 30, defeating three rivals including incumbent Shunsuke Oe, 67.

Sasaki won 148,215 votes, about 30,000 more than Oe. She will be the second woman to serve as mayor of Sendai.

Turnout was 36.42％, down 5.1 points from the previous election and the lowest on record. The city election board said bad weather had also played a part.

During the campaign, Sasaki pledged to make school lunches free at municipal elementary and junior high schools and to run later last trains on the subway’s East-West Line.

Shortly after 9 p.m., when her victory became certain, Sasaki told supporters at her office in Aoba Ward: “I want to give shape, one by one, to the voices of the citizens」.

Oe, who was seeking a fourth term, had been criticized over delays in the redevelopment around the station and over construction costs for a new civic hall that ballooned to 42 billion yen.

“I take the result seriously. I want the new mayor to carry on the lessons of the earthquake,” Oe said. He did not say whether he would run again.

Kenta Murai, a professor of political science at Tohoku University, said the support of the young 子育て世代 had decided the outcome.

Sasaki’s four-year term begins on Dec. 10.
""", [
    ("number", 2, "148,215", "'18万4215' is 184,215"),
    ("typography", 3, "％", "full-width percent sign kept from the Japanese"),
    ("name", 4, "East-West Line", "the Sendai subway's 東西線 is the Tozai Line; the name is rendered word by word"),
    ("punctuation", 5, "」", "Japanese closing corner bracket instead of a closing quotation mark"),
    ("addition", 7, "He did not say whether he would run again.", "sentence not in the source"),
    ("untranslated", 8, "子育て世代", "Japanese phrase ('child-rearing generation', young parents) left untranslated"),
])

# 7 ---------------------------------------------------------------- en -> nl
article("dutch-atm-network", "en", "nl", """
Dutch banks to close 600 more cash machines as card payments surge

AMSTERDAM — The Netherlands' shared cash machine network, Muntpunt, will remove about 600 of its 4,100 machines by the end of 2026, the operator said on Monday, as fewer people use banknotes.

Cash accounted for just 16% of in-store payments last year, down from 52% in 2015, according to De Nederlandsche Bank.

Muntpunt said every resident would still live within five kilometres of a machine, a standard agreed with the finance ministry in 2021.

"We understand that for some groups cash is not a choice but a necessity," said director Femke Oosterhuis. Machines in rural parts of Friesland and Zeeland would be kept where possible, she said.

The Consumentenbond consumer organisation criticised the plan. Older people, people with disabilities and people in debt often rely on cash to keep control of their spending, it said.

Finance Minister Joost van Riel said the cabinet was preparing a law obliging shops to accept cash for purchases below €100.

Withdrawals at Muntpunt machines fell 11% last year to 198 million, with an average withdrawal of €85.

The company also plans to install 150 deposit machines in supermarkets so that small businesses can pay in their takings.

The first machines will be removed in March in Amsterdam, Rotterdam and Utrecht, where alternatives are closest.

More information is available at www.muntpunt.nl/kaart.
""", """
Nederlandse banken sluiten nog eens 600 geldautomaten nu pinbetalingen sterk toenemen

AMSTERDAM — Het gedeelde geldautomatennetwerk van Nederland, Muntpunt, haalt tegen eind 2026 ongeveer 600 van zijn 4.100 automaten weg, zo maakte de beheerder maandag bekend, omdat steeds minder mensen bankbiljetten gebruiken.

Contant geld was vorig jaar goed voor slechts 16 procent van de betalingen in winkels, tegen 52 procent in 2015, aldus De Nederlandse Bank.

Muntpunt zei dat iedere inwoner nog steeds binnen vijf kilometer van een automaat zou wonen, een norm die in 2021 met het ministerie van Financiën is afgesproken.

‘We begrijpen dat contant geld voor sommige groepen geen keuze is maar een noodzaak’, zei directeur Femke Oosterhuis. Automaten in landelijke delen van Friesland en Zeeland blijven volgens haar waar mogelijk behouden.

De Consumentenbond bekritiseerde het plan. Ouderen en mensen met schulden zijn vaak afhankelijk van contant geld om hun uitgaven onder controle te houden, aldus de organisatie.

Minister van Financiën Joost van Riel zei dat het kabinet een wet voorbereidt die winkels verplicht contant geld te accepteren bij aankopen onder de 100 euro.

Eerder dit jaar besloot ook België om het aantal geldautomaten fors te verminderen.

Het aantal opnames bij automaten van Muntpunt daalde vorig jaar met 11 procent tot 189 miljoen, met een gemiddeld opgenomen bedrag van 85 euro.

Het bedrijf wil ook 150 stortingsautomaten in supermarkten plaatsen, zodat kleine ondernemers. hun dagopbrengst kunnen storten.

De eerste automaten verdwijnen in Maart in Amsterdam, Rotterdam en Utrecht, waar alternatieven het dichtst in de buurt zijn.

Meer informatie is te vinden op www.muntpunt.nl/kaart.
""", [
    ("name", 2, "De Nederlandse Bank", "the central bank's name 'De Nederlandsche Bank' normalised to modern spelling"),
    ("omission", 5, "people with disabilities", "group missing from the translated list"),
    ("addition", 7, "Eerder dit jaar besloot ook België om het aantal geldautomaten fors te verminderen.", "whole paragraph not in the source"),
    ("number", 8, "189 miljoen", "'198 million' became 189 million"),
    ("sentence_boundary", 9, "ondernemers. hun", "full stop inserted mid-sentence; the sentence continues in lower case"),
    ("typography", 10, "Maart", "month name capitalised inside a Dutch sentence"),
], alignment=[([i], [i]) for i in range(7)] + [([], [7])] + [([i], [i + 1]) for i in range(7, 11)])

# 8 ---------------------------------------------------------------- es -> fr
article("granada-flamenco-conservatory", "es", "fr", """
Granada abrirá el primer conservatorio público de flamenco de Andalucía

GRANADA — La Junta de Andalucía abrirá en septiembre de 2027 en Granada el primer conservatorio público dedicado íntegramente al flamenco, con capacidad para 420 alumnos, anunció el martes la consejera de Educación, Rocío Benjumea.

El centro ocupará un antiguo cuartel del barrio del Albaicín, cuya rehabilitación costará 14,6 millones de euros, financiados en parte con fondos europeos.

Los alumnos podrán cursar guitarra, cante, baile y percusión, y obtendrán un título superior equivalente a un grado universitario.

«El flamenco es Patrimonio Cultural Inmaterial de la Humanidad desde 2010, pero hasta ahora no había un lugar público donde estudiarlo de principio a fin», dijo Benjumea.

Hasta ahora, quienes querían formarse profesionalmente debían recurrir a academias privadas, cuyas matrículas superan a menudo los 3.000 euros al año.

El guitarrista granadino Manuel Cortés Heredia, que dirigirá el departamento de guitarra, afirmó que el centro «acabará con la idea de que el flamenco solo se aprende en casa».

Las pruebas de acceso se celebrarán en junio y no exigirán saber leer partituras, una decisión que ha generado debate entre profesores de conservatorios clásicos.

El Ayuntamiento de Granada cederá además dos locales para ensayos abiertos al público los jueves por la tarde.

La Federación Andaluza de Flamenco celebró el anuncio, aunque pidió que el conservatorio ofrezca plazas en residencias para alumnos de otras provincias.

El plazo de preinscripción se abrirá el 1 de marzo en www.flamencogranada.es/acceso.
""", """
Grenade ouvrira le premier conservatoire public de flamenco d’Andalousie

GRENADE — La Junta de Andalucía ouvrira en septembre 2027 à Grenade le premier conservatoire public entièrement consacré au flamenco, d’une capacité de 420 élèves, a annoncé mardi la conseillère à l’Éducation, Rocío Benjumea.

Le centre occupera une ancienne caserne du quartier de l’Albaicín, dont la réhabilitation coûtera 14,6 millions d’euros. financés en partie par des fonds européens.

Les élèves pourront étudier la guitare, le chant, la danse et les percussions, et obtiendront un titre supérieur équivalent à une licence universitaire.

« Le flamenco est inscrit au patrimoine culturel immatériel de l’humanité depuis 2010, mais jusqu’à présent il n’existait aucun lieu public où l’étudier du début à la fin », a déclaré Rocío Benjumea.

Jusqu’ici, ceux qui voulaient se former professionnellement devaient se tourner vers des académies privées, dont les frais d’inscription dépassent souvent ⟦3.000⟧ euros par an.

Le guitariste grenadin Manuel Courtois Heredia, qui dirigera le département de guitare, a affirmé que le centre « mettra fin à l’idée que le flamenco ne s’apprend qu’à la maison ».

Les épreuves d’admission auront lieu en juin et n’exigeront pas de savoir lire les partituras, une décision qui a suscité le débat parmi les professeurs des conservatoires classiques.

La mairie de Grenade mettra en outre à disposition deux locaux pour des répétitions ouvertes au public le jeudi après-midi.

La Federación Andaluza de Flamenco a salué l’annonce,, tout en demandant que le conservatoire propose des places en résidence pour les élèves venant d’autres provinces.

La période de préinscription s’ouvrira le 1er mars sur www.flamencogranada.es/acceso.
""", [
    ("sentence_boundary", 2, "d’euros. financés", "full stop inserted mid-sentence; the sentence continues in lower case"),
    ("mistranslation", 3, "titre supérieur", "'título superior' is a higher diploma (diplôme supérieur), not a title"),
    ("typography", 5, "3.000", "Spanish thousands separator kept instead of U+202F"),
    ("name", 6, "Courtois", "surname 'Cortés' translated as the adjective 'courteous'"),
    ("untranslated", 7, "partituras", "Spanish word left instead of 'partitions'"),
    ("punctuation", 9, ",,", "doubled comma"),
])


def build():
    for a in ARTICLES:
        os.makedirs(a["folder"], exist_ok=True)
        src = [plain(p) for p in paras(a["src"])]
        conv = french if a["tl"] == "fr" else plain
        tgt = [conv(p) for p in paras(a["tgt"])]
        for name, ps in ((a["sl"], src), (a["tl"], tgt)):
            with open(os.path.join(a["folder"], name + ".txt"), "w", encoding="utf-8", newline="\n") as f:
                f.write("\n\n".join(ps) + "\n")
        beads = a["alignment"] or [([i], [i]) for i in range(len(src))]
        alignment = [{"source": s, "target": t} for s, t in beads]
        arts, dirty = [], set()
        for cat, par, exc, note, *occ in a["artefacts"]:
            if cat != "omission":
                exc = conv(exc)
            side = "source" if cat == "omission" else "target"
            rec = {"category": cat, "side": side, "paragraph": par, "excerpt": exc}
            if occ:
                rec["occurrence"] = occ[0]
            rec["note"] = note
            arts.append(rec)
            if side == "target":
                dirty.add(par)
            else:
                for s, t in beads:
                    if par in s:
                        dirty.update(t)
        clean = [i for i in range(len(tgt)) if i not in dirty]
        gold = {"source": a["sl"] + ".txt", "target": a["tl"] + ".txt", "source_lang": a["sl"],
                "target_lang": a["tl"], "alignment": alignment, "artefacts": arts,
                "clean_target_paragraphs": clean}
        with open(os.path.join(a["folder"], "gold.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    build()
