"""English texts of heldout193, written for this project in one sitting. Invented or generic facts."""

EN = {
"h193en01": {"outlet": "Piscadera Wire (Willemstad)", "published": "2025-11-14", "text": """Will Washington expand its Curacao air base?

WILLEMSTAD, Nov 14 (Piscadera Wire) - Dutch and U.S. defence officials will meet in The Hague next week to discuss extending the agreement that lets American surveillance aircraft use Curacao's Hato airport, the Dutch Defence Ministry said on Thursday.

The current arrangement, first signed in 2000, expires in November 2026. A decision by the Council of Ministers of the Kingdom is due by the end of January, the ministry said.

Defence Minister Ruben Brekelmans said the Netherlands "will not allow" the site to be used for strikes on Venezuelan territory, but added that a longer lease was "very likely".

Venezuela suspended all flights between Caracas and Curacao on Tuesday and halted ferry trade, saying the island had become "a platform for aggression". Foreign Minister Yvan Gil said on Wednesday the measures would stay in place "as long as foreign warplanes sit on Curacao's runway".

Prime Minister Gilmar Pisas is expected to travel to The Hague in early December to press for compensation for lost trade, two officials in his office said. He could also meet Dutch Prime Minister Dick Schoof during the trip, one of them said.

Read more: Curacao central bank keeps reserve requirement unchanged

The island's parliament will hold an urgent debate on the base on Tuesday, Speaker Giselle Koeiman said. Opposition parties have not decided whether to table a motion of no confidence against Pisas, party officials said.

The U.S. Southern Command said two additional P-8 patrol aircraft would arrive at Hato within days. Venezuela's navy may hold exercises off the Paraguana peninsula later this month, a Venezuelan military source said.

Boats from Falcon state have long supplied Curacao's markets with fresh produce.

Analysts say the flight ban could cost Curacao's economy about $40 million by the end of the year. "Curacao is caught between two giants," said Shanella Bakhuis, a political scientist at the University of Curacao.
"""},

"h193en02": {"outlet": "Leith Wire (Edinburgh)", "published": "2026-08-25", "text": """Scotland to send formal referendum request to London as Holyrood vote looms

EDINBURGH, Aug 25 (Leith Wire) - First Minister John Swinney will formally ask the UK government on Thursday for the power to hold a second independence referendum, his office said on Monday, three months after the Scottish National Party won the most seats at the Holyrood election in May.

The letter will seek a Section 30 order, as before the 2014 vote.

Constitution Secretary Morag Dalgleish said the Scottish government aimed to hold the vote in the second half of 2027 and would publish a draft bill "within weeks".

Prime Minister Keir Starmer has said a referendum "is not on the agenda" for this parliament, and a Downing Street spokesman said on Monday the position "has not changed". Scottish Secretary Douglas Alexander is expected to reply within 28 days, officials in the Scotland Office said.

Holyrood will vote on a motion backing the request on September 9, after the summer recess. The SNP and the Scottish Greens together hold a majority, so the motion is likely to pass, analysts say.

Scottish Labour leader Anas Sarwar said his party would vote against the motion and would not take part in any "unofficial" vote.

Read more: New ferry for the Islay route delayed again, says CMAL

Swinney could ask the Court of Session to rule on a consultative vote if London refuses, a senior SNP figure said, though no decision has been taken.

Swinney and Starmer are due to meet at the Council of the Nations and Regions in Cardiff in mid-October, Downing Street said.

Support for independence has hovered around 50 percent in polls for most of the past decade, with younger voters more supportive.

Analysts say a referendum is unlikely before 2028. "London has every reason to wait," said Fionnuala Baird, a constitutional law lecturer at the University of Stirling.
"""},

"h193en03": {"outlet": "Restonica Wire (Corte)", "published": "2027-01-20", "text": """Can Corsica's autonomy survive the Senate? Vote set for next Tuesday

CORTE, Jan 20 (Restonica Wire) - France's Senate will vote next Tuesday on the constitutional bill giving Corsica "autonomy within the Republic", Senate President Gerard Larcher's office said on Tuesday.

The National Assembly approved the text in November, and both chambers must adopt it in identical terms before it goes to a Congress of both houses at Versailles.

Senators from the right are expected to amend the article that lets the Corsican Assembly adapt national laws, which would send the bill back to the National Assembly, two Senate aides said.

Gilles Simeoni, president of Corsica's Executive Council, said on Monday that any amendment would be "a betrayal" and that his majority would not accept a weaker text. Simeoni could step down if the reform collapses, people close to him said.

Minister for Territorial Cohesion Claire Vannier will travel to Ajaccio on Friday to meet Simeoni and the president of the Corsican Assembly, Marie-Antoinette Maupertuis, her ministry said.

President Emmanuel Macron had hoped to convene the Congress before the end of March, but officials now say it may slip until after the presidential election in April.

Read more: Corsica ferry operator wins new public service contract

Any constitutional change would also need a consultation of Corsican voters, which the government plans to hold within a year of the reform's adoption, according to the bill.

The clandestine FLNC said in a statement last week that it would end its truce if the Senate "buries" the reform. Two squadrons of mobile gendarmes will be sent to the island before the vote, the Interior Ministry said.

Nationalists have run the Corsican Assembly since 2015.

Analysts say the reform could become a campaign issue, with far-right candidates promising to scrap it. "The window is closing," said Jean-Baptiste Orsoni, a political scientist at the University of Corsica.
"""},

"h193en04": {"outlet": "Nosappu Wire (Nemuro)", "published": "2026-03-02", "text": """Will Russia let Hokkaido's kelp boats back near Kaigara Island this summer?

NEMURO, March 2 (Nosappu Wire) - Japanese and Russian fisheries negotiators will meet in Yuzhno-Sakhalinsk next week to set the terms of this year's kelp harvest near Kaigara Island, the Hokkaido Fisheries Federation said on Monday.

The harvest, which has run under a private agreement since 1981, was cancelled last year after Moscow demanded higher fees.

The federation's chairman, Tadashi Onodera, said an agreement was "likely by the end of March" if Russia dropped its demand that boats carry Russian inspectors. Boats will not sail before June 1, he added.

Chief Cabinet Secretary Minoru Kihara said on Monday that Tokyo "will not lift" any of its sanctions on Russia to secure the deal. Japan is expected to add more Russian entities to its sanctions list in April, a foreign ministry official said.

Russian Foreign Ministry spokeswoman Maria Zakharova said last week the talks "may not take place at all" while Japan keeps its sanctions.

Read more: Hokkaido's Tomari reactor clears another safety review

Russia's Pacific Fleet will hold live-fire drills around the southern Kurils from March 16 to 20, the Russian defence ministry said, the third such exercise since December.

Hokkaido Governor Naomichi Suzuki plans to visit Nemuro on Thursday to meet kelp fishermen, his office said. Kenji Hatakeyama, head of a Nemuro fishermen's cooperative, said his members would stage a rally in Sapporo in mid-April if no deal was reached.

Prime Minister Sanae Takaichi could raise the issue with Vladimir Putin if the two leaders meet on the sidelines of the APEC summit in Shenzhen in November, a government source said.

Kelp drying employs hundreds of elderly residents in Nemuro each summer.

Analysts say the dispute could weigh on Suzuki in the gubernatorial election in April 2027. "Moscow knows that kelp is politics in Nemuro," said Mitsuki Arakawa, a Russia specialist at Hokkaido University.
"""},

"h193en05": {"outlet": "Papenoo Wire (Papeete)", "published": "2027-06-24", "text": """French Polynesia presses Paris on nuclear compensation before Senate debate

PAPEETE, June 24 (Papenoo Wire) - France's Senate will debate a bill on Tuesday that would scrap the "negligible risk" rule used to reject compensation claims from victims of nuclear tests in French Polynesia, the Senate's agenda showed.

France carried out 193 tests at Moruroa and Fangataufa between 1966 and 1996.

President Moetai Brotherson said on Wednesday the bill "does not go far enough" and that his government would ask the U.N. decolonisation committee in New York next month to examine France's handling of the claims.

Overseas Minister Laurent Marchetti will visit Papeete in mid-July, his ministry said, and is expected to sign an agreement transferring the former military site on Hao atoll to the territory.

Only 12 percent of compensation claims were accepted last year, according to the compensation committee, CIVEN.

Association 193, which represents test victims, will hold a march in Papeete on July 2, the anniversary of the first test, its spokeswoman Hinano Teriierooiterai said.

Read more: Air Tahiti Nui adds a second weekly Seattle flight

Senators could water down the bill, which the National Assembly passed in March, two parliamentary aides said. If amended, it would return to the Assembly, possibly not before October.

The armed forces ministry said the military will hand over the last radiological monitoring posts on Moruroa to civilian authorities by the end of 2028.

Brotherson's Tavini party may push for a self-determination referendum next year, party officials said, but Paris has ruled out any such vote.

Many veterans and residents of the atolls near the test sites have died of cancers without ever filing a claim, and families say the paperwork remains too complex.

Analysts say the Senate is likely to pass an amended version. "Paris wants this file closed, not reopened," said Marc Tetuanui, a researcher at the University of French Polynesia.
"""},
}
