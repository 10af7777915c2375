"""English texts of heldout237, written for this project in one sitting. Invented or generic facts."""

EN = {
"h237en01": {"outlet": "Bennachie Wire (Inverurie)", "published": "2025-11-12", "text": """Will Acorn finally get its money? Carbon capture decision looms for Aberdeenshire

PETERHEAD, Nov 12 (Bennachie Wire) - The British government will announce its final funding decision on the Acorn carbon capture project at St Fergus on November 27, Energy Minister Michael Shanks told reporters in Peterhead on Tuesday, after the decision slipped twice since the spring.

Acorn was passed over for the first wave of government support in October 2021, when two English clusters were chosen instead.

"We will not walk away from the north-east," Shanks said.

Storegga and its partners, Shell and Harbour Energy, are expected to take a final investment decision before the end of the year if the money is confirmed, two people familiar with the project said.

Chancellor Rachel Reeves could also change the Energy Profits Levy in her November 26 Budget, Treasury officials have signalled. Oil companies in Aberdeen say the levy has already cost thousands of jobs.

Scotland's First Minister John Swinney will raise the project with Prime Minister Keir Starmer when they meet in Edinburgh next week, his spokesman said.

Read more: Aberdeen harbour traffic falls for third straight quarter

Aberdeenshire Council's co-leader, Fiona Leask, said she would resign her post on the council's energy committee if the project were shelved again.

Norway's Energy Minister Terje Aasland is due to visit St Fergus on December 4, a Norwegian official said, and a UK-Norway agreement on cross-border carbon dioxide shipments could be signed during the visit.

The Scottish National Party will make Acorn a central issue in its campaign for the Scottish Parliament election on May 7, its energy spokesperson said.

Analysts say the first carbon dioxide is unlikely to be injected under the North Sea before 2031, even if the money comes through this month. "The engineering is ready, the politics never was," said one Aberdeen consultant who asked not to be named.
"""},

"h237en02": {"outlet": "Storebaelt Wire (Nyborg)", "published": "2026-05-18", "text": """Denmark's parliament to vote on state ammunition plant at Lindo

MUNKEBO, May 18 (Storebaelt Wire) - Denmark's parliament will vote on Thursday on a bill to build a state-owned artillery ammunition plant at the former Lindo shipyard on Funen, Defence Minister Troels Lund Poulsen said on Monday, and the bill is expected to pass with support from at least four opposition parties.

The government chose Lindo over a site near Esbjerg in January, citing the port's deep quay and its rail link.

Construction will begin in late August, and the plant should deliver its first 155mm shells by the end of 2027, Lund Poulsen said.

Norwegian-Finnish group Nammo is expected to sign a 15-year operating contract before the end of June, two people familiar with the talks said.

Kerteminde's mayor, Kasper Dahl Bruun, said the municipality "will not approve" a second explosives depot within two kilometres of homes. The Munkebo Residents' Association said it could ask the Environmental Board of Appeal to halt the works.

Read more: Odense light rail extension wins cross-party backing

Prime Minister Mette Frederiksen will present the project to allies at the NATO summit in Ankara on July 7-8, her office said. A NATO team is due to inspect the site next week, the defence ministry said.

Russia's embassy in Copenhagen called the plan "a provocation that will not go unanswered".

Denmark must hold a general election by October 31, and the Liberal Alliance has said it would review the plant's state ownership if it joins the next government.

Analysts say a ceasefire in Ukraine is unlikely this year, so demand for shells will stay high. Most of the first output is earmarked for Ukraine and for Denmark's own artillery stocks, which were emptied by donations in 2023.
"""},

"h237en03": {"outlet": "Pasleka Wire (Elblag)", "published": "2025-07-18", "text": """Can Elblag's port finally use the Vistula Spit canal?

ELBLAG, July 18 (Pasleka Wire) - The Maritime Office in Gdynia will start dredging the last section of the Elblag River fairway on Monday, the office said in a statement, nearly three years after the canal through the Vistula Spit opened to shipping in September 2022.

Infrastructure Minister Dariusz Klimczak said the fairway should be ready for ships with a 4.5-metre draught by the end of November. Only small vessels can reach the city's quays today.

Elblag's mayor, Tomasz Wrzesniewski, said the city would not hand its port to a state company, a condition Warsaw set last year for funding a new quay.

The European Commission has not decided whether to co-fund the quay, an EU official said.

Russia's foreign ministry said on Thursday that Moscow could restrict Polish vessels' passage through the Russian part of the Vistula Lagoon in response to the works.

Polish navy patrol boats will operate from Elblag from September 1, the Operational Command said.

Read more: Warmia-Masuria farmers demand drought aid

Polish and Lithuanian transport ministers will meet in Olsztyn next week to discuss a ferry link between Elblag and Klaipeda, the infrastructure ministry said.

Prime Minister Donald Tusk may visit the port next month, a government spokesman said.

Law and Justice (PiS), which built the canal while in power, plans to make the port a theme before Poland's next parliamentary election, due in the autumn of 2027, party officials said.

Analysts say cargo through Elblag is unlikely to exceed 1 million tonnes a year before 2030. "A canal without a fairway was a monument, not a port," said Marta Zielonka, a transport economist at the University of Warmia and Mazury in Olsztyn. Local shipping firms say they need a guaranteed depth before they order new vessels.
"""},

"h237en04": {"outlet": "Taygetus Wire (Kalamata)", "published": "2026-11-19", "text": """Greece's last lignite unit to close: what next for Megalopolis?

MEGALOPOLIS, Nov 19 (Taygetus Wire) - Public Power Corporation will shut Megalopolis Unit 4, the last lignite-fired unit in the Peloponnese, on December 31, the company said on Wednesday, ending almost seven decades of coal mining in Arcadia.

Unit 3 was shut in April 2025. Environment and Energy Minister Stavros Papastavrou said the closure date "will not move".

Papastavrou will present a 300-million-euro transition package in Megalopolis tomorrow, his ministry said. The package includes retraining grants for about 1,100 workers and an industrial zone on former mine land.

The European Commission is likely to approve the revised Just Transition programme for the region in mid-December, an EU official said.

Megalopolis mayor Nikos Arvanitis said farmers and miners would block the Athens-Kalamata motorway with tractors from Monday unless the package includes a guaranteed electricity discount for local households.

PPC unions will meet the minister in Athens on December 3, a union official said.

Read more: Kalamata airport passenger traffic hits record

A data centre developer is expected to sign a lease for the plant's ash yard before the end of the year, two people familiar with the talks said.

Peloponnese regional governor Dimitris Ptochos has not ruled out resigning if the plan fails, according to people close to him.

Prime Minister Kyriakos Mitsotakis has said the next parliamentary election will be held in 2027. PASOK leader Nikos Androulakis could table a censure motion on the government's energy policy before Christmas, party officials said.

Analysts say unemployment in Arcadia could rise above 20 percent next year as mining contractors leave. "The money is real, but the jobs come later than the layoffs," said Eleni Koutsouri, a regional economist at the University of the Peloponnese in Tripoli.
"""},

"h237en05": {"outlet": "Nidelva Wire (Trondheim)", "published": "2027-04-20", "text": """Norway to widen U.S. access to Trondelag bases as herders vow court fight

ORLAND, April 20 (Nidelva Wire) - Norway and the United States will sign an amendment to their Supplementary Defence Cooperation Agreement in Oslo on April 29, adding the northern zone of Orland air base and a new ammunition store in Stjordal to the list of agreed areas, the Norwegian defence ministry said on Monday.

U.S. Secretary of Defense Pete Hegseth is expected to attend the signing, two officials said. The Storting is likely to vote on the amendment in June, Defence Minister Tore O. Sandvik said.

The ministry will publish maps of the new areas within 14 days, it added.

About 700 U.S. Marines will train at Orland from May 10 to May 21 alongside Norwegian forces, the Norwegian Joint Headquarters said.

The Fosen reindeer herding district said it would go to court to stop a planned firing range near Orland, which herders say cuts across their winter grazing land. Norway's Supreme Court ruled in October 2021 that two Fosen wind farms violated the herders' rights.

Orland's mayor, Per Ivar Sandnes, said the municipality "will not approve" new housing for U.S. personnel before a noise study is finished.

Read more: Trondheim port opens new container terminal

Russia's embassy in Oslo said Moscow would take "necessary measures" in response to the expansion.

The agreement could be extended to Bodo next year, diplomats said.

Norway holds local elections on September 13, and the Centre Party may make the bases a campaign issue in Trondelag, analysts say. The party, which left the government in 2025, has won votes in rural districts by opposing wind farms and firing ranges.

"The herders are not against defence, they are against losing the last winter pasture," said Anne Bardal, a researcher at the Norwegian University of Science and Technology in Trondheim.
"""},
}
