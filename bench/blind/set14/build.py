"""Builds the set-14 folders (source, translation, gold.json, mtqa.toml).
'~' stands for U+00A0 and '^' for U+202F in the texts and excerpts below."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

def T(block):
    return [l.replace("~", "\u00a0").replace("^", "\u202f") for l in block.strip("\n").split("\n")]

PAGES = []

# 1 ---------------------------------------------------------------- kitchen, en->fr
PAGES.append(dict(folder="castiron-skillet", sl="en", tl="fr", product="pre-seasoned cast iron skillet (kitchen)",
src_lines=T('''Forgewell Heritage Series 12-Inch Pre-Seasoned Cast Iron Skillet
SEAR IT. BAKE IT. LOVE IT.
Heat retention you can taste: thick cast iron walls hold heat evenly from edge to edge.
Pre-seasoned with 100% vegetable oil &amp; ready to use out of the box.
Works on gas, electric, induction, grill and campfire.
Helper handle and dual pour spouts for easy lifting and pouring.
Diameter: 12" (30.5 cm)
Weight: 7.6 lb (3.4 kg)
Material: cast iron
Oven safe up to 500&deg;F (260&deg;C)
Whether you&#x2019;re searing steaks, baking cornbread or frying eggs, the Forgewell Heritage Series skillet gets better with every use. Its natural, easy-release finish improves as you cook.
Care: Hand wash, dry immediately and rub with a light coat of cooking oil. Do not put in the dishwasher.
Warranty: Lifetime limited warranty against defects in materials and workmanship.
Order Yours Today and Cook Like a Pro!'''),
tgt_lines=T('''Poêle en fonte pré-culottée 30 cm Forgewell Série Patrimoine
SAISISSEZ-LA. ENFOURNEZ-LA. ADOPTEZ-LA.
Une rétention de chaleur qui se goûte~: des parois épaisses en fonte répartissent la chaleur uniformément d’un bord à l’autre.
Pré-assaisonnée à l’huile 100^% végétale &amp^; prête à l’emploi dès le déballage.
Compatible gaz, électrique, induction, barbecue et feu de camp.
Poignée d’appoint et double bec verseur pour soulever et verser facilement.
Diamètre: 12" (30,5 cm)
Poids: 7,6 lb (4,3 kg)
Matériau: fonte
Va au four jusqu’à 500&deg;F (260&deg;C)
Que vous saisissiez des steaks, cuisiez du pain de maïs ou fassiez frire des œufs, la poêle Forgewell Heritage Series s’améliore à chaque utilisation. son revêtement naturel antiadhésif se bonifie au fil des cuissons.
Entretien~: lavez à la main, séchez immédiatement et frottez avec une fine couche d’huile de cuisson. Ne pas mettre au lave-vaisselle..
Garantie: garantie à vie limitée contre les défauts de matériaux et de workmanship.
Commandez la Vôtre Dès Aujourd’hui et Cuisinez Comme un Pro^!'''),
align="1-1",
arts=[("name", 0, "Série Patrimoine", "product-line name 'Heritage Series' translated by meaning (kept in English in paragraph 10)"),
      ("mistranslation", 3, "Pré-assaisonnée", "'pre-seasoned' (cast iron) is 'pré-culottée', as in the title; 'assaisonnée' means spiced"),
      ("markup", 3, "&amp^;", "HTML reference '&amp;' broken by a space inserted before its semicolon"),
      ("number", 7, "4,3 kg", "3.4 kg became 4,3 kg (digits swapped)"),
      ("spelling", 10, "son revêtement", "sentence starts in lower case after a full stop"),
      ("punctuation", 11, "..", "doubled full stop"),
      ("untranslated", 12, "workmanship", "English word left inside the French sentence")],
clean=[1, 2, 4, 5, 6, 8, 9, 13]))

# 2 ---------------------------------------------------------------- outdoor, en->fr, one 1-2 split
PAGES.append(dict(folder="trail-backpack", sl="en", tl="fr", product="40 L hiking backpack (outdoor)",
src_lines=T('''NorthTrail Pathfinder 40L Hiking Backpack with Rain Cover
Built for the Long Haul
40-litre main compartment with a separate sleeping bag zone.
Adjustable torso length fits 16" to 21" torsos; ventilated mesh back panel keeps you cool on steep climbs.
Hip belt pockets, trekking pole loops and hydration sleeve (fits a 3 L reservoir).
Integrated rain cover stored in the bottom pocket.
Capacity: 40 L
Weight: 2.9 lb (1.3 kg)
Dimensions: 26" x 13" x 10"
Fabric: 210D ripstop nylon with PU coating
From weekend hikes to multi-day treks, the Pathfinder carries what you need and nothing you don&#x2019;t. The load-lifter straps pull the weight close to your back, so your shoulders don&#x2019;t take the strain.
Please note: the rain cover is water-resistant, not waterproof. Do not submerge.
Care: Spot clean with mild soap and cold water; air dry away from direct sunlight.
2-year warranty. Ships in 24 hours!'''),
tgt_lines=T('''Sac à dos de randonnée NorthTrail Pathfinder 40 L avec housse de pluie
Conçu pour durer
Compartiment principal de 40 litres avec un espace séparé pour le sac de couchage.
Longueur de dos réglable pour des tailles de buste de 16" à 21".
Le panneau dorsal en maille aérée vous garde au frais dans les montées raides.
Poches de ceinture, passants pour bâtons de randonnée et pochette d’hydratation (compatible avec un reservoir de 3 L).
Housse de pluie intégrée rangée dans la pocheinférieure.
Capacité: 40 L
Poids: 2,9 lb (1,9 kg)
Dimensions: 26" x 13" x 10"
Tissu: nylon ripstop 210D avec enduction PU
Des randonnées du week-end aux treks de plusieurs jours le Pathfinder transporte ce dont vous avez besoin et rien de plus. Les Sangles de rappel de charge rapprochent le poids de votre dos pour soulager vos épaules.
Remarque~: la housse de pluie est déperlante, pas imperméable. Ne pas immerger.
Entretien~: nettoyer localement au savon doux et à l’eau froide ; sécher à l’air libre à l’abri de la lumière directe du soleil.
Garantie 2 ans. Navires en 24 heures^!'''),
align=[([0],[0]),([1],[1]),([2],[2]),([3],[3,4]),([4],[5]),([5],[6]),([6],[7]),([7],[8]),([8],[9]),([9],[10]),([10],[11]),([11],[12]),([12],[13]),([13],[14])],
arts=[("untranslated", 5, "reservoir", "English 'reservoir' left (French: réservoir / poche à eau)"),
      ("spelling", 6, "pocheinférieure", "two words run together"),
      ("number", 8, "1,9 kg", "1.3 kg became 1,9 kg"),
      ("punctuation", 11, "jours le", "comma after the fronted phrase dropped; source and French both want it"),
      ("spelling", 11, "Sangles", "capital letter the source does not motivate"),
      ("typography", 13, "froide ;", "ordinary space before ';' instead of a no-break space"),
      ("mistranslation", 14, "Navires", "'Ships' (is dispatched) translated as the noun 'ships' (navires)")],
clean=[0, 1, 2, 3, 4, 7, 9, 10, 12]))

# 3 ---------------------------------------------------------------- electronics, en->fr
PAGES.append(dict(folder="aero15-laptop", sl="en", tl="fr", product="15.6-inch laptop (electronics)",
src_lines=T('''Veltrix Aero 15 Laptop &ndash; 15.6" Full HD, 16 GB RAM, 512 GB SSD
POWER MEETS PORTABILITY
Intel&reg; Core&trade; i7-1355U processor with up to 5.0 GHz turbo boost.
15.6" Full HD (1920 x 1080) anti-glare IPS display with 300 nits brightness.
16 GB DDR4 RAM and 512 GB NVMe SSD for fast boot-up and multitasking.
Up to 10 hours of battery life; 65 W USB-C fast charging reaches 50% in 30 minutes.
Backlit keyboard, fingerprint reader and 1080p webcam with privacy shutter.
Screen: 15.6"
Weight: 3.7 lb (1.68 kg)
Ports: 2 x USB-C, 2 x USB-A 3.2, HDMI 2.0, headphone jack
Operating system: Windows 11 Home
Slim enough for your backpack and strong enough for your workday, the Aero 15 weighs just 1.68 kg and is 17.9 mm thin. Its aluminium chassis has passed military-grade durability tests.
What&#x2019;s in the box: laptop, 65 W USB-C charger, quick start guide.
1-year limited warranty with free technical support.'''),
tgt_lines=T('''Ordinateur portable Veltrix Aero 15 &ndash; 15,6" Full HD, 16 Go de RAM, SSD 512 Go
PUISSANCE ET PORTABILITÉ
Processeur Intel&reg; Core&trade i7-1355U avec fréquence turbo jusqu’à 5,0 GHz.
Écran IPS antireflet 15,6" Full HD (1920 x 1080) d’une luminosité de 300 nits.
16 Go de RAM DDR4 et SSD NVMe de 512 Go pour un démarrage rapide et le Multitâche.
Jusqu’à 10 heures d’autonomie^; la charge rapide USB-C 65 W atteint 50% en 30 minutes.
Clavier rétroéclairé et webcam 1080p avec volet de confidentialité.
Écran: 15,6"
Poids: 3,7 lb (1,68 kg)
Ports: 2 x USB-C, 2 x USB-A 3.2, HDMI 2.0, prise casque
Système d’exploitation: Windows 11 Famille
Assez fin pour votre sac à dos et assez robuste pour votre journée de travail, l’Aero 15 ne pèse que 1,68 kg pour 17,9 cm d’épaisseur. Son châssis en aluminium a réussi des tests de résistance de niveau militaire.
Contenu de la boîte~: ordinateur portable, chargeur USB-C 65 W, guide quick start.
Garantie limitée de 1 an avec assistance assistance technique gratuite.'''),
align="1-1",
arts=[("markup", 2, "&trade", "HTML reference lost its semicolon"),
      ("spelling", 4, "Multitâche", "capital letter the source does not motivate"),
      ("typography", 5, "50%", "no (narrow) no-break space before % in French"),
      ("omission", 6, "fingerprint reader", "feature dropped from the bullet (source side)"),
      ("number", 11, "17,9 cm", "17.9 mm became 17,9 cm"),
      ("untranslated", 12, "quick start", "English words left (guide de démarrage rapide)"),
      ("repetition", 13, "assistance assistance", "word doubled")],
clean=[0, 1, 3, 7, 8, 9, 10]))

# 4 ---------------------------------------------------------------- toys, en->fr
PAGES.append(dict(folder="maple-wooden-blocks", sl="en", tl="fr", product="100-piece wooden building blocks (toys)",
src_lines=T('''Little Maple 100-Piece Wooden Building Blocks Set
Build, Stack &amp; Imagine!
100 blocks in 8 shapes and 6 bright colours, made from sustainably sourced beech wood.
Non-toxic, water-based paints tested to EN 71 and ASTM F963 safety standards.
Smooth, rounded edges sized for small hands.
Comes with a sturdy canvas storage bag with drawstring.
Age: 18 months and up
Block size: 1.2" (3 cm) cube
Set weight: 4.4 lb (2 kg)
Little Maple blocks are a timeless way to help toddlers develop fine motor skills, spatial awareness and creativity. Build a tower, knock it down, and start again &ndash; the fun never ends.
Warning: Keep the drawstring bag away from children under 3 years.
Care: Wipe clean with a damp cloth. Do not soak in water.
The perfect gift for birthdays &amp; holidays.
Add to Cart Now &ndash; Limited Stock!'''),
tgt_lines=T('''Coffret de 100 blocs de construction en bois Little Maple
Construisez, Empilez &amp; Imaginez^!
100 blocs en 8 formes et 8 couleurs vives, fabriqués en bois de hêtre issu de forêts gérées durablement.
Peintures à l’eau non toxiques, testées selon les normes de sécuritéEN 71 et ASTM F963.
Bords lisses et arrondis adaptés aux petites mains.
Livré avec un sac de rangement en toile robuste avec cordon de serrage.
Âge: à partir de 18 mois
Taille des blocs:: cube de 1,2" (3 cm)
Poids de l’ensemble: 4.4 lb (2 kg)
Les blocs Petit Érable sont une façon intemporelle d’aider les tout-petits à développer leur motricité fine, leur perception spatiale et leur créativité. Construisez une tour, renversez-la et recommencez &ndash; le plaisir ne finit jamais.
Avertissement~: tenir le sac à cordon hors de portée des enfants de plus de 3 ans.
Entretien~: essuyer avec un chiffon humide. Ne pas faire tremper dans l’eau.
Le cadeau parfait pour les anniversaires &amp;amp; les fêtes.
Ajoutez au Panier Maintenant &ndash; Stock Limité^!'''),
align="1-1",
arts=[("number", 2, "8 couleurs", "6 colours became 8"),
      ("spelling", 3, "sécuritéEN", "two words run together"),
      ("punctuation", 7, "::", "doubled colon"),
      ("typography", 8, "4.4", "decimal point instead of the French decimal comma"),
      ("name", 9, "Petit Érable", "brand 'Little Maple' translated by meaning (kept in the title)"),
      ("mistranslation", 10, "plus de", "'under 3 years' rendered as 'over 3 years'"),
      ("markup", 12, "&amp;amp;", "HTML reference escaped twice")],
clean=[0, 1, 4, 5, 6, 11, 13]))

# 5 ---------------------------------------------------------------- tools, en->de
PAGES.append(dict(folder="powercore-drill", sl="en", tl="de", product="20 V cordless drill/driver kit (tools)",
src_lines=T('''Torkmann PowerCore 20V Cordless Drill/Driver Kit
MORE TORQUE. LESS EFFORT.
Brushless motor delivers up to 60 Nm of torque and 1,800 RPM.
2-speed gearbox and 21+1 clutch settings for drilling and driving.
1/2" keyless chuck for fast bit changes.
Includes two 2.0 Ah lithium-ion batteries, fast charger and carrying case.
Built-in LED work light illuminates dark work areas.
Voltage: 20 V
Chuck size: 1/2" (13 mm)
Weight: 3.1 lb (1.4 kg) with battery
Whether you&#x2019;re assembling furniture, hanging shelves or drilling into masonry, the PowerCore handles it with ease. The compact head fits into tight spaces, and the rubber grip reduces fatigue during long jobs.
Battery compatible with all Torkmann 20V tools.
Warranty: 3-year limited tool warranty, 1-year battery warranty.
Buy Now and Get a FREE Bit Set!'''),
tgt_lines=T('''Torkmann PowerCore 20V Akku-Bohrschrauber-Set
MEHR DREHMOMENT. WENIGER AUFWAND.
Der bürstenlose Motor, liefert bis zu 60 Nm Drehmoment und 1.800 U/min.
2-Gang-Getriebe und 21+1 Drehmomentstufen zum Bohren und Schrauben.
1/2"-Schnellspannbohrfutter für schnellen Bitwechsel.
Im Lieferumfang: zwei 2.0-Ah-Lithium-Ionen-Akkus, Schnellladegerät und Transportkoffer.
Die integrierte LED-Arbeitsleuchte beleuchtet dunkle dunkle Arbeitsbereiche.
Spannung: 20 V
Bohrfutter: 1/2" (13 mm)
Gewicht: 3,1 lb (1,4 kg) ohne Akku
Ob Sie Möbel montieren, Regale aufhängen oder in Mauerwerk bohren – der KraftKern meistert alles mühelos. Der Kompakte Kopf passt auch in enge Ecken und der Gummigriff verringert die Ermüdung bei langen Arbeiten.
Der Akku ist mit allen 20V-Werkzeugen von Torkmann kompatibel.
Garantie: 3 Jahre eingeschränkte Garantie auf das Werkzeug, 2 Jahre auf den Akku.
Jetzt kaufen und FREE Bit-Set sichern!'''),
align="1-1",
arts=[("punctuation", 2, "Motor,", "comma between subject and verb; neither source nor German has one"),
      ("typography", 5, "2.0", "decimal point instead of the German decimal comma"),
      ("repetition", 6, "dunkle dunkle", "word doubled"),
      ("mistranslation", 9, "ohne", "'with battery' rendered as 'without battery'"),
      ("name", 10, "KraftKern", "product-line name 'PowerCore' translated by meaning (kept in the title)"),
      ("spelling", 10, "Kompakte", "adjective capitalised mid-sentence"),
      ("number", 12, "2 Jahre", "1-year battery warranty became 2 years"),
      ("untranslated", 13, "FREE", "English word left (GRATIS / kostenloses)")],
clean=[0, 1, 3, 4, 7, 8, 11]))

# 6 ---------------------------------------------------------------- garden, en->de, one 2-1 merge, one 1-0 dropped bullet
PAGES.append(dict(folder="greenspring-hose-reel", sl="en", tl="de", product="hose reel cart with 100 ft hose (garden)",
src_lines=T('''GreenSpring Hose Reel Cart with 100 ft Garden Hose
Watering Made Easy
Heavy-duty steel frame with powder-coated finish resists rust.
Holds up to 100 ft (30 m) of 5/8" hose.
Large pneumatic wheels roll smoothly over lawns and gravel.
Includes 8-pattern spray nozzle.
Brass fittings for a leak-free connection.
Crank handle with ergonomic soft grip.
Hose length: 100 ft (30 m)
Frame: powder-coated steel
Max. water pressure: 150 psi (10 bar)
Assembly: tools included, about 20 minutes.
Wind up your hose in seconds and keep your garden tidy. The GreenSpring cart rolls from the front lawn to the back garden without tangles, kinks or heavy lifting.
Store indoors during winter to prevent frost damage.
5-Year Warranty &ndash; Shop with Confidence!'''),
tgt_lines=T('''GreenSpring Schlauchwagen mit 30 m Gartenschlauch
Bewässern leicht gemacht
Der robuste Stahlrahmen mit pulverbeschichteter oberfläche ist rostbeständig.
Fasst bis zu 100 ft (50 m) 5/8"-Schlauch.
Große Luftreifen rollen mühelos über Rasen und Kies.
Inklusive Sprühbrause mit 8 Strahlarten und Messinganschlüssen für eine dichte Verbindung.
Schlauchlänge: 30 m (100 ft)
Rahmen: pulverbeschichteter Stahl
Max. Wasserdruck: 150 psi (10 bar)
Montage: Werkzeug im Lieferumfang, , ca. 20 Minuten.
Wickeln Sie Ihren Schlauch in Sekunden auf und halten Sie Ihren Garten ordentlich. Der GrünQuelle-Wagen rollt vom Vorgarten bis in den hinteren Garten – ohne Verheddern, kinks oder schweres Heben.
Im Winter im Haus lagern, um Frostschäden zu vermeiden.
5 Jahre Garantie & ndash; sorgenfrei einkaufen!'''),
align=[([0],[0]),([1],[1]),([2],[2]),([3],[3]),([4],[4]),([5,6],[5]),([7],[]),([8],[6]),([9],[7]),([10],[8]),([11],[9]),([12],[10]),([13],[11]),([14],[12])],
arts=[("spelling", 2, "oberfläche", "German noun lost its capital"),
      ("number", 3, "50 m", "100 ft (30 m) became 50 m"),
      ("omission", 7, "Crank handle with ergonomic soft grip.", "bullet dropped (source side)"),
      ("punctuation", 9, ", ,", "stray doubled comma"),
      ("name", 10, "GrünQuelle", "brand 'GreenSpring' translated by meaning (kept in the title)"),
      ("untranslated", 10, "kinks", "English word left inside the German list (Knicke)"),
      ("markup", 12, "& ndash;", "HTML reference broken by a space")],
clean=[0, 1, 4, 5, 6, 7, 8, 11]))

# 7 ---------------------------------------------------------------- beauty, en->es
PAGES.append(dict(folder="vitamin-c-serum", sl="en", tl="es", product="vitamin C face serum (beauty)",
src_lines=T('''Lumière Botanics Vitamin C Brightening Serum, 1 fl oz (30 mL)
Glow Starts Here
15% vitamin C with 0.5% ferulic acid, hyaluronic acid &amp; vitamin E for visibly brighter, smoother skin.
Lightweight, fast-absorbing formula suitable for all skin types.
Free from parabens, sulfates and artificial fragrance.
Dermatologist tested. Cruelty-free and vegan.
Volume: 1 fl oz (30 mL)
Key ingredients: ascorbic acid, sodium hyaluronate, tocopherol
Shelf life: 12 months after opening
How to use: Apply 3&ndash;4 drops to clean, dry skin every morning before moisturizer. Follow with SPF 30 or higher.
Our Lumière Botanics serum is made in small batches in France. Its amber glass bottle protects the formula from light, so every drop stays fresh.
Store in a cool, dry place away from direct sunlight.
For external use only. Discontinue use if irritation occurs.
Love It or Your Money Back &ndash; 60-Day Guarantee'''),
tgt_lines=T('''Sérum iluminador con vitamina C Lumière Botanics, 1 fl oz (30 ml)
El Brillo Empieza Aquí
15~% de vitamina C con 0.5~% de ácido ferúlico, ácido hialurónico &amp; vitamina E para una piel visiblemente más luminosa y suave.
Fórmula lightweight de rápida absorción apta para todo tipo de piel.
Sin parabenos ni fragancias artificiales.
Probado dermatológicamente. No testado en animales y vegano.
Volumen: 1 fl oz (30 ml)
Ingredientes clave: ácido ascórbico, hialuronato de sodio, tocoferol
Vida útil: 6 meses después de abrir
Modo de uso: aplica 3&ndash;4 gotas sobre la piel limpia y seca cada mañana antes de la crema hidratante. continúa con SPF 30 o superior.
Nuestro sérum Luz Botánica se elabora en pequeños lotes en Francia. Su frasco de vidrio ámbar protege la fórmula de la luz así cada gota se mantiene fresca.
Conservar en un lugar fresco y seco alejado de la luz solar directa.
Solo para uso externo. Suspender el uso si se produce irritación.
Te Encanta o Te Devolvemos tu Dinero &ndash; Garantía de 60 Días'''),
align="1-1",
arts=[("typography", 2, "0.5", "decimal point instead of the Spanish decimal comma"),
      ("untranslated", 3, "lightweight", "English word left (ligera)"),
      ("omission", 4, "sulfates", "list item dropped (source side)"),
      ("number", 8, "6 meses", "12 months became 6"),
      ("spelling", 9, "continúa", "sentence starts in lower case after a full stop"),
      ("name", 10, "Luz Botánica", "brand 'Lumière Botanics' translated by meaning (kept in the title)"),
      ("punctuation", 10, "luz así", "comma before the consequence clause dropped; source and Spanish both want it")],
clean=[0, 1, 5, 6, 7, 11, 12, 13]))

# 8 ---------------------------------------------------------------- apparel, en->it
PAGES.append(dict(folder="stormshell-rain-jacket", sl="en", tl="it", product="women's waterproof rain jacket (apparel)",
src_lines=T('''Cascade Outfitters Women&#x2019;s StormShell Waterproof Rain Jacket
STAY DRY. STAY OUT LONGER.
2.5-layer waterproof, breathable shell rated to 10,000 mm.
Fully taped seams and water-repellent YKK&reg; zippers.
Adjustable hood with laminated brim stows into the collar.
Pit zips for extra ventilation on warm climbs.
Packs into its own chest pocket.
Material: 100% recycled polyester
Weight: 11.6 oz (330 g)
Fit: regular, hip length
Sizes: XS&ndash;XXL
When the forecast turns, the StormShell is the jacket you&#x2019;ll be glad you packed. It weighs less than a water bottle, blocks wind and rain, and still lets your body breathe.
Care: Machine wash cold, tumble dry low to restore water repellency. Do not use fabric softener.
Free Returns Within 30 Days'''),
tgt_lines=T('''Giacca antipioggia impermeabile da donna StormShell Cascade Outfitters
RESTA ASCIUTTA. RESTA FUORI PIÙ A LUNGO.
Guscio impermeabile e traspirante a 2,5 strati con colonna d’acqua di 1.000 mm.
Cuciture completamente nastrate e cerniere YKK&amp;reg; idrorepellenti.
Cappuccio regolabile con visiera laminata che si riponenel colletto.
Pit zips per una maggiore ventilazione nelle salite più calde.
Si ripone nella propria tasca sul petto.
Materiale: 100% poliestere riciclato
Peso: 11.6 oz (330 g)
Vestibilità: regolare, lunghezza fianchi
Taglie: XS&ndash;XXL
Quando il tempo cambia, la Conchiglia Tempesta è la giacca che sarai felice di aver messo nello zaino. Pesa meno di una borraccia, blocca vento e pioggia e lascia comunque respirare il corpo.
Manutenzione: lavare in lavatrice a freddo asciugare in asciugatrice a bassa temperatura per ripristinare l’idrorepellenza. Non usare ammorbidente.
Resi Gratuiti Entro 30 Giorni'''),
align="1-1",
arts=[("number", 2, "1.000 mm", "10,000 mm became 1.000 mm"),
      ("markup", 3, "&amp;reg;", "HTML reference escaped twice"),
      ("spelling", 4, "riponenel", "two words run together"),
      ("untranslated", 5, "Pit zips", "English words left (zip sotto le ascelle)"),
      ("typography", 8, "11.6", "decimal point instead of the Italian decimal comma"),
      ("name", 11, "Conchiglia Tempesta", "product name 'StormShell' translated by meaning (kept in the title)"),
      ("punctuation", 12, "freddo asciugare", "comma between the two instructions dropped; source and Italian both want it")],
clean=[0, 1, 6, 7, 9, 10, 13]))


def main():
    for p in PAGES:
        d = os.path.join(HERE, p["folder"])
        os.makedirs(d, exist_ok=True)
        s, t = p["src_lines"], p["tgt_lines"]
        with open(os.path.join(d, p["sl"] + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n\n".join(s) + "\n")
        with open(os.path.join(d, p["tl"] + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n\n".join(t) + "\n")
        if p["align"] == "1-1":
            assert len(s) == len(t), p["folder"]
            beads = [{"source": [i], "target": [i]} for i in range(len(s))]
        else:
            beads = [{"source": a, "target": b} for a, b in p["align"]]
        arts = []
        for cat, para, exc, note, *occ in p["arts"]:
            exc = exc.replace("~", "\u00a0").replace("^", "\u202f")
            a = {"category": cat, "side": "source" if cat == "omission" else "target",
                 "paragraph": para, "excerpt": exc}
            if occ:
                a["occurrence"] = occ[0]
            a["note"] = note
            arts.append(a)
        gold = {"source": p["sl"] + ".txt", "target": p["tl"] + ".txt",
                "source_lang": p["sl"], "target_lang": p["tl"],
                "alignment": beads, "artefacts": arts,
                "clean_target_paragraphs": p["clean"]}
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "mtqa.toml"), "w", encoding="utf-8", newline="\n") as f:
            f.write('profile = "product"\n')


if __name__ == "__main__":
    main()
