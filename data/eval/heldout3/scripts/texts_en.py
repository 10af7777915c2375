"""English articles of the third held-out set (heldout3), written for this project on 2026-11-29
(original wording, invented or generic facts)."""

EN = {}

EN["h3en01"] = dict(outlet="Nusantara Wire", published="2026-07-08", text="""\
Prabowo to visit Canberra next week as defence pact nears signing

JAKARTA, July 8 (Nusantara Wire) - Indonesian President Prabowo Subianto will travel to Australia next week for a three-day state visit, presidential spokesman Dimas Haryanto said on Wednesday.

Prabowo is scheduled to hold talks with Prime Minister Anthony Albanese in Canberra on Tuesday, Haryanto told reporters at the palace.

The two leaders are expected to sign an upgraded defence cooperation agreement that would allow larger joint exercises and more frequent port calls, two Indonesian officials involved in the negotiations said.

However, the officials said a clause on Australian access to Indonesian airfields was still being negotiated and might be dropped from the final text.

Albanese made Jakarta his first overseas destination after his re-election in May 2025, and the two governments have since met regularly at ministerial level.

Australian Defence Minister Richard Marles said in a statement that the navies of both countries would hold their largest joint drill in the Arafura Sea in late September.

Prabowo may also stop in Papua New Guinea on his way home, according to a diplomat in Jakarta, but that leg of the trip has not been confirmed.

Indonesia has long described its foreign policy as "free and active" and does not belong to any military alliance, a principle Haryanto said the new agreement would not change.

Yohanes Sulistyo, a security analyst at the Archipelago Policy Institute in Jakarta, said China was likely to voice concern over the pact.

The agreement would still need ratification by Indonesia's House of Representatives, which is unlikely to debate it before mid-August, Sulistyo added, because lawmakers are in recess.

Trade is also on the agenda. Australian wheat and cattle exporters are pressing for lower Indonesian quotas, while Jakarta wants faster visa processing for its students and workers.
""")

EN["h3en02"] = dict(outlet="Andes Finance Report", published="2026-02-11", text="""\
Colombia's central bank seen on hold as finance minister quits

BOGOTA, Feb 11 (Andes Finance Report) - Colombia's central bank is expected to keep its benchmark interest rate at 9.25% when its board meets on Friday, February 27, according to a poll of 16 economists by Andes Finance Report.

The board left the rate unchanged at its January meeting, with two of its seven members voting for a quarter-point cut.

Finance Minister Camila Restrepo, who chairs the board, submitted her resignation to President Gustavo Petro on Tuesday, two people familiar with the matter said. Petro is likely to name a successor within days, one of them added.

The presidency said in a statement that Restrepo would remain in office until her replacement is sworn in.

Laura Ospina, chief economist at Bogota brokerage Valores del Pacifico, said the minister's departure could delay a request to Congress to suspend the fiscal rule, which the government had planned to file by the end of March.

Some economists see room for a first rate cut as early as April if inflation keeps falling, although most expect the bank to wait until after the election.

Colombians vote in the first round of the presidential election on May 31, with a runoff on June 21 if no candidate wins more than half of the votes. Petro is barred by the constitution from seeking a second term.

Will the board risk a cut in the middle of the campaign? Ospina said she doubted it, noting that the peso had weakened sharply since December.

The government has repeatedly criticised the bank for keeping borrowing costs high, arguing that expensive credit is holding back housing construction and small businesses.

Read also: Peso slides as oil prices weigh on Colombian exports

Annual inflation stood at 5.1% in January, still above the bank's 3% target.
""")

EN["h3en03"] = dict(outlet="Pacific Tide News", published="2025-08-26", text="""\
Honiara readies for Pacific leaders' summit without dialogue partners

SUVA, Aug 26 (Pacific Tide News) - Pacific Islands Forum leaders will meet in Honiara from September 8 to 12 for their annual summit, the Forum secretariat said on Tuesday, confirming the schedule after weeks of uncertainty.

Host Solomon Islands will not invite the Forum's dialogue partners, including China and the United States, to this year's meeting, government spokesman George Tasi said, adding that Prime Minister Jeremiah Manele wanted "a family conversation among Pacific leaders".

Forum foreign ministers will hold a preparatory meeting by video link on Friday, the secretariat said.

Leaders are likely to endorse a regional policing initiative that would train and equip officers across member states, diplomats in Suva said.

Tonga hosted last year's summit in Nuku'alofa in August 2024.

New Zealand Prime Minister Christopher Luxon is expected to attend, a New Zealand official said, and could make a brief stop in Vanuatu on the way.

Whether Palau and the Marshall Islands, which recognise Taiwan, will send their leaders remains unclear.

Meleane Fifita, a Tongan researcher at the University of the South Pacific, said the absence of partners could mean smaller climate-finance pledges at the meeting. She expects leaders to use the summit to press larger economies on emissions.

The Forum will issue a communique on climate finance and ocean protection at the close of the meeting, Secretary General Baron Waqa said in a radio interview.

Climate change remains the region's top security concern. Several low-lying member states have warned that rising seas threaten their existence within decades.

The Forum groups 18 members, including Australia and New Zealand, and has struggled in recent years to keep a common line as China and Western powers compete for influence in the region.
""")

EN["h3en04"] = dict(outlet="Sahel Horizon", published="2026-12-02", text="""\
ECOWAS weighs sanctions on Guinea-Bissau junta ahead of Abuja summit

ABUJA, Dec 2 (Sahel Horizon) - West African leaders meeting in Abuja on Sunday, December 13, are expected to impose targeted sanctions on members of Guinea-Bissau's military government, including travel bans and asset freezes, two diplomats at the ECOWAS Commission said.

A full closure of land borders could also be discussed, the diplomats said, although several members fear the impact on trade in cashew nuts.

The bloc's Mediation and Security Council will meet at ministerial level later this week to prepare recommendations for the heads of state, ECOWAS Commission President Omar Alieu Touray said on Wednesday.

Touray said ECOWAS "will not accept" a transition lasting more than twelve months from now.

ECOWAS suspended Guinea-Bissau from its decision-making bodies after the military seized power in November 2025.

In Bissau, junta spokesman Colonel Lassana Djalo said the transitional authorities would publish an electoral calendar within 30 days and planned to hold a presidential vote in November 2027.

Nigerian President Bola Tinubu, who will host the summit, has pushed for a firm response, officials in Abuja said.

A Nigerian defence official, speaking on condition of anonymity, said the bloc's standby force would not be sent to Guinea-Bissau.

Adama Kone, a Dakar-based political analyst, said sanctions might push the junta closer to the Alliance of Sahel States formed by Mali, Burkina Faso and Niger, which left ECOWAS in January 2025.

Guinea-Bissau, a former Portuguese colony of about two million people, has seen several coups and attempted coups since independence in 1974.

Its economy depends heavily on cashew exports, most of which leave through the port of Bissau or cross into Senegal by road.
""")

EN["h3en05"] = dict(outlet="East Africa Sentinel", published="2027-04-21", text="""\
Kenya and Somalia to sign border security pact on Friday

NAIROBI, April 21 (East Africa Sentinel) - Kenya and Somalia will sign a security pact in Nairobi on Friday covering joint patrols along their 680-km border, Kenyan Defence Cabinet Secretary Joseph Kiprono said on Wednesday.

Under the agreement, joint patrols are to begin within 60 days of signing, Kiprono told a parliamentary committee.

Somali Defence Minister Abdikarim Farah Warsame will lead his country's delegation and hold talks with President William Ruto at State House after the signing, according to a State House statement.

Al-Shabaab fighters attacked a police post in Mandera county last Wednesday, killing four officers.

Somali officials said a joint offensive against the group in the Gedo region could start as early as June, but gave no details.

Warsame said on Tuesday that Somalia would not allow Kenyan troops to operate beyond the Gedo region.

A Kenyan security source said the Mandera border crossing, closed since 2011, could reopen by the end of the year if the patrols reduce attacks.

Nairobi-based security analyst Wanjiru Kamau said cross-border operations were unlikely to expand before Kenya's general election on August 10, as the government would avoid casualties during the campaign.

Kenya has kept troops in Somalia since 2011, first on its own and later as part of African Union missions. Kenyan soldiers now serve in the African Union Support and Stabilization Mission in Somalia (AUSSOM), whose funding from donors remains uncertain.

The pact also provides for the exchange of intelligence on militant movements and a joint command post in Mandera, officials said.

Previous border agreements between the two neighbours collapsed amid disputes over their maritime boundary, which the International Court of Justice ruled on in 2021.
""")
