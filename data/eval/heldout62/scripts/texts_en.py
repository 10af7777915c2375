"""English texts of heldout62, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h62en01": {"outlet": "Geba Wire", "published": "2025-10-07", "text": """Guinea-Bissau court to publish final candidate list as November vote nears

BISSAU, Oct 7 (Geba Wire) - Guinea-Bissau's Supreme Court of Justice will publish the final list of presidential candidates on Friday, the court said in a statement on Monday, ahead of the November 23 presidential and legislative elections.

The court last month rejected the candidacy of the African Party for the Independence of Guinea and Cape Verde (PAIGC), ruling that its papers were filed after the deadline. The party's leader, Domingos Simoes Pereira, said the PAIGC would back Fernando Dias, an independent candidate, in the presidential race.

President Umaro Sissoco Embalo, who is seeking a second term, is expected to face at least ten challengers. Analysts say no candidate is likely to win outright, which would force a run-off provisionally scheduled for December 21.

The official campaign opens on November 1 and closes on November 21, with provisional results due by November 27, the National Elections Commission (CNE) said on Sunday.

Armed forces chief of staff General Biague Na Ntan said troops would be deployed to all eight regions "from the first day of the campaign" and that the army "will not take sides".

An ECOWAS pre-electoral mission is due in Bissau next week to meet the candidates and the CNE, the regional bloc said. Diplomats in Abuja said ECOWAS could impose targeted sanctions on anyone who tries to disrupt the vote.

Read more: Cashew exports hit record as prices recover

Prime Minister Braima Camara said on Sunday the government would ask donors for $6 million to close a gap in the electoral budget "within days".

Parliament has not sat since Embalo dissolved it in December 2023, after what he called an attempted coup. Embalo has said he will hand over power "peacefully" if he loses.

The small West African country has seen four successful coups since independence from Portugal in 1974.
"""},

"h62en02": {"outlet": "Mangoro Wire", "published": "2026-06-16", "text": """Madagascar seeks IMF nod as Jirama blackouts return

ANTANANARIVO, June 16 (Mangoro Wire) - An International Monetary Fund team will arrive in Antananarivo next week for the first review of Madagascar's loan programme since the military took power, the finance ministry said on Monday, as the transitional government seeks to unlock about $110 million.

A staff-level agreement is expected by mid-July, Finance Minister Rindra Rakotobe told reporters, adding that the government "will not raise electricity tariffs for households this year".

The state utility Jirama, whose outages fuelled the youth-led protests that toppled President Andry Rajoelina last October, has rationed power in the capital for up to eight hours a day since early June. Its director general, Ny Hasina Rakotovao, resigned on Friday.

Energy Minister Olivier Randriamahefa said a new board would be appointed "within days" and that a $250 million World Bank loan to restructure the utility would go before the bank's board on July 9.

Officials are also negotiating with Turkey's Karpowership to moor a floating power plant off Toamasina, and a deal could be signed in July, two people familiar with the talks said.

The army will deploy soldiers to guard Jirama substations from Thursday after a spate of cable thefts, the armed forces general staff said.

Read more: Vanilla prices slide as exporters wait for new rules

Colonel Michael Randrianirina, sworn in as president of the "Refoundation" last October, has promised that elections "will be held" by the end of 2027. SADC leaders will meet in South Africa in mid-August, and Randrianirina could attend his first regional summit since taking power, a presidency official said.

Tojo Razafindrakoto, a spokesman for the Gen Z movement that led last year's protests, said it would hold a rally in Antananarivo on June 26, Independence Day, unless the power cuts end.

Analysts say the IMF is likely to press for a timetable of tariff increases during the review.
"""},

"h62en03": {"outlet": "Kanda Wire", "published": "2026-01-15", "text": """Takaichi set to dissolve lower house for February 8 snap election

TOKYO, Jan 15 (Kanda Wire) - Prime Minister Sanae Takaichi will dissolve the House of Representatives when parliament convenes on January 23, paving the way for a snap general election on February 8, two senior ruling party officials said on Thursday.

Campaigning would officially begin on January 27, one of the officials said.

Chief Cabinet Secretary Minoru Kihara declined to confirm the timing, telling reporters that dissolution was "the prime minister's decision alone".

Takaichi, who became Japan's first female prime minister in October, hopes to turn high approval ratings into a single-party majority for her Liberal Democratic Party (LDP), which lost its majority in the October 2024 election.

The LDP could win more than 233 seats, the threshold for a majority, according to a poll by Hibiya Research published on Monday.

The Japan Innovation Party (Ishin), the LDP's coalition partner since October, will not field candidates against LDP incumbents outside Osaka, its co-leader Hirofumi Yoshimura said on Wednesday. Komeito leader Tetsuo Saito said on Tuesday his party would run candidates in 20 single-seat districts.

Opposition Constitutional Democratic Party leader Yoshihiko Noda said opposition parties aimed to agree on single candidates in about 100 districts by the end of the month.

Read more: Nikkei hits record high on election bets

Takaichi's cabinet approved a record 122 trillion yen budget for fiscal 2026 in December. Analysts say a stopgap budget may be needed for April.

The new lower house is expected to hold a special session in mid-February to re-elect the prime minister, LDP officials said.

Takaichi will postpone a planned visit to Washington until after the vote, a government source said.

Beijing, angered by Takaichi's remarks on Taiwan in November, could step up coast guard patrols near the Senkaku Islands during the campaign, said Kenji Ota, a security analyst at the Tokyo-based Sakura Policy Institute.
"""},

"h62en04": {"outlet": "Mondego Wire", "published": "2026-01-20", "text": """Portugal heads to first presidential run-off in 40 years as Seguro faces Ventura

LISBON, Jan 20 (Mondego Wire) - Socialist-backed Antonio Jose Seguro and Andre Ventura, leader of the far-right Chega party, will meet in a presidential run-off on February 8, the National Elections Commission (CNE) confirmed on Monday.

Seguro took 31.1% of the vote in Sunday's first round and Ventura 23.5%, ahead of liberal Joao Cotrim de Figueiredo and retired admiral Henrique Gouveia e Melo. Portugal last held a presidential run-off in 1986.

Cotrim de Figueiredo said on Monday he would not endorse either candidate.

Prime Minister Luis Montenegro's centre-right Social Democratic Party (PSD) will decide on Thursday whether to back Seguro, two party officials said. Its candidate, Luis Marques Mendes, finished fifth. They said the PSD leadership was likely to leave the choice to voters.

Seguro is likely to win the run-off with about 60% of the vote, according to a poll by Atlantico Sondagens published on Tuesday. Ventura said he would dissolve parliament and call an early legislative election if elected.

Seguro will meet Montenegro at Sao Bento palace on Wednesday, his campaign spokeswoman, Ana Catarina Mendes, said.

The two candidates will meet in a single televised debate on February 3, the broadcasters RTP, SIC and TVI announced.

Read more: Lisbon house prices rise 17% in a year

President Marcelo Rebelo de Sousa will travel to Luanda next week for a farewell visit, where he will meet President Joao Lourenco, his office said. His successor will be sworn in before the Assembly of the Republic on March 9.

Analysts say Montenegro's minority government is unlikely to face a confidence vote before the summer, whoever wins.

The president has limited executive powers but can veto laws, dissolve parliament and call early elections, a power Rebelo de Sousa used twice in his second term.
"""},

"h62en05": {"outlet": "Gonave Wire", "published": "2026-01-26", "text": """Haiti's transitional council nears end of mandate with no successor deal

PORT-AU-PRINCE, Jan 26 (Gonave Wire) - The mandate of Haiti's Transitional Presidential Council (CPT) will end on February 7 as scheduled and "there will be no extension", council coordinator Laurent Saint-Cyr said on Sunday.

Prime Minister Alix Didier Fils-Aime is expected to govern alone after that date under a proposal backed by Washington, according to two diplomats in Port-au-Prince. Several party leaders said they hoped to sign a "national governance pact" before February 7.

The council was installed in April 2024, with a mandate to restore security and organise the first elections since 2016.

The U.S. State Department revoked the visas of two council members last week, accusing them of obstructing the transition. Further measures "could follow", a department spokesperson said on Friday.

CARICOM's Eminent Persons Group will hold talks with council members and party leaders in Port-au-Prince on Wednesday, the regional bloc said. Caribbean leaders are also due to discuss Haiti at their regular meeting in Basseterre, St Kitts and Nevis, in late February.

The Organization of American States' Permanent Council will hold a special session on Haiti on February 4.

Read more: Haiti's gourde steadies as remittances rise

Police chief Andre Jonas Vladimir Paraison said a new operation to retake the Kenscoff road would begin "before February 7" with the support of the Gang Suppression Force.

The Provisional Electoral Council (CEP) has said the first round of presidential and legislative elections could be held in August, with a run-off in December, but no decree setting the dates has been published.

Local radio stations reported that several ministers could resign if the council's members refuse to step down.

Gangs control most of the capital and the main roads leading out of it, and more than a million people have been displaced by the violence.
"""},
}
