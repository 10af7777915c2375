"""English texts of heldout31, written for this project in one sitting. Invented or generic facts."""

EN = {
"h31en01": {"outlet": "Mfoundi Wire (Yaounde)", "published": "2026-01-20", "text": """Cameroon sets March vote for parliament and councils as opposition weighs boycott

YAOUNDE, Jan 20 (Mfoundi Wire) - Cameroon will hold legislative and municipal elections on Sunday, March 15, under a decree signed by President Paul Biya and read on state radio on Monday, ending months of uncertainty over a vote already postponed once.

Candidate lists must be filed with Elections Cameroon (ELECAM) by February 10, and the official campaign opens on February 28, ELECAM's director general, Erik Essousse, told reporters.

Biya, 92, won an eighth term in the October 12 presidential election, a result the opposition still disputes.

The Cameroon Renaissance Movement (MRC) of Maurice Kamto could boycott the vote, two party officials said. Kamto will announce the party's decision after a national council in Yaounde on Saturday, MRC spokesman Bibou Nissack said.

Cabral Libii, whose PCRN is the largest opposition group in the outgoing assembly, said on Monday his party "will field candidates in every constituency".

Territorial Administration Minister Paul Atanga Nji said voting would take place in the North-West and South-West regions, where separatist groups have called a lockdown from March 13 to March 16. The army is expected to deploy additional battalions to Bamenda and Buea before the vote, a senior officer said, speaking on condition of anonymity.

Read more: Cameroon cocoa arrivals rise 8% in December

Nigerian Vice President Kashim Shettima will visit Yaounde next week for talks with Biya on border security around Lake Chad and the Bakassi peninsula, the presidency said.

An IMF mission is due in Yaounde in the second half of February to discuss a successor to the extended credit programme, the finance ministry said.

The Bank of Central African States (BEAC) is expected to keep its policy rate at 4.50% when its monetary policy committee meets on March 24, analysts say.

A government reshuffle could follow the elections, diplomats in Yaounde say, with several ministers expected to run for parliament.
"""},

"h31en02": {"outlet": "Atitlan Wire (Guatemala City)", "published": "2026-06-10", "text": """Guatemala, Belize brace for World Court ruling on old territorial claim

GUATEMALA CITY, June 10 (Atitlan Wire) - The International Court of Justice will deliver its judgment on Guatemala's territorial claim against Belize on Thursday, July 9, the court said on Tuesday, seven years after voters in both countries agreed to send the dispute to The Hague.

Foreign Minister Carlos Ramiro Martinez said Guatemala "will respect the ruling, whatever it says", and President Bernardo Arevalo is expected to address the nation the same evening.

Belizean Prime Minister John Briceno told the National Assembly on Friday that it would convene a special session within 48 hours of the judgment.

The two foreign ministers are scheduled to meet in Washington under the auspices of the Organization of American States in the second week of July to discuss implementation, an OAS spokesperson said. OAS Secretary General Albert Ramdin may visit the Adjacency Zone before the ruling, the spokesperson added.

Guatemala's army will deploy about 500 more soldiers along the Sarstoon River from next week to prevent incidents, the defence ministry said. In April, a Guatemalan navy patrol detained three Belizean fishermen near the Sapodilla Cayes, prompting a protest from Belmopan.

Read more: Guatemala's remittances hit record in May

U.S. Secretary of State Marco Rubio is expected to stop in Guatemala City later this month to sign an expanded migration agreement, two officials said.

Arevalo will attend the Central American Integration System (SICA) summit in Panama City on June 26.

At home, the Supreme Electoral Tribunal (TSE) said on Monday it would formally convene the 2027 general election on January 19, with the first round expected in June 2027. Arevalo's Semilla movement, whose registration was suspended in 2023, could be barred from fielding a presidential candidate, analysts say.

Belize's opposition has urged Briceno to reject any ruling that cedes the southern cayes, but the government has not commented.
"""},

"h31en03": {"outlet": "Devin Wire (Bratislava)", "published": "2026-10-07", "text": """Slovak cabinet backs austerity budget as opposition readies no-confidence bid

BRATISLAVA, Oct 7 (Devin Wire) - Slovakia's government approved a 2027 draft budget on Wednesday that cuts the deficit to 4.1% of GDP, and Finance Minister Ladislav Kamenicky said he expects parliament to pass it in the first half of December.

"There will be no new bank levy," Kamenicky told reporters, ruling out a measure pushed by the junior coalition Slovak National Party (SNS).

The main opposition Progressive Slovakia (PS) will file a motion of no confidence in Prime Minister Robert Fico's government next week, party leader Michal Simecka said on Tuesday, citing cuts to hospital funding. A vote could come as early as October 20. The coalition holds 78 of the 150 seats.

Health Minister Kamil Sasko may resign if the hospital cuts stay in the budget, coalition sources said.

The doctors' union LOZ will stop overtime work from November 1 unless the cut is reversed, its chairman, Peter Visolajsky, said.

Read more: Slovak car output falls 3% in September

EU finance ministers will discuss Slovakia's budget plans when they meet in Brussels on November 13, and the European Commission could propose suspending part of Slovakia's recovery-fund payments over changes to the criminal code, two EU officials said.

Fico will attend the European Council in Brussels on October 22-23, where he is expected to repeat his opposition to new EU sanctions on Russian gas.

Ukraine's prime minister is expected in Bratislava next week for the first intergovernmental consultations between the two governments since 2024, government sources said.

Slovakia will receive its last four F-16 fighter jets from the United States before the end of the year, the defence ministry said, completing an order of 14 aircraft.

S&P Global could cut Slovakia's A+ rating when it reviews it on October 23, economists said.
"""},

"h31en04": {"outlet": "Kra Isthmus Wire (Chumphon)", "published": "2027-01-14", "text": """Thailand's Land Bridge bill heads to cabinet as Japanese investors circle

CHUMPHON, Jan 14 (Kra Isthmus Wire) - Thailand's cabinet will consider the draft Southern Economic Corridor bill, the legal basis for the $28 billion Land Bridge linking the Gulf of Thailand and the Andaman Sea, on Tuesday, Transport Minister Pichet Sombatwong said on Wednesday.

Pichet said he expects the House of Representatives to hold a first reading in late February. The opposition People's Party will vote against the bill unless an environmental assessment of the Ranong port is published first, party spokesman Parit Wacharasindhu said.

The Office of Transport and Traffic Policy and Planning (OTP) aims to open international bidding for the first phase in the second half of 2027, its director-general, Nattaporn Srisuk, said. A roadshow to Tokyo and Beijing is planned for March, and Japan's land ministry is expected to send a delegation to Ranong next week, she added.

Deputy Transport Minister Somchai Rattanakorn resigned on Monday over a procurement inquiry. The Prime Minister's Office said a successor would be named within two weeks.

The cabinet approved the project's concept in 2023, but a feasibility study has been revised twice since then.

Read more: Thai exports rise for eighth month in December

The Senate's transport committee will hold a public hearing in Ranong on January 29, where fishing communities oppose land acquisition.

The Royal Thai Navy and the Indian Navy will hold a coordinated patrol in the Andaman Sea in late February, the navy said.

China could seek a stake in the Ranong port, analysts say, a move that may worry Washington.

Malaysian Prime Minister Anwar Ibrahim is expected to visit Bangkok in the first week of February and is likely to raise the project, which would compete with Malaysia's ports, officials in Kuala Lumpur said.
"""},

"h31en05": {"outlet": "Oslofjord Wire (Oslo)", "published": "2025-10-15", "text": """Norway's Stoltenberg unveils budget as Store seeks partners to pass it

OSLO, Oct 15 (Oslofjord Wire) - Finance Minister Jens Stoltenberg presented a 2026 budget on Wednesday that keeps oil-fund spending below 3% of the fund's value, and Prime Minister Jonas Gahr Store's minority Labour government now needs the support of at least three other parties to pass it.

Labour won 53 of the 169 seats in the September 8 election.

Talks with the Centre Party, the Socialist Left, the Red Party and the Greens are expected to start next week, and the Storting must adopt the budget framework by late November, parliamentary officials said.

Centre Party leader Trygve Slagsvold Vedum said his party "will not support a budget that raises electricity taxes", while Socialist Left leader Kirsti Bergsto said a deal could take "several weeks".

Foreign Minister Espen Barth Eide said Norway would align with the European Union's latest package of sanctions against Russia "within days", including its ban on Russian liquefied natural gas.

Read more: Norwegian salmon exports dip in September

The Norwegian-Russian fisheries commission will meet in the second half of October to set 2026 cod quotas in the Barents Sea, and a cut of up to 20% is likely, the fisheries ministry said.

Store will travel to Berlin on Monday for talks with German Chancellor Friedrich Merz on energy and defence cooperation, his office said.

Defence Minister Tore O. Sandvik said about 25,000 allied troops would take part in the Cold Response exercise in northern Norway in March.

Norges Bank is expected to keep its policy rate at 4.00% on November 6, a poll of economists showed.

The government will present a review of the oil fund's ethical guidelines to the Storting before the end of the year, officials said. Washington could impose visa restrictions on members of the fund's Council on Ethics after its exclusion of Caterpillar, a Western diplomat said.
"""},
}
