"""English texts of heldout256, written for this project in one sitting. Invented or generic facts."""

EN = {
"h256en01": {"outlet": "Gammelstad Wire (Lulea)", "published": "2025-10-22", "text": """Will U.S. fighters make Lulea a regular stop? Sweden decides on Kallax hangars

LULEA, Oct 22 (Gammelstad Wire) - Sweden's government will decide on Thursday whether to fund new hangars and fuel depots at Kallax air base for rotating U.S. Air Force units, Defence Minister Pal Jonson said on Tuesday.

Kallax, home of the Norrbotten Wing, is one of 17 Swedish sites opened to U.S. forces under the Defence Cooperation Agreement (DCA), which entered into force in August 2024.

The first rotation of about 12 F-35 jets and 300 personnel is expected to arrive in mid-January for six weeks, a person familiar with the planning said.

Jonson said the package, worth about 1.4 billion crowns, "will not mean a permanent American base".

The Riksdag's defence committee will hold a closed hearing on the plan next Tuesday, its chair, Peter Hultqvist, said.

A delegation from U.S. Air Forces in Europe will visit Kallax next week to inspect the runway and fuel systems, the Swedish Armed Forces said in a statement.

Henrik Forsgren, who chairs Lulea's municipal executive board, said the city could seek compensation from the state for aircraft noise before the rotation begins.

Read more: SSAB confirms Lulea blast furnace closure timetable

Russia's embassy in Stockholm said on Monday that Moscow would take "appropriate countermeasures" if U.S. combat aircraft were based near its northern borders.

Finland's air force is likely to join the U.S. jets for a joint exercise over Lapland in February, two officials said. Jonson is expected to discuss the rotation with U.S. Defense Secretary Pete Hegseth at a NATO defence ministers' meeting in Brussels in February, his ministry said.

Analysts say the Left Party and the Greens, which voted against the agreement, could make the base a campaign issue ahead of the general election on September 13, 2026.
"""},

"h256en02": {"outlet": "Treaty Stone Wire (Limerick)", "published": "2026-09-29", "text": """Can Limerick's mayor get the powers he was promised?

LIMERICK, Sept 29 (Treaty Stone Wire) - The Dail will vote on October 7 on a bill transferring control of Limerick's roads and housing maintenance budgets to the city's directly elected mayor, Housing and Local Government Minister James Browne said on Monday.

The bill is expected to pass with the support of Fianna Fail, Fine Gael and several independents, Browne said. He added that the government would publish a review of local government funding in November.

Limerick elected John Moran as Ireland's first directly elected mayor in June 2024, but Moran has complained for two years that the office has less power than voters were promised.

Moran said he would present his first full budget to the council at its budget meeting on November 16. He told local radio on Monday he "will not sign a budget that cuts housing maintenance".

Sinn Fein will table amendments to add a mechanism for recalling the mayor, its Limerick City TD, Aoife Rafter, said.

If the Dail passes the bill, the Seanad is likely to take it in early November, and it could be signed into law before the end of the year, a government official said.

Read more: Shannon Foynes port lodges planning application for offshore wind quay

Taoiseach Micheal Martin will visit Limerick on Friday to open the first homes at the Colbert Quarter, his office said.

Moran's term runs until the next local elections in 2029.

Analysts say Cork and Galway are unlikely to hold plebiscites on directly elected mayors before 2028, as the government waits to see how the Limerick model works.

"The Limerick experiment was sold as a revolution in local government. So far it has been a slow negotiation with Dublin over who holds the purse," said Niamh Corcoran, a lecturer in politics at the University of Limerick.
"""},

"h256en03": {"outlet": "Carrick Wire (Ayr)", "published": "2026-02-18", "text": """Prestwick sale: will ministers find a buyer before Scotland votes?

PRESTWICK, Feb 18 (Carrick Wire) - The Scottish Government will name a preferred bidder for Glasgow Prestwick Airport by the end of March, Finance Secretary Shona Robison told Holyrood on Tuesday.

Ministers bought the loss-making airport for a nominal 1 pound in November 2013 and have lent it more than 40 million pounds since. A first sale attempt, launched in 2019, was abandoned during the pandemic.

Two bidders remain, a U.S. aviation services company and a consortium led by a Dubai-based investor, two people familiar with the process said.

Robison said the sale "will not go ahead at any price".

Officials expect the final sale agreement to be signed only after the Scottish Parliament election on May 7.

Scottish Labour leader Anas Sarwar said on Monday a Labour government would review the terms of any sale if it wins in May.

U.S. military refuelling flights, which account for a large share of the airport's fuel sales, will continue under the current contract until the end of September, a U.S. Embassy spokesperson said.

Transport Secretary Fiona Hyslop will visit the airport on Friday to meet staff and union representatives, her office said.

Read more: Ayrshire growth deal funds new space hub at Prestwick

South Ayrshire Council will discuss the sale at a special meeting on March 5, its leader, Douglas Crawford, said. He said the council could seek a minority stake of up to 20 percent to protect local jobs.

U.S. President Donald Trump, whose Turnberry resort lies about 20 miles south of the airport, may visit Scotland in July, local officials said.

Analysts say Prestwick is unlikely to turn a profit before 2029, whoever buys it.

"The time has never been right," said Alasdair Munro, an aviation analyst in Glasgow.
"""},

"h256en04": {"outlet": "Ahja Wire (Polva)", "published": "2027-01-26", "text": """Estonia may shut Koidula to cars: will Luhamaa be next?

POLVA, Jan 26 (Ahja Wire) - Estonia's government will decide on Thursday whether to close the Koidula border crossing to passenger traffic, Interior Minister Igor Taro said on Monday, after Russian border guards detained an Estonian citizen there last week.

The closure is expected to be approved and take effect from February 1, a government official said.

Koidula, in Polva county, handled about 1,500 travellers a day last year, most of them Russian citizens visiting relatives.

Russian foreign ministry spokeswoman Maria Zakharova said on Friday that Moscow would respond "symmetrically" to any closure.

The Police and Border Guard Board (PPA) will deploy 60 more officers and two drone teams to Polva county within 10 days, its director general, Egert Belitsev, said.

Polva's mayor, Kaido Tamm, said the town would ask the government for compensation in March, warning that shops and fuel stations near the crossing could lose a fifth of their income.

The government has not decided whether Luhamaa, the other crossing in the south-east, will follow, officials said.

Read more: Estonia's defence budget to reach 5.4% of GDP in 2027

Taro will meet Latvian Interior Minister Rihards Kozlovskis in Valga next week to coordinate border measures.

Estonia will ask EU foreign ministers on February 22 to add Russian border guard commanders to the sanctions list, a foreign ministry official said.

Prime Minister Kristen Michal is expected to raise the issue at the European Council in Brussels on March 18-19, his office said.

Analysts say the south-eastern crossings are unlikely to reopen fully before a ceasefire in Ukraine, which could still be months away.

"Every incident at Koidula is a test. Tallinn has decided that the cost of leaving the door open is higher than the cost of closing it," said Liina Kask, a researcher at a Tartu security think tank.
"""},

"h256en05": {"outlet": "Tywi Wire (Carmarthen)", "published": "2026-05-12", "text": """Plaid's moment? Coalition talks open as the Senedd clock ticks

CARMARTHEN, May 12 (Tywi Wire) - Plaid Cymru and Welsh Labour will open formal coalition talks in Cardiff on Wednesday, Plaid leader Rhun ap Iorwerth said on Monday, after his party finished first in last Thursday's Senedd election.

Plaid won 37 of the 96 seats in the enlarged Senedd, Reform UK 29 and Labour 19, with the rest shared among the Conservatives, the Greens and the Liberal Democrats.

Ap Iorwerth said he expected a written agreement "within ten days" and that Plaid "will not govern with Reform under any circumstances".

Labour's Welsh executive meets tomorrow to approve its negotiating team, a party spokesperson said.

The Senedd has 28 days from polling day to nominate a First Minister. It is due to hold its first nomination vote on Tuesday, May 19, the Llywydd's office said.

Eluned Morgan is expected to step down as Welsh Labour leader once a new government is formed, party officials said.

Reform UK's group leader in the Senedd, Gareth Prosser, said the party could put forward its own candidate for First Minister.

Read more: Carmarthenshire council backs new bypass route for Llandeilo

UK Prime Minister Keir Starmer is likely to meet the new First Minister at the British-Irish Council summit in late June, Downing Street said.

Elin Hughes-Davies, Plaid's new member for Carmarthenshire, said the first budget would restore funding for rural bus routes before the end of September.

Analysts say a minority Plaid government, backed by Labour on budget votes, is a more likely outcome than a full coalition.

"Labour ran Wales for a century in local politics and 27 years in Cardiff. Sharing power as the junior partner is a psychological shift as much as a political one," said Rhodri Evans, a political scientist at Aberystwyth University.
"""},
}
