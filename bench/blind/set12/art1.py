from build import art, A

art("arcachon-oyster-ban", "en", "fr", [
"France suspends oyster sales from Arcachon Bay after norovirus outbreak",
"French authorities on Tuesday suspended the harvesting and sale of oysters from Arcachon Bay after more than 140 people fell ill with gastroenteritis in the past two weeks, the regional prefecture said.",
"The ban covers 28 production zones and will remain in place for at least 21 days, until tests show the water is free of the virus. Farmers said it came at the worst possible time, weeks before the Christmas season, when they make about 40% of their annual sales.",
"“We have oysters ready in our beds and we can't sell a single one,” said Hélène Marchetti, who runs a 12-hectare farm near the town of Gujan-Mestras. “Some of us will not survive another winter like this.”",
"Health officials traced the outbreak to heavy rain in late November, which overwhelmed sewage systems and washed untreated water into the bay. Oysters filter up to 200 litres of water a day and concentrate viruses in their tissue.",
"The regional shellfish committee put losses at €4.5 million so far and asked the government for emergency aid. Agriculture Minister Annie Genevard told France Inter radio that support would be announced “in the coming days”.",
"About 300 companies farm oysters in the bay, producing around 8,000 tonnes a year, according to the committee. The sector employs some 1,200 people.",
"Environmental groups said the repeated closures, the third since 2022, showed that the local sewage network was not fit for a growing population. The Surfrider Foundation called for a “clear investment plan” from the municipalities around the bay.",
"Consumers who have bought oysters from the bay since Nov. 25 are advised not to eat them raw. Information is available at www.gironde.gouv.fr/coquillages.",
"Restaurants in Bordeaux reported cancellations as customers worried about shellfish from other regions, which are not affected by the ban.",
], [
"La France suspend la vente des huîtres du bassin d’Arcachon après une épidémie de norovirus",
"Les autorités françaises ont suspendu mardi la récolte et la vente des huîtres du bassin d’Arcachon après que plus de 140 personnes ont été atteintes de gastro-entérite au cours des deux dernières semaines, a indiqué la préfecture de région.",
"L’interdiction concerne 28 zones de production et restera en vigueur pendant au moins 21 jours, jusqu’à ce que les analyses montrent que l’eau est exempte du virus.",
"Les ostréiculteurs ont déclaré qu’elle tombait au pire moment, quelques semaines avant les fêtes de Noël, période pendant laquelle ils réalisent environ 40§% de leurs ventes annuelles.",
"« Nous avons des huîtres prêtes dans nos parcs et nous ne pouvons pas en vendre une seule », a déclaré Hélène Marchetti, qui exploite une ferme de 12 hectares près de la commune de Gujan-Mestras. « Certains d’entre nous ne survivront pas à un autre hiver comme celui-ci. »",
"Les autorités sanitaires ont attribué l’épidémie aux fortes pluies de fin novembre, qui ont saturé les réseaux d’assainissement et déversé des eaux non traitées dans le bassin. Les huîtres filtrent jusqu’à 2_000 litres d’eau par jour et concentrent les virus dans leurs tissus.",
"Le comité régional de la conchyliculture a estimé les pertes à 4,5 millions d’euros à ce stade et a demandé au gouvernement une aide d’urgence. La ministre de l’Agriculture, Annie Genevard, a déclaré sur France Inter qu’un soutien serait annoncé « in the coming days ».",
"Environ 300 entreprises élèvent des huîtres dans le bassin et produisent quelque 8_000 tonnes par an, selon le comité.",
"Des associations environnementales ont estimé que ces fermetures à répétition, les troisièmes depuis 2022, montraient que le réseau. d’assainissement local n’était pas adapté à une population croissante. La Surfrider Foundation a réclamé un « plan d’investissement clair » aux communes du bassin.",
"Il est conseillé aux consommateurs ayant acheté des huîtres du bassin depuis le 25 novembre de ne pas les consommer crues. Des informations sont disponibles sur www.gironde.gouv.fr /coquillages.",
"Des restaurants de Bordeaux ont signalé des annulations, les clients s’inquiétant des coquillages d’autres régions,, qui ne sont pas concernés par l’interdiction.",
], [([0], [0]), ([1], [1]), ([2], [2, 3]), ([3], [4]), ([4], [5]), ([5], [6]), ([6], [7]), ([7], [8]), ([8], [9]), ([9], [10])], [
A("typography", 3, "40§%", "plain space before % instead of U+202F (every other % has U+202F)"),
A("number", 5, "2_000 litres", "'200 litres' became 2 000 litres"),
A("untranslated", 6, "in the coming days", "quotation left in English"),
A("omission", 6, "The sector employs some 1,200 people.", "sentence has no counterpart in the translation"),
A("sentence_boundary", 8, "réseau. d’assainissement", "full stop inserted inside the noun phrase; sentence continues in lower case"),
A("markup", 9, "www.gironde.gouv.fr /coquillages", "space inserted inside the URL"),
A("punctuation", 10, ",,", "doubled comma"),
], [0, 1, 2, 4])
