"""English texts of heldout251, written for this project in one sitting. Invented or generic facts."""

EN = {
"h251en01": {"outlet": "Churnet Wire (Stoke-on-Trent)", "published": "2026-02-17", "text": """Will Stoke's potters get protection from Chinese tableware?

STOKE-ON-TRENT, Feb 17 (Churnet Wire) - Britain will decide by the end of March whether to impose anti-dumping duties of up to 48 percent on ceramic tableware from China, Business and Trade Secretary Peter Kyle said on Monday.

The Trade Remedies Authority (TRA) recommended the duties in January after a 14-month investigation into imports sold below cost. If approved, the duties would apply for five years from April 1, according to the TRA's final report. The authority will publish the full evidence file tomorrow, it said.

Kyle will visit a pottery in Burslem on Friday to meet manufacturers and union representatives, his department said.

Its members would seek a judicial review if ministers set the rate below 30 percent, the British Ceramic Confederation said. "Another year of dumping would finish off what is left of the industry," said its chief executive, Laura Brindley.

China's embassy in London said on Monday it "firmly opposes" the recommendation. Beijing could open an anti-dumping probe into British pork or whisky in retaliation, two trade officials said.

Read more: Bank of England holds rates as wage growth slows

The issue is expected to come up at the UK-China Joint Economic and Trade Commission (JETCO) in Beijing in mid-April, according to a government source.

Stoke-on-Trent City Council's cabinet member for regeneration, Finn Callaghan, said the council would ask ministers for 20 million pounds from the Local Growth Fund at a meeting in London on March 3.

Reform UK won control of Staffordshire County Council last May. Analysts say Kyle may opt for a lower rate of about 25 percent to avoid a clash with Beijing. The party is likely to campaign on the issue before local elections in Tamworth and Cannock Chase on May 7, they added.

Pottery employment in Stoke has fallen by a third since 2015, and three factories closed last year.
"""},

"h251en02": {"outlet": "Hjalmaren Wire (Oxelosund)", "published": "2027-05-05", "text": """Sweden weighs 2.1 billion crown grant for Oxelosund furnace as grid lags

OXELOSUND, May 5 (Hjalmaren Wire) - Sweden's government will decide on Thursday whether to grant steelmaker SSAB 2.1 billion crowns for the electric arc furnace at its Oxelosund plant, Enterprise Minister Johan Ekdahl said on Tuesday.

The European Commission cleared the aid scheme in March, removing the last legal obstacle to the grant.

SSAB expects to start the furnace in the second half of 2028, a company spokeswoman said. But grid operator Svenska kraftnat said the new 400-kilovolt line from Nykoping would not be ready before October 2029.

Ekdahl will meet SSAB, Svenska kraftnat and the Sodermanland county administrative board in Nykoping on May 17 to look for a faster solution, he said. A power purchase agreement with Vattenfall is expected to be signed before the end of June, according to a person familiar with the talks.

The local branch of the IF Metall union said it "will not accept a single layoff" during the switch from blast furnaces.

Read more: Riksbank keeps policy rate on hold, signals cut in autumn

The opposition Social Democrats will call Ekdahl before parliament's industry committee tomorrow, party officials said. Oxelosund's council chairman, Anders Holm, could step down if the delay costs the town jobs, local media reported.

Teresa Ribera, the European Commission's executive vice-president in charge of competition, is expected to visit the plant in June, two EU officials said.

Ekdahl also said Sweden would push for Russian pig iron to be added to the EU's next sanctions package, expected in June.

Analysts say the grid gap could force SSAB to run the furnace at half capacity in its first year, as the plant competes for power with new data centres in Sodermanland.

The town's two blast furnaces, in use since the 1960s, supply about a third of SSAB's Swedish steel and employ some 2,400 people directly and through contractors.
"""},

"h251en03": {"outlet": "Romsdalsfjord Wire (Alesund)", "published": "2025-10-10", "text": """Can Alesund's salmon farmers win a tax cut from Stoltenberg?

ALESUND, Oct 10 (Romsdalsfjord Wire) - Norway's government will present its 2026 budget on Wednesday, October 15, and is expected to leave the 25 percent ground-rent tax on salmon farming unchanged, two Finance Ministry officials said.

The tax was introduced in 2023 after a bitter fight with the industry, which moved several investment projects abroad.

Finance Minister Jens Stoltenberg said on Thursday there would be "no new tax cuts for fish farmers in this budget".

The Progress Party, now the largest opposition party, will table a motion in late November to halve the tax, its finance spokesman said. The Centre Party, whose votes Labour needs to pass the budget, has not decided whether to back the motion, its leader Trygve Slagsvold Vedum said.

Fisheries Minister Marianne Sivertsen Naess will visit Alesund on Monday to meet farmers and the More og Romsdal county council, her ministry said. The ministry is also expected to announce in early December whether farms in the Nordmore zone must cut output by 6 percent under the traffic-light system.

Read more: Norwegian crown slips as oil prices fall

Norway and the European Union are due to hold a new round of talks on seafood tariff quotas in Brussels next month, a Norwegian diplomat said. Norway and Britain are expected to sign their annual fisheries agreement by mid-December.

Alesund-based Sunnmore Havbruk said it would freeze a 1.2 billion crown smolt plant in Hareid unless the tax is cut.

Analysts say the issue could hurt Labour in coastal municipalities in the September 2027 local elections. "Salmon pays for schools here, and people know it," said Ingrid Hovden, a political scientist at Volda University College.
"""},

"h251en04": {"outlet": "Vesijarvi Wire (Lahti)", "published": "2026-11-26", "text": """Finland to decide on return of troops to Lahti's Hennala barracks

LAHTI, Nov 26 (Vesijarvi Wire) - Finland's government will decide next Thursday whether to station a new army battalion at the Hennala barracks in Lahti, Defence Minister Antti Hakkanen said on Wednesday.

The Hame Regiment left Hennala in 2014 under spending cuts, and much of the site has since been turned into housing and a university campus.

Under the plan, the first 400 conscripts would arrive from January 2028, the Defence Ministry said. A first field exercise for reservists at nearby training grounds is planned from March 8 to 19, it added.

Lahti's mayor, Sanna Virtanen, said the city council would vote on December 14 on handing 40 hectares of land to the state free of charge. The ministry expects to sign a lease with Senate Properties for the remaining barracks by the end of March.

Estonian Defence Minister Hanno Pevkur is due in Helsinki next week for talks with Hakkanen on joint reservist training. Prime Minister Petteri Orpo is expected to present the plan at a Nordic-Baltic Eight prime ministers' summit in Tallinn on December 10.

Read more: Finnish exports to Sweden rise for third month

Finland could send up to 300 soldiers to a reassurance force in Ukraine once a ceasefire is signed, Hakkanen said, but diplomats say a ceasefire is unlikely before 2027.

The opposition Social Democrats would back the plan if the money did not come from health and social services, said SDP lawmaker Mikko Laaksonen.

Analysts say the base could become a campaign issue before the parliamentary election in April. "Hennala is a gift to the local candidates of every party," said Jussi Aalto, a defence researcher at the University of Helsinki.
"""},

"h251en05": {"outlet": "Soar Wire (Leicester)", "published": "2027-01-11", "text": """Will Leicestershire get a mayor in 2028?

LEICESTER, Jan 11 (Soar Wire) - Leicestershire County Council will vote on Thursday on a devolution deal that would create a mayoral strategic authority with Leicester and Rutland, council leader Alan Pryce said on Sunday.

The deal would lead to the election of a mayor for the three areas in May 2028, if all three councils approve it. Ministers have promised 38 million pounds a year for 30 years to the new authority.

Leicester's elected mayor, Peter Soulsby, said he would not stand for the new post and would step down as city mayor when the authority takes over. Soulsby has led the city since 2011.

Rutland County Council has not decided whether to join and will debate the deal on January 25. "We will not be swallowed by the city," said its leader, Hugh Bennett.

The Ministry of Housing, Communities and Local Government said it would lay the order before parliament within 30 days, and expects the authority to exist by the end of this year.

Housing Secretary Steve Reed is expected to visit Loughborough later this month, a government source said.

Pryce's Reform UK group is split. Its deputy leader on the council resigned last week in protest at the deal, and local party officials said the party could field a former MP as its mayoral candidate.

The Liberal Democrats will ask for a county-wide referendum on the deal, their group leader Sarah Wood said.

Analysts say Thursday's vote is likely to pass narrowly. Leicestershire has been left out of the East Midlands mayoral authority created for Derbyshire and Nottinghamshire in 2024. The city and county have argued for years over boundaries, with Leicester seeking to absorb suburbs such as Oadby and Birstall.
"""},
}
