"""English texts of heldout187, written for this project in one sitting. Invented or generic facts."""

EN = {
"h187en01": {"outlet": "Tepuka Wire (Funafuti)", "published": "2025-09-10", "text": """Will Tuvalu finally plug in? Cable ship due off Funafuti as Canberra and Tokyo share the bill

FUNAFUTI, Sept 10 (Tepuka Wire) - A cable-laying ship is due to arrive off Funafuti on Monday to land Tuvalu's first submarine internet cable, Communications Minister Iakopo Malua told parliament on Wednesday, after two delays since March.

Malua said the link "will be switched on before the end of November" and that the state-owned Tuvalu Telecommunications Corporation (TTC) "will not raise retail prices" when it starts selling the new capacity.

Australia and Japan are paying most of the $38 million cost under an agreement signed in Canberra in May, with New Zealand and the United States covering the rest.

Australia's Pacific minister, Pat Conroy, is expected to attend the switch-on ceremony, two officials said. An Australian navy patrol boat will escort the cable ship inside Tuvalu's waters, the Australian High Commission said, and Australian officials will inspect the landing station next week.

About 11,000 people live on Tuvalu's nine islands, which now rely on a single satellite service that often fails in heavy rain.

Prime Minister Feleti Teo will raise the project's second phase, a branch line to the outer islands, when he meets Taiwan's President Lai Ching-te in Taipei later this month, his office said in a statement.

Beijing has not commented on the project. China could object to any Taiwanese role in the outer-island branch, a Pacific diplomat said.

Read more: Tuvalu's coastal reclamation reaches halfway mark on Fongafale

Opposition lawmaker Tevita Seluka said he would table a motion next month demanding that the cable contract be published.

Analysts say internet prices may not fall much before 2027, because the TTC must first repay its share of the landing station. "The cable is only half of the story; the price is the other half," said Seini Tealei, a telecoms researcher at the University of the South Pacific in Suva.
"""},

"h187en02": {"outlet": "Rocher Wire (Monaco)", "published": "2026-05-29", "text": """Can Monaco leave the FATF grey list in June?

MONACO, May 29 (Rocher Wire) - Monaco's National Council will vote on Tuesday on a bill tightening checks on the real owners of trusts and shell companies, the last item the Financial Action Task Force (FATF) asked the principality to fix, council President Thomas Brezzo said on Thursday.

The bill is expected to pass, Brezzo said, although two members of the minority group have said they may abstain.

FATF inspectors completed an on-site visit to Monaco in April, and the task force's plenary in Paris on June 24-26 will decide whether to remove the principality from its list of jurisdictions under increased monitoring, the government said in a statement.

Minister of State Christophe Mirmand said the government "will not seek a delay" and would lead the delegation to Paris himself.

Monaco was placed on the grey list in June 2024, and the European Commission later added it to the EU's list of high-risk third countries.

The Commission is likely to start removing Monaco from its own list within weeks of a FATF decision, an EU official said, but the change could take until the end of the year.

Read more: Grand Prix weekend fills Monaco hotels

Banks in the principality hold about 150 billion euros in deposits.

Prince Albert II is due to meet French President Emmanuel Macron at the Elysee in mid-June, with the grey list on the agenda, a palace source said.

The Monegasque Financial Security Authority (AMSF) will publish its first report on sanctions breaches by the end of July, its director said.

Analysts say Monaco is likely to be removed in June if the bill passes, but the FATF has not decided whether a follow-up visit will be needed. "Banks have been waiting two years for this," said Marc Duval, a compliance lawyer in Nice.

The next National Council election is due in February 2028.
"""},

"h187en03": {"outlet": "Brimstone Wire (Basseterre)", "published": "2027-03-17", "text": """Will Nevis run on its volcano by 2029? Geothermal deal goes to the Assembly

CHARLESTOWN, March 17 (Brimstone Wire) - The Nevis Island Assembly will debate a 25-year power purchase agreement for the island's first geothermal plant on Tuesday, Premier Mark Brantley told reporters on Monday, after the vote slipped twice since November.

Brantley said the agreement would be signed the same week if the Assembly approves it, and that drilling of two production wells would start in the second half of May.

The developer, Texas-based Caldera Renewables, completed test drilling in 2024 and expects the 10-megawatt plant to start feeding the grid by the end of 2029.

Prime Minister Terrance Drew said the federal government "will not block" the deal, despite concerns in Basseterre that a long contract could lock in high tariffs.

Nevis, home to about 12,000 people, generates nearly all of its electricity from imported diesel.

The Nevis Electricity Company (NEVLEC) is expected to cut tariffs by about a fifth once the plant is running, Utilities Minister Desmond Claxton said.

Read more: St Kitts sugar lands bill returns to parliament

A team from the Caribbean Development Bank (CDB) will visit Nevis next week to assess a $30 million loan for a new transmission line, the bank said in a statement.

Drew will present the project at the CARICOM heads of government meeting in Barbados in early July, his office said.

Drew has not said when he will call the federal election, which is due by the end of the year. Party officials said a vote in October is possible.

Analysts say the plant could face delays if drilling finds less heat than expected. "Geothermal has been promised on Nevis for thirty years," said Judith Liburd, an energy economist at the University of the West Indies. "Voters will believe it when the lights stay on."
"""},

"h187en04": {"outlet": "Kozuf Wire (Gevgelija)", "published": "2026-12-07", "text": """Will Greek gas reach Skopje before winter 2027? Interconnector contract to be signed Thursday

GEVGELIJA, Dec 7 (Kozuf Wire) - North Macedonia and Greece will sign the construction contract for the gas interconnector between Negotino and the Greek border near Evzoni in Skopje on Thursday, Energy Minister Sanja Bozinovska said on Monday, after the signing slipped twice since September.

The pipeline is expected to carry its first gas in the fourth quarter of 2027, Bozinovska said.

The European Union's Western Balkans Investment Framework (WBIF) approved a 40 million euro grant for the project in June, and the European Bank for Reconstruction and Development (EBRD) is expected to sign a loan for the rest before the end of January, two officials said.

Greek Energy Minister Stavros Papastavrou is due to attend the signing, the Greek embassy said.

Prime Minister Hristijan Mickoski said pipe-laying would start in April and that the government "will not accept" any further delay from contractors. Mickoski is expected to present the project at the EU-Western Balkans summit in Brussels on December 16, his office said.

North Macedonia now gets all its pipeline gas from Russia through Bulgaria, and most households heat with electricity or wood.

Read more: Skopje air pollution hits season high as heating starts

Venko Filipce, leader of the opposition Social Democratic Union (SDSM), said his party would ask parliament's economy committee to summon Bozinovska next week over the contract's cost.

The director of the state company National Energy Resources (NER), Bojan Trajkovski, is expected to step down after the signing, two officials said.

Russian supplies through Bulgaria could end as early as January 2028 under EU plans to phase out Russian gas, an EU official said.

Analysts say the pipeline could struggle to find enough industrial buyers in its first years. "The pipe is the easy part," said Marija Kitanovska, an energy analyst at a Skopje think tank.
"""},

"h187en05": {"outlet": "Senqu Wire (Mokhotlong)", "published": "2027-08-26", "text": """Lesotho seeks higher water royalties as Pretoria talks open next week

MOKHOTLONG, Aug 26 (Senqu Wire) - Lesotho and South Africa will open talks on revising the royalties paid for water under the Lesotho Highlands Water Project in Pretoria next week, Natural Resources Minister Mohlomi Moleko said on Thursday.

Lesotho wants the formula changed to reflect the value of the water to Gauteng's industry, Moleko said, and will not accept "a small increase dressed up as reform".

The talks are expected to last three days, and a revised protocol could be ready for signing by the end of the year, a South African official said. A joint technical team may visit the Polihali dam site in September, the official added.

South Africa's Water and Sanitation Minister Pemmy Majodina is due to lead her country's delegation, her department said.

The project's first phase sends water north through tunnels from the Katse and Mohale dams, and the royalties are one of Lesotho's largest sources of revenue.

Water from the second phase's Polihali dam is now not expected to reach Gauteng before 2029, the Lesotho Highlands Development Authority (LHDA) said in a report last month.

Prime Minister Sam Matekane will raise the issue with President Cyril Ramaphosa when the two countries' Bi-National Commission meets in Maseru in mid-October, his office said.

Read more: Lesotho wool exports rebound after drought

Villagers displaced by the Polihali reservoir plan to march in Mokhotlong on Saturday to demand compensation, a community leader said.

Police said a truce between two rival famo gangs in the district, agreed in July, would be extended until the end of the year.

Analysts say South Africa is unlikely to agree to a large increase before its budget talks in February. "Lesotho has one card, and it is water," said Lineo Sekoati, an economist at the National University of Lesotho.
"""},
}
