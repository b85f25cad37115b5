#!/usr/bin/env python3
"""Build blind set 38 (product and help-centre pages). Standard library only.

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

# 1 ------------------------------------------------------------------ en -> de (1-2 split)
PAGES.append(dict(
    folder="cleovo-robot-vacuum", src="en", tgt="de",
    source=[
        "Cleovo R7 Max Robot Vacuum and Mop",
        "Come home to clean floors, every day",
        "The R7 Max maps your home with LiDAR in a single run and vacuums and mops at the same time. Its 5,000 Pa suction pulls fine dust out of carpets, and the mop pad lifts automatically by 8 mm as soon as it detects a rug.",
        "Battery: 5,200 mAh, up to 180 minutes of cleaning on the quietest setting",
        "Dustbin: 0.4 litres; water tank: 0.25 litres",
        "Set no-go zones and cleaning schedules in the Cleovo Home app",
        "1. Place the charging dock against a wall with 0.5 m of free space on each side.",
        "2. Press and hold the power button for 3 seconds until the light ring glows blue.",
        "3. Open the Cleovo Home app and follow the on-screen instructions to connect the robot to your 2.4 GHz Wi-Fi network.",
        "Do not use the robot on wet floors or outdoors. Before each clean, you must clear cables, socks and small toys from the floor.",
        "In the box: robot, charging dock, power cable, 2 side brushes, washable mop pad and filter",
        "2-year warranty, 12 months on the battery. Questions? Our support team is here for you 7 days a week.",
    ],
    target=[
        "Cleovo R7 Max Saug- und Wischroboter",
        "Jeden Tag saubere Böden, wenn Sie nach Hause kommen",
        "Der R7 Max kartiert Ihr Zuhause per LiDAR in einem einzigen Durchgang und saugt und wischt gleichzeitig.",
        "Mit 5000 Pa Saugkraft holt er feinen Staub aus Teppichen, und sobald er einen Teppich erkennt, hebt sich das Wischpad automatisch um 8 cm an.",
        "Akku: 5,200 mAh, bis zu 180 Minuten Reinigung auf der leisesten Stufe",
        "Mülltonne: 0,4 Liter; Wassertank: 0,25 Liter",
        "Sperrzonen und Reinigungszeitpläne legen Sie in der Cleovo-Home-App fest",
        "1. Stellen Sie die Ladestation mit 0,5 m Freiraum auf jeder Seite an eine eine Wand.",
        "2. Halten Sie die Ein/Aus-Taste 3 Sekunden lang gedrückt, bis der Light Ring blau leuchtet.",
        "3. Öffnen Sie die Cleovo-Home-App und folgen Sie den Anweisungen auf dem Bildschirm, um den Roboter mit Ihrem WLAN zu verbinden.",
        "Verwenden Sie den Roboter nicht auf nassen Böden oder im Freien. Vor jeder Reinigung können Sie Kabel, Socken und kleines Spielzeug vom Boden räumen.",
        "Lieferumfang: Roboter, Ladestation, Netzkabel, 2 Seitenbürsten, waschbares Wischpad und Filter",
        "2 Jahre Garantie, auf den Akku 12 Monate Fragen? Unser Support-Team ist 7 Tage die Woche für Sie da.",
    ],
    beads=[([0], [0]), ([1], [1]), ([2], [2, 3])] + [([i], [i + 1]) for i in range(3, 12)],
    artefacts=[
        ("number", "target", 3, "8 cm", "the mop pad lifts by 8 mm, not 8 cm: unit changed, figure kept"),
        ("typography", "target", 4, "5,200", "English thousands separator kept; in German '5,200' reads as 5.2 ('5200' or '5.200 mAh')"),
        ("mistranslation", "target", 5, "Mülltonne", "'dustbin' of a vacuum is the dust container (Staubbehälter), not a street rubbish bin"),
        ("repetition", "target", 7, "eine eine", "doubled article"),
        ("untranslated", "target", 8, "Light Ring", "'light ring' left in English (Leuchtring)"),
        ("omission", "source", 8, "2.4 GHz", "the required 2.4 GHz band of the Wi-Fi network is dropped from the setup step"),
        ("mistranslation", "target", 10, "können Sie", "'you must clear' rendered as 'you can clear': an obligation weakened to an option"),
        ("sentence_boundary", "target", 12, "12 Monate Fragen", "full stop lost: the warranty sentence runs into the question 'Fragen?'"),
    ],
    clean=[0, 1, 2, 6, 11],
))

# 2 ------------------------------------------------------------------ en -> fr
PAGES.append(dict(
    folder="tazzio-coffee-machine", src="en", tgt="fr",
    source=[
        "Tazzio Barista One Bean-to-Cup Coffee Machine",
        "Freshly ground coffee at the touch of a button",
        "The Barista One grinds the beans just before brewing, so every cup keeps its full aroma. Choose from 12 drinks on the 3.5-inch touchscreen, from a short ristretto to a large latte macchiato, and save up to 6 user profiles.",
        "Pump pressure: 19 bar",
        "Water tank: 1.8 litres, removable; bean hopper: 250 g",
        "Conical steel grinder with 13 grind settings",
        "Automatic milk system that froths the milk and cleans itself after each drink – no manual rinsing needed",
        "Descale the machine when the display asks you to, usually every 2 to 3 months. Use only the Tazzio descaling liquid: vinegar can damage the seals.",
        "Your first coffee in three steps: 1. fill the tank with fresh water, 2. pour beans into the bean hopper, 3. press the power button. The machine rinses itself and is ready in 40 seconds.",
        "Dimensions (W × H × D): 24 × 36 × 44 cm; weight: 9.4 kg",
        "In the box: machine, milk carafe, water filter, measuring spoon and water hardness test strip",
        "2-year warranty, extendable to 3 years when you register your machine online. Free returns within 30 days.",
    ],
    target=[
        "Machine à café à grains Tazzio Barista One",
        "Du café fraîchement moulu d’une simple pression sur un bouton",
        "La Barista One moud les grains juste avant l’extraction, pour que chaque tasse conserve tout son arôme. Choisissez parmi 12 boissons sur l’écran tactile de 3,5¤pouces, du ristretto serré au grand latte macchiato, et économisez jusqu’à 6 profils utilisateur.",
        "Pression de la pompe¤: 15¤bar",
        "Réservoir d’eau¤: 1,8¤litre, amovible§; réservoir à grains¤: 250¤g",
        "Broyeur conique en acier avec 13 réglages de mouture",
        "Système à lait automatique qui fait mousser le lait et se nettoie après chaque boisson – un rinçage manuel est nécessaire",
        "Détartrez la machine lorsque l’écran vous le demande, généralement tous les 2 à 3 mois. Utilisez uniquement le détartrant Tazzio¤: le vinaigre peut endommager les joints.",
        "Votre premier café en trois étapes¤: 1. remplissez le réservoir d’eau fraîche, 2. versez les grains dans le bac à grains, 3. appuyez sur la touche marche/arrêt. La machine se rince, puis elle est prête en 40 secondes.",
        "Dimensions (l × h × p)¤: 24 × 36 × 44¤cm§; poids¤: 9.4¤kg",
        "Contenu de la boîte¤: machine, carafe à lait, filtre à eau cuillère doseuse et test strip de dureté de l’eau",
        "Garantie de 2 ans, extensible à 3 ans si vous enregistrez votre machine en ligne. Retours gratuits sous 30 jours, sans justificatif.",
    ],
    beads=None,
    artefacts=[
        ("mistranslation", "target", 2, "économisez", "'save' (store) profiles rendered in the sense 'save money' (enregistrez / mémorisez)"),
        ("number", "target", 3, "15¤bar", "pump pressure is 19 bar in the source"),
        ("mistranslation", "target", 6, "un rinçage manuel est nécessaire", "negation lost: 'no manual rinsing needed' became 'manual rinsing is needed'"),
        ("consistency", "target", 8, "bac à grains", "'bean hopper' is 'réservoir à grains' in line 4, here 'bac à grains'"),
        ("typography", "target", 9, "9.4", "English decimal point in French ('9,4 kg'; '1,8 litre' in line 4)"),
        ("punctuation", "target", 10, "filtre à eau cuillère", "comma missing between two items of the list ('filtre à eau, cuillère doseuse')"),
        ("untranslated", "target", 10, "test strip", "'test strip' left in English (bandelette de test)"),
        ("addition", "target", 11, "sans justificatif", "'no proof required' is not in the source"),
    ],
    clean=[0, 1, 4, 5, 7],
))

# 3 ------------------------------------------------------------------ en -> ja
PAGES.append(dict(
    folder="sonaru-wireless-earbuds", src="en", tgt="ja",
    source=[
        "Sonaru Pulse Buds 2 Wireless Noise-Cancelling Earbuds",
        "Your music, without the noise",
        "Pulse Buds 2 combine adaptive noise cancelling with 11 mm drivers for deep, clear sound. Transparency mode lets you hear announcements and traffic without taking the earbuds out.",
        "Battery life: up to 8 hours per charge, 32 hours with the charging case",
        "Fast charging: 10 minutes gives you 2 hours of playback",
        "Water resistance: IPX4 (splash-proof, not suitable for swimming)",
        "Weight: 5.2 g per earbud, 48 g case",
        "Pairing: open the case, press and hold the button on the back for 3 seconds until the light flashes white, then select “Pulse Buds 2” in your phone’s Bluetooth settings.",
        "Clean the ear tips with a dry cloth. Do not use alcohol or put the earbuds in water.",
        "In the box: earbuds, charging case, USB-C cable and ear tips in three sizes (S, M, L)",
        "1-year warranty. Order by 3 p.m. for next-day delivery.",
    ],
    target=[
        "Sonaru Pulse Buds 2 ワイヤレスノイズキャンセリングイヤホン",
        "ノイズに邪魔されない、あなただけの音楽を",
        "Pulse Buds 2は、アダプティブノイズキャンセリングと11mmドライバーを組み合わせ、深みのあるクリアなサウンドを実現します。外音取り込みモードでは、イヤホンを外すとアナウンスや車の音が聞こえます。",
        "バッテリー持続時間：1回の充電で最大8時間、charging case併用で最大32時間",
        "急速充電：10分の充電で2時間再生可能",
        "防水性能：IPX4（防滴仕様、水泳には使用できません）",
        "重量：イヤホン片耳5.2g、ケース58g",
        "ペアリング：ケースを開けて背面のボタンを3秒間長押しし、ランプが白く点滅したら、スマートフォンのBluetooth設定で「パルスバッズ2」を選択してください。",
        "耳の先端は乾いた布で拭いてください。アルコールを使用したり、イヤホンを水に浸けたりしないでください。",
        "同梱物：イヤホン、充電ケース、イヤーチップ（S・M・Lの3サイズ）",
        "保証期間：1年. 15時までのご注文で翌日にお届けします。",
    ],
    beads=None,
    artefacts=[
        ("mistranslation", "target", 2, "イヤホンを外すと", "meaning reversed: 'without taking the earbuds out' became 'when you take the earbuds out'"),
        ("untranslated", "target", 3, "charging case", "'charging case' left in English (充電ケース, as in line 9)"),
        ("number", "target", 6, "58g", "the case weighs 48 g in the source"),
        ("name", "target", 7, "パルスバッズ2", "the device name shown in the Bluetooth settings is 'Pulse Buds 2'; transliterated into katakana it no longer matches"),
        ("mistranslation", "target", 8, "耳の先端", "'ear tips' (the silicone tips of the earbuds, イヤーチップ) rendered as 'the tips of your ears'"),
        ("omission", "source", 9, "USB-C cable", "the USB-C cable is missing from the box contents"),
        ("typography", "target", 10, ".", "ASCII full stop in Japanese text instead of 。"),
    ],
    clean=[0, 1, 4, 5],
))

# 4 ------------------------------------------------------------------ en -> zh (2-1 merge)
PAGES.append(dict(
    folder="voltrek-electric-scooter", src="en", tgt="zh",
    source=[
        "Voltrek S9 Folding Electric Scooter",
        "Your last mile, sorted",
        "The Voltrek S9 folds in three seconds and weighs just 14.8 kg, so you can carry it onto the train or up the stairs. Its 350 W motor handles slopes of up to 15%, and dual brakes bring you to a safe stop.",
        "Top speed: 25 km/h",
        "Range: up to 40 km on a single charge (rider weight 75 kg, flat road, 20 °C)",
        "Tyres: 10-inch tubeless pneumatic tyres with puncture-resistant gel",
        "Charging time: 6 hours with the included charger",
        "Maximum load: 120 kg",
        "Always wear a helmet and check local traffic rules before riding on public roads. Do not ride in heavy rain, and never carry a passenger.",
        "Folding your scooter: 1. Switch off the scooter. 2. Push the folding lever down until it clicks. 3. Fold the handlebar stem and hook it onto the rear mudguard.",
        "In the box: scooter, charger, tyre valve adapter, Allen keys and user manual",
        "2-year warranty on the frame and motor, 1 year on the battery. Free shipping and 30-day returns.",
    ],
    target=[
        "Voltrek S9 折叠电动滑板车",
        "您的最后一公里，已分类",
        "沃尔特瑞克 S9 三秒即可折叠，重量仅14.8公斤，可轻松带上火车或搬上楼梯。350瓦电机可应对最大15%的坡度，双刹车系统让您安全停车。",
        "最高时速：25公里/小时",
        "续航里程：单次充电最长可达40公里（骑行者体重75公斤、平坦路面、20°C）",
        "轮胎：10厘米真空充气轮胎，内含防扎凝胶",
        "充电时间：使用随附充电器需6小时；最大载重：120公斤",
        "在公共道路上骑行前,请务必佩戴头盔并了解当地交通法规。大雨天气请勿骑行，切勿载人。",
        "折叠方法：1. 关闭滑板车电源。2. 向下推动折叠扳手，直至点击。3. 折叠车把立管，并将其挂在后挡泥板上。",
        "包装清单：滑板车、充电器、轮胎气门嘴adapter、内六角扳手、用户手册",
        "车架和电机电机享受2年保修，电池享受1年保修。免运费，支持30天退货。",
    ],
    beads=[([i], [i]) for i in range(6)] + [([6, 7], [6])] + [([i], [i - 1]) for i in range(8, 12)],
    artefacts=[
        ("mistranslation", "target", 1, "已分类", "'sorted' (taken care of) rendered in the sense 'classified, put in categories' (搞定)"),
        ("name", "target", 2, "沃尔特瑞克", "brand 'Voltrek' transliterated, while the title and the model keep the Latin name"),
        ("number", "target", 5, "10厘米", "10-inch tyres became 10 cm: unit changed without conversion (10英寸)"),
        ("typography", "target", 7, ",", "ASCII comma in Chinese text instead of the full-width ，"),
        ("mistranslation", "target", 8, "直至点击", "'until it clicks' (makes a click sound, 咔嗒一声) rendered as a mouse click"),
        ("untranslated", "target", 9, "adapter", "'adapter' left in English (转接头)"),
        ("repetition", "target", 10, "电机电机", "doubled word 'motor'"),
    ],
    clean=[0, 3, 4, 6],
))

# 5 ------------------------------------------------------------------ en -> pl (0-1 added line)
PAGES.append(dict(
    folder="aerinor-dehumidifier", src="en", tgt="pl",
    source=[
        "Aerinor DH-20 Compressor Dehumidifier",
        "Dry air, healthy home",
        "The DH-20 removes up to 20 litres of moisture a day and keeps your chosen humidity level automatically. It helps prevent mould and condensation on windows, and its laundry mode dries clothes indoors twice as fast.",
        "Recommended room size: up to 40 m²",
        "Water tank: 3 litres, with automatic shut-off when full",
        "Noise level: 38 dB in night mode",
        "Continuous drainage through the included 1.5 m hose",
        "Works at room temperatures from 5 to 35 °C",
        "Before first use, let the unit stand upright for 2 hours. Do not cover the air outlet and do not place the unit near a heater.",
        "In the box: dehumidifier, drain hose and user manual",
        "3-year warranty. Order now – delivery within 2 working days.",
    ],
    target=[
        "Sprężarkowy osuszacz powietrza Aerinor DH-20",
        "Suche powietrze, zdrowy dom",
        "DH-20 usuwa do 20 litrów wilgoci na dobę i automatycznie utrzymuje wybrany poziom wilgotności. Pomaga zapobiegać powstawaniu pleśni i skraplaniu się wody na oknach, a tryb prania pozwala suszyć ubrania w domu dwa razy szybciej.",
        "Zalecana powierzchnia pomieszczenia: do 40 m²",
        "Zbiornik na wodę: 3 litry, automatyczne wyłączanie po napełnieniu",
        "Poziom hałasu: 38 dB w trybie nocnym",
        "Ciągłe odprowadzanie wody przez dołączony wąż o długości 1.5 m",
        "Działa w temperaturze pomieszczenia od 5 do 25 °C",
        "Klasa energetyczna A++ – niskie zużycie energii",
        "Przed pierwszym użyciem pozostaw urządzenie w pozycji pionowej na 2 godziny. Nie zakrywaj wylotu powietrza i ustawiaj urządzenie w pobliżu grzejnika.",
        "W zestawie: osuszacz, drain hose i instrukcja obsługi",
        "3 lata gwarancji Zamów teraz – dostawa w ciągu 2 dni roboczych.",
    ],
    beads=[([i], [i]) for i in range(8)] + [([], [8])] + [([i], [i + 1]) for i in range(8, 11)],
    artefacts=[
        ("mistranslation", "target", 2, "tryb prania", "'laundry mode' (drying laundry) rendered as 'washing mode' (tryb suszenia prania)"),
        ("typography", "target", 6, "1.5", "English decimal point in Polish ('1,5 m')"),
        ("number", "target", 7, "25 °C", "the upper limit is 35 °C in the source"),
        ("addition", "target", 8, "Klasa energetyczna A++ – niskie zużycie energii", "whole line with an energy-class claim that the source does not make"),
        ("mistranslation", "target", 9, "i ustawiaj urządzenie w pobliżu grzejnika", "second negation lost: 'do not place the unit near a heater' became 'place the unit near a heater'"),
        ("untranslated", "target", 10, "drain hose", "'drain hose' left in English (wąż odpływowy)"),
        ("sentence_boundary", "target", 11, "gwarancji Zamów", "full stop lost between the warranty and the call to action"),
    ],
    clean=[0, 1, 3, 4, 5],
))

# 6 ------------------------------------------------------------------ en -> da
PAGES.append(dict(
    folder="brenvik-stand-mixer", src="en", tgt="da",
    source=[
        "Brenvik Chef 1200 Stand Mixer",
        "From bread dough to meringue in minutes",
        "The Chef 1200 kneads, whisks and beats with a powerful 1,200 W motor and a planetary mixing action that reaches every part of the bowl. The tilt-head design lets you add ingredients or change tools without removing the bowl.",
        "Bowl: 5.5 litres, brushed stainless steel",
        "Speeds: 10 plus pulse",
        "Weight: 8.2 kg; non-slip suction feet keep it steady",
        "Attachments: dough hook, flat beater and balloon whisk",
        "For bread dough, use the dough hook on speed 1 or 2 and knead for no longer than 6 minutes.",
        "Unplug the mixer before changing attachments. Never put your hands or utensils in the bowl while the mixer is running.",
        "The bowl and attachments are dishwasher-safe; wipe the motor housing with a damp cloth.",
        "5-year motor warranty, 2 years on all other parts",
        "Buy now and get a free pasta roller attachment worth DKK 399.",
    ],
    target=[
        "Brenvik Chef 1200 køkkenmaskine",
        "Fra brøddej til marengs på få minutter",
        "Kokken 1200 ælter, pisker og slår med en kraftig motor på 1.200 W og et planetarisk røresystem, der når ud i alle dele af skålen. Takket være det vipbare hoved kan du tilsætte ingredienser eller skifte redskab uden at tage skålen af.",
        "Skål: 5,5 liter i børstet rustfrit stål",
        "Hastigheder: 10 plus pulse",
        "Vægt: 8.2 kg; skridsikre sugefødder holder den stabil",
        "Tilbehør: dejkrog, fladpisker og ballonpisker",
        "Til brøddej skal du bruge dejkrogen på hastighed 1 eller 2 og ælte i mindst 6 minutter.",
        "Tag stikket ud, før du skifter tilbehør. Stik aldrig hænderne ned i skålen, mens maskinen kører.",
        "Skålen og værktøjerne tåler opvaskemaskine; tør motorhuset af med en fugtig klud.",
        "5 års garanti på motoren, 2 år på på alle andre dele",
        "Køb nu, så får du en gratis pastavalse til en værdi af 399 kr.",
    ],
    beads=None,
    artefacts=[
        ("name", "target", 2, "Kokken 1200", "model name 'Chef 1200' translated as 'the cook 1200' (the title keeps it)"),
        ("mistranslation", "target", 2, "slår", "'beats' (whisks hard, rører) rendered as 'hits'"),
        ("untranslated", "target", 4, "pulse", "'pulse' left in English (pulsfunktion)"),
        ("typography", "target", 5, "8.2", "English decimal point in Danish ('8,2 kg'; '5,5 liter' in line 3)"),
        ("mistranslation", "target", 7, "mindst", "meaning reversed: 'no longer than 6 minutes' became 'at least 6 minutes' (højst)"),
        ("omission", "source", 8, "or utensils", "'or utensils' is missing: the warning only names hands"),
        ("consistency", "target", 9, "værktøjerne", "'attachments' is 'tilbehør' in lines 6 and 8, here 'værktøjerne'"),
        ("repetition", "target", 10, "på på", "doubled preposition"),
    ],
    clean=[0, 1, 3, 6, 11],
))

# 7 ------------------------------------------------------------------ en -> ro (1-0 dropped line)
PAGES.append(dict(
    folder="kinetra-gps-smartwatch", src="en", tgt="ro",
    source=[
        "Kinetra Fit 3 GPS Smartwatch",
        "Train smarter, sleep better",
        "Fit 3 tracks more than 100 sports with built-in GPS and measures your heart rate, blood oxygen and sleep around the clock. A single charge lasts up to 14 days, or 20 hours with GPS on.",
        "Display: 1.43-inch AMOLED, 466 × 466 pixels",
        "Water resistance: 5 ATM – suitable for swimming in a pool, but not for diving or hot showers",
        "Weight: 36 g without the strap",
        "Compatible with Android 10 and iOS 15 or later",
        "1. Charge the watch for at least 30 minutes before first use.",
        "2. Install the Kinetra app and create an account.",
        "3. Hold the watch next to your phone and confirm the six-digit code on both screens.",
        "Heart rate readings are for fitness purposes only and are not a medical diagnosis.",
        "2-year warranty and free returns within 30 days. Questions? Visit help.kinetra.com.",
    ],
    target=[
        "Ceas inteligent Kinetra Fit 3 cu GPS",
        "Antrenează-te mai inteligent, dormi mai bine",
        "Fit 3 monitorizează peste 100 de sporturi cu ajutorul GPS-ului integrat și îți măsoară pulsul, oxigenul din sânge și somnul non-stop. O singură încărcare asigură o autonomie de până la 14 zile sau 2 ore cu GPS-ul pornit.",
        "Ecran: AMOLED de 1,43 inchi, 466 × 466 pixeli",
        "Rezistență la apă: 5 ATM – potrivit pentru înot în piscină și în mare, dar nu și pentru scufundări sau dușuri fierbinți",
        "Greutate: 36 g fără curea",
        "Compatibil cu Android 10 și iOS 15 sau versiuni anterioare",
        "1. Încarcă ceasul timp de cel puţin 30 de minute înainte de prima utilizare.",
        "2. Instalați aplicația Kinetra și creați un cont.",
        "3. Ține ceasul lângă telefon și confirmă codul de șase cifre pe ambele ecrane.",
        "Garanție de 2 ani și retur gratuit în 30 de zile. Ai întrebări. Intră pe help.kinetra.com.",
    ],
    beads=[([i], [i]) for i in range(10)] + [([10], []), ([11], [10])],
    artefacts=[
        ("number", "target", 2, "2 ore", "20 hours with GPS on became 2 hours"),
        ("addition", "target", 4, "și în mare", "'and in the sea' is not in the source (pool only)"),
        ("mistranslation", "target", 6, "anterioare", "meaning reversed: 'iOS 15 or later' became 'or earlier' (ulterioare)"),
        ("typography", "target", 7, "puţin", "t with cedilla (U+0163) instead of t with comma below (ț)"),
        ("consistency", "target", 8, "Instalați aplicația Kinetra și creați", "formal 'dumneavoastră' imperatives in a page that addresses the reader with 'tu' (Încarcă, Ține, Ai)"),
        ("omission", "source", 10, "Heart rate readings are for fitness purposes only and are not a medical diagnosis.", "the medical disclaimer line has no counterpart in the translation"),
        ("punctuation", "target", 10, "întrebări.", "the question 'Questions?' ends with a full stop instead of a question mark"),
    ],
    clean=[0, 1, 3, 5, 9],
))

# 8 ------------------------------------------------------------------ fr -> en
PAGES.append(dict(
    folder="velorie-electric-bike", src="fr", tgt="en",
    source=[
        "Vélo à assistance électrique Vélorie Urbain 500",
        "La ville à votre rythme, sans effort",
        "Conçu à Lyon, l’Urbain 500 associe un moteur central de 250¤W à une batterie de 500¤Wh intégrée au cadre. Son assistance s’adapte automatiquement à votre force de pédalage, pour aller au travail chaque jour sans arriver en sueur au bureau.",
        "Autonomie¤: jusqu’à 120¤km selon le mode d’assistance",
        "Poids¤: 23,5¤kg, batterie comprise",
        "Transmission¤: courroie carbone et moyeu à 5 vitesses, sans entretien",
        "Freins à disque hydrauliques et éclairage LED intégré, alimenté par la batterie",
        "Taille conseillée¤: M pour 1,65 à 1,80¤m, L pour 1,78 à 1,95¤m",
        "Pour retirer la batterie¤: 1. tournez la clé d’un quart de tour vers la gauche§; 2. tirez la batterie vers vous en la tenant par la poignée§; 3. rechargez-la à l’intérieur, à une température comprise entre 10 et 30¤°C.",
        "Ne nettoyez jamais le vélo au nettoyeur haute pression¤: l’eau peut pénétrer dans le moteur.",
        "Garantie de 5 ans sur le cadre et de 2 ans sur le moteur et la batterie (jusqu’à 500 cycles de charge)",
        "Essai gratuit de 14 jours¤: s’il ne vous convient pas, nous le reprenons sans frais§!",
    ],
    target=[
        "Vélorie Urbain 500 Electric Bike",
        "The city at your own pace, effortlessly",
        "Designed in Lyon, the Urban 500 pairs a 250 W mid-drive motor with a 500 Wh battery built into the frame. Its assistance adapts automatically to how hard you pedal, so you can ride to work every day without arriving at the office in a sweat.",
        "Range: up to 120 km depending on the assistance mode",
        "Weight: 23,5 kg including battery",
        "Drivetrain: carbon belt and 5-speed hub, maintenance-free",
        "Hydraulic disc brakes and and integrated LED lights powered by the battery",
        "Recommended size: M for 1.55 to 1.80 m, L for 1.78 to 1.95 m",
        "To remove the battery: 1. turn the key a quarter turn to the right; 2. pull the battery towards you, holding it by the handle; 3. charge it indoors at a temperature between 10 and 30 °C.",
        "Clean the bike with a pressure washer: water can get into the motor.",
        "5-year warranty on the frame and 2 years on the motor and battery",
        "Free 14-day trial: if it doesn’t suit you, we’ll take it back free of charge !",
    ],
    beads=None,
    artefacts=[
        ("name", "target", 2, "Urban 500", "model name 'Urbain 500' translated (the title keeps it)"),
        ("typography", "target", 4, "23,5", "French decimal comma kept in English ('23.5 kg')"),
        ("repetition", "target", 6, "and and", "doubled conjunction"),
        ("number", "target", 7, "1.55", "size M starts at 1.65 m in the source"),
        ("mistranslation", "target", 8, "to the right", "meaning reversed: 'vers la gauche' is to the left"),
        ("mistranslation", "target", 9, "Clean the bike with a pressure washer", "negation lost: 'ne … jamais' (never clean with a pressure washer) became an instruction to do it"),
        ("omission", "source", 10, "(jusqu’à 500 cycles de charge)", "the battery warranty limit of 500 charge cycles is dropped"),
        ("typography", "target", 11, "charge !", "French space before '!' kept in English"),
    ],
    clean=[0, 1, 3, 5],
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
