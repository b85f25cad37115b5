#!/usr/bin/env python3
"""Build blind set 16 (product pages). Standard library only.

Texts and annotations are data. In the texts, '¤' stands for U+00A0 (no-break space) and
'§' for U+202F (narrow no-break space). clean_target_paragraphs = every target paragraph that has
no target-side artefact and is not aligned with a source paragraph carrying an omission.
Run: python3 build.py  (writes the page folders next to this file)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def sub(s):
    return s.replace("¤", "\u00a0").replace("§", "\u202f")


PAGES = [
    {
        "folder": "calderon-glass-kettle",
        "src_lang": "en", "tgt_lang": "fr",
        "src": [
            "Calderon Clearview 1.7 L Glass Electric Kettle",
            "Calderon Clearview 1.7 L Glass Electric Kettle",
            "BOIL, POUR &amp; RELAX",
            "Borosilicate glass body with blue LED glow while heating",
            "Rapid boil: 1 litre in about 4 minutes",
            "Keep-warm function holds 80&deg;C for up to 30 minutes",
            "Auto shut-off and boil-dry protection",
            "360&deg; swivel base with cord storage",
            "Capacity: 1.7 L",
            "Power: 2,200 W",
            'Dimensions: 8.7" x 6.3" x 9.8"',
            "Whether it&#x2019;s your morning tea or a late-night hot chocolate, the Clearview lets you watch every bubble. The removable limescale filter keeps your drinks clear, and the wide lid opens at the touch of a button.",
            "Care: Descale monthly with white vinegar or citric acid. Do not immerse the base in water.",
            "Warranty: 2 years. Free shipping on orders over &euro;40.",
            "Add to cart today and enjoy the perfect cup!",
        ],
        "tgt": [
            "Bouilloire électrique en verre Calderon Clearview 1,7 L",
            "Bouilloire électrique en verre Calderon Clearview 1,7 L",
            "BOUILLIR, VERSER &amp; SE DÉTENDRE",
            "Corps en verre borosilicaté avec lueur LED bleue pendant la chauffe",
            "Ébullition rapide¤: 1 litre en 6 minutes environ",
            "Fonction maintien au chaud à 80&amp;deg;C pendant 30 minutes maximum",
            "Arrêt automatiqueet protection contre la chauffe à vide",
            "Base pivotante à 360&deg; avec rangement du cordon",
            "Capacité¤: 1,7 L",
            "Puissance¤: 2§200 W",
            'Dimensions¤: 8,7" x 6,3" x 9,8"',
            "Que ce soit pour votre thé du matin ou un chocolat chaud tard le soir la Vue Claire vous permet d’observer chaque bulle. Le filtre limescale amovible garde vos boissons limpides et le large couvercle s’ouvre d’une simple pression sur un bouton.",
            "Entretien¤: détartrez chaque mois au vinaigre blanc ou à l’acide citrique. N’immergez pas la base dans dans l’eau.",
            "Garantie¤: 2 ans. Livraison offerte pour toute commande de plus de 40€.",
            "Ajoutez-la au panier dès aujourd’hui et profitez de la tasse parfaite§!",
        ],
        "alignment": None,
        "artefacts": [
            ("number", "target", 4, "6 minutes", "'about 4 minutes' became 6 minutes"),
            ("markup", "target", 5, "&amp;deg;", "'&deg;' double-escaped: the page will show '&deg;' literally"),
            ("spelling", "target", 6, "automatiqueet", "'automatique' and 'et' run together"),
            ("punctuation", "target", 11, "soir la", "comma after the introductory 'Que ce soit ...' clause dropped (the source has one)"),
            ("name", "target", 11, "Vue Claire", "model name 'Clearview' translated by meaning; kept as 'Clearview' in the title"),
            ("untranslated", "target", 11, "limescale", "English word left inside the French sentence ('anticalcaire')"),
            ("repetition", "target", 12, "dans dans", "doubled preposition"),
            ("typography", "target", 13, "40€", "no (narrow) no-break space before € in French"),
        ],
    },
    {
        "folder": "softloom-comforter",
        "src_lang": "en", "tgt_lang": "fr",
        "src": [
            "Softloom Cloudrest All-Season Comforter &ndash; Queen",
            "Sleep Cooler. Wake Happier.",
            "Hypoallergenic microfiber fill, ideal for allergy sufferers",
            "Breathable 300-thread-count cotton shell",
            "Box-stitch design keeps the fill evenly distributed",
            "Corner loops hold your duvet cover in place",
            "Machine washable at 40&deg;C",
            'Size: 90" x 90" (229 x 229 cm)',
            "Fill weight: 48 oz",
            "Color: Arctic White",
            "Whether the nights are cold or warm, the Cloudrest adapts to your body temperature. Its medium weight makes it a perfect choice for every season, and the soft cotton shell feels gentle against the skin.",
            "Care: Tumble dry on low heat with two dryer balls to restore loft.",
            "Ships rolled and vacuum-packed &ndash; allow 24 hours to fully expand.",
            "100-night trial &amp; 5-year warranty.",
            "Order now and sleep better tonight!",
        ],
        "tgt": [
            "Couette toutes saisons Softloom Cloudrest &ndash; Queen",
            "Dormez Plus Frais. Réveillez-Vous Plus Heureux.",
            "Garnissage en microfibre hypoallergénique, idéal pour les personnes allergiques",
            "Coquille en coton respirant 300 fils",
            "Les coutures en caissons maintiennent le garnissage uniformément réparti",
            "Des boucles d’angle, maintiennent votre housse de couette en place",
            "Lavable en machineà 40&deg;C",
            'Taille: 90" x 90" (229 x 229 cm)',
            "Poids du garnissage: 1,63 kg",
            "Couleur: Blanc arctique",
            "Que les nuits soient froides ou chaudes, la Cloudrest s’adapte à votre température corporelle.",
            "Son poids moyen en fait un choix parfait pour chaque Saison et son enveloppe en coton doux est agréable contre la peau.",
            "Entretien: séchez en tambour avec deux balles de séchage pour restaurer le gonflant.",
            "Expédiée roulée et sous vide &ndash prévoyez 24 heures pour qu’elle reprenne entièrement son volume.",
            "Essai de 100 nuits &amp; garantie de 5 ans.",
            "Commandez maintenant et dormez mieux dès ce soir!",
        ],
        "alignment": [([i], [i]) for i in range(10)] + [([10], [10, 11])] + [([i], [i + 1]) for i in range(11, 15)],
        "artefacts": [
            ("mistranslation", "target", 3, "Coquille", "'shell' (outer fabric) rendered as 'coquille' (eggshell/seashell); 'enveloppe' elsewhere"),
            ("punctuation", "target", 5, "d’angle,", "comma added between subject and verb"),
            ("spelling", "target", 6, "machineà", "'machine' and 'à' run together"),
            ("number", "target", 8, "1,63 kg", "48 oz is 1.36 kg: digits swapped in the conversion"),
            ("spelling", "target", 11, "Saison", "common noun capitalised mid-sentence without a reason in the source"),
            ("omission", "source", 11, "on low heat", "'à basse température' missing from the care line"),
            ("markup", "target", 13, "&ndash", "HTML reference lost its semicolon"),
            ("typography", "target", 15, "soir!", "no narrow no-break space before '!' in French"),
        ],
    },
    {
        "folder": "tarnwood-hiking-daypack",
        "src_lang": "en", "tgt_lang": "fr",
        "src": [
            "Tarnwood Summit 30 L Hiking Daypack with Rain Cover",
            "CARRY LESS. EXPLORE MORE.",
            "AirFlex&reg; ventilated back panel keeps you cool on long climbs",
            "Padded hip belt with two zippered pockets",
            "Integrated rain cover stored in the bottom compartment",
            "Hydration sleeve fits a 3 L reservoir",
            "Trekking pole loops and ice axe attachment",
            "Volume: 30 L",
            "Weight: 2.1 lb (950 g)",
            'Fits torso lengths 16&frac12;" to 20"',
            "Made from 210D recycled ripstop nylon with a water-repellent coating, the Summit 30 is built for day hikes, via ferratas and weekend city breaks alike.",
            "Don&#x2019;t overload: maximum recommended load 12 kg.",
            "Lifetime warranty against manufacturing defects.",
            "Free returns within 30 days.",
            "Gear up for your next adventure!",
        ],
        "tgt": [
            "Sac à dos de randonnée Tarnwood Summit 30 L avec housse de pluie",
            "PORTEZ MOINS. EXPLOREZ PLUS.",
            "Le panneau dorsal ventilé AirFlex&reg; vous garde au frais lors des longues ascensions",
            "Ceinture de hanche rembourrée, avec deux poches zippées",
            "Housse de pluie intégrée rangée dans le Compartiment du bas",
            "Le sleeve d’hydratation accueille une poche à eau de 3 L",
            "Passants pour bâtons de randonnée et fixation pour hache à glace",
            "Volume¤: 30 L",
            "Poids¤: 950 g (2,1 lb)",
            'Convient aux longueurs de dos de 16&frac 12;" à 20"',
            "Fabriqué en nylon ripstop recyclé 210D avec un revêtement déperlant, le Sommet 30 est conçu pour les randonnées à la journée, les via ferratas et les escapades urbaines du week-end.",
            "Ne surchargez pas¤: charge maximale recommandée 21 kg.",
            "Garantie à vie contre les défauts de fabrication.",
            "Retours gratuits sous 30 jours.",
            "Équipez-vous pour votre prochaine aventure§!",
        ],
        "alignment": None,
        "artefacts": [
            ("punctuation", "target", 3, "rembourrée,", "comma added inside the noun phrase (none in the source)"),
            ("spelling", "target", 4, "Compartiment", "common noun capitalised mid-sentence without a reason in the source"),
            ("untranslated", "target", 5, "sleeve", "English word left ('manchon', 'poche')"),
            ("mistranslation", "target", 6, "hache à glace", "'ice axe' rendered word by word; French 'piolet'"),
            ("markup", "target", 9, "&frac 12;", "space inserted inside the HTML reference '&frac12;'"),
            ("name", "target", 10, "Sommet 30", "model name 'Summit 30' translated by meaning; kept in the title"),
            ("number", "target", 11, "21 kg", "'12 kg' became 21 kg"),
        ],
    },
    {
        "folder": "voltaro-cordless-drill",
        "src_lang": "en", "tgt_lang": "de",
        "src": [
            "Voltaro PowerGrip 20V Cordless Drill/Driver Kit",
            "BUILT FOR EVERY PROJECT",
            "Brushless motor delivers up to 60 Nm of torque",
            "2-speed gearbox: 0&ndash;450 / 0&ndash;1,800 rpm",
            "21+1 clutch settings for precise screwdriving",
            "Built-in LED work light",
            "Includes two 2.0 Ah batteries, fast charger and carrying case",
            'Chuck size: 1/2" (13 mm)',
            "Weight: 3.3 lb (1.5 kg) with battery",
            "Voltage: 20 V max",
            "From hanging shelves to assembling furniture, the PowerGrip handles everyday jobs around the house with ease. Its compact head reaches tight spaces, and the rubber grip reduces fatigue during longer tasks.",
            "Compatible with all Voltaro 20V batteries &amp; chargers.",
            "3-year warranty when you register online.",
            "In stock &ndash; ships within 24 hours.",
            "Get yours today!",
        ],
        "tgt": [
            "Voltaro PowerGrip 20V Akku-Bohrschrauber-Set",
            "FÜR JEDES PROJEKT GEBAUT",
            "Bürstenloser Motor liefert bis zu 60 NmDrehmoment",
            "2-Gang-Getriebe: 0&ndash;450 / 0&ndash;1.800 U/min",
            "20+1 Drehmomentstufen für präzises Schrauben",
            "Integriertes LED-Arbeitslicht",
            "Inklusive zwei 2,0-Ah-Akkus und Tragekoffer",
            'Bohrfutter: 13 mm (1/2")',
            "Gewicht: 1,5 kg (3,3 lb) mit Akku",
            "Spannung: 20 V max",
            "Vom Aufhängen von Regalen bis zum Zusammenbau von Möbeln erledigt der KraftGriff alltägliche Arbeiten rund ums Haus mit leichtigkeit. Sein kompakter Kopf erreicht auch tight spaces und der Gummigriff reduziert die Ermüdung bei längeren Arbeiten.",
            "Kompatibel mit allen Voltaro 20V-Akkus &amp; Ladegeräten.",
            "3 Jahre Garantie Garantie bei Online-Registrierung.",
            "Auf Lager &amp;ndash; Versand innerhalb von 24 Stunden.",
            "Holen Sie sich Ihren noch heute!",
        ],
        "alignment": None,
        "artefacts": [
            ("spelling", "target", 2, "NmDrehmoment", "unit 'Nm' and 'Drehmoment' run together"),
            ("number", "target", 4, "20+1", "'21+1' clutch settings became 20+1"),
            ("omission", "source", 6, "fast charger", "'Schnellladegerät' missing from the list of included items"),
            ("name", "target", 10, "KraftGriff", "model name 'PowerGrip' translated by meaning; kept in the title"),
            ("spelling", "target", 10, "leichtigkeit", "German noun written lower-case"),
            ("untranslated", "target", 10, "tight spaces", "English phrase left inside the German sentence"),
            ("repetition", "target", 12, "Garantie Garantie", "doubled word"),
            ("markup", "target", 13, "&amp;ndash;", "'&ndash;' double-escaped: the page will show '&ndash;' literally"),
        ],
    },
    {
        "folder": "aurelia-pasta-machine",
        "src_lang": "en", "tgt_lang": "it",
        "src": [
            "Aurelia Maestra Manual Pasta Machine with 3 Cutters",
            "Fresh Pasta, Just Like Nonna&#x2019;s",
            "Nine thickness settings from 0.5 to 3 mm",
            "Interchangeable cutters for fettuccine, tagliolini and lasagne sheets",
            "Chrome-plated steel body with anodized aluminium rollers",
            "Table clamp keeps the machine steady while you crank",
            'Roller width: 5.9" (150 mm)',
            "Weight: 6.6 lb",
            'Dimensions: 8" x 7" x 6.3"',
            "Turning flour and eggs into silky ribbons has never been easier. Simply feed the dough through the rollers, fold it, and repeat until smooth &ndash; then switch to the cutter of your choice.",
            "Do not wash in the dishwasher or under running water. Clean with a dry brush.",
            "Includes recipe booklet with 20 regional recipes.",
            "2-year warranty &middot; Free shipping in the EU",
            "Bring the taste of Italy to your kitchen!",
        ],
        "tgt": [
            "Macchina per pasta manuale Aurelia Maestra con 3 tagliapasta",
            "Pasta Fresca, Proprio Come Quella della Nonna",
            "Nove regolazioni di spessore da 0,5 3 mm",
            "Tagliapasta intercambiabili per fettuccine tagliolini e sfoglie per lasagne",
            "Corpo in acciaio chrome-plated con rulli in alluminio anodizzato",
            "La pinza della tabella mantiene stabile la macchina mentre giri la manovella",
            'Larghezza rulli: 150 mm (5,9")',
            "Peso: 3,6 kg",
            'Dimensioni: 8" x 7" x 6,3"',
            "Trasformare farina e uova in nastri setosi non è mai stato così facile. basta far passare l’impasto tra i rulli e ripetere fino a renderlo liscio &ndash; poi passare al tagliapasta che preferisci.",
            "Non lavare in lavastoviglie o sotto l’acqua corrente. Pulire con un pennello asciutto.",
            "Include un ricettario con 20 ricette regionali.",
            "Garanzia di 2 anni &middot Spedizione gratuita nell’UE",
            "Porta il gusto d'Italia nella tua cucina!",
        ],
        "alignment": None,
        "artefacts": [
            ("omission", "source", 2, "to", "preposition 'a' dropped from the range 'da 0,5 a 3 mm'"),
            ("punctuation", "target", 3, "fettuccine tagliolini", "list comma dropped (the source has one)"),
            ("untranslated", "target", 4, "chrome-plated", "English term left ('cromato')"),
            ("mistranslation", "target", 5, "tabella", "'table' read as a chart ('tabella'), not furniture ('tavolo')"),
            ("number", "target", 7, "3,6 kg", "6.6 lb is 3.0 kg: wrong conversion"),
            ("spelling", "target", 9, "basta", "sentence starts lower-case after a full stop"),
            ("omission", "source", 9, "fold it", "'piegarlo' missing: the folding step is dropped"),
            ("markup", "target", 12, "&middot", "HTML reference lost its semicolon"),
            ("typography", "target", 13, "d'Italia", "straight apostrophe where the page uses ’ elsewhere"),
        ],
    },
    {
        "folder": "nimbo-air-fryer",
        "src_lang": "en", "tgt_lang": "es",
        "src": [
            "Nimbo CrispMax 5.5 Qt Digital Air Fryer",
            "ALL THE CRUNCH, NONE OF THE GUILT",
            "Cooks with up to 85% less oil than deep frying",
            "8 one-touch presets: fries, chicken, fish, steak, shrimp, bacon, baking and reheat",
            "Temperature range: 180&ndash;400&deg;F",
            "Nonstick, dishwasher-safe basket",
            "Shake reminder beeps halfway through cooking",
            "Capacity: 5.5 qt (5.2 L)",
            "Power: 1,700 W",
            'Size: 14.2" x 11" x 12.6"',
            "Big enough for a whole 4 lb chicken, the CrispMax makes family dinners quick and easy. Its rapid hot-air circulation gives food a golden, crispy finish, while the viewing window lets you check progress without opening the drawer.",
            "Tip: Don&#x2019;t overcrowd the basket &ndash; cook in batches for the crispiest results.",
            "1-year limited warranty. Free standard shipping.",
            "Upgrade your kitchen today!",
        ],
        "tgt": [
            "Freidora de aire digital Nimbo CrispMax de 5.5 qt",
            "TODO EL CRUJIENTE, NADA DE CULPA",
            "Cocina con hasta un 58% menos de aceite que la fritura profunda",
            "8 programas de un toque: papas fritas, pollo, pescado, bistec, camarones, horneado y recalentar",
            "Rango de temperatura: 180&ndash;400&deg;F",
            "Canasta antiadherente, apta para lavavajillas",
            "Recordatorio de batido suena a mitad de la cocción",
            "Capacidad: 5.5 qt (5.2 L)",
            "Potencia: 1,700 W",
            'Tamaño: 14.2" x 11" x 12.6"',
            "Lo suficientemente grande para un pollo entero de 4 lb la MaxCrujiente hace que las cenas familiares sean rápidas y fáciles. Su rápida circulación de aire caliente da a los alimentos un acabado golden y crujiente, mientras que la ventana de visualización te permite revisar el progreso sin abrir el cajón.",
            "Consejo: no llenes demasiado la cesta &ndash; cocina por tandas para obtener los resultados más crujientes.",
            "Garantía limitada de 1 año. Envío Estándar gratis.",
            "¡Mejora tu cocina hoy mismo!",
        ],
        "alignment": None,
        "artefacts": [
            ("number", "target", 2, "58%", "'85%' became 58%"),
            ("omission", "source", 3, "bacon", "'tocino' missing: 8 presets announced, 7 listed"),
            ("mistranslation", "target", 6, "batido", "'shake' (the basket) rendered as a milkshake"),
            ("punctuation", "target", 10, "lb la", "comma after the introductory phrase dropped (the source has one)"),
            ("name", "target", 10, "MaxCrujiente", "model name 'CrispMax' translated by meaning; kept in the title"),
            ("untranslated", "target", 10, "golden", "English word left ('dorado')"),
            ("consistency", "target", 11, "cesta", "'basket' is 'canasta' in paragraph 5"),
            ("spelling", "target", 12, "Estándar", "adjective capitalised mid-sentence without a reason in the source"),
        ],
    },
    {
        "folder": "waldkind-play-kitchen",
        "src_lang": "de", "tgt_lang": "en",
        "src": [
            "Waldkind Holz-Spielküche &bdquo;Lindenhof&ldquo; mit Zubehör",
            "KOCHEN WIE DIE GROSSEN",
            "Aus FSC&reg;-zertifiziertem Birkensperrholz gefertigt",
            "Zwei drehbare Kochfelder mit Klickgeräusch",
            "Backofen mit Magnettür und Sichtfenster",
            "Spülbecken herausnehmbar, Wasserhahn drehbar",
            "Inklusive 12-teiligem Zubehörset: Töpfe, Pfanne, Kochlöffel und Salzstreuer",
            "Maße: 60 x 30 x 85 cm",
            "Arbeitshöhe: 50 cm",
            "Empfohlenes Alter: ab 3 Jahren",
            "Die Spielküche Lindenhof lädt kleine Köchinnen und Köche zum Rollenspiel ein. Alle Kanten sind abgerundet, die Farben sind speichelfest und auf Wasserbasis. Der Aufbau dauert etwa 45 Minuten.",
            "Achtung: Nicht f&uuml;r Kinder unter 36 Monaten geeignet. Verschluckbare Kleinteile.",
            "Versandkostenfrei ab 50&nbsp;&euro;.",
            "Jetzt bestellen und Kinderaugen leuchten lassen!",
        ],
        "tgt": [
            "Waldkind Wooden Play Kitchen “Lindenhof” with Accessories",
            "COOK LIKE THE GROWN-UPS",
            "Made from FSC&reg;-certified birch plywood",
            "Two rotating cooking fields with click sound",
            "Oven with magnetic door and viewing window",
            "Removable sink rotating tap",
            "Includes 10-piece accessory set: pots, pan, wooden spoon and salt shaker",
            'Dimensions: 23.6" x 11.8" x 33.5" (60 x 30 x 85 cm)',
            'Counter height: 19.7" (50 cm)',
            "Recommended age: 3 years and up",
            "The Linden Court play kitchen invites little chefs to role play. All edges are rounded, the paints are speichelfest and water-based. assembly takes about 45 minutes.",
            "Warning: Not suitable for children under 36 months. Small parts can be swallowed.",
            "Free shipping on orders over & euro;50.",
            "Order now and and watch their eyes light up!",
        ],
        "alignment": None,
        "artefacts": [
            ("mistranslation", "target", 3, "cooking fields", "'Kochfelder' rendered word by word; 'burners' / 'hobs'"),
            ("punctuation", "target", 5, "sink rotating", "comma between the two items dropped (the source has one)"),
            ("number", "target", 6, "10-piece", "'12-teilig' became 10-piece"),
            ("name", "target", 10, "Linden Court", "product name 'Lindenhof' translated by meaning; kept in the title"),
            ("untranslated", "target", 10, "speichelfest", "German word left ('saliva-resistant')"),
            ("spelling", "target", 10, "assembly", "sentence starts lower-case after a full stop"),
            ("markup", "target", 12, "& euro;", "space inserted inside the HTML reference '&euro;'"),
            ("repetition", "target", 13, "and and", "doubled word"),
        ],
    },
    {
        "folder": "skarvik-rain-jacket",
        "src_lang": "en", "tgt_lang": "sv",
        "src": [
            "Skarvik Stormline Women&#x2019;s Waterproof Rain Jacket",
            "STAY DRY, STAY BOLD",
            "3-layer waterproof, breathable membrane (20,000 mm)",
            "Fully taped seams and water-resistant zippers",
            "Adjustable hood with stiffened brim",
            "Two hand pockets and one inner chest pocket",
            "Pit zips for extra ventilation",
            "Weight: 14.1 oz (400 g)",
            "Fit: Regular &ndash; true to size",
            "Sizes: XS&ndash;XXL",
            "Whether you&#x2019;re commuting through the city or hiking along the coast, the Stormline keeps the rain out while letting sweat escape. The packable design folds into its own pocket, so it&#x2019;s always ready for sudden showers.",
            "Care: Machine wash at 30&deg;C. Do not use fabric softener.",
            "Free returns within 60 days.",
            "Don&#x2019;t let the weather stop you &ndash; order today!",
        ],
        "tgt": [
            "Skarvik Stormline vattentät regnjacka för dam",
            "HÅLL DIG TORR, VAR MODIG",
            "Vattentätt, andningsbart 3-lagersmembran (20 000 mm)",
            "Helt tejpade sömmar och vattenavvisande dragkedjor",
            "Justerbar huva med förstyvad brim",
            "Två handfickor och inre bröstficka",
            "Gropdragkedjor för extra ventilation",
            "Vikt: 400 g (14.1 oz)",
            "Passform: Regular &ndash; normal i storleken",
            "Storlekar: XS&ndash;XXL",
            "Oavsett om du pendlar genom staden eller vandrar längs kusten håller Stormlinjen regnet ute samtidigt som svetten kan avdunsta. Den packbara designen, viks ihop i sin sin egen ficka, så den är alltid redo för plötsliga skurar.",
            "Skötsel: Maskintvätt i 40&deg;C. Använd inte sköljmedel.",
            "Fri retur inom 60 dagar.",
            "Låt inte vädret stoppa dig &ndash; Beställ idag!",
        ],
        "alignment": None,
        "artefacts": [
            ("untranslated", "target", 4, "brim", "English word left ('skärm')"),
            ("omission", "source", 5, "one", "determiner 'en' (one) dropped: Swedish needs it before 'inre bröstficka'"),
            ("mistranslation", "target", 6, "Gropdragkedjor", "'pit zips' (underarm vents) rendered with 'grop' (hole in the ground)"),
            ("typography", "target", 7, "14.1", "decimal point where Swedish writes a decimal comma"),
            ("name", "target", 10, "Stormlinjen", "model name 'Stormline' translated by meaning; kept in the title"),
            ("punctuation", "target", 10, "designen,", "comma added between subject and verb"),
            ("repetition", "target", 10, "sin sin", "doubled word"),
            ("number", "target", 11, "40", "'30°C' became 40°C"),
            ("spelling", "target", 13, "Beställ", "capital after a dash mid-sentence without a reason in the source"),
        ],
    },
]


def build_page(p):
    d = os.path.join(HERE, p["folder"])
    os.makedirs(d, exist_ok=True)
    src_name = p["src_lang"] + ".txt"
    tgt_name = p["tgt_lang"] + ".txt"
    src = [sub(s) for s in p["src"]]
    tgt = [sub(s) for s in p["tgt"]]
    for name, paras in ((src_name, src), (tgt_name, tgt)):
        with open(os.path.join(d, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n\n".join(paras) + "\n")
    align = p["alignment"]
    if align is None:
        assert len(src) == len(tgt), p["folder"]
        align = [([i], [i]) for i in range(len(src))]
    arts = []
    bad_tgt = set()
    for a in p["artefacts"]:
        cat, side, para, exc, note = a[:5]
        rec = {"category": cat, "side": side, "paragraph": para, "excerpt": sub(exc)}
        if len(a) > 5:
            rec["occurrence"] = a[5]
        rec["note"] = note
        arts.append(rec)
        if side == "target":
            bad_tgt.add(para)
        else:
            for s, t in align:
                if para in s:
                    bad_tgt.update(t)
    clean = [i for i in range(len(tgt)) if i not in bad_tgt]
    gold = {
        "source": src_name, "target": tgt_name,
        "source_lang": p["src_lang"], "target_lang": p["tgt_lang"],
        "alignment": [{"source": list(s), "target": list(t)} for s, t in align],
        "artefacts": arts,
        "clean_target_paragraphs": clean,
    }
    with open(os.path.join(d, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(d, "mtqa.toml"), "w", encoding="utf-8", newline="\n") as f:
        f.write('profile = "product"\n')


if __name__ == "__main__":
    for page in PAGES:
        build_page(page)
    print("built %d pages" % len(PAGES))
