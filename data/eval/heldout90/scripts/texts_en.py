"""English texts of heldout90, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h90en01": {"outlet": "Alazani Wire (Telavi)", "published": "2026-04-20", "text": """Georgian court to rule on jailed opposition leaders as protesters plan new march

TBILISI, April 20 (Alazani Wire) - The Tbilisi Court of Appeals will rule on Thursday on the appeals of four opposition leaders jailed for refusing to testify before a parliamentary commission, their lawyer Giorgi Beridze said on Sunday.

Beridze said he expected the court to uphold the eight-month sentences handed to Elene Khoshtaria, Zurab Japaridze and two other politicians, and that the defence would turn to the European Court of Human Rights.

The Coalition for Change said it would lead a march from Rustaveli Avenue to the court building on Wednesday evening. Nightly protests have continued since the government froze the country's EU accession talks on November 28, 2024.

Prime Minister Irakli Kobakhidze said on Saturday that the government "will not bow to street pressure" and would not interfere with the courts.

Two Baltic diplomats said Estonia, Latvia and Lithuania could add the judges in the case to their travel-ban lists next week. EU foreign ministers will discuss Georgia when they meet in Luxembourg next Monday, and Hungary is likely to block any new bloc-wide sanctions, the diplomats said.

Read more: Georgian lari slips to two-year low against the dollar

EU enlargement commissioner Marta Kos is due in Tbilisi in mid-May for talks with civil society groups, her spokesperson said. She has no plans to meet government ministers, the spokesperson added.

Georgia's defence ministry said the Noble Partner exercise would go ahead in August without U.S. troops for the second year running.

Opposition parties have not yet decided whether to contest the 2028 parliamentary election or boycott it, as several did last year.

Media reports said Parliament Speaker Shalva Papuashvili could step down by the end of June to take a senior post in the ruling Georgian Dream party. Papuashvili denied the reports on Sunday, calling them "wishful thinking by the radical opposition".
"""},

"h90en02": {"outlet": "Kassa Wire (Ziguinchor)", "published": "2027-01-19", "text": """Will Senegal's Casamance talks draw in Salif Sadio's fighters?

ZIGUINCHOR, Jan 19 (Kassa Wire) - Senegalese government negotiators and the faction of the Movement of Democratic Forces of Casamance (MFDC) led by Cesar Atoute Badiate will hold a third round of talks in Bissau next week, the prime minister's office said on Monday.

The round is expected to focus on the reintegration of some 250 fighters who handed in their weapons last year, said Abdoulaye Ndiaye, who heads the government delegation. The faction signed a peace agreement with Dakar in Bissau in May 2025.

Ndiaye said a reintegration agreement could be signed before the end of March if donors commit funding at a meeting in Dakar on February 18.

Salif Sadio's faction, which still holds positions near the Gambian border, has not said whether it will join the process. A source close to the mediation said Sadio's envoys might attend next week's round as observers.

The army will continue demining around Sindian until the end of April, the armed forces ministry said. Armed Forces Minister Birame Diop said on Sunday that troops would not leave the Bayotte forest "while a single armed group remains there".

Prime Minister Ousmane Sonko is expected to visit Ziguinchor in the first week of February to open a reconstruction office, his office said.

Read more: Dakar port dockers end strike after pay deal

Municipal elections, postponed from January, will be held on June 6, the interior ministry said, and voter lists close on March 31.

Officials hope a formal ceasefire with Sadio's faction can be announced by the end of the year, but the army says sporadic clashes continue in the Bignona area.

Analysts expect a full settlement of the conflict not before 2028. "Badiate's group is the easier half. Without Sadio, any deal covers only part of the forest," said Mariama Sane, a researcher at Cheikh Anta Diop University in Dakar.
"""},

"h90en03": {"outlet": "Kalayaan Wire (Puerto Princesa)", "published": "2026-08-25", "text": """Philippines sets next Ayungin resupply run as Beijing warns of 'necessary measures'

PUERTO PRINCESA, Aug 25 (Kalayaan Wire) - The Philippine Navy will send its next rotation and resupply mission to the BRP Sierra Madre at Second Thomas Shoal on Friday, the National Maritime Council said on Monday.

It will be the first mission since a Chinese coast guard vessel rammed a Philippine supply boat near the shoal in July.

The council said the mission would follow the provisional understanding reached with Beijing in 2024 and that Manila would notify the Chinese side in advance.

Chinese foreign ministry spokesman Lin Jian said on Monday that China "will take necessary measures" if the boats carry construction materials.

Defence Secretary Gilberto Teodoro told reporters that the Philippines "will not ask permission from anyone" to supply its own troops.

Philippine and Chinese officials are expected to meet for the next round of their Bilateral Consultation Mechanism on the South China Sea in Xiamen in mid-September, two diplomats said.

The Philippine and U.S. navies will hold a joint sail west of Luzon next week, and a U.S. Navy P-8 patrol aircraft may monitor Friday's mission, the U.S. Embassy in Manila said.

Read more: Peso firms as central bank signals a pause in easing

President Ferdinand Marcos Jr., who chairs ASEAN this year, will host the bloc's leaders in Manila on November 10-11. Officials hope a code of conduct can be adopted there.

Marcos is expected to name a new Philippine Coast Guard commandant before the end of the month. Admiral Ronnie Gil Gavan retires on August 31.

Analysts say Beijing could deploy more maritime militia vessels around the shoal before the summit. "China wants to show that the code changes nothing on the water," said Ramon Villanueva, a security analyst in Quezon City.

The Senate foreign relations committee will hold a hearing on the ramming on Wednesday, September 2.
"""},

"h90en04": {"outlet": "Cotroceni Wire (Bucharest)", "published": "2025-04-16", "text": """Can anyone stop Simion? Romania heads into rerun presidential vote with far right in front

BUCHAREST, April 16 (Cotroceni Wire) - Romanians will vote on May 4 in the first round of the rerun presidential election, with a run-off on May 18 if no candidate wins a majority, the Permanent Electoral Authority confirmed on Tuesday.

George Simion of the nationalist AUR is likely to finish first with about 30% of the vote, according to a Baneasa Research poll published on Monday, while Crin Antonescu, the governing coalition's candidate, and Bucharest mayor Nicusor Dan could fight for second place.

The Constitutional Court annulled the original election in December, two days before the run-off, citing a coordinated online campaign. Election officials barred Calin Georgescu, the surprise first-round winner, from the rerun in March.

Simion said he would name Georgescu prime minister if he wins, a pledge his rivals called unconstitutional.

Voting abroad will run from May 2 to May 4, the foreign ministry said.

Prime Minister Marcel Ciolacu has said his Social Democrats would leave the government if Antonescu fails to reach the run-off. Coalition sources said Ciolacu himself could resign.

Read more: Romanian leu hits record low as bond yields climb

Defence Minister Angel Tilvar said on Monday that U.S. troop levels at the Mihail Kogalniceanu air base would stay unchanged at least until the end of the year.

Interim President Ilie Bolojan will travel to Brussels next week for talks with NATO Secretary-General Mark Rutte, the presidency said.

EU diplomats said the bloc could add people accused of financing Georgescu's online campaign to its hybrid-threats sanctions list in June.

Analysts expect turnout above 50%, higher than in November. "The annulment mobilised both camps. Nobody stays home this time," said Ioana Dumitrescu, a political scientist at the University of Bucharest.
"""},

"h90en05": {"outlet": "Kootenay Wire (Vancouver)", "published": "2027-06-08", "text": """Canada and U.S. to reopen softwood lumber talks as new duty rates loom

VANCOUVER, June 8 (Kootenay Wire) - Canadian and U.S. trade officials will meet in Washington on Thursday to reopen talks on softwood lumber, Dominic LeBlanc, the minister responsible for Canada-U.S. trade, said on Monday.

LeBlanc named Kirsten Hillman, the former ambassador to Washington, as Canada's chief lumber negotiator on Monday. He said Canada "will not accept a quota deal that caps our share of the American market".

The U.S. Commerce Department is due to publish the results of its latest administrative review by June 30. The new rates could push combined anti-dumping and countervailing duties above 20%, from about 14% now.

A framework agreement is unlikely before September, two officials familiar with the talks said, because Washington wants any deal tied to wider tariff negotiations.

Prime Minister Mark Carney is expected to visit Washington later this month, and he could raise lumber directly with President Donald Trump.

British Columbia Premier David Eby said the province would announce a support package for laid-off mill workers next week. At least six interior mills have cut shifts since March.

Read more: Bank of Canada holds rate, flags trade uncertainty

Mexican President Claudia Sheinbaum will visit Ottawa on June 21, Carney's office said. Lumber and steel are expected to be on the agenda, as both countries face U.S. duties.

A CUSMA dispute panel will hold a hearing on Canada's challenge to the 2026 duty rates on July 12, Global Affairs Canada said.

"Mills can survive a bad year, not a bad decade," said Sandra Koehler, president of the Interior Lumber Producers Association. She said the association hoped Ottawa would extend its loan guarantees for the industry before the end of the summer.

Economists say U.S. home builders, who pay most of the duties through higher prices, could push Washington toward a settlement before the autumn building season.
"""},
}
