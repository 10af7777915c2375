"""English texts of heldout23, written for this project. Invented or generic facts."""

EN = {
"h23en01": {"outlet": "Dambovita Wire", "published": "2026-01-20", "text": """Romania's central bank seen on hold as court weighs pension reform

BUCHAREST, Jan 20 (Dambovita Wire) - The National Bank of Romania (NBR) is expected to keep its key interest rate at 6.50% when its board meets on February 12, according to a Dambovita Wire poll of 14 economists published on Tuesday.

Nine of those polled expect the first cut in May at the earliest, as inflation stays high after last year's increase in value-added tax.

Governor Mugur Isarescu said last week that the bank "will not rush" to loosen policy while the budget deficit remains the EU's largest.

Ioana Stanciu, chief economist at Carpati Capital in Bucharest, said the bank would probably hint at cuts only when it presents its quarterly inflation report in mid-February.

The Constitutional Court is due to rule on February 18 on a challenge to the reform of magistrates' special pensions, a court spokeswoman said. Prime Minister Ilie Bolojan has said he would resign if the judges strike the law down.

Two senior coalition officials said the Social Democrats (PSD) could withdraw their ministers from the cabinet if Bolojan presses ahead with a second round of public-sector spending cuts.

Read more: Romania's leu steady as deficit narrows in December

Romania must send revised milestones for its recovery plan to the European Commission by March 31, the Ministry of Investments and European Projects said in a statement.

President Nicusor Dan will travel to Chisinau on Friday for talks with Moldovan President Maia Sandu on energy links, his office said. A memorandum on a second gas interconnector could be signed during the visit.

Dan is also expected to attend the EU leaders' summit in Brussels on March 19-20, where enlargement to Moldova will be discussed.

Meanwhile, the Cartel Alfa trade union confederation said its members would stage a general strike from February 2 unless the government drops plans to freeze public wages for a second year.
"""},

"h23en02": {"outlet": "Kwanza Wire", "published": "2026-08-06", "text": """Angola, Zambia to sign Lobito rail financing as taxi strike looms in Luanda

LUANDA, Aug 6 (Kwanza Wire) - Angola and Zambia will sign a financing agreement for the Zambian section of the Lobito Corridor railway in Lusaka on August 27, Angola's Ministry of Transport said on Wednesday.

Transport Minister Ricardo de Abreu will lead the Angolan delegation and is expected to meet Zambian President Hakainde Hichilema, the ministry said.

The signing comes two weeks after Zambians vote on Thursday, August 13, in general elections in which Hichilema is seeking a second five-year term. Analysts say he is likely to win in the first round, though some officials of the opposition Patriotic Front said the party could challenge the results in the Constitutional Court.

The Africa Finance Corporation (AFC), which is arranging the funds, said works on the 800-km line from Jimbe to Chingola would begin in the first quarter of 2027, a year later than first planned. The corridor links the Atlantic port of Lobito with the copper mines of Zambia and Congo.

Read more: Angola's kwanza slips as oil output dips below 1 million barrels

In Luanda, the Angolan Association of Taxi Operators (AATA) said its members would stop work for three days from Monday unless the government reverses a 25% rise in diesel prices that took effect on August 1.

Finance Minister Vera Daves de Sousa said on Tuesday the government "will not go back" on the subsidy cut, which is part of a reform plan discussed with the International Monetary Fund.

A taxi strike against an earlier fuel price rise turned deadly in July 2025. Police and army units will be deployed at main junctions in the capital during the stoppage, Interior Minister Manuel Homem said.

President Joao Lourenco is expected to raise the corridor at the Southern African Development Community (SADC) summit in Johannesburg on August 17, Angolan diplomats said.
"""},

"h23en03": {"outlet": "Chaco Ledger", "published": "2026-05-08", "text": """Colorado split widens before Paraguay's municipal primaries

ASUNCION, May 8 (Chaco Ledger) - Paraguay's parties will choose their candidates for October's municipal elections in simultaneous primaries on Sunday, June 7, the Superior Court of Electoral Justice (TSJE) confirmed on Thursday, rejecting a request from two opposition parties to delay the vote. The municipal elections themselves are set for October 4.

In the ruling Colorado Party, President Santiago Pena's Honor Colorado faction is expected to back Senator Graciela Benitez for mayor of Asuncion, two party officials said.

The rival Fuerza Republicana faction of former president Mario Abdo Benitez will not field a candidate in the capital, its spokesman Dario Filartiga said on Wednesday, calling the primary "a closed game".

The opposition Authentic Radical Liberal Party (PLRA) could form an alliance with the National Encounter Party in Asuncion before May 20, the deadline for registering alliances, according to Liberal legislators.

Analysts say turnout in the primaries may fall below 40%.

Interior Minister Enrique Riera is expected to step down by the end of the month to coordinate Honor Colorado's primary campaign, a government source said.

Read more: Paraguay's central bank holds rate at 6% as inflation cools

Pena will host the Mercosur summit in Asuncion on July 2, when Paraguay hands the bloc's rotating presidency to Uruguay. Argentine President Javier Milei is likely to attend, Paraguay's foreign ministry said, while Brazil's Luiz Inacio Lula da Silva has not confirmed.

Bus operators in Greater Asuncion have threatened to halt services from May 18 unless the government pays about 90 billion guaranies in overdue subsidies, their association CETRAPAM said.

Meanwhile, the army will send 500 more troops to the northern departments of Concepcion and Amambay next week to pursue remnants of the EPP guerrilla group, the defence ministry said.

Pena, who took office in August 2023, has made security in the north and public transport reform two of his main promises.
"""},

"h23en04": {"outlet": "Tonle Sap Ledger", "published": "2027-03-29", "text": """Cambodia to tender Funan Techo canal's second phase as Vietnam seeks data

PHNOM PENH, March 29 (Tonle Sap Ledger) - Cambodia will open bids for the second phase of the Funan Techo canal on April 15, the Ministry of Public Works and Transport said on Sunday, pressing ahead with the 180-km waterway despite concerns in neighbouring Vietnam.

Deputy Prime Minister Sun Chanthol, who oversees the project, said the canal "will be navigable by the end of 2028" and that China Road and Bridge Corporation (CRBC) was likely to remain the main contractor.

Prime Minister Hun Manet broke ground on the canal in August 2024.

Hanoi has asked Phnom Penh to share hydrological data on the canal's impact on the Mekong Delta before works resume, Vietnam's foreign ministry said on Friday. A joint working group of the two countries will meet in Ho Chi Minh City in mid-April, a Cambodian official said.

The Mekong River Commission (MRC) could discuss the project when its council meets in Vientiane in late June, diplomats said.

Hun Manet is due to visit Beijing next month, and a financing agreement for the second phase could be signed during the trip, two officials familiar with the plans said. He is expected to meet President Xi Jinping.

Read more: Cambodia's garment exports rise 9% in first quarter

At home, Cambodians vote in commune council elections on June 6, the National Election Committee said. The opposition Candlelight Party may be excluded from some communes after the committee rejected dozens of its candidate lists, analysts say.

Cambodia's navy will also hold the annual Golden Dragon exercise with China's People's Liberation Army at the Ream naval base in May, the defence ministry said.

Washington could impose further sanctions on online scam networks operating from Cambodia before the end of June, according to a U.S. official who spoke on condition of anonymity.
"""},

"h23en05": {"outlet": "Ararat Valley Wire", "published": "2026-04-22", "text": """Can Pashinyan's party keep its majority in Armenia's June vote?

YEREVAN, April 22 (Ararat Valley Wire) - Armenians vote on June 7 in parliamentary elections seen as a verdict on Prime Minister Nikol Pashinyan's opening to Azerbaijan and Turkey, and official campaigning begins on May 8, the Central Electoral Commission said on Tuesday.

The commission has registered 19 parties and four blocs, more than in the snap election of June 2021, when Pashinyan's Civil Contract won 54% of the vote.

A survey by Yerevan-based Orbita Research published on Monday put Civil Contract on 31%, well ahead of its rivals, with many voters undecided. Orbita's director, Lilit Harutyunyan, said the party was likely to finish first but could fall short of a majority on its own.

Pashinyan said on Monday he would step down as party leader if Civil Contract failed to win the most seats.

The opposition Armenia Alliance, led by former president Robert Kocharyan, will decide on Saturday whether to run on a joint list with smaller nationalist parties, two alliance officials said.

Read more: Armenia's dram firms as remittances rise

Before the vote, Yerevan hosts a summit of the European Political Community on May 4, bringing some 45 European leaders to the Armenian capital. Azerbaijani President Ilham Aliyev has not said whether he will attend.

Turkish and Armenian special envoys Serdar Kilic and Ruben Rubinyan will meet at the border on May 15 to discuss opening the Margara crossing to third-country nationals, Armenia's foreign ministry said.

The Central Bank of Armenia is expected to cut its refinancing rate by a quarter point to 6.50% when its board meets on April 28, most economists say.

Armenian troops will also hold the Eagle Partner exercise with U.S. forces in July, the defence ministry said.

Analysts say a fragmented result could force Civil Contract into its first coalition talks, which could drag into July.
"""},
}
