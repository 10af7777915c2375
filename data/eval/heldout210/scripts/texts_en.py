"""English texts of heldout210, written for this project in one sitting. Invented or generic facts."""

EN = {
"h210en01": {"outlet": "Erzberg Wire (Graz)", "published": "2026-06-16", "text": """Can Graz's communist mayor hold the city? Styria sets an early vote for September

GRAZ, June 16 (Erzberg Wire) - Graz will elect a new city council on September 27, the Styrian state government said on Tuesday, after the governing alliance of Communists, Greens and Social Democrats lost its majority when two councillors quit the Social Democrat group last month.

Mayor Elke Kahr of the Communist Party of Austria (KPO) said she would run again, adding that her party "will not enter any coalition with the Freedom Party". Kahr became mayor in 2021, the first Communist to lead a large Austrian city.

Governor Mario Kunasek, whose Freedom Party (FPO) won the 2024 state election and leads the state government, is expected to name the party's candidate for mayor next week, two party officials said. Kunasek will meet Chancellor Christian Stocker in Vienna on Friday to discuss the state's hospital funding, his spokesman said.

Candidate lists must be filed by August 14, the city's electoral office said.

Read more: Styria's budget gap widens as hospital costs rise

The campaign opens as Austria extends its controls on the Slovenian border. Interior Minister Gerhard Karner said on Monday the checks at Spielfeld would stay in place "at least until the end of the year", and that soldiers will keep supporting police at the crossing until mid-December.

Ljubljana has called the checks unjustified and could raise them with the European Commission, a Slovenian diplomat said.

The Social Democrats' city leader, Markus Feichtinger, is likely to step down after the vote if his party falls below 10 percent, according to people close to him.

Analysts say the FPO could become the largest party in Graz for the first time, but a council majority without the KPO is unlikely. "Graz votes differently from the rest of Styria. Housing is the whole campaign," said Verena Pichler, a political scientist at the University of Graz.
"""},

"h210en02": {"outlet": "San Salvatore Wire (Lugano)", "published": "2025-11-25", "text": """Ticino threatens to freeze border payments over Italy's commuter health levy

LUGANO, Nov 25 (San Salvatore Wire) - Ticino's cantonal government will decide tomorrow whether to withhold this year's compensation payments to Italian border towns, its finance director, Marco Bernasconi, said on Tuesday, escalating a dispute over a health levy Rome wants to charge cross-border commuters.

Italy's 2026 budget requires commuters hired before July 2023 to pay a monthly health contribution of up to 200 euros from January 1, Bernasconi said. "If Rome goes ahead, the money stays in Bellinzona until the levy is withdrawn," he added.

Switzerland and Italy signed the current commuter tax agreement in December 2020.

Italian Economy Minister Giancarlo Giorgetti said on Monday the levy "is not negotiable", but that Italy could lower the cap for commuters living within 20 kilometres of the border.

Swiss and Italian officials will discuss the dispute at a meeting of the joint commission on cross-border workers in Rome on December 4, the Swiss finance department said. Federal President Karin Keller-Sutter is expected to raise the issue with Italian Prime Minister Giorgia Meloni by phone before the commission meets, a person familiar with the plans said.

Italy's Senate is due to approve the budget law by December 31.

Read more: Strong franc weighs on Ticino's autumn tourism

About 78,000 Italian residents cross into Ticino every working day.

The Lega dei Ticinesi has collected signatures for a cantonal initiative to cap new cross-border permits, and the Grand Council could vote on it as early as February, party officials said. Paola Fontana, mayor of the Italian border town of Porlezza, said mayors would protest outside the cantonal government building in Bellinzona on Friday.

Analysts say Bern is unlikely to back a freeze, which would breach the 2020 agreement. "Ticino is sending a message to Rome, not to Bern," said Luca Ferrari, an economist at the University of Italian Switzerland.
"""},

"h210en03": {"outlet": "Liberdade Wire (Belo Horizonte)", "published": "2026-03-10", "text": """Zema to step down in Minas Gerais as debt deal with Brasilia nears

BELO HORIZONTE, March 10 (Liberdade Wire) - Minas Gerais Governor Romeu Zema will resign on April 2 to run for president in October, his office said on Tuesday, handing the state to Vice Governor Mateus Simoes weeks before a deadline to join a federal debt-relief program.

Minas owes the federal government about 170 billion reais, one of the largest state debts in Brazil. Under the Propag program, signed into law in January 2025, states can cut interest on their debt by handing assets to the Treasury.

The state assembly will vote next week on a bill authorizing the transfer of the state's stakes in power utility Cemig and water company Copasa to the federal government, assembly president Tadeu Leite said. The vote has been postponed twice since February. Approval is likely, he added, with Zema's allies holding 48 of the 77 seats.

Workers' Party lawmaker Renata Moura said her party would challenge the Copasa transfer in the state court if the bill passes.

Finance Minister Fernando Haddad is expected to sign the adhesion contract with Simoes in Brasilia in late April, a Treasury official said.

Read more: Brazil's central bank seen holding Selic as inflation cools

Simoes, also of the New Party (Novo), is likely to run for governor in October, party officials said.

President Luiz Inacio Lula da Silva will visit the Usiminas steel mill in Ipatinga on Friday, the presidential palace said. Aides describe the trip as the start of his campaign in Minas, the country's second-largest electorate.

Analysts say the debt deal could slip to next year if the assembly delays the vote again, and that Zema may struggle to reach 5 percent in national polls. "He is known in Minas, not in the northeast," said Carolina Veloso, a political scientist at the Federal University of Minas Gerais.
"""},

"h210en04": {"outlet": "Pitic Wire (Hermosillo)", "published": "2027-04-13", "text": """Will Sonora's lithium stay in the ground? Ganfeng case heads to hearings

HERMOSILLO, April 13 (Pitic Wire) - An international arbitration tribunal will hold hearings in Washington from May 17 to May 21 on Chinese miner Ganfeng Lithium's claim against Mexico over its cancelled concessions in Sonora, Mexico's Economy Ministry said on Monday.

The ministry said Mexico "will not pay compensation" for concessions that missed their investment targets.

Sonora Governor Alfonso Durazo said state-owned LitioMx would sign a partnership with a foreign technology firm "before the end of June" to build a pilot extraction plant near Bacadehuachi. LitioMx director Ernesto Villalba said three bidders had qualified and the winner is expected to be named next month.

Read more: Peso steadies as Banxico signals a pause

Security remains the main obstacle. The Defence Ministry will deploy 800 National Guard troops to the Sahuaripa and Bacadehuachi area within 10 days, it said in a statement, after gunmen burned two drilling rigs last week.

A truce between two local cartel factions, brokered by the Catholic diocese of Ciudad Obregon, has held since late March. It is expected to be extended by 60 days on Sunday, a diocese spokesman said.

In Washington, Treasury officials are weighing sanctions on one faction's financial network, and an announcement could come as early as next week, two U.S. officials said.

President Claudia Sheinbaum is expected to visit Hermosillo on May 5 to present the second phase of the Sonora Plan, the governor's office said. China's embassy in Mexico City said Beijing hoped the Ganfeng dispute could still be settled through talks.

Analysts say a ruling is unlikely before 2028 and that foreign partners may wait for it before committing capital. "Nobody wants to build a plant on a concession that a tribunal might hand back," said Marisol Quintero, an energy analyst in Monterrey.
"""},

"h210en05": {"outlet": "Matavai Wire (Papeete)", "published": "2026-08-11", "text": """French Polynesia presses Paris for decolonisation talks ahead of Forum summit

PAPEETE, Aug 11 (Matavai Wire) - French Polynesia's President Moetai Brotherson will travel to Paris next week to ask the French government to open formal talks on a self-determination process, his office said on Tuesday.

He is due to meet Overseas Minister Claire Duvivier on August 19, the office added. A meeting with President Emmanuel Macron has not been confirmed but could be arranged at short notice, an adviser said.

"France will not decide the future of our country alone," Brotherson told the Assembly of French Polynesia on Monday.

The assembly will vote on a resolution backing the talks on August 27, its president, Antony Geros, said. Opposition leader Edouard Fritch of Tapura Huiraatira said his party would boycott the vote.

Paris has so far said the territory's status can only change through a revision of its 2004 organic law.

Brotherson will attend the Pacific Islands Forum (PIF) leaders' meeting in Koror, Palau, from September 7 to September 11, where he could ask for a Forum mission to Papeete. The UN General Assembly's Fourth Committee is expected to hear him in New York in early October, diplomats said.

The French high commission said a navy patrol vessel would be sent to the edge of the Marquesas exclusive economic zone from Monday, after Chinese fishing vessels were spotted near it last week.

Territorial elections are due in April 2028. Analysts say Paris is unlikely to agree to any referendum timetable before the 2028 territorial elections. "Paris wants to win time," said Teva Rurua, a lecturer in public law at the University of French Polynesia, adding that the government could offer a new organic law later this year instead.
"""},
}
