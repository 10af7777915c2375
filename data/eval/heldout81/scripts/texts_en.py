"""English texts of heldout81, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h81en01": {"outlet": "Cul-de-Sac Wire (Port-au-Prince)", "published": "2026-05-13", "text": """Haiti to reopen its main airport on Monday, but US airlines stay away

PORT-AU-PRINCE, May 13 (Cul-de-Sac Wire) - Haiti's Toussaint Louverture International Airport will reopen to commercial flights on Monday for the first time in fourteen months, the National Civil Aviation Office (OFNAC) said on Tuesday.

Troops of the Gang Suppression Force (GSF) will take over the airport perimeter from Friday, GSF spokesperson Lieutenant Colonel Amara Diallo told reporters.

Gunmen fired on a Spirit Airlines jet landing in Port-au-Prince in November 2024, and the airport has been shut to scheduled traffic since March last year.

The U.S. Federal Aviation Administration's ban on American carriers flying below 10,000 feet over Haiti runs until September 12, a U.S. Embassy spokesperson said.

Airport director Jean-Robert Pierre resigned on Monday after a dispute with OFNAC, and a successor is expected to be named within ten days, the civil aviation office said.

Read more: Dominican Republic extends border market closures at Dajabon

Prime Minister Alix Didier Fils-Aime will travel to Washington next month for talks with Secretary of State Marco Rubio on funding for the GSF, his office said.

The U.S. Treasury could sanction two more alleged gang financiers before the end of June, according to two people familiar with the matter.

In Cite Soleil, a church-brokered truce between rival armed groups expires on Sunday. Community leaders said it was likely to be extended by a month, but Jimmy "Barbecue" Cherizier, the leader of the Viv Ansanm coalition, said in a video that his men "will not respect any deal signed without us."

Analysts say the reopening may prove short-lived. "One attack on a plane and the insurers will pull out again," said Rose-Marie Desroches, a security researcher at the State University of Haiti.

Haiti's transport ministry said domestic flights between the capital and Cap-Haitien would restart in the first week of June.
"""},

"h81en02": {"outlet": "Gracanica Wire (Pristina)", "published": "2027-03-02", "text": """Can Brussels end Kosovo's number-plate standoff before the April deadline?

PRISTINA, March 2 (Gracanica Wire) - Chief negotiators from Serbia and Kosovo will meet in Brussels on Thursday for EU-facilitated talks on vehicle registration plates in the Serb-majority north, the European External Action Service (EEAS) said on Monday.

The two sides are expected to agree to extend the use of neutral "KS" plates for cars registered in the four northern municipalities, two EU diplomats said. The talks will be chaired by the EU Special Representative for the Belgrade-Pristina Dialogue, Peter Sorensen.

Kosovo Interior Minister Xhelal Svecla said police would start fining drivers with Serbian-issued plates from April 1 unless a deal was reached.

Serbia's chief negotiator Petar Petkovic said on Sunday that Belgrade "will never accept RKS plates as the price of freedom of movement."

In November 2022, hundreds of Serb police officers, judges and mayors in the north resigned in protest at an earlier plates rule.

NATO's Kosovo Force (KFOR) will increase patrols at the Jarinje and Bernjak crossings next week, KFOR said in a statement.

Read more: Serbia's central bank holds key rate at 5.25%

EU foreign ministers could lift the remaining measures imposed on Kosovo in 2023 when they meet on March 22, provided Pristina eases police operations in the north, according to an EU official.

Kosovo Prime Minister Albin Kurti is due in Brussels in mid-March for talks with EU foreign policy chief Kaja Kallas, his office said. The two are likely to discuss the EU-Western Balkans summit in June.

Analysts say a deal on plates could unlock wider talks. "Both capitals need a small win, but Srpska Lista may pull its ministers out of the government if Pristina pushes ahead with fines," said Ilir Berisha, a researcher at the Dardania Policy Forum in Pristina.
"""},

"h81en03": {"outlet": "Yeongdo Wire (Busan)", "published": "2027-10-19", "text": """South Korea and Japan to reopen fisheries talks after an eleven-year freeze

BUSAN, Oct 19 (Yeongdo Wire) - South Korea and Japan will resume formal talks on mutual fishing rights in each other's exclusive economic zones in Tokyo next week, the first such round since 2016, Seoul's Ministry of Oceans and Fisheries said on Monday.

Vice Minister Park Sung-hoon will lead the Korean delegation, and negotiators are expected to agree on catch quotas for the season that opens in December, two officials involved in the preparations said.

The last round collapsed in June 2016 over Japanese demands to cut the number of Korean longline boats catching hairtail near Jeju.

Park said Seoul "will not accept any quota below the 2015 level."

The National Federation of Fisheries Cooperatives will hold a rally at Busan's Jagalchi market tomorrow, its chairman Noh Dong-jin said.

Read more: Bank of Korea expected to hold rates at 2.25%

President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi are expected to discuss the fisheries deal when they meet on the sidelines of the APEC summit in Vietnam in mid-November, according to a senior presidential official.

Tokyo lodged a protest on Friday over a Korean research vessel operating near the disputed islands known as Dokdo in Korea and Takeshima in Japan, the Japanese Foreign Ministry said.

The South Korean navy and coast guard may hold their regular Dokdo defence drill in December, a military source said.

Hiroshi Tanabe, a Liberal Democratic Party lawmaker from Nagasaki, said a signed agreement was "unlikely before January" because Japanese fishing groups want a longer transition.

Analysts say a quota deal could ease talks on other maritime disputes. "If they can split fish, they can split seabed," said Kim Ji-woo, a maritime law researcher at Pukyong National University, adding that the continental shelf issue could return to the agenda next year.
"""},

"h81en04": {"outlet": "Ialoveni Wire (Chisinau)", "published": "2026-07-08", "text": """Moldova's parliament to vote on extending judges' vetting as top court seats sit empty

CHISINAU, July 8 (Ialoveni Wire) - Moldova's parliament will hold an extraordinary sitting on Thursday to vote on a bill extending the mandate of the commission that vets candidates for the country's top judicial bodies until the end of 2027, Justice Minister Mihai Lungu said on Tuesday.

The bill is expected to pass with the votes of the ruling Party of Action and Solidarity (PAS), which holds a majority, Lungu said. The opposition Party of Socialists (PSRM) will boycott the sitting, its leader Igor Dodon told reporters.

Supreme Court of Justice judge Tatiana Rusu resigned on Monday, days after the commission found she had failed to explain the source of 1.2 million lei.

The General Assembly of Judges will elect three members of the Superior Council of Magistracy on July 24, the council said in a statement. President Maia Sandu is expected to appoint a new president of the Supreme Court before the end of July, two sources in the presidential administration said.

Read more: Moldova's inflation slows to 6.1% in June

EU Enlargement Commissioner Marta Kos will visit Chisinau next week for talks with Prime Minister Alexandru Munteanu on the justice reform, the European Commission's delegation said.

EU foreign ministers may add names to the sanctions list targeting people accused of destabilising Moldova when they meet on July 20, a diplomat in Brussels said.

Acting Prosecutor General Dumitru Prisacaru could step down before the assembly vote, according to a person close to him. His office said he had no such plans.

Moldovan and Romanian troops will hold a joint exercise near Ungheni in late July, the Defence Ministry said.

Analysts are sceptical. "At this pace the Supreme Court may not be complete before the 2028 presidential election," said Cristina Ungureanu, a lawyer at the Chisinau-based watchdog Codru Justice Watch.
"""},

"h81en05": {"outlet": "Tenere Wire (Agadez)", "published": "2026-11-03", "text": """Niger's junta courts Moscow for SOMAIR uranium as Orano fights the sale

NIAMEY, Nov 3 (Tenere Wire) - A delegation from Russia's state nuclear company Rosatom, led by its chief executive Alexei Likhachev, is expected in Niamey next week for talks with General Abdourahamane Tiani on the uranium stockpile of the nationalised SOMAIR mine, two government sources said.

Mines Minister Colonel Issoufou Maman said on Monday that a sale contract "will be signed before the end of the year, with whichever buyer respects Niger's sovereignty."

The military government took control of SOMAIR in June 2025, after stripping the French group Orano of its operating licence for the nearby Imouraren deposit a year earlier.

Orano chief executive Nicolas Maes said the company "will not recognise any sale of uranium that belongs to us" and would ask the arbitration tribunal for urgent measures.

Niger's army will escort a second convoy of uranium concentrate from Arlit towards Lome within 15 days, the Defence Ministry said in a statement.

Read more: Burkina Faso suspends two foreign radio stations

Washington could impose sanctions on any buyer that ships Nigerien uranium to Iran, a U.S. official said, speaking on condition of anonymity.

Tiani is also expected to name a new SOMAIR board chairman this week, the sources said.

Leaders of the Alliance of Sahel States (AES) will hold their second summit in Bamako in late December, the alliance's secretariat said. ECOWAS Commission President Omar Alieu Touray may visit Niamey in the first half of December to discuss free movement, diplomats said.

In a speech in March, Tiani said no presidential election would be held before 2030.

Analysts say Chinese state firms could also bid for the stockpile. "Niamey will sell to the highest political bidder, not the highest price," said Moussa Abdou, an economist at Abdou Moumouni University.
"""},
}
