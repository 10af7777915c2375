"""English texts of heldout120, written for this project on the day of the set. Invented or generic facts."""

EN = {
"h120en01": {"outlet": "Kugart Wire (Jalal-Abad)", "published": "2026-04-21", "text": """Kyrgyzstan signs tunnel contracts as China-Uzbekistan railway races the calendar

JALAL-ABAD, April 21 (Kugart Wire) - Kyrgyzstan will sign contracts for the four longest tunnels of the China-Kyrgyzstan-Uzbekistan railway with two Chinese state builders on Friday, Transport Minister Tilek Tekebaev said on Monday, calling the deal "the point of no return" for the line.

Construction of the Kyrgyz section began in December 2024, after the three governments signed the intergovernmental agreement in Beijing in June 2024.

Tekebaev said the Jogorku Kenesh, the parliament, is expected to ratify a $1.2 billion loan agreement with China Development Bank next week. Two opposition lawmakers said they may seek to delay the vote, arguing that the loan would pledge mining revenue as collateral.

Tunnelling is scheduled to start in early June, and the line is due to open in 2030, he said.

Chinese Vice Premier Zhang Guoqing is expected to visit Bishkek in mid-May to review progress, two officials said. He could also travel to the Naryn region to see works near the Torugart pass, one of them said.

Moscow has not said whether Russian Railways will take part in a planned link to its network, and the Russian embassy declined to comment.

Read more: Kyrgyz som steadies after National Bank intervention

The railway will be on the agenda when leaders of the Shanghai Cooperation Organisation (SCO) meet in Bishkek on August 27-28, the presidential administration said. President Sadyr Japarov is likely to hold separate talks there with Chinese President Xi Jinping and Uzbek President Shavkat Mirziyoyev.

Uzbekistan plans to finish its section before the end of 2028, its transport ministry said in a statement.

Analysts say cost overruns could push the opening beyond 2030, and the presidential election due in January 2027 leaves little room for unpopular borrowing.

"Nobody in Bishkek wants to be the one who slowed down the Chinese railway," said Aigul Sydykova, an economist at a Bishkek policy institute.
"""},

"h120en02": {"outlet": "Palmerola Wire (Comayagua)", "published": "2026-07-15", "text": """Will Honduras become a waiting room for U.S. asylum seekers?

COMAYAGUA, July 15 (Palmerola Wire) - Honduras and the United States will sign a "safe third country" agreement in Washington on July 22, Foreign Minister Armando Ochoa Lainez said on Tuesday, allowing Washington to send asylum seekers to Honduras.

Congress, where President Nasry Asfura's National Party has a narrow majority with its allies, must approve the deal. A vote is expected before the end of August, lawmakers said, and analysts expect it to be close.

Deputy Foreign Minister Carla Membreno resigned last week in protest.

U.S. Homeland Security Secretary Kristi Noem is expected to visit Tegucigalpa in early August, the U.S. Embassy said. The first transfers could begin as early as September, the embassy added.

Migrants would be housed at a centre near the Soto Cano air base, home to 500 U.S. troops. The U.S. Southern Command may send army engineers to build it, according to a person familiar with the plans.

Asfura's office said the government "will not accept more than 300 people a month." The U.N. refugee agency, UNHCR, said it would send a team to assess the site next week.

Read more: Honduras' central bank keeps its policy rate unchanged

A U.S. official said the administration could exempt Honduras from a new remittance tax in return, while two congressional aides said visa restrictions on Honduran officials who obstruct the deal "remain on the table."

Libre, the opposition party, will ask the Supreme Court's Constitutional Chamber to strike the deal down if Congress approves it, its general coordinator, Manuel Zelaya, said.

Asfura will discuss migration with Guatemalan President Bernardo Arevalo and Salvadoran President Nayib Bukele at a summit of the Central American Integration System (SICA) in Panama City on July 30, his office said.

"Washington's goodwill is worth more to them than the political cost at home," said Lourdes Castaneda, a migration researcher in San Pedro Sula.
"""},

"h120en03": {"outlet": "Mamaia Wire (Constanta)", "published": "2025-11-18", "text": """Romania seeks more French troops as U.S. brigade thins out at Black Sea base

CONSTANTA, Nov 18 (Mamaia Wire) - Romania's Supreme Council of National Defence (CSAT) will meet on Thursday to approve a request for France to raise its NATO battle group at Cincu to brigade strength, Defence Minister Ionut Mosteanu said on Monday.

The request follows Washington's decision last month to pull one of its rotational brigades out of Europe, which cut the U.S. presence at the Mihail Kogalniceanu air base near Constanta by about 1,000 soldiers.

Mosteanu will brief parliament's defence committees on Wednesday. French Armed Forces Minister Catherine Vautrin is expected to visit Cincu in mid-December, he said, and Paris could announce the extra deployment during the trip.

President Nicusor Dan said on Sunday that Romania "will not ask for the brigade to return" but wants a permanent U.S. air defence unit at the base. He is due to address parliament on December 1, Romania's national day.

A U.S. Embassy spokesperson said the remaining American troops would stay "for the foreseeable future" and that a joint exercise with Romanian forces was planned at the Smardan range in March.

Romania and France are due to sign an updated status-of-forces arrangement for Cincu before the end of the year, according to a defence ministry statement.

Read more: Romania's deficit target under fire as Bolojan pushes new tax package

The 2.5 billion euro expansion of Mihail Kogalniceanu will be discussed when alliance leaders meet in Ankara on July 7-8, officials in Bucharest said. Parliament is expected to approve a defence budget of 2.5% of GDP for 2026 in December.

Analysts say a ceasefire in Ukraine, if one is agreed this winter, could prompt further U.S. cuts on NATO's eastern flank.

"Bucharest wants the French to fill a gap that the Americans may keep widening," said Radu Ionescu, a security analyst at a Bucharest think tank.
"""},

"h120en04": {"outlet": "Nkana Wire (Kitwe)", "published": "2027-03-10", "text": """Will Zambia's acid spill victims get paid? Court rules on March 24

KITWE, March 10 (Nkana Wire) - The High Court in Kitwe will deliver its judgment on March 24 in a class action by about 2,000 farmers and fishermen seeking $80 million in damages over the 2025 acid spill into the Kafue River, their lawyer, Mwansa Chileshe, said on Tuesday.

A tailings dam at Mwambashi Copper Leach, a Chinese-owned processor near Chambishi, collapsed in February 2025, sending acidic waste into a tributary of the Kafue.

Chileshe said the farmers "will not accept a settlement below $50 million," although a court-supervised mediation session on Friday could still produce a deal before the ruling.

Parliament's committee on lands, environment and tourism will question officials of the Zambia Environmental Management Agency (ZEMA) on Thursday, its chairperson said in a statement.

ZEMA's director general, Godfrey Mweemba, will step down at the end of March, the agency said, after an audit faulted its approval of the dam's design.

Mines Minister Mutale Chanda said the government could suspend the company's processing licence if it fails to pay a clean-up bond within 30 days.

President Hakainde Hichilema is expected to visit affected villages along the Kafue on Saturday, State House said.

Read more: Zambia's copper output rises for a third straight month

China's embassy in Lusaka said in a statement that Beijing "attaches great importance" to the case. A Chinese vice minister of commerce is expected in Lusaka next month to discuss mining standards, two diplomats said.

The spill has also become a campaign issue ahead of the April 8 by-election in Kalulushi, where the opposition Patriotic Front is likely to field a former mine worker, party officials said.

Analysts say the ruling may encourage similar suits against other mines on the Copperbelt.

"This case decides whether pollution is a business cost or a liability," said Natasha Mulenga, an environmental lawyer in Lusaka.
"""},

"h120en05": {"outlet": "Tonpheung Wire (Houayxay)", "published": "2025-12-04", "text": """Laos gives Golden Triangle zone ten days to shut scam compounds

HOUAYXAY, Dec 4 (Tonpheung Wire) - Laos has ordered companies in the Golden Triangle Special Economic Zone to close all online scam operations within ten days or lose their land leases, Bokeo provincial governor Khamphan Sitthideth said on Wednesday.

Police from Laos, China, Thailand and Myanmar will begin joint raids in the zone on Monday, he said. A similar operation in August 2023 led to the deportation of 771 Chinese nationals.

The Mekong River joint patrol, run by the four countries since 2011, will add two Chinese boats from mid-December, China's Ministry of Public Security said in a statement.

The U.S. Treasury Department sanctioned the zone's operator, Kings Romans Group, in 2018. A Treasury official said on Tuesday that more designations of firms linked to the zone "are likely before the end of the year."

Laos and Thailand are due to sign an extradition protocol covering cyber-fraud suspects when their foreign ministers meet in Bangkok next week, the Thai foreign ministry said.

Read more: Lao kip slides again as fuel import bill climbs

Prime Minister Sonexay Siphandone is expected to raise the issue with Chinese Premier Li Qiang at a Lancang-Mekong Cooperation leaders' meeting in Vientiane in late January, diplomats said.

Chinese officials hope a ceasefire between Myanmar's military and ethnic armed groups in northern Shan State, which expires at the end of December, will be extended, a person briefed on the talks said.

The crackdown comes ahead of Laos' National Assembly election on February 22.

Analysts say operators could simply move to Cambodia or to Myanmar's Shan State, as many did after the 2023 raids.

"Ten days is enough to pack a laptop, not to dismantle a network," said Somphone Vongsa, a researcher at a Vientiane policy institute.
"""},
}
