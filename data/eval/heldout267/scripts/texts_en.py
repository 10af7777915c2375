"""English texts of heldout267, written for this project in one sitting. Invented or generic facts."""

EN = {
"h267en01": {"outlet": "Slaney Wire (Wexford)", "published": "2026-08-26", "text": """Can Rosslare become Ireland's front door to Europe?

WEXFORD, Aug 26 (Slaney Wire) - Ireland's cabinet will decide on Tuesday whether to move Rosslare Europort out of Iarnrod Eireann and into a new State port company, Transport Minister Darragh O'Brien told reporters in Wexford on Monday.

O'Brien said legislation could be published before the end of the year, but added that the transfer itself was unlikely before 2028. The cabinet approved a 230-million-euro redevelopment plan for the port in May 2024.

Freight traffic at the port has doubled since Britain left the EU single market.

Ireland, which holds the rotating EU Council presidency until December, will host an informal meeting of EU transport ministers at Johnstown Castle outside Wexford on September 17-18, the Department of Transport said. European Transport Commissioner Apostolos Tzitzikostas is expected to attend, officials said.

Diplomats said Dublin would use the meeting to press for a ban on shadow-fleet tankers calling at EU ports. The Naval Service could send a patrol vessel to Wexford Harbour during the meeting, a defence official said.

Read more: Dublin Port queues grow as new EU entry checks begin

The port's general manager, Aoife Sinnott, said a weekly freight service to Bilbao was expected to start as early as October. The port has asked the EU's Connecting Europe Facility for 40 million euros for two new berths, and a decision on the grant is due in late January, she said.

Independent TD Niamh Doyle, who represents Wexford, said she "will not support any sale of the port to private investors".

Wexford County Council will hold a special meeting on the port on Monday, council chair Fionnuala Kinsella said. Tanaiste Simon Harris is likely to visit the port next week, his office said.

"Rosslare has the land and the ferries. What it has never had is a balance sheet," said Brendan Cullen, a transport economist in Waterford.
"""},

"h267en02": {"outlet": "Taieri Wire (Dunedin)", "published": "2025-09-29", "text": """Will Dunedin get the hospital it was promised?

DUNEDIN, Sept 29 (Taieri Wire) - Health Minister Simeon Brown will announce the final design of the new Dunedin Hospital inpatient building on Thursday, his office said on Monday, after the decision slipped twice since June.

The new plan is expected to cut the number of inpatient beds from 410 to about 350, two people familiar with the plan said.

The previous Labour government approved the project in 2021, and its estimated cost has since risen above 3 billion New Zealand dollars.

Health New Zealand is due to sign the main construction contract before the end of the year, the agency said in a statement.

Campaigners will march from the Octagon to the hospital site on Saturday, organiser Kate Ferris said. The march comes a week before Dunedin elects a new mayor and council; voting closes on October 11.

Mayoral candidate Hamish Carrick said the city would seek a judicial review if the government cut beds. The Dunedin City Council will hold an extraordinary meeting tomorrow to agree a joint submission with the Otago Regional Council, deputy mayor Sophie Tane said.

Labour leader Chris Hipkins said a Labour government would restore the full design within 100 days of taking office.

Finance Minister Nicola Willis has not decided whether to set aside extra money in next year's Budget, a Treasury official said. Brown is likely to visit Dunedin next week to meet clinicians, officials said.

Dr Priya Raman, who chairs the hospital's clinical advisory group, said she would resign if the bed count fell below 380.

Analysts say the dispute could cost the National Party votes in Dunedin at the 2026 general election. "People here have been told three different stories in four years," said Miriam Tahu, a health economist at the University of Otago.

The existing hospital, built in the 1950s, has been dogged by leaking roofs and asbestos.
"""},

"h267en03": {"outlet": "Sventoji Wire (Palanga)", "published": "2027-06-14", "text": """Lublin Triangle leaders meet in Palanga as Kyiv weighs ceasefire terms

PALANGA, June 14 (Sventoji Wire) - Lithuanian President Gitanas Nauseda will host his Polish and Ukrainian counterparts, Karol Nawrocki and Volodymyr Zelenskiy, in the Baltic resort of Palanga on Thursday for a Lublin Triangle summit, his office said on Monday.

Zelenskiy is expected to attend in person rather than by video link, two diplomats said.

The three leaders will sign a joint declaration on air defence and on Ukrainian grain transit through the port of Klaipeda, Foreign Minister Kestutis Budrys said. The foreign ministers will meet in Palanga on Wednesday to finalise the text, he said.

The Lublin Triangle was set up by the three countries' foreign ministers in July 2020.

Lithuania's armed forces said a Polish-operated Patriot battery would be deployed near Palanga airport for the summit. The airport will close to civilian flights from Wednesday evening until Friday morning, the airport operator said.

The defence ministry said Lithuania would submit a request to NATO for a permanent Patriot deployment within 30 days.

Budrys said Vilnius "will not back any easing of EU sanctions on Belarusian potash". EU ambassadors are due to discuss a new Russia sanctions package in Brussels on Wednesday, an EU official said.

Read more: Lithuania's Seimas extends building curbs in the border zone

On the war, Nawrocki said on Sunday that a ceasefire "may be possible before winter", but only with Western security guarantees. Analysts say Kyiv is unlikely to accept a ceasefire before the NATO summit in Tirana on July 7-8.

Nawrocki is also expected to visit Polish troops at Rukla on Friday, his spokesman said.

"Palanga is a message to Minsk and Moscow: the Baltic coast is not a grey zone," said Ruta Vaiciulyte, a security analyst at a Vilnius think tank.

The resort, home to about 18,000 people, usually fills with tourists from mid-June.
"""},

"h267en04": {"outlet": "Porvoonjoki Wire (Porvoo)", "published": "2026-11-18", "text": """Will Helsinki rescue Porvoo's refinery jobs?

PORVOO, Nov 18 (Porvoonjoki Wire) - Finland's government will decide on Thursday whether to freeze the renewable fuel distribution obligation at its current level for 2027, Economic Affairs Minister Wille Rydman said on Tuesday, as Neste prepares job cuts at its Porvoo refinery.

Neste said in a statement it would start change negotiations covering up to 400 jobs at Porvoo next week. Such negotiations usually last at least six weeks under Finnish law.

The Industrial Union's chairman, Riku Aalto, said the union "will not accept layoffs while the company pays dividends", and warned that workers could stage a two-day walkout at the refinery in December.

Finance Minister Riikka Purra said on Monday the government would not raise fuel taxes before the parliamentary election on April 18.

Neste closed its Naantali refinery in 2021, leaving Porvoo as Finland's only crude oil refinery.

Neste chief executive Heikki Malinen is expected to meet Prime Minister Petteri Orpo in Helsinki on Monday, two people familiar with the plans said. Orpo is likely to visit Porvoo in early December, a government source said.

Porvoo's city manager, Mikko Salonen, said the city would ask the government within 14 days to declare the region an area of sudden structural change, which would unlock extra training and investment funds.

Parliament's commerce committee will hear Malinen next month, the committee said.

Read more: Finland's coalition agrees spending limits for 2027

Analysts say the government is likely to postpone any cut in the obligation until after the election. "Nobody in Helsinki wants to be blamed for the last refinery in Finland shrinking five months before a vote," said Jussi Lehtola, an energy economist at a Helsinki research institute.

The Kilpilahti site, east of Helsinki, employs about 2,000 people directly and several thousand more through contractors.
"""},

"h267en05": {"outlet": "Barwon Wire (Geelong)", "published": "2026-04-15", "text": """Geelong hands over its first Redback as Canberra weighs Hanwha's Austal bid

GEELONG, April 15 (Barwon Wire) - The first Redback infantry fighting vehicle built at Hanwha's Geelong factory will be handed to the Australian Army on Friday, the Department of Defence said on Wednesday.

Defence Minister Richard Marles will attend the ceremony at the Avalon site, his office said.

Hanwha won the Land 400 Phase 3 contract for 129 Redbacks in July 2023, beating Germany's Rheinmetall.

Treasurer Jim Chalmers is expected to rule before the end of May on Hanwha's application to raise its stake in shipbuilder Austal to 19.9 percent, two government sources said. Chalmers said on Tuesday that foreign investment in defence companies "will not be waved through".

South Korea's Defence Minister Ahn Gyu-back is due in Canberra next week for two-plus-two talks with Marles and Foreign Minister Penny Wong, the South Korean embassy said.

Read more: Victorian budget funds planning for faster Geelong trains

Hanwha Defence Australia's managing director, Daniel Ryan, said the company could also build AS9 Huntsman howitzers for export at Geelong, with a first contract possible as early as 2027. The first ten Redbacks are expected to take part in an exercise at Puckapunyal in mid-September, he said.

The Australian Manufacturing Workers' Union said it would hold a stop-work meeting at the plant on Thursday over pay.

Victorian Premier Jacinta Allan is likely to visit the factory before the state election on November 28, Labor officials said.

Analysts say Defence could trim the Redback order again in this year's Defence Integrated Investment Program update.

"Geelong lost its car plants and its aluminium smelter. Nobody here wants to hear that the tanks might go too," said Helen Brooks, a political scientist at Deakin University.

The plant employs about 400 people and has orders from South Korea's army for turrets.
"""},
}
