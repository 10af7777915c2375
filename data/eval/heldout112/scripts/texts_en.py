"""English texts of heldout112, written for this project. Invented or generic facts."""

EN = {
"h112en01": {"outlet": "Koneswaram Wire (Trincomalee)", "published": "2026-06-23", "text": """Will Trincomalee finally become an energy hub? Sri Lanka, India and UAE near tank farm deal

TRINCOMALEE, June 23 (Koneswaram Wire) - Sri Lanka's cabinet is expected to approve a joint venture agreement with Indian Oil Corp and the Abu Dhabi National Oil Company (ADNOC) to redevelop 61 World War Two-era oil tanks in Trincomalee at its meeting next Monday, Energy Minister Kumara Jayakody said on Tuesday.

The three governments signed a memorandum on the energy hub in Colombo in April 2025, during a visit by Indian Prime Minister Narendra Modi.

The joint venture agreement would be signed in Colombo in mid-July, when Indian Petroleum Minister Hardeep Singh Puri is due to visit, Jayakody said. He added that Sri Lanka would keep a 51 percent stake and "will not lease the tanks to any single foreign company again."

Officials from the three countries will meet in Abu Dhabi on July 2 to settle the shareholder terms, the energy ministry said in a statement.

Opposition leader Sajith Premadasa, whose Samagi Jana Balawegaya (SJB) has called the hub a "strategic giveaway," said his party would demand a full parliamentary debate before the signing.

Read more: Sri Lanka's tourist arrivals rise 14% in May

A feasibility study for a multi-product pipeline from Nagapattinam to Trincomalee could be completed by the end of the year, two officials at the Ceylon Petroleum Corporation said. ADNOC's chief executive may visit Colombo in September, a Gulf diplomat said.

President Anura Kumara Dissanayake is expected to attend the BIMSTEC summit in Dhaka in the second week of September, where he is likely to meet Modi on the sidelines, according to his office.

The Election Commission said last month it would hold provincial council elections in the first half of 2027, and the hub is a sensitive issue in the Eastern Province.

Analysts say refined products are unlikely to flow through the restored tanks before 2028.
"""},

"h112en02": {"outlet": "Yojoa Wire (Tegucigalpa)", "published": "2026-03-13", "text": """Honduras moves to restore extradition treaty with U.S. as Asfura courts Washington

TEGUCIGALPA, March 13 (Yojoa Wire) - Honduras' National Congress will vote next Tuesday on a decree restoring the extradition treaty with the United States, Congress President Tomas Zambrano said on Thursday, a year and a half after the previous government moved to end it.

The decree is expected to pass with votes from the ruling National Party and the Liberal Party, which together hold more than 90 of the 128 seats, Zambrano said.

Former President Xiomara Castro's government notified Washington in August 2024 that it would end the treaty, accusing the U.S. ambassador of meddling.

Security Minister Ramon Ulloa said the first extradition requests, covering about a dozen suspects, could be processed within 60 days.

The armed forces will take over the country's four largest prisons from April 1, the Defence Ministry said in a statement, after riots in February killed 11 inmates.

Church mediators have been seeking a truce between the MS-13 and Barrio 18 gangs in San Pedro Sula, but a deal is unlikely before April, a person involved in the talks said.

Read more: Honduras coffee exports fall 9%

The U.S. State Department could lift visa restrictions imposed on several Honduran officials last year if the treaty is restored, a State Department official said. U.S. Secretary of State Marco Rubio is expected to visit Tegucigalpa in the second half of April for talks with President Nasry Asfura, two diplomats said.

Attorney General Johel Zelaya, appointed under Castro, may resign before the vote, according to two lawmakers of the ruling party. Zelaya has denied any plan to step down.

Asfura will address the nation on Sunday to explain the decision, his office said.

Analysts say the move may be followed by a decision to restore diplomatic ties with Taiwan before the end of the year, although Asfura has not set a date.
"""},

"h112en03": {"outlet": "Kekava Wire (Riga)", "published": "2026-05-20", "text": """Can Latvia keep Rail Baltica on track before the election?

RIGA, May 20 (Kekava Wire) - Latvia's cabinet will meet in an extraordinary session next Tuesday to decide whether to build only a single track between Riga and the Lithuanian border in the first phase of Rail Baltica, Transport Minister Atis Svinka said on Wednesday.

Svinka said the cabinet was likely to back the single-track option, which would cut the first-phase cost to about 3 billion euros, and that the line "will not be ready before 2030."

Latvia is expected to sign a grant agreement worth 240 million euros under the EU's Connecting Europe Facility (CEF) in Brussels in early July, a ministry official said.

Janis Kalnins, head of the state company Eiropas Dzelzcela Linijas (EDzL), offered his resignation last week after auditors criticised delays at Riga Central station. The supervisory board is expected to accept it on Friday.

Baltic transport ministers will meet in Vilnius on June 4 to coordinate work on the border section, the ministry said.

Read more: Latvia's inflation eases to 2.9% in April as energy prices fall

NATO planners want the line to carry heavy equipment, and an exercise testing rail transport of armoured vehicles from Poland to Latvia is scheduled for September, the defence ministry said.

Prime Minister Evika Silina is expected to ask EU leaders for more military mobility funds at the European Council on June 25-26, her office said.

Latvia holds a parliamentary election on October 3. The opposition National Alliance has called for Svinka's resignation and could table a no-confidence motion against him in June, a party official said.

Analysts say Vilnius and Tallinn may seek talks on the joint timetable once Riga decides, since Estonia and Lithuania plan double tracks on their own sections.
"""},

"h112en04": {"outlet": "Chambeshi Wire (Lusaka)", "published": "2025-12-11", "text": """Zambia, Tanzania to sign new fuel pipeline deal as election nears

LUSAKA, Dec 11 (Chambeshi Wire) - Zambia and Tanzania will sign an agreement on a new 1,700-km fuel products pipeline from Dar es Salaam to Ndola in Lusaka on December 19, Energy Minister Makozo Chikote said on Wednesday.

Tanzania's energy minister is expected to lead his country's delegation to the signing, Chikote said.

The line, to be built by a consortium led by China Petroleum Pipeline Engineering (CPP), would replace the 57-year-old Tazama pipeline, which carries diesel but cannot meet Zambia's growing demand from mines and farms.

Technical teams from both countries met in Dar es Salaam last week to settle the route, which runs close to the TAZARA railway for most of its length.

Chikote said construction "will start in the second quarter of 2026" and that Zambia "will not take on new sovereign debt for the project."

President Hakainde Hichilema will travel to Dar es Salaam next month for talks with President Samia Suluhu Hassan on the financing, State House said. He is also likely to seek regional backing at an extraordinary SADC summit expected in late January, a regional diplomat said.

Read more: Zambia's kwacha firms as copper prices climb

Zambia holds a general election on August 13, 2026, and the opposition has accused the government of rushing the deal. Makebi Zulu, the presidential candidate of the Patriotic Front (PF), said his party would review the contract if it won.

Separately, the Energy Regulation Board (ERB) will announce new pump prices on Monday, and two officials said they expected a cut of about 3 percent.

Analysts say the pipeline is unlikely to carry fuel before 2029, citing land compensation and the slow pace of earlier regional energy projects in the two countries.
"""},

"h112en05": {"outlet": "Khovsgol Wire (Ulaanbaatar)", "published": "2027-10-04", "text": """Mongolia, Rio Tinto to resume Oyu Tolgoi talks as tax dispute drags on

ULAANBAATAR, Oct 4 (Khovsgol Wire) - Mongolia and Rio Tinto will resume talks on Oyu Tolgoi's disputed tax bill and the copper mine's power supply in Ulaanbaatar on Thursday, Mining Minister Erdene Bat-Ochir said on Monday.

Rio Tinto's copper chief executive is expected to join the talks, the first since March, Bat-Ochir said, adding that the government "will not drop its tax claim."

The government and Rio Tinto signed a deal in January 2022 that ended an earlier dispute over cost overruns at the underground mine.

Bat-Ochir said a power purchase agreement with the Tavan Tolgoi power plant "will be signed before the end of the year," so that the mine can stop importing electricity from China.

Parliament's economic standing committee will hold a closed hearing on the mine on Wednesday, the State Great Khural's press office said.

An arbitration hearing on the $230 million tax claim is scheduled in London for February 2028, a person familiar with the case said.

Read more: Mongolia's coal exports to China rise 11% in September

Mongolia holds a parliamentary election in June 2028, and several lawmakers of the ruling Mongolian People's Party (MPP) could push for a resolution to renegotiate the 2009 investment agreement before the vote, party officials said.

Prime Minister Gombojav Zandanshatar is expected to brief lawmakers on the talks later this month.

Rio Tinto chief executive Simon Trott may visit Ulaanbaatar in November, two people familiar with the plans said. Underground production is expected to reach full capacity in 2028, Rio Tinto said in its quarterly report.

Analysts say a settlement of the tax dispute is unlikely before the 2028 election, as neither side wants to be seen giving ground while campaigning starts.
"""},
}
