#!/usr/bin/env python3
"""Build blind set 34 (product pages). Standard library only.

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
    folder="nordvalo-sauna-heater", src="en", tgt="fi",
    source=[
        "Nordvalo Ember 9 Electric Sauna Heater",
        "Soft, even steam for saunas of 8 to 13 m³",
        "The Ember 9 heats a family sauna to 80 °C in about 45 minutes. Its open stone basket holds up to 60 kg of stones, so the steam stays soft and lasts long after you throw water on the stones. The heater is controlled with the separate Ember Touch panel, which can be mounted outside the sauna room.",
        "Output: 9 kW, 400 V 3N~",
        "Dimensions: 42 × 36 × 78 cm, weight 19.5 kg (without stones)",
        "Stone capacity: approx. 60 kg, stones sold separately",
        "Built-in timer lets you start heating up to 12 hours in advance",
        "Safety: the heater must be installed by a qualified electrician. Keep at least 10 cm between the heater and the benches, and never cover the heater or dry clothes on it.",
        "Care: re-stack the stones at least once a year. Replace crumbled stones with new ones, as they block the air flow around the heating elements.",
        "In the box: heater, wall bracket, Ember Touch control panel, temperature sensor and installation guide",
        "Warranty: 5 years on the heater in home saunas, 1 year in commercial use",
        "Order now for €749 – free delivery anywhere in mainland Finland.",
    ],
    target=[
        "Nordvalo Ember 9 -sähkökiuas",
        "Pehmeät ja tasaiset löylyt 8–13 m³:n saunoihin",
        "Ember 9 lämmittää perhesaunan 80 asteeseen noin 45 minuutissa. Avoimeen kivitilaan mahtuu jopa 60 kg kiviä, joten löylyt pysyvät pehmeinä ja kestävät pitkään, kun heität vettä kiville. Kiuasta ohjataan erillisellä Ember Touch -ohjauspaneelilla, joka on asennettava saunahuoneen ulkopuolelle.",
        "Teho: 9 kW, 400 V 3N~",
        "Mitat: 42 × 36 × 78 cm, paino 19.5 kg (ilman kiviä)",
        "Kivimäärä: n. 60 kg, kivet myydään erikseen",
        "Sisäänrakennetun ajastimen avulla voit aloittaa lämmityksen jopa 24 tuntia etukäteen",
        "Turvallisuus: kiukaan saa asentaa vain pätevä sähköasentaja. Jätä kiukaan ja penkkien väliin vähintään 10 cm äläkä koskaan peitä kiuasta tai kuivaa vaatteita sen päällä.",
        "Hoito: latoa kivet uudelleen vähintään kerran vuodessa. Vaihda murentuneet kivet uusiin. sillä ne estävät ilman kiertoa vastusten ympärillä.",
        "Pakkauksen sisältö: kiuas, wall bracket, Ember Kosketus -ohjauspaneeli, lämpötila-anturi ja asennusohje",
        "Takuu: lämmittimelle 5 vuotta kotisaunoissa, 1 vuosi ammattikäytössä",
        "Tilaa nyt hintaan 749¤€ – ilmainen toimitus kaikkialle Manner-Suomeen.",
    ],
    beads=None,
    artefacts=[
        ("mistranslation", "target", 2, "on asennettava", "modal changed: the panel 'can be mounted' outside the sauna room, not 'must be' (voidaan asentaa)"),
        ("typography", "target", 4, "19.5", "English decimal point in Finnish ('19,5 kg')"),
        ("number", "target", 6, "24 tuntia", "timer range 12 hours became 24"),
        ("mistranslation", "target", 7, "penkkien", "'benches' of a sauna are 'lauteet'; 'penkki' is a park or garden bench (wrong word sense)"),
        ("sentence_boundary", "target", 8, "uusiin. sillä", "full stop inside the sentence; the causal clause 'sillä …' starts lower-case after it"),
        ("untranslated", "target", 9, "wall bracket", "'wall bracket' left in English (seinäkiinnike)"),
        ("name", "target", 9, "Ember Kosketus", "panel name 'Ember Touch' translated (paragraph 2 keeps it)"),
        ("consistency", "target", 10, "lämmittimelle", "'heater' is 'kiuas' everywhere else on the page, here 'lämmitin'"),
    ],
    clean=[0, 1, 3, 5, 11],
))

# 2 ------------------------------------------------------------------ en -> hu
PAGES.append(dict(
    folder="caffora-espresso-machine", src="en", tgt="hu",
    source=[
        "Caffora Duetto Espresso Machine with Milk Frother",
        "Café-quality espresso, every morning",
        "The Duetto heats up in just 25 seconds thanks to its thermoblock system and brews at a steady 9 bar for a rich, balanced crema. The steam wand lets you froth milk for a cappuccino or a flat white, and it swivels out of the way when you clean the drip tray.",
        "Pump pressure: 15 bar",
        "Water tank: 1.8 litres, removable",
        "Power: 1,350 W, 220–240 V",
        "Dimensions: 28 × 22 × 33 cm, weight 6.2 kg",
        "Works with ground coffee and ESE pods",
        "Descale the machine every two months, or more often if you have hard water. Never use vinegar for descaling, as it can damage the seals.",
        "The drip tray and the cup grid are dishwasher safe; wash the portafilter by hand.",
        "In the box: machine, portafilter, single and double filter baskets, tamper and measuring spoon",
        "2-year warranty – order by 8 p.m. and we deliver the next day in Budapest.",
    ],
    target=[
        "Caffora Duetto eszpresszógép tejhabosítóval",
        "Kávéházi minőségű eszpresszó minden reggel",
        "A Duett termoblokkos fűtésének köszönhetően mindössze 25 másodperc alatt felmelegszik, és egyenletes 9 bar nyomáson főz, így dús, kiegyensúlyozott krémréteg képződik.",
        "A gőzkarral tejet habosíthatsz cappuccinóhoz vagy flat white-hoz, a kar pedig félrefordítható amikor a csepptálcát tisztítod.",
        "Szivattyúnyomás: 15 bar",
        "Víztartály: 1.8 liter, kivehető",
        "Teljesítmény: 1530 W, 220–240 V",
        "Méret: 28 × 22 × 33 cm, tömeg 6,2 kg",
        "Őrölt kávéhoz és ESE-hüvelyekhez is használható",
        "Kéthavonta vízkőmentesítsd a gépet, kemény víz esetén gyakrabban, legalább havonta egyszer. A vízkőmentesítéshez soha ne használj ecetet, mert károsíthatja a tömítéseket.",
        "A csepptálca és a csészetartó rács nem mosható mosogatógépben; a szűrőtartót kézzel mosd el.",
        "A doboz tartalma: gép, szűrőtartó, egy- és kétcsészés szűrőkosár, valamint adagolókanál",
        "2 év garancia – ha este 8 óráig megrendeled, Budapesten már másnap kiszállítjuk.",
    ],
    beads=[([0], [0]), ([1], [1]), ([2], [2, 3])] + [([i], [i + 1]) for i in range(3, 12)],
    artefacts=[
        ("name", "target", 2, "Duett", "model name 'Duetto' shortened to the Hungarian word 'duett' (the title keeps 'Duetto')"),
        ("punctuation", "target", 3, "félrefordítható amikor", "comma missing before the subordinate clause 'amikor …' (Hungarian requires it)"),
        ("typography", "target", 5, "1.8", "English decimal point in Hungarian ('1,8 liter')"),
        ("number", "target", 6, "1530", "power 1,350 W became 1530 W (digits swapped)"),
        ("mistranslation", "target", 8, "hüvelyekhez", "'pods' rendered in its botanical sense ('hüvely', seed pod); ESE pods are 'kávépárna'"),
        ("addition", "target", 9, "legalább havonta egyszer", "'at least once a month' is not in the source"),
        ("mistranslation", "target", 10, "nem mosható", "negation added: the tray and grid ARE dishwasher safe"),
        ("omission", "source", 10, "tamper", "the tamper is missing from the box contents"),
    ],
    clean=[0, 1, 4, 7, 12],
))

# 3 ------------------------------------------------------------------ en -> ja
PAGES.append(dict(
    folder="keystride-mechanical-keyboard", src="en", tgt="ja",
    source=[
        "Keystride K75 Wireless Mechanical Keyboard",
        "Quiet enough for the office, fast enough for gaming",
        "The K75 fits a full function row and arrow keys into a compact 75% layout. Pre-lubricated linear switches and a layer of sound-dampening foam make every keystroke smooth and quiet. Pair it with up to three devices over Bluetooth, or use the 2.4 GHz receiver for lag-free gaming.",
        "Layout: 75%, 84 keys, available in Japanese and US layouts",
        "Switches: Keystride Silk linear, 45 g actuation force, hot-swappable",
        "Battery: 4,000 mAh, up to 200 hours with the backlight off",
        "Connectivity: Bluetooth 5.1, 2.4 GHz wireless, USB-C cable",
        "Dimensions: 317 × 137 × 39 mm, weight 860 g",
        "Per-key RGB backlighting that you can customise in the Keystride Hub app",
        "Keep the keyboard away from liquids. If you spill a drink on it, switch it off immediately and do not switch it on again until it is completely dry.",
        "In the box: keyboard, USB-C cable, 2.4 GHz receiver and keycap puller",
        "1-year warranty. Order today for ¥18,800 (tax included) with free shipping across Japan.",
    ],
    target=[
        "Keystride K75 ワイヤレスメカニカルキーボード",
        "オフィスで使える静かさ、ゲームにも応える速さ",
        "K75は、ファンクションキー列と矢印キーをコンパクトな75%レイアウトに収めています。潤滑済みのリニアスイッチと吸音フォームにより、一打一打がなめらかで静かです。Bluetoothで最大3台のデバイスとペアリングできるほか、2.4GHzレシーバーを使えば遅延のないゲームプレイが楽しめます。",
        "配列：75%（84キー）、日本語配列と英語配列から選べます",
        "スイッチ：Keystride Silk（リニア）、作動荷重55g、ホットスワップ対応",
        "バッテリー：4,000mAh、バックライト点灯時で最大200時間",
        "接続方式：Bluetooth 5.1、2.4GHzワイヤレス、USB-Cケーブル",
        "サイズ：317×137×39mm、重量８６０g",
        "Per-keyのRGBバックライトは、Keystride Hubアプリでカスタマイズできます",
        "キーボードを液体に近づけないでください。飲み物をこぼした場合は、すぐに電源を切り、完全に乾くまで再び電源を入れてください。",
        "同梱物：キーボード、USB-Cケーブル、キーキャッププーラー",
        "1年保証. 本日のご注文で18,800円（税込）、日本全国送料無料でお届けします。",
    ],
    beads=None,
    artefacts=[
        ("number", "target", 4, "55g", "actuation force 45 g became 55 g"),
        ("mistranslation", "target", 5, "バックライト点灯時", "meaning reversed: 'with the backlight off' rendered as 'with the backlight on' (消灯時)"),
        ("typography", "target", 7, "８６０", "full-width digits among the page's half-width digits"),
        ("untranslated", "target", 8, "Per-key", "'Per-key' left in English (キーごとの)"),
        ("mistranslation", "target", 9, "再び電源を入れてください", "negation lost: 'do not switch it on again until it is dry' became 'switch it on again until it is dry'"),
        ("omission", "source", 10, "2.4 GHz receiver", "the receiver is missing from the box contents"),
        ("punctuation", "target", 11, ".", "Latin full stop after Japanese text (。)"),
    ],
    clean=[0, 1, 2, 3, 6],
))

# 4 ------------------------------------------------------------------ en -> ko
PAGES.append(dict(
    folder="tidyo-robot-vacuum", src="en", tgt="ko",
    source=[
        "Tidyo R8 Robot Vacuum and Mop",
        "Cleaner floors without lifting a finger",
        "The R8 maps your home with LiDAR and cleans room by room, with 5,000 Pa of suction for carpets and a vibrating mop pad for hard floors. When its battery runs low, it returns to the dock, recharges and carries on where it left off.",
        "Suction power: up to 5,000 Pa",
        "Battery: 5,200 mAh, up to 180 minutes of cleaning",
        "Dustbin: 400 ml; water tank: 250 ml",
        "Height: 9.7 cm, low enough to clean under most beds and sofas",
        "Automatically lifts the mop pad by 8 mm when it detects a carpet",
        "Set no-go zones and cleaning schedules in the Tidyo Home app",
        "Do not use the R8 on wet floors or outdoors, and pick up cables and small objects from the floor before cleaning.",
        "In the box: robot, charging dock, mop pad, side brush and spare filter",
        "Warranty: 2 years on the robot, 1 year on the battery",
        "Order now and get a second side brush free!",
    ],
    target=[
        "Tidyo R8 물걸레 겸용 로봇청소기",
        "손 하나 까딱하지 않아도 깨끗해지는 바닥",
        "R8은 LiDAR로 집 안 지도를 만들어 방별로 청소하며, 카펫에는 5,000Pa의 흡입력을, 딱딱한 바닥에는 진동 물걸레 패드를 사용합니다. 배터리가 부족해지면 충전 스테이션으로 돌아가 충전한 뒤 멈췄던 곳부터 청소를 이어 갑니다.",
        "흡입력: 최대 5,000Pa",
        "배터리: 5,200mAh, 최대 120분 청소",
        "먼지통: 400ml, 물통: 250ml",
        "높이: 9.7cm로 모든 침대와 소파 밑까지 청소할 수 있습니다",
        "카펫을 감지하면 물걸레 패드를 자동으로 8mm 내립니다",
        "Tidyo Home 앱에서 no-go zone과 청소 일정을 설정하세요",
        "젖은 바닥에서는 R8을 사용하지 마시고, 청소 전에 바닥의 케이블과 작은 물건을 치워 주세요.",
        "구성품: 로봇 본체, 충전 도크, 물걸레 물걸레 패드, 사이드 브러시, 예비 필터. 보증 기간: 본체 2년, 배터리 1년",
        "지금 주문하시면 사이드 브러시 하나를 더 무료로 드립니다 !",
    ],
    beads=[([i], [i]) for i in range(10)] + [([10, 11], [10]), ([12], [11])],
    artefacts=[
        ("number", "target", 4, "120분", "battery runtime 180 minutes became 120"),
        ("mistranslation", "target", 6, "모든", "'most beds and sofas' rendered as 'all beds and sofas'"),
        ("mistranslation", "target", 7, "내립니다", "meaning reversed: the robot 'lifts' the mop pad on carpet, not 'lowers' it (올립니다)"),
        ("untranslated", "target", 8, "no-go zone", "'no-go zone' left in English (청소 금지 구역)"),
        ("omission", "source", 9, "or outdoors", "the warning against outdoor use is missing"),
        ("consistency", "target", 10, "충전 도크", "'dock' is '충전 스테이션' in paragraph 2, here '충전 도크'"),
        ("repetition", "target", 10, "물걸레 물걸레", "doubled word"),
        ("typography", "target", 11, " !", "space before the exclamation mark (Korean writes none)"),
    ],
    clean=[0, 1, 2, 3, 5],
))

# 5 ------------------------------------------------------------------ en -> el
PAGES.append(dict(
    folder="pacevia-gps-running-watch", src="en", tgt="el",
    source=[
        "Pacevia Run 5 GPS Running Watch",
        "How fast are you really running?",
        "The Run 5 tracks your pace, distance and heart rate with dual-band GPS, so your routes stay accurate even between tall buildings and under trees. After each run, the Pacevia Coach app suggests your next workout and tells you how long to rest.",
        "Display: 1.3-inch always-on colour screen",
        "Battery life: up to 14 days in smartwatch mode, 30 hours with GPS",
        "Water resistance: 5 ATM (suitable for swimming, not for diving)",
        "Weight: 42 g including strap",
        "Sensors: optical heart rate, barometric altimeter, compass, thermometer",
        "Shows notifications from your phone, but you cannot reply to messages from the watch",
        "Heart rate readings are for fitness purposes only and are not intended for medical use. Do not charge the watch while it is wet.",
        "In the box: watch, silicone strap, magnetic charging cable and quick start guide",
        "Now €249.90 instead of €279.90 – free returns within 30 days.",
    ],
    target=[
        "Ρολόι τρεξίματος Pacevia Run 5 με GPS",
        "Πόσο γρήγορα τρέχετε πραγματικά;",
        "Το Run 5 καταγράφει τον ρυθμό, την απόσταση και τους καρδιακούς παλμούς σας με GPS διπλής συχνότητας, ώστε οι διαδρομές σας να παραμένουν ακριβείς ακόμη και ανάμεσα σε ψηλά κτίρια και κάτω από δέντρα. Μετά από κάθε τρέξιμο, η εφαρμογή Pacevia Προπονητής προτείνει την επόμενη προπόνησή σας και σας λέει πόση ώρα να ξεκουραστείτε.",
        "Οθόνη: έγχρωμη 1.3 ιντσών, πάντα ενεργή",
        "Αυτονομία μπαταρίας: έως 14 ημέρες σε λειτουργία έξυπνου ρολογιού, 20 ώρες με GPS",
        "Αντοχή στο νερό: 5 ATM (κατάλληλο για κολύμβηση και καταδύσεις)",
        "Βάρος: 42 g μαζί με το λουράκι",
        "Αισθητήρες: οπτικός αισθητήρας καρδιακών παλμών, βαρομετρικό υψόμετρο, πυξίδα, θερμόμετρο",
        "Εμφανίζει ειδοποιήσεις από το τηλέφωνό σας, αλλά δεν χρειάζεται να απαντάτε σε μηνύματα από το ρολόι",
        "Οι μετρήσεις καρδιακών παλμών προορίζονται μόνο για σκοπούς άθλησης και όχι για ιατρική χρήση μη φορτίζετε το ρολόι όταν είναι βρεγμένο.",
        "Περιεχόμενα συσκευασίας: ρολόι, λουράκι σιλικόνης, μαγνητικό καλώδιο φόρτισης και οδηγός γρήγορης εκκίνησης",
        "Τώρα €249.90 αντί για 279,90 € – δωρεάν επιστροφή εντός 30 ημερών.",
    ],
    beads=None,
    artefacts=[
        ("name", "target", 2, "Προπονητής", "app name 'Pacevia Coach' half translated"),
        ("typography", "target", 3, "1.3", "English decimal point in Greek ('1,3 ιντσών')"),
        ("number", "target", 4, "20 ώρες", "GPS battery life 30 hours became 20"),
        ("mistranslation", "target", 5, "και καταδύσεις", "negation lost: 'not for diving' became 'and diving'"),
        ("mistranslation", "target", 8, "δεν χρειάζεται", "modal changed: 'you cannot reply' became 'you need not reply' (δεν μπορείτε)"),
        ("sentence_boundary", "target", 9, "χρήση μη", "full stop lost between the two sentences (run-on)"),
        ("typography", "target", 11, "€249.90", "English price format kept (sign before, decimal point); the same line writes '279,90 €'"),
    ],
    clean=[0, 1, 6, 7, 10],
))

# 6 ------------------------------------------------------------------ en -> fr
PAGES.append(dict(
    folder="marvela-paddle-board", src="en", tgt="fr",
    source=[
        "Marvela Glide 320 Inflatable Stand-Up Paddle Board",
        "Stable, light and ready to go in ten minutes",
        "At 320 cm long and 84 cm wide, the Glide is stable enough for beginners and fast enough for longer tours on lakes and calm coastal waters. Its double-layer drop-stitch construction makes it as stiff as a hard board, yet it rolls up into a backpack you can take on the train.",
        "Dimensions: 320 × 84 × 15 cm",
        "Weight: 9.8 kg; maximum load: 130 kg",
        "Recommended pressure: 15 PSI (1 bar)",
        "Removable centre fin with tool-free US box",
        "Four stainless steel D-rings to attach a kayak seat or a dry bag",
        "Always wear a leash and a buoyancy aid, and check the weather and wind forecast before you go out. Never paddle in offshore winds.",
        "Rinse the board with fresh water after use in the sea and let it dry in the shade before rolling it up.",
        "In the box: board, 3-piece aluminium paddle, dual-action pump, leash, backpack and repair kit",
        "2-year warranty – free delivery in metropolitan France on orders over €150.",
    ],
    target=[
        "Planche de stand-up paddle gonflable Marvela Glide 320",
        "Stable, légère et prête à naviguer en dix minutes",
        "Avec 320 cm de long et 84 cm de large, la Glide est assez stable pour les débutants et assez rapide pour de longues balades sur les lacs et les eaux côtières calmes. Sa construction double couche en drop stitch la rend aussi rigide qu’une planche classique. et pourtant elle se range roulée dans un sac à dos que vous pouvez emporter dans le train.",
        "Dimensions¤: 320 × 84 × 15 cm",
        "Poids¤: 9,8 kg§; charge maximale¤: 150 kg",
        "Pression recommandée¤: 15 PSI (1 bar)",
        "Aileron central amovible, boîtier US à montage sans outil",
        "Quatre anneaux en D en acier inoxydable pour fixer un siège de kayak ou un sac sec",
        "Portez toujours un leash et une aide à la flottabilité, et consultez la météo et les prévisions de vent avant de partir. Ne pagayez jamais par vent du large.",
        "Rincez la planche à l’eau douce après une utilisation en mer et laissez-la sécher à l'ombre avant de la rouler.",
        "Contenu¤: planche, pagaie en aluminium 3 pièces, pompe double action, leash, sac à dos et repair kit",
        "Chaque planche est contrôlée à la main dans notre atelier de Bretagne avant son expédition.",
        "Garantie 2 ans – livraison offerte en France métropolitaine dès 150€ d’achat.",
    ],
    beads=[([i], [i]) for i in range(11)] + [([], [11]), ([11], [12])],
    artefacts=[
        ("sentence_boundary", "target", 2, "classique. et", "full stop inside the sentence; 'et pourtant' starts lower-case after it"),
        ("number", "target", 4, "150 kg", "maximum load 130 kg became 150 kg"),
        ("mistranslation", "target", 7, "sac sec", "'dry bag' rendered word by word; the term is 'sac étanche'"),
        ("mistranslation", "target", 8, "vent du large", "meaning reversed: 'offshore wind' is 'vent de terre'; 'vent du large' blows from the sea"),
        ("typography", "target", 9, "l'ombre", "straight apostrophe; the page writes ’ everywhere else"),
        ("untranslated", "target", 10, "repair kit", "'repair kit' left in English (kit de réparation)"),
        ("addition", "target", 11, "Chaque planche est contrôlée à la main dans notre atelier de Bretagne avant son expédition.", "whole line (hand inspection in a Breton workshop) not in the source"),
        ("typography", "target", 12, "150€", "no U+202F between the amount and '€'"),
    ],
    clean=[0, 1, 3, 5, 6],
))

# 7 ------------------------------------------------------------------ en -> nl
PAGES.append(dict(
    folder="voltigo-power-station", src="en", tgt="nl",
    source=[
        "Voltigo Trek 1000 Portable Power Station",
        "Quiet, clean power for camping, campervans and power cuts",
        "The Trek 1000 stores 1,024 Wh in a long-life LiFePO4 battery and can run a fridge, a laptop and lights at the same time, without the noise and fumes of a generator. It charges from 0 to 80% in 50 minutes from a wall socket, or from the sun with up to 400 W of solar panels.",
        "Capacity: 1,024 Wh (LiFePO4, 3,000 cycles to 80%)",
        "AC output: 1,500 W continuous, 3,000 W peak",
        "Outputs: 3 AC sockets, 2 USB-C (100 W), 2 USB-A, 1 car socket",
        "Weight: 11.4 kg; dimensions: 34 × 24 × 25 cm",
        "Works as a UPS: switches over in less than 20 ms if the mains power fails",
        "Store the power station at 60% charge and top it up every three months. Do not expose it to rain or leave it in a closed car in the sun.",
        "Solar panels are sold separately; compatible panels must have an open-circuit voltage of 12–60 V.",
        "In the box: power station, AC charging cable, car charging cable and user manual",
        "5-year warranty – order before 10 p.m. and it arrives tomorrow.",
    ],
    target=[
        "Draagbare powerstation Voltigo Trek 1000",
        "Stille, schone stroom voor kamperen, de camper en stroomstoringen",
        "De Tocht 1000 slaat 1.024 Wh op in een LiFePO4-accu met een lange levensduur en kan tegelijk een koelkast, een laptop en verlichting van stroom voorzien, zonder het lawaai en de uitlaatgassen van een aggregaat. Hij laadt in 50 minuten op van 0 tot 80% via het stopcontact, of met zonne-energie via zonnepanelen tot 400 W.",
        "Capaciteit: 1.024 Wh (LiFePO4, 3.000 cycli tot 80%)",
        "AC-uitgang: 1,500 W continu, 3.000 W piek",
        "Uitgangen: 3 stopcontacten, 2 USB-C (60 W), 2 USB-A, 1 autoaansluiting",
        "Gewicht: 11,4 kg; afmetingen: 34 × 24 × 25 cm",
        "Werkt als UPS: schakelt in meer dan 20 ms over als de netstroom uitvalt",
        "Bewaar de powerstation op een koele, droge plaats met 60% lading en laad hem elke drie maanden bij. Stel hem niet bloot aan regen en laat hem niet in een afgesloten auto in de zon staan.",
        "Zonnepanelen worden apart verkocht; compatibele panelen moeten een open-circuit voltage van 12–60 V hebben.",
        "In de doos: powerstation, AC-laadkabel, autolaadkabel en en gebruikershandleiding",
        "5 jaar garantie – voor 22.00 uur besteld, morgen in huis.",
    ],
    beads=None,
    artefacts=[
        ("name", "target", 2, "Tocht", "product name 'Trek 1000' translated (the title keeps it)"),
        ("typography", "target", 4, "1,500", "English thousands separator in Dutch, read as 1,5 W ('1.500 W')"),
        ("number", "target", 5, "60 W", "USB-C output 100 W became 60 W"),
        ("mistranslation", "target", 7, "meer dan", "meaning reversed: 'less than 20 ms' became 'more than 20 ms'"),
        ("addition", "target", 8, "op een koele, droge plaats", "'in a cool, dry place' is not in the source"),
        ("untranslated", "target", 9, "open-circuit voltage", "'open-circuit voltage' left in English (nullastspanning)"),
        ("repetition", "target", 10, "en en", "doubled word"),
    ],
    clean=[0, 1, 3, 6, 11],
))

# 8 ------------------------------------------------------------------ de -> en
PAGES.append(dict(
    folder="firnlicht-down-sleeping-bag", src="de", tgt="en",
    source=[
        "Firnlicht Alpin 900 Daunenschlafsack",
        "Warm durch die kälteste Nacht am Berg",
        "Der Alpin 900 ist mit 900 g Entendaune (90/10, 750 cuin) gefüllt und hält Sie auch bei Temperaturen weit unter dem Gefrierpunkt warm. Im Brustbereich sind die Kammern besonders hoch, damit sich die Daune dort voll aufbauschen kann, und ein Wärmekragen verhindert, dass warme Luft an den Schultern entweicht.",
        "Komforttemperatur: −9 °C",
        "Limittemperatur: −16 °C",
        "Extremtemperatur: −35 °C",
        "Gewicht: 1.450 g (Größe L, für Personen bis 1,95 m)",
        "Packmaß: 24 × 38 cm, Kompressionssack inklusive",
        "Außenmaterial: 20D-Ripstop-Nylon, wasserabweisend und PFC-frei",
        "Den Schlafsack nicht komprimiert lagern, sondern locker im mitgelieferten Baumwollbeutel. Bei 30 °C mit Daunenwaschmittel waschen und anschließend mit Tennisbällen im Trockner trocknen.",
        "Die Extremtemperatur ist ein reiner Überlebenswert: Bei dieser Temperatur droht Unterkühlung, sie ist kein Richtwert für eine erholsame Nacht.",
        "Lebenslange Garantie auf Reißverschlüsse und Nähte – jetzt den Alpin 900 bestellen, versandkostenfrei ab 50 €.",
    ],
    target=[
        "Firnlicht Alpin 900 Down Sleeping Bag",
        "Warm through the coldest night on the mountain",
        "The Alpin 900 is filled with 900 g of goose down (90/10, 750 cuin) and keeps you warm even at temperatures well below freezing. The baffles are extra high in the chest area so that the down can loft fully there, and a draught collar stops warm air escaping at the shoulders.",
        "Comfort temperature: −9 °C",
        "Limit temperature: −16 °C",
        "Extreme temperature: −25 °C",
        "Weight: 1.450 g (size L, for people up to 1.95 m tall)",
        "Packed size: 24 × 38 cm, Kompressionssack included",
        "Outer fabric: 20D ripstop nylon, water-repellent and PFC-free",
        "Store the sleeping bag compressed rather than loose in the cotton bag provided. Wash at 30 °C with down detergent, then tumble dry with tennis balls.",
        "Lifetime warranty on zips and seams – order the Alpine 900 now, with free shipping on orders over €50.",
    ],
    beads=[([i], [i]) for i in range(10)] + [([10], []), ([11], [10])],
    artefacts=[
        ("mistranslation", "target", 2, "goose down", "'Entendaune' is duck down, not goose down (wrong word)"),
        ("number", "target", 5, "−25 °C", "extreme temperature −35 °C became −25 °C"),
        ("typography", "target", 6, "1.450", "German thousands separator kept in English ('1,450 g'), read as 1.45 g"),
        ("untranslated", "target", 7, "Kompressionssack", "'Kompressionssack' left in German (compression sack)"),
        ("mistranslation", "target", 9, "compressed rather than loose", "meaning reversed: store it loose, NOT compressed"),
        ("omission", "source", 10, "Die Extremtemperatur ist ein reiner Überlebenswert: Bei dieser Temperatur droht Unterkühlung, sie ist kein Richtwert für eine erholsame Nacht.", "the warning line on the extreme temperature has no counterpart in the translation"),
        ("name", "target", 10, "Alpine 900", "model name 'Alpin 900' anglicised (the title and paragraph 2 keep it)"),
    ],
    clean=[0, 1, 3, 4, 8],
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
