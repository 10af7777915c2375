"""English texts of heldout276, written for this project in one sitting. Invented or generic facts."""

EN = {
"h276en01": {"outlet": "Clearwater Wire (Fort McMurray)", "published": "2026-03-10", "text": """Will Ottawa trade its emissions cap for Pathways? Oil sands carbon project nears decision

FORT MCMURRAY, March 10 (Clearwater Wire) - The Pathways Alliance will take a final investment decision on its C$16.5 billion carbon capture network by the end of June, the group's president, Kendall Dilling, told reporters on Monday.

Ottawa and Alberta agreed in February on a top-up to the federal investment tax credit for the project, which would pipe carbon dioxide from the oil sands to storage near Cold Lake.

Federal Energy Minister Tim Hodgson will visit Fort McMurray on Thursday with Alberta Premier Danielle Smith, his office said. Officials from both governments will meet in Calgary next week to draft a carbon contract for difference, two people involved in the talks said.

Smith has said Alberta "will not accept" the federal cap on oil and gas emissions. Environment Minister Julie Dabrusin is expected to publish the cap's final regulations in the spring, two federal officials said, adding that the rules could be shelved if Pathways commits.

The Mikisew Cree First Nation said it would go to court within 30 days if the pipeline route crosses its traplines.

Read more: Alberta's deficit widens as oil prices slide

The project also looms over a by-election in Fort McMurray-Lac La Biche, which Elections Alberta said will be held on April 20. The United Conservative member for the seat resigned in January.

Prime Minister Mark Carney is expected to raise the project with U.S. President Donald Trump at the G7 summit in Evian in mid-June, a senior government source said. U.S. tariffs on Canadian energy could be raised in July, when Washington reviews them, a person familiar with the trade talks said.

Analysts say the decision could still slip into 2027 if oil stays below $60 a barrel. "Nobody signs a cheque that size on a falling market," said Harpreet Gill, an energy economist at a Calgary consultancy.
"""},

"h276en02": {"outlet": "Arahura Wire (Hokitika)", "published": "2026-06-03", "text": """Can the West Coast dig into its stewardship land before New Zealand votes?

HOKITIKA, June 3 (Arahura Wire) - New Zealand's Cabinet will decide on Monday whether to reclassify about 200,000 hectares of West Coast stewardship land, opening part of it to mining, Conservation Minister Tama Potaka said on Tuesday.

The land, set aside when the Department of Conservation was created in 1987, has sat in legal limbo for decades. A similar plan was shelved by Cabinet in August 2024.

Resources Minister Shane Jones said he expected the first mining permits on reclassified land to be issued before the end of the year, adding that the government "will not give any group a veto" over access.

Prime Minister Christopher Luxon will visit Hokitika on Friday to meet mayors and mine owners, his office said.

Environmental group Forest & Bird will seek a judicial review in the High Court as early as next week, its chief executive, Nicola Toki, said. Parliament's environment committee will hear submissions on the related Conservation Amendment Bill from June 15 to June 19 in Wellington.

Read more: Dairy prices fall for a third auction in a row

Potaka is expected to sign a co-management agreement with Poutini Ngai Tahu for the Arahura valley in July, officials said.

New Zealand holds a general election on November 7. Green Party co-leader Chloe Swarbrick said her party would reverse the reclassification if it entered government after the election.

The chair of the West Coast Regional Council, Daryl McKerrow, is expected to step down at the end of June to seek the National Party nomination for West Coast-Tasman, two councillors said.

Analysts say mining on the reclassified land is unlikely to start before 2028, given the consent process. "Cabinet can change a map in a day. It cannot change the courts," said Miriama Reihana, a resource law lecturer at the University of Canterbury.
"""},

"h276en03": {"outlet": "Pelcznica Wire (Walbrzych)", "published": "2027-02-16", "text": """Will Warsaw let a Chinese battery maker into Walbrzych?

WALBRZYCH, Feb 16 (Pelcznica Wire) - Poland's government will decide before the end of March whether to block a Chinese company's plan to build a 2 billion zloty battery cell plant in the Walbrzych special economic zone, Deputy Development Minister Marta Zielinska said on Monday.

The investment by Zhongke Hengneng, announced in October, would bring about 1,800 jobs to a former mining city that lost its last colliery in the 1990s.

The competition office, UOKiK, could extend its security review by 120 days, a person familiar with the process said. The European Commission opened an in-depth probe into the company's subsidies in January and is due to rule by mid-July, a Commission spokesman said.

The Sejm's economy committee will question Zielinska tomorrow. President Karol Nawrocki will convene the National Security Council on March 3 to discuss Chinese investment in strategic industries, the head of his chancellery, Zbigniew Bogucki, said.

China's Vice Commerce Minister Ling Ji will visit Warsaw next week for talks with Foreign Minister Radoslaw Sikorski, the Chinese embassy said.

Read more: Toyota to expand engine output at Walbrzych plant

Walbrzych's mayor, Krzysztof Lis, said the city would take the case to the administrative court if the plant is blocked. U.S. officials have warned that the company could face American export restrictions.

Poland holds a parliamentary election in the autumn. Law and Justice leader Jaroslaw Kaczynski said on Sunday that a government led by his party would cancel the permit.

The dispute could also cloud the EU-China summit expected in Beijing in July, diplomats said.

Analysts say Warsaw is likely to approve the plant with conditions, such as limits on Chinese staff and data access, rather than block it outright. "Blocking it would please Washington and cost Walbrzych its biggest investment in a decade," said Tomasz Wrobel, an economist at a Wroclaw think tank.
"""},

"h276en04": {"outlet": "Tromoy Wire (Arendal)", "published": "2027-08-10", "text": """Arendal Week: can Store's Labour recover before the local elections?

ARENDAL, Aug 10 (Tromoy Wire) - Prime Minister Jonas Gahr Store will open Arendal Week on Monday with a speech on housing costs, his office said, five weeks before Norway's municipal and county elections on September 13.

Labour is polling at about 20 percent, behind the Progress Party, whose leader Sylvi Listhaug said on Monday her party "will not join" any council coalition that keeps the property tax. Labour came second in the 2023 local elections, its weakest result in decades.

Finance Minister Jens Stoltenberg is expected to propose lowering the maximum property tax rate in the budget he presents on October 6, two government officials said.

Defence Minister Tore O. Sandvik will announce in Arendal on Wednesday that Norway is sending four F-35 fighters to Poland for NATO air policing from October, the defence ministry said.

Foreign Minister Espen Barth Eide said Norway would host a second round of talks between Colombia's government and the ELN rebels in Oslo in September. A ceasefire agreement could be signed before the end of the year, he added.

Read more: Norges Bank seen holding rates in September

Conservative leader Ine Eriksen Soreide is likely to meet Listhaug in Arendal on Thursday to discuss cooperation in Oslo and Bergen after the vote, party officials said.

EU Energy Commissioner Dan Jorgensen will visit the festival on Friday for a debate on power exports, the EU delegation in Oslo said.

Centre Party leader Trygve Slagsvold Vedum has said he will step down if the party falls below 5 percent in September.

Analysts say Labour could lose Oslo and Bergen to centre-right coalitions. "Store needs a message on prices, and he has one week on the stage to find it," said Ingrid Solheim, a political scientist at the University of Agder.
"""},

"h276en05": {"outlet": "Hannan Wire (Kalgoorlie)", "published": "2025-10-14", "text": """Kalgoorlie rare earths plant eyes a U.S. price floor as Beijing tightens controls

KALGOORLIE, Oct 14 (Hannan Wire) - Lynas Rare Earths expects to sign an offtake agreement with a guaranteed price floor with the U.S. Defense Department within 60 days, chief executive Amanda Lacaze said on Monday.

Lynas will decide on a A$500 million expansion of its Kalgoorlie processing plant, which would separate heavy rare earths such as dysprosium, in the first half of 2026, she said.

China expanded its export controls on rare earth technology last week. Beijing's commerce ministry said on Sunday that the new rules will take effect on December 1 and apply to all foreign buyers.

Prime Minister Anthony Albanese is due to meet U.S. President Donald Trump at the White House on October 20, where a critical minerals framework is expected to be signed, officials in Canberra said.

Resources Minister Madeleine King will visit Kalgoorlie on Thursday with Western Australia's Premier Roger Cook, her office said.

Read more: Gold hits record as miners weigh new WA royalty

Albanese will also attend the East Asia Summit in Kuala Lumpur on October 27, where he may meet Chinese Premier Li Qiang, a government source said.

Kalgoorlie-Boulder elects a mayor on Saturday, and both candidates back the expansion. The plant, which opened in 2024, employs about 350 people.

Malaysia's renewal of the licence for Lynas's plant in Kuantan, which processes material from Kalgoorlie, is due in March 2026.

Analysts say a price floor of around $110 a kilogram for neodymium-praseodymium would be needed to make the expansion pay, and that Lynas could still delay it if prices fall. "Without a floor, nobody outside China builds a heavy rare earths circuit," said Daniel Kerr, a commodities analyst at a Perth brokerage.
"""},
}
