"""English texts of heldout275, written for this project in one sitting. Invented or generic facts."""

EN = {
"h275en01": {"outlet": "Nechako Wire (Prince George)", "published": "2026-03-17", "text": """Will Ottawa fast-track B.C.'s northern power line before the mills close?

PRINCE GEORGE, March 17 (Nechako Wire) - Ottawa will decide on Thursday whether to add the North Coast Transmission Line to its list of projects of national interest, federal Energy Minister Tim Hodgson said on Monday.

The line is meant to carry power from Terrace to mines and LNG plants in the northwest. Hodgson said federal permits "could be issued as early as next spring".

B.C. Premier David Eby is expected to sign a co-operation agreement on the line with Prime Minister Mark Carney in Ottawa next week, two provincial officials said.

Eby's government will not hand the line to a private operator, B.C. Energy Minister Adrian Dix said on Monday, but First Nations along the route would be offered up to 49 percent of the equity.

Dolores Sam, who chairs the Northern Corridor First Nations Alliance, said the group had not decided whether to accept the offer and would hold a leadership assembly in Smithers in mid-April.

Read more: Canfor to idle Prince George pulp line as lumber duties bite

The decision comes as the region's forest sector reels from U.S. duties on softwood lumber, which rose above 35 percent last year.

The federal cabinet is likely to approve a C$300 million aid package for forestry towns before the end of April, a government source said.

Conservative opposition leader John Rustad said his party would table a motion against the equity plan when the legislature resumes on April 13.

U.S. Ambassador Pete Hoekstra is due to visit Prince George next month to meet mill owners, the U.S. consulate in Vancouver said.

Graham Ouellet, an energy economist at the University of Northern British Columbia, said Thursday's designation was "likely but not certain". Analysts say the line could still slip beyond 2030 if the review stalls in court.
"""},

"h275en02": {"outlet": "Mawhera Wire (Greymouth)", "published": "2026-07-23", "text": """Will the West Coast get its regional deal before New Zealand votes?

GREYMOUTH, July 23 (Mawhera Wire) - New Zealand's government will sign a 30-year regional deal with the West Coast's four councils in Greymouth on August 6, Regional Development Minister Shane Jones said on Wednesday, after the signing slipped twice since March.

The deal is expected to include NZ$120 million for an upgrade of the Greymouth floodwall and a new dredging contract for Westport's port, two officials familiar with the talks said.

Prime Minister Christopher Luxon is likely to attend the signing, his office said.

The Grey District Council declared a local state of emergency after the Grey River burst its banks on July 11, flooding about 200 homes in Cobden and Blaketown.

Grey District Mayor Rebecca Cuthill said her council would not sign unless the deal guaranteed money for repairs to the coal roads south of Greymouth. Finance Minister Nicola Willis has said the government "will not borrow" to fund regional deals.

Read more: Westport mine contractors brace for lower coal prices

Labour leader Chris Hipkins said a Labour government would review every regional deal signed during the campaign if it wins the November 7 election.

The Electoral Commission is due to open advance voting on October 26, it said on Tuesday.

Greens co-leader Chloe Swarbrick may visit Greymouth next week to meet mine workers and flood-hit families, party officials said.

The government could also decide within 30 days whether to grant the Te Kuha coal mine an access arrangement over conservation land, a ministry official said.

Analysts say the floodwall money is unlikely to flow before July 2027, because the design work has not started.

"For the Coast, this deal will be the ballot question, whatever Wellington says," said Aroha Tainui, a public policy lecturer at the University of Canterbury.
"""},

"h275en03": {"outlet": "Jura Wire (Taurage)", "published": "2025-12-04", "text": """Will the army take Taurage's fields? Seimas to vote on training area law

TAURAGE, Dec 4 (Jura Wire) - Lithuania's parliament will vote next Tuesday on a special law allowing the state to buy about 9,000 hectares of land for a new army training area in Taurage district, Defence Minister Robertas Kaunas said on Wednesday.

The law is expected to pass with votes from the ruling coalition and the opposition Homeland Union, Kaunas said. About 140 households would have to move, and the ministry will pay compensation at one and a half times market value, he said.

Taurage District Mayor Arunas Vaitkus said the council would challenge the law in the Constitutional Court if it passes without changes.

German Defence Minister Boris Pistorius is expected to visit the site in late January, two officials said.

Farmers plan to drive tractors to Vilnius on Monday to protest outside the Seimas, said Jurgita Bartkute, who chairs the Taurage branch of the Lithuanian Farmers' Union.

Read more: Lithuania keeps Belarus border crossings shut into January

Prime Minister Inga Ruginiene's office said the government "will not postpone" the project.

President Gitanas Nauseda has not said whether he will sign the law and could return it to parliament, his chief adviser said.

Separately, Vilnius will propose adding Kaliningrad-bound freight operators to the EU's next sanctions package when foreign ministers meet in Brussels on December 15, the foreign ministry said.

The army will begin limited exercises on state-owned forest plots in the area from March 2, the Lithuanian Armed Forces said. Analysts say live-fire drills with heavy armour are unlikely before 2028.

Lithuania's next municipal elections are due in March 2027, and the Taurage dispute has already split the local council.

"The army needs the land, but Vilnius has handled the farmers badly," said Mantas Zemaitis, a defence analyst at Vytautas Magnus University in Kaunas.
"""},

"h275en04": {"outlet": "Numedal Wire (Kongsberg)", "published": "2027-02-24", "text": """Norway and Germany to sign Tyrfing missile contract in Kongsberg

KONGSBERG, Feb 24 (Numedal Wire) - Norway and Germany will sign a contract for the next development phase of the 3SM Tyrfing supersonic missile at Kongsberg Gruppen's plant here on March 4, Defence Minister Tore O. Sandvik said on Tuesday.

German Defence Minister Boris Pistorius is expected to attend, the German embassy in Oslo said.

The two countries agreed to develop the missile together in 2023.

Kongsberg chief executive Geir Haoy said the company would hire 400 more workers in Kongsberg this year and start producing the Naval Strike Missile on a second line in January 2028.

The Home Guard will guard the site during the signing, police said, after a drone was seen over the plant this month.

Read more: Storting backs longer service for Home Guard officers

The Storting's defence committee will hold a hearing on the NOK 4.2 billion funding on March 11, its chair, Ingrid Solheim, said. The opposition Red Party will not support the funding, a party spokesperson said.

Norway will adopt the EU's latest sanctions package against Russia, which targets suppliers of missile components, once Brussels publishes it, the foreign ministry said.

Prime Minister Jonas Gahr Store could present the project at the NATO summit in July, officials said.

Poland may order more Naval Strike Missiles for its coastal batteries before the end of the year, two people familiar with the talks said.

Sandvik said Norway would send missile crews to a European reassurance force in Ukraine only after a ceasefire is signed. A ceasefire could be agreed before the end of April, European diplomats say.

Analysts say a first Tyrfing test firing is unlikely before 2029.

"Kongsberg has become a strategic town for the whole alliance," said Halvard Moen, a defence economist at an Oslo think tank.
"""},

"h275en05": {"outlet": "Murrumbidgee Wire (Wagga Wagga)", "published": "2026-05-14", "text": """Will Canberra's water buybacks drain the Murrumbidgee towns?

WAGGA WAGGA, May 14 (Murrumbidgee Wire) - The federal government will open a tender to buy back 40 gigalitres of water entitlements from Murrumbidgee irrigators on June 1, Environment and Water Minister Murray Watt said on Wednesday.

Watt said the government "will not use compulsory acquisition". The tender will close on July 10, and Canberra expects to announce successful bids in August, his department said.

Parliament extended the deadline for recovering water under the Murray-Darling Basin Plan to December 2027 in 2023.

NSW Water Minister Rose Jackson said New South Wales would not sign the updated bilateral water agreement unless the tender capped purchases at 5 percent of any district's entitlements. Watt and Jackson are due to meet in Sydney on Monday, Watt's office said.

Nationals MP Michael McCormack, whose Riverina seat includes Wagga Wagga, said he would introduce a private member's bill to ban buybacks in the Murrumbidgee when parliament sits in late May.

Peter Carroll, who chairs the Murrumbidgee Valley Irrigators Council, said his council would ask the Federal Court to halt the tender before it opens.

Read more: Riverina rice growers expect smaller crop as allocations fall

Murrumbidgee Irrigation chairman Graham Pollack will step down at the company's annual meeting in October, the company said.

The Murray-Darling Basin Authority could delay its Basin Plan review report until after the March 27, 2027 state election, a person familiar with the timetable said.

Wagga Wagga City Council will hold an extraordinary meeting on Tuesday to vote on a motion opposing the tender, Mayor Helen Dwyer said.

Analysts say Canberra is likely to fall short of the Basin Plan's 450-gigalitre target by the end of 2027.

"Every litre bought here is a litre that no longer grows rice or pays a wage in town," said Priya Naidu, an agricultural economist at Charles Sturt University.
"""},
}
