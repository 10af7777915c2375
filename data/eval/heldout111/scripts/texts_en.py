"""English texts of heldout111, written for this project. Invented or generic facts."""

EN = {
"h111en01": {"outlet": "Ala-Archa Wire (Bishkek)", "published": "2026-10-14", "text": """Kyrgyzstan and neighbours to sign Kambarata-1 shareholder pact as election nears

BISHKEK, Oct 14 (Ala-Archa Wire) - Kyrgyzstan, Kazakhstan and Uzbekistan will sign the shareholders' agreement for the Kambarata-1 hydropower plant in Tashkent on October 29, Kyrgyz Energy Minister Taalaibek Ibraev said on Tuesday.

The three governments signed a roadmap for the 1,860-megawatt project on the Naryn river in June 2024, but talks on how to split its output dragged on for two years.

Ibraev said Kyrgyzstan "will not sell more than a third" of the plant and would keep control of the dam's water releases. Technical teams will meet in Almaty next week to finalise the power-sharing schedule, he said.

A donors' conference to raise about $3.5 billion is expected in Bishkek in early December, with the World Bank as lead arranger, two officials involved in the preparations said. A World Bank spokeswoman said its board could consider a first $500 million guarantee as early as January.

Read more: Kyrgyz som steady as remittances from Russia recover

President Sadyr Japarov is expected to seek a joint statement backing the plant when Central Asian leaders meet for their annual consultative summit in Astana on November 20. Uzbek President Shavkat Mirziyoyev may visit the dam site before the end of the year, according to a person familiar with the planning.

The project has become a campaign theme. Kyrgyzstan holds a presidential election on January 24, 2027, the Central Election Commission said last week. Japarov has not said whether he will seek a second term, although his allies in parliament expect him to run.

Construction of the dam's main body could start in spring 2027, the energy ministry said in a statement.

Analysts say financing may slip into 2028 if Moscow, which once pledged to build the plant, objects to Western lenders. "The dam is now a promise every candidate must make," said Nurgul Asanbaeva, an energy economist at a Bishkek university.
"""},

"h111en02": {"outlet": "Ypacarai Wire (Asuncion)", "published": "2026-05-15", "text": """Can Paraguay break Argentina's river toll? Asuncion takes waterway fight to Mercosur court

ASUNCION, May 15 (Ypacarai Wire) - Paraguay will ask Mercosur's Permanent Review Tribunal next week to rule on the toll Argentina charges barges on the Parana waterway, Foreign Minister Ruben Ramirez Lezcano said on Thursday.

Argentina began charging the toll of $1.47 per tonne on the stretch between Santa Fe and the Confluencia on April 1, after handing the dredging concession to a Belgian-led consortium. Paraguay, which ships almost all its soy exports by river, says the charge breaks a 1992 treaty on free navigation.

Ramirez said Paraguay "will not pay a toll on an international river" and that he would meet his Argentine counterpart, Pablo Quirno, in Buenos Aires on May 27.

A trade ministry official said Asuncion could impose reciprocal fees on Argentine trucks crossing the San Roque Gonzalez bridge between Encarnacion and Posadas if the talks fail.

Read more: Paraguay's central bank holds rate at 6%, eyes record soy harvest

The navy will step up patrols on the Paraguay river from June 1 to stop barges slipping past customs checks, it said in a statement.

President Santiago Pena is expected to put the toll on the agenda when Mercosur leaders meet in Asuncion on July 2-3. Argentine President Javier Milei may visit Asuncion next month for talks with Pena ahead of the summit, diplomats said. The two governments aim to sign a new waterway maintenance agreement before the end of the year, the diplomats said.

Analysts say the tribunal is unlikely to rule before September, by which time campaigning for Paraguay's October 4 municipal elections will dominate politics. "It is a test of whether Mercosur rules mean anything," said Rodrigo Benitez, a river-transport economist in Encarnacion.
"""},

"h111en03": {"outlet": "Zahorie Wire (Bratislava)", "published": "2027-03-18", "text": """Slovak parliament to vote on U.S. nuclear deal as Fico eyes a pre-election win

BRATISLAVA, March 18 (Zahorie Wire) - Slovakia's parliament will vote next Tuesday on ratifying the intergovernmental agreement with the United States on building a new nuclear unit at Jaslovske Bohunice, Speaker Richard Rasi said on Wednesday.

Passage is likely, as the ruling coalition of Smer, Hlas and the Slovak National Party holds a majority in the 150-seat chamber. Economy Minister Denisa Sakova signed the agreement in Washington in January. Slovakia already gets more than 60 percent of its electricity from nuclear power.

U.S. firm Westinghouse is expected to submit a binding offer for the 1,200-megawatt reactor by the end of June, an economy ministry official said. The head of the state nuclear company JAVYS, Juraj Kollar, could step down before the vote after a dispute over the project's budget, two coalition sources said.

Prime Minister Robert Fico is due to travel to Washington in mid-April for talks with U.S. Energy Secretary Chris Wright, government officials said.

Read more: Slovak inflation eases to 3.1% in February

Fico also said on Wednesday that Slovakia would not back the EU's next Russia sanctions package unless it exempts nuclear fuel imports. EU ambassadors are due to discuss the package on March 24. Fico said Bratislava could host a round of Russia-Ukraine ceasefire talks as early as May, an offer Kyiv has not taken up.

President Peter Pellegrini is expected to call the parliamentary election for September 25 in early June, his office said.

Progressive Slovakia (PS), which leads the polls, would review the nuclear deal if it wins, its leader Michal Simecka said.

Analysts say first concrete at Bohunice is unlikely before 2030. "Fico wants a big ribbon to cut before the election," said Marek Hudec, a political analyst in Bratislava.
"""},

"h111en04": {"outlet": "Mulanje Wire (Lilongwe)", "published": "2026-08-03", "text": """Malawi and Tanzania to resume lake border talks as oil licence row flares

LILONGWE, Aug 3 (Mulanje Wire) - Malawi and Tanzania will resume talks on their Lake Malawi border dispute in Lilongwe on Thursday under the mediation of the SADC Panel of Elders, Foreign Minister Tiyamike Kachingwe said on Sunday.

The two neighbours last met under the panel in 2016. Tanzania claims half of the lake's northern waters, which Malawi says belong entirely to it under an 1890 Anglo-German treaty.

Tanzania's delegation is expected to be led by Foreign Minister Mahmoud Thabit Kombo, diplomats said.

The talks resume as Malawi prepares to award an exploration licence for an oil block on the lake's northern shore. The energy ministry said the licence will be awarded by the end of September. Tanzania's foreign ministry said on Saturday that Dodoma "will not recognise" any licence covering waters it claims.

Read more: Malawi's tobacco auction floors close early as prices slump

The Malawi Defence Force's marine unit will increase patrols on the northern part of the lake from next week, the Malawi Defence Force said in a statement.

President Peter Mutharika is expected to raise the dispute at the SADC summit in Windhoek on August 17. Tanzanian President Samia Suluhu Hassan could visit Lilongwe later this month, a person familiar with the planning said.

Kachingwe said Malawi had not ruled out taking the case to the International Court of Justice, and that Lilongwe would publish its legal position within 30 days. The two countries' Joint Permanent Commission is due to meet in Dar es Salaam in October.

Analysts say the panel may propose joint management of the lake's resources rather than a fixed border line. "Nobody in Lilongwe can be seen giving away water," said Thokozani Mbewe, a law lecturer at the University of Malawi.
"""},

"h111en05": {"outlet": "Nam Khan Wire (Vientiane)", "published": "2025-09-24", "text": """Will Laos build Pak Chom without its neighbours' blessing? Mekong body meets October 8

VIENTIANE, Sept 24 (Nam Khan Wire) - The Mekong River Commission's Joint Committee will meet in Vientiane on October 8 to close the six-month prior consultation on Laos's planned Pak Chom dam, the commission's secretariat said on Tuesday.

The consultation on the 1,079-megawatt run-of-river project, on the stretch of the Mekong that forms the border with Thailand, began in April. Cambodia and Vietnam are expected to ask for the process to be extended, diplomats said.

The commission's chief executive, Anoulak Kittikhoun, said its technical review "will be published" by the end of the month.

Energy and Mines Minister Phosay Sayasone said Laos "will not wait for unanimous approval" and aims to sign a power purchase agreement with Thailand's state utility EGAT in the first quarter of 2026. Construction is expected to begin in the second half of 2026, he said.

Read more: Lao kip weakens as the fuel import bill rises

Thailand's energy minister will visit Vientiane next week to discuss the tariff, a Thai energy ministry official said.

Cambodian Prime Minister Hun Manet could raise the dam at the ASEAN summit in Kuala Lumpur in late October, a Cambodian official said. Lao and Vietnamese officials will discuss it at their intergovernmental committee in Hanoi in the first week of November.

Fishing communities in Cambodia's Tonle Sap basin, which depend on the Mekong's flood pulse, have staged protests against earlier Lao dams. Laos already sells most of the power from its Mekong plants to Thailand.

Analysts say Laos may announce another border dam, at Sanakham, before the end of the year. "Vientiane needs the export revenue more than it needs its neighbours' approval," said Malavanh Sisouk, a researcher at a Vientiane policy institute.
"""},
}
