"""English texts of heldout262, written for this project in one sitting. Invented or generic facts."""

EN = {
"h262en01": {"outlet": "Moliden Wire (Ornskoldsvik)", "published": "2026-05-21", "text": """Will Ornskoldsvik double CV90 output before Sweden votes?

ORNSKOLDSVIK, May 21 (Moliden Wire) - Sweden's defence materiel agency FMV will sign a contract for 120 CV90 infantry fighting vehicles with BAE Systems Hagglunds on June 4, Defence Minister Pal Jonson said on Wednesday. The signing has slipped twice since March.

The order is part of a joint purchase with Finland, Norway, Lithuania and Denmark, whose defence ministers are due to meet in Stockholm next week to agree on delivery slots, a defence ministry spokeswoman said. The five countries signed a letter of intent in Vilnius last September.

Deliveries to the Swedish Army are expected to begin in the first half of 2028, she said. The army will also form its first new CV90 battalion in Boden from January 2027, the Swedish Armed Forces said.

Ornskoldsvik's municipal council will vote on Monday on selling 40 hectares of land next to the plant for a second assembly hall, its chair, Anna-Lena Berglund, said.

Ukraine's Defence Minister Denys Shmyhal is expected in Ornskoldsvik in mid-June to discuss building CV90s in Ukraine, two people familiar with the plans said. Licensed production would start only after a ceasefire in Ukraine, which Swedish officials do not expect before 2027, one of them said.

Read more: Riksbank holds policy rate, flags weaker krona

The government will present an extra budget bill to finance the order before the Riksdag breaks for the summer, the finance ministry said.

The contract lands less than four months before the September 13 general election. Opposition leader Magdalena Andersson said a Social Democratic government "will not cancel a single vehicle".

Analysts say the plant may struggle to meet the 2028 delivery target because of armour steel shortages, and Norway could move part of its share to a second line at home. "Everyone wants the same vehicles at the same time," said Karin Ekdahl, a defence industry analyst at a Stockholm think tank.
"""},

"h262en02": {"outlet": "Wairau Wire (Blenheim)", "published": "2026-08-24", "text": """Picton's new ferry terminal: will the money come before the election?

BLENHEIM, Aug 24 (Wairau Wire) - New Zealand's cabinet will decide next Monday whether to fund a NZ$420 million rebuild of the Picton ferry terminal, Finance Minister Nicola Willis said on Sunday, after the project's estimated cost rose by a third since February.

The terminal must be ready for two new rail-enabled ferries, which state-owned KiwiRail expects to enter service in 2029. The previous Labour government's iReX project, which included a larger terminal, was cancelled in December 2023.

Rail Minister Winston Peters will travel to South Korea next month to sign the shipbuilding contract with Hyundai Mipo Dockyard, his office said.

Marlborough District Council will hold an extraordinary meeting on Thursday on whether to contribute NZ$30 million, Mayor Nadine Taylor said, adding that the council "will not raise rates to pay for a national project".

KiwiRail's chairman is likely to step down before the end of September, two people familiar with the matter said, after ministers criticised the board's handling of the terminal costs.

Transport Minister Chris Bishop is due to meet the owners of private operator Bluebridge tomorrow to discuss extra Cook Strait sailings while the wharf is rebuilt.

Read more: Marlborough wine exports slip as U.S. tariffs bite

The cabinet decision comes ahead of the November 7 general election. Labour leader Chris Hipkins said a Labour government would build the terminal "whatever cabinet decides on Monday".

A Port Marlborough spokesman said the company could seek a judicial review if cabinet picks a cheaper design that moves the terminal away from the town centre.

Analysts say costs could rise further if construction starts after the election, and a change of government would make a first sailing unlikely before 2030. "Every month of delay adds millions, and the old ships are not getting younger," said Rawiri Tane, a transport economist at a Wellington consultancy.
"""},

"h262en03": {"outlet": "Ancholme Wire (Scunthorpe)", "published": "2025-11-12", "text": """Can Scunthorpe's blast furnaces survive? London weighs full ownership of British Steel

SCUNTHORPE, Nov 12 (Ancholme Wire) - The British government will decide before Christmas whether to take British Steel into full public ownership, Business and Trade Secretary Peter Kyle said on Tuesday during a visit to the Scunthorpe works.

Ministers took control of the plant in April under emergency legislation after its Chinese owner, Jingye, moved to shut its two blast furnaces.

Talks with Jingye on compensation will resume in London next week, a government official said, adding that the company has asked for more than 1 billion pounds. China's embassy said on Monday that Beijing "will not accept" a settlement that ignores Jingye's investment.

Kyle said a decision on funding two electric arc furnaces would follow in the spring. Scunthorpe MP Nic Dakin said he expected the Treasury to sign off on the purchase "within weeks".

North Lincolnshire Council will debate a motion backing nationalisation on Thursday, its leader, Rob Waltham, said. The Community union said it could ballot members for industrial action within 14 days if the government chooses a sale.

Read more: Immingham port handles record biomass volumes

Britain will ban imports of steel products made from Russian slab in third countries from January 1, the Foreign Office said. A deal with the European Union on steel import quotas is expected at the next UK-EU summit, due in Brussels in the first half of 2026, diplomats said.

Prime Minister Keir Starmer is expected to visit the plant in early December.

About 2,700 people work at the Scunthorpe site.

Analysts say full ownership could cost taxpayers up to 2.5 billion pounds over five years, and Reform UK could make the plant a central issue in the May 2026 local elections. "Whoever owns Scunthorpe owns the argument across the Humber," said Helen Marsh, a political economist at the University of Hull.
"""},

"h262en04": {"outlet": "Lough Ree Wire (Athlone)", "published": "2026-02-13", "text": """Athlone braces as Ireland races to meet EU asylum pact deadline

ATHLONE, Feb 13 (Lough Ree Wire) - The Dail will hold its final vote on the International Protection Bill on Wednesday, February 25, Justice Minister Jim O'Callaghan said on Thursday, leaving the Seanad less than four months before the EU Pact on Migration and Asylum applies from June 12.

Ireland opted in to the pact in June 2024. The bill allows border procedures for some claims.

The Department of Justice plans to open a 300-bed reception centre at the former Columb Barracks in Mullingar by the end of May, a department spokesman said. Westmeath County Council will hold a special meeting on the plan on Monday, its cathaoirleach, Declan Brennan, said. Residents' groups have called a protest in Mullingar for Saturday, February 21.

Sinn Fein's justice spokesman, Matt Carthy, said the party would vote against the bill. The Seanad is expected to pass it before the Easter recess, government sources said, and the coalition could accept an amendment on detaining children.

Read more: Athlone's new Shannon footbridge opens to cyclists

EU leaders are expected to discuss a new returns regulation at the European Council in Brussels on March 19-20, an EU diplomat said. Migration Commissioner Magnus Brunner will visit Dublin in early March to review Ireland's preparations, the European Commission said.

Athlone has hosted an accommodation centre for asylum seekers at Lissywollen since 2001, and about 300 applicants live in the town.

Aine Kilduff, an Athlone councillor, said the department had told councillors that a second centre in Athlone "is not on the table".

Analysts say the government may miss the June deadline for the new screening centres, and Ireland could face infringement proceedings from the Commission before the end of the year. "The law is the easy part; the buildings are the hard part," said Conor Farrelly, a migration researcher at Maynooth University.
"""},

"h262en05": {"outlet": "Dzukija Wire (Alytus)", "published": "2025-12-08", "text": """Lithuania moves to let soldiers shoot down Belarusian balloons

ALYTUS, Dec 8 (Dzukija Wire) - Lithuania's parliament will vote on Thursday on a bill allowing the armed forces to shoot down smuggling balloons from Belarus, Defence Minister Tomas Zilinskas said on Sunday, after a weekend of incursions over the Alytus and Varena districts.

Vilnius airport was closed four times last week because of the balloons, which carry contraband cigarettes. Ruling coalition lawmakers said the bill was expected to pass comfortably.

The army will deploy mobile air-defence teams along the Belarusian border from next week, the armed forces' Joint Headquarters said in a statement.

Foreign Minister Kestutis Budrys said Lithuania would ask EU foreign ministers on December 15 to add Belarusian officials and smuggling networks to the sanctions list. A decision could come at the European Council on December 18-19, diplomats said. Budrys added that Lithuania and Poland would sign an agreement on joint air surveillance of the border in Warsaw on January 14.

Prime Minister Inga Ruginiene said her government had not ruled out closing the Medininkai and Salcininkai crossings again. Minsk has denied any involvement and accused Vilnius of staging a provocation.

Read more: Alytus opens new industrial park for defence suppliers

NATO's North Atlantic Council will discuss the incursions on Wednesday at Lithuania's request, an alliance official said. NATO Secretary General Mark Rutte is expected to visit troops in southern Lithuania in January, the defence ministry said.

Residents of villages near the border say the balloons have been landing in fields and forests almost every night since October.

Analysts say smugglers may switch to drones within weeks if the army starts shooting. "Balloons are cheap and easy to replace, but they are only one tool in a larger campaign of pressure," said Rasa Vaitkute, a security researcher at Vytautas Magnus University in Kaunas.
"""},
}
