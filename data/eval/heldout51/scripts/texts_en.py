"""English texts of heldout51, written for this project in one sitting. Invented or generic facts."""

EN = {
"h51en01": {"outlet": "Beira Lake Wire", "published": "2026-05-18", "text": """Sri Lanka faces power tariff test as IMF team arrives for sixth review

COLOMBO, May 18 (Beira Lake Wire) - An International Monetary Fund team will arrive in Colombo on Wednesday for the sixth review of Sri Lanka's $2.9 billion Extended Fund Facility, the finance ministry said on Sunday, with electricity pricing expected to dominate the talks.

The mission, led by Evan Papageorgiou, is expected to meet President Anura Kumara Dissanayake and central bank officials during its two-week stay.

The Public Utilities Commission of Sri Lanka (PUCSL) is due to announce its decision on the Ceylon Electricity Board's request for a 14% tariff increase by June 10, its chairman, Ruwan Senanayake, told reporters. "We will not approve anything that is not backed by audited costs," he said.

The commission cut household tariffs by 11% in January, a move IMF staff said at the time was inconsistent with cost-recovery pricing.

A staff-level agreement could be reached before the end of June, opening the way to a disbursement of about $350 million, two officials familiar with the talks said.

Read more: Sri Lanka's tourist arrivals hit April record

The Ceylon Electricity Board Engineers' Union said it would begin a work-to-rule campaign from June 1 unless the government shelved plans to split the board into separate generation, transmission and distribution companies.

Energy Minister Kumara Jayakody said the restructuring would go ahead as planned. He is due in New Delhi in mid-June, where he is expected to sign an agreement with India's power ministry on the second phase of the Sampur solar project near Trincomalee.

Opposition leader Sajith Premadasa said his Samagi Jana Balawegaya party would demand a parliamentary debate on power prices next week and could call for the minister's resignation if tariffs rose again.

Analysts say the government is likely to accept a smaller increase of around 8% to keep the programme on track.
"""},

"h51en02": {"outlet": "Ili River Wire", "published": "2027-05-12", "text": """Kazakh lawmakers to vote on nuclear loan deal as IAEA team heads to Ulken

ALMATY, May 12 (Ili River Wire) - Kazakhstan's Mazhilis will vote next Wednesday on ratifying a state loan agreement with Russia to finance the country's first nuclear power plant, which Rosatom is building near the village of Ulken on Lake Balkhash, the lower house's press service said on Tuesday.

The deal is widely expected to pass, with only a handful of deputies opposed, two members of the house's economic committee said.

Voters backed the construction of a nuclear plant in a national referendum in October 2024, and the Agency for Atomic Energy chose Rosatom to lead the international consortium in June 2025.

A team from the International Atomic Energy Agency will begin a site and external events design review mission at Ulken on May 24, the agency said.

Its chairman, Almasadam Satkaliyev, said excavation of the foundation pit for the first unit would start in August. He ruled out any change to the site, which some environmental groups have challenged because of the lake's fragile ecology.

Read more: Kazakhstan's oil output slips as CPC terminal undergoes maintenance

Rosatom's director general, Alexei Likhachev, is expected in Astana in the second half of June, and a second annex to the engineering contract could be signed during his visit, officials said.

Talks with China National Nuclear Corporation on a second plant could resume at a working-group meeting in Beijing in July, a government official said on condition of anonymity.

Dana Akhmetova, an energy analyst at the Almaty-based Steppe Policy Institute, said Western sanctions on Russian banks could complicate payments to subcontractors. "A first unit is unlikely before 2035, whatever the official schedule says," she said.

The agency has said the first unit will be connected to the grid in 2035. The plant is meant to ease the power deficit in the south.
"""},

"h51en03": {"outlet": "Densu River Wire", "published": "2025-06-26", "text": """Ghana's cocoa board turns to traders for funding as gold buying scales up

ACCRA, June 26 (Densu River Wire) - Ghana's cocoa regulator will sign pre-financing agreements with at least six international trading houses next week to fund bean purchases for the 2025/26 season, COCOBOD chief executive Randy Abbey said on Wednesday.

Abbey said the board would not return to the syndicated-loan model "in any form". He met representatives of the trading houses in London earlier this month.

Parliament's finance committee will hold hearings on Tuesday on an amendment to the COCOBOD Act that would allow the board to issue cocoa-backed bonds, the committee's chairman said.

Separately, the Ghana Gold Board (GoldBod) expects its purchases from small-scale miners to reach 40 tonnes by the end of the year, chief executive Sammy Gyamfi said. GoldBod took over gold buying and export from licensed aggregators in May.

The Ghana National Association of Small-Scale Miners threatened to stop selling to GoldBod from July 1 unless it paid closer to world prices.

Read more: Cedi extends gains against the dollar for a third month

Finance Minister Cassiel Ato Forson will travel to Abidjan in mid-July for talks with his Ivorian counterpart on a joint cocoa pricing initiative, the finance ministry said. The two countries could announce a common minimum export price before the main crop opens in October, officials said.

The armed forces will deploy an extra 500 soldiers to border districts by the end of July to curb cocoa and gold smuggling into Togo and Cote d'Ivoire, the defence ministry said.

An IMF mission is due in Accra in September for the fifth review of Ghana's $3 billion programme. Analysts say the gold purchases could lift gross reserves above four months of import cover by December.

Cocoa output fell to about 530,000 tonnes in the 2023/24 season, the lowest in more than a decade, as disease and illegal mining destroyed farms.
"""},

"h51en04": {"outlet": "Pulangi Wire", "published": "2026-02-09", "text": """Bangsamoro parliamentary vote timetable hinges on new districting law

COTABATO CITY, Feb 9 (Pulangi Wire) - The Commission on Elections (Comelec) will publish the calendar for the first Bangsamoro parliamentary elections by the end of February once the Bangsamoro Transition Authority (BTA) passes a new districting law, Comelec chairman George Garcia said on Saturday.

The BTA is expected to vote on the bill on Wednesday, two members of the assembly said. The Supreme Court struck down the previous districting law in August, forcing the postponement of the vote set for October 13.

Garcia said the polls could be held as early as the second week of May if the law was signed promptly. Interim Chief Minister Abdulraof Macacua said there would be "no further postponement".

The United Bangsamoro Justice Party, the political arm of the Moro Islamic Liberation Front (MILF), will hold a congress in Cotabato City on February 21 to approve its list of candidates, its secretary-general, Abdullah Camlian, said.

Read more: Mindanao rice prices ease after imports arrive

President Ferdinand Marcos Jr. is expected to visit Cotabato City next week to meet BTA members, palace sources said.

The final phase of the decommissioning of MILF combatants is scheduled to resume in March, the Office of the Presidential Adviser on Peace, Reconciliation and Unity said.

Lawyers for a group of mayors in Maguindanao del Sur said they may challenge the new law before the Supreme Court if it redraws their districts.

Japan's ambassador in Manila will visit Cotabato City on February 18 to sign a grant for voter-registration equipment, the Japanese embassy said.

Clashes between rival MILF commands in Maguindanao del Sur killed four people last week, the army said.

Analysts say the vote could slip into the second half of the year if a new petition reaches the court. Sulu, excluded from the region by a 2024 Supreme Court ruling, will not take part.
"""},

"h51en05": {"outlet": "Hrazdan Wire", "published": "2027-09-17", "text": """Armenia sets out referendum path as Baku waits to sign peace treaty

YEREVAN, Sept 17 (Hrazdan Wire) - Armenia's Constitutional Reform Council will submit a draft of a new constitution to the government by the end of October, Justice Minister Srbuhi Galyan said on Thursday.

Prime Minister Nikol Pashinyan wants the referendum held in the first half of 2028, his office said.

Azerbaijan has said it will not sign the peace treaty, initialled in Washington in August 2025, until the reference to the 1990 Declaration of Independence is removed from Armenia's constitution. President Ilham Aliyev told a forum in Baku on Tuesday that his country was "in no hurry". Both leaders are expected at a European Political Community summit in late November, diplomats said.

Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart, Jeyhun Bayramov, are expected to meet on the sidelines of the UN General Assembly in New York next week, diplomats said.

The two countries' border delimitation commissions will hold their next round on October 5, the Armenian government said.

Pashinyan will travel to Brussels on October 7 for talks with European Council President Antonio Costa, his office said.

Read more: Armenian dram steady as remittances from Russia fall

EU foreign ministers could extend the mandate of the EU Mission in Armenia by two years when they meet on October 19, two EU diplomats said.

The opposition Armenia Alliance said it would campaign for a "No" vote and hold a rally in Yerevan's Freedom Square on Saturday.

Analysts say the treaty could be signed as early as the second half of 2028 if the referendum passes, but a low turnout could sink it: a new constitution needs the backing of at least a quarter of registered voters.

Civil Contract kept its majority in the June 2026 parliamentary election, but with fewer seats than in 2021.
"""},
}
