"""English texts of heldout129, written for this project. Invented or generic facts."""

EN = {
"h129en01": {"outlet": "Comoe Wire (Bouna)", "published": "2026-03-19", "text": """Will Ouagadougou free the Ivorian gendarmes before the rains?

BOUNA, Côte d'Ivoire, March 19 (Comoe Wire) - Ivorian and Burkinabe officials will meet in Lome on Monday for a second round of talks on the release of three Ivorian gendarmes held in Burkina Faso, Togo's foreign ministry said on Wednesday.

The three were detained on January 28 after crossing into Burkinabe territory while pursuing cattle thieves near Doropo, according to Abidjan.

"Our gendarmes will be home before the end of April," said Serge Yapi, the deputy foreign minister who leads the Ivorian delegation. He said Abidjan would not accept any exchange for Burkinabe suspects held in Ivorian prisons.

Burkina Faso's military government has not said whether it will send its security minister, Mahamadou Sana, to Lome, and a Burkinabe official said the talks "could take more than one round".

Army Chief of Staff General Lassina Doumbia said on Tuesday the army would deploy an additional battalion to the Bounkani region within ten days. Prime Minister Robert Beugre Mambe will visit Bouna on Saturday, his office said.

Read more: Cocoa arrivals at Ivorian ports slow as mid-crop starts

The UN refugee agency (UNHCR) expects the number of Burkinabe refugees in northern Côte d'Ivoire to pass 80,000 before the end of June, its representative in Abidjan said.

Burkina's transport ministry said it may suspend the transit of Ivorian trucks if Abidjan keeps its border posts near Doropo closed.

The case could also come up at the ECOWAS summit in Abuja in mid-June, diplomats said, although Burkina Faso left the bloc in January 2025.

Relations between the neighbours have been tense since the 2022 coups in Ouagadougou.

Analysts say a deal is likely before the end of May, when herders begin moving cattle south again and both governments want the corridors reopened. "Neither capital can afford a border crisis during the transhumance," said Aminata Kone, a security researcher in Korhogo.
"""},

"h129en02": {"outlet": "Una Wire (Dvor)", "published": "2025-03-10", "text": """Croatia presses on with Trgovska Gora waste site as Bosnia weighs legal action

DVOR, Croatia, March 10 (Una Wire) - Croatia's government will adopt the location permit for a radioactive waste storage centre at Trgovska Gora, near the border with Bosnia and Herzegovina, at its session on Thursday, Economy Minister Ante Susnjar said on Sunday.

The site, a former army barracks, would take low- and intermediate-level waste from the Krsko nuclear plant, which Croatia co-owns with Slovenia, from 2028.

"There will be no risk for people on either side of the Una river," Susnjar said, adding that Zagreb would invite Bosnian experts to inspect the site within a month.

Bosnia's three-member presidency is expected to adopt a formal protest note on Wednesday, a presidency official said. Foreign Minister Elmedin Konakovic said Sarajevo may take the case to the Espoo Convention's implementation committee if Zagreb does not halt the project.

The Sabor's environment committee will hold a hearing on the project next week, its chairwoman, Vesna Matijevic, said.

Dvor's municipal council voted unanimously last week to oppose the site.

Croatians vote in local elections on May 18, and Dvor's mayor, Goran Lalic, said the council would hold a non-binding local referendum on the same day "if Zagreb does not listen".

Read more: Croatian inflation eases for a third month

The European Commission is expected to give its opinion on the project under the Euratom treaty before the end of June, a Commission official said.

Prime Minister Andrej Plenkovic could raise the issue with Borjana Kristo, chairwoman of Bosnia's Council of Ministers, when they meet in Mostar in early April, officials in both capitals said.

Analysts say construction is unlikely to start before 2027 because the environmental impact study has not been completed. "Every delay costs Croatia storage fees at Krsko," said Ivan Barisic, an energy economist in Zagreb, adding that the government wants the centre ready before Slovenia's deadline.
"""},

"h129en03": {"outlet": "Myitsone Wire (Myitkyina)", "published": "2026-08-26", "text": """Myanmar military and Kachin rebels to meet in Kunming as China presses for rare earth deal

MYITKYINA, Aug 26 (Myitsone Wire) - Representatives of Myanmar's military government and the Kachin Independence Army (KIA) will hold a third round of talks in Kunming from September 2 to September 4, China's special envoy for Asian affairs, Deng Xijun, said on Tuesday.

The two sides agreed in July to a temporary ceasefire around Bhamo, which expires on September 15.

A KIA spokesman, Colonel Naw Bu, said the group "will not withdraw from Bhamo" but could allow civilian traffic on the Bhamo-Myitkyina road as early as next month.

China wants the rebels to resume rare earth exports through the Kanpiketi border gate, which Beijing closed in May. Two people familiar with the talks said the KIA is likely to demand that the gate be reopened before any agreement on exports.

The National Defence and Security Council will meet within seven days to decide whether to extend the truce, the Global New Light of Myanmar reported. The military's information team said the air force would continue operations against "terrorist groups" in northern Shan State, which the truce does not cover.

Read more: Myanmar kyat weakens as fuel import costs climb

The European Union is expected to extend its Myanmar sanctions, including a ban on timber and gem imports, when its foreign ministers meet in late October, an EU diplomat said.

Min Aung Hlaing may travel to Beijing before the end of the year, a source in Naypyitaw said.

Analysts say China could close more border crossings if the Kunming round fails, cutting off rebel-held trade. "Beijing has shown it can starve Kachin State of fuel and medicine in a matter of weeks," said Maran Ja Seng, a researcher at a Chiang Mai institute.

Fighting around Bhamo displaced about 40,000 people last year, according to aid groups.
"""},

"h129en04": {"outlet": "Tsiribihina Wire (Morondava)", "published": "2026-11-12", "text": """Can Antananarivo win back the Scattered Islands? Joint commission meets in Paris

MORONDAVA, Nov 12 (Tsiribihina Wire) - The joint Franco-Malagasy commission on the Scattered Islands will hold its fourth meeting in Paris on November 24 and 25, Madagascar's foreign ministry said on Wednesday, the first since the military took power in October 2025.

Foreign Minister Hery Rasolonjatovo, who will lead the delegation, said Madagascar "will not sign any co-management text that does not mention sovereignty".

France proposed in 2019 a joint management of fishing and research around the islands, which include Juan de Nova, Europa and Bassas da India, without settling the sovereignty dispute.

A French diplomat said Paris would present a draft agreement on a shared marine reserve, but that a signature was unlikely before June.

Transition leader Colonel Michael Randrianirina is expected to raise the issue with French President Emmanuel Macron at the Indian Ocean Commission summit in Mauritius in early December, his office said.

The French armed forces in the southern Indian Ocean (FAZSOI) said they would carry out a fisheries patrol around Juan de Nova later this month. Malagasy lawmakers called the move provocative.

The National Assembly will debate a non-binding resolution on the islands on Tuesday, its speaker, Siteny Randrianasoloniaiko, said.

Read more: Madagascar keeps vanilla export floor price unchanged

Antananarivo could ask the UN General Assembly to revisit its 1979 resolution on the islands if the Paris talks fail, a ministry adviser said.

The head of the government's Scattered Islands committee, Jean-Claude Rakotondrabe, resigned last week, saying the talks had been "emptied of substance".

Analysts in Antananarivo say France may offer more development aid rather than concessions on sovereignty. "Paris wants calm in the Mozambique Channel, where gas and fishing interests are growing," said Voahangy Ramaroson, a lecturer in international law at the University of Antananarivo.
"""},

"h129en05": {"outlet": "Sibun Wire (Belmopan)", "published": "2025-12-01", "text": """Belize Senate to vote on U.S. 'safe third country' deal as churches call for delay

BELMOPAN, Dec 1 (Sibun Wire) - Belize's Senate will vote on Wednesday on the "safe third country" agreement signed with the United States in October, Senate President Carolyn Trench-Sandiford said on Friday.

Under the deal, Belize would take in asylum seekers from other countries who reached the U.S. border, up to a yearly ceiling that has not been published.

Approval is likely, as the ruling People's United Party and its allies hold a majority of the 13 seats, but the business sector's senator has not said how he will vote.

Foreign Minister Francis Fonseca said the first transfers "will not start before March" and that Belize "will not accept" anyone with a criminal record.

Opposition leader Tracy Taegar Panton said the United Democratic Party would challenge the agreement in the Supreme Court within 30 days of ratification.

Minister of State Alvin Caliz, a critic of the deal, may resign from the cabinet if it passes, two government sources said.

The UN refugee agency UNHCR said it would send a team to Belmopan next week to review reception capacity.

Read more: Belize tourism arrivals hit a November record

The Public Service Union (PSU) and the Belize Council of Churches plan a march in Belmopan on Saturday to ask senators for a delay, the council said.

A U.S. State Department official said Washington expects to sign similar agreements with other countries in the region in the coming months.

The dispute could shape the March 2027 municipal elections, analysts say, with the UDP hoping to win back Belize City. "The government is betting that voters care more about visas and aid than about asylum," said Marisol Chan, a political scientist in Belize City.
"""},
}
