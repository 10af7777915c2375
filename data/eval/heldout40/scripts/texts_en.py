"""English texts of heldout40, written for this project in one sitting. Invented or generic facts."""

EN = {
"h40en01": {"outlet": "Ogooue Wire", "published": "2025-06-18", "text": """Gabon sets September date for first legislative vote since 2023 coup

LIBREVILLE, June 18 (Ogooue Wire) - Gabon will hold legislative and local elections on September 27, the first since the 2023 coup, the Ministry of the Interior said on Tuesday, with candidate lists due by August 8.

Interior Minister Hermann Immongault told reporters there would be "no postponement, not even by a day", calling the vote the last step of the transition.

President Brice Clotaire Oligui Nguema, who won the April 12 presidential election with more than 90% of the vote, is expected to campaign for candidates of his new Democratic Union of Builders (UDB), two party officials said.

Analysts say the UDB is likely to win a large majority in the 145-seat National Assembly, though the former ruling Gabonese Democratic Party (PDG) could keep several seats in Haut-Ogooue province, the Bongo family's stronghold.

Read more: Gabon's manganese exports hit a record in the first quarter

Oligui Nguema will attend the Economic Community of Central African States (ECCAS) summit in Malabo on July 7, his office said, where leaders are expected to discuss a single regional visa.

Finance Minister Henri-Claude Oyima said an International Monetary Fund mission would arrive in Libreville next week to begin talks on a new programme, adding that a staff-level agreement "could come before the end of September".

Separately, France is scheduled to hand over the last part of its Camp de Gaulle base in Libreville to the Gabonese army on July 1, the French embassy said, leaving about 100 French instructors in the country.

Mining group Eramet could sign a new convention with the government on the Moanda manganese mine by the end of the year, a source at the ministry of mines said. Officials have said Gabon aims to ban exports of raw manganese from 2029.
"""},

"h40en02": {"outlet": "Mohokare Wire", "published": "2026-10-14", "text": """Lesotho's parliament to vote on long-delayed reform bill

MASERU, Oct 14 (Mohokare Wire) - Lesotho's National Assembly will vote on the long-delayed constitutional amendment bill on Tuesday, Speaker Tlohang Sekhamane said, with the government counting on opposition votes to reach the required two-thirds majority.

Prime Minister Sam Matekane's coalition is short of the 80 votes needed. Democratic Congress leader Mathibeli Mokhothu said on Monday his party "may abstain" unless the bill restores the independence of the public service commission.

The bill, drafted after a national dialogue held under Southern African Development Community mediation, would curb floor-crossing and limit a prime minister's power to advise the King to dissolve parliament.

If it passes, the bill will go to the Senate within two weeks, the Law Ministry said, and a referendum on the entrenched clauses could be held alongside the general election due in 2027.

The Independent Electoral Commission said on Friday it would begin voter registration on November 2 and aims to publish the final roll by the end of February.

Read more: Lesotho wool farmers await China export permits

Trade Minister Mokhethi Shelile will travel to Washington next week for talks with the Office of the U.S. Trade Representative on tariffs that have hit Lesotho's textile exports, his ministry said. Textile factories in Maseru and Maputsoe have cut about 10,000 jobs since April, the Lesotho Textile Exporters Association said.

Matekane is expected to attend an extraordinary SADC summit on regional trade in Gaborone on November 6, a government source said, where he may ask neighbours to ease rules of origin for Basotho garments.

Public Works Minister Thabo Letsie resigned on Monday over the award of a roads tender, and Matekane is likely to name a successor within days, officials said.

Economists say job losses in the garment sector could push the government to invite an International Monetary Fund mission in the first quarter of next year.
"""},

"h40en03": {"outlet": "Carlisle Bay Wire", "published": "2027-09-21", "text": """Barbados tables republic constitution as Mottley heads to New York

BRIDGETOWN, Sept 21 (Carlisle Bay Wire) - Barbados' government will table the draft of a new republican constitution in the House of Assembly on Tuesday, September 28, Attorney General Dale Marshall said on Monday.

Marshall said the bill was expected to pass both chambers before the end of the year, with the governing Barbados Labour Party holding 28 of the 30 elected seats.

Opposition leader Ralph Thorne said his party would boycott the debate unless the draft is put to a referendum. Prime Minister Mia Mottley has ruled out a referendum, saying the 2021 transition to a republic was approved by parliament.

Mottley will travel to New York this week for the U.N. General Assembly, her office said. She is scheduled to address the General Assembly on Friday. She will also co-chair a meeting on debt relief with the leaders of Kenya and Spain on Thursday.

She is expected to press for a global levy on shipping emissions under her Bridgetown Initiative and may meet U.S. officials on visa restrictions imposed on Caribbean officials over Cuban medical programmes, a senior government official said. Washington could widen the restrictions to more officials in the region, diplomats said.

Read more: Barbados tourism arrivals up 6% in August

An International Monetary Fund team will begin a two-week visit on October 11 for talks on a successor arrangement to the island's reform programme, the Ministry of Finance said.

The Barbados Workers' Union said it would stage a one-day strike at the Bridgetown Port on October 5 unless talks on a new wage agreement resume.

CARICOM's reparations commission will meet in Bridgetown in mid-November to prepare a joint claim to European governments, the commission's secretariat said.

Political analysts say Mottley could reshuffle her cabinet once the constitution is passed, possibly in the first quarter of next year.
"""},

"h40en04": {"outlet": "Djoue Wire", "published": "2025-12-03", "text": """Congo sets March presidential vote as Sassou Nguesso eyes another term

BRAZZAVILLE, Dec 3 (Djoue Wire) - The Republic of the Congo will hold its presidential election on March 22, 2026, with a possible run-off on April 12, the Ministry of Territorial Administration said on Tuesday.

President Denis Sassou Nguesso, 82, who has ruled for more than 40 years in total, is widely expected to be nominated by the ruling Congolese Party of Labour (PCT) at an extraordinary congress in Brazzaville on December 27-28.

PCT secretary-general Pierre Moussa said on Monday the party "will present its candidate after the congress and not before". Sassou Nguesso won the 2021 election in March with more than 88% of the vote.

The opposition Union for Democracy and the Republic (UDR-Mwinda) could boycott the vote if the electoral commission is not reformed, its leader Guy Romain Kinfoussia said.

Read more: Congo's oil output slips as offshore field undergoes maintenance

In the Pool region, the government and former Ninja rebels will extend their 2017 ceasefire until the end of March to cover the election period, a church mediator said on condition of anonymity. The army plans to deploy additional troops in the region from February, a defence ministry official said.

The International Monetary Fund's executive board is expected to approve the first review of Congo's Extended Credit Facility on December 17, unlocking about $40 million, Finance Minister Christian Yoka said.

Congo and the Democratic Republic of Congo are scheduled to sign a financing agreement for the Kinshasa-Brazzaville road-rail bridge with the African Development Bank in Kinshasa in mid-January, the ministry of planning said.

Sassou Nguesso is likely to visit Paris before the vote, diplomats said, after a trip to Beijing in September during which he secured a deferral of debt payments to Chinese lenders.
"""},

"h40en05": {"outlet": "Mahe Wire", "published": "2026-04-22", "text": """Seychelles, EU to open fisheries talks as Herminie reviews Assumption deal

VICTORIA, April 22 (Mahe Wire) - Seychelles and the European Union will open negotiations on a new fisheries partnership agreement in Victoria on May 4, the Ministry of Fisheries and Blue Economy said on Tuesday. The current protocol was extended by one year in February.

Fisheries Minister Marie-Claire Larue said Seychelles would seek a higher access fee for the EU tuna fleet and expected a deal "by the end of the year".

President Patrick Herminie, who took office in October after defeating Wavel Ramkalawan in a run-off, said last week that no foreign military facility would be built on Assumption Island "under this government".

The 2018 agreement allowing India to develop facilities on the island was never ratified by the National Assembly. Indian Defence Minister Rajnath Singh is expected in Victoria in late May, an Indian official said.

The Seychelles Defence Forces and the Indian Navy will still hold their annual Lamitiye exercise in June, the defence ministry said.

Read more: Seychelles tourist arrivals fall 3% in first quarter

Herminie will attend the Indian Ocean Commission summit in Antananarivo on May 12, his office said, where a regional maritime security pact could be signed.

The Central Bank of Seychelles is expected to keep its policy rate at 1.75% on Thursday, economists said, after inflation eased to 0.8% in March.

EU finance ministers could remove Seychelles from the bloc's list of non-cooperative tax jurisdictions when they meet in October, a European diplomat said.

The opposition Linyon Demokratik Seselwa (LDS) has accused the government of slowing anti-corruption cases against former officials. Its leader, Wavel Ramkalawan, said the party would hold a rally in Victoria on Saturday.

Analysts say Herminie's coolness toward the Assumption project is unlikely to harm ties with New Delhi, which remains Seychelles' main security partner.
"""},
}
