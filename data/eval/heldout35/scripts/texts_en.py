"""English texts of heldout35, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h35en01": {"outlet": "Rioni Wire", "published": "2025-06-23", "text": """Georgia to sign Anaklia port deal with Chinese group in July

TBILISI, June 23 (Rioni Wire) - Georgia will sign the construction contract for the Anaklia deep-sea port with a Chinese-led consortium in mid-July, Economy Minister Mariam Kvrivishvili said on Monday.

"The first phase will be completed by the end of 2029," Kvrivishvili told reporters in Tbilisi, adding that the port would initially handle 600,000 containers a year.

The state-owned Anaklia Development Company picked the consortium, led by China Communications Construction Company, in May 2024, four years after the government cancelled a contract with a U.S.-backed group.

Prime Minister Irakli Kobakhidze is expected to travel to Beijing in late August for talks with Premier Li Qiang, two government officials said. Analysts say Beijing could seek a long-term operating concession for the port in exchange for financing.

Read more: Georgian lari weakens as remittances from Russia slow

The project has added to tensions with Washington. The U.S. Senate could vote on the MEGOBARI Act, which would impose sanctions on Georgian officials, before the end of July, a congressional aide said. Parliament Speaker Shalva Papuashvili said on Saturday that Tbilisi "will not change its course because of threats".

At home, the Constitutional Court is expected to rule by the end of September on the ruling Georgian Dream party's request to ban three opposition parties, including the United National Movement, a court spokeswoman said.

Municipal elections will be held on October 4, the Central Election Commission said. Mamuka Khazaradze, leader of the opposition Lelo party, said his party could boycott the vote if the court bans its allies.

Separately, the Defence Ministry said Georgian troops would host a multinational exercise with NATO instructors near Tbilisi in the second half of September. Transport ministers of Georgia, Azerbaijan and Kazakhstan meet in Baku on July 8 to discuss cargo on the Middle Corridor.
"""},

"h35en02": {"outlet": "Ozama Wire", "published": "2027-06-08", "text": """Dominican lawmakers to vote on fiscal rule as primary race heats up

SANTO DOMINGO, June 8 (Ozama Wire) - The Dominican Chamber of Deputies will vote on Thursday on a revised fiscal responsibility bill that would cap the budget deficit at 3% of GDP from 2029, Chamber President Alfredo Pacheco said on Monday.

The bill is expected to pass comfortably, as the ruling Modern Revolutionary Party (PRM) holds large majorities in both chambers. Finance Minister Magín Díaz said on Monday that the government would not raise the ITBIS sales tax before the 2028 general election.

The vote comes as parties prepare for simultaneous primaries, which the Central Electoral Board (JCE) has set for October 3, with pre-candidates registering from July 1 to July 15.

Santo Domingo Mayor Carolina Mejía is widely expected to register as a PRM pre-candidate to succeed President Luis Abinader, who cannot run again. Tourism Minister David Collado could announce his own bid next week, two party officials said.

The opposition People's Force will confirm former president Leonel Fernández as its candidate at a convention in Santo Domingo on July 25, party spokesman Manuel Crespo said.

Read more: Dominican remittances hit record in first quarter

Abinader will travel to Washington in the second week of July for talks on migration and security, the presidency said, and is likely to meet Secretary of State Marco Rubio. Before that, the Dominican Republic hosts a summit of Central American Integration System (SICA) leaders in Punta Cana on June 29.

The army will send 1,500 more soldiers to the border with Haiti by the end of the month, the Defence Ministry said on Sunday, citing gang activity near Dajabón.

Energy Minister Joel Santos, criticised after a nationwide blackout on May 19 left about three million customers without power, may leave the cabinet if he enters the PRM race, analysts say.
"""},

"h35en03": {"outlet": "Oueme Wire", "published": "2026-07-28", "text": """Benin to send 2,000 more troops north after deadly attack

COTONOU, July 28 (Oueme Wire) - Benin will deploy 2,000 more soldiers to its northern border regions by the end of August, Defence Minister Basile Ahossi said on Monday, after the deadliest attack on its army this year.

Fourteen soldiers were killed on July 19 when fighters linked to al Qaeda's Sahel branch, JNIM, overran an outpost near Banikoara, the army said.

President Romuald Wadagni, who took office in May, is expected to travel to Ouagadougou in mid-August to meet Burkina Faso's military leader, Captain Ibrahim Traore, two diplomats in Cotonou said. Talks on a joint border security mechanism could start in September, one of them said.

Togolese Foreign Minister Robert Dussey will visit Cotonou on Thursday, and the two neighbours are expected to sign an intelligence-sharing agreement, Benin's foreign ministry said.

Read more: Benin cotton output seen at record 800,000 tonnes

ECOWAS defence chiefs will meet in Abuja next week to discuss activating the bloc's standby force against jihadist groups. Benin is likely to offer a battalion, a senior officer said.

Wadagni has also called a national dialogue on security and political reforms, which will open on September 10, his office said. Former president Thomas Boni Yayi, who leads the opposition Democrats, said on Saturday the party would not take part unless jailed opposition figures were freed.

A cabinet reshuffle could follow before the end of September, sources at the presidency said, with the defence and interior portfolios seen as the most likely to change hands.

Attacks in the north have multiplied since 2021 as militants pushed south from Burkina Faso and Niger into the W and Pendjari national parks, which straddle the borders. Relations with Niger's military government remain frosty, and the main land crossing between the two countries has been closed for most of the past three years.
"""},

"h35en04": {"outlet": "Sittaung Wire", "published": "2026-02-18", "text": """Myanmar's new parliament to meet in March as Min Aung Hlaing eyes presidency

YANGON, Feb 18 (Sittaung Wire) - Myanmar's new Union Parliament will hold its first session in Naypyitaw on March 16, the Union Election Commission said on Tuesday, weeks after a three-phase election that Western governments dismissed as a sham.

The military-backed Union Solidarity and Development Party (USDP) won more than two-thirds of the contested seats in the final phase of voting on January 25, according to official results.

Lawmakers are expected to elect military chief Min Aung Hlaing as president in the second half of March, two USDP officials said. He could hand command of the armed forces to his deputy, Soe Win, analysts say.

Representatives of the military and the Arakan Army will meet in Kunming next week for a third round of China-brokered talks on Rakhine State, two people briefed on the plans said. China's special envoy, Deng Xijun, is expected to attend. A temporary truce around Kyaukphyu, where China is building a deep-sea port, could be agreed at the talks.

The Arakan Army, which controls most of Rakhine, will not withdraw from captured towns, its spokesman Khine Thu Kha said.

Read more: Myanmar kyat slides to record low on black market

Thai Foreign Minister Sihasak Phuangketkeow will visit Naypyitaw on Friday to discuss scam centres along the border, Thailand's foreign ministry said. The information ministry said martial law would be lifted in 12 more townships by the end of the month.

EU foreign ministers are expected to extend sanctions on Myanmar's military for another year when they meet in April, diplomats in Brussels said. The exiled National Unity Government said on Monday it would not recognise the new parliament and would keep up armed resistance.

Fighting has continued in Sagaing and Mandalay regions, and more than 3.5 million people remain displaced across the country, according to United Nations figures.
"""},

"h35en05": {"outlet": "Vistula Wire", "published": "2027-08-04", "text": """Nawrocki to call Polish election for October 17 as polls point to hung parliament

WARSAW, Aug 4 (Vistula Wire) - President Karol Nawrocki will sign a decree on Friday setting Poland's parliamentary election for Sunday, October 17, his chief of staff Zbigniew Bogucki said on Tuesday.

Prime Minister Donald Tusk's Civic Coalition (KO) is likely to finish first with about 31% of the vote but could fall short of a majority with its current partners, according to a poll by the Warsaw-based Opinia Research published on Monday. Law and Justice (PiS) stood at 28%.

PiS leader Jarosław Kaczyński said on Sunday his party would not form a coalition with the far-right Confederation of the Polish Crown. Relations between the president and the government remain tense: Nawrocki vetoed the government's bill on the Constitutional Tribunal on July 22, his seventh veto this year.

Read more: Polish zloty firms as inflation eases to 2.6%

Most economists expect the National Bank of Poland's Monetary Policy Council to keep its main rate at 3.75% on September 8, before the vote.

Defence Minister Władysław Kosiniak-Kamysz said the first fortifications of the East Shield along the borders with Belarus and Russia would be finished by the end of the year, and that Poland would sign a loan agreement with the European Commission under the EU's SAFE defence programme in September.

NATO Secretary General Mark Rutte will visit the border with Belarus next week, a NATO spokesperson said. Tusk and Nawrocki are both due to attend a Bucharest Nine summit in Vilnius on September 14.

Justice Minister Waldemar Żurek could resign to lead the KO list in Krakow, two party sources said.

Poland spends more than 4.5% of its economic output on defence, the highest share in NATO.
"""},
}
