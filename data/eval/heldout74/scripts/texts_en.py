"""English texts of heldout74, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h74en01": {"outlet": "Detroit River Wire (Windsor)", "published": "2026-02-10", "text": """Canada and U.S. to open formal CUSMA review talks as steel tariffs bite

WINDSOR, Ontario, Feb 10 (Detroit River Wire) - Canada and the United States will hold their first formal round of talks on the joint review of the CUSMA trade pact in Washington next week, Canada-U.S. Trade Minister Dominic LeBlanc said on Monday.

LeBlanc said he expected the talks to cover the 50% U.S. tariffs on Canadian steel and aluminium. Ottawa "will not accept quotas dressed up as relief," he told reporters in Windsor. He will brief provincial premiers by video call tomorrow.

U.S. Trade Representative Jamieson Greer is expected to lead the American side, two officials familiar with the plans said. The six-year joint review of the agreement is due to conclude on July 1.

Prime Minister Mark Carney could meet President Donald Trump on the sidelines of the G7 summit in Evian, France, in mid-June, the officials said.

Finance Minister Francois-Philippe Champagne said Canada's counter-tariffs on U.S. steel products, which are set to expire on March 31, may be extended. Ontario Premier Doug Ford said the province would halt electricity exports to three U.S. states from March 1 unless the steel tariffs were lifted.

Read more: Bank of Canada holds key rate, flags trade risk

Carney is expected to name a new ambassador to Washington within days, after Kirsten Hillman stepped down in January, a government source said.

The Conservatives will table a motion in the House of Commons on Thursday on an emergency fund for steelworkers, party leader Pierre Poilievre said.

Canadian and U.S. jets will join a NORAD air-defence exercise over the Arctic in the second half of March, the Department of National Defence said.

Analysts say a deal on steel is unlikely before the review concludes. "Washington sees the tariffs as leverage and will not give that up early," said Marcus Oyelaran, a trade economist at the Laurentian Policy Institute.
"""},

"h74en02": {"outlet": "Rangpur Ledger (Rangpur)", "published": "2026-04-27", "text": """Will a Chinese-funded Teesta project strain Dhaka's thaw with New Delhi?

RANGPUR, April 27 (Rangpur Ledger) - Bangladesh will sign a loan agreement with China for the first phase of the Teesta River Comprehensive Management and Restoration Project in Beijing on May 12, Water Resources Minister Rezaul Karim Bhuiyan said on Sunday.

Prime Minister Tarique Rahman is expected to witness the signing during a three-day visit to China from May 11, which will include talks with President Xi Jinping, the foreign ministry said. The cabinet is expected to approve the loan terms within days.

Bhuiyan said the first phase covers embankments and dredging along a 102-km stretch of the river.

India's Foreign Secretary Vikram Misri will arrive in Dhaka on Thursday for foreign office consultations, the foreign ministry said. New Delhi could raise concerns about Chinese engineers working near the Siliguri Corridor, two diplomats in Dhaka said.

A draft deal on sharing the Teesta's dry-season flow collapsed in 2011.

The heads of Border Guard Bangladesh and India's Border Security Force will meet in New Delhi in the second half of May for their twice-yearly conference, a BGB spokesman said.

Jamaat-e-Islami secretary-general Mia Golam Parwar said his party did not oppose the loan but wanted a parliamentary debate.

The chairman of the Bangladesh Water Development Board, who had questioned the Chinese design, resigned last Thursday.

Read more: Bangladesh Bank holds policy rate

Farmers in Lalmonirhat will form a human chain along the river on Friday to demand compensation, the Teesta Farmers' Alliance said.

Union parishad elections in the Rangpur division will be held in the second week of June, the Election Commission said on Saturday.

Analysts say the Chinese deal may push any water-sharing treaty with India back to 2027 or later. "Dhaka is choosing the project it can finance now over the treaty it cannot get," said Farhana Siddiqui, a political scientist at Begum Rokeya University.
"""},

"h74en03": {"outlet": "Kasthamandap Wire (Kathmandu)", "published": "2026-05-12", "text": """Nepal's new government readies first budget as protest groups threaten to return

KATHMANDU, May 12 (Kasthamandap Wire) - Finance Minister Suman Ghimire will present the 2026/27 budget to a joint sitting of both houses of parliament on May 29, as the constitution requires, the finance ministry said on Monday.

The budget is expected to be smaller than this year's 1.86 trillion rupees after revenue fell in the months of unrest, two ministry officials said.

The new parliament held its first sitting on April 2, after the March 5 election.

Youth groups that led last September's protests will resume street demonstrations from June 1 unless the report of the inquiry into the killings is made public, their spokesman Sagar Dhakal said. Home Minister Dipendra Karki could resign if the report names officers under his command, a senior official in the ruling coalition said.

The Nepal-India Boundary Working Group will meet in Dehradun in mid-June, its first meeting since 2024, the foreign ministry said. Kathmandu is expected to raise its objection to the Lipulekh trade route at the meeting.

Nepal, India and Bangladesh will renew the agreement that lets Nepal sell 40 megawatts to Bangladesh through the Indian grid in Kathmandu next week, the Nepal Electricity Authority said.

Foreign Minister Anjali Shrestha could travel to Beijing in July to sign a framework for Belt and Road projects, according to two diplomats.

Read more: Nepal Rastra Bank eases hotel loan rules

An IMF team is expected in Kathmandu in early June for a review of Nepal's loan programme.

By-elections for three vacant House seats will be held on September 18, the Election Commission said on Friday. The Nepali Army said it would host Indian troops for the annual Surya Kiran exercise in December.

Analysts expect the budget to pass in the second half of June, but say the two-party coalition could split over fuel subsidies before the end of the year.
"""},

"h74en04": {"outlet": "Molonglo Wire (Canberra)", "published": "2026-11-16", "text": """Australian MPs near final word on Pukpuk defence treaty with Papua New Guinea

CANBERRA, Nov 16 (Molonglo Wire) - Parliament's Joint Standing Committee on Treaties will hold its last public hearing on the Pukpuk mutual defence treaty with Papua New Guinea on Wednesday and report by December 3, committee chair Claire Whitfield said on Sunday.

Defence Minister Richard Marles will introduce a bill next week allowing PNG citizens to enlist in the Australian Defence Force, his office said.

The opposition Coalition is expected to back the treaty. The Greens would vote against the enlistment bill unless it barred PNG recruits from overseas combat deployments, Greens defence spokesman David Shoebridge said.

PNG's parliament approved the treaty, signed in Canberra in October 2025, on October 20 by 78 votes to 11.

Prime Minister James Marape will travel to Canberra in early December for the exchange of instruments of ratification with Prime Minister Anthony Albanese, the Department of Foreign Affairs and Trade said. The treaty enters into force 30 days after the exchange.

PNG's opposition could file a Supreme Court challenge before the exchange, two opposition MPs said. Defence Minister Billy Joseph said he "will not resign" over claims that the treaty cedes sovereignty.

Read more: Albanese government unveils Pacific infrastructure fund

The first PNG recruits could begin training at Kapooka, in New South Wales, in mid-2027, a defence official said. Australian and PNG troops will hold a joint exercise near Wewak in the first week of March, the Australian Defence Force said in a statement.

China, which has courted Port Moresby with policing and infrastructure offers, is likely to protest once the treaty takes effect, analysts said.

"The treaty turns a long partnership into a formal alliance, and Beijing will read it that way," said Tomasi Vele, a Pacific security researcher at the Australian National University.

Whitfield said the committee had received more than 60 submissions, most of them supportive.
"""},

"h74en05": {"outlet": "Zulia Wire (Cucuta)", "published": "2026-04-14", "text": """Can Colombia's talks with Calarca's dissidents survive the election campaign?

CUCUTA, April 14 (Zulia Wire) - Government negotiators and the Estado Mayor de Bloques y Frente (EMBF), the FARC dissident faction led by Alexander Diaz Mendoza, known as Calarca, will open a new round of talks in Tibu on Thursday, government negotiator Andres Bermudez said on Monday. A deal on a temporary location zone for fighters in Catatumbo is expected, he said.

The previous round, held in Bogota in March, ended without agreement on the zone.

The group will not start handing over weapons before the May 31 presidential election, its negotiator Jimena Arango told local radio.

The bilateral ceasefire with the EMBF, which expires on April 30, is expected to be extended by 90 days, according to two people involved in the talks.

The army will send 1,500 more troops to Catatumbo from next week to contain fighting between the ELN and rival dissidents, the defence ministry said. The Ombudsman's Office warned that the clashes could displace thousands more people before the election.

A U.S. official said Washington may add EMBF commanders to its sanctions list.

Read more: Colombia's central bank holds rate as inflation stalls

Right-wing candidate Abelardo de la Espriella said on Sunday he would suspend all talks with armed groups on his first day in office, August 7, if elected. The UN Security Council will discuss the UN Verification Mission's quarterly report on Colombia today.

Peace commissioner Otty Patino could step down after the first round, two officials said.

Analysts say a final agreement with the EMBF is unlikely before the June 21 run-off. "Every armed group is now waiting to see who wins, and none of them wants to sign with a government that has four months left," said Laura Camacho, a conflict researcher at the Fundacion Paz y Frontera in Cucuta.
"""},
}
