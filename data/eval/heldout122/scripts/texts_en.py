"""English texts of heldout122, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h122en01": {"outlet": "Hisor Wire (Dushanbe)", "published": "2027-02-09", "text": """Tajikistan and EU to sign partnership deal as Kallas heads to Dushanbe

DUSHANBE, Feb 9 (Hisor Wire) - Tajikistan and the European Union will sign an Enhanced Partnership and Cooperation Agreement in Dushanbe on February 23, Foreign Minister Sirojiddin Muhriddin told reporters on Monday.

EU foreign policy chief Kaja Kallas is expected to travel to Dushanbe for the signing and hold talks with President Emomali Rahmon, two EU officials said.

Negotiations on the agreement opened in Brussels in November 2023 and were concluded last year after seven rounds.

Muhriddin said the Majlisi Oli, the parliament, should ratify the deal before the end of June. He said Tajikistan "will not allow anyone to use our territory to bypass sanctions", responding to questions about re-exports of Western goods to Russia.

EU diplomats say the bloc could still add two Tajik trading companies to its next package of sanctions against Russia, which may be adopted as early as March.

Read more: Tajik remittances from Russia fall for a second year

The State Committee for National Security said in a statement it would deploy an additional border brigade to the Khatlon region along the Afghan frontier from March 1.

Rahmon has not confirmed whether he will attend the second EU-Central Asia summit, due in Brussels in October, his office said.

The European Investment Bank is likely to sign a 120 million euro loan for drinking water in Khatlon in mid-May, according to a person familiar with the talks.

Russia's foreign ministry said Deputy Foreign Minister Mikhail Galuzin would hold regular consultations in Dushanbe next week.

Analysts say the agreement is unlikely to affect Russia's 201st military base near Dushanbe, which hosts about 7,000 troops.

"The EU is offering trade and water money, not security," said Parviz Nazarov, an economist in Dushanbe. He said EU trade preferences under the GSP+ scheme could follow within two years.
"""},

"h122en02": {"outlet": "Portillo Wire (Los Andes)", "published": "2026-10-06", "text": """Can Kast and Milei keep the continental shelf row off the table?

LOS ANDES, Oct 6 (Portillo Wire) - Argentine President Javier Milei will make a two-day state visit to Chile starting on October 14, Chile's Foreign Ministry said on Monday.

Milei will hold talks with President Jose Antonio Kast at La Moneda, the ministry said.

The two presidents are expected to sign a protocol on round-the-clock operation of the Cristo Redentor border crossing, two officials familiar with the preparations said. A long-term agreement on Argentine gas exports to central Chile could also be signed, one of them said.

The visit comes as the neighbours disagree over the continental shelf south of Cape Horn. Argentina formally protested in August 2021 after Chile extended its claim in the area.

Argentina "will not accept any claim that overlaps our own shelf," Foreign Minister Pablo Quirno said last week.

Chile plans to file an updated submission with the UN Commission on the Limits of the Continental Shelf before the end of the year, Undersecretary for Foreign Affairs Francisca Valdes Rios said. A Chilean diplomat said no decision had been taken on whether Kast would raise the issue with Milei.

Read more: Chile's copper output rises again

The Chilean Navy said it and the Argentine Navy would begin this season's Combined Antarctic Naval Patrol on November 15.

Regional Governor Marcela Ortuzar said the regional government of Valparaiso would open a new customs complex at the Los Libertadores crossing in December.

Kast and Milei are also likely to meet at the Ibero-American summit in Madrid in late November.

Argentina's ambassador in Santiago is expected to step down after the visit, according to a person close to the embassy. Milei, who is expected to seek a second term in the presidential election in October 2027, wants a visible win on gas.

Analysts say the shelf dispute could overshadow the visit.
"""},

"h122en03": {"outlet": "Emajogi Wire (Tartu)", "published": "2025-12-03", "text": """Estonia's parliament to vote on renting Tartu prison cells to Sweden

TARTU, Dec 3 (Emajogi Wire) - Estonia's parliament will hold the final vote on December 10 on an agreement to rent 400 cells at Tartu Prison to Sweden, Justice Minister Liisa Pakosta said on Tuesday, adding that ratification was expected to pass comfortably.

The two governments signed the agreement in Tallinn in June. Under it, Sweden would pay about 30 million euros a year and send inmates convicted of serious crimes who face deportation after serving their sentences.

Pakosta has said she would step down if the vote failed.

Sweden's parliament is expected to approve the deal next month, Swedish officials say. Swedish Justice Minister Gunnar Strommer will visit Tartu Prison next week, his ministry said.

The first inmates would not arrive before July 2026, the prison's director, Priit Kask, said. Guards would be Estonian, but Swedish law would apply to the prisoners' sentences.

Tartu City Council will debate a non-binding motion against the deal on Thursday. Several councillors argue that the city was not consulted and that the prison should be used to ease overcrowding elsewhere in Estonia.

The prison officers' union could hold a warning strike in January over staffing, its chairwoman, Kadri Parnpuu, said.

Read more: Estonia raises defence spending to 5.4% of GDP in 2026 budget

Chancellor of Justice Ulle Madise has not said whether she will ask the Supreme Court to review the agreement in the coming weeks. Her office has questioned whether Estonian guards can enforce Swedish disciplinary rules.

Isamaa, which leads opinion polls, would try to cancel the agreement if it wins the parliamentary election in March 2027, its chairman Urmas Reinsalu said.

Analysts say the rent may not cover the cost of extra guards and training, and the deal could become a campaign issue in Tartu, where the prison has long been a major employer.
"""},

"h122en04": {"outlet": "Sine-Saloum Wire (Kaolack)", "published": "2026-04-21", "text": """Senegal sets January date for local elections, the first under Faye

KAOLACK, April 21 (Sine-Saloum Wire) - Senegal will hold municipal and departmental elections on January 24, 2027, Interior Minister Abdou Karim Sow said on Monday, the first local vote since President Bassirou Diomaye Faye took office in 2024.

Candidate lists must be filed between October 5 and October 14, and campaigning will open on January 9, Sow said. The electoral commission, CENA, will publish the revised voter roll within ten days, it said in a statement.

The last local elections were held in January 2022, when opposition coalitions won Dakar, Ziguinchor and several other large cities.

The National Assembly is expected to vote next week on a revised electoral code that would require gender parity at the head of lists, parliamentary sources said.

Pastef, the ruling party of Prime Minister Ousmane Sonko, will field its own lists in all 557 communes, party spokesman Moustapha Diagne said. Ministers who stand for mayor are expected to leave the government before the campaign opens, he added.

The opposition Takku Wallu coalition has not decided whether to run joint lists with the Socialist Party, a coalition official said. Its coordinator, Aissatou Mbodj, said on Sunday the coalition "will not boycott, whatever the conditions."

Read more: Senegal's central bank sees growth above 8% on oil and gas output

ECOWAS is expected to send a pre-election assessment mission in mid-November, diplomats in Dakar said. Faye is due to attend the ECOWAS summit in Abuja in June.

The armed forces' general staff said troops would secure polling stations in the Casamance region on election day.

In Dakar, the municipal council meets on Thursday to vote on a revised 2026 budget.

Analysts say turnout could fall below the 47 percent recorded in 2022.
"""},

"h122en05": {"outlet": "Davao Gulf Wire (Davao)", "published": "2027-08-17", "text": """Will Oslo talks bring the Philippines' communist insurgency to an end?

DAVAO, Aug 17 (Davao Gulf Wire) - Government and communist rebel negotiators will resume formal peace talks in Oslo on September 7, the first formal round since Rodrigo Duterte ended the talks in November 2017, presidential peace adviser Teodoro Villaroman said on Monday.

A reciprocal ceasefire will take effect on September 1 and last 30 days, Villaroman said, adding that it could be extended if the Oslo round makes progress. A second round is tentatively set for early December.

The two sides agreed in Oslo in November 2023 to seek a "principled and peaceful resolution" of the conflict, but formal talks stalled over the sequencing of a ceasefire.

Ernesto Magbanua, who chairs the negotiating panel of the National Democratic Front of the Philippines (NDFP), said in a statement from Utrecht that the rebels "will not lay down arms before a final political settlement." The NDFP is expected to present a draft agreement on social and economic reforms in Oslo, a person close to its panel said.

Norway's special envoy, Ingrid Solheim Dahl, will arrive in Manila next week, the Norwegian embassy said.

President Ferdinand Marcos Jr. is likely to sign an expanded amnesty proclamation before the Oslo round, according to a Palace official.

Read more: Mindanao banana exports recover after typhoon season

The army's 10th Infantry Division said in a statement its troops would stay in "active defence" in Davao de Oro and Davao Oriental during the ceasefire.

Two officials said the Anti-Terrorism Council could remove the Communist Party of the Philippines and the New People's Army from its terrorist list if a final agreement is signed.

Davao de Oro's provincial board will hold a hearing on Friday on livelihood aid for former rebels.

Analysts say some NPA regional commands may ignore the ceasefire, as in past truces.
"""},
}
