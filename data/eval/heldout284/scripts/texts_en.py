"""English texts of heldout284, written for this project in one sitting. Invented or generic facts."""

EN = {
"h284en01": {"outlet": "Burnett Wire (Bundaberg)", "published": "2026-03-10", "text": """Will Paradise Dam finally get its money? Canberra and Brisbane set to sign

BUNDABERG, March 10 (Burnett Wire) - The federal and Queensland governments will sign a A$6.3 billion funding agreement to rebuild Paradise Dam in Bundaberg on Friday, Queensland Water Minister Fiona Grady said on Monday, after the signing slipped from November.

The dam's spillway was lowered by 5.8 metres in 2020 over safety fears, cutting the water available to the region's cane and macadamia growers.

Prime Minister Anthony Albanese is expected to attend the signing alongside Premier David Crisafulli, two officials said. Bundaberg Regional Council will hold a special meeting on Thursday to approve access roads for the works.

Federal Infrastructure Minister Catherine King said the first A$500 million would be paid to Sunwater within 30 days of the signing. Tenders for the main wall contract close by the end of June, and construction is expected to start in the first half of 2027, according to Sunwater.

Sunwater's chief executive is likely to step down once the contract is awarded, two people familiar with the board's discussions said.

The Coalition's infrastructure spokesman, Andrew Pell, said an incoming Coalition government "will not reopen" the agreement, but he called for a fixed-price contract.

Read more: Bundaberg mills expect an early crush after a dry summer

Tom Maxwell, chairman of the Bundaberg Regional Irrigators Group, said allocations could be cut again in mid-April if the autumn rains fail. "Growers have been planting on half rations for six years," he said.

Canberra's share will be formalised in the federal budget on May 12, the Treasury said in a statement.

Analysts say costs could pass A$8 billion before the dam is finished, and that the project is unlikely to be complete before the October 2028 state election, when the Liberal National Party will be asked to show results in a region it won back in 2024.
"""},

"h284en02": {"outlet": "Little Red Wire (Prince Albert)", "published": "2025-11-18", "text": """Prince Albert chiefs to sign deal for First Nations police service

PRINCE ALBERT, Nov 18 (Little Red Wire) - The Prince Albert Grand Council (PAGC) will sign an agreement with Ottawa and Saskatchewan on Thursday to create a police service for its 12 member First Nations, Grand Chief Leon Ratt said on Monday.

The PAGC's chiefs voted to set up the service at an assembly in June.

Federal Public Safety Minister Gary Anandasangaree is expected to fly in for the signing and is expected to meet Saskatchewan Premier Scott Moe in Regina on Friday, his office said.

Under the deal, the new service will take over policing from RCMP detachments in phases from April 1, with the handover due to be completed by the end of 2027, Ratt said. The first 40 recruits will begin training at the Saskatchewan Police College in late January.

Saskatchewan Policing Minister Michelle Lavoie said the province "will not" cut funding for its new Marshals Service to pay for the agreement.

The RCMP's "F" Division said in a statement its officers would remain in the communities until each handover is signed off.

Ottawa has not decided whether to fund the service beyond its first five years, a federal official said. Community leaders in the far north have complained for years about response times of several hours.

The PAGC elects its grand chief in August. Ratt has not said whether he will run.

The Federation of Sovereign Indigenous Nations (FSIN) is expected to endorse the model at its legislative assembly in Saskatoon next week, FSIN officials said, which could open the way for similar services in other treaty areas.

Analysts say recruiting enough officers could take years, and that a full handover is unlikely before 2028. "The money is the easy part. Finding officers who will stay in a fly-in community is the hard part," said Darren Bighetty, a criminologist at the University of Saskatchewan.
"""},

"h284en03": {"outlet": "Radbuza Wire (Plzen)", "published": "2026-09-15", "text": """Bavaria and Prague to sign Plzen-Regensburg rail pact as Soder visits

PLZEN, Sept 15 (Radbuza Wire) - Bavarian Premier Markus Soder will visit Plzen on Thursday to sign a joint declaration with Czech Prime Minister Andrej Babis on electrifying the Plzen-Regensburg railway, the Czech government office said on Monday.

The single-track line through Domazlice and Furth im Wald is one of the last unelectrified rail links between the two countries, and a 2016 upgrade plan stalled over funding. Trains between Prague and Munich still need a change of locomotive.

Transport Minister Radek Hruby said the two sides would apply jointly for money from the EU's Connecting Europe Facility (CEF) before the end of January and aimed to finish the electrification by 2032.

Soder said Bavaria "will not pay" for works on the Czech side of the border.

German federal Transport Minister Patrick Schnieder is unlikely to attend, a Bavarian official said. Deputy Transport Minister Petr Sulc is expected to resign next week over delays on the Prague-Plzen corridor, two ministry sources said.

Read more: Skoda Transportation wins Bavarian regional train order

Plzen holds municipal and Senate elections on October 9-10. The city's mayor, Tomas Kraus, has not decided whether to seek a second term.

EU leaders meet in Brussels on October 22-23, where Babis plans to push for cohesion money for cross-border rail. Babis is also expected to raise the line with German Chancellor Friedrich Merz when the two governments hold consultations in Berlin in November, diplomats said.

Analysts say electrification is unlikely to be finished before 2035, and that a Czech budget squeeze could delay the CEF application. "Every Czech government promises this line, and every budget cuts it," said Lenka Horakova, a transport economist at the University of West Bohemia.
"""},

"h284en04": {"outlet": "Kolovare Wire (Zadar)", "published": "2026-05-12", "text": """First Turkish drones land in Zadar as Croatia eyes Adriatic patrols

ZADAR, May 12 (Kolovare Wire) - The first three of six Bayraktar TB2 drones Croatia bought from Turkey will arrive at Zemunik air base near Zadar on Friday, Defence Minister Ivan Anusic said on Monday, with the remaining three due by the end of July.

Croatia signed the contract with Baykar in 2024, as part of a rearmament drive that also brought French Rafale jets and German Leopard tanks.

Anusic said the drones would begin surveillance flights over the Adriatic as early as September, including tracking of tankers suspected of carrying Russian oil.

President Zoran Milanovic, the armed forces' supreme commander, said he "will not approve" any deployment of the drones outside Croatia without a vote in parliament.

Parliament's defence committee will hold a closed hearing on the programme tomorrow, committee chairman Ante Pavic said. A Baykar delegation is expected in Zadar next month to train crews, a ministry official said.

Read more: Zadar airport sees record spring traffic despite runway works

EU foreign ministers could add more shadow-fleet tankers to the sanctions list when they meet in Brussels on May 26, two EU diplomats said.

Prime Minister Andrej Plenkovic will attend the NATO summit in Ankara on July 7-8, where he is likely to meet Turkish President Tayyip Erdogan, his office said.

Zagreb could offer the drones to a European mission monitoring any ceasefire in Ukraine, a government source said. Analysts say a ceasefire in Ukraine is unlikely before 2027, and that the drones will spend their first years watching the Adriatic instead.

Residents of villages near Zemunik, which also serves as Zadar's civilian airport, have asked for a noise study.
"""},

"h284en05": {"outlet": "Tahunanui Wire (Nelson)", "published": "2026-05-26", "text": """Will Nelson and Tasman merge? Commission to publish final plan

NELSON, May 26 (Tahunanui Wire) - The Local Government Commission will publish its final proposal to merge Nelson City Council and Tasman District Council on Thursday, its chair, Margaret Ngata, said on Monday.

If the proposal stands, residents of both districts will vote in a binding postal poll from September 18 to October 10, the commission said. Both councils have to lodge their responses within 14 days, it added. The two councils together serve about 115,000 people and already share a port company, an airport and a regional landfill.

Tasman voters rejected a similar merger in a 2012 poll.

Local Government Minister Simon Watts said the government "would not force" amalgamation on either council.

Nelson Mayor Kerry Thorburn said she would campaign for a yes vote. "One council means one voice in Wellington," she said. Tasman Mayor Grant Hunter has not decided whether to back the plan.

Tasman's deputy mayor, Chris Healey, will resign from the council next week to lead the "No" campaign, he told reporters. "Tasman ratepayers should not be asked to carry Nelson's debts," he said.

Prime Minister Christopher Luxon will visit Nelson on Friday to open the first stage of the rebuilt hospital, his office said. The government's wider reform of local government, announced last year, lets councils propose mergers without a lengthy commission process.

Cabinet could approve NZ$30 million in transition funding before the end of the year, two officials said. The joint councils' committee meets on Wednesday to discuss the costings.

Analysts say turnout could fall below 40 percent because the poll closes weeks before the general election on November 7. "People will be tired of ballots by then," said Hemi Walker, a political scientist at Victoria University of Wellington.
"""},
}
