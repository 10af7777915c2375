"""English texts of heldout178, written for this project in one sitting. Invented or generic facts."""

EN = {
"h178en01": {"outlet": "Brikama Wire (Brikama)", "published": "2026-04-14", "text": """Will OMVG power end Gambia's blackouts before the rains?

BRIKAMA, April 14 (Brikama Wire) - Gambia will start drawing up to 40 megawatts from the OMVG regional power line at the Brikama substation on April 27, Petroleum and Energy Minister Nani Juwara told lawmakers on Monday.

The line, built by the Gambia River Basin Development Organisation (OMVG) with Senegal, Guinea and Guinea-Bissau, was completed in 2023 but has carried only test flows since then.

The National Water and Electricity Company (NAWEC) has rationed supply across the Greater Banjul Area since early March, when two heavy-fuel units at its Kotu plant broke down.

NAWEC's managing director, Modou Lamin Sowe, said load-shedding should end within ten days of the first imports. He warned that rationing could return in July if weak rains cut output at Guinea's Kaleta dam.

Opposition lawmaker Fatoumatta Jobe of the United Democratic Party (UDP) said she would table a motion next week calling for Sowe's resignation. Blackouts have become a campaign issue before the December 5 presidential election, in which President Adama Barrow is seeking a third term.

OMVG energy ministers will meet in Conakry on May 12-13 to set a transit tariff for Gambia's share of the line, the organisation's secretariat said.

Read more: Gambia's groundnut buying season closes with record farm-gate prices

Senegal's energy minister, Birame Souleye Diop, is due in Banjul on Thursday for talks on wheeling charges, the Senegalese embassy said. Juwara is also expected to sign a power purchase agreement for a 50 MW powership with Turkey's Karpowership before the end of May, two officials said.

The Gambia Armed Forces will guard the Brikama substation from Friday after copper cable was stolen there last week, an army spokesman said.

NAWEC's board has not decided whether to raise tariffs before the vote, a company official said. Analysts say a tariff rise could come soon after the election, whoever wins.
"""},

"h178en02": {"outlet": "Maputsoe Wire (Maputsoe)", "published": "2025-10-08", "text": """Lesotho garment towns brace for more closures after AGOA lapse

MAPUTSOE, Oct 8 (Maputsoe Wire) - Trade Minister Mokhethi Shelile will fly to Washington on Sunday and meet officials of the U.S. Trade Representative's office on October 14 to seek duty-free access for Lesotho's garments, his ministry said on Tuesday.

The African Growth and Opportunity Act (AGOA) expired on September 30 after Congress failed to renew it, leaving Lesotho's garments facing a 15 percent U.S. tariff.

Two Taiwanese-owned factories in Maputsoe laid off 3,100 workers last week, and a third is expected to close by the end of October, the Lesotho National Development Corporation (LNDC) said.

Thabang Ntsekhe, secretary-general of the United Textile Employees union, said workers would march to parliament in Maseru on Friday. "We will not accept a wage freeze dressed up as a rescue plan," he said.

Washington could raise the tariff further if Maseru keeps restricting U.S. poultry, a U.S. official said.

Prime Minister Sam Matekane is expected to raise the closures at an extraordinary SADC summit in Gaborone on October 23, officials said. Shelile said a deal for South African state agencies to buy Lesotho-made uniforms, discussed with South Africa's trade minister, Parks Tau, could be signed before Christmas.

Read more: Lesotho Highlands Water Project tunnel passes halfway mark

In Leribe district, police said a truce between two rival famo music gangs, agreed after five killings in September, would be extended for 60 days from Monday. The Lesotho Defence Force will keep soldiers at factory gates in Maputsoe until the end of the month, the army said.

Opposition leader Mathibeli Mokhothu said his Democratic Congress would demand Shelile's resignation in parliament next week unless the minister returns with a firm U.S. commitment.

A factory association official said some Taiwanese owners may move lines to Eswatini in November. Analysts say the closures are likely to dominate campaigning for the 2027 general election.
"""},

"h178en03": {"outlet": "Klodnica Wire (Katowice)", "published": "2027-06-02", "text": """Can Warsaw close Silesia's mines without losing Silesia's votes?

KATOWICE, June 2 (Klodnica Wire) - Energy Minister Milosz Motyka will present a revised timetable for closing Polish Mining Group (PGG) pits to union leaders in Katowice on Friday, his ministry said on Tuesday.

A 2021 social contract between the government and mining unions set 2049 as the end date for hard-coal mining in Silesia. PGG lost about 2 billion zlotys last year.

Under the draft, the Halemba section of the Ruda mine would close in December 2028 rather than in 2031, and two more sections are expected to stop output within three years, according to two people who have seen it.

Dariusz Wrobel, head of the Solidarity union's mining secretariat, said miners "will not accept any date earlier than the one agreed in 2021" and would protest in Warsaw on June 16 if the draft is not withdrawn.

PGG's chief executive, Leszek Pietrzyk, has said he would step down if the timetable is adopted without the unions' consent.

The European Commission is expected to decide on Poland's request to extend state aid for loss-making mines by the end of July, an EU official said.

Read more: Polish zloty firms as central bank signals a pause

Poland also wants the next EU sanctions package, which EU ambassadors will discuss next week, to ban Russian coal routed through Kazakhstan, a diplomat said.

Prime Minister Donald Tusk is likely to visit Halemba before the end of June, a government source said. He will raise funding for coal regions at the European Council in Brussels on June 24-25, his office said.

The plan is politically sensitive ahead of the parliamentary election expected in October. Analysts say President Karol Nawrocki, who is backed by the opposition Law and Justice (PiS) party, could veto the amendment to the mining act that the timetable requires.
"""},

"h178en04": {"outlet": "Vreed-en-Hoop Wire (Vreed-en-Hoop)", "published": "2026-07-21", "text": """When will traffic cross the new Demerara bridge? Government sets August 1

VREED-EN-HOOP, July 21 (Vreed-en-Hoop Wire) - The new four-lane Demerara River Bridge will open to traffic on August 1, Public Works Minister Juan Edghill said on Monday, after the date slipped twice since February.

President Irfaan Ali is expected to cut the ribbon at a ceremony the evening before, two officials said.

A toll of 2,000 Guyana dollars for cars will apply from the first day, but Edghill said the government "will not charge pedestrians or cyclists".

The old floating bridge, in service since 1978, will close to vehicles within 30 days of the new one opening, the ministry said. Its general manager, Rawle Fraser, will retire at the end of August, the Demerara Harbour Bridge Corporation said. About 40,000 vehicles cross the river each day, and queues on the old bridge often stretch for two hours at peak times.

A delegation from China Railway Construction Corporation (CRCC), the contractor, will arrive next week to sign the handover certificate, the Chinese embassy said.

The Guyana Defence Force will send engineers to help dismantle the old structure from September, an army statement said.

Read more: Guyana's first-half oil revenue beats budget forecast

Opposition lawmaker Delon Thom said the government had timed the opening to boost its candidates in the local government elections due in December.

It is not yet clear whether heavy trucks will be allowed on the bridge before October, a ministry engineer said.

The government plans to show the bridge to regional leaders at a CARICOM special summit on transport in Georgetown in mid-September, a foreign ministry official said.

Analysts say the opening could halve the morning commute from the West Bank to Georgetown, but traffic on the East Bank road may worsen until a bypass is finished in 2028.
"""},

"h178en05": {"outlet": "Pangai Wire (Pangai)", "published": "2027-01-27", "text": """Will Ha'apai get its new ferry before the cyclone season ends?

PANGAI, Jan 27 (Pangai Wire) - Japan will hand over a new 400-passenger inter-island ferry to Tonga at Nuku'alofa's Queen Salote Wharf on February 10, the Japanese embassy said on Tuesday.

The vessel will replace the MV 'Otuanga'ofa, which has been out of service since a crack was found in its hull in November.

Infrastructure Minister Siaosi Vaipulu said the ferry "will start weekly runs to Pangai in early March" and that fares "would not rise this year".

Crown Prince Tupouto'a 'Ulukalala is expected to attend the handover, palace officials said. A team from the Japan International Cooperation Agency (JICA) will meet Tonga Ports Authority officials in Nuku'alofa next week on repairing the Pangai wharf ramp, the embassy added.

Voters in Ha'apai 13 will elect a new people's representative on March 18, after the sitting member resigned in December to become high commissioner to Fiji, the Electoral Commission said. Nominations close on February 19.

Read more: Tonga's squash exports to Japan rebound after a poor 2026 season

His Majesty's Armed Forces will station the patrol boat VOEA Ngahau Siliva in Ha'apai from mid-February to escort fuel barges, the navy said.

The chief executive of the Friendly Islands Shipping Agency could step down before the new ferry enters service, after lawmakers criticised the delays, two sources said. The Legislative Assembly's infrastructure committee will question Vaipulu on Friday.

Australia and Tonga are expected to sign a maritime infrastructure agreement covering the outer-island wharves within weeks, an Australian official said. Tonga is likely to seek a regional shipping fund at the Pacific Islands Forum leaders' meeting in September, diplomats said.

Analysts in Nuku'alofa say one ferry will not be enough for the outer islands and that a second vessel may be needed before 2030.
"""},
}
