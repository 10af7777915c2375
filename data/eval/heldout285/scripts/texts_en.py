"""English texts of heldout285, written for this project in one sitting. Invented or generic facts."""

EN = {
"h285en01": {"outlet": "Burrup Wire (Karratha)", "published": "2026-09-10", "text": """Will Canberra's rock-art conditions slow the North West Shelf?

KARRATHA, Sept 10 (Burrup Wire) - Environment Minister Murray Watt will announce the final emissions conditions for Woodside Energy's North West Shelf extension on Tuesday, his office said, ending a review that has run since the project won interim approval in May 2025.

The conditions are expected to require a 40 percent cut in nitrogen oxide emissions from the Karratha Gas Plant by 2030, two people briefed on the draft said.

A Woodside spokeswoman said the company "will not accept" conditions that force an early closure of the plant's older processing trains, adding that it could seek a judicial review if they did.

The Murujuga Aboriginal Corporation, which manages the rock-art landscape on the Burrup Peninsula, is expected to meet Watt in Canberra next week, its chief executive, Tania Walker, said. "Our elders have waited long enough for a clear answer," she said.

Western Australia's Premier Roger Cook is due to travel to Tokyo in the first week of October to reassure Japanese buyers, including JERA, that long-term supply contracts will be honoured, the state government said. Japan's trade minister could visit Karratha later this year, a Japanese diplomat in Perth said.

Read more: Pilbara iron ore exports hit a record in August

Greens Senator Lachlan Pike said his party would table a motion to disallow the conditions when the Senate returns on October 12. The opposition Coalition has said it would scrap the new conditions if it wins the next federal election, due by 2028.

UNESCO's World Heritage Committee may ask Australia for a report on the state of the rock art at its session in July 2027, a heritage official in Paris said.

Analysts say a final investment decision on Woodside's Browse backfill project is unlikely before 2028, whatever the minister decides. The gas plant, built in the 1980s, processes about a third of the state's gas exports.
"""},

"h285en02": {"outlet": "Knox Mountain Wire (Kelowna)", "published": "2027-03-22", "text": """Canada and U.S. to restart Columbia River Treaty talks as B.C. warns on power exports

KELOWNA, British Columbia, March 22 (Knox Mountain Wire) - Canadian and U.S. negotiators will resume talks on modernising the Columbia River Treaty in Seattle on April 6-7, the first round since Washington paused the process in 2025, Global Affairs Canada said on Sunday.

Canada's chief negotiator, Sylvie Bertrand, told reporters in Kelowna that the two sides were close on flood-control payments and expected to initial an agreement in principle before the end of June.

Assured flood control under the 1964 treaty ended in September 2024, leaving Ottawa to negotiate case by case each spring.

B.C. Energy Minister Adrian Dix said the province would not sign off on any deal that cut the Canadian Entitlement "by a single megawatt-hour" without compensation. He did not rule out limiting electricity exports to the United States if the talks fail.

The Okanagan Nation Alliance will hold an emergency assembly of its chiefs on Thursday to decide whether to seek a seat at the table, Grand Chief Wesley Alexis said.

Prime Minister Mark Carney is expected to raise the treaty with U.S. President Donald Trump during a visit to Washington in May, a senior government official said. Foreign Minister Anita Anand will meet Secretary of State Marco Rubio in Washington next week, the official added.

Read more: Okanagan orchards brace for another dry summer

Robert Haldane, the province's long-time treaty lead, will step down at the end of April, the B.C. government said in a statement.

Analysts say a modernised treaty is unlikely to be ratified before 2028, given the U.S. Senate's crowded calendar.

"If Washington ties this to trade, the talks could stall again for a year," said Priya Nandakumar, a water-law researcher at the University of British Columbia's Okanagan campus.
"""},

"h285en03": {"outlet": "Jested Wire (Liberec)", "published": "2027-01-19", "text": """Turow deal runs out: will Prague take Warsaw back to court?

LIBEREC, Jan 19 (Jested Wire) - Czech and Polish officials will meet in Liberec on Thursday to discuss extending the 2022 agreement on the Turow lignite mine, which expires at the end of February, the Czech environment ministry said on Monday.

Under the deal, Poland paid 45 million euros and funded an underground barrier to protect Czech groundwater, and Prague withdrew its lawsuit at the EU Court of Justice in February 2022.

Liberec regional governor Martin Puta said the region would urge the government to file a new complaint with the European Commission if Poland refused to extend independent monitoring.

Environment Minister Ondrej Kriz said Prague "will not accept" an extension without monitoring wells on the Polish side of the border. Kriz added that the Czech Republic could ask the EU court to reimpose daily penalty payments on Poland.

Polish state utility PGE, which owns the mine, has applied to extend mining until 2044. A decision by Poland's environmental regulator is expected in March, two people familiar with the file said.

Prime Minister Andrej Babis and his Polish counterpart Donald Tusk could discuss the mine when Visegrad Group prime ministers meet in Krakow on February 11, a Czech government source said.

Read more: Liberec region bids for EU funds to rebuild flood defences

Pavel Hora, the Czech co-chair of the bilateral expert commission, will step down after Thursday's meeting, the ministry said. Polish Climate Minister Paulina Hennig-Kloska is expected to visit Prague in early February to present Warsaw's offer, Polish diplomats said.

Analysts say Warsaw is unlikely to make new concessions before Poland's parliamentary election in October, as the mine employs thousands of voters in Lower Silesia.

Residents of the villages near the mine say their wells have dropped by several metres since 2019.
"""},

"h285en04": {"outlet": "Smestow Wire (Wolverhampton)", "published": "2026-06-19", "text": """Can Wolverhampton's engine plant ride out the U.S. quota squeeze?

WOLVERHAMPTON, England, June 19 (Smestow Wire) - Business and Trade Secretary Peter Kyle will fly to Washington next week to ask U.S. Commerce Secretary Howard Lutnick to raise the 100,000-car quota for British vehicles under last year's trade deal, his department said on Thursday.

British carmakers have already used about 85 percent of this year's quota, according to the Society of Motor Manufacturers and Traders (SMMT).

Kyle told the BBC he expected "a sensible uplift" to be agreed before the end of July, but said Britain "will not trade away" its food standards to get it.

A U.S. official said Washington could agree to a temporary increase but was unlikely to raise the quota permanently before the midterm elections in November.

Jaguar Land Rover, whose engine plant at the i54 business park employs about 1,400 people, said it would pause a night shift from July 6 if no deal is reached.

Treasury officials are expected to decide within 14 days whether to extend a 500 million pound loan guarantee scheme for suppliers hit by the tariffs, two people familiar with the matter said.

West Midlands Mayor Richard Parker said he would meet supplier firms in Wolverhampton on Monday.

Read more: Black Country councils agree joint bid for skills funding

The plant's future has become an issue in the Bilston North council by-election on July 9, where Reform UK could take the seat from Labour, local party officials said.

Analysts say the quota could be exhausted by early September at the current pace of shipments.

"Every month without an answer makes it harder to plan shifts and orders," said Simon Grewal, who runs a Willenhall firm making castings for the plant.
"""},

"h285en05": {"outlet": "Rozafa Wire (Shkoder)", "published": "2026-10-11", "text": """Shkoder families agree a 30-day truce after two killings. Will it hold?

SHKODER, Albania, Oct 11 (Rozafa Wire) - Two families in Shkoder whose feud has left two men dead since August have agreed a 30-day besa, or truce, starting on Monday, mediators from the Committee of Nationwide Reconciliation said on Saturday.

Police will deploy a special RENEA unit of about 60 officers to the city's Dobrac neighbourhood from Tuesday, Interior Minister Dritan Kola said. Kola said the state would not recognise any besa as a substitute for prosecution.

Prosecutors asked Montenegro last week to extradite a 24-year-old suspect who crossed the border at Hani i Hotit after the second killing. A Montenegrin court is expected to rule within 30 days, an official in Podgorica said.

Kola will visit Podgorica next week for talks with his Montenegrin counterpart on joint patrols along the Lake Shkoder border, his ministry said.

Parliament is due to vote on Thursday on a bill creating a national register of families in feud and a protection fund for mediators, said Alban Deda, who chairs the legal affairs committee. The opposition Democratic Party said it would vote against the bill, calling it a "propaganda register".

Read more: Shkoder airport plan back on the table, says transport ministry

Prime Minister Edi Rama is expected to present the bill as evidence of rule-of-law reform at the EU-Western Balkans summit in Brussels on December 16, EU diplomats said.

The European Commission's annual report on Albania, due on November 4, could criticise the low number of convictions in feud killings, a European diplomat in Tirana said.

Analysts say the truce could collapse before it expires if the suspect is not handed over.

The feud is the first in the city to turn deadly since 2019, and it comes months before Albania's local elections, due in May 2027.
"""},
}
