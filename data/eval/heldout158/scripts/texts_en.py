"""English texts of heldout158, written for this project. Invented or generic facts."""

EN = {
"h158en01": {"outlet": "Sarangkot Wire (Pokhara)", "published": "2026-04-08", "text": """Will China turn Pokhara airport's loan into a grant? Nepal to ask Beijing next week

POKHARA, April 8 (Sarangkot Wire) - Nepal will formally ask China to convert the remaining $216 million loan for Pokhara International Airport into a grant when Foreign Minister Rabindra Ghimire visits Beijing next week, Finance Minister Suman Bhattarai said on Tuesday.

Ghimire is expected to meet Chinese Foreign Minister Wang Yi on April 15, a foreign ministry official said. The two governments are also expected to sign an implementation plan for the Belt and Road framework agreement during the trip, two officials said.

The airport opened in January 2023 but has handled only a handful of international flights, mostly charters, while repayments have already begun.

China's ambassador in Kathmandu, Chen Song, said on Monday that Beijing had "not received any request" and that loan terms would not be negotiated through the media.

Sichuan Airlines could start weekly Chengdu-Pokhara flights as early as June, according to Hemanta Baniya, director general of the Civil Aviation Authority of Nepal (CAAN).

Read more: Nepal's tourist arrivals rise 12% in first quarter

Parliament's Public Accounts Committee will hold a hearing on alleged cost inflation at the airport on Friday. The Commission for the Investigation of Abuse of Authority (CIAA) may file a case against former airport officials before the end of May, a person familiar with the inquiry said.

Opposition lawmaker Sushil Raut of the Nepali Congress said his party would demand Bhattarai's resignation if Beijing rejects the request.

A second round of Nepal-China boundary talks could take place in Kathmandu in July, the foreign ministry official added.

India is unlikely to open new air entry points for Pokhara-bound flights before 2027, analysts say.

"A grant would be a political gift, and Beijing hands those out sparingly," said Prakriti Joshi, a researcher at a Kathmandu foreign policy institute. "New Delhi is watching every word of this negotiation."
"""},

"h158en02": {"outlet": "Usma Wire (Ventspils)", "published": "2025-10-14", "text": """Latvia detains tanker after Baltic data cable is damaged off Ventspils

VENTSPILS, Oct 14 (Usma Wire) - Latvian prosecutors will on Thursday question the crew of a tanker detained off Ventspils, after a fibre-optic cable linking Latvia and Sweden was damaged on Sunday, the State Police said on Monday.

The tanker, the Marlin Star, left the Russian port of Ust-Luga last week and was dragging its anchor when the coast guard boarded it, according to the police.

Defence Minister Andris Spruds said the navy would keep two patrol boats near the cable route at least until the end of November, and that NATO's Baltic Sentry mission was expected to send a Dutch minehunter to the area next week.

Repairs are likely to take about three weeks, the cable's operator, the Latvian State Radio and Television Centre (LVRTC), said.

Latvia will propose adding the tanker and its owner to the EU's shadow-fleet sanctions list when EU foreign ministers meet in Luxembourg on October 20, Foreign Minister Baiba Braze said.

Moscow denied any involvement, the Russian embassy in Riga said on Monday.

Read more: Riga city council approves budget for new tram line

Prime Minister Evika Silina's government has not decided whether to ask NATO for consultations under Article 4, her office said. The Saeima's defence committee will hold a closed session on Wednesday.

Swedish investigators are expected to join the inquiry within days, the Swedish Prosecution Authority said.

Analysts say further incidents could follow this winter, when storms give ships an excuse to drop anchor in shallow waters.

"Every time, the ship is old, the flag is exotic and the owner is a shell company," said Maris Ozols, a maritime security researcher at Riga Stradins University. "Detaining the vessel is easy. Proving intent in court is much harder, and the crews usually go home within weeks."
"""},

"h158en03": {"outlet": "Zobor Wire (Nitra)", "published": "2026-06-23", "text": """Can Fico's coalition survive without the SNS? Slovak parliament votes Thursday

NITRA, June 23 (Zobor Wire) - Slovakia's parliament will vote on Thursday on an opposition motion of no confidence in Prime Minister Robert Fico's government, Speaker Richard Rasi said on Monday, after the Slovak National Party (SNS) quit the ruling coalition last week.

The motion needs 76 votes in the 150-seat chamber. Progressive Slovakia (PS) leader Michal Simecka said the opposition had 71 and was "very likely" to find the rest.

SNS chairman Andrej Danko said the party's two ministers would resign by Friday, but that SNS lawmakers "will not vote with the liberal opposition."

Fico has said he "will not resign under pressure". He is expected to propose a new environment minister next week, a Smer spokesman said.

If the government falls, President Peter Pellegrini could call an early election for September, his office said.

Read more: Slovak inflation eases to 3.1% in May

Fico will skip the first day of the European Council in Brussels on June 25-26 to attend the vote, the government office said.

The European Commission is expected to decide in July whether to suspend 500 million euros of Slovakia's recovery funds over changes to the criminal code, an EU official said.

Czech Prime Minister Andrej Babis is expected in Bratislava next week for talks on gas transit.

Opposition parties have called a rally in Bratislava's SNP Square for Wednesday evening.

Analysts say the government may survive the vote but could lose its majority on the budget in the autumn.

"Danko wants to be paid for every vote from now on," said Tomas Kollar, a political scientist at Comenius University in Bratislava. "Fico can survive that for a while, but the price will keep rising."

The SNS won ten seats in the 2023 election and has clashed with its partners for months over the environment ministry, which it controlled.
"""},

"h158en04": {"outlet": "Nioro Wire (Nioro du Rip)", "published": "2027-03-03", "text": """Senegal and Gambia to meet on truck blockade as ECOWAS steps in

NIORO DU RIP, March 3 (Nioro Wire) - Senegalese and Gambian transport ministers will meet in Banjul on Monday to end a two-week blockade by Gambian truckers at the Senegambia Bridge, Senegal's Ministry of Infrastructure and Land Transport said on Tuesday.

The truckers have blocked the crossing since February 17 in protest at a new Senegalese axle-load tax on heavy vehicles.

Land Transport Minister Cheikh Tidiane Ba said Senegal "will not suspend" the tax, but is ready to exempt Gambian transit trucks for six months.

Gambian Transport Minister Ebrima Sillah said Banjul could take the dispute to the ECOWAS Court of Justice if Monday's talks fail. The Gambia will impose reciprocal fees on Senegalese lorries from April 1 unless the tax is lifted, its trade ministry said.

The Gambia Transport Union said its members would lift the blockade for 48 hours from Friday to let perishable goods through.

Read more: Sonko opens new fishing wharf in Joal

ECOWAS heads of state are due to discuss the free movement of goods at their summit in Abuja on March 20-21, the ECOWAS Commission said. Its president, Omar Touray, a Gambian, is expected in Dakar this week, diplomats said.

President Bassirou Diomaye Faye may call Gambian President Adama Barrow later this week, a presidency source said.

Senegalese gendarmes will escort fuel convoys to Ziguinchor through Tambacounda until the bridge reopens, the gendarmerie said in a statement.

Analysts say a deal is likely before the summit.

"Neither side can afford a long fight. Banjul needs the bridge and Dakar needs Casamance supplied," said Aminata Sall, a trade economist at Cheikh Anta Diop University.

Fuel prices in Ziguinchor have risen by a third since the blockade began, and several bakeries in the region have cut opening hours.
"""},

"h158en05": {"outlet": "Manga Wire (Diffa)", "published": "2027-08-18", "text": """Niger and FPL rebels agree truce as pipeline repairs begin

DIFFA, Aug 18 (Manga Wire) - Niger's military government and the Patriotic Liberation Front (FPL) rebel group will observe a 30-day ceasefire in the Diffa and Agadez regions from Friday, Interior Minister Mohamed Toumba said on Tuesday.

The FPL blew up a section of the Niger-Benin export pipeline east of Agadem in June, halting crude flows for the third time in two years.

The West African Oil Pipeline Company (WAPCO), a unit of China National Petroleum Corp, expects to finish repairs by the end of August, a company official said.

FPL spokesman Ahmed Ag Mousa said the group would release two captured soldiers within seven days as a goodwill gesture.

Negotiators from both sides are expected to meet in Lome next week under Togolese mediation, where they are expected to sign a written framework agreement, sources close to the mediation said.

Toumba said the release of former president Mohamed Bazoum "is not on the table".

Read more: Niger's uranium output falls as SOMAIR stockpile grows

General Abdourahamane Tiani is due to visit Beijing in September for talks on a new oil-revenue advance, his office said.

The army will pull heavy units back from the pipeline corridor during the truce but keep drone surveillance, the defence ministry said. The oil ministry warned that Niamey may suspend CNPC's Agadem drilling permits if the company does not hire more Nigerien staff.

Under the transition charter adopted in 2025, no election is expected before 2030.

Analysts say the truce could collapse before the end of September if the FPL's demand for Bazoum's release is ignored.

"The FPL has shown it can stop the oil whenever it wants," said Hadiza Moussa, a security researcher in Niamey. "That gives it more leverage than its numbers suggest."

Niger depends on the pipeline for most of its export revenue.
"""},
}
