"""English texts of heldout82, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h82en01": {"outlet": "Sisaket Wire (Kantharalak)", "published": "2026-06-08", "text": """Thailand to seek treaty fact-finding mission over new mines on Cambodian border

SISAKET, June 8 (Sisaket Wire) - Thailand will ask states parties to the Mine Ban Convention to send a fact-finding mission to its border with Cambodia when the treaty's intersessional meetings open in Geneva on June 17, Foreign Minister Sihasak Phuangketkeow said on Sunday.

It would be the first such request since the convention entered into force in 1999, he said.

Two Thai rangers lost their legs when a mine exploded near the Chong Bok pass on May 30, the army said, adding that the device had been laid recently.

Cambodian Deputy Prime Minister Prak Sokhonn rejected the accusation on Monday. "Cambodia has not laid a single new mine and will not accept a mission built on false claims," he told reporters in Phnom Penh.

Diplomats in Geneva said states parties were unlikely to decide on the request before their annual meeting in November, and that a mission could reach the border in December at the earliest.

The army warned that the blasts could undermine the ceasefire signed in Kuala Lumpur last October. The General Border Committee will meet in Chanthaburi on June 24 to review the truce, army spokesman Colonel Ratchada Kongsuk said.

Read more: Thai baht slips as exporters brace for weaker demand

The Commerce Ministry said a ban on fuel exports to Cambodia would stay in place until at least the end of August.

The prime minister is expected to visit Sisaket on Friday to meet the injured rangers, Government House said.

Analysts say Phnom Penh could answer by filing its own complaint against Thailand at the Geneva meetings. "Both capitals find this dispute useful at home," said Kanokwan Sripong, a lecturer in international relations at Ubon Ratchathani University.

ASEAN observers on the frontier may also be asked to inspect the blast site within 10 days, a Malaysian diplomat said.
"""},

"h82en02": {"outlet": "Shitalakshya Wire (Narayanganj)", "published": "2025-12-09", "text": """Dhaka to press New Delhi on Hasina extradition at foreign secretary talks

DHAKA, Dec 9 (Shitalakshya Wire) - Bangladesh will formally raise its request for the extradition of former prime minister Sheikh Hasina when the foreign secretaries of the two countries meet in New Delhi next week, Foreign Adviser Touhid Hossain said on Tuesday.

Foreign Secretary Asad Alam Siam will lead the delegation and is expected to hand over a second diplomatic note on the case, officials at the foreign ministry said.

A special tribunal in Dhaka sentenced Hasina to death in absentia on November 17 over the deadly crackdown on last year's student-led uprising. She has lived in India since fleeing in August 2024.

India's external affairs ministry said on Friday it was "examining the request in line with judicial and legal processes" but gave no timeline.

Hossain said Dhaka expected a written reply within 30 days. Two Indian officials, speaking on condition of anonymity, said New Delhi was unlikely to respond formally before Bangladesh's February 12 general election.

"India will almost certainly sit on the request and wait to see who governs in Dhaka," said Rezaul Karim Chowdhury, a professor of international relations at Jahangirnagar University.

Read more: Bangladesh garment exports dip for a second month

The army will keep troops deployed with magistracy powers until the end of January, the Inter-Services Public Relations directorate said.

A U.S. State Department delegation is due in Dhaka in the second week of January, the foreign ministry said. Washington could lift its sanctions on the elite Rapid Action Battalion before the election, a Western diplomat said, four years after they were imposed over alleged extrajudicial killings.

President Mohammed Shahabuddin, who was elected by parliament under Hasina, could step down after the vote, two senior leaders of the Bangladesh Nationalist Party said.
"""},

"h82en03": {"outlet": "Chorokhi Wire (Batumi)", "published": "2027-02-16", "text": """Georgia, Romania to sign Black Sea power cable pact as EU grant stays frozen

TBILISI, Feb 16 (Chorokhi Wire) - Energy ministers of Georgia, Azerbaijan, Romania and Hungary will meet in Bucharest on Friday to sign a shareholders' agreement for the Black Sea submarine power cable, Georgian Economy Minister Mariam Kvrivishvili said on Monday.

The 1,195-km cable is meant to carry renewable power from the South Caucasus to the European Union.

The European Commission froze a 2.3 billion euro grant for the project's Georgian section in December 2025, citing democratic backsliding after parliament passed a foreign agents law modelled on U.S. legislation.

Two Commission officials said the freeze would stay in place at least until the enlargement package in October.

Prime Minister Irakli Kobakhidze said on Monday that Georgia "will not trade its laws for a cable" and would finance its section with loans from Asian lenders if necessary.

Kvrivishvili said a tender for laying the cable would be launched by the end of June, and that parliament was expected to ratify the shareholders' agreement next month.

Kobakhidze will travel to Baku next week for talks with President Ilham Aliyev on Azerbaijan's share of the financing, his office said.

Read more: Georgian lari steady as tourism receipts climb

Romania's navy will escort survey vessels along the cable route from April, the Romanian Defence Ministry said.

Davit Tsiklauri, head of the state grid operator Georgian State Electrosystem, could step down before the signing after a dispute with the ministry over ownership stakes, two people familiar with the matter said.

Analysts say Brussels could unfreeze the money sooner if Tbilisi amends the law, but that is unlikely before the October 2028 parliamentary election. "For Georgian Dream the cable is proof that Europe still needs Georgia," said Nino Beridze, an energy analyst at a Tbilisi think tank. "That argument gets louder as the election approaches."
"""},

"h82en04": {"outlet": "Guaitara Wire (Pasto)", "published": "2025-11-18", "text": """Colombia and Comuneros del Sur set to sign final peace deal in Pasto

PASTO, Nov 18 (Guaitara Wire) - Colombia's government and the Comuneros del Sur armed group will sign a final peace agreement in Pasto on November 29, the government's chief negotiator with the group, Gabriel Yepes Mejia, said on Monday.

Negotiators will meet in Tumaco on Thursday to finalise the text, he said. President Gustavo Petro is expected to attend the signing ceremony, his office said.

The group, a former ELN faction active in Narino province, broke away from the larger guerrilla army in 2024 and has observed a truce with government forces since then.

Under the deal, its roughly 300 fighters would hand over their weapons to a United Nations team by the end of January, Yepes Mejia said.

The bilateral ceasefire, which expires on November 30, will be extended until the handover is complete, peace commissioner Otty Patino said.

Narino Governor Luis Alfonso Escobar said the province "will not accept a deal that leaves the coca economy untouched" and called for a crop substitution programme funded by Bogota.

Read more: Colombian peso weakens as oil prices slide

The group's political wing hopes to field candidates in the March 8 congressional elections, Yepes Mejia said, although electoral authorities have yet to rule on its registration.

The U.S. Treasury, which sanctioned Petro in October, could also target officials involved in the talks, two congressional aides in Washington said.

The ELN itself has rejected any return to negotiations under the current government, and fighting between the ELN and dissident FARC factions displaced thousands in Catatumbo this year.

Analysts say the deal could become a template for talks with smaller groups, but a new government taking office on August 7 may not honour it. "Comuneros is small enough to succeed and too small to change the war," said Camila Ortega Benavides, a researcher at the University of Narino.
"""},

"h82en05": {"outlet": "Amatitlan Wire (Villa Nueva)", "published": "2026-07-14", "text": """Will Guatemala's Congress back Arevalo's prison emergency?

GUATEMALA CITY, July 14 (Amatitlan Wire) - Guatemala's Congress will vote on Thursday on whether to ratify a 30-day state of prevention in Escuintla, Guatemala and Izabal departments, Congress President Marta Lucia Orellana said on Monday.

Fourteen members of the Barrio 18 gang escaped from the Renovacion 1 maximum-security prison in Escuintla on July 5, the Interior Ministry said.

Ratification is likely, with support from the Vamos and Cabal blocs, though the opposition Valor party said it would vote against the decree. Orellana said the security committee would question Interior Minister Hugo Monterroso tomorrow.

Monterroso said the army would take over the outer perimeter of Renovacion 1, Fraijanes II and Pavon prisons from Monday. Under pressure from lawmakers to resign, he said he "will not step down while the fugitives remain at large".

President Bernardo Arevalo is expected to name a new director of the prison system by Friday, his spokeswoman Ana Isabel Tzul said.

Read more: Guatemala's remittances hit record in first half

The U.S. Treasury is expected to designate three Barrio 18 leaders as terrorists in the coming weeks, according to two U.S. officials.

Arevalo will travel to Panama City for the SICA summit on July 30, where Central American leaders are likely to discuss a shared prison database, the foreign ministry said.

The crisis comes as parties prepare for the general election of June 2027, which the Supreme Electoral Tribunal is due to convene in January.

Analysts say the state of prevention could be extended into September if the fugitives are not caught. "Every escape weakens a president who campaigned on cleaning up institutions," said Andres Quezada, a security analyst at a Guatemala City think tank.
"""},
}
