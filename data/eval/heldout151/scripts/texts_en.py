"""English texts of heldout151, written for this project. Invented or generic facts."""

EN = {
"h151en01": {"outlet": "Fundy Wire (Halifax)", "published": "2026-02-17", "text": """Will Ottawa pick its submarine builder before summer?

HALIFAX, Feb 17 (Fundy Wire) - Canada will name the winner of its contest to build up to 12 patrol submarines in late April, Defence Minister David McGuinty said on Monday, choosing between South Korea's Hanwha Ocean and Germany's TKMS.

The government shortlisted the two shipbuilders in August 2025.

McGuinty said the contract would be signed "before the end of the year" and that Canada "will not split the order" between the two yards. A senior Navy officer said the first boat is unlikely before 2035.

South Korean President Lee Jae-myung is expected to visit Ottawa in mid-March for talks with Prime Minister Mark Carney, two officials familiar with the planning said. German Chancellor Friedrich Merz could raise the TKMS bid with Carney at the G7 summit in Evian on June 14-16, a German government source said.

Read more: Nova Scotia fishers protest new lobster quota rules

Industry Minister Melanie Joly will meet executives of both firms in Toronto next week to discuss how much of the work would stay in Canadian yards, her office said.

Meanwhile, HMCS Windsor will return to sea next month after a four-year refit, the Royal Canadian Navy said in a statement. Rear-Admiral Josee Kurtz, who heads the submarine force, will step down at the end of March, the statement added.

Global Affairs Canada said it would announce new sanctions on Friday against tankers of Russia's shadow fleet.

Conservative leader Pierre Poilievre said a Conservative government would review any contract signed without a vote in the House of Commons. The Conservatives have not said whether they would force an early election this spring.

Analysts say the choice may come down to delivery dates. "Whoever promises the first hull by 2032 probably wins," said Graham Pelletier, a defence procurement researcher at a university in Kingston. Canada's current boats were bought from Britain in 1998.
"""},

"h151en02": {"outlet": "Nakambe Wire (Ouagadougou)", "published": "2026-09-12", "text": """Burkina Faso opens its first gold refinery as state miner takes over Kordie

OUAGADOUGOU, Sept 12 (Nakambe Wire) - Burkina Faso's first national gold refinery will be inaugurated next Thursday by transitional President Captain Ibrahim Traore, the presidency said in a statement on Friday.

The refinery can process about 150 tonnes of gold a year. The government announced its construction in November 2023.

Mines Minister Yacouba Zabre Gouba said state miner SOPAMIB would take full control of the Kordie mine "within 30 days", adding that Burkina "will not pay one cent above the agreed price".

Its British-listed operator, Volta Ridge Resources, said it may challenge the terms before an arbitration tribunal in Paris. Its chief executive, Alan Whitcombe, resigned last week.

Russian Deputy Prime Minister Yuri Trutnev is likely to visit Ouagadougou in early October to discuss a uranium exploration deal, a diplomatic source said.

Read more: SIAO craft fair returns to Ouagadougou

A truce negotiated by community elders around Djibo has held for three weeks, and elders hope to extend it until the end of the rainy season in October, a local official said. The army will keep escort convoys on the Kaya-Djibo road at least until the end of November, the armed forces chief of staff, Brigadier General Moise Miningou, said.

Foreign ministers of the Alliance of Sahel States (AES) will meet in Niamey on September 24-25 to prepare the confederation's summit, which is expected in Bamako in December, officials said.

The European Union could renew its sanctions on gold traders linked to armed groups when they expire at the end of October, EU diplomats said. Ouagadougou has said elections will not be held before the end of the transition in 2029.

Analysts say the refinery could double state revenue from gold within two years. "The risk is that investors see Kordie as a warning," said Mariam Sawadogo, an economist at a Ouagadougou research institute.
"""},

"h151en03": {"outlet": "Vava'u Wire (Neiafu)", "published": "2025-07-24", "text": """Can Tonga win more time on its China loans before the election?

NEIAFU, July 24 (Vava'u Wire) - Tonga will formally ask China's Export-Import Bank to defer loan repayments due next year, Finance Minister Tevita Lavemaau said on Wednesday, ahead of talks in Beijing in the second week of August.

Tonga owes the bank about $120 million, mostly for roads and buildings rebuilt after the 2006 Nuku'alofa riots. Repayments rose sharply after a five-year grace period ended in 2023.

Lavemaau said a Tongan delegation would travel to Beijing "within the next three weeks" and that the government "will not use land or ports as collateral".

China's ambassador in Nuku'alofa, Wang Xiaolong, said Beijing was "open to reasonable requests", but two officials familiar with the talks said a full deferral was unlikely before the end of the year.

Australia is expected to sign a new budget support agreement worth A$25 million with Tonga in September, the Australian High Commission said.

Read more: Tonga's squash exports to Japan hit a five-year high

Prime Minister Aisake Eke will attend the Pacific Islands Forum leaders' meeting in Honiara from September 8 to 12, his office said. He may also stop in Canberra on the way back, a government source said.

Tonga goes to the polls on November 20. The Electoral Commission said nominations would open on October 9.

The kingdom's armed forces will join Australian and New Zealand troops for a disaster relief exercise on Tongatapu at the end of August, the defence ministry said.

Deputy Prime Minister Taniela Fusimalohi resigned last week over a dispute about the budget. Eke has not decided whether to replace him before the election.

Analysts say a new government could reopen the debt question after the vote. "Whoever wins in November inherits the same repayment calendar," said Sela Havili, an economist at a Nuku'alofa consultancy.
"""},

"h151en04": {"outlet": "Bzura Wire (Baranow)", "published": "2027-03-16", "text": """Poland's central airport: who will build the terminal?

BARANOW, Poland, March 16 (Bzura Wire) - The company building Poland's new central airport will announce the winner of the passenger terminal tender next week, Infrastructure Minister Dariusz Klimczak said on Monday.

The tender, worth about 12 billion zlotys, drew bids from three consortia after it was relaunched in May 2026.

Klimczak said construction of the terminal "will start in the autumn" and that the airport would open in 2032. The company, Centralny Port Komunikacyjny (CPK), is expected to sign a 2 billion euro loan with the European Investment Bank in Luxembourg in early April, two people familiar with the talks said.

Incheon International Airport Corporation, CPK's strategic adviser, could take a minority stake in the operating company, a CPK official said. A decision has not been made.

Prime Minister Donald Tusk will visit the site on Friday with European Commission President Ursula von der Leyen, the government spokesman said.

Read more: Warsaw's metro line 2 extension opens three new stations

Poland holds a parliamentary election in the autumn. Law and Justice (PiS), the main opposition party, said it would cancel the tender if it won and restore the original 2027 opening date.

CPK's deputy chief executive for railways, Tomasz Rybak, may resign if the rail section's budget is cut, local media reported.

The airport will also serve NATO troop rotations, and the Polish army will hold its first exercise on the site's military apron in June, the defence ministry said.

Transport ministers of the Three Seas Initiative are due to meet in Warsaw on April 22-23 to discuss rail links to the airport, the ministry said.

Klimczak said Poland would not accept "any delay caused by politics". Analysts say a change of government could slow the rail links. "The terminal will be built, the question is how big," said Piotr Zawadzki, a transport economist in Lodz.
"""},

"h151en05": {"outlet": "Jinhae Wire (Changwon)", "published": "2026-05-26", "text": """Seoul seeks U.S. nod for nuclear-powered submarines: talks next week

CHANGWON, South Korea, May 26 (Jinhae Wire) - South Korea and the United States will hold a first working-group meeting on nuclear-powered submarines in Washington next week, the foreign ministry said on Tuesday.

The talks will also cover Seoul's request to enrich uranium for civilian reactors under a revised bilateral nuclear agreement, ministry spokesman Park Il said.

Foreign Minister Cho Hyun said Seoul "will not seek nuclear weapons" and would accept full inspections by the International Atomic Energy Agency. A revised agreement is unlikely before 2027, two officials in Seoul said.

Defence Minister Ahn Gyu-back said the navy aims to launch the first boat in the mid-2030s, and that Hanwha Ocean's Geoje yard would build it.

President Lee Jae-myung is expected to raise the issue with U.S. President Donald Trump at the G7 summit in Evian next month, a presidential official said.

Read more: Busan port volumes rise for a third straight month

China's foreign ministry said on Monday that Beijing "firmly opposes" the plan. China could restrict rare earth exports to Korean shipbuilders, Chinese state media reported.

North Korea may respond with a missile test, analysts say. Pyongyang's state news agency has called the plan "a declaration of war".

South Korea holds local elections on June 3, and the ruling Democratic Party hopes the issue will help it in the Busan mayoral race. The main opposition People Power Party said it backs the project.

Japan's defence minister will visit Seoul in mid-June to discuss intelligence sharing, Tokyo's embassy said. A trilateral meeting of Korean, Japanese and U.S. defence chiefs could follow in July.

"Washington will want strict limits on fuel," said Yoon Min-ji, a nonproliferation researcher at a Seoul institute. "The agreement could take two years."
"""},
}
