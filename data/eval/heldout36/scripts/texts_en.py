"""English texts of heldout36, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h36en01": {"outlet": "Mesurado Wire", "published": "2026-05-12", "text": """Liberia expects IMF deal by end-May as court funding debate heats up

MONROVIA, May 12 (Mesurado Wire) - An International Monetary Fund mission will arrive in Monrovia on Monday for the fourth review of Liberia's $210 million Extended Credit Facility, the Ministry of Finance and Development Planning said on Sunday.

Finance Minister Augustine Kpehe Ngafuan said he expected a staff-level agreement "before the end of May", which would unlock a disbursement of about $30 million. "We will not ask for a waiver on revenue targets," he told reporters in Monrovia.

The Central Bank of Liberia is widely expected to keep its policy rate at 16.25% when its Monetary Policy Committee meets on May 28, according to a Mesurado Wire poll of six economists. Two of them said a 50-basis-point cut was possible.

Read more: Liberia's rubber exports rise for a third straight quarter

The House Judiciary Committee will hold a hearing on Thursday on funding for the Office of the War and Economic Crimes Court, which President Joseph Boakai set up by executive order in May 2024. The Global Justice and Research Project said it hoped the court's first prosecutor would be appointed by the end of September.

Boakai will attend the ECOWAS summit in Abuja in mid-June, where he is likely to meet Nigerian President Bola Tinubu, his office said.

Transport Minister Lusine Wolokolie resigned last week after an audit of vehicle registration revenue. Boakai is expected to name a successor within days, a presidential aide said.

Washington could add more Liberian officials to its visa restriction list for corruption before the end of June, two Western diplomats said.

Senate President Pro Tempore Nyonblee Karnga-Lawrence said the Senate could ratify the amended mineral development agreement with ArcelorMittal Liberia as early as June.

The Armed Forces of Liberia will send a second infantry company to the UN mission in South Sudan in August, the Ministry of National Defense said.
"""},

"h36en02": {"outlet": "Artibonite Wire", "published": "2026-03-04", "text": """Haiti's electoral council to publish new vote calendar amid security doubts

PORT-AU-PRINCE, March 4 (Artibonite Wire) - Haiti's Provisional Electoral Council (CEP) will publish a revised electoral calendar on Friday, with the first round of presidential and legislative elections now expected in late August, council spokeswoman Marie-Lourdes Joseph said on Tuesday.

A second round could be held in December, she said, adding that no date had been fixed. Candidate registration will open on April 15 and run for three weeks.

The vote had been planned for November 2025 before the council postponed it in October, citing insecurity in the capital and the Artibonite department.

Prime Minister Alix Didier Fils-Aime said on Monday that the elections "will not be postponed again" and that his government would hand over power to an elected president on February 7, 2027.

Read more: Dominican Republic extends border fence works near Dajabon

Fils-Aime will travel to Washington next week for talks with Organization of American States Secretary General Albert Ramdin on funding for the electoral process, his office said.

The Gang Suppression Force, which took over from the Kenya-led mission last year, expects about 600 more troops to arrive by the end of April, a UN official in Port-au-Prince said. A local truce between rival gangs in Croix-des-Bouquets, brokered by church leaders last month, could collapse before the end of March, police officials said.

The U.S. Treasury could sanction more Haitian politicians accused of financing gangs "in the coming weeks", two people familiar with the matter said.

CARICOM leaders are likely to review Haiti's transition when they meet in Basseterre in early July, a CARICOM official said.

Turnout could fall below 20% if the security situation does not improve before the first round, analysts say.
"""},

"h36en03": {"outlet": "Grand Harbour Wire", "published": "2027-01-26", "text": """Abela expected to call Maltese election for late March

VALLETTA, Jan 26 (Grand Harbour Wire) - Prime Minister Robert Abela is expected to ask President Myriam Spiteri Debono to dissolve parliament in the second week of February, paving the way for a general election in late March, two senior Labour Party officials said.

Labour won 55.1% of the vote in March 2022, its third consecutive victory, and Abela has governed since January 2020. A Pjazza Research poll published on Sunday put the party six points ahead, but the Nationalist Party could narrow the gap to under three points by polling day, Pjazza Research director Roderick Zerafa said.

Nationalist leader Alex Borg said on Monday he would not enter "any arrangement with Labour after the vote", dismissing talk of a grand coalition. The opposition has accused the government of timing the vote to benefit from a new tax package.

Finance Minister Clyde Caruana will present a package of income tax cuts and pension increases on February 3, the finance ministry said.

Read more: Malta's tourist arrivals hit record 3.5 million in 2026

Home Affairs Minister Byron Camilleri will travel to Tripoli next week, the ministry said. The two sides are likely to agree a three-year extension of the 2020 migration memorandum, which expires in February.

The Armed Forces of Malta and the Italian Navy will hold a search-and-rescue exercise south of Malta from February 15 to February 18, the Armed Forces of Malta said.

Roberta Metsola, the European Parliament president and a former Nationalist MEP, could appear at Nationalist campaign events, party officials said.

Parliamentary Secretary for Planning Mark Vella resigned last Thursday over a permit granted to a relative. Abela is expected to name a replacement by Friday, his office said. A second resignation could follow, local media reported.
"""},

"h36en04": {"outlet": "Karakum Wire", "published": "2025-10-21", "text": """TAPI's Afghan section to reach Herat by year-end, Ashgabat says

ASHGABAT, Oct 21 (Karakum Wire) - Turkmen and Afghan officials will meet in Herat on Thursday to review work on the Afghan section of the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline, which state concern Turkmengaz expects to reach the city by the end of the year, Turkmenistan's foreign ministry said on Monday.

Construction of the Afghan section began in September 2024 at a ceremony at the Serhetabat border crossing. The 1,814-km pipeline is designed to carry 33 billion cubic metres of gas a year from the Galkynysh field.

Foreign Minister Rashid Meredov told a news conference on Saturday that Turkmenistan "will not join any military alliance", citing the country's status of permanent neutrality.

President Serdar Berdimuhamedov will pay a state visit to Pakistan in the second week of November for talks with Prime Minister Shehbaz Sharif, the presidential press service said. Financing for the Pakistani section of the pipeline is likely to top the agenda.

Read more: Turkmen cotton harvest ahead of plan, ministry says

Analysts say a three-way agreement to ship Turkmen gas to Iraq through Iran could be extended for another year in November, though U.S. sanctions on Tehran could complicate payments.

Ashgabat will host an international forum on December 12 to mark 30 years of permanent neutrality, and several Central Asian leaders are expected to attend.

Turkmenistan's armed forces will hold exercises near the Afghan border in early November, the defence ministry said. By-elections to the Mejlis, the parliament, will be held in two constituencies on December 7, the Central Election Commission said.

Aigerim Sadykova, an energy analyst in Almaty, said work on the Pakistani section was unlikely to start before 2027. "Islamabad still has no financing plan," she said.
"""},

"h36en05": {"outlet": "Upolu Wire", "published": "2025-07-08", "text": """Samoa heads to snap election with ruling party split

APIA, July 8 (Upolu Wire) - Samoans will vote in a snap general election on August 29, with nominations closing on July 25, the Office of the Electoral Commissioner said on Monday.

Parliament was dissolved on June 3 after Prime Minister Fiame Naomi Mata'afa's government lost a vote on its budget, following a split in the ruling FAST party. The split followed a long feud between Fiame and La'auli Leuatea Schmidt, the FAST chairman, who was dismissed from cabinet in January.

Fiame, who now heads a caretaker government, said on Friday that her administration "will not sign any new foreign agreements" before the vote. She has said she will step down as leader of her new party if it wins fewer than ten seats.

The opposition Human Rights Protection Party (HRPP), led by former prime minister Tuilaepa Sailele Malielegaoi, is expected to field candidates in every constituency, party general secretary Tauiliili Sefo said.

Analysts say no party is likely to win an outright majority and that coalition talks could drag into October.

Read more: Samoa's remittances rise 8% in first half

The head of state, Tuimalealiifano Va'aletoa Sualauvi II, is expected to convene the new parliament within 45 days of the vote.

A New Zealand Defence Force logistics team will arrive in the second half of August to help move ballot materials to Savai'i, New Zealand's Ministry of Defence said.

Fiame may skip the Pacific Islands Forum leaders' meeting, scheduled for early September in Honiara, officials said.

About 120,000 voters have registered, the electoral office said, slightly fewer than in 2021.

A Chinese-funded upgrade of Apia's Matautu wharf will not be signed before a new government is formed, a foreign ministry official said.
"""},
}
