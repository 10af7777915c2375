"""English texts of heldout228, written for this project in one sitting. Invented or generic facts."""

EN = {
"h228en01": {"outlet": "Sanssouci Wire (Potsdam)", "published": "2026-01-20", "text": """Can Woidke's coalition survive the BSW split?

POTSDAM, Jan 20 (Sanssouci Wire) - Brandenburg's state parliament will vote on Friday on a supplementary budget for 2026, the first test of whether Premier Dietmar Woidke's coalition with the Sahra Wagenknecht Alliance (BSW) still commands a majority, the Landtag's presidium said on Monday.

Four BSW lawmakers quit the party's parliamentary group last week, leaving the SPD-BSW coalition with 44 of the 88 seats.

Woidke told reporters he would not resign and that he expected the budget to pass "with a clear majority".

The BSW's group leader, Niels Kaminski, said the remaining BSW members would vote in favour, but warned that the party could leave the coalition if Berlin agrees to station U.S. long-range missiles in Germany.

Jan Redmann, who leads the opposition CDU in the state, said his party was ready to talk about a "stability pact" with the SPD but would not join a government before a new election.

Two SPD officials said Woidke was likely to call a confidence vote as early as February if the budget fails. A snap election could be held in late April at the earliest, the state returning officer said.

Read more: Tesla's Gruenheide plant cuts a shift as sales slow

Chancellor Friedrich Merz is due to meet the 16 state premiers in Berlin on January 29, where Woidke is expected to press for federal help for the PCK refinery in Schwedt.

A U.S. Treasury licence exempting Rosneft's German unit from American sanctions expires on April 29, and a decision on extending it is expected before the end of March, the federal economy ministry said.

Analysts say the coalition may limp on for months, but a split over the missiles could bring an election before the end of the year.

"Woidke has survived worse, but he no longer controls the timetable," said Katrin Vollmer, a political scientist at the University of Potsdam.
"""},

"h228en02": {"outlet": "Garavogue Wire (Sligo)", "published": "2025-11-12", "text": """Will Sligo vote for a directly elected mayor?

SLIGO, Nov 12 (Garavogue Wire) - Voters in County Sligo will decide on May 22 whether to directly elect a mayor with executive powers, Minister of State for Local Government John Cummins said on Tuesday, the first such plebiscite since Limerick chose its mayor in 2019.

The order setting the date will be laid before the Oireachtas within ten days, he said.

Sligo County Council voted 11-7 in September to ask for the plebiscite, after two failed attempts since 2021.

If voters approve, the first mayoral election would be held with the next local elections in 2029, Cummins said. The council's cathaoirleach, Councillor Declan Brogan, said a vote could come as early as 2027 if the law is amended.

Fianna Fail and Sinn Fein will campaign for a Yes vote, party officials said. Fine Gael has not decided its position.

The Department of Housing, Local Government and Heritage is expected to publish the mayor's proposed budget powers before Christmas, a department official said.

Taoiseach Micheal Martin is expected in Sligo on Friday, where he will meet council members, his spokesman said.

Read more: Sligo port upgrade wins EU funding for offshore wind supply base

Separately, the Naval Service patrol ship LE William Butler Yeats is due to shadow a Russian research vessel expected off the Sligo coast this week, the Defence Forces said.

Tanaiste Simon Harris said Ireland would back adding the vessel's operator to the EU sanctions list when foreign ministers meet in Brussels on November 20.

Analysts say turnout in the plebiscite is unlikely to exceed 40 percent unless it is held alongside a national vote.

"People here want someone accountable for roads and housing, but they are wary of another layer of politicians," said Siobhan Durkan, a lecturer in public policy at Atlantic Technological University in Sligo.
"""},

"h228en03": {"outlet": "Kanawha Wire (Charleston)", "published": "2026-04-21", "text": """West Virginia lawmakers called back for income tax cut

CHARLESTON, W.Va., April 21 (Kanawha Wire) - Governor Patrick Morrisey has called lawmakers back to Charleston on Monday for a special session on his plan to cut the personal income tax rate by a further 10 percent from January 1, his office said on Tuesday.

The Legislature approved a 5 percent cut in March, at the end of a regular session in which the House and Senate clashed over how fast to phase out the tax.

Senate President Randy Smith said the bill was likely to pass the Senate on the session's first day. But House Speaker Roger Hanshaw said his chamber would not vote on it before the May 12 primary, calling the plan "a campaign promise dressed up as a budget".

Morrisey also said the state's National Guard troops still deployed in Washington would return home by the end of May.

Read more: West Virginia coal output rises for second straight quarter

U.S. Energy Secretary Chris Wright is scheduled to visit the Longview power station near Morgantown tomorrow for talks with Morrisey on keeping coal-fired plants open, the Department of Energy said.

The state's tax commissioner is expected to step down after the session, two people familiar with the matter said.

U.S. Senator Shelley Moore Capito is expected to win her Republican primary comfortably, party officials said.

Democrats, who hold 11 of the 134 seats in the Legislature, said they would not support the cut without new money for schools.

Analysts say the House could pass a smaller cut next month, once the primary is over, but warn that falling severance tax revenue from coal and gas may limit the room for any cut next year.

"Everybody wants to be the person who cut taxes, nobody wants to be the person who cut services," said Dana Kessler, an economist at Marshall University in Huntington.
"""},

"h228en04": {"outlet": "Guapore Wire (Porto Velho)", "published": "2026-05-26", "text": """Will the Mamore bridge finally link Brazil and Bolivia?

PORTO VELHO, May 26 (Guapore Wire) - Brazil will sign the construction contract for a bridge over the Mamore river between Guajara-Mirim and the Bolivian town of Guayaramerin on Friday, the transport ministry said in a statement, after the tender slipped twice since 2024.

Bolivian President Rodrigo Paz is likely to attend the signing, a Bolivian foreign ministry official said. President Luiz Inacio Lula da Silva will not travel to Rondonia for the ceremony, his office said.

Works are due to start in August, said Elias Rezende, Rondonia's infrastructure secretary, who put the cost at about 480 million reais.

Bolivia's Foreign Minister Fernando Aramayo said on Monday that La Paz would not charge tolls on the bridge.

The Amazon Military Command said the army's frontier battalion in Guajara-Mirim would step up river patrols against cocaine smuggling from next week.

In the east of the state, a 60-day truce between squatter families and ranchers near Machadinho d'Oeste expires on June 15 and is likely to be extended, a person involved in the federal mediation said. Two farm workers were killed there in March.

Paz and Lula are expected to meet again at the Mercosur summit in Paraguay in early July, diplomats said.

Rondonia will elect a new governor on October 4, when Brazilians also choose a president. Governor Marcos Rocha cannot run again.

Analysts say the bridge is unlikely to open to traffic before 2029, given the river's floods and the region's history of stalled public works.

"Every candidate in Rondonia will promise this bridge again," said Tatiane Moura, a political scientist at the Federal University of Rondonia. "The contract only matters if the money keeps flowing after the election."
"""},

"h228en05": {"outlet": "Purbeck Wire (Wareham)", "published": "2025-12-03", "text": """Will Wytch Farm keep pumping past 2026?

WAREHAM, England, Dec 3 (Purbeck Wire) - Dorset Council's planning committee will decide on Thursday whether to let Perenco keep producing oil at Wytch Farm, Britain's largest onshore oilfield, until 2035, the council said.

The field's current planning consent expires on December 31, 2026.

Council officers have recommended approval, but the committee's chair, Councillor Ruth Penhale, said the outcome was "genuinely open".

Even if the council approves, the North Sea Transition Authority must sign off, which is expected in the spring, Perenco said.

Energy Secretary Ed Miliband said on Tuesday the government would not block extensions at existing fields, but would not issue new exploration licences.

Climate group Purbeck Against Drilling said it would seek a judicial review within six weeks if consent is granted.

The council's cabinet member for climate, Councillor Tom Ashdown, has said he would resign from the cabinet if the extension is approved.

Read more: Poole Harbour ferry operator adds winter sailings to Cherbourg

The row comes ahead of a council by-election in the Swanage ward on January 15. Reform UK is expected to field a candidate who backs the extension, party officials said.

Energy Minister Michael Shanks will visit the Wytch Farm gathering station next week, the Department for Energy Security and Net Zero said.

Perenco and the government are also expected to sign a decommissioning security agreement before the end of March, two people familiar with the talks said.

Analysts say the committee is likely to approve a shorter extension, to 2030, as a compromise.

"The oil will run out eventually. The question is who pays to clean up, and when," said Gareth Lowe, an energy economist at the University of Exeter.
"""},
}
