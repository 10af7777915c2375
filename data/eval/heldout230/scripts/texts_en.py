"""English texts of heldout230, written for this project in one sitting. Invented or generic facts."""

EN = {
"h230en01": {"outlet": "Sioule Wire (Montlucon)", "published": "2026-09-16", "text": """Will France's biggest lithium mine clear its last hurdle before the election?

MONTLUCON, Sept 16 (Sioule Wire) - The public inquiry into Imerys's planned lithium mine at Echassieres, in the Allier department, will open on October 5 and run for six weeks, the Allier prefecture said in a statement on Tuesday.

The project, which the European Commission named a strategic project under its critical raw materials law in March 2025, aims to produce 34,000 tonnes of lithium hydroxide a year from 2030, enough for about 700,000 electric cars. The deposit lies beneath a kaolin quarry that Imerys has worked for decades.

Industry Minister Claire Vautrin said the government would not grant the site "any exemption from water rules", but that a decree classifying the mine as a project of major national interest would be published before the end of the year. Vautrin will chair a meeting with Allier mayors in Moulins on September 28, her ministry said.

A first water study commissioned by the prefecture is due in mid-October.

Imerys expects a final investment decision in the first half of 2027, its lithium director, Bertrand Ollier, told reporters. A supply deal with Renault could be signed as early as November, two people familiar with the talks said.

Read more: Clermont-Ferrand council backs a second tram line

Opponents grouped in the Preserve the Colettes Forest association will march through Montlucon on Saturday, its spokeswoman, Helene Duroux, said. The group would challenge any permit at the administrative court in Clermont-Ferrand, she added.

Laurent Wauquiez, who leads the Republicans' deputies in the National Assembly, is expected to visit the site next week, his office said.

Analysts say the mine could become a campaign issue in the presidential election in April 2027. "Lithium lets every candidate talk about jobs and sovereignty at once, and about water when it suits them," said Mathilde Royer, an economist at a Clermont-Ferrand business school.
"""},

"h230en02": {"outlet": "Calanda Wire (Chur)", "published": "2027-01-08", "text": """Davos braces for the WEF under a 5,000-troop security shield

CHUR, Jan 8 (Calanda Wire) - Up to 5,000 Swiss soldiers will support the Graubunden police during the World Economic Forum's annual meeting in Davos from January 18 to 22, the Federal Department of Defence said on Thursday.

Troops will begin deploying on Wednesday, and the airspace over Davos will be restricted from January 16, the department said.

Parliament approved army support for the forum in June 2024, capping it at 5,000 troops a year until 2027.

The canton's security director, Cla Sonder, said Graubunden would not pay "a single franc more" than its third of the security costs, which Bern puts at 9 million francs. The cantonal parliament will debate the cost-sharing row in its February session.

U.S. President Donald Trump is expected to attend, two people familiar with the planning said. Foreign Minister Ignazio Cassis will hold bilateral talks on the sidelines with Gulf and Ukrainian delegations, his department said.

Read more: Swiss National Bank keeps rates at zero, signals patience

The Federal Council is due to decide on Wednesday whether to adopt the European Union's latest package of sanctions against Russia, the State Secretariat for Economic Affairs (SECO) said.

Davos has banned an anti-WEF march planned for January 17, but organisers may appeal to the cantonal administrative court within 10 days, a lawyer for the group said.

The defence department will present its review of the deployment to parliament's security committee in early February.

Analysts say the costs row could surface in the campaign for the federal elections in October, as rural cantons press Bern to shoulder more of the bill for events of national interest. "Graubunden hosts the world for a week and pays for it all year," said Reto Bischoff, a political scientist at the University of Lucerne.
"""},

"h230en03": {"outlet": "Estrecho Wire (Punta Arenas)", "published": "2027-04-12", "text": """Can Magallanes keep its hydrogen dream alive under Kast?

PUNTA ARENAS, April 12 (Estrecho Wire) - The Magallanes environmental evaluation commission will vote on Thursday on HNH Energy's green hydrogen and ammonia project north of Punta Arenas, the regional office of the Environmental Assessment Service said on Monday. The vote has slipped twice since November.

HNH, backed by Denmark's Copenhagen Infrastructure Partners (CIP), submitted its environmental impact study in December 2023.

Approval is likely, Regional Governor Ana Vukasovic told reporters, although two commission members have asked for more data on the wind farm's effect on migratory birds.

Economy Minister Ignacio Larrabure said on Friday the government would not offer new tax incentives for hydrogen, but would send a bill to speed up permits for large investments to Congress before the end of June.

CIP plans to take a final investment decision in 2028 if the permit is granted, a CIP spokesman said.

Denmark's trade minister is due in Santiago next month to sign a green hydrogen cooperation agreement, the Danish embassy said. Vukasovic will meet CIP executives in Santiago on April 21, her office said.

Read more: Chile's central bank holds its policy rate at 4.5%

The Magallanes Sustainable Future Alliance, a coalition of local environmental groups, said it would appeal to the Environmental Court in Valdivia if the project is approved.

President Jose Antonio Kast is expected to address hydrogen policy in his annual report to Congress on June 1.

Analysts say most of the region's hydrogen projects are unlikely to reach a final investment decision before 2030, as buyers in Europe and Asia hold back on long-term ammonia contracts. "The wind is here, the buyers are not," said Felipe Ruiz-Tagle, an energy economist at a Santiago consultancy. "Permits alone will not change that."
"""},

"h230en04": {"outlet": "Babadag Wire (Cernavoda)", "published": "2026-05-19", "text": """Will Cernavoda's new reactors finally get their money?

CERNAVODA, May 19 (Babadag Wire) - EnergoNuclear's shareholders will vote on May 28 on the final investment decision for units 3 and 4 of the Cernavoda nuclear plant, Nuclearelectrica said in a filing to the Bucharest Stock Exchange on Monday, after the vote slipped twice since January.

The two Candu reactors, planned since the 1980s, are expected to cost about 7 billion euros and to enter service in 2031 and 2032.

Energy Minister Bogdan Ivan said on Monday the state would not sell any part of its stake in Nuclearelectrica, and that a loan agreement with the U.S. Export-Import Bank would be signed in Washington in mid-June.

Parliament's industry committee will debate a state guarantee for the loans tomorrow, its chairman, Radu Stoica, said.

Canada's export credit agency is expected to commit a further 1.5 billion euros before the end of the year, two people familiar with the financing said.

President Nicusor Dan will raise nuclear financing rules at the European Council in Brussels on June 25-26, the presidency said.

Read more: Constanta port grain volumes rise 12% in April

Romania will back a proposal to add Russia's nuclear fuel maker TVEL to EU sanctions when EU foreign ministers meet next month, Foreign Minister Oana Toiu said.

A local ceasefire around Ukraine's Zaporizhzhia nuclear plant, to let engineers repair its last external power line, could be agreed within days, diplomats said.

IAEA Director General Rafael Grossi is expected to visit Cernavoda in late June, the energy ministry said.

Analysts say the first new unit is unlikely to start before 2033, given the delays at other Western reactor projects and the shortage of qualified welders in Romania. "Every nuclear schedule in Europe has slipped by years, and this one started late," said Irina Manolescu, an energy analyst at a Bucharest think tank.
"""},

"h230en05": {"outlet": "Radnor Wire (Llandrindod Wells)", "published": "2026-04-16", "text": """Can Reform break through in rural Powys? Mid Wales readies for its first closed-list Senedd vote

LLANDRINDOD WELLS, April 16 (Radnor Wire) - Voters in the new Brecon, Radnor and Cwm Tawe constituency will elect six members of the Senedd on May 7 under a closed-list system used for the first time, Powys's returning officer, Emma Palmer, said on Wednesday.

The Senedd is growing from 60 to 96 members, elected in 16 constituencies of six seats each.

Applications for postal votes close on April 21, Palmer said.

A poll for a Cardiff university published on Tuesday put Plaid Cymru first with 30 percent, ahead of Reform UK on 28 and Labour on 19.

Plaid leader Rhun ap Iorwerth said on Monday his party would not govern with Reform "under any circumstances". Plaid is likely to seek a cooperation agreement with Labour if it falls short of the 49 seats needed for a majority, party officials said.

First Minister Eluned Morgan will campaign in Brecon and Llandrindod Wells on Saturday, Welsh Labour said. Prime Minister Keir Starmer is expected to visit Wales before polling day, a Labour source said.

Read more: Powys council delays decision on rural school closures

Reform UK leader Nigel Farage will hold a rally in Newtown on April 25, the party said. Welsh Conservative leader Darren Millar could step down if the party finishes fourth, two Conservative members of the Senedd said.

Farmers' leaders will meet Rural Affairs Secretary Huw Irranca-Davies in Builth Wells next week, the Farmers' Union of Wales said.

Under Senedd rules, members must nominate a first minister within 28 days of the election.

Analysts say turnout could rise above the 46.6 percent recorded in 2021. "For the first time, a vote for a small party in Powys can elect someone," said Gareth Pryce-Evans, a lecturer in Welsh politics at Aberystwyth University.
"""},
}
