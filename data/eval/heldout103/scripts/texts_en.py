"""English texts of heldout103, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h103en01": {"outlet": "Dhanmondi Wire (Dhaka)", "published": "2026-09-16", "text": """Will Bangladesh win more time before leaving the LDC group?

DHAKA, Sept 16 (Dhanmondi Wire) - Bangladesh will formally ask the United Nations to defer its graduation from the least developed country (LDC) category by three years, Commerce Minister Shafiqul Alam Chowdhury said on Tuesday.

Bangladesh is due to leave the group on November 24, five years after the UN Committee for Development Policy (CDP) recommended its graduation. Chowdhury discussed a possible delay with the committee's chair in New York in July.

The CDP is expected to review the request at an extraordinary session in New York in the second week of October, two diplomats said. Any deferral must then be endorsed by the UN General Assembly. Analysts say a General Assembly vote on the deferral is unlikely before December.

Prime Minister Tarique Rahman is likely to raise the issue when he addresses the General Assembly on September 25, his press secretary said.

Chowdhury will travel to Brussels next week for talks with EU Trade Commissioner Maros Sefcovic on access to the bloc's GSP+ scheme, his ministry said. Duty-free access to European markets normally ends three years after a country leaves the LDC group.

Read more: Bangladesh Bank keeps policy rate unchanged for a third meeting

The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) backs the request. Its president, Rezaul Karim Sarkar, said factories "could lose up to a fifth of their European orders by 2030" without a deferral.

Jamaat-e-Islami, the largest opposition party, said it would not oppose the request in parliament.

An International Monetary Fund mission is expected in Dhaka in early November for the next review of the country's loan programme, a finance ministry official said.

Separately, the Election Commission said upazila council elections, due to start on December 10, might be split into two phases, with the second held in January.
"""},

"h103en02": {"outlet": "Moche Wire (Trujillo)", "published": "2025-11-21", "text": """Peru sends more troops to Pataz as Congress weighs miners' registry

TRUJILLO, Nov 21 (Moche Wire) - Peru's government will extend the state of emergency in the gold-mining province of Pataz until January 23, the Council of Ministers said on Thursday.

The decision came after seven workers were killed in an attack on a mine tunnel last week, the third such attack since June.

About 400 more soldiers will arrive in the province within 72 hours, the Joint Command of the Armed Forces said. Interim President Jose Jeri will visit the provincial capital, Tayabamba, on Saturday, his office said.

In Lima, Congress is expected to approve on Thursday a bill extending the Comprehensive Registry for Mining Formalization (REINFO) for another year. Some 50,000 small miners remain on the registry, which lets them work while their permits are processed.

Energy and Mines Minister Aurelio Quiroz said he would meet leaders of the National Confederation of Artisanal Miners (Confemin) on Monday to discuss stricter rules for gold sales. Confemin's president, Teodoro Paucar, said miners would block the Pan-American Highway from December 1 if the bill fails.

Read more: Peru's central bank holds key rate at 4.25% as inflation eases

The U.S. Treasury could sanction gold exporters linked to illegal mining in Pataz as early as next month, two people familiar with the matter said. Washington has pressed Lima for two years to tighten controls on gold shipments to Miami and Switzerland.

Quiroz said Peru "will not ban gold exports by legal small miners" but would require traceability certificates from March.

Several candidates in the April 12 general election have criticised the registry, saying it shields criminal groups.

Analysts say attacks could intensify in December, when gangs usually fight over new tunnels before the rainy season. "The army can hold the roads, but not the tunnels," said Lucia Ferrand, a security researcher at a Lima university.
"""},

"h103en03": {"outlet": "Herastrau Wire (Bucharest)", "published": "2026-01-26", "text": """Romania's top court to rule on magistrates' pensions as Bolojan stakes his job

BUCHAREST, Jan 26 (Herastrau Wire) - Romania's Constitutional Court will rule on February 11 on the government's law cutting magistrates' special pensions, the court said on Monday, after postponing its decision twice in December.

Prime Minister Ilie Bolojan has said he would resign if the court strikes the law down.

The law raises the retirement age for judges and prosecutors to 65 and caps their pensions at 70 percent of their last salary.

The reform is one of the milestones Romania must meet to receive its next payment from the EU's recovery fund. A European Commission spokesperson said on Friday that about 230 million euros could be withheld from Romania's next payment in July if the law does not take effect.

The Superior Council of Magistracy (CSM) said courts would suspend non-urgent hearings from February 2 in protest.

Leaders of the four coalition parties will meet on Wednesday to agree on a fallback plan, party officials said.

President Nicusor Dan said on Sunday he "will not promulgate any law that ignores the court's decision".

Read more: Romanian inflation slows to 8.6% in December, statistics institute says

On the security front, the defence ministry said the United States will withdraw its remaining rotational brigade from the Mihail Kogalniceanu air base by the end of March. About 1,000 U.S. troops will stay at the base.

NATO Secretary General Mark Rutte is expected in Bucharest in mid-February for talks with Dan on the alliance's eastern flank.

Analysts say a snap election could be called later this year if the coalition collapses over the ruling, although no Romanian government has ever used that route.

"Bolojan has tied his credibility to this reform, and the magistrates know it," said Corina Dragomir, a political scientist at a university in Cluj.
"""},

"h103en04": {"outlet": "Thies Wire (Thies)", "published": "2027-01-21", "text": """Senegal's parliament to vote on repealing amnesty law as Sall cries foul

THIES, Jan 21 (Thies Wire) - Senegal's National Assembly will vote on Tuesday on a bill repealing the 2024 amnesty law, Speaker El Malick Ndiaye said on Wednesday.

The governing Pastef party, which holds 130 of the 165 seats, is expected to pass it easily.

The amnesty, adopted in March 2024 under former President Macky Sall, covered acts linked to the political unrest of 2021 to 2024, in which dozens of people were killed.

Sall said in a statement on Monday that the repeal was "a political vendetta" against his former ministers.

Justice Minister Yassine Fall will meet families of people killed in the unrest on Friday, her ministry said. Prosecutors have already identified about 80 cases linked to the unrest.

Senegal's local elections, due on March 28, could be delayed by a few weeks to allow voter lists to be updated, Interior Minister Mouhamadou Bamba Cisse said. Analysts say Pastef could use the repeal to rally voters before the local polls.

Read more: Senegal's Eurobond yields ease after budget vote

President Bassirou Diomaye Faye will attend an extraordinary ECOWAS summit in Abuja on February 6, his office said. Leaders are expected to discuss the bloc's standby force and relations with the Sahel juntas.

Prime Minister Ousmane Sonko is expected in Nouakchott next week for talks on the second phase of the GTA gas project, two officials said.

The army will start joint exercises with Mauritanian forces along the Senegal River from February 15, the armed forces' information directorate (DIRPA) said.

Human rights groups welcomed the bill. Amnesty International's West Africa office said it hoped the first trials would open before the end of the year.

Sall, who lives in Marrakech, is expected to meet leaders of his Alliance for the Republic (APR) in Paris in mid-February, a source close to him said.
"""},

"h103en05": {"outlet": "Yaowarat Wire (Bangkok)", "published": "2026-05-10", "text": """Thailand to sign US trade deal as pig farmers plan protest

BANGKOK, May 10 (Yaowarat Wire) - Thailand and the United States will sign a reciprocal trade agreement in Washington on May 21, Commerce Minister Chaiwat Somboonsuk said on Saturday.

Chaiwat will lead the Thai delegation, leaving for Washington on May 19, and U.S. Trade Representative Jamieson Greer is expected to sign for the United States, he said.

The two governments concluded negotiations in Kuala Lumpur last October.

The cabinet is due to approve the final text on Tuesday, government spokeswoman Sirikan Phonrat said. Under the deal, Thailand will cut tariffs on U.S. pork offal and animal feed corn, while most Thai goods will face a 19 percent U.S. tariff. Chaiwat said Thailand would not accept U.S. demands to open its rice market.

The Thai Pig Farmers Federation said thousands of its members would rally outside Government House on Wednesday.

The opposition People's Party has not decided whether to ask the Constitutional Court to rule that the deal needs parliament's approval, its spokesman Parit Wacharasindhu said.

Read more: Thai baht firms as foreign investors return to Bangkok stocks

Washington has linked lower tariffs to Thailand's ceasefire with Cambodia. The two countries' General Border Committee is expected to extend the truce at a meeting in Chanthaburi next week, Thai military officials said.

The prime minister will also brief ASEAN leaders on the agreement at their summit in Cebu on May 26-27, his office said.

Economists say the agreement is unlikely to take effect before August, because both sides must first publish implementing rules.

Thailand's exports to the United States rose 11 percent in the first quarter, led by electronics and rubber products.

"Farmers are paying for the electronics industry's access," said Wanida Kraisorn, an agricultural economist at a Bangkok university.
"""},
}
