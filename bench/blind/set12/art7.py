from build import art, A

art("volga-cable-car-fare", "ru", "en", [
"В Нижнем Новгороде подорожает проезд по канатной дороге через Волгу",
"Стоимость поездки по канатной дороге, соединяющей Нижний Новгород и Бор, с 1 января вырастет со 150 до 200 рублей, сообщила в среду пресс-служба городской администрации.",
"Канатная дорога длиной 3,66 километра была открыта в 2012 году и считается одной из самых длинных в Европе над водной преградой. Поездка занимает около 12 минут.",
"По данным оператора, в прошлом году ею воспользовались 2,3 миллиона пассажиров, большинство из которых — жители Бора, ежедневно добирающиеся на работу в Нижний Новгород.",
"«Повышение тарифа необходимо, чтобы заменить кабины и тросы, — заявил директор предприятия Андрей Белозеров. — Оборудование отработало больше десяти лет».",
"Для пенсионеров и студентов сохранится льготный тариф в 100 рублей. Владельцы транспортной карты «Ситикард» смогут оплачивать проезд со скидкой 10~%.",
"Жители Бора раскритиковали решение в социальных сетях. Петицию против подорожания за два дня подписали более 4 тысяч человек.",
"Альтернативой канатной дороге остаются автобусы, которые идут через мост, однако в часы пик дорога может занимать больше часа.",
"Модернизация обойдётся в 480 миллионов рублей. Работы планируется провести весной 2026 года, на это время канатная дорога будет закрыта на шесть недель.",
"Подробности опубликованы на сайте www.kanatka-nn.ru.",
], [
"Cable car fare across the Volga to rise in Nizhny Novgorod",
"The fare for the cable car linking Nizhny Novgorod and Bor will rise from 150 to 200 rubles on January 1, the city administration’s press office said on Wednesday.",
"The 3.66-kilometer cable car opened in 2012 and is considered one of the longest in Europe over a body of water. The ride takes about 12 minutes.",
"According to the operator, 2.3 million passengers used it last year, most of them residents of Pine Forest who commute daily to work in Nizhny Novgorod.",
"“The fare increase is necessary to replace the cabins and cables,,” said Andrei Belozerov, the company’s director. “The equipment has been in service for more than ten years.”",
"A reduced fare of 100 rubles will remain for pensioners and students. Holders of the Citycard transport card will be able to pay with a 10 % discount.",
"Bor residents criticized the decision on social media. More than 4,000 people signed a petition against the подорожания within two days.",
"The cable car is one of the city’s most popular tourist attractions and appears on many postcards.",
"Buses that cross the bridge remain an alternative to the cable car, but during rush hour the trip can take more than an hour.",
"The upgrade will cost 48 million rubles. The work is planned for spring 2026, when the cable car will be closed for six weeks.",
"Details are available on the website www.kanatka-nn.ru.",
], [([0], [0]), ([1], [1]), ([2], [2]), ([3], [3]), ([4], [4]), ([5], [5]), ([6], [6]), ([], [7]), ([7], [8]), ([8], [9]), ([9], [10])], [
A("name", 3, "Pine Forest", "the town of Bor rendered by the meaning of its name (бор = pine forest); 'Bor' elsewhere"),
A("punctuation", 4, ",,", "doubled comma"),
A("typography", 5, "10 %", "space between number and % in English"),
A("untranslated", 6, "подорожания", "Russian word left in the translation (the increase)"),
A("addition", 7, "The cable car is one of the city’s most popular tourist attractions and appears on many postcards.", "whole paragraph with no counterpart in the source"),
A("number", 9, "48 million rubles", "'480 million rubles' became 48 million"),
], [0, 1, 2, 8, 10])
