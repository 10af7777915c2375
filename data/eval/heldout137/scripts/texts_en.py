"""English texts of heldout137, written for this project. Invented or generic facts."""

EN = {
"h137en01": {"outlet": "Nemiga Wire (Minsk)", "published": "2026-09-24", "text": """Will Minsk get its Russian loan? Putin heads to Belarus for Union State talks

MINSK, Sept 24 (Nemiga Wire) - Russian President Vladimir Putin will travel to Minsk next Tuesday for a meeting of the Union State's Supreme State Council, the Belarusian presidential press service said on Wednesday.

Putin and President Alexander Lukashenko are expected to sign an intergovernmental agreement on a new state loan of about $1.5 billion to refinance Belarusian debt, two officials familiar with the preparations said.

Prime Minister Alexander Turchin said on Monday the loan "will not be tied to any new integration road maps", rejecting claims by exiled opposition leaders that Minsk was trading sovereignty for cash.

Defence Minister Viktor Khrenin said a second Oreshnik intermediate-range missile system would be placed on combat duty in Belarus before the end of the year. The first was put on duty in December 2025.

Khrenin will meet his Russian counterpart, Andrei Belousov, in Grodno on October 8 to plan the Zapad-2027 joint exercise, due in September next year, his ministry said.

Read more: Belarus grain harvest falls short of target after dry summer

In Brussels, the European Union could add the Belarusian Potash Company (BPC), Belaruskali's trading arm, to its sanctions list in its next package, expected in November, EU diplomats said. Lithuania and Poland have pressed for the move since smuggling balloons from Belarus repeatedly closed Vilnius airport last year.

Lukashenko is likely to visit China in mid-October, a person close to the presidential administration said. He will also attend the Eurasian Economic Union (EAEU) summit in St Petersburg in December, his spokeswoman Natalia Eismont said.

Analysts say Moscow is unlikely to release the full amount before 2027, and may ask Minsk to route more potash exports through Russian ports in return. "The loan is a leash as much as a lifeline," said Katsiaryna Lazouskaya, an analyst at a Warsaw think tank.
"""},

"h137en02": {"outlet": "Wayuu Wire (Riohacha)", "published": "2026-03-16", "text": """Colombia turns to Venezuelan gas as shortage looms before election

RIOHACHA, March 16 (Wayuu Wire) - Colombia's state oil company Ecopetrol and Venezuela's PDVSA will sign a gas supply contract in Caracas on Thursday, Mines and Energy Minister Edwin Palma said on Sunday, a step toward reopening the Antonio Ricaurte pipeline, idle since 2015.

The first flows of about 40 million cubic feet a day are expected by mid-April, Palma said, although the Venezuelan section of the pipeline still needs repairs.

The deal also needs a licence from the U.S. Treasury's Office of Foreign Assets Control (OFAC), which has not yet decided on Ecopetrol's request, two people familiar with the matter said.

Without Venezuelan gas, Colombia may have to ration supplies to industry from May, the gas regulator CREG warned last week. Reserves have fallen sharply.

Palma will meet his Venezuelan counterpart in Cucuta next week to agree on a price formula, the ministry said.

Read more: Colombian peso slips as oil prices fall

In Arauca, the ELN guerrilla bombed the Cano Limon-Covenas oil pipeline three times in February. Defence Minister Pedro Sanchez said the army would send 1,500 more troops to the province within 30 days.

The ELN's Eastern War Front said in a statement posted online that it would halt attacks on energy infrastructure for 60 days from April 1 if the army suspends air strikes in the region. The government has not said whether it will accept the offer.

The pipeline deal has also become a campaign issue before the first round of the presidential election on May 31. Senator Lucia Arbelaez, a candidate of the opposition Democratic Center, said she would cancel the contract if elected, calling it "a gift to Caracas".

Analysts say Venezuelan gas could cover at most a tenth of Colombian demand in 2026. "It is a bridge, not a solution," said Camila Restrepo, an energy analyst at a Bogota consultancy.
"""},

"h137en03": {"outlet": "Kemijoki Wire (Rovaniemi)", "published": "2026-05-13", "text": """Can Finland restart mine production before winter? Helsinki to pick a maker by June

ROVANIEMI, May 13 (Kemijoki Wire) - Finland will choose a domestic manufacturer for anti-personnel landmines by the end of June, Defence Minister Antti Hakkanen told reporters on Tuesday, four months after the country's withdrawal from the Ottawa Convention took effect in January.

State-owned Patria and explosives maker Forcit have both submitted bids. Production could start as early as October, Hakkanen said, but the first mines are unlikely to reach army units before 2027.

NATO's Forward Land Forces in Finland will open their headquarters in Rovaniemi on Monday, with Sweden's Defence Minister Pal Jonson expected to attend, the Finnish Defence Forces said. The force, led by Sweden with Norwegian and Danish units, is expected to reach about 1,000 troops in Lapland by the end of 2027, officials said.

Kremlin spokesman Dmitry Peskov said on Tuesday that Russia would "take countermeasures" against the deployment, without giving details.

Read more: Finnish exports to Sweden rise for a third straight quarter

President Alexander Stubb will defend the decision to leave the convention at the NATO summit in Ankara on July 7-8, his office said. Nordic defence ministers will meet in Oslo next week to coordinate mine stocks along the eastern flank.

Left Alliance leader Minja Koskela said the party would seek to rejoin the treaty if it enters government after the parliamentary election in April 2027.

The head of the Defence Forces' logistics command, Major General Ilkka Saarnivaara, is expected to step down in June after delays in artillery ammunition deliveries, two people familiar with the matter said.

Analysts say the choice of manufacturer could slip into the autumn if the coalition fails to agree on extra funding. "Nobody wants to build a factory for a product they may stop making in five years," said Jukka Rantanen, a researcher at a Helsinki defence institute.
"""},

"h137en04": {"outlet": "Logone Wire (Maroua)", "published": "2027-02-10", "text": """Lake Chad leaders to meet on joint force's future as Cameroon's Far North braces for raids

MAROUA, Feb 10 (Logone Wire) - Heads of state of the Lake Chad Basin Commission (LCBC) will hold a summit in N'Djamena on February 26 to decide the future of the Multinational Joint Task Force (MNJTF) after Niger's withdrawal, the commission's secretariat said on Tuesday.

Defence chiefs of the four remaining members will meet in Abuja on February 22 to prepare the summit, it added.

Cameroon's President Paul Biya is not expected to attend and will be represented by Defence Minister Joseph Beti Assomo, two officials in Yaounde said. Nigeria and Cameroon are expected to sign a hot-pursuit agreement on the sidelines, allowing troops to cross the border in pursuit of fighters, diplomats said.

Fighters of Islamic State West Africa Province (ISWAP) killed nine Cameroonian soldiers in an attack on a base near Kolofata on Sunday.

Beti Assomo said last week that Cameroon and Chad would launch a joint operation along the Logone river in early March. N'Djamena has said it "will not send troops beyond its borders" without a new mandate from the summit.

Read more: Cameroon cocoa farmers hold back beans as prices slide

The African Union's commissioner for political affairs, peace and security, Bankole Adeoye, is due in Maroua on Friday to visit camps for displaced people, the AU said.

The MNJTF headquarters could move from N'Djamena to Maiduguri next month, a Nigerian official said, a step Chad has opposed.

The World Food Programme may cut rations for 200,000 people in the Far North from April for lack of funding, its country director, Elena Ricci, said.

Analysts say the joint force may be replaced by bilateral arrangements before the end of the year. "Each capital now wants its own war," said Emmanuel Ngono, a security researcher at the University of Yaounde II.
"""},

"h137en05": {"outlet": "Vaisigano Wire (Apia)", "published": "2025-11-19", "text": """Samoa sets two by-elections as court rulings trim government's majority

APIA, Nov 19 (Vaisigano Wire) - Samoa will hold by-elections in the Falealili No. 2 and Gagaifomauga No. 3 constituencies on January 23, the Office of the Electoral Commissioner said on Tuesday. Nominations close on December 12, the office said.

The Supreme Court voided both results over bribery last week, cutting the majority of the ruling Fa'atuatua i le Atua Samoa ua Tasi (FAST) party in the 50-seat parliament. Both seats had gone to FAST candidates in the August 29 general election.

Lands Minister Lefau Tavita Malae, who held the Falealili seat, resigned from cabinet on Monday.

Prime Minister La'auli Leuatea Schmidt said the government "will not call a snap election" even if FAST loses both seats, and that cabinet would name a new lands minister within two weeks.

Opposition leader Tuilaepa Sailele Malielegaoi said the Human Rights Protection Party (HRPP) would field candidates in both seats.

The Speaker, who faces a petition of his own over campaign gifts, could step down before the end of the year, two government MPs said.

Parliament will sit on December 2 to vote on a supplementary budget that includes funds for the by-elections.

Read more: Samoa tourism arrivals pass pre-pandemic level

In foreign affairs, Samoa is expected to sign a policing and security agreement with Australia in December, during a visit to Apia by Australian Foreign Minister Penny Wong, officials in Apia said. China's Foreign Minister Wang Yi may visit Samoa early next year as part of a Pacific tour, a Pacific diplomat said.

Analysts say FAST could lose at least one of the two seats. "Voters punish bribery, but they also punish instability," said Sina Faleolo, a political scientist at the National University of Samoa.
"""},
}
