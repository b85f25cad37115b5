#!/usr/bin/env python3
"""Build blind set 35: article texts and gold annotations are data; run from any directory."""
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

# 1 ------------------------------------------------------------------ en -> fi, one 1-2 split (industry)
ARTICLES.append(dict(
    name="kouvola-paper-mill-closure", sl="en", tl="fi",
    src=[
        "Nordvik Paper to close Kouvola mill, cutting 430 jobs",
        "KOUVOLA, Finland, Oct 7 (Corvane) – Finnish paper maker Nordvik Paper will close its newsprint mill in Kouvola by the end of March, eliminating 430 jobs, as demand for printed newspapers keeps falling, the company said on Tuesday.",
        "The mill, which opened in 1962, produced about 280,000 tonnes of newsprint last year, less than half of its capacity. Nordvik said the site had made a loss in each of the past four years.",
        "“This is a painful decision, but we cannot keep running a paper machine for a market that is disappearing,” chief executive Helena Saarinen said in a statement.",
        "Demand for newsprint in Europe has fallen by around 8% a year since 2015, according to industry estimates.",
        "The company will offer about 60 employees jobs at its packaging board mill in Imatra, 90 kilometres to the east, and has promised a retraining programme for the rest.",
        "The paper workers’ union Paperiliitto called the closure a heavy blow for the whole region and said it would seek talks with the company on severance pay. “Many of these people have worked at the mill for thirty years,” said shop steward Jari Kettunen.",
        "Kouvola, a city of about 79,000 people, has lost more than 2,000 industrial jobs since 2008. Mayor Anne Lindqvist said the city would ask the government for support from the European Globalisation Adjustment Fund.",
        "The Ministry of Economic Affairs and Employment said it was monitoring the situation closely but had not yet received a request.",
        "Nordvik expects the closure to cost 74 million euros, most of it in write-downs, but to improve its annual operating profit by 25 million euros from next year.",
        "Its shares rose 3.4% in Helsinki shortly after the announcement.",
    ],
    tgt=[
        "Nordvik Paper sulkee Kouvolan tehtaansa – 430 työpaikkaa katoaa",
        "KOUVOLA, 7. lokakuuta (Corvane) – Suomalainen paperiyhtiö Nordvik Paper sulkee Kouvolan sanomalehtipaperitehtaansa maaliskuun loppuun mennessä, ja 430 työpaikkaa katoaa. Syynä on painettujen sanomalehtien kysynnän jatkuva lasku, kertoi yhtiö tiistaina.",
        "Vuonna 1962 käynnistetty tehdas tuotti viime vuonna noin 280~000 tonnia sanomalehtipaperia eli yli puolet kapasiteetistaan. Nordvikin mukaan tehdas on tehnyt tappiota jokaisena neljänä viime vuonna.",
        "“Tämä on tuskallinen päätös, mutta emme voi pyörittää paperikonetta markkinoille, jotka ovat katoamassa,” toimitusjohtaja Helena Saarinen sanoi tiedotteessa.",
        "Sanomalehtipaperin kysyntä Euroopassa on alan arvioiden mukaan vähentynyt noin 8~% vuodessa vuodesta 2015 lähtien.",
        "Yhtiö tarjoaa noin 60 työntekijälle työtä Imatran kartonkitehtaallaan, joka sijaitsee 90 kilometriä länteen, ja muille se on luvannut uudelleenkoulutusohjelman.",
        "Paperiliitto kutsui sulkemista raskaaksi iskuksi koko seudulle ja kertoi hakevansa yhtiön kanssa neuvotteluja erorahoista.",
        "”Moni näistä ihmisistä on ollut tehtaalla töissä kolmekymmentä vuotta”, sanoi shop steward Jari Kettunen.",
        "Noin 79~000 asukkaan Kouvola on menettänyt vuodesta 2008 lähtien yli 2~000 teollisuuden työpaikkaa. Kaupunginjohtaja Anne Lindquist kertoi, että kaupunki aikoo hakea hallitukselta tukea Euroopan globalisaatiorahastosta.",
        "Työ- ja elinkeinoministeriöstä kerrottiin, että tilannetta seurataan tiiviisti, mutta ministeriö ei ole vielä saanut pyyntöä.",
        "Nordvik arvioi sulkemisen kustannuksiksi 47 miljoonaa euroa, josta suurin osa on alaskirjauksia. Yhtiö odottaa vuotuisen liiketuloksensa paranevan ensi vuodesta alkaen 25 miljoonalla eurolla.",
        "Yhtiön osake nousi 3,4~% Helsingin pörssissä. heti tiedotteen jälkeen.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6,7 7:8 8:9 9:10 10:11",
    art=[
        ("mistranslation", 2, "yli puolet", "'less than half of its capacity' rendered as 'more than half' (meaning reversed)"),
        ("typography", 3, "“Tämä", "English quotation marks “…,” where Finnish uses ”…”, with the comma after the closing mark"),
        ("mistranslation", 5, "länteen", "'90 kilometres to the east' rendered as 'to the west' (direction reversed)"),
        ("untranslated", 7, "shop steward", "English title left untranslated (pääluottamusmies, luottamusmies)"),
        ("name", 8, "Lindquist", "surname Lindqvist misspelt"),
        ("number", 10, "47 miljoonaa", "a cost of 74 million euros became 47 million"),
        ("sentence_boundary", 11, "pörssissä. heti", "full stop inserted mid-sentence; the next word starts lower-case"),
    ],
))

# 2 ------------------------------------------------------------------ en -> el, all 1-1 (water supply)
ARTICLES.append(dict(
    name="cyclades-desalination-units", sl="en", tl="el",
    src=[
        "Greece to install 14 desalination units on drought-hit Cyclades",
        "ATHENS, June 3 (Corvane) – Greece will install 14 mobile desalination units on eight islands in the Cyclades before the peak of the tourist season, the environment ministry said on Tuesday, after a second almost rainless winter left reservoirs and wells depleted.",
        "The units, each able to produce up to 1,200 cubic metres of drinking water a day, will be leased from the Greek company Thalassa Water Systems for 9.6 million euros over three years.",
        "Sifnos, Serifos and Kythnos will be the first to receive them, in the second half of June. On Sifnos, water is currently brought in by tanker ships twice a week at a cost of about 7 euros per cubic metre.",
        "“We cannot ask visitors to come to islands where the taps run dry in August,” Deputy Environment Minister Nikos Vlachakis told reporters in Athens.",
        "The population of the eight islands rises from around 26,000 in winter to more than 180,000 in summer, when demand for water roughly quadruples.",
        "Rainfall in the Cyclades between October and April was 41% below the long-term average, according to the National Observatory of Athens.",
        "Local officials welcomed the plan but said it came too late. “We asked for a permanent plant five years ago,” said the mayor of Serifos, Eleni Koutsouri.",
        "Environmental groups warned that the brine discharged by the units could damage seagrass meadows near the coast if it is not diluted properly.",
        "The ministry said the brine would be released at a depth of at least 15 metres and monitored every month by the Hellenic Centre for Marine Research.",
        "Permanent plants on four of the islands are to be financed from the EU’s Recovery and Resilience Facility and should be operating by 2027.",
    ],
    tgt=[
        "Ξηρασία στις Κυκλάδες: 14 μονάδες αφαλάτωσης θα εγκαταστήσει η Ελλάδα",
        "ΑΘΗΝΑ, 3 Ιουνίου (Corvane) – Η Ελλάδα θα εγκαταστήσει 14 κινητές μονάδες αφαλάτωσης σε οκτώ νησιά των Κυκλάδων πριν από την κορύφωση της τουριστικής περιόδου, ανακοίνωσε την Τρίτη το υπουργείο Περιβάλλοντος και Ενέργειας, αφού ένας δεύτερος σχεδόν άνυδρος χειμώνας άφησε άδειους ταμιευτήρες και πηγάδια.",
        "Οι μονάδες, καθεμία από τις οποίες μπορεί να παράγει έως 1.200 κυβικά μέτρα πόσιμου νερού την ημέρα, θα αγοραστούν από την ελληνική εταιρεία Thalassa Water Systems έναντι 9,6 εκατ. ευρώ για τρία χρόνια.",
        "Πρώτα θα τις παραλάβουν η Σίφνος, η Σέριφος και η Κύθνος, στο δεύτερο μισό του Ιουνίου. Στη Σίφνο το νερό μεταφέρεται σήμερα με υδροφόρα πλοία δύο φορές τον μήνα, με κόστος περίπου 7 ευρώ ανά κυβικό μέτρο.",
        "“Δεν μπορούμε να ζητάμε από τους επισκέπτες να έρχονται σε νησιά όπου οι βρύσες στερεύουν τον Αύγουστο”, δήλωσε στους δημοσιογράφους στην Αθήνα ο υφυπουργός Περιβάλλοντος Νίκος Βλαχάκης.",
        "Ο πληθυσμός των οκτώ νησιών αυξάνεται από περίπου 62.000 τον χειμώνα σε περισσότερους από 180.000 το καλοκαίρι, όταν η ζήτηση για νερό σχεδόν τετραπλασιάζεται.",
        "Οι βροχοπτώσεις στις Κυκλάδες από τον Οκτώβριο έως τον Απρίλιο ήταν 41% χαμηλότερες από τον μακροχρόνιο μέσο όρο, σύμφωνα με το Εθνικό Αστεροσκοπείο Αθηνών.",
        "Οι τοπικές αρχές χαιρέτισαν το σχέδιο, αλλά είπαν ότι έρχεται πολύ αργά. «Ζητήσαμε μόνιμη μονάδα πριν από πέντε χρόνια», δήλωσε η δήμαρχος Σερίφου Ελένη Κουτσουράκη.",
        "Περιβαλλοντικές οργανώσεις προειδοποίησαν ότι η άλμη που απορρίπτουν οι μονάδες θα μπορούσε να βλάψει τα λιβάδια θαλάσσιας βλάστησης κοντά στις ακτές, αν αραιώνεται σωστά.",
        "Το υπουργείο ανέφερε ότι το αλατόνερο θα διοχετεύεται σε βάθος τουλάχιστον 15 μέτρων και θα παρακολουθείται κάθε μήνα από το Hellenic Centre for Marine Research.",
        "Μόνιμες μονάδες σε τέσσερα από τα νησιά θα χρηματοδοτηθούν από το Ταμείο Ανάκαμψης και Ανθεκτικότητας της ΕΕ και αναμένεται να τεθούν σε λειτουργία έως το 2027.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("mistranslation", 2, "θα αγοραστούν", "'will be leased' rendered as 'will be bought' (wrong verb sense)"),
        ("mistranslation", 3, "δύο φορές τον μήνα", "'twice a week' rendered as 'twice a month'"),
        ("typography", 4, "“Δεν", "English quotation marks “…” where the article uses « »"),
        ("number", 5, "62.000", "around 26,000 in winter became 62.000"),
        ("name", 7, "Κουτσουράκη", "surname Koutsouri (Κουτσούρη) altered"),
        ("mistranslation", 8, "αν αραιώνεται σωστά", "'if it is not diluted properly' rendered as 'if it is diluted properly' (negation lost)"),
        ("consistency", 9, "αλατόνερο", "'brine' is άλμη in the paragraph before and αλατόνερο here"),
        ("untranslated", 9, "Hellenic Centre for Marine Research", "English name of the Ελληνικό Κέντρο Θαλάσσιων Ερευνών (ΕΛΚΕΘΕ) left untranslated"),
    ],
))

# 3 ------------------------------------------------------------------ en -> hu, all 1-1 (retail, books)
ARTICLES.append(dict(
    name="betuhaz-bookshop-closures", sl="en", tl="hu",
    src=[
        "Hungarian bookshop chain Betűház to close 18 stores as sales slump",
        "BUDAPEST, Jan 22 (Corvane) – Betűház, Hungary’s second-largest bookshop chain, will close 18 of its 64 stores by the end of April after its sales fell for a third consecutive year, the company said on Thursday.",
        "Most of the stores to be closed are in shopping centres outside Budapest, where rents have risen sharply since 2022. About 110 employees will lose their jobs.",
        "“We are not leaving the smaller towns because we want to, but because the numbers no longer add up,” chief executive Andrea Kovács told reporters.",
        "Betűház’s revenue fell 9% last year to 14.2 billion forints, while its operating loss widened to 780 million forints.",
        "Book sales in Hungary dropped by around 6% in volume in 2024, according to the Hungarian Publishers’ and Booksellers’ Association, although higher prices kept the market’s value roughly flat.",
        "Publishers blame rising paper and energy costs, which have pushed the average price of a new novel above 5,000 forints, and a growing share of sales going to online retailers.",
        "The chain will expand its webshop and open three smaller stores at railway stations in Budapest, Debrecen and Szeged, Kovács said.",
        "Employees will receive severance pay above the legal minimum, and the company will try to place some of them in its remaining stores.",
        "The closures will not affect the chain’s flagship store on Andrássy Avenue, which was renovated last year.",
        "Smaller independent bookshops said they feared that publishers would bring out fewer new titles if the number of outlets kept shrinking.",
    ],
    tgt=[
        "Visszaeső forgalom miatt 18 üzletét bezárja a Betűház könyvesbolt-lánc",
        "BUDAPEST, január 22. (Corvane) – Április végéig 64 üzletéből 18-at bezár a Betűház, Magyarország legnagyobb könyvesbolt-lánca, miután forgalma zsinórban harmadik éve csökkent – közölte csütörtökön a vállalat.",
        "A bezárandó üzletek többsége Budapesten kívüli bevásárlóközpontokban működik, ahol a bérleti díjak 2022 óta meredeken emelkedtek. Mintegy 110 munkavállaló veszíti el az állását.",
        "„Nem azért hagyjuk el a kisebb városokat, mert ezt akarjuk, hanem mert a számok már nem jönnek ki” – mondta Andrea Kovács vezérigazgató az újságíróknak.",
        "A Betűház árbevétele tavaly 9%-kal, 14.2 milliárd forintra csökkent, üzemi vesztesége pedig 780 millió forintra nőtt.",
        "A Magyar Könyvkiadók és Könyvterjesztők Egyesülése szerint 2024-ben mintegy 6%-kal csökkent az eladott könyvek száma Magyarországon, bár a magasabb árak miatt a piac értéke nagyjából változatlan maradt.",
        "A kiadók szerint a papír és az energia drágulása egy új regény átlagárát 3000 forint fölé emelte, emellett az eladások egyre nagyobb része az online kereskedőkhöz vándorol.",
        "A lánc bővíti webáruházát, és három kisebb üzletet nyit a budapesti és a szegedi pályaudvaron – mondta Kovács.",
        "A munkavállalók a törvényes minimumnál magasabb végkielégítést kapnak, és a vállalat megpróbálja egy részüket a megmaradó üzletekben elhelyezni.",
        "A bezárások nem érintik a lánc Andrássy úti zászlóshajó-üzletét , amelyet tavaly újítottak fel.",
        "A kisebb, független könyvesboltok attól tartanak, hogy a kiadók több új címet jelentetnek meg, ha az értékesítési pontok száma tovább csökken.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("mistranslation", 1, "Magyarország legnagyobb könyvesbolt-lánca", "'Hungary's second-largest bookshop chain' rendered as 'the largest'"),
        ("name", 3, "Andrea Kovács", "Hungarian name left in English order; Hungarian writes the family name first (Kovács Andrea)"),
        ("typography", 4, "14.2", "decimal point where Hungarian uses a decimal comma (14,2)"),
        ("number", 6, "3000 forint", "an average price above 5,000 forints became above 3000"),
        ("omission", 7, "Debrecen", "one of the three cities of the new station stores is missing from the translation"),
        ("punctuation", 9, "üzletét ,", "space before a comma"),
        ("mistranslation", 10, "több új címet", "'fewer new titles' rendered as 'more new titles' (meaning reversed)"),
    ],
))

# 4 ------------------------------------------------------------------ en -> tr, one 0-1 added paragraph (banking)
ARTICLES.append(dict(
    name="kumbara-digital-bank-licence", sl="en", tl="tr",
    src=[
        "Turkey grants first full licence to app-only bank Kumbara",
        "ISTANBUL, Sept 16 (Corvane) – Turkey’s banking regulator has granted a full operating licence to Kumbara, a digital bank without branches, allowing it to take deposits from the public for the first time, the company said on Tuesday.",
        "Kumbara, founded in 2021 by former executives of two large private banks, had been operating under a limited licence that allowed it to serve only its own employees and a test group of 5,000 customers.",
        "The Banking Regulation and Supervision Agency (BDDK) approved the application after a two-year review, the bank said. The regulator did not comment.",
        "“Our goal is to reach one million customers within 18 months,” chief executive Selin Aydoğan told reporters at the bank’s headquarters in Istanbul’s Maslak district.",
        "The bank plans to offer savings accounts, debit cards and instant loans of up to 50,000 lira through its mobile app. It will not charge fees for transfers between its own customers.",
        "Kumbara has raised 1.8 billion lira from investors so far, including 600 million lira in a funding round led by the Istanbul-based fund Galata Ventures in March.",
        "Interest rates on lira deposits remain above 40% after the central bank’s tightening cycle, making savers highly sensitive to the rates banks offer.",
        "Analysts said the new bank would have to compete with established lenders that have invested heavily in their own apps. “Digital is no longer a niche in Turkey,” said Murat Erdem of Ege Yatırım.",
        "Three other digital banks have received preliminary approval from the BDDK since 2022, but none has yet obtained a full licence.",
        "Kumbara said it expected to break even in 2027.",
    ],
    tgt=[
        "Türkiye, yalnızca mobil uygulamayla hizmet veren Kumbara'ya ilk tam lisansı verdi",
        "İSTANBUL, 16 Eylül (Corvane) – Türkiye'nin bankacılık düzenleyicisi, şubesi bulunmayan dijital banka Kumbara'ya tam faaliyet izni verdi. Şirketin salı günü yaptığı açıklamaya göre banka böylece ilk kez halktan mevduat kabul edebilecek.",
        "2021'de iki büyük özel bankanın eski yöneticileri tarafından kurulan Kumbara, şimdiye kadar yalnızca kendi çalışanlarına ve 50.000 müşteriden oluşan bir test grubuna hizmet vermesine izin veren sınırlı bir lisansla faaliyet gösteriyordu.",
        "Banka, Bankacılık Düzenleme ve Denetleme Kurumunun (BDDK) başvuruyu iki yıllık bir incelemenin ardından onayladığını açıkladı. Düzenleyici kurum konuya ilişkin yorum yaptı.",
        "Genel Müdür Selin Aydoğan, bankanın İstanbul Maslak'taki genel merkezinde gazetecilere “Hedefimiz 18 ay içinde bir milyon müşteriye ulaşmak” dedi.",
        "Banka, mobil uygulaması üzerinden tasarruf hesapları, kredi kartları ve 50.000 liraya kadar anında kredi sunmayı planlıyor. Kendi müşterileri arasındaki transferlerden ücret almayacak.",
        "Kumbara bugüne kadar yatırımcılardan 1,8 milyar lira topladı. Bunun 600 milyon lirası, mart ayında İstanbul merkezli Galata Girişim fonunun liderliğinde gerçekleştirilen yatırım turunda sağlandı.",
        "Merkez Bankasının sıkılaştırma döngüsünün ardından Türk lirası mevduat faizleri 40%'ın üzerinde seyrediyor; bu da tasarruf sahiplerini bankaların sunduğu faiz oranlarına karşı oldukça duyarlı hale getiriyor.",
        "Analistler, yeni bankanın kendi uygulamalarına büyük yatırımlar yapmış köklü bankalarla rekabet etmek zorunda kalacağını söyledi. Ege Yatırım'dan Murat Erdem, “Dijital, Türkiye'de artık bir niş değil” dedi.",
        "BDDK 2022'den bu yana üç dijital bankaya daha ön onay verdi , ancak henüz hiçbiri tam lisans almadı.",
        "Uygulama şimdilik yalnızca Türkçe olarak kullanılabiliyor ve yabancı uyruklu müşterilere açık değil.",
        "Kumbara, 2027'de başa baş noktasına ulaşmayı beklediğini açıkladı.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 :10 10:11",
    art=[
        ("number", 2, "50.000", "a test group of 5,000 customers became 50.000"),
        ("mistranslation", 3, "yorum yaptı", "'the regulator did not comment' rendered as 'commented' (negation lost)"),
        ("mistranslation", 5, "kredi kartları", "'debit cards' rendered as 'credit cards' (wrong sense)"),
        ("name", 6, "Galata Girişim", "fund name Galata Ventures translated"),
        ("typography", 7, "40%'ın", "percent sign after the number; Turkish writes it first (%40'ın)"),
        ("punctuation", 9, "verdi ,", "space before a comma"),
        ("addition", 10, "Uygulama şimdilik yalnızca Türkçe olarak kullanılabiliyor ve yabancı uyruklu müşterilere açık değil.", "whole paragraph not in the source (the app only in Turkish, closed to foreign nationals)"),
    ],
))

# 5 ------------------------------------------------------------------ en -> ko, one 2-1 merge (shipbuilding)
ARTICLES.append(dict(
    name="hanbit-lng-carrier-order", sl="en", tl="ko",
    src=[
        "South Korea’s Hanbit Heavy wins $2.3 billion order for LNG carriers",
        "SEOUL, March 11 (Corvane) – South Korean shipbuilder Hanbit Heavy Industries said on Wednesday it had won an order worth 3.3 trillion won ($2.3 billion) to build eight liquefied natural gas (LNG) carriers for a Greek shipowner.",
        "The ships, each with a capacity of 174,000 cubic metres, will be built at the company’s yard in Geoje and delivered between 2028 and 2029.",
        "Hanbit did not name the buyer, but two people familiar with the deal said it was Athens-based Kallisto Maritime.",
        "The order is the largest in the company’s history. It brings Hanbit’s new orders so far this year to 5.1 billion dollars, nearly 40% of its annual target of 13 billion dollars.",
        "Shares in Hanbit rose 6.2% in Seoul, outperforming the benchmark KOSPI index, which gained 0.4%.",
        "Korean yards have benefited from a surge in demand for LNG carriers as Europe replaces Russian pipeline gas with imports by sea.",
        "But they face a shortage of skilled workers. Hanbit said it would hire 1,500 welders and electricians this year, many of them from abroad.",
        "“The order book is full until 2029, so the challenge now is not winning contracts but delivering on time,” said Park Ji-hoon, an analyst at Sejin Securities.",
        "Chinese shipyards have been gaining market share with lower prices, but Korean builders still lead in high-value LNG carriers, where they win about two-thirds of orders.",
        "The Ministry of Trade, Industry and Energy said last month that it would offer low-interest loans worth 1 trillion won to help smaller suppliers expand.",
        "Hanbit, which employs about 9,800 people, returned to an operating profit last year after five years of losses.",
    ],
    tgt=[
        "한빛중공업, 23억 달러 규모 LNG 운반선 수주",
        "서울, 3월 11일 (Corvane) – 한국 조선업체 한빛중공업은 그리스 선주사로부터 액화천연가스(LNG) 운반선 8척을 3조 3,000억 원(23억 달러)에 수주했다고 수요일 밝혔다.",
        "선박들은 척당 14만 7,000㎥급으로 회사의 거제 조선소에서 건조되며, 2028년부터 2029년까지 차례로 인도될 예정이다.",
        "한빛은 발주처를 공개하지 않았지만, 이번 거래 사정에 밝은 소식통 두 명은 아테네에 본사를 둔 칼리스토 마리타임이라고 전했다.",
        "이번 수주는 회사 창사 이래 최대 규모다. 이로써 한빛의 올해 누적 수주액은 51억 달러로 늘어, 연간 목표치인 130억 달러의 40%를 넘어섰다.",
        "한빛 주가는 서울 증시에서 6,2% 올라 0.4% 상승한 코스피 지수를 웃돌았다.",
        "한국 조선소들은 유럽이 러시아산 파이프라인 가스를 해상 수입으로 대체하면서 LNG 운반선 수요가 급증한 덕을 봤다. 그러나 숙련 인력 부족에 직면해 있다. 한빛은 올해 용접공과 전기공 1,500명을 채용할 계획이며, 이 가운데 상당수는 외국인이 될 것이라고 밝혔다.",
        "세진증권의 박지훈 애널리스트는 “2029년까지 수주 잔고가 꽉 차 있어 이제 과제는 계약을 따내는 것이 아니라 아니라 제때 인도하는 것”이라고 말했다.",
        "중국 조선소들은 낮은 가격을 앞세워 점유율을 잃어 왔지만, 한국 조선업체들은 여전히 고부가가치 선박인 LNG 운반선 분야에서 수주의 약 3분의 2를 차지하며 앞서 있다.",
        "무역산업에너지부는 지난달 중소 협력업체들의 설비 확장을 돕기 위해 1조 원 규모의 저금리 대출을 제공하겠다고 밝혔다.",
        "직원 약 9,800명을 둔 한빛은 지난해 영업이익 흑자로 전환했다.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6,7:6 8:7 9:8 10:9 11:10",
    art=[
        ("number", 2, "14만 7,000㎥", "a capacity of 174,000 cubic metres became 147,000"),
        ("mistranslation", 4, "40%를 넘어섰다", "'nearly 40%' rendered as 'more than 40%'"),
        ("typography", 5, "6,2%", "decimal comma where Korean uses a decimal point (6.2%), beside 0.4% in the same sentence"),
        ("repetition", 7, "아니라 아니라", "doubled word"),
        ("mistranslation", 8, "점유율을 잃어 왔지만", "'have been gaining market share' rendered as 'have been losing market share' (meaning reversed)"),
        ("name", 9, "무역산업에너지부", "the ministry's official Korean name is 산업통상자원부; the English name rendered word by word"),
        ("omission", 11, "after five years of losses", "the five loss-making years are missing from the translation"),
    ],
))

# 6 ------------------------------------------------------------------ en -> pl, all 1-1 (space)
ARTICLES.append(dict(
    name="orbitica-hyperspectral-satellite", sl="en", tl="pl",
    src=[
        "Polish start-up puts its first hyperspectral satellite into orbit",
        "GDANSK, Poland, Aug 5 (Corvane) – Polish space company Orbitica said on Tuesday its first Earth observation satellite had reached orbit after being launched overnight aboard a Falcon 9 rocket from Vandenberg, California.",
        "The satellite, called Bursztyn-1, weighs 92 kilograms and carries a hyperspectral camera that can distinguish more than 150 bands of light, allowing it to detect crop disease, water pollution and illegal logging.",
        "Engineers at the company’s mission control centre in Gdansk made first contact with the satellite 47 minutes after launch. “All systems are working as expected,” chief executive Tomasz Wierzbicki said.",
        "The first images are expected within two weeks, once the camera has been calibrated.",
        "Orbitica, founded in 2019 by three graduates of the Gdansk University of Technology, spent 38 million zlotys on the mission, about a third of it from EU funds.",
        "The company has signed contracts worth 11 million zlotys with customers including two Polish insurers and the State Forests agency, which wants to monitor bark beetle damage.",
        "The Polish Space Agency (POLSA) said the launch showed that Poland’s space sector was maturing. The country’s space industry employs about 12,000 people, according to the agency.",
        "Orbitica plans to launch two more satellites in 2026 and to build a constellation of eight by the end of the decade, which would allow it to photograph any point in Europe every day.",
        "“Not long ago, Polish firms only supplied components for other people’s satellites. Now we are building our own,” said Magdalena Sowa, president of POLSA.",
        "The satellite is designed to operate for at least five years before burning up in the atmosphere.",
    ],
    tgt=[
        "Pierwszy satelita hiperspektralny polskiego start-upu na orbicie",
        "GDAŃSK, 5 sierpnia (Corvane) – Polska firma kosmiczna Orbitica poinformowała we wtorek, że jej pierwszy satelita obserwacji Ziemi dotarł na orbitę po nocnym starcie rakiety Falcon 9 z bazy Vandenberg w Kalifornii.",
        "Satelita o nazwie Bursztyn-1 waży 29 kilogramów i ma na pokładzie kamerę hiperspektralną, która rozróżnia ponad 150 pasm światła, co pozwala wykrywać choroby upraw, zanieczyszczenie wód i nielegalną wycinkę lasów.",
        "Inżynierowie w centrum kontroli misji w Gdańsku nawiązali pierwszy kontakt z satelitą 47 minut po starcie. “Wszystkie systemy działają zgodnie z oczekiwaniami” – powiedział prezes Tomasz Wierzbicki.",
        "Pierwsze zdjęcia mają zostać przesłane w ciągu dwóch tygodni, jeszcze przed kalibracją kamery.",
        "Orbitica, założona w 2019 roku przez trzech absolwentów Gdańskiego Uniwersytetu Technologicznego, wydała na misję 38 mln zł, z czego około jedna trzecia pochodziła z funduszy unijnych.",
        "Firma podpisała umowy o wartości 11 mln zł z klientami, wśród których są dwa polskie towarzystwa ubezpieczeniowe i agencja State Forests, która chce monitorować szkody wyrządzane przez kornika.",
        "Polska Agencja Kosmiczna (POLSA) oceniła, że start pokazuje, iż polski sektor kosmiczny dojrzewa. Według agencji w krajowym przemyśle kosmicznym pracuje około 12~000 osób.",
        "Orbitica planuje wystrzelić dwa kolejne satelity w 2026 roku. a do końca dekady zbudować konstelację ośmiu satelitów, co pozwoli jej codziennie fotografować dowolny punkt w Europie.",
        "„Jeszcze niedawno polskie firmy dostarczały jedynie komponenty do cudzych satelitów. Teraz budujemy własne” – powiedziała Magdalena Sowa, prezes POLSA.",
        "Satelita ma działać co najwyżej pięć lat, zanim spłonie w atmosferze.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("number", 2, "29 kilogramów", "a weight of 92 kilograms became 29"),
        ("typography", 3, "“Wszystkie", "English quotation marks “…” where Polish uses „…”"),
        ("mistranslation", 4, "jeszcze przed kalibracją kamery", "'once the camera has been calibrated' rendered as 'even before the camera is calibrated' (time relation reversed)"),
        ("name", 5, "Gdańskiego Uniwersytetu Technologicznego", "Gdansk University of Technology rendered word by word; its Polish name is Politechnika Gdańska"),
        ("untranslated", 6, "State Forests", "English name of Lasy Państwowe left untranslated"),
        ("sentence_boundary", 8, "roku. a do końca", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("mistranslation", 10, "co najwyżej", "'for at least five years' rendered as 'for at most five years' (a floor made a ceiling)"),
    ],
))

# 7 ------------------------------------------------------------------ de -> en, one 1-0 omitted paragraph (beer)
ARTICLES.append(dict(
    name="german-beer-sales-record-low", sl="de", tl="en",
    src=[
        "Bierabsatz in Deutschland fällt auf Rekordtief",
        "WIESBADEN, 31. Juli (Corvane) – Die Brauereien in Deutschland haben im ersten Halbjahr so wenig Bier verkauft wie nie zuvor seit Beginn der Statistik. Der Absatz sank um 6,3 Prozent auf 3,9 Milliarden Liter, wie das Statistische Bundesamt am Donnerstag mitteilte.",
        "Besonders stark fiel der Rückgang im Export aus: Ins Ausland gingen 11,2 Prozent weniger Bier als ein Jahr zuvor. Im Inland verkauften die Brauereien 5,1 Prozent weniger.",
        "Der Deutsche Brauer-Bund führte das Minus auf das verregnete Frühjahr, die schwache Konsumlaune und einen langfristigen Wandel der Trinkgewohnheiten zurück.",
        "„Junge Menschen trinken weniger Alkohol als frühere Generationen, und das spüren wir deutlich“, sagte Hauptgeschäftsführer Jörg Neuhaus.",
        "Alkoholfreies Bier ist dagegen weiter gefragt. Sein Anteil an der Produktion hat sich seit 2013 mehr als verdoppelt und liegt inzwischen bei gut 8 Prozent.",
        "Die Bamberger Brauerei Lindenhof, die jährlich rund 120.000 Hektoliter braut, will deshalb eine zweite Abfüllanlage ausschließlich für alkoholfreie Sorten bauen.",
        "„Vor zehn Jahren hätten wir darüber gelacht. Heute ist es unser am schnellsten wachsendes Produkt“, sagte Geschäftsführerin Katrin Hofmeister.",
        "Steigende Kosten für Energie, Glas und Malz setzen vor allem kleinere Betriebe unter Druck. Die Zahl der Brauereien in Deutschland sank im vergangenen Jahr um 28 auf 1.459.",
        "Mehrere Brauereien haben ihre Preise im Frühjahr erhöht, zum zweiten Mal innerhalb eines Jahres.",
        "Der Verband hofft nun auf einen warmen Spätsommer. Im August und September wird traditionell rund ein Fünftel des Jahresabsatzes erzielt.",
        "Die Zahlen enthalten kein alkoholfreies Bier, keine Malzgetränke und kein aus Ländern außerhalb der EU eingeführtes Bier.",
    ],
    tgt=[
        "Beer sales in Germany fall to record low",
        "WIESBADEN, July 31 (Corvane) – Breweries in Germany sold less beer in the first half of the year than at any time since records began. Sales fell 6.3% to 3.9 billion litres, the Federal Statistical Office said on Thursday.",
        "The decline was particularly steep in exports, with 11.2% less beer shipped abroad than a year earlier. Domestic sales fell 5,1%.",
        "The German Brewers’ Association attributed the drop to the rainy spring, weak Konsumlaune and a long-term change in drinking habits.",
        "“Young people drink less alcohol than than previous generations, and we feel that clearly,” said managing director Jörg Neuhaus.",
        "Alcohol-free beer, by contrast, remains in demand. Its share of production has more than halved since 2013 and now stands at just over 8%.",
        "The Bamberg brewery Lindenhof, which brews around 210,000 hectolitres a year, therefore plans to build a second bottling line solely for alcohol-free varieties.",
        "“Ten years ago we would have laughed at the idea. Today it is our fastest-growing product,” said managing director Katrin Hoffmeister.",
        "Rising costs for energy, glass and malt are putting smaller breweries in particular under pressure. The number of breweries in Germany fell by 28 to 1,459 last year.",
        "The association is now hoping for a warm late summer. August and September traditionally account for about a fifth of annual sales.",
        "The figures do not include alcohol-free beer, malt drinks or beer imported from outside the EU.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9: 10:9 11:10",
    art=[
        ("typography", 2, "5,1%", "German decimal comma kept in English (5.1%)"),
        ("untranslated", 3, "Konsumlaune", "German word left untranslated (consumer sentiment)"),
        ("repetition", 4, "than than", "doubled word"),
        ("mistranslation", 5, "more than halved", "'mehr als verdoppelt' (more than doubled) rendered as 'more than halved' (meaning reversed)"),
        ("number", 6, "210,000", "around 120,000 hectolitres became 210,000"),
        ("name", 7, "Hoffmeister", "surname Hofmeister misspelt"),
        ("omission", 9, "Mehrere Brauereien haben ihre Preise im Frühjahr erhöht, zum zweiten Mal innerhalb eines Jahres.", "whole paragraph (price rises) has no counterpart in the translation"),
    ],
))

# 8 ------------------------------------------------------------------ en -> fr, all 1-1 (food safety)
ARTICLES.append(dict(
    name="normandy-camembert-recall", sl="en", tl="fr",
    src=[
        "French cheesemaker recalls camembert after listeria found at Normandy plant",
        "CAEN, France, April 9 (Corvane) – A Normandy cheesemaker has recalled more than 40,000 raw-milk camemberts sold across France after listeria bacteria were found during a routine inspection at its plant, the agriculture ministry said on Wednesday.",
        "The cheeses, made by Fromagerie des Trois Vallées in the Orne département, were sold under the brand name Le Bocain in supermarkets between March 14 and April 5, with use-by dates up to May 2.",
        "Customers who bought them are advised not to eat them and to return them to the shop for a refund.",
        "No illness linked to the cheeses has been reported so far, the ministry said. Listeriosis is rare but can be serious for pregnant women, elderly people and people with weakened immune systems.",
        "Symptoms, which include fever and headaches, can appear up to eight weeks after eating contaminated food, according to the public health agency Santé publique France.",
        "“We have stopped production and are cleaning the entire plant. Our priority is the safety of our customers,” the company’s director, Hervé Lemonnier, told Corvane.",
        "The dairy, which employs 35 people and buys milk from 22 farms in the area, produces about 1.2 million cheeses a year.",
        "France records between 300 and 400 cases of listeriosis a year, according to Santé publique France.",
        "Raw-milk camembert, which carries a protected designation of origin, accounts for less than a tenth of the camembert sold in France, most of it made with pasteurised milk.",
        "Producers have long warned that tighter hygiene rules could threaten small dairies. The ministry said inspections at raw-milk cheesemakers would be stepped up this summer.",
    ],
    tgt=[
        "Un fromager normand rappelle des camemberts après la découverte de listeria dans son usine",
        "CAEN, 9 avril (Corvane) – Un fromager normand a rappelé plus de 40^000 camemberts au lait cru vendus dans toute la France après la détection de listeria lors d’une inspection de routine dans son usine, a annoncé mercredi le ministère de l’Agriculture.",
        "Les fromages, fabriqués par la Fromagerie des Trois Vallées dans l’Orne, ont été vendus sous la marque Le Bocain dans des supermarchés entre le 14 mars et le 5 avril, avec des dates limites de consommation allant jusqu’au 12 mai.",
        "Il est recommandé aux clients qui en ont acheté de ne pas les consommer et de les rapporter au magasin, où ils seront remboursés.",
        "Aucun cas de maladie lié à ces fromages n’a été signalé à ce jour, a précisé le ministère. La listériose est rare, mais elle peut être grave chez les femmes enceintes, les personnes âgées et les personnes immunodéprimées.",
        "Les symptômes, dont la fièvre et les maux de tête, peuvent apparaître jusqu’à huit semaines après la consommation d’un aliment contaminé, selon l’agence Santé publique France.",
        "« Nous avons arrêté la production et nous nettoyons toute l’usine. Notre priorité est la sécurité de nos clients~», a déclaré à Corvane le directeur de la fromagerie, Hervé Lemonier.",
        "La laiterie, qui emploie 35 personnes et vend son lait à 22 exploitations de la région, produit environ 1,2 million de fromages par an.",
        "La France recense chaque année entre 300 et 400 cas de listériose, selon Santé publique France, soit environ 0,6 cas pour 100^000 habitants.",
        "Le camembert au lait cru, qui bénéficie d’une appellation d’origine protégée, représente moins d’un dixième du camembert vendu en France.",
        "Les producteurs préviennent depuis longtemps que des règles d’hygiène plus strictes pourraient menacer les petites laiteries, Le ministère a indiqué que les contrôles chez les fromagers au lait cru seraient renforcés cet été.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("number", 2, "12 mai", "use-by dates up to May 2 became 12 May"),
        ("typography", 6, "« Nous", "plain space after the opening « where the article uses a no-break space"),
        ("name", 6, "Lemonier", "surname Lemonnier misspelt"),
        ("mistranslation", 7, "vend son lait à 22 exploitations", "'buys milk from 22 farms' rendered as 'sells its milk to 22 farms' (direction reversed)"),
        ("addition", 8, "soit environ 0,6 cas pour 100^000 habitants", "rate per 100,000 inhabitants not in the source"),
        ("omission", 9, "most of it made with pasteurised milk", "the clause on pasteurised milk is missing from the translation"),
        ("sentence_boundary", 10, "laiteries, Le ministère", "two sentences joined by a comma; the second still starts with a capital"),
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
