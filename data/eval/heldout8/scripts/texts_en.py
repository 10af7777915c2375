"""English heldout8 texts, original wording written blind on 2026-11-30. Facts are invented or generic."""

EN = {
"h8en01": {"outlet": "Formosa Strait Wire (Taipei)", "published": "2026-07-14", "text": """Taiwan lawmakers set to vote on special defence budget as opposition eyes cuts

TAIPEI, July 14 (Formosa Strait Wire) - Taiwan's Legislative Yuan will vote on a special defence budget of about T$1.25 trillion on Friday, after weeks of wrangling between President Lai Ching-te's Democratic Progressive Party and the opposition Kuomintang (KMT), which controls the chamber with its allies.

The opposition is expected to cut at least a fifth of the package, two KMT legislators told reporters on Monday, arguing that several drone and missile programmes lacked "clear delivery schedules".

Defence Minister Wellington Koo said on Monday that any cut to the drone programme "would delay deliveries by at least a year" and urged lawmakers to pass the budget in full.

Lai's party failed last July to unseat dozens of KMT legislators in a mass recall vote, leaving the opposition's majority intact.

Read more: Taiwan's central bank holds rates as export orders climb

The Presidential Office said Lai would not veto the bill, but he could ask the Executive Yuan to seek a reconsideration vote if "core programmes are gutted".

A US congressional delegation is scheduled to arrive in Taipei next week for talks on the arms delivery backlog, the American Institute in Taiwan said.

China's Taiwan Affairs Office said last week that the budget would "push Taiwan towards the abyss of war". The People's Liberation Army could stage fresh drills around the island after the vote, analysts say.

Chen Yu-ting, a political scientist at a Taichung university, said the KMT might avoid deep cuts before the November 28 local elections, "because voters in the south care about drones and jobs".

If the bill passes, the first tranche of funds would be released in the fourth quarter, according to a budget document seen by Formosa Strait Wire.

KMT chairwoman Cheng Li-wun is expected to visit Washington in September, party officials said, in a trip meant to reassure US lawmakers that her party is not opposed to defence spending.
"""},
"h8en02": {"outlet": "Kura Valley Dispatch (Tbilisi)", "published": "2026-03-17", "text": """Georgian opposition plans weekend rally as EU weighs visa suspension

TBILISI, March 17 (Kura Valley Dispatch) - Georgia's main opposition alliance, the Coalition for Change, will hold a rally outside parliament on Saturday, its leaders said on Tuesday, the first large protest since police broke up a march on Rustaveli Avenue in early February.

Police detained 43 people at the February march, the Interior Ministry said.

Nika Melia, a co-leader of the alliance, said it would not take part in any dialogue with the ruling Georgian Dream party until the detained protesters are released.

European Union foreign ministers are expected to discuss suspending visa-free travel for Georgian citizens at their meeting in Brussels on Monday, two diplomats said. A decision is unlikely before June, one of them added, because Hungary and Slovakia oppose the move.

Georgia was granted EU candidate status in December 2023, but Brussels froze the accession process after parliament passed a foreign-influence law the following year.

Prime Minister Irakli Kobakhidze said on Monday his government would ask the Constitutional Court to ban three opposition parties "within weeks". Legal experts say the court could take several months to rule.

Georgian Dream's founder, billionaire Bidzina Ivanishvili, has not appeared in public since January, and rumours that he may step down as honorary chairman have circulated in Tbilisi.

President Mikheil Kavelashvili is due to address parliament on April 2, his office said.

Tamar Gvenetadze, a researcher at a Tbilisi policy institute, said the government might call early parliamentary elections as early as October if the protests grow. Gvenetadze added that Georgian Dream was likely to win such a vote, given the opposition's divisions.

A US State Department delegation will visit Tbilisi in the second half of April, the US embassy said, without giving details of its agenda.
"""},
"h8en03": {"outlet": "Lagoon Markets Wire (Lagos)", "published": "2026-09-08", "text": """Nigeria's central bank seen holding rates as inflation cools

LAGOS, Sept 8 (Lagoon Markets Wire) - The Central Bank of Nigeria (CBN) is expected to keep its benchmark rate at 26.5% when its Monetary Policy Committee ends a two-day meeting on Tuesday, September 22, according to 11 of 14 analysts polled by Lagoon Markets Wire.

The other three expect a cut of between 50 and 100 basis points, citing a fifth straight monthly fall in inflation.

Headline inflation eased to 18.2% in August, the National Bureau of Statistics said on Monday. The MPC cut the rate by 50 basis points in July, its first reduction in five years.

The bank's governor, Olayemi Cardoso, told lawmakers last week that the CBN "will not ease prematurely". Cardoso added that the bank could begin a gradual easing cycle in the first quarter of 2027 if price pressures continue to fade.

Some economists, however, say a surprise cut cannot be ruled out.

Adaeze Okonkwo, chief economist at a Lagos investment bank, said the CBN "may wait until it sees the impact of the new fuel import tariff", which takes effect on October 1.

Finance Minister Wale Edun is scheduled to present the 2027 budget framework to the National Assembly in mid-October.

The World Bank's board is due to consider a $1.5 billion loan for Nigeria's power sector before the end of the year, a person familiar with the matter said.

The Debt Management Office plans to issue a Eurobond of up to $2 billion in the fourth quarter, depending on market conditions.

The naira has traded in a narrow band against the dollar since May, helped by higher oil output and stronger remittance inflows through official channels. Nigeria's crude production rose to about 1.7 million barrels per day in the second quarter, according to industry data.
"""},
"h8en04": {"outlet": "Borneo Ledger (Balikpapan)", "published": "2027-02-02", "text": """Indonesia slows move of ministries to Nusantara capital

BALIKPAPAN, Feb 2 (Borneo Ledger) - Indonesia will move only four ministries to its new capital, Nusantara, this year, pushing the relocation of the rest of the central government to 2028, a senior official at the Nusantara Capital Authority (OIKN) said on Tuesday.

President Prabowo Subianto signed a regulation in 2025 designating Nusantara as the "political capital" from 2028. Parliament approved the city's revised master plan in November.

Public Works Minister Dody Hanggodo said on Monday that the legislative and judicial complexes would be completed by the end of 2028.

The OIKN head, Basuki Hadimuljono, is scheduled to brief a House of Representatives commission next week on the revised timetable.

Finance Ministry officials said the government was unlikely to raise the capital's allocation this year, as it seeks to keep the budget deficit below the legal limit of 3% of GDP.

A consortium of investors from the United Arab Emirates could sign an agreement to build a hospital and housing in the city as early as April, according to two people briefed on the talks.

About 4,000 civil servants are due to relocate by July, the state apparatus ministry said in a statement.

Jakarta, home to more than 10 million people, is sinking by up to 25 centimetres a year in some districts.

Rizal Pratama, an urban planning lecturer at a Jakarta university, said the delay "may leave Nusantara a half-empty city for years".

Prabowo is expected to hold the August 17 Independence Day ceremony in Nusantara, as his predecessor Joko Widodo did in 2024.

The Indonesian Democratic Party of Struggle (PDI-P) has asked for a parliamentary inquiry into the project's costs, which could be launched before the House goes into recess on February 20.
"""},
"h8en05": {"outlet": "Altiplano Wire (La Paz)", "published": "2026-10-20", "text": """Bolivia seeks IMF deal by year-end as fuel subsidy cut looms

LA PAZ, Oct 20 (Altiplano Wire) - Bolivia expects to reach a staff-level agreement with the International Monetary Fund by the end of December, Economy Minister José Gabriel Espinoza said on Monday, as the government prepares to scrap the remaining diesel subsidy.

An IMF mission will arrive in La Paz on November 3 for two weeks of talks, the Fund's spokeswoman said in Washington.

The diesel subsidy will be removed on January 1, the decree published on Sunday says. Espinoza said the government would not devalue the currency.

President Rodrigo Paz, who took office in November last year, said on Saturday that fuel queues "will end before Christmas".

The Bolivian Workers' Centre (COB) has called a 48-hour general strike starting Thursday against the subsidy cut. Some of its affiliated unions may extend the stoppage into next week, a COB leader said.

Bolivia's annual inflation reached 19% in September, the National Statistics Institute said.

Congress, where Paz's Christian Democratic Party lacks a majority, is due to debate a bill authorising new external borrowing next week. Opposition senators said they could block it unless the government publishes the terms of the IMF programme.

Economists expect the central bank to let the boliviano float gradually in the first quarter of 2027.

Lucía Mamani, an economist at a La Paz think tank, said the government might also ask the Development Bank of Latin America (CAF) for a bridge loan before the IMF deal is signed.

Paz is expected to travel to Brasília next month to discuss gas exports with President Luiz Inácio Lula da Silva.

Bolivia's gas output has fallen by more than half over the past decade, turning the country from a regional exporter into an importer of fuel.
"""},
}
