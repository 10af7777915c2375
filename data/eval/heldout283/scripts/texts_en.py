"""English texts of heldout283, written for this project in one sitting. Invented or generic facts."""

EN = {
"h283en01": {"outlet": "Namoi Wire (Tamworth)", "published": "2025-12-09", "text": """Will Beijing let Tamworth's beef back in before the Lunar New Year?

TAMWORTH, Australia, Dec 9 (Namoi Wire) - Trade Minister Don Farrell will travel to Beijing next week to press China to restore the export licences of four Australian beef plants, two of them in Tamworth, his office said on Monday.

China's customs agency suspended the four plants in late October, citing labelling irregularities on chilled shipments. About 900 workers in Tamworth have since been stood down or moved to shorter shifts.

Farrell is expected to meet Commerce Minister Wang Wentao on December 17, two officials said. Speaking in Canberra, Farrell said Australia "will not retaliate" against Chinese goods and wanted the matter settled "through dialogue, not headlines".

Agriculture Minister Julie Collins said an independent audit of the plants' labelling systems would be completed by December 19 and handed to Chinese inspectors, who are due to visit both Tamworth plants in January.

Tamworth Regional Council will hold an emergency meeting on Thursday to discuss support for affected families, mayor Colin Ridley said.

Industry sources said Beijing could extend the suspension to two more plants in Queensland if the audit finds further problems.

Read more: Reserve Bank holds cash rate, flags sticky services inflation

Nationals leader David Littleproud said he would write to China's ambassador this week, while Barnaby Joyce, the Nationals member for New England, said the closures would weigh on voters at the New South Wales state election in March 2027.

Prime Minister Anthony Albanese could raise the dispute with President Xi Jinping at the APEC summit in Shenzhen next November if it drags on, a government source said.

Analysts say the licences are unlikely to be restored before the Lunar New Year in mid-February, when Chinese demand for imported beef peaks. "Beijing likes to keep one lever in its pocket," said Kylie Mercer, an agricultural trade economist in Armidale.
"""},

"h283en02": {"outlet": "Wapiti Wire (Grande Prairie)", "published": "2026-06-02", "text": """Will Albertans vote to leave the Canada Pension Plan?

GRANDE PRAIRIE, Alberta, June 2 (Wapiti Wire) - Alberta will ask voters on October 19 whether the province should leave the Canada Pension Plan and set up its own, Premier Danielle Smith told a town hall in Grande Prairie on Monday.

The wording of the question will be tabled in the legislature next week, Finance Minister Nate Horner said, and Elections Alberta said advance voting would run from October 13 to 17.

Alberta has argued it is owed more than half of the national fund's assets. The federal chief actuary put its share at about 20 percent in November 2024.

Federal Finance Minister Francois-Philippe Champagne said on Friday that Ottawa "will not negotiate" an asset transfer before Albertans vote.

Federal and provincial finance ministers are due to meet in Ottawa in mid-June, and Horner is expected to raise the withdrawal formula there, a spokesperson for Horner said.

Opposition NDP leader Naheed Nenshi said his party would campaign for the "No" side, adding that it could challenge the question in court if it is "misleading".

Smith said that if voters approve, the government would hold a second referendum on the plan's design in 2027. The chair of the government's pension information panel, Karen Lyster, will step down at the end of June so that the panel stays neutral during the campaign, the premier's office said.

Federal officials said Ottawa could ask the Supreme Court for an opinion on the withdrawal formula before the vote.

Read more: Alberta posts surplus as oil revenue beats forecast

Analysts say the proposal is unlikely to pass: several polls this spring put support for leaving the national plan below 35 percent. "Most Albertans like the idea of a fight with Ottawa more than the idea of a new pension," said Marguerite Haldane, an economist at a Calgary research institute.
"""},

"h283en03": {"outlet": "Hana Wire (Olomouc)", "published": "2026-04-23", "text": """Czech cabinet to rule on Leopard tank order as Olomouc battalion waits

OLOMOUC, Czech Republic, April 23 (Hana Wire) - The Czech government will decide on Monday whether to keep a contract for 44 Leopard 2A8 tanks signed by the previous cabinet, Defence Minister Jaromir Zuna said on Wednesday.

The Fiala government signed the framework deal with Germany's KNDS in October 2024, with an option for 33 more tanks.

Zuna told reporters at the 73rd Tank Battalion's base in Praslavice, near Olomouc, that the government "will not cancel" the contract, but could cut the order to 30 tanks to free money for air defence.

The first two tanks are due to arrive in Praslavice in the second half of 2027, the General Staff said. The battalion will also hold a live-fire exercise at the Libava training area in June.

German Defence Minister Boris Pistorius is expected in Prague on May 5 to discuss the order, diplomats said. The government must present its defence spending plan before the NATO summit in Ankara on July 7-8.

Read more: Czech central bank keeps rates on hold, sees inflation near target

Prime Minister Andrej Babis said on Tuesday that a ceasefire in Ukraine could come "within months" and that Czech priorities would then shift from tanks to drones and air defence.

The opposition Civic Democrats (ODS) said they would demand an extraordinary session of the Chamber's defence committee if the order is cut. Chief of the General Staff Karel Rehka could step down if the cabinet reduces the purchase, according to two people close to him.

Olomouc Region governor Petra Kubelkova will meet Zuna in Praslavice on Friday to discuss the battalion's expansion.

Analysts say a decision on the option for 33 more tanks is unlikely before 2027. "Babis wants the savings, but he does not want a fight with Berlin," said Tomas Vlasak, a defence analyst at a Brno think tank.
"""},

"h283en04": {"outlet": "Savinja Wire (Celje)", "published": "2025-11-13", "text": """Will Celje finally get its province? Slovenia votes on regional reform

CELJE, Slovenia, Nov 13 (Savinja Wire) - Slovenia's National Assembly will vote on November 25 on a bill creating 12 provinces, with Celje as the seat of the Savinja province, Cohesion and Regional Development Minister Aleksander Jevsek said on Wednesday.

The constitution has allowed for provinces since an amendment in 2006, but every attempt to draw their borders has failed.

The bill needs 60 of 90 votes, and Prime Minister Robert Golob's coalition is likely to fall short without the opposition, coalition officials said. Opposition leader Janez Jansa said his Slovenian Democratic Party (SDS) would back the bill only if the number of provinces was cut to eight.

Jevsek said the first provincial elections would be held together with the local elections in November 2026. The European Commission is expected to approve a revised cohesion programme reflecting the new regions in the first quarter of 2026, a ministry official said.

Golob will visit Celje tomorrow to meet mayors from the Savinja valley, the government's communication office said.

Celje's deputy mayor, Rok Kolenc, said the city "will not give up" the provincial seat to Velenje, which has lobbied for a region of its own.

A civic group, Citizens for Strong Municipalities, said it could start collecting signatures for a referendum within seven days of the vote. The National Council, parliament's upper chamber, could also veto the law, forcing a second vote in December.

The reform has become part of the campaign for the parliamentary election expected in March 2026, with Golob's Freedom Movement trailing the SDS in most polls.

Analysts say the provinces are unlikely to start working before 2027. "Everyone wants a province, but nobody wants to lose one to a neighbour, and that is why this has failed for twenty years," said Mojca Brezovnik, a political scientist at the University of Maribor.
"""},

"h283en05": {"outlet": "Clywedog Wire (Wrexham)", "published": "2025-09-30", "text": """Will Wrexham get Britain's new propellant plant?

WREXHAM, Wales, Sept 30 (Clywedog Wire) - Britain will decide by the end of October whether to build a new artillery propellant plant on the Wrexham Industrial Estate, Defence Secretary John Healey said on Monday, in what would be the largest defence investment in north Wales for decades.

The Strategic Defence Review published in June committed the government to at least six new munitions and energetics factories. Britain has had no large-scale propellant production since its last plant closed in 2008.

BAE Systems is expected to sign a 15-year contract with the Ministry of Defence before the end of the year if Wrexham is chosen, two people familiar with the plans said. Officials said the ministry could also split the work between Wrexham and a site in Scotland.

First Minister Eluned Morgan said the Welsh Government would offer 40 million pounds for roads and training linked to the plant.

Wrexham County Borough Council's planning committee will meet on October 8 to consider an outline application, the council said in a statement. A residents' group, Borras Safe Homes, said it could seek a judicial review if the council approves the plans without a full safety inquiry.

Read more: Welsh Government sets out draft budget timetable

Plaid Cymru leader Rhun ap Iorwerth said a Plaid government would review the plant's safety case if it wins the Senedd election on May 7.

Healey will co-chair a meeting of the Ukraine Defence Contact Group at NATO headquarters in Brussels on October 15, his office said, and is expected to visit Kyiv next month.

About 2,000 people work on the Wrexham Industrial Estate, where a former explosives factory operated during the Second World War.

Analysts say production is unlikely to start before 2029. "The money is real, but chemistry takes time," said Gareth Llewelyn, a defence industry analyst at a Cardiff consultancy.
"""},
}
