"""English texts of heldout17, written for this project on 2026-11-30. Invented or generic facts."""

EN = {
"h17en01": {"outlet": "Baltic Tideline", "published": "2026-02-10", "text": """EU set to blacklist more shadow-fleet tankers as Estonia steps up Gulf of Finland patrols

TALLINN, Feb 10 (Baltic Tideline) - European Union foreign ministers are expected to approve a 20th package of sanctions against Russia at their meeting in Brussels on February 23, adding around 40 more "shadow fleet" tankers to the bloc's blacklist, two EU diplomats said on Monday.

The package, the first negotiated under the Cypriot presidency, would also lower the price cap on Russian crude to $44.10 a barrel, the diplomats said.

Slovakia has dropped its objections and will not block the measures this time, but Hungary could still hold out for a longer exemption for oil arriving through the Druzhba pipeline, an EU official said.

Estonian Foreign Minister Margus Tsahkna said Tallinn would push for a full ban on maritime services instead of a lower cap. "The cap has been tested for three years, and the tankers are still sailing past our coast," he told reporters.

The Estonian navy will begin round-the-clock patrols in the Gulf of Finland from March 1, and two Finnish vessels will join them in the second half of March, navy commander Captain Tarmo Kivisild said.

Last May, Estonian ships tried to stop the tanker Jaguar near Vaindloo island, and a Russian fighter jet briefly entered Estonian airspace during the incident.

Russia's embassy in Tallinn said any attempt to inspect Russian-flagged ships would be treated as "piracy". The Russian navy may start escorting tankers through the gulf, the Moscow daily Severny Vestnik reported last week.

Read more: Finland keeps eastern border crossings shut for another six months

Kaja Kallas, the EU's foreign policy chief, is due in Tallinn on Friday to discuss the patrols with Prime Minister Kristen Michal.

Analysts say a 21st package, possibly targeting Russian LNG shipments, could follow before the end of June.

Around 600 tankers are now on the EU list, and most of them sail under flags of convenience.
"""},

"h17en02": {"outlet": "Parana Basin Wire", "published": "2026-07-07", "text": """Paraguay, Brazil aim to close Itaipu power deal before Brazil's election

ASUNCION, July 7 (Parana Basin Wire) - Paraguay and Brazil aim to sign a revised Annex C of the Itaipu treaty before Brazil's October 4 presidential election, Paraguayan Foreign Minister Ruben Ramirez Lezcano said on Monday, after a year of stalled talks over the price of power from the giant dam.

Negotiators from both foreign ministries will meet in Brasilia on July 20-21 for what officials described as a "final technical round".

The 1973 treaty's financial annex was due for review once the dam's construction debt was paid off in 2023, and talks have dragged on since.

Paraguay wants to sell its unused share of Itaipu's electricity on the open Brazilian market instead of only to the Brazilian side of the company. Brasilia has insisted that any change must not raise consumer tariffs before the vote.

"We will not accept a tariff that subsidises Brazilian industry with Paraguayan water," Itaipu's Paraguayan director-general, Justo Zacarias Irun, told Parana Basin Wire.

The binational company's board is expected to set the 2027 tariff at its meeting in late August, a person familiar with the board's agenda said.

President Santiago Pena could travel to Brasilia in September to sign the annex with Luiz Inacio Lula da Silva if the technical round succeeds, a Paraguayan government source said.

Brazil's Mines and Energy Ministry said in a statement that Brazilian distributors would keep buying Paraguay's surplus power "at least until the end of 2026".

Senator Rodrigo Benitez Arce of the opposition Authentic Radical Liberal Party (PLRA) said his party would demand a congressional vote on any new annex.

Analysts expect the deal to slip into 2027 if Lula is forced into a run-off on October 25.

"I think a deal is more likely after the vote than before it," said Mariela Sosa, an energy economist at a private university in Asuncion. "Nobody in Brasilia wants a tariff story in the middle of a campaign."
"""},

"h17en03": {"outlet": "Vakhsh Valley Wire", "published": "2026-10-13", "text": """Tajikistan seeks fresh Rogun loans as third turbine slips to 2027

DUSHANBE, Oct 13 (Vakhsh Valley Wire) - Tajikistan will ask lenders for about $1.2 billion in new financing for the Rogun hydropower plant at a donor conference in Dushanbe on November 18, Deputy Energy Minister Farrukh Sharipov said on Monday.

The plant's third turbine, originally due to start in December, is now expected in the second quarter of 2027 because of late equipment deliveries, Sharipov said. He said the government would not sell any stake in Rogun to foreign investors.

The World Bank's board is scheduled to consider a $350 million additional grant for the project on December 10, the bank's Central Asia country manager, Helena Kowalczyk, said.

The bank approved a first package for Rogun in December 2024 after years of debate over the dam's social and environmental impact.

Uzbekistan, which once opposed the dam, has said it will not object to the new financing. The two governments plan to sign a water-sharing protocol in Tashkent "before the end of the year", according to a joint statement issued after talks last week.

Rasul Nazarov, a spokesman for state utility Barqi Tojik, said winter power rationing would not be needed this year. But two officials in the northern Sughd region said cuts of up to eight hours a day could begin in late November.

President Emomali Rahmon is expected to open the conference, the energy ministry said.

A Tajik delegation led by Sharipov will travel to Beijing next week for talks with the Export-Import Bank of China on a possible $400 million loan for a transmission line to Afghanistan.

The dam, designed to be the world's tallest at 335 metres, has cost about $4 billion so far.

Nilufar Rahimova, an independent economist in Dushanbe, said the government might have to raise electricity tariffs again before the conference to reassure lenders. "Investors want to see a tariff path, not promises," she said.
"""},

"h17en04": {"outlet": "Pattani Bay Dispatch", "published": "2027-01-26", "text": """Thailand, BRN rebels to resume peace talks in Kuala Lumpur next month

PATTANI, Jan 26 (Pattani Bay Dispatch) - Thai government negotiators and the Barisan Revolusi Nasional (BRN) will resume formal peace talks in Kuala Lumpur on February 4, the first round in 14 months, Malaysia's facilitator Mohd Rabin Basir said on Monday.

The two sides are expected to discuss a "comprehensive reduction of violence" during Ramadan, which begins in the second week of February, two members of the Thai delegation said.

A similar Ramadan initiative in 2013 collapsed within weeks after a series of bombings in Yala and Narathiwat.

Thailand's delegation will be led by Lieutenant General Chatchai Srisuwan, deputy secretary-general of the National Security Council. BRN's team is likely to be headed again by Anas Abdulrahman, a source close to the movement said.

The Fourth Army Region said in a statement that it would not withdraw troops from any district before a ceasefire is signed, but that it may scale back checkpoints in Pattani during Ramadan.

Violence has not stopped. On Saturday, a roadside bomb killed two rangers in Rueso district of Narathiwat province.

The House of Representatives' ad hoc committee on the southern peace process will hold a hearing on Thursday. Its chairman, Pattani MP Abdulloh Sameng, said a draft amnesty bill for low-level insurgents would be tabled before the end of March.

Malaysian Prime Minister Anwar Ibrahim could raise the talks at his annual consultation with the Thai prime minister, due in Bangkok in March, Malaysian officials said.

More than 7,000 people have been killed in the three southernmost provinces since the insurgency flared in 2004.

Analysts say the BRN's demand for international observers could stall the talks again, and that a formal ceasefire is unlikely before 2028.

"Both sides need a quiet Ramadan more than a signed paper," said Rosnah Dolah, a researcher at Prince of Songkla University in Pattani.
"""},

"h17en05": {"outlet": "Lagoon Wire", "published": "2026-06-17", "text": """New Caledonia votes on Bougival accord as FLNKS calls for boycott

NOUMEA, June 17 (Lagoon Wire) - New Caledonians will vote on Sunday in a consultation on the Bougival accord, which would create a "State of New Caledonia" within the French Republic, the territory's High Commission said on Tuesday.

The accord was signed in July 2025 at Bougival, near Paris, by the French state and most local parties, but the pro-independence FLNKS withdrew its support a month later.

FLNKS president Christian Tein has called on supporters to stay at home, and the front "will not recognise" the result, spokesman Jean-Luc Hnawia said.

Turnout could fall below 50 percent in the Northern and Loyalty Islands provinces, where the FLNKS is strongest, local officials said. The result is due to be announced on Monday evening.

If the accord is approved, the French Parliament will meet in Congress at Versailles in the second half of July to adopt the constitutional revision, Overseas Minister Naima Moutchou said in Paris. Provincial elections, postponed three times since 2024, are to be held by the end of November, she added.

Sonia Backes, president of the Southern Province, said her Loyalists would campaign for a "yes" until Friday evening, when the official campaign closes.

French President Emmanuel Macron is expected to visit Noumea in September if the accord passes, a source at the Elysee said, while a possible meeting with Tein has not been decided.

The Pacific Islands Forum said in a statement it would send a three-member observer team, arriving on Thursday.

France will deploy an additional 600 gendarmes before the vote, the High Commission said. Riots in May 2024 left 14 people dead and caused damage estimated at more than two billion euros.

Lise Wamalo, a political scientist at the University of New Caledonia, said a low turnout could lead the FLNKS to challenge the result before the Council of State, possibly within days of the vote.
"""},
}
