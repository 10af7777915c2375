"""English texts of heldout144, written for this project. Invented or generic facts."""

EN = {
"h144en01": {"outlet": "Reykjanes Wire (Hafnarfjordur)", "published": "2026-11-10", "text": """Will Brussels punish Iceland's mackerel fleet before the new season?

HAFNARFJORDUR, Nov 10 (Reykjanes Wire) - Iceland, Norway, the Faroe Islands, the United Kingdom and the European Union will resume talks on sharing the north-east Atlantic mackerel stock in London next week, Fisheries Minister Hanna Katrin Fridriksson said on Monday.

The coastal states have failed to agree a sharing key since 2009, and each sets its own quota.

Fridriksson said Iceland "will not accept a share below 16 percent", adding that the fleet's 2027 quota would be announced before the end of December.

The European Commission is expected to propose trade measures against Icelandic mackerel under its regulation on unsustainable fishing in early December, two EU officials said. The measures could include a ban on landings in EU ports, one of them said.

EU Fisheries Commissioner Costas Kadis will visit Reykjavik on November 24 for talks with Prime Minister Kristrun Frostadottir, the Commission's representation said. Kadis has not said whether he will bring a compromise offer.

Read more: Icelandic krona firms as tourism revenue beats forecasts

Iceland and Norway signed a bilateral access arrangement for blue whiting in March, which negotiators hoped would ease the dispute.

Parliament, the Althingi, is due to vote on Thursday on a bill raising the fishing fee paid by large vessel owners, the speaker's office said. The bill is likely to pass, as the three governing parties hold 36 of 63 seats.

The Federation of Icelandic Fishing Vessel Owners, known as SFS, has warned that companies may cut investment if the fee rises. Its chair, Olafur Gudmundsson, said the federation would challenge the law in court "within days" of its adoption.

Analysts say a deal in London is unlikely before the spring, and that Brussels may hold back its measures until after the talks. "Both sides want to look tough before Christmas," said Sigrun Eggertsdottir, a fisheries economist at the University of Akureyri.
"""},

"h144en02": {"outlet": "Kuiseb Wire (Walvis Bay)", "published": "2025-10-15", "text": """Namibia sets regional and local polls for November 26 as governor quits to run

WALVIS BAY, Oct 15 (Kuiseb Wire) - Namibia will hold regional council and local authority elections on November 26, the Electoral Commission of Namibia (ECN) said on Tuesday, the first since President Netumbo Nandi-Ndaitwah took office in March.

Nominations will close on October 24 and the final voters' roll will be published within 14 days, ECN chairperson Elsie Nghikembua told reporters in Windhoek.

Erongo governor Neville Andre Itope resigned on Monday to stand as SWAPO's candidate for the Walvis Bay Urban constituency, his office said. A new governor is likely to be appointed next week, a presidency official said.

The Independent Patriots for Change (IPC) will field candidates in all 121 constituencies, its leader, Panduleni Itula, said on Sunday. Itula has not said whether the party will join a pre-election pact with the Affirmative Repositioning movement.

Read more: Namibia's central bank holds repo rate at 6.75%

Nandi-Ndaitwah is expected to launch SWAPO's campaign at a rally in Katutura on November 1, party officials said. SWAPO won most regional seats in 2020 but lost control of Walvis Bay and Windhoek.

Opposition parties fear the ECN may not deliver enough voting machines to remote constituencies, several party agents said. The commission said it would "not reintroduce paper ballots".

The ECN will meet party representatives on October 30 to agree a code of conduct, Nghikembua said, and observers from the SADC Parliamentary Forum are due to arrive in early November.

Separately, the Walvis Bay municipal council is expected to sign a land lease for a green hydrogen export terminal before the end of the year, a council spokesperson said.

Analysts say SWAPO could lose more urban councils if turnout stays below 40 percent. "Young voters in the towns are angry about housing," said Johannes Amupolo, a lecturer in politics at the University of Namibia.
"""},

"h144en03": {"outlet": "Chukha Wire (Phuentsholing)", "published": "2027-03-03", "text": """Can Dorjilung power reach Dhaka before the decade ends?

PHUENTSHOLING, March 3 (Chukha Wire) - Bhutan, India and Bangladesh are expected to sign a trilateral power sale agreement for the 1,125 MW Dorjilung hydropower project in Dhaka in the second half of March, Bhutan's Ministry of Energy and Natural Resources said on Tuesday.

Prime Minister Tshering Tobgay will lead Bhutan's delegation and is likely to meet Bangladeshi Prime Minister Tarique Rahman during the visit, two officials in Thimphu said.

The World Bank approved a first financing package for the project in June 2025, and Druk Green Power Corporation began tunnel works later that year.

Energy Minister Gem Tshering said the first units "will be commissioned in 2031", adding that Bhutan "will not sell the power below cost" to either neighbour.

Under the draft, power would flow to Bangladesh over Indian transmission lines, and India's Central Electricity Authority has not yet approved the tariff for wheeling, a person familiar with the talks said. The approval could come as early as next week, the person said.

Read more: Bhutan's tourism arrivals rise for a third year

India's power minister is due in Thimphu on Friday for a review of Punatsangchhu-I, the Indian embassy said in a statement.

Bhutan's National Assembly will open its spring session on May 10, and the government may table a bill on cross-border electricity trade, a member of the opposition Druk Phuensum Tshogpa said.

Druk Green's managing director, Dasho Chhewang Rinzin, said a second contractor for the powerhouse would be selected by the end of April.

Bhutan earns about a quarter of its revenue from electricity exports.

Analysts say Dhaka may seek a lower tariff once the deal is signed, and that the project could slip by a year if financing from the Asian Development Bank is delayed. "Everyone wants clean power, but nobody wants to pay Himalayan construction costs," said Karma Yangzom, an energy researcher in Thimphu.
"""},

"h144en04": {"outlet": "Port Royal Wire (Kingston)", "published": "2026-07-21", "text": """Jamaica to send 150 soldiers to Haiti gang force

KINGSTON, July 21 (Port Royal Wire) - Jamaica will deploy 150 soldiers to the Gang Suppression Force in Haiti in early August, Prime Minister Andrew Holness told parliament on Tuesday, the largest Jamaican contingent sent abroad since independence.

The Jamaica Defence Force (JDF) troops will fly to Port-au-Prince and serve for six months, JDF chief of staff Lieutenant General Antonette Wemyss Gorman said.

Jamaica had sent a small police and military team to the Kenya-led mission in 2024.

Holness said Jamaica "would not place its soldiers under any command other than the UN-authorised force", adding that the deployment would be reviewed after three months.

Opposition leader Mark Golding said the People's National Party would support the deployment but may seek a debate on its cost when the House returns in September.

Read more: Bank of Jamaica keeps policy rate unchanged

CARICOM heads of government will hold a special summit on Haiti in Bridgetown on August 14, the CARICOM Secretariat said, and Holness is expected to attend.

A truce announced last week between two gang coalitions in the Artibonite region is likely to collapse before the force arrives, two diplomats in Kingston said.

Foreign Minister Kamina Johnson Smith will travel to Washington next week to discuss funding with State Department officials, her ministry said.

The United States has so far covered most of the force's cost, and a UN trust fund for it remains underfunded.

A second Jamaican rotation could follow in February if the Security Council extends the mandate, a JDF spokesman said. The council is due to review the force's mandate on September 30.

Analysts say the mission may test Jamaica's small army, which is also stretched by anti-crime operations at home. "Kingston is betting that stability in Haiti reduces guns coming here," said Donovan Clarke, a security analyst at a Kingston think tank.
"""},

"h144en05": {"outlet": "Tivat Wire (Tivat)", "published": "2025-12-08", "text": """Will Montenegro and Croatia settle the Jadran dispute before Brussels decides?

TIVAT, Dec 8 (Tivat Wire) - Croatian Foreign Minister Gordan Grlic Radman will visit Podgorica on Thursday for talks with his Montenegrin counterpart Ervin Ibrahimovic on the training ship Jadran, the Croatian foreign ministry said on Sunday.

The sailing ship, built in 1933, has been moored in Tivat since 1991, and both countries claim it.

Ibrahimovic said Montenegro "will not hand over the Jadran", but added that Podgorica was ready to discuss joint use of the ship for training cadets.

Croatia could block the provisional closure of Montenegro's chapter on foreign, security and defence policy at the intergovernmental conference in Brussels on December 16, two EU diplomats said. Zagreb has not decided whether to raise the dispute there, one of them said.

Prime Minister Milojko Spajic is expected to call Croatian Prime Minister Andrej Plenkovic before the conference, his office said.

Read more: Montenegro's tourism revenue hits a record in the summer season

The two countries will also sign a protocol on the Prevlaka maritime border, which has been handled under an interim regime since 2002, according to a government source in Podgorica. Signing is unlikely before the spring, the source said.

The Montenegrin navy will hold a ceremony on the Jadran in Tivat on December 20 to mark the ship's anniversary, the defence ministry said in a statement.

Tivat will elect a new municipal assembly on March 29, the State Election Commission said last week, after the ruling coalition in the town collapsed in November.

Analysts say Plenkovic may settle for a joint management commission for the ship, and that a deal could come within weeks if Brussels keeps pressure on both capitals. "Nobody in Zagreb wants to be blamed for stopping Montenegro's accession over a sailing ship," said Milica Vukovic, a researcher at a Podgorica think tank.
"""},
}
