"""English texts of heldout188, written for this project. Invented or generic facts."""

EN = {
"h188en01": {"outlet": "Titano Wire (San Marino)", "published": "2026-03-04", "text": """Will trains run to San Marino again? Rimini rail deal heads for signing

SAN MARINO, March 4 (Titano Wire) - San Marino and Italy will sign a framework agreement in Rome on March 12 to rebuild the railway between Rimini and the republic's capital, Secretary of State for Foreign Affairs Luca Beccari told reporters on Tuesday.

The line opened in 1932 and was wrecked by bombing in 1944.

Italian Infrastructure Minister Matteo Salvini is expected to sign for Rome, Beccari said. The signing has slipped twice since October over how the costs would be shared.

Under the draft, Italy would cover about 70 percent of the estimated 410 million euros, with San Marino paying the rest over 15 years.

"San Marino will not pay a euro more than its share," Beccari said.

Italy's cabinet approved its part of the funding last Friday, the infrastructure ministry in Rome said in a statement.

Beccari expects the Great and General Council to ratify the agreement by the end of June. A joint technical committee will hold its first meeting within 60 days of the signing, two officials said.

Emilia-Romagna President Michele de Pascale will visit San Marino next week to discuss the Rimini end of the line, his office said.

Read more: San Marino tourist arrivals hit a record in 2025

The council will also elect two new Captains Regent on March 18, who take office on April 1.

The opposition Repubblica Futura party has said it could seek a referendum on the borrowing if the council approves it.

Beccari is likely to travel to Brussels in mid-April to seek EU transport funding, a foreign ministry official said.

Analysts say passenger trains are unlikely to run before 2031, given the state of the old tunnels. "Rail projects here move at the speed of two parliaments," said Giulia Serafini, an economist at the University of San Marino.
"""},

"h188en02": {"outlet": "Mesopotamia Wire (Kingstown)", "published": "2025-12-13", "text": """St Vincent's new port: will Kingstown's berths be ready for the cruise peak?

KINGSTOWN, Dec 13 (Mesopotamia Wire) - The first container ship will berth at the new Port Kingstown on Thursday, the St Vincent and the Grenadines Port Authority said on Friday, about a year later than first planned.

The project, costing about 330 million U.S. dollars, was financed mainly by the Caribbean Development Bank (CDB) and Britain's infrastructure fund for the region.

The New Democratic Party won the November 27 general election, ending 24 years of Labour rule. Prime Minister Godwin Friday told parliament this week that his government would formally open the port in January and would review its operating contract "line by line".

The Port Authority's chief executive, Kerwin Ollivierre, is expected to step down by the end of the month, two officials said.

CDB President Daniel Best will visit Kingstown next week to sign a 25 million dollar loan for a second cruise berth, the bank said in a statement.

The Unity Labour Party, now in opposition, said it would not support any change to the contract that raised port fees.

Read more: Vincentian banana exports to Britain rise for a third month

Trade ministers of the Organisation of Eastern Caribbean States (OECS) meet in Castries on December 19 on common customs rules for the terminal.

Friday is expected to raise port financing with regional leaders at the CARICOM heads of government meeting in late February, a government source said.

Washington could impose extra inspections on ships arriving from Port Kingstown as early as January if security upgrades are not finished, a U.S. embassy official in Bridgetown said.

Analysts say cruise calls could rise by a third in the 2026-27 season if the second berth is built. "The port is the biggest thing this country has built since Argyle airport," said Shevon Cupid, an economist at the University of the West Indies.
"""},

"h188en03": {"outlet": "Buada Wire (Yaren)", "published": "2027-07-14", "text": """Nauru's move to higher ground: will Australian money arrive before the first houses?

YAREN, July 14 (Buada Wire) - Nauru's parliament will vote on Tuesday on a bill that lets the government lease land on the island's central plateau for the Higher Ground Initiative, the Speaker's office said on Wednesday.

Most of Nauru's 12,000 people live on a narrow coastal strip exposed to rising seas, while the plateau was stripped by a century of phosphate mining.

President David Adeang said the bill was expected to pass comfortably and that the first 60 homes on the plateau would be finished by the end of the year. "No landowner will lose title to their land," Adeang said.

The project's former infrastructure minister, Rennier Gadaoa, resigned last month over delays in clearing the mined pinnacles.

Adeang will travel to Canberra next week for talks with Prime Minister Anthony Albanese on the next tranche of Australian funding, his office said. Canberra is likely to commit a further 90 million Australian dollars during the visit, an Australian official said.

Under the treaty the two countries signed in December 2024, Canberra must be consulted on any security, banking or telecommunications deal Nauru makes with a third country. Nauru has not decided whether to accept a Chinese offer to build a new road to the plateau, a foreign ministry official said.

Read more: Nauru Airlines adds a second weekly flight to Brisbane

Australian Defence Force engineers are due to arrive in early August to survey access routes, the Australian High Commission said.

Adeang is expected to present the plan to regional leaders at the Pacific Islands Forum leaders' meeting in September, officials said.

Analysts say the project could slip by several years if phosphate revenue keeps falling. "Every government promises the plateau. This one has to deliver," said Leilani Harris, a researcher at a Suva think tank.
"""},

"h188en04": {"outlet": "Ngalimbiu Wire (Honiara)", "published": "2026-10-22", "text": """Gold Ridge standoff: can a church-brokered truce reopen Guadalcanal's mine?

HONIARA, Oct 22 (Ngalimbiu Wire) - Two landowning groups near the Gold Ridge mine on Guadalcanal have agreed to a truce that will hold until Friday, October 30, the Solomon Islands Christian Association (SICA), which brokered it, said on Wednesday.

Clashes between the two groups last Saturday left one man dead and forced the mine to halt work.

The Royal Solomon Islands Police Force (RSIPF) will keep about 80 officers at the site at least until the truce expires, Police Commissioner Joseph Talasasa said.

Mines Minister Stanley Fataka said the ministry could suspend the operating licence of Tinahulu Gold, the mine's Chinese-owned operator, if it fails to pay overdue royalties to landowners within 30 days. "The government will not renegotiate the mine's development agreement," Fataka said.

The ministry will publish an audit of royalty payments next month, he added.

Landowner representatives and the company are due to meet in Honiara on Monday, a Tinahulu spokesman said. The company still hopes to resume gold exports before Christmas, the spokesman added.

Read more: Solomon dollar steady as log export receipts fall

Prime Minister Jeremiah Manele is expected to visit the mine on Saturday, his office said.

Guadalcanal's provincial premier may resign as early as next week, two provincial officials said, after members of his executive accused him of taking sides in the dispute.

Gold Ridge, the country's only major gold mine, has changed hands several times since it closed during the ethnic tensions of the early 2000s, and reopened only last year.

Analysts say the truce could collapse if compensation payments are not agreed by the end of October. "Land disputes here outlast governments," said Ruth Kwaiga, a lecturer in land studies at the Solomon Islands National University.
"""},

"h188en05": {"outlet": "Titihuapa Wire (Sensuntepeque)", "published": "2026-06-08", "text": """El Salvador to sign first gold exploration deal as Cabanas protests grow

SENSUNTEPEQUE, June 8 (Titihuapa Wire) - El Salvador will on Thursday sign its first metal exploration contract, giving a state-owned company rights to survey about 40 square kilometres in Cabanas department, Economy Minister Maria Luisa Hayem said on Sunday.

The Legislative Assembly lifted the country's mining ban in December 2024, reversing a 2017 prohibition. About 70 percent of the country's surface water is polluted, according to government figures.

Foreign partners for the survey would be chosen by tender by the end of September, Hayem said.

President Nayib Bukele has said there will be no open-pit mining near rivers that supply drinking water.

Catholic parishes and environmental groups plan a march through Sensuntepeque on Sunday, the first since the contract was announced. The Episcopal Conference of El Salvador said it would ask the Legislative Assembly to put mining to a popular vote.

Hayem has offered to meet the bishops next week, her ministry said.

Read more: Salvadoran coffee exports fall for a second season

The armed forces will deploy soldiers to guard the survey sites from next week, Defence Minister Rene Merino Monroy said.

Deputy Environment Minister Ana Rivas could step down within days over the water permits for the sites, two ministry officials said.

A Chinese geological survey team is expected in San Salvador in mid-July for talks on mapping, diplomats said.

Analysts say the opposition FMLN could campaign for a mining referendum ahead of the February 28, 2027 general election. "Water is the one issue that still moves voters against the government," said Oscar Pleitez, a political scientist at a San Salvador university.

Cabanas was the scene of deadly disputes over a gold project in the late 2000s, and many residents still see the ban's repeal as a betrayal.
"""},
}
