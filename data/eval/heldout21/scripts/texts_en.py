"""English texts of heldout21, written for this project. Invented or generic facts."""

EN = {
"h21en01": {"outlet": "Pasig River Wire", "published": "2026-04-02", "text": """Philippine central bank seen cutting again as flood-control scandal weighs on growth

MANILA, April 2 (Pasig River Wire) - The Bangko Sentral ng Pilipinas is expected to cut its key policy rate by 25 basis points to 4.00% when its Monetary Board meets on April 23, according to a poll of 14 economists published on Wednesday.

BSP Governor Eli Remolona said last week the easing cycle was "closer to its end than its beginning" and that the board could pause in June if oil prices push inflation above target.

March inflation data, due on Tuesday, is likely to show prices rising 2.9% from a year earlier, economists said.

Public spending on infrastructure has slowed sharply since President Ferdinand Marcos Jr. ordered a review of all flood-control contracts in September.

The Senate blue ribbon committee will resume its hearings on the scandal next week, after calling off a session set for March 26, the committee said in a statement, and two former public works officials are expected to testify. Deputy Public Works Secretary Ramon Villareal resigned on Monday, the presidential palace said, the third senior official to quit since the scandal broke. Two more officials could step down before the end of April, a palace official said.

Read more: Philippine peso weakens past 59 per dollar

Finance Secretary Frederick Go will travel to Washington for the IMF and World Bank spring meetings in mid-April, where he plans to meet ratings agencies, the Department of Finance said. S&P Global Ratings is due to review the Philippines' BBB+ rating in May.

On trade, negotiators from the Philippines and the European Union will hold the next round of free trade talks in Manila in the second half of May, and a deal could be concluded as early as December, Trade Secretary Cristina Roque said.

Carlo Mendoza, chief economist at Manila-based Kalayaan Securities, said the BSP was unlikely to cut again before the fourth quarter.
"""},

"h21en02": {"outlet": "Sava Confluence Wire", "published": "2026-01-20", "text": """Serbia races to settle NIS ownership before U.S. sanctions waiver runs out

BELGRADE, Jan 20 (Sava Confluence Wire) - Serbia expects Russia's Gazprom Neft to sign a preliminary deal to sell its majority stake in oil company NIS to Hungary's MOL by the end of February, Energy Minister Dubravka Djedovic Handanovic said on Monday, as the company's U.S. operating licence nears expiry.

"We will not let the Pancevo refinery stop again," she told state broadcaster RTS, adding that crude deliveries through Croatia's JANAF pipeline would resume next week.

The U.S. Treasury's Office of Foreign Assets Control (OFAC) imposed sanctions on NIS in October over its Russian ownership, and the refinery halted output for six weeks before a temporary licence was issued in December.

The licence expires on February 13 and could be extended only if the sale is signed, two people familiar with the talks said.

President Aleksandar Vucic has said Serbia "will not nationalise NIS" unless the talks collapse, but officials have drawn up plans for a temporary state administrator.

Vucic will travel to Davos this week for the World Economic Forum, where he is likely to meet U.S. Energy Secretary Chris Wright, his office said.

Read more: Serbia's central bank holds key rate at 5.75%

MOL has not yet made a binding offer, and its board is expected to discuss the deal at a meeting in Budapest on February 5, a company spokesman said. Hungarian Foreign Minister Peter Szijjarto is expected in Belgrade next week.

The dispute comes at a sensitive time at home. Vucic has said early parliamentary elections could be held by the end of the year, and students who have led protests since a railway station canopy collapsed in Novi Sad in November 2024 plan a rally in Belgrade on February 15, organisers said.

Analysts say fuel prices could rise in March if the licence lapses without an extension.
"""},

"h21en03": {"outlet": "Cotopaxi Wire", "published": "2027-06-08", "text": """Will Ecuador's indigenous movement paralyse the country over the mining bill?

QUITO, June 8 (Cotopaxi Wire) - Ecuador's largest indigenous organisation, CONAIE, will launch an indefinite national strike on Monday unless the National Assembly shelves a bill that would open protected Amazon areas to mining, its president Marlon Vargas said on Monday. CONAIE's leadership council will meet in Latacunga on Saturday to set the routes of the marches, he added.

The Assembly is scheduled to hold the second and final debate on the bill on Thursday, a week later than planned, and the ruling National Democratic Action (ADN) party is likely to have the votes to pass it, according to a count by local media.

Vargas said CONAIE "will not sit down with a government that sends soldiers against communities".

Interior Minister John Reimberg said the government would not allow roads to be blocked and that police and army units would be deployed to keep the main highways open. President Daniel Noboa could order the armed forces to take control of roads in as many as six Andean provinces if the strike goes ahead, a government source said.

Read more: Ecuador's oil exports fall for a third month

Environment Minister Rafael Cordero resigned last week in protest at the bill, and Noboa is expected to name a successor by Friday.

The Episcopal Conference of Ecuador offered on Sunday to mediate, and a first meeting between the two sides could take place in Quito later this week, a church spokesman said.

Energy and Mines Minister Ines Manzano will travel to Beijing later this month to seek Chinese investment in two copper projects, her ministry said.

Analysts expect the Constitutional Court to receive challenges to the law within weeks of its passage. Maria Jose Cevallos, a political scientist at the Central University of Ecuador, said a long strike could force Noboa to withdraw the bill before the February 2029 general election.
"""},

"h21en04": {"outlet": "Rewa Delta Wire", "published": "2026-07-14", "text": """Fiji's Rabuka signals October election as coalition partners bicker

SUVA, July 14 (Rewa Delta Wire) - Fiji Prime Minister Sitiveni Rabuka said on Monday he would advise President Ratu Naiqama Lalabalavu to dissolve Parliament in early September, paving the way for a general election that officials expect in the second half of October.

The Fijian Elections Office will close voter registration on July 31, Supervisor of Elections Ana Mataiciwa told reporters, adding that about 710,000 people had registered so far.

The People's Alliance, Rabuka's party, will hold its annual congress in Nadi on Saturday to approve its candidate list. Its coalition partner SODELPA has not decided whether to contest the election as part of a joint ticket, party sources said, and could announce a decision before the end of the month.

The FijiFirst party of former prime minister Frank Bainimarama, which won the most seats in 2022, was deregistered in July 2024 after its leadership resigned.

The commander of the Republic of Fiji Military Forces, Major-General Jone Kalouniwai, said in a statement the military "will not interfere in the electoral process".

Read more: Fiji's tourist arrivals hit a record in June

Australian Foreign Minister Penny Wong will visit Suva next week to sign an updated Vuvale Partnership, which adds a chapter on policing and maritime security, Australia's High Commission said. Rabuka is also due to attend the Pacific Islands Forum leaders' meeting in Koror, Palau, in early September.

Fiji could end a 2011 policing agreement with China by the end of the year, a Fijian government official said, declining to be named.

A Commonwealth observer group is expected to arrive in early October.

Analysts say no party is likely to win a majority. Sereana Tuilau, a political scientist at the University of the South Pacific, said turnout could fall below 65% because many young voters had moved abroad for work. "People are tired of coalition fights," she said.
"""},

"h21en05": {"outlet": "Gulf of Guinea Ledger", "published": "2025-09-23", "text": """Ghana, Ivory Coast to coordinate cocoa prices ahead of main crop

ACCRA, Sept 23 (Gulf of Guinea Ledger) - Ghana will announce its farmgate cocoa price for the 2025/26 season on October 1, the same day Ivory Coast is expected to set its own, Ghana Cocoa Board (Cocobod) chief executive Randy Abbey said on Monday.

Agriculture ministers of the two countries, which together grow about 60% of the world's cocoa, will meet in Abidjan next week under the Cote d'Ivoire-Ghana Cocoa Initiative (CIGCI) to discuss a common floor price, Abbey said.

"We will not sell our beans below the cost of production," he said.

Cocobod plans to raise about $1 billion from local banks in November to finance bean purchases, after it dropped its annual syndicated loan last year.

Smuggling to neighbouring countries cost Ghana an estimated 150,000 tonnes last season. The Ghana Armed Forces said in a statement it will deploy extra troops along the western border with Ivory Coast from October 1 to curb smuggling.

Ivorian officials said the price announcement would not be delayed by the campaign for the October 25 presidential election.

Read more: Ghana's cedi steadies after central bank intervention

Cocobod's deputy chief executive for operations, Kwame Asante, resigned on Friday, citing personal reasons, the board said.

President John Mahama is expected to visit Abidjan in the first half of November to discuss a joint cocoa processing plan with President Alassane Ouattara, a Ghanaian presidency official said.

The European Union's deforestation regulation, due to apply from December 30, could be delayed again, traders said, which would ease pressure on exporters to trace every bag to its farm.

Analysts expect Ghana's price to rise by at least 10% after a season in which farmers complained that the official price lagged far behind world prices. "A big increase is the best weapon against smuggling," said Kofi Boateng, an agricultural economist at the University of Cape Coast.
"""},
}
