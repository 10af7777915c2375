"""English texts of heldout241, written for this project in one sitting. Invented or generic facts."""

EN = {
"h241en01": {"outlet": "Teign Wire (Brixham)", "published": "2026-11-18", "text": """Will Brixham's trawlers pay the price for Britain's seabed ban?

BRIXHAM, Nov 18 (Teign Wire) - Britain and the European Union will hold their annual fisheries consultations on 2027 catch limits in London from December 7 to December 10, the Department for Environment, Food and Rural Affairs (Defra) said on Tuesday.

A ban on bottom trawling in 41 marine protected areas in English waters will take effect from March 1, Fisheries Minister Joanna Kessell said. "We will not delay it by a single day," Kessell told reporters in Plymouth on Monday.

The European Commission has argued that the ban breaches the access terms of the Trade and Cooperation Agreement (TCA), which were extended to 2038 in May 2025.

The Commission could request formal consultations under the TCA's dispute-settlement chapter as early as next week, two EU officials said. That step might lead to tariffs on British seafood if no solution is found within three months, they added.

In Brixham, England's largest fish market by value, skippers plan to block the harbour entrance with about 40 boats on Saturday, said Mark Pengelly, chairman of the Brixham Trawlermen's Association.

Read more: UK inflation eases to 2.9% in October

Devon County Council's cabinet is expected to ask the government for a 5 million pound transition fund when it meets on December 2, a council spokeswoman said.

Liberal Democrat MP Tom Ashworth said he would force a Commons vote on delaying the ban before Christmas. Environment Secretary Emma Reynolds is due to visit Brixham in early December, her office said.

EU fisheries ministers meet in Brussels on December 14-15 to set the bloc's own quotas, and France is likely to push there for a tougher line, diplomats said.

Analysts say a deal on 2027 quotas is unlikely before January. "Both sides need the fish, but both need a win at home too," said Laura Menheniott, a fisheries economist at the University of Plymouth.
"""},

"h241en02": {"outlet": "Kamienna Wire (Skarzysko-Kamienna)", "published": "2026-04-21", "text": """Can Mesko double Poland's shell output before 2028?

SKARZYSKO-KAMIENNA, April 21 (Kamienna Wire) - Poland's state arms group PGZ will sign a contract on Thursday for a new 155mm artillery shell line at its Mesko plant in Skarzysko-Kamienna, financed with loans from the European Union's SAFE defence instrument, Deputy Defence Minister Pawel Bejda said on Monday.

The line is due to produce its first shells in the second half of 2027 and to reach 150,000 rounds a year by 2029, Bejda said. Defence Minister Wladyslaw Kosiniak-Kamysz will attend the signing, his ministry said.

Poland signed its SAFE loan agreement with the European Commission in January, becoming the instrument's largest borrower.

The Armament Agency is expected to order 300,000 shells from the new line under a framework deal worth about 8 billion zlotys before the end of the year, two people familiar with the talks said.

The Swietokrzyskie regional assembly will vote on Monday on transferring 40 hectares of land next to the plant, regional marshal Tomasz Wlodarczyk said. Work on the site should start within 30 days, he said.

A Ukrainian delegation led by a deputy defence minister is expected to visit the plant in mid-May, a Polish defence ministry official said. Warsaw has not decided whether any of the new shells will go to Ukraine, the official added.

Read more: Poland's central bank holds rates for a fifth month

Russia's embassy in Warsaw said on Sunday that the plant would become "a legitimate target" if its output reached Ukraine.

Part of the plant's nitrocellulose is made from Chinese cotton linters, which Brussels could target in its next sanctions package, diplomats said.

Analysts say the line could slip to 2028 because of shortages of propellant and skilled workers. "Money is no longer the bottleneck. Chemistry and people are," said Marta Zielonka, a defence industry analyst at a Krakow think tank.

Mesko, founded in 1922, also makes Piorun air-defence missiles.
"""},

"h241en03": {"outlet": "Viskan Wire (Varberg)", "published": "2026-06-04", "text": """Will Ringhals get its new reactors before Sweden votes?

VARBERG, June 4 (Viskan Wire) - Vattenfall's board will decide on June 16 which supplier will build up to five small modular reactors at the Ringhals site, the state-owned utility said in a statement on Wednesday, after the choice slipped twice since last autumn.

GE Vernova Hitachi and Rolls-Royce SMR are the two remaining bidders.

Energy and Industry Minister Ebba Busch said the government would sign a risk-sharing agreement with Vattenfall before the end of June. The Riksdag passed the law allowing state loans and price guarantees for new nuclear plants in May 2025.

The European Commission is expected to approve the state aid, including loans of up to 100 billion crowns, in the autumn, two officials said.

Busch will visit Ringhals on Monday with Finnish Climate Minister Kai Mykkanen for talks on a joint Nordic licensing framework, her ministry said.

Social Democrat leader Magdalena Andersson has said her party would honour the agreement if it wins the September 13 election.

Varberg's municipal council will vote on a new detailed development plan for the site on June 23.

Read more: Swedish krona firms after Riksbank holds rates

The Swedish Radiation Safety Authority does not expect to issue a construction licence before 2029, according to its own timetable.

Denmark, whose coast lies about 60 km across the Kattegat, has asked to be consulted under the Espoo Convention and may raise objections at a cross-border hearing in Copenhagen in late August, Danish officials said.

Analysts say the first reactor is unlikely to produce power before 2035. "Every month of delay now costs a year later," said Johan Linde, an energy analyst at a Gothenburg consultancy.

Ringhals, Sweden's largest nuclear plant, runs two large reactors that supply about a fifth of the country's electricity. Two older units were shut in 2019 and 2020.
"""},

"h241en04": {"outlet": "Rombak Wire (Narvik)", "published": "2027-01-12", "text": """Can Narvik become NATO's northern gateway before the summit?

NARVIK, Jan 12 (Rombak Wire) - The defence ministers of Norway, Sweden and Finland will sign a letter of intent on a joint military mobility corridor from the port of Narvik to northern Finland on Thursday, Norway's Defence Ministry said on Monday.

The three countries agreed to deepen cooperation on transport routes at a meeting in Bodo last June.

Defence Minister Tore O. Sandvik said the government would propose 4 billion crowns to upgrade the Ofoten railway line in the revised budget in May. Norway will not allow permanent foreign bases on its soil, he added.

A U.S. Marine Corps logistics team is expected to inspect the port facilities in late January, a person familiar with the plans said.

The Swedish Armed Forces said they would move about 50 vehicles by rail from Boden to Narvik in a trial run in mid-February.

Sandvik hopes the three countries can present the corridor at NATO's summit in July, he told public broadcaster NRK.

Read more: Norway's sovereign wealth fund posts record annual return

Moscow would take "military-technical" countermeasures, the Russian embassy in Oslo said on Monday.

Narvik's municipal council will vote on February 4 on selling land for a new military rail terminal, Mayor Hilde Solbakk said. A Sami reindeer-herding district could challenge the terminal in court, a spokesman for the district said.

Finnish President Alexander Stubb is expected to visit Narvik next month, Finnish officials said.

Analysts say a ceasefire in Ukraine is unlikely before June and would not change the plans. "The corridor is about the next decade, not the next deal," said Ingrid Aasheim, a security researcher at Nord University in Bodo.

The Ofoten line, which carries iron ore from Kiruna to Narvik, has a single track and was closed for weeks after a derailment in December 2023.
"""},

"h241en05": {"outlet": "Driksa Wire (Jelgava)", "published": "2025-09-30", "text": """Will Jelgava vote again before spring?

JELGAVA, Sept 30 (Driksa Wire) - Latvia's parliament will vote on Thursday on dismissing Jelgava's city council, which has failed to elect a chairman since the June municipal elections, Saeima Speaker Daiga Mierina said on Monday.

The bill is expected to pass with votes from the ruling coalition, coalition officials said.

If it passes, the Central Election Commission would hold an extraordinary election in Jelgava on January 24, commission chairwoman Kristine Berzina said. President Edgars Rinkevics has until October 12 to proclaim the law, his office said.

A temporary administrator appointed by the regional development ministry would run the city from mid-October, the ministry said in a statement.

The council's acting chairman, Janis Ozolins, said he would resign tomorrow regardless of the vote.

The National Alliance, which won the most seats in Jelgava in June, could challenge the dismissal at the Constitutional Court, its local leader Liga Strautina said.

Read more: Latvia's inflation slows to 3.9% in August

Without a council, the city's 2026 budget is unlikely to be adopted before March, finance officials said.

Prime Minister Evika Silina is due to visit Jelgava on October 8 to meet business leaders, her office said. The State Audit Office will publish its audit of the council's spending in November.

Analysts say turnout could fall below 40 percent in a winter vote. "People voted in June and got nothing. Many will simply stay home," said Andris Kalnins, a political scientist at the Latvia University of Life Sciences and Technologies in Jelgava.

Jelgava, Latvia's fourth-largest city with about 55,000 people, has been run by the same group of councillors for more than two decades, and the deadlock has frozen contracts for school renovations and a new bridge over the Lielupe river.
"""},
}
