"""English texts of heldout75, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h75en01": {"outlet": "Shirak Wire (Gyumri)", "published": "2026-10-20", "text": """Armenian and Turkish envoys to meet in Kars as border crossing plan takes shape

GYUMRI, Oct 20 (Shirak Wire) - Armenian and Turkish special envoys Ruben Rubinyan and Serdar Kilic will meet in the Turkish city of Kars on Friday for a sixth round of normalisation talks, Armenia's foreign ministry said on Monday.

The two sides are expected to agree on opening the Margara-Alican crossing to third-country nationals and holders of diplomatic passports by the end of November, a senior Armenian official involved in the talks said.

The crossing has been closed since 1993.

Armenian border guards will take over the Margara checkpoint from Russian Federal Security Service units on November 1, the National Security Service said in a statement.

Turkey has so far tied full normalisation to a peace treaty between Armenia and Azerbaijan. "Ankara will not open the border to Turkish and Armenian citizens before that treaty is signed," a Turkish diplomat in Yerevan said.

Prime Minister Nikol Pashinyan, whose Civil Contract party kept its majority in the June 7 parliamentary election, is expected to attend the leaders' segment of the COP31 climate summit in Antalya on November 9-10. He could meet President Recep Tayyip Erdogan on the sidelines, although no meeting has been confirmed, his spokeswoman Nazeli Baghdasaryan said.

Read more: Armenia's central bank keeps key rate at 6.75%

A joint technical team is due to start surveying the Gyumri-Kars railway within 60 days, but analysts say passenger trains are unlikely before 2028.

"The railway is the real prize, and it needs money neither side has budgeted," said Lilit Hakobyan, an analyst at the Yerevan-based Caucasus Policy Lab. She said the first commercial trucks could cross in the spring of 2027 if the envoys settle customs rules next month.

Azerbaijan's foreign ministry said on Sunday that Baku and Yerevan would hold their next round of peace treaty talks in Abu Dhabi in early December.
"""},

"h75en02": {"outlet": "Korle Wire (Accra)", "published": "2025-11-05", "text": """Ghana's parliament to vote on ECG concessions as utility workers threaten strike

ACCRA, Nov 5 (Korle Wire) - Ghana's parliament will vote next Tuesday on agreements handing electricity distribution in four regions to private concessionaires, Majority Leader Mahama Ayariga told reporters on Wednesday.

Energy Minister John Jinapor said the government expected the agreements to pass "with a clear majority" and would sign them with the preferred bidders before the end of December. The concessionaires would take over the Ashanti, Western, Central and Eastern zones from April 1, he said.

Cabinet approved the concession model on October 16, after two earlier attempts to bring private capital into the Electricity Company of Ghana (ECG) collapsed, the last in 2019.

The opposition New Patriotic Party (NPP) will vote against the agreements, Minority Leader Alexander Afenyo-Markin said, calling the process "rushed and opaque".

The Public Utility Workers Union (PUWU) said its members would strike from November 17 unless the government guaranteed that no ECG staff would lose their jobs.

A World Bank team is due in Accra next week to discuss a $250 million guarantee backing the concessions, the finance ministry said. The guarantee could go to the bank's board in February, officials said.

ECG's managing director may step down once the agreements are signed, two people familiar with the matter said.

Read more: Ghana's cedi steadies after central bank cuts rate

Soldiers will guard ECG substations in Accra and Kumasi against vandalism from Monday, the Ghana Armed Forces said in a statement.

Analysts say the deal could become an issue in the NPP's presidential primary on January 31. "Whoever wins the primary will campaign against this deal, but the government has the numbers," said Kwesi Ampofo, an energy analyst at the Accra-based Institute for Utility Policy.

ECG lost about a third of the power it bought last year to technical faults, theft and unpaid bills, according to the energy regulator.
"""},

"h75en03": {"outlet": "Rewa Wire (Suva)", "published": "2027-03-11", "text": """Will Fiji keep its police pact with China? Review goes to cabinet this month

SUVA, March 11 (Rewa Wire) - A committee reviewing Fiji's 2011 police cooperation memorandum with China will hand its report to cabinet by the end of March, Home Affairs Minister Ratu Josefa Nawalu said on Wednesday.

Cabinet is expected to decide in April whether to renew, amend or end the arrangement, which expires on May 31, Nawalu told parliament. "We will not renew anything that puts Chinese officers inside our stations," he said.

Chinese officers were attached to Fijian police units until 2024.

A delegation from China's Ministry of Public Security will arrive in Suva next week to discuss the review, the Chinese embassy said in a statement.

Australia and Fiji are expected to sign a new policing partnership at the Pacific Islands Forum leaders' meeting in September, according to two diplomats in Suva. Australian Federal Police Commissioner Krissy Barrett could visit Suva in mid-April to finalise the text, one of them said.

Police Commissioner Sakiusa Vunivalu said the force would keep all donated vehicles whatever cabinet decided.

Read more: Fiji's visitor arrivals hit a February record

Assistant Commissioner Apete Rokotuiwai, who led the force's China liaison desk, resigned on Monday, the police said, without giving a reason.

A Chinese navy hospital ship is due to call at Suva in late April, the Republic of Fiji Military Forces said.

Separately, the Fijian Elections Office said on Tuesday that the country's first municipal elections since 2005 would be held on October 16.

Analysts expect the government to avoid a clean break. "A quiet renewal with a narrower scope is the most likely outcome," said Mere Tuilau, a lecturer in Pacific politics at the University of the South Pacific.

Opposition lawmakers have demanded a parliamentary debate on the report before cabinet decides, but the government has not said whether it will agree.
"""},

"h75en04": {"outlet": "Marga Marga Wire (Valparaiso)", "published": "2026-07-14", "text": """Chile's Senate to vote on health insurance overhaul as doctors threaten strike

VALPARAISO, July 14 (Marga Marga Wire) - Chile's Senate will hold a special session tomorrow to vote on a bill overhauling the private health insurers known as Isapres, Health Minister Ignacio Larrondo said on Monday, after weeks of talks with opposition senators.

The bill is likely to pass with votes from the governing coalition and some centre-left senators, Larrondo said, adding that he would meet Socialist senators on Wednesday morning to settle the last amendments.

President Jose Antonio Kast will present the reform in a national address once Congress approves it, his office said. Under the bill, the Superintendence of Health must publish new premium tables within 30 days of the law taking effect.

Socialist Party senator Ximena Orellana said her bloc would not back the bill unless it capped premium increases at 7% a year.

The Colegio Medico, the doctors' association, said its members would strike for 48 hours from August 3 if the Senate removed a clause on public hospital funding.

Health Undersecretary Rodrigo Saavedra resigned on Friday over what he called the government's concessions to insurers, the ministry said.

Read more: Chile's copper output rises 4% in June

Insurers could challenge the law at the Constitutional Court before the end of the year, analysts say, which might delay the new premium tables into 2027.

Kast is due to attend the Pacific Alliance summit in Lima on July 24, where he could meet Colombian President Gustavo Petro for the first time, two diplomats said.

The army will send 500 more soldiers to the northern border with Peru and Bolivia from August 1, the defence ministry said, as part of Kast's plan to curb irregular migration.

The Isapres, which cover about 3 million Chileans, have lost members since a 2022 court ruling forced them to refund overcharged premiums.
"""},

"h75en05": {"outlet": "Saimaa Wire (Lappeenranta)", "published": "2025-12-09", "text": """Finland set to keep eastern border shut as parliament weighs extending asylum law

LAPPEENRANTA, Dec 9 (Saimaa Wire) - Finland's government is expected to decide on Thursday to keep all crossings on its 1,340-km border with Russia closed until further notice, two officials familiar with the proposal said.

The crossings have been shut since December 2023, when Helsinki accused Moscow of steering asylum seekers towards the frontier.

Parliament will vote next week on extending the temporary border security act, which lets guards turn away asylum seekers at the border, by another year, Interior Minister Mari Rantanen said on Monday. The act needs a five-sixths majority because it is treated as urgent legislation, and the opposition Social Democrats have said they will support it.

"The border will not reopen while Russia uses migrants as a tool," Rantanen said.

The Border Guard expects to finish a further 70 km of fence in South Karelia by the end of 2026, its chief, Lieutenant General Pasi Kostamovaara, said.

Prime Minister Petteri Orpo will attend the European Council in Brussels on December 18-19, where leaders are expected to discuss a 20th package of sanctions against Russia.

A Swedish-led NATO forward land force will set up its headquarters in Mikkeli in January, the defence ministry said.

Read more: Finnish unemployment rises to 10.3%, highest in the euro zone

Diplomats in Helsinki say a ceasefire in Ukraine could come as early as the spring, but Orpo said on Friday that a truce "would not by itself change our assessment of the border".

Estonian Prime Minister Kristen Michal will visit Lappeenranta on Friday to see the fence, and the two countries are expected to sign an agreement on joint drone surveillance of the Gulf of Finland by March, Orpo's office said.

The border is likely to remain a campaign issue before the parliamentary election in April 2027, analysts say.
"""},
}
