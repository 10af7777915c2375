"""English texts of heldout156, written for this project (blind). Invented or generic facts."""

EN = {
"h156en01": {"outlet": "Kadriorg Wire (Tallinn)", "published": "2026-08-19", "text": """Will Estonia's Orthodox church cut its last Moscow ties? Court rules next month

TALLINN, Aug 19 (Kadriorg Wire) - Estonia's Supreme Court will rule on September 3 on whether the amended Churches and Congregations Act, which bars religious bodies from being run by foreign leaders who back military aggression, is constitutional, the court said in a statement on Tuesday.

President Alar Karis sent the law to the court in June after refusing twice to promulgate it.

Interior Minister Igor Taro said the Estonian Christian Orthodox Church, which still answers to the Moscow Patriarchate, would have to change its statutes within 60 days of the ruling if the court upholds the law. "We will not let the Kremlin run a church in Estonia," he told reporters.

The church's synod is expected to meet in Tallinn in mid-September to discuss its response, a church spokesman said. The church has not said whether it would register under a new name.

Read more: Estonia's jobless rate edges down to 7.1 percent in second quarter

The Riigikogu holds the first round of the presidential election on August 31, and Karis, whose term ends in October, is not running again. Prime Minister Kristen Michal's Reform Party is likely to back law professor Liina Kaasik, party officials said. If no candidate wins two-thirds of the votes in three rounds, an electoral college would convene in late September, the National Electoral Committee said.

Separately, the Defence Forces will hold a snap readiness exercise near Narva next week, the Defence Ministry said. Foreign Minister Margus Tsahkna is due in Kyiv on Monday for talks on church policy.

Estonia could also add two aides of Patriarch Kirill to its national sanctions list, a foreign ministry official said, after Hungary blocked their listing at EU level.

Analysts say many parishioners could move to the Estonian Apostolic Orthodox Church, which answers to Constantinople, if the ruling goes against the Moscow-linked church.
"""},

"h156en02": {"outlet": "Bellanwila Wire (Colombo)", "published": "2027-03-30", "text": """Sri Lanka to table Online Safety Act changes as EU weighs trade perks

COLOMBO, March 30 (Bellanwila Wire) - Sri Lanka's government will table amendments to the Online Safety Act in parliament on April 6, Public Security Minister Ananda Wijepala said on Monday, more than two years after promising to rewrite the law.

The original act was passed in January 2024 despite protests by journalists and rights groups.

A debate is expected to begin in the second week of April, with a vote likely before the end of May, Leader of the House Bimal Rathnayake said.

Justice Minister Harshana Nanayakkara said the government would never use the law to silence critics. The main opposition Samagi Jana Balawegaya (SJB) has not decided whether to back the amendments, its general secretary Ranjith Madduma Bandara said.

Wijepala is scheduled to meet representatives of Meta, Google and TikTok in Colombo on Friday to discuss how complaints would be handled.

Read more: Sri Lanka's tourist arrivals top 600,000 in first quarter

A European Commission monitoring mission is due in Colombo next week to review Sri Lanka's GSP+ trade preferences, the foreign ministry said. Brussels could open a formal procedure to suspend part of the preferences if the act is not amended by the end of the year, EU diplomats said.

The chairman of the Online Safety Commission, retired judge Gamini Wickramage, may step down before the vote, a government source said.

Rights groups plan a protest outside parliament on April 6, organisers said.

Analysts say the amendments are likely to pass easily, as the ruling National People's Power holds 159 of the 225 seats. "The real test is whether the commission stops acting like a censor," said Dilrukshi Fonseka, a media law researcher in Colombo.

Sri Lanka's garment exports, its biggest earner in Europe, would lose about $300 million a year if the preferences were cut, according to industry estimates.
"""},

"h156en03": {"outlet": "Nadi Bay Wire (Nadi)", "published": "2025-12-04", "text": """Can the MSG agree on West Papua when its leaders meet in Nadi?

NADI, Dec 4 (Nadi Bay Wire) - Melanesian Spearhead Group (MSG) leaders will meet in Nadi on December 15-16 for a summit expected to decide whether to grant full membership to the United Liberation Movement for West Papua (ULMWP), Fiji's foreign ministry said on Wednesday.

Foreign ministers will meet on December 13 to prepare the agenda.

The ULMWP was granted observer status in 2015 and applied for full membership the following year.

Fiji would not support full membership "at this stage" but would back a stronger observer status for the movement, said Prime Minister Sitiveni Rabuka, who chairs the group this year.

Indonesia, an associate member, has warned it could leave the group if the ULMWP is admitted. Deputy Foreign Minister Arrmanatha Nasir is expected to lead Jakarta's delegation, diplomats said.

ULMWP president Benny Wenda said the movement would ask leaders to send a fact-finding mission to West Papua in the first half of next year.

Read more: Fiji Airways adds Nadi-Seoul flights from April

Church groups in Papua are pushing for a humanitarian pause in the fighting in the Intan Jaya highlands over Christmas, but it is unclear whether the Indonesian military or the armed separatists would observe it.

Vanuatu's Prime Minister Jotham Napat will press for full membership at the summit, his office said.

The summit is also expected to adopt the long-delayed third MSG Trade Agreement, which Papua New Guinea has yet to ratify.

Analysts say leaders may defer the membership decision to 2026, as they did at two earlier summits. "Nobody in Suva wants to choose between Jakarta and Port Vila," said Mere Tuilagi, a lecturer in Pacific politics at a university in Suva.

The MSG groups Fiji, Papua New Guinea, Solomon Islands, Vanuatu and New Caledonia's FLNKS.
"""},

"h156en04": {"outlet": "Tebicuary Wire (Asuncion)", "published": "2027-02-23", "text": """Paraguay's Senate to vote on state pension overhaul as teachers threaten strike

ASUNCION, Feb 23 (Tebicuary Wire) - Paraguay's Senate will vote on Thursday on a bill overhauling the Caja Fiscal, the state employees' pension fund, Senate President Basilio Nunez said on Monday.

The Chamber of Deputies approved the bill last week. It would raise the minimum retirement age for teachers from 50 to 57 over ten years.

Economy Minister Carlos Fernandez Valdovinos said the fund's deficit would reach $400 million by the end of the year without the reform. He added that the government will not cut pensions already being paid.

The ruling Colorado Party holds a majority in the Senate, and approval is expected, party officials said. If the bill passes, it goes to President Santiago Pena, who has said he would sign it within ten days.

The Federation of Educators of Paraguay (FEP) said its members would begin an indefinite strike on Monday if the Senate passes the bill.

Pena is expected to meet union leaders at the Lopez Palace on Friday, a presidential spokesman said.

Read more: Paraguay's central bank holds key rate at 6 percent

The head of the Caja Fiscal, Rosa Maidana, could resign after the vote, according to two officials.

An International Monetary Fund team will visit Asuncion in mid-March for its regular consultations, the finance ministry said. Valdovinos said a $300 million World Bank loan to cover the fund's shortfall could be signed in April.

A similar reform attempt collapsed in June 2025 after weeks of protests by teachers and police pensioners.

Analysts say a long strike could delay the start of the school year, due on March 1, in most public schools. "The government has the votes, but not the streets," said Hugo Benitez Ayala, an economist at an Asuncion consultancy.

The Caja Fiscal pays about 70,000 pensions, and its shortfall is covered by the Treasury.
"""},

"h156en05": {"outlet": "Kara-Darya Wire (Osh)", "published": "2025-09-15", "text": """Kyrgyzstan and Uzbekistan to sign Kempir-Abad water rules next week

OSH, Sept 15 (Kara-Darya Wire) - Kyrgyzstan and Uzbekistan will sign an agreement on the joint management of the Kempir-Abad reservoir in Tashkent next week, Kyrgyz Water Resources Service director Almaz Bekmuratov said on Monday.

The reservoir, known in Uzbekistan as Andijan, passed to Uzbek control under a border treaty that took effect in April 2023.

Bekmuratov said the deal would guarantee summer releases for Kyrgyz farmers in the Kara-Suu district, adding that Bishkek would not accept any cap on water drawn upstream. The joint commission set up by the agreement would first meet in Osh in early November, he said.

Cabinet Chairman Adylbek Kasymaliev is expected to attend the signing and meet Uzbek Prime Minister Abdulla Aripov, the cabinet press office said.

Kyrgyz border troops will withdraw from two posts near the dam by the end of September under the treaty, the State Border Service said.

Read more: Kyrgyz som steady as remittances from Russia rise

A court in Bishkek is due to rule on October 6 on an appeal by four activists jailed over their protests against the transfer, their lawyer said.

Uzbekistan's water minister Shavkat Khamraev said last week that Tashkent may raise the reservoir's level by two metres next year.

The agreement may also be discussed at the CIS summit in Dushanbe on October 10, diplomats said.

The deal comes ahead of snap parliamentary elections on November 30. Several opposition figures have called the transfer a loss of territory.

Analysts say the agreement could ease tension in the Fergana Valley but will not end disputes over smaller irrigation canals. "Water is still the first thing villagers fight about," said Aigul Toktosunova, a researcher at an Osh policy institute.

The Kara-Darya feeds irrigation for about 300,000 hectares on both sides of the border.
"""},
}
