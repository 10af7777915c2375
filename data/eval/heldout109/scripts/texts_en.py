"""English texts of heldout109, written for this project. Invented or generic facts."""

EN = {
"h109en01": {"outlet": "Tugela Wire (Durban)", "published": "2026-07-23", "text": """Will South Africa's local vote test the unity government? Polls set for November 4

DURBAN, July 23 (Tugela Wire) - South Africa will hold local government elections on November 4, Cooperative Governance Minister Velenkosini Hlabisa said on Wednesday after consulting the Electoral Commission of South Africa (IEC).

The proclamation is expected to be published in the Government Gazette next week, Hlabisa said.

The IEC will hold a final registration weekend on August 15 and 16, its chairperson Mosotho Moepya told reporters, adding that parties must submit candidate lists by September 11.

The vote will be the first since the African National Congress lost its parliamentary majority in May 2024 and formed the Government of National Unity with the Democratic Alliance and eight smaller parties.

ANC secretary-general Fikile Mbalula said the party's National Executive Committee would meet in Johannesburg from August 7 to 9 to approve mayoral candidates for the metros. President Cyril Ramaphosa will attend the Southern African Development Community (SADC) summit in mid-August before launching the ANC manifesto in Durban on August 29, party officials said.

Helen Zille, the DA's federal council chairperson, said on Tuesday the party "will not enter any pre-election pact" with the ANC.

Read more: Rand firms as Reserve Bank signals a pause

Jacob Zuma's uMkhonto weSizwe (MK) party has not decided whether to contest every ward in KwaZulu-Natal, two MK officials said. Msunduzi mayor Thembeka Ndlovu is expected to resign before the end of July, according to a person close to her.

Police officials said soldiers could be deployed in parts of KwaZulu-Natal on polling day.

A U.S. House committee may vote as early as September on a bill that would require sanctions on senior ANC officials, two congressional aides said.

Analysts say the ANC could fall below 40 percent in Johannesburg and eThekwini. "Voters are punishing service failures," said Lindiwe Mahlangu, a political analyst at the University of KwaZulu-Natal.
"""},

"h109en02": {"outlet": "Ping River Wire (Chiang Mai)", "published": "2027-02-14", "text": """Can Thailand elect its charter drafters before the rainy season?

CHIANG MAI, Feb 14 (Ping River Wire) - Thailand's Election Commission (EC) will hold the vote for a 200-member Constitution Drafting Assembly on May 9, EC secretary-general Kittipong Saengthong said on Saturday.

Candidates will register from March 15 to March 19, he said. "We want the drafters seated before the rainy season," Kittipong added. EC officials said results would be announced within 10 days of polling.

Parliament approved the amendment creating the assembly in a joint sitting on January 27, after voters backed a new charter in a referendum held alongside the February 2026 general election.

The opposition People's Party will field candidates in all 77 provinces, its leader Natthaphong Ruengpanyawut said. A group of senators could ask the Constitutional Court to rule on whether the assembly may redraft the chapters on the monarchy, two senators said. Government spokeswoman Siriporn Kaewmanee said the government "will not touch" those chapters.

Read more: Bank of Thailand seen holding rates as baht firms

On the Cambodian border, Thai and Cambodian officers are due to meet in Chanthaburi on Thursday for a Regional Border Committee session, the Second Army Area said. The army will pull two infantry battalions back from Sa Kaeo province by the end of March if the ceasefire holds, it said.

Army officers privately expect the truce to hold at least until the assembly vote. Foreign Minister Sihasak Phuangketkeow is expected to visit Phnom Penh in early March to discuss reopening border checkpoints, the foreign ministry said.

Analysts say turnout could fall below 50 percent because the assembly vote is not tied to a general election. "Many voters do not know what the assembly is for," said Pornpimol Srisuk, a lecturer in political science at Chiang Mai University.
"""},

"h109en03": {"outlet": "Warta Wire (Poznan)", "published": "2026-01-16", "text": """Poland to sign record EU defence loan as Nawrocki weighs veto

POZNAN, Jan 16 (Warta Wire) - Poland will sign a 43.7 billion euro loan agreement with the European Commission under the EU's Security Action for Europe (SAFE) programme in Brussels on January 29, Defence Minister Wladyslaw Kosiniak-Kamysz said on Thursday.

Poland is the largest beneficiary of the programme, which EU governments adopted in May last year.

The Sejm votes on Wednesday on a law creating a special fund to manage the money, and the ruling coalition is expected to pass it comfortably.

President Karol Nawrocki has not said whether he will sign the law. His chief of staff, Zbigniew Bogucki, said on Tuesday the president "could veto" it if the loans tie Poland to buying weapons mainly from EU firms.

Prime Minister Donald Tusk said the government "will not give up a single euro" of the loan.

The first contracts, for air-defence systems and drones for the East Shield programme along the borders with Russia and Belarus, are expected in the second quarter, a defence ministry official said. Work on the East Shield fortifications will resume in early March after the winter pause, the ministry said in a statement.

Read more: Polish central bank holds rates, sees inflation near target

Foreign Minister Radoslaw Sikorski will press for Russia's shadow fleet to be targeted in the next sanctions package when EU foreign ministers meet in Brussels on January 26, his spokesman said. Andrius Kubilius, the EU defence commissioner, is expected to visit the logistics hub in Rzeszow next month, EU diplomats said.

Warsaw hopes NATO leaders will back a permanent allied brigade on the eastern flank at their summit in Ankara on July 7-8.

Analysts say the dispute over the loan could dominate the campaign for the 2027 parliamentary election. "Both camps want to own the defence issue," said Marta Zielinska, a security analyst at a Krakow think tank.
"""},

"h109en04": {"outlet": "Loa River Wire (Calama)", "published": "2027-05-12", "text": """Chile races to keep copper cathodes out of U.S. tariffs

CALAMA, May 12 (Loa River Wire) - Chilean trade negotiators will travel to Washington next week for talks with the Office of the U.S. Trade Representative (USTR) on keeping refined copper cathodes exempt from U.S. tariffs, Undersecretary for International Economic Relations Matias Errazuriz said on Tuesday.

Washington imposed a 50 percent tariff on semi-finished copper products in August 2025 but left cathodes, which make up most of Chile's shipments to the United States, untouched. Copper makes up about half of Chile's exports by value.

The U.S. Commerce Department is due to decide by June 30 whether to extend the tariff to cathodes, according to two people familiar with the talks. Santiago will submit written comments to the department within 10 days, Errazuriz said. The delegation will also meet Commerce Department officials on May 20, he said.

"Chile will not accept quotas on its copper," Mining Minister Ignacio Barahona told reporters in Antofagasta.

Read more: Peso slips as copper retreats from record

Chile and the United States could sign a critical-minerals memorandum when President Jose Antonio Kast visits Washington in late June, officials in Santiago said. A Chinese commerce ministry delegation is expected in Santiago in early June, a foreign ministry official said.

At state miner Codelco, chairman Esteban Rivas is expected to step down before the end of June after a second year of falling output, two board sources said.

Workers at the Escondida mine, the world's largest, could strike from June 1 if wage talks fail, Escondida's Union No. 1 said in a statement.

Analysts say copper prices could climb above $13,000 a tonne if Washington extends the tariff. "The market is pricing a deal, not a rupture," said Valentina Ossandon, a commodities economist at a Santiago brokerage.
"""},

"h109en05": {"outlet": "Hora Lake Wire (Bishoftu)", "published": "2025-11-17", "text": """Can Ethiopia break ground on its $10bn airport before the AU summit?

BISHOFTU, Nov 17 (Hora Lake Wire) - Ethiopia will sign a $1.2 billion financing agreement with lenders led by the African Development Bank (AfDB) for the new Bishoftu International Airport on Thursday in Addis Ababa, Finance Minister Ahmed Shide said on Sunday.

The AfDB board approved its share of the package on November 5, and its president, Sidi Ould Tah, will attend the signing on his first visit to Ethiopia since taking office in September, the bank said in a statement.

Prime Minister Abiy Ahmed is expected to lay the foundation stone before the African Union summit on February 14-15, Ethiopian Airlines Group Chief Executive Mesfin Tasew said. The airport's first phase is planned to handle 60 million passengers a year.

Separately, federal troops have been reinforced along the border with Eritrea in recent weeks. Abiy told parliament last month that Ethiopia "will not go to war" to gain access to the sea. More federal units could move to the Afar region within days, two Western diplomats said.

Read more: Birr weakens past 150 per dollar on the parallel market

Tigray People's Liberation Front (TPLF) leaders and federal officials are due to meet in Addis Ababa next week to review the 2022 Pretoria agreement, the African Union Commission said. AU officials fear the truce could unravel before the general election on June 21.

A delegation from China Communications Construction Company, which is bidding for the terminal contract, is expected in Addis Ababa early next month, according to a person familiar with the tender.

Analysts say the airport's cost could exceed $12 billion if the birr keeps falling. "The numbers were set before the float," said Henok Alemu, an economist at an Addis Ababa research institute.
"""},
}
