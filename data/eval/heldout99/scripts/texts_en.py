"""English texts of heldout99, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h99en01": {"outlet": "Rynok Square Wire (Lviv)", "published": "2026-02-05", "text": """Polish farmers threaten new border blockade as EU and Ukraine review trade quotas

LVIV, Feb 5 (Rynok Square Wire) - Polish farmers will block truck traffic at three crossings on the Ukrainian border from Monday unless Warsaw secures tighter limits on Ukrainian grain and sugar, union leader Marek Sobczak said on Wednesday.

The blockade would hit the Dorohusk, Hrebenne and Medyka crossings, which handle most of the truck traffic between the two countries.

The EU-Ukraine Association Committee in trade configuration will meet in Brussels on February 17 to review the quotas agreed last year under Article 29 of the Deep and Comprehensive Free Trade Area (DCFTA), the European Commission said.

Deputy Prime Minister Taras Kachka, Ukraine's chief trade negotiator, said Kyiv "will not accept any new restrictions" and expected the meeting to keep the current quotas for at least another year.

Poland's Agriculture Minister Stefan Krajewski will travel to Kyiv next week for talks with his Ukrainian counterpart, his ministry said. Warsaw could extend its unilateral import ban to Ukrainian sugar and raspberries if the talks fail, a Polish government official said.

Read more: Ukraine's January grain exports fall 12% on year

The navy will begin escorting grain ships from the Danube ports in convoys in early March, navy spokesman Dmytro Pletenchuk said.

In Brussels, EU ambassadors are expected to approve the bloc's 20th sanctions package against Russia, including a full ban on Russian fertiliser imports, as early as next week, two EU diplomats said.

The next EU-Ukraine summit, due in Kyiv in the second half of March, is likely to focus on opening the first cluster of accession talks, the diplomats added. Hungary has blocked the cluster since 2024.

Analysts say Brussels may trigger the DCFTA safeguard clause against Ukrainian sugar before the summer harvest if imports keep rising. "The quotas have become a political thermometer," said Olena Hrytsenko, a trade economist at a Kyiv think tank.
"""},

"h99en02": {"outlet": "Nokkundi Wire (Quetta)", "published": "2025-07-15", "text": """U.S. lenders weigh Reko Diq loans as Pakistan courts critical-minerals investors

QUETTA, July 15 (Nokkundi Wire) - A U.S. delegation from the Export-Import Bank (EXIM) and the International Development Finance Corporation (DFC) will arrive in Islamabad on Monday to discuss financing for the Reko Diq copper and gold project, Petroleum Minister Ali Pervaiz Malik said on Tuesday.

Malik said the delegation would meet Prime Minister Shehbaz Sharif and officials of the Special Investment Facilitation Council (SIFC) during its three-day stay.

Barrick Gold, which owns half of the project, expects to secure about $2.6 billion in project finance by the end of the year, the company said in a statement. Production at the mine is scheduled to start in 2028.

Saudi Arabia's Manara Minerals could take a 10-15% stake in the project, two people familiar with the talks said.

Balochistan's provincial government said the Frontier Corps would deploy an additional 1,500 personnel along the road from Reko Diq to Nokkundi within 30 days. Militants attacked a convoy of contractors near Dalbandin last week, in an assault claimed by the banned Balochistan Liberation Army (BLA).

Read more: Pakistan's rupee steadies as remittances hit record

The Asian Development Bank (ADB) is expected to approve a $410 million loan in September to upgrade the rail line to Karachi port, according to a finance ministry official.

Chief Minister Sarfraz Bugti said on Monday that Balochistan "will not give up its share" of royalties.

Finance Minister Muhammad Aurangzeb said Islamabad hopes to conclude a trade agreement with Washington before the August 1 tariff deadline. Sharif is expected to attend the UN General Assembly in New York in late September and could meet President Donald Trump there, officials said.

Analysts say U.S. lenders are unlikely to sign before the first quarter of 2026, citing security on the export route. "Nobody will lend on a mine they cannot insure," said Faisal Qureshi, a mining analyst in Karachi.
"""},

"h99en03": {"outlet": "Lago Wire (Maracaibo)", "published": "2027-01-22", "text": """Will Washington renew Chevron's Venezuela licence before it expires?

MARACAIBO, Jan 22 (Lago Wire) - The U.S. Treasury's Office of Foreign Assets Control (OFAC) is expected to decide by February 15 whether to renew the licence that allows Chevron to pump and export Venezuelan crude, two people familiar with the matter said.

The licence, first granted in November 2022, expires on February 28.

Chevron produced about 240,000 barrels per day in Venezuela in December, a company spokesman said.

Venezuela's Oil Minister Ramon Zuloaga said on Thursday that state oil company PDVSA would seek new partners in India and China if the licence is not renewed, and that Caracas "will not renegotiate" the tax terms of its joint ventures.

A State Department spokesperson said Washington "has not decided" and that any renewal would depend on the release of political prisoners. Venezuelan authorities freed 18 detainees last week, according to the rights group Foro Penal.

U.S. and Venezuelan officials will meet in Doha next week to discuss further releases, a Qatari official said.

Read more: Venezuela's bolivar weakens past 120 per dollar on parallel market

Zuloaga is expected to attend the OPEC+ ministerial meeting in Vienna on March 3.

The opposition Unitary Platform (PUD) has not decided whether to take part in the municipal by-elections set for April 25 in 14 municipalities, its spokesman Luis Ferrer said.

The U.S. Navy will keep at least six warships in the southern Caribbean at least until June, a Pentagon official said.

Brazil's Foreign Minister Mauro Vieira is due to visit Caracas in mid-February, Brazil's foreign ministry said.

Analysts say Venezuelan output could fall below 800,000 barrels per day by mid-year if the licence lapses. "Chevron is the last big window Caracas has to the U.S. market," said Gabriela Montilla, an energy economist in Caracas.
"""},

"h99en04": {"outlet": "Tana Wire (Bahir Dar)", "published": "2026-12-09", "text": """Can Nairobi talks end the Amhara insurgency?

BAHIR DAR, Dec 9 (Tana Wire) - Ethiopia's federal government and two factions of the Fano militia will open direct talks in Nairobi on Monday, the Intergovernmental Authority on Development (IGAD) said in a statement on Tuesday.

Fighting broke out in the Amhara region in August 2023.

Kenyan President William Ruto will host the opening session, and the talks are expected to last up to ten days, IGAD said.

Government spokesman Legesse Tulu said a "comprehensive ceasefire" could be signed in Nairobi before the Ethiopian Christmas on January 7, but Addis Ababa "will not discuss" changes to the constitution.

Habtamu Abebe, a spokesman for the Amhara Fano National Movement (AFNM), said the movement would not lay down its arms until federal troops leave the region's towns.

Defence Minister Aisha Mohammed said the Ethiopian National Defense Force (ENDF) would halt offensive operations around Gondar and Debre Markos from Sunday to allow the talks to proceed.

Read more: Ethiopia's birr steadies as central bank expands FX auctions

The House of Peoples' Representatives will vote on December 22 on extending the state of emergency in six Amhara zones. Regional president Arega Kebede is likely to resign after the vote, two regional officials said.

The National Election Board of Ethiopia (NEBE) said voting in 38 Amhara constituencies, postponed from the June general election, will not take place before September 2027.

IGAD's executive secretary, Workneh Gebeyehu, will travel to Bahir Dar next week to meet religious leaders and elders, his office said.

Analysts say a lasting deal is unlikely before the rainy season in June, as the largest Fano faction has not joined the talks. "Nairobi is a beginning, not a settlement," said Meron Tadesse, a researcher at an Addis Ababa policy institute.
"""},

"h99en05": {"outlet": "Yongsan Wire (Seoul)", "published": "2027-08-17", "text": """Seoul and Washington to set date for wartime command transfer, officials say

SEOUL, Aug 17 (Yongsan Wire) - South Korea and the United States are expected to agree on a target year for transferring wartime operational control (OPCON) of Korean troops to Seoul when their defence chiefs meet in Washington in the second week of October, two South Korean officials said.

Defence Minister Ahn Gyu-back, who will lead the delegation to the annual Security Consultative Meeting (SCM), said on Monday that Seoul aims to complete the transfer by 2028.

The allies' Ulchi Freedom Shield (UFS) exercise will begin next Monday and run for 11 days, with about half of the field training postponed to September, the Joint Chiefs of Staff said.

North Korea's defence ministry said on Sunday that it "will answer any provocation with overwhelming force". Pyongyang has in past years met the drills with missile launches and could do so again this month, analysts say.

Read more: Korea's exports rise for a fourth month on chip demand

Negotiators will hold talks on Washington's request to revise the 12th Special Measures Agreement (SMA) on cost-sharing in Seoul in late September, the foreign ministry said. There will be no reduction of the 28,500 U.S. troops in Korea this year, a U.S. official said.

President Lee Jae-myung could hold talks with Trump on the sidelines of the APEC summit in Vietnam's Phu Quoc in November, a presidential official said, though no meeting has been confirmed.

The head of the Defense Acquisition Program Administration (DAPA), Kang Min-seok, offered to resign on Friday over delays in the KF-21 fighter programme. Lee is likely to accept the resignation this week, the presidential office said.

The opposition People Power Party (PPP) said it would make the transfer a campaign issue ahead of the parliamentary election in April 2028.
"""},
}
