#!/usr/bin/env python3
"""Build blind set 31: article texts and gold annotations are data; run from any directory."""
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

# 1 ------------------------------------------------------------------ en -> fi, one 1-2 split (shipbuilding)
ARTICLES.append(dict(
    name="turku-cruise-ship-order", sl="en", tl="fi",
    src=[
        "Turku shipyard wins 1.9 billion euro order for two cruise ships",
        "TURKU, Finland, March 17 (Brevane) – The Turku shipyard of Varvia Marine has won an order worth about 1.9 billion euros for two cruise ships from the US operator Solace Cruises, the company said on Tuesday. The order secures work at the yard until the end of 2031.",
        "Each ship will be 316 metres long with room for 5,400 passengers. They will be able to run partly on methanol, and their engines can later be converted to run on hydrogen.",
        "“This order means that nobody at the yard needs to worry about their job for the next five years,” chief executive Jari Lindqvist told reporters at the yard.",
        "The yard directly employs about 2,300 people, and the company estimates that each ship keeps another 8,000 people busy at around 600 subcontractors, most of them in south-west Finland.",
        "Steel cutting for the first ship is scheduled to begin in February 2028, with delivery planned for the spring of 2030. The second ship will follow about a year later.",
        "The state export credit agency Finnvera will guarantee part of the financing. Economic Affairs Minister Sanna Heikkilä called the deal “a vote of confidence in Finnish shipbuilding”.",
        "Miami-based Solace Cruises has not previously ordered ships from Finland. It currently operates nine ships, mainly in the Caribbean and Alaska.",
        "The yard’s order book was almost empty last autumn, when talks with an Asian customer broke down, and the company warned that it might have to lay off up to 400 workers.",
        "Trade unions welcomed the deal but said the yard should rely less on foreign temporary workers, who made up almost a third of the workforce at the site last year.",
        "Shares in Varvia Marine’s parent company, the listed Nordhav Group, rose 6.4% in Helsinki trading.",
    ],
    tgt=[
        "Turun telakka sai 1,9 miljardin euron tilauksen kahdesta risteilyaluksesta",
        "TURKU, 17. maaliskuuta (Brevane) – Varvia Marinen Turun telakka on saanut yhdysvaltalaiselta Solace Cruises -varustamolta noin 1,9 miljardin euron arvoisen tilauksen kahdesta risteilyaluksesta, yhtiö kertoi tiistaina. Tilaus turvaa telakan työt vuoden 2031 loppuun asti.",
        "Alukset ovat kumpikin 316 metriä pitkiä, ja kumpaankin mahtuu 5~400 matkustajaa. Ne voivat kulkea osittain metanolilla, ja niiden moottorit on myöhemmin muutettava vetykäyttöisiksi.",
        "”Tämän tilauksen ansiosta kenenkään telakalla ei tarvitse huolehtia työpaikastaan seuraavan viiden vuoden aikana”, toimitusjohtaja Jari Lindqvist sanoi toimittajille telakka-alueella.",
        "Telakka työllistää suoraan noin 3~200 ihmistä, ja yhtiön arvion mukaan kumpikin alus työllistää lisäksi 8~000 ihmistä noin 600 alihankkijayrityksessä, joista useimmat sijaitsevat Varsinais-Suomessa.",
        "Ensimmäisen aluksen teräksenleikkaus on määrä aloittaa helmikuussa 2028, ja alus on tarkoitus luovuttaa keväällä 2030.",
        "Toinen alus seuraa noin vuotta myöhemmin.",
        "Valtion vienninrahoittaja Finnvera takaa osan osan rahoituksesta. Elinkeinoministeri Sanna Heikkilä kutsui kauppaa ”luottamuksenosoitukseksi suomalaiselle laivanrakennukselle”.",
        "Miamissa toimiva Solace Risteilyt ei ole aiemmin tilannut aluksia Suomesta. Sillä on tällä hetkellä yhdeksän alusta, jotka liikennöivät pääasiassa Karibialla ja Alaskassa.",
        "Telakan order book oli viime syksynä lähes tyhjä, kun neuvottelut aasialaisen asiakkaan kanssa kariutuivat, ja yhtiö varoitti joutuvansa mahdollisesti irtisanomaan jopa 400 työntekijää.",
        "Ammattiliitot pitivät kauppaa tervetulleena. mutta niiden mukaan telakan pitäisi tukeutua enemmän ulkomaisiin vuokratyöntekijöihin, joita oli viime vuonna lähes kolmannes työmaan henkilöstöstä.",
        "Varvia Marinen emoyhtiön, pörssiyhtiö Nordhav Groupin, osake nousi Helsingin pörssissä 6.4~%.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5,6 6:7 7:8 8:9 9:10 10:11",
    art=[
        ("mistranslation", 2, "on myöhemmin muutettava", "'can later be converted' (an option) rendered as 'must later be converted'"),
        ("number", 4, "3~200", "about 2,300 people became 3 200"),
        ("repetition", 7, "osan osan", "doubled word"),
        ("name", 8, "Solace Risteilyt", "company name Solace Cruises half translated ('Risteilyt'); kept as Solace Cruises in paragraph 1"),
        ("untranslated", 9, "order book", "English term left untranslated (tilauskanta)"),
        ("sentence_boundary", 10, "tervetulleena. mutta", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("mistranslation", 10, "tukeutua enemmän", "'should rely less on' rendered as 'rely more on' (meaning reversed)"),
        ("typography", 11, "6.4", "decimal point in Finnish (6,4)"),
    ],
))

# 2 ------------------------------------------------------------------ en -> hu, all 1-1 (demographics)
ARTICLES.append(dict(
    name="hungary-population-decline", sl="en", tl="hu",
    src=[
        "Hungary’s population falls to lowest level since the 1950s as births decline",
        "BUDAPEST, Jan 29 (Brevane) – Hungary’s population fell by about 41,000 last year to 9.52 million, the lowest level since the early 1950s, the Hungarian Central Statistical Office (KSH) said on Thursday.",
        "The number of births fell by 6.3% to 71,800, while deaths, at 119,500, again far outnumbered them. Net immigration offset only part of the decline.",
        "The total fertility rate, the average number of children a woman is expected to have, slipped to 1.38 from 1.44 a year earlier, wiping out most of the gains made in the previous decade.",
        "“Families are postponing children, not giving up on them,” said demographer Eszter Váradi of the Tabula Institute, a private research group in Budapest. “But every year of delay makes a second and a third child less likely.”",
        "The government has spent heavily on family support since 2010, including tax exemptions for mothers of four or more children and subsidised loans for young couples.",
        "Family Affairs Minister Gábor Lengyel said the programmes had worked and would not be scrapped. He announced that the income tax exemption for mothers under 30 would be extended to mothers under 35 from July.",
        "Economists say the high cost of housing, especially in Budapest, is one of the main reasons why young people have children later. Average flat prices in the capital rose by 14% last year.",
        "The decline is steepest in small villages in the north-east, where many schools have closed over the past decade. The population of Borsod-Abaúj-Zemplén county has shrunk by 11% since 2011.",
        "Budapest and the towns around it, by contrast, grew slightly, mainly because of people moving in from other parts of the country.",
        "The statistics office expects the population to fall below 9.5 million in 2027 unless the birth rate recovers.",
    ],
    tgt=[
        "Az 1950-es évek óta nem élt ilyen kevés ember Magyarországon, csökken a születések száma",
        "BUDAPEST, január 29. (Brevane) – Magyarország népessége tavaly mintegy 41~000 fővel 9,52 millióra csökkent, ami az 1950-es évek eleje óta a legalacsonyabb szint – közölte csütörtökön a Központi Statisztikai Hivatal (KSH).",
        "A születések száma 6,3%-kal, 78~100-ra esett vissza, a 119~500 haláleset pedig ismét jóval meghaladta ezt. A nettó bevándorlás a fogyásnak csak egy részét ellensúlyozta.",
        "A teljes termékenységi arányszám – vagyis az, hogy egy nőnek élete során várhatóan hány gyermeke születik – az egy évvel korábbi 1,44-ről 1,38-ra csökkent, így elveszett az előző évtizedben elért javulás nagy része.",
        "„A családok elhalasztják a gyermekvállalást, nem mondanak le róla” – mondta Eszter Váradi demográfus, a budapesti Tabula Intézet nevű magánkutatóintézet munkatársa. “De minden egyes évnyi halasztás csökkenti a második és a harmadik gyermek esélyét.”",
        "A kormány 2010 óta jelentős összegeket fordít a családtámogatásokra, többek között a négy- vagy többgyermekes anyák adómentességére és a fiatal pároknak nyújtott kamattámogatott hitelekre.",
        "Lengyel Gábor családügyi miniszter szerint a programok beváltak, és megszüntetik őket. Bejelentette azt is, hogy júliustól a 30 év alatti anyák személyijövedelemadó-mentességét kiterjesztik a 35 év alattiakra.",
        "Közgazdászok szerint a lakhatás magas költsége – különösen Budapesten – az egyik fő oka annak, hogy a fiatalok később vállalnak gyermeket. A fővárosban tavaly átlagosan 14%-kal drágultak a lakások.",
        "A fogyás az északkeleti kistelepüléseken a legmeredekebb. Borsod-Abaúj-Zemplén county lakossága 2011 óta 11%-kal csökkent.",
        "Budapest és a környező települések lélekszáma ezzel szemben kismértékben nőtt. főként az ország más részeiből beköltözők miatt.",
        "A statisztikai hivatal arra számít, hogy a népesség 2027-ben 9,5 millió alá csökken, ha a születésszám helyreáll.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("number", 2, "78~100", "71,800 births became 78 100"),
        ("name", 4, "Eszter Váradi", "Hungarian name left in English order; Hungarian writes Váradi Eszter (as the article does for Lengyel Gábor)"),
        ("typography", 4, "“De", "English opening quotation mark; Hungarian opens with „"),
        ("mistranslation", 6, "megszüntetik őket", "'would not be scrapped' rendered as 'will be scrapped' (negation lost)"),
        ("omission", 8, "where many schools have closed over the past decade", "the clause on closed schools is missing from the translation"),
        ("untranslated", 8, "county", "English word left untranslated (Borsod-Abaúj-Zemplén vármegye)"),
        ("sentence_boundary", 9, "nőtt. főként", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("mistranslation", 10, "ha a születésszám helyreáll", "'unless the birth rate recovers' rendered as 'if the birth rate recovers' (condition reversed)"),
    ],
))

# 3 ------------------------------------------------------------------ en -> el, one 2-1 merge (school safety)
ARTICLES.append(dict(
    name="greece-school-earthquake-retrofit", sl="en", tl="el",
    src=[
        "Greece to strengthen 1,200 schools against earthquakes by 2030",
        "ATHENS, Oct 14 (Brevane) – Greece will spend 850 million euros to strengthen about 1,200 school buildings against earthquakes by 2030, the Education Ministry said on Tuesday, after inspections found that many were built before modern building codes came into force.",
        "The programme, mostly funded by the European Union’s Recovery and Resilience Facility, will start with 310 schools in the Attica region and on the Ionian Islands, where the risk is highest.",
        "About 40% of the country’s 14,500 school buildings were built before 1985, when Greece introduced stricter seismic rules, according to Building Infrastructures SA, the state company that manages public buildings.",
        "“No parent should have to wonder whether their child’s classroom is safe,” Deputy Education Minister Eleni Sarafoglou said at a school in the Athens suburb of Peristeri.",
        "Engineers will reinforce columns with steel jackets and carbon fibre and, in some cases, add new concrete walls. Pupils will be moved to other buildings while the work is carried out.",
        "Most projects are expected to take between four and eight months.",
        "Greece is one of the most earthquake-prone countries in Europe. In 2021, a strong earthquake in central Crete damaged more than 30 schools in the Heraklion area, although none collapsed.",
        "Teachers’ unions called the plan welcome but late. “Why did it take so long?” asked Nikos Plakias, president of the secondary teachers’ federation OLME, who said many schools still lacked even basic fire safety equipment.",
        "The opposition accused the government of announcing the programme for electoral reasons and asked why only a quarter of the money had gone to the islands.",
        "The ministry said contracts for the first 310 schools would be signed by March and that parents would be able to follow the progress of work at their child’s school on a public website.",
        "Inspections of another 2,000 buildings, including kindergartens, are due to be completed next year.",
    ],
    tgt=[
        "Η Ελλάδα θα ενισχύσει αντισεισμικά 1.200 σχολεία έως το 2030",
        "ΑΘΗΝΑ, 14 Οκτωβρίου (Brevane) – Η Ελλάδα θα διαθέσει 850 εκατομμύρια ευρώ για την αντισεισμική ενίσχυση περίπου 1.200 σχολικών κτιρίων έως το 2030, ανακοίνωσε την Τρίτη το υπουργείο Παιδείας, αφού οι έλεγχοι έδειξαν ότι πολλά από αυτά χτίστηκαν πριν τεθούν σε ισχύ οι σύγχρονοι οικοδομικοί κανονισμοί.",
        "Το πρόγραμμα, που χρηματοδοτείται κυρίως από το Ταμείο Ανάκαμψης και Ανθεκτικότητας της Ευρωπαϊκής Ένωσης, θα ξεκινήσει με 310 σχολεία στην Περιφέρεια Αττικής και στα Ιόνια Νησιά, όπου ο κίνδυνος είναι μεγαλύτερος.",
        "Περίπου το 40% των 14.500 σχολικών κτιρίων της χώρας χτίστηκε πριν από από το 1985, όταν η Ελλάδα θέσπισε αυστηρότερους αντισεισμικούς κανόνες, σύμφωνα με τις Κτιριακές Υποδομές Α.Ε., την κρατική εταιρεία που διαχειρίζεται τα δημόσια κτίρια.",
        "«Κανένας γονιός δεν θα έπρεπε να αναρωτιέται αν η τάξη του παιδιού του είναι ασφαλής», δήλωσε η υφυπουργός Παιδείας Ελένη Σαραφόγλου σε σχολείο στο Περιστέρι, προάστιο της Αθήνας.",
        "Οι μηχανικοί θα ενισχύσουν τα υποστυλώματα με χαλύβδινους μανδύες και carbon fibre και σε ορισμένες περιπτώσεις θα προσθέσουν νέα τοιχώματα από σκυρόδεμα. Οι μαθητές θα μεταφερθούν σε άλλα κτίρια όσο εκτελούνται οι εργασίες. Τα περισσότερα έργα αναμένεται να διαρκέσουν από τέσσερις έως οκτώ μήνες.",
        "Η Ελλάδα είναι μία από τις πιο σεισμογενείς χώρες της Ευρώπης. Το 2021 ένας ισχυρός σεισμός στην κεντρική Κρήτη προκάλεσε ζημιές σε περισσότερα από 30 σχολεία στην περιοχή του Χεράκλιον, ενώ ορισμένα κατέρρευσαν.",
        "Οι συνδικαλιστικές οργανώσεις των εκπαιδευτικών χαρακτήρισαν το σχέδιο ευπρόσδεκτο αλλά καθυστερημένο. «Γιατί χρειάστηκε τόσος καιρός?» ρώτησε ο Νίκος Πλακιάς, πρόεδρος της Ομοσπονδίας Λειτουργών Μέσης Εκπαίδευσης (ΟΛΜΕ), ο οποίος ανέφερε ότι πολλά σχολεία δεν διαθέτουν ακόμη ούτε τον βασικό εξοπλισμό πυρασφάλειας.",
        "Η αντιπολίτευση κατηγόρησε την κυβέρνηση ότι ανακοίνωσε το πρόγραμμα για εκλογικούς λόγους. και ρώτησε γιατί μόνο το ένα τρίτο των κονδυλίων κατευθύνθηκε στα νησιά.",
        "Το υπουργείο ανέφερε ότι οι συμβάσεις για τα πρώτα 310 σχολεία θα υπογραφούν έως τον Μάρτιο και ότι οι γονείς θα είναι υποχρεωμένοι να παρακολουθούν την πρόοδο των εργασιών στο σχολείο του παιδιού τους μέσω δημόσιου ιστότοπου.",
        "Οι έλεγχοι σε άλλα 2.000 κτίρια, μεταξύ των οποίων και νηπιαγωγεία, αναμένεται να ολοκληρωθούν μέσα στο επόμενο έτος.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5,6:5 7:6 8:7 9:8 10:9 11:10",
    art=[
        ("repetition", 3, "από από", "doubled preposition"),
        ("untranslated", 5, "carbon fibre", "English term left untranslated (ίνες άνθρακα, ανθρακονήματα)"),
        ("name", 6, "Χεράκλιον", "Heraklion transliterated back from English instead of the Greek name Ηράκλειο"),
        ("mistranslation", 6, "ενώ ορισμένα κατέρρευσαν", "'although none collapsed' rendered as 'while some collapsed' (meaning reversed)"),
        ("typography", 7, "καιρός?", "Latin question mark; Greek uses ; (erotimatiko)"),
        ("sentence_boundary", 8, "λόγους. και", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("number", 8, "το ένα τρίτο", "'a quarter' became 'a third' (το ένα τέταρτο)"),
        ("mistranslation", 9, "θα είναι υποχρεωμένοι να παρακολουθούν", "'would be able to follow' rendered as 'would be obliged to follow' (modal changed)"),
    ],
))

# 4 ------------------------------------------------------------------ en -> tr, one 0-1 added paragraph (television)
ARTICLES.append(dict(
    name="turkish-tv-drama-exports", sl="en", tl="tr",
    src=[
        "Turkish TV dramas earn record $1.1 billion abroad as Latin American demand grows",
        "ISTANBUL, June 9 (Brevane) – Turkish television series earned a record 1.1 billion dollars from foreign sales last year, 18% more than the year before, as broadcasters in Latin America and Eastern Europe bought more shows, an industry association said on Monday.",
        "Turkish dramas are now shown in more than 170 countries, and Turkey is the world’s second-largest exporter of scripted series after the United States, according to the Istanbul-based Drama Exporters’ Association (DIB).",
        "The biggest single buyer was a Mexican television network, which bought 14 series in a package deal worth about 60 million dollars.",
        "“Ten years ago, very few buyers in Chile or Peru had ever seen a Turkish series. Now they ask for our actors by name,” said Selin Arıkan, the association’s chair.",
        "Producers say the industry’s success rests on long episodes, family stories and high production values, but costs are rising fast. A single episode of a prime-time series now costs up to 450,000 dollars to make.",
        "Several production companies have started shooting shorter seasons for streaming platforms, which pay more per episode but order fewer episodes.",
        "The broadcasting watchdog RTÜK fined two channels last year over scenes it considered inappropriate, and producers say such decisions make it harder to plan storylines.",
        "Exports to Arab countries, once the main market, have recovered after a slump in the 2010s but are still below their peak.",
        "Spain has become an unexpected success: a series about a family of fishermen on the Black Sea coast was the most-watched foreign programme on Spanish television last autumn.",
        "The association expects foreign sales to reach 1.5 billion dollars by 2028 if the lira remains stable.",
    ],
    tgt=[
        "Türk dizileri yurt dışında rekor 1,1 milyar dolar kazandı, Latin Amerika'dan talep artıyor",
        "İSTANBUL, 9 Haziran (Brevane) – Bir sektör birliğinin pazartesi günü yaptığı açıklamaya göre, Türk televizyon dizileri geçen yıl yurt dışı satışlardan bir önceki yıla göre 18% artışla rekor düzeyde 1,1 milyar dolar gelir elde etti; Latin Amerika ve Doğu Avrupa'daki yayıncılar daha fazla dizi satın aldı.",
        "Türk dizileri artık 170'ten fazla ülkede yayınlanıyor ve İstanbul merkezli Dizi İhracatçıları Birliğine (DİB) göre Türkiye, ABD'nin ardından dünyanın en büyük ikinci scripted dizi ihracatçısı.",
        "Tek başına en büyük alıcı, yaklaşık 60 milyon dolarlık bir paket anlaşmayla 41 dizi satın alan bir Meksika televizyon kanalı oldu.",
        "Birliğin başkanı Selin Arikan, “On yıl önce Şili'de ya da Peru'da Türk dizisi izlemiş alıcı yok denecek kadar azdı. Şimdi oyuncularımızı isimleriyle istiyorlar” dedi.",
        "Yapımcılara göre sektörün başarısı uzun bölümlere, aile hikâyelerine ve yüksek yapım kalitesine dayanıyor, ancak maliyetler hızla artıyor. Akşam kuşağında yayınlanan bir dizinin tek bir bölümünün maliyeti artık 450.000 dolara kadar çıkıyor.",
        "Birkaç yapım şirketi, bölüm başına daha az ödeyen ancak daha az bölüm sipariş eden dijital platformlar için daha kısa sezonlar çekmeye başladı.",
        "Yayın düzenleyici kurum RTÜK geçen yıl uygunsuz bulduğu sahneler nedeniyle iki kanala para cezası verdi,, yapımcılar da bu tür kararların senaryoları planlamayı zorlaştırdığını söylüyor.",
        "RTÜK verilerine göre kurul, 2025 yılında televizyon kanallarına toplam 312 idari para cezası verdi.",
        "Bir zamanlar ana pazar olan Arap ülkelerine yapılan ihracat, 2010'lardaki düşüşün ardından toparlandı ancak hâlâ zirve düzeyinin altında.",
        "İspanya ise beklenmedik bir başarı hikâyesine dönüştü: Karadeniz kıyısında yaşayan balıkçı bir aileyi anlatan bir dizi, geçen sonbahar İspanya televizyonlarında en çok izlenen yabancı yapım oldu.",
        "Birlik, liranın istikrarlı kalmaması durumunda yurt dışı satışların 2028'e kadar 1,5 milyar dolara ulaşmasını bekliyor.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 :8 8:9 9:10 10:11",
    art=[
        ("typography", 1, "18%", "percent sign after the number; Turkish writes %18"),
        ("untranslated", 2, "scripted", "English word left untranslated (senaryolu dizi)"),
        ("number", 3, "41 dizi", "14 series became 41"),
        ("name", 4, "Arikan", "surname Arıkan loses its dotless ı"),
        ("mistranslation", 6, "bölüm başına daha az ödeyen", "'pay more per episode' rendered as 'pay less per episode' (meaning reversed)"),
        ("punctuation", 7, "verdi,,", "doubled comma"),
        ("addition", 8, "RTÜK verilerine göre kurul, 2025 yılında televizyon kanallarına toplam 312 idari para cezası verdi.", "whole paragraph not in the source"),
        ("mistranslation", 11, "istikrarlı kalmaması durumunda", "'if the lira remains stable' rendered as 'if it does not remain stable' (negation added)"),
    ],
))

# 5 ------------------------------------------------------------------ en -> uk, all 1-1 (demining farmland)
ARTICLES.append(dict(
    name="kharkiv-farmland-demining", sl="en", tl="uk",
    src=[
        "Ukrainian farmers regain 40,000 hectares cleared of mines in Kharkiv region",
        "KHARKIV, Ukraine, April 22 (Brevane) – Deminers have cleared about 40,000 hectares of farmland in the Kharkiv region since the start of last year, allowing farmers to sow crops there again this spring, the regional administration said on Wednesday.",
        "The work was carried out by the State Emergency Service, army sappers and five private companies certified by the Ministry of Economy, which has been paying for commercial demining since 2024.",
        "Officials estimate that more than 300,000 hectares in the region may still be contaminated with mines and unexploded shells, mostly in districts near the Russian border.",
        "“For two years I looked at my fields and could not set foot in them,” said Mykola Hrytsenko, who grows wheat and sunflowers on 1,200 hectares near Balakliia. “This year we will sow everything.”",
        "Clearing one hectare costs about 1,500 dollars on average, and most of the money comes from international donors, including Japan and the European Union.",
        "The private company Safe Field Group, founded by two former army officers, now employs 240 deminers and uses armoured flail machines made in Slovakia and Croatia.",
        "Drones fitted with thermal cameras and metal detectors have sped up surveys, but every suspicious object still has to be removed by hand.",
        "Farmers returning to cleared land face other problems: after years without cultivation, the fields are overgrown with weeds, and some irrigation systems have been destroyed.",
        "The regional administration said it hoped to clear another 60,000 hectares by the end of the year, but warned that shelling was continuing in several districts.",
        "At least 12 civilians, most of them farmers and tractor drivers, were killed or injured by mines in the region last year.",
    ],
    tgt=[
        "Фермери Харківщини повертають 40 тисяч гектарів розмінованих земель",
        "ХАРКІВ, 22 квітня (Brevane) – Від початку минулого року фахівці з розмінування очистили близько 40~000 гектарів сільськогосподарських угідь у Харківській області, тож цієї весни фермери знову можуть там сіяти, повідомила в середу обласна адміністрація.",
        "Роботи виконували Державна служба України з надзвичайних ситуацій, армійські сапери та п'ять приватних компаній, сертифікованих Міністерством економіки, яке з 2024 року оплачує комерційне розмінування.",
        "За оцінками посадовців, понад 200~000 гектарів в області досі можуть бути забруднені мінами та нерозірваними снарядами, здебільшого в районах поблизу російського кордону.",
        "«Два роки я дивився на свої поля і не міг на них ступити», — розповів Микола Гриценко, який вирощує пшеницю та соняшник на 1~200 гектарах поблизу Балаклії. «Цього року засіємо все».",
        "Розмінування одного гектара коштує в середньому близько 1~500 доларів, і більшість коштів надходить від міжнародних донорів, зокрема від Японії та Європейського Союзу.",
        "Приватна компанія Безпечне Поле Груп, яку заснували двоє колишніх армійських офіцерів, нині має у штаті 240 саперів і використовує броньовані flail-машини словацького та хорватського виробництва.",
        "Дрони з тепловізорами та металошукачами пришвидшили обстеження, але кожен підозрілий об’єкт більше не потрібно прибирати вручну.",
        "Фермери, які повертаються на розміновані землі, стикаються з іншими проблемами: після кількох років без обробітку поля заросли бур’яном. а частину зрошувальних систем зруйновано.",
        "Регіональне управління заявило, що сподівається до кінця року розмінувати ще 60~000 гектарів, але попередило, що обстріли в кількох районах припинилися.",
        "Торік в області щонайменше 12 цивільних, здебільшого фермерів і трактористів, загинули або були поранені внаслідок підриву на мінах.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("typography", 2, "п'ять", "straight apostrophe in an article that otherwise uses ’ (п’ять)"),
        ("number", 3, "200~000", "more than 300,000 hectares became 200 000"),
        ("name", 6, "Безпечне Поле Груп", "company name Safe Field Group translated word by word"),
        ("untranslated", 6, "flail", "English technical word left untranslated (машини з ланцюговим тралом)"),
        ("mistranslation", 7, "більше не потрібно", "'still has to be removed by hand' rendered as 'no longer has to be' (meaning reversed)"),
        ("sentence_boundary", 8, "бур’яном. а", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("consistency", 9, "Регіональне управління", "'the regional administration' is обласна адміністрація in paragraph 1"),
        ("mistranslation", 9, "припинилися", "'shelling was continuing' rendered as 'shelling had stopped' (meaning reversed)"),
    ],
))

# 6 ------------------------------------------------------------------ ja -> en, one 1-0 omitted paragraph (retail logistics)
ARTICLES.append(dict(
    name="takayama-drone-delivery", sl="ja", tl="en",
    src=[
        "サクラマート、山間部でドローン配送を本格導入へ　高齢者の買い物を支援",
        "【高山＝Brevane】コンビニエンスストア大手のサクラマートは3月10日、岐阜県高山市の山間部の集落で、ドローンを使った商品の配送を来年4月から本格的に始めると発表した。いわゆる「買い物弱者」となっている高齢者の支援が狙いで、同社がドローン配送を常設のサービスにするのは初めて。",
        "対象は市中心部から車で40分以上かかる5地区で、約1,300世帯が暮らす。住民は電話や専用アプリで弁当や日用品など約300品目を注文でき、最短30分で自宅近くの受け取り場所に届く。",
        "配送料は1回300円で、65歳以上の住民は無料とする。",
        "同社は昨年10月から半年間、同じ地域で実証実験を行い、延べ4,200件の配送を実施した。悪天候で運航を取りやめたのは全体の7%にとどまったという。",
        "山田健一社長は記者会見で「山間部の店舗は採算が厳しいが、撤退すれば住民の生活が成り立たなくなる。ドローンは地域に残るための手段だ」と述べた。",
        "機体は最大5キロの荷物を運ぶことができ、時速約50キロで飛行する。国の規制に基づき、操縦者は高山市内の拠点から複数の機体を同時に監視する。",
        "国土交通省によると、ドローン物流は全国約40の自治体で実用化されているが、多くは補助金に頼った期間限定の事業にとどまっている。",
        "一方、住民の間には騒音や落下事故を心配する声もある。同社は住宅の真上を飛ばないルートを設定するとしている。",
        "高山市の担当者は「冬は雪で道路が通れなくなる日もあり、空からの配送は心強い」と話した。",
        "サクラマートは全国に約6,800店舗を展開しており、2028年度までに同様のサービスを10道県に広げる計画だ。",
        "同社は今年度、ドローン事業に約25億円を投資する。",
    ],
    tgt=[
        "Sakura Mart to roll out drone deliveries to mountain villages to help elderly shoppers",
        "TAKAYAMA, Japan (Brevane) – Convenience store chain Sakura Mart said on March 10 that it will launch a regular drone delivery service in April next year for mountain communities in Takayama, Gifu Prefecture. The service is aimed at elderly residents who have become so-called kaimono jakusha, and it is the first time the company has made drone delivery a permanent service.",
        "The service will cover five districts more than 40 minutes by car from the city centre. home to about 1,300 households. Residents can order around 300 items, including boxed lunches and everyday goods, by phone or through a dedicated app, and have them delivered to a pick-up point near their home in as little as 30 minutes.",
        "Each delivery will cost 300 yen, and deliveries will be free for residents under 65.",
        "The company ran a six-month trial in the same area from last October, making a total of 4,200 deliveries. Only 7% of flights were cancelled because of bad weather.",
        "“Our stores in mountain areas struggle to make a profit, but if we pulled out, residents would not be able to get by. Drones are a way for us to stay in the region,” President Kenichi Yamada told a news conference.",
        "The drones can carry parcels of up to 5 kilograms and fly at about 50 kilometres per hour. Under national regulations, operators monitor several drones at the same time from a base in Takayama.",
        "According to the Ministry of Land, Infrastructure, Transport and Tourism, drone logistics services are in practical use in about 40 municipalities nationwide, but most of them are time-limited projects that do not rely on subsidies.",
        "\"In winter, there are days when the roads are blocked by snow, so deliveries from the air are reassuring,\" a Takayama city official said.",
        "Sakura Market operates about 6,800 stores nationwide and plans to extend similar services to 10 prefectures by fiscal 2028.",
        "The company will invest about 25 billion yen in its drone business this fiscal year.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8: 9:8 10:9 11:10",
    art=[
        ("untranslated", 1, "kaimono jakusha", "Japanese term 買い物弱者 left in romanisation (people with poor access to shops)"),
        ("sentence_boundary", 2, "centre. home", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("mistranslation", 3, "under 65", "'free for residents aged 65 and over' rendered as 'under 65' (meaning reversed)"),
        ("mistranslation", 7, "do not rely on subsidies", "'depend on subsidies' rendered as 'do not rely on subsidies' (negation added)"),
        ("omission", 8, "一方、住民の間には騒音や落下事故を心配する声もある。同社は住宅の真上を飛ばないルートを設定するとしている。", "whole paragraph (residents' worries about noise and crashes, routes avoiding houses) has no counterpart in the translation"),
        ("typography", 8, "\"In", "straight quotation marks in an article that uses “ ”"),
        ("name", 9, "Sakura Market", "company name Sakura Mart altered"),
        ("number", 10, "25 billion yen", "約25億円 is about 2.5 billion yen"),
    ],
))

# 7 ------------------------------------------------------------------ nl -> en, all 1-1 (urban infrastructure)
ARTICLES.append(dict(
    name="amsterdam-quay-walls", sl="nl", tl="en",
    src=[
        "Amsterdam trekt 1,4 miljard euro extra uit voor vervallen kademuren",
        "AMSTERDAM, 3 februari (Brevane) – De gemeente Amsterdam trekt de komende tien jaar 1,4 miljard euro extra uit om vervallen kademuren langs de grachten te herstellen. Dat heeft wethouder Ruud Verhoeven (Openbare Ruimte) dinsdag bekendgemaakt.",
        "Van de ruim 200 kilometer kademuur in de stad is volgens een inspectie ongeveer 50 kilometer in zo’n slechte staat dat die op korte termijn moet worden vernieuwd. Veel muren zijn meer dan honderd jaar oud en rusten op houten palen.",
        "Tot nu toe herstelt de stad ongeveer 2 kilometer per jaar. Dat tempo moet vanaf 2027 worden verdubbeld.",
        "“We kunnen het ons niet veroorloven te wachten tot er weer een kade instort”, zei Verhoeven. “Elke maand uitstel maakt het werk duurder.”",
        "Om sneller te kunnen bouwen, gebruikt de gemeente een nieuwe methode waarbij de kademuur in geprefabriceerde delen wordt geplaatst. Daardoor kunnen de bomen langs de gracht vaker blijven staan.",
        "Bewoners en ondernemers klagen al jaren over overlast. Op sommige plekken zijn bruggen en straten maandenlang afgesloten en moeten woonboten tijdelijk verhuizen.",
        "De Vereniging Vrienden van de Amsterdamse Binnenstad noemde het plan een stap in de goede richting, maar vindt dat bewoners eerder bij de plannen moeten worden betrokken.",
        "Het Rijk draagt niet bij aan de kosten. Amsterdam vraagt al langer om steun uit Den Haag, omdat de grachtengordel op de Werelderfgoedlijst van UNESCO staat.",
        "Het kabinet liet dinsdag weten dat het de aanvraag nog bestudeert.",
        "De werkzaamheden aan de Herengracht tussen de Leidsestraat en de Vijzelstraat beginnen in september en duren naar verwachting anderhalf jaar.",
    ],
    tgt=[
        "Amsterdam earmarks an extra 1.4 billion euros for crumbling quay walls",
        "AMSTERDAM, February 3 (Brevane) – Amsterdam city council will spend an extra 1.4 billion euros over the next ten years to repair crumbling quay walls along its canals, wethouder Ruud Verhoeven (Public Space) announced on Tuesday.",
        "Of the more than 200 kilometres of quay wall in the city, about 15 kilometres are in such poor condition that they need to be replaced soon, according to an inspection. Many of the walls are more than a hundred years old.",
        "So far, the city has been repairing about 2 kilometres a year. That pace is to double from 2027.",
        "„We cannot afford to wait until another quay collapses,” Verhoeven said. “Every month of delay makes the work more expensive.”",
        "To speed up construction, the city is using a new method in which the quay wall is installed in prefabricated sections. As a result, the trees along the canal will more often have to be felled.",
        "Residents and businesses have been complaining about the disruption for years.In some places, bridges and streets have been closed for months, and houseboats have had to move temporarily.",
        "The Association of Friends of Amsterdam’s Inner City called the plan a step in the right direction, but said residents should be involved in the plans earlier.",
        "The national government is not contributing to the costs. Amsterdam has long been asking The Hague for support, because the canal ring is on UNESCO’s World Heritage List.",
        "The cabinet said on Tuesday that it had already studied the request.",
        "Work on the Gentlemen’s Canal between Leidsestraat and Vijzelstraat will begin in September and is expected to take a year and a half.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("untranslated", 1, "wethouder", "Dutch title left untranslated (alderman, deputy mayor)"),
        ("number", 2, "about 15 kilometres", "about 50 kilometres became 15"),
        ("omission", 2, "en rusten op houten palen", "'and rest on wooden piles' is missing from the translation"),
        ("typography", 4, "„We", "Dutch low opening quotation mark kept in English"),
        ("mistranslation", 5, "will more often have to be felled", "'the trees can more often stay standing' rendered as 'will more often have to be felled' (meaning reversed)"),
        ("punctuation", 6, "years.In", "no space after the full stop"),
        ("mistranslation", 9, "had already studied", "'is still studying the request' rendered as 'had already studied it' (tense and meaning changed)"),
        ("name", 10, "Gentlemen’s Canal", "canal name Herengracht translated; it stays Herengracht in English"),
    ],
))

# 8 ------------------------------------------------------------------ en -> fr, all 1-1 (telecoms)
ARTICLES.append(dict(
    name="marseille-subsea-cable", sl="en", tl="fr",
    src=[
        "New subsea cable linking Marseille to Singapore comes ashore",
        "MARSEILLE, Nov 18 (Brevane) – A 15,000-kilometre subsea data cable linking Marseille with Singapore came ashore on Tuesday on a beach north of the city’s port, the consortium building it said.",
        "The cable, named Azura-1, has a design capacity of 240 terabits per second and is due to enter service in the second half of 2027. It will also land in Egypt, Djibouti, Oman, India and Sri Lanka.",
        "The 1.1-billion-dollar project is led by the Franco-Singaporean company Lumenwave, with telecom operators from five countries as partners.",
        "“Marseille has become the main gateway for internet traffic between Europe, Africa and Asia,” Lumenwave’s chief executive, Hélène Marchetti, said at the landing site. “More than 20 cables now come ashore here.”",
        "Data centres have followed. Five have opened in the port area since 2016, and a sixth, with a capacity of 40 megawatts, is under construction.",
        "Their growth has worried some residents and local officials, who say the centres use too much electricity and water at a time when the regional grid is under strain.",
        "Last year the Bouches-du-Rhône prefecture asked operators to reuse the heat from their servers, and one data centre now heats about 600 homes in the nearby La Joliette district.",
        "The cable ship that laid the cable, the Cap Lardier, will continue its work off the Egyptian coast in December.",
        "Subsea cables carry about 99% of intercontinental internet traffic. Damage to several cables in the Red Sea in 2024 disrupted connections between Europe and Asia for weeks.",
        "The consortium said the route of Azura-1 avoided the most dangerous areas, but gave no details for security reasons.",
        "Information for residents about the work on the beach is available at https://www.lumenwave-azura.com/fr.",
    ],
    tgt=[
        "Un nouveau câble sous-marin reliant Marseille à Singapour touche terre",
        "MARSEILLE, 18 novembre (Brevane) – Un câble sous-marin de transmission de données de 15^000 kilomètres reliant Marseille à Singapour a touché terre mardi sur une plage au nord du port de la ville, a annoncé le consortium chargé de sa construction.",
        "Baptisé Azura-1, le câble a une capacité nominale de 240 térabits par seconde et doit entrer en service au second semestre 2027. Il atterrira également en Égypte, à Djibouti, à Oman, en Inde et au Sri Lanka.",
        "Ce projet de 1,1 million de dollars est piloté par la société franco-singapourienne Lumenwave, associée à des opérateurs de télécommunications de cinq pays.",
        "«~Marseille est devenue la principale porte d’entrée du trafic Internet entre l’Europe, l’Afrique et l’Asie~», a déclaré sur le site d’atterrissement la directrice générale de Lumenware, Hélène Marchetti. “Plus de 20 câbles arrivent désormais ici.”",
        "Les centres de données ont suivi. Cinq ont ouvert dans la zone portuaire depuis 2016, et un sixième, d’une capacité de 40 mégawatts, est à l’étude.",
        "Leur essor inquiète certains habitants et élus locaux, qui estiment que ces centres consomment trop d’électricité et d’eau alors que le réseau régional est sous tension.",
        "L’an dernier, la préfecture des Bouches-du-Rhône a interdit aux opérateurs de réutiliser la chaleur de leurs serveurs, et un centre de données chauffe désormais quelque 600 logements dans le quartier voisin de la Joliette.",
        "Le cable ship qui a posé le câble, le Cap Lardier, poursuivra ses travaux au large des côtes égyptiennes en décembre.",
        "Les câbles sous-marins acheminent environ 99^% du trafic Internet intercontinental. En 2024, l’endommagement de plusieurs câbles en mer Rouge a perturbé pendant des semaines. les liaisons entre l’Europe et l’Asie.",
        "Le consortium a indiqué que le tracé d’Azura-1 évitait les zones les plus dangereuses, mais n’a donné aucun détail pour des raisons de sécurité.",
        "Les informations destinées aux riverains concernant les travaux sur la plage sont disponibles à l’adresse https~://www.lumenwave-azura.com/fr.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10 11:11",
    art=[
        ("number", 3, "1,1 million", "a 1.1-billion-dollar project became 1,1 million de dollars (1,1 milliard)"),
        ("name", 4, "Lumenware", "company name Lumenwave altered"),
        ("typography", 4, "“Plus", "English quotation marks where the article uses « »"),
        ("mistranslation", 5, "est à l’étude", "'is under construction' rendered as 'is being studied'"),
        ("mistranslation", 7, "a interdit aux opérateurs de réutiliser", "'asked operators to reuse the heat' rendered as 'banned operators from reusing it' (meaning reversed)"),
        ("untranslated", 8, "cable ship", "English term left untranslated (navire câblier)"),
        ("sentence_boundary", 9, "semaines. les", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("markup", 11, "https~://", "no-break space inserted before the colon of the URL scheme, which breaks the address"),
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
