"""English texts of heldout61, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h61en01": {"outlet": "Paracas Wire (Lima)", "published": "2025-11-12", "text": """Peru to rule on ex-premier's safe-conduct as rift with Mexico deepens

LIMA, Nov 12 (Paracas Wire) - Peru's government will decide by Friday whether to grant safe-conduct to former prime minister Betssy Chavez, who has been sheltering in the Mexican embassy in Lima, Foreign Minister Hugo de Zela said on Tuesday.

Peru broke off diplomatic relations with Mexico on November 3 after Mexico granted Chavez asylum, a decision Lima called "an unfriendly act".

De Zela said Peru "will not allow an embassy to become a refuge for people facing trial". Two officials at the foreign ministry said the government was likely to grant the safe-conduct.

Congress is expected to vote next week on a motion declaring Mexican President Claudia Sheinbaum persona non grata, Congress president Fernando Rospigliosi told local radio.

In Mexico City, the foreign ministry said on Tuesday it would ask for a special session of the Organization of American States' Permanent Council on the dispute. A session could be held as early as next week, diplomats in Washington said.

Read more: Peru's central bank holds key rate at 4.25%

The April 12 general election will go ahead as planned, interim President Jose Jeri said in a televised address on Sunday. Jeri is scheduled to travel to Brasilia on November 27 for talks with President Luiz Inacio Lula da Silva, his office said.

Prime Minister Ernesto Alvarez said the cabinet would extend the state of emergency in Lima and Callao for another 30 days next week, with soldiers continuing to patrol alongside police.

Foreign ministers of the Pacific Alliance meet in Santiago on December 4, where Peru had hoped to secure backing to host the bloc's next summit. "The rupture with Mexico could cost Lima that summit," said Lucia Carrasco, a political scientist at a university in Lima.
"""},

"h61en02": {"outlet": "Bandama Wire (Abidjan)", "published": "2026-01-08", "text": """Ivory Coast's new parliament to sit Monday as RHDP secures large majority

ABIDJAN, Jan 8 (Bandama Wire) - Ivory Coast's newly elected National Assembly will hold its inaugural session on Monday, January 12, to elect a speaker, the Assembly's secretary-general, Kouakou N'Guessan, said on Wednesday.

The ruling Rally of Houphouetists for Democracy and Peace (RHDP) won 197 of the 255 seats in the December 27 legislative elections, according to final results published on Tuesday by the Constitutional Council.

Outgoing speaker Adama Bictogo is expected to be re-elected, two RHDP lawmakers said. The opposition PDCI-RDA, which won 32 seats, will boycott the inaugural session, its spokesman Bertin Konan said, calling the vote "neither free nor fair".

Prime Minister Robert Beugre Mambe's government will resign after the speaker's election, and a new cabinet is likely to be named before the end of January, a source at the presidency said.

Senatorial elections, in which municipal and regional councillors choose two-thirds of the upper house, are scheduled for March 14, the Independent Electoral Commission (CEI) said in a statement.

Read more: Ivorian cocoa arrivals down 12% so far this season

President Alassane Ouattara will travel to Accra on January 22 for talks with Ghanaian President John Mahama on border security and cocoa marketing, the presidency said.

Ivory Coast will co-host the U.S.-led Flintlock special forces exercise with Ghana in the second half of February, the defence ministry said.

The government plans to open a political dialogue with opposition parties in February, officials said. Laurent Gbagbo's PPA-CI, which stayed out of the legislative vote, could join that dialogue, two party officials said, though no decision has been taken.

"This majority may tempt the president to revisit the constitution before 2030," said Serge Kouadio Yao, a political scientist at Alassane Ouattara University in Bouake. Ouattara has not commented on any constitutional change since his re-election in October.
"""},

"h61en03": {"outlet": "Gellert Hill Wire (Budapest)", "published": "2025-11-03", "text": """Orban heads to Washington seeking reprieve from U.S. sanctions on Russian oil

BUDAPEST, Nov 3 (Gellert Hill Wire) - Prime Minister Viktor Orban will meet U.S. President Donald Trump at the White House on Friday, seeking an exemption from U.S. sanctions on Russian oil companies Rosneft and Lukoil, his office said on Sunday.

Foreign Minister Peter Szijjarto, who will accompany Orban, said on Monday that Hungary would not stop buying Russian crude through the Druzhba pipeline "as long as there is no physical alternative".

The sanctions, announced on October 22, take effect on November 21. Officials at refiner MOL said the company could switch part of its supply to the Adria pipeline through Croatia before the end of the year if no waiver is granted.

Budapest also expects Washington to extend a separate waiver covering payments for the Russian-built Paks II nuclear plant, which is due to expire in December, according to two government officials. The two leaders are likely to sign an agreement on U.S. nuclear fuel for the existing Paks plant, one of them said.

Read more: Forint firms as inflation eases to 4.3%

EU energy ministers meet on December 15 and are expected to approve a plan to phase out Russian gas imports by the end of 2027. The government has said it will challenge the plan at the EU Court of Justice.

Opposition leader Peter Magyar, whose Tisza party leads most independent polls ahead of the April election, called the trip "a photo opportunity" and said a Tisza government would end Russian oil imports by 2035.

"A one-year exemption is the most likely outcome," said Zsuzsanna Vari, an energy analyst at the Danube Energy Institute in Budapest. "Washington may attach conditions, such as Hungary buying more American liquefied natural gas."
"""},

"h61en04": {"outlet": "Ruhuna Wire (Colombo)", "published": "2027-06-15", "text": """Sri Lanka, Sinopec set to sign Hambantota refinery deal as India watches

COLOMBO, June 15 (Ruhuna Wire) - Sri Lanka's cabinet is expected to approve the final agreement for a $3.7 billion Sinopec refinery in Hambantota next Monday, clearing the way for a signing in Beijing early next month, Energy Minister Kumara Jayakody said on Monday.

President Anura Kumara Dissanayake will travel to Beijing for the signing and is likely to hold talks with President Xi Jinping, a senior foreign ministry official said.

The 200,000-barrel-a-day refinery is due to start construction in the first quarter of 2028 and to begin operating by 2031, the Board of Investment said. Sri Lanka and China signed a framework agreement on the project in January 2025, during Dissanayake's state visit to Beijing.

New Delhi has voiced concern over China's growing presence on the island's southern coast. India's Foreign Secretary will visit Colombo next week for foreign office consultations, the Indian High Commission said on Tuesday.

Foreign Minister Vijitha Herath told parliament last week that Colombo would not allow foreign research vessels to dock until a standard operating procedure is finalised.

Read more: Sri Lanka tourist arrivals top 1 million by May

The opposition Samagi Jana Balawegaya (SJB) will demand a parliamentary debate on the deal's tax concessions, its leader Sajith Premadasa said. He added that the party could seek a Supreme Court ruling on whether the agreement needs parliamentary approval.

Analysts say the 20-year tax holiday could draw questions from the International Monetary Fund, whose staff are due in Colombo in late July for the next programme review. "The refinery is good news for jobs in the south, but the fiscal cost has not been published," said Dilani Perera, an economist at the Lanka Policy Forum.

The Chinese navy hospital ship Peace Ark is due to call at Colombo port in mid-August, the Sri Lanka Navy said.
"""},

"h61en05": {"outlet": "Mamanuca Wire (Suva)", "published": "2026-11-19", "text": """Fiji's Rabuka opens coalition talks as no party wins majority

SUVA, Nov 19 (Mamanuca Wire) - Prime Minister Sitiveni Rabuka's People's Alliance will begin formal coalition talks with the National Federation Party (NFP) and SODELPA on Friday, after Saturday's general election left no party with a majority in the 55-seat parliament, party officials said.

The People's Alliance won 24 seats, the Fiji United Movement 19, the NFP 6, SODELPA 4 and Unity Fiji 2, according to final results announced on Wednesday by Supervisor of Elections Ana Mataiciwa.

Under the constitution, parliament must meet within 14 days of the writs being returned. Mataiciwa said the writs would be returned to President Ratu Naiqama Lalabalavu on Monday.

Fiji United Movement leader Josefa Naivalu said his party was also talking to SODELPA and "could form a government by the end of next week".

SODELPA's management board will meet on Tuesday to decide which side to back, party leader Viliame Gavoka said. Rabuka and Naivalu are due to meet on Sunday at the request of the Great Council of Chiefs, a council spokesman said.

President Lalabalavu is expected to invite the leader with majority support to form a government early next month, a source at Government House said.

Read more: Fiji visitor arrivals hit record in October

Deputy Prime Minister Biman Prasad, whose NFP lost two seats, may step down as party leader, two NFP officials said.

The Republic of Fiji Military Forces will "stay in the barracks", its commander, Major-General Ro Jone Kalouniwai, said on Tuesday.

China's special envoy for Pacific Island affairs, Qian Bo, will visit Suva next week, the Chinese embassy said.

Whoever leads the next government will represent Fiji at the Melanesian Spearhead Group leaders' summit in Port Vila in mid-December. Analysts expect the People's Alliance to keep the prime ministership, with the NFP and SODELPA holding the balance.
"""},
}
