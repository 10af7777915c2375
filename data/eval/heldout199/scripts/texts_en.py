"""English texts of heldout199, written for this project in one sitting. Invented or generic facts."""

EN = {
"h199en01": {"outlet": "Nyang Wire (Nyingchi)", "published": "2026-05-21", "text": """Will Beijing share Yarlung Tsangpo data before the monsoon? India and China revive river talks

NYINGCHI, May 21 (Nyang Wire) - Indian and Chinese water officials will meet in Beijing on Tuesday for their first Expert Level Mechanism (ELM) session on trans-border rivers since 2023, China's Ministry of Water Resources said on Wednesday, as work speeds up on the giant hydropower project on the lower Yarlung Tsangpo in Tibet's Medog county.

Construction of the dam began in July 2025. China Yajiang Group, the state-owned developer, plans to install the first turbines by 2029, a company official said.

India's delegation will press for the renewal of a memorandum on sharing flood-season hydrological data, which lapsed in 2023, and is expected to ask for daily readings from June 1, two Indian officials said.

Chinese Foreign Ministry spokeswoman Mao Ning said on Wednesday the project "will not harm downstream countries".

A new memorandum could be signed as early as Tuesday, a person familiar with the preparations said, but Beijing has not decided whether to include dry-season data, the person added.

Read more: Nepal and China agree on new hours for Kerung border market

Jal Shakti Minister C.R. Patil told a parliamentary committee on Monday that India would finish a pre-feasibility report on its own Siang Upper Multipurpose Project by the end of the year.

External Affairs Minister Subrahmanyam Jaishankar is likely to raise the dam when he visits Beijing in mid-June, diplomats in New Delhi said. Chinese President Xi Jinping is expected to attend the BRICS summit India hosts later this year.

The People's Liberation Army's Tibet Military District will hold drills near Nyingchi in late May, state media reported.

Analysts say the talks are unlikely to settle India's concerns before the diversion tunnels are finished. "China wants to look like a good neighbour and keep the tap," said Meera Rajan, a water security researcher at a New Delhi think tank.
"""},

"h199en02": {"outlet": "Lapataia Wire (Ushuaia)", "published": "2025-11-08", "text": """Can Ushuaia's naval base open before the next Antarctic season? Senate to vote on U.S. troop entry

USHUAIA, Argentina, Nov 8 (Lapataia Wire) - Argentina's Senate will vote on Wednesday on authorising 150 U.S. Navy personnel to work on the Integrated Naval Base in Ushuaia, Senate Provisional President Bartolome Abdala said on Friday.

Passage is expected after the ruling party's gains in the October 26 midterm elections, two senators said.

The base, announced by President Javier Milei in April 2024, is meant to become Argentina's main logistics hub for Antarctica. Defence Minister Luis Petri said the first pier would be ready "before the end of the 2026-27 Antarctic season" and that the U.S. personnel would stay for no more than 60 days.

Tierra del Fuego Governor Gustavo Melella said the province "will not hand over" its port land and would go to the Supreme Court if the transfer goes ahead.

Read more: Argentina's inflation slows for a third month in October

A delegation from U.S. Southern Command (SOUTHCOM) is due in Ushuaia on November 17 to inspect the site, the U.S. Embassy in Buenos Aires said.

Chile's Foreign Minister Alberto van Klaveren has asked Buenos Aires for "information on the scope" of the U.S. role and could raise it when he meets his Argentine counterpart Pablo Quirno in Santiago later this month, a Chilean diplomat said.

Argentina's navy plans to hold its first joint exercise with the U.S. Navy in the Beagle Channel in early February, a navy spokesman said, but the dates have not been set.

Analysts say China's Antarctic ambitions are driving U.S. interest. "Washington wants a foot in the southern gateway before Beijing gets one," said Tomas Arriaga, a defence analyst at a Buenos Aires university. Some expect U.S. funding for the base's second phase to be discussed when Milei visits Washington in the first half of 2026.
"""},

"h199en03": {"outlet": "Kenwyn Wire (Truro)", "published": "2027-01-29", "text": """Will Cornwall take a mayor to get the money? Council votes on devolution offer next week

TRURO, England, Jan 29 (Kenwyn Wire) - Cornwall Council will vote on Tuesday on whether to accept the government's offer of a strategic authority led by a directly elected mayor, council leader Martin Trevail said on Thursday, after talks that stalled twice since September.

If accepted, the deal would bring an investment fund of about 450 million pounds over 30 years and control of adult skills and transport budgets from April 2028.

Trevail said he expected the motion to pass "by a handful of votes". He has said he would step down as leader if it fails.

English Devolution Minister Helen Pascoe said on Wednesday the government "will not offer" Cornwall a deal without a mayor, and that the first mayoral election would be held in May 2028 if councillors agree.

Conservative councillors will vote against the offer, their group leader Linda Penrose said.

Mebyon Kernow (MK), which wants a Cornish assembly instead, will hold a rally outside New County Hall on the day of the vote, its leader Dick Cole said. The party could also ask for a local referendum, but it has not decided whether to launch a petition.

Read more: Cornish fishing fleet seeks quota swap after EU talks

Council officials will meet Treasury officials in London next week on the terms of the investment fund, a council spokeswoman said. Pascoe is expected to visit Truro next month to meet group leaders if the vote passes, a government source said.

Trevail is also due to attend the Council of the Nations and Regions in Edinburgh on March 4.

Analysts say a defeat could delay any funding by at least a year. "Ministers will not redesign the model for one county," said Peter Kessell, a politics lecturer at the University of Exeter's Penryn campus.
"""},

"h199en04": {"outlet": "Serpentine Wire (Surrey)", "published": "2026-02-22", "text": """Can Eby keep his majority? Surrey by-election set for March 28

SURREY, British Columbia, Feb 22 (Serpentine Wire) - Voters in Surrey-Fleetwood will elect a new member of British Columbia's legislature on March 28, Elections BC said on Saturday, in a by-election that could cost Premier David Eby's New Democrats (NDP) their one-seat majority.

The seat fell vacant when New Democrat Jagrup Sandhu resigned on February 9 to run for mayor of Surrey. Without him, the NDP holds 46 of the 93 seats.

Nominations close on March 9 and advance voting will run from March 19 to March 24, chief electoral officer Anton Boegman said.

Eby said on Friday he would not call a snap general election "whatever the result", and that he expected the budget, which Finance Minister Brenda Bailey tabled on Tuesday, to pass before the by-election.

The Conservatives would need to win Surrey-Fleetwood and one more vote to bring the government down. Conservative leader Trevor Halvorsen said his party would table a no-confidence motion within days of a by-election win.

Read more: B.C. ports brace for new U.S. lumber duties

The B.C. Greens, whose two legislators signed a cooperation accord with the NDP in December 2024, will decide on Monday whether to renew it, Green leader Emily Lowan said.

NDP caucus members will meet in Victoria on Wednesday to plan the campaign, a party spokesperson said. Prime Minister Mark Carney is likely to visit Surrey in early March to announce transit funding, two federal officials said.

Analysts say the race is too close to call. "Surrey voters care about crime and housing, not about who holds a majority," said Priya Gill, a political scientist at Kwantlen Polytechnic University. The Conservatives may also struggle to keep their own caucus together, she added.
"""},

"h199en05": {"outlet": "Salhir Wire (Simferopol)", "published": "2027-04-14", "text": """Crimea extends fuel rationing after ferry strike; energy truce talks set for Istanbul

SIMFEROPOL, April 14 (Salhir Wire) - Russian-installed authorities in Crimea will keep limiting petrol sales to 20 litres per car at least until the end of April, Sergei Aksyonov, the Moscow-appointed head of the peninsula, said on Tuesday, after Ukrainian drones struck the Kerch ferry terminal at the weekend.

The ferry line, which has carried most of the peninsula's fuel since the road bridge was closed to tankers, will not resume before Friday, Aksyonov said. He will meet fuel distributors in Simferopol tomorrow, and reserves would be rebuilt within 10 days, he added.

Ukraine's navy spokesman Dmytro Pletenchuk said strikes on "military logistics" in Crimea would continue, but that Kyiv would observe a moratorium on attacks on energy facilities if Moscow did the same.

Russian and Ukrainian delegations are due to meet in Istanbul on April 21-22 to discuss a 30-day moratorium on strikes against energy infrastructure, Turkey's Foreign Ministry said. A deal could be announced at the end of the talks, diplomats said.

Kremlin spokesman Dmitry Peskov said Russia "will not discuss the status of Crimea" in Istanbul.

Read more: Turkey's Black Sea grain exports rise as insurers cut war premiums

The European Union is expected to add three Crimean ports and two ferry operators to its sanctions list when foreign ministers meet in Luxembourg on April 26, two EU diplomats said.

Russia's Black Sea Fleet will hold air-defence drills off Sevastopol from Thursday to Saturday, the fleet's press service said.

Analysts say fuel shortages are likely to worsen during the summer tourist season unless the ferry runs at full capacity. "Every strike on the crossing costs Russia more than the drones cost Ukraine," said Olena Marchenko, a Black Sea security analyst in Odesa. Some expect Kyiv to step up attacks on the bridge itself before May 9.
"""},
}
