"""English texts of heldout186, written for this project. Invented or generic facts."""

EN = {
"h186en01": {"outlet": "Ooij Wire (Nijmegen)", "published": "2025-12-10", "text": """Will Nexperia's chips flow again? Dutch court sets a date for Wingtech's appeal

NIJMEGEN, Dec 10 (Ooij Wire) - The Enterprise Chamber of the Amsterdam Court of Appeal will hear Wingtech Technology's request to restore its control over chipmaker Nexperia on January 15, the court said on Tuesday.

Wingtech, Nexperia's Chinese owner, filed the appeal last week. The court suspended Nexperia's chief executive, Wingtech founder Zhang Xuezheng, in October, days after the Dutch government took powers over the company under the Goods Availability Act, a Cold War-era law it later put on hold.

Economic Affairs Minister Vincent Karremans said on Monday the government "will not reinstate" its order, adding that he expects to travel to Beijing in early January for talks with Commerce Minister Wang Wentao.

China's commerce ministry said it would keep granting exemptions "case by case" for Nexperia chips packaged in Dongguan. It has not said whether the broader export ban will end.

Two people familiar with the matter said Wingtech could offer a minority stake in Nexperia to a European investor if the court rules against it. Nexperia's interim chief executive could step down after the ruling, a company official said.

Read more: Dutch exporters brace for slower growth in 2026

The House of Representatives' economic affairs committee will question Karremans in a closed session next Tuesday, its chair, Sanne Hoekstra, said.

EU trade ministers are expected to discuss export-control coordination with China when they meet in Brussels on Monday, an EU official said. Nexperia's supply will also be on the agenda of the European Council on December 18-19, Prime Minister Dick Schoof's office said.

"Both sides may settle quietly before the hearing, because neither can afford a long stoppage," said Thijs Lammers, a supply-chain researcher at Radboud University in Nijmegen.

Analysts say a full return of Chinese-packaged chips to European buyers is unlikely before the second quarter of 2026.
"""},

"h186en02": {"outlet": "Carbonera Wire (La Linea)", "published": "2027-03-11", "text": """Gibraltar fence to come down in July as EU-UK treaty reaches its final vote

LA LINEA DE LA CONCEPCION, March 11 (Carbonera Wire) - The European Parliament will vote on the EU-UK treaty on Gibraltar on March 23, and Spain expects to start removing the border fence at La Linea in early July, Foreign Minister Jose Manuel Albares said on Wednesday.

The treaty was signed in Brussels in November after more than four years of talks. Britain's parliament approved it in February.

Under the deal, Spanish police officers will carry out Schengen checks at Gibraltar's airport and port, with support from the EU border agency Frontex for the first four years.

Gibraltar's Chief Minister Fabian Picardo told the territory's parliament on Tuesday that Gibraltar "will not accept" Spanish officers patrolling its streets.

Picardo and Albares are due to visit the airport's new terminal together next week, the Spanish foreign ministry said, in what would be the first such visit by a Spanish foreign minister.

A joint coordination committee of Spanish, British and Gibraltarian officials is expected to hold its first meeting in Algeciras in mid-April, two officials said.

Read more: Campo de Gibraltar bets on logistics as port traffic grows

The Royal Navy's Gibraltar Squadron will keep patrolling the waters around the Rock, which the treaty does not cover, Britain's Ministry of Defence said.

In Madrid, the opposition Popular Party (PP) has not decided whether to back the enabling law in Congress, which is expected to be voted on in May, party officials said.

About 15,000 workers cross the border every day, most of them Spanish residents of La Linea.

"The town could ask Madrid for compensation if customs jobs disappear," said Rocio Marquez, La Linea's deputy mayor for economic affairs.

Analysts say the works could slip past Spain's general election, due by August, if the PP blocks the law or the Senate delays it.
"""},

"h186en03": {"outlet": "Psiloritis Wire (Heraklion)", "published": "2025-10-20", "text": """Greek lawmakers to vote on farm-subsidy inquiry as Brussels weighs a new fine

HERAKLION, Oct 20 (Psiloritis Wire) - Greece's parliament will vote on Thursday on setting up a preliminary investigation committee into two former agriculture ministers over the OPEKEPE farm-subsidy scandal, Parliament Speaker Nikitas Kaklamanis said on Sunday.

The European Public Prosecutor's Office (EPPO) sent parliament a case file last week covering suspected fraudulent payments to more than 300 beneficiaries in Crete.

OPEKEPE, the state agency that paid out EU farm subsidies, was dissolved and its payments were moved to the Independent Authority for Public Revenue (AADE).

AADE governor George Pitsilis said the authority would pay the remaining 2025 subsidies by the end of December.

The European Commission could impose a further correction of up to 400 million euros on Greece before the end of the year, two EU officials said.

Agriculture Minister Kostas Tsiaras is expected to travel to Brussels next week for talks with Agriculture Commissioner Christophe Hansen, his ministry said. Athens and the Commission aim to agree an action plan on the payment system by the end of November, the ministry added.

Prime Minister Kyriakos Mitsotakis, who has promised to recover "every euro" paid out illegally, will attend the European Council in Brussels on October 23-24, his office said.

Manolis Daskalakis, head of the Heraklion farmers' federation, said farmers would block the Heraklion-Chania highway on November 3 unless the payments arrived.

A deputy agriculture minister whose name appears in the file may step down within days, a government source said.

Read more: Crete's olive oil exporters eye U.S. market despite tariffs

PASOK, the main opposition party, could table a censure motion if the committee does not cover the current cabinet, party officials said.

"Voters in Crete feel betrayed by both parties," said Eleni Markaki, a political scientist at the University of Crete.

Analysts say Mitsotakis is unlikely to call an early election before 2027.
"""},

"h186en04": {"outlet": "Athabasca Wire (Edmonton)", "published": "2026-08-14", "text": """Will Albertans vote on leaving Canada? Petition ruling due next week

EDMONTON, Aug 14 (Athabasca Wire) - Elections Alberta will announce by August 21 whether a citizen petition calling for a referendum on Alberta's independence has enough valid signatures, the agency said on Thursday.

The Alberta Prosperity Project (APP) submitted about 240,000 signatures in June, well above the threshold of roughly 177,000.

Premier Danielle Smith said on Wednesday that if the petition is verified, the vote would be held on October 19. Smith, who says she wants Alberta to stay in a stronger Canada, added that her government "will not campaign" for either side.

Prime Minister Mark Carney will visit Calgary on Monday and meet Smith, his office said.

Ottawa may refer the wording of the question to the Supreme Court of Canada under the Clarity Act, a federal official said.

Chiefs of the Confederacy of Treaty Six First Nations will meet in Enoch next week to prepare a legal challenge, said Loretta Badger, the confederacy's grand chief. She said the challenge could be filed in the Court of King's Bench as early as September.

Read more: Alberta posts first-quarter surplus on higher oil prices

The pipeline memorandum that Smith and Carney signed in November 2025 is expected to become a binding agreement before the end of the year, officials in both governments say.

Two United Conservative Party legislators could quit the caucus within days to campaign for independence, party sources said.

Alberta sends about 40 billion dollars more to Ottawa in taxes each year than it receives in federal spending, a gap the APP puts at the heart of its campaign.

"Most Albertans want a better deal, not a new country," said Tamara Klein, a political scientist at the University of Alberta.

Analysts say the leave side is unlikely to win more than 35 percent if the vote goes ahead, although support is higher in rural ridings.
"""},

"h186en05": {"outlet": "Yanbaru Wire (Nago)", "published": "2026-07-07", "text": """Okinawa to elect its governor on September 13 as Henoko landfill presses on

NAGO, July 7 (Yanbaru Wire) - Okinawa will elect its governor on September 13, with official campaigning to start on August 27, the prefectural election administration commission said on Monday.

Governor Denny Tamaki, who opposes moving U.S. Marine Corps Air Station Futenma to Henoko in northern Okinawa, has not said whether he will seek a third term.

The Liberal Democratic Party's Okinawa chapter is expected to endorse Kenji Higa, a former vice governor, at a meeting on July 18, party officials said.

In a prefectural referendum in February 2019, 72 percent of voters rejected the landfill. Okinawa hosts about 70 percent of the land used exclusively by U.S. forces in Japan, on 0.6 percent of the country's territory.

Defence Minister Shinjiro Koizumi said on Friday that landfill work in Oura Bay "will not stop" during the campaign.

Chief Cabinet Secretary Minoru Kihara plans to visit Okinawa later this month to meet Tamaki, a government source said.

Foreign and defence ministers of Japan and the United States are due to meet in Washington in September for "2+2" security talks, where they are expected to sign a new host-nation support agreement, the foreign ministry said.

About 100 U.S. Marines will begin moving from Okinawa to Guam in December under a 2012 realignment plan, the Defence Ministry said.

Read more: Okinawa tourism rebounds as cruise ships return

The Supreme Court could rule on the prefecture's latest lawsuit over the landfill design in the autumn, lawyers for the prefecture said.

"Turnout has fallen in each of the last three governor races, and the base is no longer the only issue voters raise," said Ayako Shimabukuro, a political scientist at the University of the Ryukyus.

Analysts say turnout could fall below 55 percent for the first time.
"""},
}
