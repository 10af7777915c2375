"""English texts of heldout114, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h114en01": {"outlet": "Chorsu Wire (Tashkent)", "published": "2025-12-12", "text": """Will Uzbekistan pour nuclear concrete before spring? Rosatom chief heads to Jizzakh

TASHKENT, Dec 12 (Chorsu Wire) - Uzbekistan expects to pour the first safety-grade concrete for its small modular nuclear plant in the Jizzakh region in mid-March, the head of the Uzatom agency, Azim Akhmedkhadjaev, told reporters on Thursday.

Russia's state nuclear corporation Rosatom signed the construction contract for six 55-megawatt units in May 2024, during President Vladimir Putin's state visit to Tashkent.

Rosatom chief executive Alexei Likhachev will visit the site next week and is likely to meet President Shavkat Mirziyoyev in Tashkent, Akhmedkhadjaev said.

The International Atomic Energy Agency will send a site safety review mission to Jizzakh in the second half of January, the IAEA said in a statement.

A Russian state loan covering most of the cost has not been finalised, and the two governments could sign it when Mirziyoyev and Putin meet at the informal summit of the Commonwealth of Independent States (CIS) in St Petersburg on December 26, two officials said.

Washington has warned that payments through sanctioned Russian banks could expose Uzbek lenders to secondary sanctions. A U.S. Treasury official is expected in Tashkent in January for talks on compliance, a person familiar with the plans said.

Read more: Uzbekistan raises gas export prices for China from January

Uzbekistan will not hold a referendum on the project, Energy Minister Jurabek Mirzamakhmudov said on Wednesday, rejecting a petition signed by about 40,000 people.

The Senate is due to debate a nuclear liability bill on December 23. The Legislative Chamber, parliament's lower house, passed the bill last week.

Analysts say the first unit is unlikely to start operating before 2030, three years later than the government's original target.

"The concrete date matters less than the money," said Dilnoza Karimova, an energy economist at a Tashkent university.
"""},

"h114en02": {"outlet": "Daule Wire (Guayaquil)", "published": "2026-03-25", "text": """Ecuador's prison truce: will it last beyond Easter?

GUAYAQUIL, March 25 (Daule Wire) - Leaders of the Los Lobos and Los Choneros gangs agreed on Monday to a 30-day truce inside Guayaquil's Litoral penitentiary, prison chaplains who mediated the talks said, after clashes there killed 17 inmates last week.

The truce runs until April 22, the chaplains said.

Interior Minister John Reimberg said on Tuesday the government "will not negotiate with terrorists" and had no part in the deal.

The armed forces will keep control of the Litoral and four other prisons at least until the end of June, the Joint Command of the Armed Forces said in a statement.

President Daniel Noboa is expected to renew the state of emergency in Guayas province when it expires on Saturday.

The head of the prison agency SNAI, retired colonel Fausto Villacres, is likely to step down before the end of the month, two government officials said.

A team from the FBI will arrive in Guayaquil on Monday to help trace the gangs' finances, the U.S. Embassy in Quito said. The U.S. Treasury could add more Los Lobos financiers to its sanctions list as early as next week, a U.S. official said.

Reimberg said Ecuador and Peru's interior ministers would meet in Tumbes on April 9 to coordinate patrols along the border.

Read more: Ecuador's economy grew 2.1% in 2025, central bank says

The opposition Citizen Revolution party (RC) has called for Reimberg to appear before the National Assembly. Its security committee will hear him next Tuesday, committee chair Ximena Cordero said.

Families of the dead inmates plan to march to the Carondelet presidential palace in Quito on Thursday, organisers said.

Analysts say the truce may collapse after Easter, when prison visits resume.

"Truces in Ecuador's prisons have rarely lasted more than a few weeks," said Maria Fernanda Zambrano, a security researcher at a Quito university.
"""},

"h114en03": {"outlet": "Jarun Wire (Zagreb)", "published": "2027-06-13", "text": """Croatia eyes OECD seat as Cormann brings accession deal to Zagreb

ZAGREB, June 13 (Jarun Wire) - The OECD Council is expected to formally invite Croatia to join the organisation at its meeting in Paris on June 24, Prime Minister Andrej Plenkovic said on Saturday.

The last of the 25 OECD committees reviewing Croatia approved Zagreb's reforms on June 3.

OECD Secretary-General Mathias Cormann will travel to Zagreb on July 1 to sign the accession agreement with Plenkovic, his office said.

The Sabor will hold its ratification vote before the summer recess, which starts on July 15, Parliament Speaker Gordan Jandrokovic said.

The main opposition Social Democratic Party (SDP) will not block the vote, its leader, Sinisa Hajdas Doncic, said on Friday, although the party wants a separate debate on the tax changes the OECD requested.

President Zoran Milanovic, who has clashed with Plenkovic over foreign policy, could delay promulgating the law, a step his office has not ruled out.

Croatia would then deposit its instrument of accession in Paris, likely in September, Finance Minister Marko Primorac said. The government also plans to lower the top income tax rate from January 2028, he said.

Read more: Croatian inflation eases to 3.1% in May

Diplomats say Hungary could still raise its long-running dispute over energy company INA at the Council meeting, although Budapest dropped its objections in committee.

Croatia will host the Three Seas Initiative summit in Dubrovnik on September 16-17, where Plenkovic plans to present the accession as proof of Croatia's reforms.

Analysts say membership could lower Croatia's borrowing costs and may prompt S&P to upgrade the country's rating before the end of the year.

"The OECD badge matters most to investors outside Europe, who still see Croatia as a tourism economy," said Ivana Babic, an economist at a Zagreb institute.

Croatia joined the euro area and the Schengen zone in January 2023.
"""},

"h114en04": {"outlet": "Songo Wire (Tete)", "published": "2026-10-27", "text": """Can Mozambique get a better price for Cahora Bassa power?

TETE, Oct 27 (Songo Wire) - Mozambique and South Africa will resume talks on a new power purchase agreement for the Cahora Bassa dam in Pretoria next week, Energy Minister Estevao Pale said on Monday, with Maputo seeking a tariff at least 40 percent higher.

The current agreement between Hidroelectrica de Cahora Bassa (HCB) and South Africa's state utility Eskom expires in 2030.

Eskom chief executive Dan Marokane will lead the South African team, Eskom said in a statement.

Pale said Mozambique "will not accept a tariff below six U.S. cents per kilowatt-hour" and would answer Eskom's latest counter-offer within 14 days.

Both sides aim to sign heads of terms before the end of March, an HCB official said.

South African President Cyril Ramaphosa is expected in Maputo in early December for the bi-national commission with President Daniel Chapo, diplomats said.

Separately, the government will sign the financing agreement for the 1,500-megawatt Mphanda Nkuwa dam with a consortium led by EDF, TotalEnergies and Sinohydro in mid-November, the project office said.

HCB's board chairman, Boaventura Nhantumbo, will step down in December, the company said.

Read more: Mozambique's central bank cuts its key rate to 9.25%

Venancio Mondlane, the former presidential candidate who leads the ANAMOLA party, said on Sunday the party would field candidates in all 65 municipalities in the October 2028 local elections. Mondlane said he could call protests if a new deal raises household power prices.

The ANAMOLA party was registered in August.

Analysts say Eskom's financial troubles may force Maputo to look for other buyers in the Southern African Power Pool.

"South Africa needs this power more than it admits, and Maputo knows it," said Celso Mabunda, an energy analyst in Maputo.

The dam, on the Zambezi River in Tete province, sells most of its output to South Africa.
"""},

"h114en05": {"outlet": "Prey Nob Wire (Sihanoukville)", "published": "2027-02-18", "text": """Who will dock at Ream next? Japanese destroyer heads to Cambodian base

SIHANOUKVILLE, Feb 18 (Prey Nob Wire) - A Japanese navy destroyer will make a port call at Cambodia's Ream Naval Base from March 3 to March 5, Defence Minister Tea Seiha said on Wednesday.

Two Chinese corvettes have been stationed at Ream since December 2023 for what Beijing calls training.

They will remain at the base at least until the end of the Golden Dragon exercise in May, a Chinese embassy spokesman said. About 2,000 Chinese and Cambodian troops are due to take part in the drills.

Tea Seiha said Ream "will not host any foreign base", as the constitution forbids.

Washington has not decided whether to accept Phnom Penh's invitation for a U.S. warship to visit before the end of the year, a State Department official said.

Tea Seiha said Cambodia would ask Washington to lift its 2021 sanctions on two navy officers at the annual Cambodia-U.S. defence dialogue in Phnom Penh next month.

Prime Minister Hun Manet will visit Tokyo in April to discuss a coastal radar grant, his office said.

Read more: Cambodia's garment exports rise 9% in January

Cambodia holds commune council elections on June 6. The opposition Candlelight Party may boycott them unless its candidates in Preah Sihanouk province are reinstated, the party's secretary-general, Lim Sreyroth, said on Tuesday.

The ruling Cambodian People's Party (CPP) won almost every commune in the 2022 vote.

Analysts say Beijing could push for a permanent naval presence at Ream after the elections, while Tokyo and Washington are likely to seek more port calls.

"Phnom Penh wants to show that Ream is open to everyone, but the pier was built for Chinese ships," said Sok Dara, a defence researcher in Phnom Penh.

The base sits on the Gulf of Thailand, about 30 km from Sihanoukville.
"""},
}
