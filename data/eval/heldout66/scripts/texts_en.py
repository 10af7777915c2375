"""English texts of heldout66, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h66en01": {"outlet": "Quiapo Wire (Manila)", "published": "2026-02-03", "text": """Philippine House braces for new impeachment complaints against Sara Duterte

MANILA, Feb 3 (Quiapo Wire) - Two new impeachment complaints against Vice President Sara Duterte are expected to be filed in the House of Representatives on Friday, the first day the one-year bar on a second impeachment lapses, two lawmakers backing the complaints said on Monday.

The Supreme Court voided last year's impeachment in July, ruling that it breached the constitutional limit of one impeachment proceeding a year.

House Speaker Faustino Dy III said any complaint would be referred to the justice committee within ten session days, as the Constitution requires. The committee's chairman, Representative Miguel Salonga, said hearings could start as early as March.

Duterte has called the complaints political harassment. Her spokeswoman, Carla Dimaculangan, said the vice president would not attend any House hearing and would run for president in May 2028 "whatever the House decides."

Senate President Vicente Sotto III said the Senate would convene as an impeachment court within days of receiving any articles, but that a trial was unlikely before the ASEAN summit that Manila hosts in Cebu in May.

Read more: Philippine central bank seen holding rates as inflation eases

President Ferdinand Marcos Jr will travel to Tokyo next week for talks with Prime Minister Sanae Takaichi, the Presidential Communications Office said.

About 9,000 Philippine and U.S. troops will take part in the annual Balikatan exercises from April 20 to May 8, the Armed Forces of the Philippines said.

The Independent Commission for Infrastructure, which is investigating anomalies in flood-control projects, will submit its final report to Marcos by the end of March, its chairman, retired justice Andres Reyes Jr, said.

Two Palace officials said a Cabinet secretary linked to the flood-control contracts could resign before the end of February. Analysts say the scandal, more than the impeachment, has already cost Marcos much of his political capital in Congress.
"""},

"h66en02": {"outlet": "Kilimani Wire (Nairobi)", "published": "2026-03-12", "text": """Kenya opens talks on new IMF programme as 2027 election spending looms

NAIROBI, March 12 (Kilimani Wire) - An International Monetary Fund staff team will arrive in Nairobi on Monday to start talks on a new funded programme, Treasury Cabinet Secretary John Mbadi said on Wednesday.

Mbadi said he expected a staff-level agreement before the end of April. Kenya would not issue a new Eurobond this year "whatever the outcome of the talks," he added.

Kenya's previous IMF programme expired in April 2025 without its final review.

The Central Bank of Kenya is expected to cut its benchmark rate by 25 basis points to 8.75% at its April 7 meeting, according to a Kilimani Wire poll of nine economists. Two of them said a larger cut was possible.

Read more: Kenyan shilling steady as tea exports climb

The Independent Electoral and Boundaries Commission (IEBC) has asked for 61 billion shillings for the general election due on August 10, 2027. Its chairman, Erastus Ethekon, warned that the purchase of voting kits could be delayed if the money was not released by June.

Opposition leader Kalonzo Musyoka said the united opposition would hold street protests in Nairobi on March 24 unless the government dropped a proposed fuel levy.

President William Ruto is likely to visit Washington in the second half of April for talks on a trade agreement, a State House official said.

Kenya will withdraw the last of its police officers from Haiti by the end of June, after the handover to the new Gang Suppression Force, the Interior Ministry said.

Analysts say election-year spending could push the budget deficit above the 4.5% target. The commissioner-general of the Kenya Revenue Authority could step down before the end of the month, two officials said, after missing collection targets for a third quarter in a row.
"""},

"h66en03": {"outlet": "La Boca Wire (Buenos Aires)", "published": "2025-11-12", "text": """Milei to push budget and tax overhaul through new Congress after midterm win

BUENOS AIRES, Nov 12 (La Boca Wire) - President Javier Milei will call the new Congress into extraordinary sessions from December 10 to pass the 2026 budget and a tax reform, Cabinet Chief Manuel Adorni said on Tuesday.

Milei's La Libertad Avanza won almost 41% of the national vote in the October 26 midterm elections, more than doubling its seats in the lower house.

Adorni said the budget was expected to pass the Chamber of Deputies before the end of the year, with the Senate voting in January.

Economy Minister Luis Caputo said the labour reform bill would be sent to Congress next week. "There will be no new taxes in this budget," he said.

Interior Minister Diego Santilli will meet provincial governors in Buenos Aires on Thursday to seek their support for the package, his office said. Several governors want a larger share of fuel-tax revenue in return.

Hector Ledesma, a leader of the CGT union federation, said the unions could call a general strike if the labour bill reaches the floor without changes.

Read more: Argentine bonds rally as country risk falls below 650 points

An IMF team is due in Buenos Aires in the second half of January for the second review of Argentina's $20 billion programme, and the Fund's board could approve a disbursement of about $1 billion in March, two people familiar with the talks said.

The Treasury could return to international bond markets as early as January, analysts say, although most expect a first issue only after the review.

A trade and investment agreement with the United States is expected to be signed by the end of November, the Foreign Ministry said.

The Argentine Navy will hold a joint exercise with the U.S. Navy off Ushuaia in early December, the Defence Ministry said.
"""},

"h66en04": {"outlet": "Orhei Wire (Chisinau)", "published": "2027-06-14", "text": """Moldova sets October local elections as Chisinau race takes shape

CHISINAU, June 14 (Orhei Wire) - Moldova will hold general local elections on October 17, with run-offs two weeks later on October 31, the Central Electoral Commission said on Friday.

Candidates can register from August 18, and the official campaign opens on September 17, the commission said.

Chisinau Mayor Ion Ceban, who won a second term in the first round in November 2023, said he would seek a third term at the head of his Alternative Movement of Moldova (MAN).

The ruling Party of Action and Solidarity (PAS) expects to name its candidate for the capital by the end of July, its chairman, parliament speaker Igor Grosu, said.

Analysts say PAS could lose more rural mayoralties to pro-Russian parties, as voters blame the government for high energy prices. PAS kept its parliamentary majority in September 2025 but lost ground in several district centres.

Read more: Moldova's inflation slows to 5.1% in May

In Brussels, Deputy Prime Minister for European Integration Cristina Gherasimov said Moldova aimed to open its last two negotiating clusters at an intergovernmental conference in Luxembourg next week. Moldova opened its first cluster, on the fundamentals of the accession process, last year. Hungary could still block the decision, two EU diplomats said.

EU foreign ministers are also expected to add six people to the list of those sanctioned for destabilising Moldova when they meet on June 21.

President Maia Sandu will attend the European Council in Brussels on June 24-25, her office said.

Moldovan troops will take part in a multinational exercise in Romania in the first half of September, the Defence Ministry said.

The commission's chair, Angelica Caraman, could step down before the campaign opens, according to media reports. Her office declined to comment.
"""},

"h66en05": {"outlet": "Namsan Wire (Seoul)", "published": "2026-10-21", "text": """Seoul and Tokyo open talks on future of 1974 seabed pact

SEOUL, Oct 21 (Namsan Wire) - South Korean and Japanese officials will hold their first formal talks on the future of the two countries' Joint Development Zone agreement in Tokyo next week, South Korea's foreign ministry said on Tuesday.

The South Korean delegation will be led by Kim Tae-jun, the ministry's director-general for Northeast Asian affairs.

The 1974 agreement covers a stretch of continental shelf in the East China Sea that both countries claim. Since June 2025, either side has been able to give three years' notice to end it, and officials in Seoul fear that Tokyo will let it lapse rather than share any oil or gas found there.

Japanese Foreign Minister Toshimitsu Motegi told reporters in Tokyo on Tuesday that Japan had "made no decision" to terminate the agreement.

His South Korean counterpart, Cho Hyun, said he hoped the talks would produce a joint exploration plan by the end of next year.

Tokyo could propose a joint survey of the southern sector as early as next spring, a Japanese government source said.

Read more: Bank of Korea holds rate at 2.25% as housing prices cool

President Lee Jae-myung and Prime Minister Sanae Takaichi are expected to meet on the sidelines of the APEC leaders' meeting in Shenzhen on November 18-19, officials in both capitals said.

South Korea, Japan and the United States will hold a three-way air exercise south of Jeju island in the first week of November, South Korea's Joint Chiefs of Staff said.

China may object to any joint drilling near the zone's western edge, analysts say.

The main opposition People Power Party could table a resolution opposing any termination of the agreement, its floor leader, Song Eon-seog, said.

Separately, fisheries talks on catch quotas in each other's waters will resume in December after a two-year break, the Ministry of Oceans and Fisheries said.
"""},
}
