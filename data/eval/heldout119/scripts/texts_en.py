"""English texts of heldout119, written for this project. Invented or generic facts."""

EN = {
"h119en01": {"outlet": "Gudauri Wire (Tbilisi)", "published": "2027-04-13", "text": """Can a Tbilisi summit unblock the Middle Corridor?

TBILISI, April 13 (Gudauri Wire) - The leaders of Georgia, Azerbaijan, Kazakhstan and Turkey will meet in Tbilisi on May 6 for the first summit on the Trans-Caspian International Transport Route, Prime Minister Irakli Kobakhidze's office said on Monday.

The four governments are expected to sign an agreement on a single through-tariff for container freight from the Chinese border to the Black Sea, two officials involved in the preparations said. A separate deal on sharing customs data is not ready and may slip to the autumn, one of them added.

Freight on the route grew by about a fifth last year, but containers wait up to two weeks at Caspian ports.

Economy Minister Mariam Kvrivishvili said transport ministers would hold a preparatory meeting in Batumi next week, and that Georgia "will not raise transit fees" while the tariff talks continue.

Kazakh President Kassym-Jomart Tokayev will arrive a day early for a state visit, his press secretary said. President Ilham Aliyev's attendance has not been confirmed.

Read more: Georgian lari steady as remittances from Russia fall

The head of Georgian Railway, Levan Gogichaishvili, is expected to step down after the summit, according to a person familiar with the matter, after a dispute over the delayed Baku-Tbilisi-Kars upgrade.

Brussels, which froze part of its Global Gateway funding for Georgian transport projects in 2024, could decide whether to release the money when EU foreign ministers meet in late May, EU diplomats said.

Georgian, Azerbaijani and Turkish troops will hold their annual joint exercise near Tbilisi in June, the Georgian defence ministry said.

The government wants visible results before the parliamentary election due in October 2028.

Analysts say the tariff deal could cut transit times by several days, but only if more ferries sail the Caspian. "Without new ships, a tariff is just paper," said Ketevan Dolidze, a transport economist at a Tbilisi think tank.
"""},

"h119en02": {"outlet": "Guadalquivir Wire (Tarija)", "published": "2026-09-22", "text": """Bolivia to open its pipelines to Argentine gas bound for Brazil

TARIJA, Sept 22 (Guadalquivir Wire) - Bolivia, Argentina and Brazil will sign a transit agreement in Santa Cruz on October 8 allowing gas from Argentina's Vaca Muerta field to flow through Bolivian pipelines to Sao Paulo, Hydrocarbons Minister Ernesto Salinas said on Monday.

First flows of about 2 million cubic metres a day are expected in early November, he said, once state company YPFB reverses compressors at the Yacuiba border station.

Bolivia's own exports to Argentina ended in September 2024 after two decades, as its fields declined.

President Rodrigo Paz will attend the signing with Argentina's energy secretary, Maria Tettamanti, and Brazil's mines and energy minister, Alexandre Silveira, the presidency said. Paz will also meet Silveira separately to discuss a fertiliser plant, it added.

The transit fee has not been settled, and Buenos Aires wants less than 40 cents per million British thermal units, a person close to the talks said. Tettamanti is expected in La Paz next week to close the gap.

Read more: Bolivia's lithium law heads to Senate committee

YPFB president Hugo Vargas Llanos will step down before the end of the month, his office said, after an audit found irregularities in diesel imports.

Troops will guard the Yacuiba and Rio Grande compressor stations from October 1, the defence ministry said, after road blockades in the Chaco last month.

The Senate must ratify the agreement, but a vote is unlikely before the legislature's recess in mid-December, congressional aides said. Petrobras is expected to sign a five-year purchase contract with Argentine producers next month, Brazilian officials said.

Analysts say the deal could earn Bolivia about $150 million a year in fees. "Bolivia is becoming a toll road, not a producer," said Paola Arce, an energy economist in Santa Cruz. Arce said a second phase sending gas on to Chile could follow by 2028.
"""},

"h119en03": {"outlet": "Aiviekste Wire (Rezekne)", "published": "2026-03-10", "text": """Latvia to start laying mines on Russian border in May

REZEKNE, March 10 (Aiviekste Wire) - Latvia's armed forces will begin laying anti-personnel mines along parts of the Russian border in early May, Defence Minister Andris Spruds said on Monday.

Latvia's withdrawal from the Ottawa Convention, which bans such mines, took effect in December.

Spruds said the first minefields would cover about 40 kilometres of forest and marsh, and that Latvia "will not mine roads or farmland".

The government is expected to decide on Thursday whether to close the Terehova road crossing, the last busy checkpoint with Russia, Interior Minister Rihards Kozlovskis said. Closing it for at least six months "is the likely outcome", he said.

Border guards stopped more than 1,900 attempts to cross from Belarus in February, the State Border Guard said.

Read more: Latvian farmers seek compensation for border-zone land

EU ambassadors could discuss a new package of sanctions on Belarus, including curbs on its potash transit, as early as next week, diplomats in Brussels said.

Spruds said Latvia would ask allies at the NATO summit in Ankara on July 7-8 to fund part of the Baltic Defence Line. NATO Secretary General Mark Rutte is due to visit the border near Zilupe later this month, NATO officials said.

Prime Minister Evika Silina said a ceasefire in Ukraine, which U.S. envoys hope to secure by the summer, would not change Latvia's plans. "Russia's army will still be on our border," she said.

Analysts say the border will be a central issue before the Saeima election on October 3, and that the National Alliance could campaign for a full closure of the Russian frontier.

"Mines buy time, not security," said Maris Kalnins, a researcher at a Riga security institute. He said a full closure would hit Latgale's economy hardest, since many of its shops depend on cross-border traffic.
"""},

"h119en04": {"outlet": "Dzalanyama Wire (Lilongwe)", "published": "2027-02-16", "text": """Malawi tobacco auctions to open as growers brace for U.S. tariff

LILONGWE, Feb 16 (Dzalanyama Wire) - Malawi's tobacco auction floors will open on April 6 in Lilongwe, Limbe and Mzuzu, the Tobacco Commission said on Monday. It will publish indicative prices within 14 days, it said.

Trade Minister Grace Chikoti will lead a delegation to Washington next week to seek an exemption from the 17 percent U.S. tariff on Malawian goods, her ministry said. She is expected to meet officials of the U.S. Trade Representative's office, but a meeting with Trade Representative Jamieson Greer has not been confirmed, a ministry official said.

Tobacco earns more than half of Malawi's export income.

A separate threat hangs over the crop. U.S. Customs and Border Protection could reimpose a detention order on Malawian tobacco over child labour concerns before the auctions open, the U.S. Embassy said in a statement.

Read more: Kwacha slides on parallel market as fuel imports rise

President Peter Mutharika said on Saturday the government "will not set minimum prices below last year's", and that a state fund would buy unsold leaf if prices collapse.

The Tobacco Commission's chief executive, Fletcher Nkhoma, will step down at the end of March, a board member said, after growers' groups accused the commission of delaying payments last season.

Malawi and China are expected to sign a protocol allowing tobacco exports to China during a visit by Agriculture Minister Chimwemwe Phiri to Beijing in May, two officials said.

The Tobacco Association of Malawi (TAMA) could call a boycott of the auctions if opening prices fall below $1.80 a kg, its president said.

Mutharika is due to attend an extraordinary SADC summit in Harare on March 4.

Analysts say tobacco earnings could fall by a quarter this year if the tariff stays. "Farmers cannot plan when the price of their crop is set in Washington," said Thokozani Banda, an agricultural economist in Zomba.
"""},

"h119en05": {"outlet": "Terelj Wire (Ulaanbaatar)", "published": "2025-05-20", "text": """Mongolia to host Khaan Quest drills as Japan and U.S. court Ulaanbaatar

ULAANBAATAR, May 20 (Terelj Wire) - About 1,800 troops from 24 countries will take part in the Khaan Quest peacekeeping exercise at the Five Hills training area from June 14 to June 28, Mongolia's defence ministry said on Monday.

The exercise will open with a ceremony attended by President Ukhnaagiin Khurelsukh, it said.

China and Russia have been invited to send observers, but neither has confirmed, a ministry official said.

A senior Pentagon delegation is expected in Ulaanbaatar next week to discuss a new defence cooperation roadmap, which could be signed during the exercise, two officials said.

Japanese Foreign Minister Takeshi Iwaya will visit Ulaanbaatar on June 3 for talks with his Mongolian counterpart, Battsetseg Batmunkh, and the two sides are expected to sign an agreement on rare earth exploration, the foreign ministry said.

Battsetseg said on Friday that Mongolia "will not join any military bloc" and would keep its "third neighbour" policy balanced.

Read more: Mongolian tugrik weakens as coal prices slide

Khurelsukh is expected to attend the Shanghai Cooperation Organisation summit in Tianjin at the end of August as the leader of an observer state, his office said.

Mongolia imports almost all its fuel from Russia. Its import contract with Rosneft expires at the end of June, and a new three-year deal may be signed in Moscow in mid-June, an energy ministry official said.

Analysts say Beijing could respond to the growing military ties with the West by slowing coal trucks at the Gashuunsukhait crossing, as it squeezed border trade after the Dalai Lama's visit in 2016.

"Mongolia has to show both neighbours that the third neighbour is not a threat," said Ganbold Dashdorj, a researcher at an Ulaanbaatar think tank.
"""},
}
