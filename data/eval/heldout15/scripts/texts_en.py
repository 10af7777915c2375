"""English texts of heldout15, written for this project on 2026-11-30. Invented or generic facts."""

EN = {
"h15en01": {"outlet": "Amu Darya Wire (Tashkent)", "published": "2026-05-04", "text": """Uzbekistan, Afghanistan, Pakistan to review rail study as financing stays elusive

TASHKENT, May 4 (Amu Darya Wire) - Transport officials from Uzbekistan, Afghanistan and Pakistan will meet in Termez on Thursday to review the first findings of a feasibility study for the Trans-Afghan railway, Uzbekistan's Ministry of Transport said on Sunday.

The meeting, initially set for April 21, was pushed back over a route dispute near the border, two officials familiar with the talks said.

The three governments signed a framework agreement in Kabul in July 2025 to prepare the 647-km line, which would link Termez to Peshawar via Mazar-i-Sharif and Kabul.

Uzbek Transport Minister Ilkhom Makhkamov told reporters the full study was expected to be completed by the end of September.

Financing remains the main obstacle. Tashkent hopes to secure commitments from Gulf and multilateral lenders at the Tashkent International Investment Forum in mid-June, according to a person briefed on the preparations.

Pakistan's Railways Minister Hanif Abbasi said Islamabad would not commit public funds before the study was finished, but added that the line "could carry its first freight by 2030."

Read more: Uzbekistan raises cotton harvest forecast for a second year

Afghanistan's delegation is expected to be led by Deputy Prime Minister Abdul Ghani Baradar, who remains under a U.N. travel ban. His trip would need an exemption from the Security Council's 1988 sanctions committee, which diplomats in New York said could be granted within ten days.

Russia's Deputy Prime Minister Alexei Overchuk said last month that Moscow might join the project as a fourth partner, though no decision has been made.

Uzbek President Shavkat Mirziyoyev is scheduled to make a state visit to Islamabad in the second half of June, Pakistan's Foreign Office said. He and Prime Minister Shehbaz Sharif are likely to discuss the railway and a transit trade deal.

Analysts say construction is unlikely to start before 2028, given security risks and repeated closures of the Pakistan-Afghanistan border.
"""},

"h15en02": {"outlet": "Tasi Mane Wire (Dili)", "published": "2026-08-20", "text": """Timor-Leste, Australia to resume Greater Sunrise talks as pipeline row drags on

DILI, Aug 20 (Tasi Mane Wire) - Timor-Leste and Australia will resume talks on developing the Greater Sunrise gas fields in Darwin next week, Timor-Leste's Minister of Petroleum and Mineral Resources, Francisco da Costa Monteiro, said on Wednesday.

The round is the first since March. Dili insists on a pipeline to Beaco on its south coast, while the operator, Woodside, has argued that processing in Darwin would be cheaper.

"Timor-Leste will not accept a Darwin option. The gas comes to Timor," Prime Minister Xanana Gusmao told parliament on Tuesday.

Woodside is expected to present a revised concept study to both governments by the end of the year, a company spokesperson said.

Under the maritime boundary treaty signed at the United Nations in New York in March 2018, revenue from Greater Sunrise is split 70-30 in Timor-Leste's favour if the gas is piped to Timor, and 80-20 if it is processed in Australia.

Australia's Resources Minister Madeleine King could visit Dili in the fourth quarter, two officials familiar with the planning said. Canberra has not confirmed the trip.

Dili is also looking beyond Australia. Chinese state companies may bid for parts of the pipeline contract, a senior official at the petroleum regulator ANPM said, speaking on condition of anonymity.

Parliament will vote on September 14 on a withdrawal of $900 million from the Petroleum Fund to pay for early works at the Beaco site, the finance ministry said. President Jose Ramos-Horta, who leaves for a state visit to Jakarta on Saturday, has urged lawmakers to approve it.

Gusmao is also expected to raise the project at the ASEAN summit in Manila in mid-October, diplomats said.

Analysts expect Woodside to press for a floating LNG facility as a compromise. "Neither side can afford another lost decade, but a final investment decision before 2029 looks unlikely," said Teresa Guterres, an energy researcher at a university in Dili.
"""},

"h15en03": {"outlet": "Morazan Wire (Tegucigalpa)", "published": "2026-01-20", "text": """Asfura team signals return to Taiwan as Honduras inauguration nears

TEGUCIGALPA, Jan 20 (Morazan Wire) - Honduras' president-elect Nasry Asfura plans to restore diplomatic relations with Taiwan within the first 100 days of his government, two members of his transition team said on Monday.

Asfura, of the conservative National Party, will be sworn in on Tuesday, January 27, in Tegucigalpa, the National Congress said.

Honduras cut ties with Taipei and recognised Beijing in March 2023 under outgoing President Xiomara Castro.

Taiwan's Foreign Minister Lin Chia-lung could attend the inauguration, although the delegation's make-up has not been confirmed, the ministry in Taipei said in a statement.

Beijing warned against the move. China "firmly opposes any form of official exchanges" between its trading partners and Taiwan, and Honduras "should honour its commitments," foreign ministry spokesperson Guo Jiakun said in Beijing on Monday.

Chinese purchases of Honduran shrimp, which began in 2024, could be suspended if Tegucigalpa switches back, said Mario Zelaya, head of an aquaculture producers' association in Choluteca.

The U.S. delegation to the inauguration will be led by Deputy Secretary of State Christopher Landau, the U.S. Embassy said. Asfura also plans to travel to Washington before the end of March, according to a source close to the transition team.

In the new Congress, which will be installed on Sunday, January 25, the National Party is likely to win the presidency of the chamber with Liberal votes. Liberal leader Salvador Nasralla has said, however, that his party will not join a coalition government.

The Libre party of Castro, whose candidate Rixi Moncada came third, has not recognised the result and may boycott the ceremony, party officials said.

Analysts expect Asfura to name his cabinet by the end of January.

The switch could come even sooner. "If Beijing's investment pledges stay on paper, Asfura may move as early as February," said Ana Lucia Ferrera, a political scientist at a university in San Pedro Sula.
"""},

"h15en04": {"outlet": "Vitosha Wire (Sofia)", "published": "2025-12-16", "text": """Bulgaria heads for eighth snap vote in five years as euro switch nears

SOFIA, Dec 16 (Vitosha Wire) - President Rumen Radev will hand the first mandate to form a government to GERB, the largest party in parliament, on Thursday, his office said, days after Prime Minister Rosen Zhelyazkov's cabinet resigned on December 11 following mass protests against the 2026 budget.

GERB is expected to return the mandate unfulfilled, a senior party official said, speaking on condition of anonymity. Party leader Boyko Borissov has said GERB "will not cobble together another fragile majority."

If all three mandates fail, as most analysts expect, Radev must appoint a caretaker prime minister and schedule elections within two months. A vote could be held as early as late March, a source at the presidency said.

Bulgaria will adopt the single currency on January 1 as planned, Finance Minister Temenuzhka Petkova said on Monday, and the lev and the euro will circulate side by side until January 31.

Parliament is due to pass a law extending the 2025 budget into next year before the Christmas recess on December 19, the finance ministry said.

The nationalist Vazrazhdane party, which opposes the euro, will stage a protest outside the Bulgarian National Bank on Saturday, its leader Kostadin Kostadinov said.

Bulgarian National Bank Governor Dimitar Radev will attend his first meeting of the European Central Bank's Governing Council as a full member in early February, the central bank said.

Speculation has grown that President Radev, whose second and final term ends in January 2027, could launch his own party before the snap vote. He has not commented.

Turnout is likely to fall below 35 percent in what would be the eighth parliamentary election since 2021, said Milena Dimova, a political analyst in Plovdiv.

The protests were the largest in more than a decade.
"""},

"h15en05": {"outlet": "Sahel Frontier Wire (Niamey)", "published": "2026-10-23", "text": """Sahel alliance defence ministers to meet as unified force lags behind schedule

NIAMEY, Oct 23 (Sahel Frontier Wire) - Defence ministers of the Alliance of Sahel States (AES) will meet in Niamey on Monday to review the deployment of the bloc's 5,000-strong unified force, Niger's defence ministry said in a statement on Thursday.

The force's first joint operation, initially planned for September in the Liptako-Gourma border area, has been postponed to November, a senior officer at the force's headquarters said, asking not to be named. He said the force was expected to be fully operational by the end of the year.

Mali, Burkina Faso and Niger left the Economic Community of West African States (ECOWAS) in January 2025 and set up a confederation with a joint passport and plans for a common investment bank.

Niger's Defence Minister, General Salifou Mody, told state television that the alliance "will not ask any foreign army to fight in our place", but did not rule out more training by Russian instructors.

AES heads of state are scheduled to meet in Ouagadougou in mid-December for the confederation's annual summit, where they could approve the force's budget, diplomats said.

Talks with ECOWAS on free movement and trade will resume in Bamako next month, ECOWAS Commission President Omar Alieu Touray said on Tuesday. He hoped for a deal "before the end of the first quarter of 2027".

Niger's leader, General Abdourahamane Tiani, is expected to travel to Moscow in the first half of November, a source in his office said.

Analysts say the al-Qaeda-linked JNIM could extend the fuel blockade that has choked Bamako since September last year to roads supplying Niamey within weeks.

Rumours that Burkina Faso's defence minister will step down have circulated in Ouagadougou for days. His office denied them on Wednesday.

The unified force, announced in March 2024, is meant to replace the multinational arrangements that collapsed after French and U.N. troops withdrew from the region.
"""},
}
