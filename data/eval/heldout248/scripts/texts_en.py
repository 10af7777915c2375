"""English texts of heldout248, written for this project in one sitting. Invented or generic facts."""

EN = {
"h248en01": {"outlet": "Cherwell Wire (Bicester)", "published": "2027-01-19", "text": """Will East West Rail reach Bedford before the money runs out?

BICESTER, Jan 19 (Cherwell Wire) - Transport Secretary Heidi Alexander will decide by the end of March whether to grant planning consent for the East West Rail section between Bletchley and Bedford, her department said on Monday, after the decision slipped twice since last summer.

Passenger trains between Oxford and Milton Keynes are due to start in late December, East West Rail Company said. The first section, between Oxford and Bicester, opened in October 2016.

Chancellor Rachel Reeves is expected to confirm 1.2 billion pounds for the Bedford section in her spring statement on March 24, two Treasury officials said.

Oxfordshire County Council's cabinet will vote on Thursday on dropping its objection to new level-crossing closures near Bicester, council leader Liz Leffman told reporters. Leffman said the council would not accept closures without replacement footbridges.

Farmers north of the town have complained for months that the closures would force tractors onto narrow lanes through villages such as Launton and Charndon.

A campaign group, Bicester Rail Watch, could seek a judicial review as early as February if consent is granted, its chair, Martin Ashby, said.

Read more: Oxford traffic filters to stay until at least 2028, council says

The route has become an issue before the May 6 local elections in Cherwell, where Reform UK hopes to win its first seats on the district council.

The company's chairman, Geoffrey Stannard, is expected to step down after the spring statement, a person familiar with the matter said. The Commons Transport Committee will question Alexander on the project's costs on February 3, the committee said.

Prime Minister Keir Starmer may visit the Bicester depot next week to mark the start of track-laying on the new section, local Labour officials said.

Analysts say the full line to Cambridge is unlikely to open before 2030.
"""},

"h248en02": {"outlet": "Goplo Wire (Konin)", "published": "2026-06-09", "text": """Poland weighs state guarantees for a Korean-built nuclear plant at Patnow

KONIN, June 9 (Goplo Wire) - Poland's government will decide next week whether to back a second nuclear power plant at Patnow, near Konin, with state loan guarantees, Energy Minister Milosz Motyka said on Monday.

Utility ZE PAK and Korea Hydro & Nuclear Power (KHNP) signed a letter of intent on the project in October 2022. KHNP is due to submit a revised cost estimate next month, the ministry said.

South Korean Prime Minister Kim Min-seok is expected to visit Warsaw in early July, when the two governments could sign an intergovernmental agreement on the plant, two officials said.

Motyka said the state will not take a majority stake, adding that the first reactor could start operating in 2037 at the earliest.

Konin's mayor, Tomasz Nowicki, said the town council would hold an extraordinary session on Friday on a request for a local referendum on the plant. A referendum, if called, could take place in September, he said.

Read more: Poland's first nuclear plant in Pomerania wins environmental permit

Lignite mining around Konin has shed thousands of jobs over the past decade, and the coal-fired units at Patnow now run only a few weeks a year. Local officials see the reactors as the region's best chance to keep skilled workers.

The European Commission is likely to open an in-depth state-aid investigation into the financing model before the end of the year, according to a person familiar with the process.

President Karol Nawrocki may meet South Korean President Lee Jae-myung on the sidelines of the NATO summit in Ankara on July 7-8, a presidential aide said.

Analysts say the guarantees could cost the budget more than 40 billion zlotys if construction runs late, as it has at most recent European nuclear projects.
"""},

"h248en03": {"outlet": "Ekoln Wire (Uppsala)", "published": "2026-03-17", "text": """Can Sweden lower the age of criminal responsibility before it votes?

UPPSALA, March 17 (Ekoln Wire) - Sweden's parliament will vote on April 15 on lowering the age of criminal responsibility from 15 to 13 for the most serious crimes, Justice Minister Gunnar Strommer said on Monday, with the change due to take effect on July 1.

The Council on Legislation criticised the proposal in January, saying it might breach the UN Convention on the Rights of the Child.

The bill is expected to pass with votes from the three government parties and the Sweden Democrats.

The Social Democrats will vote against, their justice spokeswoman, Teresa Carvalho, said. Party leader Magdalena Andersson has not said whether a government led by her party would repeal the law after the September 13 election.

In Uppsala, where teenagers recruited by criminal networks have been linked to a string of shootings over the past three years, the debate is far from abstract. Youth workers say recruiters now target children as young as 12. Sweden's prisons are already full, and the Prison and Probation Service has warned that it lacks places for young offenders.

An informal truce between two rival networks in the city, in place since November, could collapse within weeks after a shooting in Gottsunda on Saturday, the regional police said.

Strommer will meet police chiefs from the Uppsala region on Thursday, his ministry said.

Danish Justice Minister Peter Hummelgaard is due to visit Uppsala for two days in early April, and the two ministers are expected to sign a protocol on joint investigation teams, diplomats said.

Analysts say crime is likely to dominate the campaign until the election, with the government hoping the new law will blunt the opposition's attacks on its record.
"""},

"h248en04": {"outlet": "Glomma Wire (Moss)", "published": "2025-11-12", "text": """Will civilian planes return to Rygge?

RYGGE, Nov 12 (Glomma Wire) - Norway's parliament will vote on December 4 on the government's proposal to scrap the air passenger tax, Finance Minister Jens Stoltenberg said on Tuesday.

The civilian airport at Rygge, in Ostfold, closed in October 2016, with its owners blaming the tax. At the time it handled about 1.8 million passengers a year, most of them on Ryanair flights.

Stoltenberg said the loss of about 2 billion crowns in revenue would be covered in the revised budget in May.

The airport's chief executive, Lars Eriksrud, said talks with two low-cost airlines would resume next week, adding that the first flights could come as early as next autumn.

The minority Labour government needs support from at least two other parties, and the outcome is unclear, parliamentary sources said. Centre Party leader Trygve Slagsvold Vedum said his party would vote against, calling the change a gift to the Oslo region.

Rygge remains a military air station, home to helicopter and transport units. The Norwegian Armed Forces said in a statement that civilian traffic would not restrict the allied fighter rotations planned at the base from March.

Read more: Ostfold hospital trust warns of deficit as patient numbers rise

Ostfold county council will discuss a 50-million-crown loan guarantee for the airport on November 26, county mayor Hilde Brekke said. Transport Minister Jon-Ivar Nygard will visit Rygge tomorrow to meet local business leaders.

Residents of Moss and Fredrikstad now drive more than an hour to Gardermoen or cross into Sweden for cheaper flights, a trip local businesses say costs the region tourists and jobs.

Analysts say airlines are unlikely to return before 2027 even if the tax goes.
"""},

"h248en05": {"outlet": "Kopu Wire (Kardla)", "published": "2027-05-05", "text": """Estonia revives Hiiumaa offshore wind plans as shadow fleet worries grow

KARDLA, May 5 (Kopu Wire) - Estonia's government will decide on Thursday whether to hold a new auction for an offshore wind farm west of Hiiumaa, Economy Minister Rasmus Kuusk said on Tuesday, two years after a first tender was shelved over its cost.

The first auction drew a single bid, and the previous government withdrew it after warnings that the subsidy would add to consumers' bills.

Kuusk said the ministry would publish draft auction terms within 30 days. The auction, if approved, would open in mid-September, officials said.

The defence ministry said it would not lift its objection to turbines near the island's radar unless the developer pays for a replacement, estimated at 40 million euros.

Security at sea has become the other worry. The navy escorted a sanctioned tanker away from Estonian waters off Hiiumaa in January, and it will station a second patrol vessel in Kardla harbour from June, the navy said.

EU foreign ministers are expected to add about 40 more shadow-fleet tankers to the sanctions list when they meet in Brussels on May 24, diplomats said.

Hiiumaa's municipal council will hold a public hearing on the wind farm on May 20, its chairman, Tiit Kaseorg, said. The chief executive of Denmark's Orsted is due in Tallinn next week, the ministry said.

Kuusk said grid operators Elering and Fingrid could sign an agreement on a third Estonia-Finland interconnector before the end of the year.

The island of about 9,000 people already exports power from its onshore turbines, but islanders complain that local bills have not fallen.

Analysts say the first turbines are unlikely to turn before 2033, whatever the cabinet decides.
"""},
}
