"""English texts of heldout56, written for this project in one sitting. Invented or generic facts."""

EN = {
"h56en01": {"outlet": "Phewa Wire (Kathmandu)", "published": "2025-10-29", "text": """Nepal's interim cabinet to expand as parties press for clarity on March vote

KATHMANDU, Oct 29 (Phewa Wire) - Nepal's interim Prime Minister Sushila Karki will add four ministers to her cabinet on Friday, her office said on Tuesday, as political parties pressed the government to guarantee that the March 5 general election goes ahead.

Home Minister Om Prakash Aryal told reporters that the Election Commission would finish registering first-time voters by November 16. "There is no question of postponing the vote," he said. The army will deploy about 80,000 soldiers alongside police on polling day, Aryal added.

The Communist Party of Nepal (Unified Marxist-Leninist), led by former Prime Minister K.P. Sharma Oli, has asked the Supreme Court to restore the House of Representatives, which President Ram Chandra Paudel dissolved on September 12 on Karki's recommendation. A constitutional bench will hear the petition on November 9, a court spokesperson said.

Legal experts say a ruling could come before the end of the year, and a decision in the UML's favour might throw the election timetable into doubt.

Read more: Nepal's remittance inflows hit a record in the first quarter

Leaders of the Gen Z movement, whose protests toppled Oli's government in September, plan to register a new party with the Election Commission next week, organisers said. Kathmandu Mayor Balendra Shah, widely seen as the movement's most popular figure, is expected to announce by mid-November whether he will run.

Finance Minister Rameshore Khanal said the government would release 3 billion rupees for election logistics within ten days, easing concerns among district officials.

Karki, who has said she will step down once an elected government takes office, is expected to travel to New Delhi in mid-December for talks with Indian Prime Minister Narendra Modi, two foreign ministry officials said. Kathmandu has also invited Chinese officials for consultations on aid to districts damaged in the unrest.
"""},

"h56en02": {"outlet": "Jamuna Wire (Dhaka)", "published": "2026-02-18", "text": """Bangladesh's new parliament to take oath as BNP readies July Charter reforms

DHAKA, Feb 18 (Jamuna Wire) - Members of Bangladesh's newly elected parliament will take the oath of office on Sunday, the Election Commission said on Tuesday, after the February 12 general election, which the Bangladesh Nationalist Party (BNP) won with a two-thirds majority.

BNP chairman Tarique Rahman is expected to be sworn in as prime minister on Tuesday, February 24, party officials said. Chief Adviser Muhammad Yunus will hand over power at the same ceremony, his press secretary Shafiqul Alam said.

Voters also approved the July Charter in a referendum held alongside the election. The charter, drafted after the 2024 uprising, requires the new parliament to act as a constitutional reform council. Salahuddin Ahmed, a member of the BNP's standing committee, said the party would table its first reform package, including a two-term limit for prime ministers, within a month of the first session.

Jamaat-e-Islami, which came second, said it would boycott the council's sessions unless an upper house elected by proportional representation is created as the charter promises. Its emir, Shafiqur Rahman, called the issue "non-negotiable".

Read more: Bangladesh's taka steadies as remittances climb

An International Monetary Fund mission is due in Dhaka in the second week of March to discuss the delayed review of the $4.7 billion loan programme, the finance ministry said.

Indian Foreign Secretary Vikram Misri will visit Dhaka next week to deliver an invitation from Prime Minister Narendra Modi, India's Ministry of External Affairs said on Monday. Analysts say Rahman's first foreign trip could be to Beijing rather than New Delhi, given ties with India that soured after Sheikh Hasina fled there in August 2024.

The army, deployed with magistracy powers since 2024, will return to barracks by the end of March, the Inter-Services Public Relations directorate said. Rights groups have urged the new government to review detentions made during the interim period.
"""},

"h56en03": {"outlet": "Aconcagua Wire (Santiago)", "published": "2025-11-27", "text": """Kast and Jara square off over pensions before Chile's runoff

SANTIAGO, Nov 27 (Aconcagua Wire) - Chile's presidential finalists Jose Antonio Kast and Jeannette Jara will face each other in their only televised debate of the runoff campaign on Tuesday, December 2, the National Television Association (Anatel) said on Wednesday.

Kast, of the right-wing Republican Party, is expected to win the December 14 runoff, according to a Cadem poll published on Sunday, which gave him 58% of valid votes. Conservative candidates together won more than half of the vote in the first round on November 16.

Jara, a Communist Party member and former labour minister, said on Wednesday that she would defend the pension reform approved in January, which raises employer contributions by 8.5 percentage points over nine years. Her campaign said she would meet Christian Democrat leaders on Friday to seek their formal endorsement.

Kast's campaign chief, Arturo Squella, said that if elected Kast would send Congress a bill within his first 100 days to let workers move the new employer contribution into their individual accounts. The new president takes office on March 11.

Superintendent of Pensions Osvaldo Macias said the regulator would publish the rules for the new social security fund by the end of December, whoever wins.

Read more: Chile's copper output edges up in October

Kast has also promised to deploy troops along the northern border with Peru and Bolivia on his first day in office to curb irregular migration. Argentine President Javier Milei, a close ally, could attend the inauguration, according to Argentine media reports.

Outgoing President Gabriel Boric will attend the Mercosur summit in Foz do Iguacu, Brazil, on December 20, the foreign ministry said, and may hold talks there with Brazilian President Luiz Inacio Lula da Silva.

Business groups have welcomed Kast's lead, while unions in the capital and in the mining regions have criticised his plans for the pension system.
"""},

"h56en04": {"outlet": "Likoma Wire (Lilongwe)", "published": "2025-10-08", "text": """Malawi's Mutharika to swear in new cabinet, seeks fresh IMF programme

LILONGWE, Oct 8 (Likoma Wire) - Malawi's President Peter Mutharika will swear in his new cabinet on Friday, the Office of the President and Cabinet said on Tuesday, after naming a 24-member team on Monday that brings back several ministers from his first term.

Joseph Mwanamvekha, returning as finance minister, said Malawi would formally request a new Extended Credit Facility from the International Monetary Fund before the end of October. The previous programme lapsed in May.

An IMF staff team is expected in Lilongwe in the second half of November, a central bank official said, speaking on condition of anonymity.

Analysts say a staff-level agreement is unlikely before March, and that the kwacha, held at about 1,750 per dollar, may have to be devalued as part of any deal. Reserve Bank of Malawi Governor Wilson Banda said on Monday the bank would not float the currency "overnight".

Mutharika will open the new parliament's first meeting on October 17 with a state of the nation address. He is expected to make his first foreign trip as president to Lusaka later this month for talks with Zambian President Hakainde Hichilema on fuel supplies, according to diplomats in Lilongwe.

Read more: Malawi's tobacco earnings fall for a second season

The Malawi Congress Party of former President Lazarus Chakwera, which lost the September 16 election, will choose a new leader at a convention in early December, party spokesperson Jessie Kabwila said.

Several principal secretaries appointed under Chakwera could be asked to resign within weeks, a senior official of Mutharika's Democratic Progressive Party said.

Fuel queues have returned to Lilongwe and Blantyre in recent weeks, and hospitals report shortages of basic drugs, problems Mutharika promised during the campaign to fix quickly. Donors, including the World Bank, have said they are waiting for the IMF before releasing budget support.
"""},

"h56en05": {"outlet": "Issyk-Kul Wire (Bishkek)", "published": "2025-09-29", "text": """Kyrgyz court to rule on parliament's self-dissolution before November snap vote

BISHKEK, Sept 29 (Issyk-Kul Wire) - Kyrgyzstan's Constitutional Court will rule on Thursday on whether parliament's decision to dissolve itself complies with the constitution, the court's press service said on Monday.

Deputies of the Jogorku Kenesh voted to dissolve the chamber last Thursday, and President Sadyr Japarov signed the decree the next day, setting a snap parliamentary election for November 30. The move followed months of speculation that the leadership wanted a fresh legislature under the electoral code adopted this year. Legal experts widely expect the court to uphold the move.

The Central Election Commission will close candidate registration on October 21, and the official campaign will run from November 7 to November 28, commission chair Tynchtykbek Shainazarov said.

Japarov said on Saturday that the presidential election due in January 2027 would not be brought forward. Opposition politicians and some analysts say an early presidential vote could still be called in 2026.

Read more: Kyrgyzstan's gold exports rise in August

Pro-presidential candidates are likely to dominate the new chamber, said Aidai Tokoeva, a constitutional law lecturer at a university in Bishkek, adding that turnout could fall below 30%.

EU foreign ministers may target two Kyrgyz banks accused of helping Russia evade sanctions when they meet in Luxembourg on October 20, two EU diplomats said. Bishkek has denied the accusations. Kyrgyzstan's economy has grown strongly since 2022, helped by trade with Russia, but Western officials have raised concerns about re-exports of sanctioned goods.

Japarov will attend a Commonwealth of Independent States summit in Dushanbe on October 10, his office said, where he is expected to meet Russian President Vladimir Putin.

Kyrgyzstan will also host Collective Security Treaty Organization exercises near Balykchy from October 6 to 10, the defence ministry said.
"""},
}
