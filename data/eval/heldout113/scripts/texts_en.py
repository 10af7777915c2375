"""English texts of heldout113, written for this project. Invented or generic facts."""

EN = {
"h113en01": {"outlet": "Desaguadero Wire (La Paz)", "published": "2026-04-21", "text": """Can Bolivia get its two-ocean railway back on track?

LA PAZ, April 21 (Desaguadero Wire) - Transport officials from Bolivia, Brazil and Peru will meet in Santa Cruz on April 29 to relaunch the long-stalled bioceanic railway, Public Works Minister Gonzalo Arteaga told reporters on Monday.

The three delegations are expected to sign a memorandum on a joint feasibility study for the 3,700-km line linking Brazil's Atlantic port of Santos with Peru's Pacific port of Ilo, Arteaga said.

President Rodrigo Paz revived the plan during a visit to Brasilia in February, when he and Brazilian President Luiz Inacio Lula da Silva agreed to set up a technical group. Peru has not said who will lead its delegation, a Bolivian foreign ministry official said.

Paz said on Saturday that Bolivia "will not take on new sovereign debt" to build its section and that private concessions would carry the cost.

A delegation from China Railway Construction Corp (CRCC) is due in La Paz next month to present a financing proposal, according to two people familiar with the talks. Chinese state lenders could offer a loan covering up to 70 percent of the Bolivian section, one of them said.

Read more: Bolivia's central bank lifts daily limit on dollar withdrawals

The three presidents are tentatively scheduled to meet in Puerto Suarez on June 12 to endorse the study's terms of reference, Brazil's foreign ministry said in a statement.

Lima's position could change after Peru's presidential run-off on June 7, diplomats in La Paz said.

Opposition Senator Ruben Villca said the Legislative Assembly would block any concession that is not put to a vote. Arteaga said the government hopes to launch the international tender before the end of the year.

Analysts say the first trains are unlikely to run before 2032. "Every government since the 1990s has promised this railway," said Carla Montano, a transport economist at a Santa Cruz university.
"""},

"h113en02": {"outlet": "Peipsi Wire (Narva)", "published": "2025-09-18", "text": """Estonia to re-mark Narva river border after Russia removes buoys

NARVA, Sept 18 (Peipsi Wire) - Estonia's Police and Border Guard Board (PPA) will place new buoys along the Narva river fairway next week after Russian border guards removed 14 markers on Tuesday, its director general, Egert Belitsev, said on Wednesday.

The Estonian Navy will send two patrol boats to escort the PPA crews, the Defence Forces said.

Foreign Minister Margus Tsahkna said Estonia would summon Russia's charge d'affaires on Friday and "will not accept any unilateral change" to the border line. He said Tallinn would also ask for the FSB border guard units on the river to be added to the EU's 19th sanctions package, which diplomats expect to be adopted before the end of September.

EU foreign policy chief Kaja Kallas, a former Estonian prime minister, is due to visit Narva on October 2, her spokesperson said.

Read more: Narva's power plant to cut 200 jobs as oil shale output falls

Narva votes in local elections on October 19, the first in which Russian citizens living in Estonia cannot cast a ballot.

Prime Minister Kristen Michal will raise the incident at the EU leaders' summit in Brussels on October 23-24, his office said. Michal said he did not expect a ceasefire in Ukraine before the winter and that Estonia would oppose any easing of sanctions on Moscow until Russian troops withdraw.

The Estonian-Russian border commission has not met since 2023 and is unlikely to meet this year, officials in Tallinn said. Finnish and Latvian patrol boats will join an Estonian exercise on Lake Peipus in mid-October, the Defence Forces added.

Analysts say Russian border guards could remove more buoys in November, before the markers are lifted for the winter. "Moscow is testing how far it can go without a military response," said Liis Tamm, a security researcher at a Tallinn think tank.
"""},

"h113en03": {"outlet": "Khomas Wire (Windhoek)", "published": "2027-02-12", "text": """Will Germany and Namibia finally sign the genocide declaration?

WINDHOEK, Feb 12 (Khomas Wire) - German Foreign Minister Johann Wadephul will arrive in Windhoek on Monday for a two-day visit, the German Foreign Office said on Thursday, amid reports that the two governments are close to a revised joint declaration on the 1904-1908 genocide.

Wadephul and Namibian Foreign Minister Selma Ashipala-Musavyi are expected to sign the declaration on Tuesday, two officials involved in the talks said. The revised text could raise Germany's development package to about 1.5 billion euros and add a separate fund for land purchases, one of the officials said.

The first version, initialled by negotiators in May 2021, was never signed after Ovaherero and Nama leaders rejected its 1.1 billion euros as too little and said they had been left out of the talks.

Government spokesman Stefan Kornelius said in Berlin that Germany would not reopen the question of reparations.

Paramount Chief Mutjinde Katjiua of the Ovaherero Traditional Authority (OTA) said the authority "will not recognise any agreement negotiated without us" and would file an urgent application at the High Court before the end of February. The Nama Traditional Leaders Association (NTLA) will march to Parliament on Tuesday, its spokesperson said.

Read more: Bank of Namibia keeps repo rate unchanged at 6.75%

National Assembly Speaker Saara Kuugongelwa said the house would debate the declaration in the second week of March.

President Netumbo Nandi-Ndaitwah is likely to travel to Berlin later this year for a formal apology in the Bundestag, diplomats said. Windhoek has not confirmed the trip.

The Electoral Commission of Namibia said a by-election in the Okahandja constituency, where the declaration has dominated campaigning, will be held on March 24. Analysts say the ruling SWAPO party could lose the seat to the Affirmative Repositioning movement, which has called the deal "an insult to the dead".
"""},

"h113en04": {"outlet": "Rasuwa Wire (Kathmandu)", "published": "2026-10-14", "text": """Chinese rail team heads to Kathmandu as Nepal weighs cost of Himalayan line

KATHMANDU, Oct 14 (Rasuwa Wire) - A 22-member team of Chinese railway engineers will arrive in Kathmandu next week to begin the final feasibility study of the Kerung-Kathmandu railway, Physical Infrastructure Minister Sunil Kumar Rokaya said on Tuesday.

Nepal and China will sign the study's implementation agreement during the visit, Rokaya said, and China's ambassador Chen Song is expected to attend the signing.

The study is funded by a Chinese grant under the Belt and Road cooperation framework signed in Beijing in December 2024, and is expected to take about 42 months.

Finance Minister Yamuna Bhattarai said Nepal "will accept only grants, not commercial loans" to build the line, whose cost engineers put at about $3.5 billion.

The House of Representatives' International Relations Committee will question Rokaya on Sunday about the terms of the deal, its chair said. Opposition lawmakers have demanded his resignation over what they call secret clauses; Rokaya said on Tuesday he would not step down.

Read more: Nepal Rastra Bank cuts policy rate by 25 basis points

Nepal and China will hold the next meeting of their diplomatic consultation mechanism in Beijing in late November, a foreign ministry official said. The prime minister is expected to visit China in the first half of next year, the official added.

India, which is surveying a separate Raxaul-Kathmandu line, could send its survey team back in early December, diplomats in Kathmandu said. New Delhi has not commented on the Chinese study.

Analysts say construction is unlikely to start before 2030. "The tunnels under the Himalaya are the hardest part, and nobody yet knows who will pay for them," said Anil Ghimire, a researcher at a Kathmandu policy institute.
"""},

"h113en05": {"outlet": "Chakvi Wire (Batumi)", "published": "2027-06-14", "text": """EU weighs sanctions on Batumi oil terminal over Russian crude

BATUMI, June 14 (Chakvi Wire) - EU ambassadors are expected to discuss on Wednesday a draft that would add the Batumi Oil Terminal to the bloc's sanctions list over shipments of Russian crude, two EU diplomats said.

The listing could take effect as early as July 1 if no member state objects, one of them said.

The terminal, Georgia's largest oil export facility, is owned by Kazakhstan's state energy company KazMunayGas. Its general director, Arman Zhaksybekov, resigned on Friday, the company said, adding that the board would name an acting director within ten days and that the terminal would keep loading Kazakh cargoes as normal.

Economy Minister Mariam Kvrivishvili said Georgia "has never allowed and will not allow" its ports to be used to get around sanctions. Prime Minister Irakli Kobakhidze said on Sunday the government would send a formal protest to Brussels this week.

Read more: Batumi port cargo volumes rise 8% in first quarter

Kazakh Energy Minister Yerlan Akkenzhenov will visit Tbilisi next week for talks with Kobakhidze, Kazakhstan's energy ministry said. The two sides could sign a memorandum during the visit on shipping more Kazakh crude through the Baku-Tbilisi-Ceyhan pipeline instead, a person familiar with the plans said.

EU leaders, who meet in Brussels on June 24-25, are not expected to discuss Georgia's frozen candidate status, diplomats said.

Analysts say the terminal's throughput could halve in the second half of the year if the listing goes ahead. "Brussels is sending a message to Tbilisi, not to Astana," said Nino Abashidze, an energy analyst in Batumi. "The Kazakhs will simply move their barrels elsewhere."

Adjara's regional government said the terminal employs about 900 people and that no job cuts had been announced.
"""},
}
