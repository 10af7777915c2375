"""English texts of heldout263, written for this project in one sitting. Invented or generic facts."""

EN = {
"h263en01": {"outlet": "Lough Allen Wire (Carrick-on-Shannon)", "published": "2026-04-14", "text": """Can a joint task force drive the fuel launderers out of Leitrim?

CARRICK-ON-SHANNON, April 14 (Lough Allen Wire) - Police from both sides of the Irish border will launch a permanent joint task force against fuel laundering and cigarette smuggling along the Leitrim-Fermanagh frontier on May 4, Justice Minister Jim O'Callaghan said on Monday.

The unit of about 40 officers from An Garda Siochana and the Police Service of Northern Ireland (PSNI) will work from a base near Belcoo for an initial period of two years, O'Callaghan told reporters in Ballinamore.

Revenue officers dismantled 11 laundering plants in Leitrim and Cavan last year, against four in 2024. A customs officer was seriously injured on March 28 when a van rammed a checkpoint near Blacklion.

Taoiseach Micheal Martin will visit the Garda station in Ballinamore tomorrow, his office said.

Northern Ireland's Justice Minister Naomi Long is expected to sign a memorandum on cross-border hot pursuit with O'Callaghan when ministers meet under the Intergovernmental Agreement on Criminal Justice Cooperation in Armagh next week, two officials said.

London has not decided whether to contribute to the task force's 6 million euro annual budget, a Northern Ireland Office spokesman said.

"There will be no hard border and no fixed checkpoints," O'Callaghan said.

Read more: Revenue seizes 2 million cigarettes at Dublin Port

Declan Brennan, a Fianna Fail TD for Sligo-Leitrim, said the Oireachtas justice committee would question Garda Commissioner Justin Kelly on the plan on Thursday.

Most counterfeit cigarettes seized in the border counties were traced to factories in Belarus, and the European Commission could add two Belarusian tobacco makers to its sanctions list as early as June, an EU official said.

Brendan O'Rourke, a criminologist at the University of Galway, said the gangs were likely to move their operations into Donegal within months.

Analysts say smuggling could rise again if the government raises excise duty on cigarettes in the autumn.
"""},

"h263en02": {"outlet": "Kuirau Wire (Rotorua)", "published": "2026-06-16", "text": """Luxon hosts Albanese in Rotorua: can the single market finally take shape?

ROTORUA, June 16 (Kuirau Wire) - Prime Minister Christopher Luxon will host Australian Prime Minister Anthony Albanese in Rotorua on Friday for the annual Australia-New Zealand Leaders' Meeting, Luxon's office said on Monday. The meeting was first set for February but slipped twice.

The two leaders are expected to sign a declaration extending mutual recognition of professional licences under the Single Economic Market agenda, according to two officials involved in the preparations.

Albanese will also visit a geothermal power station run by Te Arawa iwi on Saturday before flying to Auckland, according to an itinerary released by his office.

Foreign Minister Winston Peters said on Sunday that Wellington would not change its nuclear-free policy to deepen defence ties with Canberra. Australian media reported that Albanese could raise New Zealand's possible role in the second pillar of the AUKUS pact, on which Luxon's cabinet has yet to decide.

The New Zealand Defence Force (NZDF) said HMNZS Aotearoa would join two Australian frigates for Exercise Kahu Tai off the Bay of Plenty from August 3 to 14.

Both governments are likely to announce coordinated sanctions on Iranian officials within 10 days, a New Zealand official said.

Diplomats said the leaders were expected to offer police support for a truce between warring clans in Papua New Guinea's Enga province, which expires at the end of July.

Read more: New Zealand's central bank holds rates, flags slower recovery

New Zealand votes in a general election on November 7, and Peters will travel to Canberra next month for talks with Foreign Minister Penny Wong.

The two countries agreed in 2023 to give New Zealanders living in Australia a direct pathway to citizenship.

Hemi Walker, a political scientist at the University of Waikato, said a full single market in services was unlikely before 2028. "Both leaders need a photo, not a fight," he said.
"""},

"h263en03": {"outlet": "Krasuona Wire (Utena)", "published": "2026-10-21", "text": """Will Lithuania's homeowners pay for its tanks? Seimas votes on property tax

UTENA, Oct 21 (Krasuona Wire) - Lithuania's parliament, the Seimas, will vote on Thursday on extending the real estate tax to family homes worth more than 150,000 euros, the Seimas board said in a statement.

Passage is likely because the ruling coalition holds 86 of the 141 seats, Finance Minister Rasa Jankauskiene told reporters on Tuesday. The tax would take effect on January 1, 2028 and raise about 90 million euros a year for the State Defence Fund, she said.

Vilnius has pledged to spend between 5 and 6 percent of economic output on defence from this year. The coalition council met on Monday and agreed to exempt farm buildings and homes of people with disabilities.

President Gitanas Nauseda has not said whether he will sign the law. His senior economic adviser, Tomas Vaitkus, said the president could return it to parliament if it did not protect pensioners in small towns.

The opposition Homeland Union-Lithuanian Christian Democrats (TS-LKD) would ask the Constitutional Court to review the law if it passed, its parliamentary leader, Aiste Grigaliuniene, said.

Utena's mayor, Audrius Ruksenas, said the municipality would not raise local land tax rates next year to soften the blow for homeowners in a district where incomes lag the national average.

Lithuania holds municipal elections on March 7, 2027, and opposition parties have promised to make the tax a campaign issue. Two coalition lawmakers said Jankauskiene could resign if the bill failed.

The European Commission is due to publish its opinion on Lithuania's 2027 draft budget, which relies on the EU's defence escape clause, before the end of November, a Commission spokesman said.

Ruta Kazlauskaite, an economist at a Vilnius bank, said house prices in regional towns such as Utena could fall by up to 5 percent next year. "People here are asset-rich and cash-poor," she said.
"""},

"h263en04": {"outlet": "Lakeus Wire (Seinajoki)", "published": "2027-01-26", "text": """Seinajoki tractors roll as Helsinki weighs a veto on the EU farm budget

SEINAJOKI, Jan 26 (Lakeus Wire) - Several hundred farmers will drive tractors into central Seinajoki on Thursday to protest against proposed cuts to EU farm support, the Central Union of Agricultural Producers and Forest Owners (MTK) said on Monday.

The European Commission proposed in July 2025 to fold the Common Agricultural Policy into single national plans for 2028-2034, which farm groups say would cut ring-fenced support by about a fifth. Helsinki receives about 900 million euros a year in EU farm money.

Agriculture Minister Sari Essayah said Finland would not accept any deal that cut the northern aid scheme for farmers above the 62nd parallel, and that she would raise the issue with EU farm ministers in Brussels on February 22.

Prime Minister Petteri Orpo could block the budget framework at the European Council in March unless the northern regions get a dedicated allocation, two government officials said.

EU Agriculture Commissioner Christophe Hansen is expected to visit Seinajoki in mid-February, the Commission's representation in Helsinki said.

Read more: Finland's jobless rate rises to 10.3 percent

Finland holds a parliamentary election on April 18. Antti Kaikkonen, who leads the opposition Centre Party, said his party would make farm funding a condition for joining any government after the vote.

The EU is expected to raise tariffs on Russian and Belarusian fertilisers from July 1, a step that Finnish farmers fear will push up costs, a Commission official said.

Johanna Niemi, a rural policy researcher at the Ruralia Institute in Seinajoki, said the protests could spread to Oulu and Kuopio next week.

Analysts say a deal on the 2028-2034 budget is unlikely before 2028, leaving farmers without clarity through this year's sowing season.
"""},

"h263en05": {"outlet": "Yarrowee Wire (Ballarat)", "published": "2026-10-28", "text": """Can Labor hold Ballarat as Victoria heads to the polls?

BALLARAT, Oct 28 (Yarrowee Wire) - Victorians will elect a new state parliament on November 28, the Victorian Electoral Commission (VEC) said on Tuesday, with nominations closing on November 12 and early voting centres opening on November 16.

Premier Jacinta Allan will launch Labor's campaign in Ballarat on Sunday, her office said.

Ballarat, a former gold-rush city of about 120,000 people west of Melbourne, has swung between the major parties for decades. Labor has held all three Ballarat-area seats since 2014, but the contest has been reshaped by anger over the route of the Western Victoria Transmission Network.

Wendouree MP Carla Dunstan, who quit the Labor Party in August over the line, will run as an independent, she told reporters on Monday. Allan said on Tuesday her government "will not" reopen the route, which the planning minister approved in March.

The opposition Liberal-National Coalition would scrap compulsory land acquisition for the line if elected, its energy spokesman, Tom Hargreaves, said.

Treasurer Jaclyn Symes said the pre-election budget update would be released on November 3.

Prime Minister Anthony Albanese is likely to campaign with Allan in Ballarat next week, Labor officials said.

Allan and the opposition leader will meet in a televised debate on November 18, the ABC said.

Read more: RBA leaves cash rate on hold, signals patience

Economists say S&P Global Ratings could cut Victoria's AA rating after the election if the next government does not rein in borrowing.

Megan Tully, a political scientist at Federation University in Ballarat, said Labor was likely to lose at least one of the three seats. "Voters here feel the line was imposed on them," she said.
"""},
}
