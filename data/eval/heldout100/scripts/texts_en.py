"""English texts of heldout100, written for this project. Invented or generic facts."""

EN = {
"h100en01": {"outlet": "Loktak Wire (Imphal)", "published": "2026-01-20", "text": """Will Manipur get its government back?

IMPHAL, Jan 20 (Loktak Wire) - The Centre is likely to revoke President's Rule in Manipur and restore an elected government before February 12, two officials in the Union home ministry said on Monday.

Legislators of the ruling Bharatiya Janata Party will meet in Imphal on Friday to choose a new leader of the legislature party, party officials said.

Chief Minister N. Biren Singh resigned on February 9, 2025, after almost two years of ethnic violence that has killed more than 250 people.

Governor Ajay Kumar Bhalla will hold consultations with all parties next week, Raj Bhavan said in a statement.

Read more: Manipur farmers return to foothill paddy fields

A tripartite meeting in New Delhi on February 3 will review the Suspension of Operations pact with two Kuki-Zo umbrella groups, the home ministry said.

Lalmuan Haokip, a spokesman for the Kuki-Zo Council, said the truce could collapse if the designated camps are moved, and that the groups will not accept a Meitei chief minister without a separate administration.

The Assam Rifles will deploy 2,000 more personnel along the buffer zones in Bishnupur and Churachandpur districts from February 1, the force said. National Highway 2 is expected to reopen to unescorted traffic by the end of February, a senior police officer said.

Home Minister Amit Shah may visit Imphal in the first week of February, state BJP leaders said. The Coordinating Committee on Manipur Integrity (COCOMI) said it would submit a memorandum to President Droupadi Murmu next month opposing any division of the state.

An assembly election is due by March 2027.

Analysts say clashes could resume in the foothills once a new government is sworn in. "Delhi wants a face, not a settlement," said Thoiba Ningthoujam, a political scientist at an Imphal college, adding that the Centre might keep direct rule until the 2027 assembly election.
"""},

"h100en02": {"outlet": "Ulus Wire (Ankara)", "published": "2026-04-14", "text": """Turkey to seek a seat in EU's SAFE defence fund as Greece and Cyprus dig in

ANKARA, April 14 (Ulus Wire) - Turkey will formally apply next week to take part in the European Union's 150-billion-euro SAFE defence loan programme, Defence Minister Yasar Guler said on Monday.

Foreign Minister Hakan Fidan will travel to Brussels on April 23 for talks with EU foreign policy chief Kaja Kallas, his ministry said.

Greece and Cyprus are expected to demand guarantees on Aegean airspace and the Cyprus issue before any Turkish participation is approved, EU diplomats said, adding that Nicosia could veto the agreement, which needs unanimity.

Turkey signed a deal with Britain in October 2025 to buy 20 Eurofighter Typhoon jets. The first two used jets bought from Qatar are due to land at Murted air base in early May, and the navy will hold its annual Denizkurdu exercise in the eastern Mediterranean in mid-May, the defence ministry said.

Read more: Turkish central bank holds rates as inflation eases for a fifth month

Washington imposed sanctions on Turkey's defence procurement agency in December 2020 over the purchase of Russian S-400 missiles, and has not said whether it will lift them. U.S. Ambassador Tom Barrack said last week that a solution returning Turkey to the F-35 programme was possible before the NATO summit.

NATO leaders meet in Ankara on July 7-8, the first alliance summit in Turkey since 2004. President Recep Tayyip Erdogan is expected to hold talks with President Donald Trump on the sidelines, a Turkish official said.

Analysts say a SAFE deal is unlikely before September. Selin Aydemir, a defence analyst at an Ankara think tank, said Erdogan could use the summit to press Athens on Aegean airspace. "Ankara is buying time and testing how far Brussels will go," she said.
"""},

"h100en03": {"outlet": "Esplanada Wire (Brasilia)", "published": "2026-05-15", "text": """Brazil and U.S. to hold fourth round of tariff talks as beef and coffee exporters wait

BRASILIA, May 15 (Esplanada Wire) - Brazilian and U.S. negotiators will hold a fourth round of tariff talks in Washington on May 26-27, Vice President Geraldo Alckmin said on Thursday.

Alckmin, who is also trade minister, said Brazil would not trade away its digital services rules under pressure. A deal lifting the additional 40% tariff on Brazilian beef and coffee is expected by the end of June, two officials familiar with the talks said.

Washington imposed the extra tariff in August 2025. The U.S. Treasury could add more Brazilian officials to its sanctions list, a State Department official said, without giving names.

Brazil will ask the World Trade Organization to set up a dispute panel at the Dispute Settlement Body's meeting on June 22, the foreign ministry said. Congress could vote on retaliatory measures under the Reciprocity Law as early as next week, lawmakers in the governing coalition said.

Read more: Brazil's central bank signals a pause as inflation slows

Foreign Minister Mauro Vieira is expected to visit Washington in early June for talks with Secretary of State Marco Rubio, diplomats said. President Luiz Inacio Lula da Silva will attend the G7 outreach session in Evian, France, on June 15, his office said. A meeting with President Donald Trump there has not been confirmed.

Embraer expects a decision on exempting aircraft parts from the tariff within 30 days, a company spokesperson said.

Beef exporters say shipments to the United States fell by more than half in the first quarter.

Analysts say Lula may avoid any deal that looks like a concession before the October 4 presidential election, in which he is seeking a fourth term. Beatriz Canedo, an economist at a Sao Paulo consultancy, said beef exports to the U.S. could recover only in 2027.
"""},

"h100en04": {"outlet": "Kosutnjak Wire (Belgrade)", "published": "2025-09-17", "text": """Serbia to send conscription bill to parliament next week, first recruits due in March

BELGRADE, Sept 17 (Kosutnjak Wire) - Serbia's government will send a bill reintroducing compulsory military service to parliament next week, Defence Minister Bratislav Gasic said on Tuesday, and lawmakers are expected to vote on it in the second half of October.

The first 4,000 conscripts would report for 75 days of basic training on March 1, Gasic said. Serbia suspended conscription in January 2011. Vucic first proposed bringing back the draft in 2024, citing an ageing and understaffed army.

State Secretary Nenad Ristic, who drafted the reform, will step down at the end of October to run a state-owned arms maker, two ministry officials said.

President Aleksandar Vucic will travel to Paris in the first week of October for talks with President Emmanuel Macron, his office said. Serbia signed a contract for 12 Rafale fighter jets with France's Dassault in August 2024, and deliveries are not expected to start before 2028, the defence ministry has said.

Read more: Serbian students plan new march on Novi Sad anniversary

Vucic has said an early parliamentary election could be held before the end of the year, as protests led by students continue. The army will hold a joint exercise with Hungarian troops near Subotica on October 8-10, the General Staff said.

Brussels wants Belgrade to align with EU sanctions on Russia by the end of October, EU diplomats said. Serbia, which buys most of its gas from Russia, has repeatedly refused to join the measures.

Analysts say the first intake may slip to the autumn of 2026 because several barracks are not ready. Milica Stanojevic, a security analyst at a Belgrade think tank, said Belgrade could order more Rafales within a year or two if the economy holds up.
"""},

"h100en05": {"outlet": "Ngara Wire (Nairobi)", "published": "2026-09-20", "text": """Will Kenya's opposition unite behind one candidate? Convention set for October 10

NAIROBI, Sept 20 (Ngara Wire) - Kenya's united opposition will name its joint presidential candidate for next year's election at a national delegates' convention in Nairobi on October 10, Wiper Democratic Movement leader Kalonzo Musyoka said on Saturday.

The coalition's principals will meet on Wednesday to agree on the rules for choosing the candidate, two people close to the talks said. Former Interior Minister Fred Matiang'i has not decided whether to accept the running-mate slot if he loses, his aides said.

The opposition parties signed a cooperation agreement in March, after months of wrangling over seat sharing.

Three opposition MPs could quit their parties to back President William Ruto before the convention, party officials said. Ruto will tour western Kenya next week, State House said, while the Orange Democratic Movement will announce on Thursday whether it backs his re-election bid, the party said in a statement.

Read more: Kenya's shilling steady as tea exports rise

The Independent Electoral and Boundaries Commission will publish the final register of voters by the end of January, its chairman Erastus Ethekon said. The general election is scheduled for August 10, 2027.

The Kenya Defence Forces will continue operations against al-Shabaab in Lamu county at least until the end of the year, the defence ministry said. Ruto will also attend the East African Community heads of state summit in Arusha in late November.

Washington could impose visa restrictions on police commanders linked to the killing of protesters last year, a U.S. congressional aide said.

Analysts say a single opposition candidate could force a run-off. Wanjiru Kamau, a political scientist at a Nairobi university, said the convention may slip to November if the principals fail to agree on the rules.
"""},
}
