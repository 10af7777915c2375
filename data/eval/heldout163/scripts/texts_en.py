"""English texts of heldout163, written for this project. Invented or generic facts."""

EN = {
"h163en01": {"outlet": "Treichville Wire (Abidjan)", "published": "2026-07-14", "text": """Will the Abidjan-Lagos motorway break ground before Nigeria votes?

ABIDJAN, July 14 (Treichville Wire) - Ivory Coast's National Assembly will vote on Thursday on ratifying the treaty that created the Abidjan-Lagos Corridor Highway, Infrastructure Minister Amedee Kouakou told reporters on Monday.

The five coastal states signed the treaty in 2014, but only Ghana and Benin have ratified it so far.

Kouakou said the first 120-km section, from Abidjan to Noe on the Ghanaian border, would go to tender in September, with financing from the African Development Bank (AfDB) expected to be approved before the end of the year.

ECOWAS heads of state are due to discuss the corridor's financing at their summit in Abuja on December 13, an ECOWAS Commission spokesman said.

Nigeria's works minister, David Umahi, is expected to visit Abidjan next week for talks with Kouakou, two officials at the Ivorian ministry said. Lagos has not decided whether to fund its 455-km stretch through a public-private partnership or a Chinese loan, a Nigerian official said.

Read more: Ivory Coast cocoa arrivals slow as rains delay harvest

Ivorian and Ghanaian police will begin joint patrols at the Noe-Elubo border post from August 1 to curb smuggling, the Ivorian interior ministry said in a statement.

Nigeria holds presidential and parliamentary elections on February 20, 2027. Analysts say construction on the Nigerian side is unlikely to start before the vote, because no government wants to sign large contracts in a campaign year.

"Tolls could start at about 2,000 CFA francs per car once the first section opens," said Awa Kone, a transport economist at Felix Houphouet-Boigny University in Abidjan.

The 1,028-km corridor links five capitals and carries about three-quarters of West Africa's trade. Ghana has already started widening parts of its stretch west of Accra with its own funds, and Togo's parliament will debate its own ratification bill in October, Togolese lawmakers said.
"""},

"h163en02": {"outlet": "Ishwardi Wire (Pabna)", "published": "2026-09-10", "text": """Rooppur's first reactor to feed Bangladesh's grid in December, ministry says

PABNA, Sept 10 (Ishwardi Wire) - The first unit of the Rooppur nuclear power plant will be connected to the national grid in the first week of December, the Ministry of Science and Technology said in a statement on Wednesday, more than two years behind the original schedule.

Russia's Rosatom, which is building the 2,400 MW plant, completed fuel loading at unit 1 in August, the statement said.

Science and Technology Minister Nazmul Karim Sarkar said the second unit was unlikely to reach the grid before 2028. Dhaka "will not" take a new Russian loan for the project, he added.

Bangladesh has paid part of its arrears to Rosatom through Chinese yuan accounts since U.S. sanctions shut the dollar channel. The remaining $630 million will be settled by the end of October, a finance ministry official said.

The U.S. Treasury could add two Russian banks that handle the payments to its sanctions list as early as next month, two people familiar with the matter said.

Read more: Bangladesh raises electricity tariffs for industrial users

Rosatom director general Alexei Likhachev is expected to visit Dhaka in November to sign a fuel supply and spent-fuel take-back agreement, the Russian embassy said.

The army will take over perimeter security at the plant from October 1, the Inter-Services Public Relations directorate said.

Project director Kabir Hossain, who has run the site since 2023, is likely to step down after the grid connection, ministry sources said.

Parliament's standing committee on science and technology will question ministry officials about the delays on Sunday, its chairman, Harunur Rashid Molla, said.

The plant could cover about a tenth of Bangladesh's electricity demand once both units run, said Nusrat Jahan, an energy researcher at the Bangladesh University of Engineering and Technology. Analysts say the first months may bring frequent shutdowns as the grid adjusts.
"""},

"h163en03": {"outlet": "Pedro Plains Wire (Black River)", "published": "2025-12-08", "text": """Can Jamaica rebuild St Elizabeth before the rains return?

BLACK RIVER, Dec 8 (Pedro Plains Wire) - Jamaica's House of Representatives will debate a bill setting up a National Reconstruction Authority on Tuesday, Prime Minister Andrew Holness said on Sunday, six weeks after Hurricane Melissa tore through the island's southwest.

Holness said the authority would be operational by the end of January and that the government "will not" raise the general consumption tax to pay for the rebuilding.

Jamaica received a $150 million payout from its catastrophe bond in November, the finance ministry said. An International Monetary Fund team is due in Kingston on January 12 to discuss emergency financing, the ministry added.

Finance Minister Fayval Williams is expected to sign a $200 million loan with the Inter-American Development Bank in Washington next week, ministry officials said.

The Electoral Commission of Jamaica has recommended that a by-election in St Elizabeth South Western, due on January 22, be postponed to April, its chairman said.

Read more: Jamaica's tourist arrivals fall by a third after the storm

CARICOM leaders are expected to meet in Kingston in late January for a special summit on disaster financing, a CARICOM Secretariat official said.

In Spanish Town, a church-brokered truce between two rival gangs will run until January 5 to let relief convoys through, police said. Church leaders hope to extend it to the end of February, said the Reverend Lenworth Palmer, who mediated the deal.

The Jamaica Defence Force will keep 600 soldiers in St Elizabeth and Westmoreland at least until the end of March to guard relief supplies, the JDF said in a statement.

The opposition People's National Party (PNP) will table a no-confidence motion against Local Government Minister Desmond McKenzie next week, party leader Mark Golding said. McKenzie said on Saturday he "will not resign".

Analysts say the damage could reach a third of gross domestic product.
"""},

"h163en04": {"outlet": "Ovidiu Wire (Constanta)", "published": "2027-03-03", "text": """Romania's Neptun Deep to start gas flow in April as Moldova lines up for supply

CONSTANTA, March 3 (Ovidiu Wire) - First gas from the Neptun Deep field in the Black Sea will reach Romania's grid in the second half of April, OMV Petrom said in a statement on Tuesday, confirming a schedule that has already slipped once from late 2026.

Energy Minister Bogdan Ivan said Romania would not impose export restrictions on the new gas. The government will adopt a new offshore royalty regime within 30 days, he said.

Moldova's state trader Energocom is expected to sign a five-year supply contract with Romgaz in Chisinau next week, two people familiar with the talks said.

Romania's navy will deploy two minehunters along the pipeline route from March 15, the defence ministry said, after a drifting mine was found 40 km off Constanta last week.

Under EU rules, all imports of Russian gas into the bloc must end by the end of 2027.

Read more: Romania's inflation eases to 6.1% in February

Ivan will meet his Bulgarian and Greek counterparts in Sofia on March 18-19 to discuss reverse flows through the Vertical Corridor, his ministry said.

U.S. Energy Secretary Chris Wright could visit Bucharest in May for talks on liquefied natural gas and small modular reactors, a Romanian official said.

"Neptun Deep will not make Romania rich overnight, but it makes us independent," said Mihaela Dobre, an energy analyst at a Bucharest think tank. She said output could reach the planned 8 billion cubic metres a year only in 2028.

Analysts say wholesale gas prices in Romania may fall by up to 15 percent next winter.

The opposition Alliance for the Union of Romanians (AUR) has not said whether it will back the royalty bill in parliament. Its leader, George Simion, called last month for a referendum on gas exports.
"""},

"h163en05": {"outlet": "Liwonde Wire (Liwonde)", "published": "2026-04-24", "text": """Will Malawi's first rare earths leave Kangankunde this year?

LIWONDE, April 24 (Liwonde Wire) - Malawi's cabinet will decide on Tuesday on an export agreement for rare earths from the Kangankunde deposit, Mining Minister Wezi Chirwa said on Thursday, a step that could make the country Africa's newest supplier of the metals.

The government suspended exports of raw minerals in January, pending a new beneficiation policy.

Chirwa said the agreement would require the operator, Australian-listed Chilwa Rare Earths, to build a processing plant in Malawi within three years, and that the state "will not" give up its 10 percent free carried interest.

The U.S. International Development Finance Corporation (DFC) is expected to sign a $40 million loan with the company in Lilongwe next month, a U.S. Embassy official said.

President Peter Mutharika will visit the mine site on May 5, his office said.

Read more: Malawi kwacha weakens on the parallel market

Malawi could also open talks with a Chinese state-owned processor later this year, two officials said.

The opposition Malawi Congress Party (MCP) will demand a full debate on the deal when parliament reconvenes on May 18, its spokesman, Chimwemwe Banda, said.

Police and the Malawi Defence Force will escort the first export trucks from Balaka to the Mozambican port of Nacala, the police said. The first exports are expected in the third quarter.

Analysts say a fall in neodymium prices could push the company's project financing into 2027.

"Malawi has waited forty years for this deposit to pay," said Grace Mhango, a mining economist at the University of Malawi. "If the state asks for too much, the money will go to Tanzania or Mozambique."

Kangankunde was first explored in the 1980s and was licensed in 2022. Rare earths are used in magnets for electric vehicles and wind turbines, and Western governments have been looking for supplies outside China.
"""},
}
