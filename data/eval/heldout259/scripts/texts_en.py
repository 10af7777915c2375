"""English texts of heldout259, written for this project in one sitting. Invented or generic facts."""

EN = {
"h259en01": {"outlet": "Bobr Wire (Zielona Gora)", "published": "2026-05-19", "text": """Can Warsaw and Berlin settle their Oder dispute before summer?

ZIELONA GORA, May 19 (Bobr Wire) - Polish and German officials will meet in Zielona Gora on Thursday for the first session of a new joint commission on the Oder river, Poland's Infrastructure Ministry said in a statement on Monday, after environmental groups won a Warsaw court order halting dredging on the border stretch in March.

The commission is expected to sign a protocol on joint water-quality monitoring at the meeting, the ministry said.

Deputy Infrastructure Minister Piotr Malecki, who will lead the Polish side, said Warsaw would not abandon the waterway project. He said Poland was ready to pause work on two sections from June 1 until an independent study is finished, expected by the end of September.

The 2022 disaster killed an estimated 360 tonnes of fish, and scientists blamed salty industrial discharges that fed a toxic algae bloom.

Germany's Environment Minister Carsten Schneider is expected to attend a follow-up meeting in Frankfurt an der Oder in mid-June, two people familiar with the planning said.

Brandenburg's premier Dietmar Woidke has said the state could complain to the European Commission if dredging resumes without a new environmental assessment. The Commission has not decided whether to open an infringement case against Poland, a Commission spokesperson said.

Read more: Poland's central bank holds rates, sees inflation near target

Lubusz regional assembly will vote on June 9 on a resolution backing the waterway, its chairwoman, Ewa Kaczmarek, said.

Prime Minister Donald Tusk and German Chancellor Friedrich Merz are due to discuss the river at intergovernmental consultations in Warsaw next month, diplomats said.

Analysts say a compromise is likely before the next high-water season. "Both sides need a deal they can sell at home, and the river is the easy part," said Tomasz Wrobel, a researcher at a Poznan institute for western affairs.
"""},

"h259en02": {"outlet": "Waitara Wire (New Plymouth)", "published": "2026-08-25", "text": """Will Taranaki's new gas blocks outlast the election?

NEW PLYMOUTH, Aug 25 (Waitara Wire) - New Zealand will open its first offshore petroleum block offer since 2018 on September 14, Resources Minister Shane Jones said on Monday, with five blocks off the Taranaki coast on offer.

Bids close on December 11 and winners are expected to be named in March 2027, Jones said.

Parliament repealed the 2018 ban on new offshore exploration in July 2025.

The opposition Labour Party would reinstate the ban if it wins the November 7 general election, its energy spokeswoman, Hana Whitmore, said. Jones said the government would not compensate companies if a future government revoked their permits.

A Crown fund of NZ$200 million set up to co-invest in new gas fields is due to sign its first agreement, with a Taranaki operator, before the end of October, according to two officials.

Jones is expected to travel to Singapore next week to present the blocks at an energy conference, his office said.

A coalition of Taranaki iwi has asked the Waitangi Tribunal for an urgent hearing on the block offer, and the tribunal may decide within 14 days whether to grant it, a lawyer for the group said.

Prime Minister Christopher Luxon will open a gas-fired peaking plant at Stratford on Friday, his office said, as the government tries to ease winter power shortages that forced factories to cut output in June.

Gas production from Taranaki's ageing fields has fallen by about a third since 2021, according to industry figures, and two fertiliser and methanol plants have idled for months.

Analysts say few large companies are likely to bid before the election, and the round could draw fewer than five bids. "Nobody will spend hundreds of millions on a permit that may last one parliamentary term," said Liam Fraser, an energy economist in Wellington.
"""},

"h259en03": {"outlet": "Tummel Wire (Pitlochry)", "published": "2025-10-21", "text": """Scotch distillers look to Washington as tariff talks resume

PITLOCHRY, Scotland, Oct 21 (Tummel Wire) - British and U.S. trade officials will resume talks on cutting the 10% tariff on Scotch whisky in Washington next week, Business and Trade Secretary Peter Kyle said on Monday. The talks were first due to resume in September but slipped twice.

The tariff has applied since April 5 under President Donald Trump's baseline duties, and distillers say exports to the United States, their biggest market, fell by a fifth in the summer.

Kyle said a deal could be done before Christmas but that London would not accept lower food standards in return. The U.S. Trade Representative's office has not said whether Jamieson Greer will join the talks.

The Scotch Whisky Association (SWA) will brief the Scottish Parliament's economy committee on Wednesday, its chief executive, Mark Kent, said.

First Minister John Swinney plans to raise the issue with U.S. officials during a trade visit to New York and Washington in mid-November, his office said.

Washington could also raise the rate to 15% if the talks fail, a person briefed on the discussions said.

Read more: Perth and Kinross tourism hit by fewer American visitors

If no deal is reached this year, officials expect the issue to come up when G7 leaders meet in Evian in June, a Downing Street official said.

Perth and Kinross Council will hold an emergency debate on support for the sector on Thursday, council leader Alison Drummond said. About 1,500 people work in distilling and bottling in the county.

Several Highland Perthshire distilleries have already cut shifts, and one has delayed a planned visitor centre near Aberfeldy.

Analysts say a full removal of the tariff is unlikely before 2026, as Washington wants concessions on agriculture first. "Whisky is a bargaining chip for both sides," said Eilidh Ross, a trade economist at a Stirling consultancy.
"""},

"h259en04": {"outlet": "Burren Wire (Carlow)", "published": "2026-02-24", "text": """Will Carlow get its new asylum centre before the EU pact starts?

CARLOW, Ireland, Feb 24 (Burren Wire) - The Irish government will decide tomorrow whether to buy a former hotel outside Carlow town as a state-owned centre for 400 international protection applicants, Minister of State Colm Brophy said on Monday. Brophy said the sale, if approved, would close within 60 days.

The Dail is due to vote on the International Protection Bill on March 11, ahead of the EU Pact on Migration and Asylum taking effect on June 12, Justice Minister Jim O'Callaghan's department said.

Carlow County Council's chairwoman, councillor Maeve Doran, said she would resign from her party if the purchase went ahead without consultation. A protest is planned outside the council offices on Saturday, gardai said.

The state housed about 33,000 applicants in January, up from about 7,000 in early 2022, and several counties have seen protests against new centres.

Taoiseach Micheal Martin said on Sunday that the government would not use tents for applicants again.

Ireland and Britain are expected to sign a returns agreement under the Common Travel Area before the end of April, two officials said.

O'Callaghan will travel to London next week for talks with Home Secretary Shabana Mahmood, his department said.

Sinn Fein may table a Dail motion on the Carlow centre next week, a party official said.

Analysts say the bill is likely to pass comfortably, with Independent Ireland and Aontu expected to vote against it. "The government has the numbers; the question is whether it has the towns," said Niamh Gallagher, a lecturer in politics at a Dublin university.

Local businesses in Carlow town have asked for the hotel to reopen to tourists instead, saying the county lost two hotels in five years.
"""},

"h259en05": {"outlet": "Kulpe Wire (Siauliai)", "published": "2026-06-23", "text": """Will NATO keep its jets at Siauliai after a Russian drone incursion?

SIAULIAI, Lithuania, June 23 (Kulpe Wire) - A Russian military drone entered Lithuanian airspace for about four minutes near Kybartai on Saturday before turning back, the Lithuanian Armed Forces said in a statement on Sunday.

Italian Eurofighters will take over NATO's Baltic Air Policing mission at Siauliai air base from Dutch F-35s on August 1, Defence Minister Rimvydas Saulis said on Monday.

Saulis said Lithuania would ask allies at the NATO summit in Ankara on July 7-8 to turn the policing mission into a permanent air defence mission.

President Gitanas Nauseda is expected to visit the base on Friday, his office said.

Russia's embassy in Vilnius denied on Monday that any drone had crossed the border.

Foreign Minister Kestutis Budrys said Lithuania would propose adding the drone's manufacturer to the EU's next sanctions package when foreign ministers meet in Brussels on July 20.

Budrys said NATO should not scale down air defences even if a ceasefire in Ukraine is agreed, which analysts say is unlikely before next year.

Read more: Lithuania extends Belarus border restrictions to end of summer

The Siauliai base has hosted the mission since 2004, when the three Baltic states joined NATO, and has been expanded twice since Russia's full-scale invasion of Ukraine.

Lithuania has not decided whether to buy its own fighter jets, and a decision could come by the end of the year, Saulis added.

About 2,000 troops will take part in the Iron Wolf exercise near Siauliai from September 7 to 18, the army said.

"Every incursion is a test of how fast we react, and four minutes is too long," said Ruta Vaitkute, a security analyst at a Vilnius think tank.
"""},
}
