#!/usr/bin/env python3
"""Build blind set 36 (product pages). Standard library only.

In the texts below `¤` stands for U+00A0 (no-break space) and `§` for U+202F
(narrow no-break space). Artefacts: (category, side, paragraph, excerpt, note[, occurrence]).
`beads` is None for an all 1-1 alignment, else a list of (source indices, target indices).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def fix(s):
    return s.replace("¤", "\u00a0").replace("§", "\u202f")


PAGES = []

# 1 ------------------------------------------------------------------ en -> fi
PAGES.append(dict(
    folder="verdalo-robot-mower", src="en", tgt="fi",
    source=[
        "Verdalo Trim R800 Robotic Lawn Mower",
        "A perfectly cut lawn while you put your feet up",
        "The Trim R800 looks after lawns of up to 800 m² on its own, cutting a little every day so that the fine clippings fall back into the grass as natural fertiliser. It copes with slopes of up to 35% and returns to its charging station by itself when the battery runs low or it starts to rain.",
        "Cutting width: 22 cm",
        "Cutting height: 20–60 mm, adjustable in 5 mm steps",
        "Battery: 18 V, 2.5 Ah lithium-ion, about 70 minutes of mowing per charge",
        "Noise level: 58 dB(A), quiet enough to mow at night",
        "Set mowing schedules and zones in the Verdalo Garden app over Wi-Fi or Bluetooth",
        "Lift and tilt sensors stop the blades within a second if the mower is picked up or tipped over",
        "Do not let children play on or near the mower while it is running. Clean the underside with a brush and never use a pressure washer.",
        "In the box: mower, charging station, 150 m of boundary wire, 200 pegs and 9 spare blades",
        "3-year warranty on the mower and 2 years on the battery. Order now and we will install it for free.",
    ],
    target=[
        "Verdalo Trim R800 -robottiruohonleikkuri",
        "Täydellisesti leikattu nurmikko sillä välin, kun sinä otat rennosti",
        "Trim R800 hoitaa itsenäisesti jopa 800 m²:n nurmikot. Se leikkaa vähän joka päivä, joten hienojakoinen leikkuujäte putoaa takaisin nurmikkoon ja toimii luonnollisena lannoitteena. Se selviää jopa 25¤%:n rinteistä ja palaa itse latausasemalleen, kun akku on vähissä tai alkaa sataa.",
        "Leikkuuleveys: 22 cm",
        "Leikkuukorkeus: 20–60 mm, säädettävissä 5 mm:n välein",
        "Akku: 18 V:n ja 2.5 Ah:n litiumioniakku, noin 70 minuuttia leikkuuta yhdellä latauksella",
        "Äänitaso: 58 dB(A), niin hiljainen, että leikkuri voi työskennellä myös yöllä",
        "Aseta leikkuuaikataulut ja -alueet Verdalo Puutarha -sovelluksessa Wi-Fin tai Bluetoothin kautta",
        "Hissi- ja kallistusanturit pysäyttävät terät sekunnin kuluessa, jos leikkuri nostetaan ylös tai se kaatuu",
        "Älä anna lasten leikkiä leikkurin päällä tai lähellä sen ollessa käynnissä. Puhdista pohja harjalla ja käytä painepesuria.",
        "Pakkauksen sisältö: leikkuri, latausteline, 150 m boundary wire -johtoa, 200 kiinnitystappia ja 9 varaterää",
        "Leikkurin takuu on 3 vuotta ja akun 2 vuotta, tilaa nyt, niin asennamme sen veloituksetta.",
    ],
    beads=None,
    artefacts=[
        ("number", "target", 2, "25¤%", "slopes of up to 35% became 25 %"),
        ("typography", "target", 5, "2.5", "English decimal point in Finnish ('2,5 Ah')"),
        ("name", "target", 7, "Verdalo Puutarha", "app name 'Verdalo Garden' translated"),
        ("mistranslation", "target", 8, "Hissi-", "word sense: 'lift' (being lifted) rendered as 'elevator' (nosto-)"),
        ("mistranslation", "target", 9, "käytä painepesuria", "negation lost: 'never use a pressure washer' became 'use a pressure washer'"),
        ("consistency", "target", 10, "latausteline", "'charging station' is 'latausasema' in line 2, here 'latausteline'"),
        ("untranslated", "target", 10, "boundary wire", "'boundary wire' left in English (rajauslanka)"),
        ("sentence_boundary", "target", 11, "vuotta, tilaa", "two source sentences run together with a comma (comma splice before 'tilaa')"),
    ],
    clean=[0, 1, 3, 4, 6],
))

# 2 ------------------------------------------------------------------ en -> el
PAGES.append(dict(
    folder="caffora-espresso-machine", src="en", tgt="el",
    source=[
        "Caffora Duetto Espresso Machine with Milk Frother",
        "Café-quality espresso at the touch of a button",
        "The Duetto heats up in 25 seconds thanks to its thermoblock system and brews at a steady 15 bar for a rich, golden crema. Its steam wand turns cold milk into silky microfoam for cappuccinos and flat whites. The removable 1.8-litre water tank can be refilled from the front without moving the machine.",
        "Pump pressure: 15 bar",
        "Power: 1,450 W, 220–240 V",
        "Water tank: 1.8 litres, removable",
        "Cup height: up to 12 cm",
        "Switches itself off after 20 minutes without use",
        "The steam wand gets very hot: do not touch it during or immediately after use.",
        "Descale every two to three months with Caffora descaling liquid; never use vinegar.",
        "In the box: machine, single and double filter baskets, tamper and measuring spoon",
        "2-year warranty. Add the Duetto to your basket and enjoy your first espresso today!",
    ],
    target=[
        "Μηχανή espresso Caffora Duetto με αφρογαλιέρα",
        "Espresso ποιότητας καφετέριας με το πάτημα ενός κουμπιού",
        "Η Duetto ζεσταίνεται σε 25 δευτερόλεπτα χάρη στο σύστημα thermoblock και παρασκευάζει τον καφέ σε σταθερή πίεση 15 bar για πλούσια, χρυσαφένια κρέμα. Ο βραχίονας ατμού μετατρέπει το ζεστό γάλα σε βελούδινο μικροαφρό για cappuccino και flat white.",
        "Η αφαιρούμενη δεξαμενή νερού 1,8 λίτρων γεμίζει από μπροστά, χωρίς να χρειάζεται να μετακινήσετε τη μηχανή.",
        "Πίεση αντλίας: 15 bar",
        "Ισχύς: 1,450 W, 220–240 V",
        "Δεξαμενή νερού: 1,8 λίτρα, αφαιρούμενη",
        "Ύψος φλιτζανιού: έως 14 cm",
        "Απενεργοποιείται αυτόματα μετά από 20 λεπτά χρήσης",
        "Ο σωλήνας ατμού ζεσταίνεται πολύ: μην τον αγγίζετε κατά τη διάρκεια ή αμέσως μετά τη χρήση.",
        "Κάντε αφαλάτωση κάθε δύο με τρεις μήνες με το υγρό αφαλάτωσης Caffora; μη χρησιμοποιείτε ποτέ ξίδι.",
        "Περιεχόμενα συσκευασίας: μηχανή, φίλτρα μονής και διπλής δόσης, tamper και δοσομετρική κουτάλα",
        "Εγγύηση 2 ετών. Προσθέστε την Ντουέτο στο καλάθι σας και απολαύστε τον πρώτο σας espresso σήμερα!",
    ],
    beads=[([0], [0]), ([1], [1]), ([2], [2, 3])] + [([i], [i + 1]) for i in range(3, 12)],
    artefacts=[
        ("mistranslation", "target", 2, "ζεστό", "meaning reversed: 'cold milk' became 'warm milk' (κρύο γάλα)"),
        ("typography", "target", 5, "1,450", "English thousands separator in Greek, where it reads as 1.45 ('1.450 W')"),
        ("number", "target", 7, "14 cm", "cup height up to 12 cm became 14 cm"),
        ("mistranslation", "target", 8, "20 λεπτά χρήσης", "'after 20 minutes without use' became 'after 20 minutes of use' (αδράνειας)"),
        ("consistency", "target", 9, "σωλήνας ατμού", "'steam wand' is 'βραχίονας ατμού' in line 2, here 'σωλήνας ατμού'"),
        ("punctuation", "target", 10, ";", "English semicolon kept: in Greek ';' is the question mark; the pause is the ano teleia '·'"),
        ("untranslated", "target", 11, "tamper", "'tamper' left in English (πατητήρι)"),
        ("name", "target", 12, "Ντουέτο", "model name 'Duetto' transliterated into Greek letters (kept as Duetto in the title and line 2)"),
    ],
    clean=[0, 1, 3, 4, 6],
))

# 3 ------------------------------------------------------------------ en -> hu
PAGES.append(dict(
    folder="voltrek-electric-scooter", src="en", tgt="hu",
    source=[
        "Voltrek S9 Folding Electric Scooter",
        "Your daily commute, minus the traffic jams",
        "The S9 folds in three seconds and weighs just 14.2 kg, so you can carry it onto the train or up to the office. Its 350 W motor climbs gradients of up to 15%, and the dual braking system stops you safely even on wet roads.",
        "Top speed: 25 km/h",
        "Range: up to 40 km on a single charge",
        "Charging time: 5–6 hours",
        "Tyres: 10-inch puncture-proof pneumatic tyres",
        "Maximum load: 120 kg",
        "Front and rear lights and a bell are built in",
        "Always wear a helmet and follow local traffic rules. The scooter is not suitable for riders under 14.",
        "Not waterproof: do not ride through deep puddles or in heavy rain.",
        "2-year warranty, 1 year on the battery. Free delivery anywhere in Hungary on orders over HUF 30,000 – order yours today.",
    ],
    target=[
        "Voltrek S9 összecsukható elektromos roller",
        "Napi ingázás, dugók nélkül",
        "Az S9 három másodperc alatt összecsukható, és mindössze 14.2 kg-ot nyom, így könnyedén felviheted a vonatra vagy az irodába. 350 W-os motorja akár 15%-os emelkedőn is felmegy, a kettős fékrendszer pedig nedves úton is biztonságosan megállít.",
        "Végsebesség: 25 km/h",
        "Hatótávolság: akár 40 km egyetlen töltéssel",
        "Töltési idő: 5–6 óra",
        "Abroncsok: 10 colos, puncture-proof légtöltésű abroncsok",
        "Maximális terhelhetőség: 100 kg",
        "Beépített első és hátsó lámpa, valamint harang",
        "Mindig viselj bukósisakot, és tartsd be a helyi közlekedési szabályokat. A roller 14 év alatti vezetők számára is alkalmas.",
        "2 év garancia, az akkumulátorra 1 év. Ingyenes szállítás Magyarország egész területén 30,000 Ft feletti rendelés esetén – rendeld meg még ma!",
    ],
    beads=[([i], [i]) for i in range(10)] + [([10], []), ([11], [10])],
    artefacts=[
        ("typography", "target", 2, "14.2", "English decimal point in Hungarian ('14,2 kg')"),
        ("untranslated", "target", 6, "puncture-proof", "'puncture-proof' left in English (defektmentes)"),
        ("number", "target", 7, "100 kg", "maximum load 120 kg became 100 kg"),
        ("mistranslation", "target", 8, "harang", "word sense: a bicycle 'bell' rendered as a church bell (csengő)"),
        ("mistranslation", "target", 9, "is alkalmas", "negation lost: 'not suitable for riders under 14' became 'also suitable'"),
        ("omission", "source", 10, "Not waterproof: do not ride through deep puddles or in heavy rain.", "the water warning line has no counterpart in the translation"),
        ("typography", "target", 10, "30,000", "English thousands separator in Hungarian ('30 000 Ft', with a space)"),
    ],
    clean=[0, 1, 3, 4, 5],
))

# 4 ------------------------------------------------------------------ en -> ja
PAGES.append(dict(
    folder="sonnard-anc-headphones", src="en", tgt="ja",
    source=[
        "Sonnard Halo 2 Wireless Noise-Cancelling Headphones",
        "Hear every detail, and nothing else",
        "The Halo 2 uses six microphones to cancel out engine hum, traffic noise and office chatter, while its 40 mm drivers deliver deep bass and clear vocals. Soft memory-foam ear cushions and a weight of just 250 g keep it comfortable all day.",
        "Battery life: up to 40 hours with noise cancelling on",
        "Quick charge: 10 minutes gives 5 hours of playback",
        "Bluetooth 5.3 with multipoint connection to two devices at once",
        "Transparency mode lets you hear announcements without taking the headphones off",
        "Adjust the sound to your taste with the Sonnard Sound app",
        "Folds flat to fit into the included hard case",
        "Do not use the headphones while driving or cycling. Keep the volume at a moderate level to protect your hearing.",
        "In the box: headphones, hard case, USB-C cable, 3.5 mm audio cable and airline adapter",
        "2-year warranty. Order by 3 p.m. for next-day delivery.",
    ],
    target=[
        "Sonnard Halo 2 ワイヤレスノイズキャンセリングヘッドホン",
        "聴きたい音だけを、細部まで",
        "Halo 2は6つのマイクでエンジン音や交通騒音、オフィスの話し声を打ち消し。40mmドライバーが深みのある低音とクリアなボーカルを再現します。柔らかな低反発イヤークッションとわずか250gの軽さで、一日中快適に装着できます。",
        "バッテリー駆動時間：ノイズキャンセリング使用時で最大40時間",
        "急速充電：10分の充電で3時間再生",
        "Bluetooth 5.3、2台のデバイスに同時接続できるmultipoint接続に対応",
        "透明モードなら、ヘッドホンを外さずにアナウンスを聞くことができます",
        "ソナードサウンドアプリで好みに合わせて音質を調整",
        "フラットに折りたたんで付属のハードケースに収納可能",
        "運転中はヘッドホンを使用しないでください。聴力を保護するため、音量は適度なレベルに保ってください。",
        "同梱品：ヘッドホン本体、ハードケース、USB-Cケーブル、3.5mmオーディオケーブル、航空会社アダプター",
        "保証期間２年。午後3時までのご注文で翌日にお届けします。",
    ],
    beads=None,
    artefacts=[
        ("sentence_boundary", "target", 2, "打ち消し。", "sentence cut by '。' after the continuative form: the clause goes on in the next sentence"),
        ("number", "target", 4, "3時間", "'5 hours of playback' became 3 hours"),
        ("untranslated", "target", 5, "multipoint", "'multipoint' left in Latin letters (マルチポイント)"),
        ("mistranslation", "target", 6, "透明モード", "word sense: 'transparency mode' rendered literally as 'transparent mode' (外音取り込みモード)"),
        ("name", "target", 7, "ソナードサウンド", "app name 'Sonnard Sound' transliterated into katakana (the title keeps Sonnard in Latin letters)"),
        ("omission", "source", 9, "or cycling", "'or cycling' has no counterpart in the translation"),
        ("mistranslation", "target", 10, "航空会社", "word sense: 'airline adapter' (in-flight plug) rendered as 'airline company adapter' (機内用アダプター)"),
        ("typography", "target", 11, "２", "full-width digit among half-width digits ('2年')"),
    ],
    clean=[0, 1, 3, 8],
))

# 5 ------------------------------------------------------------------ en -> tr
PAGES.append(dict(
    folder="pulivo-robot-vacuum", src="en", tgt="tr",
    source=[
        "Pulivo R7 Robot Vacuum and Mop",
        "Spotless floors without lifting a finger",
        "The R7 maps your home with LiDAR navigation and cleans room by room, steering around furniture and staying clear of stairs. With 5,000 Pa of suction it pulls dust and pet hair out of carpets, while the vibrating mop lifts dried-on stains from hard floors.",
        "Suction power: 5,000 Pa",
        "Battery: 5,200 mAh, up to 180 minutes of cleaning",
        "Dust bin: 0.4 L; water tank: 0.25 L",
        "Height: 9.6 cm, low enough to clean under most sofas and beds",
        "The mop lifts automatically by 7 mm when the robot detects a carpet",
        "Set no-go zones and cleaning schedules in the Pulivo Home app",
        "Empty the dust bin after every clean and wash the mop pad by hand once a week. Do not use the robot on wet floors or outdoors.",
        "In the box: robot, charging dock, two side brushes, one mop pad and a spare filter",
        "2-year warranty. Order today – delivered in 1–3 working days.",
    ],
    target=[
        "Pulivo R7 Robot Süpürge ve Paspas",
        "Parmağınızı bile kıpırdatmadan pırıl pırıl zeminler",
        "R7, LiDAR navigasyonuyla evinizin haritasını çıkarır ve mobilyaların etrafından dolaşıp merdivenlerden uzak durarak odadan odaya temizlik yapar 5.000 Pa emiş gücüyle halılardaki tozu ve evcil hayvan tüylerini çekerken titreşimli paspas da sert zeminlerdeki kurumuş lekeleri çıkarır.",
        "Emiş gücü: 5.000 Pa",
        "Batarya: 5.200 mAh, 180 dakikaya kadar temizlik",
        "Toz haznesi: 0,4 L; su haznesi: 0,25 L",
        "Yükseklik: 9.6 cm, çoğu kanepe ve yatağın altına girebilecek kadar alçak",
        "Robot halı algıladığında paspas otomatik olarak 7 mm alçalır",
        "Yasak bölgeleri ve temizlik programlarını Pulivo Homedan ayarlayın",
        "Her temizlikten sonra toz haznesini boşaltın ve mop pad’i haftada bir elde yıkayın. Robotu ıslak zeminlerde veya açık alanda kullanmayın.",
        "Kutu içeriği: robot, şarj rıhtımı, iki yan fırça, bir paspas bezi ve yedek filtre",
        "Ücretsiz kargo ve 30 gün içinde koşulsuz iade hakkı.",
        "3 yıl garanti. Hemen sipariş verin – 1–3 iş günü içinde kapınızda.",
    ],
    beads=[([i], [i]) for i in range(11)] + [([], [11]), ([11], [12])],
    artefacts=[
        ("sentence_boundary", "target", 2, "yapar 5.000", "full stop missing: two source sentences run together ('yapar. 5.000 Pa …')"),
        ("typography", "target", 6, "9.6", "English decimal point in Turkish ('9,6 cm'); a point groups thousands in Turkish"),
        ("mistranslation", "target", 7, "alçalır", "meaning reversed: the mop 'lifts' by 7 mm, here it 'lowers' (kalkar / yükselir)"),
        ("punctuation", "target", 8, "Homedan", "case suffix glued to a proper name without the apostrophe ('Pulivo Home'dan')"),
        ("untranslated", "target", 9, "mop pad", "'mop pad' left in English (paspas bezi, as in line 10)"),
        ("mistranslation", "target", 10, "rıhtımı", "word sense: 'charging dock' rendered as a harbour dock (şarj istasyonu)"),
        ("addition", "target", 11, "Ücretsiz kargo ve 30 gün içinde koşulsuz iade hakkı.", "whole line (free shipping, 30-day returns) not in the source"),
        ("number", "target", 12, "3 yıl", "2-year warranty became 3 years"),
    ],
    clean=[0, 1, 3, 4, 5],
))

# 6 ------------------------------------------------------------------ en -> cs
PAGES.append(dict(
    folder="kestrin-gps-watch", src="en", tgt="cs",
    source=[
        "Kestrin Pace 5 GPS Running Watch",
        "Train smarter, run further",
        "The Pace 5 tracks your pace, distance and heart rate with dual-band GPS that stays accurate even between tall buildings and under dense trees. After every run it tells you how long you need to recover, and it builds a training plan around your next race.",
        "Display: 1.3-inch AMOLED, 416 × 416 pixels",
        "Battery life: up to 14 days in smartwatch mode, 30 hours with GPS",
        "Water resistance: 5 ATM, suitable for swimming but not for diving",
        "Weight: 42 g including strap",
        "Sensors: optical heart rate, blood oxygen, barometric altimeter and compass",
        "Get notifications from your phone and pay contactless with Kestrin Pay",
        "After swimming in the sea or a pool, rinse the watch with fresh water.",
        "In the box: watch, charging cable and quick start guide",
        "2-year warranty and free delivery.",
        "Order now and get a second strap free of charge.",
    ],
    target=[
        "Běžecké hodinky Kestrin Pace 5 s GPS",
        "Trénujte chytřeji, běhejte dál",
        "Pace 5 sleduje vaše tempo, vzdálenost a tepovou frekvenci pomocí dvoupásmové GPS, která zůstává přesná i mezi vysokými budovami a pod hustými stromy. Po každém běhu vám řekne, jak dlouho potřebujete na regeneraci, a sestaví tréninkový plán podle vašeho posledního závodu.",
        "Displej: 1,3palcový AMOLED, 416 × 416 pixelů",
        "Výdrž baterie: až 14 dní v režimu chytrých hodinek, 20 hodin s GPS",
        "Voděodolnost: 5 ATM, vhodné pro plavání i potápění",
        "Hmotnost: 42 g včetně řemínku",
        "Senzory: optický snímač tepové frekvence, blood oxygen, barometrický výškoměr a kompas",
        "Dostávejte notifikace z telefonu a plaťte bezkontaktně přes Kestrel Pay",
        "Po plavání v moři nebo v bazénu, opláchněte hodinky čistou vodou.",
        "V balení: hodinky, nabíjecí kabel a a stručný návod k použití",
        "Záruka 2 roky a doprava zdarma. Objednejte nyní a druhý řemínek dostanete zdarma.",
    ],
    beads=[([i], [i]) for i in range(11)] + [([11, 12], [11])],
    artefacts=[
        ("mistranslation", "target", 2, "posledního", "word sense: 'your next race' became 'your last race' (příštího)"),
        ("number", "target", 4, "20 hodin", "30 hours with GPS became 20 hours"),
        ("mistranslation", "target", 5, "i potápění", "negation lost: 'but not for diving' became 'and for diving'"),
        ("untranslated", "target", 7, "blood oxygen", "'blood oxygen' left in English (okysličení krve)"),
        ("name", "target", 8, "Kestrel", "brand 'Kestrin' altered into the English word 'Kestrel' (title keeps Kestrin)"),
        ("punctuation", "target", 9, "bazénu,", "comma after an introductory prepositional phrase, not used in Czech"),
        ("repetition", "target", 10, "a a", "doubled conjunction"),
    ],
    clean=[0, 1, 3, 6, 11],
))

# 7 ------------------------------------------------------------------ en -> es
PAGES.append(dict(
    folder="mezzora-stand-mixer", src="en", tgt="es",
    source=[
        "Mezzora KM-700 Stand Mixer with 5.5-Litre Bowl",
        "From bread dough to meringue, one mixer does it all",
        "The KM-700’s 1,200 W motor kneads heavy bread dough without straining, and ten speeds plus a pulse function give you full control, from gently folding in flour to whipping egg whites until stiff. The tilt-head design makes it easy to add ingredients and change attachments.",
        "Motor: 1,200 W, 10 speeds plus pulse",
        "Bowl: 5.5 litres, brushed stainless steel, dishwasher-safe",
        "Attachments: dough hook, flat beater and balloon whisk",
        "Planetary mixing action reaches every part of the bowl",
        "Splash guard with pouring chute",
        "Suction feet keep the mixer steady on the worktop, even at full speed",
        "Do not run the mixer for more than 10 minutes at a time with heavy dough. Unplug it before changing attachments.",
        "Dimensions: 36 × 22 × 35 cm; weight: 7.2 kg",
        "5-year motor warranty. Available in Cream, Sage Green and Graphite – order yours today!",
    ],
    target=[
        "Batidora amasadora Mezzora KM-700 con bol de 5,5 litros",
        "De la masa de pan al merengue, una sola batidora lo hace todo",
        "El motor de 1200 W de la KM-700 amasa sin esfuerzo las masas de pan más densas, y sus diez velocidades y la función pulso te dan un control total, desde doblar la harina con suavidad hasta montar claras a punto de nieve. El diseño de cabezal basculante facilita añadir ingredientes y cambiar los accesorios.",
        "Motor: 1,200 W, 10 velocidades más pulso",
        "Bol: 5,5 litros, acero inoxidable cepillado, apto para lavavajillas",
        "Accesorios: gancho amasador, batidor plano y varillas",
        "El movimiento planetario llega a todos los rincones del cuenco",
        "Splash guard con boquilla de vertido",
        "Las ventosas de la base mantienen la batidora estable sobre la encimera, incluso a máxima velocidad",
        "No uses la batidora más de 10 minutos seguidos con masas pesadas.",
        "Dimensiones: 36 × 22 × 35 cm; peso: 2,7 kg",
        "Garantía de 5 años en el motor. Disponible en crema, verde sabio y grafito. ¡Haz tu pedido hoy!",
    ],
    beads=None,
    artefacts=[
        ("mistranslation", "target", 2, "doblar", "word sense: 'folding in' flour rendered as 'folding' (doubling over) a sheet (incorporar con movimientos envolventes)"),
        ("typography", "target", 3, "1,200", "English thousands separator in Spanish ('1200 W', as in line 2)"),
        ("consistency", "target", 6, "cuenco", "'bowl' is 'bol' in lines 0 and 4, here 'cuenco'"),
        ("untranslated", "target", 7, "Splash guard", "'splash guard' left in English (protector antisalpicaduras)"),
        ("omission", "source", 9, "Unplug it before changing attachments.", "the instruction to unplug before changing attachments is missing"),
        ("number", "target", 10, "2,7 kg", "weight 7.2 kg became 2,7 kg (digits swapped)"),
        ("mistranslation", "target", 11, "sabio", "word sense: the colour 'sage green' rendered with 'sabio' (a wise man), not the herb (verde salvia)"),
    ],
    clean=[0, 1, 4, 5, 8],
))

# 8 ------------------------------------------------------------------ it -> en
PAGES.append(dict(
    folder="calorina-pellet-stove", src="it", tgt="en",
    source=[
        "Stufa a pellet Calorina Nido 9 kW",
        "Il calore della fiamma, con la comodità del telecomando",
        "La Nido 9 riscalda ambienti fino a 90 m² con una potenza nominale di 9 kW e un rendimento del 91,5%. Il serbatoio da 15 kg garantisce fino a 20 ore di autonomia al minimo, e il cronotermostato settimanale accende e spegne la stufa agli orari che preferisci.",
        "Potenza termica nominale: 9 kW (minima 2,8 kW)",
        "Rendimento: 91,5%",
        "Consumo di pellet: da 0,6 a 2,1 kg/h",
        "Capacità del serbatoio: 15 kg",
        "Uscita fumi: Ø 80 mm, posteriore o superiore",
        "Gestibile dallo smartphone con l’app Calorina Casa tramite Wi-Fi",
        "Utilizzare solo pellet certificato ENplus A1. L’installazione deve essere eseguita da un tecnico abilitato, nel rispetto delle norme vigenti.",
        "Pulire il braciere ogni giorno e il vetro solo a stufa spenta e fredda.",
        "Garanzia di 2 anni, estendibile a 5 con la manutenzione annuale. Prezzo: 1.290 € – consegna gratuita in tutta Italia.",
    ],
    target=[
        "Calorina Nido 9 kW Pellet Stove",
        "The warmth of a real flame, with the convenience of a remote control",
        "The Nido 9 heats rooms of up to 90 m² with a rated output of 9 kW and 91.5% efficiency. The 15 kg hopper provides up to 20 hours of burn time at a minimum, and the weekly timer thermostat switches the stove on and off at the times you choose.",
        "Rated heat output: 9 kW (minimum 2.8 kW)",
        "Efficiency: 91,5%",
        "Pellet consumption: 0.6 to 2.1 kg/h",
        "Tank capacity: 15 kg",
        "Flue outlet: Ø 80 mm, rear or top",
        "Control it from your smartphone with the Calorina Casa app over Wi-Fi or Bluetooth",
        "Use only ENplus A1 certified pellets. Installation may be carried out by a qualified technician in accordance with current regulations.",
        "Clean the braciere every day, and the glass only when the stove is off and cold.",
        "2-year warranty, extendable to 5 years with with annual servicing. Price: €1,290 – free delivery throughout Italy.",
    ],
    beads=None,
    artefacts=[
        ("mistranslation", "target", 2, "at a minimum", "word sense: 'al minimo' (on the lowest setting) read as 'at least'"),
        ("typography", "target", 4, "91,5", "Italian decimal comma kept in English ('91.5%', as in line 2)"),
        ("consistency", "target", 6, "Tank", "'serbatoio' is 'hopper' in line 2, here 'tank'"),
        ("addition", "target", 8, "or Bluetooth", "'or Bluetooth' is not in the source (Wi-Fi only)"),
        ("mistranslation", "target", 9, "may", "wrong modal: 'deve' (must) rendered as 'may'"),
        ("untranslated", "target", 10, "braciere", "'braciere' left in Italian (burn pot)"),
        ("repetition", "target", 11, "with with", "doubled word"),
    ],
    clean=[0, 1, 3, 5, 7],
))


def write_text(path, paras):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(fix(p) for p in paras) + "\n")


def main():
    for p in PAGES:
        d = os.path.join(HERE, p["folder"])
        os.makedirs(d, exist_ok=True)
        sname, tname = p["src"] + ".txt", p["tgt"] + ".txt"
        write_text(os.path.join(d, sname), p["source"])
        write_text(os.path.join(d, tname), p["target"])
        beads = p["beads"]
        if beads is None:
            assert len(p["source"]) == len(p["target"]), p["folder"]
            beads = [([i], [i]) for i in range(len(p["source"]))]
        arts = []
        for a in p["artefacts"]:
            cat, side, para, exc, note = a[:5]
            e = {"category": cat, "side": side, "paragraph": para, "excerpt": fix(exc)}
            if len(a) > 5:
                e["occurrence"] = a[5]
            e["note"] = note
            arts.append(e)
        gold = {
            "source": sname, "target": tname,
            "source_lang": p["src"], "target_lang": p["tgt"],
            "alignment": [{"source": s, "target": t} for s, t in beads],
            "artefacts": arts,
            "clean_target_paragraphs": p["clean"],
        }
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "mtqa.toml"), "w", encoding="utf-8", newline="\n") as f:
            f.write('profile = "product"\n')
    print("built", len(PAGES), "pages")


if __name__ == "__main__":
    main()
