"""English texts of heldout277, written for this project in one sitting. Invented or generic facts."""

EN = {
"h277en01": {"outlet": "Mattagami Wire (Timmins)", "published": "2026-03-10", "text": """Can the Conservatives hold Kapuskasing-Timmins-Mushkegowuk? By-election set for April 13

TIMMINS, March 10 (Mattagami Wire) - Voters in the northern Ontario riding of Kapuskasing-Timmins-Mushkegowuk will elect a new member of Parliament on April 13, Elections Canada said on Monday.

Prime Minister Mark Carney issued the writ on Sunday. The seat has been vacant since the Conservative MP resigned in January to take a job in the mining industry.

Candidates must file their nomination papers by March 23, and advance polls will be open from April 3 to April 6, the agency said.

Carney will be in Timmins tomorrow to announce federal support for a nickel processing plant, his office said. He is expected to sign a C$450 million contribution agreement with Canada Nickel Company for its Crawford project during the visit, according to two officials briefed on the plan.

Conservative Leader Pierre Poilievre will campaign in the riding next week, a Conservative spokesman said, calling the nickel announcement "an election bribe".

The New Democrats, who held the Timmins area for most of the past two decades, have not decided whether to run a candidate, party officials said.

Read more: Ontario sets aside C$300 million for northern mine roads

The Mushkegowuk Council said its chiefs would press Carney for an all-season road to the James Bay coast when they meet him in Timmins, and could endorse a candidate after the meeting.

The three main candidates are due to meet in a televised debate in Kapuskasing on March 31.

U.S. tariffs on processed critical minerals, including nickel, could be imposed as early as May, according to a Commerce Department notice published last week.

Analysts say the Liberals could win the seat if turnout in the riding's First Nations communities rises, as it did in the 2025 general election. "Whoever wins the James Bay vote wins the riding," said Renee Gagnon, a political scientist at Nipissing University.
"""},

"h277en02": {"outlet": "Hikurangi Wire (Kaikoura)", "published": "2025-10-17", "text": """Chinese warships head down New Zealand's east coast; navy to shadow task group

KAIKOURA, Oct 17 (Hikurangi Wire) - Three Chinese navy ships sailing south along New Zealand's east coast are expected to pass Kaikoura within 48 hours, Defence Minister Judith Collins said on Thursday, adding that the group had not notified any live-fire exercises.

The frigate HMNZS Te Kaha will shadow the task group, made up of a cruiser, a frigate and a supply ship, until it leaves New Zealand's exclusive economic zone, the New Zealand Defence Force said.

In February, a similar Chinese group held live-fire drills in the Tasman Sea with less than an hour's notice, forcing airlines to divert flights.

China's embassy in Wellington said the ships were on a routine training voyage and "will not enter New Zealand's territorial sea". Beijing could still announce firing windows at short notice, a defence official in Wellington said.

Foreign Minister Winston Peters will raise the deployment with Chinese Foreign Minister Wang Yi when he visits Beijing in early November, his office said.

A spokeswoman for Prime Minister Christopher Luxon said he had not ruled out raising the matter with President Xi Jinping at the APEC summit in Gyeongju on October 31-November 1.

Read more: Kaikoura whale-watch operators report record spring bookings

Australia would send a P-8A Poseidon surveillance aircraft to track the ships if they turn into the Tasman Sea, Australian Defence Minister Richard Marles said.

Parliament's foreign affairs, defence and trade committee will question the Chief of Defence Force, Air Marshal Tony Davies, on Wednesday.

Analysts say Beijing may turn such voyages into an annual event. Hamish Tolley, a defence analyst at the University of Canterbury, said the ships were likely to head for the Southern Ocean rather than circle the South Island. "Each voyage tests how far Wellington is willing to protest," he said.
"""},

"h277en03": {"outlet": "Wiar Wire (Przemysl)", "published": "2027-04-21", "text": """Malhowice crossing to open to cars in May after years of delays

PRZEMYSL, April 21 (Wiar Wire) - Poland and Ukraine will open the Malhowice-Nyzhankovychi border crossing to cars and buses on May 4, Interior Minister Marcin Kierwinski said on Tuesday, after the opening slipped twice since 2025.

Trucks are unlikely to be allowed through before 2028, when the second phase of the customs terminal is finished, he said.

The two governments are due to sign an agreement on joint customs and border controls at the crossing in Przemysl on Friday, the Podkarpackie voivode's office said. Ukrainian Deputy Prime Minister Oleksii Kuleba is expected to attend the signing, according to two officials.

President Karol Nawrocki will attend the opening ceremony, his chancellery said.

Polish hauliers could picket the ceremony, a spokesman for the Committee for the Protection of Carriers and Transport Employers said, repeating the group's demand that Brussels restore permits for Ukrainian trucks.

Read more: Przemysl's fortress gets EU money for a new visitor centre

Warsaw's ban on Ukrainian grain imports, in place since September 2023, will stay until new EU quotas for Ukraine are reviewed in the autumn, Agriculture Minister Stefan Krajewski said.

The Polish-Ukrainian intergovernmental commission on border crossings will meet in Lviv next week to discuss longer opening hours at Medyka, the busiest crossing in the region.

Kyiv and Moscow may extend the ceasefire, which expires on June 30, during talks in Istanbul next month, diplomats said.

Przemysl, a city of about 55,000, became the main gateway for Ukrainians fleeing the war in 2022.

Analysts say the new crossing may help Law and Justice hold its Podkarpackie seats in the parliamentary election in October. "Local infrastructure is the one thing both camps can claim," said Tomasz Lewicki, a researcher at a Rzeszow think tank.
"""},

"h277en04": {"outlet": "Ranelva Wire (Mo i Rana)", "published": "2026-01-12", "text": """Norway to send crypto-mining ban to parliament as Mo i Rana data centre waits

MO I RANA, Jan 12 (Ranelva Wire) - Norway's government will send a bill banning new cryptocurrency-mining data centres to parliament on Friday, Digitalisation Minister Karianne Tung said on Monday, a move that would halt a planned 60-megawatt centre in Mo i Rana.

The government first proposed the temporary ban in June 2025, citing pressure on the power grid in the north.

The Storting is expected to vote on the bill in mid-March, and the ban would take effect from April 1 if it passes, Tung said.

The Progress Party will vote against the ban, its energy spokesman said. The Conservatives have not decided how they will vote, party officials said.

Helgeland Data, the company behind the Mo i Rana project, said it would ask the Ministry of Trade and Industry for an exemption within 30 days and could take the state to court if refused.

Tung will meet representatives of Rana municipality and Mo Industrial Park in Mo i Rana on Thursday.

Read more: Statnett plans new northern grid line by 2030

The EFTA Surveillance Authority may open a preliminary review of whether the ban breaches EEA rules on the free movement of services, a person familiar with the matter said.

Mo i Rana, home to a steel and ferroalloy cluster built around the former state ironworks, has seen several large power-hungry projects stall since 2023.

Analysts say the ban is likely to pass because the Centre Party and the Socialist Left back it.

Ingrid Solberg, an energy economist at Nord University, said power prices in the region could fall by up to 10 percent next year if the centre is not built. "The real question is who gets the spare megawatts," she said.
"""},

"h277en05": {"outlet": "Turner River Wire (Port Hedland)", "published": "2027-09-05", "text": """China's ore buyer widens BHP halt; Canberra weighs its response

PORT HEDLAND, Sept 5 (Turner River Wire) - China Mineral Resources Group (CMRG) will extend its purchase halt on BHP iron ore to all of the miner's Pilbara products from Monday, two people familiar with the matter said, deepening a pricing dispute that has slowed shipments from Port Hedland since July.

CMRG, the state-backed buyer set up in 2022 to bargain on behalf of China's steel mills, halted purchases of BHP's Jimblebar fines in late July.

Trade Minister Don Farrell said Canberra "will not retaliate" and would raise the dispute with Commerce Minister Wang Wentao when they meet in Singapore on September 20.

Prime Minister Anthony Albanese is expected to discuss the matter with Premier Li Qiang at the East Asia Summit in Singapore in November, officials said.

Resources Minister Madeleine King will meet Pilbara miners and Pilbara Ports Authority officials in Port Hedland on Wednesday.

Read more: Pilbara lithium producers seek federal royalty relief

Canberra has not decided whether to file a complaint at the World Trade Organization before the end of the year, a trade department official said.

Western Australia's Premier Roger Cook will lead a trade mission to Shanghai and Beijing in the second half of October, his office said.

Port Hedland handles more than half of Australia's iron ore exports, most of it bound for China. BHP, which ships close to 290 million tonnes a year through the port, declined to comment on the halt.

Analysts expect a pricing deal before the end of October, but warn the halt could spread to Fortescue if talks fail. "Beijing wants a lower benchmark, not a trade war," said Megan Hollis, a commodities analyst at a Perth brokerage.
"""},
}
