"""English texts of heldout244, written for this project in one sitting. Invented or generic facts."""

EN = {
"h244en01": {"outlet": "Ribble Wire (Preston)", "published": "2026-10-13", "text": """Will the National Cyber Force move into Samlesbury before 2028?

PRESTON, Oct 13 (Ribble Wire) - South Ribble Borough Council will vote on Thursday on the final planning consent for the National Cyber Force's permanent headquarters at Samlesbury, the council said in a statement on Monday.

Defence Secretary John Healey said the first 300 staff would move into temporary buildings on the site in January and the full campus would open by the end of 2029.

The government announced the site in October 2021. Building work was halted for eight months last year over a drainage dispute with the Environment Agency.

Healey is expected to visit Samlesbury next month with the force's commander, Air Vice-Marshal Alastair Kinnear, two defence officials said.

Lancashire County Council's leader, Reform UK's Stephen Atkinson, said the council "will not block" the project but wants a 40 million pound roads package agreed with Whitehall before the end of the year. A Reform councillor who opposes the campus, Gary Kerr, may quit the party's group, two party sources said.

Even if the borough approves the plans, the housing secretary could still call in the application within 21 days, a housing ministry spokesperson said.

The Samlesbury Action Group said it would field candidates in the South Ribble borough elections in May 2027 if the vote goes ahead.

Read more: BAE Systems confirms Typhoon jobs at Warton through 2030

Britain is also likely to announce new sanctions on Russian military intelligence hackers at a meeting of NATO cyber defence chiefs in Brussels on October 28, a Foreign Office official said. The Russian embassy did not respond to a request for comment.

Analysts say the NCF campus could bring up to 2,000 jobs to Lancashire over the next decade, but warn that a shortage of housing may slow recruitment.

"The jobs are real, but so are the traffic jams," said Helen Marsh, a security researcher at Lancaster University.
"""},

"h244en02": {"outlet": "Avre Wire (Amiens)", "published": "2027-03-18", "text": """Canal Seine-Nord: will the EU's next grant keep the diggers moving?

AMIENS, March 18 (Avre Wire) - France expects to sign a 1.1 billion euro grant agreement with the European Commission for the Canal Seine-Nord Europe in mid-April, Transport Minister Philippe Tabarot said on Wednesday, after the second tranche was held up by an audit.

The 107-kilometre canal, which will link the Oise at Compiegne to the Dunkirk-Scheldt network near Cambrai, is due to open to barges in 2030. Works on its first section near Noyon began in May 2024, and the Commission paid 290 million euros in a first tranche in 2025.

The Commission will not release the money unless Paris submits a revised cost estimate, a Commission spokesperson said.

Xavier Bertrand, president of the Hauts-de-France region, said the region would pay its 300 million euro share "in full and on time" and that the project's steering committee would meet in Amiens before the end of April.

Farmers plan to block the site at Peronne tomorrow over compensation for expropriated land, the FNSEA's Somme branch president, Jean-Marc Lefebvre, said.

Belgian and French transport ministers will meet in Brussels on April 6 to align the canal's opening with works on the Scheldt, Belgium's Federal Public Service Mobility said in a statement. The project is also expected to feature at the Franco-Belgian summit in Lille in June, diplomats said.

The chairman of the Societe du Canal Seine-Nord Europe (SCSNE) could step down after the Court of Audit publishes its report in May, two people familiar with the matter said. The court has questioned a 40 percent rise in the canal's cost since 2017.

Analysts say the canal is unlikely to carry its first commercial barges before 2031, given delays at the Oise locks.

"Every year of delay costs more than the audit will ever save," said Claire Duval, a transport economist at the University of Picardy Jules Verne.
"""},

"h244en03": {"outlet": "Storsjon Wire (Ostersund)", "published": "2027-02-05", "text": """Jamtland's wind farms: will Stockholm end the municipal veto?

OSTERSUND, Feb 5 (Storsjon Wire) - Sweden's Riksdag will vote on February 17 on a bill that would abolish municipalities' right to veto wind farms, Energy Minister Anders Holmgren said on Thursday, a change that developers say could unlock 40 projects in Jamtland.

The bill is expected to pass with the support of the Social Democrats, two people familiar with the talks said. Holmgren said the government would not reopen the bill to amendments.

Municipalities would receive 2 percent of turbine revenue under a separate compensation law that takes effect on July 1, Holmgren said.

The veto became a campaign issue across Norrland, and the Centre Party lost both its Jamtland seats in the general election in September.

The Sami Parliament said it would take the Swedish state to the European Court of Human Rights if the law takes effect without proper consultation of reindeer herders. The county administrative board will hold a public hearing in Ostersund on February 24, the board said.

Read more: Swedish central bank holds rate, sees slower inflation

The Jamtland Ranger Regiment will hold a winter exercise with Norwegian troops near Are from February 22 to March 5, the Armed Forces said. The military has objected to 12 of the county's projects because of radar interference.

Norway's energy minister is due to visit Ostersund in early March to discuss cross-border grid links, the Norwegian embassy said.

The government could also exclude Chinese turbine makers from new projects on security grounds, a defence ministry official said.

Ostersund's municipal council chairman, who campaigned against the bill, is likely to step down if it passes, local media reported.

Analysts say developers could sign the first new land-lease agreements with forest owners as early as May.

"The veto was the only lever small communities had," said Ingrid Wallin, a regional policy researcher at Mid Sweden University.
"""},

"h244en04": {"outlet": "Torysa Wire (Presov)", "published": "2026-09-07", "text": """Can anyone unseat Presov's governor?

PRESOV, Sept 7 (Torysa Wire) - Slovakia will hold regional and municipal elections on Saturday, October 24, the Interior Ministry said on Friday, with Presov region governor Milan Majersky seeking a third term. Campaigning runs from September 25 to October 21, it said.

Majersky, of the Christian Democratic Movement (KDH), won the 2022 vote with 42 percent.

Smer-SD's candidate, Presov deputy mayor Radoslav Hudak, is likely to finish second, according to a Focus poll published on Sunday. Hudak has said he will resign as deputy mayor if elected.

Prime Minister Robert Fico, who will campaign in Presov on Thursday, said he expected a ceasefire in Ukraine "before the winter", which would revive cross-border projects.

Ukraine and Slovakia are due to open a second truck lane at the Vysne Nemecke crossing on October 1, the Slovak transport ministry said.

Read more: Slovak parliament approves consolidation package in first reading

Progressive Slovakia may withdraw its own candidate and back Majersky, two party officials said. The party has not fielded a winning regional candidate in the east since it was founded.

Majersky will meet the ambassadors of Poland, Hungary and Ukraine in Presov next week to discuss EU funding for the region's cross-border projects, his office said. He is also expected to attend a summit of the Carpathian Euroregion in Rzeszow in November.

Majersky said he "will not form any coalition with Republika" in the regional assembly.

Analysts say turnout, 32 percent in 2022, is unlikely to rise above 35 percent this time, because many younger voters have left the region for Bratislava, Prague or Germany.

"The east votes for people it knows, not for parties," said Jana Hrebikova, a political scientist at the University of Presov. "Majersky has been on every village square for nine years, and none of his challengers can say that."
"""},

"h244en05": {"outlet": "Mecsek Wire (Pecs)", "published": "2025-12-03", "text": """Hungary weighs reopening Mecsek uranium mine as Croatia voices concern

PECS, Dec 3 (Mecsek Wire) - Hungary's government will decide before the end of January whether to grant a licence to resume uranium mining in the Mecsek hills near Pecs, Energy Minister Csaba Lantos said on Tuesday.

Uranium mining in the Mecsek ended in 1997, and clean-up work on the old shafts continued for two decades.

The licence is expected to be approved, a government official said, adding that production could begin in 2029. Mecsek Uranium, owned by Australia's Kestrel Resources, expects to start test drilling as early as March, its chief executive, Daniel Pryor, said.

Croatia's Environment Minister Marija Vuckovic said Zagreb would ask for a transboundary environmental assessment under the Espoo Convention and could raise the issue at the European Council on December 18-19.

Foreign Minister Peter Szijjarto will travel to Zagreb next week for talks with his Croatian counterpart Gordan Grlic Radman, the Hungarian foreign ministry said. Szijjarto said on Tuesday that Hungary "will not accept any foreign veto" over its energy policy.

Pecs city council will hold an extraordinary session on Friday on a possible local referendum on the mine, Mayor Attila Peterffy said.

Read more: Hungary's central bank holds base rate at 6.5 percent

Opposition leader Peter Magyar said a Tisza government would revoke any licence after the April election. Fidesz lawmakers from Baranya county have not said whether they back the project.

Analysts say the mine is unlikely to be profitable unless uranium prices stay above 80 dollars a pound, and that the licence may become a campaign issue in the south-west.

"For Budapest this is about Paks and energy sovereignty; for Pecs it is about water," said Zoltan Berkes, an environmental geologist at the University of Pecs.
"""},
}
