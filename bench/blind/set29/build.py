#!/usr/bin/env python3
"""Build blind set 29 (product pages). Standard library only.

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
    folder="arvesta-standing-desk", src="en", tgt="fr",
    source=[
        "Arvesta Lift Pro Electric Standing Desk",
        "Sit, stand and keep moving through your working day",
        "The Lift Pro raises your desktop from 62 to 127 cm in about 20 seconds, so you can switch between sitting and standing without interrupting your work. Its two quiet motors carry up to 120 kg, even with a dual monitor arm fitted.",
        "Desktop: 160 × 80 cm, 25 mm bamboo-faced panel",
        "Lifting speed: 38 mm per second",
        "Noise level: under 45 dB",
        "Memory keypad with four height presets and a USB-C charging port",
        "Anti-collision sensor stops and reverses the desk when it meets an obstacle",
        "Cable tray and cable spine included, so the cables stay hidden as the desk moves up and down",
        "Assembly takes about 30 minutes with two people. Do not sit or stand on the desktop, and keep children away from the frame while it is moving.",
        "Warranty: 10 years on the frame, 5 years on the motors and electronics",
        "Order before 2 p.m. and we ship the same day – free delivery on orders over €300.",
    ],
    target=[
        "Bureau assis-debout électrique Arvesta Lift Pro",
        "Assis, debout et en mouvement tout au long de votre journée de travail",
        "Le Lift Pro fait passer votre plateau de 62 à 127 cm en 20 secondes environ¤: vous vous levez ou vous vous asseyez sans interrompre votre travail. Ses deux moteurs silencieux supportent jusqu’à 120 kg, même avec un bras double écran installé.",
        "Plateau¤: 160 × 80 cm, panneau de 25 mm plaqué bambou",
        "Vitesse de levage¤: 38 mm par minute",
        "Niveau sonore: moins de 45 dB",
        "Clavier à mémoire avec quatre quatre hauteurs préenregistrées et port de charge USB-C",
        "Le capteur anticollision arrête et renverse le bureau lorsqu’il rencontre un obstacle",
        "Goulotte et cable spine fournies, pour que les câbles restent cachés quand le bureau monte ou descend",
        "Le montage prend environ 30 minutes à deux personnes. Ne vous asseyez pas et ne montez pas sur le dessus du bureau, et tenez les enfants à l’écart du piètement lorsqu’il est en mouvement.",
        "Garantie¤: 10 ans sur le piètement, 5 ans sur les moteurs et l’électronique, pièces et main-d’œuvre incluses",
        "Commandez avant 14 h, nous expédions le jour même – livraison offerte dès 300§€ d’achat.",
    ],
    beads=None,
    artefacts=[
        ("number", "target", 4, "38 mm par minute", "'38 mm per second' became per minute: the unit changed, the figure kept"),
        ("typography", "target", 5, "sonore:", "no U+00A0 before ':' (every other spec line has it)"),
        ("repetition", "target", 6, "quatre quatre", "doubled word"),
        ("mistranslation", "target", 7, "renverse le bureau", "'reverses' (moves back) rendered as 'knocks over' (fait remonter / inverse le mouvement)"),
        ("untranslated", "target", 8, "cable spine", "'cable spine' left in English (colonne passe-câbles)"),
        ("consistency", "target", 9, "dessus du bureau", "'desktop' is 'plateau' in lines 2 and 3, here 'dessus du bureau'"),
        ("addition", "target", 10, "pièces et main-d’œuvre incluses", "'parts and labour included' is not in the source"),
    ],
    clean=[0, 1, 2, 3, 11],
))

# 2 ------------------------------------------------------------------ en -> de
PAGES.append(dict(
    folder="klarwind-air-purifier", src="en", tgt="de",
    source=[
        "Klarwind AP-400 Air Purifier with HEPA 13 Filter",
        "Breathe easier at home",
        "The AP-400 cleans the air in rooms of up to 48 m² and removes 99.97% of particles as small as 0.3 microns, including pollen, dust and pet hair that can irritate the airways. Its laser sensor measures the air quality every second and adjusts the fan speed automatically.",
        "Clean air delivery rate (CADR): 400 m³/h",
        "Power consumption: 5–38 W (0.5 W in standby)",
        "Noise level: 22 dB in sleep mode",
        "Three-stage filtration: pre-filter, HEPA 13 filter and activated carbon",
        "Night mode dims the display and turns the fan down to its quietest setting",
        "Control it with the Klarwind Home app or by voice with Alexa and Google Assistant",
        "Replace the filter every 6 to 8 months or when the filter light turns red. The pre-filter can be vacuumed, but do not wash the HEPA filter.",
        "Dimensions: 26 × 26 × 52 cm, weight 4.8 kg",
        "2-year manufacturer's warranty – order today and feel the difference.",
    ],
    target=[
        "Klarwind AP-400 Luftreiniger mit HEPA-13-Filter",
        "Zu Hause endlich freier durchatmen",
        "Der AP-400 reinigt die Luft in Räumen bis 48 m² und entfernt 99,97 % der Partikel ab 0,3 Mikrometern, darunter Pollen, Staub und Tierhaare die die Atemwege reizen können. Sein Lasersensor misst die Luftqualität jede Sekunde und passt die fan speed automatisch an.",
        "Luftreinigungsleistung (CADR): 400 m³/h",
        "Leistungsaufnahme: 5–38 W (0,5 W im Standby)",
        "Geräuschpegel: 32 dB im Schlafmodus",
        "Dreistufige Filterung: Vorfilter, HEPA-13-Filter und Aktivkohle",
        "Der Nachtmodus dimmt das Display und stellt den Lüfter auf die lauteste Stufe",
        "Steuerung über die Klarwind Zuhause-App oder per Sprachbefehl mit Alexa und Google Assistant",
        "Wechseln Sie den Filter alle 6 bis 8 Monate oder sobald die Filteranzeige rot leuchtet. Der Vorfilter kann abgesaugt werden.",
        "Abmessungen: 26 × 26 × 52 cm, Gewicht 4.8 kg",
        "2 Jahre Herstellergarantie – jetzt bestellen und den unterschied spüren.",
    ],
    beads=None,
    artefacts=[
        ("punctuation", "target", 2, "Tierhaare die", "comma missing before the relative clause 'die die Atemwege …' (German requires it)"),
        ("untranslated", "target", 2, "fan speed", "'fan speed' left in English (Lüftergeschwindigkeit)"),
        ("number", "target", 5, "32 dB", "22 dB in sleep mode became 32 dB"),
        ("mistranslation", "target", 7, "lauteste Stufe", "meaning reversed: 'quietest setting' rendered as 'loudest setting'"),
        ("name", "target", 8, "Klarwind Zuhause", "app name 'Klarwind Home' translated"),
        ("omission", "source", 9, "but do not wash the HEPA filter", "the warning not to wash the HEPA filter is missing from the translation"),
        ("typography", "target", 10, "4.8", "English decimal point in German ('4,8 kg')"),
        ("spelling", "target", 11, "unterschied", "German noun in lower case ('Unterschied')"),
    ],
    clean=[0, 1, 3, 4, 6],
))

# 3 ------------------------------------------------------------------ en -> nl
PAGES.append(dict(
    folder="brasaro-pizza-oven", src="en", tgt="nl",
    source=[
        "Brasaro Forno 16 Gas Pizza Oven",
        "Restaurant-style pizza in your own back garden",
        "The Forno 16 reaches 500 °C in just 20 minutes and bakes a 16-inch Neapolitan pizza in 60 to 90 seconds. Its L-shaped burner spreads the flame across the back and side of the oven, so you only need to turn the pizza once.",
        "Cooking surface: 16.5 × 16.5 inch cordierite stone, 0.6 inch thick",
        "Fuel: propane or butane, 30 mbar regulator included",
        "Weight: 14.5 kg",
        "Built-in thermometer in the front of the oven",
        "Folding legs and a carry cover make it easy to take camping",
        "Use outdoors only, on a stable, non-flammable surface. Never leave the oven unattended while it is lit, and let it cool for at least an hour before you cover it.",
        "Clean the stone by running the oven at full power for 15 minutes; never use soap or water on the stone.",
        "In the box: oven, pizza stone, gas hose, regulator and carry cover",
        "3-year warranty – register your oven at brasaro.com within 30 days.",
    ],
    target=[
        "Brasaro Forno 16 pizzaoven op gas",
        "Pizza zoals in het restaurant, gewoon in je eigen tuin",
        "De Forno 16 bereikt in slechts 20 minuten een temperatuur van 500 °C en bakt een Napolitaanse pizza van 40 cm in 60 tot 90 seconden.",
        "De L-vormige brander verspreidt de vlam over de achter- en zijkant van de oven, zodat je de pizza maar één keer hoeft te draaien.",
        "Bakoppervlak: cordierietsteen van 42 × 42 cm, 1,5 mm dik",
        "Brandstof: propaan of butaan, drukregelaar van 30 mbar meegeleverd",
        "Gewicht: 14.5 kg",
        "Ingebouwde thermometer aan de voorkant vande oven",
        "Dankzij de inklapbare poten en de draaghoes neem je hem hem makkelijk mee op kampeervakantie",
        "Alleen buitenshuis gebruiken, op een stabiele, onbrandbare ondergrond. Laat de oven nooit onbeheerd achter terwijl hij verlicht is, en laat hem minstens een uur afkoelen voordat je hem afdekt.",
        "Reinig de steen door de oven 15 minuten op full power te laten branden; gebruik nooit zeep of water op de steen.",
        "In de doos: oven, pizzasteen, gasslang en draaghoes",
        "3 jaar garantie, verlengbaar tot 5 jaar – registreer je oven binnen 30 dagen op brasaro.com.",
    ],
    beads=[([0], [0]), ([1], [1]), ([2], [2, 3])] + [([i], [i + 1]) for i in range(3, 12)],
    artefacts=[
        ("number", "target", 4, "1,5 mm", "0.6 inch converted wrongly: 15 mm (1,5 cm), not 1,5 mm"),
        ("typography", "target", 6, "14.5", "English decimal point in Dutch ('14,5 kg')"),
        ("spelling", "target", 7, "vande", "words run together ('van de')"),
        ("repetition", "target", 8, "hem hem", "doubled word"),
        ("mistranslation", "target", 9, "verlicht", "'lit' (burning) rendered as 'illuminated' (aan / brandt)"),
        ("untranslated", "target", 10, "full power", "'full power' left in English (vol vermogen)"),
        ("omission", "source", 10, "regulator", "the regulator is missing from the list of box contents"),
        ("addition", "target", 12, "verlengbaar tot 5 jaar", "'extendable to 5 years' is not in the source"),
    ],
    clean=[0, 1, 2, 3, 5],
))

# 4 ------------------------------------------------------------------ en -> da
PAGES.append(dict(
    folder="skarven-shell-jacket", src="en", tgt="da",
    source=[
        "Skarven Ridgeline 3L Men's Shell Jacket",
        "Built for wind, rain and long days on the trail",
        "The Ridgeline 3L is a fully waterproof, breathable shell made from a three-layer recycled nylon fabric with a 20,000 mm water column. Taped seams and a helmet-compatible hood keep the weather out, while two pit zips let heat escape on steep climbs.",
        "Water column: 20,000 mm",
        "Breathability: 15,000 g/m²/24 h",
        "Weight: 410 g (size L)",
        "Two hand pockets sit above the hip belt, so you can reach them while wearing a backpack",
        "Adjustable cuffs with hook-and-loop tabs",
        "Wash at 30 °C with a technical detergent and tumble dry on low heat to reactivate the water-repellent finish. Do not use fabric softener.",
        "Fit: regular, with room for a fleece top underneath",
        "Free returns within 60 days – find your size in our size guide.",
    ],
    target=[
        "Skarven Ridgeline 3L skaljakke til herrer",
        "Bygget til blæst, regn og lange dage på stien",
        "Højderyg 3L er en helt vandtæt og åndbar skaljakke i et genanvendt trelagsnylon med en vandsøjle på 20.000 mm. Tapede sømme og en hjelmkompatibel hætte holder vejret ude, mens to ventilationslynlåse under armene lukker varmen ud på stejle stigninger.",
        "Vandsøjle: 20,000 mm",
        "Åndbarhed: 15.000 g/m²/24 t",
        "Vægt: 410 g (str. L)",
        "To håndlommer sidder under hoftebæltet, så du kan nå dem, mens du bærer rygsæk",
        "Justerbare manchetter med hook-and-loop-lukning",
        "Vask ved 40 °C med et teknisk vaskemiddel og tørretumbl ved lav varme for at genaktivere den vandafvisende imprægnering. Brug ikke skyllemiddel.",
        "Pasform: normal, med plads til en fleece trøje under",
        "Bestil inden kl. 15, så sender vi pakken samme dag.",
        "Gratis returnering inden for 60 dage – find din størrelse i vores størrelsesguide",
    ],
    beads=[([i], [i]) for i in range(10)] + [([], [10]), ([10], [11])],
    artefacts=[
        ("name", "target", 2, "Højderyg 3L", "product name 'Ridgeline 3L' translated (the title keeps it)"),
        ("typography", "target", 3, "20,000", "English thousands separator in Danish ('20.000', as in line 2)"),
        ("mistranslation", "target", 6, "under hoftebæltet", "meaning reversed: pockets 'above' the hip belt became 'below' it"),
        ("untranslated", "target", 7, "hook-and-loop", "'hook-and-loop' left in English (burrebånd)"),
        ("number", "target", 8, "40 °C", "washing temperature 30 °C became 40 °C"),
        ("spelling", "target", 9, "fleece trøje", "compound written apart ('fleecetrøje')"),
        ("addition", "target", 10, "Bestil inden kl. 15, så sender vi pakken samme dag.", "whole line (same-day dispatch before 3 p.m.) not in the source"),
        ("punctuation", "target", 11, "størrelsesguide", "final full stop of the source sentence dropped"),
    ],
    clean=[0, 1, 4, 5],
))

# 5 ------------------------------------------------------------------ en -> pl
PAGES.append(dict(
    folder="torvik-cordless-drill", src="en", tgt="pl",
    source=[
        "Torvik DD18 Brushless Cordless Drill Driver, 18 V",
        "Power and control for every job",
        "The brushless motor of the DD18 delivers up to 65 Nm of torque and runs up to 30% longer per charge than a brushed motor. The compact head is only 172 mm long, so you can work between joists and inside cabinets.",
        "No-load speed: 0–450 / 0–1,800 rpm",
        "Chuck: 13 mm keyless, all-metal",
        "Torque settings: 21 + “drill” mode",
        "Weight: 1.4 kg with a 2.0 Ah battery",
        "LED work light turns on when you press the trigger and stays on for 10 seconds after you release it",
        "Compatible with all batteries of the Torvik 18V ONE system",
        "Always select the lowest torque setting when driving small screws into soft wood.",
        "In the box: drill driver, two 2.0 Ah batteries, 45-minute charger and carry case",
        "3-year warranty when you register your tool online.",
    ],
    target=[
        "Bezszczotkowa wkrętarka akumulatorowa Torvik DD18, 18 V",
        "Moc i kontrola przy każdej pracy",
        "Bezszczotkowy silnik DD18 zapewnia moment obrotowy do 65 Nm i na jednym ładowaniu pracuje nawet o 30% dłużej niż silnik szczotkowy, kompaktowa głowica ma tylko 172 mm długości, dzięki czemu możesz pracować między legarami i wewnątrz szafek.",
        "Prędkość bez obciążenia: 0–450 / 0–1,800 obr./min",
        "Uchwyt: 13 mm keyless, całkowicie metalowy",
        "Ustawienia momentu obrotowego: 21 + tryb „wiercenie”",
        "Waga: 1,4 kg z akumulatorem 2,0 Ah",
        "Oświetlenie LED włącza się po naciśnięciu spustu i świeci jeszcze przez 10 minut po jego zwolnieniu",
        "Kompatybilna ze wszystkimi akumulatorami systemu Torvik 18V JEDEN",
        "Przy wkręcaniu małych wkrętów w miękkie drewno zawsze ustawiaj najwyższy moment obrotowy.",
        "W zestawie: wiertarko-wkrętarka, dwa akumulatory 2,0 Ah, ładowarka 45-minutowa i walizka transportowa. 3 lata gwarancji po zarejestrowaniu narzędzia online.",
    ],
    beads=[([i], [i]) for i in range(10)] + [([10, 11], [10])],
    artefacts=[
        ("sentence_boundary", "target", 2, "szczotkowy, kompaktowa", "two source sentences joined by a comma (comma splice)"),
        ("typography", "target", 3, "1,800", "English thousands separator kept; in Polish it reads as 1.8 ('1800')"),
        ("untranslated", "target", 4, "keyless", "'keyless' left in English (samozaciskowy / bezkluczykowy)"),
        ("number", "target", 7, "10 minut", "'10 seconds' became 10 minutes"),
        ("name", "target", 8, "JEDEN", "system name 'ONE' translated"),
        ("mistranslation", "target", 9, "najwyższy", "meaning reversed: 'lowest torque setting' became 'highest'"),
        ("consistency", "target", 10, "wiertarko-wkrętarka", "'drill driver' is 'wkrętarka' in the title, here 'wiertarko-wkrętarka'"),
    ],
    clean=[0, 1, 5, 6],
))

# 6 ------------------------------------------------------------------ en -> ro
PAGES.append(dict(
    folder="dentara-sonic-toothbrush", src="en", tgt="ro",
    source=[
        "Dentara Sonic S7 Rechargeable Electric Toothbrush",
        "A Dentist-Clean Feeling, Every Day",
        "The Sonic S7 makes up to 40,000 brush strokes per minute and removes up to 7 times more plaque than a manual toothbrush. Its pressure sensor lights up red when you brush too hard, protecting your gums and enamel.",
        "Five cleaning modes, as labelled on the handle: Clean, White, Sensitive, Gum Care and Tongue",
        "Built-in 2-minute timer with a short pause every 30 seconds",
        "Battery life: up to 4 weeks on a full charge",
        "Charging time: 16 hours",
        "Travel case and USB-C charging stand included",
        "Replace the brush head every three months, or sooner if the bristles are splayed.",
        "Not suitable for children under 12 without adult supervision.",
        "2-year warranty, extended to 3 years when you register within 90 days",
        "Order now with the code “SMILE” and get a second brush head free!",
    ],
    target=[
        "Periuță de dinți electrică reîncărcabilă Dentara Sonic S7",
        "Senzația de Curățenie de la Dentist, în Fiecare Zi",
        "Sonic S7 efectuează până la 40.000 de lovituri de pensulă pe minut și îndepărtează de până la 7 ori mai multă placă bacteriană decât o periuță manuală. Senzorul de presiune se aprinde în roșu când periați prea tare, protejându-vă gingiile și smalțul.",
        "Cinci moduri de curățare, așa cum sunt marcate pe mâner: Clean, White, Sensitive, Gum Care și Tongue",
        "Temporizator integrat de 2 minute, cu o scurtă pauză la fiecare 30 de minute",
        "Autonomie: până la 4 săptămâni cu o încărcare completă",
        "Timp de încărcare: 16 ore",
        "Trusă de călătorie \u015fi suport de încărcare USB-C incluse",
        "Înlocuiți capul periuței la fiecare trei luni sau mai devreme, dacă bristles sunt răsfirate.",
        "Potrivită pentru copiii sub 12 ani fără supravegherea unui adult.",
        "Garanție de 2 ani, extinsă la 3 ani la la înregistrarea în termen de 90 de zile",
        "Comandați acum cu codul „SMILE” și primiți gratuit un al doilea cap de periuță!",
    ],
    beads=None,
    artefacts=[
        ("spelling", "target", 1, "Curățenie de la Dentist, în Fiecare Zi", "English title case kept; Romanian writes the tagline in sentence case"),
        ("mistranslation", "target", 2, "lovituri de pensulă", "'brush strokes' of a toothbrush rendered as a painter's brush strokes (mișcări)"),
        ("number", "target", 4, "30 de minute", "'every 30 seconds' became every 30 minutes"),
        ("typography", "target", 7, "\u015fi", "s with cedilla (U+015F) instead of the Romanian s with comma below (ș)"),
        ("untranslated", "target", 8, "bristles", "'bristles' left in English (firele / perii)"),
        ("mistranslation", "target", 9, "Potrivită pentru copiii", "negation lost: 'Not suitable' became 'Suitable'"),
        ("repetition", "target", 10, "la la", "doubled word"),
    ],
    clean=[0, 3, 5, 6, 11],
))

# 7 ------------------------------------------------------------------ de -> en
PAGES.append(dict(
    folder="gipfelwerk-trekking-backpack", src="de", tgt="en",
    source=[
        "Gipfelwerk Alpin 45+10 Trekkingrucksack",
        "Für Mehrtagestouren nach dem Motto „weniger ist mehr“",
        "Der Alpin 45+10 wiegt nur 1,35 kg und bietet mit seinem ausziehbaren Deckelfach bis zu 55 Liter Volumen. Das Rückensystem AirFrame hält den Rucksack auf Abstand zum Rücken, sodass Sie auch bei warmem Wetter kaum schwitzen.",
        "Volumen: 45 l + 10 l Erweiterung",
        "Gewicht: 1,35 kg",
        "Maße: 68 × 32 × 24 cm",
        "Material: 210D-Ripstop-Nylon, PFC-frei imprägniert",
        "Hüftgurt mit zwei Taschen, in die auch ein großes Smartphone passt",
        "Trinksystemkompatibel bis 3 Liter; die Trinkblase ist nicht im Lieferumfang enthalten",
        "Die Rückenlänge lässt sich stufenlos von 42 bis 52 cm verstellen – ideal, wenn sich mehrere Personen einen Rucksack teilen.",
        "Pflegehinweis: Nur von Hand mit lauwarmem Wasser reinigen, nicht in die Waschmaschine geben und nicht in der Sonne trocknen.",
        "5 Jahre Garantie – jetzt bestellen, versandkostenfrei ab 50 €.",
    ],
    target=[
        "Gipfelwerk Alpin 45+10 Trekking Backpack",
        "For multi-day treks in the spirit of „less is more“",
        "The Alpine 45+10 weighs just 1.35 kg and offers up to 55 litres of volume thanks to its extendable lid pocket. The AirFrame back system holds the pack away from your back, so you hardly sweat even in warm weather.",
        "Volume: 45 l + 10 l extension",
        "Weight: 1,35 kg",
        "Dimensions: 68 × 32 × 24 cm",
        "Material: 210D ripstop nylon with a PFC-free water-repellent finish",
        "Hüftgurt with two pockets that even fit a large smartphone",
        "Compatible with hydration systems up to 3 litres; the reservoir is included",
        "The back length adjusts continuously from 42 to 62 cm – ideal when several people share one backpack.",
        "Care instructions: Hand wash only in lukewarm water. do not put in the washing machine and do not dry in the sun.",
        "5-year warranty – order now, free shipping on orders from €50.",
    ],
    beads=None,
    artefacts=[
        ("typography", "target", 1, "„less is more“", "German quotation marks kept in English (“less is more”)"),
        ("name", "target", 2, "Alpine 45+10", "model name 'Alpin 45+10' anglicised (the title keeps it)"),
        ("typography", "target", 4, "1,35", "German decimal comma kept in English ('1.35 kg', as in line 2)"),
        ("untranslated", "target", 7, "Hüftgurt", "'Hüftgurt' left in German (hip belt)"),
        ("mistranslation", "target", 8, "the reservoir is included", "meaning reversed: the reservoir is 'not included'"),
        ("number", "target", 9, "62 cm", "back length range 42–52 cm became 42–62 cm"),
        ("sentence_boundary", "target", 10, "water. do not", "one source sentence cut in two by a full stop, the second part starting in lower case"),
    ],
    clean=[0, 3, 5, 6, 11],
))

# 8 ------------------------------------------------------------------ fr -> en
PAGES.append(dict(
    folder="cortel-cast-iron-casserole", src="fr", tgt="en",
    source=[
        "Cocotte ronde en fonte émaillée Cortel Héritage, 28 cm",
        "Fabriquée en Bourgogne depuis 1952",
        "Coulée à la main dans notre fonderie de Bourgogne, la cocotte Héritage répartit et conserve la chaleur de façon homogène. Son couvercle à picots fait retomber la vapeur sur les aliments, pour des viandes fondantes et des sauces onctueuses.",
        "Capacité¤: 6,7 litres, pour 6 à 8 personnes",
        "Diamètre¤: 28 cm – poids¤: 5,9 kg",
        "Compatible avec tous les feux, y compris l’induction, et au four jusqu’à 250 °C",
        "Émail intérieur noir mat, qui se patine avec le temps",
        "Larges poignées, faciles à saisir même avec des maniques",
        "Avant la première utilisation, lavez la cocotte à l’eau chaude savonneuse et séchez-la soigneusement.",
        "Évitez les chocs thermiques¤: ne plongez jamais une cocotte chaude dans l’eau froide.",
        "Passe au lave-vaisselle, mais nous recommandons un lavage à la main pour préserver l’éclat de l’émail.",
        "Garantie à vie sur la fonte et l’émail, pour un usage domestique",
        "Prix conseillé¤: 289§€ – livraison offerte dès 59§€ d’achat§!",
    ],
    target=[
        "Cortel Héritage Round Enamelled Cast-Iron Casserole, 28 cm",
        "Made in Burgundy since 1952",
        "Hand-cast in our Burgundy foundry, the Heritage casserole spreads and holds heat evenly. Its self-basting lid drips the steam back onto the food for melt-in-the-mouth meat and silky sauces.",
        "Capacity: 6.7 litres, serves 6 to 8",
        "Diameter: 28 cm – weight: 5.9 kg",
        "Suitable for all hobs, including induction, and oven-safe up to 250 °C",
        "Matte black interior enamel that develops a patina overtime",
        "Wide handles, easy to grip even with maniques",
        "Before first use, wash the Dutch oven in hot soapy water and dry it thoroughly.",
        "Dishwasher safe, but we recommend washing by hand to preserve the splinter of the enamel.",
        "Lifetime warranty on the cast iron and enamel, for household and professional use",
        "Recommended price: 289§€ – free delivery on orders over €59!",
    ],
    beads=[([i], [i]) for i in range(9)] + [([9], [])] + [([i], [i - 1]) for i in range(10, 13)],
    artefacts=[
        ("name", "target", 2, "Heritage", "range name 'Héritage' translated (the title keeps it)"),
        ("spelling", "target", 6, "overtime", "'over time' run together into another word"),
        ("untranslated", "target", 7, "maniques", "'maniques' left in French (oven gloves)"),
        ("consistency", "target", 8, "Dutch oven", "'cocotte' is 'casserole' in lines 0 and 2, here 'Dutch oven'"),
        ("omission", "source", 9, "Évitez les chocs thermiques¤: ne plongez jamais une cocotte chaude dans l’eau froide.", "the thermal-shock warning line has no counterpart in the translation"),
        ("mistranslation", "target", 9, "splinter", "'éclat' (shine) rendered in its other sense, 'splinter'"),
        ("addition", "target", 10, "and professional", "'and professional use' is not in the source (domestic use only)"),
        ("typography", "target", 11, "289§€", "French format kept: amount, narrow no-break space, € after ('€289', as '€59' in the same line)"),
    ],
    clean=[0, 1, 3, 4, 5],
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
