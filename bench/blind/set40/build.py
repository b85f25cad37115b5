#!/usr/bin/env python3
"""Build blind set 40 (product and help-centre pages). Standard library only.

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

# 1 ------------------------------------------------------------------ en -> de
PAGES.append(dict(
    folder="mowvik-robot-mower", src="en", tgt="de",
    source=[
        "Mowvik Terra 600 Robotic Lawn Mower",
        "A freshly mown lawn without lifting a finger",
        "The Terra 600 looks after lawns of up to 600 m² on its own, including slopes of up to 35%. It trims a little every day, so the fine clippings stay on the grass as a natural fertiliser, and it drives back to its charging station when the battery runs low or its sensor detects rain.",
        "Cutting height: 20–60 mm, adjustable in six steps",
        "Battery: 18 V, 2.5 Ah lithium-ion, up to 70 minutes of mowing per charge",
        "Set schedules and mowing zones in the Mowvik Garden app over Wi-Fi or Bluetooth",
        "1. Place the charging station on level ground at the edge of the lawn, with at least 1 m of open lawn in front of it.",
        "2. Lay the boundary wire around the lawn about 30 cm from the edge and fix it in place with a peg every 75 cm.",
        "3. Connect both ends of the wire to the station and wait until the status light turns green.",
        "Never lift or tilt the mower while the blades are turning, and keep children and pets off the lawn while it is mowing.",
        "In the box: mower, charging station, power supply, 150 m of boundary wire, 200 pegs and 9 spare blades",
        "3-year warranty and free returns within 30 days – order now and get your weekends back.",
    ],
    target=[
        "Mowvik Terra 600 Mähroboter",
        "Ein frisch gemähter Rasen, ohne einen Finger zu rühren",
        "Der Terra 600 pflegt Rasenflächen bis 600 m² ganz selbstständig, auch an Hängen mit bis zu 35 % Steigung. Er schneidet jeden Tag ein wenig, sodass die feinen Ausschnitte als natürlicher Dünger auf dem Rasen bleiben, und er fährt zu seiner Ladestation zurück, wenn der Akku schwach wird oder sein Sensor Regen erkennt.",
        "Schnitthöhe: 20–60 mm, in sechs Stufen verstellbar",
        "Akku: 18 V, 2.5 Ah Lithium-Ionen, bis zu 70 Minuten Mähzeit pro Ladung",
        "Zeitpläne und Mähzonen legen Sie in der App Mowvik Garten per WLAN oder Bluetooth fest",
        "1. Stellen Sie die Ladestation auf ebenem Boden am Rand des Rasens auf, mit mindestens 1 m freier Rasenfläche davor.",
        "2. Verlegen Sie den Begrenzungsdraht etwa 30 cm vom Rand entfernt rund um den Rasen und befestigen Sie ihn alle 75 cm mit mit einem Erdhaken.",
        "3. Schließen Sie beide Drahtenden an die Station an und warten Sie bis die Statusleuchte grün leuchtet.",
        "Heben oder kippen Sie den Mäher nur, während sich die Messer drehen, und halten Sie Kinder und Haustiere vom Rasen fern, solange er mäht.",
        "Im Lieferumfang: Mäher, Ladestation, Netzteil, 150 m Begrenzungsdraht und 200 pegs",
        "3 Jahre Garantie und kostenlose Rücksendung innerhalb von 30 Tagen – jetzt bestellen und die Wochenenden wieder genießen.",
    ],
    beads=None,
    artefacts=[
        ("mistranslation", "target", 2, "Ausschnitte", "'clippings' (grass cuttings, Schnittgut) rendered in the sense of press cuttings / cut-outs"),
        ("typography", "target", 4, "2.5", "English decimal point in German ('2,5 Ah')"),
        ("name", "target", 5, "Mowvik Garten", "app name 'Mowvik Garden' translated"),
        ("repetition", "target", 7, "mit mit", "doubled word"),
        ("punctuation", "target", 8, "Sie bis", "comma missing before the subordinate clause 'bis die Statusleuchte …'"),
        ("mistranslation", "target", 9, "nur, während sich die Messer drehen", "negation lost: 'never lift or tilt while the blades are turning' became 'lift or tilt only while they are turning'"),
        ("untranslated", "target", 10, "pegs", "'pegs' left in English (Erdhaken, as in line 7)"),
        ("omission", "source", 10, "and 9 spare blades", "the nine spare blades are missing from the box contents"),
    ],
    clean=[0, 1, 3, 6, 11],
))

# 2 ------------------------------------------------------------------ en -> fr
PAGES.append(dict(
    folder="brewline-gooseneck-kettle", src="en", tgt="fr",
    source=[
        "Brewline Arc Variable-Temperature Gooseneck Kettle, 1 L",
        "The right temperature for every cup",
        "The Arc heats water to any temperature between 40 and 100 °C, accurate to within 1 °C, and keeps it warm for up to 60 minutes. Its slim gooseneck spout gives you a steady, precise pour for filter coffee, and the insulated handle is always comfortable to hold.",
        "Capacity: 1 litre (0.8 litre maximum for filter coffee)",
        "Power: 1,200 W, 220–240 V",
        "Presets for green tea (80 °C), oolong (90 °C) and French press coffee (96 °C)",
        "1. Fill the kettle between the MIN and MAX marks, then place it on its base.",
        "2. Turn the dial to choose a temperature, then press it once to start heating.",
        "3. When the kettle beeps, lift it off the base and pour slowly in circles.",
        "Descale every four weeks with citric acid or white vinegar. Never immerse the kettle or the base in water.",
        "In the box: kettle, power base and quick-start guide in six languages",
        "2-year warranty and free returns within 30 days. Questions? Our customer service team is here for you seven days a week.",
    ],
    target=[
        "Bouilloire col de cygne Brewline Arc à température réglable, 1 L",
        "La bonne température pour chaque tasse",
        "L’Arc chauffe l’eau à la température de votre choix entre 40 et 100 °C, au degré près, et la maintient au chaud pendant au moins 60 minutes. Son fin bec col de cygne assure un versement régulier et précis pour le café filtre, et sa poignée isolée reste toujours agréable à saisir.",
        "Capacité¤: 1 litre (0,8 litre maximum pour le café filtre)",
        "Puissance¤: 1,200 W, 220–240 V",
        "Préréglages pour le thé vert (80 °C), l’oolong (90 °C) et le café à piston (96 °C)",
        "1. Remplissez la bouilloire entre les repères MIN et MAX, puis posez-la sur son socle.",
        "2. Composez la température souhaitée, puis appuyez une fois sur la molette pour lancer la chauffe.",
        "3. Au bip, retirez la bouilloire de son embase et versez lentement en décrivant des cercles.",
        "Détartrez la bouilloire toutes les quatre semaines avec de l’acide citrique ou du vinaigre blanc, n’immergez jamais la bouilloire ni le socle dans l’eau.",
        "Contenu de la boîte¤: bouilloire, socle d’alimentation et quick start guide en six langues",
        "Garantie de 2 ans et retours gratuits sous 30 jours. Des questions? Notre service client est à votre écoute 7 jours sur 7.",
    ],
    beads=None,
    artefacts=[
        ("mistranslation", "target", 2, "au moins 60 minutes", "limit reversed: 'for up to 60 minutes' became 'for at least 60 minutes'"),
        ("typography", "target", 4, "1,200", "English thousands separator; in French '1,200 W' reads as 1.2 W ('1§200 W')"),
        ("mistranslation", "target", 7, "Composez", "'turn the dial' rendered in the telephone sense ('dial a number'); the dial is turned (Tournez la molette)"),
        ("consistency", "target", 8, "embase", "'base' is 'socle' in lines 6, 9 and 10, here 'embase'"),
        ("sentence_boundary", "target", 9, "blanc, n’immergez", "two source sentences joined by a comma (comma splice)"),
        ("untranslated", "target", 10, "quick start guide", "'quick-start guide' left in English (guide de démarrage rapide)"),
        ("typography", "target", 11, "?", "no narrow no-break space before the question mark"),
    ],
    clean=[0, 1, 3, 5, 6],
))

# 3 ------------------------------------------------------------------ en -> es
PAGES.append(dict(
    folder="secora-dehumidifier", src="en", tgt="es",
    source=[
        "Secora DH-20 Compressor Dehumidifier, 20 L/day",
        "Dry air, healthy home",
        "The DH-20 removes up to 20 litres of moisture a day from rooms of up to 40 m², helping to prevent mould, condensation and musty smells. Its digital humidistat keeps the humidity at the level you choose, and the laundry mode dries clothes indoors in about half the usual time.",
        "Water tank: 3.5 litres, with automatic shut-off when full",
        "Noise level: 39 dB in night mode",
        "Operating temperature: 5–35 °C",
        "1. Keep the dehumidifier upright for at least two hours before switching it on for the first time.",
        "2. Press the power button and set the target humidity; 50% is ideal for most rooms.",
        "3. For continuous drainage, connect the supplied hose to the outlet on the back and lead it to a drain below the unit.",
        "Leave at least 20 cm of free space around the unit and never cover the air outlet. Empty the tank before moving the dehumidifier.",
        "In the box: dehumidifier, 1.5 m drain hose and instruction manual",
        "2-year warranty. Not happy? Return it within 30 days for a full refund.",
    ],
    target=[
        "Deshumidificador de compresor Secora DH-20, 20 l/día",
        "Aire seco, hogar sano",
        "El DH-20 extrae hasta 20 litros de humedad al día en estancias de hasta 40 m², lo que ayuda a prevenir el moho, la condensación y los olores a humedad.",
        "Su humidistat digital mantiene la humedad en el nivel que usted elija y el modo de secado de ropa seca las prendas en interiores en aproximadamente la mitad del tiempo habitual.",
        "Depósito de agua: 3.5 litros, con apagado automático cuando está lleno",
        "Nivel sonoro: 29 dB en modo nocturno",
        "Temperatura de funcionamiento: de 5 a 35 °C",
        "1. Mantenga el deshumidificador en posición vertical durante al menos dos horas antes de apagarlo por primera vez.",
        "2. Pulse el botón de encendido y ajuste la la humedad deseada; un 50 % es ideal para la mayoría de las estancias.",
        "3. Para el drenaje continuo, conecte la manguera suministrada a la salida de la parte trasera y llévela a un desagüe situado por encima del aparato.",
        "Deje al menos 20 cm de espacio libre alrededor del aparato y no tape nunca la salida de aire.",
        "Contenido de la caja: deshumidificador, manguera de desagüe de 1,5 m y manual de instrucciones",
        "Garantía de 2 años. No está satisfecho? Devuélvalo en un plazo de 30 días y le reembolsaremos el importe íntegro.",
    ],
    beads=[([0], [0]), ([1], [1]), ([2], [2, 3])] + [([i], [i + 1]) for i in range(3, 12)],
    artefacts=[
        ("untranslated", "target", 3, "humidistat", "'humidistat' left in English (higrostato)"),
        ("typography", "target", 4, "3.5", "English decimal point in Spanish ('3,5 litros')"),
        ("number", "target", 5, "29 dB", "39 dB in night mode became 29 dB"),
        ("mistranslation", "target", 7, "apagarlo", "meaning reversed: 'before switching it on' became 'before switching it off'"),
        ("repetition", "target", 8, "la la", "doubled article"),
        ("mistranslation", "target", 9, "por encima", "meaning reversed: the drain must be 'below' the unit, not above it"),
        ("omission", "source", 9, "Empty the tank before moving the dehumidifier.", "the instruction to empty the tank before moving the unit is missing"),
        ("punctuation", "target", 12, "No está satisfecho?", "opening question mark '¿' missing"),
    ],
    clean=[0, 1, 2, 6, 11],
))

# 4 ------------------------------------------------------------------ en -> it
PAGES.append(dict(
    folder="voltra-folding-scooter", src="en", tgt="it",
    source=[
        "Voltra S9 Folding Electric Scooter",
        "Your daily commute, without the traffic",
        "The S9 folds in three seconds and weighs just 14.2 kg, so you can carry it onto the train or up the stairs to your office. Its 350 W motor takes you up slopes of up to 15%, and the front and rear suspension smooths out cobblestones and potholes.",
        "Range: up to 40 km per charge",
        "Top speed: 25 km/h",
        "Charging time: 5–6 hours",
        "Tyres: 10-inch tubeless",
        "Dual braking system: electronic front brake and rear disc brake",
        "1. Unfold the stem until it clicks into place, then close the safety lever.",
        "2. Hold the power button for two seconds to switch on the scooter.",
        "3. Push off with one foot, then gently press the throttle.",
        "Always wear a helmet. Do not ride in the rain or through puddles deeper than 3 cm.",
        "2-year warranty on the frame, 6 months on the battery. Order today – free delivery within 48 hours.",
    ],
    target=[
        "Monopattino elettrico pieghevole Voltra S9",
        "Il tuo tragitto quotidiano, senza traffico",
        "Il Voltra S9 si piega in tre secondi e pesa solo 12,4 kg, così puoi portarlo sul treno o su per le scale fino all’ufficio. Il motore da 350 W affronta pendenze fino al 15% e le sospensioni anteriori e posteriori assorbono sampietrini e buche.",
        "Gamma: fino a 40 km con una ricarica",
        "Velocità massima: 25 km/h",
        "Pneumatici: tubeless da 10 pollici",
        "Doppio sistema frenante: freno elettronico anteriore e freno a disco a disco posteriore",
        "1. Apri lo stelo finché non scatta in posizione, poi chiudi la leva di sicurezza.",
        "2. Tieni premuto il pulsante di accensione per due secondi. per accendere il monopattino.",
        "3. Datti una spinta con un piede, poi premi delicatamente l'acceleratore.",
        "Indossa sempre il casco. Non guidare sotto la pioggia né in pozzanghere profonde più di 3 cm.",
        "Garanzia di 2 anni sul telaio e sul motore, 6 mesi sulla batteria. Ordina oggi: consegna gratuita entro 48 ore.",
    ],
    beads=[([i], [i]) for i in range(5)] + [([5], [])] + [([i], [i - 1]) for i in range(6, 13)],
    artefacts=[
        ("number", "target", 2, "12,4 kg", "weight 14.2 kg became 12,4 kg (digits swapped)"),
        ("mistranslation", "target", 3, "Gamma", "'range' (distance per charge, autonomia) rendered in the sense of a product range"),
        ("omission", "source", 5, "Charging time: 5–6 hours", "the charging-time line has no counterpart in the translation"),
        ("repetition", "target", 6, "a disco a disco", "doubled phrase"),
        ("mistranslation", "target", 7, "stelo", "'stem' of a scooter (piantone) rendered in the botanical sense"),
        ("sentence_boundary", "target", 8, "secondi. per", "one source sentence cut by a full stop, the rest starting in lower case"),
        ("typography", "target", 9, "l'acceleratore", "straight apostrophe; the page otherwise uses ’ (all’ufficio)"),
        ("addition", "target", 11, "e sul motore", "'and on the motor' is not in the source: the 2-year warranty covers the frame only"),
    ],
    clean=[0, 1, 4, 5, 10],
))

# 5 ------------------------------------------------------------------ en -> nl
PAGES.append(dict(
    folder="tidewell-paddle-board", src="en", tgt="nl",
    source=[
        "Tidewell Cruiser 320 Inflatable Stand-Up Paddle Board",
        "Stable enough for beginners, light enough to take anywhere",
        "The Cruiser 320 is made from military-grade drop-stitch PVC and, once inflated to 15 PSI, feels as rigid as a solid board. At 84 cm wide it is very stable on calm water, and the whole kit packs into a backpack you can carry on your bike.",
        "Dimensions: 320 × 84 × 15 cm",
        "Weight: 9.8 kg (board only)",
        "Maximum load: 140 kg",
        "Non-slip deck pad and stainless-steel D-rings for a kayak seat or cooler bag",
        "1. Unroll the board on grass or sand, away from sharp stones.",
        "2. Attach the pump to the valve and inflate to 12–15 PSI; this takes about eight minutes.",
        "3. Slide the fin into the fin box until it clicks, then carry the board to the water.",
        "Rinse with fresh water after use and let the board dry completely before you roll it up. Never leave it inflated in direct sunlight.",
        "In the box: board, three-piece paddle, double-action pump, fin, leash, repair kit and backpack",
        "2-year warranty – order before 10 p.m. and get it the next day.",
    ],
    target=[
        "Tidewell Cruiser 320 opblaasbaar SUP-board",
        "Stabiel genoeg voor beginners, licht genoeg om overal mee naartoe te nemen",
        "De Cruiser 320 is gemaakt van drop-stitch-pvc van militaire kwaliteit en voelt, eenmaal opgepompt tot 15 PSI, net zo stijf aan als een vast board. Met een breedte van 84 cm ligt hij zeer stabiel op kalm water.",
        "Afmetingen: 320 × 84 × 15 cm",
        "Gewicht: 9,8 kg (alleen het board)",
        "Maximale belasting: 120 kg",
        "Antislipdeckpad en roestvrijstalen D-ringen voor een kajakzitje of koelere tas",
        "1. Rol het board uit op gras of of zand, uit de buurt van scherpe stenen.",
        "2. Sluit de pomp aan op het ventiel en pomp het board op tot 12–15 PSI; met de elektrische pomp duurt dit ongeveer acht minuten.",
        "3. Schuif de vin in de fin box tot hij vastklikt en draag het board dan naar het water.",
        "Spoel het board na gebruik af met vers water en laat het volledig drogen voordat je het oprolt. Laat het nooit opgepompt in de volle zon liggen.",
        "In de doos: plank, driedelige peddel, dubbelwerkende pomp, vin, leash, reparatieset en rugzak",
        "2 jaar garantie – bestel vóór 22.00 uur en je hebt het morgen in huis.",
    ],
    beads=None,
    artefacts=[
        ("omission", "source", 2, "and the whole kit packs into a backpack you can carry on your bike", "the clause about the backpack is missing from the translation"),
        ("number", "target", 5, "120 kg", "maximum load 140 kg became 120 kg"),
        ("mistranslation", "target", 6, "koelere tas", "'cooler bag' (koeltas) read as the comparative 'cooler' ('a cooler bag' = a colder bag)"),
        ("repetition", "target", 7, "of of", "doubled word"),
        ("addition", "target", 8, "met de elektrische pomp", "'with the electric pump' is not in the source (the kit has a manual double-action pump)"),
        ("untranslated", "target", 9, "fin box", "'fin box' left in English (vinkast)"),
        ("mistranslation", "target", 10, "vers water", "'fresh water' (not salt water, zoet water) rendered as 'fresh' in the sense of new"),
        ("consistency", "target", 11, "plank", "'board' is 'board' everywhere else on the page, here 'plank'"),
    ],
    clean=[0, 1, 3, 4, 12],
))

# 6 ------------------------------------------------------------------ en -> sv
PAGES.append(dict(
    folder="lockhaven-smart-lock", src="en", tgt="sv",
    source=[
        "Lockhaven K3 Smart Door Lock",
        "Your keys, now on your phone",
        "The K3 fits over the thumb turn of most European cylinder locks, so you can install it in ten minutes without changing your lock or drilling any holes. Unlock the door with the Lockhaven app, your Apple Watch or a PIN code on the optional keypad, and give guests temporary access that expires automatically.",
        "Batteries: 4 × AA, lasting about 9 months at 10 openings a day",
        "Connectivity: Bluetooth 5.0; Wi-Fi with the optional Lockhaven Bridge",
        "Auto-lock: locks the door 30 seconds after it closes (adjustable)",
        "Works with Apple Home, Google Home and Amazon Alexa",
        "1. Remove the key from the inside of the door and check that the thumb turn can be turned by hand.",
        "2. Attach the mounting plate with the adhesive pad, then click the lock onto the plate.",
        "3. Open the Lockhaven app and follow the steps under “Calibration”. The lock will turn once in each direction.",
        "If the batteries run out, you can still open the door from the outside with your normal key. The app warns you two weeks before the batteries are empty.",
        "In the box: smart lock, mounting plate, four AA batteries, two adhesive pads and a quick-start guide",
        "2-year warranty and free returns within 30 days. Need help? Visit our help centre or chat with us every day from 8 a.m. to 10 p.m.",
    ],
    target=[
        "Smart dörrlås Lockhaven K3",
        "Dina nycklar – nu i mobilen",
        "K3 monteras över vredet på de flesta europeiska cylinderlås, så du måste installera det på tio minuter utan att byta lås eller borra några hål. Lås upp dörren med Lockhaven-appen, din Apple Watch eller en pinkod på knappsatsen som finns som tillval, och ge gäster tillfällig åtkomst som upphör automatiskt.",
        "Batterier: 4 × AA, räcker i cirka 6 månader vid 10 öppningar om dagen",
        "Anslutning: Bluetooth 5.0, wifi med tillvalet Lockhaven Brygga",
        "Autolås: låser dörren 30 sekunder efter att den har stängts (justerbart)",
        "Fungerar med Apple Home, Google Home och Amazon Alexa",
        "1. Ta bort nyckeln från dörrens insida och kontrollera att vredet går att vrida för hand.",
        "2. Fäst monteringsplattan med den självhäftande dynan och klicka sedan på låset på plattan.",
        "3. Öppna Lockhaven-appen och följ stegen under “Kalibrering”. Låset vrids en gång åt vardera hållet.",
        "Om batterierna tar slut kan du fortfarande öppna dörren utifrån med din vanliga nyckel. Appen varnar dig via sms två veckor innan batterierna är slut.",
        "I förpackningen: smartlås, monteringsplatta, fyra AA-batterier, två självhäftande dynor och en snabbstartsguide. 2 års garanti och fri retur inom 30 dagar. Behöver du hjälp? Besök vårt help center eller chatta med oss alla dagar kl. 8–22.",
    ],
    beads=[([i], [i]) for i in range(11)] + [([11, 12], [11])],
    artefacts=[
        ("mistranslation", "target", 2, "du måste installera", "wrong modal: 'you can install it' became 'you must install it'"),
        ("number", "target", 3, "6 månader", "battery life of about 9 months became 6 months"),
        ("name", "target", 4, "Lockhaven Brygga", "product name 'Lockhaven Bridge' translated"),
        ("mistranslation", "target", 8, "klicka sedan på låset", "'click the lock onto the plate' (snap it on, klicka fast) rendered as clicking on the lock as on a screen"),
        ("typography", "target", 9, "“Kalibrering”", "English opening quotation mark; Swedish writes ”Kalibrering”"),
        ("addition", "target", 10, "via sms", "'by text message' is not in the source (the app warns you)"),
        ("untranslated", "target", 11, "help center", "'help centre' left in English (hjälpcenter)"),
    ],
    clean=[0, 1, 5, 6, 7],
))

# 7 ------------------------------------------------------------------ en -> pt-BR
PAGES.append(dict(
    folder="stitchwell-sewing-machine", src="en", tgt="pt-BR",
    source=[
        "Stitchwell Atelier 60 Computerized Sewing Machine",
        "From your first hem to your first quilt",
        "The Atelier 60 offers 60 built-in stitches, including seven one-step buttonholes, and an automatic needle threader that saves your eyes. Its LCD screen shows the stitch length and width, and a speed slider lets beginners sew slowly and safely.",
        "Maximum sewing speed: 850 stitches per minute",
        "Stitch width: up to 7 mm; stitch length: up to 5 mm",
        "Weight: 6.2 kg",
        "1. Place the spool on the spool pin and guide the thread along the numbered thread path.",
        "2. Wind the bobbin, drop it into the bobbin case and close the clear cover.",
        "3. Lower the presser foot, choose a stitch on the screen and press the start/stop button.",
        "Unplug the machine before changing the needle or the presser foot, and never use it with a damaged cord.",
        "In the box: 8 presser feet, 5 needles, 4 bobbins, seam ripper, dust cover and foot pedal",
        "25-year warranty on the chassis, 2 years on the electronics – order now and start your first project this weekend.",
    ],
    target=[
        "Máquina de costura computadorizada Stitchwell Atelier 60",
        "Da sua primeira bainha à sua primeira colcha",
        "A Ateliê 60 oferece 60 pontos integrados, incluindo sete caseados automáticos em uma etapa, e um passa-linha automático que poupa sua visão. A tela de LCD mostra o comprimento e a largura do ponto, e um controle deslizante de velocidade permite que iniciantes costurem devagar e com segurança.",
        "Velocidade máxima de costura: 580 pontos por minuto",
        "Largura do ponto: até 7 mm; comprimento do ponto: até 5 mm",
        "Peso: 6.2 kg",
        "1. Coloque o carretel no pino porta-carretel e passe a linha pelo caminho numerado.",
        "2. Dê corda na bobina, encaixe-a na caixa de bobina e feche a tampa transparente.",
        "3. Levante o calcador, escolha um ponto na tela e pressione o botão iniciar/parar.",
        "Desligue a máquina da tomada antes de trocar a agulha ou o calcador e nunca a use com o cabo danificado.",
        "Na caixa: 8 calcadores, 5 agulhas, 4 bobinas, seam ripper, capa protetora e pedal",
        "Garantia de 25 anos no chassi – compre agora e comece seu primeiro projeto neste fim de semana.",
        "Frete grátis para todo o Brasil em compras acima de R$ 299.",
    ],
    beads=[([i], [i]) for i in range(12)] + [([], [12])],
    artefacts=[
        ("name", "target", 2, "Ateliê 60", "model name 'Atelier 60' respelt in Portuguese (the title keeps it)"),
        ("number", "target", 3, "580", "850 stitches per minute became 580 (digits swapped)"),
        ("typography", "target", 5, "6.2", "English decimal point in Portuguese ('6,2 kg')"),
        ("mistranslation", "target", 7, "Dê corda na bobina", "'wind the bobbin' (fill it with thread, encha a bobina) rendered as winding up a clock"),
        ("mistranslation", "target", 8, "Levante", "meaning reversed: 'lower the presser foot' became 'raise'"),
        ("untranslated", "target", 10, "seam ripper", "'seam ripper' left in English (abridor de casas / desmanchador)"),
        ("omission", "source", 11, ", 2 years on the electronics", "the 2-year warranty on the electronics is missing"),
        ("addition", "target", 12, "Frete grátis para todo o Brasil em compras acima de R$ 299.", "whole line (free shipping offer) not in the source"),
    ],
    clean=[0, 1, 4, 6, 9],
))

# 8 ------------------------------------------------------------------ de -> en
PAGES.append(dict(
    folder="himmelwart-weather-station", src="de", tgt="en",
    source=[
        "Himmelwart WS-7 Funk-Wetterstation mit Außensensor",
        "Das Wetter von morgen schon heute im Blick",
        "Die WS-7 zeigt Innen- und Außentemperatur, Luftfeuchtigkeit und Luftdruck auf einem großen Farbdisplay und erstellt daraus eine Vorhersage für die nächsten 12 bis 24 Stunden. Der Funksensor sendet seine Messwerte alle 48 Sekunden und kann bis zu 100 Meter entfernt aufgestellt werden.",
        "Temperaturbereich außen: −40 bis +60 °C, Genauigkeit ±0,5 °C",
        "Display: 7 Zoll, mit automatischer Helligkeitsregelung",
        "Funkuhr mit DCF77-Signal, stellt sich automatisch auf Sommer- und Winterzeit um",
        "Stromversorgung: Netzteil (im Lieferumfang) und 3 × AAA-Batterien als Gangreserve",
        "1. Legen Sie zuerst die Batterien in den Außensensor ein und erst danach in die Basisstation.",
        "2. Stellen Sie den Sensor an einem schattigen, vor Regen geschützten Ort auf, am besten an einer Nordwand.",
        "3. Warten Sie bis zu zehn Minuten, bis die Basisstation das Signal empfängt, und stellen Sie dann Ihre Höhe über dem Meeresspiegel ein.",
        "Lieferumfang: Basisstation, Außensensor, Netzteil, Wandhalterung und Bedienungsanleitung",
        "3 Jahre Garantie und 30 Tage Rückgaberecht – jetzt bestellen, versandkostenfrei ab 29 €.",
    ],
    target=[
        "Himmelwart WS-7 Wireless Weather Station with Outdoor Sensor",
        "Tomorrow’s weather at a glance, today",
        "The WS-7 shows indoor and outdoor temperature, humidity and air pressure on a large colour display and uses them to produce a forecast for the next 12 to 24 hours. The wireless sensor sends its readings every 48 seconds and can be placed up to 100 metres away.",
        "Outdoor temperature range: −40 to +50 °C, accuracy ±0.5 °C",
        "Display: 7 Zoll, with automatic brightness control",
        "Radio-controlled clock (DCF77 signal) that adjusts automatically for daylight saving time",
        "Power supply: mains adapter (not included) and 3 × AAA batteries as backup",
        "1. Insert the batteries into the outdoor sensor first and only then into the base station.",
        "2. Place the sensor in a shady spot sheltered from rain, ideally on a south-facing wall.",
        "3. Wait up to ten minutes for the base station to pick up the signal.",
        "In the box: base station, outdoor sensor, power adapter, wall bracket and user manual",
        "3-year warranty and 30-day returns – order now, free shipping from 29 €.",
    ],
    beads=None,
    artefacts=[
        ("number", "target", 3, "+50 °C", "upper limit +60 °C became +50 °C"),
        ("untranslated", "target", 4, "Zoll", "'Zoll' left in German (7-inch)"),
        ("mistranslation", "target", 6, "not included", "negation added: the adapter is 'im Lieferumfang' (included)"),
        ("mistranslation", "target", 8, "south-facing", "meaning reversed: 'Nordwand' (north-facing wall) became south-facing"),
        ("omission", "source", 9, "und stellen Sie dann Ihre Höhe über dem Meeresspiegel ein", "the instruction to set the altitude is missing"),
        ("consistency", "target", 10, "power adapter", "'Netzteil' is 'mains adapter' in line 6, here 'power adapter'"),
        ("typography", "target", 11, "29 €", "German price format kept in English ('€29')"),
    ],
    clean=[0, 1, 2, 5, 7],
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
