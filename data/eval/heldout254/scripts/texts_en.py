"""English texts of heldout254, written for this project in one sitting. Invented or generic facts."""

EN = {
"h254en01": {"outlet": "Teme Valley Wire (Worcester)", "published": "2026-01-27", "text": """Will Worcestershire voters get a say on a 9.99% council tax rise?

WORCESTER, Jan 27 (Teme Valley Wire) - Worcestershire County Council will ask the government next week for permission to raise council tax by 9.99 percent from April without holding a referendum, council leader Martin Ashby said on Monday.

The Reform UK-led council says it faces a 38 million pound gap, mainly from adult social care.

Councils in England must normally hold a local referendum for rises above 4.99 percent. Last February, ministers allowed six councils, including Bradford and Windsor and Maidenhead, to go further without one.

Local Government Minister Alison McGovern is expected to announce her decision on this year's requests in early February, a spokesperson for the Ministry of Housing, Communities and Local Government said.

If permission is refused, the county would have to hold a referendum on May 7, the day of district council elections in Worcester and Redditch. Officials privately doubt that a rise of that size could win at the ballot box.

Full council is due to vote on the budget on February 12. Ashby said he "will not cut" library opening hours, but Conservative group leader Karen Lowther said her councillors would vote against any rise above 4.99 percent.

Read more: Sabrina bridge repairs to close Worcester crossing for six weeks

Reform UK leader Nigel Farage will visit Worcester on Friday, party officials said, and is likely to meet Ashby and the Reform group.

Two people close to the leadership said Ashby could step down if the budget fails, though he has not commented.

Separately, ministers are expected to decide by the end of July whether Worcestershire becomes one unitary authority or two.

Priya Randhawa, a local government finance researcher at the University of Birmingham, said the council might have to issue a section 114 notice within months if the rise is blocked.
"""},

"h254en02": {"outlet": "Testebo Wire (Gavle)", "published": "2026-11-18", "text": """Will Gavle vote again? Sweden orders a rare municipal election re-run

GAVLE, Nov 18 (Testebo Wire) - Voters in Gavle will return to the polls on February 28 after Sweden's Election Review Board annulled the result of the September 13 municipal council election in the city, the board said in a decision published on Tuesday.

The board found that about 1,400 advance votes from two voting centres in the Gavleborg county seat were never counted, enough to change the allocation of at least two of the council's 65 seats.

Advance voting will open on February 10, and the Swedish Election Authority will print new ballots by the end of December, its spokeswoman Maria Ek said.

The current council, led by Social Democrat Mikael Strand, remains in office; the new council is expected to meet for the first time in mid-March.

Strand said on Tuesday he "will not resign" over the counting error. The Moderates' local leader, Sara Lindqvist, said her party would table a motion of no confidence in the chair of the municipal election committee at the council meeting on November 26.

Police have opened a preliminary investigation into the uncounted votes, and prosecutors could decide on charges in the spring, a spokesman for the Swedish Prosecution Authority said.

Read more: Gavle port volumes hit record as NATO exercises bring extra cargo

Sweden Democrats leader Jimmie Akesson will campaign in Gavle on December 5, party officials said, and other national party leaders are expected to follow next month.

The re-run could also delay Gavle's 2027 budget, which the council had planned to adopt in December, finance director Johan Berg said.

Analysts say turnout is likely to fall below 70 percent, well under September's 81 percent. "Winter elections are a hard sell, and many voters are angry at every party," said Erik Sjoholm, a political scientist at Uppsala University.
"""},

"h254en03": {"outlet": "Munksjo Wire (Jonkoping)", "published": "2026-03-04", "text": """Will Eksjo's engineers go to Ukraine? Sweden readies a ceasefire contingent

JONKOPING, March 4 (Munksjo Wire) - Sweden's government will decide on Thursday whether to ask parliament for a mandate to send up to 150 army engineers to a multinational reassurance force in Ukraine once a ceasefire takes hold, Defence Minister Pal Jonson said on Tuesday.

The engineers would come from the Gota Engineer Regiment in Eksjo, in Jonkoping county, and would clear mines and repair bridges well behind the line of contact, he said.

Parliament is expected to vote on the mandate in late April. The Social Democrats, the largest opposition party, have said they will back it if the force operates under a clear international framework.

No ceasefire is in place, and Moscow has rejected any European troop presence in Ukraine. Diplomats in Stockholm say Russian and Ukrainian negotiators could meet again in Istanbul as early as next week, but Swedish officials said a truce was unlikely to take effect before June.

Jonson will visit the regiment in Eksjo on Friday and travel to Paris next week for a meeting of defence ministers from the so-called coalition of the willing, his ministry said.

Prime Minister Ulf Kristersson is likely to present the Swedish offer at the NATO summit in Ankara on July 7-8, a government source said.

Separately, EU foreign ministers are expected to adopt a new package of sanctions against Russia in Brussels on March 16, two EU diplomats said. Sweden and Ukraine also intend to sign a status-of-forces agreement before any deployment, the foreign ministry said.

Sweden has given Ukraine military aid worth more than 80 billion crowns since 2022.

Karin Nystedt, a defence analyst at the Swedish Defence Research Agency (FOI), said the mandate might not be used before 2027 if talks stall. "Parliament can say yes in April, but soldiers only move when the guns are silent," she said.
"""},

"h254en04": {"outlet": "Idle Wire (Retford)", "published": "2027-05-12", "text": """Will West Burton's fusion plant clear its last planning hurdle?

RETFORD, May 12 (Idle Wire) - Britain's Energy Secretary Ed Miliband is expected to decide by the end of June whether to grant development consent for the STEP fusion prototype at the former West Burton power station in Nottinghamshire, two officials at the Department for Energy Security and Net Zero said.

The decision has slipped twice since February. The Planning Inspectorate sent its recommendation to ministers last month, after a six-month examination.

Paul Methven, chief executive of UK Industrial Fusion Solutions (UKIFS), the state-owned company building STEP, said site works would start "within weeks" of consent and the first concrete would be poured in 2028.

Miliband will visit the site tomorrow with U.S. Energy Secretary Chris Wright, his department said, and the two are due to sign a fusion research agreement in London on Monday.

Nottinghamshire County Council, led by Reform UK, has said it "will not support" new power lines across the Trent valley needed to connect the plant. Its leader, Dean Hollis, said the council could seek a judicial review if consent is granted.

Read more: Coalfield towns in Nottinghamshire bid for freeport status

Bassetlaw District Council will hold a special meeting on May 25 to agree a skills plan for the 2,000 construction jobs promised at the site, and a by-election in Sturton ward, where the plant sits, takes place on June 3.

Local Labour MP Jo White said she expected the Treasury to confirm a further 2.5 billion pounds for STEP in the autumn budget.

The company's chairman is likely to step down once consent is granted, according to a person familiar with the matter.

West Burton's coal units closed in 2023 after more than half a century of generation, taking several hundred jobs with them.

Analysts say costs could double before the plant produces its first electricity, planned for around 2040.
"""},

"h254en05": {"outlet": "Wear Wire (Durham)", "published": "2027-06-22", "text": """Will Starmer face the banners? Durham braces for a charged Miners' Gala

DURHAM, June 22 (Wear Wire) - Prime Minister Keir Starmer will speak at the Durham Miners' Gala on Saturday, July 10, the Durham Miners' Association (DMA) said on Monday, confirming an invitation its executive issued in March.

DMA general secretary Alan Mardghum said he expected more than 200,000 people on the racecourse and "will not withdraw" the invitation despite calls from some lodges.

Unite, one of the Gala's biggest backers, has not decided whether its banners will march, its general secretary Sharon Graham said, citing the government's pay offer to council workers.

Durham County Council, run by Reform UK since May 2025, votes on Thursday on whether to keep its 60,000 pound grant for stewarding at the Gala. Council leader Gary Pearson has said the grant is "unlikely to survive".

Labour group leader Joanne Storey said her group would table a no-confidence motion in Pearson if the grant is cut.

Read more: Durham Cathedral appeal passes its 5 million pound target

North East Mayor Kim McGuinness is expected to join Starmer on the platform, her office said, and is likely to use the day to launch her bid for a second term ahead of the May 2028 mayoral election.

Durham Constabulary will deploy about 600 officers on the day, and a decision on the route of a planned counter-protest will be taken within seven days, the force said.

The Gala, first held in 1871, outlived the last of the county's deep mines, which closed in 1993.

"The Gala has always been where Labour leaders come to be judged," said Helen Whitfield, a politics lecturer at Durham University. "It is the movement's own parliament, and it does not forget."
"""},
}
