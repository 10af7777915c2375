"""English texts of heldout234, written for this project in one sitting. Invented or generic facts."""

EN = {
"h234en01": {"outlet": "Taunus Wire (Wiesbaden)", "published": "2026-05-15", "text": """Will Washington move its Army headquarters out of Wiesbaden?

WIESBADEN, May 15 (Taunus Wire) - A Pentagon team will visit the U.S. Army Europe and Africa headquarters in Wiesbaden next week as part of a global review of American force posture, the U.S. Embassy in Berlin said on Thursday.

Two U.S. officials said the review could recommend moving part of the headquarters staff, about 1,200 people, to Stuttgart or to Poland. The Pentagon is unlikely to announce its conclusions before August, one of them said.

Hesse's state premier Boris Rhein said his government "will not accept a decision taken over our heads". Rhein will travel to Washington in mid-June for talks with members of Congress, his office said.

Read more: Frankfurt airport passenger numbers return to pre-pandemic level

Defence Minister Boris Pistorius is expected to raise the plan with U.S. Defense Secretary Pete Hegseth when NATO defence ministers meet in Brussels on June 4, a ministry spokesman said.

The city also hosts NATO's Security Assistance and Training for Ukraine (NSATU) command, set up in Wiesbaden in December 2024 to coordinate weapons deliveries and training for Kyiv. NATO officials say NSATU will stay in the city regardless of the U.S. decision.

Hesse's economy minister, Kaweh Mansoori, said the state would publish a study on the economic weight of the garrison in September. About 19,000 American soldiers, civilians and family members live in and around Wiesbaden. The city council holds a special session on the issue on Tuesday.

Alliance leaders meet in Ankara on July 7-8, where the U.S. force posture in Europe is expected to be discussed.

Analysts say NSATU could also take on a role in supporting a ceasefire in Ukraine if one is agreed. "Wiesbaden is where the alliance plans for the day after the guns fall silent," said Jana Hofreiter, a security analyst at a Frankfurt research institute.
"""},

"h234en02": {"outlet": "Menai Wire (Llangefni)", "published": "2026-02-09", "text": """Wylfa's small reactors: planning bid due by end-March

LLANGEFNI, Feb 9 (Menai Wire) - Great British Energy - Nuclear will submit its planning application for three small modular reactors at Wylfa on Anglesey by the end of March, its chief executive Gwen Parry-Jones said on Monday.

The UK government chose the former Magnox site for Rolls-Royce SMR's first units in November 2025, ending more than a decade of false starts on the island.

Public consultation events will be held in Amlwch, Cemaes and Holyhead from February 23, Parry-Jones said. A final investment decision is not expected before 2029, she added, but preparatory earthworks should start by the end of the year.

Energy Secretary Ed Miliband will visit the site on Thursday, the Department for Energy Security and Net Zero said. Rolls-Royce SMR is expected to sign a supply-chain agreement with Welsh manufacturers in Llangefni next month, two people familiar with the plans said.

Isle of Anglesey County Council's executive will discuss a community benefit fund on Tuesday. Its leader, Gary Pritchard, said the council would not back the project "without a binding deal on local jobs".

Read more: Holyhead ferry traffic recovers

The island lost about 1,000 jobs when the old Wylfa station stopped generating in 2015 and Hitachi later abandoned its plans for a large plant.

The project has also become an issue in the Senedd election on May 7. Plaid Cymru leader Rhun ap Iorwerth, who represents the island, said a Plaid government would seek a seat on the project's board if it wins.

Dublin is expected to ask formally to be consulted on the reactors' cross-border environmental impact before the end of February, an Irish diplomat said.

Analysts say Plaid could emerge as the largest party in May. "Wylfa will test whether a Plaid-led government in Cardiff can work with Labour in Westminster," said Owen Griffiths, a lecturer in politics at Bangor University.
"""},

"h234en03": {"outlet": "Latorytsia Wire (Uzhhorod)", "published": "2027-04-22", "text": """Ukraine and Hungary to reopen minority talks in Uzhhorod

UZHHOROD, April 22 (Latorytsia Wire) - Ukraine and Hungary will hold the first meeting of their joint commission on national minorities in three years in Uzhhorod on Tuesday, Ukraine's foreign ministry said.

Kyiv is expected to present draft amendments that would let Hungarian-language schools in Zakarpattia teach most subjects in Hungarian until the ninth grade, two Ukrainian officials said.

Budapest has blocked the opening of Ukraine's first cluster of EU accession talks since 2024. EU diplomats said the cluster could be opened at an intergovernmental conference in Luxembourg in late June if the commission reaches a deal.

Foreign Minister Andrii Sybiha will travel to Budapest in the first half of May, his spokesman Heorhii Tykhyi said, adding that Kyiv "will not trade minority rights for a date".

Andriy Demchenko, a spokesman for the State Border Guard Service, said the new Velyka Palad-Nagyhodos crossing would open to cars from May 15.

Read more: Zakarpattia wine exports to Slovakia double

Hungary barred three Ukrainian army commanders from entering the Schengen zone in September 2025 after a Hungarian-speaking conscript died following his mobilisation. Hungary's foreign ministry said on Wednesday the bans would stay until the investigation is completed, and that Budapest could also block the next tranche of European Peace Facility money for Ukraine.

About 100,000 ethnic Hungarians live in Zakarpattia, most of them near the border around Berehove.

Operational Command West will hold exercises near the Tisza river border from May 3 to May 9, the command said. The head of the Berehove district military administration is expected to step down next week, according to a source in the regional administration.

Analysts say Budapest is likely to hold out for a written guarantee on schooling before the June conference. "Both sides need a result, but neither can be seen to blink first," said Marta Fedaka, a political scientist at Uzhhorod National University.
"""},

"h234en04": {"outlet": "Waimakariri Wire (Christchurch)", "published": "2026-06-14", "text": """Can Canterbury keep its elected regional council?

CHRISTCHURCH, June 14 (Waimakariri Wire) - A bill replacing Environment Canterbury's elected councillors with a board of the region's ten mayors will have its first reading in Parliament on Wednesday, Local Government Minister Simon Watts said on Saturday.

The government announced plans to scrap elected regional councils nationwide in November 2025, and chose Canterbury as the first region because of long-running disputes over water permits.

Watts said the board would take over on February 1, 2027 and that public submissions on the bill would close on July 31. He expects to sign a transition agreement with the council's chief executive before the end of August. The cabinet will name the board's interim chair within 10 days, he said.

Environment Canterbury's chair, Ruth Hadfield, said she would resign on June 30 in protest. "I was elected to answer to voters, not to ministers," she said.

Canterbury's mayoral forum meets in Timaru on Friday to agree on a joint submission. Two mayors have not decided whether to support the plan, a council official said.

Read more: Christchurch stadium opening date confirmed

Te Runanga o Ngai Tahu, the South Island iwi, said it could seek a judicial review if the bill removes its two appointed seats on the council.

The regional council manages rivers, public transport and the consents that decide how much water Canterbury's dairy farms can take from aquifers and rivers.

New Zealand votes in a general election on November 7. Labour leader Chris Hipkins said a Labour-led government would repeal the law within its first 100 days.

Analysts say the bill is unlikely to pass its third reading before the election. Farmers' groups want a quick change, but the Greens and Te Pati Maori will not support it, and ACT has said it wants amendments.
"""},

"h234en05": {"outlet": "Toila Wire (Johvi)", "published": "2027-01-16", "text": """Estonia to decide on closing oil shale units as Ida-Viru braces for job cuts

JOHVI, Jan 16 (Toila Wire) - Estonia's government will decide on Thursday whether to close two of Enefit Power's oil shale units at the Narva power plants by the end of 2028, the Government Office said on Friday.

Enefit Power expects to cut about 800 jobs in Ida-Viru county by mid-2028 if the closure goes ahead, a company spokeswoman said. Energy and Environment Minister Andres Sutt said there would be "no new oil shale power plant in Estonia, full stop".

Estonia disconnected its grid from the Russian-controlled BRELL ring in February 2025, which removed the need to keep oil shale capacity for emergencies, officials say.

The European Commission is due to approve changes to Estonia's Just Transition plan in March, freeing about 90 million euros for retraining, Sutt said. Energy Commissioner Dan Jorgensen will visit Narva tomorrow, the Commission's representation in Tallinn said.

Isamaa, which leads opinion polls ahead of the March 7 parliamentary election, said it would reverse the decision if it forms the next government.

Defence Minister Hanno Pevkur said the Defence Forces would start building the first Baltic Defence Line bunkers in Ida-Viru county in April.

Read more: Narva college enrolment falls for third year

Foreign Minister Margus Tsahkna will push for a ban on transshipment of Russian liquefied natural gas when EU ambassadors discuss the next sanctions package next week, his ministry said. Prime Minister Kristen Michal is expected to raise carbon costs for oil shale at the European Council in Brussels on March 18-19, a government source said.

Analysts say the Reform Party could fall to third place in the election. "Ida-Viru has heard promises of a just transition for a decade," said Kadri Lepik, an energy economist in Tartu.
"""},
}
