from build import art, A

art("danube-low-water", "en", "de", [
"Low water on the Danube forces barges to sail half empty",
"Cargo ships on the Danube are carrying barely half their usual loads after weeks without rain pushed water levels to their lowest point in more than a decade, shipping companies said on Monday.",
"At the gauge in Pfelling, Bavaria, the river stood at 2.41 metres on Monday morning, well below the 2.90 metres that barges need to travel fully loaded on the stretch between Straubing and Vilshofen.",
"“Every centimetre counts,” said Markus Eberl, managing director of the Regensburg-based carrier Eberl Donaulogistik. “We now need three ships where we would normally use two.”",
"Freight rates for grain and fertiliser have risen by as much as 60% since the start of September, according to the Danube Commission in Budapest.",
"The problem is worst in Hungary and Romania, where several ferries have stopped running and sandbanks have appeared in the middle of the river.",
"Steelmaker voestalpine, which ships iron ore to its plant in Linz by river, said it had moved part of its deliveries to rail. A spokeswoman declined to say how many tonnes were affected.",
"Meteorologists at Germany's weather service DWD expect only light rain over the next ten days. Water levels are unlikely to recover before the end of October, they said.",
"Environmental groups oppose plans to deepen the river between Straubing and Vilshofen, arguing that dredging would destroy one of the last free-flowing sections of the Danube in Germany.",
"Shipping associations say that without deeper channels, inland waterways will lose business to trucks. A single barge can carry as much as 100 lorries.",
"The federal transport ministry said it would publish a report on Danube navigation by the end of the year.",
], [
"Niedrigwasser auf der Donau: Frachtschiffe fahren halb leer",
"Frachtschiffe auf der Donau transportieren nur noch knapp die Hälfte ihrer üblichen Ladung, nachdem wochenlange Trockenheit die Pegelstände auf den tiefsten Stand seit mehr als zehn Jahren gedrückt hat, wie Reedereien am Montag mitteilten.",
"Am Pegel Pfelling in Bayern lag der Fluss am Montagmorgen bei 2.41 Metern, deutlich unter den 2,90 Metern, die Schiffe benötigen, um auf dem Abschnitt zwischen Straubing und Vilshofen voll beladen zu fahren.",
"„Jeder Zentimeter zählt“, sagte Markus Eberl, Geschäftsführer der Regensburger Reederei Eberl Donaulogistik. „Wir brauchen jetzt drei Schiffe, wo wir normalerweise zwei einsetzen würden.“",
"Die Frachtraten für Getreide und Düngemittel sind seit Anfang September um bis zu 16 Prozent gestiegen, wie die Donaukommission in Budapest mitteilte.",
"Der Stahlkonzern voestalpine, der Eisenerz per Schiff in sein Werk in Linz transportiert, hat nach eigenen Angaben einen Teil seiner Lieferungen. auf die Schiene verlagert. Eine Sprecherin wollte nicht sagen, wie viele Tonnen betroffen sind.",
"Die Meteorologen des Deutschen Wetterdienstes (DWD) erwarten in den kommenden zehn Tagen nur leichten Regen. Die Pegelstände dürften sich vor Ende Oktober kaum erholen, hieß es.",
"Umweltverbände lehnen Pläne ab, den Fluss zwischen Straubing und Vilshofen zu vertiefen. Sie argumentieren, dass das Ausbaggern einen der letzten free-flowing Abschnitte der Donau in Deutschland zerstören würde.",
"Schifffahrtsverbände sagen, dass die Binnenwasserstraßen ohne tiefere Fahrrinnen Marktanteile an den Lkw-Verkehr verlieren werden werden. Ein einziges Binnenschiff kann so viel laden wie 100 Lastwagen.",
"Das Bundesverkehrsministerium kündigte an, bis Ende des Jahres einen Bericht zur Donauschifffahrt zu veröffentlichen,.",
], [([0], [0]), ([1], [1]), ([2], [2]), ([3], [3]), ([4], [4]), ([5], []), ([6], [5]), ([7], [6]), ([8], [7]), ([9], [8]), ([10], [9])], [
A("typography", 2, "2.41 Metern", "decimal point instead of the German decimal comma (2,90 in the same sentence)"),
A("number", 4, "16 Prozent", "'60%' became 16 Prozent"),
A("omission", 5, "The problem is worst in Hungary and Romania, where several ferries have stopped running and sandbanks have appeared in the middle of the river.", "whole paragraph has no counterpart in the translation"),
A("sentence_boundary", 5, "Lieferungen. auf", "full stop inserted mid-sentence; the sentence continues in lower case"),
A("untranslated", 7, "free-flowing", "English adjective left in the German sentence (frei fließenden)"),
A("repetition", 8, "werden werden", "auxiliary doubled"),
A("punctuation", 9, ",.", "stray comma before the final full stop"),
], [0, 1, 3, 6])
