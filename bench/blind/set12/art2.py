from build import art, A, one_to_one

art("quebec-maple-reserve", "en", "fr", [
"Quebec maple producers release record volume from strategic reserve",
"Quebec's maple syrup producers will release 50 million pounds of syrup from their strategic reserve this year to meet growing demand, the industry group that manages it said on Thursday.",
"The release is the largest since the reserve was created in 2000 and follows a poor harvest in 2024, when a warm spring cut production by about 22%.",
"“Our customers in the United States, Japan and Germany want more syrup than we can make in a normal season,” said Luc Gagnon, chairman of Quebec Maple Syrup Producers. “The reserve exists exactly for years like this.”",
"The group, which represents some 13,300 producers, also said it would issue 7 million new taps to farmers, allowing them to expand their sugar bushes on public and private land.",
"Maple syrup is sold in barrels of about 600 pounds each. The bulk price paid to producers will rise by 3.5% to C$3.42 a pound from January 1, the group said.",
"Quebec accounts for about 72% of the world's maple syrup supply. The province exported syrup worth C$653 million last year, according to government figures.",
"Some smaller producers have criticised the quota system, which they say keeps young farmers out of the industry. A provincial review of the rules is expected to report in the spring.",
"The reserve, stored in warehouses in Laurierville and Saint-Antoine-de-Tilly, drew international attention in 2012 when thieves stole nearly 3,000 tonnes of syrup worth C$18 million.",
"“Climate change makes every harvest less predictable,” Gagnon said. “We need stocks to keep our promises to buyers.”",
], [
"Les producteurs québécois de sirop d’érable puisent un volume record dans leur réserve stratégique",
"Les producteurs de sirop d’érable du Québec libéreront cette année 50 millions de livres de sirop de leur réserve stratégique pour répondre à une demande croissante, a annoncé jeudi l’organisation professionnelle qui la gère.",
"Il s’agit de la plus importante libération depuis la création de la réserve en 2000 ; elle fait suite à une mauvaise récolte en 2024 , lorsqu’un printemps chaud a réduit la production d’environ 22 %.",
"« Nos clients aux États-Unis, au Japon et en Allemagne veulent plus de sirop que nous ne pouvons en produire en une saison normale », a déclaré Luc Gagnon, président des Producteurs et productrices acéricoles du Québec. « La réserve existe précisément pour des années comme celle-ci. »",
"L’organisation, qui représente quelque 13_300 producteurs, a également indiqué qu’elle attribuerait 7 millions de nouveaux robinets aux acériculteurs, ce qui leur permettra d’agrandir leurs érablières sur les terres publiques et privées.",
"Le sirop d’érable est vendu en barils d’environ 600 livres chacun. Le prix en vrac versé aux producteurs augmentera de 3,5 % pour atteindre 3,42 dollars canadiens la livre à partir du 1er juin, a précisé l’organisation.",
"Le Québec représente environ 72 % de l’offre mondiale de sirop d’érable. La province a exporté l’an dernier pour 653 millions de dollars canadiens de sirop, selon les chiffres du gouvernement. Les ventes vers l’Asie ont doublé en cinq ans.",
"Certains petits producteurs ont critiqué le système de quotas, qui, selon eux, empêche les jeunes agriculteurs d'entrer dans le secteur. Les conclusions d’un examen provincial des règles sont attendues au printemps.",
"La réserve, stockée dans des entrepôts à Ville-Laurier et à Saint-Antoine-de-Tilly, avait attiré l’attention internationale en 2012 lorsque des voleurs avaient dérobé près de 3_000 tonnes de sirop d’une valeur de 18 millions de dollars canadiens.",
"« Le changement climatique rend chaque récolte moins prévisible », a déclaré M. Gagnon. « Nous avons besoin de stocks pour tenir nos promesses promesses envers les acheteurs. »",
], one_to_one(10), [
A("punctuation", 2, "2024 ,", "space before a comma"),
A("mistranslation", 4, "robinets", "'taps' (tapping spouts, entailles) rendered as water taps"),
A("number", 5, "1er juin", "'January 1' became 1 June"),
A("addition", 6, "Les ventes vers l’Asie ont doublé en cinq ans.", "sentence with no counterpart in the source"),
A("typography", 7, "d'entrer", "straight apostrophe; the article uses ’ everywhere else"),
A("name", 8, "Ville-Laurier", "place name Laurierville rendered as if it were a description"),
A("repetition", 9, "promesses promesses", "word doubled"),
], [0, 1, 3])
