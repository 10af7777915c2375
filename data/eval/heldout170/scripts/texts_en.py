"""English texts of heldout170, written for this project in one sitting. Invented or generic facts."""

EN = {
"h170en01": {"outlet": "Nam Tha Wire (Luang Namtha)", "published": "2026-10-13", "text": """Will Laos trade part of its railway for debt relief?

LUANG NAMTHA, Oct 13 (Nam Tha Wire) - Laos' National Assembly will vote on Thursday on a government plan to hand a 10 percent stake in the Laos-China Railway Company to its Chinese shareholders in exchange for a five-year deferral of loan repayments, Finance Minister Santiphab Phomvihane told lawmakers on Monday.

The Lao side holds 30 percent of the venture, financed largely with a loan from China's Export-Import Bank that Vientiane has struggled to service since the line opened in December 2021.

Passage is expected because the ruling Lao People's Revolutionary Party holds all but a handful of seats, two lawmakers said. The assembly's economic committee will review the text on Wednesday.

Santiphab said Laos "will not give up control" of the railway's operations.

Prime Minister Sonexay Siphandone is due to travel to Beijing in early November to sign the amended shareholders' agreement, the Prime Minister's Office said. A Chinese finance ministry delegation will arrive in Vientiane next week to settle the final text, China's embassy said.

Read more: Lao kip steadies as central bank sells dollars

The railway company plans to raise freight tariffs by 8 percent from January 1, its deputy director, Khamla Vongsouthi, said. The company's Lao chairman is likely to step down after the vote, party officials said.

An International Monetary Fund team is expected in Vientiane in the second half of November for the annual Article IV review, the Bank of the Lao PDR said.

Sonexay is also expected to present the railway's freight links to Thailand at the ASEAN summit in Manila on November 10-11.

Analysts say Fitch Ratings could cut Laos' rating further if the swap fails to win Chinese approval. Vilayphone Sengsavang, an economist at a Vientiane research institute, said the government might seek similar terms for the Vientiane-Vang Vieng expressway before the end of the year.
"""},

"h170en02": {"outlet": "Alibori Wire (Kandi)", "published": "2025-10-22", "text": """Benin weighs cap on raw cotton exports to feed its spinning mills

KANDI, Oct 22 (Alibori Wire) - Benin's Council of Ministers will decide next Wednesday whether to cap exports of raw cotton lint at 60 percent of the coming harvest and keep the rest for spinning mills in the Glo-Djigbe Industrial Zone (GDIZ), Trade Minister Shadiya Alimatou Assouman said on Tuesday.

The cap "will not apply" to cotton already sold under forward contracts, she said.

Benin banned exports of raw cashew nuts in April 2024 to push local processing.

The buying campaign opens on November 3 at a floor price of 300 CFA francs per kilogram, the Interprofessional Cotton Association (AIC) said. The Federation of Cotton Growers of Benin said its members would withhold deliveries from the first day of the campaign unless the price was raised to 330 francs.

A delegation of Bangladeshi spinners is expected in Cotonou next week, two traders said. A Chinese textile group will sign a contract for a second spinning mill at GDIZ on November 12, the zone's operator, SIPI-Benin, said.

Read more: Cotonou port volumes rise 9% in third quarter

The army will reinforce patrols in the northern Alibori department from Monday to stop smuggling, the defence ministry said.

Nigeria could respond with curbs on Beninese textile imports, a Nigerian trade official warned.

The decision comes less than three months before the January 11 legislative and local elections. President Patrice Talon is expected to defend the policy at the ECOWAS summit in Abuja in mid-December, the presidency said.

The AIC's president may step down before the campaign opens if the cap is adopted, people close to him said.

Analysts say a cap could cut farm-gate incomes in the north. Rodrigue Hounkpatin, an agricultural economist at the University of Abomey-Calavi, said the mills would need at least two more seasons to absorb 40 percent of the crop.
"""},

"h170en03": {"outlet": "Gamboa Wire (Gamboa)", "published": "2026-02-19", "text": """Can the Panama Canal hold its draft through the dry season?

GAMBOA, Feb 19 (Gamboa Wire) - The Panama Canal Authority (ACP) will cut the maximum draft for neopanamax ships to 47 feet from March 2 if Gatun Lake keeps falling at its current pace, Canal Administrator Ricaurte Vasquez said on Wednesday.

The lake stood at 82.4 feet on Wednesday, almost two feet below its level a year earlier, after the rainy season ended weeks early.

The canal cut daily transits to 22 in November 2023 during a severe drought, and Vasquez said it "will not return" to such limits in 2026.

The ACP's board will meet on Tuesday to approve an extra daily slot auction for the dry season, an ACP spokeswoman said. The authority and the national water utility IDAAN are expected to sign an agreement next week to cut losses at the Chilibre treatment plant, two officials said.

A feasibility study on pumping water from Lake Bayano into the canal's watershed is due by the end of June, the ACP said in a statement.

Read more: Colon free zone re-exports slip in January

The National Aeronaval Service will start patrols on Gatun Lake on Monday to stop illegal withdrawals by farms, Public Security Minister Frank Abrego said.

President Jose Raul Mulino will travel to Washington next month for talks with President Donald Trump on transit fees for U.S. warships, his office said. Panama will not grant free passage to foreign navies, a senior Panamanian official said.

Analysts say shipping lines could move more Asian cargo to U.S. West Coast ports if the draft falls below 47 feet. Marisol Quintero, a hydrologist at the Technological University of Panama, said the ACP may have to impose a third set of restrictions in April if the first rains come late.
"""},

"h170en04": {"outlet": "Tarsatica Wire (Rijeka)", "published": "2027-03-17", "text": """Croatia's Krk terminal to take Ukrainian booking as Budapest hesitates

RIJEKA, March 17 (Tarsatica Wire) - LNG Hrvatska, the operator of Croatia's liquefied natural gas terminal on the island of Krk, will sign a three-year capacity booking with Ukraine's Naftogaz on Friday, Economy Minister Ante Susnjar said on Tuesday.

The terminal's capacity was raised to 6.1 billion cubic metres a year in 2025, and about a third of it is still free for the coming gas year.

Naftogaz expects the first cargo under the deal to arrive in May, a company spokeswoman said.

Plinacro, the gas transmission system operator, is expected to finish the Zlobin-Bosiljevo pipeline section by the end of September, allowing more gas to flow north toward Hungary and Slovenia, Susnjar said.

Hungary's MVM has not decided whether to extend its booking beyond September, a person familiar with the talks said. Hungary's foreign ministry said on Monday Budapest "will not pay transit fees that discriminate against Hungarian buyers".

Read more: Croatian inflation eases to 3.1% in February

EU energy ministers are due to discuss on March 29 a proposal to bring forward the ban on Russian pipeline gas, diplomats said.

The Croatian navy will keep a patrol boat at the terminal around the clock from April 1 after drones were spotted near Omisalj last month, the defence ministry said.

Prime Minister Andrej Plenkovic is expected to present plans for a further expansion, to 8 bcm, at the Three Seas Initiative summit in Bucharest in late May. LNG Hrvatska's chief executive may step down once the Naftogaz deal is signed, two sources said.

Analysts say a ceasefire in Ukraine, which could come before the end of June, would cut Naftogaz's need for Krk gas. Ivana Maric, an energy analyst at a Zagreb consultancy, said the 8 bcm expansion was unlikely before 2030.
"""},

"h170en05": {"outlet": "Gwayi Wire (Kamativi)", "published": "2027-06-14", "text": """Will Zimbabwe take a free stake in its lithium mines?

KAMATIVI, June 14 (Gwayi Wire) - Zimbabwe's parliamentary committee on mines will hold public hearings on a bill giving the state a 26 percent free-carried stake in lithium mines in Kamativi on Thursday before moving to Mberengwa next week, committee chairman Lovemore Chidzoka said.

Cabinet approved the bill's principles in March, months after lithium prices began to recover. Chinese companies own most of Zimbabwe's operating lithium mines, including Bikita, Arcadia and Kamativi, and shipped about 1.2 million tonnes of concentrate last year.

Mines Minister Winston Chitando said on Friday the bill would go to a second reading before the end of July and "will not exempt" existing Chinese-owned mines.

China's embassy in Harare said on Saturday it expected the rules to respect existing investment agreements. A Chinese vice commerce minister is expected in Harare in the second week of July for talks with Chitando, two officials said.

Read more: Zimbabwe gold deliveries hit record in May

Kamativi Mining Company, controlled by China's Yahua group, is due to sign an agreement with the government on Wednesday to build a lithium sulphate plant at the mine, the company said.

Police will deploy to Kamativi during Thursday's hearing after clashes between artisanal miners and security guards last month, police spokesman Paul Nyathi said.

A by-election for the Hwange East seat on July 24 is expected to test support for the policy in the area, and President Emmerson Mnangagwa is expected to push for a regional critical minerals strategy at the SADC summit in August.

Analysts say investors may freeze new lithium projects until the bill passes. Nyasha Dube, a mining policy researcher in Bulawayo, said the committee could cut the state's stake to 15 percent before the second reading.
"""},
}
