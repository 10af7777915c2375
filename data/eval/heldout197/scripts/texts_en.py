"""English texts of heldout197, written for this project. Invented or generic facts."""

EN = {
"h197en01": {"outlet": "Lagan Wire (Belfast)", "published": "2026-03-05", "text": """Will Stormont back the EU veterinary deal? Assembly vote set for Tuesday

BELFAST, March 5 (Lagan Wire) - The Northern Ireland Assembly will vote on Tuesday on a motion endorsing the veterinary (SPS) agreement that the United Kingdom and the European Union initialled in February, Speaker Edwin Poots said on Wednesday.

The motion is expected to pass with the votes of Sinn Fein, Alliance and the Social Democratic and Labour Party (SDLP), party officials said. The Democratic Unionist Party (DUP) could still delay it by tabling a petition of concern.

DUP leader Gavin Robinson said his party "will not accept" any rule that ties Northern Ireland's farmers closer to Brussels than those in Scotland.

Agriculture Minister Andrew Muir said physical checks on goods arriving at Belfast and Larne from Great Britain would fall by about 80 percent from July 1, provided the deal is ratified by then.

Maros Sefcovic, the European Commissioner responsible for EU-UK relations, will visit Belfast next week to meet business groups, the Commission's office in Belfast said. The agreement is expected to be signed at the next UK-EU summit in London in the second half of May, a UK government official said.

Read more: Belfast Harbour posts record freight volumes

Traditional Unionist Voice (TUV) leader Jim Allister said his party would seek a judicial review of the motion. The DUP has not decided whether its ministers would stay in the Executive if the motion passes, a party source said.

Ireland's Department of Foreign Affairs said the British-Irish Intergovernmental Conference would meet in Dublin on March 19, with the SPS deal on the agenda.

The next Assembly election is due in May 2027. Analysts say the dispute could push unionist voters toward the TUV at that election. "The DUP is caught between farmers who want fewer checks and voters who distrust Brussels," said Niamh Gorman, a politics lecturer at Queen's University Belfast.
"""},

"h197en02": {"outlet": "Wreck Bay Wire (Puerto Baquerizo Moreno)", "published": "2027-01-19", "text": """Can the Galapagos cap its visitors? Council votes Thursday on a higher entry fee

PUERTO BAQUERIZO MORENO, Jan 19 (Wreck Bay Wire) - The Governing Council of the Galapagos Special Regime (CGREG) will vote on Thursday on raising the park entry fee for foreign visitors from $200 to $300, council president Rosa Tenorio said on Monday.

The fee was last doubled in August 2024, when it rose from $100. Arrivals fell about 4 percent in the following year, according to the tourism ministry.

Tenorio said the council is also likely to approve a cap of 350,000 visitors a year from 2028, although the figure could still change after talks with tour operators.

The Galapagos Chamber of Tourism, which represents about 140 boat and hotel owners, said its members would hold a one-day strike on Wednesday and would ask the Constitutional Court to suspend the resolution if it passes. "A cap without a transition plan will sink the small operators," said its president, Marco Zambrano.

President Daniel Noboa is expected to visit San Cristobal next week to present a biosecurity plan for the islands' ports, two officials in his office said.

The government also aims to sign a second debt-for-nature conversion with the Inter-American Development Bank (IDB) in Washington in mid-March, a finance ministry official said.

Read more: Ecuador's navy seizes 12 tonnes of cocaine off Manabi

The navy will keep two patrol vessels inside the marine reserve at least until the end of March to deter foreign fishing fleets, the navy said in a statement.

The islands elect their three mayors in the February 14 sectional elections. Two of the leading candidates in Santa Cruz have promised to repeal the fee rise if elected.

Analysts say the fee rise is unlikely to cut arrivals before 2028, because most foreign visitors book their cruises a year or more in advance.
"""},

"h197en03": {"outlet": "Nandu Wire (Haikou)", "published": "2027-03-08", "text": """Hainan widens its zero-tariff list as Washington eyes Yangpu oil storage

HAIKOU, March 8 (Nandu Wire) - Hainan will add about 400 product lines to the zero-tariff list of its free trade port from April 1, the Ministry of Finance said on Sunday, fifteen months after the island began island-wide special customs operations.

The expansion had been expected in January but slipped twice while Beijing reviewed its effect on mainland importers.

Provincial Governor Liu Xiaoming said the change "will not" open a back door into the mainland market, because goods leaving the island still pay full duties.

The Boao Forum for Asia (BFA) holds its annual conference from March 23 to 26, with Singapore's Prime Minister Lawrence Wong expected to deliver the keynote speech, the forum's secretariat said. Wong is also likely to visit Yangpu port after the conference, a person familiar with the plans said.

Commerce Minister Wang Wentao is due to meet ASEAN economic ministers on the sidelines of the forum to review the upgraded China-ASEAN free trade agreement, which entered into force in January, his ministry said.

Read more: Hainan duty-free sales fall again

In Washington, the Treasury Department could sanction storage firms in Yangpu that it says handle Iranian crude, two U.S. officials said. China's foreign ministry said it would "firmly oppose" any such step.

The People's Liberation Army's Southern Theatre Command will hold live-fire drills in waters south of Sanya from Wednesday to Friday, according to a notice from the Hainan Maritime Safety Administration.

The director of the free trade port's administration bureau, Zhou Jianming, may step down before the summer, according to two people familiar with the matter.

Analysts say foreign firms are unlikely to move regional headquarters to Haikou before the tax rules are clearer. "Companies like the tariff cuts but want to know how long they will last," said Chen Yuwei, a trade economist at a Guangzhou university.
"""},

"h197en04": {"outlet": "Somes Wire (Cluj-Napoca)", "published": "2025-07-14", "text": """Orban heads to Transylvania as Bucharest warns against autonomy talk

CLUJ-NAPOCA, July 14 (Somes Wire) - Hungarian Prime Minister Viktor Orban will speak at the Balvanyos summer university in Baile Tusnad on Saturday, July 26, his press office said on Sunday, a week after Bucharest asked him to steer clear of Szekely Land autonomy.

Romania's foreign ministry said it would summon the Hungarian ambassador if the speech "questions the constitutional order" of the country. Foreign Minister Oana Toiu is expected to raise the issue with her Hungarian counterpart, Peter Szijjarto, when EU foreign ministers meet in Brussels next week, two diplomats said.

The Senate is due to vote on Wednesday on a bill granting autonomy to Harghita and Covasna, the two counties with a Hungarian majority. The bill is expected to be rejected.

The Democratic Alliance of Hungarians in Romania (UDMR), a junior partner in Prime Minister Ilie Bolojan's coalition, has said its senators will abstain. Its leader, Kelemen Hunor, said the UDMR "will not leave the government".

Read more: Cluj airport adds a Milan route

A UDMR state secretary in the development ministry, Csaba Nagy-Bartha, could resign if the party's demand for bilingual road signs is ignored, according to a party source.

The Romanian-Hungarian joint committee on minority affairs will meet in Budapest in the second half of September, the Romanian government said in a statement. The two governments are expected to sign an agreement on the Oradea-Debrecen rail link at that meeting.

Szijjarto is also expected to open a new Hungarian consulate building in Cluj-Napoca in early August. President Nicusor Dan has not said whether he would receive Orban in Bucharest during the trip.

Hungary holds a parliamentary election in April 2026. Analysts say Orban is likely to use the speech to court ethnic Hungarians in Romania, who can vote by post.

"He needs every vote from Transylvania," said Ioana Muresan, a political scientist at Babes-Bolyai University.
"""},

"h197en05": {"outlet": "Sumidero Wire (Tuxtla Gutierrez)", "published": "2026-09-18", "text": """Can troops calm the Chiapas border? Mexico sends 1,500 more to Frontera Comalapa

TUXTLA GUTIERREZ, Sept 18 (Sumidero Wire) - Mexico will deploy 1,500 more soldiers and National Guard members to Frontera Comalapa and Chicomuselo by the end of September, Security Secretary Omar Garcia Harfuch said on Thursday, after clashes between rival criminal groups forced about 2,000 people to flee into Guatemala last week.

Chiapas Governor Eduardo Ramirez Aguilar said the state's Pakal rapid-reaction force would set up three new bases along the border highway within 30 days.

Guatemala's Defence Minister Henry Saenz said his country would keep 800 troops in Huehuetenango's border municipalities "for as long as necessary". The two countries' binational security group is due to meet in Tapachula on October 1, Mexico's foreign ministry said. The two governments are expected to sign a protocol on shared radio channels for border patrols there.

President Claudia Sheinbaum is expected to visit the region before the end of October, two officials said, her first such trip since July.

In the Highlands, a ceasefire brokered by the Diocese of San Cristobal between the municipalities of Chenalho and Chalchihuitan has held since August 30 and is likely to be extended for 60 days at a meeting on Sunday, said Father Ruben Lara, the diocese's mediator.

Read more: Chiapas coffee growers brace for a smaller harvest

The U.S. Treasury could add leaders of the group blamed for the clashes to its sanctions list, a U.S. official told reporters in Mexico City. Mexico has not received any request to extradite them, the Attorney General's Office said.

The mayor of Frontera Comalapa, Rosa Villatoro, told local radio she had not ruled out stepping down after receiving threats.

Analysts say the deployment may push the groups toward smaller crossings rather than end the fight. "Every new base moves the violence a few kilometres," said Javier Coutino, a security researcher in San Cristobal.
"""},
}
