"""English texts of heldout152, written for this project. Invented or generic facts."""

EN = {
"h152en01": {"outlet": "Rottnest Wire (Perth)", "published": "2026-03-24", "text": """First U.S. submarine to be based in Western Australia in May, Marles says

PERTH, March 24 (Rottnest Wire) - The first U.S. Virginia-class submarine to be based at HMAS Stirling under the AUKUS rotation plan will arrive in early May, Defence Minister Richard Marles said on Monday. About 200 U.S. sailors are expected to arrive with it, he said.

The boat will open Submarine Rotational Force-West (SRF-West), which aims to host up to four U.S. and one British submarine near Perth by 2027.

The Senate will vote on Thursday on a bill implementing the AUKUS naval nuclear propulsion agreement. Greens defence spokesman David Shoebridge said his party would vote against it, while the opposition Coalition is likely to back the bill, two Senate aides said.

Marles said Australia "will not store high-level waste from U.S. or British boats" and that any storage site would hold only Australian waste.

Canberra confirmed in February that the AUKUS partnership had survived a Pentagon review ordered last year.

Read more: Western Australia's iron ore royalties fall for a third quarter

British Defence Secretary John Healey will visit Perth next week for talks with Marles on the first Astute-class rotation, the British High Commission said.

The annual AUSMIN consultations between Australian and U.S. foreign and defence ministers could be held in Perth in August, a Defence official said.

Western Australia Premier Roger Cook said a decision on a state inquiry into the base's safety may come after the state budget in May. Anti-nuclear groups plan a rally outside the state parliament on Saturday.

Analysts say the first Virginia-class boat to be bought outright by Australia is unlikely to arrive before 2032. "Every delay in the U.S. shipyards lands in Perth," said Fiona Hartigan, a defence analyst at a Perth university, adding that Washington could ask Canberra for more money within months.
"""},

"h152en02": {"outlet": "Zio River Wire (Lome)", "published": "2025-10-11", "text": """Is Togo edging towards the Sahel alliance? Dussey heads to Bamako

LOME, Oct 11 (Zio River Wire) - Togo's foreign minister, Robert Dussey, will travel to Bamako on Monday for talks with his Malian counterpart Abdoulaye Diop, his office said on Friday, days after he again refused to rule out membership of the Alliance of Sahel States (AES).

Dussey told state television on Thursday that Togo "has not decided" whether to apply to join the AES, which Mali, Burkina Faso and Niger formed after leaving the Economic Community of West African States (ECOWAS).

Diop is expected to hand Dussey an invitation to the AES summit in Ouagadougou in December, a Malian diplomat said.

Togo's National Assembly is expected to hold a debate on relations with the alliance in mid-November, two lawmakers said.

ECOWAS leaders meet in Abuja on December 14. Faure Gnassingbe, who has led Togo as President of the Council of Ministers since May, is expected to attend. ECOWAS Commission President Omar Alieu Touray said last week the bloc "will not impose sanctions" on any member that deepens ties with the Sahel states.

Read more: Togo's cocoa exports rise on higher prices

Togolese and Burkinabe troops will begin joint patrols along their shared border from November 1, the army general staff said in a statement. Jihadist attacks killed 12 Togolese soldiers in the northern Savanes region in September.

Transit fees for Sahel-bound cargo at the Autonomous Port of Lome (PAL) will be cut by 15 percent as of January, the port authority said.

Opposition leader Brigitte Kafui Adjamagbo-Johnson said her coalition would boycott the regional council elections due in February.

Analysts say Lome may seek observer status rather than full membership. "Togo needs the Sahel's trade and ECOWAS's money," said Kossi Amegan, a political scientist at the University of Lome. "It will try to keep both for as long as it can."
"""},

"h152en03": {"outlet": "Senne Wire (Brussels)", "published": "2027-02-05", "text": """Belgian unions call general strike as pension vote nears

BRUSSELS, Feb 5 (Senne Wire) - Belgium's three main trade unions will hold a national general strike on Tuesday, February 9, against the government's pension reform, the socialist union FGTB said on Thursday.

The Chamber of Representatives is due to vote on the pension bill on February 18. Prime Minister Bart De Wever said on Thursday his government "will not withdraw" the penalty for workers who retire early.

De Wever will meet union leaders at his Lambermont residence on Monday, his office said.

Vooruit ministers could quit the five-party government if the penalty is not softened, party officials said. Reformist Movement (MR) leader Georges-Louis Bouchez said a snap election was "not on the table".

Analysts say the strike could close Brussels Airport and the port of Antwerp for the day. Economists at KBC estimate that each day of national strike costs the economy about 200 million euros.

Read more: Brussels metro line 3 delayed again

The strike comes as EU leaders prepare for an informal summit on competitiveness in Brussels on February 25-26, which De Wever is expected to use to press for looser EU deficit rules.

Defence Minister Theo Francken said 250 Belgian troops would deploy to Lithuania in April, as part of NATO's forward land forces.

Foreign Minister Maxime Prevot said Belgium would back a ban on the transshipment of Russian liquefied natural gas at Zeebrugge in the next EU sanctions package, which diplomats expect before the end of March.

King Philippe will pay a state visit to Morocco in mid-March, the Royal Palace said.

The government has already faced eleven national action days since it took office in February 2025. Turnout has fallen at each of the last three, though unions say anger over the pension penalty will bring workers back to the streets.
"""},

"h152en04": {"outlet": "Morne Hopital Wire (Port-au-Prince)", "published": "2026-09-29", "text": """U.N. council to vote on Haiti sanctions as new troops near

PORT-AU-PRINCE, Sept 29 (Morne Hopital Wire) - The U.N. Security Council will vote on Thursday on renewing its Haiti sanctions regime for another year, Council diplomats said.

The draft, circulated by the United States and Panama, would add three gang leaders to the sanctions list, the diplomats said. China and Russia are expected to abstain.

Prime Minister Alix Didier Fils-Aime said on Monday his government "will not negotiate" with armed gangs.

The Gang Suppression Force's second contingent, about 1,500 troops, is expected to arrive in mid-October, its spokesman, Major Dieudonne Kabore, said.

Haiti's Provisional Electoral Council (CEP) said in a statement that the first round of general elections would be held on December 13. A run-off could follow in late January, the council added.

Read more: Dominican Republic extends border visa curbs

Albert Ramdin, the Secretary General of the Organization of American States, will visit Port-au-Prince next week for talks with Fils-Aime, the OAS said.

A truce between two rival gangs in Cite Soleil, brokered by church leaders, has held since September 14. It is unlikely to last beyond the election, analysts say.

Justice Minister Gerard Bastien is expected to resign this week over a prison break in Croix-des-Bouquets, two government sources said.

The police plan to reopen National Route 1 north of the capital within ten days, a police spokesman said.

"The sanctions matter less than money for the police," said Nadege Pierre-Louis, a researcher at a Port-au-Prince human rights centre. She said more gang leaders could flee to the Dominican border if the force moves into Artibonite before the vote.

More than a million Haitians have been displaced by gang violence, according to U.N. figures, and many still live in makeshift camps.
"""},

"h152en05": {"outlet": "Sankarani Wire (Bamako)", "published": "2026-06-10", "text": """Mali, Barrick to open talks on Gounkoto licence in Paris

BAMAKO, June 10 (Sankarani Wire) - Mali and Barrick Mining Corp will open talks in Paris next week on a new licence for the Gounkoto underground mine, Mines Minister Amadou Keita said on Tuesday.

The Canadian company could resume its arbitration case at the International Centre for Settlement of Investment Disputes (ICSID) if no deal is reached by the end of August, a person familiar with the company's thinking said.

Mali seized about three tonnes of gold from the Loulo-Gounkoto complex in January 2025, and a state-appointed administrator has run the mines since June of that year. The administrator, Seydou Coulibaly, will step down once a new operating agreement is signed, Keita said.

Keita said the government "will not return" to the 2019 mining code.

The army will escort gold convoys between Kayes and Bamako from Monday, the general staff said in a statement.

A Russian-built gold refinery near Bamako airport is expected to start operating in the fourth quarter, the state mining company SOREM said.

Read more: Mali's cotton output seen lower after late rains

Heads of state of the Alliance of Sahel States meet in Niamey on July 24 and 25. Transitional President Assimi Goita is expected to push for a common mining code at the summit, officials in Bamako said.

Analysts say output at the complex is unlikely to return to 2024 levels before 2028. "Barrick wants its mine back, and Bamako wants its money now," said Oumar Sidibe, a mining economist in Bamako. "Those two goals can meet, but not quickly."

Talks could also cover the Tilemsi phosphate project, the ministry said.

Gold accounts for about three quarters of Mali's exports, and the dispute has cost the budget an estimated 500 billion CFA francs in lost revenue since the start of last year.
"""},
}
