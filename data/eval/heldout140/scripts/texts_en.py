"""English texts of heldout140, written for this project in one sitting. Invented or generic facts."""

EN = {
"h140en01": {"outlet": "Zhaiyk Wire (Uralsk)", "published": "2026-06-11", "text": """Can Astana get more water out of Moscow for the shrinking Ural?

URALSK, June 11 (Zhaiyk Wire) - Kazakhstan and Russia will hold a meeting of their joint commission on transboundary rivers in Orenburg next Tuesday, Water Resources Minister Nurzhan Nurzhigitov said on Wednesday.

The river's spring flow in April was 41 percent below the long-term average, the state weather service Kazhydromet said.

Nurzhigitov said Kazakhstan would ask Russia to release at least 500 million cubic metres from the Iriklinskoye reservoir during July and August. Russia's natural resources ministry has not said whether it will agree.

A new water-sharing agreement could be signed by the end of the year, according to two officials familiar with the talks.

Prime Minister Olzhas Bektenov will travel to Moscow next week, the government press service said, and is due to meet Russian Prime Minister Mikhail Mishustin for talks that are expected to include the Ural and the Caspian.

Read more: Kazakhstan lifts export ban on cattle as pastures recover

The Caspian shoreline near Aktau has retreated by several hundred metres in five years, and dredging of the port's approach channel will begin on July 1, the transport ministry said in a statement.

President Kassym-Jomart Tokayev is expected to raise the Caspian at the summit of the five littoral states, which Tehran hopes to host in August, diplomats in Astana said. Iran has not yet set a date.

The head of the West Kazakhstan region's water agency resigned on Monday after farmers' protests over irrigation cuts.

Tokayev is likely to return to the issue in his annual state-of-the-nation address in September, his spokesman said.

Analysts say the Caspian's level could fall by another 30 centimetres by 2030 if Russian releases on the Volga stay at current levels. "Without a binding quota, each dry year becomes a diplomatic crisis," said Aigerim Sadykova, a water policy researcher at an Almaty institute.
"""},

"h140en02": {"outlet": "Riachuelo Post (Buenos Aires)", "published": "2027-02-15", "text": """Argentina to roll over China swap as Washington watches

BUENOS AIRES, Feb 15 (Riachuelo Post) - Argentina's central bank will sign the renewal of the activated $5 billion tranche of its currency swap with the People's Bank of China in Beijing next week, central bank President Santiago Bausili told reporters on Monday.

The tranche was first activated in 2023 to pay import bills and IMF installments.

Economy Minister Luis Caputo said Argentina "will not choose between Washington and Beijing" and that the U.S. Treasury's $20 billion swap line signed in October 2025 "is not at risk".

Caputo will travel to Washington in mid-March for talks with U.S. Treasury Secretary Scott Bessent, his ministry said. He is also expected to meet IMF Managing Director Kristalina Georgieva during the trip, a ministry official said.

The U.S. Commerce Department could restrict exports to the Chinese-run space station in Neuquen province, a person familiar with the discussions said. Washington has long questioned the station's military use.

Read more: Argentina's inflation slows to 1.9% in January

The central bank's deputy governor, Marina Cortese, is expected to step down after the Beijing signing, two people close to the bank said.

Analysts say the central bank could cut its benchmark rate by 200 basis points at its meeting on Thursday, citing slowing inflation.

Argentina holds presidential and legislative elections on October 24. President Javier Milei has said he will seek a second term, and his La Libertad Avanza party will hold its candidate convention in Cordoba in late June.

Milei is likely to skip the Mercosur summit in Montevideo in early July, a presidential spokesman said, adding that Foreign Minister Pablo Quirno would lead the delegation.

"The renewal buys time, but the market wants to know who will be the lender of last resort in 2028," said Tomas Iribarne, an economist at a Buenos Aires consultancy.
"""},

"h140en03": {"outlet": "Strahov Wire (Prague)", "published": "2027-09-18", "text": """Will Pavel run again? Czechs look to January presidential vote

PRAGUE, Sept 18 (Strahov Wire) - Senate President Milos Vystrcil is due to announce the date of the next presidential election next week, his office said on Friday, with the first round expected on January 14-15, 2028.

A run-off, if needed, would be held two weeks later, on January 28-29.

President Petr Pavel, who won the January 2023 run-off with 58 percent of the vote, has not said whether he will seek a second term. His decision is expected by the end of October, an aide said.

Prime Minister Andrej Babis said on Thursday that his ANO movement "will field its own candidate" and would name him in November.

Nominations close in early November, and each candidate needs 50,000 citizens' signatures or the backing of 20 lawmakers or 10 senators.

Pavel will visit Washington in mid-October for talks with President Donald Trump on defence spending, the presidential office said.

Read more: Czech inflation eases to 2.3% in August

Babis will attend the European Council in Brussels on October 21-22, where leaders are expected to discuss a possible ceasefire in Ukraine.

Pavel said on Wednesday that a ceasefire in Ukraine "could come this winter", but warned against "a deal that rewards aggression".

The Czech army will send about 200 more troops to the NATO battlegroup in Lithuania from January, the defence ministry said in a statement.

Defence Minister Jaromir Zuna could resign if the cabinet cuts next year's defence budget below 2 percent of GDP, two coalition sources said.

Analysts say Pavel would be favoured in a run-off against an ANO candidate. "The question is less whether he wins than whether he wants to," said Klara Vesela, a political scientist at a Brno university.
"""},

"h140en04": {"outlet": "Mukuvisi Wire (Harare)", "published": "2025-12-10", "text": """Zimbabwe holds firm on lithium export ban as Chinese miners push back

HARARE, Dec 10 (Mukuvisi Wire) - Zimbabwe's ban on exports of lithium concentrate will take effect on January 1, 2027 as planned, Mines Minister Winston Chitando said on Tuesday, rejecting calls from Chinese-owned miners for a two-year delay.

Chitando said the government "will not reverse" the ban.

The chief executive of the state Minerals Marketing Corporation of Zimbabwe (MMCZ) resigned on Monday, two days after an audit of lithium export permits.

Huayou Cobalt's Arcadia mine is expected to commission its lithium sulphate plant by the end of March, a company official said. The cabinet is also expected to approve a higher lithium royalty next Tuesday, two government sources said.

Vice President Constantino Chiwenga is likely to visit Beijing in the second week of January, where Zimbabwe and China are expected to sign a lithium value-chain agreement, according to a diplomat in Harare.

Read more: Zimbabwe's tobacco farmers brace for a late rainy season

The Zimbabwe Defence Forces will deploy troops to mining areas in Bikita and Goromonzi from Monday to stop illegal mining, the army said in a statement.

The U.S. Treasury may add two lithium traders linked to senior officials to its Global Magnitsky sanctions list, a person familiar with the matter said. Washington ended its broader Zimbabwe sanctions programme in March 2024.

President Emmerson Mnangagwa is expected to attend a SADC extraordinary summit in Gaborone on December 19 on eastern Congo, his spokesman said. The ceasefire between Kinshasa and the M23 rebels, which expires at the end of December, could be extended by three months, regional diplomats said.

Analysts say lithium output could fall by a third in 2027 if processing plants are not ready. "The ban is good policy on paper, but power shortages make it hard to refine locally," said Tendai Moyo, a mining economist at a Harare research institute.
"""},

"h140en05": {"outlet": "Song Han Wire (Da Nang)", "published": "2026-04-19", "text": """Can Vietnam shake off the EU's yellow card this year?

DA NANG, April 19 (Song Han Wire) - A European Commission inspection team will arrive in Hanoi on Tuesday for a ten-day mission to review Vietnam's fight against illegal, unreported and unregulated (IUU) fishing, the Ministry of Agriculture and Environment said on Sunday.

The team is due to meet Deputy Prime Minister Tran Hong Ha, who heads the national IUU steering committee, and to inspect the ports of Da Nang and Quy Nhon, the ministry said.

The EU issued the yellow card in October 2017, and Vietnam has failed four inspections since.

Vietnam fined more than 120 vessel owners for disabling their satellite trackers in the first quarter, the ministry said.

The Commission could lift the card as early as October if the team's report is positive, two EU officials said. A red card, which would ban Vietnamese seafood from the EU, is unlikely, one of them added.

Minister of Agriculture and Environment Do Duc Duy is likely to travel to Brussels in late June, a ministry official said.

Read more: Vietnam's rice exports hit a three-year high in March

The coast guard will deploy 12 more patrol vessels to the Gulf of Tonkin from May 1, the Vietnam Coast Guard command said.

Vietnam and Indonesia are expected to sign a fisheries cooperation memorandum in Jakarta next month, the foreign ministry said.

The National Assembly will debate amendments to the fisheries law at its session opening next month, including fines of up to 2 billion dong for vessel owners.

Vietnam will present a progress report to the European Parliament's fisheries committee in early June, Duy said.

Analysts say seafood exports to the EU could rise by 15 percent in 2027 if the card is lifted. "Brussels wants to see court cases, not just fines," said Nguyen Thi Lan, a fisheries economist in Ho Chi Minh City.
"""},
}
