"""English texts of heldout215, written for this project in one sitting. Invented or generic facts."""

EN = {
"h215en01": {"outlet": "Geul Wire (Brunssum)", "published": "2026-03-05", "text": """Drones over Brunssum: will The Hague shoot them down?

BRUNSSUM, March 5 (Geul Wire) - The Dutch military will deploy counter-drone systems around NATO's Allied Joint Force Command (JFC) in Brunssum from Monday, Defence Minister Ruben Brekelmans said on Wednesday, after unidentified drones were spotted over the headquarters on three nights last week.

The systems will stay in place at least until the end of April, he told reporters in The Hague.

Russia's embassy in The Hague denied any involvement on Tuesday, calling the reports "Western hysteria". Limburg police said they had not identified any suspects.

The infrastructure ministry said a no-fly zone for drones within five kilometres of the base would take effect within 48 hours.

The defence committee of the House of Representatives will question Brekelmans in a closed session next Tuesday.

Defence ministers from the Netherlands, Belgium and Germany are expected to meet in Maastricht on March 19 to set up a joint drone-monitoring cell, two officials familiar with the plans said. A German counter-drone team could arrive in Limburg as early as next week, the officials added.

Foreign Minister David van Weel said the Netherlands would propose adding three Russian drone makers to the European Union's next sanctions package.

Read more: Maastricht Aachen Airport freight volumes fall for third year

NATO Secretary General Mark Rutte is likely to visit Brunssum before the alliance's summit in Ankara on July 7-8, a NATO official said.

The JFC, one of NATO's two operational headquarters in Europe, plans the defence of the alliance's eastern flank and employs about 2,000 people from 30 countries.

Opposition lawmaker Sanne de Wit, of the Socialist Party, said her party would table a motion next week calling for an independent inquiry into base security.

Analysts say further incursions are likely before the summit. "Whoever is flying them is testing how fast we react," said Lotte Vermeulen, a security researcher in Maastricht.
"""},

"h215en02": {"outlet": "Moncayo Wire (Zaragoza)", "published": "2026-02-16", "text": """Azcon needs Vox: will Aragon have a government before Easter?

ZARAGOZA, Feb 16 (Moncayo Wire) - The speaker of the Cortes of Aragon will begin consultations with party leaders on Wednesday and is expected to set the investiture debate for early March, a parliamentary spokesman said on Sunday.

The conservative People's Party (PP) of regional President Jorge Azcon won 28 of the 67 seats in the February 8 snap election, six short of a majority, while the far-right Vox rose to 14.

Vox's regional leader, Alejandro Nolasco, said on Saturday his party "will not abstain" and would demand seats in the regional cabinet.

Negotiating teams of the two parties will meet for the first time on Thursday in Zaragoza, PP sources said. A written coalition agreement could be ready by the end of the month, one of the sources said.

Vox's national leadership in Madrid has not decided whether to enter regional governments again, a party official said.

PP leader Alberto Nunez Feijoo will travel to Zaragoza next week to back Azcon, the party said in a statement.

If Azcon loses two investiture votes, a new election would most likely be held in late June under Aragon's statute.

Socialist candidate Pilar Alegria, whose party lost four seats, will step down as regional party leader at a party committee meeting on February 28, two party officials said.

Read more: Zaragoza data centre projects face water-use review

Azcon has promised to present a new regional budget within 60 days of taking office. He called the early vote in December after Vox refused to back his 2026 spending plan.

Madrid has said Aragon will receive its share of the regional debt relief scheme regardless of who governs.

Analysts say a PP-Vox deal is likely before Easter. "Both sides know a repeat election would punish them," said Jaime Olivan, a political scientist at the University of Zaragoza.
"""},

"h215en03": {"outlet": "Vilyuy Wire (Yakutsk)", "published": "2025-11-23", "text": """Yakutia braces as Alrosa cuts output ahead of tighter EU diamond curbs

YAKUTSK, Nov 23 (Vilyuy Wire) - Russian state diamond miner Alrosa will cut output at two of its Yakutian mines from January and store part of its rough stones with the state repository Gokhran, the region's head, Aisen Nikolaev, said on Saturday.

European Union governments are expected to agree in mid-December on a 20th sanctions package that would tighten checks on diamonds polished in third countries, two EU diplomats said.

The EU banned direct imports of Russian diamonds in January 2024. Kremlin spokesman Dmitry Peskov said on Friday the new measures "will not stop" Russian stones from reaching buyers.

Alrosa's chief executive, Pavel Marinychev, is likely to travel to Mumbai in early December to negotiate a three-year supply deal with Indian cutters, a company source said. The deal could be signed during President Vladimir Putin's visit to New Delhi for the annual India-Russia summit on December 4-5, the source added.

Hemant Dholakia, a vice chairman of India's Gem and Jewellery Export Promotion Council (GJEPC), said Indian firms "will not buy" stones that cannot be certified for Western markets.

Russia's Finance Ministry has not decided whether Gokhran will buy more stones next year, a ministry official said.

Read more: Yakutsk airport runway works delayed to 2027

Sakha's industry minister, Nikolai Popov, said the regional budget would lose about 12 billion roubles next year and that the region would ask Moscow for a compensation transfer before the end of the year.

Diamonds account for about a quarter of Yakutia's industrial output, and Alrosa is the largest employer in the towns of Mirny and Udachny.

G7 experts will meet in Antwerp next week to review the diamond traceability system, Belgium's foreign ministry said.

Analysts say Washington is unlikely to ease its own diamond sanctions before 2027. "Buyers can wait, the mines cannot," said Yelena Sivtseva, a mining economist in Yakutsk.
"""},

"h215en04": {"outlet": "Belle Fourche Wire (Gillette)", "published": "2026-06-10", "text": """Will anyone bid? Wyoming coal lease sale tests Washington's revival push

GILLETTE, June 10 (Belle Fourche Wire) - The Bureau of Land Management (BLM) will auction about 440 million tons of federal coal near Gillette on June 24, the agency said on Tuesday, the second Powder River Basin sale since Washington lifted a moratorium on new leasing last year.

The sale was first set for April but was pushed back twice to allow more companies to register.

Interior Secretary Doug Burgum said the department "will not lower" the minimum price.

Governor Mark Gordon said he expected at least two companies to bid, and that the state would receive its half of the bonus payments by the end of the year.

Environmental groups led by the Sierra Club said they would ask the federal court in Cheyenne to halt the sale before the auction.

Beijing could lift its 15% tariff on U.S. coal as part of a broader trade deal, two people familiar with the U.S.-China talks said.

Senator John Barrasso will host mine operators and Interior officials at a roundtable in Gillette on Friday.

Read more: Campbell County commissioners approve new jail budget

Gordon will lead a trade mission to Japan and South Korea in mid-September, his office said, where he is expected to sign a coal and ammonia memorandum with a Japanese utility.

The state's August 18 primary, in which Gordon is term-limited and cannot run, has turned coal into a campaign issue.

The BLM's Wyoming state director is expected to step down after the sale, two agency employees said. Legislative leaders have not ruled out a special session in July to fund the state's coal litigation, according to a person briefed on the talks.

Analysts say Washington could cut coal royalty rates further before the end of the year. "The buyers are not there yet," said Dale Hartsock, an energy economist in Laramie.
"""},

"h215en05": {"outlet": "Gomati Wire (Agartala)", "published": "2026-02-13", "text": """Tripura rebels agree 90-day truce, talks in Delhi this month

AGARTALA, Feb 13 (Gomati Wire) - A 90-day ceasefire between security forces and the Borok National Liberation Army (BNLA), a splinter rebel group in Tripura's hill districts, will take effect from Monday, the Union Home Ministry said in a statement on Thursday.

The group's leaders will hold their first round of talks with the ministry's northeast adviser in New Delhi on February 24, it said.

The BNLA broke away from the National Liberation Front of Tripura (NLFT) after the main faction signed a peace accord with New Delhi in September 2024. Its self-styled commander, Bikram Jamatia, said in a video message that the group "will not surrender its weapons" before a political settlement.

The Assam Rifles will suspend operations against the group during the ceasefire but will keep patrolling the Bangladesh border, an officer in Agartala said.

The state cabinet will meet tomorrow to approve a rehabilitation package for surrendered fighters.

Chief Minister Manik Saha said a tripartite accord could be signed before the monsoon. Home Minister Amit Shah is expected to visit Agartala in the second week of March, state officials said.

Read more: Agartala-Akhaura rail link trial runs postponed again

The State Election Commission is expected to announce the schedule for elections to the Tripura Tribal Areas Autonomous District Council (TTAADC) next week, an official said, with polling likely in the first half of April.

Tipra Motha founder Pradyot Kishore Debbarma said his party would contest all 28 elected seats alone and "will not join" any alliance with the BJP.

The Border Security Force (BSF) said it would hold director general-level talks with Border Guard Bangladesh (BGB) in Dhaka next month.

Analysts say the truce could collapse within weeks if New Delhi rejects the group's demand for a separate territorial council. "The hills want a political answer," said Anjali Reang, a political scientist at Tripura University.
"""},
}
