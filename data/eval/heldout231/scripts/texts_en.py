"""English texts of heldout231, written for this project in one sitting. Invented or generic facts."""

EN = {
"h231en01": {"outlet": "Dommel Wire (Eindhoven)", "published": "2026-06-17", "text": """Will The Hague's Brainport package keep ASML in Eindhoven?

EINDHOVEN, June 17 (Dommel Wire) - The Dutch cabinet will decide on Friday on a 3.2 billion euro investment package for the Brainport Eindhoven region, Economic Affairs Minister Maarten Hoogeveen told reporters on Tuesday, two months after the plan slipped from its April target.

The package funds housing, a faster rail link to Eindhoven and extra places at the city's technical university, all demands made by ASML before it chose to expand in the region.

Hoogeveen said the money would be paid out from January 2027 and that the government "will not set conditions on where ASML builds."

ASML, the chip-equipment maker, is expected to announce the site of its new campus north of Eindhoven airport by the end of July, two people familiar with the plans said.

Eindhoven's mayor, Jeroen Dijsselbloem, will meet ASML chief executive Christophe Fouquet on Monday, the city said.

Read more: Dutch exports to China fall for a third straight quarter

The United States could widen its export controls to cover servicing of ASML's older DUV machines in China as early as next month, a U.S. official said on condition of anonymity.

Foreign Trade Minister Lotte Vermeulen will travel to Washington next week for talks with Commerce Secretary Howard Lutnick, her ministry said.

The prime minister is likely to raise chip export rules when EU leaders meet in Brussels on June 25-26, a government source said.

North Brabant's King's Commissioner, Ina Adema, said the province would add 250 million euros if the cabinet approves the package. The spending is expected to feature in the campaign for the provincial elections in March 2027.

Analysts say the cabinet could trim the package to 2.5 billion euros if coalition partners object to the cost.

"Housing is the bottleneck, not money," said Ruud Verbeek, an economist at a Tilburg research institute.
"""},

"h231en02": {"outlet": "Blies Wire (Saarbruecken)", "published": "2026-11-24", "text": """Can Rehlinger keep Saarland red after Ford?

SAARBRUECKEN, Nov 24 (Blies Wire) - Saarland will elect a new state parliament on March 21, 2027, the state government said on Monday, a week earlier than the date first floated in the summer.

Minister-President Anke Rehlinger, whose Social Democrats won an absolute majority in March 2022, will lead the party's list again, she told a party meeting in Saarlouis.

A poll published on Sunday put the SPD at 34 percent, the Christian Democrats at 29 and the far-right Alternative for Germany (AfD) at 21, a sharp fall for the SPD since the end of car production at Ford's Saarlouis plant.

CDU state chairman Stephan Toscani said his party "will not form a coalition with the AfD" and that he expected the CDU to be in government after the vote.

The state's economy ministry said a Chinese battery maker is expected to sign a lease for part of the Saarlouis site before the end of the year.

Thomas Leinen, the state secretary for economic affairs, will step down at the end of November to head the company that manages the site, a ministry spokeswoman said.

The Landtag will hold a special session on the site's future on Thursday.

Read more: German steelmakers push Berlin for cheaper industrial power

Chancellor Friedrich Merz will campaign in Saarbruecken in early March, CDU officials said. Postal voting is due to open in mid-February, the state returning officer said.

The Sahra Wagenknecht Alliance (BSW) has not decided whether to run in Saarland.

Analysts say the AfD could become the second-largest party in the Landtag for the first time. "The Ford shock is still fresh. Voters in Saarlouis feel that nobody fought for them," said Carina Welsch, a political scientist at Saarland University.

The SPD holds 29 of the Landtag's 51 seats, the CDU 19 and the AfD three.
"""},

"h231en03": {"outlet": "Coquet Wire (Blyth)", "published": "2025-09-11", "text": """Blyth bets on AI: will the grid arrive in time?

BLYTH, Sept 11 (Coquet Wire) - Britain will formally designate the Blyth and Cambois area of Northumberland as an AI Growth Zone next Tuesday, Technology Secretary Liz Kendall said on Wednesday, opening the way for a data-centre campus on the site of a failed battery factory.

Britishvolt, which planned a gigafactory on the site, went into administration in January 2023, leaving 1,000 promised jobs unfilled.

Kendall will visit the Cambois site tomorrow and is due to meet Northumberland council leaders in Morpeth on Monday, her department said.

QTS, the Blackstone-owned developer, has said it will invest up to 10 billion pounds in the campus. It is expected to submit its full planning application to Northumberland County Council by the end of October, a company official said. The council's strategic planning committee could vote on it as early as December, the official added.

National Grid said a new 400 kV connection to the site would be ready in 2028, two years earlier than first planned.

The North East Combined Authority and QTS will sign a skills agreement on September 26, the region's mayor, Kim McGuinness, said.

Read more: North East ports bid for offshore wind manufacturing

Prime Minister Keir Starmer is likely to visit the site in early October, Labour officials said.

Ian Lavery, the Labour MP for Blyth and Ashington, said local people "will not accept another empty promise" and urged ministers to guarantee local hiring.

Chancellor Rachel Reeves is expected to set out business-rates relief for AI zones in the November 26 budget, Treasury officials said.

Analysts say high power prices could still deter tenants, and the first servers are unlikely to run before 2027.

"The region has heard big numbers before," said Alan Hepple, an energy researcher at a Newcastle university. "This time the grid connection is the real test."
"""},

"h231en04": {"outlet": "Narragansett Wire (Providence)", "published": "2026-02-10", "text": """Revolution Wind: will the turbines spin before the primary?

PROVIDENCE, Feb 10 (Narragansett Wire) - A federal appeals court in Boston will hear on March 4 the Trump administration's challenge to the ruling that lifted its stop-work order on the Revolution Wind project, Rhode Island Attorney General Peter Neronha said on Monday.

The 704-megawatt wind farm off Rhode Island, developed by Denmark's Orsted and Skyborn Renewables, was about 80 percent complete when the Interior Department halted work in August 2025.

Orsted said first power was expected within 60 days and full commercial operation in the second half of the year.

Governor Dan McKee, who faces a September 8 Democratic primary, said the state "will not renegotiate" its power purchase agreement with the developers.

His main challenger, Helena Foulkes, is expected to formally launch her campaign in Providence next week, her campaign said.

New England governors will meet Interior Secretary Doug Burgum in Washington later this month to discuss offshore wind, McKee's office said.

Read more: Rhode Island lawmakers weigh a new tax on short-term rentals

Connecticut and Rhode Island utilities are due to sign a joint procurement for another 1,200 megawatts by the end of April, state energy officials said.

Senator Sheldon Whitehouse said Democrats would hold up two Interior Department nominees unless the administration drops its appeal.

Denmark's ambassador to the United States, Jesper Moller Sorensen, will visit the project's staging port at Quonset Point on Thursday, the Danish embassy said.

Analysts say the administration may drop the appeal if Orsted sells a stake in the project to a U.S. partner. "Washington wants a win it can sell, not a dead wind farm in the water," said Marisa Quintal, an energy lawyer in Providence.

The project is meant to power about 350,000 homes in Rhode Island and Connecticut. Several hundred union workers were laid off during the five-week halt last year.
"""},

"h231en05": {"outlet": "Varanger Wire (Kirkenes)", "published": "2027-03-19", "text": """Will Kirkenes shut its quay to Russian trawlers for good?

KIRKENES, March 19 (Varanger Wire) - Norway will extend its port ban on vessels of the Russian fishing companies Norebo and Murman Seafood for another year from April 1, Fisheries Minister Marianne Sivertsen Naess said on Thursday, rejecting Moscow's demand to lift the sanctions.

Norway imposed the sanctions in July 2025, citing the companies' links to intelligence gathering in Norwegian waters.

Russia's federal fisheries agency said on Wednesday it could bar Norwegian vessels from fishing in the Russian economic zone in response, ahead of the Joint Norwegian-Russian Fisheries Commission's extraordinary session in Murmansk from April 12 to 14.

Oslo has not decided whether to send its delegation, a ministry official said.

The Norwegian Coast Guard will double its patrols along the maritime boundary in the Varangerfjord from next week, the Joint Headquarters said. Russian Northern Fleet vessels are expected to hold exercises off the Kola Peninsula in mid-April, Norwegian intelligence officials said.

Read more: Finnmark hospitals struggle to recruit doctors

Prime Minister Jonas Gahr Store said the Storskog crossing, Norway's only border post with Russia, "will not be closed" despite the dispute.

Store, who will host a Nordic-Baltic Eight summit on Ukraine in Oslo on March 25, said a ceasefire in Ukraine remained "unlikely before the summer."

Sor-Varanger's mayor, Magnus Maeland, said he would ask the government for compensation at a meeting in Oslo on Tuesday, saying the port stands to lose about 100 million crowns a year.

Analysts say Moscow could instead suspend the exchange of cod quotas for 2028, which would hit Finnmark's coastal fleet hardest.

"Both sides need the commission. It has survived the Cold War and the invasion," said Ingrid Solbakk, a fisheries researcher at a Tromso institute.

Kirkenes has served Russian trawlers for three decades, and the two companies accounted for about a third of the port's foreign calls last year.
"""},
}
