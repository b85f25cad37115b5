from build import art, A, one_to_one

art("gdansk-hybrid-ferry", "en", "pl", [
"Gdańsk shipyard delivers first hybrid ferry for Baltic route",
"A shipyard in Gdańsk on Friday handed over a hybrid ferry that can sail partly on battery power, the first of three vessels ordered by a Swedish operator for its route between Gdynia and Karlskrona.",
"The 203-metre Baltic Aurora can carry 1,100 passengers and 180 lorries. Its batteries, with a capacity of 8.6 megawatt-hours, allow it to enter and leave port without burning fuel.",
"“This is the most complex ship we have ever built,” said Tomasz Nowicki, chief executive of Remontowa Nova Shipbuilding. “Half of our engineers worked on nothing else for two years.”",
"The three ferries are worth a combined 2.1 billion zlotys ($530 million). The second is due to be delivered in June 2027 and the third a year later.",
"The operator, Nordvik Line, said the new ships would cut carbon dioxide emissions on the route by about 30%. It plans to charge the batteries with electricity from shore connections in both ports.",
"The port of Gdynia is spending 95 million zlotys on a charging station, partly financed by the European Union. Work is scheduled to finish in the autumn.",
"Polish shipbuilding, once a symbol of the Solidarity movement, has shrunk since the 1990s but has found a niche in complex vessels such as ferries and ships that service offshore installations.",
"The industry employs about 40,000 people in Poland, according to the Polish Chamber of Maritime Commerce.",
"The Baltic Aurora will make its first commercial crossing on Dec. 15.",
], [
"Stocznia w Gdańsku przekazała pierwszy prom hybrydowy na trasę bałtycką",
"Stocznia w Gdańsku przekazała w piątek prom hybrydowy, który może pływać częściowo na zasilaniu bateryjnym – pierwszy z trzech statków zamówionych przez szwedzkiego armatora na trasę między Gdynią a Karlskroną.",
"Mierzący 203 metry prom Baltic Aurora może zabrać 1100 pasażerów i 180 ciężarówek. Jego baterie o pojemności 8.6 megawatogodziny pozwalają mu wpływać do portu i wypływać z niego bez spalania paliwa.",
"„To najbardziej złożony statek, jaki kiedykolwiek zbudowaliśmy” – powiedział Tomasz Nowicki, prezes spółki Remontowa Nova Shipbuilding. „Połowa naszych inżynierów przez dwa lata nie zajmowała się niczym innym”.",
"Łączna wartość trzech promów wynosi 2,1 mln zł (530 mln dolarów). Drugi ma zostać dostarczony w czerwcu 2027 r., a trzeci rok później.",
"Armator, Nordvik Line, poinformował, że nowe statki ograniczą emisję dwutlenku węgla na tej trasie o około 30 proc. Zamierza on ładować baterie prądem z shore connections w obu portach.",
"Port Gdynia przeznacza 95 mln zł na stację ładowania, częściowo finansowaną przez Unię Europejską. Prace mają zakończyć się jesienią. Będzie to pierwsza taka instalacja w Polsce.",
"Polski przemysł stoczniowy, niegdyś symbol Solidarności, skurczył się od lat 90., ale znalazł. niszę w budowie złożonych jednostek, takich jak promy i statki obsługujące instalacje morskie.",
"Według Polskiej Komory Handlu Morskiego branża zatrudnia w Polsce około 40~000 osób.",
"Baltic Aurora odbędzie pierwszy rejs handlowy 15 listopada.",
], one_to_one(10), [
A("typography", 2, "8.6", "decimal point instead of the Polish decimal comma"),
A("number", 4, "2,1 mln zł", "'2.1 billion zlotys' became 2.1 million (mld → mln)"),
A("untranslated", 5, "shore connections", "English term left in the Polish sentence (przyłączy lądowych)"),
A("addition", 6, "Będzie to pierwsza taka instalacja w Polsce.", "sentence with no counterpart in the source"),
A("sentence_boundary", 7, "znalazł. niszę", "full stop inserted between verb and object; the sentence continues in lower case"),
A("name", 8, "Polskiej Komory Handlu Morskiego", "'Chamber' of the organisation's name rendered as a physical chamber (komora) instead of Izba"),
A("number", 9, "15 listopada", "'Dec. 15' became 15 November"),
], [0, 1, 3])
