"""English texts of heldout130, written for this project (blind). Invented or generic facts."""

EN = {
"h130en01": {"outlet": "Lurio Wire (Nampula)", "published": "2025-11-20", "text": """Can the Nacala corridor win back Malawi's and Zambia's freight?

NAMPULA, Nov 20 (Lurio Wire) - Transport ministers of Mozambique, Malawi and Zambia will meet in Nampula on Tuesday to review tariffs on the Nacala Logistics Corridor, Mozambique's Transport Minister Helena Cumbe said on Wednesday.

The meeting has been postponed twice since August after Lilongwe objected to a proposed 12 percent rise in per-tonne fees.

Cumbe said the three governments "will sign a revised tariff protocol" in Nampula and that Mozambique "will not raise fees on Malawian fuel cargoes this year."

The corridor's operator, Corredor de Desenvolvimento do Norte (CDN), which runs the railway and the port of Nacala, expects freight to reach 5 million tonnes in 2026, its chief executive, Arnaldo Sitoe, told reporters.

Rail workers' union SINTRAFER has called a 72-hour strike from December 1 over unpaid bonuses, a union official said. No talks with the company have been scheduled.

Read more: Mozambique's central bank cuts its key rate for the seventh time in a row

The army said it would deploy additional units along the line in Niassa province from next week, after insurgents attacked a maintenance camp near Cuamba on November 14, killing two workers.

President Daniel Chapo is expected to raise the corridor at the SADC extraordinary summit in Harare in mid-December, two officials said.

Japan's development agency JICA could approve a $300 million loan for a second container berth at Nacala as early as January, according to a person familiar with the talks.

Zambia has not decided whether to send more copper through Nacala rather than Angola's Lobito port, Zambian Transport Minister Frank Tayali said in Lusaka.

Malawi's President Peter Mutharika may visit Maputo before the end of the year, Malawi's foreign ministry said in a statement.

Analysts say the corridor could lose Zambian cargo for good once the Lobito railway reaches the Zambian copperbelt.
"""},

"h130en02": {"outlet": "Jiboa Wire (San Salvador)", "published": "2026-05-11", "text": """Will El Salvador stop buying bitcoin to keep its IMF deal?

SAN SALVADOR, May 11 (Jiboa Wire) - The International Monetary Fund's executive board is expected to approve the third review of El Salvador's $1.4 billion programme on May 27, releasing about $120 million, Finance Minister Jerson Posada said on Sunday.

The review has been delayed since March because Fund staff questioned continued purchases of bitcoin by the government's Bitcoin Office.

Posada said the government "will not sell" its bitcoin reserve, but that purchases by public entities would stop once the board approves the review.

President Nayib Bukele wrote on X on Saturday that El Salvador "keeps its bitcoin and its word."

The director of the Bitcoin Office, Ricardo Menjivar, could leave his post before the end of June, two people familiar with the matter said. The presidency has denied any change.

Bukele will travel to Washington next week for talks with Treasury Secretary Scott Bessent on investment and deportation flights, the presidency said in a statement. A bilateral investment treaty could be signed during the visit, a Salvadoran diplomat said.

Read more: Salvadoran coffee exports hit five-year high

The Legislative Assembly, where Bukele's Nuevas Ideas party holds 54 of 60 seats, is expected to set the date of next year's general election at a plenary session on Thursday.

Claudia Ortiz, the only lawmaker of the opposition Vamos party, said she would file a bill on Wednesday to repeal the foreign agents law, which taxes foreign donations to local groups at 30 percent.

Several U.S. lawmakers have asked the Treasury to consider sanctions on Salvadoran officials over the law, but analysts say the administration is unlikely to act before the midterm elections in November.

"The IMF money matters less than the signal to bond markets," said Rebeca Alfaro, an economist at a San Salvador consultancy. "If the review slips again, spreads could widen quickly."
"""},

"h130en03": {"outlet": "Paka Wire (Velenje)", "published": "2027-01-19", "text": """Slovenia to decide on earlier coal exit at Sostanj as miners threaten strike

VELENJE, Jan 19 (Paka Wire) - Slovenia's government will decide on Thursday whether to bring forward the closure of the Sostanj thermal power plant's Unit 6 from 2033 to 2030, Energy Minister Mojca Kranjc said on Monday.

The Velenje Coal Mine, which supplies the plant, has cut output by a third since 2023, and the plant's owner, state-owned energy group HSE, lost about 100 million euros last year.

Kranjc said the cabinet was likely to back 2030, adding that the government "will not leave a single Velenje miner without a job."

The Mining and Energy Workers' Union (SDRE) will hold a two-hour warning strike at the mine on January 28 if the government approves the earlier date without a social agreement, its president, Marko Hribar, said.

A social agreement with the unions could be signed in mid-February, a government official said.

HSE chief executive Gregor Petek offered to step down last week, two people close to the company said. The supervisory board will discuss his offer at a session on February 3.

Velenje's municipal council will hold an extraordinary session on Wednesday to prepare its own proposal for the valley, Mayor Peter Dermol told local radio.

Read more: Slovenia's inflation eases to 2.1 percent in December

European Energy Commissioner Dan Jorgensen is expected to visit the Saleska valley in early March to discuss money from the Just Transition Fund, the European Commission's representation in Ljubljana said.

Kranjc will also meet her Croatian counterpart in Zagreb next week to discuss supplies from the jointly owned Krsko nuclear plant after 2030.

Lawmakers from the opposition Slovenian Democratic Party (SDS) may seek a referendum on the closure date, party officials said.

Analysts say electricity imports could rise by a fifth in 2030 if Unit 6 closes before a second reactor is built at Krsko.
"""},

"h130en04": {"outlet": "Bahodopi Wire (Morowali)", "published": "2026-12-04", "text": """Will a truce hold at Indonesia's Morowali nickel park?

MOROWALI, Dec 4 (Bahodopi Wire) - Indonesia will deploy 600 soldiers and police officers to the Indonesia Morowali Industrial Park (IMIP) in Central Sulawesi from Saturday, Coordinating Security Minister Agus Wirawan said on Thursday, after clashes between rival groups of workers left three people dead on Tuesday.

Community leaders brokered a truce on Wednesday night, and police expect it to hold at least until talks between management and worker representatives on Monday, Central Sulawesi police chief Rudi Hartono said.

The park's operator, PT IMIP, said production at its smelters would resume within three days.

Parliament's Commission XII will question IMIP executives in Jakarta on Wednesday, its deputy chairman Bambang Sutrisno said.

Read more: Rupiah steadies as Bank Indonesia signals a pause

The Energy and Mineral Resources Ministry plans to cut the 2027 nickel ore mining quota to about 250 million tonnes, a ministry official said, and the final figure is expected before the end of December.

In Brussels, the European Union is set to impose definitive anti-subsidy duties of up to 21 percent on Indonesian cold-rolled stainless steel by mid-January, EU diplomats said. Jakarta has said it will challenge any such duties at the World Trade Organization.

Trade Minister Budi Santoso will travel to Brussels next week for talks with EU Trade Commissioner Maros Sefcovic, his ministry said.

Labour groups have demanded the resignation of Manpower Minister Yassierli over safety at the park. Yassierli said on Thursday he would not step down.

Analysts say Chinese-owned smelters may slow new investment in Sulawesi until the quota is settled. "Investors can live with a lower quota, but not with not knowing it," said Dewi Kartika, a mining analyst in Jakarta.

The park, one of the world's largest nickel processing hubs, employs more than 80,000 people, many of them from other islands.
"""},

"h130en05": {"outlet": "Punakha Wire (Wangdue Phodrang)", "published": "2027-08-24", "text": """Bhutan's Punatsangchhu-II nears full output; first power sale to Bangladesh due in October

WANGDUE PHODRANG, Aug 24 (Punakha Wire) - The last two of Punatsangchhu-II's six units will be synchronised with the grid between September 6 and September 12, Druk Green Power Corporation (DGPC) said in a statement on Monday, bringing the 1,020-megawatt plant to full capacity years behind schedule.

Energy and Natural Resources Minister Gem Tshering said the first export of power to Bangladesh through India's grid "will begin in October" under the three-way agreement signed in Dhaka in May. He said Bhutan "will not sell power below cost" to any buyer.

Bhutan and India are expected to agree a new tariff for Punatsangchhu-II power at talks in New Delhi in mid-September, two officials said.

Prime Minister Tshering Tobgay will visit Dhaka in the first week of November, his office said. Tobgay could also attend a BIMSTEC summit later this year, although no date has been set.

DGPC's managing director, Karma Wangdi, is expected to retire at the end of September, the company said.

Read more: Gelephu Mindfulness City opens its first international school

The Election Commission of Bhutan said the third local government elections would be held on December 14, with nominations opening on November 10.

Bangladesh's power ministry has not commented on the October start date.

Analysts say low river flows may cut exports to a trickle from December to March, when Bhutan itself often imports power from India. "The dry season is the real test of every export promise," said Sonam Dorji, a researcher at a Thimphu think tank.

The plant, on the Punatsangchhu river in Wangdue Phodrang district, was delayed by geological problems at its dam site that took years to fix. Hydropower makes up about a third of Bhutan's revenue.
"""},
}
