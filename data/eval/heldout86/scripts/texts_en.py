"""English texts of heldout86, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h86en01": {"outlet": "Kandyan Wire (Kandy)", "published": "2026-07-14", "text": """EU monitors head to Colombo as Sri Lanka races to replace terror law

COLOMBO, July 14 (Kandyan Wire) - A European Commission monitoring mission will arrive in Colombo next week to review Sri Lanka's compliance with the human rights conditions of the GSP+ trade scheme, the foreign ministry said on Monday.

The mission is expected to meet Justice Minister Harshana Nanayakkara and civil society groups in Jaffna and Batticaloa, the ministry said.

Nanayakkara told parliament last week that the government would table a bill to repeal and replace the Prevention of Terrorism Act (PTA) before the end of August. "Nobody will be held for months without seeing a judge again," he said.

Sri Lanka's GSP+ status, which lets most of its exports enter the European Union duty-free, runs until the end of 2027, and Colombo must reapply under new EU rules by the end of this year.

Two EU diplomats said the Commission could open a procedure to suspend the preferences if the new law kept long pre-trial detention, though neither expected a decision before 2027.

Dilani Fernando, secretary-general of the Joint Apparel Association Forum, said exporters expected the mission to report to Brussels in October.

Read more: Sri Lanka's central bank keeps policy rate at 7.75%

Opposition leader Sajith Premadasa said his Samagi Jana Balawegaya (SJB) would vote for the bill only if it dropped a clause allowing police to ban public gatherings.

Foreign Minister Vijitha Herath is due to travel to Geneva in the second week of September for the UN Human Rights Council session, where a new resolution on Sri Lanka may be tabled, his office said.

The army will hand back 300 acres of private land in the Jaffna peninsula before December, the defence ministry said.

Analysts say President Anura Kumara Dissanayake could call long-delayed provincial council elections in the first half of 2027 if the bill passes.
"""},

"h86en02": {"outlet": "Irtysh Wire (Pavlodar)", "published": "2025-11-27", "text": """Will Kazakhstan finally rein in its oil output?

ASTANA, Nov 27 (Irtysh Wire) - Kazakhstan will present an updated plan to compensate for months of overproduction when eight OPEC+ members meet online on Sunday, Energy Minister Yerlan Akkenzhenov told reporters on Wednesday.

The plan would cut output by about 60,000 barrels per day from January, Akkenzhenov said. But he added that Astana "will not touch Tengiz, because the contract with the investors does not allow it".

Kazakhstan pumped 1.86 million barrels per day of crude in October, well above its OPEC+ quota of about 1.56 million, according to official figures.

The eight producers are widely expected to keep output unchanged for the first quarter of 2026, three OPEC+ delegates said.

Read more: Tokayev signs decree on digital tenge rules

Kazakhstan has also asked Washington for a licence to keep Lukoil's stakes in the Karachaganak and Tengiz projects running after U.S. sanctions on the Russian company took effect, two government officials said. A decision could come before the end of the year, one of them said.

President Kassym-Jomart Tokayev will receive OPEC Secretary General Haitham Al Ghais in Astana on December 4, his press service said.

Air defence units will be deployed around the Atyrau refinery from next month, after a drone struck a Caspian Pipeline Consortium pumping station in southern Russia in October, the defence ministry said.

Media reports say KazMunayGas chief executive Askhat Khassenov may step down before the end of the year after clashing with the ministry over the cuts.

Analysts expect Kazakhstan to overshoot its quota again next year. "The compensation plan is a promise nobody in Astana intends to keep," said Aigerim Sadykova, an energy economist at a brokerage in Almaty.
"""},

"h86en03": {"outlet": "Porkkala Wire (Helsinki)", "published": "2027-01-16", "text": """Finland holds tanker after Baltic data cable is cut; NATO to extend patrols

HELSINKI, Jan 16 (Porkkala Wire) - Finnish investigators will question the crew of a tanker detained off Porkkala after a data cable between Finland and Estonia was damaged on Friday, the National Bureau of Investigation said on Saturday.

The vessel's anchor is believed to have dragged along the seabed for about 90 kilometres, investigators said. The Kremlin denied any involvement on Friday, calling the accusations "groundless".

NATO will extend its Baltic Sentry mission until at least the end of 2027 and send two more frigates next month, Secretary General Mark Rutte said in a statement. Defence ministers are expected to approve the extension when they meet in Brussels on February 11-12, diplomats said.

Prime Minister Petteri Orpo said Finland "will not release the ship until the investigation is complete". The government's ministerial committee on foreign and security policy will meet later today, his office said.

Cinia, the state-owned cable operator, said a repair ship was expected to reach the site by the end of next week.

Read more: Estonia to raise defence spending to 5.4% of GDP

Estonian Prime Minister Kristen Michal will travel to Helsinki on Tuesday for talks with Orpo on protecting the Estlink power links, his office said.

EU foreign ministers could add the tanker to the list of sanctioned shadow-fleet vessels when they meet on January 26, three diplomats said.

The Finnish Navy will hold a mine-countermeasures exercise in the Gulf of Finland in the second half of February, it said.

Analysts say Helsinki may push for a Nordic-Baltic leaders' summit on undersea infrastructure before the summer. "Every incident makes the case for shared surveillance," said Jukka Leinonen, a maritime security researcher in Turku.
"""},

"h86en04": {"outlet": "Colonia Wire (Colonia del Sacramento)", "published": "2026-09-30", "text": """Uruguay and Argentina edge toward deal on deeper River Plate channel

MONTEVIDEO, Sept 30 (Colonia Wire) - The binational commission that manages the River Plate will meet in Buenos Aires on Thursday to approve the terms of a tender to deepen the Martin Garcia channel to 34 feet, Uruguay's Transport Minister Lucia Etcheverry said on Tuesday.

The tender is expected to be published by mid-October, with bids due within 60 days of publication, she said.

The channel, used by barges carrying soybeans and iron ore from Paraguay and Bolivia, has been stuck at 32 feet since the two governments fell out over who would pay for the last stretch.

Uruguayan President Yamandu Orsi and Argentine President Javier Milei aim to sign a financing agreement when they meet in Colonia del Sacramento in the first week of November, according to two officials involved in the talks.

Foreign Minister Mario Lubetkin said on Monday that Uruguay "will not accept tolls that fall only on ships bound for Montevideo".

Argentina's foreign ministry said Foreign Minister Pablo Quirno would visit Montevideo next week to prepare the presidents' meeting.

Read more: Uruguay's inflation slows to 4.1% in August

Uruguay will host the Mercosur summit in Montevideo in December at the end of its pro tempore presidency, and Orsi hopes to present the channel there as a regional project, his spokesman said.

Uruguay's chief delegate to the commission, Gustavo Olivera, could step down if the tender slips again, a Broad Front lawmaker said.

The navies of both countries will begin joint patrols against smuggling on the river on October 12, the Uruguayan defence ministry said.

Analysts say dredging is unlikely to start before the second half of 2027. "Even if everything goes to plan, contractors need months to bring the equipment," said Martina Sosa, a port economist at the University of the Republic.
"""},

"h86en05": {"outlet": "Rarotonga Ledger (Avarua)", "published": "2026-04-26", "text": """Can Brown mend ties with Wellington before the Cook Islands votes?

AVARUA, April 26 (Rarotonga Ledger) - Cook Islands and New Zealand officials will hold talks in Wellington next week on restoring budget support that New Zealand froze last year over Avarua's partnership with China, Prime Minister Mark Brown's office said on Saturday.

New Zealand withheld NZ$18.2 million in core sector support in June 2025, saying it had not been consulted on the agreements Brown signed in Beijing. The Cook Islands is self-governing in free association with New Zealand, which supports its defence, and its citizens hold New Zealand passports.

Brown told reporters on Friday that he "will not walk away" from those agreements, but would offer Wellington "full and early consultation" on any new deal.

New Zealand Foreign Minister Winston Peters could visit Rarotonga in mid-May if the talks go well, two New Zealand officials said.

A Chinese research vessel is due to begin mapping seabed nodules in the country's southern waters in July, under a memorandum signed last year, the Seabed Minerals Authority said.

Read more: Samoa raises minimum wage for the second time in a year

Brown is expected to ask the King's Representative to dissolve parliament in early June, with a general election likely in late July, according to two Cook Islands Party officials.

Opposition leader Tina Browne said the Democratic Party would review every agreement with China if it won.

Royal New Zealand Air Force surveillance aircraft will patrol the Cook Islands' exclusive economic zone from May, the New Zealand Defence Force said.

Analysts say the dispute could overshadow the Pacific Islands Forum leaders' meeting in Palau in September. "Both sides want this settled before the campaign," said Losa Tamarua, a Pacific politics lecturer in Auckland.
"""},
}
