"""English texts of heldout221, written for this project in one sitting. Invented or generic facts."""

EN = {
"h221en01": {"outlet": "Kennebec Wire (Augusta)", "published": "2026-09-15", "text": """Will New Brunswick's power surcharge reach Maine homes this winter?

AUGUSTA, Sept 15 (Kennebec Wire) - New Brunswick will impose a 25 percent surcharge on electricity exported to Maine from October 1 unless Washington lifts its tariffs on Canadian steel and softwood, Premier Susan Holt said on Monday.

NB Power must notify its Maine distributors of the new rates within 10 days, she said.

Northern Maine's grid is not connected to the rest of New England. Ontario imposed a similar 25 percent surcharge on power sold to three U.S. states in March 2025 and dropped it within days.

Maine Governor Janet Mills will meet Holt in Fredericton on Friday to seek an exemption for Aroostook County, her office said. "Maine will not pay the bill for a trade war it did not start," Mills told reporters.

The Maine Public Utilities Commission said the surcharge could raise bills for about 30,000 customers in the north by up to 18 percent.

Read more: Maine lobster landings fall for a third straight year

Canada's federal government has not decided whether to back the measure, a spokesperson for Energy Minister Tim Hodgson said. U.S. Trade Representative Jamieson Greer is expected to raise the dispute with Canadian officials when review talks on the CUSMA trade pact resume in Washington next week, two people familiar with the talks said.

Canada's consul general in Boston, Nadia Theriault, will visit Presque Isle on Thursday to meet utility officials, the consulate said.

Senate President Mattie Daughtry said lawmakers could hold a special session before the end of the year to fund bill relief.

Maine elects a new governor on November 3. The Republican nominee, Dale Whitaker, said he would fund a transmission link to the New England grid if elected.

Analysts say a deal is likely before October 1. "Nobody in Fredericton wants to freeze Aroostook County," said Meredith Lang, an energy economist at the University of Maine.
"""},

"h221en02": {"outlet": "Sardinero Wire (Santander)", "published": "2026-11-09", "text": """Can Buruaga pass her last budget before Cantabria votes?

SANTANDER, Nov 9 (Sardinero Wire) - Cantabria's regional parliament will hold its final vote on the 2027 budget on December 21, with the debate on amendments running from December 14 to 18, the chamber's governing board said on Monday.

Regional President Maria Jose Saenz de Buruaga's Popular Party (PP) holds 15 of the 35 seats and needs the votes or the abstention of the Regionalist Party of Cantabria (PRC), founded by former regional president Miguel Angel Revilla, to pass the 3.6 billion euro plan. Last year's budget passed on December 23 with PRC abstention.

PRC spokesman Javier Lavin said the party would abstain if the budget included 40 million euros for the Santander-Bilbao rail study and new staff at Valdecilla hospital. The PRC's executive meets in mid-November and will announce its decision within 15 days, he said.

Regional Finance Minister Andres Ruiz Solana said: "There will be no tax rise in 2027."

The PP and the PRC could sign a written budget pact as early as next week, a person close to the talks said. Regional Health Minister Ignacio Lastra is expected to step down after the vote, regional government sources said.

Spanish Prime Minister Pedro Sanchez is due in Torrelavega on Friday to open the town's new rail station, the Moncloa said. A bilateral commission between Madrid and the regional government will meet in Madrid on Tuesday to discuss the transfer of coastal management powers, the Ministry of Territorial Policy said.

Vox, with three seats, will vote against the budget, its regional leader, Alberto Merino, said.

Cantabria elects its parliament on May 23, 2027, along with most Spanish regions.

Analysts say the PRC is likely to win its concessions and abstain. "Revilla's party wants a trophy before the election, not a crisis," said Lucia Fernandez Arce, a political scientist at the University of Cantabria.
"""},

"h221en03": {"outlet": "Oksywie Wire (Gdynia)", "published": "2026-02-17", "text": """Poland to sign Orka submarine deal with Sweden in Gdynia

GDYNIA, Feb 17 (Oksywie Wire) - Poland will sign a contract for three Swedish A26 submarines at the naval base in Gdynia on February 26, Deputy Defence Minister Pawel Bejda said on Monday, after the signing slipped twice since December.

Sweden's Defence Minister Pal Jonson is expected to attend the ceremony with Saab chief executive Micael Johansson, the Swedish embassy in Warsaw said.

Poland chose Saab's offer over German, French, Spanish, Italian and South Korean bids in November 2025, under the Orka programme to replace its last Soviet-era submarine.

Polish crews will begin training in Karlskrona next month, Bejda said, and the first boat is expected to reach Gdynia in 2030. Two people familiar with the talks said PGZ Naval Shipyard in Gdynia is likely to build parts of the third hull.

The Sejm's national defence committee will hold a closed session on the contract on Wednesday.

Read more: Gdansk port handles record container volumes in January

Deputy Prime Minister and Defence Minister Wladyslaw Kosiniak-Kamysz said the navy would send a second ship to NATO's Baltic Sentry patrols from March and would press allies to fund undersea cable protection at the NATO summit in Ankara on July 7-8.

A ceasefire in Ukraine could be agreed this year, Kosiniak-Kamysz said, but Poland "will not send troops to Ukraine" even after a truce.

Kremlin spokesman Dmitry Peskov said on Friday that Moscow "will not ignore" the deal and what he called the "militarisation of the Baltic".

Analysts say the first boat may slip to 2031. "Every Baltic navy has found that submarines arrive late," said Marta Wieczorek, a defence analyst at a Gdansk think tank.
"""},

"h221en04": {"outlet": "Superga Wire (Turin)", "published": "2027-05-10", "text": """Will Mirafiori get a second model before the 500 fades?

TURIN, May 10 (Superga Wire) - Industry Minister Adolfo Urso will chair talks with Stellantis and unions on the future of the Mirafiori plant in Rome on Wednesday, his ministry said, the first such meeting since October.

The last round, on October 14, ended without a production pledge.

Stellantis is expected to confirm a second model for the Turin plant at the meeting, two people familiar with the plans said. Chief Executive Antonio Filosa said last month the group "will not close any Italian plant".

The group may also assign assembly of a Leapmotor model to Mirafiori, union sources said, a step Rome has not approved.

FIOM-CGIL will strike for eight hours at Mirafiori on May 21 unless the company commits to new volumes, its leader Michele De Palma said.

Piedmont President Alberto Cirio said the region would offer 30 million euros in training funds if Stellantis brings a new model, adding that he would meet Filosa in Turin in early June.

Read more: Italy's car registrations fall 4% in April

The head of Stellantis' Italian operations, Roberto Ferrandi, is likely to step down after the talks, Italian newspapers reported.

Prime Minister Giorgia Meloni is due to visit Mirafiori during the Turin motor show on June 18, regional officials said. The government plans to reopen 600 million euros in electric-car purchase incentives from July 1.

In Brussels, a European Commission spokesperson said the Commission would complete its review of anti-subsidy duties on Chinese electric cars by the end of June.

Analysts say a second model is unlikely to enter production before 2028. "Turin has heard promises for ten years," said Paolo Bertone, an automotive analyst at a Milan consultancy.
"""},

"h221en05": {"outlet": "Swilly Wire (Letterkenny)", "published": "2025-10-13", "text": """Will the A5 diggers move before the year is out?

LETTERKENNY, Oct 13 (Swilly Wire) - Ministers from Dublin and Belfast will meet in Letterkenny on Friday for the first North South Ministerial Council (NSMC) plenary held in County Donegal, the Department of Foreign Affairs said, with funding for the A5 road at the top of the agenda.

Taoiseach Micheal Martin and First Minister Michelle O'Neill will co-chair the meeting. Deputy First Minister Emma Little-Pengelly has not said whether she will attend.

The previous plenary, in Armagh in April, ended without agreement on the road's funding.

Dublin is expected to confirm another 100 million euros for the A5 at the meeting, two Irish officials said. Northern Ireland's Infrastructure Minister Liz Kimmins said construction of the first section, between Newbuildings and Strabane, would begin before the end of the year.

A feasibility study on a rail link between Derry and Letterkenny will be published in early November, the Department of Transport said. Donegal County Council will hold a special meeting on the study tomorrow.

Minister of State for Fisheries Timmy Dooley will visit Killybegs on Saturday to meet fishing industry leaders, his department said. EU fisheries ministers set next year's catch limits in Brussels on December 15-16.

Ireland elects a new president on October 24. Catherine Connolly, backed by Sinn Fein and several left-wing parties, is likely to top the poll in Donegal, party officials said.

British Northern Ireland Secretary Hilary Benn said he would raise the A5 at the British-Irish Council summit in Jersey on November 28.

Analysts say the road could face a new court challenge early next year. "Every time the diggers are ready, another judicial review lands," said Ciara McGettigan, a planning lecturer at Atlantic Technological University.
"""},
}
