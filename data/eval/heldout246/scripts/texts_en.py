"""English texts of heldout246, written for this project in one sitting. Invented or generic facts."""

EN = {
"h246en01": {"outlet": "Cuckmere Wire (Lewes)", "published": "2026-01-20", "text": """Will Sussex elect its first mayor in May? Councils wait on Whitehall

LEWES, Jan 20 (Cuckmere Wire) - The government will announce on Thursday whether the first election for a Mayor of Sussex and Brighton goes ahead on May 7 or is pushed back by a year, Housing and Communities Secretary Steve Reed told parliament on Monday.

Sussex joined the government's Devolution Priority Programme in February 2025, and the mayoral contest was originally pencilled in for last spring before slipping twice.

Two officials said a delay was likely because the county's 13 councils are being merged into new unitary authorities, whose shadow elections are due in May 2027.

West Sussex County Council's leader, Nigel Ashdown, said his council would seek a judicial review if the vote were cancelled without consultation. "People were promised a mayor, and they should get one," he said.

Reed said the government would not hand mayoral powers to an unelected interim leader.

Brighton and Hove City Council leader Ruth Calloway is expected to step down next month to run for the mayoralty, Labour sources said.

Read more: Gatwick northern runway faces fresh legal challenge

The devolution deal, worth about 38 million pounds a year over 30 years, is due to be signed in Brighton in late March, the ministry said. Deputy Prime Minister David Lammy will visit Hastings next week to promote it, his office said.

Leaders of the 13 councils will meet in Chichester on Friday to agree a joint response to the decision.

Analysts say turnout could fall below 25 percent if the May 7 vote goes ahead with no other contests on the ballot. "A stand-alone mayoral race in a county this size is a hard sell," said Sarah Pennington, a local government researcher at the University of Sussex.

The Liberal Democrats, who run Eastbourne and Lewes district councils, have not said whether they will field a candidate.
"""},

"h246en02": {"outlet": "Limfjord Wire (Aalborg)", "published": "2026-05-26", "text": """Denmark to reopen Hvorup barracks as conscript intake grows

AALBORG, May 26 (Limfjord Wire) - Denmark's parliament will vote on Thursday on a bill raising the annual conscript intake to 7,500 and reopening the former Hvorup barracks north of Aalborg, Defence Minister Troels Lund Poulsen said on Monday.

The bill is expected to pass with the support of at least 140 of the 179 lawmakers, he said.

The first intake of 11-month conscripts that included women on equal terms reported in February.

The first 400 conscripts will arrive at Hvorup in early August, the Danish Defence said in a statement. The ministry will publish a tender for renovating the barracks' accommodation blocks within 30 days, it said.

Aalborg's mayor, Henrik Sloth Madsen, said the city council would vote on June 9 on a land swap with the defence ministry that would free space for 600 new homes.

The left-wing Red-Green Alliance will vote against the bill, its defence spokesperson, Signe Bruun-Holm, said, calling the expansion "a blank cheque".

Read more: North Jutland ferry link to Norway gets new operator

Lund Poulsen is expected to present the plan at the NATO summit in Ankara on July 7-8, where allies are due to review how each member meets its new capability targets.

NATO Secretary General Mark Rutte may visit the Aalborg air base as early as June, two defence officials said. The base hosts a Danish fighter squadron and has been used for allied air policing rotations since 2024.

Analysts say a new government could reverse the women's draft after the general election, which must be held by October 31. "The right wants more soldiers, the left wants fewer obligations, and the women's draft is caught in between," said Kasper Nygaard, a defence analyst at Aalborg University.

Denmark raised defence spending above 3 percent of economic output last year.
"""},

"h246en03": {"outlet": "Kallavesi Wire (Kuopio)", "published": "2025-11-05", "text": """Can Rissala get its F-35 hangars ready before the jets arrive?

KUOPIO, Nov 5 (Kallavesi Wire) - Finland will sign a 190 million euro contract on Friday to build new hangars for its F-35 fighters at the Rissala air base near Kuopio, the Defence Ministry said on Tuesday.

Finland ordered 64 F-35A jets from Lockheed Martin in December 2021 to replace its ageing Hornet fleet.

The first Finnish F-35s are due to arrive at Rissala in November 2026, after pilot training in the United States.

The Karelia Air Command's commander, Colonel Jussi Kettunen, said construction would start within 14 days of the signing and the first hangar was expected to be ready by the end of August.

Defence Minister Antti Hakkanen will visit the base tomorrow. He said last week that Finland would not allow nuclear weapons to be stationed on its soil in peacetime.

Nordic defence ministers will meet in Helsinki on November 20 to discuss joint F-35 training and maintenance, the ministry said.

Read more: Finland's eastern border crossings to stay shut through winter

Kuopio's city council will decide on December 8 on rezoning land north of the runway, city planning director Anna Ruotsalainen said.

Finland has offered engineers and staff officers to a possible monitoring mission in Ukraine, but only after a ceasefire, which diplomats say could be agreed before the end of the year.

The opposition Social Democrats would not reopen the F-35 purchase if they return to government after the parliamentary election in April 2027, the party's defence spokesperson, Jaana Lehtimaki, said.

Analysts say Russia may step up airspace violations near Finland's eastern bases once the new jets are operational. "Moscow tests every new capability on its border," said Mikko Raatikainen, a security researcher at the University of Eastern Finland.

Rissala already hosts the Karelia Air Command's Hornet squadron and about 700 military and civilian staff.
"""},

"h246en04": {"outlet": "Sauga Wire (Parnu)", "published": "2026-09-09", "text": """Will Estonia's car tax survive until the election?

PARNU, Sept 9 (Sauga Wire) - Estonia's cabinet will decide on Thursday on scrapping the registration fee of the motor vehicle tax, Finance Minister Jurgen Ligi said on Tuesday, as the government's ratings slump ahead of next year's election.

The fee is expected to end on January 1, two officials said. The tax took effect in January 2025 and has cut new car sales in Parnu county by about a third, according to dealers.

Ligi said the annual part of the tax would not be abolished before 2028.

Isamaa leader Urmas Reinsalu called on Ligi to resign on Monday, saying the tax had "emptied the showrooms of every county town". Ligi could resign if the coalition partner Eesti 200 blocks the change, two coalition sources said.

Prime Minister Kristen Michal has not decided whether to back the change, his spokesperson said.

Estonia elects a new parliament on March 7, 2027. Analysts say the coalition could collapse before the March 7 election if the tax row continues.

Read more: Rail Baltica's Parnu terminal opens to tender

The government will also extend the ban on Russian-registered passenger cars entering Estonia for another year from October 1, the Interior Ministry said.

Ligi will host his Latvian and Lithuanian counterparts in Parnu on September 18 to discuss excise duties on fuel and tobacco.

European Commissioner for Economy Valdis Dombrovskis is expected to visit Tallinn next month, according to a person familiar with the plans.

The draft 2027 budget will be sent to parliament by the end of September, the Finance Ministry said.

Parnu's mayor, Kaarel Tammiste, said the city would ask the government for a share of the fee's revenue to repair local roads. "The money leaves Parnu and the potholes stay," he said.

Car dealers in the county say orders have already picked up since the debate began.
"""},

"h246en05": {"outlet": "Nied Wire (Metz)", "published": "2027-02-02", "text": """Will Lorraine's cross-border workers get more days at home?

METZ, Feb 2 (Nied Wire) - France and Luxembourg will sign an amendment to their tax treaty raising from 34 to 50 the number of days cross-border workers may work from home without being taxed in France, in Luxembourg City on Monday, February 15, the French finance ministry said.

About 125,000 residents of Lorraine commute to Luxembourg every day.

The threshold was raised to 34 days in January 2024.

The amendment would take effect on January 1, 2028 if both parliaments ratify it in time, officials said.

Luxembourg Prime Minister Luc Frieden will travel to Paris in mid-March for talks with President Emmanuel Macron on rail links, his office said.

Franck Leroy, president of the Grand Est region, said the region would ask for a share of Luxembourg's income tax on French residents at the next meeting of the intergovernmental commission, in Metz in June.

Luxembourg's finance minister, Gilles Roth, has said the Grand Duchy will not pay compensation to French border towns.

Read more: Florange steelworkers vote to end strike

Moselle lawmaker Sophie Kessler said the National Assembly's finance committee would examine the ratification bill on March 10.

A Luxembourg government source said Luxembourg could accept 55 days if France dropped its revenue-sharing demand.

The issue is also on the agenda of the Greater Region summit in Saarbrucken in May, where Saarland and Wallonia are expected to push for similar rules.

Analysts say Paris is unlikely to ratify the amendment before the presidential election in April. "No government wants to open a tax debate in the last weeks of a campaign," said Julien Marchal, a political scientist at the University of Lorraine.

Unions at the Thionville rail hub said crowded trains were a bigger worry than tax.
"""},
}
