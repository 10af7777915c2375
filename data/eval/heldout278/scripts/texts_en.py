"""English texts of heldout278, written for this project in one sitting. Invented or generic facts."""

EN = {
"h278en01": {"outlet": "Great Slave Wire (Yellowknife)", "published": "2026-02-03", "text": """Can Yellowknife survive the end of diamonds? N.W.T. to seek federal transition money

YELLOWKNIFE, Feb 3 (Great Slave Wire) - The Northwest Territories will ask Ottawa for C$450 million over five years to cushion the closure of the Diavik diamond mine when Premier R.J. Simpson meets Prime Minister Mark Carney in Ottawa on February 12, the premier's office said on Monday.

Rio Tinto has said production at Diavik, which employs about 1,100 people, will end in late March. The territory's other large mine, Ekati, cut 300 jobs in November.

Finance Minister Caroline Wawzonek said the 2026-27 budget, to be tabled in the legislature on February 25, would include a C$30 million fund to retrain mine workers.

Ottawa has not said whether it will contribute. A spokesperson for Rebecca Alty, the Crown-Indigenous Relations minister, said she was "open to discussions" and would visit Yellowknife later this month.

Two officials familiar with the talks said a federal-territorial agreement could be signed before the end of March.

Read more: Yellowknife council passes 2026 budget with 4.9% tax increase

Simpson is also expected to raise the closure at the Council of the Federation's meeting of premiers in late February, his office said.

The Canadian Armed Forces is expected to announce in the spring whether Yellowknife will host one of its new northern operational support hubs, Defence officials said.

Simpson ruled out an early territorial election, saying the vote will be held as scheduled on October 4, 2027. "We will not hand this problem to the next assembly," he told reporters.

Regular MLAs have warned they could vote against the budget unless it includes more money for Behchoko and other Tlicho communities, where many Diavik workers live.

Analysts say the territory's economy could shrink by as much as 8 percent this year. "Nothing of that size is coming after diamonds," said Marc Tremblay, an economist at a Yellowknife consulting firm.
"""},

"h278en02": {"outlet": "Hakatere Wire (Ashburton)", "published": "2025-09-16", "text": """Will Wellington's new methane target win over Mid Canterbury's farmers?

ASHBURTON, New Zealand, Sept 16 (Hakatere Wire) - New Zealand's parliament will hold the third reading of a bill lowering the 2050 biogenic methane target tomorrow, Climate Change Minister Simon Watts said on Monday, and the bill is expected to pass with the votes of all three coalition parties.

The bill would cut the target to a range of 14 to 24 percent below 2017 levels, from 24 to 47 percent. The government dropped plans to price farm emissions in June 2024.

Prime Minister Christopher Luxon will visit Ashburton on Friday to meet dairy farmers and irrigation scheme managers, his office said.

Labour leader Chris Hipkins said a Labour government would restore the higher target, a pledge farm lobby groups in Canterbury have called "an attack on the regions".

Read more: Ashburton District Council delays water meter rollout

Agriculture and Trade Minister Todd McClay will travel to Brussels in early October for the first joint review of the New Zealand-European Union free trade agreement, where dairy quotas are expected to be discussed, two officials said.

Luxon may also raise methane research at the APEC leaders' summit in Gyeongju, South Korea, on October 31-November 1, according to a person familiar with his schedule.

Cabinet is expected to sign off on simpler freshwater farm plan rules in October, a Ministry for the Environment official said.

Karen Whitley, president of Federated Farmers in Mid Canterbury, said she would resign from the government's agricultural emissions advisory group if the bill is delayed again.

New Zealand's next general election must be held before the end of 2026, and Luxon has not named a date.

Analysts say the lower target could lift dairy farm values in Mid Canterbury next year. "Processors, not politicians, will set the real target," said Ruth McAllister, an agricultural economist at Lincoln University.
"""},
"h278en03": {"outlet": "Kilrush Wire (Kilrush)", "published": "2027-04-20", "text": """Shannon stopovers: will Dublin's new rules keep U.S. troop flights away?

SHANNON, Ireland, April 20 (Kilrush Wire) - Foreign military aircraft landing at Shannon Airport will have to declare their cargo and any weapons on board from May 1, Foreign Affairs and Defence Minister Helen McEntee said on Monday, the first change to the rules in two decades.

Gardai will also carry out random searches of such aircraft from the summer, McEntee said, adding that Ireland "will not become a logistics hub for any war."

About 25,000 U.S. troops passed through the County Clare airport last year, most of them on chartered flights to and from the Middle East.

The Dail votes on Thursday on a Social Democrats bill that would ban armed aircraft from refuelling at Shannon altogether. Government whips expect it to be defeated. A similar bill was voted down in November 2025.

The U.S. Embassy in Dublin said Ambassador Edward Walsh would visit the airport on Friday and meet Shannon Group executives. Two diplomats said Washington could move some stopovers to Prestwick in Scotland if the searches go ahead.

Read more: Shannon Group reports record passenger numbers for March

Many of the flights serve U.S. forces supporting the Gaza ceasefire, which expires at the end of May. Taoiseach Micheal Martin will press for its extension when EU leaders meet in Brussels on June 24-25, his spokesman said.

McEntee is also likely to seek EU sanctions on two Israeli ministers at the Foreign Affairs Council on May 17, officials in her department said. The department will publish the detailed aircraft rules within 10 days.

Analysts say the airport could lose up to 10 million euros a year in fuel and handling fees if the U.S. flights move. "Shannon has lived off these planes since the 1990s, and Prestwick is only an hour further away," said Niamh Keogh, an aviation lecturer at the University of Limerick.
"""},

"h278en04": {"outlet": "Hummock Hill Wire (Whyalla)", "published": "2025-11-13", "text": """Will Whyalla's steelworks find an owner before Christmas?

WHYALLA, Australia, Nov 13 (Hummock Hill Wire) - The administrators of the Whyalla steelworks will name a preferred bidder next week, South Australian Treasurer Stephen Mullighan said on Wednesday, after the state placed the plant's owner into administration in February.

Two bidders remain in the race, India's JSW Steel and a consortium led by South Korea's POSCO, according to two people familiar with the process.

Premier Peter Malinauskas said a sale contract could be signed before Christmas, but warned that the state "will not hand over a cent" of its share of the A$2.4 billion support package without guarantees on jobs.

Federal Industry Minister Tim Ayres will visit Whyalla on Monday, his office said. The Foreign Investment Review Board is expected to take about three months to review any sale, a Treasury official said.

The Australian Workers' Union's state secretary, Tracey Hollis, said union officials would meet the administrators tomorrow and "would not accept a buyer who shuts the blast furnace."

Read more: Port Augusta solar thermal site draws three bids

Trade Minister Don Farrell is expected to seek an exemption from 50 percent U.S. tariffs on Australian steel when he meets U.S. Trade Representative Jamieson Greer in Washington in early December, officials said.

The administrators would step down before the end of June, once the sale is completed, Mullighan said.

The steelworks, which supplies most of the country's rail and structural steel, has been running one blast furnace at reduced output since the collapse. About 1,300 people work at the plant.

South Australians vote on March 21, and the Liberal opposition has said it would review the sale terms if it wins.

Analysts say the U.S. tariffs are unlikely to be lifted before 2026. "A buyer will price that risk in," said Graham Pryor, a steel industry analyst in Adelaide.
"""},

"h278en05": {"outlet": "Mitis Wire (Rimouski)", "published": "2026-09-09", "text": """Can the PQ take Rimouski back? Sovereignty returns to the Lower St. Lawrence

RIMOUSKI, Quebec, Sept 9 (Mitis Wire) - Parti Quebecois leader Paul St-Pierre Plamondon will hold a rally in Rimouski on Saturday, his campaign said, as the party tries to win back eastern Quebec ridings in the October 5 provincial election.

St-Pierre Plamondon has promised to hold a referendum on sovereignty during a first mandate if the PQ forms a majority government.

Prime Minister Mark Carney's office said on Tuesday that Ottawa "will not negotiate the break-up of the country" and that any referendum question would be judged under the Clarity Act.

The four main party leaders meet in their only televised French-language debate on September 24 in Montreal, Radio-Canada said.

The Coalition Avenir Quebec took Rimouski from the PQ in 2022. This time, the race between PQ candidate Genevieve Ouellet, a former regional health board director, and the CAQ's Luc Desrosiers is expected to be close, party strategists said.

Fisheries and Oceans Canada will announce by the end of September whether the Maurice Lamontagne Institute in nearby Mont-Joli gets a new C$90 million research vessel, a federal official said. Local mayors have made the ship a test of Ottawa's interest in the region.

A CAQ cabinet minister from the region is expected to leave politics after the vote, two party sources said.

Whoever wins will meet Carney and the other premiers at a first ministers' meeting in Ottawa in mid-November.

Analysts say the PQ could win most of the ten ridings east of Quebec City, but that a referendum is unlikely before 2028. "Voters here want the ferry and the hospital fixed first," said Julie Gagnon, a political scientist at the Universite du Quebec a Rimouski.
"""},
}
