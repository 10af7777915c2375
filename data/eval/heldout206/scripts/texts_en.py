"""English texts of heldout206, written for this project in one sitting. Invented or generic facts."""

EN = {
"h206en01": {"outlet": "Navigli Wire (Milan)", "published": "2026-09-15", "text": """Will Lombardy get its autonomy deal before the year is out?

MILAN, Sept 15 (Navigli Wire) - Lombardy and the Italian government will sign a preliminary agreement transferring powers over civil protection, health-sector staffing and the regulated professions to the region on September 29 in Rome, the office of regional president Attilio Fontana said on Monday.

The accord follows two years of talks under the 2024 law on differentiated autonomy, parts of which the Constitutional Court struck down in November 2024. The talks slipped twice this year over how the transferred powers would be funded.

Regional Affairs Minister Roberto Calderoli said the cabinet would approve the text "within days" and send it to parliament, where a final vote is unlikely before January. Calderoli will brief the Senate's constitutional affairs committee tomorrow.

Fontana is expected to meet Prime Minister Giorgia Meloni at Palazzo Chigi next week to settle the funding formula, two regional officials said.

The centre-left Democratic Party will not support the deal, its leader Elly Schlein said on Sunday, adding that the party could back a referendum to repeal it.

Read more: Milan's metro line M4 to reach Linate airport terminal by spring

The Conference of Regions will discuss the accord on Thursday. Campania's president, Roberto Fico, has said he may ask the Constitutional Court to review it if funds are shifted away from the south.

Guido Bertolaso, Lombardy's welfare assessor, is likely to step down by the end of October to lead a new regional health agency created under the deal, according to two people familiar with the matter.

Lombardy, Italy's richest region, produces more than a fifth of national output and has pressed for autonomy since a consultative referendum in 2017.

Analysts say the transfer of powers could slip until after the general election due in 2027, since any change to the funding formula needs a new budget law.
"""},

"h206en02": {"outlet": "Bordoy Wire (Klaksvik)", "published": "2025-12-05", "text": """Faroe Islands set April vote on first constitution

TORSHAVN, Dec 5 (Bordoy Wire) - Faroese voters will decide on the islands' first written constitution in a referendum on April 25, the presidium of the Lagting said on Thursday, after lawmakers passed the draft on Tuesday by 17 votes to 16.

Prime Minister Aksel V. Johannesen said the text "does not declare independence" and would not change the islands' place in the Danish realm without a separate vote.

The opposition Union Party will campaign for a No vote before the April referendum, its leader Bardur a Steig Nielsen said. He added that he would step down as party leader if the Yes side won.

Danish Prime Minister Mette Frederiksen is expected to discuss the draft with Johannesen and Greenland's premier at the annual realm meeting in Nuuk in mid-January, a Danish government source said. The Danish justice ministry will deliver a legal opinion on the draft by the end of January, the ministry said.

A poll last month put the Yes side at 44 percent and the No side at 41 percent.

Read more: Faroese salmon exports to China rise for a third year

Separately, the European Commission could propose trade measures against Faroese mackerel landings as early as February, EU diplomats said, after Torshavn set its own 2026 quota above the level sought by other coastal states. Coastal states are due to resume mackerel talks in London next week.

Foreign Minister Hogni Hoydal will travel to Brussels on Monday to argue against any measures, his ministry said.

The Lagting's term ends next year, and a general election must be held by December 8, 2026.

Analysts say Johannesen may call the general election early, on the same day as the referendum, to turn the campaign into a test of his coalition. "He needs a big turnout," said Rakul Dahl, a political scientist at the University of the Faroe Islands.
"""},

"h206en03": {"outlet": "Kelsey Wire (Thompson)", "published": "2027-05-17", "text": """Can Churchill become Canada's Arctic trade gateway?

WINNIPEG, May 17 (Kelsey Wire) - Ottawa and Manitoba are expected to sign a C$1.1-billion agreement to expand the Port of Churchill and rebuild parts of the Hudson Bay Railway in Churchill on May 28, Premier Wab Kinew's office said on Sunday.

Prime Minister Mark Carney is likely to attend the signing, two federal officials said, in what would be his first visit to the town as prime minister.

The port has been owned since 2021 by Arctic Gateway Group, a partnership of First Nations and northern communities. Its season is short: sea ice closes Hudson Bay for about eight months a year.

Kinew said Manitoba would pay a third of the cost and that the province "will not accept" new tolls on northern shippers.

Federal Transport Minister Louise Desrosiers said the dredging tender would open in June and that construction of a second berth could begin as early as April 2028. The first grain vessel of the season is expected in late July, the port said.

The Canadian Armed Forces will use the port as a supply base for Operation Nanook exercises from August 9 to August 20, the Department of National Defence said.

Read more: Manitoba Hydro seeks rate increase for northern communities

Chiefs of the Assembly of Manitoba Chiefs will meet in Thompson on Wednesday to decide whether to back the deal, a spokesperson for the assembly said. Kinew plans to raise the project with other premiers at the Council of the Federation summer meeting in July, his office said.

Manitobans vote in a provincial election on October 5. Progressive Conservative leader Obby Khan said his party would review the agreement's costs if it wins.

Analysts say Kinew hopes to break ground before the October 5 provincial election, but the timing will depend on permits from Ottawa.
"""},

"h206en04": {"outlet": "Corund Wire (Targu Mures)", "published": "2026-03-12", "text": """Will Targu Mures get its Hungarian medical faculty at last?

TARGU MURES, March 12 (Corund Wire) - Romania's cabinet is expected to approve an emergency ordinance setting up a Hungarian-language faculty at the medical university in Targu Mures next Wednesday, two government officials said, in a bid to end a dispute that has split the university for more than a decade.

The university senate voted against a similar plan in June 2024.

The Democratic Alliance of Hungarians in Romania (UDMR), a junior partner in Prime Minister Ilie Bolojan's coalition, has lost patience. Its president, Hunor Kelemen, said on Wednesday that the party's ministers would resign by the end of March if the cabinet delayed the ordinance again, and that the UDMR "will not vote" for any budget without it.

Bolojan will meet coalition leaders on Monday to seek a compromise, his spokeswoman said.

Education Minister Daniel David said the faculty would admit its first 120 students in September, with teaching in Hungarian from the first year.

Read more: Romania's deficit target under pressure as Brussels reviews spending

The nationalist opposition AUR will challenge the ordinance at the Constitutional Court, a party spokesman said, and Romanian student groups plan a protest in front of the university on Saturday.

Hungarian Foreign Minister Peter Szijjarto will attend commemorations of the 1848 revolution in Targu Mures on Sunday, Budapest's foreign ministry said, weeks before Hungary's April 12 parliamentary election, in which ethnic Hungarians in Romania can vote by post.

Analysts say the coalition is likely to survive the row, but the dispute could delay the 2027 budget, which the government wants to send to parliament in December.

"Both sides need each other more than they admit," said Ioana Sabau, a political scientist at Babes-Bolyai University in Cluj-Napoca.
"""},

"h206en05": {"outlet": "Patenga Wire (Chittagong)", "published": "2027-08-24", "text": """Bangladesh to sign Chittagong terminal deal with DP World within ten days, minister says

CHITTAGONG, Aug 24 (Patenga Wire) - Bangladesh will sign a 25-year concession giving DP World control of the New Mooring Container Terminal within ten days, Shipping Minister Aminul Haque Chowdhury said on Monday, despite a strike threat by port workers.

The cabinet committee on government purchase approved the deal last Wednesday. Chowdhury said the government "will not" publish the full contract, citing commercial confidentiality.

The Chittagong Port Workers' Union said its members would stop work for 48 hours from Thursday unless the government published the contract.

The Bangladesh Navy will deploy additional patrol boats in the Karnaphuli channel from Wednesday to keep the port running, the Inter-Services Public Relations directorate said.

Jamaat-e-Islami, the main opposition party, called the deal a "sell-out" and could take it to the High Court, a party spokesman said.

A DP World spokesperson said the company expects to take over operations in January.

Read more: Bangladesh garment exports up 9% in July on U.S. orders

Chowdhury is due in Dubai next week for talks with DP World chairman Sultan Ahmed bin Sulayem, his ministry said.

The terminal handles about 40 percent of the port's containers. Talks on its concession began under the interim government in 2025.

In the Chittagong Hill Tracts, a ceasefire with the Kuki-Chin National Front in Bandarban will be extended until the end of September, and the next round of talks is expected in Rangamati in mid-September, the army said.

Analysts say a second concession, for the Laldia terminal, could be signed before the end of the year if the DP World deal goes through without unrest.

"Investors are watching how the government handles the union," said Tahmina Rouf, an economist at the University of Chittagong.
"""},
}
