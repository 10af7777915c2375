"""English texts of heldout80, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h80en01": {"outlet": "Carenage Wire (St. George's)", "published": "2025-11-25", "text": """Will Grenada host a US radar as warships gather off Venezuela?

ST. GEORGE'S, Nov 25 (Carenage Wire) - Grenada's cabinet will decide on Thursday whether to let the United States install a temporary radar at Maurice Bishop International Airport, Prime Minister Dickon Mitchell told parliament on Monday.

The radar would support the US naval and air build-up in the southern Caribbean, which Washington says targets drug-trafficking boats. US strikes on suspected drug boats, which began in early September, have killed more than 80 people.

Mitchell said Grenada would not allow its territory to be used for an attack on any neighbour, and that any agreement would be limited to six months.

Opposition leader Emmalin Pierre of the New National Party said her party would table a motion next week demanding that the draft text be published before any signature.

A U.S. technical team is expected to arrive in St. George's on Monday to survey the site, two government officials said. Venezuelan Foreign Minister Yvan Gil warned on Sunday that Caracas could suspend its remaining energy cooperation with Grenada if the radar goes ahead.

Read more: Trinidad lifts Port of Spain curfew as violent crime falls

The dispute is likely to dominate a special CARICOM heads of government meeting on December 4, where Trinidad and Tobago's Prime Minister Kamla Persad-Bissessar is expected to defend her backing for the US operation, diplomats said.

The Pentagon said on Friday that the amphibious assault ship USS Iwo Jima would remain in the area at least until the end of January. Washington is also weighing new sanctions on tankers carrying Venezuelan crude, which could be announced as early as next month, according to a U.S. official.

Analysts say Mitchell could approve the radar with conditions. "He needs the visas and the aid, but he cannot look like a launch pad," said Marcus Fedon, a political scientist at St. George's University.
"""},

"h80en02": {"outlet": "Indus Wire (Peshawar)", "published": "2026-06-15", "text": """Pakistan and Afghanistan to review shaky truce in Istanbul as border stays shut

PESHAWAR, June 15 (Indus Wire) - Pakistani and Afghan officials will meet in Istanbul on Thursday for the third session of the Turkish- and Qatari-backed mechanism that monitors their October ceasefire, Pakistan's foreign ministry said on Sunday.

The talks follow a clash near Chaman on June 7 that killed at least 13 people, the worst violence since the truce.

Foreign Minister Ishaq Dar said Islamabad would press Kabul to act against the Pakistani Taliban and would not reopen the Torkham and Chaman crossings to trade until the attacks stopped.

Afghan spokesman Zabihullah Mujahid said Kabul's delegation would be led by Deputy Prime Minister Abdul Salam Hanafi and that it expected the mechanism to agree on a joint patrol map.

Turkish Foreign Minister Hakan Fidan is expected to open the session and could travel on to Kabul and Islamabad later this month, a Turkish diplomatic source said.

The UN Security Council's 1988 sanctions committee is due to decide by June 25 whether to extend a travel-ban exemption for Afghan Foreign Minister Amir Khan Muttaqi, who hopes to attend a regional conference in Tashkent in early July.

Read more: IMF board clears next tranche of Pakistan loan

Pakistan's interior ministry said the deadline for Afghans holding Proof of Registration cards to leave would expire on June 30 with no further extension, and that deportations from Punjab and Sindh would resume on July 1.

The Sarhad traders' association said it would stage a sit-in at Torkham on Saturday unless the talks produced a reopening date.

Defence Minister Khawaja Asif said on Saturday that further strikes on militant hideouts across the border could not be ruled out.

Analysts say the truce could collapse if the strikes resume. "Neither side wants a war, but neither controls the men with guns on the border," said Ayesha Qureshi, a security analyst in Islamabad.
"""},

"h80en03": {"outlet": "Nagatacho Wire (Tokyo)", "published": "2026-12-22", "text": """Takaichi cabinet to approve record budget as Ishin raises the price of its support

TOKYO, Dec 22 (Nagatacho Wire) - Japan's cabinet will approve a record 124 trillion yen budget for the fiscal year starting in April at a meeting on Friday, Finance Minister Satsuki Katayama said on Tuesday.

The draft sets aside 9.6 trillion yen for defence and assumes new bond issuance of about 29 trillion yen, slightly less than this year.

Hirofumi Yoshimura, co-leader of the Liberal Democratic Party's coalition partner Nippon Ishin no Kai, said Ishin would vote against the budget in the Diet unless the LDP agreed to pass a bill cutting the number of lower house seats by 10% in the same session.

The ordinary Diet session is expected to open on January 22, and the government aims to pass the budget by the end of March, Chief Cabinet Secretary Minoru Kihara told reporters.

Agriculture Minister Masahiro Kurosawa could resign as early as this week over unreported donations, two LDP lawmakers said. Kurosawa said on Monday he had no intention of stepping down.

Read more: Bank of Japan lifts key rate to 1%, signals further hikes

Takaichi will travel to Washington in early February for talks with President Donald Trump on the $550 billion investment package, her office said.

Japan is expected to host a Japan-China-South Korea summit in Tokyo in the first half of next year, but Beijing has not confirmed its participation since the row over Takaichi's remarks on Taiwan, foreign ministry officials said.

The Defence Ministry said it would deploy upgraded Type-12 long-range missiles at Camp Kengun in Kumamoto from March, a year earlier than planned.

Analysts say Ishin may harden its demands before the unified local elections in April, when it must defend its base in Osaka. "The seat cut is their flag. They cannot be seen to fold," said Kenji Morioka, a political economist at Hosei University.
"""},

"h80en04": {"outlet": "Athi Wire (Nairobi)", "published": "2026-03-03", "text": """Kenya's last police unit to leave Haiti as UN-backed force takes over

NAIROBI, March 3 (Athi Wire) - The last 230 Kenyan police officers serving in Haiti will fly home on Saturday, ending Kenya's leadership of the Multinational Security Support mission, Interior Cabinet Secretary Kipchumba Murkomen said on Monday.

The handover to the Gang Suppression Force, first planned for October and then for January, took place in Port-au-Prince on Sunday.

Murkomen said Kenya would not send more officers to Haiti under the new force, but would keep 20 staff officers at its headquarters until the end of June. Haitian Prime Minister Alix Didier Fils-Aime is due to visit Nairobi in mid-April, when the two governments plan to sign a police training agreement, he said.

The National Assembly's security committee will question Inspector-General of Police Douglas Kanja on Thursday over allowances that officers say are four months in arrears, committee chair Faith Chepkoech said. The Treasury is expected to release 1.2 billion shillings to clear the arrears by the end of March, she said.

President William Ruto is expected to name Godfrey Otunge, the mission's outgoing commander, as a deputy inspector-general next week, according to two officials at State House.

Read more: Kenyan shilling steady as central bank holds rate

The Gang Suppression Force, authorised to reach 5,500 personnel, is expected to reach full strength only by September, a UN official said. The Security Council will discuss the force's first report on March 24, and its Haiti sanctions committee may add two more gang leaders to its list in the coming weeks, diplomats said.

Fils-Aime has said a first-round presidential vote could be held in August.

Analysts say Kenya could come under pressure to send police back if the new force struggles. "Nairobi wanted a clean exit, but Washington may still come knocking," said Achieng Otieno, a security researcher at the University of Nairobi.
"""},

"h80en05": {"outlet": "Bismarck Wire (Lae)", "published": "2027-02-16", "text": """Australia, PNG to launch first joint patrols from Manus under Pukpuk treaty

PORT MORESBY, Feb 16 (Bismarck Wire) - Australian and Papua New Guinean warships will begin joint patrols from the upgraded Lombrum naval base on Manus Island in the first week of March, the first operation under the Pukpuk mutual defence treaty, PNG Defence Minister Billy Joseph said on Tuesday.

The treaty, signed in October 2025, entered into force in January after both parliaments ratified it.

Australian Defence Minister Richard Marles will arrive in Port Moresby next week for the first meeting of the treaty's joint defence council, where the two sides are expected to sign an arrangement on the legal status of Australian personnel, Joseph said.

The first 50 PNG recruits under the treaty's enlistment scheme are due to start training with the Australian Defence Force at Kapooka in mid-May, Australia's Department of Defence said.

Manus Governor Charlie Benjamin said landowners would block the access roads to Lombrum from Monday unless Canberra paid the compensation it promised in 2025.

Chinese Foreign Minister Wang Yi is expected to visit Port Moresby in April, a Pacific diplomat said, and Beijing could use the trip to press for a port project on the north coast.

Read more: PNG kina slips as LNG receipts fall

Prime Minister James Marape, who faces a general election in June, has said the treaty will not give Canberra a veto over PNG's security ties with other partners.

Pacific Islands Forum leaders will discuss regional security arrangements at their annual summit in September, the Forum secretariat said.

Analysts say the opposition could try to make the treaty an election issue. "Pukpuk is popular in Port Moresby and far less so in the Highlands, where people ask what it does for their roads," said Grace Kaupa, a researcher at the National Research Institute.
"""},
}
