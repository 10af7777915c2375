"""English texts of heldout279, written for this project in one sitting. Invented or generic facts."""

EN = {
"h279en01": {"outlet": "Leschenault Wire (Bunbury)", "published": "2027-05-11", "text": """Will Canberra block a Chinese stake in Bunbury's bulk terminal?

BUNBURY, May 11 (Leschenault Wire) - Treasurer Jim Chalmers will decide by the end of May whether to approve a Chinese state-linked company's bid for 49 percent of the Berth 14 bulk terminal at Bunbury Port, two government officials said on Tuesday.

Guangxi-based Yinhai Resources agreed in February to pay A$410 million for the stake in South West Bulk Terminals, which handles alumina, mineral sands and lithium concentrate bound for Asia.

The Foreign Investment Review Board (FIRB) has sent its advice to Chalmers, and any approval is likely to come with strict conditions on data access and board seats, one of the officials said.

Western Australia's Premier Roger Cook said on Monday the state "will not stand in the way" of the sale, adding that his government would review all port lease terms in the second half of the year.

China's ambassador, Xiao Qian, warned that a rejection "could damage the recovery in trade". Chinese state media reported that Beijing could restrict imports of Western Australian barley if the deal is blocked.

Read more: Bunbury council backs outer ring road extension

The Senate economics committee will question FIRB officials about the bid next week, its chair, Senator Paul Whitfield, said.

Australian and U.S. navies will hold a joint logistics exercise off Bunbury from June 14 to June 18, the Department of Defence said.

The issue could come up when Defence Minister Richard Marles meets U.S. Defense Secretary Pete Hegseth in Washington in June, a diplomat said.

Prime Minister Anthony Albanese will host ASEAN leaders at a special summit in Melbourne in late August, where the dispute is likely to come up.

"Canberra wants to look tough without slamming the door," said Owen Tarrant, a trade analyst at a Perth think tank. Analysts say the decision could slip to July if Chalmers asks the board for more advice.
"""},

"h279en02": {"outlet": "Batchawana Wire (Sault Ste. Marie)", "published": "2025-11-20", "text": """Algoma to idle plate mill as U.S. tariff talks stall

SAULT STE. MARIE, Nov 20 (Batchawana Wire) - Algoma Steel will idle its plate mill for six weeks from December 1, temporarily laying off about 1,000 workers, the company said in a statement on Thursday.

The company blamed the 50 percent U.S. tariff on Canadian steel, which took effect in June and has shut it out of its main export market.

Industry Minister Melanie Joly said Ottawa was "ready to put more money on the table" and would announce a decision on a second federal loan of up to C$400 million within 10 days.

Algoma's chief executive, Michael Garcia, said the company would not restart the mill "until there is a tariff deal or a real market at home". Garcia has said he will step down as chief executive by the end of March.

Dominic LeBlanc, the minister responsible for Canada-U.S. trade, will travel to Washington next week for talks with Commerce Secretary Howard Lutnick, his office said. A deal on steel is unlikely before the CUSMA joint review in July, two officials in Ottawa said.

Ottawa will also cut by half the tariff-rate quota on steel from countries without a free trade agreement from January 1, Finance Minister Francois-Philippe Champagne said on Wednesday.

Ontario Premier Doug Ford could meet Joly in Toronto as early as next week to agree on provincial support, a person familiar with the talks said.

The United Steelworkers will rally outside the plant's main gate on Saturday, said Tony Belisle, president of Local 2251. "People here have mortgages, not tariff schedules," he said.

Analysts say Washington is unlikely to exempt Canadian steel before the U.S. midterm elections in November 2026.
"""},

"h279en03": {"outlet": "Ostravice Wire (Ostrava)", "published": "2026-09-07", "text": """Will Ostrava's last coal mine close a year early?

OSTRAVA, Sept 7 (Ostravice Wire) - The Czech cabinet will decide on Wednesday whether to close the CSM mine, the last black coal mine run by state-owned OKD, at the end of this year instead of in 2027, Industry and Trade Minister Karel Havlicek said on Monday.

OKD lost about 1.8 billion crowns in the first half of the year as coal prices fell and carbon costs rose.

If the cabinet approves the earlier date, the last shift would go down on December 18, OKD said in a statement.

Havlicek said the state "will not leave a single miner without a job or a payout" and that a severance scheme would go to the cabinet together with the closure plan.

The Mining Trade Union will declare a strike alert from Tuesday, its chairman, Jaromir Pavlas, said. Czech Radio reported that OKD's chief executive, Roman Sikora, had offered to resign if the cabinet chooses the earlier date.

Read more: Czech inflation slows to 2.1 percent in August

Prime Minister Andrej Babis will visit the mine on Friday, his office said. Josef Belica, the governor of the Moravian-Silesian region, said he would use the visit to ask for a regional fund of 5 billion crowns for laid-off miners.

Poland's JSW is interested in hiring some of the miners, and talks with OKD could start in October, a person familiar with the matter said.

The Czech finance ministry said the country and the European Investment Bank would sign a 300 million euro loan for the region's transition in Luxembourg on September 24. The European Commission is expected to approve a revised Just Transition Fund plan for the region in November, a Commission official said.

Analysts say the closure is likely to become a campaign issue before the October 9-10 municipal and Senate elections.
"""},

"h279en04": {"outlet": "Dugonics Wire (Szeged)", "published": "2026-01-21", "text": """BYD's Szeged plant to start output as Brussels weighs a probe

SZEGED, Jan 21 (Dugonics Wire) - China's BYD will start series production at its Szeged car plant on February 16, Foreign Minister Peter Szijjarto said on Wednesday, several months later than first planned. The plant, BYD's first car factory in Europe, was announced in December 2023 and is designed to build up to 150,000 vehicles a year at first.

The European Commission is expected to open an in-depth investigation into the plant's state aid under its foreign subsidies rules within weeks, two EU officials said.

Szijjarto said Hungary "will defend every job in Szeged" and would not accept "a political attack disguised as competition law".

Prime Minister Viktor Orban will attend the opening ceremony with BYD founder Wang Chuanfu, government spokesman Zoltan Kovacs said. Szeged's mayor, Laszlo Botka, a critic of the government, said the city would ask BYD for a written guarantee on local hiring before the opening.

Hungary holds a parliamentary election on April 12. Opposition leader Peter Magyar said a Tisza government would review the plant's tax breaks in its first 100 days.

Read more: Szeged university hospital opens new cancer centre

The defence ministry said 300 more soldiers would be deployed to the southern border fence, about 10 km from the plant, from February 1.

Orban said on Tuesday he expected a ceasefire in Ukraine "before summer" and that Budapest could host a meeting between Russian and Ukrainian negotiators.

EU leaders meet in Brussels on March 19-20, where Orban has promised to raise the investigation. Chinese Commerce Minister Wang Wentao is expected to visit Budapest in March, diplomats said.

Analysts say a probe could delay BYD's plans for a second plant by at least a year.
"""},

"h279en05": {"outlet": "Mumbles Wire (Swansea)", "published": "2027-03-12", "text": """Swansea tidal lagoon: will Westminster sign the cheque?

SWANSEA, March 12 (Mumbles Wire) - The UK government will decide before the end of April whether to offer a guaranteed power price to the proposed Swansea Bay tidal lagoon, Energy Secretary Ed Miliband told MPs on Thursday.

The backers, a consortium called Tawe Tidal Energy, are seeking a 35-year contract at about 120 pounds per megawatt hour for the 320-megawatt scheme. A previous lagoon plan was rejected in June 2018 on cost grounds. The new design would enclose about 11 square kilometres of the bay behind a sea wall fitted with turbines.

Miliband said the government "will not sign a blank cheque", but Treasury officials still have doubts about the cost and the decision could slip to the summer, two people briefed on the talks said.

The Welsh Government will contribute 150 million pounds if London agrees, First Minister Rhun ap Iorwerth said on Wednesday. He and Miliband will meet in Cardiff on March 25, the Welsh Government said.

Swansea Council's cabinet will vote on March 18 on a seabed lease for the site, council leader Rob Stewart said. Stewart, who has said he will step down after the May 6 council elections, called the lagoon "the biggest decision for this city in a generation".

Read more: Swansea Bay rail link study shortlists three routes

The consortium's chairman, Gareth Lloyd, said it would open a public consultation in May whatever London decides.

Prime Minister Keir Starmer is expected to visit Swansea next week, Labour officials said.

Swansea will host the British-Irish Council summit in June, where the Irish government is expected to raise cooperation on Celtic Sea energy.

Analysts say that even with approval, construction could not start before 2030.
"""},
}
