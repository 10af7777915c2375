"""English texts of heldout200, written for this project in one sitting. Invented or generic facts."""

EN = {
"h200en01": {"outlet": "Dragonera Wire (Palma)", "published": "2025-09-16", "text": """Will Algiers help close the Balearic boat route? Marlaska heads south

PALMA, Sept 16 (Dragonera Wire) - Spain's Interior Minister Fernando Grande-Marlaska will travel to Algiers next week for talks with his Algerian counterpart on the rising number of migrant boats reaching the Balearic Islands, his ministry said on Monday.

More than 5,900 migrants have reached the islands since January, the central government's delegation in Palma said.

Regional President Marga Prohens said her government would send Madrid a formal request tomorrow to declare a "migratory emergency" in the archipelago.

The delegation said a temporary reception centre in a former army barracks in Palma would open within ten days. The Civil Guard will also move an ocean patrol vessel from the Canary Islands to waters south of Cabrera by the end of the month, two officials said.

Frontex, the European Union's border agency, could deploy a surveillance aircraft as early as October, an EU official said.

Algeria's foreign ministry has rejected claims that boats leave its coast unchecked. Diplomats said Madrid hopes to use the visit to revive a 2002 readmission protocol that Algiers froze during the 2022 row over Western Sahara.

Read more: Balearic tourist tax revenue hits record in August

In Madrid, Congress will vote on Thursday on a bill making the distribution of unaccompanied minors among Spain's regions mandatory. The conservative People's Party, which governs the Balearics, is expected to vote against it.

Prime Minister Pedro Sanchez is expected to raise the western Mediterranean route when EU leaders meet in Brussels on October 23-24, the Moncloa said.

Prohens, whose minority government relies on Vox to pass its budgets, has ruled out an early election before the regional vote due in May 2027.

Joan Mas, a migration researcher at the University of the Balearic Islands, said arrivals could ease from November, when autumn storms close the crossing window.
"""},

"h200en02": {"outlet": "Tambre Wire (Santiago de Compostela)", "published": "2027-02-11", "text": """Galicia's pulp mill fight heads to court as Madrid weighs grid link

SANTIAGO DE COMPOSTELA, Feb 11 (Tambre Wire) - Spain's Ministry for the Ecological Transition will decide by the end of March whether to connect Portuguese group Altri's planned pulp and textile-fibre mill in Palas de Rei to the national grid, Minister Sara Aagesen said on Wednesday.

The decision will be "strictly technical", Aagesen said, adding that the 1-billion-euro project "will not receive a single euro" from the EU recovery fund. Ministry officials expect a report from grid operator Red Electrica in early March.

The Xunta, Galicia's regional government, granted the mill its environmental permit in December 2025, and environmental groups appealed. Galicia's High Court of Justice will hear their appeal on March 2-3, a court spokeswoman said.

Regional President Alfonso Rueda, whose People's Party holds an absolute majority in the Galician parliament, will meet Altri executives in Lisbon next week, his office said.

The opposition Galician Nationalist Bloc (BNG) has called a protest in Santiago de Compostela for Sunday. Its leader, Ana Ponton, said the party would table a motion in the regional parliament demanding the resignation of the Xunta's environment chief, Angeles Vazquez. Vazquez has said she will not step down.

Read more: Vigo port handles record container volumes in January

Altri has said it could drop the project if the grid connection is refused. The mill would draw water from the Ulla river.

The European Parliament's petitions committee is expected to discuss a complaint against the mill in Brussels in mid-March, an EU official said.

The dispute has become a campaign issue ahead of the general election, which Prime Minister Pedro Sanchez has said will be held in July.

Analysts say the ministry could approve a smaller connection as a compromise. "Madrid does not want to lose Galician votes over one factory," said Uxia Fernandez, a political scientist at the University of Vigo.
"""},

"h200en03": {"outlet": "Resaca Wire (Edinburg)", "published": "2026-02-13", "text": """Will Texas ports reopen to Mexican cattle before spring?

EDINBURG, Texas, Feb 13 (Resaca Wire) - The U.S. Department of Agriculture will decide by the end of March whether to reopen the Texas ports of entry at Presidio and Del Rio to Mexican cattle, Agriculture Secretary Brooke Rollins said on Thursday. She said a phased reopening of all southern ports could be completed before the end of the year.

The border has been closed to Mexican cattle since July 2025, after cases of the New World screwworm parasite were found in the Mexican state of Veracruz.

Mexico's Agriculture Secretary Julio Berdegue will travel to Washington next week for talks with Rollins on a joint eradication plan, Mexico's agriculture ministry said. The two are expected to sign a protocol on sterile-fly releases in northern Mexico, two people familiar with the planning said.

A sterile-fly dispersal facility at Moore Air Base, near Edinburg, is scheduled to start operating in mid-April, a USDA spokesman said.

Texas Governor Greg Abbott has not said whether he will extend a disaster declaration covering 20 border counties, which expires on March 1. From Monday, the Texas Military Department will deploy 150 National Guard members to help staff livestock inspection points, it said in a statement.

State Agriculture Commissioner Sid Miller said he would oppose any reopening "until Mexico shows us three clean months".

Read more: Cattle futures slip as traders weigh border decision

In Chihuahua, ranchers plan to block the Ojinaga-Presidio bridge on Wednesday if Washington does not set a date, said Hector Villarreal, head of a regional ranchers' union.

Analysts say the dispute could spill into the USMCA joint review on July 1, and that feeder cattle prices are likely to stay near record highs until the ports reopen. "Every month of closure costs Texas feedlots and Mexican ranchers alike," said Laura Ortiz, an agricultural economist in Kingsville.
"""},

"h200en04": {"outlet": "Tarim Wire (Urumqi)", "published": "2025-11-03", "text": """UN rights team heads to Xinjiang as Washington readies new import bans

URUMQI, Nov 3 (Tarim Wire) - A technical team from the UN human rights office will arrive in Urumqi on November 17 for a ten-day visit to Xinjiang, Chinese Foreign Ministry spokesman Guo Jiakun said on Monday, the first since the office's 2022 report.

The team will meet local officials and visit sites chosen jointly with Beijing, Guo said.

UN High Commissioner for Human Rights Volker Turk is not expected to join the team but could travel to China in the first half of next year if the visit goes well, a UN official in Geneva said.

Regional chairman Erkin Tuniyaz said on Friday Xinjiang "will not accept" any visit "used to interfere in China's internal affairs". The Human Rights Council is due to discuss the team's findings at its session in Geneva that opens in late February, diplomats said.

The U.S. Department of Homeland Security is expected to add about 30 Chinese firms to its forced-labour entity list within days, two congressional aides said.

China's commerce ministry said on Sunday it would take "necessary countermeasures" against any new listings. A trade official in Beijing said the ministry could add U.S. drone makers to its unreliable entity list.

Read more: Khorgos dry port volumes rise 12 percent in October

European importers are reviewing supply chains ahead of the EU's forced labour ban, which applies from December 2027.

Beijing will host the third China-Central Asia summit in 2027, and officials in Urumqi hope some of its events will take place in the region.

The People's Liberation Army's Xinjiang Military District will hold winter drills near the Tajik border later this month, Xinhua news agency said.

Analysts say Beijing is unlikely to allow unsupervised access to detention sites during the visit. "China wants a clean report, not an inspection," said Aigerim Sadykova, a researcher at an Almaty think tank.
"""},

"h200en05": {"outlet": "Umgeni Wire (Pietermaritzburg)", "published": "2027-05-19", "text": """Can KwaZulu-Natal's unity coalition survive another no-confidence vote?

PIETERMARITZBURG, May 19 (Umgeni Wire) - KwaZulu-Natal's provincial legislature will vote next Tuesday on a motion of no confidence in Premier Thami Ntuli tabled by the uMkhonto weSizwe (MK) party, the legislature's Speaker, Themba Ngcobo, said on Wednesday.

Ntuli's coalition of the Inkatha Freedom Party (IFP), the African National Congress (ANC), the Democratic Alliance and the National Freedom Party (NFP) holds 41 of the 80 seats. MK's first motion against him failed by one vote in November 2025.

MK's provincial convener, Sibusiso Mthethwa, said he expected "at least two" coalition members to back the motion in a secret ballot, and that he would step down if it failed.

The NFP, whose single seat gives the coalition its majority, has not decided how it will vote, party officials said. ANC provincial chairperson Siboniso Duma said the ANC "will not abandon" the coalition.

Read more: Durban port volumes recover after April strike

In Nquthu, where five people have been killed in political violence since March, local IFP and MK leaders will sign a peace pledge brokered by the provincial peace committee on Saturday, police said. The truce is expected to hold at least until a municipal by-election in the town's ward 7 on June 23.

The South African National Defence Force will deploy a company of soldiers to support police in the area from Friday, the defence ministry said. President Cyril Ramaphosa is expected to visit Nquthu next week, a presidency source said.

MK has said it could ask the High Court in Pietermaritzburg to intervene if the Speaker refuses its request for a secret ballot.

Analysts say the motion is likely to fail but the coalition could struggle to pass the provincial budget in July. "Ntuli survives on the NFP's goodwill, and goodwill has a price," said Nomsa Zungu, a political analyst at a Durban research institute.
"""},
}
