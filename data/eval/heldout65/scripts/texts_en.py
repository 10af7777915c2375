"""English texts of heldout65, written for this project in one sitting. Invented or generic facts."""

EN = {
"h65en01": {"outlet": "Tequendama Wire (Bogota)", "published": "2026-02-17", "text": """Colombia's March primaries to narrow a crowded race for the presidency

BOGOTA, Feb 17 (Tequendama Wire) - Colombians will vote in three inter-party primaries on March 8, alongside the congressional elections, National Registrar Hernan Penagos said on Monday, adding that preliminary results would be published within four hours of the polls closing.

The first round of the presidential election is scheduled for May 31, with a run-off on June 21 if no candidate wins more than half of the vote.

The governing left has already chosen Senator Ivan Cepeda as its candidate, after he won the Pacto Historico's own consultation in October with more than 60% of the vote.

The centre-right "Gran Consulta" is likely to be won by Senator Paloma Valencia, according to a poll by Andina Datos published on Sunday. The same poll suggested that Abelardo de la Espriella, who is running outside the primaries, could face Cepeda in the run-off.

President Gustavo Petro, who is barred from seeking re-election, said on Saturday that he would not campaign for any candidate.

The National Electoral Council (CNE) will rule next week on a complaint by the opposition Centro Democratico over spending limits, the council said in a statement.

Read more: Colombian peso hits three-month high as oil prices rise

Interior Minister Armando Benedetti could resign before the end of February to join Cepeda's campaign, two government officials said.

The European Union's election observation mission will deploy about 120 observers across the country from mid-April, the EU delegation in Bogota said.

Cepeda plans to travel to Madrid in early March to campaign among the roughly 400,000 Colombian voters registered in Spain, his campaign said.

The U.S. Treasury, which sanctioned Petro in October, could add more Colombian officials to its list before the May 31 vote, analysts say, a move that would further strain ties between Bogota and Washington.
"""},

"h65en02": {"outlet": "Sanam Luang Wire (Bangkok)", "published": "2025-12-09", "text": """Anutin moves to dissolve Thai House as no-confidence threat looms

BANGKOK, Dec 9 (Sanam Luang Wire) - Thai Prime Minister Anutin Charnvirakul will submit a royal decree dissolving the House of Representatives this week, paving the way for an early general election in the first quarter of 2026, two senior Bhumjaithai Party officials said on Tuesday.

The move comes after the opposition People's Party said it would file a no-confidence motion on Thursday over the government's handling of the border conflict with Cambodia.

The Election Commission said it was ready to hold the vote on February 8 if the decree is published in the Royal Gazette by Friday.

People's Party leader Natthaphong Ruengpanyawut said on Monday his party "will not join any coalition led by Bhumjaithai".

A survey by Rattanakosin Polling published on Sunday put the People's Party on 34% and said the party was likely to win the most seats. But it is unlikely to secure a majority on its own, analysts say, and a new government is likely to be formed only in March.

Read more: Thai exports rise for sixth straight month on electronics demand

On the border, Thai and Cambodian army commanders are scheduled to meet at a Regional Border Committee session in Sa Kaeo on December 16, the Royal Thai Army said. Anutin said troops "will not withdraw from any position" before that meeting.

Foreign Minister Sihasak Phuangketkeow will still travel to Kuala Lumpur on Friday for a special meeting of ASEAN foreign ministers on the conflict, the foreign ministry said.

A caretaker cabinet cannot approve new spending, which could delay the 2027 budget bill by up to three months, finance ministry officials said.

Bhumjaithai came to power in September after Paetongtarn Shinawatra was removed from office by the Constitutional Court.

The army plans to send two more battalions to Sa Kaeo and Surin provinces before the end of the month, it said.
"""},

"h65en03": {"outlet": "Paute Wire (Cuenca)", "published": "2026-10-20", "text": """Ecuador warns of power cuts as Paute reservoir falls

CUENCA, Ecuador, Oct 20 (Paute Wire) - Ecuador could impose scheduled power cuts of up to four hours a day from early November if rainfall in the Paute basin does not improve, Energy Minister Ines Manzano said on Monday.

The Mazar reservoir, which feeds the country's largest hydroelectric complex, fell to its lowest level in two years last week, according to the grid operator.

Manzano said the government would sign a contract with Turkey's Karpowership next week for a 250-megawatt power barge to be moored off Guayaquil.

Ecuadorian and Colombian energy officials will meet in Ipiales on Thursday to discuss raising electricity imports from Colombia, Ecuador's foreign ministry said. A deal to raise imports to 450 megawatts is likely, officials said.

Colombian Energy Minister Edwin Palma said last week that exports would depend on Colombia's own reserves.

An International Monetary Fund mission will arrive in Quito on November 3 for the fifth review of Ecuador's $5 billion programme, the finance ministry said.

Read more: Ecuador's banana exports hit record in third quarter

President Daniel Noboa is expected to travel to Washington in mid-November for talks with U.S. officials on security cooperation, his office said. Voters rejected Noboa's proposal to allow foreign military bases in a referendum in November 2025.

The National Assembly's energy committee will question Manzano on Wednesday, October 28. Citizen Revolution lawmaker Paola Cabezas said her bloc could seek the minister's removal if blackouts begin.

CONAIE president Marlon Vargas said the indigenous movement would call protests if electricity tariffs were raised.

Raul Endara, an energy economist at a university in Quito, said cuts were likely to last until the rainy season returns in December.

Ecuador suffered daily blackouts of up to 14 hours in late 2024, when a severe drought left its hydroelectric plants, which supply most of the country's power, unable to meet demand.
"""},

"h65en04": {"outlet": "Cer Wire (Loznica)", "published": "2027-05-04", "text": """Serbia to decide on Jadar lithium plan as protests build

LOZNICA, Serbia, May 4 (Cer Wire) - Serbia's government is expected to adopt the spatial plan for Rio Tinto's Jadar lithium project at its session on Thursday, Mining and Energy Minister Dubravka Djedovic Handanovic said on Monday.

Rio Tinto chief executive Simon Trott will visit Belgrade next week to meet President Aleksandar Vucic, two government sources said.

Vucic said on Sunday that Serbia "will not allow mining to start without the strictest European environmental standards".

The environmental group Ne Damo Jadar said it would hold a protest in Loznica on Saturday and could block the main road into the valley if the plan is adopted.

Student groups that have led anti-government protests since late 2024 will announce their own list for the next parliamentary election by the end of June, student organisers said.

Read more: Serbian central bank holds key rate at 5.25%

European Commission Vice-President Stephane Sejourne is due in Belgrade in mid-June to sign an implementing agreement under the raw materials partnership, the Commission said. The partnership was signed in Belgrade in July 2024.

Serbia's Constitutional Court is due to rule by the end of July on a challenge to the 2024 decree that revived the project, court officials said.

Analysts say Vucic could call early parliamentary elections for October if the protests spread beyond the Jadar valley.

Loznica's mayor could step down if the plan is adopted, local councillors said.

The Jadar project, which Rio Tinto says could supply lithium for about a million electric cars a year, was halted in 2022 after mass protests, before the government revived it two years later.

Farmers in the valley fear that the mine would pollute the Jadar and Drina rivers and the groundwater that irrigates their fields, while local business owners say the investment would bring jobs and new roads to one of Serbia's poorer districts.
"""},

"h65en05": {"outlet": "Narikala Wire (Tbilisi)", "published": "2025-11-12", "text": """Georgia's Constitutional Court to hear party ban case as EU weighs response

TBILISI, Nov 12 (Narikala Wire) - Georgia's Constitutional Court will begin hearing the ruling Georgian Dream party's lawsuit to ban three opposition parties on November 24, the court said on Tuesday, with a ruling expected before the end of January.

The lawsuit, filed on October 28, targets the United National Movement, the Coalition for Change and Strong Georgia, which Georgian Dream accuses of seeking to overthrow the constitutional order.

Prime Minister Irakli Kobakhidze said on Monday that members of the parties would be barred from running in future elections if the court upholds the ban.

Strong Georgia leader Mamuka Khazaradze said his party would not take part in the hearings.

EU foreign ministers will discuss possible measures against Georgian officials when they meet in Brussels on November 20, two EU diplomats said. Hungary and Slovakia are likely to block any sanctions that require unanimity, they said.

The Council of Europe's Venice Commission is expected to issue an urgent opinion on the case in December, its secretariat said.

Read more: Georgian lari steady as central bank holds rates

Kobakhidze is due to visit Baku on December 3 for talks with President Ilham Aliyev, his office said.

Georgian Dream won all 64 municipalities in the October 4 local elections, which most opposition parties boycotted.

Nino Lomidze, an analyst at the Caucasus Policy Lab in Tbilisi, said the court was likely to rule in Georgian Dream's favour. The ban could prompt the European Commission to propose suspending visa-free travel for Georgian citizens in the first quarter of next year, she added.

EU leaders are expected to return to Georgia at their summit in Brussels on December 18-19, diplomats said.

Georgian Dream, which has governed since 2012, froze the country's EU accession talks in November 2024, a move that sparked the protests.
"""},
}
