"""English texts of heldout272, written for this project in one sitting. Invented or generic facts."""

EN = {
"h272en01": {"outlet": "Waihou Wire (Tokoroa)", "published": "2026-05-19", "text": """Will Tokoroa's mill survive? Cabinet weighs a levy on raw log exports

TOKOROA, May 19 (Waihou Wire) - New Zealand's cabinet will decide on Monday whether to impose a levy on unprocessed log exports, Forestry Minister Todd McClay said on Tuesday, a week after Oji Fibre Solutions confirmed it would shut the last paper machine at its Kinleith mill.

The machine will stop in late July, putting about 230 jobs at risk, the company said.

McClay said the government "will not ban log exports outright", but that a levy of up to 10 percent could be in place by October if ministers agreed.

Finance Minister Nicola Willis has not decided whether to back the levy, two officials said, amid concern over the reaction in China, which buys most of New Zealand's logs. China's embassy in Wellington said in a statement that Beijing "could review" its timber purchases if a levy were imposed.

Read more: Reserve Bank holds cash rate, signals pause through winter

The South Waikato District Council will hold an extraordinary meeting on Thursday to ask Wellington for a transition fund for Tokoroa, its mayor, Hemi Tuhoro, said.

Labour leader Chris Hipkins is expected to visit the mill on Friday. He has said a Labour government would set up a wood processing bank if it wins the November 7 election.

The E tu union said it would hold a stop-work meeting at Kinleith next week and "will not accept" redundancy terms below four weeks' pay per year of service.

McClay is due in Beijing in mid-June for talks with Commerce Minister Wang Wentao, his office said.

Analysts say a levy alone is unlikely to reopen closed mills before 2028. "A levy changes prices, not the cost of power," said Rachel Dunford, a forestry economist at a Rotorua consultancy.

Tokoroa, a town of about 14,000 people, grew around the Kinleith mill in the 1950s.
"""},

"h272en02": {"outlet": "Slampe Wire (Tukums)", "published": "2025-11-12", "text": """Latvia to open drone test range at Tukums airfield as coalition ministers meet

TUKUMS, Nov 12 (Slampe Wire) - Latvia will open a military drone test and training range at the former Tukums airfield on December 1, Defence Minister Andris Spruds said on Wednesday, as the country expands drone production for Ukraine.

The range is expected to train about 1,500 Latvian and Ukrainian operators in its first year, the defence ministry said.

Defence ministers of the drone coalition for Ukraine, led by Latvia and Britain, will meet in Riga next Tuesday, Spruds said. British Defence Secretary John Healey is expected to attend and to visit Tukums the following day, a British official said.

Latvia and Britain are also expected to sign an agreement on joint production of interceptor drones at the meeting, according to two people familiar with the plans.

Latvian drone maker Origin Robotics will move part of its testing to Tukums from January, its chief executive said.

Read more: Latvia's central bank sees slower growth in 2026

Tukums' council has not decided whether to back the project, which some residents fear will bring noise. Local councillor Ilze Berzina said the council could hold a consultative referendum in spring.

Russia's embassy in Riga called the range "a provocation" on Tuesday and said Moscow could add Latvian officials to its entry ban list.

EU foreign ministers are due to discuss a 20th sanctions package against Russia in Brussels on November 20, diplomats said.

The head of the State Defence Logistics and Procurement Centre is expected to step down before the end of the year after an audit of drone contracts, a ministry official said.

Latvia holds a parliamentary election in October 2026.

Analysts say the range could make Tukums a target for Russian sabotage. "Moscow knows where every drone starts," said Maris Kalnins, a security analyst at a Riga think tank.
"""},

"h272en03": {"outlet": "Vagsfjord Wire (Harstad)", "published": "2027-01-26", "text": """Can Evenes host U.S. submarine hunters all year? Storting votes on hangars

HARSTAD, Jan 26 (Vagsfjord Wire) - Norway's parliament will vote on February 4 on 2.4 billion crowns for new hangars at Evenes air station, which would let U.S. Navy P-8 patrol aircraft operate there year-round, Defence Minister Tore O. Sandvik said on Monday.

The bill is expected to pass with support from the Conservatives, but the Socialist Left and the Red Party will vote against it, party officials said.

Under an agreement initialled in December, the first U.S. squadron of six aircraft would arrive in early September, the defence ministry said.

U.S. Navy Secretary John Phelan is likely to visit Harstad and Evenes in March, two officials said.

The Storting's foreign affairs and defence committee will hold a closed hearing with the chief of defence on Thursday, its chairman said.

Russia's embassy in Oslo said on Monday that Norway was "turning the north into a springboard" and that Moscow "will take this into account in its military planning".

Harstad's mayor, Trond Eilertsen, said the town would ask the state for 150 million crowns for housing and schools by the end of March.

About 10,000 allied troops will take part in Exercise Joint Viking in Troms in mid-March, the armed forces said.

Prime Minister Jonas Gahr Store is expected to present the Evenes plan at NATO's summit in July.

Norway holds local elections in September. The Centre Party opposes building the hangars on farmland.

Analysts say Russia could step up GPS jamming over Finnmark in response. "Every new allied capability in the north gets an answer, usually in the electronic domain," said Ingrid Solheim, a researcher at a Tromso security institute.

Evenes, about 40 km from Harstad, already hosts Norway's own P-8 fleet and the air force's quick reaction alert fighters.
"""},

"h272en04": {"outlet": "Kaczawa Wire (Legnica)", "published": "2026-09-08", "text": """Will Warsaw cut KGHM's copper tax before the budget? Sejm votes on September 16

LEGNICA, Sept 8 (Kaczawa Wire) - Poland's Sejm will vote on September 16 on a bill cutting the tax on copper and silver extraction by a quarter, Finance Minister Andrzej Domanski said on Monday, a move state-controlled miner KGHM says it needs to keep its Legnica smelter running.

The bill is expected to pass with the votes of the ruling coalition, but President Karol Nawrocki could veto it, two lawmakers close to the president said. If signed, the lower rate would apply from January 1, the finance ministry said.

The Sejm's public finance committee will debate the bill on Thursday.

KGHM chief executive Andrzej Szydlo said the company "will not close" the Legnica smelter this year, but could mothball one of its two furnaces in the first half of 2027 without the cut. Szydlo has offered to step down if the tax is not cut, a person close to the supervisory board said.

The tax, introduced in 2012, raised 3.1 billion zlotys from KGHM last year.

Read more: Polish inflation eases to 2.8 percent in August

Solidarity at KGHM said it would hold a protest in front of the Sejm on September 15 if the vote slipped.

State Assets Minister Wojciech Balczun will visit Legnica on Friday to meet smelter workers, his office said.

KGHM is expected to sign a long-term concentrate supply agreement with Chile's Codelco in Santiago in October, the company said.

Law and Justice said it would back the cut. The opposition party leads some polls ahead of next year's parliamentary election.

Analysts say copper prices matter more than the tax and that KGHM is unlikely to resume hiring before 2028. "The tax is a symbol; the smelter's problem is energy," said Katarzyna Wrobel, an economist at a Wroclaw brokerage.

About 18,000 people work for KGHM in the Legnica-Glogow copper basin.
"""},

"h272en05": {"outlet": "Campaspe Wire (Bendigo)", "published": "2027-08-04", "text": """Bendigo to build 60 more Bushmasters for Ukraine as ceasefire talks stall

BENDIGO, Aug 4 (Campaspe Wire) - Australia will sign a contract with Thales Australia on Friday for 60 more Bushmaster protected vehicles for Ukraine, Defence Industry Minister Pat Conroy said on Wednesday, keeping the company's Bendigo plant busy into 2029.

The first 20 vehicles will leave Bendigo in late October and reach Ukraine by the end of the year, a Defence spokesperson said.

Australia has sent more than 120 Bushmasters to Ukraine since 2022.

Conroy and Thales executives will meet Victorian officials in Melbourne next week to discuss a second production line, Conroy said. The Australian Manufacturing Workers' Union said Thales would hire 150 workers from September.

Ukraine's ambassador, Vasyl Myroshnychenko, said Deputy Defence Minister Oleh Tkachuk is expected to visit the Bendigo plant in September.

Defence Minister Richard Marles said Australia "would not send troops" to any post-ceasefire reassurance force without a clear mandate.

U.S.-brokered talks between Russia and Ukraine, suspended in June, could resume in Geneva next month, and a 30-day ceasefire is unlikely before October, diplomats say.

Australia is also expected to add 30 Russian individuals to its sanctions list before the end of August, a government source said.

Prime Minister Anthony Albanese is expected to discuss support for Ukraine with European leaders at the G20 summit in November.

Analysts say a ceasefire could cut demand for the vehicles, but European buyers may step in. "Bendigo's order book now depends on Brussels as much as Kyiv," said Daniel Hartigan, a defence industry analyst at a Canberra think tank.

The Bushmaster, first built in Bendigo in the late 1990s, has become one of the most visible symbols of Australia's military aid to Ukraine. Thales employs about 700 people at the Bendigo site, once a government ordnance factory.
"""},
}
