"""English texts of heldout20, written for this project on 2026-11-30. Invented or generic facts."""

EN = {
"h20en01": {"outlet": "Meghna Wire", "published": "2025-10-14", "text": """Bangladesh garment workers walk out as wage board prepares to meet

DHAKA, Oct 14 (Meghna Wire) - Thousands of garment workers in the Ashulia and Gazipur industrial belts walked off the job for a second day on Monday, demanding an interim pay rise before the Minimum Wage Board sets a new floor for the sector.

The board will meet on Thursday to consider proposals from unions and factory owners, its chairman, retired judge Nazrul Islam, said. A new minimum wage is likely to be announced by the end of the month, a labour ministry official said, speaking on condition of anonymity.

Unions want the monthly minimum raised to 25,000 taka from 12,500 taka, the level set in late 2023. "We will block the Dhaka-Tangail highway from Saturday if there is no interim payment," said Shahida Begum, president of the National Garment Workers' Alliance.

The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) said it would not accept an increase above 10% while orders remain weak, and its president, Mahmud Hasan Khan, warned that some factories could close before the end of the year.

Read more: Bangladesh Bank keeps dollar auctions on hold

Industrial police and army units will be deployed across the Ashulia belt from Wednesday, the home ministry said in a statement.

The unrest comes as Dhaka tries to cushion a 20% U.S. tariff on its exports. Commerce Adviser Sheikh Bashir Uddin will travel to Washington next week for talks with the Office of the U.S. Trade Representative on a possible reduction, his office said.

An EU delegation is expected in Dhaka in early November to discuss labour rights ahead of Bangladesh's graduation from least developed country status, which is scheduled for November 24, 2026.

Analysts say prolonged strikes could delay a trade deal with Washington. Chief Adviser Muhammad Yunus, who has promised a general election in February, has not commented on the dispute.
"""},

"h20en02": {"outlet": "Malaren Ledger", "published": "2026-08-24", "text": """Can Andersson's red-greens win back Sweden? Advance voting opens Wednesday

STOCKHOLM, Aug 24 (Malaren Ledger) - Advance voting in Sweden's general election opens on Wednesday, with the centre-left opposition holding a narrow lead three weeks before polling day on September 13.

A Nordpuls poll published on Sunday put the Social Democrats, the Left Party, the Greens and the Centre Party on a combined 49.1%, against 47.8% for Prime Minister Ulf Kristersson's coalition and its ally, the Sweden Democrats. The red-green bloc could win a narrow majority in the Riksdag, the pollster's head of research, Erik Holm, said, but "the margin is inside the error".

The Liberals, on 3.4%, may fall below the 4% threshold for the first time. Liberal leader Simona Mohamsson said on Monday her party would not support any government in which Sweden Democrat ministers sit.

Jimmie Akesson, whose party has backed Kristersson's government from outside the cabinet since 2022, is expected to demand ministerial posts if the right keeps power, two party officials said.

Magdalena Andersson has said she will step down as Social Democrat leader if the party fails to return to government.

Read more: Riksbank holds rate at 1.75% as inflation cools

Party leaders meet for SVT's final televised debate on Friday, September 11. The new Riksdag convenes on September 29, and Speaker Andreas Norlen is expected to put a prime minister candidate to a vote in early October, officials at the parliament said.

Whoever wins will have to fund Sweden's NATO commitments. A Swedish mechanised battalion would deploy to Finland under NATO's Forward Land Forces from January, the armed forces said on Friday.

Kristersson is also due in Brussels for the European Council summit in late October, where EU leaders are set to debate the bloc's next long-term budget.

"Coalition talks could run into November if the blocs end up tied," said Karin Lindqvist, a political scientist at Uppsala University.
"""},

"h20en03": {"outlet": "Chui Valley Wire", "published": "2026-03-11", "text": """Kyrgyz banks scramble after new U.S. sanctions; EU envoy due next week

BISHKEK, March 11 (Chui Valley Wire) - Kyrgyzstan's National Bank will hold an extraordinary meeting on Friday to decide whether to raise its policy rate after the som fell 4% against the dollar in two days, its chairman Melis Turgunbaev said on Wednesday.

The slide followed Monday's decision by the U.S. Treasury to add two Kyrgyz lenders, Tenir Bank and Alatoo Capital Bank, to its sanctions list over payments allegedly linked to Russia's military supply chain.

Turgunbaev said the two banks would have to close correspondent accounts with Western lenders within 30 days and that deposits "are fully protected". Several local economists expect a rate rise of at least one percentage point.

President Sadyr Japarov said Kyrgyzstan would not join Western sanctions against Russia, its main trade partner and the destination of most of its migrant workers. "We follow the law, not politics," he told reporters.

Read more: Kyrgyzstan's gold output hits a record in 2025

The European Union's sanctions envoy, David O'Sullivan, will visit Bishkek next week for talks with Cabinet Chairman Adylbek Kasymaliev on re-exports of dual-use goods, the EU delegation said. EU foreign ministers are expected to discuss a new package of Russia sanctions at their meeting on March 16, and two EU diplomats said Kyrgyz firms could be listed.

Kasymaliev may travel to Washington in April to seek the delisting of the two banks, a government source said, though no date has been set.

Japarov is expected to raise the issue at the Eurasian Economic Union's Supreme Council in Minsk in May, where member states are also to review a common payment system.

Bishkek economist Aibek Toktosunov said remittances, which equal about a quarter of GDP, could fall by up to 10% this year if Russian banks cut their links with Kyrgyz lenders to avoid secondary sanctions.
"""},

"h20en04": {"outlet": "Blue Mountain Wire", "published": "2026-02-05", "text": """Bank of Jamaica seen on hold as hurricane rebuilding strains budget

KINGSTON, Feb 5 (Blue Mountain Wire) - The Bank of Jamaica is expected to keep its policy rate at 5.75% when it announces its next decision on February 20, as reconstruction after Hurricane Melissa pushes up prices for building materials and food, economists said.

Six of the eight economists polled by Blue Mountain Wire expect no change. Two said the bank could cut by 25 basis points to support a shrinking economy.

Annual inflation rose to 6.2% in December from 4.4% in October, the Statistical Institute of Jamaica said. Governor Richard Byles said last month the bank would "look through" a temporary spike.

Melissa, a Category 5 storm, hit the west of the island in late October.

Finance Minister Fayval Williams will table the 2026/27 budget on March 10, her ministry said. She is likely to seek a temporary suspension of the fiscal rule, two officials familiar with the preparations said.

Read more: Caribbean tourist arrivals fall again

The government also plans to award contracts to rebuild 5,000 homes in Westmoreland and St. Elizabeth before the end of March. An IMF board decision on emergency financing under the Rapid Financing Instrument could come as early as March, a Fund spokesperson said.

Opposition leader Mark Golding said the People's National Party would not back any suspension of the fiscal rule without an independent audit of relief spending.

Prime Minister Andrew Holness is scheduled to attend the CARICOM heads of government meeting in Basseterre in late February, where climate financing is expected to top the agenda. Holness will also travel to Washington next week to meet U.S. Secretary of State Marco Rubio on reconstruction aid, his office said.

The Jamaica Civil Service Association has threatened a work stoppage from Monday if a delayed 5% wage payment is not made.
"""},

"h20en05": {"outlet": "Tadjoura Wire", "published": "2027-06-09", "text": """Djibouti, DP World to meet in London over seized Doraleh terminal

DJIBOUTI, June 9 (Tadjoura Wire) - Djibouti and Dubai's DP World will hold talks in London next week on compensation for the Doraleh Container Terminal, which the government took over in 2018, three people familiar with the plans said.

The London Court of International Arbitration is scheduled to hear DP World's latest damages claim on June 28, and a settlement before that date is unlikely, one of the people said.

Aboubaker Omar Hadi, chairman of the Djibouti Ports and Free Zones Authority (DPFZA), said on Tuesday that Djibouti "will never hand back" the terminal but was "open to a fair commercial solution". DP World declined to comment.

Hadi is expected to lead the Djiboutian delegation, while DP World chairman Sultan Ahmed bin Sulayem may join the talks by video link, the people said. Local media have reported that Hadi could step down once the dispute is settled.

Read more: Ethiopia's coffee exports hit a record as the Djibouti corridor recovers

The dispute has shadowed Djibouti's efforts to keep Ethiopian cargo, which makes up most of its port traffic. Ethiopian Transport Minister Alemu Sime and Djibouti's economy minister, Ilyas Moussa Dawaleh, are due to sign a revised port-tariff agreement at a joint ministerial commission in Addis Ababa in late June, both governments said.

Separately, a U.S. Defense Department team will arrive in Djibouti in July to begin talks on extending the lease for Camp Lemonnier, the U.S. Embassy said. Japan plans to expand its Self-Defense Forces facility next to the airport before the end of 2028, according to a government document seen by Tadjoura Wire.

Analysts say a settlement could be reached before the end of the year if Djibouti agrees to pay in instalments. "Both sides need this closed before the next round of port investment," said Amina Farah, a researcher at a Nairobi think tank.
"""},
}
