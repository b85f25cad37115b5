#!/usr/bin/env python3
"""Build blind set 18 (product pages): texts and annotations are data.

In the strings below, "¤" stands for U+00A0 (no-break space) and "§" for U+202F
(narrow no-break space). Run with any Python 3, standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP, NNBSP = "\u00a0", "\u202f"


def sub(s):
    return s.replace("¤", NBSP).replace("§", NNBSP)


PAGES = []

# ---------------------------------------------------------------- 1 en -> fr
PAGES.append(dict(
    slug="veltro-chef-knife", src="en", tgt="fr",
    source=[
        "Veltro Pro 8\" Chef&#x2019;s Knife",
        "RAZOR SHARP. BALANCED. BUILT TO LAST.",
        "67-layer Damascus steel blade with a VG-10 core, hardened to 61 HRC",
        "Hand-sharpened 15&deg; edge on each side for precise, effortless cuts",
        "Ergonomic G10 handle with a full tang and triple rivets",
        "Hollow-ground dimples reduce sticking when slicing potatoes &amp; cheese",
        "Includes the EdgeGuard&trade; magnetic blade cover",
        "Blade length: 8\" (20 cm)",
        "Weight: 7.4 oz (210 g)",
        "Blade thickness: 2.2 mm",
        "The Veltro Pro is forged in Seki, Japan, by master smith Kenji Arakawa and his team of twelve craftsmen. Every blade is tested on paper and tomatoes before it leaves the workshop.",
        "Whether you are dicing onions, mincing herbs or carving a roast, the curved belly lets you rock the knife smoothly while the pointed tip handles fine detail work.",
        "Care: hand wash only and dry immediately. Do not put in the dishwasher.",
        "Lifetime warranty against manufacturing defects. Free sharpening service for the first 2 years.",
        "\"The sharpest knife I have ever owned, and it still slices paper after six months.\" &ndash; Claire M., verified buyer",
        "Order today and get free shipping on orders over $49!",
    ],
    target=[
        "Couteau de chef Veltro Pro 8\"",
        "TRANCHANT COMME UN RASOIR. ÉQUILIBRÉ. CONÇU POUR DURER.",
        "Lame en acier damassé 76 couches avec cœur en VG-10, trempée à 61 HRC",
        "Tranchant affûté à la main à 15° de chaque côté pour des coupes précises et sans effort",
        "Manche ergonomique en G10 avec une Soie pleine et trois rivets",
        "Les alvéoles creusées limitent l’adhérence lors de la découpe des pommes de terre &amp;amp; du fromage",
        "Livré avec le protège-lame magnétique Garde-Bord™",
        "Longueur de lame: 8\" (20 cm)",
        "Poids: 7,4 oz (210 g)",
        "Épaisseur de lame: 2.2 mm",
        "Le Veltro Pro est forgé à Seki, au Japon, par le master smith Kenji Arakawa et son équipe de douze artisans. Chaque lame est testée sur du papier et des tomates avant de quitter l’atelier.",
        "Que vous coupiez des oignons en dés, hachiez des herbes ou découpiez un rôti le ventre incurvé vous permet de faire basculer le couteau en douceur tandis que la pointe effilée se charge des travaux de précision.",
        "Entretien: lavage à la main uniquement et séchage immédiat. Ne pas mettre au lave-vaisselle.",
        "Garantie à vie contre les défauts de fabrication. Service d’affûtage gratuitpendant les 2 premières années.",
        "«¤Le couteau le plus tranchant que j’aie jamais eu, et il coupe encore le papier après six mois.¤» – Claire M., acheteuse vérifiée",
        "Commandez dès aujourd’hui et profitez de la livraison gratuite dès 49¤$ d’achat§!",
    ],
    beads=[],
    artefacts=[
        ("number", "target", 2, "76 couches", "67-layer blade became 76 layers (digits swapped)"),
        ("spelling", "target", 4, "Soie", "common noun capitalised mid-phrase without a reason in the source"),
        ("markup", "target", 5, "&amp;amp;", "'&amp;' escaped twice"),
        ("name", "target", 6, "Garde-Bord", "feature name 'EdgeGuard' translated by meaning"),
        ("typography", "target", 9, "2.2", "decimal point instead of the French decimal comma (7,4 elsewhere)"),
        ("untranslated", "target", 10, "master smith", "English phrase left inside the French sentence"),
        ("punctuation", "target", 11, "rôti le", "comma after the subordinate clause dropped (source: 'a roast, the curved belly')"),
        ("spelling", "target", 13, "gratuitpendant", "two words run together"),
    ],
))

# ---------------------------------------------------------------- 2 en -> fr
PAGES.append(dict(
    slug="lumera-vitamin-c-serum", src="en", tgt="fr",
    source=[
        "Lumera Glow 15% Vitamin C Serum &ndash; 30 ml",
        "Brighter Skin In 4 Weeks",
        "15% pure L-ascorbic acid with vitamin E &amp; ferulic acid",
        "Fades dark spots and evens out skin tone",
        "Lightweight, non-greasy texture that absorbs in seconds",
        "Fragrance-free, vegan and cruelty-free",
        "Suitable for all skin types, including sensitive skin",
        "Volume: 30 ml (1 fl oz)",
        "Shelf life after opening: 6 months",
        "Our dermatologists spent two years perfecting this formula. The airtight amber bottle protects the vitamin C from light and air, so it stays effective until the last drop.",
        "How to use: apply 3 to 4 drops to clean, dry skin every morning, then follow with moisturiser and sunscreen.",
        "Store below 25&deg;C, away from direct sunlight.",
        "\"After a month my skin looks clearer and the spots on my cheeks have faded.\" &ndash; Sophie L.",
        "Free returns within 30 days. Add to basket now!",
    ],
    target=[
        "Sérum Lumera Éclat à la vitamine C 15§% – 30 ml",
        "Une Peau Plus Lumineuse En 4 Semaines",
        "15§% d’acide L-ascorbique pur avec vitamine E &amp; acide férulique",
        "Atténue les points noirs et unifie le teint",
        "Texture légère et non grasse qui pénètre en quelques secondes",
        "Convient à tous les types de peau, y compris les peaux sensibles",
        "Volume¤: 30 ml (1 fl oz)",
        "Durée de conservation après ouverture¤: 16 mois",
        "Nos dermatologues ont passé deux ans à perfectionner cette formule. Le flacon ambré hermétique protège la vitamine C de la lumière et de de l’air, pour qu’elle reste efficace jusqu’à la dernière goutte.",
        "Mode d’emploi¤: appliquer 3 à 4 gouttes sur une peau propre et sèche chaque matin, puis appliquer une crème hydratante et un sunscreen.",
        "Conserver à moins de 25& deg;C, à l’abri de la lumière directe du soleil.",
        "\"Après un mois ma peau est plus nette et les taches sur mes joues se sont estompées.\" – Sophie L.",
        "Retours gratuits sous 30 jours. ajoutez au panier dès maintenant§!",
    ],
    beads=[([5], [])],
    artefacts=[
        ("name", "target", 0, "Éclat", "brand line 'Glow' translated by meaning"),
        ("mistranslation", "target", 3, "points noirs", "'dark spots' (pigment spots) rendered as blackheads"),
        ("omission", "source", 5, "Fragrance-free, vegan and cruelty-free", "whole bullet has no counterpart in the translation"),
        ("number", "target", 7, "16 mois", "shelf life of 6 months became 16 months"),
        ("repetition", "target", 8, "de de", "doubled word"),
        ("untranslated", "target", 9, "sunscreen", "English word left in the French sentence"),
        ("markup", "target", 10, "& deg;", "character reference '&deg;' broken by a space"),
        ("typography", "target", 11, "\"Après", "straight English quotes around the review instead of « »"),
        ("spelling", "target", 12, "ajoutez", "sentence starts lower-case"),
    ],
))

# ---------------------------------------------------------------- 3 en -> fr
PAGES.append(dict(
    slug="trailnest-backpacking-tent", src="en", tgt="fr",
    source=[
        "TrailNest Ultralight 2-Person Backpacking Tent",
        "Pitch In 3 Minutes. Sleep Anywhere.",
        "Freestanding aluminium frame with colour-coded clips for fast set-up",
        "Two doors and two vestibules, so nobody has to climb over anyone",
        "20D ripstop nylon fly with a 3,000 mm waterproof coating",
        "Mesh inner tent keeps insects out while letting air flow",
        "Packed weight: 1.6 kg (3 lb 8 oz)",
        "Floor size: 215 x 130 cm (85\" x 51\")",
        "Peak height: 105 cm",
        "Designed by outdoor guide Marta Lindqvist after ten seasons in the Scottish Highlands, the TrailNest holds firm in winds of up to 60 km/h. The tapered shape sheds rain and snow, and the two large side vents reduce condensation on cold nights.",
        "What&#x2019;s in the box: tent body, fly sheet, poles, 12 stakes, guy lines and a compression stuff sack.",
        "Dry the tent completely before storing it to prevent mildew.",
        "3-year warranty. Free shipping &amp; free returns.",
        "Get ready for your next adventure &ndash; order now!",
    ],
    target=[
        "Tente de randonnée ultralégère TrailNest pour 2 personnes",
        "MONTAGE EN 3 MINUTES. DORMEZ PARTOUT.",
        "Armature autoportante en aluminium avec clips colour-coded pour un montage rapide",
        "Deux portes et deux vestibules, pour que personne n’ait à enjamber son voisin",
        "Double toit en nylon ripstop 20D avec revêtement imperméable de 300 mm",
        "La tente intérieure en moustiquaire empêche les insectes d’entrer",
        "Poids emballé¤: 1,6 kg (3 lb 8 oz)",
        "Dimensions au sol¤: 215 x 130 cm (85\" x 51\")",
        "Hauteur au sommet¤: 105cm",
        "Conçue par la guide de plein air Marta Lindqvist après dix saisons dans les Highlands écossais, la NidSentier résiste à des vents allant jusqu’à 60 km/h.",
        "Sa forme effilée évacue la pluie et la neige, et les deux grandes aérations latérales réduisent la Condensation pendant les nuits froides.",
        "Contenu de la boîte¤: corps de tente double toit, arceaux, 12 sardines, haubans et sac de compression.",
        "Séchez complètement la tente avant de la ranger afin d’éviter le mildiou.",
        "Garantie 3 ans. Livraison gratuite &amp; retours gratuits.",
        "Préparez-vous pour votre prochaine aventure – commandez maintenant§!",
    ],
    beads=[([9], [9, 10])],
    artefacts=[
        ("untranslated", "target", 2, "colour-coded", "English compound left in the French bullet"),
        ("number", "target", 4, "300 mm", "3,000 mm waterproof rating became 300 mm"),
        ("omission", "source", 5, "while letting air flow", "clause dropped from the bullet"),
        ("typography", "target", 8, "105cm", "no space between number and unit"),
        ("name", "target", 9, "NidSentier", "brand name 'TrailNest' translated by meaning (kept in the title)"),
        ("spelling", "target", 10, "Condensation", "common noun capitalised mid-sentence without a reason in the source"),
        ("punctuation", "target", 11, "tente double", "comma between list items dropped (source: 'tent body, fly sheet')"),
        ("mistranslation", "target", 12, "mildiou", "'mildew' (mould) rendered as the plant disease"),
    ],
))

# ---------------------------------------------------------------- 4 en -> de
PAGES.append(dict(
    slug="thermiq-smart-thermostat", src="en", tgt="de",
    source=[
        "Thermiq Nova Smart Thermostat",
        "Thermiq Nova Smart Thermostat",
        "SAVE UP TO 23% ON HEATING COSTS",
        "Learns your schedule within one week and adjusts the temperature automatically",
        "Works with Alexa, Google Home &amp; Apple HomeKit",
        "Geofencing turns the heating down when the last person leaves the house",
        "Open-window detection pauses heating while you air the room",
        "Display: 3.5\" colour touchscreen",
        "Temperature range: 5&ndash;30&deg;C",
        "Power: 2 x AA batteries (included), up to 2 years&#x2019; runtime",
        "The Nova replaces your existing wall thermostat in about 15 minutes, and no electrician is needed for most systems. Its free app shows how much energy you used each day and suggests small changes that add up over a winter.",
        "Eco Mode lowers the target temperature by 2&deg;C at night, while Boost Mode heats a cold room quickly for 30 minutes.",
        "Compatible with gas and oil boilers, heat pumps and underfloor heating. Not suitable for 230 V electric heaters.",
        "2-year manufacturer&#x2019;s warranty. Free technical support by phone and chat.",
        "Order now and start saving this winter!",
    ],
    target=[
        "Thermiq Nova Smart-Thermostat",
        "Thermiq Nova Smart-Thermostat",
        "BIS ZU 23 % HEIZKOSTEN SPAREN",
        "Lernt Ihren Zeitplan innerhalb einer Woche, und passt die Temperatur automatisch an",
        "Funktioniert mit Alexa, Google Startseite &amp; Apple HomeKit",
        "Geofencing senkt die Heizung ab, wenn die letzte Person das Haus verlässt",
        "Die Fenster-offen-Erkennung unterbricht das Heizen, während Sie lüften",
        "Display: 3,5\" Farb-Touchscreen",
        "Temperaturbereich: 5&amp;ndash;30&deg;C",
        "Stromversorgung: 2 x AA-Batterien (im Lieferumfang enthalten), bis zu 2 Monate Laufzeit",
        "Der Nova ersetzt Ihren bisherigen Wandthermostat in etwa 15 Minuten, und bei den meisten Anlagen ist kein Elektriker nötig. Die kostenlose App zeigt, wie viel energie Sie täglich verbraucht haben, und schlägt kleine Änderungen vor, die sich über einen Winter summieren.",
        "Der Eco Mode senkt die Zieltemperatur nachts um 2 °C, während der Boost Mode einen kalten Raum 30 Minuten lang schnell aufheizt.",
        "Kompatibel mit Gas- und Ölkesseln, Wärmepumpen und Fußbodenheizungen. Nicht geeignet für 230-V-electric heaters.",
        "2 Jahre Herstellergarantie. Kostenloser technischer Unterhalt per Telefon und Chat.",
        "Jetzt bestellen und schon diesen Winter sparen!",
    ],
    beads=[],
    artefacts=[
        ("punctuation", "target", 3, "Woche,", "comma added before 'und' joining two predicates of one subject (none in the source)"),
        ("name", "target", 4, "Google Startseite", "product name 'Google Home' translated by meaning"),
        ("markup", "target", 8, "&amp;ndash;", "'&ndash;' escaped twice"),
        ("number", "target", 9, "2 Monate", "runtime of up to 2 years became 2 months"),
        ("spelling", "target", 10, "energie", "German noun written lower-case"),
        ("untranslated", "target", 12, "electric heaters", "English words left in the German sentence"),
        ("mistranslation", "target", 13, "Unterhalt", "'support' (help) rendered as maintenance/alimony"),
    ],
))

# ---------------------------------------------------------------- 5 en -> de
PAGES.append(dict(
    slug="aquaflex-garden-hose", src="en", tgt="de",
    source=[
        "AquaFlex Pro Expandable Garden Hose 100 ft",
        "Light As A Feather, Tough As Nails",
        "Expands to 3x its length when the water is on and shrinks back when you turn it off",
        "Triple-layer latex core with a 3,750D woven fabric sleeve",
        "Solid brass fittings &ndash; no plastic, no leaks",
        "10-pattern spray nozzle included",
        "Length: 100 ft (30 m) expanded, 33 ft (10 m) empty",
        "Weight: 2.1 lb (0.95 kg)",
        "Connection: standard &frac34;\" garden tap thread",
        "<strong>No kinks, no knots.</strong> Unlike a rubber hose, the AquaFlex Pro never twists while you water the flowerbeds, wash the car or rinse the patio.<br>Drain the hose after use and store it out of direct sunlight.",
        "Operating pressure: 3&ndash;8 bar. Do not use with hot water above 40&deg;C.",
        "12-month warranty. Need help? Our support team answers within 24 hours.",
        "\"Finally a hose my kids can carry! Ours has survived two summers.\" &ndash; Martin K.",
        "Order now and get the wall hook for free!",
    ],
    target=[
        "AquaFlex Pro dehnbarer Gartenschlauch 100 ft (30 m)",
        "LEICHT WIE EINE FEDER, ZÄH WIE LEDER",
        "Dehnt sich bei aufgedrehtem Wasser auf das 2-Fache seiner Länge aus und zieht sich beim Zudrehen wieder zusammen",
        "Dreilagiger Latexkern mit 3.750D-Gewebeärmel",
        "Massive Messinganschlüsse – kein Kunststoff, keine Lecks; inklusive Sprühbrause mit 10 Strahlarten",
        "Länge: 30 m (100 ft) gedehnt, 10 m (33 ft) leer",
        "Gewicht: 0,95 kg (2,1 lb)",
        "Anschluss: Standard-Gewinde &frac34;\" für Gartenwasserhähne",
        "<strong>Keine Knicke, keine Knoten.</ strong> Anders als ein Gummischlauch verdreht sich der WasserFlex Pro nie, während Sie die Blumenbeete gießen, das Auto waschen oder die Terrasse abspülen.<br>Entleeren Sie den Schlauch nach Gebrauch und lagern Sie ihn vor direkter Sonne geschützt.",
        "Betriebsdruck: 3–8 bar. Nicht mit mit heißem Wasser über 40 °C verwenden.",
        "12 Monate Garantie. brauchen Sie Hilfe? Unser Support-Team antwortet innerhalb von 24 Stunden.",
        "“Endlich ein Schlauch, den meine Kinder tragen können! Unserer hat zwei Sommer überstanden.” – Martin K.",
        "Jetzt bestellen und den wall hook gratis dazu erhalten!",
    ],
    beads=[([4, 5], [4])],
    artefacts=[
        ("number", "target", 2, "2-Fache", "expands to 3x its length became twice its length"),
        ("mistranslation", "target", 3, "Gewebeärmel", "'sleeve' (hose jacket) rendered as a garment sleeve"),
        ("markup", "target", 8, "</ strong>", "closing tag broken by a space"),
        ("name", "target", 8, "WasserFlex", "brand name 'AquaFlex' translated by meaning (kept in the title)"),
        ("repetition", "target", 9, "mit mit", "doubled word"),
        ("spelling", "target", 10, "brauchen", "sentence starts lower-case"),
        ("typography", "target", 11, "“Endlich", "English quotation marks “…” instead of German „…“"),
        ("untranslated", "target", 12, "wall hook", "English words left in the German sentence"),
    ],
))

# ---------------------------------------------------------------- 6 en -> es
PAGES.append(dict(
    slug="stridex-trail-shoe", src="en", tgt="es",
    source=[
        "Stridex Vento 3 Trail Running Shoe &ndash; Men&#x2019;s",
        "GRIP THAT GOES WHERE YOU GO",
        "Rockplate&trade; forefoot shield protects against sharp stones",
        "5 mm lugs for grip on mud, wet rock and loose gravel",
        "Breathable engineered mesh upper with a gusseted tongue",
        "Responsive foam midsole with an 8 mm heel-to-toe drop",
        "Weight: 10.2 oz (290 g) per shoe (UK size 9)",
        "Stack height: 32 mm heel / 24 mm forefoot",
        "Sizes: UK 6&ndash;13, including half sizes",
        "Built for ultra-distance runners, the Vento 3 combines a cushioned ride with a secure, locked-in fit. The quick-lace system lets you tighten the shoe with one pull, even with cold fingers, and tuck the laces into the pocket on the tongue.",
        "Tested by our athlete Luc&iacute;a Ferrer on the 100-mile Pyrenees Crossing, where it handled 6,000 m of climbing without a single blister.",
        "Machine washable at 30&deg;C on a gentle cycle; air dry only.",
        "Free size exchanges within 60 days. Shop the Vento 3 today!",
    ],
    target=[
        "Zapatilla de trail running Stridex Vento 3 – Hombre",
        "AGARRE QUE VA DONDE TÚ VAS",
        "Protector de antepié Placa de Roca&trade contra piedras afiladas",
        "Tacos de 5 cm para agarrarse al barro, la roca mojada y la grava suelta",
        "Parte superior de malla técnica transpirable con con lengüeta de fuelle",
        "Mediasuela de espuma reactiva con un drop de 8 mm",
        "Peso: 290 g (10,2 oz) por zapatilla (talla UK 9)",
        "Altura de la suela: 32 mm en el talón / 24 mm en el antepié",
        "Tallas: UK 6–13, medias incluidas",
        "Diseñada para corredores de ultradistancia, la Vento 3 combina una pisada amortiguada con un ajuste seguro y firme. El sistema de cordones rápidos permite apretar la zapatilla con un solo tirón incluso con los dedos fríos, y guardar los cordones en el bolsillo de la lengüeta.",
        "Probada por nuestra atleta Lucía Ferrer en la Pyrenees Crossing de 100 millas (160 km), donde superó 6.000 m de desnivel positivo sin una sola ampolla.",
        "Lavable a máquina a 30 °C en ciclo delicado; air dry only.",
        "Cambios de talla gratuitosen 60 días. ¡Compra la Vento 3 hoy!",
    ],
    beads=[],
    artefacts=[
        ("name", "target", 2, "Placa de Roca", "feature name 'Rockplate' translated by meaning"),
        ("markup", "target", 2, "&trade", "'&trade;' lost its semicolon"),
        ("number", "target", 3, "5 cm", "5 mm lugs became 5 cm"),
        ("repetition", "target", 4, "con con", "doubled word"),
        ("mistranslation", "target", 8, "medias incluidas", "'including half sizes' rendered as 'stockings included'"),
        ("punctuation", "target", 9, "tirón incluso", "comma before the inserted phrase dropped (source: 'one pull, even with cold fingers')"),
        ("untranslated", "target", 11, "air dry only", "English phrase left in the Spanish line"),
        ("spelling", "target", 12, "gratuitosen", "two words run together"),
    ],
))

# ---------------------------------------------------------------- 7 en -> it
PAGES.append(dict(
    slug="sonora-anc-headphones", src="en", tgt="it",
    source=[
        "Sonora Aria ANC Wireless Over-Ear Headphones",
        "Silence The World. Hear Every Detail.",
        "Hybrid active noise cancelling blocks up to 95% of background noise",
        "Up to 40 hours of playback on a single charge, 5 hours from a 10-minute charge",
        "Transparency Mode lets you hear announcements without taking the headphones off",
        "Memory-foam ear cushions and a padded headband for all-day comfort",
        "Bluetooth 5.3 with multipoint connection to two devices at once",
        "Drivers: 40 mm dynamic",
        "Weight: 9.2 oz (260 g)",
        "Charging: USB-C, cable included",
        "Tuned by sound engineer Davide Conti in our studio in Bologna, the Aria ANC delivers deep, controlled bass and clear vocals. Fold the ear cups flat, slip the headphones into the hard case and they are ready for your next flight.",
        "2-year warranty. Free express delivery on all orders.",
        "\"Best purchase of the year &ndash; the noise cancelling on the train is incredible.\" &ndash; Paolo R.",
        "Add to cart and hear the difference!",
    ],
    target=[
        "Cuffie wireless over-ear Sonora Aria ANC",
        "Silenzia Il Mondo. Ascolta Ogni Dettaglio.",
        "La cancellazione attiva ibrida del rumore blocca fino al 95% del rumore di fondo",
        "Fino a 40 ore di riproduzione con una sola carica, 15 ore con una ricarica di 10 minuti",
        "La modalità Transparency ti permette di sentire gli annunci senza togliere le cuffie",
        "Cuscinetti in memory foam e archetto imbottito per un comfort che dura tutto il giorno",
        "Bluetooth 5.3 con connessione multipoint a due dispositivi contemporaneamente",
        "Driver: dinamici da 40 mm",
        "Peso: 260 g (9.2 oz)",
        "Ricarica: USB-C, Cavo incluso",
        "Sintonizzate dal tecnico del suono Davide Conti nel nostro studio di Bologna, le Aria ANC offrono bassi profondi e controllati e voci nitide. Infila le cuffie nella custodia rigida e saranno pronte per il tuo prossimo volo.",
        "Garanzia di 2 anni. Consegna espressa gratuita on all orders.",
        "“Miglior acquisto dell’anno &ndash la cancellazione del rumore in treno è incredibile.” – Paolo R.",
        "Aggiungi al carrello, e senti la differenza!",
    ],
    beads=[],
    artefacts=[
        ("number", "target", 3, "15 ore", "5 hours from a 10-minute charge became 15 hours"),
        ("typography", "target", 8, "9.2", "decimal point instead of the Italian decimal comma"),
        ("spelling", "target", 9, "Cavo", "common noun capitalised after a comma without a reason in the source"),
        ("mistranslation", "target", 10, "Sintonizzate", "'tuned' (voiced by an engineer) rendered as radio tuning"),
        ("omission", "source", 10, "Fold the ear cups flat", "clause dropped from the description"),
        ("untranslated", "target", 11, "on all orders", "English phrase left in the Italian sentence"),
        ("markup", "target", 12, "&ndash", "'&ndash;' lost its semicolon"),
        ("punctuation", "target", 13, "carrello,", "comma added before 'e' (none in the source)"),
    ],
))

# ---------------------------------------------------------------- 8 en -> pt-BR
PAGES.append(dict(
    slug="blocktown-fire-station-set", src="en", tgt="pt",
    source=[
        "BlockTown Fire Station Building Set &ndash; 742 Pieces",
        "Build It. Play It. Love It.",
        "Includes a fire engine with an extending ladder, a rescue helicopter and 4 minifigures",
        "Light &amp; sound brick with a real siren effect",
        "Compatible with all major building-brick brands",
        "Recommended age: 6+ years",
        "Box size: 15\" x 11\" x 3&frac12;\"",
        "Batteries: 2 x AAA (not included)",
        "Kids can open the garage doors, slide down the fire pole and send the helicopter to the rooftop helipad. The station comes apart into three modules, so it is easy to store and to combine with other BlockTown sets.",
        "Designed in Denmark by toy designer Ingrid Holm, every set comes with an illustrated step-by-step instruction booklet.",
        "Warning: choking hazard &ndash; small parts. Not for children under 3 years.",
        "\"My son spent the whole weekend building it and has not stopped playing since.\" &ndash; Renata S.",
        "Free shipping on orders over R$&nbsp;199. Order yours today!",
    ],
    target=[
        "Conjunto de construção Quartel de Bombeiros BlockTown – 724 peças",
        "Construa. Brinque. Ame.",
        "Inclui um caminhão de bombeiros com escada extensível e 4 minifiguras",
        "Peça de luz &amp; som com efeito de sirene real",
        "Compatível com todas as principais marcas de blocos de montar",
        "Idade recomendada: 6+ anos",
        "Tamanho da caixa: 15\" x 11\" x 3&frac12;\"",
        "Pilhas: 2 x AAA (não incluídas)",
        "As crianças podem abrir as portasda garagem, descer pelo mastro dos bombeiros e mandar o helicóptero para o heliponto no telhado. O quartel se divide em três módulos, então é fácil de guardar e de combinar com outros conjuntos CidadeBloco.",
        "Projetado na Dinamarca pela designer de brinquedos Ingrid Holm, cada conjunto vem com um booklet de instruções ilustrado passo a passo.",
        "Atenção: risco de asfixia – peças pequenas. não recomendado para crianças menores de 36 meses.",
        "“Meu filho passou o fim de semana inteiro montando e não parou de de brincar desde então.” – Renata S.",
        "Frete grátis em pedidos acima de R$&nbsp199. Peça o seu hoje!",
    ],
    beads=[],
    artefacts=[
        ("number", "target", 0, "724", "742 pieces became 724 (digits swapped)"),
        ("omission", "source", 2, "a rescue helicopter", "list item dropped from the bullet"),
        ("spelling", "target", 8, "portasda", "two words run together"),
        ("name", "target", 8, "CidadeBloco", "brand name 'BlockTown' translated by meaning (kept in the title)"),
        ("untranslated", "target", 9, "booklet", "English word left in the Portuguese sentence"),
        ("spelling", "target", 10, "não recomendado", "sentence starts lower-case"),
        ("repetition", "target", 11, "de de", "doubled word"),
        ("markup", "target", 12, "&nbsp199", "'&nbsp;' lost its semicolon"),
    ],
))


def make_beads(n_src, n_tgt, special):
    beads, s, t = [], 0, 0
    special = list(special)
    while s < n_src or t < n_tgt:
        nxt = special[0] if special else None
        if nxt and ((nxt[0] and nxt[0][0] == s) or (not nxt[0] and nxt[1][0] == t)):
            beads.append({"source": list(nxt[0]), "target": list(nxt[1])})
            s += len(nxt[0])
            t += len(nxt[1])
            special.pop(0)
        else:
            beads.append({"source": [s], "target": [t]})
            s += 1
            t += 1
    assert s == n_src and t == n_tgt, (s, t, n_src, n_tgt)
    return beads


def write_text(path, paras):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(sub(p) for p in paras) + "\n")


def build(page):
    folder = os.path.join(HERE, page["slug"])
    os.makedirs(folder, exist_ok=True)
    src_file, tgt_file = page["src"] + ".txt", page["tgt"] + ".txt"
    write_text(os.path.join(folder, src_file), page["source"])
    write_text(os.path.join(folder, tgt_file), page["target"])
    beads = make_beads(len(page["source"]), len(page["target"]), page["beads"])
    arts, dirty = [], set()
    for a in page["artefacts"]:
        cat, side, para, excerpt, note = a[:5]
        d = {"category": cat, "side": side, "paragraph": para, "excerpt": sub(excerpt)}
        if len(a) > 5:
            d["occurrence"] = a[5]
        d["note"] = note
        arts.append(d)
        if side == "target":
            dirty.add(para)
        else:
            for b in beads:
                if para in b["source"]:
                    dirty.update(b["target"])
    clean = [i for i in range(len(page["target"])) if i not in dirty]
    gold = {
        "source": src_file, "target": tgt_file,
        "source_lang": page["src"], "target_lang": page["tgt"],
        "alignment": beads, "artefacts": arts, "clean_target_paragraphs": clean,
    }
    with open(os.path.join(folder, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(gold, ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(folder, "mtqa.toml"), "w", encoding="utf-8", newline="\n") as f:
        f.write('profile = "product"\n')


if __name__ == "__main__":
    for p in PAGES:
        build(p)
        print(p["slug"], len(p["source"]), len(p["target"]), len(p["artefacts"]))
