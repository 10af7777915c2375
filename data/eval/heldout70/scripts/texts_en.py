"""English texts of heldout70, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h70en01": {"outlet": "Meghna Delta Wire (Dhaka)", "published": "2025-09-10", "text": """Bangladesh takes Rohingya return plan to UN as border tensions rise

DHAKA, Sept 10 (Meghna Delta Wire) - Bangladesh will present a three-stage plan for the voluntary return of Rohingya refugees at a high-level United Nations conference in New York on September 30, the chief adviser's high representative on the Rohingya crisis, Khalilur Rahman, said on Tuesday.

Chief Adviser Muhammad Yunus is expected to lead the delegation, his press wing said.

Rahman said Dhaka hoped a pilot return of about 1,500 refugees could begin before the end of the year, but conceded that "nothing can move while the Arakan Army controls the other side of the border."

Dhaka has had "informal humanitarian contacts" with the armed group but no formal talks, the foreign ministry said last week.

Read more: Garment exporters warn of US tariff hit to winter orders

The World Food Programme would cut rations in the Cox's Bazar camps to $6 per person from October unless new funding arrives, two aid officials said.

Border Guard Bangladesh will deploy four more battalions along the Naf river from Monday after mortar shells landed near Teknaf on Sunday, a BGB spokesman said.

UNHCR chief Filippo Grandi is likely to visit the camps in the second week of October, according to diplomats in Dhaka. Britain could announce sanctions on Arakan Army commanders at the New York meeting, one of them said.

Yunus has repeatedly said the national election will be held in the first half of February 2026 and that he will hand over to an elected government soon after. Myanmar's military plans to hold its own election in phases from December 28.

"The conference may produce pledges, but a ceasefire in Rakhine is unlikely before Myanmar's vote," said Farhana Siddiqui, a researcher at the Dhaka-based Bay of Bengal Policy Centre. She said fresh fighting around Maungdaw could push new arrivals into Bangladesh within weeks.
"""},

"h70en02": {"outlet": "Mtatsminda Wire (Tbilisi)", "published": "2026-01-20", "text": """Georgia's anti-corruption bureau turns foreign-agent law on rights groups

TBILISI, Jan 20 (Mtatsminda Wire) - Georgia's Anti-Corruption Bureau will begin inspecting the accounts of twelve non-governmental organisations from Monday under the Foreign Agents Registration Act (FARA), the bureau said in a statement on Tuesday, in the first large-scale use of the law.

Prime Minister Irakli Kobakhidze said the government would not amend the act "under any foreign pressure" and accused the groups of planning unrest.

The opposition Coalition for Change has called a march on Rustaveli Avenue for Saturday, the 420th day of nightly protests, and its leaders said more rallies would follow every weekend in February.

The Tbilisi City Court is due to deliver its verdict on January 29 in the trial of eight opposition politicians accused of sabotage, defence lawyers said. Prosecutors have asked for sentences of up to seven years.

Read more: Georgian lari slips as tourism receipts soften

In Brussels, EU foreign ministers are expected to discuss Georgia when they meet on Thursday, January 29, but sanctions on individual officials are unlikely because Hungary and Slovakia oppose them, two EU diplomats said. EU foreign policy chief Kaja Kallas said on Monday that Georgia's candidate status was "frozen in practice."

Parliament Speaker Shalva Papuashvili will travel to Budapest next week for talks with his Hungarian counterpart, his office said.

In Washington, the MEGOBARI Act, which would require sanctions on Georgian officials, could reach a Senate vote by the end of March, according to congressional aides.

Kobakhidze said there would be no early parliamentary election before the scheduled 2028 vote. Georgian troops will join a trilateral exercise with Azerbaijan and Turkey in early March, the defence ministry said.

"Brussels is likely to stay divided on Georgia at least until the Hungarian election in April," said Nino Lomidze, a political scientist at Ilia State University in Tbilisi. "The government knows it and is in no hurry."
"""},

"h70en03": {"outlet": "Guatavita Wire (Bogota)", "published": "2026-06-30", "text": """Colombia's president-elect sets conditions for truce with dissident bloc

BOGOTA, June 30 (Guatavita Wire) - Colombia's president-elect, Rodrigo Salcedo, will meet outgoing President Gustavo Petro at the Casa de Narino on Thursday to begin the formal handover, Salcedo's transition team said on Monday.

Salcedo, a former governor of Antioquia who won the June 21 run-off with 51.8% of the vote, takes office on August 7. He is expected to name his defence and finance ministers in the second half of July, two people close to the team said.

The bilateral ceasefire between the government and the Estado Mayor de Bloques y Frente (EMBF), which expires on July 15, will be extended until August 6 so that the next government can decide its own course, government negotiator Gloria Arango said.

Salcedo said he would keep talks with the group going only if it released all kidnapped soldiers and civilians before the inauguration. "We will not sign a truce with anyone who holds hostages," he told a radio station.

Read more: Colombian peso firms after run-off result

Negotiators are due to meet again in Tibu in mid-July, according to the Office of the Peace Commissioner.

The army will send 2,000 more troops to the Catatumbo region next week after clashes with the ELN killed six soldiers on Saturday, the Defence Ministry said.

Salcedo plans to travel to Washington in the first week of August for talks with Secretary of State Marco Rubio, and may attend the Pacific Alliance summit in Lima on July 24, his team said. U.S. officials have signalled that sanctions imposed on Petro last year could be reviewed after he leaves office.

The UN Verification Mission will brief the Security Council on the peace process on July 14.

Analysts say a breakdown of the truce within Salcedo's first hundred days cannot be ruled out, as the EMBF's fronts in Guaviare and Cauca have not always followed their commanders.
"""},

"h70en04": {"outlet": "Kivu Lakes Wire (Kigali)", "published": "2026-03-11", "text": """Congo, Rwanda push economic pact as Washington accord faces first review

KIGALI, March 11 (Kivu Lakes Wire) - Congo and Rwanda are expected to sign a financing agreement for the Ruzizi III hydropower dam by the end of April, the first project under the economic framework of the Washington peace accord, two officials involved in the talks said.

The accord's Joint Oversight Committee will meet in Washington next week, the U.S. State Department said on Tuesday. Massad Boulos, the senior U.S. adviser for Africa, will chair the session.

Rwandan Foreign Minister Olivier Nduhungirehe said on Monday that Rwanda would begin lifting its "defensive measures" along the border only after joint operations against the FDLR militia had started. "We will not move first," he said.

Technical teams from both countries will meet in Rubavu on Monday to draft rules for the joint development of methane gas in Lake Kivu, Rwanda's infrastructure ministry said.

Read more: Rwanda's central bank holds rate at 6.75%

In Doha, Congolese government and AFC/M23 negotiators are expected to extend a ceasefire that lapses at the end of March, diplomats said. A prisoner exchange overseen by the International Committee of the Red Cross (ICRC) could take place within two weeks.

Presidents Felix Tshisekedi and Paul Kagame could meet again at a summit hosted by U.S. President Donald Trump in May, according to a Congolese presidency official, but no date has been set.

The European Union is likely to renew its sanctions on M23 commanders and Rwandan officers when they come up for review in mid-March, an EU official said.

Congo's Foreign Minister Therese Kayikwamba Wagner will travel to Luanda on Friday for talks with Angolan President Joao Lourenco, her ministry said.

"The economic track is moving faster than the security track," said Jean-Paul Mulumba, an analyst in Goma. "Joint operations against the FDLR are unlikely to start before May."
"""},

"h70en05": {"outlet": "Owen Stanley Wire (Port Moresby)", "published": "2027-02-16", "text": """PNG sets 2027 election timetable as Australia pledges logistics help

PORT MORESBY, Feb 16 (Owen Stanley Wire) - Papua New Guinea will issue the writs for its national election on April 22, with polling to run from June 19 to July 2, Electoral Commissioner Simon Sinai told reporters on Monday.

Sinai said results in all 118 seats should be declared by the end of July, "barring serious violence in the Highlands."

Parliament is due to vote next week on an amendment allowing biometric voter rolls in twelve provinces, and the government is confident it has the numbers, Prime Minister James Marape's office said. Marape said on Monday that the election "will not be delayed by a single day."

Australia will lend two C-27J aircraft and 40 logistics specialists to move ballot boxes, under arrangements first agreed when the Pukpuk defence treaty was ratified last year. Deputy Prime Minister Richard Marles is expected in Port Moresby in early March to sign the support package, an Australian official said.

Read more: Kina bond auction draws record bids

A joint police and Defence Force operation will start in Enga and Hela provinces from mid-May, the police commissioner's office said.

At least three ministers are likely to resign within the next month to contest seats for other parties, according to two senior government sources. Opposition leader Peter Kaupa said a no-confidence motion "may well come" before parliament rises, though it is not clear he has the votes.

Marape is also expected to attend the Pacific Islands Forum leaders' meeting later in the year, his office said, without giving a date.

Analysts say disputes will flood the courts after July if the rolls are not cleaned up within weeks. "Every election since 2002 has ended with dozens of petitions, and the court registry is still short of judges," said Lynda Waim, a lecturer in politics at the University of Papua New Guinea.
"""},
}
