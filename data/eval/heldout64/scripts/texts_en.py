"""English texts of heldout64, written for this project in one sitting. Invented or generic facts."""

EN = {
"h64en01": {"outlet": "Petrin Wire (Prague)", "published": "2026-03-04", "text": """Czech lawmakers to vote on Babis immunity as opposition readies censure bid

PRAGUE, March 4 (Petrin Wire) - The Czech Chamber of Deputies will vote on Tuesday on a request by Prague prosecutors to lift Prime Minister Andrej Babis's immunity in the long-running "Stork's Nest" subsidy fraud case, Speaker Tomio Okamura said on Wednesday.

With the governing coalition of ANO, the Freedom and Direct Democracy party (SPD) and the Motorists holding 108 of the chamber's 200 seats, the request is widely expected to fail.

Babis, who denies wrongdoing, said on Monday he would not take part in the vote. Lawmakers lifted his immunity in the same case in January 2018.

The opposition Civic Democrats (ODS) and Mayors and Independents (STAN) plan to table a motion of no confidence if the request is rejected, STAN chairman Vit Rakusan told Czech Television, adding that a debate could take place before the end of March.

A senior ANO official, speaking on condition of anonymity, said Deputy Agriculture Minister Jiri Nemec could resign within days.

Read more: Czech inflation slows to 2.1% in February

The government is also under pressure over its plan to end Czech management of the ammunition initiative for Ukraine. Foreign Minister Petr Macinka is expected to tell EU counterparts in Brussels on March 16 that Prague will hand the scheme over to NATO by the end of June, two diplomats said.

Babis will attend the European Council in Brussels on March 19-20, his office said, and is likely to meet Slovak Prime Minister Robert Fico on the sidelines to discuss gas supplies.

Finance Minister Alena Schillerova said the cabinet would approve a revised 2026 budget with a deficit of up to 310 billion crowns on Monday, March 9.

The immunity vote comes seven months before the Senate and municipal elections of October 9-10, in which analysts expect ANO to win control of most regional capitals.
"""},

"h64en02": {"outlet": "Sajama Wire (La Paz)", "published": "2025-12-09", "text": """Bolivia, U.S. to restore ambassadors as regional election race opens

LA PAZ, Dec 9 (Sajama Wire) - Bolivia and the United States will exchange ambassadors in January for the first time since 2008, Foreign Minister Fernando Aramayo said on Monday after talks in Washington last week.

Aramayo said a formal agreement would be signed in La Paz before Christmas by U.S. Deputy Secretary of State Christopher Landau, who is expected to visit later this month. Bolivia expelled U.S. ambassador Philip Goldberg in September 2008.

The return of the U.S. Drug Enforcement Administration, expelled the same year, is not on the table for now, a government source said, though it could be discussed in 2026.

President Rodrigo Paz will attend the Mercosur summit in Foz do Iguacu on December 20, the presidency said. He is likely to meet Brazilian President Luiz Inacio Lula da Silva there.

Read more: Bolivia's central bank sells dollars at new reference rate

At home, the Supreme Electoral Tribunal (TSE) said on Friday that elections for governors, mayors and regional assemblies will be held on March 22, with candidate registration closing on December 29. Run-offs for governor, where needed, would take place on April 19, TSE president Oscar Hassenteufel said.

Paz's Christian Democratic Party (PDC) is expected to field its own candidates in La Paz and Cochabamba but could back allies in Santa Cruz, party officials said. Analysts say the PDC could lose the race for the La Paz governorship.

Vice President Edmand Lara, who has openly clashed with Paz, said on Sunday he would not resign and would campaign for "independent" candidates across the country.

The Defence Ministry said Bolivian and Peruvian naval units would begin joint patrols against smuggling on Lake Titicaca in mid-January.
"""},

"h64en03": {"outlet": "Zuma Rock Wire (Abuja)", "published": "2026-02-17", "text": """INEC to publish 2027 election timetable as governors flock to ruling APC

ABUJA, Feb 17 (Zuma Rock Wire) - Nigeria's Independent National Electoral Commission (INEC) will publish the timetable for the 2027 general elections on Friday, its chairman Joash Amupitan said on Monday, with the presidential and National Assembly polls expected on February 20, 2027.

Governorship and state assembly elections would follow two weeks later, on March 6, 2027, and party primaries must be held between April and June this year, two INEC officials said.

Amupitan said the commission "will not shift any date to suit any party", after the ruling All Progressives Congress (APC) asked for a longer window for primaries.

The announcement comes as defections swell the APC's ranks. Enugu governor Peter Mbah joined the party in October, and Plateau governor Caleb Mutfwang is widely expected to follow before the end of March, two of his aides said.

APC national chairman Nentawe Yilwatda said the party would hold its national convention in Abuja in the second half of May, and that President Bola Tinubu would be its only presidential aspirant.

Read more: Naira steadies as CBN keeps rates on hold

The opposition African Democratic Congress (ADC), which former Vice President Atiku Abubakar joined last year, may hold its presidential primary as early as May, party spokesman Bolaji Abdullahi said.

The Peoples Democratic Party (PDP), weakened by the defections, faces a Federal High Court ruling on its leadership on March 3 that could force its acting national chairman to step down, analysts say.

Tinubu will travel to Paris next week for talks with President Emmanuel Macron on security cooperation, the presidency said. The Defence Headquarters said troops would stay deployed in Plateau and Benue states through the end of the year.
"""},

"h64en04": {"outlet": "Crocker Range Wire (Kota Kinabalu)", "published": "2025-10-20", "text": """Sabah votes November 29 as unity government partners split on seats

KOTA KINABALU, Oct 20 (Crocker Range Wire) - Sabah will elect a new state assembly on November 29, with nominations on November 15 and early voting on November 25, the Election Commission said on Thursday, setting up the biggest test yet for Prime Minister Anwar Ibrahim's unity government.

Anwar's Pakatan Harapan (PH) and Gabungan Rakyat Sabah (GRS), led by caretaker Chief Minister Hajiji Noor, are expected to finalise a seat-sharing deal by the end of the week, two PH officials said.

But Barisan Nasional (BN), the other main federal partner, will contest at least 40 of the 73 seats on its own, Sabah UMNO chief Bung Moktar Radin said on Saturday, raising the prospect of three-cornered fights. Analysts say UMNO president and Deputy Prime Minister Ahmad Zahid Hamidi could still broker a truce with GRS before nominations.

Hajiji said on Sunday that GRS "will not take orders from Kuala Lumpur" on candidates. GRS was formed after the September 2020 snap election, in which Warisan lost power.

Read more: Ringgit firms ahead of ASEAN summit

Anwar, who hosts the ASEAN summit in Kuala Lumpur from October 26 to 28, will spend three days in Sabah in the first week of November, his office said.

Warisan president Shafie Apdal said his party would field candidates in all 73 seats and could consider a pact with PH after the vote.

Two GRS assemblymen could quit the party if they are denied seats, party sources said, although Hajiji has dismissed the reports as "campaign noise".

The Eastern Sabah Security Command will extend its dusk-to-dawn sea curfew in six east-coast districts until November 30, the state police said, citing the risk of kidnap-for-ransom raids during the campaign.
"""},

"h64en05": {"outlet": "Phoenix Park Wire (Dublin)", "published": "2026-04-21", "text": """Connolly to make first state visit to Spain in June

DUBLIN, April 21 (Phoenix Park Wire) - President Catherine Connolly will make her first state visit abroad to Spain from June 8 to 10, Aras an Uachtarain said on Monday.

The trip needs the formal approval of the government, which is expected at Wednesday's cabinet meeting, a government spokesman said.

Connolly is due to meet King Felipe VI and Prime Minister Pedro Sanchez in Madrid and to address the Spanish parliament, her office said. She won the presidential election on October 24 with 63 percent of the vote and took office on November 11. Spain is home to some 20,000 Irish citizens.

Tanaiste Simon Harris said on Sunday the government "will not stand in the way" of the president's travel plans, after some Fine Gael TDs questioned her past remarks on EU defence policy.

Foreign Affairs Minister Helen McEntee will travel to Madrid next week to prepare the visit and is expected to meet her Spanish counterpart Jose Manuel Albares, the Department of Foreign Affairs said. Ireland and Spain are likely to sign a memorandum on offshore wind cooperation during the state visit, officials said.

Read more: Irish exports to the U.S. fall for a third month

A state visit to Chile could follow in the autumn, though no date has been fixed, a source at the president's office said. A first visit to Britain is not expected before 2027, diplomats said.

French President Emmanuel Macron could make a state visit to Ireland in September, a French diplomat said.

The last Irish troops serving with the UN peacekeeping force in Lebanon will return home by the end of the year, the Defence Forces said on Tuesday.
"""},
}
