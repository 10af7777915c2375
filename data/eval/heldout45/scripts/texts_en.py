"""English texts of heldout45, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h45en01": {"outlet": "Laucala Wire", "published": "2026-02-05", "text": """Fiji parliament to debate amendment bill as referendum timing splits coalition

SUVA, Feb 5 (Laucala Wire) - Fiji's parliament will debate a bill on Tuesday that would make it easier to amend the 2013 constitution, Attorney-General Graham Leung said on Wednesday.

A final vote is scheduled for February 12, and the government expects to win the required two-thirds majority with the support of some opposition members, Leung told reporters in Suva.

The Supreme Court said in an advisory opinion in March 2025 that the constitution's amendment clauses could themselves be changed by a two-thirds vote of parliament.

If parliament approves it, a referendum on wider amendments, including the electoral system and the role of the military, could be held as early as August, officials at the Fijian Elections Office said.

Opposition Leader Inia Seruiratu said his MPs would vote against the bill "as a bloc", calling it an attempt to rewrite the constitution before the election.

Prime Minister Sitiveni Rabuka has said the general election, due by February 2027, will not be held on the same day as the referendum. Analysts say Rabuka could call the vote for as early as October, once the referendum is out of the way.

Read more: Fiji's visitor arrivals hit a record in 2025

Rabuka will travel to Canberra next week for talks with Australian Prime Minister Anthony Albanese on a policing and security package, his office said.

Deputy Prime Minister Biman Prasad, whose National Federation Party is split over the bill, could step down before the vote, two party officials said.

The Republic of Fiji Military Forces will hold a joint exercise with Australian and New Zealand troops near Nadi in the second half of March, the military said.

Separately, European Union finance ministers could remove Fiji from the bloc's list of non-cooperative tax jurisdictions when they meet on February 17, a diplomat in Suva said.
"""},

"h45en02": {"outlet": "Shire Valley Wire", "published": "2025-11-11", "text": """Malawi seeks $300 million fuel import facility as queues return

LILONGWE, Nov 11 (Shire Valley Wire) - Malawi expects to sign a $300 million fuel import financing facility with the African Export-Import Bank before the end of November, Finance Minister Joseph Mwanamvekha said on Monday, as queues returned in Lilongwe and Blantyre.

The facility would be the third such loan to the National Oil Company of Malawi (NOCMA) since 2022, he said.

President Peter Mutharika won the September 16 election with 56% of the vote, ending Lazarus Chakwera's single term, and has promised to end the fuel shortages by Christmas.

An International Monetary Fund team is due in Lilongwe next week to discuss a new lending programme, the fund's resident representative said. Malawi's previous Extended Credit Facility lapsed in May after the fourth review stalled.

Reserve Bank of Malawi Governor Wilson Banda said on Friday the bank would not devalue the kwacha "under pressure from anyone". Economists in Blantyre say, however, that a devaluation of 20% to 30% could come in the first quarter of 2026 if an IMF deal is reached.

The bank's Monetary Policy Committee is expected to hold its policy rate at 26% when it meets on November 27, according to a Shire Valley Wire poll of six analysts.

Read more: Malawi tobacco earnings fall for a second year

Energy Minister Grace Kumwenda will travel to Maputo on Thursday for talks on fuel storage at the port of Beira, her ministry said.

Mutharika is also expected to meet Tanzanian President Samia Suluhu Hassan in Dar es Salaam in early December to discuss a proposed fuel pipeline, diplomats said.

The opposition Malawi Congress Party (MCP) will boycott the mid-term budget review in parliament on December 2 unless the government publishes the terms of the Afreximbank deal, party spokesman Ezekiel Ching'oma said.

NOCMA's chief executive may step down within weeks, a senior government official said.
"""},

"h45en03": {"outlet": "Babeldaob Wire", "published": "2026-08-13", "text": """Palau presses Washington on delayed compact payment after Chinese boats enter its waters

KOROR, Aug 13 (Babeldaob Wire) - Palau will ask the United States to release a delayed $34 million compact payment when a US Interior Department delegation visits Koror next week, Finance Minister Kaleb Udui Jr. said on Wednesday.

The payment, due on July 1 under the 2023 agreement amending the Compact of Free Association, was held up by a review of Palau's financial reporting, he said. Udui said Palau would not accept new conditions on the money.

The Interior Department's Office of Insular Affairs said it expected to complete the review by the end of September.

The dispute comes days after a Palauan patrol boat spotted six Chinese-flagged fishing vessels inside the country's exclusive economic zone near Helen Reef on Sunday, the Division of Marine Law Enforcement said. The vessels left when approached.

President Surangel Whipps Jr. said Palau would file a complaint with the Western and Central Pacific Fisheries Commission, whose compliance committee meets in Pohnpei on September 23.

A US Coast Guard cutter is scheduled to start joint patrols with Palauan officers under a shiprider agreement at the end of August, the U.S. Embassy in Koror said. A State Department official said Washington could consider visa restrictions on the vessels' operators.

Analysts say Beijing could respond by discouraging Chinese tour groups from visiting Palau, as it did in 2017.

Read more: Palau opens airport terminal extension

Whipps is due to travel to Taipei in the second week of September for talks with President Lai Ching-te, his office said.

The Olbiil Era Kelulau, Palau's national congress, is expected to pass the fiscal 2027 budget before October 1. Some senators could push to delay the vote until the compact payment arrives, a Senate aide said.
"""},

"h45en04": {"outlet": "Atlantic Sal Wire", "published": "2025-10-21", "text": """Cabo Verde to reopen airport concession talks with Vinci as tourist levy rises

PRAIA, Oct 21 (Atlantic Sal Wire) - Cabo Verde's government will begin talks with Vinci Airports next week on revising the 40-year concession for the country's seven airports, Finance Minister Olavo Correia said on Monday, after passenger numbers beat forecasts for a second year.

Correia said the government wanted a larger share of revenue from the international airports on Sal and Boa Vista and expected an agreement before the end of the first quarter. He said Praia would not seek to cancel the concession.

The concession was signed with the French group in July 2023 in exchange for an upfront payment of 80 million euros.

Vinci Airports is expected to present plans for a new terminal at Boa Vista's Aristides Pereira airport in December, a company official said.

The overnight tourist levy will rise from 2 euros to 3 euros from January 1, the tourism ministry said. The Cabo Verde Chamber of Tourism said it may challenge the increase in the Constitutional Court.

Read more: Cabo Verde's tourist arrivals pass one million for the first time

Tourism and Transport Minister Carlos Santos will travel to Lisbon on November 4 for talks with Portuguese Infrastructure Minister Miguel Pinto Luz on air links, his ministry said.

Cabo Verde's coast guard will take part in a US-led maritime exercise off Sao Vicente in mid-November, the armed forces said.

Prime Minister Ulisses Correia e Silva said on Sunday that legislative elections would be held in April, with the date to be set by President Jose Maria Neves before the end of the year. Analysts expect his Movement for Democracy (MpD) to face a close race with the opposition PAICV.

Correia e Silva is expected to attend the ECOWAS summit in Abuja on December 14.
"""},

"h45en05": {"outlet": "Muara Wire", "published": "2027-10-12", "text": """Brunei to introduce 5% GST in 2029 as Hengyi weighs refinery expansion

BANDAR SERI BEGAWAN, Oct 12 (Muara Wire) - Brunei will introduce a goods and services tax of 5% from January 1, 2029, Second Minister of Finance and Economy Amin Liew Abdullah said on Monday, the first broad consumption tax in the sultanate's history.

The Legislative Council will debate a draft order when it meets in early March, he said. Amin Liew said the government would not introduce a personal income tax.

The economy grew 1.1% year on year in the second quarter, the Department of Economic Planning and Statistics said in September, but oil and gas revenue fell for a third straight year.

Analysts at a Singapore bank say the tax could be delayed if oil prices recover above $80 a barrel.

Separately, Hengyi Industries is expected to take a final investment decision on the $13.6 billion second phase of its Pulau Muara Besar refinery before the end of the year, two people familiar with the matter said.

Chinese Commerce Minister Wang Wentao will visit Bandar Seri Begawan in mid-November, when the two governments are expected to sign a framework agreement on the project, the Ministry of Foreign Affairs said.

Hengyi's chief executive will step down at the end of the month, the company said.

Read more: Brunei LNG exports to Japan fall 8% in third quarter

Sultan Hassanal Bolkiah will attend the ASEAN summit in Singapore on October 26-28, the Prime Minister's Office said.

Brunei and Malaysia will hold their annual leaders' consultation in Kuala Lumpur in the first week of December, with the Limbang boundary demarcation on the agenda, officials said.

The Royal Brunei Navy will hold a joint exercise with the Indian Navy in the South China Sea in late October, the defence ministry said.
"""},
}
