"""English texts of heldout166, written for this project in one sitting. Invented or generic facts."""

EN = {
"h166en01": {"outlet": "Chaminuka Wire (Lusaka)", "published": "2025-11-18", "text": """Zambia's regulator weighs emergency power tariff as load-shedding bites

LUSAKA, Nov 18 (Chaminuka Wire) - Zambia's Energy Regulation Board (ERB) will hold a public hearing on Thursday on ZESCO's application for an emergency tariff increase of 45 percent for households, the board said in a statement on Monday.

The state power utility has applied twice since March for higher tariffs, and the board rejected its last request in June.

The ERB's director general, Mwila Chanda, told reporters the decision "will be published within 14 days" and would take account of objections filed by consumer groups.

Energy Minister Makozo Chikote said on Sunday the government "will not accept" any increase above 30 percent for households using less than 200 units a month.

ZESCO said load-shedding would be cut to 12 hours a day from December 1, when 150 megawatts of imports from Mozambique are due to start flowing. Zambia is expected to sign a new power import agreement with Mozambique's state utility EDM in Maputo next week, two officials said.

ZESCO's managing director could step down before the end of the year, according to a person familiar with the utility board's discussions.

Read more: Copper output at Kansanshi rises for a third straight quarter

The tariff has become a campaign issue ahead of the August 2026 general election. The opposition Patriotic Front (PF) would march to the ERB's offices on Thursday if the hearing went ahead, its spokesman, Kelvin Simwinga, said.

President Hakainde Hichilema is due to raise regional power shortages at an extraordinary SADC summit in Harare on December 5. An IMF team is expected in Lusaka in early December for talks on a new programme, the finance ministry said.

Analysts say the board could approve about half of the requested increase. "Households will feel it long before the vote," said Nalucha Simuyemba, an energy economist at the University of Zambia.
"""},

"h166en02": {"outlet": "Vankalai Wire (Mannar)", "published": "2026-09-17", "text": """Can Mannar's wind farms turn again without Adani? Sri Lanka reopens the tender

MANNAR, Sept 17 (Vankalai Wire) - Sri Lanka will open bids for a 250-megawatt wind project on Mannar Island on October 5, more than a year after India's Adani Green Energy withdrew from the site, Power and Energy Minister Kumara Jayakody said on Wednesday.

The Sri Lanka Sustainable Energy Authority (SLSEA) will shortlist bidders by the end of November and award the contract in January, the authority's chairman, Rohan Wickramaratne, said.

Fishermen and Catholic clergy on the island, who say the turbines harm migratory birds and the water table, plan to protest outside the district secretariat on Monday, organisers said. A navy spokesman said sailors would guard the Mannar causeway until the tender closes.

The chairman of the Ceylon Electricity Board (CEB) is expected to resign next week after a dispute with the ministry over power purchase prices, two officials said. Parliament's oversight committee on energy will question CEB officials on Tuesday over last year's purchase contracts, its chair said.

Read more: Sri Lanka's tea exports climb on Middle East demand

India's Power Minister Manohar Lal is expected to visit Colombo in mid-October, and Indian companies may bid for the project, diplomats said. The Indian High Commission has said New Delhi has "no objection" to an open tender.

The earlier project collapsed when the government sought to renegotiate a tariff of 8.26 cents per kilowatt-hour, which critics in parliament called far too high for consumers.

Analysts say the tender could draw few bidders unless the government guarantees dollar-linked tariffs, and the first turbines may not turn before 2029. "Investors have seen one deal torn up; they will price that risk," said Nishadi Gunasekera, an energy researcher at a Colombo think tank.
"""},

"h166en03": {"outlet": "Sesupe Wire (Kybartai)", "published": "2027-01-22", "text": """Lithuania to inspect every Kaliningrad train from February; Moscow warns of response

KYBARTAI, Jan 22 (Sesupe Wire) - Lithuania will inspect all cargo trains travelling between Russia and its Kaliningrad exclave from February 1, Foreign Minister Kestutis Budrys said on Thursday, after customs officers found sanctioned dual-use goods on two trains this month.

Budrys said Lithuania "will not ban transit outright", which is guaranteed under a 2002 arrangement with the European Union, but would no longer rely on random checks.

LTG Cargo, the freight arm of Lithuanian Railways (LTG), said the inspections could cut traffic to about ten trains a day from February 1. Lithuanian and Russian railway officials are due to meet at the Kybartai border station on Wednesday to discuss the procedures, the company added.

Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow would take "retaliatory measures" if the checks disrupted supplies to Kaliningrad. Russia's Baltic Fleet will hold exercises in the Kaliningrad region next week, the Russian Defence Ministry said.

The European Commission is expected to publish updated guidance on Kaliningrad transit by mid-February, an EU official said.

Read more: Lithuania's Seimas approves record defence budget for 2027

Prime Minister Inga Ruginiene will raise the matter when EU leaders meet in Brussels on March 18-19, her office said. Polish Foreign Minister Radoslaw Sikorski is expected in Vilnius in early February to coordinate checks on the Polish side of the Suwalki gap, diplomats said.

Kaliningrad receives most of its coal, cement and construction steel by rail through Lithuania.

Analysts say Moscow could use the inspections as a pretext for new provocations along the border before spring. "The Kremlin wants Kaliningrad to look besieged," said Tomas Jankauskas, a security analyst at Vilnius University. "Lithuania wants to look like it follows the rules. Both can win that argument at home."
"""},

"h166en04": {"outlet": "Queguay Wire (Paysandu)", "published": "2026-04-13", "text": """Can Paysandu's e-fuels plant clear its last hurdle? Uruguay to rule on permit this month

PAYSANDU, April 13 (Queguay Wire) - Uruguay's environment ministry will decide on the environmental permit for a $5.3 billion green hydrogen and e-fuels plant near Paysandu before the end of April, Environment Minister Edgardo Ortuno said on Sunday.

The plant, planned by HIF Global, would use wind and solar power to make synthetic methanol for export. The ministry's decision has been delayed twice since November.

Argentina has asked for the project to be reviewed by the Administrative Commission of the Uruguay River (CARU), which will hold an extraordinary meeting in Salto on April 22, the commission said. Ortuno said Uruguay "will not accept a veto" from Buenos Aires over a plant on its own bank.

Entre Rios Governor Rogelio Frigerio said his province could take the dispute to the International Court of Justice, as Argentina did over a pulp mill two decades ago.

Environmental groups in Colon, across the river, plan to block the General Artigas bridge on Saturday, local media in Entre Rios reported. Paysandu's departmental legislature votes on Thursday on rezoning the site.

Read more: Uruguay's central bank trims policy rate to 8.5%

HIF's Uruguayan unit said it would start construction in the second half of the year if the permit is granted. Industry Minister Fernanda Cardona will travel to Rotterdam in May to meet potential buyers of the fuel, her ministry said.

President Yamandu Orsi is expected to discuss the plant with Argentine President Javier Milei at the Mercosur summit in Asuncion in early July, officials said.

Analysts say the permit is likely to be granted with conditions, though a dispute with Buenos Aires could delay financing until 2027. "Uruguay cannot afford another bridge blockade, and Argentina cannot afford to look weak in Entre Rios," said Martina Irazabal, a political scientist at the University of the Republic.
"""},

"h166en05": {"outlet": "Ambunti Wire (Wewak)", "published": "2026-02-25", "text": """PNG cabinet nears decision on Frieda River mine as Sepik clans agree truce

WEWAK, Feb 25 (Ambunti Wire) - Papua New Guinea's National Executive Council is expected to approve a special mining lease for the Frieda River copper-gold project next week, Mining Minister Joel Kavaga said on Tuesday.

The project's developer, PanAust, owned by China's Guangdong Rising Holdings, first applied for the lease in 2019. The Conservation and Environment Protection Authority (CEPA) approved its environment permit in December, the authority's managing director said.

Clans along the upper Sepik River agreed on Sunday to a three-month ceasefire after fighting over the route of a proposed tailings dam killed four people this month, provincial police commander Jacob Wapi said. The PNG Defence Force will deploy 200 soldiers to Ambunti within days to support police, the defence ministry said.

Prime Minister James Marape said on Monday the state would take a 30 percent stake in the project, adding that landowners "will not be left behind".

Read more: Bank of PNG holds kina crawl as foreign exchange backlog eases

China's ambassador is due to visit Wewak in early March, the Chinese embassy said. Opposition MPs will demand a parliamentary inquiry into the lease when parliament resumes on March 10, an opposition spokesman said.

Landowner groups from the middle Sepik may challenge the lease in the National Court, their lawyer said. The lease is also likely to feature in the campaign for the national election due in June 2027.

The Sepik is one of the largest river systems in the Pacific without a major dam or mine.

Analysts say a final investment decision is unlikely before 2028. "The lease is the easy part. The money and the river are the hard part," said Grace Kombuk, a mining policy researcher at the University of Papua New Guinea.
"""},
}
