"""English texts of heldout16, written for this project on 2026-11-30. Invented or generic facts."""

EN = {
"h16en01": {"outlet": "Efate Wire", "published": "2025-11-27", "text": """Vanuatu to put Australia pact to parliament as third-country clause stalls signing

PORT VILA, Nov 27 (Efate Wire) - Vanuatu's government will table the Nakamal Agreement with Australia in parliament when lawmakers return in March, Prime Minister Jotham Napat said on Wednesday, after the deal stalled over a clause on security ties with other countries.

The pact, which would commit Canberra to A$500 million for budget support, policing and climate resilience, was initialled in Port Vila in early September but has not been signed.

"We will not sign anything that limits who we can talk to," Napat told reporters, referring to a provision that requires consultation before Vanuatu accepts security assistance from a third country.

Australia's Minister for Pacific Island Affairs Pat Conroy is expected in Port Vila next week for talks on the wording, a spokesperson for his office said.

Two officials familiar with the negotiations said the clause could be moved to a side letter, a compromise that might allow a signing as early as February.

Read more: Vanuatu's passport sales revenue falls for a third year

The Vanuatu Mobile Force and the Australian Defence Force will hold a joint training exercise on Santo in the second half of January, Police Commissioner Willie Kalo said.

Parliament's first ordinary session of 2026 is due to open on March 16. Opposition MP Reuben Tari said his bloc would file a motion demanding public consultations on the agreement when the session opens, and may also challenge it in the Supreme Court.

Australian Prime Minister Anthony Albanese is likely to travel to Vanuatu for a signing ceremony if the text is settled, Australian media reported.

China, Vanuatu's largest bilateral creditor, said through its embassy that its cooperation with Port Vila "targets no third party".

Mele Toara, a researcher at the University of the South Pacific's Port Vila campus, said ratification was unlikely before April, given the number of first-term MPs. "Most of them have never voted on a treaty," she said.
"""},

"h16en02": {"outlet": "Danube Ledger", "published": "2026-02-06", "text": """Hungary sets April 12 election; Orban rules out debate with Magyar

BUDAPEST, Feb 6 (Danube Ledger) - Hungarians will elect a new parliament on April 12, President Tamas Sulyok confirmed in a decree published on Thursday, setting up the toughest contest for Prime Minister Viktor Orban since he returned to power in 2010.

Orban will not take part in a televised debate with opposition leader Peter Magyar, government spokesman Zoltan Kovacs said on Friday, calling the format "a stage for a man without a programme".

Magyar's Tisza party, which leads most independent polls, will present its 106 constituency candidates at a rally in Debrecen on Sunday, a party official said. Tisza came second in the June 2024 European Parliament election with nearly 30% of the vote.

Parties have until March 6 to register their national lists, the National Election Office said. Orban is due to deliver his annual state-of-the-nation address on February 14.

The OSCE's election office, ODIHR, is expected to deploy a full observation mission to Hungary, diplomats in Budapest said, with a decision likely next week. EU ministers will hold another hearing on Hungary under the Article 7 rule-of-law procedure on February 24, an EU diplomat said.

The European Commission is unlikely to release any of the roughly 18 billion euros of EU funds frozen over rule-of-law concerns before the vote, two EU officials said.

Magyar told supporters in Gyor last week that a Tisza government would unlock the frozen money "within a hundred days". Orban has said Fidesz could form a new government within days of the vote if it keeps its two-thirds majority.

The far-right Mi Hazank party could fall short of the 5% threshold needed to enter parliament, according to a Median poll published on Wednesday.

Most analysts expect the new parliament to hold its inaugural sitting in early May. Zsofia Bakos, a political scientist at Corvinus University in Budapest, said turnout could top the record 70% of 2022.
"""},

"h16en03": {"outlet": "Syr Darya Wire", "published": "2025-12-09", "text": """Uzbekistan races to close WTO talks before Yaounde ministerial

TASHKENT, Dec 9 (Syr Darya Wire) - Uzbekistan aims to wrap up its World Trade Organization accession talks in time for the WTO's ministerial conference in Yaounde in late March, Deputy Prime Minister Jamshid Khodjaev said on Monday.

The working party on Uzbekistan's accession will hold its tenth formal meeting in Geneva on December 17, the WTO secretariat said. A draft report of the working party is expected to be circulated to members before the end of January.

Tashkent has concluded bilateral market-access deals with 28 members, including China and the European Union, but talks with the United States and Russia remain open.

Khodjaev said a deal with Washington "could be signed within weeks". A Russian economic development ministry official said Moscow wanted more time on agricultural tariffs and was unlikely to sign before February. Khodjaev will travel to Moscow next week for talks with Russian Economic Development Minister Maxim Reshetnikov, his office said.

Uzbekistan's parliament, the Oliy Majlis, is scheduled to vote on amendments to the customs code and the law on technical regulation before the end of the year to bring them in line with WTO rules.

Khodjaev said Uzbekistan would not accept commitments on state procurement that go beyond WTO rules.

President Shavkat Mirziyoyev plans to travel to Geneva in February to meet WTO Director-General Ngozi Okonjo-Iweala, according to a person familiar with the preparations.

The Chamber of Commerce and Industry of Uzbekistan said in a statement that it will ask for a transition period of at least seven years on car import tariffs.

Neighbouring Kazakhstan joined the WTO in 2015 after nearly two decades of negotiations.

"The remaining gaps are political, not technical," said Dilnoza Karimova, a trade economist at a Tashkent think tank. Karimova said accession could slip to the following ministerial in 2028 if the Russian talks stall.
"""},

"h16en04": {"outlet": "Meseta Central Wire", "published": "2026-01-14", "text": """Costa Rica's ruling-party candidate eyes first-round win as tribunal weighs complaint against Chaves

SAN JOSE, Jan 14 (Meseta Central Wire) - Costa Ricans vote on February 1 to choose a successor to President Rodrigo Chaves, who won a run-off in April 2022 and cannot seek a second consecutive term.

Laura Fernandez, Chaves's former chief of staff and the candidate of the ruling Pueblo Soberano party, could clear the 40% threshold needed to avoid a run-off, according to a poll by the Opina Central institute published on Tuesday. If no candidate reaches 40%, the two leading contenders will meet in a second round on April 5.

Alvaro Ramos of the National Liberation Party (PLN), running second, said on Monday he would not form any alliance with Pueblo Soberano in a run-off.

Claudia Dobles, a former first lady running for the Citizen Agenda coalition, may withdraw before the vote to back Ramos, two sources in her campaign said, though no decision has been taken.

The Supreme Electoral Tribunal (TSE) is expected to rule before election day on a complaint accusing Chaves of illegal campaigning, a tribunal spokesperson said. The constitution bars a sitting president from taking part in party politics.

An Organization of American States observer mission will arrive on January 25, the OAS said in a statement. The candidates polling above 5% will face off in a final televised debate on January 27.

Voters will also elect the 57 members of the Legislative Assembly, which will be installed on May 1. The new president is to be sworn in on May 8.

Fernandez has promised to declare a state of emergency in Limon province within seven days of taking office to fight drug gangs, whose turf wars pushed the homicide rate to a record in 2023.

Gabriela Solano, a political scientist at the University of Costa Rica, expects turnout to fall below the 60% recorded in 2022.
"""},

"h16en05": {"outlet": "Causeway Ledger", "published": "2026-10-30", "text": """RTS Link passenger launch slips to January as leaders prepare Singapore retreat

JOHOR BAHRU, Oct 30 (Causeway Ledger) - Passenger services on the Johor Bahru-Singapore Rapid Transit System (RTS) Link, originally due to start on December 1, have been pushed back to January 2027 after delays in testing the signalling system, Malaysian Transport Minister Anthony Loke said on Thursday.

Loke will travel to Singapore next week for a joint inspection of the line with his Singaporean counterpart Jeffrey Siow. RTS Operations, the joint venture that runs the line, will announce fares within 30 days, he said.

Siow said the delay was "regrettable but necessary" and that Singapore would not compromise on safety to meet a date. Singapore's Land Transport Authority said free preview rides for the public would be held next month.

The two governments signed the RTS Link bilateral agreement in January 2018. About 300,000 people cross the Causeway each day.

The annual Malaysia-Singapore Leaders' Retreat, to be held in Singapore in early December, is expected to endorse a customs arrangement allowing travellers to clear both countries' checks at their point of departure, officials on both sides said. Prime Minister Anwar Ibrahim is scheduled to attend with four cabinet ministers.

Malaysian media reports said Anwar may also bring up the price of raw water sold to Singapore at the retreat, an issue on which the two sides have not agreed since the 1980s.

Johor Chief Minister Onn Hafiz Ghazi said the state government would table new tax incentives for the Johor-Singapore Special Economic Zone in the state assembly on Tuesday, November 10.

Malaysia's transport ministry said in a statement that a decision on extending the line to Johor Bahru Sentral would be made in the first half of next year.

Tan Wei Ling, an economist at a Kuala Lumpur brokerage, said investment commitments in the zone could exceed 20 billion ringgit by the end of 2027 "if the border works as promised".
"""},
}
