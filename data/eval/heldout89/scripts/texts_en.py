"""English texts of heldout89, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h89en01": {"outlet": "Akasaka Wire (Tokyo)", "published": "2026-03-04", "text": """Will Li Qiang come to Tokyo? Japan presses for three-way summit before June

TOKYO, March 4 (Akasaka Wire) - Japan aims to host its first leaders' summit with China and South Korea in almost two years in late May, Chief Cabinet Secretary Minoru Kihara said on Tuesday, although Beijing has yet to confirm that Premier Li Qiang will attend.

The last three-way summit was held in Seoul on May 26-27, 2024. The next one, first pencilled in for December 2025, was shelved after relations between Tokyo and Beijing soured over Prime Minister Sanae Takaichi's remarks on Taiwan.

Senior officials of the three countries will meet in Seoul next week, the Trilateral Cooperation Secretariat said in a statement. A foreign ministers' meeting could follow in mid-April, two Japanese officials said.

South Korean Foreign Minister Cho Hyun will travel to Tokyo on Friday for talks with his Japanese counterpart Toshimitsu Motegi, Seoul's foreign ministry said. Cho is expected to press for the summit to be held before South Korea's local elections on June 3.

Chinese foreign ministry spokesperson Lin Jian said on Tuesday that Beijing "has no information to release at this time."

Read more: Japan's core inflation slows for a third month

A diplomat in Beijing said China could tighten its curbs on rare-earth exports to Japanese defence firms if Tokyo pressed ahead with a larger defence budget.

The Japanese, U.S. and South Korean militaries will hold their next Freedom Edge exercise in the East China Sea in the second week of April, Japan's Defense Ministry said, a move likely to irritate Beijing.

Analysts say the summit could slip into the autumn. "If Li does not commit by the end of March, late May is not realistic," said Kenji Morita, a political scientist at Keio University.

Takaichi is also expected to visit Seoul in the second half of the year for talks with President Lee Jae-myung, officials said.
"""},

"h89en02": {"outlet": "Tiputini Wire (Coca)", "published": "2026-07-21", "text": """Ecuador to seek five more years to close Yasuni oil block

COCA, Ecuador, July 21 (Tiputini Wire) - Ecuador's government will ask the Constitutional Court next week for five more years to shut down oil production in Block 43 inside Yasuni National Park, Energy Minister Ines Manzano said on Monday.

Voters backed leaving the block's crude in the ground in a referendum on August 20, 2023, and the court initially gave the state one year to comply.

State oil company Petroecuador will close 48 more wells by the end of August, the company said in a statement. Manzano is expected to brief the National Assembly's economic development committee on Wednesday, July 29.

The court is due to hold a public hearing on the request on September 15, a court spokeswoman said.

Pedro Bermeo, a spokesman for the Yasunidos collective that promoted the referendum, said the group would march to the Constitutional Court in Quito on Thursday. "There will be no negotiation over the people's vote," he said.

Read more: Ecuador's bond spreads narrow after IMF disbursement

An International Monetary Fund mission is scheduled to visit Quito in the first week of August to review the budget, which counts on Block 43 revenue this year, the Finance Ministry said.

President Daniel Noboa is expected to visit Beijing in October, where he could sign an oil-backed credit line with Chinese state banks, two government sources said.

The army will deploy troops along the block's pipeline from Monday after a series of illegal taps, the Joint Command of the Armed Forces said.

Analysts say the court is unlikely to grant the full five years. "A shorter extension of one or two years is possible, but not before the hearing," said Maria Jose Cevallos, an energy economist at the Universidad San Francisco de Quito.

Petroecuador's general manager could step down if the court rules against the government, a company official said.
"""},

"h89en03": {"outlet": "Ameralik Wire (Nuuk)", "published": "2025-03-14", "text": """Greenland's Nielsen to open coalition talks with all parties after election upset

NUUK, March 14 (Ameralik Wire) - Jens-Frederik Nielsen, whose Demokraatit party won Tuesday's election to Greenland's parliament, will begin formal coalition talks with the four other parties in the Inatsisartut on Monday, his party said on Thursday.

Demokraatit took 10 of the 31 seats, up from three, in a campaign dominated by U.S. President Donald Trump's repeated talk of taking control of the island.

Nielsen, 33, told reporters he aimed to present a broad coalition "by the end of March" and would name his negotiating team tomorrow. "Greenland needs unity now, not a quick deal," he said.

Pele Broberg, leader of the pro-independence Naleraq, which came second with eight seats, said his party would join a government only if it set a date for an independence referendum. Naleraq "will not give up" that demand, he said on Wednesday.

Outgoing Premier Mute B. Egede, whose Inuit Ataqatigiit fell to seven seats, said he would stay on as caretaker premier until a new government is formed.

Read more: Nuuk airport traffic doubles after runway extension

The new Inatsisartut will hold its first sitting on March 25, the parliament's secretariat said.

Siumut leader Erik Jensen could step down after the party's worst result in decades, two party members said.

Danish Prime Minister Mette Frederiksen is expected to visit Nuuk in April, Danish officials said, and a U.S. delegation could travel to the Pituffik Space Base later this month, according to diplomats.

Denmark's Arctic Command will station two more inspection vessels in Greenlandic waters from the summer, the Danish Defence Ministry said.

Analysts say a new election cannot be ruled out if the talks collapse. "Nielsen holds the key, but if Naleraq is left out it may push for another vote before 2027," said Aviaja Lynge, a political scientist at Ilisimatusarfik, the University of Greenland.
"""},

"h89en04": {"outlet": "Soroca Wire (Chisinau)", "published": "2026-11-24", "text": """Moldova to demand Russian troop pullout at Transnistria control commission

CHISINAU, Nov 24 (Soroca Wire) - Moldova will formally demand the withdrawal of Russian troops from Transnistria when the Joint Control Commission meets in Bender on Thursday, Deputy Prime Minister for Reintegration Roman Rotaru said on Monday.

The commission, set up under the 1992 ceasefire agreement that ended the fighting on the Dniester, oversees Moldovan, Russian and Transnistrian peacekeepers in the security zone. The commission is also expected to review alleged breaches of the ceasefire regime at a new Transnistrian checkpoint near Varnita, Rotaru said.

He said Chisinau would also ask the OSCE to inspect the Soviet-era ammunition depot at Cobasna, where some 20,000 tonnes of shells are stored. OSCE experts could visit the depot as early as January, a diplomat in Chisinau said.

Transnistrian leader Vadim Krasnoselsky said on Sunday that Tiraspol "will not accept any change to the peacekeeping format." Russian foreign ministry spokeswoman Maria Zakharova said Moscow had no plans to reduce its Operational Group of Russian Forces.

Foreign Minister Mihai Popsoi will raise the issue at the OSCE Ministerial Council in early December, the foreign ministry said.

Read more: Moldova's central bank cuts key rate to 5.25%

The European Union may add new Transnistrian officials to its sanctions list in the second half of January, two EU diplomats said.

Romanian President Nicusor Dan will visit Chisinau next week for talks with President Maia Sandu, Sandu's office said. Sandu is due in Brussels on December 10 for an EU-Moldova summit.

Moldovan border police will begin joint patrols with Ukrainian guards along the Transnistrian segment of the border from December 1, the border police said.

Analysts say the 5+2 negotiations, frozen since 2019, are unlikely to resume before 2028. "Moscow is not going to give up its only military foothold west of Ukraine," said Ion Stavila, a researcher at the Dniester Policy Centre in Chisinau.
"""},

"h89en05": {"outlet": "Menteng Wire (Jakarta)", "published": "2027-06-09", "text": """Danantara eyes debut global bond in July as lawmakers seek oversight

JAKARTA, June 9 (Menteng Wire) - Indonesia's sovereign wealth fund Danantara plans to sell its first global dollar bond in the second half of July, raising up to $3 billion for mineral processing projects, chief investment officer Pandu Sjahrir said on Tuesday.

The fund manages the state's stakes in companies such as Bank Mandiri and Pertamina.

The House of Representatives' Commission XI will question Danantara's management on the plan next Monday, commission chairman Mukhamad Misbakhun said.

Finance Minister Purbaya Yudhi Sadewa said on Tuesday the state "will not guarantee" the bonds. "Danantara must stand on its own balance sheet," he said.

The fund's investment committee is expected to approve a first list of 15 nickel, copper and bauxite processing projects by the end of June, people familiar with the matter said.

Read more: Rupiah steadies as Bank Indonesia signals hold

President Prabowo Subianto will make a state visit to Qatar on June 21-23, the State Secretariat said. Danantara and the Qatar Investment Authority are expected to sign a $4 billion co-investment agreement during the visit, two officials said. Prabowo and Qatar's Emir Sheikh Tamim bin Hamad Al Thani first discussed the fund when they met in Jakarta in April.

Analysts expect Fitch Ratings to keep Indonesia's sovereign rating unchanged at its review next month, but warn that a large bond could raise questions over contingent liabilities.

Danantara chief executive Rosan Roeslani, who is also investment minister, could give up the ministry before the end of the year to focus on the fund, according to two people close to the presidency.

The United States could add two Danantara-backed nickel smelters to its import restrictions list, a trade lawyer in Jakarta said.

Prabowo is due to deliver his annual state address to parliament on August 14, when he is expected to announce a national downstreaming programme run by Danantara.
"""},
}
