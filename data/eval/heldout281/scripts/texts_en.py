"""English texts of heldout281, written for this project in one sitting. Invented or generic facts."""

EN = {
"h281en01": {"outlet": "Merbein Wire (Mildura)", "published": "2026-04-21", "text": """Will Canberra's new rules keep Pacific workers in Mildura's vineyards?

MILDURA, April 21 (Merbein Wire) - A Senate committee will hold a public hearing in Mildura on Friday into claims that Pacific seasonal workers in the Sunraysia region were overcharged for housing and transport, committee chair Senator Helen Corbett said on Monday.

Corbett said the committee would report to the Senate by the end of June.

The Fair Work Ombudsman suspended two Mildura labour-hire firms from the Pacific Australia Labour Mobility (PALM) scheme in March after audits found weekly deductions of up to A$260.

Under rules announced last month, approved employers must cap accommodation deductions at A$150 a week from July 1, Assistant Minister for Employment Daniel Whitcombe said. A revised employer deed will be published next month, he said. "This scheme is not going anywhere, but the cowboys are," Whitcombe added.

Vanuatu, which supplies about a third of the region's Pacific workers, has paused new recruitment for Sunraysia employers, its labour commissioner, Jenny Tari, said. Officials from Australia and Vanuatu will meet in Port Vila next week to review the arrangement, the Department of Employment and Workplace Relations said in a statement.

Fiji's employment minister is expected to visit Mildura and Robinvale in mid-May to meet workers, the Fijian High Commission in Canberra said.

Read more: Murray irrigators brace for lower allocations as inflows fall

Nationals candidate Sarah Lindqvist said the party would set up a state register of labour-hire firms if it wins the Victorian election on November 28.

Labour mobility is also likely to be on the agenda when Pacific Islands Forum leaders meet in Koror in September, a Pacific diplomat in Canberra said.

Analysts say Canberra may delay enforcing the cap until October, when the citrus harvest ends, to avoid labour shortages. "Growers cannot absorb a shock in the middle of picking," said Mark Ellery, an agricultural economist at a Melbourne research centre.
"""},

"h281en02": {"outlet": "Assiniboine Wire (Brandon)", "published": "2026-06-03", "text": """Shilo to host Canada's first rocket artillery regiment as Ottawa eyes NATO target

BRANDON, Manitoba, June 3 (Assiniboine Wire) - Defence Minister David McGuinty will visit Canadian Forces Base Shilo on Friday to announce that the base, 35 km east of Brandon, will host Canada's first long-range rocket artillery regiment, his office said on Tuesday. A basing plan will be published within 30 days, his office added.

Ottawa is expected to sign a contract for 26 HIMARS launchers with Lockheed Martin before the end of July, two officials familiar with the procurement said. The first launchers are not expected in Manitoba before 2028, one of them said.

Canada said in June 2025 that it would meet NATO's target of spending 2% of GDP on defence in the 2025-26 fiscal year.

Manitoba Premier Wab Kinew said he would press McGuinty on housing for military families when they meet in Brandon on Friday. "We will not let Shilo's growth come at the expense of Brandon's renters," Kinew said.

The defence department plans to build 400 homes for families at the base by 2029, according to a briefing note seen by Assiniboine Wire.

Prime Minister Mark Carney is expected to present Canada's new defence investment plan at the NATO summit in Ankara on July 7-8.

Read more: Manitoba farmers seek federal help as canola prices slide

Elections Manitoba has set a by-election in Brandon West for September 15 after the local member resigned in May.

A defence official said Canadian artillery instructors could join a multinational reassurance force in Ukraine if a ceasefire is reached. Analysts say a ceasefire is unlikely before 2027. "Nobody in Ottawa is planning on peace this year," said Claire Dufresne, a defence analyst at a Winnipeg think tank.
"""},

"h281en03": {"outlet": "Drava Wire (Osijek)", "published": "2026-02-19", "text": """Croatia and Hungary to sign Osijek-Pecs rail deal weeks before Hungarian vote

OSIJEK, Feb 19 (Drava Wire) - Croatia and Hungary will sign an agreement on rebuilding the Osijek-Pecs railway in Osijek on Monday, Croatian Transport Minister Oleg Butkovic said on Wednesday.

No train has crossed the border on the line since 2013.

Hungary's Construction and Transport Minister Janos Lazar is expected to attend the signing, the Hungarian embassy in Zagreb said.

Works on the 67 km line would start in the second half of 2027 and cost about 310 million euros, half of it from the EU's Connecting Europe Facility (CEF), Butkovic said. "Croatia will not wait for Budapest to find its share," he added.

The European Commission is expected to decide on the CEF grant in late July.

The Commission froze about 6.3 billion euros of Hungary's cohesion funds in December 2022. Brussels could keep part of that money frozen under the rule-of-law conditionality mechanism, a Commission official said.

Hungary holds a parliamentary election on April 12. Peter Magyar's Tisza party, which leads most polls, has said it would honour the rail agreement if it wins.

Prime Minister Andrej Plenkovic may also meet Viktor Orban in Budapest before the election, a Croatian government source said.

Read more: Slavonian dairy farmers block roads over milk prices

Separately, talks between Croatian pipeline operator JANAF and Hungary's MOL on a new crude transit contract are expected to resume in Zagreb next week, two people familiar with the talks said. MOL has accused JANAF of charging above-market fees, which JANAF denies.

The Osijek-Baranja county aims to open a freight terminal at Osijek's river port on the Drava by the end of 2028, county prefect Nada Juric said.

Analysts say passenger trains are unlikely to run between Osijek and Pecs before 2030. "The line has been promised at every election since 2010," said Tomislav Horvat, an economist at the University of Osijek.
"""},

"h281en04": {"outlet": "Pohorje Wire (Maribor)", "published": "2025-12-12", "text": """Will Maribor's airport fly again? Slovenia weighs ending Chinese-held lease

MARIBOR, Dec 12 (Pohorje Wire) - Slovenia's government will decide on Thursday whether to terminate the lease of Maribor's Edvard Rusjan Airport held by the Chinese-owned operator Drava Air Holding, Infrastructure Minister Katja Ferlan said on Thursday.

The cabinet is likely to back termination, two government officials said.

The airport has had no scheduled passenger flights since March 2024, when the operator's only airline partner pulled out. Maribor, Slovenia's second city, has about 95,000 inhabitants.

Ferlan said a tender for a new 30-year concession would be published in January, and that state-owned DRI would take over air traffic services by the end of the year. "The state will not pay another euro to an operator that does not fly," she said.

A spokesman for Drava Air Holding said the company would challenge any termination at an arbitration court in Vienna.

A delegation from the Chinese embassy will visit the airport tomorrow, the city of Maribor said. The city council will hold an extraordinary session on the airport on Tuesday.

Read more: Magna paint shop near Maribor to cut 300 jobs

Slovenia holds a parliamentary election in March. Ferlan, whose party is polling below the 4% threshold, has said she would resign if the airport is not reopened before the vote.

A low-cost airline could start flights from Maribor as early as June if a new operator is chosen quickly, a person familiar with the talks said.

Analysts say regular flights are unlikely to resume before 2027. "Every government promises Maribor an airport and then leaves the keys with someone who cannot open it," said Petra Kos, a transport economist at the University of Maribor.
"""},

"h281en05": {"outlet": "Tayside Wire (Dundee)", "published": "2026-03-23", "text": """Dundee lands 180 million pound cable factory deal weeks before Holyrood vote

DUNDEE, March 23 (Tayside Wire) - The National Wealth Fund and the Scottish National Investment Bank will sign a 180 million pound financing package for a subsea cable factory at the Port of Dundee on Thursday, the Scottish Government said on Sunday.

First Minister John Swinney is expected to attend the signing, his spokesman said. Swinney said on Sunday that Scotland "will not let another Michelin happen" in Dundee, referring to the tyre plant that closed in 2020.

Nordkabel, which is owned by Norwegian investors, expects to start construction this year and would employ about 600 people from 2028, the company said.

Forth Ports, which owns the Port of Dundee, completed a 40 million pound quayside upgrade in 2024. The port already handles parts for wind farms off the Angus coast.

Dundee City Council's planning committee meets on April 13 to decide on the factory's planning application.

UK Energy Secretary Ed Miliband is due to visit Dundee next week, UK government officials said. Swinney and Miliband are also due to meet at the Council of the Nations and Regions in mid-April, the officials said.

Scotland votes in the Holyrood election on May 7. Scottish Labour has said it would review the investment bank's mandate if it forms the next government.

Two people familiar with the deal said Nordkabel's board may delay its final investment decision until after the election.

Read more: Tay Road Bridge tolls return to the agenda in council budget row

Analysts say cables made in Dundee are unlikely to reach ScotWind projects before 2030. "The money is real, but the order book is not," said Fiona MacRae, an energy analyst at an Edinburgh consultancy.
"""},
}
