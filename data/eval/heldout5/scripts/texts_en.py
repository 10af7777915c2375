"""English articles of the fifth held-out set (heldout5), written for this project on 2026-11-30
(original wording, invented or generic facts)."""

EN = {}

EN["h5en01"] = dict(outlet="Khyber Wire Service", published="2026-03-10", text="""\
Pakistan, Afghanistan to resume border talks in Doha as Torkham stays shut

ISLAMABAD, March 10 (Khyber Wire Service) - Pakistani and Afghan officials will meet in Doha on Saturday for a third round of talks aimed at reopening the Torkham and Chaman border crossings, Foreign Office spokesman Faisal Naveed Khattak said on Tuesday.

Qatar and Turkey, which brokered a truce between the neighbours last October, are expected to send mediators to the talks, he added.

The crossings have been closed since clashes in February that killed dozens of soldiers on both sides, choking trade worth an estimated $2 billion a year.

Islamabad wants the Taliban government to give written guarantees that it will act against the Pakistani Taliban, or TTP, before any crossing reopens, according to two Pakistani officials familiar with the preparations.

Taliban government spokesman Zabihullah Mujahid said Kabul's delegation would be led by Deputy Interior Minister Mohammad Nabi Omari, and that it would "not discuss any conditions on trade".

A senior Western diplomat in Islamabad said a partial reopening for humanitarian cargo could come as early as next week if the Doha round goes well, but cautioned that a full agreement was unlikely before Eid al-Fitr.

Deputy Prime Minister Ishaq Dar may travel to Kabul later this month to meet his Afghan counterpart, Amir Khan Muttaqi, a foreign ministry official said on condition of anonymity. No dates have been set.

Thousands of trucks loaded with fruit, cement and medicine have been stranded on both sides of the frontier for weeks, and traders in Peshawar have staged daily protests.

"Both sides need a face-saving formula, and I think one is likely to emerge by the end of the month," said Nadia Afridi, a Peshawar-based security analyst.

Read more: Pakistan's central bank holds rates steady for a second month

The UN Security Council is due to renew the mandate of its Afghanistan mission, UNAMA, on March 17, a vote Islamabad hopes will include stronger language on militant groups.
""")

EN["h5en02"] = dict(outlet="Rio de la Plata Wire", published="2026-04-14", text="""\
EU-Mercosur deal heads for decisive vote in Strasbourg as farmers mobilise

MONTEVIDEO, April 14 (Rio de la Plata Wire) - The European Parliament is scheduled to vote on the EU-Mercosur trade agreement on May 6, setting up a final test for a deal more than 25 years in the making, parliamentary officials said on Tuesday.

Lawmakers are expected to approve it by a narrow margin, although around 40 French and Polish members could still ask for the vote to be postponed.

If approved, the trade part of the deal could enter into force provisionally as early as July 1, EU trade commissioner Maros Sefcovic told reporters in Brussels.

France's largest farm union, the FNSEA, said in a statement that farmers plan to drive hundreds of tractors into Strasbourg on the eve of the vote.

French President Emmanuel Macron has said France will not back the deal without stronger safeguards for beef and poultry, though officials in Paris signalled this month that a compromise on an emergency brake mechanism was possible.

Whether France will try to assemble a blocking minority among EU governments remains unclear.

The agreement covers a market of more than 700 million people and removes tariffs on over 90% of goods traded between the two blocs.

Brazil's Congress will take up the agreement in the second half of the year, Foreign Minister Mauro Vieira said, adding that President Luiz Inacio Lula da Silva hoped to see it ratified before the general election on October 4.

In Argentina, President Javier Milei is likely to sign a decree applying the tariff cuts as soon as the European vote passes, an Argentine official said.

Uruguay's parliament ratified the deal in March, the first Mercosur member to do so, and Paraguay's Senate is expected to follow by the end of the year.

EU agriculture ministers will discuss a compensation fund for affected farmers in mid-June, the Commission said.
""")

EN["h5en03"] = dict(outlet="Han River Dispatch", published="2026-08-25", text="""\
Lee to visit Tokyo for shuttle summit as Seoul and Tokyo eye bigger currency swap

SEOUL, Aug 25 (Han River Dispatch) - South Korean President Lee Jae-myung will travel to Tokyo early next month for talks with Japanese Prime Minister Sanae Takaichi, the presidential office said on Tuesday, in the latest round of the "shuttle diplomacy" the two neighbours revived last year.

The two leaders are expected to announce an expanded currency swap line, a senior finance ministry official said on condition of anonymity.

Presidential spokeswoman Park Soo-min said the talks would also cover North Korea's missile launches and a joint response to U.S. tariffs. She ruled out any discussion of a new apology over wartime forced labour.

In Tokyo, Chief Cabinet Secretary Minoru Kihara told a news conference that the dates "have not been finalised".

A trilateral summit with China, which Japan is due to host, could take place as early as November, but Beijing has yet to confirm its participation, diplomats in Seoul said.

Relations between the two U.S. allies have swung sharply over the past decade, as disputes over wartime history repeatedly derailed cooperation on trade and security.

The main opposition People Power Party plans to table a motion next week urging Lee to raise the memorial at the Sado gold mine, party spokesman Kim Do-hyun said.

Some analysts say Takaichi may use the visit to press Seoul to lift its ban on seafood imports from Fukushima and nearby prefectures.

"Neither leader can afford a failure right now, and I expect them to agree on a joint statement on economic security," said Choi Eun-ji, a professor of international relations at Hanbit University.

South Korea's trade minister is scheduled to hold separate talks with his Japanese counterpart in the coming weeks on restoring Japan to Seoul's fast-track export list, according to the trade ministry.
""")

EN["h5en04"] = dict(outlet="Caucasus Ledger", published="2026-02-17", text="""\
Armenian, Azerbaijani border commissions to meet as peace treaty awaits signature

YEREVAN, Feb 17 (Caucasus Ledger) - The Armenian and Azerbaijani state commissions on border delimitation will hold their next meeting on the border on Friday, Armenian Deputy Prime Minister Mher Grigoryan said on Tuesday.

The commissions, chaired by Grigoryan and his Azerbaijani counterpart, Deputy Prime Minister Shahin Mustafayev, are expected to agree on rules for delimiting a further stretch of the frontier between Armenia's Tavush province and Azerbaijan's Gazakh district, Grigoryan's office said.

The two countries initialled a peace treaty at the White House in August 2025 but have not signed it. Azerbaijan insists that Armenia must first remove a reference to Nagorno-Karabakh from its constitution.

Prime Minister Nikol Pashinyan has said a referendum on a new constitution could be held after the parliamentary elections scheduled for June 7.

Azerbaijani presidential aide Hikmet Hajiyev said in Baku that President Ilham Aliyev and Pashinyan could sign the treaty "within weeks" of a constitutional change, but not before.

Aliyev has not said whether he will attend the European Political Community summit that Armenia is due to host in early May.

Work on the U.S.-backed transit route through Armenia's Syunik province, known as TRIPP, is expected to begin in the first half of 2027, a U.S. State Department official said.

Two diplomats in Yerevan said Friday's meeting could also cover the release of Armenian detainees held in Baku, an issue Yerevan has raised at every round.

The border, which stretches for about 1,000 kilometres, has never been formally delimited since the two countries gained independence in 1991.

Russia's foreign ministry, whose border guards once patrolled parts of Armenia's frontier, has criticised the U.S. role and said it would propose its own security guarantees to both sides.
""")

EN["h5en05"] = dict(outlet="Dangrek Wire", published="2027-03-09", text="""\
Thailand, Cambodia set to extend border truce as military talks near

BANGKOK, March 9 (Dangrek Wire) - Thailand and Cambodia are expected to extend their border ceasefire by another 90 days when their General Border Committee meets in the Thai province of Chanthaburi on March 18-19, Thai defence ministry spokesman Rear Admiral Surasak Phongpanit said on Tuesday.

The truce, brokered with ASEAN mediation after five days of fighting along the frontier in July 2025, expires on March 31.

Cambodian Defence Minister Tea Seiha will lead Phnom Penh's delegation, the Cambodian defence ministry said in a statement, adding that Cambodia would demand the return of 18 soldiers still held by Thailand.

Thailand's army chief, General Wichai Sornprasert, said troops would begin withdrawing heavy weapons from the area around the Ta Muen Thom temple within 30 days if the ceasefire is extended.

Cambodian Prime Minister Hun Manet may travel to Bangkok in April for talks on reopening border checkpoints, two people familiar with the plans said, though neither government has confirmed the trip.

Can the ceasefire hold beyond March 31 without a broader settlement?

An ASEAN observer team of Malaysian and Indonesian officers will stay deployed along the border through the end of June, the ASEAN Secretariat said in a statement.

Border trade, worth about $4 billion a year before the fighting, could partly resume in the second quarter, Thailand's commerce ministry said.

Analysts say Cambodia may again ask the International Court of Justice to rule on four disputed temples, although Thailand rejects the court's jurisdiction over the border.

Tens of thousands of villagers on both sides fled their homes during the fighting, and many have yet to return because of unexploded ordnance.
""")
