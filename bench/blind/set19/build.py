#!/usr/bin/env python3
"""Build blind set 19 (product pages). Standard library only.

In the texts below `¤` stands for U+00A0 (no-break space) and `§` for U+202F
(narrow no-break space). Artefacts: (category, side, paragraph, excerpt, note[, occurrence]).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def fix(s):
    return s.replace("¤", "\u00a0").replace("§", "\u202f")


PAGES = []

# 1 ------------------------------------------------------------------ en -> fr
PAGES.append(dict(
    folder="halden-label-printer", src="en", tgt="fr",
    source=[
        "Halden LP-40 Thermal Label Printer",
        "Halden LP-40 Thermal Label Printer",
        "PRINT SMARTER, SHIP FASTER",
        "Prints 4\" x 6\" shipping labels in under 2 seconds",
        "No ink, no toner &ndash; direct thermal technology",
        "Works with Windows, macOS and ChromeOS via USB or Bluetooth",
        "Auto Label Detection recognises the label size automatically",
        "Print speed: 150 mm/s",
        "Resolution: 203 dpi",
        "Weight: 1.1 kg",
        "Size: 7.9\" x 4.3\" x 3.5\"",
        "Whether you sell on marketplaces or run a busy warehouse, the LP-40 prints crisp barcodes and addresses in seconds. Load a fanfold stack at the back, and the printer feeds each label straight without jamming.",
        "Free shipping on orders over $35. 18-month warranty.",
        "\u201cSetup took five minutes and it hasn&#x2019;t jammed once.\u201d &ndash; Priya M., Etsy seller",
        "Add to cart today and print your first label in minutes!",
    ],
    target=[
        "Imprimante d’étiquettes thermique Halden LP-40",
        "Imprimante d’étiquettes thermique Halden LP-40",
        "IMPRIMEZ MIEUX, EXPÉDIEZ PLUS VITE",
        "Imprime des étiquettes d’expédition de 4\" x 6\" en moins de 2 secondes",
        "Sans encre, sans toner &ndash technologie thermique directe",
        "Compatible avec Windows, macOS et ChromeOS via USB or Bluetooth",
        "La fonction Détection Automatique d’Étiquette reconnaît automatiquement la taille de l’étiquette",
        "Vitesse d’impression¤: 150 mm/s",
        "Résolution¤: 203 dpi",
        "Poids¤: 1,1 lb",
        "Dimensions¤: 7,9\" x 4,3\" x 3,5\"",
        "Que vous vendiez sur des places de marché ou que vous gériez un entrepôt animé la LP-40 imprime des codes-barres et des adresses nets en quelquessecondes. Chargez une pile de papier paravent à l’arrière, et l’imprimante nourrit chaque étiquette bien droite sans bourrage.",
        "Livraison gratuite dès 35§$ d’achat. Garantie de 18 mois.",
        "«¤L’installation a pris cinq minutes et elle ne s&#x2019;est pas bloquée une seule fois.¤» &ndash; Priya M., vendeuse Etsy",
        "Ajoutez au panier aujourd’hui et imprimez votre première étiquette en quelques minutes !",
    ],
    beads=None,
    artefacts=[
        ("markup", "target", 4, "&ndash", "'&ndash;' lost its semicolon"),
        ("untranslated", "target", 5, "or", "'or' left in English inside the French line"),
        ("name", "target", 6, "Détection Automatique d’Étiquette", "feature name 'Auto Label Detection' translated by meaning"),
        ("number", "target", 9, "1,1 lb", "'1.1 kg' became pounds without conversion"),
        ("punctuation", "target", 11, "animé la", "comma after the introductory clause dropped (source: 'warehouse, the LP-40')"),
        ("spelling", "target", 11, "quelquessecondes", "words run together"),
        ("mistranslation", "target", 11, "nourrit", "'feeds' (paper feed) rendered as 'nourishes'"),
        ("typography", "target", 14, " !", "ordinary space before '!' where the page uses U+202F"),
    ],
    clean=[0, 1, 2, 3, 7, 8, 10, 12, 13],
))

# 2 ------------------------------------------------------------------ en -> fr
PAGES.append(dict(
    folder="solvik-dehumidifier", src="en", tgt="fr",
    source=[
        "Solvik DryAir 20L Dehumidifier with Laundry Mode",
        "Say Goodbye to Damp &amp; Mould",
        "\u2022 Removes up to 20 litres of moisture per day",
        "\u2022 Quiet 38 dB Sleep Mode for bedrooms",
        "\u2022 Laundry Mode dries clothes indoors up to 50% faster",
        "\u2022 Continuous drainage via the included 1.5 m hose",
        "\u2022 Auto-restart after a power cut",
        "Capacity: 20 L/day",
        "Water tank: 4.5 L",
        "Coverage: up to 45 m&sup2;",
        "Power: 320 W",
        "Damp walls, musty cupboards and condensation on the windows are signs that the air in your home holds too much moisture. The DryAir draws in humid air, cools it over a coil and returns it dry, while the digital humidistat keeps the room at the level you choose.",
        "Empty the tank when the Full light comes on, and clean the filter every two weeks.",
        "2-year warranty. Free delivery within 3&ndash;5 working days.",
        "Order now and breathe easier this winter.",
    ],
    target=[
        "Déshumidificateur Solvik DryAir 20L avec mode Laundry",
        "Dites Adieu à l’Humidité &amp; aux Moisissures",
        "\u2022 Élimine jusqu’à 20 litres d’humidité par jour",
        "\u2022 Mode Sleep silencieux de 38 dB pour les chambres",
        "\u2022 Le mode Laundry sèche le linge en intérieur jusqu'à 50§% plus vite",
        "\u2022 Drainage continu via le tuyau de 1,5 cm fourni",
        "Capacité: 20 L/jour",
        "Réservoir d’eau: 4,5 L",
        "Surface couverte: jusqu’à 45 m&sup;2",
        "Puissance: 320 W",
        "Des murs humides, des placards qui sentent le moisi et de la condensation sur les fenêtres sont des signes que l’air de votre maison contient trop d’humidité. Le DryAir aspire l’air humide, le refroidit sur une bobine et le restitue sec, tandis que l’humidistat numérique maintient la la pièce au niveau que vous choisissez.",
        "Videz le réservoir lorsque le voyant de réservoir plein s’allume, et nettoyez le filtre every two weeks.",
        "Garantie 2 ans. livraison gratuite sous 3&ndash;5 jours ouvrés.",
        "Commandez maintenant et respirez mieux cet hiver.",
    ],
    beads=[([i], [i]) for i in range(6)] + [([6], [])] + [([i], [i - 1]) for i in range(7, 15)],
    artefacts=[
        ("typography", "target", 4, "jusqu'à", "straight apostrophe where the page uses ’"),
        ("number", "target", 5, "1,5 cm", "hose length '1.5 m' became centimetres"),
        ("omission", "source", 6, "\u2022 Auto-restart after a power cut", "bullet has no counterpart in the translation"),
        ("markup", "target", 8, "&sup;2", "'&sup2;' broken: semicolon moved before the digit"),
        ("mistranslation", "target", 10, "bobine", "'coil' (refrigeration coil, serpentin) rendered as 'spool/reel'"),
        ("repetition", "target", 10, "la la", "doubled article"),
        ("untranslated", "target", 11, "every two weeks", "phrase left in English"),
        ("spelling", "target", 12, "livraison", "sentence starts lower-case"),
    ],
    clean=[0, 1, 2, 3, 6, 7, 9, 13],
))

# 3 ------------------------------------------------------------------ en -> fr
PAGES.append(dict(
    folder="alpenrast-trekking-poles", src="en", tgt="fr",
    source=[
        "Alpenrast Carbon Trail Trekking Poles (Pair)",
        "LIGHTER ON THE CLIMB. STEADIER ON THE DESCENT.",
        "Three-section carbon shafts weigh just 215 g per pole",
        "QuickClamp&trade; levers adjust the length in seconds",
        "Cork grips wick away sweat on hot days",
        "Tungsten carbide tips with removable rubber caps",
        "Length: 105&ndash;135 cm (41&ndash;53\")",
        "Packed length: 62 cm",
        "Weight: 430 g per pair",
        "Whether you are crossing scree, fording a stream or tackling a long alpine traverse, the Carbon Trail poles take weight off your knees and keep your rhythm steady. The grips extend down the shaft, so you can choke up on steep sections without adjusting the length.",
        "Includes trekking baskets and snow baskets.",
        "Wipe the poles dry after use and store them extended in a cool place.",
        "Lifetime warranty on the shafts.",
        "Ready for your next summit? Order today.",
    ],
    target=[
        "Bâtons de trekking Alpenrast Carbon Trail (la paire)",
        "PLUS LÉGERS À LA MONTÉE. PLUS STABLES À LA DESCENTE.",
        "Brins en carbone à trois sections ne pesant que 125 g par bâton",
        "Les leviers Serrage Rapide&trade; règlent la longueur en quelques secondes",
        "Les poignées en liège évacuent la transpiration par temps chaud",
        "Pointes en carbure de tungstène avec embouts en caoutchouc amovibles",
        "Longueur¤: 105&ndash;135 cm (41&amp;ndash;53\")",
        "Longueur repliée¤: 62 cm",
        "Poids¤: 430 g la paire",
        "Que vous traversiez du scree, que vous passiez un ruisseau à gué ou que vous vous attaquiez à une longue traversée alpine, les bâtons Carbon Trail soulagent vos genoux, et gardent votre rythme régulier. Les poignées se prolongent le long du brin, afin que vous puissiez les étrangler dans les passages raides sans régler la longueur.",
        "Livré avec Rondelles de trekking et rondelles neige.",
        "Essuyez les bâtons après usage et rangez-les déployés dans un endroit frais. Garantie à vie sur les brins.",
        "Prêt pour votre prochain sommet? Commandez dès aujourd’hui.",
    ],
    beads=[([i], [i]) for i in range(11)] + [([11, 12], [11]), ([13], [12])],
    artefacts=[
        ("number", "target", 2, "125", "'215 g' became '125 g' (digits swapped)"),
        ("name", "target", 3, "Serrage Rapide", "trademarked lever name 'QuickClamp' translated by meaning"),
        ("markup", "target", 6, "&amp;ndash;", "second '&ndash;' double-escaped"),
        ("untranslated", "target", 9, "scree", "'scree' left in English (éboulis)"),
        ("punctuation", "target", 9, "genoux, et", "comma added before 'et' (source: 'knees and keep')"),
        ("mistranslation", "target", 9, "étrangler", "'choke up' (grip lower) rendered as 'strangle'"),
        ("spelling", "target", 10, "Rondelles", "capital not motivated by the source mid-sentence"),
        ("typography", "target", 12, "sommet?", "no narrow no-break space before '?'"),
    ],
    clean=[0, 1, 4, 5, 7, 8, 11],
))

# 4 ------------------------------------------------------------------ en -> de
PAGES.append(dict(
    folder="quillon-fountain-pen", src="en", tgt="de",
    source=[
        "Quillon Meridian Fountain Pen &ndash; Medium Nib",
        "Write Like You Mean It",
        "Hand-polished 14k gold nib, medium (M) width",
        "Piston filler holds 1.4 ml of ink",
        "Demonstrator barrel lets you see the ink level at a glance",
        "Screw cap with spring-loaded steel clip",
        "Length (capped): 5.6\" (142 mm)",
        "Weight: 24 g",
        "Nib: 14k gold, rhodium-plated",
        "The Meridian is designed for people who still write by hand every day. Its balanced barrel rests comfortably in the hand, and the soft gold nib lays down a smooth, wet line that brings out the shading in your favourite ink.",
        "Flush the nib with lukewarm water when you change colours. Do not use India ink.",
        "Presented in a gift box with a converter and two ink cartridges.",
        "Free engraving on orders placed before December 15.",
        "\u201cThe smoothest nib I&#x2019;ve owned under &pound;200.\u201d &ndash; Harriet K.",
        "Order yours today.",
    ],
    target=[
        "Quillon Meridian Füllfederhalter &ndash; Feder M",
        "Schreiben Mit Überzeugung",
        "Handpolierte 14-Karat-Goldfeder, Strichbreite mittel (M)",
        "Kolbenfüller fasst 14 ml Tinte",
        "Der Demonstrator-Schaft zeigt den Tintenstand auf einen Blick",
        "Schraubkappe mit spring-loaded Stahlclip",
        "Länge (geschlossen): 5,6\" (142 mm)",
        "Gewicht : 24 g",
        "Feder: 14 Karat Gold, rhodiniert",
        "Der Meridian wurde für Menschen entwickelt, die die Handschrift noch jeden Tag pflegen. Sein ausgewogener Schaft liegt bequem in der hand, und die weiche Goldfeder zieht eine glatte nasse Linie, die die Schattierung Ihrer Lieblingstinte hervorhebt.",
        "Spülen Sie die Feder mit lauwarmem Wasser, wenn Sie die Farbe wechseln. Verwenden Sie keine indische Tinte.",
        "Geliefert in einer Geschenkbox mit einem Konverter und zwei Tintenpatronen.",
        "Kostenlose Gravur bei Bestellungen vor dem 15. Dezember.",
        "\u201eDie geschmeidigste Feder, die ich unter &pound200 besessen habe.\u201c &ndash; Harriet K.",
        "Bestellen Sie Ihren nochheute.",
    ],
    beads=None,
    artefacts=[
        ("number", "target", 3, "14 ml", "'1.4 ml' lost its decimal separator"),
        ("untranslated", "target", 5, "spring-loaded", "English adjective left untranslated (gefedert)"),
        ("typography", "target", 7, " :", "space before the colon, French style, in a German spec line"),
        ("spelling", "target", 9, "der hand", "German noun 'Hand' written lower-case"),
        ("punctuation", "target", 9, "glatte nasse", "comma between coordinate adjectives dropped (source: 'smooth, wet')"),
        ("mistranslation", "target", 10, "indische Tinte", "'India ink' rendered literally instead of 'Tusche'"),
        ("markup", "target", 13, "&pound200", "'&pound;' lost its semicolon"),
        ("spelling", "target", 14, "nochheute", "words run together"),
    ],
    clean=[0, 1, 2, 4, 6, 8, 11, 12],
))

# 5 ------------------------------------------------------------------ en -> de
PAGES.append(dict(
    folder="brisa-ceiling-fan", src="en", tgt="de",
    source=[
        "Brisa Aura 52\" Ceiling Fan with LED Light",
        "COOL IN SUMMER. COSY IN WINTER.",
        "Five 52\" blades move up to 6,500 m&sup3; of air per hour",
        "DC motor uses up to 70% less energy than AC fans",
        "Reverse function circulates warm air in winter",
        "Integrated 18 W LED light, dimmable from 10 to 100%",
        "Remote control with 6 speeds and a 1/2/4/8-hour timer",
        "Blade span: 52\" (132 cm)",
        "Motor: 35 W DC",
        "Weight: 6.8 kg",
        "The Aura brings a steady, quiet breeze to living rooms and bedrooms up to 30 m&sup2;. In winter, switch the motor to reverse and the fan gently pushes warm air down from the ceiling, so your heating works less.",
        "Installation requires a ceiling box rated for fans. We recommend fitting by a qualified electrician.",
        "5-year warranty on the motor, 2 years on the light.",
        "Bring home the breeze &ndash; order now.",
    ],
    target=[
        "Brisa Aura 52\" Deckenventilator mit LED-Licht",
        "KÜHL IM SOMMER. GEMÜTLICH IM WINTER.",
        "Fünf 52\"-Flügel bewegen bis zu 6.500 m&sup3; Luft pro Stunde",
        "Der DC-Motor verbraucht bis zu 70¤% weniger Energie als AC-Ventilatoren",
        "Die Rückwärtsfunktion verteilt im Winter Warme Luft",
        "Integriertes 18-W-LED-Licht dimmbar von 10 bis 100¤%",
        "Fernbedienung mit 6 Geschwindigkeiten und einem 1/2/4/8-Stunden-Timer",
        "Flügelspannweite: 52\" (142 cm)",
        "Motor: 35 W DC",
        "Gewicht: 6,8 kg",
        "Der Aura sorgt in Wohn- und Schlafzimmern bis 30 m& sup2; für eine gleichmäßige, leise Brise. Im Winter schalten Sie den Motor auf Rückwärtslauf, und der Ventilator drückt warme Luft sanft von der Decke nach unten, sodass Ihre heating weniger arbeitet.",
        "Für die Montage ist eine für Ventilatoren zugelassene Deckendose erforderlich. Wir empfehlen die Anprobe durch eine qualifizierte Elektrofachkraft.",
        "5 Jahre Garantie auf den den Motor, 2 Jahre auf das Licht.",
        "Holen Sie sich die Brise nach Hause &ndash; jetzt bestellen.",
    ],
    beads=None,
    artefacts=[
        ("spelling", "target", 4, "Warme", "adjective capitalised mid-sentence"),
        ("punctuation", "target", 5, "LED-Licht dimmbar", "comma before 'dimmbar' dropped (source: 'LED light, dimmable')"),
        ("number", "target", 7, "142 cm", "52 inches is 132 cm, not 142 cm"),
        ("markup", "target", 10, "& sup2;", "space inserted inside '&sup2;'"),
        ("untranslated", "target", 10, "heating", "English noun left inside the German sentence"),
        ("mistranslation", "target", 11, "Anprobe", "'fitting' (installation) rendered as a clothes fitting"),
        ("repetition", "target", 12, "den den", "doubled article"),
    ],
    clean=[0, 1, 2, 3, 6, 8, 9, 13],
))

# 6 ------------------------------------------------------------------ en -> es
PAGES.append(dict(
    folder="verdant-herb-garden", src="en", tgt="es",
    source=[
        "Verdant Sprout 9 Indoor Herb Garden",
        "Fresh Basil All Year Round",
        "Grows up to 9 plants at once, no soil needed",
        "Full-spectrum 24 W LED grow light with automatic 16-hour cycle",
        "Vacation Mode stretches the 4 L water tank to three weeks",
        "Includes 9 seed pods: basil, parsley, mint, dill, thyme &amp; more",
        "Adjustable lamp arm extends to 14&frac12;\"",
        "Size: 16\" x 6\" x 14\"",
        "Water tank: 4 L",
        "Power: 24 W",
        "Drop in the seed pods, fill the tank and plug it in: the Sprout 9 does the rest. Its pump oxygenates the water every 30 minutes, and a sensor lets you know when it is time to top up, so your herbs never dry out.",
        "Wipe the tank with mild soap between harvests. Do not use bleach.",
        "Free shipping to mainland Spain. 2-year guarantee.",
        "\u201cWe haven&#x2019;t bought basil at the supermarket since March.\u201d &ndash; Luc&iacute;a and Tom",
        "Start growing today!",
    ],
    target=[
        "Huerto de hierbas de interior Verdant Sprout 9",
        "Albahaca Fresca Todo el Año",
        "Cultiva hasta 9 plantas a la vez, sin sin necesidad de tierra",
        "Luz LED de cultivo de espectro completo de 24 W con ciclo automático de 18 horas",
        "El modo Vacation hace que el depósito de agua de 4 L dure tres semanas",
        "Incluye 9 vainas de semillas: albahaca, perejil, menta, eneldo, tomillo &amp; más",
        "El brazo de la lámpara ajustable se extiende hasta 14&frac;12\"",
        "Tamaño: 16\" x 6\" x 14\"",
        "Depósito de agua: 4 L",
        "Potencia: 24 W",
        "Coloque las cápsulas de semillas, llene el depósito y enchúfelo: el Sprout 9 hace el resto. Su bomba oxigena el agua cada 30 minutos, y un sensor le avisa cuando es hora de top up, para que sushierbas nunca se sequen.",
        "Limpie el depósito con jabón suave entre cosechas. no utilice lejía.",
        "Envío gratuito a la España peninsular.",
        "«No hemos comprado albahaca en el supermercado desde marzo». &ndash; Luc&iacute;a y Tom",
        "¡Empiece a cultivar hoy!",
    ],
    beads=None,
    artefacts=[
        ("repetition", "target", 2, "sin sin", "doubled word"),
        ("number", "target", 3, "18 horas", "'16-hour cycle' became 18 hours"),
        ("mistranslation", "target", 5, "vainas", "'seed pods' (capsules) rendered as legume pods; paragraph 10 has 'cápsulas'"),
        ("markup", "target", 6, "&frac;12", "'&frac12;' broken: semicolon moved before the digits"),
        ("untranslated", "target", 10, "top up", "English phrase left in the Spanish sentence"),
        ("spelling", "target", 10, "sushierbas", "words run together"),
        ("spelling", "target", 11, "no utilice", "sentence starts lower-case"),
        ("omission", "source", 12, "2-year guarantee.", "warranty sentence has no counterpart in the translation"),
    ],
    clean=[0, 1, 4, 7, 8, 9, 13, 14],
))

# 7 ------------------------------------------------------------------ en -> it
PAGES.append(dict(
    folder="marlow-binoculars", src="en", tgt="it",
    source=[
        "Marlow Heron 10x42 ED Binoculars",
        "See Every Feather",
        "ED glass lenses reduce colour fringing",
        "Waterproof to 1.5 m and nitrogen-purged to prevent fogging",
        "Twist-up eyecups for use with or without glasses",
        "Close focus from just 2 m",
        "Magnification: 10&times;",
        "Objective lens: 42 mm",
        "Field of view: 114 m at 1,000 m",
        "Weight: 680 g",
        "Built for long mornings in the hide, the Heron is light enough to carry all day and bright enough for the first and last hour of light. The central focus wheel turns smoothly, even with gloves on, so you won&#x2019;t miss the moment a bird takes off.",
        "Includes a padded case, neck strap and lens covers.",
        "Clean the lenses with the supplied cloth only.",
        "10-year warranty &ndash; register online within 30 days.",
        "Order now and get closer to nature.",
    ],
    target=[
        "Binocolo Marlow Heron 10x42 ED",
        "Osserva Ogni Piuma",
        "Le lenti in vetro ED riducono le frange di colore",
        "Impermeabile fino a 15 m e riempito di azoto per evitare l'appannamento",
        "Conchiglie oculari a rotazione per l’uso con o senza bicchieri",
        "Messa a fuoco ravvicinata da soli 2 m",
        "Ingrandimento: 10&times;",
        "Obiettivo: 42 mm",
        "Campo visivo: 114 m a 1.000 m",
        "Peso: 680 g",
        "Progettato per lunghe mattinate nel capanno, l’Airone è abbastanza leggero da portare tutto il giorno e abbastanza luminoso per la prima e l’ultima ora di luce. La rotella di messa a fuoco centrale gira in modo fluido, anche con i guanti così non perderai il momento in cui un uccello prende il volo.",
        "Include custodia imbottita, neck strap e copriobiettivi.",
        "Pulire le lenti solo con il panno in dotazione.",
        "Garanzia di 10 anni &ndas; registrati online entro 30 giorni.",
        "Ordina ora e Avvicinati alla natura.",
    ],
    beads=None,
    artefacts=[
        ("number", "target", 3, "15 m", "'1.5 m' lost its decimal separator"),
        ("typography", "target", 3, "l'appannamento", "straight apostrophe where the page uses ’"),
        ("mistranslation", "target", 4, "bicchieri", "'glasses' (spectacles, occhiali) rendered as drinking glasses"),
        ("name", "target", 10, "Airone", "model name 'Heron' translated by meaning"),
        ("punctuation", "target", 10, "guanti così", "comma before 'così' dropped (source: 'gloves on, so')"),
        ("untranslated", "target", 11, "neck strap", "English phrase left in the list"),
        ("markup", "target", 13, "&ndas;", "'&ndash;' mangled"),
        ("spelling", "target", 14, "Avvicinati", "capital not motivated by the source mid-sentence"),
    ],
    clean=[0, 1, 2, 5, 6, 7, 8, 9, 12],
))

# 8 ------------------------------------------------------------------ en -> nl
PAGES.append(dict(
    folder="drowsa-heated-throw", src="en", tgt="nl",
    source=[
        "Drowsa Snug Heated Throw &ndash; 160 &times; 130 cm",
        "WARMTH AT THE TOUCH OF A BUTTON",
        "9 heat settings and a 3-hour auto shut-off",
        "Soft-touch flannel on top, sherpa fleece underneath",
        "Heats up in under 10 minutes",
        "Machine washable at 30&deg;C once the controller is removed",
        "Size: 160 &times; 130 cm",
        "Power: 120 W",
        "Cable length: 2.5 m",
        "Curl up on the sofa without heating the whole house. The Snug warms you directly, costs only a few cents an hour to run, and its thin wires are woven into the fabric so you don&#x2019;t feel them.",
        "Overheat protection switches the throw off automatically if it gets too hot.",
        "Not suitable for infants or people who cannot operate the controller.",
        "Free delivery in the Netherlands and Belgium. 2-year warranty.",
        "Order today &amp; stay warm all winter.",
    ],
    target=[
        "Drowsa Snug verwarmde plaid &ndash; 160 &times; 130 cm",
        "WARMTE MET ÉÉN DRUK OP DE KNOP",
        "9 warmtestanden en een automatische uitschakeling na 2 uur",
        "Zacht Flanel aan de bovenkant, sherpa fleece aan de onderkant",
        "Warmt op in minder dan 10 minuten",
        "Wasbaar in de machine op 30&deg;C zodra de bedieningseenheid is verwijderd",
        "Afmetingen: 160 &times; 130 cm",
        "Vermogen: 120 W",
        "Kabellengte: 2,5 m",
        "Kruip weg op de bank zonder het hele huis te verwarmen. De Knus verwarmt u direct, kost slechts een paar cent per uur om te rennen, en de dunne draden zijn inde stof geweven zodat u ze niet voelt.",
        "De oververhittingsbeveiliging schakelt de plaid automatically uit als hij te heet wordt.",
        "Niet geschikt voor zuigelingen of mensen die de bedieningseenheid niet kunnen gebruiken.",
        "Gratis levering in Nederland en België.  2 jaar garantie.",
        "Bestel vandaag &amp blijf de hele winter warm.",
    ],
    beads=None,
    artefacts=[
        ("number", "target", 2, "2 uur", "'3-hour auto shut-off' became 2 hours"),
        ("spelling", "target", 3, "Flanel", "common noun capitalised mid-line"),
        ("name", "target", 9, "Knus", "model name 'Snug' translated by meaning (title keeps 'Snug')"),
        ("mistranslation", "target", 9, "om te rennen", "'to run' (operate) rendered as 'to run (on foot)'"),
        ("spelling", "target", 9, "inde", "words run together ('in de')"),
        ("untranslated", "target", 10, "automatically", "English adverb left in the Dutch sentence"),
        ("typography", "target", 12, "  ", "double space"),
        ("markup", "target", 13, "&amp", "'&amp;' lost its semicolon"),
    ],
    clean=[0, 1, 4, 5, 6, 7, 8, 11],
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
