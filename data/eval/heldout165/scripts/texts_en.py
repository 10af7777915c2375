"""English texts of heldout165, written for this project in one sitting. Invented or generic facts."""

EN = {
"h165en01": {"outlet": "Faleme Wire (Kidira)", "published": "2026-11-13", "text": """Will freight trains link Dakar and Bamako again before 2028?

KIDIRA, Nov 13 (Faleme Wire) - Senegal and Mali will sign a financing agreement to rehabilitate the Dakar-Bamako railway in Dakar on Tuesday, Senegal's Infrastructure Minister Moustapha Ndour said on Thursday.

Malian Prime Minister Abdoulaye Maiga is expected to attend the signing, two officials said. It would be his first trip to Senegal since Mali, Burkina Faso and Niger left the Economic Community of West African States (ECOWAS) in January 2025.

The line has carried no regular freight since 2018. The signing was first planned for June and then for September.

The African Development Bank will provide about $420 million of the $1.1 billion needed for phase one, Ndour said, adding that works on the Senegalese section would start in early February.

Mali's Transport Minister Youssouf Dembele said Bamako "will not allow foreign troops" to guard the line. Malian army units will escort work crews on the Kayes section from the start of the works, the Malian general staff said.

Jama'at Nusrat al-Islam wal-Muslimin (JNIM), which blockaded fuel convoys on Malian roads last year, could target the works, analysts say.

Read more: Senegal raises groundnut floor price

ECOWAS leaders are due to discuss trade with the Alliance of Sahel States (AES) at their summit in Abuja on December 14, and President Bassirou Diomaye Faye will push for a transit deal covering the railway, a presidency source said.

The AES could extend its 0.5 percent levy on imports from ECOWAS states to rail freight from January, a Malian customs official said. The head of Senegal's national rail company, Grands Trains du Senegal (GTS), is expected to step down after the signing, a ministry official in Dakar said.

Analysts say the first freight trains are unlikely to run before 2028. "Everyone wants the railway, but nobody has said who pays for phase two," said Awa Ndiaye Gueye, a transport economist in Dakar.
"""},

"h165en02": {"outlet": "Rapti Wire (Kathmandu)", "published": "2025-12-08", "text": """Nepal bets on splitting its aviation regulator to get off the EU blacklist

KATHMANDU, Dec 8 (Rapti Wire) - Nepal will ask the European Union to lift its ban on Nepali airlines when the EU Air Safety Committee meets in Brussels in the second half of January, Tourism and Civil Aviation Minister Bikash Dhungana said on Sunday.

All Nepali carriers have been barred from EU airspace since December 2013.

The interim cabinet is expected to approve on Thursday an ordinance splitting the Civil Aviation Authority of Nepal (CAAN) into a regulator and an airport operator, two officials said. The ordinance would need the approval of the new House of Representatives, which Nepal elects on March 5.

A team from the EU Aviation Safety Agency (EASA) will visit Kathmandu from January 5 to 9 to inspect CAAN's oversight of domestic airlines, CAAN Director General Rajendra Subedi said. Subedi, who has led the authority since 2023, said he would step down once the split takes effect.

A European Commission spokesperson said the EU "will not lift the ban for political reasons" and that any decision would rest on technical findings.

EU Transport Commissioner Apostolos Tzitzikostas could meet Dhungana on the sidelines of an International Civil Aviation Organization (ICAO) conference in Montreal in February, diplomats said.

Read more: Nepal's remittances rise for a fifth straight month

Nepal Airlines aims to sign a codeshare agreement with a European carrier by the end of June if the ban is lifted, its spokesman said.

The Nepal Army will take over security at the domestic terminal of Tribhuvan International Airport from Monday, the army said in a statement.

Analysts say the committee could first clear individual private carriers such as Buddha Air and Yeti Airlines. Anjali Shrestha, an aviation consultant in Kathmandu, said a full lifting was unlikely before 2027. "Brussels wants to see the new regulator working, not just a new law," she said.
"""},

"h165en03": {"outlet": "Marupe Wire (Riga)", "published": "2026-03-18", "text": """Can Riga keep airBaltic flying without a second rescue?

RIGA, March 18 (Marupe Wire) - Latvia's parliament will vote on Thursday on a 30 million euro capital injection into national carrier airBaltic, the chair of the Saeima's budget and finance committee, Ilze Kalnina, said on Tuesday.

The government approved the injection last week to cover engine repairs on the airline's grounded Airbus A220 jets. Passage is likely because the ruling coalition holds 52 of the 100 seats, Kalnina said.

Transport Minister Atis Svinka said the state "will not put in another euro" after this tranche, and that Lufthansa's purchase of a further 5 percent stake would close by the end of April. Svinka will travel to Frankfurt next week for talks with Lufthansa executives, his ministry said.

The airline's planned stock market listing, postponed twice since 2025, is unlikely before 2027, two people familiar with the matter said.

airBaltic's supervisory board is expected to name a permanent chief executive on March 27, a company spokeswoman said.

The opposition National Alliance will file a motion of no confidence in Svinka next week, party officials said. A coalition source said Svinka could resign if the injection fails.

Read more: Latvia's inflation eases to 2.9% in February

The European Commission has not decided whether the injection counts as state aid and could open an in-depth investigation in April, a Commission official said.

The dispute is likely to feature in the campaign for the October 3 parliamentary election, in which polls show the National Alliance gaining ground.

Analysts say the airline could cut up to ten routes from Riga in the winter season. "The money buys a summer, not a strategy," said Kristaps Berzins, an aviation analyst at a Riga consultancy. He said the carrier's 2025 losses had shown how exposed a small airline is to one engine supplier.
"""},

"h165en04": {"outlet": "Itapua Wire (Encarnacion)", "published": "2026-06-06", "text": """Paraguay and Argentina race to settle Yacyreta's tariff before August

ENCARNACION, June 6 (Itapua Wire) - Paraguayan and Argentine negotiators will meet in Asuncion on Thursday for a fourth round of talks on revising the financial annex of the Yacyreta treaty, Foreign Minister Ruben Ramirez Lezcano said on Friday.

The binational dam on the Parana river, south of Encarnacion, has long been at the centre of a dispute over the price Argentina pays for Paraguay's unused share of its power.

Argentina has missed two quarterly payments for that energy this year, the Paraguayan director of the Yacyreta Binational Entity (EBY), Mirta Gauto, said on Wednesday.

Ramirez Lezcano said Paraguay "will not accept" a tariff below $40 per megawatt hour and that a deal was likely before the end of July. President Santiago Pena is expected to sign the revised annex with Argentine President Javier Milei during a visit to Buenos Aires in the first half of August, two officials said.

Technical teams from both energy ministries will meet in Posadas on June 22 to draft the text, the officials said.

Pena will host the Mercosur summit in Asuncion on July 2-3, the presidency said in a statement. Milei has not confirmed whether he will attend.

Read more: Paraguay's central bank holds its policy rate at 6%

Gauto said she would step down at the end of June to run for mayor of Encarnacion in the October 4 municipal election.

Analysts say a higher tariff could raise electricity bills in northeastern Argentina from January. "Milei needs cheap power for Misiones and Corrientes, and Pena needs the money," said Gustavo Arce, an energy economist in Asuncion. He said the Argentine side might also ask to reopen the dam's debt schedule, which Paraguay has refused to discuss since the last review.
"""},

"h165en05": {"outlet": "Sisowath Wire (Phnom Penh)", "published": "2027-07-15", "text": """Will Brussels restore Cambodia's trade preferences before the 2028 election?

PHNOM PENH, July 15 (Sisowath Wire) - A European Commission monitoring mission will arrive in Phnom Penh on Monday for a five-day review of whether Cambodia can regain the duty-free access it partly lost in 2020, the EU delegation said in a statement.

The EU withdrew about a fifth of Cambodia's preferences under the Everything But Arms (EBA) scheme in August 2020, citing concerns over human rights and political freedoms.

Commerce Minister Cham Nimul said the team would meet Prime Minister Hun Manet on Tuesday. Asked about jailed opposition activists, she said Cambodia "will not release anyone under foreign pressure".

The Commission could propose a partial restoration in the autumn, an EU official said, but member states would have the final say. A decision is unlikely before the National Assembly election in July 2028, diplomats said.

The Textile, Apparel, Footwear and Travel Goods Association in Cambodia (TAFTAC) expects garment exports to the EU to fall by about 8 percent this year, its secretary general, Keo Sothea, said. The Independent Garment Workers' Federation will hold a rally outside the EU delegation on Wednesday, its president, Sok Vanna, said.

Read more: Cambodia's rice exports to China climb in the first half

Separately, Cambodian and Thai defence officials will meet in Siem Reap next week to extend the border ceasefire, which expires at the end of July, Defence Ministry spokeswoman Maly Socheata said.

Cham Nimul said Phnom Penh hoped to open talks on a free trade agreement with the EU next year.

Analysts say Brussels could tie any restoration to the release of jailed union leaders. "The mission will look at courts and unions, not at factory numbers," said Chea Rithy, a political economist at a Phnom Penh university.
"""},
}
