"""English texts of heldout250, written for this project in one sitting. Invented or generic facts."""

EN = {
"h250en01": {"outlet": "Amber Valley Wire (Derby)", "published": "2026-05-14", "text": """Will Burnaston build electric cars? Toyota waits on UK-EU battery rules

BURNASTON, England, May 14 (Amber Valley Wire) - Britain will ask the European Union to delay tougher rules of origin for electric vehicles when the UK-EU Trade Partnership Committee meets in Brussels on May 28, Business and Trade Secretary Peter Kyle said on Wednesday.

Under the Brexit trade deal, electric cars traded between Britain and the bloc must contain far more local battery content from January 1, 2027, or face a 10% tariff. The EU already postponed the tightening once, in December 2023.

"We will not accept a cliff edge for Derbyshire's workers," Kyle told reporters at the plant. He said he expected an answer "before the summer recess".

EU officials are unlikely to offer more than a one-year delay, two diplomats in Brussels said, adding that the question could be settled at the next UK-EU summit, expected in London in early July.

Toyota Manufacturing UK's managing director, Richard Kemble, said the company's board in Japan would decide by the end of September whether to build a battery model at the plant. The plant employs about 2,500 people.

Japan's Minister of Economy, Trade and Industry, Ryosei Akazawa, is expected to raise the issue with Kyle when he visits London next week, a Japanese embassy official said.

Read more: Rolls-Royce's Derby site wins new Royal Navy reactor order

Derbyshire County Council, run by Reform UK since last May, will debate a motion on Wednesday calling for a local jobs guarantee, its leader, Alan Graves, said. A Labour councillor, who asked not to be named, said the motion "may not even reach a vote".

Analysts say a failure to secure the delay could force the government to offer Toyota extra support in the autumn budget.
"""},
"h250en02": {"outlet": "Helge Wire (Vaxjo)", "published": "2026-03-04", "text": """Can Sweden's forest owners slow Brussels' restoration rules before the election?

VAXJO, Sweden, March 4 (Helge Wire) - Sweden will ask EU environment ministers to push back the deadline for national nature restoration plans by two years when they meet in Brussels on March 17, Rural Affairs Minister Peter Kullgren said on Tuesday.

Member states must submit draft plans to the European Commission by September 1 under the Nature Restoration Regulation, which entered into force in August 2024.

"We will not let Brussels decide how a family in Kronoberg manages its forest," Kullgren told a meeting of forest owners in Vaxjo, adding that at least four other governments, including Finland and Austria, were likely to back the request.

Environment Commissioner Jessika Roswall, herself a Swede, has said the law will not be reopened, but a Commission spokesperson said on Tuesday it "could offer technical flexibility" on the timetable.

Sodra, the forest owners' association based in Vaxjo, will present its own restoration proposal to the government on March 12, its chairman, Lennart Ahlgren, said. Its 52,000 members own about half of the private forest in southern Sweden.

The Riksdag's environment and agriculture committee is expected to hold a hearing on the plan next week, two committee members said, and the Kronoberg County Administrative Board said it would start mapping possible restoration areas from April 1.

Read more: Kronoberg region freezes hospital hiring as deficit widens

The issue has become part of the campaign for the September 13 general election. The opposition Social Democrats say they would submit a plan on time if they win power, while the Centre Party has not decided whether to back Kullgren's request, party officials said.

Analysts say the Commission is unlikely to open infringement proceedings against Sweden before 2028 even if the deadline is missed.
"""},

"h250en03": {"outlet": "Svartan Wire (Vasteras)", "published": "2025-12-09", "text": """Will Lyten restart Vasteras before the money runs out? Guarantee decision due

VASTERAS, Sweden, Dec 9 (Svartan Wire) - Sweden's government will decide on Thursday whether to back a 2 billion crown loan guarantee for U.S. battery maker Lyten's restart of the former Northvolt plant in Vasteras, Energy, Business and Industry Minister Ebba Busch said on Monday.

Lyten bought Northvolt's Swedish assets in August, five months after the company filed for bankruptcy.

"There will be no blank cheque," Busch told reporters, adding that any guarantee would require Lyten to restart production within six months.

Lyten's chief executive, Dan Cook, said the first cells could come off the line as early as April. He expects about 1,000 jobs to be restored by the end of 2026.

The Swedish National Debt Office, which would administer the guarantee, is expected to publish its risk assessment on Wednesday, two people familiar with the process said. Approval by the European Commission under state aid rules is unlikely before February, an EU official said.

The Home Guard will help protect the site from January 1, the Swedish Armed Forces said in a statement, after unidentified drones were seen over the plant in November.

Read more: Vasteras council approves 2026 budget with tax rise

Vasteras municipal council will vote on December 17 on selling 40 hectares next to the plant to Lyten, council chair Karin Sjolund said. The Left Party's group leader, Mats Hellberg, said his party would vote against the sale.

The Social Democrats, who lead the polls ahead of the September 13 election, have not said whether they would keep the guarantee if they return to power.

Analysts say Lyten may need a second guarantee before the end of 2026 if carmakers keep delaying their electric models.
"""},

"h250en04": {"outlet": "Gowy Wire (Chester)", "published": "2027-01-22", "text": """Will Capenhurst fuel America's reactors? UK and US near uranium deal

CAPENHURST, England, Jan 22 (Gowy Wire) - U.S. Energy Secretary Chris Wright will visit Urenco's enrichment plant at Capenhurst in Cheshire on Tuesday, the U.S. Embassy in London said, as the two governments try to finalise a supply agreement for high-assay low-enriched uranium (HALEU).

Wright is expected to sign the agreement with Energy Secretary Ed Miliband in London the following day, a British official said, adding that the text "is not final yet".

Urenco's HALEU facility at Capenhurst, backed by 196 million pounds of government money in 2024, is due to deliver its first output in 2031.

Miliband said on Thursday that Britain "will not buy a single kilogram" of Russian enriched uranium and would ask parliament to ban imports before the summer.

In the United States, waivers allowing some Russian uranium imports expire on January 1, 2028. A ceasefire in Ukraine could be agreed before the summer, some European diplomats say, which could tempt Washington to extend the waivers. A State Department official said on Wednesday that no extension was under discussion.

Russian and Ukrainian negotiators are due to meet again in Istanbul next month, Turkish officials have said.

Cheshire West and Chester Council's planning committee will rule on Urenco's new storage building on February 9, the council said.

Separately, the chair of the government's nuclear fuel taskforce, Dame Helen Corbett, will step down at the end of March after a row over funding, a government spokesperson said.

Urenco UK's managing director, Neil Partridge, said the deal could add 300 jobs at the site by 2030. Local MPs will meet Wright during Tuesday's visit, one of them said.

Analysts say Urenco is likely to seek a second round of state support before 2029.
"""},

"h250en05": {"outlet": "Alt Wire (Liverpool)", "published": "2026-10-26", "text": """Will the Mersey get its tidal barrage? Combined authority votes on next step

BIRKENHEAD, England, Oct 26 (Alt Wire) - The Liverpool City Region Combined Authority will vote on Friday on spending 35 million pounds to prepare a planning application for a tidal barrage across the Mersey, Metro Mayor Steve Rotheram said on Sunday.

The authority signed a development partnership with South Korea's state water company, K-water, in 2023. The estuary has one of the highest tidal ranges in Britain, and a barrage was first studied there in the 1980s.

Rotheram said the application would go to the Planning Inspectorate by the end of 2027 and that the scheme would "not cost local taxpayers a penny" beyond the preparatory work. He will meet Energy Minister Michael Shanks in London tomorrow, his office said.

A K-water delegation led by its chief executive is expected in Liverpool in mid-November, according to two people familiar with the talks.

The Treasury has not decided whether to back the scheme through the National Wealth Fund, and a decision is unlikely before the spending review in June, a government source said.

The Environment Agency will publish its scoping opinion within 28 days, an agency spokesperson said. A 12-week public consultation will start on January 11, the combined authority said.

The RSPB said it could seek a judicial review if the barrage threatens protected bird habitats on the estuary.

In Wirral, the council's deputy leader, Paul Lowry, said he would resign if the council backs the scheme at its November 16 meeting.

The barrage is likely to become a central issue in Liverpool City Council's all-out elections in May 2027.

Analysts say construction is unlikely to start before 2030.
"""},
}
