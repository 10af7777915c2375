"""English texts of heldout24, written blind for this project in one sitting. Invented or generic facts."""

EN = {
"h24en01": {"outlet": "Lake Chilwa Wire (Lilongwe)", "published": "2026-03-04", "text": """Malawi opens talks on new IMF loan as fuel queues return

LILONGWE, March 4 (Lake Chilwa Wire) - An International Monetary Fund mission will arrive in Lilongwe on Monday for two weeks of talks on a new loan programme for Malawi, Finance Minister Joseph Mwanamvekha said on Tuesday.

"We expect to reach a staff-level agreement before the end of April," Mwanamvekha told parliament's budget committee, adding that the government would not float the kwacha "overnight".

Malawi's previous Extended Credit Facility lapsed in May 2025 after reviews stalled over the exchange rate. Analysts say a devaluation of at least 30% could come as early as the IMF board meeting on a new deal, which most expect in June.

Fuel queues returned to Blantyre and Lilongwe this week. A 40 million litre consignment from Tanzania will reach the country within 48 hours, the Ministry of Energy said on Wednesday.

Read more: Malawi's tobacco auction floors to open amid price worries

President Peter Mutharika, 85, won the September 2025 election on a promise to end fuel and foreign exchange shortages. He will travel to Dar es Salaam next week for talks with Tanzanian President Samia Suluhu Hassan on fuel supplies through the port, his office said.

Parliament's budget session opens on March 20, when Mwanamvekha is due to present the 2026/27 budget. The Civil Servants Trade Union has threatened a nationwide strike from April 1 unless salaries are adjusted for inflation in the budget.

By-elections in three constituencies left vacant since the general election will be held on May 12, the Malawi Electoral Commission said.

In the opposition, former president Lazarus Chakwera could step down as leader of the Malawi Congress Party (MCP) at a party convention scheduled for August, two party officials said. Chakwera has not commented publicly on his plans since conceding defeat.
"""},

"h24en02": {"outlet": "Moraca Wire (Podgorica)", "published": "2025-10-21", "text": """Montenegro's parliament to vote on revised UAE deal after EU concerns

PODGORICA, Oct 21 (Moraca Wire) - Montenegro's parliament will vote on Thursday on a revised economic cooperation agreement with the United Arab Emirates, Speaker Andrija Mandic said on Monday. The European Commission warned in September that the original text could breach EU rules on public procurement.

The ruling coalition is expected to pass the amendments with at least 45 votes in the 81-seat chamber, two coalition officials said. The opposition Democratic Party of Socialists (DPS) will boycott the session, its leader Danijel Zivkovic said.

President Jakov Milatovic returned the first version of the law to parliament in July. His advisers have signalled he could again refuse to sign it, although the constitution obliges him to sign a law passed a second time.

Prime Minister Milojko Spajic will travel to Abu Dhabi in mid-November for talks with Emirati Investment Minister Mohamed Hassan Alsuwaidi on the first projects under the deal, his office said.

Deputy Prime Minister Nik Gjeloshaj could step down if a clause covering Velika Plaza beach near Ulcinj is not dropped, officials of his Albanian Alternative party said.

Read more: Montenegro's tourism revenue hits record after strong summer

"The Commission's legal assessment of the revised text, expected by mid-December, could still force further changes," said Jelena Vuksanovic, an analyst at the Lovcen Policy Institute in Podgorica.

Spajic is also expected to raise the agreement with EU leaders at the EU-Western Balkans summit in Brussels on December 17.

In the coastal town of Budva, voters will elect a new municipal assembly on November 30, the State Election Commission said, after the outgoing council failed to form a majority for eight months. It will be the first local vote since the national census results were published.
"""},

"h24en03": {"outlet": "Kinabalu Ledger (Kota Kinabalu)", "published": "2027-07-13", "text": """Sabah revenue talks resume as Anwar weighs election timing

KOTA KINABALU, July 13 (Kinabalu Ledger) - Federal and Sabah officials will resume talks on the state's constitutional claim to 40% of the net revenue the federal government collects in Sabah at a meeting in Putrajaya on Friday, Chief Minister Hajiji Noor said on Monday.

Hajiji said he expected a formula to be "agreed in principle" before the federal budget is tabled in October, and that Sabah would not accept "another interim grant".

The Kota Kinabalu High Court ruled in October 2025 that the federal government had failed in its constitutional duty to review Sabah's special grant. The state government puts the amount owed at several billion ringgit a year, a figure federal officials dispute.

Prime Minister Anwar Ibrahim is scheduled to visit Sabah in early August, his office said, a trip analysts say could double as an early campaign stop.

Parliament's five-year term expires in December. Anwar has not said when he will seek a dissolution, but two senior Pakatan Harapan officials said the coalition was preparing for a general election as early as October.

Read more: Ringgit firms as exporters convert proceeds

The Eastern Sabah Security Command (ESSCOM) will extend its dusk-to-dawn sea curfew off seven east coast districts for two weeks from Saturday, Sabah police said, citing intelligence on kidnap-for-ransom groups based in the southern Philippines. Kidnappings have fallen sharply since the curfew was first imposed in 2014.

Anwar is likely to raise cross-border security with Philippine President Ferdinand Marcos Jr at the ASEAN summit in Singapore in October, a Malaysian foreign ministry official said.

In Kota Kinabalu, the opposition Warisan party will decide at a supreme council meeting on July 24 whether to contest all 25 Sabah parliamentary seats, party president Shafie Apdal said.
"""},

"h24en04": {"outlet": "Esja Wire (Reykjavik)", "published": "2026-11-09", "text": """Iceland's central bank seen cutting again as nurses prepare for talks

REYKJAVIK, Nov 9 (Esja Wire) - The Central Bank of Iceland is expected to cut its key interest rate by 25 basis points to 6.75% on November 18, according to an Esja Wire poll of nine economists, as inflation eases towards the bank's 2.5% target.

Governor Asgeir Jonsson said last week the bank "will not move faster than inflation allows".

The decision comes a week before the Icelandic Nurses' Association opens talks with the state on a new contract on November 25. Its chair, Helga Ros Einarsdottir, said members could vote on strike action in January if the talks fail. Nurses last walked out in 2015, before parliament legislated an end to their strike.

Finance Minister Dadi Mar Kristofersson said the 2027 budget will be put to a final vote in the Althingi by December 18.

Media reports said Industries Minister Hanna Katrin Fridriksson may resign before the end of the year after clashing with coalition partners over quota rules. The fishing fee, raised steeply in a law passed in July 2025, remains a source of friction in the three-party coalition.

Read more: Reykjanes eruption risk remains elevated, Met Office says

Foreign Minister Thorgerdur Katrin Gunnarsdottir will travel to Nuuk on Thursday for talks with Greenland's foreign minister, Vivian Motzfeldt, the foreign ministry said. The two are expected to sign a search-and-rescue cooperation agreement. They last met in Reykjavik in May.

Prime Minister Kristrun Frostadottir will attend a meeting of Nordic prime ministers in Copenhagen on December 3, her office said.

Italian Air Force F-35 jets will arrive at Keflavik in early December for a three-week NATO air policing rotation, the Icelandic Coast Guard said. Iceland has no army of its own and relies on allies for air policing.
"""},

"h24en05": {"outlet": "Reventazon Wire (San Jose)", "published": "2027-01-27", "text": """Nicaragua's exporters brace for higher U.S. tariffs as election year begins

SAN JOSE, Jan 27 (Reventazon Wire) - U.S. tariffs on most Nicaraguan goods rose to 10% on January 1 and will climb to 15% on January 1, 2028, the Office of the U.S. Trade Representative confirmed on Tuesday, rejecting a request from Managua to delay the increase.

Co-President Rosario Murillo called the tariffs "economic aggression" in a televised address on Monday and said Nicaragua would "find new markets".

Finance Minister Ivan Acosta is due in Beijing next week to discuss expanding the free trade agreement with China that took effect in January 2024, the finance ministry said.

The board of the Central American Bank for Economic Integration (CABEI) could consider a $300 million loan to Nicaragua at its meeting in Tegucigalpa on February 24-25, two people familiar with the matter said. Washington has opposed new lending to Managua.

Read more: Costa Rica's coffee harvest recovers after late rains

Nicaragua will hold presidential and legislative elections on November 7, the Supreme Electoral Council said, the first since a 2025 constitutional reform made Ortega and Murillo co-presidents.

U.S. officials have warned that more Nicaraguan officials could face visa restrictions and Treasury sanctions before the vote.

Daniel Ortega, 81, has not appeared in public since December, fuelling speculation that Murillo could head the Sandinista ticket alone. The Sandinista National Liberation Front (FSLN) will name its candidates at a congress in Managua on July 19, party officials said.

Costa Rican President Laura Fernandez will host Central American leaders at a SICA summit in San Jose on March 12, her office said. Murillo is not expected to attend, diplomats said.

Mariela Zeledon, an economist at the San Jose-based Istmo Trade Monitor, said Managua was likely to request formal consultations with Washington under the CAFTA-DR trade agreement before the end of March.
"""},
}
