"""English texts of heldout239, written for this project in one sitting. Invented or generic facts."""

EN = {
"h239en01": {"outlet": "Parrett Wire (Bridgwater)", "published": "2026-03-17", "text": """Will London buy China out of Hinkley Point C before the first power?

BRIDGWATER, March 17 (Parrett Wire) - Britain will open formal talks next week with China General Nuclear (CGN) on buying its 33.5% stake in the Hinkley Point C nuclear plant, Energy Secretary Ed Miliband told parliament on Monday.

The government bought out CGN's share in the Sizewell C project in Suffolk in November 2022, and ministers have since faced pressure to do the same in Somerset.

Miliband said a deal could be agreed by the summer, but that the taxpayer "will not write a blank cheque" for a plant whose cost has more than doubled since construction began.

EDF, which owns the rest of the project, said last month that the first of the two reactors is expected to start generating power in 2031, after earlier target dates of 2027 and 2029 slipped.

EDF chief executive Bernard Fontana is due to meet Miliband in London on Thursday to discuss the overrun, a company spokeswoman said. Paris is unlikely to inject fresh state money into the project, two French officials said.

Read more: Somerset farmers win extra compensation for new grid pylons

The issue is expected to come up when Prime Minister Keir Starmer and President Emmanuel Macron hold their annual summit in early July, diplomats said.

In Somerset, the council's executive will decide on April 1 whether to ask EDF for a larger community fund for Bridgwater, council leader Bill Revans said. The Unite union, which represents about 4,000 workers at the site, could call a strike ballot within days over bonus payments, a union official said.

Analysts say Paris may hold back any new commitment until after the French presidential election in April 2027. "Nobody in France wants to sign a cheque for a British reactor in an election year," said Helen Marsh, an energy economist at a Bristol consultancy.
"""},

"h239en02": {"outlet": "Kwisa Wire (Zagan)", "published": "2026-02-10", "text": """Will U.S. tanks stay in Zagan? Poland seeks answers before NATO summit

ZAGAN, Feb 10 (Kwisa Wire) - Polish Defence Minister Wladyslaw Kosiniak-Kamysz will travel to Washington next week to seek assurances that the U.S. armoured brigade rotating through Zagan will stay, his ministry said on Monday.

The current rotation of about 3,500 soldiers is due to end in September. Kosiniak-Kamysz is expected to meet U.S. Defense Secretary Pete Hegseth during the trip, two Polish officials said.

The Pentagon's global posture review is due to be published in March.

A U.S. defence official said on Friday that Washington "could reduce" rotational forces in eastern Europe over the next two years. The official said a ceasefire in Ukraine could be agreed before the end of March, which would change the calculation.

Kosiniak-Kamysz said on Monday that Poland "will not accept" any reduction, adding that he would offer to pay for permanent barracks and training areas near Zagan and Swietoszow.

Read more: Lubusz region wins EU funds for Oder river flood barriers

NATO leaders meet in Ankara on July 7-8, where Warsaw will press for a permanent U.S. presence on its territory.

Zagan's town council will hold an extraordinary session on Thursday on the brigade's future, its chairman, Tomasz Wrobel, said. About 600 local civilians work for the base.

President Karol Nawrocki is likely to raise the issue with President Donald Trump in Washington in April, according to a presidential aide.

Foreign Minister Radoslaw Sikorski said Poland would propose tighter sanctions on Russian fertiliser imports when EU foreign ministers meet in Brussels on February 23.

Analysts say Washington is unlikely to pull troops out of Poland before the summit. "Cutting the brigade now would hand Moscow a gift," said Marta Zielinska, a security analyst at a Wroclaw think tank.
"""},

"h239en03": {"outlet": "Kullaberg Wire (Malmo)", "published": "2026-05-19", "text": """Barseback's return? Sweden weighs new reactors across the Sound from Copenhagen

MALMO, May 19 (Kullaberg Wire) - Sweden's government will decide on Thursday whether to grant state loans for two small modular reactors at the former Barseback nuclear site in Skane, Energy and Industry Minister Ebba Busch said on Monday.

The site's second reactor was shut in 2005, six years after the first, following years of pressure from Denmark.

Busch said the loans would be approved if the developer secures a grid connection, and that the government "will not reopen" the old units, which are being dismantled.

Denmark's climate minister, Lars Aagaard, is expected to raise the plan with Busch when Nordic energy ministers meet in Reykjavik in early June, a Danish ministry official said. Copenhagen could file a formal objection under the Espoo Convention within 30 days, the official added.

Electricity prices in southern Sweden's SE4 bidding zone are likely to stay above the national average until at least 2030, grid operator Svenska kraftnat said in a report last week.

Read more: Oresund bridge tolls to rise for commuters from July

Sweden holds a general election on September 13. The opposition Social Democrats have said they would review the loans if they return to power.

Kavlinge municipality, where the site lies, will hold a public consultation for residents on May 28, the municipal council said.

The developer, Karnfull Next, aims to submit its licence application to the Swedish Radiation Safety Authority before the end of the year, a company spokesman said.

The Barseback peninsula lies about 20 km from central Copenhagen, and the old plant was long a symbol of tension between the two neighbours.

Analysts say first power from the new reactors is unlikely before 2035. "The loans are a political signal before the election, not a construction schedule," said Johan Ekdahl, an energy analyst at a Lund research institute.
"""},

"h239en04": {"outlet": "Vantaanjoki Wire (Vantaa)", "published": "2025-11-18", "text": """Can Uusimaa's health services balance the books? Government weighs an evaluation procedure

VANTAA, Nov 18 (Vantaanjoki Wire) - Finland's government will decide on Thursday whether to start a formal evaluation procedure for the Vantaa and Kerava wellbeing services county, whose deficit is expected to reach 160 million euros this year, Local and Regional Government Minister Anna-Kaisa Ikonen said on Monday.

The county's deficit reached 120 million euros last year, the highest among Finland's 21 counties.

Ikonen said the procedure could lead to a merger with a neighbouring county, but that the government "will not close" the emergency department at Peijas hospital. She will meet the county's leadership in Vantaa tomorrow.

The board of HUS, the Helsinki University Hospital group, meets on November 27 to approve a savings package that would cut about 600 jobs, a HUS spokeswoman said. A hiring freeze will apply across the group from January 1, she said.

The nurses' union Tehy said it would hold a strike vote early next month unless the job cuts are withdrawn.

The county's board chairman, Heikki Laaksonen, may step down if the procedure is opened, two council members said.

Prime Minister Petteri Orpo will meet the chairs of the four Uusimaa counties in Helsinki next week, his office said.

Wellbeing services counties took over health and social care from municipalities in 2023 and cannot levy their own taxes.

Parliament is due to approve the 2026 budget on December 17, with an extra 90 million euros for the Uusimaa counties, Finance Minister Riikka Purra said.

Finland holds a parliamentary election in April 2027. Analysts say the opposition Social Democrats could make the counties' deficits a central issue of the campaign. "Every closed ward will become an election poster," said Sanna Lehtinen, a political scientist at the University of Helsinki.
"""},

"h239en05": {"outlet": "Salaca Wire (Valmiera)", "published": "2025-05-13", "text": """Who will save Valmiera's glass-fibre plant before the local vote?

VALMIERA, May 13 (Salaca Wire) - Latvia's government will decide next Tuesday whether state development bank Altum should guarantee a 25 million euro bridge loan for the insolvent Valmiera Glass fibre plant, Economy Minister Viktors Valainis said on Monday.

The plant, the largest industrial employer in Vidzeme with about 800 workers, filed for insolvency in March after losing two German customers.

Valainis said the guarantee was likely to be approved, but that the state "will not take an equity stake" in the company.

The insolvency administrator, Inga Berzina, aims to sign a sale agreement with a buyer by the end of June, she told Latvian Radio.

Two bidders remain: a German industrial group and a Cyprus-registered fund whose ultimate owner is a Belarusian businessman, according to a person familiar with the process. The Constitution Protection Bureau (SAB) could block the Cyprus bid on security grounds, and the businessman may soon face EU sanctions, officials in Riga said.

Read more: Latvia's central bank cuts growth forecast on weaker exports

Prime Minister Evika Silina will visit the plant on Friday, the State Chancellery said. The Free Trade Union Confederation of Latvia (LBAS) has called a rally outside the cabinet building in Riga on Thursday.

Latvia holds municipal elections on June 7, and the plant's future has dominated the campaign in Valmiera. The Progressives' local list leader, Liga Ozola, said her party would push for a municipal stake in the plant's site if it wins a majority on the council.

Valmiera's glass-fibre industry dates back to the 1960s, and the town has few other large employers.

Analysts say the government is unlikely to give final approval before the June 7 vote. "No minister wants to own a closure or a Belarusian buyer during a campaign," said Karlis Vitols, an economist at a Riga research centre.
"""},
}
