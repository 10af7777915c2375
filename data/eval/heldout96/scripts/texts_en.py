"""English texts of heldout96, written for this project on 2026-12-03. Invented or generic facts."""

EN = {
"h96en01": {"outlet": "Paranoa Wire (Brasilia)", "published": "2026-03-28", "text": """Will Tarcisio stay out of Brazil's presidential race?

BRASILIA, March 28 (Paranoa Wire) - At least eight of President Luiz Inacio Lula da Silva's ministers will leave the cabinet by April 4 to run in October's elections, the presidential palace said on Friday.

Under electoral law, ministers seeking office must step down six months before the first round, which the Superior Electoral Court (TSE) has set for October 4, with a run-off on October 25 if no candidate wins a majority.

Lula is expected to launch his bid for a fourth term at a Workers' Party (PT) convention in late July, two party officials said.

On the right, the Liberal Party (PL) of jailed former president Jair Bolsonaro has named his son, Senator Flavio Bolsonaro, as its candidate. But Sao Paulo Governor Tarcisio de Freitas has not ruled out a run, and allies say he could decide "in the coming weeks".

"Tarcisio will not be a candidate against the Bolsonaro family. That door is closed," PL chairman Valdemar Costa Neto told reporters on Thursday.

Centrao parties may wait until the conventions, which run from July 20 to August 5, before choosing sides, according to a person close to Chamber of Deputies Speaker Hugo Motta.

Read more: Brazil's central bank seen holding the Selic rate at its next meeting

Lula will travel to Washington in mid-April for talks with President Donald Trump on tariffs, Foreign Minister Mauro Vieira said, adding that Brazil "will not negotiate the decisions of its courts".

The Supreme Federal Court (STF) is due to rule on Tuesday on Bolsonaro's request to serve his sentence at home, the court's press office said.

Analysts say a divided right could hand Lula a first-round lead, but most expect the race to go to a run-off. "The right has the votes but not the name yet," said Renata Albuquerque Prado, a political scientist at the University of Brasilia.
"""},
"h96en02": {"outlet": "Kizilay Wire (Ankara)", "published": "2026-02-17", "text": """Turkish parliament to take up PKK 'transition law' as disarmament enters new phase

ANKARA, Feb 17 (Kizilay Wire) - Turkey's parliament will begin debating a draft law on the reintegration of Kurdistan Workers' Party (PKK) militants next week, after a cross-party commission approved its final report on Monday, Speaker Numan Kurtulmus said.

Kurtulmus will meet the leaders of the parliamentary groups on Wednesday to agree a timetable for the debate, his office said.

The law is expected to pass before parliament breaks for the summer, two lawmakers from the ruling AK Party said.

The PKK declared a ceasefire on March 1, 2025, days after its jailed founder Abdullah Ocalan called on it to disarm.

Justice Minister Yilmaz Tunc said the government "will not grant a general amnesty".

The pro-Kurdish DEM Party, the third-largest group in parliament, could withdraw its support if the law does not address Ocalan's prison conditions, its co-chair Tuncer Bakirhan warned. A DEM delegation is due to visit Ocalan on Imrali island on Thursday, the party said in a statement.

Nationalist Movement Party (MHP) leader Devlet Bahceli, President Tayyip Erdogan's ally, has suggested Ocalan could be granted the "right to hope", a legal path to parole. Erdogan has not commented.

Read more: Turkish inflation slows for a fourth straight month

The Defence Ministry said on Thursday that the army would keep its bases in northern Iraq until the disarmament has been verified. Ankara also expects the Syrian Democratic Forces to complete their integration into the Syrian army by the end of March, a Turkish security official said.

Erdogan is likely to raise the process with Iraqi leaders during a visit to Baghdad in early March, two Turkish officials said.

Analysts say Erdogan may seek an early election, which would allow him to run again, before the scheduled 2028 vote, and that DEM's votes in parliament could prove decisive.
"""},
"h96en03": {"outlet": "Braamfontein Wire (Johannesburg)", "published": "2025-10-14", "text": """Can South Africa's unity government survive the land expropriation fight?

JOHANNESBURG, Oct 14 (Braamfontein Wire) - South Africa's Constitutional Court will hear the Democratic Alliance's challenge to the Expropriation Act on November 11 and 12, the court said in a notice on Monday, setting up a legal showdown between the two largest parties in the Government of National Unity (GNU).

The DA argues that the law, signed by President Cyril Ramaphosa in January, allows the state to take land without compensation in some cases.

DA leader John Steenhuisen said the party "will not walk out of the GNU over a court case", but warned it could pull its ministers out of the cabinet if the government pushes ahead with any seizure before judgment.

The African National Congress (ANC) expects the court to uphold the law, its secretary-general Fikile Mbalula said, calling the challenge "an attack on transformation".

A judgment is unlikely before early next year, lawyers following the case said.

Public Works Minister Dean Macpherson, a DA member, will brief parliament's public works committee on the act on October 22, the committee said.

Ramaphosa will meet the leaders of the ten GNU parties at the Union Buildings on Thursday to discuss the dispute, his spokesman Vincent Magwenya said.

Read more: Rand firms as inflation eases for a second month

The row comes weeks before Johannesburg hosts the G20 leaders' summit on November 22-23, the first on African soil. U.S. officials have said President Donald Trump may skip the summit, and two people familiar with the discussions said Washington could impose sanctions on senior ANC officials over the land law.

Local government elections, due between November 2026 and January 2027, will be the coalition's first test at the ballot box. Analysts say the DA may campaign on the land issue to win back white and coloured voters it lost to smaller parties.
"""},
"h96en04": {"outlet": "Shinano River Wire (Niigata)", "published": "2026-04-10", "text": """Niigata assembly to vote on second Kashiwazaki-Kariwa reactor before governor race

NIIGATA, April 10 (Shinano River Wire) - Niigata's prefectural assembly will vote on April 24 on a resolution backing the restart of Unit 7 at Tokyo Electric Power Co's (TEPCO) Kashiwazaki-Kariwa nuclear plant, its steering committee said on Thursday, five weeks before a governor's election in which the plant is the main issue.

The Liberal Democratic Party (LDP), which controls the assembly, is expected to pass the resolution comfortably, two assembly officials said.

Unit 6 at the plant, the world's largest by capacity, resumed commercial operation in January, the first TEPCO reactor to run since the 2011 Fukushima disaster.

Governor Hideyo Hanazumi, who approved the Unit 6 restart in November, is seeking a third term in the May 31 election. He said he "will not decide on Unit 7 before the voters have spoken".

His main challenger, former lawmaker Keiko Watanuki, has said she would hold a prefecture-wide referendum on Unit 7 if elected.

TEPCO aims to restart Unit 7 in the second half of the year, once its anti-terrorism facility is completed, President Tomoaki Kobayakawa told reporters. Hanazumi will hold talks with Kobayakawa in Niigata next week, a prefectural official said.

Prime Minister Sanae Takaichi, whose government wants nuclear power to supply about 20% of Japan's electricity by 2040, will visit the plant on Saturday, her office said. She is expected to meet Hanazumi in Niigata city during the trip.

Read more: Japan's exports rise for a fifth month as chip demand holds

The Niigata District Court will rule on May 15 on a residents' request for an injunction halting Unit 6, a lawyer for the plaintiffs said.

Analysts say the race could turn into a referendum on the plant, and that Watanuki may win if turnout is high. "Tokyo needs the power, but Niigata carries the risk," said Haruto Kameyama, an energy analyst at a Tokyo brokerage.
"""},
"h96en05": {"outlet": "Pechersk Wire (Kyiv)", "published": "2026-01-12", "text": """Will Ukraine vote in 2026? Rada group drafts post-war election law

KYIV, Jan 12 (Pechersk Wire) - A working group of Ukraine's parliament will present a draft law on holding elections after a ceasefire by the end of January, Verkhovna Rada Speaker Ruslan Stefanchuk said on Sunday.

Ukraine has held no national vote since martial law was imposed in February 2022. Presidential elections had been due in March 2024.

The Central Election Commission would need at least six months to organise a vote once martial law is lifted, its head, Oleh Didenko, told lawmakers last week.

President Volodymyr Zelenskiy said last month Ukraine could be ready to hold elections within 60 to 90 days if partners guaranteed security during the vote.

The Kremlin has said Moscow "will not sign any agreement with an illegitimate leader", spokesman Dmitry Peskov told reporters on Friday.

Andriy Yermak resigned as head of the presidential office in November after anti-corruption investigators searched his home.

U.S. envoys Steve Witkoff and Jared Kushner are expected in Moscow next week, and a new round of U.S.-Ukrainian talks could take place in Miami as early as January 24, two officials in Kyiv said. An energy truce covering power plants could be announced before the end of the month, one of them said.

Read more: Ukraine's central bank holds its key rate at 15.5%

EU foreign ministers are due to discuss a 20th sanctions package against Russia in Brussels on January 26, diplomats said. Leaders of the coalition of the willing will meet again in London in early February, Downing Street said.

Russia is preparing a new offensive towards Zaporizhzhia, Ukraine's military intelligence said in a statement on Friday.

Analysts say an early election could weaken Zelenskiy if former army chief Valerii Zaluzhnyi, now ambassador to Britain, decides to run. "Zaluzhnyi is the one name that changes every poll," said Oksana Levchenko, a political analyst at a Kyiv think tank.
"""},
}
