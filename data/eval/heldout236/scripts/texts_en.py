"""English texts of heldout236, written for this project in one sitting. Invented or generic facts."""

EN = {
"h236en01": {"outlet": "Wrekin Wire (Shrewsbury)", "published": "2027-02-08", "text": """Will Shropshire need a bailout? Council to seek emergency government support

SHREWSBURY, Feb 8 (Wrekin Wire) - Shropshire Council will hold a full council meeting on Thursday to vote on asking the government for 62 million pounds in exceptional financial support, council leader Rosalind Pegg said on Monday.

The council warned in November that it could be forced to issue a Section 114 notice if its reserves ran out before the end of the financial year.

Pegg said the council would also propose a council tax rise of 8.99 percent at the budget meeting on February 25, above the 4.99 percent cap, which needs ministers' consent or a local referendum. "We will not close any more libraries," she added.

A decision by the Ministry of Housing, Communities and Local Government (MHCLG) is expected before the end of February, two council officials said. If ministers refuse the tax rise, a referendum could be held on May 6.

Local Government Minister Daniel Whitcombe is likely to visit Shrewsbury next week for talks with Pegg and the council's chief executive, according to a person familiar with the plans.

Read more: Telford hospital merger consultation extended to April

The council's finance director, Martin Oakes, will step down at the end of March, the council said in a statement. Opposition Conservative group leader Tom Everall said his councillors "will not back a budget built on a bailout" and may table an amendment within 14 days.

Ministers could also send commissioners to run parts of the council, a government spokesperson said, without giving a timetable.

North Shropshire MP Helen Morgan said she would raise the case in a Commons debate on rural funding on February 17.

Analysts say at least five more English county and unitary councils could seek similar support this year. "The funding formula has moved money to cities," said Priya Lal, a local government finance researcher at the University of Birmingham.
"""},

"h236en02": {"outlet": "Weser Wire (Bremen)", "published": "2027-03-16", "text": """Will the AfD make it onto Bremen's ballot this time?

BREMEN, March 16 (Weser Wire) - Bremen's state election committee will decide on Friday whether to admit the far-right Alternative for Germany's list for the May 23 state election, state returning officer Karin Vollmers said on Tuesday.

The committee barred the AfD from the last vote in March 2023 because two rival party factions had filed competing lists.

Two people familiar with the committee's work said the single list filed this year was likely to be admitted. The AfD has said it would challenge any exclusion at the State Court within days.

Mayor Andreas Bovenschulte will lead the Social Democrats' list again. His party, in power in the city-state since 1945, is expected to remain the largest, a poll by the Weser Institute showed last week.

The Left will name its lead candidate at a party congress tomorrow, a party spokeswoman said.

Bovenschulte has said he would continue the coalition with the Greens and the Left if voters allow. CDU lead candidate Jens Overbeck said his party "will not govern with the AfD" and would seek talks with the SPD after the vote.

Chancellor Friedrich Merz is due to campaign in Bremerhaven on May 15, the CDU's state office said.

Read more: Bremerhaven container volumes fall for a third year

Bremen's finances will also be on the table. The federal and state Stability Council is due to review the city-state's budget at its meeting in Berlin in June and could withhold part of the 400 million euros in annual consolidation aid if Bremen misses its deficit targets, a finance ministry official in Berlin said.

Analysts say turnout could fall below 55 percent and the BSW may enter the state parliament for the first time. "The AfD question will mobilise both sides," said Hauke Brinkmann, a political scientist at the University of Bremen.
"""},

"h236en03": {"outlet": "Klaralven Wire (Karlstad)", "published": "2026-04-14", "text": """Sweden to decide on reviving Varmland regiment as Norway eyes rail corridor

KARLSTAD, April 14 (Klaralven Wire) - Sweden's government will decide on Thursday whether to re-establish the Varmland Regiment in Kristinehamn, Defence Minister Pal Jonson said on Tuesday.

The regiment was closed in 2000 as part of post-Cold War cuts, and its barracks were sold to the town.

If the cabinet approves the plan, the first 400 conscripts could arrive as early as January 2028, Jonson said, and the Swedish Fortifications Agency would start building new barracks by the end of June.

Kristinehamn's municipal council chair, Eva Lindqvist, said the town "will provide the land free of charge".

Norwegian Defence Minister Tore O. Sandvik will visit Karlstad next week for talks with Jonson on a military transport corridor along the Oslo-Karlstad rail line, Norway's defence ministry said. The two are expected to sign a letter of intent on cross-border military rail transport, according to a Swedish official.

Read more: Volvo cuts shifts at Skovde engine plant

The plan has cross-party support, but its funding has not been settled. The Social Democrats, who lead the polls ahead of the September 13 general election, would keep the regiment if they win, the party's defence spokesman Peter Hultqvist said.

Sweden's armed forces will also hold a brigade exercise with Norwegian units in Varmland in mid-May, the Swedish Armed Forces said in a statement.

A NATO planning team may visit Kristinehamn, two officials said. Russia's embassy in Stockholm said Moscow would "take measures" if allied troops were stationed in Varmland.

Analysts say the regiment is unlikely to be fully manned before 2030. "Barracks are the easy part. Officers are the bottleneck," said Maja Ekholm, a defence analyst at Karlstad University.

Varmland borders Norway for about 300 kilometres and lies on the main links between Oslo and Stockholm.
"""},

"h236en04": {"outlet": "Gilort Wire (Targu Jiu)", "published": "2025-11-18", "text": """Can Oltenia's coal units survive past 2026? Romania revises closure plan

TARGU JIU, Nov 18 (Gilort Wire) - Romania's government will approve on Wednesday a revised restructuring plan for the state-owned Oltenia Energy Complex that would keep two lignite units at Rovinari running until the end of 2029, Energy Minister Bogdan Ivan said on Tuesday.

The European Commission approved the original plan, with 2.66 billion euros in state aid, in January 2022. It required the company to close most of its coal capacity by the end of 2026. The cabinet vote on the revision, first planned for October, was postponed twice.

Ivan said Bucharest would notify the revised plan to Brussels within 30 days. A Commission decision is expected by the end of March, EU officials said, and could force Romania to recover part of the aid if the changes are judged unlawful.

Prime Minister Ilie Bolojan has said Romania "will not put miners on the street this winter".

The Lignitul Oltenia union said its members would strike from December 1 unless the plan guarantees jobs until 2030. Ivan will meet union leaders in Targu Jiu on Thursday, his ministry said.

EU Energy Commissioner Dan Jorgensen will visit Craiova in early December, the Commission's representation in Bucharest said.

Read more: Romania's inflation eases to 9.8% in October

The company's chief executive, Cristian Neagoe, will step down at the end of the month, two people familiar with the matter said, after a board dispute over the plan.

Romania also risks losing about 700 million euros in recovery funds tied to the coal exit milestone, and the Commission may suspend a payment next month, a finance ministry official said.

Analysts say the new gas units at Isalnita and Turceni are unlikely to start before 2027. "Bucharest is buying time, and Brussels knows it," said Radu Ionescu, an energy economist at a Bucharest think tank.
"""},

"h236en05": {"outlet": "Abava Wire (Liepaja)", "published": "2026-06-09", "text": """Latvia picks Liepaja for shell plant as Saeima weighs state guarantee

LIEPAJA, June 9 (Abava Wire) - Latvia will sign an agreement with Norwegian defence firm Hardanger Defence on Friday to build a 155mm artillery shell plant in Liepaja's former steelworks zone, Defence Minister Andris Spruds said on Tuesday.

The government chose Liepaja over Jekabpils last month after a four-month review.

Prime Minister Evika Silina is expected to attend the signing. The plant is expected to start production in the second half of 2028, with capacity of 60,000 shells a year, Spruds said.

The Saeima will vote on Thursday on a 120 million euro state loan guarantee for the project, and passage is likely, a parliament spokeswoman said.

The opposition Latvia First party would review the contract if it wins the October 3 election, party leader Ainars Slesers said.

Read more: Liepaja port handles record grain volumes in May

Silina will present the project at the NATO summit in Ankara on July 7-8, her office said.

Baltic defence ministers meet in Liepaja next week to discuss joint procurement, Lithuania's defence ministry said. Danish troops of NATO's multinational brigade in Latvia will hold a live-fire exercise near Skrunda later this month, the Latvian armed forces said.

The EU could add Belarusian firms supplying explosives to Russia to its sanctions list within 90 days, two EU diplomats said.

Liepaja's steelworks closed in 2016 after its owner went bankrupt, leaving about 1,300 people out of work in a city of 70,000.

Analysts say a ceasefire in Ukraine is unlikely before 2027, keeping demand for shells high across Europe. "Europe will need these shells for years, whatever happens at the negotiating table, because stocks have to be rebuilt first," said Ilze Berzina, an analyst at a Riga defence think tank.
"""},
}
