from build import art, A

art("jeju-tangerine-frost", "ko", "en", [
"제주 감귤, 이상 한파에 피해 확산",
"지난주 제주에 몰아친 이상 한파로 수확을 앞둔 감귤 농가의 피해가 눈덩이처럼 불어나고 있다고 제주특별자치도가 15일 밝혔다.",
"도에 따르면 이번 한파로 감귤 재배 면적의 약 18%인 3,600헥타르가 냉해를 입은 것으로 잠정 집계됐다. 피해액은 최소 620억 원에 이를 것으로 추산된다.",
"서귀포시 남원읍에서 30년째 감귤 농사를 짓는 고한별(58) 씨는 “하룻밤 사이에 열매가 얼어 껍질이 터졌다”며 “이런 추위는 처음 본다”고 말했다.",
"기상청에 따르면 지난 9일 새벽 서귀포의 기온은 영하 4.2도까지 떨어져 12월 기준 관측 이래 가장 낮았다.",
"언 감귤은 맛이 떨어지고 쉽게 썩기 때문에 상품으로 출하할 수 없다. 도는 피해 감귤을 주스 가공용으로 수매하기로 하고, 1kg당 200원을 지원하기로 했다.",
"농민단체들은 정부에 특별재난지역 선포를 요구하고 있다. 이들은 가공용 수매 가격이 생산비에도 미치지 못한다고 주장했다.",
"농림축산식품부는 현장 조사단을 파견해 다음 주까지 피해 규모를 확인할 예정이라고 밝혔다.",
"제주 감귤은 국내 생산량의 대부분을 차지하며, 지난해 조수입은 약 1조 1,000억 원이었다.",
"전문가들은 기후 변화로 이상 기온이 잦아지는 만큼 방풍 시설과 난방기 설치를 지원해야 한다고 지적했다.",
], [
"Frost damage to Jeju tangerines spreads after unusual cold snap",
"Damage to tangerine farms that were about to harvest is snowballing after an unusual cold snap hit Jeju last week, the Jeju Special Self-Governing Province said on the 15th.",
"According to the province, a provisional count shows that about 18% of the tangerine-growing area, or 3,600 hectares, suffered cold damage. Losses are estimated at at least 620 billion won.",
"Ko Han-byeol, 58, who has grown tangerines in Namwon-eup, Seogwipo, for 30 years, said, “The fruit froze overnight and the peel burst open.” “I have never seen cold like this,” Ko added.",
"According to the Korea Meteorological Administration, the temperature in Seogwipo fell to minus 4.2 degrees Celsius early on the 9th, the lowest for December since records began.",
"Frozen tangerines lose flavor and rot easily, so they cannot be shipped as 상품.",
"The province decided to buy the damaged fruit for juice processing. and will pay 200 won per kilogram.",
"Farmers’ groups are calling on the government to declare a special disaster zone.",
"The Ministry of Agriculture, Food and Rural Affairs said it would send a field survey team to assess the extent of the damage by next week.",
"Jeju accounts for most of the country’s tangerine production, and gross farm income from the fruit was about 1,1 trillion won last year.",
"Experts said that as climate change makes extreme temperatures more frequent, farmers should receive support to install windbreaks and and heaters.",
], [([0], [0]), ([1], [1]), ([2], [2]), ([3], [3]), ([4], [4]), ([5], [5, 6]), ([6], [7]), ([7], [8]), ([8], [9]), ([9], [10])], [
A("number", 2, "620 billion won", "'620억 원' is 62 billion won"),
A("untranslated", 5, "상품", "Korean word left in the translation (marketable produce)"),
A("sentence_boundary", 6, "processing. and", "full stop inserted mid-sentence; the sentence continues in lower case"),
A("omission", 6, "이들은 가공용 수매 가격이 생산비에도 미치지 못한다고 주장했다.", "sentence (the purchase price is below production costs) has no counterpart"),
A("typography", 9, "1,1 trillion won", "decimal comma in English (1.1 trillion)"),
A("repetition", 10, "and and", "word doubled"),
], [0, 1, 3, 4, 8])
