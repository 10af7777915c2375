"""English texts of heldout271, written for this project in one sitting. Invented or generic facts."""

EN = {
"h271en01": {"outlet": "Manakau Wire (Levin)", "published": "2026-07-15", "text": """Will drivers pay to use the new Levin expressway?

LEVIN, July 15 (Manakau Wire) - New Zealand's transport agency board will decide on Thursday whether to charge a toll on the Otaki to north of Levin expressway, Transport Minister Chris Bishop said on Tuesday, after a public consultation that drew more than 4,000 submissions.

The proposed toll of NZ$2.80 for cars would apply from the day the 24-kilometre road opens, expected in December 2029, according to NZ Transport Agency Waka Kotahi (NZTA) documents.

"There will be no toll on the old State Highway 1," Bishop told reporters in Wellington, adding that the old route would remain the free choice for local trips.

The government named the road one of its Roads of National Significance in March 2024. Construction crews have been working on the northern section since last year.

Horowhenua District Mayor Helen Tahiwi said the council would hold an extraordinary meeting on Monday to agree its response. If the board approves the toll, the order will go to Cabinet within 30 days, two officials said.

Horowhenua and Kapiti Coast councils are expected to sign a regional deal with the government before the end of September, covering housing and water pipes along the corridor, the officials added.

Read more: Wellington region's councils push back on water charges

Prime Minister Christopher Luxon will visit the construction site near Levin on Friday, his office said. The Muaupoko Tribal Authority has not decided whether to seek a judicial review of the toll, a spokeswoman said.

Labour leader Chris Hipkins said a Labour-led government would scrap the toll if it wins the November 7 general election.

Analysts say the government could drop the toll before the election if polls tighten in provincial seats. "A toll is a hard sell in a town that has waited thirty years for this road," said Mereana Tipoki, a transport researcher at Massey University in Palmerston North.
"""},

"h271en02": {"outlet": "Apascia Wire (Birzai)", "published": "2027-01-26", "text": """Who will run Birzai after the mayor's fall?

BIRZAI, Jan 26 (Apascia Wire) - Voters in Birzai will elect a new mayor and council on March 7 together with the rest of Lithuania, the Central Electoral Commission (VRK) said on Monday, after Mayor Vytautas Jasinskas resigned last week over an abuse-of-office probe.

Prosecutors charged Jasinskas on January 19 with steering municipal road contracts to a relative's firm. He denies wrongdoing.

Deputy Mayor Ruta Kairiene will act as mayor until the new council is sworn in, the municipality said. The council will hold an extraordinary session tomorrow to approve the 2027 budget, she said.

Candidate lists close on February 5, and a run-off will be held on March 21 where no mayoral candidate wins a majority, the VRK said.

Prime Minister Inga Ruginiene is expected to visit Birzai on Friday, government officials said. Nemunas Dawn leader Remigijus Zemaitaitis said his party would field a mayoral candidate in Birzai for the first time. The ruling Social Democrats have not decided whether to back Kairiene, a party spokesman said.

Read more: Lithuania extends state of emergency on Belarus border

Lithuanian and Latvian interior ministers will meet in Birzai next week to discuss border checks on the road to Bauska, Interior Minister Vladislav Kondratovic said. A joint patrol agreement is likely to be signed at the meeting, a Latvian official said.

Separately, Foreign Minister Kestutis Budrys said Lithuania would ask the EU to add Belarusian potash hauliers to its sanctions list at the February 23 meeting of foreign ministers in Brussels.

Birzai, a district of about 22,000 people on the Latvian border, has had three mayors in six years.

Analysts say turnout in the district could fall below 40 percent. "People are angry, and angry people often stay home," said Egle Vaitkute, a political scientist at Vytautas Magnus University in Kaunas.
"""},

"h271en03": {"outlet": "Snasa Wire (Steinkjer)", "published": "2026-05-12", "text": """Can Norway's farmers and the state strike a deal before the deadline?

STEINKJER, May 12 (Snasa Wire) - Norway's government will present its offer in the annual agricultural settlement talks on Friday, Agriculture Minister Nils Kristen Sandtroen said on Monday, after farmers' organisations demanded NOK 2.6 billion in extra support on April 28.

The talks must conclude by May 18, when the two sides either sign an agreement or the state's offer goes to parliament, he said.

Siri Kvalvik, leader of the Norwegian Farmers' Union (Norges Bondelag), said the union would break off negotiations if the offer was below NOK 2 billion. "We cannot ask young farmers in Trondelag to wait another year," she said.

Farmers will drive about 300 tractors to the county hall in Steinkjer on Thursday, organisers said.

Sandtroen said the state "will not cut" support for small dairy farms. If the talks collapse, the Storting would vote on the settlement in mid-June, as it has done several times before.

Centre Party leader Trygve Slagsvold Vedum said Sandtroen should resign if the talks fail.

Prime Minister Jonas Gahr Store is expected to visit a dairy farm near Steinkjer later this week, two government officials said.

Read more: Norway's salmon tax revenue falls short of budget

Norway will also raise farm tariffs with the European Union at the EEA Joint Committee in Brussels in mid-June, the foreign ministry said. Food security will be on the agenda when Nordic prime ministers meet in Reykjavik at the end of June.

Trondelag has lost almost a fifth of its dairy farms in the past decade, according to county figures.

Analysts say a deal before the May 18 deadline is likely because Labour needs rural votes ahead of the September 2027 local elections. "Nobody in Oslo wants tractors outside the Storting in June," said Halvard Rise, an agricultural economist in Trondheim.
"""},

"h271en04": {"outlet": "Slupia Wire (Slupsk)", "published": "2026-06-02", "text": """Will Patriots guard Redzikowo before NATO meets in Ankara?

SLUPSK, June 2 (Slupia Wire) - Poland will deploy a Patriot air defence battery next to the U.S. Aegis Ashore missile defence base at Redzikowo from next week, Defence Minister Wladyslaw Kosiniak-Kamysz said on Monday, after a Russian-made drone crashed in a field near Slupsk on May 28.

Military prosecutors will present their findings on the drone within 14 days, the National Prosecutor's Office said.

Russian foreign ministry spokeswoman Maria Zakharova said Moscow would respond with "military-technical measures" to any expansion of the base.

Foreign Minister Radoslaw Sikorski said Poland would propose new EU sanctions on Russian drone component suppliers when EU foreign ministers meet in Luxembourg on June 22. A ceasefire in Ukraine was "unlikely before the end of the year", he added.

U.S. Ambassador Tom Rose will visit the base on Thursday, the embassy said. Warsaw and Washington are expected to sign a memorandum on the base's air defence before the NATO summit in Ankara on July 7-8, two Polish officials said. Air defence on NATO's eastern flank is likely to dominate the summit, they said.

Slupsk Mayor Anna Bielecka said the city would submit a request for 20 million zlotys for public shelters to the interior ministry by the end of June. Residents of the villages around the base have complained for years about restrictions on building near the site. The base, operated by the U.S. Navy, came under NATO command in 2024.

President Karol Nawrocki has not said whether he will convene the National Security Council.

Analysts say Russia may test the base's defences again this summer. "Moscow wants to know how fast Poland reacts and who makes the call," said Tomasz Zielak, a security analyst at a Gdansk think tank.
"""},

"h271en05": {"outlet": "Waskasoo Wire (Red Deer)", "published": "2025-11-24", "text": """Will Red Deer trade the Mounties for a provincial police force?

RED DEER, Alberta, Nov 24 (Waskasoo Wire) - Red Deer city council will vote next Monday on whether to study replacing the RCMP with Alberta's new provincial police service, Mayor Dean Hartwell said on Sunday.

Public Safety Minister Mike Ellis said the province would cover half of the transition costs if the council approves a switch. Ellis will tour the city's RCMP detachment on Wednesday, his office said.

Red Deer council voted 5-4 in June 2024 to keep the RCMP after a previous review.

Premier Danielle Smith will meet Hartwell and other mayors in Edmonton on Friday, the premier's office said. Alberta's RCMP contract runs until March 31, 2032.

Federal Public Safety Minister Gary Anandasangaree said Ottawa would not renegotiate the contract for a single city. The National Police Federation, which represents RCMP members, said it would launch an advertising campaign in Red Deer next week.

Opposition NDP leader Naheed Nenshi said an NDP government would scrap the provincial service after the October 18, 2027 election.

The detachment's commander, Superintendent Karen Doucet, will step down at the end of December, the RCMP said. A consultant's report on costs is due in early December, and public hearings will run from January 12 to February 6, city officials said.

The provincial service, created in 2025, now has about 300 officers, mostly former sheriffs. Red Deer, a city of about 110,000 halfway between Calgary and Edmonton, has seen property crime fall for three years in a row.

Analysts say the vote is likely to be close. "Council is split between people who want control and people who fear the bill," said Priya Mandal, a political scientist at Red Deer Polytechnic.
"""},
}
