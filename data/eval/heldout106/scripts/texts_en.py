"""English texts of heldout106, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h106en01": {"outlet": "Tamontaka Wire (Cotabato City)", "published": "2025-10-17", "text": """MILF's last fighters to hand in weapons as Bangsamoro deadline nears

COTABATO CITY, Oct 17 (Tamontaka Wire) - The fourth and final phase of decommissioning Moro Islamic Liberation Front (MILF) combatants will resume on Monday in Sultan Kudarat, the Office of the Presidential Adviser on Peace, Reconciliation and Unity (OPAPRU) said on Thursday.

About 14,000 of the 40,000 listed fighters remain. Decommissioning was suspended in March after the MILF said promised cash aid had not been delivered.

Peace adviser Carlito Galvez said the remaining combatants "will be fully decommissioned before the end of the year," adding that the first payments would be released within 10 days.

MILF chairman Ahod "Murad" Ebrahim told supporters on Wednesday the front would not hand over its remaining heavy weapons until all its members' amnesty applications were approved.

The Independent Decommissioning Body is expected to submit its assessment to both peace panels in early November, one of its members said. The panels are due to meet in Kuala Lumpur next week, with Malaysia as facilitator, to review the normalization timetable, officials said.

Read more: Davao banana exporters eye new quota in Japan

The Coordinating Committees on the Cessation of Hostilities (CCCH), whose mandate expires on October 31, could be extended by another year, according to two people familiar with the talks.

The region's first parliamentary election, moved by Congress to May 2026, will go ahead only if a new districting law is passed, Commission on Elections chairman George Garcia said on Tuesday. Several members of the Bangsamoro Transition Authority may resign in the coming weeks to run, a BTA spokesperson said.

President Ferdinand Marcos Jr. is scheduled to visit Cotabato City on November 20 to hand land titles to former combatants.

Analysts say delays in cash aid could push some former fighters toward splinter groups. "Cash is the peace people can see," said Sittie Maguindra, a researcher at a Cotabato City policy institute.
"""},

"h106en02": {"outlet": "Joal Wire (Joal)", "published": "2026-03-10", "text": """Will Senegal's trawler clampdown lift the EU's yellow card?

JOAL, March 10 (Joal Wire) - Senegalese and European Union negotiators will meet in Brussels on March 24-25 for a third round of talks on a new fisheries partnership, Fisheries Minister Fatou Diouf said on Monday, more than a year after the previous protocol expired in November 2024.

A fourth round is tentatively planned for May in Dakar, she said. Diouf added that Dakar "will not sign any protocol that gives European vessels access to small pelagic stocks."

The European Commission is expected to decide by the end of June whether to lift the "yellow card" warning it issued Senegal over illegal, unreported and unregulated (IUU) fishing, or to move to a red card that would ban Senegalese fish exports to the bloc, two EU officials said.

Prime Minister Ousmane Sonko's government published an audit of industrial fishing licences last week, which found foreign owners behind a third of Senegalese-flagged vessels.

Senegal's navy will deploy two new patrol vessels off the Petite Cote from April 1 to track foreign trawlers, the Ministry of the Armed Forces said.

EU fisheries commissioner Costas Kadis is likely to visit Dakar in April, according to a diplomat in Dakar, though the trip has not been confirmed.

Read more: Dakar port volumes rise as Ndayane terminal takes shape

Artisanal fishermen in Joal and Mbour plan a strike on Thursday to demand that any deal cap the number of foreign tuna vessels, said Moussa Ndour, who heads the Joal fishermen's association.

Sonko is expected to travel to Nouakchott next week, where he could sign a renewed licence protocol for Senegalese pirogues, officials in both capitals said.

Analysts say a new EU protocol is unlikely before 2027 because Brussels wants stricter controls on vessels that switch flags. "Dakar has made fish a test of sovereignty," said Mariama Thioune, a fisheries economist at Cheikh Anta Diop University.
"""},

"h106en03": {"outlet": "Armavir Wire (Armavir)", "published": "2025-11-19", "text": """Armenia weighs U.S. reactor offer as Metsamor's Russian upgrade slips

ARMAVIR, Nov 19 (Armavir Wire) - Armenia and the United States will hold a second round of talks on a civil nuclear cooperation agreement in Washington on December 3, Infrastructure Minister Davit Khudatyan said on Tuesday.

The two countries launched the talks after signing a strategic partnership charter in January. A so-called 123 agreement would allow U.S. firms to offer small modular reactors to replace the Soviet-era Metsamor plant, whose one working unit supplies a third of Armenia's power.

Khudatyan said Yerevan "has not chosen a supplier" and would decide between American, Russian, Chinese and South Korean offers before the end of 2026.

Rosatom, which is carrying out a life-extension programme to keep Metsamor running until 2036, had been due to finish replacing the unit's turbine in September, but the work slipped to February over payment delays, a person familiar with the project said.

Russian Deputy Prime Minister Alexei Overchuk is expected in Yerevan next week for the intergovernmental commission, where the turbine contract and gas prices are on the agenda, the Russian embassy said.

Prime Minister Nikol Pashinyan said on Sunday that Armenia "will not leave Metsamor dependent on one country," but would honour its contract with Rosatom.

Read more: Armenia's central bank holds rate as inflation eases

U.S. Energy Secretary Chris Wright could visit Armenia in the first half of 2026, possibly around the European Political Community summit that Yerevan hosts in May, two diplomats said.

The U.S. Treasury could add Rosatom's fuel subsidiary TVEL to its sanctions list, which would complicate fuel deliveries to Metsamor, a Western diplomat said.

Analysts say any final choice of reactor is likely to wait until after the June 7, 2026 parliamentary election. "Whoever wins inherits a five-billion-dollar bill and an ageing plant," said Lilit Avetisyan, an energy analyst at a Yerevan think tank.
"""},

"h106en04": {"outlet": "Misti Wire (Arequipa)", "published": "2027-02-08", "text": """Can Lima keep Tia Maria running without a fresh Islay uprising?

AREQUIPA, Feb 8 (Misti Wire) - Farmers in the Tambo Valley will hold an indefinite strike from next Monday against the Tia Maria copper mine, which Southern Peru plans to bring into production in the second half of the year, the Tambo Valley Defence Front said on Sunday.

Lima is expected to declare a 30-day state of emergency in Islay province before the strike begins, allowing the armed forces to support the police, two government officials said. The police will send 800 more officers to Islay within 48 hours, the Interior Ministry said.

Protests against the project left three people dead in 2015 and forced its suspension in 2019.

Energy and Mines Minister Ricardo Palomino said the government "will not suspend" the mine's construction licence and that a dialogue table would open in Cocachacra on Wednesday with the regional government of Arequipa.

Regional Governor Elmer Chavez, who took office in January, said he would attend only if Southern Peru froze construction work during the talks.

Read more: Peru's central bank holds rate at 4.25% as inflation stays in range

Opposition lawmakers have filed a motion to censure Palomino, which could be debated as early as next week. Palomino has said he would resign if the strike turns deadly.

Prime Minister Aurelio Cusi will visit Arequipa in mid-March to present a $200 million water fund for the valley, his office said.

Southern Peru, a unit of Grupo Mexico, said it had met all the conditions of its environmental permit and would keep hiring local workers.

Analysts say the company may push first output back to 2028 if the strike lasts more than a month. "Every government since 2011 has promised the valley water and delivered soldiers instead," said Julio Mamani, a sociologist at the National University of San Agustin, who expects a long standoff.
"""},

"h106en05": {"outlet": "Padang Merbok Wire (Kuala Lumpur)", "published": "2026-07-23", "text": """Will Malaysia cap a prime minister's time in office at ten years?

KUALA LUMPUR, July 23 (Padang Merbok Wire) - Malaysia's government will table a constitutional amendment limiting prime ministers to ten years in office for first reading in the Dewan Rakyat on Monday, Law Minister Azalina Othman Said told reporters on Wednesday.

The bill needs the support of at least 148 of the 222 members of the lower house for its second reading, expected in the second week of August. The cabinet approved the draft on July 15.

Prime Minister Anwar Ibrahim said on Tuesday that the change "is not aimed at anyone" and that he would not seek to stay beyond the limit himself.

Ahmad Zahid Hamidi, the deputy prime minister and president of the United Malays National Organisation (UMNO), said the party's 26 lawmakers would vote for the bill.

Opposition leader Hamzah Zainudin said Perikatan Nasional had not decided whether to back it and would decide after a meeting of the coalition's supreme council next week. Its largest component, the Malaysian Islamic Party (PAS), could demand that the limit also cover state chief ministers.

Read more: Ringgit firms as exporters convert dollar earnings

The Conference of Rulers, which meets in October, may be consulted on the bill, a palace official said. If passed, the amendment would go to the Dewan Negara, the upper house, in September.

The next general election must be held by February 2028. Analysts say Anwar could call a snap vote as early as the first half of 2027 if the bill passes.

Anwar is expected to attend the ASEAN summit hosted by the Philippines in October, where he could meet Philippine President Ferdinand Marcos Jr. on the Sabah claim, a foreign ministry official said.

"A term limit is cheap to promise and hard to oppose," said Khairul Azman Rosdi, a political scientist at Universiti Sains Malaysia.
"""},
}
