#!/usr/bin/env python3
"""Build blind set 32 (product pages). Standard library only.

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
    folder="norvane-robot-vacuum", src="en", tgt="fi",
    source=[
        "Norvane S7 Robot Vacuum and Mop",
        "Cleaner floors while you get on with your day",
        "The S7 maps your home with a laser sensor and plans the most efficient route through every room. Its 4,000 Pa suction lifts dust and pet hair from carpets, and the vibrating mop pad removes dried-on stains from hard floors.",
        "Suction power: up to 4,000 Pa",
        "Battery: 5,200 mAh, up to 180 minutes per charge",
        "Dustbin capacity: 0.45 litres",
        "Carpet detection lifts the mop pad automatically, so your rugs stay dry",
        "Set no-go zones and cleaning schedules in the Norvane Home app",
        "Not suitable for use on wet floors or outdoors. Remove cables and small objects from the floor before each clean.",
        "Empty the dustbin after every clean and wash the filter once a month in cold water.",
        "In the box: robot, charging dock, mop pad, two side brushes and a spare filter",
        "2-year warranty – order by 4 p.m. for next-day delivery.",
    ],
    target=[
        "Norvane S7 -robotti-imuri moppaustoiminnolla",
        "Puhtaammat lattiat sillä aikaa, kun hoidat omat asiasi",
        "S7 kartoittaa kotisi laseranturilla ja suunnittelee tehokkaimman reitin jokaisen huoneen läpi. Sen 4¤000 Pa:n imuteho nostaa pölyn ja lemmikkien karvat matoista, ja värisevä moppityyny poistaa kuivuneet tahrat kovilta lattioilta.",
        "Imuteho: jopa 4¤000 Pa",
        "Akku: 5¤200 mAh, jopa 150 minuuttia yhdellä latauksella",
        "Pölysäiliön tilavuus: 0.45 litraa",
        "Mattojen tunnistus laskee moppityynyn automaattisesti, joten matot pysyvät kuivina",
        "Määritä kieltoalueet ja siivousaikataulut Norvane Koti -sovelluksessa",
        "Soveltuu käytettäväksi märillä lattioilla tai ulkona. Poista johdot ja pienet esineet lattialta ennen jokaista siivousta.",
        "Tyhjennä pölysäiliö jokaisen siivouksen jälkeen ja pese suodatin kerran kuukaudessa kylmällä vedellä.",
        "Pakkauksen sisältö: robotti, latausasema, moppityyny, kaksi kaksi sivuharjaa ja varasuodatin",
        "2 vuoden takuu – tilaa ennen klo 16, niin saat tuotteen next-day delivery -toimituksena.",
    ],
    beads=None,
    artefacts=[
        ("number", "target", 4, "150 minuuttia", "'up to 180 minutes' became 150 minutes"),
        ("typography", "target", 5, "0.45", "English decimal point in Finnish ('0,45 litraa')"),
        ("mistranslation", "target", 6, "laskee", "meaning reversed: the pad is 'lifted' (nostaa), not 'lowered', over carpets"),
        ("name", "target", 7, "Norvane Koti", "app name 'Norvane Home' translated"),
        ("mistranslation", "target", 8, "Soveltuu käytettäväksi", "negation lost: 'not suitable' rendered as 'suitable' (Ei sovellu)"),
        ("repetition", "target", 10, "kaksi kaksi", "doubled word"),
        ("untranslated", "target", 11, "next-day delivery", "'next-day delivery' left in English (toimitus seuraavana arkipäivänä)"),
    ],
    clean=[0, 1, 2, 3, 9],
))

# 2 ------------------------------------------------------------------ en -> hu
PAGES.append(dict(
    folder="caffora-espresso-machine", src="en", tgt="hu",
    source=[
        "Caffora Piccola Semi-Automatic Espresso Machine",
        "Café-quality espresso in under a minute",
        "The Piccola heats up in 25 seconds thanks to its thermoblock system and extracts at a steady 9 bar for rich, balanced espresso. The steam wand lets you texture milk for cappuccinos and flat whites, and the 1.8-litre water tank can be filled from the front.",
        "Pump pressure: 15 bar",
        "Power: 1,450 W",
        "Water tank: 1.8 litres, removable",
        "Single and double filter baskets for 58 mm portafilters",
        "Descale every two months; the descaling light reminds you when it is time.",
        "Do not remove the portafilter while water is flowing – hot water and steam can cause burns.",
        "Dimensions: 22 × 31 × 30 cm, weight 4.2 kg",
        "In the box: machine, portafilter, two filter baskets, tamper and milk jug",
        "3-year warranty – a free coffee tasting set with every order.",
    ],
    target=[
        "Caffora Piccola félautomata eszpresszógép",
        "Kávéházi minőségű eszpresszó egy percen belül",
        "A termoblokkos fűtésnek köszönhetően a Piccola 25 másodperc alatt felmelegszik, és egyenletes 9 bar nyomáson főzi a testes, kiegyensúlyozott eszpresszót.",
        "A gőzölőcsővel tejet habosíthat cappuccinóhoz, flat white-hoz és latte macchiatóhoz, az 1,8 literes víztartály pedig elölről is feltölthető.",
        "Szivattyúnyomás: 15 bar",
        "Teljesítmény: 1,450 W",
        "Víztartály: 1,8 liter, kivehető",
        "Egyedülálló és dupla szűrőkosár 58 mm-es szűrőtartóhoz",
        "Kéthavonta vízkőtelenítse a gépet; a vízkőtelenítés jelzőfénye figyelmezteti ha itt az ideje.",
        "Ne vegye ki a szűrőtartót, miután a víz kifolyt – a forró víz és a gőz égési sérülést okozhat.",
        "Méretek: 22 × 31 × 39 cm, tömeg: 4,2 kg",
        "A doboz tartalma: gép, szűrőtartó, két szűrőkosár és tejkiöntő kancsó",
        "3 év garancia – minden rendeléshez ajándék coffee tasting készlet.",
    ],
    beads=[([0], [0]), ([1], [1]), ([2], [2, 3])] + [([i], [i + 1]) for i in range(3, 12)],
    artefacts=[
        ("addition", "target", 3, "és latte macchiatóhoz", "'and latte macchiato' is not in the source (cappuccinos and flat whites only)"),
        ("typography", "target", 5, "1,450", "English thousands separator kept: in Hungarian it reads as a decimal (1450 W)"),
        ("mistranslation", "target", 7, "Egyedülálló", "wrong sense of 'single': 'solitary/unique' instead of 'egyszeres' (single-shot basket)"),
        ("punctuation", "target", 8, "figyelmezteti ha", "comma missing before the subordinate clause 'ha …' (figyelmezteti, ha)"),
        ("mistranslation", "target", 9, "miután a víz kifolyt", "'while water is flowing' rendered as 'after the water has run out': the warning now says the opposite"),
        ("number", "target", 10, "39 cm", "height 30 cm became 39 cm"),
        ("omission", "source", 10, "tamper", "the tamper is missing from the box contents"),
        ("untranslated", "target", 12, "coffee tasting", "'coffee tasting' left in English (kávékóstoló készlet)"),
    ],
    clean=[0, 1, 2, 4, 6],
))

# 3 ------------------------------------------------------------------ en -> el
PAGES.append(dict(
    folder="tidewell-bluetooth-speaker", src="en", tgt="el",
    source=[
        "Tidewell Drift 2 Waterproof Bluetooth Speaker",
        "Big sound for the beach, the pool and everywhere in between",
        "The Drift 2 packs two full-range drivers and a passive radiator into a body the size of a water bottle. Pair two speakers for stereo sound, and take calls hands-free with the built-in microphone.",
        "Output power: 2 × 10 W",
        "Battery life: up to 16 hours at medium volume",
        "Charging time: 2.5 hours via USB-C",
        "IP67 waterproof and dustproof – it even floats",
        "Bluetooth range: up to 30 metres in open space",
        "Weight: 540 g",
        "Do not charge the speaker while the USB-C port is wet. Let it dry for at least two hours first.",
        "In the box: speaker, USB-C cable and carry strap",
        "Free shipping on orders over €40 – order now and it ships tomorrow.",
    ],
    target=[
        "Αδιάβροχο ηχείο Bluetooth Tidewell Drift 2",
        "Δυνατός ήχος για την παραλία, την πισίνα και παντού",
        "Το Ντριφτ 2 ενσωματώνει δύο μεγάφωνα πλήρους εύρους και έναν παθητικό ακτινοβολητή σε σώμα στο μέγεθος ενός μπουκαλιού νερού. Συνδέστε δύο ηχεία για στερεοφωνικό ήχο και απαντήστε σε κλήσεις με ανοιχτή ακρόαση μέσω του ενσωματωμένου μικροφώνου.",
        "Ισχύς εξόδου: 2 × 10 W",
        "Διάρκεια μπαταρίας: έως 16 ώρες σε μέγιστη ένταση",
        "Χρόνος φόρτισης: 2.5 ώρες μέσω USB-C",
        "Αδιάβροχο και προστατευμένο από τη σκόνη κατά IP67 – μάλιστα επιπλέει",
        "Εμβέλεια Bluetooth: έως 30 πόδια σε ανοιχτό χώρο",
        "Βάρος: 540 g",
        "Μη φορτίζετε το ηχείο όταν η θύρα USB-C είναι βρεγμένη Αφήστε την πρώτα να στεγνώσει για τουλάχιστον δύο ώρες.",
        "Περιεχόμενα συσκευασίας: ηχείο, καλώδιο USB-C και carry strap",
        "Δωρεάν αποστολή για παραγγελίες άνω των €40 – παραγγείλτε τώρα και το δέμα φεύγει αύριο.",
    ],
    beads=None,
    artefacts=[
        ("name", "target", 2, "Ντριφτ 2", "product name 'Drift 2' transliterated into Greek (kept as 'Drift 2' in the title)"),
        ("mistranslation", "target", 4, "μέγιστη ένταση", "'medium volume' rendered as 'maximum volume'"),
        ("typography", "target", 5, "2.5", "English decimal point in Greek ('2,5 ώρες')"),
        ("number", "target", 7, "30 πόδια", "unit changed without conversion: 30 metres became 30 feet"),
        ("sentence_boundary", "target", 9, "βρεγμένη Αφήστε", "full stop missing between the two sentences"),
        ("untranslated", "target", 10, "carry strap", "'carry strap' left in English (λουράκι μεταφοράς)"),
        ("typography", "target", 11, "€40", "English currency format kept: Greek writes the amount first ('40 €')"),
    ],
    clean=[0, 1, 3, 6, 8],
))

# 4 ------------------------------------------------------------------ en -> ko
PAGES.append(dict(
    folder="corvix-gps-smartwatch", src="en", tgt="ko",
    source=[
        "Corvix Stride 5 GPS Smartwatch",
        "Train smarter, recover better",
        "The Stride 5 tracks your heart rate, blood oxygen and sleep around the clock and turns the data into a daily readiness score. Built-in dual-band GPS records your pace and route accurately, even between tall buildings.",
        "Display: 1.4-inch AMOLED, 454 × 454 pixels",
        "Battery life: up to 14 days in smartwatch mode, 30 hours with GPS",
        "Water resistance: 5 ATM, suitable for swimming",
        "Over 120 sports modes, including running, cycling and strength training",
        "Contactless payments and music storage for up to 500 songs",
        "Syncs with the Corvix Fit app on Android and iOS",
        "Not a medical device. Do not use the readings to diagnose or treat any condition.",
        "In the box: watch, magnetic charging cable, quick start guide",
        "Order today and get 15% off – offer ends 31 March.",
    ],
    target=[
        "Corvix Stride 5 GPS 스마트워치",
        "더 똑똑하게 훈련하고, 더 잘 회복하세요",
        "Stride 5는 심박수, 혈중 산소 포화도, 수면을 24시간 추적하고 이 데이터를 매일의 컨디션 점수로 보여 줍니다. 내장된 듀얼 밴드 GPS가 높은 건물 사이에서도 페이스와 경로를 정확하게 기록합니다.",
        "디스플레이: 1.4인치 AMOLED, 454 × 454 픽셀",
        "배터리 사용 시간: 스마트워치 모드에서 최대 14일, GPS 사용 시 30분",
        "방수 등급: 5 ATM, 수영에 적합하지 않음",
        "달리기, 사이클링, 근력 운동을 포함한 120가지 이상의 스포츠 모드 모드",
        "Contactless 결제 및 최대 500곡 음악 저장",
        "Android 및 iOS용 코빅스 핏 앱과 동기화",
        "의료 기기가 아닙니다. 측정값은 질환의 진단이나 치료에 사용할 수 있습니다.",
        "구성품: 시계、마그네틱 충전 케이블, 빠른 시작 가이드",
        "오늘 주문하시면 15% 할인 – 행사는 3월 31일에 종료됩니다.",
    ],
    beads=None,
    artefacts=[
        ("number", "target", 4, "30분", "unit changed: 30 hours with GPS became 30 minutes (30시간)"),
        ("mistranslation", "target", 5, "적합하지 않음", "negation added: 'suitable for swimming' rendered as 'not suitable'"),
        ("repetition", "target", 6, "모드 모드", "doubled word"),
        ("untranslated", "target", 7, "Contactless", "'Contactless' left in English (비접촉)"),
        ("name", "target", 8, "코빅스 핏", "app name 'Corvix Fit' transliterated into Hangul, while the page keeps 'Corvix' in Latin letters"),
        ("mistranslation", "target", 9, "사용할 수 있습니다", "negation lost: 'do not use the readings' rendered as 'the readings can be used' (사용하지 마십시오)"),
        ("typography", "target", 10, "、", "ideographic comma (Chinese/Japanese) in Korean text; Korean uses ','"),
    ],
    clean=[0, 1, 2, 3, 11],
))

# 5 ------------------------------------------------------------------ en -> ja
PAGES.append(dict(
    folder="hollowmere-insulated-bottle", src="en", tgt="ja",
    source=[
        "Hollowmere Trail 750 Insulated Water Bottle",
        "Cold for 24 hours, hot for 12",
        "Double-wall vacuum insulation keeps drinks ice-cold all day and coffee hot until the evening. The powder-coated steel body does not sweat, so it will not leave rings on your desk or soak the inside of your bag.",
        "Capacity: 750 ml",
        "Height: 26.5 cm, diameter 7.5 cm",
        "Weight: 380 g",
        "Leak-proof lid with a carry loop",
        "Wide mouth fits standard ice cubes and is easy to clean",
        "Made from 18/8 stainless steel, free from BPA",
        "Wash the lid by hand. The bottle is dishwasher safe, but frequent dishwasher cycles may dull the finish.",
        "Do not use for carbonated drinks, and never put the bottle in the microwave.",
        "Lifetime warranty on the insulation",
        "Choose from six colours – engraving available at checkout.",
    ],
    target=[
        "Hollowmere Trail 750 真空断熱ボトル",
        "保冷24時間、保温12時間",
        "二重構造の真空断熱で、冷たい飲み物は一日中冷たく、コーヒーは夕方まで温かいまま。パウダーコーティング仕上げのスチールボディは結露しないので、デスクに水滴の跡を残したり、バッグの中を濡らしたりすることもありません。",
        "容量：570ml",
        "高さ26.5cm、直径7.5cm、、重さ380g",
        "持ち運び用ループ付きの液漏れしないフタ",
        "広口なので標準サイズの氷が入らず、お手入れも簡単です",
        "18/8ステンレス鋼製、BPAを含みます",
        "フタは手洗いしてください。ボトル本体は食器洗い機に対応していますが, 頻繁に食器洗い機で洗うと塗装のつやが失われることがあります。",
        "炭酸飲料には使用しないでください。",
        "断熱性能に永久保証付き",
        "全6色からお選びいただけます。ご購入手続きの際に engraving も追加できます。",
    ],
    beads=[([i], [i]) for i in range(4)] + [([4, 5], [4])] + [([i], [i - 1]) for i in range(6, 13)],
    artefacts=[
        ("number", "target", 3, "570ml", "capacity 750 ml became 570 ml (digits swapped)"),
        ("punctuation", "target", 4, "、、", "doubled ideographic comma where the two spec lines were merged"),
        ("mistranslation", "target", 6, "入らず", "negation added: standard ice cubes 'fit', rendered as 'do not fit' (入り)"),
        ("mistranslation", "target", 7, "BPAを含みます", "meaning reversed: 'free from BPA' rendered as 'contains BPA' (BPAフリー)"),
        ("typography", "target", 8, ",", "half-width Latin comma in Japanese text (、)"),
        ("omission", "source", 10, "and never put the bottle in the microwave", "the microwave warning has no counterpart in the translation"),
        ("untranslated", "target", 11, "engraving", "'engraving' left in English (名入れ/刻印)"),
    ],
    clean=[0, 1, 2, 5, 10],
))

# 6 ------------------------------------------------------------------ en -> pt-PT
PAGES.append(dict(
    folder="velmora-office-chair", src="en", tgt="pt-PT",
    source=[
        "Velmora Posture 3 Ergonomic Office Chair",
        "Support where you need it, hour after hour",
        "The Posture 3 follows your movements with a synchronised tilt mechanism and an adjustable lumbar support that you can set to the curve of your spine. The breathable mesh back keeps you cool, even on long summer afternoons.",
        "Seat height: 44–54 cm",
        "Maximum load: 130 kg",
        "4D armrests adjust in height, depth, width and angle",
        "Seat depth adjustable by 5.5 cm",
        "Tilt lock in four positions",
        "Check the screws after the first two weeks and tighten them if necessary. Do not stand on the chair.",
        "Warranty: 5 years on the mechanism and gas lift",
        "Free delivery within 3–5 working days – order now.",
    ],
    target=[
        "Cadeira de escritório ergonómica Velmora Posture 3",
        "Apoio onde precisa, hora após hora",
        "A Posture 3 acompanha os seus movimentos com um mecanismo de inclinação sincronizada e um apoio lombar ajustável, que pode regular de acordo com a curvatura da sua coluna. O encosto em malha respirável mantém-no fresco, mesmo nas longas tardes de verão.",
        "Altura do assento: 44–54 cm",
        "Carga máxima: 310 kg",
        "Apoios de braços 4D reguláveis em altura, profundidade, largura e ângulo",
        "A profundidade do banco pode ser ajustada em 5.5 cm",
        "Bloqueio da inclinação em em quatro posições",
        "Verifique os parafusos ao fim das duas primeiras semanas e aperte-os, se necessário. Não se sente na cadeira.",
        "Garantia: 5 anos no mecanismo e no elevador a gás",
        "Cadeira certificada segundo a norma EN 1335.",
        "Entrega gratuita em 3 a 5 working days – encomende já.",
    ],
    beads=[([i], [i]) for i in range(10)] + [([], [10]), ([10], [11])],
    artefacts=[
        ("number", "target", 4, "310 kg", "maximum load 130 kg became 310 kg"),
        ("consistency", "target", 6, "banco", "'seat' is 'assento' in line 3, here 'banco'"),
        ("typography", "target", 6, "5.5", "English decimal point in Portuguese ('5,5 cm')"),
        ("repetition", "target", 7, "em em", "doubled word"),
        ("mistranslation", "target", 8, "Não se sente na cadeira", "wrong verb: 'do not stand on the chair' rendered as 'do not sit on the chair' (Não se ponha de pé na cadeira)"),
        ("mistranslation", "target", 9, "elevador a gás", "wrong sense of 'lift': 'gas lift' is the gas cylinder (pistão a gás), not an elevator"),
        ("addition", "target", 10, "Cadeira certificada segundo a norma EN 1335.", "whole line added: no certification claim in the source"),
        ("untranslated", "target", 11, "working days", "'working days' left in English (dias úteis)"),
    ],
    clean=[0, 1, 2, 3, 5],
))

# 7 ------------------------------------------------------------------ sv -> en
PAGES.append(dict(
    folder="varno-electric-bike", src="sv", tgt="en",
    source=[
        "Varnö City E7 elcykel med mittmotor",
        "Smidig pendling året runt",
        "City E7 har en mittmotor på 250 W med upp till 85 Nm vridmoment, så att backarna känns lätta även med fulla cykelväskor. Det integrerade batteriet räcker upp till 120 km per laddning och kan tas ut och laddas inomhus.",
        "Batteri: 36 V, 14 Ah (504 Wh)",
        "Laddtid: 4,5 timmar",
        "Växlar: Shimano Nexus med 7 växlar i navet",
        "Hydrauliska skivbromsar fram och bak",
        "Vikt: 24,8 kg inklusive batteri",
        "Maxvikt för cyklist och last: 140 kg",
        "Motorn hjälper till upp till 25 km/h, i enlighet med EU:s regler för elcyklar.",
        "Ladda inte batteriet när det är kallare än 0 °C, och förvara det inte i direkt solljus.",
        "Fri frakt inom Sverige – 24¤990 kr eller 1¤041 kr/mån i 24 månader.",
        "Garanti: 5 år på ramen, 2 år på motor och batteri",
    ],
    target=[
        "Varnö City E7 Mid-Drive Electric Bike",
        "Smooth commuting all year round",
        "The City E7 has a 250 W mid-drive motor with up to 85 Nm of torque, so hills feel easy even with full panniers. The integrated battery lasts up to 120 km per charge. And can be removed and charged indoors.",
        "Battery: 36 V, 14 Ah (540 Wh)",
        "Charging time: 4,5 hours",
        "Gears: Shimano Nexus 7-speed hub",
        "Hydraulic skivbromsar front and rear",
        "Weight: 24.8 kg excluding battery",
        "Maximum weight of rider and luggage: 140 kg",
        "The motor assists from 25 km/h, in accordance with EU rules for electric bikes.",
        "Free shipping within Sweden – SEK 24¤990 or SEK 1,041 a month for 24 months.",
        "Warranty: 5 years on the frame, 2 years on the motor and battery",
    ],
    beads=[([i], [i]) for i in range(10)] + [([10], []), ([11], [10]), ([12], [11])],
    artefacts=[
        ("sentence_boundary", "target", 2, ". And can", "one sentence cut in two: 'lasts … per charge and can be removed'"),
        ("number", "target", 3, "540 Wh", "504 Wh became 540 Wh"),
        ("typography", "target", 4, "4,5", "Swedish decimal comma kept in English ('4.5 hours')"),
        ("untranslated", "target", 6, "skivbromsar", "'skivbromsar' left in Swedish (disc brakes)"),
        ("mistranslation", "target", 7, "excluding", "meaning reversed: 'inklusive batteri' is 'including battery'"),
        ("mistranslation", "target", 9, "from 25 km/h", "'upp till 25 km/h' (up to) rendered as 'from 25 km/h': the assistance limit is reversed"),
        ("omission", "source", 10, "Ladda inte batteriet när det är kallare än 0 °C, och förvara det inte i direkt solljus.", "the battery safety line has no counterpart in the translation"),
        ("typography", "target", 10, "24¤990", "Swedish thousands separator (no-break space) kept in English ('SEK 24,990', as 'SEK 1,041' in the same line)"),
    ],
    clean=[0, 1, 5, 8, 11],
))

# 8 ------------------------------------------------------------------ en -> de
PAGES.append(dict(
    folder="mossgrove-cordless-mower", src="en", tgt="de",
    source=[
        "Mossgrove RM-38 Cordless Lawn Mower",
        "A neat lawn without cables or petrol",
        "The RM-38 cuts a 38 cm strip and mows up to 450 m² on a single charge of its 40 V battery. Central height adjustment lets you change the cutting height with one lever, and the mulching plug returns fine clippings to the lawn as natural fertiliser.",
        "Cutting width: 38 cm",
        "Cutting height: 25–75 mm in six steps",
        "Grass box: 45 litres with fill level indicator",
        "Battery: 40 V, 4.0 Ah, charges in 90 minutes",
        "Noise level: 88 dB(A)",
        "“Fold & Go” handle folds flat for space-saving storage",
        "Always remove the safety key before cleaning the blade or clearing a blockage. Wear sturdy shoes and never mow wet grass.",
        "In the box: mower, battery, fast charger, grass box and mulching plug",
        "Warranty: 3 years, 1 year on the battery – order now, delivered in 2 to 4 working days.",
    ],
    target=[
        "Mossgrove RM-38 Akku-Rasenmäher",
        "Ein gepflegter Rasen ohne Kabel und ohne Benzin",
        "Der RM-38 mäht eine 38 cm breite Bahn und schafft mit einer Ladung seines 40-V-Akkus bis zu 450 m². Mit der zentralen Höhenverstellung ändern Sie die Schnitthöhe über einen einzigen Hebel, und der Mulchkeil entfernt feines Schnittgut als natürlichen Dünger vom Rasen.",
        "Schnittbreite: 38 cm",
        "Schnitthöhe: 25–75 mm in sieben Stufen",
        "Grasfangkorb: 45 Liter mit Füllstandsanzeige",
        "Akku: 40 V, 4.0 Ah, in 90 Minuten geladen",
        "Geräuschpegel: 88 dB(A)",
        "Der Holm “Fold & Go” lässt sich für die platzsparende Aufbewahrung flach zusammenklappen",
        "Ziehen Sie immer den Sicherheitsschlüssel ab bevor Sie das Messer reinigen oder eine Verstopfung beseitigen. Tragen Sie festes Schuhwerk und mähen Sie niemals nassen Rasen.",
        "Lieferumfang: Rasenmäher, Akku, Schnellladegerät, Grasbox und Mulchkeil",
        "Garantie: 3 Jahre, auf den Akku 1 Jahr – jetzt versandkostenfrei bestellen, Lieferung in 2 bis 4 Werktagen.",
    ],
    beads=None,
    artefacts=[
        ("mistranslation", "target", 2, "entfernt", "meaning reversed: the plug 'returns' the clippings to the lawn (führt … zu), not 'removes' them from it"),
        ("number", "target", 4, "sieben", "six height steps became seven"),
        ("typography", "target", 6, "4.0", "English decimal point in German ('4,0 Ah')"),
        ("typography", "target", 8, "“Fold & Go”", "English quotation marks in German („Fold & Go“)"),
        ("punctuation", "target", 9, "ab bevor", "comma missing before the subordinate clause 'bevor …' (ab, bevor)"),
        ("consistency", "target", 10, "Grasbox", "'grass box' is 'Grasfangkorb' in line 5, here 'Grasbox'"),
        ("addition", "target", 11, "versandkostenfrei", "'free shipping' is not in the source"),
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
