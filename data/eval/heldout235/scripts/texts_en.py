"""English texts of heldout235, written for this project in one sitting. Invented or generic facts."""

EN = {
"h235en01": {"outlet": "Nith Wire (Dumfries)", "published": "2027-03-16", "text": """Can the Conservatives hold Dumfriesshire? Holyrood by-election set for May

DUMFRIES, March 16 (Nith Wire) - Voters in the Dumfriesshire constituency will elect a new member of the Scottish Parliament on Thursday, May 6, the Presiding Officer's office said on Monday, after Conservative MSP Fiona Maxwell resigned last month to take a job in the private sector.

Nominations close on April 9, returning officer Graham Telfer said.

Maxwell held the seat by about 1,900 votes at last year's Holyrood election, in which Reform UK came second in the constituency.

Scottish Conservative leader Russell Findlay said the party would choose its candidate within ten days. Reform UK is expected to name an Annan livestock farmer as its candidate this week, party officials said.

First Minister John Swinney will campaign in Lockerbie and Annan on Saturday, his spokesman said, in a sign that Edinburgh sees a chance to take a seat the SNP has never held.

Read more: Stranraer ferry operators warn of higher port charges

The UK and Scottish governments are due to sign a revised funding schedule for the 85-million-pound Borderlands Inclusive Growth Deal in Carlisle next week, a Scotland Office official said. A decision on dualling the A75 between Gretna and Annan could slip until after the by-election, two Transport Scotland officials said.

Candidates will face farmers at a hustings organised by NFU Scotland in Castle Douglas on April 22.

Scottish Labour leader Anas Sarwar said on Sunday his party "will not do deals" with Reform UK in any part of Scotland.

Analysts say the Conservatives are unlikely to hold the seat if Reform takes more than a quarter of the vote. Turnout is expected to fall below 40 percent, said Ewan Blackwood, a politics lecturer at the University of Glasgow's Dumfries campus.

"London parties are fighting over a seat that nobody in London could find on a map," he said.
"""},

"h235en02": {"outlet": "Veluwe Wire (Arnhem)", "published": "2026-10-07", "text": """Will The Hague get its new training ground in the Gelderse Vallei?

ARNHEM, Oct 7 (Veluwe Wire) - The Dutch Defence Ministry will present its final choice of site for a new 1,500-hectare military training ground near Barneveld to parliament on Thursday, Defence State Secretary Gijs Tuinman said on Tuesday, after months of protests by farmers inside the search area.

The ministry first named the Gelderse Vallei as one of four candidate areas in June 2025, saying the army needs more room to train as it grows.

Tuinman said the state "will not expropriate farms before 2028" and would first offer voluntary buyouts at 20 percent above market value. He is expected to visit Barneveld later this month to meet affected families, a ministry spokesman said.

Gelderland's provincial council is due to vote on a motion opposing the plan on October 21, and a majority led by the Farmer-Citizen Movement (BBB) is expected to back it, provincial officials said.

King's Commissioner John Berends will meet Tuinman in The Hague next week, his office said.

Read more: Arnhem council approves new bridge over the Rhine

The Farmers Defence Force said tractors would block the A1 and A30 motorways near Barneveld on Thursday morning, and its leader, Mark van den Oever, did not rule out further blockades in late November.

The army plans to start live-fire exercises at the new site no earlier than 2031, the ministry said in a letter to parliament.

The province and the ministry had been negotiating a covenant on compensation for lost nature areas, but talks were suspended last month. A new round could start after Thursday's decision, a provincial official said.

Analysts say the issue is likely to dominate campaigning in the province next year. Pieter Zandvoort, a defence analyst at a Hague think tank, said the cabinet may fall back on a smaller site in Drenthe if Gelderland refuses to cooperate.
"""},

"h235en03": {"outlet": "Wislok Wire (Rzeszow)", "published": "2025-11-25", "text": """Poland and NATO take over Jasionka hub as last U.S. air-defence unit leaves

RZESZOW, Nov 25 (Wislok Wire) - Polish and NATO units will take full control of the logistics hub at Rzeszow-Jasionka airport on December 1, when the last U.S. Army air-defence unit completes its move to other Polish bases, Defence Minister Wladyslaw Kosiniak-Kamysz said on Monday.

Washington announced in April that it would withdraw its troops from the hub, which has handled most Western weapons deliveries to Ukraine since 2022.

Germany and Norway will keep Patriot and NASAMS batteries at the airport at least until the end of March, a NATO official said.

Kosiniak-Kamysz said Poland "will not charge" allies for using the hub, and that a new host-nation support agreement with NATO's Security Assistance and Training for Ukraine (NSATU) command would be signed in Wiesbaden next week.

NATO defence ministers are expected to discuss the hub's future when they meet in Brussels in mid-February, diplomats said.

Read more: Podkarpackie farmers demand checks on Ukrainian sugar at Medyka

Podkarpackie governor Teresa Kubas-Hul said the region had asked Warsaw for 200 million zlotys to extend the airport's cargo apron, and a decision could come before the end of the year.

A ceasefire in Ukraine, which U.S. envoys hope to secure before Christmas, would cut traffic through the hub. A U.S.-brokered round of talks could take place in Geneva as early as next week, two Western diplomats said.

The European Union is expected to adopt a new package of sanctions against Russia in December, with Warsaw pushing for a ban on Russian liquefied gas, an EU diplomat said.

NATO Secretary General Mark Rutte will visit the hub tomorrow, ahead of the alliance's summit in Ankara in July, his spokeswoman said.

Marta Sroka, a security analyst at a Krakow think tank, said Jasionka was unlikely to lose its central role before 2027. "Everything still passes through here," she said.
"""},

"h235en04": {"outlet": "Pinios Wire (Larissa)", "published": "2027-01-19", "text": """Thessaly farmers dig in at Nikaia as Athens offers talks

LARISSA, Jan 19 (Pinios Wire) - Farmers blocking the Athens-Thessaloniki motorway at the Nikaia junction will meet Prime Minister Kyriakos Mitsotakis in Athens on Friday, the government spokesman, Pavlos Marinakis, said on Monday, as the blockade entered its fifth week.

The farmers set up the roadblock on December 22 to demand faster payment of delayed subsidies and compensation for livestock lost to sheep pox.

A spokesman for the coordinating committee, Vangelis Tsoumanis, said the tractors "will not leave the motorway" until the money arrives, but added that one lane in each direction would reopen from Wednesday for trucks carrying food.

Agriculture Minister Kostas Tsiaras said the state would pay 160 million euros in outstanding single-farm payments before the end of January, with a second tranche expected in March. A written agreement on the sheep-pox compensation scheme could be signed at the Friday meeting, Marinakis said.

The European Commission is expected to decide in February whether to impose a further financial correction of up to 400 million euros on Greece over irregular subsidy payments by the former OPEKEPE agency, two EU officials said.

Read more: Volos port traffic rises for third straight year

Tsiaras could step down in a reshuffle after the talks, according to a person close to the government. The opposition PASOK party could table a censure motion next month if the blockades continue, party officials said.

Police will not clear the roadblock by force, the Citizen Protection Ministry said in a statement.

Farmers in Karditsa and Trikala plan to join with tractors at the Karditsa junction on Thursday, local union leaders said.

Eleni Papadaki, an agricultural economist at the University of Thessaly, said the blockade could cost the region's exporters about 30 million euros if it lasts until mid-February. "Thessaly is still paying for the floods, and now it is paying for this," she said.
"""},

"h235en05": {"outlet": "Oulujarvi Wire (Kajaani)", "published": "2026-04-29", "text": """Will Helsinki sell part of Terrafame before the election?

KAJAANI, April 29 (Oulujarvi Wire) - The Finnish government will decide next week whether to sell up to 49 percent of its stake in Terrafame, the state-controlled nickel and battery-chemicals miner in Sotkamo, the Prime Minister's Office said on Tuesday. The decision, first expected in February, has slipped twice.

The state took over the bankrupt Talvivaara mine in 2015 and renamed it Terrafame; it now owns about two-thirds of the company, with commodities trader Trafigura holding most of the rest.

Prime Minister Petteri Orpo said on Monday the government "will not sell a controlling stake", adding that any buyer would have to keep refining in Kainuu.

Two bidders, a Japanese trading house and a European carmaker, are expected to submit binding offers by the end of June, two people familiar with the process said.

Parliament's Commerce Committee will hear Terrafame's chief executive, Joni Lukkaroinen, on May 5. Any sale needs the approval of the full chamber, which is unlikely before the summer recess.

The opposition Social Democrats would try to reverse any sale if they win the parliamentary election in April 2027, their leader, Antti Lindtman, said last week.

Finland will push for EU sanctions on Russian nickel at the Foreign Affairs Council in Brussels on May 21, a foreign ministry official said.

Terrafame is also close to a 10-year uranium offtake agreement with a U.S. utility, which could be signed as early as June, Lukkaroinen said.

Orpo is due to visit the Sotkamo site on May 14, his office said. Kainuu's regional mayor, Sari Huotari, said the region would seek job guarantees at a meeting with the Prime Minister's Office in Helsinki next month.

Analysts say the price may fall if nickel stays below $16,000 a tonne this year. Olli Rautiainen, a mining economist at the University of Oulu, said Helsinki was unlikely to close a deal before the election.
"""},
}
