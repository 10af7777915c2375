"""English texts of heldout37, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h37en01": {"outlet": "Kombo Wire", "published": "2026-08-27", "text": """Gambia sets nomination window as Barrow eyes third term

BANJUL, Aug 27 (Kombo Wire) - Nominations for the Gambia's December 5 presidential election will be received from October 26 to October 30, the chairman of the Independent Electoral Commission, Alieu Momarr Njai, told reporters on Wednesday.

A voter card replacement exercise will run from September 7 to September 20, the commission said in a statement.

President Adama Barrow, who won the December 2021 election with 53 percent of the vote, is expected to be endorsed as the National People's Party candidate at a party congress in Farafenni on September 19, two party officials said.

The main opposition United Democratic Party has picked its veteran leader Ousainou Darboe. Darboe said on Tuesday that the UDP "will not enter any coalition before the first round". Smaller opposition parties could still agree on a joint candidate by the end of September, analysts say.

ECOWAS Commission President Omar Alieu Touray is expected in Banjul next week for talks with Barrow on deploying an ECOWAS observer mission, diplomats said.

Read more: Groundnut exporters warn of late payments ahead of the season

ECOWAS defence chiefs will meet in Abuja in mid-September to review the future of the ECOWAS Mission in the Gambia (ECOMIG), the ECOWAS Commission said. A partial withdrawal of the Senegalese contingent could begin after the election, a Senegalese military source said.

Lands Minister Ebrima Camara resigned on Monday, citing "personal reasons". A successor is expected to be named within days, the State House said.

The Central Bank of the Gambia is expected to keep its policy rate at 16 percent when its Monetary Policy Committee meets on September 2, according to four of five economists polled by Kombo Wire.

The United States could impose visa restrictions on anyone found to be undermining the vote, the U.S. Embassy in Banjul said in a statement, without naming any individuals.
"""},

"h37en02": {"outlet": "Almendares Wire", "published": "2025-10-17", "text": """Cuba seeks wider UN backing against U.S. embargo as blackouts bite

HAVANA, Oct 17 (Almendares Wire) - Foreign Minister Bruno Rodriguez will travel to New York next week to present Cuba's annual resolution against the U.S. embargo, which the UN General Assembly will put to a vote on October 29, the foreign ministry said on Thursday.

The resolution is expected to pass by a wide margin again, diplomats in Havana said, although several Latin American governments could abstain this year.

The United States returned Cuba to its list of state sponsors of terrorism in January. The State Department could add more Cuban companies to its restricted list before the end of the year, two people familiar with the matter said.

President Miguel Diaz-Canel said on Thursday that Cuba "will not negotiate under pressure from anyone".

Russian Deputy Prime Minister Dmitry Chernyshenko is expected in Havana in the second half of November for a session of the Russian-Cuban intergovernmental commission, the Russian embassy said. Analysts say Moscow could agree to supply additional crude during the visit, though no volumes have been discussed publicly.

Read more: Sugar harvest falls to lowest level in more than a century

Cuba's power grid suffered a nationwide collapse in mid-September, the third in less than a year. Energy and Mines Minister Vicente de la O Levy said on Wednesday that rolling blackouts would continue until new solar parks come online, and gave no date.

The Central Bank of Cuba will introduce a floating official exchange rate from December 1, its governor, Juana Lilia Delgado, said on state television.

The National Assembly will hold its ordinary session on December 17-18, when lawmakers are expected to approve the 2026 budget and economic plan.

Economist Marta Casals, who follows the island's economy from Madrid, said the currency reform "could fuel inflation in the short term" if it is not accompanied by more supply.
"""},

"h37en03": {"outlet": "Ringstrasse Wire", "published": "2027-09-20", "text": """Austria's coalition braces for budget fight as Tyrol votes

VIENNA, Sept 20 (Ringstrasse Wire) - Finance Minister Markus Marterbauer will present the 2028 budget to parliament on October 13, the finance ministry said on Monday, as Austria tries to bring its deficit below the EU's 3 percent limit.

Leaders of the three-party coalition will meet on Wednesday to settle the remaining savings, coalition sources said.

NEOS leader and Foreign Minister Beate Meinl-Reisinger said on Sunday that her party would not back "any tax increase, under any label".

Freedom Party (FPO) leader Herbert Kickl said his party would table a no-confidence motion against Chancellor Christian Stocker at Wednesday's sitting of the National Council. The motion is expected to fail, analysts say.

Voters in Tyrol elect a new state parliament on Sunday, September 26. The People's Party (OVP) could lose its first place to the FPO for the first time, according to a poll by the Innsbruck-based Alpenblick Institute.

Read more: Vienna tops global liveability ranking for fourth year

Stocker will attend the European Council in Brussels on October 21-22, his office said. Austria could block the EU's next Russia sanctions package unless it includes compensation for Raiffeisen Bank International, two EU diplomats said, when ambassadors discuss the draft on Friday.

Defence Minister Klaudia Tanner said the first IRIS-T air-defence systems bought under the European Sky Shield Initiative would be delivered in December. Austria joined the initiative in July 2023.

Meinl-Reisinger will travel to Chisinau next week for talks with Moldovan officials on EU accession, the foreign ministry said.

Attention is also turning to next year's presidential election, in which Alexander Van der Bellen cannot stand again. The OVP could nominate a candidate as early as November, party insiders said.

The public servants' union GOD has warned of protests if pay talks, which open in early October, do not deliver a rise in line with inflation.
"""},

"h37en04": {"outlet": "Pieter Both Wire", "published": "2025-12-02", "text": """Mauritius presses London on first Chagos payment as treaty awaits ratification

PORT LOUIS, Dec 2 (Pieter Both Wire) - Foreign Minister Dhananjay Ramful will travel to London next week for talks with Foreign Secretary Yvette Cooper on the first annual payment under the Chagos treaty, the foreign ministry said on Monday.

Britain and Mauritius signed the treaty on May 22, transferring sovereignty over the archipelago while keeping the Diego Garcia base under a 99-year lease.

The treaty is expected to enter into force in the first quarter of 2026, once Britain completes its legislation, officials in Port Louis said. A legal challenge by a group of Chagossians in London could delay it, lawyers following the case say.

Prime Minister Navin Ramgoolam said on Monday that Mauritius "will not accept any reduction in the agreed payments".

Opposition leader Pravind Jugnauth said his Militant Socialist Movement (MSM) would boycott a National Assembly debate on the treaty on Friday. The MSM failed to win a single seat in the November 2024 election.

Read more: Tourist arrivals set for record year, hotel group says

The Bank of Mauritius is expected to keep its key rate at 4.50 percent on Thursday, according to five of seven economists polled by Pieter Both Wire. Two said a cut of 25 basis points was possible.

An Indian Navy ship will visit Port Louis in mid-December for a joint surveillance exercise in the Mauritian exclusive economic zone, the Indian High Commission said.

Ramgoolam is likely to travel to New Delhi in January, government sources said, where he could sign an agreement on the Agalega airstrip.

Mauritius will host the Indian Ocean Commission's council of ministers in Port Louis in March.

Analysts say the first payment, expected in the hundreds of millions of rupees, would ease pressure on a budget deficit that the government has promised to cut.
"""},

"h37en05": {"outlet": "Svislach Wire", "published": "2026-06-10", "text": """U.S. envoy expected in Minsk as Belarus seeks potash sanctions relief

MINSK, June 10 (Svislach Wire) - U.S. envoy John Coale is expected in Minsk next week for talks with President Alexander Lukashenko on easing sanctions on potash producer Belaruskali, two people familiar with the plans said.

Washington could lift some of the measures if Minsk frees more political prisoners, one of them said.

In September 2025, Belarus released 52 prisoners and the United States lifted sanctions on the state airline Belavia.

Analysts say Lukashenko may release another group before Independence Day on July 3, as he has done in previous years.

Exiled opposition leader Sviatlana Tsikhanouskaya said on Tuesday that "no sanctions should be lifted while a single political prisoner remains behind bars".

Lithuanian Foreign Minister Kestutis Budrys said on Monday that Lithuania would not reopen the port of Klaipeda to Belarusian potash.

Read more: Belarus harvest forecast cut after dry spring

EU foreign ministers could add more Belarusian officials to the bloc's sanctions list when they meet in Luxembourg on June 22, EU diplomats said.

Defence Minister Viktor Khrenin said a second Oreshnik missile battery would be deployed in Belarus by the end of the year.

Belarusian and Russian troops will hold a joint command-and-staff exercise in the Brest region in late June, the defence ministry said.

Minsk will host the Supreme Eurasian Economic Council on June 26, Lukashenko's press service said. Russian President Vladimir Putin is likely to attend, diplomats said, which would be his first visit to Belarus since 2024.

Belarus has sought to diversify its exports since the EU and Lithuania cut off its traditional routes, shipping potash through Russian ports at higher cost.

Minsk could also offer to host Russian-Ukrainian talks on a ceasefire in Ukraine, analysts say, though Kyiv has repeatedly rejected Belarus as a venue.
"""},
}
