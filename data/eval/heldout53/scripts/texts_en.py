"""English texts of heldout53, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h53en01": {"outlet": "Catumbela Wire", "published": "2026-06-10", "text": """Angola's Lobito rail operator lines up $550 million for wagons, guarantee vote Thursday

LOBITO, June 10 (Catumbela Wire) - The Lobito Atlantic Railway consortium expects to sign a $550 million loan package with the U.S. International Development Finance Corporation (DFC) and Afreximbank in Washington in the second half of July, its chief executive, Rui Gomes, said on Tuesday.

The money would buy 1,500 wagons and 35 locomotives, Gomes said.

Angola's National Assembly will vote on Thursday on a sovereign counter-guarantee covering a third of the package, the parliament's economy and finance committee said. The ruling MPLA is expected to carry the vote, while the opposition UNITA could abstain, two party officials said.

The consortium, in which Portugal's Mota-Engil holds a large stake, took over the line under a 30-year concession signed in November 2022.

Transport Minister Ricardo Viegas de Abreu will travel to Kinshasa next week for talks with his Congolese counterpart on a rail spur to Kolwezi's copper mines, the ministry said on Tuesday.

Read more: Angola's oil output slips below 1 million barrels a day in May

A DFC board vote on the loan is scheduled for July 9, a DFC spokesperson said. The European Union could add 100 million euros through its Global Gateway programme before the end of the year, EU officials said. President Joao Lourenco is likely to promote the corridor at the U.S.-Africa Business Summit in Washington in late July, an aide said.

Analysts say the financing could slip into 2027 if copper prices keep falling. Zambia's general election on August 13 may also delay a decision on a new line linking Zambia's Copperbelt to the corridor, they add.

Gomes said the company "will not raise freight tariffs this year" despite higher fuel costs. The board of the Port of Lobito accepted the resignation of its chairman on Monday, and a successor is expected within days, the port said in a statement.
"""},

"h53en02": {"outlet": "Kokoda Wire", "published": "2026-09-18", "text": """PNG court to rule on Bougainville vote threshold before parliament acts

PORT MORESBY, Sept 18 (Kokoda Wire) - Papua New Guinea's Supreme Court will give its opinion on the majority needed to ratify the result of Bougainville's 2019 independence referendum on October 2, the court's registrar said on Thursday.

The national government asked the court in July whether parliament must approve the result by a two-thirds majority, as Prime Minister James Marape has argued, or by a simple majority, as the Autonomous Bougainville Government insists. Nearly 98% of Bougainvilleans voted for independence in the non-binding ballot.

Marape said on Wednesday that parliament "will respect whatever the court decides", and that the ratification vote would be held before the end of November.

Bougainville President Ishmael Toroama told reporters in Buka that the region would declare independence "no later than September 1, 2027", whatever the outcome in Port Moresby. Analysts say the dispute could dominate the campaign for the general election, due in June 2027.

The Joint Supervisory Body, which brings together both governments, is due to meet in Kokopo in the second week of October to prepare the tabling, officials said. The independent moderator, former New Zealand governor-general Jerry Mateparae, is expected to attend.

Read more: PNG's kina weakens as central bank tightens its crawling peg

Opposition Leader Douglas Tomuriesa said his bloc would boycott the ratification vote if the court lowers the threshold.

Defence Minister Billy Joseph said on Thursday the PNG Defence Force would deploy 200 more soldiers to Buka "within weeks" to protect government installations, a move Toroama called unnecessary.

Australian Defence Minister Richard Marles will visit Port Moresby next week for talks with Marape on the Pukpuk defence treaty, the Australian High Commission said. Canberra has pledged to stay neutral on Bougainville's future.
"""},

"h53en03": {"outlet": "Titicaca Wire", "published": "2025-09-02", "text": """Bolivia rushes in diesel cargoes ahead of October 19 runoff

LA PAZ, Sept 2 (Titicaca Wire) - Bolivia's state energy company YPFB will receive three diesel cargoes through the Chilean port of Arica by mid-September under a $180 million credit line from a regional trader, the company said on Monday.

Hydrocarbons Minister Alejandro Gallardo said the supplies should end queues at filling stations "within two weeks". He said on Monday that the government would not raise subsidised fuel prices before it leaves office on November 8.

Gallardo will travel to Lima next week for talks with Peruvian officials on a second supply route through the port of Ilo, the ministry said.

The runoff on October 19 pits centrist Senator Rodrigo Paz of the Christian Democratic Party against former president Jorge "Tuto" Quiroga of the Libre alliance. Paz, a surprise winner of the first round on August 17 with about 32% of the vote, is likely to win narrowly, according to a poll by Encuestas Andinas published on Sunday.

Both candidates have promised to overhaul fuel subsidies that cost the state about $2 billion a year. Quiroga said he would seek an International Monetary Fund programme "in the first 100 days" if elected, while Paz has ruled out an IMF loan.

Read more: Bolivia's lithium auction draws three bidders

Observers from the Organization of American States will arrive on October 5, the Supreme Electoral Tribunal (TSE) said. The winner is expected to attend the Mercosur summit in Brazil in December, diplomats in La Paz said.

Economists say a devaluation of the boliviano is possible before the end of the year, whoever wins. The central bank will not change its official exchange rate before the new government takes office, its president, Edwin Rojas, said last week.
"""},

"h53en04": {"outlet": "Chao Phraya Wire", "published": "2026-01-19", "text": """ASEAN to expand Thai-Cambodian border monitoring team as truce holds

BANGKOK, Jan 19 (Chao Phraya Wire) - The ASEAN observer team monitoring the ceasefire on the Thai-Cambodian border will grow from 24 to 40 members by the end of February, Malaysia's foreign ministry said on Sunday, as a truce agreed on December 27 largely held.

The new observers, drawn from Indonesia, Malaysia and the Philippines, are expected to be posted in the Ta Moan Thom temple area within 10 days, Cambodia's defence ministry spokeswoman Maly Socheata said.

Thai and Cambodian army commanders will meet at the Regional Border Committee in Chanthaburi on Thursday to agree on rules for pulling back heavy weapons, the Royal Thai Army said. Thai Defence Minister Nattaphon Narkphanit said on Saturday that Thailand "will not pull back a single artillery piece" until the observers confirm that newly laid landmines have been cleared.

Read more: Thai exports rise 8% in December on electronics demand

Phnom Penh's ban on Thai fruit, vegetable and fuel imports, in place since June, will stay until all crossings reopen, Commerce Minister Cham Nimul said. Thailand could reopen the Khlong Luek checkpoint opposite Poipet to trade as early as mid-February, a senior Thai official said on condition of anonymity.

Malaysian Prime Minister Anwar Ibrahim, who brokered the truce, is expected to visit Phnom Penh and Bangkok in early February, Malaysian officials said.

The observers will deliver their first report to ASEAN foreign ministers at a retreat in the Philippines in late January. The December fighting displaced more than 400,000 people on both sides of the border, according to aid agencies.

Thailand holds a general election on February 8. Analysts say a new government in Bangkok could reopen talks on the 2000 memorandum on land boundary surveys, which Thai nationalists want scrapped.
"""},

"h53en05": {"outlet": "Zambezi Wire", "published": "2025-11-13", "text": """Mozambique to rule on TotalEnergies' LNG cost claim by month-end as restart nears

MAPUTO, Nov 13 (Zambezi Wire) - Mozambique's Council of Ministers will decide by the end of November whether to grant TotalEnergies a 10-year extension of its development licence and let it recover $4.5 billion in extra costs, Mineral Resources and Energy Minister Estevao Pale said on Wednesday.

"The government will not approve the full amount," Pale told reporters in Maputo, adding that an independent audit of the costs would be completed in the first quarter of 2026.

TotalEnergies lifted force majeure on the $20 billion Mozambique LNG project in late October, more than four years after an insurgent attack on the nearby town of Palma forced it to halt construction.

President Daniel Chapo will travel to Paris next week, where he is expected to meet TotalEnergies chief executive Patrick Pouyanne, two government sources said.

Read more: Mozambique's metical steady as central bank holds rates

UK Export Finance could withdraw its $1.15 billion loan before the end of the year, according to a British official, although the U.S. Export-Import Bank confirmed its $4.7 billion financing in March.

Insurgents linked to Islamic State have stepped up attacks in Cabo Delgado province since July, according to the monitoring group ACLED.

Rwanda will send 1,000 more troops to Palma and Mocimboa da Praia by the end of January, Rwandan military spokesman Brigadier General Ronald Rwivanga said.

The opposition Podemos party will demand a parliamentary debate on the contract terms when the Assembly of the Republic meets in early December, its leader Albino Forquilha said.

The chairman of state oil company ENH, Agostinho Langa, could step down before the end of the year, according to two people familiar with the matter.

Analysts say the first cargo is unlikely before 2029.
"""},
}
