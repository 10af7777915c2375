"""English texts of heldout268, written for this project in one sitting. Invented or generic facts."""

EN = {
"h268en01": {"outlet": "Tongariro Wire (Taupo)", "published": "2026-03-22", "text": """New Zealand weighs Waiouru land deal as Australian troops prepare to train

TAUPO, March 22 (Tongariro Wire) - New Zealand's cabinet will decide on Monday whether to buy about 9,000 hectares of farmland next to the Waiouru Military Training Area, south of Lake Taupo, Defence Minister Judith Collins said on Saturday.

Cabinet shelved an earlier plan to expand the training area in August 2024 because of its cost.

Collins said the army "will not move" its main combat brigade from Linton, but needed more room for long-range artillery and drones. New Zealand could also send up to 100 personnel to help monitor a ceasefire in Ukraine if one is agreed, she added.

Australian soldiers will train at Waiouru for six weeks from April 20 under a new bilateral arrangement, the New Zealand Defence Force said in a statement. Australian Defence Minister Richard Marles is expected to visit the camp in early May, where he and Collins are likely to sign a joint training agreement, two officials said.

Read more: Reserve Bank holds cash rate, flags slower growth

The iwi of the Taupo region, Ngati Tuwharetoa, would challenge the purchase in the Waitangi Tribunal if hapu were not consulted first, said its spokesman, Hemi Te Rangi.

Taupo District Council said its deputy mayor, Kerry Milne, who has criticised the plan, will step down from the council's defence liaison role at the end of the month.

Labour's defence spokesman, Daniel Kereama, said a Labour-led government would review the deal after the November 7 general election.

Foreign Minister Winston Peters is expected to announce sanctions on 20 more Russian shadow-fleet tankers next week, a ministry official said. Prime Minister Christopher Luxon is likely to attend the NATO summit in Ankara on July 7-8, his office said.

Analysts say the purchase may not be completed before 2028, as the land must first be surveyed and valued.
"""},

"h268en02": {"outlet": "Ratnycia Wire (Druskininkai)", "published": "2027-06-10", "text": """Will Ruginiene take the helm? Lithuania's Social Democrats pick a leader in Druskininkai

DRUSKININKAI, June 10 (Ratnycia Wire) - Lithuania's ruling Social Democrats will elect a new chair at a congress in this spa town on Saturday, party secretary Ruta Jankauskiene said on Wednesday.

Vilija Blinkeviciute stepped down as chair in April after two years in the post. About 700 delegates are registered for the congress, the first outside Vilnius in a decade.

Prime Minister Inga Ruginiene is expected to win comfortably, party officials said. Her only challenger, Kaunas lawmaker Linas Vaitkus, said he would withdraw if fewer than 100 delegates backed his nomination.

Nemuno Ausra leader Remigijus Zemaitaitis said his party could leave the coalition if the congress endorses a higher tax on bank profits. The coalition council meets on Monday to discuss guidelines for the 2028 budget.

President Gitanas Nauseda will receive the new chair next week, his office said. Nauseda has said he would not accept a Nemuno Ausra minister at the defence ministry.

Ruginiene will attend the European Council in Brussels on June 24-25, where Vilnius will push for new EU sanctions on Belarus over the smuggling balloons that have repeatedly shut the border, her spokesman said.

The defence ministry said the army would deploy mobile air-defence teams along the Belarusian border near Druskininkai from July 1. Residents of the town, which lies a few kilometres from both Belarus and Poland, have complained of balloons landing in the forests around the spa.

Polish President Karol Nawrocki visits Druskininkai next month for a regional security forum.

Analysts say the coalition may not last until the Seimas election in October 2028. "Ruginiene wins the party, but she still has to win the partners," said Egle Vaiciulyte, a political scientist at Vytautas Magnus University in Kaunas.
"""},

"h268en03": {"outlet": "Raunis Wire (Cesis)", "published": "2025-09-17", "text": """Latvian towns fight income tax cut as Riga looks for defence money

CESIS, Sept 17 (Raunis Wire) - Latvia's government will approve the draft 2026 budget on Tuesday, including a cut in municipalities' share of personal income tax to 72 percent from 75 percent from January, Finance Minister Arvils Aseradens said.

The government must submit the budget to the Saeima by October 15, a year before the October 3, 2026 parliamentary election.

"We will not back down. Defence comes first," Aseradens told reporters. Defence spending is set to reach 5 percent of GDP in 2026.

The Latvian Association of Local Governments (LPS), whose board rejected the plan on Monday, will hold a protest meeting of mayors in Riga on September 26, its chairman, Gints Kaminskis, said. Kaminskis said the association could also take the cut to the Constitutional Court before the end of the year.

In Cesis, a medieval town of 15,000 people in Vidzeme, the council says the cut would cost it about 1.1 million euros a year, roughly the budget of its music school and two libraries.

Prime Minister Evika Silina is expected to meet municipal leaders on Friday, two government officials said. The LPS board meets again tomorrow to prepare its proposals.

Regional Development Minister Andris Kalnins may resign if the cut is adopted, a source in his party said.

Estonian Prime Minister Kristen Michal will visit Cesis on October 2 for talks with Silina on Via Baltica and border security, the State Chancellery said.

Read more: Latvia's central bank sees slower growth next year

Analysts say the dispute could delay the budget's first reading in the Saeima until November. Municipalities already complain that they were left out of the budget talks in June, when the coalition agreed to raise defence spending.
"""},

"h268en04": {"outlet": "Fannefjord Wire (Molde)", "published": "2026-11-06", "text": """Can Moreaksen survive Oslo's budget knife?

MOLDE, Nov 6 (Fannefjord Wire) - The Storting's transport committee will vote on November 19 on whether to restore funding for the Moreaksen road link between Molde and Alesund, its chairman, Tor Arne Vik, said on Thursday.

The government dropped the 9-billion-crown project from its draft 2027 budget in October, citing rising costs.

Transport Minister Jon-Ivar Nygard said the project would not start before 2029. "We will not build roads on borrowed money," he said. The Norwegian Public Roads Administration will present a cheaper alternative within 10 days, Nygard said.

County mayor Marit Lyngstad said Moreaksen could be financed with toll revenue if the state guaranteed a loan. Progress Party leader Sylvi Listhaug said her party would table a motion next week to restore the money.

Labour and its budget partners aim to agree the 2027 budget by November 27, negotiators said.

Finance Minister Jens Stoltenberg will visit Molde on Monday, the finance ministry said, and is expected to meet county leaders there.

Molde's mayor, Hilde Brevik, said she would step down from Labour's county board at the end of the month in protest.

The ferry crossing between Molde and Vestnes, which the link would replace, carried a record 1.4 million vehicles last year.

Separately, the armed forces said the Home Guard would hold a three-day exercise around the Nyhamna gas processing plant from November 16. The plant, on the island of Gossa, processes gas from the Ormen Lange field for export to Britain.

The dispute comes ahead of local elections in September 2027, in which Labour fears losses along the coast.

Analysts say the row is unlikely to topple the budget deal, but it may cost Labour votes in Romsdal.
"""},

"h268en05": {"outlet": "Oldman River Wire (Lethbridge)", "published": "2027-02-01", "text": """Canada, U.S. to open talks on prairie rivers as Alberta farmers brace for cuts

LETHBRIDGE, Alberta, Feb 1 (Oldman River Wire) - Canada and the United States will open formal talks on sharing the St. Mary and Milk rivers in Ottawa on February 16, Foreign Minister Anita Anand said on Friday, after the meeting slipped twice since October.

Montana asked the International Joint Commission (IJC) in 2003 to review the 1921 order that divides the two rivers, arguing that Alberta takes more than its share.

Montana Governor Greg Gianforte is expected to attend the Ottawa talks, a person familiar with the planning said. Alberta Premier Danielle Smith said on Saturday the province "will not accept" any cut to its share.

The IJC said in a statement it would hold a public hearing in Lethbridge in mid-March, and that the Canadian co-chair of its St. Mary-Milk rivers board, Mark Doucette, will step down at the end of March.

The St. Mary River Irrigation District will cut allocations to farmers by 10 percent from May 1 unless the spring snowpack improves, its general manager, Dale Hergert, said.

Two Canadian officials said Washington could raise tariffs on Canadian farm goods if the talks stall. The CUSMA joint review resumes in Washington next week.

Read more: Alberta sets aside C$200 million for drought relief

U.S. Secretary of State Marco Rubio may visit Ottawa in April, diplomats said, and officials in Ottawa say Prime Minister Mark Carney could raise the rivers with President Donald Trump at the G7 summit in June.

Ottawa will send its negotiating brief to Alberta and Saskatchewan within 10 days, Anand's office said.

Karen Ostrander, a water law professor at the University of Lethbridge, said a new deal was unlikely before 2029. The talks come ahead of Alberta's provincial election on October 18.
"""},
}
