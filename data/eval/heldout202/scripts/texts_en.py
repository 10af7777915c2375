"""English texts of heldout202, written for this project in one sitting. Invented or generic facts."""

EN = {
"h202en01": {"outlet": "Iroise Wire (Brest)", "published": "2026-03-11", "text": """Will Britain's submarines share a port with France's deterrent?

BREST, March 11 (Iroise Wire) - British and French officials will hold the first meeting of their joint nuclear steering group at the Brest naval base on Monday, France's armed forces ministry said on Tuesday.

The group was set up under the Northwood declaration signed by President Emmanuel Macron and Prime Minister Keir Starmer in July 2025, in which the two countries agreed to coordinate their nuclear deterrents.

The group is expected to agree on a calendar of joint exercises for the year and may discuss a port call by a British Vanguard-class submarine at Ile Longue, home of France's ballistic missile submarines, two officials briefed on the agenda said.

"There will be no sharing of the decision to fire," said ministry spokeswoman Claire Le Goff. "Each country keeps its own button."

British Defence Secretary John Healey is due to visit Brest in late April to meet his French counterpart Catherine Vautrin, Britain's Ministry of Defence said. Macron and Starmer are expected to review the work at a UK-France summit in the second half of the year, diplomats said.

Read more: Breton trawlers block Lorient harbour over quota cuts

Russia's embassy in Paris said on Monday that joint patrols would be seen as "an escalation".

The two leaders have said British and French troops would deploy to Ukraine only after a ceasefire, which officials in Paris consider unlikely before the summer.

The base is also a campaign issue. Brest votes in municipal elections on Sunday, with a run-off a week later, and two left-wing lists have called for a local consultation on any British port call.

Analysts say the steering group could lead to a joint nuclear posture review, but not before the April 2027 presidential election. "Paris wants to share the burden, not the trigger," said Gwenaelle Le Bihan, a defence researcher at the University of Western Brittany.
"""},

"h202en02": {"outlet": "Cornia Wire (Piombino)", "published": "2026-01-22", "text": """Italy to decide on moving Piombino's gas ship by end-February

PIOMBINO, Jan 22 (Cornia Wire) - Italy's government will decide by the end of February whether the Italis LNG floating regasification unit leaves the port of Piombino in July as planned, Energy Minister Gilberto Pichetto Fratin said on Wednesday.

The vessel, operated by gas grid company Snam, docked in Piombino in July 2023 under a three-year permit granted after Russia cut pipeline supplies to Europe.

Snam is expected to propose a site off Vado Ligure, on the Ligurian coast, as the new berth, two people familiar with the plans said. The ministry said Snam must file its relocation study within 30 days.

Tuscany's regional president Eugenio Giani said on Tuesday the region "will not accept" any extension beyond July and would take the government to the regional administrative court if Rome granted one.

Giani, Pichetto Fratin and Piombino's mayor are due to meet in Rome on February 5, the regional government said.

Read more: Tuscany's regional council approves 2026 budget

A Snam spokesman said the EU ban on Russian LNG imports, which takes full effect from January 2027, made Italy's floating terminals "more necessary, not less".

Snam and the port authority are due to sign a compensation agreement worth 100 million euros in local projects by the end of March, the Livorno daily Gazzetta Labronica reported.

Luca Bertolucci, who heads the port authority for the northern Tyrrhenian Sea, said he would step down in April if the ship stays beyond the summer.

Pichetto Fratin is expected to visit Piombino in March to meet business owners, a ministry official said. Local shopkeepers say ferry traffic to Elba has suffered since the ship arrived.

Analysts say the unit is unlikely to leave before 2027 because no alternative berth will be ready in time. "Everyone knows the July date is fiction," said Chiara Morandi, an energy economist in Florence.
"""},

"h202en03": {"outlet": "Krusne Wire (Teplice)", "published": "2027-04-15", "text": """Can Cinovec's lithium reach Czech factories before 2030?

TEPLICE, April 15 (Krusne Wire) - The Czech government will decide on Monday whether to give the Cinovec lithium mine strategic status under a new fast-track permitting law, Deputy Industry Minister Tereza Dvorakova said on Wednesday.

The deposit, on the German border in the Ore Mountains, holds Europe's largest known hard-rock lithium reserves. The European Commission named it a strategic project under the Critical Raw Materials Act in March 2025.

If the status is granted, developer Geomet would have to file an updated environmental impact study within 60 days, Dvorakova said.

CEZ, the state-controlled utility that owns a majority of Geomet, expects to take a final investment decision before the end of the year, a CEZ spokesman said. The European Investment Bank is expected to sign a 200 million euro loan with Geomet in mid-May, a person familiar with the talks said. The cabinet is also likely to approve a new mining royalty decree in May, two officials said.

Prime Minister Andrej Babis said on Tuesday the state "will not sell" its share of the project to any foreign investor.

Read more: Czech central bank holds rates, warns on wage growth

Saxony's economy minister is due in Teplice next week for talks on cross-border groundwater monitoring, the Usti regional office said. The town of Dubi, which includes Cinovec, may hold a local referendum on the mine in the autumn, its mayor, Jiri Kucera, said.

EU leaders are due to discuss raw materials at a summit in Brussels on June 24-25.

Analysts say first battery-grade lithium is unlikely before 2030, and that China could tighten its export controls on lithium refining technology. "The rock is here, the know-how is not," said Martin Holub, a mining analyst in Prague.
"""},

"h202en04": {"outlet": "Mosor Wire (Split)", "published": "2026-06-17", "text": """Croatia's coastal law puts Plenkovic's coalition to the test

SPLIT, June 17 (Mosor Wire) - Croatia's parliament will vote on Friday on a new maritime domain law that would let hotels and marinas hold concessions on public beaches for up to 40 years, Speaker Gordan Jandrokovic's office said.

The Homeland Movement (DP), Prime Minister Andrej Plenkovic's junior coalition partner, has not decided whether to back the bill. One of its lawmakers from Dalmatia, Mislav Bakota, said the party's three ministers would resign if the beach clause stays in the text.

The government withdrew an earlier draft in March 2024 after protests along the coast. Plenkovic said on Tuesday the government "will not withdraw" the bill again.

If passed, the law would take effect from January 1, 2027, the maritime ministry said.

Without DP, Plenkovic's HDZ and its allies would hold 67 of the 151 seats. Sinisa Hajdas Doncic, leader of the opposition Social Democrats, said his party would seek an early election if the coalition collapses.

Read more: Croatia's tourist arrivals rise 4% in May

Analysts say an early election could come as early as October, though most expect Plenkovic to find the votes among ethnic minority lawmakers on Friday.

Split's city council will hold an emergency session on Thursday, and the Association of Dalmatian Beaches said it would stage a protest outside parliament in Zagreb the same day.

The European Commission's annual rule-of-law report, due in July, will for the first time mention beach access in Croatia, diplomats said.

Plenkovic is due at the European Council in Brussels on June 25-26.

"Anyone who touches the beaches in the middle of the tourist season is either brave or careless," said Ivana Radic, a political scientist at the University of Split.
"""},

"h202en05": {"outlet": "Mtirala Wire (Batumi)", "published": "2025-12-12", "text": """Turkey and Georgia to sign Sarpi border deal at Batumi council

BATUMI, Dec 12 (Mtirala Wire) - Turkish President Tayyip Erdogan and Georgian Prime Minister Irakli Kobakhidze will co-chair a meeting of the two countries' High-Level Strategic Cooperation Council in Batumi on December 22, Kobakhidze's office said on Thursday.

The two governments are expected to sign an agreement on joint customs controls at the Sarpi crossing, Georgia's busiest land border, Economy Minister Mariam Kvrivishvili said. Customs officials from both sides will meet within ten days to finish the text, a Georgian official said.

Turkey opened a second truck terminal at Sarpi in 2024, but queues still reach 15 kilometres in summer.

An advance Turkish delegation arrives in Batumi tomorrow to inspect the venue. Azerbaijan's President Ilham Aliyev could join Erdogan and Kobakhidze for a trilateral summit, two diplomats said, though Baku has not confirmed it.

Defence ministers are likely to agree at the council on a joint exercise plan for 2026, including naval drills off Batumi in May, a defence ministry source said.

Adjara's government chairman, Davit Zoidze, said the autonomous republic would open a trade office in Trabzon in the first quarter of 2026. The region's Supreme Council meets on Tuesday to adopt its 2026 budget, and its four opposition members said they would boycott the session.

Read more: Georgia's inflation eases to 3.1% in November

Kobakhidze said on Wednesday that Georgia "will not join" Western sanctions against Russia. EU foreign ministers could discuss measures against Georgian officials in January, an EU diplomat said.

Erdogan is expected to address a Turkish-Georgian business forum in Batumi on December 23.

Analysts say the customs agreement could take effect before the summer season. "Ankara wants the corridor; Tbilisi wants the trade," said Tamar Khalvashi, an analyst at a Batumi think tank.
"""},
}
