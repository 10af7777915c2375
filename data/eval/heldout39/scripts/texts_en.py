"""English texts of heldout39, written for this project in one sitting. Invented or generic facts."""

EN = {
"h39en01": {"outlet": "Lubombo Wire", "published": "2026-02-18", "text": """Eswatini budget to test SACU slump as teachers threaten strike

MBABANE, Feb 18 (Lubombo Wire) - Eswatini's Finance Minister Neal Rijkenberg will present the 2026/27 budget to parliament next Wednesday, with receipts from the Southern African Customs Union (SACU) expected to fall for a second year, the Ministry of Finance said on Tuesday.

King Mswati III is due to open the new session of parliament on Friday with a speech from the throne, the government said.

Rijkenberg told reporters the government "will not borrow from commercial banks to pay salaries" and would instead slow capital projects. SACU transfers, which fund roughly 40% of the budget, fell by about a fifth in 2025/26.

The Swaziland National Association of Teachers will begin a strike from March 2 unless the government agrees to a cost-of-living adjustment, its president, Sibusiso Nkambule, said on Monday.

The Central Bank of Eswatini is expected to keep its discount rate at 6.75% when its Monetary Policy Committee meets on March 24, according to three economists polled by Lubombo Wire.

Read more: Eswatini sugar exports to the EU rise 9% in 2025

Taiwan's Foreign Minister Lin Chia-lung is expected in Mbabane in mid-March to sign an agricultural and health cooperation agreement, a government source said. Eswatini is Taipei's last diplomatic ally in Africa.

Government spokesperson Alpheous Nxumalo said on Monday that Eswatini would not accept further deportees from the United States beyond those agreed under last year's arrangement.

The banned opposition People's United Democratic Movement (PUDEMO) will boycott the March 28 by-elections in two tinkhundla constituencies, its president, Mlungisi Makhanya, said.

Prime Minister Russell Mmiso Dlamini will lead the delegation to the SACU Council of Ministers in Windhoek in the second week of April, where a review of the revenue-sharing formula could be discussed, officials said.

Eswatini will also host a SADC Organ Troika summit in Mbabane in August, the foreign ministry said.
"""},

"h39en02": {"outlet": "Liffey Wire", "published": "2026-06-19", "text": """Ireland readies EU presidency as settlements bill heads for final Dail vote

DUBLIN, June 19 (Liffey Wire) - Ireland will take over the rotating presidency of the Council of the European Union on July 1 with Ukraine's accession talks and the next long-term EU budget at the top of its agenda, Taoiseach Micheal Martin said on Thursday.

Martin is due to present the presidency's priorities to the European Parliament in Strasbourg on July 7.

The Dail is expected to hold its final vote on the Occupied Territories Bill next Wednesday, government sources said, after months of amendments to extend a ban on imports from Israeli settlements to some services.

Foreign Minister Helen McEntee said on Tuesday the bill "will not be watered down" to meet objections from U.S. companies.

U.S. Ambassador Edward Walsh warned last week that the bill could lead American firms to reconsider investment in Ireland, and some members of Congress have raised the possibility of retaliatory measures.

Read more: Irish exchequer returns beat forecasts on corporate tax

During the presidency, Ireland will host an informal meeting of EU foreign ministers in Dublin in late August and an informal summit of EU leaders at Dublin Castle in early October, the Department of Foreign Affairs said.

Martin is likely to travel to Kyiv in September, a senior official said, though no date has been fixed.

A by-election in Galway West, caused by Catherine Connolly's election as president last October, will be held on July 3. A poll by Corrib Research published on Sunday put Fianna Fail's candidate ahead, and the party is expected to take the seat.

Sinn Fein leader Mary Lou McDonald said her party would table a motion of no confidence in Housing Minister James Browne when the Dail returns in September, accusing the government of missing its housing targets. Government sources said the motion was likely to fail.
"""},

"h39en03": {"outlet": "Rajang Wire", "published": "2026-10-22", "text": """Sarawak heads to polls after assembly dissolved; GPS eyes two-thirds

KUCHING, Oct 22 (Rajang Wire) - Malaysia's Election Commission will meet next Tuesday to fix nomination and polling dates for the Sarawak state election after the state assembly was dissolved on Wednesday, the commission said in a statement.

Under the state constitution, polling must be held by December 20. Party officials expect the vote in mid-December, after the peak of the monsoon floods.

Premier Abang Johari Openg said his Gabungan Parti Sarawak (GPS) coalition would contest all 82 seats and aimed to keep "a strong two-thirds majority". GPS won 76 seats in December 2021.

Pakatan Harapan's Sarawak chief, Chong Chieng Jen, said the Democratic Action Party could win back several urban seats in Kuching and Sibu.

Perikatan Nasional chairman Muhyiddin Yassin said on Monday the opposition coalition would not field candidates in Sarawak, leaving the field to GPS and Pakatan.

Prime Minister Anwar Ibrahim will visit Kuching next week for talks with Abang Johari on gas distribution rights, his office said, amid a dispute between national oil company Petronas and the state-owned Petroleum Sarawak (Petros).

A senior Petros official said an agreement on the state's role as gas aggregator could be signed before the end of the year, but Petronas said on Tuesday that talks "have not concluded".

Read more: Ringgit firms as exports beat forecasts

The Royal Malaysian Navy will deploy two more patrol vessels to Luconia Shoals off Sarawak in November after Chinese coast guard ships were spotted there this month, the defence ministry said.

Bank Negara Malaysia is widely expected to keep its overnight policy rate at 2.75% on November 5, according to a Rajang Wire poll of 10 economists.
"""},

"h39en04": {"outlet": "Lempa Wire", "published": "2027-01-12", "text": """El Salvador assembly set to extend emergency rule ahead of February vote

SAN SALVADOR, Jan 12 (Lempa Wire) - El Salvador's Legislative Assembly is expected to approve on Thursday another 30-day extension of the state of exception, lawmakers from the governing Nuevas Ideas party said.

The vote comes weeks before the February 28 general election, in which President Nayib Bukele is seeking a new term.

A poll by the Central American University's public opinion institute (IUDOP), published on Sunday, gave Bukele more than 80% support. Analysts say Nuevas Ideas is likely to keep its supermajority in the assembly.

The Supreme Electoral Tribunal (TSE) said on Monday the official presidential campaign will open on January 29, and Salvadorans abroad will be able to vote online from February 13 to February 28.

Opposition presidential candidate Claudia Ortiz of the Vamos party said she would ask the Organization of American States to send an electoral observation mission.

The defence ministry said the armed forces would deploy 25,000 soldiers to guard polling stations on election day. Justice and Security Minister Gustavo Villatoro could resign after the vote to take a seat in the assembly, local media reported.

Read more: Salvadoran remittances hit a record

An International Monetary Fund mission will arrive in San Salvador next week for the third review of the country's $1.4 billion Extended Fund Facility, the finance ministry said. Finance Minister Jerson Posada said he expected a staff-level agreement by the end of January, which would unlock a disbursement of about $120 million.

Posada also said the government "will not resume" public-sector purchases of bitcoin while the programme is in place.

Bukele is scheduled to meet U.S. Secretary of State Marco Rubio in Washington in early February to discuss the agreement under which El Salvador holds deportees from the United States in its CECOT prison, the presidency said. U.S. officials said the agreement could be extended for another year.
"""},

"h39en05": {"outlet": "Nareau Wire", "published": "2027-09-30", "text": """Kiribati parliament to vote on maritime security bill as Maamau heads to Beijing

SOUTH TARAWA, Sept 30 (Nareau Wire) - Kiribati's parliament, the Maneaba ni Maungatabu, will vote on Tuesday on a maritime security bill that would allow foreign police and coast guard vessels to help patrol the country's exclusive economic zone, the Speaker's office said.

The bill is expected to pass comfortably, as President Taneti Maamau's Tobwaan Kiribati Party holds a large majority.

Opposition leader Banuera Teem said the bill could open the door to Chinese coast guard ships patrolling Kiribati waters, and urged lawmakers to hold consultations on the outer islands first.

Maamau will travel to Beijing in mid-October for a state visit, his office said. He is expected to sign agreements on upgrading the airstrip on Kanton Island and on fisheries cooperation, a government source said.

Maamau met Chinese Ambassador Zhou Limin in South Tarawa last week to prepare the trip, the foreign ministry said. Kiribati switched diplomatic recognition from Taipei to Beijing in September 2019.

Australian Pacific Minister Pat Conroy is expected in Tarawa next month, diplomats said, and Canberra may offer additional budget support before the end of the year.

Read more: Kiribati copra prices rise on strong Asian demand

Fisheries Minister Ribanataake Tiwau said U.S. purse-seine vessels could lose access to Kiribati waters from January if Washington does not pay its dues under the South Pacific Tuna Treaty.

Tarawa will also host a Forum Fisheries Agency ministerial meeting from October 26 to 28, the agency said.

A Japanese coast guard training vessel will call at Betio port next week, the Japanese embassy in Tarawa said.

Kiribati's next general election is due in the first half of 2028.
"""},
}
