"""English texts of heldout19, written for this project on 2026-11-30. Invented or generic facts."""

EN = {
"h19en01": {"outlet": "Tasman Ledger (Wellington)", "published": "2026-02-13", "text": """RBNZ seen on hold as Breman faces first big test

WELLINGTON, Feb 13 (Tasman Ledger) - The Reserve Bank of New Zealand is expected to keep the official cash rate at 2.25% on Wednesday, when Governor Anna Breman delivers her first Monetary Policy Statement, according to a Tasman Ledger poll of 12 economists.

Ten of the 12 expect no change. Two said a further 25 basis-point cut was possible if the labour market keeps weakening. The bank last cut the rate in November.

Annual inflation rose to 3.1% in the fourth quarter, Statistics New Zealand said last month, above the top of the bank's 1-3% target band.

Traders have priced in a first increase as early as August, while ASB economists expect a hike in November.

"Breman is unlikely to signal a change of direction so soon after taking office," said Priya Raman, chief economist at Kauri Capital. "The real message of Wednesday's decision will be in the projected rate track."

Read more: Auckland house prices slip for a fourth straight month

Finance Minister Nicola Willis said on Tuesday the government would not ask the bank to change its remit before the election. Willis will deliver the Budget on May 28, her office said, with the November 7 general election already setting the tone.

Labour finance spokesperson Barbara Edmonds said a Labour government would review the remit within 100 days of taking office.

Dairy exporter Fonterra is due to update its farmgate milk price forecast on February 26 and could lift the midpoint to NZ$10.50 per kilogram of milk solids, two people familiar with the cooperative's thinking said.

Trade Minister Todd McClay will travel to New Delhi next week to press for the signing of the free trade agreement concluded with India in December, his office said. Officials hope the deal can be signed before the end of June, although no date has been set.
"""},

"h19en02": {"outlet": "Daugava Wire (Riga)", "published": "2026-08-19", "text": """Latvia's coalition wobbles as election campaign begins

RIGA, Aug 19 (Daugava Wire) - Latvian voters will elect a new Saeima on Saturday, October 3, and parties have until Monday to submit candidate lists, the Central Election Commission said.

Prime Minister Evika Silina's New Unity is expected to finish behind the National Alliance, according to a poll by the SKDS agency published on Tuesday. Silina said on Wednesday she would not step down before the vote.

Regional Development Minister Raimonds Celms is expected to resign by the end of the week after prosecutors opened a procurement probe at his ministry, two coalition sources said. Silina's office said she would name a replacement within days.

The cabinet is scheduled on Tuesday to approve a national ban on imports of fertiliser and timber products from Russia and Belarus, going beyond current European Union sanctions. Latvia will also push for the measures to be added to the next EU package, the foreign ministry said. EU foreign ministers are due to discuss that package at a meeting in Brussels in late September.

Read more: Riga airport passenger numbers hit a summer record

A bill on leaving the Istanbul Convention, which the Saeima approved in October 2025 before President Edgars Rinkevics returned it to lawmakers, will not be put to a vote before the election, Speaker Daiga Mierina said.

The first televised debate of party leaders will be held on public broadcaster LTV on September 10. The OSCE's election office, ODIHR, said it would deploy a limited assessment mission in mid-September.

Latvia First could fail to clear the 5% threshold, said Ilze Vitola, a political scientist at a Riga university. "Nobody will have a majority, and the smaller parties will decide who governs," she said.

Analysts expect coalition talks to drag into November, with Rinkevics likely to hand the first mandate to the party that wins the most seats.
"""},

"h19en03": {"outlet": "Oti River Dispatch (Lome)", "published": "2025-12-02", "text": """Togo to send more troops north after deadly attack near Dapaong

LOME, Dec 2 (Oti River Dispatch) - Gunmen killed eight soldiers in an attack on an army post near Dapaong on Sunday, the armed forces said in a statement, the deadliest assault in northern Togo this year.

The government will observe a day of national mourning today, and the army will deploy an additional battalion to the Savanes region within ten days, army spokesman Colonel Komi Agbenou said.

Faure Gnassingbe, the President of the Council of Ministers, will chair a meeting of the national security council on Friday, his office said. Parliament is expected to extend the state of emergency in the region for another six months at a session on Monday.

The opposition Forces Democratiques pour la Republique (FDR) said it would boycott Monday's session, calling instead for a parliamentary inquiry into the army's response.

Togolese and Ghanaian officers will meet in Lome next week to plan joint patrols along their border, a security source said, adding that the patrols could begin as early as January. Defence ministers of the Accra Initiative are due to meet in Accra in mid-January.

A U.S. Africa Command delegation is due in Lome later this month to discuss intelligence sharing, diplomats said.

Foreign Minister Robert Dussey said Togo had no plans to join the Alliance of Sahel States "for now", but would keep talking to the military governments of Burkina Faso, Mali and Niger.

Read more: Lome port traffic rises 6% as transit to the Sahel recovers

No group has claimed the attack. Analysts say fighters linked to JNIM could try to push further south toward the Oti and Kara regions during the dry season.

The number of refugees from Burkina Faso in northern Togo is expected to pass 50,000 by the end of March, a UNHCR spokesperson said, up from about 38,000 now.
"""},

"h19en04": {"outlet": "Plata Dispatch (Montevideo)", "published": "2027-03-10", "text": """Can Orsi's Beijing trip reopen Uruguay's trade debate with Mercosur?

MONTEVIDEO, March 10 (Plata Dispatch) - Uruguayan President Yamandu Orsi will make a state visit to China in the second half of April for talks with President Xi Jinping in Beijing, the foreign ministry said on Tuesday.

Foreign Minister Mario Lubetkin will travel to Beijing next week to prepare the visit. In Beijing he is expected to meet Foreign Minister Wang Yi. The two sides are expected to sign about a dozen agreements on beef, pulp and technology during the trip, two officials involved in the preparations said, but Orsi is unlikely to announce the launch of free trade talks.

Brazil and Argentina have warned that a bilateral trade deal with China would breach Mercosur rules. Analysts expect the issue to dominate the Mercosur summit in Asuncion on July 2-3.

Uruguay applied to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) in December 2022. Members could decide on opening formal accession talks at their commission meeting in Vietnam in the second half of the year, a diplomat in Montevideo said.

Read more: Uruguay's beef exports to China fall for a second year

China's customs agency is expected to approve five more Uruguayan meat plants for export before the visit, industry sources said.

Chinese foreign ministry spokeswoman Mao Ning said on Monday Beijing was ready "to deepen the comprehensive strategic partnership" with Montevideo.

At home, the opposition National Party plans to summon Lubetkin to a Senate committee on Thursday to explain what Uruguay will offer Beijing. Orsi may also stop in Brasilia to brief Luiz Inacio Lula da Silva before the trip, a government source said.

"Orsi wants results he can show farmers without picking a fight in Mercosur," said Lucia Ferrando, an international relations scholar in Montevideo. She expects the summit in Asuncion to end without agreement on letting members negotiate alone.
"""},

"h19en05": {"outlet": "Maloti Wire (Maseru)", "published": "2026-06-24", "text": """Lesotho dam workers threaten strike as water-transfer timetable slips

MASERU, June 24 (Maloti Wire) - Construction workers at the Polihali dam will down tools from Monday unless contractors pay overdue allowances, the Construction and Allied Workers Union of Lesotho said in a statement. Workers already stopped work for two days last week.

The Lesotho Highlands Development Authority (LHDA) said it would meet union leaders in Maseru on Friday.

First water deliveries to South Africa's Gauteng province, originally due in 2028, are now expected in the second half of 2029, according to an updated timetable seen by Maloti Wire. The two governments signed the Phase II agreement in 2011.

The binational Joint Permanent Technical Commission is scheduled to approve the revised budget at a meeting in Pretoria on July 14. South African Water and Sanitation Minister Pemmy Majodina will visit the dam site next month, her spokesperson said.

Villagers in Mokhotlong plan to march to the district offices on Saturday to demand compensation for land flooded by the reservoir, community leader Thabo Mokoena said. Prime Minister Sam Matekane said on Tuesday that all compensation arrears would be paid by the end of September. Matekane is expected to raise the delays with South African President Cyril Ramaphosa at a bilateral commission in Cape Town in early August.

Read more: Lesotho wool prices recover after two difficult seasons

The opposition Democratic Congress will table a motion in parliament next week calling for an inquiry into the delays.

The contract for the 38-kilometre transfer tunnel could be re-tendered if a dispute over delay penalties is not settled within 30 days, two people familiar with the talks said.

The Development Bank of Southern Africa is expected to approve additional funding for the project in the fourth quarter, a bank spokesperson said.

A decision on a hydropower plant at Oxbow, which Maseru wants built alongside the scheme, is not expected before 2027, analysts say.
"""},
}
