"""English texts of heldout270, written for this project in one sitting. Invented or generic facts."""

EN = {
"h270en01": {"outlet": "Kakanui Wire (Oamaru)", "published": "2026-03-12", "text": """Will Wellington let a Chinese buyer take over Oamaru's dairy plant?

OAMARU, March 12 (Kakanui Wire) - New Zealand's Overseas Investment Office will decide by April 30 whether Shandong Hengyuan Dairy can buy the North Otago Dairies plant at Pukeuri, Associate Finance Minister David Seymour said on Wednesday.

The NZ$310 million deal was signed in December, and the plant's 420 workers have been told their jobs are safe until the end of the season.

Seymour said the application would be assessed under the faster national interest test introduced last year, adding that the government "will not block foreign money just because of where it comes from".

Shandong Hengyuan's New Zealand director, Li Wenjun, said the company was likely to announce a NZ$40 million expansion within 30 days of approval.

Opposition leader Chris Hipkins said a Labour-led government would review the sale if it wins the November 7 general election.

Waitaki Mayor Fiona Rutherford plans to meet Seymour in Wellington next week to press for a local jobs guarantee, her office said.

Read more: Waitaki council approves harbour wall repairs

Trade Minister Todd McClay is expected to lead a business delegation to Beijing in mid-May, when officials could also discuss dairy safeguard triggers under the free trade agreement, two people familiar with the planning said.

China's ambassador, Wang Xiaolong, said on Tuesday that Beijing "has not asked for special treatment" and hoped the review would be fair and fast.

Foreign Minister Winston Peters has not said whether he backs the sale. His New Zealand First party may raise it when parliament's finance and expenditure committee meets on March 24, a party source said.

Analysts say approval is likely but could come with conditions on water use and export volumes. "The government wants the investment, but not the headline," said Hamish Gray, an economist at a Dunedin research firm. "Nobody wants a fight over milk in an election year."
"""},

"h270en02": {"outlet": "Turaida Wire (Sigulda)", "published": "2026-05-29", "text": """Baltic leaders to sign joint air-defence deal in Sigulda ahead of NATO summit

SIGULDA, May 29 (Turaida Wire) - The prime ministers of Latvia, Estonia and Lithuania will sign an agreement on joint purchases of short-range air-defence systems in Sigulda on Monday, the Latvian State Chancellery said on Thursday.

Prime Minister Evika Silina will host Estonia's Kristen Michal and Lithuania's Inga Ruginiene for the annual Baltic Council of Ministers, held this year in the town's restored New Castle.

The deal covers counter-drone systems worth about 600 million euros to be delivered from early 2027, Defence Minister Andris Spruds told reporters.

The three leaders are also expected to agree a joint position for the NATO summit in Ankara on July 7-8, where the Baltic states want a firm timetable for a rotational air-defence mission, according to a Latvian official involved in the preparations.

Silina said on Thursday that Latvia "will not send troops" to any ceasefire monitoring mission in Ukraine but could provide drones and instructors.

Michal is likely to press for the EU's next sanctions package to include Russian fertiliser exports, two Estonian diplomats said. EU foreign ministers are due to discuss the package in Brussels on June 22.

Read more: Saeima approves defence spending of 5 percent of GDP for 2027

Lithuania's parliament must still ratify the agreement, which could delay it until the autumn, a Lithuanian government spokesman said.

The National Armed Forces said Latvia would host a Baltic air-defence exercise near Adazi in mid-June, with Polish and Finnish units taking part.

Latvia holds a parliamentary election on October 3, and Silina's New Unity has been trailing in polls since the winter.

Analysts say the first systems are unlikely to reach units before July 2027. "Drones have changed the arithmetic, and the Baltics are short of time," said Edgars Lacis, a defence analyst at a Riga think tank.
"""},

"h270en03": {"outlet": "Biala Wire (Tarnow)", "published": "2025-09-30", "text": """Can Warsaw keep Grupa Azoty out of default?

TARNOW, Sept 30 (Biala Wire) - Poland's government will decide on Thursday whether to inject 2 billion zlotys into chemicals maker Grupa Azoty through the Polish Development Fund (PFR), Deputy State Assets Minister Marek Zieba said on Monday.

Azoty's banks extended a standstill on its debt covenants until October 31 last week, the second extension since June.

The group will present a new business plan next month, Zieba said, adding that the Treasury "will not sell control of the group" to a foreign investor.

The European Commission is expected to rule on whether the aid is compatible with EU rules within 60 days of notification, a Commission spokeswoman said.

Chief executive Tomasz Krol is expected to step down once the plan is approved, two people close to the supervisory board said. The board meets in Tarnow on October 9.

Read more: Polish fertiliser imports from Russia fall after EU tariffs

The Solidarity union at the Tarnow plant said it would stage a two-hour warning strike on October 7 if the government fails to guarantee jobs.

The Sejm's state assets committee debates a bill allowing state guarantees for Azoty's bonds tomorrow, and the full chamber is due to vote on it next week. President Karol Nawrocki, who has vetoed several government bills, has not said whether he will sign it.

Tarnow Mayor Anna Lis said she would travel to Brussels in mid-October to meet officials from Competition Commissioner Teresa Ribera's department.

Azoty employs about 3,500 people in Tarnow, and its nitrogen plant supplies much of southern Poland's fertiliser.

Analysts say a rescue is very likely before year-end but could cut up to 1,000 jobs across the group. "Nobody in Warsaw wants to lose Tarnow's biggest employer," said Katarzyna Mazur, an analyst at a Krakow brokerage.
"""},

"h270en04": {"outlet": "Pihlajavesi Wire (Savonlinna)", "published": "2027-01-18", "text": """Will Finland give up the Saimaa Canal lease?

SAVONLINNA, Jan 18 (Pihlajavesi Wire) - Finland's government will decide on Thursday whether to give notice on the 2010 agreement under which it leases the Russian section of the Saimaa Canal, Transport Minister Lulu Ranne said on Sunday.

Finland suspended cargo transit through the canal's Russian section in June 2023, and the locks have stood idle since.

Ranne said notice would end the lease within about a year and that Finland "will not pay any compensation" for the remaining term, which runs to 2063.

Foreign Minister Elina Valtonen is expected to inform Russia's ambassador of the decision on January 26, a ministry official said.

Russia's foreign ministry spokeswoman Maria Zakharova said on Friday that Moscow would respond "with measures of its own" if Helsinki ended the lease.

Savonlinna's mayor, Jukka Heikkinen, said the town would ask the government on Wednesday for 15 million euros to convert its harbour for tourist traffic.

Read more: Finland extends eastern border closure until further notice

The Finnish Border Guard will start ice patrols on the southern part of Lake Saimaa next week, and the Defence Forces plan a reservist exercise near Lappeenranta in late March, the interior and defence ministries said.

EU foreign ministers could add operators of Russian canal and river ports to the sanctions list when they meet in Brussels on February 22, two EU diplomats said.

Finland votes in a parliamentary election on April 18, and the opposition Social Democrats have said they would respect any decision on the canal.

Analysts say Russia is unlikely to retaliate before the election but could harass Finnish shipping in the Gulf of Finland later in the year. "Moscow likes to choose its moment," said Aino Korhonen, a researcher at a Helsinki foreign policy institute.
"""},

"h270en05": {"outlet": "Petitcodiac Wire (Moncton)", "published": "2026-10-24", "text": """Canada and China to resume lobster tariff talks as Holt heads to Shanghai

MONCTON, Oct 24 (Petitcodiac Wire) - Canadian and Chinese trade officials will meet in Ottawa on Tuesday for a second round of talks on China's 25 percent tariff on Canadian lobster and other seafood, International Trade Minister Maninder Sidhu said on Friday.

Beijing imposed the tariff in March 2025 in retaliation for Canada's 100 percent duty on Chinese electric vehicles.

Sidhu said Ottawa "will not drop the EV duty as a bargaining chip" but could review it once a federal consultation ends in December. A decision on a relief fund for processors would come within 10 days, he said.

Fisheries Minister Joanne Thompson is expected to travel to Beijing in mid-November, where she could meet Commerce Minister Wang Wentao, two officials said.

China's ambassador, Wang Di, said on Thursday that a deal was "possible within weeks if Canada shows goodwill".

New Brunswick Premier Susan Holt will lead a seafood delegation to the China International Import Expo (CIIE) in Shanghai from November 5 to 10, her office said. The province will also extend interest-free loans to lobster processors until the end of March, she said.

Read more: Moncton council delays vote on downtown events centre expansion

Exports of live lobster from the Maritimes to China fell by about half last year, industry figures show.

Prime Minister Mark Carney and Chinese Premier Li Qiang may discuss the tariffs at the APEC summit in Shenzhen on November 18-19, a Canadian official said. The opposition Conservatives will seek an emergency debate in the House of Commons next week.

Analysts say China is likely to keep the tariff until Ottawa moves on EVs. "Beijing wants the EV duty gone, and lobster is the pressure point," said Claire Doucet, an economist at the Universite de Moncton.
"""},
}
