"""English texts of heldout282, written for this project in one sitting. Invented or generic facts."""

EN = {
"h282en01": {"outlet": "Talbragar Wire (Dubbo)", "published": "2026-09-15", "text": """Will Dubbo's farmers stop the power line before the state election?

DUBBO, Sept 15 (Talbragar Wire) - The New South Wales government will begin compulsory acquisition of easements on 14 properties along the Central-West Orana transmission route next Monday, Energy Minister Penny Sharpe said on Tuesday.

Talks between the state's energy agency, EnergyCo, and a Dubbo landholder group collapsed last week over compensation.

The 240-kilometre line is meant to carry wind and solar power from the Central-West Orana Renewable Energy Zone to the coast. It was first due to be energised in 2025 and has slipped twice.

Sharpe said the first stage would be energised before the end of June next year and that the government "will not reopen" the route. EnergyCo's chief executive is expected to step down at the end of October, two people familiar with the matter said.

Landholders will protest outside Parliament House in Sydney on Thursday, said Tony Merriman, chair of the Orana Landholders Alliance. Merriman said the group could seek an injunction in the Land and Environment Court within 14 days.

Read more: Reserve Bank keeps cash rate on hold, warns on services inflation

The Nationals' candidate for Dubbo, Karen Whitfield-Ross, said a Coalition government would pause the acquisitions if it wins the March 27 state election.

Federal Energy Minister Chris Bowen is due in Dubbo early next month to open a substation at Wellington, his office said, adding that he has not decided whether to meet the landholders during the trip.

The state expects to sign access agreements with a further 20 landholders within 30 days, a department official said.

Analysts say the dispute could cost Labor votes across the west at the state election, and that the line is unlikely to carry full power before 2028. "Every month of delay lands on somebody's power bill," said Fiona Gallard, an energy economist at a Sydney consultancy.
"""},

"h282en02": {"outlet": "Bay of Islands Wire (Corner Brook)", "published": "2026-03-11", "text": """Corner Brook mill braces for U.S. newsprint duties

CORNER BROOK, Newfoundland, March 11 (Bay of Islands Wire) - The U.S. Commerce Department will announce a preliminary decision on anti-dumping duties on Canadian newsprint on March 24, according to a notice published on Tuesday, putting the future of the Corner Brook Pulp and Paper mill in doubt.

The department opened the investigation in October after a petition from a mill in Washington state.

The Corner Brook mill, owned by Montreal-based Kruger, employs about 300 people and ships most of its newsprint to U.S. publishers.

Newfoundland and Labrador Premier Tony Wakeham said on Tuesday the province was ready to offer the mill a loan guarantee if the duties exceed 10 percent. He said he would travel to Ottawa next week for talks with Prime Minister Mark Carney on federal help.

Industry Minister Melanie Joly is expected to visit the mill on Friday, her office said.

Canada will challenge any duties under the dispute settlement chapter of the Canada-United States-Mexico Agreement (CUSMA), International Trade Minister Maninder Sidhu said in Ottawa. He added that Ottawa would not retaliate with counter-tariffs on U.S. paper products.

Kruger has not decided whether to idle one of the mill's two paper machines, a Kruger spokeswoman said.

Unifor, which represents the mill's workers, will hold a members' meeting in Corner Brook on Sunday, said Darlene Pardy, president of the union's local.

A final determination is due in August, a trade lawyer in Ottawa said, and duties could be collected retroactively from the date of the preliminary decision.

The mill has cut output twice since 2023 as North American newsprint demand keeps falling.

Analysts say the mill is unlikely to close this year but could cut a shift before the summer. "Kruger will wait for the number before it moves," said Owen Brake, an economist at Memorial University's Grenfell campus.
"""},

"h282en03": {"outlet": "Svratka Wire (Brno)", "published": "2026-05-19", "text": """Czech court to rule on postal vote repeal as senators cry foul

BRNO, May 19 (Svratka Wire) - The Czech Constitutional Court will rule on June 2 on a petition by 25 senators against the repeal of postal voting for Czechs living abroad, the court said in a statement on Monday.

Parliament repealed the postal vote in March, months after it was used for the first time in the October 2025 general election.

Senator Radomir Kubicek, who led the petition, said he expected the court to strike the law down, restoring the postal vote in time for the Senate and municipal elections on October 9-10.

Prime Minister Andrej Babis said on Monday his government would respect the ruling but would not support "any voting that nobody can check."

If the court annuls the law, the cabinet may propose a new bill with stricter identity checks as early as July, two coalition officials said.

President Petr Pavel, who signed the repeal in April while voicing doubts, will meet the petitioning senators at Prague Castle on Thursday, his office said.

Read more: Czech central bank holds key rate, sees inflation near target

A delegation of the Council of Europe's Venice Commission is expected to visit Prague next month to assess the law, diplomats said. The Organization for Security and Co-operation in Europe's election office (ODIHR) may also send a needs-assessment mission before the October vote, they said.

The opposition Civic Democratic Party (ODS) will start collecting signatures from Czechs abroad on Saturday, party officials said.

About 600,000 Czech citizens live abroad, but fewer than 40,000 registered to vote in 2025.

Analysts say the court is likely to uphold at least part of the repeal, and that Babis could push a constitutional amendment on elections later this year. "The court has avoided striking down election laws whole," said Lenka Sedlarova, a political scientist at Masaryk University in Brno.
"""},

"h282en04": {"outlet": "Sajo Wire (Miskolc)", "published": "2025-10-24", "text": """Will Miskolc get a say on the Chinese battery plant?

MISKOLC, Hungary, Oct 24 (Sajo Wire) - Miskolc's city assembly will decide on Thursday whether to call a local referendum on a planned Chinese battery-materials plant on the city's western edge, Deputy Mayor Zoltan Feher said on Friday.

If the assembly approves it, the referendum would be held on January 25, Feher said, adding that campaigners had collected 14,000 signatures.

The government designated the 1.2 billion euro investment a project of national economic importance in August, a status that lets it bypass local planning rules. The city's chief architect resigned last week in protest.

Foreign Minister Peter Szijjarto said on Thursday the plant "will be built" whatever the outcome, because a local vote cannot overrule a government decree.

The investor, Qiantang Cathode Materials, has said production would start in the second half of 2027.

China's ambassador in Budapest, Gong Tao, is expected to visit the site next week with company executives, two people familiar with the plans said. A land-purchase contract with the state is expected to be signed before the end of the year, they said.

Peter Magyar, leader of the opposition Tisza party, will hold a rally in Miskolc on Sunday. Magyar has said a Tisza government would review all battery-plant permits after the April 12 election.

Hungary holds a parliamentary election on April 12, and Miskolc, the country's fourth-largest city, has been an opposition stronghold since 2019.

Residents living near the site fear for the aquifer that supplies much of the city's drinking water.

Analysts say turnout in the referendum is unlikely to reach the 50 percent needed for a valid result, which would let the government present it as a failure before the general election. "Fidesz wants this to be a local quarrel, not a national one," said Balazs Tarjanyi, a political analyst in Budapest.
"""},

"h282en05": {"outlet": "Tampa Wire (Brasov)", "published": "2026-06-11", "text": """Romania to sign helicopter deal in Brasov as SAFE money flows

BRASOV, Romania, June 11 (Tampa Wire) - Romania will sign a contract on June 23 for 30 H215M military helicopters to be assembled at the IAR Ghimbav plant near Brasov, Defence Minister Ionut Mosteanu said on Wednesday, the first deal financed from its 16.6 billion euro share of the EU's Security Action for Europe (SAFE) loans.

Romania signed its SAFE loan agreement with the European Commission in Brussels in May.

The first four helicopters would be delivered by the end of 2027, Mosteanu said.

IAR Ghimbav has assembled Puma helicopters since the 1970s and employs about 800 people.

Airbus Helicopters chief executive Bruno Even is expected to attend the signing, an Airbus spokesman said.

President Nicusor Dan will attend the NATO summit in Ankara on July 7-8, his office said, where he is expected to hold talks with U.S. President Donald Trump.

Mosteanu said Romania would not send ground troops to Ukraine even after a ceasefire, but could help monitor one from Romanian territory.

Read more: Romania's budget deficit narrows in first five months

U.S. and Romanian troops will hold a joint exercise at the Cincu training area from June 22 to July 3, the army said in a statement.

Parliament's defence committees must approve the contract, and a joint session is expected tomorrow, two lawmakers said.

The nationalist AUR party will challenge the SAFE loan agreement at the Constitutional Court, its leader George Simion said, arguing that it adds too much debt.

Brasov county officials hope the contract will revive the local supplier network, which shrank after earlier helicopter orders were cancelled.

Analysts say the deal is unlikely to create many new jobs before 2028, and that further SAFE contracts, for air defence, could slip into next year. "The money is there; the factories are not," said Andrei Vlasceanu, a defence analyst at a Bucharest think tank.
"""},
}
