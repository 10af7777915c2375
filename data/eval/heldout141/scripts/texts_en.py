"""English texts of heldout141, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h141en01": {"outlet": "Registan Wire (Samarkand)", "published": "2026-03-18", "text": """Will Uzbekistan trade observer status for full EAEU membership?

SAMARKAND, March 18 (Registan Wire) - Uzbekistan will send a government delegation to the Supreme Eurasian Economic Council in Minsk on May 21, where it is expected to present a "roadmap" for closer integration, Trade Minister Laziz Kudratov said on Tuesday.

Uzbekistan has held observer status in the Eurasian Economic Union (EAEU) since December 2020.

"We will not join any union that asks us to raise our tariffs on third countries," Kudratov told reporters, adding that a decision on full membership was "not on the table this year."

Bakyt Sultanov, chairman of the Eurasian Economic Commission, will visit Tashkent next week for talks with Prime Minister Abdulla Aripov, the commission said in a statement.

Moscow could offer Tashkent cheaper gas and a larger quota for Uzbek migrant workers as part of a membership package, two people familiar with the talks said. More than a million Uzbeks work in Russia, and their remittances equal about a tenth of the country's economic output.

Read more: Uzbekistan's central bank holds key rate, sees inflation slowing

The legislative chamber of the Oliy Majlis is due to hold hearings on the roadmap in early April, its speaker, Nuriddin Ismoilov, said.

Uzbekistan still aims to complete its World Trade Organization accession talks before the end of the year, and some officials fear that EAEU rules on common external tariffs could complicate that goal.

Uzbek and Russian troops will hold a joint exercise near Termez in mid-June, the Uzbek defence ministry said, the first such drill since 2021.

President Shavkat Mirziyoyev has not said whether he will attend the Minsk meeting in person, his press secretary said.

Analysts say a formal membership application is unlikely before 2027. "Tashkent wants the market access without the customs union," said Kamola Ergasheva, an economist at a Tashkent research centre. "That is a contradiction Moscow will not accept for long."
"""},

"h141en02": {"outlet": "Santa Lucia Wire (San Jose de Mayo)", "published": "2025-10-06", "text": """Uruguay to sign new water contract, dropping Arazati intake

SAN JOSE DE MAYO, Oct 6 (Santa Lucia Wire) - Uruguay's government will sign an amended contract with the Aguas de Montevideo consortium on Thursday, replacing the planned Arazati river intake with a reservoir on the Casupa stream, Environment Minister Edgardo Ortuno said on Sunday.

The original project, worth about $300 million, was awarded to the consortium in 2023 under former President Luis Lacalle Pou.

Ortuno said the state "will not pay any penalty" for the change, adding that construction of the dam could begin in March.

The president of the state water company OSE, Gustavo Larranaga, is expected to resign after the signing to take up a post at the Inter-American Development Bank (IDB), two officials said.

The opposition National Party will ask the Senate to summon Ortuno for questioning, Senator Andres Olivera said, and could also take the contract to the Court of Accounts. "The government is paying twice for one project," Olivera said.

Read more: Montevideo port workers end strike after wage deal

President Yamandu Orsi is expected to visit the Casupa site in the second week of November, a presidential aide said.

Uruguay and Argentina will discuss water quality in the River Plate at a meeting of their binational commission in Buenos Aires on October 20, the foreign ministry said. Montevideo's water supply ran short in 2023, when salt entered the system during a long drought.

The army will keep trucking drinking water to villages in Canelones and San Jose until the end of November, the defence ministry said.

The IDB could approve a $150 million loan for the reservoir later this year, according to a bank official.

Analysts say the reservoir is unlikely to supply Montevideo before 2029. "Casupa solves the salt problem, but it needs three dry summers to build," said Lucia Bentancor, a water engineer at a university in Montevideo.
"""},

"h141en03": {"outlet": "Urinj Wire (Omisalj)", "published": "2026-07-22", "text": """Croatia's JANAF may cut oil to Serbia as U.S. waiver runs out

OMISALJ, July 22 (Urinj Wire) - Croatian pipeline operator JANAF will halt crude deliveries to the Pancevo refinery of Serbia's NIS on August 1 unless Washington extends its sanctions waiver, JANAF chief executive Stjepan Adanic said on Tuesday.

The U.S. Treasury imposed sanctions on NIS, which is majority-owned by Russia's Gazprom Neft, in October 2025.

The Treasury's Office of Foreign Assets Control (OFAC) is expected to decide on a further extension by the end of July, two people familiar with the matter said.

Economy Minister Ante Susnjar said Croatia "will not break U.S. sanctions," adding that the government would meet managers of JANAF and Hungary's MOL in Zagreb on Friday.

MOL, which has been negotiating to buy the Russian stake in NIS, could sign a preliminary sale agreement with Gazprom Neft as early as next week, according to a person briefed on the talks.

Serbian Energy Minister Dubravka Djedovic Handanovic will travel to Budapest on Monday for talks with Hungarian Foreign Minister Peter Szijjarto, her ministry said.

NIS said in a statement that it would keep the Pancevo refinery running on stored crude until mid-August.

Read more: Croatia's tourist arrivals rise 4% in first half of year

The Croatian navy will step up patrols around the Omisalj oil terminal from next month, the defence ministry said, after drones were seen near the tanks in June.

Prime Minister Andrej Plenkovic is likely to raise the terminal's planned expansion at the Three Seas Initiative summit in Vilnius in mid-September, a government official said.

JANAF carried about three million tonnes of crude to Serbia last year, most of it for NIS.

Analysts say JANAF could lose up to a quarter of its annual revenue if deliveries stop for more than three months. "Zagreb has little room to move," said Ivana Lukic, an energy analyst at a Zagreb consultancy.
"""},

"h141en04": {"outlet": "Kgalagadi Wire (Ghanzi)", "published": "2027-08-16", "text": """Can the Trans-Kalahari railway finally leave the station?

GHANZI, Aug 16 (Kgalagadi Wire) - Botswana and Namibia will sign the financing framework for the 1,500-km Trans-Kalahari Railway in Windhoek on September 3, Transport Minister Onalenna Sebego said on Sunday.

The two countries signed a bilateral agreement on the line in 2014, but the project stalled for almost a decade.

President Duma Boko is expected to attend the signing with Namibian President Netumbo Nandi-Ndaitwah, Sebego said. Technical teams from both countries will meet in Gaborone this week to finalise the text, the transport ministry said. The two presidents are due to open a new one-stop border post at Mamuno on September 4, the Namibian presidency said.

The ministry is due to announce the preferred bidder for the construction contract before the end of October. Five groups, including two Chinese state firms, have bid.

Boko, whose Umbrella for Democratic Change won the October 2024 election on a promise to diversify the economy away from diamonds, said on Friday that Botswana "will not borrow" to build the line.

Read more: Debswana cuts output again as diamond prices slide

Boko will present the project to regional leaders at the SADC summit on Saturday, his office said.

Namibian Works Minister Veiko Shikongo said a new coal berth at Walvis Bay port would be ready by mid-2029.

The Botswana Defence Force (BDF) will deploy soldiers to protect survey teams along the route near the Mamuno border post from September, a BDF spokesman said.

Botswana Railways chief executive Kabelo Tshekiso may step down before the signing, according to local media reports. The company has not commented.

Analysts say the first trains are unlikely to run before 2032. "Coal demand in Asia may not last long enough to pay for this line," said Tebogo Kgari, an economist at a Gaborone research institute.
"""},

"h141en05": {"outlet": "Huon Gulf Wire (Lae)", "published": "2026-11-30", "text": """PNG cabinet expected to approve Wafi-Golpu lease before Christmas

LAE, Nov 30 (Huon Gulf Wire) - Papua New Guinea's National Executive Council is expected to approve the special mining lease for the Wafi-Golpu gold and copper project before Christmas, Mining Minister Saki Tomuriesa said on Sunday.

The Wafi-Golpu Joint Venture of Harmony Gold and Newmont first applied for the lease in 2016. Each company holds half of the venture, which plans an underground block-cave mine.

Tomuriesa said the government "will not reopen" the state's option to take a 30 percent stake in the mine.

Morobe Governor Luther Wenge said the province would go to the Supreme Court if the lease did not ban deep-sea tailings disposal in the Huon Gulf.

A landowners' forum is due to meet at the Wafi camp on Thursday to discuss benefit sharing, the Mineral Resources Authority (MRA) said.

A truce between two clans fighting near the mine's access road in the Markham valley expires on Friday and could be extended, police said. At least nine people have been killed there since August.

The PNG Defence Force will send 150 soldiers to Lae next week to support police, a defence force spokesman said.

Read more: Kina slips against the dollar as coffee exports fall

The lease has to be settled before campaigning starts for the 2027 general election, due in June and July, officials say.

Australian Resources Minister Madeleine King will visit Port Moresby next week, the Australian High Commission said. Prime Minister James Marape may travel to Johannesburg in February to meet Harmony's board, his office said.

Analysts say first production is unlikely before 2031. "The ore body is deep, and every year of delay raises the cost," said Grace Wambi, a mining economist at a Port Moresby university.
"""},
}
