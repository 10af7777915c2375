"""English texts of heldout22, written for this project on 2026-11-30. Invented or generic facts."""

EN = {
"h22en01": {"outlet": "Sumida River Wire (Tokyo)", "published": "2026-01-13", "text": """Bank of Japan seen holding in January as wage talks take centre stage

TOKYO, Jan 13 (Sumida River Wire) - The Bank of Japan is expected to keep its short-term policy rate at 0.75% at its two-day meeting ending on January 23, according to a Sumida River Wire poll in which 14 of 17 economists forecast no change.

The central bank raised the rate from 0.5% in December, taking it to its highest level in three decades. Most of those polled expect the next increase in April or July, once the outcome of this spring's wage negotiations is clearer.

Governor Kazuo Ueda is scheduled to testify before the lower house's financial affairs committee on February 4.

Japan's largest labour federation, Rengo, will seek pay rises of at least 5% for a third straight year, its president Tomoko Yoshino said on Tuesday. Rengo leaders will meet Keidanren chairman Yoshinori Tsutsui on January 27 to open the talks.

Read more: Japanese household spending falls for a second month

Finance Minister Satsuki Katayama said the government "will not hesitate to act" against excessive moves in the yen, which traded near 158 to the dollar on Tuesday. Katayama is due to visit Washington next week for talks with U.S. Treasury Secretary Scott Bessent, two officials familiar with the plans said.

Prime Minister Sanae Takaichi's government will submit its fiscal 2026 budget to parliament when the ordinary Diet session opens on January 23. Some ruling party lawmakers say Takaichi could dissolve the lower house for a snap election as early as February, although her aides have played down the idea. Takaichi will attend the Group of Seven summit in Evian, France, in mid-June.

"A weaker yen could force the bank's hand," said Haruka Mori, chief economist at Kanda Securities. "If the yen breaks 160 to the dollar, a January move is not off the table."
"""},

"h22en02": {"outlet": "Bogd Khan Ledger (Ulaanbaatar)", "published": "2027-03-05", "text": """Mongolia sets June 9 presidential vote as ruling party weighs its nominee

ULAANBAATAR, March 5 (Bogd Khan Ledger) - Mongolians will elect a new president on June 9, the General Election Commission said on Thursday, in the first vote since the 2019 constitutional amendments limited the head of state to a single six-year term.

Parties must submit their candidates by April 20, and campaigning will run from May 19 to June 7, the commission's chair, Dorjsuren Narantuya, told reporters.

President Ukhnaagiin Khurelsukh, who cannot stand again, is due in Tokyo at the end of March for a state visit, his office said.

The ruling Mongolian People's Party (MPP) is expected to choose its nominee at a party congress on March 20, two party officials said. Former prime minister Luvsannamsrain Oyun-Erdene, who resigned in June 2025 after losing a confidence vote in parliament, is likely to be picked.

The Constitutional Court is due to rule on March 24 on a complaint by the opposition Democratic Party against a new clause barring candidates who face pending criminal cases. Democratic Party chairman Luvsannyamyn Gantumur said the party "will not name a candidate until the court has ruled". The party could boycott the vote if the clause stands, a senior party official said, speaking on condition of anonymity.

Read more: Mongolia's coal exports to China hit a record in 2026

Prime Minister Gombojav Zandanshatar will travel to Beijing next month, government officials said, and a financing agreement for the Gashuunsukhait-Ganqimaodu cross-border railway could be signed during the visit.

Analysts expect turnout to fall below the 59% recorded in 2021. "A run-off is a real possibility this time," said Solongo Batsaikhan, a political scientist at the National University of Mongolia. If no candidate wins a majority, the two leading candidates would meet in a second round on June 23.
"""},

"h22en03": {"outlet": "Tagus Ledger (Lisbon)", "published": "2026-04-13", "text": """Portugal's unions call general strike as labour reform heads for final vote

LISBON, April 13 (Tagus Ledger) - Portugal's two main union confederations will hold a 24-hour general strike on April 30 against the government's overhaul of the labour code, their leaders said on Monday.

The General Confederation of Portuguese Workers (CGTP) and the General Union of Workers (UGT) last staged a joint general strike on December 11, when most trains and flights were cancelled. The reform would make it easier to hire on fixed-term contracts and extend trial periods for new staff.

Labour Minister Maria do Rosario Palma Ramalho said the government "will not withdraw the bill", but she will meet both confederations at the Standing Committee for Social Concertation on Wednesday.

UGT secretary-general Mario Mourao said his confederation was "ready to sign an agreement" if the government dropped a clause easing the use of outsourcing after layoffs. Negotiators could reach a compromise on that clause as early as next week, a government source said.

Read more: Portugal's jobless rate falls to lowest since 2002

The final vote in the Assembly of the Republic is scheduled for May 8, and the centre-right coalition is expected to pass the bill with the support of the far-right Chega, parliamentary sources said. Chega leader Andre Ventura will announce the party's position on Thursday, the party said.

President Antonio Jose Seguro, a Socialist who took office in March, could send the law to the Constitutional Court before signing it, legal experts say.

Prime Minister Luis Montenegro, who has called the reform essential for productivity, is due in Brussels on April 23 for talks with European Commission President Ursula von der Leyen on the last tranche of Portugal's recovery funds.
"""},

"h22en04": {"outlet": "Culebra Cut Wire (Panama City)", "published": "2025-07-22", "text": """Panama Canal sets timetable for Rio Indio reservoir as communities push back

PANAMA CITY, July 22 (Culebra Cut Wire) - The Panama Canal Authority (ACP) will open bids for the main dam of the Rio Indio reservoir on September 15, two months later than first planned, and expects to award the contract before the end of the year, its administrator, Ricaurte Vasquez, said on Monday.

The $1.6 billion project would flood parts of three provinces and displace about 2,000 people, but the canal needs the extra water to avoid the draft restrictions imposed during the 2023 drought. Vasquez said the authority "will not begin construction before every family has been resettled."

The canal's board of directors will approve the resettlement budget on August 5.

The Rio Indio Affected Communities Coordinator said in a statement it would march on the capital on Friday. President Jose Raul Mulino said he would receive community leaders at the Presidential Palace next week. The Episcopal Conference of Panama is expected to issue a statement on the resettlement plan on Sunday.

Read more: Panama's economy grew 4.1% in the first quarter

Security ties with Washington are also in focus. U.S. Defense Secretary Pete Hegseth signed a memorandum in April allowing rotational deployments of U.S. troops to former U.S. bases near the canal. The commander of U.S. Southern Command will visit Panama next week to review the arrangement, the U.S. Embassy said, and the two countries will hold the annual PANAMAX exercise in mid-August, Panama's Ministry of Public Security said.

Analysts say the tender could slip into 2026 if the protests spread.

Mulino is due to present the project to Central American leaders at a summit of the Central American Integration System (SICA) in Guatemala City in late August.
"""},

"h22en05": {"outlet": "Danshui Ledger (Taipei)", "published": "2026-10-19", "text": """Can the KMT keep its grip on Taiwan's cities in November?

TAIPEI, Oct 19 (Danshui Ledger) - Taiwan votes on Saturday, November 28, for mayors, county magistrates and local councillors, in the first nationwide test for President Lai Ching-te's Democratic Progressive Party (DPP) since the 2024 presidential election.

The Central Election Commission will publish the final list of candidates on October 30, it said in a statement, and official campaigning begins on November 17.

The opposition Kuomintang (KMT) won 13 of the 22 mayoral and magistrate races on November 26, 2022. Taipei Mayor Chiang Wan-an is on course for a second term, a Formosa Pulse poll published on Sunday showed, while the race in New Taipei, where Mayor Hou Yu-ih is term-limited, could be much closer, analysts say.

The KMT and the smaller Taiwan People's Party (TPP) are expected to sign a pact on joint candidates in five races by the end of the month, two KMT officials said. KMT chairwoman Cheng Li-wun said the party "will not give up Hsinchu" to the TPP.

Read more: Taiwan's export orders rise for a ninth month on AI demand

The DPP's Central Standing Committee will meet on Wednesday to approve the party's campaign budget.

China's military could stage large-scale drills around the island before the vote, Taiwan's defence ministry said. Chen Binhua, a spokesperson for China's Taiwan Affairs Office, said last week that Beijing may add more names to its list of "diehard Taiwan independence" figures subject to sanctions.

Lai will visit Paraguay and Guatemala in early December, with transit stops in the United States, his office said.

Lai, who also chairs the DPP, could step down as party chairman if it suffers heavy losses, as his predecessor Tsai Ing-wen did after the 2022 vote, analysts say.
"""},
}
