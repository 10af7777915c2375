"""English texts of heldout11, written blind for this project on 2026-11-30. Original wording; invented or generic facts."""

EN = {
"h11en01": {"outlet": "Atacama Wire (Santiago)", "published": "2025-10-14", "text": """Chile opens lithium bids as Codelco-SQM venture nears launch

SANTIAGO, Oct 14 (Atacama Wire) - Chile's development agency Corfo will open bids for lithium rights in three salt flats on October 27, the agency said in a statement on Monday, adding that there would be no extension of the deadline.

The winners are expected to be named by the end of January, Corfo said.

The joint venture between state copper miner Codelco and SQM is scheduled to start operating on January 1, after China's market regulator cleared the deal in September. Codelco chairman Máximo Pacheco told reporters the partners expected to hold the venture's first board meeting in the first half of December.

Mining Minister Aurora Williams said consultations with Atacameño communities around the Salar de Atacama would run until mid-December.

Read more: Peru's copper output slips for a third month

The tender comes five weeks before the November 16 presidential election. José Antonio Kast, who leads most polls, has said he would review the Codelco-SQM agreement if elected. A runoff, if needed, would be held on December 14.

Albemarle, the other producer in the Atacama, could seek to renegotiate its Corfo contract as early as next year, a person familiar with the company's thinking said. The company declined to comment.

Analysts say the next government may slow the opening of new salt flats to private firms, though few expect it to cancel contracts already signed.

"Investors are pricing in some delay, not a reversal," said Carolina Méndez, a mining analyst at Santiago-based consultancy Cordillera Metals Research. She expects the first output from the new flats no earlier than 2029.

Chile holds the world's largest known lithium reserves and is the second-largest producer after Australia. Lithium prices have fallen by more than two-thirds since their 2022 peak, squeezing revenues for the state and for producers.
"""},

"h11en02": {"outlet": "Red River Ledger (Hanoi)", "published": "2026-09-25", "text": """Vietnam to shortlist high-speed rail bidders next week

HANOI, Sept 25 (Red River Ledger) - Vietnam's Ministry of Construction will announce a shortlist of bidders for the first civil works packages of the North-South high-speed railway next week, the ministry said in a statement on Thursday.

Groundbreaking on the first section, between Hanoi and Vinh, was initially planned for August but has been pushed back to December 19, Deputy Construction Minister Pham Minh Khoa told a conference in Hanoi.

The National Assembly, which opens its autumn session on October 20, is expected to approve a special financing mechanism for the $67 billion line during the sitting. Lawmakers approved the project in November 2024.

Provinces along the route must complete land clearance by the end of 2027, Khoa said.

Vinspeed, a unit of the conglomerate Vingroup, has offered to build and finance the whole line in exchange for land rights near stations. The government has not decided whether to accept the proposal, and officials said a decision was unlikely before the assembly session.

Two people with knowledge of the tender said the first package, worth about $2 billion, may be split in two to draw more domestic contractors.

A Japanese embassy official said Tokyo hoped to offer concessional financing through JICA as early as next year, while Chinese state firms are likely to bid for signalling contracts, according to industry executives.

Work on the Lao Cai-Hanoi-Haiphong railway, a separate line built with Chinese technical support, began in December 2025.

Analysts at Lotus Securities expect the 2035 completion target to slip, with full operation unlikely before 2037.

The government has said the line will cut the journey between Hanoi and Ho Chi Minh City to about five hours, from more than 30 hours by the existing railway. It will be the largest infrastructure project in the country's history.
"""},

"h11en03": {"outlet": "Bagmati Dispatch (Kathmandu)", "published": "2026-01-20", "text": """Nepal's old parties race to seal alliance before March vote

KATHMANDU, Jan 20 (Bagmati Dispatch) - The Nepali Congress and the CPN-UML are expected to announce a seat-sharing deal this week, party officials said, as candidates prepare to file nominations on January 26 for the March 5 elections to the House of Representatives.

Prime Minister Sushila Karki said on Monday the vote would go ahead as scheduled and that her interim government would step down once the new House is convened.

Karki was appointed on September 12 after youth-led protests in which more than 70 people were killed and the previous parliament was dissolved.

It remains unclear whether the Nepali Communist Party of Pushpa Kamal Dahal will join the alliance, which would bring together the two largest parties of the dissolved House.

Rastriya Swatantra Party chairman Rabi Lamichhane said his party would field candidates in all 165 directly elected seats. Kathmandu Mayor Balendra Shah may contest a seat in the capital, according to people close to him, but he has not announced a decision.

The Election Commission said the army would be deployed from February 25 until polling day, and that ballots would be printed by the end of this month.

The Asian Network for Free Elections will send a team of observers, its director said.

Several groups that led the September protests have threatened to boycott the vote unless the main parties field younger candidates.

Analysts say no party is likely to win a majority, which would leave the next government dependent on coalition bargaining.

"The risk is that we go back to the same game of rotating prime ministers," said Anjana Rai, a political scientist at Tribhuvan University. She expects smaller parties to gain ground in urban constituencies.

The House of Representatives has 275 seats, 165 elected directly and 110 through proportional representation.
"""},

"h11en04": {"outlet": "Tuul River Dispatch (Ulaanbaatar)", "published": "2026-05-14", "text": """Mongolia to host pipeline talks with Russia, China this month

ULAANBAATAR, May 14 (Tuul River Dispatch) - A trilateral working group on the Power of Siberia 2 gas pipeline will meet in Ulaanbaatar on May 27-28, Mongolia's Ministry of Foreign Affairs said on Wednesday, the first such meeting since Gazprom and China's CNPC signed a binding memorandum on the project in Beijing in September 2025.

Deputy Prime Minister Nyam-Osor Uchral said he hoped Mongolia would sign an intergovernmental transit agreement with Russia before the end of the year.

Gazprom chief executive Alexei Miller said in Moscow last week that construction of the Mongolian section would begin in 2027.

Pricing terms between Gazprom and CNPC have not been agreed, and the start of construction could depend on that deal.

A Mongolian official involved in the negotiations said transit fees proposed by Ulaanbaatar may be revised downward at this month's meeting.

Energy Minister Enkhbold Dorj said Mongolia would not take an equity stake in the pipeline, citing the cost.

The State Great Khural is expected to debate a draft law on gas transit before its spring session closes at the end of June.

Prime Minister Gombojav Zandanshatar is scheduled to visit Beijing in early June and is expected to meet Chinese Premier Li Qiang.

The Civil Will-Green Party said it would request public hearings on the route through the Gobi before any vote in parliament.

Analysts say Mongolian households are unlikely to receive gas from the line before 2032, since the current plan has no domestic offtake point.

The pipeline would carry up to 50 billion cubic metres of Russian gas a year to China. Mongolia, which depends on coal for most of its heating, has sought a spur to supply Ulaanbaatar, where winter air pollution is among the worst in the world.
"""},

"h11en05": {"outlet": "Marowijne Wire (Paramaribo)", "published": "2027-02-09", "text": """Suriname's assembly to vote on oil savings fund law

PARAMARIBO, Feb 9 (Marowijne Wire) - Suriname's National Assembly will vote on Thursday on a law creating a sovereign savings fund for future oil revenue, Speaker Ashwin Adhin said on Monday.

The opposition Progressive Reform Party (VHP) said it would vote against the bill because it gives the finance minister too much discretion over withdrawals.

First oil from the GranMorgu project, operated by TotalEnergies in offshore Block 58, is scheduled for 2028. TotalEnergies took the final investment decision on the $10.5 billion development in October 2024.

State oil company Staatsolie plans to close a loan of about $1 billion to fund its 20 percent stake by the end of March, managing director Annand Jagesar said.

Petronas could announce an investment decision on its Block 52 gas discovery later this year, two industry sources said.

An IMF Article IV mission is expected in Paramaribo in the second half of March. Suriname completed its IMF programme in March 2025.

President Jennifer Geerlings-Simons is scheduled to attend the CARICOM heads of government meeting in Basseterre on February 24-25, where regional energy cooperation is on the agenda. She is expected to hold talks with Guyana's President Irfaan Ali on the sidelines.

The savings fund law, if passed, would take effect on April 1, Finance Minister Adelien Wijnerman told lawmakers last week.

A government source said the cabinet may delay a planned cut in electricity subsidies until after the savings fund is set up.

Economists expect the Central Bank of Suriname to keep its policy rate unchanged at its March meeting.

"The fund is only as strong as the rules on withdrawals," said Ravi Mahabier, an economist at the Anton de Kom University of Suriname.

Suriname's economy, worth about $4 billion, could more than double by the early 2030s if oil output reaches the 220,000 barrels a day planned at GranMorgu, according to government projections.
"""},
}
