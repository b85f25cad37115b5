#!/usr/bin/env python3
"""Build blind set 27 (product pages). Standard library only.

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

# 1 ------------------------------------------------------------------ en -> fr
PAGES.append(dict(
    folder="voltara-ebike-battery", src="en", tgt="fr",
    source=[
        "Voltara PowerCell 500 E-Bike Battery",
        "Ride Further on a Single Charge",
        "The PowerCell 500 is a replacement frame battery for most 36 V mid-drive and hub-motor e-bikes. Its cells are matched and tested in our own workshop, so you get up to 110 km of assisted riding from one charge.",
        "Capacity: 13.9 Ah / 500 Wh",
        "Nominal voltage: 36 V",
        "Weight: 2.9 kg",
        "Dimensions: 367 &times; 95 &times; 88 mm",
        "SafeLock&trade; mount clicks into place and locks with the supplied key",
        "Five-LED charge indicator shows the remaining capacity at a glance",
        "Charge between 0 and 40 &deg;C and store the battery half-charged if you will not ride for several weeks. Never open the casing or use a damaged charger.",
        "In the box: battery, 2 keys, 4 A fast charger &amp; mounting rail",
        "2-year warranty or 800 full charge cycles, whichever comes first",
        "Get back on the road &ndash; order your PowerCell 500 today!",
    ],
    target=[
        "Batterie de vélo électrique Voltara PowerCell 500",
        "ROULEZ PLUS LOIN AVEC UNE SEULE CHARGE",
        "La PowerCell 500 est une batterie de cadre de remplacement pour la plupart des vélos électriques 36 V à moteur pédalier ou à moteur dans le moyeu. Ses cellules sont appairées et testées dans notre propre atelier¤: vous parcourez ainsi jusqu’à 110 miles avec assistance sur une seule charge.",
        "Capacité¤: 13,9 Ah / 500 Wh",
        "Tension nominale¤: 36 V",
        "Poids¤: 2.9 kg",
        "Dimensions¤: 367 &times; 95 &times; 88 mm",
        "La fixation SafeLock&trade; s’enclenche et se verrouille avecla clé fournie",
        "L’indicateur de charge à cinq LED affiche la capacité restante at a glance",
        "Chargez entre 0 et 40 &deg;C, et stockez la batterie à moitié chargée si vous ne roulez pas pendant plusieurs semaines. N’ouvrez jamais le tubage et n’utilisez jamais un chargeur endommagé.",
        "Contenu¤: batterie, 2 clés, chargeur rapide 4 A &amp§; rail de fixation",
        "Garantie 2 ans ou 800 cycles de de charge complets, selon ce qui survient en premier",
        "Reprenez la route &ndash; commandez votre PowerCell 500 dès aujourd’hui§!",
    ],
    beads=None,
    artefacts=[
        ("number", "target", 2, "110 miles", "'110 km' kept as a figure but given in miles"),
        ("typography", "target", 5, "2.9", "English decimal point in French ('2,9 kg'; the line above writes '13,9')"),
        ("spelling", "target", 7, "avecla", "words run together ('avec la')"),
        ("untranslated", "target", 8, "at a glance", "'at a glance' left in English (en un coup d’œil)"),
        ("punctuation", "target", 9, "&deg;C, et", "comma added before 'et' joining two imperatives; the source has none"),
        ("mistranslation", "target", 9, "tubage", "'casing' (the battery housing) rendered as well/pipe casing (boîtier)"),
        ("markup", "target", 10, "&amp§;", "French spacing inserted inside the reference '&amp;'"),
        ("repetition", "target", 11, "de de", "doubled word"),
    ],
    clean=[0, 1, 3, 4, 6, 12],
))

# 2 ------------------------------------------------------------------ en -> de
PAGES.append(dict(
    folder="aquarion-canister-filter", src="en", tgt="de",
    source=[
        "Aquarion FlowMax 600 External Canister Filter",
        "Crystal-Clear Water, Whisper-Quiet",
        "Designed for freshwater and marine tanks from 150 to 600 litres, the FlowMax 600 moves water through three filter baskets for mechanical, biological and chemical cleaning.",
        "Flow rate: 1,250 l/h",
        "Power consumption: 15 W",
        "Head height: 1.8 m",
        "Noise level: below 30 dB(A)",
        "QuickPrime&reg; button starts the siphon without sucking on the hose",
        "Double-tap shut-off valves let you disconnect the hoses without spilling a drop",
        "Media included: 2 coarse sponges, 1 fine pad, 1.2 L ceramic rings &amp; 500 ml activated carbon",
        "Unplug the filter before any maintenance. Rinse the sponges in tank water, not tap water, so the beneficial bacteria survive.",
        "3-year warranty on the motor head",
        "Give your fish the water they deserve &ndash; order now.",
    ],
    target=[
        "Aquarion FlowMax 600 Außenfilter",
        "Kristallklares Wasser, flüsterleise",
        "Der FlowMax 600 wurde für Süß- und Meerwasseraquarien von 150 bis 600 Litern entwickelt und leitet das Wasser durch drei Filterkörbe zur mechanischen, biologischen und chemischen reinigung.",
        "Durchflussleistung: 1,250 l/h",
        "Leistungsaufnahme: 15 W",
        "Kopfhöhe: 1,8 m",
        "Geräuschpegel: unter 30 dB(A)",
        "Die QuickPrime&reg;-Taste startet den Ansaugvorgang, ohne am Schlauch saugen zu müssen",
        "Mitgelieferte Filtermedien: 2 grobe Schwämme, 1 feines Vlies, 1,2 l Keramikringe & amp; 50 ml Aktivkohle",
        "Ziehen Sie vor jeder Wartung den Netzstecker. Spülen Sie die Schwämme in Aquarienwasser, nicht in Leitungswasser aus damit die nützlichen Bakterien überleben.",
        "3 Jahre Garantie auf den motor head",
        "Gönnen Sie Ihren Fischen das Wasser, das sie verdienen &ndash; jetzt bestellen.",
    ],
    beads=[([i], [i]) for i in range(8)] + [([8], [])] + [([i], [i - 1]) for i in range(9, 13)],
    artefacts=[
        ("spelling", "target", 2, "reinigung", "German noun written in lower case ('Reinigung')"),
        ("typography", "target", 3, "1,250", "English thousands comma kept; in German it reads as 1.25 ('1.250 l/h')"),
        ("mistranslation", "target", 5, "Kopfhöhe", "pump 'head height' (delivery head, Förderhöhe) rendered as the height of a person's head"),
        ("omission", "source", 8, "Double-tap shut-off valves let you disconnect the hoses without spilling a drop", "shut-off valve bullet has no counterpart in the translation"),
        ("markup", "target", 8, "& amp;", "space inserted inside the reference '&amp;'"),
        ("number", "target", 8, "50 ml", "'500 ml activated carbon' became 50 ml"),
        ("punctuation", "target", 9, "aus damit", "comma missing before the subordinate clause 'damit …'"),
        ("untranslated", "target", 10, "motor head", "'motor head' left in English (Motorkopf)"),
    ],
    clean=[0, 1, 4, 6, 7, 11],
))

# 3 ------------------------------------------------------------------ en -> es
PAGES.append(dict(
    folder="nidora-baby-monitor", src="en", tgt="es",
    source=[
        "Nidora Calma 2 Video Baby Monitor",
        "Peace of Mind, Day and Night",
        "The Calma 2 pairs a 5-inch parent unit with a pan-and-tilt camera, so you can check on your baby from any room without Wi-Fi or an app. The signal is encrypted end to end and never leaves your home.",
        "Screen: 5\" IPS display, 720p",
        "Range: up to 300 m outdoors, 50 m indoors",
        "Battery life (parent unit): up to 12 hours with the screen on (2,600 mAh)",
        "Night vision with infrared LEDs, invisible to your baby",
        "Two-way talk and five built-in lullabies",
        "Room temperature sensor alerts you if the nursery drops below 16 &deg;C or rises above 24 &deg;C",
        "Keep the camera and its cable at least 1 m away from the cot. Do not place the camera inside the cot.",
        "In the box: camera, parent unit, 2 power adapters, wall mount &amp; screws",
        "2-year warranty &ndash; free returns within 30 days",
        "Sleep better tonight: order your Calma 2.",
    ],
    target=[
        "Vigilabebés con vídeo Nidora Calma 2",
        "Tranquilidad, de día y de noche",
        "El Calma 2 combina una unidad para padres de 5 pulgadas con una cámara motorizada para que puedas vigilar a tu bebé desde cualquier habitación sin Wi-Fi ni aplicación. La señal está cifrada de extremo a extremo y nunca sale de tu casa.",
        "Pantalla: IPS de 5\", 720p",
        "Alcance: hasta 300 m outdoors, 50 m en interiores",
        "Autonomía (unidad para padres): hasta 12 horas con la pantalla encendida (2,600 mAh)",
        "Visión nocturna con LED Infrarrojos, invisible para tu bebé",
        "Intercomunicador bidireccional y cinco nanas integradas",
        "El sensor de temperatura ambiente te avisa si la habitación del bebé baja de 16 &deg;C o supera los 24 &deg;F",
        "Mantén la cámara y su cable a 1 m como mínimo del catre. No coloques la cámara dentro de la cuna.",
        "En la caja: cámara, unidad para padres, 2 adaptadores de corriente, soporte de pared &am; tornillos",
        "Garantía de 2 años &ndash; devoluciones gratuitas en un plazo de 30 días",
        "Duerme mejor esta noche: pide tu Calma 2.",
    ],
    beads=None,
    artefacts=[
        ("punctuation", "target", 2, "motorizada para", "comma dropped before the purpose clause (source: 'camera, so you')"),
        ("untranslated", "target", 4, "outdoors", "'outdoors' left in English (en exteriores)"),
        ("typography", "target", 5, "2,600", "English thousands comma; in Spanish it reads as 2.6 ('2600 mAh')"),
        ("spelling", "target", 6, "Infrarrojos", "capital not motivated by the source mid-line"),
        ("number", "target", 8, "24 &deg;F", "'24 °C' became degrees Fahrenheit without conversion"),
        ("mistranslation", "target", 9, "catre", "British 'cot' (baby bed, cuna) rendered in the American sense of a camp bed"),
        ("markup", "target", 10, "&am;", "'&amp;' lost a letter"),
    ],
    clean=[0, 1, 3, 7, 11, 12],
))

# 4 ------------------------------------------------------------------ en -> it
PAGES.append(dict(
    folder="torrino-espresso-grinder", src="en", tgt="it",
    source=[
        "Torrino Fina 64 Espresso Grinder",
        "The Perfect Grind for Every Shot",
        "64 mm flat steel burrs for a uniform grind",
        "Stepless adjustment from Turkish coffee to French press",
        "Grind-by-time display, accurate to 0.1 seconds",
        "Anti-static chute keeps the counter clean",
        "Bean hopper: 250 g",
        "Motor: 350 W, 1,400 rpm",
        "Dimensions: 13 &times; 24 &times; 38 cm; weight: 5.2 kg",
        "Dial in your espresso in minutes: turn the collar a fraction of a step, pull a shot and taste. Low retention means that what you grind is what lands in the portafilter.",
        "Brush the burrs weekly. Never wash them with water.",
        "In the box: grinder, dosing cup, cleaning brush",
        "2-year warranty &ndash; extendable to 5 years when you register online.",
        "Taste the difference &ndash; order today.",
    ],
    target=[
        "Macinacaffè per espresso Torrino Fina 64",
        "La macinatura perfetta per ogni estrazione",
        "Macine piatte in acciaio da 64 mm per una macinatura uniforme",
        "Regolazione continua dal caffè Turco alla caffettiera a pistone",
        "Display per la macinatura a tempo, preciso al decimo di secondo",
        "Lo scivolo antistatico mantiene pulito il contatore",
        "Contenitore chicchi: 250 g",
        "Motore: 350 W, 1.400 giri/min",
        "Dimensioni: 13 &times; 24 &times 38 cm; peso: 5.2 kg",
        "Regola il tuo espresso in pochi minuti: ruota la ghiera di una frazione di scatto, estrai un caffè e assaggia. La bassa ritenzione fa sì che ciò che macini sia ciò che finisce nel portafilter.",
        "Spazzola le mole ogni settimana. Non lavarle mai con acqua.",
        "Nella confezione: macinacaffè, bicchierino dosatore, spazzolino per la pulizia e 250 g di caffè in omaggio",
        "Garanzia di 2 anni &ndash; estendibile a 3 anni se registri il prodotto online. Assapora la differenza &ndash; ordina oggi.",
    ],
    beads=[([i], [i]) for i in range(12)] + [([12, 13], [12])],
    artefacts=[
        ("spelling", "target", 3, "Turco", "nationality adjective capitalised; Italian writes 'turco'"),
        ("mistranslation", "target", 5, "contatore", "kitchen 'counter' (worktop, piano di lavoro) rendered as a meter/counting device"),
        ("markup", "target", 8, "&times 38", "second '&times;' lost its semicolon"),
        ("typography", "target", 8, "5.2", "English decimal point in Italian ('5,2 kg')"),
        ("untranslated", "target", 9, "portafilter", "'portafilter' left in English (portafiltro)"),
        ("consistency", "target", 10, "mole", "'burrs' rendered 'macine' in the features, 'mole' here"),
        ("addition", "target", 11, "e 250 g di caffè in omaggio", "free coffee not in the source"),
        ("number", "target", 12, "3 anni", "warranty 'extendable to 5 years' became 3"),
    ],
    clean=[0, 1, 2, 4, 6, 7],
))

# 5 ------------------------------------------------------------------ en -> sv
PAGES.append(dict(
    folder="bergfast-climbing-harness", src="en", tgt="sv",
    source=[
        "Bergfast Aria Climbing Harness",
        "Light on the Rock, Comfortable All Day",
        "Built for sport climbing and the gym, the Aria spreads the load across wide, ventilated waist and leg loops. At just 340 g it is one of the lightest fully adjustable harnesses in its class.",
        "Four gear loops, with rigid front loops for easy clipping",
        "Speed-adjust buckles on waist belt and leg loops",
        "Reinforced belay loop with wear indicator",
        "Rear haul loop for a second rope",
        "Sizes: XS&ndash;XL (waist 62&ndash;102 cm)",
        "Strength: belay loop 15 kN",
        "Certified to EN 12277 and UIAA 105",
        "Inspect the harness before every climb. Retire it immediately after a serious fall, or after 5 years of regular use, even if it shows no damage.",
        "Keep away from acids, solvents and sharp edges. Wash by hand in lukewarm water (max. 30 &deg;C) and dry it away from direct sunlight.",
        "3-year warranty against manufacturing defects",
        "Climb further &ndash; find your size now.",
    ],
    target=[
        "Bergfast Aria klättersele",
        "Lätt på klippan, bekväm hela dagen",
        "Aria är byggd för sportklättring och klätterhallen och fördelar belastningen över breda, ventilerade höft- och benöglor. Med bara 340 g, är den en av de lättaste helt justerbara selarna i sin klass.",
        "Fyra materialöglor, med styva främre öglor för enkel inklippning",
        "Snabbjusterbara spännen på höftbältetoch benöglorna",
        "Förstärkt säkringsögla med slitageindikator",
        "Bakre haul loop för ett andra rep",
        "Storlekar: XS&ndash;XL (midja 62&ndash102 cm)",
        "Hållfasthet: säkringsögla 15 kg",
        "Certifierad enligt EN 12277 och UIAA 105",
        "Inspektera selen före varje klättring. Pensionera den omedelbart efter ett allvarligt fall, eller efter 5 års regelbunden användning, även om den inte visar några skador.",
        "Håll den borta från syror, lösningsmedel och vassa kanter. Tvätta för hand i ljummet vatten (max. 30 &deg;C) och torka den den borta från direkt solljus.",
        "3 års garanti mot tillverkningsfel",
        "Klättra längre &ndash; hitta din storlek nu.",
    ],
    beads=None,
    artefacts=[
        ("punctuation", "target", 2, "340 g, är", "comma added after the fronted adverbial, against Swedish rules (source has none)"),
        ("spelling", "target", 4, "höftbältetoch", "words run together ('höftbältet och')"),
        ("untranslated", "target", 6, "haul loop", "'haul loop' left in English (släpögla)"),
        ("markup", "target", 7, "&ndash102", "second '&ndash;' lost its semicolon"),
        ("number", "target", 8, "15 kg", "'15 kN' (kilonewtons) became kilograms"),
        ("mistranslation", "target", 10, "Pensionera", "'retire' (take out of use, kassera) rendered in the sense of a person retiring"),
        ("repetition", "target", 11, "den den", "doubled word"),
    ],
    clean=[0, 1, 3, 5, 9, 12, 13],
))

# 6 ------------------------------------------------------------------ en -> pl
PAGES.append(dict(
    folder="murava-robot-lawnmower", src="en", tgt="pl",
    source=[
        "Murava R800 Robot Lawnmower",
        "A Perfect Lawn Without Lifting a Finger",
        "The R800 mows lawns of up to 800 m² on its own, rain or shine. It cuts a little every day, and the fine clippings fall back into the grass as natural fertiliser. When the battery runs low, it drives back to its charging station by itself.",
        "Cutting width: 22 cm",
        "Cutting height: 20&ndash;60 mm, adjustable in 6 steps",
        "Maximum slope: 35%",
        "Battery: 20 V, 2.5 Ah lithium-ion",
        "Noise level: 58 dB(A)",
        "Set mowing times, zones and rain delay in the Murava Home app over Bluetooth&reg; or Wi-Fi.",
        "Lift and tilt sensors stop the blades within a second if the mower is picked up.",
        "Never let children ride on or play with the mower. Remove stones, toys and fallen branches before the first run.",
        "In the box: mower, charging station, 150 m boundary wire, 200 pegs &amp; 9 spare blades",
        "3-year warranty &ndash; 5 years on the motor",
        "Reclaim your weekends &ndash; order your R800 today.",
    ],
    target=[
        "Robot koszący Murava R800",
        "Idealny trawnik bez kiwnięcia palcem",
        "R800 samodzielnie kosi trawniki o powierzchni do 8000 m², niezależnie od pogody. Codziennie przycina trawę po trochu, a drobne ścinki opadają z powrotem na trawnik jako naturalny nawóz.",
        "Gdy akumulator jest prawie rozładowany robot sam wraca do swojej stacji ładującej.",
        "Szerokość koszenia: 22 cm",
        "Wysokość koszenia: 20&ndash;60 mm, regulacja 6-stopniowa",
        "Maksymalne nachylenie: 35%",
        "Akumulator litowo-jonowy: 20 V, 2.5 Ah",
        "Poziom hałasu: 58 dB(A)",
        "Ustaw godziny koszenia, strefy i rain delay w aplikacji Murava Home przez Bluetooth&reg; lub Wi-Fi.",
        "Czujniki windy i przechyłu zatrzymują noże w ciągu sekundy, jeśli kosiarka zostanie podniesiona.",
        "Nigdy nie pozwalaj dzieciom jeździć na kosiarce ani się nią bawić. Przed pierwszym uruchomieniem usuń kamienie i opadłe gałęzie.",
        "W zestawie: kosiarka, stacja ładująca, 150 m przewodu ograniczającego, 200 szpilek amp; 9 zapasowych noży",
        "3 lata gwarancji &ndash; 5 lat na silnik",
        "Odzyskaj swoje Weekendy &ndash; zamów R800 już dziś.",
    ],
    beads=[([0], [0]), ([1], [1]), ([2], [2, 3])] + [([i], [i + 1]) for i in range(3, 14)],
    artefacts=[
        ("number", "target", 2, "8000 m²", "lawn area '800 m²' became 8000"),
        ("punctuation", "target", 3, "rozładowany robot", "comma missing after the subordinate clause 'Gdy …'"),
        ("typography", "target", 7, "2.5", "English decimal point in Polish ('2,5 Ah')"),
        ("untranslated", "target", 9, "rain delay", "'rain delay' left in English (opóźnienie po deszczu)"),
        ("mistranslation", "target", 10, "windy", "'lift' (being lifted) rendered as 'lift' the elevator (czujniki podniesienia)"),
        ("omission", "source", 10, "toys", "'toys' dropped from the list of things to remove"),
        ("markup", "target", 12, "amp;", "'&amp;' lost its ampersand"),
        ("spelling", "target", 14, "Weekendy", "capital not motivated by the source mid-sentence"),
    ],
    clean=[0, 1, 4, 5, 6, 8, 13],
))

# 7 ------------------------------------------------------------------ en -> cs
PAGES.append(dict(
    folder="stehlo-sewing-machine", src="en", tgt="cs",
    source=[
        "Stehlo Atelier 40 Computerised Sewing Machine",
        "From First Stitch to Finished Quilt",
        "The Atelier 40 brings 120 built-in stitches, an automatic needle threader and a bright LED work light to your table. Whether you are hemming jeans or piecing a quilt, it feeds the fabric evenly at any speed.",
        "120 stitches, including 7 one-step buttonholes",
        "Maximum sewing speed: 850 stitches per minute",
        "Top drop-in bobbin with clear cover",
        "Speed slider and start/stop button for sewing without the foot pedal",
        "Weight: 6.8 kg",
        "Dimensions: 42 &times; 20 &times; 30 cm",
        "Always switch the machine off before changing the needle or presser foot. Use only the supplied foot pedal (model FC-40).",
        "In the box: 8 presser feet, 4 bobbins, needle set, seam ripper, dust cover &amp; foot pedal",
        "25-year warranty on the chassis, 2 years on electronics",
        "Start your next project &ndash; order the Atelier 40 today.",
    ],
    target=[
        "Počítačový šicí stroj Stehlo Atelier 40",
        "Od prvního stehu po hotovou prošívanou deku",
        "Atelier 40 přináší na váš stůl 120 vestavěných stehů, automatický navlékač jehly a jasné LED osvětlení. Ať už zkracujete džíny, nebo sešíváte prošívanou deku, krmí látku rovnoměrně při jakékoli rychlosti.",
        "120 stehů včetně 7 jednokrokových knoflíkových dírek",
        "Maximální rychlost šití: 850 stehů za minutu",
        "Horní vkládací cívka s průhlednýmkrytem",
        "Posuvník rychlosti a tlačítko start/stop pro šití bez nožního pedálu",
        "Hmotnost: 6.8 kg",
        "Rozměry: 42 &times; 20 &times; 30 cm",
        "Před výměnou jehly nebo přítlačné patky stroj vždy vždy vypněte. Používejte pouze dodaný nožní spínač (model FC-40).",
        "V balení: 8 přítlačných patek, 4 cívky, sada jehel, seam ripper, prachový kryt &amp; nožní pedál",
        "Záruka 2 roky na šasi, 2 roky na elektroniku",
        "Začněte svůj další projekt &ndas; objednejte si Atelier 40 ještě dnes.",
    ],
    beads=None,
    artefacts=[
        ("mistranslation", "target", 2, "krmí", "'feeds the fabric' (moves it under the needle, posouvá) rendered as feeding with food"),
        ("spelling", "target", 5, "průhlednýmkrytem", "words run together ('průhledným krytem')"),
        ("typography", "target", 7, "6.8", "English decimal point in Czech ('6,8 kg')"),
        ("repetition", "target", 9, "vždy vždy", "doubled word"),
        ("consistency", "target", 9, "nožní spínač", "'foot pedal' is 'nožní pedál' in the other lines"),
        ("untranslated", "target", 10, "seam ripper", "'seam ripper' left in English (páráček)"),
        ("number", "target", 11, "2 roky na šasi", "'25-year warranty on the chassis' became 2 years"),
        ("markup", "target", 12, "&ndas;", "'&ndash;' lost a letter"),
    ],
    clean=[0, 1, 3, 4, 6, 8],
))

# 8 ------------------------------------------------------------------ en -> pt-BR
PAGES.append(dict(
    folder="avisto-bird-feeder-camera", src="en", tgt="pt-BR",
    source=[
        "Avisto Perch HD Smart Bird Feeder with Camera",
        "Meet Your Garden Visitors",
        "The Perch HD snaps a photo or a 10-second clip every time a bird lands, and its AI identifies more than 6,000 species. You get a notification on your phone with the bird's name, so you never miss a rare guest.",
        "Camera: 2K video, 130&deg; wide-angle lens",
        "Seed capacity: 1.5 L (about 900 g of mixed seed)",
        "Solar roof panel keeps the 5,200 mAh battery charged",
        "Weatherproof to IP65",
        "Squirrel-resistant metal perch and seed tray",
        "Wi-Fi 2.4 GHz required; cloud storage free for 30 days",
        "Mount it on a pole, a wall or a tree branch 1.5&ndash;2 m above the ground, away from windows.",
        "Clean the seed tray every two weeks with warm water to keep the birds healthy.",
        "In the box: feeder, solar roof, USB-C cable, wall mount &amp; screws",
        "1-year warranty",
        "Bring nature closer &ndash; only R$1,299.00 with free shipping.",
    ],
    target=[
        "Comedouro inteligente para pássaros Avisto Perch HD com câmera",
        "Conheça os visitantes do seu jardim",
        "O Perch HD tira uma foto ou grava um clipe de 10 segundos toda vez que um pássaro pousa, e sua IA identifica mais de 6.000 espécies. Você recebe uma notificação no celular com o nome do pássaro, para nunca perder um visitante raro.",
        "Câmera: vídeo 2K, lente grande angular de 130&deg;",
        "Capacidade de sementes: 1,5 l (cerca de 90 g de mistura de sementes)",
        "O painel solar no teto mantém carregada a bateria de 5.200 mAh",
        "À prova de intempéries (IP65)",
        "Poleiro e Bandeja de sementes em metal resistentes a esquilos",
        "Requer Wi-Fi 2.4 GHz; armazenamento em nuvem grátis por 30 dias",
        "Instale em um poste, uma parede ou um galho de árvore a 1,5&ndash;2 m do chão longe de janelas.",
        "Limpe a seed tray a cada duas semanas com água morna para manter os pássaros saudáveis.",
        "Na caixa: comedouro, telhado solar, cabo USB-C, suporte de parede &amp;amp; parafusos",
        "Garantia de 1 ano e suporte técnico vitalício",
        "Traga a natureza para mais perto &ndash; apenas R$ 1.299,00 com frete grátis.",
    ],
    beads=None,
    artefacts=[
        ("number", "target", 4, "90 g", "'about 900 g' of seed became 90 g"),
        ("mistranslation", "target", 5, "teto", "'roof' of the feeder rendered as 'ceiling' (telhado, as line 11 has it)"),
        ("spelling", "target", 7, "Bandeja", "capital not motivated by the source mid-line"),
        ("typography", "target", 8, "2.4 GHz", "English decimal point in Brazilian Portuguese ('2,4 GHz')"),
        ("punctuation", "target", 9, "chão longe", "comma dropped before 'longe de janelas' (source: 'ground, away from')"),
        ("untranslated", "target", 10, "seed tray", "'seed tray' left in English (bandeja de sementes)"),
        ("markup", "target", 11, "&amp;amp;", "'&amp;' escaped twice"),
        ("addition", "target", 12, "e suporte técnico vitalício", "lifetime technical support not in the source"),
    ],
    clean=[0, 1, 2, 3, 6, 13],
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
