"""English texts of heldout227, written for this project in one sitting. Invented or generic facts."""

EN = {
"h227en01": {"outlet": "Hunebed Wire (Assen)", "published": "2026-11-10", "text": """Will Drenthe take a new asylum centre before the provincial vote?

ASSEN, Nov 10 (Hunebed Wire) - The Dutch cabinet will decide on Friday whether to open a 1,000-bed asylum reception centre at a former army depot near Veenhuizen, Asylum Minister Marieke van Dalen told reporters on Monday.

The Central Agency for the Reception of Asylum Seekers (COA) says about 4,000 people are sleeping in emergency shelters nationwide. The cabinet dropped a similar plan for Zuidlaren in March after protests.

Drenthe's provincial executive would not cooperate unless the centre is capped at 500 beds, the King's Commissioner, Jetta Klijnsma, said in a statement.

The municipal council of Midden-Drenthe votes on Thursday on a motion to block the zoning change, and a majority for the motion is likely, council members said.

Van Dalen said The Hague "will not let one province veto national policy" and could use the dispersal law to impose the centre as early as January.

Read more: Dutch farmers plan tractor convoy over new nitrogen rules

The dispute comes four months before provincial elections on March 17, in which the Farmer-Citizen Movement (BBB) is defending its lead in Drenthe. Roelof Mulder, a BBB member of the provincial executive, said he would resign if the cabinet overrides the province.

Van Dalen is expected to meet the twelve Drenthe mayors in Assen next week, two officials at her ministry said. The ministry also aims to sign a covenant with the province on smaller centres before the end of January, it said in a letter to parliament.

In Brussels, EU interior ministers are due to discuss the migration pact's solidarity pool on December 8.

Analysts say the row could help the BBB in March but is unlikely to change the cabinet's course before the vote.

"Drenthe has done its part, and voters here know it," said Anouk Bakker, a political scientist at the University of Groningen.
"""},

"h227en02": {"outlet": "Ouachita Wire (El Dorado)", "published": "2025-10-07", "text": """Arkansas sets lithium royalty hearing as Exxon weighs Smackover plant

EL DORADO, Ark., Oct 7 (Ouachita Wire) - The Arkansas Oil and Gas Commission will hold a hearing on October 21 on the royalty rate for lithium extracted from brine in ExxonMobil's proposed Smackover unit, the commission's director, Lance Pierce, said on Monday.

A decision is expected within 30 days of the hearing, Pierce said.

The commission set a 2.5 percent royalty for a rival project run by Standard Lithium and Equinor in May. Landowners' lawyers have asked for 5 percent in the Exxon unit and could appeal to a state court if the rate is lower, according to a filing seen by Ouachita Wire.

Governor Sarah Huckabee Sanders said in a statement that Arkansas will not raise its severance tax on lithium before 2027.

ExxonMobil expects to make a final investment decision on its first processing plant by the end of March, a company spokeswoman said.

China's export controls on lithium-processing technology take effect on November 8. Analysts say the curbs could delay U.S. projects by a year or more.

U.S. Energy Secretary Chris Wright will visit the Standard Lithium site near El Dorado on Friday and is likely to announce a $225 million grant disbursement, an Energy Department official said.

Sanders, who faces re-election in November 2026, has made lithium a centrepiece of her economic message. State Senator Matt Hollis plans to file a bill setting a statutory royalty floor in the fiscal session that opens in April.

Commission chairman Dale Whitfield will step down by the end of the year, two commissioners said.

Read more: Arkansas rice growers count cost of lost Mexican orders

"Nobody wants to be the state that priced itself out of the first American lithium boom," said Karen Liu, an energy economist at the University of Arkansas.
"""},

"h227en03": {"outlet": "Biebrza Wire (Bialystok)", "published": "2026-05-12", "text": """Poland to start digging East Shield ditches in Podlasie as farmers protest

BIALYSTOK, May 12 (Biebrza Wire) - Polish army engineers will begin digging the first anti-tank ditches of the East Shield programme along the Belarus border in Podlasie on May 25, Defence Minister Wladyslaw Kosiniak-Kamysz said on Monday.

The work, covering about 40 km between Krynki and Bialowieza, is expected to be finished by the end of October, he said.

Poland launched the 10 billion zloty programme in May 2024 to fortify its borders with Belarus and Russia's Kaliningrad region.

The Podlasie Chamber of Agriculture said about 300 landowners have refused to sell plots on the route and plans a tractor protest in Bialystok tomorrow.

The Sejm is due to vote next week on a bill allowing faster expropriation for defence projects, and the government is likely to win the vote, two coalition lawmakers said.

Poland hopes to pay for part of the ditches with loans from the EU's SAFE instrument, but the European Commission has not decided whether earthworks qualify, a Commission spokesperson said.

Read more: Poland's grain exporters eye new Baltic terminal

Kosiniak-Kamysz will present the project to allies at the NATO summit in Ankara on July 7-8, his ministry said.

Minsk has called the ditches "a provocation". Belarus could respond with exercises near Grodno in June, a Polish military intelligence official said.

EU foreign ministers are expected to adopt a new package of sanctions on Belarus on May 26, diplomats said.

Lithuanian President Gitanas Nauseda is expected in Bialystok in mid-June to discuss linking the programme with Lithuania's own border defences, the Polish presidential palace said.

Analysts say a ceasefire in Ukraine could come as early as July but would not slow Warsaw's building plans.

"The farmers are not against defence, they are against being told last," said Tomasz Wrona, a security researcher at the University of Bialystok.
"""},

"h227en04": {"outlet": "Wakatipu Wire (Queenstown)", "published": "2026-03-26", "text": """Will Queenstown get its visitor levy before the election?

QUEENSTOWN, March 26 (Wakatipu Wire) - A bill allowing Queenstown Lakes District to charge visitors a 5 percent levy on accommodation will have its first reading in Parliament next Wednesday, Local Government Minister Simon Watts said on Wednesday.

The bill is likely to pass its first reading with support from ACT, but New Zealand First has not said how it will vote, Watts said.

Cabinet rejected a similar proposal from the council in August 2024.

The council wants the levy in place from July 1, 2027, its chief executive, Helen Marsh, said. Queenstown draws more than three million visitors a year but has only about 50,000 residents paying rates.

Tourism Minister Louise Upston said Wellington "will not" let the levy become a national bed tax.

Parliament's governance and administration committee is expected to hold hearings in Queenstown in mid-May, committee staff said.

With the general election set for November 7, Labour's local government spokesperson, Tamati Rewi, said a Labour-led government would keep the bill if it wins.

Read more: Otago councils push for faster Central Otago highway upgrade

Australian Trade and Tourism Minister Don Farrell will visit Queenstown on April 14 and is expected to sign a trans-Tasman tourism arrangement with Upston, the Australian High Commission said.

Queenstown Airport's board will decide within 60 days whether to add a passenger charge of its own, the airport said in a statement.

Analysts say the bill could stall in committee until after the election.

"Visitors already pay for the views, the locals pay for the sewers," said Oliver Grant, a tourism economist at the University of Otago in Dunedin. "A levy is the only fair fix we have been offered."
"""},

"h227en05": {"outlet": "Gareloch Wire (Helensburgh)", "published": "2026-02-03", "text": """Healey to unveil Faslane expansion as Holyrood vote nears

HELENSBURGH, Feb 3 (Gareloch Wire) - British Defence Secretary John Healey will visit HM Naval Base Clyde at Faslane on Thursday to announce a 1.2 billion pound expansion, including a new jetty for the Dreadnought-class submarines, the Ministry of Defence said.

The project will create about 900 construction jobs from 2027, the ministry said. The base has been home to all of the Royal Navy's submarines since 2020.

First Minister John Swinney said on Monday that an SNP government "will not support any new nuclear infrastructure on the Clyde".

Scotland votes for a new Scottish Parliament on May 7.

Argyll and Bute Council's planning committee will consider the jetty application on February 18, though London may use Crown powers to bypass the council, a council official said.

Scottish Labour leader Anas Sarwar said a Labour-led Scottish government would welcome the investment.

Read more: Ferry cancellations hit Argyll islands for third winter

The base commander, Commodore Iain Baird, will step down in April, the Royal Navy said.

A U.S. Navy submarine tender is expected to visit Loch Long next month for a joint exercise, two defence sources said.

Campaigners plan a blockade of the base's north gate within 14 days of the announcement, Scottish CND said.

Analysts say the Faslane row is unlikely to move many votes in May but could hurt Labour in Argyll and Bute.

About 6,800 military and civilian staff work at Faslane and the nearby Coulport armaments depot, making the base the largest employer in the council area.

"Helensburgh lives off the base and argues about it at the same time," said Morag Lindsay, a politics lecturer at the University of Stirling.
"""},
}
