"""English texts of heldout245, written for this project in one sitting. Invented or generic facts."""

EN = {
"h245en01": {"outlet": "Nadder Wire (Salisbury)", "published": "2026-09-15", "text": """Can Reform take Salisbury? Cathedral city braces for October by-election

SALISBURY, Sept 15 (Nadder Wire) - Voters in Salisbury will elect a new member of parliament on Thursday, October 22, the constituency's acting returning officer, Helen Marchbank, said on Monday. The Conservative MP who had held the seat since 2010 stood down in August to take a role in the private sector.

Nominations close on September 25 and applications for postal votes on October 6, Marchbank said. The count will take place overnight at the City Hall, with a result expected in the early hours of October 23, Wiltshire Council said.

Reform UK is expected to unveil its candidate, local haulage firm owner Craig Denholm, at a rally in the Market Place on Saturday, party officials said. Nigel Farage will attend, they added.

Conservative leader Kemi Badenoch has not decided whether to campaign in person, a party spokesman said. The Liberal Democrats, second here in 2024, would stand aside only if Labour did the same, leader Ed Davey said, an offer Labour rejected within hours.

Read more: Wiltshire Council approves 4.99% council tax rise

Defence is a local issue in a constituency that borders the army's largest training area. Defence Secretary John Healey told local radio on Sunday the Ministry of Defence would decide before the end of October whether to base an additional artillery regiment at Larkhill, bringing about 600 soldiers to the Salisbury Plain garrisons.

Prime Minister Keir Starmer is unlikely to visit the constituency before polling day, a Downing Street source said.

A Wessex Opinion poll published on Sunday put Reform on 31 percent, the Conservatives on 29 and the Liberal Democrats on 24.

Analysts say the result could hinge on postal voters who tend to be older. "If Reform wins a seat like this, nobody in the shires is safe," said Rachel Ives, a politics lecturer at the University of Bath.
"""},

"h245en02": {"outlet": "Bystrzyca Wire (Lublin)", "published": "2025-11-18", "text": """Poland and Ukraine to resume Volhynia exhumations as Lublin hosts ministers

LUBLIN, Nov 18 (Bystrzyca Wire) - Polish and Ukrainian teams will begin exhuming the remains of Polish victims of the 1943 Volhynia massacres at two former villages near Lutsk on Monday, Poland's Institute of National Remembrance (IPN) said on Tuesday. The work is expected to last about three weeks.

The first joint exhumation since the war began took place at Puzniki in April, after years in which Kyiv had refused permits.

Foreign Minister Radoslaw Sikorski said Warsaw expected Kyiv to approve searches at ten more sites by the end of the year. He will host his Ukrainian and Lithuanian counterparts, Andrii Sybiha and Kestutis Budrys, in Lublin on December 3 for a Lublin Triangle meeting, the ministry said. The meeting has been postponed twice since September.

The ministers are also expected to discuss how a possible ceasefire in Ukraine would be monitored, two diplomats said.

President Karol Nawrocki has said he will not support opening the first cluster of Ukraine's EU accession talks until the exhumation issue is settled. EU leaders will discuss enlargement at the European Council on December 18-19.

Read more: Poland extends border checks with Germany and Lithuania

Ukraine's Institute of National Memory may ask for reciprocal searches at Ukrainian graves in the Lublin and Podkarpackie provinces, a Ukrainian official said. Prime Minister Yulia Svyrydenko is likely to visit Warsaw early next month, the official added.

The two governments aim to sign a memorandum on joint commemoration in January.

Analysts say the far-right Confederation could turn the exhumations into a campaign issue before the 2027 parliamentary election. "Every delay in Volhynia is a gift to the nationalists on both sides," said Marek Sadowski, a historian at the Catholic University of Lublin.

Local associations have collected DNA samples from more than 400 people who hope to identify remains and bury them in marked graves.
"""},

"h245en03": {"outlet": "Asnen Wire (Vaxjo)", "published": "2026-03-10", "text": """Smaland's sawmills brace for U.S. tariff rise as Stockholm seeks EU help

VAXJO, March 10 (Asnen Wire) - Sweden will ask the European Commission to seek an exemption for flat-pack furniture and sawn timber when EU trade ministers meet in Brussels on Thursday, Trade Minister Benjamin Dousa said on Monday, as Smaland's furniture makers and sawmills brace for a U.S. tariff increase on April 1.

Washington imposed a 10 percent duty on softwood timber and 25 percent on upholstered furniture in October. Swedish furniture exports to the United States fell 18 percent in the fourth quarter, Statistics Sweden said.

EU Trade Commissioner Maros Sefcovic is expected to travel to Washington later this month for talks with Commerce Secretary Howard Lutnick, two EU officials said. The Commission could propose countermeasures on American bourbon and motorcycles as early as May if no deal is reached, they said.

Dousa will tour sawmills in Vaxjo and Ljungby on Friday, his office said. Finance Minister Elisabeth Svantesson said the government would present a support package for small sawmills in the spring budget on April 15.

Read more: Riksbank holds rate at 1.75%, sees no cut before summer

Social Democrat leader Magdalena Andersson said her party would back the package "if it reaches family-owned mills and not only the big groups". Sweden holds a general election on September 13, and the opposition has accused Prime Minister Ulf Kristersson's government of reacting late.

Analysts say the tariffs could cost Kronoberg and Jonkoping counties up to 3,000 jobs by the end of the year. "Smaland built its furniture industry on exports, and there is no domestic market big enough to absorb this," said Karin Lindqvist, an economist at Linnaeus University in Vaxjo.

The region's forests supply about a fifth of Sweden's sawn timber, and several family-owned mills around Lake Asnen have already cut shifts since the autumn, according to the regional business association.
"""},

"h245en04": {"outlet": "Mjosa Wire (Hamar)", "published": "2027-02-16", "text": """Will Innlandet be split before the county vote? Storting to decide on March 4

HAMAR, Feb 16 (Mjosa Wire) - Norway's parliament will vote on March 4 on a government bill to split Innlandet back into the counties of Hedmark and Oppland from January 1, 2028, Local Government Minister Bjornar Skjaeran said on Monday.

Innlandet was created in 2020, when the Solberg government merged the two counties. Labour and the Centre Party agreed on the split in their budget deal in December.

The bill is expected to pass with votes from Labour, the Centre Party and the Socialist Left, party whips said. The Conservatives will vote against, their local government spokeswoman, Hanne Aasen, said, and Conservative leader Ine Eriksen Soreide has said a government led by her party would reverse the split.

Innlandet county council will hold an extraordinary session in Hamar on Thursday to approve a plan for dividing staff and assets, county mayor Kari Nordstuen said. The county's chief executive, Tore Haugen, will step down at the end of June, the county administration said.

Read more: Norway's Home Guard to train with Swedish units in Hedmark

If the bill passes, voters in the September 13 local and county elections will choose two county councils instead of one, the ministry said. The ministry has not ruled out an advisory referendum in the former Oppland municipalities on the same day.

Prime Minister Jonas Gahr Store will visit Lillehammer next week to meet mayors from Gudbrandsdalen, his office said.

Analysts say the split could cost up to 400 million crowns in its first years. "Voters were never asked in 2020, and they are not really being asked now," said Sigrid Haugland, a political scientist at Inland Norway University of Applied Sciences.

Hedmark's towns along the Swedish border have complained for years that services moved to Lillehammer and Gjovik after the merger, while Oppland's valleys say the reverse.
"""},

"h245en05": {"outlet": "Haine Wire (Charleroi)", "published": "2026-11-17", "text": """Soldiers to patrol Charleroi as drug violence spreads in Hainaut

CHARLEROI, Nov 17 (Haine Wire) - Belgium will deploy about 150 soldiers to patrol Charleroi's main railway station and city centre from Monday, Defence Minister Theo Francken said on Tuesday, after a fourth fatal shooting linked to drug gangs in six weeks.

The latest shooting, in the Marchienne-au-Pont district on Saturday, killed a 19-year-old man.

Interior Minister Bernard Quintin said the soldiers would stay "at least until the end of January" and would support, not replace, the police.

Charleroi's mayor, Thomas Dermine, welcomed the move but said the city would ask for 60 more federal police officers when he meets Prime Minister Bart De Wever on Thursday. The federal government will answer the request within ten days, Quintin said.

The National Security Council could discuss extending the deployment to Brussels and Liege when it meets next week, a government source said.

Read more: Belgian unions plan rail strike for early December

The head of the Charleroi police zone is expected to step down before the end of the year, local media reported. Walloon Minister-President Adrien Dolimont will visit the station tomorrow, his office said.

Justice Minister Annelies Verlinden said Belgium and the Netherlands would sign a treaty allowing joint police patrols in border areas in The Hague on December 8. Drug trafficking will also be on the agenda of a Benelux summit in Luxembourg in early December, diplomats said.

Francken said Belgium would push for EU sanctions against cartel leaders living abroad. Analysts say the gangs could simply move their trade to smaller towns in Hainaut such as La Louviere.

Residents of the station district say dealers have operated openly for years. Police unions have warned that officers in Charleroi work long overtime hours and that several posts have stayed vacant since the spring, while the city's prosecutors handle more drug cases than any other office in Wallonia.
"""},
}
