"""English texts of heldout194, written for this project in one sitting. Invented or generic facts."""

EN = {
"h194en01": {"outlet": "Yunque Wire (San Juan)", "published": "2026-06-09", "text": """Can Puerto Rico fire LUMA before the hurricane season peaks?

SAN JUAN, June 9 (Yunque Wire) - Puerto Rico will notify LUMA Energy on Friday that it is terminating the company's contract to run the island's power grid, Governor Jenniffer Gonzalez said on Monday.

The termination would take effect no earlier than January 1, 2027, she said, adding that LUMA "will not walk away with a penny more than the contract allows."

An island-wide blackout on April 16 left 1.4 million customers without power.

A LUMA spokeswoman said the company would ask Judge Laura Taylor Swain, who oversees the bankruptcy of the Puerto Rico Electric Power Authority (PREPA), to block the termination. A hearing is expected in late June.

The Financial Oversight and Management Board will discuss the decision at a meeting in San Juan on Thursday, and board members are likely to demand a cost estimate, two people familiar with the agenda said.

Read more: Cruise arrivals in San Juan set a first-quarter record

U.S. Energy Secretary Chris Wright is expected to visit the island in July to inspect substations, the Energy Department said.

The government has not decided whether a new private operator or a revived public utility will take over, said Ivan Colberg, who heads the governor's energy policy office. A tender could open as early as August, he said.

LUMA's chief executive is expected to step down once the transition begins, a company official said.

Resident Commissioner Pablo Jose Hernandez said he would ask Congress for $2 billion in grid funding before the end of July. The grid has become the main issue ahead of the November 2028 elections, when Gonzalez is expected to seek a second term.

Analysts say bondholders could use the dispute to push PREPA's debt plan into 2027. "Every month of uncertainty raises the price of power," said Carmen Rivera Soto, an economist at the University of Puerto Rico.
"""},

"h194en02": {"outlet": "Urdaibai Wire (Bilbao)", "published": "2027-03-22", "text": """Basque parliament opens debate on a new statute as Madrid weighs its reply

VITORIA-GASTEIZ, March 22 (Urdaibai Wire) - The Basque Parliament will hold its first debate on the draft of a new Statute of Autonomy on Thursday, the chamber's governing board said in a statement, after the session slipped twice since last autumn.

Lehendakari Imanol Pradales said on Sunday the text would be sent to the Spanish Congress before the summer. "We will not accept a statute trimmed in Madrid," he said.

The current Gernika Statute was approved in a referendum in October 1979 and has never been amended.

Pradales and Prime Minister Pedro Sanchez are expected to meet at the Moncloa palace in mid-April, Basque government sources said.

The joint State-Basque bilateral commission will meet on April 28 to approve the transfer of the management of unemployment benefits, Spain's Ministry of Territorial Policy said.

EH Bildu leader Arnaldo Otegi said his party would back the draft if it kept the clause on the "right to decide". The Basque branch of the People's Party, led by Javier de Andres, said it would take the statute to the Constitutional Court if Congress approved it.

Read more: Bilbao port traffic rises on Asian car imports

Pradales has not decided whether to attend the Conference of Presidents, which Sanchez has called for June in Barcelona, a spokeswoman for the Basque government said. He travels to Brussels next week to present the draft to the European Committee of the Regions, his office said.

The Basque Nationalist Party (PNV), which governs with the Socialists, holds 27 of the 75 seats, the same number as EH Bildu.

Spain must hold a general election by August, and analysts say Sanchez could call it early, for June, which would freeze the statute in Congress. "Madrid will not touch this before the vote, whoever wins," said Ane Iturriaga, a political scientist at the University of Deusto.
"""},

"h194en03": {"outlet": "Chiemsee Wire (Munich)", "published": "2026-02-18", "text": """Will Karlsruhe cut Bavaria's bill? Court sets hearing on fiscal equalisation

MUNICH, Feb 18 (Chiemsee Wire) - Germany's Federal Constitutional Court will hear Bavaria's challenge to the system that shares tax revenue among the 16 states on April 21-22, the court said on Tuesday.

Bavaria filed the case in July 2023, arguing that it pays more than half of the roughly 18 billion euros redistributed each year.

Finance Minister Albert Fueracker said the state "will not withdraw the suit" even if other states offer concessions, and that he expects a ruling before the end of the year.

Minister-President Markus Soeder said Bavaria would present its own model for a new equalisation system at the Minister-Presidents' Conference in Berlin on March 12. Chancellor Friedrich Merz is expected to join the state leaders in the afternoon, the Chancellery said.

Federal Finance Minister Lars Klingbeil will meet his state counterparts in Berlin next week to discuss the 2027 budget framework, his ministry said.

Read more: Munich Security Conference: Europeans debate troop pledges for Ukraine

Berlin, the biggest recipient, has not decided whether to send its own lawyers to the hearing, a Senate official said. Hesse and Baden-Wuerttemberg, the two other net payers, have stayed out of the case.

Bavarians elect mayors and district councils on March 8, with run-offs on March 22 where no candidate wins a majority. Analysts say Munich's Social Democratic mayor, Dieter Reiter, could be forced into a run-off for the first time.

Soeder's Christian Social Union (CSU) has made the equalisation case a campaign theme in rural districts, where it expects to hold most councils.

Legal experts say a ruling is unlikely before 2027, because the judges will also have to weigh the federal debt brake reform. "The court rarely rewrites a whole system; it usually gives lawmakers a deadline," said Johanna Lechner-Faltl, a constitutional lawyer at the University of Regensburg.
"""},

"h194en04": {"outlet": "Zwin Wire (Bruges)", "published": "2026-04-14", "text": """Zeebrugge braces for the end of Russian LNG as the EU ban nears

ZEEBRUGGE, April 14 (Zwin Wire) - The last tanker of Russian liquefied natural gas under a short-term contract is due to unload at Zeebrugge on April 24, terminal operator Fluxys said on Monday, a day before an EU ban on such contracts takes effect.

Fluxys's long-term transshipment contract with Yamal Trade, signed in 2015, runs until 2039, but the EU regulation ends all Russian LNG imports from January 1, 2027.

Fluxys will invoke force majeure to end that contract, a company official said, and Yamal Trade could take the dispute to arbitration in Stockholm, according to a person familiar with the contract.

Flemish Minister-President Matthias Diependaele said his government would ask the European Commission for compensation for lost port revenue. "Zeebrugge did not choose this war," he said.

Belgian Energy Minister Mathieu Bihet is expected to raise the issue when EU energy ministers meet in Luxembourg in June.

Read more: Antwerp-Bruges port volumes slip in the first quarter

Defence Minister Theo Francken said the navy would start patrols against "shadow fleet" tankers off the Belgian coast next week.

EU officials say the phase-out will stay in force even if a ceasefire in Ukraine is agreed, which U.S. envoys hope to secure before the summer.

Fluxys aims to sign contracts for the freed capacity with U.S. and Qatari suppliers by the end of June, the company official said.

Zeebrugge handled about a fifth of Europe's Russian LNG last year, much of it reloaded onto smaller ships bound for Asia until transshipment was banned.

Analysts say wholesale gas prices in northwest Europe may rise next winter. "The ban costs Flanders more than anyone, because the port built its business model on this trade," said Pieter Van Roosbroeck, an energy economist at Ghent University.
"""},

"h194en05": {"outlet": "Frobisher Wire (Iqaluit)", "published": "2025-09-26", "text": """Will Iqaluit become Canada's Arctic military hub before the vote?

IQALUIT, Sept 26 (Frobisher Wire) - Defence Minister David McGuinty will visit Iqaluit on Tuesday to announce a northern operational support hub at the city's airport, his office said on Thursday.

The hub would include a longer runway, new hangars and fuel storage for fighter jets, and contracts are expected to be signed before the end of the year, a defence official said.

Nunavut votes in a territorial election on October 27. Economic Development Minister Elijah Nowdluk, who is not seeking re-election, said he would leave cabinet once the new assembly sits.

Nowdluk said the territory would not sign the land lease for the hub unless Inuit-owned firms receive at least a third of the construction work.

Nunavut Tunngavik Incorporated (NTI), which represents Inuit under the land claims agreement, said in a statement that it had not been consulted on the site.

Read more: Iqaluit lifts water restrictions after summer shortage

Under the devolution agreement signed in January 2024, control of public lands and resources passes from Ottawa to Nunavut on April 1, 2027.

Royal Canadian Air Force CF-18 fighters are likely to deploy to Iqaluit for a NORAD exercise in mid-October, two officials said.

Natan Obed, president of Inuit Tapiriit Kanatami, said he would raise the hub with Prime Minister Mark Carney at the Inuit-Crown Partnership Committee meeting in Ottawa in November.

Iqaluit, a city of about 7,500 people, already hosts a forward operating location used by fighter jets since the 1990s.

Analysts say the runway work could slip to 2030 if Ottawa's defence budget is stretched. "Iqaluit has heard big promises before, and people remember the ones that never came," said Leah Akulukjuk, a researcher at Nunavut Arctic College.
"""},
}
