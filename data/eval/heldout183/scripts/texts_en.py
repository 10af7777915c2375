"""English texts of heldout183, written for this project in one sitting. Invented or generic facts."""

EN = {
"h183en01": {"outlet": "Tichitt Wire (Nema)", "published": "2026-01-20", "text": """Can Mbera take another wave? Mauritania plans a second refugee camp

NEMA, Jan 20 (Tichitt Wire) - Mauritania will open a second site for Malian refugees near Bassikounou within 30 days, Interior Minister Mohamed Ahmed Ould Mohamed Lemine said on Monday, as the Mbera camp passed 140,000 residents.

More than 9,000 people have crossed the border since early December, most fleeing fighting around Lere, the UN refugee agency UNHCR said.

Mbera, opened in 2012, is now larger than any town in the Hodh Ech Chargui region.

Ould Mohamed Lemine said the government "will not close the border".

UNHCR's representative in Mauritania, Marta Lindqvist, said the agency would launch an $85 million emergency appeal in Geneva next week. European Commissioner Hadja Lahbib is expected to visit Mbera in mid-February, two EU diplomats said.

Mauritania and the European Union are due to co-host a donors' meeting in Nouakchott on March 4, the foreign ministry said. Mali's transitional government has not said whether it will send a delegation.

Read more: Mauritania's central bank holds its key rate

The army will reinforce patrols along the eastern border between Fassala and Adel Bagrou from next week, the defence ministry said in a statement. A drone struck a herders' camp near Fassala last Thursday, killing two Mauritanians, local officials said.

President Mohamed Ould Ghazouani is expected to raise the crisis at the African Union summit in Addis Ababa in mid-February, his office said.

A tripartite agreement between Mauritania, Mali and UNHCR on voluntary returns could be signed in Bamako before the end of June, a Mauritanian official said, A local truce between Malian forces and the Azawad Liberation Front (FLA) around Lere may be needed first, the official added.

Analysts say Mbera could host 200,000 people by the end of the year if the fighting spreads south. "Nouakchott cannot carry this alone," said Khadijetou Mint Sidi, a migration researcher at the University of Nouakchott.
"""},

"h183en02": {"outlet": "Belait Wire (Kuala Belait)", "published": "2025-11-11", "text": """Brunei and Malaysia to sign border-post deal at leaders' talks

KUALA BELAIT, Nov 11 (Belait Wire) - Sultan Hassanal Bolkiah and Malaysian Prime Minister Anwar Ibrahim will sign an agreement on a joint customs, immigration and quarantine complex at the Sungai Tujoh crossing when they meet in Bandar Seri Begawan next week for their Annual Leaders' Consultation, the Prime Minister's Office said on Monday.

The consultation, first planned for August, was postponed twice.

Second Minister of Foreign Affairs Erywan Yusof said the leaders were expected to approve a joint production plan for two offshore blocks that straddle the maritime boundary. He added that Brunei "will not reopen" the land boundary settled in the 2009 Exchange of Letters.

Sarawak Premier Abang Johari Openg is likely to join Anwar's delegation, Sarawak officials said. Under a separate memorandum, Sarawak could start supplying treated water to Brunei's Temburong district as early as June 2026, they said.

Malaysian Works Minister Alexander Nanta Linggi said a feasibility study on a second bridge between Miri and Kuala Belait would be completed by the end of March.

Read more: Brunei's inflation eases to 0.4% in September

The leaders are also likely to discuss the ASEAN-China code of conduct for the South China Sea, which ASEAN aims to conclude in 2026, diplomats said.

The Royal Brunei Navy and the Royal Malaysian Navy will hold a joint patrol exercise off Labuan in the first week of December, Brunei's Ministry of Defence said.

Crown Prince Al-Muhtadee Billah will travel to Kuching in January to open a Brunei trade office, the palace said.

Analysts say Abang Johari could call Sarawak's state election, due by April 2027, as early as the first half of next year, and that the new crossing complex may not open before 2028 because land has yet to be acquired.

"The hard work is on the ground," said Nurul Hafizah Abdullah, a Bandar Seri Begawan researcher.
"""},

"h183en03": {"outlet": "Kaafu Wire (Male)", "published": "2027-04-13", "text": """Will the Uthuru Thila Falhu harbour reignite the India row? Muizzu sets an opening date

MALE, April 13 (Kaafu Wire) - President Mohamed Muizzu will open the coast guard harbour at Uthuru Thila Falhu on May 3, the President's Office said on Monday, six years after the project was agreed with India.

The harbour was agreed in February 2021 under an Indian line of credit, and its construction slipped repeatedly.

Indian Defence Minister Rajnath Singh is expected to attend the ceremony, two Maldivian officials said.

Defence Minister Mohamed Ghassan Maumoon said the harbour "will be run only by Maldivian personnel" and that no foreign troops would be stationed there.

The opposition Maldivian Democratic Party (MDP) will table a motion in the People's Majlis on Thursday demanding the text of the harbour's maintenance agreement, its parliamentary leader, Ahmed Zahir Faisal, said. The motion is unlikely to pass, as the ruling People's National Congress (PNC) holds a large majority.

Foreign Minister Abdulla Khaleel will travel to New Delhi next week for the India-Maldives Joint Commission, the foreign ministry said. India and the Maldives are expected to sign a five-year maintenance agreement for the harbour during the visit, officials said.

The two countries' forces will hold their annual Ekuverin exercise in Laamu atoll from May 10 to May 23, the Maldives National Defence Force (MNDF) said.

Read more: Maldives tourist arrivals reach 700,000 by end-March

A Chinese research vessel could dock in Male later this month, a port official said, a call that New Delhi has opposed in the past.

The Elections Commission said a by-election for the vacant Hithadhoo North seat in parliament will be held on June 5.

Analysts say the opening could revive the "India Out" protests that helped Muizzu win the 2023 presidential election. "He has to show that the harbour is Maldivian in every sense," said Hassan Mufeed, a political analyst in Male.
"""},

"h183en04": {"outlet": "Valira Wire (Andorra la Vella)", "published": "2026-09-22", "text": """Andorra sets EU association referendum for March as Espot stakes his post

ANDORRA LA VELLA, Sept 22 (Valira Wire) - Andorra will hold a consultative referendum on its association agreement with the European Union on March 14, 2027, Head of Government Xavier Espot Zamora told the General Council on Monday.

Negotiations on the agreement, which Andorra began in 2015, were concluded at technical level in December 2023.

Espot said he would resign if voters reject the text. EU member states are expected to authorise the signature when ministers meet at the General Affairs Council in Brussels on October 20, two EU diplomats said.

Foreign Minister Imma Tor Faus is likely to sign the agreement for Andorra in Brussels in November, her ministry said. She said Andorra "will align with EU sanctions, including those on Russia," from the day the agreement enters into force.

The opposition Andorra Endavant could campaign for a "no" vote, party officials said. The Social Democratic Party (PS) has not decided its position.

The French co-prince, President Emmanuel Macron, may visit Andorra la Vella in early November, though the Elysee has not confirmed the trip.

Spanish Foreign Minister Jose Manuel Albares will visit Andorra la Vella next week for talks on cross-border workers, Spain's foreign ministry said.

Read more: Andorra's ski resorts invest in snowmaking ahead of the winter season

Andorra, a co-principality between France and Spain, is not a member of the EU but uses the euro under a monetary agreement. About half of Andorra's residents are foreign nationals and cannot vote in the referendum.

Analysts say turnout could fall below 40 percent because the agreement is technical and long. "People fear for the banks and the tax system, not for sovereignty," said Laia Cerqueda, a political scientist at the University of Andorra.
"""},

"h183en05": {"outlet": "Malbun Wire (Vaduz)", "published": "2027-11-02", "text": """Will Liechtenstein say yes to the rail link this time? Referendum set for January

VADUZ, Nov 2 (Malbun Wire) - Liechtenstein will hold a referendum on January 23 on the revived Feldkirch-Buchs suburban rail line, Prime Minister Brigitte Haas said on Monday, after a citizens' committee gathered enough signatures to challenge the Landtag's approval.

The Landtag approved a 118 million franc credit for Liechtenstein's share of the project last Thursday. Voters rejected an earlier version of the line in August 2020. The line would link the Austrian and Swiss networks through Schaan and Nendeln, with trains every 30 minutes at peak hours.

Haas said the government "will not start construction" if the credit is rejected, and that no new plan would be drawn up before 2030.

Austrian Transport Minister Peter Hanke will sign an updated state treaty on the line with Haas in Vienna on November 24, the Austrian transport ministry said. Austria's federal railways, OeBB, expects to start works in the first half of 2029 if voters approve.

Swiss Transport Minister Albert Roesti is expected to visit Vaduz in December to discuss the Buchs end of the line, two officials said.

Separately, the government will adopt the European Union's latest sanctions package against Russia on Friday, the foreign ministry said.

Read more: Liechtenstein's banks report record assets under management

The Democrats for Liechtenstein (DpL), which backed the referendum, will hold a rally in Schaan on November 20, party officials said. The Landtag is due to debate the 2028 budget in early December.

Analysts say the vote could be close, as turnout in Liechtenstein's referendums often tops 80 percent. "Commuters want the train, but many villages along the line fear the noise and the barriers," said Andrea Wohlwend, a researcher at a Vaduz think tank.
"""},
}
