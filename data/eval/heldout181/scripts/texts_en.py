"""English texts of heldout181, written for this project in one sitting. Invented or generic facts."""

EN = {
"h181en01": {"outlet": "Marsamxett Wire (Valletta)", "published": "2026-07-22", "text": """Will Malta's second cable to Sicily arrive before the next heatwave?

VALLETTA, July 22 (Marsamxett Wire) - The ship laying Malta's second electricity interconnector with Sicily will leave the port of Pozzallo on Monday and is expected to finish the 100-km subsea section by mid-August, Energy Minister Miriam Dalli said on Tuesday.

The 200-megawatt link, first promised for late 2025, has slipped twice because of delays in manufacturing the cable. It is expected to enter service before the end of the year, doubling the island's import capacity, Dalli said.

Thousands of households lost power for up to 12 hours last July, when a heatwave pushed demand to a record and a joint on the first cable failed.

Armed Forces of Malta patrol boats will escort the ship while it works in Maltese waters, the army said.

Dalli will travel to Rome next week to sign an operating agreement with Italy's grid operator Terna, her ministry said. The European Commission, which covers about half of the 350 million euro cost through the Connecting Europe Facility, will send a team of auditors to Valletta in September, a Commission spokesperson said.

Read more: Malta's tourist arrivals hit a June record

Enemalta, the state power company, said it could introduce rotating cuts of up to two hours in some districts this week if demand tops 1,000 megawatts. Its chief executive, Kevin Sciberras, is expected to step down once the new cable is commissioned, two people familiar with the matter said.

Opposition leader Alex Borg said the Nationalist Party (PN) would ask the National Audit Office to investigate cost overruns of about 70 million euros.

Prime Minister Robert Abela must call a general election by 2027 and has not ruled out an early vote in the autumn, Labour Party officials say.

Analysts say the cable is unlikely to lower household bills before 2028, because tariffs have been frozen since 2014.
"""},

"h181en02": {"outlet": "Praslin Wire (Victoria)", "published": "2026-02-18", "text": """Will Assumption Island host Indian planes after all?

VICTORIA, Feb 18 (Praslin Wire) - Seychelles and India will hold a first round of talks on a revised agreement for an airstrip and jetty on Assumption Island in New Delhi on March 4-5, Foreign Minister Marie-Claire Laporte told the National Assembly on Tuesday.

An earlier agreement was signed in 2018 but never ratified after opposition lawmakers, then led by Wavel Ramkalawan, refused to back it.

Laporte said the new text "will not allow any foreign military base" and that the facilities would remain under Seychellois command. A second round is scheduled in Victoria in late March, she said.

President Patrick Herminie is expected to visit New Delhi in April and could sign the deal there if both rounds go well, a State House official said.

Read more: Seychelles tuna landings fall for a third month

The Indian Navy will deploy a hydrographic survey ship to chart the waters around Assumption from next week under an existing cooperation agreement, the Seychelles Defence Forces (SDF) said. Indian and Seychellois coast guard vessels are due to begin joint patrols against illegal fishing in the Outer Islands in May, SDF chief of staff Colonel Andy Payet added.

Ramkalawan, now leader of the opposition, said Linyon Demokratik Seselwa (LDS) would demand a national referendum on any agreement that gives India exclusive use of the airstrip.

China's embassy has asked to meet Laporte before the New Delhi round, two diplomats said, but no date has been set.

Analysts say the Assembly could ratify a deal as early as July, when it returns from its recess, but warn that the protests of 2018 could resurface. "Assumption is a symbol of sovereignty more than a runway," said Jean-Paul Hoarau, a political scientist at the University of Seychelles.
"""},

"h181en03": {"outlet": "Andros Wire (Nassau)", "published": "2025-11-12", "text": """Will Nassau change its Cuban nurses deal before Washington acts?

NASSAU, Nov 12 (Andros Wire) - The Bahamas will stop paying Cuba's state medical agency for the 40 Cuban nurses working in its public hospitals from January 1 and will hire them directly instead, Health Minister Michael Darville said on Tuesday.

The nurses earn about a third of what Bahamian nurses are paid, according to the nurses' union.

The change follows a U.S. warning in June that officials involved in Cuban medical missions could face visa restrictions, after Washington accused Havana of keeping most of the workers' pay.

Darville will meet the nurses' representatives on Friday, he said. Foreign Minister Fred Mitchell will travel to Washington next week for talks with U.S. officials, his ministry said. "We will not be told who we can hire," Mitchell told the House of Assembly on Monday.

A State Department official said Washington could still restrict visas for Bahamian health officials if the contracts are not changed by the end of the year.

Cuba's embassy in Nassau said Havana "has not decided" whether the nurses may sign individual contracts.

Read more: Bahamas cruise arrivals hit new monthly high

CARICOM heads of government are expected to discuss a common position on Cuban medical cooperation at a special summit in Port of Spain in early December, diplomats said. Several member states, including Jamaica and Barbados, rely on Cuban doctors in rural clinics.

The managing director of the Public Hospitals Authority is expected to resign this week over staff shortages, local media reported.

Opposition leader Michael Pintard said the Free National Movement (FNM) would table a motion next week asking the government to publish the new contracts.

Health economists say hospitals may lose up to a quarter of the Cuban nurses by March if their net pay falls under the new scheme.
"""},

"h181en04": {"outlet": "Monte Cafe Wire (Sao Tome)", "published": "2027-01-26", "text": """Can a new licensing round revive the Nigeria-Sao Tome oil zone?

SAO TOME, Jan 26 (Monte Cafe Wire) - Nigeria and Sao Tome and Principe will open a licensing round for five blocks in their offshore Joint Development Zone on March 15, the Joint Development Authority (JDA) said after the two countries' Joint Ministerial Council met in Abuja on Friday.

The council's meeting had been postponed twice since October. No oil has been produced in the zone since the 2001 treaty that created it, and the last exploration well was drilled in 2009.

Natural Resources Minister Edmilson Pontes said bids would close at the end of August and licences would be awarded "before the end of the year". Sao Tome "will not accept" any change to the 60-40 revenue split in Nigeria's favour, he added.

Nigeria's Minister of State for Petroleum Resources, Heineken Lokpobiri, is expected to visit Sao Tome in mid-February to open the round's data room, the Nigerian High Commission said.

The Nigerian Navy and Sao Tome's coast guard will start joint patrols in the zone next month under a 2012 maritime security accord, the Nigerian Navy said in a statement.

Read more: Sao Tome cocoa exports rise on record prices

The JDA's executive director, Aisha Bello-Umar, could step down before the round opens, two officials in Abuja said, after auditors questioned the agency's spending.

Presidents Bola Tinubu and Carlos Vila Nova are likely to review progress at the Gulf of Guinea Commission summit in Luanda in June, diplomats said.

Sao Tome also hopes to sign a production-sharing contract for its own Block 13 in April, Pontes said.

Analysts say large oil companies are unlikely to bid before older seismic data is reprocessed, probably in 2028, and expect smaller firms to dominate the round.
"""},

"h181en05": {"outlet": "Ulithi Wire (Colonia)", "published": "2027-06-09", "text": """Will Yap's longer runway bring U.S. warplanes to Micronesia?

COLONIA, June 9 (Ulithi Wire) - U.S. Navy Seabees will begin extending the runway at Yap International Airport on June 21 under a $250 million project funded by the U.S. Defense Department, Yap Governor Charles Chieng said on Tuesday. Yap lies about 850 km south-west of Guam.

Chieng said the airport "will remain a civilian facility" and that U.S. military aircraft would use it only for exercises and disaster relief.

The U.S. ambassador, Jennifer Johnson, will attend the groundbreaking, the U.S. Embassy said.

The Congress of the Federated States of Micronesia (FSM) is expected to vote before it adjourns at the end of June on an amendment to the status-of-forces agreement covering the works, Speaker Esmond Moses said.

The Council of Pilung, Yap's council of traditional chiefs, has asked for a public hearing and could challenge the project in the state court, its secretary said.

Aircraft from the Valiant Shield exercise will land on Yap for the first time in September, a U.S. Indo-Pacific Command spokesman said.

China's embassy in Palikir said on Monday that the project "turns Micronesia into a forward base".

Read more: Pohnpei opens new hospital wing with Japanese aid

A U.S. Interior Department team will visit Palikir next week to review payments from the Compact trust fund, the FSM finance department said. The amended Compact's economic provisions took effect in 2024 after a year's delay in Congress.

President Wesley Simina is expected to raise the runway at the Pacific Islands Forum leaders' meeting in September, officials in Palikir said.

Chuuk state leaders said a vote on the island's political status could be held as early as 2028.

Analysts say Beijing may respond by cutting scholarships and fisheries aid to Micronesia before the end of the year.
"""},
}
