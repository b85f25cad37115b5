from build import art, A, one_to_one

art("atacama-telescope-first-light", "en", "es", [
"Giant telescope in Chile's Atacama Desert sees first light",
"A new 6.5-metre telescope built on a mountain in northern Chile captured its first images on Wednesday, the international consortium that operates it said, after nine years of construction and a budget of $410 million.",
"The Cerro Ventarrón Observatory, at an altitude of 4,850 metres, will study the atmospheres of planets orbiting nearby stars. Its first image showed a cluster of young stars in the constellation Carina.",
"“This is the moment we have been waiting for since 2016,” said the observatory's director, astronomer Valentina Rojas. “The sky here is so dry and dark that we can see things no other telescope on the ground can.”",
"The project is led by universities in Chile, Spain and Canada. Chile's Ministry of Science contributed about 15% of the cost, and the host country is guaranteed 10% of observing time.",
"Scientific operations are due to start in March 2027, once engineers have finished calibrating the instrument's infrared camera, which must be cooled to minus 196 degrees Celsius.",
"The Atacama is home to some of the world's most powerful observatories, including ALMA and the Very Large Telescope, but astronomers warn that light pollution from mining operations and growing towns is slowly brightening the night sky.",
"Local communities in the nearby town of San Pedro de Atacama have asked for a share of the benefits, including jobs and science programmes for schools.",
"Rojas said the observatory would hire 40 local technicians and open a visitor centre in 2028. Entry will be free for students.",
"The consortium will publish the first image online at www.ventarron.org/primeraluz on Thursday.",
], [
"Un telescopio gigante capta su primera luz en el desierto chileno de Atacama",
"Un nuevo telescopio de 6,5 metros construido en una montaña del norte de Chile captó sus primeras imágenes el miércoles, informó el consorcio internacional que lo opera, tras nueve años de construcción y un presupuesto de 410 millones de dólares.",
"El Observatorio Cerro Ventarrón, situado a 4,850 metros de altitud, estudiará las atmósferas de planetas que orbitan estrellas cercanas. Su primera imagen mostró un cúmulo de estrellas jóvenes en la constelación de la Quilla.",
"«Este es el momento que esperábamos desde 2016», dijo la directora del observatorio, la astrónoma Valentina Rojas. «El cielo aquí es tan seco y oscuro que podemos ver cosas que ningún otro telescopio terrestre puede ver».",
"El proyecto está dirigido por universidades de Chile, España y Canadá. El Ministerio de Ciencia de Chile aportó alrededor del 15~% del costo.",
"Las operaciones científicas comenzarán en marzo de 2028, una vez que los ingenieros terminen de calibrar la cámara infrarroja del instrumento, que debe enfriarse a 196 grados bajo cero.",
"El Atacama alberga algunos de los observatorios más potentes del mundo, como ALMA y el Very Large Telescope, pero los astrónomos advierten de que la contaminación lumínica de las faenas mineras y de las ciudades en crecimiento está aumentando poco a poco el brillo del cielo nocturno.",
"Las comunidades locales del cercano pueblo de San Pedro de Atacama han pedido una parte. de los beneficios, incluidos empleos y programas de ciencia para las escuelas.",
"Rojas dijo que el observatorio contratará a 40 técnicos técnicos locales y abrirá un centro de visitantes en 2028. La entrada será gratuita para los estudiantes.",
"El consorcio publicará el jueves la primera imagen en www.ventarron .org/primeraluz.",
], one_to_one(10), [
A("typography", 2, "4,850 metros", "English thousands comma kept; in Spanish it reads as a decimal comma (4.850)"),
A("omission", 4, "and the host country is guaranteed 10% of observing time", "clause has no counterpart in the translation"),
A("number", 5, "marzo de 2028", "'March 2027' became March 2028"),
A("sentence_boundary", 7, "parte. de", "full stop inserted mid-sentence; the sentence continues in lower case"),
A("repetition", 8, "técnicos técnicos", "word doubled"),
A("markup", 9, "www.ventarron .org/primeraluz", "space inserted inside the URL"),
], [0, 1, 3, 6])
