"""English texts of heldout247, written for this project in one sitting. Invented or generic facts."""

EN = {
"h247en01": {"outlet": "Kennet Wire (Newbury)", "published": "2026-03-10", "text": """Will Aldermaston's warhead plant open on time? Healey heads to Berkshire

ALDERMASTON, March 10 (Kennet Wire) - Defence Secretary John Healey will visit the Atomic Weapons Establishment (AWE) at Aldermaston on Thursday to announce a further 2.1 billion pounds for the Astraea warhead programme, the Ministry of Defence said in a statement on Monday.

AWE, which designs and builds Britain's nuclear warheads at Aldermaston and Burghfield in West Berkshire, became a wholly owned MoD company in 2021.

Its chief executive, Gareth Linton, said last week that the new Pegasus uranium facility is now expected to enter service in the second half of 2027. The first Astraea warheads are due to be handed to the Royal Navy in the late 2030s under the Mutual Defence Agreement with the United States.

The Public Accounts Committee will question senior MoD officials on the programme's costs on March 18, its chair, Geoffrey Clifton-Brown, said. An MoD spokesman said the department would not publish the programme's total cost.

Healey is also expected to meet U.S. Energy Secretary Chris Wright in Washington in early April to discuss the warhead's American-made components, two people familiar with the plans said.

Read more: Reading approves new A4 bus lanes

West Berkshire Council will decide by the end of May whether to approve a new access road to the Burghfield site, a council spokeswoman said. The Campaign for Nuclear Disarmament (CND) plans a march from Reading to Aldermaston over the Easter weekend, its general secretary, Kate Hudson, said.

Healey told lawmakers last month that Britain would present the programme as part of its NATO commitments when alliance leaders meet in Ankara on July 7-8.

Analysts say Reform UK could win its first seats on West Berkshire Council in the May 7 local elections. "AWE has been a neighbour for decades; the bill is now the story," said Rachel Atwood, a defence economist at the University of Reading.
"""},

"h247en02": {"outlet": "Mala Panew Wire (Opole)", "published": "2025-09-16", "text": """Tusk and Merz to meet in Opole as German minority presses its case

OPOLE, Sept 16 (Mala Panew Wire) - Prime Minister Donald Tusk and German Chancellor Friedrich Merz will hold Polish-German intergovernmental consultations in Opole on October 9, government spokesman Adam Szlapka said on Monday.

The talks are expected to focus on Germany's checks at the Polish border and on war reparations, which Warsaw has not dropped. The government will present its position paper within 10 days, Szlapka added.

Merz is likely to meet leaders of the region's German minority on the sidelines, said Rafal Bartek, head of the Social-Cultural Society of Germans in Opole Silesia (TSKN). The minority lost its only seat in the Sejm in the October 2023 election, and Bartek said its electoral committee would run again in 2027.

Berlin will keep the border checks at least until the end of March, a German interior ministry spokesman said. Interior Minister Marcin Kierwinski said Poland's own checks on the German border could be lifted in November.

The two governments are also expected to sign a joint declaration on rebuilding flood defences along the Oder, diplomats said. Foreign Minister Radoslaw Sikorski said on Sunday that Poland "will not sign any document that closes the question of war losses".

President Karol Nawrocki, who took office in August, has not decided whether to receive Merz, his office said.

Read more: Opole cement plant to cut 200 jobs as energy costs bite

German President Frank-Walter Steinmeier is due to visit Wroclaw and Opole in the second week of November, the German embassy in Warsaw said.

Analysts say Berlin may announce a fund for surviving victims of the German occupation before the consultations, as a gesture to Polish opinion. "Merz needs a symbol that costs little and shows respect," said Ewa Nowicka, a political scientist at the University of Opole.
"""},

"h247en03": {"outlet": "Kymijoki Wire (Kotka)", "published": "2026-10-13", "text": """Finland moves to bar Russians from buying property as Kymenlaakso counts the cost

KOTKA, Oct 13 (Kymijoki Wire) - Finland's parliament will vote on Wednesday on a law barring Russian and Belarusian citizens from buying property in the country, Defence Minister Antti Hakkanen said on Monday. Passage is widely expected.

The ban would take effect from January 1, 2027, according to the defence ministry, which handles permits for foreign buyers.

In Kymenlaakso, where Russians own more than 1,300 holiday homes, the regional council's director, Ilkka Lepola, said the region would ask the government for a 10-million-euro transition fund before the end of the year.

Moscow will respond with "mirror measures", Russian Foreign Ministry spokeswoman Maria Zakharova said on Friday.

The border has been closed since December 2023, and Interior Minister Mari Rantanen said last week that the crossings "will not reopen this year". The Border Guard will add patrols on the old Vaalimaa road from next week, its Gulf of Finland district said.

The government is also expected to designate the port of HaminaKotka as a NATO logistics hub in mid-November, two officials said.

Read more: Kotka paper mill restarts one line after six-month halt

EU foreign ministers are likely to discuss a bloc-wide property ban when they meet in Luxembourg on October 20, diplomats said. President Alexander Stubb will attend the EU summit in Brussels on October 22-23 and raise it there, his office said.

The Left Alliance will vote against the law, its chair, Minja Koskela, said, calling it "collective punishment". The Finns Party, which backs the ban, has made it a theme for the parliamentary election in April 2027.

Analysts say legal challenges could delay the first refusals by several months. "The law is popular, but the courts will test it," said Anni Korpela, a researcher at the Finnish Institute of International Affairs.
"""},

"h247en04": {"outlet": "Slottsfjell Wire (Tonsberg)", "published": "2027-01-19", "text": """Can Norway's wealth fund keep its ethics rules under U.S. pressure?

TONSBERG, Jan 19 (Slottsfjell Wire) - Norway's parliament will vote on February 4 on new ethical guidelines for the country's sovereign wealth fund, said Hilde Brekkestad, the Labour lawmaker from Vestfold who chairs the Storting's finance committee.

Labour is expected to pass the guidelines with support from the Progress Party, which has long called for fewer exclusions. The committee will hold an open hearing with Nicolai Tangen, chief executive of Norges Bank Investment Management (NBIM), on Thursday, Brekkestad said.

The fund sold its stake in Caterpillar in August 2025 over the use of its bulldozers in the occupied Palestinian territories, prompting threats from Washington.

U.S. officials have warned that Washington could impose visa restrictions on members of the fund's Council on Ethics if exclusions of American companies continue, according to two people briefed on the talks. The council's chair, Svein Richard Brandtzaeg, will step down at the end of February, the Finance Ministry said in a statement.

Finance Minister Jens Stoltenberg is due to travel to Washington in mid-March for talks with Treasury Secretary Scott Bessent, his ministry said. Oslo and Washington aim to conclude a tariff agreement before the summer.

Read more: Vestfold county approves new ferry contract for the Oslofjord

The Socialist Left Party will not back the guidelines, its leader, Kirsti Bergsto, said on Sunday. "This is the end of the fund as a moral investor," she said.

The ministry will publish the council's remaining recommendations within 14 days, and the government will send parliament a white paper on the fund's ownership strategy next month.

Analysts say the fund is unlikely to divest from any more U.S. companies before the new rules take effect. "Oslo has decided that the relationship with Washington matters more than the list," said Lars Hovland, a political economist at the University of South-Eastern Norway in Horten.
"""},

"h247en05": {"outlet": "Vortsjarv Wire (Viljandi)", "published": "2026-11-17", "text": """Estonia to pick a partner for Viljandi explosives plant as residents object

VILJANDI, Nov 17 (Vortsjarv Wire) - Estonia's government will decide on Thursday whether to build a state-backed explosives plant near Viljandi, Defence Minister Hanno Pevkur said on Monday, and aims to sign a contract with a foreign partner by the end of March.

The plant, on a former Soviet airfield south of the town, would produce propellant for 155mm shells from 2029, according to the defence ministry.

Norway's Nammo is likely to win the contract, two people familiar with the tender said, though Germany's Rheinmetall has not withdrawn its bid. Nammo's chief executive is due in Tallinn next week.

Pevkur will present the plan to residents in Viljandi tomorrow. A residents' group has collected more than 4,000 signatures against the plant, citing the risk to Lake Vortsjarv.

The Viljandi rural municipality council will vote on the zoning plan on December 10, its chairman, Urmas Pihlak, said, adding that a majority "will not approve it without new safety studies".

The Estonian Defence Forces will start guarding the site from January 1, the armed forces said in a statement.

Read more: Riigikogu approves 2027 budget with record defence spending

The European Commission is expected to approve a 120-million-euro loan for the plant under its SAFE defence instrument in January, officials said. Pevkur said a ceasefire in Ukraine, which he called unlikely before the spring, would not change the plan.

Prime Minister Kristen Michal will not hold a national referendum on the plant, his office said. Analysts say the opposition could use the issue in southern Estonia before the parliamentary election in March 2027.

"Every region wants defence jobs until the factory is next door," said Kadri Sepp, a security analyst at a Tartu think tank.
"""},
}
