"""English texts of heldout253, written for this project in one sitting. Invented or generic facts."""

EN = {
"h253en01": {"outlet": "Chiltern Wire (Aylesbury)", "published": "2026-03-17", "text": """Can Chequers keep the new fighter jet on schedule? Starmer hosts Takaichi

AYLESBURY, March 17 (Chiltern Wire) - Prime Minister Keir Starmer will host Japanese Prime Minister Sanae Takaichi at Chequers on Friday for talks expected to focus on the Global Combat Air Programme (GCAP), Downing Street said on Monday.

Takaichi arrives in London on Thursday, Japan's embassy said, on her first visit to Britain since taking office.

The two leaders are due to sign a memorandum on joint production of the jet's engine, two officials familiar with the preparations said. The programme slipped by about a year last autumn after disputes over workshare.

Defence Secretary John Healey said on Sunday that Britain "will not accept any further delay" to the first flight of a demonstrator, planned for 2027. Edgewing, the joint venture of BAE Systems, Leonardo and Japan's JAIEC, is expected to receive a development contract worth about 9 billion pounds before the end of June, Healey said.

Italy's Defence Minister Guido Crosetto may join part of the talks by video link, according to a diplomat in Rome.

Read more: Buckinghamshire villages brace for road closures around Chequers

Japanese and British fighter jets will hold their first joint exercise over Hokkaido in mid-July, Japan's Defence Ministry said in a statement.

Starmer is also likely to ask Takaichi to fund reconstruction in Ukraine. London says a European reassurance force would deploy only after a ceasefire, which a British official said could be agreed "within weeks" if talks in Istanbul make progress.

Both leaders are expected to attend the NATO summit in Ankara on July 7-8, where Japan is invited as a partner.

Analysts say the engine deal could open the way for joint exports of the jet to third countries by 2035. "Tokyo wants the export rules settled before the money is spent," said Martin Ashdown, a defence analyst at a London think tank.
"""},

"h253en02": {"outlet": "Hjalmaren Wire (Orebro)", "published": "2026-01-23", "text": """Will Karlskoga make Europe's gunpowder? Sweden weighs a state stake in a propellant plant

OREBRO, Jan 23 (Hjalmaren Wire) - Sweden's government will decide next Thursday whether to take a 30 percent stake in a planned nitrocellulose plant at Karlskoga, west of Orebro, Defence Minister Pal Jonson said on Thursday.

The government signed a letter of intent with the French-owned powder maker Eurenco in October, and the plant would sit next to the company's existing works.

Eurenco's board is expected to approve the 2.4-billion-crown investment in mid-February if the state joins, two people familiar with the plans said.

The Swedish Defence Materiel Administration (FMV) will sign a ten-year supply contract with the company within 30 days of the decision, an FMV spokeswoman said. First deliveries could start as early as 2028.

Jonson will visit the Karlskoga works on Monday with his Norwegian counterpart, Tore O. Sandvik, the ministry said. Finland has not decided whether to sign up for a share of the output, a defence ministry official in Helsinki said.

Read more: Orebro county unemployment falls for third month

Nordic defence ministers meet in Oslo in early March to discuss joint ammunition purchases.

The decision comes before the September 13 general election. Social Democrat leader Magdalena Andersson said her party would keep the state stake if it wins power.

Locally, the plant has split Karlskoga's council. The chair of the municipal board, Lena Holmqvist, who backed the project, said she would step down in March for health reasons.

Analysts say Beijing could widen its export controls on cotton linters, a key raw material, before the plant opens. "Europe still buys most of its linters from China, and Beijing knows it," said Henrik Wallgren, a defence economist at Orebro University.

Sweden has doubled its defence spending since 2022, and parliament is expected to approve a further increase before the end of the year.
"""},

"h253en03": {"outlet": "Drammenselva Wire (Drammen)", "published": "2026-05-06", "text": """Will Norway tax electric cars? Drammen's importers brace for a June vote

DRAMMEN, May 6 (Drammenselva Wire) - Norway's parliament will vote on June 12 on the government's plan to scrap the value-added tax exemption for electric cars from January 1, 2027, Finance Minister Jens Stoltenberg said on Tuesday.

The minority Labour government first floated the change in its October budget. It needs the votes of at least two other parties, and the Centre Party is likely to back the plan in exchange for lower road tolls, party officials said. The Centre Party's parliamentary group meets tomorrow to decide its position, they added.

The Storting's finance committee holds a hearing on the plan next Monday, its chair, Ingrid Haugland, said.

The Progress Party "will not support any new tax on families' cars", its leader Sylvi Listhaug said.

Drammen port, Norway's largest gateway for imported cars, handled a record 182,000 vehicles last year, most of them electric. Its chief executive, Kjetil Bratlie, said volumes could fall by a fifth in 2027 if the exemption ends.

The Tax Administration will publish draft rules for dealers by the end of May, it said in a statement.

Read more: Norway's krone slips as oil prices fall

Norway has not decided whether to follow the European Union's extra duties on Chinese-made electric cars, a trade ministry official said. Stoltenberg will discuss the duties with EU trade chief Maros Sefcovic in Brussels next week, his ministry said.

A Chinese trade delegation is due in Oslo in the second week of June, China's embassy said.

Analysts say the vote is likely to be close. "Every party wants the revenue, but nobody wants to be blamed at the dealership," said Silje Rognstad, an economist at a Drammen consultancy.

Electric cars made up more than 90 percent of new car sales in Norway last year, helped by tax breaks introduced in the 1990s.
"""},

"h253en04": {"outlet": "Aurajoki Wire (Turku)", "published": "2026-09-28", "text": """Can Turku build America's icebreakers? Finland and the U.S. set to sign cutter deal

TURKU, Sept 28 (Aurajoki Wire) - Finland and the United States will sign a contract for four Arctic Security Cutters in Washington on October 8, two of them to be built at the Meyer Turku shipyard, Prime Minister Petteri Orpo's office said on Sunday.

The two countries signed a memorandum on icebreaker cooperation in October 2025. President Alexander Stubb is expected to attend the signing, two officials said.

Steel cutting for the first vessel is scheduled for January, and delivery is due by the end of 2028, Meyer Turku's chief executive, Juha Lehtinen, said.

U.S. Homeland Security Secretary Kristi Noem will visit the yard next week, the U.S. Embassy in Helsinki said. Finnish and U.S. officials meet in Helsinki on Wednesday to settle the financing.

Orpo said Finland "will not share icebreaker design data with any third country" without Washington's consent.

Read more: Turku's new tram line wins final council approval

The Finnish Navy said on Friday it would keep extra patrol vessels in the Archipelago Sea at least until the end of October after a drone was seen over the yard last week.

EU foreign ministers are expected to adopt a new sanctions package against Russia on October 19 that would list more shadow-fleet tankers, EU diplomats said.

The deal comes ahead of Finland's parliamentary election in April 2027. Social Democrat leader Antti Lindtman said his party would honour the contract if it leads the next government.

Analysts say the United States could order up to seven more icebreakers from Finland by 2030. "Washington needs ice capacity fast, and only Finland has the yards and the designs," said Riikka Saarinen, a maritime researcher at Abo Akademi University.

Meyer Turku employs about 2,000 people directly and builds cruise ships for several U.S. lines.
"""},

"h253en05": {"outlet": "Leam Wire (Leamington Spa)", "published": "2026-11-19", "text": """Will Warwickshire lose its police force? Home Office to decide on merger by Christmas

LEAMINGTON SPA, Nov 19 (Leam Wire) - The Home Office will decide before Christmas whether to merge Warwickshire Police with neighbouring West Mercia Police, Policing Minister Sarah Jones said on Wednesday.

Warwickshire is one of the smallest forces in England, and a white paper published in January proposed cutting the number of forces in England and Wales from 43.

Jones will meet the county's police and crime commissioner, Graham Tullett, in Leamington on Monday, her office said. Tullett said he "will not sign any merger plan that closes local stations".

Chief Constable Rachel Kerr will step down at the end of March, the force said in a statement, adding that no permanent successor is expected to be appointed while the merger is under review.

A public consultation will run for eight weeks from December 1, the Home Office said. The government has said that commissioners will be abolished when their terms end in May 2028, so no commissioner elections will be held that year.

Reform UK, which runs Warwickshire County Council, could seek a judicial review if the merger goes ahead, council leader Daniel Corrigan said.

Read more: Warwick Castle car park plan returns to planning committee

Home Secretary Shabana Mahmood is expected to visit the force's headquarters at Leek Wootton in the first week of December, a Home Office source said. West Mercia's commissioner has not said whether he would back the merger.

MPs on the Home Affairs Committee will question Jones on the plan next month.

Analysts say a merged force is unlikely to be running before April 2028. "Mergers look cheap on paper, but the IT systems alone take years," said Eleanor Faulds, a policing researcher at a Birmingham university.

Warwickshire Police has about 1,000 officers and shared most of its back-office services with West Mercia until 2019.
"""},
}
