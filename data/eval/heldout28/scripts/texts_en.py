"""English texts of heldout28, written for this project in one sitting. Invented or generic facts."""

EN = {
"h28en01": {"outlet": "Sunda Strait Wire", "published": "2026-08-12", "text": """Indonesia's House to start EU trade pact review as palm oil rules loom

JAKARTA, Aug 12 (Sunda Strait Wire) - Indonesia's House of Representatives will begin reviewing the comprehensive economic partnership agreement with the European Union next week, with ratification expected before the end of the year, the chairwoman of the House trade commission, Anggia Erma Rini, said on Tuesday.

The agreement, signed in Brussels in June, removes duties on most Indonesian exports to the bloc.

Coordinating Economic Affairs Minister Airlangga Hartarto is expected to brief the commission on Thursday. Trade Minister Budi Santoso told reporters the government aimed to have the pact in force "by January 1".

The European Parliament's trade committee could vote on its consent as early as October, an EU official in Jakarta said.

Palm oil remains a sore point. Indonesia may seek a further delay of the EU's deforestation regulation at a joint committee meeting scheduled in Brussels in the second half of September, two trade ministry officials said, speaking on condition of anonymity.

Jakarta will not lift its ban on nickel ore exports, Investment Minister Rosan Roeslani said on Monday, despite an EU challenge at the World Trade Organization.

Read more: Rupiah firms as foreign funds return to government bonds

Defence ties with Europe are also deepening. The first three of the 42 Rafale fighter jets ordered from France will arrive in January, the defence ministry said.

President Prabowo Subianto is likely to visit Paris and Brussels in November, where a defence industry cooperation agreement with France could be signed, diplomats said.

Prabowo is also expected to attend the G20 summit in Miami in December.

Analysts say opposition from the Indonesian Democratic Party of Struggle (PDI-P), which wants stronger safeguards for smallholders, could push the House vote into 2027.

"The numbers in the House are there, but the timing is political," said Ratna Wulandari, an economist at a Jakarta research institute.
"""},

"h28en02": {"outlet": "Hoan Kiem Wire", "published": "2027-06-15", "text": """Vietnam, U.S. to resume trade talks as transshipment tariff deadline nears

HANOI, June 15 (Hoan Kiem Wire) - Vietnamese and U.S. negotiators will meet in Washington next week for a fifth round of talks on a reciprocal trade agreement, Vietnam's Ministry of Industry and Trade said on Monday.

Minister Nguyen Hong Dien will lead the delegation and is expected to meet U.S. Trade Representative Jamieson Greer on the sidelines, the ministry said.

The fourth round, held in Hanoi in April, ended without agreement on rules of origin for steel and electronics.

Officials in Hanoi hope to conclude the text by the end of July, before a 40% tariff on goods deemed to have been transshipped through Vietnam takes effect on August 1.

"We will not accept rules of origin that punish Vietnamese workers for investment decisions made elsewhere," Dien told the National Assembly on Friday.

Deputy Minister Phan Thi Thang, who led the first four rounds, will retire at the end of June, the ministry said.

Read more: Vietnam's exports rise 11% in May on electronics demand

The State Bank of Vietnam is likely to keep its refinancing rate at 4.5% at its quarterly review in early July, according to a Hoan Kiem Wire poll of nine economists. Two of them said a cut was possible if export orders weaken.

General Secretary To Lam will make an official visit to Japan in the second half of July, diplomats said. A semiconductor partnership is expected to be signed during the visit.

Separately, Vietnam's coast guard will hold its first joint drill with the Philippine coast guard in the South China Sea in August, the Ministry of National Defence said. China could protest the drill, as it did when the two countries signed a coast guard memorandum, analysts say.

Vietnam ran a trade surplus of more than $120 billion with the United States last year.
"""},

"h28en03": {"outlet": "Illimani Wire", "published": "2026-01-27", "text": """Bolivia's Congress to reopen lithium contracts as regional vote nears

LA PAZ, Jan 27 (Illimani Wire) - Bolivia's Chamber of Deputies will debate on Thursday whether to scrap two lithium extraction contracts signed by the previous government with Russian and Chinese firms, the chamber's president said on Monday.

President Rodrigo Paz has said the contracts with Uranium One Group and a consortium led by CATL's unit CBC "will not be approved as they stand".

Hydrocarbons and Energy Minister Javier Orellana said state lithium company YLB would open talks to renegotiate the Uranium One contract in February, and could invite new bidders by mid-year.

Russia's ambassador in La Paz, Dmitry Verdian, warned on Friday that Moscow could take the dispute to international arbitration.

The lithium fight comes weeks before Bolivians elect governors, mayors and regional assemblies on March 22, with run-offs for governors, where needed, on April 19, the Supreme Electoral Tribunal said. Candidate registration closes on February 6.

Paz's Christian Democratic Party is expected to win the governorships of La Paz and Tarija, but could lose Santa Cruz to a local civic movement, analysts say.

Read more: Bolivia's fuel imports fall as diesel queues ease

In a sign of warming ties with Washington, U.S. Deputy Secretary of State Christopher Landau will visit La Paz on February 10-11, the foreign ministry said. The two governments will sign an agreement restoring ambassadors for the first time since 2008 during the visit.

The armed forces will deploy 2,000 troops to the Chapare coca-growing region within 30 days as part of a new anti-drug operation, the defence ministry said.

Vice President Edmand Lara, who has publicly clashed with Paz over fuel prices, could resign before the elections, two ruling-party lawmakers said.

Bolivia holds some of the world's largest lithium resources in its salt flats, but produced only a few hundred tonnes of lithium carbonate last year.
"""},

"h28en04": {"outlet": "Ljubljanica Wire", "published": "2026-04-09", "text": """Slovenia's president to start coalition consultations as Jansa claims mandate

LJUBLJANA, April 9 (Ljubljanica Wire) - Slovenian President Natasa Pirc Musar will begin consultations with parliamentary party leaders on Tuesday, a day after the newly elected National Assembly holds its constitutive session on Monday, her office said on Wednesday.

The Slovenian Democratic Party (SDS) of Janez Jansa won 33 of the 90 seats in the March 22 election, ahead of Prime Minister Robert Golob's Freedom Movement with 24.

Jansa said on Wednesday he expected to be nominated prime minister "within two weeks".

New Slovenia (NSi) is likely to join an SDS-led coalition, but Jansa still lacks a majority without the Democrats of Anze Logar, two SDS officials said. Logar said his party's council would meet on April 18 to decide.

Golob remains caretaker prime minister and will attend an EU leaders' summit in Brussels in late April.

A decision on a second reactor at the Krsko nuclear plant, postponed before the election, could be taken by the new government before the end of the year, analysts say.

Read more: Slovenian inflation slows to 2.1% in March

Croatian Prime Minister Andrej Plenkovic is expected to visit Ljubljana in May to discuss the Krsko plant, which the two countries co-own, Croatian officials said.

Slovenia will not block the EU's next package of sanctions against Russia, the foreign ministry said on Tuesday, despite calls from some SDS lawmakers to review the country's position. EU foreign ministers could adopt the package when they meet on April 20, diplomats said.

About 150 Slovenian soldiers will deploy to Latvia in June as part of NATO's forward land forces, the defence ministry said.

Golob could step down as leader of the Freedom Movement at a party congress in June, Slovenian media reported.

Slovenia has had four governments since 2018, and none has lasted a full term without a major reshuffle.
"""},

"h28en05": {"outlet": "Kalahari Ledger", "published": "2025-11-19", "text": """Botswana to table constitution bill, referendum eyed for next year

GABORONE, Nov 19 (Kalahari Ledger) - Botswana's government will table a constitutional amendment bill in Parliament on Tuesday, opening a process that could lead to the country's first referendum in the second half of 2026, Justice Minister Lesego Moatshe said on Wednesday.

The bill would cut the president's powers of appointment and create an independent electoral commission, Moatshe told reporters in Gaborone.

Ntlo ya Dikgosi, the advisory House of Chiefs, will consider the bill at a special sitting in the first week of December, its chairman said.

The opposition Botswana Democratic Party (BDP) will vote against the bill unless the referendum is held together with local council by-elections, its secretary-general, Mpho Balopi, said. The BDP lost power in October 2024 after 58 years in government.

Parliament is expected to vote on the bill before it rises for the Christmas recess on December 12.

President Duma Boko said last week the new constitution "will be written by Batswana, not by lawyers in foreign capitals".

Read more: Botswana diamond exports fall for a third straight quarter

An IMF team is due in Gaborone next week for annual Article IV consultations, as the government tries to close a budget gap widened by weak diamond sales.

Boko will make a state visit to China in the second week of December, the Office of the President said. Botswana expects to sign a financing agreement for the expansion of the Morupule B power station during the visit, the office added.

Boko will also attend an extraordinary SADC summit on Madagascar in early December, his office said.

The Botswana Defence Force will hold a joint river patrol exercise with Namibia along the Chobe in February, the army said.

The chairman of the constitutional review commission, who has criticised the draft as "diluted", may resign before the debate, two officials at the Ministry of Justice said.
"""},
}
