#!/usr/bin/env python3
"""Build blind set 20 (product pages). Standard library only.

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
    folder="korvel-kitchen-scale", src="en", tgt="fr",
    source=[
        "Korvel Precisa 5 kg Digital Kitchen Scale",
        "Weigh It Right, Every Time",
        "Accurate to 1 g from 2 g up to 5 kg",
        "Tare function lets you weigh several ingredients in the same bowl",
        "Backlit LCD display with 15 mm digits",
        "Switch between g, oz, lb and ml with one touch",
        "Tempered glass platform wipes clean in seconds",
        "Capacity: 5 kg / 11 lb",
        "Platform: 7.1\" x 6.3\"",
        "Batteries: 2 &times; AAA (included)",
        "Baking is a matter of precision. The Precisa reads flour, sugar and butter to the gram, and its display stays visible even under a large mixing bowl. When you are done, the scale switches itself off after two minutes to save the batteries.",
        "Do not immerse in water. Wipe with a damp cloth.",
        "Free returns within 30 days &ndash; 2-year warranty",
        "\u201cFinally a scale that fits in the drawer.\u201d &ndash; Marc D., home baker",
        "Bake like a pro: add the Precisa to your basket today!",
    ],
    target=[
        "Balance de cuisine numérique Korvel Precisa 5 kg",
        "Pesez Juste, à Chaque Fois",
        "Précise au gramme près, de 2 g jusqu’à 5 kg",
        "La fonction tare permet de peser plusieursingrédients dans le même bol",
        "Écran LCD backlit avec chiffres de 15 mm",
        "Basculez entre g, oz, lb et ml d’une seule touche",
        "Le plateau en verre trempé se nettoie en quelques secondes",
        "Capacité¤: 5 kg / 11 lb",
        "Plateau¤: 7,1\" x 6,3\"",
        "Piles¤: 2 & times; AAA (incluses)",
        "La pâtisserie est une affaire de précision. La Precisa lit la farine, le sucre, et le beurre au gramme près, et son écran reste visible même sous un grand saladier. Une fois la pesée terminée, la balance s’éteint d’elle-même au bout de deux heures pour économiser les piles.",
        "Ne pas immerger dans l’eau. essuyer avec un chiffon humide.",
        "Retours gratuits sous 30 jours &ndash; garantie 2 ans",
        "“Enfin une balance qui tient dans le tiroir.” &ndash; Marc D., pâtissier amateur",
        "Pâtissez comme un pro¤: ajoutez la Precisa à votre panier dès aujourd’hui§!",
    ],
    beads=None,
    artefacts=[
        ("spelling", "target", 3, "plusieursingrédients", "words run together ('plusieurs ingrédients')"),
        ("untranslated", "target", 4, "backlit", "'backlit' left in English (rétroéclairé)"),
        ("markup", "target", 9, "& times;", "'&times;' broken by a space after the ampersand"),
        ("mistranslation", "target", 10, "lit la farine", "'reads' (shows the weight of) rendered as 'reads (a text)'"),
        ("punctuation", "target", 10, "sucre, et", "comma added before 'et' (source: 'sugar and butter')"),
        ("number", "target", 10, "deux heures", "auto-off 'after two minutes' became two hours"),
        ("spelling", "target", 11, "essuyer", "second sentence starts lower-case"),
        ("typography", "target", 13, "“Enfin", "English curly quotes where French uses « » with U+00A0"),
    ],
    clean=[0, 1, 2, 5, 6, 7, 8, 12, 14],
))

# 2 ------------------------------------------------------------------ en -> fr
PAGES.append(dict(
    folder="miaoru-cat-fountain", src="en", tgt="fr",
    source=[
        "Miaoru FlowSpring 2.5 L Cat Water Fountain",
        "FRESH WATER. HAPPY CATS.",
        "Triple filtration: cotton, activated carbon and ion-exchange resin",
        "Whisper Pump runs at under 30 dB",
        "LED ring glows when it&#x2019;s time to top up the water",
        "BPA-free, dishwasher-safe bowl",
        "Capacity: 2.5 L",
        "Power: 5 V USB, 1.5 W",
        "Size: 8.3\" &times; 8.3\" &times; 6.1\"",
        "Cats prefer running water, and many drink more when it moves. The FlowSpring keeps water circulating around the clock, so your cat stays hydrated while you are at work. A single filter lasts about four weeks with one cat.",
        "Replacement filters sold separately (pack of 6).",
        "Ships within 24 hours. 12-month warranty.",
        "Give your cat a reason to drink &ndash; order today.",
    ],
    target=[
        "Fontaine à eau pour chat Miaoru FlowSpring 2,5 L",
        "DE L’EAU FRAÎCHE. DES CHATS HEUREUX.",
        "Triple filtration¤: coton, charbon actif et résine échangeuse d’ions",
        "La Pompe Murmure fonctionne à moins de 30 dB",
        "L’anneau LED s’allume quand il est temps de rajouter de l’eau",
        "Bol sans BPA, lavable au lave-vaisselle",
        "Capacité¤: 2.5 L",
        "Alimentation¤: USB 5 V, 1,5 W",
        "Dimensions¤: 8,3\" &times; 8,3\" &times 6,1\"",
        "Les chats préfèrent l’eau courante, et beaucoup boivent davantage lorsqu’elle bouge. La FlowSpring fait circuler l’eau jour et nuit afin que votre chat reste hydraté pendant que vous êtes à l’œuvre. Un seul filtre dure environ quatre semaines avec un chat.",
        "Filtres de rechange vendus vendus séparément (lot de 6).",
        "Expédition sous 48 heures. Garantie de 12 mois.",
        "Donnez à votre chat une raison de boire &ndash; Commandez dès aujourd’hui.",
    ],
    beads=None,
    artefacts=[
        ("name", "target", 3, "Pompe Murmure", "pump name 'Whisper Pump' translated by meaning"),
        ("typography", "target", 6, "2.5 L", "decimal point in French (title has '2,5 L')"),
        ("markup", "target", 8, "&times 6", "second '&times;' lost its semicolon"),
        ("punctuation", "target", 9, "jour et nuit afin", "comma dropped before the purpose clause (source: 'around the clock, so your cat')"),
        ("mistranslation", "target", 9, "à l’œuvre", "'at work' (at the workplace) rendered as 'busy working on something'"),
        ("repetition", "target", 10, "vendus vendus", "doubled word"),
        ("number", "target", 11, "48 heures", "'within 24 hours' became 48 hours"),
        ("spelling", "target", 12, "Commandez", "capital after the dash not motivated by the source ('order')"),
    ],
    clean=[0, 1, 2, 4, 5, 7],
))

# 3 ------------------------------------------------------------------ en -> fr
PAGES.append(dict(
    folder="roadwise-dash-cam", src="en", tgt="fr",
    source=[
        "RoadWise Vista 4K Dual Dash Cam",
        "Every Journey, On Record",
        "4K front camera and 1080p rear camera record at the same time",
        "140&deg; wide-angle lens covers every lane",
        "ClearPlate&trade; Night Vision keeps number plates readable after dark",
        "Parking Mode wakes the camera when a bump is detected",
        "Built-in GPS logs your speed and route",
        "Storage: microSD up to 256 GB (not included)",
        "Screen: 3.2\" IPS",
        "Operating temperature: &minus;20 to 70 &deg;C",
        "Mounted behind the rear-view mirror, the Vista stays out of your line of sight. If you brake hard or are hit, the G-sensor locks the current clip so that it cannot be overwritten. Footage can be reviewed on your phone over Wi-Fi.",
        "Hardwire kit sold separately.",
        "Installation takes about 15 minutes.",
        "Drive with peace of mind &ndash; order now.",
    ],
    target=[
        "Caméra embarquée double RoadWise Vista 4K",
        "Chaque Trajet, en Mémoire",
        "Caméra avant 4K et caméra arrière 1080p enregistrant simultanément",
        "Objectif grand-angle de 140&dge; qui couvre toutes les voies",
        "La vision nocturne Plaque Nette&trade; maintient les plaques d’immatriculation lisibles une fois la nuit tombée",
        "Le mode Parking réveille la caméra lorsqu’une bosse est détectée",
        "Le GPS intégré enregistre votre vitesse et votreitinéraire",
        "Stockage¤: microSD jusqu’à 256 Go (non incluse)",
        "Écran¤: 3,2\" IPS",
        "Température de fonctionnement¤: &minus;20 à 70 &deg;F",
        "Installée derrière le rear-view mirror, la Vista reste hors de votre champ de vision. Si vous freinez brusquement ou subissez un choc le capteur G verrouille la séquence en cours afin qu’elle ne puisse pas être écrasée. Les vidéos peuvent être visionnées sur votre téléphone via Wi-Fi.",
        "Kit d’alimentation permanente vendu séparément. L’installation prend environ 15 minutes.",
        "roulez l’esprit tranquille &ndash; commandez maintenant.",
    ],
    beads=[([i], [i]) for i in range(11)] + [([11, 12], [11]), ([13], [12])],
    artefacts=[
        ("markup", "target", 3, "&dge;", "'&deg;' garbled (letters swapped)"),
        ("name", "target", 4, "Plaque Nette", "trademarked name 'ClearPlate' translated by meaning"),
        ("mistranslation", "target", 5, "bosse", "'bump' (impact) rendered as 'lump/hump'"),
        ("spelling", "target", 6, "votreitinéraire", "words run together"),
        ("number", "target", 9, "70 &deg;F", "'70 °C' became Fahrenheit without conversion"),
        ("untranslated", "target", 10, "rear-view mirror", "'rear-view mirror' left in English (rétroviseur)"),
        ("punctuation", "target", 10, "choc le", "comma after the conditional clause dropped (source: 'are hit, the G-sensor')"),
        ("spelling", "target", 12, "roulez", "line starts lower-case"),
    ],
    clean=[0, 1, 2, 7, 8, 11],
))

# 4 ------------------------------------------------------------------ en -> de
PAGES.append(dict(
    folder="grunholt-hedge-trimmer", src="en", tgt="de",
    source=[
        "Grünholt HT 60 Cordless Hedge Trimmer 36V",
        "Clean Cuts, No Cables",
        "\u2022 60 cm laser-cut double-sided blades",
        "\u2022 Cuts branches up to 22 mm thick",
        "\u2022 Rotating rear handle for vertical cuts",
        "\u2022 Up to 75 minutes of runtime per charge",
        "\u2022 Blade cover included",
        "Battery: 36 V / 2.5 Ah Li-ion",
        "Weight: 3.4 kg (with battery)",
        "Noise level: 94 dB(A)",
        "Tall privet, thick beech or a low box border: the HT 60 handles them all. The blades are sharpened on both sides, so they cut cleanly on the forward and the return stroke. When the battery runs low, the LED gauge on the handle gives you enough time to finish the row.",
        "Always wear safety glasses and keep both hands on the handles while the blades are moving.",
        "Battery &amp; charger included &ndash; 3-year warranty after online registration.",
        "Get your garden into shape &ndash; buy now.",
    ],
    target=[
        "Grünholt HT 60 Akku-Heckenschere 36V",
        "Saubere Schnitte, Keine Kabel",
        "\u2022 60 cm lange, laser-cut doppelseitig schneidende Messer",
        "\u2022 Schneidet Äste bis zu 22 cm Stärke",
        "\u2022 Drehbarer hinterer Handgriff für senkrechte Schnitte",
        "\u2022 Bis zu 75 Minuten Laufzeit pro Akkuladung",
        "Akku: 36 V / 2,5 Ah Li-Ion",
        "Gewicht: 3.4 kg (mit Akku)",
        "Geräuschpegel: 94 dB(A)",
        "Hoher Liguster, dichte Buche oder ein niedriger Kistenrand: Die HT 60 bewältigt sie alle. Die Messer sind aufbeiden Seiten geschliffen, sodass sie beim Vor- und Rückhub sauber schneiden. Wenn der Akku schwach wird gibt Ihnen die LED-Anzeige am Griff genug Zeit, um die Reihe fertigzustellen.",
        "Tragen Sie stets eine Schutzbrille und halten Sie beide Hände an den den Griffen, solange sich die Messer bewegen.",
        "Akku &amp ; Ladegerät im Lieferumfang &ndash; 3 Jahre Garantie nach Online-Registrierung.",
        "Bringen Sie Ihren Garten in Form &ndash; jetzt kaufen.",
    ],
    beads=[([i], [i]) for i in range(6)] + [([6], [])] + [([i], [i - 1]) for i in range(7, 14)],
    artefacts=[
        ("untranslated", "target", 2, "laser-cut", "'laser-cut' left in English (lasergeschnitten)"),
        ("number", "target", 3, "22 cm", "'22 mm' became centimetres"),
        ("omission", "source", 6, "\u2022 Blade cover included", "bullet has no counterpart in the translation"),
        ("typography", "target", 7, "3.4 kg", "decimal point in German (other lines use the comma)"),
        ("mistranslation", "target", 9, "Kistenrand", "'box border' (box hedge, Buchsbaum) rendered as 'edge of a box/crate'"),
        ("spelling", "target", 9, "aufbeiden", "words run together ('auf beiden')"),
        ("punctuation", "target", 9, "schwach wird gibt", "comma after the subordinate clause dropped"),
        ("repetition", "target", 10, "den den", "doubled article"),
        ("markup", "target", 11, "&amp ;", "'&amp;' broken by a space before its semicolon"),
    ],
    clean=[0, 1, 4, 5, 6, 8, 12],
))

# 5 ------------------------------------------------------------------ en -> es
PAGES.append(dict(
    folder="nidito-baby-carrier", src="en", tgt="es",
    source=[
        "Nidito Abrazo Ergonomic Baby Carrier",
        "Close to You, Hands Free",
        "Four carrying positions: facing in, facing out, hip and back",
        "Suitable from 3.5 kg to 20 kg (newborn to about 4 years)",
        "Wide padded waistband spreads the weight across the hips",
        "Breathable 3D mesh panel for warm days",
        "Material: 100% organic cotton, mesh panel 100% polyester",
        "Waist: fits 24\"&ndash;52\"",
        "Weight: 690 g",
        "The Abrazo holds your baby in the natural M-position, with the knees higher than the bottom, which is recommended for healthy hip development. The shoulder straps cross at the back, and a single buckle lets you put the carrier on and take it off without help.",
        "Machine washable at 30 &deg;C. Do not tumble dry.",
        "Tested to EN 13209-2:2015.",
        "Free exchanges within 60 days.",
        "Keep your little one close &ndash; order today.",
    ],
    target=[
        "Mochila portabebés ergonómica Nidito Abrazo",
        "Cerca de Ti, Manos Libres",
        "Cuatro posiciones de porteo: mirando hacia dentro mirando hacia fuera, en la cadera y a la espalda",
        "Apta desde 3,5 kg hasta 20 kg (de recién nacido hasta aproximadamente 3 años)",
        "El waistband ancho y acolchado reparte el peso sobre las caderas",
        "Panel de malla 3D transpirable para los días calurosos",
        "Material: 100 % algodón orgánico, panel de malla 100 % poliéster",
        "Contorno de cintura: 24\"&ndash;52\"",
        "Peso: 690 g",
        "La Abrazo sujeta a tu bebé en la posición natural en M, con las rodillas más altas que el trasero, lo que se recomienda para un desarrollo saludablede la cadera. Los tirantes se cruzan en la espalda y una sola hebilla te permite ponerte y quitarte el transportista sin ayuda.",
        "Lavable a Máquina a 30 deg;C. No usar secadora.",
        "Probado según la norma EN 13209-2:2015.",
        "Cambios gratuitos en en un plazo de 60 días.",
        "Ten a tu peque siempre cerca &ndash; haz tu pedido hoy.",
    ],
    beads=None,
    artefacts=[
        ("punctuation", "target", 2, "dentro mirando", "comma between list items dropped (source: 'facing in, facing out')"),
        ("number", "target", 3, "3 años", "'about 4 years' became 3"),
        ("untranslated", "target", 4, "waistband", "'waistband' left in English (cinturón)"),
        ("spelling", "target", 9, "saludablede", "words run together ('saludable de')"),
        ("mistranslation", "target", 9, "transportista", "'carrier' (baby carrier) rendered as 'haulage company'"),
        ("spelling", "target", 10, "Máquina", "capital not motivated by the source mid-sentence"),
        ("markup", "target", 10, "deg;C", "'&deg;' lost its ampersand"),
        ("repetition", "target", 12, "en en", "doubled preposition"),
    ],
    clean=[0, 1, 5, 6, 7, 8, 11, 13],
))

# 6 ------------------------------------------------------------------ en -> it
PAGES.append(dict(
    folder="corvalli-ukulele", src="en", tgt="it",
    source=[
        "Corvalli Serenata Concert Ukulele with Gig Bag",
        "Small Instrument, Big Sound",
        "Solid mahogany top for a warm, rounded tone",
        "Tessaro Silkline&reg; strings fitted at the factory",
        "18 nickel-silver frets on a rosewood fingerboard",
        "Built-in tuner with LCD display",
        "Scale length: 15\" (381 mm)",
        "Overall length: 23.6\" (60 cm)",
        "Weight: 0.62 kg",
        "Whether you are picking up your first instrument or adding a travel companion to your collection, the Serenata is easy to play and stays in tune. The concert body gives more room on the neck than a soprano, so chords are easier to form with larger fingers.",
        "Includes a padded gig bag, a spare set of strings and a strap button.",
        "New strings stretch during the first days: retune often.",
        "Free shipping in Italy on orders over &euro;49.",
        "\u201cMy daughter hasn&#x2019;t put it down since Christmas.\u201d &ndash; Laura B.",
        "Start playing today!",
    ],
    target=[
        "Ukulele da concerto Corvalli Serenata con custodia morbida",
        "Piccolo Strumento, Grande Suono",
        "Tavola in mogano massello per un suono caldo e rotondo",
        "Corde Tessaro Linea Seta&reg; montate in fabbrica",
        "18 tasti in alpacca sulla tastierain palissandro",
        "Accordatore integrato con display LCD",
        "Diapason: 15\" (381 mm)",
        "Lunghezza totale: 23,6\" (60 cm)",
        "Peso: 0.62 kg",
        "Che tu stia raccogliendo il tuo primo strumento o aggiungendo un compagno di viaggio alla tua collezione la Serenata è facile da suonare e mantiene l’accordatura. Il corpo da concerto offre più spazio sul manico rispetto a un soprano, quindi gli accordi si formano più facilmente anche con dita grandi.",
        "Include una custodia imbottita, un set di corde di ricambio e uno strap button.",
        "Le corde nuove si allungano nei primi giorni: riaccordale spesso.",
        "Spedizione gratuita in Italia per ordini superiori a 39 &euro;.",
        "“Mia figlia non l&#2019;ha più lasciato da Natale.” &ndash; Laura B.",
        "Inizia a suonare oggi stesso!",
    ],
    beads=None,
    artefacts=[
        ("name", "target", 3, "Linea Seta", "string model 'Silkline' translated by meaning"),
        ("spelling", "target", 4, "tastierain", "words run together ('tastiera in')"),
        ("typography", "target", 8, "0.62 kg", "decimal point in Italian (other lines use the comma)"),
        ("mistranslation", "target", 9, "raccogliendo", "'picking up (an instrument)' = starting to play, rendered as 'picking up from the ground'"),
        ("punctuation", "target", 9, "collezione la", "comma after the introductory clause dropped"),
        ("untranslated", "target", 10, "strap button", "'strap button' left in English (bottone reggitracolla)"),
        ("number", "target", 12, "39", "free-shipping threshold '€49' became 39"),
        ("markup", "target", 13, "&#2019;", "'&#x2019;' lost its 'x' (decimal 2019 is another character)"),
    ],
    clean=[0, 1, 2, 5, 6, 7, 11, 14],
))

# 7 ------------------------------------------------------------------ en -> pl
PAGES.append(dict(
    folder="akwaris-canister-filter", src="en", tgt="pl",
    source=[
        "Akwaris ClearFlow 1200 External Canister Filter",
        "CRYSTAL CLEAR WATER, SILENT NIGHTS",
        "For aquariums from 150 to 400 litres",
        "Flow rate up to 1,200 l/h, adjustable with the valve taps",
        "Four media baskets for mechanical, biological and chemical filtration",
        "Self-priming button &ndash; no need to suck on the hose",
        "Power consumption: 18 W",
        "Hose diameter: 16/22 mm",
        "Dimensions: 21 &times; 21 &times; 42 cm",
        "A canister filter stands below the tank, where it is hidden from view and easy to maintain. The ClearFlow pushes water through four trays of media before returning it through the spray bar, which adds oxygen and keeps the surface moving.",
        "Rinse the sponges in tank water, never under the tap, so you do not kill the beneficial bacteria.",
        "Supplied with filter media, hoses, spray bar and intake strainer.",
        "2-year warranty on the motor.",
        "Give your fish the water they deserve.",
    ],
    target=[
        "Filtr zewnętrzny kubełkowy Akwaris ClearFlow 1200",
        "KRYSTALICZNIE CZYSTA WODA, CICHE NOCE",
        "Do akwariów od 150 do do 400 litrów",
        "Przepływ do 1,200 l/h, regulowany za pomocą zaworów",
        "Cztery koszyki na Media do filtracji mechanicznej, biologicznej i chemicznej",
        "Przycisk samozasysania &ndash; nie trzeba zasysać wody ustami przez wąż",
        "Pobór mocy: 18 kW",
        "Średnica węży: 16/22 mm",
        "Wymiary: 21 &times; 21 &time; 42 cm",
        "Filtr kubełkowy stoi pod czołgiem, gdzie jest niewidoczny i łatwy w konserwacji. ClearFlow przepycha wodę przez cztery tace z mediami zanim zwróci ją przez deszczownię, która napowietrza wodę i utrzymuje ruch na powierzchni.",
        "Płucz gąbki w wodzie z akwarium, nigdy pod kranem, aby nie zabić pożytecznych bakterii.",
        "W zestawie: media filtracyjne, węże, deszczownia i intake strainer.",
        "2 lata gwarancji na silnik.",
        "Daj swoim rybom wodę, na jaką zasługują.",
    ],
    beads=None,
    artefacts=[
        ("repetition", "target", 2, "do do", "doubled preposition"),
        ("typography", "target", 3, "1,200", "English thousands comma in Polish (reads as 1.2; write 1200 or 1 200)"),
        ("spelling", "target", 4, "Media", "capital not motivated by the source mid-line"),
        ("number", "target", 6, "18 kW", "'18 W' became kilowatts"),
        ("markup", "target", 8, "&time;", "second '&times;' truncated to an unknown reference"),
        ("mistranslation", "target", 9, "czołgiem", "'tank' (aquarium) rendered as 'tank (armoured vehicle)'"),
        ("punctuation", "target", 9, "mediami zanim", "comma required before 'zanim' missing"),
        ("untranslated", "target", 11, "intake strainer", "'intake strainer' left in English (kosz ssawny)"),
    ],
    clean=[0, 1, 5, 7, 10, 12, 13],
))

# 8 --------------------------------------------------------------- en -> pt-PT
PAGES.append(dict(
    folder="threadmore-sewing-machine", src="en", tgt="pt-PT",
    source=[
        "Threadmore Atelier 60 Computerised Sewing Machine",
        "Sew Your Ideas Into Reality",
        "60 built-in stitches, including 7 one-step buttonholes",
        "Automatic needle threader saves your eyesight",
        "Top drop-in bobbin with clear cover",
        "Speed control slider for beginners",
        "LED work light",
        "Free arm for sleeves &amp; trouser hems",
        "Stitch width: up to 7 mm",
        "Weight: 6.8 kg",
        "From quick repairs to your first dress, the Atelier 60 makes sewing simple. Select a stitch on the LCD screen, and the machine sets the recommended length and width for you. The extension table gives you more room when you work on quilts or curtains.",
        "Includes 8 presser feet, a dust cover and a foot pedal.",
        "Warranty: 5 years on the motor, 2 years on the electronics.",
        "Start your next project today &ndash; free delivery on orders over &euro;60.",
    ],
    target=[
        "Máquina de costura computorizada Threadmore Atelier 60",
        "Dê Vida às Suas Ideias",
        "60 pontos incorporados incluindo 7 casas de botão num só passo",
        "O enfiador automático de agulha guarda a sua vista",
        "Bobina de carregamento superior com tampa transparente",
        "Controlo deslizante de velocidade para principiantes",
        "Luz de trabalho LED",
        "Braço livre para mangas &amp; bainhas de calças",
        "Largura do ponto: até 7 cm",
        "Peso: 6,8 kg",
        "Desde pequenas reparações até ao seu primeiro vestido, a Atelier 60 torna a costura simples. Selecione um ponto no ecrã LCD e a máquina define por si ocomprimento e a largura recomendados. A extension table dá-lhe mais espaço quando trabalha em colchas ou cortinados.",
        "Inclui 8 calcadores, uma capa de proteção contra o pó e um um pedal.",
        "Garantia: 5 anos no Motor, 2 anos na eletrónica.",
        "Comece hoje o seu próximo projeto &ndash; entrega gratuita em encomendas acima de 60 &amp;euro;.",
    ],
    beads=None,
    artefacts=[
        ("punctuation", "target", 2, "incorporados incluindo", "comma before 'incluindo' dropped (source: 'stitches, including')"),
        ("mistranslation", "target", 3, "guarda a sua vista", "'saves your eyesight' (spares it) rendered as 'keeps/stores your eyesight'"),
        ("number", "target", 8, "7 cm", "'7 mm' became centimetres"),
        ("spelling", "target", 10, "ocomprimento", "words run together ('o comprimento')"),
        ("untranslated", "target", 10, "extension table", "'extension table' left in English (mesa de extensão)"),
        ("repetition", "target", 11, "um um", "doubled article"),
        ("spelling", "target", 12, "Motor", "capital not motivated by the source mid-line"),
        ("markup", "target", 13, "&amp;euro;", "'&euro;' double-escaped"),
    ],
    clean=[0, 1, 4, 5, 6, 7, 9],
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
