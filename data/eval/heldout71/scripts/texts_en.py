"""English texts of heldout71, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h71en01": {"outlet": "Tiergarten Wire (Berlin)", "published": "2025-11-27", "text": """Merz faces young conservatives' revolt ahead of Bundestag pension vote

BERLIN, Nov 27 (Tiergarten Wire) - Germany's Bundestag will vote on Friday, December 5, on the government's pension package, which would hold the statutory pension level at 48% until 2031, parliamentary leader Jens Spahn told reporters on Wednesday.

Chancellor Friedrich Merz said his coalition of conservatives and Social Democrats would pass the bill "with its own majority", although 18 young conservative lawmakers have threatened to reject it.

Pascal Reddig, who leads the rebels, said they would vote against the package unless the coalition committed to a binding review of the pension level after 2031. Merz was booed at the congress of the Junge Union, the party's youth wing, in Rust on November 15.

Labour Minister Baerbel Bas (SPD) said: "We will not reopen the package."

The leaders of the three coalition parties are expected to meet at the Chancellery on Sunday evening, two people familiar with the plans said. The coalition could offer a pension commission that would present proposals by the end of June next year, the same people said.

Read more: German business morale falls for a second month

If the Bundestag approves the package, the upper house, the Bundesrat, would take it up on December 19. The Bundestag is also due to vote on December 5 on the new military service law.

Merz will attend the December 18-19 European Council in Brussels, where leaders are expected to decide whether to use frozen Russian assets for a loan to Ukraine.

Several conservative lawmakers said Reddig could step down as the group's spokesman if the package passes unchanged. Analysts say the rebels are more likely to abstain than to vote no, which would let the bill through.

A poll by the Havel Institute published on Tuesday showed the far-right AfD at 26% and likely to come first in Saxony-Anhalt's state election next September.
"""},

"h71en02": {"outlet": "Ravi Wire (Lahore)", "published": "2026-03-20", "text": """Pakistan extends airspace ban on Indian airlines as Kartarpur hopes fade

LAHORE, March 20 (Ravi Wire) - Pakistan will keep its airspace closed to Indian airlines until April 24, the Pakistan Airports Authority (PAA) said on Thursday in a notice to airmen, the eleventh monthly extension of the ban.

Pakistan first shut its airspace to Indian carriers on April 24 last year, a day after New Delhi put the Indus Waters Treaty in abeyance. India is expected to announce a matching extension for Pakistani aircraft within days, an Indian aviation official said.

Foreign Office spokeswoman Sadia Rehman told the weekly briefing in Islamabad that Pakistan would reopen its side of the Kartarpur corridor "the moment India opens its gate". The visa-free route to the Sikh shrine has been closed since May.

But there will be no reopening before the Baisakhi festival on April 14, according to two people in New Delhi familiar with the matter. Instead, about 2,000 Indian Sikh pilgrims are expected to cross at Wagah from April 10 for ceremonies at Hasan Abdal, the Evacuee Trust Property Board said.

A ceasefire agreed on May 10 last year ended four days of fighting. Military officials on both sides expect the understanding along the Line of Control to hold, although India's Defence Ministry said the army would hold its Trishul exercise in Rajasthan in the second week of April.

Read more: Rupee steadies as State Bank holds rates

Diplomats in Islamabad said Foreign Minister Ishaq Dar and his Indian counterpart, Subrahmanyam Jaishankar, could meet briefly at the Shanghai Cooperation Organisation (SCO) foreign ministers' meeting in Bishkek in late April, although neither side has requested talks.

Farhan Qureshi, a security analyst at the Lahore Centre for Peace Studies, said the corridor was unlikely to reopen before Punjab's state election, due in February 2027. "No government in New Delhi wants to look soft on Pakistan during a campaign," he said.
"""},

"h71en03": {"outlet": "Guaire Wire (Caracas)", "published": "2025-12-02", "text": """Venezuela's skies empty as airlines weigh return after Trump's airspace warning

CARACAS, Dec 2 (Guaire Wire) - Venezuela's civil aviation authority, INAC, will decide by Friday whether to restore the operating permits of six foreign airlines it revoked last week, Transport Minister Ramon Velasquez said on Monday.

INAC stripped Iberia, TAP, Avianca, LATAM, Gol and Turkish Airlines of their permits on November 26, after they suspended flights over a U.S. aviation warning.

President Donald Trump said on Saturday that Venezuelan airspace should be considered "closed in its entirety". Foreign Minister Yvan Gil said Caracas would file a complaint with the International Civil Aviation Organization (ICAO) within 48 hours.

A diplomat in Montreal said the ICAO Council could discuss the complaint at its session next month. INAC officials will meet representatives of the International Air Transport Association tomorrow, the association said in a statement.

Spain's Iberia does not expect to resume flights to Caracas before January, a company spokeswoman said. Panama's Copa Airlines, one of the few carriers still flying, said it may cut its daily service from December 15 if insurers raise premiums again.

Repatriation flights from the United States, halted over the weekend, are expected to resume next week, the foreign ministry said in a statement.

Read more: Oil exports slip as tankers avoid Venezuelan waters

The USS Gerald R. Ford carrier group is expected to stay in the Caribbean at least until the end of January, two U.S. officials said. President Nicolas Maduro said the armed forces would hold nationwide air-defence drills on Sunday.

The U.S. Treasury may add more Venezuelan officials to its sanctions list before the end of the year, according to a person familiar with the discussions.

Analysts say a U.S. strike on targets inside Venezuela could come within weeks. "The warning looks like the last step before something bigger," said Mariela Suarez, a defence analyst at the Andres Bello Catholic University.
"""},

"h71en04": {"outlet": "Nagatacho Wire (Tokyo)", "published": "2025-11-20", "text": """Takaichi stands firm on Taiwan remarks as China halts seafood imports

TOKYO, Nov 20 (Nagatacho Wire) - Prime Minister Sanae Takaichi will not retract her remarks on Taiwan, Chief Cabinet Secretary Minoru Kihara told a news conference on Thursday, as Beijing stepped up economic pressure on Tokyo.

China suspended imports of Japanese seafood on Wednesday, two weeks after Takaichi told parliament that a Chinese attack on Taiwan involving warships could amount to a "survival-threatening situation" for Japan.

Two Japanese government officials said Beijing was expected to keep the seafood ban in place at least until the end of the year.

Takaichi will attend the Group of 20 (G20) summit in Johannesburg on November 22-23. Chinese Premier Li Qiang, who will also be there, has no plans to meet her, China's foreign ministry said. A Japanese official said Tokyo still hoped for a brief exchange on the sidelines.

Masaaki Kanai, the foreign ministry's top Asia diplomat, held talks with his Chinese counterpart, Liu Jinsong, in Beijing on Tuesday. A second round could take place in Tokyo next month, according to a diplomatic source.

A Japan-China-South Korea summit that Tokyo had hoped to host early next year is unlikely before April, diplomats said.

Read more: Nikkei falls as tourism and retail shares slide

China's coast guard said its ships would continue "law enforcement patrols" in the waters around the Senkaku Islands, which Beijing calls the Diaoyu. Defence Minister Shinjiro Koizumi said plans to deploy a surface-to-air missile unit on Yonaguni, about 110 km from Taiwan, would go ahead by the end of March.

A cross-party group of Japanese lawmakers could visit Beijing early next month, a ruling party official said.

Analysts say the row could cut Chinese visitor numbers by a third in 2026. "Beijing wants a retraction it knows it will not get, so this may drag on for months," said Kenji Moriyama, a China specialist at Waseda University.
"""},

"h71en05": {"outlet": "Tarapaca Wire (Iquique)", "published": "2026-05-06", "text": """Chile and Bolivia to open talks on restoring ambassadors after 48-year break

IQUIQUE, May 6 (Tarapaca Wire) - Chile and Bolivia will hold their first formal talks on restoring full diplomatic relations in La Paz next week, Chilean Foreign Minister Ignacio Larrain said on Tuesday.

The neighbours have had no ambassadors since 1978.

Larrain is expected to meet his Bolivian counterpart, Fernando Aramayo, during the visit, the Chilean foreign ministry said. An agreement to exchange ambassadors could be signed when President Jose Antonio Kast visits La Paz in the second half of June, according to two officials involved in the preparations.

Aramayo said Bolivia "will not give up" its aspiration to sovereign access to the sea, but would not let the issue block a normalisation.

Under a readmission protocol signed in April, Bolivia will start taking back irregular migrants who entered Chile through its territory from June 1, Chile's Interior Ministry said. The army will finish the first 30 km of a ditch along the border near Colchane by the end of July, the Defence Ministry said.

Read more: Copper output rises 4% in March on new Collahuasi capacity

Kast, who took office on March 11, has said he will not propose a three-way migration pact with Lima and La Paz before Peru's presidential run-off on June 7.

Chile's consul general in La Paz is expected to step down by the end of May to make way for an ambassador, a foreign ministry official said.

Bolivian President Rodrigo Paz will address Congress on August 6, Independence Day, and is likely to offer a long-term gas supply deal for mines in northern Chile, a Bolivian government source said.

Analysts say the talks could stall if La Paz ties them to the sea question. "Restoring ambassadors is the easy part; everything around it is hard," said Carolina Ossandon, a political scientist at Arturo Prat University in Iquique.
"""},
}
