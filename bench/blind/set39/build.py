#!/usr/bin/env python3
"""Build blind set 39: article texts and gold annotations are data; run from any directory."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def sp(s):
    # '~' = U+00A0 (no-break space), '^' = U+202F (narrow no-break space); applied to every text and excerpt
    return s.replace("~", "\u00a0").replace("^", "\u202f")


def beads(spec):
    """'0:0 4,5:4 6: :8' -> alignment beads (empty side allowed)."""
    out = []
    for tok in spec.split():
        s, t = tok.split(":")
        out.append({"source": [int(x) for x in s.split(",") if x],
                    "target": [int(x) for x in t.split(",") if x]})
    return out


ARTICLES = []

# 1 ------------------------------------------------------------------ en -> ru, one 1-2 split (science)
ARTICLES.append(dict(
    name="yakutia-iron-meteorite", sl="en", tl="ru",
    src=[
        "Scientists recover fragments of rare iron meteorite in Yakutia",
        "YAKUTSK, Russia, Feb 17 – Russian scientists have recovered 14 fragments of an iron meteorite that fell in a remote part of Yakutia last autumn, the Siberian Branch of the Russian Academy of Sciences said on Tuesday.",
        "The largest piece weighs 38 kilograms and was found on the frozen bank of the Vilyuy River, about 600 kilometres north-west of Yakutsk.",
        "“Iron meteorites make up only about 5% of all finds, so this is an exceptional opportunity for us,” said Irina Solovtsova, a geochemist who led the expedition.",
        "Local reindeer herders reported a bright fireball and a loud bang on the night of October 9. Seismic stations in the region recorded the shock wave.",
        "The expedition set out in January, when the ground and the rivers had frozen hard enough to carry tracked vehicles. The team of nine worked in temperatures as low as minus 52 degrees Celsius and used metal detectors to search an area of about 40 square kilometres.",
        "Preliminary analysis shows the meteorite is made mostly of iron and nickel, with a nickel content of 7.8%. Scientists believe it broke away from the core of an asteroid several billion years ago.",
        "The fragments will be studied at the Institute of Geology and Mineralogy in Novosibirsk. Some samples will be shared with laboratories in China and India.",
        "Meteorites found in Russia belong to the state, and private collectors are not allowed to buy them. Even so, pieces from earlier falls have appeared on foreign auction sites.",
        "The expedition cost 11.5 million roubles and was paid for by a grant from the Russian Science Foundation.",
        "Solovtsova said the team would return in the summer to look for smaller fragments that may lie under moss and lichen.",
    ],
    tgt=[
        "Учёные нашли в Якутии фрагменты редкого железного метеорита",
        "ЯКУТСК, 17 февраля — Российские учёные обнаружили 14 фрагментов железного метеорита, упавшего прошлой осенью в отдалённом районе Якутии, сообщило во вторник Сибирское отделение Российской академии наук.",
        "Самый крупный фрагмент весит 83 килограмма, его нашли на замёрзшем берегу реки Вилюй примерно в 600 километрах к северо-западу от Якутска.",
        "«Железные метеориты составляют лишь около 5% всех находок, так что для нас это исключительная возможность», — сказала руководитель экспедиции геохимик Ирина Соловцева.",
        "Местные оленеводы видели яркий болид и слышали громкий хлопок в ночь на 9 октября. Сейсмические станции в регионе зафиксировали ударную волну.",
        "Экспедиция отправилась в путь в январе. когда земля и реки промёрзли настолько, что по ним могла пройти гусеничная техника.",
        "Группа из девяти человек работала при температуре до минус 52 градусов и с помощью металлоискателей обследовала участок площадью около 40 квадратных километров.",
        "Предварительный анализ показал, что метеорит состоит в основном из железа и никеля, причём содержание никеля составляет 7.8%. Учёные полагают, что он откололся от ядра астероида несколько миллиардов лет назад.",
        "Фрагменты изучат в Институте геологии и минералогии в Новосибирске. Часть образцов передадут лабораториям Китая и Индии.",
        "Метеориты, найденные в России, принадлежат государству, и частные коллекционеры могут их покупать. Тем не менее фрагменты прежних падений появлялись на зарубежных аукционах.",
        "Экспедиция обошлась в в 11,5 млн рублей и была оплачена за счёт гранта Российского научного фонда.",
        "Соловцова сообщила, что летом команда вернулась, чтобы поискать более мелкие фрагменты, которые могут лежать подо мхом и lichen.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5,6 6:7 7:8 8:9 9:10 10:11",
    art=[
        ("number", 2, "83 килограмма", "38 kilograms became 83"),
        ("name", 3, "Соловцева", "Solovtsova rendered Соловцева (Соловцова in paragraph 11)"),
        ("sentence_boundary", 5, "январе. когда", "full stop inserted before the subordinate clause; the next word starts lower-case"),
        ("typography", 7, "7.8%", "decimal point where Russian writes a decimal comma (7,8%)"),
        ("mistranslation", 9, "частные коллекционеры могут их покупать", "'are not allowed to buy them' rendered as 'may buy them': negation lost"),
        ("repetition", 10, "в в", "doubled preposition"),
        ("mistranslation", 11, "летом команда вернулась", "'would return in the summer' (future) rendered as a past event"),
        ("untranslated", 11, "lichen", "English word left untranslated (лишайником)"),
    ],
))

# 2 ------------------------------------------------------------------ en -> uk, all 1-1 (culture)
ARTICLES.append(dict(
    name="lviv-organ-restoration", sl="en", tl="uk",
    src=[
        "Lviv concert hall unveils restored organ after three years of work",
        "LVIV, Ukraine, Nov 3 – The Lviv Organ Hall on Sunday presented its restored pipe organ, one of the largest in Ukraine. The restoration took three years and cost 27 million hryvnias.",
        "The instrument, built in 1932 by the Brünner workshop, has 3,864 pipes, the smallest only a few centimetres long and the largest almost 10 metres.",
        "Restorers from Lviv and the Czech town of Krnov cleaned every pipe by hand and replaced the worn leather in the bellows.",
        "“For the first time in decades, the organ sounds the way its builders intended,” said Oksana Hrytsenko, the hall’s chief organist.",
        "About two-thirds of the money came from private donors, including more than 4,000 people who gave small sums online. The rest was provided by the city council.",
        "The opening concert, with works by Bach and the Ukrainian composer Mykola Lysenko, sold out within two hours.",
        "The hall, housed in a former Roman Catholic church, has hosted concerts since 1969 but had to close in 2022 because of damage to its heating system.",
        "Hrytsenko said the restoration had not been easy, as several parts had to be ordered from abroad and delivery often took months.",
        "The hall plans to hold at least 120 concerts next year and to launch a summer masterclass for young organists.",
        "Tickets for the coming season go on sale on December 1.",
    ],
    tgt=[
        "У Львові представили відреставрований орган після трьох років робіт",
        "ЛЬВІВ, 3 листопада — Львівський органний зал у неділю представив свій відреставрований орган, один із найбільших в Україні. Реставрація тривала три роки й коштувала 27 млн гривень.",
        "Інструмент, збудований 1932 року майстернею Брюннера, має 3684 труби: найменші завдовжки лише кілька сантиметрів, а найбільша — майже 10 метрів.",
        "Реставратори зі Львова та чеського міста Крнов вручну очистили кожну трубу й замінили зношену шкіру в bellows.",
        "«Уперше за десятиліття орган звучить так, як задумували його творці», — сказала головна органістка залу Оксана Гриценко.",
        "Близько двох третин коштів надали приватні благодійники, зокрема понад 4,000 людей, які жертвували невеликі суми онлайн. Решту виділила міська рада.",
        "Перший концерт, на якому прозвучали твори Баха та українського композитора Ніколая Лисенка, був повністю розпроданий за дві години .",
        "Зал, розташований у колишньому римсько-католицькому костелі, приймає концерти з 1969 року. але 2022 року мусив зачинитися через пошкодження системи опалення.",
        "Гриценко розповіла, що реставрація була легкою, адже кілька деталей довелося замовляти за кордоном, а доставка часто тривала місяцями.",
        "Наступного року зал планує провести щонайбільше 120 концертів і запровадити літній майстер-клас для молодих органістів.",
        "Квитки на наступний сезон надійдуть у продаж 1 грудня.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("number", 2, "3684", "3,864 pipes became 3684 (digits swapped)"),
        ("untranslated", 3, "bellows", "English word left untranslated (міхах)"),
        ("typography", 5, "4,000", "English thousands separator; in Ukrainian it reads as a decimal (4 000 wanted)"),
        ("name", 6, "Ніколая", "Ukrainian composer Mykola given the Russian form of his name (Миколи Лисенка)"),
        ("punctuation", 6, "години .", "space before the full stop"),
        ("sentence_boundary", 7, "року. але", "full stop inserted before 'але'; the next word starts lower-case"),
        ("mistranslation", 8, "реставрація була легкою", "'had not been easy' rendered as 'was easy': negation lost"),
        ("mistranslation", 9, "щонайбільше 120", "'at least 120' rendered as 'at most 120'"),
    ],
))

# 3 ------------------------------------------------------------------ en -> ar, all 1-1 (science / space)
ARTICLES.append(dict(
    name="uae-dust-storm-satellite", sl="en", tl="ar",
    src=[
        "UAE launches its first satellite built to track dust storms",
        "ABU DHABI, June 24 – The United Arab Emirates on Tuesday launched a small satellite designed to monitor dust and sand storms across the Arabian Peninsula, the UAE Space Agency said.",
        "The satellite, named Ghubar-1, weighs 95 kilograms and will orbit the Earth at an altitude of about 550 kilometres, passing over the region twice a day.",
        "It was developed over four years by engineers at Khalifa University together with the Emirati start-up Samaa Orbital, at a cost of 140 million dirhams.",
        "“Dust storms cost our economies billions every year, and until now we have not been able to predict them accurately,” said Dr Leila Al Mansoori, the project’s lead scientist.",
        "The storms close airports, damage solar panels and send thousands of people to hospital with breathing problems each year.",
        "Data from the satellite will be shared free of charge with weather services in other Gulf countries, as well as with researchers in Egypt and Jordan.",
        "The agency said the first images were expected within three weeks, once the instruments on board have been tested.",
        "Ghubar-1 is expected to operate for at least five years. A second, larger satellite is planned for 2029.",
        "The UAE has sent more than 15 satellites into orbit since 2009, and in 2021 it became the first Arab country to reach Mars with its Hope probe.",
        "The launch took place from Vandenberg Space Force Base in California, on a rocket shared with 30 other payloads.",
    ],
    tgt=[
        "الإمارات تطلق أول قمر صناعي مخصص لرصد العواصف الترابية",
        "أبوظبي، 24 يونيو – أطلقت دولة الإمارات العربية المتحدة يوم الثلاثاء قمرا صناعيا صغيرا مصمما لرصد العواصف الترابية والرملية في أنحاء شبه الجزيرة العربية، وفق ما أعلنت وكالة الإمارات للفضاء.",
        "ويزن القمر، الذي يحمل اسم «غبار-1»، 59 كيلوغراما، وسيدور حول الأرض على ارتفاع نحو 550 كيلومترا، ليمر فوق المنطقة مرتين يوميا.",
        "وطور القمر على مدى أربع سنوات مهندسون من جامعة خليفة بالتعاون مع شركة «سماء المدارية» الإماراتية الناشئة، بتكلفة بلغت 140 مليون درهم.",
        "وقالت الدكتورة ليلى المنصوري، كبيرة العلماء في المشروع: «تكلف العواصف الترابية اقتصاداتنا مليارات كل عام، ولم نتمكن حتى الآن من التنبؤ بها بدقة».",
        "وتتسبب هذه العواصف في إغلاق المطارات. وإتلاف الألواح الشمسية، وتنقل آلاف الأشخاص إلى المستشفيات كل عام بسبب مشكلات في التنفس.",
        "وستتاح بيانات القمر مقابل رسوم لخدمات الأرصاد الجوية في دول الخليج الأخرى، وكذلك للباحثين في مصر والأردن.",
        "وأوضحت الوكالة أنه من المتوقع وصول الصور الأولى في غضون ثلاثة أسابيع، بعد الانتهاء من اختبار الأجهزة الموجودة على متن القمر.",
        "ومن المتوقع أن يعمل «غبار-1» لمدة خمس سنوات على الأقل، ولا يخطط لإطلاق قمر ثان أكبر حجما في عام 2029.",
        "وأرسلت الإمارات أكثر من 15 قمرا صناعيا إلى المدار منذ عام 2009، وفي عام 2021 أصبحت أول دولة عربية تصل إلى المريخ عبر مسبار Hope.",
        "وجرى الإطلاق من قاعدة فاندنبرغ التابعة لقوة الفضاء الأمريكية في ولاية كاليفورنيا, على متن صاروخ حمل 30 حمولة أخرى.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("number", 2, "59 كيلوغراما", "95 kilograms became 59"),
        ("name", 3, "سماء المدارية", "company name Samaa Orbital translated word by word ('orbital sky') instead of transcribed (سما أوربيتال)"),
        ("sentence_boundary", 5, "المطارات. وإتلاف", "full stop inserted inside the list of effects; the sentence continues with و"),
        ("mistranslation", 6, "مقابل رسوم", "'free of charge' rendered as 'for a fee' (meaning reversed)"),
        ("mistranslation", 8, "ولا يخطط لإطلاق", "'a second satellite is planned' rendered as 'is not planned': negation added"),
        ("untranslated", 9, "Hope", "probe name left in English; Arabic uses مسبار الأمل"),
        ("punctuation", 10, "كاليفورنيا,", "Latin comma after Arabic text (Arabic comma ، wanted)"),
    ],
))

# 4 ------------------------------------------------------------------ en -> zh, one 2-1 merge (economy)
ARTICLES.append(dict(
    name="qingyun-robot-ipo", sl="en", tl="zh",
    src=[
        "Chinese delivery-robot maker raises HK$3.2 billion in Hong Kong listing",
        "HONG KONG, April 9 – Shenzhen-based Qingyun Robotics raised 3.2 billion Hong Kong dollars in its initial public offering, the largest technology listing in the city so far this year.",
        "The company sold 160 million shares at HK$20 each, the top of its indicative range. Its shares rose 18% on their first day of trading on Wednesday.",
        "Qingyun makes small self-driving vehicles that deliver parcels and meals in residential compounds and on university campuses. It says more than 9,000 of its robots operate in 46 Chinese cities.",
        "Its revenue grew 64% last year to 1.1 billion yuan, but the company has not yet made a profit. Its net loss narrowed to 210 million yuan from 380 million yuan a year earlier.",
        "“We will use the money mainly for research and to enter markets in Southeast Asia,” chief executive Zhou Minghao told reporters after the bell-ringing ceremony.",
        "Analysts said demand from long-term investors had been strong. About a third of the shares went to cornerstone investors, including a state-backed fund from Guangdong province.",
        "Hong Kong’s stock exchange has seen a revival of listings this year after two weak years.",
        "More than 40 companies went public in the first quarter, according to the exchange operator, Hong Kong Exchanges and Clearing.",
        "Some analysts warned, however, that competition was intensifying as larger rivals such as e-commerce groups develop their own delivery robots.",
        "“The market is growing fast, but margins are thin,” said Lau Ka-yan, an analyst at the brokerage Harbour Crest Securities.",
        "Qingyun was founded in 2016 by three graduates of Tsinghua University.",
    ],
    tgt=[
        "中国配送机器人制造商在港上市，募资32亿港元",
        "4月9日，总部位于深圳的青云机器人在香港首次公开募股中募资32亿港元，成为今年以来香港规模最大的科技企业上市项目。",
        "该公司以每股20港元的价格发行1.6亿股，定价处于招股区间上限。周三上市首日，其股价上涨81%。",
        "青云生产小型自动驾驶车辆，在住宅化合物和大学校园内配送包裹和外卖。公司称，目前已有超过9000台机器人在中国46个城市运营。",
        "去年，公司营收增长64%，达到11亿元,但公司已经实现盈利。净亏损从上年的3.8亿元收窄至2.1亿元。",
        "\"我们将把这笔资金主要用于研发和开拓东南亚市场，\"首席执行官周明浩在敲钟仪式后对记者表示。",
        "分析人士表示，长期投资者的认购需求强劲。约三分之一的股份分配给了cornerstone投资者，其中包括一家有广东省国资背景的基金。",
        "在经历了两年低迷之后，香港股市今年的上市活动出现复苏。据交易所运营商香港交易及清算公司统计，第一季度有40多家公司上市。",
        "不过，一些分析人士警告称，随着电商集团等规模更大的竞争对手纷纷开发自己的配送机器人，竞争正在加剧。",
        "“市场增长很快，但利润率很薄。”港峰证券分析师刘嘉欣说。",
        "青云由由三名清华大学毕业生于2016年创立。",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7,8:7 9:8 10:9 11:10",
    art=[
        ("number", 2, "81%", "a first-day rise of 18% became 81%"),
        ("mistranslation", 3, "住宅化合物", "'residential compounds' rendered with the chemical sense of compound (住宅小区 wanted)"),
        ("punctuation", 4, ",但", "half-width Latin comma between hanzi (full-width ， wanted)"),
        ("mistranslation", 4, "公司已经实现盈利", "'has not yet made a profit' rendered as 'has already made a profit': negation lost"),
        ("typography", 5, "\"我们将把这笔资金主要用于研发和开拓东南亚市场，\"", "straight ASCII quotation marks where Simplified Chinese uses “ ” (as in paragraph 9)"),
        ("untranslated", 6, "cornerstone", "English word left untranslated (基石投资者)"),
        ("name", 7, "香港交易及清算公司", "official name of Hong Kong Exchanges and Clearing is 香港交易及结算所有限公司 (港交所), not a word-by-word rendering"),
        ("repetition", 10, "由由", "doubled preposition"),
    ],
))

# 5 ------------------------------------------------------------------ en -> ja, all 1-1 (technology)
ARTICLES.append(dict(
    name="kiriden-solid-state-battery", sl="en", tl="ja",
    src=[
        "Japanese start-up unveils solid-state battery that doubles drone flight time",
        "TOKYO, Sept 30 – Nagoya-based start-up Kiriden on Tuesday unveiled a solid-state battery for industrial drones that it says can keep them in the air twice as long as current lithium-ion batteries.",
        "The battery weighs 1.2 kilograms and stores 520 watt-hours of energy. In tests, a drone carrying a 5-kilogram load flew for 74 minutes on a single charge.",
        "“Our goal is to make long-distance deliveries to mountain villages and remote islands possible,” said Kiriden’s founder and chief executive, Haruka Mizoguchi.",
        "Solid-state batteries use a solid electrolyte instead of a liquid one, which makes them less likely to catch fire. Carmakers have spent years trying to bring them to market.",
        "Kiriden plans to start mass production in 2027 at a plant in Gifu prefecture, with an initial capacity of 30,000 units a year.",
        "The company has so far raised 4.5 billion yen from investors, including a fund backed by the Development Bank of Japan.",
        "The Ministry of Economy, Trade and Industry has designated solid-state batteries a strategic technology and subsidises their development.",
        "Experts cautioned that the battery has not yet been tested in cold regions, where battery performance usually drops.",
        "“The figures are impressive, but they must be confirmed by independent tests,” said Takeshi Onoda, a professor of electrochemistry at Tohoku University.",
        "Kiriden will show the battery at a drone trade show in Chiba in November.",
    ],
    tgt=[
        "日本のスタートアップ、ドローンの飛行時間を2倍にする全固体電池を発表",
        "【東京】名古屋市に本社を置くスタートアップのキリデンは9月30日、産業用ドローン向けの全固体電池を発表した。現行のリチウムイオン電池に比べ、2倍の時間飛行できるという。",
        "電池の重さは1.2キロで、520ワット時の電力を蓄えることができる。試験では、5キロの荷物を積んだドローンが1回の充電で47分間飛行した。",
        "「私たちの目標は、山間部の集落や離島への長距離配送を可能にすることです」と、キリデンの創業者で最高経営責任者（CEO）のハルカ・ミゾグチ氏は述べた。",
        "全固体電池は液体ではなく固体の電解質を使うため、発火しやすい。自動車メーカーは長年、その実用化に取り組んできた。",
        "キリデンは2027年に岐阜県の工場で量産を開始する予定で、当初の生産能力は年間3万個となる。",
        "同社はこれまでに、日本開発銀行が出資するファンドなどから45億円を調達した。",
        "経済産業省は全固体電池を戦略的技術と位置づけ、その開発に補助金を出している。",
        "専門家は、この電池がすでに寒冷地で試験されていると指摘した。寒冷地では通常、電池の性能が低下する。",
        "“数字は印象的だが、independentな試験で確認される必要がある”と、東北大学で電気化学を研究する小野田武教授は話した。",
        "キリデンは11月に千葉で開かれるドローンの展示会で、この電池を披露する。。",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("number", 2, "47分間", "74 minutes became 47"),
        ("name", 3, "ハルカ・ミゾグチ", "Japanese founder's name written in katakana in Western order instead of kanji, family name first (溝口遥氏)"),
        ("mistranslation", 4, "発火しやすい", "'less likely to catch fire' rendered as 'more likely to catch fire' (meaning reversed)"),
        ("name", 6, "日本開発銀行", "Development Bank of Japan rendered literally; its Japanese name is 日本政策投資銀行"),
        ("mistranslation", 8, "すでに寒冷地で試験されている", "'has not yet been tested' rendered as 'has already been tested': negation lost"),
        ("typography", 9, "“数字は印象的だが、independentな試験で確認される必要がある”", "English quotation marks where Japanese uses 「」 (as in paragraph 3)"),
        ("untranslated", 9, "independent", "English word left untranslated (独立した)"),
        ("punctuation", 10, "。。", "doubled full stop"),
    ],
))

# 6 ------------------------------------------------------------------ en -> pt-PT, one 0-1 added paragraph (politics)
ARTICLES.append(dict(
    name="portugal-school-phone-ban", sl="en", tl="pt-PT",
    src=[
        "Portugal’s parliament bans mobile phones in schools up to ninth grade",
        "LISBON, March 14 – Portugal’s parliament on Friday approved a law banning the use of mobile phones by pupils up to the ninth grade in state and private schools, starting from the next school year.",
        "The bill was passed with 142 votes in favour, 61 against and 27 abstentions. It now goes to the president, who has 20 days to sign it or send it to the Constitutional Court.",
        "Under the law, pupils will have to keep their phones switched off and stored away during lessons and breaks. Schools may allow exceptions for pupils with medical needs.",
        "“Children need to learn again to talk to one another during breaks,” Education Minister Helena Barreiros told lawmakers during the debate.",
        "A pilot project in 240 schools last year found that cases of cyberbullying fell by 31% and that pupils spent more time playing outdoors, according to the ministry.",
        "Opposition lawmakers argued the measure should have been left to the schools themselves, many of which already have their own rules.",
        "The national parents’ association supported the ban but said schools would need money for lockers. The government has promised 12 million euros for this purpose.",
        "Teachers’ unions welcomed the law, although one warned that enforcing it would add to teachers’ workload.",
        "Portugal joins a growing number of European countries, including France, the Netherlands and Italy, that restrict phones in classrooms.",
        "Older pupils in secondary school will not be covered by the ban, but each school must set its own rules by the end of the year.",
    ],
    tgt=[
        "Parlamento português proíbe telemóveis nas escolas até ao 9.º ano",
        "LISBOA, 14 de março – A Assembleia da República aprovou na sexta-feira uma lei que proíbe o uso de telemóveis pelos alunos até ao 9.º ano nas escolas públicas e privadas, a partir do próximo ano letivo.",
        "O diploma foi aprovado com 142 votos a favor, 61 contra e 72 abstenções. Segue agora para o Presidente da República, que tem 20 dias para o promulgar ou enviar para o Tribunal Constitucional.",
        "De acordo com a lei, os alunos terão de manter os telemóveis desligados e guardados durante as aulas e os intervalos. As escolas devem permitir exceções para alunos com necessidades médicas.",
        "«As crianças precisam de voltar a aprender a conversar umas com as outras nos intervalos», afirmou a ministra da Educação, Helena Barreiro, perante os deputados durante o debate.",
        "Um projeto-piloto aplicado em 240 escolas no ano passado concluiu que os casos de ciberbullying diminuíram 31% e que os alunos passaram mais tempo a brincar ao ar livre, segundo o ministério.",
        "Os deputados da oposição defenderam que a medida devia ter ficado a cargo das próprias escolas, muitas das quais ainda não têm regras próprias.",
        "A associação nacional de pais apoiou a proibição, mas afirmou que as escolas vão precisar de verbas para lockers. O Governo prometeu 12 milhões de euros para esse fim.",
        "O ministério não especificou, no entanto, como serão distribuídas as verbas pelos agrupamentos de escolas.",
        "Os sindicatos de professores saudaram a lei, embora um deles tenha alertado que a sua aplicação vai aumentar a carga de trabalho dos dos professores.",
        "Portugal junta-se a um número crescente de países europeus, entre os quais a França, os Países Baixos e a Itália, que restringem o uso de telemóveis nas salas de aula.",
        "Os alunos mais velhos, do ensino secundário, não serão abrangidos pela proibição. mas cada escola terá de definir as suas próprias regras até ao final do ano.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 :8 8:9 9:10 10:11",
    art=[
        ("number", 2, "72 abstenções", "27 abstentions became 72"),
        ("mistranslation", 3, "As escolas devem permitir", "'may allow' (permission) rendered as 'must allow' (obligation)"),
        ("name", 4, "Helena Barreiro", "surname Barreiros lost its final s"),
        ("mistranslation", 6, "ainda não têm regras próprias", "'already have their own rules' rendered as 'do not yet have their own rules' (meaning reversed)"),
        ("untranslated", 7, "lockers", "English word left untranslated (cacifos)"),
        ("addition", 8, "O ministério não especificou, no entanto, como serão distribuídas as verbas pelos agrupamentos de escolas.", "whole paragraph with no counterpart in the source"),
        ("repetition", 9, "dos dos", "doubled contraction"),
        ("sentence_boundary", 11, "proibição. mas", "full stop inserted before 'mas'; the next word starts lower-case"),
    ],
))

# 7 ------------------------------------------------------------------ en -> cs, all 1-1 (science)
ARTICLES.append(dict(
    name="ondrejov-red-dwarf-planet", sl="en", tl="cs",
    src=[
        "Czech astronomers find giant planet orbiting nearby red dwarf",
        "PRAGUE, Jan 22 – Astronomers at the Czech Academy of Sciences have discovered a gas giant orbiting a small red dwarf star 41 light years from Earth, the academy said on Thursday.",
        "The planet, about 1.4 times the mass of Jupiter, completes one orbit every 212 days. It was detected with a spectrograph on the two-metre telescope at the Ondřejov Observatory near Prague.",
        "“Giant planets around such small stars are rare, so we were surprised,” said Tereza Kubíčková of the Astronomical Institute, who led the study.",
        "The team observed the star for more than three years, measuring tiny shifts in its light caused by the pull of the planet.",
        "The results were confirmed with data from the European Southern Observatory’s telescope in Chile and published in a leading European astronomy journal.",
        "The planet is too cold to support life as we know it, with an estimated surface temperature of minus 150 degrees Celsius.",
        "Red dwarfs make up about 70% of the stars in the Milky Way, which makes them important targets in the search for other planets.",
        "The Ondřejov telescope, in operation since 1967, is the largest in the Czech Republic. It was fitted with a new spectrograph in 2021 at a cost of 18 million crowns.",
        "Kubíčková said the team now wanted to find out whether the system contains other, smaller planets.",
        "Czech scientists have helped discover several exoplanets in recent years, but this is the first found mainly with a Czech instrument.",
    ],
    tgt=[
        "Čeští astronomové objevili obří planetu u blízkého červeného trpaslíka",
        "PRAHA 22. ledna – Astronomové z Akademie věd ČR objevili plynného obra, který obíhá malou hvězdu typu červený trpaslík ve vzdálenosti 41 světelných let od Země, oznámila ve čtvrtek akademie.",
        "Planeta má zhruba 1,4násobek hmotnosti Jupiteru a jeden oběh kolem hvězdy vykoná za 221 dní. Objevena byla pomocí spektrografu na dvoumetrovém dalekohledu Ondřejovské observatoře u Prahy.",
        "„Obří planety u tak malých hvězd jsou vzácné, takže nás to překvapilo,“ řekla Tereza Kubičková z Astronomického ústavu, která studii vedla.",
        "Tým hvězdu pozoroval a měřil nepatrné posuny v jejím světle způsobené gravitačním působením planety.",
        "Výsledky budou potvrzeny daty z dalekohledu Evropské jižní observatoře v Chile a zveřejněny v předním evropském astronomickém časopise.",
        "Planeta je příliš chladná na to, aby na ní mohl existovat život, jak ho známe: její povrchová teplota se odhaduje na minus 150 stupňů Celsia.",
        "Červení trpaslíci tvoří asi 70% hvězd v Mléčné dráze, což z nich dělá důležité cíle při hledání dalších planet.",
        "Ondřejovský dalekohled , který je v provozu od roku 1967, je největší v České republice. V roce 2021 byl vybaven novým spektrografem za 18 milionů korun.",
        "Kubíčková uvedla, že tým nyní chce zjistit, zda se v soustavě nacházejí i další, menší planety.",
        "Čeští vědci v posledních letech pomohli objevit několik exoplanet, tato je však první, která byla nalezena výhradně díky českému přístroji.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7:7 8:8 9:9 10:10",
    art=[
        ("number", 2, "221 dní", "an orbit of 212 days became 221"),
        ("name", 3, "Kubičková", "surname Kubíčková lost its í (spelt correctly in paragraph 9)"),
        ("omission", 4, "for more than three years", "duration of the observations not translated"),
        ("mistranslation", 5, "budou potvrzeny", "'were confirmed' (done) rendered as 'will be confirmed'"),
        ("typography", 7, "70%", "no space before % where Czech writes 70 % for the noun"),
        ("punctuation", 8, "dalekohled ,", "space before the comma"),
        ("mistranslation", 10, "výhradně", "'mainly' rendered as 'exclusively'"),
    ],
))

# 8 ------------------------------------------------------------------ ja -> en, one 1-0 omitted paragraph (culture)
ARTICLES.append(dict(
    name="nara-buddha-statue-restoration", sl="ja", tl="en",
    src=[
        "奈良の寺、修復終えた平安時代の仏像を38年ぶりに公開へ",
        "奈良市の西光寺は15日、約3年間に及ぶ修復を終えた平安時代の木造薬師如来坐像を報道陣に公開した。一般公開は38年ぶりとなる。",
        "像は高さ1.6メートルのヒノキ材で、11世紀後半に作られたとみられる。県の有形文化財に指定されている。",
        "修復は京都の修復工房「松雲堂」が担当し、虫食いで傷んだ台座を補強したほか、表面を覆っていたすすやほこりを丁寧に取り除いた。",
        "作業の過程で、像の内部から墨書が見つかった。そこには1183年に修理が行われたことが記されていたという。",
        "修復を指揮した仏像修復師の高瀬恵子さんは「何百年も前の職人と対話しているような気持ちだった」と振り返った。",
        "費用約4200万円のうち半分は国と県の補助金で賄い、残りは檀家や全国からの寄付で集めた。",
        "寺によると、寄付は約2800件に上り、海外からも届いたという。",
        "西光寺の住職、村井道元さんは「多くの方の支えで、仏様が再び皆さんの前に戻ってこられた」と話した。",
        "一般公開は11月1日から30日までで、拝観料は500円。混雑を避けるため、土日は事前予約制とする。",
        "奈良県内では近年、文化財の修復費用の高騰が課題となっており、寺社の多くが資金集めに苦労している。",
        "県文化財保存課は、来年度から修復への補助率を引き上げる方針を示している。",
    ],
    tgt=[
        "Nara temple to show restored Heian-period Buddha statue for first time in 38 years",
        "Saikoji temple in the city of Nara on the 15th showed the media a seated wooden statue of the Medicine Buddha from the Heian period after about three years of restoration. It will be open to the public for the first time in 38 years.",
        "The statue, 1.6 meters tall and carved from Japanese cypress, is believed to have been made in the early 11th century. It is designated as a tangible cultural property by the prefecture.",
        "The restoration was carried out by Shoundo, a conservation studio in Kyoto, which reinforced the pedestal damaged by insects. and carefully removed the soot and dust that covered the surface.",
        "During the work, ink inscriptions were found inside the statue. According to the temple, they record that repairs were made in 1138.",
        "Keiko Takase, the Buddhist statue restorer who led the work, recalled: \"It felt like I was having a conversation with craftsmen from hundreds of years ago.\"",
        "Half of the cost of about 42 million yen was covered by subsidies from the national and prefectural governments, and the rest was raised through donations from danka and people across Japan.",
        "Dogen Murai, the chief priest of Nishimitsu Temple, said: “Thanks to the support of many people, the Buddha has been able to return to everyone again.”",
        "The statue will be open to the public from November 1 to 30, and admission is 500 yen. To avoid crowds, reservations will not be required on weekends.",
        "In recent years, the soaring cost of restoring cultural properties has become a problem in Nara Prefecture, and many temples and shrines are struggling to raise funds.",
        "The prefecture’s cultural property preservation division has said it plans to raise the subsidy rate for restoration work from the next fiscal year.",
    ],
    align="0:0 1:1 2:2 3:3 4:4 5:5 6:6 7: 8:7 9:8 10:9 11:10",
    art=[
        ("mistranslation", 2, "early 11th century", "11世紀後半 (the second half of the 11th century) rendered as 'early'"),
        ("sentence_boundary", 3, "insects. and", "full stop inserted mid-sentence; the next word starts lower-case"),
        ("number", 4, "1138", "the year 1183 became 1138"),
        ("typography", 5, "\"It felt like I was having a conversation with craftsmen from hundreds of years ago.\"", "straight double quotes where the article uses “ ”"),
        ("untranslated", 6, "danka", "檀家 romanised instead of translated (the temple's parishioners)"),
        ("omission", 7, "寺によると、寄付は約2800件に上り、海外からも届いたという。", "whole paragraph (about 2,800 donations, some from abroad) has no counterpart in the translation"),
        ("name", 7, "Nishimitsu Temple", "西光寺 read as Nishimitsu instead of Saikoji, the reading used in paragraph 1"),
        ("mistranslation", 8, "reservations will not be required", "土日は事前予約制 (advance booking required at weekends) rendered with the negation reversed"),
    ],
))


def paras_to_text(paras):
    return "\n\n".join(paras) + "\n"


def build():
    for a in ARTICLES:
        d = os.path.join(HERE, a["name"])
        os.makedirs(d, exist_ok=True)
        src = [sp(p) for p in a["src"]]
        tgt = [sp(p) for p in a["tgt"]]
        src_file, tgt_file = a["sl"] + ".txt", a["tl"] + ".txt"
        for fn, paras in ((src_file, src), (tgt_file, tgt)):
            with open(os.path.join(d, fn), "w", encoding="utf-8", newline="\n") as f:
                f.write(paras_to_text(paras))
        alignment = beads(a["align"])
        artefacts = []
        for t in a["art"]:
            cat, para, exc, note = t[:4]
            side = "source" if cat == "omission" else "target"
            item = {"category": cat, "side": side, "paragraph": para, "excerpt": sp(exc)}
            for r in t[4:]:
                if isinstance(r, int):
                    item["occurrence"] = r
            item["note"] = note
            artefacts.append(item)
        dirty = {x["paragraph"] for x in artefacts if x["side"] == "target"}
        omitted = {x["paragraph"] for x in artefacts if x["side"] == "source"}
        for b in alignment:
            if omitted & set(b["source"]):
                dirty |= set(b["target"])
        clean = [i for i in range(len(tgt)) if i not in dirty]
        gold = {"source": src_file, "target": tgt_file, "source_lang": a["sl"], "target_lang": a["tl"],
                "alignment": alignment, "artefacts": artefacts, "clean_target_paragraphs": clean}
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(gold, ensure_ascii=False, indent=2) + "\n")
        print(f"{a['name']}: {len(src)}/{len(tgt)} paragraphs, {len(artefacts)} artefacts, clean {clean}")


if __name__ == "__main__":
    build()
