"""Build and verify blind set 13 (standard library only).

In French texts "~" stands for U+00A0 and "^" for U+202F (replaced on write).
Run: python build.py   (writes every folder, then verifies all spans and gold.json)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NB, NNB = "\u00a0", "\u202f"

ARTICLES = []


def art(folder, src_lang, tgt_lang, src, tgt, beads, artefacts, fr=False):
    ARTICLES.append(dict(folder=folder, src_lang=src_lang, tgt_lang=tgt_lang, src=src, tgt=tgt,
                         beads=beads, artefacts=artefacts, fr=fr))


# ---------------------------------------------------------------- 1 en -> fr
art("waikato-dairy-merger", "en", "fr", [
    "Two New Zealand dairy cooperatives agree NZ$1.4 billion merger",
    "WELLINGTON, March 4 — Two of New Zealand’s largest dairy cooperatives, Southern Pastures and Kahu Valley Milk, said on Tuesday they had agreed to merge in a deal valuing the combined group at NZ$1.4 billion, creating the country’s second-biggest milk processor after Fonterra.",
    "The merged cooperative will collect about 3.2 billion litres of milk a year from 2,150 farms, mostly in Waikato and Southland, and will employ around 1,900 people at nine processing sites.",
    "Farmer shareholders of both cooperatives still have to approve the deal at meetings scheduled for May 21, and the Commerce Commission must clear it. The companies said they expected completion by the end of September.",
    "“Our farmers have been telling us for years that they want more scale without losing control of their own business,” Southern Pastures chair Aroha Whitcombe told reporters in Hamilton. “This merger gives them exactly that.”",
    "The new group will be called Tōtara Dairy and will be headquartered in Hamilton. Kahu Valley’s chief executive, Graham Pettigrew, will lead it, while Whitcombe will chair the board.",
    "Analysts said the combination would strengthen the cooperatives’ hand in negotiating with Asian buyers of milk powder and butter, whose prices fell 7.5% at the last Global Dairy Trade auction.",
    "“The bigger question is what happens to the smaller plants,” said Miriam Ostrowski, an agribusiness economist at Westpac in Auckland. “Nine sites is probably two too many for a group of this size.”",
    "Pettigrew said no plant closures were planned for the first two years, but he did not rule them out afterwards.",
    "Federated Farmers, which represents the country’s farmers, welcomed the deal but urged the Commerce Commission to examine its effect on milk prices paid to suppliers in Southland, where the two cooperatives together would buy almost 40% of all milk.",
    "Units in Fonterra’s listed shareholders’ fund were little changed at NZ$5.62 in afternoon trading.",
], [
    "Deux coopératives laitières néo-zélandaises s’accordent sur une fusion de 1,4 milliard de dollars néo-zélandais",
    "WELLINGTON, 4 mars — Deux des plus grandes coopératives laitières de Nouvelle-Zélande, Southern Pastures et Kahu Valley Milk,, ont annoncé mardi avoir conclu un accord de fusion qui valorise le groupe combiné à 1,4 milliard de dollars néo-zélandais, donnant naissance au deuxième transformateur de lait du pays après Fonterra.",
    "La coopérative issue de la fusion collectera environ 3,2 milliards de litres de lait par an auprès de 2^510 exploitations, principalement dans le Waikato et le Southland, et emploiera quelque 1^900 personnes sur neuf sites de transformation.",
    "Les éleveurs actionnaires des deux coopératives doivent encore approuver l’opération lors d’assemblées prévues le 21 mai, et la Commerce Commission doit donner son feu vert. Les entreprises ont dit s’attendre à une finalisation d’ici à la fin septembre.",
    "« Nos éleveurs nous répètent depuis des années qu’ils veulent gagner en taille sans perdre la maîtrise de leur propre entreprise~», a déclaré aux journalistes à Hamilton la présidente de Southern Pastures, Aroha Whitcombe. «~Cette fusion leur offre exactement cela.~»",
    "Le nouveau groupe s’appellera Tōtara Dairy et aura son siège à Hamilton.",
    "Le directeur général de la Vallée Kahu, Graham Pettigrew, en prendra la tête, tandis qu’Aroha Whitcombe présidera le conseil d’administration.",
    "Selon les analystes, ce rapprochement renforcera la position des coopératives dans les négociations avec les acheteurs asiatiques de lait en poudre et de beurre, dont les prix ont reculé de 7,5^% lors de la dernière enchère Global Dairy Trade.",
    "«~La vraie question est de savoir ce qu’il adviendra des petites usines~», a déclaré Miriam Ostrowski, agribusiness economist chez Westpac à Auckland. «~Neuf sites, c’est probablement deux de trop pour un groupe de cette taille.~»",
    "Graham Pettigrew a indiqué qu’aucune fermeture d’usine n’était prévue. au cours des deux premières années, mais il ne l’a pas exclue pour la suite.",
    "Federated Farmers, qui représente les agriculteurs du pays, a salué l’accord mais a exhorté la Commerce Commission à examiner ses effets sur les les prix du lait payés aux fournisseurs du Southland, où les deux coopératives achèteraient ensemble près de 40^% de tout le lait.",
    "Les parts du fonds coté des actionnaires de Fonterra étaient quasiment inchangées à 5,62 dollars néo-zélandais dans les échanges de l’après-midi.",
], [(1, 1)] * 5 + [(1, 2)] + [(1, 1)] * 5, [
    ("punctuation", 1, "Milk,,", "doubled comma after the company name"),
    ("number", 2, "2^510", "2,150 farms rendered as 2 510"),
    ("typography", 4, "« Nos", "plain space instead of U+00A0 after the opening guillemet"),
    ("name", 6, "Vallée Kahu", "company name Kahu Valley translated by meaning"),
    ("untranslated", 8, "agribusiness economist", "job title left in English"),
    ("sentence_boundary", 9, "prévue. au", "full stop inserted mid-sentence, sentence continues in lower case"),
    ("repetition", 10, "les les", "doubled article"),
], fr=True)

# ---------------------------------------------------------------- 2 en -> fr
art("norway-salmon-tax-ruling", "en", "fr", [
    "Norway’s Supreme Court upholds salmon farming tax",
    "OSLO, Oct 14 — Norway’s Supreme Court on Tuesday rejected a challenge by three fish farming companies to the country’s resource rent tax on salmon, ending a two-year legal battle over a levy that brings the state about 7 billion crowns a year.",
    "The companies, led by Havbris Seafood, had argued that the 25% tax, introduced in 2023, discriminated against coastal farms and breached property rights protected by the constitution.",
    "In a unanimous ruling, the five judges found that parliament had “a wide margin of discretion” in designing taxes on the use of shared natural resources such as fjords.",
    "“The court finds no basis for concluding that the tax amounts to an expropriation,” Justice Ingrid Solheim wrote for the bench.",
    "Havbris chief executive Tormod Eide said the company was disappointed and would consider its options, including a complaint to the EFTA Surveillance Authority.",
    "The finance ministry welcomed the decision. State Secretary Marte Lunde said the ruling gave the industry “predictability”.",
    "The industry has blamed the tax for a fall in investment. Exports of salmon nonetheless rose 4% last year to 122 billion crowns, according to the Norwegian Seafood Council.",
    "Shares in Havbris fell 2.3% in Oslo after the ruling, while the benchmark index was flat.",
    "Lawyers for the companies had asked the court to refer the case to the EFTA Court in Luxembourg, a request the judges turned down on Sept 30.",
    "The Supreme Court’s ruling is final and cannot be appealed in Norway.",
], [
    "La Cour suprême norvégienne confirme l’impôt sur l’élevage de saumon",
    "OSLO, 14 octobre — La Cour suprême de Norvège a rejeté mardi le recours de trois entreprises piscicoles contre l’impôt sur la rente des ressources appliqué au saumon, mettant fin à une bataille judiciaire de deux ans autour d’un prélèvement qui rapporte environ 7 millions de couronnes par an à l’État.",
    "Les entreprises, emmenées par Havbris Seafood, faisaient valoir que cet impôt de 25^%, instauré en 2023, était discriminatoire envers les fermes côtières et portait atteinte au droit de propriété protégé par la Constitution.",
    "Dans une décision unanime, les cinq juges ont estimé que le Parlement disposait d’\"une large marge d’appréciation\" pour concevoir des impôts sur l’utilisation de ressources naturelles communes comme les fjords.",
    "«~La Cour ne trouve aucun fondement permettant de conclure que l’impôt équivaut à une expropriation~», a écrit la juge Ingrid Solheim au nom de la formation.",
    "Le directeur général de Brise Marine, Tormod Eide, s’est dit déçu et a indiqué que l’entreprise étudierait ses options, dont une plainte auprès de l’Autorité de surveillance AELE.",
    "Le ministère des Finances a salué la décision. La secrétaire d’État Marte Lunde a déclaré que l’arrêt apportait de la «~prévisibilité~» au secteur. Elle a ajouté que le gouvernement n’envisageait pas de modifier le taux.",
    "Le secteur impute à cet impôt une baisse des investissements. Les exportations de saumon ont nonetheless progressé de 4^% l’an dernier, à 122 milliards de couronnes, selon le Norwegian Seafood Council.",
    "Les avocats des entreprises avaient demandé à la Cour de renvoyer l’affaire devant la Cour AELE à Luxembourg , demande que les juges ont rejetée le 30 septembre.",
    "L’arrêt de la Cour suprême est définitif et ne peut faire l’objet d’aucun recours en Norvège.",
], [(1, 1)] * 8 + [(1, 0)] + [(1, 1)] * 2, [
    ("number", 1, "7 millions de couronnes", "7 billion crowns rendered as 7 million"),
    ("typography", 3, "\"une large marge d’appréciation\"", "straight double quotes instead of « » in French"),
    ("name", 5, "Brise Marine", "company name Havbris (Norwegian for 'sea breeze') translated by meaning"),
    ("addition", 6, "Elle a ajouté que le gouvernement n’envisageait pas de modifier le taux.", "sentence with no counterpart in the source"),
    ("untranslated", 7, "nonetheless", "English adverb left in the translation"),
    ("omission", 8, "Shares in Havbris fell 2.3% in Oslo after the ruling, while the benchmark index was flat.", "whole paragraph has no counterpart in the translation", "source"),
    ("punctuation", 8, "Luxembourg ,", "space before a comma"),
], fr=True)

# ---------------------------------------------------------------- 3 de -> en
art("graz-handball-cup", "de", "en", [
    "Graz gewinnt erstmals den österreichischen Handball-Cup",
    "GRAZ, 12. Mai — Die Handballer der HSG Murtal Graz haben erstmals in der Vereinsgeschichte den österreichischen Cup gewonnen. Im Finale am Sonntagabend besiegten sie Titelverteidiger SG Wachau Krems vor 4.850 Zuschauern mit 31:27.",
    "Bester Werfer der Grazer war der linke Rückraumspieler Lukas Fuchsbichler mit neun Toren. Torhüter Matej Kranjc parierte 16 Würfe, darunter zwei Siebenmeter in der Schlussphase.",
    "Krems war besser in die Partie gestartet und führte nach 18 Minuten mit 11:7. Erst eine Auszeit von Trainer Bernd Haslinger brachte die Wende: Bis zur Pause glich Graz zum 15:15 aus.",
    "„Wir haben in der Kabine nicht viel geredet. Die Mannschaft wusste, dass sie ruhiger spielen muss“, sagte Haslinger nach dem Spiel.",
    "In der zweiten Halbzeit zog Graz mit einem 6:1-Lauf auf 24:19 davon. Krems kam zwar noch einmal auf zwei Tore heran, doch Fuchsbichler entschied die Partie mit seinem Treffer zum 30:26 knapp zwei Minuten vor Schluss.",
    "Für den Verein aus der Steiermark ist es der größte Erfolg seit seiner Gründung im Jahr 1974. Der Etat der Grazer liegt bei rund 1,2 Millionen Euro, weniger als die Hälfte des Budgets von Krems.",
    "Der Sieg bringt Graz einen Startplatz in der European League der kommenden Saison. Vereinspräsidentin Sabine Wohlgemuth sprach von einem „historischen Abend für den steirischen Handball“.",
    "Krems-Kapitän Florian Aigner zeigte sich enttäuscht. „Wir haben heute zu viele einfache Fehler gemacht, und das hat Graz eiskalt bestraft.“",
    "Die Meisterschaft geht bereits am Mittwoch weiter. Graz empfängt dann im Halbfinal-Hinspiel der Play-offs den Tabellenersten Bregenz.",
], [
    "Graz win Austrian handball cup for the first time",
    "GRAZ, May 12 — HSG Murtal Graz have won the Austrian handball cup for the first time in the club’s history, beating defending champions SG Wachau Krems 31-27 in the final in front of 4,580 spectators on Sunday evening.",
    "Graz’s top scorer was left back Lukas Fuchsbichler with nine goals. Goalkeeper Matej Kranjc made 16 saves, including two Siebenmeter in the closing stages.",
    "Krems made the better start and led 11-7 after 18 minutes. Only a timeout called by coach Bernd Haslinger turned the game around, and Graz had drawn level at 15-15 by half-time. „We didn’t talk much in the dressing room. The team knew it had to play more calmly,“ Haslinger said after the game.",
    "In the second half, Graz pulled away to 24-19 with a 6-1 run. Krems closed to within two goals once more. but Fuchsbichler settled the match with his goal to make it 30-26 just under two minutes from time.",
    "For the Styrian club it is the biggest success since it was founded in 1974. Graz operate on a budget of around €1.2 million, less than half that of Krems.",
    "The win earns Mur Valley Graz a place in next season’s European League. Club president Sabine Wohlgemuth spoke of a “historic evening for Styrian handball”.",
    "Krems captain Florian Aigner was disappointed. “We made too many many simple mistakes today, and Graz punished that ruthlessly.”",
    "The league resumes as early as Wednesday, when Graz host leaders Bregenz in the first leg of their play-off semi-final.",
], [(1, 1)] * 3 + [(2, 1)] + [(1, 1)] * 5, [
    ("number", 1, "4,580", "4.850 spectators rendered as 4,580"),
    ("untranslated", 2, "Siebenmeter", "German handball term left untranslated (seven-metre throws)"),
    ("typography", 3, "„We didn’t talk much in the dressing room. The team knew it had to play more calmly,“", "German quotation marks kept in English"),
    ("sentence_boundary", 4, "more. but", "full stop inserted mid-sentence, sentence continues in lower case"),
    ("name", 6, "Mur Valley Graz", "club name HSG Murtal Graz partly translated by meaning"),
    ("repetition", 7, "many many", "doubled word"),
])

# ---------------------------------------------------------------- 4 en -> de
art("weekly-insulin-trial", "en", "de", [
    "Weekly insulin shot as effective as daily doses, Danish study finds",
    "COPENHAGEN, June 3 — A once-weekly insulin injection controlled blood sugar as well as daily shots in people with type 2 diabetes, according to a Danish study published on Monday in The Lancet Diabetes & Endocrinology.",
    "The trial, led by researchers at Steno Diabetes Center Copenhagen, followed 1,214 adults in Denmark, Sweden and Finland for 52 weeks. Half received the weekly insulin, the other half a standard daily insulin.",
    "Average blood sugar, measured as HbA1c, fell by 1.3 percentage points in the weekly group and by 1.2 points in the daily group, a difference the authors described as not statistically significant.",
    "Episodes of severe low blood sugar were rare in both groups, occurring in 0.8% of patients on the weekly drug and 0.6% of those on daily insulin.",
    "“For many patients, injecting once a week instead of seven times could make the difference between sticking to treatment and giving up,” said lead author Dr. Kirsten Holm Andersen.",
    "The study was funded by Nordisk Pharmalab, the Danish company that developed the drug and plans to apply for approval from the European Medicines Agency later this year.",
    "Independent experts welcomed the results but cautioned that the trial was not designed to detect rare side effects. “We will need several years of real-world data,” said Professor Martin Kessler of the University of Leipzig, who was not involved in the study.",
    "About 537 million adults worldwide live with diabetes, according to the International Diabetes Federation, most of them with type 2.",
    "The company did not say how much the weekly injection would cost.",
], [
    "Wöchentliche Insulinspritze so wirksam wie tägliche Dosen, zeigt dänische Studie",
    "KOPENHAGEN, 3. Juni – Eine einmal wöchentlich verabreichte Insulinspritze hat den Blutzucker bei Menschen mit Typ-2-Diabetes ebenso gut eingestellt wie tägliche Injektionen. Das geht aus einer dänischen Studie hervor. die am Montag in der Fachzeitschrift The Lancet Diabetes & Endocrinology veröffentlicht wurde.",
    "Die Studie unter Leitung von Forschern des Steno Diabetes Center Copenhagen begleitete 1.214 Erwachsene in Dänemark, Schweden und Finnland über 52 Wochen. Die Hälfte erhielt das wöchentliche Insulin, die andere Hälfte ein übliches tägliches Insulin.",
    "Der durchschnittliche Blutzucker, gemessen als HbA1c, sank in der in der Wochengruppe um 1,3 Prozentpunkte und in der Tagesgruppe um 1,2 Punkte – ein Unterschied, den die Autoren als statistisch nicht signifikant bezeichneten.",
    "Schwere Unterzuckerungen waren in beiden Gruppen selten: Sie traten bei 0,8 Prozent der Patienten mit dem Wochenpräparat und bei 6 Prozent der Patienten mit täglichem Insulin auf.",
    "„Für viele Patienten könnte eine Spritze pro Woche statt sieben darüber entscheiden, ob sie die Behandlung durchhalten oder aufgeben“, sagte Erstautorin Dr. Kirsten Holm Andersen.",
    "Finanziert wurde die Studie von Nordisk Pharmalab, dem dänischen Unternehmen, das das Medikament entwickelt hat und noch in diesem Jahr die Zulassung bei der Europäischen Arzneimittel-Agentur beantragen will.",
    "Unabhängige Experten begrüßten die Ergebnisse, warnten aber, dass die Studie nicht darauf ausgelegt gewesen sei, seltene Nebenwirkungen zu erkennen. „Wir werden mehrere Jahre an Daten aus der Praxis brauchen\", sagte Professor Martin Kessler von der Universität Leipzig.",
    "Nach Angaben der Internationalen Diabetes-Föderation leben weltweit rund 537 Millionen Erwachsene mit Diabetes, die meisten von ihnen mit Typ 2.",
    "Bis 2045 dürfte diese Zahl Schätzungen zufolge auf 783 Millionen steigen.",
    "Das Unternehmen machte keine Angaben dazu, wie viel die wöchentliche Spritze kosten soll.",
], [(1, 1)] * 9 + [(0, 1)] + [(1, 1)], [
    ("sentence_boundary", 1, "hervor. die", "full stop inserted before the relative clause, which continues in lower case"),
    ("repetition", 3, "in der in der", "doubled preposition and article"),
    ("number", 4, "6 Prozent", "0.6% rendered as 6 Prozent"),
    ("typography", 7, "„Wir werden mehrere Jahre an Daten aus der Praxis brauchen\"", "German opening quote closed with a straight double quote"),
    ("omission", 7, "who was not involved in the study", "clause has no counterpart in the translation", "source"),
    ("addition", 9, "Bis 2045 dürfte diese Zahl Schätzungen zufolge auf 783 Millionen steigen.", "added paragraph with no counterpart in the source"),
])

# ---------------------------------------------------------------- 5 en -> pt (BR)
art("quito-metro-ridership", "en", "pt", [
    "Quito metro passes 200,000 daily riders a year after fare cut",
    "QUITO, Aug 21 — Quito’s metro carried an average of 203,400 passengers a day in July, the first time it has passed the 200,000 mark since the line opened in December 2023, the city’s transport authority said on Wednesday.",
    "Ridership has risen by about 38% since the city lowered the standard fare from 45 cents to 35 cents in August last year. Ecuador uses the U.S. dollar as its currency.",
    "The 22.6-kilometre line runs north to south through the Andean capital, linking 15 stations from Quitumbe to El Labrador in about 34 minutes.",
    "“People who used to spend two hours a day on buses now get to work in forty minutes,” Mayor Andrés Villacís said at an event marking the milestone at San Francisco station in the historic centre.",
    "The metro still loses money. According to the city, fares cover about 61% of operating costs, and the municipality paid a subsidy of $28.5 million last year.",
    "Critics on the city council say the subsidy is unsustainable. “Every dollar we put into the metro is a dollar we don’t spend on the neighbourhoods it doesn’t reach,” councillor Lucía Benavides said.",
    "The city plans to extend the line by 4.3 kilometres to the northern district of Carcelén. It is seeking a loan of $410 million from the Inter-American Development Bank and the European Investment Bank.",
    "Construction could begin in 2026 if financing is secured, officials said.",
    "Trains run every four minutes at peak times, between 5:30 a.m. and 11 p.m. on weekdays.",
], [
    "Metrô de Quito passa de 200 mil passageiros diários um ano após redução da tarifa",
    "QUITO, 21 de agosto — O metrô de Quito transportou em média 203.400 passageiros por dia em julho, a primeira vez que ultrapassou a marca de 200 mil desde a inauguração da linha, em dezembro de 2023, informou na quarta-feira a autoridade de transporte da cidade.",
    "O número de passageiros aumentou cerca de 38% desde que a prefeitura reduziu a tarifa padrão de 45 para 25 centavos em agosto do ano passado. O Equador usa o dólar americano como moeda.",
    "A linha de 22.6 quilômetros atravessa a capital andina de norte a sul, ligando 15 estações de Quitumbe a El Labrador em cerca de 34 minutos.",
    "“Pessoas que passavam duas horas por dia em ônibus agora chegam ao trabalho em quarenta minutos”, disse o prefeito Andrés Villacís em um evento que marcou o recorde na estação San Francisco, no centro histórico..",
    "O metrô ainda dá prejuízo.",
    "Segundo a prefeitura, as tarifas cobrem cerca de 61% dos custos operacionais, e o município pagou um subsídio de US$ 28,5 milhões no ano passado.",
    "Críticos na Câmara Municipal dizem que o subsídio é insustentável. “Cada dólar que colocamos no metrô é um dólar que não gastamos nos bairros aonde ele não chega”, disse a conselheira Lucía Benavides.",
    "A cidade planeja estender a linha em 4,3 quilômetros. até o bairro de Carcelén, no norte. Para isso, busca um empréstimo de US$ 410 milhões do Banco Interamericano de Desenvolvimento e do Banco Europeu de Investimento.",
    "As obras podem começar em 2026 if financing is secured, disseram autoridades.",
    "Os trens passam a cada quatro minutos nos horários de pico, entre 5h30 e 23h nos dias úteis.",
], [(1, 1)] * 5 + [(1, 2)] + [(1, 1)] * 4, [
    ("number", 2, "25 centavos", "new fare of 35 cents rendered as 25"),
    ("typography", 3, "22.6", "decimal point instead of the Portuguese decimal comma (22,6)"),
    ("punctuation", 4, "histórico..", "doubled full stop"),
    ("mistranslation", 7, "conselheira", "false friend: a city councillor is a vereadora in Brazilian Portuguese"),
    ("sentence_boundary", 8, "quilômetros. até", "full stop inserted mid-sentence, sentence continues in lower case"),
    ("untranslated", 9, "if financing is secured", "clause left in English"),
])

# ---------------------------------------------------------------- 6 it -> en
art("siena-budget-vote", "it", "en", [
    "Siena, il consiglio comunale approva il bilancio dopo una seduta notturna",
    "SIENA, 19 dicembre — Il consiglio comunale di Siena ha approvato nella notte tra mercoledì e giovedì il bilancio di previsione 2026, dopo una seduta durata quasi nove ore. Il documento è passato con 18 voti favorevoli, 12 contrari e un astenuto.",
    "Il bilancio prevede spese correnti per 162,4 milioni di euro e investimenti per 47 milioni, in gran parte finanziati con fondi del Piano nazionale di ripresa e resilienza.",
    "Tra le voci principali figurano 9,8 milioni per la manutenzione delle scuole, 6,2 milioni per il rifacimento della pavimentazione di via di Città e 3 milioni per nuovi autobus elettrici.",
    "La sindaca Giulia Montagnani ha difeso la scelta di non aumentare l'addizionale Irpef, ferma allo 0,8 per cento. «Abbiamo chiesto sacrifici alla macchina comunale, non alle famiglie», ha detto in aula.",
    "L'opposizione ha contestato soprattutto l'aumento della tassa di soggiorno, che dal 1° aprile passerà da 3 a 4,50 euro a notte negli alberghi a quattro e cinque stelle.",
    "«Si fa cassa sui turisti per coprire i buchi di una gestione che non ha una visione», ha dichiarato il capogruppo dell'opposizione Marco Pieraccini, che ha presentato 37 emendamenti, tutti respinti.",
    "Gli albergatori, rappresentati da Federalberghi Siena, hanno annunciato un ricorso al Tar della Toscana contro l'aumento, che secondo l'associazione colpirà soprattutto le strutture del centro storico.",
    "La seduta è stata sospesa per quasi un'ora poco dopo mezzanotte, quando un gruppo di residenti ha protestato dalla tribuna del pubblico contro la chiusura di un asilo nido nel quartiere di San Miniato.",
    "Il bilancio dovrà ora essere trasmesso alla Corte dei conti entro trenta giorni.",
], [
    "Siena city council approves budget after all-night session",
    "SIENA, Dec. 19 — Siena’s city council approved its 2026 budget overnight from Wednesday to Thursday after a session lasting almost nine hours. The budget passed with 18 votes in favour, 12 against and one abstention.",
    "The budget provides for current spending of €162,4 million and investment of €47 million, largely financed by funds from the National Recovery and Resilience Plan.",
    "Among the main items are €9.8 million for school maintenance, €6.2 million for repaving the Street of the City and €3 million for new electric buses.",
    "Mayor Giulia Montagnani defended the decision not to raise the municipal income tax surcharge. “We asked the city administration to make sacrifices, not families,” she told the chamber.",
    "The opposition mainly objected to the increase in the tourist tax, which will rise from €3 to €4.50 a night in four- and five-star hotels from March 1.",
    "“They are raising cash from tourists to plug the holes left by an administration with no vision,” said opposition group leader Marco Pieraccini, who tabled 37 amendments, all of which were rejected .",
    "Hoteliers, represented by Federalberghi Siena, announced an appeal to Tuscany’s regional administrative court against the increase, which they say will mainly hit strutture in the historic centre.",
    "The session was suspended for almost an hour shortly after midnight, when a group of residents protested from the public gallery. against the closure of a day nursery in the San Miniato neighbourhood.",
    "The budget must now be sent to the Court of Auditors within thirty days.",
], [(1, 1)] * 10, [
    ("typography", 2, "162,4", "Italian decimal comma kept in English (162.4)"),
    ("name", 3, "the Street of the City", "street name via di Città translated word by word"),
    ("omission", 4, "ferma allo 0,8 per cento", "clause (the surcharge stays at 0.8%) has no counterpart in the translation", "source"),
    ("number", 5, "March 1", "1° aprile rendered as March 1"),
    ("punctuation", 6, "rejected .", "space before the full stop"),
    ("untranslated", 7, "strutture", "Italian word (hotels, accommodation) left untranslated"),
    ("sentence_boundary", 8, "gallery. against", "full stop inserted mid-sentence, sentence continues in lower case"),
])

# ---------------------------------------------------------------- 7 en -> zh
art("scotia-sea-krill-decline", "en", "zh", [
    "Antarctic krill stocks fell by a third over two decades, survey finds",
    "HOBART, Feb 11 — The amount of krill in a key feeding ground off the Antarctic Peninsula has fallen by about a third since 2003, according to a survey published on Thursday by scientists from Australia, Norway and Chile.",
    "The researchers used acoustic data collected by research vessels and fishing boats to estimate the biomass of Antarctic krill in the Scotia Sea at 41 million tonnes in 2023, down from 62 million tonnes two decades earlier.",
    "Krill, shrimp-like crustaceans about 6 centimetres long, are the main food of many whales, penguins and seals in the Southern Ocean.",
    "“This is not a collapse, but it is a clear and steady decline,” said lead author Dr. Emma Whitlock of the University of Tasmania.",
    "The study links the decline mainly to the loss of winter sea ice, under which young krill feed on algae. Average sea-ice extent in the region has shrunk by about 12% since 2003.",
    "The authors also point to fishing, which has grown rapidly. The annual krill catch reached a record of around 500,000 tonnes in 2024, most of it processed into feed for fish farms and omega-3 supplements.",
    "The Commission for the Conservation of Antarctic Marine Living Resources (CCAMLR), which manages fishing in the region, failed last October to agree on new catch limits.",
    "Environmental groups called on the commission to create a marine protected area around the peninsula. “The science is telling us to act now,” said Carlos Ibáñez of the Chilean group Océanos Vivos.",
    "The data set has been published online at https://data.scotia-krill.org/biomass and is free to use.",
], [
    "调查发现，南极磷虾资源量二十年间减少三分之一",
    "霍巴特2月11日电——澳大利亚、挪威和智利科学家周四发布的一项调查显示，南极半岛附近一处重要觅食场的磷虾数量自2003年以来减少了约三分之一。",
    "研究人员利用科考船和渔船收集的声学数据估算，2023年斯科舍海南极磷虾的生物量为4100万吨，而二十年前为6200万吨。磷虾是一种体长约16厘米、形似小虾的甲壳动物，是南大洋许多鲸、企鹅和海豹的主要食物。",
    "\"这不是崩溃，而是明确且持续的下降。\"塔斯马尼亚大学的第一作者艾玛·惠特洛克博士说。",
    "研究认为，磷虾减少主要与冬季海冰消失有关，幼年磷虾在海冰下。以藻类为食。自2003年以来，该地区的平均海冰面积缩小了约12%。",
    "作者还指出了迅速增长的捕捞活动。2024年磷虾年捕捞量达到创纪录的约50万吨, 其中大部分被加工成养鱼饲料和omega-3补充剂。",
    "负责管理该地区捕捞活动的南极海洋生物资源养护委员会（CCAMLR）去年10月未能就新的捕捞限额达成一致。",
    "环保组织呼吁该委员会在南极半岛周围设立海洋保护区。“The science is telling us to act now.”智利组织Océanos Vivos的卡洛斯·伊瓦涅斯说。",
    "该数据集已在网上公布，网址为https://data.scotia-krill .org/biomass，可免费使用。",
], [(1, 1)] * 2 + [(2, 1)] + [(1, 1)] * 6, [
    ("number", 2, "16厘米", "krill about 6 cm long rendered as 16 cm"),
    ("typography", 3, "\"这不是崩溃，而是明确且持续的下降。\"", "straight ASCII quotes instead of Chinese “”"),
    ("sentence_boundary", 4, "海冰下。以藻类为食", "full stop inserted in the middle of the clause"),
    ("punctuation", 5, "万吨, 其中", "ASCII comma and space instead of the full-width comma"),
    ("untranslated", 7, "The science is telling us to act now.", "quotation left in English"),
    ("markup", 8, "scotia-krill .org", "space inserted inside the URL"),
])

# ---------------------------------------------------------------- 8 es -> en
art("montevideo-carnival-cuts", "es", "en", [
    "Montevideo recorta un 15 % el presupuesto del Carnaval y las murgas protestan",
    "MONTEVIDEO, 9 de enero — La Intendencia de Montevideo reducirá un 15 % los fondos destinados al Carnaval de este año, una decisión que ha provocado el enfado de murgas y comparsas a pocas semanas del desfile inaugural.",
    "El presupuesto del concurso oficial, que se celebra en el Teatro de Verano, pasará de 84 millones a 71,4 millones de pesos uruguayos, unos 1,8 millones de dólares.",
    "Según la Intendencia, el recorte responde a la caída de la recaudación y al aumento de los costos de seguridad, que se duplicaron desde 2022.",
    "«Nadie discute que hay que ordenar las cuentas, pero el Carnaval no es un gasto, es una fuente de trabajo para más de 3.000 personas», dijo Rosario Quintana, presidenta de la asociación Daecpu, que agrupa a los conjuntos.",
    "Cada agrupación recibe un aporte fijo para vestuario y escenografía, que este año será de 420.000 pesos, frente a los 500.000 de 2025.",
    "Varios directores advirtieron que algunas murgas podrían no presentarse al concurso. «Con esta plata no llegamos ni a pagar los ensayos», afirmó Sebastián Ferreira, director de la murga Los Caballeros del Cerro.",
    "El desfile inaugural por la avenida 18 de Julio está previsto para el 23 de enero y suele atraer a unas 200.000 personas.",
    "La intendenta Laura Bentancor dijo que buscará patrocinadores privados para compensar parte del recorte y que se reunirá con los conjuntos la próxima semana.",
    "El Carnaval de Montevideo, que dura unos cuarenta días, es considerado el más largo del mundo.",
], [
    "Montevideo cuts Carnival budget by 15%, angering murga troupes",
    "MONTEVIDEO, Jan. 9 — Montevideo’s city government will cut funding for this year’s Carnival by 15%, a decision that has angered murga and candombe troupes just weeks before the opening parade.",
    "The budget for the official competition, held at the Teatro de Verano, will fall from 84 million to 74.1 million Uruguayan pesos, or about $1.8 million.",
    "According to the city government, the cut reflects lower revenue and higher security costs. which have doubled since 2022.",
    "“No one disputes that the accounts need to be put in order, but Carnival is not an expense, it is a source of work for more than 3.000 people,” said Rosario Quintana, president of Daecpu, the association that brings the troupes together.",
    "Each troupe receives a fixed contribution for costumes and sets, which this year will be 420,000 pesos.",
    "Several directors warned that some murgas might not enter the competition.",
    "“With this money we can’t even pay for rehearsals,” said Sebastián Ferreira, director of the murga The Gentlemen of the Hill.",
    "The opening parade along 18 de Julio Avenue is scheduled for Jan. 23 and usually draws around 200,000 people..",
    "Mayor Laura Bentancor said she would look for patrocinadores privados to offset part of the cut and would meet the troupes next week.",
    "Montevideo’s Carnival, which lasts about forty days, is considered the longest in the world.",
], [(1, 1)] * 6 + [(1, 2)] + [(1, 1)] * 3, [
    ("number", 2, "74.1 million", "71,4 millones rendered as 74.1 million"),
    ("sentence_boundary", 3, "costs. which", "full stop inserted before the relative clause, which continues in lower case"),
    ("typography", 4, "3.000", "Spanish thousands separator kept in English (3,000)"),
    ("omission", 5, "frente a los 500.000 de 2025", "comparison with 2025 has no counterpart in the translation", "source"),
    ("name", 7, "The Gentlemen of the Hill", "murga name Los Caballeros del Cerro translated literally"),
    ("punctuation", 8, "people..", "doubled full stop"),
    ("untranslated", 9, "patrocinadores privados", "Spanish phrase (private sponsors) left untranslated"),
])


# ---------------------------------------------------------------- build + verify
def expand(text, fr):
    return text.replace("~", NB).replace("^", NNB) if fr else text


def beads_to_alignment(beads, ns, nt):
    out, i, j = [], 0, 0
    for a, b in beads:
        out.append({"source": list(range(i, i + a)), "target": list(range(j, j + b))})
        i += a
        j += b
    assert i == ns and j == nt, (i, ns, j, nt)
    return out


def write_text(path, paras):
    for p in paras:
        assert p and "\n" not in p and p == p.strip(), repr(p)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")


def read_paras(path):
    raw = open(path, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw and raw.endswith(b"\n") and not raw.endswith(b"\n\n")
    return [p for p in raw.decode("utf-8").split("\n\n") if p.strip()]


def build():
    for a in ARTICLES:
        d = os.path.join(HERE, a["folder"])
        os.makedirs(d, exist_ok=True)
        src = [expand(p, False) for p in a["src"]]
        tgt = [expand(p, a["fr"]) for p in a["tgt"]]
        sname, tname = a["src_lang"] + ".txt", a["tgt_lang"] + ".txt"
        write_text(os.path.join(d, sname), src)
        write_text(os.path.join(d, tname), tgt)
        align = beads_to_alignment(a["beads"], len(src), len(tgt))
        arts, dirty = [], set()
        for t in a["artefacts"]:
            cat, para, exc, note = t[:4]
            side = t[4] if len(t) > 4 else "target"
            exc = expand(exc, a["fr"] and side == "target")
            arts.append({"category": cat, "side": side, "paragraph": para, "excerpt": exc, "note": note})
            if side == "target":
                dirty.add(para)
            else:
                for bd in align:
                    if para in bd["source"]:
                        dirty.update(bd["target"])
        clean = [i for i in range(len(tgt)) if i not in dirty]
        gold = {"source": sname, "target": tname, "source_lang": a["src_lang"], "target_lang": a["tgt_lang"],
                "alignment": align, "artefacts": arts, "clean_target_paragraphs": clean}
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")


CATS = {"punctuation", "sentence_boundary", "name", "number", "omission", "addition", "untranslated",
        "repetition", "typography", "terminology", "markup", "mistranslation", "consistency"}


def verify():
    ok = True
    totals = {}
    for a in ARTICLES:
        d = os.path.join(HERE, a["folder"])
        g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
        assert set(g) == {"source", "target", "source_lang", "target_lang", "alignment", "artefacts", "clean_target_paragraphs"}
        src = read_paras(os.path.join(d, g["source"]))
        tgt = read_paras(os.path.join(d, g["target"]))
        si = [i for b in g["alignment"] for i in b["source"]]
        ti = [i for b in g["alignment"] for i in b["target"]]
        assert si == list(range(len(src))) and ti == list(range(len(tgt))), a["folder"]
        full_t = open(os.path.join(d, g["target"]), encoding="utf-8").read()
        for art_ in g["artefacts"]:
            assert art_["category"] in CATS
            assert (art_["side"] == "source") == (art_["category"] == "omission")
            paras = src if art_["side"] == "source" else tgt
            p = paras[art_["paragraph"]]
            n = p.count(art_["excerpt"])
            occ = art_.get("occurrence")
            if (occ is None and n != 1) or (occ is not None and not 1 <= occ <= n):
                print("BAD SPAN", a["folder"], art_); ok = False
            start = p.find(art_["excerpt"])
            totals[art_["category"]] = totals.get(art_["category"], 0) + 1
            print(f"  {a['folder']:28} {art_['category']:17} {art_['side'][0]}{art_['paragraph']:>2} [{start}:{start+len(art_['excerpt'])}] {art_['excerpt'][:50]!r}")
        cl = g["clean_target_paragraphs"]
        if len(cl) < 3:
            print("TOO FEW CLEAN", a["folder"]); ok = False
        nat = sum(len(x) != 1 or len(y) != 1 for x, y in [(b["source"], b["target"]) for b in g["alignment"]])
        words = sum(len(p.split()) for p in src)
        print(f"{a['folder']}: {len(src)}/{len(tgt)} paras, {len(g['artefacts'])} artefacts, clean {cl}, non-1-1 beads {nat}, src words {words}")
        # French typography sanity outside planted artefacts
        if g["target_lang"] == "fr":
            for i, p in enumerate(tgt):
                for bad in ("« ", " »", " :", " %", " ;", "'"):
                    if bad in p and i in cl:
                        print("FR TYPO IN CLEAN", a["folder"], i, repr(bad)); ok = False
        if g["target_lang"] in ("en", "pt", "de") and '"' in full_t:
            pass
    print("totals:", dict(sorted(totals.items(), key=lambda kv: -kv[1])), "sum", sum(totals.values()))
    return ok


if __name__ == "__main__":
    build()
    sys.exit(0 if verify() else 1)
