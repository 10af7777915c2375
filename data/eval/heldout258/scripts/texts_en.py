"""English texts of heldout258, written for this project in one sitting. Invented or generic facts."""

EN = {
"h258en01": {"outlet": "Pielinen Wire (Joensuu)", "published": "2026-02-10", "text": """Can Brussels' border money reach North Karelia before the summer?

JOENSUU, Feb 10 (Pielinen Wire) - European Commission Executive Vice-President Raffaele Fitto will visit Joensuu on Thursday to present the EU's plan for regions along the Russian and Belarusian borders, the Commission's representation in Helsinki said on Monday.

The plan would let member states move unspent cohesion money to border areas hit by closed crossings and lost trade.

Local Government Minister Anna-Kaisa Ikonen said Finland would ask Brussels to shift about 120 million euros to its eastern regions, and that the cabinet is expected to approve the request at its session next week.

The 1,340-km border with Russia has been closed since December 2023, and North Karelia's retailers say cross-border sales have all but vanished.

The North Karelia regional council will submit its list of projects by the end of March, its chair, Tuula Hirvonen, said.

The Finns Party has not decided whether to back the shift, party officials said. Its leader, Finance Minister Riikka Purra, has said any new spending must be offset by cuts elsewhere.

Read more: Finland's unemployment rate climbs to 10.3 percent

The Finnish Border Guard will start building the last 35-km stretch of the border fence in North Karelia in May, a Border Guard spokesman said.

EU ambassadors are expected to discuss a new sanctions package against Russia on Friday, diplomats said. It could include curbs on Russian birch plywood shipped through third countries.

Prime Minister Petteri Orpo is likely to raise the border regions when EU leaders meet in Brussels on March 19-20, his office said. Orpo has said Finland will not reopen the crossings before a ceasefire in Ukraine.

Finland holds a parliamentary election in April 2027. Analysts say most of the money is unlikely to reach projects before the vote, and a ceasefire in Ukraine is unlikely before 2027.
"""},

"h258en02": {"outlet": "Suir Wire (Waterford)", "published": "2025-09-16", "text": """Will Waterford's drug plants escape Washington's tariffs?

WATERFORD, Sept 16 (Suir Wire) - Tanaiste Simon Harris will travel to Washington next week for talks with U.S. Commerce Secretary Howard Lutnick on planned tariffs on pharmaceutical imports, the Department of Foreign Affairs said on Monday.

The European Union and the United States agreed in August to cap most tariffs on European goods at 15 percent, but Washington has said it could still impose higher duties on branded medicines.

Enterprise Minister Peter Burke said the government "will not offer tax breaks to stop companies moving production", adding that a cabinet subcommittee on trade would meet on Thursday.

About 5,000 people work in the pharmaceutical and medical devices sector in Waterford, according to IDA Ireland, and Ireland exported about 58 billion euros of medicines to the United States last year. The government is expected to publish a support scheme for exporters by the end of October, two people familiar with the matter said.

Waterford's Sinn Fein TD David Cullinane said the party would table a motion calling for an emergency fund for exporters when the Dail returns tomorrow.

Read more: Irish exports to U.S. surge ahead of tariff deadline

EU trade ministers will discuss the duties at an informal meeting in Copenhagen on October 9, and the Commission could propose countermeasures as early as November if Washington goes ahead, an EU official said.

Finance Minister Paschal Donohoe will present the 2026 budget on October 7, officials said.

A Commerce Department spokesman said Lutnick had not decided whether generic drugs would be exempt.

Analysts say the plants are likely to feature in the campaign for the October 24 presidential election. "Every candidate will be asked about jobs in the south-east," said Niamh Coughlan, an economist at a Cork consultancy.
"""},

"h258en03": {"outlet": "Gryffe Wire (Paisley)", "published": "2026-11-24", "text": """Will Glasgow Airport's rail link finally leave the drawing board?

PAISLEY, Nov 24 (Gryffe Wire) - Scottish ministers will decide on Thursday whether to fund the first phase of a rail link between Paisley and Glasgow Airport, Transport Secretary Alasdair Brodie told Holyrood's net zero committee on Monday.

A previous airport rail scheme was scrapped in 2009 to save money. The new link would run trains every 15 minutes from Paisley Gilmour Street, with a new bridge over the White Cart. The airport handled about 7 million passengers last year, still below its 2019 peak.

Brodie said the government would "not build a line that ends in a car park", adding that a final business case is expected in early March.

Renfrewshire Council is due to vote on December 10 on committing 40 million pounds from its City Deal allocation, the council said in a statement. Its leader, Morag Kerr, is expected to step down in January, ahead of the May 2027 council elections, party sources said.

Network Rail will publish route options for the Inchinnan section within 30 days, a Network Rail spokeswoman said.

The UK Treasury has not decided whether to add money through the Glasgow City Region deal, a Treasury spokesperson said. Scotland Secretary Douglas Alexander will meet council leaders in Paisley next week, his office said.

Scottish Labour's transport spokesman, Euan Mathieson, said the party would back the funding if the line stopped at Paisley Gilmour Street.

Campaigners in Inchinnan will hold a public meeting on Friday, a spokeswoman for the group said.

Read more: Scottish budget talks stall over council tax freeze

The Scottish Government's draft budget for 2027-28 is due on December 9, officials said.

Analysts say trains are unlikely to run before 2032, and costs could rise above the current estimate of 280 million pounds.
"""},

"h258en04": {"outlet": "Lough Key Wire (Boyle)", "published": "2027-03-15", "text": """Can Roscommon's dairy farmers keep the nitrates derogation?

BOYLE, Ireland, March 15 (Lough Key Wire) - The European Commission's Nitrates Committee will vote on April 8 on extending Ireland's nitrates derogation for three more years, Agriculture Minister Martin Heydon said on Sunday. The vote had originally been expected in February.

Heydon said he was "confident but not certain" of a majority, and that the government "will not accept" a cut to 170 kilograms of nitrogen per hectare.

The current derogation, renewed in December 2025 at 220 kilograms, expires on December 31. Ireland has held a derogation since 2007, allowing intensive farms to spread more manure than the EU's standard limit.

Heydon will travel to Brussels on Thursday to meet Environment Commissioner Jessika Roswall, his department said.

About 1,100 farms in Roscommon use the derogation, according to Teagasc, and most would have to cut herds without it.

The Irish Farmers' Association has called a protest outside the department's offices in Roscommon town for Saturday, March 27. Its president, Francie Gorman, said farmers would "escalate" if the vote went against Ireland.

Denmark and the Netherlands, which have lost their own derogations, are likely to vote against the extension, diplomats said.

Read more: Irish milk price cut for third month running

The Environmental Protection Agency is due to publish its water quality report in late April.

The issue is also expected to dominate the Roscommon-Galway by-election on May 6, called after the sitting TD was appointed to the European Court of Auditors. Analysts say a Sinn Fein candidate could take the seat for the first time.

"Farmers here feel they are paying for pollution in other parts of the country," said Ciara Flanagan, a rural economist at the University of Galway.
"""},

"h258en05": {"outlet": "Vartry Wire (Wicklow)", "published": "2027-08-26", "text": """Will Ireland finally see what flies over it? Wicklow radar faces planning test

WICKLOW, Aug 26 (Vartry Wire) - An Coimisiun Pleanala will rule by September 30 on the Defence Forces' application for a primary radar station on Tonelagee mountain, the planning body said on Wednesday.

The government signed a 180-million-euro contract with France's Thales for three long-range radars in March.

Defence Minister Helen McEntee said the Wicklow radar would be operational by the end of 2028, adding that Ireland "will not join any military alliance" because of it.

Green Party councillors on Wicklow County Council have said they could seek a judicial review if permission is granted.

Ireland and Britain are expected to sign a memorandum on air-space security in London next month, two officials said. Sinn Fein's defence spokesman, Fergal Brennan, said the party would demand a Dail debate on it when the Dail returns on September 15.

For decades Ireland has had no way to see aircraft flying with their transponders switched off, and has relied on the Royal Air Force to intercept them.

Read more: Irish Naval Service recruits rise for first time in a decade

Two Naval Service patrol ships will shadow a Russian research vessel expected off the Wicklow coast this weekend, the Defence Forces said in a statement.

The last 120 Irish troops serving with UNIFIL will leave south Lebanon before the end of September, and Irish officers will stay on the Israel-Lebanon ceasefire monitoring mechanism until at least December, a Defence Forces spokesman said.

McEntee is due to attend an informal meeting of EU defence ministers in Athens on September 9-10, her department said.

Analysts say costs could rise above 250 million euros before the radars are finished.
"""},
}
