"""English texts of heldout102, written for this project (system date at writing). Invented or generic facts."""

EN = {
"h102en01": {"outlet": "Karnali Wire (Kathmandu)", "published": "2026-06-10", "text": """Nepal, India and Bangladesh to sign five-year power deal as monsoon surplus looms

KATHMANDU, June 10 (Karnali Wire) - Nepal, India and Bangladesh will sign a five-year agreement on Thursday allowing Nepal to sell up to 120 megawatts of electricity to Bangladesh through the Indian grid, Energy Minister Deepak Raj Lamsal said on Tuesday.

Nepal first exported 40 megawatts to Bangladesh in November 2024 under a short seasonal arrangement that Dhaka and Kathmandu later extended twice.

The signing will take place in Kathmandu, and Bangladesh's power minister is expected to attend, Lamsal said, adding that exports would run from June 15 until mid-November, when the monsoon surplus ends. New Delhi has not said whether its own power minister will attend or send an official.

India's Central Electricity Authority still has to approve the flow schedule for the Dhalkebar-Muzaffarpur line, and is expected to do so at a meeting next week, two officials at the Nepal Electricity Authority (NEA) said.

Separately, the Nepal-India Pancheshwar Development Authority will meet in New Delhi from June 24 to 26 to try to finalise the project's detailed report, which has been stuck since 2014, the foreign ministry said in a statement.

Read more: Nepal's remittance inflows hit a record in May

Sarita Neupane, chief whip of the opposition CPN-UML, said on Tuesday her party would not back any Pancheshwar deal that left the sharing of the Mahakali waters unresolved.

Nepal's prime minister is expected to raise the project during a visit to New Delhi in the second half of July, diplomats said.

Analysts say Nepal could sell as much as 1,000 megawatts a year to Bangladesh by 2030 if India opens a second cross-border line. "The bottleneck is Indian transmission, not Nepali water," said Anjana Pokharel, an energy economist at a Kathmandu think tank. She noted that Nepal still imports power from India in the dry winter months, when its run-of-river plants produce less.
"""},

"h102en02": {"outlet": "Chapinero Wire (Bogota)", "published": "2025-10-15", "text": """Colombia's Congress to vote on tax bill as S&P review looms

BOGOTA, Oct 15 (Chapinero Wire) - Colombia's joint economic committees of Congress will vote next Tuesday on the government's 16 trillion peso financing bill, Finance Minister German Avila said on Tuesday.

The government suspended the fiscal rule for three years in June, invoking its escape clause for the first time since the rule was adopted in 2011. The same committees sank a larger tax bill in December 2024.

Avila said the government "will not present another tax bill this year" if the committees reject it.

The head of the Autonomous Fiscal Committee (CARF) is expected to appear before the committees on Monday, a day before the vote, congressional aides said.

S&P Global Ratings could cut Colombia's rating again before the end of the year, two people familiar with the agency's review said, after downgrading it to BB in June.

An IMF mission is due in Bogota in the first week of November for its annual Article IV consultation, the central bank said.

Read more: Colombian peso slips as oil prices fall

Washington could extend visa sanctions to more Colombian officials as early as November, a State Department official said, weeks after the United States decertified Colombia as a partner in the fight against drugs.

Avila could leave the ministry if the bill fails, according to a person close to him, although President Gustavo Petro has said the minister retains his full confidence.

Colombians elect a new Congress on March 8, and the first round of the presidential election follows on May 31.

Analysts say the deficit is likely to stay above 6% of GDP in 2026 whatever happens to the bill. "Markets have stopped believing the numbers," said Camila Restrepo Arango, an economist at a Medellin brokerage.
"""},

"h102en03": {"outlet": "Motlawa Wire (Gdansk)", "published": "2027-01-26", "text": """Will Poland pour nuclear concrete this decade? Reactor contract due in March

GDANSK, Jan 26 (Motlawa Wire) - Poland's state nuclear developer Polskie Elektrownie Jadrowe (PEJ) will sign the construction contract for the country's first nuclear plant with Westinghouse and Bechtel in Warsaw on March 3, Energy Minister Milosz Motyka said on Monday.

The signing has slipped twice since last summer over the cost of the three-reactor plant at Lubiatowo-Kopalino on the Baltic coast near Gdansk, now put at about 192 billion zlotys. Poland has no nuclear power and still generates more than half of its electricity from coal.

The European Commission approved state aid for the project last year, but Austria has challenged the decision at the EU General Court.

U.S. Energy Secretary Chris Wright is expected to attend the ceremony, two people familiar with the preparations said.

President Karol Nawrocki, whose signature is needed on a bill raising PEJ's capital, has not said whether he will sign it. His chief of staff, Zbigniew Bogucki, said on Friday the president "will not block nuclear power" but wanted guarantees on electricity prices.

PEJ's chief executive could step down after the signing, according to a person briefed on the talks.

Read more: Polish central bank holds rates, signals cut in spring

Warsaw will press for sanctions on Russia's Rosatom in the European Union's next sanctions package, which foreign ministers are expected to discuss on February 22, a foreign ministry official said.

Territorial defence troops will start guarding the construction site from April, the defence ministry said.

Analysts say Warsaw is likely to seek a second U.S.-built plant at the Polish-U.S. energy dialogue in Washington in May.

The first nuclear concrete is not expected before 2029. Poland holds its next parliamentary election this autumn.
"""},

"h102en04": {"outlet": "White Volta Wire (Bolgatanga)", "published": "2025-07-08", "text": """Ghana sends more troops to Bawku as Otumfuo mediation nears its end

BOLGATANGA, July 8 (White Volta Wire) - Ghana will deploy 500 more soldiers and police officers to Bawku from Friday and keep the dusk-to-dawn curfew in place until the end of July, Interior Minister Muntaka Mubarak said on Monday.

At least 12 people were killed in clashes near the Bawku central market last week, the worst violence in the Upper East Region this year. The dispute between Kusasi and Mamprusi over the Bawku skin, the seat of the paramount chief, dates back decades and has flared repeatedly since 2021. Schools in the municipality have been closed since May.

Mubarak said the government "will not negotiate with armed groups".

Kusasi and Mamprusi leaders have agreed to observe a ceasefire until the mediation's final session, a spokesman for the Upper East Regional Security Council (REGSEC) said.

The Asantehene, Otumfuo Osei Tutu II, will host both sides at Manhyia Palace in Kumasi on July 24 for that session, the palace said in a statement.

President John Mahama is expected to visit Bawku after the talks, a presidency official said.

Read more: Ghana cedi firms as cocoa receipts rise

The Bawku municipal chief executive has offered to resign, and Mahama could accept the offer within days, two officials in Bolgatanga said.

Ghana and Togo will begin joint patrols along their border in mid-August to stop weapons reaching Bawku, the defence ministry said.

Parliament's defence and interior committee will visit the municipality next month to assess the security situation, its chairman said.

Analysts say the truce may not survive the end of the rainy season unless the chieftaincy dispute is settled. "Curfews buy weeks, not peace," said Abena Owusu-Ansah, a conflict researcher in Tamale.
"""},

"h102en05": {"outlet": "Ranai Wire (Natuna)", "published": "2027-05-11", "text": """Indonesia to send more warships to Natuna after coast guard standoff

RANAI, May 11 (Ranai Wire) - Indonesia will deploy four more navy ships to the North Natuna Sea from next week, after a Chinese coast guard vessel shadowed an Indonesian survey ship for three days last week, navy chief of staff Admiral Muhammad Ali said on Monday.

The North Natuna Sea lies inside Indonesia's exclusive economic zone but overlaps with the southern end of China's nine-dash line.

Jakarta and Beijing agreed in November 2024 to explore "joint development in areas of overlapping claims", wording that Indonesia's foreign ministry later said did not mean recognising China's nine-dash line.

Foreign Minister Sugiono said Indonesia "will not accept any foreign patrol" inside its exclusive economic zone and would summon China's ambassador within 24 hours.

Parliament's Commission I will question Sugiono and Defence Minister Sjafrie Sjamsoeddin in a closed session on Thursday, its deputy chairman said.

The Maritime Security Agency (Bakamla) said its patrols around the Natuna islands would continue "until further notice".

Read more: Indonesia's rupiah steadies after central bank intervention

A joint Indonesia-China committee on maritime cooperation is due to meet in Beijing in June, but officials in Jakarta say the talks could be postponed.

President Prabowo Subianto will raise the South China Sea code of conduct at the ASEAN summit in Singapore on May 26-27, and is likely to meet Philippine President Ferdinand Marcos Jr. on the sidelines, the presidential palace said.

China's Foreign Minister Wang Yi could visit Jakarta before the end of June, a diplomat said.

Analysts say Beijing may send more coast guard ships to the area in the coming weeks. "Both sides want to show resolve without a clash," said Rizal Hakim, a maritime security researcher in Jakarta.
"""},
}
