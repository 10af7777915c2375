"""English texts of heldout273, written for this project in one sitting. Invented or generic facts."""

EN = {
"h273en01": {"outlet": "Hunnselva Wire (Gjovik)", "published": "2026-02-23", "text": """Norway's parliament to vote on Nammo cash as Raufoss plans to triple shell output

GJOVIK, Feb 23 (Hunnselva Wire) - Norway's parliament will vote on March 12 on a 2.4 billion crown capital injection for ammunition maker Nammo, Trade and Industry Minister Cecilie Myrseth said on Monday, as the company prepares to triple 155mm shell production at its Raufoss plant near Gjovik.

The Labour minority government expects the injection to pass with support from the Conservatives and the Progress Party, Myrseth said. The Socialist Left Party has said it will not back funding that could free up shell exports outside NATO.

Nammo is owned equally by the Norwegian state and Finland's Patria. Helsinki is expected to approve a matching contribution next month, a Finnish official said.

The plant delivered its first shells from a new production line in October 2025, four months behind schedule.

Ukraine's Deputy Defence Minister Taras Hrytsenko is due to visit Raufoss on Thursday, Ukraine's embassy in Oslo said in a statement. He is expected to sign a framework agreement for 200,000 shells a year during the visit, two people familiar with the talks said.

Read more: Norway's wealth fund posts record annual return

Defence Minister Tore O. Sandvik said Norway would present the expansion as part of its contribution at the NATO summit in Ankara on July 7-8.

Nammo's chief executive, Morten Brandtzaeg, could step down later this year once the new line is running, a person close to the board said.

Russia's foreign ministry said last week that Moscow could add Nammo executives to its sanctions list. Vestre Toten's mayor, Kjersti Holmlund, said the municipal council would vote on rezoning 40 hectares for the expansion on March 19.

Analysts say a ceasefire in Ukraine could be agreed this year but would not end demand, as European stockpiles will take years to rebuild.
"""},

"h273en02": {"outlet": "Labunka Wire (Zamosc)", "published": "2025-09-17", "text": """Can Zamosc become Ukraine's rail gateway to the EU?

ZAMOSC, Sept 17 (Labunka Wire) - Poland and Ukraine will sign an agreement on Monday to build a freight terminal near Zamosc on the broad-gauge LHS line, Infrastructure Minister Dariusz Klimczak said on Wednesday, as Warsaw tries to move more Ukrainian cargo off the roads.

The two governments agreed on the project in principle in May.

Ukraine's Deputy Prime Minister Oleksii Kuleba is expected to attend the signing, his ministry said. Klimczak and Kuleba will also chair the first meeting of a joint rail working group in Lublin on Tuesday.

The LHS, built in the 1970s to carry Soviet iron ore to Silesian steelworks, has carried almost no freight from Russia or Belarus since 2022.

State operator PKP LHS will publish draft tender documents within 30 days and expects to launch the tender for the terminal's first phase by the end of November, its chief executive, Marek Sowinski, said.

The European Commission could decide on co-financing from the Connecting Europe Facility as early as January, two EU officials said. Separately, the EU's next sanctions package, expected in late November, is likely to bar Belarusian rail operators from EU networks, diplomats said.

Read more: Polish farmers block Dorohusk crossing for a second day

The defence ministry said the army would test moving tanks on the broad-gauge line during an exercise in mid-October.

Farmers from Lublin province will protest outside the voivode's office on Friday, fearing the terminal will bring more Ukrainian grain, the Rural Solidarity union said. President Karol Nawrocki, who has criticised grain imports from Ukraine, has not said whether he will attend Monday's signing.

Analysts say the terminal is unlikely to handle more than 2 million tonnes a year before 2028. "The line works, but the customs posts do not," said Agnieszka Wrobel, a transport economist at a Lublin university.
"""},

"h273en03": {"outlet": "Tranquille Wire (Kamloops)", "published": "2027-03-31", "text": """Ottawa weighs fast-tracking Kamloops copper mine as First Nation holds out

KAMLOOPS, March 31 (Tranquille Wire) - The federal government will decide by April 30 whether to designate the Sugarloaf copper-gold project south of Kamloops a project of national interest, Energy and Natural Resources Minister Tim Hodgson said on Wednesday.

A designation would let the Major Projects Office issue all federal permits within two years. The mine's owner, Vancouver-based Sugarloaf Metals, applied for it in January. The region around Kamloops has hosted copper mines since the 1960s.

Tk'emlups te Secwepemc will not give its consent before an independent environmental assessment is finished, its chief, Darlene Jules, said. The assessment is expected in June, she said.

Sugarloaf Metals expects to sign an impact benefit agreement with the nation before the end of the year, chief executive Graham Pelley said.

British Columbia's Mining Minister Jagrup Brar said the province and Ottawa would run a joint technical review from April 5 to April 16. Premier David Eby will meet First Nations leaders on the project in Vancouver on Friday, his office said.

The mine has become an issue in the Kamloops Centre by-election on May 8, called after Conservative legislator Daniel Kerr resigned in February.

Prime Minister Mark Carney is expected to visit Kamloops in mid-April, a government source said. The Union of British Columbia Indian Chiefs said it could challenge any designation in the Federal Court.

Washington could extend its 50% tariff on refined copper to copper concentrate within months, two Canadian trade officials said, which would hit the project's planned exports to U.S. smelters.

Analysts say first production is unlikely before 2031. "Designation speeds up the paperwork, not the consent," said Helen Okafor, a resource policy researcher at Thompson Rivers University.
"""},

"h273en04": {"outlet": "Keira Wire (Wollongong)", "published": "2026-07-10", "text": """Will the Illawarra get its wind farms before the state election?

WOLLONGONG, July 10 (Keira Wire) - Federal Energy Minister Chris Bowen will announce the first feasibility licences for the Illawarra offshore wind zone next week, his office said on Friday, after the decision slipped twice since March.

Bowen declared the 1,022 square kilometre zone off Wollongong in June 2024.

Two consortia are expected to receive licences, a person familiar with the process said. Bowen is also likely to discuss the zone with New South Wales Premier Chris Minns in Sydney on Monday, a state government source said.

The Department of Defence has asked that turbines stay clear of a naval training area, and the navy will survey the area in August, the department said.

Read more: BlueScope confirms Port Kembla blast furnace reline

NSW Ports aims to sign a memorandum with the licence holders by the end of September on using Port Kembla as an assembly hub, a spokeswoman for the port operator said.

Opposition Leader Mark Speakman has said a Coalition government would review state approvals for the port hub if it wins the NSW election on March 27 next year.

Danish Energy Minister Lars Aagaard is due in Wollongong on Wednesday to meet local officials and unions, the Danish embassy said.

The South Coast Fishermen's Co-operative said it could take the licences to the Federal Court, arguing the zone overlaps its best grounds.

Bowen, who will preside over negotiations at the COP31 climate summit in Antalya in November, has said the zone "will not be shelved".

Analysts say the first turbines are unlikely to spin before 2032. "The licences are the easy part; transmission and the port are the hard part," said Priya Ramanathan, an energy analyst at a Sydney consultancy.
"""},

"h273en05": {"outlet": "Trevallyn Wire (Launceston)", "published": "2027-06-22", "text": """Tasmania nears power deal to keep Bell Bay smelter running

LAUNCESTON, June 22 (Trevallyn Wire) - Tasmania's government expects to sign a new ten-year power contract with the Bell Bay aluminium smelter before the end of July, Energy Minister Nick Duigan said on Tuesday.

The state cabinet approved a draft term sheet last Thursday. The smelter's current contract with state-owned Hydro Tasmania expires in December 2029. The plant employs about 500 people and uses roughly a quarter of the island's electricity.

Rio Tinto, which owns the smelter, will decide on its future at a board meeting in Melbourne on July 14, two people familiar with the matter said.

Federal Industry Minister Tim Ayres is due to visit Bell Bay on Friday, his office said. The smelter could qualify for the federal Green Aluminium Production Credit from July 2028, the office said.

Duigan said the government "will not ask households to pay more" to keep the smelter open. Greens leader Rosalie Woodruff said the party would move a no-confidence motion against Duigan when parliament sits on August 17.

Read more: Tasmanian budget forecasts deficits through 2030

Members of the Australian Workers' Union will rally outside Parliament House in Hobart tomorrow, the union said.

Premier Jeremy Rockliff is expected to meet Prime Minister Anthony Albanese in Canberra next week, a government source said.

A 50% U.S. tariff on aluminium will stay in place at least until the end of the year, an Australian trade official said, limiting the smelter's export options.

Analysts say the smelter could shut one of its four potlines before the deal is signed. "Without a cheap contract, the numbers do not work," said Fiona Tait, an energy analyst in Launceston.
"""},
}
