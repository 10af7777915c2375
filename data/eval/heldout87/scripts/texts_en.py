"""English texts of heldout87, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h87en01": {"outlet": "Topcider Wire (Belgrade)", "published": "2027-04-13", "text": """Serbia's Expo to open on time despite student boycott call, Vucic says

BELGRADE, April 13 (Topcider Wire) - Expo 2027 will open in Belgrade on May 15 as planned, with 128 countries confirmed, the exhibition's commissioner, Milica Radosavljevic, said on Monday.

Chinese Premier Li Qiang is expected to lead Beijing's delegation to the opening, and Hungarian President Tamas Sulyok will attend the ceremony, President Aleksandar Vucic told reporters after meeting Radosavljevic. Serbia and China will sign an agreement on the future use of the new national stadium during Li's visit, he said.

Vucic said protesters "will not be allowed to block a single road to the site."

Student plenums at the University of Belgrade plan to march to the Expo grounds on the opening day, their spokeswoman, Jelena Markovic, said. The students have staged protests since a railway station canopy collapsed in Novi Sad in November 2024.

Interior Minister Ivica Dacic said 6,000 police officers and Gendarmerie units would be deployed around the site from May 10. The army will close the airspace over New Belgrade during the ceremony, the defence ministry said.

Read more: Serbian central bank holds key rate at 5.25%

Enlargement Commissioner Marta Kos may also attend, two EU diplomats said, although no decision had been made.

Vucic will host a meeting of Western Balkan leaders at the Expo on May 16, his office said.

He said early parliamentary elections could be held in the autumn, after the Expo closes on August 15.

The U.S. Treasury is expected to decide by the end of April whether to extend the operating licence of the sanctioned oil company NIS, the energy ministry said.

The construction minister could step down over cost overruns at the site, two ruling-party sources said.

Analysts say the student movement is likely to run its own list if elections are called, and could take up to a fifth of the vote.
"""},

"h87en02": {"outlet": "Germia Wire (Pristina)", "published": "2026-05-19", "text": """Kosovo, Albania and Croatia plan first joint drill as Belgrade warns of 'alliance'

PRISTINA, May 19 (Germia Wire) - The defence ministers of Kosovo, Albania and Croatia will meet in Zagreb on Thursday to sign an action plan under their defence cooperation declaration, Kosovo's Ministry of Defence said on Monday.

Kosovo's Defence Minister Ejup Maqedonci, Albania's Pirro Vengu and Croatia's Ivan Anusic signed the declaration in Tirana in March 2025.

The plan provides for the first joint exercise of the three armies, to be held at a training range near Ferizaj in the second half of September, Maqedonci told reporters. The drill was first planned for last autumn but was put off twice.

He said Kosovo would also receive the last two of its Bayraktar TB2 drones by the end of June.

Serbian President Aleksandar Vucic said on Sunday the declaration amounted to "a military alliance aimed at Serbia" and that Belgrade would respond "calmly but firmly."

Serbia's army is expected to hold its own exercise near the administrative line in early June, two Western diplomats said.

Read more: Kosovo's central bank warns of slowing remittances

NATO's KFOR mission said it would step up patrols in the north from next week "as a precaution."

NATO Secretary-General Mark Rutte may raise the issue when he visits Belgrade and Pristina in late June, a NATO official said, speaking on condition of anonymity.

Vengu said Albania would push for a declaration backing Kosovo's path to closer ties with the alliance at the NATO summit in Ankara on July 7-8.

Kosovo's Assembly is due to vote next week on raising defence spending to 2% of GDP, a ruling-party deputy, Arben Gashi, said. Opposition parties are likely to back the bill.

EU foreign ministers could lift the last of the measures imposed on Kosovo in 2023 when they meet in June, diplomats said.
"""},

"h87en03": {"outlet": "Chimore Wire (Cochabamba)", "published": "2026-09-08", "text": """Will Bolivia's police break the Chapare blockades?

COCHABAMBA, Sept 8 (Chimore Wire) - Bolivian police and soldiers will begin clearing road blockades in the Chapare region on Thursday unless supporters of former president Evo Morales lift them, Government Minister Ernesto Calvimontes said on Monday.

The blockades have cut the main highway between Cochabamba and Santa Cruz for nine days. A judge in Tarija reissued an arrest warrant for Morales last week in a long-running criminal case.

Morales, speaking on his radio station on Sunday, said he "will not hand himself over to a political court."

The Bolivian Episcopal Conference has proposed a 72-hour truce from Wednesday, and talks between the government and coca growers' leaders could start in Cochabamba on Friday, a church spokesman, Father Diego Quispe, said.

Cochabamba's police commander resigned on Saturday after officers clashed with protesters near Shinahota, the police said.

Read more: Bolivia's central bank lifts daily dollar limit for importers

A delegation of the Inter-American Commission on Human Rights will visit the region next week, the commission said.

President Rodrigo Paz will travel to Brasilia on September 21 for talks with President Luiz Inacio Lula da Silva, his office said. The two governments are expected to sign a new natural gas supply contract during the visit.

Morales said his movement would boycott the municipal by-elections set for November 15.

Washington could impose visa restrictions on blockade leaders, a U.S. embassy official said.

Analysts say a police operation could trigger deadly clashes. "The government may win the road but lose the region," said Carla Rojas, a political scientist at the San Simon Major University.

Fuel shortages in Santa Cruz are expected to ease within ten days if the highway reopens, the state oil company YPFB said.
"""},

"h87en04": {"outlet": "Jiantan Wire (Taipei)", "published": "2025-07-09", "text": """Can Taiwan's recall wave hand Lai's party the legislature?

TAIPEI, July 9 (Jiantan Wire) - Voters in 24 districts will decide on July 26 whether to recall opposition Kuomintang (KMT) legislators, the Central Election Commission (CEC) said on Tuesday, with votes on seven more lawmakers to follow on August 23.

A recall succeeds if votes in favour outnumber those against and reach a quarter of the district's electorate. The KMT and its ally, the Taiwan People's Party, together hold a majority in the 113-seat Legislative Yuan.

Most analysts expect the majority of the recalls to fail. The ruling Democratic Progressive Party (DPP) could still regain control of the legislature if at least six succeed, said Lin Yu-ting, a political scientist at National Chengchi University.

KMT Chairman Eric Chu said on Tuesday his party would file complaints over forged petition signatures with prosecutors tomorrow.

Premier Cho Jung-tai could resign if most recalls fail, two DPP officials said.

The annual Han Kuang exercises, which start today and run until July 18, will mobilise 22,000 reservists, the defence ministry said.

Read more: Taiwan's exports hit record on AI server demand

Taiwanese security officials said the People's Liberation Army could hold large-scale drills around the island in early August, after the first round of votes. Beijing may also add recall organisers to its list of "Taiwan independence diehards," the officials said.

A delegation led by Vice Premier Cheng Li-chiun will travel to Washington next week for a fourth round of tariff talks. An agreement is expected before August 1, when higher U.S. tariffs are due to take effect, the Executive Yuan said.

Legislative Speaker Han Kuo-yu said he would convene an extraordinary session from July 18 to review a special budget for resilience.

President Lai Ching-te will not campaign in person, his office said. By-elections would be held within three months in any district where a recall passes.
"""},

"h87en05": {"outlet": "Dhanusha Wire (Janakpur)", "published": "2026-08-04", "text": """Madhesh coalition collapses as Janamat quits; chief minister faces floor test

JANAKPUR, Aug 4 (Dhanusha Wire) - Madhesh Province Chief Minister Ram Ashish Yadav must win a vote of confidence in the provincial assembly within 30 days after the Janamat Party withdrew its support on Monday, the office of the Province Head said.

Janamat's four ministers resigned from the provincial cabinet on Monday, leaving Yadav's coalition seven seats short of a majority in the 107-member assembly.

Yadav said he "will not resign under pressure from Kathmandu."

Assembly Speaker Ramchandra Mandal has called a session for Sunday, August 9, and the confidence motion could be tabled as early as next week, his secretariat said.

Leaders of the Nepali Congress and the CPN-UML in the province said they would stake a joint claim to form the government if Yadav loses the vote. The two parties' provincial committees will meet on Wednesday to agree on a candidate, a UML official said.

Read more: Nepal's remittance inflows rise 12% in first month of fiscal year

The district administration has banned rallies in central Janakpur until Friday, and the Armed Police Force will deploy 1,200 personnel in Dhanusha and Mahottari from Wednesday, the Home Ministry said.

Home Minister Narayan Prasad Dhakal will visit Janakpur on Thursday to meet party leaders, his office said.

India's ambassador, Naveen Srivastava, is expected to call on Yadav next week, a diplomat in Kathmandu said.

Nepal and India are expected to sign an agreement on extending the Jaynagar-Janakpur railway to Bardibas in the second half of September, officials said.

The Election Commission said by-elections for two vacant provincial seats would be held on October 4 as planned.

Janamat chairman C.K. Raut could meet the prime minister in Kathmandu next month to discuss joining the federal cabinet, party sources said.

Analysts say Yadav could lose the vote, which would give the province its fourth government in three years.
"""},
}
