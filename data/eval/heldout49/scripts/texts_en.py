"""English texts of heldout49, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h49en01": {"outlet": "Triglav Wire", "published": "2025-10-28", "text": """Slovenia calls referendum on care levy as coalition rift deepens

LJUBLJANA, Oct 28 (Triglav Wire) - Slovenians will vote in a referendum on Sunday, December 14, on the law introducing a compulsory long-term care contribution, National Assembly Speaker Urska Klakocar Zupancic said on Monday, after the opposition Slovenian Democratic Party (SDS) gathered more than 46,000 signatures.

The law, passed in September, is overturned only if opponents make up at least a fifth of all registered voters, about 340,000 people.

Turnout is likely to fall short of that threshold, according to a poll by Sava Research published on Sunday. The State Election Commission will publish the referendum timetable by Friday, its director Dusan Vucko said.

The ruling coalition is also under strain. The Left, the junior partner, would quit the government if the 2026 budget raised defence spending to 2% of economic output, party coordinator Luka Mesec told reporters on Monday. Several media reports said Mesec could resign as labour minister before the end of the year.

Prime Minister Robert Golob will meet the leaders of the three coalition parties on Thursday, his office said. The National Assembly is scheduled to vote on the budget amendments on November 20.

Read more: Slovenian exports to Germany fall for a third month

SDS leader Janez Jansa said on Saturday that his party would not join any government led by Golob's Freedom Movement after the next election. Analysts say an early election could be called if the budget fails, though the regular vote is due in March 2026.

Tina Hribar, a political scientist at the University of Maribor, said the referendum could turn into a vote on the government itself.

Golob is due in Brussels for the European Council on December 18-19, where defence spending is expected to top the agenda. Slovenia will also send 40 more soldiers to the NATO battlegroup in Slovakia in January, the defence ministry said.
"""},

"h49en02": {"outlet": "Irazu Wire", "published": "2026-03-11", "text": """Costa Rica's Chaves declares security emergency weeks before run-off

SAN JOSE, March 11 (Irazu Wire) - President Rodrigo Chaves signed a decree on Tuesday declaring a 60-day security emergency in the provinces of Limon and Puntarenas, where drug-related killings have risen sharply this year.

The Judicial Investigation Agency (OIJ) has recorded 181 homicides since January, most of them in the two Caribbean and Pacific provinces. Security Minister Mario Zamora said 1,200 additional police officers would be deployed to the two provinces by the end of March. The Legislative Assembly is expected to debate the decree next week.

The move comes less than four weeks before the April 5 presidential run-off between Laura Fernandez, Chaves's chosen successor, and Alvaro Ramos of the National Liberation Party (PLN).

Fernandez is likely to win with about 54% of valid votes, according to a poll by Opina Central published on Monday. She said on Sunday she would keep the emergency powers "for as long as necessary" if elected.

Ramos said he would file a complaint with the Supreme Electoral Tribunal (TSE) this week, calling the decree "an electoral tool". The TSE said it would rule on any complaint "within days".

Read more: Costa Rica's pineapple exports hit by Caribbean port delays

The new president will be sworn in on May 8. Analysts say Chaves, who cannot seek a consecutive term, could be named minister of the presidency if Fernandez wins, keeping him at the centre of government.

An Organization of American States observer mission will arrive on March 30, the OAS said.

Washington is watching the vote closely. Costa Rica and the United States are expected to sign a security cooperation agreement in April, a U.S. official said, and Secretary of State Marco Rubio could visit San Jose after the run-off, a diplomat in the capital said.
"""},

"h49en03": {"outlet": "Mtkvari Wire", "published": "2025-09-17", "text": """Georgia heads to local polls with EU bid frozen and opposition split

TBILISI, Sept 17 (Mtkvari Wire) - Georgians will elect mayors and municipal councils in all 64 municipalities on October 4, the Central Election Commission said on Tuesday. Run-offs, where needed, will be held four weeks later.

The ruling Georgian Dream party is expected to keep Tbilisi, where Mayor Kakha Kaladze is seeking a third term, analysts say.

The United National Movement and the Coalition for Change will boycott the vote, calling it a legitimisation of what they describe as an illegitimate government, while Lelo and For Georgia, led by former prime minister Giorgi Gakharia, will take part.

Georgian Dream won 54% of the vote in the October 2024 parliamentary election, a result the opposition still rejects. The Constitutional Court is expected to rule on the party's request to ban three opposition parties before the end of October, parliament speaker Shalva Papuashvili said on Monday.

Brussels has in practice frozen Georgia's candidacy since Tbilisi suspended accession talks last year. The European Commission's enlargement report, due in early November, is likely to say that the process remains stalled, two EU diplomats said. EU foreign ministers could also discuss suspending visa-free travel for holders of Georgian diplomatic passports when they meet on October 20, they said.

Read more: Georgian lari steadies as tourism receipts climb

Prime Minister Irakli Kobakhidze said on Monday that Georgia "will not accept conditions that threaten its sovereignty". He will travel to Baku next week for talks with President Ilham Aliyev on the Middle Corridor, his office said.

The defence ministry said Georgian special forces would hold a joint exercise with Azerbaijani and Turkish units in the second half of October.

Turnout could fall below 40%, said Nino Lomidze, a political scientist at Ilia State University in Tbilisi. "Many opposition voters simply do not see the point any more," she said.
"""},

"h49en04": {"outlet": "Lake Togo Wire", "published": "2025-07-03", "text": """Togo holds local vote as Gnassingbe settles into new post

LOME, July 3 (Lake Togo Wire) - Togo will hold municipal elections on July 17 as planned despite last week's deadly protests, Territorial Administration Minister Hodabalo Awate said on Wednesday. The official campaign opens on Saturday.

At least seven people were killed in Lome between June 26 and June 28 when security forces broke up demonstrations against the new constitution, rights groups said.

Under the constitution adopted in April 2024, executive power rests with the President of the Council of Ministers, a post Faure Gnassingbe took in May with no term limit. The President of the Republic, Jean-Lucien Savi de Tove, has a largely ceremonial role.

The opposition National Alliance for Change (ANC) will boycott the vote, its leader Jean-Pierre Fabre said. The Dynamic for the Majority of the People (DMP) could call new protests next week, a coalition spokesperson said.

Gnassingbe is expected to name a new government before the end of July, two officials of the ruling Union for the Republic (UNIR) said.

Read more: Lome port container traffic up 6% in first half

Foreign Minister Robert Dussey said on Tuesday that Togo had "no plan to leave ECOWAS", but did not rule out joining the Alliance of Sahel States (AES) "in some form". ECOWAS may send a fact-finding mission to Lome, a Commission official in Abuja said.

Gnassingbe will attend the African Union's mid-year coordination meeting in Malabo on July 13, his office said. The defence ministry said Togolese and Burkinabe troops would begin joint patrols along their border in mid-July. An IMF team is due in Lome in the second half of July for a review of Togo's programme.

Turnout could fall below that of the 2019 municipal vote, said Komi Agbenyo, a political scientist at the University of Lome.
"""},

"h49en05": {"outlet": "Nam Ngum Wire", "published": "2027-09-08", "text": """Laos nears debt deal with Chinese lender as rail freight climbs

VIENTIANE, Sept 8 (Nam Ngum Wire) - Laos expects to sign an agreement restructuring about $1.8 billion of loans from the Export-Import Bank of China before the end of the year, Finance Minister Santiphab Phomvihane told the National Assembly on Tuesday.

A Lao delegation will travel to Beijing next week for the final round of talks with the bank, the finance ministry said.

Laos agreed a three-year deferral of payments with China Development Bank in March 2025, and its public debt remains above 100% of economic output. Santiphab told lawmakers that the government would not transfer control of state power-grid assets "to any foreign creditor".

The Laos-China Railway Company plans to add two daily cross-border freight trains from October, after freight volumes rose 28% in the first half of the year, a company official said.

Vietnamese and Lao officials are expected to sign a financing framework for the Vientiane-Vung Ang railway in Hanoi in the second half of September.

Read more: Lao kip firms after central bank tightens exchange rules

Prime Minister Sonexay Siphandone is likely to raise the debt talks with Chinese Premier Li Qiang at the ASEAN-China summit in Singapore in late October, diplomats said.

The Bank of the Lao PDR is expected to keep its policy rate at 7.5% when it meets on September 22, economists said. Lao and Chinese police will launch joint patrols along the railway in mid-October, the Ministry of Public Security said.

The chief executive of Electricite du Laos could step down before the end of the year, according to two people familiar with the matter.

Kittipong Saetang, an economist at a Bangkok brokerage, said a deal could help Laos win a credit-rating upgrade in 2028.
"""},
}
