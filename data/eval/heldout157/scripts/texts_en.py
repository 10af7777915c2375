"""English texts of heldout157, written for this project. Invented or generic facts."""

EN = {
"h157en01": {"outlet": "Dubysa Wire (Kaunas)", "published": "2026-03-11", "text": """Will Lithuania mine its eastern border before winter?

KAUNAS, March 11 (Dubysa Wire) - Lithuania's Defence Ministry will sign a contract with state-owned arms maker Giraite for the first 80,000 domestically produced anti-personnel mines on Friday, Defence Minister Mindaugas Baltrunas told reporters on Tuesday.

Lithuania formally left the Ottawa Convention banning such mines on December 27, six months after notifying the United Nations of its withdrawal.

Deliveries are expected to start in the second half of the year, Baltrunas said. He added that the mines would be stored in depots, not laid, unless the threat level on the border rose.

The army's engineering battalion will begin digging anti-tank ditches along a 40-kilometre stretch near the Kaliningrad border in mid-April, the Lithuanian Armed Forces said in a statement.

Defence ministers of the three Baltic states and Poland are due to meet in Riga next week to align their border plans, a ministry official said, speaking on condition of anonymity.

Read more: Lithuanian parliament approves new rules for civil defence shelters

Belarus's foreign ministry said on Monday that Minsk would respond with "mirror measures" on its side of the border. It gave no details.

NATO leaders are expected to discuss the eastern flank's defences at their summit in Ankara in July, where Lithuania will press for more air defence systems.

The opposition Homeland Union-Lithuanian Christian Democrats (TS-LKD), which backed leaving the convention, said it would make border security its main theme in the municipal elections due in March 2027.

Ruta Jankauskaite, a researcher at a Vilnius human rights centre, said the government could face a challenge at the Constitutional Court before the end of the year if lawmakers sought one. "Storing mines is one thing, laying them near villages is another," she said.

Analysts say Latvia may follow with its own production deal as early as May, while Estonia has not decided whether to buy from Lithuanian or Polish plants.
"""},

"h157en02": {"outlet": "Khentii Wire (Ulaanbaatar)", "published": "2026-07-22", "text": """Mongolia and U.S. set to sign rare earths pact as Beijing watches

ULAANBAATAR, July 22 (Khentii Wire) - Mongolia and the United States will sign a critical minerals agreement covering the Khalzan Buregtei rare earth deposit in Ulaanbaatar on July 30, Mining Minister Batbold Enkhjargal said on Tuesday.

U.S. Deputy Secretary of State Christopher Landau is expected to lead the American delegation and meet Prime Minister Gombojav Zandanshatar during the visit, two officials said.

The two countries signed a memorandum on minerals cooperation in August 2025, during a visit to Washington by Mongolia's foreign minister.

The agreement will not give U.S. companies exclusive rights to the deposit, Enkhjargal added, and state-owned Erdenes Mongol will keep a majority stake.

Zandanshatar will address the State Great Khural on the deal on Friday, his office said. The parliament is likely to ratify the agreement during its autumn session, which opens on October 1, according to two lawmakers from the ruling Mongolian People's Party (MPP).

Read more: Mongolia's coal exports to China rise for third month

Beijing has not commented publicly. But Chinese customs could slow coal trucks at the Gashuunsukhait crossing in response, as they did in 2016, two traders in the South Gobi said.

A Japanese trade official said Japan may join the project as a buyer of separated oxides, although no talks have been scheduled.

Opposition Democratic Party lawmakers have demanded Enkhjargal's resignation over the terms of the deal and could file a motion against him next month, party officials said.

The deal has already become a theme of the presidential election in June 2027, in which the Democratic Party has not yet chosen a candidate.

Analysts say a processing plant is unlikely before 2029 because of the deposit's remote location and a lack of power lines. "Mongolia is selling a promise," said Narantsetseg Dorj, an economist at an Ulaanbaatar research centre. "The hard part is the road and the grid."
"""},

"h157en03": {"outlet": "Illimani Wire (La Paz)", "published": "2027-01-19", "text": """Bolivia sets May vote to fill empty top-court seats

LA PAZ, Jan 19 (Illimani Wire) - Bolivia will hold a vote on Sunday, May 16, to fill nine vacant seats on the Plurinational Constitutional Tribunal and the Supreme Court of Justice, the Supreme Electoral Tribunal (TSE) said in a resolution published on Monday.

The Plurinational Legislative Assembly must approve the list of candidates by March 31, TSE President Gustavo Avila said, warning that any delay could push the vote into June.

The seats have been empty since the partial judicial election of December 2024, when no valid candidates were registered for several departments.

Constitutional magistrate Hernan Choque, whose extended term has been challenged by lawyers' associations, will step down at the end of January, his office said.

President Rodrigo Paz will meet the heads of the parliamentary blocs on Thursday to seek a deal on the candidate list, the presidency said. Paz is also expected to send a broader judicial reform bill to Congress next month.

Justice Minister Ana Lucia Rojas said the government would not propose any candidates. "The selection belongs to the Assembly," she said.

Read more: Bolivia's fuel imports fall as new diesel price takes effect

The opposition Libre alliance may boycott the vote if its objections to the pre-selection exams are ignored, one of its senators said.

An Organization of American States (OAS) observation mission is expected to arrive in La Paz in early May, a diplomat in La Paz said.

Analysts say null and blank votes could exceed 40 percent because voters know little about the candidates.

"People vote for names they have never heard," said Mauricio Terceros, a political scientist at a university in Cochabamba. "A low valid vote will not give the new judges much authority."

The TSE has asked the Economy Ministry for 180 million bolivianos to organise the vote, and a decision is due before the end of February.
"""},

"h157en04": {"outlet": "Alazani Wire (Telavi)", "published": "2025-12-16", "text": """Georgia to suspend work in PACE as Council of Europe weighs next step

TELAVI, Dec 16 (Alazani Wire) - Georgia's parliament will vote on Thursday on a resolution suspending its delegation's work in the Parliamentary Assembly of the Council of Europe (PACE), Speaker Shalva Papuashvili said on Monday.

The resolution is expected to pass easily because Georgian Dream holds 89 of the 150 seats.

The head of the delegation, Davit Kirtadze, said he would give up his PACE mandate if the assembly annulled the delegation's credentials. PACE could take that step at its winter session from January 26 to 30, two diplomats in Strasbourg said.

The Committee of Ministers' Deputies are due to discuss Georgia on January 14, the diplomats said.

Prime Minister Irakli Kobakhidze said on Sunday that Georgia "will not leave the Council of Europe" and would keep its judges at the European Court of Human Rights.

Georgian Dream suspended talks on joining the European Union in November 2024.

Read more: Georgian lari weakens as tourism revenue slows

The EU could add more Georgian officials to its sanctions list when foreign ministers meet in Brussels in late January, according to an EU official.

The opposition Coalition for Change said it would boycott the by-election in Rustavi scheduled for February 8, calling the electoral administration biased.

Papuashvili is expected to travel to Budapest early next month for talks with Hungarian Speaker Laszlo Kover, who has opposed sanctions on Tbilisi.

Analysts say Georgia may face a formal Council of Europe procedure over its foreign agents law before the summer.

"Tbilisi wants to leave the room without being thrown out," said Nino Beridze, a political analyst at a Tbilisi think tank. "It is a way to avoid a vote it would lose."

The Georgian Foreign Ministry said in a statement that Tbilisi would send a written reply to the Council of Europe's Secretary General before the end of the year.
"""},

"h157en05": {"outlet": "Kafubu Wire (Chililabombwe)", "published": "2026-09-02", "text": """Can Zambia and Congo end the Kasumbalesa standoff?

CHILILABOMBWE, Sept 2 (Kafubu Wire) - Zambia's Commerce Minister Mwila Kasonde will travel to Lubumbashi on Friday for talks with Haut-Katanga governor Jacques Kyabula on Congo's ban on Zambian maize flour, the ministry said in a statement.

Congo has barred maize flour imports from Zambia since August 1, citing support for its own millers. Trucks now queue for up to 15 kilometres on the Zambian side of the Kasumbalesa border post.

Kasonde told reporters on Tuesday that Zambia did not rule out restricting Congolese trucks if the ban stayed in place. "We prefer talks, but we will protect our farmers," he said.

The Zambia-Congo Joint Permanent Commission is likely to meet in Lusaka in mid-September, a Congolese official said.

The Truck Drivers Association of Zambia said its members would block the border from Monday unless the queues were cleared. Its secretary-general, Brian Mwanza, said about 1,200 drivers had slept in their cabs for more than a week.

The Zambia Army said in a statement that soldiers would help police keep order in the queues from Thursday.

Read more: Zambia's kwacha steadies as copper prices climb

President Hakainde Hichilema said on Tuesday that Zambia "will not close the border" with its neighbour.

Southern African Development Community (SADC) leaders are expected to hold an extraordinary summit on eastern Congo in Harare later this month, two diplomats said.

Leaders will discuss the Doha ceasefire between Kinshasa and the AFC/M23 rebels, which expires on September 30 and could be extended by three months.

Analysts say copper exports through Kasumbalesa could fall by a fifth in September if the trucks stay stuck.

"Both sides need the corridor more than they need the quarrel," said Chanda Musonda, a trade economist at a Lusaka policy institute.

Congolese Trade Minister Julien Paluku has not said whether Kinshasa would ease the ban for flour already paid for before August 1.
"""},
}
