"""English texts of heldout176, written for this project in one sitting. Invented or generic facts."""

EN = {
"h176en01": {"outlet": "Mandoul Wire (Doba)", "published": "2026-05-15", "text": """Chad and Cameroon to reopen pipeline tariff talks as Doba output slides

DOBA, May 15 (Mandoul Wire) - Chad and Cameroon will hold a new round of talks on the transit tariff for the Chad-Cameroon oil pipeline in Yaounde on May 26-27, Petroleum Minister Abdelkerim Mahamat Senoussi said on Thursday.

A first round in N'Djamena in February ended without agreement. The current tariff expires at the end of June.

"We will not accept a tariff that takes more than a third of what a barrel from Doba earns," Senoussi told reporters.

Cameroon's Minister of Water Resources and Energy, Gaston Eloundou Essomba, is expected to lead Yaounde's delegation, a Cameroonian official said. If the ministers reach a deal, President Mahamat Idriss Deby would travel to Yaounde to sign it with President Paul Biya, according to a source at the presidency in N'Djamena.

The Cameroon Oil Transportation Company (COTCO) said in a statement that it could cut pumping rates in July if Chad's arrears were not settled.

Read more: Chad's parliament adopts revised 2026 budget

The state oil company, Societe des Hydrocarbures du Tchad (SHT), plans to drill 12 new wells at the Doba fields before the end of the year, its director general, Brahim Adoum Ousmane, said.

The army will deploy an extra battalion along the pipeline route in Logone Oriental from next week, the defence ministry said.

A local ceasefire between the army and the Front for the Defence of Logone, agreed in March, expires on May 31. It may be extended, two local officials said, though the group has not said whether it will take part in talks.

Analysts say a tariff deal is likely before the end of June, but Doba's output could fall below 80,000 barrels a day before the end of the year.

"Neither capital can afford a shutdown," said Nodjiguem Allarassem, an energy economist in N'Djamena.
"""},

"h176en02": {"outlet": "Forecariah Wire (Forecariah)", "published": "2025-10-20", "text": """Will Simandou's first ore ship sail before Guinea votes?

FORECARIAH, Oct 20 (Forecariah Wire) - The first cargo of iron ore from the Simandou mine is expected to leave the port of Morebaya in mid-November, Guinea's Minister of Mines and Geology, Bouna Sylla, said on Sunday, after trial runs on the new 600-km railway ended last week.

President Mamadi Doumbouya will attend the loading ceremony, his office said.

The mine's partners, Rio Tinto and the China-backed Winning Consortium Simandou, aim to reach 60 million tonnes a year by 2028, a Rio Tinto spokesman said.

Sylla said the state "will not renegotiate" its 15 percent free stake in the project, rejecting calls from some partners to revisit the terms signed in 2022.

Guinea's National Transition Council (CNT) will question Sylla on how the mine's revenue will be shared on Thursday, the council's bureau said in a statement.

A Chinese delegation led by Commerce Minister Wang Wentao is expected in Conakry next week to discuss the railway's operating company, two diplomats said.

Read more: Guinea's central bank holds key rate, cites stable prices

Guinea holds a presidential election on December 28, the first since the 2021 coup. Doumbouya has not said whether he will run, although the new constitution approved in September allows him to.

Opposition leader Cellou Dalein Diallo, who lives in exile, said his party would boycott the vote unless detained activists were freed.

Port cranes at Morebaya have not yet been fully commissioned, and the first shipment could slip to December if the work is not finished in time, analysts say.

"Everyone wants a picture of the first ship before the election," said Aissatou Camara, a mining governance researcher in Conakry. "The harder question is what happens in the second year."

The railway, built across the Guinea Forest region, will also carry passengers from next year, the transport ministry said, though no ticket prices have been set.
"""},

"h176en03": {"outlet": "Hornad Wire (Kosice)", "published": "2026-09-30", "text": """Volvo's Kosice plant to start test production in January, minister says

KOSICE, Sept 30 (Hornad Wire) - Volvo Cars will start test production at its new plant in Valaliky near Kosice in January, Economy Minister Denisa Sakova said on Tuesday, after the start slipped from this autumn because of delays in the paint shop.

The government will ask parliament next week to approve an extra 45 million euros for the plant's access road and a 400-kV power line, Sakova said.

The European Commission is expected to decide by the end of November whether the 267 million euros in state aid promised to Volvo complies with EU rules, a Commission spokesperson said. If it finds the aid excessive, Brussels could order Slovakia to recover part of it.

Prime Minister Robert Fico is expected to visit the site with Volvo chief executive Hakan Samuelsson on October 15, the government office said.

Sweden's Minister for Foreign Trade, Benjamin Dousa, will lead a business delegation to Bratislava in November, the Swedish embassy said.

Read more: Slovakia's central bank trims 2027 growth forecast

Kosice region governor Rastislav Trnka said he would step down from the project's steering board if the road funding was not approved, calling the delays "a test of the state's word".

The metalworkers' union OZ KOVO expects to sign a collective agreement with Volvo before hiring for the production lines begins in November, its regional chairman, Marek Hudak, said.

The plant has not yet received its final building permit for the battery assembly hall, a ministry official said, adding that the permit was likely within weeks.

Analysts say full output of 250,000 cars a year is unlikely before 2029, as demand for electric cars in Europe remains weak.

"The first cars will come; the question is how many and how fast," said Juraj Lesko, an economist at a Kosice research institute.
"""},

"h176en04": {"outlet": "Aleipata Wire (Apia)", "published": "2027-04-15", "text": """Can Samoa keep both Canberra and Beijing at the wharf?

APIA, April 15 (Aleipata Wire) - Samoa's cabinet will decide next Wednesday whether to accept a Chinese-financed study for a new port at Vaiusu Bay, Prime Minister La'auli Leuatea Schmidt said on Tuesday, reviving a project that the previous government scrapped in 2021.

Australia's High Commissioner in Apia, Karen Whitfield, said Canberra would fund an upgrade of Matautu wharf worth 40 million Australian dollars if Samoa asked for it.

Japan's aid agency JICA is expected to sign a grant for two new container cranes at Matautu in June, a JICA official said.

China's embassy said in a statement that the study carried "no political conditions" and was a response to a request from Apia.

Samoa and Australia are due to hold the first joint committee meeting under their security partnership in Canberra in mid-May, La'auli said. An Australian navy patrol vessel will also visit Apia from May 3 to May 6, the Australian High Commission said.

Read more: Samoa's visitor arrivals rise on new Auckland flights

Tuilaepa Sailele Malielegaoi, leader of the opposition Human Rights Protection Party (HRPP), said his party would table a motion against the Vaiusu plan when parliament sits in May.

The Ministry of Works has not decided whether to reopen the tender for dredging the Matautu basin, officials said.

The question could come up at the Pacific Islands Forum leaders' meeting in September, diplomats in Apia said, where several members are weighing similar offers.

Analysts say Samoa may end up splitting the work, with Canberra paying for Matautu and Beijing funding a study that may never be built.

"Apia wants to show it can talk to everyone, but a port is not a study," said Mele Tuiasosopo, a lecturer in Pacific politics at the National University of Samoa.

Matautu handles almost all of Samoa's container traffic.
"""},

"h176en05": {"outlet": "Paragua Wire (Ciudad Guayana)", "published": "2025-05-06", "text": """Venezuela extends power rationing as Guri reservoir falls

CIUDAD GUAYANA, May 6 (Paragua Wire) - Venezuela will extend scheduled four-hour power cuts in 12 states until at least the end of May, Electric Energy Minister Jorge Marquez said on Monday, as the level of the Guri reservoir fell to its lowest point in six years.

The reduced working week for public employees, in force since April 14, will continue for six more weeks, Vice President Delcy Rodriguez said in a televised address.

President Nicolas Maduro will meet the governors of the worst-affected states on Thursday at the Miraflores palace, the presidency said.

Defence Minister Vladimir Padrino Lopez said troops would guard 40 substations from Wednesday to prevent what he called sabotage. The opposition has rejected the sabotage claims.

Read more: Venezuela's bolivar slides past 90 per dollar on the official market

Venezuelans vote in regional and legislative elections on May 25. The National Electoral Council (CNE) said polling stations would receive backup generators, but it has not said how many.

Opposition leader Maria Corina Machado urged supporters to stay away from the vote, which she called "a staged election".

The state power company Corpoelec expects the rainy season to lift the reservoir from mid-June, a company engineer said, but officials have not ruled out longer cuts if the rains come late.

Washington could also revoke the remaining licences that let foreign oil companies operate in Venezuela, U.S. officials have warned, cutting fuel supplies to thermal plants.

Analysts say rationing is likely to last until at least July, and that the cuts could weigh on turnout in the industrial states of Bolivar and Carabobo.

"The grid has been starved of maintenance for a decade," said Ramon Villegas, an energy consultant in Caracas. "Rain will buy time, not a solution."

The Guri dam on the Caroni river supplies most of Venezuela's electricity.
"""},
}
