"""English texts of heldout179, written for this project. Invented or generic facts."""

EN = {
"h179en01": {"outlet": "Maritsa Wire (Plovdiv)", "published": "2026-10-06", "text": """Bulgaria takes its costly Botas gas deal back to the table

SOFIA, Oct 6 (Maritsa Wire) - Bulgarian and Turkish negotiators will meet in Ankara on Thursday to discuss changes to the 13-year agreement between state gas trader Bulgargaz and Turkey's BOTAS, Energy Minister Todor Vasilev said on Monday.

The deal, signed in January 2023, gives Bulgargaz access to Turkish LNG terminals and pipelines for a fixed fee that critics put at about 500,000 euros a day.

Vasilev said Sofia would ask to cut the fee by at least a third and would not pay for capacity it does not book. "Cancelling is not our aim, but it is not off the table either," he said.

Turkish Energy Minister Alparslan Bayraktar is expected to visit Sofia in the second half of November, a Bulgarian government official said. Ankara has not said whether it is ready to reopen the contract.

Read more: Bulgaria's inflation eases to 3.1% in September

The board of Bulgargaz is due to vote on October 15 on a proposal to replace its chief executive, Desislava Marinova, who signed the deal's latest annex, two people familiar with the matter said. Marinova could resign before the vote, one of them said.

Parliament's energy committee will question Vasilev next week. Kostadin Kostadinov, leader of the nationalist Vazrazhdane party, has called the contract "a Turkish tax".

The European Commission is assessing whether the deal breaches EU competition rules and could open a formal investigation by the end of the year, an EU official said.

Bulgaria's prime minister will attend the European Council in Brussels on October 22-23, the government press office said, and plans to raise the cost of long-term gas contracts with other leaders.

Analysts say a settlement is unlikely before March, when Bulgargaz must book capacity for the next gas year. "Ankara holds the better cards in winter," said Kalina Stoeva, an energy analyst at a Sofia think tank.
"""},

"h179en02": {"outlet": "Rio Muni Wire (Bata)", "published": "2025-12-09", "text": """Will Malabo and Yaounde finally share the Yoyo-Yolanda gas?

MALABO, Dec 9 (Rio Muni Wire) - Equatorial Guinea and Cameroon will sign a unitisation agreement for the cross-border Yoyo-Yolanda gas field in Malabo on December 18, Hydrocarbons Minister Antonio Oburu Ondo said on Monday, ending a decade of talks.

The two governments signed a framework treaty on cross-border fields in 2008 but never agreed how to split the reserves.

Cameroon's mines minister, Fuh Calistus Gentry, is expected to lead Yaounde's delegation to the signing, a Cameroonian official said. Cameroon's government spokesman, Rene Emmanuel Sadi, said on Sunday the agreed split "respects Cameroon's interests", but gave no figures.

Gas from the field would be piped to the Punta Europa complex on Bioko island, where Chevron is expected to take a final investment decision on the development in the first half of 2026, two industry sources said. Oburu Ondo said first gas could flow as early as 2028.

The signing follows a shootout on November 24 near the border town of Kye-Ossi that killed a Cameroonian gendarme. Local commanders agreed a ceasefire the next day, which the Equatorial Guinean defence ministry said would remain in force until the two armies agree on joint patrol rules. A joint border commission will meet in Ebebiyin within 10 days, the ministry said.

Read more: Equatorial Guinea cuts fuel subsidies as oil output slides

Presidents Teodoro Obiang Nguema Mbasogo and Paul Biya could meet on the sidelines of the summit of the Economic and Monetary Community of Central Africa (CEMAC) in Yaounde in January, diplomats said.

Both countries need gas revenue: Equatorial Guinea's oil output has halved in a decade, and Cameroon's National Hydrocarbons Corporation (SNH) has warned of shortages at its Kribi plant.

Analysts say Cameroon's parliament may not ratify the agreement before 2027. "Yaounde ratifies slowly when the money is not yet flowing," said Brice Ndongo, an energy lawyer in Douala.
"""},

"h179en03": {"outlet": "Layou Wire (Roseau)", "published": "2027-01-19", "text": """Can Dominica save its passport programme from a U.S. visa ban?

ROSEAU, Jan 19 (Layou Wire) - Dominica's parliament will vote on Thursday on a bill placing its citizenship-by-investment programme under a regional regulator, Prime Minister Roosevelt Skerrit said on Monday, as the island races to meet a U.S. demand for tighter vetting.

The U.S. State Department warned in December that it could suspend most visas for Dominican nationals unless the island stopped selling passports to applicants who never live there. Washington expects a written response by January 31, a U.S. embassy official in Bridgetown said.

Skerrit said Dominica "will not scrap" the programme, which funds about a third of government revenue, but would add in-person interviews for all applicants from March.

The bill would make Dominica the first member to hand oversight to the Eastern Caribbean Citizenship by Investment Regulatory Authority (ECCIRA), which is expected to start work in April, an official of the Organisation of Eastern Caribbean States (OECS) said.

Foreign Minister Vince Henderson is due to travel to Washington next week for talks at the State Department, his ministry said.

Read more: Dominica's new international airport gets first runway contract

Marcia Laudat, a lawmaker of the opposition United Workers' Party (UWP), said the party would boycott Thursday's vote. Skerrit, whose Dominica Labour Party won 19 of 21 seats in December 2022, has said the next general election will be held when it falls due in 2028.

CARICOM leaders are expected to discuss U.S. visa policy at their intersessional meeting in Basseterre, St Kitts, on February 24-25, diplomats said. EU diplomats said Brussels could also propose suspending visa-free travel for Dominicans as early as March.

Analysts say applications could fall by half this year. "Buyers want certainty, and this island has not been able to offer it for two years," said Keisha Baptiste, a lecturer in public policy at the UWI Open Campus in Roseau.
"""},

"h179en04": {"outlet": "Cottica Wire (Albina)", "published": "2026-04-14", "text": """Suriname and France set a date for the Maroni bridge deal

ALBINA, April 14 (Cottica Wire) - Suriname and France will sign a financing agreement for a road bridge across the Marowijne River between Albina and Saint-Laurent-du-Maroni in Paramaribo on April 27, Public Works Minister Ravi Ramdin said on Monday.

The two countries first agreed to study a bridge in 2010, but the project stalled after a 2019 feasibility report put its cost at about 140 million euros. Today, cars and trucks cross the river on a ferry that runs only in daylight.

French Overseas Minister Naima Moutchou is expected to attend the signing, a French diplomat in Paramaribo said, and will meet President Jennifer Geerlings-Simons during the trip.

Under the agreement, the French Development Agency (AFD) would lend Suriname 60 million euros. Ramdin said a construction tender would be launched in September, and that works could start in 2028 if it attracts enough bids.

Separately, Surinamese soldiers and French Foreign Legion units will begin joint river patrols against illegal gold mining from May 1, the French Guiana prefecture said in a statement. Geerlings-Simons said on Saturday that Suriname "will not allow" foreign troops on its bank of the river, and that each force would stay on its own side.

Read more: Suriname's central bank holds rates as inflation slows

A joint cross-border commission will meet in Cayenne in mid-June to set toll and customs rules for the crossing.

Traditional leaders in Albina say they were not consulted about land needed for the bridge approach. Erwin Pinas, a village captain, said residents would block the ferry ramp for 24 hours on Friday unless the ministry meets them first.

Analysts say the bridge is unlikely to open before 2031, given the river's soft banks and Suriname's record of delayed public works. "The signing is the easy part," said Chantal Wongsodikromo, an economist at the Anton de Kom University in Paramaribo.
"""},

"h179en05": {"outlet": "Abaiang Wire (South Tarawa)", "published": "2027-06-08", "text": """Will Kiribati open the Phoenix Islands to tuna fleets?

SOUTH TARAWA, June 8 (Abaiang Wire) - Kiribati's parliament will hold a final vote on Friday on a bill allowing licensed purse-seine vessels to fish in the eastern half of the Phoenix Islands Protected Area (PIPA), Fisheries Minister Kaubwai Teriano said on Monday.

The bill is expected to pass, as President Taneti Maamau's Tobwaan Kiribati Party holds a clear majority in the Maneaba ni Maungatabu.

Kiribati closed PIPA, an area roughly the size of California, to commercial fishing in 2015.

Teriano said licences would be issued from August, and that fishing would remain banned within 12 nautical miles of the islands.

Opposition leader Banuera Ioteba said his party would challenge the law in the High Court if it passes, arguing that landowners on Kanton were never consulted.

A U.S. Coast Guard cutter is due to begin shiprider patrols with Kiribati police officers in the area later this month, the U.S. Embassy in Suva said.

Read more: Kiribati opens new desalination plant on Betio

A fishing access agreement with a Chinese state-owned fishing company could be signed before the end of the year, two officials in the fisheries ministry said. China's embassy said on Sunday it had "not requested" access for any Chinese fleet.

The technical committee of the Western and Central Pacific Fisheries Commission (WCPFC) will review the plan in Pohnpei from September 22 to 28. Maamau is expected to defend it at the Pacific Islands Forum leaders' meeting in September, his office said.

Analysts say licence fees could bring in about 40 million dollars a year from 2028, close to a fifth of the national budget. "Tarawa sees empty water and foreign boats fishing just outside it," said Rosie Kirata, a marine policy researcher at the University of the South Pacific.
"""},
}
