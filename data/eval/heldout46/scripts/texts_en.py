"""English texts of heldout46, written for this project in one sitting. Invented or generic facts."""

EN = {
"h46en01": {"outlet": "Trishuli Wire", "published": "2025-09-24", "text": """Nepal's election body to publish March poll timetable as court weighs dissolution

KATHMANDU, Sept 24 (Trishuli Wire) - Nepal's Election Commission will publish a detailed timetable on Sunday for the March 5 elections to the House of Representatives, Chief Election Commissioner Ram Prasad Bhandari said on Tuesday.

Party registration for the vote will close on October 17.

President Ram Chandra Paudel dissolved the House on September 12 on the recommendation of interim Prime Minister Sushila Karki, after deadly youth-led protests forced K.P. Sharma Oli from office.

A constitutional bench of the Supreme Court is scheduled to begin hearing petitions against the dissolution on Thursday, October 2. A ruling could come before the end of October, a lawyer for the petitioners said.

Karki is expected to add four ministers to her cabinet by the end of the week, officials at her office said. She will meet representatives of the protest movement on Friday to discuss their demands, including a directly elected executive, her office said.

Read more: Nepal's tourism arrivals fall after curfew

Oli, who chairs the CPN-UML, said on Monday his party would not recognise "an unconstitutional government". Analysts say the UML could still take part in the vote if the court upholds the dissolution.

In the Nepali Congress, party president Sher Bahadur Deuba is expected to step down before the party's general convention, scheduled for mid-November, two senior leaders said.

A commission investigating the deaths during the protests is due to submit its report within three months, the home ministry said.

India's Foreign Secretary Vikram Misri is likely to visit Kathmandu in mid-October to meet Karki and Foreign Minister Bala Nanda Sharma, diplomatic sources said.

An International Monetary Fund team will arrive in early November for a review of Nepal's lending programme, the finance ministry said.

The Nepal Army said its troops would remain deployed in the Kathmandu valley until the end of the Dashain festival.
"""},

"h46en02": {"outlet": "Bac Valley Wire", "published": "2025-06-20", "text": """Moldova wraps up EU screening talks, lines up Romanian gas for winter

CHISINAU, June 20 (Bac Valley Wire) - Moldova completed the bilateral screening of the "fundamentals" cluster of its EU accession talks in Brussels on Wednesday, and the European Commission expects to deliver its screening report in October, Commission officials said.

Deputy Prime Minister for European Integration Cristina Gherasimov said on Thursday that Chisinau aims to open the first three clusters at an intergovernmental conference before the end of the year.

Hungary could block that step as long as Moldova's file remains coupled with Ukraine's, EU diplomats say.

EU foreign ministers will discuss enlargement in Luxembourg on Monday, ahead of the European Council on June 26-27.

The first EU-Moldova summit will be held in Chisinau on July 4, with European Council President Antonio Costa and Commission President Ursula von der Leyen expected to attend, President Maia Sandu's office said.

Read more: Moldovan wine exports to Poland double

On energy, state trader Energocom will sign a contract with Romania's OMV Petrom in Bucharest on Wednesday for up to 400 million cubic metres of gas for the coming heating season, Energy Minister Dorin Junghietu said. Deliveries are due to start on October 1.

Junghietu said Moldova would not sign any new contract with Gazprom. The Russian company halted deliveries to the breakaway Transnistria region on January 1.

Authorities in Tiraspol may ask Chisinau for gas again before winter, a government source said.

The energy deal comes ahead of parliamentary elections on September 28. President Sandu's Party of Action and Solidarity (PAS) could fall short of a majority, according to a poll by the Chisinau-based Vox Populi Research published on Tuesday.

Romanian and Moldovan troops will hold a joint exercise near Bulboaca in mid-July, the defence ministry said.

EU ministers could also add five people linked to fugitive businessman Ilan Shor to the bloc's Moldova sanctions list on Monday, two diplomats said.
"""},

"h46en03": {"outlet": "Janjanbureh Wire", "published": "2027-02-16", "text": """Gambian lawmakers take up draft constitution ahead of April vote

BANJUL, Feb 16 (Janjanbureh Wire) - The Gambia's National Assembly will debate the draft constitution bill at its second reading on Thursday, the Office of the Clerk said, with a final vote expected next week.

The bill needs the support of three-quarters of members to pass. Lawmakers rejected a previous draft in September 2020, when it fell short of that threshold.

Attorney General Dawda Jallow said on Monday he was confident the bill would pass "comfortably". President Adama Barrow is expected to address the Assembly before the vote, officials at State House said.

United Democratic Party leader Ousainou Darboe said his members would vote against the bill unless the two-term limit applied to the current president. He said on Sunday the UDP "will not be a rubber stamp".

If passed, the bill would go to a national referendum, which the Independent Electoral Commission has provisionally set for July 3. The referendum would come after National Assembly elections on April 10.

Read more: Gambia's tourism season beats pre-pandemic levels

An ECOWAS assessment mission will visit Banjul in early March to review preparations for the referendum, the ECOWAS Commission said.

ECOWAS leaders are expected to extend the mandate of the regional force in The Gambia, ECOMIG, by a year at their summit in Abuja in June, diplomats said.

Separately, Foreign Minister Mamadou Tangara will lead a delegation to the Gambia-Senegal joint commission in Dakar on February 25-26, the foreign ministry said. The two countries are likely to sign a border-management agreement there.

Civil society groups may challenge parts of the bill in the Supreme Court, said Isatou Bah, who heads the Gambia Constitutional Forum. Her group will campaign for a "yes" vote if the bill reaches a referendum, she said.

Analysts say a second defeat in parliament could push any referendum into 2028.
"""},

"h46en04": {"outlet": "Coppename Wire", "published": "2025-09-29", "text": """Suriname's new president to unveil first budget as Petronas nears gas decision

PARAMARIBO, Sept 29 (Coppename Wire) - President Jennifer Geerlings-Simons will present her government's first budget in her annual address to the National Assembly on Tuesday, her office said.

The budget is expected to raise spending on health and education and cut the fuel tax, finance ministry officials said. Finance Minister Adelien Wijnerman said on Friday that Suriname would not seek a new International Monetary Fund programme.

The Assembly is expected to vote on the budget before the end of the year. Chan Santokhi, leader of the opposition VHP, said his party could vote against it if it included new borrowing from commercial banks.

Malaysia's Petronas is expected to take a final investment decision on the Sloanea gas field in Block 52 before the end of the year, Staatsolie managing director Annand Jagesar said. Geerlings-Simons met Petronas executives in Paramaribo last week.

TotalEnergies' GranMorgu oil project, approved in October 2024, is on track for first oil in 2028, Jagesar said.

Read more: Suriname's gold exports rise for third month

Geerlings-Simons will travel to Brasilia in mid-October for talks with President Luiz Inacio Lula da Silva, her office said. Suriname may join a regional power-link project with Brazil and Guyana, a senior official said.

Suriname and Guyana will hold a meeting of their border commission in Georgetown next month, the foreign ministry said.

Suriname's army and the Dutch navy will hold a joint maritime patrol exercise off the coast in November, the defence ministry said.

Economists say the government could seek a debt-swap agreement with the Inter-American Development Bank in the first half of 2026.

CARICOM heads of government will hold their next regular meeting in Paramaribo in February, the CARICOM Secretariat said.

Geerlings-Simons took office in July after her National Democratic Party won the most seats in the May election.
"""},

"h46en05": {"outlet": "Orkhon Wire", "published": "2027-10-12", "text": """Mongolia's prime minister faces confidence vote as coal rail deal nears

ULAANBAATAR, Oct 12 (Orkhon Wire) - Mongolia's parliament will vote on Thursday on a motion of no confidence in Prime Minister Gombojav Zandanshatar, filed by 38 opposition and independent lawmakers, the State Great Khural's secretariat said.

The motion is likely to fail, as the ruling Mongolian People's Party holds 68 of the 126 seats, analysts say. Zandanshatar said on Monday he would not resign before the vote.

The Democratic Party will hold talks with independent lawmakers on Wednesday to win more votes for the motion, its chairman Luvsannyamyn Gantumur said.

Mongolia and China will sign an intergovernmental agreement on operating the Gashuunsukhait-Ganqimaodu cross-border railway in Beijing on October 21, the Ministry of Road and Transport Development said. Minister Tsogtbaatar Bat-Erdene will lead the Mongolian delegation.

Coal shipments over the line are expected to begin in the second quarter of 2028. State miner Erdenes Tavan Tolgoi could sign a long-term supply deal with a Chinese steelmaker during the visit, a company official said.

The railway's Mongolian section was completed in May, a year later than planned.

Read more: Mongolia's cashmere prices slip on weak demand

Finance Minister Enkhbold Oyun may resign if the 2028 budget is not passed by November 15, two MPP officials said.

Japan's prime minister is expected to visit Ulaanbaatar in late November, the foreign ministry said. Foreign Minister Battsetseg Batmunkh will travel to Tokyo next week to prepare the visit.

Mongolian and Russian troops will hold the Selenga joint exercise in late October, the defence ministry said.

Zandanshatar is due to attend a meeting of Shanghai Cooperation Organisation heads of government in Moscow in mid-November as an observer, his office said.

Mongolia exported a record 83 million tonnes of coal in 2026, most of it by truck across the Gashuunsukhait crossing.
"""},
}
