"""English texts of heldout274, written for this project in one sitting. Invented or generic facts."""

EN = {
"h274en01": {"outlet": "Klodawka Wire (Gorzow Wielkopolski)", "published": "2025-11-26", "text": """Will Gorzow's Ukrainians keep their benefits? Sejm to vote on Nawrocki's veto

GORZOW WIELKOPOLSKI, Nov 26 (Klodawka Wire) - Poland's Sejm will vote on Friday on overriding President Karol Nawrocki's veto of a bill extending benefits for Ukrainian refugees, Speaker Wlodzimierz Czarzasty said on Tuesday.

The override needs a three-fifths majority, and Prime Minister Donald Tusk's coalition is unlikely to reach it without votes from the opposition Law and Justice (PiS) party, coalition officials said.

Nawrocki vetoed the bill on November 14, saying aid to foreigners should be tied to work. About 9,000 Ukrainians live in Gorzow, and roughly a third of their families receive the 800 plus child benefit, city officials estimate.

The Sejm's social policy committee will review the bill again tomorrow, a day before the vote.

Family Minister Agnieszka Dziemianowicz-Bak said payments would continue under the old rules until the end of January. Her ministry said the government would table a new bill within 14 days if the override failed.

Read more: Lubusz assembly passes 2026 regional budget after long night session

Ukraine's ambassador, Vasyl Bodnar, is expected in Gorzow in early December to meet Mayor Jacek Wojcicki, the city hall said.

Foreign Minister Radoslaw Sikorski said on Monday that a ceasefire in Ukraine could come this winter, but that Warsaw would not press refugees to go home.

Tusk is expected to raise the future of temporary protection for Ukrainians, which now runs until March 2027, when EU leaders meet in Brussels on December 18-19, diplomats said.

PiS leader Jaroslaw Kaczynski said the party would make benefits for foreigners a central issue in the 2027 parliamentary election.

Analysts say Nawrocki is likely to veto any new bill as well, unless it links benefits to employment. "He has built his presidency on this issue, and he will not give it up for a coalition deal," said Ewa Krawczyk, a political scientist at the University of Zielona Gora.
"""},

"h274en02": {"outlet": "Ramsey Lake Wire (Sudbury)", "published": "2026-09-09", "text": """Will U.S. nickel tariffs hit Sudbury? Ottawa readies its answer

SUDBURY, Ontario, Sept 9 (Ramsey Lake Wire) - The U.S. Commerce Department is expected to decide by the end of September whether to impose tariffs on processed nickel under its Section 232 review of critical minerals, two Canadian officials said on Tuesday.

Energy and Natural Resources Minister Tim Hodgson said Canada "will not accept" tariffs on its nickel and would answer with counter-measures if Washington imposed them.

Sudbury's mines and smelters employ about 9,000 people, and most of the refined nickel is sold to U.S. buyers.

Hodgson will tour Vale's Copper Cliff complex on Friday with Ontario Energy and Mines Minister Stephen Lecce, his office said.

Ottawa's Critical Minerals Sovereign Fund is likely to announce a C$300 million stake in a new nickel sulphate plant in Sudbury next month, according to a person familiar with the plans. The fund was created in the November 2025 federal budget with C$2 billion over five years.

Dominic LeBlanc, the minister responsible for Canada-U.S. trade, will meet U.S. Commerce Secretary Howard Lutnick in Washington next week, the Privy Council Office said. A quota deal that would exempt some volumes may be on the table, a trade official said.

Ontario Premier Doug Ford has said the province could cut off nickel shipments to U.S. buyers if the tariffs go ahead.

Read more: Vale confirms Coleman mine expansion timeline

Mayor Paul Lefebvre, who faces voters in the October 26 municipal election, said the city would ask Ottawa for a C$50 million transition fund.

The United Steelworkers said its Sudbury members would rally on Parliament Hill on September 23.

Analysts say a 25 percent tariff could cut Sudbury's nickel exports by a fifth before the end of the year. "Buyers in Ohio and Tennessee have few other sources," said Priya Raman, a metals analyst at a Toronto brokerage.
"""},

"h274en03": {"outlet": "Hillsborough Wire (Charlottetown)", "published": "2027-07-06", "text": """Can Charlottetown finally tear down Canada's internal trade walls?

CHARLOTTETOWN, July 6 (Hillsborough Wire) - Canada's premiers are expected to sign a national mutual recognition agreement on goods and trade licences when they meet in Charlottetown from July 20 to 22, officials at the Council of the Federation said on Monday.

The deal would cover all ten provinces and the three territories, but Quebec has not decided whether to sign, the officials said.

Prime Minister Mark Carney will join the premiers on the first day, his office said.

Ottawa dropped most of its own exceptions under the Canadian Free Trade Agreement in July 2025, and several provinces followed within months.

Alberta Premier Danielle Smith said on Sunday her province "will not sign anything that lets Ottawa write the rules."

Host Premier Colin Arsenault said the premiers would also send Ottawa a joint request for a larger health transfer before the end of August.

Arsenault's Progressive Conservatives face voters in the provincial election on October 4. He has not ruled out an earlier vote in September, party officials said.

Fisheries Minister Jenna MacPhee, who is not running again, is expected to leave cabinet before the end of the month, two party officials said.

Read more: P.E.I. potato exports to U.S. recover after border dispute

Atlantic premiers will hold a separate meeting on July 19 on a shared electricity grid for the four provinces.

U.S. Ambassador Pete Hoekstra could attend a trade dinner on July 21, the U.S. Embassy in Ottawa said.

Charlottetown last hosted the premiers in 2014, when talks on internal trade also topped the agenda.

Analysts say full labour mobility is unlikely before 2029. "Goods are the easy part; nurses and electricians are not, because every province guards its own licensing bodies," said Andre Gallant, an economist at the University of Prince Edward Island.
"""},

"h274en04": {"outlet": "Pioneer River Wire (Mackay)", "published": "2026-04-22", "text": """Will Queensland trim its coal royalties? Cabinet decides Monday

MACKAY, Australia, April 22 (Pioneer River Wire) - Queensland's cabinet will decide on Monday whether to lower the top tiers of the state's coal royalty scheme, Treasurer David Janetzki told reporters in Mackay on Tuesday.

The top rates, which take up to 40 percent of the price above A$300 a tonne, were introduced by the former Labor government in July 2022.

Janetzki said any change would be announced in the state budget on June 23 and would not apply before July 1. Premier David Crisafulli has said his government will not introduce new taxes on the sector.

The Queensland Treasury will publish its modelling of the options within 30 days, it said in a statement.

Queensland Resources Council chief executive Janette Hewson said miners could shelve up to A$5 billion of Bowen Basin projects if the rates stayed.

About a quarter of Mackay's workforce depends on the mines and the coal terminals to the south of the city.

Mackay Mayor Greg Williamson will travel to Brisbane next week to lobby ministers, his office said.

Read more: Hay Point coal shipments fall for a third month

A delegation of Japanese steelmakers is expected in Mackay in mid-May to visit the Hay Point terminal, port officials said.

Federal Resources Minister Madeleine King will meet state resources ministers in Brisbane on May 8.

Opposition leader Steven Miles said Labor would restore the rates if it won the October 2028 state election.

Analysts say a cut is likely but smaller than the industry wants. "The budget cannot absorb a big hit to royalties while it is also paying for new hospitals, so expect a trim, not a rewrite," said Tom Callaghan, a resources economist in Brisbane.
"""},

"h274en05": {"outlet": "Departure Bay Wire (Nanaimo)", "published": "2025-12-15", "text": """Nanaimo's new ferries: will Chinese-built ships clear Ottawa's review?

NANAIMO, British Columbia, Dec 15 (Departure Bay Wire) - BC Ferries will sign the final construction contract for four new major vessels with China Merchants Heavy Industry by the end of January, chief executive Nicolas Jimenez said on Sunday, despite calls from the opposition to cancel the deal.

The first of the ships is due to enter service on the Nanaimo-Horseshoe Bay route in 2029.

The Canada Infrastructure Bank approved a C$1 billion loan for the vessels in June.

Transportation Minister Mike Farnworth said the province "will not" reopen the tender, adding that no Canadian yard had bid.

Conservative leader John Rustad said his party would table a motion in the legislature in February calling for an independent review of the contract. He said a Conservative government would cancel future foreign-built orders if it won the 2028 provincial election.

Federal Transport Minister Steven MacKinnon could order a security review of the ships' onboard systems as early as next week, two federal officials said.

China's consulate in Vancouver said Beijing "firmly opposes" any politicisation of a commercial contract.

Read more: Nanaimo council approves downtown transit hub

Premier David Eby is expected in Nanaimo on Wednesday to announce C$60 million for terminal upgrades, his office said.

The BC Ferry and Marine Workers' Union said it plans to rally outside the Departure Bay terminal on Saturday.

Separately, the Royal Canadian Navy said a U.S. Navy submarine would conduct torpedo trials at the Nanoose Bay range north of Nanaimo from January 12 to January 23.

U.S. port fees on Chinese-built ships do not apply to domestic ferries, but Washington could extend them, a trade lawyer in Vancouver said.

Analysts say delivery of the first ship is likely to slip into 2030. "Every new class of ferry has arrived late," said Karen Duthie, a transport researcher at Vancouver Island University.
"""},
}
