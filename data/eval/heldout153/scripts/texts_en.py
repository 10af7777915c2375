"""English texts of heldout153, written for this project. Invented or generic facts."""

EN = {
"h153en01": {"outlet": "Garrison Savannah Wire (Bridgetown)", "published": "2026-06-09", "text": """Will more CARICOM states join Barbados in full free movement?

BRIDGETOWN, June 9 (Garrison Savannah Wire) - Barbados will host a special meeting of CARICOM ministers responsible for immigration on Friday to review the first eight months of full free movement, the Ministry of Foreign Affairs and Foreign Trade said in a statement.

Barbados, Belize, Dominica and St Vincent and the Grenadines began allowing each other's nationals to live and work without permits on October 1 last year.

Foreign Affairs Minister Kerrie Symmonds said Antigua and Barbuda and Grenada were "likely" to sign the implementing protocol when CARICOM heads of government meet in Montego Bay in early July.

"Barbados will not reintroduce work permits for Community nationals," Symmonds added, rejecting calls from some trade unions to slow the scheme.

Trinidad and Tobago will not join before 2027, its government has said, citing pressure on housing and health services. Jamaica is expected to decide by the end of the year, two regional officials said.

Read more: Barbados sugar harvest ends with lowest yield in a decade

CARICOM Secretary-General Carla Barnett will visit Bridgetown next week and meet Prime Minister Mia Mottley, the CARICOM Secretariat said.

Chief Immigration Officer Wayne Brathwaite said a dedicated registration office for Community nationals would open at Warrens from July 1.

About 1,900 nationals of the other three states have registered in Barbados so far, according to the department, most of them from St Vincent.

Mottley has not said when she will call the next general election, which is due by early 2027, and the opposition Democratic Labour Party (DLP) has signalled it will campaign against parts of the scheme.

Analysts say a sharp rise in arrivals could strain rental housing in the south and west of the island, although most economists expect the numbers to stay small. "The fear is bigger than the flow," said Marlon Greaves, an economist at a Bridgetown consultancy.
"""},

"h153en02": {"outlet": "Thaba Bosiu Wire (Maseru)", "published": "2027-02-16", "text": """South Africa to decide on Basotho permits as Maseru Bridge upgrade slips

MASERU, Feb 16 (Thaba Bosiu Wire) - South Africa's cabinet will decide on Wednesday whether to extend the Lesotho Exemption Permit, which lets about 90,000 Basotho work legally in South Africa and expires on March 31, Lesotho's Home Affairs Minister Lebona Lephema told parliament on Monday.

Lephema said he expected a four-year extension but could not rule out a shorter one.

South African Home Affairs Minister Leon Schreiber has said the permits "will not be renewed automatically".

The two countries' Joint Bilateral Commission for Cooperation will meet in Pretoria in the second week of March, South Africa's Department of International Relations and Cooperation said.

Work on the new one-stop border post at Maseru Bridge, first due to be completed last December, is now expected to finish by the end of September, a Border Management Authority official said.

Read more: Lesotho wool farmers brace for lower Chinese demand

Prime Minister Sam Matekane is likely to raise the permits with President Cyril Ramaphosa at the SADC extraordinary summit in Gaborone on March 4, his office said.

A South African parliamentary delegation is expected in Maseru next week to visit the border post, diplomats said.

Lephema has said he would resign if the permits lapse without a replacement. Opposition lawmakers accuse him of waiting too long to lobby Pretoria.

The two governments also plan to sign a labour migration agreement before the end of the year, officials in Maseru said, which would set quotas for mine, farm and domestic workers.

Remittances from South Africa make up about a fifth of Lesotho's economy, and queues at the border can stretch for hours before public holidays.

Economists say remittances could fall sharply if the permits are not renewed. "Every household in the lowlands has someone working across the river," said Puleng Mothibeli, an economist at a Maseru research institute.
"""},

"h153en03": {"outlet": "Mulinu'u Wire (Apia)", "published": "2025-12-03", "text": """Samoa's cabinet to review Australian security pact as opposition cries foul

APIA, Dec 3 (Mulinu'u Wire) - Samoa's cabinet will review the draft security partnership with Australia on Thursday, and Prime Minister La'auli Leuatea Schmidt expects to sign it before Christmas, his press secretary said.

The pact would fund a maritime surveillance centre in Apia, police training and a second patrol boat. The boat will be delivered in March 2027, the Australian High Commission said.

Australian Minister for Pacific Island Affairs Pat Conroy will visit Apia next week for talks with La'auli, the High Commission added.

The opposition Human Rights Protection Party (HRPP) said it "will not support any deal that puts foreign troops on Samoan soil". Its leader, Tuilaepa Sailele Malielegaoi, said the text should be put to parliament first.

A lawyer for the party said the pact could face a challenge in the Supreme Court if it is signed without a parliamentary vote.

Associate Police Minister Faamoe Taua resigned on Friday, saying he had been kept out of the negotiations.

Read more: Samoa's tourism arrivals pass pre-pandemic levels

Samoan and Australian police will hold a joint maritime exercise off Savai'i from January 12 to 16, the Ministry of Police said.

La'auli will brief Pacific Islands Forum leaders on the pact at their special retreat in Nadi in late February, his office said.

Samoa has a small police force and no army, and relies on partners to patrol an exclusive economic zone of about 120,000 square kilometres.

Analysts say the pact is likely to pass cabinet easily because the ruling party holds a clear majority. Beijing may ask Apia for assurances that the centre will not track Chinese fishing vessels, said Losa Ioane, a Pacific affairs researcher at a university in Apia.

The Chinese embassy in Apia did not respond to a request for comment.
"""},

"h153en04": {"outlet": "Tagrin Point Wire (Freetown)", "published": "2026-09-21", "text": """Sierra Leone and Guinea to reconvene Yenga border commission after deadly clash

FREETOWN, Sept 21 (Tagrin Point Wire) - The Sierra Leone-Guinea joint border commission will meet in Kailahun on Thursday, its first session in fourteen months, after a clash near Yenga last week left a Sierra Leonean soldier dead, Foreign Minister Timothy Musa Kabba said on Sunday.

Kabba said local commanders agreed a ceasefire on Saturday and that both sides would pull their troops back two kilometres from the Moa river crossing within 72 hours.

Guinea's government has said its troops "will not leave" Yenga, which it considers Guinean soil under a 1912 colonial map.

President Julius Maada Bio is expected to meet Guinean President Mamadi Doumbouya on the sidelines of the ECOWAS summit in Abuja in mid-December, two diplomats said.

The Republic of Sierra Leone Armed Forces (RSLAF) will deploy an additional battalion to Kailahun district from next week, the defence ministry said.

Read more: Sierra Leone's parliament approves new mining royalties bill

Bio will address the nation on the dispute on Tuesday, State House said.

ECOWAS Commission President Omar Alieu Touray could visit both capitals before the commission meets, a regional official said.

The Electoral Commission for Sierra Leone (ECSL) said voter registration in Kailahun would go ahead as planned in November despite the tension.

Yenga, a small riverside village near the meeting point of Sierra Leone, Guinea and Liberia, has been disputed since Guinean troops occupied it during Sierra Leone's civil war. Several agreements since 2002 have failed to settle its status.

Analysts say the commission is unlikely to settle the boundary before the June 2028 general election. "Neither leader can be seen giving up land," said Fatmata Koroma, a lecturer in political science at Fourah Bay College.

Traders in Koindu said the crossing had been closed since the clash, cutting off the weekly market that draws buyers from all three countries.
"""},

"h153en05": {"outlet": "Bairiki Wire (South Tarawa)", "published": "2027-10-27", "text": """Can Kiribati keep both Washington and Beijing on Kanton?

SOUTH TARAWA, Oct 27 (Bairiki Wire) - Kiribati and the United States will open talks in Honolulu on November 8 on renewing the economic assistance tied to the South Pacific Tuna Treaty, which expires in June 2028, Fisheries Minister Ribanataake Tiwau said on Tuesday.

Tiwau said Kiribati "will not accept" a lower annual payment than the current $21 million.

Work on upgrading the runway on Kanton, a remote atoll in the Phoenix Islands, is expected to finish by the end of March, the Ministry of Information, Communications and Transport said. The project is funded by China.

The U.S. Treasury is expected to announce sanctions on two Chinese-owned fishing companies accused of illegal fishing near the Phoenix Islands as early as next week, two congressional aides said.

President Taneti Maamau will travel to Beijing in early December, his office said, where he is expected to meet President Xi Jinping.

Commerce Minister Tekeeua Tarati, who criticised the Kanton deal in cabinet, may resign this week, local media reported.

Read more: Kiribati copra prices hit record as coconut output recovers

A by-election for the North Tarawa seat will be held on December 14, the Electoral Commission said.

Officials from the Parties to the Nauru Agreement meet in Majuro next month to set vessel-day prices for 2028.

A U.S. Coast Guard cutter will patrol Kiribati's exclusive economic zone from mid-November under a shiprider agreement, the U.S. Embassy in Suva said.

Kiribati switched diplomatic recognition from Taipei to Beijing in 2019, and Chinese-funded projects have since spread across the outer islands.

Analysts say Washington could link the treaty money to limits on Chinese access to Kanton. "Tarawa wants the tuna money and the runway, and it will try hard not to choose," said Teretia Kaiea, a researcher at a Pacific policy institute in Suva.
"""},
}
