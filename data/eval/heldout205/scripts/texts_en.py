"""English texts of heldout205, written for this project on 2026-12-06. Invented or generic facts."""

EN = {
"h205en01": {"outlet": "Dzukou Wire (Kohima)", "published": "2025-10-09", "text": """Will eastern Nagaland get its own authority before Christmas?

KOHIMA, Oct 9 (Dzukou Wire) - Representatives of the Centre, the Nagaland government and the Eastern Nagaland People's Organisation (ENPO) will meet in New Delhi next Tuesday to discuss the draft memorandum on a Frontier Nagaland Territorial Authority, Deputy Chief Minister Y. Patton said on Wednesday.

The memorandum, covering the six eastern districts, is expected to be signed before the end of the year, two Home Ministry officials said.

ENPO's president, Yimkum Sangtam, said the organisation "will not accept a council without its own budget head". The group boycotted the Lok Sabha election in April 2024.

The State Election Commission said urban local body by-elections in nine eastern wards will be held on November 20. Sangtam said ENPO would boycott the by-elections unless the memorandum is signed first.

Read more: Nagaland cabinet approves new recruitment rules for teachers

Patton also said the Assembly would hold a one-day special session on October 27 to pass a resolution backing the settlement. Two ENPO-backed legislators have said they could resign their seats if the resolution waters down financial autonomy.

The Assam Rifles will deploy two additional battalions along the Myanmar border in Mon and Noklak districts within 30 days, the force said in a statement.

The Centre's ceasefire with the NSCN (K) Niki faction, which expires in April, is likely to be extended for another year, officials said. Separate talks with the NSCN-IM, stalled over its demand for a Naga flag and constitution, are unlikely to resume before January, according to a person familiar with the process.

Union Home Minister Amit Shah may visit Kohima in early December for the Hornbill Festival, state officials said.

Analysts say a separate territorial authority could encourage similar demands elsewhere in the state. "The east has waited since statehood," said Kevileno Rutsa, a political scientist at a Kohima college.
"""},

"h205en02": {"outlet": "Tamaraw Wire (Calapan)", "published": "2027-01-26", "text": """Mindoro's blackouts: can the Batangas link switch on before summer?

CALAPAN, Jan 26 (Tamaraw Wire) - The National Grid Corporation of the Philippines (NGCP) will energise the first 230-kilovolt segment of the Batangas-Mindoro interconnection on February 15, spokesperson Cynthia Alabanza said on Monday, after two delays since October.

Full interconnection of Mindoro's island grid with Luzon is expected by the end of June, she said.

Occidental Mindoro has faced rotating outages of up to 12 hours a day since December, and the provincial board declared a state of calamity last Tuesday.

Energy Secretary Sharon Garin said two emergency power barges would arrive in San Jose within 10 days. "There will be no rate increase passed on to consumers," she told reporters.

An emergency power supply agreement with the barge operator could be signed as early as Friday, a Department of Energy official said. Garin is expected to visit San Jose next week, the department said in a statement.

The Senate energy committee holds a hearing on the crisis on Thursday.

Read more: Philippine peso slips as oil import bill rises

The Energy Regulatory Commission (ERC) could fine the Occidental Mindoro Electric Cooperative (OMECO) up to 50 million pesos before the end of February for failing to contract enough supply, an ERC official said. OMECO's general manager, Rodel Mangubat, has not said whether he will step down, as the National Electrification Administration has demanded.

Occidental Mindoro Governor Ricardo Villaflor said the province would ask the national government for a 300 million peso emergency fund next month.

Analysts say outages could last at least until April, when demand peaks, and the crisis could weigh on local races in the May 2028 elections. "Mindoro has been promised a grid link for twenty years," said Liza Bautista, an energy economist at a Manila think tank.
"""},

"h205en03": {"outlet": "Ried Wire (Colmar)", "published": "2026-05-20", "text": """Will Alsace leave Grand Est before the 2028 regional vote?

COLMAR, May 20 (Ried Wire) - The French Senate's law committee will examine next Tuesday the government's bill giving the European Collectivity of Alsace the powers of a full region, Francoise Gatel, the minister for local government, said on Tuesday.

The National Assembly approved the bill on April 30 by 312 votes to 198.

Gatel said the government aims for a final vote in the Senate before the end of July, so that the new region can be in place for the regional elections due in March 2028.

Alsace was merged with Lorraine and Champagne-Ardenne in 2016 under a law passed the year before, a move many Alsatians never accepted.

Frederic Bierry, president of the European Collectivity of Alsace, said Alsace "will not stay in Grand Est one term longer". Grand Est's president, Franck Leroy, said the regional council would ask the Constitutional Council to review the law if it passes.

A local consultation of Alsatian voters on the change could be held as early as October, according to two parliamentary aides. The budget ministry said on Monday it would not provide extra money for the split.

President Emmanuel Macron is expected in Strasbourg in mid-June to host a Weimar Triangle summit with German Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk, an Elysee adviser said.

Read more: Strasbourg tram extension to Kehl delayed by German works

Three Alsatian vice-presidents of the Grand Est council may resign if the Senate changes the bill's timetable, a person close to them said.

Analysts say the Constitutional Council is unlikely to rule before September, which could push the split past the 2028 vote. "The legal fight is just starting," said Odile Kieffer-Brandt, a public law lecturer at the University of Strasbourg.
"""},

"h205en04": {"outlet": "Sete Cidades Wire (Ponta Delgada)", "published": "2026-11-12", "text": """Azores to pick a buyer for its airline: will Brussels accept the deal?

PONTA DELGADA, Nov 12 (Sete Cidades Wire) - The Azores regional government will choose a buyer for 51 percent of Azores Airlines on Monday, regional finance secretary Duarte Freitas said on Wednesday, after two earlier tenders failed.

Freitas said he expected the sale agreement to be signed before the end of the year, the deadline set by the European Commission in the airline group's restructuring plan.

The last tender collapsed in March 2025 when the only bidder withdrew. The SATA group, owned by the region, has lost money in every year but one since 2010 and carries debts of about 600 million euros.

Regional President Jose Manuel Bolieiro will meet the two remaining bidders in Lisbon tomorrow, his office said. Bolieiro has said the region "will not sell" SATA Air Acores, the inter-island carrier.

Brussels could order the region to recover up to 453 million euros in state aid if the sale fails, an EU official said.

The pilots' union SPAC has called a 48-hour strike from November 27 to demand guarantees on jobs.

Read more: Ponta Delgada port handles record cruise traffic

SATA's chief executive, Teresa Goncalves, is expected to step down once the sale closes, two people familiar with the matter said.

The regional parliament votes on the 2027 budget on November 25. If it fails, a snap regional election could be called for the spring, said Francisco Cesar, who leads the Socialist Party in the islands.

Prime Minister Luis Montenegro is expected to visit Ponta Delgada early next month, a government source said.

Analysts say the final price could fall below 50 million euros. "Buyers know the region has no time left," said Rui Medeiros, an aviation economist in Lisbon.
"""},

"h205en05": {"outlet": "Kundelungu Wire (Lubumbashi)", "published": "2027-06-08", "text": """Congo offers Katanga militia a truce as army moves on Mitwaba

LUBUMBASHI, June 8 (Kundelungu Wire) - Gunmen from the Bakata Katanga militia killed 11 people in an attack on Mitwaba last Friday, the deadliest in Haut-Katanga province this year. Mitwaba lies about 300 kilometres north of Lubumbashi.

The army will launch an operation to clear the Mitwaba-Pweto road from Thursday, army spokesman Major General Sylvain Ekenge said on Monday.

After the first phase, the government will observe a 15-day ceasefire from June 15 for fighters who want to surrender, the interior ministry said in a statement.

Catholic and Methodist church mediators are expected to meet militia envoys in Lubumbashi next week, church sources said.

Haut-Katanga Governor Jacques Kyabula said there would be "no negotiation on secession". The provincial interior minister offered to resign after the attack, and Kyabula is expected to decide by Friday, his office said.

President Felix Tshisekedi could visit Lubumbashi later this month, a presidency source said.

Congo and Zambia are due to sign a border security protocol in Ndola on June 19, Zambia's foreign ministry said.

The UN Security Council's sanctions committee on Congo could add militia commander Makonga Ilunga to its list when it meets later this month, diplomats said.

Electoral commission president Denis Kadima said partial legislative elections in Mitwaba and Pweto, postponed since December 2023, will not be held before 2028.

Read more: Gecamines signs cobalt offtake deal with state trader

Tshisekedi is expected to raise the insecurity at the SADC summit in August, officials said.

Analysts say the militia could shift its attacks to the Likasi-Kolwezi mining road. "Unemployed young men are the militia's reservoir, and the mines are hiring fewer of them," said Patrick Kalenga, a researcher at the University of Lubumbashi.
"""},
}
