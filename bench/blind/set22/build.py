#!/usr/bin/env python3
"""Build blind set 22 (product pages). Standard library only.

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
    folder="feldor-camping-stove", src="en", tgt="fr",
    source=[
        "Feldor Ember 2 Compact Camping Stove",
        "Cook Anywhere the Trail Takes You",
        "Boils 1 litre of water in 3 minutes 40 seconds",
        "Piezo ignition &ndash; no matches needed",
        "WindShield&trade; burner ring keeps the flame steady in gusty conditions",
        "Folding pot supports hold pans up to 22 cm across",
        "Fits standard EN 417 screw-on gas cartridges",
        "Output: 2.6 kW (8,900 BTU/h)",
        "Weight: 315 g",
        "Packed size: 11 &times; 8 &times; 9 cm",
        "Whether you are brewing coffee at dawn or simmering a stew after a long climb, the Ember 2 gives you full control, from a gentle simmer to a rolling boil. The stove folds into its own hard case, which slips easily into a side pocket of your rucksack.",
        "Use outdoors only. Never operate inside a tent.",
        "Free shipping on orders over &euro;40 &ndash; 3-year warranty",
        "Light up your next adventure: order the Ember 2 today!",
    ],
    target=[
        "Réchaud de camping compact Feldor Ember 2",
        "Cuisinez Partout où le Sentier Vous Mène",
        "Fait bouillir 1 litre d’eau en 3 minutes 40 secondes",
        "Allumage piézo &ndash; plus besoin d’allumettes",
        "La couronne de brûleur Bouclier Vent&trade; maintient la flamme stable par vent en rafales",
        "Les supports de casserole pliables accueillent des poêles jusqu’à 22 mm de diamètre",
        "Compatible avec les cartouches de gaz screw-on standard EN 417",
        "Puissance¤: 2,6 kW (8§900 BTU/h)",
        "Poids¤: 315 g",
        "Dimensions plié¤: 11 &timse; 8 &times; 9 cm",
        "Que vous brassiez un café à l’aube ou que vous laissiez mijoter un ragoût après une longue ascension, l’Ember 2 vous offre un contrôle total, d’un léger frémissement à une ébullition vive. Le réchaud se replie dans son propre étui rigide qui se glisse facilement dans une poche latérale de votre sac à dos.",
        "Utiliser uniquement en extérieur. Ne jamais faire fonctionner à l’intérieur d’une tente.",
        "Livraison gratuite dès €40 d’achat &ndash; garantie 3 ans",
        "Lancez votre prochaine aventure¤: commandez l’Ember 2 dès aujourd’hui§!",
    ],
    beads=None,
    artefacts=[
        ("name", "target", 4, "Bouclier Vent", "burner name 'WindShield' translated by meaning"),
        ("number", "target", 5, "22 mm", "pans 'up to 22 cm across' became millimetres"),
        ("untranslated", "target", 6, "screw-on", "'screw-on' left in English (à visser)"),
        ("markup", "target", 9, "&timse;", "first '&times;' with two letters swapped"),
        ("mistranslation", "target", 10, "brassiez", "'brewing coffee' rendered with the beer-brewing verb (préparer un café)"),
        ("punctuation", "target", 10, "rigide qui", "comma dropped before the non-restrictive relative (source: 'hard case, which slips')"),
        ("typography", "target", 12, "€40", "English currency order; French writes '40 €' with U+202F"),
    ],
    clean=[0, 1, 2, 3, 7, 8, 11, 13],
))

# 2 ------------------------------------------------------------------ en -> fr
PAGES.append(dict(
    folder="lumadent-sonic-toothbrush", src="en", tgt="fr",
    source=[
        "Lumadent SonicPro 300 Electric Toothbrush",
        "SMILE BRIGHTER IN TWO MINUTES",
        "31,000 brush strokes per minute remove up to 7&times; more plaque than a manual toothbrush",
        "Five modes: Clean, White, Gum Care, Sensitive and Polish",
        "SmartTimer pulses every 30 seconds so you brush each quarter of your mouth evenly",
        "Pressure sensor lights up red when you brush too hard",
        "One charge lasts up to 4 weeks",
        "Battery: Li-ion, 800 mAh",
        "Charging time: 12 h",
        "Water resistance: IPX7",
        "In the box: 1 handle, 2 brush heads, 1 charging stand &amp; 1 travel case",
        "The SonicPro 300 is gentle on enamel yet tough on stains. Its slim handle rests comfortably in the hand, and the brush head snaps on with a firm click. Replace it every three months for the best results.",
        "&ldquo;My dentist noticed the difference after six weeks.&rdquo; &ndash; Clara M.",
        "Free delivery &amp; 60-day money-back guarantee",
        "Treat your teeth &ndash; add to basket",
    ],
    target=[
        "Brosse à dents électrique Lumadent SonicPro 300",
        "SOURIEZ PLUS BLANC EN DEUX MINUTES",
        "31§000 mouvements par minute, éliminent jusqu’à 7&times; plus de plaque qu’une brosse à dents manuelle",
        "Cinq modes¤: Nettoyage, Blancheur, Soin des gencives, Sensibilité et Polissage",
        "Le Minuteur Intelligent vibre toutes les 30 secondes pour que vous brossiez chaque quart de votre bouche de manière uniforme",
        "Le capteur de pression s’allume en rouge lorsque vous brossez too hard",
        "Une charge dure jusqu’à 4 jours",
        "Batterie¤: Li-ion, 800 mAh",
        "Temps de charge¤: 12 h",
        "Étanchéité¤: IPX7",
        "Contenu¤: 1 manche, 2 têtes de brosse, 1 socle de charge &amp;amp; 1 étui de voyage",
        "La SonicPro 300 est douce pour l’émail mais redoutable contre les taches. Son manche fin se tient confortablement en main et la tête de brosse se casse avec un clic ferme. remplacez-la tous les trois mois pour de meilleurs résultats.",
        "«¤Mon dentiste a remarqué la différence au bout de six semaines.¤» &ndash; Clara M.",
        "Livraison gratuite &amp; satisfait ou remboursé pendant 60 jours",
        "Chouchoutez vos dents &ndash; ajoutez au panier et profitez de 10§% de réduction",
    ],
    beads=None,
    artefacts=[
        ("punctuation", "target", 2, "minute, éliminent", "comma added between subject and verb"),
        ("name", "target", 4, "Minuteur Intelligent", "feature name 'SmartTimer' translated by meaning"),
        ("untranslated", "target", 5, "too hard", "'too hard' left in English (trop fort)"),
        ("number", "target", 6, "4 jours", "'up to 4 weeks' became days"),
        ("markup", "target", 10, "&amp;amp;", "'&amp;' escaped twice"),
        ("mistranslation", "target", 11, "se casse", "'snaps on' (clips into place) rendered as 'breaks'"),
        ("spelling", "target", 11, "remplacez-la", "sentence starts lower-case"),
        ("addition", "target", 14, "et profitez de 10§% de réduction", "discount offer not in the source"),
    ],
    clean=[0, 1, 3, 7, 8, 9, 12, 13],
))

# 3 ------------------------------------------------------------------ en -> nl
PAGES.append(dict(
    folder="opvia-standing-desk", src="en", tgt="nl",
    source=[
        "Opvia Rise 140 Electric Standing Desk",
        "Sit Less. Move More.",
        "Dual motors lift up to 100 kg smoothly and quietly",
        "Height range: 62&ndash;127 cm",
        "Four memory presets for your favourite sitting and standing heights",
        "Anti-collision system stops the desk when it meets an obstacle",
        "Cable tray keeps wires tidy and out of sight",
        "Desktop: 140 &times; 70 cm, 25 mm thick",
        "Noise level: &lt; 45 dB",
        "Lifting speed: 38 mm/s",
        "Switching between sitting and standing takes just a few seconds, so it is easy to change position every hour. The steel frame stays steady even at full height, and the desktop comes in oak, walnut and white.",
        "Assembly takes about 30 minutes; all tools are included.",
        "5-year warranty on frame and motors",
        "&ldquo;My back pain was gone after two weeks.&rdquo; &ndash; Tom H.",
        "Upgrade your workspace &ndash; order now and get free delivery.",
    ],
    target=[
        "Opvia Rise 140 elektrisch zit-sta-bureau",
        "Minder zitten. Meer bewegen.",
        "Dubbele motoren tillen tot 100 kg smoothly en stil op",
        "Hoogtebereik: 62&ndash;127 cm",
        "Vier geheugenposities voor uw favoriete zit- en stahoogte",
        "Antibotsingssysteem stopt het bureau zodra het een obstakel raakt",
        "Bureaublad: 140 &times; 70 cm, 25 cm dik",
        "Geluidsniveau: &lt 45 dB",
        "Hefsnelheid: 38 mm/s",
        "Wisselen tussen zitten en staan duurt maar een paar seconden, zodat het gemakkelijk is om elk uur van functie teveranderen. Het stalen frame blijft stabiel, zelfs op volle hoogte, en het bureaublad is verkrijgbaar in eiken, walnoot en wit.",
        "De montage duurt ongeveer 30 minuten; al het gereedschap wordt meegeleverd.",
        "5 jaar Garantie op frame en motoren",
        "“Na twee weken was mijn rugpijn verdwenen.” &ndash; Tom H.",
        "Upgrade uw werkplek &ndash; bestel nu en ontvang gratis levering.",
    ],
    beads=[([i], [i]) for i in range(6)] + [([6], [])] + [([i], [i - 1]) for i in range(7, 15)],
    artefacts=[
        ("untranslated", "target", 2, "smoothly", "'smoothly' left in English (soepel)"),
        ("omission", "source", 6, "Cable tray keeps wires tidy and out of sight", "cable-tray bullet has no counterpart in the translation"),
        ("number", "target", 6, "25 cm", "desktop '25 mm thick' became centimetres"),
        ("markup", "target", 7, "&lt 45", "'&lt;' lost its semicolon"),
        ("mistranslation", "target", 9, "van functie", "'change position' (posture) rendered as 'change jobs'"),
        ("spelling", "target", 9, "teveranderen", "words run together ('te veranderen')"),
        ("spelling", "target", 11, "Garantie", "capital not motivated by the source mid-line"),
    ],
    clean=[0, 1, 3, 4, 5, 8, 10, 12, 13],
))

# 4 ------------------------------------------------------------------ en -> sv
PAGES.append(dict(
    folder="veloran-bike-helmet", src="en", tgt="sv",
    source=[
        "Veloran Metro Urban Bike Helmet",
        "Ride Safe. Look Sharp.",
        "In-mould polycarbonate shell bonded to an EPS foam liner",
        "Integrated rear LED light with three modes",
        "FitDial&reg; adjustment system for a secure, one-hand fit",
        "14 vents keep your head cool on warm days",
        "Magnetic buckle opens easily, even with gloves on",
        "Size M: 55&ndash;59 cm",
        "Weight: 340 g",
        "Certified to EN 1078",
        "Designed for daily commuting, the Metro combines a sleek, low-profile look with serious protection. The removable padding can be washed by hand, and a visor clips on for rainy rides.",
        "Replace your helmet after any crash, even if no damage is visible.",
        "Free returns within 30 days. Order before 3 pm for same-day dispatch.",
        "Get yours today &ndash; safety never goes out of style.",
    ],
    target=[
        "Veloran Metro cykelhjälm för stadsbruk",
        "Cykla säkert. Se snygg ut.",
        "In-mould-skal av polykarbonat sammanfogat med ett foder av EPS-skum",
        "Inbyggd LED-baklampa med tre lägen",
        "Justeringssystemet Passratt&reg; för en säker passform med en hand",
        "41 ventilationshål håller huvudet svalt under varma dagar",
        "Magnetspännet öppnas enkelt, även med handskar på",
        "Storlek M: 55&ndahs;59 cm",
        "Vikt: 340 g",
        "Certifierad enligt EN 1078",
        "Metro är designad för daglig pendling och kombinerar ett elegant, low-profile utseende med ett kraftfullt skydd. Den avtagbara vadderingen kan tvättas för hand och ett visir kan klickas fast inför regniga åkattraktioner.",
        "Byt ut hjälmen efter varje olycka, även om om ingen skada syns.",
        "Fri retur inom 30 dagar. Beställ före kl. 15 så skickas din order samma dag.",
        "Skaffa Din i dag &ndash; säkerhet går aldrig ur modet.",
    ],
    beads=None,
    artefacts=[
        ("name", "target", 4, "Passratt", "adjuster name 'FitDial' translated by meaning"),
        ("number", "target", 5, "41", "'14 vents' became 41 (digits swapped)"),
        ("markup", "target", 7, "&ndahs;", "'&ndash;' with two letters swapped"),
        ("untranslated", "target", 10, "low-profile", "'low-profile' left in English (lågprofilerat)"),
        ("mistranslation", "target", 10, "åkattraktioner", "'rides' (bike rides) rendered as fairground rides"),
        ("repetition", "target", 11, "om om", "doubled word"),
        ("spelling", "target", 13, "Din", "capital not motivated by the source mid-sentence"),
    ],
    clean=[0, 1, 2, 3, 6, 8, 9, 12],
))

# 5 ------------------------------------------------------------------ en -> da
PAGES.append(dict(
    folder="crispera-air-fryer", src="en", tgt="da",
    source=[
        "Crispera Duo 5.5 L Digital Air Fryer",
        "All the Crunch, a Fraction of the Oil",
        "Cooks with up to 85% less fat than deep frying",
        "8 presets: fries, chicken, fish, steak, vegetables, cake, reheat and defrost",
        "TurboVortex&trade; airflow crisps food evenly on all sides",
        "Temperature: 80&ndash;200 &deg;C",
        "Timer: up to 60 minutes",
        "Power: 1,700 W",
        "Capacity: 5.5 L, enough for 4&ndash;6 servings",
        "Non-stick basket and tray are dishwasher-safe",
        "From crispy chicken wings to golden roast potatoes, the Duo makes your weeknight favourites quicker and healthier. A window in the drawer lets you check the food without opening it, so the heat stays inside.",
        "Shake the basket halfway through for even results.",
        "Recipe booklet included.",
        "2-year warranty. Delivery in 1&ndash;3 working days.",
        "Crunch smarter &ndash; order your Crispera Duo today.",
    ],
    target=[
        "Crispera Duo 5,5 l digital airfryer",
        "Al sprødheden, en brøkdel af olien",
        "Tilbereder mad med op til 85% mindre fedt end friturestegning",
        "8 forprogrammer: pommes frites, kylling, fisk, bøf, grøntsager, kage, genopvarmning og optøning",
        "TurboVortex&trade;-luftstrømmen gør maden jævnt sprød på alle sider",
        "Temperatur: 80&ndash;200 &deg C",
        "Timer: op til 60 minutter",
        "Effekt: 1.700 W",
        "Kapacitet: 5,5 l, nok til 4&ndash;6 portioner",
        "Slip-let kurv og bakke er dishwasher-safe",
        "Fra sprøde kyllingevinger til gyldne ovnkartofler, gør Duo dine hverdagsfavoritter hurtigere og sundere. Et vindue i skuffen lader dig tjekke maden uden at åbne den, så varmen bliver inde.",
        "Ryst kurven halvvejs for lige resultater. Opskriftshæfte medfølger.",
        "2 års garanti. Levering på 1&ndash;3 uger.",
        "Knas smartere &ndash; bestil din din Crispera Duo i dag.",
    ],
    beads=[([i], [i]) for i in range(11)] + [([11, 12], [11]), ([13], [12]), ([14], [13])],
    artefacts=[
        ("typography", "target", 2, "85%", "Danish writes a space before the per-cent sign ('85 %')"),
        ("markup", "target", 5, "&deg C", "'&deg;' lost its semicolon"),
        ("untranslated", "target", 9, "dishwasher-safe", "'dishwasher-safe' left in English (tåler opvaskemaskine)"),
        ("punctuation", "target", 10, "ovnkartofler, gør", "comma added after the fronted adverbial, against Danish rules"),
        ("mistranslation", "target", 11, "lige resultater", "'even' (uniform) rendered as 'even (number)/straight'; jævne resultater"),
        ("number", "target", 12, "uger", "'1-3 working days' became weeks"),
        ("repetition", "target", 13, "din din", "doubled word"),
    ],
    clean=[0, 1, 3, 4, 6, 7, 8],
))

# 6 ------------------------------------------------------------------ de -> en
PAGES.append(dict(
    folder="hartwerk-drill-driver", src="de", tgt="en",
    source=[
        "Hartwerk BS 18 Compact Akku-Bohrschrauber",
        "Kraft, die in jede Hand passt",
        "Max. Drehmoment 55 Nm für Schrauben bis 8 mm Durchmesser",
        "2-Gang-Getriebe: 0&ndash;450 / 0&ndash;1.600 U/min",
        "21+1 Drehmomentstufen für präzises Arbeiten",
        "LED-Arbeitslicht beleuchtet die Bohrstelle",
        "Schnellspannbohrfutter 1,5&ndash;13 mm",
        "Spannung: 18 V",
        "Akku: 2,0 Ah Li-Ion (2 Stück im Lieferumfang)",
        "Gewicht: 1,3 kg (mit Akku)",
        "Ob Regal aufhängen, Möbel montieren oder Löcher in Holz und Metall bohren: Der BS 18 Compact erledigt es mühelos. Dank seines kurzen Kopfes kommt er auch in enge Ecken, und der gummierte Griff liegt sicher in der Hand.",
        "Lieferumfang: Bohrschrauber, 2 Akkus, Schnellladegerät, Gürtelclip und Transportkoffer.",
        "3 Jahre Garantie nach Registrierung &ndash; versandkostenfrei ab 29&nbsp;&euro;",
        "Jetzt bestellen und sofort loslegen!",
    ],
    target=[
        "Hartwerk BS 18 Compact Cordless Drill Driver",
        "Power That Fits Every Hand",
        "Max. torque 55 Nm for screws up to 8 cm in diameter",
        "2-speed gearbox: 0&ndash;450 / 0&ndash;1.600 rpm",
        "21+1 torque settings for precise work",
        "LED work light illuminates the Bohrstelle",
        "Quick-release drill feed 1.5&ndash;13 mm",
        "Voltage: 18 V",
        "Battery: 2.0 Ah Li-ion (2 included)",
        "Weight: 1.3 kg (with battery)",
        "Whether you are hanging a shelf, assembling furniture or drilling holes in wood and metal, the BS 18 Compact does it effortlessly.",
        "Thanks to its short head it also reaches into tight corners and the rubberised grip sits securely in the hand.",
        "Scope of delivery: drill driver, 2 batteries, fast charger, belt clip and Transport case.",
        "3-year warranty after registration &ndash; free shipping on orders over &eur;29",
        "Order now and get started right away!",
    ],
    beads=[([i], [i]) for i in range(10)] + [([10], [10, 11]), ([11], [12]), ([12], [13]), ([13], [14])],
    artefacts=[
        ("number", "target", 2, "8 cm", "screws 'bis 8 mm' became centimetres"),
        ("typography", "target", 3, "1.600", "German thousands point kept in English ('1,600')"),
        ("untranslated", "target", 5, "Bohrstelle", "German word left in the English sentence (drilling point)"),
        ("mistranslation", "target", 6, "drill feed", "'Bohrfutter' (chuck) rendered with 'Futter' in the sense of feed/fodder"),
        ("punctuation", "target", 11, "corners and the", "comma dropped between the two main clauses (source: 'Ecken, und der')"),
        ("spelling", "target", 12, "Transport", "German noun capital carried into English mid-list"),
        ("markup", "target", 13, "&eur;", "'&euro;' lost a letter"),
    ],
    clean=[0, 1, 4, 7, 8, 9, 10, 14],
))

# 7 ------------------------------------------------------------------ fr -> en
PAGES.append(dict(
    folder="souplesse-yoga-mat", src="fr", tgt="en",
    source=[
        "Tapis de yoga Souplesse Ancrage 6 mm",
        "Trouvez Votre Équilibre",
        "Surface en caoutchouc naturel antidérapante, même mouillée",
        "Épaisseur de 6 mm pour protéger genoux et poignets",
        "Lignes d’alignement gravées pour positionner mains et pieds",
        "Sans PVC ni latex ajouté",
        "Dimensions¤: 183 &times; 68 cm",
        "Poids¤: 2,4 kg",
        "Sangle de transport en coton incluse",
        "Conçu avec des professeurs de yoga, l’Ancrage offre une adhérence qui ne faiblit pas lorsque la séance s’intensifie. Sa face inférieure texturée reste en place sur le parquet comme sur le carrelage, et son revêtement se nettoie d’un simple coup d’éponge.",
        "Avant la première utilisation, laissez le tapis s’aérer pendant 48¤heures&nbsp;: une légère odeur de caoutchouc est normale.",
        "Livraison offerte dès 35&nbsp;&euro; &ndash; retours gratuits sous 30 jours",
        "«¤Le meilleur tapis que j’aie jamais eu.¤» &ndash; Inès R., professeure de Pilates",
        "Déroulez, respirez, commencez§!",
    ],
    target=[
        "Souplesse Ancrage 6 mm Yoga Mat",
        "Find Your Balance",
        "Non-slip natural rubber surface, even when wet",
        "6 mm thickness to protect knees and wrists",
        "Burned alignment lines to position hands and feet",
        "Free from PVC and added latex",
        "Dimensions: 183 &times; 86 cm",
        "Weight: 2,4 kg",
        "Cotton carrying strap included",
        "Designed with yoga teachers, the Anchor offers a grip that doesn’t fade as your session intensifies. Its textured underside stays put on parquet and tiles alike, and its surface wipes clean with a sponge and mild soap.",
        "Before first use, let the mat air out for 48 hours&nbsp;: a slight rubber smell is normal.",
        "Free delivery from &euro;35 &ndash; free returns within 30 days",
        "“The best mat I have ever had.” &ndash; Inès R., professeure de Pilates",
        "Unroll, breathe, begin!",
    ],
    beads=None,
    artefacts=[
        ("mistranslation", "target", 4, "Burned", "'gravées' (engraved) rendered in the sense of burning a disc"),
        ("number", "target", 6, "86 cm", "width 68 cm became 86 cm (digits swapped)"),
        ("typography", "target", 7, "2,4 kg", "French decimal comma kept in English ('2.4 kg')"),
        ("name", "target", 9, "Anchor", "model name 'Ancrage' translated by meaning (title keeps 'Ancrage')"),
        ("addition", "target", 9, "and mild soap", "'mild soap' not in the source (sponge only)"),
        ("typography", "target", 10, "&nbsp;:", "French space before the colon kept in English"),
        ("untranslated", "target", 12, "professeure de", "French words left in the English line (Pilates teacher)"),
    ],
    clean=[0, 1, 2, 3, 5, 8, 11, 13],
))

# 8 ------------------------------------------------------------------ en -> ro
PAGES.append(dict(
    folder="caldora-smart-thermostat", src="en", tgt="ro",
    source=[
        "Caldora Sense Wi-Fi Smart Thermostat",
        "Comfort That Learns Your Routine",
        "Learns your schedule in one week and adjusts the heating automatically",
        "Geofencing turns the heating down when the last person leaves home",
        "Control it from anywhere with the Caldora app for iOS and Android",
        "Works with most gas boilers and heat pumps (24 V)",
        "Energy reports show where you can save up to 20% on heating bills",
        "Display: 3.5\" colour touchscreen",
        "Temperature range: 5&ndash;35 &deg;C, in 0.5 &deg;C steps",
        "Dimensions: 96 &times; 96 &times; 22 mm",
        "Installation is straightforward: the Sense fits onto a standard wall box, and the step-by-step guide in the app walks you through the wiring. If you prefer, one of our certified partners can install it for you for a fixed fee of &euro;79.",
        "Open Window Detection pauses the heating while you air the room.",
        "2-year warranty &amp; free technical support",
        "Start saving today &ndash; order your Caldora Sense.",
    ],
    target=[
        "Termostat inteligent Wi-Fi Caldora Sense",
        "Confortul care îți învață rutina",
        "Îți învață programul într-o săptămână și reglează automat încălzirea",
        "Delimitarea geografică (geofencing) reduce încălzirea când ultima persoană pleacă de acasă",
        "Controlează-l de oriunde cu aplicația Caldora pentru iOS și Android",
        "Funcționează cu majoritatea centralelor pe gaz și a pompelor de căldură (24 W)",
        "Rapoartele energetice îți arată unde poți economisi până la 20% la heating bills",
        "Ecran: tactil color de 3,5\"",
        "Interval de temperatură: 5&ndash;35 &deg;C, în pași de 0.5 &deg;C",
        "Dimensiuni: 96 &times; 96 &times; 22 mm",
        "Instalarea este simplă: Sense se montează pe o doză standard de perete, iar ghidul pas cu pas din aplicație te plimbă prin cablaj. Dacă preferi unul dintre partenerii noștri certificați îl poate instala pentru tine la un tarif fix de 79 &euro;.",
        "Detectarea ferestrei deschise întrerupe încălzirea cât timp aeriseşti camera.",
        "Garanție 2 ani &amp asistență tehnică gratuită",
        "Începe să economisești de azi &ndash; comandă-ți Caldora sense.",
    ],
    beads=None,
    artefacts=[
        ("number", "target", 5, "24 W", "'24 V' (volts) became watts"),
        ("untranslated", "target", 6, "heating bills", "'heating bills' left in English (facturile de încălzire)"),
        ("typography", "target", 8, "0.5", "decimal point in Romanian (the spec line above has '3,5')"),
        ("mistranslation", "target", 10, "te plimbă", "'walks you through' (guides) rendered as 'takes you for a walk'"),
        ("punctuation", "target", 10, "preferi unul", "comma dropped after the conditional clause (source: 'If you prefer, one')"),
        ("typography", "target", 11, "aeriseşti", "s with cedilla (U+015F) instead of Romanian s with comma below (U+0219)"),
        ("markup", "target", 12, "&amp", "'&amp;' lost its semicolon"),
        ("name", "target", 13, "Caldora sense", "product name 'Caldora Sense' written with a lower-case 'sense'"),
    ],
    clean=[0, 1, 2, 3, 4, 7, 9],
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
