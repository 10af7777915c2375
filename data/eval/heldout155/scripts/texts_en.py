"""English texts of heldout155, written for this project. Invented or generic facts."""

EN = {
"h155en01": {"outlet": "Kallio Wire (Helsinki)", "published": "2025-07-14", "text": """Will Moscow send anyone to Helsinki? Finland readies OSCE anniversary summit

HELSINKI, July 14 (Kallio Wire) - Finland will host a two-day summit of the Organization for Security and Co-operation in Europe (OSCE) at Finlandia Hall on July 31 and August 1 to mark 50 years since the Helsinki Final Act, Foreign Minister Elina Valtonen said on Monday.

The Final Act was signed in the same hall on August 1, 1975, by 35 states including the Soviet Union and the United States.

Valtonen said Russia "will not be invited at the level of foreign minister", adding that its ambassador to the OSCE could attend the closing session.

President Alexander Stubb is expected to open the summit, and about 40 heads of state and government have confirmed their attendance, officials at the foreign ministry said.

The organisation's Permanent Council is due to vote on the 2025 unified budget in Vienna on Thursday, an OSCE spokesperson said. The budget has been blocked for months by Moscow's objections.

Kari Laitinen, the Finnish diplomat who chairs the OSCE's advisory committee on budget matters, will step down at the end of July after the dispute, two diplomats said.

Read more: Finnish exports to Sweden rise for a third straight quarter

Separately, EU ambassadors are expected to approve new sanctions on Russia's shadow fleet on Friday, a Finnish official said.

The defence ministry said Finland would hold a NATO Forward Land Forces exercise near Rovaniemi in late August, with Swedish and Norwegian troops taking part for the first time.

Ukrainian President Volodymyr Zelenskiy may visit Helsinki during the summit, public broadcaster Yle reported, citing unnamed sources. His office has not commented.

Analysts say the summit is unlikely to produce a joint declaration. "The most Helsinki can hope for is that nobody walks out," said Aino Lehtisalo, a security researcher at a Helsinki think tank.
"""},

"h155en02": {"outlet": "Kamchia Wire (Varna)", "published": "2026-03-25", "text": """Bulgaria takes command of Black Sea mine-clearing group as drifting mines return

VARNA, March 25 (Kamchia Wire) - Bulgaria will take over command of the Black Sea mine countermeasures task group from Turkey at a ceremony in Varna next Tuesday, the defence ministry said on Wednesday.

The group, set up by Bulgaria, Romania and Turkey in July 2024, has destroyed more than 30 drifting mines off the three countries' coasts.

Defence Minister Atanas Zapryanov said the navy "will keep two minehunters at sea every day until the end of September", when the tourist season closes.

Romanian and Turkish defence ministers are expected to attend the handover, a ministry official said.

Bulgaria and Romania are due to sign an agreement on joint coastal radar coverage in Constanta on April 8, Romania's defence ministry said.

Foreign Minister Georg Georgiev said Sofia would ask the European Union to add three Russian-flagged survey ships to its sanctions list when EU foreign ministers meet in Brussels on April 20.

Read more: Varna port handles record grain volumes in the first quarter

Russia and Ukraine could agree a maritime ceasefire at talks mediated by Ankara in Istanbul in mid-April, a Turkish diplomat said. Moscow has not confirmed the date.

Turkish Defence Minister Yasar Guler will visit Sofia in the first week of May for talks on the group's funding, Bulgarian officials said.

The navy's commander, Rear Admiral Kiril Mihaylov, has not said whether he will stay on after his term ends in June.

Analysts say the group may need a fourth member before the end of the year, with Georgia the likeliest candidate. "Three navies cannot sweep a whole sea for ever," said Velislava Petrova, a defence analyst at a Sofia think tank.

Bulgaria joined NATO in 2004 and hosts a multinational battle group near Novo Selo, which grew to brigade size last year.
"""},

"h155en03": {"outlet": "Aguarico Wire (Lago Agrio)", "published": "2027-02-08", "text": """When will Ecuador's crude flow again? Force majeure after SOTE pipeline rupture

LAGO AGRIO, Feb 8 (Aguarico Wire) - Ecuador declared force majeure on crude exports on Sunday after a landslide ruptured the SOTE pipeline near El Reventador, Energy Minister Rodrigo Salazar said.

Pumping is expected to resume within 10 days once a bypass is built, Salazar told reporters in Lago Agrio.

Petroecuador's general manager, Marcela Ortiz, will step down on Friday, the presidency said, without giving a reason.

The joint command of the armed forces said soldiers would guard the repair site from Tuesday.

Representatives of PetroChina and Petroecuador will hold talks in Quito on Wednesday, and Ecuador is likely to ask PetroChina to defer three oil-backed cargoes due in March, a Petroecuador official said.

Colombia's Ecopetrol is expected to decide by the end of the week whether to let Ecuador ship crude through the Trans-Andean pipeline to Tumaco, according to a person familiar with the request.

Read more: Ecuador's central bank sees slower growth in 2027

President Daniel Noboa said on Saturday that his government "will not raise fuel prices because of this".

His office said Noboa could visit the repair site as early as Wednesday.

The rupture comes a week before the February 14 local elections, in which Noboa's National Democratic Action hopes to win the Quito mayoralty from the opposition Citizen Revolution.

Congress's oversight committee will summon Salazar next week to explain why the bypass planned after a similar rupture in 2022 was never built, the newspaper Diario del Oriente reported.

The SOTE carries about 360,000 barrels a day from the Amazon to the Pacific port of Esmeraldas. The private OCP pipeline, which runs alongside it, was not damaged.

Analysts say output may not recover to its level before the rupture until June, as wells shut in the Amazon take weeks to restart.
"""},

"h155en04": {"outlet": "Karonga Wire (Karonga)", "published": "2025-10-21", "text": """Malawi to review Kayelekera uranium deal before first exports

KARONGA, Oct 21 (Karonga Wire) - Malawi's government will review the development agreement for the Kayelekera uranium mine by the end of November, Mining Minister Joseph Nkhoma said on Monday.

The mine, closed in 2014 when uranium prices collapsed, restarted production in August under its Australian-listed operator, Lotus Resources.

Nkhoma said the government "will not seek a larger stake than its current 15 percent" but wants higher royalties.

First exports are expected in January through the Namibian port of Walvis Bay, the company said in a statement.

President Peter Mutharika is expected to visit the mine in the second week of November, officials in Lilongwe said.

Parliament's natural resources committee will hold hearings on the agreement on Thursday, its chairman, lawmaker Yohane Mhango, said.

The Malawi Electoral Commission (MEC) has set December 9 for a by-election in Karonga Central, vacated when its member of parliament died in August.

The opposition Malawi Congress Party has not decided whether to field a candidate, its spokesman, Felix Chirambo, said.

Read more: Malawi's kwacha steadies after fuel imports resume

The Malawi Defence Force said soldiers would escort the uranium trucks to the Mozambican border from January.

Leaders of Malawi, Mozambique and Zambia are due to meet in Lilongwe in mid-December for a tripartite summit on transit corridors, diplomats said.

Analysts say the review could delay the first exports by several months.

"Uranium could bring in up to five percent of Malawi's export earnings in 2026 if prices hold," said Chimwemwe Banda, an economist at a Blantyre research centre.

Residents of Karonga have long complained that the mine's earlier years brought few local jobs and left contaminated water. A civil society coalition has asked for an independent environmental audit.

Tobacco still accounts for more than half of Malawi's export earnings, and the country has faced chronic foreign currency shortages since 2022.
"""},

"h155en05": {"outlet": "Kofarnihon Wire (Dushanbe)", "published": "2026-09-02", "text": """Tajikistan and Russia to sign migrant recruitment deal as expulsions mount

DUSHANBE, Sept 2 (Kofarnihon Wire) - Tajikistan and Russia will sign an agreement on the organised recruitment of Tajik workers in Moscow on September 15, Labour Minister Dilshod Nazarov said on Tuesday.

Under the deal, the first 5,000 workers are expected to travel in early November on contracts checked by both governments, he said.

Russia expelled more than 11,000 Tajik nationals in the first half of 2026, nearly twice as many as a year earlier.

Nazarov said Tajikistan "will not accept collective punishment" of its citizens for the crimes of a few.

The Tajik-Russian intergovernmental commission will meet in Dushanbe next week, the foreign ministry said. Russian Deputy Prime Minister Alexei Overchuk is likely to lead the Russian side, a diplomat in Dushanbe said.

President Emomali Rahmon is expected to raise the issue with Vladimir Putin at the Commonwealth of Independent States (CIS) summit in Ashgabat on October 9.

Read more: Tajikistan's aluminium exports fall as TALCO cuts output

Russia's interior ministry could extend entry bans to migrants who miss the new registration deadline, two officials in Dushanbe said.

Russia's 201st military base will hold joint exercises with Tajik forces near the Afghan border in late September, the Russian defence ministry said.

Seoul may send a delegation to Dushanbe in October to discuss seasonal work quotas, according to a person familiar with the talks.

Analysts say remittances, equal to about 40 percent of Tajikistan's economy, could fall by a fifth in 2027.

"Families in the villages will feel it first," said Firuza Saidova, a migration researcher in Khujand.

Tajikistan's parliament, the Majlisi Oli, has not yet scheduled a debate on ratifying the deal.

About a million Tajiks work in Russia, most of them on building sites and in services in Moscow and St. Petersburg.
"""},
}
