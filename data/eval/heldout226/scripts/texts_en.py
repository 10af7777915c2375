"""English texts of heldout226, written for this project in one sitting. Invented or generic facts."""

EN = {
"h226en01": {"outlet": "Adige Wire (Trento)", "published": "2026-10-16", "text": """Will Trentino's autonomy reform face a referendum? Senate set for final vote

TRENTO, Oct 16 (Adige Wire) - Italy's Senate will hold its final vote on the constitutional reform of the Trentino-South Tyrol autonomy statute on Wednesday, the office of Senate President Ignazio La Russa said on Thursday.

The Chamber of Deputies approved the text for the second time in July, with 241 votes in favour.

Trentino's president, Maurizio Fugatti, said he expected the reform to clear the two-thirds threshold, which would rule out a confirmatory referendum. "This restores what Rome took from us over twenty years," he told reporters.

The opposition Democratic Party has not decided whether to back the text, a party spokesman said.

Regional Affairs Minister Roberto Calderoli said the government "will not reopen" the compromise on the Ladin minority's seat in the provincial executive.

Vienna, which sees itself as the protecting power of the German-speaking minority, is watching closely. Austrian Foreign Minister Beate Meinl-Reisinger is expected in Bolzano next week to meet South Tyrol's governor, Arno Kompatscher, Austria's foreign ministry said.

Prime Minister Giorgia Meloni and Austrian Chancellor Christian Stocker are due to discuss the reform on the sidelines of the EU leaders' summit in Brussels on October 22-23, diplomats said.

Read more: Trentino council approves bear management plan after court ruling

Fugatti also expects Rome to transfer 180 million euros in withheld tax revenue before the end of the year under a separate financial accord, his office said.

Fugatti, who is barred from seeking a third term, is unlikely to step down before 2028 despite speculation that he could run for a seat in Rome, two aides said.

Analysts say opponents could still force a confirmatory referendum in the spring of 2027 if the Senate majority falls short. "A referendum would quickly become a vote on Meloni rather than on the mountains," said Chiara Dellai, a political scientist at the University of Trento.
"""},

"h226en02": {"outlet": "Cleddau Wire (Milford Haven)", "published": "2026-02-23", "text": """Celtic Sea wind: Pembrokeshire waits for its port money

MILFORD HAVEN, Feb 23 (Cleddau Wire) - The Crown Estate will name the winners of the second Celtic Sea floating wind leasing round on Thursday, its head of offshore leasing, Gareth Pryce, said on Sunday.

The first round, awarded in June 2025, went to three consortia for sites off the Pembrokeshire and Devon coasts.

Fishing organisations will meet Crown Estate officials in Fishguard today, Monday, to discuss exclusion zones.

Welsh Economy Secretary Rebecca Evans said the Welsh Government would decide within 30 days whether to commit 60 million pounds to upgrade Pembroke Dock for turbine assembly. She said Cardiff would not take an equity stake in the port.

Chancellor Rachel Reeves is expected to announce matching funding in her Spring Statement on March 18, two people familiar with the talks said.

Wales elects a new, enlarged Senedd on May 7. Plaid Cymru's candidate in the new Ceredigion Penfro constituency, Elin Prydderch, said a Plaid-led government would review the port deal if the Treasury attached conditions to it.

Pembrokeshire County Council's leader, Huw Beddoe, could resign before the election after losing a budget vote last week, council sources said.

Read more: Milford Haven refinery site sold to hydrogen developer

Leaders of the British-Irish Council are due to meet in Tenby in June, the council's secretariat said. Irish Prime Minister Micheal Martin is expected to raise plans for a Celtic Sea power interconnector with Ireland at the meeting, Irish officials said.

The Royal Navy will deploy a patrol ship to the lease areas from April to watch over subsea cables, the Ministry of Defence said. Britain could sanction more shadow fleet tankers sighted off the Pembrokeshire coast as early as next month, a government official said.

Analysts say the first turbines are unlikely to turn before 2032, given delays at the grid connection in Pembroke.
"""},

"h226en03": {"outlet": "Brandywine Wire (Wilmington)", "published": "2027-03-14", "text": """Can Delaware stop the corporate exodus? Senate votes on law changes

DOVER, Del., March 14 (Brandywine Wire) - Delaware's state Senate will vote on Tuesday on a bill that caps lawyers' fees in shareholder lawsuits and widens protections for company boards, Senate Majority Leader Dana Whitlock said on Saturday, as the state tries to stop companies moving their incorporation to Texas and Nevada.

The House passed the bill 31-10 on March 4.

Governor Matt Meyer is expected to sign it within days if it passes, his office said. "We will not get into a race to the bottom with Nevada," Meyer said in a statement on Friday.

At least 14 listed companies plan to put reincorporation in Nevada or Texas to a shareholder vote at their annual meetings in May and June, according to a tally by a proxy adviser.

The Delaware Supreme Court will hear arguments on May 12 in a challenge to the constitutionality of last year's amendments, according to the court's calendar.

The Delaware State Bar Association's corporation law council meets on Thursday to draft a second set of changes, which are expected to reach lawmakers before the end of June.

Read more: Wilmington port terminal expansion wins federal grant

Texas Governor Greg Abbott will lead a business delegation to New York in mid-April to pitch his state's new business courts to Delaware-incorporated firms, his office said.

Separately, the U.S. Treasury could sanction several Delaware-registered shell companies linked to a Russian arms procurement network as early as next week, two people familiar with the matter said.

Whitlock, who faces a primary challenge in September 2028, has made the bill the centrepiece of her campaign.

Corporate franchise taxes bring in more than a quarter of the state's general fund revenue.

Analysts say the flow of departures is unlikely to slow this year.
"""},

"h226en04": {"outlet": "Jaguaribe Wire (Fortaleza)", "published": "2026-07-22", "text": """Will Fortaleza's gang truce last until the vote? Brasilia extends federal force

FORTALEZA, July 22 (Jaguaribe Wire) - Brazil will keep the National Public Security Force in Fortaleza for 90 days from August 1, the Justice Ministry said in a statement on Tuesday, extending a deployment that began in March.

Two rival criminal factions announced a truce in several of the city's western neighbourhoods last week, Ceara's state police said.

State Public Security Secretary Caio Brandao said the truce "could collapse at any moment" and that the police "will not negotiate with criminal groups."

Governor Elmano de Freitas, who is seeking re-election on October 4, is expected to meet President Luiz Inacio Lula da Silva in Brasilia next week to ask for 2,000 more federal agents, aides said.

The army could be called in under a law-and-order decree if killings rise again, a Defence Ministry official said, though no request has been made.

National Public Security Secretary Renata Couto will visit Fortaleza on Friday to review the operation, her office said.

Opposition lawmaker Luana Pimentel, of the Liberal Party, said the party would file a motion in the state assembly on Tuesday demanding Brandao's resignation.

Read more: Ceara port of Pecem signs hydrogen supply deal with Rotterdam

Ceara and the federal government are due to sign an agreement on a new maximum-security prison in Itaitinga in mid-August, the governor's office said.

Governors of the nine northeastern states will discuss organised crime at a summit of the Northeast Consortium in Sao Luis on August 28.

Homicides in greater Fortaleza fell by a third in the first half of the year, according to state figures, but remain among the highest of Brazil's state capitals.

Analysts say violence could rise again before the election as factions test the new police commanders. "Truces here are business decisions, not peace agreements," said Tiago Albuquerque, a sociologist at the Federal University of Ceara.
"""},

"h226en05": {"outlet": "Mataura Wire (Invercargill)", "published": "2026-08-27", "text": """New Zealand to charge foreign visitors at Milford Sound from December

INVERCARGILL, Aug 27 (Mataura Wire) - New Zealand will start charging international visitors 40 NZ dollars to enter Milford Sound from December 1, Conservation Minister Tama Potaka said on Wednesday.

The bill that enables the charge will have its third reading in Parliament next week, Potaka said. Cabinet approved the charge in March after two years of consultation.

Southland District Council's mayor, Rowena Kerr, said the council "will not collect the charge on the government's behalf".

Te Runanga o Ngai Tahu is expected to sign a co-governance agreement for the fiord, which it calls Piopiotahi, with the Department of Conservation in October, two officials said.

Potaka will meet cruise line executives in Auckland tomorrow to discuss how the charge applies to passengers who do not go ashore, his office said.

The opposition Labour Party has not said whether it would keep the charge if it wins the November 7 election.

Tourism Industry Aotearoa said it would seek a judicial review if the government refused to exempt visitors on pre-booked tours sold before the law passed.

Australian Trade and Tourism Minister Don Farrell is due to visit Queenstown in late September for talks on trans-Tasman tourism, the Australian High Commission said.

The chair of the Milford Opportunities board, Stuart Haddow, could step down before the end of the year after disagreements with the ministry over the size of the charge, board members said.

About 870,000 people visited Milford Sound in the year to June, three quarters of them from overseas, and the single road from Te Anau is often closed by avalanches in winter.

Analysts say visitor numbers could fall by up to 10 percent in the first summer. "Forty dollars will not stop a cruise passenger, but it could tip a backpacker towards Doubtful Sound," said Mere Tipene, a tourism economist at the University of Otago.
"""},
}
