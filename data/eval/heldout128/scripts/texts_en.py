"""English texts of heldout128, written for this project. Invented or generic facts."""

EN = {
"h128en01": {"outlet": "Chobe Wire (Kasane)", "published": "2026-08-12", "text": """Can Kasane agree on Africa's elephants? Botswana hosts KAZA leaders

KASANE, Aug 12 (Chobe Wire) - The leaders of Angola, Botswana, Namibia, Zambia and Zimbabwe will meet in Kasane on August 27 for the first summit of the Kavango-Zambezi Transfrontier Conservation Area (KAZA) since 2016, Botswana's Ministry of Environment and Tourism said in a statement on Tuesday.

President Duma Boko is expected to use the meeting to seek backing for moving up to 8,000 elephants from northern Botswana into Angola's Luengue-Luiana park, two officials said. Botswana moved 150 elephants there in a pilot in May.

"Botswana will not accept lectures from countries that wiped out their own wildlife," Boko told parliament last week, referring to a British bill that would ban imports of hunting trophies.

Angolan President Joao Lourenco is likely to sign a translocation protocol with Boko on the sidelines of the summit, diplomats said. Namibia's President Netumbo Nandi-Ndaitwah has not confirmed her attendance, the Windhoek Ledger newspaper reported.

Zambia, which holds general elections on Thursday, may send its vice-president if the count drags on, a Zambian official said.

Read more: Botswana diamond sales slip for a third straight quarter

The Botswana Defence Force (BDF) will deploy two more anti-poaching companies along the Chobe River from next week, its spokesman, Colonel Tshepo Kebonang, said.

The director of wildlife and national parks, Kabelo Sebina, will step down at the end of the month, the ministry said. A successor is likely to be named by mid-September, according to two officials.

A by-election in the Chobe constituency, left vacant in June, is set for October 3. The opposition Botswana Democratic Party (BDP) has not decided whether to field a candidate.

Analysts say the five states could fail to agree on a joint position on ivory sales before the summit. "A single sale would not pay for the fences," said Onalenna Moremi, a conservation economist at the University of Botswana.
"""},

"h128en02": {"outlet": "Momotombo Wire (Managua)", "published": "2025-12-03", "text": """Will Nicaragua's canal dream return? Lawmakers vote on new route as Washington warns

MANAGUA, Dec 3 (Momotombo Wire) - Nicaragua's National Assembly will vote on Thursday on a reform of the Grand Canal law that opens the way for a new southern route, Assembly President Gustavo Porras said on Tuesday.

The ruling Sandinista Front holds 75 of the 91 seats, and the reform is expected to pass without changes.

The Assembly repealed the 2013 concession held by Hong Kong-based HKND Group in May 2024, after a decade without works.

A Chinese government delegation is expected in Managua in mid-December to sign an agreement on a new feasibility study, according to a statement from the presidency.

Co-President Rosario Murillo said on Monday that Nicaragua "will not ask permission from anyone" to build the canal.

Washington could impose sanctions on Nicaraguan officials involved in the project, a State Department official said. The U.S. House is due to vote before the end of the year on a bill that would review Nicaragua's place in the CAFTA-DR trade pact, congressional aides said.

Read more: Remittances to Nicaragua hit a record in October

Costa Rica's Foreign Minister Arnoldo Andre said San Jose would take the matter to the International Court of Justice if the route touched the San Juan River.

The Nicaraguan army will hold exercises with Russian instructors along the Caribbean coast in January, the army said in a statement.

Co-President Daniel Ortega is likely to travel to Beijing in the first half of 2026, diplomats said. Nicaragua has not said whether it will send a delegation to the SICA summit in Panama City on December 12.

Analysts say financing for the canal is unlikely before 2027 and that Murillo could head the Sandinista ticket in the general election due in November 2026. "Beijing signs studies, not cheques," said Ernesto Lacayo, a Managua economist now based in San Jose.
"""},

"h128en03": {"outlet": "Zeta Wire (Podgorica)", "published": "2027-04-22", "text": """Montenegro to sign next highway section as Monteput chief quits

PODGORICA, April 22 (Zeta Wire) - Montenegro will sign a contract for the Matesevo-Andrijevica section of the Bar-Boljare highway with a Turkish-Azerbaijani consortium on Monday, Transport Minister Dragan Lakic said on Wednesday.

The first section, from Smokovac to Matesevo, opened in July 2022 after years of delays and a Chinese loan of about $944 million.

Lakic said the government "will not take another Chinese loan" for the project. The European Commission is expected to approve a grant of 120 million euros for the new section in June, EU officials said.

Works could start as early as July, Lakic added, and are planned to last 48 months.

The head of state road company Monteput, Vuk Radonjic, resigned on Tuesday after an audit questioned toll revenues. The government will name an acting director on Friday, it said in a statement.

Read more: Montenegro tourism bookings up ahead of summer season

The opposition Democratic Party of Socialists (DPS) will ask parliament to hear Lakic at the economy committee next week, DPS spokeswoman Jelena Bozovic said.

Montenegrin and Serbian transport ministers are due to meet in Belgrade in mid-May to agree on a joint border crossing at Boljare, officials in both capitals said. Belgrade has not yet said when it will finish its side of the link.

Prime Minister Milojko Spajic is expected to attend Monday's signing, the daily Lovcenski Glas reported.

Analysts say the highway could dominate the campaign for the parliamentary election expected in October. "Every government promises the next section before a vote," said Ana Vujosevic, a political scientist at the University of Montenegro.

Montenegro hopes to close its EU accession talks by the end of 2027, and Brussels has tied part of its infrastructure money to transparent tendering.
"""},

"h128en04": {"outlet": "Kentron Wire (Yerevan)", "published": "2026-12-08", "text": """EU set to extend Armenia border mission despite Baku's objections

YEREVAN, Dec 8 (Kentron Wire) - European Union foreign ministers are expected to extend the mandate of the EU Monitoring Mission in Armenia (EUMA) by two years when they meet in Brussels next Monday, EU diplomats said.

The unarmed mission, deployed in February 2023, has about 200 monitors along the border with Azerbaijan. Its current mandate expires in February.

Azerbaijan's foreign ministry said on Monday the mission "has no place" in the region once the peace agreement is signed.

Foreign Minister Ararat Mirzoyan said Armenia would not ask the monitors to leave before border delimitation is complete. The delimitation commissions, led by Deputy Prime Ministers Mher Grigoryan and Shahin Mustafayev, will meet in Ijevan on December 18, officials in Yerevan said.

Armenia's defence ministry said the two armies would set up a direct hotline to support the ceasefire on the border by the end of January.

Read more: Armenia's central bank holds key rate at 6.75%

Russia may raise the mission at the OSCE Permanent Council in Vienna on Thursday, a Russian diplomat said.

EU foreign policy chief Kaja Kallas is due to visit Yerevan in late January, and an EU-Armenia summit is expected in Brussels in March, according to the European External Action Service.

Armenian troops will hold a joint exercise with French units in the Syunik region from February 10 to 20, the defence ministry said.

Prime Minister Nikol Pashinyan wants the constitutional referendum held before the end of 2027, his office said, a vote Baku sees as a condition for signing the peace deal.

Analysts say Brussels could shrink the mission once the treaty is signed. "The monitors are a signal more than a shield," said Lilit Hakobyan, a researcher at a Yerevan think tank.

Fighting along the border has been rare since Azerbaijan retook Nagorno-Karabakh in September 2023.
"""},

"h128en05": {"outlet": "Gombak Wire (Kuala Lumpur)", "published": "2026-03-10", "text": """Malaysia's parliament to debate U.S. trade pact as opposition cries foul

KUALA LUMPUR, March 10 (Gombak Wire) - Malaysia's Dewan Rakyat will start debating a motion endorsing the reciprocal trade agreement with the United States on Monday, Investment, Trade and Industry Minister Azlan Rashid said on Tuesday.

The agreement was signed in Kuala Lumpur in October 2025 during a visit by U.S. President Donald Trump.

A vote is expected before the sitting ends on April 2, Azlan said. The opposition Perikatan Nasional (PN) said it would walk out of the vote, calling the pact "a surrender of economic sovereignty".

Prime Minister Anwar Ibrahim said on Monday that Malaysia "will not pick sides" between Washington and Beijing.

A new permit requirement for exports of advanced AI chips takes effect on April 1, the trade ministry said in a statement.

Washington could add Malaysian chip firms to its Entity List if transshipment rules are not tightened, a U.S. official said. U.S. Trade Representative Jamieson Greer is expected in Kuala Lumpur in early April, according to two people familiar with the plans.

Read more: Ringgit firms as palm oil exports rise

Anwar is expected to raise U.S. tariffs at the ASEAN summit in Manila in late May, an official in his office said.

China's commerce ministry may open an anti-dumping investigation into Malaysian solar panels within weeks, the Kuala Lumpur daily Berita Klang reported.

The Royal Malaysian Navy will hold its first joint exercise with U.S. forces off Sabah in the second week of June, the navy said.

Analysts say the pact could cost the ruling coalition votes in the Malacca state election, expected in the second half of the year. "Voters read the tariff schedule as a list of concessions," said Nurul Huda Ismail, an economist at a Kuala Lumpur research institute.

Malaysia's exports to the United States rose by 12% last year, led by electronics.
"""},
}
