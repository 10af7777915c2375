"""English texts of heldout203, written for this project in one sitting. Invented or generic facts."""

EN = {
"h203en01": {"outlet": "Carquinez Wire (Sacramento)", "published": "2026-05-12", "text": """Will California's carbon market take in Washington before the primary?

SACRAMENTO, May 12 (Carquinez Wire) - California's Air Resources Board will vote on May 21 on a draft agreement linking the state's cap-and-trade market with Washington's, board chair Renata Solis said on Monday.

Approval is expected, she said, and the linked market could hold its first joint auction as early as February 2027.

Quebec, which has shared a market with California since 2014, will join technical talks in Olympia next week, a spokesman for Washington's Department of Ecology said.

The link would create the largest carbon market in North America, covering about 85 percent of emissions in the two states. Washington launched its own program in 2023, and its allowances have traded well above California's since then.

The Justice Department sued California over the Quebec link in 2019 and lost. Two administration officials said it could challenge the new link in court. The administration could also withhold about $400 million in federal transport grants from the state, U.S. officials have warned.

Governor Gavin Newsom said on Saturday that California "will not back down" and that he would sign the agreement with Washington Governor Bob Ferguson in Seattle in late June.

Read more: California lawmakers pass wildfire insurance bill

Californians vote on June 2 in the top-two primary for governor. Republican candidate Grant Meyers has said he would end the program if elected in November, calling it "a hidden gas tax".

The state Senate's environmental quality committee will hold a hearing on the deal on Wednesday. Oregon may seek to join later, an official in Salem said.

Analysts say the link is unlikely to take effect before January 2027, because both states must first align their price floors and offset rules. Business groups in Sacramento have asked the board to delay the vote until after the primary, arguing that voters should weigh in first.
"""},

"h203en02": {"outlet": "Kundulun Wire (Baotou)", "published": "2027-01-21", "text": """China to issue first general licences for rare-earth magnet exports to European buyers

BAOTOU, Jan 21 (Kundulun Wire) - China's commerce ministry will issue the first general export licences for rare-earth magnets to European buyers before the end of February, ministry spokeswoman Lin Qiaowen said on Wednesday, easing controls that have slowed shipments from this northern city since October 2025.

The first licences, valid for one year, will go to suppliers of European carmakers, she said. She added that Beijing "will not lift" controls on heavy rare earths such as dysprosium and terbium.

Beijing approved 140 individual licences for EU firms in December, according to customs data.

The step comes ahead of an EU-China high-level economic and trade dialogue in Brussels on February 9-10, where Beijing is expected to press for lower EU tariffs on Chinese electric vehicles, two European diplomats said.

In Baotou, home to the giant Bayan Obo mine, deputy mayor Zhao Minghui said local processors would raise separation output by 8 percent from March under a new regional quota.

Japan's trade minister is expected to visit Beijing next month to seek the same terms, Japanese media reported.

Washington has not said whether it will seek similar licences. A U.S. Commerce Department official said talks with Beijing on export controls could resume in March.

Premier Li Qiang and European Commission President Ursula von der Leyen are due to meet at an EU-China summit in Beijing in July.

Industry sources said the ministry may add gallium and germanium to the general-licence list later this year.

Analysts say magnet shipments to Europe are unlikely to return to pre-2025 levels before 2028. European buyers have spent the past year building stockpiles and testing magnets from Vietnam and Australia, but Chinese plants still process most of the world's rare earths. Baotou's processors say the licensing delays cost them about a fifth of their export orders last year.
"""},

"h203en03": {"outlet": "Palic Wire (Subotica)", "published": "2026-02-11", "text": """Can joint patrols end the smugglers' gunfights on Serbia's northern border?

SUBOTICA, Feb 11 (Palic Wire) - Serbian and Hungarian police will start joint patrols on a 40-km stretch of the border north of Subotica on Monday, Serbia's Interior Ministry said, after a shootout between rival smuggling gangs near the village of Hajdukovo killed two men on Saturday.

Interior Minister Ivica Dacic said on Tuesday that 300 gendarmes would stay in the area "at least until the end of March" and that Serbia "will not become a waiting room for migrants".

Hungarian Interior Minister Sandor Pinter is expected in Subotica on February 18 to sign a protocol extending the patrols east to Kanjiza, a Serbian government source said.

Austria, which has had police officers in Serbia since 2022, may send 20 more, an Austrian official said.

EU border guards will be able to deploy on the Serbian side from April 1 under Frontex's new status agreement with Belgrade, the EU agency said in a statement.

Read more: Serbia's central bank keeps key rate unchanged

Vojvodina's provincial government chief, Jelena Marinkov, said the province would set aside 500 million dinars for border villages in a budget revision next month.

The Alliance of Vojvodina Hungarians (VMSZ) has not decided whether to campaign for Prime Minister Viktor Orban's Fidesz among dual citizens in Serbia ahead of Hungary's April 12 election. Orban is likely to visit Subotica in March, a VMSZ official said.

Residents of the villages along the fence say armed groups have moved through their fields almost nightly since the autumn, and several families have left for Subotica. Hungary built the fence in 2015, and crossings have since shifted to tunnels and forged documents.

Analysts say the gangs could shift their routes east toward Romania within weeks. "Every time police close one stretch, the business moves to the next," said Milos Bajic, a security researcher in Novi Sad.
"""},

"h203en04": {"outlet": "Oreti Wire (Invercargill)", "published": "2026-08-24", "text": """Government to decide on Tiwai Point power support as smelter warns of cuts

INVERCARGILL, Aug 24 (Oreti Wire) - New Zealand's cabinet will decide next Monday whether to underwrite part of a new power contract for the Tiwai Point aluminium smelter, Finance Minister Nicola Willis said on Friday.

Willis said the government "will not take an equity stake" in the smelter.

New Zealand Aluminium Smelters (NZAS), owned by Rio Tinto and Japan's Sumitomo Chemical, triggered a review clause in its power contracts in June, citing U.S. tariffs on aluminium. It has warned it could start shutting one of its four potlines as early as October if no deal is reached.

Talks between NZAS and Meridian Energy will resume in Wellington on Wednesday, a Meridian spokeswoman said. NZAS chief executive Hamish Corlett will step down at the end of September, the company said.

The E tu union said it would hold a rally in Invercargill on Saturday. About 1,000 people work at the smelter, and officials estimate that another 1,600 jobs in Southland depend on it.

Sumitomo Chemical has not decided whether to keep its stake beyond 2027, a person familiar with the matter said. Willis is expected to travel to Tokyo next month to meet the company's executives, officials said.

Trade Minister Todd McClay will raise the aluminium tariff with U.S. Trade Representative Jamieson Greer in Washington next week, his office said.

Read more: Southland council backs new port levy

New Zealanders vote in a general election on November 7. Labour leader Chris Hipkins said a Labour government would review any subsidy agreed before the vote.

Analysts say a deal is likely before the end of September, because the government cannot afford large job losses in Southland before the election. The smelter uses about an eighth of the country's electricity, and its closure would free power for data centres and hydrogen projects that have been waiting for supply.
"""},

"h203en05": {"outlet": "Guiengola Wire (Salina Cruz)", "published": "2027-06-09", "text": """Can Salina Cruz's new breakwater draw Asian shippers to the Interoceanic Corridor?

SALINA CRUZ, June 9 (Guiengola Wire) - Mexico's Navy will formally take over the new container terminal at Salina Cruz on June 15, the Navy Ministry said on Monday. The port's breakwater was completed in March, two years behind schedule.

President Claudia Sheinbaum is expected to attend the ceremony.

The Interoceanic Corridor of the Isthmus of Tehuantepec (CIIT) will award concessions for the first four industrial "development poles" before the end of July, its director, Vice Admiral Ernesto Lagunas, said. Lagunas said the corridor "will not accept" bids from companies based in countries without a trade agreement with Mexico.

A South Korean trade delegation will visit Salina Cruz next week, two Mexican officials said.

Washington has pressed Mexico to keep Chinese-owned firms out of the parks, and the U.S. Embassy said the issue would be raised at the bilateral security dialogue in Mexico City in late June.

The Senate's infrastructure committee will question Lagunas tomorrow on cost overruns.

Along the railway's Line K, two Zapotec and Mixe communities agreed on Sunday to a truce in a land dispute that has blocked works since April, Oaxaca's government secretary, Adriana Villalobos, said. The truce will run for 60 days from Friday, she said.

Governor Salomon Jara said works on Line K would resume within 15 days.

Sheinbaum could also pitch the corridor to Asian leaders at the APEC summit in Vietnam in November, a presidential aide said.

The corridor links Salina Cruz on the Pacific with Coatzacoalcos on the Gulf of Mexico by a 300-km railway. Its backers present it as an alternative to the Panama Canal, whose water shortages have limited traffic in dry years.

Analysts say cargo volumes are unlikely to justify a second phase of the breakwater before 2030.
"""},
}
