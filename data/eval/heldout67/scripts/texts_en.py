"""English texts of heldout67, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h67en01": {"outlet": "Spree Wire (Berlin)", "published": "2025-09-16", "text": """Merz coalition heads into budget week with pension row unresolved

BERLIN, Sept 16 (Spree Wire) - The Bundestag will adopt Germany's 2026 budget in late November, Finance Minister Lars Klingbeil said on Monday, as lawmakers opened debate on a draft that relies on record borrowing for defence.

The cabinet approved the 520-billion-euro draft on July 30. "There will be no tax increases for middle incomes next year," Klingbeil, who also leads the Social Democrats (SPD), told reporters.

Chancellor Friedrich Merz and the leaders of his conservative CDU/CSU bloc and the SPD will meet in the coalition committee on Wednesday evening to settle a dispute over pension levels, two coalition sources said. Bavarian Premier Markus Soeder, the CSU leader, could block any deal that delays the planned increase in mothers' pensions, one of them said.

Defence Minister Boris Pistorius said the first volunteers under the new military service law would report from January, and that conscription could follow if too few sign up.

Merz will travel to Paris next week for talks with President Emmanuel Macron on the FCAS fighter jet, government spokesman Stefan Kornelius said.

Read more: German exports fall for third month as U.S. tariffs bite

EU governments are expected to adopt a 19th package of sanctions against Russia before the October 23-24 European Council in Brussels, diplomats said. Merz will attend the summit and is likely to press for using frozen Russian assets to fund Ukraine, according to a senior official in the Chancellery.

Analysts say the coalition could break down before the end of the year if the pension dispute escalates. "They have no alternative partner, so they will probably patch it up," said Miriam Albers, a political scientist at the University of Potsdam.

The far-right Alternative for Germany (AfD) is likely to win the most votes in Saxony-Anhalt's state election next September, according to a poll by the Havel Institute published on Sunday.
"""},

"h67en02": {"outlet": "Kasumigaseki Wire (Tokyo)", "published": "2026-02-13", "text": """Takaichi set to form new cabinet with Ishin after snap election win

TOKYO, Feb 13 (Kasumigaseki Wire) - Japan's parliament will convene in a special session next Wednesday to re-elect Sanae Takaichi as prime minister, after her Liberal Democratic Party (LDP) and its partner Ishin won a combined majority in Sunday's snap election, Chief Cabinet Secretary Minoru Kihara said on Friday.

The LDP won 228 of the 465 seats in the lower house and the Japan Innovation Party, known as Ishin, took 41, according to final results.

Ishin is expected to take two ministerial posts in the new cabinet, ending its support from outside government, party officials said. Ishin co-leader Hirofumi Yoshimura said the party would not join "without a written timetable" for cutting the number of lawmakers.

Komeito leader Tetsuo Saito said his party would not return to the coalition it left in October.

Takaichi aims to pass the fiscal 2026 budget by the end of March and will travel to Washington in the second half of March for a summit with President Donald Trump, government officials said. The two leaders are likely to discuss Japan's defence spending and tariffs on cars.

Read more: Yen slips as investors bet on looser fiscal policy

Defence Minister Shinjiro Koizumi said the Self-Defense Forces would deploy upgraded long-range missiles to Camp Kengun in Kumamoto from March.

Beijing may extend its ban on Japanese seafood imports in response, analysts say.

Yoshihiko Noda, leader of the main opposition Constitutional Democratic Party (CDP), which lost 30 seats, could step down as early as next week, two party officials said.

"A cabinet reshuffle is unlikely before September, because Takaichi will want stability for the budget and the summit," said Kenji Morita, a political analyst at Keio University.

The upper house, where the coalition lacks a majority, will vote on the budget within 30 days of its passage in the lower house.
"""},

"h67en03": {"outlet": "Kainji Wire (Abuja)", "published": "2026-01-20", "text": """Nigeria launches northwest offensive as U.S. pressure mounts

ABUJA, Jan 20 (Kainji Wire) - Nigeria's armed forces will launch a joint operation against armed groups in Sokoto and Kebbi states on Monday, with air support from the Nigerian Air Force, Defence Headquarters said in a statement on Tuesday.

Gunmen killed 23 villagers in Kebbi's Danko Wasagu area on Saturday, police said. The Chief of Defence Staff, General Olufemi Oluyede, said troops "will not withdraw from any community we recapture."

A U.S. Africa Command delegation led by its commander, General Dagvin Anderson, is expected in Abuja next week for talks on intelligence sharing and drone surveillance, two Nigerian officials said.

Washington designated Nigeria a Country of Particular Concern over religious freedom in October. Information Minister Mohammed Idris said the government hoped the designation would be lifted before the end of the year, "once our partners see the facts on the ground."

A State Department official said the United States could impose visa restrictions on Nigerian officials accused of failing to protect worshippers, but gave no timeline.

A subcommittee of the U.S. House of Representatives will hold a hearing on violence in Nigeria's Middle Belt next month.

Read more: Naira firms as central bank sells dollars to traders

President Bola Tinubu will attend the African Union summit in Addis Ababa on February 14-15, where he is likely to meet leaders of neighbouring Niger to discuss border patrols, his spokesman Bayo Onanuga said.

Analysts say the offensive could push fighters across the border into Niger. "The campaign will probably run until the rainy season starts in June, and the groups will try to wait it out," said Aisha Bello-Kano, a security analyst at a Kaduna-based research centre.

Senate President Godswill Akpabio said lawmakers would debate a supplementary defence budget within two weeks. The Senate's defence committee will question the service chiefs on the offensive tomorrow, committee officials said.
"""},

"h67en04": {"outlet": "Mamore Wire (La Paz)", "published": "2025-12-22", "text": """Bolivia's Paz faces first strike threat over fuel price decree

LA PAZ, Dec 22 (Mamore Wire) - Bolivian President Rodrigo Paz's decree ending fuel subsidies will raise gasoline and diesel prices in two steps, first on January 5 and again in March, the Ministry of Economy and Public Finance said on Monday.

Paz, a centrist senator who took office on November 8, signed the decree on Friday after warning that the state could no longer afford to import fuel at a loss.

The Bolivian Workers' Center (COB) will call an indefinite general strike from Monday, December 29, unless the decree is withdrawn, its executive secretary, Edgar Mamani, said.

Economy Minister Jose Gabriel Espinoza said Bolivia "will not devalue the boliviano," but did not rule out a financing programme with the International Monetary Fund. Bolivia could request IMF support as early as March, according to two government sources.

The board of the development bank CAF is expected to approve a loan package of $3.1 billion in mid-January, Espinoza said.

The armed forces will guard fuel depots and border crossings from Tuesday to prevent smuggling, the Defence Ministry said.

Read more: Bolivia's lithium auction draws bids from four companies

Paz will travel to Brasilia in the second week of January for talks with President Luiz Inacio Lula da Silva on gas exports and a rail link to the Pacific, the presidential office said.

Bolivians will elect governors and mayors on March 22, the electoral tribunal said. The Movement for Socialism (MAS), which was nearly wiped out in August, may lose its remaining strongholds in Cochabamba, analysts say.

Economists expect monthly inflation to peak in March, when the second price rise takes effect.

Hydrocarbons Minister Mauricio Medinaceli could resign after the strike, one of the government sources said, as business groups blame his ministry for months of diesel queues.
"""},

"h67en05": {"outlet": "Morava Wire (Novi Sad)", "published": "2026-05-26", "text": """Serbian students plan march as canopy trial nears; Vucic floats autumn vote

NOVI SAD, May 26 (Morava Wire) - The trial of 13 people charged over the collapse of the Novi Sad railway station canopy, which killed 16 people in November 2024, will open at the city's Higher Court on June 9, the court said on Monday.

Serbia's student plenums, which have led protests for 18 months, said they would march from Belgrade to Novi Sad over four days, arriving on the eve of the trial, and would hold a rally in Belgrade on Vidovdan, June 28.

President Aleksandar Vucic told the pro-government Informer television on Sunday that an early parliamentary election could be held as early as October. He said he would decide by the end of June.

Prime Minister Djuro Macut said he "will not resign under pressure from the street."

Students plan to run their own list in any early election, a spokeswoman for the student plenums, Milica Radovanovic, said, adding that the list would not include "a single politician from the old parties."

EU Enlargement Commissioner Marta Kos is expected in Belgrade next week for talks with Vucic on media freedom and the rule of law, two EU diplomats said. The European Union could freeze part of Serbia's Growth Plan funding when foreign ministers meet on June 22, one of them said.

Read more: Serbia's central bank holds key rate at 5.75%

Police detained 41 people after clashes outside the Novi Sad court on Saturday, the Interior Ministry said.

The army will hold its annual "Sumadija" exercise near Kraljevo in the first week of July, the Defence Ministry said.

Analysts say Vucic's Serbian Progressive Party (SNS) would probably still win an early vote, but with a smaller majority. "The students' list could take a fifth of the votes if they keep the movement together," said Vesna Ilic, a Belgrade-based political scientist.
"""},
}
