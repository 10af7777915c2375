"""English texts of heldout209, written for this project in one sitting. Invented or generic facts."""

EN = {
"h209en01": {"outlet": "Kamiros Wire (Rhodes)", "published": "2026-04-15", "text": """Will Turkish day-trippers keep coming? Athens seeks another year of island visas

RHODES, April 15 (Kamiros Wire) - Greece will ask the European Commission this week to extend the express-visa scheme that lets Turkish citizens visit Rhodes and 11 other Aegean islands for a week, Migration Minister Thanos Plevris said on Tuesday. He will raise it with EU interior ministers in Luxembourg on June 11, he added.

The scheme, first approved in April 2024, is due to expire on September 30. A Commission decision on the extension is expected by the end of June, an EU official said.

About 110,000 Turkish visitors used the visas last year. Rhodes deputy mayor for tourism, Stavros Kalaitzis, said the island "cannot afford to lose them" and expects the first summer ferries to sail on May 2.

Prime Minister Kyriakos Mitsotakis and President Recep Tayyip Erdogan are due to hold the next High-Level Cooperation Council in Ankara in the second half of May, government spokesman Pavlos Marinakis said. The two sides could sign a memorandum on ferry links and tourism there, he added.

Read more: Greek tourism arrivals hit a first-quarter record

The meeting comes despite a row over a marine park Athens plans to declare south of Rhodes before the end of the year. Turkey's foreign ministry said on Monday that Ankara "will not recognise" any park that extends into disputed waters.

Two Greek defence officials said a Turkish survey ship may sail into waters south of Kastellorizo next month if Ankara issues a new navigational warning. The Hellenic Navy will keep two frigates east of Rhodes through the summer, the defence ministry said.

Mitsotakis faces a general election due in the first half of 2027. Analysts say talks on the continental shelf are unlikely to start before the election. "Nobody wants to give ground in a campaign year," said Eleni Vardaki, a lecturer in international relations at the University of the Aegean.
"""},

"h209en02": {"outlet": "Sulak Wire (Makhachkala)", "published": "2026-07-14", "text": """Russia and Azerbaijan to reopen Samur crossing to cars after six years

MAKHACHKALA, July 14 (Sulak Wire) - Russia and Azerbaijan will reopen the Yarag-Kazmalyar-Samur border crossing to passenger cars on August 1, Dagestan's head Sergei Melikov said on Monday, ending a closure that began in March 2020. The reopening had been promised for March but slipped twice.

Pedestrians could be allowed to cross before the end of the year, Melikov told reporters in Derbent.

The intergovernmental commission, chaired by Deputy Prime Ministers Alexei Overchuk and Shahin Mustafayev, is expected to meet in Makhachkala in mid-August, two officials said. The two sides are expected to sign a protocol on sharing the waters of the Samur River there.

Azerbaijan's foreign ministry said on Monday that the reopening "will not cover freight trucks". Azerbaijan's ambassador in Moscow will attend the reopening ceremony, the embassy said.

Read more: Dagestan fishermen report a record Caspian sprat catch

Relations between Moscow and Baku soured after an Azerbaijan Airlines plane crashed in December 2024, and only began to thaw last autumn. Russia's agricultural watchdog Rosselkhoznadzor said it could restrict imports of Azerbaijani tomatoes from next week over pest findings, a move Baku called "politically motivated".

A counter-terrorism operation regime declared in Derbent after Saturday's attack on a police post will remain in force for at least ten more days, the National Anti-Terrorism Committee said.

Dagestan elects a new People's Assembly on September 18-20, alongside the State Duma vote. Melikov is not expected to step down before the vote despite rumours in Moscow, a source in his administration said.

Vladimir Putin and Ilham Aliyev could meet on the sidelines of the CIS summit in Ashgabat in October, diplomats said.

Analysts say queues at the crossing could stretch for kilometres in the first weeks. "The road on the Russian side was never widened," said Zaur Gadzhiev, a transport economist in Makhachkala.
"""},

"h209en03": {"outlet": "Hamakua Wire (Hilo)", "published": "2026-09-16", "text": """Hawaii land board to vote on Army's Pohakuloa lease as election nears

HILO, Sept 16 (Hamakua Wire) - Hawaii's Board of Land and Natural Resources will vote on September 25 on whether to let the Army negotiate a new lease for about 23,000 acres of state land at Pohakuloa Training Area, the Department of Land and Natural Resources said on Tuesday.

The Army's current 65-year lease, signed in 1964 for a symbolic $1, expires in August 2029. Written public comments close within seven days, the department said.

Governor Josh Green said on Tuesday he would not support any lease "that leaves unexploded ordnance on the land for our grandchildren," but stopped short of opposing a renewal.

Lt. Col. Dana Whitcomb, a spokesperson for U.S. Army Garrison Hawaii, said the Army expected to publish its final record of decision on the land later this year and was ready to hand back about 2,000 acres.

Army Secretary Daniel Driscoll is expected to visit the island next month, two congressional aides said.

Leilani Akana, the board's Hawaii island member, said she would resign if the vote went ahead without a new cultural impact study.

Read more: Maui recovery fund pays out first housing grants

The vote comes seven weeks before Green faces voters on November 3. His Republican challenger, Mark Kahale, has said he would sign a renewal on day one if elected.

Members of a Japanese Ground Self-Defense Force brigade are scheduled to train at Pohakuloa from late October, a U.S. Indo-Pacific Command official said.

Hui Malama o Mauna, a Native Hawaiian group, could sue in state court if the board approves the negotiations, its lawyer said.

Analysts say a shorter lease of 25 years is the most likely outcome. "Neither side wants another 65-year fight, and the Army knows the politics have changed since 1964," said Noelani Ramos, a political scientist at the University of Hawaii at Hilo.
"""},

"h209en04": {"outlet": "Tlawng Wire (Aizawl)", "published": "2025-11-20", "text": """Can Mizoram stop the fence? Centre to start border work near Zokhawthar

AIZAWL, Nov 20 (Tlawng Wire) - Officials from India's Home Ministry will meet Mizoram's government in Aizawl on Monday to discuss fencing along the state's 510-km border with Myanmar, state Home Minister C. Lalrintluanga said on Wednesday.

Chief Minister Lalduhoma told the assembly last week that Mizoram "will not accept a fence that divides Mizo families," and said he would raise the issue with Prime Minister Narendra Modi in New Delhi early next month.

The Centre scrapped the Free Movement Regime, which let border residents travel 16 km into either country without visas, in February 2024. The Assam Rifles will begin building the first 30-km stretch near Zokhawthar in early December, the force said in a statement.

Two rival Chin armed groups, the Chin Brotherhood and the Chinland Council, are expected to sign a ceasefire in Aizawl next week, sources close to the talks said. Clashes near the border town of Tiau killed six fighters this month.

The Young Mizo Association could call a statewide shutdown if construction begins, its president said.

Mizoram will begin biometric registration of about 32,000 refugees from Myanmar by the end of December, the state government said. Union Home Minister Amit Shah may visit Aizawl in January, a state official said.

Modi could meet Myanmar's military leader Min Aung Hlaing at the BIMSTEC summit in Dhaka in March, diplomats said.

The Lai Autonomous District Council will hold elections on April 21, the State Election Commission said.

Analysts say the Kaladan road link to Paletwa is unlikely to open before 2028 because of fighting in Myanmar's Chin and Rakhine states. "Delhi sees a security problem, Aizawl sees a family problem, and the fence will not solve either," said Lalhmingliani Sailo, a political scientist at Mizoram University.
"""},

"h209en05": {"outlet": "Brodgar Wire (Kirkwall)", "published": "2026-03-04", "text": """Orkney council votes on halting oil transfers in Scapa Flow after sanctioned tanker visit

KIRKWALL, March 4 (Brodgar Wire) - Orkney Islands Council will vote tomorrow on suspending ship-to-ship oil transfers in Scapa Flow for six months, council leader Ingrid Rendall said on Tuesday, after a tanker on Britain's sanctions list anchored off Flotta last week. If approved, the suspension would take effect on April 1, she said.

"We will not let Scapa Flow become a parking lot for the shadow fleet," Rendall said.

The council's harbour authority has licensed transfers in the sheltered anchorage since the 1970s, earning about 3 million pounds a year.

Britain's Foreign Office is expected to add more shadow-fleet tankers to its sanctions list next week, a government source said. A Royal Navy offshore patrol vessel will arrive in Scapa Flow within 48 hours, the Ministry of Defence said.

Security Minister Dan Jarvis is expected to visit Kirkwall later this month, his office said.

Read more: Shetland fishermen warn over new North Sea wind zones

UK and Norwegian coastguard officials will meet in Bergen on March 19 to discuss monitoring tankers in the North Sea, the Maritime and Coastguard Agency said. Shadow-fleet patrols are also likely to be on the agenda when Joint Expeditionary Force leaders meet in Oslo in mid-May, diplomats said.

The vote comes two months before the Scottish Parliament election on May 7, in which the Orkney seat is seen as a close race.

The harbour master, Captain Brian Isbister, will step down at the end of March, the council said.

Analysts say transfers could move to waters off the Faroe Islands or Norway if Orkney halts them. "The tankers will simply sail a few hours north, and nobody there has the same rules," said Fiona Linklater, a maritime law lecturer at the University of the Highlands and Islands.
"""},
}
