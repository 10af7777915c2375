"""English texts of heldout196, written for this project in one sitting. Invented or generic facts."""

EN = {
"h196en01": {"outlet": "Cook Inlet Wire (Anchorage)", "published": "2026-03-11", "text": """Will Asian buyers sign up for Alaska LNG before the pipeline decision?

ANCHORAGE, March 11 (Cook Inlet Wire) - Japan's JERA will sign a heads of agreement to buy up to 1 million tonnes a year of liquefied natural gas from Alaska LNG in Tokyo on March 19, Governor Mike Dunleavy said on Tuesday. The signing has slipped twice since December over price terms.

Dunleavy said he would attend the ceremony, then travel to Seoul, where he is expected to meet executives of Korea Gas Corporation (KOGAS) on March 23. KOGAS has not decided whether to commit volumes, a company official said.

Glenfarne, the project's developer, aims to take a final investment decision on the 807-mile pipeline by the end of September, its chief executive Brendan Duval told reporters. Taiwan's CPC Corp is likely to sign a letter of intent in April, two people familiar with the talks said.

The pipeline would run to a plant at Nikiski, a route first studied in the 1970s.

In Juneau, the House Resources Committee holds a hearing on Friday on a bill capping the project's property taxes. Its chair, Representative Dana Halvorsen, said the bill "will not pass in its current form" and could be rewritten before the session ends in mid-May.

Read more: Anchorage port upgrade wins federal grant

Interior Secretary Doug Burgum will visit the North Slope next week, the department said. U.S. sanctions on Russia's Arctic LNG 2 project will stay in place at least until the end of the year, a State Department official said.

Dunleavy is term-limited, and Alaska holds its primary on August 18 before the general election on November 3. Analysts say the next governor could reopen the fiscal terms and that costs, put at $44 billion, may rise if steel tariffs stay.

"Buyers want a signature that survives an election," said Erin Sorvik, an energy economist at the University of Alaska Anchorage.
"""},

"h196en02": {"outlet": "Pico Ruivo Wire (Funchal)", "published": "2025-10-23", "text": """Madeira braces for Brussels ruling on its free zone tax regime

FUNCHAL, Oct 23 (Pico Ruivo Wire) - The European Commission will rule by November 14 on whether the latest version of the Madeira Free Zone's corporate tax regime breaches EU state aid rules, the regional government said on Wednesday.

Regional President Miguel Albuquerque said he would travel to Brussels next week to meet Competition Commissioner Teresa Ribera, and that his government would send new job-creation data to the Commission by Friday. He warned that Funchal "will not accept" an order to recover tax relief from companies that created jobs on the island.

The Commission ordered Portugal in 2020 to recover aid granted under an earlier version of the regime, a decision later upheld by the EU's General Court.

Portugal's Finance Minister Joaquim Miranda Sarmento said Lisbon was likely to challenge any negative decision before the General Court. A Commission spokesperson said the assessment "has not been concluded".

About 2,500 companies are registered in the zone, which brings in roughly a fifth of the region's tax revenue.

The regional legislative assembly votes on the 2026 budget on December 2, and the opposition Together for the People (JPP) party has said it could table a censure motion if the Commission rules against the regime. The region's finance secretary, Rui Gouveia Nobrega, will step down at the end of November to run the regional development bank, two officials said.

Read more: Funchal airport to get new wind-shear warning system

Prime Minister Luis Montenegro is expected to raise the issue with Commission President Ursula von der Leyen at the European Council summit in Brussels, which opens later on Thursday, a government source said.

Analysts say the zone could lose up to half its companies within two years if the regime is struck down. "Investors are already asking their lawyers about exit clauses," said Marta Figueira, a tax lawyer in Funchal.
"""},

"h196en03": {"outlet": "Deli Wire (Medan)", "published": "2027-01-18", "text": """Will Indonesia let Rohingya refugees stay in Sumatra this time?

MEDAN, Jan 18 (Deli Wire) - Indonesia will move about 230 Rohingya refugees who came ashore in North Sumatra's Langkat regency on Saturday to a temporary shelter in Medan within three days, the provincial government said on Sunday. It was the fourth boat to reach Sumatra since November.

Coordinating Minister for Law, Human Rights, Immigration and Corrections Yusril Ihza Mahendra said Jakarta "will not push boats back to sea", but would ask the U.N. refugee agency (UNHCR) to find third countries willing to resettle them. UNHCR and the government are expected to sign a memorandum on registering refugees by the end of February, an agency official said.

The navy will step up patrols in the northern Strait of Malacca from Wednesday, its spokesman, First Admiral Dimas Prasetyo, said.

Foreign Minister Sugiono is likely to raise the arrivals at the ASEAN foreign ministers' retreat in Singapore on January 28-29, diplomats said.

The boats follow renewed fighting in Myanmar's Rakhine state, where a China-brokered truce between the military and the Arakan Army expired at the end of December. China's special envoy Deng Xijun is expected in Naypyitaw next week, and a new truce could be announced before the Lunar New Year on February 6, the diplomats said.

Read more: Palm oil exporters eye new levy rates from March

In Medan, the provincial legislative council holds a hearing on Thursday on who pays for the shelter. "The province cannot carry this alone," said Rahmat Siregar, a council member from the Gerindra party. Siregar said local residents had not been consulted.

Analysts say more boats may leave Bangladesh's camps before the sea turns rough in May. "Every failed truce in Rakhine sends people to sea," said Nur Aisyah Lubis, a migration researcher at the University of North Sumatra.
"""},

"h196en04": {"outlet": "Talfer Wire (Bolzano)", "published": "2027-03-04", "text": """Will the EU court end the Brenner truck war?

BOLZANO, March 4 (Talfer Wire) - The Court of Justice of the European Union will rule on March 18 on Italy's complaint against Austria's limits on lorry traffic through Tyrol, the court said on Wednesday, in a case that has soured ties between Rome and Vienna for three years.

Italian Transport Minister Matteo Salvini said Italy "will not sign" any new agreement on the Brenner corridor before the ruling. Austria's Transport Minister Peter Hanke said on Wednesday that Tyrol's night-driving ban and weekend limits "are not negotiable".

South Tyrol's governor, Arno Kompatscher, has proposed a digital slot-booking system under which hauliers would reserve a time to cross the pass. Transport ministers of Italy, Austria and Germany are expected to discuss it at a meeting in Innsbruck in mid-April, a regional official said. Kompatscher said the system could start as early as 2028 if all three governments agree.

Lorries crossed the Brenner about 2.4 million times last year, more than at all Swiss Alpine crossings combined.

The Lueg bridge on the Austrian side will be reduced to one lane in each direction from April 1 for repairs lasting about two years, Austria's motorway operator ASFINAG said. Hauliers plan a two-hour blockade of the A22 motorway at Vipiteno next Monday, said Verena Oberhofer, president of the South Tyrolean hauliers' association.

Read more: Bolzano airport adds summer flights to Berlin

Salvini has said Italy could impose higher A22 tolls on Austrian-registered lorries if the limits stay. If the court sides with Italy, Rome may ask Vienna to lift the limits within six months, a ministry official said.

EU Transport Commissioner Apostolos Tzitzikostas will visit Bolzano and Innsbruck next week, the Commission said.

Tyrol votes for a new state parliament on September 26. Governor Anton Mattle, whose People's Party may lose its majority, is unlikely to soften the limits before the election, analysts say.
"""},

"h196en05": {"outlet": "Fitzroy Wire (Rockhampton)", "published": "2027-06-28", "text": """Will China shadow Talisman Sabre again as Queensland hosts record drills?

ROCKHAMPTON, June 28 (Fitzroy Wire) - More than 35,000 troops from 19 countries will take part in the Talisman Sabre exercise across Queensland from July 12 to August 4, Defence Minister Richard Marles said on Monday, the largest edition since the drills began in 2005.

Japan's Amphibious Rapid Deployment Brigade is expected to land at Shoalwater Bay in late July, and Indonesia will send a full combat company for the first time, Marles said.

The U.S. Army plans to test-fire a Precision Strike Missile from the training area during the exercise, a U.S. defence official said. Admiral Samuel Paparo, the commander of U.S. Indo-Pacific Command, is likely to visit Rockhampton in the first week of August, the official added.

A Chinese surveillance ship monitored the 2025 exercise from outside Australian waters. Chief of Navy Vice Admiral Mark Hammond said the navy would track any such vessel "but will not obstruct it" in international waters.

Queensland Premier David Crisafulli will meet Marles in Brisbane on Friday to discuss compensation for graziers near Shoalwater Bay. Crisafulli has said the state will not back an expansion of the training area until landholders are paid.

Read more: Gladstone LNG exports hit a record in May

Peace groups plan a protest outside the Rockhampton army barracks on July 10, two days before the drills begin.

Australia and the United States could hold their annual ministerial consultations, known as AUSMIN, in Brisbane in October, diplomats said, though no date has been set.

Analysts say Beijing may answer with naval drills of its own in the Coral Sea. "China watches these exercises to learn how allies move together," said Katherine Moloney, a defence analyst at Griffith University.
"""},
}
