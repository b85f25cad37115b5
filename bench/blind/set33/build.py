#!/usr/bin/env python3
"""Build blind set 33: article texts and gold annotations are data; run from any directory."""
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

# 1 ------------------------------------------------------------------ en -> fi, all 1-1 (forest industry)
ARTICLES.append(dict(
    name="iisalmi-paper-mill-closure", sl="en", tl="fi",
    src=[
        "Finnish papermaker Lakeala to close Iisalmi mill, cutting 310 jobs",
        "HELSINKI, March 3 (Corvane) – Finnish paper company Lakeala Oyj said on Tuesday it would permanently close its mill in Iisalmi by the end of September, cutting 310 jobs, as demand for printing paper in Europe continues to decline.",
        "The mill’s two paper machines, with a combined annual capacity of 420,000 tonnes, have been running at about 60% of capacity since last spring.",
        "“This is a painful decision, but the market for graphic paper is not going to come back,” chief executive Heikki Rautavaara told a news conference. “We have looked at every alternative.”",
        "Lakeala said it would offer some of the affected employees jobs at its board mill in Kotka, where it plans to invest 85 million euros in a new coating line.",
        "The Finnish Paper Workers’ Union called the closure “a heavy blow” for the region and said it would push for a generous severance package. Negotiations are due to start next week.",
        "Iisalmi, a town of about 20,000 people in the North Savo region, has already lost two large employers in the past decade.",
        "Mayor Anne Kärkkäinen said the town would ask the government for special support and try to attract a new industrial user to the site. “The mill area has good rail connections and its own water intake,” she said.",
        "Lakeala, which also makes packaging board and pulp, reported an operating loss of 48 million euros for the last quarter of 2025 on sales of 612 million euros.",
        "Its shares rose 3.4% in Helsinki after the announcement, as analysts had expected the closure for months.",
        "The company said it did not expect to book significant impairment charges, because the Iisalmi machines had already been largely written down.",
    ],
    tgt=[
        "Paperiyhtiö Lakeala sulkee Iisalmen tehtaansa – 310 työpaikkaa katoaa",
        "HELSINKI, 3. maaliskuuta (Corvane) – Suomalainen paperiyhtiö Lakeala Oyj kertoi tiistaina sulkevansa Iisalmen tehtaansa pysyvästi syyskuun loppuun mennessä. Sulkeminen vie 310 työpaikkaa, ja taustalla on painopaperin kysynnän jatkuva lasku Euroopassa.",
        "Tehtaan kahden paperikoneen yhteenlaskettu vuosikapasiteetti on 240~000 tonnia, ja koneet ovat käyneet noin 60 prosentin käyttöasteella viime keväästä lähtien.",
        "“Tämä on kipeä päätös, mutta graafisen paperin markkinat eivät ole palaamassa”, toimitusjohtaja Heikki Rautavaara sanoi tiedotustilaisuudessa. ”Olemme käyneet läpi kaikki vaihtoehdot.”",
        "Lakeala kertoi tarjoavansa osalle irtisanottavista töitä Kotkan lautatehtaaltaan, jonne se aikoo investoida 85 miljoonaa euroa uuteen coating-linjaan.",
        "Paperiliitto kuvaili sulkemista ”raskaaksi iskuksi” alueelle ja kertoi vaativansa irtisanottaville anteliasta erorahapakettia. Neuvottelujen on määrä alkaa ensi viikolla.",
        "Noin 20~000 asukkaan Iisalmi Pohjois-Savossa on jo menettänyt kaksi suurta työnantajaa viimeisen kymmenen vuoden aikana.",
        "Kaupunginjohtaja Anne Kärkkänen sanoi, että kaupunki pyytää valtiolta erityistukea ja yrittää houkutella tehdasalueelle uuden teollisen toimijan ”Alueella on hyvät raideyhteydet ja oma vedenotto”, hän sanoi.",
        "Lakeala, joka valmistaa myös pakkauskartonkia ja sellua, kertoi tehneensä vuoden 2025 viimeisellä neljänneksellä 48 miljoonan euron liikevoiton 612 miljoonan euron liikevaihdolla.",
        "Yhtiön osake nousi Helsingin pörssissä 3,4 prosenttia ilmoituksen jälkeen, sillä analyytikot olivat odottaneet sulkemista jo kuukausia.",
        "Yhtiö kertoi, ettei se odota merkittäviä arvonalentumiskirjauksia.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("number", 2, "240~000", "capacity of 420,000 tonnes became 240 000 (digits swapped)"),
        ("typography", 3, "“Tämä", "English opening quotation mark; Finnish uses ” on both sides, as the rest of the article does"),
        ("mistranslation", 4, "lautatehtaaltaan", "'board mill' (paperboard, kartonkitehdas) rendered as a mill for wooden boards (lautatehdas)"),
        ("untranslated", 4, "coating", "English word left in a hybrid compound (päällystyslinja)"),
        ("name", 7, "Kärkkänen", "surname Kärkkäinen misspelt"),
        ("sentence_boundary", 7, "toimijan ”Alueella", "no full stop between the reported sentence and the following quotation"),
        ("mistranslation", 8, "liikevoiton", "'operating loss' rendered as 'operating profit' (meaning reversed)"),
        ("omission", 10, "because the Iisalmi machines had already been largely written down", "the reason clause is missing from the translation"),
    ],
))

# 2 ------------------------------------------------------------------ en -> hu, one 1-2 split (postal services)
ARTICLES.append(dict(
    name="magyar-posta-rural-branches", sl="en", tl="hu",
    src=[
        "Hungarian Post to close 230 rural branches by end of 2027",
        "BUDAPEST, Oct 14 (Corvane) – Magyar Posta, Hungary’s state-owned postal operator, will close 230 of its roughly 2,500 branches by the end of 2027, most of them in villages with fewer than 1,000 inhabitants, the company said on Wednesday.",
        "The number of letters handled by the company has fallen by more than half since 2015, to 312 million last year, while parcel volumes have grown by about 8% a year.",
        "“We cannot keep open offices where we serve four or five customers a day,” chief executive Gábor Szentes told the business daily Világgazdaság. “But no village will be left without postal services.”",
        "In most of the affected villages, a mobile post office will stop twice a week, and residents will be able to collect parcels from lockers. Pensions, which many elderly people still receive in cash, will continue to be delivered to their homes.",
        "The National Association of Local Authorities (TÖOSZ) said it had not been consulted and warned that the closures would hit older residents hardest, as many of them do not use online banking and depend on the post office to pay their bills.",
        "In Baranya county, in the south of the country, 31 branches are on the list, more than in any other county.",
        "“The post office is often the last public service left in a village, after the school and the doctor’s surgery have gone,” said Zsuzsanna Bartók, mayor of Kisbeszterce.",
        "The company, which has been loss-making for six years, reported a loss of 14.6 billion forints last year. It received 21 billion forints in state compensation for providing universal postal services.",
        "Magyar Posta said about 600 employees would be affected, but most would be offered jobs at other branches or in its parcel business.",
        "The closures will take place in three waves, the first of which is scheduled for March.",
    ],
    tgt=[
        "A Magyar Posta 2027 végéig 230 vidéki postát zár be",
        "BUDAPEST, október 14. (Corvane) – A Magyar Posta, Magyarország állami tulajdonú postai szolgáltatója 2027 végéig mintegy 2,500 postája közül 230-at bezár, többségüket 1000 főnél kisebb falvakban – közölte szerdán a vállalat.",
        "A vállalat által kezelt levelek száma 2015 óta több mint a felével csökkent: tavaly 312 millió volt.",
        "„Nem tarthatunk nyitva olyan postákat, ahol naponta négy-öt ügyfelet szolgálunk ki” – mondta Szentes Gábor vezérigazgató a Világgazdaság című gazdasági napilapnak. „De néhány falu postai szolgáltatás nélkül marad.”",
        "Az érintett falvak többségében hetente kétszer mobilposta áll meg, a lakók pedig csomagautomatákból vehetik át a küldeményeiket. A nyugdíjakat, amelyeket sok idős ember még mindig készpénzben kap, továbbra is házhoz kézbesítik.",
        "A Települési Önkormányzatok Országos Szövetsége (TÖOSZ) közölte, hogy nem egyeztettek vele, és arra figyelmeztetett, hogy a bezárások az idősebb lakosokat sújtják majd a leginkább.",
        "Sokan közülük nem használnak netbankot, és a csekkek befizetéséhez a postára vannak utalva.",
        "Az ország déli részén fekvő Baranya megyében 13 posta szerepel a listán – ez több, mint bármely más megyében.",
        "„A posta sokszor az utolsó közszolgáltatás egy faluban, miután az iskola és az orvosi rendelő már bezárt” – mondta Zsuzsanna Bartók, Kisbeszterce polgármestere.",
        "A hat éve veszteséges vállalat tavaly 14,6 milliárd forintos hiányt könyvelt el, Az egyetemes postai szolgáltatás ellátásáért 21 milliárd forint állami kompenzációt kapott.",
        "A Magyar Posta szerint mintegy 600 munkavállalót érint a döntés, de többségüknek többségüknek más postákon vagy a csomaglogisztikában ajánlanak munkát.",
        "A bezárásokra három hullámban kerül sor, az első már márciusban lezajlott.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5,6 6:7 7:8 8:9 9:10 10:11",
    art=[
        ("typography", 1, "2,500", "English thousands separator; in Hungarian 2,500 reads as two and a half (2500)"),
        ("omission", 2, "while parcel volumes have grown by about 8% a year", "the parcel growth is missing from the translation"),
        ("mistranslation", 3, "néhány falu", "'no village will be left without postal services' rendered as 'some villages will be' (meaning reversed)"),
        ("number", 7, "13", "31 branches became 13"),
        ("name", 8, "Zsuzsanna Bartók", "Hungarian name left in Western order; the article writes Szentes Gábor (family name first)"),
        ("sentence_boundary", 9, "el, Az", "full stop between two sentences replaced by a comma; the next word keeps its capital"),
        ("repetition", 10, "többségüknek többségüknek", "doubled word"),
        ("mistranslation", 11, "már márciusban lezajlott", "'is scheduled for March' rendered as 'already took place in March' (wrong tense)"),
    ],
))

# 3 ------------------------------------------------------------------ en -> el, one 2-1 merge (shipping)
ARTICLES.append(dict(
    name="piraeus-ammonia-bulk-carriers", sl="en", tl="el",
    src=[
        "Greek shipowner orders eight ammonia-ready bulk carriers in $560 million deal",
        "ATHENS, June 9 (Corvane) – Greek shipping company Thalassa Maritime has ordered eight bulk carriers that can be converted to run on ammonia, in a deal worth about $560 million, the company said on Monday.",
        "The ships, each with a capacity of 82,000 deadweight tonnes, will be built at a Chinese shipyard in Jiangsu province and delivered between 2028 and 2030.",
        "“Shipowners can no longer wait for regulators to tell them which fuel will win,” chief executive Yannis Papadatos said at the Posidonia shipping exhibition in Piraeus. “We would rather pay a little more now than be left with ships nobody wants to charter.”",
        "The vessels will initially burn conventional fuel, but their engines and tanks are designed so that they can switch to ammonia once it becomes available at major ports, Papadatos said.",
        "Ammonia produces no carbon dioxide when burned, but it is toxic and its use as a marine fuel is still being tested. The International Maritime Organization (IMO) is drafting safety rules, which are not expected before 2028.",
        "Greek owners control about 18% of the world’s merchant fleet by tonnage, more than those of any other country, according to the Union of Greek Shipowners.",
        "Thalassa Maritime, which is listed on the Athens Stock Exchange, operates 46 vessels with an average age of 11 years.",
        "The company said the order would be financed by a group of Greek and European banks.",
        "Its shares fell 2.1% on Monday, as some investors worried about the cost of the new fleet.",
        "Analysts at a Piraeus brokerage said the order was a bet that the European Union would tighten emissions rules for shipping further after 2030.",
        "“Will the bet pay off? If it does, they will have the youngest green fleet in the dry bulk market,” one analyst said.",
    ],
    tgt=[
        "Έλληνας εφοπλιστής παραγγέλνει οκτώ πλοία χύδην φορτίου έτοιμα για αμμωνία, αξίας 560 εκατ. δολαρίων",
        "ΑΘΗΝΑ, 9 Ιουνίου (Corvane) – Η ελληνική ναυτιλιακή εταιρεία Thalassa Maritime παρήγγειλε οκτώ πλοία χύδην φορτίου που μπορούν να μετατραπούν ώστε να κινούνται με αμμωνία, σε συμφωνία αξίας περίπου 560 εκατ. δολαρίων, ανακοίνωσε τη Δευτέρα η εταιρεία.",
        "Τα πλοία, μεταφορικής ικανότητας 82,000 τόνων νεκρού βάρους το καθένα, θα κατασκευαστούν σε κινεζικό ναυπηγείο στην επαρχία Τζιανγκσού και θα παραδοθούν μεταξύ 2028 και 2030.",
        "«Οι πλοιοκτήτες δεν μπορούν πλέον να περιμένουν από τις ρυθμιστικές αρχές να τους πουν ποιο καύσιμο θα επικρατήσει», δήλωσε ο διευθύνων σύμβουλος Γιάννης Παπαδόπουλος στην έκθεση Ποσειδώνια, στον Πειραιά. «Προτιμούμε να πληρώσουμε λίγο περισσότερα τώρα παρά να μείνουμε με πλοία που κανείς δεν θέλει να ναυλώσει».",
        "Τα πλοία θα χρησιμοποιούν αρχικά συμβατικά καύσιμα, όμως οι κινητήρες και οι δεξαμενές τους έχουν σχεδιαστεί έτσι ώστε να μπορούν να περάσουν στην αμμωνία μόλις αυτή γίνει διαθέσιμη στα μεγάλα λιμάνια, είπε ο Παπαδάτος.",
        "Η αμμωνία δεν εκπέμπει διοξείδιο του άνθρακα όταν καίγεται, είναι όμως τοξική και η χρήση της ως ναυτιλιακού καυσίμου έχει ήδη δοκιμαστεί. Ο Διεθνής Ναυτιλιακός Οργανισμός (IMO) επεξεργάζεται κανόνες ασφαλείας. Οι οποίοι δεν αναμένονται πριν από το 2028.",
        "Οι Έλληνες πλοιοκτήτες ελέγχουν περίπου το 18% του παγκόσμιου εμπορικού στόλου σε χωρητικότητα, περισσότερο από τους πλοιοκτήτες οποιασδήποτε άλλης χώρας, σύμφωνα με την Ένωση Ελλήνων Εφοπλιστών.",
        "Η Thalassa Maritime, η οποία είναι εισηγμένη στο Χρηματιστήριο Αθηνών, διαχειρίζεται 64 πλοία με μέση ηλικία 11 ετών και ανέφερε ότι η παραγγελία θα χρηματοδοτηθεί από κοινοπραξία ελληνικών και ευρωπαϊκών τραπεζών.",
        "Η μετοχή της υποχώρησε κατά 2,1% τη Δευτέρα, καθώς ορισμένοι επενδυτές ανησύχησαν για το κόστος του νέου στόλου.",
        "Αναλυτές χρηματιστηριακής εταιρείας του Πειραιά ανέφεραν ότι η παραγγελία αποτελεί ένα ριψοκίνδυνο στοίχημα πως η Ευρωπαϊκή Ένωση θα χαλαρώσει περαιτέρω τους κανόνες για τις εκπομπές της ναυτιλίας μετά το 2030.",
        "«Θα αποδώσει το στοίχημα? Αν ναι, θα έχουν τον νεότερο πράσινο στόλο στην αγορά ξηρού χύδην φορτίου», είπε ένας αναλυτής.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7,8:7 9:8 10:9 11:10",
    art=[
        ("typography", 2, "82,000", "English thousands separator; in Greek 82,000 reads as 82 (82.000)"),
        ("name", 3, "Παπαδόπουλος", "surname Papadatos replaced by a more common one (Παπαδάτος, as in paragraph 4)"),
        ("mistranslation", 5, "έχει ήδη δοκιμαστεί", "'is still being tested' rendered as 'has already been tested'"),
        ("sentence_boundary", 5, "ασφαλείας. Οι οποίοι", "relative clause cut off as a sentence of its own"),
        ("number", 7, "64", "46 vessels became 64"),
        ("addition", 9, "ριψοκίνδυνο", "'risky' is not in the source"),
        ("mistranslation", 9, "θα χαλαρώσει", "'would tighten' rendered as 'would loosen' (meaning reversed)"),
        ("typography", 10, "στοίχημα?", "Latin question mark; Greek uses the erotimatiko (;)"),
    ],
))

# 4 ------------------------------------------------------------------ en -> tr, all 1-1 (automotive industry)
ARTICLES.append(dict(
    name="bursa-battery-cell-plant", sl="en", tl="tr",
    src=[
        "Turkish-Korean venture opens $1.2 billion battery plant in Bursa",
        "BURSA, Turkey, Sept 22 (Corvane) – A joint venture between Turkish conglomerate Kayagil Holding and South Korea’s Hanseong Energy on Monday opened a $1.2 billion battery cell factory in the northwestern province of Bursa, the first of its kind in Turkey.",
        "The plant will initially produce cells with a total capacity of 8 gigawatt-hours a year, enough for about 130,000 electric cars, rising to 20 gigawatt-hours by 2029.",
        "The Ministry of Industry and Technology said the project had received investment incentives, including a 15-year corporate tax reduction and free land in an organised industrial zone.",
        "“Bursa has been the heart of Turkey’s car industry for half a century. Now it will make the batteries too,” Kayagil Holding chairman Selim Kayagil said at the opening ceremony.",
        "About 1,400 people will work at the plant when it reaches full capacity. Most of them are being trained at a technical school set up with a local university.",
        "The venture’s main customers will be carmakers in Turkey, which produced about 1.3 million vehicles last year, most of them for export to Europe.",
        "Hanseong Energy, which holds a 49% stake, will supply the technology. Its chief executive, Park Ji-hoon, said the Bursa plant would not compete with the company’s factories in South Korea and Hungary.",
        "Turkish car exports to the European Union could face higher costs if the bloc’s rules on the carbon footprint of batteries are not met, analysts say.",
        "“Making cells locally, with a growing share of renewable power, is the best way to protect those exports,” said Ayşe Demirtaş, an automotive analyst in Istanbul.",
        "The partners said they were considering a second phase that could include a recycling unit, but that no decision had been made.",
    ],
    tgt=[
        "Türk-Kore ortaklığı Bursa'da 1,2 milyar dolarlık batarya fabrikası açtı",
        "BURSA, 22 Eylül (Corvane) – Türk şirketler grubu Kayagil Holding ile Güney Koreli Hanseong Energy'nin ortak girişimi, Türkiye'de türünün ilk örneği olan 1,2 milyar dolarlık batarya hücresi fabrikasını pazartesi günü kuzeybatıdaki Bursa ilinde açtı.",
        "Tesis başlangıçta yılda toplam 8 gigavatsaatlik hücre üretecek. Bu, yaklaşık 310.000 elektrikli otomobile yetecek bir kapasite. Kapasitenin 2029'a kadar 20 gigavatsaate çıkarılması planlanıyor.",
        "Sanayi ve Teknoloji Bakanlığı, projenin 15 yıllık kurumlar vergisi indirimi ve organize sanayi bölgesinde serbest arazi dâhil olmak üzere yatırım teşviklerinden yararlandığını açıkladı.",
        "Kayagil Holding Yönetim Kurulu Başkanı Selim Kayagil, açılış töreninde “Bursa yarım asırdır Türkiye otomotiv sanayisinin kalbi. Artık bataryaları da burada üretilecek” dedi.",
        "Tesiste tam kapasiteye ulaşıldığında yaklaşık 1.400 kişi çalışacak. Çalışanların çoğu, yerel bir üniversiteyle birlikte kurulan bir teknik okulda eğitim alıyor.",
        "Ortak girişimin başlıca müşterileri, geçen yıl çoğu Avrupa'ya ihraç edilen yaklaşık 1.3 milyon araç üreten Türkiye'deki otomobil üreticileri olacak.",
        "49% hisseye sahip olan Hanseong Energy teknolojiyi sağlayacak Şirketin CEO'su Park Ji-hoon, Bursa tesisinin grubun Güney Kore ve Macaristan'daki fabrikalarıyla rekabet etmeyeceğini söyledi.",
        "Analistlere göre,, bataryaların karbon ayak izine ilişkin AB kurallarına uyulmazsa Türkiye'nin Avrupa Birliği'ne otomobil ihracatı daha yüksek maliyetlerle karşılaşacak.",
        "İstanbul'daki otomotiv analisti Ayşe Demirtaş, “Hücrelerin yerelde ve giderek daha fazla yenilenebilir enerjiyle üretilmesi, bu ihracatı korumanın en iyi yolu” dedi.",
        "Ortaklar, recycling ünitesini de kapsayabilecek ikinci bir aşamayı değerlendirdiklerini, ancak henüz bir karar alınmadığını söyledi.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("number", 2, "310.000", "about 130,000 cars became 310.000"),
        ("mistranslation", 3, "serbest arazi", "'free land' (free of charge, bedelsiz arazi) rendered as 'unrestricted land'"),
        ("typography", 6, "1.3", "decimal point; Turkish writes 1,3 milyon (1.3 reads as a thousands group)"),
        ("typography", 7, "49%", "percent sign after the number; Turkish writes %49"),
        ("sentence_boundary", 7, "sağlayacak Şirketin", "full stop missing between two sentences"),
        ("punctuation", 8, "göre,,", "doubled comma"),
        ("mistranslation", 8, "karşılaşacak", "'could face' rendered as 'will face' (possibility made certain)"),
        ("untranslated", 10, "recycling", "English word left untranslated (geri dönüşüm)"),
    ],
))

# 5 ------------------------------------------------------------------ en -> es, one 0-1 added paragraph (lottery)
ARTICLES.append(dict(
    name="el-gordo-monforte-de-lemos", sl="en", tl="es",
    src=[
        "Spain’s Christmas lottery jackpot goes to Galician town of Monforte de Lemos",
        "MADRID, Dec 22 (Corvane) – The top prize in Spain’s Christmas lottery, known as El Gordo (“the Fat One”), went to ticket number 47318 on Monday, with most of the winning tickets sold in the Galician town of Monforte de Lemos.",
        "Each winning tenth-share ticket, which costs 20 euros, pays 400,000 euros before tax. The state lottery operator, Loterías y Apuestas del Estado, said at least 160 series of the number had been sold, 142 of them in Monforte.",
        "“I sold the whole number at the counter, a few tenths at a time, to people I see every day,” said Rosa Fandiño, who runs the lottery shop on Calle Cardenal. “Now half the town has won. Who would have thought it?”",
        "The draw, held at the Teatro Real opera house in Madrid, lasted almost four hours. As every year, children from the San Ildefonso school sang out the winning numbers and prizes.",
        "Spaniards spent a record 3.9 billion euros on the Christmas lottery this year, an average of about 81 euros per person, according to the operator.",
        "Prizes above 40,000 euros are subject to a 20% tax, which means each tenth of El Gordo will leave its holder with 328,000 euros.",
        "In Monforte, a town of about 18,000 people, residents opened bottles of cava in the street outside the shop as news of the win spread.",
        "Mayor Begoña Valcárcel said: “This town has had a hard time since the railway workshops closed, so this is wonderful news.”",
        "The second prize, worth 1.25 million euros per series, went to number 09254, sold mainly in Seville and Zaragoza.",
        "Winners have three months to claim their prizes. Last year, tickets worth about 12 million euros were never collected, the operator said.",
    ],
    tgt=[
        "El Gordo de la Lotería de Navidad cae en Monforte de Lemos",
        "MADRID, 22 dic (Corvane) – El primer premio de la Lotería de Navidad, conocido como El Gordo, correspondió el lunes al número 47318, vendido en su mayor parte en la localidad gallega de Monforte de Lemos.",
        "Cada décimo premiado, que cuesta 20 euros, recibe 400.000 euros antes de impuestos. Loterías y Apuestas del Estado informó de que se vendieron al menos 160 series del número, 124 de ellas en Monforte.",
        "«Vendí todo el número en el mostrador, unos pocos décimos cada vez, a gente que veo todos los días», contó Rosa Fandiño, que regenta la administración de lotería de la calle Cardenal. «Ahora ha ganado medio pueblo. Quién lo iba a decir?».",
        "El sorteo, celebrado en el Teatro Real de Madrid, duró casi cuatro horas. Como cada año, los niños del Colegio de San Ildefonso cantaron los números y los premios.",
        "La Lotería de Navidad se celebra sin interrupción desde 1812 y es uno de los sorteos más antiguos del mundo.",
        "Los españoles gastaron este año una cifra récord de 3,9 billones de euros en la Lotería de Navidad, una media de unos 81 euros por persona, según la operadora.",
        "Los premios de menos de 40.000 euros tributan al 20%, por lo que cada décima parte del Gordo dejará a su poseedor 328.000 euros.",
        "En Monforte, una localidad de unos 18.000 habitantes, los vecinos descorcharon botellas de cava en la calle, frente a la administración, a medida que se extendía la noticia.",
        "La alcaldesa, Begoña Valcárcel, declaró: «Es un pueblo que lo ha pasado mal desde que cerraron los talleres del ferrocarril, así que es una noticia maravillosa».",
        "El segundo premio, dotado con 1.25 millones de euros por serie, fue para el número 09254, vendido principalmente en Sevilla y Zaragoza.",
        "Los ganadores tendrán que esperar tres meses para cobrar sus premios. El año pasado quedaron sin cobrar décimos por valor de unos 12 millones de euros, según la operadora.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 :5 5:6 6:7 7:8 8:9 9:10 10:11",
    art=[
        ("number", 2, "124", "142 series became 124"),
        ("punctuation", 3, "Quién lo iba a decir?", "opening question mark ¿ missing"),
        ("addition", 5, "La Lotería de Navidad se celebra sin interrupción desde 1812 y es uno de los sorteos más antiguos del mundo.", "whole paragraph not in the source"),
        ("number", 6, "3,9 billones", "'3.9 billion' rendered as billones (trillions); 3.900 millones"),
        ("mistranslation", 7, "de menos de 40.000 euros", "'prizes above 40,000 euros' rendered as 'below' (meaning reversed)"),
        ("consistency", 7, "décima parte", "'tenth' (the ticket) is décimo in paragraphs 2 and 3 and in Spanish lottery usage"),
        ("typography", 10, "1.25", "decimal point; Spanish writes 1,25 (1.25 reads as a thousands group)"),
        ("mistranslation", 11, "tendrán que esperar tres meses", "'have three months to claim' (a deadline) rendered as 'will have to wait three months'"),
    ],
))

# 6 ------------------------------------------------------------------ en -> de, one 1-0 omitted paragraph (insolvency)
ARTICLES.append(dict(
    name="elbtal-ebike-insolvency", sl="en", tl="de",
    src=[
        "German e-bike maker Elbtal files for insolvency after sales slump",
        "BERLIN, Feb 5 (Corvane) – Elbtal Bikes, one of Germany’s largest makers of electric bicycles, has filed for insolvency, the company said on Thursday, blaming a collapse in demand and high stocks at dealers.",
        "The Chemnitz-based company, which employs about 780 people, submitted the application to the local district court on Wednesday. The court appointed lawyer Katrin Weidenfeller as provisional administrator.",
        "Production will continue while the administrator looks for an investor, and wages are secured by state insolvency payments until the end of April.",
        "“The company has a good product and a loyal dealer network. I am confident that we will find a solution,” Weidenfeller said in a statement.",
        "Elbtal sold about 95,000 e-bikes in 2022, when demand was boosted by the pandemic. Last year, sales fell to 61,000, and the company made a loss of 23.5 million euros.",
        "Like many of its competitors, it had ordered large quantities of parts during the supply shortages of 2021 and 2022, and was left with full warehouses when demand fell.",
        "The German bicycle industry association ZIV said sales of e-bikes in Germany fell by 9% last year to 2.05 million, while the number of insolvencies in the sector rose.",
        "“The workers learned about the insolvency from the radio,” said Uwe Brandhorst of the IG Metall union, calling on management to explain what had gone wrong.",
        "Founded in 1991 as a small workshop repairing bicycles, Elbtal grew quickly in the 2010s, when it began building its own motors.",
        "Dealers said they had been offered big discounts on Elbtal models since the autumn, a sign that the company was short of cash.",
        "The company’s bikes are sold in 14 countries, mostly in Germany, Austria and the Netherlands.",
    ],
    tgt=[
        "E-Bike-Hersteller Elbtal nach Absatzeinbruch insolvent",
        "BERLIN, 5. Februar (Corvane) – Elbtal Bikes, einer der größten Hersteller von Elektrofahrrädern in Deutschland, hat Insolvenz angemeldet. Das teilte das Unternehmen am Donnerstag mit und machte einen Nachfrageeinbruch sowie hohe Lagerbestände bei den Händlern dafür verantwortlich.",
        "Das Unternehmen mit Sitz in Chemnitz, das rund 780 Menschen beschäftigt, stellte den Antrag am Mittwoch beim Amtsgericht Chemnitz. Das Gericht bestellte die Rechtsanwältin Katrin Weidenfeller zur vorläufigen Insolvenzverwalterin.",
        "Die Produktion läuft weiter, während die Insolvenzverwalterin einen Investor sucht; die Löhne sind bis Ende April durch das Insolvenzgeld gesichert.",
        "„Das Unternehmen hat ein gutes Produkt und ein treues Händlernetz. Ich bin zuversichtlich, dass wir eine Lösung finden werden“, sagte Weidenfellner in einer Mitteilung.",
        "Elbtal verkaufte 2022, als die Pandemie die Nachfrage ankurbelte, rund 95.000 E-Bikes. Im vergangenen Jahr sank der Absatz auf 61.000 Stück, und das Unternehmen verbuchte einen Verlust von 25,3 Millionen Euro.",
        "Wie viele seiner Wettbewerber hatte auch Elbtal während der Lieferengpässe der Jahre 2021 und 2022 große Mengen an Teilen bestellt und blieb, als die Nachfrage nachließ, auf vollen Lagern sitzen.",
        "Der Zweirad-Industrie-Verband (ZIV) teilte mit, der Absatz von E-Bikes in Deutschland sei im vergangenen Jahr um 9 Prozent auf 2,05 Millionen gesunken, während die Zahl der Insolvenzen in der Branche ebenfalls gesunken sei.",
        "“Die Beschäftigten haben aus dem Radio von der Insolvenz erfahren”, sagte Uwe Brandhorst von der Gewerkschaft IG Metall und forderte die Geschäftsführung auf, zu erklären, was schiefgelaufen sei.",
        "Dealer berichteten, ihnen seien seit dem Herbst hohe Rabatte auf Elbtal-Modelle angeboten worden ein Zeichen dafür, dass dem Unternehmen das Geld ausging.",
        "Die Räder des Unternehmens sollen in 14 Ländern verkauft werden, vor allem in Deutschland, Österreich und den Niederlanden.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9: 10:9 11:10",
    art=[
        ("name", 4, "Weidenfellner", "surname Weidenfeller (paragraph 2) altered"),
        ("number", 5, "25,3", "loss of 23.5 million euros became 25,3 Millionen"),
        ("mistranslation", 7, "ebenfalls gesunken", "'the number of insolvencies rose' rendered as 'also fell' (meaning reversed)"),
        ("typography", 8, "“Die", "English quotation marks; German uses „ “ as elsewhere in the article"),
        ("omission", 9, "Founded in 1991 as a small workshop repairing bicycles, Elbtal grew quickly in the 2010s, when it began building its own motors.", "whole paragraph has no counterpart in the translation"),
        ("untranslated", 9, "Dealer", "English word left; in German Dealer means a drug dealer (Händler)"),
        ("punctuation", 9, "worden ein", "comma missing before the appended noun phrase"),
        ("mistranslation", 10, "sollen in 14 Ländern verkauft werden", "'are sold in 14 countries' rendered as 'are to be sold' (fact made a plan)"),
    ],
))

# 7 ------------------------------------------------------------------ fr -> en, all 1-1 (crime)
ARTICLES.append(dict(
    name="paris-auction-house-jewel-theft", sl="fr", tl="en",
    src=[
        "Vol spectaculaire de bijoux dans une maison de ventes parisienne",
        "PARIS, 17 novembre (Corvane) – Des malfaiteurs ont dérobé dans la nuit de samedi à dimanche une vingtaine de bijoux anciens, estimés à 6,8~millions d’euros, dans les locaux de la maison de ventes Artois Enchères, dans le 8e arrondissement de Paris, a-t-on appris de source policière.",
        "Les pièces devaient être mises aux enchères mardi. Parmi elles figurait un collier de diamants ayant appartenu à une actrice des années 1930, estimé à lui seul à 1,2~million d’euros.",
        "Selon les premiers éléments de l’enquête, les trois cambrioleurs sont entrés par une fenêtre du deuxième étage vers 3~h~40, après avoir neutralisé l’alarme. Ils sont repartis moins de sept minutes plus tard.",
        "«~Ils savaient exactement ce qu’ils cherchaient et où le trouver~», a déclaré une source proche du dossier. «~Les vitrines qui contenaient des bijoux de moindre valeur n’ont même pas été touchées.~»",
        "Le parquet de Paris a ouvert une enquête pour vol en bande organisée et association de malfaiteurs, confiée à la Brigade de répression du banditisme (BRB).",
        "La maison de ventes, fondée en 1974, a indiqué dans un communiqué être «~profondément choquée~» et a reporté sine die la vente de mardi. Elle n’a pas précisé si les bijoux étaient assurés.",
        "Son directeur, Olivier Dufresnoy, a assuré que le système de sécurité avait été entièrement rénové l’an dernier pour 450^000~euros et que la maison envisageait éventuellement de porter plainte contre la société de télésurveillance.",
        "Les enquêteurs exploitent les images des caméras de surveillance de la rue du Faubourg-Saint-Honoré, où plusieurs galeries et joailliers ont pignon sur rue.",
        "Les vols de bijoux de luxe se sont multipliés ces dernières années à Paris. En 2024, la police a recensé 38 vols à main armée dans des bijouteries de la capitale, contre 27 l’année précédente.",
        "«~Ces pièces sont trop connues pour être revendues telles quelles. Le risque, c’est qu’elles soient démontées et que les pierres soient retaillées~», estime un expert en joaillerie qui a requis l’anonymat.",
    ],
    tgt=[
        "Spectacular jewellery theft at Paris auction house",
        "PARIS, Nov 17 (Corvane) – Thieves stole around twenty pieces of antique jewellery, valued at 6.8 million euros, from the premises of the Artois Enchères auction house in Paris’s 8th arrondissement overnight from Saturday to Sunday, police sources said.",
        "The pieces were due to be auctioned on Tuesday among them was a diamond necklace that once belonged to a 1930s actress, valued at 1.2 million euros on its own.",
        "According to initial findings, the three burglars got in through a second-floor window at about 3 h 40 after disabling the alarm. They left more than seven minutes later.",
        "“They knew exactly what they were looking for and where to find it,” a source close to the investigation said. “The display cases holding less valuable jewellery were not even touched.”",
        "The Paris prosecutor’s office has opened an investigation into organised theft and criminal conspiracy, led by the police’s anti-gang squad, the Brigade de répression du banditisme (BRB).",
        "The auction house, founded in 1974, said in a statement that it was “deeply shocked” and had postponed Tuesday’s sale indefinitely. It did not say whether the jewellery was insured.",
        "Its director, Olivier Dufresnoy, said the security system had been completely overhauled last year at a cost of 450^000 euros and that the auction house was eventually considering legal action against the remote monitoring company.",
        "Investigators are studying footage from surveillance cameras on the Saint-Honoré Suburb Street, where several galleries and jewellers have their shops.",
        "Thefts of luxury jewellery have multiplied in Paris in recent years. In 2024, police recorded 38 armed robberies at jewellers in the capital, compared with 72 the previous year.",
        "“These pieces are too well known to be resold as they are. The risk is that they will be broken up and the stones recut,” estimates a jewellery expert who asked not to be named.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("sentence_boundary", 2, "Tuesday among", "full stop missing between two sentences"),
        ("typography", 3, "3 h 40", "French time format kept (3.40am)"),
        ("mistranslation", 3, "more than seven minutes", "'moins de sept minutes' (less than) rendered as 'more than'"),
        ("typography", 7, "450^000", "French thousands separator (narrow space) kept; English writes 450,000"),
        ("mistranslation", 7, "eventually", "false friend: 'éventuellement' means possibly"),
        ("name", 8, "Saint-Honoré Suburb Street", "street name rue du Faubourg-Saint-Honoré translated word by word"),
        ("number", 9, "72", "27 the previous year became 72"),
        ("mistranslation", 10, "estimates", "'estime' here means believes or says, not estimates"),
    ],
))

# 8 ------------------------------------------------------------------ en -> it, all 1-1 (fashion business)
ARTICLES.append(dict(
    name="ardenghi-fashion-house-sale", sl="en", tl="it",
    src=[
        "French luxury group Maréval to buy Milan fashion house Ardenghi",
        "MILAN, April 28 (Corvane) – French luxury group Maréval has agreed to buy a 70% stake in the Milan fashion house Ardenghi for 410 million euros, ending nearly 60 years of family ownership, the two companies said on Tuesday.",
        "The deal values Ardenghi, known for its tailored women’s coats and leather bags, at about 585 million euros including debt.",
        "The founder’s granddaughter, Ludovica Ardenghi, who has been creative director since 2016, will keep her post and retain a 30% stake. Her two brothers, who had pushed for the sale, will leave the board.",
        "“My grandfather always said that a brand must never stand still. With Maréval we can grow without losing what makes us Italian,” she said in a statement.",
        "Ardenghi’s sales rose 12% last year to 214 million euros, about half of them in Asia and the United States. The company employs 1,150 people, most of them at its factory in Vigevano, near Milan.",
        "Maréval said production would stay in Italy and that it had no plans to cut jobs. Unions had asked for written guarantees on employment at the factory.",
        "The Italian government could still block the deal under its ‘golden power’ rules, which allow it to veto foreign takeovers of companies deemed strategic, but analysts said this was unlikely.",
        "Several Italian fashion brands have been bought by French groups over the past two decades, a trend that has worried politicians in Rome.",
        "Maréval, which owns seven brands including the Paris jeweller Ombrelle, reported revenue of 3.2 billion euros last year.",
        "The transaction is expected to close in the third quarter, subject to approval by antitrust authorities.",
    ],
    tgt=[
        "Il gruppo francese del lusso Maréval acquista la maison milanese Ardenghi",
        "MILANO, 28 aprile (Corvane) – Il gruppo francese del lusso Maréval ha raggiunto un accordo per rilevare il 70% della casa di moda milanese Ardenghi per 410 milioni di euro, mettendo fine a quasi 60 anni di proprietà familiare, hanno annunciato martedì le due società.",
        "L’operazione valuta Ardenghi, nota per i cappotti sartoriali da donna e le borse in pelle, circa 585 milioni di euro, debito escluso.",
        "La nipote del fondatore, Ludovica Ardenghi, direttrice creativa dal 2016, manterrà l’incarico e una quota del 13%. I suoi due fratelli, che avevano spinto per la vendita, lasceranno il consiglio di amministrazione.",
        "«Mio nonno diceva sempre che un marchio non deve mai cambiare. Con Maréval possiamo crescere senza perdere ciò che ci rende italiani», ha dichiarato in una nota.",
        "Lo scorso anno il fatturato di Ardenghi è cresciuto del 12%, a 214 milioni di euro, per circa metà realizzato in Asia e negli Stati Uniti L’azienda impiega 1,150 persone, per lo più nello stabilimento di Vigevano, vicino a Milano.",
        "Maréval ha dichiarato che la produzione resterà in Italia e che non prevede tagli di personale. I sindacati avevano chiesto garanzie scritte sull’occupazione nello stabilimento.",
        "Il governo italiano potrebbe ancora bloccare l’operazione esercitando il golden power, che gli consente di porre il veto sulle acquisizioni estere di società ritenute strategiche, ma secondo gli analisti è un’ipotesi improbabile.",
        "Negli ultimi vent’anni diversi marchi della moda italiana sono stati stati acquistati da gruppi francesi, una tendenza che ha preoccupato la politica a Roma.",
        "Maréval, che possiede sette marchi tra cui il gioielliere parigino Ombrello, ha registrato l’anno scorso ricavi per 3,2 miliardi di euro.",
        "Il perfezionamento dell’operazione è previsto nel terzo trimestre.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("mistranslation", 2, "debito escluso", "'including debt' rendered as 'excluding debt' (meaning reversed)"),
        ("number", 3, "13%", "a 30% stake became 13%"),
        ("mistranslation", 4, "non deve mai cambiare", "'must never stand still' rendered as 'must never change' (meaning reversed)"),
        ("sentence_boundary", 5, "Stati Uniti L’azienda", "full stop missing between two sentences"),
        ("typography", 5, "1,150", "English thousands separator; Italian writes 1.150 (1,150 reads as a decimal)"),
        ("repetition", 8, "stati stati", "doubled word"),
        ("name", 9, "Ombrello", "the jeweller's name Ombrelle italianised into a common noun"),
        ("omission", 10, "subject to approval by antitrust authorities", "the antitrust condition is missing from the translation"),
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
