from build import art, A

art("alsace-stork-census", "fr", "de", [
"Alsace : le nombre de couples de cigognes atteint un record",
"Le nombre de couples de cigognes blanches nichant en Alsace a atteint un record cette année, avec 1_420 couples recensés, selon la Ligue pour la protection des oiseaux (LPO), qui a publié son bilan annuel mardi.",
"Au début des années 1970, l’oiseau emblématique de la région avait presque disparu : on ne comptait plus que neuf couples dans toute l’Alsace.",
"Son retour est le fruit d’un programme de réintroduction lancé en 1976, qui consistait notamment à garder les jeunes oiseaux en enclos pendant trois ans afin qu’ils perdent l’instinct migratoire.",
"« Aujourd’hui, la cigogne n’a plus besoin de nous », résume Claire Dubois-Wendling, responsable du suivi des populations à la LPO Alsace. « Elle trouve seule sa nourriture et ses lieux de nidification. »",
"Mais le succès a aussi ses revers. À Strasbourg, des riverains se plaignent du bruit et des fientes, et certaines communes ont dû renforcer des toits d’églises pour supporter des nids pouvant peser jusqu’à 500 kilos.",
"Une partie des oiseaux ne migre plus vers l’Afrique et passe l’hiver près des décharges, où ils se nourrissent de déchets.",
"La LPO estime que 35 % des cigognes alsaciennes restent désormais dans la région toute l’année, contre moins de 10 % il y a vingt ans.",
"Les ornithologues s’inquiètent toutefois de la fermeture programmée de plusieurs décharges d’ici 2030, qui pourrait priver ces oiseaux d’une source de nourriture en hiver.",
"Le parc de Hunawihr, qui accueille le centre de réintroduction, prévoit d’ouvrir au printemps un nouvel espace pédagogique consacré à la migration.",
"Le recensement sera reconduit l’an prochain avec l’aide de 250 bénévoles.",
], [
"Elsass: Zahl der Storchenpaare erreicht Rekord",
"Die Zahl der im Elsass brütenden Weißstorchpaare hat in diesem Jahr mit 1420 gezählten Paaren einen Rekord erreicht, wie die Vogelschutzliga LPO am Dienstag in ihrer Jahresbilanz mitteilte.",
"Anfang der 1970er-Jahre war der Symbolvogel der Region fast verschwunden: Im ganzen Elsass gab es nur noch neun Paare.",
"Seine Rückkehr ist einem 1967 gestarteten Wiederansiedlungsprogramm zu verdanken, bei dem die Jungvögel unter anderem drei Jahre lang in Gehegen gehalten wurden, damit sie ihren Zuginstinkt verlieren.",
"«Heute braucht uns der Storch nicht mehr», sagt Claire Dubois-Wendling, die bei der LPO Alsace für die Bestandsüberwachung zuständig ist. „Er findet sein Futter und seine Nistplätze allein.“",
"Doch der Erfolg hat auch seine Schattenseiten. In Straßburg beschweren sich Anwohner über Lärm und fientes, und einige Gemeinden mussten Kirchendächer verstärken, damit sie Nester mit einem Gewicht von bis zu 500 Kilo tragen können. Ein Teil der Vögel zieht nicht mehr nach Afrika und überwintert in der Nähe von Mülldeponien, wo sie sich von Abfällen ernähren.",
"Nach Schätzung der LPO bleiben inzwischen 35 Prozent der elsässischen Störche das ganze Jahr über in der Region, gegenüber weniger als 10 Prozent vor zwanzig Jahren.",
"Ornithologen sind jedoch besorgt über die geplante Schließung mehrerer Deponien bis 2030, die den Vögeln im Winter eine Nahrungsquelle entziehen könnte. Die Behörden haben bereits Ersatzfutterplätze angekündigt.",
"Der Park von Hunawihr, in dem sich das Wiederansiedlungszentrum befindet, will im Frühjahr einen neuen pädagogischen Weltraum zum Thema Vogelzug eröffnen.",
"Die Zählung wird im nächsten Jahr mit Hilfe von 250 Freiwilligen wiederholt .",
], [([0], [0]), ([1], [1]), ([2], [2]), ([3], [3]), ([4], [4]), ([5, 6], [5]), ([7], [6]), ([8], [7]), ([9], [8]), ([10], [9])], [
A("number", 3, "1967", "'1976' became 1967"),
A("typography", 4, "«Heute braucht uns der Storch nicht mehr»", "French guillemets kept for this quotation; the article uses „…“"),
A("untranslated", 5, "fientes", "French word left untranslated (Kot)"),
A("addition", 7, "Die Behörden haben bereits Ersatzfutterplätze angekündigt.", "sentence with no counterpart in the source"),
A("mistranslation", 8, "Weltraum", "'espace' (area, room) rendered as outer space"),
A("punctuation", 9, "wiederholt .", "space before the final full stop"),
], [0, 1, 2, 6])
