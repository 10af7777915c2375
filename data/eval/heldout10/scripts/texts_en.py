"""English heldout10 texts, written for this project on 2026-11-30 (original wording; invented or generic facts)."""

EN = {
"h10en01": {"outlet": "Volta Wire (Accra)", "published": "2026-03-17", "text": """Ghana braces for IMF review as central bank weighs another cut

ACCRA, March 17 (Volta Wire) - An International Monetary Fund team will arrive in Accra next week for the final review of Ghana's $3 billion Extended Credit Facility, the Ministry of Finance said on Tuesday, as the cedi held near 11.2 to the dollar.

A successful review would unlock about $370 million, the ministry said. Officials hope to secure a staff-level agreement before the mission leaves on April 3.

Finance Minister Cassiel Ato Forson told parliament last week that Ghana "will not seek a new programme" when the current arrangement expires in May.

The Bank of Ghana's Monetary Policy Committee meets from March 23 to 25 and will announce its decision on Wednesday, March 25. Six of nine analysts polled by Volta Wire expect a 100-basis-point cut to 17%, while the other three see the bank holding to protect the cedi.

Governor Johnson Asiama said last month that falling inflation gave the bank "room to move", but that it would not "chase the market".

Read more: Cocoa board signs syndicated loan with local banks

A source familiar with the talks said the IMF team could press the government to delay a planned pay rise for public sector workers until the second half of the year.

Daniel Oppong-Boateng, the opposition New Patriotic Party's ranking member on the finance committee, said the minority would demand a full debate on the review's terms "before any disbursement".

President John Mahama is expected to travel to Washington in mid-April for the IMF and World Bank spring meetings, where he may meet Managing Director Kristalina Georgieva, his office said.

Economists at Sankofa Capital, an Accra brokerage, expect the central bank to resume weekly dollar auctions to exporters by the end of June.

Ghana defaulted on most of its external debt in December 2022 and completed a Eurobond restructuring in October 2024.
"""},
"h10en02": {"outlet": "Copperbelt Ledger (Lusaka)", "published": "2026-02-11", "text": """Zambia aims to close Afreximbank debt deal well before August vote

LUSAKA, Feb 11 (Copperbelt Ledger) - Zambia expects to sign a restructuring agreement with the African Export-Import Bank (Afreximbank) by the end of March, Finance Minister Situmbeko Musokotwane said on Wednesday, closing one of the last open files of the country's debt overhaul.

Zambia defaulted on a Eurobond coupon in November 2020, becoming Africa's first pandemic-era sovereign default. Its official creditors, led by China and France, agreed terms in 2023.

Musokotwane told reporters in Lusaka that talks with Afreximbank's team would resume in Cairo on February 23, and that a draft term sheet was "ninety percent done".

Afreximbank has argued that, as a multilateral lender, it should be exempt from losses. A bank spokesman in Cairo declined to comment on the timing.

Zambia's general election is scheduled for August 13. President Hakainde Hichilema, who is seeking a second term, said in January that the deal would be "behind us long before the campaign".

An IMF team led by mission chief Mercy Muthoni is due in Lusaka next week to discuss a successor programme after the current Extended Credit Facility expires in October, the Fund's resident representative said.

Two officials familiar with the preparations said a new arrangement was unlikely to be approved before the election, because the Fund prefers not to commit to a programme weeks ahead of a vote.

Brian Mundubile, the Tonse Alliance's presidential candidate, said an opposition government could review "every line" of the restructuring deals.

Analysts at Chanda Economics Research, a Lusaka consultancy, expect the Bank of Zambia to hold its policy rate at 14.5% when the Monetary Policy Committee announces its decision on February 18.

Bank of Zambia Governor Denny Kalyalya said in January the bank "may have room to ease later in the year" if inflation keeps falling.

Copper, which accounts for about three quarters of Zambia's export earnings, traded near record highs this week, giving the kwacha some support.
"""},
"h10en03": {"outlet": "Andean Desk (Bogota)", "published": "2026-04-24", "text": """Colombia, CNEB rebels open new round as Petro's term runs down

BOGOTA, April 24 (Andean Desk) - Colombia's government and the Coordinadora Nacional Ejército Bolivariano (CNEB), an armed group active in Nariño and Putumayo, will open a new round of talks in Tumaco on Monday, the office of the peace commissioner said on Friday.

The round is expected to produce an agreement on a "temporary location zone" where about 1,200 fighters would gather and begin handing over weapons, chief government negotiator Camila Rendón told reporters.

Peace commissioner Otty Patiño said he hoped the zone could be operating "before August 7", when President Gustavo Petro hands over to his successor.

The first round, held in Pasto in March, ended with a joint communique but no timetable. The group split from the Segunda Marquetalia in 2024.

Norway and Venezuela, which act as guarantors, will send delegates to Tumaco, the Norwegian embassy in Bogota said.

Colombians vote in the first round of the presidential election on May 31, with a possible runoff on June 21. Several candidates have criticised the talks. Abelardo de la Espriella, a right-wing candidate, said on Thursday he would "suspend all talks with criminal groups" if elected.

Analysts say the CNEB may splinter further if the next government freezes the process.

A person briefed on the talks said the government may also offer reduced sentences under a bill that Congress is not expected to debate before July 20, when the new legislature is sworn in.

Petro's "total peace" policy has produced talks with several armed groups since 2022, but most have stalled amid disputes over ceasefires and continued recruitment of minors.
"""},
"h10en04": {"outlet": "Steppe Energy Wire (Astana)", "published": "2027-01-12", "text": """Kazakhstan sets 2028 start for first concrete at Balkhash nuclear plant

ASTANA, Jan 12 (Steppe Energy Wire) - Kazakhstan will begin pouring the first concrete for its first nuclear power plant near the village of Ulken in the second half of 2028, the head of the Agency for Atomic Energy, Almasadam Satkaliyev, said on Tuesday.

Russia's state nuclear corporation Rosatom, which was chosen to lead the project in June 2025, is expected to submit the site's engineering survey results to the agency by the end of March, Satkaliyev told a briefing in Astana.

An intergovernmental agreement on financing, under which Moscow would provide an export credit covering most of the cost, could be signed during President Kassym-Jomart Tokayev's visit to Russia in May, two people familiar with the matter said.

Tokayev said last year that a second plant, to be built by China National Nuclear Corporation (CNNC), would follow, and that a third was "under consideration".

The agency expects CNNC to complete a feasibility study for the second plant by the end of the year, Satkaliyev said, adding that its location had "not yet been decided".

Kazakhstan approved nuclear power in a referendum on October 6, 2024, with about 71% of votes in favour.

Environmental groups plan to challenge the project's environmental impact assessment in court next month, said Dina Abenova, coordinator of the Balkhash Eco Network.

Analysts say the timetable could slip to 2036 or later, noting that the government's official target for the first unit to start up is 2035.

The Mazhilis, the lower house of parliament, is scheduled to debate amendments to the atomic energy law on January 20.

Kazakhstan is the world's largest uranium producer but still generates most of its electricity from coal, and officials say the plant is needed to cover shortages in the south of the country.
"""},
"h10en05": {"outlet": "Coral Sea Dispatch (Port Moresby)", "published": "2026-10-07", "text": """PNG parliament to vote on Australia defence treaty as opposition seeks delay

PORT MORESBY, Oct 7 (Coral Sea Dispatch) - Papua New Guinea's parliament will vote on ratifying the Pukpuk mutual defence treaty with Australia when it resumes sitting on October 20, Prime Minister James Marape's office said on Wednesday.

The treaty, signed in Canberra on October 6 last year, commits each country to come to the other's aid if attacked and allows PNG citizens to serve in the Australian Defence Force.

Marape, who needs a two-thirds majority, told reporters he was "confident" of passage. Opposition Leader Kila Wari said his bloc would move to refer the treaty to a parliamentary committee, a step that could delay the vote until next year.

Australian Defence Minister Richard Marles is due in Port Moresby next week for talks on the first recruitment intake, which Canberra hopes to open in the first quarter of 2027.

A PNG defence official said the talks would also cover the upgrade of the Lombrum naval base on Manus Island, which is scheduled to be completed by the end of 2027.

China's embassy in Port Moresby said last month that the treaty should not "target any third party". It did not say whether Beijing would raise the issue with Marape, who is expected to visit China in November.

Political analyst Mary Kini of the University of Papua New Guinea said the government had the numbers but that "a walkout could still force a second sitting in November".

Australia is PNG's largest aid donor, and the two governments signed a separate policing agreement in December 2023 that funds hundreds of extra officers in Port Moresby and other cities.
"""},
}
