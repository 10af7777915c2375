"""English texts of heldout42, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h42en01": {"outlet": "Mataniko Wire", "published": "2027-08-18", "text": """Solomons to sign Australian policing treaty as opposition readies no-confidence bid

HONIARA, Aug 18 (Mataniko Wire) - Solomon Islands will sign a ten-year policing treaty with Australia in Honiara on Friday, August 27, Prime Minister Jeremiah Manele's office said on Tuesday.

Australian Foreign Minister Penny Wong is expected to attend the signing and hold talks with Manele on budget support, the office said.

The treaty builds on a A$190 million support package agreed in December 2024, which funded new recruits, vehicles and a training centre for the Royal Solomon Islands Police Force.

Police Minister Hedrick Pitakaka told parliament on Monday that Honiara would not end its police cooperation with China, whose liaison team has trained local officers since 2022. The arrangement with Beijing is due for review in October, officials said.

Read more: Honiara port upgrade delayed by contractor dispute

The treaty lands as Manele faces a fresh challenge at home. Opposition Leader Matthew Wale said his group would file notice of a no-confidence motion when parliament resumes on Monday, September 6. Under standing orders, the vote must be held no sooner than seven days after notice, putting it as early as September 13.

Two government backbenchers could cross the floor, according to party officials who asked not to be named. Manele's spokesman, Daniel Fugui, said the prime minister "has the numbers and will not resign".

Manele may skip the Pacific Islands Forum leaders' meeting in Suva in the second week of September if the vote is scheduled for the same days, an aide said.

The Australian High Commission said an Australian patrol boat would join police maritime patrols off Malaita from next month.

Analysts say the opposition is unlikely to muster a majority, but the motion could push Manele to seek an early dissolution of parliament. The next general election is due by April 2028.
"""},

"h42en02": {"outlet": "Kroo Bay Wire", "published": "2025-07-29", "text": """Sierra Leone electoral-reform committee to meet as bill heads to parliament

FREETOWN, July 29 (Kroo Bay Wire) - Sierra Leone's tripartite committee on electoral reform will meet on Thursday to review progress on its recommendations, the Office of the Chief Minister said on Monday.

Chief Minister David Moinina Sengeh is expected to chair the session, which brings together the government, the main opposition All People's Congress (APC) and international partners.

The committee was set up under the Agreement for National Unity signed in October 2023 after the disputed June 2023 elections.

Information Minister Chernor Bah said the Public Elections (Amendment) Bill would be tabled in Parliament next week, with a second reading likely before the end of August.

The APC would walk out of the committee unless the bill restores district block voting, its secretary-general, Lansana Dumbuya, said on Sunday.

The Electoral Commission for Sierra Leone (ECSL) is ready to run the next polls under either system, its chief commissioner, Mohamed Kenewui Konneh, said on Friday. The next general elections are due in June 2028.

Read more: Sierra Leone's inflation slows for a seventh month

Commonwealth Secretary-General Shirley Botchwey is expected in Freetown in mid-August, two diplomats said, where she could meet President Julius Maada Bio and APC leader Samura Kamara.

A joint African Union-ECOWAS follow-up mission will visit in late September, the ECOWAS Commission said.

Analysts say the bill may not pass before 2026 if the APC boycotts the debate. "The numbers are there for the government, but legitimacy is not," said Fatmata Sesay, a researcher at the Freetown-based Sierra Democracy Watch.

A U.S. embassy official said Washington could impose visa restrictions on anyone who undermines the reform process.

Local media reported that two ECSL commissioners could resign before the end of the year over the body's handling of voter registration.
"""},

"h42en03": {"outlet": "Ulua Valley Wire", "published": "2025-12-10", "text": """Honduras electoral council starts special scrutiny as Asfura's lead holds

TEGUCIGALPA, Dec 10 (Ulua Valley Wire) - Honduras' National Electoral Council (CNE) will begin a special scrutiny of about 2,700 disputed tally sheets on Thursday and expects to finish it within ten days, the council said on Tuesday.

Council president Ana Paola Hall said the CNE would declare a winner before the legal deadline of December 30.

Nasry Asfura of the National Party led Salvador Nasralla of the Liberal Party by fewer than 40,000 votes when the preliminary count closed on Sunday.

Nasralla said on Tuesday he would not accept any result without a full recount of the sheets from the departments of Cortes and Francisco Morazan. The Liberal Party will hold a rally outside the CNE's offices on Saturday, party spokeswoman Marcela Andino said.

Rixi Moncada of the ruling Libre party, who finished a distant third, has called for the vote to be annulled.

Read more: Honduran remittances hit record in November

Analysts say the scrutiny could narrow the gap but is unlikely to change the winner.

The armed forces will guard the CNE's central warehouse in Tegucigalpa until the count is finished, the Defence Ministry said.

The Organization of American States' observation mission will present its preliminary report on the count next week, the mission said in a statement.

Washington could impose visa restrictions on officials who obstruct the count, a State Department official said, speaking on condition of anonymity.

Asfura's campaign chief, Ernesto Paz Lobo, said Asfura would travel to Washington in the first week of January if his victory is confirmed.

The new National Congress will be installed on January 21, and the new president will be sworn in on January 27.

The dispute has revived memories of the contested 2017 count, when protests left more than 20 people dead. Business groups have urged all parties to accept the result.
"""},

"h42en04": {"outlet": "Markham Wire", "published": "2025-10-08", "text": """Bougainville independence talks enter final stretch as moderator reports

PORT MORESBY, Oct 8 (Markham Wire) - The Joint Supervisory Body for Bougainville will meet in Port Moresby next week to consider the final report of independent moderator Jerry Mateparae, the Department of Prime Minister and NEC said on Tuesday.

Prime Minister James Marape and Bougainville President Ishmael Toroama are expected to co-chair the session.

Toroama was sworn in for a second term on September 25 after winning the autonomous region's presidential election.

Mateparae's report is expected to recommend that the National Parliament vote on the 2019 referendum result before the 2027 national election, according to two officials who have seen a draft.

Toroama said on Monday that Bougainville would declare independence no later than September 1, 2027, with or without Port Moresby's agreement.

Marape said on Tuesday the question "must be settled by the National Parliament, not by a deadline set in Buka".

Read more: PNG kina steady as central bank holds rate

Parliament could take up the question as early as its November sitting, government officials said.

PNG's next national election is due in June 2027.

Australian Foreign Minister Penny Wong will visit Buka at the end of the month, the Australian High Commission said, where she is likely to meet Toroama.

The PNG Defence Force said it would hold a joint engineering exercise with Australian troops near Arawa in the second half of November.

Analysts say a declaration without parliamentary approval could leave Bougainville without international recognition.

A truce between two clans in Siwai district, agreed after deadly clashes in September, will be extended until the end of the year, Bougainville police said.

Bougainville Copper Limited expects a decision on reopening the Panguna mine by mid-2026, its chairman, Joseph Kerua, said.

The Bougainville Affairs ministry in Port Moresby has not said whether the moderator's report will be published before the meeting.
"""},

"h42en05": {"outlet": "Balkhash Wire", "published": "2025-08-19", "text": """Kazakhstan, Rosatom set to sign first nuclear plant contract in September

ASTANA, Aug 19 (Balkhash Wire) - Kazakhstan and Russia's Rosatom will sign the general contract for the country's first nuclear power plant in early September, Almasadam Satkaliyev, chairman of the Agency for Atomic Energy, said on Monday.

The signing could take place during President Kassym-Jomart Tokayev's expected visit to Moscow in the first week of September, two officials said.

Rosatom chief executive Alexei Likhachev is due in Astana next week for talks with Satkaliyev on financing, the agency said.

Voters approved the construction of a nuclear plant in a referendum on October 6, 2024, and Rosatom was chosen in June to lead the international consortium.

Satkaliyev said Kazakhstan would not take on new sovereign debt to build the plant. Officials expect Russian state export credit to cover most of the cost, with a financing agreement likely before the end of the year.

Read more: Kazakh tenge firms as oil output rises

Engineering surveys at the site near the village of Ulken on Lake Balkhash will start in October. An International Atomic Energy Agency site review mission is scheduled for the second half of November, the agency said.

The first of the plant's two units is scheduled to start operating in 2035.

China National Nuclear Corporation could be picked to build a second plant, with a decision possible by the end of June 2026, the agency said.

Analysts say Western sanctions on Russian banks could complicate payments to Rosatom.

The Mazhilis, the lower house of parliament, will hold hearings on the project on September 17, its speaker, Yerlan Koshanov, said.

A local environmental group, Taza Balkhash, said it would hold a protest in Almaty on Saturday, although city authorities have not yet approved it.

Kazakhstan, the world's largest uranium producer, currently generates most of its electricity from coal.
"""},
}
