"""English texts of heldout173, written for this project in one sitting. Invented or generic facts."""

EN = {
"h173en01": {"outlet": "Kibira Wire (Bujumbura)", "published": "2026-03-19", "text": """Will Jiji light up Bujumbura? Burundi sets date for first turbine

BUJUMBURA, March 19 (Kibira Wire) - Burundi will start the first 16-megawatt turbine of the Jiji hydropower plant on April 2, Energy Minister Pelagie Nizigiyimana said on Wednesday.

The second Jiji turbine is expected to follow in mid-May, she said. The neighbouring Mulembwe plant could be ready by the end of the year, but "nothing is final" because parts are late, she added.

Work on the two plants, financed by the World Bank, the African Development Bank (AfDB) and the European Investment Bank, began in 2019 and was meant to end in 2023.

President Evariste Ndayishimiye will inaugurate the plant during a two-day visit to the south starting April 2, the presidency said.

An AfDB mission is expected in Gitega next week to discuss a loan for a 220-kilovolt line from the plants to Bujumbura, two people familiar with the talks said. The bank's board could approve the loan as early as June, one of them said.

The state utility REGIDESO will not raise electricity tariffs this year, its director general, Jean-Marie Bigirimana, said.

Read more: Burundi coffee exports slip as growers cite fuel shortages

Energy ministers from Burundi, Rwanda and Tanzania are due to meet in Ngara on April 9-10 to settle a dispute over power from the Rusumo Falls plant, the Nile Basin Initiative said in a statement. The dispute is also on the agenda of the East African Community (EAC) heads of state summit in Arusha in late May, diplomats said.

The main opposition party, the National Congress for Freedom (CNL), said it would boycott the ceremony, accusing the ruling CNDD-FDD of campaigning early for the 2027 presidential election.

Analysts say load-shedding in Bujumbura may last at least until September, pending the new line. "The bottleneck is the wires," said Clarisse Irakoze, an energy economist at the University of Burundi.
"""},

"h173en02": {"outlet": "Peligre Wire (Mirebalais)", "published": "2027-05-12", "text": """Can Peligre power Port-au-Prince again? Haiti plans dam restart under guard

MIREBALAIS, May 12 (Peligre Wire) - State utility Electricite d'Haiti (EDH) will restart two of the three turbines at the Peligre hydroelectric dam on Monday, May 24, Public Works Minister Marie-Lourdes Dorsainvil said on Tuesday.

Gangs overran Mirebalais in March 2025 and looted the dam's substation. The restart was first planned for January, then for April.

The Gang Suppression Force (GSF) will deploy 200 troops to guard the dam and the line to Port-au-Prince from May 20, a GSF spokesman said. "There will be no handover to the police before the rainy season ends," he added.

Prime Minister Alix Didier Fils-Aime is scheduled to attend the restart, his office said. Dorsainvil will meet donors on Friday to discuss fuel for thermal plants, she said.

The Inter-American Development Bank (IDB) is expected to approve a $65 million grant to repair the line at a board meeting on June 3, two officials said.

Community leaders are negotiating a local truce between two armed groups around Mirebalais, which could take effect within 10 days, according to a mediator who asked not to be named.

Read more: Haiti's gourde firms as remittances rise for a third month

EDH's director general, Rony Pierre-Louis, is likely to step down after the restart, a person close to the utility said.

The U.N. Security Council could add two gang leaders active in the Centre department to its sanctions list next month, diplomats said.

The Provisional Electoral Council (CEP) said the first round of the general elections remains set for November 7, after two postponements.

Analysts say Peligre could cover up to a fifth of the capital's demand, but only if the line holds. Most of the capital gets under four hours of grid power a day. "Every pylon is a target," said Wilner Jean-Baptiste, an energy researcher at the State University of Haiti.
"""},

"h173en03": {"outlet": "Neretva Wire (Mostar)", "published": "2026-06-08", "text": """Bosnia's Federation lawmakers to vote on gas link to Croatia this week

MOSTAR, June 8 (Neretva Wire) - The House of Representatives of Bosnia's Federation entity will vote on Wednesday on a law allowing construction of the Southern Gas Interconnection with Croatia, its speaker, Mirjana Marinkovic-Lepic, said on Monday.

The law is expected to pass comfortably, two lawmakers from the ruling coalition said.

The pipeline would run about 160 km from Zagvozd in Croatia to Posusje and on to Novi Travnik, giving Bosnia its first gas supply that does not depend on Russian gas arriving through Serbia.

An earlier draft passed the House in February 2025 but stalled in the upper chamber, the House of Peoples, over which company should build and run the pipeline.

Washington wants the law adopted before the October 4 general election, the U.S. Embassy in Sarajevo said in a statement.

Republika Srpska's government has said it will not accept any state-level company running the pipeline, arguing that energy is an entity matter under the Dayton constitution.

Federation Energy Minister Vedran Lakic said he would resign if the law fails.

Croatian Economy Minister Ante Susnjar is due in Sarajevo on June 18 to sign a memorandum on the cross-border section, Croatia's economy ministry said.

Read more: Bosnia's power utility posts first-quarter loss as coal output falls

Energy officials from the state and both entities will meet in Sarajevo on Friday to agree on who will own the pipeline, a Council of Ministers official said.

Diplomats said Washington could sanction officials who obstruct the project, as it has done with several Bosnian Serb politicians in the past.

Analysts say construction is unlikely to start before 2028, even if the law passes, because the route still needs land deals with hundreds of owners in Herzegovina. "Passing the law is the easy part," said Amela Hodzic, an energy analyst at a Sarajevo think tank.
"""},

"h173en04": {"outlet": "Po River Wire (Monrovia)", "published": "2025-12-05", "text": """Will Liberia redraw its electoral map before 2029? Commission to table plan this month

MONROVIA, Dec 5 (Po River Wire) - Liberia's National Elections Commission (NEC) will submit a draft map redrawing the country's 73 electoral districts to the Legislature on December 16, NEC chairperson Davidetta Browne Lansanah said on Thursday.

The map is based on the 2022 census, whose final results showed Montserrado County holding more than a third of the population. The commission will hold public hearings in all 15 counties from January 5 to January 30, she said.

Lansanah said the commission needs about $4 million from donors for the exercise and hopes to secure it before the end of February. She said she would not resign, despite calls from opposition lawmakers.

House Speaker Richard Koon said lawmakers would debate the plan in a joint session in mid-January.

Lawmakers from several rural counties said on Wednesday they will not approve any map that cuts their seats.

The opposition Congress for Democratic Change (CDC) could ask the Supreme Court to block the map, a lawyer for the party said.

A United Nations Development Programme (UNDP) electoral team is expected in Monrovia next week to assess funding needs, the agency said.

Read more: Liberia's central bank holds policy rate as inflation eases

President Joseph Boakai will address the issue in his annual message to the Legislature on January 26, the Executive Mansion said. Boakai is also expected at the ECOWAS summit in Abuja on December 14.

Boakai won the November 2023 run-off against George Weah by fewer than 21,000 votes, and both main parties see the map as decisive.

Analysts say the Legislature may not approve a new map before the end of 2026, which would leave the 2029 elections on the old districts. "Every seat moved is a career ended," said Musu Kollie, a political scientist at the University of Liberia.
"""},

"h173en05": {"outlet": "Xolotlan Wire (Managua)", "published": "2027-01-19", "text": """Will Punta Huete take off? Nicaragua sets first flight at Chinese-built terminal

MANAGUA, Jan 19 (Xolotlan Wire) - Nicaragua's new international terminal at Punta Huete, built by a Chinese state contractor, will receive its first commercial flight on February 14, co-President Rosario Murillo said on Monday.

The government signed the construction contract with China Communications Construction Company (CCCC) in March 2024, after talks that had slipped twice since 2023.

Venezuela's state airline Conviasa is expected to operate the first flight, from Caracas, two aviation officials said.

A Chinese delegation led by a vice minister of commerce will arrive in Managua next week, the foreign ministry said. Both sides are expected to sign an air services agreement during the visit, opening the way for Chinese carriers.

The terminal, about 30 km northeast of the capital, replaces a disused military airstrip.

The U.S. Treasury could sanction the Nicaraguan Civil Aviation Institute (INAC) if Chinese military aircraft use the airport, two U.S. officials said, adding that no decision had been taken.

Murillo said Nicaragua "will not allow foreign military bases" at Punta Huete.

Read more: Nicaragua's remittances reach a record in 2026, central bank says

The National Assembly will vote on Thursday on the annual decree allowing foreign troops to enter Nicaragua for training in the first half of the year. Russian units could join exercises on the Pacific coast in April, media reports said.

Daniel Ortega and Murillo are expected to lead the Sandinista ticket in the November 2027 general election, party officials said. Ortega is unlikely to attend the Central American Integration System (SICA) summit in Panama in late June, diplomats said.

Analysts say Punta Huete could struggle to attract carriers beyond Caracas and Havana while U.S. pressure lasts. "An airport is only as good as the airlines willing to land there," said Ernesto Palacios, an aviation consultant in San Jose, Costa Rica.
"""},
}
