"""English texts of heldout52, written for this project in one sitting. Invented or generic facts."""

EN = {
"h52en01": {"outlet": "Raut Wire (Balti)", "published": "2027-09-28", "text": """Moldova lines up winter gas for Transnistria as Tiraspol's unpaid bills mount

CHISINAU, Sept 28 (Raut Wire) - Moldova expects Transnistria's gas distributor, Tiraspoltransgaz, to sign a new winter supply contract with Hungarian trader Pannon Gas Trading next week, keeping gas flowing to the breakaway region from October 1, Deputy Prime Minister for Reintegration Valeriu Rusu said on Monday.

"The contract should cover deliveries of 3 million cubic metres a day until the end of March," Rusu told reporters in Chisinau.

Transnistria has received no Russian gas since January 1, 2025, when Ukraine ended the transit of Russian supplies, and has since bought gas through European traders.

Moldova's energy ministry said on Friday that Tiraspol must settle its unpaid August bill by October 15 or face a cut in volumes.

Negotiators from both sides will meet in Bender on Thursday in the "1+1" format, the OSCE mission said. Vitaly Ignatiev, Tiraspol's chief negotiator, said the region "will not accept" gas metering at its administrative line.

Transnistrian leader Vadim Krasnoselsky could ask Moscow to send gas through the TurkStream pipeline if the talks fail, media in the region reported.

Read more: Moldova's inflation slows to 4.1% in August

State trader Energocom is expected to extend its power purchase contract with the Cuciurgan power plant, which lies in Transnistria, by the end of October, Energy Minister Dorin Junghietu said.

President Maia Sandu will host EU leaders at the second EU-Moldova summit in Chisinau in late October, the presidency said, where energy security is set to top the agenda.

EU foreign ministers could also extend sanctions on people accused of destabilising Moldova when they meet on October 18, two EU diplomats said.

Mihai Stratan, an analyst at the Energy Policy Lab in Chisinau, said Tiraspol was likely to pay "just enough to keep the gas on" and a full cut-off before winter was unlikely.
"""},

"h52en02": {"outlet": "Seti Wire (Kathmandu)", "published": "2026-03-12", "text": """Nepal's interim government readies handover as final results near

KATHMANDU, March 12 (Seti Wire) - Nepal's Election Commission will publish the final proportional representation results on Sunday, acting Chief Election Commissioner Ram Prasad Bhandari said on Wednesday.

First-past-the-post results for all 165 constituencies were completed on Tuesday, with no party winning the 138 seats needed for a majority in the 275-member house.

President Ram Chandra Paudel is expected to summon the new House within a week of the final results, and the first sitting could take place as early as March 23, officials at the President's Office said.

Interim Prime Minister Sushila Karki, who took office in September, will resign as soon as the House elects a new prime minister, her office said. "I will not seek any office after the handover," Karki told reporters on Tuesday.

Leaders of the Nepali Congress and the CPN-UML are expected to begin coalition talks on Friday, with a deal likely by the end of next week, a senior Nepali Congress official said, speaking on condition of anonymity. The party's central working committee will meet on Saturday to elect its parliamentary party leader, spokesman Prakash Sharan Mahat said.

The Election Commission has also proposed holding local elections in all 753 local units on April 25, 2027, Bhandari said.

Read more: Nepal's central bank holds rates

By-elections for seats vacated by candidates who won in two constituencies must be held within six months, the commission said.

A government-appointed commission investigating the deaths of 76 people during the September protests is due to submit its report by the end of March, the Home Ministry said.

India's Prime Minister Narendra Modi is likely to invite the new prime minister to New Delhi for a first foreign visit, diplomats in Kathmandu said, though a trip to Beijing could come first.

Analysts say a coalition between the two largest parties could collapse within a year.
"""},

"h52en03": {"outlet": "Goree Wire (Dakar)", "published": "2025-10-08", "text": """Senegal heads to Washington seeking new IMF deal as debt audit widens

DAKAR, Oct 8 (Goree Wire) - Senegal's Finance Minister Cheikh Diba will lead a delegation to the IMF and World Bank annual meetings in Washington next week, where talks on a new funding programme are expected to make progress, the finance ministry said on Tuesday.

The Fund suspended its previous $1.8 billion arrangement last year over misreported debt. President Bassirou Diomaye Faye met IMF Managing Director Kristalina Georgieva in New York last month. A Court of Auditors report published in February put public debt at 99.7% of gross domestic product at the end of 2023.

Diba told lawmakers last week that a staff-level agreement "could be reached before the end of the year". IMF mission chief Edward Gemayel said on Friday that a Fund team would return to Dakar in early November.

Prime Minister Ousmane Sonko has ruled out a restructuring, saying Senegal "will not ask its creditors for a haircut".

A second phase of the audit, covering state-owned companies, will be completed by the end of November, government spokesman Moustapha Ndjekk Sarre said.

Read more: Senegal's Sangomar oil field output tops 100,000 barrels a day

The 2026 budget bill will be tabled in the National Assembly by October 15, with a vote expected in the first half of December. Diba will brief the National Assembly's finance committee on Thursday.

ECOWAS leaders will meet in Abuja on December 14, where Faye is expected to push for a regional initiative on debt costs, a presidency official said. Faye will travel to Paris in late October for talks with President Emmanuel Macron, his office said.

Analysts say S&P Global could cut Senegal's rating again when it reviews it on October 31. Awa Ndiaye, an economist at a Dakar brokerage, expects the IMF board to approve a new arrangement in the first quarter of 2026.
"""},

"h52en04": {"outlet": "Maipo Wire (Santiago)", "published": "2026-01-21", "text": """Kast team plans copper royalty cut as Chile's transition enters final stretch

SANTIAGO, Jan 21 (Maipo Wire) - Chile's president-elect Jose Antonio Kast will meet outgoing President Gabriel Boric at La Moneda palace on Friday for a second transition meeting, Kast's office said on Tuesday, seven weeks before he takes office on March 11.

Kast won the December 14 run-off against the left's Jeannette Jara with about 58% of the vote.

His economic team plans to send Congress a bill lowering the royalty on large copper miners within the first 100 days of the new government, Finance Minister-designate Jorge Quiroz said in an interview with a Santiago radio station. "The royalty will not be abolished, but the top rate has to come down," Quiroz said.

The 2023 royalty law, in force since January 2024, adds a margin-based charge of up to 32% for the largest producers.

The Senate's mining and energy committee will hear Finance Minister Nicolas Grau on the royalty's first two years of revenue next Tuesday, committee chairman Senator Tomas Larrain said.

Broad Front deputy Gonzalo Winter said his party's lawmakers would vote against any cut, and the bill could face a tough passage in the Senate, where the right is two votes short of a majority.

Codelco chairman Maximo Pacheco could step down before Kast takes office, two people close to the state miner's board said.

Read more: Copper climbs to record on Chilean and Peruvian supply worries

Kast will travel to Buenos Aires next week for talks with Argentine President Javier Milei on mining integration and border security, his team said.

The Mining Council, which groups Chile's largest producers, said in a statement that it expected a lower royalty to unlock about $10 billion of delayed investment by 2030.

Analysts say the new government could also seek to revise Codelco's lithium partnership with SQM, which took effect on January 1.
"""},

"h52en05": {"outlet": "Kherlen Wire (Ulaanbaatar)", "published": "2026-11-17", "text": """Mongolian lawmakers to vote on ousting mining minister over coal deals

ULAANBAATAR, Nov 17 (Kherlen Wire) - Mongolia's parliament will vote on Thursday on a motion of no confidence in Mining and Heavy Industry Minister Munkhbat Ganbold over coal export contracts with Chinese buyers, the State Great Khural's secretariat said on Monday.

The motion, filed by 19 opposition lawmakers, accuses the minister of approving long-term sales by state miner Erdenes Tavan Tolgoi at below-market prices.

The ruling Mongolian People's Party, which holds 68 of the 126 seats, is expected to reject the motion, two party officials said. "I will not resign over contracts that followed the law," Ganbold told reporters on Monday.

Democratic Party lawmaker Enkhtuvshin Bat said the party would make the contracts public on Saturday if the motion fails.

Mongolia exported 61 million tonnes of coal to China in the first ten months of the year, the customs administration said.

A cross-border railway linking Gashuunsukhait with China's Ganqimaodu is due to start trial runs in the second half of 2027, state-owned Mongolian Railway said on Friday.

Prime Minister Gombojav Zandanshatar will visit Beijing in the first week of December for talks with Chinese Premier Li Qiang, where a long-term coal supply framework is expected to be signed, the government's press office said.

Read more: Mongolia's tugrik hits record low against the yuan

Erdenes Tavan Tolgoi plans to sell 70% of its coal through auctions on the Mongolian Stock Exchange from January 1, chief executive Tserendash Oyun said.

China's commerce minister is expected in Ulaanbaatar next week for a session of the intergovernmental commission on trade, the foreign ministry said.

Analysts say Ganbold could still resign before the end of the year if more than 40 lawmakers back the motion.

Mongolian and Chinese border guards will hold a joint exercise near Zamiin-Uud in the first half of December, the General Authority for Border Protection said.
"""},
}
