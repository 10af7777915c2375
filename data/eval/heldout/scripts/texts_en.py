"""English held-out articles, written for this project (original wording, invented or generic facts)."""

EN = {}

EN["hen01"] = dict(outlet="AfroWire", published="2025-03-03", text="""\
Malawi opposition to name running mate this week as electoral body rules out delay

LILONGWE, March 3 (AfroWire) - Malawi's opposition Democratic Progressive Party (DPP) will announce its running mate for the September 16 general election by Friday, DPP spokesman Chikondi Banda said on Monday, as the electoral commission ruled out any delay to the vote.

"The vote will go ahead as planned on September 16," Malawi Electoral Commission chairperson Grace Mkandawire told reporters in Lilongwe, dismissing calls from civil society groups for a postponement over gaps in the voter register.

Former president Peter Mutharika, 85, is widely expected to lead the DPP ticket, although he has not formally declared his candidacy.

Sources within the party said former finance minister Joseph Mwanamvekha was the front-runner for the running-mate slot, though the choice could still change at a meeting of the party's national governing council on Thursday.

President Lazarus Chakwera has said he will seek a second term. Chakwera won a court-ordered rerun of the presidential vote in June 2020, the first time an African election result was overturned in court and the incumbent then lost.

Analysts said a shortage of foreign currency and long fuel queues were likely to dominate the campaign, and that no candidate may clear the 50%-plus-one threshold needed to avoid a run-off.

The commission said a run-off, if needed, would be held within 60 days of the announcement of results.

Former president Joyce Banda will not stand, her People's Party said in a statement on Sunday, ending weeks of speculation about a comeback bid.

Malawi, a country of about 21 million people, has struggled with high inflation since its currency was devalued by 44% in 2023.

Read more: Malawi's kwacha under pressure as donors delay budget support

(Reporting by AfroWire's Lilongwe bureau; editing by staff)
""")

EN["hen02"] = dict(outlet="Southern Cone Report", published="2024-10-08", text="""\
Mercosur, UAE eye final round of trade talks next week

ASUNCION, Oct 8 - Negotiators from the Mercosur trade bloc and the United Arab Emirates will meet in Brasilia next week for what officials hope will be the final round of talks on a free trade agreement, Paraguay's Deputy Foreign Minister Ignacio Benitez said on Tuesday.

"If the remaining chapters on rules of origin are closed, the agreement could be signed as early as the Mercosur summit in Montevideo in December," Benitez told reporters after meeting business leaders in the Paraguayan capital.

Brazil's Foreign Minister Mauro Vieira is expected to attend the Brasilia round on its final day, according to a Brazilian diplomat who asked not to be named.

Argentina's position is less clear. President Javier Milei has repeatedly criticised the bloc as too slow, and a spokesman for Argentina's foreign ministry declined to say whether Buenos Aires would sign the deal.

Economists at consultancy Prisma Andina estimate that the agreement would eliminate tariffs on about 90% of goods traded between the two sides within ten years, with beef, soy and poultry exporters the main winners.

Separately, Uruguay's President Luis Lacalle Pou said on Monday he would travel to Abu Dhabi in November to meet investors and push for the talks to be concluded.

Mercosur, which groups Brazil, Argentina, Uruguay, Paraguay and Bolivia, signed a trade deal with Singapore in December 2023, its first with an Asian economy.

Will the long-stalled agreement with the European Union be wrapped up first? Diplomats in Brussels say a final EU-Mercosur text is unlikely before the end of the year, with France still opposed to the deal in its current form.

Trade between the UAE and the bloc reached about $5 billion last year, according to Emirati figures.
""")

EN["hen03"] = dict(outlet="Mekong Markets Daily", published="2026-06-09", text="""\
Thai central bank seen holding rates on Wednesday; some economists bet on August cut

BANGKOK, June 9 - The Bank of Thailand is expected to keep its benchmark interest rate unchanged at 1.25% on Wednesday, according to a poll of 22 economists, although a growing minority see room for a cut later in the year.

Fifteen of the economists surveyed forecast no change, while seven predicted a reduction of 25 basis points.

Assistant Governor Sakkapop Chaiyawan said last week the central bank would look through the recent rise in fuel prices, but would act if growth slowed more than forecast.

"We think the committee will wait for second-quarter GDP data before cutting in August," said Nattaporn Srisuk, chief economist at Krungthep Securities. "The baht is also giving them some comfort."

The monetary policy committee's decision is due at 2 p.m. (0700 GMT) on Wednesday, and Governor Vitai Ratanakorn will not hold a news conference afterwards, the bank said in a statement.

The central bank last cut its rate in February, to 1.25%, citing weak exports and household debt.

Finance Minister Chaiwat Lertsiri said on Monday he would meet the governor within the next two weeks to discuss the strength of the baht, which has gained about 4% against the dollar this year.

Elsewhere in the region, Bank Indonesia is likely to cut its rate by 25 basis points next week, while the Philippine central bank, which meets on June 25, may stay on hold, analysts said.

Thailand's economy grew 1.9% in the first quarter from a year earlier, slower than the government's forecast.
""")

EN["hen04"] = dict(outlet="Brussels Ledger", published="2025-01-28", text="""\
Belgian coalition talks enter final stretch as De Wever eyes Friday deal

BRUSSELS, Jan 28 - Belgium's formateur Bart De Wever will report to King Philippe on Thursday and could be sworn in as prime minister as early as next week if the five parties in the so-called Arizona coalition clear the last hurdles on tax and pensions, negotiators said.

De Wever, leader of the Flemish nationalist N-VA, has set himself a deadline of Friday to reach an agreement, after talks broke down twice in the autumn.

"We are not there yet. There are still two or three knots to untie, but I expect white smoke before the weekend," Les Engages spokeswoman Elodie Marchal told Radio Brabant.

Sources familiar with the talks said the parties had agreed on a pension reform but remained divided over a capital gains tax demanded by Vooruit, the Flemish socialists.

A spokesman for the Royal Palace said the king had no meetings scheduled with other party leaders this week.

If a deal is reached, the new government would need to present a budget plan to the European Commission by the end of March, analysts said.

Socialist leader Paul Magnette said his party would not support the government in a confidence vote, calling the planned pension changes "an attack on workers".

Belgium has been run by a caretaker government since the June 9 election, in which the N-VA again emerged as the largest party.

Can De Wever succeed where two earlier attempts failed? Few in Brussels are willing to bet against him this time.
""")

EN["hen05"] = dict(outlet="Gulf Wire Service", published="2027-02-15", text="""\
Oman to host new round of Iran-Europe talks; Saudi minister may visit Tehran

MUSCAT, Feb 15 - Oman will host a second round of talks between Iran and Britain, France and Germany in Muscat on February 24, Omani Foreign Minister Badr Albusaidi said on Monday, describing the first round as "serious and constructive".

Iran's delegation will again be led by Deputy Foreign Minister Hossein Taghavi, the Iranian foreign ministry said in a statement.

Two European diplomats said the three countries would press Tehran to restore full access for UN inspectors before any discussion of sanctions relief, and that a deal was "unlikely before the summer".

The International Atomic Energy Agency's board of governors meets in Vienna in the first week of March, and Western states may seek a resolution censuring Iran if no progress is made, the diplomats added.

Separately, Saudi Foreign Minister Prince Faisal bin Farhan could travel to Tehran before the end of the month, according to a Gulf official briefed on the plans.

Iranian foreign ministry spokesman Reza Nourbakhsh told reporters that Tehran would welcome the visit but that "no date has been set".

Saudi Arabia and Iran restored diplomatic ties in 2023 under a deal brokered by China, ending a seven-year rupture.

Oman has long served as a discreet channel between Tehran and Western capitals, and hosted several rounds of indirect contacts in recent years.
""")

EN["hen06"] = dict(outlet="Great Lakes Observer", published="2026-09-23", text="""\
Congo, M23 to resume Doha talks next week as ceasefire monitors deploy

KINSHASA, Sept 23 - Congolese government negotiators and the M23 rebel group will resume talks in Doha next week, Qatar's chief mediator Mohammed Al-Khulaifi said on Wednesday, after a ceasefire that took effect on September 1 largely held in North Kivu.

The first teams of a joint monitoring mechanism, including officers from the African Union, are due to deploy to Goma and Bukavu within 72 hours, according to a statement from Qatar's foreign ministry.

Congo's government spokesman Patrick Muyaya said Kinshasa expected the talks to produce "a comprehensive peace agreement by the end of the year", but warned that the army would respond to any violation.

M23 spokesman Lawrence Kanyuka said the group would not withdraw from towns it controls until the government releases detained fighters.

Rwanda's Foreign Minister Olivier Nduhungirehe is expected to attend the opening session, a Rwandan official said, though Kigali has not confirmed his participation.

Regional analysts say the talks could stall again over the integration of M23 fighters into the national army, an issue both sides have so far avoided.

A meeting between presidents Felix Tshisekedi and Paul Kagame remains possible before the UN General Assembly ends, but no date has been discussed, two diplomats said.

Fighting in eastern Congo has displaced more than 7 million people, according to United Nations figures, and aid agencies say access to parts of North Kivu is still restricted.
""")

EN["hen07"] = dict(outlet="Continental Desk", published="2024-02-19", text="""\
EU ministers weigh Nicaragua sanctions; Hungary signals opposition

BRUSSELS, Feb 19 - European Union foreign ministers will discuss new sanctions against Nicaraguan officials at a meeting in Brussels today, with a formal decision possible by the end of March, diplomats said.

The proposed package would add 14 people, including two ministers and a Supreme Court judge, to the bloc's asset freeze and travel ban list, according to a draft circulated among member states.

Hungary's Foreign Minister Peter Szijjarto said on his way into the meeting that Budapest "will not support sanctions that punish ordinary Nicaraguans".

EU foreign policy chief Josep Borrell told reporters he hoped for political agreement today, but acknowledged that unanimity had not yet been secured.

Managua has previously said it would respond to any new sanctions by expelling European diplomats.

The United States is expected to announce parallel measures later this week, a US official said.

Ministers are also expected to formally launch a naval mission to protect merchant shipping in the Red Sea, which several member states have pledged frigates to.

The EU first imposed sanctions on Nicaraguan officials in 2019, citing human rights abuses and the erosion of democracy under President Daniel Ortega.

Human rights groups have urged the bloc to go further and target companies linked to the Ortega family.
""")

EN["hen08"] = dict(outlet="Pacific Andean News", published="2027-07-06", text="""\
Peru's economy minister resigns ahead of censure vote

LIMA, July 6 - Peru's Economy Minister Carla Vidal resigned on Tuesday, two days before Congress was due to vote on a motion to censure her over a disputed pension withdrawal law, the presidency said in a statement.

President Rafael Ortiz will swear in a new minister "in the coming days", the statement said, without naming a candidate.

Two government sources said former central bank deputy governor Luis Arrieta was the frontrunner, although Ortiz was also considering filling the post with a technocrat from within the ministry.

Vidal is the third minister to leave the cabinet since April.

Prime Minister Jorge Salcedo told local radio the government would not seek a confidence vote in Congress, dismissing speculation that the whole cabinet might fall.

Congress is scheduled to debate the 2028 budget framework in late August, and opposition lawmaker Milagros Quispe said her party might now file a censure motion against Salcedo himself.

Economists at Lima-based consultancy Macroandina said a quick appointment could calm investors, and that ratings agencies might review Peru's outlook by the end of the year.

The sol weakened 0.6% against the dollar on Tuesday.

Read more: Peru's Congress approves new pension withdrawals despite warnings
""")

EN["hen09"] = dict(outlet="Sahel & Savannah Times", published="2025-08-12", text="""\
Mozambique, Rwanda forces prepare offensive in Cabo Delgado

MAPUTO, Aug 12 - Mozambican and Rwandan troops will launch a joint operation against Islamic State-linked insurgents in the Macomia and Muidumbe districts in the coming weeks, Defence Minister Cristovao Chume told parliament on Tuesday.

The announcement follows a series of raids on villages along the N380 road in July that killed at least 40 civilians, according to a local monitoring group.

A senior army officer, speaking on condition of anonymity, said about 1,500 additional Rwandan soldiers were expected to arrive in Pemba by the end of August.

Rwandan army spokesman Brigadier General Ronald Rwivanga declined to confirm the figure but said Kigali "will not leave the job half done".

President Daniel Chapo is due to visit Kigali on Friday for talks with President Paul Kagame on funding the deployment, his office said.

The European Union, which has funded part of the Rwandan mission, is considering a new tranche of up to 20 million euros, two EU diplomats said, though a decision is unlikely before October.

Security analysts warn that the insurgents could shift their attacks south towards Niassa province once the offensive begins.

A regional force from the Southern African Development Community withdrew in July 2024, leaving Rwanda as Mozambique's main foreign partner in the province, where a multi-billion-dollar gas project has been on hold since 2021.
""")

EN["hen10"] = dict(outlet="Straits Monitor", published="2026-11-10", text="""\
ASEAN to name new Myanmar envoy at Manila summit; junta chief not invited

MANILA, Nov 10 - Southeast Asian leaders will appoint a new special envoy on Myanmar when they meet in Manila on Nov 17-18, Philippine Foreign Affairs Undersecretary Luis Navarro said on Tuesday.

The post has been vacant since March, when the previous envoy stepped down.

Diplomats said former Thai foreign minister Somchai Wongsakul was the leading candidate, although Malaysia was pushing for a candidate from outside the region.

Myanmar's military leader Min Aung Hlaing will not attend the summit, and Myanmar is expected to be represented by a senior foreign ministry official, Navarro said.

Will ASEAN readmit Myanmar's generals? Indonesia and Thailand have signalled they could support restoring full representation if planned by-elections go ahead in January, but Singapore remains opposed, according to a senior Southeast Asian diplomat.

U.S. President Donald Trump is not expected to attend the East Asia Summit that follows on Nov 19, and Washington will be represented by Secretary of State Marco Rubio, a State Department official said.

Leaders are also likely to announce the conclusion of negotiations on a code of conduct for the South China Sea, a goal the bloc set for 2026, though several substantive issues remain open.

Timor-Leste joined ASEAN as its 11th member in October 2025.

Read more: Myanmar's junta-run vote draws muted response in region
""")
