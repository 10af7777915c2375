"""English texts of heldout118, written for this project on 2026-12-04. Invented or generic facts."""

EN = {

"h118en01": {"outlet": "Pilcomayo Wire (Asuncion)", "published": "2026-02-11", "text": """Will Paraguay's Senate open the door to U.S. troops?

ASUNCION, Feb 11 (Pilcomayo Wire) - Paraguay's Senate will vote on Thursday on ratifying a status of forces agreement with the United States, Senate President Hugo Ayala said on Tuesday, adding that he expected the ruling Colorado Party's majority to carry it.

The agreement, signed in Washington in December by Foreign Minister Ruben Ramirez Lezcano, gives legal cover to U.S. military personnel on training and humanitarian missions. Paraguay has hosted small U.S. medical teams for years without such a framework.

Ramirez told reporters on Monday that "no foreign base will be established on Paraguayan soil."

If the Senate approves the text, the Chamber of Deputies is expected to take it up in March, party officials said.

The first group of about 120 U.S. Army engineers could arrive as early as April for a joint exercise in the Chaco, a defence ministry official said.

Opposition senator Esperanza Martinez said her bloc would ask the Supreme Court to review the treaty's constitutionality if it passes. Lourdes Britez, a political scientist at a university in Asuncion, said the court was unlikely to rule before the October municipal vote.

Read more: Paraguay's central bank holds rate, sees inflation near target

President Santiago Pena is expected to travel to Washington in the second half of March and may meet President Donald Trump, according to two people familiar with the plans.

Washington has not said whether it will lift the sanctions it imposed in 2023 on former President Horacio Cartes, the Colorado Party's leader, a step his allies have long sought.

Brazil's foreign ministry said on Monday it would seek "clarifications" from Asuncion on the scope of the deal.

Paraguayans elect mayors and councillors on October 4. Analysts say the vote could turn into a referendum on Pena's security policy and his alignment with Washington.
"""},

"h118en02": {"outlet": "Hron Wire (Bratislava)", "published": "2025-01-13", "text": """Slovakia threatens Ukraine's power lifeline as gas row deepens

BRATISLAVA, Jan 13 (Hron Wire) - Slovakia could halt emergency electricity supplies to Ukraine as early as next week unless Kyiv restores the transit of Russian gas, Prime Minister Robert Fico said on Sunday.

Transit through Ukraine stopped on January 1, when the contract between Naftogaz and Gazprom expired and Kyiv refused to extend it. Slovakia says the halt costs it about 500 million euros a year in lost fees.

Fico will raise the dispute with European Commission officials in Brussels on Friday, his office said. He is also expected to bring it up at the informal retreat of EU leaders on February 3, diplomats said.

Fico, who met Russian President Vladimir Putin in Moscow on December 22, said Slovakia would not block the rollover of EU economic sanctions on Russia, which expire on January 31, but wanted gas transit discussed first. He added that a ceasefire in Ukraine "could come by the summer."

A meeting between Fico and Ukrainian President Volodymyr Zelenskiy on the border could take place before the end of January, a Slovak government source said.

Peter Lisy, chief executive of grid operator SEPS, said he would resign rather than order a cut that breached European grid rules.

Read more: Slovak inflation rises to 4.1% as energy subsidies shrink

The main opposition party, Progressive Slovakia (PS), will file a motion of no confidence in the government this week, its leader Michal Simecka said. The ruling coalition holds 78 of the 150 seats. Analysts say the motion is unlikely to pass.

Slovakia's next parliamentary election is due in September 2027, but Simecka said the government could collapse before then and force an early vote.

Ukraine's energy ministry said it would ask Poland and Hungary to cover any shortfall if Slovak supplies stopped.
"""},

"h118en03": {"outlet": "Ruzizi Wire (Bujumbura)", "published": "2026-09-21", "text": """Can an IMF deal end Burundi's fuel queues?

BUJUMBURA, Sept 21 (Ruzizi Wire) - An International Monetary Fund mission will arrive in Bujumbura next week to negotiate a new Extended Credit Facility, Finance Minister Alain Niyonkuru said on Saturday, as fuel shortages entered their fourth month.

Burundi's previous IMF programme went off track in 2024 after the government failed to meet exchange-rate commitments.

A staff-level agreement is expected by the end of October, two finance ministry officials said. Niyonkuru said the government "will not devalue the franc again," but added that the central bank could move to a single exchange rate as early as January.

Long queues have formed at Bujumbura's filling stations since June, and minibus fares have doubled.

The government is expected to sign a fuel import deal with Tanzania in Dar es Salaam on October 8, the presidency said, under which Tanzanian state firms would supply diesel on 90-day credit.

Central bank governor Pascal Ndikumana could step down after the IMF talks, according to local media reports.

Read more: Burundi coffee exports fall as growers sell across the border

The army will withdraw about 2,000 troops from South Kivu in eastern Congo by the end of the year, army spokesman Brigadier General Gaspard Baratuza said. The pullout depends on the ceasefire between Kinshasa and the M23 rebels, which Qatari and U.S. mediators are due to review in Doha from October 12 to 14, diplomats said.

Opposition leader Agathon Rwasa said his CNL party would not take part in a national economic dialogue planned for October.

President Evariste Ndayishimiye will attend the East African Community summit in Arusha on November 27, his office said.

Analysts say fuel subsidies are unlikely to be cut before the presidential election due in 2027. "The queues could last until Christmas," said Liliane Irakoze, an economist at the University of Burundi.
"""},

"h118en04": {"outlet": "Chameliya Wire (Mahendranagar)", "published": "2027-05-19", "text": """Nepal and India to try again on Pancheshwar: is the dam finally near?

MAHENDRANAGAR, May 19 (Chameliya Wire) - The governing body of the Pancheshwar Development Authority will meet in Kathmandu next week to finalise the detailed project report for the long-delayed dam on the Mahakali river, Energy Minister Sushila Bhattarai said on Tuesday.

The body is expected to approve the report after two decades of talks, she said, adding that Nepal "will not accept any formula that ignores its right to downstream benefits."

Nepal and India signed the Mahakali Treaty in February 1996, committing both to build the 6,480 MW project on the border river. Disputes over water sharing and costs have stalled it since.

Parliament's International Relations Committee will question Bhattarai about the project on Thursday, a committee secretary said.

Indian Power Minister Manohar Lal is likely to visit Kathmandu in mid-June to sign a memorandum on financing the project, two officials in Kathmandu said. India's embassy said in a statement on Monday that New Delhi "remains fully committed" to the treaty.

Read more: Nepal's hydropower exports to Bangladesh reach new monthly high

Families from villages that the reservoir would flood in Darchula and Baitadi will march in Mahendranagar on Saturday to demand compensation, organiser Hari Bahadur Bista said.

Nepal's prime minister is expected to raise the project with Indian Prime Minister Narendra Modi at the BIMSTEC summit in Dhaka in September, according to a foreign ministry official.

Kamala Joshi, a hydropower analyst in Kathmandu, said the report could be delayed again if India insists on counting irrigation benefits only on its side. Analysts say construction is unlikely to begin before 2030.

The Armed Police Force will set up two new border posts along the Mahakali from next month to curb smuggling, its spokesman said.
"""},

"h118en05": {"outlet": "Tono Wire (Pante Macassar)", "published": "2027-08-10", "text": """Timor-Leste and Indonesia close in on the last border gaps in Oecusse

PANTE MACASSAR, Aug 10 (Tono Wire) - Timor-Leste and Indonesia will hold a meeting of their Joint Border Committee in Kupang on Thursday, Timor-Leste's foreign ministry said on Monday, with officials hoping to settle the last two unresolved segments of their land border.

The two sides agreed in July 2019 on principles for the Noel Besi-Citrana and Bidjael Sunan-Oben segments, both in the Oecusse enclave, but the lines have never been drawn on the ground.

The committee is expected to sign a technical agreement on both segments, two Timorese officials said.

Indonesian President Prabowo Subianto is expected to visit Dili in the first week of September to sign the final border treaty with Prime Minister Xanana Gusmao, the officials added.

Foreign Minister Bendito dos Santos Freitas said the settlement "will not cost Timor-Leste a single hectare."

Read more: Timor-Leste coffee harvest rebounds after two dry years

Soldiers from both countries will begin joint patrols along the Citrana segment from September 1, the Indonesian military said.

A truce between farmers from Naktuka and a neighbouring Indonesian village, agreed on Sunday after clashes over rice fields, will hold until the land is demarcated, the Oecusse regional authority said.

Fretilin leader Mari Alkatiri said his party could challenge the treaty in the Court of Appeal. Joao Sarmento, a lecturer at the National University of Timor-Leste, said parliament could take up the treaty as early as November.

Analysts say parliament is unlikely to ratify it before the general election in May 2028.

Gusmao is expected to brief ASEAN leaders on the deal at their summit in Singapore in November, a diplomat in Dili said.

Timor-Leste, which joined ASEAN in 2025, has relied on Indonesian ports for most of its imports.
"""},
}
