"""English texts of heldout191, written for this project. Invented or generic facts."""

EN = {
"h191en01": {"outlet": "Flatts Wire (Hamilton)", "published": "2025-10-08", "text": """Will Bermuda's new tax credits pass the OECD test?

HAMILTON, Oct 8 (Flatts Wire) - Bermuda's House of Assembly will debate a bill on Friday that would turn part of the island's 15 percent corporate income tax into refundable credits for insurers that hire locally, Premier and Finance Minister David Burt said on Tuesday.

The tax took effect on January 1, 2025, under legislation passed in December 2023.

Burt said the first annual returns would be due at the end of June 2026 and that the government "will not raise the rate" during the current parliament.

The bill is likely to pass, as Burt's Progressive Labour Party holds a large majority. Leah Outerbridge, the One Bermuda Alliance's finance spokeswoman, said her party would vote against it unless the credits were extended to small local firms. The Senate could take it up in early November.

The OECD Inclusive Framework's peer review group is expected to discuss whether the credits count as "qualified" at a meeting in Paris in the second half of November, two officials said. If the group rejects them, Bermuda-based insurers could face top-up taxes abroad as early as 2026, one of the officials added.

Read more: Bermuda cruise arrivals rise for third straight month

Diplomats said the Inclusive Framework aims to finalise the G7's "side-by-side" arrangement for U.S.-parented groups by the end of the year. EU finance ministers will update the bloc's list of non-cooperative tax jurisdictions in Luxembourg on October 14, and Bermuda is unlikely to be added, the diplomats said.

Governor Andrew Murdoch will travel to London next week for talks at the Foreign Office on beneficial ownership registers, Government House said.

"The credits are the whole point of the tax," said Marcus Tucker, a tax partner at a Hamilton accounting firm. Analysts say some reinsurers may move staff to Dublin or Zurich if the credits fail.
"""},

"h191en02": {"outlet": "Derwent Wire (Hobart)", "published": "2026-05-28", "text": """Tasmania to sign Hobart stadium contract as budget fight looms

HOBART, May 28 (Derwent Wire) - Tasmania's government will sign the main construction contract for the Macquarie Point stadium on June 9, Premier Jeremy Rockliff told parliament on Wednesday, six months after the Legislative Council approved the project's enabling order in December.

Rockliff said the state's share of the cost "will not exceed" the cap set in the order and that site works would start in the third week of July. There will be no early election this year, he added.

Treasurer Eric Abetz is expected to table the state budget on June 16 with a higher borrowing limit to cover the stadium, two government sources said. The Labor opposition has said it would move a no-confidence motion against Abetz if the budget breaks the net debt cap.

The chief executive of the Macquarie Point Development Corporation, Paul Brennan, will step down at the end of June once the contract is signed, the corporation said in a statement.

Independent upper house member Meg Harwood said the Legislative Council's public accounts committee would question the corporation's board at a hearing on Tuesday.

Read more: Tasmanian salmon farm licence review delayed again

AFL chief executive Andrew Dillon will visit Hobart next week to confirm the date of the Tasmania Devils' first home game, the league said.

Prime Minister Anthony Albanese's government has not decided whether to add A$100 million for a light rail link to the precinct, a federal official said, adding that a decision could come within 30 days.

The stadium has split the island since the AFL made a roofed venue a condition of the Devils' licence in 2023.

Analysts say the contract could still slip past the winter if steel prices rise. "The stadium has become a test of whether Tasmania can build anything big," said Hannah Lowe, a political scientist at the University of Tasmania.
"""},

"h191en03": {"outlet": "Llobregat Wire (Barcelona)", "published": "2027-01-26", "text": """Catalonia to take over its first commuter line as Madrid talks slip

BARCELONA, Jan 26 (Llobregat Wire) - Spain and Catalonia will sign the agreement transferring the R1 commuter line to the new Rodalies de Catalunya company at a meeting of their bilateral commission in Madrid on February 4, Catalan Territory Minister Silvia Paneque said on Monday.

The signing was first planned for November and has been postponed twice, most recently over the maintenance budget of Adif, the state rail infrastructure manager.

Spanish Transport Minister Oscar Puente is expected to attend and could announce a 1 billion euro investment plan for the network there, ministry sources said.

Paneque said the new company "will not raise fares" in 2027. About 900 Renfe staff are expected to move to the company on March 1, she said.

Rodalies director Jordi Ferrer will step down once the transfer is complete, a Renfe spokesman said.

The SEMAF train drivers' union has called strikes for February 11 and 12 against the transfer terms.

Read more: Barcelona port container traffic hits record in 2026

The deal also matters in Madrid. Oriol Junqueras, leader of the Republican Left of Catalonia (ERC), said on Sunday his party would back Prime Minister Pedro Sanchez's 2027 budget only if the transfer is signed before the general election, which is due by August.

Junts, Carles Puigdemont's party, has not decided whether to support the budget, a party official said. Catalan President Salvador Illa will meet Sanchez in Barcelona next week to discuss the financing of the remaining lines, the Generalitat said.

Delays on the R1 and R2 lines have long been the service's most common complaint.

Analysts say full control of the network is unlikely before 2030. "The hard part is not the trains, it is the tracks, and Adif keeps the tracks," said Nuria Casals, a transport economist at a Barcelona business school.
"""},

"h191en04": {"outlet": "Ulee Lheue Wire (Banda Aceh)", "published": "2026-11-09", "text": """Will Jakarta extend Aceh's special autonomy fund before it runs out?

BANDA ACEH, Nov 9 (Ulee Lheue Wire) - Commission II of Indonesia's House of Representatives will hold its first hearing on a revision of the Law on the Governing of Aceh on Wednesday, with Governor Muzakir Manaf due to testify, the commission's deputy chair Ahmad Darmawan said on Sunday.

The special autonomy fund, worth about 1 percent of the national general allocation grant, expires in December 2027. Muzakir will ask lawmakers to restore it to 2 percent and extend it for 20 years, his office said.

Home Affairs Minister Tito Karnavian said on Friday the government "will not agree to a permanent fund", but could accept a ten-year extension.

Teuku Rizal Akbar, a Partai Aceh member of the provincial legislature, said the party could withdraw from the national legislative race in 2029 if the fund lapses.

Read more: Aceh coffee exports fall as rains hit Gayo highlands

The army plans to station two new territorial battalions in the province next year, the Iskandar Muda military command said. Partai Aceh says the move breaches the 2005 Helsinki peace accord, which ended nearly three decades of conflict.

In Bireuen, police brokered a truce on Saturday between supporters of two rival Partai Aceh factions after clashes last week injured 11 people. The truce will hold until the party's congress in January, police said.

President Prabowo Subianto is expected to visit Banda Aceh in late December for the anniversary of the 2004 tsunami, an official at the State Secretariat said. Muzakir hopes to raise the fund with him during the visit, aides said.

The fund covers roughly half of the province's budget.

Analysts say the House is unlikely to pass the revision before June 2027. "Jakarta wants to keep the money as leverage until the last moment," said Cut Nurhayati, a public policy lecturer in Banda Aceh.
"""},

"h191en05": {"outlet": "Avatele Wire (Alofi)", "published": "2026-03-20", "text": """Niue sets May 2 election as Wellington prepares budget deal

ALOFI, March 20 (Avatele Wire) - Niue will elect its 20-member Legislative Assembly on May 2, chief electoral officer Fiafia Lisimoni said on Thursday, with nominations closing on April 10.

The assembly is expected to be dissolved next week, she said.

Premier Dalton Tagelagi said he would stand again for his village seat and that Niue "will not seek a seat at the United Nations", a question that has strained ties between the Cook Islands and New Zealand.

Niue has been self-governing in free association with New Zealand since 1974, and its roughly 1,700 residents are New Zealand citizens.

New Zealand Foreign Minister Winston Peters will visit Alofi on April 2 to sign a three-year core budget support arrangement, New Zealand's foreign ministry said in a statement. The previous arrangement expired in June.

A Pacific Islands Forum observer team will arrive on April 28 and stay until after the count, the Forum Secretariat said.

Read more: Niue's new cable lands at Alofi, faster internet promised by mid-year

The government could sell a second tranche of its ocean conservation commitments before the election, a finance ministry official said. The first sale raised about NZ$6 million in 2024.

Niue's next premier is expected to attend the Forum leaders' meeting in Palau in September, officials said, and could hold talks there with New Zealand Prime Minister Christopher Luxon.

Tagelagi has not said whether he would seek a coalition with the independent members if his group falls short of the 11 votes needed to elect a premier.

Analysts say turnout may fall below 70 percent as more families move to Auckland. "Every election there are fewer of us at home to vote," said Tevita Hekau, a researcher at the University of the South Pacific's Niue campus.
"""},
}
