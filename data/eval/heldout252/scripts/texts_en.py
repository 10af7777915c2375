"""English texts of heldout252, written for this project in one sitting. Invented or generic facts."""

EN = {
"h252en01": {"outlet": "Tove Wire (Brackley)", "published": "2026-05-05", "text": """Will Washington pull the plug on RAF Croughton?

BRACKLEY, England, May 5 (Tove Wire) - British and U.S. defence officials will meet at the Ministry of Defence in London on Thursday to discuss a Pentagon review that could close the U.S. Air Force communications station at RAF Croughton, the MoD said in a statement.

The station, south of Brackley in Northamptonshire, has relayed American military traffic since the 1950s and employs about 600 civilians.

The Pentagon announced the review of its European communications sites in March. Two U.S. officials said the squadron at Croughton is likely to move to Ramstein Air Base in Germany by the end of 2027 if the review is approved. The review is due to reach Defense Secretary Pete Hegseth's desk before the end of June, one of them said.

Defence Secretary John Healey said on Monday that Britain "will not pay to keep a foreign base open," but added that he expected Washington to give at least a year's notice of any move.

U.S. Ambassador Warren Stephens is expected to visit the station next week, the U.S. Embassy said.

Read more: Northamptonshire councils weigh joint bid for warehouse levy

Sarah Bool, the Conservative MP for South Northamptonshire, said she would raise the future of the base at defence questions in the Commons on May 18. West Northamptonshire Council's leader, Daniel Oakes, said the council could ask the government for a regeneration fund if the base closes.

The issue may also come up when NATO leaders meet in Ankara on July 7-8, a British official said, although it is not on the formal agenda.

The GMB union, which represents civilian staff, will hold a rally at the main gate on Saturday.

Analysts say a closure is unlikely before 2028 because the replacement links in Germany are not ready. "Washington is trimming where it can," said Ruth Penhallow, a defence analyst at a London think tank.
"""},

"h252en02": {"outlet": "Vindel Wire (Umea)", "published": "2025-11-14", "text": """Sweden seeks EU defence money to finish its Arctic coast railway

UMEA, Sweden, Nov 14 (Vindel Wire) - Sweden will apply on Monday for about 1.1 billion euros in EU military mobility funding to finish the Norrbotnia Line between Umea and Lulea, Infrastructure Minister Andreas Carlson said on Thursday.

The 270-km coastal railway would give NATO a second north-south route towards Finland and the Arctic. Trafikverket, the transport administration, pushed its full opening back to 2035 in September, blaming rising costs.

Carlson said the European Commission was expected to announce the selected projects in late January. He said he would lobby for the bid when EU transport ministers meet in Brussels on December 4. Carlson also ruled out extra national money: "The government will not add a single krona before the election."

Defence Minister Pal Jonson said the line was "a military necessity, not a regional favour". About 3,000 Swedish, Finnish and U.S. troops will move by rail and road through Vasterbotten during the Nordic Response exercise in March, the Swedish Armed Forces said.

Finland's Transport Minister Lulu Ranne is due to visit Umea in early December to discuss a joint application for the Kvarken crossing, her ministry said. Transport Commissioner Apostolos Tzitzikostas could inspect the line in the spring, a Commission official said.

Umea's municipal board will vote on Wednesday on co-financing a freight terminal at Dava, said its chair, Karin Sjolander. "Without the line, our industry has nowhere to go," she said.

Sweden holds a general election on September 13 next year. The opposition Social Democrats have said they would bring the full opening forward to 2032 if they win.

Analysts say EU money could cover no more than a third of the remaining cost. "Brussels likes dual-use projects, but everyone in the queue is now dual-use," said Henrik Wallgren, a transport economist at Umea University.
"""},
"h252en03": {"outlet": "Pedeli Wire (Valga)", "published": "2027-01-18", "text": """Latvia to check cars from Estonia: what happens to Valga and Valka?

VALGA, Estonia, Jan 18 (Pedeli Wire) - Latvia will reintroduce checks on its border with Estonia from February 1 for an initial 30 days, Interior Minister Rihards Kozlovskis said on Sunday, after a rise in migrant smuggling.

Latvia's State Border Guard said it had detained 140 migrants on roads leading to Estonia in December, more than in the whole of 2025.

Valga and its Latvian twin Valka share a main street, a bus line and a health centre, and have had no border controls since both countries joined the Schengen area in 2007.

Estonian Interior Minister Igor Taro said Tallinn would not introduce checks in return. Prime Ministers Kristen Michal and Evika Silina will meet in Valga on Thursday to discuss the twin town, the Estonian government office said. A special lane for residents of both towns is likely to be agreed there, two officials familiar with the preparations said.

Estonian Defence League volunteers will help police direct traffic at the Valga crossing from the first day of the checks, the league said.

The European Commission has not decided whether to open a review of the checks, a spokesperson said. EU interior ministers will discuss Schengen's internal borders at their meeting next month, diplomats said.

The head of Latvia's State Border Guard could step down after an internal audit, which is due by the end of January, Latvian media reported.

Valga's mayor, Kalle Toomsalu, said the town would ask Tallinn for compensation for local shops if the queues last longer than a week. "People here cross the line ten times a day," he said.

Read more: Estonian parties sign clean-campaign pledge before March vote

Estonia holds a parliamentary election on March 7, and the checks have already become a campaign issue. Analysts say Riga could extend the checks into April if arrivals do not fall.
"""},

"h252en04": {"outlet": "Radunia Wire (Gdansk)", "published": "2026-07-29", "text": """Will Gdansk's floating LNG terminal arrive before Russian gas is gone?

GDANSK, Poland, July 29 (Radunia Wire) - Poland's gas grid operator Gaz-System will sign a 20-year charter for a floating storage and regasification unit (FSRU) in the Bay of Gdansk with Norwegian shipowner Nordsund LNG tomorrow, Energy Minister Milosz Motyka said on Tuesday.

The project, first announced in 2020, has slipped twice since 2023 over permits. The vessel is expected to arrive off Gdansk in the second half of 2028, Motyka said, adding that Poland "will not buy a single cargo of Russian LNG, terminal or no terminal."

Gaz-System said it would launch the tender for a 25-km onshore pipeline within 30 days.

EU energy ministers are due to adopt the final text of a ban on Russian LNG imports when they meet in Brussels in October, diplomats said. They said U.S. mediators hope to secure a ceasefire in Ukraine by the end of the year. Traders say a truce could revive calls in some EU capitals to reopen Russian pipeline flows, but officials in Warsaw say the terminal will go ahead regardless.

Ukraine's Naftogaz is likely to book about a fifth of the terminal's capacity, a person familiar with the talks said. The energy ministers of Slovakia and the Czech Republic are due to visit Gdansk in mid-September to discuss capacity, officials said.

The Polish Navy will begin patrols around the planned mooring site from September 1, the Navy said, after a vessel with its transponder switched off was spotted near the pipeline route last week.

Read more: Pomeranian ports post record container volumes in first half

Gdansk Mayor Aleksandra Dulkiewicz said the city could ask for a new environmental review because the mooring site lies close to beaches on Sobieszewo Island.

Analysts say the contract is unlikely to be reopened even if the opposition wins the parliamentary election due in autumn 2027.
"""},

"h252en05": {"outlet": "Hiz Wire (Hitchin)", "published": "2027-09-09", "text": """Hertfordshire takes its Luton airport fight to the Court of Appeal

HITCHIN, England, Sept 9 (Hiz Wire) - The Court of Appeal will hear Hertfordshire County Council's challenge to the expansion of London Luton Airport on Tuesday, the court's listing office said, in a case that could delay the airport's growth to 32 million passengers a year.

Transport Secretary Heidi Alexander approved the expansion in April 2025, overruling planning inspectors. The High Court dismissed the council's first challenge in February.

Council leader Helen Marsh said a judgment was expected before Christmas and that the county "will not drop this case in exchange for a noise fund." Luton Rising, the council-owned company that runs the airport, said construction of the new terminal would start in spring 2028 whatever the outcome.

The Civil Aviation Authority is expected to rule on new flight paths over north Hertfordshire in the first quarter of 2028, according to its published timetable.

Alistair Strathern, the Labour MP for Hitchin, said he would press Alexander on night flights when she visits the town next week. About 40,000 of his constituents live under the main arrival path.

At North Hertfordshire District Council, leader Tom Harding is expected to step down at a full council meeting on September 23 after losing a vote on the airport last month, two councillors said.

Hertfordshire's county and district councils are due to be replaced by unitary authorities, whose first elections are scheduled for May 2028.

Analysts say the Court of Appeal is unlikely to overturn the decision, but a long case could push up the airport's borrowing costs. "Judges rarely second-guess a minister on planning balance," said Nadia Hollins, a planning law lecturer at the University of Hertfordshire.
"""},
}
