"""English texts of heldout204, written for this project in one sitting. Invented or generic facts."""

EN = {
"h204en01": {"outlet": "Sunzha Wire (Grozny)", "published": "2026-06-16", "text": """Will Kadyrov run again? Chechnya sets September vote for republic head

GROZNY, June 16 (Sunzha Wire) - Chechnya's parliament will on Thursday formally call the election for head of the republic, with voting set for September 20, parliament speaker Magomed Daudov said on Monday.

Ramzan Kadyrov, who has led the region since 2007, has not said whether he will seek another five-year term. Daudov told reporters the decision was Kadyrov's alone and would be announced "within ten days".

Kremlin spokesman Dmitry Peskov said the choice was "a matter for the voters of Chechnya" and that President Vladimir Putin would meet Kadyrov in the coming weeks.

United Russia will hold a regional conference in Grozny on June 27 to nominate its candidate, a party official said.

Two people close to the republic's leadership said Kadyrov could step down before the vote and name an acting head, a step that would let his successor run as the incumbent. Apti Alaudinov, commander of the Akhmat special forces, told reporters in Gudermes last week that he was "a soldier, not a politician".

Read more: Russia's central bank holds key rate, signals cuts later this year

About 1,500 Akhmat fighters are due to rotate home from the front in Ukraine in early August, the republic's press service said.

The European Union is expected to add three more Chechen officials to its human rights sanctions list when EU foreign ministers meet in Brussels next month, two EU diplomats said. Moscow has dismissed earlier listings as "political theatre".

Ingushetia's head, Mahmud-Ali Kalimatov, will travel to Grozny on July 3 to sign a protocol on the last disputed section of the two republics' administrative border, the Ingush government said.

Analysts say turnout, officially above 94 percent in 2021, is unlikely to fall much whoever is on the ballot. "Moscow wants continuity without surprises," said Zarema Tsurova, a Caucasus researcher at a Moscow university.
"""},

"h204en02": {"outlet": "Kegeyli Wire (Nukus)", "published": "2027-03-09", "text": """Karakalpakstan pardons: can Tashkent keep its EU trade perks?

NUKUS, March 9 (Kegeyli Wire) - Uzbek President Shavkat Mirziyoyev is expected to sign a pardon decree covering at least 20 people convicted over the 2022 unrest in Karakalpakstan before the Navruz holiday on March 21, two officials in Nukus said.

At least 21 people were killed in July 2022 when protests broke out in Nukus over proposed constitutional changes that would have removed the region's right to secede.

A European Commission monitoring mission will be in Nukus on March 16-17 to review GSP+ compliance, the EU delegation in Tashkent said. It is due to meet regional officials and relatives of those still in prison.

The Commission could propose a partial suspension of Uzbekistan's GSP+ preferences if it finds serious and systematic violations. But two EU officials said such a step was unlikely before the next GSP+ report, due in January 2028.

Amanbay Orynbayev, chairman of the Jokargy Kenes, Karakalpakstan's parliament, said on Sunday the region's sovereign status "will not be touched" by any future constitutional amendment.

Uzbekistan's delegation will appear before the UN Human Rights Committee in Geneva in mid-July, the justice ministry said.

Read more: Uzbekistan's central bank cuts rate for first time in a year

Mirziyoyev is likely to raise the GSP+ review at the second EU-Central Asia summit, expected in Brussels in late April, diplomats said. The long-delayed Enhanced Partnership and Cooperation Agreement could be signed there, one of them added.

A lawyer for several of the convicted said families would petition the Supreme Court next week if well-known prisoners were left off the list.

The National Guard will keep extra units in Nukus at least until the end of March, the interior ministry said.

Analysts say Tashkent may hold back the best-known prisoners until after the summit. "Each release is a bargaining chip," said Gulnara Seitova, a researcher at a Tashkent think tank.
"""},

"h204en03": {"outlet": "Hunza Wire (Gilgit)", "published": "2025-11-26", "text": """Gilgit-Baltistan to vote on February 8 as caretakers take over

GILGIT, Nov 26 (Hunza Wire) - Gilgit-Baltistan will elect its legislative assembly on February 8, Chief Election Commissioner Mir Afzal Qureshi said on Tuesday, two days after the assembly completed its five-year term.

Nomination papers can be filed from December 10 to December 16, he said, and campaigning will end two days before polling.

Retired judge Yar Muhammad Shigri was sworn in as caretaker chief minister on Monday and is expected to name an eight-member cabinet within days.

The Pakistan Tehreek-e-Insaf, which won the 2020 election, has not decided whether to take part, a party spokesman said. The Pakistan Peoples Party's chairman, Bilawal Bhutto Zardari, will open his party's campaign at a rally in Skardu on December 20, party officials said.

Prime Minister Shehbaz Sharif is expected to visit Gilgit next month to announce a wheat subsidy package, his office said.

The army will deploy troops at all polling stations, the caretaker government said.

India's foreign ministry spokesman, Randhir Jaiswal, said on Tuesday the vote was "illegal".

Read more: Pakistan, IMF agree on next tranche as reserves rise

Pakistan's army will respect the May 2025 ceasefire with India along the Line of Control "as long as the other side does", the military's media wing, ISPR, said after an exchange of fire near Astore this month. The two sides' directors general of military operations may speak over their hotline as early as Friday, a security official said.

The Awami Action Committee, which led protests over wheat prices last year, could call a boycott unless the government guarantees the region's tax exemptions, its chairman, Ghulam Abbas Nagri, told Hunza Wire.

A $380 million loan agreement for realigning the Karakoram Highway near Thakot is due to be signed with China in mid-January, officials in Islamabad said.

Analysts say parties aligned with Islamabad are likely to form the next government.
"""},

"h204en04": {"outlet": "Dijle Wire (Mechelen)", "published": "2027-05-18", "text": """Flemish parliament to vote on confederalism motion as state reform talks stall

MECHELEN, May 18 (Dijle Wire) - The Flemish Parliament will vote tomorrow on a Vlaams Belang resolution asking the Flemish government to prepare for a confederal Belgium, Speaker Liesbeth Homans said on Monday.

The motion is expected to fail. Minister-President Matthias Diependaele's coalition of the N-VA, Vooruit and CD&V holds 65 of the 124 seats, and all three parties have said they will vote against.

Diependaele said his government "will not play Vlaams Belang's game", but would present its own proposals for a seventh state reform to the federal working group in June.

The working group, chaired by Institutional Reform Minister Didier Lambotte, is due to meet for the first time on June 8, Prime Minister Bart De Wever's office said. French-speaking parties have not decided whether to send representatives. MR leader Georges-Louis Bouchez said on Sunday his party "will not negotiate a split of social security".

Belgian, Dutch and Luxembourg leaders meet in Maastricht on June 11 for a Benelux summit, where Diependaele is due to sign a Flemish-Dutch treaty on deepening the Scheldt, the Flemish government said.

Read more: Antwerp port volumes fall 4% as container lines reroute

About 200 soldiers will patrol Antwerp's port area from July 1 under a federal plan against drug-related violence, Defence Minister Theo Francken said.

Welfare Minister Katrien Goossens could resign if the autumn budget adjustment cuts childcare subsidies, two people in her party said.

The next federal and regional elections are due in June 2029. Vlaams Belang leader Tom Van Grieken said the party would make confederalism its first condition for joining any coalition after that vote.

Analysts say a new state reform is unlikely to pass before 2030. "Everyone talks about it, nobody wants to pay for it," said Lotte Vermeersch, a political scientist at Ghent University.
"""},

"h204en05": {"outlet": "Cockburn Sound Wire (Kwinana)", "published": "2026-02-23", "text": """Can Canberra's minerals reserve restart Kwinana's lithium refinery?

KWINANA, Feb 23 (Cockburn Sound Wire) - The federal government will announce the first purchase contracts under its A$1.2 billion Critical Minerals Strategic Reserve next week, Resources Minister Madeleine King said on Monday. Lithium hydroxide from Western Australia is likely to be among them, she said.

The Kwinana refinery, majority-owned by China's Tianqi Lithium, has been idle since November after years of losses and a slump in lithium prices.

Premier Roger Cook said the state would extend its royalty relief for lithium producers for another 12 months from July 1, but Western Australia "will not subsidise companies that ship raw ore offshore".

Treasurer Jim Chalmers is due to decide by the end of March whether a Chinese-backed fund may raise its stake in an Esperance rare earths miner to 19.9 percent, his office said. The Chinese embassy in Canberra said on Sunday it "firmly opposes" what it called discriminatory screening of Chinese investors.

Analysts say Beijing may respond with informal curbs on Western Australian rock lobster or barley, as it did in 2020.

A delegation from the U.S. Export-Import Bank will visit Perth in mid-March to discuss loans for two rare earths refineries, the U.S. consulate said. The visit follows the critical minerals framework that Prime Minister Anthony Albanese and President Donald Trump signed in Washington in October 2025.

Read more: Reserve Bank holds cash rate, warns on services inflation

Tianqi and its Australian partner IGO are expected to sign a supply agreement with the reserve before the end of June if the price covers their costs, a person familiar with the talks said. The refinery's chief executive, Stuart Cullen, will step down at the end of April, the company said in a statement.

The Australian Workers' Union will hold a rally outside Parliament House in Perth on Thursday to demand a restart, its state secretary said.
"""},
}
