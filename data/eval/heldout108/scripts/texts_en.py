"""English texts of heldout108, written for this project. Invented or generic facts."""

EN = {
"h108en01": {"outlet": "Karura Wire (Nairobi)", "published": "2026-04-14", "text": """South Sudan peace talks return to Nairobi as December vote looms

NAIROBI, April 14 (Karura Wire) - South Sudan's government and an alliance of holdout opposition groups, the South Sudan Opposition Movements Alliance (SSOMA), will resume peace talks in Nairobi on Monday under the Kenyan-led Tumaini initiative, Kenya's foreign ministry said in a statement.

The round will last ten days, said the chief mediator, Lazarus Sumbeiywo, and a protocol on security arrangements could be initialled before it closes.

The talks stalled in November 2024 after Juba rejected a draft security protocol. Last week, the deputy head of the government delegation, Mawien Deng Akol, resigned, saying the process had "lost its direction".

Two people familiar with the talks said the mediators would propose extending a local ceasefire in Western Equatoria, agreed in January, to the whole country.

Pagan Amum, who leads the Real SPLM faction, said his group would not sign any deal that extends the transitional government beyond February 2027.

South Sudan is due to hold its first general election in December, after two postponements. Analysts say the vote is likely to slip into 2027 because voter registration has not started.

Read more: Kenyan shilling steady as central bank holds rate

U.S. officials have warned that Washington could impose visa restrictions on officials who obstruct the talks. The U.N. Security Council is due to vote on renewing its arms embargo on South Sudan by May 31.

Kenyan President William Ruto is expected to travel to Juba in early May to brief President Salva Kiir on the outcome, a State House official said. Sumbeiywo met both delegations separately on Sunday.

Separately, the South Sudan People's Defence Forces (SSPDF) said it would send more troops to Nasir county in Upper Nile state within days after clashes with the White Army.

"People are tired of a transition that never ends," said Rebecca Ajak Deng, a researcher at a Juba policy institute.
"""},

"h108en02": {"outlet": "Lyari Wire (Karachi)", "published": "2025-08-25", "text": """Will China finally fund ML-1? Pakistan eyes railway deal during Sharif's trip

KARACHI, Aug 25 (Lyari Wire) - Pakistan expects to sign a financing framework with China for the Karachi-Rohri section of the Main Line-1 (ML-1) railway when Prime Minister Shehbaz Sharif visits Beijing next week, Planning Minister Ahsan Iqbal said on Sunday.

Sharif will first attend the Shanghai Cooperation Organisation (SCO) summit in Tianjin on August 31-September 1, the foreign office said.

China agreed to finance an upgrade of the 1,726-km Karachi-Peshawar line in 2015 as part of the China-Pakistan Economic Corridor (CPEC), but the project has stalled over costs and guarantees.

The Karachi-Rohri section would cost about $2 billion and work could begin as early as January, Iqbal said. Finance Minister Muhammad Aurangzeb said Pakistan "will not take on new commercial loans" for the line.

The Asian Development Bank (ADB) may co-finance the northern Rohri-Multan section, according to a person briefed on the talks. The 14th meeting of the CPEC Joint Cooperation Committee (JCC) is expected in Islamabad in mid-October, two officials said.

Read more: Pakistan's central bank keeps policy rate unchanged

Security remains the main worry after a string of attacks on trains in Balochistan. The army will deploy a new battalion of its Special Security Division along the route by the end of the year, the Inter-Services Public Relations (ISPR) directorate said.

Pakistan Railways' chief executive, Tariq Mehmood Lodhi, will step down at the end of September and a successor is likely to be named next month, the railways ministry said.

An IMF mission is due in Islamabad in late September for the second review of Pakistan's $7 billion loan programme.

Analysts say the signing could slip to next year if Beijing insists on sovereign guarantees. "Beijing wants its older power-sector dues cleared before it commits fresh money," said Sadia Rehman, an economist at a Karachi business school.
"""},

"h108en03": {"outlet": "Zemun Wire (Belgrade)", "published": "2027-01-19", "text": """Serbia to take delivery of first Rafale jets as Vucic keeps drills freeze

BELGRADE, Jan 19 (Zemun Wire) - The first two of the 12 Rafale fighter jets Serbia ordered from France will land at Batajnica air base on February 12, Defence Minister Bratislav Gasic said on Monday.

Serbia signed the 2.7-billion-euro contract with Dassault Aviation in August 2024, during French President Emmanuel Macron's visit to Belgrade.

France's armed forces minister is expected to attend the handover ceremony, two diplomats said.

President Aleksandar Vucic said on Sunday Serbia would not take part in any military exercise with NATO or Russia this year, extending a moratorium first announced in 2022. The army will still hold its own live-fire exercise at the Pasuljanske Livade range in mid-March, the General Staff said.

Read more: Serbian dinar steady as central bank holds key rate

A defence ministry official said Belgrade could order a second batch of six jets before the end of the year.

The opposition Freedom and Justice Party (SSP) has demanded Gasic's resignation over the cost of the deal. Gasic said he would not step down.

EU officials will press Belgrade to align with the bloc's sanctions on Russia when the EU-Serbia Stabilisation and Association Council meets in Brussels on March 2, EU diplomats said. Serbia has not joined any of the EU's Russia sanctions since 2022.

Vucic has not said whether he will attend an EU-Western Balkans summit planned for June.

Analysts say Moscow may respond by slowing deliveries of spare parts for Serbia's ageing MiG-29 fleet, most of which came from Russia and Belarus as donations.

"Belgrade is buying time, not changing sides," said Vuk Tomic, a defence analyst at a Belgrade think tank. "The Rafale gives Vucic a Western card to play while the gas still comes from the East."

The air force currently flies about a dozen MiG-29s, several of them grounded for lack of parts.
"""},

"h108en04": {"outlet": "Zaisan Wire (Ulaanbaatar)", "published": "2026-09-08", "text": """Will Mongolia's coal finally ride the rails into China? Border line opens for trials

ULAANBAATAR, Sept 8 (Zaisan Wire) - Mongolia and China will open the cross-border railway between Gashuunsukhait and Ganqimaodu to trial freight trains on October 1, Road and Transport Minister Ganzorig Tumurbaatar said on Monday.

The two governments signed the intergovernmental agreement on the 19-km link in February 2024.

Full commercial operation could start as early as December, Tumurbaatar said, but he ruled out giving Chinese companies any stake in the line. He said Mongolia would also ask Beijing to open a second rail crossing, at Shiveekhuren, before the end of the year.

Customs officials from both sides will meet in Erenhot within 10 days to agree on inspection rules, the Customs General Administration said.

The Mongolia-China intergovernmental commission on trade and economic cooperation is expected to meet in Beijing in late October to set transit tariffs, officials said. Mongolia's prime minister is expected to travel to Beijing in November, two officials said, though the dates have not been fixed.

Read more: Mongolian tugrik slides to record low against the yuan

Erdenes Tavan Tolgoi (ETT), the state coal miner, said its chief executive had offered to resign over delays at the gauge-change yard, and that its board would decide on Friday whether to accept.

Coal trucks now queue for up to three days at the Gashuunsukhait crossing, and drivers have staged two protests this summer.

The mining ministry expects coal exports through Gashuunsukhait to reach 35 million tonnes next year.

The railway has become a campaign issue ahead of the presidential election in June 2027, with the opposition Democratic Party (DP) accusing the government of handing Beijing control of Mongolia's main export route.

Analysts say the full opening may slip to next spring if the yard is not finished.

"Every tonne on rails is a tonne off the road," said Enkhjin Purevsuren, a transport economist in Ulaanbaatar.
"""},

"h108en05": {"outlet": "Mosi Wire (Livingstone)", "published": "2026-03-17", "text": """Zambia, Zimbabwe to pick Batoka Gorge builder before August vote

LIVINGSTONE, March 17 (Mosi Wire) - The Zambezi River Authority (ZRA) will name a preferred developer for the 2,400-megawatt Batoka Gorge hydropower project by the end of May, Zambian Energy Minister Makozo Chikote said on Monday.

The authority's council of ministers will meet in Harare on April 9 to review three bids, he said.

The two governments picked General Electric and Power Construction Corporation of China in 2019, but the arrangement collapsed over financing. The dam, on the Zambezi about 50 km downstream of Victoria Falls, would split its output equally between the two countries.

President Hakainde Hichilema and Zimbabwe's President Emmerson Mnangagwa are expected to sign the project agreement at the Southern African Development Community (SADC) summit in August, diplomats in Lusaka said.

Hichilema said on Saturday the project "will not be rushed for political reasons".

Zambia holds general elections on August 13, and Hichilema is seeking a second term. The opposition Patriotic Front (PF) has not yet named its presidential candidate.

Read more: Copper output climbs as Konkola mine returns to full production

A World Bank team will visit the gorge in the second week of April, the ZRA said in a statement.

Drought cut Lake Kariba to record lows in 2024, forcing daily power cuts of up to 20 hours. Power utility ZESCO expects to cut daily outages to eight hours from April as the lake recovers. Zambia's mines, which use more than half of the country's power, have relied on imports from Mozambique and South Africa since the drought.

Construction could start as early as 2027, Chikote said, but analysts say power is unlikely to reach the grid before 2033.

"Without Batoka, the north will keep importing expensive power," said Mutale Chanda, an energy economist at the University of Zambia.
"""},
}
