"""Builds the set-15 folders (en.txt, target text, gold.json, mtqa.toml) from the data below.

In the texts, '¤' stands for U+00A0 (no-break space) and '§' for U+202F (narrow no-break space).
Run: python build.py   (then python verify.py)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def fix(s):
    return s.replace("¤", "\u00a0").replace("§", "\u202f")


PAGES = []

# ---------------------------------------------------------------- 1 en->fr espresso machine
PAGES.append(dict(
    folder="brevio-espresso-machine", tl="fr",
    src=[
        "Brevio Duo 15-Bar Espresso Machine with Milk Frother, Stainless Steel",
        "BARISTA-QUALITY COFFEE AT HOME",
        "15-bar Italian pump extracts a rich, golden crema in under 30 seconds",
        "ThermaJet heating system reaches brewing temperature in just 25 seconds",
        "Adjustable steam wand for silky milk foam, lattes and cappuccinos",
        "Removable 1.7 L water tank with a clear level window",
        "Two-cup portafilter with single and double filter baskets",
        "Capacity: 1.7 L",
        "Power: 1,350 W",
        "Dimensions: 11.4\" x 8.7\" x 12.2\"",
        "Weight: 9.3 lb",
        "The Brevio Duo brings caf&eacute;-style espresso to your kitchen counter. Its compact stainless-steel body fits under standard wall cabinets, and the cup-warming plate on top keeps your espresso cups at the perfect temperature.",
        "Whether you prefer a short ristretto or a long Americano, the programmable buttons remember your favourite volume &amp; strength.",
        "Care: descale every 2 to 3 months; the drip tray and water tank are dishwasher-safe.",
        "Warranty: 2-year limited manufacturer&#x2019;s warranty.",
        "Order today and enjoy free shipping on orders over $49!",
    ],
    tgt=[
        "Machine à expresso Brevio Duo 15 bars avec mousseur à lait, acier inoxydable",
        "UN CAFÉ DIGNE D’UN BARISTA À LA MAISON",
        "La pompe italienne de 15 bars, extrait une crème riche et dorée en moins de 30 secondes",
        "Le système de chauffe Jet Thermique atteint la température d’infusion en seulement 25 secondes",
        "Buse vapeur réglable pour une mousse de lait onctueuse, des lattes et des cappuccinos",
        "Réservoir d’eau amovible de 1,7 L avec fenêtre de niveau transparente",
        "Porte-filtre deux tasses avec paniers filtressimple et double",
        "Capacité: 1,7 L",
        "Puissance: 1§350 W",
        "Dimensions: 11,4\" x 8,7\" x 12,2\"",
        "Poids: 9,3 kg",
        "La Brevio Duo apporte l’expresso façon café sur votre plan de travail. Son boîtier compact en acier inoxydable se glisse sous les meubles muraux standard, et la plaque cup-warming sur le dessus maintient vos tasses à expresso à la température idéale.",
        "Que vous préfériez un ristretto court ou un long Americano, les boutons programmables mémorisent votre volume &amp ; intensité préférés.",
        "Entretien: écailler tous les 2 à 3 mois§; le bac d’égouttage et le réservoir d’eau passent au lave-vaisselle.",
        "Garantie: garantie limitée du fabricant de 2 ans.",
        "Commandez dès aujourd'hui et profitez de la livraison gratuite dès 49§$ d’achat§!",
    ],
    beads=None,
    art=[
        ("punctuation", 2, "15 bars,", "comma added between subject and verb; none in the source"),
        ("name", 3, "Jet Thermique", "heating-system name 'ThermaJet' translated by meaning"),
        ("spelling", 6, "filtressimple", "'filtres' and 'simple' run together"),
        ("number", 10, "9,3 kg", "'9.3 lb' given in kilograms without conversion (about 4.2 kg)"),
        ("untranslated", 11, "cup-warming", "'cup-warming' left in English inside the French sentence"),
        ("markup", 12, "&amp ;", "'&amp;' reference broken by a space inserted before its semicolon"),
        ("mistranslation", 13, "écailler", "'descale' rendered as 'écailler' (scale a fish) instead of 'détartrer'"),
        ("typography", 15, "aujourd'hui", "straight apostrophe where the page otherwise uses ’"),
    ],
))

# ---------------------------------------------------------------- 2 en->fr yoga mat (1-0 dropped bullet)
PAGES.append(dict(
    folder="lunara-yoga-mat", tl="fr",
    src=[
        "Lunara ProGrip Yoga Mat, 6 mm Extra Thick, Non-Slip, 72\" x 24\"",
        "Find Your Balance, Anywhere",
        "Dual-layer natural rubber and PU surface grips even when you sweat",
        "6 mm cushioning protects knees, wrists and hips on hard floors",
        "Laser-etched alignment lines help you position hands and feet",
        "Free of PVC, latex and toxic phthalates",
        "Includes a cotton carrying strap",
        "Size: 72\" x 24\" (183 x 61 cm)",
        "Thickness: 6 mm",
        "Weight: 5.5 lb (2.5 kg)",
        "Material: natural rubber, polyurethane",
        "Designed with yoga teachers in Lunara&#x2019;s Barcelona studio, the ProGrip mat gives you a stable, comfortable base for vinyasa, yin or pilates sessions. Its open-cell top layer absorbs moisture, so your hands stay put in downward dog.",
        "When you first unroll your mat, a natural rubber scent is normal; it fades after a few days in a ventilated room.",
        "Care: wipe with a damp cloth and mild soap. Do not machine wash or leave in direct sunlight.",
        "Ships rolled in recyclable packaging &ndash; no plastic.",
        "Add to cart and start your practice today.",
    ],
    tgt=[
        "Tapis de yoga Lunara ProGrip, 6 mm extra-épais, antidérapant, 72\" x 24\"",
        "Trouvez Votre Équilibre, Partout",
        "Double couche de caoutchouc naturel et surface en PU qui adhère même lorsque vous transpirez",
        "Un amorti de 6 mm protège genoux, Poignets et hanches sur les sols durs",
        "Des lignes d’alignement gravées au laser vous aident à à positionner mains et pieds",
        "Sangle de transport en coton incluse",
        "Dimensions: 72\" x 24\" (183 x 71 cm)",
        "Épaisseur: 6 mm",
        "Poids: 5,5 lb (2,5 kg)",
        "Matière: caoutchouc naturel, polyuréthane",
        "Conçu avec des professeurs de yoga dans le studio de Lunara à Barcelone, le tapis ProGrip vous offre une base stable et confortable pour vos séances de vinyasa de yin ou de pilates. Sa couche supérieure open-cell absorbe l’humidité, pour que vos mains restent en place en posture du chien tête en bas.",
        "Lorsque vous déroulez votre tapis pour la première fois, une odeur de caoutchouc naturel est normale§; elle disparaît après quelques jours dans une pièce aérée.",
        "Entretien: essuyer avec un chiffon humide et un savon doux. ne pas laver en machine ni laisser en plein soleil.",
        "Expédié roulé dans un emballage recyclable &amp;ndash; sans plastique.",
        "Ajoutez au panier et commencez votre pratique dès aujourd’hui.",
    ],
    beads=[([i], [i]) for i in range(5)] + [([5], [])] + [([i], [i - 1]) for i in range(6, 16)],
    art=[
        ("spelling", 3, "Poignets", "capital inside a list that the source does not motivate"),
        ("repetition", 4, "à à", "preposition doubled"),
        ("omission", 5, "Free of PVC, latex and toxic phthalates", "bullet dropped: no counterpart in the translation"),
        ("number", 6, "71 cm", "24\" is 61 cm, as the source says"),
        ("punctuation", 10, "vinyasa de yin", "comma of the source list 'vinyasa, yin or pilates' dropped"),
        ("untranslated", 10, "open-cell", "'open-cell' left in English"),
        ("spelling", 12, "ne pas laver", "sentence starts in lower case after a full stop"),
        ("markup", 13, "&amp;ndash;", "'&ndash;' escaped twice"),
    ],
))

# ---------------------------------------------------------------- 3 en->fr baby monitor
PAGES.append(dict(
    folder="nestwatch-baby-monitor", tl="fr",
    src=[
        "NestWatch Duo Video Baby Monitor with 5\" HD Screen and Night Vision",
        "PEACE OF MIND, DAY AND NIGHT",
        "5\" 720p HD display with 4x digital zoom and remote pan &amp; tilt",
        "Infrared night vision up to 33 ft (10 m)",
        "Two-way talk: soothe your baby with your voice from another room",
        "Room temperature sensor with alerts above 77&deg;F (25&deg;C)",
        "Up to 12 hours of battery life in SoundSleep eco mode",
        "Range: 1,000 ft (300 m) in open space",
        "Battery: 4,500 mAh",
        "Screen: 5\" IPS",
        "In the box: parent unit, camera, two USB-C chargers, wall mount kit",
        "NestWatch Duo works <b>without Wi-Fi or an app</b>: the encrypted 2.4 GHz link connects the camera and parent unit directly, so your video never leaves your home.",
        "The lullaby player offers eight soft melodies, and you can set a feeding timer to remind you when the next bottle is due.",
        "Warranty: 2 years. Questions? Our parent support team answers within 24 hours.",
        "Buy now &ndash; free returns within 30 days.",
    ],
    tgt=[
        "Babyphone vidéo NestWatch duo avec écran HD 5\" et vision nocturne",
        "LA TRANQUILLITÉ D’ESPRIT, JOUR ET NUIT",
        "Écran HD 720p de 5\" avec zoom numérique 4x et casserole &amp; inclinaison à distance",
        "Vision nocturne infrarouge jusqu’à 10 m (33 ft)",
        "Communication bidirectionnelle¤: apaisez votre bébé avec votre voix depuis une autre pièce",
        "Capteur de température ambiante avec alertes au-delà de 77¤°F (25¤°C)",
        "Jusqu’à 12 heures d’autonomie en mode éco Sommeil Sonore",
        "Portée¤: 300 m (1§000 ft) en champ libre",
        "Batterie¤: 4§500 mAh",
        "Écran¤: IPS 5\"",
        "Contenu¤: unité parent, caméra, deux chargeurs USB-C, kit de fixation murale",
        "NestWatch Duo fonctionne <b>sans Wi-Fi ni application<b>¤: la liaison chiffrée 2,4 GHz relie directement la caméra et l’unité parent, votre vidéo ne quitte donc jamais votre domicile.",
        "Le lecteur de berceuses propose huit mélodies douces, et vous pouvez régler un feeding timer pour vous rappeler quand le prochain biberon est prévu.",
        "Garantie¤: 2 ans. Des questions? Notre équipe d’assistance aux parents répond sous 48 heures.",
        "Achetez maintenant &ndash; retours gratuits sous 30 jours.",
    ],
    beads=None,
    art=[
        ("spelling", 0, "duo", "product name 'Duo' loses its capital"),
        ("mistranslation", 2, "casserole", "'pan' (camera movement) rendered as a cooking pan"),
        ("name", 6, "Sommeil Sonore", "mode name 'SoundSleep' translated by meaning"),
        ("markup", 11, "application<b>", "closing tag '</b>' lost its slash"),
        ("untranslated", 12, "feeding timer", "'feeding timer' left in English"),
        ("typography", 13, "questions?", "no narrow no-break space before '?', unlike the rest of the page"),
        ("number", 13, "48 heures", "source says 24 hours"),
    ],
))

# ---------------------------------------------------------------- 4 en->de bike light
PAGES.append(dict(
    folder="trailbeam-bike-light", tl="de",
    src=[
        "TrailBeam 1200 USB-C Rechargeable Front Bike Light",
        "SEE AND BE SEEN",
        "1,200-lumen LED with a 70 m beam throw",
        "Five modes: high, medium, low, flash and DayPulse",
        "IPX6 waterproof housing for riding in heavy rain",
        "Tool-free quick-release mount fits handlebars from 22 to 35 mm",
        "Battery indicator shows the remaining charge in 25% steps",
        "Battery: 4,000 mAh Li-ion",
        "Run time: 2 h (high) to 30 h (flash)",
        "Charging time: 5 h",
        "Weight: 145 g",
        "Built for commuters and night riders, the TrailBeam 1200 lights up unlit cycle paths and forest tracks alike. The cut-off beam keeps the light on the road instead of in the eyes of oncoming drivers.",
        "The aluminium body doubles as a heat sink, so the light stays bright even on long climbs.",
        "Note: not StVZO-approved; for off-road use only in Germany.",
        "Includes: light, handlebar mount, USB-C cable, helmet strap.",
        "2-year warranty &ndash; order by 3 pm for same-day dispatch.",
    ],
    tgt=[
        "TrailBeam 1200 Fahrradfrontlicht, per USB-C aufladbar",
        "SEHEN UND GESEHEN WERDEN",
        "LED mit 1.200 Lumen und 70 m Leuchtweite",
        "Fünf Modi: hoch, mittel, niedrig, Blinken und TagesPuls",
        "Wasserdichtes Gehäuse nach IPX6 für Fahrten bei starkem Regen",
        "Werkzeuglose Schnellspannhalterung passt an Lenker von 22 bis 32 mm",
        "Die Akkuanzeige zeigt die verbleibendeLadung in 25-%-Schritten",
        "Akku: 4.000 mAh Li-Ion",
        "Laufzeit: 2 h (hoch) bis 30 h (Blinken)",
        "Ladezeit: 5h",
        "Gewicht: 145 g",
        "Für Pendler und Nachtfahrer gebaut, beleuchtet die TrailBeam 1200 unbeleuchtete cycle paths und Waldwege gleichermaßen. Der Abblendstrahl hält das Licht auf der Straße statt in den Augen entgegenkommender Autofahrer.",
        "Das Aluminiumgehäuse dient zugleich als Kühlkörper sodass die leuchte auch bei langen Anstiegen hell bleibt.",
        "Hinweis: nicht StVZO-zugelassen; in Deutschland nur für den Geländeeinsatz.",
        "Lieferumfang: Leuchte, Lenkerhalterung, USB-C-Kabel, Helmriemen.",
        "2 Jahre Garantie & ndash; bis 15 Uhr bestellen, Versand am selben Tag.",
    ],
    beads=None,
    art=[
        ("name", 3, "TagesPuls", "mode name 'DayPulse' translated by meaning"),
        ("number", 5, "32 mm", "source says 22 to 35 mm"),
        ("spelling", 6, "verbleibendeLadung", "two words run together"),
        ("typography", 9, "5h", "no space between number and unit, unlike '2 h', '30 h' elsewhere"),
        ("untranslated", 11, "cycle paths", "'cycle paths' left in English (Radwege)"),
        ("punctuation", 12, "Kühlkörper sodass", "comma before 'sodass' dropped; the source has it"),
        ("spelling", 12, "leuchte", "noun 'Leuchte' in lower case"),
        ("markup", 15, "& ndash;", "'&ndash;' broken by an inserted space"),
    ],
))

# ---------------------------------------------------------------- 5 en->es office chair
PAGES.append(dict(
    folder="ergoline-office-chair", tl="es",
    src=[
        "ErgoLine Flex Ergonomic Mesh Office Chair with Adjustable Lumbar Support",
        "Sit Better, Work Longer",
        "Breathable AirWeave mesh back keeps you cool through long workdays",
        "Adjustable lumbar support follows the natural curve of your spine",
        "3D armrests move up, down, forward and sideways",
        "Synchro-tilt mechanism with 4 locking positions",
        "Seat height: 17.7\" to 21.6\" (45 to 55 cm)",
        "Maximum load: 300 lb (136 kg)",
        "Seat size: 20\" x 19.5\"",
        "Base: 27\" aluminium five-star base with 2.4\" PU casters",
        "Whether you work from home or in a busy office, the ErgoLine Flex supports you from the first email to the last meeting. Its waterfall seat edge reduces pressure on the back of your thighs, and the headrest tilts to support your neck.",
        "Assembly takes about 15 minutes and requires no extra tools; everything you need is in the box.",
        "Warranty: 5 years on the frame, 2 years on mesh &amp; mechanism.",
        "Tested to EN 1335 &amp; BIFMA standards.",
        "Free delivery on all orders over &euro;99 &ndash; add to cart now!",
    ],
    tgt=[
        "Silla de oficina ergonómica de malla ErgoLine Flex con soporte lumbar ajustable",
        "Siéntate Mejor, Trabaja Más",
        "El respaldo de malla transpirable Tejido de Aire te mantiene fresco durante largas jornadas de trabajo",
        "El soporte lumbar ajustable sigue la curva natural de tu columna",
        "Reposabrazos 3D que se mueven hacia arriba, hacia abajo hacia delante y hacia los lados",
        "Mecanismo sincro con 4 posiciones de bloqueo",
        "Altura del asiento: 17,7\" a 21,6\" (45 a 55 cm)",
        "Carga máxima: 300 lb (163 kg)",
        "Tamaño del asiento: 20\" x 19,5\"",
        "Base: base de aluminio de cinco radios de 27\" con casters de PU de 2,4\"",
        "Tanto si trabajas desde casa como en una oficina concurrida, la ErgoLine Flex te acompaña desde el primer correo hasta la última reunión. su borde de asiento en cascada reduce la presión en la parte posterior de los muslos, y el reposacabezas se inclina para sujetar tu cuello.",
        "El montaje lleva unos 15 minutos y no requiere herramientas adicionales;; todo lo que necesitas está en la caja.",
        "Garantía: 5 años en el marco, 2 años en la malla y el mecanismo.",
        "Probada según las normas EN 1335 &amp BIFMA.",
        "Envío gratuito en todos los pedidos superiores a 99 &euro; &ndash; ¡añádela al carrito ahora!",
    ],
    beads=None,
    art=[
        ("name", 2, "Tejido de Aire", "mesh name 'AirWeave' translated by meaning"),
        ("punctuation", 4, "abajo hacia", "comma of the source list dropped"),
        ("number", 7, "163 kg", "300 lb is 136 kg, as the source says"),
        ("untranslated", 9, "casters", "'casters' left in English (ruedas)"),
        ("spelling", 10, "su borde", "sentence starts in lower case"),
        ("punctuation", 11, ";;", "semicolon doubled"),
        ("mistranslation", 12, "marco", "chair 'frame' rendered as 'marco' (picture/door frame) instead of 'estructura'"),
        ("markup", 13, "&amp", "'&amp;' lost its semicolon"),
    ],
))

# ---------------------------------------------------------------- 6 en->nl dog harness (2-1 merge, 1-2 split)
PAGES.append(dict(
    folder="pawtrek-dog-harness", tl="nl",
    src=[
        "PawTrek Explorer No-Pull Dog Harness, Reflective, Size M",
        "Walks Without the Tug-of-War",
        "Front and back leash clips: the front clip gently discourages pulling",
        "Padded chest plate spreads pressure away from the throat",
        "Reflective stitching for visibility at night",
        "Four adjustment points for a snug, custom fit",
        "Quick-snap buckles make it easy to put on and take off",
        "Size M: chest girth 22\" to 30\" (56 to 76 cm)",
        "Neck girth: 15\" to 22\"",
        "Weight: 7.4 oz (210 g)",
        "Material: 600D nylon, breathable air mesh lining",
        "The Explorer harness was developed with professional dog trainers for everyday walks and weekend hikes. The sturdy top handle lets you guide your dog over stiles or out of the car. It also features a PawTrek ID tag pocket.",
        "Not sure about the size? Measure around the widest part of your dog&#x2019;s chest, just behind the front legs, and add two fingers.",
        "Care: hand wash in cold water and air dry.",
        "Order now &ndash; free exchanges if the size isn&#x2019;t right.",
    ],
    tgt=[
        "PawTrek Explorer anti-trektuig voor honden, reflecterend, maat M",
        "Wandelen Zonder Touwtrekken",
        "Lijnbevestiging voor en achter: de front clip ontmoedigt trekken op een zachte manier",
        "Gevoerde borstplaat verdeelt de druk weg van de Keel",
        "Reflecterende stiksels voor zichtbaarheid in het donker, vier verstelpunten voor een nauwsluitende pasvorm op maat",
        "Snelsluitingen maken aan- en uittrekken eenvoudig",
        "Maat M: borstomvang 22\" tot 30\" (56 tot 67 cm)",
        "Nekomvang: 15\" tot 22\"",
        "Gewicht: 7,4 oz (210 g)",
        "Materiaal: 600D-nylon, ademende gaasvoering",
        "Het Explorer-tuig is ontwikkeld met professionele hondentrainers, voor dagelijkse wandelingen en weekendtochten.",
        "Met het stevige handvat bovenop begeleidt u uw hond over stijlen of uit de auto. Het heeft ook een vakje voor een PootTocht-naamplaatje.",
        "Twijfelt u over de maat ? Meet rond het breedste deel van de borst van uw hond, net achter de de voorpoten, en tel er twee vingers bij op.",
        "Onderhoud: met de hand wassen in koud water en aan de lucht laten drogen.",
        "Bestel nu &ndash; gratis ruilen als de maat niet past.",
    ],
    beads=[([0], [0]), ([1], [1]), ([2], [2]), ([3], [3]), ([4, 5], [4]), ([6], [5]), ([7], [6]),
           ([8], [7]), ([9], [8]), ([10], [9]), ([11], [10, 11]), ([12], [12]), ([13], [13]), ([14], [14])],
    art=[
        ("untranslated", 2, "front clip", "'front clip' left in English"),
        ("spelling", 3, "Keel", "capital the source does not motivate"),
        ("number", 6, "67 cm", "source says 56 to 76 cm"),
        ("punctuation", 10, "hondentrainers,", "comma added before the purpose phrase; none in the source"),
        ("mistranslation", 11, "stijlen", "'stiles' (steps over a fence) rendered as 'stijlen' (styles/posts) instead of 'overstapjes'"),
        ("name", 11, "PootTocht", "brand 'PawTrek' translated by meaning"),
        ("typography", 12, "maat ?", "space before the question mark"),
        ("repetition", 12, "de de", "article doubled"),
    ],
))

# ---------------------------------------------------------------- 7 en->pt (European) board game
PAGES.append(dict(
    folder="harbour-lords-board-game", tl="pt",
    src=[
        "Harbour Lords – Strategy Board Game for 2–5 Players, Ages 10+",
        "BUILD. TRADE. RULE THE COAST.",
        "Claim docks, ship goods and outwit your rivals in a race for the richest harbour",
        "Easy to learn in 15 minutes, with a new strategy every game",
        "Modular board with 24 double-sided harbour tiles",
        "Solo mode included: challenge the automated Admiral",
        "Players: 2&ndash;5",
        "Playing time: 45&ndash;90 minutes",
        "Age: 10+",
        "Contents: 1 game board, 24 tiles, 60 wooden ships, 120 goods cubes, 5 player boards, rulebook",
        "In Harbour Lords, every turn is a trade-off: build a warehouse now, or sail to the market before your opponents flood it with spices? Clever card drafting and a shifting tide track keep every match tense until the last round.",
        "Designed by award-winning creator Mara Lindahl and illustrated by Tom&aacute;s Ferreira, it is the perfect game for family nights and seasoned strategy fans alike.",
        "Published by Tidewell Games. Rules available in English, Portuguese and Spanish.",
        "Box size: 11.8\" x 11.8\" x 2.8\"",
        "Order before 2 pm for dispatch today.",
    ],
    tgt=[
        "Harbour Lords – Jogo de tabuleiro de estratégia para 2–5 jogadores, a partir dos 10 anos",
        "CONSTRÓI. NEGOCEIA. DOMINA A COSTA.",
        "Conquista docas, transporta mercadorias e supera os teus rivais numa corrida pelo porto mais rico",
        "Fácil de aprender em 15 minutos",
        "Tabuleiro modular com 24 azulejos de porto de dupla face",
        "Modo a solo incluído: desafia o Almirante automático",
        "Jogadores: 2&ndash;5",
        "Duração: 45&ndash90 minutos",
        "Idade: 10+",
        "Conteúdo: 1 tabuleiro de jogo, 24 peças, 60 barcos de madeira, 120 cubos de mercadorias, 4 tabuleiros de jogador, livro de regras",
        "Em Harbour Lords, cada turno é uma escolha difícil: construir já um armazém ou navegar até ao mercado antes de os adversários o inundarem de especiarias? Uma seleção inteligente de cartas e uma tide track em mudança mantêm cada partida tensa até à última ronda.",
        "Criado pela premiada autora Mara Lindahl e ilustrado por Tomás Ferreira é o jogo perfeito tanto para noites em família como para para fãs experientes de estratégia.",
        "Publicado pela Poço da Maré Games. regras disponíveis em inglês, português e espanhol.",
        "Dimensões da caixa: 11,8\" x 11,8\" x 2,8\"",
        "Encomenda até às 14h e enviamos hoje.",
    ],
    beads=None,
    art=[
        ("omission", 3, "with a new strategy every game", "clause dropped"),
        ("mistranslation", 4, "azulejos", "game 'tiles' rendered as 'azulejos' (wall tiles) instead of 'peças'"),
        ("markup", 7, "&ndash90", "'&ndash;' lost its semicolon"),
        ("number", 9, "4 tabuleiros", "source says 5 player boards"),
        ("untranslated", 10, "tide track", "'tide track' left in English"),
        ("punctuation", 11, "Ferreira é", "comma closing the participle clause dropped; the source has it"),
        ("repetition", 11, "para para", "preposition doubled"),
        ("name", 12, "Poço da Maré", "publisher 'Tidewell' translated by meaning"),
        ("spelling", 12, "regras disponíveis", "sentence starts in lower case"),
    ],
))

# ---------------------------------------------------------------- 8 en->pl electric toothbrush
PAGES.append(dict(
    folder="brightarc-sonic-toothbrush", tl="pl",
    src=[
        "BrightArc Sonic 5 Electric Toothbrush with 2 Brush Heads and Travel Case",
        "A Brighter Smile in Two Weeks",
        "Up to 40,000 sonic movements per minute remove up to 7x more plaque than a manual toothbrush",
        "Five cleaning modes: Clean, White, Sensitive, Polish and GumCare",
        "Built-in 2-minute timer with a pulse every 30 seconds",
        "Pressure sensor lights up red when you brush too hard",
        "One charge lasts up to 30 days",
        "Battery: Li-ion, 800 mAh",
        "Charging time: 4 h",
        "Water resistance: IPX7",
        "Handle weight: 4.2 oz (120 g)",
        "The Sonic 5 combines a slim, ergonomic handle with soft, tapered DuPont&trade; bristles that reach between teeth and along the gumline. The travel case holds the handle and two brush heads, so you can keep your routine on business trips and holidays.",
        "Replace the brush head every 3 months for best results.",
        "Dentist recommended. 2-year warranty.",
        "Buy now and get a free extra brush head!",
    ],
    tgt=[
        "Szczoteczka elektryczna BrightArc Sonic 5 z 2 końcówkami i etui podróżnym",
        "Piękniejszy Uśmiech w Dwa Tygodnie",
        "Do 40¤000 ruchów sonicznych na minutę usuwa do 7 razy więcej płytki nazębnej niż zwykła szczoteczka",
        "Pięć trybów czyszczenia: Clean, White, Sensitive, Polish i Troska o Dziąsła",
        "Wbudowany 2-minutowy timer z sygnałem co 20 sekund",
        "Czujnik nacisku świeci na czerwono, gdyszczotkujesz zbyt mocno",
        "Jedno ładowanie wystarcza wystarcza na maksymalnie 30 dni",
        "Akumulator: litowo-jonowy, 800 mAh",
        "Czas ładowania: 4 h",
        "Wodoszczelność: IPX7",
        "Waga rączki: 120 g (4.2 oz)",
        "Sonic 5 łączy smukłą, ergonomiczną rączkę z miękkimi, zwężanymi włóknami DuPont™;, które docierają między zęby i wzdłuż gumline. Etui podróżne mieści rączkę i dwie końcówki, dzięki czemu możesz zachować swoją rutynę podczas podróży służbowych i świąt.",
        "Wymieniaj końcówkę co 3 miesiące, aby uzyskać najlepsze rezultaty.",
        "Polecana przez dentystów.. 2 lata gwarancji.",
        "Kup teraz i odbierz dodatkową końcówkę gratis!",
    ],
    beads=None,
    art=[
        ("name", 3, "Troska o Dziąsła", "mode name 'GumCare' translated by meaning (the other modes are kept)"),
        ("number", 4, "20 sekund", "source says every 30 seconds"),
        ("spelling", 5, "gdyszczotkujesz", "'gdy' and 'szczotkujesz' run together"),
        ("repetition", 6, "wystarcza wystarcza", "verb doubled"),
        ("typography", 10, "4.2 oz", "decimal point instead of the Polish decimal comma"),
        ("markup", 11, "™;", "'&trade;' decoded but its semicolon left behind"),
        ("untranslated", 11, "gumline", "'gumline' left in English (linia dziąseł)"),
        ("mistranslation", 11, "świąt", "'holidays' (vacation) rendered as 'święta' (public/religious holidays) instead of 'wakacji'"),
        ("punctuation", 13, "..", "full stop doubled"),
    ],
))


def main():
    for p in PAGES:
        d = os.path.join(HERE, p["folder"])
        os.makedirs(d, exist_ok=True)
        src = [fix(s) for s in p["src"]]
        tgt = [fix(s) for s in p["tgt"]]
        tl = p["tl"]
        with open(os.path.join(d, "en.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n\n".join(src) + "\n")
        with open(os.path.join(d, tl + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n\n".join(tgt) + "\n")
        beads = p["beads"] or [([i], [i]) for i in range(len(src))]
        arts = []
        bad = set()
        for cat, para, exc, note in p["art"]:
            a = {"category": cat, "side": "source" if cat == "omission" else "target",
                 "paragraph": para, "excerpt": fix(exc), "note": note}
            arts.append(a)
            if cat == "omission":
                for s, t in beads:
                    if para in s:
                        bad.update(t)
            else:
                bad.add(para)
        clean = [i for i in range(len(tgt)) if i not in bad and i not in p.get("doubtful", ())]
        gold = {"source": "en.txt", "target": tl + ".txt", "source_lang": "en", "target_lang": tl,
                "alignment": [{"source": s, "target": t} for s, t in beads],
                "artefacts": arts, "clean_target_paragraphs": clean}
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "mtqa.toml"), "w", encoding="utf-8", newline="\n") as f:
            f.write('profile = "product"\n')


if __name__ == "__main__":
    main()
