"""English texts of heldout54, written for this project in one sitting. Invented or generic facts."""

EN = {
"h54en01": {"outlet": "Nistru Wire (Chisinau)", "published": "2026-12-03", "text": """Moldova expects EU growth plan payment as Transnistria gas deal nears expiry

CHISINAU, Dec 3 (Nistru Wire) - Moldova expects the European Commission to approve the next payment of about 270 million euros under its Reform and Growth Facility before the end of the year, Prime Minister Alexandru Munteanu said on Wednesday.

"We have met the conditions on public procurement and the energy regulator, and I expect the money before Christmas," Munteanu told reporters.

The Commission will send an assessment mission to Chisinau next week, a spokesperson for the EU delegation said. EU officials say the payment could slip into January if parliament fails to adopt a revised anti-money-laundering law by December 17.

The gas arrangement that has kept Transnistria heated since February expires on December 31, Energy Minister Dorin Junghietu said. Talks between Moldovagaz and Tiraspoltransgaz on a new contract will resume in Chisinau on Monday, he said, adding that the government "will not pay for gas delivered to the left bank".

Two sources familiar with the talks said a Hungarian trader was likely to supply the region from January.

Transnistria has had no Russian gas since January 1, 2025, when Ukraine's transit agreement with Russia expired.

Read more: Moldovan inflation eases to 6.1% in November

Transnistrian leader Vadim Krasnoselsky warned on Tuesday that the region could declare an energy emergency "within days" if no deal is reached.

EU foreign ministers could add five people linked to fugitive businessman Ilan Shor to the bloc's sanctions list when they meet on December 14, two EU diplomats said.

Moldovan and Romanian troops will hold a joint exercise near Balti in mid-December, the defence ministry said. President Maia Sandu is expected to attend a second EU-Moldova summit in the first half of next year, her office said.

The head of the energy regulator ANRE may step down before the end of the year after criticism of tariff delays, local media reported.
"""},

"h54en02": {"outlet": "Mahaweli Wire (Colombo)", "published": "2025-11-12", "text": """Sri Lanka expects IMF board approval in December as provincial poll plan takes shape

COLOMBO, Nov 12 (Mahaweli Wire) - The International Monetary Fund's Executive Board is expected to approve the fifth review of Sri Lanka's $2.9 billion Extended Fund Facility in mid-December, releasing about $347 million, the Finance Ministry said on Tuesday.

IMF staff reached a staff-level agreement on the review in October, after a two-week mission to Colombo.

Deputy Finance Minister Anil Jayantha Fernando said the government would not reverse the cost-reflective electricity pricing formula agreed with the Fund. "That is settled," he told reporters.

Parliament will vote on the 2026 budget at its third reading on December 5, and the ruling National People's Power, which holds 159 of 225 seats, is expected to pass it comfortably.

The government aims to hold provincial council elections in the first half of 2026, Deputy Minister of Provincial Councils Nalaka Weerasooriya said on Monday. A bill restoring the proportional representation system will be tabled in parliament next week, he said.

Analysts say the vote could slip into the second half of 2026 if a delimitation committee is needed to redraw boundaries.

Opposition leader Sajith Premadasa said his Samagi Jana Balawegaya would file a petition in the Supreme Court if no date is announced by the end of January.

Read more: Colombo stocks hit record high

An Indian Navy frigate will call at Trincomalee next week for the annual SLINEX exercise, the Sri Lanka Navy said.

President Anura Kumara Dissanayake will travel to the Maldives in early December for talks with President Mohamed Muizzu on fisheries and trade, his office said.

The Central Bank of Sri Lanka is expected to keep its overnight policy rate at 7.75% at its review on November 26, economists said. Japan could sign a bilateral agreement restructuring about $2.5 billion of Sri Lankan debt before the end of the year, a Japanese embassy official said.
"""},

"h54en03": {"outlet": "Chillon Wire (Lima)", "published": "2026-02-18", "text": """Peru's Congress to vote on censuring interior minister as election nears

LIMA, Feb 18 (Chillon Wire) - Peru's Congress will vote on Thursday on a censure motion against Interior Minister Ruben Cardenas over a surge in extortion killings in Lima, Congress President Fernando Rospigliosi said on Tuesday.

The motion, filed by lawmakers from five parties, is likely to pass, party whips said. If censured, Cardenas must step down within 72 hours under the constitution.

Cardenas said on Monday that he would not resign before the vote. "The police need continuity, not another change," he said.

Interim President Jose Jeri could name a new interior minister by the weekend, a source at the presidency said, in what would be the fifth change at the ministry in a year.

The government is expected to extend a state of emergency in Lima and Callao before the end of the month, officials said. Army units will continue to patrol alongside police in eleven districts, the defence ministry said.

Read more: Peru's copper exports rise 9%

Peruvians vote on April 12 in general elections that will also choose a Senate for the first time since the 1990s.

The National Jury of Elections (JNE) will rule by February 27 on appeals from three presidential candidates excluded last month, the JNE said in a statement. An Organization of American States observation mission will arrive in Lima in late March, the OAS said.

Rafael Lopez Aliaga and Keiko Fujimori are likely to reach a run-off on June 7, said Mariela Quispe, director of the pollster Andean Pulse, whose latest survey showed no candidate above 12%.

Jeri will travel to Brasilia next week for talks with President Luiz Inacio Lula da Silva on border security, his office said.

Cardenas's predecessor resigned in October after Congress censured him two weeks into the job.

Analysts say the new Congress, which takes office on July 26, may be just as fragmented.
"""},

"h54en04": {"outlet": "Selenge Wire (Ulaanbaatar)", "published": "2026-09-22", "text": """Mongolia's coalition breaks up as HUN Party quits over Oyu Tolgoi deal

ULAANBAATAR, Sept 22 (Selenge Wire) - Mongolia's HUN Party quit the governing coalition on Monday and its three ministers resigned, accusing Prime Minister Gombojav Zandanshatar of ceding too much to Rio Tinto in talks over the Oyu Tolgoi copper mine.

The Mongolian People's Party, which holds 68 of 126 seats, can govern alone. The State Great Khural will hold an extraordinary session on Thursday to approve replacements for the three ministers, parliament's secretariat said.

Democratic Party chairman Luvsannyamyn Gantumur said his party would table a no-confidence motion against Zandanshatar next month. The motion is unlikely to pass, analysts say.

Zandanshatar said on Monday he "will not resign over a commercial negotiation".

Rio Tinto and the government are expected to sign an amended agreement on power supply and taxes by the end of October, two people familiar with the talks said. Rio Tinto chief executive Simon Trott may visit Ulaanbaatar for the signing, one of them said.

Read more: Mongolian coal exports to China fall 8% in August

An international arbitration hearing on a tax dispute between Oyu Tolgoi and the tax authority is scheduled to resume in London in November, the company said.

Analysts say an early election cannot be ruled out before the regular parliamentary vote in June 2028. "The MPP has the numbers, but the street has the mood," said Oyunbileg Tseren, a political scientist at the National University of Mongolia.

President Ukhnaagiin Khurelsukh will travel to Tokyo on October 5 for talks with Prime Minister Sanae Takaichi, his office said.

A contingent of 150 Mongolian peacekeepers will deploy to South Sudan in November, the Ministry of Defence said.

Protesters gathered in Sukhbaatar Square on Sunday to demand a greater state share of the mine's revenue. Organisers said they would return next Saturday if the government does not publish the draft agreement.
"""},

"h54en05": {"outlet": "Ankobra Wire (Accra)", "published": "2025-07-15", "text": """Ghana's Cocobod seeks guarantee for cocoa bills ahead of IMF review

ACCRA, July 15 (Ankobra Wire) - Ghana's Cocoa Board (Cocobod) will ask parliament next week to approve a government guarantee for rolling over about 3 billion cedis of cocoa bills, chief executive Randy Abbey said on Monday.

Abbey said the board would announce the 2025/26 farmgate price in early August, and would hold talks with licensed buying companies in Kumasi on Thursday.

Minority Leader Alexander Afenyo-Markin said his New Patriotic Party caucus would vote against the guarantee unless Cocobod publishes its audited accounts.

An IMF mission will arrive in Accra in the second half of September for the fifth review of Ghana's $3 billion Extended Credit Facility, the Finance Ministry said.

Finance Minister Cassiel Ato Forson said on Friday that Ghana would not seek an extension of the programme, which ends in May 2026. He expects a staff-level agreement by mid-October.

Cocobod failed to raise a syndicated loan for the 2024/25 season.

Read more: Ghana's cedi extends gains

The Bank of Ghana is expected to hold its policy rate at 28% on July 30, according to an Ankobra Wire poll of six economists. ECOWAS finance ministers will meet in Accra in early September to review preparations for the single currency, the ECOWAS Commission said.

President John Mahama will travel to Abidjan next week for talks with President Alassane Ouattara on cocoa pricing and smuggling, his office said, ahead of Ivory Coast's October 25 presidential election.

Ghana Armed Forces will deploy additional troops to border districts from August 1 to curb cocoa smuggling into Togo and Ivory Coast, the defence ministry said.

Sources at the Finance Ministry said Cocobod's debts, estimated at more than 32 billion cedis, could be restructured separately from the sovereign debt before the end of the year.

Analysts say the guarantee is likely to be approved because the ruling National Democratic Congress holds a large majority.
"""},
}
