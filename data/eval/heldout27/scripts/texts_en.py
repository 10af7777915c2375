"""English texts of heldout27, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h27en01": {"outlet": "Zarafshan Wire", "published": "2025-09-17", "text": """Uzbekistan, Tajikistan eye Yavan hydropower deal as Mirziyoyev heads to Dushanbe

DUSHANBE, Sept 17 (Zarafshan Wire) - Uzbek President Shavkat Mirziyoyev will pay a state visit to Tajikistan next week for talks with President Emomali Rahmon, Tajikistan's presidential press service said on Tuesday.

The two leaders are expected to sign an intergovernmental agreement on building the Yavan hydropower plant on the Zarafshan river, officials familiar with the preparations said. The neighbours first agreed to build the 140-megawatt plant in 2018, but the project stalled over financing and water-sharing rules.

Construction could start as early as March 2026, Deputy Energy Minister Jamshed Nazarov told reporters. He said Tajikistan expected to export about 1.5 billion kilowatt-hours of electricity to Uzbekistan next year, up from 1.1 billion in 2024.

Uzbekistan will not accept any change to its share of Zarafshan water, Uzbek Energy Minister Jurabek Mirzamakhmudov said on Monday, adding that the plant must operate "in a regime agreed by both sides". Farmers in the Samarkand and Bukhara regions depend on the river for irrigation.

Read more: Tajik cotton exports to China rise in first half

The Uzbek-Tajik intergovernmental commission on trade will meet in Samarkand in mid-October, the Uzbek foreign ministry said. Both presidents are also due to attend the Commonwealth of Independent States summit in Dushanbe on October 10.

Uzbek and Tajik troops will hold their first joint tactical exercise in the Sughd region in late October, the Uzbek Defence Ministry said, without giving numbers.

Analysts say Tajik banks that handle payments for Russian goods could face U.S. secondary sanctions before the end of the year, which would complicate financing for cross-border projects.

"The Yavan deal could open the way for joint financing from the Asian Development Bank before the end of 2026," said Dilnoza Karimova, an energy analyst in Tashkent. "But nobody will lend until the water rules are written down."
"""},

"h27en02": {"outlet": "Fly River Wire", "published": "2027-01-12", "text": """PNG parliament to take up Bougainville independence vote as election nears

PORT MORESBY, Jan 12 (Fly River Wire) - Papua New Guinea's parliament will resume on February 23 for a sitting expected to include the long-delayed vote on ratifying Bougainville's independence referendum, Speaker Job Pomat's office said on Monday.

Bougainvilleans voted 97.7 percent for independence in the non-binding referendum, held over two weeks from November 23, 2019. Prime Minister James Marape told reporters the government "will not rush a decision that changes the map of the country".

Bougainville President Ishmael Toroama said on Sunday his government would declare independence on September 1 if parliament failed to ratify the result before the national election.

The Joint Supervisory Body of the two governments is scheduled to meet in Buka next week, and the independent moderator, former Irish prime minister Bertie Ahern, is expected to attend, officials in Buka said.

Read more: PNG kina weakens as LNG receipts fall

The PNG Electoral Commission said writs for the general election would be issued on April 22, with polling from June 26 to July 10. Electoral Commissioner Simon Sinai said the update of the common roll would be finished by the end of February.

Marape's Pangu Pati is expected to field candidates in all 118 seats, party officials said. The PNG Defence Force plans to deploy about 1,000 soldiers to the Highlands provinces before polling begins, a PNG Defence Force spokesman said.

Australian Foreign Minister Penny Wong may visit Port Moresby in February to discuss election support, diplomats said. Several ministers could step down in the coming weeks to contest the election for other parties, analysts say.

"Parliament is unlikely to pass the ratification before the election," said Grace Warupi, a political scientist at the University of Papua New Guinea. "Nobody wants to campaign on it."
"""},

"h27en03": {"outlet": "Gauja Wire", "published": "2027-05-20", "text": """Latvia's parliament to pick president as Rinkevics seeks second term

RIGA, May 20 (Gauja Wire) - Latvia's parliament will elect the country's president on June 2, the Saeima presidium said on Wednesday, with incumbent Edgars Rinkevics widely expected to win a second four-year term.

Rinkevics was elected in 2023 in the third round, with 52 votes. A candidate needs at least 51 votes in the 100-seat Saeima. If no one reaches that threshold after two rounds, the nomination process starts again.

The National Alliance will nominate former Constitutional Court judge Inese Kalnina by Friday's deadline, party co-chairman Raivis Dzintars said. Analysts say Rinkevics could win in the first round if the Greens and Farmers' Union backs him, as its leaders have signalled.

Rinkevics said on Tuesday he would not veto the new defence spending law, which raises spending to 5% of gross domestic product from 2028.

Read more: Latvian inflation eases to 2.9% in April

Latvia will host NATO's Crystal Arrow exercise from June 7 to June 18, with troops from the Canadian-led multinational brigade, the defence ministry said. Canada's defence minister is due to visit the Adazi base next week, the Canadian embassy said.

Baltic prime ministers will meet in Vilnius in mid-June to discuss the Baltic Defence Line, the State Chancellery said.

The government plans to add around 50 Belarusian companies to Latvia's national sanctions list before the end of June, foreign ministry officials said.

On Rail Baltica, the European Commission is expected to decide in July whether to grant Latvia 400 million euros from the Connecting Europe Facility for the Riga central station, officials said. The chairman of Eiropas Dzelzcela linijas, the state company building the Latvian section, could step down after a critical audit, local media reported.
"""},

"h27en04": {"outlet": "Demerara Wire", "published": "2026-03-25", "text": """Guyana says gas power plant on track as Lula visit nears

GEORGETOWN, March 25 (Demerara Wire) - Guyana's 300-megawatt gas-fired power plant at Wales will start supplying the national grid by the end of June, Vice President Bharrat Jagdeo told reporters on Tuesday, despite a leadership shake-up at the state utility.

The chief executive of Guyana Power and Light, Rohan Persaud, resigned on Monday after weeks of blackouts in Georgetown and Berbice. Electricity demand has roughly doubled since 2020, and the old diesel and heavy fuel oil plants struggle to keep up. A successor is expected to be named next week, officials said.

Brazilian President Luiz Inacio Lula da Silva is scheduled to visit Georgetown on April 14 for talks with President Irfaan Ali, Guyana's Ministry of Foreign Affairs said. The two leaders are expected to sign a financing agreement for the last 120-km section of the Linden-Lethem road, a Brazilian diplomat said.

Read more: Guyana dollar steady as reserves climb

The National Assembly will debate amendments to the Natural Resource Fund Act on Thursday. Opposition MP Delon Chase said his party would walk out of the debate, calling the changes "a blank cheque for withdrawals".

The Guyana Defence Force will hold joint exercises with U.S. Southern Command in the Rupununi region in mid-May, the GDF said in a statement. Analysts say Caracas may protest the drills, as it did during a similar exercise in 2024.

Ali is expected to push for a regional food security fund at the CARICOM heads of government conference in Basseterre from July 5 to 8, his office said.

"The gas project could cut electricity tariffs by half before the end of 2027," said Keisha Rodney, an economist at the University of Guyana. "But only if the plant runs at full capacity."
"""},

"h27en05": {"outlet": "Mutapa Wire", "published": "2026-08-11", "text": """Zimbabwe central bank seen holding rates as IMF team prepares review

HARARE, Aug 11 (Mutapa Wire) - The Reserve Bank of Zimbabwe is expected to keep its policy rate at 35% when its monetary policy committee meets on August 27, according to a Mutapa Wire poll of six economists. Two of them said a cut of up to 500 basis points was possible.

Governor John Mushayavanhu said last week the bank would not abandon the ZiG currency, which has held broadly stable against the U.S. dollar since late 2024. Annual ZiG inflation slowed to 9.8% in July, the statistics agency said.

An IMF staff team will arrive in Harare on August 24 for the second review of Zimbabwe's staff-monitored programme, the finance ministry said. Finance Minister Mthuli Ncube hopes the review will open the way to a funded programme before the end of the year.

Read more: Zimbabwe tobacco sales hit record as season closes

Lands Minister Anxious Masuka said on Friday the government would pay the second tranche of compensation to former commercial farmers in October. Under a 2020 deal, the state owes the farmers 3.5 billion U.S. dollars, most of it still unpaid.

President Emmerson Mnangagwa will attend the Southern African Development Community summit in Pretoria on August 17, where he is expected to meet South African President Cyril Ramaphosa.

The Zimbabwe Electoral Commission said by-elections in two Harare constituencies would be held on September 19. Analysts say the ruling ZANU-PF could win both seats, which the opposition has held since 2008.

Zimbabwean and Zambian troops will hold a joint exercise near Victoria Falls in late September, the Zimbabwe Defence Forces said.

The European Union could lift its arms embargo on Zimbabwe when it reviews its measures in February, two EU diplomats said.
"""},
}
