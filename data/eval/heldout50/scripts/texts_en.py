"""English texts of heldout50, written for this project in one sitting. Invented or generic facts."""

EN = {
"h50en01": {"outlet": "Caroni Wire", "published": "2026-01-16", "text": """Trinidad seeks longer state of emergency as gas licence talks resume

PORT OF SPAIN, Jan 16 (Caroni Wire) - Trinidad and Tobago's government will ask the House of Representatives on Monday to extend the state of emergency by a further three months, National Security Minister Roger Alexander said on Thursday.

The emergency was declared on December 29 after a surge in gang killings. It allows police to detain suspects for up to seven days without charge.

An extension needs a three-fifths majority in the House, and the government is likely to need at least two opposition votes, analysts say. Opposition Leader Pennelope Beckles said the People's National Movement would not support "an open-ended emergency", but her party could back a shorter extension of 30 days.

Energy Minister Roodal Moonilal is due to travel to Washington next week for talks with U.S. Treasury officials on a licence that would allow bp and the National Gas Company to develop the cross-border Cocuina-Manakin gas field with Venezuela, his ministry said.

A decision on the licence is expected by the end of February, a person familiar with the talks said, though it could be delayed if Washington tightens sanctions on Caracas.

Read more: Trinidad's LNG exports fall for a third month

Prime Minister Kamla Persad-Bissessar will attend the CARICOM heads of government meeting in Basseterre, St Kitts and Nevis, from February 24 to 27, where regional security cooperation is likely to top the agenda, the Office of the Prime Minister said.

Before that, CARICOM security ministers will hold a special session in Port of Spain in mid-February to discuss a regional arrest warrant, officials said.

The Trinidad and Tobago Defence Force will hold joint exercises with a U.S. Marine Corps unit in Chaguaramas in the second week of February, the defence force said. Venezuela's government has warned that it would treat such drills as "a provocation".
"""},

"h50en02": {"outlet": "Tanganyika Wire", "published": "2025-06-01", "text": """Burundi heads to the polls amid its worst fuel shortage in years

BUJUMBURA, June 1 (Tanganyika Wire) - Burundians will vote on Thursday, June 5, for a new National Assembly and communal councils. The ruling CNDD-FDD is widely expected to keep its large majority.

The electoral commission (CENI) will publish provisional results within a week of the vote, its chairman Prosper Ntahorwamiye said on Friday, and the Constitutional Court is due to proclaim final results by June 20.

The main opposition figure, Agathon Rwasa, was pushed out of the leadership of the National Congress for Freedom (CNL) in 2023 and is not on the ballot. Some of his supporters have called for a boycott.

The Ministry of Hydraulics, Energy and Mines said on Saturday that 12 million litres of fuel imported through Dar es Salaam would reach Bujumbura "within ten days", but traders said shortages could persist into July because importers cannot get enough foreign currency.

Bank of the Republic of Burundi Governor Edouard Normand Bigendako said the bank would auction $15 million to fuel importers next week and "will not devalue the franc again this year".

An IMF staff mission is scheduled to visit Bujumbura in mid-July to resume talks on a new Extended Credit Facility, a Fund spokesperson said.

Read more: Coffee exports from Burundi rise 8% in first quarter

President Evariste Ndayishimiye could travel to Dar es Salaam after the vote to seek a fuel supply deal with Tanzanian President Samia Suluhu Hassan, two government officials said.

The East African Community will deploy a 40-member observer mission from Tuesday, the regional bloc's secretariat said. The European Union, which resumed direct budget support in 2022, has not been invited to observe.

Analysts say Ndayishimiye is likely to reshuffle his cabinet once the new assembly is sworn in, possibly replacing Prime Minister Gervais Ndirakobuca, who has faced criticism over the fuel crisis.
"""},

"h50en03": {"outlet": "Lovcen Wire", "published": "2027-03-16", "text": """Montenegro set to close last EU chapters, eyes treaty signing this year

PODGORICA, March 16 (Lovcen Wire) - Montenegro expects to close its last three negotiating chapters at an intergovernmental conference with the European Union in Brussels on March 30, European Affairs Minister Maida Gorcevic said on Monday.

The chapters still open cover competition policy, environment, and financial and budgetary provisions. The European Commission is due to present its assessment of the closing benchmarks to member states' ambassadors on Wednesday, an EU official said.

Croatia could still hold up the conference over the return of the training ship Jadran, diplomats in Brussels said.

Prime Minister Milojko Spajic said the government aimed to sign the accession treaty before the end of the year, and that drafting by a joint working group would begin in April.

Ratification by all 27 member states could take up to two years, and membership is unlikely before 2029, analysts say.

Parliament will vote on Thursday on a new law on the state prosecution service, one of the last EU benchmarks, and the governing coalition expects it to pass with at least 45 of 81 votes, Speaker Andrija Mandic said. The opposition Democratic Party of Socialists will walk out of the vote, its leader Danijel Zivkovic said.

President Jakov Milatovic called last month for a referendum on membership once negotiations are closed. Spajic said on Monday there would be no referendum "because there is no doubt about the people's will".

Read more: Montenegro's tourism revenue hits record in 2026

Enlargement Commissioner Marta Kos will visit Podgorica on April 8 and address parliament, the EU delegation in Podgorica said.

Spajic is expected to attend an EU-Western Balkans leaders' meeting on the margins of the European Council on June 24-25.

The army will host the multinational exercise "Lovcen 27" near Niksic in the second half of May, the defence ministry said.
"""},

"h50en04": {"outlet": "Cerro Wire", "published": "2026-04-20", "text": """Uruguay's social-security dialogue nears end as unions plan stoppage

MONTEVIDEO, April 20 (Cerro Wire) - Uruguay's national social-security dialogue will hold its closing session on April 30 and hand its final report to President Yamandu Orsi, Labour and Social Security Minister Juan Castillo said on Sunday.

The government expects to send a pension bill to parliament in the second half of the year. Castillo said the government "will not touch" the retirement age of 65 set by the 2023 reform.

The PIT-CNT union federation will hold a four-hour general stoppage on Thursday to press for faster changes to the private pension funds, known as AFAPs, its president Marcel Abdala said. A plebiscite backed by the federation to scrap the funds failed in October 2024.

The opposition National Party will not back any bill that dismantles the AFAP system, senator Javier Garcia said, and the Colorado Party could present its own proposal next month.

The ruling Broad Front has a majority in the Senate but is two seats short in the Chamber of Deputies, so the bill is likely to need votes from smaller parties such as Cabildo Abierto or Identidad Soberana, analysts say.

The president of the BPS social security bank, Jimena Pardo, said the bank would publish updated actuarial projections by mid-June.

Read more: Uruguay's beef exports to China climb in March

Economy Minister Gabriel Oddone will present the fiscal cost of the dialogue's proposals to the Senate finance committee on May 5, the committee's chairman said. Castillo and Oddone will meet union leaders at the Torre Ejecutiva on Tuesday to discuss the stoppage.

Local media have reported that Castillo could step down once the bill is tabled, a report the presidency denied on Saturday.

Orsi will attend the Mercosur summit in Asuncion in early July, his office said.

The dialogue, launched in June 2025, brought together unions, employers and retirees' groups.
"""},

"h50en05": {"outlet": "Betio Wire", "published": "2025-11-19", "text": """Kiribati weighs Chinese police role as Australia readies aid package

TARAWA, Nov 19 (Betio Wire) - Kiribati will decide by the end of the year whether to renew an arrangement under which Chinese police officers have worked alongside the Kiribati Police Service since 2022, President Taneti Maamau's office said on Tuesday.

Australia's Minister for Pacific Island Affairs, Pat Conroy, will visit South Tarawa next week to sign a A$30 million budget-support agreement, the Australian High Commission said. Maamau met Conroy in Honiara in September on the sidelines of the Pacific Islands Forum leaders' meeting.

Opposition leader Tessie Lambourne said her party would table a motion in the Maneaba ni Maungatabu in December calling for the Chinese officers to leave. The motion is unlikely to pass given the government's majority.

China's embassy in Tarawa said the cooperation was "transparent and welcomed by the people". Beijing could offer to expand it to maritime patrols, a diplomat in Suva said.

Meleane Fifita, a researcher at the University of the South Pacific in Suva, said Kiribati was likely to renew the arrangement but limit it to training.

Read more: Kiribati's fishing licence revenue slips as tuna moves east

Pacific police chiefs will meet in Brisbane on December 3 to review the Pacific Policing Initiative, the Australian Federal Police said.

The patrol boat RKS Teanoai II is scheduled to return to Tarawa in mid-January after a refit in Cairns. A U.S. Coast Guard cutter is due to call at Tarawa in the second half of December under a shiprider agreement, the U.S. Embassy in Suva said.

Vice-President and Finance Minister Teuea Toatu will table the 2026 budget on December 2.

Kiribati switched diplomatic recognition from Taiwan to Beijing in 2019. Its 33 atolls are spread across an ocean area larger than India, and rising seas threaten much of its land.
"""},
}
