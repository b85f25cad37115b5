#!/usr/bin/env python3
"""Build blind set 37: article texts and gold annotations are data; run from any directory."""
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

# 1 ------------------------------------------------------------------ en -> de, all 1-1 (economy)
ARTICLES.append(dict(
    name="stuttgart-supplier-job-cuts", sl="en", tl="de",
    src=[
        "Car parts maker Kessler to cut 2,400 German jobs as shift to electric cars bites",
        "STUTTGART, Germany, March 11 (Corvane) – Kessler Antriebstechnik, a family-owned maker of gearboxes and engine parts, will cut 2,400 jobs in Germany by the end of 2027, about one in five of its domestic workforce, the company said on Tuesday.",
        "The Stuttgart-based group blamed weak demand for combustion-engine components and slower-than-expected sales of electric cars, which need far fewer of its parts.",
        "“We waited too long to adapt, and now we have to act fast,” chief executive Annette Brückner told a news conference. “The cuts are painful, but they are not a sign that we are giving up on Germany.”",
        "Most of the cuts will fall on the plants in Esslingen and Heilbronn, where the company makes transmission housings. The plant in Zwickau, which supplies parts for electric motors, will not be affected.",
        "The IG Metall union called the plan “a slap in the face” for workers who had given up a pay rise in 2024 to help the company through a difficult year.",
        "Kessler said it would try to avoid compulsory redundancies and would offer early retirement to employees aged 58 and over.",
        "The company’s revenue fell 11.4% last year to 3.2 billion euros, while its operating profit more than halved to 96 million euros.",
        "Baden-Württemberg’s economy minister, Ralf Hofstetter, said the state government was ready to help with retraining but would not subsidise jobs that had no future.",
        "Germany’s car industry, which employs around 770,000 people, has announced more than 50,000 job cuts since the start of last year, according to the German Association of the Automotive Industry (VDA).",
        "Kessler is not listed on the stock exchange. It is owned by the founding family and a foundation, which said it would forgo any dividend for the next two years.",
        "Talks with the works council are due to begin next week.",
    ],
    tgt=[
        "Autozulieferer Kessler streicht wegen der Wende zum Elektroauto 2.400 Stellen in Deutschland",
        "STUTTGART, 11. März (Corvane) – Der familiengeführte Getriebe- und Motorteilehersteller Kessler Antriebstechnik wird bis Ende 2027 in Deutschland 2.400 Stellen abbauen, etwa jede fünfte Stelle im Inland, wie das Unternehmen am Dienstag mitteilte.",
        "Der Stuttgarter Konzern begründete den Schritt mit der schwachen Nachfrage nach Komponenten für Verbrennungsmotoren und dem langsamer als erwartet wachsenden Absatz von Elektroautos, die weit weniger seiner Teile benötigen.",
        "“Wir haben zu lange mit der Anpassung gewartet, und jetzt müssen wir schnell handeln”, sagte Vorstandschefin Annette Brückner auf einer Pressekonferenz. „Die Einschnitte sind schmerzhaft, aber sie sind kein Zeichen dafür, dass wir Deutschland aufgeben.“",
        "Der Großteil des Abbaus entfällt auf die Werke in Esslingen und Heilbronn, in denen das Unternehmen Getriebegehäuse fertigt Das Werk in Zwickau, das Teile für Elektromotoren liefert, wird ebenfalls betroffen sein.",
        "Die Gewerkschaft IG Metall nannte den Plan „a slap in the face“ für die Beschäftigten, die 2024 auf eine Lohnerhöhung verzichtet hatten, um dem Unternehmen durch ein schwieriges Jahr zu helfen.",
        "Kessler erklärte, man wolle betriebsbedingte Kündigungen möglichst vermeiden und Beschäftigten ab 58 Jahren den Vorruhestand anbieten.",
        "Der Umsatz des Unternehmens sank im vergangenen Jahr um 11,4 Prozent auf 3,2 Milliarden Euro, während sich der operative Gewinn auf 96 Millionen Euro mehr als verdoppelte.",
        "Der baden-württembergische Wirtschaftsminister Rolf Hofstetter sagte, die Landesregierung sei bereit, bei der Umschulung zu helfen, werde aber keine Arbeitsplätze subventionieren, die keine Zukunft hätten.",
        "Die deutsche Autoindustrie, die rund 707.000 Menschen beschäftigt, hat seit Anfang des vergangenen Jahres den Abbau von mehr als 50.000 Stellen angekündigt, wie aus Zahlen des Verbands der Automobilindustrie (VDA) hervorgeht.",
        "Kessler ist nicht börsennotiert. Das Unternehmen gehört der Gründerfamilie und einer Stiftung, die nach eigenen Angaben in den kommenden zwei Jahren auf jede Dividende verzichten will.",
        "Die Gespräche mit dem Betriebsrat, sollen in der kommenden Woche beginnen.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10 11:11",
    art=[
        ("typography", 3, "“Wir", "English opening quotation mark; German uses „ “ (as in the second quotation of the paragraph)"),
        ("sentence_boundary", 4, "fertigt Das", "two source sentences run together without a full stop"),
        ("mistranslation", 4, "wird ebenfalls betroffen sein", "'will not be affected' rendered as 'will also be affected' (negation lost)"),
        ("untranslated", 5, "a slap in the face", "quoted English phrase left untranslated (ein Schlag ins Gesicht)"),
        ("mistranslation", 7, "mehr als verdoppelte", "'more than halved' rendered as 'more than doubled' (meaning reversed)"),
        ("name", 8, "Rolf", "given name Ralf altered"),
        ("number", 9, "707.000", "770,000 employees became 707.000"),
        ("punctuation", 11, "Betriebsrat, sollen", "comma between subject and verb"),
    ],
))

# 2 ------------------------------------------------------------------ en -> fr, one 1-2 split (sport)
ARTICLES.append(dict(
    name="transat-solo-record-martinique", sl="en", tl="fr",
    src=[
        "French skipper Léa Kerhervé wins solo transatlantic race in record time",
        "FORT-DE-FRANCE, Martinique, Nov 19 (Corvane) – French sailor Léa Kerhervé won the Transat Lorient–Martinique on Wednesday, crossing the finish line off Fort-de-France after 11 days, 7 hours and 42 minutes alone at sea, a record for the 6,100-kilometre course.",
        "Kerhervé, 34, beat the previous record, set in 2021 by Swiss sailor Marc Aeby, by more than 19 hours. She finished four hours ahead of Britain’s Tom Ashdown, who had led for most of the second week.",
        "“I barely slept in the last three days. I was afraid of breaking something so close to the finish,” she said on the pontoon, where several hundred spectators had gathered despite the late hour.",
        "The race started in Lorient on Nov 8 with 38 boats in three classes. Six skippers have retired, most of them after damage suffered in a storm in the Bay of Biscay on the second night.",
        "Kerhervé sailed a 60-foot foiling monohull, whose hydrofoils lift part of the hull out of the water and allow speeds of more than 30 knots.",
        "Her team, backed by the Breton seafood company Marée d’Armor, had rebuilt the boat’s port foil in only five weeks after it broke during a training session in August.",
        "The organisers said on Wednesday that all boats had carried sensors measuring sea surface temperature and salinity for the French research institute Ifremer. The data will be made available to scientists free of charge.",
        "Kerhervé is only the second woman to win the race overall since it was first held in 1998.",
        "The remaining boats are expected to arrive over the next ten days. The last ones, in the amateur class, may not reach Martinique before the end of the month.",
        "Kerhervé said she would take a few weeks off before deciding whether to enter next year’s round-the-world race. “First I want to sleep and eat something other than freeze-dried food,” she said.",
    ],
    tgt=[
        "La skippeuse française Léa Kerhervé remporte la transat en solitaire en un temps record",
        "FORT-DE-FRANCE, 19 novembre (Corvane) – La navigatrice française Léa Kerhervé a remporté mercredi la Transat Lorient–Martinique en franchissant la ligne d’arrivée au large de Fort-de-France après 11 jours, 7 heures et 42 minutes seule en mer, un record pour ce parcours de 6^100 kilomètres.",
        "Léa Kerhervé, 34 ans, a battu de plus de 19 heures le précédent record, établi en 2021 par le Suisse Marc Aebi. Elle a terminé quatre heures devant le Britannique Tom Ashdown, qui avait mené pendant la majeure partie de la deuxième semaine.",
        "«~Je n’ai presque pas dormi ces trois derniers jours. J’avais peur de casser quelque chose si près de l’arrivée~», a-t-elle déclaré sur le ponton, où plusieurs centaines de spectateurs s’étaient rassemblés malgré l’heure tardive.",
        "La course est partie de Lorient le 8 novembre avec 38 bateaux répartis en trois classes. Six skippers ont abandonné, la plupart après des avaries subies lors d’une tempête dans le golfe de Gascogne la deuxième nuit.",
        "Léa Kerhervé naviguait sur un monocoque à foils de 60 pieds, dont les hydrofoils soulèvent une partie de la coque hors de l’eau et permettent des vitesses de plus de 13 nœuds.",
        "Son équipe, soutenue par l’entreprise bretonne de produits de la mer Marée d’Armor, avait reconstruit le foil du port en seulement cinq semaines, après sa rupture lors d’un entraînement en août.",
        "Les organisateurs ont indiqué mercredi que tous les bateaux avaient embarqué des capteurs mesurant la température et la salinité de surface de la mer pour l'institut de recherche français Ifremer.",
        "Les données seront mises gratuitement à la disposition des scientifiques.",
        "Léa Kerhervé n’est que la deuxième femme à remporter la course au classement général depuis sa création en 1998, un exploit salué par la ministre des Sports.",
        "Les bateaux restants devraient arriver au cours des dix prochains jours. Les derniers, dans la catégorie amateur, devraient atteindre la Martinique avant la fin du mois.",
        "Léa Kerhervé a indiqué qu’elle prendrait quelques semaines de repos avant de décider si elle participera au tour du monde de l’an prochain. «~D’abord, je veux dormir et manger autre chose que des plats lyophilisés~» a-t-elle ajouté.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7,8 8:9 9:10 10:11",
    art=[
        ("name", 2, "Aebi", "surname Aeby misspelt"),
        ("number", 5, "13 nœuds", "more than 30 knots became 13"),
        ("mistranslation", 6, "foil du port", "'port foil' (the left-hand foil, foil bâbord) read as the harbour"),
        ("typography", 7, "l'institut", "straight apostrophe in an article that otherwise uses ’"),
        ("addition", 9, "un exploit salué par la ministre des Sports", "clause not in the source"),
        ("consistency", 10, "catégorie", "'class' is rendered classe in paragraph 4"),
        ("mistranslation", 10, "devraient atteindre la Martinique avant la fin du mois", "'may not reach Martinique before the end of the month' rendered as 'should reach it before' (modal changed, negation lost)"),
        ("punctuation", 11, "lyophilisés~» a-t-elle", "comma missing after the closing quotation mark before the reporting clause"),
    ],
))

# 3 ------------------------------------------------------------------ en -> es, all 1-1 (politics)
ARTICLES.append(dict(
    name="spain-voting-age-sixteen", sl="en", tl="es",
    src=[
        "Spain’s lower house votes to let 16-year-olds cast ballots in local elections",
        "MADRID, June 5 (Corvane) – Spain’s Congress of Deputies on Thursday approved a bill lowering the voting age in municipal elections from 18 to 16, a change that would add about 960,000 young people to the electoral roll, according to the National Statistics Institute (INE).",
        "The bill passed with 181 votes in favour, 164 against and two abstentions. It now goes to the Senate, where the opposition has a majority and can delay it by up to two months but cannot block it.",
        "“Young people pay taxes, work and volunteer. It is only fair that they have a say in how their towns and cities are run,” said Lucía Ferrer Ibarra, the deputy who presented the bill.",
        "The main opposition party argued that the reform had been rushed through without consulting regional governments and said it would challenge it before the Constitutional Court.",
        "If the Senate does not make changes, the new rules would apply for the first time in the municipal elections of May 2027.",
        "Several European countries already allow 16-year-olds to vote, including Austria, Malta and Belgium, where they can vote in European Parliament elections.",
        "Surveys suggest that support for the change is lukewarm. In a poll published in April by the polling firm Sondea, 41.5% of respondents were in favour and 48% against.",
        "Youth organisations celebrated outside parliament, where a group of secondary school students had gathered with banners reading “Our town, our vote”.",
        "Teachers’ unions called on the government to strengthen civic education in schools before the reform takes effect.",
        "The Central Electoral Board will have to update the roll and send voting cards to the new voters at least six weeks before the election.",
    ],
    tgt=[
        "El Congreso aprueba que los jóvenes de 16 años voten en las elecciones municipales",
        "MADRID, 5 de junio (Corvane) – El Congreso de los Diputados aprobó el jueves una proposición de ley que rebaja de 18 a 16 años la edad para votar en las elecciones municipales, un cambio que incorporaría al censo electoral a unos 960.000 jóvenes, según el Instituto Nacional de Estadística (INE).",
        "La iniciativa salió adelante con 181 votos a favor, 146 en contra y dos abstenciones. Ahora pasa al Senado, donde la oposición tiene mayoría y puede retrasarla hasta dos meses e incluso bloquearla.",
        "«Los jóvenes pagan impuestos, trabajan y hacen voluntariado. Es de justicia que tengan voz en cómo se gobiernan sus pueblos y ciudades», afirmó Lucía Ferrer Ibarra, la diputada que defendió la proposición.",
        "El principal partido de la oposición sostuvo que la reforma se había tramitado de forma precipitada, sin consultar a los gobiernos autonómicos, y anunció que la recurrirá ante la Corte Constitucional.",
        "Si el Senado introduce cambios, las nuevas normas se aplicarían por primera vez en las elecciones municipales de mayo de 2027.",
        "Varios países europeos ya permiten votar a los jóvenes de 16 años, entre ellos Austria, Malta y Bélgica, donde pueden hacerlo en las elecciones al Parlamento Europeo.",
        "Las encuestas apuntan a un apoyo tibio. En un sondeo publicado en abril por la empresa demoscópica Sondea, el 41.5% de los encuestados se mostró a favor y el 48% en contra.",
        "Varias organizaciones juveniles lo celebraron frente al Congreso, donde un grupo de estudiantes de secundaria se había concentrado con pancartas en las que se leía «Our town, our vote».",
        "Los sindicatos docentes pidieron al Gobierno. que refuerce la educación cívica en los institutos antes de que la reforma entre en vigor.",
        "La Junta Electoral Central tendrá que actualizar el censo y enviar enviar las tarjetas censales a los nuevos electores al menos seis semanas antes de las elecciones.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("number", 2, "146", "164 votes against became 146"),
        ("mistranslation", 2, "e incluso bloquearla", "'but cannot block it' rendered as 'and can even block it' (negation lost)"),
        ("name", 4, "Corte Constitucional", "Spain's Constitutional Court is the Tribunal Constitucional (Corte Constitucional is Colombia's)"),
        ("mistranslation", 5, "Si el Senado introduce cambios", "'if the Senate does not make changes': negation lost"),
        ("typography", 7, "41.5", "decimal point where Spanish writes a decimal comma (41,5)"),
        ("untranslated", 8, "Our town, our vote", "banner slogan left in English (Nuestro pueblo, nuestro voto)"),
        ("sentence_boundary", 9, "Gobierno. que", "full stop inserted before the object clause; the next word starts lower-case"),
        ("repetition", 10, "enviar enviar", "doubled verb"),
    ],
))

# 4 ------------------------------------------------------------------ en -> it, one 0-1 added paragraph (culture)
ARTICLES.append(dict(
    name="florence-altarpiece-restored", sl="en", tl="it",
    src=[
        "Restored altarpiece returns to Florence church after six years",
        "FLORENCE, Italy, Oct 2 (Corvane) – A 15th-century altarpiece that was removed from the church of Santo Spirito in Florence in 2019 because of severe woodworm damage returned to its chapel on Thursday after six years of restoration.",
        "The panel painting, an enthroned Madonna with four saints, was restored by the Opificio delle Pietre Dure, the state restoration institute, at a cost of 1.3 million euros, most of it paid by an American foundation.",
        "Restorers removed layers of yellowed varnish and overpainting added in the 19th century, revealing a blue sky and a landscape that had been hidden for more than 150 years.",
        "“When we saw the original colours for the first time, some of us were moved to tears,” said Chiara Mancuso, who led the team of seven restorers.",
        "The wooden support, made of poplar planks, had to be consolidated with a new cradle that allows the wood to expand and contract as the humidity changes.",
        "Art historians have long debated who painted the work. The new analysis supports the view that it came from the workshop of a follower of Filippo Lippi rather than from Lippi himself.",
        "The chapel has been fitted with a climate control system to keep temperature and humidity stable, and visitors will be admitted in groups of no more than 25 at a time.",
        "Entry to the church remains free, but a 3-euro ticket will be needed to see the altarpiece from close up.",
        "The parish priest, Father Giorgio Benvenuti, said the church had received more than 40,000 visitors in the three months before the chapel closed.",
        "The altarpiece can be seen from Saturday, every day except Wednesday, from 10 a.m. to 5 p.m.",
    ],
    tgt=[
        "La pala d’altare restaurata torna in una chiesa di Firenze dopo sei anni",
        "FIRENZE, 2 ottobre (Corvane) – Una pala d’altare del XV secolo, rimossa nel 2019 dalla chiesa di Santo Spirito a Firenze a causa di gravi danni provocati dai tarli, è tornata giovedì nella sua cappella dopo sei anni di restauro.",
        "Il dipinto su tavola, una Madonna in trono con quattro santi, è stato restaurato dall’Opificio delle Pietre Dure, l’istituto statale di restauro, con una spesa di 3,1 milioni di euro, in gran parte sostenuta da una fondazione americana.",
        "I restauratori hanno rimosso strati di vernice ingiallita e di overpainting aggiunti nel XIX secolo, riportando alla luce un cielo azzurro e un paesaggio rimasti nascosti per più di 150 anni.",
        "«Quando abbiamo visto i colori originali per la prima volta, alcuni di noi si sono commossi fino alle lacrime», ha detto Chiara Mancuso, che ha guidato la squadra di sette restauratori.",
        "Il supporto ligneo, composto da assi di pioppo, ha dovuto essere consolidato con una nuova parchettatura che permette al legno di dilatarsi e contrarsi al variare dell’umidità.",
        "Gli storici dell’arte discutono da tempo su chi abbia dipinto l’opera. Le nuove analisi avvalorano l'ipotesi che provenga dalla bottega di un seguace di Filippino Lippi e non dallo stesso Lippi.",
        "La cappella è stata dotata di un impianto di climatizzazione per mantenere stabili temperatura e umidità, e i visitatori saranno ammessi in gruppi di almeno 25 persone alla volta.",
        "L’ingresso alla chiesa resta gratuito. ma per vedere la pala da vicino servirà un biglietto da 3 euro.",
        "Il parroco, don Giorgio Benvenuti, ha detto che nei tre mesi precedenti la chiusura della cappella la chiesa aveva ricevuto più di 40.000 visitatori.",
        "La basilica di Santo Spirito, progettata da Filippo Brunelleschi, è una delle chiese più visitate dell’Oltrarno.",
        "La pala sarà visibile da sabato, tutti i giorni tranne il mercoledì, dalle 10 alle 17 .",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 :10 10:11",
    art=[
        ("number", 2, "3,1", "1.3 million euros became 3,1 milioni"),
        ("untranslated", 3, "overpainting", "English word left untranslated (ridipinture)"),
        ("typography", 6, "l'ipotesi", "straight apostrophe in an article that otherwise uses ’"),
        ("name", 6, "Filippino Lippi", "Filippo Lippi became Filippino Lippi, his son, another painter"),
        ("mistranslation", 7, "almeno 25", "'no more than 25' (a limit) rendered as 'at least 25'"),
        ("sentence_boundary", 8, "gratuito. ma", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("addition", 10, "La basilica di Santo Spirito, progettata da Filippo Brunelleschi, è una delle chiese più visitate dell’Oltrarno.", "whole paragraph not in the source"),
        ("punctuation", 11, "17 .", "space before the full stop"),
    ],
))

# 5 ------------------------------------------------------------------ en -> pt-BR, all 1-1 (science)
ARTICLES.append(dict(
    name="brazil-amazon-watch-satellite", sl="en", tl="pt-BR",
    src=[
        "Brazil launches satellite to track Amazon deforestation in near real time",
        "SÃO JOSÉ DOS CAMPOS, Brazil, Feb 24 (Corvane) – A Brazilian-built Earth observation satellite designed to detect illegal logging in the Amazon was launched on Monday from India’s Satish Dhawan Space Centre, the National Institute for Space Research (INPE) said.",
        "The 640-kilogram satellite, named Guará-1, reached its planned orbit at an altitude of 752 kilometres about 17 minutes after lift-off, and the first signals were received by a ground station in Cuiabá two hours later.",
        "Its camera can photograph a strip of land 850 kilometres wide and will revisit the same area every three days, compared with five days for the satellites INPE currently uses.",
        "“With this satellite we will see clearings while they are still being opened, not weeks later,” said the project’s chief engineer, Renata Albuquerque Lins.",
        "The satellite cost 410 million reais ($72 million), including the launch. About 80% of its components were made by Brazilian companies, a record for the country’s space programme.",
        "Deforestation in the Brazilian Amazon fell by 31.4% in the 12 months to July last year, to 6,288 square kilometres, according to INPE’s Prodes monitoring system.",
        "Environmental agents from Ibama will receive the satellite’s alerts directly on their tablets, which should allow them to reach remote areas faster.",
        "The satellite will not be fully operational until May, once engineers have calibrated its instruments.",
        "Scientists also plan to use its images to monitor crops and the spread of fires in the Cerrado, the savannah south of the Amazon.",
        "INPE said a second satellite of the same series could be launched in 2029 if funding is approved by Congress.",
    ],
    tgt=[
        "Brasil lança satélite para monitorar o desmatamento na Amazônia quase em tempo real",
        "SÃO JOSÉ DOS CAMPOS, 24 de fevereiro (Corvane) – Um satélite de observação da Terra construído no Brasil e projetado para detectar a extração ilegal de madeira na Amazônia foi lançado na segunda-feira do Centro Espacial Satish Dhawan, na Índia, informou o Instituto Nacional de Pesquisas Espaciais (Inpe).",
        "O satélite de 640 quilos, batizado de Guará-1, atingiu a órbita prevista, a 752 quilômetros de altitude, cerca de 17 minutos após o lançamento, e os primeiros sinais foram captados por uma ground station em Cuiabá duas horas depois.",
        "Sua câmera consegue fotografar uma faixa de terreno de 850 quilômetros de largura e vai revisitar a mesma área a cada três dias, contra cinco dias dos satélites usados hoje pelo Inpe.",
        "“Com este satélite vamos ver as clareiras enquanto ainda estão sendo abertas, e não semanas depois”, disse a engenheira-chefe do projeto, Renata Albuquerque Lins.",
        "O satélite custou R$ 410 milhões (US$ 72 milhões, incluindo o lançamento. Cerca de 80% dos componentes foram fabricados por empresas brasileiras.",
        "O desmatamento na Amazônia brasileira caiu 31.4% nos 12 meses até julho do ano passado, para 6.828 quilômetros quadrados, segundo o sistema de monitoramento Prodes, do Inpe.",
        "Agentes ambientais do Ibama vão receber os alertas do satélite diretamente em seus tablets, o que deve permitir que cheguem mais rápido a áreas remotas.",
        "O satélite não estará totalmente operacional antes de maio. Depois que os engenheiros tiverem calibrado seus instrumentos.",
        "Os cientistas também planejam usar as imagens para monitorar lavouras e o avanço das queimadas no Cerrado, a savana ao norte da Amazônia.",
        "O Inpe afirmou que um segundo satélite da mesma série será lançado em 2029 se o financiamento for aprovado pelo Congresso.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("untranslated", 2, "ground station", "English term left untranslated (estação terrestre)"),
        ("punctuation", 5, "(US$ 72 milhões,", "opening parenthesis never closed"),
        ("omission", 5, "a record for the country’s space programme", "clause missing from the translation"),
        ("typography", 6, "31.4", "decimal point where Portuguese writes a decimal comma (31,4)"),
        ("number", 6, "6.828", "6,288 square kilometres became 6.828"),
        ("sentence_boundary", 8, "maio. Depois", "the subordinate clause is cut off as a verbless sentence of its own"),
        ("mistranslation", 9, "ao norte", "'south of the Amazon' rendered as 'north of the Amazon'"),
        ("mistranslation", 10, "será lançado", "'could be launched' rendered as 'will be launched' (modal lost)"),
    ],
))

# 6 ------------------------------------------------------------------ en -> nl, one 2-1 merge (politics, economy)
ARTICLES.append(dict(
    name="dutch-tobacco-excise-rise", sl="en", tl="nl",
    src=[
        "Dutch government to raise tobacco tax, pushing price of a pack above 12 euros",
        "THE HAGUE, Sept 16 (Corvane) – The Dutch government will raise excise duty on tobacco next year, increasing the price of a standard pack of 20 cigarettes to about 12.40 euros, the finance ministry said on Tuesday, the day the budget was presented.",
        "The increase, of around 1.50 euros per pack, is expected to bring in an extra 310 million euros a year, although the ministry assumes that some smokers will buy fewer cigarettes or quit.",
        "“Every smoker who quits is a gain for public health, and that matters more to us than the revenue,” junior finance minister Sanne de Wolf told reporters.",
        "About 18% of Dutch adults smoke, down from 26% in 2014, according to Statistics Netherlands (CBS). The government aims to bring that figure below 5% by 2040.",
        "Tobacconists in border regions warned that many customers would simply drive to Germany, where a pack costs about 9.20 euros.",
        "The retailers’ association RTN said more than 400 specialist shops had closed since 2020, most of them in villages and border regions.",
        "Customs officials also expect smuggling to increase. Last year they seized 52 million illegal cigarettes, twice as many as in 2022.",
        "Health organisations welcomed the measure but said it did not go far enough.",
        "The Dutch Cancer Society (KWF) called for the tax on e-cigarette liquids, introduced in 2024, to be doubled as well.",
        "The tax increase still needs the approval of parliament, where the governing parties have a narrow majority in the lower house.",
        "The new prices would take effect on April 1.",
    ],
    tgt=[
        "Kabinet verhoogt tabaksaccijns: pakje sigaretten straks duurder dan 12 euro",
        "DEN HAAG, 16 september (Corvane) – Het Nederlandse kabinet verhoogt volgend jaar de accijns op tabak, waardoor een standaardpakje van 20 sigaretten ongeveer 12,40 euro gaat kosten, zo maakte het ministerie van Financiën dinsdag bekend, op de dag dat de begroting werd gepresenteerd.",
        "De verhoging, van ongeveer 1,50 euro per pakje, moet jaarlijks 130 miljoen euro extra opleveren, hoewel het ministerie ervan uitgaat dat een deel van de rokers minder sigaretten gaat kopen of stopt.",
        "“Elke roker die stopt, is winst voor de volksgezondheid, en dat weegt voor ons zwaarder dan de opbrengst”, zei staatssecretaris van Financiën Sanne de Wolf tegen verslaggevers.",
        "Ongeveer 18 procent van de Nederlandse volwassenen rookt, tegen 26 procent in 2014, volgens Statistiek Nederland (CBS). Het kabinet wil dat aandeel in 2040 onder de 5 procent brengen.",
        "Tabakswinkeliers in grensregio's waarschuwen dat veel klanten gewoon naar Duitsland zullen rijden, waar een pakje ongeveer 9,20 euro kost.",
        "Brancheorganisatie RTN zegt dat sinds 2020 meer dan 400 speciaalzaken hun deuren hebben gesloten, de meeste in dorpen en grensregio’s.",
        "Ook de douane verwacht meer smokkel. Vorig jaar nam zij 52 miljoen illegale sigaretten in ontvangst, twee keer zoveel als in 2022.",
        "Gezondheidsorganisaties verwelkomden de maatregel, maar vinden dat die niet ver genoeg gaat. KWF Kankerbestrijding wil dat ook ook de belasting op e-liquids, die in 2024 werd ingevoerd, wordt verdubbeld.",
        "De belastingverhoging moet nog door het parlement worden goedgekeurd, De regeringspartijen hebben in de Tweede Kamer een ruime meerderheid.",
        "De nieuwe prijzen gaan op 1 april in.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8,9:8 10:9 11:10",
    art=[
        ("number", 2, "130 miljoen", "310 million euros became 130 miljoen"),
        ("name", 4, "Statistiek Nederland", "Statistics Netherlands is the Centraal Bureau voor de Statistiek; its English name rendered word by word"),
        ("typography", 5, "grensregio's", "straight apostrophe where the article otherwise uses ’ (grensregio’s, paragraph 6)"),
        ("mistranslation", 7, "in ontvangst", "'seized' rendered as 'received' (in beslag nemen)"),
        ("repetition", 8, "ook ook", "doubled word"),
        ("sentence_boundary", 9, "goedgekeurd, De", "two sentences joined by a comma; the second keeps its capital"),
        ("mistranslation", 9, "ruime meerderheid", "'narrow majority' rendered as 'large majority' (meaning reversed)"),
    ],
))

# 7 ------------------------------------------------------------------ en -> sv, all 1-1 (sport)
ARTICLES.append(dict(
    name="gothenburg-athletics-euros-2030", sl="en", tl="sv",
    src=[
        "Gothenburg to host 2030 European Athletics Championships",
        "GOTHENBURG, Sweden, April 26 (Corvane) – Gothenburg will host the European Athletics Championships in 2030, the sport’s European governing body decided on Saturday, bringing the event back to the city for the first time since 2006.",
        "The city beat bids from Lisbon and Kraków in a vote by the council of European Athletics in Lausanne, winning 9 of the 14 votes in the first round.",
        "The championships will be held at the Ullevi stadium over six days in August. Organisers expect about 1,300 athletes from 50 countries and more than 300,000 spectators.",
        "“Gothenburg has shown many times that it can fill a stadium. We want to create a week that the whole city talks about,” said Karin Sjöberg, who led the bid.",
        "The city council has promised 145 million kronor towards the event, and the national government is expected to add a guarantee for security costs.",
        "Ullevi’s running track, which was last replaced in 2013, will be renewed, and a new warm-up area will be built next to the stadium.",
        "Critics in the opposition said the money would be better spent on sports halls for schools, many of which lack proper facilities.",
        "Swedish athletes have won 11 medals at the last three European Championships, including four golds.",
        "The president of the Swedish Athletics Association, Per-Olof Lundgren, said hosting the event would help attract more children to the sport. Membership of athletics clubs has fallen by 8% since 2019.",
        "Tickets will go on sale in the autumn of 2028.",
    ],
    tgt=[
        "Göteborg blir värd för friidrotts-EM 2030",
        "GÖTEBORG, 26 april (Corvane) – Göteborg blir värd för friidrotts-EM 2030, beslutade sportens europeiska förbund på lördagen. Därmed återvänder mästerskapet till staden för första gången sedan 2006.",
        "Staden vann över Lissabon och Kraków i en omröstning i European Athletics råd i Lausanne och fick 9 av de 14 rösterna i första omgången.",
        "Mästerskapen avgörs på Ullevi under sex dagar i augusti. Arrangörerna räknar med omkring 1~300 idrottare från 50 länder och mer än 30~000 åskådare.",
        "”Göteborg har många gånger visat att staden kan fylla en arena. Vi vill skapa en vecka som hela stan pratar om”, sade Karin Sjöberg, som ledde ansökan.",
        "Kommunfullmäktige har utlovat 145 miljoner kronor till evenemanget, och regeringen har redan lämnat en garanti för säkerhetskostnaderna.",
        "Ullevis löparbana, som senast byttes 2013, ska förnyas, och en ny warm-up-yta ska byggas intill arenan.",
        "Kritiker inom oppositionen menade att pengarna hellre borde gå till idrottshallar vid skolorna, av vilka många har ändamålsenliga lokaler.",
        "Svenska friidrottare har vunnit 11 medaljer vid de tre senaste europamästerskapen, varav fyra guld.",
        "Svenska friidrottsföreningens ordförande Per-Olof Lundgren sade att mästerskapet kan locka fler barn till sporten. Antalet medlemmar i friidrottsklubbarna har minskat med 8% sedan 2019.",
        "Biljetterna släpps under under hösten 2028.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("number", 3, "30~000", "more than 300,000 spectators became 30 000"),
        ("mistranslation", 5, "har redan lämnat", "'is expected to add a guarantee' rendered as 'has already given one' (tense and modality changed)"),
        ("untranslated", 6, "warm-up", "English word left inside the compound (uppvärmningsyta)"),
        ("mistranslation", 7, "många har ändamålsenliga lokaler", "'many of which lack proper facilities' rendered as 'many of which have proper facilities' (meaning reversed)"),
        ("name", 9, "Svenska friidrottsföreningens", "the Swedish Athletics Association is Svenska Friidrottsförbundet"),
        ("typography", 9, "8%", "no space before % (Swedish writes 8 % or 8 procent)"),
        ("repetition", 10, "under under", "doubled preposition"),
    ],
))

# 8 ------------------------------------------------------------------ es -> en, one 1-0 omitted paragraph (science)
ARTICLES.append(dict(
    name="gran-canaria-deep-coral-reef", sl="es", tl="en",
    src=[
        "Un buque oceanográfico descubre un arrecife de coral de aguas profundas al sur de Gran Canaria",
        "LAS PALMAS DE GRAN CANARIA, 9 de julio (Corvane) – Científicos del Instituto Español de Oceanografía (IEO-CSIC) han descubierto un arrecife de coral de aguas frías de unos 4,5 kilómetros de longitud a 830 metros de profundidad al sur de Gran Canaria, según informó el miércoles el organismo.",
        "El hallazgo se produjo durante una campaña de 21 días a bordo del buque Ángeles Alvariño, en la que un robot submarino filmó durante más de 60 horas el fondo marino de la zona.",
        "«Nunca habíamos visto en Canarias una formación tan extensa y tan bien conservada», explicó la jefa de la expedición, Marta Quintana Vega.",
        "El arrecife está formado principalmente por el coral blanco Desmophyllum pertusum, una especie que crece apenas un centímetro al año, por lo que los investigadores calculan que algunas partes tienen más de 2.000 años.",
        "Entre los corales se observaron tiburones de profundidad, langostas y varias esponjas que podrían ser nuevas para la ciencia.",
        "Los científicos no detectaron marcas de redes de arrastre, una práctica prohibida en la zona desde 2011, pero sí restos de basura, sobre todo plásticos y cabos de pesca.",
        "El IEO ha pedido al Ministerio para la Transición Ecológica y el Reto Demográfico que incluya el arrecife en la red de espacios protegidos Natura 2000.",
        "La propuesta podría tramitarse en menos de un año, según fuentes del ministerio, aunque tendría que ser aprobada también por la Comisión Europea.",
        "El descubrimiento llega en pleno debate en Canarias sobre los permisos de exploración minera submarina en aguas cercanas al archipiélago.",
        "Las imágenes del arrecife se podrán ver a partir de septiembre en una exposición en el Museo Elder de la Ciencia y la Tecnología de Las Palmas.",
        "La expedición, financiada con 1,2 millones de euros de fondos europeos, volverá a la zona el próximo año para tomar muestras.",
    ],
    tgt=[
        "Research vessel finds deep-water coral reef south of Gran Canaria",
        "LAS PALMAS DE GRAN CANARIA, July 9 (Corvane) – Scientists from the Spanish Institute of Oceanography (IEO-CSIC) have discovered a cold-water coral reef about 4,5 kilometres long at a depth of 830 metres south of Gran Canaria, the institute said on Wednesday.",
        "The discovery was made during a 21-day expedition aboard the research vessel Ángeles Alvariño, in which an underwater robot filmed the seabed in the area for more than 16 hours.",
        "“We had never seen such an extensive and well-preserved formation in the Canaries,” said the expedition leader, Martha Quintana Vega.",
        "The reef is made up mainly of the white coral Desmophyllum pertusum, a species that grows barely a centimetre a year, so the researchers estimate that some parts are more than 2,000 years old.",
        "Among the corals, the team observed deep-sea sharks, locusts and several sponges that could be new to science.",
        "The scientists detected marks from trawl nets, a practice banned in the area since 2011, as well as litter, mainly plastics and fishing ropes.",
        "The IEO has asked the Ministry for the Ecological Transition and the Demographic Challenge to include the reef in the Natura 2000 network of protected areas.",
        "The proposal could be processed in less than a year, according to ministry sources, although it would also have to be approved by the European Commission.",
        "From September, images of the reef will be shown in an exhibition at the Elder Museum of Science and Technology in Las Palmas, which is free to visit.",
        "The expedition, funded with 1.2 million euros from European funds will return to the area next year to take samples.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9: 10:9 11:10",
    art=[
        ("typography", 1, "4,5", "Spanish decimal comma kept in English (4.5)"),
        ("number", 2, "16 hours", "more than 60 hours became 16"),
        ("name", 3, "Martha", "given name Marta anglicised"),
        ("mistranslation", 5, "locusts", "'langostas' here are lobsters (crustaceans on the reef), not locusts"),
        ("mistranslation", 6, "The scientists detected marks from trawl nets", "'no detectaron' (did not detect): negation lost"),
        ("omission", 9, "El descubrimiento llega en pleno debate en Canarias sobre los permisos de exploración minera submarina en aguas cercanas al archipiélago.", "whole paragraph has no counterpart in the translation"),
        ("addition", 9, "which is free to visit", "clause not in the source"),
        ("punctuation", 10, "European funds will", "comma closing the parenthetical phrase is missing"),
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
